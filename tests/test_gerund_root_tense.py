"""A present participle as the sentence's root with a clitic auxiliary ("I'm warning ..."): its
tense must be found without climbing from the root to itself (timex._tense compared tokens by
identity, which spaCy does not keep, recursed without end and aborted the whole article).
Sentences are our own."""

from __future__ import annotations

import pytest

from tuiex.ingest.nlp import load_nlp
from tuiex.ingest.timex import _tense


@pytest.mark.parametrize("text", ["I'm warning the rulers that we will resist.",
                                  "We're asking the army to leave the town."])
def test_a_clitic_progressive_root_has_a_tense(text):
    root = next(t for t in load_nlp()(text) if t.dep_ == "ROOT")
    assert root.tag_ == "VBG"
    assert _tense(root) in {"present", "past", "future", "perfect", "pluperfect"}
