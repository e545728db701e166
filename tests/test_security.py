"""Security across the portal: headers, brute-force lockout, two-factor login, sessions, files."""

from datetime import timedelta

import pytest
from axes.models import AccessAttempt
from django.conf import settings
from django.contrib.sessions.models import Session
from django.urls import reverse
from django.utils import timezone
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice

from tests.conftest import PASSWORD, totp_device

LOGIN = "/konto/login/"
ADMIN_LOGIN = "/admin/login/"


def code_for(device):
    device.refresh_from_db()
    return f"{totp(device.bin_key):06d}"


def csp_of(response):
    return response.headers["Content-Security-Policy"]


# Headers ---------------------------------------------------------------------------------------
@pytest.mark.django_db
@pytest.mark.parametrize("url", ["/", LOGIN, ADMIN_LOGIN])
def test_anonymous_pages_carry_a_strict_content_security_policy(client, url):
    policy = csp_of(client.get(url))
    assert "default-src 'self'" in policy
    assert "script-src 'self'" in policy
    assert "style-src 'self'" in policy
    assert "frame-ancestors 'none'" in policy
    assert "object-src 'none'" in policy
    assert "unsafe-inline" not in policy
    assert "unsafe-eval" not in policy


def test_the_secretary_gets_the_same_policy_in_the_admin(client_for, secretary):
    client = client_for(secretary)
    for url in ["/admin/", "/admin/meetings/meeting/", "/admin/meetings/meeting/add/"]:
        response = client.get(url)
        assert response.status_code == 200, url
        assert "unsafe-inline" not in csp_of(response)
        assert "script-src 'self'" in csp_of(response)


@pytest.mark.django_db
def test_every_page_carries_the_checklist_headers(client):
    response = client.get("/")
    assert response.headers["X-Frame-Options"] == "DENY"
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert response.headers["Referrer-Policy"] == "same-origin"
    assert response.headers["Cross-Origin-Opener-Policy"] == "same-origin"
    assert response.headers["Cross-Origin-Resource-Policy"] == "same-origin"
    assert "camera=()" in response.headers["Permissions-Policy"]
    assert "geolocation=()" in response.headers["Permissions-Policy"]


@pytest.mark.django_db
@pytest.mark.parametrize("url", ["/", "/uppdrag/", "/protokoll/", "/budget/"])
def test_kerstins_pages_are_private_so_no_shared_cache_keeps_them(client_for, member, url):
    response = client_for(member).get(url)
    assert response.status_code == 200
    assert "private" in response.headers["Cache-Control"]
    assert "public" not in response.headers["Cache-Control"]


@pytest.mark.django_db
def test_the_secretarys_admin_pages_are_private(client_for, secretary):
    response = client_for(secretary).get("/admin/")
    assert "private" in response.headers["Cache-Control"]


@pytest.mark.django_db
def test_an_outsiders_public_page_is_not_marked_private(client):
    response = client.get("/protokoll/")
    assert "private" not in response.headers.get("Cache-Control", "")


def test_production_settings_turn_on_https_only_cookies_and_hsts():
    # The deploy check itself runs in tests/test_foundation.py and in .ci/run.
    source = (settings.BASE_DIR / "ros_portal" / "settings.py").read_text()
    for line in [
        "SECURE_HSTS_SECONDS",
        "SESSION_COOKIE_SECURE = True",
        "CSRF_COOKIE_SECURE = True",
        "SECURE_SSL_REDIRECT",
    ]:
        assert line in source


# Brute force -----------------------------------------------------------------------------------
def _fail(client, url, username, address="10.0.0.1"):
    return client.post(url, {"username": username, "password": "fel-lösenord"}, REMOTE_ADDR=address)


@pytest.mark.parametrize("url", [LOGIN, ADMIN_LOGIN])
def test_five_wrong_passwords_lock_kerstin_out_for_a_while(client, member, url):
    for _attempt in range(5):
        _fail(client, url, "kerstin")
    response = client.post(
        url, {"username": "kerstin", "password": PASSWORD}, REMOTE_ADDR="10.0.0.1"
    )
    assert response.status_code == 429
    assert "För många inloggningsförsök" in response.content.decode()
    assert "_auth_user_id" not in client.session


