"""The timeline key (search_index.py) sorts like the timeline, and a full-text page walked in
the index's own order is the same page the date indexes give, for every kind of filter."""

from __future__ import annotations

import random
import sqlite3
from dataclasses import replace

import pytest

from tuiex.store import search_index
from tuiex.store.reader import Reader
from tuiex.store.timeline_sql import TABLE, view_filters, where_sql

DATES = [None, "1999", "1999-01", "1999-01-01", "1999-01-31", "1999-12", "2016", "2016-07",
         "2016-07-01", "2016-07-15", "2016-08", "2020-02-29", "2020-03"]


def test_keys_sort_like_the_timeline():
    items = [(d, k, i) for d in DATES for k in (0, 1) for i in (1, 7, 2**32 - 1)]
    timeline = sorted(items, key=lambda t: (t[0] is None, t[0] or "", t[1], t[2]))
    assert sorted(items, key=lambda t: search_index.tkey(*t)) == timeline


def test_keys_decode_and_match_the_sql_computation():
    conn = sqlite3.connect(":memory:")
    for d in DATES:
        for kind in (0, 1):
            key = search_index.tkey(d, kind, 12345)
            assert (search_index.date_of(key), search_index.kind_of(key), search_index.id_of(key)) == (d, kind, 12345)
            sql = conn.execute(f"SELECT {search_index.tkey_sql('d', kind, '12345')} FROM (SELECT ? AS d)", [d]).fetchone()[0]
            assert sql == key, d


def test_a_day_key_before_every_item_of_that_date():
    for d in DATES[1:]:
        before = search_index.tkey(d, -1, 0)
        assert before < search_index.tkey(d, 0, 1)
        assert all(search_index.tkey(e, k, 2**32 - 1) <= before
                   for e in DATES[1:] if e < d for k in (0, 1))


QUERIES = ["talks", "border talks", '"gas embassy"', "sanctions type:ASSAULT,COERCE",
           "wheat from:2005 to:2007-06", "visa from:2010", "envoy actor:lavrov", "ceasefire quote:",
           "summit event:", "embassy source:russia", "zzzunknown", "strike to:1995",
           "border target:russia", "talks actor:lavrov actor:russia", "embassy actor:russia type:ASSAULT,COERCE"]


@pytest.mark.parametrize("query", QUERIES)
def test_text_pages_equal_the_date_index_pages(big_db, query):
    reader = Reader(big_db)
    view = reader.resolve(query, quotes=True)
    rnd = random.Random(query)
    after = None
    for _ in range(3):                       # first page, then keyset pages
        fast = reader._text_keys(view, after, 40, 0, None)
        slow = reader._index_keys(view, after, 40, 0, None)
        assert fast == slow
        if len(fast) < 40:
            break
        after = fast[-1]
    offset = rnd.randint(1, 200)
    assert reader._text_keys(view, None, 25, offset, None) == reader._index_keys(view, None, 25, offset, None)
    assert reader.count(view).n == _count_by_tables(reader, view)
    for row, key in enumerate(reader._index_keys(view, None, 30, 0, None)):
        if row % 7 == 3:
            assert reader.position(view, key) == row
    reader.close()


def _count_by_tables(reader, view) -> int:
    total = 0
    for kind in (0, 1):
        f = view_filters(view, kind)
        if f is not None:
            x = "e" if kind == 0 else "q"
            total += reader.conn.execute(f"SELECT count(*) FROM {TABLE[kind]} {x}{where_sql(f[0])}",
                                         f[1]).fetchone()[0]
    return total


def test_a_search_for_a_common_word_stops_at_the_page(big_db):
    """Walking the index in timeline order reads a page's worth of hits, not all of them."""
    reader = Reader(big_db)
    view = reader.resolve("border")            # in the text of every synthetic article
    steps = []
    conn = reader.conn
    conn.set_progress_handler(lambda: steps.append(1) and 0, 1000)
    keys = reader.keys(view, None, 50)
    conn.set_progress_handler(None, 0)
    assert len(keys) == 50
    assert len(steps) < 200, f"{len(steps) * 1000} VM steps for one page"
    reader.close()


def test_words_with_a_rare_actor_step_the_actors_facet(big_db):
    """`border target:X` for an actor in a handful of events reads about that many hits, not
    every hit of "border" (in every synthetic article): the index steps the word's hits and the
    actor's facet together (search_index.py). The page is still the date indexes' page."""
    reader = Reader(big_db)
    aid = reader.conn.execute("SELECT target_id FROM events WHERE target_id IS NOT NULL GROUP BY target_id "
                              "ORDER BY count(*), target_id LIMIT 1").fetchone()[0]
    view = replace(reader.resolve("border"), targets=((aid,),))
    steps = []
    conn = reader.conn
    conn.set_progress_handler(lambda: steps.append(1) and 0, 1000)
    keys = reader.keys(view, None, 50)
    conn.set_progress_handler(None, 0)
    assert keys == reader._index_keys(view, None, 50, 0, None)
    assert keys and all(reader.items([k])[0].target_id == aid for k in keys)
    assert len(steps) < 50, f"{len(steps) * 1000} VM steps for one page"
    reader.close()


