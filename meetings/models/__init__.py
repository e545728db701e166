from meetings.models.dialogue import DialogueOrganisation
from meetings.models.freeze import MinutesFrozen
from meetings.models.meeting import Attendance, Meeting
from meetings.models.minutes import ActionItem, AgendaItem, Attachment, Decision
from meetings.models.notices import Invitation, NoticeSettings, SentNotice
from meetings.models.people import AccessGrant, Person, PersonAlias, Term
from meetings.models.review import (
    Approval,
    ArchivedMinutes,
    CalendarToken,
    Comment,
    Reopening,
)

__all__ = [
    "AccessGrant",
    "ActionItem",
    "AgendaItem",
    "Approval",
    "ArchivedMinutes",
    "Attachment",
    "Attendance",
    "CalendarToken",
    "Comment",
    "Decision",
    "DialogueOrganisation",
    "Invitation",
    "Meeting",
    "MinutesFrozen",
    "NoticeSettings",
    "Person",
    "PersonAlias",
    "Reopening",
    "SentNotice",
    "Term",
]
