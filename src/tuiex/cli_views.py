"""`tuiex search --stories` and `tuiex dyad`: the command-line faces of stories and dyad trends
(issue 16). Reads come from the store modules (stories.py, dyads.py); this only prints."""

from __future__ import annotations

import csv
import json
import sys


def _n(n: int, word: str) -> str:
    return f"{n:,} {word}" + ("" if n == 1 else "s")


def print_stories(args) -> int:
    from .store import stories
    from .store.search import QueryError

    try:
        found = stories.search(args.db, " ".join(args.query), limit=args.limit)
    except QueryError as e:
        print(f"tuiex: bad query: {e}", file=sys.stderr)
        return 2
    for s in found:
        if args.json:
            print(json.dumps(s, ensure_ascii=False))
            continue
        span = s["first_date"] or "undated"
        if s["last_date"] and s["last_date"] != s["first_date"]:
            span += f" … {s['last_date']}"
        reported = s["first_reported"] or "?"
        if s["last_reported"] and s["last_reported"] != s["first_reported"]:
            reported += f" … {s['last_reported']}"
        print(f"story {s['story']}  {s['type']}  {' ↔ '.join(s['actors']) or '?'}  {span}  "
              f"{_n(s['sources'], 'source')}, reported {reported}")
        for r in s["reports"]:
            print(f"    {r['date'] or 'undated':<10}  {r['outlet'] or '?'} ({r['published'] or '?'}), "
                  f"{r['article']}: {r['text']}")
    if not found:
        print("no matches", file=sys.stderr)
        return 1
    return 0


def print_dyad(args) -> int:
    from .store import dyads
    from .store.reader import Reader

    if len(args.actors) > 2:
        print("tuiex: dyad takes one or two actor names", file=sys.stderr)
        return 2
    reader = Reader(args.db)
    try:
        ids, names = [], []
        for name in args.actors:
            hits = reader.match_actors(name, limit=1)
            if not hits:
                print(f"tuiex: no actor matches {name!r}", file=sys.stderr)
                return 2                    # as a search naming an unknown actor: a usage error
            ids.append(hits[0].id)
            names.append(hits[0].name)
        trend = dyads.trend(reader.conn, ids[0], ids[1] if len(ids) > 1 else None, args.by)
    finally:
        reader.close()
    rows = dyads.records(trend)
    if args.format == "json":
        print(json.dumps({"actors": names, "by": args.by, "periods": rows, "by_type": trend.by_type,
                          "by_class": trend.by_quad, "imprecise": trend.imprecise,
                          "undated": trend.undated}, ensure_ascii=False))
        return 0
    if args.format == "csv":
        fields = ["period", "start", "end", *(q.replace(" ", "_") for q in dyads.QUADS), "total"]
        w = csv.DictWriter(sys.stdout, fieldnames=fields, lineterminator="\n")
        w.writeheader()
        w.writerows(rows)
        return 0
    who = " – ".join(names) if len(names) > 1 else f"{names[0]} – everyone"
    print(f"{who}, by {args.by}: {_n(trend.total, 'event')}")
    print(f"{'period':<9} {'v.coop':>7} {'m.coop':>7} {'v.confl':>8} {'m.confl':>8} {'total':>6}")
    for r in rows:
        print(f"{r['period']:<9} {r['verbal_cooperation']:>7} {r['material_cooperation']:>7} "
              f"{r['verbal_conflict']:>8} {r['material_conflict']:>8} {r['total']:>6}")
    print("by type: " + ", ".join(f"{t} {n:,}" for t, n in trend.by_type.items()))
    if trend.imprecise or trend.undated:
        print(f"not in a {args.by}: {trend.imprecise:,} dated more coarsely, {trend.undated:,} undated")
    return 0
