"""The Swedish admin shows django-import-export in Swedish (the library ships no Swedish)."""

from django.urls import reverse

from tests.budget.test_ledger import GOOD, IMPORT_URL, _upload


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
