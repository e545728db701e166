"""In debug, load_demo gives the demo staff a second factor whose code totp_code prints."""

import io

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice


@pytest.mark.django_db
def test_the_demo_secretary_gets_an_authenticator_and_its_code(settings):
    settings.DEBUG = True
    call_command("load_demo", verbosity=0, without_pdfs=True)
    device = TOTPDevice.objects.get(user__username="sekreterare", confirmed=True)
    out = io.StringIO()
    call_command("totp_code", "sekreterare", stdout=out)
    # The code of this 30-second step, or of the previous one if the step just turned.
    assert int(out.getvalue()) in {totp(device.bin_key, drift=0), totp(device.bin_key, drift=-1)}


@pytest.mark.django_db
def test_no_demo_logins_and_no_codes_outside_debug(settings):
    settings.DEBUG = False
    call_command("load_demo", verbosity=0, without_pdfs=True)
    assert not TOTPDevice.objects.exists()
    with pytest.raises(CommandError):
        call_command("totp_code", "sekreterare")
