"""Action items: open and done, filtered by status, owner, due date and a search; closing with
a note."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from meetings import services
from meetings.access import get_closable_action, member_required
from meetings.forms import CloseActionForm
from meetings.models.minutes import ActionStatus
from meetings.roles import is_secretary, person_of
from meetings.views.register import filtered_action_items


@member_required
def action_items(request):
    form, items = filtered_action_items(request)
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
    return render(request, "meetings/action_items.html", context)


@member_required
def close_action(request, pk):
    item = get_closable_action(request.user, pk)
    form = CloseActionForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.close_action_item(
                item,
                request.user,
                form.cleaned_data["done_note"],
                status=form.cleaned_data["status"],
            )
        except ValidationError as error:
            messages.error(request, error.messages[0])
        else:
            messages.success(request, _("Uppdraget är avslutat."))
        return redirect("meetings:action_items")
    return render(request, "meetings/close_action.html", {"item": item, "form": form})
