"""Batching for ingest speed (issue 15): the paragraphs of consecutive articles are parsed together
(`pipeline.extract_stream`, and in chunks of documents per worker task with --jobs), which must give
exactly the articles one-at-a-time extraction gives, and keep a failure to its own document."""

from __future__ import annotations

import pickle
from pathlib import Path

import pytest

from tuiex.ingest import pipeline
from tuiex.ingest.extractor import Extractor, _chunks, extract_chunk
from tuiex.ingest.readers import read_documents
from tuiex.records import SourceDoc

SAMPLE = Path(__file__).resolve().parent.parent / "data" / "articles"


def _docs() -> list[SourceDoc]:
    paths = [str(p) for p in sorted(SAMPLE.glob("*.txt"))]
    return [d for d in read_documents(paths) if isinstance(d, SourceDoc)]


def _same(a, b) -> bool:
    return pickle.dumps(a) == pickle.dumps(b)


def test_parsing_articles_together_gives_the_articles_parsed_alone():
    docs = _docs()
    assert len(docs) >= 3
    alone = [pipeline.extract(d) for d in docs]
    together = list(pipeline.extract_stream(docs, batch_size=1000))     # every article in one group
    assert [d for d, _ in together] == docs
    assert all(_same(a, r) for a, (_, r) in zip(alone, together, strict=True))
    small = list(pipeline.extract_stream(docs, batch_size=3))           # groups cut mid-way
    assert all(_same(a, r) for a, (_, r) in zip(alone, small, strict=True))


def test_a_document_that_fails_in_a_group_costs_itself_only(monkeypatch: pytest.MonkeyPatch):
    docs = _docs()
    victim = docs[1].path
    real_build = pipeline.build_article

    def build_article(source, *args):
        if source.path == victim:
            raise ValueError("odd article")
        return real_build(source, *args)

    monkeypatch.setattr(pipeline, "build_article", build_article)
    out = list(pipeline.extract_stream(docs, batch_size=1000))
    assert [d.path for d, _ in out] == [d.path for d in docs]
    assert [isinstance(r, Exception) for _, r in out] == [d.path == victim for d in docs]


def test_a_parse_that_fails_for_the_group_is_retried_document_by_document(monkeypatch: pytest.MonkeyPatch):
    docs = _docs()[:3]
    victim_text = pipeline.prepare(docs[2])[0].paragraphs[0].text
    nlp = pipeline.load_nlp()
    calls = []

    class Fussy:
        def pipe(self, texts, batch_size):
            texts = list(texts)
            calls.append(len(texts))
            if victim_text in texts:
                raise RuntimeError("parser choked")
            return nlp.pipe(texts, batch_size=batch_size)

    monkeypatch.setattr(pipeline, "load_nlp", lambda: Fussy())
    out = list(pipeline.extract_stream(docs, batch_size=1000))
    assert [isinstance(r, Exception) for _, r in out] == [False, False, True]
    assert str(out[2][1]) == "parser choked"
    assert len(calls) == 4                  # the group, then each document alone


def test_a_failure_in_a_worker_chunk_is_reported_for_its_document(monkeypatch: pytest.MonkeyPatch):
    docs = _docs()[:3]
    real = pipeline.prepare

    def prepare(doc):
        if doc is docs[1]:
            raise KeyError("no such field")
        return real(doc)

    monkeypatch.setattr(pipeline, "prepare", prepare)
    results = extract_chunk(docs)
    assert [a is None for a, _ in results] == [False, True, False]
    assert results[1][1] == "extraction failed: KeyError: 'no such field'"


def test_chunks_are_bounded_in_documents_and_characters():
    def doc(n: int, chars: int) -> SourceDoc:
        return SourceDoc(path=f"d{n}", file=f"d{n}", raw="x" * chars, content_hash=str(n))

    sizes = [10, 10, 10, 10, 10, 90, 200, 10]
    chunks = list(_chunks(iter(doc(n, c) for n, c in enumerate(sizes)), most=4, chars=100))
    assert [[d.path for d in c] for c in chunks] == [["d0", "d1", "d2", "d3"], ["d4", "d5"], ["d6"], ["d7"]]
    assert list(_chunks(iter([]), most=4, chars=100)) == []


