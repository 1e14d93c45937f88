"""Batched writes (issue 17): `Store.write_articles` stores several articles in one transaction and
indexes and counts them together at its end (search_index.index_articles, actor_stats.add_articles).
The store it leaves must be exactly the one `write_article`, one article a transaction, leaves:
the same rows with the same ids, and the same full-text index, token by token. A batch that
replaces one of its own articles (the same path again, new content) is the hard case: the article
is taken out of the index before it has been put in, unless the batch indexes what it has written
first."""

from __future__ import annotations

import copy
import sqlite3
from pathlib import Path

import pytest
from storecheck import SAMPLES

from tuiex.ingest.pipeline import extract
from tuiex.ingest.readers import read_documents
from tuiex.records import Article, SourceDoc
from tuiex.store.db import Store


@pytest.fixture(scope="module")
def extracted() -> list[Article]:
    docs = [d for d in read_documents([str(p) for p in SAMPLES]) if isinstance(d, SourceDoc)]
    assert len(docs) >= 3
    return [extract(d) for d in docs]


def sequence(extracted: list[Article]) -> list[Article]:
    """Each sample three times under other paths, then two of them replaced by another sample's
    content (new hashes) while their batch is still open, and one sent again unchanged."""
    out = []
    for i in range(3 * len(extracted)):
        art = copy.copy(extracted[i % len(extracted)])
        art.path, art.content_hash = f"in/{i}.txt", f"hash-{i}"
        out.append(art)
    for i, j in ((1, 2), (len(out) - 2, 0)):
        art = copy.copy(extracted[j])
        art.path, art.content_hash = f"in/{i}.txt", f"hash-{i}-again"
        out.append(art)
    out.append(copy.copy(out[3]))                   # unchanged: left as it is
    return out


