from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class RosPortalConfig(AppConfig):
    name = "ros_portal"
    verbose_name = _("RÖS-portalen")

    def ready(self):
        from ros_portal import audit

        audit.connect()
