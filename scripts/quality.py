"""The extraction quality benchmark: every gold-annotated set, scored the same way, in one table.

    python scripts/quality.py                      # every set found under ../shared/eval
    python scripts/quality.py --set dev --details  # one set, with every disagreement
    python scripts/quality.py --eval DIR --seeds DIR --resamples 1000

Sets (each skipped with a note when its files are missing):

  seeds   the five sample articles (`--seeds`, default ../shared/seeds) against eval/seeds.gold.jsonl
  dev     the development articles, eval/dev/articles, against eval/dev/dev.gold.jsonl
  plover  the PLOVER project's gold records (eval/external/plover/PLOVER_GSR_CAMEO.dev.json): each
          sentence is written as a small article (a headline line, a date line, the sentence), all
          are ingested into one store, and each is asked: was an event found, is one of its types
          the gold PLOVER type (PLOVER 0.5 names mapped to the 2021 ones), do the source and target
          countries agree with the gold codes.
  timex   the TempEval-3 DATE expressions (eval/external/timex/tempeval3_dates.dev.jsonl): each
          sentence is parsed as ingest parses it, and the expression ingest finds over the gold span
          is resolved against the document date (the DCT) with the sentence's tense, as ingest does
          (one counted from another time of the sentence, "the following year", from that time).
          Exact: the value at the precision tuiex keeps (day, month, year). Consistent: a coarser
          value that contains the gold one (a quarter given as its year, a week as its month); a
          gold value that names no calendar date (PRESENT_REF, a duration, a decade) is right when
          tuiex gives none.

The article sets are ingested into a fresh store through the `tuiex` command's own code, exported
in the exchange format and scored by eval/score.py; nothing here re-implements the scoring. Figures
per stage say where a loss is:

  trigger_r        gold events with any system event in their sentence (sentence overlap as score.py)
  source|trigger   of those, the share where one of the sentence's events has the right source
  date|gold_pub    event date accuracy when each article's published date is the gold one (given
                   by a sidecar), so that event dating is measured apart from article dating
  speaker|quote    speaker accuracy over matched quotes (score.py's quote_speaker_acc)

Main figures carry a 90 % article-level bootstrap range (1,000 resamples of the articles, or of the
sentences of plover and timex), so that a one-article change is not read as progress. Exit status
0; a script, not a test.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib.util
import io
import json
import random
import re
import shutil
import sys
import tempfile
from collections import defaultdict
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

MAIN_FIGURES = ["article_date_acc", "article_date_all_acc", "event_p", "event_r", "event_f1", "event_full_f1",
                "event_type_acc", "event_target_acc", "event_date_acc", "quote_p", "quote_r", "quote_f1",
                "quote_speaker_acc"]
WHOLE_SET_FIGURES = ["actor_p", "actor_r", "actor_split", "actor_merged"]  # actors are records of the whole set


# ---- running tuiex ------------------------------------------------------------------------------

def _tuiex(*argv: str) -> None:
    from tuiex.cli import main
    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
        main(list(argv))


def extract(paths: list[Path], workdir: Path, name: str) -> list[dict]:
    """Ingest `paths` into a fresh store in `workdir` and return the exported records."""
    db = workdir / f"{name}.db"
    out = workdir / f"{name}.jsonl"
    _tuiex("ingest", *map(str, paths), "--db", str(db))
    _tuiex("export", "--db", str(db), "--format", "jsonl", "--out", str(out))
    return [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines() if line.strip()]


# ---- score.py, in process -----------------------------------------------------------------------

def load_scorer(eval_dir: Path):
    spec = importlib.util.spec_from_file_location("tuiex_gold_score", eval_dir / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def score(scorer, gold: list[dict], system: list[dict], details: bool = False) -> tuple[dict, list[str]]:
    """score.py's figures for in-memory records (its own `main`, fed without files)."""
    store = {"gold": _by_kind(gold), "system": _by_kind(system)}
    original = scorer.load
    scorer.load = lambda path: store[path]
    buf = io.StringIO()
    try:
        with contextlib.redirect_stdout(buf):
            scorer.main(["gold", "system", "--json"] + (["--details"] if details else []))
    finally:
        scorer.load = original
    lines = buf.getvalue().splitlines()
    return json.loads(lines[-1]), lines[:-1]


