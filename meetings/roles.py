"""The portal's roles: Django groups for the staff roles, terms of office for members.

Member access follows the register, not a group: a person is a member on the days a term of
theirs in a member's role runs (officials: an access grant with an end date), so it ends on the
term's end date without anyone acting. The staff groups (secretary, process leader) also read
the member pages."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.db.models import Exists, OuterRef, Q
from django.utils import timezone

SECRETARY = "Sekreterare"
PROCESS_LEADER = "Processledare"

# Model permissions each staff role gets in the admin.
ROLE_PERMISSIONS = {
    SECRETARY: {
        "meetings": "__all__",
        "reports": "__all__",
        "signatories": ["view"],
        "budget": ["view"],
    },
    PROCESS_LEADER: {
        "meetings": ["view"],
        "reports": "__all__",
        "signatories": "__all__",
        "budget": "__all__",
    },
}


def ensure_role_groups(sender=None, **kwargs):
    """Create the role groups and give them their permissions (runs after every migrate)."""
    for name, apps in ROLE_PERMISSIONS.items():
        group, _created = Group.objects.get_or_create(name=name)
        perms = []
        for app_label, actions in apps.items():
            qs = Permission.objects.filter(content_type__app_label=app_label)
            if actions != "__all__":
                qs = qs.filter(codename__regex=r"^(" + "|".join(actions) + r")_")
            perms.extend(qs)
        group.permissions.set(perms)


def _roles(user):
    """The user's roles today, from one query, kept on the user object for the request."""
    roles = getattr(user, "_ros_roles", None)
    if roles is None:
        from meetings.models import AccessGrant, Term

        today = timezone.localdate()
        flags = (
            get_user_model()
            .objects.filter(pk=user.pk)
            .values_list(
                Exists(Group.objects.filter(user=OuterRef("pk"), name=SECRETARY)),
                Exists(Group.objects.filter(user=OuterRef("pk"), name=PROCESS_LEADER)),
                Exists(Term.objects.members_on(today).filter(person__user=OuterRef("pk"))),
                Exists(AccessGrant.objects.active(today).filter(person__user=OuterRef("pk"))),
            )
            .first()
        ) or (False, False, False, False)
        secretary, process_leader, in_office, granted = flags
        roles = {
            name
            for name, held in [
                (SECRETARY, secretary),
                (PROCESS_LEADER, process_leader),
                ("member", in_office or granted),
            ]
            if held
        }
        user._ros_roles = roles
    return roles


def is_secretary(user):
    return user.is_authenticated and (user.is_superuser or SECRETARY in _roles(user))


def is_process_leader(user):
    return user.is_authenticated and (user.is_superuser or PROCESS_LEADER in _roles(user))


def is_member(user):
    """Members read the non-public parts of the portal: drafts, action items, the budget."""
    return user.is_authenticated and (user.is_superuser or bool(_roles(user)))


def member_users():
    """Active logins of today's members and the staff roles (e.g. to tell them of new minutes)."""
    from meetings.models import AccessGrant, Term

    today = timezone.localdate()
    in_office = Term.objects.members_on(today)
    return (
        get_user_model()
        .objects.filter(is_active=True)
        .filter(
            Q(groups__name__in=[SECRETARY, PROCESS_LEADER])
            | Q(person__terms__in=in_office)
            | Q(person__access_grants__in=AccessGrant.objects.active(today))
        )
        .distinct()
    )


def person_of(user):
    """The register's person linked to this login, or None."""
    if not user.is_authenticated:
        return None
    try:
        return user.person
    except Exception:  # RelatedObjectDoesNotExist
        return None
