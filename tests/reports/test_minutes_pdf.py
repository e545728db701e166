"""The minutes PDF reads like the group's own minutes, is PDF/A, and fetches nothing outside."""

import datetime
import io
import re
import subprocess
import tempfile
from pathlib import Path

import pytest
from django.core.files.base import ContentFile
from django.core.management import CommandError, call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from pypdf import PdfReader

from meetings.models import ActionItem, AgendaItem, Approval, Attachment, Decision, Meeting
from reports.minutes import minutes_pdf
from reports.pdf import STATIC_PREFIX, new_fetcher
from tests.meetings.helpers import approve, attend, person

HOSTILE = """\
<script>alert("pwned")</script>
<iframe src="https://evil.example/"></iframe>
[klicka här](javascript:alert(1))
<img src="file:///etc/passwd">
![metadata](http://169.254.169.254/latest/meta-data/)
<a href="http://169.254.169.254/latest/">moln</a>
<link rel="stylesheet" href="file:///etc/passwd">
<style>@import url("http://169.254.169.254/x.css");</style>
"""


def pdf_text(data):
    with tempfile.NamedTemporaryFile(suffix=".pdf") as handle:
        handle.write(data)
        handle.flush()
        result = subprocess.run(
            ["pdftotext", "-layout", "-enc", "UTF-8", handle.name, "-"],
            capture_output=True,
            check=True,
        )
    return result.stdout.decode()


def squeeze(text):
    """Without any whitespace: line breaks and no-break spaces do not matter."""
    return re.sub(r"\s+", "", text)


def assert_contains(text, *needles):
    haystack = squeeze(text)
    for needle in needles:
        options = needle if isinstance(needle, tuple) else (needle,)
        assert any(squeeze(o) in haystack for o in options), f"{needle!r} not in PDF text"


def test_the_minutes_read_like_the_seed_minutes(august_meeting):
    filename, content_type, data = minutes_pdf(august_meeting)
    assert filename == "minnesanteckningar-2024-08-19.pdf"
    assert content_type == "application/pdf"
    text = pdf_text(data)
    assert_contains(
        text,
        "Minnesanteckningar från:",
        "Sammanträde med den regionala överenskommelsegruppen",
        "19 augusti 2024, 09.30–15.30, Regionens hus, Göteborg",
        "Närvarande",
        "Förtroendevalda: Soraya Zarza Lundberg (ordförande), Eva-Karin Torhem Arnell",
        "Civila samhället: Jan Linde (vice ordförande), Kerstin Söderberg",
        "Tjänstepersoner: Erica Sjölin (processledare), Jesper Svensson (sekreterare)",
        "Gäster: Anne Svensson, Regionutvecklare (KUN)",
        "Verksamhetsplan och budget 2024",
        "Utfall tom juli 491 000 kr",
        "Diskussionspunkter",
        "RÖS-gruppen beslutade att bevilja 25 000 kr per delregion. (100 000 kr)",
        "Uppdrag: Processledarna återkommer med förslag på upplägg. – ansvariga: Erica Sjölin "
        "– klart senast 18 september 2024",
        "Kommande möten och event",
        "18 september 2024: Dialogmöte med underskrivare, Ullevi restaurang och konferens",
        "Antecknat av Jesper Svensson 21 augusti 2024",
        "Ej justerat",
        "Sida 1 av 1",
    )
    number = Decision.objects.get(meeting=august_meeting).number
    assert re.search(rf"§\s*{number}\s+RÖS-gruppen beslutade", text)


def test_approved_minutes_name_each_adjuster_and_date(august_meeting, adjuster, second_adjuster):
    approve(august_meeting, adjuster.person, second_adjuster.person)
    text = pdf_text(minutes_pdf(august_meeting)[2])
    assert_contains(
        text, "Justerat av: Jan Linde 21 augusti 2024, Soraya Zarza Lundberg 21 augusti 2024"
    )
    assert "Ej justerat" not in text


