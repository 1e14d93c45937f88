"""Every interaction of the explorer, driven by key presses (App.run_test + Pilot), checked on what
the screen shows. The sample store's events, in timeline order:

    0 2015-11-24 ASSAULT    Turkey -> Russia          5 2016-07-01 CONSULT   Lavrov -> Cavusoglu
    1 2015-11-28 SANCTION   Russia -> Turkey          6 2016-07-04 COOPERATE Turkey -> Russia
    2 2016       SUPPORT    Russia -> Turkey          7 2016-08    AGREE     Turkey -> Russia
    3 2016-06-27 CONCEDE    Erdogan -> Russia         8 undated    ACCUSE    Russia -> Turkey
    4 2016-06-30 CONCEDE    Putin -> Turkey           9 undated    THREATEN  Putin -> Turkey
"""

from __future__ import annotations

import csv
import json
import re
import subprocess
import sys
from contextlib import asynccontextmanager
from pathlib import Path

import pytest
from conftest import screen_text, settle
from rich.text import Text
from textual import events
from textual.keys import _character_to_key
from textual.widgets import Input

from tuiex.app.actor_detail import ActorDetail
from tuiex.app.app import ExplorerApp
from tuiex.app.help_screen import HelpScreen
from tuiex.app.prompt import PromptScreen
from tuiex.app.source_text import SourceText
from tuiex.app.timeline import Timeline


@asynccontextmanager
async def running(db, size=(120, 36), notifications=False):
    app = ExplorerApp(db)
    app.preview_delay = app.search_delay = 0.01
    async with app.run_test(size=size, notifications=notifications) as pilot:
        await settle(pilot)
        yield app, pilot


async def press(pilot, *keys):
    for key in keys:
        await pilot.press(key)
        await settle(pilot, 1)
    await settle(pilot, 2)


async def type_text(pilot, text):
    """Type into whatever has focus, as a fast typist does: the key events are queued one after
    another (Pilot.press waits for a frame after every key), then the search's typing pause."""
    app = pilot.app
    app.search_delay = 0.15
    for ch in text:
        key = _character_to_key(ch) if not ch.isalnum() else ch
        event = events.Key(key, ch)
        event.set_sender(app)
        app._driver.send_message(event)
    await pilot.pause(0.2)
    await settle(pilot)


def status(app) -> str:
    return str(app.query_one("#status").render())


def rows(app) -> list[str]:
    """The timeline's rows as shown (plain text)."""
    tl = app.timeline
    return [tl.row_text(item, True, 200).plain for _, item in tl.loaded_items()]


def styled(widget: SourceText, style_name: str) -> list[str]:
    """Text the source pane shows in a given component style."""
    style = widget._cs(style_name)
    out = []
    for w in widget._widgets:
        text = w.content
        assert isinstance(text, Text)
        for span in text.spans:
            if span.style == style:
                out.append(text.plain[span.start:span.end])
    return out


# -- opening ------------------------------------------------------------------------------------


async def test_opens_on_the_timeline_with_every_column(sample_db):
    async with running(sample_db) as (app, pilot):
        screen = screen_text(app)
        assert "2015-11-24" in screen and "ASSAULT" in screen and "Turkey → Russia" in screen
        assert "Turkey shot down a Russian warplane" in screen
        assert "2016-08 mon" in screen and "2016 yr" in screen     # precision
        assert "undated" in screen and "THREATEN" in screen               # undated kept, last
        assert app.timeline.rows == 10
        assert "1–10 of 10" in status(app) and "events" in status(app)
        assert app.focused is app.timeline


async def test_type_colours_follow_kind(sample_db):
    async with running(sample_db) as (app, pilot):
        tl = app.timeline
        by_type = {}
        for _, item in tl.loaded_items():
            text = tl.row_text(item, True, 120)
            span = next(s for s in text.spans if text.plain[s.start:s.end].strip() == item.type)
            by_type[item.type] = span.style
        assert by_type["ASSAULT"] == by_type["SANCTION"] == tl._cs("timeline--conflictual")
        assert by_type["COOPERATE"] == by_type["AGREE"] == tl._cs("timeline--cooperative")
        assert by_type["ASSAULT"] != by_type["COOPERATE"]


async def test_news_brackets_are_text_not_markup(sample_db):
    async with running(sample_db) as (app, pilot):
        await press(pilot, "t", "G", "k", "k", "k", "enter")     # a quote ending "Daesh [IS]."
        assert "Daesh [IS]" in screen_text(app)


# -- moving --------------------------------------------------------------------------------------