def test_one_process_extractor_yields_every_document_in_order():
    docs = _docs()
    out = list(Extractor(1).run(iter(docs)))
    assert [d for d, _, _ in out] == docs
    assert all(a is not None and e is None for _, a, e in out)


# -- the parse's helpers for fast extraction (nlp.doc_text, doc_entities, token_indices) -------------------

_HELPER_TEXT = ("Ready to talk, the Estonian envoy said on Monday that the two ministers were willing to "
                "meet, according to a statement from the foreign ministry in Tallinn.")


def test_doc_text_is_the_parsed_text_and_is_kept():
    from tuiex.ingest.nlp import doc_text, load_nlp
    doc = load_nlp()(_HELPER_TEXT)
    assert doc_text(doc) == doc.text == _HELPER_TEXT
    assert doc_text(doc) is doc_text(doc)       # kept, not rebuilt from the tokens


def test_doc_entities_are_the_parsed_entities_and_are_kept():
    from tuiex.ingest.nlp import doc_entities, load_nlp
    doc = load_nlp()("Foreign Minister Aino Kask of Estonia met envoys from Latvia and the European Union in Tallinn.")
    ents = [(e.start, e.end, e.label_) for e in doc.ents]
    assert ents and [(e.start, e.end, e.label_) for e in doc_entities(doc)] == ents
    assert doc_entities(doc) is doc_entities(doc)       # kept, not a new Span per entity per call


def test_parse_keeps_each_text_and_it_is_the_text_spacy_rebuilds():
    """nlp.parse hands each Doc its input string for doc_text; that string must be exactly
    `doc.text`, whitespace runs, tabs, newlines, no-break spaces and combining marks included."""
    from tuiex.ingest.nlp import doc_text, load_nlp, parse
    texts = [_HELPER_TEXT, "  Two  spaces,\ta tab\nand a line.  ", "Le ministre a dit\u00a0: « non ».",
             "Ko\u0301ssuth te\u0301r \u2014 a square.\n\n", "", " ", "\U0001f600 Smile, the envoy said."]
    docs = parse(load_nlp(), texts, 2)
    assert [d.text for d in docs] == texts
    assert [doc_text(d) for d in docs] == texts
    assert all(doc_text(d) is t for d, t in zip(docs, texts))      # the very string given, kept


@pytest.mark.parametrize(("attr", "values", "of"), [
    ("POS", ("VERB", "AUX"), lambda t: t.pos_),
    ("POS", ("NOUN",), lambda t: t.pos_),
    ("DEP", ("nsubj", "nsubjpass"), lambda t: t.dep_),
    ("LOWER", ("ready", "willing", "according", "to"), lambda t: t.lower_),
    ("LOWER", ("absent-word",), lambda t: t.lower_),
])
def test_token_indices_are_the_tokens_a_loop_would_pick(attr, values, of):
    from tuiex.ingest.nlp import load_nlp, token_indices
    doc = load_nlp()(_HELPER_TEXT)
    expected = [t.i for t in doc if of(t) in values]
    assert token_indices(doc, attr, values) == expected
    assert token_indices(doc, attr, values) == expected      # from the kept column
    token_indices(doc, attr, values).append(-1)                  # a caller's own list: the kept index stays
    assert token_indices(doc, attr, list(reversed(values))) == expected
    if values != ("absent-word",):
        assert expected


_MIXED_CASE = ("The Statement from the ministry came after a WARNING and two Claims; STATEMENTS by the envoy, "
               "the Mayor's Remark and a message were read out in Brasília — “comments” followed.")


@pytest.mark.parametrize(("attr", "values", "of"), [
    ("LEMMA", {"statement", "warning", "claim", "remark", "message", "comments"}, lambda t: t.lemma_.lower()),
    ("ORTH", {"the", "statement", "brasília"}, lambda t: t.text.lower()),
    ("LEMMA", {"absent-word"}, lambda t: t.lemma_.lower()),
])
def test_folded_indices_are_the_tokens_a_lowercasing_loop_would_pick(attr, values, of):
    from tuiex.ingest.nlp import folded_indices, load_nlp
    doc = load_nlp()(_MIXED_CASE)
    expected = [t.i for t in doc if of(t) in values]
    assert folded_indices(doc, attr, values) == expected
    assert folded_indices(doc, attr, values) == expected        # from the kept column
    if values != {"absent-word"}:
        assert len(expected) >= 3


