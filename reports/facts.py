"""The figures of a year, computed from the data, for the annual report.

Each block is computed on first use (`cached_property`), so a page that shows one block
runs only that block's queries; none of them grows with the amount of data.
"""

import datetime
import re
from collections import Counter
from dataclasses import dataclass
from decimal import Decimal
from functools import cached_property

from django.db.models import Count, Exists, F, OuterRef
from django.db.models.functions import ExtractYear
from django.utils.formats import date_format
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from django.utils.translation import pgettext_lazy

# Swedish number words for small counts: "åtta möten", "ett RÖS-möte", "en underskrivare"
# (reports/checks.py reads them in the narrative).
_WORDS = ["noll", "ett", "två", "tre", "fyra", "fem", "sex", "sju", "åtta", "nio", "tio", "elva"]
_WORDS += ["tolv"]
# The same words as the report prints them, in the reader's language ("eight meetings").
_WORDS_READ = [
    pgettext_lazy("antal i ord", "noll"),
    pgettext_lazy("antal i ord", "ett"),
    pgettext_lazy("antal i ord", "två"),
    pgettext_lazy("antal i ord", "tre"),
    pgettext_lazy("antal i ord", "fyra"),
    pgettext_lazy("antal i ord", "fem"),
    pgettext_lazy("antal i ord", "sex"),
    pgettext_lazy("antal i ord", "sju"),
    pgettext_lazy("antal i ord", "åtta"),
    pgettext_lazy("antal i ord", "nio"),
    pgettext_lazy("antal i ord", "tio"),
    pgettext_lazy("antal i ord", "elva"),
    pgettext_lazy("antal i ord", "tolv"),
]
_ONE_COMMON = pgettext_lazy("antal i ord, utrum", "en")

# Shares written the way the report does ("cirka en tredjedel") when close enough to one.
_FRACTIONS = [
    (Decimal("0.25"), pgettext_lazy("andel", "en fjärdedel")),
    (Decimal("1") / 3, pgettext_lazy("andel", "en tredjedel")),
    (Decimal("0.5"), pgettext_lazy("andel", "hälften")),
    (Decimal("2") / 3, pgettext_lazy("andel", "två tredjedelar")),
    (Decimal("0.75"), pgettext_lazy("andel", "tre fjärdedelar")),
]
_FRACTION_TOLERANCE = Decimal("0.04")


def count_word(number, neuter=True):
    """12 and below as a word ("åtta"; "en" for common gender), larger numbers as digits."""
    if number == 1 and not neuter:
        return str(_ONE_COMMON)
    if 0 <= number < len(_WORDS_READ):
        return str(_WORDS_READ[number])
    return str(number)


def share_words(share):
    """Decimal('0.33') -> 'cirka en tredjedel'; otherwise a rounded percentage."""
    if share is None:
        return ""
    for value, words in _FRACTIONS:
        if abs(share - value) <= _FRACTION_TOLERANCE:
            return _("cirka %(fraction)s") % {"fraction": str(words)}
    from signatories.stats import whole_percent

    percent = whole_percent(share)
    return _("cirka %(percent)s procent") % {"percent": percent}


def join_and(names):
    """['A', 'B', 'C'] -> 'A, B och C'."""
    names = [str(n) for n in names]
    if len(names) <= 1:
        return "".join(names)
    return _("%(first)s och %(last)s") % {"first": ", ".join(names[:-1]), "last": names[-1]}


def scoped_svg(svg, prefix):
    """Prefix the ids in an SVG so that two charts on one page do not share ids."""
    svg = re.sub(r'\bid="([^"]+)"', rf'id="{prefix}-\1"', svg)
    svg = re.sub(r"url\(#([^)]+)\)", rf"url(#{prefix}-\1)", svg)
    svg = re.sub(r'href="#([^"]+)"', rf'href="#{prefix}-\1"', svg)
    return mark_safe(svg)  # noqa: S308 - built by matplotlib from our own figures


def cached_chart(inputs, prefix, draw):
    """A chart drawn once per set of input values (matplotlib takes a few hundred ms).

    The key is a digest of exactly what the chart draws (numbers, labels, the language), so a
    changed figure gives a new key and a cached chart is never stale.
    """
    from ros_portal.charts import cached_svg

    svg = cached_svg(f"report-{prefix}", inputs, lambda: scoped_svg(draw(), prefix))
    return mark_safe(svg)  # noqa: S308 - built by matplotlib from our own figures


@dataclass(frozen=True)
class Change:
    """A change in the group's membership: who came in, whom they replaced (or None)."""

    person: object
    replaced: object
    term: object


