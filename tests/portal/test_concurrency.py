"""Two adjusters save the same item at the same moment, from the same version, on PostgreSQL:
exactly one wins, the other is refused, the history holds exactly the winner."""

import threading

import pytest
from django.db import connection, connections

from meetings import corrections
from meetings.models import Decision

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
        except corrections.StaleSave as refused:
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
