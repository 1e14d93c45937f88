"""One document in, one Article out: clean, date, parse, then actors, quotes and events.

The order matters: actors first (a surname in the headline needs the full name from the body),
then quotes paragraph by paragraph (their speakers feed "he said" and "we" inside later quotes),
then events with dates resolved against the article's date and the time the text last named.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Iterator

from spacy.tokens import Doc, Token

from . import gazetteer as gz
from .actors import ActorBook, Context
from .clean import Cleaned, clean
from .dates import PartialDate, find_time_expressions, resolve
from .events import MUTUAL, FoundEvent, find_events, place_candidates, target_candidates
from .institutions import collective_pair, envoy_country, home_country, military_actor, resolve_unnamed
from .model import Article, Event, Quote, Sentence, SourceDoc
from .nlp import load_nlp
from .published import find_published
from .quotes import find_quotes

FUTURE_AUX = {"will", "would", "shall", "'ll"}


def prepare(doc: SourceDoc) -> tuple[Cleaned, str | None, str | None]:
    """Clean a document and find its date: metadata first, else the text's own evidence."""
    cleaned = clean(doc.raw, doc.title)
    if doc.published:
        return cleaned, doc.published, doc.published_how or "metadata"
    found = find_published(cleaned.lines, cleaned.lead_line)
    return cleaned, (found.date.iso() if found.date else None), found.how


# spaCy's working memory grows with the text of a batch (about 3 MB per 1,000 characters), so a batch
# holds at most this much text: 64 ordinary paragraphs, fewer long ones.
BATCH_CHARS = 50_000


