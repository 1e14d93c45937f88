"""tuiex.ingest.readers: from command-line paths to SourceDocs, every bad input a Skipped."""

from __future__ import annotations

import errno
import hashlib
import json
import os
from pathlib import Path

import pytest

from tuiex.ingest import readers
from tuiex.ingest.readers import Skipped, _iso_date, _strip_site, expand_paths, read_documents
from tuiex.records import SourceDoc

TEXT = "Erdoğan met Merkel in Ankara on Friday.\nThey discussed refugees.\n"


def read(*paths: Path | str, **kwargs) -> list[SourceDoc | Skipped]:
    return list(read_documents([str(p) for p in paths], **kwargs))


def docs_of(items: list) -> list[SourceDoc]:
    return [item for item in items if isinstance(item, SourceDoc)]


def skips_of(items: list) -> list[Skipped]:
    return [item for item in items if isinstance(item, Skipped)]


def only_doc(*paths: Path | str, **kwargs) -> SourceDoc:
    items = read(*paths, **kwargs)
    assert len(items) == 1 and isinstance(items[0], SourceDoc), items
    return items[0]


def only_skip(*paths: Path | str, **kwargs) -> Skipped:
    items = read(*paths, **kwargs)
    assert len(items) == 1 and isinstance(items[0], Skipped), items
    return items[0]


def article_words(n: int = 60) -> str:
    return " ".join(["Officials"] + ["said"] * (n - 2) + ["today."])


# --- decoding --------------------------------------------------------------------------------------


def test_utf8_text(tmp_path: Path) -> None:
    f = tmp_path / "a.txt"
    f.write_bytes(TEXT.encode("utf-8"))
    doc = only_doc(f)
    assert doc.raw == TEXT
    assert doc.path == str(f.resolve()) and doc.file == "a.txt"
    assert doc.content_hash == hashlib.sha256(TEXT.encode("utf-8")).hexdigest()
    assert doc.title is None and doc.published is None


def test_utf8_bom_is_stripped_but_hashed(tmp_path: Path) -> None:
    f = tmp_path / "a.txt"
    data = b"\xef\xbb\xbf" + TEXT.encode("utf-8")
    f.write_bytes(data)
    doc = only_doc(f)
    assert doc.raw == TEXT
    assert doc.content_hash == hashlib.sha256(data).hexdigest()


def test_utf16_with_bom(tmp_path: Path) -> None:
    f = tmp_path / "a.txt"
    f.write_bytes(TEXT.encode("utf-16"))
    assert only_doc(f).raw == TEXT


def test_cp1252_fallback(tmp_path: Path) -> None:
    f = tmp_path / "a.txt"
    f.write_bytes("“Peace at home” cost €5 – he said.".encode("cp1252"))
    assert only_doc(f).raw == "“Peace at home” cost €5 – he said."


def test_latin1_fallback_when_cp1252_cannot_decode(tmp_path: Path) -> None:
    f = tmp_path / "a.txt"
    f.write_bytes("Le café de la Paix, à Genève, était fermé. ".encode("latin-1") * 3 + b"\x81")
    assert only_doc(f).raw.startswith("Le café de la Paix, à Genève, était fermé.")


def test_crlf_and_lone_cr_become_newlines(tmp_path: Path) -> None:
    f = tmp_path / "a.txt"
    f.write_bytes(b"One.\r\nTwo.\rThree.\n")
    assert only_doc(f).raw == "One.\nTwo.\nThree.\n"


@pytest.mark.parametrize("data", [b"PK\x03\x04\x00\x00binary\x00data", bytes(range(1, 32)) * 20])
def test_binary_is_skipped(tmp_path: Path, data: bytes) -> None:
    f = tmp_path / "a.txt"
    f.write_bytes(data)
    assert only_skip(f) == Skipped(str(f), "binary file (not text)")


@pytest.mark.parametrize("data", [b"", b"  \n\t\r\n  "])
def test_empty_is_skipped(tmp_path: Path, data: bytes) -> None:
    f = tmp_path / "a.txt"
    f.write_bytes(data)
    assert only_skip(f) == Skipped(str(f), "empty file")


def test_file_over_max_bytes_is_skipped_with_its_size(tmp_path: Path) -> None:
    f = tmp_path / "a.txt"
    f.write_text("x" * 1500)
    assert only_skip(f, max_bytes=100).reason == "file is 1.5 kB, over the 100 bytes limit"


def test_default_limit_message(tmp_path: Path) -> None:
    f = tmp_path / "big.txt"
    with open(f, "wb") as out:
        out.truncate(60_200_000)     # sparse: costs no disk
    assert only_skip(f).reason == "file is 60.2 MB, over the 20 MB limit"


