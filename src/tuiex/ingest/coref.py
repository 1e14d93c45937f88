"""Pronoun antecedents for event sources, by grammar alone (issue 11, source resolution).

A subject "they" in news refers back to the nearest main-clause subject before it: "Two rebel
groups announced Friday that they would break the truce, and they accused the government ...".
When that subject is a plural noun ("groups", "rebels", "the Houthis") or coordinated nouns
("Kenya and Uganda"), it is the antecedent, even when no actor can be named for it (the event is then
dropped rather than given to whatever body the text named last). A singular subject ("the ministry
... they") is left to the actor book, as British copy uses "they" for bodies. Source of the rule:
the agreement of English personal pronouns in number with their antecedent; main clauses only, as
the subjects of reported or relative clauses ("police said protesters had ...") are seldom what a
later "they" takes up.
"""

from __future__ import annotations

from spacy.tokens import Token

# Words that count a plural rather than name it ("thousands of protesters": the protesters).
_COUNTING = {"hundreds", "thousands", "dozens", "millions", "scores", "some", "many", "most", "all", "both"}
# How far back (in tokens, within the paragraph) the antecedent may lie: a sentence or two.
_WINDOW = 80


def _main_clause_subject(tok: Token) -> bool:
    """A nominal subject of a main clause: of the root, or of a verb coordinated with the root."""
    if tok.dep_ not in {"nsubj", "nsubjpass"} or tok.pos_ == "PRON":
        return False
    verb = tok.head
    return verb.dep_ == "ROOT" or (verb.dep_ == "conj" and verb.head.dep_ == "ROOT")


def _plural(tok: Token) -> bool:
    """A plural noun (Penn tags NNS, NNPS) or a noun with a coordinated one ("Kenya and Uganda")."""
    return tok.tag_ in {"NNS", "NNPS"} or any(c.dep_ == "conj" for c in tok.children)


def they_antecedent(pronoun: Token) -> tuple[bool, Token | None]:
    """The noun a subject "they" takes up: (True, noun) when the nearest main-clause nominal subject
    before it in its paragraph (at most `_WINDOW` tokens back) is plural, the counted noun for a
    quantity ("thousands of protesters": "protesters"); (False, None) when that subject is singular,
    there is none, or `pronoun` is not a subject "they" (then the caller's own resolution stands)."""
    if pronoun.lower_ != "they" or pronoun.dep_ not in {"nsubj", "nsubjpass"}:
        return False, None
    doc = pronoun.doc
    for t in reversed(doc[max(0, pronoun.i - _WINDOW):pronoun.i]):
        if not _main_clause_subject(t):
            continue
        if t.lower_ in _COUNTING:
            t = next((g for c in t.children if c.dep_ == "prep" and c.lower_ == "of"
                      for g in c.children if g.dep_ == "pobj"), t)
        return (True, t) if _plural(t) else (False, None)
    return False, None
