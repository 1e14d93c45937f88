"""Ingesting twice adds nothing; a changed file replaces its records; bad files are skipped."""

from __future__ import annotations

import sqlite3

from tuiex.cli import main

TEXT = ("Border Talks Resume\n\nMarch 3, 2021\n\n"
        "Armenia and Azerbaijan held talks in Moscow on Monday.\n\n"
        '"We want peace," Armenian Foreign Minister Ara Petrosyan said.\n')


def counts(db):
    con = sqlite3.connect(db)
    try:
        return {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                for t in ("articles", "sentences", "actors", "events", "quotes", "mentions")}
    finally:
        con.close()


def test_same_file_twice_adds_nothing_and_changed_file_replaces(tmp_path, capsys):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(TEXT, encoding="utf-8")
    db = str(tmp_path / "s.db")
    assert main(["ingest", str(folder), "--db", db, "--quiet"]) == 0
    first = counts(db)
    assert first["articles"] == 1 and first["events"] >= 1 and first["quotes"] == 1
    assert main(["ingest", str(folder), "--db", db, "--quiet"]) == 0
    assert counts(db) == first
    assert "1 unchanged" in capsys.readouterr().out
    (folder / "a.txt").write_text(TEXT.replace("Moscow", "Tbilisi"), encoding="utf-8")
    assert main(["ingest", str(folder), "--db", db, "--quiet"]) == 0
    con = sqlite3.connect(db)
    texts = [t for (t,) in con.execute("SELECT text FROM articles")]
    assert len(texts) == 1 and "Tbilisi" in texts[0]


def test_bad_files_are_reported_and_the_rest_lands(tmp_path, capsys):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text(TEXT, encoding="utf-8")
    (folder / "empty.txt").write_text("", encoding="utf-8")
    (folder / "binary.txt").write_bytes(b"\x00\x01\x02" * 100)
    db = str(tmp_path / "s.db")
    assert main(["ingest", str(folder), "--db", db, "--quiet"]) == 1
    err = capsys.readouterr().err
    assert "empty.txt" in err and "binary.txt" in err
    assert counts(db)["articles"] == 1


def test_a_file_that_is_not_a_store_is_refused(tmp_path, capsys):
    bogus = tmp_path / "notes.db"
    bogus.write_text("hello", encoding="utf-8")
    assert main(["stats", "--db", str(bogus)]) == 2
    assert "not a SQLite database" in capsys.readouterr().err


def test_a_sidecar_added_after_the_ingest_is_read_on_the_next_one(tmp_path, capsys):
    # the ingest report tells the user of an undated article to give its date in a sidecar; the next
    # ingest must read it, not skip the file as unchanged (its own bytes did not change)
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(TEXT.replace("March 3, 2021\n\n", ""), encoding="utf-8")
    db = str(tmp_path / "s.db")
    assert main(["ingest", str(folder), "--db", db, "--quiet"]) == 0
    assert "without a date" in capsys.readouterr().out
    (folder / "a.meta.json").write_text('{"published": "2021-03-03"}', encoding="utf-8")
    assert main(["ingest", str(folder), "--db", db, "--quiet"]) == 0
    assert "1 articles ingested" in capsys.readouterr().out
    con = sqlite3.connect(db)
    assert con.execute("SELECT count(*), max(published) FROM articles").fetchone() == (1, "2021-03-03")
    con.close()
    assert main(["ingest", str(folder), "--db", db, "--quiet"]) == 0     # and then it is unchanged again
    assert "1 unchanged" in capsys.readouterr().out
