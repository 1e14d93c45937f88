"""The `tuiex` command: explore (default), ingest, export, search, stats, dyad, datasette-metadata.

Heavy imports (spaCy, Textual) happen inside the subcommand that needs them, so `tuiex stats`
and `tuiex search` start in a blink."""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import sys
from pathlib import Path

from .textnorm import escape_controls, one_line

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
    # Every command takes --db, so a new user types `tuiex --db FILE` for the explorer too.
    p.add_argument("--db", dest="top_db", metavar="FILE",
                   help="the store for the explorer (tuiex --db FILE = tuiex explore FILE); before a "
                        "command, that command's --db")
    sub = p.add_subparsers(dest="command", metavar="COMMAND",
                           help="explore (the default), ingest, search, export, stats, dyad or datasette-metadata")

    ing = sub.add_parser("ingest", help="extract actors, events and quotes from articles into a store",
                         description="Extract actors, events and quotes from articles into a store.")
    ing.add_argument("paths", nargs="+", metavar="PATH",
                     help="files, folders (recursive) or glob patterns: .txt, .html, .json/.jsonl")
    ing.add_argument("--db", metavar="FILE", help=DB_HELP_WRITE)
    ing.add_argument("--published", metavar="DATE",
                     help="the articles' date (2016, 2016-07 or 2016-07-01), overriding what the text says")
    ing.add_argument("--jobs", "-j", type=_jobs, default=1, metavar="N",
                     help="extract in N worker processes (0: one per CPU core; default 1)")
    where = ing.add_mutually_exclusive_group()
    where.add_argument("--cluster", type=_cluster, metavar="local[:N]",
                       help="extract on a Dask cluster of N worker processes on this machine (local: one "
                            "per CPU core); needs pip install 'tuiex[cluster]'")
    where.add_argument("--scheduler", metavar="ADDRESS",
                       help="extract on the running Dask cluster whose scheduler is at ADDRESS "
                            "(e.g. tcp://10.0.0.5:8786); it and its workers need tuiex installed")
    ing.add_argument("--quiet", action="store_true", help="no progress bar")

    exp = sub.add_parser("export", help="write the store in the exchange format",
                         description="Write the store in the exchange format (shared/eval/FORMAT.md).")
    exp.add_argument("--db", metavar="FILE", help=DB_HELP_READ)
    exp.add_argument("--format", choices=["jsonl", "csv"], default="jsonl",
                     help="jsonl: one record a line (default); csv: one file per record kind")
    exp.add_argument("--out", metavar="PATH",
                     help="file (jsonl; default standard output) or folder (csv; default ./export)")

    se = sub.add_parser("search", help="print matching events and quotes",
                        description="Print matching events and quotes, in timeline order.")
    se.add_argument("query", nargs="*", help='e.g. lavrov, actor:putin type:CONSULT, "air base" from:2016-07 '
                    "(words starting with - are words too)")
    se.add_argument("--db", metavar="FILE", help=DB_HELP_READ)
    se.add_argument("--limit", type=int, default=50, metavar="N",
                    help="show at most N matches (default 50; 0: all); a cut list says how many there are")
    se.add_argument("--json", action="store_true", help="one JSON object per line")
    se.add_argument("--stories", action="store_true",
                    help="list the stories of the matching events (one real-world action across its reports)")

    dy = sub.add_parser("dyad", help="cooperation and conflict between two actors (or one and everyone) over time",
                        description="Counts of verbal and material cooperation and conflict between two actors "
                                    "(or one actor and everyone) per week or month, with the totals per PLOVER type.")
    dy.add_argument("actors", nargs="+", metavar="ACTOR", help='one or two actor names, e.g. "Russia" "Turkey"')
    dy.add_argument("--by", choices=["week", "month"], default="month",
                    help="one row per week or month (default month)")
    dy.add_argument("--format", choices=["table", "csv", "json"], default="table", help="table (default), csv or json")
    dy.add_argument("--db", metavar="FILE", help=DB_HELP_READ)

    st = sub.add_parser("stats", help="counts and the date span of a store",
                        description="Counts and the date span of a store.")
    st.add_argument("--db", metavar="FILE", help=DB_HELP_READ)

    ds = sub.add_parser("datasette-metadata", help="print Datasette metadata for a store (labels, full-text tables)",
                        description="Print Datasette metadata (JSON) for the store: table and column labels, "
                                    "the full-text tables, label columns. Use: tuiex datasette-metadata --db "
                                    "FILE > meta.json; datasette FILE --metadata meta.json")
    ds.add_argument("--db", metavar="FILE", help=DB_HELP_READ)
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


