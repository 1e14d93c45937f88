"""Snapshots of the main screens (pytest-textual-snapshot). Regenerate after an intended change
with `pytest tests/app/test_snapshots.py --snapshot-update` and review the SVGs."""

from __future__ import annotations

import pytest

from conftest import settle
from tuiex.app.app import ExplorerApp


def keys(*presses, pause=0.0):
    async def run_before(pilot):
        pilot.app.preview_delay = pilot.app.search_delay = 0.01
        await settle(pilot)
        for key in presses:
            await pilot.press(key)
            await settle(pilot, 2)
        if pause:
            await pilot.pause(pause)
        await settle(pilot, 4)
    return run_before


@pytest.mark.parametrize("name, size, presses", [
    ("timeline_80x24", (80, 24), ()),
    ("timeline_wide_140x40", (140, 40), ()),
    ("event_opened_80x24", (80, 24), ("j", "enter")),
    ("actor_detail_wide", (140, 40), ("j", "j", "j", "j", "j", "a")),
    ("quotes_shown_100x30", (100, 30), ("t", "j")),
    ("search_as_you_type", (100, 30), ("slash", "l", "a", "v", "r")),
    ("search_error", (80, 24), ("slash", "quotation_mark", "a", "i", "r")),
    ("help", (100, 36), ("question_mark",)),
    ("maximised_source", (80, 24), ("G", "enter", "z")),
    ("rows_and_detail_120x40", (120, 40), ("t", "j")),
    ("rows_narrow_56x24", (56, 24), ("j", "j")),
    ("frequency_by_actor", (100, 30), ("F", "2")),
    ("stacked_filter", (100, 30), ("a", "f", "slash", "r", "u", "s", "s", "i", "a", "enter")),
    ("find_mode", (100, 30), ("ctrl+f", "s", "o", "c", "h", "i", "enter", "n")),
])
def test_screens(snap_compare, sample_db, name, size, presses):
    assert snap_compare(ExplorerApp(sample_db), terminal_size=size, run_before=keys(*presses))