async def test_arrows_and_vim_keys(sample_db):
    async with running(sample_db, size=(80, 24)) as (app, pilot):
        tl = app.timeline
        page = tl.size.height - 1
        steps = [("j", 1), ("j", 2), ("k", 1), ("down", 2), ("up", 1), ("G", 9), ("g", 0),
                 ("end", 9), ("home", 0), ("ctrl+d", tl.size.height // 2), ("ctrl+u", 0),
                 ("pagedown", min(page, 9)), ("pageup", 0)]
        for key, row in steps:
            await pilot.press(key)
            await settle(pilot, 1)
            assert tl.cursor == row, key
        await press(pilot, "G")
        first = 10 - tl.size.height + 1
        assert f"{first}–10 of 10" in status(app)     # the view scrolled with the cursor
        assert "undated" in status(app)


async def test_tab_and_shift_tab_between_panes(sample_db):
    async with running(sample_db) as (app, pilot):
        order = []
        for _ in range(3):
            await pilot.press("tab")
            order.append(type(app.focused))
        assert order == [SourceText, ActorDetail, Timeline]
        await pilot.press("shift+tab")
        assert isinstance(app.focused, ActorDetail)
        assert status(app).startswith("Actor")


async def test_day_and_month_jumps(sample_db):
    async with running(sample_db) as (app, pilot):
        tl = app.timeline
        for key, row in [("]", 1), ("]", 2), ("]", 3), ("[", 2), ("j", 3), ("}", 5), ("}", 7),
                         ("}", 8), ("{", 7), ("{", 5), ("{", 3), ("]", 4), ("[", 3), ("G", 9),
                         ("[", 8), ("[", 7)]:
            await pilot.press(key)
            await settle(pilot, 2)
            assert tl.cursor == row, key


async def test_go_to_date(sample_db):
    async with running(sample_db) as (app, pilot):
        await press(pilot, ":")
        assert isinstance(app.screen, PromptScreen)
        await type_text(pilot, "2016-13")
        await press(pilot, "enter")
        assert isinstance(app.screen, PromptScreen)                  # refused, explained
        assert "month 13 does not exist" in screen_text(app)
        await press(pilot, *["backspace"] * 7)
        await type_text(pilot, "2016-07")
        await press(pilot, "enter")
        assert not isinstance(app.screen, PromptScreen)
        assert app.timeline.cursor == 5 and "2016-07-01" in status(app)


@pytest.mark.parametrize("date, nearest, row", [("2018", "2016-08", 7), ("2015-12", "2015-11-28", 1),
                                                ("2014-01-05", "2015-11-24", 0)])
async def test_go_to_a_date_with_nothing_on_it_says_so(sample_db, date, nearest, row):
    async with running(sample_db, notifications=True) as (app, pilot):
        await press(pilot, ":")
        await type_text(pilot, date)
        await press(pilot, "enter")
        assert f"nothing on {date}; nearest {nearest}" in screen_text(app)
        assert app.timeline.cursor == row


@pytest.fixture
def far_apart_db(tmp_path):
    """Events on 2016-09-01, 2018-01-05, 2018-01-20 and 2018-03-03 (none in 2017)."""
    from storefactory import ArticleBuilder

    from tuiex.store.db import Store

    b = ArticleBuilder("far.txt", "Border talks drag on", "Wire", "2018-03-03", """
Chile met Peru in Lima in 2016. Chile thanked Peru in early January. Chile criticized Peru later in January.
Chile praised Peru on Saturday.
""").actor("cl", "Chile", "country", "CHL").actor("pe", "Peru", "country", "PER")
    for clause, trigger, date, kind in [("Chile met Peru in Lima in 2016", "met", "2016-09-01", "CONSULT"),
                                        ("Chile thanked Peru in early January", "thanked", "2018-01-05", "SUPPORT"),
                                        ("Chile criticized Peru later in January", "criticized", "2018-01-20",
                                         "ACCUSE"),
                                        ("Chile praised Peru on Saturday", "praised", "2018-03-03", "SUPPORT")]:
        b.event(kind, "cl", "pe", clause, trigger, date)
    store = Store(tmp_path / "far.db")
    store.write_article(b.build())
    store.close()
    return tmp_path / "far.db"


@pytest.mark.parametrize("date, nearest, row", [
    ("2017", "2018-01-05", 1),           # 5 days after 2017 ends, 4 months before it starts
    ("2018-02", "2018-03-03", 3),        # 3 days after February ends, 12 before it starts
    ("2015", "2016-09-01", 0),
    ("2018-06-10", "2018-03-03", 3),     # a day: its own distances either side
])
async def test_go_to_a_month_or_year_counts_nearest_from_the_whole_period(far_apart_db, date, nearest, row):
    async with running(far_apart_db, notifications=True) as (app, pilot):
        await press(pilot, ":")
        await type_text(pilot, date)
        await press(pilot, "enter")
        assert f"nothing on {date}; nearest {nearest}" in screen_text(app)
        assert app.timeline.cursor == row


# -- opening things -------------------------------------------------------------------------------


async def test_enter_opens_the_source_with_the_span_highlighted(sample_db):
    async with running(sample_db) as (app, pilot):
        await press(pilot, "j", "enter")
        src = app.source
        assert app.focused is src
        assert src.selected == ("event", 2)
        screen = screen_text(app)
        assert "Turkey shoots down Russian warplane" in screen.split("\n")[1]      # headline
        assert "Reuters · 2015-11-24" in screen                                       # outlet, date
        assert styled(src, "source--selected") == ["Moscow later imposed economic sanctions on Ankara"]
        # other extracted spans are marked, more quietly
        assert "Turkey shot down a Russian warplane" in styled(src, "source--event")
        assert "a stab in the back by the accomplices of terrorists" in styled(src, "source--quote")
        assert "Putin" in styled(src, "source--mention")


async def test_the_span_is_scrolled_into_view(sample_db):
    async with running(sample_db, size=(80, 24)) as (app, pilot):
        await press(pilot, "G", "enter")                # the last sentence of a long article
        screen = screen_text(app)
        assert "Putin may retaliate" in screen
        assert app.source.scroll_y > 0


async def test_moving_the_cursor_previews_source_and_actor(sample_db):
    async with running(sample_db) as (app, pilot):
        await press(pilot, "j", "j", "j", "j", "j")
        assert app.source.selected == ("event", 7)
        assert app.actor.detail.name == "Sergei Lavrov"
        assert app.focused is app.timeline                  # a preview does not take focus


async def test_the_cursor_preview_waits_while_a_search_is_on_its_way(sample_db):
    """With the search box just opened (empty), or a search typed whose view is not shown yet,
    the cursor row's preview waits: loading and laying out an article held back the rows of the
    search being typed. It comes once the box closes, or with the search's rows."""
    async with running(sample_db) as (app, pilot):
        tl = app.timeline
        before = app.source.selected
        row = next(r for r in range(tl.rows) if tl.item_at(r).ref != before)
        await press(pilot, "/")
        tl.move_to(row)
        await pilot.pause(0.2)                      # many times the preview's delay
        await settle(pilot)
        assert app.source.selected == before
        await press(pilot, "escape")
        await pilot.pause(0.1)
        await settle(pilot)
        assert app.source.selected == tl.item_at(row).ref
        assert app.focused is tl
        await press(pilot, "/")
        await type_text(pilot, "sochi")             # the box stays open: its rows' preview comes
        await pilot.pause(0.1)
        await settle(pilot)
        assert app.search_bar.is_open and tl.view.label == "sochi"
        assert app.source.selected == tl.item_at(0).ref


async def test_a_preview_read_as_a_search_starts_is_shown_after_it(sample_db):
    """A preview whose article and actor are still being read when the search box opens is not
    shown as they arrive (an article's layout would hold back the search's rows), but asked again:
    it shows once the box closes, the cursor still on its row."""
    import time

    async with running(sample_db) as (app, pilot):
        tl, reader = app.timeline, app.reader
        before = app.source.selected, app.actor.detail.name
        row = next(r for r in range(tl.rows) if tl.item_at(r).ref != before[0]
                   and tl.item_at(r).source not in (None, before[1]))
        slow_article, slow_detail = reader.article, reader.actor_detail

        def article(*args, **kwargs):               # a loaded machine: the reads take a while
            time.sleep(0.3)
            return slow_article(*args, **kwargs)

        def actor_detail(*args, **kwargs):
            time.sleep(0.3)
            return slow_detail(*args, **kwargs)

        reader.article, reader.actor_detail = article, actor_detail
        tl.move_to(row)
        await pilot.pause(0.1)                      # the preview fired: its reads are under way
        await pilot.press("/")
        await pilot.pause(0.6)
        await settle(pilot)
        assert (app.source.selected, app.actor.detail.name) == before
        reader.article, reader.actor_detail = slow_article, slow_detail
        await press(pilot, "escape")
        await pilot.pause(0.1)
        await settle(pilot)
        assert app.source.selected == tl.item_at(row).ref
        assert app.actor.detail.id == tl.item_at(row).source_id


async def test_the_preview_comes_once_the_box_is_answered(sample_db):
    """The preview waits only while a search is on its way: a search box emptied again (the
    timeline back to the view searched in) or holding a malformed query (its error said) has
    nothing on its way, and the cursor row's preview comes, the box still open."""
    async with running(sample_db) as (app, pilot):
        tl = app.timeline
        await press(pilot, "/")
        await type_text(pilot, "sochi")
        assert tl.view.label == "sochi" and app.source.selected == tl.item_at(0).ref
        await press(pilot, *["backspace"] * 5)
        await pilot.pause(0.2)
        await settle(pilot)
        assert app.search_bar.is_open and not tl.view.is_filtered
        assert app.source.selected == tl.current_item.ref
        await type_text(pilot, "russia")
        assert tl.view.label == "russia" and tl.rows > 2
        tl.move_to(2)
        await type_text(pilot, ' "')                # an unbalanced quote: said under the box
        await pilot.pause(0.2)
        await settle(pilot)
        assert app.search_bar.is_open and app.search_bar._error
        assert app.source.selected == tl.item_at(2).ref


async def test_the_preview_follows_a_click_with_the_search_box_just_opened(sample_db):
    """The search box opened and left empty, a click on a row (the box stays open, the rows
    take the focus): nothing is being typed, and the preview follows the cursor."""
    async with running(sample_db, size=(140, 40)) as (app, pilot):
        tl = app.timeline
        await press(pilot, "/")
        await pilot.click("Timeline", offset=(10, 4))
        await pilot.pause(0.1)
        await settle(pilot)
        assert app.search_bar.is_open and app.focused is tl and tl.cursor == 4
        assert app.source.selected == tl.item_at(4).ref
        await press(pilot, "j")
        await pilot.pause(0.1)
        await settle(pilot)
        assert app.source.selected == tl.item_at(5).ref


async def test_the_preview_follows_the_cursor_in_a_view_changed_with_the_box_open(sample_db):
    """A search shown, the box left open for the rows, and the view changed from there (`t`):
    nothing is on its way, and the preview follows the cursor in the new view."""
    async with running(sample_db, size=(140, 40)) as (app, pilot):
        tl = app.timeline
        await press(pilot, "/")
        await type_text(pilot, "russia")
        await pilot.click("Timeline", offset=(10, 1))
        await press(pilot, "t")
        await press(pilot, "j", "j")
        await pilot.pause(0.1)
        await settle(pilot)
        assert app.search_bar.is_open and app.focused is tl and tl.cursor == 2
        assert app.source.selected == tl.item_at(2).ref


async def test_actor_detail(sample_db):
    async with running(sample_db, size=(140, 44)) as (app, pilot):
        await press(pilot, *"jjjjj", "a")
        assert app.focused is app.actor
        screen = screen_text(app)
        for fact in ["Sergei Lavrov", "person · RUS · Foreign Minister of Russia", "aka Lavrov",
                     "1 event (1 as source, 0 as target) · 1 quote",
                     "seen 2016-06-30 … 2016-07-01", "Acts most with", "1  Mevlüt Çavuşoğlu",
                     "“We agreed to resume work on the gas"]:
            assert fact in screen, fact
        await press(pilot, "escape", "A")                   # the target actor
        assert app.actor.detail.name == "Mevlüt Çavuşoğlu"
        assert "aka Çavuşoğlu" in screen_text(app)


async def test_an_open_before_the_cursor_preview_fires_keeps_its_focus(sample_db):
    """`a` or Enter pressed while the cursor's preview is still pending (a fast typist, or a busy
    machine): the preview must not fire afterwards and take the pane back unfocused."""
    import time

    async with running(sample_db) as (app, pilot):
        reader = app.reader
        slow_detail, slow_article = reader.actor_detail, reader.article

        def actor_detail(*args, **kwargs):        # a loaded machine: the reads outlast the delay
            time.sleep(0.3)
            return slow_detail(*args, **kwargs)

        def article(*args, **kwargs):
            time.sleep(0.3)
            return slow_article(*args, **kwargs)

        reader.actor_detail, reader.article = actor_detail, article
        app.preview_delay = 0.1
        await pilot.press("j", "a")               # the preview of row 1 is still pending
        await pilot.pause(1.0)                    # long past the preview's delay
        await settle(pilot)
        assert app.focused is app.actor
        assert app.status_text().startswith("Actor")
        await press(pilot, "escape")
        await pilot.press("j", "enter")
        await pilot.pause(1.0)
        await settle(pilot)
        assert app.focused is app.source


async def _highlight(pilot, app, prefix):
    for _ in range(30):
        opt = app.actor.get_option_at_index(app.actor.highlighted) if app.actor.highlighted is not None else None
        if opt is not None and (opt.id or "").startswith(prefix):
            return
        await pilot.press("j")
    raise AssertionError(f"no option {prefix}")


async def test_actor_pane_opens_counterparts_and_quotes(sample_db):
    async with running(sample_db) as (app, pilot):
        await press(pilot, *"jjjjj", "a")
        await _highlight(pilot, app, "actor:")
        await press(pilot, "enter")
        assert app.actor.detail.name == "Mevlüt Çavuşoğlu"
        await _highlight(pilot, app, "quote:")
        await press(pilot, "enter")
        assert app.source.selected[0] == "quote"
        assert styled(app.source, "source--selected") == ["the crisis is behind us"]


async def test_actor_events_filter_the_timeline(sample_db):
    async with running(sample_db) as (app, pilot):
        await press(pilot, *"jjjjj", "a", "f")
        assert app.focused is app.timeline
        assert [r.split()[1] for r in rows(app)] == ["CONSULT", "QUOTE"]
        assert 'filter: actor:"Sergei Lavrov"' in status(app) and "1–2 of 2" in status(app)
        await press(pilot, "escape")                         # Escape restores the timeline
        assert app.timeline.rows == 10 and app.timeline.cursor == 5


async def test_a_search_inside_an_actor_filter_narrows_it(sample_db):
    async with running(sample_db) as (app, pilot):
        await press(pilot, "a", "f")                          # Turkey's events and quotes
        actor_rows = {it.ref for _, it in app.timeline.loaded_items()}
        assert 'filter: actor:"Turkey"' in status(app)
        await press(pilot, "slash")
        await type_text(pilot, "russia")
        await press(pilot, "enter")
        stacked = {it.ref for _, it in app.timeline.loaded_items()}
        assert stacked and stacked < actor_rows               # narrowed, not the whole store
        whole = app.reader.resolve("russia", quotes=True)
        assert stacked < {it.ref for it in app.reader.page(whole, limit=100)}
        assert 'filter: actor:"Turkey" › russia' in status(app)   # the stack, outer first
        await press(pilot, "slash")                           # / again refines the same search
        assert app.search_bar.input.value == "russia"
        await press(pilot, "escape")
        await press(pilot, "escape")                          # Escape pops one level
        assert {it.ref for _, it in app.timeline.loaded_items()} == actor_rows
        assert 'filter: actor:"Turkey"' in status(app) and "›" not in status(app)
        await press(pilot, "escape")
        assert app.timeline.rows == 10 and "filter" not in status(app)


async def test_find_mode_moves_through_matches_in_the_whole_timeline(sample_db):
    async with running(sample_db) as (app, pilot):
        reader = app.reader
        both = app.timeline.view.narrow(reader.resolve("russia", quotes=True))
        expected = [reader.position(app.timeline.view, it.key) for it in reader.page(both)]
        assert 2 < len(expected) < 10
        await press(pilot, "ctrl+f")
        assert str(app.search_bar.query_one("#search-label").render()) == "Find"
        await type_text(pilot, "russia")
        await press(pilot, "enter")
        assert app.timeline.rows == 10                       # the view stays whole
        assert app.timeline.cursor == expected[0]
        assert f"find: russia 1 of {len(expected)}" in status(app)
        await press(pilot, "n")
        assert app.timeline.cursor == expected[1] and "2 of" in status(app)
        await press(pilot, "N", "N")                         # wraps around the start
        assert app.timeline.cursor == expected[-1]
        detail = app.detail.render()                         # the word marked in the sentence
        body = detail.plain.index(": ")                      # after "TYPE source → target: "
        assert any(detail.plain[s.start:s.end].lower() == "russia" and s.start > body
                   for s in detail.spans)
        await press(pilot, "escape")                         # Escape ends find mode
        assert "find:" not in status(app) and app.timeline.rows == 10
        await press(pilot, "n")                              # n: no find, no filter
        assert app.timeline.cursor == expected[-1]


async def test_two_type_filters_with_nothing_in_common_match_nothing(sample_db):
    from tuiex.store.read_records import View

    a, b = View(types=("ASSAULT",), label="a"), View(types=("AGREE",), label="b")
    both = a.narrow(b)
    assert both.label == "a › b"
    async with running(sample_db) as (app, pilot):
        assert app.reader.count(both).n == 0
        assert app.reader.count(a.narrow(View(types=("ASSAULT", "AGREE")))).n == 1


async def test_selecting_an_actor_in_the_source_pane(sample_db):
    async with running(sample_db) as (app, pilot):
        await press(pilot, *"jjjjj", "enter")             # Lavrov met Cavusoglu in Sochi
        await press(pilot, "l")                            # next span: the mention "Sergei Lavrov"
        assert app.source.span_under_cursor.kind == "mention"
        await press(pilot, "enter")
        assert app.actor.detail.name == "Sergei Lavrov" and app.focused is app.actor
        await press(pilot, "shift+tab", "h", "h")
        assert app.source.span_under_cursor is not None


async def test_history_back_and_forward(sample_db):
    async with running(sample_db) as (app, pilot):
        await press(pilot, "enter")                       # event 1
        await press(pilot, "escape", *"jjjjj", "a")      # Lavrov
        await press(pilot, "escape", "j", "enter")        # event 8 (COOPERATE)
        assert app.source.selected == ("event", 8)
        assert "history 3/3" in status(app)
        await press(pilot, "b")
        assert app.actor.detail.name == "Sergei Lavrov" and "history 2/3" in status(app)
        await press(pilot, "b")
        assert app.source.selected == ("event", 1)
        assert app.timeline.cursor == 0                   # revealed on the timeline
        await press(pilot, "B", "B")
        assert app.source.selected == ("event", 8) and "history 3/3" in status(app)


# -- search ---------------------------------------------------------------------------------------


async def test_search_narrows_as_you_type_and_escape_restores(sample_db):
    async with running(sample_db) as (app, pilot):
        await press(pilot, "/")
        assert app.search_bar.is_open
        await type_text(pilot, "lavr")                     # no Enter: a prefix, as you type
        assert [r.split()[1] for r in rows(app)] == ["CONSULT", "QUOTE"]
        assert "1–2 of 2" in status(app) and "filter: lavr" in status(app)
        await press(pilot, "escape")
        assert not app.search_bar.is_open
        assert app.timeline.rows == 10 and app.focused is app.timeline


async def test_search_enter_keeps_the_filter_and_n_steps(sample_db):
    async with running(sample_db) as (app, pilot):
        await press(pilot, "/")
        await type_text(pilot, "sanctions OR lifting")     # FTS syntax is text: all three words
        await press(pilot, "enter")
        assert app.timeline.rows == 0 and "Nothing matches" in screen_text(app)
        await press(pilot, "escape", "/")
        await type_text(pilot, "turkey")
        await press(pilot, "enter")
        assert app.focused is app.timeline and not app.search_bar.is_open
        n = app.timeline.rows
        assert 3 < n < 15
        await press(pilot, "n", "n", "N")
        assert app.timeline.cursor == 1
        await press(pilot, "escape")
        assert app.timeline.rows == 10


async def test_searched_words_are_highlighted_in_the_source(sample_db):
    async with running(sample_db) as (app, pilot):
        await press(pilot, "/")
        await type_text(pilot, "sochi")
        await press(pilot, "enter", "enter")
        assert styled(app.source, "source--match") == ["Sochi"]
        row = app.timeline.row_text(app.timeline.current_item, True, 200)
        assert any(row.plain[s.start:s.end] == "Sochi" for s in row.spans)   # and in the row
        await press(pilot, "n")                                # n in the source: next word
        assert "match 1 of 1" in app.source.border_subtitle


async def test_the_source_marks_searched_words_after_the_rows_show(sample_db):
    """A search's words are marked in the source pane after the frame that shows the search's
    rows, not on the way to them (restyling an article held the rows back). Behaviour only."""
    async with running(sample_db) as (app, pilot):
        tl, src = app.timeline, app.source
        assert src.article is not None
        painted: list[str] = []             # the view of each timeline row painted with an item
        render_line = tl.render_line

        def spy_render(y):
            strip = render_line(y)
            if not tl.is_loading and tl.item_at(round(tl.scroll_offset.y) + y) is not None:
                painted.append(tl.view.label)
            return strip

        marked: list[list[str]] = []        # what had been painted at each repaint of the source
        paint = src._paint

        def spy_paint():
            marked.append(list(painted))
            paint()

        tl.render_line = spy_render
        src._paint = spy_paint
        await press(pilot, "/")
        await type_text(pilot, "sochi")
        assert marked and "sochi" in marked[0]
        await press(pilot, "enter", "enter")
        assert styled(src, "source--match") == ["Sochi"]


SEARCHES = [
    ("actor:çavuşoğlu", ["QUOTE", "CONSULT", "QUOTE", "QUOTE"]),
    ("actor:CAVUSOLGU", ["QUOTE", "CONSULT", "QUOTE", "QUOTE"]),      # case and a typo
    ("type:assault,sanction", ["ASSAULT", "SANCTION"]),
    ("from:2016-07 to:2016-07 quote:", ["QUOTE", "QUOTE", "QUOTE"]),
    ("source:putin event:", ["CONCEDE", "THREATEN"]),
    ("target:russia type:CONCEDE", ["CONCEDE"]),
    ('"air base"', ["QUOTE"]),
]


async def test_search_filters(sample_db):
    async with running(sample_db) as (app, pilot):
        for query, expected in SEARCHES:
            await press(pilot, "/")
            await type_text(pilot, query)
            await press(pilot, "enter")
            assert [r.split()[1] for r in rows(app)] == expected, query
            assert f"filter: {query}" in status(app)
            await press(pilot, "escape")
            assert app.timeline.rows == 10


MALFORMED = [
    ('"air base', "unbalanced quote"),
    ("from:2016-13", "month 13 does not exist"),
    ("actor:zzzzqq", "no actor matches 'zzzzqq'"),
    ("kind:event", "unknown filter kind:"),
]


async def test_malformed_query_is_explained_never_a_traceback(sample_db):
    async with running(sample_db) as (app, pilot):
        for query, message in MALFORMED:
            await press(pilot, "/")
            await type_text(pilot, query)
            await press(pilot, "enter")
            assert app.search_bar.is_open, query                  # not accepted
            assert message in screen_text(app)
            assert "Traceback" not in screen_text(app)
            await press(pilot, "escape")
            assert not app.search_bar.is_open and app.is_running
            assert app.timeline.rows == 10                         # Escape restored the timeline


# -- other actions --------------------------------------------------------------------------------


async def test_help_shows_the_keys(sample_db):
    async with running(sample_db) as (app, pilot):
        await press(pilot, "?")
        assert isinstance(app.screen, HelpScreen)
        screen = screen_text(app)
        assert "previous / next day" in screen and "copy the selected event" in screen
        await press(pilot, "escape")
        assert not isinstance(app.screen, HelpScreen)


async def test_footer_shows_the_keys_that_matter_now(sample_db):
    async with running(sample_db, size=(120, 30)) as (app, pilot):
        footer = screen_text(app).splitlines()[-1]
        assert "Open" in footer and "day" in footer and "Search" in footer
        await press(pilot, "tab", "tab")
        footer = screen_text(app).splitlines()[-1]
        assert "Filter timeline" in footer and "day" not in footer


async def test_the_footer_is_rebuilt_once_per_change_of_its_keys(sample_db):
    """A change of focus refreshes the screen's bindings twice (Textual); the footer rebuilds its
    keys (a layout of the whole screen) only when the keys it shows change: once for `/`, once
    for Escape, not at all for keys that change nothing it shows."""
    from textual.widgets import Footer

    async with running(sample_db, size=(120, 30)) as (app, pilot):
        composed = []
        compose = Footer.compose

        def spy(self):
            composed.append(1)
            return compose(self)

        Footer.compose = spy
        try:
            await press(pilot, "/")
            assert len(composed) == 1
            assert "Close search" in screen_text(app).splitlines()[-1]
            await press(pilot, "escape")
            assert len(composed) == 2
            assert "Search" in screen_text(app).splitlines()[-1]
            await press(pilot, "j", "j")
            app.screen.refresh_bindings()
            await settle(pilot)
            assert len(composed) == 2
        finally:
            Footer.compose = compose


async def _palette(pilot, app, text, expect):
    await pilot.press("ctrl+p")
    await settle(pilot)
    await pilot.press(*list(text))
    for _ in range(40):                        # hits arrive as providers answer
        await pilot.pause(0.05)
        if expect in screen_text(app):
            break
    assert expect in screen_text(app)


async def test_palette_go_to_actor(sample_db):
    async with running(sample_db) as (app, pilot):
        await _palette(pilot, app, "lavrov", "Go to actor: Sergei Lavrov")
        await press(pilot, "down", "enter")
        assert app.actor.detail is not None and app.actor.detail.name == "Sergei Lavrov"


async def test_palette_go_to_date_filter_by_type_open_article(sample_db):
    async with running(sample_db) as (app, pilot):
        await _palette(pilot, app, "2016-07", "Go to date: 2016-07")
        await press(pilot, "down", "enter")
        assert app.timeline.cursor == 5
        await _palette(pilot, app, "assault", "Filter by type: ASSAULT")
        await press(pilot, "down", "enter")
        assert app.timeline.view.types == ("ASSAULT",) and app.timeline.rows == 1
        await _palette(pilot, app, "apology",
                       "Open article: Putin lifts sanctions after Erdogan apology")
        await press(pilot, "down", "enter")
        assert app.source.article.title == "Putin lifts sanctions after Erdogan apology"


async def test_copy_with_citation(sample_db):
    async with running(sample_db, notifications=True) as (app, pilot):
        copied = []
        app.system_copy = lambda text: copied.append(text)       # the system clipboard took it
        await press(pilot, "y")
        assert app.clipboard.startswith('[2015-11-24] ASSAULT Turkey -> Russia: "Turkey shot down')
        assert "Reuters, 2015-11-24, https://example.org/001_jet.txt" in app.clipboard  # its URL
        assert copied == [app.clipboard]                         # OSC 52 and the system one
        assert "Copied" in screen_text(app)
        await press(pilot, "t", "j", "tab", "y")        # from the source pane: the quote there
        await pilot.pause(0.2)
        assert app.clipboard.startswith('[2015-11-24] Vladimir Putin: "a stab in the back')


def notices(screen: str) -> str:
    """The notifications' words, their lines joined (a long one wraps in its box)."""
    parts = (line.split("▌")[-1].rstrip().rstrip("│─╮╯").strip() for line in screen.splitlines() if "▌" in line)
    return " ".join(" ".join(part.split()) for part in parts)


async def test_copy_says_copied_only_when_it_was(sample_db, tmp_path, monkeypatch):
    """No system clipboard: said plainly (not pyperclip's message), with where the text went, and a
    file offered; once chosen, later copies are appended to it without asking."""
    import pyperclip

    def no_mechanism(text):
        raise pyperclip.PyperclipException("Pyperclip could not find a copy/paste mechanism for your system.\n"
                                           "For more information, please visit https://pyperclip.readthedocs.io")
    monkeypatch.setattr(pyperclip, "copy", no_mechanism)
    saved = tmp_path / "copied.txt"
    async with running(sample_db, notifications=True) as (app, pilot):
        await press(pilot, "y")
        await pilot.pause(0.2)
        await settle(pilot)
        screen = screen_text(app)
        assert "Copied" not in screen and "No clipboard is available" in screen, screen
        screen = notices(screen)
        assert "no clipboard program was found" in screen and "OSC 52" in screen
        assert "Pyperclip" not in screen and "readthedocs" not in screen
        assert app.clipboard.startswith("[2015-11-24]")            # OSC 52 still tried
        assert isinstance(app.screen, PromptScreen)                 # a file is offered
        await press(pilot, *["backspace"] * len("tuiex-copied.txt"))
        await type_text(pilot, str(saved))
        await press(pilot, "enter")
        assert not isinstance(app.screen, PromptScreen)
        first = app.clipboard
        assert saved.read_text(encoding="utf-8") == first + "\n\n"
        await press(pilot, "j", "y")                                # the next one: no question
        await pilot.pause(0.2)
        await settle(pilot)
        assert not isinstance(app.screen, PromptScreen)
        assert saved.read_text(encoding="utf-8") == first + "\n\n" + app.clipboard + "\n\n"
        assert f"appendedto{saved}" in notices(screen_text(app)).replace(" ", "")


async def test_copy_with_no_clipboard_and_no_file_says_the_text_is_only_shown(sample_db):
    async with running(sample_db, notifications=True) as (app, pilot):
        app.system_copy = lambda text: "the clipboard program failed: Error: Can't open display"
        await press(pilot, "y")
        await pilot.pause(0.2)
        await settle(pilot)
        await press(pilot, "escape")
        assert not isinstance(app.screen, PromptScreen)
        assert "only in the message above" in screen_text(app)
        await press(pilot, "y")                                     # declined: not asked again
        await pilot.pause(0.2)
        await settle(pilot)
        assert not isinstance(app.screen, PromptScreen)
        assert "Can't open display" in screen_text(app)


async def test_exports_carry_the_url(sample_db, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    async with running(sample_db, notifications=True) as (app, pilot):
        await press(pilot, "e")
        await type_text(pilot, "v.jsonl")
        await press(pilot, "enter")
        await pilot.pause(0.3)
        await settle(pilot)
        first = json.loads((tmp_path / "v.jsonl").read_text().splitlines()[0])
        assert first["url"] == "https://example.org/001_jet.txt"


async def test_o_opens_the_url_in_the_browser_or_the_text_in_the_pager(sample_db, tmp_path):
    import shutil
    import sqlite3

    async with running(sample_db, notifications=True) as (app, pilot):
        opened = []
        app.open_in_browser = lambda url: opened.append(url) or True
        await press(pilot, "o")
        assert opened == ["https://example.org/001_jet.txt"]
        assert "Opened https://example.org/001_jet.txt" in screen_text(app)
    path = tmp_path / "nourl.db"
    shutil.copy(sample_db, path)
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE articles SET url = NULL")
    async with running(path) as (app, pilot):
        paged = []
        app.open_in_pager = lambda file, text: paged.append((file, text))
        await press(pilot, "j", "o")
        (file, text), = paged
        assert file is None and "Moscow later imposed economic sanctions" in text   # moved: its text
        await press(pilot, "tab", "o")                 # from the source pane: its article
        assert len(paged) == 2


@pytest.mark.parametrize("name", ["view.csv", "view.jsonl"])
async def test_export_the_current_view(sample_db, tmp_path, monkeypatch, name):
    monkeypatch.chdir(tmp_path)
    async with running(sample_db, notifications=True) as (app, pilot):
        await press(pilot, "t", "e")
        assert isinstance(app.screen, PromptScreen)
        await type_text(pilot, name)                     # replaces the selected default
        await press(pilot, "enter")
        await pilot.pause(0.3)
        await settle(pilot)
        path = tmp_path / name
        if name.endswith(".csv"):
            data = list(csv.DictReader(path.open(encoding="utf-8")))
        else:
            data = [json.loads(line) for line in path.read_text().splitlines()]
        assert len(data) == 15 and data[1]["kind"] == "quote"
        assert f"Exported 15 items to {name}" in screen_text(app)
        # a relative name is in the folder tuiex runs in: the notice names it, so the file is found
        notices = [n.message for n in app._notifications]
        assert f"Exported 15 items to {name} in {tmp_path.resolve()}" in notices


async def test_export_asks_before_overwriting(sample_db, tmp_path, monkeypatch):
    from tuiex.app.prompt import ConfirmScreen

    monkeypatch.chdir(tmp_path)
    (tmp_path / "mine.csv").write_text("keep me")
    async with running(sample_db, notifications=True) as (app, pilot):
        await press(pilot, "e")
        await type_text(pilot, "mine.csv")
        await press(pilot, "enter")
        assert isinstance(app.screen, ConfirmScreen)
        assert "mine.csv exists. Overwrite it?" in screen_text(app)
        await press(pilot, "n")
        assert (tmp_path / "mine.csv").read_text() == "keep me"
        assert "Not exported" in screen_text(app)
        await press(pilot, "e")
        await type_text(pilot, "mine.csv")
        await press(pilot, "enter", "y")
        await pilot.pause(0.3)
        await settle(pilot)
        assert (tmp_path / "mine.csv").read_text().startswith("kind,")
        assert "Exported 10 items to mine.csv" in screen_text(app)


async def test_export_shows_its_progress(big_db, tmp_path, monkeypatch):
    import tuiex.app.app as appmod

    monkeypatch.chdir(tmp_path)
    shown: list[str] = []
    real = appmod.ExplorerApp._set_export_progress

    def spy(self, text):
        shown.append(text)
        real(self, text)
    monkeypatch.setattr(appmod.ExplorerApp, "_set_export_progress", spy)
    async with running(big_db) as (app, pilot):
        app.timeline.push_view(app.timeline.view.__class__(date_lo="2001", date_hi="2002"))
        await settle(pilot)
        await press(pilot, "e")
        await type_text(pilot, "big.jsonl")
        await press(pilot, "enter")
        for _ in range(100):
            await pilot.pause(0.1)
            if shown and shown[-1] is None:
                break
        assert any(t and t.startswith("exporting 500 of ") for t in shown), shown[:3]
        assert shown[-1] is None and app.export_progress is None       # cleared when done
        lines = (tmp_path / "big.jsonl").read_text().count("\n")
        assert lines > 1000 and f"exporting {lines:,} of" in " ".join(t for t in shown if t)


async def test_toggle_quotes(sample_db):
    async with running(sample_db) as (app, pilot):
        await press(pilot, "t")
        assert app.timeline.rows == 15 and "events+quotes" in status(app)
        assert "QUOTE" in screen_text(app) and "“a stab in the back" in screen_text(app)
        await press(pilot, "t")
        assert app.timeline.rows == 10


async def test_maximise_a_pane(sample_db):
    async with running(sample_db, size=(80, 24)) as (app, pilot):
        await press(pilot, "tab", "z")
        assert app.screen.maximized is app.source
        await press(pilot, "escape")
        assert app.screen.maximized is None and app.focused is app.source
        await press(pilot, "escape", "z")
        assert app.screen.maximized is app.timeline
        await press(pilot, "z")
        assert app.screen.maximized is None


SHIPPED = Path(__file__).resolve().parents[2] / "data" / "events.db"


def _on_screen(app) -> str:
    """The screen's words, borders and scrollbars taken out (a phrase may wrap)."""
    return " ".join(re.sub(r"[│▁▂▃▄▅▆▇█]", " ", screen_text(app)).split())


@pytest.mark.skipif(not SHIPPED.exists(), reason="needs the shipped sample store's long articles")
@pytest.mark.parametrize("row", [15, 24, 30, 48])
async def test_maximised_source_keeps_the_passage_in_view_at_80x24(row):
    async with running(SHIPPED, size=(80, 24)) as (app, pilot):
        app.timeline.move_to(row)
        await press(pilot, "enter")
        span = app.source.selected_span()
        words = " ".join(app.source.article.text[span.start:span.end].split()[:3])
        assert words in _on_screen(app)
        await press(pilot, "z")
        await pilot.pause(0.1)
        await settle(pilot)
        assert app.screen.maximized is app.source
        assert words in _on_screen(app), words
        await press(pilot, "z")
        await pilot.pause(0.1)
        await settle(pilot)
        assert words in _on_screen(app), words


async def test_layout_adapts_to_the_terminal(sample_db):
    async with running(sample_db, size=(80, 24)) as (app, pilot):
        tl, src, act = app.timeline_pane.region, app.source.region, app.actor.region
        assert tl.width == 80 and tl.y < src.y and src.y == act.y and src.x < act.x
        await pilot.resize_terminal(160, 48)
        await settle(pilot)
        tl, src, act = app.timeline_pane.region, app.source.region, app.actor.region
        assert app.screen.has_class("-wide")
        assert tl.x == 0 and src.x > tl.x and src.y < act.y and tl.height > src.height


async def test_empty_store(empty_db):
    async with running(empty_db) as (app, pilot):
        screen = screen_text(app)
        assert "The store is empty" in screen
        assert "Add articles with: tuiex ingest ARTICLES... --db" in screen     # how to fill it
        assert empty_db.name in screen
        assert "0 of 0" in status(app)
        await press(pilot, "j", "enter", "y", "]", "}", "a", "G", "t", "n", "b", "r", "tab", "l",
                    "enter", "tab", "f", "z", "escape", "escape")
        await press(pilot, "/")
        await type_text(pilot, "turkey")
        await press(pilot, "enter")
        assert "Nothing matches" in screen_text(app)
        await press(pilot, "escape", ":")
        await type_text(pilot, "2016")
        await press(pilot, "enter", "e", "escape", "?", "escape")
        assert app.is_running and isinstance(app.focused, Timeline)
        assert "The store is empty" in screen_text(app)


async def test_quit(sample_db):
    async with running(sample_db) as (app, pilot):
        await pilot.press("q")
        await pilot.pause()
        assert not app.is_running


def test_run_refuses_a_missing_store(tmp_path):
    from tuiex.app import run

    with pytest.raises(SystemExit) as e:
        run(str(tmp_path / "nope.db"))
    assert "no store at" in str(e.value)


def test_the_app_never_imports_spacy():
    """Nor the writer's libraries: sqlite-utils pulls in numpy, a tenth of a second of launch."""
    code = ("import sys, tuiex.app, tuiex.app.app; "
            "bad = [m for m in sys.modules if m.split('.')[0] in ('spacy', 'sqlite_utils', 'numpy') or "
            "m.startswith('tuiex.ingest')]; "
            "assert not bad, bad")
    subprocess.run([sys.executable, "-c", code], check=True)


def test_screens_opened_on_demand_are_not_imported_at_launch():
    """The dyad, frequency and help screens and the export writer load when first used: DataTable,
    Sparkline and their modules cost launch time (the benchmark's open_vs_bare_textual)."""
    code = ("import sys, tuiex.app.app; "
            "late = ('tuiex.app.dyad_view', 'tuiex.app.frequency', 'tuiex.app.help_screen', 'tuiex.store.output', "
            "'textual.widgets._data_table', 'textual.widgets._sparkline'); "
            "bad = [m for m in late if m in sys.modules]; "
            "assert not bad, bad")
    subprocess.run([sys.executable, "-c", code], check=True)


async def test_input_does_not_steal_keys(sample_db):
    """Letters typed in the search box are text, not commands (q does not quit)."""
    async with running(sample_db) as (app, pilot):
        await press(pilot, "/")
        await type_text(pilot, "qty")
        assert app.is_running and app.query_one("#search-input", Input).value == "qty"


async def test_every_query_runs_off_the_ui_thread(sample_db, monkeypatch):
    """Typing never waits for SQLite: no query runs on the thread that draws the screen, except
    the first page read while the timeline mounts (bounded by FIRST_SCREEN_BUDGET), which lets
    the first paint show rows."""
    import threading

    from tuiex.store.reader import Reader

    on_ui: list[str] = []
    original = Reader._rows

    def spy(self, sql, params=(), should_stop=None):
        if threading.current_thread() is threading.main_thread():
            on_ui.append(sql)
        return original(self, sql, params, should_stop)

    monkeypatch.setattr(Reader, "_rows", spy)
    async with running(sample_db) as (app, pilot):
        at_mount = list(on_ui)
        # one page: its keys (dated, then undated) and their rows
        assert len(at_mount) <= 4 and all(sql.lstrip().startswith("SELECT") for sql in at_mount), at_mount
        on_ui.clear()
        await press(pilot, "j", "enter", "escape", "a", "escape", "]", "}", "t", "G", "[")
        await press(pilot, "/")
        await type_text(pilot, "actor:lavrov")
        await press(pilot, "enter", "n", "enter", "l", "enter", "b", "B")
        await _palette(pilot, app, "lavrov", "Go to actor: Sergei Lavrov")
        await press(pilot, "escape")
    assert on_ui == []


async def test_a_slow_first_page_is_left_to_the_worker(sample_db, monkeypatch):
    """Past its budget, the mount's own read gives up and the worker fills the timeline."""
    from tuiex.app import timeline

    monkeypatch.setattr(timeline, "FIRST_SCREEN_BUDGET", -1.0)
    async with running(sample_db) as (app, pilot):
        assert app.timeline.item_at(0) is not None and app.timeline.rows >= 10


async def test_mouse_click_selects_and_double_click_opens(sample_db):
    async with running(sample_db) as (app, pilot):
        await pilot.click(Timeline, offset=(5, 3))       # row 3
        await settle(pilot)
        assert app.timeline.cursor == 3
        await pilot.click(Timeline, offset=(5, 4), times=2)
        await settle(pilot, 3)
        assert app.source.selected == ("event", app.timeline.item_at(4).id)


# -- rows that say what happened ------------------------------------------------------------------


def _trigger(item) -> str:
    return item.text[item.trigger_start - item.start:item.trigger_end - item.start]


@pytest.mark.parametrize("size", [(80, 24), (120, 40)])
async def test_rows_show_source_action_and_target(sample_db, size):
    async with running(sample_db, size=size) as (app, pilot):
        await press(pilot, "t")
        tl = app.timeline
        width = tl.scrollable_content_region.width
        screen = screen_text(app)
        seen = []
        for row, item in tl.loaded_items():
            text = tl.row_text(item, True, width)
            seen.append(text.plain)
            if item.kind == "quote":
                assert "“" + item.text.split()[0] in text.plain and ":" in text.plain
                continue
            trigger = _trigger(item)[:20]
            assert trigger in text.plain, (trigger, text.plain)           # the action is there
            at = text.plain.index(trigger)
            styles = [s.style for s in text.spans if s.start <= at < s.end]
            assert tl._cs("timeline--trigger") in styles                   # and emphasised
            if item.target:
                assert "→ " in text.plain
        assert len(set(seen)) == len(seen)                                 # no two rows alike
        assert "shot down a Russian warplane" in screen and "→ Russia" in screen
        assert "imposed economic sanctions" in screen
        assert re.search(r"(V\.|Vladimir) Putin: +“a stab in the back", screen)     # speaker: “words”


async def test_two_events_of_one_sentence_read_differently(sample_db):
    async with running(sample_db) as (app, pilot):
        tl = app.timeline
        item = tl.item_at(0)
        sentence = "Ankara supports opponents of Assad, who is backed by Russia and Iran."
        a = item._replace(text=sentence, start=0, end=len(sentence), trigger_start=7,
                          trigger_end=15, source="Turkey", target="Syrian opposition",
                          type="SUPPORT")
        b = a._replace(trigger_start=sentence.index("backed"),
                       trigger_end=sentence.index("backed") + 6, source="Russia", target=None)
        ra, rb = (tl.row_text(x, False, 76).plain for x in (a, b))
        assert ra != rb
        assert "supports opponents of Assad" in ra and "backed by Russia" not in ra
        assert "backed by Russia" in rb and "supports" not in rb


@pytest.mark.parametrize("width", range(12, 200, 7))
def test_narrow_rows_drop_columns_in_order_never_the_action(width):
    from tuiex.app.timeline import DROP_ORDER, MIN_ACTION, columns

    cols = columns(width)
    assert "action" in cols and cols["action"] >= 1
    dropped = [c for c in DROP_ORDER if c not in cols]
    assert dropped == list(DROP_ORDER[:len(dropped)])        # dropped in order, none skipped
    if len(dropped) < len(DROP_ORDER):                       # something left to drop: wide enough
        assert cols["action"] >= min(MIN_ACTION, width // 2)
    assert sum(cols.values()) + len(cols) - 1 <= width


async def test_narrow_timeline_keeps_the_action(sample_db):
    async with running(sample_db, size=(44, 24)) as (app, pilot):
        screen = screen_text(app)
        first_row = screen.splitlines()[1]
        assert "shot down a Russian" in first_row and "2015-11-24" in first_row
        assert "ASSAULT" not in first_row                   # the type column went first


async def test_detail_line_shows_the_whole_sentence(sample_db):
    async with running(sample_db, size=(80, 24)) as (app, pilot):
        await press(pilot, "j", "j", "j", "j")
        item = app.timeline.current_item
        detail = app.detail.render()
        plain = detail.plain if isinstance(detail, Text) else str(detail)
        assert " ".join(item.text.split()) in " ".join(plain.split())
        assert "restrictions" in screen_text(app)          # readable on screen, wrapped
        await press(pilot, "t", "g", "j")                   # a quote: speaker: “words”
        item = app.timeline.current_item
        assert item.kind == "quote"
        plain = app.detail.render().plain
        assert plain.startswith(f"{item.source}: “") and item.text in plain


# -- the frequency view ---------------------------------------------------------------------------


def _table(screen) -> list[tuple[str, int]]:
    t = screen.table
    return [(t.get_row_at(i)[0].plain, int(t.get_row_at(i)[1].plain.replace(",", "")))
            for i in range(t.row_count)]


async def test_frequency_view_counts_sorts_and_filters(sample_db):
    from tuiex.app.frequency import FrequencyScreen

    async with running(sample_db) as (app, pilot):
        await press(pilot, "F")
        screen = app.screen
        assert isinstance(screen, FrequencyScreen)
        rows = _table(screen)
        assert sum(n for _, n in rows) == 10                      # every event once
        assert rows == sorted(rows, key=lambda r: -r[1])[:len(rows)] and rows[0] == ("CONCEDE", 2)
        await press(pilot, "s")                                   # by value, A–Z
        assert [v for v, _ in _table(screen)] == sorted(v for v, _ in rows)
        await pilot.click("#freq-table", offset=(3, 0))           # the value header: Z–A
        await settle(pilot)
        assert [v for v, _ in _table(screen)] == sorted((v for v, _ in rows), reverse=True)
        await pilot.click("#freq-table", offset=(20, 0))          # the count header: most first
        await settle(pilot)
        assert [n for _, n in _table(screen)] == sorted((n for _, n in rows), reverse=True)
        await press(pilot, "2")                                   # by actor
        await settle(pilot)
        actors = dict(_table(screen))
        assert actors["Turkey"] == 8 and actors["Russia"] == 7
        await press(pilot, "3")                                   # by dyad
        assert ("Turkey → Russia", 3) in _table(screen)
        await press(pilot, "4")                                   # by month
        assert ("undated", 2) in _table(screen) and ("2016-06", 2) in _table(screen)
        await press(pilot, "1")
        screen.table.move_cursor(row=[v for v, _ in _table(screen)].index("CONCEDE"))
        await press(pilot, "enter")                               # filter to a value
        assert not isinstance(app.screen, FrequencyScreen)
        assert app.timeline.rows == 2 and "filter: type:CONCEDE" in status(app)
        await press(pilot, "escape")
        assert app.timeline.rows == 10


async def test_frequency_of_a_filtered_view_counts_that_view(sample_db):
    async with running(sample_db) as (app, pilot):
        await press(pilot, "a", "f", "F")                         # Turkey's events and quotes
        rows = dict(_table(app.screen))
        assert sum(rows.values()) == app.timeline.rows
        app.screen.table.move_cursor(row=0)
        value = _table(app.screen)[0][0]
        await press(pilot, "enter")
        assert f'actor:"Turkey" › type:{value}' in status(app)    # stacked on the actor filter


async def test_the_status_line_is_told_of_a_move_without_bubbling(sample_db):
    """A cursor move tells the app itself (one queue hop), not the containers between the
    timeline and the app one after another: the status line is then painted in the same frame as
    the rows it describes (it lagged a frame behind them). Behaviour only, not timed."""
    async with running(sample_db) as (app, pilot):
        posted = []
        original = app.post_message
        app.post_message = lambda message: posted.append(message) or original(message)
        app.timeline.move_to(3)
        assert any(isinstance(m, Timeline.StatusChanged) for m in posted)
        await settle(pilot)
        assert status(app).split(" │ ")[2].startswith("1–")


def test_the_status_line_never_shows_a_range_before_the_first_layout(sample_db):
    """Until the timeline has its size its range is unknown: the status says "loading…", never
    "1–0 of 63" (a real terminal showed that for a frame, and a tmux test took it for the rows).
    A timeline with its count but no layout yet, then its first Resize."""
    from tuiex.store.read_records import Count
    from tuiex.store.reader import Reader

    tl = Timeline(Reader(sample_db))
    tl.is_loading = False
    tl._count = Count(63)
    tl._rows = 63
    assert tl.range_text() == "loading…"
    tl._laid_out = True
    assert tl.range_text().endswith("of 63")


async def test_a_frame_reads_each_row_style_once(sample_db, monkeypatch):
    """The rows of one frame share their styles: each component style is read once per repaint,
    not once per row (a fifth of a frame's time); a new theme repaints with its own styles, and so
    does a change of focus (the cursor row's style)."""
    import tuiex.app.timeline as timeline_module

    async with running(sample_db) as (app, pilot):
        tl = app.timeline
        read: list[str] = []
        real = timeline_module.component_style
        monkeypatch.setattr(timeline_module, "component_style",
                            lambda widget, name: read.append(name) or real(widget, name))
        tl.refresh()
        for y in range(tl.size.height):
            tl.render_line(y)
        assert read and len(read) == len(set(read)), read
        dark = tl._cs("timeline--cursor"), tl._base_style()
        app.theme = "textual-light"
        await settle(pilot)
        light = tl._cs("timeline--cursor"), tl._base_style()
        assert light != dark
        assert light == (real(tl, "timeline--cursor"), tl.rich_style)
        await press(pilot, "tab")                   # the timeline loses focus: a blurred cursor
        assert tl._blurred_cursor().bgcolor == tl.get_component_rich_style("timeline--cursor-blurred").bgcolor

async def test_a_cursor_move_lays_nothing_out(sample_db):
    """The line under the timeline (the cursor row's sentence) is a box of fixed height: its new
    text is painted without a layout of the whole screen on each move."""
    from textual.widget import Widget

    async with running(sample_db) as (app, pilot):
        laid_out = []
        original = Widget.refresh

        def refresh(self, *regions, layout=False, **kwargs):
            if layout:
                laid_out.append(self.id)
            return original(self, *regions, layout=layout, **kwargs)

        Widget.refresh = refresh
        try:
            before = str(app.detail.render())
            await pilot.press("j")
            await pilot.press("j")
        finally:
            Widget.refresh = original
        assert "detail" not in laid_out
        assert str(app.detail.render()) != before
