"""Side doors into the record, tried as an attacker or a careless user would, each refused.

Sections: two-factor login, spreadsheet imports, long words in the PDF and access following
terms (found-items 3, 7, 11, 10); on PostgreSQL, the database's freeze (5, 1), the history
revert (1, 2), no lost edits (4), form errors instead of 500 (6) and every archived version kept
(8). Each section keeps to classes of its own.
"""

import datetime
import hashlib
from unittest import mock

import pytest
from django.db import DatabaseError, connection, transaction
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice

from meetings import approval, corrections, services
from meetings.models import (
    ActionItem,
    AgendaItem,
    ArchivedMinutes,
    Attachment,
    Attendance,
    Decision,
    Meeting,
    Person,
    Reopening,
)
from meetings.models.meeting import Status
from ros_portal.locking import STALE_MESSAGE
from signatories.models import Signatory
from tests.conftest import PASSWORD, log_in_client
from tests.meetings.helpers import form_data

pytestmark = pytest.mark.django_db
on_postgresql = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="the wall is PostgreSQL's"
)


# Two-factor login ------------------------------------------------------------------------------
def _code(device):
    device.refresh_from_db()
    return f"{totp(device.bin_key):06d}"


class TestTwoFactorCannotBeSkipped:
    """Kerstin has a confirmed authenticator; someone who knows only her password logs in."""

    @pytest.fixture
    def device(self, member):
        return TOTPDevice.objects.create(user=member, name="app", confirmed=True)

    @pytest.fixture
    def half_logged_in(self, client, member, device):
        response = client.post(
            reverse("login"), {"username": member.username, "password": PASSWORD}
        )
        assert response.status_code == 302
        return client

    def test_password_alone_does_not_switch_two_factor_off(self, half_logged_in, device):
        response = half_logged_in.post(reverse("otp:disable"), {"token": _code(device)})
        assert response.status_code == 302
        assert response.url.startswith(reverse("otp:verify"))
        assert TOTPDevice.objects.filter(pk=device.pk, confirmed=True).exists()
        assert half_logged_in.get(reverse("meetings:meeting_list")).status_code == 302

    @pytest.mark.parametrize(
        "path", ["/konto/tvafaktor/aktivera/", "/konto/password_change/", "/moten/", "/admin/"]
    )
    def test_an_unverified_session_is_sent_to_the_verify_page(self, half_logged_in, path):
        response = half_logged_in.get(path)
        assert response.status_code == 302
        assert response.url.startswith(reverse("otp:verify") + "?")

    def test_an_unverified_session_reaches_the_verify_page_and_logout(self, half_logged_in):
        assert half_logged_in.get(reverse("otp:verify")).status_code == 200
        assert half_logged_in.post(reverse("logout")).status_code == 302
        assert not half_logged_in.get("/").wsgi_request.user.is_authenticated

    def test_a_verified_session_still_needs_a_fresh_code(self, half_logged_in, device):
        half_logged_in.post(reverse("otp:verify"), {"token": _code(device)})
        response = half_logged_in.post(reverse("otp:disable"), {"token": "000000"})
        assert response.status_code == 200
        assert "Koden stämmer inte" in response.content.decode()
        assert TOTPDevice.objects.filter(pk=device.pk).exists()
        assert half_logged_in.post(reverse("otp:disable")).status_code == 200
        assert TOTPDevice.objects.filter(pk=device.pk).exists()

    def test_a_verified_session_with_a_fresh_code_switches_it_off(self, half_logged_in, device):
        half_logged_in.post(reverse("otp:verify"), {"token": _code(device)})
        # The code used to log in cannot be used again: wait for the next one.
        TOTPDevice.objects.filter(pk=device.pk).update(last_t=-1)
        response = half_logged_in.post(reverse("otp:disable"), {"token": _code(device)})
        assert response.status_code == 302
        assert not TOTPDevice.objects.filter(pk=device.pk).exists()


# Spreadsheet imports ---------------------------------------------------------------------------
class TestImportsReadOnlyTheirOwnUpload:
    """The process leader's import keeps its upload under a name the server chose; a confirm
    form that names any other file is refused before anything is read or deleted."""

    IMPORT = "/admin/signatories/signatory/import/"
    PROCESS_IMPORT = "/admin/signatories/signatory/process_import/"

    @pytest.fixture
    def outside_file(self):
        import tempfile
        from pathlib import Path

        path = Path(tempfile.mkstemp(prefix="ros-outside-", suffix=".csv")[1])
        path.write_bytes(b"Namn;Organisationsnummer\r\nMallory;556000-0000\r\n")
        yield path
        path.unlink(missing_ok=True)

    def _preview(self, client):
        from django.core.files.uploadedfile import SimpleUploadedFile

        from tests.signatories.helpers import GOOD_NUMBERS, csv_bytes, row

        data = csv_bytes([row("Ängen", GOOD_NUMBERS[0])])
        upload = SimpleUploadedFile("u.csv", data)
        response = client.post(self.IMPORT, {"format": "0", "import_file": upload})
        return dict(response.context["confirm_form"].initial)

    @pytest.mark.parametrize("crafted", ["{name}", "../../{name}", "/tmp/{name}"])
    def test_a_confirm_form_naming_a_file_in_the_temp_folder_is_refused(
        self, client_for, process_leader, outside_file, crafted
    ):
        from signatories.models import Signatory

        client = client_for(process_leader)
        confirm = self._preview(client)
        confirm["import_file_name"] = crafted.format(name=outside_file.name)
        before = outside_file.read_bytes()

        response = client.post(self.PROCESS_IMPORT, confirm)

        assert response.status_code == 400
        assert outside_file.read_bytes() == before
        assert not Signatory.objects.exists()

    def test_an_upload_issued_to_another_session_is_refused(
        self, client, process_leader, outside_file
    ):
        from django.test import Client

        from ros_portal.models import StoredFile
        from tests.conftest import log_in_client

        confirm = self._preview(log_in_client(client, process_leader))
        stranger = log_in_client(Client(), process_leader)

        assert stranger.post(self.PROCESS_IMPORT, confirm).status_code == 400
        stored = f"django-import-export/{confirm['import_file_name']}"
        assert StoredFile.objects.filter(name=stored).exists()

    def test_an_abandoned_preview_is_removed_by_a_later_upload(self, client_for, process_leader):
        import datetime

        from django.utils import timezone

        from ros_portal.models import StoredFile

        client = client_for(process_leader)
        first = f"django-import-export/{self._preview(client)['import_file_name']}"
        StoredFile.objects.filter(name=first).update(
            created_at=timezone.now() - datetime.timedelta(days=2)
        )
        second = f"django-import-export/{self._preview(client)['import_file_name']}"

        assert not StoredFile.objects.filter(name=first).exists()
        assert StoredFile.objects.filter(name=second).exists()

    def test_an_upload_waits_in_the_database_and_is_removed_once_imported(
        self, client_for, process_leader
    ):
        from ros_portal.models import StoredFile
        from signatories.models import Signatory

        client = client_for(process_leader)
        confirm = self._preview(client)
        assert len(confirm["import_file_name"]) == 32
        stored = f"django-import-export/{confirm['import_file_name']}"
        assert StoredFile.objects.filter(name=stored).exists()

        assert client.post(self.PROCESS_IMPORT, confirm).status_code == 302
        assert Signatory.objects.filter(name="Ängen").exists()
        assert not StoredFile.objects.filter(name=stored).exists()
        # The same confirmation cannot be replayed.
        assert client.post(self.PROCESS_IMPORT, confirm).status_code == 400

    def test_the_process_leader_who_confirms_twice_reads_why_in_her_language(
        self, client_for, process_leader
    ):
        """A double click on the confirm button: the second one is refused with a page in
        words, not Django's bare English "Bad Request (400)"."""
        from tests.i18n.helpers import choose_english

        client = client_for(process_leader)
        confirm = self._preview(client)
        client.post(self.PROCESS_IMPORT, confirm)

        again = client.post(self.PROCESS_IMPORT, confirm)
        assert again.status_code == 400
        page = again.content.decode()
        assert 'lang="sv"' in page
        assert "Begäran kunde inte tas emot" in page
        assert "Bad Request" not in page
        english = choose_english(client).post(self.PROCESS_IMPORT, confirm).content.decode()
        assert "The request could not be accepted" in english


