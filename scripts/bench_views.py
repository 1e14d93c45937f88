"""Issue 16's figures on a big store, each measured in the same run as what it is compared with.

    python scripts/make_corpus.py store /tmp/big.db --events 1000000
    python scripts/bench_views.py /tmp/big.db [--articles 200]

  stories_share_of_ingest  time spent grouping stories (`stories.assign`, timed around every
                           call) over the whole `ingest` wall time of the same run: N article files
                           from make_corpus (seed 1, so they retell stored stories) ingested into
                           the big store, one process. Target <= 0.15.
  dyad_trend_ms            `dyads.trend` of the two actors in most events, by month (median of 5).
  dyad_bars_shown_ms       `app.open_dyad` to the view on screen with its bars and totals (the
                           counts read, the screen mounted and painted), headless (median of 5).
  dyad_bars_shown_cpu_ms   this process's CPU time over the same: the wall time on an idle core
                           (on a shared, busy machine the wall time is several times it).
  dyad_view_ms             the same to the table of periods filled (a frame later).
  dyad_view_vs_bare        the same over pushing a bare screen with a DataTable of as many rows
                           (the floor Textual itself sets). Target: dyad_bars_shown_ms <= 200.

A store built before stories existed (schema 2) gets the two story tables and schema 3 first,
with every stored event left outside any story; new articles then adopt the stored events they
match (`stories.assign`), which is the costlier path.
"""

from __future__ import annotations

import argparse
import asyncio
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "src"))

import make_corpus  # noqa: E402

from tuiex.store import dyads, stories  # noqa: E402
from tuiex.store.db import _statements  # noqa: E402
from tuiex.store.schema import SCHEMA_VERSION  # noqa: E402


def migrate(path: Path) -> None:
    conn = sqlite3.connect(path)
    version = int(conn.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()[0])
    if version < SCHEMA_VERSION or not conn.execute(
            "SELECT 1 FROM sqlite_master WHERE name = 'idx_events_dyad'").fetchone():
        with conn:
            for statement in _statements(stories.DDL + dyads.DDL):
                conn.execute(statement)
            conn.execute("UPDATE meta SET value = ? WHERE key = 'schema_version'", [str(SCHEMA_VERSION)])
        print(f"(schema {version} -> {SCHEMA_VERSION}: story tables added, stored events in no story)")
    conn.close()


def stories_share(db: Path, n: int) -> tuple[float, float, float, object]:
    """(share, seconds grouping stories, seconds of the whole ingest, ingest Summary) for `n`
    make_corpus articles (seed 1) ingested into the store at `db`, one process, model loaded first."""
    from tuiex.ingest.nlp import load_nlp
    from tuiex.batch import ingest
    from tuiex.store import db as store_db

    folder = Path(tempfile.mkdtemp(prefix="bench_views_"))
    paths = make_corpus.write_articles(folder, n, seed=1)
    spent = [0.0]
    real = stories.assign

    def timed(conn, article_id):
        t = time.perf_counter()
        try:
            return real(conn, article_id)
        finally:
            spent[0] += time.perf_counter() - t

    load_nlp()                          # the model loaded before the clock starts
    store_db.stories.assign = timed
    try:
        t0 = time.perf_counter()
        summary = ingest([str(p) for p in paths], str(db), jobs=1)
        total = time.perf_counter() - t0
    finally:
        store_db.stories.assign = real
    return spent[0] / total, spent[0], total, summary


def bench_ingest(db: Path, n: int) -> None:
    share, spent, total, summary = stories_share(db, n)
    print(f"ingested {summary.articles} articles, {summary.events} events in {total:.1f} s; "
          f"story grouping {spent * 1000:.0f} ms")
    print(f"{'stories_share_of_ingest':<26}{share:>8.3f}  <= 0.15   {'ok' if share <= 0.15 else 'MISS'}")


