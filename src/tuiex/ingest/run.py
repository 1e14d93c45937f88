"""`tuiex ingest`: read, extract and store a batch, reporting what was skipped and why.

A file that cannot be read, or whose extraction fails, is reported and skipped; the rest of the
batch lands. Unchanged files are not parsed again (same path, same content hash).

With `jobs` > 1, extraction (the spaCy parse, nearly all the work) runs in that many worker
processes while this process reads files and stays the store's only writer: SQLite allows one
writer, and one writer keeps ids and actor merging in the same order as a serial run."""

from __future__ import annotations

import multiprocessing
import os
import signal
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import Path

from ..store.db import Store
from .model import Article, SourceDoc
from .readers import Skipped, expand_paths
from .urls import read_inputs


@dataclass
class Summary:
    articles: int = 0
    unchanged: int = 0
    events: int = 0
    quotes: int = 0
    actors: int = 0
    words: int = 0
    skipped: list[Skipped] = field(default_factory=list)
    undated: list[str] = field(default_factory=list)   # stored articles whose text gives no date
    nothing_to_read: bool = False     # no path named a file: no store was made or opened


def ingest(paths: list[str], db_path: str, *, published: str | None = None, jobs: int = 1,
           on_progress: Callable[[str], None] | None = None,
           on_stage: Callable[[str, int | None], None] | None = None, cluster: int | None = None,
           scheduler: str | None = None) -> Summary:
    """Ingest `paths` into the store at `db_path`; each article is written in its own transaction.
    `jobs` worker processes extract in parallel (1: all in this process). `cluster` (a number of
    worker processes) or `scheduler` (an address) extract on a Dask cluster instead (cluster.py),
    and articles are written in batched transactions of up to WRITE_BATCH articles.

    `on_progress(path)` is called as each document is done (a JSON lines file gives one per
    record, as "file#n"); `on_stage(stage, n)` as the work changes: ("files", number of files
    and bad paths, counted first), ("model", None) while the language model loads, ("extract",
    None) once it has."""
    summary = Summary()
    documents = read_inputs(paths, published=published)  # a bad --published raises here, before the store exists
    stage = on_stage or (lambda _stage, _n: None)
    urls = [p for p in paths if "://" in p]
    files, bad = expand_paths([p for p in paths if "://" not in p])
    if not urls and not files:
        # a mistyped path must not leave an empty store behind
        summary.skipped, summary.nothing_to_read = [i for i in documents if isinstance(i, Skipped)], True
        return summary
    stage("files", len(files) + len(bad) + len(urls))
    # Workers start before the store is opened: a forked child must not inherit an open connection.
    if cluster or scheduler:
        from .cluster import ClusterExtractor

        extractor, batch = ClusterExtractor(local=cluster, scheduler=scheduler), WRITE_BATCH
        warm = True                    # each cluster worker loads the model as it joins
    else:
        if jobs > 1:
            stage("model", None)
        extractor, batch = _Extractor(jobs), 1
        if jobs > 1:
            stage("extract", None)
        warm = jobs > 1
    try:
        store = Store(db_path)
    except BaseException:
        extractor.close()
        raise
    try:
        def todo() -> Iterator[SourceDoc]:
            for item in documents:
                if isinstance(item, Skipped):
                    summary.skipped.append(item)
                    _tick(on_progress, item.path)
                elif store.article_hash(_portable(item.path)) == item.content_hash:
                    summary.unchanged += 1
                    _tick(on_progress, item.path)
                else:
                    item.path = _portable(item.path)
                    nonlocal warm
                    if not warm:                 # the model loads once, as a step of its own
                        stage("model", None)
                        _warm_up()
                        stage("extract", None)
                        warm = True
                    yield item

        held: list[tuple[SourceDoc | Skipped, Article]] = []     # extracted, not yet written

        def write_held() -> None:
            arts = [article for _, article in held]
            ids = [store.write_article(arts[0])] if len(arts) == 1 else store.write_articles(arts)
            for (doc, article), article_id in zip(held, ids):
                if article_id is None:                  # another ingest stored this content meanwhile
                    summary.unchanged += 1
                else:
                    summary.articles += 1
                    summary.events += len(article.events)
                    summary.quotes += len(article.quotes)
                    summary.words += article.word_count
                    if article.published is None:
                        summary.undated.append(doc.path)
                _tick(on_progress, doc.path)
            held.clear()

        # -- issue 17: on a cluster the workers read the files; only their names go out --------
        items: Iterator[tuple[SourceDoc | Skipped, Article | None, str | None] | None]
        if not isinstance(extractor, _Extractor):
            from .urls import input_files

            items = extractor.run(input_files(paths), published=published, portable=_portable,
                                  known=lambda name: store.file_hashes(_portable(name)))
        else:
            items = extractor.run(todo())
        # -- end of issue 17 --------------------------------------------------------------------
        for item in items:
            if item is None:                            # the extractor is about to wait
                if held:
                    write_held()
                continue
            doc, article, error = item
            if error is not None:
                summary.skipped.append(Skipped(doc.path, error))
                _tick(on_progress, doc.path)
            elif article is None:                       # a cluster worker found it stored, unchanged
                summary.unchanged += 1
                _tick(on_progress, doc.path)
            else:
                held.append((doc, article))
                if len(held) >= batch:
                    write_held()
        if held:
            write_held()
        summary.actors = store.db.execute("SELECT count(*) FROM actors").fetchone()[0]
    finally:
        extractor.close()
        store.close()
    return summary


