"""Minutes to read in English: one meeting sent for approval, about the named people."""

import pytest

from tests.i18n.helpers import november_minutes


@pytest.fixture
def minutes(secretary, adjuster, member):
    return november_minutes(secretary, adjuster, member)
