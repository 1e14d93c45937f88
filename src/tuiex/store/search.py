"""The query language shared by the explorer's search box and `tuiex search`.

    lavrov "air base" type:ASSAULT,COERCE from:2016-07 to:2016-08 actor:cavusoglu quote:

Free words and "quoted phrases" are matched by full-text search; `key:value` filters narrow the
result. This module only parses (pure, no SQL): `reader.Reader.resolve()` turns a `Query` into
SQL. Anything malformed raises `QueryError` with a short explanation meant for the user.

Free text becomes an FTS5 expression in which every word or phrase is a quoted string, so FTS5
operators (AND, OR, NEAR, *, ^, column filters) and SQL metacharacters typed by the user are text,
never syntax. Control characters are spaces and unencodable ones (lone surrogates, which a command
line can carry) are U+FFFD, so any text parses or is explained; a query is kept to a size SQLite
runs comfortably (MAX_WORDS words, MAX_NAMES actor names).

The parser stays hand-written because the tokenizer one would use instead, shlex.split, refuses
apostrophes ("Taiwan's") and knows no key:value filters: it raises on 4 of the 44 dev headlines typed
as queries, where `parse` reads all 44 (scripts/handwritten_vs_library.py).
"""

from __future__ import annotations

import calendar
import difflib
import re
import unicodedata
from dataclasses import dataclass, field

from ..textnorm import fold, search_fold

# PLOVER event types, grouped by the kind the timeline colours them with.
COOPERATIVE = ("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT")
NEUTRAL = ("REQUEST",)
CONFLICTUAL = ("ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT")
PLOVER_TYPES = COOPERATIVE + NEUTRAL + CONFLICTUAL

FILTER_KEYS = ("actor", "source", "target", "type", "from", "to", "quote", "event")
_KEY_ALIASES = {"speaker": "source", "quotes": "quote", "events": "event", "types": "type"}

MAX_WORDS = 500     # free words and phrases in one query (each is a full-text term)
MAX_NAMES = 50      # actor names over all actor:, source: and target: filters

_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
_KEY = re.compile(r"^([A-Za-z]+):")


class QueryError(ValueError):
    """A query that cannot be run, with a one-line explanation for the user."""


def kind_of_type(event_type: str | None) -> str:
    """'cooperative', 'conflictual' or 'neutral' (anything unknown is neutral)."""
    if event_type in COOPERATIVE:
        return "cooperative"
    if event_type in CONFLICTUAL:
        return "conflictual"
    return "neutral"


# -- dates -----------------------------------------------------------------------------------------


def parse_date(text: str, what: str = "date") -> str:
    """Validate a YYYY, YYYY-MM or YYYY-MM-DD date and return it unchanged."""
    m = _DATE.match(text)
    if not m:
        raise QueryError(f"bad date {text!r} in {what}: use YYYY, YYYY-MM or YYYY-MM-DD")
    year, month, day = m.groups()
    if month is not None and not 1 <= int(month) <= 12:
        raise QueryError(f"bad date {text!r} in {what}: month {month} does not exist")
    if day is not None:
        last = calendar.monthrange(int(year), int(month))[1]
        if not 1 <= int(day) <= last:
            raise QueryError(f"bad date {text!r} in {what}: {year}-{month} has no day {day}")
    return text


def date_after(iso: str) -> str:
    """The first date string after every date that starts with `iso` (its exclusive upper bound).

    "2016" -> "2017", "2016-12" -> "2017-01", "2016-02-29" -> "2016-03-01". Comparing ISO strings
    of mixed precision then works: everything dated within `iso` sorts below the result."""
    parts = [int(p) for p in iso.split("-")]
    if parts[0] >= 9999 and (len(parts) == 1 or parts[1:] in ([12], [12, 31])):
        return "9999-99"            # not "10000", which sorts before "2016"
    if len(parts) == 1:
        return f"{parts[0] + 1:04d}"
    if len(parts) == 2:
        y, m = parts
        return f"{y + 1:04d}-01" if m == 12 else f"{y:04d}-{m + 1:02d}"
    y, m, d = parts
    if d < calendar.monthrange(y, m)[1]:
        return f"{y:04d}-{m:02d}-{d + 1:02d}"
    return f"{y + 1:04d}-01-01" if m == 12 else f"{y:04d}-{m + 1:02d}-01"


