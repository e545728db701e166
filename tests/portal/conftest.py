"""Minutes to read, correct and approve: one meeting per status, about the named people."""

import datetime
import hashlib

import pytest
from django.core.files.base import ContentFile
from django.utils import timezone

from meetings.models import (
    ActionItem,
    AgendaItem,
    ArchivedMinutes,
    Attachment,
    Attendance,
    Decision,
    Meeting,
    Person,
)
from meetings.models.meeting import Kind, Status
from meetings.models.people import Group, Role

FAKE_PDF = b"%PDF-1.7\n% archived minutes for tests\n%%EOF\n"


def make_minutes(status, day, *, adjusters, secretary, owner, title="Sammanträde med RÖS-gruppen"):
    meeting = Meeting.objects.create(
        kind=Kind.STEERING,
        title=title,
        date=day,
        start_time=datetime.time(9, 30),
        end_time=datetime.time(15, 30),
        place="Regionens hus, Göteborg",
        status=Status.DRAFT,
        secretary=Person.objects.get(user=secretary),
    )
    meeting.adjusters.set(Person.objects.filter(user__in=adjusters))
    Attendance.objects.create(
        meeting=meeting,
        person=Person.objects.get(user=owner),
        group=Group.CIVIL_SOCIETY,
        role=Role.MEMBER,
    )
    item = AgendaItem.objects.create(
        meeting=meeting,
        order=1,
        heading="Verksamhetsplan och budget",
        body="Budgeten för RÖS-arbetet skrivs upp med 3,1 procent för år 2026.",
    )
    Decision.objects.create(
        meeting=meeting, agenda_item=item, text="RÖS-gruppen beslutade att fira överenskommelsen."
    )
    action = ActionItem.objects.create(
        meeting=meeting,
        agenda_item=item,
        text="Utreda intresset för en konferens med regionala överenskommelser.",
        due_date=day + datetime.timedelta(days=60),
    )
    action.owners.set([Person.objects.get(user=owner)])
    attachment = Attachment(meeting=meeting, title="Presentation budget", size=12)
    attachment.file.save("budget.txt", ContentFile(b"budget 2026\n"), save=False)
    attachment.save()
    if status == Status.APPROVED:
        now = timezone.now()
        for person in meeting.adjusters.all():
            meeting.approvals.create(adjuster=person, fingerprint="0" * 64, approved_at=now)
        ArchivedMinutes.objects.create(
            meeting=meeting,
            pdf=FAKE_PDF,
            sha256=hashlib.sha256(FAKE_PDF).hexdigest(),
            fingerprint="0" * 64,
        )
    Meeting.objects.filter(pk=meeting.pk).update(
        status=status,
        sent_for_approval_at=timezone.now() if status != Status.DRAFT else None,
        approved_at=timezone.now() if status == Status.APPROVED else None,
    )
    meeting.refresh_from_db()
    return meeting


@pytest.fixture
def people(secretary, process_leader, adjuster, second_adjuster, member, outsider, administrator):
    return {
        "secretary": secretary,
        "process_leader": process_leader,
        "adjuster": adjuster,
        "second_adjuster": second_adjuster,
        "member": member,
        "outsider": outsider,
        "administrator": administrator,
    }


@pytest.fixture
def sent_minutes(people):
    """November 2025: sent to Jan Linde and Soraya Zarza Lundberg for approval."""
    return make_minutes(
        Status.SENT,
        datetime.date(2025, 11, 20),
        adjusters=[people["adjuster"], people["second_adjuster"]],
        secretary=people["secretary"],
        owner=people["member"],
    )


@pytest.fixture
def draft_minutes(people):
    return make_minutes(
        Status.DRAFT,
        datetime.date(2025, 12, 5),
        adjusters=[people["adjuster"], people["second_adjuster"]],
        secretary=people["secretary"],
        owner=people["member"],
        title="Utkast: decembermötet",
    )


@pytest.fixture
def approved_minutes(people):
    """September 2025: approved, archived and public."""
    return make_minutes(
        Status.APPROVED,
        datetime.date(2025, 9, 5),
        adjusters=[people["adjuster"], people["second_adjuster"]],
        secretary=people["secretary"],
        owner=people["member"],
        title="Mötesanteckningar styrgruppen",
    )


@pytest.fixture(autouse=True)
def private_files(settings, tmp_path):
    """Attachments written by tests go to a temporary folder."""
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {
            "BACKEND": "django.core.files.storage.FileSystemStorage",
            "OPTIONS": {"location": str(tmp_path), "base_url": None},
        },
    }
