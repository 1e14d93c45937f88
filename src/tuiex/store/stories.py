"""Stories: the events of several reports that tell the same real-world action, grouped at ingest.

Two events are the same story when they have
  * the same PLOVER type,
  * the same two actors, in either direction (a mutual action: "Russia and Turkey agreed" is
    the same whichever outlet names first),
  * compatible dates at their precision: their intervals ("2018-03" is the whole of March,
    "2018-03-05" one day) overlap once widened by TOLERANCE_DAYS, since outlets date an action
    from their own day of publication ("on Monday" / "yesterday"); undated events stay alone,
  * and a similar trigger (`similar_trigger`: a shared word stem, "expelled" / "expulsion").

Grouping is incremental: when an article is written (`assign`, called by `Store._write` inside the
article's transaction), each of its events looks for its candidates among the stored events with
the same type and actor pair around its date -- an index range on `events(source_id, date)` per
direction, never a scan of the store -- and joins the story of the best one (the most precise
date), or starts a story. A replaced article's events leave their stories (`forget_article`),
which are then recounted or dropped. Stories keep their members in `story_events`; `stories`
holds what a story row shows (its span and how many articles report it).
"""

from __future__ import annotations

import calendar
import functools
import re
import sqlite3
from collections.abc import Iterable, Sequence
from datetime import date as Date

from ..textnorm import fold

TOLERANCE_DAYS = 3

DDL = """
CREATE TABLE IF NOT EXISTS stories (
    id INTEGER PRIMARY KEY,
    type TEXT NOT NULL,                 -- PLOVER type of every member
    actor_a INTEGER,                    -- the two actors, lower id first (either direction)
    actor_b INTEGER,
    first_date TEXT,                    -- earliest and latest member date (ISO at its precision)
    last_date TEXT,
    first_reported TEXT,                -- earliest and latest publication date of a member's article
    last_reported TEXT,
    n_events INTEGER NOT NULL,
    n_articles INTEGER NOT NULL         -- the "3 sources" of the story row
);
CREATE TABLE IF NOT EXISTS story_events (
    event_id INTEGER PRIMARY KEY REFERENCES events(id) ON DELETE CASCADE,
    story_id INTEGER NOT NULL REFERENCES stories(id) ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS idx_story_events_story ON story_events(story_id);
CREATE INDEX IF NOT EXISTS idx_stories_date ON stories(first_date, id);
"""

# -- dates -----------------------------------------------------------------------------------------


@functools.lru_cache(maxsize=1 << 14)
def interval(iso: str | None) -> tuple[int, int] | None:
    """The days (ordinals) an ISO date at its precision covers; None when undated or unreadable."""
    if not iso:
        return None
    try:
        parts = [int(p) for p in iso.split("-")]
        if len(parts) == 1:
            return Date(parts[0], 1, 1).toordinal(), Date(parts[0], 12, 31).toordinal()
        if len(parts) == 2:
            y, m = parts
            return Date(y, m, 1).toordinal(), Date(y, m, calendar.monthrange(y, m)[1]).toordinal()
        d = Date(*parts[:3]).toordinal()
        return d, d
    except (ValueError, TypeError):
        return None


def compatible(a: tuple[int, int], b: tuple[int, int], tolerance: int = TOLERANCE_DAYS) -> bool:
    return a[0] - tolerance <= b[1] and b[0] - tolerance <= a[1]


# -- triggers --------------------------------------------------------------------------------------

_WORD = re.compile(r"[a-z]+")
_STOP = frozenset("a an the of to on in at by for with from his her its their has have had was were "
                  "be been is are and or".split())
_IRREGULAR = {"met": "meet", "held": "hold", "gave": "give", "sent": "send", "took": "take",
              "shot": "shoot", "struck": "strike", "spoke": "speak", "sought": "seek",
              "fought": "fight", "broke": "break", "broken": "break", "told": "tell"}


@functools.lru_cache(maxsize=1 << 14)
def trigger_words(trigger: str) -> frozenset[str]:
    """The content words of a trigger, folded, irregular past forms put back to their verb."""
    words = _WORD.findall(fold(trigger))
    return frozenset(_IRREGULAR.get(w, w) for w in words if w not in _STOP and len(w) > 2)


@functools.lru_cache(maxsize=1 << 16)    # a story's reports are compared with each new one
def similar_trigger(a: str, b: str) -> bool:
    """Two triggers name the same action when a content word of one and of the other share a
    stem: their first three letters and a fuzzy match ("expelled" / "expulsion" /
    "expels", "sanctions" / "sanctioned"), or when the whole phrases are close."""
    wa, wb = trigger_words(a), trigger_words(b)
    if wa & wb:
        return True
    from rapidfuzz import fuzz  # here: the store's readers (tuiex stats, search) never need it

    for x in wa:
        for y in wb:
            if x[:3] == y[:3] and (fuzz.ratio(x, y) >= 45 or x.startswith(y) or y.startswith(x)):
                return True
    return fuzz.token_set_ratio(fold(a), fold(b)) >= 80


