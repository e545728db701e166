import re

from django import template
from django.conf import settings
from django.utils import translation
from django.utils.formats import date_format
from django.utils.html import escape
from django.utils.safestring import mark_safe

from ros_portal.markdown import render_markdown, with_break_opportunities

register = template.Library()


@register.filter
def markdown(text):
    """Render Markdown as sanitised HTML (nh3 removes anything that could run)."""
    return mark_safe(render_markdown(text))  # noqa: S308 - sanitised by nh3 above


@register.filter
def breakable(text):
    """Plain text, escaped, with places to break words too long for a line (for the PDFs)."""
    return mark_safe(escape(with_break_opportunities(str(text))))  # noqa: S308 - escaped


@register.simple_tag
def recorded_lang():
    """' lang="sv"' on an element holding text as recorded (minutes, decisions, action items,
    titles and places), when the page is in another language: the text stays Swedish, and a
    screen reader is to pronounce it so."""
    if (translation.get_language() or "").split("-")[0] == settings.LANGUAGE_CODE:
        return ""
    return mark_safe(f' lang="{settings.LANGUAGE_CODE}"')  # noqa: S308 - a setting, no input


_TRAILING_TIME = re.compile(r",?\s*(kl\.?\s*)?\d{1,2}[.:]\d{2}\s*[-–]\s*\d{1,2}[.:]\d{2}\s*$")


@register.filter
def short_title(meeting):
    """The title without the meeting's date and hours at its end, which the page shows beside
    it: "Sammanträde med … samhället 2 november 2023, 09.30-15.30" -> "Sammanträde med …
    samhället". Titles that do not end with the date are shown whole."""
    title = meeting.title.strip()
    without_time = _TRAILING_TIME.sub("", title)
    # Titles are written in Swedish: an English page writes the date beside them in English.
    with translation.override(settings.LANGUAGE_CODE):
        swedish_day = date_format(meeting.date, "j F Y")
    for day in {date_format(meeting.date, "j F Y"), swedish_day, meeting.date.isoformat()}:
        if without_time.lower().endswith(day.lower()):
            shorter = without_time[: -len(day)].rstrip(" ,–-")
            return shorter or title
    return title
