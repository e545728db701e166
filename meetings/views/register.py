"""The decisions register (public and members) and the open-data files of it and of the
action items, with the same filters and access rules as their pages."""

from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import render

from meetings import register
from meetings.access import member_required
from meetings.forms import ActionFilterForm, DecisionFilterForm
from meetings.roles import is_member
from ros_portal.exports import download

FORMATS = ("csv", "xlsx", "json")


def _decisions(request):
    """The filter form and the decisions it selects, of those this reader may see."""
    decisions = register.decisions_for(is_member(request.user))
    form = DecisionFilterForm(request.GET or None, decisions=decisions)
    if form.is_valid():
        decisions = register.filter_decisions(decisions, form.cleaned_data)
    elif form.is_bound:
        decisions = decisions.none()
    return form, decisions


def decisions(request):
    form, rows = _decisions(request)
    page = Paginator(rows, 25).get_page(request.GET.get("sida"))
    query = request.GET.copy()
    query.pop("sida", None)
    context = {
        "form": form,
        "page": page,
        "query": query.urlencode(),
        "filtered": bool(query),
    }
    return render(request, "meetings/decisions.html", context)


def decisions_file(request, fmt):
    if fmt not in FORMATS:
        raise Http404
    _form, rows = _decisions(request)
    return download(*register.export_file("beslut", fmt, rows))


def filtered_action_items(request):
    """The filter form and the action items it selects, overdue first: the page and its files
    alike (an invalid filter selects nothing, as in the decisions register)."""
    form = ActionFilterForm(request.GET or None)
    items = register.action_items_queryset()
    if form.is_valid():
        items = register.filter_action_items(items, form.cleaned_data)
    elif form.is_bound:
        items = items.none()
    return form, register.with_overdue(items)


@member_required
def action_items_file(request, fmt):
    if fmt not in FORMATS:
        raise Http404
    _form, items = filtered_action_items(request)
    return download(*register.export_file("uppdrag", fmt, items))
