"""Who said what: direct quotes (inside quotation marks) and reported speech, with their speakers.

Quotation marks are paired over a whole paragraph (a quote may run over two sentences); the
attribution is the speech verb outside the marks whose clause holds the quote ("..., he said",
'X said: "..."', "X told reporters that ..."), or "according to X". Reported speech is the
clausal complement of a speech verb. Short quoted fragments count only when a speaker uses them
("accused Russia of "massacres""); quoted names and scare quotes do not.
"""

from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from . import gazetteer as gz
from . import lexicon
from .nlp import doc_text, folded_indices, token_indices

SPEECH_VERBS = {
    "say", "tell", "add", "state", "announce", "confirm", "claim", "note", "explain", "stress",
    "elaborate", "write", "tweet", "declare", "argue", "reply", "respond", "insist", "assert",
    "comment", "remark", "emphasize", "emphasise", "underline", "reiterate", "acknowledge",
    "admit", "maintain", "suggest", "continue", "conclude", "describe", "quote", "report",
    "warn", "predict", "allege", "recall", "observe", "contend", "concede", "agree", "affirm",
    "indicate", "post", "rule", "highlight", "assure", "vow", "read", "chant", "shout", "yell",
    "caution",
    # more verbs of saying in news copy, translated copy too: "lamented that", '"...," he quipped',
    # "disclosed that", "pointed out that", '"...", the official expressed'
    "lament", "complain", "boast", "joke", "quip", "retort", "counter", "disclose", "reveal", "clarify",
    "mention", "proclaim", "express", "point",
    # 'reminded reporters that ...', '..., reminding them that "..."': a telling
    "remind",
    # 'He specified his address would include ...' (N1, Serbian copy in English)
    "specify",
}
# Verbs whose quoted fragments are the speaker's words: "accused X of "massacres"".
FRAGMENT_VERBS = SPEECH_VERBS | {"accuse", "call", "criticize", "criticise", "blame", "condemn",
                                 "denounce", "urge", "demand", "vow", "pledge", "fail", "promise", "plead",
                                 "appeal",
                                 # verbs of reacting whose quoted object is the reactor's wording
                                 # ('dismissed the claims as "baseless"', 'denied "any involvement"',
                                 # 'voiced "serious concern"', 'welcomed the "historic" agreement')
                                 "dismiss", "slam", "deny", "reject", "voice", "welcome", "hail", "praise",
                                 "decry", "threaten",
                                 # the words a speaker spoke of ('spoke of "a new era"', 'talked about
                                 # "a betrayal"')
                                 "speak", "talk"}
# Verbal acts of the PLOVER lexicon (data/plover_lexicon.tsv, from PETRARCH2's CAMEO verb dictionary
# and the PLOVER manual): a quoted fragment in a clause whose verb is one of them is the subject's
# wording ('lambasted the budget as "a gift to the rich"', 'castigated X for its "reckless" cuts',
# 'endorsed the plan as "the only realistic path"'). Of these types only the verbs done by saying:
# not acts done by deed or by courts ('charged the mayor with "abuse of office"', 'investigated
# the "leak"', 'backed the "reform" bill'), nor 'ask' (a reporter's question, _ASKING).
_VERBAL_TYPES = {"ACCUSE", "REJECT", "THREATEN", "REQUEST", "SUPPORT"}
_DEED_ACTS = {"investigate", "probe", "prosecute", "sue", "convict", "indict", "summon", "implicate", "charge",
              "attack", "hold", "block", "halt", "overturn", "strike", "veto", "overrule", "obstruct", "resist",
              "defy", "tolerate", "allow", "accept", "contest", "order", "lobby", "pressure", "press", "petition",
              "campaign", "invite", "seek", "ask", "back", "defend", "honor", "honour", "forgive", "side", "stand",
              "recognise", "recognize", "support", "champion", "intimidate", "menace", "encourage", "push",
              "reach", "turn", "brush", "rule", "snub", "trash"}
# Verbs that characterise in words ('termed the deal "a historic mistake"'); 'dub', 'name' give a
# thing its name (_LABEL_BEFORE)
_NAMING_ACTS = {"term", "brand", "label", "characterize", "characterise"}


def _verbal_acts() -> frozenset[str]:
    """Lemmas of the lexicon's verb entries of _VERBAL_TYPES that are not _DEED_ACTS, with
    _NAMING_ACTS (lower case). Not a verb only its particle makes an act ('hit out', 'lash out':
    'hit the "safe" corridor' is no saying), nor one only its negation does ('did not accept')."""
    lex = lexicon.load()
    typed = {lemma for lemma, entries in lex.verbs.items()
             if any(e.type in _VERBAL_TYPES and e.particle is None and not e.onlyneg for e in entries)}
    return frozenset((typed - _DEED_ACTS) | _NAMING_ACTS)


VERBAL_ACTS = _verbal_acts()
# A quoted fragment right after these is the name a thing goes by, not anyone's wording
# ('the so-called "peace plan"', 'a militia dubbed "the Wolves"', 'a report titled "..."')
_LABEL_BEFORE = re.compile(r"(?:so-called|so called|dubbed|known as|nicknamed|named|titled|entitled|"
                           r"code-named|codenamed|the word|the term)\s*,?\s*[\"“‘«']?$", re.IGNORECASE)
# (a comma may set the label off: 'The statement titled, ‘RE: COURT RULING’, read, ...')
# Verbs of intent whose quoted infinitive complement is the subject's wording of its aim ('Guinea
# wants to "restore constitutional order"', 'the junta seeks to "hand power back to civilians"'):
# only through the infinitive (_fragment_head), not a clause with a subject of its own
INTENT_VERBS = {"want", "seek", "aim", "intend", "plan", "hope", "wish", "strive"}
# Speech acts that are themselves the action (GUIDELINES: an event, not a quote) when reported
ACTION_SPEECH = {"warn", "threaten", "accuse", "condemn", "denounce", "criticize", "criticise", "deny", "reject",
                 "demand", "urge", "welcome", "praise", "propose", "apologize", "apologise", "blame"}
# Nouns of saying whose quoted complement is their owner's wording: 'Guinea's call for "maximum
# restraint"', 'his description of the rebels as "terrorists"', 'the pledge by X of "full support"'
# (the nouns of the speech verbs above and of FRAGMENT_VERBS; not "speech", "report", "title": a
# quoted name of a speech or a document is a title, GUIDELINES: no quote)
SPEECH_NOUNS = {"description", "characterization", "characterisation", "call", "appeal", "plea", "demand",
                "warning", "pledge", "promise", "vow", "assurance", "remark", "comment", "words", "accusation",
                "criticism", "condemnation", "denunciation", "insistence", "reminder", "threat"}
NOUN_CUES = {"statement", "warning", "claim", "announcement", "message", "assertion", "remark", "comments"}
_OPEN = {'"': '"', "“": "”", "«": "»", "„": "“", "‘": "’"}
_CLOSERS = {"”", "»", "’"}
_OPENERS = re.compile('[' + "".join(_OPEN) + ']')
_DOUBLE_MARKS = re.compile(r'["“”«»„]')


@dataclass
class QuoteSpan:
    start: int          # doc offsets of the quoted words, marks excluded
    end: int
    open_at: int        # offset of the opening mark
    open_ended: bool = False    # opened at the paragraph's start and never closed: runs on to the next
    continued: bool = False     # closed in this paragraph but opened in an earlier one (no opening mark here)


@dataclass
class FoundQuote:
    start: int          # doc-local offsets of the words (marks stripped)
    end: int
    text: str
    direct: bool
    speaker_token: Token | None
    cue: str | None
    cue_token: Token | None
    standalone: bool = False    # the paragraph is only this quotation: its speaker comes from context
    open_ended: bool = False
    continued: bool = False     # the end of a quotation an earlier paragraph opened
    person_only: bool = False   # the sayer is a name the tagger did not mark a person: a quote only if it is one
    # a quotation leading its paragraph before a report of the writer's: a quote only as the next part of
    # a quotation the paragraph before left open (the pipeline knows; see _leads_before_report)
    continuing_only: bool = False


def quote_spans(text: str, runs_on: bool = False) -> list[QuoteSpan]:
    """Pairs of quotation marks in a paragraph. Straight double quotes pair in order; curly quotes
    and guillemets by kind; single curly quotes only where they cannot be apostrophes. An
    unmatched mark is ignored rather than swallowing the rest of the paragraph. With `runs_on`, a
    closing mark that ends the paragraph's first words with no opening mark before it closes a
    quotation an earlier paragraph opened: a span from offset 0 (`continued`, its `open_at` 0).

    Linear in the text: the next closing mark of each kind is looked up once and reused until the
    scan passes it, so ten thousand unmatched marks cost no more than ten thousand letters."""
    if "‘’" in text or "‘‘" in text or "’’" in text:
        text = _doubled_singles(text)
    spans: list[QuoteSpan] = []
    n = len(text)
    ahead: dict[str, int] = {}      # closing mark (or "\n") -> its next usable position, n if none

    def next_at(mark: str, start: int) -> int:
        pos = ahead.get(mark, -1)
        if pos < start:             # the cached one is behind the scan (or none was looked up)
            pos = text.find(mark, start)
            # a closing single quote between letters is an apostrophe ("Turkey’s")
            while mark == "’" and pos != -1 and pos + 1 < n and text[pos + 1].isalpha():
                pos = text.find(mark, pos + 1)
            pos = n if pos == -1 else pos
            ahead[mark] = pos
        return pos

    if "'" in text and "‘" not in text and not _DOUBLE_MARKS.search(text):
        return _straight_single_spans(text)     # British copy typed with straight marks: 'We will,' he said
    i = 0
    orphan = _orphan_close(text) if runs_on else None
    if orphan is not None:
        # 'It was hard, but we stopped," X said' after a paragraph that opened the quotation
        end = orphan
        while end > 0 and text[end - 1] in " ,.;:":
            end -= 1
        if end > 1:
            spans.append(QuoteSpan(0, end, 0, continued=True))
        i = orphan + 1
    pairs, openers = _house_style(text)
    while i < n:
        if (opener := openers.search(text, i)) is None:
            break           # no opening mark left: the loop below would only step over letters
        i = opener.start()
        c = text[i]
        close = pairs.get(c)
        if close is None or (c == "‘" and i > 0 and text[i - 1].isalnum()) \
                or (c == "”" and i > 0 and not text[i - 1].isspace() and text[i - 1] not in "(["):
            i += 1
            continue
        j = next_at(close, i + 1)
        if c == "„" and j >= n:                 # „...” (Polish, Romanian) or „..." (typed)
            j = min(next_at("”", i + 1), next_at('"', i + 1))
            if j < n and next_at("\n", i + 1) < j:
                j = n
        if c == '"' and j >= n:                 # a straight opening mark closed by a curly one
            j = next_at("”", i + 1)
            if j < n and next_at("\n", i + 1) < j:
                j = n
        elif c == "“" and j >= n and text.count('"', i + 1) % 2 == 1:
            # a curly opening mark closed by a straight one (copy typed in two editors): the first
            # straight mark after it, when an odd number of them follow (so it pairs with no other)
            j = next_at('"', i + 1)
            if j < n and next_at("\n", i + 1) < j:
                j = n
        if j >= n and c in '"“' and (single := _SINGLE_CLOSED.search(text, i + 1)) is not None \
                and not _DOUBLE_MARKS.search(text, i + 1, single.start()) and "\n" not in text[i:single.start()] \
                and not _SINGLE_OPEN.search(text, i + 1, single.start()):
            # '"I'm grateful to hear that he's safe,' Biden said': a double mark closed by a single one
            # before the attribution (copy typed in haste): the words up to it (not the close of a
            # quotation nested in it: '"He told us, 'Leave or die.' He said it twice, ...')
            _add_span(spans, text, i, single.start() + 1)
            i = single.end()
            continue
        if j >= n and c in '"“«„' and (not text[:i].strip() or text[:i].rstrip().endswith(":")
                                        or _SAID_COMMA.search(text, 0, i) is not None
                                        or _ACCORDING_COMMA.search(text, 0, i) is not None
                                        or _runs_on_after_sentence(text, i)) \
                and not _DOUBLE_MARKS.search(text, i + 1):
            # a quotation opening the paragraph (or a sentence of it: '..., he said. "A. B.') and never
            # closed runs to its end (and on to the next paragraph, news style for a long quotation)
            end = len(text.rstrip())
            inner_start = i + 1
            while inner_start < end and text[inner_start] == " ":
                inner_start += 1
            while end > inner_start and text[end - 1] in " ,.;:":
                end -= 1
            if end - inner_start > 1:
                spans.append(QuoteSpan(inner_start, end, i, open_ended=True))
            break
        if j >= n or (c == '"' and next_at("\n", i + 1) < j):     # straight quotes stop at a line end
            i += 1
            continue
        _add_span(spans, text, i, j)
        i = j + 1
    return spans


# Two single marks typed for one double mark (Nigerian and South Asian copy: ‘’We will go,’’ he
# said): an opening pair at a word's start, a closing pair after a word or punctuation
_DOUBLED_OPEN = re.compile(r"(?:^|(?<=[\s(\[—–:-]))‘[‘’]")
_DOUBLED_CLOSE = re.compile(r"(?<=\S)’’")
# A speech verb and its comma right before a quotation ('Idris said, “This is ...'): the quotation
# the sentence opens, unclosed at the paragraph's end, runs on to the next paragraph
# (a participle too: "ended the meeting, saying, “There is no ...")
_SAID_COMMA = re.compile(r"\b(?:said|says|saying|added|adds|adding|stated|declared|explained|insisted|stressed"
                         r"|noted|continued|wrote|warned|remarked|replied|told [\w ]{1,30})\s*,\s*$")


