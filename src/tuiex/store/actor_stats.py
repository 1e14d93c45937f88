"""What an actor's detail shows, kept up to date by the writer instead of counted on every view.

The most frequent actor of a large store takes part in a tenth of its events, and counting them
(and grouping them by counterpart) on every cursor move cost half a second at a million events.
So the writer keeps, per actor, its counts (`actor_stats`), the number of events it shares with
each other actor (`actor_pairs`, both directions), and the dated articles that name it
(`actor_articles`, so that first and last seen are index lookups), and the words of its names
(`actor_words`), so that `actor:lavrov` is looked up, not matched against every actor. An article adds its share
when it is written (`add_article(conn, id, +1)`) and takes it back before it is deleted
(`add_article(conn, id, -1)`); `rebuild` computes everything from the rows (bulk loads).
"""

from __future__ import annotations

import json
import sqlite3

DDL = """
CREATE TABLE IF NOT EXISTS actor_stats (
    actor_id INTEGER PRIMARY KEY REFERENCES actors(id) ON DELETE CASCADE,
    n_as_source INTEGER NOT NULL DEFAULT 0,
    n_as_target INTEGER NOT NULL DEFAULT 0,
    n_both INTEGER NOT NULL DEFAULT 0,          -- events with the actor as source and as target
    n_quotes INTEGER NOT NULL DEFAULT 0,
    n_mentions INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS actor_pairs (
    actor_id INTEGER NOT NULL,
    other_id INTEGER NOT NULL,
    n INTEGER NOT NULL,                         -- events between the two, either way round
    PRIMARY KEY (actor_id, other_id)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS actor_articles (
    actor_id INTEGER NOT NULL REFERENCES actors(id) ON DELETE CASCADE,
    published TEXT NOT NULL,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    PRIMARY KEY (actor_id, published, article_id)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS idx_actor_articles_article ON actor_articles(article_id);
CREATE TABLE IF NOT EXISTS actor_words (       -- every word of an actor's folded names and aliases
    word TEXT NOT NULL,
    actor_id INTEGER NOT NULL REFERENCES actors(id) ON DELETE CASCADE,
    PRIMARY KEY (word, actor_id)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS idx_actor_words_actor ON actor_words(actor_id);
"""


def _stats_sql(where: str) -> str:
    return f"""
INSERT INTO actor_stats (actor_id, n_as_source, n_as_target, n_both, n_quotes, n_mentions)
SELECT a, sum(s) * ?2, sum(t) * ?2, sum(b) * ?2, sum(q) * ?2, sum(m) * ?2 FROM (
    SELECT source_id AS a, 1 AS s, 0 AS t, source_id IS target_id AS b, 0 AS q, 0 AS m
      FROM events WHERE {where} AND source_id IS NOT NULL
    UNION ALL SELECT target_id, 0, 1, 0, 0, 0 FROM events WHERE {where} AND target_id IS NOT NULL
    UNION ALL SELECT speaker_id, 0, 0, 0, 1, 0 FROM quotes WHERE {where} AND speaker_id IS NOT NULL
    UNION ALL SELECT actor_id, 0, 0, 0, 0, 1 FROM mentions WHERE {where}
) WHERE true GROUP BY a
ON CONFLICT (actor_id) DO UPDATE SET
    n_as_source = n_as_source + excluded.n_as_source, n_as_target = n_as_target + excluded.n_as_target,
    n_both = n_both + excluded.n_both, n_quotes = n_quotes + excluded.n_quotes,
    n_mentions = n_mentions + excluded.n_mentions
"""


def _pairs_sql(where: str) -> str:
    both = f"{where} AND source_id IS NOT NULL AND target_id IS NOT NULL AND source_id != target_id"
    return f"""
INSERT INTO actor_pairs (actor_id, other_id, n)
SELECT a, o, count(*) * ?2 FROM (
    SELECT source_id AS a, target_id AS o FROM events WHERE {both}
    UNION ALL SELECT target_id, source_id FROM events WHERE {both}
) WHERE true GROUP BY a, o
ON CONFLICT (actor_id, other_id) DO UPDATE SET n = n + excluded.n
"""


_ARTICLES_SQL = """
INSERT OR IGNORE INTO actor_articles (actor_id, published, article_id)
SELECT DISTINCT m.actor_id, a.published, a.id FROM mentions m JOIN articles a ON a.id = m.article_id
WHERE {where} AND a.published IS NOT NULL
"""


def add_article(conn: sqlite3.Connection, article_id: int, sign: int) -> None:
    """Add (sign +1, after writing it) or take back (sign -1, before deleting it) an article's
    share of the actor aggregates."""
    conn.execute(_stats_sql("article_id = ?1"), [article_id, sign])
    conn.execute(_pairs_sql("article_id = ?1"), [article_id, sign])
    if sign > 0:
        conn.execute(_ARTICLES_SQL.format(where="m.article_id = ?1"), [article_id])
    else:       # (actor_articles rows go with the article, by cascade)
        conn.execute("""DELETE FROM actor_pairs WHERE n = 0 AND actor_id IN (
                            SELECT source_id FROM events WHERE article_id = ?1
                            UNION SELECT target_id FROM events WHERE article_id = ?1)""",
                     [article_id])


def add_articles(conn: sqlite3.Connection, article_ids: list[int]) -> None:
    """`add_article(conn, id, +1)` for several articles just written, in three statements for all
    of them (sums and distinct rows: the same totals as one article at a time)."""
    for i in range(0, len(article_ids), 500):
        chunk = json.dumps(article_ids[i:i + 500])
        where = "article_id IN (SELECT value FROM json_each(?1))"
        conn.execute(_stats_sql(where), [chunk, 1])
        conn.execute(_pairs_sql(where), [chunk, 1])
        conn.execute(_ARTICLES_SQL.format(where="m." + where), [chunk])


def add_words(conn: sqlite3.Connection, actor_id: int, norms) -> None:
    """Index the words of an actor's folded names (`norms`)."""
    conn.executemany("INSERT OR IGNORE INTO actor_words (word, actor_id) VALUES (?, ?)",
                     [(w, actor_id) for w in sorted({w for n in norms for w in n.split()})])


def rebuild(conn: sqlite3.Connection) -> None:
    """Compute every actor aggregate from the rows (bulk loads, migrations)."""
    for table in ("actor_stats", "actor_pairs", "actor_articles", "actor_words"):
        conn.execute(f"DELETE FROM {table}")
    norms: dict[int, set[str]] = {}
    for actor_id, norm in conn.execute("SELECT id, norm FROM actors UNION SELECT actor_id, norm FROM aliases"):
        norms.setdefault(actor_id, set()).add(norm)
    for actor_id, names in norms.items():
        add_words(conn, actor_id, names)
    conn.execute(_stats_sql("true"), [None, 1])
    conn.execute(_pairs_sql("true"), [None, 1])
    conn.execute(_ARTICLES_SQL.format(where="true"))
