"""Extraction in this process or in a pool of worker processes: documents in, articles out, in
input order, a failure (or a worker's death) costing one document only. No store here: the batch
runner (tuiex.batch) writes what this yields.

Workers die with the process that started them (PR_SET_PDEATHSIG on Linux, a watchdog thread
everywhere), so a killed `tuiex ingest` leaves no orphan holding its output pipe."""

from __future__ import annotations

import multiprocessing
import os
import signal
import sys
import threading
import time
from collections import deque
from collections.abc import Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from multiprocessing.context import BaseContext

from ..records import Article, SourceDoc


def extract_one(doc: SourceDoc) -> tuple[Article | None, str | None]:
    """One document, one article or one reason: a failure costs that document, not the batch."""
    from .pipeline import extract  # spaCy loads only when there is something to parse

    try:
        return extract(doc), None
    except Exception as e:  # noqa: BLE001 - any extraction bug must not sink the batch
        return None, _failure(e)


def extract_chunk(docs: list[SourceDoc]) -> list[tuple[Article | None, str | None]]:
    """`extract_one` for each of a few consecutive documents, in order, their paragraphs parsed
    together (pipeline.extract_stream); a lone document goes through `extract_one` itself."""
    if len(docs) == 1:
        return [extract_one(docs[0])]
    from .pipeline import extract_stream

    return [(None, _failure(r)) if isinstance(r, Exception) else (r, None) for _, r in extract_stream(docs)]


def _chunks(docs: Iterator[SourceDoc], most: int, chars: int) -> Iterator[list[SourceDoc]]:
    """Consecutive documents in lists of at most `most` documents and `chars` characters of raw text
    (a longer document alone)."""
    chunk: list[SourceDoc] = []
    size = 0
    for doc in docs:
        if chunk and (len(chunk) >= most or size + len(doc.raw) > chars):
            yield chunk
            chunk, size = [], 0
        chunk.append(doc)
        size += len(doc.raw)
    if chunk:
        yield chunk


def _failure(e: Exception) -> str:
    """The reason a document is skipped when its extraction raised `e`."""
    return f"extraction failed: {type(e).__name__}: {e}"


def warm_up() -> None:
    """Load the spaCy model now (tuiex.ingest.nlp caches it), so the first document does not pay for it."""
    from .nlp import load_nlp

    load_nlp()


def _start_worker(parent: int, load_model: bool) -> None:
    """Pool initializer: the worker dies with the process that started it. Killed alone (SIGKILL,
    the out-of-memory killer), that process can close nothing, and workers left behind would live
    forever, holding its output pipe open (`tuiex ingest ... | cat` would never end)."""
    _die_with_parent(parent)
    if load_model:
        warm_up()


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


class Extractor:
    """Articles from documents, in input order, in this process or in a pool of `jobs` workers.

    Workers are forked from a process that has already loaded the model (where the platform
    allows fork), so each starts in milliseconds and shares the model's memory. A bounded number
    of documents is in flight, so a batch of any size costs the same memory. When a worker dies
    (killed, out of memory), the documents then in flight are retried one at a time in a new
    pool, so only the one that kills a worker again is skipped."""

    IN_FLIGHT_PER_JOB = 2   # tasks (chunks of documents) per worker submitted ahead
    # A task is a chunk of consecutive documents, so that a worker parses their paragraphs together
    # (pipeline.extract_stream) as one process does: up to CHUNK_DOCS documents and CHUNK_CHARS
    # characters of raw text, a longer document alone.
    CHUNK_DOCS = 4
    CHUNK_CHARS = 50_000

    def __init__(self, jobs: int):
        self.jobs = max(1, jobs)
        self.pool: ProcessPoolExecutor | None = None
        if self.jobs > 1:
            self._start_pool()

    def _start_pool(self) -> None:
        # fork is offered on macOS too, but is unsafe there with the system's libraries
        if "fork" in multiprocessing.get_all_start_methods() and sys.platform != "darwin":
            warm_up()                               # load once here; children inherit it
            ctx: BaseContext = multiprocessing.get_context("fork")
            self.pool = ProcessPoolExecutor(self.jobs, mp_context=ctx, initializer=_start_worker,
                                            initargs=(os.getpid(), False))
        else:                                        # spawn: each worker loads the model itself
            ctx = multiprocessing.get_context("spawn")
            self.pool = ProcessPoolExecutor(self.jobs, mp_context=ctx, initializer=_start_worker,
                                            initargs=(os.getpid(), True))
        self.pool.submit(warm_up).result()          # fork every worker now, before any store opens

    def run(self, docs: Iterator[SourceDoc]) -> Iterator[tuple[SourceDoc, Article | None, str | None]]:
        if self.pool is None:
            from .pipeline import extract_stream  # spaCy loads only when there is something to parse

            for doc, result in extract_stream(docs):
                if isinstance(result, Exception):
                    yield doc, None, _failure(result)
                else:
                    yield doc, result, None
            return
        pending: deque[tuple[list[SourceDoc], Future | None]] = deque()
        suspects = 0        # documents in flight when a worker died: each is retried alone
        limit = self.jobs * self.IN_FLIGHT_PER_JOB
        chunks = _chunks(iter(docs), self.CHUNK_DOCS, self.CHUNK_CHARS)
        while True:
            while not suspects and len(pending) < limit and (new := next(chunks, None)) is not None:
                pending.append((new, self.pool.submit(extract_chunk, new)))
            if not pending:
                return
            chunk, future = pending[0]
            if future is None:
                future = self.pool.submit(extract_chunk, chunk)
            try:
                results = future.result()
            except BrokenProcessPool:
                self._restart_pool()
                if suspects:                     # it ran alone, so it is the one
                    pending.popleft()
                    suspects -= 1
                    yield chunk[0], None, "extraction failed: the worker process died on it"
                else:
                    pending = deque(([d], None) for c, _ in pending for d in c)
                    suspects = len(pending)
                continue
            except Exception as e:  # noqa: BLE001 - e.g. a result that would not pickle
                if len(chunk) > 1:               # find out which document it was
                    pending.popleft()
                    pending.extendleft(([d], None) for d in reversed(chunk))
                    continue
                results = [(None, _failure(e))]
            pending.popleft()
            suspects = max(0, suspects - 1)
            for doc, (article, error) in zip(chunk, results, strict=True):
                yield doc, article, error

    def _restart_pool(self) -> None:
        if self.pool is not None:
            self.pool.shutdown(wait=False, cancel_futures=True)
        self._start_pool()

    def close(self) -> None:
        if self.pool is not None:
            self.pool.shutdown(wait=True, cancel_futures=True)
            self.pool = None
