"""End to end through `tuiex.cli.main`: ingest, export, stats, bad input, bad stores, transactions.

Runs in-process with the real spaCy pipeline on short hand-written articles."""

from __future__ import annotations

import csv
import json
import sqlite3
from pathlib import Path

import pytest
import sqlite_utils

from tuiex.cli import main
from tuiex.store.db import Store

EXPEL = """\
Germany expels Russian envoy over cyber attack

March 3, 2021

Germany expelled Russia's ambassador on Monday after a cyber attack on the parliament in Berlin.

"We will not back down," Foreign Minister Jane Doe said.

Russia condemned the decision and promised a response. Officials in Moscow said the talks would resume later.
"""

# EXPEL edited: another headline and a different first event.
EXPEL_EDITED = EXPEL.replace(
    "Germany expels Russian envoy over cyber attack", "Germany rebukes Poland over border row"
).replace(
    "Germany expelled Russia's ambassador on Monday after a cyber attack on the parliament in Berlin.",
    "Germany criticized Poland's government on Tuesday over new checks at the border near Frankfurt an der Oder.",
)

PACT = """\
France and Italy sign new migration pact

June 14, 2019

France signed a migration agreement with Italy on Friday in Rome.

"This is a good day for Europe," Prime Minister Marco Bianchi told reporters.

Spain criticized the deal. The two governments will meet again in September.
"""

# Windows-1252: curly quotes (0x93/0x94) and accented letters, not valid UTF-8.
CP1252 = (
    "Chile recalls envoy from Peru\n\nMay 5, 2018\n\n"
    "Chile recalled its ambassador from Peru on Tuesday, the foreign ministry in Santiago said.\n\n"
    "\u201cWe are deeply disappointed,\u201d Foreign Minister Jos\u00e9 Mu\u00f1oz said.\n"
).encode("cp1252")

JSONL_GOOD = json.dumps({
    "title": "Japan protests to China",
    "date": "2020-01-10",
    "text": 'Japan protested to China on Friday over ships near the islands. '
            '"This is unacceptable," Foreign Minister Taro Yamada said.',
})

TABLES = ("articles", "sentences", "mentions", "actors", "aliases", "events", "quotes")


# --- helpers -------------------------------------------------------------------------------------


def run(capsys, *argv: str) -> tuple[int, str, str]:
    capsys.readouterr()             # drop anything printed before
    rc = main(list(argv))
    out, err = capsys.readouterr()
    return rc, out, err


def counts(db: Path) -> dict[str, int]:
    with sqlite3.connect(db) as conn:
        return {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}


def export(capsys, db: Path) -> list[dict]:
    rc, out, err = run(capsys, "export", "--db", str(db))
    assert rc == 0, err
    return [json.loads(line) for line in out.splitlines()]


def of_kind(records: list[dict], kind: str, file: str | None = None) -> list[dict]:
    return [r for r in records if r["kind"] == kind and (file is None or r.get("file") == file)]


def assert_whole(db: Path) -> None:
    """No row points at an article, sentence or actor that is not there; no actor is unreferenced."""
    with sqlite3.connect(db) as conn:
        q = conn.execute
        for table in ("sentences", "mentions", "events", "quotes"):
            orphans = q(f"SELECT count(*) FROM {table} WHERE article_id NOT IN (SELECT id FROM articles)").fetchone()[0]
            assert orphans == 0, f"{orphans} {table} rows of an article that is not in articles"
        for table in ("mentions", "events", "quotes"):
            orphans = q(f"SELECT count(*) FROM {table} WHERE sentence_id NOT IN (SELECT id FROM sentences)").fetchone()[0]
            assert orphans == 0, f"{orphans} {table} rows of a missing sentence"
        unused = q("""SELECT name FROM actors WHERE id NOT IN (SELECT actor_id FROM mentions)
                      AND id NOT IN (SELECT source_id FROM events WHERE source_id IS NOT NULL)
                      AND id NOT IN (SELECT target_id FROM events WHERE target_id IS NOT NULL)
                      AND id NOT IN (SELECT speaker_id FROM quotes WHERE speaker_id IS NOT NULL)""").fetchall()
        assert unused == [], f"actors nothing refers to: {unused}"
        # each article with sentences has them all, numbered from 0 without gaps
        for article_id, n, top in q("SELECT article_id, count(*), max(idx) FROM sentences GROUP BY article_id"):
            assert top == n - 1, f"article {article_id}: sentences 0..{top} but {n} rows"


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "expel.txt").write_text(EXPEL, encoding="utf-8")
    (folder / "pact.txt").write_text(PACT, encoding="utf-8")
    return folder


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "store.db"


