"""Named people, one per role, so that every test reads as a sentence about someone."""

import datetime
import hashlib
import os
import uuid
from decimal import Decimal

import pytest
from django.contrib.auth.models import Group, User
from django.core.files.base import ContentFile
from django.core.management import call_command
from django.db import transaction
from django.utils import timezone

from meetings.models import (
    ActionItem,
    AgendaItem,
    ArchivedMinutes,
    Attachment,
    Attendance,
    Decision,
    Meeting,
    Person,
    Term,
)
from meetings.models.meeting import Kind, Status
from meetings.models.people import Group as PersonGroup
from meetings.models.people import Role
from meetings.roles import PROCESS_LEADER, SECRETARY, ensure_role_groups
from tests.meetings.helpers import D, attend, person

PASSWORD = "ett-långt-testlösenord-42"
REDIS_URL = os.environ.get("REDIS_URL") or "redis://127.0.0.1:6379/0"


def _user(username, full_name, *groups, member=False, staff=False, superuser=False, email=None):
    """A login with its person; member=True gives the person a member's term that runs."""
    first, _sep, last = full_name.partition(" ")
    user = User.objects.create_user(
        username,
        email or f"{username}@example.se",
        PASSWORD,
        first_name=first,
        last_name=last,
        is_staff=staff or superuser,
        is_superuser=superuser,
    )
    for name in groups:
        user.groups.add(Group.objects.get(name=name))
    Person.objects.get_or_create(name=full_name, defaults={"user": user, "email": user.email})
    Person.objects.filter(name=full_name).update(user=user, email=user.email)
    person = Person.objects.get(name=full_name)
    in_office = Term.objects.members_on(timezone.localdate())
    if member and not in_office.filter(person=person).exists():
        Term.objects.create(
            person=person,
            group=PersonGroup.CIVIL_SOCIETY,
            role=Role.MEMBER,
            start=datetime.date(2020, 1, 1),
        )
    return user


@pytest.fixture(scope="module")
def demo_data_once(django_db_setup, django_db_blocker):
    """The demo data (without PDFs), loaded once per module in a transaction rolled back at its
    end; each test still runs in its own savepoint, so what a test changes is undone after it."""
    with django_db_blocker.unblock():
        atomic = transaction.atomic()
        atomic.__enter__()
        call_command("load_demo", verbosity=0, without_pdfs=True)
    yield
    with django_db_blocker.unblock():
        transaction.set_rollback(True)
        atomic.__exit__(None, None, None)


@pytest.fixture
def demo_data(db, demo_data_once):
    """The demo data for one test (loaded once for its module)."""


@pytest.fixture(autouse=True)
def empty_cache():
    """Each test starts with an empty cache: no chart, PDF or rate-limit count of another."""
    from django.core.cache import cache

    cache.clear()


@pytest.fixture(scope="session", autouse=True)
def fast_password_hasher():
    """Passwords hash in microseconds for the whole suite (the default takes about 0.3 s)."""
    from django.conf import settings
    from django.contrib.auth.hashers import get_hashers, get_hashers_by_algorithm

    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    get_hashers.cache_clear()
    get_hashers_by_algorithm.cache_clear()


@pytest.fixture
def roles(db):
    ensure_role_groups()


@pytest.fixture
def secretary(roles):
    """Jesper Svensson, the secretary: records the minutes in the admin."""
    return _user("jesper", "Jesper Svensson", SECRETARY, staff=True)


@pytest.fixture
def process_leader(roles):
    """Erica Sjölin, the process leader: keeps the register and the budget."""
    return _user("erica", "Erica Sjölin", PROCESS_LEADER, staff=True)


@pytest.fixture
def adjuster(roles):
    """Jan Linde, vice chair, a member who adjusts minutes."""
    return _user("jan", "Jan Linde", member=True)


@pytest.fixture
def second_adjuster(roles):
    """Soraya Zarza Lundberg, the chair, who also adjusts minutes."""
    return _user("soraya", "Soraya Zarza Lundberg", member=True)


@pytest.fixture
def member(roles):
    """Kerstin Söderberg, a member from civil society."""
    return _user("kerstin", "Kerstin Söderberg", member=True)


@pytest.fixture
def outsider(roles):
    """Olle Utomstående: has a login but is not part of the group."""
    return _user("olle", "Olle Utomstående")


@pytest.fixture
def administrator(roles):
    """The administrator: a superuser."""
    return _user("admin", "Ada Administratör", superuser=True)


def totp_device(user):
    """The user's confirmed authenticator-app device, created on first use."""
    from django_otp.plugins.otp_totp.models import TOTPDevice

    device = TOTPDevice.objects.filter(user=user, confirmed=True).first()
    return device or TOTPDevice.objects.create(user=user, name="app", confirmed=True)


