"""Stories grouped at ingest (issue 16): one expulsion told by three outlets is one story, two
expulsions a month apart are two; grouping is incremental and follows replaced articles."""

from __future__ import annotations

import json
import sqlite3

import pytest
from storycorpus import build_story_store, expulsion_articles

from tuiex import cli
from tuiex.store import stories
from tuiex.store.db import Store


def _story_members(db) -> dict[int, list[str]]:
    conn = sqlite3.connect(db)
    out: dict[int, list[str]] = {}
    for sid, file in conn.execute(
        """SELECT se.story_id, a.file FROM story_events se JOIN events e ON e.id = se.event_id
           JOIN articles a ON a.id = e.article_id ORDER BY a.file"""):
        out.setdefault(sid, []).append(file)
    conn.close()
    return out


def _expulsion_stories(db) -> list[list[str]]:
    return sorted(files for files in _story_members(db).values() if any(f.startswith("10") for f in files))


def test_three_outlets_one_expulsion_is_one_story_and_a_month_later_another(tmp_path):
    db = build_story_store(tmp_path / "s.db")
    assert _expulsion_stories(db) == [
        ["101_reuters.txt", "102_tass.txt", "103_hurriyet.txt"],
        ["104_aa.txt"],
    ]
    conn = sqlite3.connect(db)
    row = conn.execute("SELECT n_articles, n_events, first_date, last_date, first_reported, last_reported "
                       "FROM stories WHERE n_articles = 3").fetchone()
    assert row == (3, 3, "2018-03", "2018-03-06", "2018-03-05", "2018-03-20")


def test_grouping_is_incremental_in_any_order_and_follows_replaced_articles(tmp_path):
    arts = expulsion_articles()
    store = Store(tmp_path / "s.db")
    for art in reversed(arts):          # month-precision report first, then the days
        store.write_article(art)
    assert _expulsion_stories(store.path) == [
        ["101_reuters.txt", "102_tass.txt", "103_hurriyet.txt"], ["104_aa.txt"]]
    # TASS corrects its date to a month later: its event leaves the story and the story is recounted
    tass = arts[1]
    tass.events[0].date = "2018-04-08"
    tass.content_hash = "changed"
    store.write_article(tass)
    store.close()
    assert _expulsion_stories(store.path) == [
        ["101_reuters.txt", "103_hurriyet.txt"], ["102_tass.txt", "104_aa.txt"]]
    conn = sqlite3.connect(store.path)
    assert conn.execute("SELECT count(*) FROM stories WHERE id NOT IN (SELECT story_id FROM story_events)"
                        ).fetchone() == (0,)
    assert conn.execute("SELECT n_articles FROM stories s WHERE EXISTS (SELECT 1 FROM story_events se "
                        "JOIN events e ON e.id = se.event_id WHERE se.story_id = s.id AND e.trigger = 'expels')"
                        ).fetchone() == (2,)


@pytest.mark.parametrize(("a", "b", "same"), [
    ("expelled", "expulsion", True), ("expels", "expelled", True), ("met", "meeting", True),
    ("imposed sanctions", "sanctioned", True), ("expelled", "bombed", False),
    ("accused", "criticized", False),
])
def test_similar_trigger(a, b, same):
    assert stories.similar_trigger(a, b) is same


@pytest.mark.parametrize(("a", "b", "ok"), [
    ("2018-03-05", "2018-03-06", True), ("2018-03-05", "2018-03", True), ("2018-03-05", "2018", True),
    ("2018-03-05", "2018-04-09", False), ("2018-03", "2018-04-09", False), ("2018-02-28", "2018-03-02", True),
])
def test_dates_compatible_at_their_precision(a, b, ok):
    assert stories.compatible(stories.interval(a), stories.interval(b)) is ok


def test_search_stories_json_lists_reports(tmp_path, capsys):
    db = build_story_store(tmp_path / "s.db")
    assert cli.main(["search", "type:SANCTION", "--stories", "--json", "--db", str(db)]) == 0
    out = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [s["sources"] for s in out] == [3, 1]
    first = out[0]
    assert first["type"] == "SANCTION" and first["actors"] == ["Russia", "Turkey"]
    assert sorted(r["article"] for r in first["reports"]) == [
        "101_reuters.txt", "102_tass.txt", "103_hurriyet.txt"]
    assert {r["story"] for r in first["reports"]} == {first["story"]}


