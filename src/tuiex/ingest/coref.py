"""Pronoun antecedents for event sources, by grammar alone (issue 11, source resolution).

A subject "they" in news refers back to the nearest main-clause subject before it: "Two rebel
groups announced Friday that they would break the truce, and they accused the government ...".
When that subject is a plural noun ("groups", "rebels", "the Houthis") or coordinated nouns
("Kenya and Uganda"), it is the antecedent, even when no actor can be named for it (the event is then
dropped rather than given to whatever body the text named last). A singular subject ("the ministry
... they") is left to the actor book, as British copy uses "they" for bodies. Source of the rule:
the agreement of English personal pronouns in number with their antecedent; main clauses only, as
the subjects of reported or relative clauses ("police said protesters had ...") are seldom what a
later "they" takes up.

A subject "it" in a clause under another ("after it mobilized reservists") takes up the subject of
the clause above only when that subject is singular: "EU ministers looked at sanctions on Russia after
it mobilized reservists" is Russia's act, the nearest singular name before the pronoun, not the
ministers'.

A counted or partitive subject ("thousands of opposition supporters marched", "hundreds of thousands
of people rallied", "two of the rebels surrendered") acts as the whole it counts: the noun of its
of-phrase, through nested counts, so that the whole's own qualifiers and place name the actor.
"""

from __future__ import annotations

from spacy.tokens import Token

# Words that count a plural rather than name it ("thousands of protesters": the protesters).
_COUNTING = {"hundreds", "thousands", "dozens", "millions", "scores", "some", "many", "most", "all", "both"}
# Onlookers who report what others did: a later "they" is the doers they report, not themselves.
_WITNESS_NOUNS = {"witness", "resident", "villager", "local", "source", "onlooker", "eyewitness", "observer",
                  "reporter", "journalist", "correspondent", "footage", "image", "report", "video"}
# How far back (in tokens, within the paragraph) the antecedent may lie: a sentence or two.
_WINDOW = 80


def _main_clause_subject(tok: Token) -> bool:
    """A nominal subject of a main clause: of the root, or of a verb coordinated with the root."""
    if tok.dep_ not in {"nsubj", "nsubjpass"} or tok.pos_ == "PRON":
        return False
    verb = tok.head
    return verb.dep_ == "ROOT" or (verb.dep_ == "conj" and verb.head.dep_ == "ROOT")


_QUOTE_MARKS = {'"', "“", "”"}


def _in_quotation(tok: Token) -> bool:
    """Whether `tok` stands inside a quotation in its paragraph: after an opening mark with no closing
    one since (curly marks), or after an odd number of straight double marks."""
    marks = [t.text for t in tok.doc[:tok.i] if t.text in _QUOTE_MARKS]
    if not marks:
        return False
    if "“" in marks or "”" in marks:
        return marks[-1] == "“"
    return len(marks) % 2 == 1


def _quoted_clause_subject(tok: Token) -> bool:
    """A nominal subject of a clause quoted before its verb of saying ('"The forces left," said X'):
    the clause is a complement (`ccomp`) that precedes the saying verb."""
    if tok.dep_ not in {"nsubj", "nsubjpass"} or tok.pos_ == "PRON":
        return False
    verb = tok.head
    return verb.dep_ == "ccomp" and verb.i < verb.head.i and verb.head.lemma_.lower() in _SAYING_VERBS


def _plural(tok: Token) -> bool:
    """A plural noun (Penn tags NNS, NNPS) or a noun with a coordinated one ("Kenya and Uganda")."""
    return tok.tag_ in {"NNS", "NNPS"} or any(c.dep_ == "conj" for c in tok.children)