def test_four_wrong_passwords_do_not_lock_kerstin_out(client, member):
    for _attempt in range(4):
        _fail(client, LOGIN, "kerstin")
    response = client.post(
        LOGIN, {"username": "kerstin", "password": PASSWORD}, REMOTE_ADDR="10.0.0.1"
    )
    assert response.status_code == 302
    assert client.session["_auth_user_id"] == str(member.pk)


def test_the_lock_holds_the_pair_of_username_and_address_only(client, member, adjuster):
    for _attempt in range(5):
        _fail(client, LOGIN, "kerstin")
    # Kerstin from another address, and Jan from the same address, still get in.
    response = client.post(
        LOGIN, {"username": "kerstin", "password": PASSWORD}, REMOTE_ADDR="10.0.0.2"
    )
    assert response.status_code == 302
    client.logout()
    response = client.post(LOGIN, {"username": "jan", "password": PASSWORD}, REMOTE_ADDR="10.0.0.1")
    assert response.status_code == 302


@pytest.mark.parametrize("url", [LOGIN, ADMIN_LOGIN])
def test_an_outsider_posting_a_very_long_username_is_refused_not_a_server_error(client, db, url):
    # The login form does not limit the username's length; the lockout's records hold 255.
    response = _fail(client, url, "x" * 300)

    assert response.status_code == 200
    assert "_auth_user_id" not in client.session
    assert AccessAttempt.objects.get().username == "x" * 255


def test_the_lock_lasts_fifteen_minutes():
    assert settings.AXES_FAILURE_LIMIT == 5
    assert timedelta(hours=settings.AXES_COOLOFF_TIME) == timedelta(minutes=15)
    assert settings.AXES_LOCKOUT_PARAMETERS == [["username", "ip_address"]]


# Two-factor login ------------------------------------------------------------------------------
def _password_login(client, user, url=LOGIN):
    response = client.post(url, {"username": user.username, "password": PASSWORD})
    assert response.status_code == 302, response.content.decode()[:500]
    return response


def test_the_secretary_without_a_device_is_sent_to_set_one_up_instead_of_the_admin(
    client, secretary
):
    _password_login(client, secretary, ADMIN_LOGIN)
    response = client.get("/admin/")
    assert response.status_code == 302
    assert response.url.startswith(reverse("otp:verify"))
    response = client.get(response.url)
    assert response.status_code == 302
    assert response.url.startswith(reverse("otp:setup"))
    assert client.get("/admin/meetings/meeting/").status_code == 302


def test_the_secretary_sets_up_the_app_and_then_reaches_the_admin(client, secretary):
    _password_login(client, secretary)
    page = client.get(reverse("otp:setup") + "?next=/admin/")
    assert page.status_code == 200
    assert "otpauth://totp/" in page.content.decode()
    device = TOTPDevice.objects.get(user=secretary, confirmed=False)
    response = client.post(reverse("otp:setup"), {"token": code_for(device), "next": "/admin/"})
    assert response.status_code == 302
    assert response.url == "/admin/"
    assert client.get("/admin/").status_code == 200
    device.refresh_from_db()
    assert device.confirmed


def test_the_secretary_with_a_device_must_give_the_code_after_the_password(client, secretary):
    device = TOTPDevice.objects.create(user=secretary, name="app", confirmed=True)
    _password_login(client, secretary)
    assert client.get("/admin/").url.startswith(reverse("otp:verify"))
    wrong = client.post(reverse("otp:verify"), {"token": "000000", "next": "/admin/"})
    assert wrong.status_code == 200
    assert "Koden stämmer inte" in wrong.content.decode()
    assert client.get("/admin/").status_code == 302
    device.throttling_failure_count = 0
    device.save()
    right = client.post(reverse("otp:verify"), {"token": code_for(device), "next": "/admin/"})
    assert right.url == "/admin/"
    assert client.get("/admin/").status_code == 200


def test_the_secretary_who_mistyped_her_code_often_is_told_until_when_to_wait(client, secretary):
    # django-otp doubles the wait after each wrong code and refuses every code meanwhile, the
    # right one too: she must not be told that her right code is wrong.
    device = TOTPDevice.objects.create(user=secretary, name="app", confirmed=True)
    _password_login(client, secretary)
    device.throttling_failure_count = 10
    device.throttling_failure_timestamp = timezone.now()
    device.save()

    response = client.post(reverse("otp:verify"), {"token": code_for(device), "next": "/admin/"})

    page = response.content.decode()
    assert response.status_code == 200
    assert "Koden stämmer inte" not in page
    until = timezone.localtime(device.throttling_failure_timestamp + timedelta(seconds=512))
    assert f"För många felaktiga koder i rad. Vänta till {until.day} " in page
    assert f"kl. {until:%H.%M.%S}" in page
    assert client.get("/admin/").status_code == 302


