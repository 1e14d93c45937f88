"""`tuiex ingest`: read, extract and store a batch, reporting what was skipped and why.

This module sits above both layers it joins: extraction (tuiex.ingest, which knows no SQL) and the
store (tuiex.store, which knows no NLP); records cross between them as tuiex.records.

A file that cannot be read, or whose extraction fails, is reported and skipped; the rest of the
batch lands. Unchanged files are not parsed again (same path, same content hash), and an article
whose cleaned text the store holds under another path (a copy, a re-download) is a duplicate,
skipped, so that it never counts as a second report of its story. A batch with nothing to extract
(only empty or unreadable files) makes no store.

With `jobs` > 1, extraction (the spaCy parse, nearly all the work) runs in that many worker
processes (tuiex.ingest.extractor) while this process reads files and stays the store's only
writer: SQLite allows one writer, and one writer keeps ids and actor merging in the same order as
a serial run."""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from .ingest.extractor import Extractor, warm_up
from .ingest.readers import Skipped, expand_paths
from .ingest.urls import read_inputs
from .records import Article, SourceDoc
from .store.db import Duplicate, Store, check_writable_path

if TYPE_CHECKING:
    from .ingest.cluster import ClusterExtractor


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
    # (path, stored path): articles not stored because the store holds their text under another path
    duplicates: list[tuple[str, str]] = field(default_factory=list)
    nothing_to_read: bool = False     # nothing to extract (no file, or only skipped ones): no store made or opened


def ingest(paths: list[str], db_path: str, *, published: str | None = None, jobs: int = 1,
           on_progress: Callable[[str], None] | None = None,
           on_stage: Callable[[str, int | None], None] | None = None, cluster: int | None = None,
           scheduler: str | None = None) -> Summary:
    """Ingest `paths` into the store at `db_path`; each article is written in its own transaction.
    `jobs` worker processes extract in parallel (1: all in this process). `cluster` (a number of
    worker processes) or `scheduler` (an address) extract on a Dask cluster instead (tuiex.ingest.cluster),
    and articles are written in batched transactions of up to WRITE_BATCH articles.

    `on_progress(path)` is called as each document is done (a JSON lines file gives one per
    record, as "file#n"); `on_stage(stage, n)` as the work changes: ("files", number of files
    and bad paths, counted first), ("model", None) while the language model loads, ("extract",
    None) once it has."""
    summary = Summary()
    documents = read_inputs(paths, published=published)  # a bad --published raises here, before the store exists
    check_writable_path(db_path)        # a folder, a foreign file, a missing folder: refused before any reading
    stage = on_stage or (lambda _stage, _n: None)
    urls = [p for p in paths if "://" in p]
    files, bad = expand_paths([p for p in paths if "://" not in p])
    if not urls and not files:
        # a mistyped path must not leave an empty store behind
        summary.skipped, summary.nothing_to_read = [i for i in documents if isinstance(i, Skipped)], True
        return summary
    stage("files", len(files) + len(bad) + len(urls))
    if not (cluster or scheduler):      # on a cluster the workers read the files, this process never does
        # Read up to the first article: when there is none (an empty file, only bad ones) no store is made.
        first: list[SourceDoc | Skipped] = []
        for read in documents:
            first.append(read)
            if not isinstance(read, Skipped):
                break
        if all(isinstance(i, Skipped) for i in first):
            summary.skipped, summary.nothing_to_read = [i for i in first if isinstance(i, Skipped)], True
            return summary
        documents = itertools.chain(first, documents)
    # Workers start before the store is opened: a forked child must not inherit an open connection.
    extractor: Extractor | ClusterExtractor
    if cluster or scheduler:
        from .ingest.cluster import ClusterExtractor

        extractor, batch = ClusterExtractor(local=cluster, scheduler=scheduler), WRITE_BATCH
        warm = True                    # each cluster worker loads the model as it joins
    else:
        if jobs > 1:
            stage("model", None)
        extractor, batch = Extractor(jobs), 1
        if jobs > 1:
            stage("extract", None)
        warm = jobs > 1
    # On a cluster this process reads no file, so it cannot know before the results come back
    # whether any input holds an article: a store that does not exist yet is made at the first
    # article to write, and an all-empty or all-bad batch leaves none behind (as a serial run).
    lazy = bool(cluster or scheduler) and not Path(db_path).exists()
    opened: list[Store] = []

    def the_store() -> Store:
        if not opened:
            opened.append(Store(db_path))
        return opened[0]

    try:
        if not lazy:
            the_store()
    except BaseException:
        extractor.close()
        raise
    try:
        def todo() -> Iterator[SourceDoc]:
            for item in documents:
                if isinstance(item, Skipped):
                    summary.skipped.append(item)
                    _tick(on_progress, item.path)
                elif (stored := the_store().article_hash(_portable(item.path))) == item.content_hash:
                    summary.unchanged += 1
                    _tick(on_progress, item.path)
                elif stored is None and item.text_hash \
                        and (owner := the_store().text_owner(item.text_hash, _portable(item.path))):
                    # a new path holding a stored text: not parsed (a changed file is, and
                    # loses its old version when written: Store.write_article)
                    summary.duplicates.append((_portable(item.path), owner))
                    _tick(on_progress, item.path)
                else:
                    item.path = _portable(item.path)
                    nonlocal warm
                    if not warm:                 # the model loads once, as a step of its own
                        stage("model", None)
                        warm_up()
                        stage("extract", None)
                        warm = True
                    yield item

        held: list[tuple[SourceDoc | Skipped, Article]] = []     # extracted, not yet written

        def write_held() -> None:
            arts = [article for _, article in held]
            store = the_store()
            ids = [store.write_article(arts[0])] if len(arts) == 1 else store.write_articles(arts)
            for (doc, article), article_id in zip(held, ids, strict=True):
                if article_id is None:                  # another ingest stored this content meanwhile
                    summary.unchanged += 1
                elif isinstance(article_id, Duplicate):  # its text is stored under another path
                    summary.duplicates.append((doc.path, article_id.path))
                else:
                    summary.articles += 1
                    summary.events += len(article.events)
                    summary.quotes += len(article.quotes)
                    summary.words += article.word_count
                    if article.published is None:
                        summary.undated.append(doc.path)
                _tick(on_progress, doc.path)
            held.clear()

        # On a cluster the workers read the files themselves: only their names go out.
        items: Iterator[tuple[SourceDoc | Skipped, Article | None, str | None] | None]
        if not isinstance(extractor, Extractor):
            from .ingest.urls import input_files

            items = extractor.run(input_files(paths), published=published, portable=_portable,
                                  known=lambda name: opened[0].file_hashes(_portable(name)) if opened else {})
        else:
            items = extractor.run(todo())
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
        if opened:
            summary.actors = opened[0].actor_count()
        else:                                           # a cluster batch with no article in it
            summary.nothing_to_read = True
    finally:
        extractor.close()
        if opened:
            opened[0].close()
    return summary


WRITE_BATCH = 200   # articles per transaction at most, when extraction runs on a cluster


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
