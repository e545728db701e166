"""The Swedish admin shows django-import-export in Swedish (the library ships no Swedish)."""

from django.urls import reverse

from budget.models import OutcomeEntry
from tests.budget.test_ledger import GOOD, IMPORT_URL, _upload
from tests.i18n.helpers import library_english


def test_the_process_leader_sees_the_import_page_in_swedish(client_for, process_leader, db):
    html = client_for(process_leader).get(IMPORT_URL).content.decode()
    assert "Följande fält importeras:" in html
    assert "This importer will import the following fields" not in html
    assert "Fil att importera" in html


def test_the_process_leader_sees_the_import_and_export_buttons_in_swedish(
    client_for, process_leader, db
):
    html = (
        client_for(process_leader)
        .get(reverse("admin:budget_outcomeentry_changelist"))
        .content.decode()
    )
    assert ">Importera<" in html
    assert ">Exportera<" in html


def test_the_import_preview_and_its_success_message_are_swedish(
    client_for, process_leader, demo_budget
):
    client = client_for(process_leader)
    preview = _upload(client, GOOD)
    assert "Bekräfta importen" in preview.content.decode()
    done = client.post(
        reverse("admin:budget_outcomeentry_process_import"),
        preview.context["confirm_form"].initial,
        follow=True,
    )
    html = done.content.decode()
    assert "Importen är klar: 3 nya, 0 uppdaterade, 0 raderade och 0 överhoppade" in html
    assert "Import finished" not in html


def test_no_library_string_is_left_in_english_on_the_ledger_pages(
    client_for, process_leader, demo_budget
):
    client = client_for(process_leader)
    entry = OutcomeEntry.objects.first()
    pages = [
        reverse("admin:budget_outcomeentry_changelist"),
        reverse("admin:budget_outcomeentry_import"),
        reverse("admin:budget_outcomeentry_export"),
        reverse("admin:budget_outcomeentry_history", args=[entry.pk]),
        reverse("admin:budget_outcomeentry_change", args=[entry.pk]),
    ]
    english = library_english()
    assert len(english) > 50
    html = {url: client.get(url).content.decode() for url in pages}
    left = {url: sorted(m for m in english if m in html[url]) for url in pages}
    assert left == {url: [] for url in pages}


def test_the_process_leader_reads_the_admin_lists_amounts_in_kronor(
    client_for, process_leader, demo_budget
):
    """As on every other page: "400 000 kr", not Django's bare "400000,00"."""
    client = client_for(process_leader)
    lists = {
        name: client.get(reverse(f"admin:budget_{name}_changelist")).content.decode()
        for name in ("budgetyear", "budgetline", "outcomeentry")
    }
    assert "1\N{NO-BREAK SPACE}426\N{NO-BREAK SPACE}000 kr" in lists["budgetyear"]
    assert "1426000,00" not in lists["budgetyear"]
    assert "400\N{NO-BREAK SPACE}000 kr" in lists["budgetline"]
    assert "400000,00" not in lists["budgetline"]
    assert " kr</td>" in lists["outcomeentry"]
    assert ",00</td>" not in lists["outcomeentry"]


def test_an_unknown_filter_in_the_ledger_export_address_is_refused_in_words(
    client_for, process_leader, db
):
    changelist = reverse("admin:budget_outcomeentry_changelist")
    export_url = reverse("admin:budget_outcomeentry_export")

    response = client_for(process_leader).get(f"{export_url}?ar=2025", follow=True)

    assert response.redirect_chain == [(changelist, 302)]
    assert "filter som listan inte känner till" in response.content.decode()