# The frame "According to X," right before a quotation ('According to him, “We ...'): as after a
# speech verb and its comma, the quotation it opens, unclosed at the paragraph's end, runs on
_ACCORDING_COMMA = re.compile(r"(?:^|[.!?]\s+)[Aa]ccording to [^,;.\"“”]{1,40},\s*$")


# A single opening mark: a quotation nested in a double one, which a single closing mark ends
_SINGLE_OPEN = re.compile(r"‘|(?:^|(?<=[\s(\[—–:-]))'(?=\w)")
# A single closing mark after a quotation's last punctuation, right before a short attribution
# ("...,' Biden said", "...,' the minister added")
_SINGLE_CLOSED = re.compile(r"[,.!?]['’](?=\s+[^\"“”'’\n]{1,50}?\b(?:said|says|added|adds|told|stated|asked|wrote)\b)")


def _doubled_singles(text: str) -> str:
    """`text` with each pair of single marks standing for a double one (‘’ or ‘‘ opening, ’’
    closing) made one double mark and a space after it, so that offsets are kept (a closing mark
    stays right after its word: a ” after a space would open a quotation)."""
    text = _DOUBLED_OPEN.sub("“ ", text)
    return _DOUBLED_CLOSE.sub("” ", text)


def _runs_on_after_sentence(text: str, i: int) -> bool:
    """Whether an unclosed opening mark at `i` starts a sentence after a finished one ('"A," he said.
    "B.') and the paragraph ends a sentence after it: the quotation goes on in the next paragraph."""
    before = text[:i].rstrip()
    return before[-1:] in {".", "!", "?"} and text.rstrip()[-1:] in {".", "!", "?", "…"} \
        and i + 1 < len(text) and text[i + 1:].lstrip()[:1].isupper()


def _add_span(spans: list[QuoteSpan], text: str, open_at: int, close_at: int) -> None:
    """Append the quoted words between an opening mark at `open_at` and its closing mark at
    `close_at`, without the spaces after the opening mark or the spaces and ",.;:" before the closing
    one; nothing when no words are left."""
    start, end = open_at + 1, close_at
    while start < end and text[start] == " ":
        start += 1
    while end > start and text[end - 1] in " ,.;:":
        end -= 1
    if end > start:
        spans.append(QuoteSpan(start, end, open_at))


_OPENING_OF = {"”": "“", "»": "«"}
# A straight single opening mark: at the start, or after a space, bracket, dash or colon, before a letter
_SINGLE_OPEN = re.compile(r"(?:^|(?<=[\s(\[—–:-]))'(?=[^\W\d_])")
# A straight single closing mark: after a letter or closing punctuation, before a space, punctuation or the end
_SINGLE_CLOSE = re.compile(r"(?<=[^\W_]|[.,!?…])'(?=[\s.,;:!?)\]—–-]|$)")


_NEXT_WORD = re.compile(r"\s('|[^\W\d_]+)")
# Words that follow a quoted fragment rather than a possessed noun: "called them 'terrorists' and ..."
_LINKS = {"and", "or", "but", "nor", "in", "on", "at", "to", "for", "as", "with", "from", "after", "before",
          "while", "which", "that", "who", "because", "over", "during", "against", "by", "is", "are", "was",
          "were", "has", "have", "had", "will", "would", "of", "if", "when", "than", "so", "he", "she", "they"}


def _straight_single_spans(text: str) -> list[QuoteSpan]:
    """Quotations in straight single marks, in a paragraph with no double marks (British copy typed
    or scraped in ASCII). A quotation opening its sentence closes on punctuation inside the marks
    ('We will not accept this,' he said); one inside a sentence is a fragment of up to a dozen words
    closing on its last word ('called the attacks 'sickening''), where "allies' " followed by a
    lower-case word (not one that links clauses, `_LINKS`) or a mark is a plural possessive.
    Returns the spans like `quote_spans`."""
    spans: list[QuoteSpan] = []
    pos = 0
    n = len(text)
    no_close_until = -1     # a full-sentence close was looked for up to here and none found: linear
    while (m := _SINGLE_OPEN.search(text, pos)) is not None:
        i = m.start()
        k = i - 1
        while k >= 0 and text[k] in " \t":
            k -= 1
        whole = k < 0 or text[k] in ".!?:\n"
        line_end = text.find("\n", i)
        limit = n if line_end == -1 else line_end
        j = -1
        if whole and limit > no_close_until:
            j = next((c.start() for c in _SINGLE_CLOSE.finditer(text, i + 1, limit) if text[c.start() - 1] in ".,!?…"),
                     -1)
            if j == -1:
                no_close_until = limit
        elif not whole:
            window = min(limit, i + 161)       # a fragment is short: the scan stays linear
            possessive = -1
            for c in _SINGLE_CLOSE.finditer(text, i + 1, window):
                k = c.start()
                if k >= i + 160 or len(text[i + 1:k].split()) > 12:
                    break
                if possessive != -1 and _SINGLE_OPEN.search(text, possessive + 1, k):
                    # "the 'Yes' campaign called it 'a disgrace'": another quotation opens before
                    # this mark, so the one read as a possessive closed this quotation
                    j = possessive
                    break
                if text[k - 1] == "s" and (m := _NEXT_WORD.match(text, k + 1)) and m.group(1) not in _LINKS \
                        and not m.group(1)[0].isupper():
                    possessive = k if possessive == -1 else possessive
                    continue        # "the allies' plan", "the allies' 'red line'": a plural possessive
                j = k
                break
        if j == -1:
            pos = i + 1
            continue
        if j - i <= 2:          # one letter between the marks: "rock 'n' roll", "Plan 'B'"
            pos = j + 1
            continue
        _add_span(spans, text, i, j)
        pos = j + 1
    return spans


_NORDIC = re.compile('[' + "".join(_OPEN) + '”]')
_ANGLE_IN = re.compile('[' + "".join(k for k in _OPEN if k != "«") + '»]')


# A guillemet » that opens (German »Wir ...«): at the start or after a space, bracket or colon, and
# right before a word; a French closing one after a run-on quotation ("... pas », a-t-il dit") is
# spaced or follows the word
_ANGLE_OPENS = re.compile(r"(?:^|(?<=[\s(\[:—–-]))»(?=[^\W_]|[„“\"'‘(])")


def _house_style(text: str) -> tuple[dict[str, str], re.Pattern[str]]:
    """The opening marks of a paragraph and the closing mark of each: `_OPEN` (English and French
    marks, „“ low-high), plus the styles that open with what English closes with -- ”...” (Swedish,
    Finnish) when no “ is in the paragraph and ” comes in pairs, »...« (German, Danish) and »...»
    (Finnish) when a guillemet » comes before any « and opens a word
    (`_ANGLE_OPENS`). Returns (pairs, a pattern finding the openers)."""
    if "”" in text and "“" not in text and text.count("”") % 2 == 0:
        return {**_OPEN, "”": "”"}, _NORDIC
    angle = text.find("»")
    if angle != -1 and not 0 <= text.find("«") < angle and _ANGLE_OPENS.match(text, angle):
        pairs = {k: v for k, v in _OPEN.items() if k != "«"}
        pairs["»"] = "«" if "«" in text[angle:] else "»"
        return pairs, _ANGLE_IN
    return _OPEN, _OPENERS


def _orphan_close(text: str) -> int | None:
    """The offset of a closing mark that ends a paragraph's first words with no opening mark before
    it (a quotation running on from the paragraph before), or None. A straight mark counts as
    closing only after punctuation and when the paragraph holds an odd number of them; a curly or
    angle one only when the paragraph holds an odd number more of it than of its opening mark
    (Nordic and German copy open with it too: 'said ”we will not resign” on Monday', '»nein«')."""
    m = _DOUBLE_MARKS.search(text)
    if m is None or m.start() < 2 or not text[0].isalnum() and text[0] not in "'’‘":
        return None
    mark = m.group()
    if mark in _OPENING_OF:
        return m.start() if (text.count(mark) - text.count(_OPENING_OF[mark])) % 2 == 1 else None
    if mark == '"' and text[m.start() - 1] in ",.!?" and text.count('"') % 2 == 1:
        return m.start()
    return None


class _Marks:
    """Where the quote spans of a paragraph are, for questions asked once per token: is this offset
    inside quotation marks, which spans lie within a range. Binary search over the spans (sorted
    and disjoint), so a paragraph with thousands of quotes is not quadratic."""

    def __init__(self, spans: list[QuoteSpan]):
        self.spans = spans
        self.opens = [s.open_at for s in spans]
        self.ends = [s.end for s in spans]

    def inside(self, offset: int) -> bool:
        """Within a span's marks: from the opening mark to the closing one."""
        k = bisect.bisect_right(self.opens, offset) - 1
        return k >= 0 and offset < self.spans[k].end + 1

    def within(self, start: int, end: int) -> list[QuoteSpan]:
        """Spans opening at `start` or later and ending by `end`."""
        lo = bisect.bisect_left(self.opens, start)
        hi = bisect.bisect_right(self.ends, end)
        return self.spans[lo:hi]

    def holding(self, start: int, end: int) -> QuoteSpan | None:
        """The span whose words hold all of start..end, if one does."""
        k = bisect.bisect_right(self.opens, start) - 1
        if k >= 0 and self.spans[k].start <= start and end <= self.spans[k].end + 1:
            return self.spans[k]
        return None

    def any_end_in(self, lo: int, hi: int) -> bool:
        """Whether a span ends at an offset in lo..hi-1."""
        k = bisect.bisect_left(self.ends, lo)
        return k < len(self.ends) and self.ends[k] < hi


_MEDIA = {"statement", "interview", "release", "post", "message", "tweet", "letter", "speech", "briefing", "report",
          "conference", "communique", "communiqué", "address", "note"}


def _learned_from(verb: Token) -> Token | None:
    """The source in a wire service's "..., the agency learned from the presidential press service"
    (a clause complement, then "from" someone): the one who told it, the speaker; else None."""
    if verb.lemma_.lower() != "learn" or not any(c.dep_ == "ccomp" for c in verb.children):
        return None
    frm = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "from"), None)
    return next((c for c in frm.children if c.dep_ == "pobj"), None) if frm is not None else None


def _made_clear(verb: Token) -> Token | None:
    """"made clear that ...", "made it clear that ...": the that-clause, as if "said"."""
    if verb.lemma_.lower() != "make":
        return None
    for c in verb.children:
        if c.lower_ == "clear" and c.dep_ in {"ccomp", "acomp", "oprd", "xcomp", "advmod"}:
            for g in (*c.children, *verb.children):
                if g.dep_ in {"csubj", "ccomp", "advcl"} and g.i > c.i and any(
                        m.lower_ == "that" and m.dep_ == "mark" for m in g.children):
                    return g
    return None


def _asserted_of(verb: Token) -> Token | None:
    """"funds he asserts are critical": a speech verb in a relative clause whose noun is the
    subject of what is asserted; the clause is that noun's verb."""
    noun = verb.head
    if verb.dep_ != "relcl" or noun.dep_ != "nsubj" or noun.head.i <= verb.i \
            or not any(c.dep_ == "nsubj" for c in verb.children) or any(c.dep_ == "ccomp" for c in verb.children):
        return None
    return noun.head


def _clause_of_medium(verb: Token) -> Token | None:
    """'said in a statement that ...': the parser hangs the clause on the statement, not on the verb;
    also when it takes "that" for a relative pronoun ("The ministry said in a statement that the
    drones had crossed": "that" the object of "crossed"), unless the clause tells what became of the
    statement ("a statement that it issued on Monday", _MEDIA_FATES)."""
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in {"in", "on", "at", "during"}:
            continue
        for noun in prep.children:
            if noun.dep_ == "pobj" and noun.lemma_.lower() in _MEDIA:
                for c in noun.children:
                    if c.dep_ in {"acl", "ccomp", "relcl"} \
                            and any(m.lower_ == "that" and m.dep_ == "mark" for m in c.children):
                        return c
                    if c.dep_ == "relcl" and c.lemma_.lower() not in _MEDIA_FATES and any(
                            m.lower_ == "that" and m.dep_ == "dobj" and m.i == _end_of_medium(noun, c) + 1
                            and any(n.dep_ in {"nsubj", "nsubjpass"} and n.i > m.i for n in c.children)
                            for m in c.children):
                        return c
    return None


def _end_of_medium(noun: Token, clause: Token) -> int:
    """The last token of a medium's phrase before a clause hung on it: "statement", "post on X"."""
    return max((t.i for p in noun.children if p.dep_ == "prep" and p.i < clause.i for t in p.subtree
                if t.i < clause.left_edge.i), default=noun.i)


# Verbs of what becomes of a statement, post or letter ("a statement that it issued", "a post that
# was later deleted"): their clause describes the medium, it does not report what was said
_MEDIA_FATES = {"issue", "release", "publish", "post", "send", "sign", "read", "deliver", "give", "make", "put",
                "delete", "remove", "share", "circulate", "distribute", "carry", "see", "obtain", "receive",
                "write", "draft", "file", "submit", "quote", "cite", "broadcast", "air", "upload", "pin"}


_WITHHOLDING = {"refuse", "decline"}


def _nothing_said(verb: Token, clause: Token) -> bool:
    """Whether a speech verb reports nothing said: negated ("did not say that ...", "would not
    confirm"), withheld ("declined to say", "refused to confirm"), or with an indirect question for
    its clause ("did say what message he gave", "would not say whether ...")."""
    if any(c.dep_ == "neg" for c in verb.children):
        return True
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in _WITHHOLDING:
        return True
    wh = clause.left_edge
    # (a wh-subject is no question: "photos which they said showed ships" is a relative clause)
    return wh.lower_ in _WH_MARKS | {"who", "whom", "what", "which"} and wh.i < clause.i and wh.dep_ != "nsubj" \
        and (wh.head.i == clause.i or (wh.dep_ == "det" and wh.head.head.i == clause.i))


