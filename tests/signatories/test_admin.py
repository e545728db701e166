"""The register in the admin: filters, no deletion, history, and an import previewed first."""

import datetime

import pytest
from django.contrib.admin.sites import site
from django.db.models import ProtectedError
from django.urls import reverse

from meetings.models import Decision, Meeting
from signatories.models import Signatory
from tests.signatories.helpers import (
    GOOD_NUMBERS,
    csv_bytes,
    make_signatory,
    register_snapshot,
    row,
    xlsx_bytes,
)

pytestmark = pytest.mark.django_db

CHANGELIST = reverse("admin:signatories_signatory_changelist")
IMPORT = reverse("admin:signatories_signatory_import")
PROCESS_IMPORT = reverse("admin:signatories_signatory_process_import")
CSV_FORMAT, XLSX_FORMAT = "0", "1"


def upload(name, data):
    from django.core.files.uploadedfile import SimpleUploadedFile

    return SimpleUploadedFile(name, data)


def shown(response):
    return sorted(s.name for s in response.context["cl"].result_list)


@pytest.fixture
def register():
    make_signatory("Alfa", signed_on=datetime.date(2019, 1, 1), subregion="fyrbodal")
    make_signatory(
        "Beta", signed_on=datetime.date(2024, 3, 1), withdrawn_on=datetime.date(2025, 1, 1)
    )
    make_signatory(
        "Gamma", signed_on=datetime.date(2024, 5, 1), is_umbrella=True, legal_form="stiftelse"
    )


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ({"status": "active"}, ["Alfa", "Gamma"]),
        ({"status": "withdrawn"}, ["Beta"]),
        ({"signed_year": "2024"}, ["Beta", "Gamma"]),
        ({"signed_year": "0"}, []),
        ({"signed_year": "99999999999999999999"}, []),
        ({"subregion__exact": "fyrbodal"}, ["Alfa"]),
        ({"legal_form__exact": "stiftelse"}, ["Gamma"]),
        ({"is_umbrella__exact": "1"}, ["Gamma"]),
        ({"q": "amm"}, ["Gamma"]),
    ],
)
def test_process_leader_filters_and_searches_the_register(
    client_for, process_leader, register, query, expected
):
    response = client_for(process_leader).get(CHANGELIST, query)

    assert response.status_code == 200
    assert shown(response) == expected


def test_the_admitting_decision_is_shown_with_a_link(client_for, process_leader):
    meeting = Meeting.objects.create(date=datetime.date(2024, 11, 29))
    decision = Decision.objects.create(
        meeting=meeting, text="Suicide Zero antogs som ny underskrivare."
    )
    signatory = make_signatory("Suicide Zero", admitted_by=decision)
    link = reverse("admin:meetings_decision_change", args=[decision.pk])

    changelist = client_for(process_leader).get(CHANGELIST).content.decode()
    change = client_for(process_leader).get(
        reverse("admin:signatories_signatory_change", args=[signatory.pk])
    )

    assert f'<a href="{link}">{decision} (2024-11-29)</a>' in changelist
    assert link in change.content.decode()


@pytest.mark.parametrize("who", ["process_leader", "administrator"])
def test_nobody_can_delete_a_signatory_in_the_admin(client_for, request, who):
    user = request.getfixturevalue(who)
    signatory = make_signatory("Faktum")
    client = client_for(user)

    delete = client.get(reverse("admin:signatories_signatory_delete", args=[signatory.pk]))
    changelist = client.get(CHANGELIST)

    assert delete.status_code == 403
    assert "delete_selected" not in site._registry[Signatory].get_actions(changelist.wsgi_request)
    assert Signatory.objects.filter(pk=signatory.pk).exists()


def test_deleting_a_signatory_in_code_is_refused():
    signatory = make_signatory("Faktum")

    with pytest.raises(ProtectedError):
        signatory.delete()

    assert Signatory.objects.filter(pk=signatory.pk).exists()


def test_withdrawal_is_a_date_and_the_history_keeps_the_change(client_for, process_leader):
    signatory = make_signatory("Faktum", signed_on=datetime.date(2020, 1, 1))
    signatory.withdrawn_on = datetime.date(2025, 6, 30)
    signatory.save()

    history = client_for(process_leader).get(
        reverse("admin:signatories_signatory_history", args=[signatory.pk])
    )

    assert history.status_code == 200
    assert signatory.history.count() == 2
    assert signatory.history.first().withdrawn_on == datetime.date(2025, 6, 30)


def test_withdrawing_today_one_who_signs_later_names_the_date_the_swedish_way(
    client_for, process_leader
):
    from django.utils.formats import date_format

    later = datetime.date.today() + datetime.timedelta(days=40)
    signatory = make_signatory("Faktum", signed_on=later)
    response = client_for(process_leader).post(
        CHANGELIST,
        {"action": "withdraw_today", "_selected_action": [signatory.pk]},
        follow=True,
    )
    assert f"Faktum undertecknade först {date_format(later, 'j F Y')}." in (
        response.content.decode()
    )
    signatory.refresh_from_db()
    assert signatory.withdrawn_on is None


