"""Meeting invitations (kallelser): "Skicka kallelse" for a planned meeting and cancelling it.

The invitation is an e-mail per invitee with an iCalendar REQUEST and the meeting pack. The same
meeting keeps one UID; a new invitation after its time or place changed is an update (SEQUENCE
one higher), and cancelling a meeting that was announced sends a CANCEL to everyone invited.
What was sent is kept as Invitation rows.
"""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Q
from django.utils.translation import gettext as _

from meetings import emails
from meetings.models import Invitation, Meeting, Person, Term
from meetings.models.meeting import Status
from meetings.models.notices import Method
from meetings.services import stamp


def invitee_addresses(meeting):
    """Everyone in office on the meeting's date, and everyone already on its attendance list
    (invited guests included), who has an address."""
    in_office = Term.objects.in_office(meeting.date).values("person_id")
    people = (
        Person.objects.filter(Q(pk__in=in_office) | Q(attendances__meeting=meeting))
        .distinct()
        .select_related("user")
    )
    return sorted({a for a in (emails.adjuster_address(p) for p in people) if a})


def _when_and_where(meeting):
    return (meeting.date, meeting.start_time, meeting.end_time, meeting.place)


def last_invitation(meeting):
    return meeting.invitations.order_by("-sent_at", "-pk").first()


def is_out_of_date(meeting, last=None):
    """An invitation went out, and the meeting's time or place has changed since."""
    last = last or last_invitation(meeting)
    return last is not None and last.when_and_where() != _when_and_where(meeting)


def _record(meeting, user, method, sequence, addresses):
    return Invitation.objects.create(
        meeting=meeting,
        method=method,
        sequence=sequence,
        date=meeting.date,
        start_time=meeting.start_time,
        end_time=meeting.end_time,
        place=meeting.place,
        recipients="\n".join(addresses),
        sent_by=user,
    )


@transaction.atomic
def send_invitation(meeting, user):
    """Send the invitation (or its update) to every invitee; returns the Invitation row."""
    from reports.meeting_pack import meeting_pack_pdf

    meeting = Meeting.objects.select_for_update().get(pk=meeting.pk)
    if meeting.status != Status.PLANNED:
        raise ValidationError(_("Kallelse skickas bara för planerade möten."))
    addresses = invitee_addresses(meeting)
    if not addresses:
        raise ValidationError(_("Ingen av ledamöterna eller gästerna har en e-postadress."))
    last = last_invitation(meeting)
    if last is None:
        sequence = 0
    elif is_out_of_date(meeting, last):
        sequence = last.sequence + 1
    else:
        sequence = last.sequence
    updated = last is not None and sequence > last.sequence
    pack = meeting_pack_pdf(meeting)
    emails.send_invitations(meeting, addresses, sequence=sequence, updated=updated, pack=pack)
    return _record(meeting, user, Method.REQUEST, sequence, addresses)


def update_if_moved(meeting, user):
    """After an edit: if the planned meeting was announced and its time or place has changed
    since, send the update at once. Returns the new Invitation, or None."""
    if meeting.status != Status.PLANNED or not is_out_of_date(meeting):
        return None
    return send_invitation(meeting, user)


@transaction.atomic
def cancel_meeting(meeting, user):
    """Planned -> cancelled; everyone invited so far gets a CANCEL. Returns the addresses."""
    meeting = Meeting.objects.select_for_update().get(pk=meeting.pk)
    if meeting.status != Status.PLANNED:
        raise ValidationError(_("Bara planerade möten kan ställas in."))
    meeting.status = Status.CANCELLED
    meeting.version += 1  # a page of the meeting opened before no longer shows what is stored
    stamp(meeting, user, _("Inställt")).save()
    sent = list(meeting.invitations.filter(method=Method.REQUEST))
    if not sent:
        return []
    addresses = sorted({a for i in sent for a in i.recipients.split()})
    sequence = max(i.sequence for i in sent) + 1
    emails.send_cancellations(meeting, addresses, sequence=sequence)
    _record(meeting, user, Method.CANCEL, sequence, addresses)
    return addresses
