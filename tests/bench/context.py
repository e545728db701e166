"""What a bench module gets: logged-in clients per role and measuring helpers."""

import statistics
import time
from typing import NamedTuple

from django.contrib.auth.models import Group, User
from django.db import connection, reset_queries
from django.test import Client
from django.test.utils import CaptureQueriesContext

from meetings.models import Person
from meetings.roles import PROCESS_LEADER, SECRETARY, ensure_role_groups

ROLES = {
    "secretary": ("Jesper Svensson", [SECRETARY], True),
    "process_leader": ("Erica Sjölin", [PROCESS_LEADER], True),
    "adjuster": ("Jan Linde", [], False),
    "member": ("Kerstin Söderberg", [], False),
}


BARE_URL = "/__bench__/bare/"


class Figures(NamedTuple):
    """One page in one phase: its queries, and its median ms beside the bare view's."""

    queries: int
    ms: float
    bare_ms: float


def _timed_get(client, url):
    started = time.perf_counter()
    client.get(url)
    return (time.perf_counter() - started) * 1000


def _figure(value, spec):
    return "-" if value is None else format(value, spec)


class Bench:
    def __init__(self):
        self.phase = "demo"
        self.pages = {}  # name -> {phase: (queries, median_ms)}
        self.timings = []  # (label, figure)
        self.ok = True
        self._clients = {}

    # Users -----------------------------------------------------------------------------------
    def client(self, role=None):
        """A test client logged in as the named role (None: anonymous)."""
        if role in self._clients:
            return self._clients[role]
        client = Client()
        if role is not None:
            user = self.user(role)
            client.force_login(user)
            if user.is_staff:
                # Staff pass two-factor login, as tests.conftest.client_for does.
                from django_otp import DEVICE_ID_SESSION_KEY
                from django_otp.plugins.otp_totp.models import TOTPDevice

                device, _ = TOTPDevice.objects.get_or_create(
                    user=user, name="app", defaults={"confirmed": True}
                )
                session = client.session
                session[DEVICE_ID_SESSION_KEY] = device.persistent_id
                session.save()
        self._clients[role] = client
        return client

    def user(self, role):
        ensure_role_groups()
        name, groups, staff = ROLES[role]
        user, created = User.objects.get_or_create(
            username=f"bench-{role}", defaults={"is_staff": staff}
        )
        if created:
            user.groups.set(Group.objects.filter(name__in=groups))
            person, _ = Person.objects.get_or_create(name=name)
            if person.user_id is None:
                person.user = user
                person.save()
        return user

    # Measuring ---------------------------------------------------------------------------------
    def page(self, name, url, role=None, repeat=21):
        """GET url as role: record its SQL queries and median server time.

        Every request renders the page from the database (no page is cached). Each request of
        the page is paired with one of the bare view, so that the ratio compares two medians
        taken in the same seconds: a busy moment of a shared machine slows both.
        """
        client = self.client(role)
        response = client.get(url)
        assert response.status_code == 200, (name, url, response.status_code)
        # A full queries_log (9000 entries under DEBUG) would make every count 0.
        reset_queries()
        with CaptureQueriesContext(connection) as queries:
            client.get(url)
        count = len(queries)
        bare_client = self.client("member")
        times, bare_times = [], []
        for _ in range(repeat):
            bare_times.append(_timed_get(bare_client, BARE_URL))
            times.append(_timed_get(client, url))
        self.pages.setdefault(name, {})[self.phase] = Figures(
            count, statistics.median(times), statistics.median(bare_times)
        )

    def time(self, label, func, repeat=5, target=None):
        """Median seconds of func() over repeat runs, printed with its target."""
        times = []
        for _ in range(repeat):
            started = time.perf_counter()
            func()
            times.append(time.perf_counter() - started)
        median = statistics.median(times)
        verdict = ""
        if target is not None:
            verdict = f" (target ≤ {target} s: {'met' if median <= target else 'MISSED'})"
        self.timings.append((label, f"median {median:.3f} s of {repeat}{verdict}"))
        return median

    def note(self, label, figure):
        self.timings.append((label, figure))

    def measure_bare(self):
        # The bare view against itself: its row shows the yardstick's own time and noise.
        self.page("bare base template", BARE_URL, role="member", repeat=31)

    # Reporting ---------------------------------------------------------------------------------
    def report(self, out):
        out.write(
            "\nPages (GET, test client, server side, rendered from the database; median of 21"
            " requests; the ratio divides by the bare view's median over the same 21 alternating"
            " requests)\n"
        )
        out.write(
            f"{'page':42} {'SQL demo':>8} {'SQL scale':>9} {'equal':>5} "
            f"{'ms demo/scale':>13} {'ratio demo/scale':>16}\n"
        )
        for name, phases in self.pages.items():
            demo, scale = phases.get("demo"), phases.get("scale")
            equal = "-" if scale is None else ("yes" if demo.queries == scale.queries else "NO")
            if equal == "NO":
                self.ok = False

            def pair(attribute, spec, phases=(demo, scale)):
                return "/".join(_figure(f and attribute(f), spec) for f in phases)

            out.write(
                f"{name[:42]:42} {demo.queries:>8} "
                f"{_figure(scale and scale.queries, 'd'):>9} {equal:>5} "
                f"{pair(lambda f: f.ms, '.1f'):>13} "
                f"{pair(lambda f: f.ms / f.bare_ms, '.2f'):>16}\n"
            )
        out.write("\nTimings\n")
        for label, figure in self.timings:
            out.write(f"  {label}: {figure}\n")
