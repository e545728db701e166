import datetime

from django.core.paginator import Paginator
from django.db.models import Count, Q
from django.http import Http404
from django.shortcuts import render

from meetings.roles import is_member
from signatories import stats
from signatories.forms import PublicSearchForm, StatisticsForm
from signatories.models import Signatory, Subregion
from signatories.sorting import sorted_swedish

PER_PAGE = 50


def public_list(request):
    """The current signatories for everyone: name, subregion, year; never contact details."""
    form = PublicSearchForm(request.GET or None)
    # Current on today's date, as the statistics count them: a withdrawal recorded ahead of
    # its date, or a signature dated ahead, takes effect on that day.
    current = Signatory.objects.active_on(datetime.date.today())
    wanted = Q()
    if form.is_valid():
        if form.cleaned_data["q"]:
            wanted &= Q(name__icontains=form.cleaned_data["q"])
        if form.cleaned_data["delregion"]:
            wanted &= Q(subregion=form.cleaned_data["delregion"])
    # Both counts, of all current signatories and of those found, come from one query.
    counts = current.aggregate(total=Count("pk"), found=Count("pk", filter=wanted))
    found = current.filter(wanted).only("name", "subregion", "signed_on")
    paginator = Paginator(sorted_swedish(found), PER_PAGE)
    paginator.count = counts["found"]  # spares the paginator its own COUNT query
    page = paginator.get_page(request.GET.get("sida"))
    # The rows as plain text, so that the template prints three values per row and no more.
    regions = dict(Subregion.choices)
    rows = [
        (signatory.name, regions[signatory.subregion], f"{signatory.signed_on.year:04d}")
        for signatory in page.object_list
    ]
    context = {
        "form": form,
        "page": page,
        "rows": rows,
        "page_range": paginator.get_elided_page_range(page.number, on_each_side=2, on_ends=1),
        "total": counts["total"],
    }
    return render(request, "signatories/public_list.html", context)


def statistics(request):
    """Figures for members at a chosen date, with the totals over the years as chart and table."""
    if not is_member(request.user):
        raise Http404
    form = StatisticsForm(request.GET or None)
    on = datetime.date.today()
    if form.is_valid() and form.cleaned_data["datum"]:
        on = form.cleaned_data["datum"]
    signed, withdrawn = stats.new_and_withdrawn_by_year()
    first = min([*signed, on.year])
    totals = stats.totals_by_year(first, on.year, per_year=(signed, withdrawn))
    years = [(year, signed.get(year, 0), withdrawn.get(year, 0), total) for year, total in totals]
    by_subregion, umbrella_share = stats.subregion_figures(on)
    new, gone = stats.changes_in_year(on.year)
    context = {
        "form": form,
        "on": on,
        "total": sum(count for _label, count in by_subregion),
        "umbrella_percent": stats.whole_percent(umbrella_share),
        "by_subregion": by_subregion,
        "new": new,
        "withdrawn": gone,
        "years": years,
        "chart_svg": stats.totals_chart_svg(first, on.year, totals=totals),
    }
    return render(request, "signatories/statistics.html", context)
