"""In English, no page shows Swedish but the data: every string of the interface is marked for
translation and translated, in the portal and in every admin page. In Swedish, no admin page
shows a library's English."""

import pytest
from django.contrib import admin
from django.test import RequestFactory
from django.urls import reverse

from tests.i18n.helpers import (
    choose_english,
    library_english,
    minutes_text,
    swedish_words,
    visible_text,
)

PORTAL_PAGES = [
    "/",
    "/moten/",
    "/beslut/",
    "/uppdrag/",
    "/sok/?q=budget",
    "/protokoll/",
    "/kalender/",
    "/tillganglighet/",
    "/personuppgifter/",
    "/underskrivare/",
    "/underskrivare/statistik/",
    "/budget/",
    "/rapporter/",
    "/konto/tvafaktor/aktivera/",
    "/konto/password_change/",
]
PUBLIC_PAGES = ["/", "/protokoll/", "/underskrivare/", "/konto/login/", "/konto/password_reset/"]
# django-otp builds this search help from Swedish field names at import time, in English words.
LIBRARY_MIXED = ["användarnamn", "e-postadress"]


def _swedish_on(client, urls, allowed):
    found = {}
    for url in urls:
        response = client.get(url)
        assert response.status_code == 200, url
        words = swedish_words(response.content.decode(), allowed=allowed)
        if words:
            found[url] = words
    return found


@pytest.mark.django_db
def test_the_process_leader_sees_every_portal_page_in_english(client_for, process_leader, minutes):
    client = choose_english(client_for(process_leader))
    urls = [*PORTAL_PAGES, f"/moten/{minutes.pk}/"]
    assert _swedish_on(client, urls, [*minutes_text(minutes), "Erica Sjölin"]) == {}


@pytest.mark.django_db
def test_an_outsider_sees_the_public_pages_in_english(client):
    assert _swedish_on(choose_english(client), PUBLIC_PAGES, []) == {}


def _admin_pages(user):
    urls = [reverse("admin:index")]
    for model, model_admin in admin.site._registry.items():
        name = f"admin:{model._meta.app_label}_{model._meta.model_name}"
        urls.append(reverse(f"{name}_changelist"))
        if model_admin.has_add_permission(_request(user)):
            urls.append(reverse(f"{name}_add"))
    return urls


@pytest.mark.django_db
def test_the_administrator_sees_every_admin_list_and_form_in_english(client_for, administrator):
    client = choose_english(client_for(administrator))
    urls = _admin_pages(administrator)
    assert _swedish_on(client, urls, ["Ada Administratör", *LIBRARY_MIXED]) == {}


@pytest.mark.django_db
def test_the_administrator_sees_no_library_english_in_the_swedish_admin(client_for, administrator):
    client = client_for(administrator)
    english = library_english()
    left = {}
    for url in _admin_pages(administrator):
        text = visible_text(client.get(url).content.decode())
        found = sorted(msgid for msgid in english if msgid.strip() in text)
        if found:
            left[url] = found
    assert left == {}


def _request(user):
    request = RequestFactory().get("/admin/")
    request.user = user
    return request
