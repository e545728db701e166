"""A member's choice of the notices they get by e-mail."""

from django.contrib import messages
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from meetings.access import member_required
from meetings.forms import NoticeSettingsForm
from meetings.models import NoticeSettings
from meetings.roles import is_secretary


@member_required
def notice_settings(request):
    chosen = NoticeSettings.objects.filter(user=request.user).first()
    # Every box unticked posts nothing at all: still a choice to save.
    data = request.POST if request.method == "POST" else None
    form = NoticeSettingsForm(data, instance=chosen or NoticeSettings())
    if not is_secretary(request.user):
        del form.fields["comment_digest"]
    if request.method == "POST" and form.is_valid():
        form.instance.user = request.user
        form.save()
        messages.success(request, _("Dina val är sparade."))
        return redirect("meetings:notice_settings")
    return render(request, "meetings/notice_settings.html", {"form": form})
