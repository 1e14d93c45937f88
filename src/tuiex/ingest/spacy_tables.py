"""Two components of spaCy's English pipeline applied by table lookup: the same annotations in a
fraction of their time.

The attribute ruler (spacy.io/api/attributeruler) maps each token's tag, lower form and dependency
label to its coarse POS, morphology and some lemmas: 179 Matcher rules in en_core_web_sm 3.8, nearly
all about one token. spaCy runs every rule over the doc and then sets the attributes one match at a
time through a new `Span` and `Token` per match, about 15 µs a token: as much CPU as the dependency
parser, a sixth of the whole pipeline on news text. The rule lemmatizer (spacy.io/api/lemmatizer)
then gives every token without a lemma one from its text, POS and morphology, through a `Token` per
token.

`AttributeTable` reads the same rules from the model's own ruler and applies them with spaCy's
semantics: every rule is matched against the annotation as the ruler receives it, and the matches
are applied in rule order, so a later rule's value wins. A rule about one token that tests only its
TAG, LOWER, DEP and IS_SPACE for equality or (NOT_)IN is answered by a table keyed by those four
values, computed once per distinct key; the other rules (several tokens, regular expressions) run
through a small spaCy Matcher of their own, and the tokens they match are merged in rule order with
the table's rules. `LemmaTable` asks the model's own lemmatizer once per distinct (text, POS,
morphology), the key of spaCy's own lemma cache, for the tokens it would lemmatise. Both write their
columns at once (`Doc.from_array`). The results equal spaCy's on every token
(tests/test_spacy_tables.py compares them attribute by attribute)."""

from __future__ import annotations

import re
from typing import Any

import numpy
from spacy.attrs import DEP, IS_SPACE, LEMMA, LOWER, MORPH, ORTH, POS, TAG
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Doc
from spacy.tokens._retokenize import set_token_attrs

# The token attributes a table rule may test, in the order of a table key.
_KEYS = ("TAG", "LOWER", "DEP", "IS_SPACE")
# The attributes written column-wise; any other attribute a rule sets is set token by token.
_COLUMNS = (POS, MORPH, LEMMA)
# The cache's LOWER for a form no table rule names (hashes are unsigned: no form has it).
_OTHER_FORM = -1
# The most (text, POS, morphology) lemmas a LemmaTable keeps before it starts afresh: its keys grow
# with the corpus's vocabulary; spaCy's lemmatizer keeps its own cache, which answers the rest.
LEMMA_CACHE_SIZE = 50_000
# Lemmatizer modes whose lemma is a function of the token's text, POS and morphology alone.
LEMMA_MODES = ("rule", "lookup")
# (regular expression, lower form) answers kept for the context patterns' prefilter, at most
REGEX_CACHE_SIZE = 50_000
# A table rule's tests: (key position in _KEYS, wanted, hashed values), all of which must hold.
_Tests = tuple[tuple[int, bool, frozenset[int]], ...]
# What the table rules do to a token of one key (AttributeTable._plan): (rules, attributes merged,
# (array column, value) pairs of the column-wise ones, the other attributes or None).
_Plan = tuple[tuple[int, ...], dict[int, int], tuple[tuple[int, int], ...], dict[int, int] | None]


def _value_test(vocab: Any, key: str, value: Any) -> tuple[bool, frozenset[int]] | None:
    """(wanted, values) for one token-pattern entry in hash space: the token's value must be in
    `values` if `wanted`, else not in it; None for a form the table does not answer (REGEX, OP ...)."""
    def code(v: Any) -> int:
        if key == "IS_SPACE":
            return int(bool(v))
        return int(vocab.strings.add(v)) if isinstance(v, str) else -1
    if isinstance(value, dict):
        if len(value) != 1:
            return None
        (op, values), = value.items()
        if op not in ("IN", "NOT_IN") or not isinstance(values, list):
            return None
        return op == "IN", frozenset(code(v) for v in values)
    if key == "IS_SPACE" and not isinstance(value, bool):
        return None
    if key != "IS_SPACE" and not isinstance(value, str):
        return None
    return True, frozenset((code(value),))


