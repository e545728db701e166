from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


class MeetingsConfig(AppConfig):
    name = "meetings"
    verbose_name = _("Möten")

    def ready(self):
        from meetings.models.freeze import connect_m2m_guards
        from meetings.roles import ensure_role_groups

        post_migrate.connect(ensure_role_groups, sender=self)
        connect_m2m_guards()
