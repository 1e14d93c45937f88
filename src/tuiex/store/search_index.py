"""The full-text index of timeline items, keyed so that its own order is the timeline's order.

A search shows its hits by date, and a common word has hundreds of thousands of them. An FTS5
index walks a word's hits in rowid order and can stop after a screenful, but sorting hits by
anything else means reading all of them first (hundreds of milliseconds at a million events).
So every event and quote carries a timeline key, `tkey`, an integer that sorts exactly like the
timeline (date at its precision, undated last, events before quotes, then id), and the index
uses it as its rowid: the first screen of a date-ordered search costs what SQLite's raw MATCH
costs, and the next screen is `rowid > last`.

Each item is indexed with its own words (an event's summary: actors, type, trigger; a quote's
words) and the sentence it comes from, so a search finds an event by what the article says
around it. The index is an external-content FTS5 table over the view `item_docs`: the text is
stored once, in the articles; the writer adds and removes an article's items explicitly (see
`index_article`, `unindex_article`), because only it knows when an article comes and goes.
The tkey indexes also hold the columns filters test (type, source, target, speaker), so a
search with a filter checks each hit in the index it walks anyway, never in the table.

A search that also filters by actor (`minister source:X`) would otherwise walk every hit of its
words and check each in the tkey index: when few hits are the actor's (or none are), that is the
whole hit list, linear in the store. So each item is also indexed with *facet* tokens in a second
column, `facets`: `0s<id>` for an event's source or a quote's speaker and `0t<id>` for an event's
target, and the query ANDs them with the words (`body : (...) AND facets : (...)`), which FTS5
answers by stepping both hit lists together, skipping (a standard FTS faceting technique). Users'
words are matched in `body` only (`words_only`), so a typed word never finds a facet; the
leading digit keeps facets out of the prefix entries of typed letters.

A search with a type (`accuse type:CONSULT`) has the same problem with the type: the index can
answer it only by ANDing the words with the type's word, which every event's summary holds, and
when both are common and rarely meet FTS5 steps through both long hit lists (~10 ms at a million
events). So events are indexed a second time, in `typed_fts`, under a *typed key*: the event's
PLOVER type code in the high bits, then its date and id in timeline order (`typed_key`). A type is
then a rowid range of that index, which FTS5 seeks to in each word's hit list (rowid bounds), so
`word type:X` reads only the hits of the word among X's events, in timeline order. Same text
and tokenizer as `items_fts`, but no prefix index (it would triple this index: 440 bytes an
event instead of 134 in the generated corpus), so a search with a prefix of 1 to 3 letters
(`short_prefix`) goes the old way: such a prefix meets any type often, so the walk stops soon.

Search as you type makes the last word a prefix ("t*" after one letter). Without a prefix index
FTS5 merges the hit lists of every word with that prefix before the first hit (a second at a
million events for "t*"), so the index keeps prefixes of 1 to 3 letters (about a quarter more
index); longer prefixes name few enough words.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterable, Sequence
from functools import lru_cache

from ..textnorm import search_fold_sql

UNDATED = 99_999_999          # sorts after every YYYYMMDD
_DATE_SHIFT = 33              # tkey = datenum << 33 | kind << 32 | id
_KIND_SHIFT = 32
MAX_ID = (1 << _KIND_SHIFT) - 1


def datenum(date: str | None) -> int:
    """"2016" -> 20160000, "2016-07" -> 20160700, "2016-07-01" -> 20160701, None -> UNDATED:
    the order of the ISO strings, as integers."""
    if not date:
        return UNDATED
    parts = date.split("-")
    try:
        y = int(parts[0])
        m = int(parts[1]) if len(parts) > 1 else 0
        d = int(parts[2]) if len(parts) > 2 else 0
    except ValueError:
        return UNDATED
    return y * 10_000 + m * 100 + d


def tkey(date: str | None, kind: int, item_id: int) -> int:
    """The timeline key of an item; `kind` -1 gives a key just before every item on `date`."""
    base = datenum(date) << _DATE_SHIFT
    if kind < 0:
        return base - 1
    return base | (kind << _KIND_SHIFT) | item_id


def after_date(date: str) -> int:
    """A key just after every item dated `date` (at its precision: "2016-07" itself, not the days
    in it, which sort after it as their ISO strings do)."""
    return ((datenum(date) + 1) << _DATE_SHIFT) - 1


def date_of(key: int) -> str | None:
    """The ISO date (at its precision) a timeline key was made from; None when undated."""
    return _date_of_datenum(key >> _DATE_SHIFT)


@lru_cache(maxsize=1 << 16)
def _date_of_datenum(n: int) -> str | None:
    if n >= UNDATED:
        return None
    y, m, d = n // 10_000, n // 100 % 100, n % 100
    return f"{y:04d}" + (f"-{m:02d}" if m else "") + (f"-{d:02d}" if d else "")


def kind_of(key: int) -> int:
    return (key >> _KIND_SHIFT) & 1


def id_of(key: int) -> int:
    return key & MAX_ID


# The same computation in SQL, for the writer and bulk loads (no Python function needed).
_DATENUM_SQL = (
    "(CASE WHEN {d} IS NULL OR {d} = '' THEN " + str(UNDATED) + " ELSE"
    " CAST(substr({d}, 1, 4) AS INTEGER) * 10000"
    " + coalesce(CAST(nullif(substr({d}, 6, 2), '') AS INTEGER), 0) * 100"
    " + coalesce(CAST(nullif(substr({d}, 9, 2), '') AS INTEGER), 0) END)"
)


def tkey_sql(date_column: str, kind: int, id_column: str) -> str:
    return (f"(({_DATENUM_SQL.format(d=date_column)} << {_DATE_SHIFT})"
            f" | ({kind} << {_KIND_SHIFT}) | {id_column})")


# The typed key (typed_fts): type code (bits 54+), compact date (22 bits: year, month, day in
# date order, undated last), event id (32 bits). The codes are part of the stored key: never
# reorder them; a new type takes the next code.
TYPE_CODES = {t: i + 1 for i, t in enumerate((
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"))}
_TYPE_SHIFT = 54
_CDATE_UNDATED = (1 << (_TYPE_SHIFT - _KIND_SHIFT)) - 1


def _cdate(n: int) -> int:
    """A datenum (YYYYMMDD as an integer, UNDATED last) in 22 bits, in the same order: month and
    day clamped to 12 and 31, so a bound like 20160699 (just before 2016-07) still sorts right."""
    if n >= UNDATED:
        return _CDATE_UNDATED
    return (min(n // 10_000, 9999) * 13 + min(n // 100 % 100, 12)) * 32 + min(n % 100, 31)


def typed_key(event_type: str, key: int) -> int:
    """The typed_fts rowid of the greatest event whose timeline key is <= `key` (a tkey, or a
    bound between keys) within `event_type`'s range: events with tkey > b are exactly those with
    typed key > typed_key(t, b), so tkey bounds carry over. ValueError for a type with no code."""
    code = _type_code(event_type)
    item_id = key & MAX_ID if kind_of(key) == 0 else MAX_ID     # events sort before quotes
    return (code << _TYPE_SHIFT) | (_cdate(key >> _DATE_SHIFT) << _KIND_SHIFT) | item_id


def type_range(event_type: str) -> tuple[int, int]:
    """(lowest, highest) typed key of a type's events (ValueError for a type with no code)."""
    code = _type_code(event_type)
    return code << _TYPE_SHIFT, ((code + 1) << _TYPE_SHIFT) - 1


