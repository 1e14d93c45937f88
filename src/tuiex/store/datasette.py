"""Metadata for browsing a store in Datasette: table and column labels, the full-text tables, label columns.

The file `tuiex/data/datasette-metadata.json` is written for the shipped store (`data/events.db`, which
Datasette names "events"); `metadata(name)` gives it for a store of any file name. Keys follow Datasette's
metadata documentation (`title`, `description`, per table `columns`, `label_column`, `fts_table`,
`fts_pk`, `sort`/`sort_desc`, `hidden`). Events and quotes are searched through `items_fts`, an FTS5
index whose rowid is their timeline key (`tkey`, see search_index.py), hence `fts_pk: tkey`; its text
is search-folded (ı is i), as `tuiex search` folds a query.
"""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path

SHIPPED_NAME = "events"


def metadata(name: str = SHIPPED_NAME) -> dict:
    """The metadata as a dict, its one database entry named `name` (Datasette's name for a database:
    the file name without its extension)."""
    text = resources.files("tuiex").joinpath("data/datasette-metadata.json").read_text(encoding="utf-8")
    meta = json.loads(text)
    meta["databases"] = {name: meta["databases"][SHIPPED_NAME]}
    return meta


def database_name(path: str | Path) -> str:
    """Datasette's name for the database file at `path`: its name without the extension."""
    return Path(path).stem
