"""Highlighting in the text panes: finding searched words the way the full-text index matches
them (case and accents folded, whole words, the last one possibly a prefix), with offsets into
the original text, and the layered component styles the marks are drawn with."""

from __future__ import annotations

import re
from functools import lru_cache

from rich.style import Style
from textual.widget import Widget

from ..textnorm import strip_accents


def component_style(widget: Widget, name: str) -> Style:
    """A component style as given in CSS (partial: no inherited background), so that styles
    layer: a coloured type keeps the cursor's background. Its text colour is the one resolved
    against the widget's background: a partial style alone turns a translucent colour
    ($text-muted, "auto 60%") into plain white, unreadable on a light theme."""
    partial = widget.get_component_rich_style(name, partial=True)
    if partial.color is None:
        return partial
    full = widget.get_component_rich_style(name)
    if full.color is not None and full.color != partial.color:
        return partial + Style(color=full.color)
    return partial


@lru_cache(maxsize=8192)
def _fold_char(c: str) -> str:
    f = strip_accents(c).casefold()
    if len(f) != 1:
        f = f[:1] or " "
    return f if (f.isalnum() or f == "_") else " "


def fold_same_length(text: str) -> str:
    """`text` folded one character for one character, so offsets carry over. (By a table of the
    characters it uses: an article of megabytes folds in a blink, not in seconds.)"""
    return text.translate({ord(c): _fold_char(c) for c in set(text)})


@lru_cache(maxsize=64)
def _patterns(terms: tuple[tuple[str, bool], ...]) -> list[re.Pattern]:
    out = []
    for term, prefix in terms:
        words = fold_same_length(term).split()
        if words:
            body = r"\s+".join(re.escape(w) for w in words)
            out.append(re.compile(r"(?<!\w)" + body + ("" if prefix else r"(?!\w)")))
    return out


def find_terms(text: str, terms: tuple[tuple[str, bool], ...]) -> list[tuple[int, int]]:
    """(start, end) of every occurrence of the terms in `text`, in order."""
    if not terms or not text:
        return []
    folded = fold_same_length(text)
    hits = [(m.start(), m.end()) for p in _patterns(terms) for m in p.finditer(folded)]
    return sorted(hits)
