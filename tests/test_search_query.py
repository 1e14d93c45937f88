"""The query language parser (tuiex.store.search): pure, no store needed."""

from __future__ import annotations

import sqlite3

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tuiex.store.search import (
    PLOVER_TYPES,
    Query,
    QueryError,
    date_after,
    kind_of_type,
    parse,
    parse_date,
)


def test_free_words_become_quoted_fts_strings():
    q = parse("Lavrov pipeline")
    assert q.terms == ("Lavrov", "pipeline")
    assert q.fts() == '"Lavrov" "pipeline"'
    assert q.has_text and not q.is_empty


def test_phrases_keep_their_words_together():
    q = parse('"air base" Incirlik')
    assert q.phrases == ("air base",)
    assert q.fts() == '"Incirlik" "air base"'


def test_last_word_is_a_prefix_only_while_typing():
    assert parse("lav", prefix=True).fts() == '"lav"*'
    assert parse("lav").fts() == '"lav"'
    assert parse("lav ", prefix=True).fts() == '"lav"'          # a space ends the word
    assert parse('"air base"', prefix=True).fts() == '"air base"'  # never a phrase
    assert parse("lav type:ASSAULT", prefix=True).prefix is False  # the last token is a filter


def test_highlight_terms_are_folded():
    q = parse('Çavuşoğlu "Air Base" lav', prefix=True)
    assert q.highlight_terms() == [("cavusoglu", False), ("lav", True), ("air base", False)]


@pytest.mark.parametrize("text", [
    'NEAR(a b)', "a OR b", "a AND NOT b", "col:value*", "^start", "x*", '""', "'; DROP TABLE events; --",
    "a + b", "-minus", "(unbalanced", "{braces}", "Daesh [IS]", "\u0301", "___", "u.s.",
])
def test_fts_syntax_and_sql_are_text(text, fts_conn):
    try:
        q = parse(text.replace("col:", "actor:") if text.startswith("col:") else text)
    except QueryError:
        return
    expr = q.fts()
    if expr is not None:
        fts_conn.execute("SELECT count(*) FROM t WHERE t MATCH ?", [expr]).fetchone()


@pytest.fixture(scope="module")
def fts_conn():
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE VIRTUAL TABLE t USING fts5(body, tokenize='unicode61 remove_diacritics 2')")
    conn.execute("INSERT INTO t(body) VALUES ('Turkey OR Russia NEAR the air base, Daesh [IS] u.s.')")
    return conn


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=40), st.booleans())
def test_any_text_parses_or_explains(fts_conn, text, prefix):
    """Whatever is typed either parses to a valid FTS5 expression or raises QueryError."""
    try:
        q = parse(text, prefix=prefix)
    except QueryError as e:
        assert str(e) and "\n" not in str(e)
        return
    expr = q.fts()
    if expr is not None:
        fts_conn.execute("SELECT count(*) FROM t WHERE t MATCH ?", [expr]).fetchone()


def test_filters():
    q = parse('actor:lavrov source:russia,moscow target:"Mevlut Cavusoglu" type:assault,COERCE '
              "from:2016-07 to:2016-08 kremlin")
    assert q.actors == (("lavrov",),)
    assert q.sources == (("russia", "moscow"),)
    assert q.targets == (("Mevlut Cavusoglu",),)
    assert q.types == ("ASSAULT", "COERCE")
    assert (q.date_from, q.date_to) == ("2016-07", "2016-08")
    assert q.date_range() == ("2016-07", "2016-09")
    assert q.terms == ("kremlin",)
    assert q.kind is None


@pytest.mark.parametrize(("text", "terms"), [
    ("Chad: troops leave the capital", ("Chad", "troops", "leave", "the", "capital")),
    ("LAGOS: Talks resume type:AGREE", ("LAGOS", "Talks", "resume")),
    ("Update: 18:40 ceasefire", ("Update", "18:40", "ceasefire")),
])
def test_a_word_ending_in_a_colon_is_a_word_not_a_filter(text, terms):
    """A headline pasted into search ("Chad: troops leave") is words; "foo:bar", with a value, stays an
    unknown filter (see test_malformed_queries_explain)."""
    assert parse(text).terms == terms


