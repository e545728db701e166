"""The database's own wall around approved minutes (see README, "What the database guarantees").

PostgreSQL: triggers refuse INSERT, UPDATE and DELETE of every row that makes up approved
minutes, whatever path the statement took. Only a reopening lifts it: inserting a Reopening row
(who, when, why) records its id in a transaction-local setting, and only a meeting with such a
reopening in this very transaction may leave the status "approved". The follow-up fields of an
action item stay writable. Archived PDFs and reopenings are append-only.

SQLite (the quick-start database) gets the same rules as plain triggers; it has no
transaction-local settings, so there a meeting may leave "approved" when a reopening of it was
logged at or after its approval.
"""

from django.db import migrations

FROZEN = "ros: approved minutes are frozen (reopen them first)"
APPEND_ONLY = "ros: this table is append-only"

# Rows of the minutes: table -> (column naming the meeting, or (column, parent table)).
MINUTES_ROWS = {
    "meetings_attendance": "meeting_id",
    "meetings_agendaitem": "meeting_id",
    "meetings_decision": "meeting_id",
    "meetings_actionitem": "meeting_id",
    "meetings_attachment": "meeting_id",
    "meetings_meeting_adjusters": "meeting_id",
    "meetings_meeting_upcoming": "from_meeting_id",
    "meetings_meeting_development_areas": "meeting_id",
    "meetings_agendaitem_presenters": ("agendaitem_id", "meetings_agendaitem"),
    "meetings_actionitem_owners": ("actionitem_id", "meetings_actionitem"),
}
# Written by the next meeting's follow-up, on approved minutes too.
FOLLOW_UP = {"meetings_actionitem": ["status", "followed_up_at_id", "done_note", "done_on"]}
# Meeting columns that change when the minutes are reopened.
WORKFLOW = ["status", "approved_at", "sent_for_approval_at"]
APPEND_ONLY_TABLES = ["meetings_archivedminutes", "meetings_reopening"]

# PostgreSQL ----------------------------------------------------------------------------------

PG_FUNCTIONS = f"""
CREATE OR REPLACE FUNCTION ros_is_frozen(meeting bigint) RETURNS boolean
LANGUAGE sql STABLE AS $$
  SELECT EXISTS (SELECT 1 FROM meetings_meeting WHERE id = meeting AND status = 'approved')
$$;

CREATE OR REPLACE FUNCTION ros_reopened_here(meeting bigint) RETURNS boolean
LANGUAGE sql STABLE AS $$
  SELECT EXISTS (
    SELECT 1 FROM meetings_reopening
    WHERE meeting_id = meeting
      AND id::text = ANY (string_to_array(current_setting('ros.reopenings', true), ','))
  )
$$;

CREATE OR REPLACE FUNCTION ros_note_reopening() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM set_config(
    'ros.reopenings',
    concat_ws(',', nullif(current_setting('ros.reopenings', true), ''), NEW.id::text),
    true
  );
  RETURN NEW;
END $$;

CREATE OR REPLACE FUNCTION ros_guard_meeting() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF OLD.status <> 'approved' THEN
    RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
  END IF;
  IF TG_OP = 'DELETE' THEN
    RAISE EXCEPTION '{FROZEN}' USING ERRCODE = 'restrict_violation';
  END IF;
  IF NEW.status = 'approved' THEN
    -- Staying approved: only the public-calendar flag may change.
    IF (to_jsonb(NEW) - 'is_public_event') IS DISTINCT FROM (to_jsonb(OLD) - 'is_public_event')
    THEN
      RAISE EXCEPTION '{FROZEN}' USING ERRCODE = 'restrict_violation';
    END IF;
    RETURN NEW;
  END IF;
  -- Leaving approved: only through a reopening logged in this transaction, workflow only.
  IF NOT ros_reopened_here(OLD.id)
     OR (to_jsonb(NEW) - ARRAY{WORKFLOW!r}) IS DISTINCT FROM (to_jsonb(OLD) - ARRAY{WORKFLOW!r})
  THEN
    RAISE EXCEPTION '{FROZEN}' USING ERRCODE = 'restrict_violation';
  END IF;
  RETURN NEW;
END $$;

-- TG_ARGV: [column naming the row's meeting or parent, parent table or '', follow-up columns…]
CREATE OR REPLACE FUNCTION ros_meeting_of(rec jsonb, ref_column text, parent text)
RETURNS bigint LANGUAGE plpgsql STABLE AS $$
DECLARE
  ref bigint := (rec ->> ref_column)::bigint;
  found bigint;
BEGIN
  IF parent = '' THEN
    RETURN ref;
  END IF;
  EXECUTE format('SELECT meeting_id FROM %I WHERE id = $1', parent) INTO found USING ref;
  RETURN found;
END $$;

CREATE OR REPLACE FUNCTION ros_guard_minutes_row() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  free text[] := coalesce(TG_ARGV[2:TG_NARGS - 1], ARRAY[]::text[]);
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE')
     AND ros_is_frozen(ros_meeting_of(to_jsonb(OLD), TG_ARGV[0], TG_ARGV[1])) THEN
    -- An update that changes nothing, or only the follow-up, is not a change of the minutes.
    IF TG_OP = 'UPDATE' AND (to_jsonb(NEW) - free) = (to_jsonb(OLD) - free) THEN
      RETURN NEW;
    END IF;
    RAISE EXCEPTION '{FROZEN}' USING ERRCODE = 'restrict_violation';
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE')
     AND ros_is_frozen(ros_meeting_of(to_jsonb(NEW), TG_ARGV[0], TG_ARGV[1])) THEN
    RAISE EXCEPTION '{FROZEN}' USING ERRCODE = 'restrict_violation';
  END IF;
  RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END $$;

CREATE OR REPLACE FUNCTION ros_refuse_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '{APPEND_ONLY}' USING ERRCODE = 'restrict_violation';
END $$;
"""  # noqa: S608 - built from this module's constants only


