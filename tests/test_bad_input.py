"""Bad input to `tuiex ingest`, end to end through `tuiex.cli.main`: each bad file is reported on
stderr with its path and a reason, the rest of the batch lands, the exit code is 1 when anything was
skipped, and what lands has offsets that point into its own stored text.

Reader-level details (exact decoding, globbing, sidecars) are in test_readers.py; the happy path and
the store's own failures are in test_ingest_cli.py. Runs the real spaCy pipeline."""

from __future__ import annotations

import builtins
import errno
import json
import os
import signal
import sqlite3
from contextlib import contextmanager
from pathlib import Path

import pytest

from tuiex.cli import main
from tuiex.ingest import clean as clean_module
from tuiex.ingest import pipeline, readers
from tuiex.ingest.clean import MAX_PARAGRAPH_CHARS, clean
from tuiex.ingest.quotes import _unquote, quote_spans
from tuiex.ingest.readers import MAX_ARTICLE_CHARS, NO_SENTENCES

ARTICLE = """\
Germany expels Russian envoy over cyber attack

March 3, 2021

Germany expelled Russia's ambassador on Monday after a cyber attack on the parliament in Berlin.

"We will not back down," Foreign Minister Jane Doe said.

Russia condemned the decision and promised a response.
"""
TITLE = "Germany expels Russian envoy over cyber attack"


# --- helpers -----------------------------------------------------------------------------------------


def ingest(capsys, *paths: Path | str, db: Path) -> tuple[int, str, str]:
    capsys.readouterr()
    rc = main(["ingest", *map(str, paths), "--db", str(db)])
    out, err = capsys.readouterr()
    assert "Traceback" not in err
    return rc, out, err


def skipped(err: str) -> dict[str, str]:
    """{path: reason} from the "skipped PATH: REASON" lines (no path in these tests holds ": ")."""
    lines = [line.removeprefix("skipped ") for line in err.splitlines() if line.startswith("skipped ")]
    found = dict(line.partition(": ")[::2] for line in lines)
    assert len(found) == len(lines), err
    return found


def articles(db: Path) -> dict[str, dict]:
    with sqlite3.connect(db) as conn:
        conn.row_factory = sqlite3.Row
        return {r["file"]: dict(r) for r in conn.execute("SELECT * FROM articles")}


def assert_offsets(db: Path) -> None:
    """Every stored span lies inside its article's text and slices to the words it stores."""
    with sqlite3.connect(db) as conn:
        texts = dict(conn.execute("SELECT id, text FROM articles"))
        for article_id, start, end in conn.execute("SELECT article_id, start, end FROM sentences"):
            piece = texts[article_id][start:end]
            assert 0 <= start < end <= len(texts[article_id]) and piece == piece.strip() and piece
        for article_id, start, end, text in conn.execute("SELECT article_id, start, end, text FROM mentions"):
            assert texts[article_id][start:end] == text
        for article_id, start, end, ts, te in conn.execute(
                "SELECT article_id, start, end, trigger_start, trigger_end FROM events"):
            assert 0 <= start <= ts < te <= end <= len(texts[article_id])
        for article_id, start, end, text in conn.execute("SELECT article_id, start, end, text FROM quotes"):
            assert text in (texts[article_id][start:end], _unquote(texts[article_id][start:end]))


def quotes(db: Path, file: str) -> list[tuple[str | None, str]]:
    with sqlite3.connect(db) as conn:
        return conn.execute("""SELECT actors.name, quotes.text FROM quotes JOIN articles ON articles.id = article_id
                               LEFT JOIN actors ON actors.id = speaker_id WHERE file = ?""", [file]).fetchall()


@contextmanager
def time_limit(seconds: int):
    """Fail (not hang) when the body runs past `seconds`: a bound far above the expected time, so
    only a quadratic blowup trips it, never a slow CI machine."""
    def expire(signum, frame):
        raise TimeoutError(f"still running after {seconds} s")

    old = signal.signal(signal.SIGALRM, expire)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, old)


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "store.db"


# --- one batch, many bad files -----------------------------------------------------------------------