@pytest.fixture
def ingested(capsys, corpus: Path, db: Path) -> Path:
    rc, out, err = run(capsys, "ingest", str(corpus), "--db", str(db))
    assert rc == 0, err
    return db


# --- (a) ingest, then export -----------------------------------------------------------------------


def test_ingest_then_export_jsonl(capsys, corpus: Path, db: Path):
    rc, out, err = run(capsys, "ingest", str(corpus), "--db", str(db))
    assert rc == 0, err
    assert out.startswith("2 articles ingested (0 unchanged)")
    assert err == ""

    records = export(capsys, db)
    articles = {r["file"]: r for r in of_kind(records, "article")}
    assert set(articles) == {"expel.txt", "pact.txt"}
    assert articles["expel.txt"]["title"] == "Germany expels Russian envoy over cyber attack"
    assert articles["expel.txt"]["published"] == "2021-03-03"
    assert articles["pact.txt"]["title"] == "France and Italy sign new migration pact"
    assert articles["pact.txt"]["published"] == "2019-06-14"

    quotes = of_kind(records, "quote", "expel.txt")
    assert any(q["speaker"] == "Jane Doe" and q["text"] == "We will not back down" and q["direct"]
               for q in quotes), quotes
    assert any(q["speaker"] == "Marco Bianchi" and "good day for Europe" in q["text"]
               for q in of_kind(records, "quote", "pact.txt"))

    events = of_kind(records, "event", "expel.txt")
    expelled = [e for e in events if e["trigger"] == "expelled"]
    assert expelled, events
    assert (expelled[0]["source"], expelled[0]["target"]) == ("Germany", "Russia")
    assert expelled[0]["date"] == "2021-03-01"          # the Monday before Wednesday March 3, 2021
    assert "Germany expelled Russia's ambassador" in expelled[0]["sentence"]
    assert of_kind(records, "event", "pact.txt")

    names = {r["name"] for r in of_kind(records, "actor")}
    assert {"Germany", "Russia", "France", "Italy", "Jane Doe", "Marco Bianchi"} <= names


def test_export_jsonl_to_file(capsys, ingested: Path, tmp_path: Path):
    out_file = tmp_path / "out.jsonl"
    rc, out, err = run(capsys, "export", "--db", str(ingested), "--out", str(out_file))
    assert rc == 0, err
    assert out == ""
    lines = [json.loads(line) for line in out_file.read_text(encoding="utf-8").splitlines()]
    assert lines == export(capsys, ingested)


# --- (b) idempotence and replacement ---------------------------------------------------------------


def test_ingest_twice_adds_nothing(capsys, corpus: Path, ingested: Path):
    before = counts(ingested)
    assert before["articles"] == 2 and before["events"] > 0 and before["quotes"] > 0 and before["actors"] > 0
    rc, out, err = run(capsys, "ingest", str(corpus), "--db", str(ingested))
    assert rc == 0, err
    assert out.startswith("0 articles ingested (2 unchanged), 0 events, 0 quotes")
    assert f"the store holds {before['actors']} actors" in out
    assert counts(ingested) == before


def test_changed_file_replaces_its_records(capsys, corpus: Path, ingested: Path):
    before = export(capsys, ingested)
    (corpus / "expel.txt").write_text(EXPEL_EDITED, encoding="utf-8")
    rc, out, err = run(capsys, "ingest", str(corpus), "--db", str(ingested))
    assert rc == 0, err
    assert out.startswith("1 articles ingested (1 unchanged)")

    with sqlite3.connect(ingested) as conn:
        rows = conn.execute("SELECT title, text FROM articles WHERE file = 'expel.txt'").fetchall()
    assert len(rows) == 1
    assert rows[0][0] == "Germany rebukes Poland over border row"
    assert "criticized Poland's government" in rows[0][1] and "expelled" not in rows[0][1]

    after = export(capsys, ingested)
    events = of_kind(after, "event", "expel.txt")
    assert not [e for e in events if e["trigger"] == "expelled"], events
    assert any(e["trigger"] == "criticized" and e["source"] == "Germany" and e["target"] == "Poland"
               for e in events), events
    # the other article is untouched
    assert of_kind(after, "event", "pact.txt") == of_kind(before, "event", "pact.txt")
    assert of_kind(after, "quote", "pact.txt") == of_kind(before, "quote", "pact.txt")
    assert_whole(ingested)


