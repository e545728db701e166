"""The secretary's meeting admin: pages, search, filters, inlines, uploads, preview, stamps."""

from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from meetings.admin_forms import AttachmentForm
from meetings.models import Attachment, Comment, Decision, Meeting
from tests.meetings.helpers import form_data


def change_url(meeting):
    return reverse("admin:meetings_meeting_change", args=[meeting.pk])


def test_secretary_gets_every_meeting_admin_page(client_for, secretary, august_meeting):
    client = client_for(secretary)
    pk = august_meeting.pk
    urls = [
        reverse("admin:meetings_meeting_changelist"),
        reverse("admin:meetings_meeting_changelist") + "?year=2024&kind=steering&status=draft",
        reverse("admin:meetings_meeting_changelist") + "?q=delregion",
        reverse("admin:meetings_meeting_add"),
        change_url(august_meeting),
        reverse("admin:meetings_meeting_history", args=[pk]),
        reverse("admin:meetings_meeting_copy_attendance", args=[pk]),
        reverse("admin:meetings_meeting_members_in_office") + "?datum=2024-08-19",
        reverse("admin:meetings_meeting_send", args=[pk]),
        reverse("admin:meetings_person_changelist"),
        reverse("admin:meetings_term_changelist"),
        reverse("admin:meetings_decision_changelist"),
        reverse("admin:meetings_actionitem_changelist"),
        reverse("admin:meetings_approval_changelist"),
        reverse("admin:meetings_reopening_changelist"),
    ]
    for url in urls:
        assert client.get(url).status_code == 200, url


def test_the_secretary_filtering_by_a_year_outside_the_calendar_finds_nothing(
    client_for, secretary, august_meeting
):
    url = reverse("admin:meetings_meeting_changelist")
    for year in ("0", "10000", "99999999999999999999"):
        response = client_for(secretary).get(url, {"year": year})
        assert response.status_code == 200, year
        assert list(response.context["cl"].result_list) == []


def test_the_change_page_has_titled_fieldsets_inlines_and_workflow_buttons(
    client_for, secretary, august_meeting
):
    html = client_for(secretary).get(change_url(august_meeting)).content.decode()
    for text in [
        "Mötet",
        "Anteckningar och justering",
        "Kommande möten och event",
        "Närvarande",
        "Dagordning",
        "Beslut",
        "Uppdrag",
        "Bilagor",
        "Kopiera närvaro från föregående möte",
        "Lägg till gruppens ledamöter i tjänst detta datum",
        "Spara och skicka för justering",
        "Förhandsgranska",
        "Återkoppling sedan förra mötet",
    ]:
        assert text in html, text
    assert reverse("admin:meetings_meeting_pdf", args=[august_meeting.pk]) in html


def test_the_decision_number_is_shown_read_only(client_for, secretary, august_meeting):
    decision = Decision.objects.get(meeting=august_meeting)
    html = client_for(secretary).get(change_url(august_meeting)).content.decode()
    assert f"§ {decision.number}/2024" in html
    assert 'name="decisions-0-number"' not in html


def test_search_finds_meetings_by_agenda_text_and_decisions_once(
    client_for, secretary, august_meeting, june_meeting
):
    client = client_for(secretary)
    url = reverse("admin:meetings_meeting_changelist")
    by_body = client.get(url, {"q": "5 december"}).context["cl"].result_list
    assert list(by_body) == [august_meeting]
    by_decision = client.get(url, {"q": "delregion"}).context["cl"].result_list
    assert list(by_decision) == [august_meeting]
    by_heading = client.get(url, {"q": "budget"}).context["cl"].result_list
    assert list(by_heading) == [august_meeting]


def test_the_year_filter_keeps_one_year(client_for, secretary, august_meeting):
    Meeting.objects.create(kind="steering", title="Förra året", date="2023-11-02")
    url = reverse("admin:meetings_meeting_changelist")
    result = client_for(secretary).get(url, {"year": "2023"}).context["cl"].result_list
    assert [m.title for m in result] == ["Förra året"]


def test_the_changelist_does_not_grow_queries_with_meetings(
    client_for, secretary, august_meeting, django_assert_max_num_queries
):
    client = client_for(secretary)
    url = reverse("admin:meetings_meeting_changelist")
    client.get(url)
    with django_assert_max_num_queries(20):
        client.get(url)
    for day in range(1, 20):
        Meeting.objects.create(
            kind="steering",
            title=f"Möte {day}",
            date=f"2024-03-{day:02d}",
            secretary=secretary.person,
        )
    with django_assert_max_num_queries(20):
        client.get(url)


def test_saving_the_meeting_stamps_the_secretary_in_history(client_for, secretary, august_meeting):
    client = client_for(secretary)
    response = client.get(change_url(august_meeting))
    data = form_data(response)
    data["place"] = "Ängås gård, Frölunda"
    before = august_meeting.history.count()
    response = client.post(change_url(august_meeting), data)
    assert response.status_code == 302, response.context["adminform"].form.errors
    assert august_meeting.history.count() == before + 1
    latest = august_meeting.history.first()
    assert latest.place == "Ängås gård, Frölunda"
    assert latest.history_user == secretary