class AttributeTable:
    """A pipeline component that gives every token the attributes `ruler` (a spaCy AttributeRuler)
    would give it. Callable on a Doc (returns it, annotated in place); spaCy's `nlp.pipe` calls a
    component without a `pipe` method on each doc in turn."""

    def __init__(self, ruler: Any) -> None:
        self.ruler = ruler
        self.vocab = ruler.vocab
        self._attrs: list[dict[int, int]] = list(ruler.attrs)
        # rule index -> its one-token tests, one tuple per alternative pattern of the rule
        self._tests: list[tuple[int, _Tests]] = []
        self._by_lower: dict[int, list[int]] = {}
        self._by_tag: dict[int, list[int]] = {}
        self._anywhere: list[int] = []
        self._context = Matcher(self.vocab)
        self._context_index: dict[int, int] = {}
        # per context pattern, what a doc must hold for it to match (see _needs)
        self._context_needs: list[tuple[tuple[tuple[int, frozenset[int]], ...], tuple[re.Pattern[str], ...]]] = []
        # per expression: (lower forms it finds, lower forms it does not), _context_possible
        self._regex_hits: dict[str, tuple[set[int], set[int]]] = {}
        self._regex_size = 0        # forms kept in all
        for rule, pattern_set in enumerate(ruler.patterns):
            for pattern in pattern_set["patterns"]:
                tests = self._table_tests(pattern, pattern_set["index"])
                if tests is None:
                    key = f"tuiex-attribute-rule-{rule}"
                    self._context.add(key, [pattern])
                    self._context_index[int(self.vocab.strings[key])] = rule
                    self._context_needs.append(self._needs(pattern))
                    continue
                slot = len(self._tests)
                self._tests.append((rule, tests))
                self._file(slot, tests)
        # Every LOWER form a table rule names: any other form passes and fails the same tests, so
        # the cache keys it as _OTHER_FORM and stays bounded by the rules, not the corpus's words.
        self._named_forms = frozenset(v for _, tests in self._tests for k, _, values in tests if k == 1
                                      for v in values)
        self._cache: dict[tuple[int, int, int, int], tuple[tuple[int, ...], dict[int, int]]] = {}
        self._merged: dict[tuple[int, ...], tuple[tuple[int, ...], dict[int, int]]] = {}
        self._plans: dict[tuple[int, int, int, int], _Plan] = {}    # key (a LOWER no rule names as _OTHER_FORM)

    def _table_tests(self, pattern: list[dict[str, Any]], index: int) -> _Tests | None:
        if len(pattern) != 1 or index not in (0, -1):
            return None
        tests = []
        for key, value in pattern[0].items():
            if key not in _KEYS:
                return None
            test = _value_test(self.vocab, key, value)
            if test is None:
                return None
            tests.append((_KEYS.index(key), *test))
        return tuple(tests)

    def _needs(self, pattern: list[dict[str, Any]]) -> tuple[tuple[tuple[int, frozenset[int]], ...],
                                                             tuple[re.Pattern[str], ...]]:
        """What a doc must hold for `pattern` to match anywhere in it: for each equality or IN test
        of a token's TAG, LOWER or DEP, some token with one of those values (column position in
        _KEYS, hashes); for each REGEX test of LOWER, some token whose lower form the expression
        finds (re.search, as spaCy's Matcher tests it). Necessary, not sufficient: a doc that
        holds them all goes through the Matcher."""
        values, regexes = [], []
        for spec in pattern:
            for key, value in spec.items():
                if key not in ("TAG", "LOWER", "DEP"):
                    continue
                if isinstance(value, dict) and set(value) == {"REGEX"} and key == "LOWER":
                    regexes.append(re.compile(value["REGEX"]))
                    continue
                test = _value_test(self.vocab, key, value)
                if test is not None and test[0]:
                    values.append((_KEYS.index(key), test[1]))
        return tuple(values), tuple(regexes)

    def _context_possible(self, columns: tuple[set[int], set[int], set[int]]) -> bool:
        """Whether any context pattern can match a doc whose TAG, LOWER and DEP values are
        `columns`. The regex answers are kept per expression as two sets of lower forms, those it
        finds and those it does not (REGEX_CACHE_SIZE forms at most in all), so a doc's forms are
        tested by set intersection and only a form not met before goes through the expression."""
        strings = self.vocab.strings
        lowers = columns[1]
        for values, regexes in self._context_needs:
            if not all(columns[k] & wanted for k, wanted in values):
                continue
            for regex in regexes:
                found, missed = self._regex_hits.setdefault(regex.pattern, (set(), set()))
                if not lowers.isdisjoint(found):
                    continue
                new = lowers - missed
                if new and self._regex_size + len(new) > REGEX_CACHE_SIZE:
                    self._regex_hits.clear()
                    self._regex_size = 0
                    found, missed = self._regex_hits.setdefault(regex.pattern, (set(), set()))
                self._regex_size += len(new)
                for lower in new:
                    (found if regex.search(strings[lower]) else missed).add(lower)
                if lowers.isdisjoint(found):
                    break           # no form of the doc fits this expression: the pattern cannot match
            else:
                return True
        return False

    def _file(self, slot: int, tests: _Tests) -> None:
        """Index a table rule by the values it requires: its LOWER forms, else its TAGs."""
        for column, index in ((1, self._by_lower), (0, self._by_tag)):
            for key, wanted, values in tests:
                if key == column and wanted:
                    for value in values:
                        index.setdefault(value, []).append(slot)
                    return
        self._anywhere.append(slot)

    def _rules_for(self, key: tuple[int, int, int, int]) -> tuple[tuple[int, ...], dict[int, int]]:
        """The table rules that match a token of `key` (TAG, LOWER, DEP, IS_SPACE hashes), in rule
        order, and the attributes they give it together (a later rule's value wins). Cached per
        key, a LOWER form no rule names counted as one; one (rules, attributes) pair per rule set."""
        if key[1] not in self._named_forms:
            key = (key[0], _OTHER_FORM, key[2], key[3])
        found = self._cache.get(key)
        if found is None:
            rules = set()
            for slot in (*self._by_lower.get(key[1], ()), *self._by_tag.get(key[0], ()), *self._anywhere):
                rule, tests = self._tests[slot]
                if all((key[k] in values) == wanted for k, wanted, values in tests):
                    rules.add(rule)
            ordered = tuple(sorted(rules))
            found = self._merged.get(ordered)
            if found is None:
                merged: dict[int, int] = {}
                for rule in ordered:
                    merged.update(self._attrs[rule])
                found = self._merged[ordered] = (ordered, merged)
            self._cache[key] = found
        return found

    def _plan(self, key: tuple[int, int, int, int]) -> _Plan:
        """What the table rules do to a token of `key` (as `_rules_for` takes it): their rules, the
        attributes they give together, those of them written column-wise as (column of the
        `__call__` array, value) pairs, and the rest (None when there is none). Cached per key."""
        plan = self._plans.get(key)
        if plan is None:
            rules, merged = self._rules_for(key)
            columns = tuple((column, merged[attr]) for column, attr in enumerate(_COLUMNS, start=4) if attr in merged)
            rest = {a: v for a, v in merged.items() if a not in _COLUMNS} or None
            plan = self._plans[key] = (rules, merged, columns, rest)
        return plan

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        array: Any = doc.to_array([TAG, LOWER, DEP, IS_SPACE, POS, MORPH, LEMMA])  # uint64 columns
        rows = array.tolist()
        context: dict[int, list[int]] = {}
        if self._context_possible(tuple(set(column) for column in array[:, :3].T.tolist())):  # type: ignore[arg-type]
            for match_id, start, end in self._context(doc, allow_missing=True):
                rule = self._context_index[match_id]
                index = self.ruler.indices[rule]
                token = (start if index >= 0 else end) + index
                context.setdefault(token, []).append(rule)
        one_by_one: list[tuple[int, dict[int, int]]] = []
        plans, named = self._plans, self._named_forms
        for i, row in enumerate(rows):      # the row's POS, MORPH and LEMMA are rewritten in place
            key = (row[0], row[1] if row[1] in named else _OTHER_FORM, row[2], row[3])
            plan = plans.get(key) or self._plan(key)
            if i in context:
                merged: dict[int, int] = {}
                for rule in sorted((*plan[0], *context[i])):
                    merged.update(self._attrs[rule])
                for column, attr in enumerate(_COLUMNS, start=4):
                    if attr in merged:
                        row[column] = merged[attr]
                if len(merged.keys() - _COLUMNS):
                    one_by_one.append((i, {a: v for a, v in merged.items() if a not in _COLUMNS}))
                continue
            for column, value in plan[2]:
                row[column] = value
            if plan[3] is not None:
                one_by_one.append((i, plan[3]))
        written: Any = numpy.array([row[4:] for row in rows], dtype=numpy.uint64)
        doc.from_array(list(_COLUMNS), written)
        for i, attrs in one_by_one:
            set_token_attrs(doc[i], attrs)
        return doc


