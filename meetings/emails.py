"""E-mails of the minutes workflow, sent through Django's mail API."""

from django.conf import settings
from django.core.mail import send_mass_mail
from django.template.loader import render_to_string
from django.urls import NoReverseMatch, reverse
from django.utils import translation


def minutes_url(meeting):
    """The minutes in the portal; the admin page until the portal has its page."""
    try:
        path = reverse("meetings:meeting_detail", args=[meeting.pk])
    except NoReverseMatch:
        path = reverse("admin:meetings_meeting_change", args=[meeting.pk])
    return settings.SITE_URL + path


def adjuster_address(person):
    """The person's own address, or their login's."""
    if person.email:
        return person.email
    user = person.user
    return user.email if user is not None and user.email else None


def send_approval_requests(meeting, adjusters, sender=None):
    """Ask each adjuster to read and approve the minutes; returns the addresses written to."""
    url = minutes_url(meeting)
    messages, addresses = [], []
    with translation.override(settings.LANGUAGE_CODE):
        for person in adjusters:
            address = adjuster_address(person)
            if not address:
                continue
            context = {"meeting": meeting, "person": person, "url": url, "sender": sender}
            subject = render_to_string("meetings/email/sent_for_approval_subject.txt", context)
            body = render_to_string("meetings/email/sent_for_approval.txt", context)
            messages.append((" ".join(subject.split()), body, None, [address]))
            addresses.append(address)
    send_mass_mail(messages, fail_silently=False)
    return addresses
