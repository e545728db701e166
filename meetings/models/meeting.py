from django.core.validators import RegexValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from simple_history.models import HistoricalRecords

from meetings.models.freeze import (
    FrozenGuardQuerySet,
    FrozenWithMeetingMixin,
    MinutesFrozen,
    changed_fields,
)
from meetings.models.people import Group, Person, Role


class Kind(models.TextChoices):
    STEERING = "steering", _("Styrgruppsmöte")
    JOINT_SER = "joint_ser", _("Gemensamt möte RÖS/SER")
    DIALOGUE = "dialogue", _("Dialogmöte med underskrivare")
    CONFERENCE = "conference", _("Konferens")
    EXTERNAL = "external", _("Externt event")


class Status(models.TextChoices):
    PLANNED = "planned", _("Planerat")
    DRAFT = "draft", _("Utkast")
    SENT = "sent", _("Skickat för justering")
    APPROVED = "approved", _("Justerat")
    CANCELLED = "cancelled", _("Inställt")


STEERING_KINDS = (Kind.STEERING, Kind.JOINT_SER)


class MeetingQuerySet(models.QuerySet):
    def steering(self):
        return self.filter(kind__in=STEERING_KINDS)

    def approved(self):
        return self.filter(status=Status.APPROVED)

    def in_year(self, year):
        return self.filter(date__year=year)

    def update(self, **kwargs):
        # Frozen minutes: content fields of approved meetings never change in bulk either.
        if set(kwargs) - NON_CONTENT_FIELDS and self.filter(status=Status.APPROVED).exists():
            raise MinutesFrozen()
        return super().update(**kwargs)

    def delete(self):
        if self.filter(status=Status.APPROVED).exists():
            raise MinutesFrozen()
        return super().delete()


# Meeting fields that are not part of the approved text: the workflow and the calendar flag.
NON_CONTENT_FIELDS = {
    "status",
    "sent_for_approval_at",
    "approved_at",
    "is_public_event",
    "comments_until",
}


