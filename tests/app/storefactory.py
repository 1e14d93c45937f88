"""Throwaway stores for the explorer's tests.

`build_sample_store` writes a few hand-made Turkey-Russia articles through `Store.write_article`
(the real write path): actors with aliases and accents, events of several PLOVER types at day,
month and year precision and undated, quotes, and text with "[" in it (never markup).

`build_synthetic_store` inserts N events straight with executemany, for scale checks.
"""

from __future__ import annotations

import hashlib
import random
import re
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from tuiex.records import Actor, Article, Event, Mention, Quote, Sentence
from tuiex.store import actor_stats, search_index
from tuiex.store.db import Store


def _sentences(text: str) -> list[Sentence]:
    out = []
    for m in re.finditer(r"[^\n]+", text):
        line_start = m.start()
        for s in re.finditer(r"[^.!?]+(?:[.!?]+[\"”]?|$)", m.group()):
            chunk = s.group()
            lead = len(chunk) - len(chunk.lstrip())
            if chunk.strip():
                out.append(Sentence(line_start + s.start() + lead, line_start + s.end()))
    return out


@dataclass
class _E:
    type: str
    source: str | None
    target: str | None
    clause: str
    trigger: str
    date: str | None
    speculative: bool = False


@dataclass
class _Q:
    speaker: str | None
    text: str
    cue: str
    date: str | None


class ArticleBuilder:
    """Write an article's text once, then name spans by the words they cover."""

    def __init__(self, file: str, title: str, outlet: str, published: str | None, body: str):
        self.file = file
        self.title = title
        self.text = f"{title}\n\n{body.strip()}\n"
        self.outlet = outlet
        self.published = published
        self.sentences = _sentences(self.text)
        self.actors: dict[str, Actor] = {}
        self.events: list[_E] = []
        self.quotes: list[_Q] = []

    def actor(self, key: str, name: str, type: str, country: str | None = None,
              role: str | None = None, aliases: tuple[str, ...] = ()) -> "ArticleBuilder":
        self.actors[key] = Actor(key, name, type, country, role, set(aliases) | {name})
        return self

    def event(self, *args, **kw) -> "ArticleBuilder":
        self.events.append(_E(*args, **kw))
        return self

    def quote(self, *args, **kw) -> "ArticleBuilder":
        self.quotes.append(_Q(*args, **kw))
        return self

    def _find(self, needle: str, after: int = 0) -> tuple[int, int]:
        i = self.text.find(needle, after)
        assert i >= 0, f"{needle!r} not in {self.file}"
        return i, i + len(needle)

    def _sentence(self, start: int) -> int:
        for i, s in enumerate(self.sentences):
            if s.start <= start < s.end:
                return i
        raise AssertionError(f"offset {start} in no sentence of {self.file}")

    def build(self) -> Article:
        mentions = []
        for key, actor in self.actors.items():
            for alias in sorted(actor.aliases, key=len, reverse=True):
                for m in re.finditer(r"\b" + re.escape(alias) + r"\b", self.text):
                    if any(x.start <= m.start() < x.end for x in mentions):
                        continue
                    mentions.append(Mention(key, self._sentence(m.start()), m.start(), m.end(),
                                            m.group()))
        mentions.sort(key=lambda m: m.start)
        events = []
        for e in self.events:
            s, t = self._find(e.clause)
            ts, te = self._find(e.trigger, s)
            events.append(Event(e.type, e.source, e.target, e.trigger, self._sentence(s), s, t,
                                ts, te, e.date, e.speculative))
        quotes = []
        for q in self.quotes:
            s, t = self._find(q.text)
            quotes.append(Quote(q.speaker, q.text, True, q.cue, self._sentence(s), s, t, q.date))
        raw = self.text.encode()
        return Article(
            path=f"/articles/{self.file}", file=self.file,
            content_hash=hashlib.sha256(raw).hexdigest(), text=self.text, title=self.title,
            outlet=self.outlet, url=f"https://example.org/{self.file}", published=self.published,
            published_how="meta", sentences=self.sentences, actors=self.actors,
            mentions=mentions, events=events, quotes=quotes,
        )


def _common(b: ArticleBuilder) -> ArticleBuilder:
    return (b.actor("ru", "Russia", "country", "RUS", aliases=("Moscow", "Kremlin"))
             .actor("tr", "Turkey", "country", "TUR", aliases=("Ankara",)))