def _by_kind(records: list[dict]) -> dict[str, list[dict]]:
    out: dict[str, list[dict]] = defaultdict(list)
    for r in records:
        out[r.get("kind")].append(r)
    return out


def resample(gold: list[dict], system: list[dict], files: list[str], rng: random.Random):
    """An article-level bootstrap draw: articles with replacement, each copy renamed, actors kept."""
    pick = [rng.choice(files) for _ in files]
    g_by, s_by = defaultdict(list), defaultdict(list)
    for r in gold:
        if "file" in r:
            g_by[r["file"]].append(r)
    for r in system:
        if "file" in r:
            s_by[r["file"]].append(r)
    g = [r for r in gold if "file" not in r]
    s = [r for r in system if "file" not in r]
    for k, f in enumerate(pick):
        g += [{**r, "file": f"{f}#{k}"} for r in g_by[f]]
        s += [{**r, "file": f"{f}#{k}"} for r in s_by[f]]
    return g, s


def bootstrap(stat, units: list, resamples: int, seed: int = 7) -> dict[str, tuple[float, float]]:
    """90 % ranges (5th and 95th percentiles) of each figure `stat(draw)` returns over `resamples`
    draws of `units` with replacement."""
    rng = random.Random(seed)
    values: dict[str, list[float]] = defaultdict(list)
    for _ in range(resamples):
        for k, v in stat([rng.choice(units) for _ in units], rng).items():
            if isinstance(v, (int, float)) and v is not None:
                values[k].append(v)
    out = {}
    for k, vs in values.items():
        vs.sort()
        out[k] = (vs[int(0.05 * (len(vs) - 1))], vs[int(0.95 * (len(vs) - 1))])
    return out


# ---- per-stage figures --------------------------------------------------------------------------

def stages(scorer, gold: list[dict], system: list[dict]) -> dict[str, float | None]:
    """trigger_r and source|trigger (module docstring)."""
    g_events = [e for e in gold if e.get("kind") == "event"]
    s_events = defaultdict(list)
    for e in system:
        if e.get("kind") == "event":
            s_events[e.get("file")].append(e)
    actors = scorer.Actors([a for a in gold if a.get("kind") == "actor"],
                           [r for r in gold if r.get("kind") in ("event", "quote")])
    sys_aliases = {}
    for a in system:
        if a.get("kind") == "actor":
            names = [a.get("name"), *(a.get("aliases") or [])]
            for n in names:
                sys_aliases[scorer.norm(n)] = [scorer.norm(x) for x in names if x]
    found = right_source = 0
    for ge in g_events:
        same = [se for se in s_events[ge["file"]] if scorer.overlap(ge["sentence"], se.get("sentence")) >= scorer.OVERLAP]
        if not same:
            continue
        found += 1
        names = [ge["source"], *ge.get("alt_sources", [])] + ([ge.get("target")] if ge["type"] == "CONSULT" else [])
        want = {actors.resolve(n, sys_aliases, ge["file"]) for n in names} - {None}
        right_source += any(actors.resolve(se.get("source"), sys_aliases, ge["file"]) in want for se in same)
    return {"trigger_r": round(found / len(g_events), 3) if g_events else None,
            "source|trigger": round(right_source / found, 3) if found else None}


# ---- the article sets ---------------------------------------------------------------------------

