import datetime
import io
import re
from decimal import Decimal

import openpyxl
import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from budget.models import BudgetLine, OutcomeEntry

URL = reverse("budget:follow_up")


def test_member_reads_the_follow_up(client_for, member, demo_budget):
    response = client_for(member).get(URL, {"year": 2025, "until": "2025-12-31"})
    assert response.status_code == 200
    assert "Budgetuppföljning 2025" in response.content.decode()


def test_outsider_gets_404_for_the_follow_up(client_for, outsider, demo_budget):
    assert client_for(outsider).get(URL).status_code == 404
    assert client_for(outsider).get(reverse("budget:follow_up_xlsx")).status_code == 404


def test_anonymous_visitor_gets_404_for_the_follow_up(client, demo_budget):
    assert client.get(URL).status_code == 404


def test_the_page_shows_the_seed_table_with_caption_and_scoped_headers(
    client_for, member, demo_budget
):
    html = client_for(member).get(URL, {"year": 2025, "until": "2025-12-31"}).content.decode()
    assert "<caption>Budget 2025 och utfall till och med 31 december 2025" in html
    assert '<th scope="col">Budgetpost</th>' in html
    rows = re.findall(r'<th scope="row">([^<]+)</th>\s*((?:<td[^>]*>[^<]*</td>\s*)+)', html)
    table = {name: re.findall(r"<td[^>]*>([^<]*)</td>", cells) for name, cells in rows}
    # Budget, Beslutat (no minutes loaded: no decisions), Utfall, Kvar, Förbrukat, Differens.
    assert table["Arvoden"] == ["400", "0", "246", "154", "62\u00a0%", "+154"]
    assert table["Dialogmöten, utbildning, utredning"][-1] == "+156"
    assert table["Summa"] == ["1\u00a0426", "0", "1\u00a0059", "367", "74\u00a0%", "+367"]


def test_member_sees_a_row_that_subtracts_when_the_outcome_has_half_a_thousand(
    client_for, member, demo_budget
):
    # 500 kr more on Arvoden: 246 500 kr reads 247 tkr, so 400 − 247 leaves 153, not the 154
    # that rounding the exact 153 500 kr would give.
    OutcomeEntry.objects.create(
        line=BudgetLine.objects.get(budget_year__year=2025, name="Arvoden"),
        booked_on=datetime.date(2025, 12, 30),
        amount=Decimal("500"),
        text="Arvode",
    )
    html = client_for(member).get(URL, {"year": 2025, "until": "2025-12-31"}).content.decode()
    row = re.search(r'<th scope="row">Arvoden</th>\s*((?:<td[^>]*>[^<]*</td>\s*)+)', html)
    cells = re.findall(r"<td[^>]*>([^<]*)</td>", row.group(1))
    assert cells == ["400", "0", "247", "153", "62\u00a0%", "+153"]


def test_the_page_shows_the_chart_inline_without_inline_css(client_for, member, demo_budget):
    html = client_for(member).get(URL, {"year": 2025}).content.decode()
    assert '<svg role="img" aria-label="Budget och utfall 2025' in html
    assert "style=" not in html
    assert "<style" not in html


def test_the_2024_page_through_july_states_491_000_kr(client_for, member, demo_budget):
    html = client_for(member).get(URL, {"year": 2024, "until": "2024-07-31"}).content.decode()
    assert "till och med 31 juli 2024: 491\u00a0000 kr av anslaget 1\u00a0400 tkr" in html


def test_the_share_of_the_allocation_is_of_the_allocation_when_the_lines_hold_less(
    client_for, member, demo_budget
):
    from budget.models import BudgetYear

    # 74 000 kr granted but not yet put on a line: 1 059 000 kr is 71 % of 1 500 000 kr.
    BudgetYear.objects.filter(year=2025).update(allocation=Decimal("1500000"))
    html = client_for(member).get(URL, {"year": 2025, "until": "2025-12-31"}).content.decode()
    assert "1\u00a0059\u00a0000 kr av anslaget 1\u00a0500 tkr (71\u00a0%)" in html


def test_the_form_has_labels_and_defaults_to_a_year_with_a_budget(client_for, member, demo_budget):
    response = client_for(member).get(URL)
    html = response.content.decode()
    assert '<label class="form-label" for="id_year">Budgetår</label>' in html
    assert '<label class="form-label" for="id_until">Utfall till och med</label>' in html
    assert response.context["follow_up"].year in (2024, 2025, 2026)


