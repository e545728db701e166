import datetime
import io
from decimal import Decimal

import openpyxl
import pytest
from django.urls import reverse

from budget.models import OutcomeEntry
from budget.resources import OutcomeEntryResource
from budget.services import LedgerImportError, import_ledger
from ros_portal.exports import SafeCSV

HEADER = "Bokföringsdatum;Budgetår;Budgetpost;Belopp;Text;Verifikation;Verksamhetsår;Beslut\n"
GOOD = (
    HEADER
    + "2025-12-18;2025;Arvoden;1 234,50;Arvode extramöte;V2025-0990;;\n"
    + "2025-12-19;2025;Kommunikation;-250,00;Kreditering tryck;V2025-0991;;\n"
    + "2026-02-02;2026;Dialogmöten, utbildning, utredning;8500;Sen faktura dialogmöte;V2026-0050;2025;\n"
)
BAD = (
    HEADER
    + "2025-12-18;2025;Arvoden;1 000,00;Rätt rad;V1;;\n"
    + "2025-12-18;2025;Resor;500;Okänd post;V2;;\n"
    + "2025-12-18;2025;Arvoden;tusen;Fel belopp;V3;;\n"
    + "2025-02-30;2025;Arvoden;100;Omöjligt datum;V4;;\n"
    + "2025-12-18;2025;Arvoden;100;Okänt beslut;V5;;§ 99/2025\n"
)


def _entries():
    return list(OutcomeEntry.objects.order_by("id").values_list("id", "amount", "text"))


def test_a_good_ledger_file_is_booked_with_swedish_amounts(demo_budget, process_leader):
    before = OutcomeEntry.objects.count()
    import_ledger(GOOD.encode(), "csv", process_leader)
    assert OutcomeEntry.objects.count() == before + 3
    fee = OutcomeEntry.objects.get(reference="V2025-0990")
    assert fee.amount == Decimal("1234.50")
    assert fee.line.budget_year.year == 2025
    assert fee.booked_on == datetime.date(2025, 12, 18)
    assert OutcomeEntry.objects.get(reference="V2025-0991").amount == Decimal("-250.00")
    late = OutcomeEntry.objects.get(reference="V2026-0050")
    assert (late.line.budget_year.year, late.activity_year) == (2026, 2025)


def test_importing_the_same_file_twice_books_it_once(demo_budget, process_leader):
    import_ledger(GOOD.encode(), "csv", process_leader)
    count = OutcomeEntry.objects.count()
    import_ledger(GOOD.encode(), "csv", process_leader)
    assert OutcomeEntry.objects.count() == count


def test_a_bad_ledger_file_changes_nothing_and_names_every_bad_row(demo_budget, process_leader):
    before = _entries()
    with pytest.raises(LedgerImportError) as refused:
        import_ledger(BAD.encode(), "csv", process_leader)
    assert _entries() == before
    errors = refused.value.errors
    assert len(errors) == 4
    # Rows as the spreadsheet numbers them: the header is row 1, "Rätt rad" row 2.
    assert errors[0].startswith("Rad 3: Budgetpost: Okänd budgetpost ”Resor” för budgetår 2025")
    assert errors[1].startswith("Rad 4: Belopp: Ogiltigt belopp: tusen")
    assert errors[2].startswith("Rad 5: Bokföringsdatum: Ogiltigt datum: 2025-02-30")
    assert errors[3].startswith("Rad 6: Beslut: Okänt beslut: § 99/2025")


def test_an_entry_on_2025s_budget_booked_in_2026_is_refused_and_nothing_is_booked(
    demo_budget, process_leader
):
    # The 2025 follow-up and report count what is booked up to 31 December 2025: this entry
    # would be on the 2025 budget and in no figure of it.
    late = HEADER + "2025-12-18;2025;Arvoden;1 000,00;Rätt rad;V1;;\n"
    late += "2026-01-15;2025;Arvoden;9 000,00;Sent arvode;V2;;\n"
    before = _entries()
    with pytest.raises(LedgerImportError) as refused:
        import_ledger(late.encode(), "csv", process_leader)
    assert _entries() == before
    assert refused.value.errors == [
        "Rad 3: Bokföringsdatum: Bokföringsdatumet ska ligga i budgetåret 2025. En kostnad som "
        "bokförs ett annat år förs på det årets budget, med verksamhetsåret angivet."
    ]


