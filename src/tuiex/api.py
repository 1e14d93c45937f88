"""The Python API: a store's events, quotes and actors as records, for notebooks and other tools.

    import tuiex

    with tuiex.open("data/events.db") as store:
        for event in store.events(actor="Turkey", type="ASSAULT", since="2016-07"):
            print(event.date, event.source, event.type, event.target, event.sentence)
        df = store.quotes_df(query="sanctions")      # a pandas DataFrame, one row per quote

`tuiex.open(path)` gives a read-only `Corpus`. Its filters mirror `tuiex search`: `query` is the search
language itself (free words, "phrases", actor:, source:, target:, type:, from:, to:), and the keyword
filters add to it. Everything goes through the store's public reads (`tuiex.store.reader.Reader`,
`tuiex.store.exchange.actor_records`); this module holds no SQL. The `*_df` methods need pandas, the
optional extra `tuiex[pandas]`.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from os import PathLike
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any

from .store.exchange import actor_records
from .store.output import records
from .store.reader import Reader
from .store.search import parse

if TYPE_CHECKING:
    import pandas


@dataclass(frozen=True)
class Event:
    """One PLOVER-typed event: `source` did `type` to `target` on `date`, as `sentence` of `article` says.

    Dates are ISO strings at their precision ("2016", "2016-07", "2016-07-15"; `date_precision` "year",
    "month" or "day"), None when the text gives none. `summary` is "Russia CONCEDE Turkey: lifted", the
    trigger after the colon. Actors are canonical names (None when the event has none)."""

    id: int
    date: str | None
    date_precision: str | None
    type: str
    source: str | None
    target: str | None
    text: str              # the event's clause
    summary: str
    sentence: str
    article: str           # the article's file name, as in the exchange format
    title: str | None
    outlet: str | None
    published: str | None  # the article's own date, ISO at its precision
    url: str | None


@dataclass(frozen=True)
class Quote:
    """One direct or reported quote: `speaker` said `text` (the quoted words) on `date`, in `sentence`."""

    id: int
    date: str | None
    date_precision: str | None
    speaker: str | None    # canonical actor name; None when unattributed
    text: str
    sentence: str
    article: str
    title: str | None
    outlet: str | None
    published: str | None
    url: str | None


@dataclass(frozen=True)
class Actor:
    """One actor merged across articles: `type` is person, organization, country or group; `country` an
    ISO 3166 alpha-3 code; `aliases` its other names in the store, sorted."""

    id: int
    name: str
    type: str
    country: str | None
    role: str | None
    aliases: tuple[str, ...]


PANDAS_MISSING = ("the DataFrame methods of tuiex need pandas, the optional extra tuiex[pandas]: "
                  "pip install 'tuiex[pandas]' (or pip install pandas)")


class Corpus:
    """A tuiex store opened read-only. Raises `tuiex.store.db.StoreError` when `path` is no tuiex store
    (missing, not SQLite, another schema version); never creates or changes a file. Use it as a context
    manager, or call `close()`. Safe to use from several threads (one connection per thread)."""

    def __init__(self, path: str | PathLike[str]) -> None:
        self.path = Path(path)
        self._reader = Reader(self.path)

    def close(self) -> None:
        self._reader.close()

    def __enter__(self) -> Corpus:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"tuiex.Corpus({str(self.path)!r})"

    # -- records --------------------------------------------------------------------------------

    def events(self, query: str = "", *, actor: str | Iterable[str] | None = None,
               source: str | Iterable[str] | None = None, target: str | Iterable[str] | None = None,
               type: str | Iterable[str] | None = None, since: str | None = None, until: str | None = None,
               limit: int | None = None) -> list[Event]:
        """Events in timeline order (by date; undated ones last), as `tuiex search` finds them.

        `query`: the search language ("air base" type:ASSAULT from:2016-07). `actor`/`source`/`target`:
        a name or several (any of them; case, accents and aliases do not matter: "Ankara" finds Turkey's
        events); `type`: PLOVER types (any of them); `since`/`until`: ISO dates, inclusive at their
        precision ("2016-07" includes all of July). `limit`: at most that many (None: all). Raises
        `tuiex.store.search.QueryError` for a malformed query, an unknown PLOVER type or an actor name
        that matches nobody."""
        text = _query(query, "event:", actor=actor, source=source, target=target, type=type,
                      since=since, until=until)
        return [_event(r) for r in self._records(text, limit)]

    def quotes(self, query: str = "", *, speaker: str | Iterable[str] | None = None,
               actor: str | Iterable[str] | None = None, since: str | None = None, until: str | None = None,
               limit: int | None = None) -> list[Quote]:
        """Quotes in timeline order. `speaker`: who said it (any of the names); `actor`: the speaker (a
        quote has no target); the other arguments and errors as in `events`."""
        text = _query(query, "quote:", actor=actor, source=speaker, since=since, until=until)
        return [_quote(r) for r in self._records(text, limit)]

    def actors(self, name: str | None = None, *, type: str | None = None, country: str | None = None,
               limit: int | None = None) -> list[Actor]:
        """Actors, by type then name; with `name`, those whose name or an alias matches it (the
        explorer's actor search: exact, then every word, then close spellings), best first. `type`
        (person, organization, country, group) and `country` (ISO alpha-3, "TUR") filter them."""
        every = [_actor(r) for r in actor_records(self._reader.conn)]
        if name is not None:
            by_id = {a.id: a for a in every}
            ranked = self._reader.match_actors(name, limit=max(limit or 0, len(by_id)))
            every = [by_id[hit.id] for hit in ranked if hit.id in by_id]
        chosen = [a for a in every if (type is None or a.type == type)
                  and (country is None or (a.country or "").upper() == country.upper())]
        return chosen if limit is None else chosen[:max(limit, 0)]

    # -- DataFrames -----------------------------------------------------------------------------

    def events_df(self, query: str = "", **filters: Any) -> pandas.DataFrame:
        """`events(...)` as a DataFrame: one row per event, the columns of `Event`, in its field order
        (an empty result keeps the columns). Raises ImportError naming the extra without pandas."""
        return _frame(Event, self.events(query, **filters))

    def quotes_df(self, query: str = "", **filters: Any) -> pandas.DataFrame:
        """`quotes(...)` as a DataFrame: one row per quote, the columns of `Quote`."""
        return _frame(Quote, self.quotes(query, **filters))

    def actors_df(self, name: str | None = None, **filters: Any) -> pandas.DataFrame:
        """`actors(...)` as a DataFrame: one row per actor, the columns of `Actor` (aliases a list)."""
        return _frame(Actor, self.actors(name, **filters))

    def _records(self, text: str, limit: int | None) -> list[dict]:
        view = self._reader.resolve(parse(text), quotes=True)
        if limit is not None:
            return records(self._reader, self._reader.page(view, limit=max(limit, 0)) if limit > 0 else [])
        return [rec for batch in _batches(self._reader.iter_view(view), 500)
                for rec in records(self._reader, batch)]


def _batches(items: Iterator[Any], n: int) -> Iterator[list[Any]]:
    batch: list[Any] = []
    for item in items:
        batch.append(item)
        if len(batch) == n:
            yield batch
            batch = []
    if batch:
        yield batch


def _names(value: str | Iterable[str] | None) -> list[str]:
    if value is None:
        return []
    names = [value] if isinstance(value, str) else list(value)
    return [" ".join(n.replace('"', " ").split()) for n in names if n and n.strip()]


def _query(query: str, kind: str, *, actor: str | Iterable[str] | None = None,
           source: str | Iterable[str] | None = None, target: str | Iterable[str] | None = None,
           type: str | Iterable[str] | None = None, since: str | None = None, until: str | None = None) -> str:
    """The search-language text for `query` plus keyword filters: each filter a `key:"a","b"` term."""
    parts = [query, kind]
    for key, value in (("actor", actor), ("source", source), ("target", target), ("type", type)):
        names = _names(value)
        if names:
            parts.append(f"{key}:" + ",".join(f'"{n}"' for n in names))
    for key, day in (("from", since), ("to", until)):
        if day is not None:
            parts.append(f"{key}:{day.strip()}")
    return " ".join(p for p in parts if p)


def _event(r: dict) -> Event:
    return Event(id=r["id"], date=r["date"], date_precision=r["date_precision"], type=r["type"],
                 source=r["source"], target=r["target"], text=r["text"], summary=r["summary"],
                 sentence=r["sentence"], article=r["article"], title=r["title"], outlet=r["outlet"],
                 published=r["published"], url=r["url"])


def _quote(r: dict) -> Quote:
    return Quote(id=r["id"], date=r["date"], date_precision=r["date_precision"], speaker=r["speaker"],
                 text=r["text"], sentence=r["sentence"], article=r["article"], title=r["title"],
                 outlet=r["outlet"], published=r["published"], url=r["url"])


def _actor(r: dict) -> Actor:
    return Actor(id=r["id"], name=r["name"], type=r["type"], country=r["country"], role=r["role"],
                 aliases=tuple(r["aliases"]))


def _frame(cls: type, rows: list[Any]) -> pandas.DataFrame:
    try:
        import pandas
    except ImportError as e:
        raise ImportError(PANDAS_MISSING) from e
    columns = [f.name for f in dataclasses.fields(cls)]
    data = [{**dataclasses.asdict(row), **({"aliases": list(row.aliases)} if cls is Actor else {})}
            for row in rows]
    return pandas.DataFrame(data, columns=columns)
