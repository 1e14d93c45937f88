"""Timeline items as plain records (RECORD_FIELDS) for the command line and for export: `tuiex
search` prints them (`format_records`), the explorer's export writes them as CSV or JSON lines."""

from __future__ import annotations

import io
import json
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

from .read_records import Item, ShouldStop, View
from .reader import Reader
from .search import parse

RECORD_FIELDS = ("kind", "id", "date", "date_precision", "type", "source", "target", "speaker",
                 "text", "summary", "sentence", "article", "title", "outlet", "published", "url")


def records(reader: Reader, items: Sequence[Item]) -> list[dict]:
    """Plain dicts for printing or export (RECORD_FIELDS), with each item's sentence."""
    sentences = reader.sentences(items)
    out = []
    for i in items:
        quote = i.kind == "quote"
        out.append({
            "kind": i.kind,
            "id": i.id,
            "date": i.date,
            "date_precision": i.precision,
            "type": i.type,
            "source": None if quote else i.source,
            "target": i.target,
            "speaker": i.source if quote else None,
            "text": " ".join(i.text.split()),
            "summary": i.summary,
            "sentence": sentences.get(i.ref, ""),
            "article": i.file,
            "title": i.title,
            "outlet": i.outlet,
            "published": i.published,
            "url": i.url,
        })
    return out


def export(reader: Reader, view: View, path: str | Path, should_stop: ShouldStop = None,
           batch: int = 500, on_progress: Callable[[int], None] | None = None) -> int:
    """Write the view to `path` as CSV (.csv) or JSON lines (.jsonl, .json, .ndjson), streamed
    page by page; `on_progress(rows written)` after each page. Returns the number of rows
    written."""
    path = Path(path).expanduser()
    suffix = path.suffix.lower()
    if suffix not in (".csv", ".jsonl", ".json", ".ndjson"):
        raise ValueError(f"export to .csv or .jsonl, not {suffix or 'a file without extension'}")
    n = 0
    with path.open("w", encoding="utf-8", newline="") as f:
        writer = None
        if suffix == ".csv":
            import csv

            writer = csv.DictWriter(f, fieldnames=RECORD_FIELDS)
            writer.writeheader()
        after = None
        while True:
            items = reader.page(view, after, batch, should_stop=should_stop)
            for rec in records(reader, items):
                if writer is not None:
                    writer.writerow(rec)
                else:
                    f.write(json.dumps(rec, ensure_ascii=False) + "\n")
                n += 1
            if on_progress is not None:
                on_progress(n)
            if len(items) < batch:
                return n
            after = items[-1].key


def search(db_path: str | Path, query: str, limit: int = 20) -> list[dict]:
    """Run a query-language search (the explorer's / box) and return up to `limit` records
    (RECORD_FIELDS) in timeline order. Raises QueryError for a malformed query and StoreError
    for a file that is not a store."""
    reader = Reader(db_path)
    try:
        view = reader.resolve(parse(query), quotes=True)
        return records(reader, reader.page(view, limit=limit))
    finally:
        reader.close()


def search_with_total(db_path: str | Path, query: str, limit: int = 50) -> tuple[list[dict], int]:
    """`search`, and how many items match in all (so that a cut list can say so). `limit` 0:
    every match."""
    reader = Reader(db_path)
    try:
        view = reader.resolve(parse(query), quotes=True)
        total = reader.count(view).n
        if limit <= 0:
            return records(reader, list(reader.iter_view(view))), total
        return records(reader, reader.page(view, limit=limit)), total
    finally:
        reader.close()


def format_records(rows: Iterable[dict]) -> str:
    """A compact plain-text listing of `search` records (one item per paragraph)."""
    buf = io.StringIO()
    for r in rows:
        when = r["date"] or "undated"
        if r["kind"] == "quote":
            head = f"{when}  QUOTE  {r['speaker'] or 'unattributed'}"
        else:
            head = f"{when}  {r['type']}  {r['source'] or '?'} -> {r['target'] or '-'}"
        buf.write(f"{head}\n    {r['text']}\n    {r['article']}: {r['sentence']}\n")
    return buf.getvalue()