def _type_code(event_type: str) -> int:
    code = TYPE_CODES.get(event_type)
    if code is None:
        raise ValueError(f"no typed index code for event type {event_type!r}")
    return code


def _typed_key_sql(e: str) -> str:
    """typed_key in SQL, from an event row's type and stored tkey."""
    code = "(CASE " + e + ".type " + " ".join(f"WHEN '{t}' THEN {c}" for t, c in TYPE_CODES.items()) + " ELSE 0 END)"
    n = f"({e}.tkey >> {_DATE_SHIFT})"
    cdate = (f"(CASE WHEN {n} >= {UNDATED} THEN {_CDATE_UNDATED} ELSE "
             f"(min({n} / 10000, 9999) * 13 + min({n} / 100 % 100, 12)) * 32 + min({n} % 100, 31) END)")
    return f"(({code} << {_TYPE_SHIFT}) | ({cdate} << {_KIND_SHIFT}) | {e}.id)"


_PREFIX_TERM = re.compile(r'"((?:[^"]|"")*)"\*')
_WORD_CHARS = re.compile(r"[^\W_]+")


def short_prefix(fts: str) -> bool:
    """Whether a MATCH expression (as search.py writes it: prefixes as `"mi"*`) has a prefix of
    1 to 3 letters, which `items_fts` answers from its prefix index and `typed_fts` could only
    answer by merging the hit lists of every word that starts so."""
    for m in _PREFIX_TERM.finditer(fts):
        words = _WORD_CHARS.findall(m.group(1))
        if not words or len(words[-1]) <= 3:
            return True
    return False


