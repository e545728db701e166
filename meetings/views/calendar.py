"""Calendar subscriptions: the member's private feed URL (renewable) and the public feed."""

from django.contrib import messages
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from meetings import feeds
from meetings.access import member_required
from meetings.models import CalendarToken
from meetings.models.review import new_token
from meetings.roles import is_member


def _ics(body, name):
    response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'inline; filename="{name}.ics"'
    return response


@member_required
def calendar_page(request):
    token, _created = CalendarToken.objects.get_or_create(user=request.user)
    private_url = request.build_absolute_uri(
        reverse("meetings:calendar_private", args=[token.token])
    )
    public_url = request.build_absolute_uri(reverse("meetings:calendar_public"))
    return render(
        request, "meetings/calendar.html", {"private_url": private_url, "public_url": public_url}
    )


@member_required
@require_POST
def renew_token(request):
    CalendarToken.objects.update_or_create(user=request.user, defaults={"token": new_token()})
    messages.success(request, _("Du har fått en ny kalenderlänk. Den gamla fungerar inte längre."))
    return redirect("meetings:calendar")


def calendar_private(request, token):
    found = CalendarToken.objects.select_related("user").filter(token=token).first()
    # A token of someone who has left the group opens nothing.
    if found is None or not found.user.is_active or not is_member(found.user):
        raise Http404
    return _ics(feeds.private_feed(found.user), "ros-moten")


def calendar_public(request):
    return _ics(feeds.public_feed(), "ros-publikt")
