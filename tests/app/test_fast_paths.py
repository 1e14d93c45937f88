"""Issue 15: the indexes deletes go through, keyset paging backwards (after a jump), and rows shown
before their count. Plans and behaviour only; nothing here is timed."""

from __future__ import annotations

import sys
import threading
from dataclasses import replace
from pathlib import Path

import pytest
from conftest import settle
from storefactory import build_synthetic_store

from tuiex.app.app import ExplorerApp
from tuiex.store.db import Store, open_connection
from tuiex.store.read_records import END, Key, View
from tuiex.store.reader import Reader
from tuiex.store.search import parse

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from storecheck import assert_actor_aggregates  # noqa: E402


@pytest.fixture(scope="module")
def mid_db(tmp_path_factory):
    """3,050 events and 600 quotes (2% undated): thirty-odd pages of the timeline, the last
    one short."""
    return build_synthetic_store(tmp_path_factory.mktemp("mid") / "mid.db", 3_050, 600,
                                 n_articles=300, n_actors=40)


def _plan(conn, sql, params=()):
    return " | ".join(r[3] for r in conn.execute(f"EXPLAIN QUERY PLAN {sql}", params))


@pytest.mark.parametrize("table, index", [("events", "idx_events_sentence"),
                                          ("quotes", "idx_quotes_sentence"),
                                          ("mentions", "idx_mentions_sentence")])
def test_deleting_a_sentence_finds_its_rows_by_index(sample_db, table, index):
    """Deleting an article cascades sentence by sentence into these tables: each step is the
    lookup below, which must search an index, not scan the table."""
    conn = open_connection(sample_db, readonly=True)
    plan = _plan(conn, f"SELECT id FROM {table} WHERE sentence_id = ?", [1])
    conn.close()
    assert index in plan and "SCAN" not in plan, plan


def test_pruning_actors_after_a_replaced_article_searches_indexes(sample_db):
    conn = open_connection(sample_db, readonly=True)
    plan = _plan(conn, """SELECT 1 FROM actors WHERE id = ?1
               AND NOT EXISTS (SELECT 1 FROM mentions WHERE actor_id = ?1)
               AND NOT EXISTS (SELECT 1 FROM events WHERE source_id = ?1)
               AND NOT EXISTS (SELECT 1 FROM events WHERE target_id = ?1)
               AND NOT EXISTS (SELECT 1 FROM quotes WHERE speaker_id = ?1)""", [1])
    conn.close()
    assert "SCAN" not in plan, plan


def test_a_replaced_article_takes_only_its_own_unused_actors(tmp_path):
    from storefactory import sample_articles

    arts = sample_articles()
    store = Store(tmp_path / "s.db")
    for a in arts:
        store.write_article(a)
    q = store.db.execute
    used_sql = """SELECT a.name FROM actors a WHERE a.id IN (SELECT actor_id FROM mentions)
                  OR a.id IN (SELECT source_id FROM events) OR a.id IN (SELECT target_id FROM events)
                  OR a.id IN (SELECT speaker_id FROM quotes)"""
    sizes = [q("SELECT count(*) FROM actors").fetchone()[0]]
    for art in arts:            # each replaced by a version that names nobody
        art.content_hash += "-changed"
        art.events, art.quotes, art.mentions, art.actors = [], [], [], {}
        store.write_article(art)
        assert {r[0] for r in q("SELECT name FROM actors")} == {r[0] for r in q(used_sql)}
        sizes.append(q("SELECT count(*) FROM actors").fetchone()[0])
        assert_actor_aggregates(store.db.conn)
    store.close()
    assert sizes[0] > 0 and sizes[-1] == 0 and sizes == sorted(sizes, reverse=True)


