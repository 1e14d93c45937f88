"""Benchmark: tuiex ingest throughput against bare spaCy on the same texts.

    .venv/bin/python scripts/bench_ingest.py                 # the sample corpus, replicated to ~200 articles
    .venv/bin/python scripts/bench_ingest.py --paths a.txt b/ --repeat 5

Two measurements over the same article files, each the best of --repeat runs (runs alternate so that
machine drift hits both sides alike; with the default --budget a slow machine gets fewer
repeats rather than a run of several minutes):

* bare:   `list(nlp.pipe(texts))` over the raw texts of the files, with the pipeline tuiex loads;
* ingest: `tuiex.ingest.run.ingest(paths, db)` into a fresh temporary store each run (reading,
          cleaning, parsing, extraction and store writes).

The spaCy model is loaded (and run once) before either is timed, so load time counts on neither side.
Words are whitespace-separated words of the raw texts, the same count for both sides.

Output, one figure a line: `name  measured  target  ok|MISS`. Exit status 1 when a target is missed.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "data" / "articles"
TARGET_RATIO = 0.70

# Appended to each copy so every copy has its own content hash (and so is parsed, not skipped).
_VARIATIONS = [
    "Officials declined to comment further on the talks on day {n}.",
    "The ministry said a further statement would follow, in note {n}.",
    "Diplomats said consultations would continue, according to report {n}.",
    "Analysts expected the issue to return at meeting number {n}.",
]


def replicate(sources: list[Path], count: int, folder: Path) -> list[Path]:
    """`count` copies of `sources` in round robin, each with one distinct sentence appended."""
    texts = [p.read_text(encoding="utf-8") for p in sources]
    out = []
    for n in range(count):
        src, text = sources[n % len(sources)], texts[n % len(texts)]
        extra = _VARIATIONS[n % len(_VARIATIONS)].format(n=n + 1)
        path = folder / f"{n:04d}_{src.stem}.txt"
        path.write_text(text.rstrip("\n") + "\n\n" + extra + "\n", encoding="utf-8")
        out.append(path)
    return out


def expand(paths: list[str]) -> list[Path]:
    """Files as given, folders recursively (the text-like files tuiex would take), globs."""
    from tuiex.ingest.readers import expand_paths

    files, skipped = expand_paths(paths)
    for s in skipped:
        print(f"# skipped {s.path}: {s.reason}", file=sys.stderr)
    return files


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--paths", nargs="+", help="article files or folders (default: the sample corpus, replicated)")
    ap.add_argument("--count", type=int, default=200, help="articles to replicate the sample corpus to (default 200)")
    ap.add_argument("--repeat", type=int, default=3, help="runs per measurement, best taken (default 3)")
    ap.add_argument("--budget", type=float, default=100.0,
                    help="seconds of timed runs after which no further repeat is started (default 100; 0 = none)")
    args = ap.parse_args(argv)

    from tuiex.ingest.nlp import load_nlp
    from tuiex.ingest.run import ingest
    import tuiex.ingest.pipeline  # noqa: F401 - imported before timing, like the model

    with tempfile.TemporaryDirectory(prefix="tuiex-bench-") as tmp:
        tmp = Path(tmp)
        if args.paths:
            files = expand(args.paths)
        else:
            corpus = tmp / "articles"
            corpus.mkdir()
            files = replicate(sorted(SAMPLE.glob("*.txt")), args.count, corpus)
        if not files:
            print("no input files", file=sys.stderr)
            return 2
        texts = [p.read_bytes().decode("utf-8", errors="replace") for p in files]
        n_articles, n_words = len(texts), sum(len(t.split()) for t in texts)
        paths = [str(p) for p in files]

        t0 = time.perf_counter()
        nlp = load_nlp()
        list(nlp.pipe(texts[:2]))            # first-call warm-up (lazy allocations)
        load_s = time.perf_counter() - t0

        def bare() -> float:
            t = time.perf_counter()
            list(nlp.pipe(texts))
            return time.perf_counter() - t

        runs = 0
        parsed_words = 0

        def tuiex_ingest() -> float:
            nonlocal runs, parsed_words
            runs += 1
            db = tmp / f"bench-{runs}.db"
            t = time.perf_counter()
            summary = ingest(paths, str(db))
            elapsed = time.perf_counter() - t
            parsed_words = summary.words
            if summary.skipped:
                for s in summary.skipped:
                    print(f"# skipped {s.path}: {s.reason}", file=sys.stderr)
            if summary.articles + len(summary.skipped) != n_articles:
                print(f"# ingest wrote {summary.articles} of {n_articles} articles", file=sys.stderr)
            for suffix in ("", "-wal", "-shm"):
                Path(f"{db}{suffix}").unlink(missing_ok=True)
            return elapsed

        bare_s = ingest_s = float("inf")
        spent = 0.0
        done = 0
        for _ in range(max(1, args.repeat)):
            b, i = bare(), tuiex_ingest()
            bare_s, ingest_s = min(bare_s, b), min(ingest_s, i)
            spent += b + i
            done += 1
            if args.budget and spent + b + i > args.budget:   # the next round would overrun
                break

    ratio = bare_s / ingest_s     # throughput ratio tuiex/bare = time bare / time tuiex
    cut = f" (of {args.repeat}; --budget {args.budget:g}s reached)" if done < args.repeat else ""
    print(f"# {n_articles} articles, {n_words:,} words ({parsed_words:,} after tuiex's cleaning), "
          f"best of {done}{cut}; model load {load_s:.1f}s (excluded)")
    print(f"{'bare_spacy_articles_per_s':<28} {n_articles / bare_s:8.1f}")
    print(f"{'bare_spacy_words_per_s':<28} {n_words / bare_s:8.0f}")
    print(f"{'ingest_articles_per_s':<28} {n_articles / ingest_s:8.1f}")
    print(f"{'ingest_words_per_s':<28} {n_words / ingest_s:8.0f}")
    ok = ratio >= TARGET_RATIO
    print(f"{'ingest_vs_bare_spacy':<28} {ratio:8.2f}  >={TARGET_RATIO:.2f}  {'ok' if ok else 'MISS'}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
