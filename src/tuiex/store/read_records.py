"""The records the store's read side hands out: timeline keys and items, counts, the views that
filter the timeline, an actor's detail, an article with its spans, frequency lines. Plain data, no
SQL: widgets and the command line import these without touching SQLite.

The timeline is one ordered sequence of items (events and, when shown, quotes):

    key = (segment, date, kind, id)     segment 0: dated, 1: undated (kept, and put last)
                                        kind 0: event, 1: quote

Dates are ISO strings at their precision ("2016", "2016-07", "2016-07-01"), so "2016-07" sorts
before "2016-07-01": an item known only to the month comes first in its month."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import NamedTuple

ShouldStop = Callable[[], bool] | None

EVENT, QUOTE = 0, 1
NO_TYPE = "-"           # a type no event has: two type filters with nothing in common
KINDS = ("event", "quote")


class Cancelled(Exception):
    """A query was interrupted because its caller no longer wants the answer."""


class Key(NamedTuple):
    """Where an item sits in the timeline order."""

    seg: int        # 0 dated, 1 undated
    date: str       # "" when undated
    kind: int       # 0 event, 1 quote
    id: int

    def just_before(self) -> Key:
        """A key between this item and the one before it (ids are integers): a keyset read
        "after" it starts at this item itself."""
        return self._replace(id=self.id - 1)


class Item(NamedTuple):
    """One timeline row: an event or a quote, with what a row and a citation need. A named
    tuple, not a dataclass: a search builds a screenful of these per keystroke."""

    kind: str                   # "event" | "quote"
    id: int
    date: str | None
    precision: str | None
    type: str | None            # PLOVER type; None for quotes
    source_id: int | None       # event source, or the quote's speaker
    source: str | None
    target_id: int | None
    target: str | None
    text: str                   # the event's clause, or the quoted words
    summary: str                # "Russia CONCEDE Turkey: lifted", or the quote text
    article_id: int
    start: int
    end: int
    trigger_start: int | None
    trigger_end: int | None
    sentence_id: int
    file: str
    title: str | None
    outlet: str | None
    published: str | None
    speculative: bool = False
    url: str | None = None      # the article's address, when known (HTML, JSON, sidecar)

    @property
    def key(self) -> Key:
        k = EVENT if self.kind == "event" else QUOTE
        return Key(0, self.date, k, self.id) if self.date else Key(1, "", k, self.id)

    @property
    def ref(self) -> tuple[str, int]:
        return (self.kind, self.id)

    def citation(self) -> str:
        """The item with where it comes from, for the clipboard."""
        when = self.date or "undated"
        source = ", ".join(
            p for p in (f'"{self.title}"' if self.title else None, self.outlet, self.published,
                        self.url or self.file) if p
        )
        text = " ".join(self.text.split())
        if self.kind == "quote":
            who = self.source or "unattributed"
            return f'[{when}] {who}: "{text}" ({source})'
        actors = f"{self.source or '?'} -> {self.target or '-'}"
        return f'[{when}] {self.type} {actors}: "{text}" ({source})'


@dataclass(frozen=True)
class Count:
    n: int
    exact: bool = True

    def __str__(self) -> str:
        return f"{self.n:,}" if self.exact else f">{self.n:,}"


@dataclass(frozen=True)
class ActorHit:
    id: int
    name: str
    type: str
    country: str | None
    role: str | None
    score: float


@dataclass(frozen=True)
class ActorDetail:
    id: int
    name: str
    type: str
    country: str | None
    role: str | None
    aliases: list[str]
    n_events: int
    n_as_source: int
    n_as_target: int
    n_quotes: int
    n_mentions: int
    first_seen: str | None
    last_seen: str | None
    counterparts: list[tuple[int, str, int]]      # (actor id, name, events together)
    quotes: list[Item]                             # first QUOTE_LIMIT, in timeline order


@dataclass(frozen=True)
class Span:
    kind: str           # "event" | "quote" | "mention"
    id: int             # event, quote or actor id (for mentions)
    start: int
    end: int
    label: str          # "ASSAULT Russia -> Turkey", the speaker, the actor's name
    trigger_start: int | None = None
    trigger_end: int | None = None


@dataclass(frozen=True)
class ArticleView:
    id: int
    file: str
    title: str | None
    outlet: str | None
    url: str | None
    published: str | None
    published_precision: str | None
    text: str
    spans: list[Span] = field(default_factory=list)   # events, quotes and mentions by start


FREQ_BY = ("type", "actor", "dyad", "month")


@dataclass(frozen=True)
class View:
    """What the timeline shows: which items, filtered how. Hashable, so pages can be cached
    per view. Actor filters hold resolved ids; each inner tuple is "any of"."""

    events: bool = True
    quotes: bool = False
    types: tuple[str, ...] = ()
    actors: tuple[tuple[int, ...], ...] = ()
    sources: tuple[tuple[int, ...], ...] = ()
    targets: tuple[tuple[int, ...], ...] = ()
    date_lo: str | None = None              # inclusive
    date_hi: str | None = None              # exclusive
    fts: str | None = None
    label: str = field(default="", compare=False)
    highlight: tuple[tuple[str, bool], ...] = field(default=(), compare=False)

    @property
    def is_filtered(self) -> bool:
        return bool(self.types or self.actors or self.sources or self.targets or self.date_lo
                    or self.date_hi or self.fts)

    def includes(self, kind: int) -> bool:
        if kind == EVENT:
            return self.events
        return self.quotes and not self.types and not self.targets

    def narrow(self, other: "View") -> "View":
        """The items in both views (a search inside an actor filter): every filter of each
        holds; the label names both, outer first ("actor:Putin › sochi")."""
        if self.types and other.types:
            types = tuple(t for t in self.types if t in other.types) or (NO_TYPE,)
        else:
            types = self.types or other.types
        los = [d for d in (self.date_lo, other.date_lo) if d]
        his = [d for d in (self.date_hi, other.date_hi) if d]
        fts = " AND ".join(f"({f})" for f in (self.fts, other.fts) if f) or None
        label = " › ".join(x for x in (self.label, other.label) if x)
        return View(events=self.events and other.events, quotes=self.quotes and other.quotes,
                    types=types, actors=self.actors + other.actors,
                    sources=self.sources + other.sources, targets=self.targets + other.targets,
                    date_lo=max(los) if los else None, date_hi=min(his) if his else None,
                    fts=fts, label=label, highlight=self.highlight + other.highlight)

    @classmethod
    def for_actor(cls, actor_id: int, name: str, quotes: bool = True) -> "View":
        return cls(events=True, quotes=quotes, actors=((actor_id,),), label=f'actor:"{name}"')


@dataclass(frozen=True)
class Freq:
    """One line of a frequency table: a value, how many items have it, and the view of them
    (None when it cannot be filtered to, e.g. undated)."""
    label: str
    n: int
    view: View | None


END = Key(2, "", 0, 0)      # a key after every item: `Reader.page_before(view, END)` reads the view's end
