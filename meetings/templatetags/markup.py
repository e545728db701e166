from django import template
from django.utils.safestring import mark_safe

from ros_portal.markdown import render_markdown

register = template.Library()


@register.filter
def markdown(text):
    """Render Markdown as sanitised HTML (nh3 removes anything that could run)."""
    return mark_safe(render_markdown(text))  # noqa: S308 - sanitised by nh3 above