# Long words in the PDF -------------------------------------------------------------------------
class TestALongWordStaysOnThePage:
    """Someone pastes a 100,000-character word into an agenda item; the PDF wraps it."""

    WORD = "Ö" + "x" * 99_998 + "Ö"

    def _words(self, data):
        """(text, x_min, x_max) of every word pdftotext finds, and the page width."""
        import re
        import subprocess
        import tempfile

        with tempfile.NamedTemporaryFile(suffix=".pdf") as handle:
            handle.write(data)
            handle.flush()
            html = subprocess.run(
                ["pdftotext", "-bbox", "-enc", "UTF-8", handle.name, "-"],
                capture_output=True,
                check=True,
            ).stdout.decode()
        width = float(re.search(r'<page width="([\d.]+)"', html).group(1))
        words = re.findall(
            r'<word xMin="([\d.-]+)" yMin="[\d.-]+" xMax="([\d.-]+)"[^>]*>([^<]*)<', html
        )
        found = [(text.replace("\u200b", ""), float(x0), float(x1)) for x0, x1, text in words]
        return found, width

    def test_a_100000_character_word_is_wrapped_inside_the_page(self, secretary):
        import datetime

        from meetings.models import AgendaItem, Decision, Meeting
        from reports.minutes import minutes_pdf

        meeting = Meeting.objects.create(
            title="Möte med ett långt ord", date=datetime.date(2025, 9, 5), status="draft"
        )
        AgendaItem.objects.create(meeting=meeting, order=1, heading="Långt ord", body=self.WORD)
        Decision.objects.create(meeting=meeting, text=self.WORD.replace("x", "y"))

        words, width = self._words(minutes_pdf(meeting)[2])

        for letter in "xy":
            pieces = [w for w in words if set(w[0]) <= {letter, "Ö"} and letter in w[0]]
            assert "".join(text for text, _x0, _x1 in pieces) == self.WORD.replace("x", letter)
            assert all(x0 >= 0 and x1 <= width for _text, x0, x1 in pieces)
            assert len(pieces) > 100

    def test_break_opportunities_go_into_the_text_never_into_a_link(self):
        from ros_portal.markdown import render_markdown

        url = "https://www.vgregion.se/" + "a" * 80
        html = render_markdown(f"[{'b' * 80}]({url}) och {'c' * 80}")

        assert f'href="{url}"' in html
        assert "b" * 32 + "\u200b" + "b" * 32 in html
        assert "c" * 65 not in html