def article_set(name: str, articles: Path, gold_path: Path, scorer, work: Path, resamples: int,
                details: bool) -> dict:
    gold = [json.loads(line) for line in gold_path.read_text(encoding="utf-8").splitlines() if line.strip()]
    files = sorted(r["file"] for r in gold if r.get("kind") == "article")
    paths = [articles / f for f in files if (articles / f).exists()]
    system = extract(paths, work, name)
    figures, disagreements = score(scorer, gold, system, details)
    figures.update(stages(scorer, gold, system))

    # event dates given the gold published date: the same articles, each with a sidecar
    fed = work / f"{name}-gold-published"
    fed.mkdir()
    published = {r["file"]: r.get("published") for r in gold if r.get("kind") == "article"}
    for p in paths:
        shutil.copy(p, fed / p.name)
        if published.get(p.name):
            (fed / f"{p.name}.meta.json").write_text(json.dumps({"published": published[p.name]}))
    fed_figures, _ = score(scorer, gold, extract(sorted(fed.glob("*.txt")) + sorted(fed.glob("*.html")), work,
                                                   f"{name}-fed"))
    figures["date|gold_pub"] = fed_figures["event_date_acc"]
    figures["speaker|quote"] = figures["quote_speaker_acc"]

    def stat(draw, rng):
        g, s = resample(gold, system, draw, rng)
        return score(scorer, g, s)[0]

    ranges = bootstrap(stat, files, resamples) if resamples else {}
    return {"figures": figures, "ranges": ranges, "details": disagreements, "n": f"{len(files)} articles"}


# ---- PLOVER -------------------------------------------------------------------------------------

# The gold records are coded in PLOVER 0.5's names; the 2021 manual (CAMEO2PLOVER-2021.txt, the types
# tuiex uses) renamed these: DEMAND is REQUEST, DISAPPROVE is ACCUSE, INVESTIGATE is ACCUSE (its mode
# "investigate"), FIGHT is ASSAULT.
PLOVER_RENAMED = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE", "FIGHT": "ASSAULT"}

def plover_set(path: Path, work: Path, resamples: int, details: bool) -> dict:
    records = [r for r in json.loads(path.read_text(encoding="utf-8")) if r.get("event") not in (None, "DOCUMENT")
               and r.get("text")]
    for r in records:
        r["event"] = PLOVER_RENAMED.get(r["event"], r["event"])
    folder = work / "plover-articles"
    folder.mkdir()
    for i, r in enumerate(records):
        day = r.get("date") or "2000-01-01"
        (folder / f"plover_{i:04d}.txt").write_text(f"News report {i + 1}\n\n{day}\n\n{r['text'].strip()}\n",
                                                   encoding="utf-8")
    system = extract(sorted(folder.glob("*.txt")), work, "plover")
    actors = {a["name"]: a for a in system if a.get("kind") == "actor"}
    by_file = defaultdict(list)
    for e in system:
        if e.get("kind") == "event":
            by_file[e["file"]].append(e)

    def country(name):
        a = actors.get(name)
        return a.get("country") if a else None

    rows, lines = [], []
    for i, r in enumerate(records):
        events = by_file.get(f"plover_{i:04d}.txt", [])
        typed = [e for e in events if e["type"] == r["event"]]
        src_codes = {a.get("code") for a in r.get("source") or []} - {None}
        tgt_codes = {a.get("code") for a in r.get("target") or []} - {None}
        row = {"found": bool(events), "type": bool(typed),
               "source": any(country(e.get("source")) in src_codes for e in typed) if typed and src_codes else None,
               "target": any(country(e.get("target")) in tgt_codes for e in typed) if typed and tgt_codes else None}
        rows.append(row)
        if details and not row["type"]:
            got = ", ".join(f"{e['type']} {e.get('source')}->{e.get('target')} [{e.get('trigger')}]" for e in events) or "nothing"
            lines.append(f"plover {r['id']}: gold {r['event']} [{r.get('eventText')}], system {got}: {r['text'][:90]!r}")

    def stat(draw, rng=None):
        found = [x for x in draw if x["found"]]
        typed = [x for x in draw if x["type"]]
        out = {"event_found": len(found) / len(draw) if draw else None,
               "type|found": sum(x["type"] for x in found) / len(found) if found else None}
        src = [x["source"] for x in typed if x["source"] is not None]
        tgt = [x["target"] for x in typed if x["target"] is not None]
        out["source_country|type"] = sum(src) / len(src) if src else None
        out["target_country|type"] = sum(tgt) / len(tgt) if tgt else None
        return out

    figures = {k: (round(v, 3) if v is not None else None) for k, v in stat(rows).items()}
    ranges = bootstrap(stat, rows, resamples) if resamples else {}
    return {"figures": figures, "ranges": ranges, "details": lines, "n": f"{len(rows)} sentences"}


