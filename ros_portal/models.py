from django.db import models


class DataVersion(models.Model):
    """One row whose token changes with every write to the portal's data (see dataversion.py):
    pages cached under the token can never outlive the data they show."""

    token = models.CharField(max_length=32)

    def __str__(self):
        return self.token
