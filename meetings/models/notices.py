from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from meetings.models.meeting import Meeting


class Method(models.TextChoices):
    REQUEST = "REQUEST", _("Kallelse")
    CANCEL = "CANCEL", _("Inställt")


class Invitation(models.Model):
    """A meeting invitation (kallelse) as sent: its calendar sequence, time, place and recipients."""

    meeting = models.ForeignKey(
        Meeting, verbose_name=_("möte"), on_delete=models.PROTECT, related_name="invitations"
    )
    method = models.CharField(_("typ"), max_length=10, choices=Method.choices)
    sequence = models.PositiveIntegerField(_("version i kalendern"))
    date = models.DateField(_("datum"))
    start_time = models.TimeField(_("starttid"), null=True, blank=True)
    end_time = models.TimeField(_("sluttid"), null=True, blank=True)
    place = models.CharField(_("plats"), max_length=300, blank=True)
    recipients = models.TextField(_("mottagare"), help_text=_("En adress per rad."))
    sent_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("skickad av"), on_delete=models.PROTECT
    )
    sent_at = models.DateTimeField(_("skickad"), auto_now_add=True)

    class Meta:
        verbose_name = _("kallelse")
        verbose_name_plural = _("kallelser")
        ordering = ["meeting", "sent_at", "pk"]

    def __str__(self):
        return f"{self.meeting} ({self.get_method_display()}, {self.sequence})"

    def when_and_where(self):
        return (self.date, self.start_time, self.end_time, self.place)


class NoticeKind(models.TextChoices):
    ACTION_DUE_SOON = "action_due_soon", _("Uppdrag: en vecka kvar")
    ACTION_OVERDUE = "action_overdue", _("Uppdrag: försenat")
    DRAFT_OPEN = "draft_open", _("Utkast öppet för kommentarer")
    COMMENT_DIGEST = "comment_digest", _("Dagens nya kommentarer")


class SentNotice(models.Model):
    """A notice e-mailed once: the unique row is what keeps it from being sent twice."""

    kind = models.CharField(_("slag"), max_length=30, choices=NoticeKind.choices)
    about = models.CharField(
        _("gäller"), max_length=100, help_text=_("T.ex. uppdrag 12 med slutdatum 2026-01-10.")
    )
    address = models.EmailField(_("e-post"))
    sent_at = models.DateTimeField(_("skickad"), auto_now_add=True)

    class Meta:
        verbose_name = _("skickat meddelande")
        verbose_name_plural = _("skickade meddelanden")
        ordering = ["-sent_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["kind", "about", "address"], name="one_notice_per_event_and_address"
            )
        ]

    def __str__(self):
        return f"{self.get_kind_display()}: {self.about} → {self.address}"


class NoticeSettings(models.Model):
    """Which notices a member gets by e-mail (everything until they choose)."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="notice_settings"
    )
    draft_open = models.BooleanField(_("När ett utkast är öppet för kommentarer"), default=True)
    action_reminders = models.BooleanField(
        _("Påminnelser om mina uppdrag (en vecka före och när de är försenade)"), default=True
    )
    comment_digest = models.BooleanField(
        _("En sammanfattning per dag av nya kommentarer (för sekreteraren)"), default=True
    )

    class Meta:
        verbose_name = _("val av meddelanden")
        verbose_name_plural = _("val av meddelanden")

    def __str__(self):
        return str(self.user)