# ---- TempEval-3 DATE expressions ----------------------------------------------------------------

_GOLD_DAY = re.compile(r"(\d{4})-(\d{2})-(\d{2})(?:T.*)?")
_GOLD_MONTH = re.compile(r"(\d{4})-(\d{2})(?:-XX)?")
_GOLD_WEEK = re.compile(r"(\d{4})-W(\d{1,2})(?:-WE)?")
_GOLD_IN_YEAR = re.compile(r"(\d{4})(?:-(?:Q[1-4]|QX|H[12]|WXX|SP|SU|FA|WI|XX|XX-XX))?")
_QUARTERS = {"Q1": (1, 3), "Q2": (4, 6), "Q3": (7, 9), "Q4": (10, 12), "H1": (1, 6), "H2": (7, 12)}


def gold_interval(value: str) -> tuple[tuple[date, date] | None, str | None]:
    """A TIMEX3 value as the days it covers, and its ISO form at tuiex's precisions when it has one.
    (None, None) for values that name no calendar date (PRESENT_REF, durations, decades, XXXX)."""
    from tuiex.ingest.dates import PartialDate
    if m := _GOLD_DAY.fullmatch(value):
        d = date(int(m[1]), int(m[2]), int(m[3]))
        return (d, d), d.isoformat()
    if m := _GOLD_MONTH.fullmatch(value):
        p = PartialDate(int(m[1]), int(m[2]))
        return (p.first_day(), p.last_day()), (p.iso() if not value.endswith("-XX") else p.iso())
    if m := _GOLD_WEEK.fullmatch(value):
        monday = date.fromisocalendar(int(m[1]), int(m[2]), 1)
        lo, hi = (monday, monday + (date.resolution * 6))
        if value.endswith("-WE"):
            lo = monday + date.resolution * 5
        return (lo, hi), None
    if m := _GOLD_IN_YEAR.fullmatch(value):
        year = int(m[1])
        part = value[5:]
        if part in _QUARTERS:
            a, b = _QUARTERS[part]
            return (date(year, a, 1), PartialDate(year, b).last_day()), None
        exact = None if part and part not in ("XX", "XX-XX") else str(year)
        return (date(year, 1, 1), date(year, 12, 31)), exact
    return None, None


def timex_set(path: Path, resamples: int, details: bool) -> dict:
    from tuiex.ingest.dates import PartialDate
    from tuiex.ingest.nlp import load_nlp
    from tuiex.ingest.timex import timexes, with_sequels
    nlp = load_nlp()
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    docs = nlp.pipe(r["sentence"] for r in records)
    rows, lines = [], []
    for r, doc in zip(records, docs):
        anchor = PartialDate.parse(r["dct"][:10])
        found = [t for t in with_sequels(doc, timexes(doc, anchor))[0] if t.start < r["end"] and r["start"] < t.end]
        value = found[0].value if found else None
        interval, exact_iso = gold_interval(r["value"])
        if interval is None:
            exact = consistent = value is None
        elif value is None:
            exact = consistent = False
        else:
            exact = exact_iso is not None and value.iso() == exact_iso
            consistent = exact or (value.first_day() <= interval[0] and interval[1] <= value.last_day())
        rows.append({"exact": exact, "consistent": consistent, "found": bool(found)})
        if details and not consistent:
            lines.append(f"timex {r['doc']} {r['tid']}: {r['text']!r} gold {r['value']} system "
                         f"{value.iso() if value else None} (DCT {r['dct']}; {'found' if found else 'not found'})")

    def stat(draw, rng=None):
        return {"timex_exact": sum(x["exact"] for x in draw) / len(draw),
                "timex_exact_or_coarser": sum(x["consistent"] for x in draw) / len(draw),
                "timex_found": sum(x["found"] for x in draw) / len(draw)}

    figures = {k: round(v, 3) for k, v in stat(rows).items()}
    ranges = bootstrap(stat, rows, resamples) if resamples else {}
    return {"figures": figures, "ranges": ranges, "details": lines, "n": f"{len(rows)} expressions"}