def _semicolon_between(clause: Token, verb: Token) -> bool:
    """Whether a clause the parser hung on a later speech verb ends in a semicolon before it: in "X
    condemned the media; he said he would ..." the first clause is the writer's, not what was said."""
    # a paragraph with no ";" at all has no such token: no Token is made for each word between (speed)
    return clause.i < verb.i and ";" in doc_text(verb.doc) \
        and any(t.text == ";" for t in verb.doc[clause.right_edge.i + 1:verb.i])


def _depth(tok: Token) -> int:
    n = 0
    while tok.head.i != tok.i and n < 50:
        tok, n = tok.head, n + 1
    return n


# Speech verbs whose passive subject is the hearer ("was told by", "was assured by")
_HEARER_PASSIVES = {"tell", "assure", "warn", "inform", "remind"}


def _subject(verb: Token, quoted=lambda offset: False) -> Token | None:
    """The verb's subject, or the subject of the verb it hangs from ("..., saying that" -> the
    subject of the main verb; "gave ... and said" -> the subject of "gave"). A subject inside
    quotation marks (`quoted(offset)`) is the quoted words', not the sayer ('"... as does X", Y said')."""
    seen = 0
    came_from: Token | None = None
    if verb.lemma_.lower() in _HEARER_PASSIVES and any(c.dep_ == "nsubjpass" for c in verb.children):
        # "Soto was told by Ruiz that ...": the passive subject heard it; the agent said it
        agent = next((g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)
        return agent    # (none named: "X was told that ..." is no saying of X's)
    if verb.tag_ == "VBG" and verb.i > 0 and (of_whom := verb.doc[verb.i - 1]).pos_ == "PROPN" \
            and of_whom.dep_ == "pobj" and of_whom.head.lower_ == "of" and of_whom.head.head.pos_ == "NOUN" \
            and of_whom.head.head.lemma_.lower() in _HEARD_OF_NOUNS:
        # "denied allegations of Foreign Minister X saying, "..."", "a video of X saying": the words are
        # X's, whom the allegation or record is of (the parser hung the participle on the main verb);
        # not "criticised the government of Kenya saying ...", "welcomed the visit of X saying ..."
        return of_whom
    if verb.tag_ == "VBG" and verb.dep_ == "advcl" and verb.head.dep_ == "ccomp" \
            and verb.head.head.lemma_.lower() in SPEECH_VERBS:
        verb = verb.head.head   # "X said the talks failed, adding: ...": the parser hung "adding" on the clause
    elif verb.tag_ == "VBG" and verb.dep_ == "advcl" and verb.i > 0 and verb.doc[verb.i - 1].text == "," \
            and verb.head.dep_ in {"acl", "ccomp"} and verb.head.head.pos_ == "NOUN" \
            and verb.head.head.dep_ in {"dobj", "pobj"} and any(m.lower_ == "that" and m.dep_ == "mark"
                                                                for m in verb.head.children):
        # "X denied claims that the army attacked Y, saying ...": the parser hung the participle on the
        # claim's clause; the one saying it is the subject of the verb the claim is the object of
        noun = verb.head.head
        verb = noun.head if noun.dep_ == "dobj" else noun.head.head
    if verb.tag_ == "VBG" and verb.dep_ == "advcl" and (closing := _closing_sayer(verb)) is not None:
        verb = closing      # "... were wounded he said, adding that ...": the one who said it
    while verb is not None and seen < 5:
        # "NTV reported the minister as saying": the one reported as saying is the speaker
        if verb.lemma_ in {"report", "quote", "cite"} and any(
            c.dep_ == "prep" and c.lower_ == "as" and any(g.lemma_ in SPEECH_VERBS for g in c.children)
            for c in verb.children
        ):
            obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
            if obj is not None:
                return obj
        wh_children = [*verb.children, *(came_from.children if came_from is not None else ())]
        if seen and verb.dep_ in {"advcl", "ccomp"} and any(
                c.lower_ in _WH_MARKS and c.dep_ in {"advmod", "mark"} and c.i < verb.i for c in wh_children):
            # "did not say when the envoy had left but added that": the parser hung "added" on the
            # wh-clause; its sayer is the subject of "say"
            verb, came_from = verb.head, None
            seen += 1
            continue
        subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
        outside = [c for c in subjects if not quoted(c.idx)] or subjects
        if len(outside) > 1:
            # "the minister's adviser, Jane Doe tweeted": the parser made title and name two
            # subjects; the name is the sayer
            named = [c for c in outside if c.pos_ == "PROPN" and c.ent_type_ == "PERSON"]
            outside = named or outside
            # of two, the one next to the verb: in "Sudan People's Liberation Army (SPLA) deputy
            # spokesman George Garang told" the parser split the phrase, and the name ends it
            before = [c for c in outside if c.i < verb.i]
            outside = before[-1:] or outside
        if outside:
            return _named_before_day(outside[0]) or _named_above_day(outside[0], verb) \
                or _name_after_title(outside[0]) or _name_ending_apposition(outside[0], verb) or outside[0]
        if seen == 0 and verb.dep_ == "parataxis" and verb.head.i > verb.i:
            # 'The IG while talking to journalists said, "I am ..."': the parser made the quoted verb
            # the root and hung the sayer on it as its subject, before the speech verb
            hung = [c for c in verb.head.children if c.dep_ == "nsubj" and c.i < verb.i and not quoted(c.idx)]
            if hung:
                return hung[0]
        if verb.tag_ == "VBG" and seen == 0 and verb.dep_ == "pcomp" and verb.head.lower_ == "with":
            # "with its candidate, X, accusing ...": the parser hung the participle on "with" itself
            obj = next((c for c in verb.head.children if c.dep_ == "pobj" and c.i < verb.i), None)
            if obj is not None:
                return obj
        if verb.tag_ == "VBG" and seen == 0:
            # "with the ministry saying ...": the object of the "with" before the participle
            for t in reversed(verb.doc[max(0, verb.i - 15):verb.i]):
                if t.lower_ == "with" and t.dep_ == "prep":
                    obj = next((c for c in t.children if c.dep_ == "pobj" and c.i < verb.i), None)
                    if obj is not None:
                        return obj
                    break
                if t.pos_ in {"VERB", "AUX"} or t.is_sent_start or t.text in {",", ";"}:
                    break       # ('... the issue with Ethiopia, saying ...': the main clause's participle)
        if verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.head.pos_ in {"NOUN", "PROPN"}:
            return verb.head            # "officials saying ..."
        if seen == 0 and verb.dep_ == "ROOT" and verb.i > 0 and verb.doc[verb.i - 1].pos_ in {"NOUN", "PROPN"} \
                and verb.doc[verb.i - 1].dep_ in {"conj", "appos", "npadvmod"}:
            lost = verb.doc[verb.i - 1]
            if lost.ent_type_ in {"DATE", "TIME"}:
                return _named_before_day(lost)
            return lost     # a parse that lost the subject: "..., Russia's Foreign Ministry said"
        if seen == 0 and verb.dep_ == "ROOT" and (appositive := _name_before_comma(verb)) is not None:
            return appositive   # "The hearing was adjourned, Jane Doe, her lawyer, told Reuters"
        inverted = (_inverted_sayer(verb) or _reporting_outlet(verb)) if seen == 0 else None
        if inverted is not None:
            return inverted
        # "NTV reported X as saying": the object of reported/quoted is the speaker
        if verb.dep_ in {"pcomp", "advcl", "xcomp"} and verb.head.lemma_ in {"report", "quote", "cite"}:
            for child in verb.head.children:
                if child.dep_ == "dobj":
                    return child
        # (or a verb the parser left as a bare "dep" of the one before: "X arrived at 2:50 pm and after
        # reciting the anthem, quickly ended the meeting, saying, ...")
        if (verb.dep_ in {"conj", "advcl", "xcomp", "pcomp", "ccomp"}
                or (verb.dep_ == "dep" and verb.pos_ == "VERB" and verb.head.pos_ == "VERB"
                    and verb.head.i < verb.i)) and verb.head is not verb:
            # "did not say when X had left but added that ...": the wh-word may hang on the conjunct
            came_from = verb if verb.dep_ == "conj" else None
            verb = verb.head if verb.head.pos_ in {"VERB", "AUX"} else verb.head.head
        else:
            return None
        seen += 1
    return None


def _name_before_comma(verb: Token) -> Token | None:
    """The sayer of a closing attribution whose subject the parser hung on the clause before it
    ("The hearing was adjourned to May 6, Jane Doe, her lawyer, told Reuters": the name in
    apposition there): a person's name, or the title in apposition to one, right before the comma
    before a subjectless speech verb; else None."""
    if verb.lemma_.lower() not in SPEECH_VERBS or verb.i < 3 or verb.doc[verb.i - 1].text != "," \
            or any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
        return None
    before = verb.doc[verb.i - 2]
    name = before
    if before.ent_type_ != "PERSON" and before.dep_ == "appos" and before.pos_ == "NOUN":
        # the title after the name ("..., Jane Doe, her lawyer, told"): the name before its comma
        k = before.left_edge.i
        name = verb.doc[k - 2] if k >= 2 and verb.doc[k - 1].text == "," else before
    if name.dep_ not in {"appos", "conj"} or name.ent_type_ != "PERSON" or name.pos_ != "PROPN":
        return None
    return name


def _closing_without_comma(verb: Token) -> Token | None:
    """The reported clause of a closing attribution set off by no comma ("At least five soldiers were
    wounded he said, adding that ..."; wire copy written in haste, AFP and Antara): the parser hung
    the saying on the clause before it as a parataxis; that clause is the report. None unless the
    saying is a plain one ('said', 'says', 'added', 'told') with a subject of its own that follows
    the clause directly."""
    if verb.dep_ != "parataxis" or verb.lower_ not in {"said", "says", "added", "told"}:
        return None
    head = verb.head
    subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if head.i > verb.i or head.pos_ not in {"VERB", "AUX"} or subject is None or subject.i > verb.i \
            or verb.left_edge.i == 0 or verb.doc[verb.left_edge.i - 1].is_punct:
        return None     # (after a comma or a mark the parser's other readings apply)
    if not any(c.dep_ in {"nsubj", "nsubjpass"} for c in head.children):
        return None     # no clause of its own
    return head


def _closing_as_complement(verb: Token) -> tuple[Token, int] | None:
    """The clause a closing attribution ends when the parser made the attribution its complement
    ('An assessment showed that the reef was in a "very poor" state, University of X biologist Y told
    the press conference.'): (that clause's verb, the offset of the comma before the sayer's phrase),
    or None. Only a plain saying ('said', 'told', 'added') with a subject of its own, ending its
    sentence, after a comma and a phrase of names and nouns."""
    head = verb.head
    if verb.dep_ != "ccomp" or verb.lemma_.lower() not in {"say", "tell", "add"} or head.i > verb.i \
            or head.dep_ != "ROOT" or head.pos_ not in {"VERB", "AUX"} or head.lemma_.lower() in SPEECH_VERBS \
            or not any(c.dep_ == "nsubj" and c.i < verb.i for c in verb.children) \
            or any(t.dep_ == "ccomp" for t in verb.children):
        return None
    if any(not t.is_punct for t in verb.doc[verb.right_edge.i + 1:verb.sent.end]):
        return None     # (the saying ends its sentence)
    k = verb.left_edge.i - 1
    while k > head.i and verb.doc[k].text != "," and verb.doc[k].pos_ in {"PROPN", "NOUN", "ADP", "DET", "ADJ",
                                                                            "PART", "PUNCT"}:
        k -= 1
    if k <= head.i or verb.doc[k].text != ",":
        return None
    return head, verb.doc[k].idx


def _opening_as_head(verb: Token) -> tuple[Token, int] | None:
    """The clause an opening attribution introduces when the parser made the attribution that
    clause's complement ('However, X says together with his team, they find it hard to accept that
    ...': "says" hung on "find"): (the clause's verb, the offset of its subject's first word), or
    None. Only a plain saying with a subject of its own and no clause, object or negation ("X says
    nothing, the protesters are angry" reports nothing), which opens its sentence
    (adverbs and punctuation before it), ends at a comma, and is followed right away by the subject
    of the root clause; the mirror of _closing_as_complement."""
    head = verb.head
    if verb.dep_ != "ccomp" or verb.lemma_.lower() not in {"say", "add", "state", "insist", "stress"} \
            or head.i < verb.i or head.dep_ != "ROOT" or head.pos_ not in {"VERB", "AUX"} \
            or head.lemma_.lower() in SPEECH_VERBS or any(t.dep_ in {"ccomp", "dobj", "neg"} for t in verb.children) \
            or not any(c.dep_ == "nsubj" and c.i < verb.i for c in verb.children):
        return None
    doc = verb.doc
    if any(t.pos_ not in {"ADV", "PUNCT", "CCONJ"} for t in doc[verb.sent.start:verb.left_edge.i]):
        return None
    comma = verb.right_edge.i + 1
    subject = next((c for c in head.children if c.dep_ in {"nsubj", "nsubjpass", "expl"} and c.i > verb.i), None)
    if comma >= len(doc) or doc[comma].text != "," or subject is None or subject.left_edge.i != comma + 1:
        return None
    return head, subject.left_edge.idx


def _clause_of_hearer(verb: Token) -> Token | None:
    """'told officers and soldiers that the president had given orders': the parser took "that" for
    a relative pronoun and hung the reported clause on the hearer (or a noun joined to it). The
    clause, when "that" opens it right after a noun and the clause has a subject of its own after it and cannot take
    "that" as its object (a passive, or an object of its own); else None."""
    if verb.lemma_.lower() not in _HEARER_PASSIVES:
        return None
    # (and the time after "on"/"at" the parser hung the clause on: '... on Wednesday local time that ...')
    times = [g for c in verb.children if c.dep_ == "prep" and c.lower_ in {"on", "at"}
             for g in c.children if g.dep_ == "pobj" and g.lower_ in _DAY_PARTS | {"time"}]
    for hearer in [*(c for c in verb.children if c.dep_ == "dobj"), *times]:
        for noun in (hearer, *(c for c in hearer.children if c.dep_ == "conj")):
            for c in noun.children:
                if c.dep_ != "relcl":
                    continue
                # ("that" after "time" the parser also reads as a relative adverb, "the time that":
                # 'told reporters on Monday local time that China would respond')
                that = next((m for m in c.children if m.lower_ == "that"
                             and (m.dep_ == "dobj" or (m.dep_ == "advmod" and noun.lower_ == "time"))
                             and m.i == c.left_edge.i and verb.doc[m.i - 1].pos_ in {"NOUN", "PROPN"}), None)
                if that is None or not any(n.dep_ in {"nsubj", "nsubjpass"} and n.i > that.i for n in c.children):
                    continue
                if any(n.dep_ == "nsubjpass" or (n.dep_ in {"dobj", "attr", "ccomp", "xcomp"} and n.i > that.i)
                       for n in c.children) or noun.lower_ in _DAY_PARTS | {"time"}:
                    # (a time noun the parser took for the hearer, '... on Tuesday local time that the
                    # rebels had agreed ...', has no relative clause that "that" could be the object of)
                    return c
    return None


def _closing_sayer(verb: Token) -> Token | None:
    """The saying that closes the clause a participle hangs from ("... were wounded he said, adding
    that ..."): the parataxis speech verb with its own subject between that clause and the
    participle, else None."""
    head = verb.head
    return next((c for c in head.children if c.dep_ == "parataxis" and head.i < c.i < verb.i
                 and _closing_without_comma(c) is not None), None)


def colon_sayer(doc: Doc) -> Token | None:
    """The sayer a paragraph ending in a speech verb and a colon introduces ("Asked to respond,
    Albanese initially said this was a question for Dutton, then said:", "Dutton says:"): the verb's
    subject, for a live blog's next paragraph, the words quoted without marks; None for any other
    paragraph."""
    words = [t for t in doc if not t.is_space]
    if len(words) < 3 or words[-1].text != ":":
        return None
    verb = words[-2]
    if verb.lemma_.lower() not in SPEECH_VERBS or verb.pos_ != "VERB":
        return None
    return _subject(verb)


def _named_before_day(tok: Token) -> Token | None:
    """The name a day stands after in "Minister X Sunday said" (Indian and US copy put the weekday
    between sayer and verb): the parser made the day the subject or the verb's modifier and hung
    the name on it as compounds; the name's last word is the sayer. None for a token that is no
    day or time, or holds no name."""
    if tok.ent_type_ not in {"DATE", "TIME"}:
        # ("Minister for X Y Sunday said": the title the subject, the day in apposition to it)
        tok = next((c for c in tok.children if c.dep_ == "appos" and c.ent_type_ in {"DATE", "TIME"}), tok)
    if tok.ent_type_ not in {"DATE", "TIME"} or tok.pos_ != "PROPN":
        return None
    named = [c for c in tok.children if c.dep_ == "compound" and c.pos_ == "PROPN"
             and c.ent_type_ not in {"DATE", "TIME"}]
    return named[-1] if named else None


def _name_after_title(tok: Token) -> Token | None:
    """The name that ends a title's phrase when the parser made the title the subject and hung the
    name under its "for"/"of" phrase ("Federal Minister for Water Resources X said", "Secretary of
    State for Defence X told"): the last word of the person name that ends the subject's phrase,
    reached from the title through prepositions, their objects and compounds only. None when the
    subject is no title (`gazetteer.is_role`) or no person name ends its phrase."""
    if tok.pos_ not in {"NOUN", "PROPN"} or tok.ent_type_ == "PERSON" or not gz.is_role(tok.lower_) \
            or not any(c.dep_ == "prep" and c.i > tok.i for c in tok.children):
        return None
    last = tok.right_edge
    if last.ent_type_ != "PERSON" or last.pos_ != "PROPN" or last.i + 1 < len(last.doc) \
            and last.doc[last.i + 1].ent_iob_ == "I":
        return None
    up = last
    while up.i != tok.i:
        if up.dep_ not in {"prep", "pobj", "compound"} or up.head.i == up.i:
            return None
        up = up.head
    first = last
    while first.ent_iob_ == "I" and first.i > tok.i + 1:
        first = last.doc[first.i - 1]
    between = last.doc[tok.i + 1:first.i]
    # the phrase is a portfolio's capitalised words ("for Water Resources", "of State for Defence"),
    # not a remit over someone ("the envoy for talks with X") or a bare "for X"
    if not any(t.is_title and t.pos_ != "ADP" for t in between) \
            or any(t.is_alpha and not t.is_title and t.lower_ not in _PORTFOLIO_JOINERS for t in between):
        return None
    return last


def _name_ending_apposition(tok: Token, verb: Token) -> Token | None:
    """The person's name that ends a comma-joined chain of appositives the parser took for the
    subject's conjuncts: "Acting Director, Army Public Relations, Colonel X, said" (Nigerian and
    Ghanaian copy put the office, then its department, then rank and name before the verb) and
    "during a rally in the capital, Dhaka, party leader X stated" (a place's appositive taken for
    the subject). The subject `tok` is no person's name; the name is reached from it through
    "conj"/"appos" links only (not an apposition to `tok` itself, which is read as such), its last
    word stands right before the verb (or its comma), and no "and"/"or" joins the chain (a real
    coordination, "the ministry and spokesman X said", keeps its first member: GUIDELINES, several
    actors -> the first named). None otherwise."""
    if tok.ent_type_ == "PERSON" or tok.pos_ not in {"NOUN", "PROPN"}:
        return None
    doc = verb.doc
    end = verb.i - 1
    if end > tok.i and doc[end].text == ",":
        end -= 1
    name = doc[end]
    if end <= tok.i or name.ent_type_ != "PERSON" or name.pos_ != "PROPN" or name.dep_ not in {"conj", "appos"} \
            or name.head.i == tok.i and name.dep_ == "appos":
        return None     # (a name in apposition to its title, "The army spokesperson, X, said", is read as such)
    up = name
    while up.i != tok.i:
        if up.dep_ not in {"conj", "appos"} or up.head.i == up.i or up.head.i > up.i:
            return None
        if any(c.dep_ == "cc" for c in up.head.children):
            return None
        up = up.head
    if not any(t.text == "," for t in doc[tok.i + 1:name.i]):
        return None
    return name


_PORTFOLIO_JOINERS = {"of", "for", "and", "the", "on", "to"}


def _named_above_day(tok: Token, verb: Token) -> Token | None:
    """The name a day made the subject of a saying hangs under ("Prime Minister X as recently as
    Thursday said ...": the parser made X the root and "Thursday said" a clause of "as recently"): the
    nearest proper-noun name among the verb's heads, when the subject is a day or time; else None."""
    if tok.ent_type_ not in {"DATE", "TIME"}:
        return None
    return next((a for a in verb.ancestors if a.pos_ == "PROPN" and a.i < tok.i
                 and a.ent_type_ in {"PERSON", "ORG", "GPE", "NORP"}), None)


def _inverted_sayer(verb: Token) -> Token | None:
    """The sayer of an inverted attribution the parser took for an object: in '"...," added the
    representative of the ministry' the noun after a subjectless speech verb that follows the
    quotation's comma ('added', 'noted', 'stressed'; not 'told', whose object is the hearer)."""
    if verb.lemma_.lower() not in SPEECH_VERBS | _ASKING \
            or verb.lemma_.lower() in {"tell", "quote", "report", "describe"} \
            or verb.i < 2 or verb.i + 1 >= len(verb.doc):
        return None
    before = verb.doc[verb.i - 1]
    if before.text not in _CLOSE_MARKS and not (before.is_punct and verb.doc[verb.i - 2].text in _CLOSE_MARKS) \
            and before.text != ",":
        return None
    after = verb.i + 1
    when = next((c for c in verb.children if c.dep_ in {"prep", "npadvmod"} and c.i == after
                 and _time_phrase(c)), None)
    if when is not None:
        # '"...", said in the evening the president of the commission' (translated French copy puts
        # the time between the verb and its inverted subject): the sayer follows the time phrase
        after = when.right_edge.i + 1
        day_named = next((c for c in when.children if c.dep_ == "pobj" and c.ent_type_ == "PERSON"
                          and any(g.ent_type_ in {"DATE", "TIME"} for g in c.lefts)), None)
        if day_named is not None:
            return day_named    # '"...", said on Tuesday Goodluck Jonathan': the parser ran day and name together
        if after < len(verb.doc) and verb.doc[after].ent_iob_ == "B" and verb.doc[after].ent_type_ == "PERSON":
            name = verb.doc[after]
            while name.i + 1 < len(verb.doc) and verb.doc[name.i + 1].ent_iob_ == "I":
                name = verb.doc[name.i + 1]
            return name     # (the parser made the name the subject of a clause after it)
    # ('"...," tweeted X': the parser may take the name for the verb's attribute)
    obj = next((c for c in verb.children if c.dep_ in {"dobj", "attr"} and c.left_edge.i == after), None)
    if obj is None or obj.pos_ not in {"NOUN", "PROPN"} \
            or any(c.dep_ == "ccomp" and c.i > verb.i for c in verb.children):
        return None     # "added that ...": a clause after the verb is what it says
    if verb.doc[verb.i + 1].text in _OPEN:
        return None     # ', chanting "Freedom!"': a quoted object is what was said, not who said it
    return obj


def _reporting_outlet(verb: Token) -> Token | None:
    """The outlet of an inverted credit ("X was meeting the press on Monday, reported New Straits
    Times"): the object of a subjectless "reported" after a comma, when it is a news outlet; the
    caller drops the report (a publishing outlet is no speaker, dev README). Else None."""
    if verb.lemma_.lower() != "report" or verb.i < 2 or verb.doc[verb.i - 1].text != "," \
            or any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
        return None
    obj = next((c for c in verb.children if c.dep_ in {"dobj", "attr", "npadvmod"} and c.i > verb.i), None)
    if obj is None or obj.pos_ != "PROPN":
        return None
    named = obj.text in _MASTHEAD_WORDS and any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in obj.children)
    return obj if _outlet(obj) or named else None