# --- (c) bad input in a batch ----------------------------------------------------------------------


def test_bad_files_are_skipped_and_reported(capsys, tmp_path: Path, db: Path):
    folder = tmp_path / "batch"
    folder.mkdir()
    (folder / "expel.txt").write_text(EXPEL, encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "blob.txt").write_bytes(bytes(range(256)) * 8)
    (folder / "windows.txt").write_bytes(CP1252)
    (folder / "feed.jsonl").write_text(JSONL_GOOD + '\n{"title": "broken\n', encoding="utf-8")

    rc, out, err = run(capsys, "ingest", str(folder), "--db", str(db))
    assert rc == 1
    assert out.startswith("3 articles ingested (0 unchanged)")
    skipped = [line for line in err.splitlines() if line.startswith("skipped ")]
    assert len(skipped) == 3, err
    assert f"skipped {folder / 'empty.txt'}: empty file" in skipped
    assert any(line.startswith(f"skipped {folder / 'blob.txt'}: ") and "binary" in line for line in skipped), err
    assert any(line.startswith(f"skipped {folder / 'feed.jsonl'}:2: ") and "not valid JSON" in line
               for line in skipped), err
    assert "3 skipped" in err
    assert "windows.txt" not in err
    assert "Traceback" not in err

    records = export(capsys, db)
    assert {r["file"] for r in of_kind(records, "article")} == {"expel.txt", "windows.txt", "feed.jsonl#1"}
    # the cp1252 file decoded: its accents and curly quotes came through
    windows = of_kind(records, "article", "windows.txt")[0]
    assert windows["title"] == "Chile recalls envoy from Peru" and windows["published"] == "2018-05-05"
    assert any(q["speaker"] == "José Muñoz" and q["text"] == "We are deeply disappointed"
               for q in of_kind(records, "quote", "windows.txt")), of_kind(records, "quote")
    assert any(q["speaker"] == "Taro Yamada" for q in of_kind(records, "quote", "feed.jsonl#1"))
    assert any(e["source"] == "Japan" and e["target"] == "China" for e in of_kind(records, "event", "feed.jsonl#1"))
    assert_whole(db)


# --- (d) stats, (e) csv export ---------------------------------------------------------------------


def test_stats_prints_counts(capsys, ingested: Path):
    c = counts(ingested)
    rc, out, err = run(capsys, "stats", "--db", str(ingested))
    assert rc == 0, err
    fields = dict(line.split(None, 1) for line in out.splitlines() if line and not line.startswith(" "))
    assert fields["store"] == str(ingested)
    for key in ("articles", "sentences", "actors", "events", "quotes"):
        assert int(fields[key].replace(",", "")) == c[key], (key, out)
    assert fields["dates"].startswith("2019-06-14 .. 2021-03-03")  # the lead quote: the published day
    assert "SANCTION" in out


def test_export_csv(capsys, ingested: Path, tmp_path: Path):
    out_dir = tmp_path / "csv"
    rc, out, err = run(capsys, "export", "--db", str(ingested), "--format", "csv", "--out", str(out_dir))
    assert rc == 0, err
    names = {"articles.csv", "actors.csv", "events.csv", "quotes.csv"}
    assert {Path(line).name for line in out.splitlines()} == names
    assert {p.name for p in out_dir.iterdir()} == names

    def rows(name: str) -> list[dict]:
        with (out_dir / name).open(newline="", encoding="utf-8") as f:
            return list(csv.DictReader(f))

    c = counts(ingested)
    articles = rows("articles.csv")
    assert {a["file"]: a["published"] for a in articles} == {"expel.txt": "2021-03-03", "pact.txt": "2019-06-14"}
    assert len(rows("events.csv")) == c["events"]
    assert len(rows("quotes.csv")) == c["quotes"]
    assert len(rows("actors.csv")) == c["actors"]
    assert any(q["speaker"] == "Jane Doe" for q in rows("quotes.csv"))


