"""Snapshots of issue 16's views (pytest-textual-snapshot) on the story corpus: the dyad view,
the story timeline, a story's reports side by side, and a quote's variants. Regenerate after an
intended change with `pytest tests/app/test_snapshots_views.py --snapshot-update` and review."""

from __future__ import annotations

import pytest
from conftest import settle
from storycorpus import build_story_store

from tuiex.app.app import ExplorerApp


@pytest.fixture(scope="module")
def story_db(tmp_path_factory):
    return build_story_store(tmp_path_factory.mktemp("snap") / "s.db")


def run(*steps):
    async def run_before(pilot):
        pilot.app.preview_delay = pilot.app.search_delay = 0.01
        await settle(pilot)
        for step in steps:
            if callable(step):
                step(pilot.app)
            else:
                await pilot.press(step)
            await settle(pilot, 2)
        pilot.app.clear_notifications()       # toasts ("Quotes shown") time out: not in a snapshot
        await settle(pilot, 4)
    return run_before


def _to_tass_quote(app):
    app.open_item("quote", 2, reveal=True)


@pytest.mark.parametrize("name, size, steps", [
    ("dyad_view_120x32", (120, 32), (lambda app: app.open_dyad(1, "Russia", 2, "Turkey"),)),
    ("dyad_view_weeks_100x30", (100, 30), (lambda app: app.open_dyad(1, "Russia", 2, "Turkey"), "w")),
    ("story_timeline_120x24", (120, 24), ("S",)),
    ("story_reports_120x24", (120, 24), ("S", "m", "enter")),
    ("quote_variants_120x24", (120, 24), ("t", _to_tass_quote, "v")),
])
def test_views(snap_compare, story_db, name, size, steps):
    assert snap_compare(ExplorerApp(story_db), terminal_size=size, run_before=run(*steps))
