"""Opening a store and writing articles into it.

Every article lands in one transaction (sqlite-utils' `atomic()`), so a crash or a kill leaves
whole articles or nothing. Actors are merged across articles here, by alias, because only the
store sees every article.
"""

from __future__ import annotations

import sqlite3
from datetime import datetime, timezone
from pathlib import Path

import sqlite_utils

from ..textnorm import fold
from .schema import FTS, SCHEMA_VERSION, TABLES
from ..ingest.model import Article

SQLITE_MAGIC = b"SQLite format 3\x00"


class StoreError(Exception):
    """A store that cannot be used, with a message meant for the user."""


def _check_file(path: Path) -> None:
    if path.is_dir():
        raise StoreError(f"{path} is a folder, not a tuiex store")
    if path.exists() and path.stat().st_size > 0:
        with path.open("rb") as f:
            if f.read(16) != SQLITE_MAGIC:
                raise StoreError(f"{path} is not a SQLite database, so not a tuiex store")


def _check_version(db: sqlite_utils.Database, path: Path) -> None:
    tables = set(db.table_names())
    if not tables:
        return
    if "meta" not in tables or "articles" not in tables:
        raise StoreError(f"{path} is a SQLite database but not a tuiex store (no tuiex tables)")
    row = db.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
    version = int(row[0]) if row else 0
    if version != SCHEMA_VERSION:
        raise StoreError(
            f"{path} was written by a tuiex with store schema {version}; this tuiex reads schema "
            f"{SCHEMA_VERSION}. Re-create it from your articles: "
            f"tuiex ingest ARTICLES... --db NEW.db (the old file is left untouched)"
        )


def connect(path: str | Path, *, create: bool = False, readonly: bool = False) -> sqlite_utils.Database:
    """Open a store, refusing files that are not tuiex stores of this schema version.

    `create` makes a new store when the file does not exist; `readonly` opens it with SQLite's
    read-only mode (safe from any thread that opens its own connection)."""
    path = Path(path)
    _check_file(path)
    if not path.exists() and not create:
        raise StoreError(f"no store at {path}; make one with: tuiex ingest ARTICLES... --db {path}")
    if create:
        path.parent.mkdir(parents=True, exist_ok=True)
    try:
        if readonly:
            conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
        else:
            conn = sqlite3.connect(str(path), check_same_thread=False)
        db = sqlite_utils.Database(conn)
        _check_version(db, path)
        if not readonly:
            db.execute("PRAGMA foreign_keys = ON")
            db.execute("PRAGMA busy_timeout = 10000")
            if not db.table_names():
                _create(db)
            if db.journal_mode != "wal":
                db.enable_wal()
        else:
            db.execute("PRAGMA query_only = ON")
    except sqlite3.DatabaseError as e:
        raise StoreError(f"cannot open {path}: {e}") from e
    return db


def _create(db: sqlite_utils.Database) -> None:
    with db.atomic():
        for statement in _statements(TABLES):
            db.execute(statement)
        for table, columns in FTS.items():
            db[table].enable_fts(columns, create_triggers=True, tokenize="unicode61 remove_diacritics 2")
        db["meta"].insert({"key": "schema_version", "value": str(SCHEMA_VERSION)}, replace=True)


def _statements(script: str) -> list[str]:
    """Split a DDL script into statements (executescript would commit around our transaction)."""
    out, buf = [], []
    for line in script.splitlines():
        code = line.split("--", 1)[0]
        buf.append(code)
        if code.rstrip().endswith(";"):
            out.append("\n".join(buf).strip())
            buf = []
    return [s for s in out if s]


