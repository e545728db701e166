from django import template

from signatories.importing import error_messages

register = template.Library()


@register.simple_tag
def signatory_import_errors(result):
    """The Swedish row-and-column messages of an import result."""
    return error_messages(result) if result else []
