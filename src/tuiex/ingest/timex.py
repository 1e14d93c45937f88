"""TIMEX: the time expressions of a parsed paragraph, resolved against the article's date and
attached to the verb or event noun they modify; and from them the dates of events and quotes.

Rules (the issue tracker's "event and quote dates", written down):

- A date reaches an event or a quote only through its own sentence: a time expression attached to
  its verb, or to the clause it hangs on (a complement, a coordinated or adverbial clause), or the
  lead rule: the news of the day takes the published date. That is an action with no time
  expression told in the simple past anywhere in the article, or in the present perfect in the lead
  paragraphs (further down, a perfect is mostly background: "they have expelled troops, suspended
  media ...", unless it adds to the news: "has also offered"), or a speech act in the present tense
  outside a relative clause ("Kenya accuses Uganda of ..."); not one told as background (a
  participle describing a noun, a clause placed "after" or "before" another, an action done
  "earlier"). Nothing is carried over from an earlier sentence.
- A time expression inside a quotation dates only what is said inside it; a "since ..." or
  "until ..." phrase is a bound, not the date of the action it modifies. A day the action is only
  placed against ("after Monday's vote", "between Monday and Wednesday") dates it to that month; a
  clause measured in weeks from a dated one ("two weeks after") too, as "a week later" does.
- Tense picks the direction: an action in the future ("will meet on Tuesday", "is expected to",
  "set for", "plans to hold") takes the coming day, a past one the last.
- Pluperfect background ("had warned") is older than the sentence's reference time: it keeps only
  the year of the time it hangs on, and no date of its own otherwise. A pluperfect reported by a
  past speech verb ("said the army had raided") is that report's simple past (sequence of tenses).
- Tense is read on the finite verb: a to-infinitive takes its governor's ("has battled since 2008 to
  overthrow"), a coordinated verb without subject or auxiliary its first conjunct's ("had raided ...
  and taken him away"). An action told of a dated event noun takes the noun's date ("the 2019
  agreement was signed", "a 2018 deal agreed in Sochi"). A subjectless present participle shares the
  time of the verb it hangs on ("praised him for making the visit"), unless placed "after"/"before";
  a past tense coordinated with a bare present keeps its own tense ("says it is ... and reiterated").
- A clock time ("at 8 am") is the story's day; a calendar date on the same verb speaks first. A
  quotation told as an account of a dated event ("..., describing Friday's raid") takes its date.

The tense and attachment tests read spaCy's dependency parse (labels of the English models: ClearNLP
style `nsubj`, `xcomp`, `aux`, Penn Treebank tags `VBN`, `VBZ`, ...)."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, replace
from datetime import date as calendar_date
from datetime import timedelta

from spacy.tokens import Doc, Span, Token

from .dates import PartialDate, find_time_expressions, is_clock_time, resolve
from .nlp import doc_text
from .quotes import SPEECH_VERBS, quote_spans

FUTURE_AUX = {"will", "would", "shall", "'ll", "wo"}
# Heads whose complement lies ahead: "is expected to visit", "set to meet", "plans to hold",
# "is scheduled for", "due to arrive".
_FUTURE_HEADS = {"due", "set", "plan", "expect", "schedule", "slate", "intend", "aim", "prepare",
                 "propose", "hope", "want", "seek", "vow", "pledge", "promise", "agree", "decide",
                 "threaten", "going", "poise", "likely"}
# Parts of a day that may follow a weekday or a date without making it the name of an event.
_DAY_PARTS = {"morning", "afternoon", "evening", "night", "midday", "noon", "dawn", "daybreak", "dusk",
              "midnight", "overnight"}
_BOUNDS = ("since ", "until ", "till ", "through ", "throughout ")
# Adverbs that make a present perfect a state of affairs, not the day's news ("has so far refused").
_DURATIVE = {"so far", "long", "repeatedly", "always", "never", "consistently", "often", "for years",
             "for decades", "for months", "for weeks", "in the past", "ever", "yet"}
LEAD_PARAGRAPHS = 2   # the lead: the first body paragraphs (a photo caption may stand first)


@dataclass
class Timex:
    """One time expression of a paragraph: doc-local character offsets, its text, its value
    resolved against the anchor (None when it cannot be told), the token it modifies, and how it
    modifies it (`nominal`: "the July 15 coup", "Monday's vote"; `bound`: "since 2008")."""

    start: int
    end: int
    text: str
    value: PartialDate | None
    head: Token | None
    nominal: bool
    bound: bool
    in_quote: tuple[int, int] | None   # the quotation it stands in, if any
    # a day that only bounds the action: "after Monday's vote", "between Monday and Wednesday"
    around: bool = False


def timexes(doc: Doc, anchor: PartialDate | None,
            quote_anchors: dict[tuple[int, int], PartialDate] | None = None) -> list[Timex]:
    """Every time expression in a parsed paragraph, resolved against `anchor` with the tense of the
    verb it modifies; one inside a quotation listed in `quote_anchors` (its character span -> the
    day it was said) against that day instead. Never raises."""
    quotes = _quote_bounds(doc)
    out = []
    for expr in find_time_expressions(doc_text(doc)):
        in_quote = next(((s, e) for s, e in quotes if s <= expr.start and expr.end <= e), None)
        said = (quote_anchors or {}).get(in_quote) if in_quote is not None else None
        span = doc.char_span(expr.start, expr.end, alignment_mode="expand")
        if span is None or span[-1].tag_ == "MD":
            continue    # "This May be the end": the modal, not the month
        head = _attachment(span)
        after = doc[span.end] if span.end < len(doc) else None
        possessive = span.text.endswith(("'s", "’s"))
        # "the July 15 coup" names an event by its day; "Monday night", "Tuesday morning" is that day
        noun_modifier = (after is not None and after.pos_ in {"NOUN", "PROPN"} and after.ent_type_ != "DATE"
                         and after.lower_ not in _DAY_PARTS and not possessive
                         # not "told Reuters on Tuesday Uganda had ...": the date hangs on the verb
                         and (span.root.head.pos_ in {"NOUN", "PROPN", "ADJ", "NUM"} or after.is_ancestor(span.root)))
        deadline = _deadline(span)
        # "since January" lies behind, whatever lies ahead of the verb ("plans to lift the ban, in
        # force since January", "the right to fish there since January")
        future = not expr.text.lower().startswith("since ") and (deadline or head is not None and _is_future(head))
        value = resolve(expr.text, said or anchor, future=future)
        if value is not None and noun_modifier and value.precision == "day":
            value = PartialDate(value.year, value.month)   # "the July 15 coup": its day is a name
        # "until June 29, when a letter ... quashed tensions": the when-clause happened on the day;
        # a deadline ("extended the curfew through January", "tariffs, effective Jan. 1") bounds the
        # action: the extending is not done in January
        bound = (expr.text.lower().startswith(_BOUNDS) or deadline) and not (head is not None and _when_clause(head))
        out.append(Timex(expr.start, expr.end, expr.text, value, head, noun_modifier or possessive,
                         bound, in_quote, _not_the_day(span, head)))
    return out


# Verbs that move an action to a later day ("adjourned the trial until March 15", "extended the
# curfew through Monday", "given until Tuesday to sign") and adjectives that date what takes effect
# ("a dividend payable Jan. 2", "tariffs effective from Monday"): the day they name lies ahead.
_DEFERRING = {"postpone", "adjourn", "defer", "delay", "extend", "suspend", "give", "prolong", "push"}
_DEFERRING_BOUNDS = {"until", "till", "through", "to"}
_TAKING_EFFECT = {"effective", "payable"}


def _deadline(span: Span) -> bool:
    """Whether the time expression `span` is a deadline or the day something takes effect, which
    news gives ahead of the article (TimeML's gold dates them so): the bound of a deferring verb
    ("postponed until Tuesday") or the day of "effective"/"payable"."""
    root = span.root
    prep = root if root.dep_ == "prep" else root.head if root.dep_ == "pobj" and root.head.dep_ == "prep" else None
    if prep is not None and prep.head is not prep:
        governor = prep.head
        if prep.lower_ in _DEFERRING_BOUNDS and governor.pos_ == "VERB" and governor.lemma_.lower() in _DEFERRING:
            return True
        return governor.lower_ in _TAKING_EFFECT
    return root.dep_ == "npadvmod" and root.head.lower_ in _TAKING_EFFECT


def _not_the_day(span: Span, head: Token | None) -> bool:
    """Whether a day-precise time expression tells of a span of days, not the day the action `head`
    (a verb) happened on, so that it dates the action to its month only: the object of a bare
    "before" or "after" ("withdrew after Monday's vote", "met in the final hours before Monday":
    some day before or after it) and either end of a range ("between Monday and Wednesday", "from
    Monday to Wednesday"). One measured in hours ("hours after Monday's vote", "shortly before
    Friday") still names that day, and a time describing an event noun ("after the May 3 vote") is the
    noun's date. GUIDELINES: the date at the precision the text supports."""
    if head is None or head.pos_ not in {"VERB", "AUX"}:
        return False
    root = span.root
    if root.dep_ == "poss" and root.head.dep_ == "pobj":
        root = root.head                # "after Monday's vote": the vote is the object
    while root.dep_ == "conj" and root.head is not root:
        root = root.head                # "between Monday and Wednesday": the range's first end
    if root.dep_ == "prep" and root.lower_ == "from" and root.head is not root:
        root, prep = next((c for c in root.children if c.dep_ == "pobj"), root), root   # "from Monday" found whole
    elif root.dep_ == "pobj" and root.head.dep_ == "prep":
        prep = root.head
    else:
        return False
    word = prep.lower_
    if word in {"before", "after"}:   # not "hours after", "shortly before" (the measure may head the phrase)
        near = (prep.head, *prep.children, *([prep.doc[prep.i - 1]] if prep.i > 0 else []))
        # "in the (final) hours before Monday": a stretch of time, not a measure
        return not any(c.lemma_.lower() in _SAME_DAY and not any(d.dep_ == "det" for d in c.children) for c in near)
    if word == "between":
        return any(c.dep_ == "conj" for c in root.children)
    # "from Monday to Wednesday": "to" beside "from" on the same head, or hung on "from"'s object
    return word == "from" and any(c.dep_ == "prep" and c.lower_ in {"to", "until", "through"}
                                  for c in (*prep.head.children, *root.children, *prep.children))


def _quote_bounds(doc: Doc) -> list[tuple[int, int]]:
    """(start, end) of each quotation of a paragraph (`quote_spans`), found once per paragraph and
    kept in the doc's `user_data`: the dater and each `timexes` pass ask for them. Not to be changed."""
    bounds = doc.user_data.get("tuiex.quote_bounds")
    if bounds is None:
        bounds = doc.user_data["tuiex.quote_bounds"] = [(q.start, q.end) for q in quote_spans(doc_text(doc))]
    return bounds


class EventDater:
    """Dates for the events and quotes of one article (module docstring)."""

    def __init__(self, published: str | None):
        self.anchor = PartialDate.parse(published) if published else None
        self.own: dict[int, list[Timex]] = {}       # token index -> time expressions attached to it
        self.nominal: dict[int, PartialDate] = {}   # event noun -> the date modifying it
        self._quotes: list[tuple[int, int]] = []    # the paragraph's quotations
        self._unplaced: set[int] = set()            # verbs placed after an action told elsewhere

    def paragraph(self, doc: Doc) -> None:
        self.own, self.nominal = {}, {}
        self._quotes = _quote_bounds(doc)
        found = timexes(doc, self.anchor)
        if said := self._said_on(doc, found):
            found = timexes(doc, self.anchor, said)
        found, self._unplaced = with_sequels(doc, found)
        for t in found:
            if t.value is None or t.head is None or t.bound:
                continue
            if t.around and t.value.precision == "day":   # the action's day is not told: its month
                month = PartialDate(t.value.year, t.value.month)
                if t.nominal:
                    self.nominal.setdefault(t.head.i, month)
                else:
                    self.own.setdefault(t.head.i, []).append(replace(t, value=month))
            elif t.nominal:
                self.nominal.setdefault(t.head.i, t.value)
            else:
                self.own.setdefault(t.head.i, []).append(t)
        for found in self.own.values():   # "at 6 am on Monday": the calendar date speaks first
            found.sort(key=lambda t: is_clock_time(t.text))

    def _said_on(self, doc: Doc, found: list[Timex]) -> dict[tuple[int, int], PartialDate]:
        """The day each quotation was said, where its speech verb (in the sentence the quotation
        starts or ends in, or the one after it) has a day of its own that is not the published
        date: '"Today we signed the deal," the minister wrote on Monday' was written on Monday,
        and its "today" is that Monday."""
        dated = {t.head.i: t.value for t in found
                 if t.head is not None and t.value is not None and t.value.precision == "day"
                 and t.in_quote is None and not t.bound and not t.nominal and t.value != self.anchor}
        out: dict[tuple[int, int], PartialDate] = {}
        if not dated:
            return out
        for s, e in self._quotes:
            if not any(t.in_quote == (s, e) for t in found):
                continue
            first = doc.char_span(s, e, alignment_mode="expand")
            if first is None:
                continue
            sents = [first[0].sent, first[-1].sent]
            if first[-1].sent.end < len(doc):
                sents.append(doc[first[-1].sent.end].sent)
            for sent in sents:
                verb = next((t for t in sent if t.i in dated and t.lemma_.lower() in SPEECH_VERBS
                             and not any(qs <= t.idx < qe for qs, qe in self._quotes)), None)
                if verb is not None:
                    out[(s, e)] = dated[verb.i]
                    break
        return out

    def _attached(self, tok: Token) -> PartialDate | None:
        """The date of a time expression attached to `tok`, if it stands on the same side of every
        quotation mark: one inside a quotation dates only what is said inside it, one outside never
        dates an action reported inside a quotation."""
        tok_quote = next(((s, e) for s, e in self._quotes if s <= tok.idx < e), None)
        for t in self.own.get(tok.i, ()):
            if t.in_quote == tok_quote:
                return t.value
        return None

    def for_verb(self, tok: Token, lead: bool) -> PartialDate | None:
        """When the action of `tok` (a verb, or an event noun) happened (module docstring)."""
        if tok.pos_ in {"NOUN", "PROPN"}:
            if tok.i in self.nominal or tok.i in self.own:
                return self.nominal.get(tok.i) or self._attached(tok)
            if tok.dep_ in {"dobj", "nsubj", "nsubjpass", "attr", "oprd"} and tok.head.pos_ in {"VERB", "AUX"}:
                tok = tok.head          # "lifted a ban", "held talks": the light verb's time
            elif (occasion := _occasion_of(tok)) is not None:
                return self._attached(occasion)   # "killed in a strike on Monday": the strike's day
            else:
                return None
        cur = tok
        placed = False      # climbed out of a clause set "after" or "before" the one it hangs on
        other_time = False  # climbed out of a conjunct told in another tense than the clause it joins
        for _ in range(4):
            date = None if other_time else self._attached(cur)
            other_time = False
            if date is not None:
                if cur is not tok and _pluperfect(tok) and cur.dep_ != "conj":
                    return PartialDate(date.year)
                if cur is not tok and _tense(tok) == "future" and _reporting_verb(tok) == cur:
                    return None     # "said on Tuesday it would expel ...": the saying's day, not the expelling's
                if placed and date.precision == "day":
                    return PartialDate(date.year, date.month)   # "met hours before Monday's vote ..."
                return date
            if cur.pos_ in {"VERB", "AUX"} and (measured := self._measured(cur, lead)) is not None:
                return measured
            placed = placed or (cur.dep_ == "advcl" and _placed_mark(cur) is not None)
            if cur.i in self._unplaced:
                return None     # "the army retook it the next day": a day after what, this sentence does not say
            if cur.dep_ in {"relcl", "advcl"} and cur.head.i in self.nominal \
                    and any(c.lower_ == "when" for c in cur.children):
                return self.nominal[cur.head.i]   # "the March 2019 crisis, when the army deployed ..."
            if _relative_time(cur):
                return None     # "the 2014 annexation, after which Europe imposed sanctions": a later time
            if cur.dep_ in {"xcomp", "conj", "advcl", "ccomp", "relcl"} and cur.head is not cur:
                other_time = _own_tense_conjunct(cur)
                cur = cur.head
            else:
                break
        if tok.i in self.nominal:
            return self.nominal[tok.i]
        if tok.pos_ in {"NOUN", "PROPN"}:
            return None
        if (shared := self._shared_with_conjunct(tok)) is not None:
            return shared
        if (described := self._described(tok)) is not None:
            return described
        if (scene := self._scene(tok)) is not None:
            return scene
        if (named := self._dated_noun(tok)) is not None:
            return named
        tok = _participle_governor(_governor(tok))
        tense = _tense(tok)
        if tense == "pluperfect" and (speech := _reporting_verb(tok)) is not None and _tense(speech) == "past":
            # sequence of tenses: "relatives said the army had raided the house" reports a simple past
            return self.anchor if not (_background(tok) or _background(speech)) else None
        if tense == "perfect":    # a lead's present perfect is the day's news, unless it is a state;
            # further down, one that adds to the news ("has also offered ...") is too
            also = any(c.dep_ == "advmod" and c.lower_ == "also" for c in tok.children)
            return self.anchor if (lead or also) and not _durative(tok) and not (also and _background(tok)) else None
        if tense == "past":       # a simple past anywhere is the day's news, unless told as background
            return self.anchor if not _background(tok) else None
        if tense == "present" and tok.lemma_.lower() in _SPEECH_ACTS and tok.tag_ in {"VBZ", "VBP"} \
                and tok.dep_ not in {"relcl", "acl"} and not _durative(tok) and not _background(tok):
            return self.anchor    # "Kenya accuses Uganda of ...": the news of the published day
        return None

    def _shared_with_conjunct(self, tok: Token) -> PartialDate | None:
        """The date a coordinated verb phrase states once, at its end: in "the aid was flown from
        Delhi and reached the island on Monday", "rebels attacked the base and killed 13 soldiers on
        Monday" the time expression the parser hangs on the last verb dates the whole sequence. Read
        on a following conjunct with no subject of its own and the same tense as `tok`."""
        for c in tok.children:
            if (c.dep_ == "conj" and c.pos_ in {"VERB", "AUX"} and c.i > tok.i
                    and not any(g.dep_ in {"nsubj", "nsubjpass", "expl"} for g in c.children)
                    and _tense(c) == _tense(tok)):
                return self._attached(c)
        return None

    def _measured(self, tok: Token, lead: bool) -> PartialDate | None:
        """The day of a clause placed a measured span before or after a dated action: in "the attack
        came a day after Kenya accused Uganda" the accusing was the day before the attack ("hours
        after": the same day). The span is the measure phrase the parser hangs on the main verb
        ("a day", "two days", "hours"); the main verb's date is read as `for_verb` reads it and must
        be a day. None for any other clause."""
        mark = _placed_mark(tok)
        if mark is None or tok.dep_ != "advcl" or tok.head == tok:
            return None
        for m in (*tok.head.children, *tok.children, *mark.children):   # "three days" hangs on any
            if m.dep_ == "npadvmod" and m.i < mark.i and m.lemma_.lower() in _MEASURE_DAYS:
                count = 1
                if m.tag_ == "NNS":
                    num = next((c for c in m.children if c.dep_ == "nummod"), None)
                    count = _COUNTS.get(num.lower_, int(num.text) if num.text.isdigit() else 0) \
                        if num is not None else 0
                days = count * _MEASURE_DAYS[m.lemma_.lower()]
                if m.lemma_.lower() in {"day", "week"} and not 1 <= days <= 14:
                    return None
                main = self.for_verb(tok.head, lead)
                if main is None or main.precision != "day":
                    return None
                shift = timedelta(days=-days if mark.lower_ == "after" else days)
                try:
                    day = PartialDate.of(main.first_day() + shift)
                    # "two weeks after": weeks count to the month, as "a week later" and "last week" do
                    return PartialDate(day.year, day.month) if m.lemma_.lower() == "week" else day
                except OverflowError:   # before year 1 or after 9999: a mistyped year
                    return None
        return None

    def _scene(self, tok: Token) -> PartialDate | None:
        """The month of a dated event the action took part in: "gave his support in the July 15 coup
        attempt", "met during the March 3 summit" (the noun's date at month precision); or the date
        of the occasion it was done at: "killed in a raid on Monday", "said in a statement on Tuesday"
        (the date attached to the noun)."""
        for prep in tok.children:
            if prep.dep_ == "prep" and prep.lower_ in {"in", "during", "at"}:
                for obj in prep.children:
                    if obj.dep_ == "pobj" and obj.i in self.nominal:
                        d = self.nominal[obj.i]
                        return PartialDate(d.year, d.month) if d.month else d
                    if obj.dep_ == "pobj" and (day := self._attached(obj)) is not None:
                        return day    # "killed in a raid on Monday": the raid's day
        return None

    def _described(self, tok: Token) -> PartialDate | None:
        """The date of the event a quotation is an account of: in '"We stormed the camp," the
        commander said, describing Friday's raid' the quoted actions happened on Friday. Read on the
        speech verb whose complement holds `tok`, and its participle of describing or recounting with
        a dated object."""
        if not any(s <= tok.idx < e for s, e in self._quotes):
            return None
        speech = _reporting_verb(tok)
        if speech is None:
            return None
        for adv in speech.children:
            if adv.dep_ == "advcl" and adv.tag_ == "VBG" and adv.lemma_.lower() in _DESCRIBING:
                for n in (adv, *(c for c in adv.children if c.dep_ == "dobj")):
                    if n.i in self.nominal:
                        return self.nominal[n.i]
        return None

    def _dated_noun(self, tok: Token) -> PartialDate | None:
        """The date of the dated event noun an action is told of: its subject ("the 2018 deal was
        signed in Sochi", "the attack on Monday killed 13") or the noun it describes as a participle
        ("a 2018 deal agreed in Sochi")."""
        nouns = [c for c in tok.children if c.dep_ in {"nsubj", "nsubjpass"}]
        if tok.dep_ == "acl":
            nouns.append(tok.head)
        if (named := next((self.nominal[n.i] for n in nouns if n.i in self.nominal), None)) is not None:
            return named
        # "the attack on Monday killed 13 soldiers": an event noun subject with a time of its own
        if (subject := next((d for n in nouns if n.dep_ == "nsubj" and n.lemma_.lower() in _event_nouns()
                             and (d := self._attached(n)) is not None), None)) is not None:
            return subject
        # "repelled an attack on Monday", "launched an offensive on Sunday": the object is the action
        # done, unless the verb reacts to or tells of it ("condemned the attack on Monday")
        if tok.lemma_.lower() in _REACTIONS or tok.lemma_.lower() in SPEECH_VERBS:
            return None
        return next((d for n in tok.children if n.dep_ == "dobj" and n.lemma_.lower() in _event_nouns()
                     and (d := self._attached(n)) is not None), None)

    def for_quote(self, cue: Token | None, sent: Span, lead: bool = True) -> PartialDate | None:
        """When a quote was said, resolved like an event: the time expression on its speech verb
        ("said on Friday"), else the published date for a speech verb in the simple past or the
        present anywhere ("said", "says") or in the present perfect in the lead, unless it is told
        as background ("Earlier, the ministry said ..."), else none."""
        if cue is None or cue.pos_ == "NOUN":
            return None
        date = self._attached(cue)
        if date is not None:
            return date
        tense = _tense(cue)
        if tense == "present" or (tense == "perfect" and lead):
            return self.anchor
        if tense == "past":
            return self.anchor if not _background(cue) else None
        return None


# "a day later", "two days later", "the next day", "a year later": a time counted from
# another time of the story, not from the published date.
_SEQUEL = re.compile(r"\b(?:(?P<n>a|an|one|two|three|four|five|six|seven|\d{1,2})\s+(?P<unit>day|week|month|year)s?"
                     r"\s+(?P<dir>later|earlier)|the\s+(?:(?P<next>next|following)|previous|preceding)"
                     r"\s+(?P<unit2>day|morning|afternoon|evening|night|week|month|year)"
                     r"|the\s+(?P<unit3>day|week|month|year)\s+before(?!\s+(?:(?:the|a|an|his|her|its|their|last|this)\b|(?-i:[A-Z0-9])))"
                     r"|(?:(?:later|earlier)\s+)?that\s+(?:same\s+)?(?P<unit4>day|morning|afternoon|evening|night|week|month|year)"
                     r"(?![-\w]))\b",
                     re.I)


def with_sequels(doc: Doc, found: list[Timex]) -> tuple[list[Timex], set[int]]:
    """A paragraph's time expressions `found` (by `timexes`) with those counted from another of
    them (`_sequels`: "a day later", "the following year", "later that month") in place of what
    the finder read over the same words ("the next year" is not next year from the published
    date), and the token indices of the actions dated by a sequel with nothing to count from
    (dated elsewhere in the story: they take no date). Never raises."""
    unplaced: set[int] = set()
    for t in _sequels(doc, found):
        if t.head is not None and t.value is None:
            unplaced.add(t.head.i)
        found = [f for f in found if not (f.start < t.end and t.start < f.end)]
        found.append(t)
    return found, unplaced


def _sequels(doc: Doc, found: list[Timex]) -> list[Timex]:
    """The times a paragraph counts from another of its times ("signed a truce on February 28 and
    exchanged prisoners a day later"; "said on Tuesday it had signed the deal a day earlier", "the
    previous day", "the day before"; "later that month", "that same year": the same one): each is
    resolved against the nearest day before it in its sentence, outside quotations; one with no such
    day is returned without a value, since it is counted from an action told elsewhere, except "N
    days earlier", which the TIMEX finder has already counted back from the published date
    (returned as it is: not listed). Never raises."""
    out = []
    for m in _SEQUEL.finditer(doc_text(doc)):
        span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
        if span is None:
            continue
        if m["unit4"] is not None and (span[-1].dep_ == "compound" or any(
                t.lower_ == "that" and t.tag_ != "DT" for t in span)):
            continue                # "said that night raids killed ...": "that" opens a clause
        head = _attachment(span)
        unit = (m["unit"] or m["unit2"] or m["unit3"] or m["unit4"]).lower()
        back = (m["dir"] or "").lower() == "earlier" or (m["unit2"] is not None and m["next"] is None) \
            or m["unit3"] is not None
        needs = {"year": {"year", "month", "day"}, "month": {"month", "day"}}.get(unit, {"day"})
        ref = max((t for t in found if t.end <= m.start() and t.value is not None and t.value.precision in needs
                   and not t.bound and t.in_quote is None and span.sent.start_char <= t.start),
                  key=lambda t: t.start, default=None)
        value = None
        if m["dir"] is not None and m["dir"].lower() == "earlier" and (
                ref is None or any(s <= m.start() < e for s, e in _quote_bounds(doc))):
            continue                # no day before it, or said in a quotation: the finder's "ago"
        if ref is not None and ref.value is not None:
            count = _COUNTS.get((m["n"] or "one").lower()) or int(m["n"] if m["n"] and m["n"].isdigit() else 1)
            count = 0 if m["unit4"] is not None else -count if back else count   # "that year": the same
            if unit == "year":      # "a year later": the year only
                value = PartialDate(ref.value.year + count)
            elif unit == "month":   # "two months later": the month only
                month = ref.value.year * 12 + (ref.value.month or 1) - 1 + count
                value = PartialDate(month // 12, month % 12 + 1)
            else:
                try:
                    later = ref.value.first_day() + timedelta(days=count * (7 if unit == "week" else 1))
                    value = PartialDate(later.year, later.month) if unit == "week" else PartialDate.of(later)
                except OverflowError:   # before year 1 or after 9999: a mistyped year
                    value = None
            if value is not None and not 1 <= value.year <= calendar_date.max.year:
                value = None        # a year the calendar cannot hold ("9999" mistyped)
        out.append(Timex(m.start(), m.end(), m.group(), value, head, False, False, None))
    return out


def _own_tense_conjunct(tok: Token) -> bool:
    """Whether `tok` is a clause coordinated with another, with a subject of its own and another
    tense: in "a clash broke out on Monday, and the Chinese side has lodged a protest, the ministry
    said on Tuesday" the protest is not dated by the clash's Monday (it may still take the time of
    the verb both clauses hang on: the saying's Tuesday)."""
    return (tok.dep_ == "conj" and tok.head is not tok and tok.head.pos_ in {"VERB", "AUX"}
            and any(c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in tok.children)
            and _tense(tok) != _tense(tok.head))


def _occasion_of(noun: Token) -> Token | None:
    """The verb an event noun is the occasion of: in "three were killed in a strike on Monday" the
    strike happened when the killing did, so the noun takes the time expression attached to the
    verb (only an explicit one: the converse of `EventDater._scene`). Not a speech verb or one that
    reacts to the event (`_REACTIONS`: "condemned in a statement on Monday" dates the statement, not
    the event it condemns), nor one of a legal process about it (`_PROCEEDINGS`). GUIDELINES: the
    date at the precision the text supports."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in {"in", "during"} or prep.head is prep:
        return None
    verb = prep.head
    lemma = verb.lemma_.lower()
    if verb.pos_ not in {"VERB", "AUX"} or lemma in _REACTIONS or lemma in SPEECH_VERBS or lemma in _PROCEEDINGS:
        return None
    return verb


# Verbs of a legal process whose "in" names the case it is about, an earlier event: "charged on Monday
# in the killing of a journalist" dates the charge, not the killing.
_PROCEEDINGS = {"charge", "sentence", "convict", "indict", "acquit", "arrest", "detain", "question", "plead",
                "try", "jail", "imprison", "prosecute", "sue", "fine", "implicate", "accuse", "suspect",
                "clear", "extradite", "testify", "identify", "name", "hold", "book", "interrogate"}


def _placed_mark(tok: Token) -> Token | None:
    """The "after" or "before" that introduces the clause `tok` heads, if any."""
    return next((c for c in tok.children if c.dep_ == "mark" and c.lower_ in {"after", "before"}), None)


def _when_clause(tok: Token) -> bool:
    return tok.dep_ == "relcl" and any(c.lower_ == "when" for c in tok.children)


def _relative_time(tok: Token) -> bool:
    """Whether `tok` heads a relative clause set before or after the time of the phrase it modifies:
    "..., after which the West imposed sanctions", "..., before which talks had stalled". Such a
    clause does not share that phrase's date."""
    return tok.dep_ in {"relcl", "advcl"} and any(
        c.dep_ == "prep" and c.lower_ in _RELATIVE_MARKS
        and any(o.dep_ == "pobj" and o.lower_ in {"which", "that", "whom"} for o in c.children)
        for c in tok.children)


def _governor(tok: Token) -> Token:
    """The finite verb whose tense a to-infinitive shares: an infinitive has no tense of its own, so
    "has battled since 2008 to overthrow the government" is as old as "has battled", and "agreed to
    lift sanctions" as new as "agreed"; a bare infinitive coordinated with one shares its "to" ("agreed
    to cease fire and withdraw troops": the withdrawing as new as "agreed"). Other tokens are returned
    as they are."""
    for _ in range(4):
        to_infinitive = tok.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)
        if to_infinitive and tok.dep_ in {"xcomp", "advcl"} and tok.head.pos_ in {"VERB", "AUX"}:
            tok = tok.head
        elif tok.tag_ == "VB" and tok.dep_ == "conj" and tok.head.pos_ in {"VERB", "AUX"} and tok.head is not tok \
                and not any(c.dep_ in {"nsubj", "nsubjpass", "expl", "aux", "auxpass"} for c in tok.children):
            tok = tok.head
        else:
            break
    return tok


def _participle_governor(tok: Token) -> Token:
    """The verb whose scene a subjectless present participle shares: "praised him for making the
    visit", "shelled the town, firing rockets", "saw agents beating protesters" happen when the verb
    they hang on (through a preposition, an adverbial clause or the noun they describe) happens, and
    are as much background as it is. One placed "after" or "before" is not moved: it stays background
    like any clause so placed. Other tokens are returned as they are."""
    if tok.tag_ != "VBG" or any(c.dep_ in {"nsubj", "nsubjpass", "aux", "auxpass"} for c in tok.children):
        return tok
    head = tok.head
    if tok.dep_ == "pcomp" and head.pos_ == "ADP" and head.lower_ not in _RELATIVE_MARKS and head.head is not head:
        head = head.head
    elif tok.dep_ == "acl" and head.dep_ in {"dobj", "pobj", "nsubj", "nsubjpass"} and head.head is not head:
        head = head.head
        if head.pos_ == "ADP" and head.head is not head:
            head = head.head
    elif tok.dep_ not in {"advcl", "xcomp", "conj"}:
        return tok
    return head if head is not tok and head.pos_ in {"VERB", "AUX"} else tok


def _reporting_verb(tok: Token) -> Token | None:
    """The speech verb whose complement clause holds `tok` ("said the army had raided ..."), if any;
    a verb coordinated inside that clause counts too ("had raided the house and taken him away")."""
    for _ in range(3):
        if tok.dep_ == "ccomp" and tok.head.lemma_.lower() in SPEECH_VERBS:
            return tok.head
        if tok.dep_ != "conj" or tok.head is tok:
            return None
        tok = tok.head
    return None


# Speech acts told in the present tense as the day's news ("Kenya accuses Uganda of ...", "Moscow
# denies ..."): the GUIDELINES' speech acts that are events, and their near synonyms.
_SPEECH_ACTS = {"accuse", "criticize", "criticise", "condemn", "blame", "welcome", "praise", "propose", "demand",
                "threaten", "warn", "reject", "deny", "apologize", "apologise", "urge", "call", "appeal"}
# Measure phrases of "a day after", "two days before", "hours after": their length in days.
_MEASURE_DAYS = {"day": 1, "week": 7, "hour": 0, "minute": 0}
_COUNTS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
           "eight": 8, "nine": 9, "ten": 10}
# Verbs whose object event happened at another time than they did: reactions to it and reports of it
# ("condemned the attack on Monday", "investigate the clash on Monday night").
_REACTIONS = _SPEECH_ACTS | {"denounce", "protest", "investigate", "probe", "mourn", "claim", "report", "confirm",
                             "recall", "remember", "mark", "commemorate", "discuss", "review", "follow", "avenge",
                             "retaliate", "respond", "plan", "order", "approve", "authorize", "authorise", "announce"}
# Measures that keep a "before"/"after" phrase on its day: "hours after Monday's vote", "shortly before".
_SAME_DAY = {"hour", "minute", "moment", "shortly", "just", "soon", "immediately", "right"}
# Participles by which a speaker's words are told as an account of an event ("describing the raid").
_DESCRIBING = {"describe", "recount", "recall", "narrate"}
# Subordinators of a clause set before or after the one it modifies ("after Washington accused him").
_RELATIVE_MARKS = {"after", "before", "since", "until", "till", "once"}
# Adverbs that put an action before the day's news ("Armenia agreed earlier").
_EARLIER = {"earlier", "previously", "formerly", "once", "before"}


def _background(tok: Token) -> bool:
    """Whether a past action without a time expression is told as background, not as the day's news:
    a participle describing a noun ("mercenaries deployed by Ankara"), a clause placed relative to
    another ("... after Washington accused him"), or one marked as earlier ("agreed earlier")."""
    if tok.dep_ == "acl":
        return True
    if any(c.dep_ == "advmod" and c.lower_ in _EARLIER for c in tok.children):
        return True
    if _told_earlier(tok):
        return True
    cur = tok
    for _ in range(3):
        if any(c.dep_ == "mark" and c.lower_ in _RELATIVE_MARKS for c in cur.children):
            return True
        if cur.dep_ != "conj" or cur.head is cur:
            break
        cur = cur.head
    return False


def _told_earlier(tok: Token) -> bool:
    """Whether `tok` stands inside a clause whose governing verb is marked as earlier: in "Earlier,
    the ministry said the envoys were expelled because of what it called hostile conduct" the
    calling and the expelling are as old as the saying. Walks up to four heads."""
    cur = tok
    for _ in range(4):
        if cur.head == cur or cur.dep_ in {"nsubj", "nsubjpass", "dobj", "pobj", "attr"}:
            return False
        cur = cur.head
        if cur.pos_ in {"VERB", "AUX"} and any(c.dep_ == "advmod" and c.lower_ in _EARLIER for c in cur.children):
            return True
    return False


def _durative(tok: Token) -> bool:
    """A perfect of duration or habit: "has so far refused", "has long opposed", "has battled since"."""
    words = " ".join(" ".join(t.lower_ for t in c.subtree)
                     for c in tok.children if c.dep_ in {"advmod", "prep", "npadvmod"})
    return any(d in words for d in _DURATIVE) or any(c.dep_ == "prep" and c.lower_ == "since" for c in tok.children)


def _attachment(span: Span) -> Token | None:
    """The verb (or event noun) a time expression modifies."""
    for t in span:   # "until June 29, when a letter ... quashed tensions": the when-clause happened then
        for child in t.children:
            if child not in span and _when_clause(child):
                return child
    tok = span.root
    for _ in range(8):
        if tok.pos_ in {"VERB", "AUX"} and tok not in span:
            return _speech_time(span, tok)
        if tok.dep_ == "relcl" and tok.head in span:
            return tok
        if tok.pos_ == "NOUN" and tok not in span and tok.lemma_.lower() in _event_nouns():
            return tok
        if tok.head is tok:
            return tok if tok not in span else None
        # "June 29, when a letter ... quashed tensions": the when-clause happened then
        for child in tok.children:
            if child.dep_ == "relcl" and any(g.lower_ == "when" for g in child.children):
                return child
        tok = tok.head
    return None


def _speech_time(span: Span, verb: Token) -> Token:
    """The speech verb a time expression set right after it belongs to, where the parser hangs it
    on the complement clause that follows: in "Kenya said on Tuesday it would expel two diplomats"
    (no "that") "on Tuesday" is when Kenya said it, not when it expels. Read on a time expression
    standing between a speech verb and the subject of its complement clause; `verb` otherwise."""
    speech = verb.head
    if verb.dep_ != "ccomp" or speech == verb or speech.lemma_.lower() not in SPEECH_VERBS or speech.i > span.start:
        return verb
    subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass", "expl"}), None)
    between = all(t.dep_ in {"dobj", "prep", "pobj", "punct", "npadvmod", "advmod", "compound", "det", "amod"}
                  or t.i == speech.i for t in verb.doc[speech.i + 1:span.start])
    if subject is not None and span.end <= subject.i and between:
        return speech
    return verb


@functools.cache
def _event_nouns() -> frozenset[str]:
    from .events import NOUNS
    return frozenset(NOUNS)


def _is_future(tok: Token) -> bool:
    """Whether the action of `tok` lies ahead: a future auxiliary, or a complement of a verb or
    adjective of plans and expectations ("is expected to meet", "set to sign", "plans to hold")."""
    if tok.pos_ in {"NOUN", "PROPN"}:
        return tok.head.i != tok.i and tok.head.pos_ in {"VERB", "AUX"} and _is_future(tok.head)
    if any(c.lower_ in FUTURE_AUX for c in tok.children):
        return True
    if tok.lemma_ in {"schedule", "slate", "set", "due", "plan", "expect"} and tok.tag_ == "VBN" and (
            tok.lemma_ != "set" or any(c.lower_ in {"for", "to"} for c in tok.children)) and (
            tok.lemma_ != "expect" or not any(c.dep_ in {"aux", "auxpass"} and c.tag_ == "VBD"
                                              for c in tok.children)):
        return True   # "talks are scheduled for Tuesday", "a vote is expected in May", "set to meet";
                      # not "the record set on Aug. 6", nor "results were (had been) expected on Monday"
    if _irrealis_infinitive(tok):
        return True
    head = tok.head
    for _ in range(3):
        if tok.dep_ not in {"xcomp", "ccomp", "acomp"} or head is tok:
            break
        if head.lemma_ in _FUTURE_HEADS or any(c.lower_ in FUTURE_AUX for c in head.children):
            return True
        # "is to visit": be + to-infinitive
        if head.lemma_ == "be" and any(c.lower_ == "to" for c in tok.children):
            return True
        tok, head = head, head.head     # "would be ready to leave": through the adjective to "would"
    return False


# Words by which a to-infinitive describing a noun tells of what was done, not of what lies ahead
# ("the first leader to visit", "the last to leave").
_FACTUAL_INFINITIVE_HEADS = {"first", "last", "only", "second", "third", "latest", "next"}
# Nouns whose to-infinitive tells of what was done or not done, not of what is intended ("Kenya's
# failure to pay its debts in January", "the move to expel envoys on Monday").
_DONE_INFINITIVE_NOUNS = {"failure", "refusal", "decision", "move", "attempt", "effort", "bid", "step"}


def _irrealis_infinitive(tok: Token) -> bool:
    """Whether `tok` is a to-infinitive describing a noun, which tells of an action still ahead of
    that noun's time: "an agreement to acquire the bank in January", "guidelines to be published in
    November", "a plan to hold talks on Monday" (TimeML reads such infinitives as irrealis: the
    action is intended, not done). Not "the first leader to visit on Saturday", which tells of a
    visit made, nor "the failure to pay in January", "the decision to close the border on Monday"."""
    if tok.dep_ != "acl" or tok.tag_ not in {"VB", "VBN"} or tok.head is tok:     # "to be published"
        return False
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
        return False
    noun = tok.head
    return not (noun.lower_ in _FACTUAL_INFINITIVE_HEADS or noun.lemma_.lower() in _DONE_INFINITIVE_NOUNS
                or any(c.lower_ in _FACTUAL_INFINITIVE_HEADS or c.tag_ == "JJS" for c in noun.children))


def _tense(tok: Token) -> str:
    if tok.pos_ not in {"VERB", "AUX"} and tok.head is not tok and tok.head.pos_ in {"VERB", "AUX"}:
        return _tense(tok.head)      # "is deeply opposed", "was ready": the verb's tense
    auxes = [c for c in tok.children if c.dep_ in {"aux", "auxpass"}]
    if _shares_auxiliary(tok, auxes):
        return _tense(tok.head)      # "have forced troops out, suspended media and demanded ..."
    lowers = {a.lower_ for a in auxes}
    if lowers & {"had", "'d"} and tok.tag_ == "VBN":
        return "pluperfect"
    if lowers & {"has", "have", "'ve"}:
        return "perfect"
    if lowers & FUTURE_AUX or _is_future(tok):
        return "future"
    if tok.tag_ in {"VBZ", "VBP"} or lowers & {"is", "are", "am"}:
        return "present"
    if tok.tag_ == "VBG" and not lowers & {"was", "were"}:
        return _tense(tok.head) if tok.head.i != tok.i and tok.head.pos_ in {"VERB", "AUX"} else "present"
    return "past"


def _shares_auxiliary(tok: Token, auxes: list[Token]) -> bool:
    """Whether `tok` is a verb coordinated with another whose auxiliary it shares, having no subject
    or auxiliary of its own: "had raided the house and taken him away" is pluperfect as a whole, "will
    meet and sign" future. (The tagger often reads such a participle as a past tense, VBD.)"""
    return (tok.dep_ == "conj" and not auxes and tok.head is not tok and tok.head.pos_ in {"VERB", "AUX"}
            and not any(c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in tok.children)
            and (tok.tag_ != "VBD" or _first_conjunct_has_auxiliary(tok)))


def _first_conjunct_has_auxiliary(tok: Token) -> bool:
    """Whether the first verb of the coordination `tok` stands in has an auxiliary to share: "has
    expelled traders, suspended stations and demanded ..." does, "says it is a hostile act and
    reiterated its support" does not (a past tense form coordinated with a bare present is past)."""
    for _ in range(6):
        if tok.dep_ != "conj" or tok.head is tok:
            break
        tok = tok.head
    return any(c.dep_ in {"aux", "auxpass"} for c in tok.children)


def _pluperfect(tok: Token) -> bool:
    return _tense(tok) == "pluperfect"
