"""Actor names and aliases, folded, matched in memory: exact name, every word, word prefixes, then
fuzzy (rapidfuzz's ratio, cutoff 75) over full names and words of three or more letters. Built once
per `Reader` from the actors table; no SQL here."""

from __future__ import annotations

from collections.abc import Iterable

from ..textnorm import fold
from .read_records import ActorHit


class ActorIndex:
    """Actor names and aliases, folded, for quick matching without SQL."""

    def __init__(self, rows: list):
        self.info: dict[int, tuple[str, str, str | None, str | None]] = {}
        self.norms: dict[int, set[str]] = {}
        for aid, name, type_, country, role, norm, alias_norm in rows:
            self.info[aid] = (name, type_, country, role)
            s = self.norms.setdefault(aid, set())
            s.add(norm)
            if alias_norm:
                s.add(alias_norm)
        self.tokens = {aid: {t for n in norms for t in n.split()} for aid, norms in self.norms.items()}
        # choices for fuzzy matching: every full folded name and every word of 3+ letters
        self.choices: list[str] = []
        self.choice_ids: list[int] = []
        for aid, norms in self.norms.items():
            for choice in norms | {t for t in self.tokens[aid] if len(t) >= 3}:
                self.choices.append(choice)
                self.choice_ids.append(aid)

    def hit(self, aid: int, score: float) -> ActorHit:
        name, type_, country, role = self.info[aid]
        return ActorHit(aid, name, type_, country, role, score)

    def all(self) -> list[ActorHit]:
        return [self.hit(aid, 100.0) for aid in self.info]

    def match(self, text: str, *, prefix: bool, limit: int) -> list[ActorHit]:
        q = fold(text)
        if not q:
            return []
        words = q.split()

        def ranked(ids: Iterable[int], score: float) -> list[ActorHit]:
            hits = [self.hit(a, score) for a in ids]
            hits.sort(key=lambda h: (len(h.name), h.name, h.id))
            return hits[:limit]

        exact = [a for a, norms in self.norms.items() if q in norms]
        if exact:
            return ranked(exact, 100.0)
        word = [a for a, toks in self.tokens.items() if all(w in toks for w in words)]
        if word:
            return ranked(word, 95.0)
        if prefix:
            pre = [a for a, toks in self.tokens.items()
                   if all(any(t.startswith(w) for t in toks) for w in words)]
            if pre:
                return ranked(pre, 90.0)
        from rapidfuzz import fuzz, process

        best: dict[int, float] = {}
        for _choice, score, idx in process.extract(
            q, self.choices, scorer=fuzz.ratio, score_cutoff=75, limit=200
        ):
            aid = self.choice_ids[idx]
            best[aid] = max(best.get(aid, 0.0), score)
        if not best:
            return []
        top = max(best.values())
        hits = [self.hit(a, s) for a, s in best.items() if s >= top - 5]
        hits.sort(key=lambda h: (-h.score, len(h.name), h.id))
        return hits[:limit]
