"""The background read of a view's end (review of 7206f39 and 174fb81): G right after it in
views of 0, 1, 199 and 299 rows and in capped views, a pop while it runs, and the status line
after another pane was maximised while the view changed. Behaviour only; nothing here is timed."""

from __future__ import annotations

import threading
import time

import pytest
from conftest import settle
from storefactory import build_synthetic_store
from test_last_row import _app, _check, _truth

from tuiex.store.read_records import View
from tuiex.store.reader import Reader


@pytest.mark.parametrize("n", [0, 1, 199, 299])
async def test_G_after_the_prefetch_in_small_views(tmp_path, n):
    db = build_synthetic_store(tmp_path / "n.db", n, 0, n_articles=50, n_actors=10)
    app = _app(db)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        tl = app.timeline
        tl.push_view(View())
        await settle(pilot, 6)
        tl.action_last()
        keys = _truth(db, View())
        _check(tl, keys)
        h = tl.size.height
        assert all(tl.item_at(r) is not None for r in range(max(n - h, 0), n))
        await settle(pilot)
        _check(tl, keys)


async def test_pop_while_the_end_is_read(tmp_path, monkeypatch):
    db = build_synthetic_store(tmp_path / "p.db", 450, 0, n_articles=50, n_actors=10)
    gate = threading.Event()
    original = Reader.page_before

    def slow(self, *a, **k):
        if threading.current_thread() is not threading.main_thread() and not gate.is_set():
            gate.set()
            time.sleep(0.5)
        return original(self, *a, **k)

    monkeypatch.setattr(Reader, "page_before", slow)
    app = _app(db)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        tl = app.timeline
        first = tl.view
        tl.push_view(View(events=True, quotes=True, actors=((3,),)))
        for _ in range(50):
            await pilot.pause(0.01)
            if gate.is_set():
                break
        tl.pop_view()
        await settle(pilot, 6)
        await pilot.press("G")
        await settle(pilot)
        _check(tl, _truth(db, first))


async def test_status_after_maximising_another_pane(tmp_path):
    db = build_synthetic_store(tmp_path / "z.db", 300, 0, n_articles=50, n_actors=10)
    app = _app(db)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        tl = app.timeline
        assert "loading" not in app.status_text()
        app.action_maximize_pane()
        await settle(pilot)
        app.action_reload()
        await settle(pilot)
        app.action_maximize_pane()
        await settle(pilot)
        assert "loading" not in app.status_text(), app.status_text()
        assert tl.range_text().endswith("of 300"), tl.range_text()


async def test_status_after_maximising_the_source_pane(tmp_path):
    db = build_synthetic_store(tmp_path / "z2.db", 300, 0, n_articles=50, n_actors=10)
    app = _app(db)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        tl = app.timeline
        app.source.focus()
        await settle(pilot)
        app.action_maximize_pane()
        await settle(pilot)
        assert app.screen.maximized is app.source
        tl.push_view(View(events=True, quotes=True, actors=((3,),)))
        await settle(pilot)
        app.action_maximize_pane()
        await settle(pilot)
        assert "loading" not in app.status_text(), app.status_text()
        tl.action_last()
        await settle(pilot)
        _check(tl, _truth(db, tl.view))


@pytest.mark.parametrize("name", ["words", "plain"])
async def test_G_in_a_capped_view(tmp_path, monkeypatch, name):
    from test_last_row import VIEWS

    from tuiex.app import timeline

    monkeypatch.setattr(timeline, "COUNT_CAP", 30)
    db = build_synthetic_store(tmp_path / "c.db", 1_250, 300, n_articles=200, n_actors=30)
    app = _app(db)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        tl = app.timeline
        view = VIEWS[name](tl.reader)
        tl.push_view(view)
        await settle(pilot, 6)
        keys = _truth(db, view)
        assert tl.count is not None and tl.count.exact and tl.rows == len(keys)
        tl.action_last()
        _check(tl, keys)
        h = tl.size.height
        assert all(tl.item_at(r) is not None for r in range(len(keys) - h, len(keys)))
        await settle(pilot)
        _check(tl, keys)


async def test_settle_waits_through_a_worker_replaced_while_it_waits(tmp_path):
    """`settle` (the tests' wait for the app) survives an exclusive worker cancelled by a newer one
    while it is waited on: Textual's `wait_for_complete` raises WorkerCancelled for it (seen in CI as
    a cursor preview replaced during a pop)."""
    db = build_synthetic_store(tmp_path / "s.db", 20, 0, n_articles=5, n_actors=3)
    app = _app(db)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)

        def nap(seconds: float) -> None:
            time.sleep(seconds)

        app.run_worker(lambda: nap(0.4), thread=True, exclusive=True, group="nap")
        app.set_timer(0.1, lambda: app.run_worker(lambda: nap(0.05), thread=True, exclusive=True, group="nap"))
        await settle(pilot)
        assert not [w for w in app.workers if w.group == "nap" and w.is_running]
