"""English dates as the portal writes them everywhere: "5 September 2025", "5 September 2025
14:30" (Django's English gives "Sept. 5, 2025" and "Sept. 5, 2025, 2:30 p.m." in the admin)."""

DATE_FORMAT = "j F Y"
DATETIME_FORMAT = "j F Y H:i"
TIME_FORMAT = "H:i"
MONTH_DAY_FORMAT = "j F"
