"""Stores that cannot be used, through `tuiex.cli.main`: a full disk mid-batch, a read-only store,
and files that are not stores of this schema. Each gives one clear line on stderr and exit code 2,
never a traceback; whatever is on disk is left whole (a full disk) or untouched (the rest)."""

from __future__ import annotations

import os
import re
import sqlite3
from pathlib import Path

import pytest
import sqlite_utils

import tuiex.app
import tuiex.ingest.pipeline
import tuiex.store.db as store_db
from tuiex.cli import main
from tuiex.store.db import Store
from tuiex.store.schema import SCHEMA_VERSION

from storecheck import assert_consistent, make_batch


def run(capsys, *argv) -> tuple[int, str, str]:
    capsys.readouterr()
    rc = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return rc, out, err


def assert_one_clear_line(err: str, db: Path) -> None:
    assert "Traceback" not in err
    assert err.startswith("tuiex: ") and err.count("\n") == 1, err
    assert str(db) in err


def snapshot(folder: Path) -> dict[str, tuple[bytes, int] | None]:
    """Every entry of a folder with its bytes and modification time (None for a folder)."""
    return {
        p.name: None if p.is_dir() else (p.read_bytes(), p.stat().st_mtime_ns)
        for p in sorted(folder.iterdir())
    }


def assert_untouched(folder: Path, before: dict, db: Path) -> None:
    """Nothing in `folder` changed: same entries, bytes and mtimes. The only files that may appear
    are SQLite's own -shm and (empty) -wal beside a store in WAL mode that was opened read-only,
    which SQLite makes to read it and cannot remove without write access; nothing is in them."""
    after = snapshot(folder)
    sqlite_own = {f"{db.name}-shm", f"{db.name}-wal"}
    assert set(after) - set(before) <= sqlite_own, sorted(set(after) ^ set(before))
    assert {k: v for k, v in after.items() if k not in sqlite_own} == before
    if f"{db.name}-wal" in after:
        assert after[f"{db.name}-wal"][0] == b""


@pytest.fixture
def batch(tmp_path: Path) -> Path:
    make_batch(tmp_path / "batch", 4)
    return tmp_path / "batch"


# --- a full disk -----------------------------------------------------------------------------------


def disk_full_from_write(monkeypatch, n: int) -> None:
    """From the `n`-th article written on, the store cannot grow, so SQLite fails the write with
    SQLITE_FULL ("database or disk is full") exactly as on a full disk: PRAGMA max_page_count caps
    the store at the size it has then."""
    write_article, calls = Store.write_article, [0]

    def capped(self, art):
        calls[0] += 1
        if calls[0] == n:
            pages = self.db.execute("PRAGMA page_count").fetchone()[0]
            self.db.execute(f"PRAGMA max_page_count = {pages}")
        return write_article(self, art)

    monkeypatch.setattr(Store, "write_article", capped)


def test_full_disk_stops_the_batch_with_a_clear_message(capsys, monkeypatch, batch: Path, tmp_path: Path):
    db = tmp_path / "store.db"
    disk_full_from_write(monkeypatch, 3)
    rc, out, err = run(capsys, "ingest", batch, "--db", db, "--quiet")
    assert rc == 2
    assert out == ""
    assert_one_clear_line(err, db)
    assert "the disk is full" in err
    assert "the 2 articles written before this one are whole and kept" in err
    assert "run the same command again to resume" in err
    assert len(assert_consistent(db)) == 2          # integrity_check ok, two whole articles

    monkeypatch.undo()                              # space freed: the same command resumes
    rc, out, err = run(capsys, "ingest", batch, "--db", db, "--quiet")
    assert rc == 0, err
    assert out.startswith("2 articles ingested (2 unchanged)")
    assert len(assert_consistent(db)) == 4


def test_full_disk_on_the_first_write_of_a_run(capsys, monkeypatch, batch: Path, tmp_path: Path):
    db = tmp_path / "store.db"
    files = sorted(batch.iterdir())
    assert run(capsys, "ingest", files[0], "--db", db, "--quiet")[0] == 0
    disk_full_from_write(monkeypatch, 1)
    rc, out, err = run(capsys, "ingest", batch, "--db", db, "--quiet")
    assert rc == 2
    assert_one_clear_line(err, db)
    assert "the disk is full" in err and "articles stored by earlier runs are whole and kept" in err
    assert len(assert_consistent(db)) == 1


