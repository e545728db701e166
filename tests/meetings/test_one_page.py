"""The secretary enters a whole meeting on one page, before its first save: attendance (guests
by name), agenda items, and decisions and action items tied to items by their number."""

import datetime

from django.urls import reverse

from meetings.models import Meeting, Person
from tests.meetings.helpers import form_data

ADD_URL = reverse("admin:meetings_meeting_add")


def rows(data, prefix, *values):
    """Add rows to an inline of the posted form, as the "add another" link does."""
    data[f"{prefix}-TOTAL_FORMS"] = str(len(values))
    for index, row in enumerate(values):
        if prefix in ("attendances", "agenda_items"):
            row = {"order": "0", **row}  # a new row's number as the page offers it
        for name, value in row.items():
            data[f"{prefix}-{index}-{name}"] = value
    return data


def new_meeting_data(client, kerstin):
    data = form_data(client.get(ADD_URL))
    data.update(
        kind="steering",
        title="Sammanträde med RÖS-gruppen",
        date="2023-11-02",
        start_time="09.30",
        end_time="15.30",
        status="draft",
    )
    rows(
        data,
        "attendances",
        {"person": kerstin.pk, "group": "civil_society", "role": "member", "presence": "present"},
        {"new_person": "Emma Broberg", "group": "official", "role": "guest", "presence": "guest"},
    )
    rows(
        data,
        "agenda_items",
        {"heading": "Återkoppling sedan förra mötet"},
        {"heading": "Process ny handlingsplan"},
        {"heading": "Övrigt"},
    )
    rows(data, "decisions", {"agenda_number": "3", "text": "Budgeten beviljades."})
    rows(
        data,
        "action_items",
        {"agenda_number": "2", "text": "Ta fram ett förslag.", "status": "open"},
    )
    return data


def test_the_secretary_saves_a_whole_new_meeting_in_one_post(client_for, secretary, member):
    client = client_for(secretary)
    response = client.post(ADD_URL, new_meeting_data(client, member.person))
    assert response.status_code == 302, response.context["errors"]
    meeting = Meeting.objects.get(title="Sammanträde med RÖS-gruppen")
    assert meeting.start_time == datetime.time(9, 30)
    # New items left at 0 got the next numbers, in the order they were entered.
    items = list(meeting.agenda_items.values_list("order", "heading"))
    assert [order for order, _heading in items] == [1, 2, 3]
    assert meeting.decisions.get().agenda_item.heading == "Övrigt"
    assert meeting.action_items.get().agenda_item.heading == "Process ny handlingsplan"
    guest = meeting.attendances.get(presence="guest")
    assert guest.person.name == "Emma Broberg"
    assert [a.order for a in meeting.attendances.order_by("order")] == [1, 2]


def test_a_guest_already_in_the_register_is_not_added_twice(client_for, secretary, member):
    Person.objects.create(name="Emma Broberg")
    client = client_for(secretary)
    client.post(ADD_URL, new_meeting_data(client, member.person))
    assert Person.objects.filter(name="Emma Broberg").count() == 1


def test_a_decision_naming_an_agenda_number_not_on_the_page_is_refused(
    client_for, secretary, member
):
    client = client_for(secretary)
    data = new_meeting_data(client, member.person)
    data["decisions-0-agenda_number"] = "7"
    response = client.post(ADD_URL, data)
    assert response.status_code == 200
    assert "Det finns ingen dagordningspunkt nr 7 på sidan." in response.content.decode()
    assert not Meeting.objects.filter(title="Sammanträde med RÖS-gruppen").exists()


def test_an_attendance_row_needs_a_person_or_a_name(client_for, secretary, member):
    client = client_for(secretary)
    data = new_meeting_data(client, member.person)
    data["attendances-1-new_person"] = ""
    response = client.post(ADD_URL, data)
    assert "Välj en person eller skriv ett namn." in response.content.decode()


