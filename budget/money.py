"""The one place where kronor are rounded and written the Swedish way (pages, exports, PDFs).

Money is a Decimal from the database to the page. Floats are refused: they cannot hold öre
exactly, and a float reaching this module means a calculation went wrong earlier.
"""

from decimal import ROUND_HALF_UP, Decimal

NBSP = "\u00a0"  # Django's sv locale groups thousands with a no-break space
MINUS = "\u2212"  # a real minus sign, not a hyphen, for overspending
ONE_KR = Decimal("1")
ONE_TKR = Decimal("1000")
_ORE = Decimal("0.01")


def _decimal(value):
    # bool is an int subclass but never an amount; floats are inexact by nature.
    if isinstance(value, Decimal):
        return value
    if isinstance(value, int) and not isinstance(value, bool):
        return Decimal(value)
    raise TypeError(f"Belopp ska vara Decimal, inte {type(value).__name__}: {value!r}")


def round_kr(amount, unit=ONE_KR):
    """Round an amount to a multiple of unit (1 kr, 1 000 kr, …), halves away from zero."""
    amount, unit = _decimal(amount), _decimal(unit)
    return (amount / unit).quantize(ONE_KR, rounding=ROUND_HALF_UP) * unit


def _group(digits):
    """'1426000' -> '1 426 000' with no-break spaces."""
    groups = []
    while len(digits) > 3:
        groups.insert(0, digits[-3:])
        digits = digits[:-3]
    groups.insert(0, digits)
    return NBSP.join(groups)


def _number(amount, places=0):
    """A signed, grouped number with a decimal comma: -1234.5 -> '−1 234,50'."""
    amount = amount.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
    sign = MINUS if amount < 0 else ""
    whole, _sep, fraction = f"{abs(amount):f}".partition(".")
    text = _group(whole)
    if fraction:
        text += "," + fraction
    return sign + text


def format_kr(amount):
    """Kronor: Decimal('491000') -> '491 000 kr'; öre are shown only when there are any."""
    amount = _decimal(amount)
    places = 0 if amount == amount.to_integral_value() else 2
    return f"{_number(amount.quantize(_ORE), places)} kr"


def tkr_number(amount):
    """Kronor as whole thousands without unit, for tables: Decimal('1426000') -> '1 426'."""
    return _number(round_kr(amount, ONE_TKR) / ONE_TKR)


def format_tkr(amount):
    """Kronor as whole thousands: Decimal('1426000') -> '1 426 tkr'."""
    return f"{tkr_number(amount)} tkr"


def format_diff_tkr(amount):
    """A budget difference in tkr, always signed as the report writes it: '+154', '−12', '0'."""
    number = tkr_number(amount)
    if number.startswith(MINUS) or number == "0":
        return number
    return "+" + number


def format_percent(share):
    """A share 0..1 as whole percent: Decimal('0.615') -> '62 %'; None (no budget) -> '–'."""
    if share is None:
        return "–"
    return f"{_number(round_kr(_decimal(share) * 100))}{NBSP}%"
