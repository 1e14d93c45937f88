"""The PLOVER lexicon: trigger patterns and their argument frames, read once from data/plover_lexicon.tsv.

The data file's header documents the columns and frame keys and cites its references (PETRARCH2's
CAMEO verb dictionary, MIT; the PLOVER manual's CAMEO->PLOVER table). Shapes:

- `Entry`: one line of the file (kind "verb" | "light" | "noun", its words, PLOVER type, frame, test).
- `Lexicon.verbs`: verb lemma -> entries, those with a particle first, in file order.
- `Lexicon.light`: (verb lemma, noun lemma) -> entries.
- `Lexicon.nouns`: noun lemma -> entries.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from importlib import resources

TYPES = ("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
         "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT")


# Nouns that name an event only through their compound: "mediation effort", "aid package".
SHELL_NOUNS = {"effort", "mission", "process", "package", "initiative", "bid", "campaign", "operation", "programme",
               "program", "convoy", "shipment", "consignment", "round", "good", "item", "material", "cargo"}


@dataclass(frozen=True)
class Entry:
    kind: str                       # "verb", "light" or "noun"
    verb: str | None                # verb lemma (verb and light entries)
    particle: str | None            # "down" in "shoot down", "for" in "call for", "out" in "carry out attack"
    noun: str | None                # event noun lemma (light and noun entries)
    type: str
    test: str
    mutual: bool = False
    obj: frozenset[str] | None = None
    needobj: frozenset[str] | None = None
    notobj: frozenset[str] = frozenset()
    needprep: frozenset[str] | None = None
    notpobj: frozenset[str] = frozenset()
    notwith: frozenset[str] = frozenset()   # with-objects that rule the entry out ("were met with tear gas")
    needword: frozenset[str] | None = None
    subj: frozenset[str] | None = None
    notsubj: frozenset[str] = frozenset()   # subjects that rule the entry out ("missiles targeted a bank")
    compound: frozenset[str] | None = None
    neg: str | None = None
    onlyneg: bool = False

    @property
    def pattern(self) -> str:
        return " ".join(w for w in (self.verb, self.particle, self.noun) if w)


@dataclass
class Lexicon:
    entries: list[Entry]
    verbs: dict[str, list[Entry]] = field(default_factory=dict)
    light: dict[tuple[str, str], list[Entry]] = field(default_factory=dict)
    nouns: dict[str, list[Entry]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        for e in self.entries:
            if e.kind == "verb":
                assert e.verb is not None                  # parse() gives each kind its words
                self.verbs.setdefault(e.verb, []).append(e)
            elif e.kind == "light":
                assert e.verb is not None and e.noun is not None
                self.light.setdefault((e.verb, e.noun), []).append(e)
            else:
                assert e.noun is not None
                self.nouns.setdefault(e.noun, []).append(e)
        for lemma, es in self.verbs.items():     # particle entries are the more specific
            self.verbs[lemma] = [e for e in es if e.particle] + [e for e in es if not e.particle]

    def noun_type(self, lemma: str, compounds: set[str]) -> str | None:
        """The type of an event noun given the lemmas of its compounds ("hunger strike"); a shell
        noun takes the type of its event compound ("a mediation effort", "an aid package")."""
        for e in self.nouns.get(lemma, ()):
            if e.compound is None or e.compound & compounds:
                return e.type
        if lemma in SHELL_NOUNS:
            for c in compounds:
                t = self.noun_type(c, set())
                if t:
                    return t
        return None

    def size_by_type(self) -> dict[str, int]:
        out = {t: 0 for t in TYPES}
        for e in self.entries:
            out[e.type] += 1
        return out


def _words(value: str) -> frozenset[str]:
    return frozenset(w.strip().lower() for w in value.split(",") if w.strip())


def parse(text: str) -> Lexicon:
    """Entries from the TSV text; a malformed line raises ValueError naming its line number."""
    entries: list[Entry] = []
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        if len(cols) != 5:
            raise ValueError(f"plover_lexicon.tsv:{n}: expected 5 tab-separated columns, got {len(cols)}")
        kind, pattern, type_, frame, test = (c.strip() for c in cols)
        if type_ not in TYPES:
            raise ValueError(f"plover_lexicon.tsv:{n}: unknown PLOVER type {type_!r}")
        words = pattern.lower().split()
        verb = particle = noun = None
        if kind == "verb":
            verb, particle = words[0], (" ".join(words[1:]) or None)
        elif kind == "light":
            verb, noun = words[0], words[-1]
            particle = " ".join(words[1:-1]) or None
        elif kind == "noun":
            noun = words[-1]
        else:
            raise ValueError(f"plover_lexicon.tsv:{n}: unknown kind {kind!r}")
        opts: dict = {}
        for item in filter(None, (f.strip() for f in frame.split(";"))):
            key, _, value = item.partition("=")
            if key in {"mutual", "onlyneg"}:
                opts[key] = True
            elif key == "neg":
                opts["neg"] = value.strip()
            elif key in {"obj", "needobj", "notobj", "needprep", "notpobj", "notwith", "needword", "compound", "subj",
                         "notsubj"}:
                opts[key] = _words(value)
            else:
                raise ValueError(f"plover_lexicon.tsv:{n}: unknown frame key {key!r}")
        if kind == "noun" and len(words) > 1 and "compound" not in opts:
            opts["compound"] = frozenset(words[:-1])
        entries.append(Entry(kind, verb, particle, noun, type_, test, **opts))
    return Lexicon(entries)


@cache
def load() -> Lexicon:
    """The packaged lexicon, parsed once per process."""
    text = resources.files("tuiex.ingest").joinpath("data/plover_lexicon.tsv").read_text(encoding="utf-8")
    return parse(text)