def test_voided_approvals_are_not_printed(august_meeting, adjuster, second_adjuster):
    # Jan Linde approved, an edit voided his approval, and the minutes were approved without it
    # (the database refuses to void an approval once the minutes are approved).
    Approval.objects.create(
        meeting=august_meeting,
        adjuster=adjuster.person,
        fingerprint="x" * 64,
        approved_at=datetime.datetime(2024, 8, 20, 9, 0, tzinfo=datetime.UTC),
        voided_at=datetime.datetime(2024, 8, 20, 10, 0, tzinfo=datetime.UTC),
    )
    approve(august_meeting, second_adjuster.person)
    text = squeeze(pdf_text(minutes_pdf(august_meeting)[2]))
    assert squeeze("Justerat av: Soraya Zarza Lundberg") in text
    assert squeeze("Justerat av: Jan Linde") not in text


def test_follow_up_at_this_meeting_is_printed(august_meeting, june_meeting, secretary):
    from meetings import services

    action = ActionItem.objects.get(meeting=june_meeting)
    services.close_action_item(action, secretary, "Intresse finns.", meeting=august_meeting)
    text = pdf_text(minutes_pdf(august_meeting)[2])
    assert_contains(
        text,
        "Återkoppling sedan förra mötet",
        "Utreda intresset för en nationell konferens (uppdrag från 10 juni 2024, "
        "Kerstin Söderberg): Intresse finns.",
    )


def attach(meeting, title, name):
    attachment = Attachment(meeting=meeting, title=title, content_type="application/pdf")
    attachment.file.save(name, ContentFile(b"%PDF-1.4"), save=True)
    return attachment


def test_the_minutes_list_the_meetings_attachments_under_bilagor(august_meeting):
    """Seed 002 says 'Se bifogad ppt': a reader of the minutes learns what was attached."""
    attach(august_meeting, "Presentation Regions Skåne", "skane.pdf")
    attach(august_meeting, "Höstens seminarier", "seminarier.pdf")
    text = pdf_text(minutes_pdf(august_meeting)[2])
    assert_contains(text, "Bilagor")
    after = squeeze(text.split("Bilagor", 1)[1])
    # In the order of their titles, as the meeting page lists them.
    assert after.index(squeeze("Höstens seminarier")) < after.index(
        squeeze("Presentation Regions Skåne")
    )


def test_minutes_without_attachments_print_no_list_of_them(august_meeting):
    assert "Bilagor" not in pdf_text(minutes_pdf(august_meeting)[2])


def test_the_pdf_is_tagged_pdf_a_with_title_language_and_embedded_fonts(august_meeting):
    reader = PdfReader(io.BytesIO(minutes_pdf(august_meeting)[2]))
    root = reader.trailer["/Root"]
    assert reader.metadata.title.startswith("Minnesanteckningar 19 augusti 2024")
    assert root["/Lang"] == "sv"
    assert root["/MarkInfo"]["/Marked"]
    assert "/StructTreeRoot" in root
    assert b"pdfaid:part" in root["/Metadata"].get_object().get_data()
    fonts = []
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descriptor = (
                font.get("/FontDescriptor")
                or font["/DescendantFonts"][0].get_object()["/FontDescriptor"]
            )
            fonts.append(font["/BaseFont"])
            assert "/FontFile2" in descriptor.get_object(), font["/BaseFont"]
    assert fonts and all("Noto" in str(name) for name in fonts), fonts


def test_hostile_markdown_is_inert_in_the_pdf_and_nothing_outside_is_fetched(august_meeting):
    AgendaItem.objects.create(
        meeting=august_meeting, order=9, heading="Fientlig text", body=HOSTILE
    )
    fetcher = new_fetcher()
    asked = []
    fetch = fetcher.fetch

    def recording_fetch(url, *args, **kwargs):
        asked.append(url)
        return fetch(url, *args, **kwargs)

    fetcher.fetch = recording_fetch
    data = minutes_pdf(august_meeting, fetcher=fetcher)[2]
    text = pdf_text(data)
    assert "alert" not in text
    assert "pwned" not in text
    assert "klicka här" in text
    assert asked, "the stylesheets and fonts come through the fetcher"
    fetched = [url for url in asked if url not in fetcher.refused]
    assert all(url.startswith((STATIC_PREFIX, "data:")) for url in fetched), fetched
    assert not any("169.254" in url or url.startswith("file:") for url in fetched)
    raw = PdfReader(io.BytesIO(data))
    for page in raw.pages:
        for annotation in page.get("/Annots") or []:
            action = annotation.get_object().get("/A", {})
            assert "javascript" not in str(action.get("/URI", "")).lower()
            assert action.get("/S") != "/JavaScript"