def test_withdrawal_before_signing_is_refused_in_swedish(client_for, process_leader):
    signatory = make_signatory("Faktum", signed_on=datetime.date(2020, 1, 1))
    url = reverse("admin:signatories_signatory_change", args=[signatory.pk])
    data = {
        "name": "Faktum",
        "organisation_number": "",
        "legal_form": "ideell_forening",
        "subregion": "goteborg",
        "signed_on": "2020-01-01",
        "withdrawn_on": "2019-01-01",
    }

    response = client_for(process_leader).post(url, data)

    assert response.status_code == 200
    assert "Utträdesdatumet kan inte vara före undertecknandet." in response.content.decode()
    signatory.refresh_from_db()
    assert signatory.withdrawn_on is None


def test_a_signing_year_mistyped_centuries_back_is_refused_in_swedish(client_for, process_leader):
    # 0202 for 2022 would stretch the members' statistics over eighteen centuries of rows.
    signatory = make_signatory("Faktum", signed_on=datetime.date(2022, 2, 1))
    url = reverse("admin:signatories_signatory_change", args=[signatory.pk])
    data = {
        "name": "Faktum",
        "organisation_number": "",
        "legal_form": "ideell_forening",
        "subregion": "goteborg",
        "signed_on": "0202-02-01",
        "version": signatory.version,
    }

    response = client_for(process_leader).post(url, data)

    assert response.status_code == 200
    assert "Ange ett datum mellan år 1900 och 2200." in response.content.decode()
    signatory.refresh_from_db()
    assert signatory.signed_on == datetime.date(2022, 2, 1)


def test_secretary_may_view_but_not_import(client_for, secretary):
    client = client_for(secretary)

    assert client.get(CHANGELIST).status_code == 200
    assert client.get(IMPORT).status_code == 403


def test_admin_dry_run_of_a_bad_file_shows_swedish_errors_and_saves_nothing(
    client_for, process_leader
):
    make_signatory("Redan Med", organisation_number=GOOD_NUMBERS[3])
    before = register_snapshot()
    data = csv_bytes([row("Ängen", GOOD_NUMBERS[0]), row("Felsiffran", "802400-0014")], "cp1252")

    response = client_for(process_leader).post(
        IMPORT, {"format": CSV_FORMAT, "import_file": upload("underskrivare.csv", data)}
    )

    page = response.content.decode()
    assert response.status_code == 200
    assert "Filen avvisas: ingenting sparas" in page
    assert "Rad 3, kolumn Organisationsnummer: Organisationsnumret har fel kontrollsiffra." in page
    assert "confirm_form" not in response.context or not response.context["confirm_form"]
    assert register_snapshot() == before


def test_admin_import_previews_then_saves_a_good_xlsx_file(client_for, process_leader):
    client = client_for(process_leader)
    data = xlsx_bytes([row("Ängen", GOOD_NUMBERS[0]), row("Åkern", GOOD_NUMBERS[1])])

    preview = client.post(IMPORT, {"format": XLSX_FORMAT, "import_file": upload("u.xlsx", data)})

    assert preview.status_code == 200
    assert not Signatory.objects.exists()  # the preview is a dry run
    assert "2 nya, 0 ändrade, 0 oförändrade" in preview.content.decode()
    assert "Bekräfta importen" in preview.content.decode()
    confirm = preview.context["confirm_form"]
    saved = client.post(PROCESS_IMPORT, {name: confirm.initial[name] for name in confirm.initial})

    assert saved.status_code == 302
    assert sorted(Signatory.objects.values_list("name", flat=True)) == ["Ängen", "Åkern"]
    assert Signatory.objects.get(name="Ängen").history.first().history_user == process_leader


def test_admin_confirm_step_refuses_a_file_that_became_invalid(client_for, process_leader):
    client = client_for(process_leader)
    data = csv_bytes([row("Ängen", GOOD_NUMBERS[0]), row("Åkern", GOOD_NUMBERS[1])])
    preview = client.post(IMPORT, {"format": CSV_FORMAT, "import_file": upload("u.csv", data)})
    confirm = preview.context["confirm_form"]
    # Between preview and confirmation someone registers the second name under another number.
    make_signatory("Åkern", organisation_number=GOOD_NUMBERS[2])
    before = register_snapshot()

    response = client.post(
        PROCESS_IMPORT, {name: confirm.initial[name] for name in confirm.initial}
    )

    assert response.status_code == 302
    assert response.url == IMPORT
    assert register_snapshot() == before