# -- writing ---------------------------------------------------------------------------------------


def _coarse_dates(lo: Date, hi: Date) -> list[str]:
    """The year and month dates ("2018", "2018-03") whose intervals meet [lo, hi]."""
    out = [f"{y:04d}" for y in range(lo.year, hi.year + 1)]
    y, m = lo.year, lo.month
    while (y, m) <= (hi.year, hi.month):
        out.append(f"{y:04d}-{m:02d}")
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


@functools.lru_cache(maxsize=1 << 14)
def _window(span: tuple[int, int]) -> tuple[str, str, tuple[str, ...]]:
    """The widened span of a date as ISO days, and the coarse dates that meet it (_coarse_dates)."""
    lo = Date.fromordinal(span[0] - TOLERANCE_DAYS)
    hi = Date.fromordinal(span[1] + TOLERANCE_DAYS)
    return lo.isoformat(), hi.isoformat(), tuple(_coarse_dates(lo, hi))


@functools.lru_cache(maxsize=64)
def _candidates_sql(col: str, other: str, n_coarse: int) -> str:
    return f"""SELECT e.id, e.date, e.trigger, se.story_id FROM events e
               LEFT JOIN story_events se ON se.event_id = e.id
               WHERE {col} = ? AND {other} IS ? AND e.type = ? AND e.id != ?
                 AND (e.date BETWEEN ? AND ? OR e.date IN ({','.join('?' * n_coarse)}))"""


def _candidates(conn: sqlite3.Connection, type_: str, source: int | None, target: int | None,
                span: tuple[int, int], exclude: int) -> list[tuple]:
    """Stored events of this type between these actors (either way) whose date may be compatible:
    day dates in the widened span, and the month and year dates that meet it. SQLite reads the
    pair's events in idx_events_dyad (source, target, date, type), checking date and type in the
    index, not a date range: a pair has some thousand events in a store of 500,000, and ranges
    (a UNION of two) measured no faster there."""
    lo, hi, coarse = _window(span)
    rows: list[tuple] = []
    directions = [(source, target)] if source == target else [(source, target), (target, source)]
    for s, t in directions:
        col, other, first, second = ("e.source_id", "e.target_id", s, t) if s is not None else \
            ("e.target_id", "e.source_id", t, s)
        rows += conn.execute(_candidates_sql(col, other, len(coarse)),
                             [first, second, type_, exclude, lo, hi, *coarse]).fetchall()
    return rows


def _new_story(conn: sqlite3.Connection, type_: str, a: int | None, b: int | None) -> int:
    cur = conn.execute("INSERT INTO stories (type, actor_a, actor_b, n_events, n_articles) VALUES (?, ?, ?, 0, 0)",
                       [type_, a, b])
    assert cur.lastrowid is not None                # an INSERT into a rowid table always has one
    return cur.lastrowid


def assign(conn: sqlite3.Connection, article_id: int) -> set[int]:
    """Put each event of the article just written into a story (an existing one it matches, or
    a new one); returns the stories touched. Runs inside the writer's transaction, once per
    article written (the article is new to every story it touches)."""
    touched: set[int] = set()
    events = conn.execute(
        "SELECT id, type, source_id, target_id, date, trigger FROM events WHERE article_id = ? ORDER BY id",
        [article_id]).fetchall()
    own = {e[0]: e[4] for e in events}  # this article's events: id -> date
    added: dict[int, list[str | None]] = {}   # story -> dates of this article's events put in it
    recount: set[int] = set()           # stories that adopted other articles' events: counted again
    adopted: set[int] = set()           # events put in a story along the way (this article's too)
    placed: dict[int, int] = {}         # this article's events -> their story, written in one go at the end
    for event_id, type_, source, target, date, trigger in events:
        if event_id in adopted:
            continue                    # adopted by an earlier event of this article
        a, b = sorted((source, target), key=lambda x: (x is None, x or 0))
        span = interval(date)
        story = None
        if span is not None and (source is not None or target is not None):
            best, loose = None, []
            for cid, cdate, ctrigger, cstory in _candidates(conn, type_, source, target, span, event_id):
                if cstory is None:
                    cstory = placed.get(cid)    # an earlier event of this article: its row comes below
                cspan = interval(cdate)
                if cspan is None or not compatible(span, cspan) or not similar_trigger(trigger, ctrigger):
                    continue
                if cstory is None:      # stored outside any story (a later event of this article,
                    loose.append(cid)   # or a store written before stories were kept): adopted below
                    continue
                rank = (cspan[1] - cspan[0], abs(cspan[0] - span[0]), -cid)
                if best is None or rank < best[0]:
                    best = (rank, cstory)
            if best is not None:
                story = best[1]
            if loose:
                story = story if story is not None else _new_story(conn, type_, a, b)
                conn.executemany("INSERT INTO story_events (event_id, story_id) VALUES (?, ?)",
                                 [(cid, story) for cid in loose])
                adopted.update(loose)
                for cid in loose:
                    if cid in own:
                        added.setdefault(story, []).append(own[cid])
                    else:
                        recount.add(story)
        if story is None:
            story = _new_story(conn, type_, a, b)
        placed[event_id] = story
        added.setdefault(story, []).append(date)
        touched.add(story)
    conn.executemany("INSERT INTO story_events (event_id, story_id) VALUES (?, ?)", placed.items())
    _grow(conn, article_id, {sid: dates for sid, dates in added.items() if sid not in recount})
    refresh(conn, recount)
    return touched