def test_an_invalid_date_falls_back_to_the_default_follow_up(client_for, member, demo_budget):
    response = client_for(member).get(URL, {"year": 2025, "until": "2025-02-30"})
    assert response.status_code == 200
    assert response.context["form"].errors["until"]


def test_a_date_outside_the_budget_year_is_refused_not_followed_up(client_for, member, demo_budget):
    response = client_for(member).get(URL, {"year": 2025, "until": "2024-01-01"})
    assert response.status_code == 200
    assert response.context["form"].errors["until"] == ["Välj ett datum under 2025."]
    assert "till och med 1 januari 2024" not in response.content.decode()


def test_the_refused_date_names_its_error_to_a_screen_reader(client_for, member, demo_budget):
    """The date field is described by its help and its error, so both are read with it."""
    html = client_for(member).get(URL, {"year": 2025, "until": "2024-01-01"}).content.decode()
    field = re.search(r'<input type="date" name="until"[^>]*>', html).group(0)
    described_by = re.search(r'aria-describedby="([^"]+)"', field).group(1).split()
    assert described_by == ["id_until_helptext", "id_until_error"]
    for element_id in described_by:
        assert f'id="{element_id}"' in html, element_id
    assert re.search(r"id=\"id_until_error\"[^>]*>(<p[^>]*>)?Välj ett datum under 2025.", html)


def test_the_2026_page_shows_the_course_invoice_for_2025(client_for, member, demo_budget):
    html = client_for(member).get(URL, {"year": 2026, "until": "2026-12-31"}).content.decode()
    assert "Poster för ett annat verksamhetsår" in html
    assert "Marie Cederschiölds högskola" in html
    assert "120\u00a0000 kr" in html


def test_process_leader_gets_links_to_edit_in_the_admin(client_for, process_leader, demo_budget):
    html = client_for(process_leader).get(URL, {"year": 2025}).content.decode()
    assert "/admin/budget/budgetyear/" in html
    assert reverse("budget:next_year") in html


def test_member_gets_no_links_to_the_admin(client_for, member, demo_budget):
    html = client_for(member).get(URL, {"year": 2025}).content.decode()
    assert "/admin/budget/" not in html
    assert reverse("budget:next_year") not in html


def test_the_page_uses_the_same_number_of_queries_with_many_more_entries(
    client_for, member, demo_budget
):
    client = client_for(member)
    client.get(URL, {"year": 2025})
    with CaptureQueriesContext(connection) as few:
        client.get(URL, {"year": 2025})
    line = BudgetLine.objects.get(budget_year__year=2025, name="Arvoden")
    OutcomeEntry.objects.bulk_create(
        OutcomeEntry(
            line=line,
            booked_on=datetime.date(2025, 5, 1),
            amount=Decimal("1"),
            text="x",
            activity_year=2024,
        )
        for _ in range(300)
    )
    with CaptureQueriesContext(connection) as many:
        client.get(URL, {"year": 2025})
    assert len(many) == len(few)


def test_the_xlsx_export_holds_the_seed_numbers_as_numeric_cells(client_for, member, demo_budget):
    response = client_for(member).get(
        reverse("budget:follow_up_xlsx"), {"year": 2025, "until": "2025-12-31"}
    )
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/vnd.openxmlformats")
    assert "budgetuppfoljning-2025-2025-12-31.xlsx" in response["Content-Disposition"]
    sheet = openpyxl.load_workbook(io.BytesIO(response.content)).active
    rows = {row[0].value: row for row in sheet.iter_rows(min_row=4)}
    fees = rows["Arvoden"]
    # Budget, Beslutat, Utfall, Kvar, Förbrukat, Differens.
    assert [fees[1].value, fees[3].value, fees[6].value] == [400000, 246000, 154000]
    assert fees[1].data_type == "n"
    assert fees[1].number_format == "#,##0.00"
    assert [rows["Summa"][1].value, rows["Summa"][3].value] == [1426000, 1059000]
    assert rows["Summa"][6].value == 367000


def test_every_amount_column_of_the_xlsx_export_is_wide_enough_to_read(
    client_for, member, demo_budget
):
    # At the default width "1 426 000,00" shows as ##### in a spreadsheet program.
    response = client_for(member).get(reverse("budget:follow_up_xlsx"), {"year": 2025})
    sheet = openpyxl.load_workbook(io.BytesIO(response.content)).active
    widths = {letter: sheet.column_dimensions[letter].width for letter in "BCDEFG"}
    assert widths == dict.fromkeys("BCDEFG", 16)


