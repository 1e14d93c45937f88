"""Regenerate docs/screenshot.svg (Textual's SVG screenshot of the explorer on data/events.db):

    .venv/bin/python tests/app/make_screenshot.py
"""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(Path(__file__).parent))

from conftest import settle  # noqa: E402
from tuiex.app.app import ExplorerApp  # noqa: E402


async def main(db: Path, out: Path) -> None:
    app = ExplorerApp(db)
    app.preview_delay = 0.01
    async with app.run_test(size=(132, 38)) as pilot:
        await settle(pilot)
        await pilot.press("t")                      # quotes too
        await settle(pilot)
        app.goto_date("2016-07-01")
        await settle(pilot)
        timeline = app.timeline
        for _ in range(60):                         # an event with a person on both sides
            item = timeline.current_item
            if item and item.kind == "event" and item.source and item.target and \
                    item.type == "CONSULT":
                break
            await pilot.press("j")
            await settle(pilot, 1)
        await pilot.press("enter")                  # its passage, highlighted
        await settle(pilot, 4)
        await pilot.press("shift+tab")              # back on the timeline
        await settle(pilot, 4)
        app.save_screenshot(str(out))


if __name__ == "__main__":
    asyncio.run(main(ROOT / "data" / "events.db", ROOT / "docs" / "screenshot.svg"))
    print("wrote docs/screenshot.svg")