def they_antecedent(pronoun: Token) -> tuple[bool, Token | None]:
    """The noun a subject "they" takes up: (True, noun) when the nearest main-clause nominal subject
    before it in its paragraph (at most `_WINDOW` tokens back) is plural, the counted noun for a
    quantity ("thousands of protesters": "protesters"), the subject of the reported clause when that
    subject is an onlooker's and that reported subject is plural (`_WITNESS_NOUNS`: "residents said
    soldiers entered ..."); (False, None) when that subject is singular, there is none, or `pronoun`
    is not a subject "they" (then the caller's own resolution stands)."""
    if pronoun.lower_ != "they" or pronoun.dep_ not in {"nsubj", "nsubjpass"}:
        return False, None
    fronted = fronted_clause_subject(pronoun)
    if fronted is not None:
        return True, fronted
    above = adverbial_clause_subject(pronoun)
    if above is not None:
        return True, above
    doc = pronoun.doc
    quoted = _in_quotation(pronoun)
    for t in reversed(doc[max(0, pronoun.i - _WINDOW):pronoun.i]):
        if quoted and _quoted_clause_subject(t):
            # '"Gaddafi's forces left the areas," said a fighter. "They fled ...": inside a quotation
            # the quoted clause is the speaker's main clause; its subject, not the sayer, is taken up
            return (True, t) if _plural(t) else (False, None)
        if quoted and t.dep_ == "nsubj" and any(c.dep_ == "ccomp" and c.i < t.head.i for c in t.head.children) \
                and t.head.lemma_.lower() in _SAYING_VERBS:
            continue    # the sayer of a quotation before: "they" inside the next one is not the speaker
        if not _main_clause_subject(t):
            continue
        if t.lower_ in _COUNTING:
            t = next((g for c in t.children if c.dep_ == "prep" and c.lower_ == "of"
                      for g in c.children if g.dep_ == "pobj"), t)
        if t.lemma_.lower() in _WITNESS_NOUNS:
            # "Witnesses said Houthi fighters shelled the port. They also seized ...": the reported doers
            reported = next((g for c in t.head.children if c.dep_ == "ccomp" for g in c.children
                             if g.dep_ in {"nsubj", "nsubjpass"} and g.pos_ != "PRON"), None)
            if reported is not None and _plural(reported):     # "said the army shelled ... They fled": the onlookers
                t = reported
        return (True, t) if _plural(t) else (False, None)
    return False, None


def adverbial_clause_subject(pronoun: Token) -> Token | None:
    """The plural passive subject a "they" of an adverbial clause takes up from the clause it
    modifies: "More than 30 insurgents were killed when they ambushed an army convoy", "Protesters
    were detained after they blocked the road" (the insurgents, the protesters, not the army or
    police named since, nor the sayer of a reported clause). The matrix clause's passive subject,
    counted ones as their whole (`partitive_whole`); None when `pronoun` is no subject "they" of
    such a clause or that subject is a pronoun or singular. An active matrix clause is left alone:
    "police arrested protesters after they attacked a station" is the protesters' act as often as
    the police's. Source: an English subject pronoun of a subordinate clause is bound by the topic
    subject of its matrix clause before it (issue 11: the victims' "they" came out as the army)."""
    clause = pronoun.head
    if pronoun.lower_ != "they" or pronoun.dep_ != "nsubj" or clause.dep_ != "advcl" or clause.head == clause:
        return None
    subject = next((c for c in clause.head.children if c.dep_ == "nsubjpass" and c.i < pronoun.i), None)
    if subject is None or subject.pos_ == "PRON":
        return None
    whole = partitive_whole(subject)
    return whole if _plural(whole) else None


# Heads that count or take part of a plural ("thousands of X", "a number of X", "some of the X"); a
# cardinal number (Penn tag CD) does too ("two of the rebels").
_PARTITIVE = _COUNTING | {"hundred", "thousand", "dozen", "million", "score", "several", "few", "number", "majority"}


def partitive_whole(tok: Token) -> Token:
    """The plural noun a counted or partitive phrase stands for: "thousands of opposition supporters"
    -> "supporters", "hundreds of thousands of people" -> "people", "two of the rebels" -> "rebels";
    `tok` itself when it is no such count, its of-phrase is missing, or the whole is a pronoun ("some
    of them": left to the caller's own resolution) or not a plural common noun ("most of Gaza"), or the
    count has a name in apposition ("one of its senior representatives, Victor Dallakian, endorsed":
    the named member acts, not the whole)."""
    if any(c.dep_ == "appos" and c.pos_ == "PROPN" for c in tok.children):
        return tok
    cur = tok
    for _ in range(3):
        if not (cur.lemma_.lower() in _PARTITIVE or cur.lower_ in _PARTITIVE or cur.tag_ == "CD"):
            break
        whole = next((g for c in cur.children if c.dep_ == "prep" and c.lower_ == "of"
                      for g in c.children if g.dep_ == "pobj"), None)
        if whole is None:
            break
        cur = whole
    if cur is tok or cur.pos_ != "NOUN" or not _plural(cur):
        return tok
    return cur