def _pg_triggers():
    statements = [
        "CREATE TRIGGER ros_wall BEFORE UPDATE OR DELETE ON meetings_meeting "
        "FOR EACH ROW EXECUTE FUNCTION ros_guard_meeting()",
        "CREATE TRIGGER ros_note_reopening AFTER INSERT ON meetings_reopening "
        "FOR EACH ROW EXECUTE FUNCTION ros_note_reopening()",
    ]
    for table, column in MINUTES_ROWS.items():
        column, parent = column if isinstance(column, tuple) else (column, "")
        args = ", ".join(f"'{arg}'" for arg in [column, parent, *FOLLOW_UP.get(table, [])])
        statements.append(
            f"CREATE TRIGGER ros_wall BEFORE INSERT OR UPDATE OR DELETE ON {table} "
            f"FOR EACH ROW EXECUTE FUNCTION ros_guard_minutes_row({args})"
        )
    for table in APPEND_ONLY_TABLES:
        statements.append(
            f"CREATE TRIGGER ros_wall BEFORE UPDATE OR DELETE ON {table} "
            "FOR EACH ROW EXECUTE FUNCTION ros_refuse_change()"
        )
    return statements


PG_DROP = [
    *(
        f"DROP TRIGGER IF EXISTS ros_wall ON {table}"
        for table in ["meetings_meeting", *MINUTES_ROWS, *APPEND_ONLY_TABLES]
    ),
    "DROP TRIGGER IF EXISTS ros_note_reopening ON meetings_reopening",
    "DROP FUNCTION IF EXISTS ros_guard_meeting(), ros_guard_minutes_row(), ros_refuse_change(), "
    "ros_note_reopening(), ros_meeting_of(jsonb, text, text), ros_is_frozen(bigint), "
    "ros_reopened_here(bigint)",
]

# SQLite --------------------------------------------------------------------------------------


def _sqlite_frozen(row, column):
    column, parent = column if isinstance(column, tuple) else (column, None)
    if parent is None:
        meeting = f"{row}.{column}"
    else:
        meeting = f"(SELECT meeting_id FROM {parent} WHERE id = {row}.{column})"  # noqa: S608
    approved = f"SELECT 1 FROM meetings_meeting WHERE id = {meeting} AND status = 'approved'"  # noqa: S608
    return f"EXISTS ({approved})"


