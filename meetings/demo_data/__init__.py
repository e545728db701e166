"""The texts of the demo data: one module per set of minutes, plus people and events.

Agenda headings of the seed minutes are kept verbatim; bodies are the seeds' text as Markdown.
The seeds' placeholder links ``[text](#)`` keep their text only; real https links are kept.
"""

import datetime

D = datetime.date
T = datetime.time


def at(year, month, day, hour=12, minute=0):
    """A fixed, timezone-aware moment (Stockholm), so that re-loading changes nothing."""
    from zoneinfo import ZoneInfo

    return datetime.datetime(year, month, day, hour, minute, tzinfo=ZoneInfo("Europe/Stockholm"))


# Attendance rows: (name, group, role, presence, note as written in the seed)
CIV, ELE, OFF = "civil_society", "elected", "official"


def present(name, group, role="member", note=""):
    return (name, group, role, "present", note)


def guest(name, note=""):
    return (name, OFF, "guest", "guest", note)
