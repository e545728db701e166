from decimal import Decimal

from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from simple_history.models import HistoricalRecords

from budget.money import format_kr
from meetings.models.people import Role

# The roles a fee is paid for: the members of the group, not the officials or guests.
FEE_ROLES = [
    (role.value, role.label) for role in (Role.CHAIR, Role.VICE_CHAIR, Role.MEMBER, Role.SUBSTITUTE)
]


def closed_years(*years):
    """The years among these whose annual report is published: their figures are final."""
    from reports.models import AnnualReport, ReportStatus

    wanted = {year for year in years if year}
    if not wanted:
        return set()
    published = AnnualReport.objects.filter(year__in=wanted, status=ReportStatus.PUBLISHED)
    return set(published.values_list("year", flat=True))


def refuse_closed_year(*years):
    """A ValidationError when one of these years' annual report is published."""
    closed = closed_years(*years)
    if closed:
        raise ValidationError(
            _(
                "Årsrapporten för %(year)s är publicerad, så årets budget och utfall är "
                "stängda. Sätt först rapporten tillbaka till utkast för att rätta dem."
            )
            % {"year": min(closed)}
        )


class BudgetYear(models.Model):
    """The allocation granted by the regional board for one year."""

    year = models.PositiveIntegerField(_("år"), unique=True)
    allocation = models.DecimalField(
        _("anslag (kr)"),
        max_digits=12,
        decimal_places=2,
        validators=[MinValueValidator(Decimal("0.00"))],
    )
    based_on = models.ForeignKey(
        "self",
        verbose_name=_("bygger på"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="next_years",
    )
    indexation_percent = models.DecimalField(
        _("uppräkning (%)"), max_digits=5, decimal_places=2, null=True, blank=True
    )
    note = models.TextField(_("kommentar"), blank=True)
    # Moves on with every save, so a page opened before is refused (ros_portal.locking).
    version = models.PositiveIntegerField(_("version"), default=1, editable=False)
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("budgetår")
        verbose_name_plural = pgettext_lazy("plural", "budgetår")
        ordering = ["-year"]

    def __str__(self):
        return str(self.year)

    def clean(self):
        # Renumbering a year would take its lines out of a published report, or put them in.
        stored = BudgetYear.objects.filter(pk=self.pk).values_list("year", flat=True).first()
        if stored is not None and stored != self.year:
            refuse_closed_year(stored, self.year)


class BudgetLine(models.Model):
    """A line of a year's budget (arvoden, processledning, …)."""

    budget_year = models.ForeignKey(
        BudgetYear, verbose_name=_("budgetår"), on_delete=models.PROTECT, related_name="lines"
    )
    name = models.CharField(_("post"), max_length=200)
    amount = models.DecimalField(
        _("budget (kr)"),
        max_digits=12,
        decimal_places=2,
        validators=[MinValueValidator(Decimal("0.00"))],
    )
    order = models.PositiveIntegerField(_("ordning"), default=0)
    is_fees = models.BooleanField(
        _("arvodespost"),
        default=False,
        help_text=_("Posten för arvoden: uppföljningen jämför den med arvoden enligt närvaro."),
    )
    # Moves on with every save, so a page opened before is refused (ros_portal.locking).
    version = models.PositiveIntegerField(_("version"), default=1, editable=False)
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("budgetpost")
        verbose_name_plural = _("budgetposter")
        ordering = ["budget_year", "order", "id"]
        constraints = [
            models.UniqueConstraint(fields=["budget_year", "name"], name="unique_line_per_year")
        ]

    def __str__(self):
        return f"{self.budget_year.year}: {self.name}"

    def clean(self):
        # The published report prints the lines of its year: they change only after it.
        if self.budget_year_id:
            refuse_closed_year(self.budget_year.year, *self._stored_years())

    def _stored_years(self):
        if self.pk is None:
            return []
        return BudgetLine.objects.filter(pk=self.pk).values_list("budget_year__year", flat=True)


class OutcomeEntry(models.Model):
    """A booked cost charged to a budget line (utfall), as in a ledger export."""

    booked_on = models.DateField(_("bokföringsdatum"))
    line = models.ForeignKey(
        BudgetLine, verbose_name=_("budgetpost"), on_delete=models.PROTECT, related_name="entries"
    )
    amount = models.DecimalField(_("belopp (kr)"), max_digits=12, decimal_places=2)
    text = models.CharField(_("text"), max_length=300)
    reference = models.CharField(_("verifikation"), max_length=100, blank=True)
    activity_year = models.PositiveIntegerField(
        _("verksamhetsår"),
        null=True,
        blank=True,
        help_text=_("Året då aktiviteten ägde rum, om det skiljer sig från budgetåret."),
    )
    decision = models.ForeignKey(
        "meetings.Decision",
        verbose_name=_("beslut"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="outcome_entries",
    )
    # Moves on with every save, so a page opened before is refused (ros_portal.locking).
    version = models.PositiveIntegerField(_("version"), default=1, editable=False)
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("utfallspost")
        verbose_name_plural = _("utfallsposter")
        ordering = ["booked_on", "id"]
        indexes = [
            models.Index(fields=["line", "booked_on"]),
            # Entries for another year's activity are few; the follow-up lists them.
            models.Index(
                fields=["line", "activity_year"],
                condition=models.Q(activity_year__isnull=False),
                name="outcome_other_activity_year",
            ),
        ]

    def __str__(self):
        return f"{self.booked_on} {self.text}"

    def report_years(self):
        """The years whose annual report prints this entry: its budget's, and its activity's
        when that is the year before (the report's "Bokfört på nästa års budget")."""
        if not self.line_id:
            return []
        budget_year = self.line.budget_year.year
        late = self.activity_year if self.activity_year == budget_year - 1 else None
        return [year for year in (budget_year, late) if year]

    def _stored_report_years(self):
        if self.pk is None:
            return []
        stored = OutcomeEntry.objects.filter(pk=self.pk).select_related("line__budget_year")
        stored = stored.first()
        return stored.report_years() if stored else []

    def clean(self):
        # A published report prints its year's entries and next year's entries for its
        # activities: none of them is added, changed or moved away until it is a draft again.
        refuse_closed_year(*self.report_years(), *self._stored_report_years())
        # The follow-up and the annual report count a year's entries booked in that year: an
        # entry on a budget booked in another year would sit there, counted by no figure.
        if self.booked_on and self.line_id and self.booked_on.year != self.line.budget_year.year:
            raise ValidationError(
                {
                    "booked_on": _(
                        "Bokföringsdatumet ska ligga i budgetåret %(year)s. En kostnad som "
                        "bokförs ett annat år förs på det årets budget, med verksamhetsåret "
                        "angivet."
                    )
                    % {"year": self.line.budget_year.year}
                }
            )


class Commitment(models.Model):
    """Money a decision commits on a budget line; a decision spread over years has one per year.

    A decision with an amount and a budget line commits that money by itself; rows here are
    for a decision charged to another year's line or spread over several years. An outcome
    entry linked to the decision, booked on the same year's budget, settles the commitment.
    """

    decision = models.ForeignKey(
        "meetings.Decision",
        verbose_name=_("beslut"),
        on_delete=models.PROTECT,
        related_name="commitments",
    )
    line = models.ForeignKey(
        BudgetLine,
        verbose_name=_("budgetpost"),
        on_delete=models.PROTECT,
        related_name="commitments",
    )
    amount = models.DecimalField(
        _("belopp (kr)"),
        max_digits=12,
        decimal_places=2,
        validators=[MinValueValidator(Decimal("0.00"))],
    )
    note = models.CharField(_("anteckning"), max_length=300, blank=True)
    # Moves on with every save, so a page opened before is refused (ros_portal.locking).
    version = models.PositiveIntegerField(_("version"), default=1, editable=False)
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("åtagande")
        verbose_name_plural = _("åtaganden")
        ordering = ["line", "id"]
        constraints = [
            models.UniqueConstraint(fields=["decision", "line"], name="one_commitment_per_line")
        ]

    def __str__(self):
        return f"{self.decision}: {self.line}"

    def clean(self):
        # The rows spread a decision's amount over lines and years: together never more.
        if self.decision_id is None or self.amount is None:
            return
        granted = self.decision.amount
        if granted is None:
            return
        others = Commitment.objects.filter(decision_id=self.decision_id).exclude(pk=self.pk)
        total = self.amount + (
            others.aggregate(total=models.Sum("amount"))["total"] or Decimal("0.00")
        )
        if total > granted:
            raise ValidationError(
                {
                    "amount": _(
                        "Beslutet %(decision)s beviljade %(granted)s; med det här åtagandet "
                        "blir beslutets åtaganden %(total)s."
                    )
                    % {
                        "decision": self.decision,
                        "granted": format_kr(granted),
                        "total": format_kr(total),
                    }
                }
            )


class FeeRate(models.Model):
    """The fee paid to an elected or civil-society member for one meeting, by role and year."""

    budget_year = models.ForeignKey(
        BudgetYear, verbose_name=_("budgetår"), on_delete=models.PROTECT, related_name="fee_rates"
    )
    role = models.CharField(_("roll"), max_length=20, choices=FEE_ROLES)
    amount = models.DecimalField(
        _("arvode per möte (kr)"),
        max_digits=10,
        decimal_places=2,
        validators=[MinValueValidator(Decimal("0.00"))],
    )
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("arvode")
        verbose_name_plural = _("arvoden per möte")
        ordering = ["budget_year", "role"]
        constraints = [
            models.UniqueConstraint(fields=["budget_year", "role"], name="one_fee_per_role")
        ]

    def __str__(self):
        return f"{self.budget_year.year}: {self.get_role_display()}"
