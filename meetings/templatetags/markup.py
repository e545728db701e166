from django import template
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