def test_typed_words_never_match_a_facet(big_db):
    """Facet tokens (`0s<id>`) live in their own column; what a user types searches the text only."""
    reader = Reader(big_db)
    aid = reader.conn.execute("SELECT source_id FROM events WHERE source_id IS NOT NULL LIMIT 1").fetchone()[0]
    token = f"{search_index.SOURCE}{aid}"
    assert reader.conn.execute("SELECT count(*) FROM items_fts WHERE items_fts MATCH ?",
                               [search_index.facet_match(search_index.SOURCE, [aid])]).fetchone()[0] > 0
    assert reader.count(reader.resolve(token)).n == 0
    assert reader.count(reader.resolve(token, prefix=True)).n == 0
    reader.close()


@pytest.mark.parametrize("query", QUERIES)
def test_a_text_page_is_its_keys_rows(big_db, query):
    """The one-statement search page holds the same items as keys-then-rows."""
    reader = Reader(big_db)
    view = reader.resolve(query, quotes=True)
    first = reader._text_keys(view, None, 30, 0, None)
    for after, offset in ((None, 0), (None, 7), (first[-1] if first else None, 0)):
        keys = reader._text_keys(view, after, 30, offset, None)
        assert reader.page(view, after, 30, offset) == reader.items(keys)
    reader.close()


TYPED_QUERIES = ["accuse type:CONSULT", "talks type:CONSULT", "embassy type:ASSAULT,COERCE from:2005 to:2009",
                 "border type:AGREE source:russia", "visa type:SUPPORT to:1995", "pipel type:SANCTION",
                 "gas embassy type:PROTEST"]


def test_typed_keys_keep_the_timeline_order_and_its_bounds():
    """Within a type, typed keys sort like timeline keys, and a timeline bound carried over
    (`typed_key` of a bound) selects the same events: those after it, and no others."""
    keys = [search_index.tkey(d, 0, i) for d in DATES for i in (1, 7, 2**32 - 1)]
    assert sorted(keys, key=lambda k: search_index.typed_key("CONSULT", k)) == sorted(keys)
    bounds = [*keys, *(search_index.tkey(d, 1, 3) for d in DATES),
              *(search_index.tkey(d, -1, 0) for d in DATES),
              *(search_index.after_date(d) for d in DATES if d)]
    first, last = search_index.type_range("CONSULT")
    for b in bounds:
        t = search_index.typed_key("CONSULT", b)
        assert first <= t <= last
        assert [k for k in keys if k > b] == [k for k in keys if search_index.typed_key("CONSULT", k) > t], b
    assert search_index.type_range("AGREE")[1] < first and last < search_index.type_range("SUPPORT")[0]
    with pytest.raises(ValueError):
        search_index.typed_key("NO_SUCH_TYPE", keys[0])


def test_typed_codes_cover_every_plover_type():
    from tuiex.store.search import PLOVER_TYPES

    assert set(search_index.TYPE_CODES) == set(PLOVER_TYPES)
    assert max(search_index.TYPE_CODES.values()) < 1 << (63 - 54)       # rowids stay positive


def test_the_typed_index_key_in_sql_matches_python(big_db):
    conn = sqlite3.connect(big_db)
    rows = conn.execute("SELECT d.typed_key, e.type, e.tkey FROM typed_docs d "
                        "JOIN events e ON e.id = (d.typed_key & ?) ORDER BY random() LIMIT 3000",
                        [search_index.MAX_ID]).fetchall()
    assert rows and all(k == search_index.typed_key(t, tk) for k, t, tk in rows)
    undated = conn.execute("SELECT d.typed_key, e.type, e.tkey FROM typed_docs d JOIN events e "
                           "ON e.id = (d.typed_key & ?) WHERE e.date IS NULL LIMIT 5", [search_index.MAX_ID]).fetchall()
    assert undated and all(k == search_index.typed_key(t, tk) for k, t, tk in undated)
    conn.close()


