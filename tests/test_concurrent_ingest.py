"""Two ingests writing one store at the same time: both finish, the store stays sound, every file
is stored once, and actors stay merged (one row per type and name).

Each article's transaction takes the write lock at its start (BEGIN IMMEDIATE), so a second
writer waits for it (busy_timeout) instead of failing. A file both ingests parse is stored by the
first to get there; the second finds the same content and counts it unchanged (different
content would replace it, as a changed file does)."""

from __future__ import annotations

import os
import re
import sqlite3
import threading
from pathlib import Path

import pytest
from storecheck import assert_consistent, finish, make_batch, per_article, start

from tuiex.records import SourceDoc
from tuiex.store.db import Store

posix = pytest.mark.skipif(os.name != "posix", reason="process groups are POSIX")


def summary(out: str) -> tuple[int, int]:
    """(ingested, unchanged) from the line `tuiex ingest` prints."""
    m = re.match(r"(\d+) articles ingested \((\d+) unchanged[,)]", out)
    assert m, out
    return int(m[1]), int(m[2])


def ingest_together(tmp_path: Path, *batches: list[Path]) -> list[tuple[int, int]]:
    """Run one `tuiex ingest` per batch, all at once, into store.db; each must succeed."""
    procs = [start(["ingest", *(str(p.relative_to(tmp_path)) for p in files), "--db", "store.db", "--quiet"], tmp_path)
             for files in batches]
    results = [finish(p) for p in procs]
    for rc, out, err in results:
        assert rc == 0, err
        assert err == ""
    return [summary(out) for _, out, _ in results]


@pytest.mark.slow
@posix
def test_two_ingests_of_the_same_batch_into_a_new_store(tmp_path: Path):
    """Same files, same order, started together: they parse the same file at the same moments,
    and both make the store (which does not exist yet) at once."""
    files = make_batch(tmp_path / "batch", 12)
    (a_new, a_same), (b_new, b_same) = ingest_together(tmp_path, files, files)
    assert a_new + b_new == 12                      # each file written once ...
    assert a_same + b_same == 12                    # ... and found by the other as unchanged
    stored = assert_consistent(tmp_path / "store.db")
    assert sorted(stored) == sorted(f"batch/{p.name}" for p in files)


@pytest.mark.slow
@posix
def test_overlapping_then_disjoint_batches(tmp_path: Path):
    files = make_batch(tmp_path / "batch", 24)
    db = tmp_path / "store.db"
    # overlapping, in opposite orders: they meet on files 6..13 (one of them may parse a file
    # the other is writing), and both merge the same actors all along
    (a_new, a_same), (b_new, b_same) = ingest_together(tmp_path, files[0:14], files[6:20][::-1])
    assert a_new + b_new == 20 and a_same + b_same == 8
    before = assert_consistent(db)
    assert len(before) == 20
    # disjoint, into the store they share
    (c_new, c_same), (d_new, d_same) = ingest_together(tmp_path, files[20:22], files[22:24])
    assert (c_new, c_same, d_new, d_same) == (2, 0, 2, 0)
    after = assert_consistent(db)
    assert sorted(after) == sorted(f"batch/{p.name}" for p in files)
    assert {p: after[p] for p in before} == before


# --- in one process, step by step --------------------------------------------------------------------


@pytest.fixture(scope="module")
def two_copies(tmp_path_factory) -> list:
    """Two articles extracted from copies of one sample: different files, the same actors."""
    from tuiex.ingest.pipeline import extract

    folder = tmp_path_factory.mktemp("copies")
    files = make_batch(folder, 6)
    arts = []
    for f in (files[0], files[5]):
        arts.append(extract(SourceDoc(path=f"batch/{f.name}", file=f.name,
                                      raw=f.read_text(encoding="utf-8"), content_hash=f.name)))
    return arts


def test_a_writer_waits_for_another_writers_transaction(tmp_path: Path, monkeypatch, two_copies):
    """Writer 2 has begun its article (it has looked the path up) when writer 1, another
    connection, writes an article sharing all its actors. Writer 1 must wait until writer 2
    commits, not commit in between: then writer 2's write would meet a store changed under it
    (SQLITE_BUSY at once, no waiting) and fail mid-batch."""
    path = tmp_path / "store.db"
    first, second = Store(path), Store(path)
    mine, theirs = two_copies
    other: dict = {}

    def write_theirs():
        try:
            other["id"] = first.write_article(theirs)
        except BaseException as e:  # noqa: BLE001 - reported below
            other["error"] = e

    thread = threading.Thread(target=write_theirs)
    merge = Store._merge_actor

    def merge_and_interleave(self, actor, *rest):   # writer 2 has looked its path up and written its article row
        if self is second and not thread.is_alive() and not other:
            thread.start()
            thread.join(timeout=1.0)        # writer 1 commits now, unless it waits for writer 2
        return merge(self, actor, *rest)

    monkeypatch.setattr(Store, "_merge_actor", merge_and_interleave)
    try:
        assert second.write_article(mine) is not None
        thread.join(timeout=30)
        assert not thread.is_alive()
        assert "error" not in other, other.get("error")
        assert other["id"] is not None
    finally:
        first.close()
        second.close()
    stored = assert_consistent(path)
    assert sorted(stored) == sorted(a.path for a in two_copies)


