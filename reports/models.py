from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from simple_history.models import HistoricalRecords


class ActionPlan(models.Model):
    """The group's action plan for a term of office (handlingsplan 2024–2026)."""

    title = models.CharField(_("titel"), max_length=200)
    start_year = models.PositiveIntegerField(_("från år"))
    end_year = models.PositiveIntegerField(_("till år"))
    description = models.TextField(_("beskrivning"), blank=True, help_text=_("Markdown."))
    url = models.URLField(_("länk"), blank=True)
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
