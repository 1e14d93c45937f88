"""The Datasette metadata shipped with tuiex names only tables and columns a store has (issue 14)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tuiex.cli import main
from tuiex.ingest.pipeline import extract
from tuiex.records import SourceDoc
from tuiex.store.datasette import metadata
from tuiex.store.db import Store, connect


@pytest.fixture(scope="module")
def fresh(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("ds") / "fresh.db"
    Store(path).close()
    return path


def columns(path: Path) -> dict[str, set[str]]:
    db = connect(path, readonly=True)
    names = [r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type IN ('table', 'view')")]
    return {name: {r[1] for r in db.execute(f"PRAGMA table_info([{name}])")} for name in names}


def test_every_table_and_column_named_exists_in_a_fresh_store(fresh: Path) -> None:
    have = columns(fresh)
    tables = metadata()["databases"]["events"]["tables"]
    for table, meta in tables.items():
        assert table in have, table
        for column in meta.get("columns", {}):
            assert column in have[table], f"{table}.{column}"
        for key in ("label_column", "fts_pk", "sort", "sort_desc"):
            if key in meta:
                assert meta[key] in have[table], f"{table} {key}: {meta[key]}"
        if "fts_table" in meta:
            assert meta["fts_table"] in have and meta.get("fts_pk", "rowid") in have[table] | {"rowid"}
    # every table a user would browse is described, every column of it labelled
    for table in ("articles", "actors", "aliases", "events", "quotes", "sentences", "mentions", "stories"):
        assert set(tables[table]["columns"]) == have[table] - {"id"}, table


def test_the_full_text_tables_find_their_rows(tmp_path: Path) -> None:
    """What Datasette runs for ?_search= (pk IN the fts_table's MATCH rowids) finds events and quotes."""
    path = tmp_path / "s.db"
    store = Store(path)
    try:
        doc = SourceDoc(path="/news/a.txt", file="a.txt", content_hash="a", published="2019-03-02",
                        published_how="test",
                        raw="Estonia expels envoy\n\nTALLINN - Estonia expelled a Belarusian diplomat on "
                            "Friday. \"We will not tolerate spying,\" Estonian Prime Minister Mari Tamm said.")
        store.write_article(extract(doc))
    finally:
        store.close()
    db = connect(path, readonly=True)
    tables = metadata()["databases"]["events"]["tables"]
    for table, word in (("events", "expelled"), ("quotes", "spying"), ("articles", "Belarusian")):
        meta = tables[table]
        sql = (f"SELECT count(*) FROM {table} WHERE {meta['fts_pk']} IN "
               f"(SELECT rowid FROM {meta['fts_table']} WHERE {meta['fts_table']} MATCH ?)")
        assert db.execute(sql, [word]).fetchone()[0] >= 1, table
        assert db.execute(sql, ["Kyrgyzstan"]).fetchone()[0] == 0, table


def test_the_command_names_the_database_as_datasette_does(fresh: Path, capsys) -> None:
    assert main(["datasette-metadata", "--db", str(fresh)]) == 0
    printed = json.loads(capsys.readouterr().out)
    assert list(printed["databases"]) == ["fresh"]
    assert printed["databases"]["fresh"] == metadata()["databases"]["events"]


def test_the_command_refuses_a_missing_store(tmp_path: Path, capsys) -> None:
    missing = tmp_path / "nope.db"
    assert main(["datasette-metadata", "--db", str(missing)]) == 2
    assert "no store at" in capsys.readouterr().err
    assert not missing.exists()
