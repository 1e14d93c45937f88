"""The Python API (tuiex.open): records and DataFrames through the store's own reads (issue 14)."""

from __future__ import annotations

import dataclasses
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

import tuiex
from tuiex.api import Actor, Corpus, Event, Quote
from tuiex.ingest.pipeline import extract
from tuiex.records import SourceDoc
from tuiex.store import exchange
from tuiex.store.db import Store, StoreError, connect
from tuiex.store.search import QueryError

ARTICLES = {
    "a.txt": ("Russia expels Dutch diplomats", "2018-04-20",
              "MOSCOW - Russia expelled two Dutch diplomats on Friday, the Dutch foreign ministry said.\n\n"
              "\"This decision is regrettable,\" Dutch Foreign Minister Pieter Visser said on Friday.\n\n"
              "Visser accused Moscow of breaking international law."),
    "b.txt": ("Chile and Peru sign fishing accord", "2017-11-06",
              "LIMA - Chile and Peru signed a fishing accord on Monday, officials said.\n\n"
              "Peruvian President Ana Quispe praised Chile for its patience during the talks.\n\n"
              "\"We will protect the fishermen of both nations,\" Quispe told reporters in Lima."),
}


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("api") / "s.db"
    store = Store(path)
    try:
        for name, (title, day, body) in ARTICLES.items():
            doc = SourceDoc(path=f"/news/{name}", file=name, raw=f"{title}\n\n{body}", content_hash=name,
                            published=day, published_how="test")
            store.write_article(extract(doc))
    finally:
        store.close()
    return path


@pytest.fixture(scope="module")
def exported(db: Path) -> dict[str, list[dict]]:
    """The exchange export of the same store: what the API must agree with."""
    out: dict[str, list[dict]] = {}
    store = connect(db, readonly=True)
    for rec in exchange.records(store):
        out.setdefault(rec["kind"], []).append(rec)
    return out


@pytest.fixture()
def corpus(db: Path):
    with tuiex.open(db) as c:
        yield c


def test_import_tuiex_stays_light() -> None:
    code = ("import sys, tuiex; heavy = [m for m in ('tuiex.api', 'sqlite_utils', 'pandas', 'spacy', 'textual') "
            "if m in sys.modules]; print(heavy)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_open_gives_a_read_only_corpus(db: Path) -> None:
    c = tuiex.open(db)
    assert isinstance(c, Corpus) and repr(c) == f"tuiex.Corpus({str(db)!r})"
    c.close()


def test_a_missing_store_raises_and_is_not_created(tmp_path: Path) -> None:
    with pytest.raises(StoreError):
        tuiex.open(tmp_path / "none.db")
    assert not (tmp_path / "none.db").exists()


def test_events_are_the_stores_events(corpus: Corpus, exported: dict[str, list[dict]]) -> None:
    events = corpus.events()
    assert events and all(isinstance(e, Event) for e in events)
    key = lambda e: (e["type"], e["source"], e["target"], e["date"], e["article"])  # noqa: E731
    assert Counter(key(dataclasses.asdict(e)) for e in events) == Counter(
        key({**r, "article": r["file"]}) for r in exported["event"])
    dated = [e.date for e in events if e.date]
    assert dated == sorted(dated)                  # timeline order
    assert all(e.sentence and e.title and e.published for e in events)


def test_event_filters_mirror_search(corpus: Corpus) -> None:
    events = corpus.events()
    for name in {e.source for e in events if e.source}:
        assert corpus.events(actor=name) == [e for e in events if name in (e.source, e.target)]
        assert corpus.events(source=name) == [e for e in events if e.source == name]
    for type_ in {e.type for e in events}:
        assert corpus.events(type=type_) == [e for e in events if e.type == type_]
        assert corpus.events(type=[type_, "ASSAULT"]) == [e for e in events if e.type in (type_, "ASSAULT")]
    assert corpus.events(since="2018") == [e for e in events if (e.date or "") >= "2018"]
    assert corpus.events(until="2017-12") == [e for e in events if e.date and e.date[:7] <= "2017-12"]
    assert corpus.events(limit=1) == events[:1]
    assert corpus.events(limit=0) == []
    # the query language itself, and a keyword filter added to it
    assert corpus.events("fishing") == [e for e in events if e.article == "b.txt" and "fishing" in e.sentence]
    assert corpus.events("type:AGREE", since="2018") == [
        e for e in events if e.type == "AGREE" and (e.date or "") >= "2018"]


def test_quotes_are_the_stores_quotes(corpus: Corpus, exported: dict[str, list[dict]]) -> None:
    quotes = corpus.quotes()
    assert quotes and all(isinstance(q, Quote) for q in quotes)
    assert Counter((q.speaker, q.text) for q in quotes) == Counter(
        (r["speaker"], " ".join(r["text"].split())) for r in exported["quote"])
    for speaker in {q.speaker for q in quotes if q.speaker}:
        assert corpus.quotes(speaker=speaker) == [q for q in quotes if q.speaker == speaker]
    assert corpus.quotes("fishermen") == [q for q in quotes if "fishermen" in q.sentence]


def test_actors_with_aliases_and_filters(corpus: Corpus, exported: dict[str, list[dict]]) -> None:
    actors = corpus.actors()
    assert all(isinstance(a, Actor) for a in actors)
    assert [(a.name, a.type, a.country, a.role, list(a.aliases)) for a in actors] == [
        (r["name"], r["type"], r["country"], r["role"], r["aliases"]) for r in exported["actor"]]
    countries = corpus.actors(type="country")
    assert countries == [a for a in actors if a.type == "country"] and countries
    russia = next(a for a in actors if a.country == "RUS" and a.type == "country")
    assert corpus.actors(country="rus", type="country") == [russia]
    assert corpus.actors(name=russia.name)[0] == russia
    for alias in russia.aliases:          # "Moscow" finds Russia
        assert corpus.actors(name=alias)[0] == russia
    assert corpus.actors(limit=2) == actors[:2]


def test_bad_filters_raise_query_errors(corpus: Corpus) -> None:
    with pytest.raises(QueryError):
        corpus.events(type="NOT_A_PLOVER_TYPE")
    with pytest.raises(QueryError):
        corpus.events(since="last tuesday")
    with pytest.raises(QueryError):
        corpus.events(actor="Nobody Of That Name Anywhere")


def test_dataframes(corpus: Corpus) -> None:
    pandas = pytest.importorskip("pandas")
    df = corpus.events_df(type=corpus.events()[0].type)
    assert isinstance(df, pandas.DataFrame)
    assert list(df.columns) == [f.name for f in dataclasses.fields(Event)]
    assert df.to_dict("records") == [dataclasses.asdict(e) for e in corpus.events(type=corpus.events()[0].type)]
    assert list(corpus.quotes_df().columns) == [f.name for f in dataclasses.fields(Quote)]
    assert len(corpus.quotes_df()) == len(corpus.quotes())
    actors = corpus.actors_df()
    assert len(actors) == len(corpus.actors()) and isinstance(actors["aliases"].iloc[0], list)
    empty = corpus.events_df(since="2030")
    assert empty.empty and list(empty.columns) == [f.name for f in dataclasses.fields(Event)]


def test_dataframes_without_pandas_name_the_extra(corpus: Corpus, monkeypatch) -> None:
    monkeypatch.setitem(sys.modules, "pandas", None)      # import pandas now raises ImportError
    with pytest.raises(ImportError, match=r"tuiex\[pandas\]"):
        corpus.events_df()
