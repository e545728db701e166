"""Narrative text with placeholders: `{{antal_styrgruppsmöten}}` becomes "åtta" from the data.

The narrative holds words; the figures come from the facts of the year. A placeholder is
swapped for an opaque token before the Markdown is rendered and sanitised, and the token for
the escaped value afterwards, so neither Markdown nor HTML in a value can take effect.
A line holding only `{{fakta}}` marks where the section's computed block goes.
"""

import re
import secrets
from dataclasses import dataclass
from functools import lru_cache

from django.utils import translation
from django.utils.html import escape, format_html
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _

from ros_portal.markdown import render_markdown

PLACEHOLDER = re.compile(r"\{\{\s*(\w+)(?:\s*:\s*([^{}]+?))?\s*\}\}")
FACTS_MARKER = re.compile(r"^[ \t]*\{\{\s*fakta\s*\}\}[ \t]*$", re.M)


def _tkr(amount):
    from budget.money import format_tkr

    # A no-break space keeps "1 059 tkr" on one line.
    return format_tkr(amount).replace(" tkr", "\u00a0tkr")


def _line_difference(facts, name):
    row = facts.budget_line(name or "")
    return _tkr(row.difference_tkr) if row else None


# name -> (help text, value from the facts); `argument` is what follows a colon.
PLACEHOLDERS = {
    "år": (_("rapportens år"), lambda f, a: str(f.year)),
    "förra_året": (_("året före"), lambda f, a: str(f.previous_year)),
    "nästa_år": (_("året efter"), lambda f, a: str(f.next_year)),
    "antal_styrgruppsmöten": (
        _("styrgruppsmöten under året, i ord"),
        lambda f, a: _count(len(f.steering_meetings)),
    ),
    "antal_dialogmöten": (
        _("dialogmöten under året, i ord"),
        lambda f, a: _count(len(f.dialogues)),
    ),
    "antal_nya_underskrivare": (
        _("nya underskrivare under året, i ord"),
        lambda f, a: _count(len(f.new_signatories), neuter=False),
    ),
    "antal_underskrivare": (
        _("underskrivare vid årets slut"),
        lambda f, a: str(f.signatory_total),
    ),
    "andel_paraply": (
        _("andel paraplyorganisationer, t.ex. 'cirka en tredjedel'"),
        lambda f, a: _umbrella_words(f),
    ),
    "deltagare_konferens": (
        _("deltagare vid årets konferens"),
        lambda f, a: (
            str(f.conference.participant_count)
            if f.conference and f.conference.participant_count is not None
            else None
        ),
    ),
    "anslag": (
        _("årets budget i tkr"),
        lambda f, a: _tkr(f.budget.total.budget) if f.budget else None,
    ),
    "utfall": (
        _("årets utfall i tkr"),
        lambda f, a: _tkr(f.budget.total.outcome) if f.budget else None,
    ),
    "överskott": (
        _("budget minus utfall i tkr"),
        lambda f, a: _tkr(f.budget.total.difference_tkr) if f.budget else None,
    ),
    "differens": (
        _("en budgetposts differens i tkr: {{differens:Arvoden}}"),
        lambda f, a: _line_difference(f, a),
    ),
    "belastar_nästa_år": (
        _("kostnader för årets aktiviteter bokförda på nästa års budget, i tkr"),
        lambda f, a: _tkr(f.charged_to_next_year),
    ),
}


# Every computed figure links to the rows it is computed from in the appendix "Källor".
SOURCES = {
    "antal_styrgruppsmöten": "kallor-styrgruppsmoten",
    "antal_dialogmöten": "kallor-dialogmoten",
    "antal_nya_underskrivare": "kallor-underskrivare",
    "antal_underskrivare": "kallor-underskrivare",
    "andel_paraply": "kallor-underskrivare",
    "deltagare_konferens": "kallor-konferens",
    "anslag": "kallor-budget",
    "utfall": "kallor-budget",
    "överskott": "kallor-budget",
    "differens": "kallor-budget",
    "belastar_nästa_år": "kallor-nasta-ar",
}


def _count(number, neuter=True):
    """In words, in Swedish whatever the reader's language: the narrative is Swedish text."""
    from reports.facts import count_word

    with translation.override("sv"):
        return count_word(number, neuter=neuter)


def _umbrella_words(facts):
    with translation.override("sv"):
        return facts.umbrella_words


def placeholder_list():
    """[(placeholder, what it prints)] for the edit page."""
    return [("{{" + name + "}}", label) for name, (label, _v) in PLACEHOLDERS.items()]


SHORT_HELP = _(
    "Markdown. Skriv inga siffror som finns i data: använd platshållarna i listan överst. "
    "En rad med bara {{fakta}} anger var faktablocket placeras (annars först)."
)


def help_text():
    """The list of placeholders for the admin's help text."""
    items = ", ".join(f"{{{{{name}}}}} ({label})" for name, (label, _v) in PLACEHOLDERS.items())
    return _(
        "Markdown. Siffror skrivs inte in för hand: använd platshållare som hämtar dem ur "
        "data: %(items)s. En rad med bara {{fakta}} anger var avsnittets faktablock placeras "
        "(annars först i avsnittet)."
    ) % {"items": items}


def unknown_placeholders(text):
    """Names used in text that are no placeholder (for form validation)."""
    names = {m.group(1) for m in PLACEHOLDER.finditer(text or "")}
    return sorted(names - set(PLACEHOLDERS) - {"fakta"})


def _value(facts, name, argument):
    entry = PLACEHOLDERS.get(name)
    value = entry[1](facts, argument) if entry else None
    if value is None:
        return f"[{_('uppgift saknas')}: {name}]"
    return value


# Tokens differ per process, so a narrative cannot guess one; within a process they are stable,
# which lets the rendered Markdown be cached by text.
_SALT = secrets.token_hex(6)


@lru_cache(maxsize=1024)
def _markdown(text):
    return render_markdown(text)


def source_link(figure, anchor):
    """The figure as a link to the rows it is computed from in "Källor" (escaped)."""
    return format_html('<a href="#{}" class="source-link">{}</a>', anchor, figure)


def render(text, facts):
    """Markdown with placeholders filled in from facts, as safe HTML."""
    values = []

    def to_token(match):
        if match.group(1) == "fakta":
            return ""
        value = escape(_value(facts, match.group(1), match.group(2)))
        if match.group(1) in SOURCES:
            value = source_link(value, SOURCES[match.group(1)])
        values.append(value)
        return f"ROSFACT{_SALT}N{len(values) - 1}X"

    html = _markdown(PLACEHOLDER.sub(to_token, text or ""))
    for index, value in enumerate(values):
        html = html.replace(f"ROSFACT{_SALT}N{index}X", value)
    return mark_safe(html)  # noqa: S308 - sanitised by nh3, values escaped above


def fill(text, facts):
    """Plain text (a heading) with placeholders filled in; escaped, no Markdown."""
    return escape(PLACEHOLDER.sub(lambda m: _value(facts, m.group(1), m.group(2)), text or ""))


@dataclass(frozen=True)
class Body:
    """A section's narrative split around where its fact block goes."""

    before: str
    after: str


def split(text, facts):
    """Render a section body; the fact block goes at `{{fakta}}`, or first when it is absent."""
    parts = FACTS_MARKER.split(text or "", maxsplit=1)
    if len(parts) == 1:
        return Body(mark_safe(""), render(parts[0], facts))
    return Body(render(parts[0], facts), render(parts[1], facts))
