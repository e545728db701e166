from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from budget.models import BudgetLine, BudgetYear
from budget.services import create_next_year, preview_next_year

URL = reverse("budget:next_year")


@pytest.fixture
def year_2025(db):
    """The 2025 budget as the regional board granted it, without any later year."""
    year = BudgetYear.objects.create(year=2025, allocation=Decimal("1426000"))
    for order, (name, amount) in enumerate(
        [
            ("Arvoden", 400_000),
            ("Övriga möten", 51_000),
            ("Processledning", 575_000),
            ("Dialogmöten, utbildning, utredning", 325_000),
            ("Kommunikation", 75_000),
        ]
    ):
        BudgetLine.objects.create(budget_year=year, name=name, amount=Decimal(amount), order=order)
    return year


def test_2026_is_2025_raised_by_3_1_percent_each_line_rounded_to_whole_thousands(
    year_2025, process_leader
):
    created = create_next_year(year_2025, Decimal("3.1"), process_leader)
    amounts = dict(created.lines.values_list("name", "amount"))
    assert amounts == {
        "Arvoden": Decimal("412000"),  # 412 400
        "Övriga möten": Decimal("53000"),  # 52 581
        "Processledning": Decimal("593000"),  # 592 825
        "Dialogmöten, utbildning, utredning": Decimal("335000"),  # 335 075
        "Kommunikation": Decimal("77000"),  # 77 325
    }
    assert created.allocation == Decimal("1470000") == sum(amounts.values())
    assert created.based_on == year_2025
    assert created.indexation_percent == Decimal("3.1")
    assert "hela tusental kronor" in created.note
    assert created.history.first().history_user == process_leader


def test_exactly_500_kronor_rounds_up(year_2025, process_leader):
    line = year_2025.lines.get(name="Kommunikation")
    line.amount = Decimal("50000")
    line.save()
    # 50 000 × 1.01 = 50 500: exactly half a thousand, rounded up.
    preview = {p.name: p.amount for p in preview_next_year(year_2025, Decimal("1"))}
    assert preview["Kommunikation"] == Decimal("51000")


def test_the_next_year_is_refused_when_it_exists(year_2025, process_leader):
    create_next_year(year_2025, Decimal("3.1"), process_leader)
    with pytest.raises(ValidationError):
        create_next_year(year_2025, Decimal("5"), process_leader)
    assert BudgetYear.objects.filter(year=2026).count() == 1


def test_the_service_refuses_a_float_percentage(year_2025, process_leader):
    with pytest.raises(TypeError):
        create_next_year(year_2025, 3.1, process_leader)
    assert not BudgetYear.objects.filter(year=2026).exists()


def test_process_leader_sees_the_rounding_rule_and_a_preview_before_confirming(
    client_for, process_leader, year_2025
):
    response = client_for(process_leader).get(URL, {"source": 2025, "percent": "3,1"})
    html = response.content.decode()
    assert response.status_code == 200
    assert "avrundas sedan till hela tusental kronor" in html
    assert "412\u00a0400 kr" in html and "412\u00a0000 kr" in html
    assert "1\u00a0470\u00a0000 kr" in html
    assert not BudgetYear.objects.filter(year=2026).exists()  # a preview saves nothing


def test_process_leader_confirms_and_2026_is_created(client_for, process_leader, year_2025):
    response = client_for(process_leader).post(URL, {"source": 2025, "percent": "3,1"})
    assert response.status_code == 302
    assert BudgetYear.objects.get(year=2026).allocation == Decimal("1470000")


def test_confirming_twice_creates_the_year_once(client_for, process_leader, year_2025):
    client = client_for(process_leader)
    client.post(URL, {"source": 2025, "percent": "3,1"})
    response = client.post(URL, {"source": 2025, "percent": "3,1"})
    assert response.status_code == 200
    assert "Budgetåret 2026 finns redan." in response.content.decode()


def test_process_leader_confirming_a_budget_too_large_to_hold_is_told_and_nothing_is_created(
    client_for, process_leader, year_2025
):
    BudgetLine.objects.filter(name="Arvoden").update(amount=Decimal("9999999999.99"))
    response = client_for(process_leader).post(URL, {"source": 2025, "percent": "3,1"})
    assert response.status_code == 200  # the form again, not a server error
    assert "större än ett budgetår kan hålla" in response.content.decode()
    assert not BudgetYear.objects.filter(year=2026).exists()


def test_member_gets_403_for_next_years_budget(client_for, member, year_2025):
    assert client_for(member).get(URL).status_code == 403
    assert client_for(member).post(URL, {"source": 2025, "percent": "3,1"}).status_code == 403
    assert not BudgetYear.objects.filter(year=2026).exists()


def test_outsider_gets_404_for_next_years_budget(client_for, outsider, year_2025):
    assert client_for(outsider).get(URL).status_code == 404