class Store:
    """The write side of a store. Reads for the explorer live in `queries`."""

    def __init__(self, path: str | Path):
        self.path = Path(path)
        self.db = connect(self.path, create=True)

    def close(self) -> None:
        self.db.close()

    # -- idempotence ------------------------------------------------------------------------------

    def article_hash(self, path: str) -> str | None:
        row = self.db.execute("SELECT content_hash FROM articles WHERE path = ?", [path]).fetchone()
        return row[0] if row else None

    # -- writing ----------------------------------------------------------------------------------

    def write_article(self, art: Article) -> int:
        """Replace whatever the store held for `art.path` with `art`, in one transaction."""
        with self.db.atomic():
            old = self.db.execute("SELECT id FROM articles WHERE path = ?", [art.path]).fetchone()
            if old:
                self._delete_article(old[0])
            article_id = self.db["articles"].insert(
                {
                    "path": art.path,
                    "file": art.file,
                    "content_hash": art.content_hash,
                    "title": art.title,
                    "outlet": art.outlet,
                    "url": art.url,
                    "published": art.published,
                    "published_precision": precision(art.published),
                    "published_how": art.published_how,
                    "text": art.text,
                    "word_count": art.word_count,
                    "ingested_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
                }
            ).last_pk
            sentence_ids = []
            for i, s in enumerate(art.sentences):
                sentence_ids.append(
                    self.db["sentences"].insert(
                        {"article_id": article_id, "idx": i, "start": s.start, "end": s.end,
                         "is_body": int(s.is_body)}
                    ).last_pk
                )
            actor_ids = {key: self._merge_actor(a) for key, a in art.actors.items()}
            self.db["mentions"].insert_all(
                {"article_id": article_id, "sentence_id": sentence_ids[m.sentence],
                 "actor_id": actor_ids[m.actor_key], "start": m.start, "end": m.end, "text": m.text}
                for m in art.mentions
            )
            names = {key: a.name for key, a in art.actors.items()}
            self.db["events"].insert_all(
                {
                    "article_id": article_id,
                    "sentence_id": sentence_ids[e.sentence],
                    "type": e.type,
                    "source_id": actor_ids.get(e.source),
                    "target_id": actor_ids.get(e.target),
                    "trigger": e.trigger,
                    "summary": f"{names.get(e.source, '?')} {e.type} {names.get(e.target, '-')}: {e.trigger}",
                    "date": e.date,
                    "date_precision": precision(e.date),
                    "start": e.start,
                    "end": e.end,
                    "trigger_start": e.trigger_start,
                    "trigger_end": e.trigger_end,
                    "speculative": int(e.speculative),
                }
                for e in art.events
            )
            self.db["quotes"].insert_all(
                {
                    "article_id": article_id,
                    "sentence_id": sentence_ids[q.sentence],
                    "speaker_id": actor_ids.get(q.speaker),
                    "text": q.text,
                    "direct": int(q.direct),
                    "cue": q.cue,
                    "date": q.date,
                    "date_precision": precision(q.date),
                    "start": q.start,
                    "end": q.end,
                }
                for q in art.quotes
            )
        return article_id

    def _delete_article(self, article_id: int) -> None:
        self.db.execute("DELETE FROM articles WHERE id = ?", [article_id])
        self._prune_actors()

    def _prune_actors(self) -> None:
        """Drop actors nothing points at any more (after an article was replaced)."""
        self.db.execute(
            """DELETE FROM actors WHERE id NOT IN (SELECT actor_id FROM mentions)
               AND id NOT IN (SELECT source_id FROM events WHERE source_id IS NOT NULL)
               AND id NOT IN (SELECT target_id FROM events WHERE target_id IS NOT NULL)
               AND id NOT IN (SELECT speaker_id FROM quotes WHERE speaker_id IS NOT NULL)"""
        )

    def _merge_actor(self, actor) -> int:
        """Find the stored actor this one is (same type, sharing a name or alias), or add it.

        A longer name wins as the display name ("Cavusoglu" seen first becomes "Mevlut Cavusoglu"
        once an article names him in full); missing country and role are filled in."""
        names = {actor.name, *actor.aliases}
        norms = sorted({fold(n) for n in names if fold(n)})
        placeholders = ",".join("?" * len(norms))
        row = self.db.execute(
            f"""SELECT a.id, a.name, a.country, a.role FROM actors a JOIN aliases al ON al.actor_id = a.id
                WHERE al.norm IN ({placeholders}) AND a.type = ?
                ORDER BY (a.norm = ?) DESC, a.id LIMIT 1""",
            [*norms, actor.type, fold(actor.name)],
        ).fetchone()
        if row:
            actor_id, name, country, role = row
            update = {}
            if _better_name(actor.name, name):
                update.update(name=actor.name, norm=fold(actor.name))
            if not country and actor.country:
                update["country"] = actor.country
            if not role and actor.role:
                update["role"] = actor.role
            if update:
                self.db["actors"].update(actor_id, update)
        else:
            actor_id = self.db["actors"].insert(
                {"name": actor.name, "type": actor.type, "country": actor.country,
                 "role": actor.role, "norm": fold(actor.name)}
            ).last_pk
        self.db["aliases"].insert_all(
            ({"actor_id": actor_id, "alias": n, "norm": fold(n)} for n in sorted(names) if fold(n)),
            ignore=True,
        )
        return actor_id


def _better_name(new: str, old: str) -> bool:
    """Prefer the fuller name; on a tie keep the accent-free spelling news in English mostly uses."""
    return len(new.split()) > len(old.split())


def precision(iso: str | None) -> str | None:
    if not iso:
        return None
    return {4: "year", 7: "month", 10: "day"}.get(len(iso))
