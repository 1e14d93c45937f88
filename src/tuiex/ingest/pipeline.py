"""One document in, one Article out: clean, date, parse, then actors, quotes and events.

The order matters: actors first (a surname in the headline needs the full name from the body),
then quotes paragraph by paragraph (their speakers feed "he said" and "we" inside later quotes),
then events, dated by the time expressions of their own sentences (timex.py).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Iterator

from spacy.tokens import Doc, Span, Token

from ..records import Actor, Article, Event, Quote, Sentence, SourceDoc
from ..textnorm import fold
from . import gazetteer as gz
from .actors import ActorBook, Context, described_apart, held_by
from .clean import Cleaned, Paragraph, clean_once
from .coref import (
    attributed_doer,
    fronted_clause_subject,
    head_of_office,
    in_modifier_clause,
    in_place_phrase,
    it_antecedent,
    names_no_state,
    partitive_whole,
    reported_sayer,
    several_states,
    they_antecedent,
)
from .events import (
    CROWD_NOUNS,
    MUTUAL,
    NOUNS,
    QUANTIFIERS,
    FoundEvent,
    by_agent,
    can_act,
    event_noun_owner,
    find_events,
    is_holder,
    origin_candidates,
    place_candidates,
    reported_owner,
    reporting_speaker,
    scene_candidates,
    target_candidates,
    venue_candidates,
)
from .institutions import (
    MILITARY_NOUNS,
    bare_two,
    collective_pair,
    dateline_country,
    demonym_country,
    envoy_country,
    group_phrase,
    home_country,
    military_actor,
    other_government,
    owned_actor,
    person_pair,
    qualifier_country,
    resolve_unnamed,
)
from .nlp import doc_entities, doc_text, load_nlp, parse, token_indices
from .published import find_published
from .quotes import SPEECH_VERBS, colon_sayer, find_quotes, quote_spans
from .timex import LEAD_PARAGRAPHS, EventDater


def prepare(doc: SourceDoc) -> tuple[Cleaned, str | None, str | None]:
    """Clean a document (or take the reader's cleaning of it, `doc.cleaned`) and find its date:
    metadata first, else the text's own evidence."""
    cleaned = doc.cleaned if isinstance(doc.cleaned, Cleaned) else clean_once(doc.raw, doc.title)
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
        parsed = parse(nlp, [p.text for p in cleaned.paragraphs], batch)
        yield build_article(doc, cleaned, published, how, parsed)


def extract(doc: SourceDoc) -> Article:
    return next(extract_many([doc]))


def extract_stream(docs: Iterable[SourceDoc], batch_size: int = 64
                   ) -> Iterator[tuple[SourceDoc, Article | Exception]]:
    """(document, its Article) in input order, or (document, the exception that stopped it): a failure
    costs its document only. The paragraphs of consecutive documents are parsed together, up to
    `batch_size` paragraphs and BATCH_CHARS characters a group (a document longer than that alone), in
    spaCy batches bounded as in `extract_many`: spaCy's network runs faster on a few dozen paragraphs
    than on the handful of one article, and a paragraph's parse does not depend on its batch. Reads
    ahead at most one group of documents. The model loads with the first group (never, when no
    document comes)."""
    group: list[tuple[SourceDoc, tuple[Cleaned, str | None, str | None]]] = []
    paragraphs = chars = 0
    for doc in docs:
        try:
            prepared = prepare(doc)
        except Exception as e:  # noqa: BLE001 - one odd document must not sink the others
            yield from _parse_group(group)
            group, paragraphs, chars = [], 0, 0
            yield doc, e
            continue
        size = len(prepared[0].paragraphs)
        length = sum(len(p.text) for p in prepared[0].paragraphs)
        if group and (paragraphs + size > batch_size or chars + length > BATCH_CHARS):
            yield from _parse_group(group)
            group, paragraphs, chars = [], 0, 0
        group.append((doc, prepared))
        paragraphs, chars = paragraphs + size, chars + length
    yield from _parse_group(group)


def _parse_group(group: list[tuple[SourceDoc, tuple[Cleaned, str | None, str | None]]],
                 batch_size: int = 64) -> Iterator[tuple[SourceDoc, Article | Exception]]:
    """Parse the paragraphs of a group of prepared documents in one `nlp.pipe` stream, then build each
    article. If the parse of the group fails, each document is parsed alone, so the failure stays with
    the document that causes it."""
    if not group:
        return
    nlp = load_nlp()
    texts = [p.text for _, (cleaned, _, _) in group for p in cleaned.paragraphs]
    longest = max((len(t) for t in texts), default=1)
    try:
        parsed = parse(nlp, texts, max(1, min(batch_size, BATCH_CHARS // max(longest, 1))))
    except Exception as e:  # noqa: BLE001 - narrowed down to its document below
        if len(group) == 1:
            yield group[0][0], e
        else:
            for one in group:
                yield from _parse_group([one], batch_size)
        return
    at = 0
    for doc, (cleaned, published, how) in group:
        n = len(cleaned.paragraphs)
        result: Article | Exception
        try:
            result = build_article(doc, cleaned, published, how, parsed[at:at + n])
        except Exception as e:  # noqa: BLE001 - one odd document must not sink the others
            result = e
        at += n
        yield doc, result


def build_article(source: SourceDoc, cleaned: Cleaned, published: str | None, how: str | None,
                  docs: list[Doc]) -> Article:
    paragraphs = cleaned.paragraphs
    offsets = [p.start for p in paragraphs]
    body = [p.is_body for p in paragraphs]
    sentences: list[Sentence] = []
    # each paragraph's sentences, read once: spaCy makes a new Span per sentence on each pass over
    # `doc.sents`, and `Token.sent` walks the tokens to both ends of its sentence on each call; nothing
    # changes a parsed Doc, so the list stays right for the passes below
    sents_of: list[list[Span]] = []
    for p, doc in zip(paragraphs, docs, strict=True):
        whole = doc_text(doc)
        sents_of.append(list(doc.sents))
        for s in sents_of[-1]:
            text = whole[s.start_char:s.end_char]      # s.text, without a Token object per token
            lead_ws = len(text) - len(text.lstrip())
            if text.strip():
                sentences.append(Sentence(p.start + s.start_char + lead_ws,
                                          p.start + s.end_char - (len(text) - len(text.rstrip())), p.is_body))
    starts = [s.start for s in sentences]

    def sentence_of(offset: int) -> int:
        return max(0, bisect.bisect_right(starts, offset) - 1)

    book = ActorBook()
    dateline_home = dateline_country(cleaned.dateline_place)
    book.collect(docs, offsets, sentence_of, body, dateline_home)
    context = Context(book)
    context.dateline_home = dateline_home
    context.home = home_country(book, context.dateline_home,
                                [e.text for doc, b in zip(docs, body, strict=True) if b for e in doc_entities(doc)
                                 if e.label_ == "GPE"])
    book.qualify_generic(context.home, context.dateline_home)
    book.place_bare_heads(context.dateline_home, context.home)
    dater = EventDater(published)
    quotes: list[Quote] = []
    events: list[Event] = []
    lead = [i for i, b in enumerate(body) if b][:LEAD_PARAGRAPHS]   # a caption may stand first
    running: Quote | None = None        # a quotation left open at the end of the last paragraph
    intro: str | None = None            # who the last paragraph introduced ("And from President X:")
    unmarked: str | None = None         # who the last paragraph's "X said:" introduced as its sayer
    quoted_before = False               # whether the last paragraph held a quote
    reported: set[tuple[str, str | None]] = set()     # (type, source) of actions reported by a clause
    reported_to: set[tuple[str, str | None, str | None]] = set()     # and with their targets
    authored: dict[str, str] = {}       # "announcement" -> who "announced" last: "the announcement said" is theirs
    context.authored = authored
    unnamed: list[int] = []             # indexes of the quotes "a military official" said
    anonymous_sayer: tuple[int, Token] | None = None   # (paragraph, sayer) of the last quote dropped as anonymous
    unnamed_sayer: tuple[int, Token] | None = None     # (paragraph, sayer) of the last quote of an unnamed person
    interviewee: str | None = None      # the person an interview's "Q:" paragraphs ask
    asked = False                       # whether the last paragraph was an interview's question
    interviewed = False                 # whether an interview's first question was met
    previous: Paragraph | None = None   # the last body paragraph before this one that was no question
    # a briefing transcript: some paragraph is a reporter's labelled question ("Reuters: ... ?"); only there
    # is a paragraph under a person's label their answer (not a subhead, "Biden: A president under pressure")
    transcript = any(p.is_body and _transcript_question(doc_text(doc)) for p, doc in zip(paragraphs, docs, strict=True))

    next_body = [len(cleaned.text)] * len(paragraphs)      # the start of the next body paragraph after each
    for i in range(len(paragraphs) - 2, -1, -1):
        following = paragraphs[i + 1]
        next_body[i] = following.start if following.is_body else next_body[i + 1]

    for di, (p, doc) in enumerate(zip(paragraphs, docs, strict=True)):
        if not p.is_body:
            continue
        off = p.start
        dater.paragraph(doc)
        label = _INTERVIEW_LABEL.match(doc_text(doc))
        spoken = _transcript_speaker(book, doc_text(doc), off) if label is None and transcript else None
        if label is None and spoken is None and _transcript_question(doc_text(doc)):
            label = _INTERVIEW_LABEL.match("Q: ?")      # a labelled reporter's question: as "Q:" is
        if label is not None and label.group("q"):
            # an interview's question ("Q: Will Mali reopen the border?"): the reporter's, no quote,
            # no event, no one in view; the one interviewed is the person in view before the first
            if not interviewed:
                interviewee = _interviewee(book, previous, context.last_person)
                interviewed = True
            asked = True
            continue
        previous = p
        context.tweet_signer = _tweet_signer(book, cleaned.text, p.end, next_body[di])
        if label is not None and asked and interviewee is not None:
            # its answer ("A: Not at this time."): the interviewee's words, a direct quote however short
            start, end = label.end(), len(doc_text(doc).rstrip())
            quotes.append(Quote(interviewee, doc_text(doc)[start:end], True, "A:", sentence_of(off + start),
                                off + start, off + end, None))
            quoted_before = True
        asked = False
        found_quotes = find_quotes(doc)
        if spoken is not None:
            # a transcript's labelled answer: the paragraph is the labelled person's words, one direct quote
            # (no reported clause inside it is anyone else's quote)
            whole = doc_text(doc)
            start, end = spoken[1], len(whole.rstrip())
            quotes.append(Quote(spoken[0], whole[start:end].rstrip("."), True, ":", sentence_of(off + start),
                                off + start, off + end, None))
            context.last_speaker = spoken[0]
            quoted_before = True
            found_quotes = []
        if unmarked is not None and not found_quotes and _sentence_like(doc) \
                and not any(m in doc_text(doc) for m in '"\u201c\u201d\u00ab\u00bb'):
            # 'Asked about it, X said: ¶ That's an irresponsible comment.': a live blog's quotation set
            # off as its own paragraph, its marks lost with the page's block quote; X's direct quote
            whole = doc_text(doc)
            start, end = len(whole) - len(whole.lstrip()), len(whole.rstrip())
            date = dater.for_quote(None, next(iter(doc.sents)), di in lead)
            quotes.append(Quote(unmarked, whole[start:end].rstrip("."), True, ":", sentence_of(off + start),
                                off + start, off + end, date.iso() if date else None))
            context.last_speaker = unmarked
            found_quotes = []
        unmarked = None
        context.quote_spans = []
        context.quote_bodies = []
        # (closed quotations only: one left open runs to the paragraph's end over its attribution,
        # '“A. B,’ the group’s spokesman X said' would hide X)
        context.quoted = [(off + q.start, off + q.end) for q in quote_spans(doc_text(doc), runs_on=True)
                          if not q.open_ended and len(doc_text(doc)[q.start:q.end].split()) >= 4]
        carried, running = running, None
        had_quote = False
        for q in found_quotes:
            if carried is not None and carried.cue is None and q.direct and not q.standalone \
                    and q.cue not in {None, "-", ":"} \
                    and not doc_text(doc)[:q.start].strip(' "“«„‘’') \
                    and (ending := _speaker(book, q.speaker_token, di, off, sentence_of, context)) is not None:
                # '“A. ¶ “B,” X said': the quotation a paragraph of its own opened ends here, with its
                # attribution; one quote, X's (not a quotation left open after a sentence of its own)
                carried.text = f"{carried.text} {q.text}"
                carried.end = off + q.end
                carried.speaker = ending
                context.quote_spans.append((q.start, q.end, carried.speaker))
                context.last_speaker = carried.speaker
                running = carried if q.open_ended else None
                carried = None
                had_quote = True
                continue
            if q.continuing_only and (carried is None or doc_text(doc)[:q.start].strip(' "“«„‘’')):
                continue    # a leading quotation before a report, with no quotation left open to go on
            if carried is not None and (q.standalone or q.open_ended or q.continued) \
                    and not doc_text(doc)[:q.start].strip(' "“«„‘’'):
                # the quotation of the last paragraph goes on here: one quote
                carried.text = f"{carried.text} {q.text}"
                carried.end = off + q.end
                context.quote_spans.append((q.start, q.end, carried.speaker))
                running = carried if q.open_ended else None
                carried = None
                had_quote = True
                continue
            relayed = _relayed_source(book, q.cue_token, di, off, sentence_of, context) \
                if not q.standalone else None
            if _outlet_speaker(q.speaker_token) and relayed is None:
                inner = _sayer_under_outlet(q.cue_token) if q.direct else None
                relayed = _speaker(book, inner, di, off, sentence_of, context) if inner is not None else None
                if relayed is None:
                    continue    # "according to the BBC": a publishing outlet is not a speaker
            speaker: str | None
            if relayed is not None:
                speaker = relayed   # "..., Dawn reported quoting the ISPR": the source the report relays
            elif q.standalone:
                speaker = intro or (context.last_speaker if quoted_before else None) \
                    or _subject_person_before(book, paragraphs, docs, di) or context.last_person
            else:
                speaker = _speaker(book, q.speaker_token, di, off, sentence_of, context)
                if q.direct:
                    speaker = _cited_person(book, q.cue_token, di) or speaker
                if q.person_only and _type_of(book, speaker) != "person":
                    continue    # 'Police arrested 40 people. "..."': no person the quotation follows
            if speaker is None and q.direct and _crowd_chant(q.speaker_token, q.cue_token):
                # 'about 300 people formed a human chain chanting, "..."': the chant is the crowd's, the
                # protesters the text named last (GUIDELINES: slogans and chants are the crowd's); a
                # crowd, not the last group of any kind ('Fans shouted "..."' is no rebel group's)
                speaker = book.last_named_before_where(off + q.start, "group", _names_crowd)
            if speaker is None and _anonymous(q.speaker_token) or _unnamed_on_request(q.speaker_token, speaker):
                anonymous_sayer = (di, q.speaker_token) if q.speaker_token is not None else anonymous_sayer
                continue  # "a witness said", "according to reports": no one to attribute it to
            if speaker is None and not q.standalone and q.speaker_token is not None \
                    and _unnamed_person(q.speaker_token):
                unnamed_sayer = (di, q.speaker_token)
            if speaker is None and len(q.text.split()) <= 4:
                continue  # a quoted label nobody is known to have said is a scare quote
            if anonymous_sayer is not None \
                    and _refers_to_anonymous(q.speaker_token, anonymous_sayer, di, speaker, book):
                continue  # 'Security sources said ... . "...," they said': still the anonymous source
            if unnamed_sayer is not None and speaker is not None \
                    and _refers_to_anonymous(q.speaker_token, unnamed_sayer, di, speaker, book):
                # '"A," one man said. ¶ "B," he said': still the man no one named, not a person
                # named before him (and a paragraph on, while "he" goes on: VOA's "A party supporter
                # says ... ¶ "...," he said. ¶ He says ...")
                speaker = None
                unnamed_sayer = (di, unnamed_sayer[1])
                if len(q.text.split()) <= 4:
                    continue
            if speaker is not None and q.speaker_token is not None \
                    and q.speaker_token.lower_ not in {"he", "she", "they", "it", "we", "i"}:
                anonymous_sayer = unnamed_sayer = None      # a named sayer since: a later pronoun is theirs
            had_quote = True
            if q.direct or not q.standalone:
                # also speech without quotation marks ("We welcome the announcement. This is good
                # news, said a spokesman"): a "we" or "I" in it or beside it is the speaker's
                context.quote_spans.append((q.start, q.end, speaker))
                spoken_for = _spokesperson_body(book, q.speaker_token, di, off, sentence_of, context) \
                    if not q.standalone and _type_of(book, speaker) == "person" else None
                if spoken_for:
                    context.quote_bodies.append((q.start, q.end, spoken_for))
            sent = doc.char_span(q.start, q.end, alignment_mode="expand")
            date = dater.for_quote(q.cue_token, (sent or doc[:]).sent if sent is not None else doc[:], di in lead)
            quotes.append(Quote(speaker, q.text, q.direct, q.cue, sentence_of(off + q.start),
                                off + q.start, off + q.end, date.iso() if date else None))
            context.last_quote_span = (off + q.start, off + q.end)
            if speaker is None and _unnamed_official(q.speaker_token):
                unnamed.append(len(quotes) - 1)
            if q.open_ended:
                running = quotes[-1]
            if speaker:
                context.last_speaker = speaker
                if q.speaker_token is not None and q.speaker_token.lower_ in AGENT_NOUNS:
                    context.last_agent = (q.speaker_token.lower_, speaker)
                    context.agents[q.speaker_token.lower_] = speaker
                if book.actors[speaker].type == "person":
                    context.last_person = speaker
                    titled = [q.speaker_token.lower_] if q.speaker_token is not None \
                        and q.speaker_token.lower_ in SPOKESPERSON_NOUNS else []
                    for title in [*_spokesperson_titles(q.speaker_token), *titled]:
                        # "spokesman X said", "X, a spokeswoman for Y, said": a later "the spokesman
                        # said" is X, not a spokesman the text quoted before
                        context.agents[title] = speaker
                    context.described.update(dict.fromkeys(_introduced_as(q.speaker_token), speaker))
                if q.cue_token is not None and q.cue_token.lemma_.lower() in _DOCUMENT_OF_VERB:
                    authored[_DOCUMENT_OF_VERB[q.cue_token.lemma_.lower()]] = speaker
        events_of: dict[int, list[FoundEvent]] = {}     # sentence start -> its events, in order
        sents = sents_of[di]
        sent_starts = [s.start for s in sents]
        for ev in find_events(doc):
            # (the start of `ev.verb.sent`, looked up among the paragraph's sentences)
            events_of.setdefault(sent_starts[bisect.bisect_right(sent_starts, ev.verb.i) - 1], []).append(ev)
        for sent in sents:
            for ev in events_of.get(sent.start, ()):
                _attach_actors(ev, book, di, off, sentence_of, context)
                if ev.quoted_judge and ev.source_key is None:
                    # '"This is illegal," the minister said': the judgement is the speaker's (or body's)
                    ev.source_key = context.body_in_quote(ev.verb) or context.speaker_in_quote(ev.verb)
                if ev.target_key is None and ev.source_key is not None and ev.type in REACTION_TYPES \
                        and _anaphoric_act(ev) is not None:
                    ev.target_key = _author_of_last_act(events, ev.source_key, sentence_of(off + ev.verb.idx),
                                                        _act_types(_anaphoric_act(ev)))
                if ev.source_key is None and (act := _anaphoric_doer(ev)) is not None:
                    # "Militants attacked a police post. The attack killed four policemen": the act's
                    # author is the one who did the last act of its kind, told just before (ACT_WINDOW)
                    ev.source_key = _author_of_last_act(events, "", sentence_of(off + ev.verb.idx), _act_types(act))
                    ev.target_key = None if ev.target_key == ev.source_key else ev.target_key
                if ev.speculative \
                        or (ev.source_key is None and not ((ev.passive_no_agent and ev.type in AGENT_FROM_ARTICLE)
                                                           or ev.ongoing)):
                    continue
                if ev.verb.pos_ == "NOUN":
                    # a nominal mention restating an action a clause reported ("Ottawa's expulsion of
                    # ..." after "Canada expelled ...") is not another event
                    # ("visiting Pristina ... on the eve of his visit to Belgrade": another party, another act)
                    if (ev.type, ev.source_key) in reported and (
                            ev.target_key is None or {(ev.type, ev.source_key, ev.target_key),
                                                      (ev.type, ev.source_key, None)} & reported_to):
                        continue
                else:
                    reported.add((ev.type, ev.source_key))
                    reported_to.add((ev.type, ev.source_key, ev.target_key))
                date = dater.for_verb(ev.verb, lead=(di in lead))
                start, end = sent.start_char, sent.end_char
                t_start = min(t.idx for t in ev.trigger_tokens)
                t_end = max(t.idx + len(t) for t in ev.trigger_tokens)
                events.append(Event(ev.type, ev.source_key, ev.target_key, ev.trigger,
                                    sentence_of(off + sent.start_char), off + start, off + end,
                                    off + t_start, off + t_end, date.iso() if date else None))
            _acting_subjects(sent, book, di, off, sentence_of, context)
            _update_context(sent, book, di, off, sentence_of, context)
            for noun, issuer in _issued_documents(sent):
                key = _resolve(book, issuer, di, off, sentence_of(off + issuer.idx), context)
                if key:
                    authored[noun] = key    # "X issued a statement": a later "the statement said" is X's
        intro = _introduced(doc, book, di) if doc_text(doc).rstrip().endswith(":") else None
        said_to = colon_sayer(doc) if intro is not None else None
        unmarked = _speaker(book, said_to, di, off, sentence_of, context) if said_to is not None else None
        quoted_before = had_quote

    _name_unnamed_officials(quotes, unnamed, book)
    events = _agents_from_article(events)
    actors, mentions = book.as_records()
    acting = {e.source for e in events} | {e.target for e in events} | {q.speaker for q in quotes}
    places = book.places_only() - acting        # countries named only as places act in no record
    mentions = [m for m in mentions if m.actor_key not in places]
    used = {m.actor_key for m in mentions} | acting
    actors = {k: a for k, a in actors.items() if k in used}
    return Article(
        path=source.path, file=source.file, content_hash=source.content_hash, text=cleaned.text,
        title=cleaned.title, outlet=source.outlet or cleaned.outlet, url=source.url,
        published=published, published_how=how, sentences=sentences, actors=actors,
        mentions=mentions, events=_dedupe_events(events), quotes=_dedupe_quotes(quotes),
    )


def _unnamed_on_request(tok: Token | None, speaker: str | None) -> bool:
    """Whether an unresolved sayer asked not to be named ("a security official, pleading anonymity,
    said", "an officer who asked not to be identified"): an anonymous source (GUIDELINES: no quote)."""
    return speaker is None and tok is not None and tok.pos_ == "NOUN" \
        and any(t.lower_ in _ANONYMITY_WORDS for t in tok.sent)


# Nouns that refer back to an unnamed source: "the official", "the source", "the officer"
_UNNAMED_SOURCE_NOUNS = {"official", "source", "officer", "diplomat"}


def _refers_to_anonymous(tok: Token | None, anonymous: tuple[int, Token], di: int, speaker: str | None,
                         book: ActorBook) -> bool:
    """Whether a pronoun sayer ("he said", "they said") or a definite noun of an unnamed source ("the
    official said", "the officer said", the anonymous sayer's own noun) stands for the anonymous
    source the text quoted last, in this paragraph or the one before, with no named sayer since:
    it agrees in number with it ("they" for "security sources", "he"/"she" for "a security
    official") and resolves to no person or body the same sentence names. ('A senior military
    source told AFP that ... . "...," the official said': still the source, AFP copy on the CAR.)"""
    if tok is None or di - anonymous[0] > 1:
        return False
    plural = anonymous[1].tag_ in {"NNS", "NNPS"}
    if tok.lower_ in {"he", "she", "they"}:
        if (tok.lower_ == "they") != plural:
            return False
    elif not (tok.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ in {"the", "this", "these"} for c in tok.children)
              and (tok.lemma_.lower() == anonymous[1].lemma_.lower() or tok.lemma_.lower() in _UNNAMED_SOURCE_NOUNS)
              and (tok.tag_ in {"NNS", "NNPS"}) == plural):
        return False
    return speaker is None or not any(book.key_at(di, t) == speaker for t in tok.sent)


def _subject_person_before(book: ActorBook, paragraphs: list[Paragraph], docs: list[Doc], di: int) -> str | None:
    """The person the body paragraph before paragraph `di` was about: the last main-clause subject
    of it that names a person ("Opposition whip X is adamant that President Y must appear ... . ¶
    "I cannot believe ..."": X, the quotation's speaker, not Y, the person it names last). None when
    it has no such subject."""
    for dj in range(di - 1, max(-1, di - 3), -1):
        if not paragraphs[dj].is_body:
            continue
        found = None
        for t in docs[dj]:
            if t.dep_ == "nsubj" and t.head.dep_ == "ROOT" and t.pos_ == "PROPN":
                key = book.key_at(dj, t)
                if key is not None and _type_of(book, key) == "person":
                    found = key
        return found
    return None


def _sentence_like(doc: Doc) -> bool:
    """Whether a paragraph reads as spoken sentences: it ends on sentence punctuation and holds a
    verb (not a heading, a list of names or a date line)."""
    whole = doc_text(doc).rstrip()
    return whole[-1:] in {".", "!", "?", "\u2026"} and any(t.pos_ in {"VERB", "AUX"} for t in doc)


def _sayer_under_outlet(verb: Token | None) -> Token | None:
    """The subject of the speech verb an outlet's report holds ('X wrote in a tweet ...: "...,"
    Mehr news agency reported', parsed with "wrote" under "reported"): the one who said the quoted
    words the outlet passes on; None when the report holds no saying with a subject."""
    if verb is None:
        return None
    for c in verb.children:
        if c.dep_ in {"ccomp", "parataxis"} and c.lemma_.lower() in SPEECH_VERBS and c.pos_ == "VERB":
            subject = next((g for g in c.children if g.dep_ == "nsubj" and g.pos_ != "PRON"), None)
            if subject is not None:
                return subject
    return None


def _relayed_source(book: ActorBook, verb: Token | None, di: int, off: int, sentence_of,
                    context: Context) -> str | None:
    """The source a report relays: "..., Dawn reported quoting the ISPR", "..., the paper reported,
    citing the release" (the release's issuer). Whoever reports, an outlet or a reporter, passes the
    words on (GUIDELINES: the speaker is who said it; an outlet is none). None for any other verb or
    with no source named."""
    if verb is None or verb.lemma_.lower() != "report":
        return None
    for _, obj in _quoting_objects(verb):
        if obj.lemma_.lower() in DOCUMENT_NOUNS:
            key = _speaker_by_noun(book, obj, di, off, sentence_of, context)
        else:
            key = book.key_at(di, obj) or _resolve(book, obj, di, off, sentence_of(off + obj.idx), context)
        if key is not None:
            return key
    return None


def _quoting_objects(verb: Token) -> Iterator[tuple[Token, Token]]:
    """(participle, its object) for each "quoting"/"citing" participle of a verb ("..., the paper
    reported, citing the release", "X stated, quoting Y")."""
    for c in verb.children:
        if c.dep_ in {"advcl", "xcomp"} and c.tag_ == "VBG" and c.lemma_.lower() in {"quote", "cite"}:
            obj = next((g for g in c.children if g.dep_ == "dobj"), None)
            if obj is not None:
                yield c, obj


def _cited_person(book: ActorBook, verb: Token | None, di: int) -> str | None:
    """The person a speech verb's participle "quoting"/"citing" names ('X stated, quoting Commissioner
    Y, "..."'): the quoted words are Y's, as the words a statement cites a minister as saying are the
    minister's (dev README 200); the indirect report stays X's. None when the participle names no
    person."""
    if verb is None:
        return None
    for participle, obj in _quoting_objects(verb):
        if any(g.dep_ == "prep" and g.lower_ == "as" for g in participle.children):
            continue
        key = book.key_at(di, obj)
        if key is not None and _type_of(book, key) == "person":
            return key
    return None


def _unnamed_person(tok: Token | None) -> bool:
    """Whether a sayer no actor stands for is one person the text does not name: a singular common
    noun with "a", "an", "one" or "another" and no name in its phrase ("one man said", "a
    farmer told AFP", "another protester said"). A "he" or "she" quoted right after is that person
    (_refers_to_anonymous), not someone named before."""
    if tok is None or tok.pos_ != "NOUN" or tok.tag_ != "NN" or any(t.pos_ == "PROPN" for t in tok.subtree):
        return False
    return any((c.dep_ == "det" and c.lower_ in {"a", "an", "another"}) or (c.dep_ == "nummod" and c.lower_ == "one")
               for c in tok.children)


def _unnamed_official(tok: Token | None) -> bool:
    """Whether a sayer no actor stands for is an official the text names only later: "a military
    official said", the headline style "..., military official says", "the region's military
    official", "the head of the regional administration said", "the commander of the eastern group
    said" (a singular _SOURCE_ROLES noun with an article, a possessor or an "of"/"for" phrase). Not one
    who asks to stay unnamed, nor a bare "the official said" (one the text has already met)."""
    if tok is None or tok.lower_ not in _SOURCE_ROLES or tok.tag_ != "NN" \
            or any(t.lower_ in _ANONYMITY_WORDS for t in tok.sent):    # "..., asking not to be named"
        return False
    dets = [c for c in tok.children if c.dep_ in {"det", "poss"}]
    if not dets or any(c.lower_ in {"a", "an"} for c in dets):
        return True     # indefinite, or the article-less headline style
    return any(c.dep_ == "poss" for c in dets) or any(
        c.dep_ == "prep" and c.lower_ in {"of", "for"} for c in tok.children)


# Singular nouns of the officials a lead quotes before naming them (wire copy names "a military
# official" or "the head of the regional administration" a few paragraphs on). Spokespersons speak
# for their body instead (GUIDELINES: institutions for collective sayers).
_SOURCE_ROLES = {"official", "officer", "commander", "head", "chief", "director"}


# Words of a source's request to stay unnamed ("on condition of anonymity", "asked not to be
# identified", "not authorised to speak")
_ANONYMITY_WORDS = {"anonymity", "anonymously", "named", "identified", "authorised", "authorized"}
# Titles of office no unnamed "official" or "officer" is later named with: the sources a lead calls
# "a military official" are officers and officials, not the leaders and ministers of the story.
_OFFICE_WORDS = {"president", "minister", "premier", "chancellor", "king", "queen", "emir", "prince", "monarch",
                 "leader", "mayor", "governor", "senator", "lawmaker", "secretary"}


def _name_unnamed_officials(quotes: list[Quote], unnamed: list[int], book: ActorBook) -> None:
    """Wire copy attributes its lead to "a military official" and names him a few paragraphs on
    ('"...," Major X told Reuters'): the first person quoted after it, within 1,500 characters (a
    few paragraphs), is that official, unless the text gave them a leader's or minister's title
    (_OFFICE_WORDS): "President X said" after "a military official said" is someone else. Quotes
    keep no speaker when none is."""
    for i in unnamed:
        later = next((q for q in quotes[i + 1:] if q.speaker and _type_of(book, q.speaker) == "person"), None)
        if later is not None and later.start - quotes[i].end < 1500 and later.speaker is not None \
                and not set(fold(book.actors[later.speaker].role or "").split()) & _OFFICE_WORDS:
            quotes[i].speaker = later.speaker


def _outlet_speaker(tok: Token | None) -> bool:
    """Whether a quote's sayer is a news outlet ("according to the BBC", "the BBC Burma service")."""
    if tok is None or tok.pos_ not in {"PROPN", "NOUN"}:
        return False
    verb = tok.head
    if verb.lemma_.lower() == "report" and verb.i < tok.i and verb.i > 0 and tok.doc[verb.i - 1].text == "," \
            and tok.pos_ == "PROPN":
        return True     # "..., reports Mizzima.": news copy inverts only an outlet's reporting, not a source's
    phrase = [t for t in tok.subtree if t.dep_ in {"compound", "flat", "nmod", "poss"} or t.i == tok.i]
    names = {tok.text, " ".join(t.text for t in phrase), *(t.text for t in phrase)}
    if any(gz.is_media(n) for n in names if n[:1].isupper()):
        return True
    # an outlet the gazetteer lacks or the text misspells ("Agence France Press", "Sky News Arabia",
    # "the Daily Monitor newspaper"): a capitalised name holding a word of a masthead, not a person's
    name = " ".join(t.text for t in phrase)
    return tok.ent_type_ != "PERSON" and tok.text[:1].isupper() and len(phrase) > 1 \
        and bool(_MASTHEAD.search(name)) and not _OFFICE.search(name) \
        or (tok.lower_ == "agency" and any(c.lower_ == "news" for c in tok.children)) \
        or (tok.lower_ in {"newspaper", "daily", "broadcaster", "tabloid"} and any(
            c.dep_ == "compound" and c.pos_ == "PROPN" for c in tok.children))


# Words of news outlets' names (mastheads, agencies, broadcasters); capitalised, whole words. Not
# "Agency" alone (a space or energy agency speaks for itself)
_MASTHEAD = re.compile(r"\b(?:News|Press|Presse|Prensa|Agence|Agencia|Television|TV|Radio|Times|Post|"
                       r"Herald|Tribune|Gazette|Journal|Telegraph|Chronicle|Daily|Newspaper)\b")
# ... unless the name is an office that speaks for its principal ("Presidential Press Service")
_OFFICE = re.compile(r"\b(?:Service|Office|Secretary|Secretariat|Department|Ministry|Council|Commission|"
                     r"Authority|Union|Club|Association|Centre|Center|Unit|Division|Bureau)\b")


# Sayers nobody can be attributed to (GUIDELINES' anonymous sources): "a witness", "family members",
# "people familiar with the matter", "analysts", "reports"
ANONYMOUS = {"witness", "witnesses", "resident", "residents", "source", "sources", "analyst", "analysts",
             "member", "members", "people", "report", "reports", "correspondent", "observer", "observers",
             "expert", "experts", "account", "accounts", "villager", "villagers", "eyewitness", "local", "locals",
             # the reporter's own question ('When the journalist remarked that ...', GUIDELINES: no
             # quote) and victims' kin ('their families told AFP', dev README 214 "Family members")
             "journalist", "journalists", "reporter", "reporters", "family", "families", "relative", "relatives"}


# Unnamed individuals news quotes without a name ("an EU diplomat said", "a senior official said")
_UNNAMED = {"diplomat", "aide", "insider", "person", "lawmaker", "adviser", "advisor"}


# Verbs of a crowd's voice, and their participles the tagger may read as nouns
_CHANTING = {"chant", "shout", "sing", "yell", "chanting", "shouting", "singing", "yelling"}


def _names_crowd(actor: Actor) -> bool:
    """Whether a group's name is headed by a crowd noun (events.CROWD_NOUNS: "demonstrators",
    "#FreeVote protesters", "the crowd")."""
    words = fold(actor.name).split()
    return bool(words) and (words[-1] in CROWD_NOUNS or words[-1].removesuffix("s") in CROWD_NOUNS)


def _crowd_chant(sayer: Token | None, cue: Token | None) -> bool:
    """Whether a quotation is a chant of a crowd the text does not name: a verb of chanting
    (_CHANTING) whose sayer is a plural common noun ("people", "demonstrators", "hundreds")."""
    return sayer is not None and cue is not None and sayer.tag_ == "NNS" and sayer.pos_ == "NOUN" \
        and (cue.lemma_.lower() in _CHANTING or cue.lower_ in _CHANTING)


def _anonymous(tok: Token | None) -> bool:
    """Whether a sayer no actor stands for is an anonymous source: "a witness", "analysts", an
    unnamed individual ("an EU diplomat"), or no sayer at all ("That seemed to indicate that ...")."""
    if tok is None:
        return False
    if tok.lower_ in {"that", "this", "which", "what"}:
        return True
    if tok.lemma_.lower() in _UNNAMED and any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in tok.children):
        return True
    head = [tok, *(c for c in tok.children if c.dep_ == "conj")]
    return any(t.lower_ in ANONYMOUS or t.lemma_.lower() in ANONYMOUS for t in head)


_QUANTITY = {"hundred", "hundreds", "thousand", "thousands", "dozen", "dozens", "score", "scores", "million",
             "millions", "crowd", "crowds", "group", "number", "some", "many"}
_COLLECTIVE_NOUNS = {"leader", "side", "country", "minister", "president", "government", "party", "delegation",
                     "neighbour", "neighbor", "nation", "rival"}
# Collective nouns that stand for a pair only with a definite or dual word ("the nations", "the two
# neighbours"; "all nations" is every nation).
_PAIR_ONLY_NOUNS = {"neighbour", "neighbor", "nation", "rival"}
# Adjectives that only describe the pair a collective noun takes up ("the neighbouring countries").
_PAIR_ADJECTIVES = {"neighbouring", "neighboring", "rival", "warring", "feuding"}


def _collective(tok: Token) -> bool:
    """"both", "the two leaders", "the sides", "both countries", "the neighbours", "the two warring
    nations": a group the text just named; not one its own phrase names or picks out ("the nations of
    the Sahel", "the nations that signed the treaty", "the neighbours, Georgia and Turkey"), nor "all
    nations" (every one, no pair)."""
    if tok.lower_ in {"both"} or bare_two(tok):
        return True
    dets = {"the", "both", "two"} if tok.lemma_.lower() in _PAIR_ONLY_NOUNS else {"the", "both", "two", "all"}
    return tok.tag_ == "NNS" and tok.lemma_.lower() in _COLLECTIVE_NOUNS and any(
        c.lower_ in dets for c in tok.children) and not any(
        (c.dep_ in {"amod", "compound", "poss"} and c.lower_ not in _PAIR_ADJECTIVES)
        or c.dep_ in {"relcl", "acl", "appos"} or (c.dep_ == "prep" and not _time_phrase(c))
        for c in tok.children)


def _parties_of(tok: Token) -> tuple[Token, Token] | None:
    """(first, second) of the coordinated parties a plural role noun speaks for: "leaders of Kenya and
    Ethiopia", "representatives of the government and the rebels", "delegations from Sudan and Chad";
    None for any other phrase. The plural stands for the parties themselves, so the first is the source
    and the second the other side of a mutual action (GUIDELINES.md: coordinated and mutual actors),
    never a person the article names elsewhere with a like role. Penn tags of the parser."""
    if tok.tag_ != "NNS" or tok.pos_ != "NOUN" or tok.lower_ in _QUANTITY:    # "thousands of A and B": A and B
        return None
    for p in tok.children:
        if p.dep_ == "prep" and p.lower_ in {"of", "from"}:
            pobj = next((g for g in p.children if g.dep_ == "pobj"), None)
            conj = next((g for g in pobj.children if g.dep_ == "conj"), None) if pobj is not None else None
            if pobj is not None and conj is not None:
                return pobj, conj
    return None


def _holder(book: ActorBook, title: Token | None, party: str | None) -> str | None:
    """The one person of the article who holds, for the country `party` names, the office a plural
    title names ("presidents of Kazakhstan and Uzbekistan" -> each country's president, "foreign
    ministers of ..." -> each one's foreign minister): GUIDELINES.md wants the most specific actor.
    None when the title is no office (TITLE_NOUNS), the party has no country, or not exactly one
    person of the article has that country and a role holding the title's words."""
    actor = book.actor(party)
    if title is None or title.lemma_.lower() not in TITLE_NOUNS or actor is None or not actor.country:
        return None
    words = [c.lower_ for c in title.lefts if c.dep_ in {"amod", "compound"}] + [title.lemma_.lower()]
    here = {m.actor_key for m in book.mentions}
    found = [k for k in here if (a := book.actor(k)) is not None and a.type == "person"
             and a.country == actor.country and a.role and all(w in a.role.lower() for w in words)]
    return found[0] if len(found) == 1 else None


def _party_source(book: ActorBook, ev: FoundEvent, title: Token, parties: tuple[Token, Token], res) -> str | None:
    """The source for a plural title of two parties (`_parties_of`): the first party, or its office
    holder (`_holder`), or the person the title itself resolves to (`res`) when that person is of one
    of the two parties' countries; sets `ev.mutual_with` to the other party for a mutual act. None
    when the first party resolves to no actor."""
    party_key = res(parties[0])
    if party_key is None:
        return None
    if ev.mutual_with is None and (ev.mutual or ev.verb.lemma_.lower() in MUTUAL):
        ev.mutual_with = parties[1]
    other_key = res(parties[1])
    titled_key = res(title)
    titled = book.actor(titled_key)
    countries = [getattr(book.actor(k), "country", None) for k in (party_key, other_key)]
    held = _holder(book, title, party_key)
    if held is None and titled is not None and titled.type == "person" and titled.country \
            and titled.country in countries:
        held = titled_key
        if titled.country == countries[1] and other_key is not None and ev.mutual_with is not None:
            ev.mutual_with = parties[0]     # the mutual record's other side is then the first party
    return held or party_key


def _resolve(book: ActorBook, tok: Token, di: int, off: int, sentence: int, context: Context) -> str | None:
    """The actor a token names, as an event's argument would get it: a country's forces first
    ("the Kenyan army" -> "Kenyan military"), then the book's rules. The speaker and author lookups
    use it too, so that a subject they resolve on the way is the same actor, not a second one."""
    return military_actor(book, tok, di, off, sentence) or book.resolve(tok, di, off, sentence, context)


def _subject_before(book: ActorBook, pronoun: Token, di: int, resolve=lambda t: None,
                    as_subject: str | None = None) -> str | None:
    """The actor a subject pronoun refers to within its paragraph: the nearest earlier subject of
    the right kind ("he", "she": a person; "it", "they": anything else). Quotes are read before the
    paragraph's sentences update the context, so the paragraph itself is searched first. An object
    pronoun is looked up as the subject pronoun `as_subject` ("According to him": "he")."""
    word = as_subject or pronoun.lower_
    person = word in {"he", "she"}
    for t in reversed(pronoun.doc[max(0, pronoun.i - 150):pronoun.i]):     # bounded: a few sentences back
        if t.dep_ not in {"nsubj", "nsubjpass"} or t.pos_ == "PRON" or t.head.dep_ != "ROOT":
            continue        # subjects of main clauses only: "ships" in "... that ships interfered" is not it
        if t.lemma_.lower() in _QUANTITY:     # "Thousands of protesters marched ... They said": the protesters
            t = next((g for c in t.children if c.dep_ == "prep" and c.lower_ == "of"
                      for g in c.children if g.dep_ == "pobj"), t)
        key = book.key_at(di, t) or resolve(t)      # a subject no rule has resolved yet ("The navy ... . It said")
        if pronoun.lower_ == "they" and key and _type_of(book, key) == "person" \
                and any(c.dep_ == "conj" and book.key_at(di, c) for c in t.children):
            return key      # "X and Y said ... . They said ...": the pair, the first named (collective speakers)
        fits = not person or book.fits_pronoun(key, word)
        if key and (_type_of(book, key) == "person") == person and fits:
            return key
        if not person:
            return None     # "it", "they": the nearest subject decides, actor or not
    return None


def _subject_in_paragraph(pronoun: Token) -> bool:
    """Whether a main clause before the pronoun in its paragraph has a subject that is no pronoun."""
    return any(t.dep_ in {"nsubj", "nsubjpass"} and t.pos_ != "PRON" and t.head.dep_ == "ROOT"
               for t in pronoun.doc[max(0, pronoun.i - 150):pronoun.i])


# Nouns by which news refers back to a named group or organisation ("the group", "the bloc")
_BODY_NOUNS = {"group", "movement", "militia", "faction", "organisation", "organization", "bloc", "alliance",
               "coalition", "watchdog", "charity"}


# The body nouns that close the names of the bodies they stand for ("Azimio la Umoja Coalition", "the
# Democratic Alliance", "Popular Front"), unlike "group" or "organisation"
_NAMED_BODY_HEADS = {"movement", "bloc", "alliance", "coalition", "faction", "militia"}


def _body_named_before(book: ActorBook, here: int, noun: str, singular: bool = True) -> str | None:
    """The group or organisation (a group first, for "group", "movement", "militia", "faction") the
    text named last before character offset `here`, for a `singular` noun not one a plural common
    noun named ("gunmen": number agreement), or None."""
    kinds = ("group", "organization") if noun in GROUP_NOUNS else ("organization", "group")
    if noun in _NAMED_BODY_HEADS:
        # "The Azimio coalition has complained ... . According to the coalition, ...": the body whose
        # name the noun heads, before any other named since (a watchdog's report in between)
        named = (book.last_named_before_where(here, kind, lambda a: noun in fold(a.name).split()) for kind in kinds)
        key = next((k for k in named if k), None)
        if key:
            return key
    for kind in kinds[:1] if noun in {"militia", "faction"} else kinds:
        # (a singular noun does not take up a crowd a plural common noun named: "gunmen", "protesters")
        key = book.last_named_before_where(here, kind, lambda a: not (singular and _plural_common_name(a.name)))
        if key:
            return key
    return None


def _joint_subject_before(book: ActorBook, tok: Token, di: int) -> list[str]:
    """The actors of the nearest joint subject earlier in the paragraph ("X and Y met in Asmara.
    Both said ..."): quotes are read before the paragraph's sentences update the context."""
    for t in reversed(tok.doc[max(0, tok.i - 150):tok.i]):
        # (or of the clause the collective sayer reports: "X and Y agreed ..., the two governments said")
        reported = t.head.dep_ in {"ccomp", "parataxis"} and t.head.head.i == tok.head.i
        if t.dep_ != "nsubj" or (t.head.dep_ != "ROOT" and not reported):
            continue
        key = book.key_at(di, t)
        pair = [k for c in t.children if c.dep_ == "conj" and (k := book.key_at(di, c)) and k != key]
        if key and pair:
            return [key, *pair]
    return []


def _introduced(doc: Doc, book: ActorBook, di: int) -> str | None:
    """The speaker a paragraph ending in a colon introduces: its last person, else its last actor."""
    keys = [k for t in doc if (k := book.key_at(di, t))]
    people = [k for k in keys if book.actors[k].type == "person"]
    return people[-1] if people else keys[-1] if keys else None


def _named_as(tok: Token) -> Token:
    """"a resident named Samir Haddad", "a farmer called Juma Otieno": a common noun whose
    participle ("named", "called") names it is that name (the oprd/dobj the parser hangs on the
    participle, a proper noun); any other token is returned unchanged. A news convention for
    sources known only by name and role. Likewise the proper noun set off by commas after a role
    noun ("the chairperson, X, said")."""
    if tok.pos_ != "NOUN":
        return tok
    for acl in tok.children:
        if acl.dep_ == "acl" and acl.lower_ in {"named", "called"}:
            name = next((c for c in acl.children if c.dep_ in {"oprd", "dobj", "attr"} and c.pos_ == "PROPN"), None)
            if name is not None:
                return name
    # "The commission's chairperson, Moussa Faki, said": the name set off after the role noun
    appos = next((c for c in tok.rights if c.dep_ == "appos" and c.pos_ == "PROPN"
                  and tok.doc[c.left_edge.i - 1].text == ","), None)
    return appos if appos is not None else tok


def _speaker(book: ActorBook, tok: Token | None, di: int, off: int, sentence_of, context: Context) -> str | None:
    """The actor key of the sayer `tok` (see _sayer); not a named body a phrase of common nouns was
    matched to when the text names it only later ("an army spokesman said" before "New People's
    Army" is named: no cataphora, _named_only_later)."""
    key = _sayer(book, tok, di, off, sentence_of, context)
    if key is not None and tok is not None and tok.tag_ == "NNS" and tok.lemma_.lower() in TITLE_NOUNS \
            and _type_of(book, key) == "person" and key not in (context.last_group or ()) \
            and key not in _joint_subject_before(book, tok, di):
        # "leaders of many parties said": several people, not the one leader in view ("the two
        # leaders" after "X and Y met" are those two, issue 12's collective speakers)
        return None
    indefinite = tok is not None and tok.pos_ == "NOUN" \
        and any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in tok.children) \
        and not any(c.pos_ == "PROPN" and c.dep_ in {"compound", "appos", "poss", "amod"} for c in tok.children)
    if key is not None and tok is not None and (indefinite or not any(t.pos_ == "PROPN" for t in tok.subtree)) \
            and _named_only_later(book, key, off + tok.right_edge.idx + len(tok.right_edge), indefinite):
        # (an indefinite description naming no one itself is new whatever place it is placed in:
        # "a military spokesman in Goma said")
        return None
    said_before = [sp for _, end, sp in context.quote_spans if tok is not None and end <= tok.idx]
    if key is not None and tok is not None and tok.lower_ in {"he", "she"} and said_before \
            and said_before[-1] is None and _named_only_later(book, key, off + tok.idx, True):
        # '"...," he added' after an unnamed sayer (the paragraph's last quote had no speaker): not a
        # person the text names only later. After a body's words ('A Foreign Ministry spokesperson
        # said ... . He said ... . Spokesperson X made the remarks') the book's reading stands.
        return None
    if key is not None and tok is not None and tok.pos_ == "NOUN" and not _collective(tok) \
            and _person_named_later_in_sentence(book, key, off + tok.right_edge.idx + len(tok.right_edge),
                                                sentence_of(off + tok.idx)):
        return None
    return key


def _person_named_later_in_sentence(book: ActorBook, key: str, here: int, sentence: int) -> bool:
    """Whether the person a title phrase was matched to is named after it in its own sentence
    ("Guinea's opposition leader called for ... elections won by incumbent Alpha Conde"): a name
    the sentence gives apart from the title, not in apposition to it (_named_as takes those), is
    another person."""
    actor = book.actor(key)
    if actor is None or actor.type != "person":
        return False
    return any(m.actor_key == key and m.start > here for m in book.mentions_in(sentence))


# What a person says or writes: "X's tweet", "X's speech"
_OWN_WORDS = {"tweet", "post", "speech", "statement", "remark", "remarks", "comment", "comments", "letter",
              "message", "interview", "address"}


def _owner_of_words_before(book: ActorBook, pronoun: Token, di: int) -> str | None:
    """The person whose words the sentence named before a "he"/"she" sayer ("It began with X's tweet,
    in which she said ...", "In X's speech, he said ..."): the owner of a tweet, speech or statement,
    when the pronoun fits them (`ActorBook.fits_pronoun`) and no other person is named between;
    else None."""
    if pronoun.lower_ not in {"he", "she"}:
        return None
    for t in reversed(pronoun.doc[pronoun.sent.start:pronoun.i]):
        key = book.key_at(di, t)
        if key is None or _type_of(book, key) != "person":
            continue
        if t.dep_ == "poss" and t.head.lemma_.lower() in _OWN_WORDS and _words_set_the_scene(t.head, pronoun) \
                and book.fits_pronoun(key, pronoun.lower_):
            return key
        return None     # (another person named nearer the pronoun)
    return None


def _words_set_the_scene(words: Token, pronoun: Token) -> bool:
    """Whether the sentence sets the pronoun's saying in the words: the object of "in"/"with" on the
    root ("In X's speech, he said", "It began with X's tweet, ..."), or the words a relative clause
    of the pronoun's opens on ("X's speech, in which she said ..."). Not when the words are what a
    clause before the sayer reacts to ("Asked about X's speech, he said", "In response to X's
    statement, he said"): the sayer is then someone else."""
    prep = words.head
    if words.dep_ == "pobj" and prep.lower_ in {"in", "with"} and prep.head.dep_ == "ROOT":
        return True
    return pronoun.i - 6 <= words.i and words.doc[pronoun.i - 1].lower_ in {"which", "where"}


def _sayer(book: ActorBook, tok: Token | None, di: int, off: int, sentence_of, context: Context) -> str | None:
    if tok is None:
        return None
    if tok.lemma_.lower() in _QUANTITY:         # "hundreds of protesters": the protesters
        of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        obj = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
        if obj is not None:
            tok = obj
    tok = _named_as(tok)
    if tok.lower_ in {"source", "sources"} and tok.pos_ == "NOUN":
        return None     # "a police source", "sources close to the ministry": anonymous (GUIDELINES), no body's
    if _collective(tok):
        joint = _joint_subject_before(book, tok, di) or context.last_group
        if joint:
            return joint[0]         # collective speakers: the first named of the group
    if tok.lower_ in {"he", "she", "it", "they"}:
        earlier = _subject_before(book, tok, di,
                                  lambda t: _resolve(book, t, di, off, sentence_of(off + t.idx), context))
        if earlier:
            return earlier
        author = _owner_of_words_before(book, tok, di)
        if author:
            return author
        collective = next((t for t in reversed(tok.doc[max(0, tok.i - 150):tok.i]) if t.dep_ == "nsubj"
                           and t.head.dep_ == "ROOT" and t.pos_ != "PRON"), None) if tok.lower_ == "they" else None
        if collective is not None and _collective(collective):
            # "the two leaders said ... . They said ...": the pair those leaders are
            joint = _joint_subject_before(book, collective, di) or context.last_group
            if joint:
                return joint[0]
        if tok.lower_ == "they" and not _subject_in_paragraph(tok) and len(context.last_group) >= 2 \
                and context.last_subject == context.last_group[0] \
                and _type_of(book, context.last_group[0]) == "person":
            # "X and Y met on Monday. ¶ They said ...": the pair the last main clause had as its
            # subject, the first named (collective speakers)
            return context.last_group[0]
        said = [sp for start, end, sp in context.quote_spans if end <= tok.idx and sp is not None]
        if tok.lower_ == "it" and said and _type_of(book, said[-1]) in {"organization", "country", "group"}:
            # "The Ministry said the TPLF is ... . It said the group is ...": the body quoted just
            # before in the paragraph, whose bare name no rule resolved as a subject
            return said[-1]
        reported = context.last_quote_span[0] <= context.last_subject_at < context.last_quote_span[1]
        if tok.lower_ == "it" and not _subject_in_paragraph(tok) and context.last_subject and not (
                reported and _type_of(book, context.last_speaker) in {"organization", "country"}) \
                and _type_of(book, context.last_subject) in {"organization", "country", "group"}:
            # (not a body that was the subject of the words last quoted: '"X has failed ...," according
            # to the embassy. ¶ "...," it said' is the embassy's)
            return context.last_subject     # "It said", a paragraph on: the body last the subject of a sentence
        if tok.lower_ == "it" and not _subject_in_paragraph(tok) and context.last_speaker \
                and _type_of(book, context.last_speaker) in {"organization", "country"}:
            # "The ministry statement said 40 officers were hurt and 55 rioters were detained. // It
            # said ...": no body the subject of a sentence since; the body last quoted
            return context.last_speaker
    if tok.lemma_.lower() in _BODY_NOUNS and any(c.lower_ == "the" for c in tok.children):
        # "The group said", "the bloc said", "the rights group said": the group or organisation named last
        body = _body_named_before(book, off + tok.idx, tok.lemma_.lower(), singular=tok.tag_ != "NNS")
        if body:
            return body
    if tok.lower_ in {"him", "her"} and tok.dep_ == "pobj" and tok.head.lower_ == "to" \
            and tok.head.head.lower_ == "according":
        # "According to him, ...": the sayer a "he" or "she" would be (the person the paragraph's
        # sentence before was about, else the person last quoted, else named), not whatever the
        # book's object-pronoun lookup finds
        pronoun = "he" if tok.lower_ == "him" else "she"
        return _subject_before(book, tok, di, lambda t: _resolve(book, t, di, off, sentence_of(off + t.idx), context),
                               pronoun) or context.person_for(pronoun, context.last_speaker)
    if tok.lower_ in {"he", "she"}:
        subject = context.last_subject
        if subject is not None and subject != context.last_speaker and _type_of(book, subject) == "person" \
                and book.fits_pronoun(subject, tok.lower_) and not _subject_in_paragraph(tok) \
                and (subject in book.gender or not any(
                    k in book.gender and book.fits_pronoun(k, tok.lower_) and k != context.last_speaker
                    for k in context.recent[-30:])):
            # (a person of unstated gender only while no one else recent is stated to fit: "she" after
            # "Ms X ... . Y defended ..." is still Ms X)
            # '"A," X said. Y welcomed the step.' then '"B," he said': the person the last sentence was
            # about (its main subject), not the one quoted before it
            return subject
        return context.person_for(tok.lower_, context.last_speaker)
    titled = _person_of_title(book, tok, di)
    if titled:
        return titled
    if tok.lower_ in AGENT_NOUNS and book.key_at(di, tok) is None and any(
            c.dep_ in {"compound", "poss"} or (c.dep_ == "prep" and c.lower_ in {"for", "of"}) for c in tok.children):
        # "a party spokesman", "a spokesman for the ministry": the body it speaks for, before any person
        key = _speaker_by_noun(book, tok, di, off, sentence_of, context)
        if key:
            return key
    if tok.lower_ in SPOKESPERSON_NOUNS and all(c.dep_ == "det" and c.lower_ in {"a", "an"}
                                                for c in tok.children if c.dep_ != "punct") \
            and context.last_subject and _type_of(book, context.last_subject) in {"organization", "group"}:
        # "Hamas fired rockets ... . A spokesman said": a bare spokesperson speaks for the body in focus
        return context.last_subject
    if tok.lemma_.lower() in _SIGN_NOUNS or (tok.lower_ == "others" and not list(tok.children)):
        # "some of the banners read ...", "while others chanted ...": the crowd the text was about
        group = _group_before(book, tok, di, off, sentence_of, context) or context.last_subject
        if group and _type_of(book, group) != "person":
            return group
    if _bare_reports(tok):
        return None     # "reports suggest ...": no author (an anonymous source, see ANONYMOUS)
    # (a person's spokesman likewise: "his spokesman said" is his, GUIDELINES via a spokesman, README 241)
    owner = next((c for c in tok.children if c.dep_ == "poss"), None) \
        if tok.lower_ in {"office", "campaign"} or tok.lower_ in SPOKESPERSON_NOUNS or tok.lower_ in _STAFF_NOUNS \
        else None
    if owner is not None:
        # "Prime Minister X's office said", "..., his office said", "President X's campaign says": the office
        # or the campaign speaks for its holder or candidate; "X's aides said", "her press team said": the
        # staff for the person they serve (as a spokesman does, dev README 241)
        holder = book.key_at(di, owner) or (book.person_named(owner.text, off + owner.idx)
                                            if owner.text[:1].isupper() and tok.lower_ in _STAFF_NOUNS else None)
        if holder is None and owner.lower_ in {"his", "her"}:
            # the person the reported clause is about ("X spoke to Y on Monday, his office said"),
            # else the subject before, else the person last named
            in_sentence = (book.key_at(di, t) for t in reversed(owner.doc[owner.sent.start:owner.i])
                           if t.dep_ in {"nsubj", "nsubjpass"})
            holder = next((k for k in in_sentence if k and _type_of(book, k) == "person"), None) \
                or _subject_before(book, owner, di) or context.person_for(
                "he" if owner.lower_ == "his" else "she", context.last_speaker)
        if holder and _type_of(book, holder) == "person":
            return holder
        if owner.lower_ == "its" and tok.lower_ in SPOKESPERSON_NOUNS and context.last_subject \
                and _type_of(book, context.last_subject) in {"organization", "group", "country"}:
            return context.last_subject     # "The X Front attacked ... . Its spokesman said": the front
    if _definite_agent(tok, epithet=True) and tok.lower_ in context.agents:
        # 'A spokesperson for the Foreign Office said ... . "...," the spokesperson added': the same one
        # (the last quoted with that noun, whoever was quoted since: "according to a police source")
        return context.agents[tok.lower_]
    if tok.lower_ in SPOKESPERSON_NOUNS and tok.lower_ in context.agents and all(
            c.dep_ == "det" and c.lower_ in {"a", "an"} for c in tok.children if c.dep_ != "punct"):
        # 'a spokesman for the interior ministry told TASS ... . "...," a spokesman said': the same body
        return context.agents[tok.lower_]
    if tok.lower_ in {"service", "office"} and any(c.lower_ == "press" and c.dep_ in {"compound", "amod"}
                                                   for c in tok.children):
        # "the police's press service said", "the presidency's press office said": its body
        owner = next((c for c in tok.children if c.dep_ == "poss"), None)
        body = _speaker(book, owner, di, off, sentence_of, context) if owner is not None else None
        if body is not None and _type_of(book, body) != "person":
            return body
    if tok.lower_ in _FIGHTER_NOUNS and all(c.dep_ == "det" and c.lower_ == "the" for c in tok.children) \
            and any(c.lower_ == "the" for c in tok.children) and book.key_at(di, tok) is None:
        # "The Kalanga Liberation Front attacked ... . The militants said": the armed group named last
        named = _group_named_before(book, off + tok.idx)
        name = book.actors[named].name if named is not None else ""
        if named is not None and name.lower() not in _FIGHTER_NOUNS and not gz.is_group_noun(name.lower()) \
                and not gz.is_group_noun(name.split()[-1].lower()):
            return named    # a named group, not one a bare noun made ("Gunmen attacked ...")
    sentence = sentence_of(off + tok.idx)
    key = _resolve(book, tok, di, off, sentence, context) or _speaker_by_noun(book, tok, di, off, sentence_of, context)
    if key is not None and tok.lower_ == "it" and _plural_common_name(book.actors[key].name):
        # "Protesters smashed cars, the ministry said. ... It said ...": "it" is no plural noun's;
        # the body last quoted, if any
        key = context.last_speaker if context.last_speaker \
            and _type_of(book, context.last_speaker) in {"organization", "country"} else None
    if key is None:
        key = _body_by_its_name(book, tok, di, off, sentence)
    if key is None and _head_of_a_name(tok):
        # "The Syrian Observatory for Human Rights reported ... . The observatory said ...", "the
        # coordination said" after the "... Resistance Committees Coordination": a definite bare
        # noun takes up the organisation or group named before whose name holds it (as "the
        # ministry" does for institution nouns, _latest_of_kind)
        key = _latest_of_kind(book, context, tok.lower_)
    if key is not None and not _portfolio_fits(tok, book.actor(key)):
        # "the defence minister said" after a defence and a foreign minister: the one with that portfolio
        key = next((k for k in [*reversed(context.recent), *book.actors]
                    if _type_of(book, k) == "person" and _portfolio_fits(tok, book.actor(k))
                    and book.actors[k].role), None)
    if key is None and _definite_agent(tok):
        # "..., the official added": the person the text just quoted or named
        key = _last_person(book, context)
    if key is None and tok.lower_ in context.described and _definite_noun(tok):
        # '"...," Kibera resident Joseph Mwangi said. ... "...," the resident said': the person the
        # text introduced with that noun when quoting them
        key = context.described[tok.lower_]
    if key is None and _described_person(tok):
        # "the 45-year-old lawyer said": of the people just named, the one with that role, else the
        # last one if the text gave them no role (a minister or a general is no "lawyer" or "mayor")
        key = _person_with_role(book, context, tok.lower_)
        if key is None and (last := _last_person(book, context)) is not None \
                and (not book.actors[last].role or tok.lower_ in _ANYONE_NOUNS):
            key = last
    if key is None and _aged(tok):
        # "The 54-year-old said": an age fits the person in view whatever their title
        key = _last_person(book, context)
    if key is None and tok.tag_ == "NN" and tok.pos_ == "NOUN" \
            and any(c.lower_ in {"the", "its"} or (c.dep_ == "poss" and qualifier_country(tok)[0] is not None)
                    for c in tok.children):
        # "the chief said", "the UN prosecutor said": one of the people just named whose role holds the
        # noun; "the top diplomat" is the foreign minister (_EPITHETS)
        epithet = next((_EPITHETS[(c.lower_, tok.lower_)] for c in tok.children if (c.lower_, tok.lower_) in _EPITHETS),
                       None)
        word = epithet or tok.lower_
        # (any of the article's people with that role, and with the words that set a title's holder
        # apart: "the former finance minister" is no finance minister named later, described_apart)
        apart = described_apart(tok)
        key = _person_with_role(book, context, word) or next(
            (k for k, a in reversed(book.actors.items())
             if a.type == "person" and a.role and word in fold(a.role).split() and held_by(a.role, apart)), None)
        if key is None and tok.lower_ in _ROLES_OF_NOUN:
            # "the Kenyan diplomat said": the person of that country (if named) whose title is a
            # diplomat's (foreign minister, ambassador, envoy), the nearest named first
            country = qualifier_country(tok)[0]
            key = next((k for k in [*reversed(context.recent), *reversed(list(book.actors))]
                        if (a := book.actor(k)) is not None and a.type == "person" and a.role
                        and set(fold(a.role).split()) & _ROLES_OF_NOUN[tok.lower_]
                        and (country is None or a.country == country.iso3)), None)
    if key is None and tok.lower_ == "officials" and not any(c.dep_ != "det" for c in tok.children):
        # bare "officials said": the state the sentence or the one before has as its subject
        # ("The Philippine government summoned ..., officials said"), else none
        subject = _author_before(book, tok, di, lambda t: _resolve(book, t, di, off, sentence_of(off + t.idx), context))
        if subject and _type_of(book, subject) == "country":
            key = subject
    if key is None and _state_outlet(tok) and (qualifier_country(tok)[0] or context.home):
        # "state media said", "state television reported": a state's outlet speaks for the state, the
        # one its phrase names ("Iranian state media") before the article's home country
        country = qualifier_country(tok)[0] or gz.country_by_iso3(context.home)
        if country is not None:
            key = book._add(country.name, "country", country.iso3)
    if key is None and tok.tag_ == "NNS" and _common_noun(tok) and not any(
            c.dep_ in {"amod", "compound", "poss"} for c in tok.children):
        # "a dozen groups said", "the groups said": the groups the text named with that noun
        # ("civil society groups"); amod/compound/poss phrases name their own body
        key = _latest_of_kind(book, context, tok.lower_)
    if key is None and _common_noun(tok):
        # "the foreign ministry in Ouagadougou said", "authorities say": the unnamed institution,
        # qualified with its country (the place named with it, else the article's home country)
        key = resolve_unnamed(book, tok, di, off, sentence, context.home)
        if key is None and context.home is None and tok.lemma_.lower() not in AGENT_NOUNS:
            # no country leads the article: "Japan protested ... . The foreign ministry said" is the
            # ministry of the country the text was just about (the last main-clause subject)
            author = _author_before(book, tok, di) or context.last_subject
            home = book.actors[author].country if author and _type_of(book, author) == "country" else None
            key = resolve_unnamed(book, tok, di, off, sentence, home) if home else None
    if key is None and _common_noun(tok):
        key = _national_body(book, tok, di, off, sentence)
    if key is None:
        key = _body_of_part(book, tok, di, off, sentence, context)
    if key is None and tok.text[:1].isupper() and tok.pos_ in {"PROPN", "NOUN"} and tok.dep_ in {"nsubj", "nsubjpass"} \
            and tok.ent_type_ not in {"ORG", "GPE", "NORP", "LOC", "FAC"}:
        # "Ruiz later told a news conference: ..." where the tagger marked no name: the person of that
        # surname (or full name) the text already named
        first = min([tok.i, *(c.i for c in tok.lefts if c.dep_ == "compound" and c.pos_ == "PROPN")])
        surname = tok.doc[first:tok.i + 1]
        key = book.person_named(surname.text, off + tok.idx)
        if key is None and tok.pos_ == "PROPN" and first == tok.i:
            # "BNP on Monday alleged that ...": an acronym the tagger named no body is one
            key = book.acronym_body(tok, di, off, sentence)
    return key


# The nouns of a part of a body, or of its members as one (_body_of_part), by lemma
_PART_NOUNS = {"chapter", "branch", "wing", "arm", "unit", "cell", "faction", "section", "division", "office",
               "committee", "council", "caucus", "bloc", "delegation", "leadership", "secretariat", "bureau",
               "executive", "headquarters", "directorate", "department", "command", "board", "panel", "organ",
               "member", "rebel", "fighter", "militant", "insurgent", "representative", "lawmaker", "legislator",
               "activist", "cadre", "youth", "women", "league", "front", "forum", "group", "team"}


def _body_of_part(book: ActorBook, tok: Token, di: int, off: int, sentence: int, context: Context) -> str | None:
    """The named organisation or group a part of it speaks for, when the part itself names no
    actor: "The Edo State Chapter of the Peoples Democratic Party said", "Rebels of the Convention
    of Patriots said", "the youth wing of the ANC said" (dev README: speakers are institutions for
    collective ones). Not a title ("the president of X" is a person) nor a named person."""
    if tok.pos_ not in {"NOUN", "PROPN"} or tok.ent_type_ == "PERSON" or tok.lower_ in TITLE_NOUNS \
            or tok.lemma_.lower() in TITLE_NOUNS or tok.lower_ in AGENT_NOUNS \
            or tok.lemma_.lower() not in _PART_NOUNS:
        return None     # (not "Victims of Boko Haram", "Opponents of the BNP": no part of the body)
    of = next((g for p in tok.children if p.dep_ == "prep" and p.lower_ == "of"
               for g in p.children if g.dep_ == "pobj" and g.pos_ == "PROPN"), None)
    if of is None:
        return None
    key = book.key_at(di, of) or _resolve(book, of, di, off, sentence, context)
    return key if _type_of(book, key) in {"organization", "group"} else None


# Plural nouns news uses to refer back to a named armed group ("the militants", "the rebels")
_FIGHTER_NOUNS = {"militants", "rebels", "insurgents", "fighters", "jihadists", "guerrillas", "separatists",
                  "gunmen", "extremists", "militiamen"}


# Modifiers that make forces or troops irregular ones ("rebel forces", "opposition fighters")
_IRREGULAR = {"rebel", "insurgent", "militant", "guerrilla", "opposition", "separatist", "militia", "jihadist"}


def _fighters(tok: Token) -> bool:
    """Whether the noun names irregular fighters: "rebels", "gunmen", or forces or troops a rebel
    modifier qualifies ("Rebel forces in the Central African Republic launched two attacks", AFP via
    France 24: the rebels, not the state they fight in)."""
    return tok.lower_ in _FIGHTER_NOUNS or any(
        c.dep_ in {"compound", "amod"} and c.lemma_.lower() in _IRREGULAR for c in tok.children)


def _head_of_a_name(tok: Token) -> bool:
    """Whether a sayer is a bare "the" + singular common noun that can take up a named body by a
    word of its name ("the observatory", "the coordination", "the forum"): not a person's title or
    a person noun ("the president" is a person's), not a state's word ("the state", "the
    government": Islamic State is no state's government), not a crowd or a document."""
    noun = tok.lower_
    return tok.pos_ == "NOUN" and tok.tag_ == "NN" and len(noun) >= 5 \
        and all(c.dep_ == "det" and c.lower_ == "the" for c in tok.children if c.dep_ != "punct") \
        and any(c.dep_ == "det" for c in tok.children) \
        and noun not in TITLE_NOUNS and noun not in PERSON_NOUNS and noun not in AGENT_NOUNS \
        and noun not in DOCUMENT_NOUNS and noun not in _NO_NAME_HEADS and gz.institution_kind(noun) != "state"


# Common nouns that name no body by a word of its name when bare ("the country said" is a state's;
# "the family said" is a victim's kin, not the "... Family Rights Association" named before)
_NO_NAME_HEADS = {"country", "state", "nation", "people", "crowd", "public", "region", "province", "city",
                  "world", "union", "republic", "kingdom", "president", "court", "family", "community"}


def _named_only_later(book: ActorBook, key: str, here: int, indefinite: bool = False) -> bool:
    """Whether a named organisation or group a common noun phrase was matched to ("the army" ->
    "New People's Army") is named only after character offset `here`, the end of the phrase: a
    common noun refers back to a body the text has named (or the phrase itself names), never ahead
    to one it names later. So does an indefinite description of a person (`indefinite`: "a military
    spokesman said" in a lead brings in someone new, not "X, a spokesman for the rebels" named
    paragraphs on; wire copy that names the official of its lead later is _name_unnamed_officials'
    case, after this); a definite title may name ahead ("the French president said ... Emmanuel
    Macron")."""
    actor = book.actor(key)
    if actor is None or actor.type not in ({"organization", "group", "person"} if indefinite
                                           else {"organization", "group"}):
        return False
    first = book.first_mention_start(key)
    return first is not None and first >= here


# Nouns of armed and political groups a name before them makes a group ("the Kalanga militia")
# GROUP_NOUNS: the head nouns of an armed or political group's own name ("the X movement")
GROUP_NOUNS = {"group", "movement", "militia", "faction"}
_GROUP_HEADS = GROUP_NOUNS | {"organisation", "organization", "coalition", "alliance", "front", "brigade", "brigades",
                              "party", "army", "rebels", "militants", "fighters"}


def _body_by_its_name(book: ActorBook, tok: Token, di: int, off: int, sentence: int) -> str | None:
    """A sayer that is a group noun after a name ("The Kalanga militia said", "the Ansar Kalanga
    group claimed"): the actor the name stands for when the text has one, else a group "<name>
    <noun>" made for it; None for a noun with no capitalised name before it or with a country's
    (a state's "army" is its military, resolved elsewhere)."""
    if tok.lemma_.lower() not in _GROUP_HEADS and tok.lower_ not in _GROUP_HEADS:
        return None
    names = [c for c in tok.lefts if c.dep_ == "compound" and c.pos_ == "PROPN" and c.text[:1].isupper()]
    if not names or qualifier_country(tok)[0] is not None \
            or any(gz.country_by_name(c.text) or gz.country_by_demonym(c.text) for c in names):
        return None
    for c in names:
        key = book.key_at(di, c)
        if key is not None and _type_of(book, key) in {"group", "organization"}:
            return key
    first = min(t.i for c in names for t in c.subtree)
    words = tok.doc[first:tok.i + 1]
    if any(not (t.text[:1].isupper() or t.i == tok.i) or t.pos_ not in {"PROPN", "NOUN"} for t in words):
        return None
    key = book._add(f"{words.text}", "group", None)
    book._mention(key, di, words, off, sentence)
    return key


# Head nouns of a state's bodies the gazetteer's institutions lack: "the Malian emergency service",
# "Nigeria's civil defence corps", "the Kenyan wildlife authority"
_BODY_HEADS = {"service", "agency", "authority", "commission", "committee", "council", "directorate",
               "department", "bureau", "corps", "inspectorate", "office", "institute", "board"}


def _national_body(book: ActorBook, tok: Token, di: int, off: int, sentence: int) -> str | None:
    """A sayer that is a state body the text names by country and function, not by name ("The Malian
    emergency service said", "Kenya's wildlife authority said"): an organisation "<demonym> <words>"
    of that country, made when missing (the words are the noun and the lower-case nouns before it).
    None for any other phrase (a bare "the agency", a named body, "an agency")."""
    if tok.tag_ != "NN" or tok.lower_ not in _BODY_HEADS:
        return None
    country, qualifier = qualifier_country(tok)
    mods = [c for c in tok.lefts if c.dep_ in {"compound", "amod"} and (qualifier is None or c.i != qualifier.i)]
    words = [t for t in tok.doc[min((m.left_edge.i for m in mods), default=tok.i):tok.i]
             if qualifier is None or t.i != qualifier.i]     # "civil protection": the modifier's own modifiers
    if country is None or not words or any(not w.text.islower() or not w.is_alpha for w in words) \
            or any(c.dep_ == "det" and c.lower_ not in {"the"} for c in tok.children):
        return None
    demonym = country.demonyms[0] if country.demonyms else country.name
    name = f"{demonym} {' '.join(w.lower_ for w in words)} {tok.lower_}"
    key = book._add(name, "organization", country.iso3)
    first = min([w.i for w in words] + ([qualifier.i] if qualifier is not None else []))
    book._mention(key, di, tok.doc[first:tok.i + 1], off, sentence)
    return key


def _interviewee(book: ActorBook, before: Paragraph | None, last_person: str | None) -> str | None:
    """The person an interview's answers are given by: the one person the paragraph before its first
    question names ("Reporters asked Finance Minister X on Monday."), else, when it names none, the
    last person in view; None when it names two or more ("... questioned minister X and governor Y":
    a transcript of several speakers, whose "A:" could be either's)."""
    if before is None:
        return last_person
    named = {m.actor_key for m in book.mentions if before.start <= m.start < before.end
             and _type_of(book, m.actor_key) == "person"}
    if len(named) > 1:
        return None
    return next(iter(named), last_person)


# An interview's question or answer paragraph: "Q: ...", "Question: ...", "A: ...", "Answer - ..." (not
# "Q." or "A.": initials)
_INTERVIEW_LABEL = re.compile(r"\s*(?:(?P<q>Q|Question)|A|Answer)\s*[:\-–—]\s+(?=\S)")
# A transcript's speaker label opening a paragraph ("Mao Ning: We have noted ...", "Reuters
# reporter: ... ?"): a name or a short label of at most four words (an all-capital one, "MS. X:",
# is taken for a dateline by the cleaner and never seen here)
_TRANSCRIPT_LABEL = re.compile(r"\s*(?P<name>[A-Z][\w.'’-]*(?: [\w.'’-]+){0,3})\s*:\s+(?=\S)")


def _transcript_speaker(book: ActorBook, text: str, at: int) -> tuple[str, int] | None:
    """The person a transcript's label names, and where the words after the label start: "Mao
    Ning: We have noted ..." after "spokesman Mao Ning hosted a press conference" (transcripts of
    foreign ministries' briefings, seen on two Chinese pages: the label is the speaker, the
    paragraph their words, GUIDELINES: a direct quote of the speaker). Only a person the text named before (its
    full name or surname); None for other labels."""
    m = _TRANSCRIPT_LABEL.match(text)
    if m is None:
        return None
    name = m.group("name")
    key = book.person_named(name, at)
    return (key, m.end()) if key is not None and _type_of(book, key) == "person" else None


def _transcript_question(text: str) -> bool:
    """Whether a paragraph is a reporter's question under a transcript label ("Reuters: ... What is
    China's comment?", "The Paper: ... What's your comment?"): a label of at most four words, and the
    paragraph ends with a question mark (GUIDELINES: reporters' questions are no quotes)."""
    m = _TRANSCRIPT_LABEL.match(text)
    # not a quotation opened after a sayer's colon ('Khan told the crowd: “Why should the nation pay ...?',
    # a quotation the next paragraph goes on with): the sayer's words, not a reporter's question
    return m is not None and text.rstrip().endswith("?") and text[m.end():m.end() + 1] not in _OPENING_MARKS


def _plural_common_name(name: str) -> bool:
    """Whether an actor's name ends in a plural common noun ("55 protesters", "Iraqi protesters",
    "gunmen"): a
    group a bare noun made, which "it" cannot refer to (number agreement). Names end capitalised
    ("United Nations", "Philippines")."""
    last = name.split()[-1] if name.split() else ""
    return last.islower() and ((last.endswith("s") and not last.endswith("ss")) or last.endswith("men"))


def _common_noun(tok: Token) -> bool:
    """A common noun (the tagger may call a lower-case or sentence-initial one PROPN) owned by no
    named body: "the UN mission" is the UN's, not the country's the article is about."""
    common = tok.pos_ == "NOUN" or (tok.pos_ == "PROPN" and (tok.text.islower() or bool(tok.is_sent_start)))
    # "The Presidency said", "the Army said": a bare institution noun capitalised as house style
    # (South African, Nigerian copy) after "the", with no name of its own before it
    common = common or (tok.pos_ == "PROPN" and tok.i > 0 and tok.doc[tok.i - 1].lower_ == "the"
                        and tok.doc[tok.i - 1].dep_ == "det" and bool(gz.institution_kind(tok.lower_)))
    return common and not any(c.dep_ == "compound" and c.text[:1].isupper() for c in tok.children)


_PARTISANS = {"lawyer", "attorney", "supporter", "ally", "backer", "opponent", "critic"}


def _person_of_title(book: ActorBook, tok: Token, di: int) -> str | None:
    """"European Commissioner for Trade Anna Kowalczyk", "a spokesman for opposition leader Rosa
    Linares": when the parser makes the title the subject and hangs the name on its "for"/"to"/"of",
    the person named is the speaker (a spokesman speaks for the person he speaks for); a name in
    apposition to the title ("a spokesman for X, Li Wen, said") is the speaker too."""
    if tok.ent_type_ == "PERSON" or tok.pos_ not in {"NOUN", "PROPN"} or book.key_at(di, tok):
        return None
    if tok.tag_ in {"NNS", "NNPS"} and tok.lemma_.lower() in _PARTISANS:
        return None     # "lawyers for Rosa Linares said": her lawyers (a group of their own), not she
    for c in tok.children:
        # "a spokesman for the ministry, Li Wen, said": the title's apposition names the speaker
        if c.dep_ == "appos" and (key := book.key_at(di, c)) and _type_of(book, key) == "person":
            return key
    for prep in tok.children:
        if prep.dep_ != "prep" or prep.lower_ not in {"for", "to", "of"}:
            continue
        for obj in (c for c in prep.children if c.dep_ == "pobj"):
            # the name may be the object or stand beside its title ("for opposition leader Rosa Linares")
            for t in (obj, *(c for c in obj.children if c.dep_ in {"appos", "compound", "flat"})):
                key = book.key_at(di, t)
                if key and _type_of(book, key) == "person":
                    return key
    return None


def _type_of(book: ActorBook, key: str | None) -> str | None:
    """The type of an actor of the article (person, organization, country, group), None if unknown."""
    actor = book.actor(key)
    return actor.type if actor is not None else None


def _last_person(book: ActorBook, context: Context) -> str | None:
    """The person last quoted, else the person last named."""
    last = context.last_speaker
    return last if last and _type_of(book, last) == "person" else context.last_person


# What a crowd carries or shouts: their words are the crowd's (GUIDELINES: slogans and chants)
_SIGN_NOUNS = {"banner", "placard", "sign", "poster", "slogan", "chant", "graffiti"}


def _group_before(book: ActorBook, tok: Token, di: int, off: int, sentence_of, context: Context) -> str | None:
    """The nearest group or organisation named before `tok` in its paragraph ("protesters" in
    "protesters threw stones while others chanted")."""
    for t in reversed(tok.doc[max(0, tok.i - 80):tok.i]):
        key = book.key_at(di, t)
        if key is None and t.tag_ in {"NNS", "NNPS"} and gz.is_group_noun(t.lower_):
            key = book.resolve(t, di, off, sentence_of(off + t.idx), context)
        if key and _type_of(book, key) in {"group", "organization"}:
            return key
    return None


def _bare_reports(tok: Token) -> bool:
    """"Reports suggest ...", "reports say ...", "media reports claiming ...": plural reports with
    no determiner or author."""
    return tok.lower_ == "reports" and not any(
        (c.dep_ in {"poss", "compound"} and c.lower_ not in _REPORT_KINDS)
        or (c.dep_ == "det" and c.lower_ in {"the", "this", "these"})
        or (c.dep_ == "prep" and c.lower_ in {"by", "from", "of"}) for c in tok.children)


# Words that say what kind of reports they are, not whose: "media reports", "news reports", "press
# reports claiming that ..." are as anonymous as bare "reports"
_REPORT_KINDS = {"media", "news", "press", "newspaper", "unconfirmed", "local"}


def _state_outlet(tok: Token) -> bool:
    """"state media", "state television", "state-run radio": an outlet the phrase says the state runs."""
    return tok.lower_ in {"media", "television", "tv", "radio", "broadcaster", "outlets"} and any(
        c.dep_ in {"compound", "amod", "nmod"} and c.lower_ in {"state", "state-run", "government", "state-owned"}
        for c in tok.children)


def _definite_agent(tok: Token, epithet: bool = False) -> bool:
    """"the official", "the spokesman": a singular agent noun with only "the" (no body, no name).
    With `epithet`, also one with adjectives that name no country ("the military spokesperson", a
    wire's second reference to the spokesman it named: Sudan Tribune, Radio Tamazuj)."""
    return tok.lower_ in AGENT_NOUNS and tok.tag_ == "NN" and all(
        (c.dep_ == "det" and c.lower_ == "the") or (epithet and c.dep_ == "amod" and c.pos_ == "ADJ"
                                                   and gz.country_by_demonym(c.text) is None)
        for c in tok.children if c.dep_ != "punct") and any(c.lower_ == "the" for c in tok.children)


# Singular nouns for a person that news uses to refer back to someone it named ("the lawyer said");
# not "the opposition", a body
PERSON_NOUNS = {"lawyer", "attorney", "activist", "journalist", "politician", "lawmaker", "legislator", "senator",
                "candidate", "cleric", "imam", "priest", "bishop", "businessman", "businesswoman", "tycoon",
                "diplomat", "mayor", "governor", "dissident", "chairman", "chairwoman", "veteran",
                "commander", "general", "colonel", "premier", "monarch", "king", "queen", "prince", "emir"}


# Nouns news uses for the holder of a title they do not contain: "the Kenyan diplomat" is its
# foreign minister or an envoy (words of the role)
_ROLES_OF_NOUN = {"diplomat": {"foreign", "ambassador", "envoy"}}
# Epithets news uses for a title: (modifier, noun) -> a word of the role they stand for
_EPITHETS = {("top", "diplomat"): "foreign", ("chief", "diplomat"): "foreign", ("top", "general"): "chief"}


def _introduced_as(tok: Token | None) -> list[str]:
    """The common nouns (lower case) a quote's sayer is introduced with: the sayer's own noun
    ("a resident named X" -> resident), a noun before the name ("Kibera resident Joseph Mwangi"),
    an apposition ("Joseph Mwangi, a teacher at ...") or the noun the name is in apposition to
    ("a farmer, Peter Otieno,"). Singular nouns (NN) only; [] for no sayer."""
    if tok is None:
        return []
    around = [tok, *(c for c in tok.children if c.dep_ in {"compound", "appos"})]
    if tok.dep_ == "appos":
        around.append(tok.head)
    return [t.lower_ for t in around if t.pos_ == "NOUN" and t.tag_ == "NN"]


def _definite_noun(tok: Token) -> bool:
    """"the resident", "the local farmer": "the" and only adjectives or nouns before a singular
    common noun, no name, owner or phrase of its own."""
    kids = [c for c in tok.children if c.dep_ != "punct"]
    return tok.tag_ == "NN" and any(c.dep_ == "det" and c.lower_ == "the" for c in kids) and all(
        c.i < tok.i and c.dep_ in {"det", "amod", "compound"} and c.pos_ != "PROPN" for c in kids)


# Person nouns that fit whoever holds an office ("the opposition candidate", "the veteran
# politician" for a former general): unlike "lawyer" or "mayor", no role of the text excludes them
_ANYONE_NOUNS = {"politician", "veteran", "candidate"}


def _aged(tok: Token) -> bool:
    """"the 54-year-old": "old" after "year" and a number, with "the" and nothing of its own after it."""
    if tok.lower_ != "old" or not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
        return False
    year = next((c for c in tok.children if c.lower_ in {"year", "years"} and c.i < tok.i), None)
    return year is not None and any(c.pos_ == "NUM" for c in year.children) \
        and not any(c.i > tok.i and c.dep_ not in {"punct"} for c in tok.children)


def _described_person(tok: Token) -> bool:
    """"the lawyer", "the 45-year-old lawyer", "the veteran diplomat": "the" and modifiers before a
    singular person noun (PERSON_NOUNS), no name, owner or prepositional phrase of its own."""
    if tok.tag_ != "NN" or tok.lower_ not in PERSON_NOUNS:
        return False
    lefts = [c for c in tok.children if c.dep_ != "punct"]
    return any(c.dep_ == "det" and c.lower_ == "the" for c in lefts) and all(
        c.i < tok.i and c.dep_ in {"det", "amod", "compound", "nummod", "npadvmod", "advmod"}
        and c.pos_ != "PROPN" for c in lefts)


def _person_with_role(book: ActorBook, context: Context, noun: str) -> str | None:
    """Of the last three people the text named, the nearest whose role holds this noun ("lawyer")."""
    nearest: list[str] = []
    for key in reversed(context.recent[-200:]):
        actor = book.actor(key)
        if actor is not None and actor.type == "person" and key not in nearest:
            nearest.append(key)
            if actor.role and noun in fold(actor.role).split():
                return key
        if len(nearest) == 3:
            break
    return None


# Nouns for what an author issues: "a statement said", "the report said", "according to the record"
DOCUMENT_NOUNS = {"statement", "report", "record", "communique", "communiqué", "release", "announcement",
                  "letter", "document", "declaration", "notice", "text", "deal", "agreement", "post", "tweet",
                  "readout", "transcript", "order", "ruling", "decree", "note"}
# What a party files in court or with an authority, which speaks for the possessor its phrase names
# ("Perez's appeal argues that ...", "the union's petition says ..."); no one else's
_FILING_NOUNS = {"appeal", "petition", "lawsuit", "complaint", "filing", "affidavit", "motion", "submission"}
# The document a speech verb issues: "announced" -> "the announcement", "stated" -> "the statement"
_DOCUMENT_OF_VERB = {"announce": "announcement", "state": "statement", "report": "report", "declare": "declaration",
                     "write": "letter", "tweet": "tweet", "post": "post"}
# Figures speak for the author their phrase names ("according to UN figures"), never for anyone else
DATA_NOUNS = {"figure", "number", "data", "estimate", "statistic", "tally", "count", "toll"}
# Spokespeople and officials speak for the body they belong to ("a party spokesman" -> the party)
def _spokesperson_titles(tok: Token | None) -> list[str]:
    """The spokesperson nouns (SPOKESPERSON_NOUNS) that title the named sayer `tok` in its own
    phrase: "spokesman X" (a compound), "X, spokesman for Y," (an apposition); else none."""
    if tok is None:
        return []
    return [c.lower_ for c in tok.children if c.dep_ in {"compound", "appos"} and c.lower_ in SPOKESPERSON_NOUNS]


AGENT_NOUNS = {"spokesman", "spokeswoman", "spokesperson", "official", "officials", "source", "sources",
               "representative", "representatives", "aide", "aides", "staff"}


def _speaker_by_noun(book: ActorBook, tok: Token, di: int, off: int, sentence_of, context: Context) -> str | None:
    """The speaker behind a common noun that names no actor by itself: a document speaks for the
    author its phrase names ("a statement by X", "an army statement"), else for whoever the text
    was last about; "the ministry", "the court" for the latest actor of that kind; a spokesman for
    the body the phrase names ("a party spokesman", "a spokesman for X")."""
    lemma = tok.lemma_.lower()
    if tok.pos_ not in {"NOUN", "PROPN"}:
        return None
    if lemma in AGENT_NOUNS or tok.lower_ in AGENT_NOUNS:
        body = _qualified_body(book, tok, di, off, sentence_of)
        if body:
            return body
        # "a foreign ministry spokesman said", "an army spokesman said": no country named, the
        # unnamed institution the compound names, placed as "the foreign ministry said" would be
        # (dev README: speakers are institutions for collective ones, "the party spokesman" -> the party)
        unnamed = tok.dep_ != "compound" and not any(c.dep_ == "appos" for c in tok.children)   # not "... spokesman X"
        for c in tok.children if unnamed else ():
            if c.dep_ == "compound" and (c.pos_ == "NOUN" or c.text.islower()) \
                    and gz.institution_kind(c.lemma_.lower()) == "organization":   # "ministry" tagged PROPN too
                placed = resolve_unnamed(book, c, di, off, sentence_of(off + c.idx), context.home)
                if placed is not None and _type_of(book, placed) == "organization":
                    return placed
    if lemma in _FILING_NOUNS:
        # "Perez's appeal argues that ...", "the ministry's petition says ...": the party that filed it
        owner = next((c for c in tok.children if c.dep_ == "poss" and c.pos_ in {"PROPN", "NOUN"}), None)
        return book.key_at(di, owner) if owner is not None else None
    if lemma in DOCUMENT_NOUNS or lemma in AGENT_NOUNS or tok.lower_ in AGENT_NOUNS or lemma in DATA_NOUNS:
        for t in tok.subtree:
            if t is tok or t.dep_ in {"det", "punct"}:
                continue
            key = book.key_at(di, t) or (t.pos_ in {"NOUN", "PROPN"} and t.dep_ in {"compound", "pobj", "poss", "nmod"}
                                         and book.resolve(t, di, off, sentence_of(off + t.idx), context))
            if not key and t.pos_ == "NOUN" and t.dep_ == "compound" and t.lower_ == "party":
                key = _party_in_sentence(book, tok, di)     # "X, leader of the ruling Y, ..., a party spokesman said"
            if not key and t.pos_ == "NOUN" and t.dep_ in {"compound", "pobj"}:
                key = _latest_of_kind(book, context, t.lemma_.lower())
            if key:
                return key
        if any(c.lower_ == "the" for c in tok.children):
            # "Kenya's ministry issued a statement after ... . "...," the statement said": its issuer
            issuer = next((t for sent in tok.doc.sents if sent.start <= tok.i
                           for noun, t in reversed(list(_issued_documents(sent)))
                           if noun == lemma and t.i < tok.i), None)
            key = _resolve(book, issuer, di, off, sentence_of(off + issuer.idx), context) if issuer is not None \
                else None
            if key:
                return key
        earlier = context.authored.get(lemma)
        if earlier and lemma in DOCUMENT_NOUNS and any(c.lower_ == "the" for c in tok.children):
            return earlier      # "X announced ... . The announcement said ...": X's announcement
        if lemma in DOCUMENT_NOUNS:
            def resolve(t: Token) -> str | None:
                return _resolve(book, t, di, off, sentence_of(off + t.idx), context)
            author = _author_before(book, tok, di, resolve)
            if author is None and lemma == "report":
                return None     # "the report said": a news report no author issued (an outlet's, no speaker)
            return author or context.last_subject or context.last_speaker
        return None
    if gz.institution_kind(lemma) or lemma in {"court", "tribunal", "party", "embassy", "mission", "commission"}:
        return _latest_of_kind(book, context, lemma)
    return None


# Verbs of issuing a document: "X issued / released / published / signed a statement"
_ISSUE_VERBS = {"issue", "release", "publish", "sign", "adopt", "circulate", "distribute", "send", "post"}


def _issued_documents(sent) -> list[tuple[str, Token]]:
    """(document noun lemma, issuer token) for each document (DOCUMENT_NOUNS) the sentence says
    someone issued: the subject of an issuing verb whose object it is ("the ministry issued a
    statement", "Kenya and Uganda signed an agreement": the first of a joint subject), or the agent of
    a passive participle ("a communique issued by the bloc"). Pronoun issuers are left out."""
    found: list[tuple[str, Token]] = []
    doc = sent.doc
    for i in token_indices(doc, "LEMMA", DOCUMENT_NOUNS):     # the candidates only (speed)
        if not sent.start <= i < sent.end:
            continue
        t = doc[i]
        lemma = t.lemma_.lower()
        if t.pos_ != "NOUN":
            continue
        issuer: Token | None = None
        if t.dep_ == "dobj" and t.head.lemma_.lower() in _ISSUE_VERBS:
            verb = t.head
            issuer = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            if issuer is None and verb.dep_ == "conj":
                issuer = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
        for acl in t.children:
            if acl.dep_ == "acl" and acl.lemma_.lower() in _ISSUE_VERBS and acl.tag_ == "VBN":
                agent = next((c for c in acl.children if c.dep_ == "agent"), None)
                issuer = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else issuer
        if issuer is not None and issuer.pos_ != "PRON":
            found.append((lemma, issuer))
    return found


def _qualified_body(book: ActorBook, tok: Token, di: int, off: int, sentence_of) -> str | None:
    """"an Indian army spokesman", "Kenyan police officials": the institution the compound names, of
    the country the modifier names (the country's military for an army noun, as events name it);
    an actor key, or None when the phrase names no country or no institution."""
    country, _ = qualifier_country(tok)
    if country is None:
        return None
    for c in tok.children:
        if c.dep_ == "compound" and c.lower_ == "government" and not list(c.children):
            # "a Kenyan government spokesman": the government's, which speaks for the state, as "the
            # Kenyan government said" does (GUIDELINES: the country when no person is named)
            return book._add(country.name, "country", country.iso3)
        if c.dep_ == "compound" and c.pos_ == "NOUN" and gz.institution_kind(c.lemma_.lower()) == "organization":
            key = resolve_unnamed(book, c, di, off, sentence_of(off + c.idx), country.iso3)
            if key is not None and _type_of(book, key) == "organization" and book.actors[key].country == country.iso3:
                return key
    return None


def _group_named_before(book: ActorBook, here: int, kind: str = "group") -> str | None:
    """The armed or political group (the actor of another type `kind`) the text named last before
    character offset `here`, or None."""
    return book.last_named_before(here, kind)


SPOKESPERSON_NOUNS = {"spokesman", "spokeswoman", "spokesperson"}
# A person's staff, who speak for that person when the text names them by the person ("X's aides",
# "her press team", "his camp")
_STAFF_NOUNS = {"aide", "aides", "team", "camp"}


def _spokesperson_body(book: ActorBook, tok: Token | None, di: int, off: int, sentence_of,
                       context: Context) -> str | None:
    """The body a quoted spokesperson speaks for, named in the attribution ("said Ahmed Yusuf, the
    group's spokesman", "police spokesman John Mwangi said", "a spokesman for the army said"): an
    actor key of an organization, group or country, else None. "We" in their quote is that body
    (PLOVER codes the actor a spokesperson acts for)."""
    if tok is None:
        return None
    near = [tok, tok.head, *tok.children]
    role = next((t for t in near if t.lower_ in SPOKESPERSON_NOUNS
                 and (t is tok or t.dep_ in {"appos", "compound"} or tok.dep_ in {"appos", "compound"})), None)
    if role is None:
        return None
    key = _speaker_by_noun(book, role, di, off, sentence_of, context)
    if key is None and any(c.dep_ == "poss" and c.lemma_.lower() in GROUP_NOUNS for c in role.children):
        key = _group_named_before(book, off + role.idx)     # "the group's spokesman"
    return key if key and _type_of(book, key) in {"organization", "group", "country"} else None


def _party_in_sentence(book: ActorBook, tok: Token, di: int) -> str | None:
    """The organisation or group the sentence named before "a party spokesman", unless it is a
    state institution (a ministry, the army): the party he speaks for."""
    for t in reversed(tok.doc[tok.sent.start:tok.i]):
        key = book.key_at(di, t)
        actor = book.actor(key)
        if actor is not None and actor.type in {"organization", "group"} \
                and not gz.institution_kind(actor.name.split()[-1].lower()):
            return key
    return None


_OPENING_MARKS = {'"', "“", "«", "„", "‘"}


def _author_before(book: ActorBook, tok: Token, di: int, resolve=lambda t: None) -> str | None:
    """The actor a document's sentence or its paragraph named last as the subject of a main clause
    ("EU ministers lifted ... . The bloc ..., a statement said" -> the ministers' actor). Quotes are
    read before the paragraph updates the context, so the paragraph itself is searched first."""
    for t in reversed(tok.doc[max(0, tok.i - 150):tok.i]):      # bounded: a few sentences back
        if t.dep_ not in {"nsubj", "nsubjpass"} or t.pos_ == "PRON":
            continue
        reported = t.head.dep_ == "ccomp" and t.head.head.i == tok.head.i and not any(
            m.text in _OPENING_MARKS for m in t.doc[t.sent.start:t.i])      # not the quoted words' own subject
        if t.head.dep_ != "ROOT" and not reported:
            continue    # main clauses, and the clause the document itself reports ("X agreed ..., a statement said")
        for part in (t, *(c for c in t.lefts if c.dep_ in {"compound", "amod", "poss", "nmod"})):
            key = book.key_at(di, part) or (part.i == t.i and resolve(t))
            if key:
                return key
        key = _gathered_body(book, t, di)
        if key:
            return key
    return None


# Gatherings that stand for the body their "of"-phrase names: "a meeting of the party's office-bearers",
# "a session of the council" (not "the leadership of X", which is often the reported clause's subject)
_GATHERING_NOUNS = {"meeting", "session", "plenum", "plenary", "summit", "conference", "convention", "gathering"}


def _gathered_body(book: ActorBook, noun: Token, di: int) -> str | None:
    """The body a gathering noun's "of"-phrases name ("An emergency meeting of the State
    office-bearers of the Nationalist Congress Party (NCP) expressed solidarity ... . A press
    statement issued here said ..." -> the party: a statement after a body's meeting is the body's),
    the nearest first, three phrases deep at most; None when the noun is no gathering or names no
    body. A person is no body: a statement after "a meeting of President X's cabinet" is not X's."""
    if noun.lemma_.lower() not in _GATHERING_NOUNS:
        return None
    for _ in range(3):
        of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        pobj = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
        if pobj is None:
            return None
        noun = pobj
        for part in (noun, *(c for c in noun.lefts if c.dep_ == "poss")):    # (not "the State office-bearers")
            key = book.key_at(di, part)
            if key and _type_of(book, key) != "person":
                return key
    return None


def _latest_of_kind(book: ActorBook, context: Context, noun: str) -> str | None:
    """The actor the text last named whose name holds this noun ("the ministry" -> "Russian Foreign
    Ministry"), among those it named as subjects first, then all of the article's."""
    if len(noun) < 4:
        return None
    return _latest_actor(book, context, lambda a: a.type != "person" and noun in fold(a.name).split())


def _latest_actor(book: ActorBook, context: Context, fits) -> str | None:
    """The key of the actor the text last named as a subject (`Context.recent`), then of any of the
    article's actors, latest first, for which `fits(actor)` holds; None when there is none."""
    seen = set()
    for key in [*reversed(context.recent[-200:]), *reversed(list(book.actors))]:
        if key in seen:
            continue
        seen.add(key)
        a = book.actor(key)
        if a is not None and fits(a):
            return key
    return None


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


# Titles of persons who act for a state: ROLE_NOUNS and the words news uses for heads of state.
TITLE_NOUNS = ROLE_NOUNS | {"leader", "king", "queen", "emir", "prince", "monarch", "governor"}


def _country_fits(tok: Token, actor) -> bool:
    """A bare title that names its country ("the president of Ghana", "Ghana's president", "the
    Ghanaian president") is no person the text gave another country ("Russian President Putin");
    a person of unknown country may be meant ("the Syrian leader" for Assad). True for other tokens
    and actors."""
    if tok.pos_ not in {"NOUN", "PROPN"} or tok.ent_type_ == "PERSON" or tok.lower_ not in TITLE_NOUNS \
            or actor is None or actor.type != "person":
        return True
    country, _ = qualifier_country(tok)
    if country is None:
        of = next((g for p in tok.children if p.dep_ == "prep" and p.lower_ == "of"
                   for g in p.children if g.dep_ == "pobj"), None)
        country = gz.country_by_name(of.text) if of is not None and of.pos_ == "PROPN" else None
    return country is None or actor.country is None or actor.country == country.iso3


_PORTFOLIO_ADJECTIVES = {"foreign", "prime", "interior", "home", "economic", "financial", "deputy"}


def _portfolio_fits(tok: Token, actor) -> bool:
    """A title resolved to a person names that person's portfolio when it gives one: "the defence
    minister", "the foreign minister" (a compound noun or a portfolio adjective before the title)
    must be in the person's role. True when the title gives none or the person has no role."""
    if tok.pos_ not in {"NOUN", "PROPN"} or tok.ent_type_ == "PERSON" or tok.lower_ not in ROLE_NOUNS \
            or actor is None or actor.type != "person" or not actor.role:
        return True
    words = {c.lower_ for c in tok.lefts
             if (c.dep_ == "compound" and (c.pos_ == "NOUN" or c.lower_ in _PORTFOLIO_ADJECTIVES))
             or (c.dep_ == "amod" and c.lower_ in _PORTFOLIO_ADJECTIVES)}     # ("the Prime Minister": PROPN)
    role = fold(actor.role).replace("defense", "defence").split()
    return all(w.replace("defense", "defence") in role for w in words)


# Verbs of a third party's part in others' talks: "talks mediated by Qatar and Egypt", "Norway and Cuba
# brokered the deal". The parties named with the subject share that part (GUIDELINES.md: one action by
# several actors, the others in alt_sources); they are not its target, who are the parties to the talks.
_THIRD_PARTY_VERBS = {"mediate", "broker", "facilitate", "host", "sponsor", "cohost", "co-host", "guarantee"}


def _no_one_person(tok: Token) -> bool:
    """Whether a title noun names no particular person: an indefinite one ("arrested a top leader of
    the party"), or a plural qualified by a body or a quantity ("the BNP leaders were arrested",
    "other party leaders", "several ministers"). News refers back to a person named before by "the
    leader", never by "a leader" or "party leaders"; such a phrase is the body its qualifiers name, or
    no one (as a speaker, "leaders of many parties said", `_speaker`). A bare or collective plural
    ("the presidents expressed ...", "both countries' ministers met") is the pair in view."""
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in TITLE_NOUNS or tok.ent_type_ == "PERSON":
        return False
    if tok.tag_ != "NNS":
        # (not one the phrase names: "a spokesman for the group, X, said"; a person in a clause on the
        # noun is someone else: "a leader of the party who had criticised President X")
        return tok.dep_ != "appos" and any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in tok.children) \
            and not _phrase_names_a_person(tok)
    return any((c.dep_ == "compound" and gz.country_by_name(c.text) is None)
               or c.lower_ in {"other", "several", "many", "some", "senior", "top"} for c in tok.children)


