"""Property-based tests: whatever text comes in, extraction does not raise and every stored offset
points into the article's own text at the words it claims to.

Hypothesis runs derandomized (a fixed sequence of examples) so CI is deterministic; set
TUIEX_PROPERTY_EXAMPLES=2000 TUIEX_PROPERTY_RANDOM=1 for a longer, random search on a workstation.
spaCy loads once per session (`load_nlp` is cached)."""

from __future__ import annotations

import json
import os
import re
import sqlite3
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tuiex.ingest import readers
from tuiex.ingest.clean import clean
from tuiex.ingest.dates import PartialDate, find_time_expressions, resolve, stated
from tuiex.ingest.pipeline import extract
from tuiex.ingest.published import find_published
from tuiex.ingest.quotes import _unquote, quote_spans
from tuiex.ingest.readers import Skipped, read_documents
from tuiex.records import Article, SourceDoc
from tuiex.store.db import Store

_EXAMPLES = int(os.environ.get("TUIEX_PROPERTY_EXAMPLES", "0"))
_RANDOM = bool(os.environ.get("TUIEX_PROPERTY_RANDOM"))


def props(examples: int) -> settings:
    """Deterministic settings: `examples` per test (slow spaCy tests get fewer), no deadline (the
    first spaCy parse is slow), no example database (nothing carried between runs)."""
    return settings(max_examples=_EXAMPLES or examples, deadline=None, derandomize=not _RANDOM,
                    database=None, print_blob=True,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                           HealthCheck.function_scoped_fixture])


# --- strategies --------------------------------------------------------------------------------------

NEWS = [
    "Turkish President Recep Tayyip Erdogan met Russian President Vladimir Putin in Sochi on Friday.",
    'Foreign Minister Mevlut Cavusoglu said: "We will not accept this."',
    "“We are deeply disappointed,” Foreign Minister José Muñoz said.",
    "Germany expelled Russia's ambassador on Monday after a cyber attack on the parliament in Berlin.",
    "Russia condemned the decision and promised a response.",
    "According to officials in Ankara, the talks will resume in July 2016.",
    "He told reporters that the government expected progress before the end of the year.",
    "« Nous ne céderons pas », a déclaré le ministre.",
    "The United Nations urged both sides to show restraint, a spokesman said.",
    "France signed a migration agreement with Italy on Friday in Rome.",
    "ANKARA (Reuters) - Turkey's parliament approved the deal on July 15, 2016.",
    "Iran's Foreign Ministry spokesman ‘rejected’ the accusation, calling it 'baseless'.",
    "Japan protested to China over ships near the islands last week.",
    "She said the attack, which killed 12 people, was “an act of terror”.",
    "NATO allies agreed to deploy troops, according to a statement from the alliance.",
    "Prime Minister Marco Bianchi told reporters: “This is a good day for Europe.”",
    "Share", "Advertisement", "By John Writer", "Tags: turkey, russia", "Read more",
]
MARKS = ['"', "“", "”", "«", "»", "'", "‘", "’", "„"]
BREAKS = ["\n", "\r\n", "\r", "\n\n", "\r\n\r\n", "\r\r", " ", "  ", "\t", "\u00a0", "\u2028", "\u2029", "\f",
          "\x85", "\v"]
DEBRIS = ["\ufeff", "\x00", "\x1b[31m", "\x07", "\ud83d", "\udc00", "\u200b", "\ufffd"]   # BOMs, controls, half emoji
DATES = ["July 15, 2016", "2016-07-15", "last week", "on Friday", "in March", "March 2",
         "15 July", "2019", "yesterday", "earlier this month", "Sept. 3", "the past year", "12", "3.5%",
         "1,000", "$20", "31 February", "Friday, July 1"]
WORDS = ["the", "minister", "said", "Turkey", "Russia", "talks", "he", "they", "we", "accused",
         "Erdogan", "Putin", "met", "that", "and", "of", "to", "in", "told", "reporters", ".", ",", ":",
         "-", "—", "(AP)", "?", "!", "…"]

fragments = st.one_of(
    st.sampled_from(NEWS),
    st.sampled_from(MARKS),
    st.sampled_from(BREAKS),
    st.sampled_from(DATES),
    st.sampled_from(WORDS),
    st.sampled_from(DEBRIS),
    st.text(max_size=12),                                     # any unicode (control characters too)
    st.text(alphabet=st.characters(codec="utf-8"), max_size=6).map(str.upper),
)
# Real-ish news most of the time, so the parser finds names, quotes and events to place.
news_text = st.lists(fragments, max_size=40).map(
    lambda parts: "".join(p if p in BREAKS or p in MARKS else p + " " for p in parts))