def test_bad_files_are_reported_and_the_rest_lands(capsys, tmp_path: Path, db: Path) -> None:
    folder = tmp_path / "batch"
    folder.mkdir()
    (folder / "good.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "blank.txt").write_bytes(b" \r\n\t\r\n")
    (folder / "photo.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)
    (folder / "menu.txt").write_text("Menu\nHome\nShare this\nTags: politics, europe\nSign up\n")
    (folder / "headline-only.txt").write_text("Germany and Russia trade accusations\n")
    (folder / "login.html").write_text(
        "<!doctype html><html><head><title>Sign in</title></head><body><header><nav><a href='/'>Home</a>"
        "</nav></header><form><label>Email</label><input name=email><label>Password</label>"
        "<input type=password><button>Sign in</button></form><p><a href='/reset'>Forgot your password?</a>"
        "</p><footer>© 2021 Daily News</footer></body></html>")

    rc, out, err = ingest(capsys, folder, db=db)
    assert rc == 1
    assert out.startswith("1 articles ingested")
    assert skipped(err) == {
        str(folder / "blank.txt"): "empty file",
        str(folder / "empty.txt"): "empty file",
        str(folder / "headline-only.txt"): NO_SENTENCES,
        str(folder / "login.html"): "HTML page with no article text",
        str(folder / "menu.txt"): NO_SENTENCES,
        str(folder / "photo.txt"): "binary file (not text)",
    }
    assert err.splitlines()[-1] == "6 skipped, not stored (the reasons are above); the rest landed"
    assert set(articles(db)) == {"good.txt"}
    assert_offsets(db)


# --- encodings -------------------------------------------------------------------------------------------


def test_legacy_and_broken_encodings_are_decoded(capsys, tmp_path: Path, db: Path) -> None:
    """latin-1 and cp1252 decode as such; UTF-8 with a few stray bytes stays UTF-8 (the stray bytes read
    as cp1252) instead of turning every accented letter into mojibake."""
    accented = ARTICLE.replace("Jane Doe", "José Muñoz").replace("Berlin", "Genève")
    (tmp_path / "latin1.txt").write_bytes(accented.encode("latin-1"))
    (tmp_path / "cp1252.txt").write_bytes(accented.replace('"', "“", 1).replace('"', "”", 1).encode("cp1252"))
    stray = accented.replace("response.", "response (\x96 ed.).").encode("utf-8")
    (tmp_path / "stray.txt").write_bytes(stray.replace("\x96".encode("utf-8"), b"\x96"))

    rc, out, err = ingest(capsys, tmp_path / "latin1.txt", tmp_path / "cp1252.txt", tmp_path / "stray.txt", db=db)
    assert rc == 0, err
    stored = articles(db)
    for name in ("latin1.txt", "cp1252.txt", "stray.txt"):
        text = stored[name]["text"]
        assert "José Muñoz" in text and "Genève" in text, (name, text)
        assert "Ã" not in text and "\ufffd" not in text
        assert ("José Muñoz", "We will not back down") in quotes(db, name)
    assert "response (– ed.)." in stored["stray.txt"]["text"]
    assert_offsets(db)


def test_byte_order_marks_stay_out_of_the_text(capsys, tmp_path: Path, db: Path) -> None:
    (tmp_path / "bom.txt").write_bytes(b"\xef\xbb\xbf" + ARTICLE.encode("utf-8"))
    (tmp_path / "utf16.txt").write_bytes(ARTICLE.encode("utf-16"))
    # two files pasted together: the second one's mark lands mid-text
    (tmp_path / "pasted.txt").write_bytes(b"\xef\xbb\xbf" + ARTICLE.encode() + b"\n\xef\xbb\xbfOfficials in Moscow said the talks would resume.\n")
    (tmp_path / "feed.jsonl").write_text(json.dumps({"text": "\ufeff" + ARTICLE}) + "\n", encoding="utf-8")

    rc, out, err = ingest(capsys, tmp_path, db=db)
    assert rc == 0, err
    stored = articles(db)
    # the marks are gone: the UTF-16 file and the JSON record clean to the very text of bom.txt
    assert set(stored) == {"bom.txt", "pasted.txt"}
    for name in ("utf16.txt", "feed.jsonl#1"):
        assert f"{tmp_path / name}: same text as {tmp_path / 'bom.txt'} already in the store" in err, err
    for name, row in stored.items():
        assert row["title"] == TITLE, name
        assert row["text"].startswith(TITLE) and "\ufeff" not in row["text"], name
    assert stored["pasted.txt"]["text"].endswith("\n\nOfficials in Moscow said the talks would resume.")
    assert_offsets(db)


@pytest.mark.parametrize("newline", ["\r\n", "\r", "\u2028"], ids=["crlf", "cr", "line separator"])
def test_line_ends(capsys, tmp_path: Path, db: Path, newline: str) -> None:
    """Any line end splits paragraphs as "\\n" does: the stored text, sentences and spans are the same."""
    (tmp_path / "lf.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "other.txt").write_bytes(ARTICLE.replace("\n", newline).encode("utf-8"))
    record = {"text": ARTICLE.replace("\n", newline)}
    (tmp_path / "feed.jsonl").write_bytes((json.dumps(record, ensure_ascii=False) + "\r\n").encode() * 2)

    # The same cleaned text in one store is one article (the others are duplicates), so each file
    # goes into a store of its own and the stores are compared.
    stores = {}
    for name in ("lf.txt", "other.txt", "feed.jsonl"):
        stores[name] = tmp_path / f"{name}.db"
        rc, out, err = ingest(capsys, tmp_path / name, db=stores[name])
        assert rc == 0, err
    assert "feed.jsonl#2: same text as " in err         # its two records: one text

    def spans(store: Path, file: str) -> tuple:
        with sqlite3.connect(store) as conn:
            q = conn.execute
            article_id, text = q("SELECT id, text FROM articles WHERE file = ?", [file]).fetchone()
            return (text,
                    q("SELECT start, end FROM sentences WHERE article_id = ? ORDER BY idx", [article_id]).fetchall(),
                    q("SELECT start, end, text FROM mentions WHERE article_id = ? ORDER BY start", [article_id]).fetchall(),
                    q("SELECT start, end, text FROM quotes WHERE article_id = ? ORDER BY start", [article_id]).fetchall(),
                    q("SELECT trigger_start, trigger_end FROM events WHERE article_id = ? ORDER BY 1", [article_id]).fetchall())
    reference = spans(stores["lf.txt"], "lf.txt")
    assert reference[0].count("\n\n") == 3 and "\r" not in reference[0]
    assert spans(stores["other.txt"], "other.txt") == reference
    assert spans(stores["feed.jsonl"], "feed.jsonl#1") == reference
    for store in stores.values():
        assert_offsets(store)


# --- size ------------------------------------------------------------------------------------------------


def test_huge_file_is_skipped_without_being_read(capsys, tmp_path: Path, db: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    """A 50 MB file is over the 20 MB limit: reported with its size, never opened, the batch goes on."""
    huge = tmp_path / "dump of the whole site.txt"
    line = ("Officials said the talks would resume next week in Geneva. " * 100 + "\n").encode()
    with open(huge, "wb") as f:
        while f.tell() < 50_000_000:
            f.write(line * 100)
    (tmp_path / "good.txt").write_text(ARTICLE, encoding="utf-8")
    opened = []
    real_open = builtins.open
    monkeypatch.setattr(readers, "open", lambda path, *a, **k: opened.append(str(path)) or real_open(path, *a, **k),
                        raising=False)

    rc, out, err = ingest(capsys, huge, tmp_path / "good.txt", db=db)
    assert rc == 1
    size = huge.stat().st_size
    assert size >= 50_000_000
    assert skipped(err) == {str(huge): f"file is {readers._size(size)}, over the 20 MB limit"}
    assert str(huge) not in opened and str(tmp_path / "good.txt") in opened
    assert set(articles(db)) == {"good.txt"}


def test_text_too_long_for_one_article(capsys, tmp_path: Path, db: Path) -> None:
    """Under the file limit but more text than any article: skipped before the parser sees it."""
    book = tmp_path / "book.txt"
    paragraph = "The delegations met again on Tuesday and agreed to continue the talks in Vienna. " * 20
    book.write_text(f"{paragraph}\n\n" * (MAX_ARTICLE_CHARS // len(paragraph) + 5), encoding="utf-8")
    feed = tmp_path / "feed.jsonl"
    feed.write_text(json.dumps({"text": ARTICLE}) + "\n" + json.dumps({"text": book.read_text()}) + "\n")
    n = len(book.read_text())

    with time_limit(60):
        rc, out, err = ingest(capsys, book, feed, db=db)
    assert rc == 1
    limit = f"over the {MAX_ARTICLE_CHARS:,} limit for one article"
    assert skipped(err) == {str(book): f"text is {n:,} characters, {limit}",
                            f"{feed}:2": f"line 2: text is {n:,} characters, {limit}"}
    assert set(articles(db)) == {"feed.jsonl#1"}


def test_long_paragraphs_reach_the_parser_in_bounded_pieces(monkeypatch: pytest.MonkeyPatch) -> None:
    """Text that lost its line breaks is one huge "paragraph": it is cut at sentence ends into pieces of
    at most MAX_PARAGRAPH_CHARS, and each spaCy batch holds at most BATCH_CHARS of text, so the parser's
    memory stays bounded whatever the layout."""
    sentences = [f"Officials from {n} countries met in Geneva on Friday, the ministry said." for n in range(400)]
    raw = "Talks on the border resume in Geneva\n\n" + " ".join(sentences)
    cleaned = clean(raw)
    assert max(len(p.text) for p in cleaned.paragraphs) <= MAX_PARAGRAPH_CHARS
    assert len(cleaned.body) >= 3 and all(p.text.endswith("said.") for p in cleaned.body)
    assert " ".join(p.text for p in cleaned.body) == " ".join(sentences)     # nothing lost at the cuts

    batches = []
    nlp = pipeline.load_nlp()

    class Recording:
        def pipe(self, texts, batch_size):
            texts = list(texts)
            batches.append((batch_size, max(map(len, texts))))
            return nlp.pipe(texts, batch_size=batch_size)

    monkeypatch.setattr(pipeline, "load_nlp", lambda: Recording())
    monkeypatch.setattr(pipeline, "BATCH_CHARS", 20_000)
    art = pipeline.extract(pipeline.SourceDoc(path="x", file="x", raw=raw, content_hash="x"))
    (batch_size, longest), = batches
    assert batch_size * longest <= 20_000
    assert len(art.sentences) == 401


def test_split_long_cuts_words_only_when_it_must() -> None:
    assert clean_module._split_long(("word " * 10).strip(), limit=12) == ["word word"] * 5
    assert clean_module._split_long("x" * 25, limit=10) == ["x" * 10, "x" * 10, "x" * 5]
    assert clean_module._split_long("One. Two two. Three.", limit=15) == ["One. Two two.", "Three."]
    assert clean_module._split_long("Short one. Short two.", limit=100) == ["Short one. Short two."]


# --- quotes ----------------------------------------------------------------------------------------------


class CountingStr(str):
    """A str that counts how often Python code indexes it: the quote pairing's work, independent of
    the machine's speed. Past `budget` reads it stops the test at once rather than let it run on."""

    reads = 0
    budget = 0

    def __getitem__(self, key):
        CountingStr.reads += 1
        if CountingStr.reads > CountingStr.budget:
            raise AssertionError(f"more than {CountingStr.budget} reads of a {len(self)}-character text")
        return str.__getitem__(self, key)


@pytest.mark.parametrize("mark", ["“", "«", "„", "‘", '"'])
def test_quote_pairing_is_linear_in_unmatched_marks(mark: str) -> None:
    """10,000 opening marks that never close: each is looked at a bounded number of times (a pairing
    that rescans the rest of the paragraph for every mark makes 50 million reads)."""
    text = CountingStr(f"{mark}a " * 10_000)
    CountingStr.reads, CountingStr.budget = 0, 4 * len(text)
    spans = quote_spans(text)
    assert spans == [] if mark != '"' else len(spans) == 5_000


@pytest.mark.slow
def test_ten_thousand_quotation_marks(capsys, tmp_path: Path, db: Path) -> None:
    """A paragraph with 10,000 marks, half of them unmatched, ingests in bounded time and its real
    quotes are found with their speaker."""
    body = " ".join(f"« ‘ “We will act on point {i},” Jane Doe said." for i in range(2500))
    f = tmp_path / "quotes.txt"
    f.write_text(f"Minister vows action\n\n{body}\n", encoding="utf-8")
    assert sum(body.count(m) for m in "“”«‘") == 10_000

    with time_limit(120):           # about 10 s; quadratic pairing took minutes
        rc, out, err = ingest(capsys, f, db=db)
    assert rc == 0, err
    found = quotes(db, "quotes.txt")
    assert ("Jane Doe", "We will act on point 0") in found and ("Jane Doe", "We will act on point 2499") in found
    assert len(found) > 2000
    assert_offsets(db)


def test_unmatched_quotes_do_not_swallow_the_paragraph(capsys, tmp_path: Path, db: Path) -> None:
    f = tmp_path / "unmatched.txt"
    f.write_text(ARTICLE + "\nOfficials said “the talks had ended. « Nothing was agreed, one said.\n"
                 '"We will meet again in May," Foreign Minister Jane Doe said. He added: "we will see what happens.\n', encoding="utf-8")
    rc, out, err = ingest(capsys, f, db=db)
    assert rc == 0, err
    found = quotes(db, "unmatched.txt")
    assert ("Jane Doe", "We will meet again in May") in found
    assert not [text for _, text in found if "«" in text or "Nothing was agreed" in text and "May" in text]
    assert_offsets(db)


# --- JSON lines ------------------------------------------------------------------------------------------


def test_json_lines_with_broken_lines(capsys, tmp_path: Path, db: Path) -> None:
    """Good lines land; each bad line is reported as FILE:LINE with the line number in a CRLF file too;
    a U+2028 inside a JSON string does not split its line; files pasted together keep their lines whole
    (the second one's byte order mark included)."""
    f = tmp_path / "feed.jsonl"
    lines = [
        json.dumps({"title": "One", "text": ARTICLE}),
        '{"title": "Two", "text": "unterminated',
        "[1, 2, 3]",
        json.dumps({"title": "Four", "text": "Russia condemned the decision taken by the government\u2028in Berlin "
                                             "on Monday.\u2029It promised a response."}, ensure_ascii=False),
        json.dumps({"title": "Five", "text": "Menu\nHome"}),
        "",
        json.dumps({"title": "Seven", "body": ARTICLE.replace("Germany", "France")}),
        json.dumps({"title": "Eight"}),
        "garbage",
        "\ufeff" + json.dumps({"title": "Ten", "text": ARTICLE}),     # a second file, with its own BOM
    ]
    f.write_bytes("\r\n".join(lines).encode("utf-8"))

    rc, out, err = ingest(capsys, f, db=db)
    assert rc == 1
    assert skipped(err) == {
        f"{f}:2": "line 2: not valid JSON (Unterminated string starting at)",
        f"{f}:3": "line 3: not a JSON object",
        f"{f}:5": f"line 5: {NO_SENTENCES}",
        f"{f}:8": "line 8: no text field (text, body, content or article)",
        f"{f}:9": "line 9: not valid JSON (Expecting value)",
    }
    stored = articles(db)
    assert {name: row["title"] for name, row in stored.items()} == {
        "feed.jsonl#1": "One", "feed.jsonl#4": "Four", "feed.jsonl#7": "Seven", "feed.jsonl#10": "Ten"}
    assert stored["feed.jsonl#4"]["text"] == ("Four\n\nRussia condemned the decision taken by the government in "
                                              "Berlin on Monday.\n\nIt promised a response.")
    assert_offsets(db)


def test_json_with_half_an_emoji(capsys, tmp_path: Path, db: Path) -> None:
    """A truncated string can end in a lone surrogate, which SQLite cannot store: it becomes U+FFFD and the
    record lands instead of failing the whole article."""
    f = tmp_path / "feed.jsonl"
    f.write_text('{"title": "Talks \\ud83d", "source": "Agency \\udc00", '
                 '"text": "Germany expelled Russia\'s ambassador on Monday \\ud83d."}\n', encoding="utf-8")
    rc, out, err = ingest(capsys, f, db=db)
    assert rc == 0, err
    row = articles(db)["feed.jsonl#1"]
    assert (row["title"], row["outlet"]) == ("Talks \ufffd", "Agency \ufffd")
    assert "Monday \ufffd." in row["text"]
    assert_offsets(db)


# --- names, permissions, links -------------------------------------------------------------------------


def test_file_names_with_spaces_and_non_ascii(capsys, tmp_path: Path, db: Path) -> None:
    folder = tmp_path / "Haberler 2016 — arşiv"
    folder.mkdir()
    (folder / "Çavuşoğlu açıklaması 1.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "boş dosya.txt").write_bytes(b"")
    try:     # a name that is not UTF-8 (Linux allows any bytes; macOS refuses)
        with open(os.fsencode(folder) + b"/caf\xe9 news.txt", "wb") as f:
            f.write(ARTICLE.replace("Germany", "France").encode())
        latin1_name = "caf\\xe9 news.txt"
    except OSError:
        latin1_name = None

    rc, out, err = ingest(capsys, folder, db=db)
    assert rc == 1
    assert skipped(err) == {str(folder / "boş dosya.txt"): "empty file"}
    stored = articles(db)
    assert stored["Çavuşoğlu açıklaması 1.txt"]["path"] == str((folder / "Çavuşoğlu açıklaması 1.txt").resolve())
    if latin1_name:
        assert stored[latin1_name]["path"] == f"{folder.resolve()}/{latin1_name}"
        assert stored[latin1_name]["title"] == TITLE.replace("Germany", "France")
    # the next run recognises every file, the oddly named one too
    rc, out, err = ingest(capsys, folder, db=db)
    assert out.startswith(f"0 articles ingested ({len(stored)} unchanged)")


def test_unreadable_file(capsys, tmp_path: Path, db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """What a non-root user gets for a chmod 000 file (simulated, so it runs as root too): reported as
    permission denied, the batch goes on."""
    secret = tmp_path / "secret.txt"
    secret.write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "good.txt").write_text(ARTICLE.replace("Germany", "France"), encoding="utf-8")
    real_open = builtins.open

    def guarded_open(path, *args, **kwargs):
        if Path(path) == secret:
            raise PermissionError(errno.EACCES, "Permission denied", str(path))
        return real_open(path, *args, **kwargs)

    monkeypatch.setattr(readers, "open", guarded_open, raising=False)
    rc, out, err = ingest(capsys, tmp_path, db=db)
    assert rc == 1
    assert skipped(err) == {str(secret): "permission denied"}
    assert set(articles(db)) == {"good.txt"}


@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0, reason="root reads a chmod 000 file")
def test_unreadable_file_for_real(capsys, tmp_path: Path, db: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text(ARTICLE, encoding="utf-8")
    secret.chmod(0)
    try:
        rc, out, err = ingest(capsys, tmp_path, db=db)
    finally:
        secret.chmod(0o644)
    assert rc == 1 and skipped(err) == {str(secret): "permission denied"}


def test_symlink_loops_end_and_are_reported(capsys, tmp_path: Path, db: Path) -> None:
    root = tmp_path / "data"
    (root / "sub").mkdir(parents=True)
    (root / "sub" / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (root / "sub" / "up").symlink_to(root)                   # a folder loop
    (root / "self.txt").symlink_to(root / "self.txt")        # a link to itself
    (root / "gone.txt").symlink_to(root / "missing.txt")     # a broken link

    with time_limit(60):
        rc, out, err = ingest(capsys, root, db=db)
    assert rc == 1
    assert skipped(err) == {
        str(root / "gone.txt"): "broken symbolic link",
        str(root / "self.txt"): "symbolic link loop",
        str(root / "sub" / "up"): "folder link loops back to a folder containing it, not followed",
    }
    assert set(articles(db)) == {"a.txt"}


# --- issue 9 -------------------------------------------------------------------------------------------


@pytest.mark.parametrize("path", ["no-such-folder", "nothing/*.txt"])
def test_ingest_of_nothing_makes_no_store(capsys, tmp_path: Path, monkeypatch, path: str):
    monkeypatch.chdir(tmp_path)
    db = tmp_path / "new.db"
    rc, out, err = ingest(capsys, path, db=db)
    assert rc == 2 and out == ""
    assert not db.exists() and list(tmp_path.iterdir()) == []
    assert f"skipped {path}: " in err and "nothing to ingest" in err and "no store was made" in err


def test_report_lines_cannot_be_forged_or_carry_escape_codes(capsys, tmp_path: Path):
    batch = tmp_path / "batch"
    batch.mkdir()
    (batch / "good.txt").write_text(ARTICLE)
    (batch / "x\nskipped good.txt: forged\n.txt").write_text("")
    (batch / "y\x1b]0;pwned\x07.txt").write_text("")
    rc, out, err = ingest(capsys, batch, db=tmp_path / "s.db")
    assert rc == 1
    assert "\x1b" not in err + out and "\x07" not in err
    lines = err.splitlines()
    assert len(lines) == 3 and all(line.startswith("skipped ") for line in lines[:2]), err
    assert "x\\nskipped good.txt: forged\\n.txt: empty file" in err
    assert "y\\x1b]0;pwned\\x07.txt: empty file" in err


class _Unscanned(list):
    """A mention list that fails when scanned whole: a look-up of one sentence must not read it."""

    def __iter__(self):
        raise AssertionError("scanned the article's mentions")


def test_a_title_look_up_reads_only_its_own_sentences_mentions() -> None:
    """'the opposition leader said' checks whether the person it matched is named later in its own
    sentence; on an article of thousands of mentions that check reads that sentence's mentions only
    (a scan of all of them per speaker was quadratic: seconds on a 2,000-paragraph article)."""
    import spacy

    from tuiex.ingest.actors import ActorBook
    from tuiex.ingest.pipeline import _person_named_later_in_sentence

    doc = spacy.blank("en")("Opposition leader Ana Ruiz spoke , and Ana Ruiz said .")
    book = ActorBook()
    key = book._add("Ana Ruiz", "person")
    for sentence in range(3000):
        book._mention(key, 0, doc[2:4], sentence * 100, sentence)
    book._mention(key, 0, doc[7:9], 2000 * 100, 2000)
    book.mentions = _Unscanned(book.mentions)
    here = 2000 * 100 + doc[4].idx
    assert _person_named_later_in_sentence(book, key, here, 2000)
    assert not _person_named_later_in_sentence(book, key, 1999 * 100 + doc[4].idx, 1999)


def test_the_countrys_look_up_reads_only_the_sentences_it_needs() -> None:
    """'the country's army' is the state its sentence names first, else the one named last before: on
    an article of thousands of mentions that look-up reads the sentences back to the nearest country,
    not the whole mention list (sorting all of them per phrase was quadratic)."""
    import spacy

    from tuiex.ingest.actors import ActorBook
    from tuiex.ingest.institutions import _country_named_before

    doc = spacy.blank("en")("Mali and Chad closed the border , the country 's army said .")
    book = ActorBook()
    mali, chad = book._add("Mali", "country", "MLI"), book._add("Chad", "country", "TCD")
    for sentence in range(3000):
        book._mention(mali if sentence < 2000 else chad, 0, doc[0:1], sentence * 100, sentence)
    book._mention(chad, 0, doc[2:3], 2999 * 100, 2999)
    book.mentions = _Unscanned(book.mentions)
    army = doc[9]
    found = _country_named_before(book, army, 2999 * 100 + army.idx, 2999)
    assert found is not None and found.iso3 == "TCD"          # the first of its own sentence
    found = _country_named_before(book, army, 1999 * 100 + 1, 1999)
    assert found is not None and found.iso3 == "MLI"
    found = _country_named_before(book, army, 3500 * 100, 3500)     # none in its sentence: the last before
    assert found is not None and found.iso3 == "TCD"