def sample_articles() -> list[Article]:
    a1 = _common(ArticleBuilder(
        "001_jet.txt", "Turkey shoots down Russian warplane near Syrian border", "Reuters",
        "2015-11-24",
        """
Turkey shot down a Russian warplane near the Syrian border on Tuesday, the first time a NATO member has downed a Russian aircraft in half a century.
Russian President Vladimir Putin called the incident "a stab in the back by the accomplices of terrorists" and warned of serious consequences.
Moscow later imposed economic sanctions on Ankara, banning charter flights and imports of Turkish food.
Russia accused Turkey of buying oil from Islamic State [IS] militants, a charge Ankara denied.
Putin may retaliate against Turkish construction firms, officials said.
""",
    )).actor("putin", "Vladimir Putin", "person", "RUS", "President of Russia",
             ("Putin", "Vladimir Putin"))
    a1.event("ASSAULT", "tr", "ru", "Turkey shot down a Russian warplane", "shot down", "2015-11-24")
    a1.event("SANCTION", "ru", "tr", "Moscow later imposed economic sanctions on Ankara",
             "imposed economic sanctions", "2015-11-28")
    a1.event("ACCUSE", "ru", "tr", "Russia accused Turkey of buying oil from Islamic State [IS] militants",
             "accused", None)
    a1.event("THREATEN", "putin", "tr", "Putin may retaliate against Turkish construction firms",
             "retaliate", None, speculative=True)
    a1.quote("putin", "a stab in the back by the accomplices of terrorists", "called", "2015-11-24")

    a2 = _common(ArticleBuilder(
        "002_apology.txt", "Putin lifts sanctions after Erdogan apology", "TASS", "2016-06-30",
        """
Turkish President Recep Tayyip Erdogan apologised to Russia on Monday for the downing of the jet.
Putin ordered the government to begin lifting restrictions on trade with Turkey on Thursday.
Foreign Minister Sergei Lavrov met Turkish Foreign Minister Mevlüt Çavuşoğlu in Sochi on July 1.
"We agreed to resume work on the gas pipeline," Lavrov told reporters after the talks.
Çavuşoğlu said that "the crisis is behind us" and that Ankara wants closer ties.
""",
    )).actor("erdogan", "Recep Tayyip Erdogan", "person", "TUR", "President of Turkey",
             ("Erdogan", "Recep Tayyip Erdogan"))
    a2.actor("putin", "Vladimir Putin", "person", "RUS", "President of Russia", ("Putin",))
    a2.actor("lavrov", "Sergei Lavrov", "person", "RUS", "Foreign Minister of Russia",
             ("Lavrov", "Sergei Lavrov"))
    a2.actor("cav", "Mevlüt Çavuşoğlu", "person", "TUR", "Foreign Minister of Turkey",
             ("Çavuşoğlu", "Mevlüt Çavuşoğlu"))
    a2.event("CONCEDE", "erdogan", "ru", "Recep Tayyip Erdogan apologised to Russia", "apologised",
             "2016-06-27")
    a2.event("CONCEDE", "putin", "tr", "Putin ordered the government to begin lifting restrictions on trade with Turkey",
             "lifting restrictions", "2016-06-30")
    a2.event("CONSULT", "lavrov", "cav", "Sergei Lavrov met Turkish Foreign Minister Mevlüt Çavuşoğlu in Sochi",
             "met", "2016-07-01")
    a2.quote("lavrov", "We agreed to resume work on the gas pipeline,", "told", "2016-07-01")
    a2.quote("cav", "the crisis is behind us", "said", "2016-06-30")

    a3 = _common(ArticleBuilder(
        "003_cooperate.txt", "Turkey Says Ready To Cooperate With Russia Against IS", "RFE/RL",
        "2016-07-04",
        """
Turkey has proposed cooperating with Moscow to combat the Islamic State (IS) extremist group in Syria.
Turkish Foreign Minister Mevlut Cavusoglu said on July 4 in Istanbul that "we will cooperate with everyone who fights Daesh," referring to IS.
He added that "we opened Incirlik air base for those who want to join the active fight against Daesh [IS]."
Ankara and Moscow agreed in August to restore charter flights.
Russia will support Turkish tourism this year, a Kremlin aide said.
""",
    )).actor("cav", "Mevlut Cavusoglu", "person", "TUR", "Foreign Minister of Turkey",
             ("Cavusoglu", "Mevlut Cavusoglu"))
    a3.event("COOPERATE", "tr", "ru", "Turkey has proposed cooperating with Moscow", "cooperating",
             "2016-07-04")
    a3.event("AGREE", "tr", "ru", "Ankara and Moscow agreed in August to restore charter flights",
             "agreed", "2016-08")
    a3.event("SUPPORT", "ru", "tr", "Russia will support Turkish tourism this year", "support", "2016")
    a3.quote("cav", "we will cooperate with everyone who fights Daesh,", "said", "2016-07-04")
    a3.quote("cav", "we opened Incirlik air base for those who want to join the active fight against Daesh [IS].",
             "added", "2016-07-04")
    return [a1.build(), a2.build(), a3.build()]


