"""Charts as inline SVG from matplotlib: one look for the portal pages and both PDFs."""

import functools
import hashlib
import io
import re
from pathlib import Path

from django.conf import settings
from django.core.cache import cache
from django.utils import translation
from django.utils.html import escape

_STYLE_ATTR = re.compile(r'style="([^"]*)"')
_FONT_SHORTHAND = re.compile(
    r"^(?:(?P<style>italic|normal|bold|\d00)\s+)*(?P<size>[\d.]+px)\s+(?P<family>.+)$"
)


CACHE_SECONDS = 60 * 60 * 24
FONT_DIR = Path(settings.BASE_DIR) / "static" / "fonts"
FONT_FAMILY = ["Noto Sans", "DejaVu Sans", "sans-serif"]


@functools.cache
def setup_matplotlib():
    """Register the vendored Noto Sans with matplotlib and make it the charts' font, once per
    process: without the registration every text looks the family up, fails and falls back."""
    import matplotlib
    from matplotlib import font_manager

    for path in sorted(FONT_DIR.glob("NotoSans-*.ttf")):
        font_manager.fontManager.addfont(str(path))
    matplotlib.rcParams["svg.fonttype"] = "none"  # text stays text: small, searchable in PDFs
    # Labels are our users' text (budget line names): "$5 och $6" is drawn as written, never
    # read as TeX, which would garble it or, malformed ("$\foo$"), fail the whole page.
    matplotlib.rcParams["text.parse_math"] = False
    matplotlib.rcParams["font.family"] = FONT_FAMILY
    # Clip and marker ids from a fixed salt: the same figures give the same SVG in every process
    # (and so the same PDF bytes), not ids drawn at random per chart.
    matplotlib.rcParams["svg.hashsalt"] = "ros-portal"


def new_figure(width=7.0, height=3.2):
    """A matplotlib figure drawn without pyplot's global state."""
    from matplotlib.figure import Figure

    setup_matplotlib()
    return Figure(figsize=(width, height), layout="constrained")


def _style_to_attributes(match):
    # A Content-Security-Policy without 'unsafe-inline' blocks style attributes, but not SVG
    # presentation attributes, so every declaration becomes an attribute of its own.
    attributes = []
    for declaration in match.group(1).split(";"):
        name, _sep, value = declaration.partition(":")
        name, value = name.strip(), value.strip().replace('"', "'")
        if not name:
            continue
        if name == "font":
            font = _FONT_SHORTHAND.match(value)
            if font:
                attributes.append(f'font-size="{font["size"]}"')
                attributes.append(f'font-family="{font["family"]}"')
                if font["style"]:
                    attributes.append(f'font-weight="{font["style"]}"')
            continue
        attributes.append(f'{name}="{value}"')
    return " ".join(attributes)


def figure_to_svg(figure, title, desc=""):
    """Render a figure as an SVG string with role="img", <title> and <desc>, free of inline CSS."""
    setup_matplotlib()
    buffer = io.StringIO()
    figure.savefig(buffer, format="svg", metadata={"Date": None, "Creator": None})
    svg = buffer.getvalue()
    svg = svg[svg.index("<svg") :]
    svg = re.sub(r"<metadata>.*?</metadata>", "", svg, flags=re.S)
    svg = re.sub(r"<style[^>]*>.*?</style>", "", svg, flags=re.S)
    svg = _STYLE_ATTR.sub(_style_to_attributes, svg)
    label = f"<title>{escape(title)}</title>"
    if desc:
        label += f"<desc>{escape(desc)}</desc>"
    svg = re.sub(r"<svg\b", f'<svg role="img" aria-label="{escape(title)}"', svg, count=1)
    return svg.replace(">", ">" + label, 1)


def cached_svg(name, figures, draw):
    """The SVG that draw() returns, kept in the cache under a digest of the figures it shows.

    Drawing takes matplotlib a few hundred milliseconds and the same figures (in the same
    language) always give the same chart, so a changed figure is a new key and nothing is ever
    stale. `figures` must be plain values (numbers, strings, dates, tuples and lists of them).
    """
    digest = hashlib.sha256(repr((translation.get_language(), figures)).encode()).hexdigest()
    return cache.get_or_set(f"chart:{name}:{digest}", lambda: str(draw()), CACHE_SECONDS)