async def _view_times(db: Path, a: int, b: int, names: tuple[str, str], rounds: int = 5
                      ) -> tuple[list, list, list, list]:
    from textual.app import App
    from textual.screen import Screen
    from textual.widgets import DataTable

    from tuiex.app.app import ExplorerApp
    from tuiex.app.dyad_view import DyadScreen

    views, bares, firsts, cpus = [], [], [], []
    app = ExplorerApp(db)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause(0.5)
        await app.workers.wait_for_complete()
        n_rows = 0
        for _ in range(rounds):
            t, c = time.perf_counter(), time.process_time()
            app.open_dyad(a, names[0], b, names[1])
            shown = None
            while True:
                await pilot.pause(0.001)
                screen = app.screen
                if not isinstance(screen, DyadScreen) or not screen.is_mounted:
                    continue
                if shown is None:                   # the bars and totals, painted
                    shown = time.perf_counter() - t
                    cpus.append(time.process_time() - c)
                tables = screen.query(DataTable)
                if tables and tables.first().row_count:
                    break
            firsts.append(shown)
            views.append(time.perf_counter() - t)
            n_rows = screen.query_one(DataTable).row_count
            await pilot.press("escape")
            await pilot.pause(0.05)

    class Bare(Screen):
        def compose(self):
            yield DataTable()

        def on_mount(self):
            t = self.query_one(DataTable)
            t.add_columns("period", "a", "b", "c", "d", "total")
            for i in range(n_rows):
                t.add_row(str(i), "1", "2", "3", "4", "10")

    class BareApp(App):
        pass

    bare = BareApp()
    async with bare.run_test(size=(120, 40)) as pilot:
        for _ in range(rounds):
            t = time.perf_counter()
            await bare.push_screen(Bare())
            while not bare.screen.query_one(DataTable).row_count and n_rows:
                await pilot.pause(0.001)
            await pilot.pause(0.001)
            bares.append(time.perf_counter() - t)
            bare.pop_screen()
            await pilot.pause(0.05)
    return views, bares, firsts, cpus


def dyad_figures(db: Path) -> dict:
    """Milliseconds, medians of 5: `trend` (dyads.trend of the two actors in most events, by
    month), `shown` (open_dyad to the view mounted with its bars and totals) and `shown_cpu` (the
    CPU time of this process meanwhile: what `shown` is on an idle core), `view` (to the table of
    periods filled), `bare` (a bare screen with a DataTable of as many rows); `events`, `periods`."""
    from tuiex.store.db import open_connection

    conn = open_connection(db, readonly=True)
    a, b = dyads.top_actors(conn, 2)
    names = tuple(conn.execute("SELECT name FROM actors WHERE id = ?", [x]).fetchone()[0] for x in (a, b))
    times = []
    for _ in range(5):
        t = time.perf_counter()
        trend = dyads.trend(conn, a, b, "month")
        times.append(time.perf_counter() - t)
    conn.close()
    views, bares, firsts, cpus = asyncio.run(_view_times(db, a, b, names))
    return {"trend": statistics.median(times) * 1000, "shown": statistics.median(firsts) * 1000,
            "shown_cpu": statistics.median(cpus) * 1000, "view": statistics.median(views) * 1000,
            "bare": statistics.median(bares) * 1000, "events": trend.total, "periods": len(trend.periods),
            "names": " – ".join(names)}


def bench_dyad(db: Path) -> None:
    d = dyad_figures(db)
    print(f"dyad {d['names']}: {d['events']:,} events over {d['periods']} months")
    print(f"{'dyad_trend_ms':<26}{d['trend']:>8.1f}")
    f = d["shown"]
    print(f"{'dyad_bars_shown_ms':<26}{f:>8.1f}  <= 200    {'ok' if f <= 200 else 'MISS'}")
    print(f"{'dyad_bars_shown_cpu_ms':<26}{d['shown_cpu']:>8.1f}  (this process's CPU time meanwhile)")
    print(f"{'dyad_view_ms':<26}{d['view']:>8.1f}  (with the table of periods filled)")
    print(f"{'dyad_view_vs_bare':<26}{d['view'] / d['bare']:>8.2f}  (bare screen {d['bare']:.1f} ms)")


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("db", type=Path)
    p.add_argument("--articles", type=int, default=200)
    p.add_argument("--skip-ingest", action="store_true")
    args = p.parse_args()
    migrate(args.db)
    bench_dyad(args.db)
    if not args.skip_ingest:
        bench_ingest(args.db, args.articles)


if __name__ == "__main__":
    main()
