"""G (the last row) in every kind of view: the rows it paints are the view's own, in order, none
twice, however the view was reached (plain, full text, actor, empty, exactly a page or a page and
one, after a reload, after the store changed). Behaviour only; nothing here is timed."""

from __future__ import annotations

import sqlite3

import pytest
from conftest import settle
from storefactory import build_synthetic_store

from tuiex.app.app import ExplorerApp
from tuiex.store.read_records import View
from tuiex.store.reader import Reader
from tuiex.store.search import parse


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    return build_synthetic_store(tmp_path_factory.mktemp("last") / "last.db", 1_250, 300,
                                 n_articles=200, n_actors=30)


def _app(db):
    app = ExplorerApp(db)
    app.preview_delay = app.search_delay = 0.01
    return app


def _truth(db, view):
    reader = Reader(db)
    keys = [i.key for i in reader.page(view, limit=100_000)]
    reader.close()
    return keys


def _check(tl, keys):
    """Every row the timeline holds is the view's row of that number; the cursor on the last."""
    got = tl.loaded_items()
    assert len({it.key for _, it in got}) == len(got), "a row shown twice"
    for row, it in got:
        assert row < len(keys) and it.key == keys[row], (row, it.key)
    assert tl.rows == len(keys)
    if keys:
        assert tl.cursor == len(keys) - 1 and tl.current_item is not None
        assert tl.current_item.key == keys[-1]


VIEWS = {
    "plain": lambda r: View(events=True, quotes=True),
    "events": lambda r: View(),
    "words": lambda r: r.resolve(parse("border"), quotes=True),
    "actor": lambda r: View(events=True, quotes=True, actors=((3,),)),
    "type and actor": lambda r: View(events=True, quotes=True, actors=((3, 5),), types=("ASSAULT",)),
    "no rows": lambda r: r.resolve(parse("type:ASSAULT from:2100"), quotes=True),
}


@pytest.mark.parametrize("name", sorted(VIEWS))
async def test_G_in_every_view_shows_the_views_own_last_rows(db, name):
    app = _app(db)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        tl = app.timeline
        view = VIEWS[name](tl.reader)
        tl.push_view(view)
        await pilot.press("G")              # at once: the count may still be running
        await settle(pilot, 6)
        keys = _truth(db, view)
        _check(tl, keys)
        await pilot.press("G")              # again, with the count exact
        await settle(pilot)
        _check(tl, keys)
        for _ in range(3):                  # and paging back up from the end
            await pilot.press("pageup")
        await settle(pilot)
        got = tl.loaded_items()
        assert all(it.key == keys[row] for row, it in got)


@pytest.mark.parametrize("n", [99, 100, 101, 200, 201])
async def test_G_in_a_view_of_a_page_and_around(tmp_path, n):
    db = build_synthetic_store(tmp_path / "n.db", n, 0, n_articles=50, n_actors=10)
    app = _app(db)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        tl = app.timeline
        tl.push_view(View())
        await settle(pilot)
        await pilot.press("G")
        keys = _truth(db, View())
        assert len(keys) == n
        _check(tl, keys)
        await settle(pilot)
        _check(tl, keys)


async def test_G_after_a_reload_and_a_changed_store(tmp_path):
    db = build_synthetic_store(tmp_path / "c.db", 450, 0, n_articles=50, n_actors=10)
    app = _app(db)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        tl = app.timeline
        tl.push_view(View())
        await settle(pilot)
        # the store loses its last 60 events under the app, which reloads; G at once
        conn = sqlite3.connect(db)
        with conn:
            conn.execute("DELETE FROM events WHERE id IN (SELECT id FROM events ORDER BY id DESC LIMIT 60)")
        conn.close()
        app.action_reload()
        await pilot.press("G")
        await settle(pilot, 6)
        await pilot.press("G")
        await settle(pilot)
        _check(tl, _truth(db, View()))


async def test_a_slow_last_page_is_left_to_the_worker(db, monkeypatch):
    """G's own read of the last page stops at FIRST_SCREEN_BUDGET (here none at all): the key's
    handler returns at once and the worker reads the rows, the same ones. (The background read of
    the end after the count is turned off, so that G finds the end unread.)"""
    from tuiex.app import timeline

    monkeypatch.setattr(timeline.Timeline, "_prefetch_end", lambda self: None)
    app = _app(db)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        tl = app.timeline
        view = View(events=True, quotes=True)
        tl.push_view(view)
        await settle(pilot)
        assert tl.count is not None and tl.count.exact and tl.item_at(tl.rows - 1) is None
        monkeypatch.setattr(timeline, "FIRST_SCREEN_BUDGET", -1.0)
        tl.action_last()
        assert tl.current_item is None                  # abandoned: a placeholder for now
        await settle(pilot)
        _check(tl, _truth(db, view))


