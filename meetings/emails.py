"""Every e-mail of the minutes workflow, sent through Django's mail API.

One message per recipient (nobody sees the others' addresses), written in the site's language,
dates as "12 mars 2026", each linking to the page where the reader acts. Templates live in
templates/meetings/email/.
"""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import EmailMessage, get_connection
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from meetings.roles import MEMBER, SECRETARY, person_of


def _url(name, pk):
    return settings.SITE_URL + reverse(name, args=[pk])


def _day(meeting):
    return date_format(meeting.date, "j F Y")


def adjuster_address(person):
    """The person's own address, or their login's."""
    if person.email:
        return person.email
    user = person.user
    return user.email if user is not None and user.email else None


def _own_addresses(user):
    """Addresses of the user who acted: nobody is mailed about their own change."""
    if user is None:
        return set()
    person = person_of(user)
    return {user.email, adjuster_address(person) if person else None} - {None, ""}


def _send(subject, template, context, recipients, acting_user=None):
    recipients = sorted({a for a in recipients if a} - _own_addresses(acting_user))
    if not recipients:
        return 0
    body = render_to_string(template, context)
    messages = [EmailMessage(subject, body, to=[address]) for address in recipients]
    return get_connection().send_messages(messages)


def send_approval_requests(meeting, adjusters, sender=None):
    """Ask each adjuster to read and approve the minutes; returns the addresses written to."""
    url = _url("meetings:approve", meeting.pk)
    addresses = []
    with translation.override(settings.LANGUAGE_CODE):
        subject = _("Minnesanteckningar %(date)s att justera") % {"date": _day(meeting)}
        for person in adjusters:
            address = adjuster_address(person)
            context = {"meeting": meeting, "person": person, "url": url, "sender": sender}
            if address and _send(
                subject, "meetings/email/sent_for_approval.txt", context, [address]
            ):
                addresses.append(address)
    return addresses


def approvals_voided(meeting, editor, voided):
    """Tell the adjusters (not the editor) that an edit voided the approvals given so far."""
    with translation.override(settings.LANGUAGE_CODE):
        subject = _("Justeringen upphävd: protokollet från %(date)s har ändrats") % {
            "date": _day(meeting)
        }
        context = {
            "meeting": meeting,
            "editor": editor.get_full_name() or editor.get_username(),
            "voided": voided,
            "url": _url("meetings:approve", meeting.pk),
        }
        recipients = [adjuster_address(p) for p in meeting.adjusters.select_related("user")]
        return _send(
            subject, "meetings/email/approvals_voided.txt", context, recipients, acting_user=editor
        )


def approved_and_published(meeting):
    """Tell the adjusters, the secretaries and the members that the minutes are public."""
    members = (
        get_user_model()
        .objects.filter(is_active=True, groups__name__in=[MEMBER, SECRETARY])
        .values_list("email", flat=True)
    )
    with translation.override(settings.LANGUAGE_CODE):
        subject = _("Protokollet från %(date)s är justerat och publicerat") % {
            "date": _day(meeting)
        }
        context = {
            "meeting": meeting,
            "approvals": meeting.approvals.filter(voided_at__isnull=True).select_related(
                "adjuster"
            ),
            "url": _url("meetings:public_minutes_detail", meeting.pk),
        }
        recipients = [
            *(adjuster_address(p) for p in meeting.adjusters.select_related("user")),
            *members,
        ]
        return _send(subject, "meetings/email/approved_and_published.txt", context, recipients)


def reminder(meeting, person):
    with translation.override(settings.LANGUAGE_CODE):
        subject = _("Påminnelse: protokollet från %(date)s väntar på din justering") % {
            "date": _day(meeting)
        }
        context = {
            "meeting": meeting,
            "person": person,
            "url": _url("meetings:approve", meeting.pk),
        }
        return _send(subject, "meetings/email/reminder.txt", context, [adjuster_address(person)])
