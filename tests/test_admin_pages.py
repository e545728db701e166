"""Every model registered in the admin has working list, add and change pages."""

import pytest
from django.contrib import admin
from django.core.management import call_command
from django.test import RequestFactory
from django.urls import reverse


@pytest.mark.django_db
def test_every_admin_page_answers_200_for_an_administrator(administrator, client_for):
    call_command("load_demo", verbosity=0)
    client = client_for(administrator)
    request = RequestFactory().get("/admin/")
    request.user = administrator
    failures = []
    with_rows = 0
    for model, model_admin in admin.site._registry.items():
        info = (model._meta.app_label, model._meta.model_name)
        pages = [reverse("admin:{}_{}_changelist".format(*info))]
        # An admin that forbids adding (e.g. archived minutes) must say so with 403.
        can_add = model_admin.has_add_permission(request)
        add_url = reverse("admin:{}_{}_add".format(*info))
        row = model._default_manager.order_by("pk").first()
        if row is not None:
            with_rows += 1
            pages.append(reverse("admin:{}_{}_change".format(*info), args=[row.pk]))
        for url in pages:
            response = client.get(url)
            if response.status_code != 200:
                failures.append((url, response.status_code))
            # Django's yes/no icons say alt="True"/"False" whatever the admin's language; the
            # project's own lists write "Ja"/"Nej" (ros_portal.admin_display).
            own = model._meta.app_label in {
                "meetings",
                "signatories",
                "budget",
                "reports",
                "ros_portal",
            }
            if own and url == pages[0]:
                html = response.content.decode()
                failures += [(url, alt) for alt in ('alt="True"', 'alt="False"') if alt in html]
        add_status = client.get(add_url).status_code
        if add_status != (200 if can_add else 403):
            failures.append((add_url, add_status))
    assert failures == [], failures
    assert with_rows >= 10


OWN_APPS = {"meetings", "signatories", "budget", "reports", "ros_portal"}


def _autocomplete_admins(request):
    """(model, admin) of the project's own add pages that have autocomplete fields."""
    for model, model_admin in admin.site._registry.items():
        if model._meta.app_label not in OWN_APPS or not model_admin.has_add_permission(request):
            continue
        inlines = model_admin.get_inline_instances(request)
        if model_admin.autocomplete_fields or any(i.autocomplete_fields for i in inlines):
            yield model, model_admin, inlines


@pytest.mark.django_db
def test_a_word_posted_into_a_search_field_of_the_admin_is_a_form_error(administrator, client_for):
    """A crafted POST (not the browser's choice list) puts a word into every autocomplete field
    of every add page, in the page and in its inlines: each page answers with the form and its
    errors again."""
    from tests.meetings.helpers import form_data

    client = client_for(administrator)
    request = RequestFactory().get("/admin/")
    request.user = administrator
    failures, pages = [], 0
    for model, model_admin, inlines in _autocomplete_admins(request):
        url = reverse(f"admin:{model._meta.app_label}_{model._meta.model_name}_add")
        data = form_data(client.get(url))
        for name in model_admin.autocomplete_fields:
            data[name] = "abc"
        for inline in inlines:
            prefix = inline.get_formset(request).get_default_prefix()
            for name in inline.autocomplete_fields:
                data[f"{prefix}-0-{name}"] = "abc"
        response = client.post(url, data)
        pages += 1
        if response.status_code != 200 or "errornote" not in response.content.decode():
            failures.append((url, response.status_code))
    assert failures == []
    assert pages >= 10


@pytest.mark.django_db
def test_a_crafted_selection_on_any_list_of_the_admin_changes_nothing_and_says_so(
    administrator, client_for
):
    """An administrator's crafted POST picks "abc" (no row's key) for the first action of every
    list, the libraries' (users, groups, login attempts, devices) included: each list answers with itself and Django's warning that
    nothing was selected. A key too large for any row is no server error either."""
    client = client_for(administrator)
    request = RequestFactory().get("/admin/")
    request.user = administrator
    failures, lists = [], 0
    for model, model_admin in admin.site._registry.items():
        actions = [name for name in model_admin.get_actions(request) if name]
        if not actions:
            continue
        url = reverse(f"admin:{model._meta.app_label}_{model._meta.model_name}_changelist")
        response = client.post(
            url, {"action": actions[0], "_selected_action": ["abc"], "index": "0"}
        )
        lists += 1
        if response.status_code != 302 or "Inga poster har ändrats" not in _messages(client):
            failures.append((url, actions[0], response.status_code))
        response = client.post(
            url, {"action": actions[0], "_selected_action": ["9" * 30], "index": "0"}
        )
        if response.status_code >= 500:
            failures.append((url, actions[0], response.status_code))
    assert failures == []
    assert lists >= 10


def _messages(client):
    response = client.get(reverse("admin:index"))
    return " ".join(str(m) for m in response.context["messages"])


@pytest.mark.django_db
def test_a_list_asked_to_pick_by_a_reverse_relation_refuses_and_does_not_fail(
    administrator, client_for
):
    """An administrator's crafted popup address asks a list to pick rows by a relation that
    points at them from elsewhere (`?_to_field=user` on groups): Django refuses that with 400
    (it only knows fields), but for a reverse relation its check itself failed with 500."""
    client = client_for(administrator)
    client.raise_request_exception = False
    failures, asked = [], 0
    for model in admin.site._registry:
        url = reverse(f"admin:{model._meta.app_label}_{model._meta.model_name}_changelist")
        for relation in model._meta.get_fields():
            if relation.concrete:
                continue
            asked += 1
            response = client.get(url, {"_popup": "1", "_to_field": relation.name})
            if response.status_code != 400:
                failures.append((url, relation.name, response.status_code))
    assert failures == [], failures
    assert asked >= 20


@pytest.mark.django_db
def test_the_secretary_opening_the_history_of_a_word_where_a_key_goes_gets_not_found(
    secretary, client_for
):
    """/admin/<app>/<model>/abc/history/ (a typed or crafted address) answered 500 on every
    record with a history; it is no row, so the page is not found, like its change page."""
    from simple_history.admin import SimpleHistoryAdmin

    client = client_for(secretary)
    failures, pages = [], 0
    for model, model_admin in admin.site._registry.items():
        if not isinstance(model_admin, SimpleHistoryAdmin):
            continue
        info = (model._meta.app_label, model._meta.model_name)
        url = reverse("admin:{}_{}_history".format(*info), args=["abc"])
        response = client.get(url)
        pages += 1
        if response.status_code != 404:
            failures.append((url, response.status_code))
    assert failures == []
    assert pages >= 10