# Entity labels of names that can be taken up by "it": states, organisations, peoples' bodies.
# Dependencies climbed from a subjectless verb to the clause whose subject it shares.
_CLIMB = {"pcomp", "prep", "pobj", "xcomp", "advcl", "conj"}
_IT_LABELS = {"GPE", "ORG", "NORP"}
# Prepositions that make a name a place, not a party "it" can take up: "met in Brussels after it ...".
_PLACE_PREPS = {"in", "at", "near", "outside", "inside", "into", "across", "around", "through"}
# Prepositions whose object does an act named by a noun ("an attack by militants", "rockets from Gaza").
_AGENT_PREPS = {"by", "from"}
# Singular nouns of a state or organisation body that "it" takes up as a name would be: "lawmakers
# criticized the government after it arrested two journalists".
_BODY_NOUNS = {"government", "regime", "administration", "junta", "ministry", "army", "military", "cabinet",
               "parliament", "leadership", "council", "company", "group", "movement", "militia", "party"}


def _it_candidate(t: Token) -> bool:
    """A token "it" may take up: a proper noun labelled `_IT_LABELS` (the head of its name) that is not
    a place named by a `_PLACE_PREPS` phrase, or a singular body noun (`_BODY_NOUNS`)."""
    if t.pos_ == "NOUN":
        return t.tag_ == "NN" and t.lemma_.lower() in _BODY_NOUNS
    if t.pos_ != "PROPN" or t.ent_type_ not in _IT_LABELS or t.dep_ == "compound":
        return False
    return not (t.dep_ == "pobj" and t.head.lower_ in _PLACE_PREPS)


def it_antecedent(pronoun: Token) -> tuple[bool, Token | None]:
    """The name a subject "it" takes up when the clause above it has a plural subject ("They looked
    at sanctions on Russia after it mobilized ...": "Russia"): (True, the nearest earlier candidate of
    its sentence outside that subject, `_it_candidate`: a name labelled GPE, ORG or NORP not named as a
    place, or a body noun such as "the government"), or (True,
    None) when there is none (the event is then left without a source); when that subject is a
    relative "which"/"that", its singular antecedent. (False, None) when `pronoun`
    is not such an "it" or the subject above is singular or missing (the caller's own resolution
    stands). Labels are spaCy's entity labels."""
    if pronoun.lower_ != "it" or pronoun.dep_ not in {"nsubj", "nsubjpass"}:
        return False, None
    fronted = fronted_clause_subject(pronoun)
    if fronted is not None:
        return True, fronted
    clause = pronoun.head
    if clause.dep_ == "ROOT" and pronoun.i == pronoun.sent.start:
        # "The party has denied the accusation, alleging that the agency fabricated it. It has accused
        # the agency of ...": a sentence-opening "it" continues the last sentence's subject
        before = _previous_main_subject(pronoun)
        return (True, before) if before is not None else (False, None)
    if clause.dep_ not in {"ccomp", "advcl", "xcomp", "conj"} or clause.head == clause:
        return False, None
    head = clause.head
    for _ in range(3):      # "looked at imposing sanctions ... after it ...": up to the clause with a subject
        if any(c.dep_ in {"nsubj", "nsubjpass"} for c in head.children) or head.dep_ not in _CLIMB or head.head == head:
            break
        head = head.head
    above = next((c for c in head.children if c.dep_ in {"nsubj", "nsubjpass"} and c.i < pronoun.i), None)
    if above is not None and above.lower_ in {"which", "that"} and head.dep_ == "relcl" \
            and head.head.pos_ in {"NOUN", "PROPN"} and not _plural(head.head):
        # "The rebel group, which sparked an outcry when it seized Goma, ...": the relative clause's
        # antecedent, the subject of the clause "it" hangs on
        return True, head.head
    if above is None or not (_plural(above) or above.lower_ in {"they", "we"}):
        return False, None
    skip = range(above.left_edge.i, above.right_edge.i + 1)
    for t in reversed(pronoun.doc[pronoun.sent.start:pronoun.i]):
        if t.i not in skip and _it_candidate(t):
            return True, t
    return True, None


