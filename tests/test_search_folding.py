"""Full-text search folds letters the way actor names are folded (issue 12): ASCII finds Turkish text."""

from __future__ import annotations

from pathlib import Path

import pytest

from tuiex.ingest.pipeline import extract
from tuiex.records import SourceDoc
from tuiex.store.db import Store
from tuiex.store.output import search
from tuiex.store.search import parse
from tuiex.textnorm import fold, search_fold

TEXT = """Governor meets minister in Ankara

Turkish Interior Minister Selin Yıldırım met Şırnak governor Oğuz Işıklı in Ankara on Monday.

"We will rebuild every bridge in Şırnak," Yıldırım told reporters after the meeting.

İzmir mayor Gülşen Aydın said the city would send engineers to the province.

Straßburg officials said that the Council of Europe welcomed the talks.
"""


@pytest.fixture(scope="module")
def store(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("fold") / "s.db"
    st = Store(path)
    try:
        st.write_article(extract(SourceDoc(path="/tmp/tr.txt", file="tr.txt", raw=TEXT, content_hash="tr",
                                           published="2020-02-03", published_how="test")))
    finally:
        st.close()
    return path


@pytest.mark.parametrize("query, needle", [
    ("sirnak", "Şırnak"), ("isikli", "Işıklı"), ("yildirim", "Yıldırım"), ("izmir", "İzmir"),
    ("gulsen", "Gülşen"), ("strassburg", "Straßburg"), ("Şırnak", "Şırnak"), ("IŞIKLI", "Işıklı"),
])
def test_ascii_and_turkish_spellings_find_the_same_sentences(store: Path, query: str, needle: str):
    rows = search(store, query, limit=50)
    assert rows, query
    assert all(needle in r["sentence"] or needle in r["text"] for r in rows), rows


def test_a_word_that_is_not_there_finds_nothing(store: Path):
    assert search(store, "diyarbakir", limit=50) == []


def test_search_words_fold_like_names():
    for word in ("Işık", "İstanbul", "Diyarbakır", "Straße", "Çağlayan"):
        assert fold(search_fold(word)) == fold(word)
    assert parse("Diyarbakır").fts() == '"Diyarbakir"'


def test_fold_keeps_names_not_long_texts_in_its_cache():
    """The fold cache is for names: a quote or an article text is folded each time, never kept (65,536
    of them would hold hundreds of MB), and gives the same key either way."""
    from tuiex import textnorm

    name = "Mevlüt Çavuşoğlu-" + "x" * 20
    quote = "Çavuşoğlu said: " + "we will not accept this, " * 40
    before = textnorm._fold_cached.cache_info().currsize, textnorm._strip_accents_cached.cache_info().currsize
    assert textnorm.fold(quote).startswith("cavusoglu said we will not accept this")
    assert textnorm.strip_accents(quote).startswith("Cavusoglu said")
    assert (textnorm._fold_cached.cache_info().currsize,
            textnorm._strip_accents_cached.cache_info().currsize) == before
    assert textnorm.fold(name) == "mevlut cavusoglu " + "x" * 20
    assert textnorm._fold_cached.cache_info().currsize == before[0] + 1
