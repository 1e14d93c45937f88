"""The store's read side (tuiex.store.reader and tuiex.store.output): order, paging, counts, positions, search."""

from __future__ import annotations

import csv
import json
import threading

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tuiex.store.db import StoreError
from tuiex.store.output import export, format_records, search
from tuiex.store.read_records import Cancelled, Key, View
from tuiex.store.reader import Reader
from tuiex.store.search import QueryError, parse


@pytest.fixture(scope="module")
def reader(sample_db):
    r = Reader(sample_db)
    yield r
    r.close()


ALL = View(events=True, quotes=True)
EVENTS = View()


def everything(reader, view):
    return reader.page(view, limit=10_000)


def test_timeline_order_dated_then_undated(reader):
    items = everything(reader, ALL)
    keys = [i.key for i in items]
    assert keys == sorted(keys)
    dated = [i for i in items if i.date]
    undated = [i for i in items if not i.date]
    assert items == dated + undated                   # undated kept, in their own group, last
    assert {i.type for i in undated} == {"ACCUSE", "THREATEN"}
    # month and year precision sort first within their month / year
    dates = [i.date for i in dated]
    assert dates.index("2016") < dates.index("2016-06-27")
    assert dates.index("2016-08") == len(dates) - 1
    # on the same day, events before quotes
    same_day = [i.kind for i in dated if i.date == "2016-07-04"]
    assert same_day == ["event", "quote", "quote"]


def test_items_carry_row_and_citation(reader):
    first = everything(reader, EVENTS)[0]
    assert (first.date, first.type, first.source, first.target) == ("2015-11-24", "ASSAULT", "Turkey", "Russia")
    assert first.text == "Turkey shot down a Russian warplane"
    assert first.precision == "day"
    assert first.file == "001_jet.txt" and first.outlet == "Reuters"
    assert first.citation() == ('[2015-11-24] ASSAULT Turkey -> Russia: "Turkey shot down a Russian '
                                'warplane" ("Turkey shoots down Russian warplane near Syrian border", '
                                'Reuters, 2015-11-24, https://example.org/001_jet.txt)')


def test_counts(reader):
    assert str(reader.count(EVENTS)) == "10"
    assert str(reader.count(ALL)) == "15"
    capped = reader.count(ALL, cap=5)
    assert not capped.exact and str(capped) == ">5"
    assert reader.count(ALL, cap=15).exact


@settings(max_examples=40, deadline=None)
@given(limit=st.integers(1, 7), offset=st.integers(0, 16), quotes=st.booleans())
def test_keyset_pages_and_offsets_agree_with_the_whole(sample_db, limit, offset, quotes):
    reader = Reader(sample_db)
    view = View(events=True, quotes=quotes)
    whole = [i.key for i in everything(reader, view)]
    got, after = [], None
    while True:
        page = reader.keys(view, after, limit)
        got += page
        if len(page) < limit:
            break
        after = page[-1]
    assert got == whole
    assert reader.keys(view, None, limit, offset) == whole[offset:offset + limit]
    if offset < len(whole):
        anchor = whole[offset]
        assert reader.keys(view, anchor, limit, 1) == whole[offset + 2:offset + 2 + limit]
    reader.close()


def test_positions_match_the_listing(reader):
    items = everything(reader, ALL)
    for row, item in enumerate(items):
        assert reader.position(ALL, item.key) == row
        assert reader.contains(ALL, item.key)
    assert reader.date_position(ALL, "2016-07") == [(i.date or "~") >= "2016-07" for i in items].index(True)
    assert reader.date_position(ALL, "2099") == len([i for i in items if i.date])
    quote = next(i for i in items if i.kind == "quote")
    assert not reader.contains(EVENTS, quote.key)


def _brute_groups(items, unit):
    """Row index where each group starts, from the full listing."""
    def g(i):
        if not i.date:
            return "~undated"
        return i.date[:7] if unit == "month" else i.date
    starts, last = [], object()
    for row, i in enumerate(items):
        if g(i) != last:
            starts.append(row)
            last = g(i)
    return starts


@pytest.mark.parametrize("unit", ["day", "month"])
@pytest.mark.parametrize("quotes", [False, True])
def test_group_jumps_match_brute_force(reader, unit, quotes):
    view = View(events=True, quotes=quotes)
    items = everything(reader, view)
    starts = _brute_groups(items, unit)
    for row, item in enumerate(items):
        nxt = next((s for s in starts if s > row), None)
        assert reader.group_start(view, item.key, unit, 1) == nxt, (unit, row, item.date)
        own = max(s for s in starts if s <= row)
        prev = own if own < row else max((s for s in starts if s < row), default=None)
        assert reader.group_start(view, item.key, unit, -1) == prev, (unit, row, item.date)