# --- a read-only store -----------------------------------------------------------------------------


@pytest.fixture
def stored(capsys, batch: Path, tmp_path: Path) -> Path:
    """A store holding the batch's first two articles; the other two are still to ingest."""
    db = tmp_path / "store.db"
    files = sorted(batch.iterdir())
    assert run(capsys, "ingest", files[0], files[1], "--db", db, "--quiet")[0] == 0
    return db


def no_parsing(monkeypatch) -> None:
    def extract_many(*args, **kwargs):
        raise AssertionError("an article was parsed for a store that cannot be written")
    monkeypatch.setattr(tuiex.ingest.pipeline, "extract_many", extract_many)


def test_read_only_store_is_refused_before_parsing(capsys, monkeypatch, batch: Path, stored: Path):
    """SQLite opens the store read-only (as it does by itself for a file it may not write): the
    real SQLITE_READONLY path, whoever runs the tests (chmod does not stop root)."""
    opener = store_db._open
    monkeypatch.setattr(store_db, "_open", lambda path, readonly, *args: opener(path, True, *args))
    no_parsing(monkeypatch)
    before = snapshot(stored.parent)
    rc, out, err = run(capsys, "ingest", batch, "--db", stored, "--quiet")
    assert rc == 2
    assert out == ""
    assert_one_clear_line(err, stored)
    assert "the store is read-only" in err and "nothing was written" in err
    assert_untouched(stored.parent, before, stored)


def test_store_turning_read_only_mid_batch(capsys, monkeypatch, batch: Path, stored: Path):
    """The store stops accepting writes after the run's first article (another program, a disk
    remounted read-only): the batch stops with a message and the article written stays."""
    write_article, calls = Store.write_article, [0]

    def then_read_only(self, art):
        calls[0] += 1
        if calls[0] == 2:
            self.db.execute("PRAGMA query_only = ON")       # writes now fail with SQLITE_READONLY
        return write_article(self, art)

    monkeypatch.setattr(Store, "write_article", then_read_only)
    rc, out, err = run(capsys, "ingest", batch, "--db", stored, "--quiet")
    assert rc == 2
    assert_one_clear_line(err, stored)
    assert "the store is read-only" in err and "the 1 article written before this one is whole and kept" in err
    assert len(assert_consistent(stored)) == 3


root = pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0,
                          reason="file permissions do not stop root")


@root
def test_read_only_file(capsys, monkeypatch, batch: Path, stored: Path):
    no_parsing(monkeypatch)
    stored.chmod(0o444)
    try:
        before = snapshot(stored.parent)
        rc, out, err = run(capsys, "ingest", batch, "--db", stored, "--quiet")
        assert rc == 2
        assert_one_clear_line(err, stored)
        assert "read-only" in err
        assert_untouched(stored.parent, before, stored)
    finally:
        stored.chmod(0o644)


@root
def test_read_only_folder_for_a_new_store(capsys, monkeypatch, batch: Path, tmp_path: Path):
    no_parsing(monkeypatch)
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        rc, out, err = run(capsys, "ingest", batch, "--db", folder / "store.db", "--quiet")
        assert rc == 2
        assert_one_clear_line(err, folder / "store.db")
        assert "cannot create a store" in err and "ermission denied" in err
        assert list(folder.iterdir()) == []
    finally:
        folder.chmod(0o755)


@root
def test_read_only_folder_of_a_store(capsys, monkeypatch, batch: Path, stored: Path):
    """The file may be written but its folder not: SQLite cannot make the store's -wal file."""
    no_parsing(monkeypatch)
    stored.parent.chmod(0o555)
    try:
        rc, out, err = run(capsys, "ingest", batch, "--db", stored, "--quiet")
        assert rc == 2
        assert_one_clear_line(err, stored)
        assert "folder" in err
    finally:
        stored.parent.chmod(0o755)


