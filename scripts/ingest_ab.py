"""Ingest CPU time, A/B: bare spaCy against two source trees of tuiex, in interleaved rounds.

    git archive main src | tar -x -C /tmp/old        # the tree to compare against
    python scripts/ingest_ab.py --old /tmp/old/src [--new src] [--articles 40] [--rounds 9]

The same measure as `bench.py --only ingest` (issue 15), by CPU time, which holds on a shared
machine where wall time does not: bare spaCy (`load_shipped()`, `nlp.pipe` in batches of 64 over
the articles' cleaned paragraphs) and `ingest(jobs=1)` into a fresh store with each tree, on the
same make_corpus articles (seed 7), the text-keyed caches emptied before each ingest as the bench
empties them. Each side is a worker process of its own that loads the model once and is asked
to run in turn (the order reversed every other round; round 0 warms up and is not counted).
Prints each round's CPU seconds and ratios, then medians with their range, and old/new."""
from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
SCRIPTS = str(HERE)

WORKER = r'''
import os, sys, time, resource
from pathlib import Path
side, folder = sys.argv[1], Path(sys.argv[2])
paths = sorted(str(p) for p in (folder / "articles").iterdir())
from tuiex.records import SourceDoc
from tuiex.ingest import published
from tuiex.ingest.clean import clean_once
from tuiex.ingest.nlp import load_nlp, load_shipped
from tuiex.ingest.readers import read_documents
from tuiex.batch import ingest
docs = [d for d in read_documents(paths) if isinstance(d, SourceDoc)]
paragraphs = [p.text for d in docs for p in clean_once(d.raw, d.title).paragraphs]
nlp = load_shipped() if side == "bare" else load_nlp()
list(nlp.pipe(paragraphs[:20]))
def cpu():
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime
n = 0
def run():
    global n
    n += 1
    if side == "bare":
        for _ in nlp.pipe(paragraphs, batch_size=64):
            pass
        return
    db = folder / f"{side}-{os.getpid()}-{n}.db"
    clean_once.cache_clear(); published._search_dates.cache_clear()
    s = ingest(paths, str(db), jobs=1)
    assert s.articles == len(paths), s
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
print("ready", flush=True)
for line in sys.stdin:
    t, c = time.perf_counter(), cpu()
    run()
    print(f"{cpu() - c:.4f} {time.perf_counter() - t:.4f}", flush=True)
'''


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--old", required=True, help="the src folder of the tree to compare against")
    ap.add_argument("--new", default=str(HERE.parent / "src"),
                    help="the src folder of the tree measured (default: this checkout's)")
    ap.add_argument("--articles", type=int, default=40)
    ap.add_argument("--rounds", type=int, default=9)
    ap.add_argument("--sides", default="bare,old,new")
    ap.add_argument("--folder", default=str(Path(tempfile.gettempdir()) / "tuiex-ab-corpus"),
                    help="where the articles are written (once per size) and the stores made")
    args = ap.parse_args()
    trees = {"old": args.old, "new": args.new, "bare": args.new}
    folder = Path(f"{args.folder}-{args.articles}")
    if not (folder / "articles").exists():
        sys.path.insert(0, SCRIPTS)
        sys.path.insert(0, trees["new"])
        import make_corpus
        make_corpus.write_articles(folder / "articles", args.articles, seed=7)
    sides = args.sides.split(",")
    procs = {}
    for s in sides:
        env = dict(os.environ, PYTHONPATH=trees[s])
        procs[s] = subprocess.Popen([sys.executable, "-c", WORKER, s, str(folder)], env=env,
                                    stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
        assert procs[s].stdout.readline().strip() == "ready"
    cpu = {s: [] for s in sides}
    wall = {s: [] for s in sides}
    for r in range(args.rounds + 1):            # round 0: warm-up, not counted
        order = sides if r % 2 == 0 else sides[::-1]
        for s in order:
            procs[s].stdin.write("run\n")
            procs[s].stdin.flush()
            c, w = map(float, procs[s].stdout.readline().split())
            if r:
                cpu[s].append(c)
                wall[s].append(w)
        if r:
            line = " ".join(f"{s}={cpu[s][-1]:.2f}" for s in sides)
            if "bare" in sides:
                line += " | " + " ".join(f"{s}:{cpu['bare'][-1] / cpu[s][-1]:.3f}" for s in sides if s != "bare")
            print(f"round {r}: {line}", flush=True)
    for p in procs.values():
        p.stdin.close()
        p.wait()
    print(f"load {os.getloadavg()[0]:.1f}")
    for s in sides:
        print(f"{s:5} cpu median {statistics.median(cpu[s]):.3f} (min {min(cpu[s]):.3f} max {max(cpu[s]):.3f}) "
              f"wall median {statistics.median(wall[s]):.3f}")
    if "bare" in sides:
        for s in sides:
            if s == "bare":
                continue
            ratios = [b / x for b, x in zip(cpu["bare"], cpu[s], strict=True)]
            print(f"ratio bare/{s} by CPU: median of round ratios {statistics.median(ratios):.3f} "
                  f"(min {min(ratios):.3f} max {max(ratios):.3f}); ratio of medians "
                  f"{statistics.median(cpu['bare']) / statistics.median(cpu[s]):.3f}; by wall "
                  f"{statistics.median(wall['bare']) / statistics.median(wall[s]):.3f}")
    if "old" in sides and "new" in sides:
        ratios = [o / n for o, n in zip(cpu["old"], cpu["new"], strict=True)]
        print(f"old/new CPU: median {statistics.median(ratios):.3f} (min {min(ratios):.3f} max {max(ratios):.3f})")


if __name__ == "__main__":
    main()