def test_rendering_takes_the_same_number_of_queries_however_long_the_minutes(
    august_meeting, member
):
    with CaptureQueriesContext(connection) as before:
        minutes_pdf(august_meeting)
    for n in range(5):
        item = AgendaItem.objects.create(meeting=august_meeting, order=10 + n, heading=f"Punkt {n}")
        Decision.objects.create(meeting=august_meeting, agenda_item=item, text=f"Beslut {n}")
        action = ActionItem.objects.create(meeting=august_meeting, agenda_item=item, text=f"U {n}")
        action.owners.add(member.person)
        attend(august_meeting, person(f"Person {n}"), "civil_society", order=20 + n)
        attach(august_meeting, f"Bilaga {n}", f"bilaga-{n}.pdf")
        august_meeting.upcoming.add(
            Meeting.objects.create(kind="steering", title=f"Möte {n}", date=f"2024-10-{n + 1:02d}")
        )
    with CaptureQueriesContext(connection) as after:
        minutes_pdf(august_meeting)
    assert len(after) == len(before)


def test_render_minutes_writes_the_pdf_of_that_day(august_meeting, tmp_path):
    target = tmp_path / "ut.pdf"
    call_command("render_minutes", "2024-08-19", "-o", str(target), verbosity=0)
    assert target.read_bytes().startswith(b"%PDF")


def test_render_minutes_says_in_swedish_when_there_is_no_meeting(db):
    with pytest.raises(CommandError, match="Inget möte den 2024-01-01"):
        call_command("render_minutes", "2024-01-01", "-o", "/dev/null")


def test_render_minutes_asks_for_the_kind_when_several_meetings_share_the_day(
    august_meeting, tmp_path
):
    Meeting.objects.create(kind="dialogue", title="Dialogmöte", date="2024-08-19")
    with pytest.raises(CommandError, match="Flera möten den 2024-08-19"):
        call_command("render_minutes", "2024-08-19", "-o", str(tmp_path / "x.pdf"))
    target = tmp_path / "styrgrupp.pdf"
    call_command(
        "render_minutes", "2024-08-19", "--kind", "steering", "-o", str(target), verbosity=0
    )
    assert "Sammanträde med den regionala" in pdf_text(target.read_bytes())


def test_the_pdf_button_gives_the_secretary_the_minutes(client_for, secretary, august_meeting):
    url = reverse("admin:meetings_meeting_pdf", args=[august_meeting.pk])
    response = client_for(secretary).get(url)
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert "minnesanteckningar-2024-08-19.pdf" in response["Content-Disposition"]
    assert response.content.startswith(b"%PDF")


def test_a_member_gets_no_pdf_from_the_admin(client_for, member, august_meeting):
    url = reverse("admin:meetings_meeting_pdf", args=[august_meeting.pk])
    response = client_for(member).get(url)
    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]


# The four seed minutes, printed back from the demo data -----------------------------------------

