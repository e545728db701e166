"""Signatory register: the public list and the statistics page, and a 2,000-row XLSX import."""

import datetime

from django.db import transaction

from signatories.importing import import_file
from signatories.models import Signatory
from signatories.resources import COLUMNS
from signatories.validators import luhn_ok
from tests.signatories.helpers import xlsx_bytes

IMPORT_ROWS = 2000


def _number(index):
    digits = f"7777{index:05d}"
    check = next(d for d in "0123456789" if luhn_ok(digits + d))
    return f"{digits[:6]}-{digits[6:]}{check}"


def spreadsheet(rows=IMPORT_ROWS):
    """An XLSX file of new signatories in the register's own columns."""
    lines = []
    for index in range(rows):
        lines.append(
            [
                f"Bänkföreningen {index:04d}",
                _number(index),
                "ideell förening",
                "ja" if index % 3 == 0 else "nej",
                ["Göteborgsregionen", "Fyrbodal", "Sjuhärad", "Skaraborg"][index % 4],
                (datetime.date(2010, 1, 1) + datetime.timedelta(days=index)).isoformat(),
                "",
                f"Kontakt {index}",
                f"kontakt{index}@example.se",
                "031-123 45 67",
                "https://example.se",
            ]
        )
    return xlsx_bytes(lines, headers=list(COLUMNS.values()))


def _pages(ctx):
    ctx.page("signatories: public list", "/underskrivare/", role=None)
    ctx.page("signatories: public list, search", "/underskrivare/?q=f%C3%B6r&sida=2", role=None)
    ctx.page("signatories: statistics", "/underskrivare/statistik/", role="member")


def demo(ctx):
    _pages(ctx)
    data = spreadsheet()
    outcome = {}

    def import_and_roll_back():
        with transaction.atomic():
            outcome["result"] = import_file(data, "xlsx")
            transaction.set_rollback(True)

    ctx.time(
        f"signatories: import {IMPORT_ROWS} from XLSX", import_and_roll_back, repeat=3, target=10
    )
    ok = outcome["result"].ok and outcome["result"].totals["new"] == IMPORT_ROWS
    ctx.note(
        "signatories: import check",
        "all rows new" if ok else f"FAILED {outcome['result'].errors[:3]}",
    )
    ctx.note("signatories: count (demo)", str(Signatory.objects.count()))


def scale(ctx):
    _pages(ctx)
    ctx.note("signatories: count (scale)", str(Signatory.objects.count()))
