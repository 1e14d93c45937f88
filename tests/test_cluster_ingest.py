"""`tuiex ingest --cluster local:N` and `--scheduler ADDRESS`: extraction on a real Dask cluster
(worker processes), one writer: the same store as a serial run; a killed worker loses nothing; a
document that kills workers is skipped with its reason; a lost scheduler stops the batch and a
re-run completes it; batched writes leave whole articles when the writer is killed."""

from __future__ import annotations

import logging
import os
import re
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from storecheck import assert_consistent, finish, kill, make_batch, start
from test_faults import STOP_MID_ARTICLE, wait_for
from test_parallel_ingest import SAMPLE, _corpus, _dump

from tuiex.batch import ingest
from tuiex.cli import main
from tuiex.ingest import pipeline
from tuiex.ingest.cluster import ClusterError

PRELOAD = Path(__file__).resolve().parent / "cluster_preload.py"


@pytest.fixture(scope="module")
def scheduler():
    """A LocalCluster of 2 worker processes whose workers die on marked documents (see
    cluster_preload.py); a document is given up after killing 2 workers (allowed-failures 1)."""
    import dask
    from distributed import LocalCluster

    with dask.config.set({"distributed.worker.preload": [str(PRELOAD)],
                          "distributed.scheduler.allowed-failures": 1,
                          "distributed.scheduler.worker-saturation": 1.0}):
        cluster = LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                               dashboard_address=None, silence_logs=logging.CRITICAL)
    try:
        yield cluster.scheduler_address
    finally:
        cluster.close()


def test_cluster_local_2_writes_the_same_store_as_a_serial_run(tmp_path, monkeypatch, capsys):
    _corpus(tmp_path)
    monkeypatch.chdir(tmp_path)
    assert main(["ingest", "in", "--db", "serial.db", "--quiet"]) == 0
    assert main(["ingest", "in", "--db", "cluster.db", "--quiet", "--cluster", "local:2"]) == 0
    serial, cluster = _dump(tmp_path / "serial.db"), _dump(tmp_path / "cluster.db")
    assert len(serial["articles"]) == 2 * len(list(SAMPLE.glob("*.txt")))
    assert serial["events"] and serial == cluster
    assert "Traceback" not in capsys.readouterr().err


