"""Files kept in PostgreSQL (like the archived PDFs): attachments and spreadsheets waiting for
an import's confirmation. So one database dump holds every file, every web host serves the same
files, and no file has a URL of its own: only views that check access hand them out."""

from django.core.files.base import ContentFile
from django.core.files.storage import Storage
from django.utils.deconstruct import deconstructible

from ros_portal.models import StoredFile


class NoPublicURL(AttributeError):
    """Raised for a stored file's URL: to Django's widgets and templates the file has no URL
    (an AttributeError, like a field without a file), so they show no link instead of failing."""

    silent_variable_failure = True


@deconstructible
class DatabaseStorage(Storage):
    """Django's storage API over the StoredFile table."""

    def _open(self, name, mode="rb"):
        row = StoredFile.objects.filter(name=name).only("content").first()
        if row is None:
            raise FileNotFoundError(name)
        return ContentFile(bytes(row.content), name=name)

    def _save(self, name, content):
        data = b"".join(
            chunk.encode() if isinstance(chunk, str) else chunk for chunk in content.chunks()
        )
        StoredFile.objects.create(name=name, content=data, size=len(data))
        return name

    def delete(self, name):
        StoredFile.objects.filter(name=name).delete()

    def exists(self, name):
        return StoredFile.objects.filter(name=name).exists()

    def size(self, name):
        return StoredFile.objects.values_list("size", flat=True).get(name=name)

    def url(self, name):
        raise NoPublicURL("Stored files have no public URL; serve them through a view.")