# Access follows terms --------------------------------------------------------------------------
class TestAccessFollowsTerms:
    """Kerstin reads drafts while her term runs; the day after it ends she is an outsider,
    without anyone removing her from anything. Sofia, an official, reads them on a grant."""

    @pytest.fixture
    def draft(self, secretary, member):
        import datetime

        from tests.portal.conftest import make_minutes

        return make_minutes(
            "draft", datetime.date(2025, 12, 5), adjusters=[], secretary=secretary, owner=member
        )

    def _end_terms(self, user, on):
        from meetings.models import Term

        Term.objects.filter(person__user=user).update(end=on)

    def test_a_member_reads_drafts_on_the_last_day_of_her_term(self, client_for, member, draft):
        from django.utils import timezone

        self._end_terms(member, timezone.localdate())
        assert client_for(member).get(f"/moten/{draft.pk}/").status_code == 200

    def test_a_member_whose_term_ended_gets_404_for_drafts_the_next_day(
        self, client_for, member, draft
    ):
        import datetime

        from django.utils import timezone

        self._end_terms(member, timezone.localdate() - datetime.timedelta(days=1))
        client = client_for(member)
        assert client.get(f"/moten/{draft.pk}/").status_code == 404
        assert client.get("/moten/").status_code == 404
        assert client.get("/budget/").status_code == 404

    def test_a_term_in_a_guest_or_officials_role_gives_no_access(self, client_for, roles, draft):
        import datetime

        from meetings.models import Term
        from tests.conftest import _user

        official = _user("sofia", "Sofia Emanuelsson")
        Term.objects.create(
            person=official.person,
            group="official",
            role="official",
            start=datetime.date(2020, 1, 1),
        )
        assert client_for(official).get(f"/moten/{draft.pk}/").status_code == 404

    def test_an_official_reads_drafts_until_her_grant_ends(self, client_for, roles, draft):
        import datetime

        from django.utils import timezone

        from meetings.models import AccessGrant
        from tests.conftest import _user

        official = _user("sofia", "Sofia Emanuelsson")
        today = timezone.localdate()
        grant = AccessGrant.objects.create(
            person=official.person, start=today, end=today, reason="Förbereder mötet"
        )
        assert client_for(official).get(f"/moten/{draft.pk}/").status_code == 200
        AccessGrant.objects.filter(pk=grant.pk).update(
            start=today - datetime.timedelta(days=7), end=today - datetime.timedelta(days=1)
        )
        assert client_for(official).get(f"/moten/{draft.pk}/").status_code == 404

    def test_the_group_ledamot_no_longer_exists_nor_opens_anything(self, client_for, outsider):
        from django.contrib.auth.models import Group

        from meetings.roles import ensure_role_groups

        ensure_role_groups()
        assert not Group.objects.filter(name="Ledamot").exists()
        outsider.groups.add(Group.objects.create(name="Ledamot"))
        assert client_for(outsider).get("/moten/").status_code == 404

    def test_news_of_approved_minutes_goes_to_todays_members_only(self, member, adjuster):
        import datetime

        from django.utils import timezone

        from meetings.roles import member_users

        self._end_terms(adjuster, timezone.localdate() - datetime.timedelta(days=1))
        assert list(member_users()) == [member]


# A complete audit trail ------------------------------------------------------------------------
class TestEveryChangeLeavesATrail:
    """The links of the minutes, comments, archive rows and who may do what are all recorded."""

    @pytest.fixture
    def draft(self, secretary, member, adjuster):
        import datetime

        from tests.portal.conftest import make_minutes

        return make_minutes(
            "draft",
            datetime.date(2025, 12, 5),
            adjusters=[adjuster],
            secretary=secretary,
            owner=member,
        )

    def test_changing_the_adjusters_is_recorded_with_who_did_it(
        self, client_for, secretary, second_adjuster, draft
    ):
        before = draft.history.count()
        draft._history_user = secretary
        draft.adjusters.add(second_adjuster.person)

        latest = draft.history.order_by("-history_id").first()
        assert draft.history.count() == before + 1
        assert latest.history_user == secretary
        names = {p.person.name for p in latest.adjusters.all()}
        assert names == {"Jan Linde", "Soraya Zarza Lundberg"}

    def test_presenters_owners_and_development_areas_are_recorded(self, member, draft):
        from reports.models import ActionPlan, DevelopmentArea

        item = draft.agenda_items.first()
        item.presenters.add(member.person)
        action = draft.action_items.first()
        action.owners.clear()
        plan = ActionPlan.objects.create(start_year=2024, end_year=2027, title="Plan")
        area = DevelopmentArea.objects.create(plan=plan, number=1, name="Jämbördig dialog")
        draft.development_areas.add(area)

        assert [p.person_id for p in item.history.first().presenters.all()] == [member.person.pk]
        assert list(action.history.first().owners.all()) == []
        assert [a.developmentarea_id for a in draft.history.first().development_areas.all()] == [
            area.pk
        ]

    def test_comments_and_archive_rows_have_history(self, member, draft):
        from meetings.models import ArchivedMinutes, Comment

        comment = Comment.objects.create(
            agenda_item=draft.agenda_items.first(), author=member, text="Bra."
        )
        comment.answer = "Tack."
        comment.save()
        archive = ArchivedMinutes(meeting=draft, pdf=b"%PDF-1.7", sha256="a" * 64)
        archive.fingerprint = "b" * 64
        archive.save()

        assert [h.history_type for h in comment.history.order_by("history_id")] == ["+", "~"]
        assert archive.history.get().sha256 == "a" * 64
        assert not hasattr(archive.history.get(), "pdf")

    def test_who_gave_whom_which_group_and_flag_is_recorded(
        self, client_for, administrator, outsider
    ):
        from django.contrib.auth.models import Group, Permission

        from ros_portal.models import PermissionChange

        secretaries = Group.objects.get(name="Sekreterare")
        client = client_for(administrator)
        start = PermissionChange.objects.order_by("id").last().pk
        response = client.post(
            f"/admin/auth/user/{outsider.pk}/change/",
            {
                "username": outsider.username,
                "first_name": "Olle",
                "last_name": "Utomstående",
                "email": outsider.email,
                "is_active": "on",
                "is_staff": "on",
                "groups": [secretaries.pk],
                "last_login_0": "",
                "last_login_1": "",
                "date_joined_0": "2025-01-01",
                "date_joined_1": "10:00:00",
            },
        )
        assert response.status_code == 302, response.content.decode()[:2000]
        secretaries.permissions.remove(Permission.objects.get(codename="view_budgetyear"))
        outsider.groups.clear()

        rows = [
            (c.by, c.subject, c.added, c.what)
            for c in PermissionChange.objects.filter(pk__gt=start).order_by("id")
        ]
        assert rows == [
            (administrator, "olle", True, "is_staff"),
            (administrator, "olle", True, "grupp Sekreterare"),
            (None, "grupp Sekreterare", False, "budget.view_budgetyear"),
            (None, "olle", False, "grupp Sekreterare"),
        ]

    def test_the_meeting_trail_shows_everything_in_time_order(
        self, client_for, secretary, member, second_adjuster, draft
    ):
        from meetings.models import Comment

        draft.adjusters.add(second_adjuster.person)
        Comment.objects.create(agenda_item=draft.agenda_items.first(), author=member, text="Bra.")
        item = draft.agenda_items.first()
        item.heading = "Budget 2026"
        item.save()
        client = client_for(secretary)

        change = client.get(f"/admin/meetings/meeting/{draft.pk}/change/").content.decode()
        assert f"/admin/meetings/meeting/{draft.pk}/spar/" in change
        response = client.get(f"/admin/meetings/meeting/{draft.pk}/spar/")

        assert response.status_code == 200
        entries = response.context["entries"]
        assert [e.at for e in entries] == sorted(e.at for e in entries)
        kinds = {str(e.kind) for e in entries}
        assert {"möte", "dagordningspunkt", "beslut", "uppdrag", "närvaro", "kommentar"} <= kinds
        html = response.content.decode()
        assert "Soraya Zarza Lundberg" in html
        assert "<ins>Budget 2026</ins>" in html

    def test_the_secretary_reads_the_changes_of_the_meeting_in_words(
        self, client_for, secretary, draft
    ):
        """Not "kind: steering → joint_ser", "None", a person's id or a time in UTC."""
        import datetime

        from django.utils import timezone

        draft.kind = "joint_ser"
        draft.host_is_civil_society = True
        draft.secretary = None
        draft.save()
        draft.secretary = secretary.person
        draft.sent_for_approval_at = timezone.make_aware(datetime.datetime(2025, 12, 8, 9, 0))
        draft.save()
        client = client_for(secretary)

        trail = client.get(f"/admin/meetings/meeting/{draft.pk}/spar/").content.decode()
        history = client.get(f"/admin/meetings/meeting/{draft.pk}/history/").content.decode()

        for page in (trail, history):
            assert "Gemensamt möte RÖS/SER" in page
            assert "joint_ser" not in page
            assert "8 december 2025 09:00" in page
            assert "+00:00" not in page
            assert "pk=None" not in page
        assert "<ins>Ja</ins>" in trail
        assert f"<ins>{secretary.person.name}</ins>" in trail

    def test_the_trail_costs_the_same_queries_however_long_it_is(
        self, client_for, secretary, draft
    ):
        client = client_for(secretary)
        url = f"/admin/meetings/meeting/{draft.pk}/spar/"
        client.get(url)
        from django.db import connection
        from django.test.utils import CaptureQueriesContext

        with CaptureQueriesContext(connection) as short:
            client.get(url)
        item = draft.agenda_items.first()
        for number in range(10):
            item.body = f"Version {number}"
            item.save()
            item.presenters.set([secretary.person] if number % 2 else [])
        with CaptureQueriesContext(connection) as long:
            client.get(url)
        assert len(long) == len(short)


