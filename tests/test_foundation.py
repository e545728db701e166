"""The project starts, refuses unsafe production settings and serves its base pages."""

import os
import subprocess
import sys

import pytest
from django.urls import reverse

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def _manage(env_overrides, *args):
    env = {k: v for k, v in os.environ.items() if not k.startswith("DJANGO_")}
    env.update(env_overrides)
    return subprocess.run(
        [sys.executable, "manage.py", *(args or ["check"])],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_production_settings_refuse_to_start_without_a_secret_key():
    result = _manage({"DJANGO_DEBUG": "0", "DJANGO_ALLOWED_HOSTS": "ros.example.se"})
    assert result.returncode != 0
    assert "DJANGO_SECRET_KEY" in result.stderr


def test_production_settings_refuse_the_development_key():
    result = _manage(
        {
            "DJANGO_DEBUG": "0",
            "DJANGO_SECRET_KEY": "django-insecure-development-key-do-not-use-in-production",
        }
    )
    assert result.returncode != 0
    assert "DJANGO_SECRET_KEY" in result.stderr


def test_a_bad_boolean_fails_loudly():
    result = _manage({"DJANGO_DEBUG": "kanske"})
    assert result.returncode != 0
    assert "DJANGO_DEBUG must be a boolean" in result.stderr


def test_production_settings_pass_the_deploy_check():
    result = _manage(
        {
            "DJANGO_DEBUG": "0",
            "DJANGO_SECRET_KEY": "a-real-production-key-" + "x7Qp2" * 10,
            "DJANGO_ALLOWED_HOSTS": "ros.example.se",
        },
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_settings_are_swedish_first(settings):
    assert settings.LANGUAGE_CODE == "sv"
    assert "en" in dict(settings.LANGUAGES)
    assert settings.TIME_ZONE == "Europe/Stockholm"
    assert settings.USE_TZ is True


@pytest.mark.django_db
def test_an_outsider_sees_the_start_page_in_swedish(client):
    response = client.get(reverse("meetings:home"))
    assert response.status_code == 200
    html = response.content.decode()
    assert '<html lang="sv">' in html
    assert 'href="#main"' in html
    assert "Hoppa till innehållet" in html


@pytest.mark.django_db
def test_the_login_page_has_labelled_fields(client):
    response = client.get(reverse("login"))
    html = response.content.decode()
    assert response.status_code == 200
    assert 'for="id_username"' in html
    assert 'for="id_password"' in html


@pytest.mark.django_db
def test_the_health_check_answers(client):
    assert client.get("/halsa/").json() == {"status": "ok"}


@pytest.mark.parametrize(
    ("language", "heading"),
    [("sv", "Något gick fel"), ("en", "Something went wrong")],
)
def test_an_outsider_who_meets_a_server_error_reads_a_page_in_her_language(rf, language, heading):
    """Django renders 500.html without the request's context; it shares its frame with 400.html."""
    from django.utils import translation
    from django.views.defaults import server_error

    with translation.override(language):
        page = server_error(rf.get("/")).content.decode()

    assert f'<html lang="{language}">' in page
    assert f"<title>{heading} – " in page
    assert f"<h1>{heading}</h1>" in page
    assert "css/portal" in page
    assert page.count("<p>") == 2