@pytest.mark.parametrize("query", TYPED_QUERIES)
def test_words_with_a_type_read_the_typed_index(big_db, query, monkeypatch):
    """`word type:X` reads `typed_fts` (a word of 1-3 letters still typed goes the old way), and
    its pages, counts, positions and backward pages are those of the date indexes."""
    reader = Reader(big_db)
    view = reader.resolve(query, quotes=True)
    seen: list[str] = []
    rows = reader._rows
    monkeypatch.setattr(reader, "_rows", lambda sql, *a, **kw: (seen.append(sql), rows(sql, *a, **kw))[1])
    fast = reader._text_keys(view, None, 60, 0, None)
    assert any("typed_fts" in s for s in seen)
    assert fast == reader._index_keys(view, None, 60, 0, None)
    if fast:
        assert reader._text_keys(view, fast[-1], 60, 0, None) == reader._index_keys(view, fast[-1], 60, 0, None)
        assert [i.key for i in reader.page_before(view, fast[-1], 20)] == fast[-21:-1]
        assert reader.position(view, fast[len(fast) // 2]) == len(fast) // 2
    assert reader.count(view).n == _count_by_tables(reader, view)
    seen.clear()
    short = reader.resolve(" ".join(query.split()[1:]) + " " + query.split()[0][:2], quotes=True, prefix=True)
    assert search_index.short_prefix(short.fts or "")
    assert reader._text_keys(short, None, 30, 0, None) == reader._index_keys(short, None, 30, 0, None)
    assert seen and not any("typed_fts" in s for s in seen)
    reader.close()


def test_a_word_and_a_type_that_never_meet_read_no_hit_list(big_db):
    """"accuse" is in every ACCUSE event's summary and in no CONSULT event: through the types'
    words FTS5 steps through both lists (thousands of hits each, none together, inside one
    MATCH); in the typed index CONSULT's events are a rowid range, whose hit list of "accuse"
    is empty, while the query's answer stays that of the date indexes."""
    reader = Reader(big_db)
    view = reader.resolve("accuse type:CONSULT")
    assert reader.keys(view, None, 50) == [] == reader._index_keys(view, None, 50, 0, None)

    def hits(word: str, event_type: str) -> int:
        lo, hi = search_index.type_range(event_type)
        return reader.conn.execute("SELECT count(*) FROM typed_fts WHERE typed_fts MATCH ? "
                                   "AND rowid BETWEEN ? AND ?", [word, lo, hi]).fetchone()[0]

    def words(match: str) -> int:
        return reader.conn.execute("SELECT count(*) FROM items_fts WHERE items_fts MATCH ?", [match]).fetchone()[0]

    assert hits("accuse", "CONSULT") == 0 == words("accuse AND consult")
    assert hits("accuse", "ACCUSE") == words("accuse") > 5000 and words("consult") > 5000
    reader.close()


def test_a_schema_5_store_is_upgraded_when_opened_to_write(tmp_path):
    """A store of schema 5 (no typed index) is refused read-only with how to upgrade it, and
    upgraded in place, in one transaction, when opened to write; its searches then read it."""
    from tuiex.store.db import StoreError, open_connection
    from tuiex.store.schema import SCHEMA_VERSION

    from storefactory import build_synthetic_store

    db = build_synthetic_store(tmp_path / "old.db", 3_000, 300, n_articles=60, n_actors=20)
    conn = sqlite3.connect(db)
    conn.executescript("DROP TABLE typed_fts; DROP VIEW typed_docs; "
                       "UPDATE meta SET value = '5' WHERE key = 'schema_version';")
    conn.close()
    with pytest.raises(StoreError, match="schema 5.*tuiex ingest"):
        open_connection(db, readonly=True)
    open_connection(db).close()
    reader = Reader(db)
    assert reader.conn.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()[0] == str(SCHEMA_VERSION)
    for query in TYPED_QUERIES:
        view = reader.resolve(query, quotes=True)
        assert reader._text_keys(view, None, 40, 0, None) == reader._index_keys(view, None, 40, 0, None), query
    reader.close()
    conn = sqlite3.connect(db)
    conn.execute("INSERT INTO typed_fts(typed_fts, rank) VALUES ('integrity-check', 1)")
    conn.close()


def test_the_typed_index_follows_articles_written_and_replaced(tmp_path):
    """The writer keeps typed_fts in step with the events: after articles are written, one is
    replaced by another's content and then by one with no events, FTS5's integrity check against
    the content passes and each type's range holds exactly that type's events."""
    from storefactory import sample_articles

    from tuiex.store.db import Store

    arts = sample_articles()
    store = Store(tmp_path / "s.db")

    def check() -> None:
        conn = sqlite3.connect(tmp_path / "s.db", isolation_level=None)
        conn.execute("INSERT INTO typed_fts(typed_fts, rank) VALUES ('integrity-check', 1)")
        for t in search_index.TYPE_CODES:
            lo, hi = search_index.type_range(t)
            indexed = conn.execute("SELECT count(*) FROM typed_fts WHERE typed_fts MATCH ? AND rowid BETWEEN ? AND ?",
                                   [t.lower(), lo, hi]).fetchone()[0]     # every summary holds its type
            assert indexed == conn.execute("SELECT count(*) FROM events WHERE type = ?", [t]).fetchone()[0], t
        conn.close()

    for a in arts:
        store.write_article(a)
    check()
    assert store.db.execute("SELECT count(DISTINCT type) FROM events").fetchone()[0] > 2
    first, second = sample_articles()[:2]
    second.path, second.file, second.content_hash = first.path, first.file, "other"
    store.write_article(second)
    check()
    second.content_hash += "-changed"
    second.events, second.quotes = [], []
    store.write_article(second)
    check()
    store.close()