SOURCE = "0s"                 # facet token prefixes: 0s<actor id> (source or speaker), 0t<actor id>
TARGET = "0t"


_DIGIT_ZERO_TOKEN = re.compile(r"(?<![^\W_])0")      # a token (a run of letters/digits) starting with 0


def words_only(fts: str | None) -> str | None:
    """A MATCH expression of typed words that never matches a facet token (None stays None).

    A facet token starts with "0" (`0s12`), and FTS5 matches tokens from their start, so words
    none of whose tokens starts with "0" cannot match one and go as they are; otherwise they
    are restricted to the `body` column (a column filter makes FTS5 read positions, a few
    tenths of a millisecond on a common word, so it is used only when needed)."""
    if not fts:
        return None
    return f"body : ({fts})" if _DIGIT_ZERO_TOKEN.search(fts) else fts


def facet_match(prefix: str, ids: Iterable[int]) -> str:
    """MATCH expression for "one of these actors" in the facets column: `prefix` is SOURCE or
    TARGET, `ids` actor ids (non-empty). E.g. facet_match(SOURCE, [3, 5]) ->
    'facets : ("0s3" OR "0s5")'."""
    return "facets : (" + " OR ".join(f'"{prefix}{int(i)}"' for i in ids) + ")"


# The indexed text goes through `search_fold` (dotless ı, İ, ß), which unicode61 does not fold.
_SENTENCE = "substr(a.text, s.start + 1, s.end - s.start)"
DDL = f"""
CREATE UNIQUE INDEX IF NOT EXISTS idx_events_tkey ON events(tkey, type, source_id, target_id);
CREATE UNIQUE INDEX IF NOT EXISTS idx_quotes_tkey ON quotes(tkey, speaker_id);
CREATE VIEW IF NOT EXISTS item_docs AS
    SELECT e.tkey AS tkey, e.article_id AS article_id,
           {search_fold_sql(f"e.summary || ' ' || {_SENTENCE}")} AS body,
           coalesce('{SOURCE}' || e.source_id, '') || ' ' || coalesce('{TARGET}' || e.target_id, '') AS facets
    FROM events e JOIN sentences s ON s.id = e.sentence_id JOIN articles a ON a.id = e.article_id
    UNION ALL
    SELECT q.tkey, q.article_id,
           {search_fold_sql(f"q.text || ' ' || {_SENTENCE}")},
           coalesce('{SOURCE}' || q.speaker_id, '')
    FROM quotes q JOIN sentences s ON s.id = q.sentence_id JOIN articles a ON a.id = q.article_id;
CREATE VIRTUAL TABLE IF NOT EXISTS items_fts USING fts5(
    body, facets, content='item_docs', content_rowid='tkey', tokenize='unicode61 remove_diacritics 2',
    prefix='1 2 3'
);
"""
TYPED_DDL = f"""
CREATE VIEW IF NOT EXISTS typed_docs AS
    SELECT {_typed_key_sql('e')} AS typed_key, e.article_id AS article_id,
           {search_fold_sql(f"e.summary || ' ' || {_SENTENCE}")} AS body,
           coalesce('{SOURCE}' || e.source_id, '') || ' ' || coalesce('{TARGET}' || e.target_id, '') AS facets
    FROM events e JOIN sentences s ON s.id = e.sentence_id JOIN articles a ON a.id = e.article_id;
CREATE VIRTUAL TABLE IF NOT EXISTS typed_fts USING fts5(
    body, facets, content='typed_docs', content_rowid='typed_key', tokenize='unicode61 remove_diacritics 2'
);
"""
DDL += TYPED_DDL

