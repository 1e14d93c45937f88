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
