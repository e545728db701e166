from django.conf import settings
from django.contrib.auth.models import Group, User
from django.core.management.base import BaseCommand
from django.db import transaction
from django_otp.plugins.otp_totp.models import TOTPDevice

from meetings.models import Person
from meetings.roles import PROCESS_LEADER, SECRETARY, ensure_role_groups
from ros_portal.db import analyze

DEMO_PASSWORD = "ros-demo-2025"
# username -> (person, groups, is_staff, is_superuser, what the login is for). Members are
# members by their terms in the demo register (meetings/demo_data/people.py), not by a group.
DEMO_LOGINS = {
    "sekreterare": ("Jesper Svensson", [SECRETARY], True, False, "sekreterare"),
    "justerare": ("Jan Linde", [], False, False, "justerare (vice ordförande)"),
    "ordforande": ("Soraya Zarza Lundberg", [], False, False, "justerare (ordförande)"),
    "ledamot": ("Kerstin Söderberg", [], False, False, "ledamot"),
    "processledare": ("Erica Sjölin", [PROCESS_LEADER], True, False, "processledare"),
    "admin": (None, [], True, True, "administratör"),
}


def archive_approved_minutes():
    """The demo's minutes were approved before the portal existed: archive their PDFs once."""
    from meetings.approval import archive
    from meetings.models import Meeting
    from meetings.models.meeting import Status

    for meeting in Meeting.objects.filter(status=Status.APPROVED, archives__isnull=True):
        archive(meeting)


def archive_published_reports():
    from reports.demo import archive_published_reports as archive

    archive()


def loaders():
    """The apps' demo loaders in dependency order (each is idempotent)."""
    from budget import demo as budget_demo
    from meetings import demo as meetings_demo
    from meetings import demo_planned
    from reports import demo as reports_demo
    from signatories import demo as signatories_demo

    return [
        reports_demo.load_action_plan,
        meetings_demo.load,
        demo_planned.load,
        budget_demo.load,
        signatories_demo.load,
        reports_demo.load,
    ]


class Command(BaseCommand):
    help = "Load the seed documents as demo data (idempotent). In debug, create demo logins."

    def add_arguments(self, parser):
        parser.add_argument(
            "--without-pdfs",
            action="store_true",
            help="Do not archive PDFs of the approved demo minutes and the published report "
            "(faster, for tests).",
        )

    def handle(self, *args, **options):
        ensure_role_groups()
        with transaction.atomic():
            for load in loaders():
                load()
            if not options["without_pdfs"]:
                archive_approved_minutes()
                archive_published_reports()
        analyze()
        if settings.DEBUG:
            lines = self.create_logins()
            if options["verbosity"]:
                self.stdout.write("Demo logins (only in debug mode):\n" + "\n".join(lines))
        elif options["verbosity"]:
            self.stdout.write("Demo data loaded. No demo logins outside debug mode.")

    def create_logins(self):
        lines = []
        for username, (person_name, groups, staff, superuser, label) in DEMO_LOGINS.items():
            user, created = User.objects.get_or_create(username=username)
            if created:
                user.set_password(DEMO_PASSWORD)
            user.is_staff = staff
            user.is_superuser = superuser
            if person_name:
                user.first_name, _sep, user.last_name = person_name.partition(" ")
            user.email = f"{username}@example.se"
            user.save()
            user.groups.set(Group.objects.filter(name__in=groups))
            if person_name:
                Person.objects.filter(name=person_name).update(user=user)
            if staff or superuser:
                # Staff must pass two-factor login: give the demo logins an authenticator
                # whose current code `manage.py totp_code USERNAME` prints (debug only).
                TOTPDevice.objects.get_or_create(
                    user=user, confirmed=True, defaults={"name": "demo"}
                )
            lines.append(f"  {username:14} {DEMO_PASSWORD}   {label}")
        lines.append(
            "Staff logins ask for a code: `make code LOGIN=sekreterare` "
            "(or `python manage.py totp_code sekreterare`) prints it."
        )
        return lines
