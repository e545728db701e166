"""Corrections: every save is a version with who and when; stale saves are refused and shown."""

from django.core import mail
from django.urls import reverse
from django.utils import timezone

from meetings import corrections


def _edit_url(kind, obj):
    return reverse("meetings:edit_item", args=[kind, obj.pk])


def test_adjuster_saves_a_correction_as_a_new_version_with_his_name(
    client_for, adjuster, sent_minutes
):
    item = sent_minutes.agenda_items.get()
    response = client_for(adjuster).post(
        _edit_url("punkt", item),
        {"heading": item.heading, "body": "Budgeten skrivs upp med 3,1 procent.", "version": 1},
    )
    assert response.status_code == 302
    item.refresh_from_db()
    assert item.version == 2
    newest = item.history.first()
    assert newest.history_user == adjuster
    assert newest.body == "Budgeten skrivs upp med 3,1 procent."


def test_secretary_corrects_an_action_item_text_and_due_date(client_for, secretary, sent_minutes):
    action = sent_minutes.action_items.get()
    response = client_for(secretary).post(
        _edit_url("uppdrag", action),
        {"text": "Utreda intresset regionalt.", "due_date": "2026-02-01", "version": 1},
    )
    assert response.status_code == 302
    action.refresh_from_db()
    assert (action.text, str(action.due_date), action.version) == (
        "Utreda intresset regionalt.",
        "2026-02-01",
        2,
    )


def test_an_adjuster_is_told_that_a_due_date_before_the_meeting_is_impossible(
    client_for, adjuster, sent_minutes
):
    action = sent_minutes.action_items.get()
    before = action.due_date
    response = client_for(adjuster).post(
        _edit_url("uppdrag", action),
        {"text": action.text, "due_date": "0001-01-01", "version": 1},
    )
    assert response.status_code == 200
    assert "Klart senast kan inte vara före mötets datum" in response.content.decode()
    action.refresh_from_db()
    assert (action.due_date, action.version) == (before, 1)


def test_second_adjuster_gets_a_stale_save_refused_and_sees_the_other_version(
    client_for, adjuster, second_adjuster, sent_minutes
):
    decision = sent_minutes.decisions.get()
    first = client_for(adjuster).post(
        _edit_url("beslut", decision), {"text": "Jans version av beslutet.", "version": 1}
    )
    assert first.status_code == 302
    second = client_for(second_adjuster).post(
        _edit_url("beslut", decision), {"text": "Sorayas version av beslutet.", "version": 1}
    )
    assert second.status_code == 409
    page = second.content.decode()
    assert "Din ändring är inte sparad" in page
    assert "Jans version av beslutet." in page  # the other version is shown
    assert "Jan Linde" in page  # who saved it
    assert "Sorayas version av beslutet." in page  # and her text is kept in the form
    assert 'name="version" value="2"' in page
    decision.refresh_from_db()
    assert decision.text == "Jans version av beslutet."
    assert decision.version == 2


def test_a_stale_save_against_a_version_nobody_signed_names_no_one_rather_than_crashing(
    client_for, adjuster, sent_minutes
):
    # The decision's only version was written by a script (an import, the demo): no login.
    decision = sent_minutes.decisions.get()
    assert decision.history.first().history_user is None

    response = client_for(adjuster).post(
        _edit_url("beslut", decision), {"text": "Jans version av beslutet.", "version": 7}
    )

    assert response.status_code == 409
    page = response.content.decode()
    assert "Din ändring är inte sparad" in page
    assert "sparades av okänd" in page
    assert "Jans version av beslutet." in page
    decision.refresh_from_db()
    assert decision.version == 1


def test_saving_again_after_reading_the_other_version_succeeds(
    client_for, adjuster, second_adjuster, sent_minutes
):
    decision = sent_minutes.decisions.get()
    client_for(adjuster).post(_edit_url("beslut", decision), {"text": "Jans text.", "version": 1})
    response = client_for(second_adjuster).post(
        _edit_url("beslut", decision), {"text": "Jans text, med Sorayas tillägg.", "version": 2}
    )
    assert response.status_code == 302
    decision.refresh_from_db()
    assert (decision.text, decision.version) == ("Jans text, med Sorayas tillägg.", 3)
    assert [r.history_user.username for r in decision.history.all()[:2]] == ["soraya", "jan"]


def test_an_unchanged_save_adds_no_version(adjuster, sent_minutes):
    decision = sent_minutes.decisions.get()
    corrections.save_correction(decision, adjuster, 1, {"text": decision.text})
    decision.refresh_from_db()
    assert decision.version == 1
    assert decision.history.count() == 1


def test_diff_between_two_versions_marks_removed_and_added_words_with_text_labels(
    client_for, adjuster, member, sent_minutes
):
    decision = sent_minutes.decisions.get()
    corrections.save_correction(
        decision, adjuster, 1, {"text": "RÖS-gruppen beslutade att uppmärksamma överenskommelsen."}
    )
    response = client_for(member).get(
        reverse("meetings:item_history", args=["beslut", decision.pk])
    )
    page = response.content.decode()
    assert response.status_code == 200
    assert '<del><span class="visually-hidden">[borttaget: </span>fira<' in page
    assert '<ins><span class="visually-hidden">[tillagt: </span>uppmärksamma<' in page
    assert "RÖS-gruppen beslutade att " in page


def test_diff_of_hostile_text_is_escaped(client_for, adjuster, member, sent_minutes):
    decision = sent_minutes.decisions.get()
    corrections.save_correction(decision, adjuster, 1, {"text": "<script>alert(1)</script>"})
    page = (
        client_for(member)
        .get(reverse("meetings:item_history", args=["beslut", decision.pk]))
        .content.decode()
    )
    assert "<script>alert(1)" not in page
    assert "&lt;script&gt;alert(1)" in page


