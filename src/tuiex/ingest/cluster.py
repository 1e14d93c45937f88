"""`tuiex ingest --cluster local[:N]` and `--scheduler ADDRESS`: extraction on a Dask cluster.

This process lists the input files and sends their names (paths on a file system the workers
share, or fsspec URLs) to the cluster; each worker reads its files and extracts their documents,
so no article text passes through this process on its way out. This process stays the store's
only writer, writing in input order, so the store is the one a serial run makes. Dask does
the distributing and the faults:

- the model loads once per worker, when the worker joins (a worker plugin, re-run by Dask on every
  worker that starts later, such as one a nanny restarts);
- a worker lost mid-task has its tasks rescheduled on the others by the scheduler;
- one task is one file (all the records of a JSON lines file go to one worker: split a big one
  to spread it); a file whose task was running on `distributed.scheduler.allowed-failures` + 1
  workers that all died (default 3 + 1) comes back as `KilledWorker`, and its documents are skipped with that reason;
- a lost scheduler cancels every future: the batch stops with a message, the articles written so far
  are whole and kept, and the same command run again finishes the batch (stored files are skipped).

Results are gathered as they complete; at most a few files per worker thread are in flight or
waiting for an earlier one to be written, so a batch of any size costs the same memory.

Dask is an optional extra (`pip install tuiex[cluster]`): this module imports it only when a cluster
is asked for, so the CLI can import `parse_cluster` and `ClusterError` from here at no cost.
"""

from __future__ import annotations

import functools
import logging
import os
import warnings
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING, Any, TypeAlias

from ..records import Article, SourceDoc

if TYPE_CHECKING:
    from .readers import Skipped

IN_FLIGHT_PER_THREAD = 4        # files submitted or waiting to be written, per worker thread
CONNECT_TIMEOUT = "10s"         # reaching a scheduler, and reconnecting to a lost one before giving up
INSTALL_HINT = "install it with: pip install 'tuiex[cluster]'"


class ClusterError(Exception):
    """A cluster that cannot be used or was lost, with a message meant for the user."""


def parse_cluster(value: str) -> int:
    """`local` (one worker process per CPU core) or `local:N`: the number of worker processes."""
    kind, _, count = value.partition(":")
    if kind != "local":
        raise ValueError(f"not a cluster: {value!r} (give local or local:N; for an existing Dask "
                         f"cluster use --scheduler ADDRESS)")
    if not count:
        return os.cpu_count() or 1
    try:
        n = int(count)
    except ValueError:
        raise ValueError(f"not a number of workers: {count!r} in {value!r}") from None
    if n < 1:
        raise ValueError(f"a local cluster needs at least one worker, not {n}")
    return n


def _distributed():
    try:
        import distributed
    except ImportError:
        raise ClusterError(f"--cluster and --scheduler need Dask distributed, which is not installed; "
                           f"{INSTALL_HINT}") from None
    return distributed


@functools.cache
def _load_model_class() -> type:
    """The worker plugin's class, made on first use so that importing this module (for
    `ClusterError`) does not import Dask; pickled by reference as `tuiex.ingest.cluster.LoadModel`
    (see `__getattr__`), so a worker makes the same class from its own tuiex."""
    from distributed import WorkerPlugin

    class LoadModel(WorkerPlugin):
        """Loads the spaCy pipeline in a worker as it joins, once per worker process."""

        name = "tuiex-load-model"
        idempotent = True

        def setup(self, worker) -> None:
            from tuiex.ingest.nlp import load_nlp

            load_nlp()

    LoadModel.__module__, LoadModel.__qualname__ = __name__, "LoadModel"
    return LoadModel


def __getattr__(name: str):
    if name == "LoadModel":
        return _load_model_class()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


# What one file gave: per document, the document (its text dropped), and its article, or the
# reason it was skipped, or neither (unchanged since it was stored: not parsed). A string: the
# task failed as a whole (every worker that took it died), with the reason.
FileResult: TypeAlias = "list[tuple[SourceDoc | Skipped, Article | None, str | None]] | str"


