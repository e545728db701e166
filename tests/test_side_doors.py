"""Side doors into the record, tried as an attacker or a careless user would, each refused."""

import pytest
from django.urls import reverse
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice

from tests.conftest import PASSWORD

pytestmark = pytest.mark.django_db


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
