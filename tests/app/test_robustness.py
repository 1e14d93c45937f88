"""The explorer and `tuiex search` against hostile input (issue 5, reliability): whatever is typed
in the search box or on the command line is searched as text or explained, never run as SQL and
never a traceback; tiny terminals; an empty store; an article of megabytes."""

from __future__ import annotations

import hashlib
import re
import subprocess
import sys
import time
import unicodedata
from pathlib import Path

import pytest
from conftest import screen_text, settle
from hypothesis import given, settings
from hypothesis import strategies as st
from storefactory import ArticleBuilder, _common, build_sample_store
from test_explorer import press, running, status, type_text

from tuiex.app import source_text
from tuiex.app.highlight import find_terms, fold_same_length
from tuiex.app.source_text import MAX_PARAGRAPHS, WINDOW, window
from tuiex.cli import main
from tuiex.store.db import Store
from tuiex.store.output import search
from tuiex.store.read_records import View
from tuiex.store.reader import Reader
from tuiex.store.search import QueryError, parse
from tuiex.textnorm import strip_accents

# What people paste into a search box: FTS5 syntax, SQL, control characters, very long text.
NASTY = [
    "AND", "OR OR", "NOT", "NEAR(", "NEAR(turkey russia, 2)", "*", "turk*", '"', '""', '"a" "',
    "-foo", "+foo", "foo:", "^", "^turkey", "col:x", "title:turkey", "events:x", ":", "a:b:c",
    "(", ")", "{a b}", "[IS]", "'; DROP TABLE events; --", "' OR 1=1 --", "%", "_", "%_%",
    "\\", "a\\b", "\\\\", "\x00", "a\x00b", "\x1b[2J\x1b[31mred", "\t", "tab\there", "\r\n",
    "\x7f", "\u200f\u202eRTL", "\ufeff", "😀", "turkey😀", "Çavuşoğlu", "ÇAVUŞOĞLU", "\udcff",
    "lav\ud800", "actor:", "actor:turkey", "actor:zzzq", "source:russia,turkey", 'target:"Turkey',
    "type:ASSAULT", "type:assalt", "from:2016", "to:2016-13", "from:2016 to:2015", "to:9999",
    "from:0000-02-29", "quote:", "event:", "quote: event:", "lavrov", "turkey", "x" * 300,
]
LONG = [
    "x" * 10_000,
    " ".join(f"w{i}" for i in range(1000)),
    " ".join(["turkey"] * 1000),
    "actor:turkey " * 800,
    "actor:" + ",".join(f"name{i}" for i in range(100)),
    '"' + "a b " * 2500 + '"',
    "\x00" * 10_000,
    "😀" * 5000,
]


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> Path:
    """The sample store, private to this module (its bytes are compared before and after)."""
    return build_sample_store(tmp_path_factory.mktemp("robust") / "sample.db")


@pytest.fixture(scope="module")
def reader(db):
    r = Reader(db)
    yield r
    r.close()


def fingerprint(db: Path) -> tuple:
    """The store's bytes and what it holds."""
    import sqlite3

    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    counts = tuple(conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                   for t in ("articles", "sentences", "actors", "aliases", "mentions", "events",
                             "quotes"))
    conn.close()
    return hashlib.sha256(db.read_bytes()).hexdigest(), counts


def run_query(reader: Reader, text: str, prefix: bool = False) -> None:
    """Everything the explorer does with a query: parse, resolve, count, page, position."""
    query = parse(text, prefix=prefix)
    view = reader.resolve(query, quotes=True, prefix=prefix)
    reader.count(view, cap=100)
    items = reader.page(view, limit=5)
    if items:
        reader.position(view, items[-1].key)
        reader.group_start(view, items[0].key, "day", 1)


# -- the query layer ----------------------------------------------------------------------------


@pytest.mark.parametrize("text", NASTY + LONG, ids=lambda t: repr(t[:20]))
def test_the_query_layer_searches_or_explains(reader, text):
    for prefix in (False, True):
        try:
            run_query(reader, text, prefix)
        except QueryError as e:
            message = str(e)
            assert message and "\n" not in message and len(message) < 300
            assert message.isprintable()