def test_edit_after_an_approval_voids_it_and_mails_the_other_adjuster_only(
    client_for, adjuster, second_adjuster, sent_minutes, django_capture_on_commit_callbacks
):
    person = sent_minutes.adjusters.get(user=second_adjuster)
    given = sent_minutes.approvals.create(
        adjuster=person, fingerprint="x" * 64, approved_at=timezone.now()
    )
    with django_capture_on_commit_callbacks(execute=True):
        response = client_for(adjuster).post(
            _edit_url("beslut", sent_minutes.decisions.get()),
            {"text": "Ändrat efter justering.", "version": 1},
        )
    assert response.status_code == 302
    given.refresh_from_db()
    assert given.voided_at is not None
    # Jan made the change himself: only Soraya, whose approval it voided, is told.
    assert [m.to[0] for m in mail.outbox] == ["soraya@example.se"]
    assert "Justeringen upphävd" in mail.outbox[0].subject
    assert "Jan Linde" in mail.outbox[0].body
    assert f"/moten/{sent_minutes.pk}/justera/" in mail.outbox[0].body


def test_the_correction_page_says_whose_approvals_a_save_will_void(
    client_for, adjuster, second_adjuster, sent_minutes
):
    person = sent_minutes.adjusters.get(user=second_adjuster)
    sent_minutes.approvals.create(adjuster=person, fingerprint="x" * 64, approved_at=timezone.now())
    page = client_for(adjuster).get(_edit_url("beslut", sent_minutes.decisions.get()))
    assert f"upphävs justeringarna från {person.name}" in page.content.decode()


def test_after_the_save_the_adjuster_is_told_whose_approvals_were_voided(
    client_for, adjuster, second_adjuster, sent_minutes
):
    person = sent_minutes.adjusters.get(user=second_adjuster)
    sent_minutes.approvals.create(adjuster=person, fingerprint="x" * 64, approved_at=timezone.now())
    response = client_for(adjuster).post(
        _edit_url("beslut", sent_minutes.decisions.get()),
        {"text": "Ändrat efter justering.", "version": 1},
        follow=True,
    )
    shown = [str(m) for m in response.context["messages"]]
    assert f"Justeringarna från {person.name} upphävdes. De har fått e-post om det." in shown


def test_edit_without_approvals_sends_no_mail(
    client_for, adjuster, sent_minutes, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        client_for(adjuster).post(
            _edit_url("beslut", sent_minutes.decisions.get()), {"text": "Ny text.", "version": 1}
        )
    assert mail.outbox == []


def test_adjuster_of_another_meeting_may_not_correct_these_minutes(
    client_for, adjuster, member, sent_minutes
):
    sent_minutes.adjusters.remove(sent_minutes.adjusters.get(user=adjuster))
    response = client_for(adjuster).get(_edit_url("beslut", sent_minutes.decisions.get()))
    assert response.status_code == 403


def test_each_correction_page_has_a_title_naming_what_the_adjuster_corrects(
    client_for, adjuster, sent_minutes
):
    client = client_for(adjuster)
    item = sent_minutes.agenda_items.get()
    decision = sent_minutes.decisions.get()
    action = sent_minutes.action_items.get()
    titles = {}
    for kind, obj in [("punkt", item), ("beslut", decision), ("uppdrag", action)]:
        page = client.get(_edit_url(kind, obj)).content.decode()
        titles[kind] = page.split("<title>")[1].split("</title>")[0]
    assert titles["punkt"].startswith("Rätta dagordningspunkt: ")
    assert titles["beslut"].startswith(f"Rätta beslut § {decision.number}: ")
    assert titles["uppdrag"].startswith("Rätta uppdrag: ")
    assert all(sent_minutes.title in title for title in titles.values())


def test_the_versions_of_an_action_item_show_its_due_dates_as_words(
    client_for, secretary, member, sent_minutes
):
    action = sent_minutes.action_items.get()
    client_for(secretary).post(
        _edit_url("uppdrag", action),
        {"text": action.text, "due_date": "2026-02-01", "version": 1},
    )
    url = reverse("meetings:item_history", args=["uppdrag", action.pk])
    page = client_for(member).get(url).content.decode()
    diff = page.split("<h2>")[1].split("</main>")[0]
    before = action.due_date
    assert f"[borttaget: </span>{before.day}<" in diff
    assert "[tillagt: </span>februari<" in diff
    assert "2026-02-01" not in diff
    assert before.isoformat() not in diff


def test_each_versions_page_has_a_title_and_heading_naming_its_item(
    client_for, member, sent_minutes
):
    client = client_for(member)
    item = sent_minutes.agenda_items.get()
    decision = sent_minutes.decisions.get()
    action = sent_minutes.action_items.get()
    pages = {}
    for kind, obj in [("punkt", item), ("beslut", decision), ("uppdrag", action)]:
        html = client.get(reverse("meetings:item_history", args=[kind, obj.pk])).content.decode()
        pages[kind] = (html.split("<title>")[1].split("</title>")[0], html.split("<h1>")[1])
    assert pages["punkt"][0].startswith(f"Versioner av punkten {item.heading}: ")
    assert pages["beslut"][0].startswith(f"Versioner av beslut § {decision.number}: ")
    assert pages["uppdrag"][0].startswith("Versioner av uppdraget Utreda intresset")
    for title, heading in pages.values():
        assert sent_minutes.title in title
        assert heading.startswith(title.split(":")[0] + "</h1>")
