"""Dyad trends: how the relationship of two actors (or of one actor with everyone) moved over
time, as counts per week or month of the four quad classes.

The quad classes are PLOVER's, as its manual gives them (Open Event Data Alliance, "PLOVER:
Political Language Ontology for Verifiable Event Records", draft version 2.0,
https://github.com/openeventdata/PLOVER, PLOVER_MANUAL.tex, commit 5e0c24f: the "Quad category"
line under each event type, and the table "Summary of event categories"):

    verbal cooperation     AGREE, CONSULT, SUPPORT, CONCEDE
    material cooperation   COOPERATE, AID, RETREAT
    verbal conflict        REQUEST, ACCUSE, REJECT, THREATEN
    material conflict      PROTEST, SANCTION, MOBILIZE, COERCE, ASSAULT

The manual's shorter table "Quad categories in PLOVER" lists SANCTION under verbal conflict; its
own SANCTION section and the summary table put it under material conflict (a reduction of
relations, not words), which is what is used here. A REQUEST (an appeal or demand) is verbal
conflict in PLOVER, unlike CAMEO's "appeal" in quad 1; a CONCEDE is verbal cooperation.

A dyad counts the events between the two actors in either direction (source A and target B, or
source B and target A); with one actor, every event it is the source or the target of. Events
dated more coarsely than the unit (a year-only date in a monthly trend) cannot be put in a
period: they are counted as `imprecise`, and undated events as `undated`, so nothing vanishes.

The counts of a pair come from one covering index, idx_events_dyad (source, target, date, type),
grouped by period and type in SQL (one actor with everyone: that index for its events as source,
(target_id, date) for the rest), so Python sees a few rows per period, not one per event date.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from datetime import date as Date
from datetime import timedelta

# The dyad's counts read from this index alone (no table row is visited): source, target, date
# and type of every event. Created with the store's schema (db._create).
DDL = """
CREATE INDEX IF NOT EXISTS idx_events_dyad ON events(source_id, target_id, date, type);
"""

VERBAL_COOPERATION = ("AGREE", "CONSULT", "SUPPORT", "CONCEDE")
MATERIAL_COOPERATION = ("COOPERATE", "AID", "RETREAT")
VERBAL_CONFLICT = ("REQUEST", "ACCUSE", "REJECT", "THREATEN")
MATERIAL_CONFLICT = ("PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT")

QUADS = ("verbal cooperation", "material cooperation", "verbal conflict", "material conflict")
QUAD_OF = {t: q for q, types in zip(QUADS, (VERBAL_COOPERATION, MATERIAL_COOPERATION,
                                            VERBAL_CONFLICT, MATERIAL_CONFLICT), strict=True) for t in types}
UNITS = ("week", "month")


@dataclass
class Period:
    label: str                      # "2018-03" or "2018-W10"
    start: str                      # first day, ISO
    end: str                        # the day after the last, ISO (exclusive)
    counts: dict[str, int] = field(default_factory=lambda: dict.fromkeys(QUADS, 0))

    @property
    def total(self) -> int:
        return sum(self.counts.values())


@dataclass
class Trend:
    a: int
    b: int | None                   # None: a with everyone
    unit: str
    periods: list[Period]           # every period from the first to the last, empty ones too
    by_type: dict[str, int]         # totals per PLOVER type (all dated and undated events)
    by_quad: dict[str, int]
    imprecise: int = 0              # dated more coarsely than the unit
    undated: int = 0

    @property
    def total(self) -> int:
        return sum(self.by_type.values())


# The period of an event's date, computed in SQL: the month ("2018-03"), or the Monday of its ISO
# week ("2018-03-05"; SQLite's date() gives NULL for an impossible day); "" when undated, NULL when
# dated more coarsely than the unit. So a trend reads a few rows per period, not one per date.
_PERIOD_SQL = {
    "month": "CASE WHEN date IS NULL OR date = '' THEN '' WHEN length(date) >= 7 THEN substr(date, 1, 7) END",
    "week": "CASE WHEN date IS NULL OR date = '' THEN '' WHEN length(date) >= 10 "
            "THEN date(date, '-6 days', 'weekday 1') END",
}


def _rows(conn: sqlite3.Connection, a: int, b: int | None, unit: str) -> list[tuple[str | None, str, int]]:
    """(period key, type, count) of the dyad's events; see _PERIOD_SQL for the keys."""
    period = _PERIOD_SQL[unit]
    if b is None:
        sql = f"""SELECT {period} AS p, type, count(*) FROM events WHERE source_id = ? GROUP BY p, type
                  UNION ALL
                  SELECT {period} AS p, type, count(*) FROM events WHERE target_id = ? AND source_id IS NOT ?
                  GROUP BY p, type"""
        return conn.execute(sql, [a, a, a]).fetchall()
    sql = f"SELECT {period} AS p, type, count(*) FROM events WHERE source_id = ? AND target_id = ? GROUP BY p, type"
    rows = conn.execute(sql, [a, b]).fetchall()
    if a != b:
        rows += conn.execute(sql, [b, a]).fetchall()
    return rows


