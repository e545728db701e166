"""Whole pages cached per person under the data version (dataversion.py).

A page is stored under the data token, the person, the address, the language and the day. Any
write to the data gives a new token, so no entry can be stale, across processes too: each
request reads the token from the database before anything else. Entries for old tokens age out.

- Only a GET that answers 200 with HTML is stored, and never while messages wait to be shown.
- A stored page is one person's own: the key holds the user (or "anonymous" for the public).
  The view's access checks ran for that person at that token; a change to their groups or
  permissions is a write, so a new token.
- Forms keep working: the CSRF tokens are cut out before storing and this request's token is
  put in on the way out. Nothing else in a page depends on the request but the key's parts.
"""

import hashlib
import re
import zlib
from functools import wraps

from django.conf import settings
from django.contrib.messages import get_messages
from django.core.cache import cache
from django.http import HttpResponse
from django.middleware.csrf import get_token
from django.utils import timezone, translation

from ros_portal import dataversion

TIMEOUT = 60 * 60 * 24
# Autoescaping turns "<" into "&lt;" in every text we print, so no content can hold this.
CSRF_SLOT = "<!--csrf-token-->"
CSRF_VALUE = re.compile(r'(name="csrfmiddlewaretoken" value=")[^"]*(")')


def page_key(request, token):
    user = request.user
    who = f"user-{user.pk}" if user.is_authenticated else "anonymous"
    address = hashlib.sha256(f"{request.get_host()}{request.get_full_path()}".encode())
    day = timezone.localdate().isoformat()
    language = translation.get_language()
    return f"page:{token}:{who}:{language}:{day}:{address.hexdigest()}"


def _messages_waiting(request):
    return len(get_messages(request)) > 0


def _storable(response):
    # The CSRF cookie (set by the admin's own csrf_protect) is set again on a hit by get_token.
    return (
        response.status_code == 200
        and not response.streaming
        and set(response.cookies) <= {settings.CSRF_COOKIE_NAME}
        and response.get("Content-Type", "").startswith("text/html")
    )


def cache_page_per_user(view):
    """Serve `view`'s GET pages from the cache while the data stay the same."""

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        if not settings.ROS_PAGE_CACHE or request.method != "GET" or _messages_waiting(request):
            return view(request, *args, **kwargs)
        token = dataversion.current()
        if token is None:
            return view(request, *args, **kwargs)
        key = page_key(request, token)
        stored = cache.get(key)
        if stored is not None:
            content_type, packed = stored
            body = zlib.decompress(packed).decode()
            if CSRF_SLOT in body:
                body = body.replace(CSRF_SLOT, get_token(request))
            return HttpResponse(body, content_type=content_type)
        response = view(request, *args, **kwargs)
        if hasattr(response, "render"):
            response.render()
        if _storable(response) and not _messages_waiting(request):
            body = CSRF_VALUE.sub(rf"\g<1>{CSRF_SLOT}\g<2>", response.content.decode())
            # Packed: an admin page of 80 kB keeps in 12 kB, for 0.2 ms to unpack.
            cache.set(key, (response["Content-Type"], zlib.compress(body.encode(), 1)), TIMEOUT)
        return response

    return wrapper