def test_actor_names_match_case_accents_and_typos(reader):
    def names(text, **kw):
        return [h.name for h in reader.match_actors(text, **kw)]

    assert names("Sergei Lavrov") == ["Sergei Lavrov"]
    assert names("lavrov") == ["Sergei Lavrov"]
    assert names("LAVROV") == ["Sergei Lavrov"]
    assert names("cavusoglu") == ["Mevlüt Çavuşoğlu"]          # merged across articles
    assert names("Çavuşoğlu") == ["Mevlüt Çavuşoğlu"]
    assert names("cavusolgu") == ["Mevlüt Çavuşoğlu"]          # typo
    assert names("lavorv") == ["Sergei Lavrov"]                # typo
    assert names("moscow") == ["Russia"]                       # alias
    assert names("erdo", prefix=True) == ["Recep Tayyip Erdogan"]
    assert names("zzzz") == []


def test_resolve_builds_views(reader):
    v = reader.resolve(parse("actor:lavrov"))
    assert v.quotes and v.events and len(v.actors) == 1
    assert [i.summary for i in everything(reader, v)] == [
        "Sergei Lavrov CONSULT Mevlüt Çavuşoğlu: met",
        "We agreed to resume work on the gas pipeline,",
    ]
    with pytest.raises(QueryError, match="no actor matches 'nobody'"):
        reader.resolve(parse("actor:nobody"))
    assert not reader.resolve(parse("type:ASSAULT")).includes(1)
    assert not reader.resolve(parse("event:")).quotes
    assert not reader.resolve(parse("quote:")).events
    assert reader.resolve(parse("quote:")).quotes


def run(reader, text):
    return [(i.kind, i.date, i.type) for i in everything(reader, reader.resolve(parse(text), quotes=True))]


def test_filters_combine(reader):
    assert run(reader, "type:ASSAULT,SANCTION") == [("event", "2015-11-24", "ASSAULT"),
                                                    ("event", "2015-11-28", "SANCTION")]
    assert run(reader, "from:2016-07 to:2016-07") == [
        ("event", "2016-07-01", "CONSULT"), ("quote", "2016-07-01", None),
        ("event", "2016-07-04", "COOPERATE"), ("quote", "2016-07-04", None),
        ("quote", "2016-07-04", None), ("event", "2016-08", "AGREE")][:5]
    assert run(reader, "source:putin") == [("quote", "2015-11-24", None), ("event", "2016-06-30", "CONCEDE"),
                                           ("event", None, "THREATEN")]
    assert run(reader, "target:turkey type:CONCEDE") == [("event", "2016-06-30", "CONCEDE")]
    assert run(reader, "quote: actor:çavuşoğlu") == [("quote", "2016-06-30", None),
                                                     ("quote", "2016-07-04", None),
                                                     ("quote", "2016-07-04", None)]
    assert run(reader, "actor:cavusolgu crisis") == [("quote", "2016-06-30", None)]


def test_full_text_over_events_quotes_and_article_sentences(reader):
    # an event's summary / trigger
    assert run(reader, "sanctions") == [("event", "2015-11-28", "SANCTION")]
    # a quote's words
    assert run(reader, "pipeline") == [("quote", "2016-07-01", None)]
    # article text: items whose sentence holds the words (Sochi is only in the article)
    assert run(reader, "sochi") == [("event", "2016-07-01", "CONSULT")]
    assert run(reader, '"Islamic State" buying') == [("event", None, "ACCUSE")]
    # accents and case folded; prefix while typing
    assert run(reader, "MEVLÜT") == run(reader, "mevlut")
    v = reader.resolve(parse("incirl", prefix=True), prefix=True)
    assert [i.kind for i in everything(reader, v)] == ["quote"]
    # FTS syntax typed by the user is text
    assert run(reader, "NEAR OR AND") == []
    assert run(reader, "Daesh [IS]") == [("quote", "2016-07-04", None), ("quote", "2016-07-04", None)]


def test_actor_detail(reader):
    lavrov = reader.match_actors("lavrov")[0].id
    d = reader.actor_detail(lavrov)
    assert (d.name, d.type, d.country, d.role) == ("Sergei Lavrov", "person", "RUS", "Foreign Minister of Russia")
    assert d.aliases == ["Lavrov"]
    assert (d.n_events, d.n_as_source, d.n_as_target, d.n_quotes) == (1, 1, 0, 1)
    assert (d.first_seen, d.last_seen) == ("2016-06-30", "2016-07-01")
    assert [(name, n) for _, name, n in d.counterparts] == [("Mevlüt Çavuşoğlu", 1)]
    assert [q.text for q in d.quotes] == ["We agreed to resume work on the gas pipeline,"]
    russia = reader.actor_detail(reader.match_actors("russia")[0].id)
    assert [(name, n) for _, name, n in russia.counterparts] == [("Turkey", 6), ("Recep Tayyip Erdogan", 1)]
    assert reader.actor_detail(99999) is None


