"""The SQL the reader runs, built from a `View`: the columns and joins of a timeline item, a
view's filters as WHERE terms, keyset bounds (`key > last key seen`), and the full-text arms that
walk the search index (search_index.py) in timeline order.

Values are always bound; table and column names are written here and in reader.py, never taken
from input."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace

from . import search_index
from .read_records import EVENT, QUOTE, Item, Key, View

TABLE = {EVENT: "events", QUOTE: "quotes"}


EVENT_COLUMNS = """
    e.id, e.date, e.date_precision, e.type, e.source_id, s.name, e.target_id, t.name,
    substr(a.text, e.start + 1, e.end - e.start), e.summary, e.article_id, e.start, e.end,
    e.trigger_start, e.trigger_end, e.sentence_id, a.file, a.title, a.outlet, a.published,
    e.speculative, a.url
"""
EVENT_JOINS = """
    JOIN articles a ON a.id = e.article_id
    LEFT JOIN actors s ON s.id = e.source_id
    LEFT JOIN actors t ON t.id = e.target_id
"""
EVENT_FROM = "FROM events e" + EVENT_JOINS
QUOTE_COLUMNS = """
    q.id, q.date, q.date_precision, NULL, q.speaker_id, s.name, NULL, NULL,
    q.text, q.text, q.article_id, q.start, q.end,
    NULL, NULL, q.sentence_id, a.file, a.title, a.outlet, a.published,
    0, a.url
"""
QUOTE_JOINS = """
    JOIN articles a ON a.id = q.article_id
    LEFT JOIN actors s ON s.id = q.speaker_id
