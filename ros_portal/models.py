from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class StoredFile(models.Model):
    """The bytes of one file kept in the database (see files.py), under its storage name."""

    name = models.CharField(max_length=255, unique=True)
    content = models.BinaryField()
    size = models.PositiveBigIntegerField(default=0)
    created_at = models.DateTimeField(auto_now_add=True)

    def __str__(self):
        return self.name


class PermissionChange(models.Model):
    """One change to who may do what: a login's groups, permissions or admin flags, or the
    permissions of a group; with who made it and when (see audit.py)."""

    at = models.DateTimeField(_("när"), auto_now_add=True, db_index=True)
    by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("av"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    subject = models.CharField(_("vem eller vilken grupp"), max_length=200)
    added = models.BooleanField(_("tillagd"))
    what = models.CharField(_("vad"), max_length=300)

    class Meta:
        verbose_name = _("behörighetsändring")
        verbose_name_plural = _("behörighetsändringar")
        ordering = ["-at", "-id"]

    def __str__(self):
        return f"{self.subject} {'+' if self.added else '−'} {self.what}"