def test_the_administrator_is_also_held_to_two_factor_login(client, administrator):
    _password_login(client, administrator, ADMIN_LOGIN)
    assert client.get("/admin/").url.startswith(reverse("otp:verify"))
    assert client.get("/").status_code == 302


def test_a_code_never_leads_to_another_site(client, secretary):
    device = TOTPDevice.objects.create(user=secretary, name="app", confirmed=True)
    _password_login(client, secretary)
    response = client.post(
        reverse("otp:verify"), {"token": code_for(device), "next": "https://evil.example/"}
    )
    assert response.url == reverse("meetings:home")


def test_client_for_gives_the_secretary_a_verified_session(client_for, secretary):
    response = client_for(secretary).get("/admin/")
    assert response.status_code == 200
    assert response.wsgi_request.user.is_verified()


def test_kerstin_logs_in_without_a_second_factor(client, member):
    _password_login(client, member)
    response = client.get("/")
    assert response.status_code == 200
    assert response.wsgi_request.user == member


def test_kerstin_may_switch_on_two_factor_login_and_then_needs_it(client, member):
    _password_login(client, member)
    assert client.get(reverse("otp:setup")).status_code == 200
    device = TOTPDevice.objects.get(user=member)
    response = client.post(reverse("otp:setup"), {"token": code_for(device)})
    assert response.status_code == 302
    client.logout()
    _password_login(client, member)
    assert client.get("/").url.startswith(reverse("otp:verify"))
    TOTPDevice.objects.filter(pk=device.pk).update(last_t=-1)
    client.post(reverse("otp:verify"), {"token": code_for(device)})
    assert client.get("/").status_code == 200


def test_kerstin_may_switch_two_factor_login_off_again(client_for, member):
    TOTPDevice.objects.create(user=member, name="app", confirmed=True)
    client = client_for(member)
    session = client.session
    device = TOTPDevice.objects.get(user=member)
    session["otp_device_id"] = device.persistent_id
    session.save()
    response = client.post(reverse("otp:disable"), {"token": code_for(device)})
    assert response.status_code == 302
    assert not TOTPDevice.objects.filter(user=member).exists()


def test_the_secretary_may_not_switch_two_factor_login_off(client_for, secretary):
    client = client_for(secretary)
    assert client.post(reverse("otp:disable")).status_code == 403
    assert TOTPDevice.objects.filter(user=secretary, confirmed=True).exists()


def test_the_setup_page_keeps_its_secret_when_reloaded(client, member):
    _password_login(client, member)
    first = client.get(reverse("otp:setup")).context["secret"]
    second = client.get(reverse("otp:setup")).context["secret"]
    assert first == second


# Sessions --------------------------------------------------------------------------------------
def test_sessions_expire_after_inactivity_and_every_request_renews_them():
    assert settings.SESSION_SAVE_EVERY_REQUEST is True
    assert settings.SESSION_COOKIE_AGE <= 8 * 60 * 60
    assert settings.SESSION_COOKIE_HTTPONLY is True


def test_kerstins_session_is_renewed_by_each_request(client, member):
    _password_login(client, member)
    key = client.session.session_key
    Session.objects.filter(pk=key).update(expire_date=timezone.now() + timedelta(minutes=1))
    client.get("/")
    renewed = Session.objects.get(pk=key).expire_date
    assert renewed > timezone.now() + timedelta(seconds=settings.SESSION_COOKIE_AGE - 60)


def test_kerstin_is_logged_out_after_a_long_pause(client, member):
    _password_login(client, member)
    key = client.session.session_key
    Session.objects.filter(pk=key).update(expire_date=timezone.now() - timedelta(seconds=1))
    response = client.get("/")
    assert not response.wsgi_request.user.is_authenticated


