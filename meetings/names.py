"""One name per person: find a person by name, other spelling or initials, and find the names
in the record that match no one ("Janne Norlin" where the register says "Janne Nolin").
"""

import difflib
import re
from dataclasses import dataclass

from django.utils.translation import gettext as _

# Two to four capitalised words: "Ann-Marie Ekström", "Soraya Zarza Lundberg".
_WORD = r"[A-ZÅÄÖÉ][a-zåäöéüæø]+(?:-[A-ZÅÄÖÉ][a-zåäöéüæø]+)?"
NAME = re.compile(rf"\b{_WORD}(?: {_WORD}){{1,3}}\b")
INITIALS = re.compile(r"^[A-ZÅÄÖ]{2,5}$")
APPROVAL_LINE = re.compile(r"Justerat av:?\s*(?P<names>[^\n.]+)", re.I)
SEPARATORS = re.compile(r"\s*(?:,|;|&|\boch\b|\bsamt\b)\s*")


def _key(text):
    return " ".join(text.split()).casefold()


class Register:
    """The person register as three lookups (name, other spelling, initials), read once."""

    def __init__(self):
        from meetings.models import Person

        self.by_name, self.by_initials = {}, {}
        for person in Person.objects.prefetch_related("aliases"):
            self.by_name[_key(person.name)] = person
            for alias in person.aliases.all():
                self.by_name.setdefault(_key(alias.name), person)
            if person.initials:
                self.by_initials.setdefault(person.initials.upper(), []).append(person)
        self.first_names = {key.split()[0] for key in self.by_name}

    def find(self, text):
        """The person a name, other spelling or initials stand for, or None (also when the
        initials are shared by two people)."""
        text = " ".join(text.split())
        if INITIALS.match(text):
            people = self.by_initials.get(text, [])
            return people[0] if len(people) == 1 else None
        return self.by_name.get(_key(text))

    def suggest(self, text):
        """The closest known name, or ""."""
        names = {person.name for person in self.by_name.values()}
        close = difflib.get_close_matches(text, sorted(names), n=1, cutoff=0.75)
        return close[0] if close else ""


def resolve_line(text, register=None):
    """The people of an approval line, "JL, SZL, ES" or "Jan Linde och Erica Sjölin":
    (people in order, the parts that match no one)."""
    register = register or Register()
    people, unknown = [], []
    for part in SEPARATORS.split(text or ""):
        part = part.strip(" .:")
        if not part:
            continue
        person = register.find(part)
        if person is None:
            unknown.append(part)
        elif person not in people:
            people.append(person)
    return people, unknown


@dataclass(frozen=True)
class UnknownName:
    """A name in the record that matches no person, other spelling or initials."""

    name: str
    where: str
    suggestion: str


def _candidates(text, register):
    """Names in a text worth checking: those starting with a known first name or close to a
    known name (so "Västra Götalandsregionen" is not taken for a person), and initials in an
    approval line."""
    for match in NAME.finditer(text or ""):
        name = match.group(0)
        first = _key(name).split()[0]
        if first in register.first_names or register.suggest(name):
            yield name
    for line in APPROVAL_LINE.finditer(text or ""):
        for part in SEPARATORS.split(line.group("names")):
            part = part.strip(" .:")
            if INITIALS.match(part):
                yield part


def _texts():
    """(where, text) for the minutes' texts and the attendance notes."""
    from meetings.models import ActionItem, AgendaItem, Attendance, Decision

    def meeting_label(date):
        return _("möte %(date)s") % {"date": date.isoformat()}

    for date, heading, body in AgendaItem.objects.values_list(
        "meeting__date", "heading", "body"
    ).order_by("meeting__date", "order", "pk"):
        yield f"{meeting_label(date)}, {heading}", body
    for date, number, year, text in Decision.objects.values_list(
        "meeting__date", "number", "year", "text"
    ).order_by("year", "number"):
        yield f"{meeting_label(date)}, § {number}/{year}", text
    for date, text in ActionItem.objects.values_list("meeting__date", "text").order_by(
        "meeting__date", "pk"
    ):
        yield f"{meeting_label(date)}, {_('uppdrag')}", text
    for date, person, note in (
        Attendance.objects.exclude(note="")
        .values_list("meeting__date", "person__name", "note")
        .order_by("meeting__date", "order")
    ):
        yield f"{meeting_label(date)}, {_('närvaro')} {person}", note


def unknown_names():
    """[UnknownName] for every name in the minutes and attendance notes that matches no one."""
    register = Register()
    found, seen = [], set()
    for where, text in _texts():
        for name in _candidates(text, register):
            if register.find(name) is None and (name, where) not in seen:
                seen.add((name, where))
                found.append(UnknownName(name, where, register.suggest(name)))
    return found
