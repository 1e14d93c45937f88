"""Regex alternations of many literal words written as a prefix tree (a trie), for speed only.

`re` tries the branches of `(?:minister|ministry|mayor|...)` one after another at every position it
tests, so a list of a hundred titles or date words costs a hundred tests per position. Written as a
tree (`m(?:a(?:yor)|inist(?:er|ry))`) it tests one character per branch point instead. The tree
matches exactly the strings of the list and nothing else. The order in which it tries them is not
the list's, so it replaces an alternation only where that order cannot change a match: inside a
lookahead (only whether some word fits counts), or where what follows pins where the word ends
(`(?:words)\\s*,?\\s+$`). Never raises; an empty list gives a pattern that matches nothing."""

from __future__ import annotations

import re
from collections.abc import Iterable


def alternation(words: Iterable[str]) -> str:
    """A non-capturing regex matching exactly the strings in `words` (literal text, escaped here),
    as a prefix tree, each level's branches in sorted order. Case and flags are the caller's
    (wrap it in `(?i:...)` for any case). `(?!)` for no words."""
    tree: dict[str, dict] = {}
    for word in sorted(set(words)):
        node = tree
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}                      # a word ends here
    return f"(?:{_branches(tree)})" if tree else "(?!)"


def _branches(node: dict[str, dict]) -> str:
    ends_here = "" in node
    alts = [re.escape(ch) + _branches(child) for ch, child in sorted(node.items()) if ch]
    if not alts:
        return ""
    body = alts[0] if len(alts) == 1 else f"(?:{'|'.join(alts)})"
    return f"(?:{body})?" if ends_here else body
