"""Quote variants side by side: one statement as each outlet quoted it, the words that differ
from the fullest wording marked (store/variants.py groups them and diffs them with difflib):
words an outlet left out are struck through in red, words it changed are yellow, words it added
are green. Enter on a variant opens its passage. No SQL here: the app reads the variants in a
thread worker and passes the Items in."""

from __future__ import annotations

from collections.abc import Sequence

from rich.text import Text

from ..store.read_records import Item
from ..store.variants import word_diff
from .story_view import ReportCard, ReportsScreen

STYLES = {"equal": "", "added": "bold green", "changed": "bold yellow", "removed": "red strike"}
# also marked in the characters, for terminals without colour and for screen readers
MARKS = {"equal": ("", ""), "added": ("[+", "]"), "changed": ("[~", "]"), "removed": ("[−", "]")}


def marked(base: str, other: str) -> Text:
    """`other` with its differences from `base` marked word by word."""
    out = Text()
    for tag, words in word_diff(base, other):
        if out:
            out.append(" ")
        out.append(f"{MARKS[tag][0]}{words}{MARKS[tag][1]}", style=STYLES[tag])
    return out


def variants_screen(items: Sequence[Item]) -> ReportsScreen:
    base = max(items, key=lambda q: (len(q.text.split()), -q.id))
    cards = []
    for q in items:
        text = " ".join(q.text.split())
        if q is base:
            body = Text("“") + Text(text) + Text("”") + Text("\n\nthe fullest wording", style="dim")
        else:
            body = Text("“") + marked(base.text, text) + Text("”")
            body.append("\n\n[−…] red, struck: left out · [~…] yellow: changed · [+…] green: added", style="dim")
        cards.append(ReportCard(q, body))
    speaker = items[0].source or "unattributed"
    title = Text(f"{speaker}: one statement, {len(items)} wordings · Enter: open the passage · ←/→ · Esc: back")
    return ReportsScreen(title, cards)
