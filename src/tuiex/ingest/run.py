"""`tuiex ingest`: read, extract and store a batch, reporting what was skipped and why.

A file that cannot be read, or whose extraction fails, is reported and skipped; the rest of the
batch lands. Unchanged files are not parsed again (same path, same content hash)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from ..store.db import Store
from .model import SourceDoc
from .readers import Skipped, read_documents


@dataclass
class Summary:
    articles: int = 0
    unchanged: int = 0
    events: int = 0
    quotes: int = 0
    actors: int = 0
    words: int = 0
    skipped: list[Skipped] = field(default_factory=list)


def ingest(paths: list[str], db_path: str, *, published: str | None = None,
           on_progress: Callable[[str], None] | None = None) -> Summary:
    """Ingest `paths` into the store at `db_path`; each article is written in its own transaction."""
    from .pipeline import extract_many  # spaCy loads only when there is something to parse

    summary = Summary()
    documents = read_documents(paths, published=published)  # a bad --published raises here, before the store exists
    store = Store(db_path)
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
                    yield item

        for doc, article in _extract_each(todo(), extract_many, summary):
            if article is not None:
                store.write_article(article)
                summary.articles += 1
                summary.events += len(article.events)
                summary.quotes += len(article.quotes)
                summary.words += article.word_count
            _tick(on_progress, doc.path)
        summary.actors = store.db.execute("SELECT count(*) FROM actors").fetchone()[0]
    finally:
        store.close()
    return summary


def _extract_each(docs: Iterator[SourceDoc], extract_many, summary: Summary):
    """Extract one document at a time so that one failure costs one document, not the batch."""
    for doc in docs:
        try:
            article = next(extract_many([doc]))
        except Exception as e:  # noqa: BLE001 - any extraction bug must not sink the batch
            summary.skipped.append(Skipped(doc.path, f"extraction failed: {type(e).__name__}: {e}"))
            yield doc, None
            continue
        yield doc, article


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
