"""A year typed into an address (?ar=, the admin's year filters): a year the calendar has or none.

Addresses are hand-edited: "abc", "0" or "99999999999" must find nothing (or 404), never fail in
the database.
"""

import datetime

from django.contrib import admin


def calendar_year(text):
    """The year in text, or None when it is not one the calendar has (1–9999)."""
    try:
        year = int(text)
    except (TypeError, ValueError):
        return None
    return year if datetime.MINYEAR <= year <= datetime.MAXYEAR else None


class YearListFilter(admin.SimpleListFilter):
    """An admin filter by year; subclasses name the lookup and list the years offered."""

    year_lookup = None  # e.g. "date__year"

    def queryset(self, request, queryset):
        if not self.value():
            return queryset
        year = calendar_year(self.value())
        return queryset.none() if year is None else queryset.filter(**{self.year_lookup: year})
