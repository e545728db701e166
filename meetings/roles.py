"""The portal's roles: Django groups for the staff roles, terms of office for members."""

from django.contrib.auth.models import Group, Permission

SECRETARY = "Sekreterare"
PROCESS_LEADER = "Processledare"
MEMBER = "Ledamot"

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
    MEMBER: {},
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


def _in_group(user, name):
    if not user.is_authenticated:
        return False
    cache = getattr(user, "_ros_groups", None)
    if cache is None:
        cache = set(user.groups.values_list("name", flat=True))
        user._ros_groups = cache
    return name in cache


def is_secretary(user):
    return user.is_authenticated and (user.is_superuser or _in_group(user, SECRETARY))


def is_process_leader(user):
    return user.is_authenticated and (user.is_superuser or _in_group(user, PROCESS_LEADER))


def is_member(user):
    """Members read the non-public parts of the portal: drafts, action items, the budget."""
    return user.is_authenticated and (
        user.is_superuser
        or _in_group(user, MEMBER)
        or _in_group(user, SECRETARY)
        or _in_group(user, PROCESS_LEADER)
    )


def person_of(user):
    """The register's person linked to this login, or None."""
    if not user.is_authenticated:
        return None
    try:
        return user.person
    except Exception:  # RelatedObjectDoesNotExist
        return None
