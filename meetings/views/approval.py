"""The approval page: the minutes, their fingerprint, who has approved, and the adjuster's
approve button carrying the version shown on this page."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from meetings import approval
from meetings.access import get_meeting_for_member, is_adjuster, member_required
from meetings.forms import ApproveForm
from meetings.views.portal import load_minutes


@member_required
def approve(request, pk):
    meeting = get_meeting_for_member(request.user, pk)
    if not is_adjuster(request.user, meeting):
        raise PermissionDenied
    error = None
    if request.method == "POST":
        form = ApproveForm(request.POST)
        if not form.is_valid():
            # A form from outside the page: without a version there is nothing to bind to.
            error = _(
                "Justeringen är inte registrerad: den saknade versionen av protokollet. "
                "Läs protokollet nedan och justera igen."
            )
        else:
            try:
                approval.approve(meeting, request.user, form.cleaned_data["fingerprint"])
            except approval.ApprovalRefused as refused:
                error = str(refused)
            else:
                meeting.refresh_from_db()
                if meeting.is_approved:
                    messages.success(
                        request, _("Tack! Alla har justerat: protokollet är låst och publicerat.")
                    )
                else:
                    messages.success(request, _("Tack! Din justering är registrerad."))
                return redirect("meetings:approve", pk=meeting.pk)
    # The minutes shown and the version the form carries come from one load: what she reads
    # here is exactly what she approves (an edit in between is refused when she presses).
    load_minutes(meeting)
    current = approval.fingerprint(meeting, prefetched=True)
    read = request.GET.get("version")
    approvals = list(approval.active_approvals(meeting))
    mine = any(
        a.adjuster.user_id == request.user.pk and a.fingerprint == current for a in approvals
    )
    context = {
        "meeting": meeting,
        "fingerprint": current,
        "short_fingerprint": approval.short_fingerprint(current),
        "approvals": approvals,
        "approved_ids": {a.adjuster_id for a in approvals},
        "mine": mine,
        "error": error,
        # Came from the meeting page, which showed another version than this one.
        "changed_since_read": bool(read) and read != current and not error,
        "form": ApproveForm(initial={"fingerprint": current}),
    }
    return render(request, "meetings/approve.html", context, status=409 if error else 200)
