import re

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

ORG_NUMBER_RE = re.compile(r"^\d{6}-\d{4}$")


def luhn_ok(digits):
    """True when the last digit is the Luhn check digit of the others."""
    total = 0
    for index, char in enumerate(reversed(digits)):
        value = int(char)
        if index % 2 == 1:
            value *= 2
            if value > 9:
                value -= 9
        total += value
    return total % 10 == 0


def validate_organisation_number(value):
    if not ORG_NUMBER_RE.match(value or ""):
        raise ValidationError(
            _("Organisationsnumret ska skrivas NNNNNN-NNNN."), code="org_number_format"
        )
    if not luhn_ok(value.replace("-", "")):
        raise ValidationError(
            _("Organisationsnumret har fel kontrollsiffra."), code="org_number_check_digit"
        )