def test_the_same_content_written_twice_is_kept_once(tmp_path: Path, two_copies):
    """What the second of two ingests that both parsed one file does when it comes to write it."""
    path = tmp_path / "store.db"
    art = two_copies[0]
    store = Store(path)
    try:
        first_id = store.write_article(art)
        before = per_article(path)
        assert store.write_article(art) is None     # already there: left as it is, not rewritten
        assert per_article(path) == before
        assert store.db.execute("SELECT id FROM articles").fetchall() == [(first_id,)]
    finally:
        store.close()
    assert len(assert_consistent(path)) == 1


def test_a_store_locked_too_long_gives_a_clear_message(capsys, monkeypatch, tmp_path: Path):
    """Another program holds the write lock for longer than a writer waits (busy_timeout)."""
    import tuiex.store.db as store_db
    from tuiex.cli import main

    files = make_batch(tmp_path / "batch", 2)
    db = tmp_path / "store.db"
    Store(db).close()
    monkeypatch.setattr(store_db, "BUSY_TIMEOUT_MS", 200)
    holder = sqlite3.connect(db)
    holder.execute("BEGIN IMMEDIATE")
    try:
        capsys.readouterr()
        rc = main(["ingest", *map(str, files), "--db", str(db), "--quiet"])
        out, err = capsys.readouterr()
    finally:
        holder.rollback()
        holder.close()
    assert rc == 2
    assert out == "" and "Traceback" not in err and err.count("\n") == 1
    assert err.startswith(f"tuiex: cannot write to {db}: another program kept it locked for over 0.2 seconds")
    assert "nothing was written" in err and "run the same command again" in err
    assert per_article(db) == {}


@pytest.mark.slow
@posix
def test_two_ingests_of_two_copies_of_a_batch_store_it_once(tmp_path: Path):
    """Each ingest has its own copy of the same files (other paths, the same text), started
    together: whichever writes an article first keeps it, the other reports its copy as a
    duplicate, so no story gets a second 'source' that is the same text."""
    files = make_batch(tmp_path / "batch", 6)
    mirror = tmp_path / "mirror"
    mirror.mkdir()
    copies = []
    for f in files:
        copies.append(mirror / f.name)
        copies[-1].write_bytes(f.read_bytes())
    procs = [start(["ingest", *(str(p.relative_to(tmp_path)) for p in batch), "--db", "store.db", "--quiet"],
                   tmp_path) for batch in (files, copies)]
    results = [finish(p) for p in procs]
    written, duplicates = 0, 0
    for rc, out, err in results:
        assert rc == 0, err
        written += summary(out)[0]
        duplicates += len(re.findall(r"^skipped \S+: same text as \S+ already in the store$", err, re.M))
    assert (written, duplicates) == (6, 6)
    stored = assert_consistent(tmp_path / "store.db")
    assert sorted(Path(p).name for p in stored) == sorted(f.name for f in files)


def test_a_copy_written_by_another_store_connection_is_a_duplicate(tmp_path: Path, two_copies):
    """The check is made under the write lock: a writer that parsed its copy before the other's
    article was committed still finds it when it comes to write."""
    from dataclasses import replace

    from tuiex.store.db import Duplicate

    path = tmp_path / "store.db"
    first, second = Store(path), Store(path)
    art = two_copies[0]
    copy = replace(art, path="mirror/" + art.file, content_hash="other bytes")
    try:
        assert second.text_owner("no such digest", copy.path) is None
        assert isinstance(first.write_article(art), int)
        assert second.write_article(copy) == Duplicate(art.path)
        assert second.write_article(art) is None                # its own path: unchanged, as before
    finally:
        first.close()
        second.close()
    assert list(assert_consistent(path)) == [art.path]


WRITE_ONE = """
import sqlite3, sys
conn = sqlite3.connect(sys.argv[1])
conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('lock-test', ?)", (sys.argv[2],))
conn.commit()
conn.close()
"""


@posix
def test_an_open_explorer_sees_every_later_ingest(tmp_path: Path):
    """The explorer's reader keeps several connections (one per worker thread, one for the change
    check). Opening the second must not drop the first one's lock on the store: if it did (a
    header read closing a descriptor of the file cancels this process's POSIX locks), a writer
    closing after its commit would find itself the store's last user, delete the -wal and -shm
    files, and the reader would never see another write."""
    import subprocess
    import sys

    from tuiex.store.reader import Reader

    path = tmp_path / "store.db"
    Store(path).close()
    reader = Reader(path)               # one connection ...
    try:
        versions = [reader.data_version()]      # ... and a second, for the change check
        for n in range(3):
            subprocess.run([sys.executable, "-c", WRITE_ONE, str(path), str(n)], check=True)
            versions.append(reader.data_version())
            assert reader._value("SELECT value FROM meta WHERE key = 'lock-test'") == str(n)
        assert len(set(versions)) == 4, versions
    finally:
        reader.close()
