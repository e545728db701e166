"""The admin's autocomplete fields, safe against a value that is no key at all.

Django's autocomplete widget looks up the submitted values to label them when a form is shown
again. A value that cannot be a key (a word where an id goes, sent by a crafted POST rather
than the choice list) made that lookup fail with a server error. Here such a value is left
out: the form says the choice is not valid and shows the field empty.
"""

from django.contrib.admin import widgets
from django.core.exceptions import ValidationError


def can_be_key(field, value):
    """Whether the submitted text can be a value of the key field at all."""
    try:
        field.to_python(value)
    except ValidationError:
        return False
    return True


class KnownValuesMixin:
    def optgroups(self, name, value, attr=None):
        remote = self.field.remote_field
        opts = remote.model._meta
        target = opts.get_field(getattr(remote, "field_name", None) or opts.pk.name)
        known = [v for v in value if can_be_key(target, v)]
        return super().optgroups(name, known, attr)


class AutocompleteSelect(KnownValuesMixin, widgets.AutocompleteSelect):
    pass


class AutocompleteSelectMultiple(KnownValuesMixin, widgets.AutocompleteSelectMultiple):
    pass


class AutocompleteFields:
    """A ModelAdmin or inline whose autocomplete_fields use the widgets above."""

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if "widget" not in kwargs and db_field.name in self.get_autocomplete_fields(request):
            kwargs["widget"] = AutocompleteSelect(
                db_field, self.admin_site, using=kwargs.get("using")
            )
        return super().formfield_for_foreignkey(db_field, request, **kwargs)

    def formfield_for_manytomany(self, db_field, request, **kwargs):
        if "widget" not in kwargs and db_field.name in self.get_autocomplete_fields(request):
            kwargs["widget"] = AutocompleteSelectMultiple(
                db_field, self.admin_site, using=kwargs.get("using")
            )
        return super().formfield_for_manytomany(db_field, request, **kwargs)
