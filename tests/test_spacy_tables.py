"""The attribute and lemma tables give every token what spaCy's attribute ruler and lemmatizer give it.

Sentences written for these tests: each exercises a kind of rule of en_core_web_sm's ruler (tag to
POS and morphology, a word's lemma, a rule that tests the dependency label, a rule about two tokens,
a regular expression, whitespace tokens)."""

from __future__ import annotations

import pytest
import spacy

from tuiex.ingest.nlp import _title_abbreviations, load_nlp, load_shipped
from tuiex.ingest.spacy_tables import AttributeTable, LemmaTable

SENTENCES = [
    "The foreign minister said on Tuesday that talks would resume in Geneva.",
    "There were no casualties, and there is no sign the truce has collapsed.",       # expl + be
    "\"We ain't gonna back down,\" a protester shouted, \"and we gotta stay.\"",    # two-token rules
    "Let's be clear: nothin' was agreed, y'all, c'mon.",                           # regex and 'let's
    "They gave it to me and I told you about it.",                                 # pronoun case by DEP
    "He did not say whether the army had withdrawn, though it has done so before.",
    "That was what she wanted; those who left did so because they had to.",        # DT as PRON
    "Police  detained   two men.\n\nThe court   will rule next week.",             # whitespace tokens
    "Sgt. Amina Bello didn't answer; Lt. Col. Ray Osei hasn't either.",
    "I'm sure they're here and you've seen it's over, isn't it?",
    "The ministers met, meeting again after the meetings; the talks talked of better, best and worse.",
    "Rebels were shelling villages that the army had shelled and will shell; shells fell.",
]


@pytest.fixture(scope="module")
def shipped():
    nlp = load_shipped()
    _title_abbreviations(nlp)
    return nlp


def _annotations(doc):
    return [(t.text, t.pos_, t.tag_, t.dep_, t.head.i, t.lemma_, str(t.morph), t.ent_type_) for t in doc]


def test_the_tables_replace_the_components_under_their_names():
    nlp = load_nlp()
    assert nlp.pipe_names == load_shipped().pipe_names
    assert isinstance(nlp.get_pipe("attribute_ruler"), AttributeTable)
    assert isinstance(nlp.get_pipe("lemmatizer"), LemmaTable)


@pytest.mark.parametrize("text", SENTENCES)
def test_every_token_gets_the_rulers_annotation(shipped, text):
    assert _annotations(load_nlp()(text)) == _annotations(shipped(text))


def test_the_same_in_a_stream_of_paragraphs(shipped):
    ours = [_annotations(d) for d in load_nlp().pipe(SENTENCES, batch_size=3)]
    assert ours == [_annotations(d) for d in shipped.pipe(SENTENCES, batch_size=3)]


def _toy_pipeline(patterns):
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add_patterns(patterns)
    return nlp, ruler


def test_a_later_rule_wins_across_table_and_context_rules():
    # rule 0 (table), rule 1 (two tokens: context), rule 2 (table, regex-free IN): in rule order
    nlp, ruler = _toy_pipeline([
        {"patterns": [[{"LOWER": "talks"}]], "attrs": {"LEMMA": "talk", "POS": "NOUN"}},
        {"patterns": [[{"LOWER": "peace"}, {"LOWER": "talks"}]], "attrs": {"LEMMA": "negotiation"}, "index": 1},
        {"patterns": [[{"LOWER": {"IN": ["talks", "meets"]}}]], "attrs": {"POS": "VERB"}},
        {"patterns": [[{"LOWER": {"REGEX": "^re.+s$"}}]], "attrs": {"LEMMA": "re-"}},
        {"patterns": [[{"LOWER": {"NOT_IN": ["peace", "talks", "resumes"]}}]], "attrs": {"POS": "X"}},
    ])
    table = AttributeTable(ruler)
    for text in ("peace talks resumes", "talks meets peace", "new talks"):
        expected = _annotations(nlp(text))
        doc = nlp.make_doc(text)
        assert _annotations(table(doc)) == expected
    assert _annotations(table(nlp.make_doc("peace talks")))[1][5] == "negotiation"


def test_an_empty_doc_is_returned_as_it_is():
    assert len(load_nlp().get_pipe("attribute_ruler")(load_nlp().make_doc(""))) == 0


