"""Two adjusters save the same item at the same moment, from the same version, on PostgreSQL:
exactly one wins, the other is refused, the history holds exactly the winner."""

import threading

import pytest
from django.db import connection, connections

from meetings import corrections
from meetings.models import Decision
from ros_portal.locking import StaleEdit

pytestmark = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="real row locks need PostgreSQL"
)


@pytest.mark.django_db(transaction=True)
def test_two_simultaneous_saves_of_one_decision_one_wins_one_is_refused(
    adjuster, second_adjuster, sent_minutes
):
    decision = sent_minutes.decisions.get()
    history_before = decision.history.count()
    barrier = threading.Barrier(2)
    outcomes = {}

    def save(user, text):
        try:
            stale_copy = Decision.objects.get(pk=decision.pk)  # opened at version 1
            barrier.wait(timeout=10)
            corrections.save_correction(stale_copy, user, 1, {"text": text})
            outcomes[user.username] = "saved"
        except StaleEdit as refused:
            outcomes[user.username] = ("refused", refused.current.text)
        finally:
            connections.close_all()  # each thread had its own connection

    threads = [
        threading.Thread(target=save, args=(adjuster, "Jans text.")),
        threading.Thread(target=save, args=(second_adjuster, "Sorayas text.")),
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)

    winners = [name for name, outcome in outcomes.items() if outcome == "saved"]
    losers = [outcome for outcome in outcomes.values() if outcome != "saved"]
    assert len(winners) == 1 and len(losers) == 1, outcomes
    decision.refresh_from_db()
    winner_text = "Jans text." if winners == ["jan"] else "Sorayas text."
    assert decision.text == winner_text
    assert decision.version == 2
    assert losers[0] == ("refused", winner_text)  # the loser was shown the winner's text
    assert decision.history.count() == history_before + 1
    newest = decision.history.first()
    assert (newest.text, newest.history_user.username) == (winner_text, winners[0])


@pytest.mark.django_db(transaction=True)
def test_two_last_approvals_at_the_same_moment_archive_once(
    adjuster, second_adjuster, sent_minutes
):
    from unittest import mock

    from meetings import approval
    from meetings.models import ArchivedMinutes
    from meetings.models.meeting import Status

    current = approval.fingerprint(sent_minutes)
    barrier = threading.Barrier(2)
    errors = []

    def approve(user):
        try:
            barrier.wait(timeout=10)
            approval.approve(sent_minutes, user, current)
        except Exception as error:  # collected and asserted below
            errors.append(error)
        finally:
            connections.close_all()

    renders = []

    def fake_pdf(meeting, lang="sv"):
        renders.append(meeting.pk)
        return "p.pdf", "application/pdf", b"%PDF-1.7 once"

    with mock.patch("reports.minutes.minutes_pdf", side_effect=fake_pdf):
        threads = [threading.Thread(target=approve, args=(u,)) for u in (adjuster, second_adjuster)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=30)

    assert errors == []
    sent_minutes.refresh_from_db()
    assert sent_minutes.status == Status.APPROVED
    assert renders == [sent_minutes.pk]  # archived exactly once
    assert ArchivedMinutes.objects.filter(meeting=sent_minutes).count() == 1
    assert sent_minutes.approvals.filter(voided_at__isnull=True).count() == 2
