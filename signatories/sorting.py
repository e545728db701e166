"""Swedish alphabetical order: Å, Ä, Ö come after Z."""

import unicodedata

from django.db import connection
from django.db.models.functions import Collate

SWEDISH_COLLATION = "sv-SE-x-icu"
# Letters that Swedish sorts as letters of their own, after z; ü, æ and ø as their neighbours.
_AFTER_Z = {"å": "{", "ä": "|", "æ": "|", "ö": "}", "ø": "}", "ü": "y"}


def swedish_key(text):
    """A sort key putting å, ä, ö after z and other accented letters with their base letter."""
    folded = []
    for char in text.casefold():
        if char in _AFTER_Z:
            folded.append(_AFTER_Z[char])
        else:
            base = unicodedata.normalize("NFD", char)[0]
            folded.append(base)
    return ("".join(folded), text)


def swedish_order(field="name"):
    """An order_by term for Swedish order: the ICU collation on PostgreSQL. Elsewhere the plain
    field, where only sorted_swedish (in Python) gets the order right."""
    if connection.vendor == "postgresql":
        return Collate(field, SWEDISH_COLLATION)
    return field


def sorted_swedish(queryset, field="name"):
    """The queryset's rows in Swedish order: by ICU collation on PostgreSQL, else in Python."""
    if connection.vendor == "postgresql":
        return queryset.order_by(swedish_order(field), "pk")
    return sorted(queryset, key=lambda row: swedish_key(getattr(row, field)))