# The last word of a newspaper's or broadcaster's name ("New Straits Times", "Daily Nation" is not one:
# only the head word counts), for credits the gazetteer does not list
_MASTHEAD_WORDS = {"Times", "Post", "News", "Herald", "Tribune", "Journal", "Gazette", "Telegraph", "Guardian",
                   "Express", "Star", "Mail", "Chronicle", "Observer", "Standard", "Agency", "Television", "TV",
                   "Radio"}


_CLOSE_MARKS = {'"', "”", "»", "’", "'"}
# Parts of the day a time phrase names ("in the evening", "on Tuesday night")
_DAY_PARTS = {"morning", "afternoon", "evening", "night", "day", "week", "weekend", "today", "yesterday", "tonight"}


def _time_phrase(tok: Token) -> bool:
    """Whether the phrase under `tok` says when ("in the evening", "on Tuesday", "last week"): a date
    or time entity, or a part of the day."""
    return any(t.ent_type_ in {"DATE", "TIME"} or t.lower_ in _DAY_PARTS for t in tok.subtree)


_WH_MARKS = {"when", "where", "why", "how", "whether", "if"}
# A few words in single straight marks, not an apostrophe: no letter before the opening mark or after
# the closing one ("a similar 'unfriendly' move"; not "Russia's" nor "the allies' 'red line'")
_SINGLE_QUOTED = re.compile(r"(?<![\w'])'([A-Za-z][^'\n]{0,60}?[A-Za-z.!?])'(?![\w'])")


def _words(text: str, start: int, end: int) -> tuple[int, int]:
    """Trim a span of `text` to its words: no leading "that", no edge punctuation or quote marks."""
    while start < end and (text[start] in " ,;:–—-\"“”'‘’«»" ):
        start += 1
    while end > start and text[end - 1] in " ,;:.–—-\"“”'‘’«»":
        end -= 1
    m = re.match(r"that\s+", text[start:end])
    if m:
        start += m.end()
    if not text[:start].strip():
        d = _DATELINE.match(text, start, end)
        if d and _agency_or_date(d.group("paren")):
            start = d.end()     # "BISHKEK (Sputnik - 01st May, 2021) Kyrgyzstan ...": the dateline is nobody's words
    return start, end


# A dateline the cleaner left before the first words: capitals, maybe ", Country", then "(agency ...)"
_DATELINE = re.compile(r"[A-Z][A-Z.'’ -]{2,}(?:,\s*[A-Z][\w.]*(?: [A-Z][\w.]*)*)?"
                       r"\s*\((?P<paren>[^()\n]{1,80})\)\s*[-–—]*\s*")


def _agency_or_date(words: str) -> bool:
    """Whether a dateline's bracket names a news agency or a year ("Reuters", "Sputnik - 01st May, 2021")."""
    return bool(re.search(r"\b(?:19|20)\d\d\b", words)) or any(
        gz.is_media(w.strip(" ,.-/")) for w in re.split(r"\s*[/,–—-]\s*|\s+", words) if w.strip(" ,.-/"))