async def test_G_pressed_while_a_short_view_loads_lands_on_its_last_row(db):
    """G before a view's first rows arrive: when they come with their exact count (a view of
    under a page), the pending G is carried out then, not lost."""
    app = _app(db)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        tl = app.timeline
        view = VIEWS["actor"](tl.reader)
        keys = _truth(db, view)
        assert 1 < len(keys) < 100
        tl.push_view(view)
        assert tl.is_loading
        tl.action_last()                    # before the view's rows are read
        await settle(pilot, 6)
        _check(tl, keys)


async def test_G_paints_a_whole_screen_when_the_last_page_is_short(tmp_path, monkeypatch):
    """1,203 rows: the last page holds 3, so the screen after G also shows rows of the page
    before it. G's own read fills them all before the cursor moves (no placeholder waiting on a
    worker); checked right after the key's handler, before any worker could run. (The background
    read of the end after the count is turned off, so that G finds the end unread.)"""
    from tuiex.app import timeline

    monkeypatch.setattr(timeline.Timeline, "_prefetch_end", lambda self: None)
    db = build_synthetic_store(tmp_path / "s.db", 1_203, 0, n_articles=50, n_actors=10)
    app = _app(db)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        tl = app.timeline
        tl.push_view(View())
        await settle(pilot)
        assert tl.count is not None and tl.count.exact and tl.rows == 1_203
        assert tl.item_at(1_150) is None                # the end is not loaded yet
        tl.action_last()
        height = tl.size.height
        assert height > 3
        assert all(tl.item_at(row) is not None for row in range(tl.rows - height, tl.rows))
        await settle(pilot)
        _check(tl, _truth(db, View()))


async def test_the_last_screen_is_read_once_the_count_is_exact(tmp_path):
    """After a view's exact count the pages of its last screen are read in the background: G then
    has its rows without a read of its own (its read is made to fail here, to show it is not
    needed)."""
    db = build_synthetic_store(tmp_path / "e.db", 1_203, 0, n_articles=50, n_actors=10)
    app = _app(db)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        tl = app.timeline
        tl.push_view(View())
        await settle(pilot, 6)
        assert tl.count is not None and tl.count.exact and tl.rows == 1_203
        height = tl.size.height
        assert all(tl.item_at(row) is not None for row in range(tl.rows - height, tl.rows))

        def no_read(*args, **kwargs):
            raise AssertionError("G read the store")

        tl.reader.page_before = no_read
        tl.action_last()
        _check(tl, _truth(db, View()))


async def test_a_new_view_cancels_the_old_views_read_of_its_end(tmp_path, monkeypatch):
    """The background read of a view's end (a keyset walk that can take long for a filter whose
    last rows lie far back) stops when the view is left, also when the new view never starts a
    read of its own end (its count still running or capped): it ran on to its end, competing
    with the new view's reads for the machine."""
    import threading
    import time

    db = build_synthetic_store(tmp_path / "x.db", 450, 0, n_articles=50, n_actors=10)
    armed, started, stopped = threading.Event(), threading.Event(), threading.Event()
    original = Reader.page_before

    def slow(self, view, key, limit, skip=0, should_stop=None):
        if threading.current_thread() is not threading.main_thread() and armed.is_set() and not started.is_set():
            started.set()
            deadline = time.monotonic() + 3
            while time.monotonic() < deadline:
                if should_stop is not None and should_stop():
                    stopped.set()
                    break
                time.sleep(0.01)
        return original(self, view, key, limit, skip, should_stop=should_stop)

    monkeypatch.setattr(Reader, "page_before", slow)
    app = _app(db)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        tl = app.timeline
        armed.set()
        tl.push_view(View())
        for _ in range(100):
            await pilot.pause(0.01)
            if started.is_set():
                break
        assert started.is_set()
        tl.replace_view(View(events=True, quotes=True, actors=((3,),)))
        for _ in range(100):
            await pilot.pause(0.01)
            if stopped.is_set():
                break
        assert stopped.is_set(), "the old view's end read ran on"