def test_token_columns_are_the_token_attributes():
    from tuiex.ingest.nlp import load_nlp, parse, token_columns
    texts = [_MIXED_CASE, "Café \U0001f600 São Paulo — “ok”!", ""]
    for doc in parse(load_nlp(), texts, 2):
        idx, length, punct = token_columns(doc, "IDX", "LENGTH", "IS_PUNCT")
        assert idx == [t.idx for t in doc]
        assert length == [len(t) for t in doc]
        assert [bool(p) for p in punct] == [t.is_punct for t in doc]
        assert token_columns(doc, "IDX")[0] is idx                 # kept per doc


# -- wordtrie: word lists as prefix-tree alternations ------------------------------------------------

def test_wordtrie_matches_exactly_the_words_of_the_list():
    import re

    from tuiex.ingest.wordtrie import alternation
    words = ["in", "india", "indian ocean", "on", "one", "a", "a.m.", "Foreign Minister", "foreign ministry", "q(1)"]
    tree = re.compile(alternation(words))
    flat = re.compile("|".join(map(re.escape, words)))
    probes = words + ["", "i", "ind", "indi", "indian", "o", "an", "a.m", "foreign minister", "Foreign Ministe",
                      "q1", "q(1", "q(1))", "ones", "Indian Ocean"]
    for probe in probes:
        assert bool(tree.fullmatch(probe)) == bool(flat.fullmatch(probe)) == (probe in words), probe
    ci = re.compile(f"(?i:{alternation(words)})")
    assert ci.fullmatch("INDIAN OCEAN") and ci.fullmatch("foreign MINISTER") and not ci.fullmatch("indiana")
    assert re.compile(alternation([])).search("anything") is None


def test_role_pattern_before_a_name_finds_the_titles_the_flat_list_finds():
    """actors._role_patterns writes the roles as a tree where the role must end at the text's end;
    the list in order (longest first) must give the same match, groups included."""
    import re

    from tuiex.ingest import actors
    from tuiex.ingest import gazetteer as gz
    tree, _ = actors._role_patterns()
    flat = re.compile(tree.pattern.replace(alternation_of_roles(), "(?:" + "|".join(
        re.escape(r) for r in gz.roles()) + ")"), re.I)
    befores = ["the visiting Deputy Foreign Minister ", "Talks with Kenyan Foreign Minister ",
               "said Papua New Guinea's Prime Minister ", "the Uzbek president, ", "met UN Secretary-General ",
               "a meeting of the defence minister and ", "chaired by Chief of the General Staff ",
               "in the capital, opposition leader ", "spokesman ", "no title here ", "Minister",
               "the First Deputy Prime Minister ,  "]
    for before in befores:
        a, b = tree.search(before), flat.search(before)
        assert (a and (a.span(), a.groupdict())) == (b and (b.span(), b.groupdict())), before
    assert tree.search(befores[0]).group("role") == "Deputy Foreign Minister"


def alternation_of_roles() -> str:
    from tuiex.ingest import gazetteer as gz
    from tuiex.ingest.wordtrie import alternation
    return alternation(gz.roles())


def test_token_indices_kept_hashes_hold_for_another_vocab():
    """token_indices keeps the hashes of each word list it was asked for; a string's hash does not
    depend on the vocab, so a doc of another pipeline gets the same answer as a loop."""
    import spacy

    from tuiex.ingest.nlp import load_nlp, token_indices
    words = ("according", "to", "willing")
    first = load_nlp()(_HELPER_TEXT)
    assert token_indices(first, "LOWER", words) == [t.i for t in first if t.lower_ in words]
    other = spacy.blank("en")(_HELPER_TEXT.upper())
    assert token_indices(other, "LOWER", list(words)) == [t.i for t in other if t.lower_ in words] != []
