"""Content-addressed fragment caching: a rendered fragment is stored under a digest of the very
rows it shows, read in the same request. A changed row gives a new key, so nothing is ever
invalidated and no process can serve a stale fragment; old entries simply age out of the cache.

Only fragments that are the same for everyone who may see them (given the flags passed in the
key) are cached; nothing holding a CSRF token or another person's data is shared.
"""

import hashlib

from django.core.cache import cache
from django.db import models
from django.utils import translation

TIMEOUT = 60 * 60 * 24


def _rows(value):
    """Yield a plain, hashable description of value: model rows by every concrete field."""
    if isinstance(value, models.Model):
        meta = value._meta
        yield (meta.label, tuple(f.value_from_object(value) for f in meta.concrete_fields))
    elif isinstance(value, (list, tuple, set, frozenset, models.QuerySet)):
        yield type(value).__name__
        for item in value:
            yield from _rows(item)
        yield "end"
    elif isinstance(value, dict):
        for key in sorted(value, key=repr):
            yield repr(key)
            yield from _rows(value[key])
    else:
        yield repr(value)


def content_key(name, *parts):
    """A cache key for fragment `name`: the language plus a digest of every part (rows, lists
    of rows, flags, numbers)."""
    digest = hashlib.sha256()
    for part in parts:
        for row in _rows(part):
            digest.update(repr(row).encode())
            digest.update(b"\x00")
    return f"fragment:{name}:{translation.get_language()}:{digest.hexdigest()}"


def cached(key, render):
    """The cached text under key, or render() stored under it."""
    text = cache.get(key)
    if text is None:
        text = render()
        cache.set(key, text, TIMEOUT)
    return text
