"""Database housekeeping shared by the commands that write data in bulk."""

from django.db import connection


def analyze():
    """Refresh PostgreSQL's planner statistics after a bulk load, as PostgreSQL's manual advises.

    Without them, tables filled a moment ago look empty or unknown to the planner, which then
    walks every row where an index answers in a millisecond (the search: 48 ms instead of 2 ms
    for 3 matches among 4,000 agenda items). Autovacuum would do it later; the demo and the
    benchmarks are read at once. Other databases keep no such statistics.
    """
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