@dataclass(frozen=True)
class AreaActivities:
    """What the year's data tags with one development area."""

    area: object
    meetings: list
    decisions: list

    def __bool__(self):
        return bool(self.meetings or self.decisions)

    @property
    def steering_meetings(self):
        return [m for m in self.meetings if m.is_steering]

    @property
    def steering_dates(self):
        return [date_format(m.date, "j F") for m in self.steering_meetings]

    @property
    def events(self):
        """Dialogue meetings, conferences and external events tagged with the area."""
        return [m for m in self.meetings if not m.is_steering]


@dataclass(frozen=True)
class DialogueReach:
    """How many signatories the dialogue meetings reached, and from which subregions."""

    reached: int
    total: int
    spread: list

    @property
    def share(self):
        from signatories import stats

        return stats.share(self.reached, self.total)

    @property
    def percent(self):
        from signatories.stats import whole_percent

        return whole_percent(self.share) if self.share is not None else None


class YearFacts:
    """Everything the annual report of `year` prints as a figure, computed from the data."""

    def __init__(self, year, action_plan=None, today=None):
        self.year = year
        self.action_plan = action_plan
        self.start = datetime.date(year, 1, 1)
        self.end = datetime.date(year, 12, 31)
        # A report written during its year counts only what has happened so far.
        self.cutoff = min(self.end, today or datetime.date.today())

    @property
    def next_year(self):
        return self.year + 1

    @property
    def previous_year(self):
        return self.year - 1

    # Organisation -------------------------------------------------------------------------
    @cached_property
    def changes(self):
        """Terms begun during the year by someone who replaced someone else or is new (someone
        with an earlier term who only changed role is not new to the group). One query."""
        from meetings.models import Term

        earlier = Term.objects.filter(person=OuterRef("person"), start__lt=self.start)
        terms = (
            Term.objects.filter(start__range=(self.start, self.cutoff))
            .annotate(returning=Exists(earlier))
            .select_related("person", "succeeded")
            .order_by("start", "person__name")
        )
        changes, seen = [], set()
        for term in terms:
            if term.person_id in seen or (not term.succeeded_id and term.returning):
                continue
            seen.add(term.person_id)
            changes.append(Change(term.person, term.succeeded, term))
        return changes

    # Meetings of the year ----------------------------------------------------------------
    @cached_property
    def meetings(self):
        """Every meeting held this year so far, in order: one query serves the steering
        meetings, the conference, the dialogues and the development areas' activities (a few
        dozen rows a year, whatever the number of years in the portal). A cancelled meeting
        was not held."""
        from meetings.models import Meeting
        from meetings.models.meeting import Status

        return list(
            Meeting.objects.filter(date__range=(self.start, self.cutoff))
            .exclude(status=Status.CANCELLED)
            .annotate(combined_kind=F("combined_with__kind"))
            .order_by("date", "start_time", "pk")
        )

    # Steering-group meetings --------------------------------------------------------------
    @cached_property
    def steering_meetings(self):
        from meetings.models.meeting import STEERING_KINDS

        return [m for m in self.meetings if m.kind in STEERING_KINDS]

    @property
    def hosts(self):
        """Civil-society organisations that hosted a steering meeting, in order of the year."""
        names = []
        for meeting in self.steering_meetings:
            name = meeting.host_organisation.strip()
            if meeting.host_is_civil_society and name and name not in names:
                names.append(name)
        return names

    @property
    def hosted_count(self):
        return sum(
            1
            for m in self.steering_meetings
            if m.host_is_civil_society and m.host_organisation.strip()
        )

    def _combined_count(self, kind):
        return sum(1 for m in self.steering_meetings if m.combined_kind == kind)

    @property
    def joint_ser_count(self):
        from meetings.models.meeting import Kind

        return sum(1 for m in self.steering_meetings if m.kind == Kind.JOINT_SER)

    @property
    def with_conference_count(self):
        from meetings.models.meeting import Kind

        return self._combined_count(Kind.CONFERENCE)

    @property
    def with_dialogue_count(self):
        from meetings.models.meeting import Kind

        return self._combined_count(Kind.DIALOGUE)

    @property
    def combined_phrases(self):
        """'ett i samband med den nationella konferensen', … for the sentence on the meetings."""
        phrases = []
        if self.with_dialogue_count:
            phrases.append(
                _("%(n)s i samband med dialogmöte med underskrivare")
                % {"n": count_word(self.with_dialogue_count)}
            )
        if self.with_conference_count:
            phrases.append(
                _("%(n)s i samband med den nationella konferensen")
                % {"n": count_word(self.with_conference_count)}
            )
        if self.joint_ser_count:
            phrases.append(
                _("%(n)s som gemensamma möten med Sociala ekonomins råd (SER)")
                % {"n": count_word(self.joint_ser_count)}
            )
        return phrases

    @cached_property
    def conference(self):
        """The year's (first) conference, e.g. the national conference the group arranged."""
        from meetings.models.meeting import Kind

        return next((m for m in self.meetings if m.kind == Kind.CONFERENCE), None)

    # Dialogue meetings ---------------------------------------------------------------------
    @cached_property
    def dialogues(self):
        """The year's dialogue meetings. Where the organisations present are recorded, the
        counts are computed from them (the typed-in counts are kept for the others)."""
        from meetings.models.meeting import Kind

        dialogues = [m for m in self.meetings if m.kind == Kind.DIALOGUE]
        for meeting in dialogues:
            meeting.organisations = self.dialogue_organisations.get(meeting.pk, [])
            # "underskrivande organisationer" only when the records show that every one is.
            meeting.all_signatories = bool(meeting.organisations) and all(
                row.signatory_id is not None for row in meeting.organisations
            )
            if meeting.organisations:
                # Read-only instances: the figures shown, never saved.
                meeting.organisation_count = len(meeting.organisations)
                meeting.participant_count = sum(row.people for row in meeting.organisations)
        return dialogues

    @cached_property
    def dialogue_organisations(self):
        """{meeting id: [DialogueOrganisation]} recorded at the year's dialogue meetings, in one
        query; "Källor" lists them and the reach is counted from them."""
        from meetings.models import DialogueOrganisation
        from meetings.models.meeting import Kind

        grouped = {}
        rows = (
            DialogueOrganisation.objects.filter(
                meeting__kind=Kind.DIALOGUE, meeting__date__range=(self.start, self.cutoff)
            )
            .select_related("signatory")
            .order_by("meeting_id", "pk")
        )
        for row in rows:
            grouped.setdefault(row.meeting_id, []).append(row)
        return grouped

    @cached_property
    def dialogue_reach(self):
        """Signatories present at the year's dialogue meetings: DialogueReach or None when no
        meeting has its organisations recorded."""
        from signatories.models import Subregion

        reached = {}
        for rows in self.dialogue_organisations.values():
            for row in rows:
                if row.signatory_id is not None:
                    reached[row.signatory_id] = row.signatory.subregion
        if not reached:
            return None
        counts = Counter(reached.values())
        spread = [(label, counts[value]) for value, label in Subregion.choices if counts.get(value)]
        return DialogueReach(len(reached), self.signatory_total, spread)

    # Decisions of the year ------------------------------------------------------------------
    @cached_property
    def decisions(self):
        """Every decision (§) taken at the year's meetings so far, in number order."""
        from meetings.models import Decision

        return list(
            Decision.objects.filter(meeting__date__range=(self.start, self.cutoff))
            .select_related("meeting")
            .order_by("year", "number")
        )

    # Signatories ---------------------------------------------------------------------------
    @cached_property
    def new_signatories(self):
        from signatories import stats

        return list(stats.new_in_year(self.year).order_by("signed_on", "name"))

    @cached_property
    def _register_groups(self):
        """[(year signed, year withdrawn or None, umbrella body?, count)] over the whole register
        from one grouped query: a few rows per year, whatever the number of signatories. The
        year-end figures and the chart's totals are both sums over them."""
        from signatories.models import Signatory

        return list(
            Signatory.objects.order_by()
            .annotate(
                signed_year=ExtractYear("signed_on"), withdrawn_year=ExtractYear("withdrawn_on")
            )
            .values_list("signed_year", "withdrawn_year", "is_umbrella")
            .annotate(n=Count("pk"))
        )

    @cached_property
    def _signatory_figures(self):
        """(total, umbrella bodies) at year end: signed by 31 December, not withdrawn by then."""
        total = umbrella = 0
        for signed, withdrawn, is_umbrella, n in self._register_groups:
            if signed <= self.year and (withdrawn is None or withdrawn > self.year):
                total += n
                umbrella += n if is_umbrella else 0
        return total, umbrella

    @property
    def signatory_total(self):
        return self._signatory_figures[0]

    @property
    def umbrella_total(self):
        return self._signatory_figures[1]

    @cached_property
    def umbrella_share(self):
        from signatories import stats

        total, umbrella = self._signatory_figures
        return stats.share(umbrella, total)

    @property
    def umbrella_words(self):
        return share_words(self.umbrella_share)

    @property
    def umbrella_percent(self):
        if self.umbrella_share is None:
            return None
        from signatories.stats import whole_percent

        return whole_percent(self.umbrella_share)

    @cached_property
    def _signatories_per_year(self):
        """({year: signed}, {year: withdrawn}) over the whole register."""
        signed, withdrawn = {}, {}
        for signed_year, withdrawn_year, _umbrella, n in self._register_groups:
            signed[signed_year] = signed.get(signed_year, 0) + n
            if withdrawn_year is not None:
                withdrawn[withdrawn_year] = withdrawn.get(withdrawn_year, 0) + n
        return signed, withdrawn

    @cached_property
    def chart_first_year(self):
        # The first year anyone signed (this year when no one has): the same grouped query.
        signed = self._signatories_per_year[0]
        first = min(signed) if signed else datetime.date.today().year
        # Ten years at most: the chart stays readable on a page and on a phone.
        return max(min(first, self.year), self.year - 9)

    @cached_property
    def signatory_totals(self):
        """[(year, total at year end)] for the chart's years, its text alternative."""
        from signatories import stats

        return list(
            stats.totals_by_year(
                self.chart_first_year, self.year, per_year=self._signatories_per_year
            )
        )

    @cached_property
    def signatory_chart(self):
        from signatories import stats

        key = ("signatories", self.chart_first_year, self.year, tuple(self.signatory_totals))
        return cached_chart(
            key,
            "chart-signatories",
            lambda: stats.totals_chart_svg(
                self.chart_first_year, self.year, totals=self.signatory_totals
            ),
        )

    # Budget --------------------------------------------------------------------------------
    @cached_property
    def _budget_year(self):
        """The year's budget row, or None when the year has no budget."""
        from budget.models import BudgetYear

        return BudgetYear.objects.filter(year=self.year).first()

    @cached_property
    def budget(self):
        """The year's lines at year end (budget and outcome), or None when the year has no
        budget. The report prints no commitments, so none are read."""
        from budget.followup import follow_up

        if self._budget_year is None:
            return None
        return follow_up(self._budget_year, with_commitments=False)

    @cached_property
    def budget_chart(self):
        from budget.followup import budget_chart_svg

        if not self.budget:
            return ""
        rows = tuple((r.name, r.budget, r.outcome) for r in self.budget.lines)
        key = ("budget", self.year, self.budget.until, rows)
        return cached_chart(key, "chart-budget", lambda: budget_chart_svg(self.budget))

    @cached_property
    def charged_entries(self):
        """Entries on next year's budget for this year's activities (a late invoice)."""
        from budget.models import OutcomeEntry

        return list(
            OutcomeEntry.objects.filter(
                line__budget_year__year=self.next_year, activity_year=self.year
            )
            .select_related("line")
            .order_by("booked_on", "pk")
        )

    @property
    def charged_to_next_year(self):
        """Costs of this year's activities booked on next year's budget."""
        return sum((entry.amount for entry in self.charged_entries), Decimal("0.00"))

    def budget_line(self, name):
        """The follow-up row whose name starts with `name` (case-insensitive), or None."""
        if not self.budget:
            return None
        wanted = name.strip().casefold()
        for row in self.budget.lines:
            if row.name.casefold().startswith(wanted):
                return row
        return None

    # Development areas ---------------------------------------------------------------------
    @cached_property
    def areas(self):
        from reports.models import DevelopmentArea

        if self.action_plan is None:
            return []
        return list(DevelopmentArea.objects.filter(plan=self.action_plan).order_by("number"))

    @cached_property
    def activities(self):
        """{area id: AreaActivities} for the areas of the report's action plan."""
        from meetings.models import Meeting

        area_ids = [a.pk for a in self.areas]
        if not area_ids:
            return {}
        grouped = {pk: ([], []) for pk in area_ids}
        # The tags alone (meeting, area); the meetings themselves are the year's, read once.
        tags = set(
            Meeting.development_areas.through.objects.filter(
                developmentarea_id__in=area_ids, meeting__date__range=(self.start, self.cutoff)
            ).values_list("meeting_id", "developmentarea_id")
        )
        for meeting in self.meetings:
            for pk in area_ids:
                if (meeting.pk, pk) in tags:
                    grouped[pk][0].append(meeting)
        for decision in self.decisions:
            if decision.development_area_id in grouped:
                grouped[decision.development_area_id][1].append(decision)
        return {area.pk: AreaActivities(area, *grouped[area.pk]) for area in self.areas}


def facts_for(year, action_plan=None, today=None):
    """The figures of `year` for its annual report (computed lazily, block by block)."""
    if action_plan is None:
        from reports.models import ActionPlan

        action_plan = (
            ActionPlan.objects.filter(start_year__lte=year, end_year__gte=year)
            .order_by("-start_year")
            .first()
        )
    return YearFacts(year, action_plan, today)