# --- invariants -----------------------------------------------------------------------------------------


def check_article(art: Article) -> None:
    """Every span of `art` lies inside its text, in order, and slices to what it stores."""
    assert art.title is None or (art.title.strip() == art.title and "\n" not in art.title and art.title)
    text = art.text
    n = len(text)
    assert not set(text) & set("\r\ufeff\x00\x1b\x85\u2028\u2029\v\f")
    text.encode("utf-8")                     # storable: no half surrogate pairs
    prev_end = 0
    for s in art.sentences:
        assert prev_end <= s.start < s.end <= n, (s, n)
        piece = text[s.start:s.end]
        assert piece.strip() == piece and piece, (s, piece)
        prev_end = s.end
    starts = [s.start for s in art.sentences]

    def in_sentence(idx: int, start: int) -> None:
        assert 0 <= idx < len(art.sentences), (idx, len(art.sentences))
        assert starts[idx] <= start and (idx + 1 == len(starts) or start < starts[idx + 1]), (idx, start)

    for m in art.mentions:
        assert 0 <= m.start < m.end <= n, m
        assert m.text == text[m.start:m.end], (m, text[m.start:m.end])
        assert m.actor_key in art.actors
        in_sentence(m.sentence, m.start)
    for e in art.events:
        assert 0 <= e.start <= e.trigger_start < e.trigger_end <= e.end <= n, e
        trigger_text = text[e.trigger_start:e.trigger_end]
        assert e.trigger == trigger_text or all(part in trigger_text for part in e.trigger.split(" ... ")), (
            e, trigger_text)
        assert e.source in art.actors and (e.target is None or e.target in art.actors), e
        in_sentence(e.sentence, e.start)
        assert e.date is None or PartialDate.parse(e.date)
    for q in art.quotes:
        assert 0 <= q.start < q.end <= n, q
        words = text[q.start:q.end]
        assert q.text in (words, _unquote(words)) and q.text.strip(), (q, words)
        assert q.speaker is None or q.speaker in art.actors
        in_sentence(q.sentence, q.start)
        assert q.date is None or PartialDate.parse(q.date)
    for key, actor in art.actors.items():
        assert actor.key == key and actor.name
    assert art.published is None or PartialDate.parse(art.published)


def check_store(db: Path, art: Article) -> None:
    """The same invariants read back from SQLite."""
    with sqlite3.connect(db) as conn:
        (article_id, text), = conn.execute("SELECT id, text FROM articles").fetchall()
        assert text == art.text
        sentences = conn.execute("SELECT id, idx, start, end FROM sentences WHERE article_id = ? ORDER BY idx",
                                 [article_id]).fetchall()
        assert [(s, e) for _, _, s, e in sentences] == [(s.start, s.end) for s in art.sentences]
        span_of = {sid: (s, e) for sid, _, s, e in sentences}
        for start, end, got, sid in conn.execute("SELECT start, end, text, sentence_id FROM mentions"):
            assert got == text[start:end] and sid in span_of
        n_mentions = conn.execute("SELECT count(*) FROM mentions").fetchone()[0]
        assert n_mentions == len(art.mentions)
        rows = conn.execute("SELECT start, end, trigger_start, trigger_end, trigger, sentence_id FROM events").fetchall()
        assert len(rows) == len(art.events)
        for start, end, ts, te, trigger, sid in rows:
            assert 0 <= start <= ts < te <= end <= len(text) and sid in span_of
            assert span_of[sid][0] <= start
        rows = conn.execute("SELECT start, end, text, sentence_id FROM quotes").fetchall()
        assert len(rows) == len(art.quotes)
        for start, end, got, sid in rows:
            assert got in (text[start:end], _unquote(text[start:end])) and sid in span_of


# --- extraction -----------------------------------------------------------------------------------------


def source(raw: str, title: str | None = None, published: str | None = None) -> SourceDoc:
    return SourceDoc(path="/tmp/p.txt", file="p.txt", raw=raw, content_hash="x", title=title,
                     published=published, published_how="test" if published else None)