# The record's freeze, revert, stale saves and archive (found-items 1, 2, 4, 5, 6, 8) -----------
def _as(user):
    """A browser of its own for user (two people, or two tabs, at the same time)."""
    return log_in_client(Client(), user)


def _snapshot(meeting):
    """Everything the approved minutes consist of, and their status."""
    meeting.refresh_from_db()
    return meeting.status, approval.fingerprint(meeting)


def _refused(change):
    """Run change as one statement of its own; True if the database refused it."""
    try:
        with transaction.atomic():
            change()
    except DatabaseError as error:
        assert "approved minutes are frozen" in str(error) or "append-only" in str(error)
        return True
    return False


def _approved(meeting):
    """The minutes approved as they are (what the last approval does to the status)."""
    Meeting.objects.filter(pk=meeting.pk).update(status=Status.APPROVED, approved_at=timezone.now())
    return _snapshot(meeting)


def _raw(sql, *params):
    with connection.cursor() as cursor:
        cursor.execute(sql, params)


# Found-items 5 and 1: the database refuses every path round the Python guards -----------------

SIDE_DOORS = {
    "queryset update of agenda items": lambda m: AgendaItem._base_manager.filter(meeting=m).update(
        body="Ändrat i efterhand"
    ),
    "bulk_create of an agenda item": lambda m: AgendaItem.objects.bulk_create(
        [AgendaItem(meeting=m, order=9, heading="Smygpunkt")]
    ),
    "through-model create of an adjuster": lambda m: Meeting.adjusters.through.objects.create(
        meeting_id=m.pk, person_id=Person.objects.create(name="Smygjusterare").pk
    ),
    "through-model delete of owners": lambda m: ActionItem.owners.through.objects.filter(
        actionitem__meeting=m
    ).delete(),
    "through-model create of a presenter": lambda m: AgendaItem.presenters.through.objects.create(
        agendaitem_id=m.agenda_items.get().pk, person_id=m.secretary_id
    ),
    "status flip to draft": lambda m: Meeting._base_manager.filter(pk=m.pk).update(
        status=Status.DRAFT
    ),
    "meeting title": lambda m: Meeting._base_manager.filter(pk=m.pk).update(title="Nytt"),
    "meeting delete": lambda m: _raw("DELETE FROM meetings_meeting WHERE id = %s", m.pk),
    "decision text": lambda m: Decision._base_manager.filter(meeting=m).update(text="Annat"),
    "action item text": lambda m: ActionItem._base_manager.filter(meeting=m).update(text="Annat"),
    "attendance delete": lambda m: Attendance._base_manager.filter(meeting=m).delete(),
    "attachment title": lambda m: Attachment._base_manager.filter(meeting=m).update(title="X"),
    "raw SQL update of an agenda item": lambda m: _raw(
        "UPDATE meetings_agendaitem SET body = 'Raw' WHERE meeting_id = %s", m.pk
    ),
    "raw SQL insert of an upcoming meeting": lambda m: _raw(
        "INSERT INTO meetings_meeting_upcoming (from_meeting_id, to_meeting_id) VALUES (%s, %s)",
        m.pk,
        m.pk,
    ),
}


