"""Extraction CPU time, A/B in one process: `build_article` of two source trees on the same parsed docs.

    git archive main src | tar -x -C /tmp/old        # the tree to compare against
    python scripts/extract_ab.py --old /tmp/old/src [--articles 60] [--rounds 8]

On a shared machine the CPU time of one process drifts with the load by 10-30 % between runs, more
than most single changes to extraction save (scripts/ingest_ab.py compares whole ingests, process
against process). Here both trees run in one process: the old tree's package is copied under the
name `tuiex_old` (its relative imports follow it; its few absolute `tuiex.` imports reach this
checkout's modules, so only changes to extraction, not to reading or cleaning, are compared), the
make_corpus articles (seed 7) are read, cleaned and parsed once by this checkout, and each round
builds every article with both trees in turn, the order alternating per article, every doc cache
(`user_data` entries "tuiex.*" but the text) emptied before each build. Prints each round's CPU
seconds and old/new, then the median of the round ratios with its range."""
from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--old", required=True, help="the src folder of the tree to compare against")
    ap.add_argument("--articles", type=int, default=60)
    ap.add_argument("--rounds", type=int, default=8)
    ap.add_argument("--folder", default=str(Path(tempfile.gettempdir()) / "tuiex-ab-corpus"),
                    help="where the articles are written (once per size)")
    args = ap.parse_args()
    sys.path.insert(0, str(HERE.parent / "src"))
    sys.path.insert(0, str(HERE))
    folder = Path(f"{args.folder}-{args.articles}")
    if not (folder / "articles").exists():
        import make_corpus
        make_corpus.write_articles(folder / "articles", args.articles, seed=7)
    with tempfile.TemporaryDirectory() as tmp:
        shutil.copytree(Path(args.old) / "tuiex", Path(tmp) / "tuiex_old")
        sys.path.insert(0, tmp)
        run(folder, args.rounds)


def run(folder: Path, rounds: int) -> None:
    from tuiex_old.ingest import pipeline as old  # type: ignore[import-not-found]

    from tuiex.ingest import pipeline as new
    from tuiex.ingest.nlp import load_nlp, parse
    from tuiex.ingest.readers import read_documents
    from tuiex.records import SourceDoc

    paths = sorted(str(p) for p in (folder / "articles").iterdir())
    docs = [d for d in read_documents(paths) if isinstance(d, SourceDoc)]
    nlp = load_nlp()
    prepared = [(d, *new.prepare(d)) for d in docs]
    parsed = [parse(nlp, [p.text for p in c.paragraphs], 64) for _, c, _, _ in prepared]

    def clear(ds) -> None:
        for doc in ds:
            for k in [k for k in doc.user_data if isinstance(k, str) and k.startswith("tuiex.") and k != "tuiex.text"]:
                del doc.user_data[k]

    sides = {"old": old.build_article, "new": new.build_article}
    for build in sides.values():            # warm-up: imports, first lookups, the city table
        for (d, c, pub, how), ds in zip(prepared, parsed, strict=True):
            clear(ds)
            build(d, c, pub, how, ds)
    totals: dict[str, list[float]] = {"old": [], "new": []}
    for r in range(rounds):
        cpu = dict.fromkeys(sides, 0.0)
        for k, ((d, c, pub, how), ds) in enumerate(zip(prepared, parsed, strict=True)):
            for side in (("old", "new") if (r + k) % 2 == 0 else ("new", "old")):
                clear(ds)
                t = time.thread_time()
                sides[side](d, c, pub, how, ds)
                cpu[side] += time.thread_time() - t
        for side, seconds in cpu.items():
            totals[side].append(seconds)
        print(f"round {r + 1}: old {cpu['old']:.3f} new {cpu['new']:.3f} old/new {cpu['old'] / cpu['new']:.3f}",
              flush=True)
    ratios = [o / n for o, n in zip(totals["old"], totals["new"], strict=True)]
    print(f"old/new by CPU: median {statistics.median(ratios):.3f} (min {min(ratios):.3f} max {max(ratios):.3f}); "
          f"old {statistics.median(totals['old']):.3f} s, new {statistics.median(totals['new']):.3f} s")


if __name__ == "__main__":
    main()