def _cluster(value: str) -> int:
    """--cluster local[:N]: the number of local Dask worker processes."""
    from .ingest.cluster import parse_cluster

    try:
        return parse_cluster(value)
    except ValueError as e:
        raise argparse.ArgumentTypeError(str(e)) from None


def main(argv: list[str] | None = None) -> int:
    parser = _parser()
    args, unknown = parser.parse_known_args(argv)
    if args.command == "search":
        args.query += unknown           # "tuiex search -foo": a word, not an unknown option
        if not args.query:
            parser.error("search needs a query, e.g. tuiex search lavrov")
    elif unknown:
        parser.error(f"unrecognized arguments: {' '.join(unknown)}")
    if args.top_db is not None:
        if getattr(args, "db", None) not in (None, args.top_db):
            parser.error(f"two stores named: --db {args.top_db} and {args.db}; give one")
        args.db = args.top_db
    if args.command == "ingest" and (args.cluster or args.scheduler) and args.jobs > 1:
        parser.error("--jobs is for worker processes on this machine; with --cluster or --scheduler "
                     "the cluster's workers extract: give one or the other")
    from .config import ConfigError
    from .store.db import StoreError

    try:
        return _run(args)
    except BrokenPipeError:
        # `tuiex search ... | head -1`: the reader has all it wanted. Python would complain again
        # when it flushes stdout at exit, so stdout goes to /dev/null first.
        try:
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
        except (OSError, ValueError):
            pass
        return 141 if os.name == "posix" else 1      # 128 + SIGPIPE, what a shell shows for it
    except (StoreError, ConfigError) as e:
        print(f"tuiex: {escape_controls(str(e))}", file=sys.stderr)
        return 2
    except sqlite3.DatabaseError as e:      # a store damaged after it was opened
        from .store.db import explain

        print(f"tuiex: {escape_controls(explain(e, Path(getattr(args, 'db', None) or ''), 'read'))} "
              f"(check it with: sqlite3 FILE 'PRAGMA integrity_check')", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("tuiex: interrupted; every article written so far is complete", file=sys.stderr)
        return 130


def _run(args) -> int:
    if args.command == "ingest":
        return _ingest(args)
    if args.command == "export":
        return _export(args)
    if args.command == "search":
        return _search(args)
    if args.command == "stats":
        return _stats(args)
    if args.command == "datasette-metadata":
        from .store.datasette import database_name, metadata
        from .store.db import open_connection

        open_connection(_read_store(args), readonly=True).close()   # missing or not a store: StoreError, exit 2
        print(json.dumps(metadata(database_name(args.db)), indent=2, ensure_ascii=False))
        return 0
    if args.command == "dyad":
        _read_store(args)
        from .cli_views import print_dyad

        return print_dyad(args)
    return _explore(getattr(args, "db", None))


def _read_store(args) -> str:
    """The store a reading command opens (--db, your store, or the sample store)."""
    from .config import store_to_read

    opened = store_to_read(args.db)
    args.db = str(opened.path)
    args.opened = opened
    return args.db


def _ingest(args) -> int:
    from .batch import ingest
    from .config import store_to_write
    from .ingest.cluster import ClusterError
    from .ingest.readers import EMPTY, BadPublished

    def made(folder: Path) -> None:
        print(f"tuiex: made the folder {escape_controls(str(folder))} for your store", file=sys.stderr)

    args.db = str(store_to_write(args.db, on_made=made))

    progress = stage = None
    if not args.quiet and sys.stderr.isatty():
        from rich.console import Console
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            Progress,
            SpinnerColumn,
            TextColumn,
            TimeElapsedColumn,
            TimeRemainingColumn,
        )

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
                         on_progress=progress, on_stage=stage, cluster=args.cluster,
                         scheduler=args.scheduler)
    except (BadPublished, ClusterError) as e:  # a bad --published: raised before anything is written
        print(f"tuiex: {e}", file=sys.stderr)
        return 2
    finally:
        if progress is not None:
            bar.stop()
    empty = [s.path for s in summary.skipped if s.reason == EMPTY]
    if summary.nothing_to_read and summary.skipped and len(empty) == len(summary.skipped):
        shown = ", ".join(escape_controls(p) for p in empty[:3]) + (f" and {len(empty) - 3} more"
                                                                    if len(empty) > 3 else "")
        print(f"tuiex: nothing to ingest: {shown} {'is' if len(empty) == 1 else 'are'} empty, so no store "
              f"was made or changed: {escape_controls(args.db)}", file=sys.stderr)
        return 2
    for s in summary.skipped:
        print(f"skipped {escape_controls(s.path)}: {escape_controls(s.reason)}", file=sys.stderr)
    for path, stored in summary.duplicates:
        print(f"skipped {escape_controls(path)}: same text as {escape_controls(stored)} already in the store",
              file=sys.stderr)
    if summary.nothing_to_read:
        print(f"tuiex: nothing to ingest (see above), so no store was made or changed: {escape_controls(args.db)}",
              file=sys.stderr)
        return 2
    dup = len(summary.duplicates)
    dups = f", {dup} duplicate{'s' if dup != 1 else ''} skipped" if dup else ""
    print(
        f"{summary.articles} articles ingested ({summary.unchanged} unchanged{dups}), {summary.events} events, "
        f"{summary.quotes} quotes; the store holds {summary.actors} actors: {escape_controls(args.db)}"
    )
    if summary.undated:
        shown = ", ".join(escape_controls(Path(p.split("#")[0]).name) for p in summary.undated[:3])
        more = f" and {len(summary.undated) - 3} more" if len(summary.undated) > 3 else ""
        print(f"{len(summary.undated)} without a date in their text ({escape_controls(shown)}{more}): their events "
              f"keep only the dates their sentences state; give one with --published DATE or a sidecar "
              f"FILE.meta.json holding {{\"published\": \"2024-05-31\"}}")
    if summary.skipped:
        print(f"{len(summary.skipped)} skipped, not stored (the reasons are above); "
              "the rest landed", file=sys.stderr)
        return 1
    return 0


