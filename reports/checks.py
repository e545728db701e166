"""A report that checks its own text: years and figures in the narrative against the data.

The narrative should use placeholders for figures; a figure typed by hand can drift from the
data ("under 2026" in the report for 2025, "åtta möten" when the minutes hold seven). This finds
such words: a year other than the report's after "under" or "i år" (unless the sentence speaks of
plans), and counts of signatories, steering meetings, dialogue meetings and dialogue participants
that differ from what the data gives. Placeholders are skipped: they print the data itself.
"""

import re
from dataclasses import dataclass

from django.utils.translation import gettext as _

from reports.facts import _WORDS
from reports.narrative import PLACEHOLDER

NUMBER = r"(\d+|" + "|".join([*_WORDS, "en"]) + r")"
SENTENCE = re.compile(r"[^.!?\n]+")
# Sentences about plans may name a later year: "Under 2026 planeras …".
FUTURE = re.compile(r"\b(planera\w*|kommer|ska|skall|beräknas|förväntas)\b", re.I)
YEAR = re.compile(r"\b(?:under|i år)\s+(?:år\s+)?(\d{4})\b", re.I)
NEW_SIGNATORIES = re.compile(rf"\b{NUMBER} nya underskrivare\b", re.I)
SIGNATORIES = re.compile(rf"\b{NUMBER} underskrivare\b", re.I)
STEERING = re.compile(
    rf"\b(?:haft {NUMBER} (?:styrgrupps|RÖS-)?möten|{NUMBER} (?:styrgruppsmöten|RÖS-möten))\b",
    re.I,
)
DIALOGUES = re.compile(rf"\b{NUMBER} (?:öppna )?dialogmöten\b", re.I)
PARTICIPANTS = re.compile(
    rf"\bdeltog {NUMBER} personer(?: från {NUMBER} (?:olika )?(?:underskrivande )?organisationer)?",
    re.I,
)


@dataclass(frozen=True)
class Finding:
    """Words in a section that contradict the data, and what the data gives."""

    section: str
    words: str
    data: str

    def __str__(self):
        return _("%(section)s: ”%(words)s” – data: %(data)s") % {
            "section": self.section,
            "words": self.words,
            "data": self.data,
        }


def _number(word):
    word = word.lower()
    if word.isdigit():
        return int(word)
    return 1 if word == "en" else _WORDS.index(word)


def _first(match):
    return next(g for g in match.groups() if g is not None)


def _sentence_findings(sentence, facts):
    """(words, what the data gives) for each contradiction in one sentence."""
    for match in YEAR.finditer(sentence):
        if int(match.group(1)) != facts.year and not FUTURE.search(sentence):
            yield match.group(0), _("rapportens år är %(year)s") % {"year": facts.year}
    new = len(facts.new_signatories)
    for match in NEW_SIGNATORIES.finditer(sentence):
        if _number(match.group(1)) != new:
            yield match.group(0), _("%(n)s nya underskrivare") % {"n": new}
    for match in SIGNATORIES.finditer(sentence):
        if _number(match.group(1)) != facts.signatory_total:
            yield match.group(0), _("%(n)s underskrivare") % {"n": facts.signatory_total}
    steering = len(facts.steering_meetings)
    for match in STEERING.finditer(sentence):
        if _number(_first(match)) != steering:
            yield match.group(0), _("%(n)s styrgruppsmöten") % {"n": steering}
    dialogues = facts.dialogues
    for match in DIALOGUES.finditer(sentence):
        if _number(match.group(1)) != len(dialogues):
            yield match.group(0), _("%(n)s dialogmöten") % {"n": len(dialogues)}
    if "dialogmöt" in sentence.lower():
        known = {(m.participant_count, m.organisation_count) for m in dialogues}
        for match in PARTICIPANTS.finditer(sentence):
            people = _number(match.group(1))
            organisations = _number(match.group(2)) if match.group(2) else None
            if not any(people == p and organisations in (None, o) for p, o in known):
                yield match.group(0), _dialogue_figures(dialogues)


def _dialogue_figures(dialogues):
    figures = [
        _("%(people)s personer från %(organisations)s organisationer (%(date)s)")
        % {
            "people": m.participant_count if m.participant_count is not None else "?",
            "organisations": m.organisation_count if m.organisation_count is not None else "?",
            "date": m.date.isoformat(),
        }
        for m in dialogues
    ]
    return "; ".join(figures) or _("inga dialogmöten")


def check_texts(texts, facts):
    """[Finding] for [(section name, text)] of a report of facts.year."""
    findings = []
    for section, text in texts:
        plain = PLACEHOLDER.sub(" ", text or "")
        for sentence in SENTENCE.findall(plain):
            for words, data in _sentence_findings(sentence, facts):
                findings.append(Finding(section, words, data))
    return findings


def report_texts(report, sections=None):
    """[(section name, text)]: the introduction, then each section's heading and body."""
    texts = [(_("Inledning"), report.introduction), (_("Titel"), report.subtitle)]
    for heading, body in sections if sections is not None else _stored_sections(report):
        texts.append((heading, f"{heading}\n{body}"))
    return texts


def _stored_sections(report):
    return report.sections.order_by("order", "pk").values_list("heading", "body")


def check_report(report, facts=None):
    """[Finding] for a stored report."""
    from reports.facts import facts_for

    facts = facts or facts_for(report.year, action_plan=report.action_plan)
    return check_texts(report_texts(report), facts)


def check_before_publishing(form, formset):
    """[Finding] for the texts of an edit that would publish the report; [] otherwise."""
    from reports.facts import facts_for
    from reports.models import ReportStatus

    data = form.cleaned_data
    if data.get("status") != ReportStatus.PUBLISHED:
        return []
    sections = [
        (f.cleaned_data.get("heading", ""), f.cleaned_data.get("body", ""))
        for f in formset.forms
        if f.cleaned_data and not f.cleaned_data.get("DELETE")
    ]
    report = form.instance
    texts = [(_("Inledning"), data.get("introduction", "")), (_("Titel"), data.get("subtitle", ""))]
    texts += [(heading, f"{heading}\n{body}") for heading, body in sections]
    return check_texts(texts, facts_for(report.year, action_plan=data.get("action_plan")))
