"""The `tuiex` command: explore (default), ingest, export, search, stats.

Heavy imports (spaCy, Textual) happen inside the subcommand that needs them, so `tuiex stats`
and `tuiex search` start in a blink."""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import sys
from pathlib import Path

DB_HELP_READ = ("the store to read (default: your store, TUIEX_DB or the user data folder's, "
                "when it exists; else the shipped sample store)")
DB_HELP_WRITE = ("the store to write (default: your store: TUIEX_DB, the config's store, or "
                 "events.db in the user data folder; never the shipped sample store)")


def _version() -> str:
    from . import __version__

    return __version__


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="tuiex",
        description="A terminal explorer for political news: who did what to whom and when, who said what.",
        epilog="Without a command, tuiex opens the explorer (tuiex explore).",
    )
    p.add_argument("--version", action="version", version=f"tuiex {_version()}",
                   help="print the version and exit")
    sub = p.add_subparsers(dest="command", metavar="COMMAND", help="explore (the default), ingest, search, export or stats")

    ing = sub.add_parser("ingest", help="extract actors, events and quotes from articles into a store",
                         description="Extract actors, events and quotes from articles into a store.")
    ing.add_argument("paths", nargs="+", metavar="PATH",
                     help="files, folders (recursive) or glob patterns: .txt, .html, .json/.jsonl")
    ing.add_argument("--db", metavar="FILE", help=DB_HELP_WRITE)
    ing.add_argument("--published", metavar="DATE", help="the articles' date (2016, 2016-07 or 2016-07-01), overriding what the text says")
    ing.add_argument("--jobs", "-j", type=_jobs, default=1, metavar="N",
                     help="extract in N worker processes (0: one per CPU core; default 1)")
    ing.add_argument("--quiet", action="store_true", help="no progress bar")

    exp = sub.add_parser("export", help="write the store in the exchange format",
                         description="Write the store in the exchange format (shared/eval/FORMAT.md).")
    exp.add_argument("--db", metavar="FILE", help=DB_HELP_READ)
    exp.add_argument("--format", choices=["jsonl", "csv"], default="jsonl",
                     help="jsonl: one record a line (default); csv: one file per record kind")
    exp.add_argument("--out", metavar="PATH", help="file (jsonl; default standard output) or folder (csv; default ./export)")

    se = sub.add_parser("search", help="print matching events and quotes",
                        description="Print matching events and quotes, in timeline order.")
    se.add_argument("query", nargs="*", help='e.g. lavrov, actor:putin type:CONSULT, "air base" from:2016-07 '
                    "(words starting with - are words too)")
    se.add_argument("--db", metavar="FILE", help=DB_HELP_READ)
    se.add_argument("--limit", type=int, default=50, metavar="N",
                    help="show at most N matches (default 50; 0: all); a cut list says how many there are")
    se.add_argument("--json", action="store_true", help="one JSON object per line")

    st = sub.add_parser("stats", help="counts and the date span of a store",
                        description="Counts and the date span of a store.")
    st.add_argument("--db", metavar="FILE", help=DB_HELP_READ)

    ex = sub.add_parser("explore", help="open the explorer (the default command)",
                        description="Open the explorer.")
    ex.add_argument("db", nargs="?", metavar="DB", help=DB_HELP_READ)
    return p


def _jobs(value: str) -> int:
    """--jobs N: a count of worker processes; 0 means one per CPU core."""
    try:
        n = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number of jobs: {value!r}") from None
    if n < 0:
        raise argparse.ArgumentTypeError("--jobs must be 0 (one per core) or more")
    return n or (os.cpu_count() or 1)