def log_in_client(client, user):
    """Log a test client in as user; staff also pass two-factor login.

    Staff get a confirmed TOTP device and a session verified with it, as django_otp.login()
    would leave it.
    """
    from django_otp import DEVICE_ID_SESSION_KEY

    client.force_login(user)
    if user.is_staff or user.is_superuser:
        session = client.session
        session[DEVICE_ID_SESSION_KEY] = totp_device(user).persistent_id
        session.save()
    return client


@pytest.fixture
def client_for(client):
    """Log the client in as a named person: client_for(member).get(...)."""

    def login(user):
        return log_in_client(client, user)

    return login


@pytest.fixture
def redis_cache(settings):
    """Django's cache on the Redis server of these machines (127.0.0.1:6379, or REDIS_URL),
    under a key prefix of this test's own. Without a Redis server the test fails, it is not
    skipped: the tests marked redis are how CI knows that the shared cache works."""
    import redis
    from django.core.cache import cache

    try:
        redis.Redis.from_url(REDIS_URL, socket_connect_timeout=2).ping()
    except redis.RedisError as error:
        pytest.fail(
            f"No Redis server answers at {REDIS_URL} ({error}). The tests marked redis need "
            "one: apt-get install redis-server, or set REDIS_URL.",
            pytrace=False,
        )
    settings.CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": f"test-{uuid.uuid4().hex}",
        }
    }
    return cache


# The secretary's meetings: June and August 2024, and the terms of office then -------------


@pytest.fixture
def terms(secretary, process_leader, adjuster, second_adjuster, member):
    """Terms of office in August 2024, plus one that has ended (Stefan Lindborg)."""
    stefan = person("Stefan Lindborg")
    rows = [
        (second_adjuster.person, "elected", "chair", D(2023, 1, 1), None),
        (adjuster.person, "civil_society", "vice_chair", D(2023, 1, 1), None),
        (member.person, "civil_society", "member", D(2023, 1, 1), None),
        (process_leader.person, "official", "process_leader", D(2024, 4, 1), None),
        (secretary.person, "official", "secretary", D(2024, 1, 1), None),
        (stefan, "elected", "member", D(2023, 1, 1), D(2024, 5, 1)),
    ]
    for who, group, role, start, end in rows:
        Term.objects.create(person=who, group=group, role=role, start=start, end=end)
    return rows


@pytest.fixture
def june_meeting(secretary, adjuster, second_adjuster, member):
    """The meeting before August: three members, a guest, and an open action item."""
    june = Meeting.objects.create(
        kind="steering",
        title="Sammanträde i juni",
        date=D(2024, 6, 10),
        status="draft",
        secretary=secretary.person,
    )
    attend(june, second_adjuster.person, "elected", "chair", order=1)
    attend(june, adjuster.person, "civil_society", "vice_chair", order=2)
    attend(june, member.person, "civil_society", order=3)
    attend(june, person("Gästa Föreläsare"), "official", "guest", "guest", order=4)
    action = ActionItem.objects.create(
        meeting=june, text="Utreda intresset för en nationell konferens", due_date=D(2024, 8, 1)
    )
    action.owners.add(member.person)
    return june


@pytest.fixture
def august_meeting(secretary, adjuster, second_adjuster, member, process_leader):
    """19 August 2024, 09.30–15.30: attendance, agenda, a decision, an action item, upcoming."""
    meeting = Meeting.objects.create(
        kind="steering",
        title="Sammanträde med den regionala överenskommelsegruppen",
        date=D(2024, 8, 19),
        start_time=datetime.time(9, 30),
        end_time=datetime.time(15, 30),
        place="Regionens hus, Göteborg",
        status="draft",
        secretary=secretary.person,
        minutes_signed_on=D(2024, 8, 21),
    )
    meeting.adjusters.set([adjuster.person, second_adjuster.person])
    attend(meeting, second_adjuster.person, "elected", "chair", order=1)
    attend(meeting, person("Eva-Karin Torhem Arnell"), "elected", order=2)
    attend(meeting, adjuster.person, "civil_society", "vice_chair", order=3)
    attend(meeting, member.person, "civil_society", order=4)
    attend(meeting, process_leader.person, "official", "process_leader", order=5)
    attend(meeting, secretary.person, "official", "secretary", order=6)
    attend(meeting, person("Anne Svensson"), "official", "guest", "guest", "Regionutvecklare (KUN)")
    budget = AgendaItem.objects.create(
        meeting=meeting,
        order=1,
        heading="Verksamhetsplan och budget 2024",
        body="- Utfall tom juli **491 000 kr**\n- Budget 1,4 mkr",
    )
    AgendaItem.objects.create(
        meeting=meeting,
        order=2,
        heading="Diskussionspunkter",
        body="Överenskommelsen 10 år firas den 5 december.",
    )
    Decision.objects.create(
        meeting=meeting,
        agenda_item=budget,
        text="RÖS-gruppen beslutade att bevilja 25 000 kr per delregion.",
        amount=Decimal("100000.00"),
    )
    action = ActionItem.objects.create(
        meeting=meeting,
        agenda_item=budget,
        text="Processledarna återkommer med förslag på upplägg.",
        due_date=D(2024, 9, 18),
    )
    action.owners.add(process_leader.person)
    upcoming = Meeting.objects.create(
        kind="dialogue",
        title="Dialogmöte med underskrivare",
        date=D(2024, 9, 18),
        place="Ullevi restaurang och konferens",
    )
    meeting.upcoming.add(upcoming)
    return meeting