# -- the parsed query ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Query:
    """A parsed query. Filters of the same key combine with AND; a comma list inside one filter
    (type:ASSAULT,COERCE or actor:lavrov,putin) means any of them."""

    terms: tuple[str, ...] = ()                    # free words, in order
    phrases: tuple[str, ...] = ()                  # "quoted phrases"
    prefix: bool = False                           # the last free word is still being typed
    actors: tuple[tuple[str, ...], ...] = ()       # actor: source, target or speaker
    sources: tuple[tuple[str, ...], ...] = ()      # source: event source or quote speaker
    targets: tuple[tuple[str, ...], ...] = ()      # target: event target (quotes have none)
    types: tuple[str, ...] = ()                    # PLOVER types (events only)
    date_from: str | None = None                   # inclusive, at its precision
    date_to: str | None = None                     # inclusive, at its precision
    kind: str | None = None                        # "event", "quote" or None for both
    text: str = field(default="", compare=False)   # what the user typed (see clean_text)

    @property
    def is_empty(self) -> bool:
        return not (self.terms or self.phrases or self.actors or self.sources or self.targets
                    or self.types or self.date_from or self.date_to or self.kind)

    @property
    def has_text(self) -> bool:
        return bool(self.terms or self.phrases)

    def fts(self) -> str | None:
        """The free text as a safe FTS5 MATCH expression (None when there is no free text).

        Each word or phrase is one FTS5 string ("..." with inner quotes doubled), so nothing the
        user types is FTS5 syntax; strings are ANDed. While typing, the last word is a prefix."""
        parts = [_fts_string(p) for p in self.phrases]
        words = [_fts_string(t) for t in self.terms]
        if self.prefix and words:
            words[-1] += "*"
        parts = words + parts
        return " ".join(parts) if parts else None

    def date_range(self) -> tuple[str | None, str | None]:
        """(lowest date string included, first date string excluded)."""
        return self.date_from, (date_after(self.date_to) if self.date_to else None)

    def highlight_terms(self) -> list[tuple[str, bool]]:
        """Folded words and phrases to highlight in text, with whether each is a prefix."""
        out = [(fold(t), self.prefix and i == len(self.terms) - 1) for i, t in enumerate(self.terms)]
        out += [(fold(p), False) for p in self.phrases]
        return [(t, p) for t, p in out if t]


def _fts_string(text: str) -> str:
    return '"' + search_fold(text).replace('"', '""') + '"'


def _searchable(text: str) -> bool:
    """Whether FTS5's unicode61 tokenizer finds at least one token in `text`."""
    return any(c.isalnum() for c in text)


# -- the parser ------------------------------------------------------------------------------------


def _tokens(text: str) -> list[tuple[str, bool, int]]:
    """Split into (token, was_quoted_phrase, column). A token may hold a quoted part (key:"a b")."""
    out = []
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        if c.isspace():
            i += 1
            continue
        start = i
        if c == '"':
            end = text.find('"', i + 1)
            if end < 0:
                raise QueryError(f'unbalanced quote: the " at column {i + 1} is never closed')
            out.append((text[i + 1:end], True, start))
            i = end + 1
            continue
        buf = []
        while i < n and not text[i].isspace():
            if text[i] == '"':
                end = text.find('"', i + 1)
                if end < 0:
                    raise QueryError(f'unbalanced quote: the " at column {i + 1} is never closed')
                buf.append(text[i:end + 1])
                i = end + 1
            else:
                buf.append(text[i])
                i += 1
        out.append(("".join(buf), False, start))
    return out


def _unquote(value: str) -> str:
    return value.replace('"', "")


def _list(value: str, key: str) -> tuple[str, ...]:
    """Split a filter value on commas outside quotes; an empty value is an error."""
    items: list[str] = []
    buf: list[str] = []
    quoted = False
    for c in value:
        if c == '"':
            quoted = not quoted
        elif c == "," and not quoted:
            items.append("".join(buf))
            buf = []
        else:
            buf.append(c)
    items.append("".join(buf))
    items = [" ".join(i.split()) for i in items]
    items = [i for i in items if i]
    if not items:
        raise QueryError(f"{key}: needs a value, e.g. {_EXAMPLES[key]}")
    return tuple(items)


_EXAMPLES = {
    "actor": "actor:lavrov",
    "source": "source:russia",
    "target": "target:turkey",
    "type": "type:ASSAULT,COERCE",
    "from": "from:2016-07",
    "to": "to:2016-08-31",
}


