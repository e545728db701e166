"""No lost edits in the admin's registers: a save from a page opened before someone else's save
is refused, says so, and keeps the other person's change (as the minutes and the annual report
already do). Every record with a change page of its own is tried, from the demo data."""

import pytest
from django.test import Client
from django.urls import reverse

from ros_portal.locking import STALE_MESSAGE
from tests.conftest import log_in_client
from tests.meetings.helpers import form_data

# (app, model, a text field both people change)
RECORDS = [
    ("meetings", "person", "title"),
    ("meetings", "term", "represents"),
    ("meetings", "accessgrant", "reason"),
    ("meetings", "attendance", "note"),
    ("meetings", "attachment", "title"),
    ("signatories", "signatory", "contact_name"),
    ("budget", "budgetyear", "note"),
    ("budget", "budgetline", "name"),
    ("budget", "commitment", "note"),
    ("budget", "outcomeentry", "text"),
    ("reports", "actionplan", "title"),
    ("reports", "developmentarea", "name"),
]


def _row(app, model_name):
    """The first row of the demo data that may still change (minutes not yet approved)."""
    from django.apps import apps
    from django.core.files.base import ContentFile

    from meetings.models import AccessGrant, Attachment, Meeting, Person
    from meetings.models.meeting import Status

    model = apps.get_model(app, model_name)
    rows = model.objects.order_by("pk")
    if model_name in ("attendance", "attachment"):
        rows = rows.filter(meeting__status=Status.SENT)
    row = rows.first()
    if row is None and model is AccessGrant:
        row = AccessGrant.objects.create(
            person=Person.objects.order_by("pk").first(),
            start="2026-01-01",
            end="2026-12-31",
            reason="Ersättare under hösten",
        )
    if row is None and model is Attachment:
        row = Attachment(meeting=Meeting.objects.filter(status=Status.SENT).first(), title="Bilaga")
        row.file.save("bilaga.pdf", ContentFile(b"%PDF-1.7 bilaga\n"), save=True)
    return row


def _opened(client, url):
    """The page's form as the browser posts it back (a stored file is not sent again)."""
    return {k: v for k, v in form_data(client.get(url)).items() if not hasattr(v, "read")}


@pytest.mark.django_db
@pytest.mark.parametrize(("app", "model_name", "field"), RECORDS)
def test_the_administrators_save_from_a_page_opened_before_the_staffs_save_is_refused(
    demo_data, administrator, secretary, process_leader, app, model_name, field
):
    row = _row(app, model_name)
    url = reverse(f"admin:{app}_{model_name}_change", args=[row.pk])
    staff = secretary if app == "meetings" else process_leader
    theirs, mine = log_in_client(Client(), staff), log_in_client(Client(), administrator)
    opened = _opened(mine, url)
    their_page = _opened(theirs, url)

    saved = theirs.post(url, {**their_page, field: "Sparat av personalen"})
    refused = mine.post(url, {**opened, field: "Sparat från en gammal sida"})

    assert saved.status_code == 302
    assert refused.status_code == 200
    assert str(STALE_MESSAGE) in refused.content.decode()
    row.refresh_from_db()
    assert getattr(row, field) == "Sparat av personalen"


def _refused(client, url, data):
    response = client.post(url, data)
    return response.status_code == 200 and str(STALE_MESSAGE) in response.content.decode()


@pytest.mark.django_db
def test_a_signatory_page_opened_before_an_import_changed_the_row_is_stale(
    demo_data, process_leader, administrator
):
    from signatories.importing import import_file
    from signatories.models import Signatory
    from tests.signatories.helpers import GOOD_NUMBERS, csv_bytes, row

    signatory = Signatory.objects.order_by("pk").first()
    Signatory.objects.filter(pk=signatory.pk).update(organisation_number=GOOD_NUMBERS[0])
    url = reverse("admin:signatories_signatory_change", args=[signatory.pk])
    page = _opened(log_in_client(Client(), administrator), url)

    outcome = import_file(csv_bytes([row(signatory.name, GOOD_NUMBERS[0])]), "csv")

    assert outcome.ok and outcome.totals["update"] == 1
    mine = log_in_client(Client(), administrator)
    assert _refused(mine, url, {**page, "contact_name": "Från en gammal sida"})
    signatory.refresh_from_db()
    assert signatory.contact_name == "Åsa Öberg"  # the import's