def test_permission_denied(tmp_path: Path) -> None:
    f = tmp_path / "secret.txt"
    f.write_text(TEXT)
    f.chmod(0)
    try:
        if os.access(f, os.R_OK):
            pytest.skip("running as root: the file stays readable")
        assert only_skip(f) == Skipped(str(f), "permission denied")
    finally:
        f.chmod(0o644)


def test_permission_denied_on_open(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """What a non-root user gets for a chmod 000 file: stat works, open() is refused."""
    f = tmp_path / "secret.txt"
    f.write_text(TEXT)

    def refuse(*args: object, **kwargs: object) -> None:
        raise PermissionError(errno.EACCES, "Permission denied", str(f))

    monkeypatch.setattr(readers, "open", refuse, raising=False)
    assert only_skip(f) == Skipped(str(f), "permission denied")


def test_fifo_named_explicitly_is_not_read(tmp_path: Path) -> None:
    f = tmp_path / "pipe.txt"
    os.mkfifo(f)
    assert only_skip(f) == Skipped(str(f), "not a regular file")


# --- expanding paths ---------------------------------------------------------------------------------


def test_missing_path(tmp_path: Path) -> None:
    missing = str(tmp_path / "nope.txt")
    assert expand_paths([missing]) == ([], [Skipped(missing, "no such file or folder")])
    assert read(missing) == [Skipped(missing, "no such file or folder")]


def test_bad_inputs_do_not_stop_the_batch(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(TEXT)
    (tmp_path / "b.txt").write_bytes(b"")
    (tmp_path / "c.txt").write_text(TEXT + "more")
    items = read(tmp_path / "a.txt", tmp_path / "missing.txt", tmp_path / "b.txt", tmp_path / "c.txt")
    assert [type(item).__name__ for item in items] == ["SourceDoc", "Skipped", "Skipped", "SourceDoc"]


def test_explicit_file_is_read_whatever_its_extension(tmp_path: Path) -> None:
    f = tmp_path / "notes.csv"
    f.write_text(TEXT)
    assert only_doc(f).raw == TEXT


def test_folder_recursion(tmp_path: Path) -> None:
    root = tmp_path / "data"
    (root / "b" / "c").mkdir(parents=True)
    (root / ".git").mkdir()
    for name in ["z.txt", "a.md", "README", "photo.png", ".hidden.txt", "a.meta.json",
                 "b/x.html", "b/c/y.jsonl", ".git/config.txt"]:
        (root / name).write_text("x")
    files, skipped = expand_paths([str(root)])
    assert [str(f.relative_to(root)) for f in files] == ["README", "a.md", "b/c/y.jsonl", "b/x.html", "z.txt"]
    assert skipped == []


def test_file_reached_twice_is_read_once(tmp_path: Path) -> None:
    f = tmp_path / "a.txt"
    f.write_text(TEXT)
    (tmp_path / "link.txt").symlink_to(f)
    files, _ = expand_paths([str(f), str(tmp_path), str(f)])
    assert files == [f]


def test_folder_without_readable_files(tmp_path: Path) -> None:
    (tmp_path / "photo.png").write_bytes(b"\x89PNG")
    reason = "no text, HTML or JSON files in this folder"
    assert expand_paths([str(tmp_path)]) == ([], [Skipped(str(tmp_path), reason)])


def test_glob_patterns(tmp_path: Path) -> None:
    (tmp_path / "data" / "sub").mkdir(parents=True)
    for name in ["b.txt", "a.txt", "c.md", "sub/d.txt", "sub/e.csv", "a.meta.json"]:
        (tmp_path / "data" / name).write_text("x")
    files, _ = expand_paths([f"{tmp_path}/data/*.txt"])
    assert [f.name for f in files] == ["a.txt", "b.txt"]
    files, _ = expand_paths([f"{tmp_path}/data/**/*.txt"])
    assert [f.name for f in files] == ["a.txt", "b.txt", "d.txt"]
    files, _ = expand_paths([f"{tmp_path}/data/**"])
    assert [f.name for f in files] == ["a.txt", "b.txt", "c.md", "d.txt"]
    files, _ = expand_paths([f"{tmp_path}/data/sub/*.csv"])      # the pattern names the extension
    assert [f.name for f in files] == ["e.csv"]
    pattern = f"{tmp_path}/data/*.pdf"
    assert expand_paths([pattern]) == ([], [Skipped(pattern, "no files match this pattern")])


def test_symlink_loops_end(tmp_path: Path) -> None:
    root = tmp_path / "data"
    (root / "sub").mkdir(parents=True)
    (root / "sub" / "a.txt").write_text(TEXT)
    (root / "sub" / "up").symlink_to(root)
    (root / "sub" / "again").symlink_to(root)
    (root / "self").symlink_to(root / "self")
    items = read(root)
    assert [d.file for d in docs_of(items)] == ["a.txt"]
    assert Skipped(str(root / "self"), "symbolic link loop") in items
    loop = "folder link loops back to a folder containing it, not followed"
    assert Skipped(str(root / "sub" / "up"), loop) in items
    files, _ = expand_paths([f"{root}/**/*.txt"])      # glob.glob would take 2**40 steps here
    assert [f.name for f in files] == ["a.txt"]


def test_names_with_spaces_and_non_ascii(tmp_path: Path) -> None:
    folder = tmp_path / "Haberler 2016"
    folder.mkdir()
    f = folder / "Çavuşoğlu açıklaması.txt"
    f.write_text(TEXT)
    doc = only_doc(folder)
    assert doc.file == "Çavuşoğlu açıklaması.txt" and doc.path == str(f.resolve())
    assert only_doc(f).raw == TEXT


# --- JSON --------------------------------------------------------------------------------------------


def test_jsonl_with_a_broken_line(tmp_path: Path) -> None:
    f = tmp_path / "feed.jsonl"
    lines = [
        json.dumps({"id": "a1", "title": "First", "text": "One.", "date": "2016-07-15T10:00:00Z",
                    "source": "Reuters", "url": "https://x.example/1"}),
        '{"text": "broken',
        "",
        json.dumps({"body": "Three.", "url": "https://x.example/news/third-story/"}),
        json.dumps({"headline": "No text"}),
        json.dumps({"content": "Five.", "published": "July 2016"}),
    ]
    f.write_text("\n".join(lines) + "\n")
    items = read(f)
    assert [item.path if isinstance(item, Skipped) else item.file for item in items] == [
        "a1", f"{f}:2", "third-story", f"{f}:5", "feed.jsonl#6"]
    first, broken, third, textless, fifth = items
    assert broken.reason == "line 2: not valid JSON (Unterminated string starting at)"
    assert textless.reason == "line 5: no text field (text, body, content or article)"
    assert first.path == f"{f.resolve()}#1"
    assert first.content_hash == hashlib.sha256(lines[0].encode()).hexdigest()
    assert (first.raw, first.title, first.outlet) == ("One.", "First", "Reuters")
    assert first.url == "https://x.example/1"
    assert (first.published, first.published_how) == ("2016-07-15", "json field")
    assert third.raw == "Three." and third.path == f"{f.resolve()}#4"
    assert fifth.published == "2016-07"


def test_jsonl_record_with_html_text(tmp_path: Path) -> None:
    f = tmp_path / "feed.ndjson"
    body = "<div class='share'>Share on X</div><p>First paragraph of the story.</p><p>Second one.</p>"
    f.write_text(json.dumps({"title": "T", "text": body}) + "\n")
    assert only_doc(f).raw == "T\n\nFirst paragraph of the story.\n\nSecond one."


def test_json_list_and_single_object(tmp_path: Path) -> None:
    many = tmp_path / "many.json"
    records = [{"title": "A", "text": "Alpha."}, {"title": "B"}, {"article": "Gamma.", "outlet": "AP"}]
    many.write_text(json.dumps(records, indent=2))
    items = read(many)
    assert [type(item).__name__ for item in items] == ["SourceDoc", "Skipped", "SourceDoc"]
    assert items[0].file == "many.json#1" and items[0].path == f"{many.resolve()}#1"
    assert items[1] == Skipped(f"{many}#2", "item 2: no text field (text, body, content or article)")
    assert (items[2].raw, items[2].outlet) == ("Gamma.", "AP")
    one = tmp_path / "one.json"
    one.write_text(json.dumps({"title": "Solo", "text": "Only.", "datePublished": "2016-07-15"}))
    doc = only_doc(one)
    assert (doc.file, doc.title, doc.published) == ("one.json", "Solo", "2016-07-15")
    assert doc.content_hash == hashlib.sha256(one.read_bytes()).hexdigest()


def test_invalid_json_file(tmp_path: Path) -> None:
    f = tmp_path / "bad.json"
    f.write_text('{"text": ')
    assert only_skip(f).reason == "not valid JSON (line 1: Expecting value)"


# --- HTML ----------------------------------------------------------------------------------------------

ARTICLE_PAGE = """<!DOCTYPE html>
<html><head>
<meta charset="utf-8">
<title>Turkey and EU resume talks | Daily News</title>
<meta property="og:site_name" content="Daily News">
<link rel="canonical" href="https://dailynews.example/turkey-eu-talks">
<meta property="article:published_time" content="2016-07-15T23:30:00-04:00">
<style>p { color: red }</style>
</head><body>
<header class="site-header"><h1 class="logo">Daily News</h1>
 <nav><a href="/">Home</a> <a href="/world">World</a></nav></header>
<div class="share-buttons"><a href="#">Share on Facebook</a> <a href="#">Tweet</a></div>
<article>
 <header><h1>Turkey and EU resume talks</h1><p class="byline">By Jane Doe</p></header>
 <p>ANKARA - Turkish and European Union officials resumed accession talks on Friday after a pause
 of several months, diplomats said.</p>
 <p>Advertisement</p>
 <p>The foreign minister told reporters in Ankara that the government <a href="/x">expected
 progress</a> on visa liberalisation before the end of the year.</p>
 <p>European officials were more cautious, saying that several conditions had still not been met
 and that talks would continue in Brussels next month.</p>
 <div class="social-share"><a href="#">Share this article</a></div>
 <div class="related"><ul><li><a href="/a">Another story about Turkey</a></li></ul></div>
</article>
<aside>Most read: lots of links here</aside>
<section id="comments"><p>Great article, thanks for sharing this with all of us here!</p></section>
<footer>© 2016 Daily News. All rights reserved.</footer>
<script>trackPageView();</script>
</body></html>
"""


def test_html_article(tmp_path: Path) -> None:
    f = tmp_path / "page.html"
    f.write_text(ARTICLE_PAGE)
    doc = only_doc(f)
    assert doc.raw.split("\n\n") == [
        "Turkey and EU resume talks",
        "ANKARA - Turkish and European Union officials resumed accession talks on Friday after a pause "
        "of several months, diplomats said.",
        "The foreign minister told reporters in Ankara that the government expected progress on visa "
        "liberalisation before the end of the year.",
        "European officials were more cautious, saying that several conditions had still not been met and "
        "that talks would continue in Brussels next month.",
    ]
    assert (doc.title, doc.outlet, doc.url) == ("Turkey and EU resume talks", "Daily News",
                                                "https://dailynews.example/turkey-eu-talks")
    assert (doc.published, doc.published_how) == ("2016-07-15", "html metadata")
    assert doc.content_hash == hashlib.sha256(f.read_bytes()).hexdigest()


def test_html_without_semantic_markup(tmp_path: Path) -> None:
    # three different paragraphs: a paragraph repeated word for word is page furniture to trafilatura
    texts = [article_words(20).replace("today", day) for day in ("today", "yesterday", "tonight")]
    paragraphs = "".join(f"<p>{text}</p>" for text in texts)
    page = f"""<html><head><title>Talks - Example Times</title>
    <script type="application/ld+json">{{"@graph": [{{"datePublished": "2016-07-14"}}]}}</script></head>
    <body><div id="menu"><a href="/">Home</a></div><div class="content">{paragraphs}</div>
    <div class="footer">Contact us</div></body></html>"""
    f = tmp_path / "page.txt"      # recognised by its content, not its extension
    f.write_text(page)
    doc = only_doc(f)
    assert doc.raw == "Talks\n\n" + "\n\n".join(texts)
    assert doc.published == "2016-07-14"


def test_html_in_declared_legacy_charset(tmp_path: Path) -> None:
    page = (f'<html><head><meta charset="iso-8859-9"><title>Başbakan</title></head>'
            f'<body><p>{article_words()}</p></body></html>')
    f = tmp_path / "page.htm"
    f.write_bytes(page.encode("iso-8859-9"))
    assert only_doc(f).title == "Başbakan"


@pytest.mark.parametrize("page", [
    "<html><body><nav><ul>" + "".join(f"<li><a href='/{i}'>Section {i} news and more</a></li>"
                                      for i in range(30)) + "</ul></nav></body></html>",
    "<!doctype html><html><head><title>404 Not Found</title></head><body><h1>Not Found</h1>"
    "<p>The page you requested could not be found. Try the search box above.</p></body></html>",
    "<html><body>" + "".join(f"<article><h2><a href='/{i}'>Story {i}</a></h2><p>Teaser {i} for the story, "
                             "a sentence long.</p></article>" for i in range(20)) + "</body></html>",
], ids=["navigation", "error", "section front"])
def test_html_that_is_not_an_article(tmp_path: Path, page: str) -> None:
    f = tmp_path / "page.html"
    f.write_text(page)
    assert only_skip(f) == Skipped(str(f), "HTML page with no article text")


@pytest.mark.parametrize(("title", "site", "expected"), [
    ("Talks resume | Daily News", None, "Talks resume"),
    ("Talks resume - BBC News", None, "Talks resume"),
    ("Talks resume — Hürriyet Daily News", "Hurriyet Daily News", "Talks resume"),
    ("Turkey, EU agree deal - sources", None, "Turkey, EU agree deal - sources"),
    ("Plain headline", None, "Plain headline"),
])
def test_title_site_suffix(title: str, site: str | None, expected: str) -> None:
    assert _strip_site(title, site) == expected


@pytest.mark.parametrize(("value", "expected"), [
    ("2016-07-15T23:30:00-04:00", "2016-07-15"),
    ("2016-07-15 10:00", "2016-07-15"),
    ("2016-07", "2016-07"),
    (2016, "2016"),
    ("Friday, July 15, 2016 11:30 PM EDT", "2016-07-15"),
    ("July 2016", "2016-07"),
    ("2016-02-30", None),
    ("yesterday", None),
    (None, None),
])
def test_metadata_dates(value: object, expected: str | None) -> None:
    assert _iso_date(value) == expected


# --- sidecars and --published ----------------------------------------------------------------------


@pytest.mark.parametrize("sidecar", ["article.meta.json", "article.txt.meta.json"])
def test_sidecar_metadata(tmp_path: Path, sidecar: str) -> None:
    f = tmp_path / "article.txt"
    f.write_text(TEXT)
    (tmp_path / sidecar).write_text(json.dumps({"title": "Meeting", "published": "2016-07-01",
                                                "url": "https://x.example/m", "outlet": "AA"}))
    doc = only_doc(tmp_path)     # the sidecar itself is not read as a document
    assert (doc.title, doc.published, doc.published_how, doc.url, doc.outlet) == (
        "Meeting", "2016-07-01", "sidecar", "https://x.example/m", "AA")


def test_broken_sidecar_is_reported_and_the_article_still_read(tmp_path: Path) -> None:
    f = tmp_path / "article.txt"
    f.write_text(TEXT)
    (tmp_path / "article.meta.json").write_text("{oops")
    problem, doc = read(f)
    assert problem.path == str(tmp_path / "article.meta.json") and "ignored" in problem.reason
    assert doc.raw == TEXT and doc.title is None


@pytest.mark.parametrize("value", ["2016", "2016-07", "2016-07-01"])
def test_published_override(tmp_path: Path, value: str) -> None:
    (tmp_path / "a.txt").write_text(TEXT)
    (tmp_path / "a.meta.json").write_text(json.dumps({"published": "1999-01-01"}))
    (tmp_path / "b.jsonl").write_text(json.dumps({"text": "Talks resumed.", "date": "1999-01-01"}) + "\n")
    items = read(tmp_path, published=value)
    assert [(d.published, d.published_how) for d in docs_of(items)] == [(value, "command line")] * 2


@pytest.mark.parametrize("value", ["2016-13", "2016-02-30", "July 2016", "16-07-01", "2016/07/01", ""])
def test_published_override_validation(value: str) -> None:
    with pytest.raises(ValueError, match="--published"):
        read_documents(["whatever"], published=value)     # raises at call time, before any reading


# --- issue 9: nothing lost, nothing printed raw ---------------------------------------------------------

LONG_SENTENCE = "The minister said on Tuesday that the talks in Geneva would go on for another week."


def body_text(doc: SourceDoc) -> str:
    from tuiex.ingest.clean import clean

    return " ".join(p.text for p in clean(doc.raw, doc.title).body)


@pytest.mark.parametrize("tail", ["(Reporting by Jane Doe; Editing by John Roe)", "Follow us on Twitter"],
                         ids=["credits", "follow-us"])
def test_one_line_article_ending_in_no_sentence_keeps_every_sentence(tmp_path: Path, tail: str) -> None:
    f = tmp_path / "feed.jsonl"
    short = f"{LONG_SENTENCE} Officials in Moscow said on Tuesday that they welcomed it. {tail}"
    long = " ".join(f"{LONG_SENTENCE[:-1]}, number {i}." for i in range(150)) + f" {tail}"
    assert 10_000 < len(long) < MAX_ARTICLE
    f.write_text("".join(json.dumps({"text": t}) + "\n" for t in (short, long)))
    one, two = read(f)
    assert "Officials in Moscow said on Tuesday that they welcomed it." in body_text(one)
    assert body_text(two).count("number") == 150          # the last sentences too
    assert tail not in body_text(one) + body_text(two)


MAX_ARTICLE = readers.MAX_ARTICLE_CHARS


@pytest.mark.parametrize("bad", ["[" * 1000 + "]" * 1000, '{"text": "x", "n": ' + "9" * 5000 + "}"],
                         ids=["1000-deep", "5000-digits"])
def test_a_json_line_the_parser_refuses_costs_that_line_alone(tmp_path: Path, bad: str) -> None:
    f = tmp_path / "feed.jsonl"
    f.write_text(json.dumps({"text": TEXT}) + "\n" + bad + "\n" + json.dumps({"text": TEXT + "More."}) + "\n")
    items = read(f)
    assert [type(i) for i in items] == [SourceDoc, Skipped, SourceDoc]
    assert items[1].path == f"{f}:2" and items[1].reason.startswith("line 2: ")


@pytest.mark.parametrize("bad", ['{"title": ' + "[" * 1000 + "]" * 1000 + "}", '{"date": ' + "9" * 5000 + "}"],
                         ids=["1000-deep", "5000-digits"])
def test_an_unreadable_sidecar_is_ignored_and_the_article_lands(tmp_path: Path, bad: str) -> None:
    f = tmp_path / "article.txt"
    f.write_text(TEXT)
    (tmp_path / "article.meta.json").write_text(bad)
    problem, doc = read(f)
    assert problem.path == str(tmp_path / "article.meta.json") and problem.reason.endswith("ignored")
    assert doc.raw == TEXT


def test_json_lines_over_the_size_limit_are_read_line_by_line(tmp_path: Path) -> None:
    f = tmp_path / "feed.jsonl"
    lines = [json.dumps({"text": f"Record {i}. {TEXT}"}) for i in range(30)]
    lines[7] = json.dumps({"text": "Talks went on. " * 100})       # one record over the limit
    f.write_text("\n".join(lines) + "\n")
    assert f.stat().st_size > 2000
    items = read(f, max_bytes=1000)
    assert [(i.path, i.reason) for i in skips_of(items)] == [(f"{f}:8", "line 8: over the 1 kB limit for one record")]
    docs = docs_of(items)
    assert len(docs) == 29 and docs[-1].raw.startswith("Record 29.")
    # the same records, the same hashes as when the file is read whole
    whole = docs_of(read(f))
    assert [d.content_hash for d in docs] == [d.content_hash for d in whole if d.path != f"{f}#8"]


@pytest.mark.parametrize("depth", [300, 3000])
def test_deeply_nested_html_keeps_its_text(tmp_path: Path, depth: int) -> None:
    f = tmp_path / "page.html"
    deep = "<div>" * depth + f"<p>{article_words()} Deep words here.</p>" + "</div>" * depth
    f.write_text(f"<html><head><title>T</title></head><body>{deep}</body></html>")
    items = read(f)
    doc = docs_of(items)[0]
    assert "Deep words here." in doc.raw
    assert [s.reason for s in skips_of(items)] == ([] if depth < readers.MAX_HTML_DEPTH else [readers.FLATTENED])


def test_a_stray_nul_byte_does_not_make_text_binary(tmp_path: Path) -> None:
    f = tmp_path / "a.txt"
    f.write_bytes(TEXT.encode() + b"\0" + b"Talks went on.\n")
    assert only_doc(f).raw == TEXT + "Talks went on.\n"


def test_a_file_rewritten_while_read_is_read_again(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    f = tmp_path / "a.txt"
    f.write_text(TEXT)
    real_read, writes = readers._read_bytes, [TEXT + "Then more.\n"]

    def read_while_rewritten(file, n):
        data = real_read(file, n)
        if writes:
            f.write_text(writes.pop())       # the writer finishes while we read
        return data

    monkeypatch.setattr(readers, "_read_bytes", read_while_rewritten)
    assert only_doc(f).raw == TEXT + "Then more.\n"


def test_a_file_that_keeps_changing_is_reported(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    f = tmp_path / "a.txt"
    f.write_text(TEXT)
    real_read = readers._read_bytes

    def read_while_growing(file, n):
        data = real_read(file, n)
        with open(f, "a") as out:
            out.write("More. ")
        return data

    monkeypatch.setattr(readers, "_read_bytes", read_while_growing)
    assert only_skip(f) == Skipped(str(f), readers.CHANGING)


@pytest.mark.parametrize("name, data, says", [
    ("report.pdf", b"%PDF-1.7\n" + TEXT.encode() * 50, "a PDF file, not text: convert it first"),
    ("feed.xml", b'<?xml version="1.0"?>\n<rss version="2.0"><channel><item><title>Talks.</title>'
                 b"<description>" + TEXT.encode() * 20 + b"</description></item></channel></rss>",
     "an RSS or Atom feed"),
    ("atom.txt", b'<feed xmlns="http://www.w3.org/2005/Atom"><entry><summary>' + TEXT.encode() * 20
                 + b"</summary></entry></feed>", "an RSS or Atom feed"),
])
def test_pdf_and_feeds_are_named_with_what_to_do(tmp_path: Path, name: str, data: bytes, says: str) -> None:
    f = tmp_path / name
    f.write_bytes(data)
    assert only_skip(f).reason.startswith(says)


def test_a_text_field_holding_an_object_says_so(tmp_path: Path) -> None:
    f = tmp_path / "a.json"
    f.write_text(json.dumps({"text": {"en": TEXT}}))
    assert only_skip(f).reason == ('the "text" field holds an object, not text: put the article text in "text" '
                                   'as a string')


def test_outlets_titles_and_names_cannot_reach_the_terminal_raw(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(TEXT)
    (tmp_path / "a.meta.json").write_text(json.dumps({"source": "AA\x1b]0;pwned\x07\x1b[2J", "title": "T\x1b[31m"}))
    (tmp_path / "b.jsonl").write_text(json.dumps({"text": TEXT, "source": {"name": "\x1b[2JReuters"}}) + "\n")
    page = (f'<html><head><meta property="og:site_name" content="Daily&#27;[2J News"></head>'
            f"<body><article><p>{article_words()}</p></article></body></html>")
    (tmp_path / "c\nskipped forged.txt: no.html").write_text(page)
    (tmp_path / "d\x1b[2J.txt").write_text("")
    items = read(tmp_path)
    docs = docs_of(items)
    assert [d.outlet for d in docs] == ["AA", "Reuters", "Daily News"]
    assert docs[0].title == "T"
    names = [d.file for d in docs] + [d.path for d in docs] + [s.path for s in skips_of(items)]
    assert all(c.isprintable() for name in names for c in name), names
    assert docs[2].file == "c\\nskipped forged.txt: no.html"
    assert skips_of(items)[0].path.endswith("d\\x1b[2J.txt")


def test_a_big_json_lines_file_growing_while_read_is_reported(tmp_path: Path) -> None:
    f = tmp_path / "feed.jsonl"
    f.write_text("".join(json.dumps({"text": f"Record {i}. {TEXT}"}) + "\n" for i in range(30)))
    items = []
    for item in read_documents([str(f)], max_bytes=500):
        items.append(item)
        if len(items) == 3:
            with open(f, "a") as out:          # a feed still being written
                out.write(json.dumps({"text": "Late. " + TEXT}) + "\n")
    assert items[-1] == Skipped(str(f), items[-1].reason) and "changed while it was read" in items[-1].reason
    assert len(docs_of(items)) >= 30


def test_a_lone_headline_with_an_abbreviation_is_still_no_article(tmp_path: Path) -> None:
    f = tmp_path / "feed.jsonl"
    f.write_text(json.dumps({"text": "The president of the U.S. meets allies"}) + "\n")
    assert only_skip(f).reason.endswith(readers.NO_SENTENCES)


# --- real-shaped pages (trafilatura's body, tuiex's date) ----------------------------------------------

CHROME = ("cookies", "Accept all", "Subscribe", "Most read", "comment", "Terms of use", "Newsletter",
          "Copyright", "Home", "Lima court", "Mining strike")


def news_page(date_meta: str, body: str) -> str:
    """A page shaped like a real outlet's: cookie banner, navigation, share bar, the story, a related-links
    list, reader comments with their own <time> stamps, a newsletter box and a footer."""
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Bolivia and Chile open water talks | Andes Monitor</title>
<meta property="og:site_name" content="Andes Monitor">{date_meta}
<script>window.dataLayer = [];</script></head>
<body>
<div id="cookie-consent" class="consent-banner"><p>This site uses cookies to give you a better experience.
 <button>Accept all</button> <a href="/cookies">Manage settings</a></p></div>
<header><a class="logo" href="/">Andes Monitor</a>
<nav class="main-nav"><ul><li><a href="/">Home</a></li><li><a href="/region">Region</a></li>
<li><a href="/politics">Politics</a></li><li><a href="/economy">Economy</a></li></ul></nav></header>
<main>
<article class="story">
<h1>Bolivia and Chile open water talks</h1>
<div class="share-bar"><a href="#">Share on Facebook</a> <a href="#">Share on X</a></div>
{body}
<aside class="related-stories"><h2>Related</h2><ul>
<li><a href="/r1">Lima court frees former minister</a> <time datetime="2015-02-02">2 Feb 2015</time></li>
<li><a href="/r2">Mining strike spreads to three provinces</a></li></ul></aside>
</article>
<section class="comments" id="comments"><h2>4 comments</h2>
<div class="comment"><span class="comment-author">ruta_5</span> <time datetime="2021-11-30T08:15:00Z">30 Nov 2021</time>
<p>Talks again? They said the same thing last year and nothing came of it at all.</p></div>
<div class="comment"><span class="comment-author">mina</span> <time datetime="2021-12-01T09:00:00Z">1 Dec 2021</time>
<p>Finally some good news for the border towns, I hope it works this time.</p></div>
</section>
</main>
<div class="newsletter-signup"><h3>Newsletter</h3><p>Subscribe to our daily briefing.</p></div>
<footer><p>Copyright 2021 Andes Monitor. <a href="/terms">Terms of use</a></p></footer>
</body></html>"""


STORY = """<p>Tuesday, April 12, 2016</p>
<p>LA PAZ - Bolivia and Chile agreed on Tuesday to open talks on the shared Silala river, ending a
dispute that has soured relations between the neighbours for years.</p>
<p>"Water should unite our peoples, not divide them," the Bolivian foreign minister told reporters
after the meeting in La Paz.</p>
<p>Chile said its delegation would travel to La Paz in May to set the agenda for a first round.</p>"""


def body_paragraphs(doc: SourceDoc) -> list[str]:
    return doc.raw.split("\n\n")[1:]


def test_real_shaped_page_body_without_chrome_and_date_from_the_article(tmp_path: Path) -> None:
    f = tmp_path / "story.html"
    f.write_text(news_page("", STORY))
    doc = only_doc(f)
    assert doc.title == "Bolivia and Chile open water talks" and doc.outlet == "Andes Monitor"
    paragraphs = body_paragraphs(doc)
    assert paragraphs[0].startswith("LA PAZ - Bolivia and Chile agreed on Tuesday")
    assert paragraphs[-1] == ("Chile said its delegation would travel to La Paz in May to set the agenda "
                              "for a first round.")
    assert len(paragraphs) == 3
    assert not any(word in doc.raw for word in CHROME)
    # the date printed under the headline, never a comment's or a related link's <time>
    assert (doc.published, doc.published_how) == ("2016-04-12", "html date line")


def test_real_shaped_page_date_from_metadata_beats_comments(tmp_path: Path) -> None:
    f = tmp_path / "story.html"
    meta = '\n<meta property="article:published_time" content="2016-04-12T18:05:00+02:00">'
    f.write_text(news_page(meta, STORY.replace("<p>Tuesday, April 12, 2016</p>", "")))
    doc = only_doc(f)
    assert (doc.published, doc.published_how) == ("2016-04-12", "html metadata")
    assert not any(word in doc.raw for word in CHROME)


def test_real_shaped_page_with_no_date_of_its_own_takes_none_from_comments(tmp_path: Path) -> None:
    f = tmp_path / "story.html"
    f.write_text(news_page("", STORY.replace("<p>Tuesday, April 12, 2016</p>", "")))
    assert only_doc(f).published is None


def test_short_html_brief_is_an_article(tmp_path: Path) -> None:
    """A brief of three sentences (39 words) amid all the page furniture is read, not skipped."""
    brief = """<p>Tuesday, April 12, 2016</p>
<p>LA PAZ - Bolivia and Chile agreed on Tuesday to open talks on the Silala river.</p>
<p>"Water should unite us," the Bolivian foreign minister said.</p>
<p>Chile said its delegation would travel to La Paz in May.</p>"""
    f = tmp_path / "brief.html"
    f.write_text(news_page("", brief))
    doc = only_doc(f)
    assert body_paragraphs(doc) == [
        "LA PAZ - Bolivia and Chile agreed on Tuesday to open talks on the Silala river.",
        '"Water should unite us," the Bolivian foreign minister said.',
        "Chile said its delegation would travel to La Paz in May.",
    ]
    assert doc.published == "2016-04-12"


def test_outlet_from_trafilatura_when_the_page_has_no_og_site_name(tmp_path: Path) -> None:
    """The publisher of a page's JSON-LD (read by trafilatura) names the outlet; og: tags come first."""
    ld = ('{"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Bolivia and Chile open '
          'water talks", "publisher": {"@type": "Organization", "name": "Andes Monitor"}}')
    page = (f'<html><head><title>Bolivia and Chile open water talks</title><script type="application/ld+json">'
            f'{ld}</script></head><body><article><p>{article_words(30)}</p></article></body></html>')
    f = tmp_path / "story.html"
    f.write_text(page)
    doc = only_doc(f)
    assert (doc.title, doc.outlet) == ("Bolivia and Chile open water talks", "Andes Monitor")
    f.write_text(page.replace("<title>", '<meta property="og:site_name" content="Monitor Andino"><title>'))
    assert only_doc(f).outlet == "Monitor Andino"


def test_extraction_reuses_the_readers_cleaning(tmp_path, monkeypatch):
    """The reader cleans each document once (to know it has a body and hash its text) and keeps
    the result on it, so extraction, in a --jobs worker too, does not clean the same text again."""
    import pickle

    from tuiex.ingest import pipeline

    path = tmp_path / "a.txt"
    path.write_text("Talks resume in Geneva\n\nThe foreign minister said on Monday that the talks "
                    "would resume next week in Geneva after a pause of two months.\n", encoding="utf-8")
    (doc,) = [d for d in read_documents([str(path)]) if isinstance(d, SourceDoc)]
    assert doc.cleaned is not None
    doc = pickle.loads(pickle.dumps(doc))          # as a worker receives it

    def no_second_cleaning(*args, **kwargs):
        raise AssertionError("cleaned twice")

    monkeypatch.setattr(pipeline, "clean_once", no_second_cleaning)
    cleaned, _, _ = pipeline.prepare(doc)
    assert cleaned.title == "Talks resume in Geneva" and cleaned.body


def test_a_text_changed_after_cleaning_is_cleaned_again(tmp_path):
    """A lone surrogate replaced after the reader cleaned the text: the kept cleaning is dropped."""
    path = tmp_path / "b.jsonl"
    path.write_text('{"text": "The minister said on Monday that talks would resume next week in '
                    'Geneva after a long pause \\ud800 in the talks."}\n', encoding="utf-8")
    (doc,) = [d for d in read_documents([str(path)]) if isinstance(d, SourceDoc)]
    assert "\ufffd" in doc.raw and doc.cleaned is None and doc.text_hash is None
