"""The explorer while the store changes under it (issue 5, reliability).

`tuiex ingest` may write into the store the explorer has open: SQLite's WAL lets the explorer's
read-only connections read while a writer writes. The explorer must never fail because of it
("database is locked" must not surface), must say when there is new data (PRAGMA data_version,
polled) and must show it on `r`, the cursor staying on the same event.
"""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from conftest import screen_text, settle
from storefactory import ArticleBuilder, _common, build_sample_store
from test_explorer import press, running, status, type_text
from tuiex.app.app import ExplorerApp
from tuiex.store.db import Store

HERE = Path(__file__).parent


def merkel_article(n: int = 0):
    """An article dated before everything in the sample store, with an actor it does not know."""
    b = _common(ArticleBuilder(
        f"1{n:03d}_merkel.txt", f"Merkel urges calm between Ankara and Moscow ({n})", "DW",
        "2014-03-01",
        """
German Chancellor Angela Merkel urged Turkey and Russia to talk on Saturday.
Merkel met the Russian envoy in Berlin in March.
""",
    ))
    b.actor("merkel", "Angela Merkel", "person", "DEU", "Chancellor of Germany", ("Merkel",))
    b.event("REQUEST", "merkel", "tr", "Angela Merkel urged Turkey and Russia to talk", "urged",
            "2014-03-01")
    b.event("CONSULT", "merkel", "ru", "Merkel met the Russian envoy in Berlin", "met", "2014-03")
    return b.build()


@pytest.fixture
def live_db(tmp_path) -> Path:
    """A store of its own (tests write to it)."""
    return build_sample_store(tmp_path / "live.db")


@pytest.fixture(autouse=True)
def _fast_poll(monkeypatch):
    monkeypatch.setattr(ExplorerApp, "data_poll", 0.05, raising=False)


async def wait_for(pilot, condition, timeout: float = 10.0) -> None:
    for _ in range(int(timeout / 0.05)):
        if condition():
            return
        await pilot.pause(0.05)
    assert condition()


def types(app) -> list[str]:
    return [item.type or "QUOTE" for _, item in app.timeline.loaded_items()]


async def test_new_data_is_announced_and_r_shows_it_keeping_the_cursor(live_db):
    async with running(live_db) as (app, pilot):
        await press(pilot, *"jjjjj")
        before = app.timeline.current_item
        assert (before.type, before.date) == ("CONSULT", "2016-07-01")
        assert "new data" not in status(app)

        store = Store(live_db)                  # another connection, as `tuiex ingest` is
        store.write_article(merkel_article())
        store.close()

        await wait_for(pilot, lambda: app.new_data)
        await settle(pilot)
        assert status(app).startswith("new data in the store: r to refresh")
        assert app.timeline.rows == 10          # nothing moves under the reader by itself
        assert app.timeline.current_item.key == before.key

        await press(pilot, "r")
        tl = app.timeline
        assert tl.rows == 12 and "of 12" in status(app)
        assert "new data" not in status(app) and not app.new_data
        assert tl.current_item.key == before.key and tl.cursor == 7      # the same event
        screen = screen_text(app)
        assert "2014-03-01" in screen and "Merkel" in screen     # ("A. Merkel" in a narrow column)
        assert types(app)[:2] == ["CONSULT", "REQUEST"]

        # actor names are read again: the new actor can be searched for
        await press(pilot, "/")
        await type_text(pilot, "actor:merkel")
        await press(pilot, "enter")
        assert types(app) == ["CONSULT", "REQUEST"], screen_text(app)
        assert app.last_error is None


async def test_r_with_nothing_new_keeps_everything(live_db):
    async with running(live_db) as (app, pilot):
        await press(pilot, "t", "G", "k")
        cursor, key = app.timeline.cursor, app.timeline.current_item.key
        await press(pilot, "r")
        assert app.timeline.rows == 15 and app.timeline.cursor == cursor
        assert app.timeline.current_item.key == key
        assert app.last_error is None and app.is_running