# Files -----------------------------------------------------------------------------------------
def test_attachments_have_no_public_url():
    assert settings.STORAGES["default"]["BACKEND"] == "ros_portal.files.DatabaseStorage"
    from django.core.files.storage import default_storage

    with pytest.raises(AttributeError):
        default_storage.url("attachments/1/protokoll.pdf")


@pytest.mark.django_db
@pytest.mark.parametrize(
    "url",
    [
        "/media/attachments/1/protokoll.pdf",
        "/var/private/attachments/1/protokoll.pdf",
        "/private/attachments/1/protokoll.pdf",
        "/static/../var/db.sqlite3",
    ],
)
def test_private_files_are_not_served_by_path(client, url):
    assert client.get(url).status_code == 404


def test_uploads_are_limited_in_size():
    assert settings.DATA_UPLOAD_MAX_MEMORY_SIZE <= 10 * 1024 * 1024
    assert settings.FILE_UPLOAD_MAX_MEMORY_SIZE <= 5 * 1024 * 1024


# Uploads ---------------------------------------------------------------------------------------
def _attachment_form(name, content, size=None):
    import datetime

    from django.core.files.uploadedfile import SimpleUploadedFile

    from meetings.admin_forms import AttachmentForm
    from meetings.models import Meeting

    meeting = Meeting.objects.create(title="Möte", date=datetime.date(2025, 9, 5))
    upload = SimpleUploadedFile(name, content, content_type="application/octet-stream")
    if size is not None:
        upload.size = size
    return AttachmentForm(data={"meeting": meeting.pk, "title": "Bilaga"}, files={"file": upload})


@pytest.mark.django_db
@pytest.mark.parametrize(
    "name,content",
    [
        ("sida.html", b"<script>alert(1)</script>"),
        ("program.exe", b"MZ\x90\x00"),
        ("protokoll.pdf", b"<html><script>alert(1)</script></html>"),
        ("bild.png", b"GIF89a"),
    ],
)
def test_an_upload_of_the_wrong_type_is_refused(name, content):
    form = _attachment_form(name, content)
    assert not form.is_valid()
    assert "file" in form.errors


@pytest.mark.django_db
def test_an_upload_over_twenty_megabytes_is_refused():
    form = _attachment_form("protokoll.pdf", b"%PDF-1.7\n", size=21 * 1024 * 1024)
    assert not form.is_valid()
    assert "20 MB" in str(form.errors["file"])


@pytest.mark.django_db
def test_a_real_pdf_is_accepted():
    form = _attachment_form("protokoll.pdf", b"%PDF-1.7\n%%EOF\n")
    assert form.is_valid(), form.errors


def test_attachments_are_downloaded_never_shown_inline(client_for, member):
    import datetime

    from django.core.files.base import ContentFile

    from meetings.models import Attachment, Meeting

    meeting = Meeting.objects.create(title="Möte", date=datetime.date(2025, 9, 5))
    attachment = Attachment(meeting=meeting, title="Sida", content_type="text/html")
    attachment.file.save("sida.html", ContentFile(b"<script>alert(1)</script>"), save=True)
    response = client_for(member).get(f"/moten/{meeting.pk}/bilagor/{attachment.pk}/")
    assert response.status_code == 200
    assert response.headers["Content-Disposition"].startswith("attachment;")
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert "default-src 'self'" in response.headers["Content-Security-Policy"]


def test_kerstin_finds_two_factor_login_in_the_footer(client_for, member):
    page = client_for(member).get("/").content.decode()
    assert f'href="{reverse("otp:setup")}"' in page


def test_not_even_the_administrator_reads_the_secretarys_authenticator_key(
    client_for, administrator, secretary
):
    device = totp_device(secretary)
    client = client_for(administrator)
    for url in (
        f"/admin/otp_totp/totpdevice/{device.pk}/config/",
        f"/admin/otp_totp/totpdevice/{device.pk}/qrcode/",
        "/admin/otp_totp/totpdevice/99999999999999999999/config/",
    ):
        assert client.get(url).status_code == 403, url
    change = client.get(f"/admin/otp_totp/totpdevice/{device.pk}/change/").content.decode()
    assert device.key not in change