def test_admin_export_is_formula_safe(client_for, process_leader):
    make_signatory("+SUM(1,2)")
    export_url = reverse("admin:signatories_signatory_export")
    client = client_for(process_leader)
    form = client.get(export_url).context["form"]
    data = {
        "format": CSV_FORMAT,
        **{name: "on" for name in form.fields if name.startswith("signatory")},
    }

    response = client.post(export_url, data)

    assert response.status_code == 200
    body = response.content.decode("utf-8-sig")
    assert body.splitlines()[0].startswith("Namn;Organisationsnummer")
    assert "'+SUM(1,2)" in body


def test_script_in_a_name_is_inert_in_the_admin_list(client_for, process_leader):
    make_signatory("<script>alert(1)</script>")

    page = client_for(process_leader).get(CHANGELIST).content.decode()

    assert "<script>alert(1)</script>" not in page


def test_the_admin_is_registered_with_import_export_and_history():
    admin = site._registry[Signatory]
    assert admin.has_delete_permission(request=None) is False
    assert admin.import_template_name == "signatories/admin/import.html"


def test_script_in_a_name_is_inert_in_the_import_preview(client_for, process_leader):
    data = csv_bytes([row("<script>alert(1)</script>", GOOD_NUMBERS[0])])

    preview = client_for(process_leader).post(
        IMPORT, {"format": CSV_FORMAT, "import_file": upload("u.csv", data)}
    )

    assert preview.status_code == 200
    assert "<script>alert(1)</script>" not in preview.content.decode()
    assert not Signatory.objects.exists()


def test_script_in_a_refused_cell_is_inert_in_the_error_list(client_for, process_leader):
    data = csv_bytes([row("Ängen", GOOD_NUMBERS[0], Delregion="<script>alert(2)</script>")])

    preview = client_for(process_leader).post(
        IMPORT, {"format": CSV_FORMAT, "import_file": upload("u.csv", data)}
    )

    page = preview.content.decode()
    assert "Rad 2, kolumn Delregion: Okänd delregion" in page
    assert "<script>alert(2)</script>" not in page


def test_process_leader_registers_a_withdrawal_with_the_admin_action(client_for, process_leader):
    leaving = make_signatory("Lämnar Nu")
    earlier = make_signatory("Lämnade Förut", withdrawn_on=datetime.date(2024, 1, 1))

    response = client_for(process_leader).post(
        CHANGELIST,
        {"action": "withdraw_today", "_selected_action": [leaving.pk, earlier.pk]},
        follow=True,
    )

    assert "Utträde registrerat för 1 underskrivare." in response.content.decode()
    leaving.refresh_from_db()
    earlier.refresh_from_db()
    assert leaving.withdrawn_on == datetime.date.today()
    assert earlier.withdrawn_on == datetime.date(2024, 1, 1)  # keeps the date it had
    assert leaving.history.first().history_user == process_leader
    assert Signatory.objects.count() == 2


def test_secretary_cannot_register_a_withdrawal(client_for, secretary):
    leaving = make_signatory("Lämnar Inte")

    client_for(secretary).post(
        CHANGELIST, {"action": "withdraw_today", "_selected_action": [leaving.pk]}
    )

    leaving.refresh_from_db()
    assert leaving.withdrawn_on is None


def test_an_unknown_filter_in_the_export_address_sends_the_process_leader_back_to_the_list(
    client_for, process_leader
):
    export_url = reverse("admin:signatories_signatory_export")

    response = client_for(process_leader).get(f"{export_url}?sida=2", follow=True)

    assert response.redirect_chain == [(CHANGELIST, 302)]
    assert "filter som listan inte känner till" in response.content.decode()


def test_the_process_leader_hears_ja_or_nej_for_an_umbrella_body_in_the_list(
    client_for, process_leader
):
    make_signatory("Paraplyförbundet", is_umbrella=True)

    page = client_for(process_leader).get(CHANGELIST).content.decode()

    assert 'alt="Ja"' in page
    assert 'alt="True"' not in page


SWEDISH_ORDER = ["Alfa förening", "Zeta IF", "Åkerns vänner", "Ängens IK", "Örebro vänner"]


def test_the_process_leader_sees_the_register_in_swedish_order_in_the_admin(
    client_for, process_leader
):
    """Å, Ä, Ö after Z, as on the public list and in the export."""
    for name in ["Örebro vänner", "Åkerns vänner", "Zeta IF", "Alfa förening", "Ängens IK"]:
        make_signatory(name)
    client = client_for(process_leader)

    listed = client.get(CHANGELIST).context["cl"].result_list
    assert [s.name for s in listed] == SWEDISH_ORDER

    # And when she sorts by the name column (the first after the checkbox), either way.
    for order, expected in [("1", SWEDISH_ORDER), ("-1", SWEDISH_ORDER[::-1])]:
        listed = client.get(CHANGELIST, {"o": order}).context["cl"].result_list
        assert [s.name for s in listed] == expected, order
