"""The database's own wall around a published annual report (see README, "What the database
guarantees"), like the one around approved minutes.

While a report is published its text cannot change by any path (the ORM, `update()`, raw SQL):
the report row may change only its status (back to draft is the way to correct it), the date it
was published and its version; its sections can be neither added, changed nor deleted; the
report cannot be deleted. Each publication's PDF stays in the append-only archive, so what was
published is kept whatever happens after. SQLite (the quick-start database) gets the same rules
as plain triggers, and now the archive's append-only rule too.
"""

from django.db import migrations

FROZEN = "ros: a published annual report is frozen (set it back to draft first)"
APPEND_ONLY = "ros: this table is append-only"
# What may change on a published report: the status, and what the workflow stamps.
WORKFLOW = ["status", "published_at", "version"]

PG_CREATE = f"""
CREATE OR REPLACE FUNCTION ros_report_published(report bigint) RETURNS boolean
LANGUAGE sql STABLE AS $$
  SELECT EXISTS (SELECT 1 FROM reports_annualreport WHERE id = report AND status = 'published')
$$;

CREATE OR REPLACE FUNCTION ros_guard_report() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF OLD.status <> 'published' THEN
    RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
  END IF;
  IF TG_OP = 'DELETE'
     OR (to_jsonb(NEW) - ARRAY{WORKFLOW!r}) IS DISTINCT FROM (to_jsonb(OLD) - ARRAY{WORKFLOW!r})
  THEN
    RAISE EXCEPTION '{FROZEN}' USING ERRCODE = 'restrict_violation';
  END IF;
  RETURN NEW;
END $$;

CREATE OR REPLACE FUNCTION ros_guard_report_section() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' AND to_jsonb(NEW) = to_jsonb(OLD) THEN
    RETURN NEW;
  END IF;
  IF (TG_OP IN ('UPDATE', 'DELETE') AND ros_report_published(OLD.report_id))
     OR (TG_OP IN ('INSERT', 'UPDATE') AND ros_report_published(NEW.report_id)) THEN
    RAISE EXCEPTION '{FROZEN}' USING ERRCODE = 'restrict_violation';
  END IF;
  RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END $$;

CREATE TRIGGER ros_wall BEFORE UPDATE OR DELETE ON reports_annualreport
  FOR EACH ROW EXECUTE FUNCTION ros_guard_report();
CREATE TRIGGER ros_wall BEFORE INSERT OR UPDATE OR DELETE ON reports_reportsection
  FOR EACH ROW EXECUTE FUNCTION ros_guard_report_section();
"""

PG_DROP = """
DROP TRIGGER IF EXISTS ros_wall ON reports_annualreport;
DROP TRIGGER IF EXISTS ros_wall ON reports_reportsection;
DROP FUNCTION IF EXISTS ros_guard_report(), ros_guard_report_section(),
  ros_report_published(bigint);
"""


def _columns(connection, table):
    with connection.cursor() as cursor:
        return [
            column.name for column in connection.introspection.get_table_description(cursor, table)
        ]


def _changed(columns):
    return " OR ".join(f'OLD."{c}" IS NOT NEW."{c}"' for c in columns)


def _published(row):
    return (
        "EXISTS (SELECT 1 FROM reports_annualreport "  # noqa: S608 - fixed names only
        f"WHERE id = {row}.report_id AND status = 'published')"
    )


def _sqlite_triggers(connection):
    abort = f"SELECT RAISE(ABORT, '{FROZEN}');"
    content = [c for c in _columns(connection, "reports_annualreport") if c not in WORKFLOW]
    sections = _columns(connection, "reports_reportsection")
    statements = [
        f"""CREATE TRIGGER ros_wall_annualreport_update BEFORE UPDATE ON reports_annualreport
        WHEN OLD.status = 'published' AND ({_changed(content)}) BEGIN {abort} END""",
        f"""CREATE TRIGGER ros_wall_annualreport_delete BEFORE DELETE ON reports_annualreport
        WHEN OLD.status = 'published' BEGIN {abort} END""",
        f"""CREATE TRIGGER ros_wall_reportsection_insert BEFORE INSERT ON reports_reportsection
        WHEN {_published("NEW")} BEGIN {abort} END""",
        f"""CREATE TRIGGER ros_wall_reportsection_update BEFORE UPDATE ON reports_reportsection
        WHEN ({_published("OLD")} OR {_published("NEW")}) AND ({_changed(sections)})
        BEGIN {abort} END""",
        f"""CREATE TRIGGER ros_wall_reportsection_delete BEFORE DELETE ON reports_reportsection
        WHEN {_published("OLD")} BEGIN {abort} END""",
    ]
    for operation in ("UPDATE", "DELETE"):
        statements.append(
            f"CREATE TRIGGER ros_wall_archivedreport_{operation.lower()} BEFORE {operation} "
            f"ON reports_archivedreport BEGIN SELECT RAISE(ABORT, '{APPEND_ONLY}'); END"
        )
    return statements


def _sqlite_trigger_names(connection):
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT name FROM sqlite_master WHERE type = 'trigger' "
            "AND name LIKE 'ros_wall_%report%'"
        )
        return [row[0] for row in cursor.fetchall()]


def build_wall(apps, schema_editor):
    connection = schema_editor.connection
    if connection.vendor == "postgresql":
        statements = [PG_CREATE]
    elif connection.vendor == "sqlite":
        statements = _sqlite_triggers(connection)
    else:
        raise NotImplementedError(f"No freeze triggers for {connection.vendor}")
    for statement in statements:
        schema_editor.execute(statement, params=None)


def remove_wall(apps, schema_editor):
    connection = schema_editor.connection
    if connection.vendor == "postgresql":
        statements = [PG_DROP]
    else:
        statements = [f"DROP TRIGGER {name}" for name in _sqlite_trigger_names(connection)]
    for statement in statements:
        schema_editor.execute(statement, params=None)


class Migration(migrations.Migration):
    dependencies = [("reports", "0003_archived_reports")]

    operations = [migrations.RunPython(build_wall, remove_wall)]
