"""Every read the explorer (and `tuiex search`) makes, through one `Reader`.

Widgets hold no SQL: they call a `Reader`, from Textual thread workers. A `Reader` opens one
read-only connection per thread (`open_connection(path, readonly=True)`), because workers run in a pool
and a SQLite connection belongs to the thread that uses it.

Pages of the timeline (read_records.py gives its order) are fetched by keyset (`key > last key
seen`), never by enumerating everything before the page; a far jump (the scrollbar dragged to the
middle) skips with OFFSET over key-only index scans once and then continues by keyset. Counts can
be capped ("of >10,000") when counting would be slow. The SQL that pages, counts and search share
is built in timeline_sql.py; values are always bound.
"""

from __future__ import annotations

import re
import sqlite3
import threading
from collections.abc import Iterator, Sequence
from dataclasses import replace
from pathlib import Path

from ..textnorm import fold
from . import search_index
from .actor_index import ActorIndex
from .db import open_connection
from .read_records import (
    END,
    EVENT,
    FREQ_BY,
    KINDS,
    QUOTE,
    ActorDetail,
    ActorHit,
    ArticleView,
    Cancelled,
    Count,
    Freq,
    Item,
    Key,
    ShouldStop,
    Span,
    View,
)
from .search import Query, QueryError, date_after, parse
from .timeline_sql import (
    EVENT_COLUMNS,
    EVENT_FROM,
    EVENT_JOINS,
    QUOTE_COLUMNS,
    QUOTE_FROM,
    QUOTE_JOINS,
    TABLE,
    after_key,
    before_key,
    fts_word,
    item_from_row,
    key_of_tkey,
    merged_sql,
    sql_in,
    text_arms,
    text_hits,
    tkey_of,
    upto_key,
    view_filters,
    where_sql,
)

ReadError = sqlite3.Error
"""What a failed read raises (a locked, corrupt or vanished store): the app catches this name, so it
imports no SQL module of its own."""



