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
