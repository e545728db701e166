from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.http import urlencode
from django.utils.translation import gettext as _

from budget.exports import follow_up_xlsx
from budget.fees import fee_comparison
from budget.followup import budget_chart_svg, follow_up, other_activity_year_entries, year_end
from budget.forms import FollowUpForm, NextYearForm
from budget.models import BudgetYear
from budget.services import ROUNDING_RULE, create_next_year, preview_next_year
from meetings.roles import is_member, is_process_leader, is_secretary


def _require_member(request):
    # Deny by default: the budget is for the group, others do not learn that the page exists.
    if not is_member(request.user):
        raise Http404


def _requested_follow_up(request):
    """The follow-up the GET parameters ask for, with defaults; (form, follow_up or None)."""
    years = {year.year: year for year in BudgetYear.objects.all()}
    today = timezone.localdate()
    default_year = today.year if today.year in years else max(years, default=None)
    # Only the form's own parameters count: a link's utm_source or an empty field is no
    # request for another follow-up, and no error about a field nobody filled in.
    data = {name: request.GET[name] for name in FollowUpForm.base_fields if request.GET.get(name)}
    form = FollowUpForm(data or None, years=sorted(years, reverse=True))
    year, until = default_year, None
    if form.is_bound and form.is_valid():
        year, until = form.cleaned_data["year"], form.cleaned_data["until"]
    elif form.is_bound and form.cleaned_data.get("year") in years:
        # Only the date is refused: stay on the year the form names, up to its default date.
        year = form.cleaned_data["year"]
    elif form.is_bound and year is not None:
        # No such budget year: the default year is shown up to its default date, and the
        # form names just that, with the error about the year asked for.
        form.data = {"year": str(year)}
    if year is None:
        return form, None
    if until is None:
        until = today if year == today.year else year_end(year)
    if not form.is_bound:
        form = FollowUpForm(
            initial={"year": year, "until": until}, years=sorted(years, reverse=True)
        )
    return form, follow_up(years[year], until)


def follow_up_page(request):
    _require_member(request)
    form, result = _requested_follow_up(request)
    context = {"form": form, "follow_up": result, "may_edit": False}
    if result is not None:
        context.update(
            chart_svg=budget_chart_svg(result),
            fees=fee_comparison(result),
            other_year_entries=other_activity_year_entries(result),
            may_edit=is_process_leader(request.user) or is_secretary(request.user),
            # Only a process leader can hold the permission; members are spared its queries.
            may_create_next=is_process_leader(request.user)
            and request.user.has_perm("budget.add_budgetyear"),
            xlsx_query=urlencode({"year": result.year, "until": result.until.isoformat()}),
        )
    return render(request, "budget/follow_up.html", context)


def follow_up_xlsx_download(request):
    _require_member(request)
    _form, result = _requested_follow_up(request)
    if result is None:
        raise Http404
    filename, content_type, content = follow_up_xlsx(result)
    response = HttpResponse(content, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def next_year(request):
    _require_member(request)
    if not request.user.has_perm("budget.add_budgetyear"):
        raise PermissionDenied
    years = list(BudgetYear.objects.order_by("-year").values_list("year", flat=True))
    if not years:
        raise Http404
    data = request.POST if request.method == "POST" else (request.GET or None)
    form = NextYearForm(data, years=years, initial={"source": years[0]})
    preview = None
    if form.is_bound and form.is_valid():
        source = BudgetYear.objects.get(year=form.cleaned_data["source"])
        percent = form.cleaned_data["percent"]
        if request.method == "POST":
            try:
                created = create_next_year(source, percent, request.user)
            except ValidationError as error:
                form.add_error(None, error)
            else:
                messages.success(request, _("Budgetår %(year)s skapades.") % {"year": created.year})
                return redirect(
                    reverse("budget:follow_up") + "?" + urlencode({"year": created.year})
                )
        else:
            preview = {
                "source": source,
                "year": source.year + 1,
                "percent": percent,
                "lines": preview_next_year(source, percent),
                "exists": BudgetYear.objects.filter(year=source.year + 1).exists(),
            }
            preview["allocation"] = sum(line.amount for line in preview["lines"])
    context = {"form": form, "preview": preview, "rounding_rule": ROUNDING_RULE}
    return render(request, "budget/next_year.html", context)