def set_keys(conn: sqlite3.Connection) -> None:
    """Fill in `tkey` for every item (bulk loads; the writer computes it in its INSERTs with
    `tkey_sql`, store/db.py)."""
    conn.execute(f"UPDATE events SET tkey = {tkey_sql('date', 0, 'id')}")
    conn.execute(f"UPDATE quotes SET tkey = {tkey_sql('date', 1, 'id')}")


def index_articles(conn: sqlite3.Connection, article_ids: Sequence[int]) -> None:
    """Index the events and quotes of freshly written articles (ids; their `tkey` already set),
    in one statement per INDEX_CHUNK articles, in rowid (tkey) order.

    The order matters: FTS5 writes its pending terms out as a new segment whenever a rowid comes
    lower than the last one it took in the transaction (fts5_index.c, `fts5IndexBeginWrite`).
    An article's items come in text order, not timeline order, so indexed one article at a time
    a batch left a small segment every few items, which FTS5 then spent its time merging; in
    tkey order a batch's terms go out in one segment per megabyte of pending data (FTS5's hash
    size). What the index holds, and so every search, is the same either way."""
    for i in range(0, len(article_ids), INDEX_CHUNK):
        chunk = list(article_ids[i:i + INDEX_CHUNK])
        marks = ','.join('?' * len(chunk))
        conn.execute("INSERT INTO items_fts(rowid, body, facets) SELECT tkey, body, facets FROM item_docs "
                     f"WHERE article_id IN ({marks}) ORDER BY tkey", chunk)
        conn.execute("INSERT INTO typed_fts(rowid, body, facets) SELECT typed_key, body, facets FROM typed_docs "
                     f"WHERE article_id IN ({marks}) ORDER BY typed_key", chunk)


INDEX_CHUNK = 500               # articles a statement of index_articles names (SQL variables)


def unindex_article(conn: sqlite3.Connection, article_id: int) -> None:
    """Take an article's items out of the indexes; call before the rows themselves go. (In tkey
    order, for the reason index_articles gives: a delete is written to the index like an insert.)"""
    conn.execute("INSERT INTO items_fts(items_fts, rowid, body, facets) SELECT 'delete', tkey, body, facets "
                 "FROM item_docs WHERE article_id = ? ORDER BY tkey", [article_id])
    conn.execute("INSERT INTO typed_fts(typed_fts, rowid, body, facets) SELECT 'delete', typed_key, body, facets "
                 "FROM typed_docs WHERE article_id = ? ORDER BY typed_key", [article_id])


def rebuild(conn: sqlite3.Connection) -> None:
    """Key every item and rebuild the index from scratch (bulk loads, migrations)."""
    set_keys(conn)
    conn.execute("INSERT INTO items_fts(items_fts) VALUES ('rebuild')")
    conn.execute("INSERT INTO typed_fts(typed_fts) VALUES ('rebuild')")


def add_typed_index(conn: sqlite3.Connection) -> None:
    """Schema 5 -> 6: create and fill `typed_fts` in a store whose items are already keyed
    (the rest of the store is unchanged). Minutes at ten million events."""
    for statement in TYPED_DDL.split(";\n"):
        if statement.strip():
            conn.execute(statement)
    conn.execute("INSERT INTO typed_fts(typed_fts) VALUES ('rebuild')")
