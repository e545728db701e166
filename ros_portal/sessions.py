"""Sessions in the database as Django keeps them, except for a key PostgreSQL cannot look up."""

from django.contrib.sessions.backends import db


class SessionStore(db.SessionStore):
    def _validate_session_key(self, key):
        # The cookie syntax lets anyone spell a NUL byte as the octal escape \000, and
        # PostgreSQL refuses NUL in the lookup (a server error on every page). Such a key
        # names no session: the visitor gets a new one, like with any unknown key.
        return super()._validate_session_key(key) and "\x00" not in key
