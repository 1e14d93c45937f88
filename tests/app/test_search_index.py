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
