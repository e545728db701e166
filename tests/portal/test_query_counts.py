"""The main pages read the database a fixed number of times: as many queries for a meeting with
more rows and a register with more meetings as for the first one (the most each page may take is
written here, one line per page)."""

import datetime

import pytest

from meetings.models.meeting import Status
from tests.portal.conftest import make_minutes

# (who reads, the page, its address, the most queries it may take)
PAGES = [
    ("member", "the start page", lambda m: "/", 12),
    ("member", "the meeting list", lambda m: "/moten/?ar=2025", 8),
    ("member", "a meeting page", lambda m: f"/moten/{m['sent'].pk}/", 20),
    ("member", "the action items", lambda m: "/uppdrag/", 11),
    ("member", "the decisions register", lambda m: "/beslut/", 11),
    ("member", "a search", lambda m: "/sok/?q=budget", 8),
    ("member", "the calendar page", lambda m: "/kalender/", 7),
    ("anonymous", "the public minutes", lambda m: "/protokoll/?ar=2025", 2),
    ("anonymous", "approved minutes", lambda m: f"/protokoll/{m['approved'].pk}/", 12),
    ("anonymous", "the signatory list", lambda m: "/underskrivare/", 1),
    ("member", "the signatory statistics", lambda m: "/underskrivare/statistik/", 9),
    ("member", "the budget follow-up", lambda m: "/budget/", 7),
    ("anonymous", "the annual reports", lambda m: "/rapporter/", 1),
    ("secretary", "the admin's meeting page", lambda m: f"/admin/meetings/meeting/{m['sent'].pk}/change/", 30),
    ("secretary", "the admin's meeting list", lambda m: "/admin/meetings/meeting/", 15),
]  # fmt: skip


@pytest.fixture
def minutes(people, sent_minutes, approved_minutes):
    return {"sent": sent_minutes, "approved": approved_minutes}


def _more_meetings(people, count=6):
    for n in range(count):
        make_minutes(
            Status.APPROVED if n % 2 else Status.SENT,
            datetime.date(2025, 1, 10 + n),
            adjusters=[people["adjuster"], people["second_adjuster"]],
            secretary=people["secretary"],
            owner=people["member"],
            title=f"Möte {n}",
        )


@pytest.mark.parametrize(
    ("who", "page", "url", "most"), PAGES, ids=[f"{who} reads {page}" for who, page, *_ in PAGES]
)
def test_a_main_page_takes_no_more_queries_however_many_meetings_there_are(
    client, client_for, people, minutes, django_assert_max_num_queries, who, page, url, most
):
    http = client if who == "anonymous" else client_for(people[who])
    address = url(minutes)
    assert http.get(address).status_code == 200, page
    with django_assert_max_num_queries(most):
        assert http.get(address).status_code == 200
    _more_meetings(people)
    with django_assert_max_num_queries(most):
        assert http.get(address).status_code == 200