def test_article_with_spans(reader):
    item = everything(reader, EVENTS)[0]
    art = reader.article(item.article_id)
    assert (art.title, art.outlet, art.published) == (
        "Turkey shoots down Russian warplane near Syrian border", "Reuters", "2015-11-24")
    kinds = {s.kind for s in art.spans}
    assert kinds == {"event", "quote", "mention"}
    ev = next(s for s in art.spans if (s.kind, s.id) == ("event", item.id))
    assert art.text[ev.start:ev.end] == item.text
    assert art.text[ev.trigger_start:ev.trigger_end] == "shot down"
    assert [s.start for s in art.spans] == sorted(s.start for s in art.spans)
    assert "[IS]" in art.text


def test_cli_search_records(sample_db):
    rows = search(sample_db, "actor:lavrov", 10)
    assert [r["kind"] for r in rows] == ["event", "quote"]
    ev, qt = rows
    assert ev["type"] == "CONSULT" and ev["source"] == "Sergei Lavrov" and ev["target"] == "Mevlüt Çavuşoğlu"
    assert ev["sentence"].startswith("Foreign Minister Sergei Lavrov met")
    assert ev["article"] == "002_apology.txt"
    assert qt["speaker"] == "Sergei Lavrov" and qt["text"].startswith("We agreed")
    assert set(rows[0]) >= {"kind", "date", "type", "source", "target", "speaker", "text", "summary",
                            "sentence", "article"}
    assert len(search(sample_db, "", 3)) == 3
    assert "CONSULT  Sergei Lavrov -> Mevlüt Çavuşoğlu" in format_records(rows)
    with pytest.raises(QueryError):
        search(sample_db, '"unbalanced', 10)
    with pytest.raises(StoreError):
        search(sample_db.parent / "missing.db", "x", 10)


def test_export_csv_and_jsonl(reader, tmp_path):
    n = export(reader, ALL, tmp_path / "all.csv", batch=4)
    assert n == 15
    rows = list(csv.DictReader((tmp_path / "all.csv").open(encoding="utf-8")))
    assert len(rows) == 15 and rows[0]["type"] == "ASSAULT" and rows[-1]["date"] == ""
    n = export(reader, reader.resolve(parse("quote:")), tmp_path / "q.jsonl", batch=2)
    lines = [json.loads(line) for line in (tmp_path / "q.jsonl").read_text().splitlines()]
    assert n == len(lines) == 5 and all(r["kind"] == "quote" for r in lines)
    with pytest.raises(ValueError):
        export(reader, ALL, tmp_path / "x.txt")


def test_one_connection_per_thread(sample_db):
    reader = Reader(sample_db)
    results, errors = [], []

    def work():
        try:
            results.append(len(reader.page(ALL, limit=100)))
            results.append(reader.actor_detail(1).name)
        except Exception as e:  # noqa: BLE001
            errors.append(e)

    threads = [threading.Thread(target=work) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors and results.count(15) == 8
    assert len(reader._connections) >= 2
    reader.close()


def test_readonly(reader):
    import sqlite3

    with pytest.raises(sqlite3.OperationalError):
        reader.conn.execute("DELETE FROM events")


def test_cancel(reader):
    with pytest.raises(Cancelled):
        reader.count(ALL, should_stop=lambda: True)
    reader.count(ALL)     # the connection still works afterwards


def test_undated_cursor_keys(reader):
    undated = Key(1, "", -1, 0)
    assert reader.position(ALL, undated) == 13
    assert [k.seg for k in reader.keys(ALL, Key(0, "2016-08", 0, 10**9), 10)] == [1, 1]


def test_first_use_from_a_new_thread_does_not_deadlock(sample_db):
    """The actor index is built on a thread with no connection yet (as in a worker)."""
    reader = Reader(sample_db)
    done = []
    t = threading.Thread(target=lambda: done.append(reader.match_actors("putin")))
    t.start()
    t.join(timeout=10)
    assert not t.is_alive() and done and done[0][0].name == "Vladimir Putin"
    reader.close()


def test_article_lookup_takes_percent_and_underscore_as_characters(reader):
    """The palette's "Open article" matches what was typed: % and _ are not LIKE wildcards."""
    assert reader.find_articles("warplane")
    assert reader.find_articles("%") == []
    assert reader.find_articles("war%plane") == [] and reader.find_articles("war_lane") == []
    assert all("_" in (title + file) for _, title, _, _, file in reader.find_articles("_"))


def test_cli_search_takes_words_that_start_with_a_dash(sample_db, capsys):
    from tuiex.cli import main

    assert main(["search", "-lavrov", "--db", str(sample_db)]) in (0, 1)   # a word, not an option
    assert "unrecognized" not in capsys.readouterr().err
    with pytest.raises(SystemExit) as e:
        main(["search", "--db", str(sample_db)])
    assert e.value.code == 2
