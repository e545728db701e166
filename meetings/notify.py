"""The portal's e-mails: approvals voided, minutes approved and published, reminders."""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import EmailMessage, get_connection
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _

from meetings.roles import MEMBER, SECRETARY


def _url(name, pk):
    return settings.SITE_URL + reverse(name, args=[pk])


def _send(subject, template, context, recipients):
    """One message per recipient, so nobody sees the others' addresses."""
    recipients = sorted({address for address in recipients if address})
    if not recipients:
        return 0
    with translation.override(settings.LANGUAGE_CODE):
        body = render_to_string(template, context)
        subject = str(subject)
    messages = [EmailMessage(subject, body, to=[address]) for address in recipients]
    return get_connection().send_messages(messages)


def _adjuster_addresses(meeting):
    return [p.email or (p.user.email if p.user_id else "") for p in meeting.adjusters.all()]


def approvals_voided(meeting, editor, voided):
    with translation.override(settings.LANGUAGE_CODE):
        subject = _("Justeringen upphävd: protokollet från %(date)s har ändrats") % {
            "date": meeting.date.strftime("%Y-%m-%d")
        }
    context = {
        "meeting": meeting,
        "editor": editor.get_full_name() or editor.get_username(),
        "voided": voided,
        "url": _url("meetings:approve", meeting.pk),
    }
    return _send(
        subject, "meetings/mail/approvals_voided.txt", context, _adjuster_addresses(meeting)
    )


def approved_and_published(meeting):
    """Tell the adjusters, the secretaries and the members that the minutes are public."""
    with translation.override(settings.LANGUAGE_CODE):
        subject = _("Protokollet från %(date)s är justerat och publicerat") % {
            "date": meeting.date.strftime("%Y-%m-%d")
        }
    members = (
        get_user_model()
        .objects.filter(is_active=True, groups__name__in=[MEMBER, SECRETARY])
        .values_list("email", flat=True)
    )
    context = {
        "meeting": meeting,
        "approvals": meeting.approvals.filter(voided_at__isnull=True).select_related("adjuster"),
        "url": _url("meetings:public_minutes_detail", meeting.pk),
    }
    recipients = [*_adjuster_addresses(meeting), *members]
    return _send(subject, "meetings/mail/approved_and_published.txt", context, recipients)


def reminder(meeting, person):
    with translation.override(settings.LANGUAGE_CODE):
        subject = _("Påminnelse: protokollet från %(date)s väntar på din justering") % {
            "date": meeting.date.strftime("%Y-%m-%d")
        }
    address = person.email or (person.user.email if person.user_id else "")
    context = {"meeting": meeting, "person": person, "url": _url("meetings:approve", meeting.pk)}
    return _send(subject, "meetings/mail/reminder.txt", context, [address])