@on_postgresql
class TestTheDatabaseRefusesChangesToApprovedMinutes:
    @pytest.mark.parametrize("door", SIDE_DOORS)
    def test_a_careless_script_cannot_change_approved_minutes(self, approved_minutes, door):
        before = _snapshot(approved_minutes)
        assert _refused(lambda: SIDE_DOORS[door](approved_minutes))
        assert _snapshot(approved_minutes) == before

    def test_an_agenda_item_cannot_be_moved_into_approved_minutes(
        self, approved_minutes, draft_minutes
    ):
        item = draft_minutes.agenda_items.get()
        before = _snapshot(approved_minutes)
        assert _refused(
            lambda: AgendaItem._base_manager.filter(pk=item.pk).update(meeting=approved_minutes)
        )
        assert _snapshot(approved_minutes) == before

    def test_status_flip_then_edit_then_back_is_stopped_at_the_first_step(self, approved_minutes):
        before = _snapshot(approved_minutes)
        assert _refused(
            lambda: (
                Meeting._base_manager.filter(pk=approved_minutes.pk).update(status=Status.DRAFT),
                AgendaItem._base_manager.filter(meeting=approved_minutes).update(body="Ändrat"),
                Meeting._base_manager.filter(pk=approved_minutes.pk).update(status=Status.APPROVED),
            )
        )
        assert _snapshot(approved_minutes) == before

    def test_raw_sql_against_an_archive_row_fails(self, approved_minutes):
        archive = approved_minutes.archives.get()
        forged = hashlib.sha256(b"forged").hexdigest()
        assert _refused(lambda: _raw("UPDATE meetings_archivedminutes SET sha256 = %s", forged))
        assert _refused(
            lambda: _raw("UPDATE meetings_archivedminutes SET pdf = %s", b"%PDF forged")
        )
        assert _refused(lambda: _raw("DELETE FROM meetings_archivedminutes"))
        kept = ArchivedMinutes.objects.get(pk=archive.pk)
        assert (bytes(kept.pdf), kept.sha256) == (bytes(archive.pdf), archive.sha256)
        assert hashlib.sha256(bytes(kept.pdf)).hexdigest() == kept.sha256

    def test_the_bytes_of_an_approved_attachment_can_be_neither_rewritten_nor_removed(
        self, approved_minutes
    ):
        from ros_portal.models import StoredFile

        name = approved_minutes.attachments.get().file.name
        before = bytes(StoredFile.objects.get(name=name).content)
        assert _refused(
            lambda: _raw(
                "UPDATE ros_portal_storedfile SET content = %s WHERE name = %s", b"forged", name
            )
        )
        assert _refused(lambda: StoredFile.objects.filter(name=name).delete())
        assert bytes(StoredFile.objects.get(name=name).content) == before

    def test_a_logged_reopening_can_be_neither_rewritten_nor_removed(
        self, approved_minutes, secretary
    ):
        services.reopen(approved_minutes, secretary, "Fel datum i punkt 1.")
        assert _refused(lambda: Reopening.objects.update(reason="Inget"))
        assert _refused(lambda: Reopening.objects.all().delete())
        assert Reopening.objects.get().reason == "Fel datum i punkt 1."

    def test_a_forged_setting_does_not_thaw_the_minutes(self, approved_minutes):
        before = _snapshot(approved_minutes)

        def forge():
            _raw("SELECT set_config('ros.reopenings', '1,2,3', true)")
            Meeting._base_manager.filter(pk=approved_minutes.pk).update(status=Status.DRAFT)

        assert _refused(forge)
        assert _snapshot(approved_minutes) == before

    @pytest.mark.parametrize(
        "sql",
        [
            "UPDATE meetings_approval SET voided_at = now() WHERE meeting_id = %s",
            "UPDATE meetings_approval SET fingerprint = 'forged' WHERE meeting_id = %s",
            "DELETE FROM meetings_approval WHERE meeting_id = %s",
        ],
    )
    def test_who_approved_the_minutes_cannot_be_changed_afterwards(self, approved_minutes, sql):
        # The public page's "Justerat av" reads these rows.
        before = list(
            approved_minutes.approvals.values_list("adjuster", "fingerprint", "voided_at")
        )
        assert _refused(lambda: _raw(sql, approved_minutes.pk))
        after = list(approved_minutes.approvals.values_list("adjuster", "fingerprint", "voided_at"))
        assert after == before

    def test_no_approval_can_be_added_to_approved_minutes(self, approved_minutes, member):
        kerstin = Person.objects.get(user=member)
        assert _refused(
            lambda: approved_minutes.approvals.create(
                adjuster=kerstin, fingerprint="0" * 64, approved_at=timezone.now()
            )
        )
        assert not approved_minutes.approvals.filter(adjuster=kerstin).exists()

    def test_the_follow_up_of_an_approved_action_item_stays_writable(self, approved_minutes):
        ActionItem._base_manager.filter(meeting=approved_minutes).update(
            status="done", done_note="Redovisat i oktober.", done_on=datetime.date(2025, 10, 1)
        )
        action = approved_minutes.action_items.get()
        assert (action.status, action.done_note) == ("done", "Redovisat i oktober.")

    def test_the_reopening_service_thaws_the_minutes_with_who_when_and_why(
        self, approved_minutes, secretary
    ):
        services.reopen(approved_minutes, secretary, "Fel belopp i beslutet.")
        approved_minutes.refresh_from_db()
        assert approved_minutes.status == Status.DRAFT
        reopening = Reopening.objects.get(meeting=approved_minutes)
        assert (reopening.by, reopening.reason) == (secretary, "Fel belopp i beslutet.")
        AgendaItem.objects.filter(meeting=approved_minutes).update(body="Rättad text.")
        assert approved_minutes.agenda_items.get().body == "Rättad text."


@on_postgresql
@pytest.mark.django_db(transaction=True)
def test_a_reopening_logged_in_an_earlier_transaction_does_not_thaw_the_minutes(
    secretary, approved_minutes
):
    Reopening.objects.create(meeting=approved_minutes, reason="Bara loggad", by=secretary)
    assert _refused(
        lambda: Meeting._base_manager.filter(pk=approved_minutes.pk).update(status=Status.DRAFT)
    )
    approved_minutes.refresh_from_db()
    assert approved_minutes.status == Status.APPROVED


# Found-items 1 and 2: the history revert is a write like any other ----------------------------


def _history_url(obj, record):
    opts = obj._meta
    return reverse(
        f"admin:{opts.app_label}_{opts.model_name}_simple_history", args=[obj.pk, record.pk]
    )


def _revert(client, obj, record, **changes):
    """GET the revert form of that old version and POST it back, as the button would."""
    url = _history_url(obj, record)
    form = client.get(url).context["adminform"].form
    data = {name: form[name].value() for name in form.fields if form[name].value() is not None}
    data = {k: [str(v) for v in x] if isinstance(x, list) else x for k, x in data.items()}
    data.update(changes)
    return client.post(url, data)


