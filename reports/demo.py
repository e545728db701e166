"""Demo data from the seed documents (idempotent)."""


def load_action_plan():
    pass


def load():
    pass
