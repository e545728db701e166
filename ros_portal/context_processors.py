from django.conf import settings


def contact(request):
    """The contact address shown in the header and footer of every page."""
    return {"contact_email": settings.ROS_CONTACT_EMAIL}