def test_search_stories_text(tmp_path, capsys):
    db = build_story_store(tmp_path / "s.db")
    assert cli.main(["search", "expelled", "--stories", "--db", str(db)]) == 0
    out = capsys.readouterr().out
    assert "3 sources" in out and "1 source" in out
    assert out.index("3 sources") < out.index("1 source")


def test_export_carries_story_ids(tmp_path, capsys):
    db = build_story_store(tmp_path / "s.db")
    assert cli.main(["export", "--db", str(db)]) == 0
    events = [r for r in map(json.loads, capsys.readouterr().out.splitlines()) if r["kind"] == "event"]
    by_file = {r["file"]: r["story"] for r in events if r["type"] == "SANCTION"}
    assert by_file["101_reuters.txt"] == by_file["102_tass.txt"] == by_file["103_hurriyet.txt"]
    assert by_file["104_aa.txt"] != by_file["101_reuters.txt"]
    assert all(isinstance(r["story"], int) for r in events)


async def test_story_timeline_lists_stories_and_opens_reports_side_by_side(tmp_path):
    from conftest import screen_text, settle

    from tuiex.app.app import ExplorerApp
    from tuiex.app.story_view import ReportsScreen, StoryScreen

    db = build_story_store(tmp_path / "s.db")
    app = ExplorerApp(db)
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(pilot)
        await pilot.press("S")
        await settle(pilot)
        assert isinstance(app.screen, StoryScreen)
        text = screen_text(app)
        assert "9 stories (all)" in text
        line = next(x for x in text.splitlines() if "3 sources" in x)
        assert "SANCTION" in line and "Russia ↔ Turkey" in line and "2018-03-05" in line and "2018-03-20" in line
        await pilot.press("m")                           # several sources only
        await settle(pilot)
        assert "1 stories (several sources only)" in screen_text(app)
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, ReportsScreen)
        text = screen_text(app)
        assert "3 sources" in text
        for outlet in ("Hurriyet", "Reuters", "TASS"):
            assert f"╭─ {outlet} " in text
        await pilot.press("right", "right", "enter")      # the TASS report's passage
        await settle(pilot)
        assert not isinstance(app.screen, (ReportsScreen, StoryScreen))
        assert app.source.selected[0] == "event"
        assert app.reader.item("event", app.source.selected[1]).file == "102_tass.txt"


async def test_story_timeline_of_a_filtered_view(tmp_path):
    from conftest import screen_text, settle

    from tuiex.app.app import ExplorerApp

    db = build_story_store(tmp_path / "s.db")
    app = ExplorerApp(db)
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(pilot)
        app.filter_by_type("SANCTION")
        await settle(pilot)
        await pilot.press("S")
        await settle(pilot)
        text = screen_text(app)
        assert "Stories of type:SANCTION · 2 stories" in text


def test_an_article_telling_the_action_twice_and_events_stored_without_a_story(tmp_path):
    """Headline and body both report the expulsion: one story. Events stored before stories were
    kept (no story_events row) are adopted by the story of a new report that matches them."""
    import sqlite3 as sq

    from storefactory import ArticleBuilder
    arts = expulsion_articles()
    store = Store(tmp_path / "s.db")
    store.write_article(arts[0])
    conn = sq.connect(store.path)
    with conn:
        conn.execute("DELETE FROM story_events")
        conn.execute("DELETE FROM stories")
    conn.close()
    b = ArticleBuilder("105_twice.txt", "Russia expels Turkish diplomats", "Sputnik", "2018-03-05",
                       "Russia expelled four Turkish diplomats on Monday.")
    b.actor("ru", "Russia", "country", "RUS").actor("tr", "Turkey", "country", "TUR")
    b.event("SANCTION", "ru", "tr", "Russia expels Turkish diplomats", "expels", "2018-03-05")
    b.event("SANCTION", "ru", "tr", "Russia expelled four Turkish diplomats", "expelled", "2018-03-05")
    store.write_article(b.build())
    store.close()
    assert _expulsion_stories(store.path) == [["101_reuters.txt", "105_twice.txt", "105_twice.txt"]]


def test_search_stories_limit_zero_lists_all(tmp_path, capsys):
    # "--limit 0 for all", as the output itself advises, must list every story, not none
    db = build_story_store(tmp_path / "s.db")
    assert cli.main(["search", "type:SANCTION", "--stories", "--json", "--limit", "0", "--db", str(db)]) == 0
    out = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [s["sources"] for s in out] == [3, 1]
