"""Synthetic planned meetings in the coming months, so that the demo's start page and calendar
always have something ahead, whatever day the demo is loaded.

They are examples, not seed data: every title starts with EXAMPLE_PREFIX. Each is found by its
kind and title while still planned, so loading the demo again moves it to the new dates instead
of adding more.
"""

import datetime

from django.db import transaction
from django.utils import timezone

from meetings.demo import upsert
from meetings.models import Meeting
from meetings.models.meeting import Kind, Status

EXAMPLE_PREFIX = "Exempel i demodata (påhittat möte): "
PLACE = "Plats meddelas senare (exempel)"
# (months ahead, kind, title, start, end, public)
EXAMPLES = [
    (1, Kind.STEERING, "RÖS-möte", (9, 30), (12, 0), False),
    (2, Kind.DIALOGUE, "Dialogmöte med underskrivare", (13, 0), (16, 0), True),
    (3, Kind.STEERING, "RÖS-möte, heldag", (9, 30), (15, 30), False),
    (5, Kind.JOINT_SER, "Gemensamt möte RÖS/SER", (9, 30), (12, 0), False),
]


def second_thursday(year, month):
    first = datetime.date(year, month, 1)
    return first + datetime.timedelta(days=(3 - first.weekday()) % 7 + 7)


def months_ahead(today, months):
    index = today.year * 12 + today.month - 1 + months
    return second_thursday(index // 12, index % 12 + 1)


@transaction.atomic
def load(today=None):
    today = today or timezone.localdate()
    for months, kind, title, start, end, public in EXAMPLES:
        upsert(
            Meeting,
            {"kind": kind, "title": EXAMPLE_PREFIX + title, "status": Status.PLANNED},
            {
                "date": months_ahead(today, months),
                "start_time": datetime.time(*start),
                "end_time": datetime.time(*end),
                "place": PLACE,
                "is_public_event": public,
            },
        )