@pytest.mark.django_db
def test_a_signatory_page_opened_before_the_withdrawal_was_registered_is_stale(
    demo_data, process_leader, administrator
):
    from signatories.models import Signatory

    signatory = Signatory.objects.filter(withdrawn_on__isnull=True).order_by("pk").first()
    url = reverse("admin:signatories_signatory_change", args=[signatory.pk])
    mine = log_in_client(Client(), administrator)
    page = _opened(mine, url)

    log_in_client(Client(), process_leader).post(
        reverse("admin:signatories_signatory_changelist"),
        {"action": "withdraw_today", "_selected_action": [signatory.pk]},
    )

    assert _refused(mine, url, {**page, "contact_name": "Från en gammal sida"})
    signatory.refresh_from_db()
    assert signatory.withdrawn_on is not None


@pytest.mark.django_db
def test_a_budget_year_page_opened_before_a_line_was_renamed_keeps_the_new_name(
    demo_data, process_leader, administrator
):
    """The line is changed on its own page; the year's page, opened before, changes the same
    line in its table of lines and is refused."""
    from budget.models import BudgetLine

    line = BudgetLine.objects.order_by("pk").first()
    year_url = reverse("admin:budget_budgetyear_change", args=[line.budget_year_id])
    line_url = reverse("admin:budget_budgetline_change", args=[line.pk])
    mine = log_in_client(Client(), administrator)
    year_page = _opened(mine, year_url)
    theirs = log_in_client(Client(), process_leader)

    theirs.post(line_url, {**_opened(theirs, line_url), "name": "Arvoden (nytt namn)"})

    prefix = next(k for k, v in year_page.items() if k.endswith("-id") and str(v) == str(line.pk))
    year_page[prefix.removesuffix("-id") + "-name"] = "Arvoden (gammal sida)"
    assert _refused(mine, year_url, year_page)
    line.refresh_from_db()
    assert line.name == "Arvoden (nytt namn)"


@pytest.mark.django_db
def test_a_person_page_opened_before_a_spelling_was_corrected_keeps_the_correction(
    demo_data, secretary, administrator
):
    """Only the table of other spellings changes on both pages (a row without a version of its
    own): the person's version still moves, so the page opened before is refused."""
    from meetings.models import Person

    person = Person.objects.order_by("pk").first()
    alias = person.aliases.create(name="Stavning 1")
    url = reverse("admin:meetings_person_change", args=[person.pk])
    mine = log_in_client(Client(), administrator)
    page = _opened(mine, url)
    theirs = log_in_client(Client(), secretary)
    their_page = _opened(theirs, url)
    row = next(k for k, v in page.items() if k.endswith("-id") and str(v) == str(alias.pk))
    name = row.removesuffix("-id") + "-name"

    assert theirs.post(url, {**their_page, name: "Stavning 2"}).status_code == 302
    assert _refused(mine, url, {**page, name: "Stavning 3"})
    alias.refresh_from_db()
    assert alias.name == "Stavning 2"


@pytest.mark.django_db
def test_the_process_leader_reverts_a_signatory_to_an_earlier_name_and_its_version_moves_on(
    demo_data, process_leader
):
    from signatories.models import Signatory

    signatory = Signatory.objects.order_by("pk").first()
    url = reverse("admin:signatories_signatory_change", args=[signatory.pk])
    client = log_in_client(Client(), process_leader)
    client.post(url, {**_opened(client, url), "name": "Ett nytt namn"})
    signatory.refresh_from_db()
    earlier = signatory.history.order_by("history_date", "history_id")[0]
    revert = reverse(
        "admin:signatories_signatory_simple_history",
        args=[signatory.pk, earlier.history_id],
    )

    form = client.get(revert).context["adminform"].form
    page = {name: form[name].value() for name in form.fields if form[name].value() is not None}

    response = client.post(revert, page)

    assert response.status_code == 302
    reverted = Signatory.objects.get(pk=signatory.pk)
    assert reverted.name == earlier.name
    assert reverted.version == signatory.version + 1