def test_the_secretary_is_told_that_a_due_date_before_the_meeting_is_impossible(
    client_for, secretary, august_meeting
):
    client = client_for(secretary)
    data = form_data(client.get(change_url(august_meeting)))
    key = next(k for k in data if k.endswith("-due_date"))
    data[key] = "2024-01-01"
    response = client.post(change_url(august_meeting), data)
    assert response.status_code == 200
    assert "Klart senast kan inte vara före mötets datum (19 augusti 2024)." in (
        response.content.decode()
    )
    assert not august_meeting.action_items.filter(due_date="2024-01-01").exists()


def test_a_title_of_two_lines_posted_past_the_form_is_refused_before_it_reaches_a_mail_subject(
    client_for, secretary, august_meeting
):
    client = client_for(secretary)
    data = form_data(client.get(change_url(august_meeting)))
    data["title"] = "Sammanträde\nBcc: utomstaende@example.com"

    response = client.post(change_url(august_meeting), data)

    assert response.status_code == 200
    assert "Rubriken ska stå på en rad." in response.content.decode()
    august_meeting.refresh_from_db()
    assert "\n" not in august_meeting.title


def test_an_attachment_upload_is_stamped_with_the_uploader(client_for, secretary, august_meeting):
    client = client_for(secretary)
    data = form_data(client.get(change_url(august_meeting)))
    data.update(
        {
            "attachments-TOTAL_FORMS": "1",
            "attachments-0-title": "Budgetuppföljning",
            "attachments-0-file": SimpleUploadedFile(
                "budget.pdf", b"%PDF-1.7 test", content_type="application/pdf"
            ),
        }
    )
    response = client.post(change_url(august_meeting), data)
    assert response.status_code == 302
    attachment = Attachment.objects.get(meeting=august_meeting)
    assert attachment.uploaded_by == secretary
    assert attachment.content_type == "application/pdf"
    assert attachment.size == len(b"%PDF-1.7 test")


def _upload_errors(name, content):
    form = AttachmentForm(
        data={"title": "Bilaga"}, files={"file": SimpleUploadedFile(name, content)}
    )
    form.is_valid()
    return form.errors.get("file", [])


def test_an_executable_attachment_is_refused():
    assert "Filtypen är inte tillåten" in _upload_errors("virus.exe", b"MZ")[0]


def test_an_attachment_over_20_mb_is_refused():
    big = b"%PDF" + b"0" * (20 * 1024 * 1024)
    assert "större än 20 MB" in _upload_errors("stor.pdf", big)[0]


def test_an_attachment_whose_content_is_not_its_type_is_refused():
    assert "stämmer inte" in _upload_errors("rapport.pdf", b"<html>")[0]


def test_allowed_attachments_pass():
    assert _upload_errors("bild.png", b"\x89PNG\r\n\x1a\n....") == []
    assert _upload_errors("anteckning.txt", "Hej på dig".encode()) == []
    assert _upload_errors("lista.xlsx", b"PK\x03\x04....") == []


def test_a_member_cannot_open_the_meeting_admin(client_for, member, august_meeting):
    response = client_for(member).get(change_url(august_meeting))
    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]


def test_the_secretary_cannot_rewrite_a_members_comment_in_the_admin(
    client_for, secretary, member, august_meeting
):
    item = august_meeting.agenda_items.first()
    note = Comment.objects.create(agenda_item=item, author=member, text="Stämmer summan?")
    client = client_for(secretary)
    url = reverse("admin:meetings_comment_change", args=[note.pk])

    page = client.get(url)
    client.post(url, {"text": "Allt är bra.", "agenda_item": item.pk, "author": secretary.pk})

    assert page.status_code == 200
    assert 'name="text"' not in page.content.decode()
    assert client.get(reverse("admin:meetings_comment_add")).status_code == 403
    note.refresh_from_db()
    assert (note.text, note.author) == ("Stämmer summan?", member)


def test_the_secretary_reads_frozen_minutes_yes_no_and_amounts_in_swedish(
    client_for, secretary, demo_data
):
    """Approved minutes show every field read-only: Django wrote alt="False" for a yes/no and
    "100000,00" for the 100 000 kr granted on 2 November 2023."""
    meeting = Meeting.objects.get(date="2023-11-02")
    url = reverse("admin:meetings_meeting_change", args=[meeting.pk])
    html = client_for(secretary).get(url).content.decode()

    assert 'alt="False"' not in html and 'alt="True"' not in html
    assert 'alt="Nej"' in html
    assert "100\xa0000,00" in html
    assert "100000,00" not in html


def test_the_secretary_who_may_only_view_the_budget_reads_it_in_swedish(
    client_for, secretary, demo_data
):
    from budget.models import BudgetLine

    line = BudgetLine.objects.filter(is_fees=True).first()
    url = reverse("admin:budget_budgetline_change", args=[line.pk])
    html = client_for(secretary).get(url).content.decode()

    assert 'alt="Ja"' in html
    assert 'alt="True"' not in html


def test_the_process_leader_reads_the_file_of_an_attachment_she_may_not_change_by_its_name(
    client_for, process_leader, sent_minutes
):
    """Read-only, the attachment's file is its name: a stored file has no public URL, and the
    page answers 200 with the name rather than failing on the missing link."""
    from django.core.files.base import ContentFile

    attachment = Attachment(meeting=sent_minutes, title="Budgetuppföljning")
    attachment.file.save("budgetuppfoljning.pdf", ContentFile(b"%PDF-1.7 test"), save=False)
    attachment.save()
    url = reverse("admin:meetings_attachment_change", args=[attachment.pk])
    response = client_for(process_leader).get(url)

    assert response.status_code == 200
    assert "budgetuppfoljning" in response.content.decode()
