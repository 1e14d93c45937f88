"""`tuiex ingest --jobs N`: extraction in worker processes, one writer, the same store as a
serial run; a document that fails or kills its worker costs that document only."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest
from storecheck import _copy

from tuiex.batch import ingest
from tuiex.cli import main
from tuiex.ingest import pipeline

SAMPLE = Path(__file__).resolve().parent.parent / "data" / "articles"
fork_only = pytest.mark.skipif(os.name != "posix" or not hasattr(os, "fork"),
                               reason="the test's monkeypatch reaches workers only when they fork")


def _corpus(tmp_path: Path, copies: int = 2) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    for n in range(copies):
        for src in sorted(SAMPLE.glob("*.txt")):
            # its own line inside the text: copies with one cleaned text would be duplicates, stored once
            (folder / f"{n}_{src.name}").write_text(_copy(src, n), encoding="utf-8")
    return folder


def _dump(db: Path) -> dict[str, list]:
    con = sqlite3.connect(db)
    try:
        out = {}
        for table, cols in {"articles": "id, path, title, published, text",
                            "actors": "id, name, type, country, role",
                            "events": "id, article_id, type, source_id, target_id, summary, date, start, end, tkey",
                            "quotes": "id, article_id, speaker_id, text, date, start, end, tkey",
                            "mentions": "id, article_id, actor_id, start, end"}.items():
            out[table] = con.execute(f"SELECT {cols} FROM {table} ORDER BY id").fetchall()
        out["fts"] = con.execute("SELECT rowid FROM items_fts WHERE items_fts MATCH 'russia' ORDER BY rowid").fetchall()
        return out
    finally:
        con.close()


def test_jobs_2_writes_the_same_store_as_jobs_1(tmp_path, monkeypatch):
    folder = _corpus(tmp_path)
    monkeypatch.chdir(tmp_path)
    assert main(["ingest", "in", "--db", "one.db", "--quiet", "--jobs", "1"]) == 0
    assert main(["ingest", "in", "--db", "two.db", "--quiet", "--jobs", "2"]) == 0
    one, two = _dump(tmp_path / "one.db"), _dump(tmp_path / "two.db")
    assert len(one["articles"]) == 2 * len(list(SAMPLE.glob("*.txt")))
    assert one["events"] and one == two
    # and a second run in parallel finds every file unchanged
    assert main(["ingest", "in", "--db", "two.db", "--quiet", "--jobs", "2"]) == 0
    assert _dump(tmp_path / "two.db") == two
    del folder


@fork_only
def test_a_failing_document_is_skipped_and_the_rest_lands(tmp_path, monkeypatch):
    folder = _corpus(tmp_path, copies=1)
    real = pipeline.prepare     # every document passes here, alone or in a worker's chunk

    def prepare(doc):
        if "turkey" in Path(doc.path).name.lower() or doc.path.endswith(sorted(os.listdir(folder))[0]):
            raise RuntimeError("boom in a worker")
        return real(doc)

    monkeypatch.setattr(pipeline, "prepare", prepare)
    summary = ingest([str(folder)], str(tmp_path / "s.db"), jobs=2)
    assert summary.skipped and all("boom in a worker" in s.reason for s in summary.skipped)
    assert summary.articles == len(os.listdir(folder)) - len(summary.skipped) > 0


@fork_only
def test_a_worker_that_dies_costs_its_document_only(tmp_path, monkeypatch):
    folder = _corpus(tmp_path, copies=1)
    victim = sorted(os.listdir(folder))[2]
    real = pipeline.prepare     # every document passes here, alone or in a worker's chunk

    def prepare(doc):
        if doc.path.endswith(victim):
            os._exit(9)                      # as if killed, or out of memory
        return real(doc)

    monkeypatch.setattr(pipeline, "prepare", prepare)
    summary = ingest([str(folder)], str(tmp_path / "s.db"), jobs=2)
    assert [Path(s.path).name for s in summary.skipped] == [victim]
    assert "worker process died" in summary.skipped[0].reason
    assert summary.articles == len(os.listdir(folder)) - 1


def test_jobs_must_be_a_count(capsys):
    with pytest.raises(SystemExit) as e:
        main(["ingest", "x", "--jobs", "many"])
    assert e.value.code == 2
    assert "not a number of jobs" in capsys.readouterr().err


@pytest.mark.skipif(not os.path.isdir("/proc/self") or not hasattr(os, "fork"), reason="forks, reads /proc")
def test_the_parent_watchdog_ends_a_worker_whose_parent_died():
    """Where the kernel cannot be asked to kill a worker with its parent (macOS), the watchdog does:
    a worker started without PR_SET_PDEATHSIG exits within seconds of its parent's death."""
    import subprocess
    import sys
    import time

    code = """
import os, sys, time
from tuiex.ingest import extractor
sys.platform = "darwin"                 # no PR_SET_PDEATHSIG: the watchdog alone
extractor.WATCHDOG_SECONDS = 0.1
parent = os.getpid()
child = os.fork()
if child == 0:
    extractor._die_with_parent(parent)
    time.sleep(60)
    os._exit(0)
print(child, flush=True)
os._exit(0)                             # the parent dies at once, as if killed
"""
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    child = int(out.stdout.split()[0])

    def alive() -> bool:
        try:
            with open(f"/proc/{child}/stat") as f:
                return f.read().rsplit(")", 1)[1].split()[0] != "Z"
        except OSError:
            return False

    deadline = time.monotonic() + 10
    while alive() and time.monotonic() < deadline:
        time.sleep(0.05)
    if alive():
        os.kill(child, 9)
        pytest.fail("the worker outlived its parent")
