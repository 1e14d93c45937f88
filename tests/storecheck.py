"""Helpers for the fault tests (test_faults, test_store_errors, test_concurrent_ingest): a batch of
distinct article files, running `tuiex` in a subprocess, and a deep check that a store holds only
whole articles."""

from __future__ import annotations

import functools
import os
import re
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = sorted((ROOT / "data" / "articles").glob("*.txt"))


def make_batch(folder: Path, n: int) -> list[Path]:
    """`n` article files: the sample articles in turn, each with its own closing line so that no
    two have the same content hash. Copies of one sample extract to the same counts."""
    folder.mkdir(parents=True, exist_ok=True)
    files = []
    for i in range(n):
        sample = SAMPLES[i % len(SAMPLES)]
        path = folder / f"{i:02d}_{sample.name}"
        path.write_text(_copy(sample, i), encoding="utf-8")
        files.append(path)
    return files


def _copy(sample: Path, i: int) -> str:
    """The sample with a line of its own before its last body paragraph. Not at the end: the
    samples end in site chrome, which cleaning cuts with whatever follows it, and copies whose
    cleaned text is the same are one article to the store (the others are duplicates)."""
    from tuiex.ingest.clean import clean

    text = sample.read_text(encoding="utf-8")
    last = clean(text, None).text.rsplit("\n\n", 1)[-1]
    at = text.rfind(last)
    assert at >= 0, sample
    return f"{text[:at]}Batch copy {i:02d}.\n\n{text[at:]}"


@functools.cache
def expected_rows() -> dict[str, tuple[int, int, int, int]]:
    """Sample name -> the (sentences, mentions, events, quotes) a whole copy of it is stored with,
    from extracting a copy here (the closing line adds a sentence and nothing else)."""
    from tuiex.ingest.pipeline import extract
    from tuiex.records import SourceDoc

    rows = {}
    for sample in SAMPLES:
        art = extract(SourceDoc(path=sample.name, file=sample.name, raw=_copy(sample, 99), content_hash="-"))
        rows[sample.name] = (len(art.sentences), len(art.mentions), len(art.events), len(art.quotes))
    return rows


def sample_of(file: str) -> str:
    """The sample article a batch file was copied from ("07_002_cfac....txt" -> "002_cfac....txt")."""
    return Path(file).name.split("_", 1)[1]


# -- running tuiex in a subprocess ------------------------------------------------------------------

# Runs the CLI after an optional patch, given as Python source in TUIEX_TEST_PATCH. The patch
# can stop the process at an exact point (write a marker file, then sleep until killed).
BOOT = """
import os, sys
exec(os.environ.get("TUIEX_TEST_PATCH", ""))
from tuiex.cli import main
sys.exit(main(sys.argv[1:]))
"""


def start(argv: list[str], cwd: Path, patch: str = "") -> subprocess.Popen:
    """`tuiex ARGV...` in its own process group (so a kill reaches any worker it started)."""
    env = dict(os.environ, TUIEX_TEST_PATCH=patch, PYTHONUNBUFFERED="1")
    return subprocess.Popen(
        [sys.executable, "-c", BOOT, *argv], cwd=cwd, env=env, start_new_session=True,
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )


def finish(proc: subprocess.Popen, timeout: float = 120) -> tuple[int, str, str]:
    out, err = proc.communicate(timeout=timeout)
    return proc.returncode, out, err