def _read_and_extract(name: str, published: str | None, known: dict[str, str]) -> FileResult:
    """On a worker: read the file `name` (a path this worker sees, or an fsspec URL) and extract
    each of its documents, except those whose content hash is in `known` (by what their path
    adds to `name`: "" or "#N"), which are stored already."""
    from .extractor import extract_one
    from .readers import Skipped
    from .urls import read_input_file

    out: list[tuple[SourceDoc | Skipped, Article | None, str | None]] = []
    for doc in read_input_file(name, published):
        if isinstance(doc, Skipped):
            out.append((doc, None, doc.reason))
            continue
        suffix = doc.path[len(name):] if doc.path.startswith(name) else doc.path
        if known.get(suffix) == doc.content_hash:
            article, error = None, None
        else:
            article, error = extract_one(doc)
        doc.raw, doc.cleaned = "", None   # the text goes back inside the article, once
        out.append((doc, article, error))
    return out


def _sent_name(name: str) -> str:
    """The name a worker gets for a file: a local path made absolute (a worker has its own working
    directory; the path must be one of a file system it shares), a URL as it is."""
    return name if "://" in name else os.path.abspath(name)


def _outcomes(name: str, result: FileResult, portable: Callable[[str], str]
              ) -> Iterator[tuple[SourceDoc | Skipped, Article | None, str | None]]:
    """A worker's result for the file `name` as the writer takes it, each path as a serial run
    makes it: the name as given in place of the one sent, then made portable."""
    from .readers import Skipped

    if isinstance(result, str):
        yield Skipped(portable(name), result), None, result
        return
    sent = _sent_name(name)
    for doc, article, error in result:
        if doc.path.startswith(sent):
            doc.path = name + doc.path[len(sent):]
        if isinstance(doc, SourceDoc):
            doc.path = portable(doc.path)
            if article is not None:
                article.path = doc.path
        yield doc, article, error