def test_the_process_leader_cannot_add_an_entry_booked_outside_its_budget_year_in_the_admin(
    client_for, process_leader, demo_budget
):
    from budget.models import BudgetLine

    line = BudgetLine.objects.get(budget_year__year=2025, name="Arvoden")
    before = _entries()
    response = client_for(process_leader).post(
        reverse("admin:budget_outcomeentry_add"),
        {"booked_on": "2024-12-30", "line": line.pk, "amount": "5000", "text": "Fel år"},
    )
    assert response.status_code == 200
    assert "Bokföringsdatumet ska ligga i budgetåret 2025." in response.content.decode()
    assert _entries() == before


CLOSED = (
    "Årsrapporten för 2025 är publicerad, så årets budget och utfall är stängda. Sätt först "
    "rapporten tillbaka till utkast för att rätta dem."
)


@pytest.fixture
def published_2025(db):
    """The annual report 2025 is published: the 2025 figures it prints are final."""
    from reports.models import AnnualReport

    return AnnualReport.objects.create(year=2025, title="Årsrapport 2025", status="published")


def test_a_ledger_file_booking_on_a_year_whose_report_is_published_is_refused_whole(
    demo_budget, published_2025, process_leader
):
    before = _entries()
    with pytest.raises(LedgerImportError) as refused:
        import_ledger(GOOD.encode(), "csv", process_leader)
    assert _entries() == before
    # Both 2025 rows, and the 2026 row for 2025's activity (the report lists it too).
    assert len(refused.value.errors) == 3
    assert all(CLOSED in error for error in refused.value.errors)


def test_an_entry_or_line_that_a_published_report_prints_cannot_be_changed(
    demo_budget, published_2025
):
    from django.core.exceptions import ValidationError

    from budget.models import BudgetLine

    entry = OutcomeEntry.objects.filter(line__budget_year__year=2025).first()
    entry.amount += 1000
    with pytest.raises(ValidationError, match="stängda"):
        entry.full_clean()
    entry.refresh_from_db()
    entry.line = BudgetLine.objects.get(budget_year__year=2024, name=entry.line.name)
    entry.booked_on = entry.booked_on.replace(year=2024)
    with pytest.raises(ValidationError, match="stängda"):
        entry.full_clean()  # nor moved out of the published year
    line = BudgetLine.objects.get(budget_year__year=2025, name="Arvoden")
    line.amount += 1000
    with pytest.raises(ValidationError, match="stängda"):
        line.full_clean()
    year = line.budget_year
    year.year = 2027
    with pytest.raises(ValidationError, match="stängda"):
        year.full_clean()  # nor renumbered away from it
    invoice = OutcomeEntry.objects.get(line__budget_year__year=2026, activity_year=2025)
    invoice.amount += 1000
    with pytest.raises(ValidationError, match="stängda"):
        invoice.full_clean()


def test_the_process_leader_can_neither_add_nor_delete_an_entry_of_a_published_year(
    client_for, process_leader, demo_budget, published_2025
):
    from budget.models import BudgetLine

    client = client_for(process_leader)
    line = BudgetLine.objects.get(budget_year__year=2025, name="Arvoden")
    entry = OutcomeEntry.objects.filter(line=line).first()
    before = _entries()
    response = client.post(
        reverse("admin:budget_outcomeentry_add"),
        {"booked_on": "2025-12-30", "line": line.pk, "amount": "5000", "text": "Sent"},
    )
    assert CLOSED in response.content.decode()
    delete_url = reverse("admin:budget_outcomeentry_delete", args=[entry.pk])
    assert client.post(delete_url, {"post": "yes"}).status_code == 403
    client.post(
        reverse("admin:budget_outcomeentry_changelist"),
        {"action": "delete_selected", "_selected_action": [entry.pk], "post": "yes"},
    )
    assert _entries() == before
    # Back to draft, the year opens again.
    published_2025.status = "draft"
    published_2025.save()
    assert client.post(delete_url, {"post": "yes"}).status_code == 302
    assert not OutcomeEntry.objects.filter(pk=entry.pk).exists()


