"""scripts/make_corpus.py: the benchmark corpus generator. Same seed, same bytes; stores whose spans,
summaries, dates and indexes are what the real store code would have written."""

from __future__ import annotations

import ast
import importlib.util
import random
import re
import sqlite3
import sys
from datetime import date, timedelta
from pathlib import Path

import pytest

from tuiex.ingest.dates import PartialDate, resolve
from tuiex.store.db import Store
from tuiex.store.output import search
from tuiex.store.schema import SCHEMA_VERSION

ROOT = Path(__file__).resolve().parent.parent
N_EVENTS = 2000


def _load():
    spec = importlib.util.spec_from_file_location("make_corpus", ROOT / "scripts" / "make_corpus.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["make_corpus"] = module     # worker processes find it by name
    spec.loader.exec_module(module)
    return module


mc = _load()


@pytest.fixture(scope="module")
def store(tmp_path_factory) -> tuple[Path, dict]:
    path = tmp_path_factory.mktemp("corpus") / "corpus.db"
    return path, mc.build_store(path, N_EVENTS, seed=5)


def _dump(path: Path) -> dict[str, list]:
    conn = sqlite3.connect(path)
    tables = ["articles", "sentences", "actors", "aliases", "mentions", "events", "quotes", "meta"]
    out = {t: conn.execute(f"SELECT * FROM {t} ORDER BY rowid").fetchall() for t in tables}
    conn.close()
    return out


# -- the generator agrees with tuiex ------------------------------------------------------------------

def test_date_phrases_resolve_as_tuiex_resolves_them():
    rng = random.Random(0)
    for _ in range(3000):
        pub = date(2005, 1, 1) + timedelta(rng.randrange(7300))
        phrase, iso = mc.date_phrase(rng, pub, rng.choice(("day", "month", "year")), rng.random() < 0.5)
        assert resolve(phrase, PartialDate.of(pub)).iso() == iso, (phrase, pub)


def _lexicon() -> dict[str, object]:
    """VERBS and NOUNS of the PLOVER lexicon (data/plover_lexicon.tsv: word -> the types of its entries
    without a particle, subject, preposition or negation condition, or for nouns without a compound; an
    object decides between them in a sentence, "struck a deal") and LIGHT_VERBS of tuiex.ingest.events, read from its source (no spaCy needed)."""
    from tuiex.ingest.lexicon import parse

    lex = parse((ROOT / "src" / "tuiex" / "ingest" / "data" / "plover_lexicon.tsv").read_text(encoding="utf-8"))
    out: dict[str, object] = {"VERBS": {}, "NOUNS": {}}
    for e in lex.entries:
        general = not (e.particle or e.needprep or e.needword or e.subj or e.onlyneg)   # object senses kept
        if e.kind == "verb" and general:
            out["VERBS"].setdefault(e.verb, set()).add(e.type)
        elif e.kind == "noun" and e.compound is None:
            out["NOUNS"].setdefault(e.noun, set()).add(e.type)
    tree = ast.parse((ROOT / "src" / "tuiex" / "ingest" / "events.py").read_text(encoding="utf-8"))
    for node in tree.body:
        target = getattr(node, "target", None) or (node.targets[0] if isinstance(node, ast.Assign) else None)
        if getattr(target, "id", None) == "LIGHT_VERBS":
            out["LIGHT_VERBS"] = ast.literal_eval(node.value)
    return out


def test_types_are_tuiex_plover_types():
    assert set(mc.TYPES) == set().union(*_lexicon()["VERBS"].values())


# Triggers tuiex types by a rule of its own rather than by the word lists.
_RULES = {"called for": "REQUEST", "called": "CONSULT", "worked": "COOPERATE", "restored ties": "COOPERATE",
          "resumed dialogue": "COOPERATE", "flew to": "CONSULT", "shot down": "ASSAULT",
          "broke off": "SANCTION", "lifted a ban": "CONCEDE"}
_IRREGULAR = {"met": "meet", "held": "hold", "sent": "send", "struck": "strike", "sought": "seek",
              "withdrew": "withdraw", "bought": "buy", "freed": "free", "lodged": "lodge"}


def test_triggers_are_typed_as_tuiex_types_them():
    """Every template's trigger is a lexicon verb of its type, or a light verb with an event noun
    of its type: what the store claims is in a sentence is what the pipeline looks for."""
    lex = _lexicon()

    def lemma(word: str, vocabulary) -> str | None:
        for cand in (word, _IRREGULAR.get(word), word[:-1], word[:-2], word[:-3], word[:-3] + "y"):
            if cand in vocabulary:
                return cand
        return None

    for type_, templates in mc.TEMPLATES.items():
        for template in templates:
            for trigger in re.findall(r"\[([^\]]+)\]", template):
                past = trigger.split("/")[0]
                if past in _RULES:
                    assert _RULES[past] == type_, trigger
                    continue
                words = past.split()
                noun = next((lemma(w, lex["NOUNS"]) for w in words[1:] if lemma(w, lex["NOUNS"])), None)
                if noun and lemma(words[0], lex["LIGHT_VERBS"]):
                    assert type_ in lex["NOUNS"][noun], trigger
                else:
                    verb = lemma(words[0], lex["VERBS"])
                    assert verb and type_ in lex["VERBS"][verb], (trigger, type_)


# -- article files -------------------------------------------------------------------------------------

def test_same_seed_same_files(tmp_path):
    a = mc.write_articles(tmp_path / "a", 12, seed=3)
    b = mc.write_articles(tmp_path / "b", 12, seed=3)
    c = mc.write_articles(tmp_path / "c", 12, seed=4)
    assert [p.name for p in a] == [p.name for p in b]
    assert [p.read_bytes() for p in a] == [p.read_bytes() for p in b]
    assert [p.read_bytes() for p in a] != [p.read_bytes() for p in c]


def test_files_look_like_scraped_news(tmp_path):
    paths = mc.write_articles(tmp_path, 40, seed=1)
    texts = [p.read_text(encoding="utf-8") for p in paths]
    words = sorted(len(t.split()) for t in texts)
    assert 250 <= words[len(words) // 2] <= 800, words
    corpus = "\n".join(texts)
    assert re.search(r"^[A-Z .'-]{3,}, [A-Z][a-z]+\.? \d{1,2}, \d{4} \([\w/ ]+\) [-\u2014\u2013] ", corpus, re.M)
    for chrome in ("Advertisement", "Related: ", "All rights reserved.", "Reporting by"):
        assert chrome in corpus, chrome
    assert "\u201c" in corpus and '"' in corpus                   # both kinds of quotation marks
    assert re.search(r"\b(?:said|told reporters|according to)\b", corpus)
    assert re.search(r"\bon (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b", corpus)
    assert re.search(r"\b(?:last week|in (?:January|February|March|April|May|June|July|August|"
                     r"September|October|November|December))\b", corpus)


# -- stores ----------------------------------------------------------------------------------------------

def test_counts_as_requested(store):
    path, counts = store
    conn = sqlite3.connect(path)
    n = {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
         for t in ("articles", "events", "quotes", "actors", "mentions", "sentences")}
    assert n["events"] == counts["events"] == N_EVENTS
    assert 0.2 * N_EVENTS <= n["quotes"] == counts["quotes"] <= 0.3 * N_EVENTS
    assert 80 <= n["articles"] == counts["articles"] <= 125           # about 20 events an article
    assert n["actors"] == counts["actors"] >= 100
    kinds = dict(conn.execute("SELECT type, count(*) FROM actors GROUP BY type"))
    assert kinds["country"] >= 40 and kinds["person"] >= 50 and kinds.get("organization", 0) >= 5
    assert set(t for (t,) in conn.execute("SELECT DISTINCT type FROM events")) == set(mc.TYPES)
    precisions = dict(conn.execute("SELECT coalesce(date_precision, 'none'), count(*) FROM events "
                                   "GROUP BY 1"))
    assert precisions["day"] > precisions["month"] > precisions["year"] > 0
    assert 0.005 * N_EVENTS <= precisions.get("none", 0) <= 0.06 * N_EVENTS
    years = [int(y) for (y,) in conn.execute("SELECT DISTINCT substr(date, 1, 4) FROM events "
                                             "WHERE date IS NOT NULL")]
    assert max(years) - min(years) >= 15


def test_same_seed_same_store(store, tmp_path):
    path, _ = store
    again = tmp_path / "again.db"
    mc.build_store(again, N_EVENTS, seed=5)
    assert _dump(again) == _dump(path)
    mc.build_store(again, N_EVENTS, seed=6)
    assert _dump(again)["events"] != _dump(path)["events"]


def test_batches_and_worker_processes_change_nothing(store, tmp_path, monkeypatch):
    path, _ = store
    monkeypatch.setattr(mc, "BATCH", 15)              # seven batches, written by two processes
    again = tmp_path / "batched.db"
    mc.build_store(again, N_EVENTS, seed=5, workers=2)
    assert _dump(again) == _dump(path)


def test_store_article_is_the_article_file_cleaned(store, tmp_path):
    """Article i of a store is article i of the files for the same seed, minus chrome and dateline."""
    path, _ = store
    conn = sqlite3.connect(path)
    file, text = conn.execute("SELECT file, text FROM articles WHERE id = 3").fetchone()
    page = mc.write_articles(tmp_path, 3, seed=5)[2]
    assert page.name == file
    for paragraph in text.split("\n\n")[1:]:
        assert paragraph in page.read_text(encoding="utf-8")


def test_spans_point_into_the_text(store):
    path, _ = store
    conn = sqlite3.connect(path)
    texts = dict(conn.execute("SELECT id, text FROM articles"))
    sentences = {sid: (aid, s, e)
                 for sid, aid, s, e in conn.execute("SELECT id, article_id, start, end FROM sentences")}
    names = dict(conn.execute("SELECT id, name FROM actors"))
    for (aid, sid, s, e, ts, te, trigger, summary, type_, src, tgt) in conn.execute(
            "SELECT article_id, sentence_id, start, end, trigger_start, trigger_end, trigger, summary, type, "
            "source_id, target_id FROM events"):
        text = texts[aid]
        assert sentences[sid] == (aid, s, e)                     # the clause is its sentence
        assert s <= ts < te <= e and text[ts:te] == trigger
        assert text[s:e].strip() == text[s:e] and text[e - 1] in ".\u201d\""
        assert summary == f"{names[src]} {type_} {names.get(tgt, '-')}: {trigger}"
    for aid, sid, s, e, quote, speaker in conn.execute(
            "SELECT article_id, sentence_id, start, end, text, speaker_id FROM quotes"):
        _, ss, se = sentences[sid]
        assert ss <= s < e <= se and texts[aid][s:e] == quote and speaker in names
    for aid, sid, s, e, mention, actor in conn.execute(
            "SELECT article_id, sentence_id, start, end, text, actor_id FROM mentions"):
        _, ss, se = sentences[sid]
        assert ss <= s < e <= se and texts[aid][s:e] == mention and actor in names
    for aid, text, count in conn.execute("SELECT id, text, word_count FROM articles"):
        assert count == len(text.split())
    aliases = set(conn.execute("SELECT actor_id, norm FROM aliases"))
    assert set(conn.execute("SELECT id, norm FROM actors")) <= aliases      # named by its name too


def test_store_is_sound_and_has_the_real_schema(store, tmp_path):
    path, _ = store
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()[0] == str(SCHEMA_VERSION)
    fresh = tmp_path / "fresh.db"
    Store(fresh).close()
    schema = "SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name"
    assert conn.execute(schema).fetchall() == sqlite3.connect(fresh).execute(schema).fetchall()
    fts = [name for name, sql in conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'table'")
           if re.search(r"USING\s+fts5", sql or "", re.I)]
    assert fts
    for name in fts:                                             # the index matches its content
        conn.execute(f"INSERT INTO {name}({name}) VALUES ('integrity-check')")


def test_search_finds_a_summary_word(store):
    path, _ = store
    conn = sqlite3.connect(path)
    summary, trigger = conn.execute("SELECT summary, trigger FROM events WHERE trigger = 'vetoed' "
                                    "ORDER BY id LIMIT 1").fetchone()
    hits = search(path, "vetoed", limit=500)
    assert summary in {h["summary"] for h in hits}
    assert all("veto" in (h["summary"] or h["text"] or "").lower() + h["sentence"].lower() for h in hits)
