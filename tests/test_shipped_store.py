"""The shipped sample store must be what the code produces from the sample corpus today."""

from __future__ import annotations

import json
import os
from pathlib import Path

from tuiex.batch import ingest
from tuiex.store.db import connect
from tuiex.store.exchange import records
from tuiex.store.schema import SCHEMA_VERSION

ROOT = Path(__file__).resolve().parent.parent
SHIPPED = ROOT / "data" / "events.db"


def _records(db_path: Path) -> list[str]:
    db = connect(db_path, readonly=True)
    try:
        return sorted(json.dumps(r, sort_keys=True) for r in records(db))
    finally:
        db.close()


def test_shipped_store_has_current_schema():
    db = connect(SHIPPED, readonly=True)
    version = db.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()[0]
    assert int(version) == SCHEMA_VERSION, "data/events.db is stale: rebuild it (see README, 'Rebuilding the sample store')"


def test_shipped_store_matches_a_fresh_ingest(tmp_path, monkeypatch):
    monkeypatch.chdir(ROOT)  # stored paths are relative to the checkout
    fresh = tmp_path / "fresh.db"
    summary = ingest(["data/articles"], str(fresh))
    assert not summary.skipped
    assert _records(fresh) == _records(SHIPPED), (
        "data/events.db is stale: rm data/events.db && tuiex ingest data/articles"
    )
    db = connect(SHIPPED, readonly=True)
    paths = [p for (p,) in db.execute("SELECT path FROM articles")]
    assert all(not os.path.isabs(p) for p in paths)