def _export(args) -> int:
    _read_store(args)
    from .store.db import connect
    from .store.exchange import check_readable, write_csv, write_jsonl

    db = connect(args.db, readonly=True)
    check_readable(db)
    out = Path(args.out or "export") if args.format == "csv" else Path(args.out) if args.out else None
    if out is not None and not out.parent.is_dir():      # as for --db: a folder named is never made
        print(f"tuiex: no folder {escape_controls(str(out.parent))} for {escape_controls(str(out))}: make it "
              f"first (mkdir -p {escape_controls(str(out.parent))}) or name another --out", file=sys.stderr)
        return 2
    if args.format == "csv":
        assert out is not None
        if out.exists() and not out.is_dir():
            print(f"tuiex: {escape_controls(str(out))} is a file; --out names a folder for CSV", file=sys.stderr)
            return 2
        if not out.exists():
            out.mkdir()
            print(f"tuiex: made the folder {escape_controls(str(out))}", file=sys.stderr)
        for path in write_csv(db, out):
            print(escape_controls(str(path)))
        return 0
    if args.out:
        with open(args.out, "w", encoding="utf-8") as f:
            write_jsonl(db, f)
    else:
        write_jsonl(db, sys.stdout)
    return 0


def _search(args) -> int:
    _read_store(args)
    if args.stories:
        from .cli_views import print_stories

        return print_stories(args)
    from .store.output import search_with_total
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
    """Two lines for a terminal. Every field comes from an article, so none may carry a control
    character (a store made by an older tuiex may hold them)."""
    row = {k: one_line(v) if isinstance(v, str) else v for k, v in row.items()}
    date = row.get("date") or "undated"
    if row.get("kind") == "quote":
        head = f"{date:<10}  QUOTE     {row.get('speaker') or '?'}: “{row.get('text')}”"
    else:
        trigger = (row.get("summary") or "").split(": ", 1)[-1]
        actors = f"{row.get('source') or '?'} → {row.get('target') or '-'}"
        head = f"{date:<10}  {row.get('type', ''):<9} {actors}: {trigger}"
    return f"{head}\n            {row.get('article', '')}: {row.get('sentence', '')}"


def _stats(args) -> int:
    _read_store(args)
    from .store.db import connect
    from .store.exchange import stats

    s = stats(connect(args.db, readonly=True))
    why = f" ({args.opened.why})" if args.opened.why != "store" else ""
    print(f"store          {escape_controls(args.db)}{why}")
    for k in ("articles", "sentences", "actors", "events", "quotes"):
        print(f"{k:<14} {s[k]:,}")
    span = f"{s['first_date'] or '-'} .. {s['last_date'] or '-'}"
    print(f"dates          {span} ({s['undated_events']:,} undated events)")
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

    return run(str(opened.path), opened=opened.describe())


if __name__ == "__main__":
    sys.exit(main())
