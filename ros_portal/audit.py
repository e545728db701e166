"""Who gave whom what, when: every change to a login's groups, permissions and admin flags, and
to a group's permissions, is written to PermissionChange, whichever path made it (the admin, the
shell, a command), with the logged-in user of the request when there is one."""

from django.contrib.auth.models import Group, User
from django.db.models.signals import m2m_changed, pre_save
from simple_history.models import HistoricalRecords

from ros_portal.models import PermissionChange

FLAGS = ("is_active", "is_staff", "is_superuser")


def acting_user():
    request = getattr(HistoricalRecords.context, "request", None)
    user = getattr(request, "user", None)
    return user if user is not None and user.is_authenticated else None


def _label(obj):
    if isinstance(obj, str):
        return obj
    if isinstance(obj, User):
        return obj.get_username()
    if isinstance(obj, Group):
        return f"grupp {obj.name}"
    return f"{obj.content_type.app_label}.{obj.codename}"


def _record(changes):
    by = acting_user()
    PermissionChange.objects.bulk_create(
        PermissionChange(by=by, subject=_label(owner), added=added, what=_label(target))
        for owner, added, target in changes
    )


def relation_changed(sender, instance, action, reverse, model, pk_set, **kwargs):
    """m2m_changed of User.groups, User.user_permissions and Group.permissions, both ways."""
    if action == "pre_clear":
        # After a clear the removed rows are gone: note them first.
        related = model.objects.filter(**{_reverse_name(sender, reverse): instance})
        instance._ros_cleared = set(related.values_list("pk", flat=True))
        return
    if action not in ("post_add", "post_remove", "post_clear"):
        return
    if action == "post_clear":
        pk_set = instance.__dict__.pop("_ros_cleared", set())
    added = action == "post_add"
    others = list(model.objects.filter(pk__in=pk_set or ()))
    if reverse:
        changes = [(other, added, instance) for other in others]
    else:
        changes = [(instance, added, other) for other in others]
    _record(changes)


def _reverse_name(sender, reverse):
    """The lookup from the other side's model back to `instance` for this relation."""
    if sender is User.groups.through:
        return "groups" if reverse else "user"
    if sender is User.user_permissions.through:
        return "user_permissions" if reverse else "user"
    return "permissions" if reverse else "group"


def flags_changed(sender, instance, raw=False, update_fields=None, **kwargs):
    """pre_save of User: a change of active, staff or superuser status."""
    if raw or instance.pk is None or (update_fields and not set(update_fields) & set(FLAGS)):
        return
    stored = User.objects.filter(pk=instance.pk).values(*FLAGS).first()
    if stored is None:
        return
    _record(
        [
            (instance, getattr(instance, flag), flag)
            for flag in FLAGS
            if stored[flag] != getattr(instance, flag)
        ]
    )


def connect():
    for through in (User.groups.through, User.user_permissions.through, Group.permissions.through):
        m2m_changed.connect(relation_changed, sender=through, dispatch_uid=f"audit-{through}")
    pre_save.connect(flags_changed, sender=User, dispatch_uid="audit-user-flags")
