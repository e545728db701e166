from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import IntegrityError, models, transaction
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from simple_history.models import HistoricalRecords

from meetings.models.freeze import FrozenGuardQuerySet, FrozenWithMeetingMixin
from meetings.models.meeting import Meeting
from meetings.models.people import Person


class AgendaItem(FrozenWithMeetingMixin, models.Model):
    """An item on a meeting's agenda: a heading and its text in Markdown."""

    meeting = models.ForeignKey(
        Meeting, verbose_name=_("möte"), on_delete=models.PROTECT, related_name="agenda_items"
    )
    order = models.PositiveIntegerField(_("ordning"), default=0)
    heading = models.CharField(pgettext_lazy("heading", "rubrik"), max_length=300)
    body = models.TextField(_("text"), blank=True, help_text=_("Markdown."))
    presenters = models.ManyToManyField(
        Person, verbose_name=_("föredragande"), blank=True, related_name="presented_items"
    )
    development_area = models.ForeignKey(
        "reports.DevelopmentArea",
        verbose_name=_("utvecklingsområde"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
    )
    version = models.PositiveIntegerField(_("version"), default=1, editable=False)
    history = HistoricalRecords(m2m_fields=["presenters"])

    objects = FrozenGuardQuerySet.as_manager()

    class Meta:
        verbose_name = _("dagordningspunkt")
        verbose_name_plural = _("dagordningspunkter")
        ordering = ["meeting", "order", "id"]

    def __str__(self):
        return self.heading


class Decision(FrozenWithMeetingMixin, models.Model):
    """A decision of the group, numbered § N per year; the number never changes once given."""

    meeting = models.ForeignKey(
        Meeting, verbose_name=_("möte"), on_delete=models.PROTECT, related_name="decisions"
    )
    agenda_item = models.ForeignKey(
        AgendaItem,
        verbose_name=_("dagordningspunkt"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="decisions",
    )
    year = models.PositiveIntegerField(_("år"), editable=False)
    number = models.PositiveIntegerField(_("nummer"), editable=False)
    text = models.TextField(_("beslut"), help_text=_("T.ex. 'RÖS-gruppen beslutade att …'."))
    amount = models.DecimalField(
        _("belopp (kr)"), max_digits=12, decimal_places=2, null=True, blank=True
    )
    budget_line = models.ForeignKey(
        "budget.BudgetLine",
        verbose_name=_("budgetpost"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="decisions",
    )
    development_area = models.ForeignKey(
        "reports.DevelopmentArea",
        verbose_name=_("utvecklingsområde"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
    )
    version = models.PositiveIntegerField(_("version"), default=1, editable=False)
    history = HistoricalRecords()

    objects = FrozenGuardQuerySet.as_manager()

    class Meta:
        verbose_name = _("beslut")
        verbose_name_plural = pgettext_lazy("plural", "beslut")
        ordering = ["year", "number"]
        constraints = [
            models.UniqueConstraint(fields=["year", "number"], name="unique_decision_number")
        ]

    def __str__(self):
        return f"§ {self.number}/{self.year}"

    def save(self, *args, **kwargs):
        if self.number is not None:
            return super().save(*args, **kwargs)
        # The number is given once, as the next free one in the meeting's year; a concurrent
        # save that took the same number makes us retry with the next one.
        self.year = self.meeting.date.year
        for _attempt in range(5):
            last = Decision.objects.filter(year=self.year).aggregate(m=models.Max("number"))["m"]
            self.number = (last or 0) + 1
            try:
                with transaction.atomic():
                    return super().save(*args, **kwargs)
            except IntegrityError:
                self.pk = None
                continue
        raise IntegrityError("Could not allocate a decision number.")


class ActionStatus(models.TextChoices):
    OPEN = "open", _("Öppet")
    DONE = "done", _("Klart")
    CANCELLED = "cancelled", _("Avskrivet")


class ActionItem(FrozenWithMeetingMixin, models.Model):
    """A task given to someone at a meeting ("fick i uppdrag att …"), followed up later."""

    # Marking an item done is follow-up, allowed on approved minutes too (see freeze.py).
    FOLLOW_UP_FIELDS = ("status", "followed_up_at", "done_note", "done_on")

    meeting = models.ForeignKey(
        Meeting, verbose_name=_("möte"), on_delete=models.PROTECT, related_name="action_items"
    )
    agenda_item = models.ForeignKey(
        AgendaItem,
        verbose_name=_("dagordningspunkt"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="action_items",
    )
    text = models.TextField(_("uppdrag"))
    owners = models.ManyToManyField(
        Person, verbose_name=_("ansvariga"), blank=True, related_name="action_items"
    )
    due_date = models.DateField(_("klart senast"), null=True, blank=True)
    status = models.CharField(
        _("status"), max_length=20, choices=ActionStatus.choices, default=ActionStatus.OPEN
    )
    followed_up_at = models.ForeignKey(
        Meeting,
        verbose_name=_("återkopplat vid"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="followed_up_actions",
    )
    done_note = models.TextField(_("återkoppling"), blank=True)
    done_on = models.DateField(_("klart den"), null=True, blank=True)
    development_area = models.ForeignKey(
        "reports.DevelopmentArea",
        verbose_name=_("utvecklingsområde"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
    )
    version = models.PositiveIntegerField(_("version"), default=1, editable=False)
    history = HistoricalRecords(m2m_fields=["owners"])

    objects = FrozenGuardQuerySet.as_manager()

    class Meta:
        verbose_name = _("uppdrag")
        verbose_name_plural = pgettext_lazy("plural", "uppdrag")
        ordering = ["due_date", "id"]
        indexes = [models.Index(fields=["status", "due_date"])]

    def __str__(self):
        return self.text[:80]

    def clean(self):
        # Given at the meeting, so due at the earliest on its day: an earlier date is a typo
        # (0025 for 2025) that would make the item overdue and mail its owners at once.
        meeting = getattr(self, "meeting", None)  # None on an item not yet given its meeting
        if self.due_date and meeting is not None and meeting.date and self.due_date < meeting.date:
            raise ValidationError(
                {
                    "due_date": _("Klart senast kan inte vara före mötets datum (%(day)s).")
                    % {"day": date_format(meeting.date, "j F Y")}
                }
            )


def attachment_path(instance, filename):
    return f"attachments/{instance.meeting_id}/{filename}"


class Attachment(FrozenWithMeetingMixin, models.Model):
    """A file attached to a meeting; served only through a view that checks access."""

    meeting = models.ForeignKey(
        Meeting, verbose_name=_("möte"), on_delete=models.PROTECT, related_name="attachments"
    )
    agenda_item = models.ForeignKey(
        AgendaItem,
        verbose_name=_("dagordningspunkt"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="attachments",
    )
    title = models.CharField(_("titel"), max_length=300)
    file = models.FileField(_("fil"), upload_to=attachment_path)
    content_type = models.CharField(_("filtyp"), max_length=100, blank=True, editable=False)
    size = models.PositiveBigIntegerField(_("storlek"), default=0, editable=False)
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("uppladdad av"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        editable=False,
    )
    uploaded_at = models.DateTimeField(_("uppladdad"), auto_now_add=True)
    # Moves on with every save, so a page opened before is refused (ros_portal.locking).
    version = models.PositiveIntegerField(_("version"), default=1, editable=False)
    history = HistoricalRecords()

    objects = FrozenGuardQuerySet.as_manager()

    class Meta:
        verbose_name = _("bilaga")
        verbose_name_plural = _("bilagor")
        ordering = ["meeting", "title"]

    def __str__(self):
        return self.title
