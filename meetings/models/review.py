import secrets

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from meetings.models.meeting import Meeting
from meetings.models.minutes import AgendaItem
from meetings.models.people import Person

# Room for a long comment, not for a document pasted into the minutes' page.
COMMENT_MAX_LENGTH = 5000


class Comment(models.Model):
    """A member's comment on an agenda item of draft minutes, answered by the secretary."""

    agenda_item = models.ForeignKey(
        AgendaItem, verbose_name=_("punkt"), on_delete=models.PROTECT, related_name="comments"
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("av"), on_delete=models.PROTECT
    )
    text = models.TextField(_("kommentar"), max_length=COMMENT_MAX_LENGTH)
    created_at = models.DateTimeField(_("skriven"), auto_now_add=True)
    answer = models.TextField(_("svar"), blank=True, max_length=COMMENT_MAX_LENGTH)
    answered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("besvarad av"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    resolved_at = models.DateTimeField(_("löst"), null=True, blank=True)
    # Moves on with every answer, so an answer written on a page opened before is refused
    # (ros_portal.locking) instead of replacing one saved since.
    version = models.PositiveIntegerField(_("version"), default=0, editable=False)
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("kommentar")
        verbose_name_plural = _("kommentarer")
        ordering = ["created_at"]

    def __str__(self):
        return self.text[:80]


class Approval(models.Model):
    """An adjuster's approval (justering) of one exact version of the minutes."""

    meeting = models.ForeignKey(
        Meeting, verbose_name=_("möte"), on_delete=models.PROTECT, related_name="approvals"
    )
    adjuster = models.ForeignKey(Person, verbose_name=_("justerare"), on_delete=models.PROTECT)
    fingerprint = models.CharField(_("fingeravtryck"), max_length=64)
    approved_at = models.DateTimeField(_("justerat"))
    voided_at = models.DateTimeField(_("ogiltigförklarat"), null=True, blank=True)

    class Meta:
        verbose_name = _("justering")
        verbose_name_plural = _("justeringar")
        ordering = ["approved_at"]

    def __str__(self):
        return f"{self.adjuster} {self.approved_at:%Y-%m-%d}"


class ArchivedMinutesQuerySet(models.QuerySet):
    def newest_first(self):
        return self.order_by("-created_at", "-id")


class ArchivedMinutes(models.Model):
    """One archived PDF/A of approved minutes, kept in the database with its SHA-256.

    Every approval adds a row and none is ever changed or removed (the database refuses it):
    after a reopening and a new approval the earlier PDF stays public as superseded."""

    meeting = models.ForeignKey(
        Meeting, verbose_name=_("möte"), on_delete=models.PROTECT, related_name="archives"
    )
    pdf = models.BinaryField(_("PDF"))
    sha256 = models.CharField(_("SHA-256"), max_length=64)
    fingerprint = models.CharField(_("fingeravtryck"), max_length=64)
    created_at = models.DateTimeField(_("arkiverad"), auto_now_add=True)
    # Who archived which PDF when (the bytes themselves stay in the row only).
    history = HistoricalRecords(excluded_fields=["pdf"])

    objects = ArchivedMinutesQuerySet.as_manager()

    class Meta:
        verbose_name = _("arkiverat protokoll")
        verbose_name_plural = _("arkiverade protokoll")
        ordering = ["meeting", "created_at", "id"]

    def __str__(self):
        return str(self.meeting)


def archived_versions(meeting):
    """The meeting's archived PDFs without their bytes, newest (the current one) first.

    Each earlier version has ``superseded_by``: the reopening that set it aside (whose reason
    the public page shows); the current one has None."""
    versions = list(meeting.archives.defer("pdf").newest_first())
    superseded = len(versions) > 1
    reopenings = sorted(meeting.reopenings.all(), key=lambda r: r.at) if superseded else []
    for archive in versions:
        archive.superseded_by = None
    for archive in versions[1:]:
        archive.superseded_by = next((r for r in reopenings if r.at >= archive.created_at), None)
    return versions


class Reopening(models.Model):
    """A logged, reasoned reopening of approved minutes."""

    meeting = models.ForeignKey(
        Meeting, verbose_name=_("möte"), on_delete=models.PROTECT, related_name="reopenings"
    )
    reason = models.TextField(_("skäl"))
    by = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("av"), on_delete=models.PROTECT)
    at = models.DateTimeField(_("när"), auto_now_add=True)

    class Meta:
        verbose_name = _("återöppning")
        verbose_name_plural = _("återöppningar")
        ordering = ["-at"]

    def __str__(self):
        return f"{self.meeting} {self.at:%Y-%m-%d}"


def new_token():
    return secrets.token_urlsafe(32)


class CalendarToken(models.Model):
    """The secret in a member's private calendar feed URL."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("användare"),
        on_delete=models.CASCADE,
        related_name="calendar_token",
    )
    token = models.CharField(_("nyckel"), max_length=64, unique=True, default=new_token)

    class Meta:
        verbose_name = _("kalendernyckel")
        verbose_name_plural = _("kalendernycklar")

    def __str__(self):
        return f"{self.user}"
