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
