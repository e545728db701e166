"""A wide table scrolls sideways in its own box on a narrow screen: the box takes the keyboard
focus, so a keyboard user can scroll it too, and is a region named after its table (WCAG
2.1.1, 4.1.2; axe's scrollable-region-focusable)."""

import re
from html.parser import HTMLParser
from pathlib import Path

from django.urls import reverse

from meetings import corrections

TEMPLATES = Path(__file__).resolve().parents[2] / "templates"
BOX = re.compile(r"<div\b[^>]*\btable-responsive\b[^>]*>")


def test_every_scrolling_table_box_in_the_templates_is_focusable_and_named():
    unreachable = []
    for template in TEMPLATES.rglob("*.html"):
        for box in BOX.findall(template.read_text(encoding="utf-8")):
            named = "aria-label=" in box or "aria-labelledby=" in box
            if not ('tabindex="0"' in box and 'role="region"' in box and named):
                unreachable.append((template.relative_to(TEMPLATES).as_posix(), box))
    assert unreachable == []


class _Boxes(HTMLParser):
    """The scrolling boxes of a page, and the text of each table caption by its id."""

    def __init__(self):
        super().__init__()
        self.boxes, self.captions, self._caption = [], {}, None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if "table-responsive" in (attrs.get("class") or "").split():
            self.boxes.append(attrs)
        if tag == "caption" and attrs.get("id"):
            self._caption = attrs["id"]
            self.captions[self._caption] = ""

    def handle_endtag(self, tag):
        if tag == "caption":
            self._caption = None

    def handle_data(self, data):
        if self._caption:
            self.captions[self._caption] += data


def _names(html):
    parser = _Boxes()
    parser.feed(html)
    return [
        box.get("aria-label") or parser.captions.get(box.get("aria-labelledby"), "").strip()
        for box in parser.boxes
        if box.get("tabindex") == "0" and box.get("role") == "region"
    ], len(parser.boxes)


def test_the_decisions_register_names_its_scrolling_table_after_its_caption(
    client, approved_minutes
):
    html = client.get(reverse("meetings:decisions")).content.decode()
    assert _names(html) == (["1 beslut"], 1)


def test_the_versions_page_names_its_scrolling_table_after_its_caption(
    client_for, member, adjuster, sent_minutes
):
    decision = sent_minutes.decisions.get()
    corrections.save_correction(decision, adjuster, 1, {"text": "RÖS-gruppen beslutade annat."})
    url = reverse("meetings:item_history", args=["beslut", decision.pk])
    html = client_for(member).get(url).content.decode()
    assert _names(html) == (["Sparade versioner, nyast först"], 1)
