"""One document in, one Article out: clean, date, parse, then actors, quotes and events.

The order matters: actors first (a surname in the headline needs the full name from the body),
then quotes paragraph by paragraph (their speakers feed "he said" and "we" inside later quotes),
then events, dated by the time expressions of their own sentences (timex.py).
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Iterator

from spacy.tokens import Doc, Token

from .actors import ActorBook, Context
from .clean import Cleaned, clean
from .events import MUTUAL, FoundEvent, find_events, target_candidates
from .model import Article, Event, Quote, Sentence, SourceDoc
from .nlp import load_nlp
from .published import find_published
from .quotes import find_quotes
from .timex import LEAD_PARAGRAPHS, EventDater


def prepare(doc: SourceDoc) -> tuple[Cleaned, str | None, str | None]:
    """Clean a document and find its date: metadata first, else the text's own evidence."""
    cleaned = clean(doc.raw, doc.title)
    if doc.published:
        return cleaned, doc.published, doc.published_how or "metadata"
    found = find_published(cleaned.lines, cleaned.lead_line, [p.text for p in cleaned.body])
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
    dater = EventDater(published)
    quotes: list[Quote] = []
    events: list[Event] = []
    lead = [i for i, b in enumerate(body) if b][:LEAD_PARAGRAPHS]   # a caption may stand first

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
            date = dater.for_quote(q.cue_token, (sent or doc[:]).sent if sent is not None else doc[:], di in lead)
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
                if ev.source_key is None or ev.speculative:
                    continue
                date = dater.for_verb(ev.verb, lead=(di in lead))
                start, end = sent.start_char, sent.end_char
                t_start = min(t.idx for t in ev.trigger_tokens)
                t_end = max(t.idx + len(t) for t in ev.trigger_tokens)
                events.append(Event(ev.type, ev.source_key, ev.target_key, ev.trigger,
                                    sentence_of(off + sent.start_char), off + start, off + end,
                                    off + t_start, off + t_end, date.iso() if date else None))
            _update_context(sent, book, di, off, sentence_of, context)
            dater.sentence_done(sent)

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


def _attach_actors(ev: FoundEvent, book: ActorBook, di: int, off: int, sentence_of, context: Context) -> None:
    def res(tok: Token | None) -> str | None:
        return book.resolve(tok, di, off, sentence_of(off + tok.idx), context) if tok is not None else None

    src_tok = ev.source
    ev.source_key = res(src_tok)
    if ev.source_key is None and src_tok is not None:
        # "Rebel backer Turkey", "a Russian delegation including officials": try the phrase's names
        for t in src_tok.subtree:
            if t.dep_ in {"compound", "amod", "appos", "poss"}:
                ev.source_key = res(t)
                if ev.source_key:
                    break
    conj = next((c for c in src_tok.children if c.dep_ == "conj"), None) if src_tok is not None else None
    for cand in target_candidates(ev):
        key = res(cand)
        if key and key != ev.source_key:
            ev.target_key = key
            break
    if ev.target_key is None and conj is not None and ev.verb.lemma_.lower() in MUTUAL | {"rebuild", "hold"} | {"meet"}:
        ev.target_key = res(conj)
    if ev.target_key is None and conj is not None and ev.type in {"CONSULT", "AGREE", "COOPERATE"}:
        ev.target_key = res(conj)
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