def _previous_main_subject(pronoun: Token) -> Token | None:
    """The subject of the main clause of the sentence just before `pronoun`'s, in its paragraph
    (the same Doc), when "it" can take it up (`_it_candidate`: a state's or organisation's name, a
    singular body noun such as "the party", "the ministry"); None otherwise, or when that sentence
    opens a quotation. Source: a pronoun opening a sentence most often continues the topic, the
    subject, of the sentence before it (centering in discourse; issue 11, src11: such an "it" came
    out as the agency named last in the sentence before)."""
    start = pronoun.sent.start
    if start == 0:
        return None
    prev = pronoun.doc[start - 1].sent
    subject = next((c for c in prev.root.children if c.dep_ == "nsubj"), None)
    if subject is None or _in_quotation(subject) or not _it_candidate(subject):
        return None
    return subject


# Subordinators of a clause fronted before its main clause ("When Taiwan heard of it, it sent ...").
_FRONTING_MARKS = {"when", "after", "as", "once", "since", "before", "while", "because", "although", "though",
                   "until"}


def fronted_clause_subject(pronoun: Token) -> Token | None:
    """The subject a main-clause "it", "they", "he" or "she" takes up from a subordinate clause fronted
    before it: "When Taiwan received the news, it dispatched two vessels" (Taiwan), "After the rebels
    entered the town, they looted shops" (the rebels), "When William Ruto arrived in Mogadishu, he
    signed ..." (a person the tagger labels PERSON, for "he"/"she"). The fronted clause must be the
    pronoun's verb's own adverbial clause, opened by a subordinator (`_FRONTING_MARKS`), with a nominal
    subject (no pronoun) that agrees in number: singular for "it", plural for "they", and no person
    for either. None otherwise.
    English pronoun agreement and the nearest-subject preference of news prose are the source of the
    rule."""
    verb = pronoun.head
    if pronoun.lower_ not in {"it", "they", "he", "she"} or pronoun.dep_ not in {"nsubj", "nsubjpass"}:
        return None
    personal = pronoun.lower_ in {"he", "she"}
    for clause in verb.children:
        if clause.dep_ != "advcl" or clause.i > pronoun.i \
                or not any(c.dep_ in {"mark", "advmod"} and c.lower_ in _FRONTING_MARKS for c in clause.children):
            continue
        subj = next((c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if subj is None or subj.pos_ not in {"NOUN", "PROPN"}:
            continue
        if personal:
            # "When William Ruto arrived in Mogadishu, he signed ...": a named person only
            if subj.ent_type_ == "PERSON" and not _plural(subj):
                return subj
            continue
        if subj.ent_type_ == "PERSON":
            continue    # "When Macron visited Germany, it criticized ...": "it" is no person
        if _plural(subj) == (pronoun.lower_ == "they") or (pronoun.lower_ == "they" and subj.ent_type_ == "NORP"):
            return subj
    return None


def in_place_phrase(t: Token, head: Token) -> bool:
    """Whether `t` lies inside a prepositional phrase of the act noun `head` that names no one who did
    the act: any preposition but the agent's "by" and "from" between them. The place ("a suicide attack
    in northwest Pakistan's Bannu district", "an explosion near the Afghan border") and the target ("an
    attack on Israeli positions", "the ambush of a Malian patrol") name others (GUIDELINES.md: the source
    is the actor the sentence names as doing it; `_AGENT_PREPS`). False when `t` is not under `head` or
    only agent prepositions lie between; a "by" of a place (`by_place`) is none."""
    path = _path_up(t, head)
    return path is not None and any(c.dep_ == "prep" and (c.lower_ not in _AGENT_PREPS or by_place(c))
                                    for c in path)


# Places an act noun's "by"-phrase stands at, no doers ("an ambush by the Niger border", "a bombing by
# the roadside"): the words of news geography a "by" of nearness takes.
BY_PLACES = {"border", "frontier", "river", "riverside", "riverbank", "road", "roadside", "lake", "lakeside", "sea",
             "seaside", "coast", "shore", "beach", "gate", "fence"}


def by_place(prep: Token) -> bool:
    """Whether a "by" names where, not who ("an ambush by the Niger border"): its object is a `BY_PLACES` word."""
    return prep.lower_ == "by" and any(g.dep_ == "pobj" and g.lemma_.lower() in BY_PLACES for g in prep.children)


def _path_up(t: Token, head: Token) -> list[Token] | None:
    """The tokens from `t` up the parse to `head`, `t` included and `head` not; None when `t` is not
    under `head`."""
    path = []
    cur = t
    while cur != head:
        if cur.head == cur:
            return None
        path.append(cur)
        cur = cur.head
    return path


# Nouns of one state's body, whose plural names several states: "Western governments", "a number of
# Arab governments", "regimes in the region" are never the one state an article is about.
_ONE_STATE_BODIES = {"government", "regime", "administration", "cabinet", "parliament", "ministry", "junta"}


def several_states(tok: Token) -> bool:
    """Whether `tok` is the plural of a one-state body noun (`_ONE_STATE_BODIES`, Penn tag NNS): it
    stands for several states at once, so no single state found from the article's context (its
    dateline or home country) is its actor; only the phrase's own names can say which."""
    return tok.tag_ == "NNS" and tok.lemma_.lower() in _ONE_STATE_BODIES


def names_no_state(tok: Token) -> bool:
    """Whether the noun phrase headed by the common noun `tok` names no state or people of its own
    ("the government", "ministry officials"; not "the Japanese government", "North Korea's ministry",
    "the government in Seoul"): no proper noun and no entity of a place or people in its words. Only
    then is its state a guess from the article's context."""
    return tok.pos_ == "NOUN" and not any(t.pos_ == "PROPN" or t.ent_type_ in {"GPE", "NORP", "LOC"}
                                          for t in tok.subtree)


# "Head of State", "head of government": descriptions of an office, by the office's usual title.
_HEAD_OF = {"state": "president", "government": "prime minister"}


def head_of_office(tok: Token) -> str | None:
    """The title of the office "the Head of State" ("president") or "the head of government" ("prime
    minister") describes, for the head noun "head" with that of-phrase and the definite article and no
    name of its own ("the head of the Kenyan government" names a state: None); else None. State media
    refer to their own president so ("the Head of State noted ..."), so the holder is the article's."""
    if tok.lemma_.lower() != "head" or not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
        return None
    of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    pobj = next((g for g in of.children if g.dep_ == "pobj"), None) if of is not None else None
    if pobj is None or any(True for _ in pobj.children):
        return None
    return _HEAD_OF.get(pobj.lower_)


def in_modifier_clause(t: Token, head: Token) -> bool:
    """Whether `t` lies inside a relative clause or a present-participle clause modifying the noun
    `head` ("ships ... blocking boats taking supplies to the Philippine forces", "rebels, who are
    backed by Rwanda, ..."): such a clause says what the actor does; the words in it name others (its
    targets). A past participle is not skipped: its agent or its ties name the actor's side ("a shell
    fired by Kyrgyz soldiers", "workers affiliated with the Serbian Workers' Union", "a group led by
    Colonel X"). False when `t` is not under `head` or no such clause lies between."""
    path = _path_up(t, head)
    # a past participle with its by-agent names a doer ("a shell fired by Kyrgyz soldiers", "a group
    # of officers led by Colonel X"): not a description to skip
    return path is not None and any(c.dep_ == "relcl" or (c.dep_ == "acl" and c.tag_ == "VBG") for c in path)


# Verbs of saying whose clausal complement reports the sayer's own words ("X said he had ...").
_SAYING_VERBS = {"say", "tell", "announce", "claim", "declare", "state", "add", "insist", "confirm", "write",
                 "tweet", "assert", "admit", "acknowledge", "vow", "pledge", "promise", "warn", "threaten"}
# Verbs that report another's words with "as saying" ("agencies quoted X as saying ...").
_QUOTING_VERBS = {"quote", "cite"}


def reported_sayer(pronoun: Token) -> Token | None:
    """The sayer a subject pronoun of reported speech takes up when nothing else resolved it: the
    subject of the verb of saying whose clausal complement (Universal Dependencies/ClearNLP `ccomp`) the
    pronoun's verb is, when that subject is the same pronoun ("They said they had closed the
    borders": the first "they", for the caller to resolve in turn) or agrees with it (a person the
    tagger labels PERSON for "he"/"she", a plural noun for "they", a singular non-person noun for
    "it"); for "as saying" after a verb of quoting, the person quoted ("Lavrov was quoted as saying
    he had proposed ...", "agencies quoted Lavrov as saying he ..."). None otherwise.
    Source of the rule: in news reporting a pronoun subject of a reported clause refers to the
    reporting clause's sayer unless the text names another (the attribution conventions of wire copy)."""
    if pronoun.lower_ not in {"he", "she", "they", "it"} or pronoun.dep_ not in {"nsubj", "nsubjpass"}:
        return None
    clause = pronoun.head
    saying = clause.head
    if clause.dep_ != "ccomp" or saying.lemma_.lower() not in _SAYING_VERBS:
        return None
    sayer = next((c for c in saying.children if c.dep_ == "nsubj" and c.i < pronoun.i), None)
    if sayer is None:
        sayer = _subject_of_saying_adjunct(saying)
    if sayer is None and saying.dep_ == "pcomp" and saying.head.lower_ == "as" \
            and saying.head.head.lemma_.lower() in _QUOTING_VERBS:
        quoting = saying.head.head
        sayer = next((c for c in quoting.children if c.dep_ == "dobj"), None) \
            or next((c for c in quoting.children if c.dep_ == "nsubjpass"), None)
    if sayer is None:
        return None
    if sayer.lower_ == pronoun.lower_:
        return sayer
    if sayer.pos_ not in {"NOUN", "PROPN"}:
        return None
    if pronoun.lower_ in {"he", "she"}:
        return sayer if sayer.ent_type_ == "PERSON" and not _plural(sayer) else None
    if sayer.ent_type_ == "PERSON":
        return None
    return sayer if _plural(sayer) == (pronoun.lower_ == "they") else None


# Nouns of documents a participle of saying can describe ("issued a statement saying it ...").
_DOCUMENT_NOUNS = {"statement", "communique", "communiqué", "message", "letter", "post", "note", "release",
                   "video", "tweet"}


def _subject_of_saying_adjunct(saying: Token) -> Token | None:
    """The subject of the clause a subjectless participle of saying hangs on, which says it: "Iran
    responded, saying it would ..." (advcl), "Tehran responded by saying that it would ..." (pcomp
    of a preposition), "the rebels issued a statement saying they ..." (acl of a document noun); a
    nominal subject only, before the participle. None for any other verb of saying. Source: a
    participle's understood subject is its matrix clause's (issue 11: such an "it" came out as the
    body the text named last)."""
    up = None
    if saying.dep_ == "advcl" and saying.tag_ == "VBG":
        up = saying.head
    elif saying.dep_ == "pcomp" and saying.tag_ == "VBG" and saying.head.dep_ == "prep" \
            and saying.head.lower_ in {"by", "after", "before", "while"}:
        up = saying.head.head
    elif saying.dep_ == "acl" and saying.tag_ == "VBG" and saying.head.lemma_.lower() in _DOCUMENT_NOUNS \
            and saying.head.dep_ == "dobj":
        up = saying.head.head
    if up is None or up.pos_ not in {"VERB", "AUX"}:
        return None
    return next((c for c in up.children if c.dep_ == "nsubj" and c.i < saying.i and c.pos_ != "PRON"), None)


# Participles that lay an act or a weapon at someone's door, with the preposition that names them.
_ATTRIBUTING = {"attribute": "to", "blame": "on", "ascribe": "to", "claim": "by"}


def attributed_doer(tok: Token) -> Token | None:
    """The one an act or weapon is laid to when it stands as an event's source or agent: "an ambush
    attributed to Fulani gunmen killed seven", "killed by an explosive device attributed to the
    Islamic State group", "the bombing, which police blamed on separatist rebels, killed four" (the
    object of "to"/"on" of a participle or relative clause of `_ATTRIBUTING` on `tok`); None otherwise.
    Source of the rule: news names the suspected perpetrator of an agentless attack this way, and
    annotators code that perpetrator as the attack's source (the dev README: agentless actions take
    the agent the article makes clear)."""
    for clause in tok.children:
        prep = _ATTRIBUTING.get(clause.lemma_.lower())
        if prep is None or not ((clause.dep_ == "acl" and clause.tag_ == "VBN") or (
                clause.dep_ == "relcl" and any(c.dep_ in {"dobj", "nsubjpass"} and c.tag_ in {"WDT", "WP"}
                                               for c in clause.children))):
            continue
        for p in clause.children:
            if p.dep_ in {"prep", "agent"} and p.lower_ == prep:
                doer = next((g for g in p.children if g.dep_ == "pobj"), None)
                if doer is not None:
                    return doer
    return None