@on_postgresql
class TestHistoryRevert:
    def test_the_secretary_cannot_revert_approved_minutes_to_before_the_approval(
        self, secretary, approved_minutes
    ):
        before = _snapshot(approved_minutes)
        planned = approved_minutes.history.order_by("history_date").first()
        client = _as(secretary)
        response = client.post(_history_url(approved_minutes, planned), {"title": "Gammal rubrik"})
        assert response.status_code == 403
        assert _snapshot(approved_minutes) == before
        assert not Reopening.objects.exists()
        assert client.get(reverse("meetings:public_minutes_detail", args=[approved_minutes.pk])).status_code == 200  # fmt: skip

    def test_a_version_in_the_address_that_is_not_a_number_is_not_found(
        self, secretary, approved_minutes
    ):
        """simple-history's route takes any text as the version, which reached the database
        lookup and answered 500."""
        url = _history_url(approved_minutes, approved_minutes.history.first())
        client = _as(secretary)
        for version in ("1-1", "1%00", "%D9%A3", "x"):
            assert client.get(url.rsplit("/", 2)[0] + f"/{version}/").status_code == 404

    def test_no_agenda_item_of_approved_minutes_can_be_reverted(self, secretary, approved_minutes):
        item = approved_minutes.agenda_items.get()
        before = _snapshot(approved_minutes)
        response = _as(secretary).post(
            _history_url(item, item.history.last()), {"heading": "Gammal", "body": "Gammal"}
        )
        assert response.status_code == 403
        assert _snapshot(approved_minutes) == before

    def test_reverting_reopened_minutes_to_their_approved_version_leaves_them_a_draft(
        self, secretary, approved_minutes
    ):
        approved_version = approved_minutes.history.first()
        services.reopen(approved_minutes, secretary, "Stavfel")
        response = _revert(_as(secretary), approved_minutes, approved_version)
        assert response.status_code == 302
        approved_minutes.refresh_from_db()
        assert approved_minutes.status == Status.DRAFT
        assert approved_minutes.approved_at is None

    def test_a_revert_of_a_draft_never_changes_its_workflow_status(self, secretary, draft_minutes):
        created = draft_minutes.history.order_by("history_date").first()  # status: draft
        Meeting.objects.filter(pk=draft_minutes.pk).update(status=Status.PLANNED)
        response = _revert(_as(secretary), draft_minutes, created, title="Ny rubrik")
        assert response.status_code == 302
        draft_minutes.refresh_from_db()
        assert (draft_minutes.title, draft_minutes.status) == ("Ny rubrik", Status.PLANNED)

    def test_the_process_leader_who_may_only_view_meetings_cannot_post_their_history_form(
        self, process_leader, draft_minutes
    ):
        record = draft_minutes.history.first()
        item = draft_minutes.agenda_items.get()
        client = _as(process_leader)
        response = client.post(_history_url(draft_minutes, record), {"title": "Ericas rubrik"})
        assert response.status_code == 403
        response = client.post(
            _history_url(item, item.history.first()), {"heading": "H", "body": "Ericas text"}
        )
        assert response.status_code == 403
        draft_minutes.refresh_from_db()
        item.refresh_from_db()
        assert draft_minutes.title == "Utkast: decembermötet"
        assert (item.body, item.version) != ("Ericas text", 2)
        assert item.version == 1

    def test_the_secretary_who_may_only_view_signatories_cannot_post_their_history_form(
        self, secretary
    ):
        signatory = Signatory.objects.create(
            name="Föreningen Gemenskap",
            subregion="goteborg",
            signed_on=datetime.date(2019, 5, 1),
            contact_name="Anna Ek",
            contact_email="anna@example.se",
        )
        response = _as(secretary).post(
            _history_url(signatory, signatory.history.first()),
            {"name": "Kapad förening", "contact_email": "angripare@example.com"},
        )
        assert response.status_code == 403
        signatory.refresh_from_db()
        assert (signatory.name, signatory.contact_email) == (
            "Föreningen Gemenskap",
            "anna@example.se",
        )


# Found-item 4: no edit is lost, whichever of the portal and the admin saves first -------------


def _item_url(item):
    return reverse("admin:meetings_agendaitem_change", args=[item.pk])


def _meeting_url(meeting):
    return reverse("admin:meetings_meeting_change", args=[meeting.pk])