WRITE_BATCH = 200   # articles per transaction at most, when extraction runs on a cluster


def _extract_one(doc: SourceDoc) -> tuple[Article | None, str | None]:
    """One document, one article or one reason: a failure costs that document, not the batch."""
    from .pipeline import extract  # spaCy loads only when there is something to parse

    try:
        return extract(doc), None
    except Exception as e:  # noqa: BLE001 - any extraction bug must not sink the batch
        return None, f"extraction failed: {type(e).__name__}: {e}"


def _warm_up() -> None:
    from .nlp import load_nlp

    load_nlp()


def _start_worker(parent: int, warm_up: bool) -> None:
    """Pool initializer: the worker dies with the process that started it. Killed alone (SIGKILL,
    the out-of-memory killer), that process can close nothing, and workers left behind would live
    forever, holding its output pipe open (`tuiex ingest ... | cat` would never end)."""
    _die_with_parent(parent)
    if warm_up:
        _warm_up()


def _die_with_parent(parent: int) -> None:
    if sys.platform.startswith("linux"):
        try:   # the kernel sends SIGKILL when the parent dies: nothing to clean up, nothing written here
            import ctypes

            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
        except (OSError, AttributeError):
            pass
    if os.getppid() != parent:                  # it died before the line above
        os._exit(1)
    # Everywhere (macOS has no PR_SET_PDEATHSIG): a watchdog notices the parent gone
    threading.Thread(target=_watch_parent, args=(parent,), name="tuiex-parent-watchdog", daemon=True).start()


_PR_SET_PDEATHSIG = 1
WATCHDOG_SECONDS = 1.0


def _watch_parent(parent: int) -> None:
    while True:
        time.sleep(WATCHDOG_SECONDS)
        if os.getppid() != parent:              # reparented: the parent is gone
            os._exit(1)


class _Extractor:
    """Articles from documents, in input order, in this process or in a pool of `jobs` workers.

    Workers are forked from a process that has already loaded the model (where the platform
    allows fork), so each starts in milliseconds and shares the model's memory. A bounded number
    of documents is in flight, so a batch of any size costs the same memory. When a worker dies
    (killed, out of memory), the documents then in flight are retried one at a time in a new
    pool, so only the one that kills a worker again is skipped."""

    IN_FLIGHT_PER_JOB = 4

    def __init__(self, jobs: int):
        self.jobs = max(1, jobs)
        self.pool: ProcessPoolExecutor | None = None
        if self.jobs > 1:
            self._start_pool()

    def _start_pool(self) -> None:
        # fork is offered on macOS too, but is unsafe there with the system's libraries
        if "fork" in multiprocessing.get_all_start_methods() and sys.platform != "darwin":
            _warm_up()                               # load once here; children inherit it
            ctx = multiprocessing.get_context("fork")
            self.pool = ProcessPoolExecutor(self.jobs, mp_context=ctx, initializer=_start_worker,
                                            initargs=(os.getpid(), False))
        else:                                        # spawn: each worker loads the model itself
            ctx = multiprocessing.get_context("spawn")
            self.pool = ProcessPoolExecutor(self.jobs, mp_context=ctx, initializer=_start_worker,
                                            initargs=(os.getpid(), True))
        self.pool.submit(_warm_up).result()          # fork every worker now, before any store opens

    def run(self, docs: Iterator[SourceDoc]) -> Iterator[tuple[SourceDoc, Article | None, str | None]]:
        if self.pool is None:
            for doc in docs:
                yield doc, *_extract_one(doc)
            return
        pending: deque[tuple[SourceDoc, Future | None]] = deque()
        suspects = 0        # documents in flight when a worker died: each is retried alone
        limit = self.jobs * self.IN_FLIGHT_PER_JOB
        docs = iter(docs)
        while True:
            while not suspects and len(pending) < limit and (doc := next(docs, None)) is not None:
                pending.append((doc, self.pool.submit(_extract_one, doc)))
            if not pending:
                return
            doc, future = pending[0]
            if future is None:
                future = self.pool.submit(_extract_one, doc)
            try:
                article, error = future.result()
            except BrokenProcessPool:
                self._restart_pool()
                if suspects:                     # it ran alone, so it is the one
                    pending.popleft()
                    suspects -= 1
                    yield doc, None, "extraction failed: the worker process died on it"
                else:
                    suspects = len(pending)
                    pending = deque((d, None) for d, _ in pending)
                continue
            except Exception as e:  # noqa: BLE001 - e.g. a result that would not pickle
                article, error = None, f"extraction failed: {type(e).__name__}: {e}"
            pending.popleft()
            suspects = max(0, suspects - 1)
            yield doc, article, error

    def _restart_pool(self) -> None:
        if self.pool is not None:
            self.pool.shutdown(wait=False, cancel_futures=True)
        self._start_pool()

    def close(self) -> None:
        if self.pool is not None:
            self.pool.shutdown(wait=True, cancel_futures=True)
            self.pool = None


def _portable(path: str) -> str:
    """A path under the working directory is stored relative to it, so a store built in a
    checkout (the shipped sample store) still recognises its files in another checkout."""
    try:
        return str(Path(path).relative_to(Path.cwd()))
    except ValueError:
        return path


def _tick(on_progress: Callable[[str], None] | None, path: str) -> None:
    if on_progress:
        on_progress(path)