def snapshot(db: Path) -> dict[str, list]:
    """Every row of every table (but the write time and FTS5's own storage), in order, and every
    token instance of every full-text index (fts5vocab 'instance': term, row, column, offset)."""
    conn = sqlite3.connect(db)
    try:
        out: dict[str, list] = {}
        tables = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE '%fts%' "
            "AND name NOT LIKE 'sqlite_%'")]
        for table in tables:
            cols = [r[1] for r in conn.execute(f"PRAGMA table_info({table})") if r[1] != "ingested_at"]
            out[table] = conn.execute(f"SELECT {', '.join(cols)} FROM {table} ORDER BY {', '.join(cols)}").fetchall()
        for fts in [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE sql LIKE 'CREATE VIRTUAL%fts5%'")]:
            conn.execute(f"INSERT INTO {fts}({fts}) VALUES ('integrity-check')")
            conn.execute(f"CREATE VIRTUAL TABLE temp.v_{fts} USING fts5vocab(main, {fts}, instance)")
            out[fts] = conn.execute(f"SELECT * FROM temp.v_{fts} ORDER BY 1, 2, 3, 4").fetchall()
        return out
    finally:
        conn.close()


def test_batches_write_the_store_one_article_a_transaction_writes(tmp_path: Path, extracted):
    arts = sequence(extracted)
    single = Store(tmp_path / "single.db")
    try:
        single_ids = [single.write_article(a) for a in arts]
    finally:
        single.close()
    batched = Store(tmp_path / "batched.db")
    try:
        half = len(arts) // 2 + 1                   # the second batch replaces an article of its own
        batched_ids = batched.write_articles(arts[:half]) + batched.write_articles(arts[half:])
    finally:
        batched.close()
    assert batched_ids == single_ids
    assert single_ids[-1] is None and None not in single_ids[:-1]
    want, got = snapshot(tmp_path / "single.db"), snapshot(tmp_path / "batched.db")
    assert want["events"] and want["items_fts"] and want["story_events"]
    assert want.keys() == got.keys()
    for table in want:
        assert got[table] == want[table], table


def test_a_batch_that_fails_leaves_nothing_of_itself(tmp_path: Path, extracted, monkeypatch):
    """A failure at the batch's indexing step rolls the whole batch back, and the next batch of
    the same Store is indexed in full (nothing of the failed one is left pending)."""
    from tuiex.store import search_index

    arts = sequence(extracted)[:4]
    store = Store(tmp_path / "s.db")
    try:
        store.write_articles(arts[:2])
        original = search_index.index_articles

        def fail(conn, article_ids):
            raise sqlite3.OperationalError("disk I/O error")

        monkeypatch.setattr(search_index, "index_articles", fail)
        with pytest.raises(Exception, match="disk"):
            store.write_articles(arts[2:])
        monkeypatch.setattr(search_index, "index_articles", original)
        store.write_articles(arts[2:])
    finally:
        store.close()
    reference = Store(tmp_path / "ref.db")
    try:
        reference.write_articles(arts)
    finally:
        reference.close()
    assert snapshot(tmp_path / "s.db") == snapshot(tmp_path / "ref.db")


def test_a_killed_writer_keeps_every_article_it_committed(tmp_path: Path, extracted):
    """The writer commits without an fsync (WAL, synchronous=NORMAL): a process that dies without
    closing the store (no checkpoint, the WAL file left behind) still leaves every committed article,
    whole, and the same store as one closed properly. Only an OS crash may lose the last commits."""
    import os
    import pickle
    import subprocess
    import sys

    arts = sequence(extracted)[:4]
    (tmp_path / "arts.pickle").write_bytes(pickle.dumps(arts))
    code = (
        "import os, pickle, sys\n"
        "from tuiex.store.db import Store\n"
        "arts = pickle.loads(open(sys.argv[1], 'rb').read())\n"
        "store = Store(sys.argv[2])\n"
        "assert store.db.conn.execute('PRAGMA synchronous').fetchone()[0] == 1\n"   # NORMAL
        "store.write_article(arts[0])\n"
        "store.write_articles(arts[1:])\n"
        "os._exit(0)\n"                                                  # no close, no checkpoint
    )
    subprocess.run([sys.executable, "-c", code, str(tmp_path / "arts.pickle"), str(tmp_path / "killed.db")],
                   check=True, env={**os.environ, "PYTHONPATH": ":".join(sys.path)})
    assert (tmp_path / "killed.db-wal").stat().st_size > 0          # the articles are in the WAL only
    reference = Store(tmp_path / "ref.db")
    try:
        reference.write_article(arts[0])
        reference.write_articles(arts[1:])
    finally:
        reference.close()
    got, want = snapshot(tmp_path / "killed.db"), snapshot(tmp_path / "ref.db")
    assert len(want["articles"]) == 4
    assert got == want


def test_the_writer_checkpoints_its_wal_past_writer_checkpoint_pages(tmp_path: Path, extracted):
    """Each checkpoint costs syncs, so the writer lets the WAL grow to WRITER_CHECKPOINT_PAGES
    instead of SQLite's 1,000 pages: past 1,000 pages the file keeps growing (after a checkpoint
    SQLite writes the WAL from its start again), and the store closes whole and the same."""
    from tuiex.store.db import WRITER_CHECKPOINT_PAGES

    assert WRITER_CHECKPOINT_PAGES > 1500
    frame = 4096 + 24                               # a page and its frame header (sqlite.org/fileformat2.html)
    store = Store(tmp_path / "s.db")
    arts = []
    try:
        while (tmp_path / "s.db-wal").stat().st_size < 1500 * frame:
            assert len(arts) < 200, "the WAL does not grow past SQLite's default checkpoint"
            art = copy.copy(extracted[len(arts) % len(extracted)])
            art.path, art.content_hash = f"in/{len(arts)}.txt", f"hash-{len(arts)}"
            art.text = f"{art.text}\n{len(arts)}"   # a text of its own: not a duplicate
            arts.append(art)
            assert isinstance(store.write_article(art), int)
    finally:
        store.close()
    assert not (tmp_path / "s.db-wal").exists()    # the close checkpoints all of it
    reference = Store(tmp_path / "ref.db")
    try:
        reference.write_articles(arts)
    finally:
        reference.close()
    assert snapshot(tmp_path / "s.db") == snapshot(tmp_path / "ref.db")


def test_a_source_with_no_mention_and_no_target_is_counted(tmp_path):
    """An event's source need not be among the article's mentions (a demonym the pipeline resolves as
    the actor of "Indian shelling"); with no target either, its source-and-target count is 0, not the
    NULL that `source_id = target_id` gives and actor_stats.n_both refuses."""
    from extracting import extract_text

    art = extract_text("Pakistan, June 2 – At least three farmers have been killed by Indian shelling inside "
                       "Kashmir, officials said.", "2024-03-05", headline=True)
    assert [(e.type, e.source, e.target) for e in art.events] == [("ASSAULT", "country:india", None)]
    assert "country:india" not in {m.actor_key for m in art.mentions}
    store = Store(tmp_path / "s.db")
    store.write_article(art)
    conn = sqlite3.connect(tmp_path / "s.db")
    assert conn.execute("SELECT s.n_as_source, s.n_both FROM actor_stats s JOIN actors a ON a.id = s.actor_id "
                        "WHERE a.name = 'India'").fetchall() == [(1, 0)]
