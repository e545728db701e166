"""Cross-cutting security: extra response headers, required two-factor login, client address."""

from urllib.parse import urlencode

from django.conf import settings
from django.http import Http404
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.cache import patch_cache_control
from django_otp import user_has_device

# Session key caching whether this login must pass the second factor (members who enabled it).
OTP_REQUIRED_SESSION_KEY = "ros_otp_required"


class SecurityHeadersMiddleware:
    """Headers of the deploy checklist that Django itself does not set.

    A page made for a logged-in user (drafts, her name in the menu, her action items) is
    `Cache-Control: private`, so that no shared proxy or CDN keeps it for the next visitor."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        response.headers.setdefault("Permissions-Policy", settings.PERMISSIONS_POLICY)
        response.headers.setdefault("Cross-Origin-Resource-Policy", "same-origin")
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated:
            patch_cache_control(response, private=True)
        return response


class RefuseNulBytesMiddleware:
    """An address with a NUL byte (%00) names nothing: 404 before any view sees it.

    PostgreSQL refuses NUL in text, so such a value in a path or a lookup (e.g. an admin list
    filter, ?title=%00) would otherwise reach the database and answer 500. Form fields already
    refuse it (Django's ProhibitNullCharactersValidator)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if "\x00" in request.path or "%00" in request.META.get("QUERY_STRING", ""):
            raise Http404
        return self.get_response(request)


def two_factor_required(request):
    """Staff always need the second factor; members only once they have enabled it."""
    user = request.user
    if user.is_staff or user.is_superuser:
        return True
    required = request.session.get(OTP_REQUIRED_SESSION_KEY)
    if required is None:
        # Asked once per session, so that pages do not pay a query on every request.
        required = user_has_device(user, confirmed=True)
        request.session[OTP_REQUIRED_SESSION_KEY] = required
    return required


class TwoFactorRequiredMiddleware:
    """Send a logged-in user who still owes the second factor to the verification page.

    Until verified, a session reaches only the verification page, logout and the static files
    (and the set-up page while the user has no authenticator yet, so that staff can make one).
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def is_open(self, request):
        path = request.path_info
        if path in (reverse("otp:verify"), reverse("logout")) or path.startswith(
            settings.STATIC_URL
        ):
            return True
        return path == reverse("otp:setup") and not user_has_device(request.user, confirmed=True)

    def __call__(self, request):
        user = request.user
        if (
            user.is_authenticated
            and not user.is_verified()
            and two_factor_required(request)
            and not self.is_open(request)
        ):
            query = urlencode({"next": request.get_full_path()})
            return redirect(f"{reverse('otp:verify')}?{query}")
        return self.get_response(request)


def client_ip(request):
    """The client's address for django-axes; X-Forwarded-For only behind trusted proxies."""
    count = settings.ROS_TRUSTED_PROXY_COUNT
    forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
    if count and forwarded:
        hops = [hop.strip() for hop in forwarded.split(",") if hop.strip()]
        if len(hops) >= count:
            return hops[-count]
    return request.META.get("REMOTE_ADDR")


# What django-axes keeps of a username (AccessAttempt.username and its logs).
AXES_USERNAME_LENGTH = 255


def client_username(request, credentials=None):
    """The username for django-axes, read as axes reads it, cut to the length it stores.

    Django's login form does not limit the username's length: a failed login with a longer
    one made axes fail writing its record, a server error instead of "wrong password"."""
    field = settings.AXES_USERNAME_FORM_FIELD
    if credentials:
        username = credentials.get(field)
    else:
        username = getattr(request, "data", request.POST).get(field)
    return username[:AXES_USERNAME_LENGTH] if isinstance(username, str) else username