@props(120)
@given(raw=news_text, title=st.none() | st.sampled_from(["Talks resume", "  ", "“Quoted” headline", ""]) | news_text,
       published=st.none() | st.sampled_from(["2016", "2016-07", "2016-07-15"]))
def test_extract_spans_point_into_the_text(raw: str, title: str | None, published: str | None) -> None:
    check_article(extract(source(raw, title, published)))


@props(40)
@given(raw=news_text)
def test_store_round_trip_keeps_the_spans(tmp_path_factory: pytest.TempPathFactory, raw: str) -> None:
    art = extract(source(raw, published="2016-07-15"))
    check_article(art)
    store_and_check(tmp_path_factory.mktemp("store") / "s.db", art)


def store_and_check(db: Path, art) -> None:
    """Write `art` into a new store at `db`, then check the stored spans against it."""
    store = Store(db)
    try:
        store.write_article(art)
    finally:
        store.close()
    check_store(db, art)


@props(40)
@given(data=news_text.map(lambda s: s.encode("utf-8", "surrogatepass"))
       | news_text.map(lambda s: s.encode("cp1252", "replace"))
       | st.lists(st.fixed_dictionaries({"title": news_text, "text": news_text}), min_size=1, max_size=2)
           .map(lambda records: "\r\n".join(map(json.dumps, records)).encode()),
       suffix=st.sampled_from([".txt", ".jsonl"]))
def test_bytes_to_store(tmp_path_factory: pytest.TempPathFactory, data: bytes, suffix: str) -> None:
    """The whole way a file goes: any bytes, read, extracted and stored, keep every invariant."""
    folder = tmp_path_factory.mktemp("chain")
    (folder / f"input{suffix}").write_bytes(data)
    for n, doc in enumerate(read_documents([str(folder / f"input{suffix}")])):
        if isinstance(doc, Skipped):
            continue
        art = extract(doc)
        check_article(art)
        store_and_check(folder / f"store{n}.db", art)


# --- cleaning, reading, dates, quotes --------------------------------------------------------------


@props(300)
@given(raw=news_text | st.text(), title=st.none() | st.text(max_size=20))
def test_clean_paragraphs_are_slices_of_the_text(raw: str, title: str | None) -> None:
    c = clean(readers._newlines(raw), title)
    pos = 0
    for p in c.paragraphs:
        assert pos <= p.start <= p.end <= len(c.text)
        assert c.text[p.start:p.end] == p.text
        pos = p.end
    assert c.text == "\n\n".join(p.text for p in c.paragraphs)
    find_published(c.lines, c.lead_line)       # never raises


@props(300)
@given(data=st.binary(max_size=400) | news_text.map(lambda s: s.encode("utf-8", "surrogatepass"))
       | news_text.map(lambda s: s.encode("cp1252", "replace"))
       | news_text.map(lambda s: s.encode("utf-16", "surrogatepass"))
       | news_text.map(lambda s: b"\xef\xbb\xbf" + s.encode("utf-8", "surrogatepass"))
       | st.lists(st.dictionaries(st.sampled_from(["text", "title", "body", "date", "source", "url", "id"]),
                                  news_text | st.integers() | st.none(), max_size=4), max_size=3)
           .map(lambda records: "\n".join(map(json.dumps, records)).encode()),
       suffix=st.sampled_from([".txt", ".html", ".json", ".jsonl", ""]))
def test_read_any_bytes(tmp_path_factory: pytest.TempPathFactory, data: bytes, suffix: str) -> None:
    """Any bytes under any extension: documents or skips, never an exception; text with "\\n" only."""
    f = tmp_path_factory.mktemp("read") / f"input{suffix}"
    f.write_bytes(data)
    items = list(read_documents([str(f)]))
    assert items
    for item in items:
        if isinstance(item, Skipped):
            assert item.path.startswith(str(f)) and item.reason
            assert not item.reason.startswith("could not be read"), item     # the catch-all is for surprises
        else:
            assert "\r" not in item.raw and not item.raw.startswith("\ufeff") and item.raw.strip()
            for value in (item.raw, item.title, item.outlet, item.url, item.path, item.file):
                assert value is None or value.encode("utf-8")      # storable: no half surrogate pairs


@props(300)
@given(data=st.binary(max_size=300))
def test_decode_any_bytes(data: bytes) -> None:
    decoded = readers._decode(data)
    if decoded is not None:
        text, codec = decoded
        assert "\r" not in text and not text.startswith("\ufeff")


