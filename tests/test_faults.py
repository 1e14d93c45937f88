"""`tuiex ingest` killed with SIGKILL (no handler runs, nothing is rolled back by Python) at
several moments: while the store is being made, in the middle of an article's transaction, and
at seeded random moments after articles start landing. After every kill the store must pass
SQLite's integrity check and hold only whole articles; running the same command again must
complete the batch."""

from __future__ import annotations

import os
import random
import re
import signal
import time
from pathlib import Path

import pytest

from storecheck import article_count, assert_consistent, finish, kill, make_batch, start

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(os.name != "posix", reason="SIGKILL to a process group is POSIX"),
]

BATCH = 24
SEED = 5

# Patches run in the killed process before the CLI starts (see storecheck.BOOT). A `{marker}`
# file tells the test the process reached the point where it now sleeps until killed.

# Inside the transaction of this run's article number {n}: its row, sentences, mentions, events
# and quotes are written, its stories and index entries not yet (stories.assign runs once per
# article, inside its transaction, whether the writer takes one article a transaction or a batch).
STOP_MID_ARTICLE = """
import time, tuiex.store.stories as stories
_assign, _articles = stories.assign, [0]
def assign(conn, article_id):
    _articles[0] += 1
    if _articles[0] == {n} and conn.in_transaction:
        open({marker!r}, "w").close()
        time.sleep(600)
    return _assign(conn, article_id)
stories.assign = assign
"""

# While a new store's tables exist but the store is not yet in place.
STOP_IN_CREATE = """
import time, tuiex.store.db as store_db
_create = store_db._create
def create(db):
    _create(db)
    open({marker!r}, "w").close()
    time.sleep(600)
store_db._create = create
"""

# Every actor merged inside a transaction takes 10 ms longer, so that most of the run is spent inside
# write transactions and a kill at a random moment usually lands in one.
SLOW_WRITES = """
import time, tuiex.store.db as store_db
_merge = store_db.Store._merge_actor
def merge_actor(self, actor, *rest):
    if self.db.conn.in_transaction:
        time.sleep(0.01)
    return _merge(self, actor, *rest)
store_db.Store._merge_actor = merge_actor
"""

INGEST = ["ingest", "batch", "--db", "store.db", "--quiet"]


def wait_for(condition, proc, timeout: float = 90) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert proc.poll() is None, f"tuiex exited ({proc.returncode}) before the moment to kill it: {proc.communicate()}"
        assert time.monotonic() < deadline, "tuiex did not get there in time"
        time.sleep(0.005)


def kill_at_marker(tmp_path: Path, patch: str, **fmt) -> None:
    marker = tmp_path / "marker"
    marker.unlink(missing_ok=True)
    proc = start(INGEST, tmp_path, patch.format(marker=str(marker), **fmt))
    wait_for(marker.exists, proc)
    kill(proc)


def test_sigkill_leaves_whole_articles_and_a_rerun_completes(tmp_path: Path):
    make_batch(tmp_path / "batch", BATCH)
    db = tmp_path / "store.db"
    rnd = random.Random(SEED)

    # 1. Killed while making the store: no store at all (not an empty or half-made file).
    kill_at_marker(tmp_path, STOP_IN_CREATE)
    assert not db.exists()

    # 2. Killed inside the third article's transaction: the first two are there, whole.
    kill_at_marker(tmp_path, STOP_MID_ARTICLE, n=3)
    stored = assert_consistent(db)
    assert len(stored) == 2

    # 3. Killed at random moments after this run's first article is visible to other programs,
    #    with slowed writes (the kill mostly lands inside a transaction) and without.
    for i, delay in enumerate(rnd.uniform(0.0, 0.6) for _ in range(3)):
        before = article_count(db)
        proc = start(INGEST, tmp_path, SLOW_WRITES if i % 2 == 0 else "")
        wait_for(lambda: article_count(db) > before, proc)
        time.sleep(delay)
        kill(proc)
        now = assert_consistent(db)
        assert len(now) > before
        # articles stored earlier are untouched (not rewritten, not torn)
        assert {p: now[p] for p in stored} == stored
        stored = now
    assert len(stored) < BATCH, "the kills came too late to test anything: make the batch bigger"

    # 4. The same command again completes the batch, skipping what is stored.
    rc, out, err = finish(start(INGEST, tmp_path))
    assert rc == 0, err
    assert "Traceback" not in err
    ingested, unchanged = map(int, re.match(r"(\d+) articles ingested \((\d+) unchanged\)", out).groups())
    assert (ingested, unchanged) == (BATCH - len(stored), len(stored))
    final = assert_consistent(db)
    assert sorted(final) == sorted(f"batch/{p.name}" for p in (tmp_path / "batch").iterdir())
    assert {p: final[p] for p in stored} == stored


# --- issue 9: workers die with the main process ------------------------------------------------------

linux_proc = pytest.mark.skipif(not os.path.isdir("/proc/self/task"), reason="reads /proc")


def children(pid: int) -> set[int]:
    found = set()
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as f:
                    stat = f.read()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == pid:     # field 4, after "(comm)": the parent
                found.add(int(entry))
    return found


def alive(pids: set[int]) -> set[int]:
    out = set()
    for pid in pids:
        try:
            with open(f"/proc/{pid}/stat") as f:
                if f.read().rsplit(")", 1)[1].split()[0] != "Z":
                    out.add(pid)
        except OSError:
            pass
    return out


@linux_proc
def test_killing_only_the_main_process_leaves_no_worker_and_ends_its_pipe(tmp_path: Path):
    """SIGKILL to the main process of a --jobs 2 ingest, not to its group (as the out-of-memory killer
    does): its workers exit, so whatever reads its output (`| cat`) sees the end; the store is whole
    and a re-run completes."""
    make_batch(tmp_path / "batch", 12)
    db = tmp_path / "store.db"
    for signum, delay in ((signal.SIGKILL, 0.0), (signal.SIGTERM, 0.3)):
        before = article_count(db)
        proc = start([*INGEST, "--jobs", "2"], tmp_path)
        wait_for(lambda: len(children(proc.pid)) >= 2 and article_count(db) > before, proc)
        time.sleep(delay)
        workers = children(proc.pid)
        os.kill(proc.pid, signum)                   # the main process alone
        try:
            proc.communicate(timeout=30)            # its pipes end: no worker holds them open
            deadline = time.monotonic() + 10
            while alive(workers) and time.monotonic() < deadline:
                time.sleep(0.05)
            assert not alive(workers), f"workers outlived their parent: {alive(workers)}"
        finally:                                    # a failing run leaves no orphan either
            for pid in alive(workers):
                os.kill(pid, signal.SIGKILL)
        assert_consistent(db)
    rc, out, err = finish(start([*INGEST, "--jobs", "2"], tmp_path))
    assert rc == 0, err
    final = assert_consistent(db)
    assert sorted(final) == sorted(f"batch/{p.name}" for p in (tmp_path / "batch").iterdir())