def test_fts_and_sql_syntax_are_words(reader):
    def found(text):
        return [(i.kind, i.date) for i in reader.page(reader.resolve(parse(text), quotes=True),
                                                       limit=100)]

    assert found("'; DROP TABLE events; --") == []
    assert found("turkey OR nothing") == []                        # OR is a word, ANDed
    assert found("-turkey") == found("turkey") != []              # "-" is no operator
    assert found("turk*") == []                                   # "*" is no prefix operator
    assert found("a\x00turkey") == found("a turkey")              # NUL is a space
    assert found("turkey\u200f") == found("turkey")               # invisible marks are not words
    assert found("") != []                                         # nothing typed: no text filter
    for nothing in ("%", "_", "%_%", "*"):                         # no letters or digits: says so
        with pytest.raises(QueryError, match="searches for nothing"):
            found(nothing)
    assert found(" ".join(["turkey"] * 1000)) == found("turkey")  # the same word once
    assert found("actor:turkey " * 800) == found("actor:turkey")
    assert reader.count(View(events=True, quotes=True)).n == 15


@pytest.mark.parametrize("text, message", [
    (" ".join(f"w{i}" for i in range(1000)), "too many words (1,000)"),
    ("actor:" + ",".join(f"name{i}" for i in range(100)), "too many actor names (100)"),
    ("lav\udcff", None),                      # undecodable command-line bytes: searched as text
    ("to:9999", None),
])
def test_limits_are_explained(reader, text, message):
    if message is None:
        run_query(reader, text)
        return
    with pytest.raises(QueryError, match=re.escape(message)):
        run_query(reader, text)


def test_to_the_last_year_includes_everything_dated(reader):
    view = reader.resolve(parse("to:9999"))
    assert reader.count(view).n == reader.count(View()).n - 2     # all but the 2 undated


# any character, and often one of those that break things: NUL, escape, a bidi override, lone
# surrogates (what Python makes of a command line's undecodable bytes), quotes, ":" and ","
_BREAKERS = "\x00\x1b\u202e\ud800\udcff\":,*^-'%_\\()"
_char = st.one_of(st.characters(exclude_categories=()), st.sampled_from(_BREAKERS))
_glued = st.tuples(st.sampled_from(["turkey", "lav", "actor", "type", "x1"]),
                   st.sampled_from(_BREAKERS), st.sampled_from(["", "russia", "2016", "*"]))
_token = st.one_of(st.sampled_from(NASTY), _glued.map("".join), st.text(_char, max_size=12))


@settings(derandomize=True, max_examples=150, deadline=None, database=None)
@given(text=st.one_of(st.lists(_token, max_size=6).map(" ".join), st.text(_char, max_size=40)),
       prefix=st.booleans())
def test_any_text_is_searched_or_explained(reader, text, prefix):
    """Only QueryError may come out of the query layer, never a sqlite3 or encoding error."""
    try:
        run_query(reader, text, prefix)
    except QueryError as e:
        assert str(e) and "\n" not in str(e)


def test_the_store_is_unchanged_by_searching(db, reader):
    before = fingerprint(db)
    for text in NASTY + LONG:
        for fn in (lambda t: run_query(reader, t, True), lambda t: search(db, t, 5)):
            try:
                fn(text)
            except QueryError:
                pass
    assert fingerprint(db) == before


# -- tuiex search ---------------------------------------------------------------------------------


@pytest.mark.parametrize("text", NASTY + LONG, ids=lambda t: repr(t[:20]))
def test_cli_search_answers_or_explains(db, text, capsys):
    try:
        rc = main(["search", "--db", str(db), "--limit", "3", "--", text])
    except SystemExit as e:                   # argparse, for what it cannot take
        rc = e.code
    out, err = capsys.readouterr()
    assert rc in (0, 1, 2), (rc, err)
    assert "Traceback" not in out + err
    if rc == 2:
        assert err.startswith("tuiex: bad query: ") and err.count("\n") == 1, err
    if rc == 1:
        assert err == "no matches\n"


def test_cli_search_in_a_real_process(db):
    """Through a shell-less exec, bytes that are not UTF-8 included (Python makes them lone
    surrogates, which SQLite cannot take)."""
    before = fingerprint(db)
    cases = [([b"lav\xff"], 1), (["'; DROP TABLE events; --"], 1), (['"air base'], 2),
             (["--", "-foo", "NEAR(", "x" * 10_000], 1)]
    for args, expected in cases:
        proc = subprocess.run([sys.executable, "-m", "tuiex.cli", "search", "--db", str(db), *args],
                              capture_output=True, timeout=120)
        err = proc.stderr.decode("utf-8", "replace")
        assert proc.returncode == expected, (args, err)
        assert b"Traceback" not in proc.stderr + proc.stdout, err
        if expected == 2:
            assert err.startswith("tuiex: bad query: ")
    assert fingerprint(db) == before


# -- the search box ---------------------------------------------------------------------------------

