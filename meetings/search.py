"""Search across agenda items, decisions and action items.

PostgreSQL: full-text search with the 'swedish' configuration ("beslutade" finds "beslut"),
served by GIN expression indexes over exactly the vectors below (migration
0002_portal_search_indexes). The expression indexes need no extra column to keep current and
no trigger; the price is that the query must repeat the index expression, which `vector()` does.
SQLite (development): a plain icontains fallback.

The public sees only the text of approved minutes.
"""

from django.db import connection
from django.db.models import CharField, F, Q, Value
from django.utils.html import escape
from django.utils.safestring import mark_safe

from meetings.models import ActionItem, AgendaItem, Decision
from meetings.models.meeting import Status

# kind -> (model, searched fields, field shown as snippet)
SOURCES = {
    "punkt": (AgendaItem, ("heading", "body"), "body"),
    "beslut": (Decision, ("text",), "text"),
    "uppdrag": (ActionItem, ("text",), "text"),
}
MAX_RESULTS = 500
CONFIG = "swedish"
START, STOP = "\x01", "\x02"  # headline markers, swapped for <mark> after escaping


def is_postgres():
    return connection.vendor == "postgresql"


def vector(fields):
    from django.contrib.postgres.search import SearchVector

    return SearchVector(*fields, config=CONFIG)


def _visible(model, public):
    queryset = model.objects.all()
    if public:
        queryset = queryset.filter(meeting__status=Status.APPROVED)
    return queryset


def find(text, public):
    """All matches as light (kind, pk) entries, best first, at most MAX_RESULTS."""
    text = (text or "").strip()
    if not text:
        return []
    if is_postgres():
        return _find_postgres(text, public)
    entries = []
    for kind, (model, fields, _snippet) in SOURCES.items():
        condition = Q()
        for field in fields:
            condition |= Q(**{f"{field}__icontains": text})
        rows = (
            _visible(model, public)
            .filter(condition)
            .order_by("-meeting__date")
            .values_list("pk", "meeting__date")[:MAX_RESULTS]
        )
        entries += [(0, date, kind, pk) for pk, date in rows]
    entries.sort(key=lambda e: (-e[0], -e[1].toordinal(), e[2], e[3]))
    return [(kind, pk) for _rank, _date, kind, pk in entries[:MAX_RESULTS]]


def _find_postgres(text, public):
    return [(kind, pk) for _rank, _date, kind, pk in ranked(text, public)[:MAX_RESULTS]]


def ranked(text, public):
    """The matches of the three sources, ranked, in one ORM query (a UNION of the three).

    Each source filters on the same vector its GIN expression index holds. The cut at
    MAX_RESULTS is taken over the whole order (rank, newest meeting, kind, id), so ties are
    never left to chance.
    """
    from django.contrib.postgres.search import SearchQuery, SearchRank

    query = SearchQuery(text, config=CONFIG, search_type="websearch")
    parts = [
        _visible(model, public)
        .annotate(document=vector(fields))
        .filter(document=query)
        .annotate(
            rank=SearchRank(vector(fields), query),
            meeting_date=F("meeting__date"),
            kind=Value(kind, CharField()),
        )
        .order_by()
        .values_list("rank", "meeting_date", "kind", "pk")
        for kind, (model, fields, _snippet) in SOURCES.items()
    ]
    return parts[0].union(*parts[1:], all=True).order_by("-rank", "-meeting_date", "kind", "pk")


def load(entries, text):
    """The objects of one page of entries, each with its meeting and an escaped snippet."""
    by_kind = {}
    for kind, pk in entries:
        by_kind.setdefault(kind, []).append(pk)
    loaded = {}
    for kind, pks in by_kind.items():
        model, _fields, snippet_field = SOURCES[kind]
        queryset = model.objects.filter(pk__in=pks).select_related("meeting")
        if is_postgres():
            from django.contrib.postgres.search import SearchHeadline, SearchQuery

            queryset = queryset.annotate(
                headline=SearchHeadline(
                    snippet_field,
                    SearchQuery(text, config=CONFIG, search_type="websearch"),
                    config=CONFIG,
                    start_sel=START,
                    stop_sel=STOP,
                    max_words=30,
                    min_words=12,
                )
            )
        for obj in queryset:
            raw = getattr(obj, "headline", None)
            if raw is None:
                raw = _plain_snippet(getattr(obj, snippet_field), text)
            obj.snippet = _marked(raw)
            obj.kind = kind
            loaded[(kind, obj.pk)] = obj
    return [loaded[entry] for entry in entries if entry in loaded]


def _plain_snippet(value, text, width=90):
    """About `width` characters either side of the first match, cut between words only."""
    value = value or ""
    at = value.lower().find(text.lower())
    if at < 0:
        return _cut_after(value, 0, width * 2)
    end = at + len(text)
    before = value[:at]
    start = max(0, at - width)
    if start:
        # Move the cut to the start of the word it would split.
        space = before.rfind(" ", 0, start + 1)
        start = space + 1 if space >= 0 else 0
    prefix = "… " if start else ""
    return f"{prefix}{before[start:]}{START}{value[at:end]}{STOP}{_cut_after(value, end, width)}"


def _cut_after(value, start, width):
    """value[start:start + width], extended to the end of the word it would split."""
    if start + width >= len(value):
        return value[start:]
    space = value.find(" ", start + width)
    if space < 0:
        return value[start:]
    return value[start:space] + " …"


def _marked(raw):
    """Escape the text first, then turn the markers into <mark>: hostile text stays inert."""
    return mark_safe(  # noqa: S308 - escaped above, only our own <mark> tags are added
        escape(raw).replace(START, "<mark>").replace(STOP, "</mark>")
    )
