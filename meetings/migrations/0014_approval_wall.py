"""Who approved the minutes is part of their record (the public page's "Justerat av"): the
approvals of approved minutes can be neither inserted, changed nor deleted, like the other rows
of 0011's wall. A reopening sets the meeting to draft first and only then voids them."""

from django.db import migrations

FROZEN = "ros: approved minutes are frozen (reopen them first)"

PG_FORWARD = (
    "CREATE TRIGGER ros_wall BEFORE INSERT OR UPDATE OR DELETE ON meetings_approval "
    "FOR EACH ROW EXECUTE FUNCTION ros_guard_minutes_row('meeting_id', '')"
)
PG_REVERSE = "DROP TRIGGER IF EXISTS ros_wall ON meetings_approval"

_APPROVED = (
    "EXISTS (SELECT 1 FROM meetings_meeting WHERE id = {row}.meeting_id AND status = 'approved')"
)
_COLUMNS = ["meeting_id", "adjuster_id", "fingerprint", "approved_at", "voided_at"]
_CHANGED = " OR ".join(f'OLD."{c}" IS NOT NEW."{c}"' for c in _COLUMNS)
_ABORT = f"BEGIN SELECT RAISE(ABORT, '{FROZEN}'); END"
SQLITE_FORWARD = [
    "CREATE TRIGGER ros_wall_approval_insert BEFORE INSERT ON meetings_approval "
    f"WHEN {_APPROVED.format(row='NEW')} {_ABORT}",
    "CREATE TRIGGER ros_wall_approval_update BEFORE UPDATE ON meetings_approval "
    f"WHEN ({_APPROVED.format(row='OLD')} OR {_APPROVED.format(row='NEW')}) AND ({_CHANGED}) "
    f"{_ABORT}",
    "CREATE TRIGGER ros_wall_approval_delete BEFORE DELETE ON meetings_approval "
    f"WHEN {_APPROVED.format(row='OLD')} {_ABORT}",
]
SQLITE_REVERSE = [
    f"DROP TRIGGER IF EXISTS ros_wall_approval_{operation}"
    for operation in ("insert", "update", "delete")
]


def _run(schema_editor, postgresql, sqlite):
    vendor = schema_editor.connection.vendor
    statements = {"postgresql": postgresql, "sqlite": sqlite}.get(vendor, [])
    for statement in statements:
        schema_editor.execute(statement, params=None)


def build(apps, schema_editor):
    _run(schema_editor, [PG_FORWARD], SQLITE_FORWARD)


def remove(apps, schema_editor):
    _run(schema_editor, [PG_REVERSE], SQLITE_REVERSE)


class Migration(migrations.Migration):
    dependencies = [("meetings", "0013_calendar_token_labels")]

    operations = [migrations.RunPython(build, remove)]
