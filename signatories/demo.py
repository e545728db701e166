"""Demo data from the seed documents (idempotent): the named signatories plus synthetic ones."""

import datetime

from meetings.models import Decision
from signatories.models import LegalForm, Signatory, Subregion
from signatories.validators import luhn_ok

# The seeds name these eight as new in 2025 but give no dates: the dates are illustrative.
# Organisation numbers of real organisations are left empty rather than invented.
NEW_IN_2025 = [
    ("Faktum", Subregion.GOTEBORG, False, datetime.date(2025, 2, 7)),
    ("Rädda Barnen Vålfärd", Subregion.GOTEBORG, False, datetime.date(2025, 3, 18)),
    ("Center för interkulturell dialog", Subregion.GOTEBORG, False, datetime.date(2025, 4, 22)),
    ("Garden of Talents", Subregion.GOTEBORG, False, datetime.date(2025, 5, 20)),
    (
        "Pensionärernas Riksorganisation Södra Älvsborg",
        Subregion.SJUHARAD,
        True,
        datetime.date(2025, 6, 10),
    ),
    ("Amatörteaterns Riksförbund (ATR) Väst", Subregion.WHOLE, True, datetime.date(2025, 9, 5)),
    ("Mamma United", Subregion.GOTEBORG, False, datetime.date(2025, 10, 14)),
    ("Skaraborgs Demensförening", Subregion.SKARABORG, False, datetime.date(2025, 11, 25)),
]
SUICIDE_ZERO_DECIDED = datetime.date(2024, 11, 29)

# 124 synthetic signatories still active at the end of 2025 plus 2 that withdrew: with the nine
# named ones the register holds 133 at 2025-12-31, as the annual report says.
SYNTHETIC_ACTIVE = 124
SYNTHETIC_WITHDRAWN = {5: datetime.date(2019, 6, 30), 40: datetime.date(2023, 3, 31)}
SYNTHETIC_UMBRELLA_EVERY = 3  # 42 of the active synthetic ones + 2 named: 44, about a third
_PLACES = ["Nordväst", "Sydost", "Älvdalen", "Kusten", "Skogsbygden", "Slätten", "Staden"]
_KINDS = ["Exempelförening", "Exempelnätverket", "Exempelstiftelsen", "Exempelförbundet"]
_SUBREGIONS = [Subregion.GOTEBORG, Subregion.FYRBODAL, Subregion.SJUHARAD, Subregion.SKARABORG]


def synthetic_number(index):
    """A deterministic organisation number NNNNNN-NNNN with a valid Luhn check digit."""
    digits = f"8999{index:05d}"
    check = next(d for d in "0123456789" if luhn_ok(digits + d))
    return f"{digits[:6]}-{digits[6:]}{check}"


def synthetic_rows():
    count = SYNTHETIC_ACTIVE + len(SYNTHETIC_WITHDRAWN)
    for index in range(1, count + 1):
        year = 2014 + (index - 1) * 11 // count  # spread evenly over 2014–2024
        kind = _KINDS[index % len(_KINDS)]
        legal_form = LegalForm.FOUNDATION if kind == "Exempelstiftelsen" else LegalForm.NON_PROFIT
        withdrawn = SYNTHETIC_WITHDRAWN.get(index)
        yield {
            "name": f"{kind} {_PLACES[index % len(_PLACES)]} {index} (syntetisk)",
            "organisation_number": synthetic_number(index),
            "legal_form": legal_form,
            "is_umbrella": withdrawn is None and index % SYNTHETIC_UMBRELLA_EVERY == 0,
            "subregion": _SUBREGIONS[index % len(_SUBREGIONS)],
            "signed_on": datetime.date(year, 1 + index % 12, 1 + index % 28),
            "withdrawn_on": withdrawn,
            "is_synthetic": True,
        }


def _upsert(name, values):
    """update_or_create that saves only on a difference, so a second load adds no history."""
    signatory = Signatory.objects.filter(name=name).first()
    if signatory is None:
        return Signatory.objects.create(name=name, **values)
    if any(getattr(signatory, field) != value for field, value in values.items()):
        for field, value in values.items():
            setattr(signatory, field, value)
        signatory.save()
    return signatory


def load():
    for name, subregion, umbrella, signed_on in NEW_IN_2025:
        _upsert(name, {"subregion": subregion, "is_umbrella": umbrella, "signed_on": signed_on})
    decision = Decision.objects.filter(
        meeting__date=SUICIDE_ZERO_DECIDED, text__icontains="Suicide Zero"
    ).first()
    _upsert(
        "Suicide Zero",
        {"subregion": Subregion.WHOLE, "signed_on": SUICIDE_ZERO_DECIDED, "admitted_by": decision},
    )
    for row in synthetic_rows():
        _upsert(row.pop("name"), row)
    _dialogue_organisations()


# SYNTHETIC: the report says 45 people from 42 signatories came to the dialogue meeting in
# August 2025 but not which; the first 42 signatories of the register stand in for them.
AUGUST_DIALOGUE = datetime.date(2025, 8, 28)
AUGUST_ORGANISATIONS, AUGUST_PEOPLE = 42, 45


def _dialogue_organisations():
    from meetings.demo import upsert
    from meetings.models import DialogueOrganisation, Meeting

    meeting = Meeting.objects.filter(date=AUGUST_DIALOGUE, kind="dialogue").first()
    if meeting is None:
        return
    present = Signatory.objects.active_on(AUGUST_DIALOGUE).order_by("signed_on", "name")
    extra = AUGUST_PEOPLE - AUGUST_ORGANISATIONS
    for index, signatory in enumerate(present[:AUGUST_ORGANISATIONS]):
        upsert(
            DialogueOrganisation,
            {"meeting": meeting, "signatory": signatory},
            {"people": 2 if index < extra else 1},
        )
