from django.db import models


class StoredFile(models.Model):
    """The bytes of one file kept in the database (see files.py), under its storage name."""

    name = models.CharField(max_length=255, unique=True)
    content = models.BinaryField()
    size = models.PositiveBigIntegerField(default=0)
    created_at = models.DateTimeField(auto_now_add=True)

    def __str__(self):
        return self.name