class Reader:
    """Read access to one store, safe to use from any thread (one connection per thread)."""

    QUOTE_LIMIT = 100
    COUNTERPARTS = 10

    def __init__(self, path: str | Path):
        self.path = Path(path)
        self._local = threading.local()
        self._lock = threading.Lock()               # guards the list of connections
        self._index_lock = threading.Lock()         # guards building the actor index
        self._connections: list[sqlite3.Connection] = []
        # each connection's lock, held while a statement runs on it: close() (the app quitting,
        # in its own thread) interrupts a worker's query and waits for it, instead of freeing a
        # connection under a statement still running on it (a segfault in sqlite3)
        self._running: dict[int, threading.Lock] = {}
        self._closed = False
        self._actor_index: ActorIndex | None = None
        self._plans: dict[str, bool] = {}           # full text -> has many hits
        self._version_conn: sqlite3.Connection | None = None
        _ = self.conn       # open (and check) the store now, in the caller's thread

    # -- connections --------------------------------------------------------------------------

    @property
    def conn(self) -> sqlite3.Connection:
        """This thread's connection (opened on first use). Raises Cancelled once closed."""
        conn = getattr(self._local, "conn", None)
        if conn is None:
            conn = open_connection(self.path, readonly=True)
            with self._lock:
                if self._closed:        # (closed while this one opened: it is not kept)
                    conn.close()
                    raise Cancelled()
                self._connections.append(conn)
                self._running[id(conn)] = threading.Lock()
            self._local.conn = conn
        return conn

    def close(self) -> None:
        """Close every connection, those of other threads too: a statement running on one is
        interrupted (its caller gets Cancelled) and waited for before its connection closes."""
        with self._lock:        # (data_version runs its statement holding it)
            self._closed = True
            for conn in self._connections:
                running = self._running.get(id(conn))
                conn.interrupt()
                if running is not None:
                    running.acquire()
                try:
                    conn.close()
                except sqlite3.Error:
                    pass
                finally:
                    if running is not None:
                        running.release()
            self._connections.clear()
            self._running.clear()
        self._local = threading.local()

    # -- changes made by other connections (an ingest while the explorer is open) ---------------

    def data_version(self) -> int:
        """A number that changes whenever another connection commits to the store: SQLite's
        `PRAGMA data_version`, which is per connection, so it is asked on one kept for it."""
        with self._lock:
            if self._closed:
                raise Cancelled()
            conn = self._version_conn
            if conn is None or conn not in self._connections:      # first use, or closed
                conn = open_connection(self.path, readonly=True)
                self._version_conn = conn
                self._connections.append(conn)
            return conn.execute("PRAGMA data_version").fetchone()[0]

    def forget(self) -> None:
        """Drop what is cached about the store's contents (actor names, query plans), after
        another connection changed it."""
        with self._index_lock:
            self._actor_index = None
        self._plans.clear()

    def _rows(self, sql: str, params: Sequence = (), should_stop: ShouldStop = None) -> list:
        conn = self.conn
        running = self._running.get(id(conn))
        if running is None:             # closed (by the app quitting) since this thread opened it
            raise Cancelled()
        with running:
            if self._closed:
                raise Cancelled()
            return self._run(conn, sql, params, should_stop)

    def _run(self, conn: sqlite3.Connection, sql: str, params: Sequence, should_stop: ShouldStop) -> list:
        if should_stop is not None:
            if should_stop():
                raise Cancelled()
            conn.set_progress_handler(lambda: 1 if should_stop() else 0, 2000)
        try:
            return conn.execute(sql, params).fetchall()
        except sqlite3.OperationalError as e:
            if "interrupted" in str(e):
                raise Cancelled() from e
            if "fts5" in str(e).lower() and "syntax" in str(e).lower():
                raise QueryError(f"full-text search failed: {e}") from e
            raise
        finally:
            if should_stop is not None:
                conn.set_progress_handler(None, 0)

    def _value(self, sql: str, params: Sequence = (), should_stop: ShouldStop = None):
        rows = self._rows(sql, params, should_stop)
        return rows[0][0] if rows else None

    # -- query plans ----------------------------------------------------------------------------

    FTS_SCAN_THRESHOLD = 20_000

    def _filters(self, view: View, kind: int) -> tuple[list[str], list] | None:
        scan = bool(view.fts and view.includes(kind) and self._many_hits(view.fts))
        return view_filters(view, kind, scan)

    def _kinds(self, view: View) -> Iterator[tuple[int, str, list[str], list]]:
        """Each kind of item the view can hold: (kind, its table's alias "e" or "q", the view's
        WHERE terms and their parameters)."""
        for kind in (EVENT, QUOTE):
            f = self._filters(view, kind)
            if f is not None:
                yield kind, "e" if kind == EVENT else "q", f[0], f[1]

    def _arm_filters(self, view: View) -> list[tuple[int, tuple[list[str], list]]]:
        """(kind, WHERE terms) of each arm of a page's keyset query. An actor filter on events
        ("source or target") becomes two arms, source, and target but not source, each walked
        in date order in its own index and merged: one arm with OR would fetch and sort every
        event of the actor (a tenth of the store for the most frequent) before the first row."""
        out = []
        for kind in (EVENT, QUOTE):
            f = self._filters(view, kind)
            if f is None:
                continue
            if kind == EVENT and len(view.actors) == 1 and not view.fts:
                (ids,) = view.actors
                src = self._filters(replace(view, actors=(), sources=(*view.sources, ids)), EVENT)
                tgt = self._filters(replace(view, actors=(), targets=(*view.targets, ids)), EVENT)
                assert src is not None and tgt is not None
                not_src, p = sql_in("e.source_id", ids)
                out.append((EVENT, src))
                out.append((EVENT, (tgt[0] + [f"(e.source_id IS NULL OR NOT {not_src})"], tgt[1] + p)))
                continue
            out.append((kind, f))
        return out

    def _many_hits(self, fts: str) -> bool:
        """Whether full text `fts` has more than FTS_SCAN_THRESHOLD hits; counted once, capped."""
        plan = self._plans.get(fts)
        if plan is None:
            cap = self.FTS_SCAN_THRESHOLD
            n = self._value("SELECT count(*) FROM (SELECT 1 FROM items_fts "
                            "WHERE items_fts MATCH ? LIMIT ?)", [fts, cap + 1])
            plan = n > cap
            self._plans[fts] = plan
        return plan

    # -- resolving a query --------------------------------------------------------------------

    def resolve(self, query: Query | str, *, quotes: bool = False, prefix: bool = False) -> View:
        """Turn a parsed query into a View (actor names become ids). Raises QueryError when an
        actor name matches nobody. `quotes` is whether quotes are shown when the query does not
        say; free text or an actor filter always includes them (unless event:)."""
        if isinstance(query, str):
            query = parse(query, prefix=prefix)

        def ids(groups: tuple[tuple[str, ...], ...], key: str) -> tuple[tuple[int, ...], ...]:
            out = []
            for names in groups:
                found: list[int] = []
                for name in names:
                    hits = self.match_actors(name, prefix=prefix)
                    if not hits:
                        raise QueryError(f"no actor matches {name!r} in {key}:")
                    found.extend(h.id for h in hits)
                out.append(tuple(dict.fromkeys(found)))
            return tuple(out)

        actors = ids(query.actors, "actor")
        sources = ids(query.sources, "source")
        targets = ids(query.targets, "target")
        lo, hi = query.date_range()
        if query.kind == "event":
            events, with_quotes = True, False
        elif query.kind == "quote":
            events, with_quotes = False, True
        else:
            events = True
            with_quotes = quotes or query.has_text or bool(actors or sources)
        return View(
            events=events,
            quotes=with_quotes,
            types=query.types,
            actors=actors,
            sources=sources,
            targets=targets,
            date_lo=lo,
            date_hi=hi,
            fts=search_index.words_only(query.fts()),
            label=query.text.strip(),
            highlight=tuple(query.highlight_terms()),
        )

    # -- timeline: counts, pages, positions ---------------------------------------------------

    def count(self, view: View, cap: int | None = None, should_stop: ShouldStop = None) -> Count:
        """How many items the view holds; with `cap`, stop counting past it (exact=False)."""
        if view.fts:
            total = self._text_count(view, None, cap, should_stop)
            return Count(cap, exact=False) if cap is not None and total > cap else Count(total)
        total = 0
        for kind, x, where, params in self._kinds(view):
            table = f"{TABLE[kind]} {x}"
            if cap is None:
                sql = f"SELECT count(*) FROM {table}{where_sql(where)}"
                total += self._value(sql, params, should_stop)
            else:
                sql = f"SELECT count(*) FROM (SELECT 1 FROM {table}{where_sql(where)} LIMIT ?)"
                total += self._value(sql, [*params, cap - total + 1], should_stop)
                if total > cap:
                    return Count(cap, exact=False)
        return Count(total)

    def _segment_keys(self, view: View, seg: int, bound: Key | None, limit: int, offset: int,
                      should_stop: ShouldStop, backward: bool = False) -> list[Key]:
        """Keys of one segment (dated 0, undated 1) after `bound`, or with `backward` up to it
        in descending order."""
        arms, params = [], []
        for kind, f in self._arm_filters(view):
            cond = _beyond(kind, seg, bound, backward)
            if cond is None:
                continue
            where, fparams = f
            x = "e" if kind == EVENT else "q"
            arms.append(
                f"SELECT {x}.date AS d, {kind} AS k, {x}.id AS i FROM {TABLE[kind]} {x}"
                f"{where_sql([cond[0], *where])}"
            )
            params += cond[1] + fparams
        if not arms:
            return []
        sql, params = merged_sql(arms, params, seg, limit, offset, desc=backward)
        rows = self._rows(sql, params, should_stop)
        return [Key(seg, d or "", k, i) for d, k, i in rows]

    def keys(self, view: View, after: Key | None = None, limit: int = 100, offset: int = 0,
             should_stop: ShouldStop = None) -> list[Key]:
        """Keys of up to `limit` items after `after` (None: from the start), skipping `offset`."""
        if view.fts:
            return self._text_keys(view, after, limit, offset, should_stop)
        return self._index_keys(view, after, limit, offset, should_stop)

    def _index_keys(self, view: View, after: Key | None, limit: int, offset: int,
                    should_stop: ShouldStop) -> list[Key]:
        """Keys by the tables' date indexes: dated items first, then the undated."""
        out: list[Key] = []
        if after is None or after.seg == 0:
            out = self._segment_keys(view, 0, after, limit, offset, should_stop)
            if len(out) == limit:
                return out
            if out:
                offset = 0
            elif offset:
                offset = max(0, offset - self._count_beyond(view, after, 0, should_stop))
        out += self._segment_keys(view, 1, after, limit - len(out), offset, should_stop)
        return out

    def _text_keys(self, view: View, after: Key | None, limit: int, offset: int,
                   should_stop: ShouldStop) -> list[Key]:
        """Keys of a full-text view, walking the index in its own (timeline) order and stopping
        at the page's end, so a common word costs no more than a rare one."""
        sql, params = text_hits(view, after, limit, offset)
        return [key_of_tkey(r) for (r,) in self._rows(sql, params, should_stop)]

    def _text_count(self, view: View, below: int | None, cap: int | None,
                    should_stop: ShouldStop) -> int:
        """Hits of a full-text view (with rowid < `below`), counted in the index; capped."""
        total = 0
        for sql, params in text_arms(view, None, below):
            if cap is None:
                total += self._value(f"SELECT count(*) FROM ({sql})", params, should_stop)
            else:
                total += self._value(f"SELECT count(*) FROM ({sql} LIMIT ?)",
                                     [*params, cap - total + 1], should_stop)
                if total > cap:
                    break
        return total

    def _count_beyond(self, view: View, bound: Key | None, seg: int, should_stop: ShouldStop,
                      backward: bool = False) -> int:
        """How many items of one segment lie after `bound`, or with `backward` before it."""
        n = 0
        for kind, x, where, params in self._kinds(view):
            cond = _beyond(kind, seg, bound, backward)
            if cond is None:
                continue
            sql = f"SELECT count(*) FROM {TABLE[kind]} {x}{where_sql([cond[0], *where])}"
            n += self._value(sql, cond[1] + params, should_stop)
        return n

    def page(self, view: View, after: Key | None = None, limit: int = 100, offset: int = 0,
             should_stop: ShouldStop = None) -> list[Item]:
        """Up to `limit` items after `after` in timeline order (see `keys`)."""
        if view.fts:
            return self._text_page(view, after, limit, offset, should_stop)
        return self.items(self.keys(view, after, limit, offset, should_stop), should_stop)

    def page_before(self, view: View, before: Key, limit: int = 100, offset: int = 0,
                    should_stop: ShouldStop = None) -> list[Item]:
        """Up to `limit` items ending `offset` items before `before` (END: the view's end), in
        timeline order: the pages above a jump (`G`, `:DATE`) read by keyset backwards, as
        cheap as paging down from the top."""
        if view.fts:
            return self._text_page(view, None, limit, offset, should_stop, before)
        keys: list[Key] = []
        for seg in (1, 0):
            if len(keys) == limit:
                break
            got = self._segment_keys(view, seg, before, limit - len(keys), offset, should_stop, backward=True)
            if got:
                offset = 0
            elif offset and seg == 1:
                offset = max(0, offset - self._count_beyond(view, before, 1, should_stop, backward=True))
            keys += got
        keys.reverse()
        return self.items(keys, should_stop)

    def _text_page(self, view: View, after: Key | None, limit: int, offset: int,
                   should_stop: ShouldStop, before: Key | None = None) -> list[Item]:
        """A full-text page in one statement: the hits (as `_text_keys` walks them), then their
        rows, so that a keystroke of search costs one round trip."""
        hits, params = text_hits(view, after, limit, offset, before)
        sql = (f"WITH hits(k) AS MATERIALIZED ({hits}) "
               f"SELECT {EVENT} AS kind, hits.k, {EVENT_COLUMNS} FROM hits "
               f"JOIN events e ON e.tkey = hits.k {EVENT_JOINS} "
               f"UNION ALL "
               f"SELECT {QUOTE}, hits.k, {QUOTE_COLUMNS} FROM hits "
               f"JOIN quotes q ON q.tkey = hits.k {QUOTE_JOINS} "
               f"ORDER BY 2")
        return [Item(KINDS[row[0]], *row[2:24]) for row in self._rows(sql, params, should_stop)]

    def items(self, keys: Sequence[Key], should_stop: ShouldStop = None) -> list[Item]:
        """The items for these keys, in the same order."""
        found: dict[tuple[int, int], Item] = {}
        for kind, cols, frm, x in ((EVENT, EVENT_COLUMNS, EVENT_FROM, "e"),
                                   (QUOTE, QUOTE_COLUMNS, QUOTE_FROM, "q")):
            ids = [k.id for k in keys if k.kind == kind]
            for chunk in _chunks(ids, 500):
                cond, params = sql_in(f"{x}.id", chunk)
                for row in self._rows(f"SELECT {cols} {frm} WHERE {cond}", params, should_stop):
                    found[(kind, row[0])] = item_from_row(KINDS[kind], row)
        return [found[(k.kind, k.id)] for k in keys if (k.kind, k.id) in found]

    def item(self, kind: str, item_id: int) -> Item | None:
        k = KINDS.index(kind)
        got = self.items([Key(0, "", k, item_id)])
        return got[0] if got else None

    def position(self, view: View, key: Key, should_stop: ShouldStop = None) -> int:
        """How many of the view's items come before `key` (the row index of `key`)."""
        if view.fts:
            return self._text_count(view, tkey_of(key), None, should_stop)
        n = 0
        for kind, x, where, params in self._kinds(view):
            for cond, cparams in before_key(kind, key):
                sql = f"SELECT count(*) FROM {TABLE[kind]} {x}{where_sql([cond, *where])}"
                n += self._value(sql, cparams + params, should_stop)
        return n

    def find(self, view: View, match: View, key: Key | None, step: int,
             should_stop: ShouldStop = None) -> tuple[int, int, int] | None:
        """Find mode: the match (an item of `view` also in `match`) after (`step` 1), before
        (-1) or at-or-after (0) the item `key`, wrapping around the ends. Returns (its row in
        `view`, its index among the matches, how many matches) or None when nothing matches."""
        to = self.next_match(view, match, key, step, should_stop)
        if to is None:
            return None
        index, total = self.match_number(view, match, to, should_stop)
        return self.position(view, to, should_stop), index, total

    def next_match(self, view: View, match: View, key: Key | None, step: int,
                   should_stop: ShouldStop = None) -> Key | None:
        """The key of find mode's next match (see `find`), read by keyset from `key` (one row of
        the narrowed view, wrapping at an end), never by counting: as cheap as a page. None when
        nothing matches."""
        both = view.narrow(match)
        if key is not None and step >= 0:
            # after the item (1), or from it on (0: a key just before it; ids are integers)
            got = self.keys(both, key if step > 0 else key.just_before(), 1, should_stop=should_stop)
        elif key is not None:
            got = [i.key for i in self.page_before(both, key, 1, should_stop=should_stop)]
        else:
            got = []
        if not got:         # from the top (or the end): the first (last) match, wrapping around
            got = (self.keys(both, None, 1, should_stop=should_stop) if step >= 0
                   else [i.key for i in self.page_before(both, END, 1, should_stop=should_stop)])
        return got[0] if got else None

    def match_number(self, view: View, match: View, to: Key,
                     should_stop: ShouldStop = None) -> tuple[int, int]:
        """(The index of the match `to` among find mode's matches, how many there are): two
        counts of the narrowed view, which a full-text view pays for in its hits."""
        both = view.narrow(match)
        return self.position(both, to, should_stop), self.count(both, should_stop=should_stop).n

    def contains(self, view: View, key: Key) -> bool:
        """Whether the item with this key is in the view."""
        f = self._filters(view, key.kind)
        if f is None:
            return False
        x = "e" if key.kind == EVENT else "q"
        sql = f"SELECT 1 FROM {TABLE[key.kind]} {x}{where_sql([f'{x}.id = ?', *f[0]])}"
        return bool(self._rows(sql, [key.id, *f[1]]))

    def date_position(self, view: View, date: str, should_stop: ShouldStop = None) -> int:
        """Row index of the first item dated at or after `date` (string order)."""
        return self.position(view, Key(0, date, -1, 0), should_stop)

    def nearest_date(self, view: View, date: str, should_stop: ShouldStop = None) -> str | None:
        """`date` itself when the view has an item dated within it (2016-07 holds 2016-07-04),
        else the view's nearest item date, or None for an undated view. "Nearest" is counted in
        days from the whole period asked for, not from its first day: backwards from its first
        day, forwards from its last (`:2018` with items on 2017-06-01 and 2019-01-05 goes to
        2019-01-05, 5 days after 2018 ends). An item dated only to a month or a year counts from
        the middle of that period (it may be anywhere in it), or 0 when it overlaps the period
        asked for. A tie goes to the earlier."""
        after = self.next_date(view, date, inclusive=True, should_stop=should_stop)
        if after is not None and (after == date or after.startswith(date + "-")):
            return date
        before = self.prev_date(view, date, should_stop)
        if after is None or before is None:
            return after or before
        return before if _distance(date, before) <= _distance(date, after) else after

    def _date_extreme(self, view: View, fn: str, cond: str, bound: str,
                      should_stop: ShouldStop) -> str | None:
        if view.fts:
            return self._text_date_extreme(view, fn, cond, bound, should_stop)
        values = []
        for kind, x, where, params in self._kinds(view):
            sql = (f"SELECT {fn}({x}.date) FROM {TABLE[kind]} {x}"
                   f"{where_sql([f'{x}.date {cond} ?', *where])}")
            v = self._value(sql, [bound, *params], should_stop)
            if v is not None:
                values.append(v)
        if not values:
            return None
        return min(values) if fn == "min" else max(values)

    def _text_date_extreme(self, view: View, fn: str, cond: str, bound: str,
                           should_stop: ShouldStop) -> str | None:
        """`_date_extreme` of a full-text view, read off the index's own order (timeline keys,
        search_index.py): the first dated hit past the bound, or the last before it, is one step
        of the walk. The date test of `_date_extreme` would gather every hit of the words first
        (0.5-1 s for a common word at a million events, on every `:DATE`, `]` or `[`)."""
        undated = search_index.tkey(None, -1, 0)      # a key just before every undated item
        if fn == "min":
            if not bound:
                after = -1
            elif cond == ">=":
                after = search_index.tkey(bound, -1, 0)
            else:
                after = search_index.after_date(bound)
            below, way = undated + 1, ""
        elif not bound:
            return None                                 # nothing is dated before ""
        else:
            after, below, way = None, search_index.tkey(bound, -1, 0) + 1, " DESC"
        found = [k for sql, params in text_arms(view, after, below)
                 if (k := self._value(f"{sql} ORDER BY f.rowid{way} LIMIT 1", params, should_stop)) is not None]
        if not found:
            return None
        return search_index.date_of(min(found) if fn == "min" else max(found))

    def next_date(self, view: View, bound: str, inclusive: bool = False,
                  should_stop: ShouldStop = None) -> str | None:
        """The smallest item date > `bound` (>= when inclusive), or None."""
        return self._date_extreme(view, "min", ">=" if inclusive else ">", bound, should_stop)

    def prev_date(self, view: View, bound: str, should_stop: ShouldStop = None) -> str | None:
        """The largest item date < `bound`, or None."""
        return self._date_extreme(view, "max", "<", bound, should_stop)

    def group_start(self, view: View, current: Key | None, unit: str, step: int,
                    should_stop: ShouldStop = None) -> int | None:
        """Row index of the next (step=+1) or previous (step=-1) day or month group, seen from the
        item `current`; None when there is nowhere to go. Days are the dates as stored (a date
        known to the month is its own group); a month groups every date starting YYYY-MM."""
        key = self.group_key(view, current, unit, step, should_stop)
        return None if key is None else self.position(view, key, should_stop)

    def group_key(self, view: View, current: Key | None, unit: str, step: int,
                  should_stop: ShouldStop = None) -> Key | None:
        """The key just before the group `group_start` finds (a key no item has: every item of
        the group and after it sorts after it, every item before it before), or None."""
        def unit_of(date: str) -> str:
            return date[:7] if unit == "month" else date

        undated = Key(1, "", -1, 0)
        if current is None:
            return None
        if current.seg == 1:                    # in the undated group
            if step > 0:
                return None
            if self._has_between(view, undated, current, should_stop):
                return undated
            last = self.prev_date(view, "\uffff", should_stop)
            return None if last is None else Key(0, unit_of(last), -1, 0)
        group = unit_of(current.date)
        if step > 0:
            # past every day of a month ("-99" sorts after them), not to the month after it:
            # the year-only dates of the next year ("2006" after "2005-12") are a group between
            bound = group + "-99" if unit == "month" and len(group) == 7 else (
                group if unit == "day" else current.date)
            nxt = self.next_date(view, bound, should_stop=should_stop)
            if nxt is None:
                if not self.page(view, undated, 1, should_stop=should_stop):     # nothing undated
                    return None
                return undated
            return Key(0, unit_of(nxt), -1, 0)
        start = Key(0, group, -1, 0)
        if self._has_between(view, start, current, should_stop):
            return start
        prev = self.prev_date(view, group, should_stop)
        return None if prev is None else Key(0, unit_of(prev), -1, 0)

    def _has_between(self, view: View, lo: Key, key: Key, should_stop: ShouldStop) -> bool:
        """Whether the view holds an item after `lo` and before `key` (one row read backwards)."""
        prev = self.page_before(view, key, 1, should_stop=should_stop)
        return bool(prev) and prev[0].key > lo

    def date_bounds(self, view: View) -> tuple[str | None, str | None]:
        return (self.next_date(view, "", inclusive=True), self.prev_date(view, "\uffff"))

    def iter_view(self, view: View, batch: int = 500,
                  should_stop: ShouldStop = None) -> Iterator[Item]:
        """Every item of the view, in order, fetched page by page."""
        after = None
        while True:
            items = self.page(view, after, batch, should_stop=should_stop)
            yield from items
            if len(items) < batch:
                return
            after = items[-1].key

    # -- actors ---------------------------------------------------------------------------------

    def _actors(self) -> "ActorIndex":
        with self._index_lock:
            if self._actor_index is None:
                rows = self._rows(
                    "SELECT a.id, a.name, a.type, a.country, a.role, a.norm, al.norm "
                    "FROM actors a LEFT JOIN aliases al ON al.actor_id = a.id ORDER BY a.id"
                )
                self._actor_index = ActorIndex(rows)
            return self._actor_index

    def actor_names(self) -> list[ActorHit]:
        """Every actor (cached: the store is read-only here)."""
        return self._actors().all()

    def match_actors(self, name: str, *, prefix: bool = False, limit: int = 20) -> list[ActorHit]:
        """Actors whose name or an alias matches `name`, case- and accent-insensitively, best
        first: the exact name; else every word found as a word of the name ("lavrov"); else, while
        typing, words as prefixes; else close spellings (rapidfuzz), so typos still find them."""
        q = fold(name)
        if not q:
            return []
        words = q.split()
        score = 100.0
        hit = lambda r: ActorHit(r[0], r[1], r[2], r[3], r[4], score)  # noqa: E731
        ranked = ("SELECT id, name, type, country, role FROM actors WHERE id IN ({}) "
                  "ORDER BY length(name), name, id LIMIT ?")
        # The same stages as ActorIndex.match, through the indexes (actor_words): no work in
        # proportion to the store; only close spellings need every name (the cached index).
        rows = self._rows(ranked.format("SELECT id FROM actors WHERE norm = ?1 "
                                        "UNION SELECT actor_id FROM aliases WHERE norm = ?1"), [q, limit])
        if rows:
            return [hit(r) for r in rows]
        score = 95.0
        each = " INTERSECT ".join(["SELECT actor_id FROM actor_words WHERE word = ?"] * len(words))
        rows = self._rows(ranked.format(each), [*words, limit])
        if rows:
            return [hit(r) for r in rows]
        if prefix:
            score = 90.0
            each = " INTERSECT ".join(
                ["SELECT actor_id FROM actor_words WHERE word >= ? AND word < ? || x'f48fbfbf'"] * len(words))
            rows = self._rows(ranked.format(each), [*(w for w in words for _ in (0, 1)), limit])
            if rows:
                return [hit(r) for r in rows]
        return self._actors().match(name, prefix=prefix, limit=limit)

    def actor_detail(self, actor_id: int, should_stop: ShouldStop = None) -> ActorDetail | None:
        row = self._rows("SELECT id, name, type, country, role FROM actors WHERE id = ?",
                         [actor_id], should_stop)
        if not row:
            return None
        _, name, type_, country, role = row[0]
        aliases = [r[0] for r in self._rows(
            "SELECT alias FROM aliases WHERE actor_id = ? ORDER BY alias", [actor_id], should_stop)
            if r[0] != name]
        # Counts, counterparts and the articles naming the actor are kept by the writer
        # (actor_stats.py): a few index lookups, however many events the actor has.
        stats = self._rows(
            "SELECT n_as_source, n_as_target, n_both, n_quotes, n_mentions FROM actor_stats "
            "WHERE actor_id = ?", [actor_id], should_stop)
        n_src, n_tgt, n_both, n_quotes, n_mentions = stats[0] if stats else (0, 0, 0, 0, 0)
        dates = self._rows(
            """SELECT min(d), max(d) FROM (
                   SELECT min(date) AS d FROM events WHERE source_id = ?1
                   UNION ALL SELECT max(date) FROM events WHERE source_id = ?1
                   UNION ALL SELECT min(date) FROM events WHERE target_id = ?1
                   UNION ALL SELECT max(date) FROM events WHERE target_id = ?1
                   UNION ALL SELECT min(date) FROM quotes WHERE speaker_id = ?1
                   UNION ALL SELECT max(date) FROM quotes WHERE speaker_id = ?1
                   UNION ALL SELECT min(published) FROM actor_articles WHERE actor_id = ?1
                   UNION ALL SELECT max(published) FROM actor_articles WHERE actor_id = ?1
               )""",
            [actor_id], should_stop,
        )[0]
        counterparts = [
            (r[0], r[1], r[2]) for r in self._rows(
                """SELECT p.other_id, a.name, p.n FROM actor_pairs p JOIN actors a ON a.id = p.other_id
                   WHERE p.actor_id = ?1 AND p.n > 0
                   ORDER BY p.n DESC, a.name LIMIT ?2""",
                [actor_id, self.COUNTERPARTS], should_stop,
            )
        ]
        quotes = self.page(View(events=False, quotes=True, sources=((actor_id,),)),
                           limit=self.QUOTE_LIMIT, should_stop=should_stop)
        return ActorDetail(
            id=actor_id, name=name, type=type_, country=country, role=role, aliases=aliases,
            n_events=n_src + n_tgt - n_both, n_as_source=n_src, n_as_target=n_tgt,
            n_quotes=n_quotes, n_mentions=n_mentions, first_seen=dates[0], last_seen=dates[1],
            counterparts=counterparts, quotes=quotes,
        )

    # -- articles -------------------------------------------------------------------------------

    def frequencies(self, view: View, by: str, should_stop: ShouldStop = None) -> list["Freq"]:
        """How many of the view's items fall in each value of `by`: "type" (quotes count as
        QUOTE), "actor" (an event counts for its source and its target, a quote for its
        speaker), "dyad" (source → target, events only) or "month" (YYYY-MM; coarser dates as
        they are; "undated"). Most frequent first; each with the view narrowed to it."""
        if by not in FREQ_BY:
            raise ValueError(f"no frequency by {by!r}")
        counts: dict[tuple, int] = {}
        names: dict[int, str] = {}
        for kind, x, where, params in self._kinds(view):
            frm = f"FROM {TABLE[kind]} {x}"
            if by == "type":
                col = "e.type" if kind == EVENT else "'QUOTE'"
                sqls = [f"SELECT {col}, count(*) {frm}{where_sql(where)} GROUP BY 1"]
            elif by == "month":
                sqls = [f"SELECT substr({x}.date, 1, 7), count(*) {frm}{where_sql(where)} GROUP BY 1"]
            elif by == "actor":
                cols = ["e.source_id", "e.target_id"] if kind == EVENT else ["q.speaker_id"]
                sqls = [f"SELECT {c}, count(*) {frm}{where_sql([*where, f'{c} IS NOT NULL'])} GROUP BY 1"
                        for c in cols]
            else:
                if kind == QUOTE:
                    continue
                sqls = [f"SELECT e.source_id, e.target_id, count(*) {frm}"
                        f"{where_sql([*where, 'e.source_id IS NOT NULL', 'e.target_id IS NOT NULL'])} "
                        f"GROUP BY 1, 2"]
            for sql in sqls:
                for *value, n in self._rows(sql, params * 1, should_stop):
                    k = tuple(value)
                    counts[k] = counts.get(k, 0) + n
        if by in ("actor", "dyad"):
            ids = sorted({i for k in counts for i in k if i is not None})
            for chunk in _chunks(ids, 500):
                cond, ps = sql_in("id", chunk)
                names.update(self._rows(f"SELECT id, name FROM actors WHERE {cond}", ps))
        out = []
        for k, n in counts.items():
            if by == "type":
                t = k[0]
                narrow = View(events=t != "QUOTE", quotes=t == "QUOTE",
                              types=() if t == "QUOTE" else (t,), label=f"type:{t}")
                out.append(Freq(t, n, narrow))
            elif by == "month":
                m = k[0]
                if m is None:
                    out.append(Freq("undated", n, None))
                else:
                    out.append(Freq(m, n, View(events=True, quotes=True, date_lo=m,
                                               date_hi=date_after(m), label=f"from:{m} to:{m}")))
            elif by == "actor":
                name = names.get(k[0], "?")
                out.append(Freq(name, n, View.for_actor(k[0], name)))
            else:
                a, b = names.get(k[0], "?"), names.get(k[1], "?")
                out.append(Freq(f"{a} → {b}", n, View(events=True, sources=((k[0],),),
                                                    targets=((k[1],),), label=f"{a} → {b}")))
        out.sort(key=lambda f: (-f.n, f.label))
        return out

    def article_origin(self, article_id: int) -> tuple[str | None, str, str] | None:
        """Where an article came from: its URL (None when unknown), the path it was ingested
        from (relative to the folder of that ingest), and its stored text."""
        row = self._rows("SELECT url, path, text FROM articles WHERE id = ?", [article_id])
        return tuple(row[0]) if row else None

    def article(self, article_id: int, should_stop: ShouldStop = None) -> ArticleView | None:
        """An article with every extracted span (events, quotes, actor mentions) by start."""
        row = self._rows(
            "SELECT id, file, title, outlet, url, published, published_precision, text "
            "FROM articles WHERE id = ?", [article_id], should_stop)
        if not row:
            return None
        spans: list[Span] = []
        for r in self._rows(
            """SELECT e.id, e.start, e.end, e.type, s.name, t.name, e.trigger_start, e.trigger_end
               FROM events e LEFT JOIN actors s ON s.id = e.source_id
               LEFT JOIN actors t ON t.id = e.target_id WHERE e.article_id = ?""",
            [article_id], should_stop,
        ):
            spans.append(Span("event", r[0], r[1], r[2], f"{r[3]} {r[4] or '?'} -> {r[5] or '-'}",
                              r[6], r[7]))
        for r in self._rows(
            """SELECT q.id, q.start, q.end, s.name FROM quotes q
               LEFT JOIN actors s ON s.id = q.speaker_id WHERE q.article_id = ?""",
            [article_id], should_stop,
        ):
            spans.append(Span("quote", r[0], r[1], r[2], r[3] or "unattributed"))
        for r in self._rows(
            """SELECT m.actor_id, m.start, m.end, a.name FROM mentions m
               JOIN actors a ON a.id = m.actor_id WHERE m.article_id = ?""",
            [article_id], should_stop,
        ):
            spans.append(Span("mention", r[0], r[1], r[2], r[3]))
        order = {"event": 0, "quote": 1, "mention": 2}
        spans.sort(key=lambda s: (s.start, order[s.kind], s.id))
        aid, file, title, outlet, url, published, precision, text = row[0]
        return ArticleView(aid, file, title, outlet, url, published, precision, text, spans=spans)

    TITLE_CANDIDATES = 200

    def find_articles(self, text: str = "", limit: int = 20) -> list[tuple[int, str, str | None, str | None, str]]:
        """(id, title, outlet, published, file) of articles whose title or file contains `text`,
        earliest first: found through the words of titles (`titles_fts`, the last word a prefix)
        and the start of file names (an index), at most TITLE_CANDIDATES of each, so a keystroke
        in the palette costs the same on any store."""
        text = text.strip()
        escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        like = f"%{escaped}%"        # the user's % and _ are characters, not wildcards
        rows: dict[int, tuple] = {}
        words = re.findall(r"\w+", text)
        if words:
            match = " AND ".join(fts_word(w) + "*" for w in words)
            for r in self._rows(
                """SELECT a.id, coalesce(a.title, a.file), a.outlet, a.published, a.file
                   FROM (SELECT rowid AS id FROM titles_fts WHERE titles_fts MATCH ?1 LIMIT ?3) f
                   JOIN articles a ON a.id = f.id
                   WHERE coalesce(a.title, '') LIKE ?2 ESCAPE '\\' OR a.file LIKE ?2 ESCAPE '\\'""",
                [match, like, self.TITLE_CANDIDATES],
            ):
                rows[r[0]] = r
        if text:
            for r in self._rows(
                """SELECT id, coalesce(title, file), outlet, published, file FROM articles
                   WHERE file >= ?1 COLLATE NOCASE AND file < ?1 || x'f48fbfbf' COLLATE NOCASE
                   AND file LIKE ?2 ESCAPE '\\' LIMIT ?3""",
                [text, like, self.TITLE_CANDIDATES],
            ):
                rows[r[0]] = r
        found = sorted(rows.values(), key=lambda r: (r[3] is None, r[3] or "", r[0]))
        return found[:limit]

    def sentences(self, items: Sequence[Item]) -> dict[tuple[str, int], str]:
        """The sentence text of each item."""
        ids = sorted({i.sentence_id for i in items})
        by_id: dict[int, str] = {}
        for chunk in _chunks(ids, 500):
            cond, params = sql_in("s.id", chunk)
            for sid, text in self._rows(
                f"SELECT s.id, substr(a.text, s.start + 1, s.end - s.start) FROM sentences s "
                f"JOIN articles a ON a.id = s.article_id WHERE {cond}", params):
                by_id[sid] = text
        return {i.ref: " ".join((by_id.get(i.sentence_id) or "").split()) for i in items}


