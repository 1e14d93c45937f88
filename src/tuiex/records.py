"""The records extraction produces and the store writes: plain data, no NLP objects, so they cross
process and layer boundaries (pickled to a writer process, written by the store layer) without
dragging spaCy along. This module is neutral ground: tuiex.ingest builds these records and
tuiex.store writes them, and it imports neither (the import-linter contracts in pyproject.toml)."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class SourceDoc:
    """One article as read from disk, before cleaning. Metadata given by the input itself (an HTML
    <title>, a JSON record's fields, a .meta.json sidecar, --published) rides along."""

    path: str                      # resolved path; for a JSON lines record, "file.jsonl#N"
    file: str                      # base name used by the exchange format
    raw: str                       # decoded text (HTML already reduced to its main content)
    content_hash: str              # sha256 of the bytes this doc came from (and of its sidecar, if any)
    title: str | None = None
    published: str | None = None   # ISO date (any precision) given by metadata
    published_how: str | None = None
    outlet: str | None = None
    url: str | None = None
    text_hash: str | None = None   # textnorm.text_digest of the cleaned text, when the reader cleaned it
    # The reader's cleaning of `raw` and `title` (a tuiex.ingest.clean.Cleaned; typed loosely so that
    # this module stays neutral), kept so that extraction, in a --jobs worker too, does not clean the
    # same text again. None when not cleaned yet or when raw/title changed after it.
    cleaned: object | None = field(default=None, repr=False, compare=False)


@dataclass
class Actor:
    """An actor as one article knows it; `key` is local to the article. The store merges actors
    across articles by their aliases."""

    key: str
    name: str
    type: str                      # person | organization | country | group
    country: str | None = None     # ISO3
    role: str | None = None
    aliases: set[str] = field(default_factory=set)
    # those of name and aliases that describe an unnamed group or body ("protesters", "Kenyan
    # police") instead of naming one: they say what the actor is, not which one, so the store
    # joins actors by them only within an article or at the same known country
    descriptions: set[str] = field(default_factory=set)


@dataclass
class Mention:
    actor_key: str
    sentence: int
    start: int
    end: int
    text: str


@dataclass
class Event:
    type: str
    source: str | None             # actor key
    target: str | None
    trigger: str
    sentence: int
    start: int                     # clause span in the cleaned text
    end: int
    trigger_start: int
    trigger_end: int
    date: str | None = None
    speculative: bool = False


@dataclass
class Quote:
    speaker: str | None            # actor key
    text: str
    direct: bool
    cue: str | None
    sentence: int
    start: int                     # span of the quoted words in the cleaned text
    end: int
    date: str | None = None


@dataclass
class Sentence:
    start: int
    end: int
    is_body: bool = True


@dataclass
class Article:
    """Everything extracted from one document, with offsets into `text` (the cleaned text)."""

    path: str
    file: str
    content_hash: str
    text: str
    title: str | None
    outlet: str | None
    url: str | None
    published: str | None
    published_how: str | None
    sentences: list[Sentence] = field(default_factory=list)
    actors: dict[str, Actor] = field(default_factory=dict)
    mentions: list[Mention] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)

    @property
    def word_count(self) -> int:
        return len(self.text.split())