def _phrase_names_a_person(tok: Token) -> bool:
    """Whether the noun phrase of `tok` names a person in it or in apposition ("a spokesman for the group,
    X", "a leader, X,", "a leader named X"), leaving out relative clauses on its nouns ("who had met X")."""
    todo = [tok]
    while todo:
        t = todo.pop()
        if t.ent_type_ == "PERSON" or (t.dep_ == "appos" and t.i != tok.i):
            return True
        todo += [c for c in t.children if c.dep_ != "relcl"]
    return False


def _attach_actors(ev: FoundEvent, book: ActorBook, di: int, off: int, sentence_of, context: Context) -> None:
    def res(tok: Token | None) -> str | None:
        if tok is None:
            return None
        sentence = sentence_of(off + tok.idx)
        key = _resolve(book, tok, di, off, sentence, context)
        if key is not None and not (_role_fits(tok, book.actor(key)) and _country_fits(tok, book.actor(key))):
            key = None
        if key is not None and _no_one_person(tok) and _type_of(book, key) == "person" \
                and key not in (context.last_group or ()) and key not in _joint_subject_before(book, tok, di):
            key = None
        if key is None and several_states(tok):
            return None     # "Western governments condemned ...": not the article's home state (coref)
        return key or resolve_unnamed(book, tok, di, off, sentence, context.home)

    def owned(tok: Token) -> str | None:
        """"its troops" in reported speech, "our soldiers" in a quote: what the owner's noun stands for."""
        poss = next((c for c in tok.children if c.dep_ == "poss" and c.lower_ in {"its", "their", "our", "his",
                                                                                     "her", "whose"}), None)
        if poss is None:
            return None
        if poss.lower_ == "whose":
            # "Russia, whose troops invaded ...": the relative clause's antecedent owns them
            clause = tok.head
            if tok.dep_ not in {"nsubj", "nsubjpass"} or clause.dep_ != "relcl":
                return None
            owner_key = res(clause.head)
        elif poss.lower_ == "our":
            owner_key = context.body_in_quote(poss) or context.speaker_in_quote(poss)
            speaker = book.actor(owner_key)
            if speaker is not None and speaker.type == "person" and not speaker.country \
                    and tok.lower_ in SOLDIER_NOUNS and context.home:
                # "'They attacked our soldiers,' said an officer" of no known country: not the officer
                # but the forces of the state the article is about
                return _home_military(book, tok, di, off, sentence_of(off + tok.idx), context.home)
        else:
            owner = reported_owner(tok) or event_noun_owner(tok)
            owner_key = res(owner) if owner is not None else None
            if owner is None and poss.lower_ in {"its", "their"} and tok.lower_ in _MEMBER_NOUNS \
                    and tok.dep_ in {"nsubj", "nsubjpass"} and tok.head.dep_ in {"relcl", "advcl", "conj"}:
                # "The Islamic State group has grown in Nangarhar, where its fighters have clashed with
                # the Taliban": outside reported speech, the body the clause it is joined to is about
                # (that clause's subject, named before the pronoun) owns the subject of the joined clause
                # (not an object: "Ukraine had shelled its own troops" are the clause's own subject's).
                # That clause, not the sentence's main one: "Kenya sent troops after al Shabaab grew in
                # the south, where its fighters attacked ..." are al Shabaab's
                clause = tok.head.head
                # (the root by its label: Token objects are made anew, so no `is`)
                while clause.pos_ not in {"VERB", "AUX"} and clause.dep_ != "ROOT":
                    clause = clause.head
                subject = next((c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}
                                and c.i < poss.i and c.pos_ != "PRON" and c != tok), None)
                names = [subject, *(c for c in subject.children if c.dep_ in {"compound", "amod"})] \
                    if subject is not None else []      # ("The Islamic State group": its name)
                owner_key = next((k for t in names if (k := book.key_at(di, t) or res(t))), None)
                if _type_of(book, owner_key) not in {"group", "organization", "country"} or (
                        poss.lower_ == "their" and _type_of(book, owner_key) == "country"
                        and (subject is None or subject.tag_ not in {"NNS", "NNPS"})):
                    # (news writes "their" for a group, "the Taliban ... their fighters", not for one
                    # state: "Turkey has long accused Kurdish groups ..., and their fighters attacked
                    # a Turkish base" are the groups')
                    owner_key = None
            if owner is not None and _type_of(book, owner_key) == "person":
                # "Rebel spokesman X said their fighters attacked ...": the forces of the body he
                # speaks for, not his own
                body = book.actor(_named_group_of_title(book, owner)
                                  or _spokesperson_body(book, owner, di, off, sentence_of, context))
                if body is not None and (body.type == "group" or body.country):     # not a bare "Army"
                    owner_key = body.key
            if owner is not None and owner_key is None:
                # "the Colombian president said his troops ...": the country the speaker's phrase names
                country, _ = qualifier_country(owner)
                owner_key = book._add(country.name, "country", country.iso3) if country is not None else None
                if owner_key is None and owner.lemma_.lower() in GROUP_NOUNS:
                    # "the group said its fighters ...": the armed or political group the text last named
                    owner_key = _group_named_before(book, off + owner.idx)
        if _type_of(book, owner_key) == "group":
            return owner_key    # "the Houthis said their forces ...": an armed group's forces are the group
        return owned_actor(book, owner_key, tok, di, off, sentence_of(off + tok.idx)) if owner_key else None

    src_tok = ev.source
    sayer = reported_sayer(src_tok) if src_tok is not None else None
    if sayer is not None and src_tok is not None \
            and (sayer.pos_ == "PRON" or book.fits_pronoun(res(sayer), src_tok.lower_)):
        # "X was quoted as saying he had proposed ...", "They said they had closed the borders": the
        # pronoun of a reported clause is its sayer (coref.reported_sayer), a pronoun taken up in turn
        src_tok = sayer
    if src_tok is not None:
        # "Two rebel groups announced ... and they accused the government": a subject "they" after a
        # plural main-clause subject is that noun's, named or not (coref.they_antecedent)
        # ("EU ministers discussed sanctions on Russia after it mobilized ...": "it" is Russia, not them)
        taken_up, antecedent = they_antecedent(src_tok)
        if not taken_up:
            taken_up, antecedent = it_antecedent(src_tok)
        if not taken_up and src_tok.lower_ in {"he", "she"}:
            # "When William Ruto arrived in Mogadishu, he signed ...": the fronted clause's person
            antecedent = fronted_clause_subject(src_tok)
            taken_up = antecedent is not None
        src_tok = antecedent if taken_up else src_tok
    if src_tok is not None:
        # "thousands of opposition supporters took to the streets": the supporters (coref.partitive_whole)
        src_tok = partitive_whole(src_tok)
    pair = collective_pair(book, src_tok) if src_tok is not None else None
    if pair is None and src_tok is not None and _collective(src_tok) and len(context.last_group) >= 2:
        # "Kiir and Machar met ... The two leaders signed": the pair the text last named as subject
        pair = (context.last_group[0], context.last_group[1])
    if pair is None and src_tok is not None:
        # "Erdogan spoke with Putin ... The two leaders agreed to meet": the last two persons named
        pair = person_pair(book, src_tok, off + src_tok.idx)
    if pair is None and src_tok is not None and src_tok.tag_ == "NNS":
        # "negotiators from both sides met", "officials of the two countries signed": the pair itself
        # (issue 11: the parties a plural of persons speaks for)
        of_pair = next((g for p in src_tok.children if p.dep_ == "prep" and p.lower_ in {"from", "of"}
                        for g in p.children if g.dep_ == "pobj"), None)
        if of_pair is not None:
            pair = collective_pair(book, of_pair)
    body_key = (_body_of_members(book, src_tok, res)
                or _loyal_to(book, src_tok, res, di, off, sentence_of(off + src_tok.idx))) \
        if src_tok is not None and not pair else None
    owner_key = (body_key or owned(src_tok)) if src_tok is not None and not pair else None
    parties = _parties_of(src_tok) if src_tok is not None and not pair and owner_key is None else None
    party_key = _party_source(book, ev, src_tok, parties, res) if parties and src_tok is not None else None
    ev.source_key = owner_key or (pair[0] if pair else party_key or res(src_tok))
    if ev.source_key is not None and src_tok is not None and not pair and owner_key is None:
        # "TOKYO - ... The government lodged a protest with North Korea": an unqualified body the
        # article's home state was guessed for, in a sentence that names that state as the one acted
        # on, is the dateline's state's (else unknown): a state does not protest to itself
        ev.source_key = _unacted_home(book, ev, src_tok, ev.source_key, res, context,
                                      lambda home: resolve_unnamed(book, src_tok, di, off,
                                                                   sentence_of(off + src_tok.idx), home),
                                      off + src_tok.idx)
    if src_tok is not None and _type_of(book, ev.source_key) != "country" and (people := _people_of(src_tok)):
        # "the Bangladeshis withdrew", "the Emiratis rejected": a people named alone acts for its
        # state, also when the parser tags it singular or labels it an organisation
        ev.source_key = book._add(people.name, "country", people.iso3)
    if src_tok is not None and _type_of(book, ev.source_key) == "country" and _described_as_group(src_tok):
        # "Tehreek-i-Jihad Pakistan, a militant group, claimed ...": a name the apposition calls a
        # group is not the country its last word names
        ev.source_key = None
    if src_tok is not None and src_tok.pos_ == "NOUN" and _type_of(book, ev.source_key) == "person" \
            and _named_in_predicate(book, di, ev, src_tok, ev.source_key):
        # "the Ghanaian leader met President X": a described person is not the one the clause names as
        # the other party (the title resolved to the wrong holder); the phrase's own names decide below
        ev.source_key = None
    if src_tok is not None and src_tok.lower_ == "we":
        # "'We killed five soldiers,' said the group's spokesman": the body, not the spokesman
        ev.source_key = context.body_in_quote(src_tok) or ev.source_key
    if ev.source_key is None and src_tok is not None \
            and (doer := attributed_doer(src_tok) or _act_agent(src_tok, ev)) is not None:
        # "an ambush attributed to Fulani gunmen killed ...", "killed by a device attributed to X": the
        # one the act or weapon is laid to (coref.attributed_doer)
        doer = partitive_whole(doer)
        ev.source_key = res(doer) or next((k for t in doer.children if t.dep_ in {"compound", "amod", "poss"}
                                           for k in [res(t)] if k), None)     # "the Islamic State group"
        if ev.source_key is None and _the_body(doer):
            # "an airstrike by the coalition killed 13 people": the body the text named before, as for a subject
            ev.source_key = _body_before(book, context, doer, off + doer.idx)
    if ev.source_key is None and src_tok is not None and src_tok.lower_ in {"i", "we"}:
        # "We welcome the announcement. This is good news, said a spokesman for X": words in the
        # first person next to the paragraph's one attributed quote are that speaker's (or body's)
        said = {(sp, next((b for s, e, b in context.quote_bodies if (s, e) == (start, end)), None))
                for start, end, sp in context.quote_spans if sp}
        if len(said) == 1:
            speaker_key, body = next(iter(said))
            ev.source_key = (body if src_tok.lower_ == "we" else None) or speaker_key
    if ev.source_key is None and src_tok is not None and src_tok.lower_ in {"i", "we"} \
            and not context.in_quotation(off + src_tok.idx):
        # "I strongly reject ... — Bruno Rodríguez P (@BrunoRguezP) 3 de enero de 2020": an embedded tweet's signer
        ev.source_key = context.tweet_signer
    if ev.type == "PROTEST" and src_tok is not None and _unplaced_crowd(book, src_tok, ev.source_key):
        # "Thousands of people protested in Nairobi", "residents of Goma blocked roads": a crowd of the
        # country where it gathers, as the dateline places "the protesters" (GUIDELINES: groups named
        # with their country, "Kenyan protesters")
        place = _crowd_place(ev.verb, src_tok)
        if place is not None and place.demonyms:
            ev.source_key = book._add(f"{place.demonyms[0]} protesters", "group", place.iso3)
            book._mention(ev.source_key, di, src_tok.doc[src_tok.i:src_tok.i + 1], off,
                          sentence_of(off + src_tok.idx))
    if src_tok is not None and src_tok.pos_ == "PROPN" and src_tok.ent_type_ in {"", "ORG"} \
            and (ev.source_key is None or _type_of(book, ev.source_key) in {"organization", "group"}):
        # "Dar arrived in Dhaka", "Faki called on troops": a single word of a person's name given in
        # full before, which the tagger did not see as a person (left untagged or made an organisation)
        ev.source_key = _surname_person(book, src_tok, off + src_tok.idx) or ev.source_key
    speaker = book.actor(ev.source_key)
    if ev.speaker_agent and speaker is not None and speaker.type == "person":
        # "Prime Minister Filip said five diplomats were declared persona non grata": his state did it
        # (a person of no known country speaks for the state the article is about, its home country)
        country = gz.country_by_iso3(speaker.country or context.home)
        ev.source_key = book._add(country.name, "country", country.iso3) if country else None
    if ev.source_key is None and src_tok is not None and gz.is_group_noun(src_tok.lower_):
        # "Syria's opposition rejected ...", "Mali's separatists": a group of that country, not the
        # state its possessor names (GUIDELINES: groups are named with their country)
        owner = next((c for c in src_tok.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
        country = _possessor_country(owner) if owner is not None else None
        if country is not None:
            ev.source_key = _home_actor(book, src_tok, di, off, sentence_of(off + src_tok.idx), country.iso3,
                                        src_tok.lower_, "group")
    if ev.source_key is None and src_tok is not None:
        # "Rebel backer Turkey", "a Russian delegation": the phrase's own names first
        for t in sorted(src_tok.children, key=lambda t: t.dep_ != "appos"):   # "NATO ally the United States"
            if t.dep_ in {"compound", "amod", "appos", "poss", "nmod"}:
                ev.source_key = res(t)
                if ev.source_key:
                    break
    office = head_of_office(src_tok) if ev.source_key is None and src_tok is not None else None
    if office is not None:
        # "the Head of State noted ...": the office's holder in the article's state (not a body "State")
        ev.source_key = context.person_by_role(office, context.home, strict=True) if context.home else None
        if ev.source_key is not None and any(res(c) == ev.source_key for c in target_candidates(ev)
                                             if c.pos_ == "PROPN"):
            # "KAMPALA - Kenyan President X arrived ... The Head of State met Ugandan President Y": the
            # home state's holder is the one met, so the head of state is the other (unknown)
            ev.source_key = None
    if ev.source_key is None and src_tok is not None and office is None:
        # "negotiators from the government and Renamo", "officials of Mozambique": who they speak for
        for p in src_tok.children:
            if p.dep_ == "prep" and p.lower_ in {"from", "of", "for"}:
                pobj = next((g for g in p.children if g.dep_ == "pobj"), None)
                if pobj is not None:
                    ev.source_key = res(pobj)
                    if ev.source_key and (ev.mutual or ev.verb.lemma_.lower() in MUTUAL) and ev.mutual_with is None:
                        ev.mutual_with = next((g for g in pobj.children if g.dep_ == "conj"), None)
                    break
    if ev.source_key is None and src_tok is not None and src_tok.pos_ != "VERB":
        # (a clause the parser made the subject names no actor by its words: "Warmly welcoming his Tajik
        # counterpart, the Head of State ...": not Tajikistan)
        # (people and forces, by the lexicon or as a plural that names no act: "workers", "villagers")
        # (weapons are no people: "missiles aimed at the Israeli city of Haifa killed ..." are not Israel's)
        acting = (can_act(src_tok) or (src_tok.tag_ in {"NNS", "NNPS"} and src_tok.lemma_.lower() not in NOUNS)) \
            and src_tok.lemma_.lower() not in MUNITION_NOUNS
        for t in src_tok.subtree:
            # (not in the place of an act: "an attack in northwest Pakistan's Bannu district killed ...";
            # a body's place may name its state: "the government in Addis Ababa")
            if t.dep_ in {"compound", "amod", "appos", "poss"} \
                    and (not in_place_phrase(t, src_tok) or (acting and _names_the_place(t))) \
                    and not in_modifier_clause(t, src_tok):     # ("the ministry, headed by X, ...": not X)
                ev.source_key = res(t)
                if ev.source_key and _fighters(src_tok) and in_place_phrase(t, src_tok) \
                        and _type_of(book, ev.source_key) == "country":
                    ev.source_key = None    # "rebels in Ethiopia's Tigray region": fighters there are no state's
                if ev.source_key:
                    break
    if ev.source_key is None and src_tok is not None and _bare_role_plural(src_tok):
        # "Ministers condemned the raid", "officials accused Togo of ...": the state the text is about,
        # unless the sentence names that state as the one acted on ("officials imposed sanctions on
        # Iran" in an article about Iran: another state's officials, unknown, so no event)
        ev.source_key = _state_in_focus(book, src_tok, di, off, sentence_of, context)
        if ev.source_key is not None and any(res(c) == ev.source_key for c in target_candidates(ev)):
            ev.source_key = None
    if ev.source_key is None and src_tok is not None and _the_body(src_tok):
        # "the front ... has opposed a peace accord": the latest body of that kind the text named;
        # "the bloc", "the alliance": the latest international bloc
        ev.source_key = _body_before(book, context, src_tok, off + src_tok.idx)
    if ev.source_key is None and src_tok is not None and _the_country(src_tok):
        # "Poland accused Belarus ..., and the country has deployed troops": the country last named as a subject
        ev.source_key = _country_before(book, src_tok, di, context, subject=True)
    if ev.source_key is None and src_tok is not None and context.home:
        # issue 11, unnamed groups as sources: "the opposition rejected the bill" is the opposition of
        # the state the article is about (bare "soldiers" as a source stays dropped: on the dev set the
        # home state's forces were a wrong guess as often as a right one)
        if _bare_opposition(src_tok):
            ev.source_key = _home_opposition(book, src_tok, di, off, sentence_of(off + src_tok.idx), context.home)
    if ev.source_key is None and src_tok is not None and src_tok.dep_ == "pobj" and src_tok.pos_ in {"PROPN", "ADJ"}:
        # "hurt in Serbian shelling", the demonym parsed as the preposition's object: its country,
        # as "Serbian shelling" parsed as a noun phrase gives
        country = demonym_country(src_tok)
        if country is not None:
            ev.source_key = book._add(country.name, "country", country.iso3)
    machine = src_tok is not None and ev.type in _MACHINE_ACT_TYPES and _war_machine(src_tok)
    if ev.source_key is None and machine and src_tok is not None:
        # "junta jets bombed the village": the force its modifier names flies them
        ev.source_key = _machine_owner(book, src_tok, di, res)
    if src_tok is not None and (_bare_soldiers(src_tok) or (machine and ev.source_key is None
                                                            and _bare_machine(src_tok))):
        # "the defence ministry said troops had pulled back": the reporting state's forces, also
        # when another state's forces were named before
        speaker_tok = reporting_speaker(src_tok)
        speaker_actor = book.actor(res(speaker_tok)) if speaker_tok is not None else None
        state: str | None = None
        if speaker_actor is not None and speaker_actor.country and speaker_actor.type in {"country", "organization"}:
            state = speaker_actor.country
        elif speaker_actor is None and speaker_tok is not None and (body := _body_spoken_for(book, speaker_tok, res)):
            # "a spokesman for the Thai army said soldiers had ...": the forces of the body spoken for
            state = body
        elif speaker_actor is None and speaker_tok is not None and context.home and _military_speaker(speaker_tok):
            # "an army officer said the soldiers fired ...": the forces of the army that speaks, of the
            # state the article is about
            state = context.home
        if state is not None:
            ev.source_key = _home_military(book, src_tok, di, off, sentence_of(off + src_tok.idx), state)
        if ev.source_key is None and context.home and _one_state(book, context.home):
            # "Militants raided a village ... Soldiers were deployed after the attack": in a text that
            # names no state but its home, no other state's forces can be meant; with two states
            # named, bare soldiers stay without a source (see above)
            ev.source_key = _home_military(book, src_tok, di, off, sentence_of(off + src_tok.idx), context.home)
    if ev.source_key is not None:
        # "protesters in Khartoum demanded ...": an unplaced group source placed by its own phrase
        ev.source_key = _placed_group(book, ev, src_tok, res, di, off, sentence_of, key=ev.source_key,
                                      own_only=True) or ev.source_key
    crowd_tok = _counted(src_tok) if ev.type == "PROTEST" and src_tok is not None else None
    if crowd_tok is not None and _type_of(book, ev.source_key) == "country" \
            and (people := _people_of(crowd_tok)) is not None and people.demonyms:
        # "thousands of Kenyans took to the streets": a state does not protest; its people's crowd does
        ev.source_key = book._add(f"{people.demonyms[0]} protesters", "group", people.iso3)
    # "US president Joe Biden and Chinese president Xi Jinping agreed": the parser may hang the second
    # party on the first one's apposed name
    conj = next((c for h in [src_tok, *(a for a in src_tok.children if a.dep_ == "appos")] for c in h.children
                 if c.dep_ == "conj"), None) if src_tok is not None else None
    conj = conj if conj is not None else ev.mutual_with
    source = book.actor(ev.source_key)
    target_tok: Token | None = None
    coordinated = conj is not None and conj.dep_ == "conj" and (ev.mutual or ev.verb.lemma_.lower() in MUTUAL)
    for cand in target_candidates(ev):
        if coordinated and not _partner_phrase(cand, ev.verb):
            # "Biden and Xi agreed to meet on the sidelines of the APEC summit": a mutual act's
            # coordinated subject names the other party before any adjunct does
            continue
        key = _coordinated_qualifier(book, cand, di, off, sentence_of(off + cand.idx)) \
            or envoy_country(book, cand, di, off, sentence_of(off + cand.idx)) or owned(cand) or res(cand)
        if _town_for_party(book, cand, key):
            continue        # "attacks in Diyala's Kolajo sub-district": a town is no party (its country may be)
        if key and is_holder(cand) and _same_state(book, key, source):
            continue        # "detained residents in Russian-held Melitopol" by Russian troops: their own side's
        if key is None and _the_body(cand):
            key = _body_before(book, context, cand)     # "accused the party of ..."
        if key is None and context.home and cand.dep_ == "dobj" and cand.head == ev.verb and _bare_opposition(cand):
            # "accused the opposition of lying": the opposition of the state the article is about, as
            # for a source (issue 11); only as the verb's own object ("intimidation of the opposition",
            # "opposition protests" name whom an act was done to or whose it is)
            key = _home_opposition(book, cand, di, off, sentence_of(off + cand.idx), context.home)
        if key is None and _the_country(cand):
            # "the rebels overran much of the country": the country the text last named
            key = _country_before(book, cand, di, context, subject=False, other_than=ev.source_key)
        if key is None and _bare_role_plural(cand) and source is not None and source.country:
            # "Russia's Foreign Ministry said it will expel five diplomats": another state's envoys, the
            # state named last that is not the source's
            key = _country_before(book, cand, di, context, subject=False, other_than=ev.source_key,
                                  other_than_iso=source.country)
        if key is None and _bare_soldiers(cand) and source is not None and context.home \
                and (source.country != context.home or source.type == "group"):
            # "al-Shabaab killed 24 soldiers": unqualified soldiers are the forces of the country the
            # article is about, when the attacker is an armed group or of another country
            key = _home_military(book, cand, di, off, sentence_of(off + cand.idx), context.home)
        if key is None or key == ev.source_key or _same_state(book, key, source):
            # "condemned the coast guard for firing water cannon at its vessels": an act is not done to
            # its doer's own; the possessive is the clause above's subject's
            key = _possessor_above(book, ev, cand, res) or key
        anchor = cand
        if cand.lower_ == "them" and cand.dep_ in {"dobj", "pobj"}:
            # "protesters gathered ... police dispersed them": the plural party named before, not the source
            before = _plural_before(book, cand, di, res, other_than=ev.source_key, source=ev.source)
            if before is not None:
                key, anchor = before
        if key is None and _collective(cand):
            # "urged both sides to ...": the first of the pair the article is about that is not the source
            group = collective_pair(book, cand) or (
                (context.last_group[0], context.last_group[1]) if len(context.last_group) >= 2 else None)
            # (nor the source's own state: "the Indian army spokesman urged both sides" urges the other)
            key = next((k for k in group if k != ev.source_key and not _same_state(book, k, source)),
                       None) if group else None
        if source is not None and source.type == "country" and source.country and (
                key is None or getattr(book.actor(key), "country", None) == source.country):
            # "the U.S. administration criticized the government": another state's government (an
            # organ of a state, "the army is calling on the government", may act on its own)
            key = other_government(book, cand, source.country, di, off, sentence_of(off + cand.idx)) or key
        if key and key != ev.source_key:
            ev.target_key = key
            target_tok = anchor
            break
    if ev.target_key is None and ev.type in {"ASSAULT", "AID"}:
        # attacks on a country's places take the country; so does aid to unnamed people in a country
        # ("sent food aid to flood victims in Pakistan")
        places = place_candidates(ev) if ev.type == "ASSAULT" else [
            t for cand in target_candidates(ev) for t in cand.subtree
            if t.dep_ == "pobj" and t.head.lower_ in {"in", "of"} and t.head.head == cand] + scene_candidates(ev)
        for cand in places:
            key = res(cand) or _city_country(book, cand, source)
            actor = book.actor(key)
            if key and actor is not None and actor.type == "country" and key != ev.source_key \
                    and not (is_holder(cand) and _same_state(book, key, source)):
                # (not "the Israeli-occupied West Bank" raided by Israeli troops: the place, not its holder)
                ev.target_key = key
                break
    if ev.target_key is None and ev.type == "CONSULT" and ev.verb.lemma_.lower() in HOST_VERBS \
            and any(c.dep_ == "dobj" for c in ev.verb.children):
        # "received a delegation from Ethiopia": the visitors' side (the place a withdrawal leaves,
        # "withdrew troops from Syria", is not taken: measured, it cost more targets than it gave)
        for cand in origin_candidates(ev):
            key = res(cand)
            if key and key != ev.source_key:
                ev.target_key = key
                break
    if ev.target_key is None and ev.type == "PROTEST":
        # "rallied outside the Chinese embassy": a protest at a state's mission is against that state
        for cand in scene_candidates(ev):
            if cand.lemma_.lower() in MISSION_NOUNS:
                key = res(cand)
                if key and key != ev.source_key:
                    ev.target_key = key
                    break
    if ev.target_key is None and ev.type == "PROTEST":
        # "thousands protested in Caracas": a domestic protest is against the state it is held in, as
        # PLOVER codes it; not when the protesters are of another country ("Iraqis rallied in London")
        for cand in scene_candidates(ev):
            key = res(cand) or _city_country(book, cand, None)     # also a city GeoNames knows ("in Kharkiv")
            actor = book.actor(key)
            if actor is not None and actor.type == "country" and key != ev.source_key \
                    and getattr(source, "country", None) in {None, actor.country}:
                ev.target_key = key
                break
    if conj is not None and res(conj) is None:
        # "Mozambique's government and former rebel movement Renamo": the name inside the phrase, also
        # when the parser hangs the apposition on the first conjunct
        late_appos = [t for t in (src_tok.children if src_tok is not None else ())
                      if t.dep_ == "appos" and t.i > conj.i]
        conj = next((t for t in [*conj.subtree, *late_appos] if t.dep_ in {"compound", "appos"} and res(t)), conj)
    if ev.target_key is None and conj is not None \
            and (ev.mutual or ev.verb.lemma_.lower() in MUTUAL | {"rebuild", "hold", "meet"}):
        ev.target_key = res(conj)
    if ev.target_key is None and conj is not None and ev.type in {"CONSULT", "AGREE", "COOPERATE"} \
            and ev.verb.lemma_.lower() not in _THIRD_PARTY_VERBS:
        ev.target_key = res(conj)
    if parties and party_key and ev.target_key is not None and ev.target_key in {res(p) for p in parties}:
        # "presidents of Kazakhstan and Uzbekistan held talks": the other president, when the text names him
        ev.target_key = _holder(book, src_tok, ev.target_key) or ev.target_key
    if pair and ev.target_key in {None, pair[0]}:
        ev.target_key = pair[1]     # "both sides agreed": one mutual record
    if ev.target_key is None:
        # "held talks in Ankara" with no other party named: the host
        for cand in venue_candidates(ev):
            key = res(cand)
            if _town_for_party(book, cand, key):
                continue    # "launched attacks in Diyala's Kolajo sub-district": a town hosts no one
            if key and _same_state(book, key, source):
                continue    # "the Kenyan president arrived in Nairobi": his own state is no host
            if key and key != ev.source_key:
                ev.target_key = key
                break
    if ev.target_key is not None:
        ev.target_key = _placed_group(book, ev, target_tok, res, di, off, sentence_of) or ev.target_key
    if ev.target_key == ev.source_key:
        ev.target_key = None


def _same_state(book: ActorBook, key: str, source) -> bool:
    """Whether `key` is the country of the event's source `source` (an Actor or None): "China" for
    the China Coast Guard."""
    actor = book.actor(key)
    return source is not None and actor is not None and actor.type == "country" \
        and source.type != "country" and actor.country is not None and actor.country == source.country


def _possessor_above(book: ActorBook, ev: FoundEvent, cand: Token, res) -> str | None:
    """The actor an "its"/"their" on a target noun stands for when it cannot be the doer's own: the
    subject of the clause the event's verb hangs under as a preposition's object or a subordinate
    clause ("The Philippines condemned the coast guard for firing water cannon at its vessels": the
    Philippines), if that subject names an actor other than the source's; None when the noun has no
    such possessive or the verb no such clause above it (a reported clause's possessive is not the
    sayer's: "staff were evacuated from their embassy, officials said").
    Source: an act's doer is not its own target (GUIDELINES: source and target are two actors), so
    the possessive binds the next subject up (issue 11: "its vessels" came out as the coast guard's
    own country). A state's or body's own people are left alone ("condemned Iran for jailing its
    critics", "attacking its own people"): a state does act on them."""
    if not any(c.dep_ == "poss" and c.lower_ in {"its", "their"} for c in cand.children):
        return None
    if any(c.lower_ == "own" for c in cand.children) or cand.lemma_.lower() in OWN_PEOPLE:
        return None
    verb = ev.verb
    if verb.dep_ == "pcomp" and verb.head.dep_ == "prep":
        above = verb.head.head      # "condemned X for firing ...", "came after striking ..."
    elif verb.dep_ == "advcl" and any(c.dep_ == "mark" for c in verb.children):
        above = verb.head           # "came a day after jets struck ..."
    else:
        return None                 # (a reported clause's "their embassy" is not the sayer's)
    subject = next((c for c in above.children if c.dep_ in {"nsubj", "nsubjpass"}), None) \
        if above.pos_ in {"VERB", "AUX"} else None
    if subject is None or subject.pos_ == "PRON":
        return None
    # ("Hamas' warning came after jets struck its facilities": the act's named author)
    key = res(subject) or next((res(c) for c in subject.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
    return key if key is not None and key != ev.source_key else None


def _coordinated_qualifier(book: ActorBook, tok: Token, di: int, off: int, sentence: int) -> str | None:
    """The actor a demonym coordinated with another on one noun names ("between Sudanese and Ethiopian
    troops" -> "Ethiopian military", "between the Russian and Ukrainian delegations" -> Ukraine): the
    state's forces for a military noun, named as `military_actor` names them, else the state; None when
    `tok` is no such second demonym."""
    if tok.dep_ != "conj" or tok.head.dep_ not in {"amod", "compound"} or tok.head.head.pos_ != "NOUN":
        return None
    country = demonym_country(tok)
    if country is None:
        return None
    noun = tok.head.head
    if noun.lower_ in MILITARY_NOUNS:
        return _home_military(book, tok, di, off, sentence, country.iso3)
    key = book._add(country.name, "country", country.iso3)
    book._mention(key, di, tok.doc[tok.i:tok.i + 1], off, sentence)
    return key


def _city_country(book: ActorBook, tok: Token, source) -> str | None:
    """The country actor of a city the gazetteer does not hold ("struck homes in Kharkiv" -> Ukraine),
    by GeoNames (`gazetteer.city_country`), or of a state or province ("a village in Borno State" ->
    Nigeria) by ISO 3166-2 (`gazetteer.region_country`): only for a proper noun the NER takes for a place, and never
    the source's own country (a state's forces acting at home name no foreign target), unless the
    source is an armed group: its attacks at home are on its state ("Boko Haram attacked a village in
    Borno State" -> Nigeria; GUIDELINES: attacks on a country's places take the country)."""
    if tok.pos_ != "PROPN" or tok.ent_type_ not in {"GPE", "LOC", "NORP"}:     # "in Aleppo", tagged NORP
        return None
    ent = next((e for e in doc_entities(tok.doc) if e.start <= tok.i < e.end), None)
    name = ent.text if ent is not None else tok.text
    # "in Borno State" -> Nigeria; a state or province by its name only when the NER takes it for a
    # polity or the name says it is one: "Red Sea" (a LOC) is a sea, though also the name of a Sudanese state
    country = gz.city_country(name) or (
        gz.region_country(name) if tok.ent_type_ == "GPE" or gz.names_region(name) else None)
    if country is None or (source is not None and getattr(source, "type", None) != "group"
                           and getattr(source, "country", None) == country.iso3):
        return None
    return book._add(country.name, "country", country.iso3)


# Nouns by which an apposition says its name is a group or organisation, not a state.
_GROUP_APPOSITIONS = GROUP_NOUNS | {"organisation", "organization", "outfit", "party", "network", "wing", "offshoot",
                                    "splinter"}


def _described_as_group(tok: Token) -> bool:
    """Whether a proper noun has an apposition headed by a group noun ("X, a militant group", "X, an
    armed faction"), per `_GROUP_APPOSITIONS`."""
    return tok.pos_ == "PROPN" and any(c.dep_ == "appos" and c.lemma_.lower() in _GROUP_APPOSITIONS
                                       for c in tok.children)


def _named_in_predicate(book: ActorBook, di: int, ev: FoundEvent, src_tok: Token, key: str | None) -> bool:
    """Whether the actor `key` (a person) is named by a proper noun after the event's verb in the
    verb's own phrase, outside the source's phrase ("met President X", "hosted X"): then a source noun
    resolved to that person refers to someone else."""
    subject = range(src_tok.left_edge.i, src_tok.right_edge.i + 1)
    return any(t.pos_ == "PROPN" and t.i > ev.verb.i and t.i not in subject and book.key_at(di, t) == key
               for t in ev.verb.subtree)


# Verbs of receiving visitors: the object's side comes "from" a place ("received a delegation from X").
HOST_VERBS = {"receive", "host", "welcome", "greet"}


# Prepositions that carry the other party of a mutual act ("met with X", "talks between A and B").
PARTNER_PREPS = {"with", "between", "to"}


def _partner_phrase(cand: Token, verb: Token) -> bool:
    """Whether a target candidate can name the other party of a mutual act: an object, or the object
    of a "with"/"between"/"to" phrase, on the way from the candidate up to the event's verb (not a
    place, time or topic phrase: "on the sidelines of the summit", "in Geneva", "on trade")."""
    cur = cand
    for _ in range(8):
        if cur == verb or cur.head == cur:
            return True
        if cur.dep_ == "prep" and cur.lower_ not in PARTNER_PREPS:
            return False
        cur = cur.head
    return True


# A state's missions abroad: a protest held at one is against that state.
MISSION_NOUNS = {"embassy", "consulate", "mission"}


# Acts that may cross a border: their unnamed target group is placed only by a place the text names
# ("Turkish jets bombed militants" are not Turkish militants).
CROSS_BORDER_TYPES = {"ASSAULT", "AID", "MOBILIZE", "RETREAT"}


def _placed_group(book: ActorBook, ev: FoundEvent, target_tok: Token | None, res, di: int, off: int,
                  sentence_of, key: str | None = None, own_only: bool = False) -> str | None:
    """An unnamed target group ("activists", "the rebels") qualified with its country, as CAMEO codes
    domestic actors: the country of a place named on the target or the event ("arrested activists in
    Lahore", `events.scene_candidates`); else, unless the act may cross a border (CROSS_BORDER_TYPES),
    the country of a state source ("Egyptian authorities detained activists", "the Kenyan government
    accused the rebels": a state deals with its own opposition). Returns a group actor key
    ("Pakistani activists", country PAK), or None when the target is not an unplaced group or no
    country is known. With `key` and `own_only`, the same for another argument (the source) placed by
    its own phrase alone ("protesters in Khartoum demanded ...": where an act happens does not tell
    where its actor is from)."""
    target = book.actor(key or ev.target_key)
    if target is None or target.type != "group" or target.country or target_tok is None or target_tok.pos_ == "PRON":
        return None     # a pronoun ("dispersed them") has no words to name the placed group with
    if target_tok.pos_ == "PROPN" and not target_tok.is_sent_start and len(target_tok.text) > 1 \
            and target_tok.text.isupper():
        return None     # a group's acronym ("blamed JEM" for the Justice and Equality Movement) names it
    country = None
    for cand in scene_candidates(ev, target_tok):
        if own_only and not target_tok.left_edge.i <= cand.i <= target_tok.right_edge.i:
            continue
        place = book.actor(res(cand))
        if place is not None and place.type == "country" and place.country:
            country = gz.country_by_iso3(place.country)
            break
    source = book.actor(ev.source_key)
    if country is None and not own_only and ev.type not in CROSS_BORDER_TYPES and source is not None \
            and source.country and source.type in {"country", "organization"}:
        country = gz.country_by_iso3(source.country)
    if country is None or not country.demonyms:
        return None
    words = [c for c in target_tok.lefts if c.dep_ == "compound" or (
        c.dep_ == "amod" and c.text[:1].isupper() and not c.is_sent_start)] + [target_tok]
    if any(c.dep_ == "compound" and (any(True for _ in c.lefts) or c.ent_type_ in _NAME_ENTITIES)
           for c in words[:-1]):
        return None     # a named group ("Islamic State militants", "Shining Path rebels"): its name places it
    said = [w.lower_ if w.is_sent_start and w.pos_ == "NOUN" else w.text for w in words]   # "Protesters in ..."
    name = f"{country.demonyms[0]} {' '.join(said)}"
    key = book._add(name, "group", country.iso3, alias=target.name)
    book._mention(key, di, target_tok.doc[words[0].i:target_tok.i + 1], off, sentence_of(off + target_tok.idx))
    return key


# Entity labels of a compound that makes a group's own name (not a description of it).
_NAME_ENTITIES = {"ORG", "PERSON", "FAC", "WORK_OF_ART", "EVENT", "LAW", "PRODUCT"}


# Plural nouns for people who act for a state ("officials", "ministers"); unqualified, they stand for
# the state the text is about (dev README: bare "officials" are the state the article covers).
STATE_ROLE_PLURALS = {"officials", "ministers", "diplomats", "negotiators", "envoys"}


def _bare_role_plural(tok: Token) -> bool:
    """True for an unqualified plural role noun ("officials", "senior officials", "the ministers"): no
    possessor, no compound, no prepositional phrase and no name among its dependents."""
    return tok.lower_ in STATE_ROLE_PLURALS and tok.tag_ == "NNS" and all(
        c.dep_ in {"det", "nummod"} or (c.dep_ in {"amod", "advmod"} and not c.text[:1].isupper())
        for c in tok.children)


# Plural nouns of people who make a crowd when they protest ("thousands of people marched").
CROWD_PEOPLE = {"people", "resident", "citizen", "villager", "inhabitant", "protester", "protestor", "demonstrator",
                "marcher", "crowd"}
# Nouns of a state's or body's own people, on whom it does act ("jailing its critics", "arrested its
# members"): a possessive on them stays the doer's (`_possessor_above`).
OWN_PEOPLE = CROWD_PEOPLE | PERSON_NOUNS | {"critic", "opponent", "national", "population", "civilian", "member",
                                            "supporter", "official", "worker", "student", "volunteer"}
# Prepositions of the place where a crowd gathers.
CROWD_PLACE_PREPS = {"in", "at", "outside", "across", "near", "through", "of"}


def _unplaced_crowd(book: ActorBook, tok: Token, key: str | None) -> bool:
    """Whether `tok` is a crowd noun (`CROWD_PEOPLE`) that names no one's country: no qualifier of its
    own, no of/from-phrase naming a people or an origin ("a crowd of Israelis", "people of Somali
    origin", "people from Eritrea": where they gather does not say who they are), and resolved to
    nothing or to a group of no country ("protesters")."""
    if (tok.lemma_.lower() not in CROWD_PEOPLE and tok.lower_.removesuffix("s") not in CROWD_PEOPLE) or any(
            c.dep_ in {"amod", "compound", "poss", "nmod"} and (c.text[:1].isupper() or c.dep_ == "poss")
            for c in tok.children):
        return False
    if any(c.dep_ == "prep" and c.lower_ in {"of", "from"} and any(
            g.ent_type_ == "NORP" or (c.lower_ == "from" and g.ent_type_ == "GPE") for g in c.subtree)
            for c in tok.children):
        return False    # "a crowd of Israelis", "people of Somali origin", "people from Eritrea": their origin
    actor = book.actor(key)
    return actor is None or (actor.type == "group" and not actor.country)


def _crowd_place(verb: Token, noun: Token) -> gz.Country | None:
    """The country where a crowd acts: a country or city (GeoNames, `gazetteer.city_country`) named by a
    place phrase of the crowd noun ("residents of Goma", "people in Nairobi") or of its verb ("marched
    in Dhaka", "rallied outside parliament in Accra") or of the verb that verb hangs on ("marched in
    Bamako, demanding ..."), nearest first; None when no phrase names one."""
    heads = [(noun, CROWD_PLACE_PREPS), (verb, CROWD_PLACE_PREPS - {"of"})]
    if verb.dep_ in {"advcl", "conj", "xcomp"} and verb.head != verb:
        heads.append((verb.head, CROWD_PLACE_PREPS - {"of"}))    # "marched in Bamako, demanding ..."
    for head, preps in heads:
        for p in head.children:
            if p.dep_ != "prep" or p.lower_ not in preps:
                continue
            for g in p.children:
                if g.dep_ != "pobj" or g.pos_ != "PROPN":
                    continue
                name = " ".join([x.text for x in g.lefts if x.dep_ == "compound"] + [g.text])
                found = gz.country_by_name(name) or gz.city_country(name)
                if found is not None:
                    return found
    return None


def _named_group_of_title(book: ActorBook, person: Token) -> str | None:
    """The armed or political group of the gazetteer that a spokesperson's title names ("Houthi military
    spokesman Yahya Saree": the Houthis, not a state's military), by the title's capitalised modifiers
    (the `SPOKESPERSON_NOUNS` word among the person's compounds); its actor key, or None."""
    role = next((c for c in person.children if c.dep_ == "compound" and c.lower_ in SPOKESPERSON_NOUNS), None)
    for word in role.children if role is not None else ():
        org = gz.organization(word.text) if word.dep_ in {"amod", "compound"} and word.text[:1].isupper() else None
        if org is not None and org.type == "group":
            return book._add(org.name, "group", org.country)
    return None


def _surname_person(book: ActorBook, tok: Token, here: int) -> str | None:
    """The one person named in full before character offset `here` whose name has `tok` as a later
    word ("Ishaq Dar" ... "Dar"; "Moussa Faki Mahamat" ... "Faki"), for a lone capitalised proper
    noun (no compound name words, not an acronym, not a country's name or demonym). None when no
    person or more than one fits. Actor keys of the book."""
    word = tok.text
    if not word[:1].isupper() or word.isupper() or len(word) < 3 \
            or any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in tok.children) \
            or gz.country_by_name(word) is not None or gz.country_by_demonym(word) is not None:
        return None
    found = {k for k, a in book.actors.items() if a.type == "person" and word in a.name.split()[1:]
             and book._first_start.get(k, here) < here}
    return found.pop() if len(found) == 1 else None


def _unacted_home(book: ActorBook, ev: FoundEvent, src_tok: Token, key: str, res, context: Context,
                  unnamed, here: int) -> str | None:
    """`key`, unless it is the article's home state (or a body of it; a group of it is none: insurgents act
    on their own state, issue 11) given to a common noun whose
    phrase names no state ("the government", "ministry officials": `coref.names_no_state`) while a
    target candidate of the event is that same state by name ("with North Korea"): then the dateline's state when it is
    another (its body of the same kind, by `institutions.resolve_unnamed`) and no third state's actor
    was named before character offset `here` (a London-datelined story on "Japan said North Korea
    fired ... The government lodged a protest": not Britain), else None. Home and dateline are ISO3
    codes of the `Context`."""
    home = context.home
    actor = book.actor(key)
    if home is None or actor is None or actor.country != home or not names_no_state(src_tok):
        return key
    if actor.type == "group":
        return key      # (no body of the state: "militants attacked a checkpoint in Pakistan" are Pakistan's own)
    if not any(c.pos_ == "PROPN" and (t := book.actor(res(c))) is not None and t.type == "country"
               and t.country == home for c in target_candidates(ev)):
        return key      # (its own people, groups and bodies it may well act on: "the army raided ...")
    dateline = context.dateline_home
    if dateline is None or dateline == home:
        return None
    if any(a.country not in {None, home, dateline} and book._first_start.get(k, here) < here
           for k, a in book.actors.items()):
        return None     # a third state named before may as well be the one acting ("Japan said ...")
    moved = unnamed(dateline)
    return moved if (m := book.actor(moved)) is not None and m.country == dateline else None


def _state_in_focus(book: ActorBook, tok: Token, di: int, off: int, sentence_of, context: Context) -> str | None:
    """The country a bare role noun acts for: the country named last as a main-clause subject in the
    paragraph ("The Ghanaian government ... . Officials accused ..."), else the article's home country
    (`institutions.home_country`), else None. Returns an actor key."""
    subject = _author_before(book, tok, di, lambda t: book.resolve(t, di, off, sentence_of(off + t.idx), context))
    if subject and _type_of(book, subject) == "country":
        return subject
    country = gz.country_by_iso3(context.home) if context.home else None
    return book._add(country.name, "country", country.iso3) if country is not None else None


# Plural nouns for a state's fighting men.
SOLDIER_NOUNS = {"soldiers", "troops", "servicemen", "policemen", "troopers", "personnel"}


# Nouns for the armed members of a body ("fighters from the Islamic Courts Union", "troops of the
# rebel movement"): whose they are is the body their of/from-phrase names.
_MEMBER_NOUNS = SOLDIER_NOUNS | _FIGHTER_NOUNS | {"forces", "units", "members", "elements", "men"}


def _body_of_members(book: ActorBook, tok: Token, res) -> str | None:
    """The armed group or organisation whose members `tok` names by an of/from-phrase ("forces from the
    rebel Justice and Equality Movement ambushed ...", "fighters from the Islamic Courts Union seized
    a town"): the body acts (GUIDELINES: the most specific actor the sentence names), not the state
    whose forces a bare "forces" in a military spokesman's words would be, nor a word of the noun
    taken for a name. None for other tokens, or when the phrase names a state or a person (a pair of
    states, "troops from both sides", is read before this, `collective_pair`)."""
    if tok.lower_ not in _MEMBER_NOUNS or tok.pos_ not in {"NOUN", "PROPN"}:
        return None
    for p in tok.children:
        if p.dep_ == "prep" and p.lower_ in {"from", "of"}:
            pobj = next((g for g in p.children if g.dep_ == "pobj"), None)
            key = res(pobj) if pobj is not None else None
            if key is not None and _type_of(book, key) in {"group", "organization"}:
                return key      # (of two bodies, the first named: GUIDELINES, one action by several actors)
    return None


# Adjectives by which armed men are said to be a party's ("forces loyal to the government"); the parser
# makes "allied" a participle clause (acl), "loyal" an adjective (amod).
_LOYAL_WORDS = {"loyal", "allied", "faithful"}
# Adverbs by which that loyalty is over or denied ("fighters formerly loyal to X", "no longer loyal").
_LOYALTY_ENDED = {"formerly", "once", "previously", "longer", "never", "not", "no"}


def _loyal_to(book: ActorBook, tok: Token, res, di: int, off: int, sentence: int) -> str | None:
    """The party armed men are "loyal to" or "allied to/with" ("Forces loyal to Congo's government
    clashed with renegade troops", "fighters allied with the Houthis attacked ..."): a person or
    group itself (GUIDELINES: the most specific actor the sentence names), a state or state body by
    its forces (`institutions.owned_actor`: "Congolese military"). None for other tokens, for men
    with a name or owner of their own ("Mai Mai fighters loyal to General X"), for a loyalty that is
    over or denied ("fighters formerly loyal to X", "no longer loyal": they have turned on X), for
    irregulars loyal to a state by its name ("rebels loyal to Rwanda", "militiamen allied with Iran":
    the state backs them, they are not its forces, unlike "fighters loyal to the government"), or
    when the phrase names no actor. Shapes: Token -> actor key | None. Source: issue 11 (src12 tracer on
    unseen news: such subjects got no source key)."""
    if tok.lower_ not in _MEMBER_NOUNS or tok.pos_ not in {"NOUN", "PROPN"} \
            or any(c.dep_ in {"compound", "poss"} or (c.dep_ == "amod" and c.text[:1].isupper())
                   for c in tok.children) or _type_of(book, own := res(tok)) is not None \
            and book.actors[own].name.lower() != tok.lower_:
        return None     # ("Mai Mai fighters loyal to General X": the named group acts, not the one it follows)
    party = next((g for a in tok.children if a.dep_ in {"amod", "acl"} and a.lower_ in _LOYAL_WORDS
                  and not any(m.dep_ in {"advmod", "neg"} and m.lower_ in _LOYALTY_ENDED for m in a.children)
                  for p in a.children if p.dep_ == "prep" and p.lower_ in {"to", "with"}
                  for g in p.children if g.dep_ == "pobj"), None)
    key = res(party) if party is not None else None
    if key is None or _type_of(book, key) in {"person", "group"}:
        return key
    if tok.lower_ in _FIGHTER_NOUNS and party is not None and party.pos_ == "PROPN" \
            and _type_of(book, key) == "country":
        return None     # ("rebels loyal to Rwanda attacked ...": irregulars a state backs are not its forces)
    return owned_actor(book, key, tok, di, off, sentence)


# Military aircraft, vessels and armoured vehicles, which news makes the subject of a strike ("two fighter
# jets bombed the village", "a military helicopter fired on a wedding", "junta jets bombed a camp"):
# the act is the force's that flies, sails or drives them (PLOVER ASSAULT by aerial or heavy weapons,
# CAMEO 195 "employ aerial weapons"; GUIDELINES: the most specific actor the sentence names, the
# owner a modifier names, else the state's forces as for bare "soldiers"). Lemmas; "drone" is a
# munition (MUNITION_NOUNS) and "bomber" is also a person ("a suicide bomber"), so neither is here.
WAR_MACHINE_NOUNS = {"jet", "warplane", "aircraft", "plane", "helicopter", "gunship", "warship", "gunboat",
                     "frigate", "tank"}
# The event types such a machine is the subject of (it strikes, seizes a ship, is sent).
_MACHINE_ACT_TYPES = {"ASSAULT", "COERCE", "MOBILIZE"}
# Lower-case words that tell a machine's kind, not whose it is ("fighter jets", "a military helicopter").
_MACHINE_KIND_WORDS = {"fighter", "military", "army", "air", "force", "attack", "combat", "navy", "naval", "war",
                       "helicopter"}
# Words by which a machine is said to be not the reporter's, or of no known side ("enemy jets",
# "an unidentified helicopter fired on ..., the Syrian army said"): no state's forces are meant.
_UNOWNED_MACHINE_WORDS = {"enemy", "unidentified", "unknown", "unmarked", "foreign", "hostile", "mysterious",
                          "rival", "opposing"}


def _war_machine(tok: Token) -> bool:
    """A military aircraft, vessel or armoured vehicle (WAR_MACHINE_NOUNS) as a common noun."""
    return tok.pos_ == "NOUN" and tok.lemma_.lower() in WAR_MACHINE_NOUNS


def _machine_owner(book: ActorBook, tok: Token, di: int, res) -> str | None:
    """The state, organisation or group a war machine's modifier names ("junta jets", "the army's
    helicopters", "Houthi gunboats"): an actor key, or None when no modifier names one."""
    for c in tok.children:
        if c.dep_ in {"compound", "poss", "nmod", "amod"}:
            key = book.key_at(di, c) or res(c)
            if key is not None and _type_of(book, key) in {"group", "organization", "country"}:
                return key
    return None


def _bare_machine(tok: Token) -> bool:
    """A war machine no name or owner qualifies ("two fighter jets", "a military helicopter"): its
    modifiers only count it or tell its kind (_MACHINE_KIND_WORDS); not one said to be the enemy's or
    of no known side (_UNOWNED_MACHINE_WORDS: "enemy helicopters", "a foreign gunboat")."""
    return all(c.lower_ not in _UNOWNED_MACHINE_WORDS and (
        c.dep_ in {"det", "nummod", "cc", "conj", "punct"}
        or (c.dep_ in {"amod", "compound"} and c.lower_ in _MACHINE_KIND_WORDS)
        or (c.dep_ == "amod" and not c.text[:1].isupper() and c.pos_ == "ADJ"))
               for c in tok.children if c.i < tok.i)


def _bare_soldiers(tok: Token) -> bool:
    """An unqualified plural of soldiers ("24 soldiers", "the troops"): no possessor, name,
    phrase or capitalised modifier says whose."""
    return tok.lower_ in SOLDIER_NOUNS and tok.tag_ == "NNS" and all(
        c.dep_ in {"det", "nummod", "cc", "conj"} or (c.dep_ == "amod" and not c.text[:1].isupper())
        for c in tok.children)


# Words by which a speaker is of a state's forces ("an army officer", "a military spokesman").
MILITARY_WORDS = {"army", "military", "defence", "defense"}


# Weapons and munitions, which news makes the subject of an attack ("shells killed two"): no people,
# so the place they were fired at or fell in names no side (PLOVER ASSAULT's means, not its actors).
MUNITION_NOUNS = {"missile", "rocket", "shell", "mortar", "bomb", "drone", "mine", "grenade", "bullet", "projectile",
                  "explosive", "munition", "round", "warhead"}
# Places inside one state, whose qualifier names the state an actor there acts for ("police in the
# Nigerian capital"); a border, an embassy or waters are not.
INNER_PLACE_NOUNS = {"capital", "city", "town", "village", "province", "region", "district", "county", "state"}


# Nouns of places inside a state by which news introduces a town's name ("the town of X", "X district",
# "Diyala's X sub-district"): INNER_PLACE_NOUNS and their kin ("sub" as the parser splits "sub-district").
_PLACE_NAME_NOUNS = INNER_PLACE_NOUNS | {"sub", "subdistrict", "area", "neighbourhood", "neighborhood", "suburb",
                                         "municipality", "governorate", "prefecture", "locality", "settlement",
                                         "commune", "township", "hamlet"}


def _city_taken_for_body(book: ActorBook, key: str | None, tok: Token) -> bool:
    """Whether an actor is only a city's name the tagger took for a body or a person ("ambushed its men
    on a road between Nyala and El Fasher", "between Garissa and Mandera"): a GeoNames city
    (`gazetteer.city_country`) that the gazetteer knows as no organisation, made an organisation, or a
    person the text never names in full (one word), with no title, named here in a prepositional phrase
    as places are. Many one-word names of people are also some town's ("criticised President Lula",
    Lula in Sweden; "met Santos in Havana", Santos in Brazil): those are parties."""
    actor = book.actor(key)
    if actor is None or not (actor.type == "organization" or (actor.type == "person" and " " not in actor.name
                                                               and not actor.role and _in_a_pp(tok))):
        return False
    return gz.city_country(actor.name) is not None and gz.organization(actor.name) is None


def _in_a_pp(tok: Token) -> bool:
    """Whether a name (its last word, or any conjunct of it) is a preposition's object: "between Nyala
    and El Fasher", not "met Santos"."""
    while tok.dep_ == "compound" and tok.head.i != tok.i:
        tok = tok.head
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    return tok.dep_ == "pobj"


def _town_for_party(book: ActorBook, cand: Token, key: str | None) -> bool:
    """Whether a target or venue candidate's actor is only a town's name: a place named by its place noun
    (`_place_name`, "the town of X", or the place noun itself) or a city the tagger took for a body
    (`_city_taken_for_body`). A country is a party; so is a body the gazetteer knows by the actor's
    name, whatever noun ends it ("attacked the Islamic State": "State" is no place noun there)."""
    actor = book.actor(key)
    if actor is None or actor.type == "country" or gz.organization(actor.name) is not None:
        return False
    return _place_name(cand) or cand.lemma_.lower() in _PLACE_NAME_NOUNS or _city_taken_for_body(book, key, cand)


def _place_name(tok: Token) -> bool:
    """Whether a proper noun names a place by its place noun: "the town of Naftkhana", "the capital of
    North Darfur state El Fasher", "Kolajo sub-district", "Nineveh's Bashiqa district". A name the tagger does not
    know otherwise becomes an organisation actor; as a target it is the place of the act, whose
    country the attack rules take (GUIDELINES: attacks on a country's places take the country)."""
    if tok.pos_ != "PROPN":
        return False
    head = tok.head
    while tok.dep_ == "compound" and head.pos_ == "PROPN" and head.dep_ in {"pobj", "appos", "compound"}:
        tok, head = head, head.head      # "El Fasher": the name's last word
    if tok.dep_ in {"compound", "appos", "poss"} and head.lemma_.lower() in _PLACE_NAME_NOUNS:
        return True
    return tok.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in _PLACE_NAME_NOUNS


def _names_the_place(t: Token) -> bool:
    """Whether `t` names where or whose an actor is: part of a proper name a preposition governs ("the
    government in Addis Ababa": "Addis"; "workers affiliated with the Serbian Workers' Union"), or the
    qualifier of a place inside one state
    ("officials in Kenya's capital", `INNER_PLACE_NOUNS`), or an institution the actor belongs to ("an
    official in the ministry's Europe division"); not a word qualifying another common noun there
    ("troops near the Russian border": "Russian" says whose border, not whose troops)."""
    name = t
    while name.dep_ in {"compound", "poss", "case"} and name.head.pos_ == "PROPN" and name.head != name:
        name = name.head
    if name is not t and name.dep_ == "pobj":
        return True     # a word of a proper name: "in Addis Ababa", "affiliated with the Serbian Workers' Union"
    if t.head.dep_ != "pobj" and t.dep_ != "pobj":
        return False
    if gz.institution_kind(t.lemma_.lower()):
        return True     # membership, not a place: "an official in the ministry's Europe division"
    return t.dep_ in {"amod", "poss", "compound"} and t.head.lemma_.lower() in INNER_PLACE_NOUNS


def _counted(tok: Token) -> Token:
    """The noun a count stands for, a people's name included ("thousands of Kenyans": "Kenyans", which
    `coref.partitive_whole` leaves, being a proper noun); `tok` itself when it is no count."""
    if tok.lower_ in _QUANTITY or tok.tag_ == "CD":
        return next((g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                     for g in c.children if g.dep_ == "pobj"), tok)
    return tok


def _people_of(tok: Token):
    """The country (gazetteer record) of a people named alone as a phrase's head ("the Bangladeshis",
    "the Kyrgyz", "the Congolese": `demonym_country`), or None: not a modifier, not a name with parts
    of its own ("Thai Airways"), not the country's own name."""
    if tok.pos_ != "PROPN" or tok.dep_ in {"compound", "amod"} or any(
            c.dep_ in {"compound", "amod", "poss", "appos", "nmod"} for c in tok.children):
        return None
    country = demonym_country(tok)
    return country if country is not None and tok.text not in {country.name, *country.aliases} else None


def _body_spoken_for(book: ActorBook, tok: Token, res) -> str | None:
    """The country (ISO3) of the state or state body a role noun speaks for by its for/of-phrase ("a
    spokesman for the Thai army", "an official of the defence ministry"), or None. `res` resolves a
    token to an actor key."""
    if tok.pos_ != "NOUN":
        return None
    pobj = next((g for p in tok.children if p.dep_ == "prep" and p.lower_ in {"for", "of"}
                 for g in p.children if g.dep_ == "pobj"), None)
    actor = book.actor(res(pobj)) if pobj is not None else None
    return actor.country if actor is not None and actor.type in {"country", "organization"} else None


def _military_speaker(tok: Token) -> bool:
    """A common-noun speaker of the armed forces: the noun itself ("the army", "the military") or its
    compound or adjective ("an army officer", "a military spokesman", "the defence ministry"), with
    no name or demonym that could say which state's (those resolve to an actor first)."""
    if tok.pos_ != "NOUN":
        return False
    return tok.lemma_.lower() in MILITARY_WORDS or any(
        c.dep_ in {"compound", "amod"} and c.lower_ in MILITARY_WORDS for c in tok.children)


def _one_state(book: ActorBook, home: str) -> bool:
    """Whether every actor of the article so far that belongs to a state belongs to `home` (ISO3):
    no other state, its institutions or its people are named."""
    return all(a.country in {None, home} for a in book.actors.values() if a.type != "group")


def _home_military(book: ActorBook, tok: Token, di: int, off: int, sentence: int, home: str) -> str | None:
    """The "<Demonym> military" actor of the home country (ISO3 `home`), named as
    `institutions.military_actor` names a state's forces, with `tok` as its mention; None when the
    gazetteer does not know the country."""
    return _home_actor(book, tok, di, off, sentence, home, "military", "organization", country_alias=True)


def _home_actor(book: ActorBook, tok: Token, di: int, off: int, sentence: int, home: str, noun: str, kind: str,
                country_alias: bool = False) -> str | None:
    """The "<Demonym> <noun>" actor of type `kind` of the home country (ISO3 `home`), with `tok` as
    its mention and, with `country_alias`, "<Country> <noun>" as an alias (the token's own words are
    none: "soldiers" names no one); None when the gazetteer does not know the country."""
    country = gz.country_by_iso3(home)
    if country is None:
        return None
    demonym = country.demonyms[0] if country.demonyms else country.name
    key = book._add(f"{demonym} {noun}", kind, country.iso3)
    if country_alias:
        book.actors[key].aliases.add(f"{country.name} {noun}")
    book._mention(key, di, tok.doc[tok.i:tok.i + 1], off, sentence)
    return key


def _possessor_country(owner: Token):
    """The gazetteer country a possessor names ("Syria's", "Ivory Coast's", "the DRC's"), or None."""
    words = [c.text for c in owner.lefts if c.dep_ == "compound"] + [owner.text.removesuffix("'s").removesuffix("’s")]
    return gz.country_by_name(" ".join(words)) or gz.country_by_name(words[-1])


def _bare_opposition(tok: Token) -> bool:
    """"the opposition", "the country's opposition" aside: the singular noun with at most a
    determiner or a lower-case modifier ("the main opposition"), nothing that says whose."""
    return tok.lower_ == "opposition" and tok.tag_ == "NN" and all(
        c.dep_ == "det" or (c.dep_ == "amod" and not c.text[:1].isupper())
        # ("accused the opposition of lying", "warned the opposition against holding protests": the parser
        # may hang the verb's gerund phrase on the noun; a gerund says what of, not whose)
        or (c.dep_ == "prep" and _gerund_phrase(c))
        for c in tok.children)


def _gerund_phrase(prep: Token) -> bool:
    """Whether the prepositional phrase `prep` holds nothing but a gerund ("of lying", "against holding ...")."""
    objects = [g for g in prep.children if g.dep_ in {"pobj", "pcomp"}]
    return bool(objects) and all(g.tag_ == "VBG" for g in objects)


def _home_opposition(book: ActorBook, tok: Token, di: int, off: int, sentence: int, home: str) -> str | None:
    """The "<Demonym> opposition" group actor of the home country (ISO3 `home`), with `tok` as its
    mention (GUIDELINES: groups are one group actor, named with their country); None when the
    gazetteer does not know the country."""
    return _home_actor(book, tok, di, off, sentence, home, "opposition", "group")


# Nouns by which news refers back to a named body ("the front", "the coalition", "the court").
BODY_NOUNS = {"party", "group", "movement", "front", "alliance", "coalition", "council", "committee", "agency",
              "organization", "organisation", "league", "commission", "court", "tribunal", "ministry", "militia",
              "faction", "junta", "union", "bloc"}
# Nouns by which news refers back to an international bloc ("the bloc" for the EU, ASEAN or ECOWAS).
BLOC_NOUNS = {"bloc", "alliance", "union"}
# International organizations that are no bloc of states acting together.
NOT_BLOCS = {"United Nations"}


def _latest_bloc(book: ActorBook, context: Context) -> str | None:
    """The international organization of the gazetteer (one with no country of its own) the text
    named last, as a subject first, then anywhere: what "the bloc" refers back to. Returns an actor
    key or None."""
    return _latest_actor(book, context, _is_bloc)


def _is_bloc(actor) -> bool:
    """Whether an actor of the book is an international bloc: an organization of the gazetteer with
    no country of its own, no outlet, not in `NOT_BLOCS`."""
    org = gz.organization(actor.name) if actor.type == "organization" else None
    return org is not None and org.country is None and not org.media and org.name not in NOT_BLOCS


def _the_body(tok: Token) -> bool:
    """"the front", "the coalition": a singular body noun with the definite article and no possessor,
    compound, modifier or phrase that names which one (those phrases are resolved by the actor book);
    a group noun may carry words that only describe it ("the paramilitary group", "the rebel movement")."""
    def names_which(c: Token) -> bool:
        if c.dep_ in {"amod", "compound"} and tok.lemma_.lower() in GROUP_NOUNS:
            return c.text[:1].isupper() or gz.country_by_demonym(c.text) is not None
        if tok.lemma_.lower() in BLOC_NOUNS and c.i < tok.i and (
                (c.dep_ == "amod" and c.text.islower())
                or (c.dep_ == "compound" and c.lower_ in MEMBER_NOUNS and any(g.like_num for g in c.children))):
            return False    # "the continent-wide bloc", "the regional bloc", "the 27-nation bloc": descriptions
        return c.dep_ in {"poss", "compound", "amod", "nmod", "appos", "relcl", "acl"} or (
            c.dep_ == "prep" and not _time_phrase(c) and not _medium_phrase(c))
    return tok.lemma_.lower() in BODY_NOUNS and (tok.tag_ == "NN" or (tok.tag_ == "NNP" and tok.text.islower())) \
        and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children) \
        and not any(names_which(c) for c in tok.children)


def _body_before(book: ActorBook, context: Context, tok: Token, here: int | None = None) -> str | None:
    """The body "the front", "the bloc", "the group" refers back to: the latest actor whose name holds
    the noun; for "the bloc"/"the alliance" the latest international bloc; for "the group"/"the
    militia"/"the movement" the latest armed or political group (type group) the text named, one a
    plural common noun named ("gunmen") not for a singular noun (number agreement). None when
    there is none, or for a bloc with a description ("the regional bloc") when more than one bloc was
    named before character offset `here` ("the EU and ASEAN met ... The regional bloc": either)."""
    noun = tok.lemma_.lower()
    if here is not None and noun in BLOC_NOUNS and any(c.i < tok.i and c.dep_ in {"amod", "compound"}
                                                       for c in tok.children) \
            and sum(1 for k, a in book.actors.items() if _is_bloc(a) and book._first_start.get(k, here) < here) > 1:
        return None
    return _latest_of_kind(book, context, noun) or (_latest_bloc(book, context) if noun in BLOC_NOUNS else None) \
        or (_latest_actor(book, context, lambda a: a.type == "group" and not (
            tok.tag_ == "NN" and _plural_common_name(a.name))) if noun in GROUP_NOUNS else None)


# Nouns that count a bloc's members ("the 27-nation bloc", "the 10-member alliance").
MEMBER_NOUNS = {"nation", "member", "country", "state"}
# Nouns of the medium a body speaks through: "the bloc in a statement rejected ...".
MEDIUM_NOUNS = {"statement", "release", "communique", "communiqué", "tweet", "post", "letter", "note"}


def _medium_phrase(prep: Token) -> bool:
    """An "in"-phrase of the medium a body spoke through ("in a statement", "in an official release"),
    which names no body."""
    return prep.lower_ == "in" and any(g.dep_ == "pobj" and g.lemma_.lower() in MEDIUM_NOUNS for g in prep.children)


def _time_phrase(prep: Token) -> bool:
    """A prepositional phrase of time ("in October", "on Monday"), which names no body."""
    return any(g.dep_ == "pobj" and g.ent_type_ in {"DATE", "TIME"} for g in prep.children)


# Nouns by which news refers back to a country ("the country", "the West African nation").
COUNTRY_NOUNS = {"country", "nation"}


def _the_country(tok: Token) -> bool:
    """"the country", "this nation", "the West African nation": a singular country noun with a
    definite or demonstrative determiner and no possessor, country name or phrase of its own ("the
    country's army" is the army; "a country" and "the countries" are no particular state)."""
    if tok.lemma_.lower() not in COUNTRY_NOUNS or tok.tag_ != "NN":
        return False
    if not any(c.dep_ == "det" and c.lower_ in {"the", "this"} for c in tok.children):
        return False
    return not any(c.dep_ in {"poss", "prep", "relcl", "acl", "appos"}
                   or (c.dep_ in {"amod", "compound"} and gz.country_by_demonym(c.text) is not None)
                   for c in tok.children)


def _country_before(book: ActorBook, tok: Token, di: int, context: Context, subject: bool,
                    other_than: str | None = None, other_than_iso: str | None = None) -> str | None:
    """The country actor "the country" refers back to: the nearest country named before it in its
    paragraph (only subjects and their qualifiers when `subject`, as a subject refers back to a
    subject), else the country the article last named as a subject (`Context.recent`), else (for a
    subject) the country of the person or body last named as a subject; never `other_than` (the
    event's source) nor a country of ISO3 `other_than_iso`. Returns an actor key or None."""
    def fits(key: str | None) -> bool:
        actor = book.actor(key)
        return actor is not None and key != other_than and actor.type == "country" \
            and (other_than_iso is None or actor.country != other_than_iso)

    for t in reversed(tok.doc[max(0, tok.i - 150):tok.i]):     # bounded: a few sentences back
        if subject and not (t.dep_ in {"nsubj", "nsubjpass"} or (
                t.head.dep_ in {"nsubj", "nsubjpass"} and t.dep_ in {"compound", "poss", "amod"})):
            continue
        key = book.key_at(di, t)
        if fits(key):
            return key
    named = next((k for k in reversed(context.recent[-50:]) if fits(k)), None)
    if named is not None or not subject:
        return named
    # "Serbian President Vucic said ... The country has refused to ...": the country of the person or
    # body last named as a subject, when the text never names the country itself
    for k in reversed(context.recent[-50:]):
        actor = book.actor(k)
        if actor is not None and actor.type in {"person", "organization"} and actor.country:
            country = gz.country_by_iso3(actor.country)
            key = book._add(country.name, "country", country.iso3) if country is not None else None
            return key if fits(key) else None
    return None


def _plural_before(book: ActorBook, pronoun: Token, di: int, resolve, other_than: str | None,
                   source: Token | None = None) -> tuple[str, Token] | None:
    """The actor an object "them" stands for: the nearest plural noun (or coordinated nouns) before it
    in its paragraph that is a subject or an object and names an actor other than `other_than` (the
    event's source, by actor or by phrase: "police dispersed them" are not the police). Returns
    (actor key, its noun) or None."""
    for t in reversed(pronoun.doc[max(0, pronoun.i - 80):pronoun.i]):     # bounded: a sentence or two back
        counted = t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.lemma_.lower() in QUANTIFIERS
        if (t.dep_ not in {"nsubj", "nsubjpass", "dobj"} and not counted) or t.pos_ == "PRON" \
                or t.lemma_.lower() in QUANTIFIERS:
            continue        # "thousands of protesters": the protesters
        if t.tag_ not in {"NNS", "NNPS"} and not any(c.dep_ == "conj" for c in t.children):
            continue
        if source is not None and source.left_edge.i <= t.i <= source.right_edge.i:
            continue        # "security officials made them lie down and beat them": not the beaters
        key = book.key_at(di, t) or resolve(t)
        if key == other_than:
            continue
        # the nearest plural decides: "seized two towns and shelled them" is no actor
        return (key, t) if key else None
    return None


# Reactions whose object may be an act the text reported before ("Russia condemned the move").
REACTION_TYPES = {"ACCUSE", "REJECT", "SUPPORT", "CONCEDE"}
# Nouns that refer back to an act or a statement: "the move", "such claims", "the decision".
ACT_NOUNS = {"move", "decision", "step", "action", "measure", "claim", "accusation", "allegation", "expulsion",
             "sanction", "ban", "proposal", "offer", "demand", "threat", "attack", "strike", "appeal", "request",
             "warning", "ruling", "statement", "announcement", "criticism"}
ANAPHORIC_DETS = {"the", "such", "this", "these", "that", "those"}
# How far back (in sentences) the act referred to may lie.
ACT_WINDOW = 3


def _anaphoric_act(ev: FoundEvent) -> Token | None:
    """The object of a reaction that refers back to an act ("condemned the move", "rejected such
    claims", "welcomed the decision"): an ACT_NOUNS noun with a definite or demonstrative determiner
    and no author of its own (no possessor, of-, by- or from-phrase, no clause); else None."""
    if ev.verb.pos_ == "NOUN":
        return None
    for obj in ev.verb.children:
        if obj.dep_ != "dobj" or obj.lemma_.lower() not in ACT_NOUNS:
            continue
        return obj if _refers_back(obj) else None
    return None


def _non_restrictive(clause: Token) -> bool:
    """A relative clause set off by a comma and opened by "which" ("the attack, which killed ..."):
    it describes its noun, it does not say which one is meant."""
    first = clause.left_edge
    return clause.dep_ == "relcl" and first.lower_ == "which" and first.i > 0 and first.nbor(-1).text == ","


def _refers_back(noun: Token) -> bool:
    """Whether an act noun refers back to an act told before: a definite or demonstrative determiner
    ("the attack", "such claims") and no author of its own (no possessor, of-, by- or from-phrase, no
    clause; "the attacks on the towns" is a phrase of the victims, no author). A non-restrictive
    relative clause ("The attack, which killed 11 soldiers, targeted a convoy") adds to the act told
    before without picking out another one, so it does not stop the reference."""
    if not any(c.dep_ in {"det", "amod", "predet"} and c.lower_ in ANAPHORIC_DETS for c in noun.children):
        return False
    return not any(c.dep_ in {"poss", "acl", "relcl", "compound", "amod"} and c.pos_ != "ADJ"
                   and not _non_restrictive(c) or (
        c.dep_ == "prep" and (c.lower_ in {"of", "by", "from", "to"} or (
            c.lower_ in {"against", "on"} and NOUNS.get(noun.lemma_.lower()) not in {"ASSAULT", "COERCE"})))
        for c in noun.children)


def _act_agent(noun: Token, ev: FoundEvent) -> Token | None:
    """The by-phrase agent of an event noun that is the subject of the event's own verb ("an attack
    by Tuareg rebels killed five soldiers", "shelling by government forces hit the market"): the one
    who did the act the noun names does what the act does; else None. Shapes: (Token, FoundEvent) ->
    Token | None. Source: issue 11 (src12 tracer on unseen news: "The attack by Mai Mai fighters ...
    targeted an army base" was dropped for want of a source)."""
    if noun.dep_ != "nsubj" or noun.head.i != ev.verb.i or noun.pos_ != "NOUN" \
            or noun.lemma_.lower() not in NOUNS:
        return None
    return by_agent(noun)


# The signature line of an embedded tweet as a page's text keeps it: "— Name (@handle) date", right
# after the paragraph it signs, with nothing before its dash but the tweet's trailing hashtags and links
# ("#Kenya — Name (@handle)"): words before it (the tweet's own sentences on the signature's line, or a
# line of them between) make it the signature of another tweet, not of the paragraph before.
_TWEET_SIGNATURE = re.compile(r"\s*(?:(?:[#@]\w+|pic\.twitter\.com/\S+|https?://\S+)\s+){0,8}"
                              r"[—–]\s*(?P<name>[^()\n—–#@]{2,60}?)\s*\(@\w{1,15}\)")


def _tweet_signer(book: ActorBook, text: str, end: int, until: int) -> str | None:
    """The person who signs an embedded tweet whose words end at character offset `end` of the
    cleaned article `text`: the signature line ("— Bruno Rodríguez P (@BrunoRguezP) 3 de enero de
    2020") right after `end`, before the next body paragraph at `until` (the cleaner keeps it out
    of the paragraph), after no words but hashtags and links, its name a person
    the article names (`ActorBook.person_named`, dropping trailing words: "Bruno Rodríguez P" is
    Bruno Rodríguez). None when there is no signature or no such person, or when words stand between
    (a whole tweet, "Shame on X. — Name (@handle)", that the cleaner left out of the body): the
    paragraph before is the writer's.
    Source: the embed markup of Twitter/X as news pages keep it as text; issue 11 (the first person
    of such a tweet, "I strongly reject ...", was dropped as a source)."""
    sign = _TWEET_SIGNATURE.match(text, end, min(until, end + 300))
    if sign is None:
        return None
    words = sign.group("name").split()
    return next((k for n in range(len(words), 1, -1)
                 if (k := book.person_named(" ".join(words[:n]))) is not None), None)


def _anaphoric_doer(ev: FoundEvent) -> Token | None:
    """The subject of an act that is itself an event noun referring back to an act told before ("The
    attack killed seven soldiers", "the protests are calling for his resignation"), its author unnamed;
    else None. Issue 11: such events were dropped for want of a source."""
    noun = ev.source
    if noun is None or noun.dep_ != "nsubj" or noun.head.i != ev.verb.i or noun.pos_ != "NOUN" \
            or noun.lemma_.lower() not in NOUNS:     # (the subject of the act's own verb, not of a clause above)
        return None
    return noun if _refers_back(noun) else None


def _act_types(noun: Token | None) -> set[str] | None:
    """The event types an anaphoric act noun can refer to: its own PLOVER type for an event noun of
    the lexicon ("the attack": ASSAULT; "the expulsions": SANCTION), None (any) for a general one
    ("the move", "the decision")."""
    if noun is None:
        return None
    own = NOUNS.get(noun.lemma_.lower())
    return {own} if own else None


def _author_of_last_act(events: list[Event], source: str, sentence: int,
                        types: set[str] | None = None) -> str | None:
    """The source of the latest event of another actor (of one of `types`, when given) within
    ACT_WINDOW sentences before `sentence`: the author of the act a reaction refers back to ("Estonia
    expelled two diplomats. Russia condemned the move" -> Estonia). None when there is none, or when
    it is the reacting actor itself."""
    for e in reversed(events):
        if e.sentence >= sentence:
            continue
        if sentence - e.sentence > ACT_WINDOW:
            return None
        if e.source and e.source != source and (types is None or e.type in types):
            return e.source
    return None


def _acting_subjects(sent, book: ActorBook, di: int, off: int, sentence_of, context: Context) -> None:
    """Register the subjects of a sentence's main verb (and the subjects joined to them) as actors,
    whatever the verb: "Navalny's allies announced plans ...", "rights groups, the opposition and
    lawyers for X blasted the ruling", "resistance movements have emerged" act in the article though
    no PLOVER event or quote names them."""
    doc = sent.doc
    for tok in (doc[i] for i in token_indices(doc, "DEP", ("nsubj",)) if sent.start <= i < sent.end):
        if tok.head.dep_ != "ROOT" or tok.head.pos_ != "VERB":
            continue
        joined, k = [tok], 0
        while k < len(joined) and len(joined) < 8:     # "A, B and C": conjuncts, a list parsed as appositions
            joined += [c for c in joined[k].children if c.dep_ in {"conj", "appos"}]
            k += 1
        for t in joined:
            # names, and plural, owned or named nouns ("X's allies", "lawyers for X", "the Turkish
            # military"); not "the move", "the attack"
            owned = t.pos_ == "NOUN" and (t.tag_ == "NNS" or any(
                c.dep_ == "poss" or (c.dep_ in {"amod", "compound"} and c.text[:1].isupper()) for c in t.children))
            if (t.pos_ == "PROPN" or owned) and book.key_at(di, t) is None and not _outlet_speaker(t):
                key = _resolve(book, t, di, off, sentence_of(off + t.idx), context)
                if key is None and group_phrase(t) is not None:
                    # "Resistance movements have emerged across the country": an unnamed group of the
                    # gazetteer, as an event's argument would get it
                    resolve_unnamed(book, t, di, off, sentence_of(off + t.idx), context.home)


def _update_context(sent, book: ActorBook, di: int, off: int, sentence_of, context: Context) -> None:
    # "He met German Chancellor X": a sentence about the person already in view names others as
    # objects; they do not become the person a later "he said" refers to
    doc = sent.doc
    person_subject = any(t.lower_ in {"he", "she"} and t.head.dep_ == "ROOT"
                         for t in (doc[i] for i in token_indices(doc, "DEP", ("nsubj",)) if sent.start <= i < sent.end))
    for i in range(sent.start, sent.end):       # only the tokens that name an actor
        key = book.key_at_index(di, i)
        if key is None or context.in_quotation(off + doc[i].idx):
            continue    # (a name in a quotation is the speaker's word, not whom the text is about)
        tok = doc[i]
        actor = book.actors[key]
        if tok.dep_ == "nsubj" and _outlet_speaker(tok):
            continue    # "..., reports Mizzima": the outlet is no one the text is about
        # a name in apposition to a subject title is the subject ("Colombia's Defence Minister, Ivan
        # Velasquez, warned ...": a later "he said" is Velasquez, not the person quoted before him)
        named_subject = tok.dep_ == "appos" and tok.head.dep_ == "nsubj" and tok.head.head.dep_ == "ROOT" \
            and actor.type == "person" and book.key_at_index(di, tok.head.i) in {None, key}
        if tok.dep_ in {"nsubj", "nsubjpass"} or named_subject \
                or (tok.head.dep_ in {"nsubj", "nsubjpass"} and tok.dep_ in {"compound", "poss"}):
            context.saw(key)
            person_subject |= actor.type == "person"
        if (tok.dep_ == "nsubj" and tok.head.dep_ == "ROOT") or named_subject or (
                tok.dep_ in {"compound", "amod"} and tok.head.dep_ == "nsubj" and tok.head.head.dep_ == "ROOT"
                and actor.type in {"organization", "group"}):
            # the author a later "a statement said" speaks for ("The Houthi movement fired ...": the Houthis)
            context.last_subject = key
            context.last_subject_at = off + tok.idx
        if (tok.dep_ == "nsubj" and tok.head.dep_ == "ROOT") or (tok.dep_ == "ROOT" and tok.pos_ == "PROPN") \
                or named_subject:
            # "X and Y met", or a caption naming them ("President X (left) and rebel leader Y."), or
            # "US President X and Russian leader Y said" (X in apposition to the title, Y its conjunct):
            # "both", "the two leaders" later
            pair = [k for c in tok.children if c.dep_ == "conj" and (k := book.key_at(di, c)) and k != key]
            if not pair and tok.dep_ == "nsubj" and any(c.dep_ == "cc" and c.lower_ == "and" for c in tok.children):
                # "President X and Prime Minister Y met": the parser made the second name a subject of
                # its own, not a conjunct of the first
                pair = [k for c in tok.head.children if c.dep_ == "nsubj" and c.i > tok.i
                        and (k := book.key_at(di, c)) and k != key][:1]
            if pair:
                context.last_group = [key, *pair]
    root = sent.root
    gathering = next((c for c in root.children if c.dep_ == "nsubj" and c.lemma_.lower() in _GATHERING_NOUNS), None)
    if gathering is not None and book.key_at(di, gathering) is None:
        # "A meeting of the party's office-bearers expressed ...": the party, for a later "a statement said"
        body = _gathered_body(book, gathering, di)
        if body is not None:
            context.last_subject = body
            context.last_subject_at = off + gathering.idx
    if not person_subject:
        for i in range(sent.start, sent.end):
            key = book.key_at_index(di, i)
            if key and book.actors[key].type == "person" and not context.in_quotation(off + doc[i].idx):
                context.last_person = key
                context.recent.append(key)


# Agentless passives ("Suu Kyi was arrested") take the one actor the article names doing that kind of
# act ("the army had raided ..."); with no such actor, or several, they give no event. Protests told
# going on without their protesters ("the protests are ongoing in other states", FoundEvent.ongoing)
# are those of the protesters named last before them, or of the article's one protester (the dev
# README: agentless actions take the agent the article makes clear).
AGENT_FROM_ARTICLE = {"COERCE", "SANCTION"}


def _agents_from_article(events: list[Event]) -> list[Event]:
    doers: dict[str, set[str]] = {}
    for e in events:
        if e.source is not None:
            doers.setdefault(e.type, set()).add(e.source)
    out = []
    last: dict[str, str] = {}
    for e in events:
        if e.source is None:
            agents = doers.get(e.type, set()) - {e.target}
            if e.type == "PROTEST" and e.type in last:
                e.source = last[e.type]
            elif len(agents) != 1:
                continue
            else:
                e.source = next(iter(agents))
        last[e.type] = e.source
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