@props(300)
@given(markup=st.text(max_size=300) | news_text.map(lambda s: f"<html><body><p>{s}</p></body></html>"))
def test_reduce_html_any_text(markup: str) -> None:
    meta, paragraphs, _ = readers._reduce_html(markup)
    assert all(isinstance(p, str) and p.strip() == p and p for p in paragraphs)


@props(500)
@given(text=news_text | st.text())
def test_time_expressions_are_slices(text: str) -> None:
    end = 0
    for expr in find_time_expressions(text):
        assert end <= expr.start < expr.end <= len(text)
        assert text[expr.start:expr.end] == expr.text
        end = expr.end
        for anchor in (None, PartialDate(2016), PartialDate(2016, 2), PartialDate(2016, 2, 29)):
            got = resolve(expr.text, anchor)
            assert got is None or isinstance(got, PartialDate)
            resolve(expr.text, anchor, future=True)
    stated(text)


def _angle_opens(text: str, i: int) -> bool:
    """A guillemet » that opens: at the start or after a space, bracket, colon or dash, before a
    letter, digit or another opening mark."""
    return (i == 0 or text[i - 1].isspace() or text[i - 1] in "([:—–-") and i + 1 < len(text) \
        and (text[i + 1].isalnum() or text[i + 1] in "„“\"'‘(")


def _letter(c: str) -> bool:
    return c.isalnum() and not c.isdecimal()


def _single_opens(text: str, p: int) -> bool:
    return text[p] == "'" and (p == 0 or text[p - 1] in " \t\n\r\f\v([—–:-") and p + 1 < len(text) \
        and _letter(text[p + 1])


def reference_doubled_singles(text: str) -> str:
    """Two single marks typed for one double mark, read as that mark and a space, the slow way: ‘’
    or ‘‘ at the start or after a space, bracket, dash or colon open; ’’ after any other
    character closes (openings read first, left to right)."""
    out, i = [], 0
    while i < len(text):
        if text[i:i + 2] in ("‘’", "‘‘") and (i == 0 or text[i - 1].isspace() or text[i - 1] in "([—–:-"):
            out.append("“ ")
            i += 2
        else:
            out.append(text[i])
            i += 1
    text, out, i = "".join(out), [], 0
    while i < len(text):
        if text[i:i + 2] == "’’" and i > 0 and not text[i - 1].isspace():
            out.append("” ")
            i += 2
        else:
            out.append(text[i])
            i += 1
    return "".join(out)


def reference_quote_spans(text: str) -> list[tuple[int, int, int]]:
    """The pairing rule spelled out the slow way (every opening mark scans ahead for its closer): the
    oracle for the linear `quote_spans`."""
    text = reference_doubled_singles(text)
    spans, i, n = [], 0, len(text)
    if "'" in text and "‘" not in text and not any(m in text for m in '"“”«»„'):
        return reference_single_spans(text)
    closers = {'"': '"', "“": "”", "«": "»", "„": "“", "‘": "’"}
    if "”" in text and "“" not in text and text.count("”") % 2 == 0:
        closers["”"] = "”"          # ”...” (Swedish, Finnish)
    elif "»" in text and ("«" not in text or text.index("»") < text.index("«")) \
            and _angle_opens(text, text.index("»")):
        del closers["«"]            # »...« (German, Danish), »...» (Finnish)
        closers["»"] = "«" if "«" in text[text.index("»"):] else "»"
    while i < n:
        c = text[i]
        close = closers.get(c)
        if close is None or (c == "‘" and i > 0 and text[i - 1].isalnum()) \
                or (c == "”" and i > 0 and not text[i - 1].isspace() and text[i - 1] not in "(["):
            i += 1
            continue
        j = i + 1
        while j < n and not (text[j] == close and not (close == "’" and j + 1 < n and text[j + 1].isalpha())):
            if c == '"' and text[j] == "\n":
                break
            j += 1
        if c == '"' and '"' not in text[i + 1:]:
            # a straight opening mark with no straight closer may close with a curly one
            j = text.find("”", i + 1)
            if j == -1 or "\n" in text[i + 1:j]:
                j = n
        elif c == "“" and j >= n and text[i + 1:].count('"') % 2 == 1:
            # a curly opening mark with no curly closer closes with the first straight one
            j = text.find('"', i + 1)
            if "\n" in text[i + 1:j]:
                j = n
            elif j < n:
                close = '"'
        elif c == "„" and j >= n:
            # „...” or „..."
            j = min((k for k in (text.find("”", i + 1), text.find('"', i + 1)) if k != -1), default=n)
            if "\n" in text[i + 1:j]:
                j = n
            elif j < n:
                close = text[j]
        if (j >= n or text[j] != close and not (c == '"' and text[j] == "”")) and c in '"“«„' \
                and (not text[:i].strip() or text[:i].rstrip().endswith(":")) and j >= n \
                and not any(m in text[i + 1:] for m in '"“”«»„'):
            # opening the paragraph (or after a colon) and never closed: runs to the paragraph's end
            start, end = i + 1, len(text.rstrip())
            while start < end and text[start] == " ":
                start += 1
            while end > start and text[end - 1] in " ,.;:":
                end -= 1
            if end - start > 1:
                spans.append((start, end, i))
            break
        if j >= n or (text[j] != close and not (c == '"' and text[j] == "”")):
            i += 1
            continue
        start, end = i + 1, j
        while start < end and text[start] == " ":
            start += 1
        while end > start and text[end - 1] in " ,.;:":
            end -= 1
        if end > start:
            spans.append((start, end, i))
        i = j + 1
    return spans