def _changed(columns):
    return " OR ".join(f'OLD."{c}" IS NOT NEW."{c}"' for c in columns)


def _columns(connection, table):
    with connection.cursor() as cursor:
        return [
            column.name for column in connection.introspection.get_table_description(cursor, table)
        ]


def _sqlite_triggers(connection):
    meeting_columns = [
        c
        for c in _columns(connection, "meetings_meeting")
        if c not in ("is_public_event", *WORKFLOW)
    ]
    abort = f"SELECT RAISE(ABORT, '{FROZEN}');"
    reopened = (
        "EXISTS (SELECT 1 FROM meetings_reopening r WHERE r.meeting_id = OLD.id "
        "AND (OLD.approved_at IS NULL OR r.at >= OLD.approved_at))"
    )
    statements = [
        f"""CREATE TRIGGER ros_wall_meeting_update BEFORE UPDATE ON meetings_meeting
        WHEN OLD.status = 'approved' AND (
          {_changed(meeting_columns)}
          OR (NEW.status = 'approved' AND ({_changed(WORKFLOW[1:])}))
          OR (NEW.status <> 'approved' AND NOT {reopened})
        ) BEGIN {abort} END""",
        f"""CREATE TRIGGER ros_wall_meeting_delete BEFORE DELETE ON meetings_meeting
        WHEN OLD.status = 'approved' BEGIN {abort} END""",
    ]
    for table, column in MINUTES_ROWS.items():
        name = f"ros_wall_{table.removeprefix('meetings_')}"
        content = [c for c in _columns(connection, table) if c not in FOLLOW_UP.get(table, [])]
        update_when = (
            f"({_sqlite_frozen('OLD', column)} OR {_sqlite_frozen('NEW', column)}) "
            f"AND ({_changed(content)})"
        )
        statements += [
            f"CREATE TRIGGER {name}_insert BEFORE INSERT ON {table} "
            f"WHEN {_sqlite_frozen('NEW', column)} BEGIN {abort} END",
            f"CREATE TRIGGER {name}_update BEFORE UPDATE ON {table} "
            f"WHEN {update_when} BEGIN {abort} END",
            f"CREATE TRIGGER {name}_delete BEFORE DELETE ON {table} "
            f"WHEN {_sqlite_frozen('OLD', column)} BEGIN {abort} END",
        ]
    for table in APPEND_ONLY_TABLES:
        name = f"ros_wall_{table.removeprefix('meetings_')}"
        for operation in ("UPDATE", "DELETE"):
            statements.append(
                f"CREATE TRIGGER {name}_{operation.lower()} BEFORE {operation} ON {table} "
                f"BEGIN SELECT RAISE(ABORT, '{APPEND_ONLY}'); END"
            )
    return statements


def _sqlite_trigger_names(connection):
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'ros_wall%'"
        )
        return [row[0] for row in cursor.fetchall()]


def build_wall(apps, schema_editor):
    vendor = schema_editor.connection.vendor
    if vendor == "postgresql":
        schema_editor.execute(PG_FUNCTIONS, params=None)
        statements = _pg_triggers()
    elif vendor == "sqlite":
        statements = _sqlite_triggers(schema_editor.connection)
    else:
        raise NotImplementedError(f"No freeze triggers for {vendor}")
    for statement in statements:
        schema_editor.execute(statement, params=None)


def remove_wall(apps, schema_editor):
    connection = schema_editor.connection
    if connection.vendor == "postgresql":
        statements = PG_DROP
    else:
        statements = [f"DROP TRIGGER {name}" for name in _sqlite_trigger_names(connection)]
    for statement in statements:
        schema_editor.execute(statement, params=None)


class Migration(migrations.Migration):
    dependencies = [("meetings", "0010_freeze_in_database")]

    operations = [migrations.RunPython(build_wall, remove_wall)]