def _beyond(kind: int, seg: int, bound: Key | None, backward: bool) -> tuple[str, list] | None:
    """The keyset condition past `bound` in one segment: after it, or with `backward` before it
    (a backward read is always bounded, by END for the view's end)."""
    if backward:
        assert bound is not None, "a backward read is bounded (by END for the view's end)"
        return upto_key(kind, seg, bound)
    return after_key(kind, seg, bound)


def _days(iso: str) -> int:
    """A date of any precision as a day number (its first day), for distances."""
    import datetime

    parts = [int(p) for p in iso.split("-")] + [1, 1]
    y, m, d = parts[:3]
    try:
        return datetime.date(max(1, min(y, 9999)), max(1, min(m, 12)), 1).toordinal() + d - 1
    except ValueError:
        return 0


def _period(iso: str) -> tuple[int, int]:
    """The first and last day of a date of any precision as day numbers (2018 -> 2018-01-01 ..
    2018-12-31; 2018-02 -> 2018-02-01 .. 2018-02-28; a day: itself twice)."""
    import calendar

    parts = iso.split("-")
    if len(parts) >= 3:
        return _days(iso), _days(iso)
    try:
        y = max(1, min(int(parts[0]), 9999))
        m = max(1, min(int(parts[1]), 12)) if len(parts) == 2 else 12
    except ValueError:
        return _days(iso), _days(iso)
    return _days(iso), _days(f"{y:04d}-{m:02d}-{calendar.monthrange(y, m)[1]:02d}")


def _distance(target: str, item: str) -> int:
    """Days between the period `target` names and an item's date: 0 when they overlap, else from
    the target's nearer end to the middle of the item's period (a day: the day itself)."""
    lo, hi = _period(target)
    first, last = _period(item)
    if first <= hi and last >= lo:
        return 0
    middle = (first + last) // 2
    return lo - middle if middle < lo else middle - hi


def _chunks(seq: Sequence, n: int) -> Iterator[Sequence]:
    for i in range(0, len(seq), n):
        yield seq[i:i + n]