QUOTE_LINKS = {"and", "or", "but", "nor", "in", "on", "at", "to", "for", "as", "with", "from", "after", "before",
               "while", "which", "that", "who", "because", "over", "during", "against", "by", "is", "are", "was",
               "were", "has", "have", "had", "will", "would", "of", "if", "when", "than", "so", "he", "she", "they"}


def reference_single_spans(text: str) -> list[tuple[int, int, int]]:
    """Straight single marks in a paragraph with no double ones, the slow way: an opening mark at the
    start or after a space, bracket, dash or colon, before a letter; a quotation opening its
    sentence closes at the first mark after a letter or punctuation that is preceded by [.,!?…] and
    followed by a space, punctuation or the end (on its line); one inside a sentence at the first such
    mark within 160 letters and 12 words, skipping "s' " before a mark or a lower-case word that
    links no clause, unless another quotation opens before the next mark; none of one letter."""
    spans, i, n = [], 0, len(text)
    while i < n:
        if not _single_opens(text, i):
            i += 1
            continue
        before = text[:i].rstrip(" \t")
        whole = not before or before[-1] in ".!?:\n"
        line_end = text.find("\n", i)
        limit = n if line_end == -1 else line_end
        j = poss = -1
        for k in range(i + 1, limit if whole else min(limit, i + 160)):
            after_ok = k + 1 >= n or text[k + 1] in " \t\n\r\f\v.,;:!?)]—–-"
            if text[k] != "'" or not after_ok or not (text[k - 1] in ".,!?…" or text[k - 1].isalnum()):
                continue
            if whole:
                if text[k - 1] in ".,!?…":
                    j = k
                    break
                continue
            if len(text[i + 1:k].split()) > 12:
                break
            if poss != -1 and any(_single_opens(text, p) for p in range(poss + 1, k - 1)):
                j = poss        # another quotation opens before this mark: the "s' " closed this one
                break
            nxt = re.match(r"\s('|[^\W\d_]+)", text[k + 1:])
            if text[k - 1] == "s" and nxt and nxt.group(1) not in QUOTE_LINKS and not nxt.group(1)[0].isupper():
                poss = k if poss == -1 else poss
                continue
            j = k
            break
        if j == -1:
            i += 1
            continue
        if j - i <= 2:      # one letter between the marks
            i = j + 1
            continue
        start, end = i + 1, j
        while end > start and text[end - 1] in " ,.;:":
            end -= 1
        if end > start:
            spans.append((start, end, i))
        i = j + 1
    return spans


@props(500)
@given(text=news_text | st.text(alphabet=st.sampled_from(MARKS + ["a", "s", " ", "\n", "."]), max_size=80))
def test_quote_spans_pair_marks_like_the_reference(text: str) -> None:
    spans = quote_spans(text)
    assert [(s.start, s.end, s.open_at) for s in spans] == reference_quote_spans(text)
    end = 0
    for s in spans:
        assert end <= s.open_at < s.start < s.end <= len(text), s
        assert text[s.open_at] in "\"“«„‘”»'"
        end = s.end