class _Found(list):
    """The quotes found so far, with the set of their starts (to ask "already found?" in O(1))."""

    def __init__(self) -> None:
        super().__init__()
        self.starts: set[int] = set()

    def append(self, q: FoundQuote) -> None:
        super().append(q)
        if q.text:              # not the placeholder of a speech act that is no quote
            self.starts.add(q.start)


def find_quotes(doc: Doc) -> list[FoundQuote]:
    """The quotes of one paragraph, in order, with doc-local offsets."""
    text = doc_text(doc)
    spans = quote_spans(text, runs_on=True)
    marks = _Marks(spans)
    found = _Found()
    claimed: list[tuple[int, int]] = []
    taken = bytearray(len(text) + 1)        # 1 where a claimed span lies: overlap tests in C, not per span

    def mark_taken(start: int, end: int) -> None:
        claimed.append((start, end))
        taken[start:end] = b"\1" * (end - start)

    def claim(start: int, end: int) -> bool:
        if end <= start or taken.find(1, start, end) != -1:
            return False
        mark_taken(start, end)
        return True

    # 1. Reported speech: a speech verb outside the marks with a clausal complement. The outermost
    # verb first: in "X was told the talks failed, a statement said" the statement is the speaker.
    # Only verbs (VERB, AUX) can be speech verbs: sorting them alone keeps their order (the sort is stable).
    for tok in sorted(map(doc.__getitem__, token_indices(doc, "POS", ("VERB", "AUX"))), key=_depth):
        made_clear = _made_clear(tok)
        source = _learned_from(tok)
        if (tok.lemma_.lower() not in SPEECH_VERBS and made_clear is None and source is None) \
                or marks.inside(tok.idx):
            continue
        # (of two clauses, the one after the verb: in 'In a statement read out to X, Y said the
        # decision ...' the parser made the opening phrase a clause too)
        comp = made_clear or next((c for c in sorted(tok.children, key=lambda c: c.i < tok.i)
                                   if c.dep_ == "ccomp" and not _semicolon_between(c, tok)), None)
        if comp is None and tok.lower_ in {"said", "says", "added"}:
            comp = next((c for c in tok.children if c.dep_ in {"parataxis"} and c.i < tok.i), None)
        closing = _closing_without_comma(tok) if comp is None else None
        closing_at = tok.left_edge.idx
        if comp is None and closing is None and (closes := _closing_as_complement(tok)) is not None:
            # '..., marine biologist X told the press conference.': the parser made the saying the
            # complement of the clause it closes
            closing, closing_at = closes
        if closing is not None:
            comp = closing      # "Five soldiers were wounded he said": the clause before is the report
        opening_at = None
        if comp is None and (opens := _opening_as_head(tok)) is not None:
            comp, opening_at = opens    # 'X says together with his team, they find ...': the clause after
        if comp is None:
            comp = _clause_of_medium(tok) or _clause_of_hearer(tok)
        if comp is None:
            comp = _asserted_of(tok)
        if comp is None or (comp.dep_ == "ccomp" and comp.pos_ in {"NOUN", "PROPN"}):
            continue        # "declared X the winner" reports no clause
        if _nothing_said(tok, comp):
            continue
        if _carried_by_outlet(tok, comp, marks):
            continue    # "X told reporters that ..., Reuters reported": X's words; the outlet only carries them
        sourced = _according_after(tok, comp) if tok.lemma_.lower() not in _SAYING else None
        if sourced is not None:
            # "X and Y agreed that ..., according to a statement by Z": the whole report is Z's
            according, reporter = sourced
            start, end = _words(text, tok.sent.start_char, according.idx)
            if end - start > 10 and claim(start, end):
                found.append(FoundQuote(start, end, _unquote(text[start:end]), False, reporter, "according to",
                                        according))
            continue
        left, right = comp.left_edge.idx, comp.right_edge.idx + len(comp.right_edge)
        if opening_at is not None:
            left = opening_at
        if comp.i < tok.i:
            # 'A is tense, and B opposes ..., Wang added': the clauses joined before a closing
            # attribution are one report (the parser made two complements of the verb, or the first
            # clause the root and the saying its conjunct)
            for c in tok.children:
                if c.dep_ == "ccomp" and c.i < tok.i and c is not comp:
                    left, right = min(left, c.left_edge.idx), max(right, c.right_edge.idx + len(c.right_edge))
            head = tok.head
            if tok.dep_ == "conj" and head.i < comp.left_edge.i and head.pos_ in {"VERB", "AUX"} \
                    and any(c.dep_ == "cc" and head.i < c.i < comp.left_edge.i for c in head.children) \
                    and not any(c.dep_ in {"nsubj", "nsubjpass"} and c.i > head.i for c in head.children):
                left = min(left, head.left_edge.idx)
        subject_of_clause = next((c for c in comp.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        for c in comp.lefts:
            # "said on Saturday it had expelled ...": the parser hung the saying's date on the clause
            if tok.i < c.i and c.dep_ in {"prep", "npadvmod"} and subject_of_clause is not None \
                    and not any(m.dep_ == "mark" and m.i < c.i for m in comp.children) \
                    and c.right_edge.i < subject_of_clause.left_edge.i \
                    and any(t.ent_type_ in {"DATE", "TIME"} for t in c.subtree):
                left = max(left, c.right_edge.idx + len(c.right_edge))
        asserted = _asserted_of(tok)
        if asserted is not None and asserted.i == comp.i:   # "funds he asserts are critical ...": what follows
            left = tok.idx + len(tok)
        # the complement stops at a subordinate clause that follows a closing quote mark
        whole = right
        for child in comp.rights:
            if child.dep_ in {"advcl", "prep"} and child.i > comp.i and marks.any_end_in(left, child.idx) \
                    and child.left_edge.idx > left and marks.inside(comp.idx) \
                    and not any(c.dep_ == "conj" and c.i > child.i and c.lemma_.lower() not in FRAGMENT_VERBS
                                and c.lemma_.lower() not in VERBAL_ACTS for c in comp.children):
                # ('said "there will be no vote" after ...'; not 'said the "path" should be limited to
                # ...', where the quotation is only the clause's subject, nor 'said X had "walked away"
                # from Y and was a "danger"', where a coordinated predicate goes on with the report; a
                # verbal act after "and" is the sayer's own next act: 'said it "left many dead" ... and
                # condemned ...')
                right = min(right, child.left_edge.idx)
            if _contrasted_saying(child, comp):
                # "X said A, although/while Y said B": B is Y's report, not part of X's
                right = min(right, child.left_edge.idx)
            if child.tag_ == "VBG" and child.lemma_.lower() in SPEECH_VERBS and child.i > comp.i \
                    and child.left_edge.idx > left and child.i > 0 and child.nbor(-1).text in {",", ";"}:
                # "said X, adding: ...": the sayer's next clause is a report of its own
                right = min(right, child.left_edge.idx)
        if closing is not None:
            right = min(right, closing_at)      # (the saying hangs inside the clause it closes)
        start, end = _words(text, left, right)
        joined = _JOINED_TAIL.search(text, start, end)
        if joined is not None and text[start:joined.start()].rstrip()[-1:] in _CLOSE_MARKS:
            end = joined.start()    # 'shouting “A” and “B”': the clause the parser cut after "and" is “A”
        lead = _OUTLET_LEAD.match(text, start, end)
        if lead and (gz.is_media(lead.group(1)) or lead.group(1).lower() in _MEDIA_NOUNS):
            start = lead.end()      # "According to Reuters, X is ready ..., Y said": the outlet is not Y's words
        if end - start < 3:
            continue
        # 'that "I did not make such a comment" regarding ...': a quotation opening the clause and
        # followed only by a modifier is the whole of what was said
        first = start
        while first < end and text[first] in " \"“«„":
            first += 1
        opening = marks.holding(first, first + 1)
        if opening is not None and opening.end < end:
            after = next((t for t in comp.subtree if t.idx > opening.end and not t.is_punct), None)
            if after is not None and (after.dep_ in {"prep", "advcl", "acl", "agent", "npadvmod"}
                                      or after.pos_ == "ADP" or after.tag_ == "VBG"):
                end = opening.end
        # the marks may sit apart from the words in tokenised text (`" Every faction ... , " he said`)
        lo, hi = start, end
        while lo > 0 and text[lo - 1] in " \"“«„":
            lo -= 1
        while hi < len(text) and text[hi] in " ,.\"”»":
            hi += 1
        inner = marks.within(lo, hi)
        subject = source or _subject(tok, marks.inside)
        if subject is not None and comp.i < subject.i < tok.i and start < subject.left_edge.idx < end:
            # "The hearing was adjourned to May 6, Jane Doe, her lawyer, told Reuters": the parser hung
            # the sayer on the clause (_name_before_comma); the report ends before the name
            start, end = _words(text, start, subject.left_edge.idx)
            inner = [q for q in inner if q.end <= end + 1]
        if subject is not None and tok.i < subject.i < comp.i and (
                (subject.head.i == comp.i and subject.dep_ in {"nsubj", "nsubjpass"})
                or not any(c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in comp.children)):
            # '"...", said in the evening X, the mediator, mandated to ...' (the parser made X the
            # participle's subject, or hung the participle, tagged VBD, on the saying with no subject
            # of its own): the sayer is no report
            continue
        holder = marks.holding(start, end)
        framed = _THAT_QUOTE.match(text, start, end)
        if holder is None and framed is not None:
            # 'told reporters that "A. B. C."': the quotation opens after "that" and goes on past the
            # clause the parser gave the verb (its first sentence): the quotation is the quote
            opened = marks.holding(framed.end(), framed.end() + 1)
            holder = opened if opened is not None and opened.start == framed.end() and opened.end >= end - 1 \
                and not _DOUBLE_MARKS.search(text, opened.start, opened.end) else None     # (no mis-paired marks)
        if holder is not None:
            # the complement lies within one quotation (the parser cut it short): the quotation is the quote
            if claim(holder.start, holder.end):
                found.append(FoundQuote(holder.start, holder.end, text[holder.start:holder.end], True, subject,
                                        tok.text, tok, open_ended=holder.open_ended, continued=holder.continued))
            continue
        if len(inner) >= 2 and inner[0].open_at <= start + 1 and _only_joined(text, start, end, inner):
            # 'shouting “A” and “B”': quotations joined by "and" or commas are each a direct quote
            for q in inner:
                if claim(q.start, q.end):
                    found.append(FoundQuote(q.start, q.end, text[q.start:q.end], True, subject, tok.text, tok))
            continue
        bare_frame = inner and len(inner) == 1 and inner[0].end >= end - 1 and inner[0].open_at >= start \
            and len(text[start:inner[0].open_at].split()) <= 4 and whole <= end + 2
        if inner and len(inner) == 1 and (inner[0].open_at <= start or bare_frame) and inner[0].end >= end - 1:
            # the quotation is the clause, or ends it after a bare frame ('that there had been "..."')
            direct, start, end = True, inner[0].start, inner[0].end
            open_ended = inner[0].open_ended
        else:
            direct, open_ended = False, False
            tail = inner[-1] if inner else None
            # '... that X and "Y"': a whole quoted clause at the end of reported speech stands apart
            if tail and len(text[tail.start:tail.end].split()) >= 4:
                before = text[start:tail.open_at].rstrip()
                if re.search(r"\b(?:and|but)$", before) and len(before.split()) >= 4:
                    if claim(tail.start, tail.end):
                        found.append(FoundQuote(tail.start, tail.end, text[tail.start:tail.end], True, subject,
                                                tok.text, tok))
                    end = start + len(re.sub(r"\s*\b(?:and|but)$", "", before))
                    start, end = _words(text, start, end)
        # "warned that ...", "said he condemned ...": the speech act is the action (an event), not a quote
        act = not direct and (tok.lemma_.lower() in ACTION_SPEECH or (
            comp.lemma_.lower() in ACTION_SPEECH
            and any(c.dep_ == "nsubj" and c.pos_ == "PRON" for c in comp.children)))
        if act and claim(start, end):
            found.append(FoundQuote(start, end, "", False, subject, tok.text, tok))     # dropped below
        if act or claim(start, end):
            if not act:
                found.append(FoundQuote(start, end, _unquote(text[start:end]), direct, subject, tok.text, tok,
                                        open_ended=direct and open_ended))
            if not direct:
                # quoted words inside the reported clause are the speaker's own words too
                clause_words = len(text[start:end].split())
                for s in inner:
                    words = text[s.start:s.end]
                    if start <= s.start and s.end <= end and len(words.split()) + 2 < clause_words \
                            and not (len(words.split()) <= 4 and _is_name(words)) \
                            and s.start not in found.starts:
                        cue, sayer = _inner_sayer(doc, s, comp, marks)
                        found.append(FoundQuote(s.start, s.end, words, True, sayer or subject,
                                                (cue or tok).text, cue or tok))
                if not inner:
                    # wire copy quotes words inside a report with single straight marks ("a similar
                    # 'unfriendly' move"): the speaker's own words, when not a name
                    for m in _SINGLE_QUOTED.finditer(text, start, end):
                        words = m.group(1)
                        if len(words.split()) + 2 < clause_words and not _is_name(words) \
                                and m.start(1) not in found.starts:
                            found.append(FoundQuote(m.start(1), m.end(1), words, True, subject, tok.text, tok))
        for s in inner:
            mark_taken(s.start, s.end)

    # 2. "according to X, ...": the rest of the sentence is X's.
    for tok in map(doc.__getitem__, token_indices(doc, "LOWER", ("according",))):
        if tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "to":
            pobj = next((c for c in doc[tok.i + 1].children if c.dep_ == "pobj"), None)
            sent = tok.sent
            if pobj is None or _outlet(pobj):
                continue    # "According to the BBC, X vowed ...": the outlet says nothing; X's words stay X's
            said = tok.head if tok.head.i < tok.i else doc[tok.i - 1] if tok.i else tok
            if said.lemma_.lower() in SPEECH_VERBS and said.i < tok.i and said.pos_ == "VERB" \
                    and not marks.inside(said.idx) and (said.i == tok.i - 1 or any(
                        c.dep_ in {"nsubj", "nsubjpass"} and not marks.inside(c.idx) for c in said.children)):
                continue    # '"...," X said according to a statement': X's words, the statement only carries them
            if tok.idx <= sent.start_char + 1 or _parenthetical_source(tok, pobj):
                # "According to X, ...", and "In Y, according to X, police detained ...": what follows
                start, end = pobj.right_edge.idx + len(pobj.right_edge), sent.end_char
            else:
                start, end = sent.start_char, tok.idx
            start, end = _words(text, start, end)
            k = bisect.bisect_left(marks.opens, start - 1)
            opened = marks.spans[k] if k < len(marks.spans) else None
            if opened is not None and opened.open_at < end < opened.end \
                    and len(text[start:opened.open_at].split()) <= 4 and claim(start, opened.end):
                # 'According to him, "A. B."': a quotation the frame opens, running past the sentence the
                # parser ended inside it, is the quote, direct and whole (GUIDELINES: words in marks)
                found.append(FoundQuote(opened.start, opened.end, text[opened.start:opened.end], True, pobj,
                                        "according to", tok, open_ended=opened.open_ended))
                continue
            if end - start <= 10 or not claim(start, end):
                continue
            inner = [q for q in marks.within(start - 1, end + 1) if q.start >= start]
            if len(inner) == 1 and inner[0].end >= end - 1 and len(text[start:inner[0].open_at].split()) <= 4:
                # 'according to X, this is "..."': the quotation after a bare frame is the quote, direct
                q = inner[0]
                found.append(FoundQuote(q.start, q.end, text[q.start:q.end], True, pobj, "according to", tok,
                                        open_ended=q.open_ended))
                continue
            found.append(FoundQuote(start, end, _unquote(text[start:end]), False, pobj, "according to", tok))
            clause_words = len(text[start:end].split())
            for q in inner:
                # quoted words inside the report are X's own words too (as in reported speech, step 1)
                words = text[q.start:q.end]
                if q.end <= end and len(words.split()) + 2 < clause_words \
                        and not (len(words.split()) <= 4 and _is_name(words)):
                    cue, sayer = _inner_sayer(doc, q, tok, marks)
                    found.append(FoundQuote(q.start, q.end, words, True, sayer or pobj,
                                            cue.text if cue is not None else "according to", cue or tok))

    # 2b. Noun cues: 'a warning from X that ...', 'a statement by X that ...'.
    for tok in map(doc.__getitem__, folded_indices(doc, "LEMMA", NOUN_CUES)):
        if marks.inside(tok.idx):
            continue
        speaker = None
        clause = None
        for child in tok.children:
            if child.dep_ == "prep" and child.lower_ in {"from", "by"}:
                speaker = next((g for g in child.children if g.dep_ == "pobj"), None)
                for g in (speaker.children if speaker is not None else []):
                    if g.dep_ in {"acl", "ccomp", "relcl"} \
                            and any(m.lower_ == "that" and m.dep_ == "mark" for m in g.children):
                        clause = g
            if child.dep_ in {"acl", "ccomp"} and any(m.lower_ == "that" and m.dep_ == "mark" for m in child.children):
                clause = child
        if speaker is not None and clause is not None:
            start, end = _words(text, clause.left_edge.idx, clause.right_edge.idx + len(clause.right_edge))
            if claim(start, end):
                found.append(FoundQuote(start, end, _unquote(text[start:end]), False, speaker, tok.text, tok))

    # 3. Direct quotes: marks with a speech verb in the same sentence, outside the marks. A span
    # inside what steps 1-2 claimed is taken (claims made here are of earlier, disjoint spans).
    earlier = sorted(claimed)
    claim_starts = [a for a, _ in earlier]
    reach = list(itertools.accumulate((b for _, b in earlier), max))   # furthest end claimed so far
    sents = list(doc.sents)
    sent_starts = [x.start_char for x in sents]
    for s in spans:
        words = text[s.start:s.end]
        k = bisect.bisect_right(claim_starts, s.start)
        if k and reach[k - 1] >= s.end:
            continue
        n_words = len(words.split())
        if _LABEL_BEFORE.search(text[max(0, s.open_at - 24):s.open_at + 1]):
            continue    # 'a statement titled, "RE: COURT RULING", read ...': a title or a name, however long
        cue = _cue_for(doc, s, _sentence_tokens(sents, sent_starts, s), marks, fragment=n_words <= 4)
        if cue is None:
            dash = _dash_speaker(doc, text, s)
            if dash is not None:
                if claim(s.start, s.end):
                    found.append(FoundQuote(s.start, s.end, words, True, dash, "-", None, open_ended=s.open_ended))
                continue
            if (_alone(text, s) or (n_words >= 8 and _leads_paragraph(doc, text, s))) \
                    and not words.rstrip().endswith("?"):
                # a paragraph that is only a quotation: said by whoever the text was just about
                if claim(s.start, s.end):
                    found.append(FoundQuote(s.start, s.end, words, True, None, None, None, standalone=True,
                                            open_ended=s.open_ended))
                continue
            if n_words >= 8 and not words.rstrip().endswith("?") and _leads_before_report(doc, text, s):
                if claim(s.start, s.end):
                    found.append(FoundQuote(s.start, s.end, words, True, None, None, None, standalone=True,
                                            open_ended=s.open_ended, continuing_only=True))
                continue
            # the quote found nearest before it (found holds reported speech first, not in text order)
            prev = max((q for q in found if q.text and q.end <= s.open_at), key=lambda q: q.end, default=None)
            if (n_words >= 5 or (n_words >= 2 and _whole_sentence(text, s))) and prev is not None \
                    and _continues(text, s, prev):
                if claim(s.start, s.end):
                    found.append(FoundQuote(s.start, s.end, words, True, prev.speaker_token, prev.cue, prev.cue_token,
                                            open_ended=s.open_ended))
                continue
            introducer = _colon_speaker(doc, text, s)
            closing = _closing_after_subject(doc, text, s, n_words) if introducer is None else None
            if closing is not None and closing.ent_type_ != "PERSON" and n_words >= 5 and prev is not None \
                    and _follows_report(text, s, prev):
                closing = None  # 'Hamas said that A. "B."': the report's words go on (below), no person_only
            introducer = introducer or closing
            if introducer is not None and not words.rstrip().endswith("?") and claim(s.start, s.end):
                found.append(FoundQuote(s.start, s.end, words, True, introducer, ":", None, open_ended=s.open_ended,
                                        person_only=closing is not None and closing.ent_type_ != "PERSON"))
            elif introducer is None and n_words >= 5 and prev is not None and _follows_report(text, s, prev) \
                    and claim(s.start, s.end):
                # 'X said that A. "B."', 'X said, adding that A. "B."': the quoted sentence right after a
                # report goes on with the reporter's words
                found.append(FoundQuote(s.start, s.end, words, True, prev.speaker_token, prev.cue, prev.cue_token,
                                        open_ended=s.open_ended))
            continue
        if n_words <= 4 and _is_name(words) and not _utterance(text, s) and not words.rstrip().endswith(("!", "?")):
            continue
        sayer = _sayer_of_cue(cue, marks.inside)
        if sayer is not None and s.start <= sayer.idx < s.end:
            if n_words <= 4:
                continue    # '"Wagner", the mercenary group, said ...': the quoted words are the sayer, a name
            # a long quotation the parser made the subject, its sayer an apposition after it
            # ('“Two vessels intruded ...,” Gan Yu, spokesman for X, said'): that name
            sayer = next((c for c in sayer.children if c.dep_ == "appos" and not s.start <= c.idx < s.end), None)
        if claim(s.start, s.end):
            found.append(FoundQuote(s.start, s.end, words, True, sayer, cue.text, cue,
                                    open_ended=s.open_ended, continued=s.continued))
    found.sort(key=lambda q: q.start)
    return [q for q in found if q.text]


# Verbs that only report speech: their sayer keeps the words even when "according to" a source follows
_SAYING = {"say", "tell", "add", "state", "write", "tweet", "declare", "insist", "stress", "explain", "reply",
           "respond", "comment", "remark", "emphasize", "emphasise", "underline", "reiterate", "note", "quote"}


_CONTRAST_MARKS = {"although", "though", "while", "whereas", "whilst"}


def _contrasted_saying(child: Token, comp: Token) -> bool:
    """Whether `child`, a right dependent of the reported clause `comp`, is another sayer's report set
    against it ('The army said it killed 50 rebels, although a rebel spokesman said he had no
    knowledge of the fighting'): an adverbial clause after a comma, opened by a contrasting
    conjunction (_CONTRAST_MARKS), whose verb is a speech verb with a subject of its own."""
    return child.dep_ == "advcl" and child.i > comp.i and child.lemma_.lower() in SPEECH_VERBS \
        and any(c.dep_ == "mark" and c.lower_ in _CONTRAST_MARKS for c in child.children) \
        and any(c.dep_ in {"nsubj", "nsubjpass"} for c in child.children) \
        and child.left_edge.i > 0 and child.doc[child.left_edge.i - 1].text in {",", ";"}


def _according_after(verb: Token, comp: Token) -> tuple[Token, Token] | None:
    """The "according" of a sentence-final "according to X" hanging on the verb, its clause or a verb
    joined to it ("Chile and Peru agreed that ..., according to a statement") and its X (the object
    of "to"): (the token, X), or None."""
    for t in verb.sent:
        if t.lower_ != "according" or t.i < verb.i or not (verb in t.ancestors or comp in t.ancestors) \
                or t.i + 1 >= len(t.doc) or t.doc[t.i + 1].lower_ != "to":
            continue
        source = next((c for c in t.doc[t.i + 1].children if c.dep_ == "pobj"), None)
        if source is None:
            continue
        if _outlet(source):
            return None     # "..., according to Interfax": the outlet only carries the sayer's words
        if source.lemma_.lower() in _RECORD_NOUNS or source.lower_ in _RECORD_NOUNS:
            return None     # "..., according to a transcript": a record of the sayer's own words
        return t, source
    return None


# an opening mark, after any "that", at the start of a reported clause ('said that "...')
_THAT_QUOTE = re.compile(r"(?:that\s*)?[\"“«„]\s*")


def _parenthetical_source(according: Token, source: Token) -> bool:
    """Whether a mid-sentence "according to X" is set off by commas after an opening phrase with no
    verb ("In the city of Y, according to the ministry, police detained ..."): the report is the
    clause after it, not the phrase before."""
    sent = according.sent
    before = according.doc[sent.start:according.i]
    after = source.right_edge.i + 1
    return len(before) > 0 and before[-1].text == "," and after < sent.end and according.doc[after].text == "," \
        and not any(t.pos_ in {"VERB", "AUX"} for t in before) \
        and any(t.pos_ in {"VERB", "AUX"} for t in according.doc[after:sent.end])


def _carried_by_outlet(verb: Token, clause: Token, marks: _Marks) -> bool:
    """Whether a speech verb's clause is itself a sayer's report and the verb's subject a news outlet
    ("X told reporters on Monday that ..., Reuters reported", "..., X said, the BBC reported"): the
    inner sayer's report is the quote, the outlet's frame is none."""
    if clause.lemma_.lower() not in SPEECH_VERBS or clause.pos_ not in {"VERB", "AUX"} or clause.i > verb.i \
            or not any(c.dep_ in {"nsubj", "nsubjpass"} for c in clause.children) \
            or not (any(c.dep_ == "ccomp" for c in clause.children) or _clause_of_medium(clause) is not None):
        return False
    sayer = _subject(verb, marks.inside)
    return sayer is not None and _outlet(sayer)


def _outlet(source: Token) -> bool:
    """Whether the noun after "according to" is a news outlet ("Interfax", "state media", "BBC"),
    which carries others' words rather than saying its own (gazetteer media list, `_MEDIA_NOUNS`)."""
    name = " ".join(c.text for c in source.subtree if c.dep_ in {"compound", "flat"} or c.i == source.i)
    return source.lower_ in _MEDIA_NOUNS or gz.is_media(name) or gz.is_media(source.text)


_OUTLET_LEAD = re.compile(r"[Aa]ccording to (?:the )?([^,;]{2,40}),\s*")


# Records of what was said, not reports by someone else: the sayer keeps the words.
_RECORD_NOUNS = {"transcript", "minutes", "recording", "video", "footage", "audio", "tape", "excerpt"}
# Nouns whose of-object is the one heard saying something ("allegations of X saying", "a video of X
# saying"): the records above and the reports and pictures of someone's words
_HEARD_OF_NOUNS = _RECORD_NOUNS | {"allegation", "accusation", "claim", "report", "clip", "image", "picture", "photo"}
_MEDIA_NOUNS = {"media", "television", "tv", "radio", "newspaper", "newspapers", "agency", "outlet", "outlets",
                "broadcaster", "channel"}


def _inner_sayer(doc: Doc, span: QuoteSpan, clause: Token, marks: _Marks) -> tuple[Token | None, Token | None]:
    """Quoted words inside a reported clause that hang from a speech or accusation verb of that
    clause with a subject of its own are that subject's words, not the reporter's: in 'X said it
    was unlawful after Y accused Z of "grave abuses"', Y's. Returns (verb, subject), or (None, None)."""
    inner = [t for t in doc if span.start <= t.idx < span.end]
    for t in [t for t in inner if not (span.start <= t.head.idx < span.end)][:1]:     # the words' root
        head = t
        for _ in range(8):
            head = head.head
            if head.i == clause.i or head.head is head:
                break
            if head.lemma_.lower() in FRAGMENT_VERBS and head.pos_ == "VERB" and not marks.inside(head.idx):
                subject = next((c for c in head.children if c.dep_ == "nsubj" and c.pos_ != "PRON"), None)
                return (head, subject) if subject is not None else (None, None)
    return None, None


def _sentence_tokens(sents: list, starts: list[int], span: QuoteSpan) -> list[Token]:
    """The tokens of the sentence holding the opening mark and of the one holding the end."""
    first = bisect.bisect_right(starts, span.open_at) - 1      # the last sentence starting at the mark or before
    last = bisect.bisect_left(starts, span.end) - 1            # the last starting before the end
    holding = set()
    if first >= 0 and span.open_at < sents[first].end_char:
        holding.add(first)
    if last >= 0 and span.end <= sents[last].end_char:
        holding.add(last)
        if last + 1 < len(sents) and _attribution_after(sents[last], sents[last + 1], span):
            holding.add(last + 1)
    return [t for k in sorted(holding) for t in sents[k]]


_CLOSING_TAIL = re.compile(r"[\s!?.…,\"”»’']*")


# Subjects that say no one said the words ('"..." Nobody has confirmed it.')
_NO_ONE = {"nobody", "none", "neither", "noone"}


def _attribution_after(sent, nxt, span: QuoteSpan) -> bool:
    """Whether the sentence after a quotation's last one is its attribution: the parser ends a
    sentence at a quotation closing on "!" or "?" ('"We will never surrender!" the minister said.'),
    so the saying stands alone. It is when only the closing punctuation and marks lie between the
    quoted words and it, and it opens in lower case ("the minister said", "he tweeted") or is a short
    clause whose root is a speech verb ("Modi wrote on X.")."""
    text = doc_text(sent.doc)
    tail = _CLOSING_TAIL.match(text, span.end)
    # (or one closing on a bare word, the comma left out: '"... options" Kerry said.')
    bare = text[span.end - 1:span.end].isalnum() and text[span.end:span.end + 1] in {'"', "”", "»"}
    # (or on a full stop inside the marks, '"... any other country." Trump said.': then only a saying
    # that is nothing but the attribution, its verb reporting no words of its own, is one)
    stop = tail is not None and "." in text[max(span.start, span.end - 1):tail.end()]
    if tail is None or tail.end() < sent.end_char or tail.end() < nxt.start_char \
            or not (re.search(r"[!?]", text[max(span.start, span.end - 1):tail.end()]) or bare or stop):
        return False
    first = next((t for t in nxt if not t.is_punct), None)
    if first is None:
        return False
    if stop and not bare and not re.search(r"[!?]", text[max(span.start, span.end - 1):tail.end()]):
        root = nxt.root
        return len(nxt) <= 12 and root.pos_ == "VERB" and root.lemma_.lower() in SPEECH_VERBS \
            and any(c.dep_ == "nsubj" and c.lower_ not in _NO_ONE
                    and not any(d.dep_ == "det" and d.lower_ == "no" for d in c.children) for c in root.children) \
            and not any(c.dep_ in {"ccomp", "xcomp", "parataxis", "advcl", "neg"} or (
                c.dep_ == "dobj" and root.lemma_.lower() not in _HEARER_PASSIVES) for c in root.children) \
            and not _OPENERS.search(text, nxt.start_char, nxt.end_char)
        # (a denial or silence is no attribution: '"..." The ministry did not comment.', '"..." Nobody
        # has said so.', '"..." No official has confirmed it.')
    if first.text[:1].islower():
        return True
    root = nxt.root
    # a short saying, or one that opens with its sayer and verb ('Kerry said, offering that ...')
    # ('"... in five years?" O'Brien asked in another post': a question's asking verb too, _asking_after)
    # (not "X is asked": the one asked is no asker)
    asking = root.lemma_.lower() in _ASKING and text[span.end - 1:span.end] == "?"
    return (len(nxt) <= 12 or root.i - nxt.start <= 5) and root.pos_ == "VERB" \
        and (root.lemma_.lower() in SPEECH_VERBS or asking) \
        and any(c.dep_ in ({"nsubj"} if asking else {"nsubj", "nsubjpass"}) for c in root.children)


def _cue_for(doc: Doc, span: QuoteSpan, toks: list[Token], marks: _Marks, fragment: bool) -> Token | None:
    """The speech verb outside the marks that governs this quote: for a fragment, the verb it hangs
    from (or, for a short answer opening its sentence, the nearest one); for a full quote, the
    nearest speech verb of its sentence(s)."""
    inner = [t for t in toks if span.start <= t.idx < span.end]
    if fragment:
        head = _fragment_head(inner, span)
        if head is not None:
            return head
        if not _utterance(doc_text(doc), span):
            return None     # a short answer of its own ('"Never!" she shouted'): the nearest speech verb
    verbs = [t for t in toks
             if (t.lemma_.lower() in SPEECH_VERBS and t.pos_ in {"VERB", "AUX"} or _misread_read(t)
                 or _asking_after(doc, span, t) or _misread_gerund(t, span))
             and not marks.inside(t.idx)]
    if verbs and not fragment:
        # a longer quoted phrase that is a constituent of a verbal act's clause is that act's
        # wording, whatever speech verb stands nearer ('announced the results as Maduro hailed the
        # vote as a "success that reflects ..."': Maduro's, not the announcer's)
        head = _fragment_head(inner, span)
        if head is not None and head.pos_ == "VERB" and head.lemma_.lower() not in SPEECH_VERBS:
            return head
    if not verbs:
        # a longer quotation inside a sentence with no speech verb, hanging from a verb whose quoted
        # words are the subject's ('pledged to ensure "the free movement of goods across the
        # border"', 'accused them of "deliberately shelling the villages"'); not a quoted title
        if fragment or _is_name(doc_text(doc)[span.start:span.end]):
            return None
        return _fragment_head(inner, span)
    return min(verbs, key=lambda v: min(abs(v.idx - span.end), abs(v.idx - span.open_at)))


# Verbs of asking: the sayer's own words only in the attribution right after a quotation
# ('“Is there any guarantee of that?” asked Menon'), not as reporting verbs ("asked why ...")
_ASKING = {"ask", "wonder"}
_PRESS_NOUNS = {"reporter", "journalist", "correspondent", "interviewer", "moderator", "host", "anchor",
                "presenter"}


def _asking_after(doc: Doc, span: QuoteSpan, tok: Token) -> bool:
    """Whether `tok` is a verb of asking (_ASKING) in the attribution right after the quotation: only
    closing marks and punctuation, and at most three words (its sayer), between them."""
    if tok.lemma_.lower() not in _ASKING or tok.pos_ != "VERB" or tok.idx <= span.end:
        return False
    text = doc_text(doc)
    tail = _CLOSING_TAIL.match(text, span.end)
    between = text[tail.end() if tail else span.end:tok.idx]
    if len(between.split()) > 3 or _DOUBLE_MARKS.search(between):
        return False
    sayer = next((c for c in tok.children if c.dep_ == "nsubj"), None) or _inverted_sayer(tok)
    # a reporter's question is no quote (issue 12): '“Will you resign?” a reporter asked'
    return sayer is None or sayer.lemma_.lower() not in _PRESS_NOUNS


# "and" or "or" (after a comma or not) closing a reported clause the parser ended there
_JOINED_TAIL = re.compile(r"\s*,?\s+(?:and|or)$")


def _only_joined(text: str, start: int, end: int, spans: list[QuoteSpan]) -> bool:
    """Whether text[start:end] is only these quotations, their marks and the commas or "and"/"or"
    joining them ('“A” and “B,”')."""
    rest, at = [], start
    for q in spans:
        rest.append(text[at:q.open_at])
        at = q.end
    rest.append(text[at:end])
    return not re.sub(r"\b(?:and|or)\b", "", "".join(rest)).strip(" ,;\"“”«»„’‘'")


def _fragment_head(inner: list[Token], span: QuoteSpan) -> Token | None:
    """The FRAGMENT_VERBS verb outside the span that the quoted words hang from (six heads up at
    most): "accused" in 'accused X of "massacres"', "pledged" in 'pledged to ensure "..."'; or None.
    Not past a clause with a subject of its own: in 'praised Mexico for arresting people whom the
    government considers "high-value targets"' the words are the government's label, not the praise.
    Nor a name right after 'so-called', 'dubbed', 'known as' (_LABEL_BEFORE)."""
    if inner and _LABEL_BEFORE.search(doc_text(inner[0].doc)[max(0, span.open_at - 24):span.open_at + 1]):
        return None
    for t in inner:
        head = t
        for _ in range(6):
            head = head.head
            outside = not (span.start <= head.idx < span.end)
            if outside and head.pos_ == "NOUN" and head.lemma_.lower() in SPEECH_NOUNS \
                    and _noun_sayer(head) is not None:
                return head     # 'Guinea's call for "maximum restraint"': the owner's wording
            if outside and (head.lemma_.lower() in FRAGMENT_VERBS
                            or head.pos_ == "VERB" and head.lemma_.lower() in VERBAL_ACTS):
                return head
            if outside and head.pos_ == "VERB" and head.lemma_.lower() in INTENT_VERBS \
                    and any(c.dep_ == "nsubj" and _actor_like(c) for c in head.children) \
                    and any(c.dep_ == "xcomp" and c.tag_ == "VB" and c.left_edge.i <= t.i <= c.right_edge.i
                            and (span.start <= c.idx < span.end
                                 or len(doc_text(t.doc)[span.start:span.end].split()) >= 4)
                            for c in head.children):
                # 'Guinea wants to "restore constitutional order"', 'seeks to achieve "a lasting and
                # inclusive peace"': the subject's aim in its words; not a short label the infinitive
                # takes ('plans to build a "smart city"')
                return head
            if head.head is head or (outside and head.pos_ in {"VERB", "AUX"}
                                     and any(c.dep_ in {"nsubj", "nsubjpass"} for c in head.children)):
                break
    return None


def _actor_like(tok: Token) -> bool:
    """Whether a subject can be a sayer: a name (a person, organisation, state or people entity, or
    a proper noun), a personal pronoun, or a noun a name or demonym qualifies ('the Guinean junta');
    not 'the new film'."""
    return tok.ent_type_ in {"PERSON", "ORG", "GPE", "NORP"} or tok.pos_ == "PROPN" \
        or tok.lower_ in {"he", "she", "they", "we", "i"} \
        or any(c.ent_type_ in {"PERSON", "ORG", "GPE", "NORP"} for c in tok.children)


def _noun_sayer(noun: Token) -> Token | None:
    """The owner of a noun of saying (SPEECH_NOUNS): its possessor ('Guinea's call', 'Foreign Minister
    X's warning'), the object of "by"/"from" after it ('the pledge by Guinea'), or, for a pronoun
    possessor, the subject of the verb the noun is the object of ('X repeated her call for ...'); or
    None (an ownerless 'a call for "..."' may be anyone's)."""
    for child in noun.children:
        if child.dep_ == "poss":
            if child.pos_ != "PRON":
                return child
            verb = noun.head
            if noun.dep_ == "dobj" and verb.pos_ == "VERB":
                return next((c for c in verb.children if c.dep_ == "nsubj" and c.pos_ != "PRON"), None)
            return None
        if child.dep_ == "prep" and child.lower_ in {"by", "from"}:
            obj = next((g for g in child.children if g.dep_ == "pobj"), None)
            if obj is not None:
                return obj
    if noun.dep_ == "dobj" and noun.head.pos_ == "VERB" and noun.head.lemma_.lower() in _LIGHT_SAYING:
        # the noun as the object of a light verb: 'issued a warning of "dire consequences"', 'made
        # an appeal for "calm"', 'gave an assurance of "full support"': the light verb's subject
        return _subject(noun.head)
    return None


# Light verbs whose object noun of saying is the subject's own act of saying (the PLOVER lexicon's
# light entries: 'make appeal', 'issue call', 'give assurance', 'renew call', 'voice support')
_LIGHT_SAYING = {"give", "issue", "make", "deliver", "voice", "express", "send", "lodge", "sound", "repeat",
                 "renew", "reiterate", "extend", "offer"}


def _misread_read(tok: Token) -> bool:
    """Whether `tok` is the verb "read" ending an attribution that the parser took for a noun: in
    '"...," a press release issued by the ministry read.' it hangs "read" as the object of "by" and
    makes the document noun the sentence's root, or hangs it on the quoted clause. True for a "read"
    tagged NOUN or PROPN that ends its sentence (only punctuation or marks after it) under a document
    noun (_read_document)."""
    if tok.lower_ != "read" or tok.pos_ not in {"NOUN", "PROPN"}:
        return False
    sent = tok.sent
    return _read_document(tok) is not None and all(t.is_punct for t in tok.doc[tok.i + 1:sent.end])


def _read_document(tok: Token) -> Token | None:
    """The document noun ('release', 'statement': _MEDIA, NOUN_CUES) a misparsed "read" hangs under."""
    for head in tok.ancestors:
        if head.pos_ == "NOUN" and (head.lemma_.lower() in _MEDIA or head.lemma_.lower() in NOUN_CUES):
            return head
    return None


# Participles of saying the tagger reads as nouns before a quotation ('formed a human chain
# chanting, "..."'): the crowd's or speaker's words all the same
_GERUNDS = {"chanting", "shouting", "saying", "singing", "yelling", "crying", "adding"}


def _misread_gerund(tok: Token, span: QuoteSpan) -> bool:
    """Whether `tok` is a participle of saying (_GERUNDS) tagged a noun, right before the quotation
    (a comma or colon between at most): '... chain chanting, "Down with ..."'."""
    if tok.lower_ not in _GERUNDS or tok.pos_ != "NOUN" or tok.idx > span.open_at:
        return False
    between = doc_text(tok.doc)[tok.idx + len(tok):span.open_at]
    return not between.strip(" ,:")


def _sayer_of_cue(cue: Token, quoted) -> Token | None:
    """The sayer for a cue of step 3: a noun of saying's owner (_noun_sayer), the document a
    misparsed "read" ends the attribution of (_misread_read, _read_document), a verb's subject
    (_subject)."""
    if cue.pos_ == "NOUN" and cue.lemma_.lower() in SPEECH_NOUNS:
        return _noun_sayer(cue)
    if _misread_read(cue):
        return _read_document(cue)
    if cue.pos_ == "NOUN" and cue.lower_ in _GERUNDS and cue.dep_ in {"dobj", "pobj", "npadvmod", "appos"}:
        # ('formed a human chain chanting, "..."': the subject of the verb the misread participle hangs on)
        verb = cue.head if cue.dep_ != "pobj" else cue.head.head
        return _subject(verb, quoted) if verb.pos_ in {"VERB", "AUX"} else None
    return _subject(cue, quoted)


def _continues(text: str, span: QuoteSpan, prev: FoundQuote) -> bool:
    """A quote with no attribution right after another quoted passage continues it: after a short
    gap, or after the one sentence that attributes that passage ('"A," X said at a news conference in
    Y with Z. "B."' -- news copy gives a new speaker a new attribution), and at most one more about
    the same speaker ('"A," X said. He spoke in Y. "B."'), not one with a subject of its own ('"A,"
    X said. Y rejected the plan. "B."': B is not X's)."""
    gap = text[prev.end:span.open_at]
    if not prev.direct or "\n" in gap:
        return False
    if len(gap) < 80:
        return True
    inner = gap.strip(" ,.;:!?\"“”«»„’")
    if len(gap) >= 250 or _DOUBLE_MARKS.search(inner):
        return False
    ends = list(_SENTENCE_END.finditer(inner))
    # one sentence of the writer's between: only one about the same speaker ("He spoke at ...")
    return not ends or (len(ends) == 1 and inner[ends[0].end():].split(" ", 1)[0] in {"He", "She", "His", "Her"})


# A sentence ending inside a gap and another beginning: not after an initial or a title ("U.S. ", "Mr. ")
_SENTENCE_END = re.compile(r"(?<![A-Z])(?<!\b(?:Mr|Ms|Dr|St|Jr|Sr))(?<!\bMrs)[.!?]\s+(?=[A-Z\"“‘'])")


def _follows_report(text: str, span: QuoteSpan, prev: FoundQuote) -> bool:
    """Whether a quotation with no attribution of its own is a whole sentence that comes right after
    an indirect report, in the same paragraph with nothing but the report's full stop between them
    ('Mendez said that the reports were false. "The officers arrested nobody."'); not a question
    (a reporter's, issue 12)."""
    gap = text[prev.end:span.open_at]
    return not prev.direct and prev.speaker_token is not None and "\n" not in gap \
        and not gap.strip(" .") and "." in gap and _whole_sentence(text, span) \
        and not text[span.start:span.end].rstrip().endswith("?")


def _whole_sentence(text: str, span: QuoteSpan) -> bool:
    """Whether the quotation is a sentence of its own: it opens after a sentence end and closes on
    one ('..." he said. "We will rebuild."'), so it is no scare-quoted label however short."""
    before = text[:span.open_at].rstrip()
    return (not before or before[-1] in ".!?") and span.end < len(text) and text[span.end] in ".!?"


def _utterance(text: str, span: QuoteSpan) -> bool:
    """Whether a short quotation is an utterance of its own, not a quoted name: it opens its sentence
    and its words end on punctuation inside the marks ('"Absolutely not," Jones said', '"Never!" he
    shouted'), or outside them as British copy puts it ('"Never", she said'); a capital then only
    starts the sentence."""
    before = text[:span.open_at].rstrip()
    closing = text[span.end:span.end + 3].lstrip("\"”»’'")
    return (not before or before[-1] in ".!?:") and (text[span.end - 1:span.end] in {"!", "?"}
                                                     or closing[:1] in {",", ".", "!", "?"})


def _is_name(words: str) -> bool:
    toks = [w for w in re.findall(r"[\w'-]+", words) if len(w) > 3]
    if not toks:
        # only short words: a name when they are one capitals-only word, an acronym or a letter
        # ('he wrote on "X"', 'a statement by the "AU"'); "No" or "Ok" are words said, and so are two
        # short words in capitals, a chant or a banner ('the students chanted "NO WAR"')
        letters = re.findall(r"[^\W\d_]+", words)
        return len(letters) == 1 and letters[0].isupper()
    return all(w[:1].isupper() for w in toks)


_DASH_TAIL = re.compile(r"[\s,.!?”\"»’]*\s(?P<dash>[-–—]{1,2}\s*)?(?=[A-Z])")


def _dash_speaker(doc: Doc, text: str, span: QuoteSpan) -> Token | None:
    """'"..." - EU foreign policy chief Marta Lindqvist': the name after a dash that follows the
    closing mark and ends the sentence is the speaker (the last word of that name)."""
    m = _DASH_TAIL.match(text, span.end)
    if not m:
        return None
    tail_end = len(text.rstrip(" .\n"))
    if m.group("dash"):         # after a dash the name ends its sentence; without one, its paragraph
        for sep in (". ", "\n"):
            k = text.find(sep, m.end())
            if k != -1:
                tail_end = min(tail_end, k)
    elif text.find("\n", m.end()) != -1 or text.find(". ", m.end()) != -1:
        return None
    tail = [t for t in doc if m.end() <= t.idx < tail_end]
    if not tail or len(tail) > 12 or any(t.pos_ in {"VERB", "AUX"} and t.tag_ != "VBN" for t in tail):
        return None
    names = [t for t in tail if t.pos_ == "PROPN" and t.text[:1].isupper()]
    if not names:
        return None
    people = [t for t in names if t.ent_type_ == "PERSON"]
    if people:
        return people[-1]
    # "High Commission of India in Suva": the head of the name phrase
    return next((t for t in tail if not (m.end() <= t.head.idx < tail_end) or t.head.i == t.i), names[-1])


def _colon_speaker(doc: Doc, text: str, span: QuoteSpan) -> Token | None:
    """'Finance Minister Ana Ruiz: "..."': a name phrase with no verb, then a colon, opening the
    quotation's sentence; the speaker is the person in it (else the head of the phrase)."""
    before = text[:span.open_at].rstrip()
    if not before.endswith(":"):
        return None
    cut = max(before.rfind(". ", 0, len(before) - 1), before.rfind("\n", 0, len(before) - 1))
    lead = [t for t in doc if cut < t.idx < len(before) - 1 and not t.is_space]
    if lead and any(t.pos_ in {"VERB", "AUX"} for t in lead):
        return _subject_before_colon(lead, text, span)
    if not lead or len(lead) > 8:
        return None
    people = [t for t in lead if t.ent_type_ == "PERSON" and t.pos_ == "PROPN"]
    if people:
        return people[-1]
    names = [t for t in lead if t.pos_ == "PROPN"]
    return names[-1] if names else None


def _subject_before_colon(lead: list[Token], text: str, span: QuoteSpan) -> Token | None:
    """'The ministry reacted in a furious statement: "We will ..."', 'X was blunt: "..."': the
    subject of the clause a colon ends is the sayer of the quotation it opens, when that is a
    sentence of its own (a capital, five words or more); None for a clause with no noun subject."""
    words = text[span.start:span.end]
    if len(words.split()) < 5 or not words[:1].isupper():
        return None
    inside = {t.i for t in lead}
    # the clause's own verb: the one of the lead whose head lies outside it (the parser may hang the
    # clause on the quotation's verb) or that heads the sentence
    verb = next((t for t in lead if t.pos_ in {"VERB", "AUX"} and (t.head.i not in inside or t.head.i == t.i)),
                None)
    if verb is None:
        return None
    return next((c for c in verb.children if c.dep_ == "nsubj" and c.pos_ in {"NOUN", "PROPN"}), None)


def _closing_after_subject(doc: Doc, text: str, span: QuoteSpan, n_words: int) -> Token | None:
    """'Minister X was blunt. "..."': a quotation of a sentence or more that ends its paragraph right
    after a sentence whose subject is a named person is that person's (as a quotation standing in a
    paragraph of its own would be); the subject token, else None. Any bare capitalised subject the
    tagger marked no person, or marked an organisation, is returned too (a surname, 'Adeyemi also
    accused the government of ... . "..."', seen in Bangladeshi and Nigerian party news, but also
    'Police', 'Parliament', 'Inflation'): the caller keeps the quote only when the article knows that
    name as a person's (FoundQuote.person_only), and leaves a quotation going on with a report
    ('Hamas said that A. "B."') to the report."""
    before = text[:span.open_at].rstrip()
    if n_words < 5 or not before or before[-1] not in ".!?" or text[span.end:].strip(" \"”»’.!?\n") \
            or _DOUBLE_MARKS.search(before):
        return None
    sent = next((x for x in doc.sents if x.start_char <= len(before) - 1 < x.end_char), None)
    if sent is None:
        return None
    if text[span.start:span.end].split(maxsplit=1)[:1] in (["He"], ["She"], ["His"], ["Her"]):
        return None     # 'X died in the blast. "He was a good man."': words about the person, not theirs
    subject = next((t for t in sent.root.children if t.dep_ == "nsubj"), None)
    if subject is None:
        return None
    if subject.ent_type_ == "PERSON" and subject.pos_ == "PROPN":
        return subject
    bare = not any(c.dep_ in {"det", "poss", "amod"} for c in subject.children)
    return subject if bare and subject.ent_type_ in {"", "ORG"} and subject.pos_ in {"PROPN", "NOUN"} \
        and subject.is_alpha and subject.text[:1].isupper() and not subject.is_upper else None


# A writer's sentence that opens by pointing back at the quotation before it as a thing
_POINTS_BACK = re.compile(r"\s+(?:This|That|These|Those|Such)\b")


# What holds words that no one speaks: a text the writer's sentence after a quotation names as its subject
_WRITTEN_HOLDERS = {"article", "clause", "section", "constitution", "law", "slogan", "banner", "sign", "placard",
                    "inscription", "motto", "verse", "passage", "headline", "caption", "poster", "graffiti"}


def _leads_paragraph(doc: Doc, text: str, span: QuoteSpan) -> bool:
    """Whether the quotation is the paragraph's first sentence, ended inside its marks, and what
    follows is the writer's own sentences ('"A." After the arrests, B.'): no other quotation marks and
    no speech verb. Such a quotation stands alone as one that is the whole paragraph does (issue 12)."""
    m = re.compile(r"\s*([.!]?)\s*[\"”»’']").match(text, span.end)
    if text[:span.open_at].strip() or m is None \
            or not (m.group(1) or text[span.start:span.end].rstrip()[-1:] in {".", "!"}):
        return False
    rest = m.end()
    if not re.match(r"\s+[A-Z]", text[rest:]) or _OPENERS.search(text, rest) or _DOUBLE_MARKS.search(text, rest) \
            or _POINTS_BACK.match(text, rest):
        return False    # ('"..." That slogan was painted on the wall': the writer talks about the words)
    after = [t for t in doc if t.idx >= rest]
    if after and any(t.dep_ in {"nsubj", "nsubjpass"} and (t.lemma_.lower() in _WRITTEN_HOLDERS or t.ent_type_ == "LAW")
                     for t in after[0].sent):
        return False    # ('"..." Article 27 of the constitution was cited': the words of a text, not a speaker)
    return not any(t.lemma_.lower() in SPEECH_VERBS | _SAYING for t in after)


def _leads_before_report(doc: Doc, text: str, span: QuoteSpan) -> bool:
    """Whether the quotation leads its paragraph as _leads_paragraph asks, but a sentence of reported
    speech follows it ('"We find it hard to accept." Mumba said the ruling was not the end.'): news
    style for the last paragraph of a long quotation the paragraph before left open (AFP, Reuters and
    African copy: each paragraph of a quotation reopens its mark, only the last closes it). Only the
    pipeline, which knows whether that quotation is still open, keeps it (`continuing_only`); the
    sentence after it is no attribution of it (it reports other words of its own)."""
    m = re.compile(r"\s*([.!]?)\s*[\"”»’']").match(text, span.end)
    if text[:span.open_at].strip() or m is None \
            or not (m.group(1) or text[span.start:span.end].rstrip()[-1:] in {".", "!"}):
        return False
    rest = m.end()
    if not re.match(r"\s+[A-Z]", text[rest:]) or _OPENERS.search(text, rest) or _DOUBLE_MARKS.search(text, rest):
        return False
    return any(t.idx >= rest and t.lemma_.lower() in SPEECH_VERBS for t in doc)


def _alone(text: str, span: QuoteSpan) -> bool:
    """Whether nothing but the quotation (and its marks and punctuation) is in the paragraph."""
    outside = text[:span.open_at] + text[span.end:]
    return not re.sub(r"[\s\"“”«»„‘’.,!?…]", "", outside)


def _unquote(s: str) -> str:
    return re.sub(r"[\"“”«»„]", "", s).replace("  ", " ").strip()