class ClusterExtractor:
    """Articles from files, in input order, extracted on a Dask cluster: a `LocalCluster` of
    `local` worker processes, or the cluster whose scheduler is at `scheduler`. Each worker reads
    the files it is given (a path on a shared file system, or an fsspec URL): only names go out,
    and only extracted articles come back.

    `run` yields `(doc, article, error)` per document (`article` and `error` both None: stored
    already, unchanged), and `None` when it is about to wait for the cluster: the writer commits
    what it holds then, so its transactions grow with the backlog (up to the writer's batch size)
    and stay small while the cluster is the slower side."""

    def __init__(self, *, local: int | None = None, scheduler: str | None = None):
        distributed = _distributed()
        self.cluster: Any = None
        self.client: Any = None
        self.where = scheduler or f"a local cluster of {local} worker processes"
        self._quiet = _Quiet().__enter__()   # Dask logs every lost worker and closed connection;
        try:                                  # the user gets tuiex's messages instead
            if scheduler:
                try:
                    self.client = distributed.Client(scheduler, timeout=CONNECT_TIMEOUT,
                                                     set_as_default=False)
                except (OSError, TimeoutError, ValueError) as e:
                    raise ClusterError(f"cannot reach the Dask scheduler at {scheduler}: {e}") from None
            else:
                import dask

                # One task per worker at a time: when a worker dies, only the document it was
                # parsing is suspected (Dask counts a death against every task on that worker).
                # And no MALLOC_TRIM_THRESHOLD_ in the workers' environment, which Dask's nannies
                # set by default: it turns off glibc's adaptive mmap threshold, and spaCy then
                # spends some 25% more CPU time per article (measured here).
                environ = {k: v for k, v in dask.config.get("distributed.nanny.pre-spawn-environ").items()
                           if k != "MALLOC_TRIM_THRESHOLD_"}
                with dask.config.set({"distributed.scheduler.worker-saturation": 1.0,
                                      "distributed.nanny.pre-spawn-environ": environ}), \
                        warnings.catch_warnings():
                    warnings.simplefilter("ignore")     # e.g. "port 8787 in use" by another cluster
                    self.cluster = distributed.LocalCluster(
                        n_workers=local, threads_per_worker=1, processes=True,
                        dashboard_address=None, silence_logs=logging.CRITICAL)
                self.client = distributed.Client(self.cluster, timeout=CONNECT_TIMEOUT,
                                                 set_as_default=False)
            try:
                self.client.register_plugin(_load_model_class()())
            except Exception as e:  # noqa: BLE001 - whatever a worker raised while loading
                raise ClusterError(f"the workers of {self.where} cannot load tuiex's model "
                                   f"({type(e).__name__}: {e}); every worker needs tuiex installed, "
                                   f"the same version as here") from None
        except BaseException:
            self.close()
            raise

    def _limit(self) -> int:
        assert self.client is not None              # made in __init__, or __init__ raised
        try:
            workers = self.client.scheduler_info(n_workers=-1)["workers"].values()
        except TypeError:                   # a distributed without n_workers
            workers = self.client.scheduler_info()["workers"].values()
        threads = sum(w.get("nthreads", 1) for w in workers)
        return max(1, threads) * IN_FLIGHT_PER_THREAD

    def run(self, files: Iterable[str | Skipped], *, published: str | None = None,
            known: Callable[[str], dict[str, str]] = lambda _name: {},
            portable: Callable[[str], str] = lambda path: path,
            ) -> Iterator[tuple[SourceDoc | Skipped, Article | None, str | None] | None]:
        """`files`: from `urls.input_files` (a Skipped is passed on in its place); `known(name)`:
        the stored hashes of a file's articles (`Store.file_hashes`), so that unchanged ones are
        not parsed; `portable(path)`: the path an article is stored under."""
        from distributed import as_completed

        from .readers import Skipped

        client = self.client
        assert client is not None                   # made in __init__, or __init__ raised
        limit = self._limit()
        order: deque[tuple[str | Skipped, Any]] = deque()     # submitted, not yet yielded
        outcomes: dict[str, FileResult] = {}
        done = as_completed(loop=client.loop)
        files = iter(files)
        lost = None
        while True:
            while not lost and len(order) < limit and (name := next(files, None)) is not None:
                if isinstance(name, Skipped):
                    order.append((name, None))
                    continue
                future = client.submit(_read_and_extract, _sent_name(name), published, known(name), pure=False)
                order.append((name, future))
                done.add(future)
            while order and (order[0][1] is None or order[0][1].key in outcomes):
                name, future = order.popleft()
                if isinstance(name, Skipped):
                    yield name, None, name.reason
                else:
                    yield from _outcomes(name, outcomes.pop(future.key), portable)
            if lost:
                yield None                  # the writer keeps what it holds, then we stop
                raise ClusterError(
                    f"lost the Dask scheduler of {self.where} ({lost}); the articles written before "
                    f"are whole and kept: run the same command again to finish the batch (stored "
                    f"files are skipped as unchanged)")
            if not order:
                return
            if not done.has_ready():
                yield None                  # about to wait: the writer commits what it holds
            future = next(done)
            try:
                outcomes[future.key] = future.result()
            except Exception as e:  # noqa: BLE001 - sorted below
                if future.cancelled() or type(e).__name__ in ("FutureCancelledError", "CancelledError"):
                    lost = "the connection closed"
                    continue
                if "deserialization of the task graph" in str(e):   # every task would fail alike
                    yield None
                    raise ClusterError(
                        f"the Dask scheduler of {self.where} cannot read tuiex's tasks: the scheduler and "
                        f"every worker need tuiex installed, the same version as here") from None
                outcomes[future.key] = _reason(e)

    def close(self) -> None:
        try:
            if self.client is not None:
                try:
                    self.client.close(timeout=10)
                except Exception:  # noqa: BLE001 - a lost scheduler cannot be said goodbye to
                    pass
                self.client = None
            if self.cluster is not None:
                try:
                    self.cluster.close(timeout=20)
                except Exception:  # noqa: BLE001
                    pass
                self.cluster = None
        finally:
            self._quiet.__exit__()


def _reason(e: BaseException) -> str:
    if type(e).__name__ == "KilledWorker":
        tries = getattr(e, "allowed_failures", None)
        tries = f"{tries + 1} workers" if isinstance(tries, int) else "several workers"
        return (f"extraction failed: it killed {tries} in turn (each worker process died on it; "
                f"Dask gave up on it)")
    return f"extraction failed: {type(e).__name__}: {' '.join(str(e).split())}"


class _Quiet:
    """Dask's loggers silenced (to CRITICAL) while in use; the user gets tuiex's messages instead."""

    NAMES = ("distributed", "tornado")

    def __enter__(self):
        names = [n for n in logging.root.manager.loggerDict if n.split(".")[0] in self.NAMES]
        self.saved = [(logging.getLogger(n), logging.getLogger(n).level) for n in {*self.NAMES, *names}]
        for logger, _ in self.saved:
            logger.setLevel(logging.CRITICAL)
        return self

    def __exit__(self, *exc) -> None:
        for logger, level in self.saved:
            logger.setLevel(level)
