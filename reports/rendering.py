"""A form renderer that writes Django's own form markup in Python for the common templates.

The annual report's edit page shows a form per section, each with seven fields, two of them
selects: a few hundred widgets, options, labels and error lists. Through the template engine
every one of them is a template render (plus an include for its attributes), which made the page
the slowest of the portal. This renderer produces the very same HTML as Django's templates for
the templates listed in PYTHON_TEMPLATES (tests compare both renderers on bound and unbound
formsets); anything else, or any unusual case, still goes through the templates.
"""

from django.forms.renderers import DjangoTemplates
from django.utils.html import conditional_escape

OPTION_TEMPLATE = "django/forms/widgets/select_option.html"
FIELD_TEMPLATE = "django/forms/field.html"


def _e(value):
    """What {{ value }} (or value|stringformat:'s') prints with autoescaping on."""
    return str(conditional_escape(value))


def _attrs(attrs):
    """django/forms/attrs.html and django/forms/widgets/attrs.html."""
    parts = []
    for name, value in attrs.items():
        if value is False:
            continue
        parts.append(f" {_e(name)}" if value is True else f' {_e(name)}="{_e(value)}"')
    return "".join(parts)


def _input(context):
    widget = context["widget"]
    value = widget["value"]
    value = "" if value is None else f' value="{_e(value)}"'
    return (
        f'<input type="{_e(widget["type"])}" name="{_e(widget["name"])}"{value}'
        f"{_attrs(widget['attrs'])}>"
    )


def _textarea(context):
    widget = context["widget"]
    value = _e(widget["value"]) if widget["value"] else ""
    return f'<textarea name="{_e(widget["name"])}"{_attrs(widget["attrs"])}>\n{value}</textarea>'


def _option(option):
    return f'<option value="{_e(option["value"])}"{_attrs(option["attrs"])}>{_e(option["label"])}</option>\n'


def _select(context):
    widget = context["widget"]
    parts = [f'<select name="{_e(widget["name"])}"{_attrs(widget["attrs"])}>']
    for group_name, group_choices, _index in widget["optgroups"]:
        if group_name:
            parts.append(f'\n  <optgroup label="{_e(group_name)}">')
        for option in group_choices:
            if option["template_name"] != OPTION_TEMPLATE:
                return None
            parts.append("\n  " + _option(option))
        if group_name:
            parts.append("\n  </optgroup>")
    parts.append("\n</select>")
    return "".join(parts)


def _label(context):
    if not context["use_tag"]:
        return _e(context["label"])
    tag = _e(context["tag"])
    return f"<{tag}{_attrs(context['attrs'])}>{_e(context['label'])}</{tag}>"


def _errors(context):
    errors = context["errors"]
    if not errors:
        return ""
    field_id = getattr(errors, "field_id", None)
    field_id = f' id="{_e(field_id)}_error"' if field_id else ""
    items = "".join(f"<li>{_e(error)}</li>" for error in errors)
    return f'<ul class="{_e(context["error_class"])}"{field_id}>{items}</ul>'


def _field(context):
    field = context["field"]
    if field.use_fieldset:
        return None
    label = _e(field.label_tag()) if field.label else ""
    help_text = ""
    if field.help_text:
        auto_id = f' id="{_e(field.auto_id)}_helptext"' if field.auto_id else ""
        help_text = f'<div class="helptext"{auto_id}>{field.help_text}</div>'
    return f"{label}\n\n{help_text}\n{_e(field.errors)}\n{_e(field)}"


PYTHON_TEMPLATES = {
    "django/forms/widgets/input.html": _input,
    "django/forms/widgets/text.html": _input,
    "django/forms/widgets/number.html": _input,
    "django/forms/widgets/hidden.html": _input,
    "django/forms/widgets/checkbox.html": _input,
    "django/forms/widgets/textarea.html": _textarea,
    "django/forms/widgets/select.html": _select,
    "django/forms/label.html": _label,
    "django/forms/errors/list/default.html": _errors,
    "django/forms/errors/list/ul.html": _errors,
    FIELD_TEMPLATE: _field,
}


class PythonFormRenderer(DjangoTemplates):
    """Django's default form renderer, with the templates above written in Python."""

    def render(self, template_name, context, request=None):
        render = PYTHON_TEMPLATES.get(template_name)
        if render is not None and request is None:
            html = render(context)
            if html is not None:
                return html.strip()
        return super().render(template_name, context, request=request)
