"""The one PDF renderer: an HTML template, print CSS and WeasyPrint, for minutes and reports.

WeasyPrint may fetch only the project's own static files and data: URIs. Every other URL
(http, file, the cloud metadata address, …) is refused and logged.
"""

import hashlib
import logging
import mimetypes
from functools import lru_cache

from django.conf import settings
from django.contrib.staticfiles import finders
from django.core.cache import cache
from django.template.loader import render_to_string
from django.utils import translation

logger = logging.getLogger(__name__)

# Static URLs in print templates resolve against this base; nothing is ever fetched from it.
BASE_URL = "https://pdf.ros.invalid/"
STATIC_PREFIX = BASE_URL + settings.STATIC_URL.lstrip("/")
CACHE_SECONDS = 60 * 60 * 24


class BlockedURL(ValueError):
    pass


def static_path(url):
    """The file behind a static URL of ours, or None."""
    if not url.startswith(STATIC_PREFIX):
        return None
    relative = url[len(STATIC_PREFIX) :].split("?")[0].split("#")[0]
    if ".." in relative.split("/"):
        return None
    found = finders.find(relative)
    if found is None and settings.STATIC_ROOT:
        candidate = settings.STATIC_ROOT / relative
        found = str(candidate) if candidate.is_file() else None
    return found


@lru_cache(maxsize=1)
def _fetcher_class():
    from weasyprint.urls import URLFetcher, URLFetcherResponse

    class StaticOnlyFetcher(URLFetcher):
        """Serves data: URIs and the project's static files; refuses everything else."""

        def __init__(self):
            super().__init__(allowed_protocols={"data", "https"})
            self.refused = []

        def fetch(self, url, headers=None):
            if url.startswith("data:"):
                return super().fetch(url, headers)
            path = static_path(url)
            if path is None:
                self.refused.append(url)
                logger.warning("PDF renderer refused to fetch %s", url)
                raise BlockedURL(f"Refused: {url}")
            with open(path, "rb") as handle:
                body = handle.read()
            mime = mimetypes.guess_type(path)[0] or "application/octet-stream"
            return URLFetcherResponse(url, body, {"Content-Type": mime})

    return StaticOnlyFetcher


def new_fetcher():
    return _fetcher_class()()


def render_pdf(template_name, context, *, title, lang="sv", fetcher=None):
    """Render a template to tagged PDF/A-3b bytes with the given title and language."""
    return write_pdf(render_html(template_name, context, title=title, lang=lang), fetcher)


def cached_pdf(template_name, context, *, title, lang="sv"):
    """Like render_pdf, but the same HTML is made into a PDF only once: the bytes are kept in
    the cache under a digest of the HTML, so any change of text or figure is a new key."""
    html = render_html(template_name, context, title=title, lang=lang)
    key = f"pdf:{hashlib.sha256(html.encode()).hexdigest()}"
    return cache.get_or_set(key, lambda: write_pdf(html), CACHE_SECONDS)


def render_html(template_name, context, *, title, lang="sv"):
    with translation.override(lang):
        return render_to_string(
            template_name,
            {**context, "pdf_title": title, "pdf_lang": lang, "STATIC": STATIC_PREFIX},
        )


def write_pdf(html, fetcher=None):
    from weasyprint import HTML

    document = HTML(string=html, base_url=BASE_URL, url_fetcher=fetcher or new_fetcher())
    return document.write_pdf(
        pdf_variant="pdf/a-3b",
        pdf_tags=True,
        custom_metadata=True,
        uncompressed_pdf=False,
    )
