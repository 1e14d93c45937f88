"""Regenerate docs/dyad.svg (Textual's SVG screenshot of the dyad view) on a synthetic store of
scripts/make_corpus.py (30,000 events, seed 1), the two actors in most events, by month:

    .venv/bin/python tests/app/make_dyad_screenshot.py
"""

from __future__ import annotations

import asyncio
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(Path(__file__).parent))
sys.path.insert(0, str(ROOT / "scripts"))

import make_corpus  # noqa: E402
from conftest import settle  # noqa: E402
from textual.widgets import DataTable  # noqa: E402
from tuiex.app.app import ExplorerApp  # noqa: E402
from tuiex.store import dyads  # noqa: E402
from tuiex.store.db import open_connection  # noqa: E402


async def main(db: Path, out: Path) -> None:
    conn = open_connection(db, readonly=True)
    a, b = dyads.top_actors(conn, 2)
    names = [conn.execute("SELECT name FROM actors WHERE id = ?", [x]).fetchone()[0] for x in (a, b)]
    conn.close()
    app = ExplorerApp(db)
    async with app.run_test(size=(132, 38)) as pilot:
        await settle(pilot)
        app.open_dyad(a, names[0], b, names[1])
        await settle(pilot, 6)
        table = app.screen.query_one(DataTable)
        table.move_cursor(row=table.row_count - 1)  # the latest months
        await settle(pilot)
        app.save_screenshot(str(out))


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "dyad.db"
        make_corpus.build_store(db, 30_000, seed=1, workers=1)
        asyncio.run(main(db, ROOT / "docs" / "dyad.svg"))
    print("wrote docs/dyad.svg")
