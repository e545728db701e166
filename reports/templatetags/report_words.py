"""Words for figures in the annual report: "åtta möten", "A, B och C", "cirka en tredjedel"."""

import re

from django import template
from django.utils.formats import date_format

from reports import facts, narrative

register = template.Library()


@register.filter
def count_word(number, gender="neuter"):
    """{{ 8|count_word }} -> 'åtta'; {{ 1|count_word:'common' }} -> 'en'."""
    return facts.count_word(int(number), neuter=gender != "common")


@register.filter
def join_and(names):
    """{{ names|join_and }} -> 'A, B och C' (autoescaped by the template)."""
    return facts.join_and(names)


@register.filter
def source(figure, anchor):
    """{{ n|source:"kallor-beslut" }}: the figure as a link to the rows it counts in "Källor"."""
    return narrative.source_link(figure, anchor)


@register.filter
def date_span(meeting, fmt="j F"):
    """A meeting's day, or its days when it runs over several: '18 mars', '18–19 mars',
    '30 april–2 maj' ({{ meeting|date_span:"j F Y" }} adds the year: '18–19 mars 2025')."""
    start, end = meeting.date, meeting.end_date
    if not end or end <= start:
        return date_format(start, fmt)
    if (start.year, start.month) == (end.year, end.month):
        return f"{start.day}–{date_format(end, fmt)}"
    first = "j F" if start.year == end.year else "j F Y"
    return f"{date_format(start, first)}–{date_format(end, fmt)}"


@register.filter
def title_after_kind(meeting):
    """A meeting's title without its kind in front, for a line that names the kind already:
    'Dialogmöte med underskrivare: Regional utvecklingsstrategi (RUS)' -> 'Regional
    utvecklingsstrategi (RUS)'."""
    title = meeting.title.strip()
    kind = re.escape(str(meeting.get_kind_display()))
    match = re.match(rf"{kind}\s*[:–-]\s*(\S.*)", title, re.IGNORECASE | re.DOTALL)
    return match.group(1) if match else title
