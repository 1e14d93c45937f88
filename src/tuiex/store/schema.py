"""The store's tables, in one place, with the version the code writes.

Bump SCHEMA_VERSION whenever a table, column, index or the meaning of a value changes: the shipped
database is checked against it, and an older store is refused with instructions instead of misread.
"""

from __future__ import annotations

SCHEMA_VERSION = 6   # 2: timeline keys (tkey) and the items_fts index of search_index.py
                     # 3: the items_fts index holds search-folded text (ı, İ, ß)
                     #    stories and story_events (stories.py), idx_events_dyad (dyads.py)
                     #    sentence_id indexes (deletes cascade through them), actor_stats.py,
                     #    titles_fts and idx_articles_file (the palette)
                     # 4: items_fts has a facets column (actor ids as tokens, search_index.py);
                     #    idx_events_source and idx_events_target hold the type
                     # 5: articles.text_hash and its index: the same cleaned text under another
                     #    path is a duplicate, not a second report (db.py)
                     # 6: typed_fts, events indexed under a key that starts with their PLOVER
                     #    type (search_index.py); a store of 5 is upgraded when opened to write

# Plain DDL (not sqlite-utils' create()) so the whole schema reads top to bottom in one place.
TABLES = """
CREATE TABLE IF NOT EXISTS meta (
    key TEXT PRIMARY KEY,
    value TEXT
);
CREATE TABLE IF NOT EXISTS articles (
    id INTEGER PRIMARY KEY,
    path TEXT NOT NULL UNIQUE,          -- the file as given, resolved; the idempotence key
    file TEXT NOT NULL,                 -- base name, as the exchange format joins on it
    content_hash TEXT NOT NULL,         -- sha256 of the raw bytes: same hash, nothing to do
    text_hash TEXT,                     -- sha256 of `text` (textnorm.text_digest): one text, one article;
                                        -- NULL only in stores written by other means (make_corpus.py)
    title TEXT,
    outlet TEXT,
    url TEXT,
    published TEXT,                     -- ISO at its precision: 2016, 2016-07, 2016-07-01
    published_precision TEXT,           -- day | month | year | NULL
    published_how TEXT,                 -- how the date was obtained (dateline, inferred ..., meta)
    text TEXT NOT NULL,                 -- the cleaned article text all offsets point into
    word_count INTEGER NOT NULL,
    ingested_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS sentences (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    idx INTEGER NOT NULL,
    start INTEGER NOT NULL,
    end INTEGER NOT NULL,
    is_body INTEGER NOT NULL DEFAULT 1   -- 0 for headline and standfirst lines
);
CREATE TABLE IF NOT EXISTS actors (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    type TEXT NOT NULL,                 -- person | organization | country | group
    country TEXT,                       -- ISO 3166-1 alpha-3
    role TEXT,
    norm TEXT NOT NULL                  -- folded name, for lookups
);
CREATE TABLE IF NOT EXISTS aliases (
    actor_id INTEGER NOT NULL REFERENCES actors(id) ON DELETE CASCADE,
    alias TEXT NOT NULL,
    norm TEXT NOT NULL,
    PRIMARY KEY (actor_id, norm)
);
CREATE TABLE IF NOT EXISTS mentions (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    sentence_id INTEGER REFERENCES sentences(id) ON DELETE CASCADE,
    actor_id INTEGER NOT NULL REFERENCES actors(id),
    start INTEGER NOT NULL,
    end INTEGER NOT NULL,
    text TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS events (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    sentence_id INTEGER NOT NULL REFERENCES sentences(id) ON DELETE CASCADE,
    type TEXT NOT NULL,                 -- PLOVER event type
    source_id INTEGER REFERENCES actors(id),
    target_id INTEGER REFERENCES actors(id),
    trigger TEXT NOT NULL,
    summary TEXT NOT NULL,              -- "Russia CONCEDE Turkey: lifted a ban", for lists and search
    date TEXT,
    date_precision TEXT,
    start INTEGER NOT NULL,             -- span of the event's clause in articles.text
    end INTEGER NOT NULL,
    trigger_start INTEGER NOT NULL,
    trigger_end INTEGER NOT NULL,
    speculative INTEGER NOT NULL DEFAULT 0,
    tkey INTEGER                        -- timeline order key, see search_index.py
);
CREATE TABLE IF NOT EXISTS quotes (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    sentence_id INTEGER NOT NULL REFERENCES sentences(id) ON DELETE CASCADE,
    speaker_id INTEGER REFERENCES actors(id),
    text TEXT NOT NULL,
    direct INTEGER NOT NULL,
    cue TEXT,                           -- the speech verb: said, told, added, according to
    date TEXT,
    date_precision TEXT,
    start INTEGER NOT NULL,             -- span of the quoted words in articles.text
    end INTEGER NOT NULL,
    tkey INTEGER                        -- timeline order key, see search_index.py
);
CREATE INDEX IF NOT EXISTS idx_sentences_article ON sentences(article_id, idx);
CREATE INDEX IF NOT EXISTS idx_mentions_article ON mentions(article_id);
CREATE INDEX IF NOT EXISTS idx_mentions_actor ON mentions(actor_id);
CREATE INDEX IF NOT EXISTS idx_aliases_norm ON aliases(norm);
CREATE INDEX IF NOT EXISTS idx_actors_norm ON actors(norm);
CREATE INDEX IF NOT EXISTS idx_events_date ON events(date, id);
CREATE INDEX IF NOT EXISTS idx_events_article ON events(article_id);
-- An actor's events in date order; the type too, so that `source:X type:Y` checks the type in
-- the index it walks (a frequent actor and a type it never has: every one of its events).
CREATE INDEX IF NOT EXISTS idx_events_source ON events(source_id, date, id, type);
CREATE INDEX IF NOT EXISTS idx_events_target ON events(target_id, date, id, type);
CREATE INDEX IF NOT EXISTS idx_events_type ON events(type, date);
CREATE INDEX IF NOT EXISTS idx_quotes_date ON quotes(date, id);
CREATE INDEX IF NOT EXISTS idx_quotes_article ON quotes(article_id);
CREATE INDEX IF NOT EXISTS idx_quotes_speaker ON quotes(speaker_id, date);
-- Deleting an article (re-ingest) cascades to its sentences and from each sentence to these
-- rows: without these indexes every deleted sentence scanned the whole table.
CREATE INDEX IF NOT EXISTS idx_events_sentence ON events(sentence_id);
CREATE INDEX IF NOT EXISTS idx_quotes_sentence ON quotes(sentence_id);
CREATE INDEX IF NOT EXISTS idx_mentions_sentence ON mentions(sentence_id);
-- The palette looks articles up by the words of their titles (with a prefix index, for words
-- still being typed) and by the start of their file names, never by scanning every title.
CREATE INDEX IF NOT EXISTS idx_articles_file ON articles(file COLLATE NOCASE);
-- The same article text under another path (a copy, a re-download) is found through this index.
CREATE INDEX IF NOT EXISTS idx_articles_text_hash ON articles(text_hash);
CREATE VIRTUAL TABLE IF NOT EXISTS titles_fts USING fts5(title, content='articles', content_rowid='id', tokenize='unicode61 remove_diacritics 2', prefix='1 2 3');
CREATE TRIGGER IF NOT EXISTS titles_fts_ai AFTER INSERT ON articles BEGIN INSERT INTO titles_fts(rowid, title) VALUES (new.id, new.title); END;
CREATE TRIGGER IF NOT EXISTS titles_fts_ad AFTER DELETE ON articles BEGIN INSERT INTO titles_fts(titles_fts, rowid, title) VALUES ('delete', old.id, old.title); END;
CREATE TRIGGER IF NOT EXISTS titles_fts_au AFTER UPDATE OF title ON articles BEGIN INSERT INTO titles_fts(titles_fts, rowid, title) VALUES ('delete', old.id, old.title); INSERT INTO titles_fts(rowid, title) VALUES (new.id, new.title); END;
"""  # noqa: E501 - _statements (store/db.py) splits DDL at a ";" that ends a line: a trigger stays on one

# Full-text indexes kept in step by triggers (sqlite-utils' enable_fts(create_triggers=True)).
# Events and quotes are indexed in timeline order by search_index.py instead.
FTS = {
    "articles": ["title", "text"],
}