def test_actor_aggregates_follow_articles_written_and_replaced(tmp_path):
    """actor_stats, actor_pairs and actor_articles equal counting the rows after every write,
    including an article replaced by a different one and one written twice."""
    from storefactory import sample_articles

    arts = sample_articles()
    store = Store(tmp_path / "s.db")
    for a in arts:
        store.write_article(a)
        assert_actor_aggregates(store.db.conn)
    assert store.db.execute("SELECT count(*) FROM actor_pairs").fetchone()[0] > 0
    first, second = sample_articles()[:2]
    second.path, second.file, second.content_hash = first.path, first.file, "other"
    store.write_article(second)                  # the first article's file now holds the second
    assert_actor_aggregates(store.db.conn)
    store.write_article(second)                  # unchanged: nothing to do
    assert_actor_aggregates(store.db.conn)
    store.close()


def test_actor_detail_reads_the_kept_aggregates(sample_db):
    """The detail shows what counting the rows gives, and reads no events table to get it."""
    reader = Reader(sample_db)
    conn = reader.conn
    for (actor_id,) in conn.execute("SELECT id FROM actors").fetchall():
        d = reader.actor_detail(actor_id)
        n = lambda sql: conn.execute(sql, [actor_id]).fetchone()[0]  # noqa: E731
        assert d.n_as_source == n("SELECT count(*) FROM events WHERE source_id = ?")
        assert d.n_as_target == n("SELECT count(*) FROM events WHERE target_id = ?")
        assert d.n_mentions == n("SELECT count(*) FROM mentions WHERE actor_id = ?")
        assert d.n_quotes == n("SELECT count(*) FROM quotes WHERE speaker_id = ?")
        together = dict(conn.execute(
            """SELECT other, count(*) FROM (SELECT target_id AS other FROM events WHERE source_id = ?1
               AND target_id != ?1 UNION ALL SELECT source_id FROM events WHERE target_id = ?1
               AND source_id != ?1) GROUP BY other""", [actor_id]).fetchall())
        assert {o: k for o, _, k in d.counterparts} == {o: k for o, k in together.items() if o in
                                                          {c[0] for c in d.counterparts}}
        assert len(d.counterparts) == min(len(together), reader.COUNTERPARTS)
    top = conn.execute("SELECT source_id FROM events GROUP BY source_id ORDER BY count(*) DESC").fetchone()[0]
    traced: list[str] = []
    conn.set_trace_callback(traced.append)       # the statements, with their values in place
    reader.actor_detail(top)
    conn.set_trace_callback(None)
    for sql in traced:
        # nothing counted or grouped over the actor's events or mentions: kept numbers and
        # min/max at the ends of index ranges only
        assert "count(" not in sql and "group by" not in sql.lower() and "FROM mentions" not in sql, sql
        for row in conn.execute("EXPLAIN QUERY PLAN " + sql):
            assert not row[3].startswith("SCAN") or row[3].startswith(("SCAN (", "SCAN hits")), (sql, row[3])
    reader.close()


VIEWS = {
    "all": lambda r: View(events=True, quotes=True),
    "events": lambda r: View(),
    "type": lambda r: r.resolve(parse("type:ASSAULT"), quotes=True),
    "actor": lambda r: View(events=True, quotes=True, actors=((3,),)),     # two arms: see _arm_filters
    "actors": lambda r: View(events=True, quotes=True, actors=((3, 5),), types=("ASSAULT", "ACCUSE")),
    "two actors": lambda r: View(events=True, quotes=True, actors=((3, 4, 6, 8), (5, 7, 9, 10))),
    "words": lambda r: r.resolve(parse("border"), quotes=True),
    "words and date": lambda r: r.resolve(parse("border from:2000"), quotes=True),
}


@pytest.mark.parametrize("query, index", [("source:{a} type:CONSULT", "idx_events_source"),
                                          ("target:{a} type:ACCUSE,PROTEST", "idx_events_target")])