def test_not_even_the_administrator_reads_a_members_private_calendar_key(
    client_for, administrator, secretary, process_leader, member
):
    """The key in Kerstin's private feed address opens every meeting, drafts included, to
    whoever has it, as long as she is a member: like an authenticator key, the admin lists
    whose keys exist but never shows one."""
    from meetings.models import CalendarToken

    token = CalendarToken.objects.create(user=member)
    for user in (administrator, secretary, process_leader):
        client = client_for(user)
        for url in (
            "/admin/meetings/calendartoken/",
            f"/admin/meetings/calendartoken/{token.pk}/change/",
        ):
            response = client.get(url)
            assert response.status_code == 200, url
            assert token.token not in response.content.decode(), (user, url)
        # Nor guessed a character at a time through the list's filter.
        guess = client.get("/admin/meetings/calendartoken/", {"token__startswith": token.token[0]})
        assert guess.status_code == 400


@pytest.mark.parametrize(
    "url, lookup",
    [
        ("/admin/otp_totp/totpdevice/", "key__startswith"),
        ("/admin/otp_totp/totpdevice/", "key"),
        ("/admin/otp_totp/totpdevice/", "key__gt"),
        ("/admin/otp_totp/totpdevice/", "user__totpdevice__key__startswith"),
        ("/admin/otp_totp/totpdevice/", "user__password__startswith"),
        ("/admin/otp_totp/totpdevice/", "user__calendar_token__token__startswith"),
        ("/admin/auth/user/", "totpdevice__key__startswith"),
        ("/admin/auth/user/", "password__startswith"),
        ("/admin/auth/user/", "calendar_token__token__startswith"),
    ],
)
def test_the_administrator_cannot_guess_the_secretarys_authenticator_key_through_a_list_filter(
    client_for, administrator, secretary, url, lookup
):
    """Django filters a list by any field named in its address: by the key, a prefix at a
    time, it could be read off the row count, as the calendar keys could."""
    device = totp_device(secretary)
    guess = client_for(administrator).get(url, {lookup: device.key[0]})
    assert guess.status_code == 400


@pytest.mark.parametrize(
    "url",
    [
        "/admin/meetings/meeting/?title=%00",
        "/admin/budget/outcomeentry/?line__name=a%00b",
        "/admin/meetings/meeting/1%00/change/",
    ],
)
def test_an_address_with_a_nul_byte_shows_the_secretary_not_found_not_a_server_error(
    client_for, secretary, url
):
    assert client_for(secretary).get(url).status_code == 404


def test_an_outsider_searching_with_a_nul_byte_gets_not_found(client, db):
    response = client.get("/sok/?q=a%00b")
    assert response.status_code == 404
    assert "Sidan finns inte" in response.content.decode()


@pytest.mark.parametrize("url", ["/", LOGIN, "/moten/"])
def test_an_outsider_whose_session_cookie_hides_a_nul_byte_gets_a_page_not_a_server_error(
    client, db, url
):
    # The cookie syntax's octal escape \000 arrives as a NUL byte, which PostgreSQL refuses
    # in the lookup of the session: such a cookie names no session.
    cookie = f'{settings.SESSION_COOKIE_NAME}="\\000abcdefghijklmnop"'

    response = client.get(url, HTTP_COOKIE=cookie)

    assert response.status_code in (200, 302)
    assert not response.wsgi_request.user.is_authenticated


# Methods ---------------------------------------------------------------------------------------
@pytest.mark.django_db
@pytest.mark.parametrize("method", ["put", "delete", "patch"])
@pytest.mark.parametrize(
    "url", ["/", "/protokoll/", "/beslut/", "/underskrivare/", "/rapporter/", "/sok/?q=x"]
)
def test_a_page_that_only_shows_refuses_an_outsiders_put_or_delete(client, method, url):
    response = getattr(client, method)(url)
    assert response.status_code == 405
    assert response["Allow"] == "GET, HEAD"


@pytest.mark.django_db
@pytest.mark.parametrize("url", ["/uppdrag/", "/budget/", "/moten/", "/kalender/"])
def test_kerstins_pages_refuse_a_delete_and_still_answer_get(client_for, member, url):
    client = client_for(member)
    assert client.delete(url).status_code == 405
    assert client.get(url).status_code == 200


@pytest.mark.django_db
def test_a_page_with_a_form_takes_post_but_not_put(client_for, member):
    client = client_for(member)
    response = client.put("/konto/meddelanden/")
    assert response.status_code == 405
    assert response["Allow"] == "GET, HEAD, POST"