@root
def test_store_in_a_read_only_folder_can_be_read(capsys, stored: Path):
    """Reading needs no write access: SQLite cannot make the -shm file beside a WAL-mode store in
    a read-only folder, so such a store (with no -wal file) is read as immutable."""
    rc, expected, err = run(capsys, "search", "russia", "--db", stored)
    assert rc == 0, err
    for name in (f"{stored.name}-wal", f"{stored.name}-shm"):    # as on media it was copied to
        (stored.parent / name).unlink(missing_ok=True)
    stored.parent.chmod(0o555)
    try:
        for argv in (["search", "russia", "--db", stored], ["stats", "--db", stored], ["export", "--db", stored]):
            rc, out, err = run(capsys, *argv)
            assert rc == 0, err
            assert err == "" and out
            if argv[0] == "search":
                assert out == expected
    finally:
        stored.parent.chmod(0o755)


# --- files that are not stores of this schema --------------------------------------------------------


OLDEST_UPGRADABLE = min(store_db.MIGRATIONS, default=SCHEMA_VERSION)     # older ones are re-created


def _store_with_version(path: Path, version) -> None:
    Store(path).close()
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE meta SET value = ? WHERE key = 'schema_version'", [str(version)])
    conn.close()


def _empty_sqlite(path: Path) -> None:
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE t (x)")
        conn.execute("DROP TABLE t")
    conn.close()


def _foreign_sqlite(path: Path) -> None:
    foreign = sqlite_utils.Database(path)
    foreign["recipes"].insert({"name": "soup"})
    foreign.close()


# kind -> (make it, what the message must say)
NOT_STORES = {
    "older_schema": (lambda p: _store_with_version(p, OLDEST_UPGRADABLE - 1),
                     [f"store schema {OLDEST_UPGRADABLE - 1}", "Re-create it", "tuiex ingest", "left untouched"]),
    "newer_schema": (lambda p: _store_with_version(p, SCHEMA_VERSION + 1),
                     ["newer tuiex", f"store schema {SCHEMA_VERSION + 1}", "Upgrade tuiex", "left untouched"]),
    "garbled_version": (lambda p: _store_with_version(p, "1.0-beta"),
                        ["unreadable store schema version", "left untouched"]),
    "empty_file": (lambda p: p.write_bytes(b""), ["is an empty file, not a tuiex store", "left untouched"]),
    "empty_sqlite": (_empty_sqlite, ["is a SQLite database but not a tuiex store (it has no tables)"]),
    "foreign_sqlite": (_foreign_sqlite, ["is a SQLite database but not a tuiex store"]),
    "not_sqlite": (lambda p: p.write_text("my notes\n", encoding="utf-8"), ["is not a SQLite database"]),
    "folder": (lambda p: (p.mkdir(), (p / "keep.txt").write_text("x")), ["is a folder, not a tuiex store"]),
}

COMMANDS = {
    "ingest": lambda db, batch: ["ingest", batch, "--db", db, "--quiet"],
    "stats": lambda db, batch: ["stats", "--db", db],
    "export": lambda db, batch: ["export", "--db", db],
    "search": lambda db, batch: ["search", "russia", "--db", db],
    "explore": lambda db, batch: ["explore", db],
}


@pytest.mark.parametrize("command", COMMANDS)
@pytest.mark.parametrize("kind", NOT_STORES)
def test_not_a_store_of_this_schema_is_refused_and_untouched(capsys, monkeypatch, tmp_path: Path, batch: Path,
                                                             kind: str, command: str):
    folder = tmp_path / "stores"
    folder.mkdir()
    db = folder / "thing.db"
    make, says = NOT_STORES[kind]
    make(db)
    before, inside = snapshot(folder), (snapshot(db) if db.is_dir() else None)
    no_parsing(monkeypatch)
    monkeypatch.setattr(tuiex.app, "run", lambda path: pytest.fail("the explorer opened"))

    rc, out, err = run(capsys, *COMMANDS[command](db, batch))
    assert rc == 2, err
    assert out == ""
    assert_one_clear_line(err, db)
    for words in says:
        assert words in err, err
    # not written, not even touched: same bytes, same mtime, no temporary file left
    assert_untouched(folder, before, db)
    if inside is not None:
        assert snapshot(db) == inside


def test_version_check_reads_the_version_not_the_layout(tmp_path: Path):
    """A store whose tables look current but whose recorded version is old is refused by every
    way in (connect for reading and for writing, Store), so it is never misread."""
    db = tmp_path / "old.db"
    _store_with_version(db, OLDEST_UPGRADABLE - 1)
    for open_it in (lambda: store_db.connect(db, readonly=True), lambda: store_db.connect(db), lambda: Store(db)):
        with pytest.raises(store_db.StoreError, match=re.escape(f"store schema {OLDEST_UPGRADABLE - 1}")):
            open_it()