def test_a_file_without_the_amount_column_is_refused(demo_budget, process_leader):
    text = "Bokföringsdatum;Budgetår;Budgetpost;Text\n2025-12-18;2025;Arvoden;Utan belopp\n"
    before = _entries()
    with pytest.raises(LedgerImportError) as refused:
        import_ledger(text.encode(), "csv", process_leader)
    assert "Kolumner saknas i filen: Belopp" in refused.value.errors[0]
    assert _entries() == before


def test_the_resource_itself_rolls_back_a_file_with_one_bad_row(demo_budget):
    # Called the way the admin's confirm step calls it: no dry run, no extra arguments.
    dataset = SafeCSV().create_dataset(BAD)
    before = _entries()
    result = OutcomeEntryResource().import_data(dataset, dry_run=False)
    assert result.has_validation_errors()
    assert _entries() == before


def _xlsx(rows):
    workbook = openpyxl.Workbook()
    workbook.active.append(HEADER.strip().split(";"))
    for row in rows:
        workbook.active.append(row)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def test_a_good_xlsx_ledger_with_number_and_date_cells_is_booked(demo_budget, process_leader):
    data = _xlsx(
        [[datetime.datetime(2025, 12, 20), 2025, "Övriga möten", 1500.5, "Fika", "X1", None, None]]
    )
    import_ledger(data, "xlsx", process_leader)
    entry = OutcomeEntry.objects.get(reference="X1")
    assert (entry.booked_on, entry.amount) == (datetime.date(2025, 12, 20), Decimal("1500.50"))


def test_a_bad_xlsx_ledger_changes_nothing(demo_budget, process_leader):
    data = _xlsx(
        [
            [datetime.date(2025, 12, 20), 2025, "Övriga möten", 1500, "Fika", "X1", None, None],
            [datetime.date(2025, 12, 20), 2030, "Övriga möten", 1500, "Fel år", "X2", None, None],
        ]
    )
    before = _entries()
    with pytest.raises(LedgerImportError) as refused:
        import_ledger(data, "xlsx", process_leader)
    assert refused.value.errors == [
        "Rad 3: Budgetpost: Okänd budgetpost ”Övriga möten” för budgetår 2030."
    ]
    assert _entries() == before


def test_a_known_decision_is_linked_by_its_paragraph_number(demo_budget, process_leader):
    from meetings.models import Decision, Meeting

    meeting = Meeting.objects.create(date=datetime.date(2025, 9, 5))
    decision = Decision.objects.create(meeting=meeting, text="Beviljades", amount=Decimal("100000"))
    text = (
        HEADER
        + f"2025-12-05;2025;Dialogmöten, utbildning, utredning;25 000;Frivilligdag;F1;;{decision}\n"
    )
    import_ledger(text.encode(), "csv", process_leader)
    assert OutcomeEntry.objects.get(reference="F1").decision == decision


def test_the_ledger_export_is_semicolon_csv_with_swedish_headers_and_amounts(demo_budget):
    dataset = OutcomeEntryResource().export(
        OutcomeEntry.objects.filter(line__budget_year__year=2026)
    )
    csv = SafeCSV().export_data(dataset).decode("utf-8-sig")
    header, row = csv.strip().splitlines()
    assert header == HEADER.strip()
    assert row.startswith("2026-01-20;2026;Dialogmöten, utbildning, utredning;120000,00;")
    assert row.endswith(";V2026-0031;2025;")


def test_an_exported_ledger_imports_again_without_duplicates(demo_budget, process_leader):
    dataset = OutcomeEntryResource().export(OutcomeEntry.objects.all())
    count = OutcomeEntry.objects.count()
    import_ledger(SafeCSV().export_data(dataset), "csv", process_leader)
    assert OutcomeEntry.objects.count() == count


