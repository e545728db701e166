"""Writes to the register that touch several rows."""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from signatories.models import Signatory


@transaction.atomic
def withdraw(signatories, on, user):
    """Record that these signatories left the agreement on that date; nothing is deleted.

    Those already withdrawn keep their date. Returns the signatories that were changed.
    """
    changed = []
    # A fresh queryset: the admin's joins (the admitting decision) cannot be locked.
    rows = Signatory.objects.filter(pk__in=[s.pk for s in signatories], withdrawn_on__isnull=True)
    for signatory in rows.select_for_update().order_by("pk"):
        if on < signatory.signed_on:
            raise ValidationError(
                _("%(name)s undertecknade först %(date)s.")
                % {"name": signatory.name, "date": date_format(signatory.signed_on, "j F Y")}
            )
        signatory.withdrawn_on = on
        signatory.version += 1  # a page of the signatory opened before is now stale
        signatory._history_user = user  # simple-history records who did it
        signatory.save(update_fields=["withdrawn_on", "version"])
        changed.append(signatory)
    return changed
