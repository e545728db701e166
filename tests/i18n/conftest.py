"""Minutes to read in English: one meeting sent for approval, about the named people."""

import datetime

import pytest

from meetings.models.meeting import Status
from tests.portal.conftest import make_minutes


@pytest.fixture
def minutes(secretary, adjuster, member):
    return make_minutes(
        Status.SENT,
        datetime.date(2025, 11, 20),
        adjusters=[adjuster],
        secretary=secretary,
        owner=member,
        title="Novembermötet",
    )