def extract_many(docs: Iterable[SourceDoc], batch_size: int = 64) -> Iterator[Article]:
    """Articles from documents, parsing the paragraphs of each in batches of bounded size."""
    nlp = load_nlp()
    prepared = ((d, *prepare(d)) for d in docs)
    for doc, cleaned, published, how in prepared:
        longest = max((len(p.text) for p in cleaned.paragraphs), default=1)
        batch = max(1, min(batch_size, BATCH_CHARS // max(longest, 1)))
        parsed = list(nlp.pipe((p.text for p in cleaned.paragraphs), batch_size=batch))
        yield build_article(doc, cleaned, published, how, parsed)


def extract(doc: SourceDoc) -> Article:
    return next(extract_many([doc]))


class _Dater:
    """Dates for events and quotes: a time expression attached to the verb, else one inherited
    from the verb it depends on, else the time the text last named (past tense), else the
    article's date for the lead's news of the day."""

    def __init__(self, published: str | None):
        self.anchor = PartialDate.parse(published) if published else None
        self.discourse: PartialDate | None = None
        self.own: dict[int, PartialDate] = {}       # token index -> date attached to that verb/noun
        self.nominal: dict[int, PartialDate] = {}   # dates used as noun modifiers ("the July 15 coup")

    def paragraph(self, doc: Doc) -> None:
        self.own, self.nominal = {}, {}
        self._last_own: dict[int, PartialDate] = {}    # sentence start -> its last dated verb's date
        self._first_any: dict[int, PartialDate] = {}   # sentence start -> its first date, nominal first
        for expr in find_time_expressions(doc.text):
            span = doc.char_span(expr.start, expr.end, alignment_mode="expand")
            if span is None:
                continue
            after = doc[span.end] if span.end < len(doc) else None
            noun_modifier = after is not None and after.pos_ in {"NOUN", "PROPN"} and after.ent_type_ != "DATE" and not span.text.endswith("'s")
            possessive = span.text.endswith(("'s", "’s"))
            head = _attachment(span)
            if head is None:
                continue
            date = resolve(expr.text, self.anchor, future=_is_future(head))
            if date is None:
                continue
            if noun_modifier or possessive:
                if noun_modifier and date.precision == "day":
                    date = PartialDate(date.year, date.month)
                self.nominal.setdefault(head.i, date)
            else:
                self.own.setdefault(head.i, date)
        # per sentence, so that a paragraph with thousands of dates is not searched once per sentence
        for i, d in self.own.items():
            self._last_own[doc[i].sent.start] = d
        for i, d in {**self.nominal, **self.own}.items():
            self._first_any.setdefault(doc[i].sent.start, d)

    def sentence_done(self, sent) -> None:
        if sent.start in self._last_own:
            self.discourse = self._last_own[sent.start]

    def for_verb(self, tok: Token, lead: bool) -> PartialDate | None:
        cur = tok
        for _ in range(4):
            if cur.i in self.own:
                date = self.own[cur.i]
                if cur is not tok and _pluperfect(tok) and cur.dep_ != "conj":
                    return PartialDate(date.year)
                return date
            if cur.dep_ in {"xcomp", "conj", "advcl", "ccomp", "relcl"} and cur.head is not cur:
                cur = cur.head
            else:
                break
        if tok.i in self.nominal:
            return self.nominal[tok.i]
        if tok.pos_ == "NOUN":
            return None
        tense = _tense(tok)
        if tense == "present":
            return None
        if tense == "perfect":
            return self.anchor if lead else None
        if tense == "pluperfect":
            base = self.discourse or self.anchor
            return PartialDate(base.year) if base else None
        if self.discourse:
            return self.discourse
        return self.anchor if lead else None

    def for_quote(self, cue: Token | None, sent) -> PartialDate | None:
        if cue is None or cue.pos_ == "NOUN":
            return None
        if cue.i in self.own:
            return self.own[cue.i]
        if sent.start == sent.sent.start and sent.end == sent.sent.end:     # a whole sentence
            first = self._first_any.get(sent.start)
        else:
            first = next((d for i, d in {**self.nominal, **self.own}.items() if sent.start <= i < sent.end), None)
        return first or self.discourse or self.anchor


def _attachment(span) -> Token | None:
    """The verb (or event noun) a time expression modifies."""
    tok = span.root
    for _ in range(8):
        if tok.pos_ in {"VERB", "AUX"} and tok not in span:
            return tok
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


def _event_nouns():
    from .events import NOUNS
    return NOUNS


def _is_future(tok: Token) -> bool:
    if any(c.lower_ in FUTURE_AUX for c in tok.children):
        return True
    head = tok.head
    return tok.dep_ == "xcomp" and (head.lemma_ in {"due", "set", "plan", "expect"} or any(c.lower_ in FUTURE_AUX for c in head.children))


def _tense(tok: Token) -> str:
    auxes = [c for c in tok.children if c.dep_ in {"aux", "auxpass"}]
    lowers = {a.lower_ for a in auxes}
    if lowers & {"had", "'d"} and tok.tag_ == "VBN":
        return "pluperfect"
    if lowers & {"has", "have", "'ve"}:
        return "perfect"
    if lowers & FUTURE_AUX:
        return "future"
    if tok.tag_ in {"VBZ", "VBP"} or lowers & {"is", "are", "am"}:
        return "present"
    if tok.tag_ == "VBG" and not lowers & {"was", "were"}:
        return _tense(tok.head) if tok.head is not tok and tok.head.pos_ in {"VERB", "AUX"} else "present"
    return "past"


def _pluperfect(tok: Token) -> bool:
    return _tense(tok) == "pluperfect"


def build_article(source: SourceDoc, cleaned: Cleaned, published: str | None, how: str | None,
                  docs: list[Doc]) -> Article:
    paragraphs = cleaned.paragraphs
    offsets = [p.start for p in paragraphs]
    body = [p.is_body for p in paragraphs]
    sentences: list[Sentence] = []
    for p, doc in zip(paragraphs, docs):
        for s in doc.sents:
            text = s.text
            lead_ws = len(text) - len(text.lstrip())
            if text.strip():
                sentences.append(Sentence(p.start + s.start_char + lead_ws, p.start + s.end_char - (len(text) - len(text.rstrip())), p.is_body))
    starts = [s.start for s in sentences]

    def sentence_of(offset: int) -> int:
        return max(0, bisect.bisect_right(starts, offset) - 1)

    book = ActorBook()
    book.collect(docs, offsets, sentence_of, body)
    context = Context(book)
    context.home = home_country(book, cleaned.dateline_place)
    dater = _Dater(published)
    quotes: list[Quote] = []
    events: list[Event] = []
    first_body = next((i for i, b in enumerate(body) if b), -1)
    reported: set[tuple[str, str | None]] = set()     # (type, source) of actions reported by a clause

    for di, (p, doc) in enumerate(zip(paragraphs, docs)):
        if not p.is_body:
            continue
        off = p.start
        dater.paragraph(doc)
        found_quotes = find_quotes(doc)
        context.quote_spans = []
        for q in found_quotes:
            speaker = _speaker(book, q.speaker_token, di, off, sentence_of, context)
            if speaker is None and len(q.text.split()) <= 4:
                continue  # a quoted label nobody is known to have said is a scare quote
            if q.direct:
                context.quote_spans.append((q.start, q.end, speaker))
            sent = doc.char_span(q.start, q.end, alignment_mode="expand")
            date = dater.for_quote(q.cue_token, (sent or doc[:]).sent if sent is not None else doc[:])
            quotes.append(Quote(speaker, q.text, q.direct, q.cue, sentence_of(off + q.start),
                                off + q.start, off + q.end, date.iso() if date else None))
            if speaker:
                context.last_speaker = speaker
                if book.actor(speaker).type == "person":
                    context.last_person = speaker
        events_of: dict[int, list[FoundEvent]] = {}     # sentence start -> its events, in order
        for ev in find_events(doc):
            events_of.setdefault(ev.verb.sent.start, []).append(ev)
        for sent in doc.sents:
            for ev in events_of.get(sent.start, ()):
                _attach_actors(ev, book, di, off, sentence_of, context)
                if ev.speculative or (ev.source_key is None and not (ev.passive_no_agent and ev.type in AGENT_FROM_ARTICLE)):
                    continue
                if ev.verb.pos_ == "NOUN":
                    # a nominal mention restating an action a clause reported ("Ottawa's expulsion of
                    # ..." after "Canada expelled ...") is not another event
                    if (ev.type, ev.source_key) in reported:
                        continue
                else:
                    reported.add((ev.type, ev.source_key))
                date = dater.for_verb(ev.verb, lead=(di == first_body))
                start, end = sent.start_char, sent.end_char
                t_start = min(t.idx for t in ev.trigger_tokens)
                t_end = max(t.idx + len(t) for t in ev.trigger_tokens)
                events.append(Event(ev.type, ev.source_key, ev.target_key, ev.trigger,
                                    sentence_of(off + sent.start_char), off + start, off + end,
                                    off + t_start, off + t_end, date.iso() if date else None))
            _update_context(sent, book, di, off, sentence_of, context)
            dater.sentence_done(sent)

    events = _agents_from_article(events)
    actors, mentions = book.as_records()
    used = {m.actor_key for m in mentions} | {e.source for e in events} | {e.target for e in events} | {q.speaker for q in quotes}
    actors = {k: a for k, a in actors.items() if k in used}
    return Article(
        path=source.path, file=source.file, content_hash=source.content_hash, text=cleaned.text,
        title=cleaned.title, outlet=source.outlet or cleaned.outlet, url=source.url,
        published=published, published_how=how, sentences=sentences, actors=actors,
        mentions=mentions, events=_dedupe_events(events), quotes=_dedupe_quotes(quotes),
    )


def _speaker(book: ActorBook, tok: Token | None, di: int, off: int, sentence_of, context: Context) -> str | None:
    if tok is None:
        return None
    if tok.lower_ in {"he", "she"}:
        return context.last_speaker if context.last_speaker and book.actor(context.last_speaker).type == "person" else context.last_person
    return book.resolve(tok, di, off, sentence_of(off + tok.idx), context)


ROLE_NOUNS = {"president", "minister", "ambassador", "envoy", "spokesman", "spokeswoman", "chancellor",
              "premier", "secretary", "commissioner", "general", "commander", "chief"}


def _role_fits(tok: Token, actor) -> bool:
    """A bare title resolved to a person must match that person's role: "the U.S. ambassador" is not
    the president named before, "the Indian Foreign Minister" not the Prime Minister."""
    if tok.pos_ not in {"NOUN", "PROPN"} or tok.ent_type_ == "PERSON" or tok.lower_ not in ROLE_NOUNS \
            or actor is None or actor.type != "person" \
            or not actor.role:
        return True
    words = {c.lower_ for c in tok.lefts if c.dep_ == "compound" and c.pos_ in {"NOUN", "PROPN"}
             and not gz.country_by_name(c.text)} | {tok.lower_}
    role = actor.role.lower()
    return all(w in role for w in words)


def _attach_actors(ev: FoundEvent, book: ActorBook, di: int, off: int, sentence_of, context: Context) -> None:
    def res(tok: Token | None) -> str | None:
        if tok is None:
            return None
        sentence = sentence_of(off + tok.idx)
        key = military_actor(book, tok, di, off, sentence) or book.resolve(tok, di, off, sentence, context)
        if key is not None and not _role_fits(tok, book.actor(key)):
            key = None
        return key or resolve_unnamed(book, tok, di, off, sentence, getattr(context, "home", None))

    src_tok = ev.source
    pair = collective_pair(book, src_tok) if src_tok is not None else None
    ev.source_key = pair[0] if pair else res(src_tok)
    speaker = book.actor(ev.source_key)
    if ev.speaker_agent and speaker is not None and speaker.type == "person":
        # "Prime Minister Filip said five diplomats were declared persona non grata": his state did it
        country = gz.country_by_iso3(speaker.country) if speaker.country else None
        ev.source_key = book._add(country.name, "country", country.iso3) if country else None
    if ev.source_key is None and src_tok is not None:
        # "Rebel backer Turkey", "a Russian delegation": the phrase's own names first
        for t in sorted(src_tok.children, key=lambda t: t.dep_ != "appos"):   # "NATO ally the United States"
            if t.dep_ in {"compound", "amod", "appos", "poss", "nmod"}:
                ev.source_key = res(t)
                if ev.source_key:
                    break
    if ev.source_key is None and src_tok is not None:
        # "negotiators from the government and Renamo", "officials of Mozambique": who they speak for
        for p in src_tok.children:
            if p.dep_ == "prep" and p.lower_ in {"from", "of", "for"}:
                pobj = next((g for g in p.children if g.dep_ == "pobj"), None)
                if pobj is not None:
                    ev.source_key = res(pobj)
                    if ev.source_key and (ev.mutual or ev.verb.lemma_.lower() in MUTUAL) and ev.mutual_with is None:
                        ev.mutual_with = next((g for g in pobj.children if g.dep_ == "conj"), None)
                    break
    if ev.source_key is None and src_tok is not None:
        for t in src_tok.subtree:
            if t.dep_ in {"compound", "amod", "appos", "poss"}:
                ev.source_key = res(t)
                if ev.source_key:
                    break
    conj = next((c for c in src_tok.children if c.dep_ == "conj"), None) if src_tok is not None else None
    conj = conj if conj is not None else ev.mutual_with
    for cand in target_candidates(ev):
        key = envoy_country(book, cand, di, off, sentence_of(off + cand.idx)) or res(cand)
        if key and key != ev.source_key:
            ev.target_key = key
            break
    if ev.target_key is None and ev.type == "ASSAULT":
        for cand in place_candidates(ev):
            key = res(cand)
            actor = book.actor(key)
            if actor is not None and actor.type == "country" and key != ev.source_key:
                ev.target_key = key
                break
    if conj is not None and res(conj) is None:
        # "Mozambique's government and former rebel movement Renamo": the name inside the phrase
        conj = next((t for t in conj.subtree if t.dep_ in {"compound", "appos"} and res(t)), conj)
    if ev.target_key is None and conj is not None and (ev.mutual or ev.verb.lemma_.lower() in MUTUAL | {"rebuild", "hold", "meet"}):
        ev.target_key = res(conj)
    if ev.target_key is None and conj is not None and ev.type in {"CONSULT", "AGREE", "COOPERATE"}:
        ev.target_key = res(conj)
    if pair and ev.target_key in {None, pair[0]}:
        ev.target_key = pair[1]     # "both sides agreed": one mutual record
    if ev.target_key == ev.source_key:
        ev.target_key = None


def _update_context(sent, book: ActorBook, di: int, off: int, sentence_of, context: Context) -> None:
    person_subject = False
    for tok in sent:
        key = book.key_at(di, tok)
        if key is None:
            continue
        actor = book.actor(key)
        if tok.dep_ in {"nsubj", "nsubjpass"} or (tok.head.dep_ in {"nsubj", "nsubjpass"} and tok.dep_ in {"compound", "poss"}):
            context.saw(key)
            person_subject |= actor.type == "person"
    if not person_subject:
        for tok in sent:
            key = book.key_at(di, tok)
            if key and book.actor(key).type == "person":
                context.last_person = key
                context.recent.append(key)


# Agentless passives ("Suu Kyi was arrested") take the one actor the article names doing that kind of
# act ("the army had raided ..."); with no such actor, or several, they give no event.
AGENT_FROM_ARTICLE = {"COERCE", "SANCTION"}


def _agents_from_article(events: list[Event]) -> list[Event]:
    doers: dict[str, set[str]] = {}
    for e in events:
        if e.source is not None:
            doers.setdefault(e.type, set()).add(e.source)
    out = []
    for e in events:
        if e.source is None:
            agents = doers.get(e.type, set()) - {e.target}
            if len(agents) != 1:
                continue
            e.source = next(iter(agents))
        out.append(e)
    return out


def _dedupe_events(events: list[Event]) -> list[Event]:
    seen, out = set(), []
    for e in events:
        k = (e.sentence, e.type, e.source, e.target, e.trigger)
        if k not in seen:
            seen.add(k)
            out.append(e)
    return out


def _dedupe_quotes(quotes: list[Quote]) -> list[Quote]:
    seen, out = set(), []
    for q in quotes:
        k = " ".join(q.text.lower().split())
        if k not in seen:
            seen.add(k)
            out.append(q)
    return out
