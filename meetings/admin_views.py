"""The meeting admin's own pages: workflow buttons, follow-up, PDF and Markdown preview.

Each page is thin: fetch the meeting with the admin's permission checks, one service call,
then a message and a redirect (or a confirmation page answering GET).
"""

import datetime

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpResponse, HttpResponseNotAllowed, JsonResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.translation import gettext, ngettext

from meetings import invitations, models, services, trail
from meetings.admin_forms import FollowUpForm, ReopenForm
from meetings.approval import active_approvals
from meetings.emails import adjuster_address
from meetings.models.meeting import Status
from ros_portal.markdown import render_markdown


def is_approved(meeting):
    return meeting is not None and meeting.status == Status.APPROVED


class MeetingWorkflowViews:
    """Mixed into MeetingAdmin: extra URLs under /admin/meetings/meeting/."""

    # Extra pages -----------------------------------------------------------------------------
    def get_urls(self):
        view = self.admin_site.admin_view
        return [
            path("forhandsgranska/", view(self.preview_view), name="meetings_markdown_preview"),
            path(
                "<int:pk>/kopiera-narvaro/",
                view(self.copy_attendance_view),
                name="meetings_meeting_copy_attendance",
            ),
            path(
                "ledamoter-i-tjanst/",
                view(self.members_in_office_view),
                name="meetings_meeting_members_in_office",
            ),
            path(
                "<int:pk>/skicka-for-justering/",
                view(self.send_view),
                name="meetings_meeting_send",
            ),
            path("<int:pk>/ateroppna/", view(self.reopen_view), name="meetings_meeting_reopen"),
            path(
                "<int:pk>/skicka-kallelse/", view(self.invite_view), name="meetings_meeting_invite"
            ),
            path("<int:pk>/stall-in/", view(self.cancel_view), name="meetings_meeting_cancel"),
            path("<int:pk>/pdf/", view(self.pdf_view), name="meetings_meeting_pdf"),
            path("<int:pk>/spar/", view(self.trail_view), name="meetings_meeting_trail"),
            path(
                "<int:pk>/aterkoppling/<int:item_pk>/",
                view(self.follow_up_view),
                name="meetings_meeting_follow_up",
            ),
            *super().get_urls(),
        ]

    def add_view(self, request, form_url="", extra_context=None):
        extra_context = {**(extra_context or {}), "can_send": True}
        return super().add_view(request, form_url, extra_context)

    def change_view(self, request, object_id, form_url="", extra_context=None):
        meeting = self.get_object(request, object_id)
        extra_context = extra_context or {}
        if meeting is not None:
            extra_context["can_send"] = meeting.status in (Status.PLANNED, Status.DRAFT)
            extra_context["follow_up_items"] = services.open_action_items_before(meeting)
            extra_context["follow_up_form"] = FollowUpForm()
            extra_context["can_edit_minutes"] = self.has_change_permission(request, meeting)
            extra_context["is_approved"] = is_approved(meeting)
            # The reopen view's own test: the right to change meetings at all.
            extra_context["can_reopen"] = is_approved(meeting) and self.has_change_permission(
                request
            )
            extra_context["last_invitation"] = invitations.last_invitation(meeting)
            extra_context["invitation_out_of_date"] = invitations.is_out_of_date(meeting)
            if meeting.status == Status.SENT:
                extra_context["to_void"] = services.approval_names(active_approvals(meeting))
        return super().change_view(request, object_id, form_url, extra_context)

    def _then_send(self, request, meeting, response):
        """ "Spara och skicka för justering": the page was saved (the response is the admin's
        redirect); now the confirmation, which shows exactly what was saved and is sent."""
        if "_send" in request.POST and response.status_code == 302:
            return redirect("admin:meetings_meeting_send", meeting.pk)
        return response

    def response_add(self, request, obj, post_url_continue=None):
        return self._then_send(request, obj, super().response_add(request, obj, post_url_continue))

    def response_change(self, request, obj):
        return self._then_send(request, obj, super().response_change(request, obj))

    def _meeting(self, request, pk, *, change):
        meeting = get_object_or_404(models.Meeting, pk=pk)
        if not self.has_view_permission(request, meeting):
            raise Http404
        if change and not self.has_change_permission(request, meeting):
            raise PermissionDenied
        return meeting

    def _change_url(self, meeting):
        return reverse("admin:meetings_meeting_change", args=[meeting.pk])

    def _confirm(self, request, meeting, *, title, question, button, form=None, sending=None):
        context = {
            **self.admin_site.each_context(request),
            "opts": self.opts,
            "original": meeting,
            "title": title,
            "question": question,
            "button": button,
            "form": form,
            "sending": sending,
            "change_url": self._change_url(meeting),
        }
        return TemplateResponse(request, "admin/meetings/meeting/confirm.html", context)

    def trail_view(self, request, pk):
        """The meeting's whole trail: every version of it and its rows, oldest first."""
        meeting = self._meeting(request, pk, change=False)
        context = {
            **self.admin_site.each_context(request),
            "opts": self.opts,
            "original": meeting,
            "title": gettext("Hela historiken: %(meeting)s") % {"meeting": meeting},
            "entries": trail.meeting_trail(meeting),
            "change_url": self._change_url(meeting),
        }
        return TemplateResponse(request, "admin/meetings/meeting/trail.html", context)

    def copy_attendance_view(self, request, pk):
        meeting = self._meeting(request, pk, change=True)
        if request.method == "POST":
            previous, added = services.copy_attendance_from_previous(meeting, request.user)
            if previous is None:
                messages.warning(request, gettext("Det finns inget tidigare möte med närvaro."))
            else:
                messages.success(
                    request,
                    gettext("%(count)d personer kopierades från mötet %(previous)s.")
                    % {"count": added, "previous": previous},
                )
            return redirect(self._change_url(meeting))
        previous = services.previous_meeting(meeting)
        question = (
            gettext("Kopiera närvarolistan från mötet %(previous)s? Gäster kopieras inte.")
            % {"previous": previous}
            if previous
            else gettext("Det finns inget tidigare möte med närvaro.")
        )
        return self._confirm(
            request,
            meeting,
            title=gettext("Kopiera närvaro från föregående möte"),
            question=question,
            button=gettext("Kopiera närvaro") if previous else None,
        )

    def members_in_office_view(self, request):
        """The people in office on ?datum=, as JSON rows for the attendance table (the page's
        script adds them before the meeting is saved); officials only with ?tjanstepersoner=1."""
        if not self.has_change_permission(request) and not self.has_add_permission(request):
            raise PermissionDenied
        try:
            day = datetime.date.fromisoformat(request.GET.get("datum", ""))
        except ValueError:
            return JsonResponse({"error": gettext("Ange mötets datum först.")}, status=400)
        terms = services.members_in_office(day, request.GET.get("tjanstepersoner") == "1")
        rows = [
            {"person": t.person_id, "name": t.person.name, "group": t.group, "role": t.role}
            for t in terms
        ]
        return JsonResponse({"people": rows})

    def send_view(self, request, pk):
        meeting = self._meeting(request, pk, change=True)
        if request.method == "POST":
            try:
                services.send_for_approval(
                    meeting, request.user, request.POST.get("fingerprint", "")
                )
            except ValidationError as error:
                messages.error(request, " ".join(error.messages))
            else:
                messages.success(request, gettext("Anteckningarna skickades för justering."))
                unreachable = [
                    p.name
                    for p in meeting.adjusters.select_related("user")
                    if not adjuster_address(p)
                ]
                if unreachable:
                    messages.warning(
                        request,
                        gettext("Ingen e-postadress till %(names)s: meddela dem på annat sätt.")
                        % {"names": ", ".join(unreachable)},
                    )
            return redirect(self._change_url(meeting))
        names = ", ".join(p.name for p in meeting.adjusters.all())
        return self._confirm(
            request,
            meeting,
            title=gettext("Skicka för justering"),
            question=gettext("Skicka anteckningarna till justerarna (%(names)s) med e-post?")
            % {"names": names or gettext("inga justerare angivna")},
            button=gettext("Skicka för justering"),
            sending=services.minutes_summary(meeting),
        )

    def invite_view(self, request, pk):
        meeting = self._meeting(request, pk, change=True)
        if request.method == "POST":
            try:
                invitation = invitations.send_invitation(meeting, request.user)
            except ValidationError as error:
                messages.error(request, " ".join(error.messages))
            else:
                messages.success(
                    request,
                    ngettext(
                        "Kallelsen skickades till %(count)d mottagare.",
                        "Kallelsen skickades till %(count)d mottagare.",
                        len(invitation.recipients.split()),
                    )
                    % {"count": len(invitation.recipients.split())},
                )
            return redirect(self._change_url(meeting))
        addresses = invitations.invitee_addresses(meeting)
        return self._confirm(
            request,
            meeting,
            title=gettext("Skicka kallelse"),
            question=gettext(
                "Skicka kallelsen med kalenderfil och mötespaket till %(count)d ledamöter och "
                "gäster med e-postadress? Har tid eller plats ändrats sedan en tidigare "
                "kallelse blir det en uppdatering av samma kalenderhändelse."
            )
            % {"count": len(addresses)},
            button=gettext("Skicka kallelse"),
        )

    def cancel_view(self, request, pk):
        meeting = self._meeting(request, pk, change=True)
        if request.method == "POST":
            try:
                addresses = invitations.cancel_meeting(meeting, request.user)
            except ValidationError as error:
                messages.error(request, " ".join(error.messages))
            else:
                messages.success(
                    request,
                    gettext("Mötet är inställt. %(count)d mottagare fick besked.")
                    % {"count": len(addresses)},
                )
            return redirect(self._change_url(meeting))
        return self._confirm(
            request,
            meeting,
            title=gettext("Ställ in mötet"),
            question=gettext(
                "Ställ in mötet? Alla som har fått kallelsen får ett besked som tar bort "
                "mötet ur deras kalender."
            ),
            button=gettext("Ställ in mötet"),
        )

    def reopen_view(self, request, pk):
        meeting = self._meeting(request, pk, change=False)
        # Permission to change meetings at all; this one is locked, which is why we are here.
        if not self.has_change_permission(request) or not is_approved(meeting):
            raise PermissionDenied
        form = ReopenForm(request.POST or None)
        if request.method == "POST" and form.is_valid():
            services.reopen(meeting, request.user, form.cleaned_data["reason"])
            messages.success(request, gettext("Anteckningarna är återöppnade och kan ändras."))
            return redirect(self._change_url(meeting))
        return self._confirm(
            request,
            meeting,
            title=gettext("Återöppna justerade anteckningar"),
            question=gettext(
                "Justeringarna blir ogiltiga och anteckningarna måste justeras igen. Skälet loggas."
            ),
            button=gettext("Återöppna"),
            form=form,
        )

    def pdf_view(self, request, pk):
        from reports.minutes import minutes_pdf

        meeting = self._meeting(request, pk, change=False)
        filename, content_type, data = minutes_pdf(meeting, cached=True)
        response = HttpResponse(data, content_type=content_type)
        response["Content-Disposition"] = f'inline; filename="{filename}"'
        return response

    def follow_up_view(self, request, pk, item_pk):
        if request.method != "POST":
            return HttpResponseNotAllowed(["POST"])
        meeting = self._meeting(request, pk, change=True)
        item = get_object_or_404(services.open_action_items_before(meeting), pk=item_pk)
        form = FollowUpForm(request.POST)
        if form.is_valid():
            services.close_action_item(
                item, request.user, form.cleaned_data["note"], meeting=meeting
            )
            messages.success(request, gettext("Uppdraget är markerat som klart."))
        else:
            messages.error(request, gettext("Skriv vad som återrapporterades."))
        return redirect(self._change_url(meeting) + "#aterkoppling")

    def preview_view(self, request):
        if request.method != "POST":
            return HttpResponseNotAllowed(["POST"])
        if not self.has_view_permission(request):
            raise PermissionDenied
        html = render_markdown(request.POST.get("text", ""))
        return HttpResponse(html, content_type="text/html; charset=utf-8")