# Minutes in each status, about the named people ----------------------------------------------

FAKE_PDF = b"%PDF-1.7\n% archived minutes for tests\n%%EOF\n"


def make_minutes(status, day, *, adjusters, secretary, owner, title="Sammanträde med RÖS-gruppen"):
    meeting = Meeting.objects.create(
        kind=Kind.STEERING,
        title=title,
        date=day,
        start_time=datetime.time(9, 30),
        end_time=datetime.time(15, 30),
        place="Regionens hus, Göteborg",
        status=Status.DRAFT,
        secretary=Person.objects.get(user=secretary),
    )
    meeting.adjusters.set(Person.objects.filter(user__in=adjusters))
    Attendance.objects.create(
        meeting=meeting,
        person=Person.objects.get(user=owner),
        group=PersonGroup.CIVIL_SOCIETY,
        role=Role.MEMBER,
    )
    item = AgendaItem.objects.create(
        meeting=meeting,
        order=1,
        heading="Verksamhetsplan och budget",
        body="Budgeten för RÖS-arbetet skrivs upp med 3,1 procent för år 2026.",
    )
    Decision.objects.create(
        meeting=meeting, agenda_item=item, text="RÖS-gruppen beslutade att fira överenskommelsen."
    )
    action = ActionItem.objects.create(
        meeting=meeting,
        agenda_item=item,
        text="Utreda intresset för en konferens med regionala överenskommelser.",
        due_date=day + datetime.timedelta(days=60),
    )
    action.owners.set([Person.objects.get(user=owner)])
    attachment = Attachment(meeting=meeting, title="Presentation budget", size=12)
    attachment.file.save("budget.txt", ContentFile(b"budget 2026\n"), save=False)
    attachment.save()
    if status == Status.APPROVED:
        now = timezone.now()
        for person in meeting.adjusters.all():
            meeting.approvals.create(adjuster=person, fingerprint="0" * 64, approved_at=now)
        ArchivedMinutes.objects.create(
            meeting=meeting,
            pdf=FAKE_PDF,
            sha256=hashlib.sha256(FAKE_PDF).hexdigest(),
            fingerprint="0" * 64,
        )
    Meeting.objects.filter(pk=meeting.pk).update(
        status=status,
        sent_for_approval_at=timezone.now() if status != Status.DRAFT else None,
        approved_at=timezone.now() if status == Status.APPROVED else None,
    )
    meeting.refresh_from_db()
    return meeting


@pytest.fixture
def people(secretary, process_leader, adjuster, second_adjuster, member, outsider, administrator):
    return {
        "secretary": secretary,
        "process_leader": process_leader,
        "adjuster": adjuster,
        "second_adjuster": second_adjuster,
        "member": member,
        "outsider": outsider,
        "administrator": administrator,
    }


@pytest.fixture
def sent_minutes(people):
    """November 2025: sent to Jan Linde and Soraya Zarza Lundberg for approval."""
    return make_minutes(
        Status.SENT,
        datetime.date(2025, 11, 20),
        adjusters=[people["adjuster"], people["second_adjuster"]],
        secretary=people["secretary"],
        owner=people["member"],
    )


@pytest.fixture
def draft_minutes(people):
    return make_minutes(
        Status.DRAFT,
        datetime.date(2025, 12, 5),
        adjusters=[people["adjuster"], people["second_adjuster"]],
        secretary=people["secretary"],
        owner=people["member"],
        title="Utkast: decembermötet",
    )


@pytest.fixture
def approved_minutes(people):
    """September 2025: approved, archived and public."""
    return make_minutes(
        Status.APPROVED,
        datetime.date(2025, 9, 5),
        adjusters=[people["adjuster"], people["second_adjuster"]],
        secretary=people["secretary"],
        owner=people["member"],
        title="Mötesanteckningar styrgruppen",
    )
