"""The bytes of an approved meeting's attachments are part of its record: the stored file an
attachment of approved minutes names can be neither changed nor deleted (see 0011's wall for
the attachment rows themselves). Upload storage never rewrites a file, so UPDATE of a stored
file's bytes or name is refused while approved minutes name it; DELETE likewise."""

from django.db import migrations

FROZEN = "ros: approved minutes are frozen (reopen them first)"

PG_FORWARD = f"""
CREATE OR REPLACE FUNCTION ros_guard_stored_file() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' AND NEW.name = OLD.name AND NEW.content = OLD.content THEN
    RETURN NEW;
  END IF;
  IF EXISTS (
    SELECT 1 FROM meetings_attachment a JOIN meetings_meeting m ON m.id = a.meeting_id
    WHERE a.file = OLD.name AND m.status = 'approved'
  ) THEN
    RAISE EXCEPTION '{FROZEN}' USING ERRCODE = 'restrict_violation';
  END IF;
  RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END $$;
CREATE TRIGGER ros_wall_storedfile BEFORE UPDATE OR DELETE ON ros_portal_storedfile
FOR EACH ROW EXECUTE FUNCTION ros_guard_stored_file();
"""
PG_REVERSE = """
DROP TRIGGER IF EXISTS ros_wall_storedfile ON ros_portal_storedfile;
DROP FUNCTION IF EXISTS ros_guard_stored_file();
"""

_NAMED_BY_APPROVED = (
    "EXISTS (SELECT 1 FROM meetings_attachment a JOIN meetings_meeting m ON m.id = a.meeting_id "
    "WHERE a.file = OLD.name AND m.status = 'approved')"
)
SQLITE_FORWARD = [
    "CREATE TRIGGER ros_wall_storedfile_update BEFORE UPDATE ON ros_portal_storedfile "
    f"WHEN (NEW.name IS NOT OLD.name OR NEW.content IS NOT OLD.content) AND {_NAMED_BY_APPROVED} "
    f"BEGIN SELECT RAISE(ABORT, '{FROZEN}'); END",
    "CREATE TRIGGER ros_wall_storedfile_delete BEFORE DELETE ON ros_portal_storedfile "
    f"WHEN {_NAMED_BY_APPROVED} BEGIN SELECT RAISE(ABORT, '{FROZEN}'); END",
]
SQLITE_REVERSE = [
    "DROP TRIGGER IF EXISTS ros_wall_storedfile_update",
    "DROP TRIGGER IF EXISTS ros_wall_storedfile_delete",
]


def _run(schema_editor, postgresql, sqlite):
    vendor = schema_editor.connection.vendor
    statements = {"postgresql": [postgresql], "sqlite": sqlite}.get(vendor, [])
    for statement in statements:
        schema_editor.execute(statement, params=None)


def build(apps, schema_editor):
    _run(schema_editor, PG_FORWARD, SQLITE_FORWARD)


def remove(apps, schema_editor):
    _run(schema_editor, PG_REVERSE, SQLITE_REVERSE)


class Migration(migrations.Migration):
    dependencies = [
        ("meetings", "0011_minutes_wall"),
        ("ros_portal", "0001_squashed_stored_file"),
    ]

    operations = [migrations.RunPython(build, remove)]
