"""Words for figures in the annual report: "åtta möten", "A, B och C", "cirka en tredjedel"."""

from django import template

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
