"""ActorBook's mention indexes (first mention of an actor, last actor of a type before an offset):
the answers a scan of all mentions gives, also after an actor is renamed."""

from __future__ import annotations

import random

from tuiex.ingest.actors import ActorBook
from tuiex.ingest.nlp import load_nlp


def _scan_last(book: ActorBook, here: int, kind: str) -> str | None:
    before = sorted((m for m in book.mentions if m.start < here), key=lambda m: m.start)
    return next((m.actor_key for m in reversed(before)
                 if (a := book.actor(m.actor_key)) is not None and a.type == kind), None)


def test_indexes_agree_with_a_scan_of_the_mentions():
    doc = load_nlp()("One two three four five six seven eight nine ten eleven twelve.")
    book = ActorBook()
    keys = [book._add(f"Name {i}", kind) for i, kind in enumerate(["group", "organization", "group", "person"])]
    rnd = random.Random(3)
    for _ in range(60):                      # mentions recorded out of text order, some at one offset
        i = rnd.randrange(len(doc))
        book._mention(rnd.choice(keys), 0, doc[i:i + 1], rnd.choice([0, 100, 200]), 0)
    book._rename(keys[2], keys[0])
    book._mention(keys[1], 0, doc[3:4], 50, 0)
    for here in range(0, 300, 7):
        for kind in ("group", "organization", "person", "country"):
            assert book.last_named_before(here, kind) == _scan_last(book, here, kind), (here, kind)
    for key in keys:
        starts = [m.start for m in book.mentions if m.actor_key == key]
        assert book.first_mention_start(key) == (min(starts) if starts else None)