def test_a_lemma_a_rule_gave_is_kept_and_the_rest_are_the_lemmatizers():
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add_patterns([{"patterns": [[{"LOWER": "talks"}]], "attrs": {"LEMMA": "negotiation"}}])
    lemmatizer = nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
    lemmatizer.initialize(lookups=_lookups())
    table = LemmaTable(lemmatizer)
    for text in ("talks went on", "went went talks"):
        expected = _annotations(nlp(text))
        got = table(ruler(nlp.make_doc(text)))
        assert _annotations(got) == expected
    assert [t.lemma_ for t in table(ruler(nlp.make_doc("talks went")))] == ["negotiation", "go"]


def _lookups():
    from spacy.lookups import Lookups

    lookups = Lookups()
    lookups.add_table("lemma_lookup", {"went": "go"})
    return lookups


def test_the_caches_stay_bounded_by_the_rules_not_the_corpus(shipped, monkeypatch):
    # made-up words: each a new LOWER form no ruler rule names, and a new (text, POS, morph) key
    from tuiex.ingest import spacy_tables

    nlp = load_nlp()
    table, lemmas = nlp.get_pipe("attribute_ruler"), nlp.get_pipe("lemmatizer")
    monkeypatch.setattr(spacy_tables, "LEMMA_CACHE_SIZE", 20)
    letters = "bcdfghklmnprstvz"
    words = [letters[i % 16] + "o" + letters[i // 16 % 16] + "ar" + letters[i // 256 % 16] + "s" for i in range(400)]
    texts = [f"The envoy said the {' '.join(words[i:i + 20])} were shelled." for i in range(0, 400, 20)]
    nlp("The envoy said the talks were shelled.")
    before, plans_before = len(table._cache), len(table._plans)
    ours = [_annotations(d) for d in nlp.pipe(texts)]
    assert ours == [_annotations(d) for d in shipped.pipe(texts)]
    assert len(table._cache) - before < 50          # tag x dep combinations, not 400 words
    assert len(table._plans) - plans_before < 50    # the same keys
    assert len(lemmas._lemmas) <= 20


def test_a_keys_plan_is_made_once_and_then_reused(shipped):
    table = load_nlp().get_pipe("attribute_ruler")
    text = "The envoys said the talks had resumed; they're hopeful."
    load_nlp()(text)
    plans = dict(table._plans)
    assert plans
    assert _annotations(load_nlp()(text)) == _annotations(shipped(text))
    assert table._plans == plans and all(table._plans[k] is plan for k, plan in plans.items())


def test_the_regex_answers_are_kept_per_form_and_stay_bounded(shipped, monkeypatch):
    from tuiex.ingest import spacy_tables

    nlp = load_nlp()
    table = nlp.get_pipe("attribute_ruler")
    # the pipeline is shared by the whole test session: start from an empty cache, bounded small
    monkeypatch.setattr(spacy_tables, "REGEX_CACHE_SIZE", 30)
    monkeypatch.setattr(table, "_regex_hits", {})
    monkeypatch.setattr(table, "_regex_size", 0)
    nlp("He said nothin' about it.")
    nothin = nlp.vocab.strings["nothin'"]
    assert any(nothin in found for found, _ in table._regex_hits.values())
    assert any(nlp.vocab.strings["said"] in missed for _, missed in table._regex_hits.values())
    # new forms in every text (the numbers), none an expression finds: each goes through them once
    texts = [f"Envoy {i} said talks {i + 1000} were over." for i in range(40)] + ["Nothin' changed, y'all."]
    for text in texts:
        assert _annotations(nlp(text)) == _annotations(shipped(text))
        assert table._regex_size <= 30
        assert sum(len(f) + len(m) for f, m in table._regex_hits.values()) == table._regex_size


@pytest.mark.parametrize("text, possible", [
    ("The talks resumed in Geneva on Monday.", False),
    ("There is no deal yet.", True),              # expl + is: the two-token rule may match
    ("He said nothin' about it.", True),          # a regular expression on the lower form
    ("Y all know the rules.", True),             # 'y' then 'all': the two-token rule may match
    ("We are all here.", False),                  # 'all' without a 'y' before it
])
def test_the_context_rules_run_only_where_they_can_match(shipped, text, possible):
    table = load_nlp().get_pipe("attribute_ruler")
    doc = load_nlp()(text)
    from spacy.attrs import DEP, LOWER, TAG

    array = doc.to_array([TAG, LOWER, DEP])
    assert table._context_possible(tuple(set(array[:, k].tolist()) for k in range(3))) is possible
    assert _annotations(doc) == _annotations(shipped(text))
