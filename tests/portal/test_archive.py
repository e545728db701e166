"""The archived PDF is served from the stored bytes, never rendered again."""

import hashlib
import io
from unittest import mock

from django.urls import reverse
from pypdf import PdfReader

from meetings import approval
from meetings.models import ArchivedMinutes


def test_archived_pdf_is_served_without_rendering_again_and_matches_its_sha256(
    client, adjuster, second_adjuster, sent_minutes
):
    current = approval.fingerprint(sent_minutes)
    approval.approve(sent_minutes, adjuster, current)
    approval.approve(sent_minutes, second_adjuster, current)  # renders the real PDF/A once
    archive = ArchivedMinutes.objects.get(meeting=sent_minutes)
    assert bytes(archive.pdf).startswith(b"%PDF")
    with mock.patch("reports.minutes.minutes_pdf", side_effect=AssertionError("rendered again")):
        response = client.get(reverse("meetings:archived_pdf", args=[sent_minutes.pk]))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert hashlib.sha256(response.content).hexdigest() == archive.sha256
    assert response["ETag"] == f'"{archive.sha256}"'
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(response.content)).pages)
    assert "Justerat av: Jan Linde" in text
    assert "Soraya Zarza Lundberg" in text


def test_archived_pdf_answers_304_to_a_matching_etag(client, approved_minutes):
    url = reverse("meetings:archived_pdf", args=[approved_minutes.pk])
    etag = client.get(url)["ETag"]
    assert client.get(url, headers={"If-None-Match": etag}).status_code == 304


def test_public_list_shows_the_sha256_of_each_archived_pdf(client, approved_minutes):
    page = client.get(reverse("meetings:public_minutes") + "?ar=2025").content.decode()
    assert approved_minutes.archives.get().sha256 in page
    assert reverse("meetings:archived_pdf", args=[approved_minutes.pk]) in page


def test_outsider_sees_no_draft_in_the_public_list(
    client, approved_minutes, draft_minutes, sent_minutes
):
    page = client.get(reverse("meetings:public_minutes") + "?ar=2025").content.decode()
    assert approved_minutes.title in page
    assert draft_minutes.title not in page
    assert reverse("meetings:public_minutes_detail", args=[sent_minutes.pk]) not in page
