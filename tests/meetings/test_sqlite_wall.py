"""The quick-start database (SQLite, `make run`) keeps the wall around approved minutes when a
migration rebuilds a walled table: 0018 adds a version to attendance and attachments."""

from tests.sqlite_shell import run_on_sqlite

SCRIPT = """
import datetime
from django.core.management import call_command

# Migrated, taken back before 0018 and forward again, as an existing database meets 0018.
for target in ([], ["meetings", "0017"], []):
    call_command("migrate", *target, verbosity=0)

from django.core.files.base import ContentFile
from django.db import DatabaseError, connection, transaction
from meetings.models import Attachment, Attendance, Meeting, Person

person = Person.objects.create(name="Kerstin Söderberg")
approved, draft = (
    Meeting.objects.create(title=title, date=datetime.date(2025, 9, 5))
    for title in ("Justerat", "Utkast")
)
for meeting in (approved, draft):
    Attendance.objects.create(meeting=meeting, person=person, order=1)
    attachment = Attachment(meeting=meeting, title="Bilaga")
    attachment.file.save(f"{meeting.pk}.pdf", ContentFile(b"%PDF-1.7"), save=True)
Meeting.objects.filter(pk=approved.pk).update(status="approved")
# Past the models' own checks, straight to the database.
doors = {
    "attendance note": "UPDATE meetings_attendance SET note = 'Smyg' WHERE meeting_id = %s",
    "attendance version": "UPDATE meetings_attendance SET version = 9 WHERE meeting_id = %s",
    "attendance delete": "DELETE FROM meetings_attendance WHERE meeting_id = %s",
    "attachment title": "UPDATE meetings_attachment SET title = 'Smyg' WHERE meeting_id = %s",
    "attachment version": "UPDATE meetings_attachment SET version = 9 WHERE meeting_id = %s",
    "attachment bytes": "UPDATE ros_portal_storedfile SET content = X'00' WHERE name IN "
    "(SELECT file FROM meetings_attachment WHERE meeting_id = %s)",
}
for name, door in doors.items():
    try:
        with transaction.atomic(), connection.cursor() as cursor:
            cursor.execute(door, [approved.pk])
    except DatabaseError as error:
        print("refused", name, error)
    else:
        print("PASSED", name)
with connection.cursor() as cursor:
    cursor.execute(
        "UPDATE meetings_attendance SET note = 'Rättad', version = 2 WHERE meeting_id = %s",
        [draft.pk],
    )
print("corrected", draft.attendances.get().note)
"""


def test_on_sqlite_approved_minutes_refuse_every_side_door_after_the_versions_migration(
    tmp_path,
):
    lines = run_on_sqlite(tmp_path, SCRIPT)
    assert [line for line in lines if not line.startswith("refused ")] == ["corrected Rättad"]
    assert len(lines) == 7
    assert all("frozen" in line for line in lines[:-1])