@on_postgresql
class TestNoLostEdits:
    def test_a_portal_correction_opened_before_the_secretarys_admin_save_is_refused(
        self, adjuster, secretary, sent_minutes
    ):
        item = sent_minutes.agenda_items.get()
        jan = _as(adjuster)
        edit = reverse("meetings:edit_item", args=["punkt", item.pk])
        assert jan.get(edit).status_code == 200  # Jan opens the form at version 1
        jesper = _as(secretary)
        data = form_data(jesper.get(_item_url(item)))
        data["body"] = "Jespers text från admin."
        assert jesper.post(_item_url(item), data).status_code == 302
        item.refresh_from_db()
        assert item.version == 2
        response = jan.post(edit, {"heading": item.heading, "body": "Jans rättelse.", "version": 1})
        assert response.status_code == 409
        assert "Jans rättelse." in response.content.decode()
        item.refresh_from_db()
        assert item.body == "Jespers text från admin."

    def test_every_admin_save_on_the_meeting_page_moves_the_items_version(
        self, secretary, sent_minutes
    ):
        item = sent_minutes.agenda_items.get()
        jesper = _as(secretary)
        data = form_data(jesper.get(_meeting_url(sent_minutes)))
        prefix = next(k for k, v in data.items() if v == item.heading).rsplit("-", 1)[0]
        data[f"{prefix}-body"] = "Ny text från mötessidan."
        assert jesper.post(_meeting_url(sent_minutes), data).status_code == 302
        item.refresh_from_db()
        assert (item.body, item.version) == ("Ny text från mötessidan.", 2)

    def test_a_stale_meeting_page_is_refused_and_the_secretarys_input_kept(
        self, secretary, draft_minutes
    ):
        first_tab, second_tab = _as(secretary), _as(secretary)
        stale = form_data(first_tab.get(_meeting_url(draft_minutes)))
        fresh = form_data(second_tab.get(_meeting_url(draft_minutes)))
        fresh["title"] = "Rubrik från andra fliken"
        assert second_tab.post(_meeting_url(draft_minutes), fresh).status_code == 302
        stale["place"] = "Platsen jag skrev i första fliken"
        response = first_tab.post(_meeting_url(draft_minutes), stale)
        page = response.content.decode()
        assert response.status_code == 200
        assert "Någon annan har sparat en ändring sedan du öppnade sidan" in page
        assert "Platsen jag skrev i första fliken" in page
        draft_minutes.refresh_from_db()
        assert draft_minutes.title == "Rubrik från andra fliken"
        assert draft_minutes.place != "Platsen jag skrev i första fliken"

    def test_a_meeting_page_opened_before_a_portal_correction_is_refused(
        self, secretary, adjuster, sent_minutes
    ):
        jesper = _as(secretary)
        stale = form_data(jesper.get(_meeting_url(sent_minutes)))
        decision = sent_minutes.decisions.get()
        corrections.save_correction(decision, adjuster, 1, {"text": "Jans rättade beslut."})
        response = jesper.post(_meeting_url(sent_minutes), stale)
        assert response.status_code == 200
        assert "Någon annan har sparat" in response.content.decode()
        decision.refresh_from_db()
        assert decision.text == "Jans rättade beslut."

    def test_a_decision_moved_to_other_minutes_voids_the_approval_and_stales_the_page_it_left(
        self, secretary, adjuster, administrator, sent_minutes, draft_minutes
    ):
        """Jan has approved the November minutes and Jesper has their page open when the
        administrator moves the decision to the December draft on the decision's own page."""
        approval.approve(sent_minutes, adjuster, approval.fingerprint(sent_minutes))
        jesper = _as(secretary)
        stale = form_data(jesper.get(_meeting_url(sent_minutes)))
        decision = sent_minutes.decisions.get()
        url = reverse("admin:meetings_decision_change", args=[decision.pk])
        admin = _as(administrator)
        moved = {**form_data(admin.get(url)), "meeting": draft_minutes.pk, "agenda_item": ""}
        assert admin.post(url, moved).status_code == 302

        assert not approval.active_approvals(sent_minutes).exists()
        row = next(k for k, v in stale.items() if k.endswith("-id") and v == decision.pk)
        stale[row.removesuffix("-id") + "-text"] = "Jespers ändring av beslutet."
        response = jesper.post(_meeting_url(sent_minutes), stale)
        assert response.status_code == 200
        assert str(STALE_MESSAGE) in response.content.decode()
        decision.refresh_from_db()
        assert decision.meeting == draft_minutes

    def test_a_meeting_page_opened_before_an_owner_closed_her_action_item_is_refused(
        self, secretary, member, sent_minutes
    ):
        """Kerstin closes her action item in the portal while Jesper has the minutes' page
        open: his save set the item back to open without a word."""
        jesper = _as(secretary)
        stale = form_data(jesper.get(_meeting_url(sent_minutes)))
        action = sent_minutes.action_items.get()
        _as(member).post(
            reverse("meetings:close_action", args=[action.pk]),
            {"status": "done", "done_note": "Konferensen är bokad."},
        )

        response = jesper.post(_meeting_url(sent_minutes), {**stale, "place": "Ullevi"})
        assert response.status_code == 200
        assert str(STALE_MESSAGE) in response.content.decode()
        action.refresh_from_db()
        assert (action.status, action.done_note) == ("done", "Konferensen är bokad.")

    def test_deleting_a_row_of_sent_minutes_in_the_admin_voids_the_approval_given_so_far(
        self, secretary, adjuster, second_adjuster, sent_minutes
    ):
        """The attendance row on its own admin page, once by the delete page and once by
        "delete selected": the minutes changed, Jan's approval stood and no longer counted."""
        Attendance.objects.create(
            meeting=sent_minutes, person=second_adjuster.person, group="elected", order=2
        )
        jesper = _as(secretary)
        for row, delete in zip(
            sent_minutes.attendances.order_by("pk"),
            (
                lambda row: jesper.post(
                    reverse("admin:meetings_attendance_delete", args=[row.pk]), {"post": "yes"}
                ),
                lambda row: jesper.post(
                    reverse("admin:meetings_attendance_changelist"),
                    {"action": "delete_selected", "_selected_action": [row.pk], "post": "yes"},
                ),
            ),
            strict=True,
        ):
            approval.approve(sent_minutes, adjuster, approval.fingerprint(sent_minutes))
            stale = form_data(jesper.get(_meeting_url(sent_minutes)))

            assert delete(row).status_code == 302

            assert not Attendance.objects.filter(pk=row.pk).exists()
            assert not approval.active_approvals(sent_minutes).exists()
            response = jesper.post(_meeting_url(sent_minutes), stale)
            assert str(STALE_MESSAGE) in response.content.decode()


# Found-item 6: adding to approved minutes in the admin is a form error, never a 500 -----------


