"""Opening a store and writing articles into it.

Every article lands in one transaction, so a crash or a kill leaves whole articles or nothing. The
transaction takes SQLite's write lock up front (BEGIN IMMEDIATE), so two ingests into the same
store take turns instead of failing, and the actor merging below sees a settled store. Actors are
merged across articles here, by alias, because only the store sees every article.

Whatever SQLite reports while opening or writing (a full disk, a read-only file, a store locked
by another program) becomes a `StoreError` whose message says what happened to the store and
what to do; nothing half-written is ever left behind.
"""

from __future__ import annotations

import difflib
import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING

from ..textnorm import fold, text_digest
from . import actor_stats, dyads, search_index, stories
from .schema import FTS, SCHEMA_VERSION, TABLES

if TYPE_CHECKING:
    import sqlite_utils

    from ..records import Article

SQLITE_MAGIC = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 10_000    # how long a writer waits for another ingest's transaction to end
WRITER_CACHE_KIB = 64 * 1024    # the writer's SQLite page cache, KiB
WRITER_CHECKPOINT_PAGES = 4000  # WAL pages (4 KiB each) after which the writer checkpoints (SQLite: 1000)


class StoreError(Exception):
    """A store that cannot be used, with a message meant for the user."""


@dataclass(frozen=True)
class Duplicate:
    """An article not written because the store holds the same cleaned text (the same
    `text_hash`) under another path: a copy of a file counts once, not as a second report."""

    path: str       # the stored article's path


def _check_file(path: Path) -> None:
    """Refuse what cannot be a store by its metadata (a folder, an empty file), opening nothing.

    The file itself is never opened here: closing any descriptor of a file drops every POSIX
    lock this process holds on it (fcntl semantics), so a header read while another connection
    of this process has the store open (the explorer opens one per worker thread) cancels that
    connection's shared lock. An ingest that then closes as the store's last known user deletes
    the -wal and -shm files, and the explorer's connections, still mapping the old ones, never see
    another write (SQLite's "How To Corrupt An SQLite Database File", section 2.2). Whether the
    file is a SQLite database is told by SQLite (`_check_header` reads it after SQLite refused it)."""
    try:
        if path.is_dir():
            raise StoreError(f"{path} is a folder, not a tuiex store")
        if not path.exists():
            return
        if path.stat().st_size == 0:
            raise StoreError(
                f"{path} is an empty file, not a tuiex store; it is left untouched "
                f"(delete it to make a new store there)"
            )
    except OSError as e:
        raise StoreError(f"cannot read {path}: {e.strerror or e}") from e


def _check_header(path: Path) -> None:
    """Refuse a file that does not start with SQLite's header (StoreError). Opens and closes the
    file: call it only where no SQLite connection of this process holds the file (see
    `_check_file`)."""
    try:
        with path.open("rb") as f:
            if f.read(16) != SQLITE_MAGIC:
                raise StoreError(f"{path} is not a SQLite database, so not a tuiex store")
    except OSError as e:
        raise StoreError(f"cannot read {path}: {e.strerror or e}") from e


def check_folder(path: str | Path) -> None:
    """Refuse to make a store at `path` when its folder does not exist (or is a file), naming the
    folder: a mistyped `--db some/dir/x.db` must not grow a tree of folders. Nothing is created;
    raises StoreError. A store that exists already passes."""
    path = Path(path)
    folder = path.parent
    if path.exists() or folder.is_dir():
        return
    if folder.exists():
        raise StoreError(f"cannot make a store at {path}: {folder} is not a folder")
    raise StoreError(f"no folder {folder} for the store {path}: make it first (mkdir -p {folder}) "
                     f"or name a store in a folder that exists")


def check_writable_path(path: str | Path) -> None:
    """What can be told about a store to write before anything is read: not a folder, not a
    foreign or empty file, and in a folder that exists (StoreError otherwise). Reads the file's
    header through SQLite (see `_check_file`)."""
    _check_file(Path(path))
    if Path(path).is_file():
        _refuse_foreign(Path(path))
    check_folder(path)


def _refuse_foreign(path: Path) -> None:
    """Refuse a file that is not a SQLite database (StoreError), asking SQLite, whose own file
    handling keeps this process's locks on a store it has open elsewhere (`_check_file`); any
    other error is left to the opening of the store, which explains it."""
    try:
        conn = sqlite3.connect(path.absolute().as_uri() + "?mode=ro", uri=True)
        try:
            conn.execute("PRAGMA schema_version").fetchone()
        finally:
            conn.close()
    except sqlite3.Error as e:
        if _not_a_database(e):
            _check_header(path)     # (not a database: no connection of ours holds it)


