"""Figures about the register, for the statistics page and the annual report."""

import datetime
from decimal import ROUND_HALF_UP, Decimal
from itertools import accumulate

from django.db.models import Count, Q
from django.db.models.functions import ExtractYear
from django.utils.translation import gettext as _

from ros_portal.charts import cached_svg, figure_to_svg, new_figure
from signatories.models import Signatory, Subregion


def total_at(on_date):
    """Signatories that had signed and not withdrawn on that date."""
    return Signatory.objects.active_on(on_date).count()


def new_in_year(year):
    return Signatory.objects.filter(signed_on__year=year).order_by("signed_on", "name")


def withdrawn_in_year(year):
    return Signatory.objects.filter(withdrawn_on__year=year).order_by("withdrawn_on", "name")


def changes_in_year(year):
    """(new, withdrawn) in that year, as lists, from one query: what the statistics page shows."""
    rows = (
        Signatory.objects.filter(Q(signed_on__year=year) | Q(withdrawn_on__year=year))
        .only("name", "signed_on", "withdrawn_on")
        .order_by("name")
    )
    rows = list(rows)
    new = sorted((s for s in rows if s.signed_on.year == year), key=lambda s: s.signed_on)
    gone = [s for s in rows if s.withdrawn_on and s.withdrawn_on.year == year]
    return new, sorted(gone, key=lambda s: s.withdrawn_on)


def umbrella_share(on_date):
    """Fraction (0..1, four decimals) of the signatories on that date that are umbrella bodies."""
    figures = Signatory.objects.active_on(on_date).aggregate(
        total=Count("pk"), umbrella=Count("pk", filter=Q(is_umbrella=True))
    )
    return share(figures["umbrella"], figures["total"])


def subregion_figures(on_date):
    """(by_subregion(on_date), umbrella_share(on_date)) from one grouped query, for the page."""
    rows = (
        Signatory.objects.active_on(on_date)
        .order_by()
        .values_list("subregion")
        .annotate(n=Count("pk"), umbrella=Count("pk", filter=Q(is_umbrella=True)))
    )
    counts, total, umbrella = {}, 0, 0
    for value, n, umbrella_n in rows:
        counts[value] = n
        total += n
        umbrella += umbrella_n
    by_region = [(str(label), counts.get(value, 0)) for value, label in Subregion.choices]
    return by_region, share(umbrella, total)


def share(part, total):
    """part / total rounded half up to four decimals (0.3308); 0 when there is no total."""
    if not total:
        return Decimal("0")
    ratio = Decimal(part) / Decimal(total)
    return ratio.quantize(Decimal("0.0001"), rounding=ROUND_HALF_UP)


def whole_percent(share):
    """A share 0..1 as whole percent, halves upwards as everywhere else: 0.125 -> 13."""
    return (share * 100).quantize(Decimal("1"), rounding=ROUND_HALF_UP)


def by_subregion(on_date):
    """[(subregion label, count)] on that date, every subregion in the register's order."""
    counts = dict(
        Signatory.objects.active_on(on_date)
        .order_by()
        .values_list("subregion")
        .annotate(n=Count("pk"))
    )
    return [(str(label), counts.get(value, 0)) for value, label in Subregion.choices]


def new_and_withdrawn_by_year():
    """({year: signed that year}, {year: withdrawn that year}) from one query.

    The database counts the signatories per (year signed, year withdrawn or NULL); those few
    groups (at most one per pair of years) are then added up per year.
    """
    groups = (
        Signatory.objects.order_by()
        .annotate(signed_year=ExtractYear("signed_on"), withdrawn_year=ExtractYear("withdrawn_on"))
        .values_list("signed_year", "withdrawn_year")
        .annotate(n=Count("pk"))
    )
    signed, withdrawn = {}, {}
    for signed_year, withdrawn_year, n in groups:
        signed[signed_year] = signed.get(signed_year, 0) + n
        if withdrawn_year is not None:
            withdrawn[withdrawn_year] = withdrawn.get(withdrawn_year, 0) + n
    return signed, withdrawn


def totals_by_year(first_year, last_year, per_year=None):
    """[(year, total at 31 December)] computed from two grouped queries, whatever the span."""
    signed, withdrawn = per_year or new_and_withdrawn_by_year()
    before = sum(n for year, n in signed.items() if year < first_year) - sum(
        n for year, n in withdrawn.items() if year < first_year
    )
    years = list(range(first_year, last_year + 1))
    changes = [signed.get(year, 0) - withdrawn.get(year, 0) for year in years]
    return list(zip(years, list(accumulate(changes, initial=before))[1:], strict=True))


def first_year():
    first = Signatory.objects.order_by("signed_on").values_list("signed_on", flat=True).first()
    return first.year if first else datetime.date.today().year


def totals_chart_svg(first_year, last_year, totals=None):
    """An SVG bar chart of the totals at each year end (pass totals to spare the queries)."""
    totals = totals if totals is not None else totals_by_year(first_year, last_year)
    figures = (first_year, last_year, list(totals))
    return cached_svg("signatories", figures, lambda: _draw_totals(first_year, last_year, totals))


def _draw_totals(first_year, last_year, totals):
    figure = new_figure()
    axes = figure.add_subplot()
    years = [year for year, _total in totals]
    values = [total for _year, total in totals]
    axes.bar(years, values, color="#00457c")
    axes.set_xticks(years, [str(year) for year in years])
    axes.set_ylabel(_("Underskrivare"))
    axes.spines[["top", "right"]].set_visible(False)
    axes.tick_params(axis="x", labelrotation=45 if len(years) > 8 else 0)
    title = _("Antal underskrivare vid årets slut %(first)s–%(last)s") % {
        "first": first_year,
        "last": last_year,
    }
    desc = ", ".join(f"{year}: {total}" for year, total in totals)
    return figure_to_svg(figure, title, desc)
