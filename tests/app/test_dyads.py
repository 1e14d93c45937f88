"""Dyad trends (issue 16): quad-class counts per period, `tuiex dyad`, the dyad view."""

from __future__ import annotations

import csv
import io
import json

import pytest
from conftest import screen_text, settle
from storycorpus import build_story_store

from tuiex import cli
from tuiex.app.app import ExplorerApp
from tuiex.app.dyad_view import DyadScreen
from tuiex.store import dyads
from tuiex.store.db import open_connection
from tuiex.store.search import PLOVER_TYPES


@pytest.fixture(scope="module")
def story_db(tmp_path_factory):
    return build_story_store(tmp_path_factory.mktemp("stories") / "s.db")


def test_every_plover_type_has_one_quad_class():
    assert set(dyads.QUAD_OF) == set(PLOVER_TYPES)
    assert dyads.QUAD_OF["SANCTION"] == "material conflict" and dyads.QUAD_OF["AGREE"] == "verbal cooperation"


def test_quad_classes_follow_the_plover_manual():
    """The manual's "Quad category" of each event type (see the dyads module docstring)."""
    manual = {"verbal cooperation": {"AGREE", "CONSULT", "SUPPORT", "CONCEDE"},
              "material cooperation": {"COOPERATE", "AID", "RETREAT"},
              "verbal conflict": {"REQUEST", "ACCUSE", "REJECT", "THREATEN"},
              "material conflict": {"PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}}
    assert {q: {t for t, c in dyads.QUAD_OF.items() if c == q} for q in dyads.QUADS} == manual


def test_monthly_trend_of_two_actors_counts_both_directions(story_db):
    conn = open_connection(story_db, readonly=True)
    t = dyads.trend(conn, 1, 2, "month")             # Russia, Turkey
    assert [p.label for p in t.periods] == ["2018-01", "2018-02", "2018-03", "2018-04", "2018-05", "2018-06"]
    march = t.periods[2]
    assert march.counts["material conflict"] == 3 and march.total == 3   # the month-only report counts
    assert t.periods[3].counts["material conflict"] == 1                 # Turkey -> Russia, April
    assert t.by_type["SANCTION"] == 4 and t.total == 10
    assert t.by_quad == {"verbal cooperation": 2, "material cooperation": 2, "verbal conflict": 2,
                         "material conflict": 4}
    # one actor with everyone: Russia's bombing of Syria is in too
    everyone = dyads.trend(conn, 1, None, "month")
    assert everyone.total == 11 and everyone.by_type["ASSAULT"] == 1


def test_weekly_trend_leaves_coarse_dates_out_but_counted(story_db):
    conn = open_connection(story_db, readonly=True)
    t = dyads.trend(conn, 1, 2, "week")
    assert t.imprecise == 1 and t.undated == 0               # "2018-03" has no week
    assert sum(p.total for p in t.periods) == t.total - 1
    assert t.periods[0].label == "2018-W03" and t.periods[0].start == "2018-01-15"
    from datetime import date, timedelta
    assert all(date.fromisoformat(p.end) - date.fromisoformat(p.start) == timedelta(days=7) for p in t.periods)


def test_cli_dyad_csv_and_json(story_db, capsys):
    assert cli.main(["dyad", "Russia", "Turkey", "--by", "month", "--format", "csv", "--db", str(story_db)]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert rows[2]["period"] == "2018-03" and rows[2]["material_conflict"] == "3"
    assert cli.main(["dyad", "russia", "turkey", "--format", "json", "--db", str(story_db)]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["actors"] == ["Russia", "Turkey"] and out["by_type"]["SANCTION"] == 4
    assert cli.main(["dyad", "Nobody Atall", "--db", str(story_db)]) == 2


async def test_dyad_view_from_the_actor_pane_and_a_period_lists_its_events(story_db):
    app = ExplorerApp(story_db)
    app.preview_delay = 0.01
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        await pilot.press("a")                       # Russia, in the actor pane
        await settle(pilot)
        assert app.actor.detail.name == "Russia"
        for _ in range(20):                          # "with Turkey": the counterpart under the cursor
            opt = app.actor.get_option_at_index(app.actor.highlighted)
            if (opt.id or "") == "actor:2":
                break
            await pilot.press("j")
        await pilot.press("d")
        await settle(pilot)
        assert isinstance(app.screen, DyadScreen)
        text = screen_text(app)
        assert "Russia – Turkey · by month · 10 events" in text
        assert "material conflict       4" in text and "SANCTION" in text
        await pilot.press("down", "down", "enter")   # March
        await settle(pilot)
        assert not isinstance(app.screen, DyadScreen)
        view = app.timeline.view
        assert (view.date_lo, view.date_hi, view.actors) == ("2018-03", "2018-04", ((1,), (2,)))
        assert app.timeline.rows == 3


async def test_dyad_view_from_the_palette_and_weeks(story_db):
    app = ExplorerApp(story_db)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+p")
        await settle(pilot)
        await pilot.press(*"dyad russia turkey")
        for _ in range(40):
            await pilot.pause(0.05)
            if "dyad: Russia – Turkey" in screen_text(app):
                break
        assert "dyad: Russia – Turkey" in screen_text(app)
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, DyadScreen)
        await pilot.press("w")
        await settle(pilot)
        assert "by week" in screen_text(app) and "2018-W10" in screen_text(app)
        await pilot.press("escape")
        await settle(pilot)
        assert not isinstance(app.screen, DyadScreen)


@pytest.mark.parametrize(("query", "expect"), [
    ("dyad: Russia – Turkey", "dyad: Russia – Turkey"),
    ("dyad russia turkey", "dyad: Russia – Turkey"),
    ("trend turkey and russia", "dyad: Turkey – Russia"),
    ("dyad lavrov", "dyad: Sergei Lavrov – everyone"),
    ("dyad sergei lavrov", "dyad: Sergei Lavrov – everyone"),
])
def test_palette_dyad_queries(story_db, query, expect):
    from types import SimpleNamespace

    from tuiex.app.dyad_view import dyad_hits
    from tuiex.store.reader import Reader

    app = SimpleNamespace(reader=Reader(story_db), open_dyad=lambda *a: None)
    try:
        assert expect in [text for text, _, _ in dyad_hits(app, query)]
        assert dyad_hits(app, "russia turkey") == []           # only asked for with "dyad"
    finally:
        app.reader.close()
