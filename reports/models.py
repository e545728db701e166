from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from simple_history.models import HistoricalRecords

from meetings.models.freeze import changed_fields


class ActionPlan(models.Model):
    """The group's action plan for a term of office (handlingsplan 2024–2026)."""

    title = models.CharField(_("titel"), max_length=200)
    start_year = models.PositiveIntegerField(_("från år"))
    end_year = models.PositiveIntegerField(_("till år"))
    description = models.TextField(_("beskrivning"), blank=True, help_text=_("Markdown."))
    url = models.URLField(_("länk"), blank=True)
    # Moves on with every save, so a page opened before is refused (ros_portal.locking).
    version = models.PositiveIntegerField(_("version"), default=1, editable=False)
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("handlingsplan")
        verbose_name_plural = _("handlingsplaner")
        ordering = ["-start_year"]

    def __str__(self):
        return self.title


class DevelopmentArea(models.Model):
    """A development area of an action plan (1 Jämbördig dialog, …)."""

    plan = models.ForeignKey(
        ActionPlan, verbose_name=_("handlingsplan"), on_delete=models.PROTECT, related_name="areas"
    )
    number = models.PositiveIntegerField(_("nummer"))
    name = models.CharField(_("namn"), max_length=200)
    description = models.TextField(_("beskrivning"), blank=True)
    # Moves on with every save, so a page opened before is refused (ros_portal.locking).
    version = models.PositiveIntegerField(_("version"), default=1, editable=False)
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("utvecklingsområde")
        verbose_name_plural = _("utvecklingsområden")
        ordering = ["plan", "number"]
        constraints = [
            models.UniqueConstraint(fields=["plan", "number"], name="unique_area_number")
        ]

    def __str__(self):
        return f"{self.number} {self.name}"


class ReportStatus(models.TextChoices):
    DRAFT = "draft", _("Utkast")
    PUBLISHED = "published", _("Publicerad")


class ReportFrozen(Exception):
    """Raised when something tries to change a published (frozen) annual report."""

    def __init__(self, message=None):
        super().__init__(
            message
            or _(
                "Årsrapporten är publicerad och kan inte ändras. Ändra först statusen till "
                "utkast (och bara den), så kan texten rättas och rapporten publiceras igen."
            )
        )


# Fields that may change on a published report: the status (back to draft is the way to
# reopen it) and what the workflow stamps.
NON_CONTENT_FIELDS = {"status", "published_at", "version"}


def is_published(report_id):
    return AnnualReport.objects.filter(pk=report_id, status=ReportStatus.PUBLISHED).exists()


class AnnualReport(models.Model):
    """The annual report of a year: narrative written here, figures computed from the data."""

    year = models.PositiveIntegerField(_("år"), unique=True)
    title = models.CharField(_("titel"), max_length=200)
    subtitle = models.CharField(_("undertitel"), max_length=200, blank=True)
    introduction = models.TextField(_("inledning"), blank=True, help_text=_("Markdown."))
    action_plan = models.ForeignKey(
        ActionPlan,
        verbose_name=_("handlingsplan"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
    )
    status = models.CharField(
        _("status"), max_length=20, choices=ReportStatus.choices, default=ReportStatus.DRAFT
    )
    published_at = models.DateTimeField(_("publicerad"), null=True, blank=True)
    version = models.PositiveIntegerField(_("version"), default=1, editable=False)
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("årsrapport")
        verbose_name_plural = _("årsrapporter")
        ordering = ["-year"]

    def __str__(self):
        return self.title

    def save(self, *args, **kwargs):
        if self.pk is not None and not self._state.adding and is_published(self.pk):
            names = [
                f.attname
                for f in self._meta.concrete_fields
                if not f.primary_key and f.name not in NON_CONTENT_FIELDS
            ]
            if changed_fields(self, names):
                raise ReportFrozen()
        return super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        if is_published(self.pk):
            raise ReportFrozen()
        return super().delete(*args, **kwargs)


class Facts(models.TextChoices):
    NONE = "", _("inga")
    ACTION_PLAN = "action_plan", _("handlingsplanen och dess utvecklingsområden")
    ORGANISATION = "organisation", _("förändringar i gruppen")
    MEETINGS = "meetings", _("styrgruppsmöten")
    DIALOGUES = "dialogues", _("dialogmöten")
    SIGNATORIES = "signatories", pgettext_lazy("plural", "underskrivare")
    BUDGET = "budget", _("budgettabell")
    AREA_ACTIVITIES = "area_activities", _("aktiviteter inom utvecklingsområdet")


class ReportSection(models.Model):
    """A narrative section of an annual report, with the computed facts placed in it."""

    report = models.ForeignKey(
        AnnualReport,
        verbose_name=_("årsrapport"),
        on_delete=models.PROTECT,
        related_name="sections",
    )
    order = models.PositiveIntegerField(_("ordning"), default=0)
    heading = models.CharField(pgettext_lazy("heading", "rubrik"), max_length=200)
    level = models.PositiveSmallIntegerField(
        _("nivå"), default=1, help_text=_("1 för huvudrubrik, 2 för underrubrik.")
    )
    development_area = models.ForeignKey(
        DevelopmentArea,
        verbose_name=_("utvecklingsområde"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
    )
    body = models.TextField(_("text"), blank=True, help_text=_("Markdown."))
    facts = models.CharField(
        _("fakta från data"), max_length=30, choices=Facts.choices, blank=True, default=""
    )
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("avsnitt")
        verbose_name_plural = pgettext_lazy("plural", "avsnitt")
        ordering = ["report", "order", "id"]

    def __str__(self):
        return self.heading

    def save(self, *args, **kwargs):
        if is_published(self.report_id) and (
            self.pk is None
            or self._state.adding
            or changed_fields(
                self, [f.attname for f in self._meta.concrete_fields if not f.primary_key]
            )
        ):
            raise ReportFrozen()
        return super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        if is_published(self.report_id):
            raise ReportFrozen()
        return super().delete(*args, **kwargs)


class ArchiveImmutable(Exception):
    """An archived PDF is never changed or deleted (the database refuses it too)."""


class ArchiveQuerySet(models.QuerySet):
    def update(self, **kwargs):
        raise ArchiveImmutable()

    def delete(self):
        raise ArchiveImmutable()


class ArchivedReport(models.Model):
    """The PDF of a published annual report as it was published, with its SHA-256.

    Append-only: each publication adds a row; a row is never changed or deleted (the model
    refuses, and on PostgreSQL a trigger refuses UPDATE and DELETE as well).
    """

    report = models.ForeignKey(
        AnnualReport,
        verbose_name=_("årsrapport"),
        on_delete=models.PROTECT,
        related_name="archives",
    )
    pdf = models.BinaryField(_("PDF"))
    sha256 = models.CharField(_("SHA-256"), max_length=64)
    created_at = models.DateTimeField(_("arkiverad"), auto_now_add=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("publicerad av"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )

    objects = ArchiveQuerySet.as_manager()

    class Meta:
        verbose_name = _("arkiverad årsrapport")
        verbose_name_plural = _("arkiverade årsrapporter")
        ordering = ["report", "-created_at", "-pk"]

    def __str__(self):
        return f"{self.report} {self.created_at:%Y-%m-%d %H:%M}"

    def save(self, *args, **kwargs):
        if self.pk is not None and not self._state.adding:
            raise ArchiveImmutable()
        return super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise ArchiveImmutable()