# --- (f) files that are not tuiex stores -----------------------------------------------------------


COMMANDS = [
    ("ingest", "{corpus}", "--db", "{db}"),
    ("stats", "--db", "{db}"),
    ("export", "--db", "{db}"),
    ("search", "germany", "--db", "{db}"),
    ("explore", "{db}"),
]


@pytest.mark.parametrize("argv", COMMANDS, ids=[c[0] for c in COMMANDS])
def test_not_sqlite_store(capsys, corpus: Path, tmp_path: Path, argv):
    db = tmp_path / "notes.db"
    db.write_text("these are my notes, not a database\n", encoding="utf-8")
    rc, out, err = run(capsys, *(a.format(corpus=corpus, db=db) for a in argv))
    assert rc == 2
    assert err == f"tuiex: {db} is not a SQLite database, so not a tuiex store\n"
    assert db.read_text(encoding="utf-8") == "these are my notes, not a database\n"


@pytest.mark.parametrize("argv", COMMANDS, ids=[c[0] for c in COMMANDS])
def test_foreign_sqlite_store(capsys, corpus: Path, tmp_path: Path, argv):
    db = tmp_path / "other.db"
    foreign = sqlite_utils.Database(db)
    foreign["recipes"].insert({"name": "soup"})
    foreign.close()
    rc, out, err = run(capsys, *(a.format(corpus=corpus, db=db) for a in argv))
    assert rc == 2
    assert "is a SQLite database but not a tuiex store" in err and str(db) in err
    assert "Traceback" not in err
    assert sqlite_utils.Database(db).table_names() == ["recipes"]


# --- (g) --published -------------------------------------------------------------------------------


def test_published_overrides_every_article(capsys, corpus: Path, db: Path):
    rc, out, err = run(capsys, "ingest", str(corpus), "--db", str(db), "--published", "2016-07")
    assert rc == 0, err
    articles = of_kind(export(capsys, db), "article")
    assert len(articles) == 2
    assert {a["published"] for a in articles} == {"2016-07"}
    with sqlite3.connect(db) as conn:
        assert set(conn.execute("SELECT published_precision, published_how FROM articles")) == {("month", "command line")}


def test_bad_published_is_a_usage_error(capsys, corpus: Path, ingested: Path):
    before = counts(ingested)
    rc, out, err = run(capsys, "ingest", str(corpus), "--db", str(ingested), "--published", "nonsense")
    assert rc == 2
    assert "--published" in err and "'nonsense'" in err
    assert "Traceback" not in err
    assert out == ""
    assert counts(ingested) == before


def test_bad_published_creates_no_store(capsys, corpus: Path, db: Path):
    rc, out, err = run(capsys, "ingest", str(corpus), "--db", str(db), "--published", "nonsense")
    assert rc == 2
    assert not db.exists()


# --- (h) transactions ------------------------------------------------------------------------------


def fail_on_quotes_insert(monkeypatch, call: int) -> None:
    """The `call`-th article written raises mid-article: its rows, quotes included, are in, its
    stories and index entries not yet."""
    from tuiex.store import stories

    original = stories.assign
    calls = {"n": 0}

    def assign(conn, article_id):
        calls["n"] += 1
        if calls["n"] == call:
            raise RuntimeError("disk on fire")
        return original(conn, article_id)

    monkeypatch.setattr(stories, "assign", assign)


def test_failed_write_leaves_whole_articles(capsys, monkeypatch, corpus: Path, db: Path):
    fail_on_quotes_insert(monkeypatch, call=2)          # expel.txt lands, pact.txt fails mid-write
    with pytest.raises(RuntimeError, match="disk on fire"):
        main(["ingest", str(corpus), "--db", str(db)])

    with sqlite3.connect(db) as conn:
        assert [r[0] for r in conn.execute("SELECT file FROM articles")] == ["expel.txt"]
        names = {r[0] for r in conn.execute("SELECT name FROM actors")}
        aliases = {r[0] for r in conn.execute("SELECT alias FROM aliases")}
    c = counts(db)
    assert c["sentences"] > 0 and c["events"] > 0 and c["quotes"] > 0      # expel.txt is whole
    assert "Marco Bianchi" not in names and "Bianchi" not in aliases       # pact.txt's actors rolled back
    assert not {"France", "Italy", "Spain"} & names
    assert_whole(db)

    monkeypatch.undo()                                  # the next run completes the batch
    rc, out, err = run(capsys, "ingest", str(corpus), "--db", str(db))
    assert rc == 0, err
    assert out.startswith("1 articles ingested (1 unchanged)")
    assert {r["file"] for r in of_kind(export(capsys, db), "article")} == {"expel.txt", "pact.txt"}
    assert_whole(db)