APP_QUERIES = [
    "OR OR", "NEAR(", '"', "-foo", "col:x", "'; DROP TABLE events; --", "%_\\",
    "a\x00b\x1b[31m\tc", "\u200f\u202eRTL 😀", "to:2016-13", LONG[0], LONG[1], LONG[3],
]


@pytest.mark.slow                 # about 10 s: a dozen searches through the keyboard
async def test_the_search_box_takes_anything(db):
    before = fingerprint(db)
    async with running(db) as (app, pilot):
        for text in APP_QUERIES:
            await pilot.press("slash")
            app.search_bar.input.value = text           # as pasted, then Enter at once
            await pilot.press("enter")
            await settle(pilot, 2)
            screen = screen_text(app)
            assert app.is_running and "Traceback" not in screen, text
            assert not [c for c in status(app) if unicodedata.category(c) in ("Cc", "Cs")
                        or "\u202a" <= c <= "\u202e"], repr(status(app))
            if app.search_bar.is_open:                   # refused, and explained under the box
                error = str(app.query_one("#search-error").render()).strip()
                assert error and error[:30] in screen, text
            else:                                        # searched: a view of the sample store
                assert app.timeline.rows <= 15 and app.timeline.view.label
            assert not (app.last_error or "").startswith("could not read"), app.last_error
            await pilot.press("escape")
            await settle(pilot, 1)
            if app.timeline.can_pop:
                await pilot.press("escape")
                await settle(pilot, 1)
            assert app.timeline.rows == 10 and not app.search_bar.is_open, text
            app.last_error = None
        # typed, not pasted: key by key, with the live search on every key
        await press(pilot, "/")
        await type_text(pilot, "'; DROP TABLE events; -- \"x OR NEAR(")
        await press(pilot, "enter")
        assert "unbalanced quote" in screen_text(app)
        await press(pilot, "escape")
        assert app.timeline.rows == 10
    assert fingerprint(db) == before


# -- terminals ----------------------------------------------------------------------------------------


async def test_tiny_terminals_and_back(db):
    async with running(db, size=(80, 24)) as (app, pilot):
        for size in [(1, 1), (10, 3), (20, 5), (200, 2)]:
            await pilot.resize_terminal(*size)
            await settle(pilot, 1)
            # keys as fast as they come, work still under way between them
            await pilot.press("j", "enter", "tab", "l", "slash", "t", "enter", "k", "z",
                              "question_mark", "escape", "r", "escape")
            await settle(pilot, 2)
            assert app.is_running, size
        await pilot.resize_terminal(120, 40)
        await settle(pilot)
        while app.timeline.can_pop:
            await press(pilot, "escape")
        await press(pilot, "escape", "g")
        tl = app.timeline
        assert tl.rows == 10 and tl.cursor == 0 and app.focused is tl
        assert "1–10 of 10" in status(app)
        screen = screen_text(app)
        assert "Turkey shot down a Russian warplane" in screen and "THREATEN" in screen
        await press(pilot, "j", "enter")
        assert app.source.selected == ("event", 2) and app.focused is app.source
        assert "Moscow later imposed economic sanctions" in screen_text(app)
        assert app.last_error is None


# -- an article of megabytes ----------------------------------------------------------------------

FILLER = "lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod tempor "


