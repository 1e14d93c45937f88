"""Regex alternations of many literal words written as a prefix tree (a trie), for speed only.

`re` tries the branches of `(?:minister|ministry|mayor|...)` one after another at every position it
tests, so a list of a hundred titles or date words costs a hundred tests per position. Written as a
tree (`m(?:ayor|inist(?:er|ry))`) it tests one character per branch point instead. The tree is built
by the `retrie` library (MIT, https://github.com/ddelange/retrie). It matches exactly the strings of
the list and nothing else, but not in the list's order, so it replaces an alternation only where
that order cannot change a match: inside a lookahead (only whether some word fits counts), or where
what follows pins where the word ends (`(?:words)\\s*,?\\s+$`)."""

from __future__ import annotations

from collections.abc import Iterable

from retrie.trie import Trie


def alternation(words: Iterable[str]) -> str:
    """A non-capturing regex matching exactly the strings in `words` (literal text, escaped by
    retrie). Case and flags are the caller's (wrap it in `(?i:...)` for any case). `(?!)`, which
    matches nothing, for no words. Never raises."""
    words = sorted(set(words))
    return f"(?:{Trie().add(*words).pattern()})" if words else "(?!)"
