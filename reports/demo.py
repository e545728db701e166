"""Demo data from the seed documents (idempotent)."""

AREAS = [
    (
        1,
        "Jämbördig dialog",
        "Dialog mellan VGR och det civila samhällets organisationer på lika villkor: "
        "styrgruppsmöten, dialogmöten med underskrivare och samverkan med SER.",
    ),
    (
        2,
        "Ökade kunskaper",
        "Kunskap om civilsamhället och om samverkansformer: civilsamhällesdata, utbildningar "
        "och stödmaterial.",
    ),
    (
        3,
        "Långsiktiga finansieringsformer",
        "Hållbara och långsiktiga finansierings- och samverkansmodeller, främst IOP och "
        "reserverad upphandling.",
    ),
]


def load_action_plan():
    """The action plan 2024–2026 and its three development areas (seed 004); returns the plan."""
    from meetings.demo import upsert
    from reports.models import ActionPlan, DevelopmentArea

    plan = upsert(
        ActionPlan,
        {"start_year": 2024, "end_year": 2026},
        {
            "title": "Handlingsplan 2024–2026",
            "description": (
                "Handlingsplanen togs fram under hösten 2023 i samråd med VGR och det civila "
                "samhällets organisationer. Den beskriver den strategiska inriktningen för "
                "samverkan och tre utvecklingsområden."
            ),
        },
    )
    for number, name, description in AREAS:
        upsert(
            DevelopmentArea,
            {"plan": plan, "number": number},
            {"name": name, "description": description},
        )
    return plan


def load():
    pass
