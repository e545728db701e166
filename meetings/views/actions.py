"""Action items: open and done, filtered by owner and due date; closing with a note."""

from django.contrib import messages
from django.core.paginator import Paginator
from django.shortcuts import redirect, render
from django.template.loader import render_to_string
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _

from meetings import corrections, register
from meetings.access import get_closable_action, member_required
from meetings.forms import ActionFilterForm, CloseActionForm
from meetings.models.minutes import ActionStatus
from meetings.roles import is_secretary, person_of
from ros_portal import fragments
from ros_portal.pagecache import cache_page_per_user


@cache_page_per_user
@member_required
def action_items(request):
    form = ActionFilterForm(request.GET or None)
    items = register.action_items_queryset()
    if form.is_valid():
        items = register.filter_action_items(items, form.cleaned_data)
    items = register.with_overdue(items)
    page = Paginator(items, 25).get_page(request.GET.get("sida"))
    person = person_of(request.user)
    secretary = is_secretary(request.user)
    page.object_list = list(page.object_list)
    for item in page.object_list:
        owner = person is not None and any(o.pk == person.pk for o in item.owners.all())
        item.closable = item.status == ActionStatus.OPEN and (secretary or owner)
        item.overdue = item.overdue_rank == 0
    query = request.GET.copy()
    query.pop("sida", None)
    context = {
        "form": form,
        "page": page,
        "query": query.urlencode(),
    }
    return render(request, "meetings/action_items.html", {"body": _body(request, context)})


def _body(request, context):
    """The filter form, the table and the pager, cached under a digest of all they show.

    Rendered, the owner picker alone costs a template per person who owns an action item (69
    at scale), so the page grew with the register; now a repeated view costs a digest. The key
    holds the filter as typed (it decides the chosen options and any error), every person
    offered, every row shown with its meeting and owners, whether this user may close each
    one (the only per-user part), and the pagination; no CSRF token is in this GET form.
    """
    form, page = context["form"], context["page"]
    items = page.object_list
    key = fragments.content_key(
        "action-items",
        [(name, form.data.getlist(name)) for name in form.fields],
        list(form.fields["owner"].queryset),
        items,
        [item.meeting for item in items],
        [list(item.owners.all()) for item in items],
        [(item.closable, item.overdue) for item in items],
        (page.number, page.paginator.count, page.paginator.num_pages, context["query"]),
    )
    return mark_safe(  # noqa: S308 - the cached text is this template's own escaped output
        fragments.cached(
            key, lambda: render_to_string("meetings/_action_items_body.html", context, request)
        )
    )


@member_required
def close_action(request, pk):
    item = get_closable_action(request.user, pk)
    form = CloseActionForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        corrections.close_action_item(
            item, request.user, form.cleaned_data["status"], form.cleaned_data["done_note"]
        )
        messages.success(request, _("Uppdraget är avslutat."))
        return redirect("meetings:action_items")
    return render(request, "meetings/close_action.html", {"item": item, "form": form})