def test_an_actor_and_a_type_are_checked_in_the_actors_index(mid_db, query, index):
    """`source:X type:Y` walks X's events in date order and checks the type in that index (it
    holds the type), never in the table: for a frequent actor and a type it never has, that walk
    is every one of its events. Same keys as the date index gives."""
    reader = Reader(mid_db)
    aid, name = reader.conn.execute("SELECT a.id, a.name FROM actors a JOIN events e ON e.source_id = a.id "
                                    "GROUP BY a.id ORDER BY count(*) DESC LIMIT 1").fetchone()
    view = reader.resolve(query.format(a=f'"{name}"'))
    assert aid in (view.sources + view.targets)[0]
    seen = []
    rows = reader._rows

    def spy(sql, params=(), should_stop=None):
        seen.append(_plan(reader.conn, sql, params))
        return rows(sql, params, should_stop)

    reader._rows = spy
    keys = reader.keys(view, None, 50)
    reader._rows = rows
    assert any(f"COVERING INDEX {index} " in plan for plan in seen), seen
    every = [i.key for i in reader.iter_view(replace(view, sources=(), targets=()))
             if (i.source_id if index == "idx_events_source" else i.target_id) == aid]
    assert keys == every[:50]
    reader.close()


@pytest.mark.parametrize("name", sorted(VIEWS))
def test_pages_read_backwards_match_the_timeline(mid_db, name):
    reader = Reader(mid_db)
    view = VIEWS[name](reader)
    every = reader.page(view, limit=100_000)
    keys = [i.key for i in every]
    n = len(keys)
    assert n > 20 and keys == sorted(keys) and n == reader.count(view).n
    assert [i.key for i in reader.page(view, keys[n // 2], 10)] == keys[n // 2 + 1:n // 2 + 11]
    assert [i.key for i in reader.page_before(view, END, n + 10)] == keys
    for b in (0, 1, n // 3, n // 2, n - 1, n):
        before = keys[b] if b < n else END
        for limit, offset in ((1, 0), (7, 0), (10, 5), (100, 30)):
            got = [i.key for i in reader.page_before(view, before, limit, offset)]
            assert got == keys[max(0, b - offset - limit):max(0, b - offset)], (b, limit, offset)
    # a key no item has (a date jump): everything before it, whatever the date
    for date in ("2000", "2005-06", "2010-01-15"):
        at = reader.date_position(view, date)
        got = [i.key for i in reader.page_before(view, Key(0, date, -1, 0), 20)]
        assert got == keys[max(0, at - 20):at]
    reader.close()


def _app(db):
    app = ExplorerApp(db)
    app.preview_delay = app.search_delay = 0.01
    return app


def _spy_offsets(reader, seen):
    """Record the OFFSET (rows skipped) of every page read forwards or backwards."""
    page, page_before = reader.page, reader.page_before

    def spy(view, after=None, limit=100, offset=0, should_stop=None):
        seen.append(offset)
        return page(view, after, limit, offset, should_stop)

    def spy_before(view, before, limit=100, offset=0, should_stop=None):
        seen.append(offset)
        return page_before(view, before, limit, offset, should_stop)

    reader.page_before = spy_before

    reader.page = spy


@pytest.mark.parametrize("jump", ["end", "date"])
async def test_paging_up_after_a_jump_reads_by_keyset(mid_db, jump):
    app = _app(mid_db)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        tl = app.timeline
        seen: list[int] = []
        _spy_offsets(tl.reader, seen)
        if jump == "end":
            await pilot.press("G")
        else:
            tl.goto_date("2005-06-15")
        await settle(pilot)
        landed = tl.cursor
        assert landed > 1000 and tl.current_item is not None
        for _ in range(40):                                # several pages up (each a screenful, ~9 rows here)
            await pilot.press("pageup")
            await settle(pilot, 1)
        await settle(pilot)
        assert tl.cursor < landed - 300
        reader = Reader(mid_db)
        every = reader.page(tl.view, limit=100_000)
        reader.close()
        for row, item in tl.loaded_items():
            assert item.key == every[row].key, row
        # no page was read by skipping more than a page of rows (an OFFSET), as paging from row
        # 0 would (a page read together with the one below it may skip the short last page)
        assert [o for o in seen if o >= 100] == [], seen


async def test_G_shows_the_last_rows_at_once(mid_db):
    """With the count exact, G reads the last page itself (one keyset read back from the end)
    before moving: the cursor's row is there when the key's handler returns, not after a worker."""
    app = _app(mid_db)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        tl = app.timeline
        assert tl.count is not None and tl.count.exact
        tl.action_last()
        assert tl.cursor == tl.count.n - 1 and tl.current_item is not None
        reader = Reader(mid_db)
        assert tl.current_item.key == reader.page_before(tl.view, END, 1)[0].key
        reader.close()


async def test_pages_are_read_from_the_cursors_page_out(mid_db):
    """A move far down reads the cursor's page first, then the rest of the screen, then the
    read-ahead, so the rows under the cursor wait for one page read, not three."""
    app = _app(mid_db)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        tl = app.timeline
        read: list[int] = []
        real = tl._read_page

        def spy(view, start, anchors, firsts, should_stop):
            read.append(start // 100)
            return real(view, start, anchors, firsts, should_stop)

        tl._read_page = spy
        tl.move_to(2_050)
        await settle(pilot)
        assert tl.current_item is not None
        assert len(read) >= 2 and read[0] == 20, read


async def test_rows_show_before_their_count(mid_db):
    """The first screen of a view is painted while its count is still being read; the status
    says "≥" until the count arrives."""
    app = _app(mid_db)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        tl = app.timeline
        release = threading.Event()
        count = tl.reader.count

        def slow_count(*args, **kw):
            release.wait(10)
            return count(*args, **kw)

        tl.reader.count = slow_count
        tl.replace_view(tl.reader.resolve(parse("border"), quotes=True))
        for _ in range(50):
            await pilot.pause(0.02)
            if tl.item_at(0) is not None:
                break
        try:
            assert tl.item_at(0) is not None and not tl.is_loading
            assert "≥" in tl.range_text()
        finally:
            release.set()
        await settle(pilot)
        assert "≥" not in tl.range_text()
        assert tl.count is not None and tl.count.exact
        reader = Reader(mid_db)
        assert tl.count.n == reader.count(tl.view).n == tl.rows
        reader.close()


def test_actor_lookups_through_the_word_index_match_the_cached_index(tmp_path):
    """match_actors answers exact names, words and prefixes from actor_words (no index of every
    actor built per call, as `tuiex search actor:` did), exactly as the in-memory index would."""
    db = build_synthetic_store(tmp_path / "a.db", 200, n_articles=20, n_actors=150)
    reader = Reader(db)
    built = reader._actors()
    queries = set()
    for hit in reader.actor_names():
        words = hit.name.split()
        queries |= {hit.name, words[-1], words[0][:1], words[0][:2], hit.name.upper(),
                    " ".join(w[:2] for w in words), hit.name[:-1] + "x"}
    assert len(queries) > 300
    for q in sorted(queries):
        for prefix in (False, True):
            assert reader.match_actors(q, prefix=prefix, limit=8) == built.match(q, prefix=prefix, limit=8), q
    reader._actor_index = None
    reader.match_actors(built.hit(next(iter(built.info)), 0).name)
    assert reader._actor_index is None           # a name found without building the index
    reader.close()


async def test_G_before_the_exact_count_goes_on_to_the_real_end(mid_db):
    # While a view's count is still a lower bound ("≥10,000"), G reaches the last row known; when
    # the exact count arrives the cursor goes on to the real last row, unless the user moved on.
    from tuiex.store.read_records import Count

    app = _app(mid_db)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        tl = app.timeline
        total = tl.rows
        assert total > 1000
        tl._count = Count(500, exact=False)        # as if counting had stopped at a cap of 500
        tl._set_rows(501)
        await pilot.press("G")
        await settle(pilot)
        assert tl.cursor == 500
        tl.post_message(tl.CountUpdated(tl._gen, Count(total)))
        await settle(pilot)
        assert tl.cursor == total - 1 and tl.current_item is not None
        # a move after G cancels the pending jump
        tl._count = Count(500, exact=False)
        tl._set_rows(501)
        await pilot.press("G", "k")
        await settle(pilot)
        tl.post_message(tl.CountUpdated(tl._gen, Count(total)))
        await settle(pilot)
        assert tl.cursor == 499


_TEXT_VIEWS = ["talks", "border type:ACCUSE", "talks from:2000 to:2010", 'talks actor:"Russia"', "event: border"]


@pytest.mark.parametrize("query", _TEXT_VIEWS)
def test_dates_of_a_full_text_view_read_off_the_index_match_brute_force(mid_db, query):
    """`:DATE`, `]` and `[` in a full-text view find their dates by walking the search index
    (next/prev date, nearest date, group starts): the same answers as the full listing gives."""
    reader = Reader(mid_db)
    view = reader.resolve(query, quotes=True, prefix=True)
    assert view.fts
    items = reader.page(view, limit=100_000)
    dates = sorted({i.date for i in items if i.date})
    assert len(dates) > 20
    bounds = ["", "1989", "1995", "1995-06", "1995-06-14", "2005-01-01", "2020-12", "2021", "\uffff",
              *dates[::7], *(d[:7] for d in dates[3::11])]
    for b in bounds:
        assert reader.next_date(view, b, inclusive=True) == min((d for d in dates if d >= b), default=None), b
        assert reader.next_date(view, b) == min((d for d in dates if d > b), default=None), b
        assert reader.prev_date(view, b) == max((d for d in dates if d < b), default=None), b
    assert reader.date_bounds(view) == (dates[0], dates[-1])
    for unit in ("day", "month"):
        starts = []
        for row, i in enumerate(items):
            g = "~" if not i.date else i.date[:7] if unit == "month" else i.date
            if not starts or g != starts[-1][1]:
                starts.append((row, g))
        rows = [s for s, _ in starts]
        for row in range(0, len(items), max(1, len(items) // 40)):
            nxt = next((s for s in rows if s > row), None)
            own = max(s for s in rows if s <= row)
            prev = own if own < row else max((s for s in rows if s < row), default=None)
            assert reader.group_start(view, items[row].key, unit, 1) == nxt, (unit, row)
            assert reader.group_start(view, items[row].key, unit, -1) == prev, (unit, row)
    reader.close()


def test_full_text_dates_never_gather_every_hit(mid_db, monkeypatch):
    """The date lookups of a full-text view run no `tkey IN (SELECT rowid FROM items_fts ...)`
    (which collects every hit of the words before the first answer)."""
    reader = Reader(mid_db)
    view = reader.resolve("talks", quotes=True)
    seen: list[str] = []
    rows = reader._rows
    monkeypatch.setattr(reader, "_rows", lambda sql, *a, **kw: (seen.append(sql), rows(sql, *a, **kw))[1])
    item = reader.page(view, limit=1)[0]
    reader.nearest_date(view, "2005-06-15")
    reader.group_key(view, item.key, "month", 1)
    reader.group_key(view, item.key, "day", -1)
    assert seen and not [s for s in seen if "IN (SELECT rowid" in s]
    reader.close()


async def _settle(pilot, rounds: int = 3) -> None:
    """`settle`, where a worker cancelled by a newer one (the cursor preview, as the jump moves
    the cursor twice) is what the app means to happen, not an error."""
    from textual.worker import WorkerCancelled

    for _ in range(3):
        try:
            await settle(pilot, rounds)
            return
        except WorkerCancelled:
            continue


@pytest.mark.parametrize("jump", ["date", "end", "group"])
async def test_full_text_jumps_show_rows_before_their_row_number(mid_db, jump):
    """`:DATE`, `G` (count not yet exact) and `]` in a full-text view show the rows they reach
    while the hits before them are still being counted (the status says "…"); when the count
    arrives the rows are renumbered in place, and paging around them then reads the right rows."""
    app = _app(mid_db)
    async with app.run_test(size=(100, 30)) as pilot:
        await _settle(pilot)
        tl = app.timeline
        tl.replace_view(tl.reader.resolve(parse("talks"), quotes=True))
        await _settle(pilot)
        reader = Reader(mid_db)
        every = reader.page(tl.view, limit=100_000)
        reader.close()
        assert len(every) > 300
        release = threading.Event()
        position, count = tl.reader.position, tl.reader.count

        def slow_position(*args, **kw):
            release.wait(10)
            return position(*args, **kw)

        def slow_count(*args, **kw):
            release.wait(10)
            return count(*args, **kw)

        tl.reader.position, tl.reader.count = slow_position, slow_count
        if jump == "end":
            from tuiex.store.read_records import Count

            tl._count, tl._counting = Count(200, exact=False), False      # as if capped at 200
            tl._set_rows(201)
            await pilot.press("G")
            want = every[-1]
        elif jump == "date":
            tl.goto_date("2005-06-15")
            near = Reader(mid_db).nearest_date(tl.view, "2005-06-15")     # the nearest date it holds
            want = next(i for i in every if i.date and i.date >= near)
        else:           # the next day is on the loaded page: its row is known without counting
            tl.move_to(0)
            await pilot.press("right_square_bracket")
            want = next(i for i in every if i.date != every[0].date)
        for _ in range(100):
            await pilot.pause(0.02)
            if tl.current_item is not None and tl.current_item.key == want.key:
                break
        try:
            assert tl.current_item is not None and tl.current_item.key == want.key
            assert ("…–…" in tl.range_text()) == (jump != "group")
        finally:
            release.set()
        await _settle(pilot)
        assert "…" not in tl.range_text()
        assert tl.current_item is not None and tl.current_item.key == want.key
        assert every[tl.cursor].key == want.key
        for _ in range(15):
            await pilot.press("pageup")
            await _settle(pilot, 1)
        await _settle(pilot)
        for row, item in tl.loaded_items():
            assert item.key == every[row].key, row
        if jump == "end":
            assert tl.count is not None and tl.count.exact and tl.count.n == len(every) == tl.rows


def _blocked(reader, release: threading.Event, calls: list | None = None) -> None:
    """Make the reader's counts (position, count) wait for `release`, recording count calls."""
    position, count = reader.position, reader.count

    def slow_position(*args, **kw):
        release.wait(10)
        return position(*args, **kw)

    def slow_count(*args, **kw):
        if calls is not None:
            calls.append(kw.get("cap"))
        release.wait(10)
        return count(*args, **kw)

    reader.position, reader.count = slow_position, slow_count


@pytest.mark.parametrize("where", ["near", "far"])
async def test_find_in_a_full_text_view_moves_before_it_counts(mid_db, where):
    """Find mode (n) in a full-text view puts the cursor on the next match while the hits before
    it and the matches are still being counted ("…–…", "… of …"); the numbers follow, right."""
    app = _app(mid_db)
    async with app.run_test(size=(100, 30)) as pilot:
        await _settle(pilot)
        tl = app.timeline
        tl.replace_view(tl.reader.resolve(parse("talks"), quotes=True))
        await _settle(pilot)
        reader = Reader(mid_db)
        every = reader.page(tl.view, limit=100_000)
        match = reader.resolve("embassy", quotes=True)
        matches = [i.key for i in reader.page(tl.view.narrow(match), limit=100_000)]
        reader.close()
        assert len(every) > 300 and 20 < len(matches) < len(every)
        start = every[0].key if where == "near" else every[len(every) // 2].key
        want = next(k for k in matches if k > start)
        app._find, app._find_text = match, "embassy"
        release = threading.Event()
        _blocked(tl.reader, release)
        tl._start_jump("find", (match, start, 1))
        for _ in range(100):
            await pilot.pause(0.02)
            if tl.current_item is not None and tl.current_item.key == want:
                break
        try:
            assert tl.current_item is not None and tl.current_item.key == want
            assert "… of …" in app._find_status
            assert ("…–…" in tl.range_text()) == (where == "far")     # near: a row already loaded
        finally:
            release.set()
        await _settle(pilot)
        assert "…" not in tl.range_text()
        assert every[tl.cursor].key == want
        assert f"find: embassy {matches.index(want) + 1} of {len(matches)}" in app._find_status


async def test_G_in_a_full_text_view_shares_the_views_count(mid_db):
    """G while a full-text view is still being counted shows the last rows at once, and their row
    number comes from the view's own count: no second count runs beside it."""
    app = _app(mid_db)
    async with app.run_test(size=(100, 30)) as pilot:
        await _settle(pilot)
        tl = app.timeline
        reader = Reader(mid_db)
        view = reader.resolve("talks", quotes=True)
        every = reader.page(view, limit=100_000)
        reader.close()
        release, calls = threading.Event(), []
        _blocked(tl.reader, release, calls)
        tl.replace_view(view)
        for _ in range(100):
            await pilot.pause(0.02)
            if not tl.is_loading and calls:
                break
        assert not tl.is_loading and tl.count is not None and not tl.count.exact
        await pilot.press("G")
        for _ in range(100):
            await pilot.pause(0.02)
            if tl.current_item is not None and tl.current_item.key == every[-1].key:
                break
        try:
            assert tl.current_item is not None and tl.current_item.key == every[-1].key
            assert "…–…" in tl.range_text()
        finally:
            release.set()
        await _settle(pilot)
        assert len(calls) == 1                      # the view's count, and no other
        assert tl.count is not None and tl.count.exact and tl.count.n == len(every) == tl.rows
        assert tl.cursor == len(every) - 1 and "…" not in tl.range_text()


def _spy_layouts(monkeypatch) -> list[str]:
    """The widgets that ask for a layout of the screen from now on (type#id; a scrollbar is
    named by the widget it scrolls)."""
    from textual.scrollbar import ScrollBar
    from textual.widget import Widget

    asked: list[str] = []
    original = Widget.refresh

    def refresh(self, *regions, layout=False, **kwargs):
        if layout:
            owner = self.parent if isinstance(self, ScrollBar) else self
            asked.append(f"{type(self).__name__}#{getattr(owner, 'id', None)}")
        return original(self, *regions, layout=layout, **kwargs)

    monkeypatch.setattr(Widget, "refresh", refresh)
    return asked


async def test_a_new_view_keeps_the_scrollbar_while_it_loads(mid_db, monkeypatch):
    """A new view (a search as typed, Escape back) of more rows than the screen, over one of more
    rows than the screen, never hides the timeline's scrollbar while its rows are read: hiding
    it and showing it again laid the whole screen out twice between the key and the rows."""
    app = _app(mid_db)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        tl = app.timeline
        reader = Reader(mid_db)
        view = reader.resolve(parse("talks"), quotes=True)
        reader.close()
        assert tl.rows > tl.size.height
        asked = _spy_layouts(monkeypatch)
        tl.push_view(view)
        assert tl.show_vertical_scrollbar and tl.is_loading
        await settle(pilot)
        assert not tl.is_loading and tl.item_at(0) is not None and tl.rows > tl.size.height
        tl.pop_view()
        await settle(pilot)
        assert tl.view == View() and tl.item_at(0) is not None
        assert not [w for w in asked if w.endswith("#timeline")], asked


@pytest.mark.parametrize("read_for, wait, says_loading", [(0.02, 2.0, False), (0.4, 0.05, True)])
async def test_a_new_view_read_at_once_paints_no_loading_frame(mid_db, read_for, wait, says_loading):
    """The old rows stay on screen while a new view's first page is read: a read within the
    timeline's `loading_paint` goes straight to the new rows (a frame saying "loading…" in between
    held them back by its own time on screen); a longer one says "loading…" and shows no rows
    meanwhile. (The wait is long in the first case, so that a loaded machine's slow read of a
    page still comes within it.)"""
    import time

    app = _app(mid_db)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        tl = app.timeline
        tl.loading_paint = wait
        view = tl.reader.resolve(parse("talks"), quotes=True)
        page = tl.reader.page

        def slow_page(*args, **kwargs):
            time.sleep(read_for)
            return page(*args, **kwargs)

        tl.reader.page = slow_page
        painted: list[tuple[bool, bool]] = []     # (loading, a row with an item) of each line painted
        render_line = tl.render_line

        def spy(y):
            painted.append((tl.is_loading, tl.item_at(round(tl.scroll_offset.y) + y) is not None))
            return render_line(y)

        tl.render_line = spy
        tl.push_view(view)
        for _ in range(100):
            await pilot.pause(0.02)
            if not tl.is_loading:
                break
        await settle(pilot)
        assert not tl.is_loading and tl.item_at(0) is not None
        assert any(loading for loading, _ in painted) == says_loading
        assert not any(loading and row for loading, row in painted)
        assert "loading…" not in app.status_text()
