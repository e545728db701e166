from decimal import Decimal

import pytest
from django.template import Context, Template

from budget.money import (
    format_diff_tkr,
    format_kr,
    format_percent,
    format_tkr,
    round_kr,
    tkr_number,
)

NBSP = "\u00a0"


def test_kronor_are_grouped_with_a_no_break_space():
    assert format_kr(Decimal("491000")) == f"491{NBSP}000 kr"
    assert format_kr(Decimal("1426000.00")) == f"1{NBSP}426{NBSP}000 kr"


def test_ore_are_shown_with_a_decimal_comma_only_when_there_are_any():
    assert format_kr(Decimal("1234.5")) == f"1{NBSP}234,50 kr"
    assert format_kr(Decimal("999.00")) == "999 kr"


def test_thousands_are_rounded_half_up_to_whole_tkr():
    assert format_tkr(Decimal("1426000")) == f"1{NBSP}426 tkr"
    assert format_tkr(Decimal("1499")) == "1 tkr"
    assert format_tkr(Decimal("1500")) == "2 tkr"
    assert tkr_number(Decimal("1059000")) == f"1{NBSP}059"


def test_a_difference_always_shows_its_sign_and_overspending_a_real_minus():
    assert format_diff_tkr(Decimal("154000")) == "+154"
    assert format_diff_tkr(Decimal("367000.00")) == "+367"
    assert format_diff_tkr(Decimal("-12000")) == "\u221212"
    assert format_diff_tkr(Decimal("0")) == "0"
    assert format_diff_tkr(Decimal("-400")) == "0"  # rounds to zero: no sign, not "−0"


def test_negative_kronor_use_the_minus_sign_not_a_hyphen():
    assert format_kr(Decimal("-1500")) == f"\u22121{NBSP}500 kr"


def test_the_rounding_helper_rounds_halves_away_from_zero():
    assert round_kr(Decimal("412400"), Decimal("1000")) == Decimal("412000")
    assert round_kr(Decimal("52500"), Decimal("1000")) == Decimal("53000")
    assert round_kr(Decimal("-52500"), Decimal("1000")) == Decimal("-53000")
    assert round_kr(Decimal("10.50")) == Decimal("11")


@pytest.mark.parametrize(
    "helper", [format_kr, format_tkr, format_diff_tkr, tkr_number, round_kr, format_percent]
)
def test_every_helper_refuses_a_float(helper):
    with pytest.raises(TypeError):
        helper(491000.0)


def test_whole_kronor_as_int_are_accepted():
    assert format_kr(491000) == f"491{NBSP}000 kr"


def test_the_template_filters_use_the_same_helpers():
    template = Template(
        "{% load money %}{{ a|kr }}|{{ a|tkr }}|{{ a|tkr_number }}|{{ d|diff_tkr }}|{{ s|percent }}|{{ n|kr }}"
    )
    context = Context(
        {"a": Decimal("1426000"), "d": Decimal("-154000"), "s": Decimal("0.615"), "n": None}
    )
    assert template.render(context) == (
        f"1{NBSP}426{NBSP}000 kr|1{NBSP}426 tkr|1{NBSP}426|\u2212154|62{NBSP}%|"
    )


def test_a_template_filter_refuses_a_float():
    template = Template("{% load money %}{{ a|kr }}")
    with pytest.raises(TypeError):
        template.render(Context({"a": 1.5}))
