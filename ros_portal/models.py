from django.db import models


class DataVersion(models.Model):
    """One row whose token changes with every write to the portal's data (see dataversion.py):
    pages cached under the token can never outlive the data they show."""

    token = models.CharField(max_length=32)

    def __str__(self):
        return self.token


class StoredFile(models.Model):
    """The bytes of one file kept in the database (see files.py), under its storage name."""

    name = models.CharField(max_length=255, unique=True)
    content = models.BinaryField()
    size = models.PositiveBigIntegerField(default=0)
    created_at = models.DateTimeField(auto_now_add=True)

    def __str__(self):
        return self.name