@pytest.mark.parametrize("command", [c for c in COMMANDS if c != "ingest"])
def test_an_upgradable_store_is_refused_read_only_with_how_to_upgrade(capsys, monkeypatch, tmp_path: Path,
                                                                      batch: Path, command: str):
    """A store of the schema just before this one is upgraded in place by a write (ingest), and
    every read-only command refuses it untouched, saying how to upgrade it."""
    folder = tmp_path / "stores"
    folder.mkdir()
    db = folder / "thing.db"
    _store_with_version(db, SCHEMA_VERSION - 1)
    before = snapshot(folder)
    no_parsing(monkeypatch)
    monkeypatch.setattr(tuiex.app, "run", lambda path: pytest.fail("the explorer opened"))
    rc, out, err = run(capsys, *COMMANDS[command](db, batch))
    assert rc == 2, err
    assert_one_clear_line(err, db)
    for words in (f"store schema {SCHEMA_VERSION - 1}", "Upgrade it in place", "tuiex ingest", "left untouched"):
        assert words in err, err
    assert_untouched(folder, before, db)


def test_ingest_upgrades_a_store_of_the_schema_before(tmp_path: Path):
    db = tmp_path / "old.db"
    _store_with_version(db, SCHEMA_VERSION - 1)
    Store(db).close()
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()[0] == str(SCHEMA_VERSION)
    conn.close()


