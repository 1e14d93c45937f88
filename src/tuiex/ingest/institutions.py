"""Actors the name finder leaves out, for events: unnamed institutions and groups, and bare country names.

`resolve_unnamed(book, token, ...)` is tried by the event stage after `ActorBook.resolve` found
nothing. It returns an actor key or None:

- a country named by a proper noun spaCy did not tag ("Belize settled ...") -> that country (gazetteer);
- a people named by its plural demonym ("Palestinians", "Iraqis") -> its country;
- an unqualified institution ("the army", "police", "the foreign ministry", "security forces",
  "the government") -> the institution of the country the article is about: an actor already in the
  article with that institution noun ("Myanmar military" for "the army") first, else the article's
  home country (the country its mentions name most, and more often than any other; in a text naming
  no country, that of its groups, bodies and persons), for "state"
  nouns ("the government", "the authorities") the country itself. With no home country, nothing.

Country and institution nouns come from the gazetteer (data/gazetteer.json, "institutions").
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from spacy.tokens import Token

from . import gazetteer as gz
from .nlp import doc_entities, token_indices

# Institution nouns that name the same body ("the army" = "the military").
SYNONYMS = [{"army", "military", "armed forces", "troops", "forces", "soldiers", "jets", "fighter jets", "warplanes",
             "planes", "aircraft", "helicopters", "drones", "military planes", "military aircraft", "tanks",
             "artillery"},
            {"police", "police force", "policemen"},
            {"foreign ministry", "ministry of foreign affairs", "foreign office"},
            {"government", "authorities", "administration", "regime"}]
_DETERMINERS_OK = {"the"}
# Bodies that act in the news but are not in the gazetteer's institution list.
EXTRA = {"prosecutor", "prosecutors", "court", "courts", "tribunal", "judge", "judges", "customs", "regulator",
         "regulators", "investigators", "lawmakers", "legislators", "prison", "mission", "consulate"}


# Security services news leaves unqualified ("security forces beat protesters", "policemen dispersed
# them"): the home country's, under one name per service (the name military_actor gives qualified ones).
SECURITY = {"security forces": "security forces", "security agents": "security forces",
            "security officials": "security forces", "security operatives": "security forces",
            "security personnel": "security forces", "security officers": "security forces",
            "riot police": "police", "policemen": "police", "policeman": "police", "police officers": "police",
            "policewomen": "police",
            # a military that seized power rules as a body of its own, not as the state it rules
            "junta": "junta", "military junta": "junta", "ruling junta": "junta", "military rulers": "junta"}


COMPASS = {"north", "south", "east", "west", "central", "northern", "southern", "equatorial"}


def demonym_country(token: Token):
    """The country a demonym token names, read with a compass word before it: "South Sudanese" is
    South Sudan and "North Korean" North Korea, not Sudan and South Korea (the gazetteer's demonyms)."""
    if token.i > 0:
        prev = token.doc[token.i - 1]
        if prev.lower_ in COMPASS:
            found = gz.country_by_demonym(f"{prev.text} {token.text}")
            if found is not None:
                return found
    return gz.country_by_demonym(token.text)


def home_country(book, dateline: str | None = None, places: Iterable[str] = ()) -> str | None:
    """The ISO3 code of the country the article's mentions name most, if one leads; on a tie or with
    no country named, the dateline's country (`dateline`, ISO3: `dateline_country`); else None.
    Only country mentions count (outlets such as Reuters carry a country too), unless the text names
    no country at all and has no dateline: then the country of its other actors' mentions, if one
    leads with two or more ("al Shabaab" twice: Somalia); with no such actor either, the country of
    the cities among `places` (the body's place names), by GeoNames, if one leads with two or more."""
    counts: Counter[str] = Counter()
    for m in book.mentions:
        actor = book.actor(m.actor_key)
        if actor is not None and actor.country and actor.type == "country":
            counts[actor.country] += 1
    top = counts.most_common(2)
    if top and (len(top) == 1 or top[0][1] > top[1][1]):
        return top[0][0]
    if dateline is not None and (not top or counts[dateline] == top[0][1]):
        return dateline
    if not top:
        # no country named by name at all ("al Shabaab militants killed 12 Somali soldiers ... The
        # military recaptured the base"): the country of the groups, bodies and persons the text
        # names, when one leads with two mentions or more (issue 11: "the military", "the government"
        # of such a text were left with no source)
        for m in book.mentions:
            actor = book.actor(m.actor_key)
            if actor is not None and actor.country:
                counts[actor.country] += 1
        top = counts.most_common(2)
        if top and top[0][1] >= 2 and (len(top) == 1 or top[0][1] > top[1][1]):
            return top[0][0]
    if not top:
        # nor any actor of a country: the country of the cities and regions it names (`places`:
        # GeoNames cities, ISO 3166-2 regions), when one leads with two or more ("shelling Kherson
        # ... in Kherson region": Ukraine). A region named with its kind ("Zamfara State", "Idlib
        # Province": `gazetteer.names_region`) counts twice: its name says what it is, so it is no
        # city of the same name elsewhere. Local news names its state, not its country ("The police
        # in Zamfara State said they rescued ..."), and "the police" of such a text had no state
        # (issue 11: events dropped for want of a source; Nigerian outlets on unseen news).
        counts = Counter()
        for p in places:
            found = gz.city_country(p) or gz.region_country(p)
            if found is not None:
                counts[found.iso3] += 2 if gz.names_region(p) and gz.region_country(p) is not None else 1
        top = counts.most_common(2)
        if top and top[0][1] >= 2 and (len(top) == 1 or top[0][1] > top[1][1]):
            return top[0][0]
    return None


def dateline_country(place: str | None) -> str | None:
    """The ISO3 code of the country of a dateline's place ("MOSCOW" -> RUS, "KYIV, Ukraine" -> UKR,
    "Bangui (Central African Republic)" -> CAF), or None."""
    if not place:
        return None
    parts = place.replace("/", ",").replace("(", ",").replace(")", ",").split(",")
    for part in reversed([p.strip() for p in parts if p.strip()]):
        found = gz.country_by_name(part) or gz.country_by_name(part.title())
        if found is not None:
            return found.iso3
    return None


def _institution_phrase(token: Token) -> str | None:
    """'army', 'foreign ministry', 'security forces': the institution noun the token heads, when the
    phrase has no owner or other determiner ("the army", "police"; not "an army", "its army")."""
    if token.pos_ not in {"NOUN", "PROPN"}:
        return None
    for c in token.children:
        if c.dep_ == "poss" and _the_country(c):
            continue    # "the country's army": the country is found by `_country_named_before`
        if c.dep_ in {"poss", "nummod"} or (c.dep_ == "det" and c.lower_ not in _DETERMINERS_OK):
            return None
    mods = [c for c in token.lefts if c.dep_ in {"compound", "amod"}]
    words = [m.lower_ for m in mods] + [token.lower_]
    for start in range(len(words)):
        phrase = " ".join(words[start:])
        if phrase in SECURITY or gz.institution_kind(phrase):
            return phrase
    lemma = token.lemma_.lower()
    if gz.institution_kind(lemma):
        return lemma
    return token.lower_ if token.lower_ in EXTRA else None


def _the_country(token: Token) -> bool:
    """Whether a possessive is "the country's" or "the nation's" (the state the text names)."""
    return token.lower_ in {"country", "nation"} and any(c.lower_ == "the" for c in token.children)


def _country_named_before(book, token: Token, at: int, sentence: int):
    """The state "the country's" stands for, for a noun at character offset `at` in sentence
    `sentence`: the first country its sentence names before it ("Mali closed its airspace, the
    country's army said" -> Mali; not a place named after the actor, "the attack in Baghdad"), else
    the last one an earlier sentence named. None when the article named none before. Reads the
    sentences' own mentions (`ActorBook.mentions_in`), back from `sentence` until one names a
    country, not the article's: an article of a thousand such phrases is not quadratic."""
    def countries(s: int) -> list:
        return [m for m in book.mentions_in(s) if m.start < at
                and (a := book.actor(m.actor_key)) is not None and a.type == "country" and a.country]

    chosen = min(countries(sentence), key=lambda m: m.start, default=None)
    for earlier in range(sentence - 1, -1, -1):
        if chosen is not None:
            break
        chosen = max(countries(earlier), key=lambda m: m.start, default=None)
    return gz.country_by_iso3(book.actor(chosen.actor_key).country) if chosen is not None else None


def _named_owner(token: Token, phrase: str) -> bool:
    """Whether an institution noun is qualified by an organisation's name ("EU leadership",
    "Hamas officials", "NATO forces", "the UN's mission"): the phrase belongs to that named actor, which
    the caller finds among the noun's modifiers, not to the article's home country. A demonym or a
    country name ("Kenyan police", "Kenya police"), words of the institution's own name ("Foreign
    Ministry") and names the parser does not tag ORG do not count."""
    own = set(phrase.split())
    for c in token.children:
        if c.dep_ not in {"compound", "poss"} or c.pos_ != "PROPN" or c.ent_type_ != "ORG" or c.lower_ in own:
            continue
        text = c.text.removesuffix("’s").removesuffix("'s")
        if demonym_country(c) is None and gz.country_by_name(text) is None:
            return True
    return False


def group_phrase(token: Token) -> str | None:
    """The gazetteer's several-word group noun a noun phrase ends in ("resistance movements", "rights
    groups", "opposition groups"), or None: an unnamed group that is an actor wherever it acts."""
    mods = [c for c in token.lefts if c.dep_ in {"compound", "amod"}]
    if not mods or token.tag_ not in {"NNS", "NN"}:
        return None
    words = [t.lower_ for t in token.doc[max(token.left_edge.i, token.i - 2):token.i + 1]   # "human rights groups"
             if t.dep_ not in {"det", "poss", "nummod"} and t.is_alpha]
    return next((p for p in (" ".join(words[k:]) for k in range(len(words) - 1)) if gz.is_group_noun(p)), None)


def named_group_before(book, token: Token, at: int) -> str | None:
    """The group a definite singular group phrase takes up ("The rebel group briefly occupied Goma",
    "the armed group has also attacked ..."): the last group the text named by its own name before
    character offset `at` ("M23", "al-Shabaab": a gazetteer group or a capitalised name; not a crowd
    a plural common noun made, "Colombian rebels", nor one the phrase's own words made, "rebel
    group"). None for an indefinite, plural, placed or restricted phrase ("a rebel group", "rebel
    groups", "the rebel group in Cauca", "the group that attacked ..."), which introduces a group
    rather than taking one up. Source: a definite description refers back to an entity the text
    introduced (issue 11, src11: "the rebel group" came out as an actor of its own)."""
    if token.tag_ != "NN" or token.lemma_.lower() not in _GROUP_HEADS \
            or not any(c.dep_ == "det" and c.lower_ == "the" for c in token.children) \
            or any(c.dep_ in {"poss", "prep", "appos"}
                   or (c.dep_ == "relcl" and token.doc[c.left_edge.i - 1].text != ",") for c in token.children) \
            or any(c.dep_ in {"compound", "amod"} and (c.pos_ == "PROPN" or demonym_country(c) is not None)
                   for c in token.lefts):
        return None     # (nor "the Kurdish group", "the Kalanga militia": a qualifier that says which)

    def named(actor) -> bool:
        words = actor.name.split()
        return gz.organization(actor.name) is not None or (
            bool(words) and actor.name[:1].isupper() and not words[-1].islower())

    return book.last_named_before_where(at, "group", named)


# Head nouns of a group's description ("the rebel group", "the armed movement").
_GROUP_HEADS = {"group", "movement", "militia", "faction", "organisation", "organization"}


# A state's posts abroad: "the embassy in Mogadishu" is the sending state's, in the host's capital
# (Vienna Convention on Diplomatic Relations, art. 1: the mission is "of the sending State").
DIPLOMATIC_POSTS = {"embassy", "consulate", "mission", "legation", "chancery"}


def _place_country(token: Token, where: bool = True):
    """'prosecutors in Kenya', 'Kenyan prosecutors': the country qualifying an institution noun;
    with `where` False only the demonym counts (the place "in" a diplomatic post names the host).
    A body named as the compound of a person noun takes the place of that person: "a foreign
    ministry spokesman in Kampala", "interior ministry officials in Kabul"."""
    children = list(token.children)
    agent = token
    if token.dep_ == "compound" and token.head.pos_ == "NOUN" and not gz.institution_kind(token.head.lemma_.lower()):
        children += [c for c in token.head.children if c.dep_ == "prep"]
        agent = token.head
    if where and agent.dep_ == "nsubj" and agent.head.pos_ == "VERB":
        # "In Cairo, a foreign ministry spokesman said ...": the place its clause opens with
        children += [c for c in agent.head.children if c.dep_ == "prep" and c.i < agent.i]
    for c in children:
        if c.dep_ == "amod" and demonym_country(c):
            return demonym_country(c)
        if where and c.dep_ == "prep" and c.lower_ in {"in", "of"}:
            for g in c.children:
                if g.dep_ == "pobj":
                    words = [x.text for x in g.lefts if x.dep_ == "compound"] + [g.text]
                    # a country, else a city or region of one ("the health ministry in Rafah",
                    # "police in Kandahar": that country's, whatever state the article names most)
                    found = gz.country_by_name(" ".join(words)) or gz.place_country(" ".join(words))
                    if found:
                        return found
    return None


def _coordinated_country(token: Token):
    """The country of the subject of the clause a body's clause is coordinated with: "Egyptian
    officials rejected the plan, and the foreign ministry summoned ..." -> Egypt; the same actor goes
    on acting. A reported clause ("Egypt rejected it, the ministry said") is not coordinated and does
    not count (the sayer's country is not the one it speaks about). None without such a subject."""
    verb = token.head
    if token.dep_ not in {"nsubj", "nsubjpass"} or verb.dep_ != "conj" or verb.head.pos_ not in {"VERB", "AUX"}:
        return None
    for subj in verb.head.children:
        if subj.dep_ in {"nsubj", "nsubjpass"}:
            country = demonym_country(subj) if subj.pos_ == "ADJ" else None
            if country is None and subj.pos_ == "PROPN":
                country = gz.country_by_name(subj.text)
            if country is None:
                country = next((demonym_country(c) for c in subj.children
                                if c.dep_ in {"amod", "compound"} and demonym_country(c)), None)
            return country
    return None


def _post_named_before(token: Token):
    """The country of the last diplomatic post of the same noun its paragraph qualified before it
    ("China's embassy in Yangon ... The embassy said" -> China), read from the parse, as the post
    may not be an actor yet (quotes are resolved before events); None without one."""
    lemma = token.lemma_.lower()
    for t in reversed(token.doc[:token.i]):
        if t.lemma_.lower() == lemma and t.pos_ == "NOUN":
            country, _ = _country_qualifier(t)
            if country is not None:
                return country
    return None


def _envoy_object_country(token: Token) -> str | None:
    """ISO3 of the envoy the body's verb acts on ("summoned the Ethiopian ambassador", "expelled two
    Ethiopian diplomats" -> ETH), or None when its object is no envoy qualified by a country."""
    if token.dep_ != "nsubj":
        return None
    for obj in token.head.children:
        if obj.dep_ == "dobj" and obj.lemma_.lower() in ENVOY_NOUNS:
            country, _ = _country_qualifier(obj)
            return country.iso3 if country is not None else None
    return None


# Verbs by which a state itself speaks or acts diplomatically in the news ("Turkey condemned the
# attack", "Egypt summoned the envoy", "Moscow rejected the claim"): the state's ministry or government
# that the text then quotes unqualified ("..., the Foreign Ministry said") is that state's voice.
# From the PLOVER manual's verbal types (ACCUSE, REJECT, REQUEST, SUPPORT) and speech verbs.
STATEMENT_VERBS = frozenset({
    "say", "state", "announce", "declare", "condemn", "denounce", "deplore", "criticise", "criticize",
    "summon", "protest", "reject", "deny", "dismiss", "welcome", "urge", "call", "demand", "accuse", "blame",
    "warn", "express", "voice", "praise", "hail", "respond", "react", "recall", "expel", "slam", "decry"})
# Bodies that speak for their state: a ministry, the government, the presidency.
STATE_VOICES = ("ministry", "ministries", "foreign office", "government", "presidency", "administration")
_STATING_LOOKBACK = 4   # sentences: a lead's "Turkey condemned ..." governs the paragraphs right after it


def stating_states(book, docs: list, offsets: list[int], sentence_of) -> list[tuple[int, int, str]]:
    """(character offset, sentence index, ISO3) of every state named as the subject of a statement
    verb (`STATEMENT_VERBS`: "Turkey on Monday condemned ...", "Egypt summoned ..."), in text order:
    the article's acting state, whose unqualified ministry speaks next. Reads the subjects of each
    paragraph's parse (`docs`, at `offsets`) and the country actors `book` registered on them."""
    found: list[tuple[int, int, str]] = []
    for di, doc in enumerate(docs):
        for i in token_indices(doc, "DEP", ("nsubj",)):
            tok = doc[i]
            if tok.head.lemma_.lower() not in STATEMENT_VERBS or tok.head.pos_ not in {"VERB", "AUX"}:
                continue
            key = book.key_at_index(di, i)
            actor = book.actor(key) if key is not None else None
            if actor is not None and actor.type == "country" and actor.country:
                at = offsets[di] + tok.idx
                found.append((at, sentence_of(at), actor.country))
    return found


def acting_state(book, at: int, sentence: int) -> str | None:
    """ISO3 of the last state that spoke or acted as a subject (`stating_states`, kept on the book as
    `book.stating`) before character offset `at`, in sentence `sentence` or the few before it
    (`_STATING_LOOKBACK`); None without one. A country that is only an object or a topic ("condemned
    the attack on Lebanon", "summoned Iran's envoy") is never such a subject."""
    best = None
    for start, s, iso3 in getattr(book, "stating", ()):
        if start >= at:
            break
        if sentence - s <= _STATING_LOOKBACK:
            best = iso3
    return best


def speaks_for_state(phrase: str) -> bool:
    """Whether an institution phrase names a body that speaks for its state (`STATE_VOICES`)."""
    return any(phrase == v or phrase.endswith(" " + v) for v in STATE_VOICES)


# Heads of bodies a text names once with their state and then bare, by the same noun ("Russia's
# foreign ministry condemned ... the ministry added"): the bare noun is the last one so qualified.
ANAPHORIC_HEADS = ("ministry", "army", "military", "police", "presidency")
# "a Pakistan army post ... the military said": news names a state's land forces by either noun
_SAME_BODY = {"military": "army"}


def qualified_bodies(docs: list, offsets: list[int]) -> list[tuple[int, str, frozenset[str], str]]:
    """(character offset, head noun, its other modifier words, ISO3) of every body noun of
    `ANAPHORIC_HEADS` a state qualifies ("the Russian foreign ministry" -> (at, "ministry",
    {"foreign"}, "RUS"); "Kenya's army"; "a Pakistan army post"), in text order, across the
    article's paragraphs (`docs`, at `offsets`), headline included; read from the parse, as a
    lower-case body is no named actor."""
    found: list[tuple[int, str, frozenset[str], str]] = []
    for di, doc in enumerate(docs):
        for i in token_indices(doc, "LOWER", ANAPHORIC_HEADS):
            tok = doc[i]
            if tok.pos_ not in {"NOUN", "PROPN"}:
                continue
            country, qualifier = _country_qualifier(tok)
            if country is None and tok.dep_ == "compound":
                # "a Pakistan army post": the country and the body noun both modify the noun after them
                qualifier = next((c for c in tok.head.lefts if c.i < tok.i and c.dep_ in {"compound", "amod"}
                                  and (demonym_country(c) or gz.country_by_name(c.text))), None)
                country = (demonym_country(qualifier) or gz.country_by_name(qualifier.text)) if qualifier else None
            if country is not None:
                words = frozenset(c.lower_ for c in tok.lefts if c.dep_ in {"amod", "compound"} and c != qualifier)
                found.append((offsets[di] + tok.idx, tok.lower_, words, country.iso3))
    return found


def _body_named_before(book, token: Token, at: int):
    """The country of the last body of the same noun (`ANAPHORIC_HEADS`; "army" and "military" are one
    noun, `_SAME_BODY`) the article qualified by a state at or before character offset `at` (the body
    itself first: "an Indian army spokesman" after "the Pakistani army" is India's; `book.qualified`,
    from `qualified_bodies`), when the bare
    phrase's own modifiers are among its ("the ministry", "the foreign ministry" after "Russia's
    foreign ministry"; not "the defence ministry"); None without one."""
    head = _SAME_BODY.get(token.lower_, token.lower_)
    if head not in ANAPHORIC_HEADS:
        return None
    mods = {c.lower_ for c in token.lefts if c.dep_ in {"amod", "compound"}}
    for start, noun, words, iso3 in reversed(getattr(book, "qualified", ())):
        if start <= at and _SAME_BODY.get(noun, noun) == head and mods <= words:
            return gz.country_by_iso3(iso3)
    return None


# Verbs that report what an official says: "a Burundian general said that security forces killed ...".
_REPORTING = {"say", "tell", "add", "announce", "state", "confirm", "report", "claim", "declare"}


def _sayer_country(book, token: Token, di: int):
    """The country of the one who reports the clause a security body acts in ("A Burundian general
    said security forces killed 105 rebels" -> Burundi; "Chad said the army ..."): an official speaks
    of his own state's forces and qualifies another's ("Congolese forces"). The sayer's country is
    its demonym or country modifier, else the country of the actor registered on it. None when the
    body's clause is reported by no one, or by someone with no country."""
    if token.dep_ not in {"nsubj", "nsubjpass"}:
        return None
    clause = token.head
    if clause.dep_ != "ccomp" or clause.head.lemma_.lower() not in _REPORTING or clause.head.i > clause.i:
        return None     # "..., the general said" after the clause is read elsewhere (quotes)
    sayer = next((c for c in clause.head.children if c.dep_ == "nsubj"), None)
    if sayer is None:
        return None
    country, _ = _country_qualifier(sayer)
    if country is None and sayer.pos_ == "ADJ":
        country = demonym_country(sayer)
    if country is None:
        actor = book.actor(book.key_at_index(di, sayer.i))
        country = gz.country_by_iso3(actor.country) if actor is not None and actor.country else None
    return country


def _leading_country(book, exclude: str) -> str | None:
    """ISO3 of the country the article's mentions name most after `exclude`, if one leads; else None."""
    counts: Counter[str] = Counter()
    for m in book.mentions:
        actor = book.actor(m.actor_key)
        if actor is not None and actor.country and actor.country != exclude and actor.type == "country":
            counts[actor.country] += 1
    top = counts.most_common(2)
    return top[0][0] if top and (len(top) == 1 or top[0][1] > top[1][1]) else None


def resolve_unnamed(book, token: Token, di: int, offset: int, sentence: int, home: str | None) -> str | None:
    """An actor for a token that `ActorBook.resolve` did not resolve, or None (see the module doc)."""
    if (token.dep_ in {"amod", "compound", "nmod", "npadvmod"} or token.pos_ == "ADJ") and token.text[:1].isupper() \
            and token.head.pos_ != "PROPN":     # not the title of a named person ("Syrian President Assad")
        # "Russian shelling" (the gerund parsed as a verb): the demonym names the country
        country = demonym_country(token)
        if country is not None:
            key = book._add(country.name, "country", country.iso3)
            book._mention(key, di, token.doc[token.i:token.i + 1], offset, sentence)
            return key
    if token.tag_ == "NNPS" or (token.tag_ == "NNS" and token.text[:1].isupper()):
        # "Palestinians blamed Israel", "ethnic Albanians demonstrated": a people for its state
        country = gz.country_by_demonym(token.text) or gz.country_by_demonym(token.text[:-1])
        if country is not None:
            key = book._add(country.name, "country", country.iso3)
            book._mention(key, di, token.doc[token.i:token.i + 1], offset, sentence)
            return key
    if token.pos_ == "PROPN" and not token.text.islower():     # a lower-case "ministry" is a noun mis-tagged
        words = [c.text for c in token.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"] + [token.text]
        # the last word alone only when no name word or particle comes before it: "Mocímboa da Praia"
        # is a Mozambican town, not Cape Verde's capital
        whole = any(c.dep_ == "compound" and c.i < token.i for c in token.lefts)
        country = gz.country_by_name(" ".join(words)) or (None if whole else gz.country_by_name(token.text))
        if country is not None:
            key = book._add(country.name, "country", country.iso3)
            book._mention(key, di, token.doc[token.i - len(words) + 1:token.i + 1], offset, sentence)
            return key
        if len(words) > 1 or any(c.dep_ in {"amod", "nmod", "poss"} for c in token.lefts) \
                or not gz.institution_kind(token.lower_):
            return None
        # "The Presidency said", "The Army said": a bare institution noun capitalised as house style
        # (South African, Nigerian copy) is the lower-case noun, the body of the state in view
    group = group_phrase(token)
    named = named_group_before(book, token, offset + token.idx) if group is not None else None
    if named is not None:
        book._mention(named, di, token.doc[token.left_edge.i:token.i + 1], offset, sentence)
        return named
    if group is not None:
        # "opposition groups in Zimbabwe", "Kurdish rebel groups": a group, with its country when named
        placed = _place_country(token)
        name = f"{placed.demonyms[0] if placed and placed.demonyms else ''} {group}".strip()
        key = book._add(name, "group", placed.iso3 if placed else None)
        book._mention(key, di, token.doc[min(c.i for c in token.lefts if c.dep_ in {"compound", "amod"}):token.i + 1],
                      offset, sentence)
        return key
    phrase = _institution_phrase(token)
    if phrase is None or _named_owner(token, phrase):
        return None
    service = SECURITY.get(phrase)
    kind = "organization" if service else gz.institution_kind(phrase) or "organization"
    posted = token.lemma_.lower() in DIPLOMATIC_POSTS
    if any(c.dep_ == "poss" and _the_country(c) for c in token.children):
        placed = _country_named_before(book, token, offset + token.idx, sentence)
        if placed is None:
            return None
    else:
        placed = _place_country(token, where=not posted)
    if posted and placed is None:
        host = _place_country(token)
        if host is not None and host.iso3 == home:
            return None     # "the embassy in Mogadishu" of an article about Somalia: some other state's
        placed = _post_named_before(token)     # "China's embassy in Yangon ... The embassy said"
    if placed is None:
        placed = _coordinated_country(token)
    if placed is None and not posted:
        # "The Russian foreign ministry condemned ... ¶ the ministry added": the body named before
        placed = _body_named_before(book, token, offset + token.idx)
    if placed is None and (service or phrase in SYNONYMS[0]):
        # "A Burundian general said that security forces killed ...": the reporting official's forces
        placed = _sayer_country(book, token, di)
    if placed is not None:
        home = placed.iso3
    elif book.dateline_home and kind == "organization" and not service and phrase not in SYNONYMS[0]:
        # "ABUJA - The foreign ministry said ...": a civil body the text leaves unqualified is the
        # dateline's state's, as `ActorBook.qualify_generic` reads "the Foreign Ministry", not the
        # country the article names most (often the one the body speaks about)
        home = book.dateline_home
    elif not book.dateline_home and speaks_for_state(phrase) and token.dep_ == "nsubj" \
            and not any(c.dep_ == "prep" for c in token.children) \
            and (acting := acting_state(book, offset + token.idx, sentence)) is not None:
        # "Turkey on Monday condemned the attack ... the foreign ministry said" (no dateline): the
        # ministry that speaks or acts (a subject, with no "of ..." of its own) is the voice of the
        # state that has been speaking, not of the country it spoke about ("support for the
        # government of X" is X's)
        home = acting
    if placed is None and home is not None and _envoy_object_country(token) == home:
        # "the foreign ministry summoned the Ethiopian ambassador": a state summons or expels another
        # state's envoys, never its own; the body is the other state the article names most
        home = _leading_country(book, exclude=home)
    same = next((s for s in SYNONYMS if (service or phrase) in s), {service or phrase})
    span = token.doc[min([token.i] + [c.i for c in token.lefts if c.dep_ in {"det", "compound", "amod"}]):token.i + 1]
    military = same is SYNONYMS[0]
    for key, actor in list(book.actors.items()):
        if actor.type == "organization" and any(actor.name.lower().endswith(" " + s) for s in same) \
                and not (military and actor.country is None):
            if (home is None and placed is None) or actor.country == home:
                book._mention(key, di, span, offset, sentence)
                return key
    if placed is None:
        # the article named it before: "Russia's Ministry of Foreign Affairs ... the ministry",
        # "the Constitutional Court of Zimbabwe ... the court" (the latest such mention wins); "the
        # army" is a state's, not an armed group's of no state named "... Army" ("the Kachin
        # Independence Army ... the army seized power" is Myanmar's)
        head = phrase.split()[-1]
        for m in reversed(book.mentions):
            actor = book.actor(m.actor_key)
            if actor is not None and actor.type == "organization" and head in actor.name.lower().split() \
                    and not (military and actor.country is None) \
                    and (not phrase.count(" ") or phrase in actor.name.lower() or any(
                        w in actor.name.lower() for w in phrase.split()[:-1])):
                book._mention(m.actor_key, di, span, offset, sentence)
                return m.actor_key
    if home is None:
        return None
    country = gz.country_by_iso3(home)
    if country is None:
        return None
    if kind == "state" and (phrase in {"government", "authorities", "administration", "regime", "leadership"}
                            or (placed is not None and phrase not in SYNONYMS[0])):
        # "officials in Kyiv accused ...": officials the text places speak for that state (troops are
        # not placed so: "troops in Mali" may be another state's)
        key = book._add(country.name, "country", country.iso3)
    elif kind == "state":
        # "troops", "officials" with no owner and no military of the country named: too often the other side's
        return None
    else:
        # named for the country, never by the bare noun: "the army" of one article is not another's
        demonym = country.demonyms[0] if country.demonyms else country.name
        key = book._add(f"{demonym} {'military' if military else service or phrase}", "organization", country.iso3,
                        alias=f"{demonym} {phrase}")
        for alias in {f"{country.name} {phrase}", f"{country.name} military" if military else ""} - {""}:
            book.actors[key].aliases.add(alias)
    book._mention(key, di, span, offset, sentence)
    return key


# Nouns for a state's armed forces: "Russian forces", "Thailand's military", "Somali troops".
MILITARY_NOUNS = {"force", "forces", "troop", "troops", "soldier", "soldiers", "army", "military"}
UNIT_ADJECTIVES = {"special", "elite", "paramilitary", "presidential", "republican", "naval", "federal", "national"}
SECURITY_PHRASES = {"security forces", "special forces", "border guards", "police"}


def qualifier_country(token: Token):
    """(country, modifier token) a phrase's modifier names, or (None, None): "Russian forces",
    "Thailand's military", "the Colombian president"."""
    return _country_qualifier(token)


def _country_qualifier(token: Token):
    """The country a modifier names: "Russian forces", "Thailand's military", "Myanmar armed forces"."""
    mods = [c for c in token.children if c.dep_ in {"amod", "compound", "poss", "nmod"}]
    mods += [g for c in mods if c.dep_ == "compound" for g in c.lefts if g.dep_ in {"amod", "compound"}]
    for c in mods:
        if c.dep_ in {"amod", "compound", "poss", "nmod"}:
            text = c.text.removesuffix("’s").removesuffix("'s")
            found = demonym_country(c) or gz.country_by_name(text)
            if found is None and (c.dep_ == "poss" or (c.dep_ == "compound"
                                                       and token.lemma_.lower() in DIPLOMATIC_POSTS)):
                # "South Sudan's army", "the United States embassy": a country name of several words
                # (as a compound only before a diplomatic post: before a force or service the words
                # are often a name of its own, "New Zealand Defence Force")
                words = [x.text for x in c.lefts if x.dep_ == "compound"] + [text]
                found = gz.country_by_name(" ".join(words))
            if found is not None:
                return found, c
    return None, None


HARDWARE = {"ship", "vessel", "boat", "plane", "jet", "aircraft", "helicopter", "drone", "warship", "cutter"}


def _unit_of_hardware(book, token: Token, di: int, offset: int, sentence: int) -> str | None:
    """"Chinese coast guard ships", "Russian navy jets": the service that operates them, as
    "<Demonym> <service>"; None unless a service noun and a country qualify the hardware."""
    words = [c for c in token.lefts if c.dep_ in {"compound", "amod", "nmod"}]
    country = next((gz.country_by_demonym(c.text) or gz.country_by_name(c.text) for c in words
                    if gz.country_by_demonym(c.text) or gz.country_by_name(c.text)), None)
    service = " ".join(t.lower_ for c in words if not (gz.country_by_demonym(c.text) or gz.country_by_name(c.text))
                       for t in c.subtree)
    if country is None or gz.institution_kind(service) != "organization":
        return None
    demonym = country.demonyms[0] if country.demonyms else country.name
    key = book._add(f"{demonym} {service}", "organization", country.iso3)
    book.actors[key].aliases.add(f"{country.name} {service}")
    left = min(c.i for c in words)
    book._mention(key, di, token.doc[left:token.i + 1], offset, sentence)
    return key


def military_actor(book, token: Token, di: int, offset: int, sentence: int) -> str | None:
    """A state's armed or security forces as their own organisation actor, named "<Demonym> military"
    ("<Demonym> security forces" for security forces), with the surface phrase as an alias; None
    when the token is no such phrase. Guidelines: the most specific actor the sentence names."""
    if token.pos_ != "NOUN":
        return None
    if token.lemma_.lower() in HARDWARE:
        return _unit_of_hardware(book, token, di, offset, sentence)
    if token.lemma_.lower() not in MILITARY_NOUNS:
        return None
    if any(c.dep_ in {"nummod"} or (c.dep_ == "det" and c.lower_ not in {"the"}) for c in token.children):
        return None
    country, qual = _country_qualifier(token)
    if country is None:
        return None
    mods = {c.lower_ for c in token.children if c.dep_ in {"amod", "compound"}}
    if "government" in mods or "state" in mods:
        return None     # "Syrian government forces": the state itself
    demonym = country.demonyms[0] if country.demonyms else country.name
    kind = "security forces" if "security" in mods else "military"
    generic = {"armed", "military", "security", "government", "the", country.name.lower()} | {
        d.lower() for d in country.demonyms}
    named_unit = {t.lower_ for c in token.lefts if c.dep_ == "compound" for t in c.subtree if t.is_alpha} | {
        c.lower_ for c in token.lefts if c.dep_ == "amod" and c.lower_ in UNIT_ADJECTIVES}
    named_unit -= generic
    left = min([token.i] + [c.left_edge.i for c in token.lefts if c.dep_ in {"amod", "compound", "poss", "nmod"}])
    if token.doc[left].lower_ == "the":
        left += 1
    span = token.doc[left:token.i + 1]
    if named_unit:
        # "Iraqi special forces", "Iraqi Counter Terrorism forces": a unit of its own, by its name
        start = qual.left_edge.i if qual.i < token.i else span.start
        key = book._add(token.doc[start:token.i + 1].text, "organization", country.iso3, alias=span.text)
    else:
        key = book._add(f"{demonym} {kind}", "organization", country.iso3, alias=span.text)
        book.actors[key].aliases.add(f"{country.name} {kind}")
    book._mention(key, di, span, offset, sentence)
    return key


def owned_actor(book, owner_key: str | None, token: Token, di: int, offset: int, sentence: int) -> str | None:
    """What "its"/"their" + noun stands for once the owner is known ("the Kenyan defence ministry said
    its troops had raided ..."): for a military noun ("its troops", "their jets") the owner itself when
    it is an armed force, else the owner's country's "<Demonym> military" (named as `military_actor`
    names it); for any other noun ("its embassy", "its officials") the owner. None without an owner."""
    owner = book.actor(owner_key)
    if owner is None:
        return None
    lemma = token.lemma_.lower()
    if lemma in STATE_NOUNS and owner.type == "person" and owner.country:
        country = gz.country_by_iso3(owner.country)     # "Maduro said his government would ..."
        return book._add(country.name, "country", country.iso3) if country else owner_key
    if lemma not in MILITARY_NOUNS and lemma not in HARDWARE and token.lower_ not in SYNONYMS[0]:
        return owner_key
    if owner.type == "organization" and any(owner.name.lower().endswith(" " + s) or owner.name.lower() == s
                                            for s in SYNONYMS[0] | {"coast guard", "navy", "air force"}):
        return owner_key    # "the army said its soldiers ...": the army
    country = gz.country_by_iso3(owner.country) if owner.country else None
    if country is None:
        return owner_key
    demonym = country.demonyms[0] if country.demonyms else country.name
    key = book._add(f"{demonym} military", "organization", country.iso3)
    book.actors[key].aliases.add(f"{country.name} military")
    book._mention(key, di, token.doc[token.i:token.i + 1], offset, sentence)
    return key


COLLECTIVE_NOUNS = {"country", "side", "government", "party", "nation", "neighbour", "neighbor", "rival",
                    "delegation", "capital", "state"}


def collective_pair(book, token: Token) -> tuple[str, str] | None:
    """"Both sides", "the two countries", "the governments", "the sides": the article's two
    most-mentioned countries (for "sides" and "parties", countries and groups: "the two parties"
    may be a state and a rebel group), as (source, target) of one mutual record; None for any other
    phrase or when the article does not name two."""
    if token.tag_ != "NNS" or token.lemma_.lower() not in COLLECTIVE_NOUNS:
        return None
    words = {c.lower_ for c in token.children if c.dep_ in {"nummod", "det", "predet", "amod"}}
    if not (words & {"two", "both"} or ("the" in words and token.lemma_.lower() in {"government", "side"})):
        return None
    # "the two sides", "both parties" may be a state and an armed or political group
    kinds = {"country", "group"} if token.lemma_.lower() in {"side", "party"} else {"country"}
    counts: Counter[str] = Counter()
    for m in book.mentions:
        actor = book.actor(m.actor_key)
        if actor is not None and actor.type in kinds:
            counts[m.actor_key] += 1
    top = counts.most_common(2)
    if len(top) < 2:
        return None
    return top[0][0], top[1][0]


# Plural titles that, counted as two ("the two leaders", "both presidents"), stand for two persons.
PERSON_PAIR_NOUNS = {"leader", "president", "minister", "premier", "chancellor", "counterpart", "head"}


def bare_two(token: Token) -> bool:
    """"The two" standing alone as a subject ("In a telephone call, the two discussed a ceasefire",
    "the two spoke for an hour"): the cardinal as a pronoun for the pair just named, like "the two
    leaders" (GUIDELINES.md: one mutual record; issue 11, such events were dropped for want of a
    source). Not "two of them", "the two sides" (a noun, read as such), nor an object ("met the two")."""
    return token.lower_ == "two" and token.pos_ == "NUM" and token.dep_ in {"nsubj", "nsubjpass"} \
        and any(c.dep_ == "det" and c.lower_ == "the" for c in token.children) \
        and not any(c.dep_ == "prep" for c in token.children)


def person_pair(book, token: Token, at: int) -> tuple[str, str] | None:
    """"The two leaders", "both presidents", a bare "the two" (`bare_two`) with no joint subject
    before them: the last two distinct persons the article named before character offset `at`
    (article-wide), the earlier-named first, as (source, target) of one mutual record (GUIDELINES.md:
    the first named actor is the source); None for any other phrase, when fewer than two persons were
    named, or when a third person is named in the sentence of the earlier one ("X met Y and Z. The
    two leaders ...": which two is unknown)."""
    if not bare_two(token):
        if token.tag_ != "NNS" or token.lemma_.lower() not in PERSON_PAIR_NOUNS:
            return None
        if not {c.lower_ for c in token.children if c.dep_ in {"nummod", "det", "predet"}} & {"two", "both"}:
            return None
    last: list[str] = []
    second_sentence = -1
    for m in sorted(book.mentions, key=lambda m: m.start, reverse=True):     # rare: only for such a phrase
        if m.start >= at or m.actor_key in last:
            continue
        actor = book.actor(m.actor_key)
        if actor is None or actor.type != "person":
            continue
        if len(last) == 2:
            # a third person in the earlier one's sentence makes the pair ambiguous
            return None if m.sentence == second_sentence else (last[1], last[0])
        last.append(m.actor_key)
        second_sentence = m.sentence
    return (last[1], last[0]) if len(last) == 2 else None


STATE_NOUNS = {"government", "authorities", "regime", "administration", "leadership"}


def other_government(book, token: Token, not_country: str | None, di: int, offset: int, sentence: int) -> str | None:
    """"The government" as the target of an act by a state: not the actor's own state but the
    country the article names most after it ("the U.S. administration criticized the government ...").
    None unless `token` is a bare state noun ("the government", "the regime") and one other country
    leads the article's country mentions."""
    if token.lemma_.lower() not in STATE_NOUNS or not_country is None or any(
            c.dep_ in {"poss", "amod", "compound", "nmod"} or (c.dep_ == "det" and c.lower_ != "the")
            or (c.dep_ == "prep" and c.lower_ in {"in", "of"}) for c in token.children):
        return None
    counts: Counter[str] = Counter()
    for m in book.mentions:
        actor = book.actor(m.actor_key)
        if actor is not None and actor.type == "country" and actor.country != not_country:
            counts[m.actor_key] += 1
    top = counts.most_common(2)
    if not top or (len(top) == 2 and top[0][1] == top[1][1]):
        return None
    key = top[0][0]
    book._mention(key, di, token.doc[token.i:token.i + 1], offset, sentence)
    return key


ENVOY_NOUNS = {"ambassador", "envoy", "diplomat", "diplomats", "chargé", "charge", "consul", "attaché", "attache",
               "emissary"}


def _country_word(tok: Token) -> bool:
    """Whether a token is a country's demonym or name ("Moldovan", "Japan")."""
    return gz.country_by_demonym(tok.text) is not None or gz.country_by_name(tok.text) is not None


def _sending_country(envoy: Token):
    """The country an envoy's "from"/"of" phrase names, by its name ("from Japan", "of the Republic of
    Korea") or by its own qualifier ("from the Russian embassy"); None otherwise."""
    for p in envoy.children:
        if p.dep_ != "prep" or p.lower_ not in {"from", "of"}:
            continue
        for g in p.children:
            if g.dep_ != "pobj":
                continue
            if g.pos_ == "PROPN":
                ent = next((e for e in doc_entities(g.doc) if e.start <= g.i < e.end), None)
                text = ent.text if ent is not None else g.text
                found = gz.country_by_name(text.removeprefix("the ").removeprefix("The "))
                if found is not None:
                    return found
            elif g.lemma_.lower() in MISSION_WORDS:
                country, _ = _country_qualifier(g)
                if country is not None:
                    return country
    return None


# Nouns for a state's diplomatic post abroad: "a diplomat from the Russian embassy".
MISSION_WORDS = {"embassy", "mission", "consulate", "legation", "delegation", "government"}


def envoy_country(book, token: Token, di: int, offset: int, sentence: int) -> str | None:
    """An unnamed envoy stands for the state that sent it ("summoned China's ambassador", "expelled two
    Russian diplomats" -> China, Russia; "welcomed the ambassador from Japan", "two diplomats of the
    Russian embassy" -> Japan, Russia: the state of a "from"/"of" phrase, never of "to", which names
    the host); None when the envoy is named or no country qualifies it."""
    affaires = token.lower_.replace("’", "'") == "d'affaires"     # "the Indian chargé d'affaires": its head
    if not affaires and (token.pos_ != "NOUN" or token.lemma_.lower() not in ENVOY_NOUNS):
        return None
    if any(c.dep_ == "appos" or (c.dep_ == "compound" and c.pos_ == "PROPN" and c.ent_type_ == "PERSON"
                                 and c.lower_ not in ENVOY_NOUNS and not _country_word(c)) for c in token.children):
        # a named envoy ("ambassador John Smith"); "the Moldovan ambassador", its demonym tagged a person
        # name by the NER, is no name
        return None
    country, _ = _country_qualifier(token)
    if country is None:
        country = _sending_country(token)
    if country is None:
        return None
    key = book._add(country.name, "country", country.iso3)
    book._mention(key, di, token.doc[token.i:token.i + 1], offset, sentence)
    return key