def kill(proc: subprocess.Popen) -> None:
    """SIGKILL the process and its group: no handler, no cleanup, no rollback."""
    try:
        os.killpg(proc.pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
    proc.communicate(timeout=60)


def article_count(db: Path) -> int:
    """Committed articles, read the way a second program would (0 while there is no store yet)."""
    if not db.exists():
        return 0
    try:
        conn = sqlite3.connect(db.absolute().as_uri() + "?mode=ro", uri=True, timeout=5)
        try:
            return conn.execute("SELECT count(*) FROM articles").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.OperationalError:        # not created yet
        return 0


# -- checking a store -------------------------------------------------------------------------------


def per_article(db: Path) -> dict[str, tuple[str, int, int, int, int]]:
    """path -> (content hash, sentences, mentions, events, quotes)."""
    with sqlite3.connect(db) as conn:
        rows = conn.execute(
            """SELECT a.path, a.content_hash,
                      (SELECT count(*) FROM sentences s WHERE s.article_id = a.id),
                      (SELECT count(*) FROM mentions m WHERE m.article_id = a.id),
                      (SELECT count(*) FROM events e WHERE e.article_id = a.id),
                      (SELECT count(*) FROM quotes q WHERE q.article_id = a.id)
               FROM articles a"""
        ).fetchall()
    return {r[0]: tuple(r[1:]) for r in rows}


def fts_tables(conn: sqlite3.Connection) -> dict[str, str]:
    """The store's FTS5 tables and the table or view each indexes (external content)."""
    found = {}
    for name, sql in conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL TABLE%'"):
        if re.search(r"USING\s+fts5", sql, re.IGNORECASE):
            content = re.search(r"content\s*=\s*['\"]?(\w+)", sql, re.IGNORECASE)
            assert content, f"{name} is not an external-content index: {sql}"
            found[name] = content.group(1)
    return found


def assert_consistent(db: Path, copies: bool = True) -> dict[str, tuple]:
    """The store is sound and holds only whole articles; returns `per_article(db)`. With
    `copies`, the articles are a `make_batch` batch, and each must have every row extraction
    gives it."""
    conn = sqlite3.connect(db)
    try:
        q = conn.execute
        assert q("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert q("PRAGMA foreign_key_check").fetchall() == []
        fts = fts_tables(conn)
        assert fts, "no full-text index"
        for table, content in fts.items():
            # rank 1: compare the full-text index with its content table or view, not only with itself
            q(f"INSERT INTO {table}({table}, rank) VALUES('integrity-check', 1)")
            n_indexed = q(f"SELECT count(*) FROM {table}_docsize").fetchone()[0]
            assert n_indexed == q(f"SELECT count(*) FROM {content}").fetchone()[0], f"{table} out of step"
        for table in ("sentences", "mentions", "events", "quotes"):
            orphans = q(f"SELECT count(*) FROM {table} WHERE article_id NOT IN (SELECT id FROM articles)").fetchone()[0]
            assert orphans == 0, f"{orphans} {table} rows of a missing article"
        for table in ("mentions", "events", "quotes"):
            orphans = q(f"""SELECT count(*) FROM {table} t WHERE NOT EXISTS
                            (SELECT 1 FROM sentences s WHERE s.id = t.sentence_id AND s.article_id = t.article_id)""").fetchone()[0]
            assert orphans == 0, f"{orphans} {table} rows whose sentence is missing or in another article"
        n_articles = q("SELECT count(*) FROM articles").fetchone()[0]
        assert n_articles == q("SELECT count(DISTINCT article_id) FROM sentences").fetchone()[0]
        for article_id, n, top in q("SELECT article_id, count(*), max(idx) FROM sentences GROUP BY article_id"):
            assert top == n - 1, f"article {article_id}: sentences 0..{top} but {n} rows"
        assert q("SELECT count(*) - count(DISTINCT path) FROM articles").fetchone()[0] == 0
        unused = q("""SELECT name FROM actors WHERE id NOT IN (SELECT actor_id FROM mentions)
                      AND id NOT IN (SELECT source_id FROM events WHERE source_id IS NOT NULL)
                      AND id NOT IN (SELECT target_id FROM events WHERE target_id IS NOT NULL)
                      AND id NOT IN (SELECT speaker_id FROM quotes WHERE speaker_id IS NOT NULL)""").fetchall()
        assert unused == [], f"actors nothing refers to: {unused}"
        # actors are merged by alias: one row per (type, folded name)
        twins = q("SELECT type, norm, count(*) FROM actors GROUP BY type, norm HAVING count(*) > 1").fetchall()
        assert twins == [], f"actors stored twice: {twins}"
        assert q("SELECT count(*) FROM aliases WHERE actor_id NOT IN (SELECT id FROM actors)").fetchone()[0] == 0
        assert_actor_aggregates(conn)
    finally:
        conn.close()
    counts = per_article(db)
    if not copies:
        return counts
    # Every article has all its rows: a copy of a sample has exactly what extracting it gives.
    expected = expected_rows()
    torn = {p: (n, expected[sample_of(p)]) for p, (_, *n) in counts.items() if tuple(n) != expected[sample_of(p)]}
    assert not torn, f"articles stored without all their rows (stored, whole): {torn}"
    return counts


def assert_actor_aggregates(conn: sqlite3.Connection) -> None:
    """The actor aggregates the writer keeps (actor_stats.py) equal counting the rows now."""
    q = conn.execute
    kept = {r[0]: r[1:] for r in q("SELECT actor_id, n_as_source, n_as_target, n_both, n_quotes, "
                                   "n_mentions FROM actor_stats") if any(r[1:])}
    counted = {r[0]: r[1:] for r in q("""SELECT id,
        (SELECT count(*) FROM events WHERE source_id = a.id),
        (SELECT count(*) FROM events WHERE target_id = a.id),
        (SELECT count(*) FROM events WHERE source_id = a.id AND target_id = a.id),
        (SELECT count(*) FROM quotes WHERE speaker_id = a.id),
        (SELECT count(*) FROM mentions WHERE actor_id = a.id) FROM actors a""") if any(r[1:])}
    assert kept == counted, "actor_stats out of step"
    pairs = set(q("SELECT actor_id, other_id, n FROM actor_pairs"))
    expected = set(q("""SELECT a, o, count(*) FROM (
        SELECT source_id AS a, target_id AS o FROM events WHERE source_id != target_id
        UNION ALL SELECT target_id, source_id FROM events WHERE source_id != target_id) GROUP BY a, o"""))
    assert pairs == expected, "actor_pairs out of step"
    seen = set(q("SELECT actor_id, published, article_id FROM actor_articles"))
    expected = set(q("""SELECT DISTINCT m.actor_id, a.published, a.id FROM mentions m
                        JOIN articles a ON a.id = m.article_id WHERE a.published IS NOT NULL"""))
    assert seen == expected, "actor_articles out of step"
    words = set(q("SELECT word, actor_id FROM actor_words"))
    expected = {(w, a) for a, norm in q("SELECT id, norm FROM actors UNION SELECT actor_id, norm FROM aliases")
                for w in norm.split()}
    assert words == expected, "actor_words out of step"
