"""Extraction of short texts written for the tests: the one way the extraction test files
(names, speakers, quote forms, event constructions, arguments and dates) build an Article."""

from __future__ import annotations

from tuiex.ingest.pipeline import extract
from tuiex.records import Article, SourceDoc

HEADLINE = "Headline Words Here\n\n"


def extract_text(text: str, published: str | None, *, name: str = "a.txt", headline: bool = False) -> Article:
    """`text` extracted as an article at /tmp/`name`, published on `published` (ISO date, or None for
    an undated one); `headline` puts a headline paragraph first, so the text is all body."""
    doc = SourceDoc(path=f"/tmp/{name}", file=name, raw=(HEADLINE + text) if headline else text,
                    content_hash="x", published=published, published_how="test" if published else None)
    return extract(doc)


def quotes_of(art: Article) -> list[tuple[str | None, str, bool]]:
    """(speaker's name or None, text, direct) of each quote, in order."""
    return [(art.actors[q.speaker].name if q.speaker else None, q.text, q.direct) for q in art.quotes]


def events_of(art: Article) -> list[tuple[str, str | None, str | None]]:
    """(PLOVER type, source's name or None, target's name or None) of each event, in order."""
    def name(key: str | None) -> str | None:
        return art.actors[key].name if key else None
    return [(e.type, name(e.source), name(e.target)) for e in art.events]