"""
QUOTE_FROM = "FROM quotes q" + QUOTE_JOINS


def item_from_row(kind: str, row: Sequence) -> Item:
    return Item(kind, *row[:22])


def sql_in(column: str, ids: Sequence[int | str]) -> tuple[str, list]:
    """`column IN (?, ?, ...)` and its parameters: ids, or PLOVER types."""
    return f"{column} IN ({','.join('?' * len(ids))})", list(ids)


def view_filters(view: View, kind: int, scan: bool = False) -> tuple[list[str], list] | None:
    """WHERE terms (ANDed) for one table, or None when the view excludes this kind.

    `scan` is the plan for full text with many hits: the hits become an in-memory set of rowids
    and the date index is walked in order, stopping at the page's end ("+" keeps SQLite from
    driving the query by the hits instead, which would fetch and sort all of them first)."""
    if not view.includes(kind):
        return None
    x = "e" if kind == EVENT else "q"
    where: list[str] = []
    params: list = []

    def add(sql: str, values: Iterable) -> None:
        where.append(sql)
        params.extend(values)

    if kind == EVENT:
        if view.types:
            # with an actor filter too, walk the actor's index and check the type on each row:
            # SQLite would rather walk the type's, far longer (a common type, a rare actor)
            actor = bool(view.actors or view.sources or view.targets)
            add(*sql_in("+e.type" if actor else "e.type", view.types))
        for ids in view.actors:
            a, pa = sql_in("e.source_id", ids)
            b, pb = sql_in("e.target_id", ids)
            add(f"({a} OR {b})", pa + pb)
        for ids in view.sources:
            add(*sql_in("e.source_id", ids))
        for ids in view.targets:
            add(*sql_in("e.target_id", ids))
    else:
        for ids in (*view.actors, *view.sources):
            add(*sql_in("q.speaker_id", ids))
    if view.date_lo:
        add(f"{x}.date >= ?", [view.date_lo])
    if view.date_hi:
        add(f"{x}.date < ?", [view.date_hi])
    if view.fts:
        # The item's own words and its sentence (search_index.py); "+" keeps SQLite from
        # driving the query by the hits, which would fetch and sort all of them first.
        plus = "+" if scan else ""
        add(f"{plus}{x}.tkey IN (SELECT rowid FROM items_fts WHERE items_fts MATCH ?)", [view.fts])
    return where, params


def after_key(kind: int, seg: int, after: Key | None) -> tuple[str, list] | None:
    """Condition selecting this kind's items of segment `seg` whose key is > `after`
    (None: nothing of this kind qualifies)."""
    x = "e" if kind == EVENT else "q"
    if seg == 0:
        if after is None:
            return f"{x}.date IS NOT NULL", []
        if after.seg == 1:
            return None
        d, k0, id0 = after.date, after.kind, after.id
        if kind > k0:
            return f"{x}.date >= ?", [d]
        if kind == k0:
            return f"{x}.date >= ? AND ({x}.date > ? OR {x}.id > ?)", [d, d, id0]
        return f"{x}.date > ?", [d]
    if after is None or after.seg == 0:
        return f"{x}.date IS NULL", []
    if kind > after.kind:
        return f"{x}.date IS NULL", []
    if kind == after.kind:
        return f"{x}.date IS NULL AND {x}.id > ?", [after.id]
    return None


def upto_key(kind: int, seg: int, before: Key) -> tuple[str, list] | None:
    """Condition selecting this kind's items of segment `seg` whose key is < `before` (the mirror
    of `after_key`; None: nothing of this kind qualifies). `before` may be END."""
    x = "e" if kind == EVENT else "q"
    if seg == 0:
        if before.seg >= 1:
            return f"{x}.date IS NOT NULL", []
        d, k0, id0 = before.date, before.kind, before.id
        if kind < k0:
            return f"{x}.date <= ?", [d]
        if kind == k0:
            return f"{x}.date <= ? AND ({x}.date < ? OR {x}.id < ?)", [d, d, id0]
        return f"{x}.date < ?", [d]
    if before.seg == 0:
        return None
    if before.seg == 2 or kind < before.kind:
        return f"{x}.date IS NULL", []
    if kind == before.kind:
        return f"{x}.date IS NULL AND {x}.id < ?", [before.id]
    return None


def before_key(kind: int, key: Key) -> list[tuple[str, list]]:
    """Conditions (to be counted separately and summed) selecting this kind's items whose key is
    < `key`."""
    x = "e" if kind == EVENT else "q"
    if key.seg == 0:
        d, k0, id0 = key.date, key.kind, key.id
        if kind < k0:
            return [(f"{x}.date <= ?", [d])]
        if kind == k0:
            return [(f"{x}.date < ?", [d]), (f"{x}.date = ? AND {x}.id < ?", [d, id0])]
        return [(f"{x}.date < ?", [d])]
    out: list[tuple[str, list]] = [(f"{x}.date IS NOT NULL", [])]
    if kind < key.kind:
        out.append((f"{x}.date IS NULL", []))
    elif kind == key.kind:
        out.append((f"{x}.date IS NULL AND {x}.id < ?", [key.id]))
    return out


def text_arms(view: View, after: int | None, below: int | None) -> list[tuple[str, list]]:
    """SELECTs of the index rowids (timeline keys) of a full-text view's hits, one per kind (one
    for both when nothing but words and dates filters them), > `after` and < `below`. The date
    range becomes bounds on the rowid, and other filters are checked in the covering tkey index
    as the walk goes."""
    lo = after if after is not None else -1
    hi = below - 1 if below is not None else None
    if view.date_lo:
        lo = max(lo, search_index.tkey(view.date_lo, -1, 0))
    if view.date_lo or view.date_hi:
        end = search_index.tkey(view.date_hi, -1, 0) if view.date_hi else search_index.tkey(None, -1, 0)
        hi = end if hi is None else min(hi, end)      # a date filter leaves the undated out
    bounds = ["f.rowid > ?"] + (["f.rowid <= ?"] if hi is not None else [])
    bound_params = [lo] + ([hi] if hi is not None else [])
    plain = replace(view, fts=None, date_lo=None, date_hi=None)
    kinds = [k for k in (EVENT, QUOTE) if view.includes(k)]
    if len(kinds) == 2 and not plain.is_filtered:
        return [(f"SELECT f.rowid FROM items_fts f WHERE items_fts MATCH ? AND {' AND '.join(bounds)}",
                 [view.fts, *bound_params])]
    arms = []
    for kind in kinds:
        filters = view_filters(plain, kind)
        assert filters is not None          # `kinds` holds only the kinds the view includes
        where, params = filters
        x = "e" if kind == EVENT else "q"
        fts = f"({view.fts})" + "".join(f" AND ({f})" for f in facets(view, kind))
        if (kind == EVENT and view.types and all(t in search_index.TYPE_CODES for t in view.types)
                and not search_index.short_prefix(view.fts or "")):
            arms += typed_arms(view.types, fts, lo, hi, where, params)
            continue
        if kind == EVENT and view.types:
            # An event's summary holds its type as a word ("Russia ACCUSE Turkey: ..."), so the
            # index can intersect the words with the types before a row is looked at; the
            # type column then decides (an article may say "accuse" of another type).
            fts += f" AND ({' OR '.join(fts_word(t) for t in view.types)})"
        arms.append((f"SELECT f.rowid FROM items_fts f CROSS JOIN {TABLE[kind]} {x} ON {x}.tkey = f.rowid "
                     f"WHERE items_fts MATCH ? AND {' AND '.join(bounds + where)}",
                     [fts, *bound_params, *params]))
    return arms


def typed_arms(types: Sequence[str], fts: str, lo: int, hi: int | None, where: list[str],
               params: list) -> list[tuple[str, list]]:
    """One arm per PLOVER type for events of a view with a type filter: the type's rowid range
    of `typed_fts` (search_index.py), bounded by the timeline keys `lo` < tkey <= `hi` carried
    over to typed keys, so FTS5 seeks into each word's hit list at the type's events and walks
    only those, in timeline order. Each arm selects the event's tkey (ordered by the typed key,
    the same order), so the arms merge with the others by tkey."""
    arms = []
    for t in types:
        first, last = search_index.type_range(t)
        t_lo = search_index.typed_key(t, lo) if lo >= 0 else first - 1
        t_hi = search_index.typed_key(t, hi) if hi is not None else last
        arms.append((f"SELECT e.tkey FROM typed_fts f CROSS JOIN events e ON e.id = (f.rowid & {search_index.MAX_ID}) "
                     f"WHERE typed_fts MATCH ? AND f.rowid > ? AND f.rowid <= ?{''.join(' AND ' + w for w in where)}",
                     [fts, t_lo, t_hi, *params]))
    return arms


def facets(view: View, kind: int) -> list[str]:
    """MATCH expressions (ANDed) of the view's actor filters in the index's facet column
    (search_index.py): with them the index steps the words' hits and the actor's together, so
    `minister source:X` never walks every hit of "minister" when few are X's. The tkey index
    then checks each hit exactly, as before."""
    S, T = search_index.SOURCE, search_index.TARGET
    if kind == EVENT:
        return ([f"{search_index.facet_match(S, ids)} OR {search_index.facet_match(T, ids)}" for ids in view.actors]
                + [search_index.facet_match(S, ids) for ids in view.sources]
                + [search_index.facet_match(T, ids) for ids in view.targets])
    return [search_index.facet_match(S, ids) for ids in (*view.actors, *view.sources)]


def text_hits(view: View, after: Key | None, limit: int, offset: int,
               before: Key | None = None) -> tuple[str, list]:
    """One SELECT of the rowids of a full-text page in timeline order: the arms of
    `text_arms`, each cut at the page's end, merged by rowid. With `before`, the page that
    ends just before that key instead, walked backwards (rowids in descending order)."""
    if before is not None:
        arms = text_arms(view, None, tkey_of(before) if before.seg < 2 else None)
        order = " DESC"
    else:
        arms = text_arms(view, tkey_of(after) if after else None, None)
        order = ""
    if len(arms) == 1:
        return (f"{arms[0][0]} ORDER BY f.rowid{order} LIMIT ? OFFSET ?",
                [*arms[0][1], limit, offset])
    merged = " UNION ALL ".join(f"SELECT * FROM ({sql} ORDER BY f.rowid{order} LIMIT ?)"
                                for sql, _ in arms)
    params = [p for _, arm_params in arms for p in (*arm_params, limit + offset)]
    return f"SELECT * FROM ({merged}) ORDER BY 1{order} LIMIT ? OFFSET ?", [*params, limit, offset]


def fts_word(text: str) -> str:
    return '"' + text.replace('"', '""') + '"'


def tkey_of(key: Key) -> int:
    return search_index.tkey(key.date if key.seg == 0 else None, key.kind, key.id)


def key_of_tkey(tkey: int) -> Key:
    date = search_index.date_of(tkey)
    return Key(0 if date else 1, date or "", search_index.kind_of(tkey), search_index.id_of(tkey))


def merged_sql(arms: list[str], params: list, seg: int, limit: int, offset: int,
            desc: bool) -> tuple[str, list]:
    """The arms' keys in timeline order (descending with `desc`), `limit` after `offset`. With
    several arms each is cut first, in its own order (`d, i`: its kind is a constant, which
    SQLite cannot see, so ordering the union by (d, k, i) sorted each arm whole: every
    undated item, or every event of an actor, before the first row)."""
    way = " DESC" if desc else ""
    order = f"d{way}, k{way}, i{way}" if seg == 0 else f"k{way}, i{way}"
    inner = f"d{way}, i{way}" if seg == 0 else f"i{way}"
    if len(arms) == 1:
        return f"{arms[0]} ORDER BY {inner} LIMIT ? OFFSET ?", [*params, limit, offset]
    # every arm's parameters come first in `params`, in order; each arm then takes a LIMIT
    counts = [a.count("?") for a in arms]
    out, at = [], 0
    for n in counts:
        out += [*params[at:at + n], limit + offset]
        at += n
    sql = " UNION ALL ".join(f"SELECT * FROM ({a} ORDER BY {inner} LIMIT ?)" for a in arms)
    return f"SELECT * FROM ({sql}) ORDER BY {order} LIMIT ? OFFSET ?", [*out, limit, offset]


def where_sql(terms: list[str]) -> str:
    return " WHERE " + " AND ".join(terms) if terms else ""
