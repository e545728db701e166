"""Two-factor login (TOTP): set-up, verification after the password, switching it off."""

import base64

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_POST
from django_otp import login as otp_login
from django_otp.plugins.otp_totp.models import TOTPDevice

from ros_portal.security import OTP_REQUIRED_SESSION_KEY, two_factor_required

DEVICE_NAME = "app"


class TokenForm(forms.Form):
    token = forms.CharField(
        label=_("Engångskod från appen"),
        max_length=8,
        help_text=_("Sex siffror som byts var 30:e sekund."),
        widget=forms.TextInput(
            attrs={"autocomplete": "one-time-code", "inputmode": "numeric", "class": "form-control"}
        ),
    )


def _next_url(request):
    url = request.POST.get("next") or request.GET.get("next") or ""
    if url and url_has_allowed_host_and_scheme(
        url, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return url
    return reverse("meetings:home")


def _confirmed_device(user):
    return TOTPDevice.objects.filter(user=user, confirmed=True).first()


def _code_accepted(device, form, wrong):
    """Whether the form's code is the device's current one; if not, the form says why.

    After each wrong code django-otp makes the next attempt wait twice as long (1, 2, 4, …
    seconds) and refuses every code until then, the right one too: that is said as such, with
    the moment it ends, instead of calling a right code wrong."""
    allowed, refusal = device.verify_is_allowed()
    if not allowed:
        until = timezone.localtime((refusal or {}).get("locked_until") or timezone.now())
        time = gettext("kl. %(time)s") % {"time": until.strftime("%H.%M.%S")}
        when = f"{date_format(until, 'j F Y')} {time}"
        form.add_error(
            "token",
            gettext("För många felaktiga koder i rad. Vänta till %(when)s och försök igen.")
            % {"when": when},
        )
        return False
    if device.verify_token(form.cleaned_data["token"].strip()):
        return True
    form.add_error("token", wrong)
    return False


@login_required
def verify(request):
    """The second step of a login: the current code from the user's authenticator app."""
    device = _confirmed_device(request.user)
    if device is None:
        return redirect(f"{reverse('otp:setup')}?{request.GET.urlencode()}")
    form = TokenForm(request.POST or None)
    wrong = _("Koden stämmer inte. Vänta på nästa kod och försök igen.")
    if request.method == "POST" and form.is_valid() and _code_accepted(device, form, wrong):
        otp_login(request, device)
        return redirect(_next_url(request))
    return render(request, "otp/verify.html", {"form": form, "next": _next_url(request)})


def _enabled_page(request, form=None):
    staff = request.user.is_staff or request.user.is_superuser
    context = {"can_disable": not staff, "form": form or TokenForm()}
    return render(request, "otp/enabled.html", context)


@login_required
def setup(request):
    """Show a new secret for the authenticator app and confirm it with a first code."""
    if _confirmed_device(request.user) is not None:
        return _enabled_page(request)
    # One unconfirmed device per user, so that reloading the page keeps the same secret.
    device, _created = TOTPDevice.objects.get_or_create(
        user=request.user, confirmed=False, defaults={"name": DEVICE_NAME}
    )
    form = TokenForm(request.POST or None)
    wrong = _("Koden stämmer inte. Kontrollera att klockan i telefonen går rätt.")
    if request.method == "POST" and form.is_valid() and _code_accepted(device, form, wrong):
        device.confirmed = True
        device.save(update_fields=["confirmed"])
        otp_login(request, device)
        request.session[OTP_REQUIRED_SESSION_KEY] = True
        messages.success(request, _("Tvåstegsinloggning är påslagen."))
        return redirect(_next_url(request))
    context = {
        "form": form,
        "secret": base64.b32encode(device.bin_key).decode("ascii"),
        "otpauth_uri": device.config_url,
        "required": two_factor_required(request),
        "next": _next_url(request),
    }
    return render(request, "otp/setup.html", context)


@require_POST
@login_required
def disable(request):
    """Members may switch the second factor off again, from a verified session and with a
    fresh code; staff may not. The password alone never removes the device."""
    if request.user.is_staff or request.user.is_superuser:
        raise PermissionDenied
    device = _confirmed_device(request.user)
    if device is None:
        return redirect("otp:setup")
    if not request.user.is_verified():
        raise PermissionDenied
    form = TokenForm(request.POST)
    wrong = _("Koden stämmer inte. Vänta på nästa kod och försök igen.")
    if form.is_valid() and _code_accepted(device, form, wrong):
        TOTPDevice.objects.filter(user=request.user).delete()
        request.session[OTP_REQUIRED_SESSION_KEY] = False
        messages.success(request, _("Tvåstegsinloggning är avstängd."))
        return redirect("otp:setup")
    return _enabled_page(request, form)