def test_the_xlsx_export_keeps_a_hostile_line_name_as_text(client_for, member, demo_budget):
    line = BudgetLine.objects.get(budget_year__year=2025, name="Kommunikation")
    line.name = '=HYPERLINK("http://example.com","x")'
    line.save()
    response = client_for(member).get(reverse("budget:follow_up_xlsx"), {"year": 2025})
    sheet = openpyxl.load_workbook(io.BytesIO(response.content)).active
    cell = next(row[0] for row in sheet.iter_rows(min_row=4) if "HYPERLINK" in str(row[0].value))
    assert cell.data_type == "s"
    assert cell.value.startswith("'=")


@pytest.mark.parametrize("name", [r"Resor $\foo$ och mat", "Porto $5 och tryck $6"])
def test_a_line_name_with_dollar_signs_is_drawn_as_written_not_as_tex(
    client_for, member, demo_budget, name
):
    line = BudgetLine.objects.get(budget_year__year=2025, name="Kommunikation")
    line.name = name
    line.save()

    response = client_for(member).get(URL, {"year": 2025})

    assert response.status_code == 200
    chart = re.search(r"<svg.*</svg>", response.content.decode(), re.S)[0]
    assert f">{name}</text>" in chart


@pytest.mark.parametrize("year", [2024, 2025, 2026])
def test_every_demo_year_renders(client_for, member, demo_budget, year):
    assert client_for(member).get(URL, {"year": year}).status_code == 200


def test_the_xlsx_export_survives_a_line_name_with_a_control_character(
    client_for, member, demo_budget
):
    line = BudgetLine.objects.get(budget_year__year=2025, name="Kommunikation")
    line.name = "Kommunikation\x0boch webb"
    line.save()
    response = client_for(member).get(reverse("budget:follow_up_xlsx"), {"year": 2025})
    assert response.status_code == 200
    sheet = openpyxl.load_workbook(io.BytesIO(response.content)).active
    assert "Kommunikation och webb" in [row[0].value for row in sheet.iter_rows(min_row=4)]


def test_the_process_leader_asking_for_2024_with_a_wrong_date_still_reads_2024(
    client_for, process_leader, demo_budget
):
    # The form says 2024 and the date is refused: the figures shown are 2024's to its end, not
    # another year's under a form that names 2024.
    response = client_for(process_leader).get(URL, {"year": 2024, "until": "2025-07-31"})
    assert response.context["form"].errors["until"] == ["Välj ett datum under 2024."]
    assert response.context["follow_up"].year == 2024
    assert "Budgetuppföljning 2024" in response.content.decode()
    assert "till och med 31 december 2024" in response.content.decode()


def selected_years(response):
    return re.findall(r'<option value="(\d+)" selected>', response.content.decode())


@pytest.mark.parametrize("query", [{"utm_source": "nyhetsbrev"}, {"foo": ""}, {"year": ""}])
def test_a_member_following_a_link_with_unrelated_parameters_reads_the_default_follow_up(
    client_for, member, demo_budget, query
):
    """A link from a newsletter carries utm_source: the page is the one without it, with no
    error about a field she never filled in."""
    client = client_for(member)
    default = client.get(URL).context["follow_up"].year

    response = client.get(URL, query)

    assert response.status_code == 200
    assert response.context["form"].errors == {}
    assert response.context["follow_up"].year == default
    assert selected_years(response) == [str(default)]
    assert client.get(reverse("budget:follow_up_xlsx"), query).status_code == 200


def test_unrelated_parameters_do_not_move_the_member_off_the_year_she_asked_for(
    client_for, member, demo_budget
):
    response = client_for(member).get(URL, {"year": 2024, "utm_source": "x", "foo": ""})
    assert response.context["form"].errors == {}
    assert response.context["follow_up"].year == 2024
    assert selected_years(response) == ["2024"]


@pytest.mark.parametrize("year", ["abc", "1999", "2.5", "-1", "9" * 30])
def test_a_malformed_year_falls_back_to_the_default_year_and_the_form_says_so(
    client_for, member, demo_budget, year
):
    client = client_for(member)
    default = client.get(URL).context["follow_up"].year

    response = client.get(URL, {"year": year, "until": "2024-03-01"})

    assert response.status_code == 200
    assert response.context["form"].errors["year"]
    # The figures and the form name the same year: the one shown.
    assert response.context["follow_up"].year == default
    assert selected_years(response) == [str(default)]
    field = re.search(r'<input type="date" name="until"[^>]*>', response.content.decode())
    assert "2024-03-01" not in field.group(0)
    assert client.get(reverse("budget:follow_up_xlsx"), {"year": year}).status_code == 200
