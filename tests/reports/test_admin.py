"""The admin: sections inline, preview links, and an admin edit makes open portal forms stale."""

from reports.models import AnnualReport
from tests.meetings.helpers import form_data


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


def test_an_admin_save_moves_the_version_on(client_for, process_leader, report):
    client = client_for(process_leader)
    url = f"/admin/reports/annualreport/{report.pk}/change/"
    data = form_data(client.get(url))
    data["subtitle"] = "Ändrad i admin"
    assert client.post(url, data).status_code == 302
    report.refresh_from_db()
    assert (report.subtitle, report.version) == ("Ändrad i admin", 2)


def test_an_admin_page_opened_before_the_process_leaders_portal_save_is_refused(
    client_for, process_leader, report
):
    client = client_for(process_leader)
    url = f"/admin/reports/annualreport/{report.pk}/change/"
    stale = form_data(client.get(url))
    AnnualReport.objects.filter(pk=report.pk).update(version=2, subtitle="Sparad i portalen")
    stale["subtitle"] = "Från den gamla sidan"
    response = client.post(url, stale)
    assert response.status_code == 200
    assert "Någon annan har sparat" in response.content.decode()
    report.refresh_from_db()
    assert report.subtitle == "Sparad i portalen"


def test_the_admin_starts_next_years_report(client_for, process_leader, report):
    response = client_for(process_leader).post(
        "/admin/reports/annualreport/",
        {"action": "start_next_year", "_selected_action": [report.pk]},
    )
    assert response.status_code == 302
    assert AnnualReport.objects.get(year=2020).sections.count() == report.sections.count()


def test_a_staff_member_who_may_only_read_reports_cannot_start_next_years_report(
    client_for, roles, report
):
    """Starting a report adds one: a login given only the right to view reports (a reader's
    group made in the admin) is not offered the action and cannot post it."""
    from django.contrib.auth.models import Permission

    from tests.conftest import _user

    reader = _user("rut", "Rut Läsare", staff=True)
    reader.user_permissions.add(Permission.objects.get(codename="view_annualreport"))
    client = client_for(reader)
    page = client.get("/admin/reports/annualreport/")
    assert page.status_code == 200
    assert "start_next_year" not in page.content.decode()
    client.post(
        "/admin/reports/annualreport/",
        {"action": "start_next_year", "_selected_action": [report.pk]},
    )
    assert not AnnualReport.objects.filter(year=2020).exists()


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


def test_the_process_leader_cannot_revert_a_published_report_to_its_draft_text(
    client_for, process_leader, report
):
    """The revert form of the draft version offers its title and text; posting it answered 500
    (the report refused the change). It is refused like any change of a published report."""
    from reports.services import publish_report

    draft = report.history.order_by("history_date").first()
    publish_report(report, process_leader)
    client = client_for(process_leader)
    url = f"/admin/reports/annualreport/{report.pk}/history/{draft.history_id}/"
    form = client.get(url).context["adminform"].form
    data = {name: form[name].value() for name in form.fields if form[name].value() is not None}

    response = client.post(url, {**data, "title": "Ett gammalt utkast"})

    assert response.status_code == 403
    report.refresh_from_db()
    assert (report.status, report.title) == ("published", "Årsrapport 2019")
    assert report.archives.count() == 1


def test_a_new_report_in_the_admin_is_for_the_year_after_the_latest(
    client_for, process_leader, report
):
    AnnualReport.objects.create(year=2017, title="Årsrapport 2017")
    page = client_for(process_leader).get("/admin/reports/annualreport/add/").content.decode()
    assert 'name="year" value="2020"' in page


def test_the_first_report_in_the_admin_is_for_this_year(client_for, process_leader):
    from django.utils import timezone

    page = client_for(process_leader).get("/admin/reports/annualreport/add/").content.decode()
    assert f'name="year" value="{timezone.localdate().year}"' in page


def test_a_year_given_in_the_add_address_still_wins(client_for, process_leader, report):
    page = client_for(process_leader).get("/admin/reports/annualreport/add/?year=2031")
    assert 'name="year" value="2031"' in page.content.decode()
