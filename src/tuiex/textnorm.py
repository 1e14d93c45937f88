"""Folding names for comparison: case, accents, punctuation and the Turkish dotless i.

One definition serves alias merging, search and export, so "Çavuşoğlu", "Cavusoglu" and
"CAVUSOGLU" are the same key everywhere (it mirrors how the exchange format's scorer compares)."""

from __future__ import annotations

import re
import unicodedata

_PUNCT = re.compile(r"[^\w\s]")


def strip_accents(s: str) -> str:
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return s.replace("ı", "i").replace("İ", "I")


def fold(s: str | None) -> str:
    """The comparison key of a name: accent-free, case-folded, punctuation as spaces."""
    if not s:
        return ""
    s = _PUNCT.sub(" ", strip_accents(s).casefold())
    return " ".join(s.split())
