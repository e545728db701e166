"""Reading a page as an English reader would: the visible words, and the Swedish among them."""

import datetime
import re
from html.parser import HTMLParser

from django.conf import settings

from meetings.models.meeting import Status
from tests.portal.conftest import make_minutes

# Names that stay Swedish in English: the group, the region, places and people.
PROPER_NAMES = {
    "rös",
    "västra",
    "götaland",
    "göteborg",
    "göteborgsregionen",
    "sjuhärad",
    "söderberg",
    "sjölin",
    "svenska",
    # A help text's example of a Swedish title: 'Sammanträde med …'.
    "sammanträde",
}
SWEDISH_WORD = re.compile(r"\w*[åäöÅÄÖ]\w*")
# The annual report's placeholders, {{förra_året}}, are Swedish in every language.
PLACEHOLDER = re.compile(r"\{\{[^}]*\}\}")


class _VisibleText(HTMLParser):
    SKIP = {"script", "style", "template", "textarea", "select"}

    def __init__(self):
        super().__init__()
        self.depth = 0
        self.parts = []

    def handle_starttag(self, tag, attrs):
        if tag in self.SKIP:
            self.depth += 1
        attributes = dict(attrs)
        for name in ("aria-label", "title", "placeholder"):
            if attributes.get(name):
                self.parts.append(attributes[name])
        if tag == "input" and attributes.get("type") in ("submit", "button"):
            self.parts.append(attributes.get("value") or "")

    def handle_endtag(self, tag):
        if tag in self.SKIP and self.depth:
            self.depth -= 1

    def handle_data(self, data):
        if not self.depth:
            self.parts.append(data)


def visible_text(html):
    parser = _VisibleText()
    parser.feed(html)
    return " ".join(" ".join(parser.parts).split())


def swedish_words(html, allowed=()):
    """Words with å, ä or ö in the page's visible text, less proper names and the words of the
    texts in `allowed` (the data shown, which stays Swedish)."""
    known = PROPER_NAMES | {word.casefold() for word in SWEDISH_WORD.findall(" ".join(allowed))}
    text = PLACEHOLDER.sub(" ", visible_text(html))
    return sorted({w for w in SWEDISH_WORD.findall(text) if w.casefold() not in known})


def choose_english(client):
    """What Django's set_language view leaves behind when the visitor chooses English."""
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
    return client


def minutes_text(meeting):
    """Every text of the meeting's minutes: data, which stays Swedish in English."""
    texts = [meeting.title, meeting.place]
    texts += [f"{i.heading} {i.body}" for i in meeting.agenda_items.all()]
    texts += [d.text for d in meeting.decisions.all()]
    texts += [a.text for a in meeting.action_items.all()]
    texts += [a.title for a in meeting.attachments.all()]
    texts += [a.person.name for a in meeting.attendances.select_related("person")]
    return texts


def library_english():
    """The English msgids that locale/sv translates (one-line ones, longer than a word)."""
    catalogue = (settings.BASE_DIR / "locale" / "sv" / "LC_MESSAGES" / "django.po").read_text()
    pairs = re.findall(r'^msgid "(.+)"\nmsgstr "(.+)"$', catalogue, re.MULTILINE)
    return {msgid.strip() for msgid, msgstr in pairs if msgid != msgstr and " " in msgid}


def november_minutes(secretary, adjuster, member):
    """The November 2025 minutes, sent to Jan Linde for approval; Kerstin owns its action."""
    return make_minutes(
        Status.SENT,
        datetime.date(2025, 11, 20),
        adjusters=[adjuster],
        secretary=secretary,
        owner=member,
        title="Novembermötet",
    )
