"""Approved minutes are frozen: no save, delete or bulk update may change their content.

The guard sits in the models (save/delete), their querysets (update/delete) and the
many-to-many signals, so the portal, the admin and every service meet the same wall. Reopening
sets the meeting's status back to draft first (a status change alone is allowed), and only then
may the content change again.

Follow-up of an action item (status, note, done date, the meeting it was followed up at) is
not part of the approved text: it is recorded later, on frozen minutes too.
"""

from django.db import models
from django.db.models.signals import m2m_changed
from django.utils.translation import gettext_lazy as _

APPROVED = "approved"


class MinutesFrozen(Exception):
    """Raised when something tries to change approved (frozen) minutes."""

    def __init__(self, message=None):
        super().__init__(
            message or _("Protokollet är justerat och kan inte ändras utan att återöppnas.")
        )


def _frozen_meeting_ids(meeting_ids):
    from meetings.models.meeting import Meeting

    return set(
        Meeting._base_manager.filter(pk__in=list(meeting_ids), status=APPROVED).values_list(
            "pk", flat=True
        )
    )


def _normalised(field, value):
    try:
        return field.to_python(value)
    except Exception:  # a value the field cannot parse counts as a change
        return value


def changed_fields(instance, names):
    """Which of these concrete fields differ from the stored row (by attname)."""
    model = type(instance)
    stored = model._base_manager.filter(pk=instance.pk).values(*names).first()
    if stored is None:
        return list(names)
    fields = {f.attname: f for f in model._meta.concrete_fields}
    return [
        name
        for name in names
        if _normalised(fields[name], stored[name])
        != _normalised(fields[name], getattr(instance, name))
    ]


class FrozenWithMeetingMixin:
    """For rows that belong to a meeting's minutes: frozen while the meeting is approved."""

    # Fields that may still change after approval (follow-up recorded later).
    FOLLOW_UP_FIELDS = ()

    def _content_attnames(self):
        return [
            f.attname
            for f in self._meta.concrete_fields
            if not f.primary_key and f.name not in self.FOLLOW_UP_FIELDS
        ]

    def guard_frozen(self, update_fields=None):
        if not _frozen_meeting_ids([self.meeting_id]):
            return
        if self.pk is None or self._state.adding:
            raise MinutesFrozen()
        if update_fields is not None and set(update_fields) <= set(self.FOLLOW_UP_FIELDS):
            return
        if changed_fields(self, self._content_attnames()):
            raise MinutesFrozen()

    def save(self, *args, **kwargs):
        self.guard_frozen(kwargs.get("update_fields"))
        return super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        if _frozen_meeting_ids([self.meeting_id]):
            raise MinutesFrozen()
        return super().delete(*args, **kwargs)


class FrozenGuardQuerySet(models.QuerySet):
    """Bulk updates and deletes refuse rows of approved minutes."""

    def _touches_frozen(self):
        return self.filter(meeting__status=APPROVED).exists()

    def update(self, **kwargs):
        allowed = set(getattr(self.model, "FOLLOW_UP_FIELDS", ()))
        if not set(kwargs) <= allowed and self._touches_frozen():
            raise MinutesFrozen()
        return super().update(**kwargs)

    def delete(self):
        if self._touches_frozen():
            raise MinutesFrozen()
        return super().delete()


def _guard_m2m(sender, instance, action, reverse, pk_set, **kwargs):
    """Adjusters, upcoming meetings, presenters and owners are part of the frozen text."""
    if action not in ("pre_add", "pre_remove", "pre_clear"):
        return
    if not reverse:
        meeting_id = getattr(instance, "meeting_id", None) or instance.pk
        if _frozen_meeting_ids([meeting_id]):
            raise MinutesFrozen()
        return
    # From the other side (e.g. person.meetings_to_adjust.add(meeting)): check the targets.
    model = kwargs["model"]
    if pk_set is None:
        return
    if model.__name__ == "Meeting":
        ids = pk_set
    else:
        ids = model._base_manager.filter(pk__in=pk_set).values_list("meeting_id", flat=True)
    if _frozen_meeting_ids(ids):
        raise MinutesFrozen()


def approved_minutes_naming(objs):
    """The approved meetings whose minutes link to any of objs (people, meetings or development
    areas of one model) as adjusters, upcoming meetings, development areas, presenters or owners.

    Deleting such an object would delete those links, which the database refuses."""
    from meetings.models.meeting import Meeting
    from meetings.models.minutes import ActionItem, AgendaItem

    objs = list(objs)
    if not objs:
        return Meeting.objects.none()
    model, pks = type(objs[0]), [obj.pk for obj in objs]
    links = models.Q(pk__in=[])
    for prefix, owner in (
        ("", Meeting),
        ("agenda_items__", AgendaItem),
        ("action_items__", ActionItem),
    ):
        for field in owner._meta.many_to_many:
            if field.related_model is model:
                links |= models.Q(**{f"{prefix}{field.name}__in": pks})
    return Meeting.objects.filter(links, status=APPROVED).distinct().order_by("date")


def connect_m2m_guards():
    from meetings.models.meeting import Meeting
    from meetings.models.minutes import ActionItem, AgendaItem

    for through in (
        Meeting.adjusters.through,
        Meeting.upcoming.through,
        AgendaItem.presenters.through,
        ActionItem.owners.through,
    ):
        m2m_changed.connect(_guard_m2m, sender=through, dispatch_uid=f"freeze-{through.__name__}")
