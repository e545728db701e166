"""Only charts and generated PDFs are cached, each under a digest of what it shows: the same
minutes or figures are made once, any change makes them anew, and with Redis every worker
shares what one of them made."""

import hashlib
import os
import subprocess
import sys
import uuid

import pytest
from django.core.cache import caches
from django.urls import reverse
from django.utils import translation

from ros_portal import charts

PDF = "admin:meetings_meeting_pdf"


@pytest.fixture(params=["memory", pytest.param("redis", marks=pytest.mark.redis)])
def shared_cache(request, settings):
    """Each test runs with an empty cache in memory and again with Redis."""
    if request.param == "redis":
        return request.getfixturevalue("redis_cache")
    settings.CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "LOCATION": uuid.uuid4().hex,
        }
    }
    return caches["default"]


@pytest.fixture
def written(monkeypatch):
    """The HTML WeasyPrint is asked to make into a PDF (each answered at once with a stand-in)."""
    from reports import pdf

    made = []

    def write(html, fetcher=None):
        made.append(html)
        return b"%PDF-1.7 " + hashlib.sha256(html.encode()).hexdigest().encode()

    monkeypatch.setattr(pdf, "write_pdf", write)
    return made


@pytest.fixture
def drawn():
    """A chart that counts how often it is drawn."""
    calls = []

    def draw():
        calls.append(1)
        return f"<svg>{len(calls)}</svg>"

    draw.calls = calls
    return draw


def test_the_secretary_downloads_unchanged_minutes_twice_and_the_pdf_is_made_once(
    client_for, secretary, sent_minutes, written, shared_cache
):
    client = client_for(secretary)
    first = client.get(reverse(PDF, args=[sent_minutes.pk]))
    second = client.get(reverse(PDF, args=[sent_minutes.pk]))
    assert first.status_code == second.status_code == 200
    assert len(written) == 1
    assert second.content == first.content


def test_the_secretary_gets_a_new_pdf_after_a_correction(
    client_for, secretary, sent_minutes, written, shared_cache
):
    client = client_for(secretary)
    before = client.get(reverse(PDF, args=[sent_minutes.pk])).content
    sent_minutes.agenda_items.update(body="Budgeten skrivs upp med 3,4 procent.")
    after = client.get(reverse(PDF, args=[sent_minutes.pk])).content
    assert len(written) == 2
    assert "3,4 procent" in written[1]
    assert after != before


def test_a_member_fetching_the_meeting_pack_twice_has_it_made_once(
    client_for, member, sent_minutes, written, shared_cache
):
    client = client_for(member)
    url = reverse("meetings:meeting_pack", args=[sent_minutes.pk])
    first = client.get(url)
    second = client.get(url)
    assert first.status_code == second.status_code == 200
    assert len(written) == 1
    assert second.content == first.content
    sent_minutes.agenda_items.update(heading="Budget 2026 i ny lydelse")
    client.get(url)
    assert len(written) == 2
    assert "Budget 2026 i ny lydelse" in written[1]


def test_a_chart_is_drawn_once_for_the_same_figures_and_again_for_changed_ones(
    db, drawn, shared_cache
):
    assert charts.cached_svg("test", (2025, [(2024, 3)]), drawn) == "<svg>1</svg>"
    assert charts.cached_svg("test", (2025, [(2024, 3)]), drawn) == "<svg>1</svg>"
    assert charts.cached_svg("test", (2025, [(2024, 4)]), drawn) == "<svg>2</svg>"
    assert len(drawn.calls) == 2


def test_a_chart_in_english_is_not_the_swedish_one(db, drawn, shared_cache):
    charts.cached_svg("test", (2025,), drawn)
    with translation.override("en"):
        assert charts.cached_svg("test", (2025,), drawn) == "<svg>2</svg>"


@pytest.mark.redis
def test_a_chart_drawn_by_one_worker_is_served_by_another_from_redis(
    db, drawn, redis_cache, monkeypatch
):
    charts.cached_svg("test", (2025,), drawn)
    # Another gunicorn worker: its own connection to the same Redis.
    monkeypatch.setattr(charts, "cache", caches.create_connection("default"))
    assert charts.cached_svg("test", (2025,), drawn) == "<svg>1</svg>"
    assert len(drawn.calls) == 1


@pytest.mark.parametrize(
    ("redis_url", "backend"),
    [
        ("", "django.core.cache.backends.locmem.LocMemCache"),
        ("redis://127.0.0.1:6379/0", "django.core.cache.backends.redis.RedisCache"),
    ],
)
def test_the_cache_is_in_memory_unless_redis_url_is_set(redis_url, backend):
    code = "from django.conf import settings; print(settings.CACHES['default']['BACKEND'])"
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "ros_portal.settings", "REDIS_URL": redis_url}
    result = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == backend
