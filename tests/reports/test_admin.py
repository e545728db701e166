"""The admin: sections inline, preview links, and an admin edit makes open portal forms stale."""

from reports.models import AnnualReport


def test_the_process_leader_edits_a_report_in_the_admin_with_preview_links(
    client_for, process_leader, report
):
    page = client_for(process_leader).get(f"/admin/reports/annualreport/{report.pk}/change/")
    assert page.status_code == 200
    html = page.content.decode()
    assert 'href="/rapporter/2019/"' in html
    assert 'href="/rapporter/2019/pdf/"' in html
    assert "sections-0-heading" in html
    assert "{{antal_styrgruppsmöten}}" in html


def test_an_admin_save_bumps_the_version(client_for, process_leader, report):
    from django.contrib.admin.sites import site
    from django.test import RequestFactory

    request = RequestFactory().post("/")
    request.user = process_leader
    model_admin = site._registry[AnnualReport]
    report.subtitle = "Ändrad i admin"
    model_admin.save_model(request, report, form=None, change=True)
    assert AnnualReport.objects.get(pk=report.pk).version == 2


def test_the_admin_starts_next_years_report(client_for, process_leader, report):
    response = client_for(process_leader).post(
        "/admin/reports/annualreport/",
        {"action": "start_next_year", "_selected_action": [report.pk]},
    )
    assert response.status_code == 302
    assert AnnualReport.objects.get(year=2020).sections.count() == report.sections.count()


def test_the_process_leader_types_an_action_plan_link_without_a_scheme_and_gets_https(
    rf, process_leader
):
    from django.contrib.admin.sites import site

    from reports.models import ActionPlan

    request = rf.get("/")
    request.user = process_leader
    form_class = site._registry[ActionPlan].get_form(request)
    form = form_class(
        data={
            "title": "Handlingsplan 2024–2026",
            "start_year": 2024,
            "end_year": 2026,
            "url": "vgregion.se/handlingsplan",
        }
    )
    assert form.is_valid(), form.errors
    assert form.cleaned_data["url"] == "https://vgregion.se/handlingsplan"