def period_of(day: Date, unit: str) -> tuple[str, Date, Date]:
    if unit == "week":
        monday = day - timedelta(days=day.weekday())
        y, w, _ = monday.isocalendar()
        return f"{y}-W{w:02d}", monday, monday + timedelta(days=7)
    first = day.replace(day=1)
    nxt = (first + timedelta(days=32)).replace(day=1)
    return f"{day.year:04d}-{day.month:02d}", first, nxt


def trend(conn: sqlite3.Connection, a: int, b: int | None = None, unit: str = "month") -> Trend:
    """The dyad of actors `a` and `b` (None: `a` with everyone) per `unit` ("week" or "month"):
    every period from the first to the last, with its count per quad class, and the totals.
    Raises ValueError for another unit."""
    if unit not in UNITS:
        raise ValueError(f"unit must be one of {', '.join(UNITS)}, not {unit!r}")
    by_type: dict[str, int] = {}
    periods: dict[str, Period] = {}
    starts: dict[str | None, Period | None] = {}      # period key -> its Period (None: not a date)
    imprecise = undated = 0
    for key, type_, n in _rows(conn, a, b, unit):
        by_type[type_] = by_type.get(type_, 0) + n
        if key == "":
            undated += n
            continue
        if key not in starts:
            starts[key] = _period(key, unit, periods)
        p = starts[key]
        if p is None:
            imprecise += n
            continue
        quad = QUAD_OF.get(type_)
        if quad:
            p.counts[quad] += n
    filled: list[Period] = []
    if periods:
        first = min(periods.values(), key=lambda p: p.start)
        last = max(periods.values(), key=lambda p: p.start)
        day = Date.fromisoformat(first.start)
        while day.isoformat() <= last.start:
            label, start, end = period_of(day, unit)
            filled.append(periods.get(label) or Period(label, start.isoformat(), end.isoformat()))
            day = end
    by_quad = dict.fromkeys(QUADS, 0)
    for t, n in by_type.items():
        if t in QUAD_OF:
            by_quad[QUAD_OF[t]] += n
    by_type = dict(sorted(by_type.items(), key=lambda kv: (-kv[1], kv[0])))
    return Trend(a, b, unit, filled, by_type, by_quad, imprecise, undated)


def _period(key: str | None, unit: str, periods: dict[str, Period]) -> Period | None:
    """The Period a key from _rows names (made once, kept in `periods` by label); None when the
    key is no date (dated more coarsely than the unit, or an impossible date)."""
    if key is None:
        return None
    parts = key.split("-")
    try:
        day = Date(int(parts[0]), int(parts[1]), int(parts[2]) if len(parts) > 2 else 1)
    except (ValueError, IndexError):
        return None
    label, start, end = period_of(day, unit)
    p = periods.get(label)
    if p is None:
        p = periods[label] = Period(label, start.isoformat(), end.isoformat())
    return p


def top_actors(conn: sqlite3.Connection, n: int = 2) -> list[int]:
    """The actors in the most events (as source or target), most first: for benchmarks."""
    return [aid for (aid, _) in conn.execute(
        """SELECT id, sum(c) FROM (SELECT source_id AS id, count(*) AS c FROM events
                                   WHERE source_id IS NOT NULL GROUP BY source_id
                                   UNION ALL SELECT target_id, count(*) FROM events
                                   WHERE target_id IS NOT NULL GROUP BY target_id)
           GROUP BY id ORDER BY 2 DESC LIMIT ?""", [n])]


def records(trend_: Trend) -> list[dict]:
    """One dict per period, for CSV and JSON: period, start, end, the four classes, total."""
    return [{"period": p.label, "start": p.start, "end": p.end,
             **{q.replace(" ", "_"): p.counts[q] for q in QUADS}, "total": p.total}
            for p in trend_.periods]