def test_failed_rewrite_keeps_the_old_version(capsys, monkeypatch, corpus: Path, ingested: Path):
    before_counts, before = counts(ingested), export(capsys, ingested)
    (corpus / "expel.txt").write_text(EXPEL_EDITED, encoding="utf-8")
    fail_on_quotes_insert(monkeypatch, call=1)          # the rewrite of expel.txt fails after deleting the old
    with pytest.raises(RuntimeError, match="disk on fire"):
        main(["ingest", str(corpus), "--db", str(ingested)])
    monkeypatch.undo()
    assert counts(ingested) == before_counts
    assert export(capsys, ingested) == before
    assert_whole(ingested)


def test_store_write_article_is_atomic(tmp_path: Path, monkeypatch):
    """The same through the Store API: a write that fails after the article row leaves nothing."""
    from tuiex.ingest.pipeline import extract
    from tuiex.records import SourceDoc

    article = extract(SourceDoc(path=str(tmp_path / "pact.txt"), file="pact.txt", raw=PACT, content_hash="x"))
    store = Store(tmp_path / "s.db")
    try:
        fail_on_quotes_insert(monkeypatch, call=1)
        with pytest.raises(RuntimeError):
            store.write_article(article)
        monkeypatch.undo()
        assert counts(tmp_path / "s.db") == dict.fromkeys(TABLES, 0)
        store.write_article(article)
        assert counts(tmp_path / "s.db")["articles"] == 1
    finally:
        store.close()


# --- (f) copies, missing folders, an empty batch ------------------------------------------------------


def test_the_same_text_under_another_path_is_a_duplicate_not_a_second_source(capsys, corpus: Path, ingested: Path,
                                                                              tmp_path: Path):
    """A copy of a stored article (here with other line endings and a trailing blank line: the same
    cleaned text) is reported and skipped, so its events never count as a second report."""
    copies = tmp_path / "mirror"
    copies.mkdir()
    (copies / "expel-copy.txt").write_bytes(EXPEL.replace("\n", "\r\n").encode("utf-8") + b"\r\n\r\n")
    before = counts(ingested)
    for _ in range(2):                      # and again: still skipped, still nothing written
        rc, out, err = run(capsys, "ingest", str(copies), str(corpus), "--db", str(ingested))
        assert rc == 0, err
        assert out.startswith("0 articles ingested (2 unchanged, 1 duplicate skipped)"), out
        assert (f"skipped {copies / 'expel-copy.txt'}: same text as {corpus / 'expel.txt'} already in the store"
                in err.splitlines()), err
        assert counts(ingested) == before
    with sqlite3.connect(ingested) as conn:
        assert conn.execute("SELECT count(*) FROM story_events").fetchone()[0] == before["events"]


