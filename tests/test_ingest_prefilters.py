"""The speed-ups of ingest that skip work (a column read once, a paragraph without the character or
word a rule needs) must give what the plain loop over `Token`s gives. Sentences written for these tests."""

from __future__ import annotations

import pytest

_TEXTS = [
    "Minister Olga Varga said on Friday that Hungary (HU) would reopen the border; Budapest denied it.",
    "Officials in Kampala and the Ugandan army, the spokesman for the ministry (UPDF) said, were ready.",
    "Fighting spread to the port city of Port Sudan, and Nyala district was cut off, Ahmed Musa told reporters.",
    "Nobody spoke.",
    "",
]


def _docs():
    from tuiex.ingest.nlp import load_nlp, parse
    return parse(load_nlp(), _TEXTS, 2)


@pytest.mark.parametrize("attr", ["POS", "DEP", "LOWER", "LEMMA", "IDX", "LENGTH", "IS_PUNCT", "ORTH", "TAG"])
def test_columns_read_together_are_the_columns_read_alone(attr):
    from tuiex.ingest.nlp import token_columns
    for doc in _docs():
        (column,) = token_columns(doc, attr)
        assert column == doc.to_array(attr).tolist()
        assert len(column) == len(doc)


def test_proper_subjects_are_the_proper_noun_subjects_a_token_loop_finds():
    from tuiex.ingest.actors import _proper_subjects
    found = 0
    for doc in _docs():
        expected = [t.i for t in doc if t.dep_ == "nsubj" and t.pos_ == "PROPN"]
        assert _proper_subjects(doc) == expected
        found += len(expected)
    assert found >= 2


def test_place_names_are_found_where_a_place_noun_is_and_nowhere_else():
    from tuiex.ingest.actors import _place_names
    from tuiex.textnorm import fold
    docs = _docs()
    names = _place_names(docs)
    assert fold("Nyala") in names or fold("Port Sudan") in names
    assert _place_names([docs[0], docs[3], docs[4]]) == set()     # no city, district, port ... in these


def test_semicolon_between_reads_the_tokens_only_where_the_paragraph_has_one():
    from tuiex.ingest.quotes import _semicolon_between
    answers = []
    for doc in _docs():
        for verb in doc:
            for clause in doc:
                if clause.i >= verb.i or clause.right_edge.i >= verb.i:
                    continue
                expected = any(t.text == ";" for t in doc[clause.right_edge.i + 1:verb.i])
                assert _semicolon_between(clause, verb) == expected
                answers.append(expected)
    assert True in answers and False in answers


@pytest.mark.parametrize("before", [
    "talks with Turkish Foreign Minister ", "the FOREIGN MINISTER, ", "met the Kremlin spokesman ",
    "Deputy Prime Minister\n", "a statement by Ugandan army chief ", "said ", "", "told reporters that ",
    "warned the president ,  ", "Papua New Guinea's Prime Minister ", "an interview with ",
])
def test_role_end_is_found_wherever_the_title_pattern_matches(before):
    from tuiex.ingest.actors import _role_end, _role_patterns
    title_before, _ = _role_patterns()
    if title_before.search(before):
        assert _role_end().search(before)
    if before.rstrip(" ,\n").endswith(("Minister", "MINISTER", "spokesman", "chief", "president")):
        assert title_before.search(before)      # the cases above that name a role do match
    if before in ("said ", "told reporters that ", "an interview with "):
        assert not _role_end().search(before)   # the search it spares


def test_title_words_around_a_name_are_read_as_the_span_texts_give_them():
    from spacy.tokens import Span

    from tuiex.ingest import gazetteer as gz
    from tuiex.ingest.actors import _ROLE_SYNONYMS, _inside_title
    from tuiex.ingest.nlp import load_nlp, parse

    def by_span_text(doc, i, n):        # the rule as Span.text reads it
        return any(gz.is_role(w := doc[i - k:i + n + j].text) or w.lower() in _ROLE_SYNONYMS
                   for k in range(min(3, i) + 1) for j in range(min(2, len(doc) - i - n) + 1) if k or j)

    texts = ["Secretary of State Lena Ortiz met the Head of State in Dakar.",
             "Interior Minister  Tomas Berg said the Interior ministry would act.",
             "State media said State officials in Oyo State were safe."]
    seen = []
    for doc in parse(load_nlp(), texts, 2):
        for i in range(len(doc)):
            for n in (1, 2):
                if i + n <= len(doc):
                    expected = by_span_text(doc, i, n)
                    assert _inside_title(Span(doc, i, i + n, label="ORG")) == expected, (doc.text, i, n)
                    seen.append(expected)
    assert any(seen) and not all(seen)