def main(argv: list[str] | None = None) -> int:
    parser = _parser()
    args, unknown = parser.parse_known_args(argv)
    if args.command == "search":
        args.query += unknown           # "tuiex search -foo": a word, not an unknown option
        if not args.query:
            parser.error("search needs a query, e.g. tuiex search lavrov")
    elif unknown:
        parser.error(f"unrecognized arguments: {' '.join(unknown)}")
    from .config import ConfigError
    from .store.db import StoreError

    try:
        if args.command == "ingest":
            return _ingest(args)
        if args.command == "export":
            return _export(args)
        if args.command == "search":
            return _search(args)
        if args.command == "stats":
            return _stats(args)
        return _explore(getattr(args, "db", None))
    except (StoreError, ConfigError) as e:
        print(f"tuiex: {e}", file=sys.stderr)
        return 2
    except sqlite3.DatabaseError as e:      # a store damaged after it was opened
        print(f"tuiex: the store {getattr(args, 'db', None) or ''} could not be read: {e} "
              f"(check it with: sqlite3 FILE 'PRAGMA integrity_check')", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("tuiex: interrupted; every article written so far is complete", file=sys.stderr)
        return 130


def _read_store(args) -> str:
    """The store a reading command opens (--db, your store, or the sample store)."""
    from .config import store_to_read

    opened = store_to_read(args.db)
    args.db = str(opened.path)
    args.opened = opened
    return args.db


def _ingest(args) -> int:
    from .config import store_to_write
    from .ingest.readers import BadPublished
    from .ingest.run import ingest

    args.db = str(store_to_write(args.db))

    progress = stage = None
    if not args.quiet and sys.stderr.isatty():
        from rich.console import Console
        from rich.progress import (BarColumn, MofNCompleteColumn, Progress, SpinnerColumn,
                                   TextColumn, TimeElapsedColumn, TimeRemainingColumn)

        bar = Progress(SpinnerColumn(), TextColumn("[bold]{task.fields[step]}[/]"), BarColumn(),
                       MofNCompleteColumn(), TextColumn("files ·"), TimeElapsedColumn(),
                       TextColumn("· ETA"), TimeRemainingColumn(),
                       TextColumn("{task.description}", markup=False),
                       console=Console(stderr=True), transient=True)
        bar.start()
        task = bar.add_task("", total=None, step="counting files")
        last = [""]

        def stage(name: str, n: int | None) -> None:
            if name == "files":
                bar.update(task, total=n, step="ingesting")
            elif name == "model":
                bar.update(task, step="loading the language model")
            else:
                bar.update(task, step="ingesting")

        def progress(path: str) -> None:
            file = path.split("#")[0]
            if file != last[0]:          # a JSON lines file's records: one file
                last[0] = file
                bar.update(task, advance=1, description=Path(file).name[-40:])
    try:
        summary = ingest(args.paths, args.db, published=args.published, jobs=args.jobs,
                         on_progress=progress, on_stage=stage)
    except BadPublished as e:  # raised before anything is written
        print(f"tuiex: {e}", file=sys.stderr)
        return 2
    finally:
        if progress is not None:
            bar.stop()
    print(
        f"{summary.articles} articles ingested ({summary.unchanged} unchanged), {summary.events} events, "
        f"{summary.quotes} quotes; the store holds {summary.actors} actors: {args.db}"
    )
    if summary.undated:
        shown = ", ".join(Path(p.split("#")[0]).name for p in summary.undated[:3])
        more = f" and {len(summary.undated) - 3} more" if len(summary.undated) > 3 else ""
        print(f"{len(summary.undated)} without a date in their text ({shown}{more}): their events keep only "
              f"the dates their sentences state; give one with --published DATE or a sidecar "
              f"FILE.meta.json holding {{\"published\": \"2024-05-31\"}}")
    for s in summary.skipped:
        print(f"skipped {s.path}: {s.reason}", file=sys.stderr)
    if summary.skipped:
        print(f"{len(summary.skipped)} skipped", file=sys.stderr)
        return 1
    return 0


def _export(args) -> int:
    _read_store(args)
    from .store.db import connect
    from .store.exchange import write_csv, write_jsonl

    db = connect(args.db, readonly=True)
    if args.format == "csv":
        for path in write_csv(db, Path(args.out or "export")):
            print(path)
        return 0
    if args.out:
        with open(args.out, "w", encoding="utf-8") as f:
            write_jsonl(db, f)
    else:
        write_jsonl(db, sys.stdout)
    return 0


def _search(args) -> int:
    _read_store(args)
    from .store.queries import search_with_total
    from .store.search import QueryError

    try:
        rows, total = search_with_total(args.db, " ".join(args.query), limit=args.limit)
    except QueryError as e:
        print(f"tuiex: bad query: {e}", file=sys.stderr)
        return 2
    for row in rows:
        if args.json:
            print(json.dumps(row, ensure_ascii=False))
        else:
            print(_format_row(row))
    if not rows:
        print("no matches", file=sys.stderr)
        return 1
    if len(rows) < total:
        print(f"{len(rows):,} of {total:,} shown; --limit 0 for all", file=sys.stderr)
    return 0


def _format_row(row: dict) -> str:
    date = row.get("date") or "undated"
    if row.get("kind") == "quote":
        head = f"{date:<10}  QUOTE     {row.get('speaker') or '?'}: “{row.get('text')}”"
    else:
        trigger = (row.get("summary") or "").split(": ", 1)[-1]
        head = f"{date:<10}  {row.get('type', ''):<9} {row.get('source') or '?'} → {row.get('target') or '-'}: {trigger}"
    return f"{head}\n            {row.get('article', '')}: {row.get('sentence', '')}"


def _stats(args) -> int:
    _read_store(args)
    from .store.db import connect
    from .store.exchange import stats

    s = stats(connect(args.db, readonly=True))
    print(f"store          {args.db}" + (f" ({args.opened.why})" if args.opened.why != "store" else ""))
    for k in ("articles", "sentences", "actors", "events", "quotes"):
        print(f"{k:<14} {s[k]:,}")
    print(f"dates          {s['first_date'] or '-'} .. {s['last_date'] or '-'} ({s['undated_events']:,} undated events)")
    for t, n in s["events_by_type"].items():
        print(f"  {t:<12} {n:,}")
    return 0


def _explore(db: str | None) -> int:
    from .config import store_to_read
    from .store.db import open_connection

    opened = store_to_read(db)
    # a clear message for a missing or foreign file, before the screen flips
    open_connection(str(opened.path), readonly=True).close()
    from .app import run

    run(str(opened.path), opened=opened.describe())
    return 0


if __name__ == "__main__":
    sys.exit(main())