def test_two_copies_in_one_new_batch_store_one(capsys, tmp_path: Path, db: Path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(EXPEL, encoding="utf-8")
    (folder / "b.txt").write_text(EXPEL + "\n\n", encoding="utf-8")
    rc, out, err = run(capsys, "ingest", str(folder), "--db", str(db))
    assert rc == 0, err
    assert out.startswith("1 articles ingested (0 unchanged, 1 duplicate skipped)")
    assert f"skipped {folder / 'b.txt'}: same text as {folder / 'a.txt'} already in the store" in err
    assert counts(db)["articles"] == 1


def test_a_file_edited_into_a_copy_of_another_loses_its_old_version(capsys, corpus: Path, ingested: Path):
    (corpus / "pact.txt").write_text(EXPEL, encoding="utf-8")
    rc, out, err = run(capsys, "ingest", str(corpus), "--db", str(ingested))
    assert rc == 0, err
    assert "1 duplicate skipped" in out
    with sqlite3.connect(ingested) as conn:
        assert [r[0] for r in conn.execute("SELECT file FROM articles")] == ["expel.txt"]
    assert_whole(ingested)


@pytest.mark.parametrize("argv", [["ingest", "{corpus}", "--db", "{db}"], ["stats", "--db", "{db}"],
                                  ["search", "russia", "--db", "{db}"], ["export", "--db", "{db}"],
                                  ["dyad", "Russia", "--db", "{db}"], ["datasette-metadata", "--db", "{db}"],
                                  ["explore", "{db}"]])
def test_a_store_in_a_missing_folder_is_refused_naming_the_folder(capsys, monkeypatch, corpus: Path, tmp_path: Path,
                                                                  argv):
    import tuiex.app

    monkeypatch.setattr(tuiex.app, "run", lambda *a, **k: pytest.fail("the explorer opened"))
    db = tmp_path / "no" / "such" / "x.db"
    rc, out, err = run(capsys, *[a.format(corpus=corpus, db=db) for a in argv])
    assert rc == 2 and out == ""
    assert f"no folder {tmp_path / 'no' / 'such'}" in err and len(err.strip().splitlines()) == 1, err
    assert not (tmp_path / "no").exists()


def test_export_into_a_missing_folder_is_refused(capsys, ingested: Path, tmp_path: Path):
    rc, out, err = run(capsys, "export", "--db", str(ingested), "--out", str(tmp_path / "gone" / "x.jsonl"))
    assert rc == 2 and f"no folder {tmp_path / 'gone'}" in err
    rc, out, err = run(capsys, "export", "--db", str(ingested), "--format", "csv",
                       "--out", str(tmp_path / "gone" / "csv"))
    assert rc == 2 and f"no folder {tmp_path / 'gone'}" in err
    assert not (tmp_path / "gone").exists()
    rc, out, err = run(capsys, "export", "--db", str(ingested), "--format", "csv", "--out", str(tmp_path / "csv"))
    assert rc == 0 and f"made the folder {tmp_path / 'csv'}" in err     # the folder named itself: made, and said
    assert (tmp_path / "csv" / "events.csv").exists()


def test_ingesting_only_an_empty_file_makes_no_store(capsys, tmp_path: Path, db: Path):
    empty = tmp_path / "empty.txt"
    empty.write_text("\n  \n", encoding="utf-8")
    rc, out, err = run(capsys, "ingest", str(empty), "--db", str(db))
    assert rc == 2 and out == ""
    assert err.strip() == f"tuiex: nothing to ingest: {empty} is empty, so no store was made or changed: {db}"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["empty.txt"]


def test_a_batch_of_bad_files_only_makes_no_store(capsys, tmp_path: Path, db: Path):
    (tmp_path / "blob.txt").write_bytes(bytes(range(256)) * 8)
    (tmp_path / "empty.txt").write_bytes(b"")
    rc, out, err = run(capsys, "ingest", str(tmp_path / "blob.txt"), str(tmp_path / "empty.txt"), "--db", str(db))
    assert rc == 2 and out == ""
    assert f"skipped {tmp_path / 'empty.txt'}: empty file" in err and "nothing to ingest (see above)" in err
    assert not db.exists()


def test_db_before_the_command_names_the_store(capsys, monkeypatch, corpus: Path, tmp_path: Path):
    """Every command takes --db, so `tuiex --db FILE` opens the explorer on FILE (it was a usage error)."""
    import tuiex.app

    db = tmp_path / "mine.db"
    assert run(capsys, "ingest", str(corpus), "--db", str(db), "--quiet")[0] in (0, 1)
    opened: list[str] = []
    monkeypatch.setattr(tuiex.app, "run", lambda path, **k: opened.append(path) or 0)
    assert run(capsys, "--db", str(db))[0] == 0
    assert opened == [str(db)]
    rc, out, err = run(capsys, "--db", str(db), "stats")
    assert rc == 0 and f"store          {db}" in out
    with pytest.raises(SystemExit) as stop:
        main(["--db", str(db), "stats", "--db", str(tmp_path / "other.db")])
    assert stop.value.code == 2 and "two stores named" in capsys.readouterr().err
