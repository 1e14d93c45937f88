"""Who did what to whom: PLOVER-coded events from dependency parses.

A trigger is a verb from the lexicon ("lifted", "accused", "shot down"), a light verb with an
event noun ("held talks", "expressed regret", "launched an operation") or an event noun with its
actor attached ("Ankara's offer of cooperation", "a letter from Erdogan", "a telephone
conversation between A and B"). The source is the subject (or agent, possessor, "from"/"by"
phrase), the target the first actor in the object; "A and B met" is one mutual event. Negated and
speculative ("could fly to Sochi") actions are left out.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

def _lexicon(words_by_type: dict[str, str]) -> dict[str, str]:
    """Word -> PLOVER type, from one space-separated word list per type."""
    return {word: type_ for type_, words in words_by_type.items() for word in words.split()}


VERBS: dict[str, str] = _lexicon({
    "AGREE": "agree sign pledge promise propose settle conclude vow commit",
    "CONSULT": "meet visit talk host phone consult negotiate discuss",
    "SUPPORT": "support back praise welcome endorse congratulate condole thank defend applaud commend hail",
    "CONCEDE": "apologize apologise lift ease release free concede pardon relax",
    "COOPERATE": "cooperate collaborate coordinate partner purchase buy",
    "AID": "aid help assist supply shelter donate",
    "RETREAT": "withdraw retreat evacuate",
    "REQUEST": "ask request urge appeal demand seek plead invite",
    "ACCUSE": "accuse criticize criticise blame condemn denounce slam charge censure rebuke",
    "REJECT": "reject refuse deny oppose veto dismiss rebuff decline",
    "THREATEN": "threaten warn",
    "PROTEST": "protest demonstrate rally",
    "SANCTION": "sanction ban embargo expel boycott suspend sever",
    "MOBILIZE": "deploy mobilize mobilise station dispatch reinforce intervene",
    "COERCE": "arrest detain seize restrict jail imprison confiscate blockade deport",
    "ASSAULT": "attack strike kill bomb shell invade hit target assault massacre wound destroy down shoot raid",
})

NOUNS: dict[str, str] = _lexicon({
    "AGREE": "agreement deal accord treaty pact offer pledge",
    "CONSULT": "talk talks meeting visit call conversation letter summit negotiation consultation",
    "SUPPORT": "support condolence condolences praise backing",
    "CONCEDE": "apology regret concession",
    "COOPERATE": "cooperation collaboration patrol patrols partnership",
    "AID": "aid assistance",
    "RETREAT": "withdrawal retreat",
    "REQUEST": "request appeal demand",
    "ACCUSE": "accusation criticism",
    "REJECT": "opposition rejection refusal denial",
    "THREATEN": "warning threat ultimatum",
    "PROTEST": "protest demonstration",
    "SANCTION": "sanction sanctions ban embargo",
    "MOBILIZE": "intervention deployment mobilization",
    "COERCE": "arrest detention",
    "ASSAULT": "attack strike airstrike airstrikes offensive operation assault bombing shelling killing invasion",
})

# "restarting a working group", "restored ties": taking cooperation up again.
RENEWAL_VERBS = {"restart", "resume", "renew", "restore", "establish", "form", "revive", "launch", "set"}
COOPERATION_OBJECTS = {"group", "cooperation", "dialogue", "relation", "relations", "tie", "ties", "mechanism",
                       "partnership", "commission", "committee", "channel", "contact", "contacts"}
# Adjectival predicates that are actions: "Turkey is deeply opposed to ...".
ADJECTIVES = {"opposed": "REJECT"}
LIGHT_VERBS = {"confirm", "make", "give", "send", "issue", "launch", "hold", "pay", "offer", "express", "stage",
               "carry", "conduct", "draw", "deliver", "extend", "reach", "announce", "mount", "press",
               "convey", "voice", "lodge", "impose", "provide", "break", "cut", "conclude", "sign", "have"}
# Nouns that need an actor attached to count on their own (no verb).
NOMINAL_NEEDS_SOURCE = {"offer", "letter", "conversation", "call", "request", "warning", "opposition"}
INTENT_TYPES = {"AGREE", "REQUEST", "THREATEN", "REJECT"}
MUTUAL = {"meet", "talk", "agree", "cooperate", "negotiate", "consult", "pledge", "work", "clash", "sign"}
SPECULATIVE_AUX = {"could", "might", "may"}
SPECULATIVE_WORDS = {"willing", "possible", "likely", "reportedly", "allegedly-"}
# Places where an actor is a location, not a participant.
LOCATIVE_PREPS = {"in", "at", "near", "during", "since", "after", "before", "until", "over", "from", "across", "along", "inside", "within", "amid"}
TARGET_PREPS = {"with", "to", "against", "on", "for", "toward", "towards", "by", "into", "of", "between"}


@dataclass
class FoundEvent:
    type: str
    trigger: str
    verb: Token                   # the token the event hangs on (verb or noun)
    trigger_tokens: list[Token]
    source: Token | None
    source_key: str | None = None
    target_key: str | None = None
    mutual_with: Token | None = None
    speculative: bool = False


def _negated(tok: Token) -> bool:
    if any(c.dep_ == "neg" for c in tok.children):
        return True
    return tok.dep_ in {"xcomp", "conj"} and any(c.dep_ == "neg" for c in tok.head.children) and tok.dep_ == "xcomp"


def _speculative(tok: Token) -> bool:
    chain = [tok]
    while chain[-1].dep_ in {"xcomp", "advcl", "conj"} and chain[-1].head is not chain[-1] and len(chain) < 4:
        chain.append(chain[-1].head)
    for t in chain:
        if any(c.dep_ == "aux" and c.lower_ in SPECULATIVE_AUX for c in t.children):
            return True
        if any(c.lower_ in {"willing", "ready"} for c in t.children):
            return True
    return tok.dep_ == "xcomp" and tok.head.lemma_ in {"willing", "ready", "want", "hope", "plan", "try", "seek"}


def _verb_type(tok: Token) -> tuple[str, list[Token]] | None:
    """The event type of a verb, from a light-verb object first ("held talks"), then the verb."""
    lemma = tok.lemma_.lower()
    particles = [c for c in tok.children if c.dep_ == "prt"]
    if lemma in {"shoot", "down"} and not (lemma == "down" or any(p.lower_ == "down" for p in particles)):
        return None
    if lemma == "break" and any(p.lower_ == "off" for p in particles):
        return "SANCTION", [tok, *particles]
    if lemma == "call":
        # "called for talks", "called for Assad to step down"
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ == "for":
                return "REQUEST", [tok, c]
            mark = next((g for g in c.children if g.dep_ == "mark" and g.lower_ == "for"), None)
            if c.dep_ in {"advcl", "ccomp", "xcomp"} and mark is not None:
                return "REQUEST", [tok, mark]
        obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
        if obj is not None and obj.ent_type_ in {"PERSON", "GPE", "ORG", "NORP"} | {""} and obj.pos_ == "PROPN" \
                and not any(c.dep_ == "oprd" for c in tok.children):
            return "CONSULT", [tok]
        if obj is not None and obj.lemma_.lower() in {"president", "minister", "counterpart", "leader"}:
            return "CONSULT", [tok]
        return None
    if lemma in RENEWAL_VERBS:
        obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
        if obj is not None and obj.lemma_.lower() in COOPERATION_OBJECTS:
            return "COOPERATE", [tok, obj]
        if lemma not in LIGHT_VERBS:        # "launched an offensive" is read by its object below
            return None
    if lemma == "work" and any(c.lower_ in {"closely", "together"} or (c.dep_ == "prep" and c.lower_ == "with") for c in tok.children):
        return "COOPERATE", [tok]
    if lemma in {"go", "travel", "fly"}:
        dest = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "to"), None)
        if dest is not None and any(g.ent_type_ == "GPE" for g in dest.children):
            return "CONSULT", [tok, dest]
        return None
    if lemma in LIGHT_VERBS or lemma in VERBS:
        for child in tok.children:
            if child.dep_ in {"dobj", "attr"}:
                noun = child.lemma_.lower()
                of = next((g for g in child.children if g.dep_ == "prep" and g.lower_ == "of"), None)
                of_obj = next((g for g in of.children if g.dep_ == "pobj"), None) if of is not None else None
                if of_obj is not None and of_obj.lemma_.lower() in NOUNS and noun in NOUNS:
                    return NOUNS[of_obj.lemma_.lower()], [tok, child, of, of_obj]
                if noun in NOUNS and (lemma in LIGHT_VERBS or lemma == "lift"):
                    if lemma == "lift":
                        return "CONCEDE", [tok, child]
                    return NOUNS[noun], [tok, child]
            if child.dep_ == "prep" and child.lower_ == "to" and lemma == "draw":
                for g in child.subtree:
                    if g.lemma_.lower() in NOUNS:
                        return NOUNS[g.lemma_.lower()], [tok, g]
    if lemma in VERBS and lemma not in {"down", "shoot"}:
        return VERBS[lemma], [tok, *particles]
    if lemma in {"shoot", "down"}:
        return "ASSAULT", [tok, *particles]
    return None


def find_events(doc) -> list[FoundEvent]:
    """Candidate events of one paragraph; actors are attached by the caller."""
    found: list[FoundEvent] = []
    used: set[int] = set()
    for tok in doc:
        if tok.pos_ == "ADJ" and tok.lower_ in ADJECTIVES and tok.dep_ == "acomp" and not _negated(tok.head):
            subj = next((c for c in tok.head.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
            found.append(FoundEvent(ADJECTIVES[tok.lower_], _trigger_text([*[c for c in tok.children if c.dep_ == "advmod"], tok]), tok, [tok], subj))
            used.add(tok.i)
    first_of_verb = {e.verb.i: e for e in reversed(found)}     # the first event of each verb
    for tok in doc:
        if tok.pos_ not in {"VERB", "AUX"} and not (tok.pos_ == "NOUN" and tok.lemma_.lower() == "down"):
            continue
        if tok.i in used or _negated(tok):
            continue
        typed = _verb_type(tok)
        if typed is None:
            continue
        type_, trig = typed
        # "agreed to conduct joint patrols" is one agreement, not also a patrol
        head_event = first_of_verb.get(tok.head.i)
        if tok.dep_ in {"xcomp", "advcl"} and head_event is not None and (
            head_event.type in INTENT_TYPES or head_event.type == type_
        ):
            continue
        # "drew attention to a warning from X": the warning is X's own event too
        used.update(t.i for t in trig if not (t.pos_ == "NOUN" and _nominal_source(t) is not None))
        found.append(FoundEvent(type_, _trigger_text(trig), tok, trig, _source_token(tok), speculative=_speculative(tok)))
        first_of_verb.setdefault(tok.i, found[-1])
    # nominal events with their actor attached
    for tok in doc:
        if tok.i in used or tok.pos_ != "NOUN":
            continue
        noun = tok.lemma_.lower()
        if noun not in NOUNS:
            continue
        source = _nominal_source(tok)
        if source is None:
            continue
        of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        of_obj = next((g for g in of.children if g.dep_ == "pobj"), None) if of is not None else None
        type_ = NOUNS.get(of_obj.lemma_.lower(), NOUNS[noun]) if of_obj is not None else NOUNS[noun]
        trig = [tok] + ([of, of_obj] if of_obj is not None and of_obj.lemma_.lower() in NOUNS else [])
        used.update(t.i for t in trig)
        found.append(FoundEvent(type_, _trigger_text(trig), tok, trig, source))
    return found


def _trigger_text(tokens: list[Token]) -> str:
    toks = sorted(tokens, key=lambda t: t.i)
    doc = toks[0].doc
    if toks[-1].i - toks[0].i <= 6:
        return doc[toks[0].i:toks[-1].i + 1].text
    return " ... ".join(t.text for t in toks)


def _source_token(verb: Token) -> Token | None:
    """Subject, passive agent, or the subject inherited from the verb this one is joined to."""
    cur = verb
    for _ in range(4):
        passive = any(c.dep_ in {"nsubjpass", "auxpass"} for c in cur.children)
        if passive or (cur.dep_ == "acl" and cur.tag_ == "VBN"):
            for c in cur.children:
                if c.dep_ == "agent":
                    pobj = next((g for g in c.children if g.dep_ == "pobj"), None)
                    if pobj is not None:
                        return pobj
            return None
        for c in cur.children:
            if c.dep_ in {"nsubj", "csubj"}:
                return c
        if cur.dep_ in {"conj", "xcomp", "advcl", "ccomp"} and cur.head is not cur:
            cur = cur.head
            continue
        return None
    return None


def _nominal_source(noun: Token) -> Token | None:
    """The actor of an event noun: "Ankara's offer", "a letter from X", "request by X",
    "conversation between A and B"."""
    for c in noun.children:
        if c.dep_ == "poss":
            return c if c.pos_ == "PROPN" else None
        if c.dep_ == "prep" and c.lower_ in {"from", "by", "between"}:
            pobj = next((g for g in c.children if g.dep_ == "pobj"), None)
            if pobj is not None:
                return pobj
    return None


def target_candidates(ev: FoundEvent) -> list[Token]:
    """Tokens to try as the target, best first: objects, then prepositional objects, deeper ones
    after shallow ones, never locations."""
    verb = ev.verb
    out: list[Token] = []
    queue = [verb] + [c for c in verb.children if c.dep_ == "xcomp"]
    if verb.pos_ == "NOUN":
        for c in verb.children:
            if c.dep_ == "prep" and c.lower_ == "between":
                pobj = next((g for g in c.children if g.dep_ == "pobj"), None)
                if pobj is not None:
                    out.extend(g for g in pobj.children if g.dep_ == "conj")
    if verb.dep_ == "relcl" and verb.head.pos_ in {"NOUN", "PROPN"} and any(
        c.dep_ == "nsubjpass" for c in verb.children
    ):
        out.append(verb.head)
    seen = set()
    while queue:
        node = queue.pop(0)
        if node.i in seen:
            continue
        seen.add(node.i)
        for c in node.children:
            if c.dep_ in {"dobj", "iobj", "dative", "attr", "oprd"}:
                out.append(c)
                queue.append(c)
            elif c.dep_ == "prep" and (c.lower_ in TARGET_PREPS or (c.lower_ == "in" and ev.type == "CONSULT")):
                if c.lower_ == "by" and verb.pos_ != "NOUN":
                    continue
                for g in c.children:
                    if g.dep_ == "pobj":
                        out.append(g)
                        out.extend(x for x in g.children if x.dep_ in {"amod", "compound"})
                        queue.append(g)
            elif c.dep_ in {"pobj", "compound", "amod", "poss", "appos", "conj"} and node is not verb:
                out.append(c)
    return out