def test_a_store_damaged_after_opening_is_a_message_not_a_traceback(tmp_path, capsys):
    """Pages overwritten in the middle of a store (a disk error, a bad copy) make reads fail
    after the store opened fine: each command says so in one line."""
    from tuiex.cli import main
    from tuiex.store.db import Store

    db = tmp_path / "s.db"
    Store(db).close()
    con = sqlite3.connect(db)
    con.execute("PRAGMA journal_mode = DELETE")
    con.execute("CREATE TABLE filler AS SELECT 1")
    with con:
        con.executemany("INSERT INTO articles (path, file, content_hash, text, word_count, ingested_at) "
                        "VALUES (?, ?, 'h', ?, 1, 'now')", [(f"p{i}", f"f{i}", "x" * 3000) for i in range(200)])
    con.close()
    data = bytearray(db.read_bytes())
    page = 4096
    for n in range(len(data) // page // 3, len(data) // page):      # the tables' pages, not the schema
        data[n * page:n * page + page] = b"\xff" * page
    db.write_bytes(bytes(data))
    codes = []
    for argv in (["stats", "--db", str(db)], ["export", "--db", str(db)], ["search", "x", "--db", str(db)]):
        codes.append(main(argv))            # an exception here would be the traceback a user sees
        err = capsys.readouterr().err
        assert codes[-1] in (0, 1) or (codes[-1] == 2 and ("cannot read" in err or "is damaged" in err)), (argv, err)
    assert 2 in codes


# --- issue 9: each message says what happened and what to do ------------------------------------------


def _sqlite_error(message: str, code: int) -> sqlite3.OperationalError:
    e = sqlite3.OperationalError(message)
    e.sqlite_errorcode = code
    return e


def test_export_of_a_store_missing_records_fails_with_the_reason(capsys, stored: Path, tmp_path: Path):
    """An export that cannot read every record (here: events whose sentences are gone, as damaged
    pages leave them) must not end as if it were whole."""
    with sqlite3.connect(stored) as conn:
        n_events = conn.execute("SELECT count(*) FROM events").fetchone()[0]
        assert n_events
        conn.execute("DELETE FROM sentences WHERE id IN (SELECT sentence_id FROM events LIMIT 1)")
    conn.close()
    for argv in (["export", "--db", stored], ["export", "--db", stored, "--format", "csv", "--out", tmp_path / "csv"]):
        rc, out, err = run(capsys, *argv)
        assert rc == 2, err
        assert "Traceback" not in err and "is damaged" in err and f"of {n_events} events could not be read" in err
        assert "tuiex ingest" in err


def test_export_of_a_store_with_damaged_pages_fails_before_writing(capsys, stored: Path):
    """Damaged pages that SQLite reads around: PRAGMA quick_check finds them, before a record is out.
    (The page count is set lower than the file: SQLite then reports the pages it never reaches.)"""
    size = stored.stat().st_size
    with open(stored, "ab") as f:                     # pages no table refers to: "never used"
        f.write(b"\0" * 4096 * 2)
    with open(stored, "r+b") as f:                    # the header's page count, now too small by 2
        f.seek(28)
        f.write(((size // 4096) + 2).to_bytes(4, "big"))
    rc, out, err = run(capsys, "export", "--db", stored)
    assert rc == 2 and out == "", err
    assert "is damaged (" in err and "integrity_check" in err, err


@pytest.mark.parametrize("damage", [
    "UPDATE items_fts_config SET v = 0 WHERE k = 'version'",          # "invalid fts5 file format"
    "DELETE FROM sqlite_master WHERE name = 'items_fts_config'",      # "vtable constructor failed"
], ids=["format", "vtable"])
def test_a_damaged_search_index_is_named(capsys, stored: Path, damage: str):
    """Garbage over the full-text index's pages: the message blames the store, not the query."""
    with sqlite3.connect(stored) as conn:
        conn.execute("PRAGMA writable_schema = ON")
        conn.execute(damage)
    conn.close()
    rc, out, err = run(capsys, "search", "russia", "--db", stored)
    assert rc == 2 and "Traceback" not in err
    assert "search index is damaged" in err and "Rebuild the store" in err and "bad query" not in err, err


def test_a_store_on_a_read_only_disk_with_its_log_beside_it(capsys, monkeypatch, stored: Path):
    """What SQLite reports when it cannot make the -shm file to read a store whose -wal file holds
    writes (copied to read-only media with it): 'check that its folder can be written' is no
    advice for a read-only disk."""
    (stored.parent / f"{stored.name}-wal").write_bytes(b"")
    def cannot(path, readonly, immutable=False):
        raise _sqlite_error("unable to open database file", sqlite3.SQLITE_CANTOPEN)
    monkeypatch.setattr(store_db, "_open", cannot)
    rc, out, err = run(capsys, "stats", "--db", stored)
    assert rc == 2
    assert_one_clear_line(err, stored)
    assert "read-only disk" in err and f"Copy {stored.name} together with {stored.name}-wal" in err


@pytest.mark.skipif(os.name != "posix", reason="POSIX file locks")
def test_a_write_ahead_log_deleted_under_an_open_store(stored: Path):
    """Another program holds the store open with writes in its -wal file, which someone deletes:
    SQLite says "disk I/O error"; tuiex says what happened and what to do."""
    import subprocess
    import sys

    holder = sqlite3.connect(stored)
    try:
        holder.execute("PRAGMA wal_autocheckpoint = 0")
        with holder:
            holder.execute("INSERT INTO meta (key, value) VALUES ('x', 'y')")
        (stored.parent / f"{stored.name}-wal").unlink()
        proc = subprocess.run([sys.executable, "-m", "tuiex.cli", "stats", "--db", str(stored)],
                              capture_output=True, text=True, timeout=60)
    finally:
        holder.close()
    assert proc.returncode == 2 and "Traceback" not in proc.stderr
    assert f"write-ahead log {stored.name}-wal was deleted, moved or cut short" in proc.stderr, proc.stderr
    assert "Close every program using the store" in proc.stderr


def test_a_new_store_is_synced_once_whole_before_it_takes_its_name(monkeypatch, tmp_path: Path):
    """A new store is built without a sync per step, so the finished file is synced to disk before it
    is linked into place: the file that gets the store's name is complete, in WAL mode, and on disk."""
    synced: list[tuple[Path, bool, str]] = []
    real = store_db._fsync

    def fsync(path: Path) -> None:
        conn = sqlite3.connect(path)
        try:
            mode = conn.execute("PRAGMA journal_mode").fetchone()[0]
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        finally:
            conn.close()
        synced.append((path, (tmp_path / "new.db").exists(), mode if {"articles", "events"} <= tables else ""))
        real(path)

    monkeypatch.setattr(store_db, "_fsync", fsync)
    Store(tmp_path / "new.db").close()
    assert len(synced) == 1
    path, named_yet, mode = synced[0]
    assert path.parent == tmp_path and path.name.startswith(".new.db.") and not named_yet
    assert mode == "wal"
    assert not path.exists() and (tmp_path / "new.db").exists()