def test_a_worker_killed_mid_run_loses_nothing(tmp_path, monkeypatch, scheduler):
    folder = _corpus(tmp_path)
    killed = tmp_path / "killed"
    victim = sorted(folder.iterdir())[3]
    victim.write_text(victim.read_text(encoding="utf-8") + f"\nKILL-ONCE {killed}\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    serial = ingest(["in"], "serial.db")
    summary = ingest(["in"], "cluster.db", scheduler=scheduler)
    assert killed.exists(), "no worker was killed"
    assert summary.skipped == []
    assert summary.articles == serial.articles == len(list(folder.iterdir()))
    assert _dump(tmp_path / "cluster.db") == _dump(tmp_path / "serial.db")


def test_a_poison_document_is_skipped_with_its_reason(tmp_path, monkeypatch, scheduler):
    folder = _corpus(tmp_path, copies=1)
    monkeypatch.chdir(tmp_path)
    ingest(["in"], "serial.db")                  # the store without the poison document
    sample = sorted(folder.iterdir())[1]
    poison = folder / f"{sample.name[:2]}poison.txt"   # sorted among the others
    poison.write_text(sample.read_text(encoding="utf-8") + "\nPOISON-PILL\n", encoding="utf-8")
    summary = ingest(["in"], "cluster.db", scheduler=scheduler)
    assert [(s.path, s.reason) for s in summary.skipped] == [(
        f"in/{poison.name}",
        "extraction failed: it killed 2 workers in turn (each worker process died on it; Dask gave up on it)")]
    assert summary.articles == len(list(folder.iterdir())) - 1
    assert _dump(tmp_path / "cluster.db") == _dump(tmp_path / "serial.db")


def test_the_workers_read_the_files_and_unchanged_records_are_not_parsed(tmp_path, monkeypatch, scheduler):
    """Only file names go to the cluster: this process cannot read a file (its reader fails here,
    not in the worker processes), yet the store is the serial run's, JSON lines records included;
    run again, every record is found unchanged by the workers, and nothing is written."""
    import json

    from tuiex.ingest import readers

    folder = _corpus(tmp_path, copies=1)
    texts = [p.read_text(encoding="utf-8") for p in sorted(folder.iterdir())[:3]]
    (folder / "wire.jsonl").write_text(
        "".join(json.dumps({"text": t.replace("Batch copy", "Wire copy"), "published": "2019-05-0" + str(i + 1)}) + "\n"
                for i, t in enumerate(texts)), encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    serial = ingest(["in"], "serial.db")
    assert serial.skipped == []

    def not_here(*_args, **_kwargs):
        raise AssertionError("the ingesting process read a file")

    monkeypatch.setattr(readers, "_read_file", not_here)
    summary = ingest(["in"], "cluster.db", scheduler=scheduler)
    assert summary.skipped == [] and summary.articles == serial.articles
    assert _dump(tmp_path / "cluster.db") == _dump(tmp_path / "serial.db")
    again = ingest(["in"], "cluster.db", scheduler=scheduler)
    assert (again.articles, again.unchanged, again.skipped) == (0, serial.articles, [])


def test_a_cluster_batch_with_no_article_makes_no_store(tmp_path, monkeypatch, scheduler, capsys):
    """The workers read the files, so only their results show there is nothing to store: an empty
    file and an unreadable one leave no store behind, as in a serial run; the CLI says so (exit 2).
    An existing store is opened as before, and an article among them makes the store."""
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "empty.txt").write_text("", encoding="utf-8")
    (folder / "bad.json").write_text("{not json", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    summary = ingest(["in"], "none.db", scheduler=scheduler)
    assert summary.nothing_to_read and summary.articles == 0 and len(summary.skipped) == 2
    assert not (tmp_path / "none.db").exists()
    assert main(["ingest", "in", "--db", "none.db", "--quiet", "--scheduler", scheduler]) == 2
    err = capsys.readouterr().err
    assert "no store was made" in err and "Traceback" not in err
    assert not (tmp_path / "none.db").exists()
    (folder / "one.txt").write_text(next(SAMPLE.glob("*.txt")).read_text(encoding="utf-8"), encoding="utf-8")
    summary = ingest(["in"], "one.db", scheduler=scheduler)
    assert (summary.articles, len(summary.skipped), summary.nothing_to_read) == (1, 2, False)
    assert len(_dump(tmp_path / "one.db")["articles"]) == 1


def test_a_lost_scheduler_stops_the_batch_and_a_rerun_completes_it(tmp_path, monkeypatch, scheduler):
    from distributed import LocalCluster

    _corpus(tmp_path)
    monkeypatch.chdir(tmp_path)
    ingest(["in"], "serial.db")
    # A cluster whose one worker is a thread of this process; it goes away after two articles,
    # while the third is parsed (slowly, so that the batch cannot finish first on a fast machine).
    real = pipeline.extract
    monkeypatch.setattr(pipeline, "extract", lambda doc: (time.sleep(0.5), real(doc))[1])
    doomed = LocalCluster(n_workers=1, threads_per_worker=1, processes=False,
                          dashboard_address=None, silence_logs=logging.CRITICAL)
    seen = []

    def progress(path: str) -> None:
        seen.append(path)
        if len(seen) == 2:
            threading.Thread(target=doomed.close).start()

    try:
        with pytest.raises(ClusterError) as e:
            ingest(["in"], "cluster.db", scheduler=doomed.scheduler_address, on_progress=progress)
    finally:
        doomed.close()
    assert f"lost the Dask scheduler of {doomed.scheduler_address}" in str(e.value)
    assert "run the same command again to finish the batch" in str(e.value)
    kept = assert_consistent(tmp_path / "cluster.db", copies=False)
    assert 2 <= len(kept) < 10

    monkeypatch.setattr(pipeline, "extract", real)
    summary = ingest(["in"], "cluster.db", scheduler=scheduler)
    assert (summary.articles, summary.unchanged) == (10 - len(kept), len(kept))
    final, reference = _dump(tmp_path / "cluster.db"), _dump(tmp_path / "serial.db")
    assert sorted(a[1:] for a in final["articles"]) == sorted(a[1:] for a in reference["articles"])


# The writer's batched transactions, without a cluster: extraction runs in the killed process and
# the batch ends every five files, as when the writer has caught up with the cluster.
FAKE_CLUSTER = """
import tuiex.ingest.cluster as cluster, tuiex.ingest.extractor as extractor
class InProcess:
    def __init__(self, **kwargs):
        pass
    def run(self, files, *, published, known, portable):
        for i, name in enumerate(files):
            if i % 5 == 0:
                yield None
            result = cluster._read_and_extract(cluster._sent_name(name), published, known(name))
            yield from cluster._outcomes(name, result, portable)
    def close(self):
        pass
cluster.ClusterExtractor = InProcess
"""


@pytest.mark.slow
@pytest.mark.skipif(os.name != "posix", reason="SIGKILL to a process group is POSIX")
def test_a_kill_mid_batch_leaves_whole_articles_and_a_rerun_completes(tmp_path):
    make_batch(tmp_path / "batch", 12)
    argv = ["ingest", "batch", "--db", "store.db", "--quiet", "--cluster", "local:1"]
    marker = tmp_path / "marker"
    # Killed inside the seventh article's writing: the second batch (articles 6..10) was open.
    proc = start(argv, tmp_path, FAKE_CLUSTER + STOP_MID_ARTICLE.format(marker=str(marker), n=7))
    wait_for(marker.exists, proc)
    kill(proc)
    assert len(assert_consistent(tmp_path / "store.db")) == 5

    rc, out, err = finish(start(argv, tmp_path, FAKE_CLUSTER))
    assert rc == 0, err
    assert re.match(r"7 articles ingested \(5 unchanged\)", out)
    assert len(assert_consistent(tmp_path / "store.db")) == 12


def test_without_dask_the_cluster_options_say_what_to_install(tmp_path, monkeypatch, capsys):
    monkeypatch.setitem(sys.modules, "distributed", None)       # import distributed fails
    monkeypatch.chdir(tmp_path)
    assert main(["ingest", str(SAMPLE), "--db", "s.db", "--cluster", "local:2"]) == 2
    err = capsys.readouterr().err
    assert "pip install 'tuiex[cluster]'" in err and "Traceback" not in err
    assert not (tmp_path / "s.db").exists()


def test_an_unreachable_scheduler_is_a_message(tmp_path, monkeypatch, capsys):
    monkeypatch.setattr("tuiex.ingest.cluster.CONNECT_TIMEOUT", "1s")
    monkeypatch.chdir(tmp_path)
    assert main(["ingest", str(SAMPLE), "--db", "s.db", "--scheduler", "tcp://127.0.0.1:9"]) == 2
    err = capsys.readouterr().err
    assert "cannot reach the Dask scheduler at tcp://127.0.0.1:9" in err and "Traceback" not in err


@pytest.mark.parametrize("value, message", [
    ("remote", "not a cluster: 'remote'"),
    ("local:0", "at least one worker"),
    ("local:two", "not a number of workers"),
])
def test_cluster_must_be_local_n(value, message, capsys):
    with pytest.raises(SystemExit) as e:
        main(["ingest", "x", "--cluster", value])
    assert e.value.code == 2 and message in capsys.readouterr().err


def test_ingest_and_the_explorer_never_import_dask(tmp_path):
    """Dask is an optional extra: a plain ingest, the CLI and the explorer run without it."""
    code = ("import sys; from tuiex.cli import main; import tuiex.app.app, tuiex.ingest.cluster; "
            f"assert main(['ingest', {str(SAMPLE / sorted(os.listdir(SAMPLE))[0])!r}, '--db', 's.db', '--quiet']) == 0; "
            "bad = [m for m in sys.modules if m.split('.')[0] in ('dask', 'distributed')]; "
            "assert not bad, bad")
    subprocess.run([sys.executable, "-c", code], check=True, cwd=tmp_path)
