"""Demo data from the seed documents (idempotent)."""


def load():
    pass
