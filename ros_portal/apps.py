from django.apps import AppConfig
from django.db.backends.signals import connection_created
from django.db.models.signals import pre_migrate
from django.utils.translation import gettext_lazy as _


class RosPortalConfig(AppConfig):
    name = "ros_portal"
    verbose_name = _("RÖS-portalen")

    def ready(self):
        from ros_portal import dataversion

        connection_created.connect(dataversion.watch_connection)
        pre_migrate.connect(dataversion.forget_table)
