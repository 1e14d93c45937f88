"""Folding names for comparison: case, accents, punctuation and the Turkish dotless i.

One definition serves alias merging, search and export, so "Çavuşoğlu", "Cavusoglu" and
"CAVUSOGLU" are the same key everywhere (it mirrors how the exchange format's scorer compares)."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from functools import lru_cache

_PUNCT = re.compile(r"[^\w\s]")


# Names recur within an article and across a batch (every mention of a country or a minister is
# looked up again): both functions are pure, so their results are kept for the most recent strings.
# Only for strings of name length: quotes and texts are folded too (store.variants), and 65,536 of
# those kept with their results would hold hundreds of MB and push the names out.
_CACHED = 1 << 16
_CACHED_CHARS = 120     # longest string kept, characters


def strip_accents(s: str) -> str:
    """`s` without combining accents ("Çavuşoğlu" -> "Cavusoglu"), the Turkish dotless i as i."""
    return _strip_accents_cached(s) if len(s) <= _CACHED_CHARS else _strip_accents(s)


def fold(s: str | None) -> str:
    """The comparison key of a name: accent-free, case-folded, punctuation as spaces."""
    if not s:
        return ""
    return _fold_cached(s) if len(s) <= _CACHED_CHARS else _fold(s)


def _strip_accents(s: str) -> str:
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return s.replace("ı", "i").replace("İ", "I")


def _fold(s: str) -> str:
    s = _PUNCT.sub(" ", strip_accents(s).casefold())
    return " ".join(s.split())


_strip_accents_cached = lru_cache(maxsize=_CACHED)(_strip_accents)
_fold_cached = lru_cache(maxsize=_CACHED)(_fold)


def text_digest(text: str) -> str:
    """The sha256 (64 hex digits) of an article's cleaned text in UTF-8: the key that finds the
    same article under another path. Lone surrogates (a text not yet made storable) are hashed as
    they are, never refused."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


# C0 and C1 control characters and DEL: ESC starts the sequences that retitle a terminal, clear it or
# rewrite what it shows; a newline in a file name would forge a line of a report.
_CONTROLS = re.compile(r"[\x00-\x1f\x7f-\x9f]")
# Whole escape sequences (CSI "ESC [ ... m", OSC "ESC ] ... BEL"), so that no "[2J" is left behind.
_SEQUENCE = re.compile(r"\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?|\x9b[0-?]*[ -/]*[@-~]")


def escape_controls(s: str) -> str:
    """A name (a file's, a path) safe to print on one line: control characters spelled as escapes,
    the way `ls -b` shows them ("\\n", "\\x1b")."""
    return _CONTROLS.sub(_escape, s)


def _escape(m: re.Match[str]) -> str:
    c = m.group(0)
    return {"\n": "\\n", "\r": "\\r", "\t": "\\t"}.get(c) or f"\\x{ord(c):02x}"


def one_line(s: str) -> str:
    """Metadata text (an outlet, a title, a URL) safe to show: control characters gone, whitespace as
    single spaces."""
    s = _SEQUENCE.sub("", s)
    return " ".join(_CONTROLS.sub(lambda m: " " if m.group(0).isspace() else "", s).split())


# Letters that FTS5's unicode61 tokenizer (remove_diacritics 2) leaves alone but `fold` maps: the
# full-text index and the search words both go through these, so "diyarbakir" finds "Diyarbakır".
SEARCH_FOLDS = (("ı", "i"), ("İ", "i"), ("ß", "ss"))


def search_fold(s: str) -> str:
    """`s` with the letters of SEARCH_FOLDS replaced, as the full-text index stores it."""
    for a, b in SEARCH_FOLDS:
        s = s.replace(a, b)
    return s


def search_fold_sql(expr: str) -> str:
    """The SQL expression applying `search_fold` to `expr` (for the index's view)."""
    for a, b in SEARCH_FOLDS:
        expr = f"replace({expr}, '{a}', '{b}')"
    return expr