# ---- the table ----------------------------------------------------------------------------------

def show(results: dict[str, dict]) -> str:
    names = list(results)
    keys: list[str] = []
    for r in results.values():
        for k in r["figures"]:
            if k not in keys and k != "articles_found":
                keys.append(k)
    width = max(len(k) for k in keys) + 2
    col = 22
    out = ["figure".ljust(width) + "".join(n.rjust(col) for n in names),
           "".ljust(width) + "".join(results[n]["n"].rjust(col) for n in names)]
    for k in keys:
        cells = []
        for n in names:
            v = results[n]["figures"].get(k)
            rng = results[n]["ranges"].get(k)
            if v is None:
                cells.append("–".rjust(col))
            elif rng and k not in WHOLE_SET_FIGURES:
                cells.append(f"{v:.3f} [{rng[0]:.2f}–{rng[1]:.2f}]".rjust(col))
            else:
                cells.append((f"{v:.3f}" if isinstance(v, float) else str(v)).rjust(col))
        out.append(k.ljust(width) + "".join(cells))
    out.append("")
    out.append("[lo–hi]: 90 % bootstrap range over articles (plover, timex: sentences); actor figures are "
               "whole-set only.")
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--eval", type=Path, default=ROOT.parent / "shared" / "eval",
                        help="the gold folder (score.py, seeds.gold.jsonl, dev/, external/)")
    parser.add_argument("--seeds", type=Path, default=None,
                        help="the sample articles (default: ../shared/seeds, else data/articles)")
    parser.add_argument("--set", action="append", choices=["seeds", "dev", "plover", "timex"],
                        help="only these sets (repeatable)")
    parser.add_argument("--details", action="store_true", help="print every disagreement after the table")
    parser.add_argument("--resamples", type=int, default=1000, help="bootstrap draws (0: none)")
    args = parser.parse_args(argv)

    ev: Path = args.eval
    if not (ev / "score.py").exists():
        print(f"no gold here: {ev}/score.py is missing (give --eval DIR)", file=sys.stderr)
        return 2
    seeds = args.seeds or next((p for p in (ev.parent / "seeds", ROOT / "data" / "articles") if p.is_dir()), None)
    wanted = args.set or ["seeds", "dev", "plover", "timex"]
    scorer = load_scorer(ev)
    results: dict[str, dict] = {}
    notes = []
    with tempfile.TemporaryDirectory(prefix="tuiex-quality-") as tmp:
        work = Path(tmp)
        for name in wanted:
            if name == "seeds" and seeds and (ev / "seeds.gold.jsonl").exists():
                results[name] = article_set(name, seeds, ev / "seeds.gold.jsonl", scorer, work, args.resamples, args.details)
            elif name == "dev" and (ev / "dev" / "dev.gold.jsonl").exists():
                results[name] = article_set(name, ev / "dev" / "articles", ev / "dev" / "dev.gold.jsonl", scorer, work,
                                            args.resamples, args.details)
            elif name == "plover" and (p := ev / "external" / "plover" / "PLOVER_GSR_CAMEO.dev.json").exists():
                results[name] = plover_set(p, work, args.resamples, args.details)
            elif name == "timex" and (p := ev / "external" / "timex" / "tempeval3_dates.dev.jsonl").exists():
                results[name] = timex_set(p, args.resamples, args.details)
            else:
                notes.append(f"{name}: its files are not under {ev}; skipped")
    print(show(results) if results else "no set found")
    for n in notes:
        print(n)
    if args.details:
        for name, r in results.items():
            print(f"\n## {name}")
            print("\n".join(r["details"]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