def test_two_agenda_items_with_one_number_are_refused(client_for, secretary, member):
    client = client_for(secretary)
    data = new_meeting_data(client, member.person)
    data["agenda_items-0-order"] = "2"
    data["agenda_items-1-order"] = "2"
    response = client.post(ADD_URL, data)
    assert "Två dagordningspunkter har samma nummer: 2." in response.content.decode()


def test_save_and_send_saves_first_then_shows_what_will_be_sent(
    client_for, secretary, member, adjuster
):
    client = client_for(secretary)
    data = new_meeting_data(client, member.person)
    data["adjusters"] = [str(adjuster.person.pk)]
    data["_send"] = "Spara och skicka för justering"
    response = client.post(ADD_URL, data)
    meeting = Meeting.objects.get(title="Sammanträde med RÖS-gruppen")
    assert response.url == reverse("admin:meetings_meeting_send", args=[meeting.pk])
    assert meeting.status == "draft"  # nothing is sent before the secretary confirms


def test_save_and_send_with_an_error_saves_nothing_and_sends_nothing(
    client_for, secretary, member, mailoutbox
):
    client = client_for(secretary)
    data = new_meeting_data(client, member.person)
    data["decisions-0-agenda_number"] = "7"
    data["_send"] = "Spara och skicka för justering"
    assert client.post(ADD_URL, data).status_code == 200
    assert not Meeting.objects.exists()
    assert mailoutbox == []


def test_times_show_as_the_minutes_write_them(client_for, secretary, august_meeting):
    august_meeting.start_time = datetime.time(9, 30)
    august_meeting.save()
    url = reverse("admin:meetings_meeting_change", args=[august_meeting.pk])
    page = client_for(secretary).get(url).content.decode()
    assert 'value="09.30"' in page
    assert "09:30:00" not in page


def test_the_date_of_the_minutes_explains_itself(client_for, secretary):
    page = client_for(secretary).get(ADD_URL).content.decode()
    assert "Dagen då anteckningarna skrevs, t.ex. 2024-08-21." in page


def test_the_meeting_page_says_whose_approvals_a_save_voids_and_then_which_it_voided(
    client_for, secretary, adjuster, august_meeting
):
    from django.utils import timezone

    Meeting.objects.filter(pk=august_meeting.pk).update(status="sent")
    august_meeting.approvals.create(
        adjuster=adjuster.person, fingerprint="x" * 64, approved_at=timezone.now()
    )
    client = client_for(secretary)
    url = reverse("admin:meetings_meeting_change", args=[august_meeting.pk])
    page = client.get(url)
    assert "upphävs justeringarna från Jan Linde" in page.content.decode()
    data = form_data(page)
    data["title"] = "Rättad rubrik"
    response = client.post(url, data, follow=True)
    shown = [str(m) for m in response.context["messages"]]
    assert "Ändringen upphävde justeringarna från Jan Linde. De har fått e-post om det." in shown
    assert not august_meeting.approvals.filter(voided_at__isnull=True).exists()


def test_a_name_typed_for_someone_already_on_the_list_is_refused_with_a_message(
    client_for, secretary, member
):
    client = client_for(secretary)
    data = new_meeting_data(client, member.person)
    # Kerstin is chosen in the first row; the secretary also types her name in the second.
    data["attendances-1-new_person"] = "kerstin  söderberg"
    response = client.post(ADD_URL, data)
    assert response.status_code == 200
    assert "Kerstin Söderberg står redan i närvarolistan." in response.content.decode()
    assert not Meeting.objects.filter(title="Sammanträde med RÖS-gruppen").exists()


def test_a_new_name_typed_twice_is_refused_with_a_message(client_for, secretary, member):
    client = client_for(secretary)
    data = new_meeting_data(client, member.person)
    guest = {
        "person": "",
        "new_person": "Emma Broberg",
        "group": "official",
        "role": "guest",
        "presence": "guest",
    }
    rows(data, "attendances", guest, guest)
    response = client.post(ADD_URL, data)
    assert response.status_code == 200
    assert "Emma Broberg står redan i närvarolistan." in response.content.decode()
    assert not Person.objects.filter(name="Emma Broberg").exists()
