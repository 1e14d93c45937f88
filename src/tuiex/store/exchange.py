"""The store in the exchange format of shared/eval/FORMAT.md (JSON lines), and per-table CSV.

Records are streamed: an export of a million events never holds them all in memory."""

from __future__ import annotations

import csv
import json
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import TextIO

import sqlite_utils

from .db import StoreError

TABLES = {"article": "articles", "actor": "actors", "event": "events", "quote": "quotes"}


def check_readable(db: sqlite_utils.Database) -> None:
    """Refuse a store with damaged pages before exporting it: SQLite reads around some damage, and an
    export of it would silently lack records. PRAGMA quick_check reads every page once (the export
    reads them all anyway)."""
    problems = [row[0] for row in db.execute("PRAGMA quick_check(5)")]
    if problems != ["ok"]:
        raise StoreError(_damaged(db, "; ".join(problems)))


def _damaged(db: sqlite_utils.Database, what: str) -> str:
    name = db.execute("PRAGMA database_list").fetchone()[2] or "the store"
    return (f"the store {name} is damaged ({what}), so an export of it would be incomplete; nothing "
            f"more was exported. Check it with: sqlite3 {name} 'PRAGMA integrity_check', and rebuild it "
            f"from your articles with tuiex ingest (or restore a copy)")


def records(db: sqlite_utils.Database) -> Iterator[dict]:
    """Articles, actors, events and quotes, in that order, as FORMAT.md defines them. Raises StoreError
    after a kind whose records did not all come out (a damaged store): an export never ends as if it
    were whole when it is not."""
    counts: dict[str, int] = {}
    for rec in _records(db):
        counts[rec["kind"]] = counts.get(rec["kind"], 0) + 1
        yield rec
    for kind, table in TABLES.items():
        stored = db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
        if counts.get(kind, 0) != stored:
            raise StoreError(_damaged(db, f"{stored - counts.get(kind, 0):,} of {stored:,} {table} could not be read"))


def _records(db: sqlite_utils.Database) -> Iterator[dict]:
    for file, title, published in db.execute("SELECT file, title, published FROM articles ORDER BY file, id"):
        yield {"kind": "article", "file": file, "title": title, "published": published}

    for actor in actor_records(db):
        del actor["id"]
        yield {"kind": "actor", **actor}

    for row in db.execute(
        """SELECT ar.file, e.type, s.name, t.name, e.date, e.trigger,
                  substr(ar.text, se.start + 1, se.end - se.start), e.speculative, st.story_id
           FROM events e JOIN articles ar ON ar.id = e.article_id
           LEFT JOIN story_events st ON st.event_id = e.id
           JOIN sentences se ON se.id = e.sentence_id
           LEFT JOIN actors s ON s.id = e.source_id LEFT JOIN actors t ON t.id = e.target_id
           ORDER BY ar.file, e.start, e.id"""
    ):
        file, type_, source, target, date, trigger, sentence, speculative, story = row
        yield {"kind": "event", "file": file, "type": type_, "source": source, "target": target,
               "date": date, "trigger": trigger, "sentence": sentence, "story": story}

    for row in db.execute(
        """SELECT ar.file, sp.name, q.text, q.direct, q.date, q.cue
           FROM quotes q JOIN articles ar ON ar.id = q.article_id
           LEFT JOIN actors sp ON sp.id = q.speaker_id
           ORDER BY ar.file, q.start, q.id"""
    ):
        file, speaker, text, direct, date, cue = row
        yield {"kind": "quote", "file": file, "speaker": speaker, "text": text,
               "direct": bool(direct), "date": date}


def actor_records(db: sqlite_utils.Database | sqlite3.Connection) -> Iterator[dict]:
    """Every actor ordered by type, then name: {"id", "name", "type", "country", "role", "aliases"}, where
    aliases are the actor's other names, sorted (its own name left out). One pass over aliases, one
    over actors: memory in proportion to the aliases."""
    aliases: dict[int, list[str]] = {}
    for actor_id, alias in db.execute("SELECT actor_id, alias FROM aliases ORDER BY actor_id, alias"):
        aliases.setdefault(actor_id, []).append(alias)
    for actor_id, name, type_, country, role in db.execute(
        "SELECT id, name, type, country, role FROM actors ORDER BY type, name, id"
    ):
        yield {"id": actor_id, "name": name, "type": type_, "country": country, "role": role,
               "aliases": [a for a in aliases.get(actor_id, []) if a != name]}


def write_jsonl(db: sqlite_utils.Database, out: TextIO) -> int:
    n = 0
    for rec in records(db):
        out.write(json.dumps(rec, ensure_ascii=False) + "\n")
        n += 1
    return n


def write_csv(db: sqlite_utils.Database, folder: Path) -> list[Path]:
    """One CSV per record kind (articles.csv, actors.csv, events.csv, quotes.csv) in `folder`,
    which must exist (the caller decides whether to make it)."""
    files: dict[str, tuple[TextIO, csv.DictWriter]] = {}
    try:
        for rec in records(db):
            kind = rec.pop("kind")
            if kind == "actor":
                rec["aliases"] = "; ".join(rec["aliases"])
            if kind not in files:
                f = (folder / f"{kind}s.csv").open("w", newline="", encoding="utf-8")
                w = csv.DictWriter(f, fieldnames=list(rec))
                w.writeheader()
                files[kind] = (f, w)
            files[kind][1].writerow(rec)
    finally:
        for out, _ in files.values():
            out.close()
    return [folder / f"{k}s.csv" for k in files]


def stats(db: sqlite_utils.Database) -> dict:
    """Counts and the span of dates, for `tuiex stats`."""
    count = {t: db.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
             for t in ("articles", "actors", "events", "quotes", "sentences")}
    first, last = db.execute(
        "SELECT min(date), max(date) FROM (SELECT date FROM events WHERE date IS NOT NULL "
        "UNION ALL SELECT date FROM quotes WHERE date IS NOT NULL)"
    ).fetchone()
    undated = db.execute("SELECT count(*) FROM events WHERE date IS NULL").fetchone()[0]
    by_type = dict(db.execute("SELECT type, count(*) FROM events GROUP BY type ORDER BY count(*) DESC").fetchall())
    return {**count, "first_date": first, "last_date": last, "undated_events": undated, "events_by_type": by_type}