def test_exported_text_that_looks_like_a_formula_is_neutralised(demo_budget):
    entry = OutcomeEntry.objects.first()
    entry.text = "=cmd|' /C calc'!A0"
    entry.save()
    dataset = OutcomeEntryResource().export(OutcomeEntry.objects.filter(pk=entry.pk))
    assert dataset.dict[0]["Text"] == "'=cmd|' /C calc'!A0"


# The admin -------------------------------------------------------------------------------------

IMPORT_URL = reverse("admin:budget_outcomeentry_import")


def _upload(client, text, name="huvudbok.csv"):
    upload = io.BytesIO(text.encode())
    upload.name = name
    return client.post(IMPORT_URL, {"format": 0, "import_file": upload, "resource": 0})


def test_the_admin_refuses_a_bad_file_with_swedish_row_errors(
    client_for, process_leader, demo_budget
):
    before = _entries()
    response = _upload(client_for(process_leader), BAD)
    html = response.content.decode()
    assert response.status_code == 200
    # Named by the spreadsheet's row numbers (the header is row 1), as the messages say.
    assert "Rad 3: Budgetpost: Okänd budgetpost ”Resor” för budgetår 2025" in html
    assert "Rad 5: Bokföringsdatum: Ogiltigt datum: 2025-02-30" in html
    assert "<td>2 </td>" not in html  # not the library's table, which counts from the data
    assert 'name="import_file_name"' not in html  # no way to confirm
    assert _entries() == before


def test_the_admin_refuses_a_file_without_columns_in_words_without_a_traceback(
    client_for, process_leader, demo_budget
):
    text = "Bokföringsdatum;Budgetår;Budgetpost;Text\n2025-12-18;2025;Arvoden;Utan belopp\n"
    html = _upload(client_for(process_leader), text).content.decode()
    assert "Kolumner saknas i filen: Belopp." in html
    assert "Filen importerades inte. Ingenting sparades." in html
    assert "Traceback" not in html
    assert "resources.py" not in html
    assert "[&#x27;" not in html  # not the list's repr


def test_the_admin_confirm_step_saves_nothing_if_the_file_went_bad_since_the_preview(
    client_for, process_leader, demo_budget
):
    from budget.models import BudgetLine

    client = client_for(process_leader)
    preview = _upload(client, GOOD)
    confirm = preview.context["confirm_form"]
    # Between preview and confirmation, someone renames a line the file refers to.
    BudgetLine.objects.filter(budget_year__year=2025, name="Arvoden").update(name="Arvoden RÖS")
    before = _entries()
    response = client.post(
        reverse("admin:budget_outcomeentry_process_import"), confirm.initial, follow=True
    )
    assert _entries() == before
    html = response.content.decode()
    assert "Filen importerades inte. Ingenting sparades." in html
    assert "Rad 2: Budgetpost: Okänd budgetpost ”Arvoden”" in html  # the first data row


def test_the_admin_imports_a_good_file_after_confirmation(client_for, process_leader, demo_budget):
    client = client_for(process_leader)
    confirm = _upload(client, GOOD).context["confirm_form"]
    client.post(reverse("admin:budget_outcomeentry_process_import"), confirm.initial)
    assert OutcomeEntry.objects.filter(reference__in=["V2025-0990", "V2026-0050"]).count() == 2


def test_the_admin_list_shows_the_activity_year_of_a_late_invoice(
    client_for, process_leader, demo_budget
):
    response = client_for(process_leader).get(
        reverse("admin:budget_outcomeentry_changelist"), {"year": 2026}
    )
    html = response.content.decode()
    assert "Marie Cederschiölds högskola" in html
    assert "Verksamhetsår" in html or "verksamhetsår" in html


def test_the_process_leader_filtering_by_a_year_that_is_not_a_number_finds_nothing(
    client_for, process_leader, demo_budget
):
    response = client_for(process_leader).get(
        reverse("admin:budget_outcomeentry_changelist"), {"year": "abc"}
    )
    assert response.status_code == 200
    assert list(response.context["cl"].result_list) == []


def test_member_cannot_import_a_ledger(client_for, member, demo_budget):
    response = _upload(client_for(member), GOOD)
    assert response.status_code in (302, 403, 404)
    assert not OutcomeEntry.objects.filter(reference="V2025-0990").exists()