@on_postgresql
class TestFormErrorsNotServerErrors:
    def test_adding_an_agenda_item_to_approved_minutes_is_a_form_error(
        self, secretary, approved_minutes
    ):
        before = _snapshot(approved_minutes)
        response = _as(secretary).post(
            reverse("admin:meetings_agendaitem_add"),
            {"meeting": approved_minutes.pk, "order": 9, "heading": "Smygpunkt", "body": "Text"},
        )
        assert response.status_code == 200
        assert "Protokollet är justerat" in response.content.decode()
        assert _snapshot(approved_minutes) == before

    def test_adding_a_decision_to_approved_minutes_is_a_form_error(
        self, secretary, approved_minutes
    ):
        response = _as(secretary).post(
            reverse("admin:meetings_decision_add"),
            {"meeting": approved_minutes.pk, "text": "Sent beslut"},
        )
        assert response.status_code == 200
        assert "Protokollet är justerat" in response.content.decode()
        assert approved_minutes.decisions.count() == 1

    def test_saving_the_page_of_approved_minutes_is_refused_not_a_crash(
        self, secretary, approved_minutes
    ):
        before = _snapshot(approved_minutes)
        response = _as(secretary).post(_meeting_url(approved_minutes), {"title": "Ny"})
        assert response.status_code == 403
        assert _snapshot(approved_minutes) == before

    def test_a_decision_moved_to_other_minutes_cannot_keep_an_agenda_item_of_the_first(
        self, administrator, sent_minutes, draft_minutes
    ):
        """It would be printed loose in the December minutes while the November item it names
        (frozen with them once approved) listed a decision of another meeting."""
        decision = sent_minutes.decisions.get()
        url = reverse("admin:meetings_decision_change", args=[decision.pk])
        client = _as(administrator)

        response = client.post(url, {**form_data(client.get(url)), "meeting": draft_minutes.pk})

        assert response.status_code == 200
        assert "Dagordningspunkten hör till ett annat möte" in response.content.decode()
        decision.refresh_from_db()
        assert decision.meeting == sent_minutes

    def test_a_planned_meeting_that_approved_minutes_announce_cannot_be_deleted(
        self, secretary, draft_minutes
    ):
        """The secretary deletes the dialogue meeting the December minutes list under "Kommande
        möten och event" (the link is part of the minutes): it answered 500."""
        dialogue = Meeting.objects.create(
            kind="dialogue", title="Dialogmöte", date=datetime.date(2026, 2, 10)
        )
        draft_minutes.upcoming.add(dialogue)
        approved = _approved(draft_minutes)
        client = _as(secretary)

        one = client.post(
            reverse("admin:meetings_meeting_delete", args=[dialogue.pk]), {"post": "yes"}
        )
        many = client.post(
            reverse("admin:meetings_meeting_changelist"),
            {"action": "delete_selected", "_selected_action": [dialogue.pk], "post": "yes"},
        )

        for response in (one, many):
            assert response.status_code == 200
            assert "Justerat protokoll" in response.content.decode()
        assert Meeting.objects.filter(pk=dialogue.pk).exists()
        assert _snapshot(draft_minutes) == approved

    def test_a_guest_who_only_presented_in_approved_minutes_cannot_be_deleted(
        self, administrator, draft_minutes
    ):
        guest = Person.objects.create(name="Gästa Föreläsare")
        draft_minutes.agenda_items.get().presenters.add(guest)
        approved = _approved(draft_minutes)

        response = _as(administrator).post(
            reverse("admin:meetings_person_delete", args=[guest.pk]), {"post": "yes"}
        )

        assert response.status_code == 200
        assert "Justerat protokoll" in response.content.decode()
        assert Person.objects.filter(pk=guest.pk).exists()
        assert _snapshot(draft_minutes) == approved

    def test_a_development_area_of_approved_minutes_cannot_be_removed_from_its_action_plan(
        self, administrator, draft_minutes
    ):
        from reports.models import ActionPlan

        plan = ActionPlan.objects.create(title="Handlingsplan", start_year=2024, end_year=2026)
        area = plan.areas.create(number=1, name="Jämbördig dialog")
        draft_minutes.development_areas.add(area)
        approved = _approved(draft_minutes)
        client = _as(administrator)
        url = reverse("admin:reports_actionplan_change", args=[plan.pk])
        page = form_data(client.get(url))
        row = next(k for k, v in page.items() if k.endswith("-id") and v == area.pk)

        inline = client.post(url, {**page, row.removesuffix("-id") + "-DELETE": "on"})
        own_page = client.post(
            reverse("admin:reports_developmentarea_delete", args=[area.pk]), {"post": "yes"}
        )

        assert inline.status_code == 200
        assert "nämns i justerade protokoll" in inline.content.decode()
        assert own_page.status_code == 200
        assert "Justerat protokoll" in own_page.content.decode()
        assert plan.areas.filter(pk=area.pk).exists()
        assert _snapshot(draft_minutes) == approved


# Found-item 8: after a reopening and a new approval both PDFs stay public ---------------------


FIRST_PDF, SECOND_PDF = b"%PDF-1.7 first approval\n", b"%PDF-1.7 second approval\n"


@on_postgresql
class TestEveryArchivedVersionKept:
    def test_a_reopening_and_a_new_approval_keep_both_pdfs_public(
        self, client, secretary, adjuster, second_adjuster, sent_minutes
    ):
        def approve_all(pdf):
            with mock.patch(
                "reports.minutes.minutes_pdf", return_value=("p.pdf", "application/pdf", pdf)
            ):
                current = approval.fingerprint(sent_minutes)
                approval.approve(sent_minutes, adjuster, current)
                approval.approve(sent_minutes, second_adjuster, current)

        approve_all(FIRST_PDF)
        services.reopen(sent_minutes, secretary, "Fel belopp i beslutet.")
        decision = sent_minutes.decisions.get()
        corrections.save_correction(decision, secretary, decision.version, {"text": "Rätt."})
        services.send_for_approval(sent_minutes, secretary)
        approve_all(SECOND_PDF)

        first, second = ArchivedMinutes.objects.filter(meeting=sent_minutes)
        assert (bytes(first.pdf), bytes(second.pdf)) == (FIRST_PDF, SECOND_PDF)
        current = client.get(reverse("meetings:archived_pdf", args=[sent_minutes.pk]))
        assert current.content == SECOND_PDF
        earlier = client.get(
            reverse("meetings:archived_pdf_version", args=[sent_minutes.pk, first.pk])
        )
        assert earlier.content == FIRST_PDF
        assert earlier["X-Content-SHA256"] == hashlib.sha256(FIRST_PDF).hexdigest()
        page = client.get(reverse("meetings:public_minutes_detail", args=[sent_minutes.pk]))
        text = page.content.decode()
        assert first.sha256 in text and second.sha256 in text
        assert "Fel belopp i beslutet." in text
        assert reverse("meetings:archived_pdf_version", args=[sent_minutes.pk, first.pk]) in text

    def test_an_outsider_cannot_read_an_archived_version_under_another_meeting(
        self, client, approved_minutes, draft_minutes
    ):
        archive = approved_minutes.archives.get()
        url = reverse("meetings:archived_pdf_version", args=[draft_minutes.pk, archive.pk])
        assert client.get(url).status_code == 404