class Meeting(models.Model):
    """A meeting of the steering group, a dialogue meeting, a conference or an external event."""

    kind = models.CharField(_("typ"), max_length=20, choices=Kind.choices, default=Kind.STEERING)
    title = models.CharField(
        _("rubrik"),
        max_length=300,
        help_text=_("Som den står överst i anteckningarna, t.ex. 'Sammanträde med …'."),
        # The title goes into mail subjects, where a line break would end the header.
        validators=[
            RegexValidator(r"[\r\n]", inverse_match=True, message=_("Rubriken ska stå på en rad."))
        ],
    )
    date = models.DateField(_("datum"))
    end_date = models.DateField(_("slutdatum"), null=True, blank=True)
    start_time = models.TimeField(_("starttid"), null=True, blank=True)
    end_time = models.TimeField(_("sluttid"), null=True, blank=True)
    place = models.CharField(_("plats"), max_length=300, blank=True)
    host_organisation = models.CharField(_("värdorganisation"), max_length=300, blank=True)
    host_is_civil_society = models.BooleanField(
        _("värd är en civilsamhällesorganisation"), default=False
    )
    combined_with = models.ForeignKey(
        "self",
        verbose_name=_("hölls i samband med"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="combined_meetings",
    )
    theme = models.CharField(_("tema"), max_length=300, blank=True)
    participant_count = models.PositiveIntegerField(_("antal deltagare"), null=True, blank=True)
    organisation_count = models.PositiveIntegerField(
        _("antal organisationer"), null=True, blank=True
    )
    is_public_event = models.BooleanField(
        _("publikt evenemang"), default=False, help_text=_("Visas i det publika kalenderflödet.")
    )
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.PLANNED
    )
    secretary = models.ForeignKey(
        Person,
        verbose_name=_("antecknat av"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="meetings_as_secretary",
    )
    adjusters = models.ManyToManyField(
        Person, verbose_name=_("justerare"), blank=True, related_name="meetings_to_adjust"
    )
    minutes_signed_on = models.DateField(
        _("anteckningarna daterade"), null=True, blank=True, help_text=_("T.ex. '/SE 2024-08-21'.")
    )
    upcoming = models.ManyToManyField(
        "self",
        verbose_name=_("kommande möten och event"),
        symmetrical=False,
        blank=True,
        related_name="announced_at",
    )
    development_areas = models.ManyToManyField(
        "reports.DevelopmentArea", verbose_name=_("utvecklingsområden"), blank=True
    )
    comments_until = models.DateField(
        _("kommentarer senast"),
        null=True,
        blank=True,
        help_text=_(
            "Ledamöterna får besked när utkastet är öppet för kommentarer, med detta datum."
        ),
    )
    sent_for_approval_at = models.DateTimeField(_("skickat för justering"), null=True, blank=True)
    approved_at = models.DateTimeField(_("justerat"), null=True, blank=True)
    # Moved on by every save of the admin's meeting page and every portal correction: a page
    # opened at an earlier version is stale (see ros_portal.locking).
    version = models.PositiveIntegerField(_("version"), default=1, editable=False)
    # The links are part of the record too: who adjusts, which development areas.
    history = HistoricalRecords(m2m_fields=["adjusters", "development_areas"])

    objects = MeetingQuerySet.as_manager()

    class Meta:
        verbose_name = _("möte")
        verbose_name_plural = _("möten")
        ordering = ["-date", "-start_time"]
        indexes = [models.Index(fields=["date"]), models.Index(fields=["status", "date"])]

    def __str__(self):
        return f"{self.date:%Y-%m-%d} {self.get_kind_display()}"

    def save(self, *args, **kwargs):
        if self.pk is not None and not self._state.adding:
            stored = Meeting._base_manager.filter(pk=self.pk).values_list("status", flat=True)
            if stored.first() == Status.APPROVED:
                names = [
                    f.attname
                    for f in self._meta.concrete_fields
                    if not f.primary_key and f.name not in NON_CONTENT_FIELDS
                ]
                if changed_fields(self, names):
                    raise MinutesFrozen()
        return super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        if Meeting._base_manager.filter(pk=self.pk, status=Status.APPROVED).exists():
            raise MinutesFrozen()
        return super().delete(*args, **kwargs)

    @property
    def is_steering(self):
        return self.kind in STEERING_KINDS

    @property
    def is_approved(self):
        return self.status == Status.APPROVED


class Presence(models.TextChoices):
    PRESENT = "present", _("närvarande")
    ABSENT = "absent", _("frånvarande")
    GUEST = "guest", _("gäst")


class Attendance(FrozenWithMeetingMixin, models.Model):
    """Who was at a meeting, in which group and role."""

    meeting = models.ForeignKey(
        Meeting, verbose_name=_("möte"), on_delete=models.PROTECT, related_name="attendances"
    )
    person = models.ForeignKey(
        Person, verbose_name=_("person"), on_delete=models.PROTECT, related_name="attendances"
    )
    group = models.CharField(_("grupp"), max_length=20, choices=Group.choices)
    role = models.CharField(_("roll"), max_length=20, choices=Role.choices, default=Role.MEMBER)
    presence = models.CharField(
        _("närvaro"), max_length=10, choices=Presence.choices, default=Presence.PRESENT
    )
    note = models.CharField(
        _("anteckning"), max_length=300, blank=True, help_text=_("T.ex. 'tjänsteperson VGR'.")
    )
    order = models.PositiveIntegerField(_("ordning"), default=0)
    # Moves on with every save, so a page opened before is refused (ros_portal.locking).
    version = models.PositiveIntegerField(_("version"), default=1, editable=False)
    history = HistoricalRecords()

    objects = FrozenGuardQuerySet.as_manager()

    class Meta:
        verbose_name = _("närvaro")
        verbose_name_plural = pgettext_lazy("plural", "närvaro")
        ordering = ["meeting", "order", "id"]
        constraints = [
            models.UniqueConstraint(fields=["meeting", "person"], name="one_attendance_per_person")
        ]

    def __str__(self):
        return f"{self.person} ({self.get_role_display()})"