def build_sample_store(path: Path) -> Path:
    store = Store(path)
    try:
        for art in sample_articles():
            store.write_article(art)
    finally:
        store.close()
    return path


# -- synthetic scale store -------------------------------------------------------------------------

_TYPES = ["AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
          "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"]
_WORDS = ("border talks pipeline sanctions jet grain tourism gas embassy envoy summit strike "
          "ceasefire refugees trade airspace navy drills wheat tomatoes visa loan").split()


def build_synthetic_store(path: Path, n_events: int, n_quotes: int = 0, seed: int = 7,
                          n_articles: int = 2000, n_actors: int = 300) -> Path:
    """A store with `n_events` random events (2% undated, some at month/year precision) spread
    over `n_articles` short articles, inserted in bulk (FTS kept in step by the store's
    triggers)."""
    Store(path).close()                     # schema, FTS tables and triggers
    rnd = random.Random(seed)
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA synchronous = OFF")
    # Bulk load without the per-row FTS triggers, then rebuild the indexes and put them back.
    triggers = conn.execute("SELECT sql FROM sqlite_master WHERE type = 'trigger'").fetchall()
    for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'").fetchall():
        conn.execute(f'DROP TRIGGER "{name}"')
    with conn:
        text = ("Officials in Ankara and Moscow discussed the border. " * 3).strip()
        conn.executemany(
            "INSERT INTO articles (id, path, file, content_hash, title, outlet, published, "
            "published_precision, text, word_count, ingested_at) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
            [(i, f"/synthetic/{i}.txt", f"{i:05d}.txt", f"h{i}", f"Synthetic report {i}", "Wire",
              f"{1990 + i % 30}-01-01", "day", text, 21, "2024-01-01") for i in range(1, n_articles + 1)],
        )
        conn.executemany(
            "INSERT INTO sentences (id, article_id, idx, start, end) VALUES (?,?,?,?,?)",
            [(i, i, 0, 0, len(text)) for i in range(1, n_articles + 1)],
        )
        names = ["Russia", "Turkey", "Sergei Lavrov", "Mevlut Cavusoglu"] + [
            f"Actor {i}" for i in range(5, n_actors + 1)]
        conn.executemany(
            "INSERT INTO actors (id, name, type, norm) VALUES (?,?,?,?)",
            [(i, n, "country" if i <= 2 else "person", n.lower()) for i, n in enumerate(names, 1)],
        )
        conn.executemany("INSERT INTO aliases (actor_id, alias, norm) VALUES (?,?,?)",
                         [(i, n, n.lower()) for i, n in enumerate(names, 1)])

        def date() -> tuple[str | None, str | None]:
            r = rnd.random()
            y, m, d = rnd.randint(1990, 2020), rnd.randint(1, 12), rnd.randint(1, 28)
            if r < 0.02:
                return None, None
            if r < 0.07:
                return f"{y}-{m:02d}", "month"
            if r < 0.09:
                return f"{y}", "year"
            return f"{y}-{m:02d}-{d:02d}", "day"

        def events():
            for i in range(1, n_events + 1):
                s, t = rnd.randint(1, n_actors), rnd.randint(1, n_actors)
                ty = rnd.choice(_TYPES)
                words = " ".join(rnd.sample(_WORDS, 3))
                dt, pr = date()
                a = rnd.randint(1, n_articles)          # sentence id == article id
                yield (i, a, a, ty, s, t, words.split()[0],
                       f"{names[s - 1]} {ty} {names[t - 1]}: {words}", dt, pr, 0, 40, 0, 8)

        conn.executemany(
            "INSERT INTO events (id, article_id, sentence_id, type, source_id, target_id, trigger, "
            "summary, date, date_precision, start, end, trigger_start, trigger_end) "
            "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)", events())

        def quotes():
            for i in range(1, n_quotes + 1):
                a = rnd.randint(1, n_articles)
                dt, pr = date()
                yield (i, a, a, rnd.randint(1, n_actors), " ".join(rnd.sample(_WORDS, 5)), 1,
                       "said", dt, pr, 0, 40)

        conn.executemany(
            "INSERT INTO quotes (id, article_id, sentence_id, speaker_id, text, direct, cue, date, "
            "date_precision, start, end) VALUES (?,?,?,?,?,?,?,?,?,?,?)", quotes())
        conn.execute("INSERT INTO articles_fts(articles_fts) VALUES ('rebuild')")
        conn.execute("INSERT INTO titles_fts(titles_fts) VALUES ('rebuild')")
        search_index.rebuild(conn)
        actor_stats.rebuild(conn)
        for (sql,) in triggers:
            conn.execute(sql)
    conn.close()
    return path