SEEDS = Path(__file__).resolve().parents[3] / "shared" / "seeds"
# Seed 000 is plain text without markup: its headings, as they stand in the document. Its
# "Medverkande" is the section the portal prints as "Närvarande" (checked in every PDF).
PLAIN_HEADINGS_000 = [
    "Summering och utvärdering RÖS/SER-möte",
    "Runda – hänt sen sist",
    "Ersättare Malin Carlsson och politisk organisation",
    "IOP – utvecklingsprocess",
    "Utbildning Marie Cederschiöld högskola 2025/2026",
    "Handlingsplan psykisk hälsa och suicidprevention",
    "Dialogmöte 17 oktober",
    "Övriga frågor",
]
# The seeds spell some names two ways; the demo data picks one (DOMAIN.md).
ANNE_MARIE = ("Anne-Marie Ekström", "Ann-Marie Ekström")
JANNE = ("Janne Nolin", "Janne Norlin")
HANNA = ("Hanna Weddington", "Hanna Waddington")
SEED_CASES = {
    "2025-09-05": (
        "000_4b43032ee06a54d1.txt",
        ["Soraya Zarza Lundberg", ANNE_MARIE, "Eva-Karin Torhem Arnell", "Linda Åshamre",
         "Jan Linde", "Kerstin Söderberg", "Katrin Sepp", "Dario Espiga", JANNE,
         "Sofia Emanuelsson", "Ulrika Lundberg", "Malin Andrén", "Jesper Svensson",
         "Erica Sjölin", HANNA],
        [],
    ),
    "2024-08-19": (
        "001_48fe9c17a02cfb18.txt",
        ["Kerstin Söderberg", "Katrin Sepp", JANNE, "Dario Espiga", "Jan Linde",
         "Malin Carlsson", ANNE_MARIE, "Eva-Karin Torhem Arnell", "Erica Sjölin",
         "Sofia Emanuelsson"],
        ["Jan Linde", "Soraya Zarza Lundberg", "Erica Sjölin"],  # "JL, SZL, ES"
    ),
    "2023-11-02": (
        "002_4c2851d6c9e7d33e.txt",
        ["Kerstin Söderberg", "Katrin Sepp", JANNE, "Dario Espiga", "Jan Linde",
         "Soraya Zarza Lundberg", "Eva-Karin Torhem Arnell", "Linda Åshamre",
         "Stefan Lindborg", ANNE_MARIE, "Sofia Emanuelsson"],
        [],
    ),
    "2024-11-29": (
        "003_dc2f9930984c90da.txt",
        ["Kerstin Söderberg", "Katrin Sepp", JANNE, "Dario Espiga", "Jan Linde", ANNE_MARIE,
         "Soraya Zarza Lundberg", "Linda Åshamre", "Eva-Karin Torhem Arnell", "Erica Sjölin",
         "Sofia Emanuelsson"],
        ["Soraya Zarza Lundberg", "Erica Sjölin"],
    ),
}  # fmt: skip


def seed_headings(filename):
    """Whole-line bold or # headings of a Markdown seed, as plain text."""
    if filename.startswith("000_"):
        return PLAIN_HEADINGS_000
    headings = []
    for line in (SEEDS / filename).read_text().splitlines():
        match = re.fullmatch(r"#*\s*\*\*(.+?)\*\*", line.strip())
        if match:
            heading = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", match.group(1))
            heading = heading.replace("\\(", "(").replace("\\)", ")")
            # "Minnesanteckningar från:" / "Mötesanteckningar från:": the same kicker.
            headings.append(
                "anteckningar från:" if heading.endswith("anteckningar från:") else heading
            )
    return headings


@pytest.mark.parametrize("day", sorted(SEED_CASES))
def test_each_seed_meeting_prints_its_headings_attendees_and_approval(demo_data, day):
    filename, attendees, seed_adjusters = SEED_CASES[day]
    meeting = Meeting.objects.get(date=day, kind__in=["steering", "joint_ser"])
    text = pdf_text(minutes_pdf(meeting)[2])
    headings = seed_headings(filename)
    assert len(headings) >= 5
    assert_contains(text, "Närvarande", *headings, *attendees)
    approvals = Approval.objects.filter(meeting=meeting, voided_at__isnull=True)
    if meeting.status == "approved":
        line = squeeze(text).split(squeeze("Justerat av:"))[1]
        for name in seed_adjusters or [a.adjuster.name for a in approvals]:
            assert squeeze(name) in line, name
    else:
        assert_contains(text, "Ej justerat")
