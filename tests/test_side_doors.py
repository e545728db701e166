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