def test_filter_keys_are_case_insensitive_and_repeatable():
    q = parse("Actor:lavrov ACTOR:cavusoglu TYPE:assault")
    assert q.actors == (("lavrov",), ("cavusoglu",))
    assert q.types == ("ASSAULT",)


def test_quote_and_event_flags():
    assert parse("quote:").kind == "quote"
    assert parse("event: lavrov").kind == "event"
    q = parse("quote:pipeline")           # quote: with a word reads as quote: pipeline
    assert q.kind == "quote" and q.terms == ("pipeline",)
    assert parse("quotes:").kind == "quote"


def test_only_filters_has_no_fts():
    q = parse("type:ASSAULT")
    assert q.fts() is None and not q.has_text and not q.is_empty
    assert parse("").is_empty and parse("   ").is_empty


@pytest.mark.parametrize("text, message", [
    ('"air base', "unbalanced quote"),
    ('lavrov "air', "unbalanced quote"),
    ('actor:"Mevlut', "unbalanced quote"),
    ("from:2016-13", "month 13 does not exist"),
    ("from:2016-02-30", "has no day 30"),
    ("to:July", "use YYYY, YYYY-MM or YYYY-MM-DD"),
    ("from:16-07", "use YYYY"),
    ("from:2016-07 to:2016-06", "is after"),
    ("from:2016,2017", "takes one date"),
    ("foo:bar", "unknown filter foo:"),
    ("actor:", "actor: needs a value"),
    ("source:", "source: needs a value"),
    ("target:", "target: needs a value"),
    ("type:", "type: needs a value"),
    ("type:,", "type: needs a value"),
    ("from:", "from: needs a value"),
    ("to:", "to: needs a value"),
    ("type:ASSALT", "did you mean ASSAULT"),
    ("type:PARTY", "unknown event type"),
    ("quote: event:", "exclude each other"),
    ("quote: type:ASSAULT", "type: applies to events"),
    ("quote: target:turkey", "target: applies to events"),
])
def test_malformed_queries_explain(text, message):
    with pytest.raises(QueryError) as e:
        parse(text)
    assert message in str(e.value)
    assert len(str(e.value)) < 220 and "\n" not in str(e.value)


def test_dates():
    assert parse_date("2016") == "2016"
    assert parse_date("2016-02-29") == "2016-02-29"
    with pytest.raises(QueryError):
        parse_date("2015-02-29")
    assert date_after("2016") == "2017"
    assert date_after("2016-12") == "2017-01"
    assert date_after("2016-07") == "2016-08"
    assert date_after("2016-02-28") == "2016-02-29"
    assert date_after("2016-02-29") == "2016-03-01"
    assert date_after("2016-12-31") == "2017-01-01"


def test_a_date_range_holds_every_precision_inside_it():
    lo, hi = parse("from:2016-07 to:2016-07").date_range()
    for d in ("2016-07", "2016-07-01", "2016-07-31"):
        assert lo <= d < hi
    for d in ("2016", "2016-06-30", "2016-08", "2016-08-01"):
        assert not (lo <= d < hi)


def test_kinds_of_types():
    assert kind_of_type("ASSAULT") == "conflictual"
    assert kind_of_type("COOPERATE") == "cooperative"
    assert kind_of_type("REQUEST") == "neutral"
    assert kind_of_type(None) == "neutral"
    assert len(PLOVER_TYPES) == 16


def test_query_keeps_what_was_typed():
    assert parse("  actor:lavrov  ").text == "  actor:lavrov  "
    assert parse("a") == Query(terms=("a",))


@pytest.mark.parametrize("text", ["*", "%_%", "\U0001F600", '"!!"', "- *"])
def test_a_query_with_no_letters_or_digits_says_it_searches_for_nothing(text):
    """Not the whole timeline, as if nothing had been typed."""
    with pytest.raises(QueryError, match="has no letters or digits, so it searches for nothing"):
        parse(text)


@pytest.mark.parametrize("text", ["putin *", "* type:ASSAULT", "", "   "])
def test_symbols_beside_a_real_query_are_ignored(text):
    parse(text)
