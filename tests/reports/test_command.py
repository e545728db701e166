"""python manage.py render_annual_report YEAR -o FILE.pdf"""

import pytest
from django.core.management import CommandError, call_command
from pypdf import PdfReader

from tests.reports.conftest import pdf_text


def test_the_command_writes_a_tagged_pdf_a_with_title_and_language(report, tmp_path):
    target = tmp_path / "rapport.pdf"
    call_command("render_annual_report", "2019", "-o", str(target), verbosity=0)
    reader = PdfReader(target)
    assert reader.metadata.title == "Årsrapport 2019"
    root = reader.trailer["/Root"]
    assert root["/Lang"] == "sv"
    assert root["/MarkInfo"]["/Marked"]
    assert b"pdfaid:part" in root["/Metadata"].get_object().get_data()
    text = " ".join(pdf_text(target.read_bytes(), tmp_path).split())
    assert "Årsrapport 2019" in text
    assert (
        "Överenskommelsen mellan Västra Götalandsregionen och det civila samhällets organisationer i Västra Götaland"
        in text
    )
    assert "Sida 2 av" in text


def test_the_fonts_are_embedded(report, tmp_path):
    target = tmp_path / "rapport.pdf"
    call_command("render_annual_report", "2019", "-o", str(target), verbosity=0)
    for page in PdfReader(target).pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descriptor = font["/DescendantFonts"][0].get_object()["/FontDescriptor"].get_object()
            assert "/FontFile2" in descriptor
            assert "Noto" in str(font["/BaseFont"])


def test_the_command_refuses_a_year_without_a_report(db):
    with pytest.raises(CommandError):
        call_command("render_annual_report", "1999", verbosity=0)