def parse(text: str, *, prefix: bool = False) -> Query:
    """Parse a query. With `prefix` (search-as-you-type) the last free word matches as a prefix,
    unless the text ends with a space."""
    terms: list[str] = []
    phrases: list[str] = []
    actors: list[tuple[str, ...]] = []
    sources: list[tuple[str, ...]] = []
    targets: list[tuple[str, ...]] = []
    types: list[str] = []
    date_from = date_to = kind = None
    last_is_term = False
    unsearchable: list[str] = []       # words with no letter or digit: they find nothing
    text = clean_text(text)

    for token, quoted, _col in _tokens(text):
        last_is_term = False
        if quoted:
            phrase = " ".join(token.split())
            if _searchable(phrase):
                phrases.append(phrase)
            elif phrase:
                unsearchable.append(f'"{phrase}"')
            continue
        m = _KEY.match(token)
        if not m:
            word = _unquote(token)
            if _searchable(word):
                terms.append(word)
                last_is_term = '"' not in token
            elif word.strip():
                unsearchable.append(token)
            continue
        key = m.group(1).lower()
        key = _KEY_ALIASES.get(key, key)
        value = token[m.end():]
        if key not in FILTER_KEYS and not value and _searchable(m.group(1)):
            terms.append(m.group(1))     # "Senegal: protests persist", a headline pasted in: a word
            continue
        if key not in FILTER_KEYS:
            known = ", ".join(k + ":" for k in FILTER_KEYS)
            raise QueryError(f"unknown filter {m.group(1)}: (filters are {known})")
        if key in ("quote", "event"):
            if kind and kind != key:
                raise QueryError("quote: and event: exclude each other; use one of them")
            kind = key
            word = _unquote(value)
            if _searchable(word):      # quote:putin reads as quote: putin
                terms.append(word)
                last_is_term = '"' not in value
            continue
        values = _list(value, key)
        if key == "actor":
            actors.append(values)
        elif key == "source":
            sources.append(values)
        elif key == "target":
            targets.append(values)
        elif key == "type":
            types.extend(_event_type(v) for v in values)
        else:
            if len(values) != 1:
                raise QueryError(f"{key}: takes one date, e.g. {_EXAMPLES[key]}")
            d = parse_date(values[0], key)
            if key == "from":
                date_from = d
            else:
                date_to = d

    # the same word twice finds what it finds once (the last word stays last: it may be a prefix)
    terms = [*dict.fromkeys(terms[:-1]), *terms[-1:]]
    phrases = list(dict.fromkeys(phrases))
    if len(terms) + len(phrases) > MAX_WORDS:
        raise QueryError(f"too many words ({len(terms) + len(phrases):,}): a query takes at most "
                         f"{MAX_WORDS}; search for the few that matter")
    actors, sources, targets = (list(dict.fromkeys(g)) for g in (actors, sources, targets))
    names = sum(len(g) for g in (*actors, *sources, *targets))
    if names > MAX_NAMES:
        raise QueryError(f"too many actor names ({names:,}): a query takes at most {MAX_NAMES}")
    if date_from and date_to and date_from >= date_after(date_to):
        raise QueryError(f"from:{date_from} is after to:{date_to}")
    if types and kind == "quote":
        raise QueryError("type: applies to events, so it cannot be combined with quote:")
    if targets and kind == "quote":
        raise QueryError("target: applies to events (quotes have a speaker, use source:)")
    if unsearchable and not (terms or phrases or actors or sources or targets or types or date_from
                             or date_to or kind):
        what = " ".join(unsearchable)
        what = what if len(what) <= 30 else what[:29] + "…"
        what = "".join(c if c.isprintable() else f"\\u{ord(c):04x}" for c in what)
        raise QueryError(f"{what} has no letters or digits, so it searches for nothing (punctuation "
                         f"and symbols are not indexed); search for a word or a name, or use a filter "
                         f"such as type:ASSAULT")
    return Query(
        terms=tuple(terms),
        phrases=tuple(phrases),
        prefix=bool(prefix and last_is_term and text and not text[-1].isspace()),
        actors=tuple(actors),
        sources=tuple(sources),
        targets=tuple(targets),
        types=tuple(dict.fromkeys(types)),
        date_from=date_from,
        date_to=date_to,
        kind=kind,
        text=text,
    )


_BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def clean_text(text: str) -> str:
    """`text` with control characters as spaces (a NUL would end an FTS5 string early, an escape
    would reach the terminal, a bidi override would reverse what is shown after it) and lone
    surrogates (undecodable bytes of a command line), which SQLite and the terminal cannot take,
    as U+FFFD. None of these is a word, so what is searched does not change."""
    if text.isprintable():
        return text
    out = []
    for c in text:
        cat = unicodedata.category(c)
        out.append(" " if cat == "Cc" or c in _BIDI_CONTROLS else "\ufffd" if cat == "Cs" else c)
    return "".join(out)


def _event_type(value: str) -> str:
    t = value.upper()
    if t in PLOVER_TYPES:
        return t
    close = difflib.get_close_matches(t, PLOVER_TYPES, n=1, cutoff=0.6)
    hint = f"; did you mean {close[0]}?" if close else f" (types: {', '.join(PLOVER_TYPES)})"
    raise QueryError(f"unknown event type {value!r}{hint}")
