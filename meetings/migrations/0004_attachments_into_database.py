"""Attachments move from files under ROS_VAR_DIR/private/ into the database (StoredFile), so
that a database dump holds them. A file missing on disk is skipped (its row already pointed at
nothing); the files on disk are left where they were, to be removed by hand once checked."""

from pathlib import Path

from django.conf import settings
from django.db import migrations


def copy_files_in(apps, schema_editor):
    Attachment = apps.get_model("meetings", "Attachment")
    StoredFile = apps.get_model("ros_portal", "StoredFile")
    root = Path(settings.MEDIA_ROOT)
    for name in Attachment.objects.exclude(file="").values_list("file", flat=True):
        path = root / name
        if StoredFile.objects.filter(name=name).exists() or not path.is_file():
            continue
        data = path.read_bytes()
        StoredFile.objects.create(name=name, content=data, size=len(data))


class Migration(migrations.Migration):
    dependencies = [
        ("meetings", "0003_remove_meeting_version"),
        ("ros_portal", "0001_squashed_stored_file"),
    ]

    operations = [migrations.RunPython(copy_files_in, migrations.RunPython.noop)]