class LemmaTable:
    """A pipeline component that gives every token the lemma `lemmatizer` (a spaCy Lemmatizer in
    "rule" or "lookup" mode, whose lemma is a function of the token's text, POS and morphology)
    would give it: tokens that have a lemma keep it unless the lemmatizer overwrites."""

    def __init__(self, lemmatizer: Any) -> None:
        if lemmatizer.mode not in LEMMA_MODES:
            raise ValueError(f"a lemma table needs a rule or lookup lemmatizer, not {lemmatizer.mode!r}")
        self.lemmatizer = lemmatizer
        self._lemmas: dict[tuple[int, int, int], int] = {}

    def __call__(self, doc: Doc) -> Doc:
        if not self.lemmatizer._validated:      # its first call checks its tables: let it
            return self.lemmatizer(doc)
        overwrite = self.lemmatizer.overwrite
        column: list[int] = []          # the lemmas, written at once
        for i, (orth, pos, morph, lemma) in enumerate(doc.to_array([ORTH, POS, MORPH, LEMMA]).tolist()):
            if lemma and not overwrite:
                column.append(lemma)
                continue
            key = (orth, pos, morph)
            found = self._lemmas.get(key)
            if found is None:
                if len(self._lemmas) >= LEMMA_CACHE_SIZE:
                    self._lemmas.clear()
                found = self._lemmas[key] = int(self.vocab.strings.add(self.lemmatizer.lemmatize(doc[i])[0]))
            column.append(found)
        lemmas: Any = numpy.array(column, dtype=numpy.uint64)
        doc.from_array([LEMMA], lemmas)
        return doc

    @property
    def vocab(self) -> Any:
        return self.lemmatizer.vocab


ATTRIBUTE_FACTORY, LEMMA_FACTORY = "tuiex_attribute_table", "tuiex_lemma_table"


@Language.factory(ATTRIBUTE_FACTORY)
def make_attribute_table(nlp: Language, name: str) -> AttributeTable:
    """spaCy factory: an AttributeTable of the pipeline's `attribute_ruler`, which must be in the
    pipeline when the table is added (`nlp.load_nlp` then removes the ruler and renames the table)."""
    return AttributeTable(nlp.get_pipe("attribute_ruler"))


@Language.factory(LEMMA_FACTORY)
def make_lemma_table(nlp: Language, name: str) -> LemmaTable:
    """spaCy factory: a LemmaTable of the pipeline's `lemmatizer`, which must be in the pipeline
    when the table is added (as for the attribute table)."""
    return LemmaTable(nlp.get_pipe("lemmatizer"))
