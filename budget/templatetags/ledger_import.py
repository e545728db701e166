from django import template

from budget.services import ledger_errors

register = template.Library()


@register.simple_tag
def ledger_import_errors(result):
    """The messages of a refused ledger file, one per file-level error and per bad row."""
    return ledger_errors(result) if result else []
