"""Markdown to sanitised HTML: the one path used by the admin, the portal and the PDFs."""

from functools import lru_cache

import markdown as md
import nh3

ALLOWED_TAGS = {
    "p", "br", "strong", "em", "b", "i", "ul", "ol", "li", "a", "h2", "h3", "h4", "h5",
    "blockquote", "code", "pre", "hr", "table", "thead", "tbody", "tr", "th", "td",
}  # fmt: skip
ALLOWED_ATTRIBUTES = {"a": {"href", "title"}, "th": {"scope"}, "td": set()}
URL_SCHEMES = {"http", "https", "mailto"}


@lru_cache(maxsize=4096)
def render_markdown(text):
    """Render Markdown and keep only harmless tags, attributes and link schemes.

    A pure function of the text, so results are cached: pages and PDFs show the same texts
    again and again, and parsing Markdown is the costliest part of rendering them."""
    html = md.markdown(text or "", extensions=["extra", "sane_lists"], output_format="html")
    return nh3.clean(
        html,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes=URL_SCHEMES,
        link_rel="noopener noreferrer nofollow",
    )
