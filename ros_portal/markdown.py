"""Markdown to sanitised HTML: the one path used by the admin, the portal and the PDFs."""

import re
from functools import lru_cache

import markdown as md
import nh3
from markdown.extensions import Extension
from markdown.treeprocessors import Treeprocessor

ALLOWED_TAGS = {
    "p", "br", "strong", "em", "b", "i", "ul", "ol", "li", "a", "h2", "h3", "h4", "h5",
    "blockquote", "code", "pre", "hr", "table", "thead", "tbody", "tr", "th", "td",
}  # fmt: skip
ALLOWED_ATTRIBUTES = {"a": {"href", "title"}, "th": {"scope"}, "td": set()}
URL_SCHEMES = {"http", "https", "mailto"}


# A run this long without a space gets a zero-width space every BREAK_EVERY characters (not
# across Markdown's \x02…\x03 placeholders). The print CSS's overflow-wrap breaks any long
# word, but WeasyPrint then lays out the rest of the word again for every line: a
# 100,000-character word took over five minutes; with these break opportunities, seconds.
LONG_RUN = re.compile(r"[^\s\x02\x03]{64,}")
BREAK_EVERY = 32


def with_break_opportunities(text):
    """The text with zero-width spaces inside runs too long for any line."""

    def split(match):
        run = match[0]
        return "\u200b".join(run[i : i + BREAK_EVERY] for i in range(0, len(run), BREAK_EVERY))

    return LONG_RUN.sub(split, text)


class _BreakLongRuns(Treeprocessor):
    def run(self, root):
        for element in root.iter():
            if element.text:
                element.text = with_break_opportunities(element.text)
            if element.tail:
                element.tail = with_break_opportunities(element.tail)


class BreakLongRunsExtension(Extension):
    def extendMarkdown(self, md_instance):  # noqa: N802 - Markdown's API
        # After the inline patterns (priority 20): only text nodes, never an href.
        md_instance.treeprocessors.register(_BreakLongRuns(md_instance), "break_long_runs", 5)


@lru_cache(maxsize=4096)
def render_markdown(text):
    """Render Markdown and keep only harmless tags, attributes and link schemes.

    A pure function of the text, so results are cached: pages and PDFs show the same texts
    again and again, and parsing Markdown is the costliest part of rendering them."""
    html = md.markdown(
        text or "",
        extensions=["extra", "sane_lists", BreakLongRunsExtension()],
        output_format="html",
    )
    return nh3.clean(
        html,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes=URL_SCHEMES,
        link_rel="noopener noreferrer nofollow",
    )