def _grow(conn: sqlite3.Connection, article_id: int, added: dict[int, list[str | None]]) -> None:
    """Count one new article's events into its stories without reading their other members: what
    `refresh` would find, as SQL's min and max skip NULL (the article is new to each story)."""
    if not added:
        return
    published = conn.execute("SELECT published FROM articles WHERE id = ?", [article_id]).fetchone()[0]
    rows = []
    for sid, dates in added.items():
        known = [d for d in dates if d is not None]
        rows.append({"n": len(dates), "lo": min(known, default=None), "hi": max(known, default=None),
                     "pub": published, "id": sid})
    conn.executemany(
        """UPDATE stories SET n_events = n_events + :n, n_articles = n_articles + 1,
                  first_date = CASE WHEN :lo IS NOT NULL AND (first_date IS NULL OR :lo < first_date)
                                    THEN :lo ELSE first_date END,
                  last_date = CASE WHEN :hi IS NOT NULL AND (last_date IS NULL OR :hi > last_date)
                                   THEN :hi ELSE last_date END,
                  first_reported = CASE WHEN :pub IS NOT NULL AND (first_reported IS NULL OR :pub < first_reported)
                                        THEN :pub ELSE first_reported END,
                  last_reported = CASE WHEN :pub IS NOT NULL AND (last_reported IS NULL OR :pub > last_reported)
                                       THEN :pub ELSE last_reported END
           WHERE id = :id""", rows)


def stories_of_article(conn: sqlite3.Connection, article_id: int) -> set[int]:
    return {s for (s,) in conn.execute(
        "SELECT se.story_id FROM story_events se JOIN events e ON e.id = se.event_id WHERE e.article_id = ?",
        [article_id])}


def refresh(conn: sqlite3.Connection, story_ids: Iterable[int]) -> None:
    """Recount the given stories from their members; drop those left without any."""
    for sid in story_ids:
        row = conn.execute(
            """SELECT count(*), count(DISTINCT e.article_id), min(e.date), max(e.date),
                      min(a.published), max(a.published)
               FROM story_events se JOIN events e ON e.id = se.event_id
               JOIN articles a ON a.id = e.article_id WHERE se.story_id = ?""", [sid]).fetchone()
        if not row[0]:
            conn.execute("DELETE FROM stories WHERE id = ?", [sid])
            continue
        conn.execute(
            """UPDATE stories SET n_events = ?, n_articles = ?, first_date = ?, last_date = ?,
                      first_reported = ?, last_reported = ? WHERE id = ?""", [*row, sid])


# -- reading ---------------------------------------------------------------------------------------


def story_of_events(conn: sqlite3.Connection, event_ids: Sequence[int]) -> dict[int, int]:
    """event id -> story id, for the events that have one."""
    out: dict[int, int] = {}
    for i in range(0, len(event_ids), 500):
        chunk = list(event_ids[i:i + 500])
        out.update(conn.execute(
            f"SELECT event_id, story_id FROM story_events WHERE event_id IN ({','.join('?' * len(chunk))})",
            chunk).fetchall())
    return out


def members(conn: sqlite3.Connection, story_ids: Sequence[int]) -> dict[int, list[int]]:
    """story id -> its event ids, in date then id order."""
    out: dict[int, list[int]] = {s: [] for s in story_ids}
    for i in range(0, len(story_ids), 500):
        chunk = list(story_ids[i:i + 500])
        for sid, eid in conn.execute(
            f"""SELECT se.story_id, se.event_id FROM story_events se JOIN events e ON e.id = se.event_id
                WHERE se.story_id IN ({','.join('?' * len(chunk))})
                ORDER BY e.date IS NULL, e.date, e.id""", chunk):
            out[sid].append(eid)
    return out


