"""Every e-mail of the minutes workflow, sent through Django's mail API.

One message per recipient (nobody sees the others' addresses), written in the site's language,
dates as "12 mars 2026", each linking to the page where the reader acts. Templates live in
templates/meetings/email/.
"""

from django.conf import settings
from django.core.mail import EmailMessage, get_connection
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from meetings.roles import member_users, person_of
from meetings.templatetags.markup import short_title


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


def _one_line(subject):
    """The subject on one line. A title pasted from Word carries a vertical tab for a line
    break; the mail library reads that (and the other line separators of Unicode) as a line
    break, so that in a header it would start another header or refuse to write the mail."""
    return " ".join(subject.split())


def _send(subject, template, context, recipients, acting_user=None):
    recipients = sorted({a for a in recipients if a} - _own_addresses(acting_user))
    if not recipients:
        return 0
    body = render_to_string(template, context)
    messages = [EmailMessage(_one_line(subject), body, to=[address]) for address in recipients]
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
    members = member_users().values_list("email", flat=True)
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


def _when(meeting):
    """ "12 mars 2026 kl. 09.30–15.30" """
    text = _day(meeting)
    if meeting.start_time:
        text += " " + _("kl. %(time)s") % {"time": meeting.start_time.strftime("%H.%M")}
        if meeting.end_time:
            text += "–" + meeting.end_time.strftime("%H.%M")
    return text


def send_invitations(meeting, addresses, *, sequence, updated, pack):
    """The invitation (kallelse): per invitee an e-mail with the .ics and the meeting pack."""
    from meetings.feeds import invitation_ics

    filename, content_type, pdf = pack
    with translation.override(settings.LANGUAGE_CODE):
        template = (
            _("Ändrad kallelse: %(title)s %(date)s")
            if updated
            else _("Kallelse: %(title)s %(date)s")
        )
        subject = template % {"title": short_title(meeting), "date": _day(meeting)}
        context = {
            "meeting": meeting,
            "when": _when(meeting),
            "updated": updated,
            "url": _url("meetings:meeting_detail", meeting.pk),
        }
        body = render_to_string("meetings/email/invitation.txt", context)
    messages = []
    for address in addresses:
        ics = invitation_ics(meeting, sequence=sequence, method="REQUEST", address=address)
        message = EmailMessage(_one_line(subject), body, to=[address])
        message.attach("kallelse.ics", ics, "text/calendar; method=REQUEST; charset=utf-8")
        message.attach(filename, pdf, content_type)
        messages.append(message)
    return get_connection().send_messages(messages)


def send_cancellations(meeting, addresses, *, sequence):
    from meetings.feeds import invitation_ics

    with translation.override(settings.LANGUAGE_CODE):
        subject = _("Inställt: %(title)s %(date)s") % {
            "title": short_title(meeting),
            "date": _day(meeting),
        }
        body = render_to_string(
            "meetings/email/meeting_cancelled.txt", {"meeting": meeting, "when": _when(meeting)}
        )
    messages = []
    for address in addresses:
        ics = invitation_ics(meeting, sequence=sequence, method="CANCEL", address=address)
        message = EmailMessage(_one_line(subject), body, to=[address])
        message.attach("installt.ics", ics, "text/calendar; method=CANCEL; charset=utf-8")
        messages.append(message)
    return get_connection().send_messages(messages)


def action_reminder(item, address, *, overdue):
    """Remind an owner of an action item: a week before its due date, or once it is overdue."""
    with translation.override(settings.LANGUAGE_CODE):
        template = (
            _("Försenat uppdrag: klart senast %(date)s")
            if overdue
            else _("Påminnelse: uppdrag klart senast %(date)s")
        )
        subject = template % {"date": date_format(item.due_date, "j F Y")}
        context = {
            "item": item,
            "overdue": overdue,
            "due": date_format(item.due_date, "j F Y"),
            "url": settings.SITE_URL + reverse("meetings:action_items") + "?status=open",
            "settings_url": settings.SITE_URL + reverse("meetings:notice_settings"),
        }
        return _send(subject, "meetings/email/action_reminder.txt", context, [address])


def draft_open(meeting, address):
    """Tell a member that draft minutes are open for comments, and until when."""
    with translation.override(settings.LANGUAGE_CODE):
        subject = _("Utkast att kommentera: %(title)s %(date)s") % {
            "title": short_title(meeting),
            "date": _day(meeting),
        }
        context = {
            "meeting": meeting,
            "deadline": date_format(meeting.comments_until, "j F Y"),
            "url": _url("meetings:meeting_detail", meeting.pk),
            "settings_url": settings.SITE_URL + reverse("meetings:notice_settings"),
        }
        return _send(subject, "meetings/email/draft_open.txt", context, [address])


def comment_digest(comments, address, day):
    """The day's new comments on drafts, grouped by meeting, in one mail to the secretary."""
    meetings = {}
    for comment in comments:
        meetings.setdefault(comment.agenda_item.meeting, []).append(comment)
    with translation.override(settings.LANGUAGE_CODE):
        subject = _("Nya kommentarer %(date)s") % {"date": date_format(day, "j F Y")}
        context = {
            "meetings": [
                (meeting, _url("meetings:meeting_detail", meeting.pk), rows)
                for meeting, rows in meetings.items()
            ],
            "settings_url": settings.SITE_URL + reverse("meetings:notice_settings"),
        }
        return _send(subject, "meetings/email/comment_digest.txt", context, [address])