def huge_article(file: str, size: int, line: int | None):
    """`size` characters of filler (one paragraph, or lines of `line` characters), then an
    event near the end."""
    if line is None:
        body = FILLER * (size // len(FILLER))
    else:
        row = (FILLER * (line // len(FILLER) + 1))[:line].strip()
        body = "\n".join([row] * (size // (len(row) + 1)))
    body += "\nAt last Turkey shot down a Russian warplane near the border.\nThe end.\n"
    b = _common(ArticleBuilder(file, f"A huge article ({file})", "Wire", "2020-01-01", body))
    b.event("ASSAULT", "tr", "ru", "Turkey shot down a Russian warplane", "shot down", "2020-01-02")
    return b.build()


@pytest.fixture(scope="module")
def huge_db(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("huge") / "huge.db"
    store = Store(path)
    store.write_article(huge_article("one_paragraph.txt", 8_000_000, None))      # 8 MB, no breaks
    store.write_article(huge_article("many_lines.txt", 3_000_000, 300))          # 3 MB, 10,000 lines
    store.close()
    return path


def shown_chars(src) -> int:
    return sum(len(w.content) for w in src._widgets)


async def test_an_article_of_megabytes_opens_at_its_passage(huge_db):
    async with running(huge_db, size=(100, 30)) as (app, pilot):
        for row in (0, 1):
            await press(pilot, "g", *["j"] * row)
            started = time.perf_counter()
            await press(pilot, "enter")
            opened = time.perf_counter() - started
            src = app.source
            text = src.article.text
            assert len(text) > 2_900_000
            # only a window around the passage is laid out, not megabytes
            assert len(src._widgets) <= MAX_PARAGRAPHS
            assert shown_chars(src) <= 2 * WINDOW + 1000
            lo, hi = src.shown
            span = src.selected_span()
            assert lo <= span.start < span.end <= hi and hi - lo <= 2 * WINDOW + 1000
            assert "Turkey shot down a Russian warplane" in screen_text(app)     # in view
            above = src.query_one("#source-above")
            assert above.has_class("-visible")
            assert str(above.render()).startswith(f"⋯ {lo:,} more characters above")
            assert opened < 20, opened                                    # was 20 s+ for 5 MB

            # g and G go to the ends of the article, the window following
            await press(pilot, "g")
            assert src.shown[0] == 0 and "A huge article" in screen_text(app)
            assert "lorem ipsum" in screen_text(app)
            await press(pilot, "G")
            assert src.shown[1] == len(text) and "The end." in screen_text(app)
            # scrolling up past the top of the window reads on
            lo_before = src.shown[0]
            src.scroll_home(animate=False, immediate=True)
            await press(pilot, "k")
            assert src.shown[0] < lo_before - WINDOW // 2
            assert src.shown[0] < lo_before < src.shown[1] and src.scroll_y > 0    # read on
            assert len(src._widgets) <= MAX_PARAGRAPHS
            # spans (h / l) bring the window back to the event
            await press(pilot, "l")
            assert src.span_under_cursor is not None
            s = src.span_under_cursor
            assert src.shown[0] <= s.start and s.end <= src.shown[1]
            await press(pilot, "escape")
        assert app.last_error is None and app.is_running


async def test_searched_words_in_an_article_of_megabytes(huge_db):
    async with running(huge_db, size=(100, 30)) as (app, pilot):
        await press(pilot, "/")
        await type_text(pilot, "warplane")
        await press(pilot, "enter", "enter")
        src = app.source
        assert "warplane" in [w.content.plain[s.start:s.end] for w in src._widgets
                              for s in w.content.spans if s.style == src._cs("source--match")]
        await press(pilot, "g", "n")                     # from the start: back to the match
        assert "match 1 of 1" in src.border_subtitle
        lo, hi = src.shown
        assert lo <= src.article.text.index("warplane") < hi
        assert "warplane" in screen_text(app)


def test_window_of_a_short_text_is_all_of_it():
    text = "one\n\ntwo\nthree"
    assert window(text, 5, 8) == (0, len(text), source_text.paragraphs(text))


@pytest.mark.parametrize("line", [None, 40, 3000])
@pytest.mark.parametrize("where", [0, 0.5, 1])
def test_window_of_a_long_text(line, where):
    word = "abc defg "
    if line is None:
        text = word * 200_000
    else:
        text = "\n".join([(word * (line // len(word)))] * (1_800_000 // line))
    at = int((len(text) - 10) * where)
    lo, hi, paras = window(text, at, at + 5)
    assert lo <= at and at + 5 <= hi
    assert hi - lo <= 2 * WINDOW + 10 and len(paras) <= MAX_PARAGRAPHS
    assert lo == 0 or text[lo - 1] in " \n"                 # cut between words
    assert hi == len(text) or text[hi] in " \n"
    assert paras[0].start >= lo and paras[-1].end <= hi
    assert any(p.start <= at <= p.end for p in paras)


def _fold_slow(text: str) -> str:
    """fold_same_length as it was: character by character."""
    out = []
    for c in text:
        f = strip_accents(c).casefold()
        if len(f) != 1:
            f = f[:1] or " "
        out.append(f if (f.isalnum() or f == "_") else " ")
    return "".join(out)


@settings(derandomize=True, max_examples=200, deadline=None, database=None)
@given(st.text(st.characters(exclude_categories=("Cs",)), max_size=60))
def test_fast_folding_folds_as_before(text):
    assert fold_same_length(text) == _fold_slow(text)


def test_finding_words_in_megabytes():
    text = ("Çavuşoğlu met Lavrov in Sochi. " * 100_000) + "warplane"
    assert find_terms(text, (("warplane", False),)) == [(len(text) - 8, len(text))]


def test_no_control_characters_reach_the_label():
    q = parse("\x1b[31mred\x00\ttab\udcff\u200f")
    assert all(unicodedata.category(c) not in ("Cc", "Cs") for c in q.text)
    assert q.text.startswith(" [31mred  tab") and q.terms == ("[31mred", "tab\ufffd\u200f")


# -- issue 9: no text from a user or an article is read as markup ------------------------------------

MARKUP = "[/] Talks [bold]resume [link=x]x [/bold]"


@pytest.fixture
def markup_db(db: Path, tmp_path: Path) -> Path:
    """The sample store with markup-like titles, outlets, file names and actor names (a store made from
    hostile input)."""
    import shutil
    import sqlite3

    copy = tmp_path / "markup.db"
    shutil.copy(db, copy)
    with sqlite3.connect(copy) as conn:
        conn.execute("UPDATE articles SET title = ? || title, outlet = '[/bold]', file = 'a[a=b=c]' || id || '.txt'",
                     [MARKUP + " "])
        conn.execute("UPDATE actors SET role = '[/]' WHERE role IS NOT NULL")
    conn.close()
    return copy


@pytest.mark.parametrize("query", ["[/bold]", "lavrov [/]", "turkey[/b]", "[link=x]x [/link] [/]"])
async def test_markup_typed_in_the_search_box_is_text(db: Path, query: str):
    """The timeline's title shows the query: as text, whatever brackets it holds."""
    async with running(db) as (app, pilot):
        await press(pilot, "/")
        await type_text(pilot, query)
        await press(pilot, "enter")
        await settle(pilot)
        assert app.is_running and app.return_code in (None, 0)
        assert query.split()[-1] in screen_text(app)
        await press(pilot, "escape")
        assert app.is_running


async def test_markup_in_titles_outlets_and_file_names_is_text(markup_db: Path):
    from test_explorer import _palette

    async with running(markup_db) as (app, pilot):
        await press(pilot, "enter")                       # the source pane, with its header
        assert "a[a=b=c]" in screen_text(app) or "[/] Talks" in screen_text(app)
        await press(pilot, "escape")
        await _palette(pilot, app, "talks", "Open article: [/] Talks [bold]resume")
        assert "[/bold]" in screen_text(app)               # the outlet, in the hit's help line
        await press(pilot, "down", "enter")
        await settle(pilot)
        assert app.is_running and app.return_code in (None, 0)
        await _palette(pilot, app, "a[a=b=c]", "a[a=b=c]")
        await press(pilot, "escape")
        await press(pilot, "a")                           # the actor pane (roles are "[/]")
        assert app.is_running and app.return_code in (None, 0)


async def test_a_view_that_cannot_be_read_says_so_instead_of_loading(db, monkeypatch):
    """A store error while a new view's rows are read: the timeline says why in their place and
    the status line stops saying "loading…"; Escape goes back to the view before."""
    import sqlite3

    async with running(db) as (app, pilot):
        real = app.timeline.reader.page

        def broken(view, *args, **kwargs):
            if view.is_filtered:
                raise sqlite3.OperationalError("disk I/O error")
            return real(view, *args, **kwargs)

        monkeypatch.setattr(app.timeline.reader, "page", broken)
        await press(pilot, "/")
        await type_text(pilot, "lavrov")
        await press(pilot, "enter")
        await settle(pilot, 3)
        screen = screen_text(app)
        assert "This view could not be read: could not read the store: disk I/O" in screen
        assert "loading" not in status(app) and "0 of 0" in status(app)
        assert (app.last_error or "").startswith("could not read the store")
        await press(pilot, "escape")
        assert app.timeline.rows == 10 and "could not be read" not in screen_text(app)


async def test_a_count_that_fails_after_the_rows_keeps_the_rows(db, monkeypatch):
    """The rows of a view were read and shown, and only its count failed: the rows stay (the
    error is told), not "This view could not be read" in their place."""
    import sqlite3

    from tuiex.app import timeline as timeline_module

    monkeypatch.setattr(timeline_module, "PAGE", 4)     # a full first page: the count follows it
    async with running(db) as (app, pilot):
        def broken(view, *args, **kwargs):
            raise sqlite3.OperationalError("interrupted")

        monkeypatch.setattr(app.timeline.reader, "count", broken)
        await press(pilot, "/")
        await type_text(pilot, "turkey")
        await press(pilot, "enter")
        await settle(pilot, 3)
        assert (app.last_error or "").startswith("could not read the store")
        assert "could not be read" not in screen_text(app)
        assert app.timeline.rows >= 4 and "loading" not in status(app)
        assert "…" not in status(app)                   # no longer counting ("1–4 of ≥4…" for ever)