def story_rows(conn: sqlite3.Connection, story_ids: Sequence[int]) -> dict[int, dict]:
    """What a story row shows, by id."""
    out: dict[int, dict] = {}
    for i in range(0, len(story_ids), 500):
        chunk = list(story_ids[i:i + 500])
        for row in conn.execute(
            f"""SELECT s.id, s.type, s.actor_a, x.name, s.actor_b, y.name, s.first_date, s.last_date,
                       s.first_reported, s.last_reported, s.n_events, s.n_articles,
                       (SELECT e.trigger FROM story_events se JOIN events e ON e.id = se.event_id
                         WHERE se.story_id = s.id ORDER BY e.id LIMIT 1)
                FROM stories s LEFT JOIN actors x ON x.id = s.actor_a LEFT JOIN actors y ON y.id = s.actor_b
                WHERE s.id IN ({','.join('?' * len(chunk))})""", chunk):
            (sid, type_, a, a_name, b, b_name, first, last, first_rep, last_rep, n_ev, n_art, what) = row
            out[sid] = {"story": sid, "type": type_, "actors": [n for n in (a_name, b_name) if n],
                        "actor_ids": [x for x in (a, b) if x is not None],
                        "first_date": first, "last_date": last, "first_reported": first_rep,
                        "last_reported": last_rep, "events": n_ev, "sources": n_art, "what": what}
    return out


def page(conn: sqlite3.Connection, after: tuple[str, int] | None = None, limit: int = 100,
         min_sources: int = 1) -> list[int]:
    """Dated story ids in timeline order (earliest member date, then id), by keyset on the
    (first_date, id) index. Undated stories are left out: an undated event joins no other."""
    where: list[str] = ["first_date IS NOT NULL", "n_articles >= ?"]
    params: list[object] = [min_sources]
    if after is not None:
        where.append("(first_date, id) > (?, ?)")
        params += [after[0], after[1]]
    return [sid for (sid,) in conn.execute(
        f"SELECT id FROM stories WHERE {' AND '.join(where)} ORDER BY first_date, id LIMIT ?",
        [*params, limit])]


# -- through a Reader (the explorer and `tuiex search --stories`) ---------------------------------


def reports(reader, story_ids: Sequence[int]) -> dict[int, list]:
    """story id -> its member events as timeline Items (date order), read through `reader`."""
    from .read_records import EVENT, Key

    by_story = members(reader.conn, story_ids)
    ids = [eid for eids in by_story.values() for eid in eids]
    items = {i.id: i for i in reader.items([Key(0, "", EVENT, eid) for eid in ids])}
    return {sid: [items[e] for e in eids if e in items] for sid, eids in by_story.items()}


def view_stories(reader, view, limit: int = 50, scan: int = 100_000) -> list[int]:
    """The stories of a view's events, in the order their first matching event comes in the
    timeline (at most `limit`, 0 for all; looking at no more than `scan` events)."""
    limit = limit if limit > 0 else scan
    from dataclasses import replace

    view = replace(view, quotes=False)
    found: dict[int, None] = {}
    seen = 0
    batch: list[int] = []

    def flush() -> None:
        got = story_of_events(reader.conn, batch)
        for eid in batch:
            if eid in got:
                found.setdefault(got[eid])
        batch.clear()

    for item in reader.iter_view(view):
        batch.append(item.id)
        seen += 1
        if len(batch) >= 500:
            flush()
            if len(found) >= limit:
                break
        if seen >= scan:
            break
    flush()
    return list(found)[:limit]


def timeline(reader, view, several: bool = False, limit: int = 1000) -> list[dict]:
    """The story timeline's rows: the stories of the view's events (all stories when the view
    is not filtered), `several`: only those told by more than one article."""
    if view.is_filtered:
        ids = view_stories(reader, view, limit if not several else limit * 5)
    else:
        ids = page(reader.conn, limit=limit, min_sources=2 if several else 1)
    rows = story_rows(reader.conn, ids)
    out = [rows[i] for i in ids if i in rows and (not several or rows[i]["sources"] > 1)]
    return out[:limit]


def search(db_path, query: str, limit: int = 20) -> list[dict]:
    """`tuiex search QUERY --stories` (`limit` 0: all): the stories of the matching events, each a dict with its
    row (story_rows) and `reports`, the records (output.RECORD_FIELDS) of all its events."""
    from .output import records
    from .reader import Reader
    from .search import parse

    reader = Reader(db_path)
    try:
        view = reader.resolve(parse(query), quotes=False)
        ids = view_stories(reader, view, limit)
        rows = story_rows(reader.conn, ids)
        members_ = reports(reader, ids)
        out = []
        for sid in ids:
            recs = records(reader, members_.get(sid, []))
            for r in recs:
                r["story"] = sid
            out.append({**rows[sid], "reports": recs})
        return out
    finally:
        reader.close()
