"""The data version: a token that changes in the same transaction as every write to the data.

Every connection gets an execute wrapper that sees each SQL statement Django sends, from the
ORM, `update()`, `bulk_create()`, raw cursors and migrations alike. A statement that writes a
table of the portal's data (or locks rows with FOR UPDATE) sets a new random token in the one
row of `DataVersion`:

- inside a transaction, *before* its first write, so the token and the data commit together,
  and every writing transaction takes the version row first (one lock order, no deadlock).
  Later writes in the same transaction set no new token: no other connection can see the
  first one before the commit. Only this connection can, so reading the token (`current()`)
  makes the next write set another. The mark that a token was set is an on-commit callback,
  so Django drops it with the savepoint or transaction that rolls the token back;
- in autocommit, *after* the statement has committed, so a reader who sees the new token
  also sees the new data (one who reads the old token and then new data caches newer data
  under a key nobody asks for again: harmless).

A reader takes the token first and then the data. So anything cached under a token shows
data at least as new as that token: never stale. A random token rather than a counter keeps
that true after a restore from backup, which brings back the token of the data it restores.

Sessions, login attempts and second-factor devices change on every visit and show on no
cached page; they are not the portal's data and leave the token alone.
"""

import re
import uuid

from django.db import connections

TABLE = "ros_portal_dataversion"
IGNORED = ("django_session", "axes_", "otp_", TABLE)
WRITE = re.compile(
    r'\s*(?P<verb>INSERT\s+INTO|UPDATE|DELETE\s+FROM|TRUNCATE(?:\s+TABLE)?)\s+"?(?P<table>\w+)',
    re.IGNORECASE,
)
LOCK = re.compile(r"\bFOR\s+(?:NO\s+KEY\s+)?UPDATE\b", re.IGNORECASE)

# Whether the version table exists, per connection alias; forgotten before each migrate.
_ready = {}


def writes_data(sql):
    """True for a statement that changes (or locks) rows of the portal's data."""
    match = WRITE.match(sql)
    if match:
        # A TRUNCATE (a flush) names many tables: it counts whichever comes first.
        truncate = match["verb"].upper().startswith("TRUNCATE")
        return truncate or not match["table"].lower().startswith(IGNORED)
    return sql.lstrip()[:6].upper() == "SELECT" and LOCK.search(sql) is not None


def _table_exists(connection):
    if not _ready.get(connection.alias):
        with connection.cursor() as cursor:
            _ready[connection.alias] = TABLE in connection.introspection.table_names(cursor)
    return _ready[connection.alias]


def bump(connection=None):
    """Set a new token (creating the row if a flush removed it)."""
    connection = connection or connections["default"]
    if not _table_exists(connection):
        return
    table = connection.ops.quote_name(TABLE)
    with connection.cursor() as cursor:
        cursor.execute(
            f"INSERT INTO {table} (id, token) VALUES (1, %s) "  # noqa: S608 - a constant name
            "ON CONFLICT (id) DO UPDATE SET token = excluded.token",
            [uuid.uuid4().hex],
        )


def current(connection=None):
    """The token now, or None when there is none (no row yet, or no table)."""
    connection = connection or connections["default"]
    if not _table_exists(connection):
        return None
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT token FROM {connection.ops.quote_name(TABLE)} WHERE id = 1"  # noqa: S608
        )
        row = cursor.fetchone()
    if connection.in_atomic_block:
        # Seen inside the transaction that set it: its next write must set another.
        connection.run_on_commit = [e for e in connection.run_on_commit if e[1] is not _set_mark]
    return row[0] if row else None


def _set_mark():
    """Run at commit, does nothing: while listed, the transaction has set an unseen token."""


def _wrapper(execute, sql, params, many, context):
    if not isinstance(sql, str) or not writes_data(sql):
        return execute(sql, params, many, context)
    connection = context["connection"]
    if not connection.in_atomic_block:
        result = execute(sql, params, many, context)
        bump(connection)
        return result
    if not any(entry[1] is _set_mark for entry in connection.run_on_commit):
        bump(connection)
        connection.on_commit(_set_mark)
    return execute(sql, params, many, context)


def watch_connection(sender, connection, **kwargs):
    if _wrapper not in connection.execute_wrappers:
        connection.execute_wrappers.append(_wrapper)


def forget_table(**kwargs):
    _ready.clear()
