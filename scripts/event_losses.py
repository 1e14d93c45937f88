"""Where event extraction loses its points: every gold event and every extracted event, by cause.

    python scripts/event_losses.py GOLD.jsonl EXPORT.jsonl [--score PATH] [--files even|odd|all] [--list]

GOLD and EXPORT are FORMAT.md record files (a gold set and `tuiex export --format jsonl`). Events are
matched exactly as the shared scorer matches them (its `overlap`, `greedy`, actor resolution and
`alt_sources`; default ../shared/eval/score.py next to this repository, or --score). Each gold event
then falls in one of these, counted once:

  matched, type and target right    what a reader sees as right (event_full_f1's numerator)
  matched, wrong type               the trigger was found and read as another PLOVER type
  matched, wrong target             the type is right, the target is missing or another actor
  missed: trigger                   no extracted event in the sentence at all
  missed: source                    an extracted event in the sentence, but with another source

and each extracted event that matched nothing in one of these:

  extra: source                     the sentence has a gold event that no extraction matched
  extra: surplus                    every gold event of the sentence is already matched
  extra: no gold event              the sentence has no gold event (chrome, restatement, speech)

`--files even|odd` keeps articles whose leading number is even or odd (a held-out half); `--list`
prints every missed and extra event after the table.
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
from collections import Counter
from pathlib import Path

DEFAULT_SCORE = Path(__file__).resolve().parents[2] / "shared" / "eval" / "score.py"


def _load_scorer(path: Path):
    spec = importlib.util.spec_from_file_location("score", path)
    if spec is None or spec.loader is None:
        sys.exit(f"cannot load the scorer at {path}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _keep(file: str, half: str) -> bool:
    if half == "all":
        return True
    digits = "".join(ch for ch in file[:4] if ch.isdigit())
    return bool(digits) and int(digits) % 2 == (0 if half == "even" else 1)


def analyse(scorer, gold: dict, system: dict, half: str = "all") -> tuple[Counter, list[str]]:
    """(counts by cause, one line per missed or extra event) for the events of the kept articles."""
    S = scorer
    actors = S.Actors(gold["actor"], gold["event"] + gold["quote"])
    sys_aliases: dict[str, list[str]] = {}
    for a in system["actor"]:
        names = [a.get("name"), *(a.get("aliases") or [])]
        for n in names:
            if n:
                sys_aliases[S.norm(n)] = [S.norm(x) for x in names if x]

    def who(name, file):
        return actors.resolve(name, sys_aliases, file)

    def sources(ge):
        names = [ge["source"], *ge.get("alt_sources", [])]
        if ge["type"] == "CONSULT":
            names.append(ge.get("target"))
        return {who(n, ge["file"]) for n in names} - {None}

    def target_ok(ge, se):
        names = [ge.get("target"), *ge.get("alt_targets", [])]
        if ge["type"] == "CONSULT":
            names.append(ge["source"])
        return who(se.get("target"), ge["file"]) in {who(n, ge["file"]) for n in names}

    counts: Counter = Counter()
    lines: list[str] = []
    files = sorted(a["file"] for a in gold["article"] if _keep(a["file"], half))
    for f in files:
        g = [e for e in gold["event"] if e["file"] == f]
        s = [e for e in system["event"] if e.get("file") == f]

        def score(ge, se):
            ov = S.overlap(ge["sentence"], se.get("sentence"))
            if ov < S.OVERLAP or who(se.get("source"), ge["file"]) not in sources(ge):
                return None
            return ov + 0.1 * (ge["type"] == se.get("type")) + 0.1 * target_ok(ge, se)

        def same_sentence(a, b):
            return S.overlap(a["sentence"], b.get("sentence")) >= S.OVERLAP

        pairs = S.greedy(g, s, score)
        matched_g = {id(ge) for ge, _ in pairs}
        matched_s = {id(se) for _, se in pairs}
        for ge, se in pairs:
            if ge["type"] != se.get("type"):
                counts["matched, wrong type"] += 1
            elif not target_ok(ge, se):
                counts["matched, wrong target"] += 1
            else:
                counts["matched, type and target right"] += 1
        for ge in g:
            if id(ge) in matched_g:
                continue
            cause = "missed: source" if any(same_sentence(ge, se) for se in s) else "missed: trigger"
            counts[cause] += 1
            lines.append(f"{cause}: {f}: {ge['source']} {ge['type']} {ge.get('target')} "
                         f"[{ge.get('trigger')}]: {ge['sentence'][:100]!r}")
        for se in s:
            if id(se) in matched_s:
                continue
            same = [ge for ge in g if same_sentence(ge, se)]
            if not same:
                cause = "extra: no gold event"
            elif any(id(ge) not in matched_g for ge in same):
                cause = "extra: source"
            else:
                cause = "extra: surplus"
            counts[cause] += 1
            lines.append(f"{cause}: {f}: {se.get('source')} {se.get('type')} {se.get('target')} "
                         f"[{se.get('trigger')}]: {str(se.get('sentence'))[:100]!r}")
    return counts, lines


ORDER = ["matched, type and target right", "matched, wrong type", "matched, wrong target",
         "missed: trigger", "missed: source", "extra: source", "extra: surplus", "extra: no gold event"]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("gold")
    ap.add_argument("export")
    ap.add_argument("--score", type=Path, default=DEFAULT_SCORE, help="the shared scorer (score.py)")
    ap.add_argument("--files", choices=["all", "even", "odd"], default="all")
    ap.add_argument("--list", action="store_true", help="print each missed and extra event")
    args = ap.parse_args(argv)
    scorer = _load_scorer(args.score)
    counts, lines = analyse(scorer, scorer.load(args.gold), scorer.load(args.export), args.files)
    n_gold = sum(counts[k] for k in ORDER[:5])
    n_sys = sum(counts[k] for k in ORDER[:3]) + sum(counts[k] for k in ORDER[5:])
    for k in ORDER:
        base = n_gold if not k.startswith("extra") else n_sys
        print(f"{k:34} {counts[k]:5d}  {counts[k] / base if base else 0:6.1%}")
    print(f"{'gold events':34} {n_gold:5d}\n{'extracted events':34} {n_sys:5d}")
    if args.list:
        print()
        print("\n".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())