async def test_reading_while_a_writer_holds_the_write_lock(live_db):
    """An ingest holds SQLite's write lock for a whole article; the explorer reads on."""
    async with running(live_db) as (app, pilot):
        writer = sqlite3.connect(live_db, timeout=0)
        writer.execute("BEGIN IMMEDIATE")
        writer.execute("DELETE FROM quotes")                 # uncommitted: invisible to readers
        writer.execute("UPDATE events SET type = 'AID'")
        try:
            await press(pilot, "j", "enter", "escape", "a", "escape", "t", "]", "}", "G", "r")
            await press(pilot, "/")
            await type_text(pilot, "turkey")
            await press(pilot, "enter", "n", "escape")
            assert app.timeline.rows == 15                  # 10 events and 5 quotes, as committed
            assert "AID" not in screen_text(app)
            assert not app.new_data
        finally:
            writer.execute("ROLLBACK")
            writer.close()
        assert app.last_error is None, app.last_error
        assert "locked" not in screen_text(app)


async def test_browsing_while_articles_are_being_written(live_db):
    """A writer thread commits article after article while keys are pressed and r refreshes."""
    done = threading.Event()
    errors: list[BaseException] = []

    def ingest() -> None:
        try:
            store = Store(live_db)
            for n in range(1, 21):
                store.write_article(merkel_article(n))
            store.close()
        except BaseException as e:  # noqa: BLE001 - reported by the test
            errors.append(e)
        finally:
            done.set()

    async with running(live_db) as (app, pilot):
        thread = threading.Thread(target=ingest)
        thread.start()
        keys = ["j", "r", "G", "r", "g", "t", "r", "enter", "escape", "]", "r", "k"]
        i = 0
        while not done.is_set() or i < len(keys):
            await pilot.press(keys[i % len(keys)])
            await settle(pilot, 1)
            i += 1
        thread.join()
        assert not errors
        await press(pilot, "r")
        expected = 10 + 2 * 20 + (5 if app.timeline.view.quotes else 0)
        assert app.timeline.rows == expected
        assert app.last_error is None, app.last_error
        assert app.is_running


WRITER = """
import sys
sys.path.insert(0, {here!r})
from test_refresh import merkel_article
from tuiex.store.db import Store
store = Store(sys.argv[1])
for n in range(1, 4):
    store.write_article(merkel_article(n))
store.close()
"""


async def test_another_process_writes_then_r_shows_it(live_db):
    async with running(live_db) as (app, pilot):
        await press(pilot, "G")
        key = app.timeline.current_item.key                  # the last, undated event
        subprocess.run([sys.executable, "-c", WRITER.format(here=str(HERE)), str(live_db)],
                       check=True, timeout=120)
        await wait_for(pilot, lambda: app.new_data)
        await press(pilot, "r")
        assert app.timeline.rows == 16 and app.timeline.cursor == 15
        assert app.timeline.current_item.key == key
        assert app.last_error is None


async def test_an_empty_store_filled_while_open(empty_db):
    async with running(empty_db) as (app, pilot):
        assert "tuiex ingest" in screen_text(app)
        store = Store(empty_db)
        store.write_article(merkel_article())
        store.close()
        await wait_for(pilot, lambda: app.new_data)
        await settle(pilot)
        assert "new data in the store" in screen_text(app)
        await press(pilot, "r")
        assert app.timeline.rows == 2 and "The store is empty" not in screen_text(app)
        await press(pilot, "enter")
        assert app.source.article is not None and app.last_error is None


async def test_tuiex_ingest_into_the_open_store(live_db, tmp_path):
    """The real thing: `tuiex ingest` in another process while the explorer reads."""
    article = tmp_path / "articles" / "summit.txt"
    article.parent.mkdir()
    article.write_text(
        "Germany and France agree on border checks\n\nMarch 3, 2021\n\n"
        "Germany signed an agreement with France on Monday in Berlin.\n\n"
        "Spain criticized the deal on Tuesday.\n", encoding="utf-8")
    async with running(live_db) as (app, pilot):
        await press(pilot, *"jjj")
        key = app.timeline.current_item.key
        proc = subprocess.Popen([sys.executable, "-m", "tuiex.cli", "ingest", str(article.parent),
                                 "--db", str(live_db), "--quiet"],
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        while proc.poll() is None:                  # browse while it runs
            await press(pilot, "j", "k", "r")
        out, err = proc.communicate()
        assert proc.returncode == 0, err
        await wait_for(pilot, lambda: app.new_data or app.timeline.rows > 10)
        await press(pilot, "r")
        assert app.timeline.rows > 10
        assert app.timeline.current_item.key == key
        assert app.last_error is None
