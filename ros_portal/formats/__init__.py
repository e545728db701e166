"""Date formats of the portal's languages where Django's own differ from the portal's style."""
