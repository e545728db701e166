"""GIN expression indexes for the portal's Swedish full-text search (PostgreSQL only).

The expressions are built by meetings.search.vector(), the same function the queries use, so
the planner can match them. On SQLite (development) nothing is created: search falls back to
icontains there.
"""

from django.db import migrations

INDEXES = {
    "agendaitem": ("meetings_agendaitem_fts_sv", ("heading", "body")),
    "decision": ("meetings_decision_fts_sv", ("text",)),
    "actionitem": ("meetings_actionitem_fts_sv", ("text",)),
}


def _index(name, fields):
    from django.contrib.postgres.indexes import GinIndex

    from meetings.search import vector

    return GinIndex(vector(fields), name=name)


def create(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for model_name, (name, fields) in INDEXES.items():
        schema_editor.add_index(apps.get_model("meetings", model_name), _index(name, fields))


def drop(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for model_name, (name, fields) in INDEXES.items():
        schema_editor.remove_index(apps.get_model("meetings", model_name), _index(name, fields))


class Migration(migrations.Migration):
    dependencies = [("meetings", "0001_initial")]

    operations = [migrations.RunPython(create, drop)]
