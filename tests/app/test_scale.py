"""A store of 200,000 events (and 20,000 quotes) opens and scrolls like the sample one: the
timeline pages from SQLite as it scrolls and never loads everything."""

from __future__ import annotations

import time

from conftest import settle

from tuiex.app.app import ExplorerApp
from tuiex.store.read_records import View
from tuiex.store.reader import Reader
from tuiex.store.search import parse

N = 200_000


async def _open(db, size=(100, 30)):
    app = ExplorerApp(db)
    start = time.perf_counter()
    ctx = app.run_test(size=size)
    pilot = await ctx.__aenter__()
    await settle(pilot)
    return app, pilot, ctx, time.perf_counter() - start


async def test_a_big_store_opens_and_scrolls_like_the_sample(big_db, sample_db):
    app, pilot, ctx, small = await _open(sample_db)
    await ctx.__aexit__(None, None, None)

    app, pilot, ctx, big = await _open(big_db)
    try:
        tl = app.timeline
        assert tl.item_at(0) is not None
        assert tl.rows == N and f"of {N:,}" in str(app.query_one("#status").render())
        assert big < max(3 * small, small + 1.5), (big, small)

        timings = {}

        async def timed(name, *keys, action=None):
            t = time.perf_counter()
            if action:
                action()
            if keys:
                await pilot.press(*keys)
            await settle(pilot)
            timings[name] = time.perf_counter() - t

        await timed("end", "G")
        assert tl.cursor == N - 1 and tl.current_item is not None
        assert tl.current_item.date is None                        # undated, last
        await timed("scrollbar drag to the middle", action=lambda: tl.scroll_to(y=N // 2, animate=False))
        assert tl.item_at(N // 2) is not None
        await timed("page down", "pagedown", "pagedown", "ctrl+d")
        await timed("home", "g")
        await timed("next month", "}")
        assert tl.current_item.date.startswith("1990-01")             # after the year-only group
        await timed("next day", "]", "]")
        await timed("go to date", action=lambda: tl.goto_date("2005-06-15"))
        assert tl.current_item.date >= "2005-06-15"
        assert all(t < 2.0 for t in timings.values()), timings

        # never everything: a few pages of 100 rows are cached
        assert len(tl._pages) <= 64 and sum(len(tl._pages[k]) for k in tl._pages.keys()) <= 64 * 100

        await timed("search", "slash", *"actor:lavrov", "enter")
        assert 0 < tl.rows < N and "filter: actor:lavrov" in str(app.query_one("#status").render())
        await timed("quotes", "escape", "t")
        assert tl.rows == N + 20_000
        assert all(t < 3.0 for t in timings.values()), timings
    finally:
        await ctx.__aexit__(None, None, None)


def test_reader_pages_without_reading_everything(big_db):
    reader = Reader(big_db)
    view = View(events=True, quotes=True)
    t = time.perf_counter()
    first = reader.page(view, limit=100)
    far = reader.page(view, None, 100, 150_000)              # a jump: OFFSET over the index once
    after = reader.page(view, far[-1].key, 100)              # then keyset from there
    text = reader.page(reader.resolve(parse("pipeline border"), quotes=True), limit=100)
    elapsed = time.perf_counter() - t
    assert len(first) == len(far) == len(after) == len(text) == 100
    assert [i.key for i in far] == sorted(i.key for i in far) and far[-1].key < after[0].key
    assert reader.position(view, after[0].key) == 150_100
    assert elapsed < 3.0
    capped = reader.count(reader.resolve(parse("pipeline")), cap=10_000)
    assert not capped.exact and str(capped) == ">10,000"
    reader.close()