# From a schema version to the next: a step that upgrades a store in place, run when a store is
# opened for writing (a read-only open explains how to upgrade instead).
MIGRATIONS = {5: search_index.add_typed_index}


def _upgrade(db: sqlite3.Connection, version: int) -> None:
    """Run the steps from `version` up to SCHEMA_VERSION in one transaction (all or nothing).
    The version is read again inside it: another process may have upgraded the store while this
    one waited for the write lock."""
    db.execute("BEGIN IMMEDIATE")
    try:
        version = int(db.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()[0])
        while version < SCHEMA_VERSION:
            MIGRATIONS[version](db)
            version += 1
        db.execute("UPDATE meta SET value = ? WHERE key = 'schema_version'", [str(version)])
        db.execute("COMMIT")
    except BaseException:
        db.execute("ROLLBACK")
        raise


def _check_version(db: sqlite3.Connection, path: Path, readonly: bool = True) -> None:
    tables = {name for (name,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    if "meta" not in tables or "articles" not in tables:
        what = "it has no tables" if not tables else "no tuiex tables"
        raise StoreError(f"{path} is a SQLite database but not a tuiex store ({what}); it is left untouched")
    try:
        row = db.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
    except sqlite3.OperationalError as e:        # a table called meta, but not ours
        if "no such" not in str(e):                 # a read that failed (disk I/O), explained by the caller
            raise
        raise StoreError(f"{path} is a SQLite database but not a tuiex store (no tuiex tables)") from None
    try:
        version = int(row[0]) if row else 0
    except (TypeError, ValueError):
        raise StoreError(
            f"{path} has an unreadable store schema version ({row[0]!r}), so it is not read; "
            f"the file is left untouched"
        ) from None
    if version < SCHEMA_VERSION and version in MIGRATIONS and not readonly:
        _upgrade(db, version)
        return
    if version < SCHEMA_VERSION and version in MIGRATIONS:
        raise StoreError(
            f"{path} was written by a tuiex with store schema {version}; this tuiex reads schema "
            f"{SCHEMA_VERSION}. Upgrade it in place by ingesting into it once (unchanged articles "
            f"are skipped): tuiex ingest ARTICLES... --db {path}; the file is left untouched"
        )
    if version < SCHEMA_VERSION:
        raise StoreError(
            f"{path} was written by a tuiex with store schema {version}; this tuiex reads schema "
            f"{SCHEMA_VERSION}. Re-create it from your articles: "
            f"tuiex ingest ARTICLES... --db NEW.db (the old file is left untouched)"
        )
    if version > SCHEMA_VERSION:
        raise StoreError(
            f"{path} was written by a newer tuiex (store schema {version}); this tuiex reads schema "
            f"{SCHEMA_VERSION}. Upgrade tuiex to use it (the file is left untouched)"
        )


def _open(path: Path, readonly: bool, immutable: bool = False) -> sqlite3.Connection:
    """The SQLite connection under a store (in one place, so tests can open it differently)."""
    if readonly:
        uri = path.absolute().as_uri() + ("?immutable=1" if immutable else "?mode=ro")
        return sqlite3.connect(uri, uri=True, check_same_thread=False)
    return sqlite3.connect(str(path), check_same_thread=False)


def connect(path: str | Path, *, create: bool = False, readonly: bool = False) -> "sqlite_utils.Database":
    """`open_connection`, wrapped for sqlite-utils (the writer and the exchange format use it)."""
    import sqlite_utils  # not on the explorer's path: it pulls in numpy when installed

    return sqlite_utils.Database(open_connection(path, create=create, readonly=readonly))


def open_connection(path: str | Path, *, create: bool = False, readonly: bool = False) -> sqlite3.Connection:
    """Open a store, refusing files that are not tuiex stores of this schema version.

    `create` makes a new store when the file does not exist; `readonly` opens it with SQLite's
    read-only mode (safe from any thread that opens its own connection). A refused file is
    left exactly as it was."""
    path = Path(path)
    _check_file(path)
    if not path.exists():
        if not create:
            if not path.parent.is_dir():
                raise StoreError(f"no store at {path}: there is no folder {path.parent}")
            raise StoreError(f"no store at {path}; make one with: tuiex ingest ARTICLES... --db {path}")
        check_folder(path)
        _create_file(path)
    try:
        return _connect(path, readonly)
    except sqlite3.Error as e:
        if _not_a_database(e):
            _check_header(path)     # (SQLite refused it, so no connection of ours holds it)
        if readonly and _cannot_make_shm(e) and not path.with_name(path.name + "-wal").exists():
            # A store in a folder this user cannot write (read-only media, someone else's folder):
            # SQLite cannot make the -shm file it reads a WAL-mode store through. With no -wal
            # file beside it, the store file holds everything committed: read it as immutable.
            try:
                return _connect(path, readonly, immutable=True)
            except sqlite3.Error:
                pass
        raise StoreError(explain(e, path, "read" if readonly else "open")) from e


def _connect(path: Path, readonly: bool, immutable: bool = False) -> sqlite3.Connection:
    conn = _open(path, readonly, immutable)
    try:
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        _check_version(conn, path, readonly)
        if readonly:
            conn.execute("PRAGMA query_only = ON")
        else:
            conn.execute("PRAGMA foreign_keys = ON")
            # a store made before stores were created in WAL mode
            if conn.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
                conn.execute("PRAGMA journal_mode = wal")
    except BaseException:
        conn.close()
        raise
    return conn


def _not_a_database(e: sqlite3.Error) -> bool:
    code = getattr(e, "sqlite_errorcode", None)
    return isinstance(code, int) and code & 0xFF == sqlite3.SQLITE_NOTADB


def _cannot_make_shm(e: sqlite3.Error) -> bool:
    code = getattr(e, "sqlite_errorcode", None)
    return isinstance(code, int) and code & 0xFF in (sqlite3.SQLITE_READONLY, sqlite3.SQLITE_CANTOPEN)


def _create_file(path: Path) -> None:
    """Make a new, empty store at `path` in one step: it is built under a temporary name beside
    `path` and then linked into place, so no reader, concurrent ingest or crash ever meets a
    half-made store or an empty file. If another ingest made the store meanwhile, theirs stays."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}-{os.urandom(4).hex()}.new")
    try:
        os.close(os.open(tmp, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o666))   # the umask applies
    except OSError as e:
        raise StoreError(f"cannot create a store at {path}: {e.strerror or e}") from e
    try:
        import sqlite_utils

        conn = sqlite3.connect(str(tmp))
        try:
            # No sync per step (the schema's transaction, the switch to WAL): nobody sees the file
            # before it is linked into place, so one fsync of the finished file does (the schema
            # took 0.03-0.1 s of wall clock at load 6-9 with its syncs, under 0.01 s without).
            conn.execute("PRAGMA synchronous = OFF")
            db = sqlite_utils.Database(conn)
            _create(db)
            db.enable_wal()
        finally:
            conn.close()
        _fsync(tmp)
        try:
            os.link(tmp, path)              # never replaces a store another ingest just made
        except FileExistsError:
            pass
        except OSError:                     # a file system without hard links
            if not path.exists():
                os.replace(tmp, path)
    except sqlite3.Error as e:
        raise StoreError(explain(e, path, "create")) from e
    except OSError as e:
        raise StoreError(f"cannot create a store at {path}: {e.strerror or e}") from e
    finally:
        for leftover in (tmp, tmp.with_name(tmp.name + "-wal"), tmp.with_name(tmp.name + "-shm")):
            try:
                leftover.unlink()
            except OSError:
                pass


def _fsync(path: Path) -> None:
    """Write the file at `path` through to the disk (OSError if it cannot be opened or synced)."""
    fd = os.open(path, os.O_RDWR)          # Windows syncs only a file opened for writing
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _create(db: "sqlite_utils.Database") -> None:
    with db.atomic():
        for statement in _statements(TABLES + search_index.DDL + actor_stats.DDL + stories.DDL + dyads.DDL):
            db.execute(statement)
        for table, columns in FTS.items():
            db.table(table).enable_fts(columns, create_triggers=True, tokenize="unicode61 remove_diacritics 2")
        db.table("meta").insert({"key": "schema_version", "value": str(SCHEMA_VERSION)}, replace=True)


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


def explain(e: sqlite3.Error, path: Path, doing: str, written: int | None = None) -> str:
    """A message for the user from a SQLite error met while `doing` ("open", "read", "create",
    "write to") the store at `path`; `written` is how many articles this run had written before
    it (None: the run had not written any)."""
    code = getattr(e, "sqlite_errorcode", None)
    primary = code & 0xFF if isinstance(code, int) else None
    text = str(e)
    if doing == "write to" or written is not None:
        if written:
            kept = (f"the {written} article{'s' if written != 1 else ''} written before this one "
                    f"{'are' if written != 1 else 'is'} whole and kept")
        elif written == 0:
            kept = "articles stored by earlier runs are whole and kept"
        else:
            kept = "nothing was written"
        kept = f"; {kept}. "
        then = "then run the same command again to resume (stored articles are skipped as unchanged)"
    else:
        kept, then = ". ", "then try again"
    if primary == sqlite3.SQLITE_FULL or "disk is full" in text:
        return f"cannot {doing} {path}: the disk is full ({text}){kept}Free some space, {then}"
    wal, shm = path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")
    if doing == "read" and primary in (sqlite3.SQLITE_READONLY, sqlite3.SQLITE_CANTOPEN):
        if wal.exists():
            return (f"cannot read {path}: it is on a read-only disk or in a folder you cannot write, and its "
                    f"latest writes are still in {wal.name} beside it, which SQLite can read only by making "
                    f"{shm.name} there ({text}). Copy {path.name} together with {wal.name} to a folder you "
                    f"can write and open the copy, or open it once where it can be written")
        return (f"cannot read {path}: SQLite must make {shm.name} beside it to read it, and cannot "
                f"({text}). Copy {path.name} to a folder you can write and open the copy")
    short_read = code == getattr(sqlite3, "SQLITE_IOERR_SHORT_READ", 522)
    if primary == sqlite3.SQLITE_IOERR and shm.exists() and (short_read or not wal.exists()):
        return (f"cannot {doing} {path}: its write-ahead log {wal.name} was deleted, moved or cut short while a "
                f"program had the store open ({text}); the writes still in it are lost. Close every "
                f"program using the store (an explorer, an ingest), then try again, and ingest again the "
                f"articles written last")
    if primary == sqlite3.SQLITE_IOERR:
        return (f"cannot {doing} {path}: the disk reported an error ({text}){kept}Check the disk, and that "
                f"{wal.name} beside the store was not deleted or moved, {then}")
    if "vtable constructor failed" in text or "fts5" in text.lower():
        return (f"cannot {doing} {path}: its search index is damaged ({text}); it is left as it is. "
                f"Rebuild the store from your articles (tuiex ingest ARTICLES... --db NEW.db) or restore a copy")
    if primary == sqlite3.SQLITE_READONLY or "readonly database" in text:
        return (f"cannot {doing} {path}: the store is read-only ({text}){kept}Check the permissions of the "
                f"file and its folder (or write another store with --db), {then}")
    if primary in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED) or "locked" in text:
        return (f"cannot {doing} {path}: another program kept it locked for over "
                f"{BUSY_TIMEOUT_MS / 1000:g} seconds ({text}){kept}Wait until it is done, {then}")
    if primary == sqlite3.SQLITE_CANTOPEN:
        return (f"cannot {doing} {path}: SQLite cannot open it ({text}). Check that its folder can be "
                f"written (a store keeps {path.name}-wal and {path.name}-shm beside it), {then}")
    if primary in (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB) or "malformed" in text:
        return (f"cannot {doing} {path}: the file is damaged ({text}); it is left as it is. Rebuild the "
                f"store from your articles (tuiex ingest ARTICLES... --db NEW.db) or restore a copy")
    if doing == "write to" or written is not None:
        return f"cannot {doing} {path}: {text}{kept}{then[0].upper()}{then[1:]}"
    return f"cannot {doing} {path}: {text}"


class Store:
    """The write side of a store. Reads for the explorer live in `reader` (a `Reader`)."""

    def __init__(self, path: str | Path):
        self.path = Path(path)
        self.db = connect(self.path, create=True)
        # The writer's page cache (this connection only; the store is unchanged): each article
        # adds rows to some twenty indexes at scattered places, and with SQLite's default 2 MB
        # most of those pages were read again from the OS for every batch.
        self.db.conn.execute(f"PRAGMA cache_size = -{WRITER_CACHE_KIB}")
        # A commit without an fsync (SQLite's WAL with synchronous=NORMAL; the default FULL syncs the
        # WAL file at every commit, and an ingest commits once per article). Each sync puts the
        # writer to sleep; on a busy machine it then waits for a core again: 60 commits took
        # 0.14-0.5 s of wall clock at load 6-9 on this project's 2-core machine (0.02 s of it the
        # disk itself), 0.015 s without the syncs, for 10 s of ingest at that load. The store stays
        # consistent after any crash; only a power loss or an OS crash can roll back the last
        # transactions before a checkpoint, and ingesting the same files again writes exactly those
        # articles, whose paths the store then lacks (sqlite.org/pragma.html#pragma_synchronous).
        self.db.conn.execute("PRAGMA synchronous = NORMAL")
        # With that, the syncs left are the checkpoints' (two or three each), which SQLite runs when
        # a commit leaves the WAL over 1,000 pages: an article's commit writes some 125 pages (every
        # page it touched in twenty indexes and the search index, again at each commit), so an
        # ingest of the 60 bench articles synced 22 times (0.1 s of wall clock on an idle machine,
        # more at load). At WRITER_CHECKPOINT_PAGES it syncs 7 times (one checkpoint and the
        # close's); the WAL then peaks at some 16 MB, and a checkpoint copies a page written by
        # many commits once. This connection only (sqlite.org/pragma.html#pragma_wal_autocheckpoint);
        # what a crash or power loss can cost is as above, the rows are the same.
        self.db.conn.execute(f"PRAGMA wal_autocheckpoint = {WRITER_CHECKPOINT_PAGES}")
        self.written = 0            # articles this Store has written, for messages
        self._unindexed: list[int] = []     # articles written in this transaction, not yet in items_fts
        # (actor id, folded names) whose aliases and words rows this transaction has written: an
        # INSERT OR IGNORE of them again is a no-op until something is deleted (_forget_written).
        self._written_names: set[tuple[int, tuple[tuple[str, str], ...]]] = set()
        try:
            self._check_writable()
        except BaseException:
            self.db.close()
            raise

    def close(self) -> None:
        self.db.close()

    def _check_writable(self) -> None:
        """Refuse a store that cannot be written (read-only file, folder or disk) now, before
        any article is parsed, rather than at the first write."""
        try:
            with self._transaction():
                self.db.conn.execute("UPDATE meta SET value = value WHERE key = 'schema_version'")
                raise _Rollback
        except _Rollback:
            pass
        except sqlite3.Error as e:
            raise StoreError(explain(e, self.path, "write to")) from e

    @contextmanager
    def _transaction(self) -> Iterator[None]:
        """One write transaction holding the write lock from its start: another ingest writing
        the same store waits (up to BUSY_TIMEOUT_MS) instead of failing mid-article."""
        conn = self.db.conn
        conn.execute("BEGIN IMMEDIATE")
        self._forget_written()
        try:
            yield
            conn.execute("COMMIT")
        except BaseException:
            self._forget_written()          # those articles are rolled back with the rest
            if conn.in_transaction:
                try:
                    conn.execute("ROLLBACK")
                except sqlite3.Error:        # keep the error that got us here, not this one
                    pass
            raise

    # -- idempotence ------------------------------------------------------------------------------

    def actor_count(self) -> int:
        """How many actors the store holds."""
        return int(self.db.execute("SELECT count(*) FROM actors").fetchone()[0])

    def article_hash(self, path: str) -> str | None:
        try:
            row = self.db.execute("SELECT content_hash FROM articles WHERE path = ?", [path]).fetchone()
        except sqlite3.Error as e:
            raise StoreError(explain(e, self.path, "read", self.written)) from e
        return row[0] if row else None

    def text_owner(self, text_hash: str, path: str) -> str | None:
        """The path of a stored article, other than `path`, whose cleaned text has the digest
        `text_hash` (textnorm.text_digest), or None; read through idx_articles_text_hash."""
        try:
            return self._text_owner(text_hash, path)
        except sqlite3.Error as e:
            raise StoreError(explain(e, self.path, "read", self.written)) from e

    def _text_owner(self, text_hash: str, path: str) -> str | None:
        row = self.db.execute("SELECT path FROM articles WHERE text_hash = ? AND path != ? LIMIT 1",
                              [text_hash, path]).fetchone()
        return row[0] if row else None

    def file_hashes(self, path: str) -> dict[str, str]:
        """The content hash of each stored article from the file at `path`, by what its path adds
        to `path`: "" for the file itself, "#3" for a JSON lines record ("file.jsonl#3"). Read
        through the unique index on articles.path ('#' < '$' bounds the records)."""
        try:
            rows = self.db.execute(
                "SELECT path, content_hash FROM articles WHERE path = ? OR (path >= ? AND path < ?)",
                [path, path + "#", path + "$"]).fetchall()
        except sqlite3.Error as e:
            raise StoreError(explain(e, self.path, "read", self.written)) from e
        return {p[len(path):]: h for p, h in rows}

    # -- writing ----------------------------------------------------------------------------------

    def write_article(self, art: Article) -> int | Duplicate | None:
        """Replace whatever the store held for `art.path` with `art`, in one transaction, and
        return its id; None when the store already holds exactly this content (another ingest
        wrote the same file meanwhile), which is left as it is; a `Duplicate` naming the stored
        article when another path holds the same cleaned text (checked under the write lock, so
        two ingests of two copies store one). A path whose file now holds a stored article's text
        loses its old version.

        A SQLite failure (full disk, read-only store, a lock held too long) rolls the article
        back and raises StoreError; the articles written before stay whole."""
        try:
            with self._transaction():
                article_id = self._write(art)
                self._index_pending()
        except sqlite3.Error as e:
            raise StoreError(explain(e, self.path, "write to", self.written)) from e
        if isinstance(article_id, int):
            self.written += 1
        return article_id

    def write_articles(self, arts: list[Article]) -> list[int | Duplicate | None]:
        """`write_article` for several articles in one transaction, which costs one commit (and,
        at a WAL checkpoint, one sync to disk) for all of them: the writer of a cluster ingest keeps up with hundreds
        of articles a second this way. A crash or a kill mid-batch rolls the whole batch back, so
        the store still holds only whole articles; a re-run writes the batch again."""
        if not arts:
            return []
        try:
            with self._transaction():
                ids = [self._write(art) for art in arts]
                self._index_pending()
        except sqlite3.Error as e:
            raise StoreError(explain(e, self.path, "write to", self.written)) from e
        self.written += sum(isinstance(i, int) for i in ids)
        return ids

    def _index_pending(self) -> None:
        """Count the articles written since the last call into the actor aggregates and put their
        events and quotes into the search index, a few statements for all of them (the index in
        timeline order, as search_index.index_articles says why). Called before the transaction
        commits and before anything is deleted (the deleted article may be one of them)."""
        if self._unindexed:
            actor_stats.add_articles(self.db.conn, self._unindexed)
            search_index.index_articles(self.db.conn, self._unindexed)
            self._unindexed.clear()

    def _forget_written(self) -> None:
        """The transaction ended or deleted rows: what it wrote may be gone."""
        self._unindexed.clear()
        self._written_names.clear()

    def _write(self, art: Article) -> int | Duplicate | None:
        old = self.db.execute("SELECT id, content_hash FROM articles WHERE path = ?", [art.path]).fetchone()
        if old and old[1] == art.content_hash:
            return None
        if old:
            self._delete_article(old[0])
        text_hash = text_digest(art.text)
        if owner := self._text_owner(text_hash, art.path):      # (the old version is deleted above)
            return Duplicate(owner)
        conn = self.db.conn
        # Plain SQL for every row (sqlite-utils costs some 0.1 ms a call, and an insert through it
        # re-reads the table list: a tenth of the writer's time when replaying extracted articles).
        article_id = conn.execute(
            """INSERT INTO articles (path, file, content_hash, text_hash, title, outlet, url, published,
                                     published_precision, published_how, text, word_count, ingested_at)
               VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
            [art.path, art.file, art.content_hash, text_hash, art.title, art.outlet, art.url, art.published,
             precision(art.published), art.published_how, art.text, art.word_count,
             datetime.now(timezone.utc).isoformat(timespec="seconds")]).lastrowid
        assert article_id is not None               # an INSERT into a rowid table always has one
        # Sentences get the ids SQLite would give them one by one (an INTEGER PRIMARY KEY takes the
        # largest id + 1), which this transaction, holding the write lock, can name in advance.
        first = conn.execute("SELECT coalesce(max(id), 0) + 1 FROM sentences").fetchone()[0]
        sentence_ids = range(first, first + len(art.sentences))
        conn.executemany(
            "INSERT INTO sentences (id, article_id, idx, start, end, is_body) VALUES (?, ?, ?, ?, ?, ?)",
            [(first + i, article_id, i, s.start, s.end, int(s.is_body)) for i, s in enumerate(art.sentences)],
        )
        # keyed by the article's actor keys; looked up with an event's or quote's key, which may be None
        local: dict[tuple[str, str], int] = {}
        actor_ids: dict[str | None, int] = {key: self._merge_actor(a, local) for key, a in art.actors.items()}
        conn.executemany(
            "INSERT INTO mentions (article_id, sentence_id, actor_id, start, end, text) VALUES (?, ?, ?, ?, ?, ?)",
            [(article_id, sentence_ids[m.sentence], actor_ids[m.actor_key], m.start, m.end, m.text)
             for m in art.mentions],
        )
        names: dict[str | None, str] = {key: a.name for key, a in art.actors.items()}
        # Events and quotes too get the ids SQLite would give them, so that the INSERT can compute
        # each one's timeline key (search_index.tkey_sql) instead of an UPDATE rewriting the rows.
        first_event = conn.execute("SELECT coalesce(max(id), 0) + 1 FROM events").fetchone()[0]
        conn.executemany(
            _INSERT_EVENT,
            [(first_event + i, article_id, sentence_ids[e.sentence], e.type, actor_ids.get(e.source),
              actor_ids.get(e.target), e.trigger,
              f"{names.get(e.source, '?')} {e.type} {names.get(e.target, '-')}: {e.trigger}",
              e.date, precision(e.date), e.start, e.end, e.trigger_start, e.trigger_end, int(e.speculative))
             for i, e in enumerate(art.events)],
        )
        first_quote = conn.execute("SELECT coalesce(max(id), 0) + 1 FROM quotes").fetchone()[0]
        conn.executemany(
            _INSERT_QUOTE,
            [(first_quote + i, article_id, sentence_ids[q.sentence], actor_ids.get(q.speaker), q.text,
              int(q.direct), q.cue, q.date, precision(q.date), q.start, q.end) for i, q in enumerate(art.quotes)],
        )
        self._unindexed.append(article_id)      # indexed and counted with its batch: _index_pending
        stories.assign(self.db.conn, article_id)
        return article_id

    def _delete_article(self, article_id: int) -> None:
        self._index_pending()       # the article may be one of this batch's, not indexed yet
        self._written_names.clear()                 # its actors may be pruned below
        search_index.unindex_article(self.db.conn, article_id)   # while its rows still exist
        actor_stats.add_article(self.db.conn, article_id, -1)
        actor_ids = [r[0] for r in self.db.execute(
            """SELECT actor_id FROM mentions WHERE article_id = ?1
               UNION SELECT source_id FROM events WHERE article_id = ?1 AND source_id IS NOT NULL
               UNION SELECT target_id FROM events WHERE article_id = ?1 AND target_id IS NOT NULL
               UNION SELECT speaker_id FROM quotes WHERE article_id = ?1 AND speaker_id IS NOT NULL""",
            [article_id])]
        touched = stories.stories_of_article(self.db.conn, article_id)
        self.db.execute("DELETE FROM articles WHERE id = ?", [article_id])
        stories.refresh(self.db.conn, touched)
        self._prune_actors(actor_ids)

    def _prune_actors(self, actor_ids: list[int]) -> None:
        """Drop those of `actor_ids` (the actors a replaced article pointed at) that nothing points
        at any more; each is checked through the indexes, never by scanning the tables."""
        self.db.conn.executemany(
            """DELETE FROM actors WHERE id = ?1
               AND NOT EXISTS (SELECT 1 FROM mentions WHERE actor_id = ?1)
               AND NOT EXISTS (SELECT 1 FROM events WHERE source_id = ?1)
               AND NOT EXISTS (SELECT 1 FROM events WHERE target_id = ?1)
               AND NOT EXISTS (SELECT 1 FROM quotes WHERE speaker_id = ?1)""",
            [(a,) for a in actor_ids],
        )

    def _find_person(self, actor, norms: list[str]):
        """The stored person this one is. A full name matches a stored full name; otherwise a
        shared surname joins only names whose given names agree, and a bare surname only the one
        stored person it can be (two stored people of that surname: it stays apart)."""
        own = fold(actor.name)
        full = [n for n in norms if " " in n]
        bare = [n for n in norms if " " not in n]
        if full:
            placeholders = ",".join("?" * len(full))
            row = self.db.execute(
                f"""SELECT a.id, a.name, a.country, a.role FROM actors a JOIN aliases al ON al.actor_id = a.id
                    WHERE al.norm IN ({placeholders}) AND a.type = 'person'
                    ORDER BY (a.norm = ?) DESC, a.id LIMIT 1""", [*full, own]).fetchone()
            if row:
                return row
        if not bare:
            return None
        placeholders = ",".join("?" * len(bare))
        rows = self.db.execute(
            f"""SELECT DISTINCT a.id, a.name, a.country, a.role, a.norm FROM actors a
                JOIN aliases al ON al.actor_id = a.id
                WHERE al.norm IN ({placeholders}) AND a.type = 'person' ORDER BY a.id""", bare).fetchall()
        if " " in own:
            fits = [r for r in rows if " " not in r[4] or _same_given_name(own, r[4])]
            return fits[0][:4] if fits else None
        return rows[0][:4] if len(rows) == 1 else None

    def _find_non_person(self, actor, folded: dict[str, str], local: dict[tuple[str, str], int]):
        """The stored actor of the same type this one is. By a name: one whose country does not
        conflict (Peru's and Chile's "Foreign Ministry" stay two). By a description only
        (`Actor.descriptions`: "protesters", "rebel groups", "police"), which says what a group
        is, not which one: an actor of the same known country, or one of the same article
        (`local`: (type, folded name) -> actor id of the actors written for it so far). The
        protesters of two articles are not one group because both were called protesters."""
        every = {f for f in folded.values() if f}
        described = every & {fold(n) for n in actor.descriptions}
        names, descriptions = sorted(every - described), sorted(described)
        if names:
            row = self._find_by_aliases(names, actor, "(a.country IS NULL OR ? IS NULL OR a.country = ?)",
                                        [actor.country, actor.country], by_name=True)
            if row:
                return row
        if descriptions and actor.country:
            row = self._find_by_aliases(descriptions, actor, "a.country = ?", [actor.country])
            if row:
                return row
        # within the article too, a known country that differs keeps two actors apart (Kenya's
        # and Uganda's protesters of one article, both also called "protesters")
        for here in dict.fromkeys(local[(actor.type, f)] for f in descriptions if (actor.type, f) in local):
            row = self.db.execute("SELECT id, name, country, role FROM actors WHERE id = ?", [here]).fetchone()
            if row and (row[2] is None or actor.country is None or row[2] == actor.country):
                return row
        return None

    def _find_by_aliases(self, norms: list[str], actor, country: str, params: list, by_name: bool = False):
        """The stored actor of the same type holding one of `norms`; by a name (`by_name`), a group
        and an organisation are one kind, as the types are read from a name's words ("Bangladesh
        Nationalist Party (BNP)" is a group by its head noun, a later article's bare "BNP" an
        organisation) and one name names one body."""
        placeholders = ",".join("?" * len(norms))
        types = _BODY_TYPES if by_name and actor.type in _BODY_TYPES else (actor.type,)
        return self.db.execute(
            f"""SELECT a.id, a.name, a.country, a.role FROM actors a JOIN aliases al ON al.actor_id = a.id
                WHERE al.norm IN ({placeholders}) AND a.type IN ({",".join("?" * len(types))}) AND {country}
                ORDER BY (a.norm = ?) DESC, (a.type = ?) DESC, a.id LIMIT 1""",
            [*norms, *types, *params, fold(actor.name), actor.type],
        ).fetchone()

    def _merge_actor(self, actor, local: dict[tuple[str, str], int] | None = None) -> int:
        """Find the stored actor this one is (same type, sharing a name or alias), or add it.

        A longer name wins as the display name ("Cavusoglu" seen first becomes "Mevlut Cavusoglu"
        once an article names him in full); missing country and role are filled in."""
        folded = {n: fold(n) for n in sorted({actor.name, *actor.aliases})}
        norms = sorted({f for f in folded.values() if f})
        if actor.type == "person":
            row = self._find_person(actor, norms)
        else:
            row = self._find_non_person(actor, folded, local if local is not None else {})
        if row:
            actor_id, name, country, role = row
            update: dict[str, str] = {}
            if _better_name(actor.name, name):
                # the fuller name's type too: "Zambezi Unity Front" is a group, a bare "ZUF" was not
                update.update(name=actor.name, norm=fold(actor.name), type=actor.type)
            if not country and actor.country:
                update["country"] = actor.country
            if not role and actor.role:
                update["role"] = actor.role
            if update:
                self.db.conn.execute(f"UPDATE actors SET {', '.join(f'{k} = ?' for k in update)} WHERE id = ?",
                                     [*update.values(), actor_id])
        else:
            actor_id = self.db.conn.execute(
                "INSERT INTO actors (name, type, country, role, norm) VALUES (?, ?, ?, ?, ?)",
                (actor.name, actor.type, actor.country, actor.role, fold(actor.name)),
            ).lastrowid
        if local is not None:
            for f in norms:
                local.setdefault((actor.type, f), actor_id)
        names = (actor_id, tuple(folded.items()))
        if names not in self._written_names:
            self.db.conn.executemany(
                "INSERT OR IGNORE INTO aliases (actor_id, alias, norm) VALUES (?, ?, ?)",
                [(actor_id, n, f) for n, f in folded.items() if f],
            )
            actor_stats.add_words(self.db.conn, actor_id, norms)
            self._written_names.add(names)
        return actor_id


_INSERT_EVENT = f"""INSERT INTO events (id, article_id, sentence_id, type, source_id, target_id, trigger, summary,
                                      date, date_precision, start, end, trigger_start, trigger_end, speculative,
                                      tkey)
                   VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15,
                           {search_index.tkey_sql("?9", 0, "?1")})"""
_INSERT_QUOTE = f"""INSERT INTO quotes (id, article_id, sentence_id, speaker_id, text, direct, cue, date,
                                      date_precision, start, end, tkey)
                   VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, {search_index.tkey_sql("?8", 1, "?1")})"""


_BODY_TYPES = ("group", "organization")


def _same_given_name(a: str, b: str) -> bool:
    """Whether two folded full names can be one person: the same given name, an initial of it, or a
    spelling of it ("Sergei"/"Sergey"); "David Miliband" and "Ed Miliband" cannot."""
    fa, fb = a.split()[0], b.split()[0]
    if fa == fb or (len(fa) == 1 and fb.startswith(fa)) or (len(fb) == 1 and fa.startswith(fb)):
        return True
    return fa[0] == fb[0] and difflib.SequenceMatcher(None, fa, fb).ratio() >= 0.75


def _better_name(new: str, old: str) -> bool:
    """Prefer the fuller name; on a tie keep the accent-free spelling news in English mostly uses."""
    return len(new.split()) > len(old.split())


def precision(iso: str | None) -> str | None:
    if not iso:
        return None
    return {4: "year", 7: "month", 10: "day"}.get(len(iso))


class _Rollback(Exception):
    """Ends a transaction that was only a probe."""
