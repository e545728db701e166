"""Corrections in the portal: edit an item as a new version, refuse stale saves, show diffs."""

from django.contrib import messages
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _

from meetings import approval, corrections, services
from meetings.access import get_correctable, get_item_for_history, member_required
from meetings.forms import CORRECTION_FORMS
from meetings.models import ActionItem, AgendaItem, Decision
from ros_portal.locking import StaleEdit

ANCHORS = {AgendaItem: "punkt", Decision: "beslut", ActionItem: "uppdrag"}


def _back(obj):
    url = reverse("meetings:meeting_detail", args=[obj.meeting_id])
    return f"{url}#{ANCHORS[type(obj)]}-{obj.pk}"


@member_required
def edit_item(request, kind, pk):
    obj = get_correctable(request.user, kind, pk)
    form_class = CORRECTION_FORMS[type(obj)]
    conflict = None
    if request.method == "POST":
        form = form_class(request.POST, instance=obj)
        if form.is_valid():
            try:
                _saved, voided = corrections.save_correction(
                    obj, request.user, form.cleaned_data["version"], form.changes()
                )
            except StaleEdit as stale:
                conflict = stale
                # Keep the user's text; from now on the form is based on the other version,
                # so saving again is a conscious choice made after reading it.
                data = request.POST.copy()
                data["version"] = stale.current.version
                # Not validated again: validation would copy her text onto stale.current.
                form = form_class(data, instance=type(obj)(pk=obj.pk))
            else:
                messages.success(request, _("Ändringen är sparad som en ny version."))
                if voided:
                    messages.warning(
                        request,
                        _("Justeringarna från %(names)s upphävdes. De har fått e-post om det.")
                        % {"names": services.approval_names(voided)},
                    )
                return redirect(_back(obj))
    else:
        form = form_class(instance=obj, initial={"version": obj.version})
    context = {
        "form": form,
        "obj": obj,
        "kind": kind,
        "meeting": obj.meeting,
        "conflict": conflict,
        "back_url": _back(obj),
        "to_void": services.approval_names(approval.active_approvals(obj.meeting)),
    }
    return render(request, "meetings/edit_item.html", context, status=409 if conflict else 200)


@member_required
def item_history(request, kind, pk):
    obj = get_item_for_history(kind, pk)
    records = corrections.versions(obj)
    by_id = {str(r.history_id): r for r in records}
    newest = records[0] if records else None
    older = records[1] if len(records) > 1 else newest
    old_record = by_id.get(request.GET.get("fran", ""), older)
    new_record = by_id.get(request.GET.get("till", ""), newest)
    if old_record is None or new_record is None:
        raise Http404
    context = {
        "obj": obj,
        "kind": kind,
        "meeting": obj.meeting,
        "records": records,
        "old": old_record,
        "new": new_record,
        "rows": corrections.diff_records(type(obj), old_record, new_record),
        "back_url": _back(obj),
    }
    return render(request, "meetings/item_history.html", context)
