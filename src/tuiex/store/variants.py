"""Quote variants: one statement quoted by several articles, trimmed or changed on the way.

Two quotes are variants of one statement when they have the same speaker and their words overlap:
most of the shorter one's words (OVERLAP, folded, in any order) are in the longer one. Grouping is
made when asked, for one speaker or for the quote under the cursor, from that speaker's quotes
(an index range on quotes(speaker_id, date)): no table, nothing kept at ingest. Groups are single
linkage, so a chain of trims stays one statement. `word_diff` marks what differs word by word
(difflib), for the side-by-side view.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Sequence

from ..textnorm import fold

OVERLAP = 0.6           # share of the shorter quote's words the longer one must hold
MIN_WORDS = 4           # shorter quotes ("no", "a stab in the back") are not compared
SCAN = 2000             # quotes of one speaker looked at, most recent first

_WORD = re.compile(r"\w+", re.UNICODE)


def words(text: str) -> list[str]:
    return _WORD.findall(fold(text))


def overlap(a: str, b: str) -> float:
    wa, wb = set(words(a)), set(words(b))
    if not wa or not wb:
        return 0.0
    return len(wa & wb) / min(len(wa), len(wb))


def same_statement(a: str, b: str) -> bool:
    return min(len(words(a)), len(words(b))) >= MIN_WORDS and overlap(a, b) >= OVERLAP


def group(texts: Sequence[str]) -> list[list[int]]:
    """Indexes of `texts` grouped by statement (single linkage), groups of two or more only,
    each in the order given."""
    parent = list(range(len(texts)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    sets = [set(words(t)) for t in texts]
    for i in range(len(texts)):
        if len(sets[i]) < MIN_WORDS:
            continue
        for j in range(i):
            if len(sets[j]) < MIN_WORDS:
                continue
            small = min(len(sets[i]), len(sets[j]))
            if len(sets[i] & sets[j]) / small >= OVERLAP:
                parent[root(i)] = root(j)
    out: dict[int, list[int]] = {}
    for i in range(len(texts)):
        out.setdefault(root(i), []).append(i)
    return [g for g in out.values() if len(g) > 1]


def speaker_variants(reader, speaker_id: int) -> list[list]:
    """The speaker's statements quoted in more than one way: lists of quote Items (oldest
    first), read through `reader`."""
    from .read_records import View

    quotes = reader.page(View(events=False, quotes=True, sources=((speaker_id,),)), limit=SCAN)
    groups = group([q.text for q in quotes])
    out = []
    for g in groups:
        items = [quotes[i] for i in g]
        if len({" ".join(words(q.text)) for q in items}) > 1:     # more than one wording
            out.append(items)
    return out


def variants_of(reader, quote_id: int) -> list:
    """The variants of one quote (itself included, oldest first); [] when it has none."""
    quote = reader.item("quote", quote_id)
    if quote is None or quote.source_id is None:
        return []
    for items in speaker_variants(reader, quote.source_id):
        if any(q.id == quote_id for q in items):
            return items
    return []


def word_diff(base: str, other: str) -> list[tuple[str, str]]:
    """`other`'s words, each tagged "equal", "changed" (replaces words of `base`) or "added";
    and ("removed", words) where `base` has words `other` lacks. Words compared folded."""
    a, b = base.split(), other.split()
    fa, fb = [fold(w).strip(".,;:!?\"'“”‘’") for w in a], [fold(w).strip(".,;:!?\"'“”‘’") for w in b]
    out: list[tuple[str, str]] = []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(a=fa, b=fb, autojunk=False).get_opcodes():
        if op == "equal":
            out.append(("equal", " ".join(b[j1:j2])))
        elif op == "insert":
            out.append(("added", " ".join(b[j1:j2])))
        elif op == "delete":
            out.append(("removed", " ".join(a[i1:i2])))
        else:
            out.append(("removed", " ".join(a[i1:i2])))
            out.append(("changed", " ".join(b[j1:j2])))
    return out
