"""Who is who in one article: named entities and noun phrases turned into actors, merged by alias.

spaCy finds names; this module decides which names are actors (people, countries, organisations,
groups: not cities, products or conferences), what they are (type, country, role), and which
surface forms are the same actor ("Cavusoglu" = "Mevlut Cavusoglu", Ankara = Turkey, "the
Turkish presidency" = "Turkey's presidency"). Pronouns and bare titles ("he", "the president",
"his Turkish counterpart") are resolved against what the article said before.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache, lru_cache

from spacy.tokens import Doc, Span, Token

from ..records import Actor, Mention
from ..textnorm import fold
from . import gazetteer as gz
from .institutions import acting_state, demonym_country, named_group_before, qualified_bodies, stating_states
from .nlp import doc_entities, doc_text, token_columns, token_indices
from .wordtrie import alternation

# ORG names that are actors by their shape; anything else spaCy calls ORG must act to count.
_ORG_WORDS = re.compile(
    r"\b(ministry|council|parliament|army|party|agency|bank|organi[sz]ation|union|front|committee|"
    r"court|commission|police|guard|presidency|office|department|forces|brigades?|movement|alliance|"
    r"coalition|government|assembly|senate|congress|service|corps|navy|militia|cabinet|state|"
    r"division|unit|bureau|directorate|secretariat|embassy|consulate|delegation|league|community|command|"
    # a task force, a relief society or federation, a regiment named for its place ("Assam Rifles")
    r"force|society|federation|association|rifles|battalion|regiment|tribunal|institute|network|group|"
    # a company, which acts in politics too ("protested against MMG Ltd's mine")
    r"ltd|inc|corp|corporation|company|plc|llc|holdings)\b",
    re.I,
)
_PLACE_WORDS = re.compile(r"province|region|district|city|county|state|island|islands|valley|river|street|square|"
                          r"mountains?|governorate|oblast|prefecture|camp|strip|bank", re.I)
_NOT_ACTOR = re.compile(r"\b(conference|summit|forum|games|festival|cup|pipeline|airport|base|university|prize)\b"
                        r"|\bnews agency$"                                      # an outlet
                        # a platform a statement was posted on ("said on Twitter"), no actor
                        r"|^(?:Twitter|Facebook(?:\s+Messenger)?|Messenger|Instagram|WhatsApp|YouTube|TikTok|Viber"
                        r"|WeChat|Weibo|Telegram|Threads|Bluesky)$"
                        r"|^(?:GMT|UTC)$"                                      # a time zone ("at 2 pm (1100 GMT)")
                        r"|\s(?:way|road|avenue|boulevard|highway|expressway)$", re.I)   # a street
_SPEECH = {"say", "tell", "add", "insist", "state", "announce", "confirm", "elaborate", "write", "tweet", "warn",
           "stress", "note", "affirm", "indicate", "underline", "post", "rule", "explain", "emphasize", "emphasise",
           "reiterate", "declare"}
_PRONOUN_PERSON = {"he", "she", "him", "her", "his"}
_PERSONAL_TITLE = re.compile(r"(?:Mr|Mrs|Ms|Miss|Madam|Dame|Sir|Lady|Lord)\.?\s+[A-Z]")
_MALE_TITLES = {"mr", "sir", "lord", "king", "prince", "sheikh", "spokesman", "chairman", "congressman",
                "businessman", "monsieur", "senor", "señor", "herr"}
_FEMALE_TITLES = {"mrs", "ms", "miss", "madam", "madame", "dame", "lady", "queen", "princess", "sheikha",
                  "spokeswoman", "chairwoman", "congresswoman", "businesswoman", "senora", "señora", "frau"}
_PRONOUN_THING = {"it", "its", "they", "them", "their"}
_RELATIVE = {"which", "who", "that", "whom", "whose"}
# Common nouns of a group that news writes together with the group's name ("the armed group al-Shabab",
# "Colombia's ELN rebel group"): ActorBook._named_group
_NAMED_GROUP_HEADS = {"group", "movement", "militia", "faction", "organisation", "organization", "outfit",
                      "rebel", "insurgent", "militant", "guerrilla"}
_FIRST_PERSON = {"i", "we", "me", "us", "my", "our"}
_ROLE_NOUNS = {"president", "minister", "counterpart", "leader", "premier", "chancellor", "spokesman",
               "spokeswoman", "spokesperson", "envoy", "ambassador", "king", "emir", "secretary", "pm"}
# The titles a bare title word stands for in news copy: "the premier" is the prime minister
_ROLE_SYNONYMS = {"premier": ("premier", "prime minister"),
                  # "Kosovo's PM announced": the headline abbreviation news copy also uses in text
                  "pm": ("prime minister", "premier", "pm"),
                  # "the head of state" is the president (or monarch), "the head of government" the
                  # prime minister: news copy's stock variation on the title after the first mention
                  "head of state": ("president", "king", "queen", "emir", "monarch", "head of state"),
                  "head of government": ("prime minister", "premier", "chancellor", "head of government")}
# Last words of a name of an office or a term rather than a person ("Chairmanship", "Presidency")
_OFFICE_WORD = re.compile(r"(?:ship|^Presidency|^Chair|^Secretariat)$")
# Titles of a head of state or government, which news leaves bare for the local one
_HEAD_TITLES = {"president", "prime minister", "premier", "chancellor", "king", "emir"}
# Titles one person holds for a country at a time, so "<country>'s <title>" is one person
_DESCRIBED_ROLES = {"president", "premier", "chancellor", "king", "emir", "ambassador"}
_LED = re.compile(r"([A-Z][\w.]*)-led")
_QUOTE_MARK = re.compile(r'["“”«»„]')
# a quoted nickname inside a person's name (_nicknamed_people): the given name, the rest
_NICKNAME = re.compile(r"([A-Z][\w.'-]*(?: [A-Z][\w.'-]*)?) ?"
                       r"[“\"‘][A-Z][\w'-]*(?: [A-Z][\w'-]*)?[”\"’] ?([\w.' -]+)")
# A quoted name of one or two capitalised words right after a person's name: 'Pushpa Kamal Dahal
# "Prachanda"', "Mohamed Hamdan Dagalo 'Hemedti'"
_TRAILING_NICKNAME = re.compile(r"\s?[“\"‘']([A-Z][\w-]+(?: [A-Z][\w-]+)?)[”\"’'](?!\w)")
# Acronyms of an officer's title, not of a body ("DC on Tuesday said", "the OC said", "CEO said"):
# South Asian district and police offices, and company offices
_OFFICE_ACRONYMS = {"DC", "ADC", "DM", "SDM", "UNO", "OC", "SP", "ASP", "DSP", "SSP", "DIG", "IG", "IGP", "SHO",
                    "SI", "ASI", "DCP", "ACP", "CP", "DG", "ADG", "VC", "PVC", "MP", "MLA", "MNA", "MPA", "PM",
                    "CM", "CJ", "AG", "DA", "CEO", "CFO", "COO", "CTO", "MD", "GM", "DGM", "AGM", "PS", "APS"}
_STATE_NAMES = {"government", "regime", "administration", "authorities", "leadership", "state"}
_OPPONENT_NOUNS = {"opponent", "enemy", "foe", "critic", "ally", "backer", "supporter", "lawyer", "attorney"}
_POSS = re.compile(r"(?:'s|’s|')$")
# _strip's patterns, compiled once (re.sub with a pattern string looks it up in re's cache per call)
_LEADING_ARTICLE = re.compile(r"^(?:the|a|an)\s+", re.I)
_LEADING_POSSESSIVE = re.compile(r"^(?:Its|Their)\s+(?=[A-Z])")
_TRAILING_ACCOUNT = re.compile(r"\s+@\w+$")


@dataclass
class _Person:
    key: str
    last: str            # folded surname
    first: str           # folded first token


def _name_of(key: str) -> str:
    """The folded name in an actor key ("person:mevlut cavusoglu")."""
    return key.split(":", 1)[1]


@lru_cache(maxsize=1 << 14)     # pure, and asked again for every span of every paragraph (speed only)
def _strip(text: str) -> str:
    text = _LEADING_ARTICLE.sub("", text.strip())
    # "Its Foreign Ministry condemned ...": a possessive pronoun starting a sentence is no part of a name
    text = _LEADING_POSSESSIVE.sub("", text)
    text = _TRAILING_ACCOUNT.sub("", text)      # "Australian Government @dfat": the account is no part of the name
    if text.count("(") != text.count(")"):      # "National Resistance Front (NRF": the name without the bracket
        text = re.split(r"\s*[()]\s*", text)[0] if not text.startswith(("(", ")")) else text.strip("()")
    return _POSS.sub("", text).strip(" ,.;:")


@lru_cache(maxsize=1 << 12)
def _title_role(role: str) -> str:
    """Canonical spelling of a role from the gazetteer ("foreign minister" -> "Foreign Minister")."""
    for r in gz.roles():
        if fold(r) == fold(role):
            return r
    return role


def is_description(name: str) -> bool:
    """Whether an actor's name describes an unnamed group or state body instead of naming one: an
    optional country or demonym ("Bangladeshi", "South Korean"), then lower-case words ("rebel
    groups", "human rights activists"); a first word capitalised by the sentence only when the
    phrase ends in a group or institution noun of the gazetteer ("Protesters", "Police", not
    "Hamas").
    "Islamic State", "Hamas" and "Foreign Ministry" are names."""
    words = name.split()
    for k in (3, 2, 1):
        lead = " ".join(words[:k])
        if len(words) > k and (gz.country_by_demonym(lead) or gz.country_by_name(lead)):
            words = words[k:]
            break
    if not words or any(w != w.lower() for w in words[1:]) or words[0][1:] != words[0][1:].lower():
        return False
    if words[0] == words[0].lower():
        return True         # ingest names an actor in lower case only after a common noun phrase
    head = words[-1].lower()
    return gz.is_group_noun(head) or gz.institution_kind(head) is not None


class ActorBook:
    """The actors of one article, their mentions, and a map from tokens to actors."""

    def __init__(self) -> None:
        self.actors: dict[str, Actor] = {}
        self.mentions: list[Mention] = []
        self._sentence_mentions: dict[int, list[Mention]] = {}     # the same Mention objects, by sentence
        # the same mentions by actor (first start) and by actor type (sorted starts), for look-ups
        # during extraction that must not scan the article's mentions (2,000-paragraph articles)
        self._first_start: dict[str, int] = {}
        self._typed_starts: dict[str, list[tuple[int, int, str]]] = {}   # type -> (start, order, key)
        # ISO3 of the dateline's place, once `qualify_generic` is told it: the country of the bodies a
        # text leaves unqualified ("the foreign ministry said"), as for their capitalised names
        self.dateline_home: str | None = None
        # (offset, sentence, ISO3) of the states that speak as subjects ("Turkey condemned ..."), for
        # the country of the unqualified ministry that speaks after them (institutions.stating_states)
        self.stating: list[tuple[int, int, str]] = []
        # (offset, head noun, modifiers, ISO3) of the bodies a state qualifies (institutions.qualified_bodies)
        self.qualified: list[tuple[int, str, frozenset[str], str]] = []
        self._by_token: dict[tuple[int, int], str] = {}
        self._persons: list[_Person] = []
        # indexes into _persons, so that an article naming thousands of people is not quadratic
        self._person_names: dict[str, set[int]] = {}    # folded full name -> persons of that name
        self._person_lasts: dict[str, list[int]] = {}   # folded surname -> persons of that surname, in order
        self._person_firsts: dict[str, set[int]] = {}   # folded given name -> persons of that given name
        self._person_middles: dict[str, set[int]] = {}  # folded inner name of a 4+ word name ("lula")
        self._candidates: dict[tuple[int, int], tuple[Span, str]] = {}
        self._place_names: set[str] = set()
        self._named_countries: set[str] = set()     # ISO3 of the countries the article names (_named_countries)
        self.gender: dict[str, str] = {}     # person key -> "m" or "f", from an honorific or a gendered title
        self._place_mentions: set[int] = set()  # indexes of country mentions that name a place ("from Germany")
        self._pattern_roles = None

    # -- registry ---------------------------------------------------------------------------------

    def _add(self, name: str, type_: str, country: str | None = None, role: str | None = None,
             alias: str | None = None) -> str:
        key = f"{type_}:{fold(name)}"
        actor = self.actors.get(key)
        if actor is None:
            actor = self.actors[key] = Actor(key, name, type_, country, role, {name})
        actor.country = actor.country or country
        actor.role = actor.role or role
        if alias:
            actor.aliases.add(alias)
        return key

    def _mention(self, key: str, doc_index: int, span: Span, offset: int, sentence: int) -> None:
        for i in range(span.start, span.end):
            self._by_token[(doc_index, i)] = key
        start, end = span.start_char, span.end_char
        mention = Mention(key, sentence, offset + start, offset + end, doc_text(span.doc)[start:end])
        self.mentions.append(mention)
        self._sentence_mentions.setdefault(sentence, []).append(mention)
        self._index(mention, len(self.mentions))

    def _index(self, mention: Mention, order: int) -> None:
        key = mention.actor_key
        if key not in self._first_start or mention.start < self._first_start[key]:
            self._first_start[key] = mention.start
        actor = self.actors.get(key)
        if actor is not None:
            bisect.insort(self._typed_starts.setdefault(actor.type, []), (mention.start, order, key))

    def first_mention_start(self, key: str) -> int | None:
        """The character offset of the first mention of actor `key` recorded so far, or None."""
        return self._first_start.get(key)

    def last_named_before(self, here: int, kind: str) -> str | None:
        """The key of the actor of type `kind` whose mention recorded so far starts last before
        character offset `here` (of two at one offset, the one recorded later), or None."""
        starts = self._typed_starts.get(kind, [])
        i = bisect.bisect_left(starts, (here,))
        return starts[i - 1][2] if i else None

    def last_named_before_where(self, here: int, kind: str, fits: Callable[[Actor], bool],
                                looked: int = 400) -> str | None:
        """As `last_named_before`, the latest of type `kind` for which `fits(actor)` holds, among the
        `looked` mentions of that type nearest before `here`; None when there is none."""
        starts = self._typed_starts.get(kind, [])
        i = bisect.bisect_left(starts, (here,))
        for _, _, key in reversed(starts[max(0, i - looked):i]):
            actor = self.actors.get(key)
            if actor is not None and fits(actor):
                return key
        return None

    def mentions_in(self, sentence: int) -> list[Mention]:
        """The mentions recorded so far in sentence `sentence` (an article-wide sentence index), in
        the order they were recorded: a look-up that does not scan the article's mentions."""
        return self._sentence_mentions.get(sentence, [])

    def places_only(self) -> set[str]:
        """Keys of the countries every mention of which names a place ("returned to Russia from
        Germany", "fought in Ethiopia and Angola"): not actors unless they act (issue 12)."""
        placed: dict[str, bool] = {}
        for i, m in enumerate(self.mentions):
            actor = self.actors.get(m.actor_key)
            if actor is not None and actor.type == "country":
                placed[m.actor_key] = placed.get(m.actor_key, True) and i in self._place_mentions
        return {k for k, only in placed.items() if only}

    def actor(self, key: str | None) -> Actor | None:
        return self.actors.get(key) if key else None

    def key_at(self, doc_index: int, token: Token) -> str | None:
        return self._by_token.get((doc_index, token.i))

    def key_at_index(self, doc_index: int, i: int) -> str | None:
        """`key_at` by the token's index, for loops that need no `Token` where no actor is."""
        return self._by_token.get((doc_index, i))

    # -- entities -----------------------------------------------------------------------------------

    def collect(self, docs: list[Doc], offsets: list[int], sentence_of, body: list[bool],
                dateline_home: str | None = None) -> None:
        """Register the named actors of every paragraph. People first, so that a surname anywhere
        ("Lavrov: ..." in a headline) finds the full name given later. `dateline_home`, the ISO3 of
        the dateline's country ("WASHINGTON (AP) —"), counts as a country the article names."""
        self._speakers = {t.text for doc in docs for t in map(doc.__getitem__, _proper_subjects(doc))
                          if t.head.lemma_ in _SPEECH}
        entities = [_entities(doc) for doc in docs]     # a function of the parse alone: found once for both passes
        self._place_names = _place_names(docs)
        self._named_countries = _named_countries(docs) | ({dateline_home} if dateline_home else set())
        self._located = _located_words(docs)
        for pass_ in ("person", "other"):
            for di, doc in enumerate(docs):
                for ent in entities[di]:
                    if pass_ == "person":
                        ent = _titled_name(ent)
                    self._entity(ent, di, offsets[di], sentence_of, pass_, body[di])
                if pass_ == "person" and body[di]:
                    for span in _unlabelled_speakers(doc) + _envoy_names(doc):
                        self._unlabelled_speaker(span, di, offsets[di], sentence_of)
                if pass_ == "other" and body[di]:
                    for span, head in _unlabelled_organisations(doc):
                        if not any((di, t.i) in self._by_token for t in span[:head.i - span.start + 1]):
                            name = _strip(span.text)
                            key = self._diplomatic_post(name, None, _country_of_words(name)) \
                                if _DIPLOMATIC_POST.search(name) \
                                else self._add(name, _named_type(name), _country_of_words(name), alias=name)
                            self._mention(key, di, span, offsets[di], sentence_of(offsets[di] + span.start_char))
        self._parenthesised_aliases(docs, offsets, sentence_of)
        self._acronyms_of_named_bodies()
        self._brussels_for_the_union()
        self._genders(docs)
        # names spaCy missed in one sentence but found in another ("Cavusoglu (pictured) said")
        for di, doc in enumerate(docs):
            for tok in map(doc.__getitem__, token_indices(doc, "POS", ("PROPN",))):
                if (di, tok.i) not in self._by_token:
                    person = self._person_key(tok.text, offsets[di] + tok.idx)
                    if person and (len(tok.text) > 3 or _short_surname_subject(tok)):
                        self._mention(person, di, doc[tok.i:tok.i + 1], offsets[di], sentence_of(offsets[di] + tok.idx))
        self.stating = stating_states(self, docs, offsets, sentence_of)
        self.qualified = qualified_bodies(docs, offsets)

    def _entity(self, ent: Span, di: int, offset: int, sentence_of, pass_: str, is_body: bool) -> None:
        text = _strip(doc_text(ent.doc)[ent.start_char:ent.end_char])      # ent.text, not rebuilt from tokens
        if len(parts := text.split("-")) == 2 and all(gz.country_by_demonym(p) for p in parts):
            return      # "Kazakh-Uzbek talks": an adjective of two peoples, not an actor
        if ent.label_ == "PERSON" and (nick := _NICKNAME.fullmatch(text)):
            text = f"{nick.group(1)} {nick.group(2)}"   # 'Aquilino “Koko” Pimentel Jr.': the name without it
        if _QUOTE_MARK.search(text):
            # a tagger's span across a closing quotation mark ('Vucic" EU Special Envoy'): no name holds one
            text = _strip(_QUOTE_MARK.split(text)[-1])
            if len(text.split()) < 2 or gz.is_role(text) or text.split()[-1].lower() in _ROLE_NOUNS:
                return
        if not text or (di, ent.start) in self._by_token:
            return
        if ent.label_ in {"ORG", "PERSON"} and _title_of_named_person(ent, text):
            return      # "The National Communications Officer of the NDC, X": X's title, no body or person
        sentence = sentence_of(offset + ent.start_char)
        org = gz.organization(text)
        if org is not None and org.country and _other_short_form(ent, org):
            org = None      # "Peoples Democratic Party (PDP)": Nigeria's, not Turkey's HDP of the same name
        if org is not None and org.country and org.country not in self._named_countries and _generic_name(text):
            org = None      # "the dissolution of Congress" in Peru: not the US one ("National Front", Kabul)
        country = gz.country_by_name(text) or _state_of_government(text)
        if ent.label_ == "ORG" and org is None and country is None and _inside_title(ent):
            return      # "Secretary of State X", "Interior Minister X": "State", "Interior" are a title's words
        if pass_ == "person" and ent.label_ == "ORG" and is_body:
            sub = _name_after_title_of(ent)
            if sub is not None:
                # "President of Kazakhstan Kassym-Jomart Tokayev" tagged as one ORG: the person after the country
                key = self._add_person(sub, _strip(sub.text), offset)
                self._mention(key, di, sub, offset, sentence)
                return
        if pass_ == "person":
            if ent.label_ != "PERSON" and _PERSONAL_TITLE.match(text) and len(text.split()) > 1 and not org \
                    and not country and is_body and _looks_like_name(_strip_role_prefix(text)):
                # "Ms Amara Diallo" tagged ORG: a personal honorific makes the name a person's
                key = self._add_person(ent, text, offset)
                self._mention(key, di, ent, offset, sentence)
            elif ent.label_ != "PERSON" and self._person_by_usage(ent, text) and not org and not country and is_body \
                    and fold(text) not in self._place_names \
                    and not (ent.label_ == "ORG" and gz.country_by_name(text.split()[-1])):   # "Global Affairs Canada"
                key = self._add_person(ent, text, offset)
                self._mention(key, di, ent, offset, sentence)
            elif ent.label_ == "PERSON" and not org and not country and is_body and _body_of_members(ent) \
                    and self._person_key(text, offset + ent.start_char) is None:
                # "Jamaat-e-Islami members raided ...": a person has no members; the name is a group's
                key = self._add(text, "group", None, alias=text)
                self._mention(key, di, ent, offset, sentence)
            elif ent.label_ == "PERSON" and not org and not country and _looks_like_name(text) and is_body \
                    and not gz.country_by_demonym(text) and not _ORG_WORDS.search(text) \
                    and not _OFFICE_WORD.search(text.split()[-1]) \
                    and not _NOT_ACTOR.search(text) and fold(text) not in self._place_names \
                    and not _used_as_place(ent) and not _names_a_group(ent):
                key = self._add_person(ent, text, offset)
                self._mention(key, di, ent, offset, sentence)
            return
        if (country is None or ent.label_ != "GPE") \
                and (person := self._person_key(text, offset + ent.start_char)):     # the other pass alone asks
            # (a country's name tagged as a place stays the country, whatever person was named with it)
            self._mention(person, di, ent, offset, sentence)
        elif org and org.media and not _named_as_outlet(ent):
            return          # "told Reuters", "according to the BBC": the story's source, not an actor in it
        elif org:
            # "the Pakistani Taliban": a demonym before the name may make another body's name
            span, org = _demonym_named_body(ent) or _un_agency(ent, org) or (ent, org)
            alias = text if span is ent else _strip(span.text)
            self._mention(self._add(org.name, org.type, org.country, alias=alias), di, span, offset, sentence)
        elif country and ent.label_ in {"GPE", "ORG", "NORP", "LOC", "FAC", "PERSON"}:
            if _venue(ent) or _tail_of_longer_name(ent):
                # "a summit in Nairobi": the place where something happened, not an actor; "Mocímboa
                # da Praia": a town whose name ends in a capital's, not Cape Verde
                return
            office = ent.doc[ent.end:ent.end + 2]
            if text in country.seats and office.text.lower() in {"press service", "press office"}:
                # "the Casa Rosada press service": the presidency's press office, an organisation of its
                # own (as the GUIDELINES make the Kremlin one), not the state the seat stands for
                key = self._add(f"{text} {office.text.lower()}", "organization", country.iso3)
                self._mention(key, di, ent.doc[ent.start:ent.end + 2], offset, sentence)
                return
            self._mention(self._add(country.name, "country", country.iso3, alias=text), di, ent, offset, sentence)
            if _as_place(ent):
                self._place_mentions.add(len(self.mentions) - 1)
        elif ent.label_ == "ORG" and text.islower() and gz.institution_kind(text):
            # "an army spokesman", "police said" tagged ORG: a common noun, no name; the unnamed
            # institution with its country from context (institutions.resolve_unnamed), not a body "army"
            pass
        elif ent.label_ == "ORG" and is_body and (kinded := _KIND_AFTER_NAME.fullmatch(text)) is not None \
                and (named := self._body_named(kinded.group(1), text)) is not None:
            # "Awami League party", "the Nepali Congress party": the body the gazetteer or the article
            # knows by the name before the lower-case kind, not a second body of that longer name
            named.aliases.add(text)
            self._mention(named.key, di, ent, offset, sentence)
        elif ent.label_ == "ORG" and is_body and not _NOT_ACTOR.search(text) and not _named_place(ent) \
                and fold(text) not in self._place_names and not _region_as_place(ent, text):
            parent = _parent_body(text)
            country_code = _country_of_words(text) or (parent.country if parent else None)
            if _ORG_WORDS.search(text):
                owned = _owned_by_country(ent, text) if not country_code or re.search(r"['’]s\s", text) else None
                if not owned:
                    owned = _body_of_country(text)
                if owned:       # "Russia’s Foreign Ministry" is the Russian Foreign Ministry
                    name, country_code, alias = owned
                    self._mention(self._add(name, "organization", country_code, alias=alias), di, ent, offset, sentence)
                elif _DIPLOMATIC_POST.search(text):
                    key = self._diplomatic_post(text, _place_after(ent), country_code)
                    self._mention(key, di, ent, offset, sentence)
                elif country_code is None and (placed := _placed_state_body(ent, text)) is not None:
                    key = self._add(*placed, alias=text)
                    self._mention(key, di, ent, offset, sentence)
                else:
                    # a unit of an armed or political group is a group too ("1st Front of the FARC")
                    kind = "group" if parent is not None and parent.type == "group" else _named_type(text)
                    key = self._add(text, kind, country_code or _possessor_country(ent), alias=text)
                    self._mention(key, di, ent, offset, sentence)
            else:
                self._candidates[(di, ent.root.i)] = (ent, text)

    def _body_named(self, name: str, kinded: str) -> Actor | None:
        """The group or organisation of this name (`kinded` the name with its kind word): the
        gazetteer's (no outlet, and as for any name, a state's body of a name many states' bodies
        share only where the article names that state: "Israel's Labour party" is not Britain's
        Labour Party), else one the article has named so."""
        org = gz.organization(name)
        if org is not None and not org.media \
                and not (org.country and org.country not in self._named_countries and _generic_name(kinded)):
            return self.actors[self._add(org.name, org.type, org.country, alias=name)]
        folded = fold(name)
        return next((a for a in self.actors.values() if a.type in {"group", "organization"}
                     and (fold(a.name) == folded or folded in {fold(x) for x in a.aliases})), None)

    def _brussels_for_the_union(self) -> None:
        """"Brussels' demands" in an article that names the European Union: the Union (the usual
        metonym, as Moscow is Russia's), not Belgium, when Brussels is the only name Belgium has here."""
        union = next((k for k, a in self.actors.items() if a.type == "organization" and a.name == "European Union"),
                     None)
        belgium = next((k for k, a in self.actors.items() if a.type == "country" and a.country == "BEL"), None)
        if union is None or belgium is None:
            return
        if all(_POSS.sub("", m.text).strip() == "Brussels" for m in self.mentions if m.actor_key == belgium):
            self.actors[union].aliases.add("Brussels")
            self._rename(belgium, union)
            del self.actors[belgium]

    def _parenthesised_aliases(self, docs: list[Doc], offsets: list[int], sentence_of) -> None:
        """"Ministry of External Affairs (MEA)", "Patriots of Senegal (Pastef)": the word in brackets
        after a name is that actor everywhere in the article."""
        short: dict[str, str] = {}
        counts: dict[str, int] | None = None            # word -> uses in the article, built when needed
        by_token: dict[tuple[int, int], tuple[Span, str]] = {}
        for (cdi, _), (span, name) in self._candidates.items():
            for t in span:
                by_token[(cdi, t.i)] = (span, name)
        for di, doc in enumerate(docs):
            text = doc_text(doc)
            if "(" not in text:         # _BRACKETED needs one; most paragraphs have none (speed)
                continue
            for m in _BRACKETED.finditer(text):
                before = doc.char_span(m.start("name"), m.end("name"), alignment_mode="contract")
                if before is None or len(before) == 0:
                    continue
                key = self._by_token.get((di, before[-1].i))
                if key is None and (di, before[-1].i) in by_token:
                    if counts is None:
                        counts = {}
                        for d in docs:
                            for t in d:
                                counts[t.text] = counts.get(t.text, 0) + 1
                    if counts.get(m.group("short"), 0) > 1:     # an organisation known so far only as a candidate
                        span, name = by_token[(di, before[-1].i)]
                        key = self._add(name, _named_type(name), _country_of_words(name), alias=name)
                        self._mention(key, di, span, offsets[di], sentence_of(offsets[di] + span.start_char))
                actor = self.actors.get(key) if key else None
                if key is None or actor is None or actor.type == "person" \
                        or fold(m.group("short")) == fold(actor.name) \
                        or (gz.is_media(m.group("short"))
                            and _initials(" ".join(self._mention_words(di, before[-1]))) != m.group("short")):
                    # ("MOSCOW (AP) -": a dateline's agency is no alias of its place's state; but
                    # "Armed Forces of the Philippines (AFP)" is the name its initials abbreviate)
                    continue
                if actor.type == "country" and not _abbreviates(m.group("short"), self._mention_words(di, before[-1])):
                    continue    # "Tehreek-i-Nifaz Pakistan (TNP)": the group's short form, not Pakistan's
                short.setdefault(m.group("short"), key)
        for alias, key in short.items():
            self.actors[key].aliases.add(alias)
            for di, doc in enumerate(docs):
                for tok in doc:
                    if tok.text != alias:
                        continue
                    old = self._by_token.get((di, tok.i))
                    if old == key:
                        continue
                    if old is not None and old in self.actors and fold(self.actors[old].name) == fold(alias):
                        gone = self.actors.pop(old)
                        self.actors[key].aliases |= gone.aliases
                        self._rename(old, key)
                    elif old is not None and old in self.actors and _initials(self.actors[key].name) == alias \
                            and self._only_called(old, alias):
                        # the gazetteer's reading of an acronym the article defines otherwise: "Justice
                        # and Equality Movement (JEM)" in Darfur news, not Pakistan's Jaish-e-Mohammed
                        # (JeM); the article's own definition wins when it never names the other body
                        self._retire(old, key, alias)
                    elif old is None:
                        self._by_token[(di, tok.i)] = key

    def _acronyms_of_named_bodies(self) -> None:
        """An acronym the gazetteer reads as one body, in an article that names in full another body
        with those initials and never the gazetteer's: the article's body ("JEM" in Darfur news that
        names the Justice and Equality Movement is not Pakistan's Jaish-e-Mohammed, JeM; seen on
        Reuters, AFP and Newser pages). The people the acronym gave a role and country ("JEM leader")
        lose the other body's."""
        texts: dict[str, set[str]] = {}
        for m in self.mentions:         # by first word: a tagger's span may overrun ("JEM) rebels on")
            texts.setdefault(m.actor_key, set()).add(_first_word(m.text))
        bodies: dict[str, list[str]] = {}
        for key, actor in self.actors.items():
            if actor.type in {"group", "organization"}:
                bodies.setdefault(_initials(actor.name), []).append(key)
        for key, actor in list(self.actors.items()):
            said = texts.get(key, set())
            if actor.type not in {"group", "organization"} or len(said) != 1:
                continue
            short = next(iter(said))
            if not (2 <= len(short) <= 6 and short.isalpha() and short.isupper()) or _initials(actor.name) == short:
                continue
            found = [k for k in bodies.get(short, []) if k != key]
            if len(found) != 1:
                continue
            self._retire(key, found[0], short)

    def _retire(self, old: str, new: str, short: str) -> None:
        """Actor `old`, the gazetteer's reading of the acronym `short`, is `new` in this article: its
        mentions move, and the people whose role it named ("JEM leader") lose its name and country."""
        gone = self.actors.pop(old)
        body = self.actors[new]
        body.aliases.add(short)
        self._rename(old, new)
        for person in self.actors.values():
            if person.type == "person" and person.role and gone.name in person.role:
                person.role = person.role.replace(gone.name, short)
                if person.country == gone.country:
                    person.country = body.country

    def _only_called(self, key: str, short: str) -> bool:
        """Whether every mention of actor `key` so far is the short form `short` (an acronym)."""
        folded = fold(short)
        return all(fold(_first_word(m.text)) == folded for m in self.mentions if m.actor_key == key)

    def _mention_words(self, di: int, last: Token) -> list[str]:
        """The words of the mention that ends with token `last` (the tokens before it mapped to the
        same actor, and it)."""
        key, i = self._by_token.get((di, last.i)), last.i
        while i > 0 and self._by_token.get((di, i - 1)) == key:
            i -= 1
        return [t.text for t in last.doc[i:last.i + 1]]

    def _unlabelled_speaker(self, span: Span, di: int, offset: int, sentence_of) -> None:
        """A name spaCy did not label that is the subject of a speech verb ("spokeswoman Leyla
        Mammadova insisted"): a person, unless the gazetteer knows it as something else."""
        text = _strip(span.text)
        if any((di, t.i) in self._by_token for t in span) or not _looks_like_name(text):
            return
        if gz.organization(text) or gz.country_by_name(text) or gz.country_by_demonym(text) \
                or _ORG_WORDS.search(text) or _NOT_ACTOR.search(text) or gz.is_role(text):
            return      # ("the Prime Minister said": a title, resolved like "the prime minister")
        key = self._add_person(span, text, offset)
        self._mention(key, di, span, offset, sentence_of(offset + span.start_char))

    def _person_by_usage(self, ent: Span, text: str) -> bool:
        """A name spaCy mislabelled (as a facility, an organisation) that the article uses as a
        person: its surname is the subject of a speech verb, or a title or "Turkey's" precedes it; a
        lone word tagged a place only when it is the subject of a speech verb and no place known."""
        words = text.split()
        if len(words) == 1 and ent.label_ == "GPE" and text in self._speakers and text.istitle() \
                and gz.country_by_name(text) is None and gz.city_country(text) is None \
                and gz.country_by_demonym(text) is None and gz.organization(text) is None \
                and fold(text) not in self._place_names and not _ORG_WORDS.search(text) \
                and text not in self._located:
            # '"...," said Hadi': a surname the tagger took for a place no gazetteer knows (not a region
            # the article also puts things in: "Voters in Puntland ... . "...," Puntland said")
            return True
        if not (2 <= _name_length(words) <= 4 and _looks_like_name(text)) or _ORG_WORDS.search(text) \
                or _NOT_ACTOR.search(text):
            return False
        if ent.label_ not in {"FAC", "ORG", "PRODUCT", "WORK_OF_ART", "NORP", "GPE"}:
            return False
        if _OFFICE_WORD.search(words[-1]):
            return False        # "Thailand's ASEAN Chairmanship": an office, not its holder
        before = doc_text(ent.doc)[max(0, ent.start_char - 30):ent.start_char]
        titled = bool(re.search(r"(?:'s|’s)\s+$", before)) and bool(gz.country_by_name(_strip(before.split()[-1]))) \
            if before.split() else False
        return words[-1] in self._speakers or titled or _role_before(ent)

    def _person_key(self, text: str, at: int | None = None) -> str | None:
        """The person this name or bare reference stands for: the first met of this full name (or
        of a name ending in these two or more words, "García Márquez"); for one word, the first
        met whose surname it is ("Wang" for Wang Jianhua, "Thanh" for Nguyen Van Thanh, "Sisi" for
        al-Sisi), else the only person whose given name it is ("Sheikh Khalid", "Phumtham"). When two
        people share the surname, the one last named before `at` (an offset in the article) is meant."""
        toks = _person_tokens(text)
        if not toks:
            return None
        if by_name := self._person_names.get(" ".join(toks)):
            return self._persons[min(by_name)].key
        if len(toks) == 2 and toks[0] in _PARTICLES:        # "al-Sisi", "bin Salman"
            toks = toks[1:]
        if len(toks) != 1:
            return None
        if by_last := self._person_lasts.get(toks[0]):
            keys = list(dict.fromkeys(self._persons[i].key for i in by_last))
            if len(keys) > 1 and at is not None:
                return self._nearest_before(keys, at) or keys[0]
            return keys[0]
        by_first = {self._persons[i].key for i in self._person_firsts.get(toks[0], ())}
        if not by_first:
            # "Lula" for Luiz Inacio Lula da Silva: an inner name of one long name, the name the news uses
            by_first = {self._persons[i].key for i in self._person_middles.get(toks[0], ())}
        return next(iter(by_first)) if len(by_first) == 1 else None

    def acronym_body(self, token: Token, di: int, offset: int, sentence: int) -> str | None:
        """The body an all-capital acronym the tagger left unnamed stands for, as the sayer of a
        report ("BNP on Monday alleged that ...", "The PDP said ..."): the organisation or group
        the article (or corpus) already has by that name or alias, else a new organisation of that
        name. None for a word that is no acronym of two to six letters, names a country, or is an
        officer's title ("DC", "OC", "CEO": _OFFICE_ACRONYMS, the gazetteer's roles)."""
        text = token.text
        if not (token.is_upper and token.is_alpha and 2 <= len(text) <= 6) or gz.country_by_name(text) \
                or text in _OFFICE_ACRONYMS or gz.is_role(text):
            return None     # ("DC on Tuesday said ...": the deputy commissioner, an officer, no body)
        key = next((k for k, a in self.actors.items() if a.type in {"organization", "group"}
                    and (a.name == text or text in a.aliases)), None) or self._add(text, "organization")
        self._mention(key, di, token.doc[token.i:token.i + 1], offset, sentence)
        return key

    def person_named(self, text: str, at: int | None = None) -> str | None:
        """The key of the person a name the tagger did not mark stands for ("Ruiz later told ..."
        after "President Ana Ruiz"): a full name or a surname of a person already met
        (`_person_key`), else None."""
        return self._person_key(text, at)

    def _nearest_before(self, keys: list[str], at: int) -> str | None:
        """Of these people, the one whose full name was written last before `at`."""
        best, best_at = None, -1
        wanted = set(keys)
        for m in self.mentions:
            if m.actor_key in wanted and best_at < m.start < at and len(m.text.split()) > 1:
                best, best_at = m.actor_key, m.start
        return best

    def _index_person(self, i: int, toks: list[str]) -> None:
        key = self._persons[i].key
        self._person_names.setdefault(" ".join(toks), set()).add(i)
        for n in range(2, len(toks)):                       # "garcia marquez", "al nuaimi"
            self._person_names.setdefault(" ".join(toks[-n:]), set()).add(i)
        if len(toks) >= 3 and not _PARTICLES & set(toks):  # "Pavel Orlov" for Pavel Sergeyevich Orlov
            self._person_names.setdefault(f"{toks[0]} {toks[-1]}", set()).add(i)
        if len(toks) == 3 and not _PARTICLES & set(toks) and toks[0] not in _SURNAME_FIRST | _VIETNAMESE:
            # "Ali Abdu" for Ali Abdu Ahmed: a given name and a father's name (Arabic, Ethiopian and
            # Eritrean usage) name the person without the grandfather's or family name
            self._person_names.setdefault(" ".join(toks[:2]), set()).add(i)
        for ref in _surname_refs(toks):
            refs = self._person_lasts.setdefault(ref, [])
            if i not in refs:
                refs.append(i)
        if len(toks) > 1 and toks[0] not in _PARTICLES:
            self._person_firsts.setdefault(toks[0], set()).add(i)
        if len(toks) >= 4:
            for tok in toks[1:-1]:
                if tok not in _PARTICLES and len(tok) > 2:
                    self._person_middles.setdefault(tok, set()).add(i)
        del key

    def qualify_generic(self, home: str | None, dateline: str | None = None) -> None:
        """Give an organisation named only by a ministry noun ("the Foreign Ministry", "Defence
        Ministry") or as "the Armed Forces" a country: the one of the same ministry the article
        names with its country ("China's Foreign Ministry ... The Foreign Ministry said"), else the
        dateline's (`dateline`, ISO3), else the country the article is about (`home`, ISO3):
        "Russian Foreign Ministry", aliased "Russia Foreign Ministry"; "Russian military". With none
        of these it stays as it is. The bare name is dropped from its aliases, as the store merges
        organisations by alias and one country's ministry is not another's."""
        self._short_forms()
        self.dateline_home = dateline
        for old_key, actor in list(self.actors.items()):
            bare = re.sub(r"^(?:the|The)\s+", "", actor.name)
            ministry_of = bool(_MINISTRY_OF_NAME.fullmatch(bare))       # "Ministry of External Affairs"
            if actor.type != "organization" or actor.country or (len(bare.split()) > 3 and not ministry_of):
                continue
            military = bare.lower() in MILITARY_SYNONYMS and bare[:1].isupper()
            # "Foreign Ministry", and a portfolio the gazetteer does not list in the same form as
            # "Ministry of Internal Affairs" is: "Internal Affairs Ministry", "Emergency Situations Ministry"
            ministry = ministry_of or (bare.split()[-1].lower() in {"ministry", "ministries"}
                                       and (gz.institution_kind(bare.lower()) is not None
                                            or all(w[:1].isupper() for w in bare.split())))
            if not military and not ministry:
                continue
            phrase = fold(bare)
            named = next((a.country for a in self.actors.values() if a is not actor and a.type == "organization"
                          and a.country and phrase in fold(a.name)), None) if ministry else None
            # after the dateline's, the state that has been speaking ("Turkey condemned ... the Foreign
            # Ministry said"), before the most-named state (often the one the ministry spoke about)
            first = min((m for m in self.mentions if m.actor_key == old_key), key=lambda m: m.start, default=None) \
                if ministry and not named else None
            acting = acting_state(self, first.start, first.sentence) if first is not None else None
            country = gz.country_by_iso3(named or dateline or acting or home or "")
            if country is None:
                continue
            demonym = country.demonyms[0] if country.demonyms else country.name
            if military:
                # "the head of the Armed Forces": that country's military, named as institutions names it
                new_key = self._add(f"{demonym} military", "organization", country.iso3, alias=f"{demonym} {bare}")
                self.actors[new_key].aliases |= {f"{country.name} {bare}", f"{country.name} military"}
            else:
                new_key = self._add(f"{demonym} {bare}", "organization", country.iso3, alias=f"{country.name} {bare}")
            self.actors[new_key].aliases |= actor.aliases - {actor.name, bare}
            self._rename(old_key, new_key)
            del self.actors[old_key]

    def place_bare_heads(self, dateline: str | None, home: str | None = None) -> None:
        """Give a head of state or government titled without a country ("President X", "Prime
        Minister Y") the dateline's country (`dateline`, ISO3): news qualifies a foreign leader
        ("U.S. President X") and leaves the local one bare. Not when another person already holds
        that title for that country in the article (one at a time), nor without a dateline (the
        country most mentioned is often the one a leader acts upon), nor when the article's home
        country (`home`, ISO3: the one its mentions name most) is another: wire copy datelined at a
        regional hub ("NAIROBI" over a story on Ethiopia, "ACCRA" over one on Mali) is not about the
        hub's country, and its bare "Prime Minister" is the home country's or the story's."""
        if dateline is None or gz.country_by_iso3(dateline) is None or (home is not None and home != dateline):
            return
        held = {(a.role.lower(), a.country) for a in self.actors.values()
                if a.type == "person" and a.role and a.country}
        for actor in self.actors.values():
            role = (actor.role or "").lower()
            if actor.type == "person" and not actor.country and role in _HEAD_TITLES and (role, dateline) not in held:
                actor.country = dateline
                held.add((role, actor.country))

    def _short_forms(self) -> None:
        """An organisation named by one word with no country ("the Treasury", "the Pentagon") is the
        article's organisation named by that word and a body noun ("Treasury Department", "U.S.
        Treasury Department"), when exactly one such organisation is in the article: one actor."""
        for old_key, actor in list(self.actors.items()):
            if actor.type != "organization" or actor.country:
                continue
            longer = self._longer_form(actor.name)
            if longer is not None and longer != old_key:
                self.actors[longer].aliases |= actor.aliases
                self._rename(old_key, longer)
                del self.actors[old_key]

    def _diplomatic_post(self, text: str, place: str | None, country_code: str | None) -> str:
        """An embassy, high commission or consulate is named with the place the text gives it ("High
        Commission of India in Suva", `place` the "in ..." words after the entity, if any): a
        country's posts elsewhere are other actors. A later mention of the same post, bare or placed
        differently ("... in Fiji"), is the one already named."""
        name = re.sub(r"^(?:the|The)\s+", "", text)
        base = re.sub(r"\s+in\s+[A-Z].*$", "", name)       # the tagger may have taken the place in
        earlier = next((k for k, a in self.actors.items() if a.type == "organization"
                        and (a.name == base or a.name.startswith(f"{base} in "))), None)
        if earlier is not None:
            self.actors[earlier].aliases.add(text)
            return earlier
        if name == base and place:
            name = f"{base} in {place}"
        return self._add(name, "organization", country_code, alias=text)

    def _longer_form(self, name: str) -> str | None:
        """The one organisation of the article that a one-word name shortens ("Treasury" ->
        "U.S. Treasury Department"), or None (see _short_forms)."""
        bare = re.sub(r"^(?:the|The)\s+", "", name)
        if " " in bare:
            # "the Constitutional Court" after "the Constitutional Court of Zimbabwe": the one body
            # of the article whose name is these words and its state ("... of <Country>", "<Demonym> ...")
            longer = [k for k, a in self.actors.items() if a.type == "organization" and a.country and (
                a.name.startswith(f"{bare} of ") and _country_of_tail(a.name[len(bare) + 4:].removeprefix("the "))
                or a.name.endswith(f" {bare}") and _country_of_tail(a.name[:-len(bare) - 1]))]
            return longer[0] if len(longer) == 1 else None
        longer = [k for k, a in self.actors.items() if a.type == "organization"
                  and re.search(rf"(?:^|\s){re.escape(bare)}\s+(?:Department|Ministry|Office)$", a.name)]
        return longer[0] if len(longer) == 1 else None

    def _genders(self, docs: list[Doc]) -> None:
        """Record a person's gender where the text states it: an honorific or gendered title right
        before the name ("Mr Sonko", "Ms Ardern", "spokeswoman Leyla Mammadova"). Never from the
        given name itself."""
        for di, doc in enumerate(docs):
            for i in range(1, len(doc)):        # the word before each token that names an actor
                key = self._by_token.get((di, i))
                if not key:
                    continue
                word = doc[i - 1].lower_.rstrip(".")
                g = "m" if word in _MALE_TITLES else "f" if word in _FEMALE_TITLES else None
                if g and self.actors[key].type == "person":
                    self.gender.setdefault(key, g)

    def fits_pronoun(self, key: str | None, pronoun: str) -> bool:
        """Whether a person can be "he"/"she" (and his/him, her): no recorded gender, or the same."""
        g = self.gender.get(key or "")
        p = pronoun.lower()
        return g is None or (g == "m" and p in {"he", "him", "his"}) or (g == "f" and p in {"she", "her", "hers"})

    def _rename(self, old_key: str, new_key: str) -> None:
        """Point every token and mention of one actor at another."""
        for k, v in list(self._by_token.items()):
            if v == old_key:
                self._by_token[k] = new_key
        for m in self.mentions:
            if m.actor_key == old_key:
                m.actor_key = new_key
        self._first_start, self._typed_starts = {}, {}
        for order, m in enumerate(self.mentions, 1):
            self._index(m, order)

    def _add_person(self, ent: Span, text: str, offset: int) -> str:
        honorific = text
        text = _strip_role_prefix(text)
        toks = _person_tokens(text)
        if not toks:
            toks = fold(text).split()
        key = self._person_key(text, offset + ent.start_char)
        # A full name whose surname (or given name) was seen alone before: upgrade that actor.
        if key is None and len(toks) > 1:
            refs = [*_surname_refs(toks), toks[0]]
            seen_alone = sorted({i for r in refs for i in self._person_lasts.get(r, ())})
            for i in seen_alone:
                p = self._persons[i]
                if p.first == p.last and p.last in refs and (p.last != toks[0] or not self._person_lasts.get(p.last)
                                                             or self._person_lasts[p.last] == [i]):
                    old = self.actors.pop(p.key)
                    key = self._add(text, "person", old.country, old.role)
                    self.actors[key].aliases |= old.aliases
                    if key != p.key:            # the same name again renames nothing
                        self._rename(p.key, key)
                        self._person_names.get(_name_of(p.key), set()).discard(i)
                    p.key, p.first, p.last = key, toks[0], toks[-1]
                    self._index_person(i, toks)
                    break
        country, role = _role_around(ent, self._named_countries)
        if role and country is None and len(role.split()) > 1:
            # "Prime Minister Abiy Ahmed's national security adviser X": a title owned by a person the
            # article named is that person's aide, of that person's country (the role reads "Ahmed
            # National Security Adviser": the owner's name, then the title)
            owner_key = self._person_key(role.split()[0], offset + ent.start_char)
            owner = self.actors.get(owner_key) if owner_key else None
            if owner is not None and owner_key != key and gz.is_role(rest := role.split(None, 1)[1]):
                country, role = owner.country, rest
        if key is None:
            key = self._add(text, "person", country, role)
            self._persons.append(_Person(key, toks[-1], toks[0]))
            self._index_person(len(self._persons) - 1, toks)
        actor = self.actors[key]
        actor.country = actor.country or country
        actor.role = actor.role or role
        actor.aliases.add(text)
        if (nick := _TRAILING_NICKNAME.match(doc_text(ent.doc)[ent.end_char:])) is not None \
                and not gz.country_by_name(nick.group(1)) and not gz.organization(nick.group(1)) \
                and not gz.is_role(nick.group(1)) and not _HONORIFIC.fullmatch(nick.group(1)):
            # "Pushpa Kamal Dahal 'Prachanda'": the quoted name after a person's is his nom de guerre,
            # which the story then uses alone ("Prachanda said"); a title in quotes ('Ahmed Musa
            # "General"') is no name of his, and would take every later "General" of the story
            actor.aliases.add(nick.group(1))
            here = next(i for i, p in enumerate(self._persons) if p.key == key)
            self._person_names.setdefault(" ".join(_person_tokens(nick.group(1))), set()).add(here)
        if honorific != text and _HONORIFIC.match(honorific):
            actor.aliases.add(honorific)            # "Sheikh Khalid"
        if len(toks) > 1:
            words = text.split()
            for ref in _surname_refs(toks):
                actor.aliases.update(w for w in words if fold(w) == ref)
        return key

    # -- noun phrases and references ----------------------------------------------------------------

    def _named_group(self, token: Token, di: int) -> str | None:
        """The named armed or political group a common group noun stands for when the name is
        written with it: before it ("Somalia's al Shabaab group", "Colombia's ELN rebel group": a
        compound) or right after it ("the armed group al-Shabab", "the rebel group M23": an
        apposition without a comma, which the parser often attaches elsewhere). Only a name the
        book holds as a group or organisation counts, so "the Kenyan group" or "the group Monday"
        stay with the other rules, and so does a name that opens a relative clause without "that" ("a militia
        Hezbollah trains"). Source: the news habit of naming a group by its kind and name
        together (issue 11: "the group" came out as its own actor "armed group", "rebel group")."""
        if token.lemma_.lower() not in _NAMED_GROUP_HEADS or token.pos_ != "NOUN":
            return None
        named = [c for c in token.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"]
        after = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
        last = after
        while last is not None and last.dep_ == "compound" and last.head.i > last.i:
            last = last.head    # the name's last word ("al-Qaeda")
        if after is not None and last is not None and after.pos_ == "PROPN" and after.dep_ != "poss" and not (
                last.dep_ in {"nsubj", "nsubjpass"} and last.head.dep_ == "relcl" and last.head.head == token):
            named.append(after)     # (not the subject of a relative clause on it: "a militia Iran backs")
        for c in named:
            key = self._by_token.get((di, c.i))
            if key and self.actors[key].type in {"group", "organization"}:
                return key
        return None

    def resolve(self, token: Token, di: int, offset: int, sentence: int, context: "Context") -> str | None:
        """The actor a noun phrase headed by `token` stands for, or None.

        Named actors come from the token map; noun phrases like "the Turkish presidency",
        "Syrian forces", "Assad's opponents" become actors here; pronouns, relative pronouns and
        bare titles are resolved through the article's context."""
        taken_up = named_group_before(self, token, offset + token.idx)
        if taken_up is not None:
            # "The rebel group briefly occupied Goma": the group named before, not a "rebel group"
            # of its own (institutions.named_group_before)
            return taken_up
        key = self._by_token.get((di, token.i))
        if key:
            return key
        for child in token.children:  # "NATO ally the United States": the apposition names it
            if child.dep_ == "appos":
                key = self._by_token.get((di, child.i))
                if key:
                    return key
        key = self._named_group(token, di)
        if key:
            return key
        low = token.lower_
        if low in _PRONOUN_THING | _PRONOUN_PERSON and token.dep_ in {"nsubj", "nsubjpass"}:
            governing = _governing_subject(token)
            if governing is not None:
                key = self._by_token.get((di, governing.i))
                wanted_person = low in _PRONOUN_PERSON
                if key and (self.actors[key].type == "person") == wanted_person \
                        and (not wanted_person or self.fits_pronoun(key, low)):
                    return key
        if low in _RELATIVE and token.head.dep_ in {"relcl", "acl"}:
            return self.resolve(token.head.head, di, offset, sentence, context)
        if low in _FIRST_PERSON:
            return context.speaker_in_quote(token)
        if low in _PRONOUN_PERSON:
            return context.person_for(low)
        if low in _PRONOUN_THING:
            return context.last_thing
        cand = self._candidates.get((di, token.i))
        if cand:
            span, text = cand
            key = self._longer_form(text) or self._add(text, _named_type(text), _country_of_words(text)
                                                       or _possessor_country(span), alias=text)
            self.actors[key].aliases.add(text)
            self._mention(key, di, span, offset, sentence)
            return key
        lemma = token.lemma_.lower()
        if token.dep_ in {"amod", "compound"} and token.head.pos_ == "NOUN":
            # "shot down a Russian warplane": the demonym names the country it belongs to
            c = demonym_country(token)
            if c:
                key = self._add(c.name, "country", c.iso3)
                self._mention(key, di, token.doc[token.i:token.i + 1], offset, sentence)
                return key
        if token.pos_ not in {"NOUN", "PROPN"}:
            return None
        qualifier = _qualifier(token)
        phrase = _phrase(token)
        kind = gz.institution_kind(lemma) or gz.institution_kind(token.lower_)
        if kind is None and lemma == "mission" and token.tag_ == "NN":
            # "Kenya's diplomatic mission in Moscow": a country's mission is one of its state bodies;
            # "the UN mission in Sudan": an international body's mission is its own organisation
            mission_of = next((c for c in token.lefts if c.dep_ in {"compound", "nmod"}
                               and (k := self._by_token.get((di, c.i))) and self.actors[k].type == "organization"),
                              None)
            # named with its place when the text gives one ("... mission in Moscow"): one body's
            # missions elsewhere are other actors, and the store merges by name
            place = next((c for c in token.rights if c.dep_ == "prep" and c.lower_ in {"in", "to"}), None)
            where = _strip(token.doc[place.i:place.right_edge.i + 1].text) if place is not None \
                and place.right_edge.i - place.i <= 4 else ""
            key = None
            if mission_of is not None:
                name = _strip(token.doc[mission_of.left_edge.i:token.i + 1].text)
                mission_body = self.actors[self._by_token[(di, mission_of.i)]]
                placed = next((k for k, a in self.actors.items() if a.name.startswith(f"{name} ")), None) \
                    if not where else None     # "the UN mission in Sudan ... the UN mission": that one again
                key = placed or self._add(f"{name} {where}".strip(), "organization", mission_body.country,
                                          alias=None if where else _strip(phrase.text))
            elif qualifier is not None and (q := self._qualifier_country(qualifier, di)[0]) is not None:
                noun = _strip(token.doc[qualifier.i + 1:token.i + 1].text).removeprefix("’s ").removeprefix("'s ")
                name = f"{q.demonyms[0] if q.demonyms else q.name} {noun} {where}".strip()
                owned = _strip(phrase.text)
                key = self._add(name, "organization", q.iso3, alias=f"{owned} {where}".strip())
            if key is not None:
                self._mention(key, di, phrase, offset, sentence)
                return key
        body_noun = next((c for c in token.lefts if c.dep_ == "compound" and c.pos_ == "NOUN"
                          and gz.institution_kind(c.lemma_.lower()) == "organization"), None) \
            if lemma == "official" and token.tag_ == "NNS" else None
        if qualifier is not None and body_noun is not None:
            # "Iraqi foreign ministry officials said": officials of a body speak for the body
            q_country, _ = self._qualifier_country(qualifier, di)
            if q_country is not None:
                body_name = _strip(token.doc[body_noun.left_edge.i:body_noun.i + 1].text)
                demonym = q_country.demonyms[0] if q_country.demonyms else q_country.name
                key = self._add(f"{demonym} {body_name}", "organization", q_country.iso3,
                                alias=f"{q_country.name} {body_name}")
                self.actors[key].aliases.add(_strip(phrase.text))
                self._mention(key, di, phrase, offset, sentence)
                return key
        if qualifier is not None and _junta_phrase(token):
            # "Guinea's military rulers", "Niger's long-ruling junta": the junta, named like an unqualified one
            q_country, _ = self._qualifier_country(qualifier, di)
            if q_country is not None:
                demonym = q_country.demonyms[0] if q_country.demonyms else q_country.name
                key = self._add(f"{demonym} junta", "organization", q_country.iso3, alias=_strip(phrase.text))
                after = [t.i for t in phrase if t.i > qualifier.i and t.dep_ != "case"]
                if after:
                    ruled = _strip(token.doc[after[0]:after[-1] + 1].text)
                    self.actors[key].aliases |= {f"{demonym} {ruled}", f"{q_country.name} {ruled}"}
                self._mention(key, di, phrase, offset, sentence)
                return key
        if kind and qualifier:
            q_country, q_key = self._qualifier_country(qualifier, di)
            if kind == "state":
                # "the Russian government" is another name of Russia; "Russian troops" and "Russian
                # officials" stand for it here but are not its names (the store merges by name)
                alias = _alias(phrase) if lemma in _STATE_NAMES or token.lower_ in _STATE_NAMES else None
                if q_country:
                    key = self._add(q_country.name, "country", q_country.iso3, alias=alias)
                elif q_key and self.actors[q_key].country and self.actors[q_key].type == "person":
                    c = gz.country_by_iso3(self.actors[q_key].country)
                    key = self._add(c.name, "country", c.iso3, alias=alias) if c else None
                else:
                    key = None
            elif q_country and _city_in_proper_name(token, qualifier, q_country):
                # "Moscow City Police", "Tokyo Metropolitan Police": a city's name inside a body's
                # proper name is part of that name, not a demonym to rewrite ("Russian City Police")
                key = self._add(_strip(phrase.text).removeprefix("the ").removeprefix("The "), "organization",
                                q_country.iso3)
            elif q_country:
                noun = " ".join(t.text for t in phrase if t.i >= qualifier.i + 1 and t.dep_ != "case").strip()
                name = f"{q_country.demonyms[0] if q_country.demonyms else q_country.name} {noun}".strip()
                known = gz.organization(name)
                if known is not None and known.country == q_country.iso3:
                    # "Canada's foreign ministry" is the body the gazetteer names (Global Affairs Canada)
                    key = self._add(known.name, known.type, known.country, alias=_strip(phrase.text))
                else:
                    key = self._add(name, "organization", q_country.iso3, alias=_strip(phrase.text))
            else:
                key = None
            if key:
                self._mention(key, di, phrase, offset, sentence)
                return key
        led = next((m for c in token.lefts if c.dep_ in {"amod", "compound"}
                    and (m := _LED.fullmatch(token.doc[c.left_edge.i:c.i + 1].text))), None)
        if led is not None and lemma in {"coalition", "alliance", "force", "mission", "operation", "bloc"}:
            # "the Saudi-led coalition", "the US-led mission": named for its leader, of that country
            c = gz.country_by_demonym(led.group(1)) or gz.country_by_name(led.group(1))
            name = f"{led.group(0)} {token.text}"
            key = self._add(name, "organization", c.iso3 if c else None, alias=_strip(phrase.text))
            self._mention(key, di, phrase, offset, sentence)
            return key
        if (gz.is_group_noun(lemma) or gz.is_group_noun(token.lower_)) and token.tag_ in {"NNS", "NNPS"} \
                and token.dep_ not in {"compound", "amod"}:
            for child in token.lefts:  # "Daesh fighters" are the group itself
                owner = self._by_token.get((di, child.i))
                if owner and self.actors[owner].type == "group":
                    return owner
            c = None
            counted = token.lower_ in _ARMED_NOUNS and all(
                t.dep_ == "nummod" or t.like_num or t.dep_ == "quantmod" for t in phrase if t.i != token.i)
            armed_before = self._armed_group_before(offset + token.idx if token.lower_ == "rebels" else None) \
                if counted and qualifier is None else None      # ("rebels": only a group named before them)
            if armed_before is not None:
                # "we killed four militants" after al-Shabaab is named: members of that group
                self._mention(armed_before, di, phrase, offset, sentence)
                return armed_before
            if qualifier is not None:
                c, _ = self._qualifier_country(qualifier, di)
            elif all(t.dep_ == "det" and t.lower_ in {"the", "these", "those"} for t in phrase if t.i != token.i):
                earlier = self._group_named_by(token.lower_)
                if earlier is not None and token.lower_ in _ARMED_NOUNS \
                        and gz.organization(self.actors[earlier].name) is None \
                        and not self._qualified_crowd(earlier, token.lower_):
                    # "conditions for 450 jailed rebels ... the rebels accused": a crowd the text only
                    # counted or left bare is not who "the rebels" are when it named an armed group (a
                    # gazetteer one) before (issue 11, src11); "Kurdish rebels ... the rebels" are those
                    earlier = self._armed_group_before(offset + token.idx) or earlier
                if earlier is not None:     # "Several #FreeVote protesters ... The protesters": that group again
                    self._mention(earlier, di, phrase, offset, sentence)
                    return earlier
                armed = self._armed_group_before(offset + token.idx if token.lower_ == "rebels" else None) \
                    if token.lower_ in _ARMED_NOUNS else None
                if armed is not None:       # "al-Shabaab attacked ... The militants withdrew": that group
                    self._mention(armed, di, phrase, offset, sentence)
                    return armed
                if token.lower_ in _CROWD_NAMES:
                    # "the protesters", no people named: a crowd where the reporter files from (the
                    # dateline's country; the country named most is often the one protested against)
                    c = gz.country_by_iso3(context.dateline_home)
            sides = _sides_between(token)
            if sides:
                # "a war between the Muslim and Christian militias": two groups, one for each side
                keys = []
                for side in sides:
                    placed = demonym_country(side)
                    keys.append(self._add(f"{side.text} {token.text}", "group", placed.iso3 if placed else None))
                    self._mention(keys[-1], di, token.doc[side.i:side.i + 1], offset, sentence)
                self._by_token[(di, token.i)] = keys[0]
                return keys[0]
            name = f"{c.demonyms[0]} {token.text}" if c and c.demonyms else _uncounted(_strip(phrase.text))
            key = self._add(name, "group", c.iso3 if c else None, alias=_strip(phrase.text))
            self._mention(key, di, phrase, offset, sentence)
            return key
        if lemma == "party" and token.tag_ == "NN":
            owner_token = _owner(token)
            owner_key = self._by_token.get((di, owner_token.i)) if owner_token is not None else None
            if owner_key and self.actors[owner_key].type == "person":
                # "President Abdou Diallo's ruling party accused ...": the party acts, not its leader
                leader = self.actors[owner_key]
                mods = " ".join(c.lower_ for c in token.lefts
                                if c.dep_ == "amod" and c.lower_ in {"ruling", "governing"})
                name = f"{leader.name.split()[-1]}’s {mods + ' ' if mods else ''}party"
                key = self._add(name, "group", leader.country, alias=_strip(phrase.text))
                self._mention(key, di, phrase, offset, sentence)
                return key
        if lemma in _OPPONENT_NOUNS and token.tag_ == "NNS":
            owner_token = _owner(token)
            owner_key = self._by_token.get((di, owner_token.i)) if owner_token is not None else None
            if owner_key and lemma == "supporter" and self.actors[owner_key].type in {"group", "organization"}:
                # "the party's supporters accused ...": a party or movement acts through its supporters
                # (as "Daesh fighters" are the group itself)
                self._mention(owner_key, di, phrase, offset, sentence)
                return owner_key
            if owner_key:
                # "Assad's opponents" and "opponents of President Bashar al-Assad" are one group
                owner_actor = self.actors[owner_key]
                owner_name = owner_actor.name
                if owner_actor.type == "person":       # by surname, as the store merges people by it
                    owner_name = re.sub(r"^(?:al|el|ad|as|ash|bin|ibn)[-’']", "", owner_name.split()[-1], flags=re.I)
                name = f"{owner_name}’s {token.lower_ if token.is_sent_start else token.text}"
                # the alias is the whole phrase ("Lawyers for Rosa Linares"), never the bare noun
                whole = token.doc[token.left_edge.i:token.right_edge.i + 1]
                alias = _strip(whole.text) if 1 < len(whole) <= 6 else None
                key = self._add(name, "group", None, alias=alias)
                self._mention(key, di, phrase, offset, sentence)
                return key
        body_word = next((c for c in token.lefts if c.dep_ in {"compound", "nmod", "poss"}
                          and self._by_token.get((di, c.i))), None) if token.tag_ in {"NNS", "NNPS"} else None
        body = self.actors.get(self._by_token[(di, body_word.i)]) if body_word is not None else None
        if lemma in _ROLE_NOUNS and body_word is not None and body is not None and body.type == "organization":
            # "EU foreign ministers", "NATO defence ministers": the body's ministers as one actor
            name = _strip(token.doc[body_word.left_edge.i:token.i + 1].text)
            key = self._add(name, "organization", body.country, alias=_strip(phrase.text))
            self._mention(key, di, phrase, offset, sentence)
            return key
        if lemma == "head" and token.tag_ in {"NN", "NNP"}:
            # "the head of state", "the Head of State": a title (_ROLE_SYNONYMS), as "the president" is
            of = next((g for p in token.children if p.dep_ == "prep" and p.lower_ == "of"
                       for g in p.children if g.dep_ == "pobj" and not any(True for _ in g.children)), None)
            if of is not None and of.lower_ in {"state", "government"}:
                lemma = f"head of {of.lower_}"
        if lemma in _ROLE_NOUNS or lemma in _ROLE_SYNONYMS:
            c = None
            if qualifier is not None:
                c, _ = self._qualifier_country(qualifier, di)
            key = None
            home = context.home
            if c is None and home and lemma in {"president", "premier", "pm", "chancellor", "king", "emir",
                                                "head of state", "head of government"} \
                    and any(ch.lower_ == "the" for ch in token.children):
                # a bare "the president": the one the article holds that title for, its home country's
                key = context.person_by_role(lemma, home, strict=True)
            second = _second_in(token)
            if second:
                # "Vice President X", "the deputy minister": another office than the president's or
                # the minister's; only a person whose role holds both words holds it
                key = next((k for k in [*dict.fromkeys(reversed(context.recent)), *self.actors]
                            if (a := self.actors.get(k)) is not None and a.type == "person" and a.role
                            and second <= set(re.split(r"[\s-]+", fold(a.role))) and lemma in fold(a.role)),
                           None)
            else:
                key = key or context.person_by_role(lemma, c.iso3 if c else None, at=offset + token.idx,
                                                    sentence=sentence, para_start=offset,
                                                    apart=described_apart(token))
            if key is None and c is not None and qualifier is not None and lemma in _DESCRIBED_ROLES \
                    and token.tag_ == "NN":
                # "Ukraine's president", "the U.S. ambassador" whom the article does not name: a
                # described person (GUIDELINES: unnamed persons are described actors)
                words = [t.text for t in phrase if t.i > qualifier.i and t.dep_ != "case" and t.i <= token.i]
                key = self._add(" ".join([c.demonyms[0] if c.demonyms else c.name, *words]), "person", c.iso3,
                                role=lemma, alias=_strip(phrase.text))
                self._mention(key, di, phrase, offset, sentence)
            return key
        return None

    def _armed_group_before(self, here: int | None = None) -> str | None:
        """The armed group the article named last before character offset `here` by its own name (a
        gazetteer group: "al-Shabaab", "Boko Haram"), or None: "the militants", "the insurgents", "the
        rebels" are that group. With `here` (for "the rebels", a word news uses for any side's
        irregulars), not one named only after them ("the rebels shot up government buildings ... the
        Justice and Equality Movement claimed": another, unidentified group)."""
        for m in reversed(self.mentions):
            if here is not None and m.start >= here:
                continue
            actor = self.actors.get(m.actor_key)
            if actor is not None and actor.type == "group":
                org = gz.organization(actor.name)
                if org is not None and org.type == "group":
                    return m.actor_key
        return None

    def _qualified_crowd(self, key: str, noun: str) -> bool:
        """Whether the text's last mention of crowd `key` named it with a qualifier of its own and no
        count ("Kurdish rebels", "Houthi rebels"; not "rebels", "300 jailed rebels")."""
        text = next((m.text for m in reversed(self.mentions) if m.actor_key == key), "")
        words = [w for w in text.split() if w.lower() not in {"the", "these", "those", "some", "about"}]
        return len(words) > 1 and words[-1].lower() == noun and not any(w[:1].isdigit() for w in words)

    def _group_named_by(self, noun: str) -> str | None:
        """The group actor mentioned last whose name ends in this plural noun ("Several #FreeVote
        protesters" for "protesters"), or None: a bare "the protesters" is the group the article named."""
        for m in reversed(self.mentions):
            actor = self.actors.get(m.actor_key)
            if actor is not None and actor.type == "group" and actor.name.split()[-1].lower() == noun \
                    and len(actor.name.split()) > 1:
                return m.actor_key
        return None

    def _qualifier_country(self, qualifier: Token, di: int):
        """A modifier naming a country: a demonym ("Turkish"), a country ("Turkey's") or a
        person whose country we know ("the Bashar al-Assad regime")."""
        text = _strip(qualifier.text)
        first = qualifier
        while first.i > 0 and first.nbor(-1).dep_ == "compound" and first.nbor(-1).head.i == qualifier.i:
            first = first.nbor(-1)
        # "South Sudan's government": the whole compound names the country, not its last word
        whole = _country_of_tail(_strip(qualifier.doc[first.i:qualifier.i + 1].text)) if first.i < qualifier.i else None
        c = whole or demonym_country(qualifier) or gz.country_by_name(text)
        if c:
            return c, None
        key = self._by_token.get((di, qualifier.i))
        if key:
            actor = self.actors[key]
            if actor.type == "country":
                return gz.country_by_iso3(actor.country), key
            return None, key
        return None, None

    def as_records(self) -> tuple[dict[str, Actor], list[Mention]]:
        """The actors by key and their mentions. An organisation named "<Demonym> <noun>" gets the
        country's other adjectival demonyms as aliases ("Filipino coast guard" is also "Philippine
        coast guard"), so that any spelling a text uses finds it."""
        for actor in self.actors.values():
            if actor.type in {"group", "organization"}:
                actor.descriptions = {n for n in (actor.name, *actor.aliases) if is_description(n)}
            country = gz.country_by_iso3(actor.country) if actor.type == "organization" and actor.country else None
            if country is None or len(country.demonyms) < 2:
                continue
            first, _, rest = actor.name.partition(" ")
            if first in country.demonyms and rest:
                # no plurals, no persons: "Briton", "Pole", "Turk" name a person (their plural is listed
                # too), unless the gazetteer lists the form first, as its adjective ("Filipino")
                persons = {d for d in country.demonyms[1:] if f"{d}s" in country.demonyms}
                actor.aliases |= {f"{d} {rest}" for d in country.demonyms if d != first and " " not in d
                                  and d not in persons and not re.search(r"(?:s|a|m[ae]n)$", d)}
        return self.actors, self.mentions


class Context:
    """What the article has said so far: for "he", "it", "we" and "the president"."""

    def __init__(self, book: ActorBook):
        self.book = book
        self.last_person: str | None = None
        self.last_thing: str | None = None
        self.last_speaker: str | None = None
        # (agent noun, speaker) of the last quote a spokesperson or official gave: "the spokesman added"
        self.last_agent: tuple[str, str] | None = None
        # agent noun -> the speaker last quoted with it: "the spokesman said" after a police source
        self.agents: dict[str, str] = {}
        # role noun a quoted person was introduced with ("resident", "teacher") -> that person: "the resident said"
        self.described: dict[str, str] = {}
        self.last_subject: str | None = None      # the actor last named as a subject, of any type
        self.last_subject_at: int = -1             # its character offset in the article
        self.last_quote_span: tuple[int, int] = (-1, -1)   # the article offsets of the last quote kept
        self.last_group: list[str] = []            # the actors of the last joint subject ("X and Y met")
        self.quote_spans: list[tuple[int, int, str | None]] = []  # doc-local (start, end, speaker)
        # doc-local (start, end, body) of quotes by a spokesperson: the body "we" stands for
        self.quote_bodies: list[tuple[int, int, str]] = []
        # article (start, end) of the current paragraph's closed quotations of four words or more: a person
        # named inside one is in the speaker's words, not the one a later title or pronoun refers to
        self.quoted: list[tuple[int, int]] = []
        self.recent: list[str] = []
        self.authored: dict[str, str] = {}         # document noun -> its author (see pipeline.build_article)
        self.home: str | None = None   # ISO3 of the country the article is about (home_country)
        self.dateline_home: str | None = None   # ISO3 of the dateline's place, where a crowd most likely is
        self.tweet_signer: str | None = None    # the person signing the paragraph as an embedded tweet

    def in_quotation(self, offset: int) -> bool:
        """Whether article offset `offset` lies inside one of the paragraph's quotations (`quoted`)."""
        return any(start <= offset < end for start, end in self.quoted)

    def saw(self, key: str | None) -> None:
        actor = self.book.actor(key)
        if key is None or not actor:
            return
        if actor.type == "person":
            self.last_person = key
        else:
            self.last_thing = key
        self.recent.append(key)

    def person_for(self, pronoun: str, speaker: str | None = None) -> str | None:
        """The person "he"/"she" refers to: the person last quoted (`speaker`) if the pronoun fits
        them; else one of the last three people named whom the text gave that gender ("Ms Diallo");
        else the last person named, or the nearest earlier one, the pronoun fits
        (`ActorBook.fits_pronoun`)."""
        said_by = self.book.actor(speaker)
        speaker = speaker if said_by is not None and said_by.type == "person" else None
        if speaker and self.book.fits_pronoun(speaker, pronoun):
            return speaker
        nearest: list[str] = []          # the last three people named, nearest first
        for key in reversed(self.recent[-200:]):
            a = self.book.actor(key)
            if a and a.type == "person" and key not in nearest:
                nearest.append(key)
            if len(nearest) == 3:
                break
        stated = [k for k in nearest if k in self.book.gender and self.book.fits_pronoun(k, pronoun)]
        if stated:
            return stated[0]
        if self.last_person and self.book.fits_pronoun(self.last_person, pronoun):
            return self.last_person
        return next((k for k in nearest if self.book.fits_pronoun(k, pronoun)), speaker or self.last_person)

    def body_in_quote(self, token: Token) -> str | None:
        """The body a spokesperson speaks for, when `token` lies in a quote of theirs; else None."""
        return next((body for start, end, body in self.quote_bodies if start <= token.idx < end), None)

    def speaker_in_quote(self, token: Token) -> str | None:
        for start, end, speaker in self.quote_spans:
            if start <= token.idx < end:
                return speaker
        return None

    def _loose_fit(self, key: str, noun: str, titles: tuple[str, ...], country: str | None) -> str:
        """Whether the person `key` can be "the <noun>" of `country` (`person_by_role`): "yes" (title
        and country fit), "maybe" (nothing stated contradicts it: no title, or no country), or "no"."""
        a = self.book.actor(key)
        if not a or a.type != "person":
            return "no"
        if country and a.country and a.country != country:
            return "no"
        if noun not in {"counterpart", "leader"} and a.role and not any(w in a.role.lower() for w in titles):
            return "no"
        if noun == "counterpart" and not (country and a.country == country):
            return "no"
        if not a.role and country and noun == "ambassador":
            # "the U.S. ambassador" is no person named without a title (a leader often is, an
            # envoy is introduced as one): unnamed, a described person
            return "no"
        if country and not a.country and noun != "counterpart":
            return "maybe"
        if not a.role and noun != "counterpart":
            return "maybe"
        return "yes"

    def person_by_role(self, noun: str, country: str | None, strict: bool = False,
                       at: int | None = None, sentence: int | None = None, para_start: int = 0,
                       apart: frozenset[str] = frozenset()) -> str | None:
        """The person a bare title refers to: the most recent person with that role and country
        ("the president" -> the last president named); a counterpart is any person of that country.
        `strict`: only a person recorded with both that role and that country. `at`, `sentence`,
        `para_start`: the title's character offset in the article, its sentence index and its
        paragraph's offset; when given, a title no one bears goes first to a person its own sentence
        (then its paragraph) names before it ("Mubarak's 30-year presidency ... the president said"),
        then to the person first
        named after it (nearest first), not to one named before only as an object ("with journalists
        X and Y") or to the last person the article names. `apart`: words that set the title's holder
        apart (described_apart); a person named later must have them in their role."""
        titles = _ROLE_SYNONYMS.get(noun, (noun,))      # "the premier" is a prime minister too
        recent = set(self.recent)
        later = [k for k in self.book.actors if k not in recent      # named after this point
                 and (not apart or ((a := self.book.actor(k)) is not None and held_by(a.role, apart)))]
        # one who bears the title: the people named so far, newest first, before those named later
        newest_first = [*dict.fromkeys(reversed(self.recent)), *later]
        if strict:
            for key in newest_first:
                a = self.book.actor(key)
                if a and a.type == "person" and a.country == country and a.role \
                        and any(w in a.role.lower() for w in titles):
                    return key
            return None
        fit = {key: self._loose_fit(key, noun, titles, country) for key in newest_first}
        bearer = next((key for key in newest_first if fit[key] == "yes"), None)
        if bearer is not None:
            return bearer
        # one of no stated title or country, when no one bears it: a lead that says "Moscow's foreign
        # minister said" names him in the paragraphs after, so those named later come first
        order = [*reversed(later), *newest_first[:len(newest_first) - len(later)]]
        if at is not None:
            starts = {k: self.book.first_mention_start(k) or 0 for k in later}
            # a person its own sentence, then its own paragraph, names before it (the paragraph from
            # `para_start`, looked back over at most eight sentences)
            # (not one named inside a quotation: '"... Yundu and Koch," stressed the spokesman')
            own = [m.actor_key for s in range(sentence, max(-1, sentence - 8), -1)
                   for m in reversed(self.book.mentions_in(s))
                   if para_start <= m.start < at and not self.in_quotation(m.start)] \
                if sentence is not None else []
            before = sorted((k for k in later if starts[k] <= at), key=lambda k: -starts[k])
            order = [*own, *sorted((k for k in later if starts[k] > at), key=lambda k: starts[k]),
                     *dict.fromkeys(reversed(self.recent)), *before]
        return next((key for key in order if fit.get(key) == "maybe"), None)


# Words before a title that make it the office below it ("Vice President", "deputy minister")
_SECOND_IN = {"vice", "deputy"}


def _second_in(title: Token) -> set[str]:
    """The "vice"/"deputy" words that make a title the office below it: its modifiers, or the word
    just before it, across a hyphen too ("the vice-president", which the parser may split into three
    subjects of the verb)."""
    second = {ch.lower_ for ch in title.lefts if ch.dep_ in {"compound", "amod"} and ch.lower_ in _SECOND_IN}
    before = title.i - 2 if title.i >= 2 and title.doc[title.i - 1].text in {"-", "‐", "‑"} else title.i - 1
    if before >= 0 and title.doc[before].lower_ in _SECOND_IN:
        second.add(title.doc[before].lower_)
    return second


def described_apart(title: Token) -> frozenset[str]:
    """The words that describe the holder of an anaphoric title ("the ...", no name beside it)
    apart from whoever holds the office now or elsewhere: "former"/"ex" ("the former finance
    minister") and a capitalised compound that names no country ("the PML-N president", "the NDC
    chairman"), folded; empty for other titles. Such a title is a person named later only when
    that person's role holds those words (held_by): the country's president or the current
    minister the article names later is another person. Seen in Pakistani and Nigerian party news
    ("The PML-N president said ..." before "President Arif Alvi promulgated ..."); a lead's
    cataphoric title ("the UN envoy said" before "UN envoy X") holds its words in the role of the
    person named after it."""
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in title.children) \
            or any(c.dep_ == "appos" for c in title.children):
        return frozenset()      # only an anaphoric "the ..." title, not one set beside a name
    words = set()
    for c in title.lefts:
        if c.dep_ == "amod" and c.lower_ in {"former", "ex"}:
            words.add(c.lower_)
        elif c.dep_ == "compound" and c.pos_ == "PROPN" and c.text[:1].isupper() \
                and c.ent_type_ not in {"GPE", "NORP"} and demonym_country(c) is None \
                and gz.country_by_name(c.text) is None:
            words.add(fold(c.text))
    return frozenset(words)


def held_by(role: str | None, words: frozenset[str]) -> bool:
    """Whether a role holds every one of these words (described_apart)."""
    return not words or (role is not None and words <= set(fold(role).split()))


def _entities(doc: Doc) -> list[Span]:
    """spaCy's entities plus gazetteer names it missed (e.g. "IS", "Daesh")."""
    people = _joined_people([_whole_person(e) for e in doc_entities(doc)])
    ents = _mended_organisations(doc, _nicknamed_people(doc, people))
    whole = doc_text(doc)
    # each candidate span's text cut from the paragraph's (as Span.text is), by token offsets read once
    starts, lengths, punct = token_columns(doc, "IDX", "LENGTH", "IS_PUNCT")
    ends = [a + n for a, n in zip(starts, lengths, strict=True)]
    if "-" in whole:
        ents = _hyphenated_bodies(doc, ents, whole, starts, ends)
    ents = _gazetteer_bodies_over_adjectives(doc, ents, whole, starts, ends, punct)
    covered = {i for e in ents for i in range(e.start, e.end)}
    extra = []
    for i in range(len(doc)):
        if i in covered or not whole[starts[i]:starts[i] + 1].isupper():
            continue
        for n in range(min(6, len(doc) - i), 0, -1):
            if any(j in covered for j in range(i, i + n)) or punct[i + n - 1]:
                continue
            text = _strip(whole[starts[i]:ends[i + n - 1]])
            if gz.organization(text) or (gz.country_by_name(text) and doc[i].pos_ == "PROPN"):
                # labelled like spaCy would, so that the entity rules treat it as a name
                extra.append(Span(doc, i, i + n, label="ORG" if gz.organization(text) else "GPE"))
                covered |= set(range(i, i + n))
                break
    return sorted(ents + extra, key=lambda s: s.start)


def _gazetteer_bodies_over_adjectives(doc: Doc, ents: list[Span], whole: str, starts: list[int],
                                      ends: list[int], punct: list[int]) -> list[Span]:
    """A gazetteer organisation whose first word the tagger took alone for a nationality or place
    ("The Islamic State group attacked ...": "Islamic" NORP, so "Islamic State group" was no name and
    the sentence lost its source): the longest gazetteer name from that word on, within its sentence and
    six words, replaces it, and with it any entity wholly inside ("attacked the Islamic State group":
    "Islamic" NORP, "State" ORG); a name that would cut an entity in two is not taken. Candidate texts
    are cut from the paragraph's text by the token columns (`whole`, `starts`, `ends`, `punct` as
    `_entities` reads them), as Span.text gives them."""
    out: list[Span] = []
    upto = 0
    for k, e in enumerate(ents):
        if e.start < upto:
            continue        # (read into the name before it)
        if e.label_ in {"NORP", "GPE", "LOC"}:
            limit = e.end
            while limit < min(e.start + 6, len(doc)) and not doc[limit].is_sent_start:
                limit += 1
            later = ents[k + 1:k + 7]     # (each at least a word long: all that start within six words)
            for end in range(limit, e.end, -1):
                if punct[end - 1] or any(o.start < end < o.end for o in later):
                    continue
                if gz.organization(_strip(whole[starts[e.start]:ends[end - 1]])):
                    e = Span(doc, e.start, end, label="ORG")
                    break
        out.append(e)
        upto = e.end
    return out


def _hyphenated_bodies(doc: Doc, ents: list[Span], whole: str, starts: list[int], ends: list[int]) -> list[Span]:
    """A gazetteer body whose name is a hyphenated compound ("Tehrik-e-Taliban Pakistan", "Jaish-e-
    Mohammed") where the tagger found only pieces of it ("Taliban", "Pakistan"): the whole name as
    one ORG in place of the entities inside it. Only names with a hyphen inside a word, of three to
    eight tokens, not cutting an entity."""
    out = list(ents)
    i = 0
    while i < len(doc):
        if not whole[starts[i]:starts[i] + 1].isupper() or i + 1 >= len(doc) or doc[i + 1].text != "-":
            i += 1
            continue
        for n in range(min(8, len(doc) - i), 2, -1):
            text = _strip(whole[starts[i]:ends[i + n - 1]])
            org = gz.organization(text) if "-" in text else None
            if org is None or gz.country_by_name(text):
                continue
            inside = [e for e in out if e.start < i + n and e.end > i]
            if all(i <= e.start and e.end <= i + n for e in inside):
                out = [e for e in out if e not in inside] + [Span(doc, i, i + n, label="ORG")]
                out.sort(key=lambda e: e.start)
                i += n - 1
                break
        i += 1
    return out


_GOVERNMENT = re.compile(r"(?:the\s+)?(?:(?P<adj>.+?)(?:['’]s)?\s+(?:government|administration)"
                         r"|(?:governments?|administration)\s+of\s+(?:the\s+)?(?P<of>.+))", re.I)
_GOVERNMENT_WORD = re.compile(r"government|administration", re.I)     # in every text _GOVERNMENT takes


def _state_of_government(text: str):
    """"Cuban Government", "the Government of Peru", "Chile's government": the state itself (a
    government is another name of its country, as the GUIDELINES code it), or None. "The
    Governments of Chile, Peru ..." cut at the first name is the first of them."""
    # asked of every entity that is no country: the word first, the lazy full pattern only then (speed)
    m = _GOVERNMENT.fullmatch(text) if _GOVERNMENT_WORD.search(text) else None
    if not m:
        return None
    words = m.group("adj") or m.group("of")
    return gz.country_by_demonym(words) or gz.country_by_name(words)


def _name_after_title_of(ent: Span) -> Span | None:
    """In "<title> of <Country> <Given Surname>" spans the tagger made one ORG, the name after the
    country, when a title precedes the entity's "of" (or "to": "Ambassador to Peru Ana Ruiz"); in
    "<title> for <Portfolio> <Given Surname>", the last two words; else None."""
    doc = ent.doc
    if ent.start < 2 or doc[ent.start - 1].lower_ not in {"of", "for", "to"} or not gz.is_role(doc[ent.start - 2].text):
        return None
    if doc[ent.start - 1].lower_ == "for":
        # "Commissioner for Budget Ana Petrova": a portfolio, then the name in its last two words
        rest = ent[len(ent) - 2:]
        if len(ent) >= 3 and all(t.text[:1].isupper() for t in ent) and _looks_like_name(rest.text) \
                and not _ORG_WORDS.search(rest.text) and not gz.country_by_name(rest.text):
            return rest
        return None
    for k in range(1, len(ent) - 1):
        rest = ent[k:]
        if gz.country_by_name(ent[:k].text) and len(rest) >= 2 and all(t.text[:1].isupper() or t.text == "-"
                                                                       for t in rest) \
                and _looks_like_name(rest.text) and not _ORG_WORDS.search(rest.text):
            return rest
    return None


_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)")


def _mended_organisations(doc: Doc, ents: list[Span]) -> list[Span]:
    """Organisation names whole, where the tagger cut or overran them: an ordinal before the name
    ("2nd Front of the ELN"), a place after a dangling "of" ("Communist Party of" + "Vietnam"), the first
    of two coordinated nouns ("Justice and" + "Equality Movement", seen in Reuters and AP Darfur news), and
    not a trailing lower-case phrase ("Front of the ELN for the attack" ends at "ELN")."""
    out: list[Span] = []
    skip = -1
    for k, e in enumerate(ents):
        if k == skip:
            continue
        if e.label_ != "ORG":
            out.append(e)
            continue
        start, end = e.start, e.end
        for j in range(start + 1, end - 1):
            if doc[j].pos_ == "ADP" and doc[j].text.islower() \
                    and all(t.text.islower() or t.is_punct for t in doc[j + 1:end]):
                end = j
                break
        nxt = ents[k + 1] if k + 1 < len(ents) else None
        if end < len(doc) and doc[end - 1].text in _GENERAL_OFFICES and doc[end].text == "General":
            end += 1        # "Office of the Attorney" + "General": the office's name ends with its title
        gap = doc[end:nxt.start] if nxt is not None and nxt.start > end else None
        if doc[end - 1].lower_ == "of" and nxt is not None and nxt.start == end and nxt.label_ in {"GPE", "ORG"}:
            end, skip = nxt.end, k + 1
        elif gap is not None and nxt is not None and nxt.label_ == "ORG" and doc[end - 1].lower_ in _BODY_HEADS \
                and gap.text in {"of", "of the"}:
            end, skip = nxt.end, k + 1      # "The U.S. Department" + "of the" + "Treasury": one body
        elif doc[end - 1].lower_ == "of":
            while end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper() \
                    and not doc[end].ent_type_:
                end += 1
        if start >= 2 and doc[start - 1].lower_ == "and" and doc[start].dep_ == "conj" \
                and doc[start].head.i == start - 2 and doc[start - 2].text[:1].isupper() \
                and start <= doc[start - 2].head.i < end:
            # "Justice and" + "Equality Movement", "Peace and" + "Development Council": the first
            # noun of a coordinated name modifies the name's head, so it is the name's, not a body
            if out and out[-1].end in {start - 1, start} and out[-1].start == start - 2:
                out.pop()
            start -= 2
        if out and out[-1].label_ == "ORDINAL" and out[-1].end == start and doc[start].text[:1].isupper():
            start = out.pop().start
        elif start > 0 and _ORDINAL.fullmatch(doc[start - 1].text) and doc[start].text[:1].isupper():
            start -= 1
        out.append(e if (start, end) == (e.start, e.end) else Span(doc, start, end, label="ORG"))
    return out


# Offices whose holder's title ends in "General" ("Attorney General"), and the head nouns of a body
# named "<head> of <name>" ("Department of the Treasury"): where the tagger cuts such names
_GENERAL_OFFICES = {"Attorney", "Solicitor", "Auditor", "Inspector", "Advocate", "Comptroller", "Accountant",
                    "Surveyor", "Procurator", "Prosecutor"}
_BODY_HEADS = {"department", "ministry", "office", "bureau", "commission", "council", "committee", "agency",
               "directorate", "secretariat"}
_OUTLET_NOUNS = {"broadcaster", "agency", "newspaper", "daily", "channel", "television", "tv", "radio", "outlet",
                 "website", "network", "station", "weekly", "magazine", "tabloid", "service"}


def _named_as_outlet(ent: Span) -> bool:
    """An outlet the story itself names as one ("broadcaster NTV", "Russian news agency TASS"): then
    it is an actor of the story; a bare credit or "told Reuters" is not."""
    doc = ent.doc
    before = doc[max(0, ent.start - 3):ent.start]
    return any(t.lower_ in _OUTLET_NOUNS for t in before)


def _unlabelled_speakers(doc: Doc) -> list[Span]:
    """Proper-noun subjects of speech verbs outside spaCy's entities: the name with its
    proper-noun compounds ("Leyla Mammadova" in "ministry spokeswoman Leyla Mammadova insisted")."""
    out = []
    for tok in map(doc.__getitem__, token_indices(doc, "DEP", ("nsubj",))):
        if tok.pos_ != "PROPN" or tok.ent_type_ or tok.head.lemma_ not in _SPEECH:
            continue
        if gz.is_role(tok.text) and any(c.dep_ == "prep" for c in tok.children):
            continue    # "Federal Minister for Water Resources X said": a title; the name ends its phrase
        start = tok.i
        while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].dep_ == "compound" \
                and doc[start - 1].head.i in range(start, tok.i + 1) and not doc[start - 1].ent_type_:
            start -= 1
        if start == tok.i and _place_given_name(doc, tok):
            start -= 1              # "Lagos Adeyemi told reporters": the tagger took the given name for a city
        titled = start
        while titled > 0 and tok.i - titled < 3 and doc[titled - 1].pos_ == "PROPN" and not doc[titled - 1].ent_type_ \
                and doc[titled - 1].text.istitle() and not gz.is_role(doc[titled - 1].text):
            titled -= 1
        if titled > 0 and doc[titled - 1].pos_ == "NOUN" and gz.is_role(doc[titled - 1].text) \
                and not _ORG_WORDS.fullmatch(tok.text) and not _PLACE_WORDS.fullmatch(tok.text):
            # "Ministry spokesperson Syed Akbaruddin said": right after a title, the words the parser
            # left loose (Indian wire copy) and even a lone one are a person's name
            out.append(doc[titled:tok.i + 1])
        elif tok.i > start:         # a lone word may be anything; a two-word name is a person
            out.append(doc[start:tok.i + 1])
    return out


def _place_given_name(doc: Doc, tok: Token) -> bool:
    """Whether the word before an unlabelled proper-noun sayer is a one-word place entity that is its
    given name ("Lagos Adeyemi", "Florence Wambui"): a capitalised PROPN compound of the sayer, tagged
    GPE alone, with nothing capitalised before it, and the sayer no organisation, place or role word."""
    if tok.i == 0:
        return False
    prev = doc[tok.i - 1]
    before = doc[tok.i - 2] if tok.i > 1 else None
    return prev.ent_type_ == "GPE" and prev.ent_iob_ == "B" and prev.pos_ == "PROPN" \
        and prev.dep_ == "compound" and prev.head.i == tok.i and prev.text.istitle() \
        and (before is None or not before.text[:1].isupper() or bool(before.is_sent_start)) \
        and not _ORG_WORDS.fullmatch(tok.text) and not _PLACE_WORDS.fullmatch(tok.text) \
        and not gz.is_role(tok.text) and gz.country_by_name(tok.text) is None and tok.text.istitle()


def _place_after(ent: Span) -> str | None:
    """The place named in "in <GPE>" right after an entity ("... in Suva"), or None."""
    doc = ent.doc
    if ent.end + 1 >= len(doc) or doc[ent.end].lower_ != "in" or doc[ent.end + 1].ent_type_ != "GPE":
        return None
    end = ent.end + 2
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return doc[ent.end + 1:end].text


def _envoy_names(doc: Doc) -> list[Span]:
    """The name after "<title> to <Country>" that the tagger did not label as a person ("High
    Commissioner to India Cameron Hale", "Ambassador to the United States Rosa Vidal"): two or three
    capitalised proper nouns right after the country, and nothing capitalised after them."""
    out = []
    for tok in map(doc.__getitem__, token_indices(doc, "LOWER", ("to",))):
        if tok.i == 0 or not gz.is_role(doc[tok.i - 1].text):
            continue
        start = tok.i + 1 + (start_the := int(tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "the"))
        after = next((k for k in (3, 2, 1) if start + k <= len(doc)
                      and gz.country_by_name(doc[start - start_the:start + k].text)), None)
        if after is None:
            continue
        first = end = start + after
        while end < len(doc) and end - first < 4 and doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper() \
                and doc[end].ent_type_ in {"", "PERSON"} and not gz.is_role(doc[end].text):
            end += 1
        if 2 <= end - first <= 3:
            out.append(doc[first:end])
    return out


def _titled_name(ent: Span) -> Span:
    """A surname the tagger took alone (often as an organisation) after a title and a given name:
    "President Ana Reyes" is the person Ana Reyes; likewise a two-word person entity after a title
    and given names ("Attorney General Ana Julia Guido De Romero" tagged "De Romero")."""
    if ent.label_ not in {"ORG", "PERSON"} or len(ent) > (2 if ent.label_ == "PERSON" else 1):
        return ent
    doc, k = ent.doc, ent.start - 1
    # up to three given names before it ("Attorney General Ana Julia Guido" + "De Romero")
    while k >= 0 and ent.start - k <= 3 and doc[k].pos_ == "PROPN" and doc[k].text[:1].isupper() \
            and not doc[k].ent_type_ and not gz.is_role(doc[k].text) and not gz.country_by_demonym(doc[k].text):
        k -= 1
    if k == ent.start - 1 or k < 0 or not gz.is_role(doc[k].text):
        return ent
    return Span(doc, k + 1, ent.end, label="PERSON")


# Modals that open a yes-no question ("Will Dutton own ...?", "Can Ruiz win?", "Should Soto resign?"): not a
# given name when the tagger reads them as a modal
_QUESTION_OPENERS = {"will", "can", "could", "would", "should", "must", "may", "might", "shall"}


def _whole_person(ent: Span) -> Span:
    """A person entity with the capitalised proper nouns the tagger left after it ("Andrés Felipe"
    + "Gómez Restrepo", "Pavel Sergeyevich" + "Orlov"), and the one given name it left before a
    name of three words ("Ana" + "Maria Solis Vega") or the two given names before a name of two
    ("Mahamat Idriss" + "Deby Itno"): capitalised proper nouns the parser joins to the name as
    compounds, that are no title, honorific, demonym, country, organisation or place word (_given_name_before);
    and the particles and surname after a name the tagger ended on a particle ("Ursula von der" +
    "Leyen", "Ursula von" + "der Leyen")."""
    if ent.label_ != "PERSON" or len(ent) < 2:
        return ent
    doc, start, end = ent.doc, ent.start, ent.end
    first = doc[start]
    if first.is_sent_start and first.tag_ == "MD" and first.lower_ in _QUESTION_OPENERS \
            and "?" in [t.text for t in first.sent[-2:]]:
        # "Will Dutton own Saturday's outcome?": a question's modal the tagger joined to the name
        return _whole_person(Span(doc, start + 1, end, label="PERSON"))
    while doc[end - 1].lower_ in _PARTICLES and end < len(doc) and end - ent.end < 2 \
            and doc[end].lower_ in _PARTICLES and doc[end].text.islower():
        end += 1    # "Ursula von" + "der": the particles of a surname go on
    if doc[end - 1].lower_ in _PARTICLES and end < len(doc) and doc[end].pos_ == "PROPN" \
            and doc[end].text[:1].isupper() and (doc[end - 1].head.i == end or doc[end].head.i == end - 1
                                                 or doc[end - 2].lower_ in _PARTICLES):
        end += 1    # "Ursula von der" + "Leyen" (tagged a place): a name does not end in its particle
    while end < len(doc) and end - ent.end < 3 and _name_word(doc[end]) and not _opens_title(doc, end):
        end += 1
    before = 1 if len(ent) >= 3 else 2 if len(ent) == 2 else 0
    while before and start > 0 and _given_name_before(doc[start - 1], ent):
        start, before = start - 1, before - 1
    if len(ent) == 2 and (start == ent.start - 1 and not _given_name_alone(doc, start)
                          or start > 0 and doc[start - 1].pos_ == "PROPN"):
        # one word before a two-word name may be anything ("Kremlin Dmitry Peskov"); a title or a third
        # given name before two is _titled_name's ("Attorney General Ana Julia Guido" + "De Romero")
        start = ent.start
    return Span(doc, start, end, label="PERSON") if (start, end) != (ent.start, ent.end) else ent


def _given_name_alone(doc: Doc, i: int) -> bool:
    """Whether the word at `i`, before a two-word name, is a first given name the tagger left out:
    a lower-case word or a comma before it, so no capitalised title or body runs on into it ("support
    for Ram Chandra Paudel", Nepali names of three words), and no body of the gazetteer."""
    return i > 0 and (doc[i - 1].is_lower or doc[i - 1].text == ",") and gz.organization(doc[i].text) is None


def _opens_title(doc: Doc, i: int) -> bool:
    """Whether the words from token `i` on are a title of the gazetteer of two or three words
    ("Prime Minister", "Foreign Minister" after "Solomon Islands", which the tagger may call a
    person): the start of a title, no surname."""
    return any(gz.is_role(doc[i:i + n].text) for n in (2, 3) if i + n <= len(doc))


def _given_name_before(prev: Token, ent: Span) -> bool:
    """Whether a capitalised proper noun just before a person entity is a given name the tagger
    left out: a compound of the name ("Ana" + "Maria Solis Vega"; "Mahamat Idriss" + "Deby Itno"),
    no title, honorific, demonym or country."""
    return _name_word(prev) and prev.dep_ == "compound" and ent.start <= prev.head.i < ent.end \
        and not _HONORIFIC.fullmatch(prev.text) and prev.lower_ not in _role_words() \
        and not gz.country_by_demonym(prev.text) and not gz.country_by_name(prev.text) \
        and not _ends_portfolio(prev)


def _ends_portfolio(tok: Token) -> bool:
    """Whether a capitalised word ends a title's portfolio: capitalised words (and "and") back to
    "for"/"of" after a title ("Federal Minister for Water Resources" + "Muhammad Faisal Vawda")."""
    i = tok.i
    while i > 0 and (tok.doc[i].text[:1].isupper() or tok.doc[i].lower_ == "and") and i > tok.i - 6:
        i -= 1
    title = tok.doc[i - 1] if i > 0 else tok
    return i < tok.i and tok.doc[i].lower_ in {"for", "of"} and title.text[:1].isupper() \
        and (gz.is_role(title.text) or title.lower_ in _role_words())    # ("Minister of State for ...")


@cache
def _role_words() -> frozenset[str]:
    """Every word of every role title in the gazetteer ("secretary" of "Secretary of State",
    "deputy", "foreign"), lower-cased: a word that is never a given name before a person."""
    return frozenset(w for role in gz.roles() for w in role.lower().split())


def _name_word(tok: Token) -> bool:
    """A capitalised proper noun outside any entity that is no title, organisation or place word."""
    return tok.pos_ == "PROPN" and not tok.ent_type_ and tok.text[:1].isupper() and tok.text.isalpha() \
        and not gz.is_role(tok.text) and not _ORG_WORDS.fullmatch(tok.text) and not _PLACE_WORDS.fullmatch(tok.text)


_NICK_OPEN = {"“", '"', "‘"}
_NICK_CLOSE = {"”", '"', "’"}


def _nicknamed_people(doc: Doc, ents: list[Span]) -> list[Span]:
    """A person named with a quoted nickname between given name and surname ('Aquilino “Koko”
    Pimentel Jr.', 'Ronald “Bato” dela Rosa', 'Thomas "Tip" O'Neill': Philippine, Nigerian and
    American usage) as one PERSON span from the given name to the surname (and a Jr./III), where
    the tagger found the given name alone, or a piece with the nickname and the surname apart.
    Only a one- or two-word capitalised nickname, and a capitalised surname right after it
    (particles such as "dela" allowed)."""
    out: list[Span] = []
    skip_to = -1
    for ent in ents:
        if ent.start < skip_to:
            continue
        if ent.label_ != "PERSON" and not (ent.label_ == "ORG" and len(ent) == 1 and ent[0].pos_ == "PROPN"):
            out.append(ent)     # (a given name alone the tagger took for an organisation: 'Aquilino')
            continue
        # the opening mark: right after the given name, or inside the entity ('Ronald “Bato')
        i = next((t.i for t in ent if t.text in _NICK_OPEN), ent.end)
        if i >= len(doc) or doc[i].text not in _NICK_OPEN or i == ent.start:
            out.append(ent)
            continue
        j = i + 1
        while j < len(doc) and j - i <= 3 and doc[j].text not in _NICK_CLOSE and doc[j].text[:1].isupper() \
                and doc[j].is_alpha:
            j += 1
        if j >= len(doc) or doc[j].text not in _NICK_CLOSE or j == i + 1 or j - i > 3:
            out.append(ent)
            continue
        k = j + 1
        while k < len(doc) and k - j <= 4 and (doc[k].text[:1].isupper() and doc[k].is_alpha
                                               and doc[k].ent_type_ not in {"DATE", "TIME"} and not doc[k].is_stop
                                               or doc[k].lower_ in _PARTICLES | {"dela", "van", "von", "le"}
                                               and k + 1 < len(doc) and doc[k + 1].text[:1].isupper()):
            k += 1      # (not a day or a word after the name: 'Manny “Pacman” Pacquiao Tuesday said')
        while k < len(doc) and _GENERATION.fullmatch(doc[k].lower_):
            k += 1
        if k == j + 1 or not doc[k - 1].text[:1].isupper():
            out.append(ent)
            continue
        out.append(Span(doc, ent.start, k, label="PERSON"))
        skip_to = k
    return out


def _joined_people(ents: list[Span]) -> list[Span]:
    """Person entities the tagger cut in two ("Andrés Felipe" + "Gómez Restrepo") made one, and an
    organisation whose country the tagger split off ("Ministry of Foreign Affairs of" + "Peru")."""
    out: list[Span] = []
    for ent in ents:
        prev = out[-1] if out else None
        if prev is not None and prev.label_ == ent.label_ == "PERSON" and prev.end == ent.start:
            out[-1] = Span(ent.doc, prev.start, ent.end, label="PERSON")
        elif prev is not None and prev.label_ == "ORG" and ent.label_ == "GPE" and _ORG_WORDS.search(prev.text) \
                and (prev.end == ent.start and prev[-1].lower_ in {"of", "for"}
                     or prev.end + 1 == ent.start and ent.doc[prev.end].lower_ in {"of", "for"}):
            out[-1] = Span(ent.doc, prev.start, ent.end, label="ORG")
        else:
            out.append(ent)
    return out


def _unlabelled_organisations(doc: Doc) -> list[tuple[Span, Token]]:
    """Capitalised subjects headed by an organisation word that the tagger missed ("High
    Commission of India in Suva said"): the name with its capitalised compounds and "of X"."""
    out = []
    for tok in map(doc.__getitem__, token_indices(doc, "DEP", ("nsubj", "nsubjpass"))):
        if tok.ent_type_ or not tok.text[:1].isupper() \
                or not _ORG_WORDS.fullmatch(tok.text) or tok.i == tok.sent.start:
            continue
        start = tok.i
        while start > tok.sent.start and doc[start - 1].dep_ == "compound" and doc[start - 1].text[:1].isupper() \
                and doc[start - 1].ent_type_ not in {"PERSON", "DATE"}:
            start -= 1
        end = tok.i + 1
        of = next((c for c in tok.rights if c.dep_ == "prep" and c.lower_ == "of"), None)
        if of is not None and of.i == end:
            obj = next((c for c in of.children if c.dep_ == "pobj"), None)
            if obj is not None and obj.text[:1].isupper() and all(t.text[:1].isupper() or t.lower_ in {"the", "and"}
                                                                  for t in obj.subtree):
                end = obj.right_edge.i + 1
        # a diplomatic post's name holds its place: "High Commission of India in Suva"
        at = next((c for c in tok.rights if c.dep_ == "prep" and c.lower_ == "in" and c.i == end), None)
        if at is not None and tok.lower_ in {"commission", "embassy", "consulate", "mission", "delegation"}:
            obj = next((c for c in at.children if c.dep_ == "pobj"), None)
            if obj is not None and obj.text[:1].isupper() and obj.right_edge.i - at.i <= 3:
                end = obj.right_edge.i + 1
        if end - start >= 2:
            out.append((doc[start:end], tok))
    return out + _lower_headed_groups(doc)


# A name and the lower-case kind news writes after it ("Awami League party")
_KIND_AFTER_NAME = re.compile(r"((?:[A-Z][\w.'’-]*\s+)*[A-Z][\w.'’-]*)\s+(?:party|movement|militia|alliance)")
# Lower-case heads that news writes after a group's own name ("the Popular Will party")
_GROUP_HEADS = ("party", "militia", "movement", "cartel")
# Small words inside such a name ("Fridays for Future", "Servant of the People")
_NAME_LINKS = {"for", "of", "of the"}


def _lower_headed_groups(doc: Doc) -> list[tuple[Span, Token]]:
    """A party, militia, movement or cartel named by capitalised words the tagger took for no entity
    (or for an organisation ending before the head) before a lower-case head: "The Popular Will
    party reported", "CHADEMA party officials", "allied Pyu Saw Htee militia", "the Jalisco New
    Generation cartel" (news copy's way of naming a group with its kind). Not a people, place,
    person or date ("the Nigerian party", "Khan's party"; a place may name a cartel), and not the
    sentence's capitalised first word alone unless an acronym."""
    out = []
    for tok in map(doc.__getitem__, token_indices(doc, "LOWER", _GROUP_HEADS)):
        if not tok.text.islower() or tok.tag_ not in {"NN", "NNP"}:
            continue
        start = tok.i
        # a cartel is named for its home ground ("the Sinaloa cartel"), a party not ("the Nigerian party")
        unnamed = {"PERSON", "NORP", "DATE", "CARDINAL", "ORDINAL"} \
            | (set() if tok.lower_ == "cartel" else {"GPE", "LOC"})
        while start > tok.sent.start and doc[start - 1].text[:1].isupper() and doc[start - 1].is_alpha \
                and doc[start - 1].ent_type_ not in unnamed and doc[start - 1].pos_ not in {"DET", "PRON", "ADP"} \
                and not gz.is_role(doc[start - 1].text) and not gz.country_by_demonym(doc[start - 1].text):
            start -= 1
        link = next((n for n in (2, 1) if start - n - 1 > tok.sent.start
                     and " ".join(t.lower_ for t in doc[start - n:start]) in _NAME_LINKS), None)
        if link is not None and doc[start - link - 1].text[:1].isupper() and not gz.is_role(doc[start - link - 1].text):
            continue        # the tail of a longer name ("Future movement" of "the Fridays for Future movement")
        if start == tok.i or (start == tok.sent.start and tok.i - start == 1
                              and not (doc[start].is_upper and len(doc[start]) > 1)):
            continue        # "Party" words after a sentence's first word alone, unless an acronym ("CHADEMA party")
        out.append((doc[start:tok.i + 1], tok))
    return out


def _governing_subject(pronoun: Token) -> Token | None:
    """In "Turkey confirmed that it had launched ...", "it" is the subject of the verb above."""
    verb = pronoun.head
    if verb.lemma_ in {"call", "describe", "term", "label", "dub"} and any(
            c.dep_ == "dobj" and c.lower_ == "what" for c in verb.children):
        # "Moscow would respond to the decision to impose what it called illegal sanctions": "it" is
        # the subject of the clause the characterisation sits in, not the actor named last
        for up in verb.ancestors:
            subj = next((c for c in up.children if c.dep_ in {"nsubj", "nsubjpass"} and c.pos_ != "PRON"), None)
            if subj is not None:
                return subj
        return None
    if verb.dep_ not in {"ccomp", "advcl", "xcomp"}:
        return None
    head = verb.head
    subj = next((c for c in head.children if c.dep_ in {"nsubj", "nsubjpass"} and c.i < pronoun.i), None)
    return subj


_VENUE_NOUNS = {"summit", "talks", "meeting", "meetings", "conference", "forum", "ceremony", "session", "visit",
                "negotiations", "rally", "gathering", "event", "games", "festival", "congress", "round"}


_VENUE_VERBS = {"meet", "sign", "hold", "gather", "convene", "negotiate", "attend", "talk"}


_PLACE_PREPOSITIONS = {"in", "from", "into", "at", "across", "near", "inside", "throughout", "within", "via",
                       "through"}


def _as_place(ent: Span) -> bool:
    """A name standing as a place: the object of a place preposition ("returned from Germany", "in
    Ethiopia and Angola"), not an owner or a doer ("aircraft from Germany" are Germany's)."""
    tok = ent.root
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    prep = tok.head
    return tok.dep_ == "pobj" and prep.lower_ in _PLACE_PREPOSITIONS and (
        prep.lower_ != "from" or prep.head.pos_ in {"VERB", "AUX"})


def _tail_of_longer_name(ent: Span) -> bool:
    """Whether a name is the end of a longer one the tagger cut after a lower-case particle: a
    capitalised word and "da", "de", "do", "dos" before it ("Mocímboa da Praia", "Vila de Luanda",
    Portuguese, Spanish and French place names)."""
    doc = ent.doc
    # not the verb "do" after a question word ("What do Kenya's protesters want?")
    return ent.start >= 2 and doc[ent.start - 1].text in _PLACE_PARTICLES \
        and doc[ent.start - 1].pos_ not in {"AUX", "VERB"} and not doc[ent.start - 2].tag_.startswith("W") \
        and doc[ent.start - 2].text[:1].isupper() and doc[ent.start - 2].is_alpha


_PLACE_PARTICLES = {"da", "de", "do", "dos", "das", "del"}


def _venue(ent: Span) -> bool:
    """A place named as where an event is held: "a summit in Nairobi", "talks in Rome"."""
    tok = ent.root
    prep = tok.head
    return tok.dep_ == "pobj" and prep.lower_ in {"in", "at"} and (
        prep.head.lemma_.lower() in _VENUE_NOUNS or prep.head.lemma_.lower() in _VENUE_VERBS)


def _descriptor_country(ent: Span):
    """The country of a demonym leading the descriptive nouns before a name ("Kenyan activist X",
    "Russian opposition politician Y"): up to three lower-case nouns or adjectives, each modifying a
    word to its right within the phrase, then the demonym. None otherwise ("Russian forces
    detained activist X": a verb breaks the phrase)."""
    doc = ent.doc
    i = ent.start - 1
    while i >= 0 and ent.start - i <= 3 and doc[i].is_lower and doc[i].pos_ in {"NOUN", "ADJ"} \
            and i < doc[i].head.i < ent.end:
        i -= 1
    if i < 0 or i == ent.start - 1 and not doc[i].text[:1].isupper():
        return None
    return gz.country_by_demonym(doc[i].text) if doc[i].head.i > i and doc[i].head.i < ent.end else None


def _proper_subjects(doc: Doc) -> list[int]:
    """The indices of the proper nouns (POS PROPN) that are a subject (DEP nsubj) in `doc`, read
    from its columns, so that no `Token` is made for the other subjects."""
    proper = token_indices(doc, "POS", ("PROPN",))
    if not proper:
        return []
    names = set(proper)
    return [i for i in token_indices(doc, "DEP", ("nsubj",)) if i in names]


def _place_names(docs: list[Doc]) -> set[str]:
    """Folded names that the article writes as places, never people or bodies, though the tagger
    says PERSON or ORG somewhere:
    - before a place noun ("in Moe Hla village", "Tarin Kot district", "the Birnin Gwari area") or
      after one, with or without "of" ("the port city of Al-Mukalla", "the regional capital Gao"),
      or with one in apposition right after it ("Aljannaru, a village in Adamawa state"; not the
      parser's "Andrew Tada, from X but living in Y, the state capital, said") or calling it by name
      ("an informal settlement called Gomora");
    - a name the tagger calls a place (GPE, LOC) where it stands after a place preposition ("pulled
      back from Zabadani"), or more often than it calls it a person ("attack on Zabadani",
      "surrounding Zabadani", but PERSON in "troops attacked Zabadani");
    - a name the tagger calls an organisation, with no organisation word, that stands after "in",
      "at" or "near" ("ambushes at Napotpot", "joined the protesters in Peshawar"), unless the
      article writes it as a doer or an owner too ("engineers at Huawei" and "Huawei said");
    - a name listed with a name found a place above ("Kayah and Karen states", "the areas of
      Chabriha, Borj El Chmali and Beqaa"), or with places that no country's name is and that
      outnumber its people and bodies ("Islamabad, Lahore, Rawalpindi and other cities"; not
      "Katumbi, Fayulu and Mukwege" with Fayulu alone tagged a place).
    Not a name that is the subject of a relative clause on a place noun ("the city Tinubu toured").
    A name of the gazetteer (a country, a capital, a known body) is decided by the gazetteer instead."""
    names = set()
    tags: Counter[tuple[str, bool]] = Counter()      # (folded name, tagged PERSON) -> mentions
    # names the article writes as a doer or an owner ("Huawei said", "Huawei's engineers"): no place
    # for standing after "at" once ("engineers at Huawei")
    doers = {fold(_strip(ent.text)) for doc in docs for ent in doc_entities(doc) if ent.root.dep_ in {"nsubj", "poss"}}
    for doc in docs:
        ents = list(doc_entities(doc))
        if not ents:
            continue
        has_place_noun = bool(token_indices(doc, "LOWER", _PLACE_NOUNS))
        place_tokens: set[int] = set()
        for ent in ents:
            root = ent.root
            if has_place_noun and ((ent.end < len(doc) and doc[ent.end].lower_ in _PLACE_NOUNS) or (
                    root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.lower_ in _PLACE_NOUNS)
                    or (ent.start > 0 and doc[ent.start - 1].lower_ in _PLACE_NOUNS - {"state"}
                        and not _relative_subject(root))):
                names.add(fold(_strip(ent.text)))       # "X village", "the coastal city of X", "the capital X"
            elif has_place_noun and (any(c.dep_ == "appos" and c.lower_ in _PLACE_NOUNS - {"state"}
                                         and c.left_edge.i <= ent.end + 1 for c in root.children)
                                     or (root.head.lower_ in {"called", "named"}
                                         and root.head.head.lower_ in _PLACE_NOUNS)):
                names.add(fold(_strip(ent.text)))       # "Aljannaru, a village in ...", "a settlement called X"
            elif ent.label_ in {"GPE", "LOC"} and _as_place(ent) and _unknown_name(ent):
                names.add(fold(_strip(ent.text)))       # "from Zabadani": a place, whatever else it is tagged
            elif _place_by_its_words(ent):
                names.add(fold(_strip(ent.text)))       # "Kala Balge LGA", "Kareto, Northern Borno State"
            if ent.label_ in {"GPE", "LOC", "PERSON"}:
                tags[(fold(_strip(ent.text)), ent.label_ == "PERSON")] += 1
            elif ent.label_ == "ORG" and root.dep_ == "pobj" and root.head.lower_ in {"in", "at", "near"} \
                    and not _ORG_WORDS.search(ent.text) and _unknown_name(ent) \
                    and fold(_strip(ent.text)) not in doers:
                names.add(fold(_strip(ent.text)))       # "ambushes at Napotpot"
            if ent.label_ in {"GPE", "LOC"} and _unknown_name(ent):
                place_tokens.update(range(ent.start, ent.end))
        named = {i for ent in ents if fold(_strip(ent.text)) in names for i in range(ent.start, ent.end)}
        place_tokens |= named
        if not place_tokens:
            continue
        for ent in ents:
            listed = [ent.root] + _listed_with(ent.root)
            places = sum(t.i in place_tokens for t in listed)
            others = sum(t.i not in place_tokens and t.ent_type_ in {"PERSON", "ORG", "NORP"} for t in listed)
            if ent.label_ in {"PERSON", "ORG"} and not _ORG_WORDS.search(ent.text) and places \
                    and (places > others or any(t.i in named for t in listed)):
                # "Islamabad, Lahore, Rawalpindi", "the areas of X, Y and Z": a list of places; not "Putin and
                # Erdogan (GPE)", nor
                # "Katumbi, Fayulu (GPE) and Mukwege (ORG)", people of whom the tagger took one for a place
                names.add(fold(_strip(ent.text)))
    # tagged a place more often than a person ("attack on Zabadani", "surrounding Zabadani", but
    # "troops attacked Zabadani" PERSON): a place the tagger is unsure of
    names.update(name for (name, person), n in tags.items() if not person and n > tags[(name, True)] > 0
                 and gz.country_by_name(name) is None and gz.organization(name) is None)
    return names


# Words of a body's name that many states' bodies share ("National", "Democratic", "Foreign"), with _ORG_WORDS
_GENERIC_NAME_WORDS = {"the", "of", "for", "and", "national", "popular", "democratic", "federal", "supreme",
                       "republican", "revolutionary", "patriotic", "liberal", "socialist", "communist", "progressive",
                       "conservative", "people's", "peoples", "general", "central", "high", "joint", "special",
                       "public", "security", "defence", "defense", "foreign", "interior", "justice", "finance",
                       "intelligence", "labour", "labor", "green", "workers", "constitutional", "unity", "freedom",
                       "development"}


def _generic_name(text: str) -> bool:
    """Whether a body's name is made of words many states' bodies share ("Congress", "National Front",
    "Foreign Office", "Democratic Party"): a gazetteer body of one state by that name is that state's
    only where the article names the state."""
    words = re.sub(r"^(?:the|The)\s+", "", text).split()
    return bool(words) and bool(_ORG_WORDS.search(text)) and all(
        w.lower() in _GENERIC_NAME_WORDS or _ORG_WORDS.fullmatch(w) for w in words)


def _named_countries(docs: list[Doc]) -> set[str]:
    """ISO3 of the countries an article names: by name, capital or seat ("Washington"), or demonym."""
    found = set()
    for doc in docs:
        for ent in doc_entities(doc):
            if ent.label_ in {"GPE", "NORP", "LOC", "ORG"}:
                text = _strip(ent.text)
                country = gz.country_by_name(text) or gz.country_by_demonym(text)
                if country is not None:
                    found.add(country.iso3)
        for i in token_indices(doc, "POS", ("PROPN", "ADJ")):
            country = gz.country_by_demonym(doc[i].text)      # "U.S.-led", "Iraqi" outside an entity
            if country is not None and not _regional_demonym(doc[i], country):
                found.add(country.iso3)
    return found


# Compass and region words that make a demonym a region's ("Latin American", "South American")
_REGION_WORDS = {"latin", "south", "north", "central", "east", "west", "pan"}


def _regional_demonym(tok: Token, country: gz.Country) -> bool:
    """Whether a demonym is part of a region's or another country's ("the South American nation",
    "Latin American leaders", "South Sudanese troops"): a region word before it that makes no
    demonym of the same country with it ("South Korean" is Korea's)."""
    if tok.i == 0 or (prev := tok.doc[tok.i - 1]).lower_ not in _REGION_WORDS:
        return False
    wider = gz.country_by_demonym(f"{prev.text} {tok.text}")
    return wider is None or wider.iso3 != country.iso3


def _place_by_its_words(ent: Span) -> bool:
    """Whether a name the tagger calls a person or an organisation is a place by its own words or
    its conjunct: it ends in a place noun though tagged a person ("Ras Kamboni District") or in
    "LGA", a Nigerian local government area, whatever its tag ("Kala Balge LGA"); it is a place and
    the region it lies in after a comma ("Kareto, Northern Borno State"); or a plural place noun is
    its conjunct ("between Tor Dara and Wana Kot villages")."""
    last = ent[-1].lower_
    if len(ent) > 1 and ((ent.label_ == "PERSON" and last in _PLACE_NOUNS) or ent[-1].text == "LGA"
                         or " ".join(t.lower_ for t in ent[-3:]) == "local government area"):
        return True     # (the area's name written out: "Chibok Local Government Area of Borno State")
    comma = next((t.i for t in ent[1:-1] if t.text == ","), None)
    if ent.label_ in {"PERSON", "ORG"} and last in _PLACE_NOUNS and comma is not None \
            and not _ORG_WORDS.search(ent.doc[ent.start:comma].text):
        return True     # (not a body and its state: "The Ministry of Health, Lagos State said")
    # plural place nouns after names joined by "and", which the parser may hang on the first name
    # ("between X and Y towns": "towns" a conjunct of X, with the second name Y its compound); not
    # a body and other places ("The Federal Executive Council and the states agreed")
    return ent.label_ in {"PERSON", "ORG"} and any(
        c.dep_ == "conj" and c.lower_ != "islands" and c.lower_.endswith("s") and c.lower_ in _PLACE_NOUNS
        and c.i > ent.end and any(k.dep_ == "compound" and k.pos_ == "PROPN" for k in c.lefts)
        for c in ent.root.children)


def _relative_subject(tok: Token) -> bool:
    """Whether a name is the subject of a relative clause on the noun before it ("the town Ruto
    visited"): a doer there, not the noun's name as in "the regional capital Gao"."""
    return tok.dep_ in {"nsubj", "nsubjpass"} and tok.head.dep_ == "relcl"


def _unknown_name(ent: Span) -> bool:
    """Whether the gazetteer knows no country (nor capital) and no organisation by this name."""
    text = _strip(ent.text)
    return gz.country_by_name(text) is None and gz.organization(text) is None


def _listed_with(token: Token) -> list[Token]:
    """The heads of the other items of the list that `token` heads an item of ("A, B and C"): the
    tokens joined to it by conjunction, either way, through the whole list."""
    seen = {token.i}
    todo = [token]
    found = []
    while todo:
        tok = todo.pop()
        near = [c for c in tok.children if c.dep_ == "conj"] + ([tok.head] if tok.dep_ == "conj" else [])
        for other in near:
            if other.i not in seen:
                seen.add(other.i)
                found.append(other)
                todo.append(other)
    return found


# Prepositions whose object is a place things are in, come from or go to
_LOCATIVE = {"in", "from", "to", "into", "across", "near", "inside", "outside", "throughout"}


def _located_words(docs: list[Doc]) -> set[str]:
    """One-word place entities (GPE) that the article uses as the object of a locative preposition
    (`_LOCATIVE`), or joined to one ("troops from Somaliland and Puntland"): places, whatever else
    the article makes them do."""
    words = set()
    for doc in docs:
        for ent in doc_entities(doc):
            root = ent.root
            while root.dep_ == "conj" and root.head is not root:
                root = root.head
            if ent.label_ == "GPE" and len(ent) == 1 and root.dep_ == "pobj" and root.head.lower_ in _LOCATIVE:
                words.add(ent.text)
    return words


def _sides_between(token: Token) -> list[Token]:
    """The two sides in "between the Muslim and Christian militias": the coordinated capitalised
    modifiers of a plural group noun that is the object of "between" (two parties, not one), else []."""
    if token.dep_ != "pobj" or token.head.lower_ != "between":
        return []
    for mod in token.children:
        if mod.dep_ in {"amod", "nmod", "compound"} and mod.text[:1].isupper():
            other = [c for c in mod.children
                     if c.dep_ == "conj" and c.text[:1].isupper() and c.pos_ in {"ADJ", "PROPN"}]
            if len(other) == 1:
                return [mod, other[0]]
    return []


def _used_as_place(ent: Span) -> bool:
    """A one-word "person" after "in"/"to"/"at"/"of" ("the city of Al-Rashad", one word though three
    tokens) or naming a thing ("Incirlik air base") is a place."""
    if len(ent.text.split()) > 1:
        return False
    tok = ent.root
    if tok.dep_ == "pobj" and tok.head.lower_ in {"in", "to", "at", "near", "from", "of", "into"}:
        return True
    return tok.dep_ in {"compound", "amod"} and tok.head.pos_ == "NOUN"


def _role_before(ent: Span) -> bool:
    """Whether a person's title (a role of the gazetteer, of one or two words) stands right before
    the span, as in "Kazakh President Kassym-Jomart Tokayev" or "opposition leader X" when spaCy
    tags the name ORG or GPE: a title names a holder, and an organisation holds none."""
    doc = ent.doc
    if ent.start == 0:
        return False
    prev = doc[ent.start - 1]
    if not prev.is_alpha:
        return False
    two = doc[ent.start - 2:ent.start].text if ent.start >= 2 else ""
    return gz.is_role(prev.text) or (bool(two) and gz.is_role(two))


_PLACE_NOUNS = {"city", "town", "village", "province", "region", "district", "port", "state", "county", "area",
                "township", "states", "villages", "towns", "areas", "settlement",
                # "the districts of X, Y and Z", "the municipalities of X and Y"
                "districts", "provinces", "regions", "municipalities", "governorates",
                "municipality", "governorate", "island", "islands", "enclave", "capital"}


# Nouns that end a person's title, not a body's name ("Communications Officer", "Press Secretary")
_TITLE_HEADS = {"officer", "secretary", "spokesperson", "spokesman", "spokeswoman", "director", "chairman",
                "chairperson", "chairwoman", "commissioner", "coordinator", "adviser", "advisor"}


def _title_of_named_person(ent: Span, text: str) -> bool:
    """Whether an organisation-tagged name is the title of the person named right after it: its last
    word heads a person's title (`_TITLE_HEADS`) and a person's name follows, after a comma or the
    "of the <body>," that says whose officer it is ("The National Communications Officer of the NDC,
    Sammy Gyamfi"; "Press Secretary, Jane Doe"). A title is no actor (GUIDELINES: actors); the body
    it names after "of" is tagged on its own."""
    if text.split()[-1].lower() not in _TITLE_HEADS:
        return False
    doc = ent.doc
    i = ent.end
    if i + 1 < len(doc) and doc[i].lower_ == "of":
        i += 1
        while i < len(doc) and i - ent.end < 8 and doc[i].text != "," and (doc[i].lower_ == "the"
                                                                          or doc[i].text[:1].isupper()):
            i += 1
    if i >= len(doc) or doc[i].text != ",":
        return False
    return i + 1 < len(doc) and doc[i + 1].ent_type_ == "PERSON" and doc[i + 1].ent_iob_ == "B"


# Nouns of those who speak or act for a government, and of their words: "officials from Borno State",
# "a statement from Kebbi State" are the state's
_SENT_BY_BODY = {"official", "representative", "delegation", "delegate", "envoy", "emissary", "statement",
                 "letter", "message", "communique", "communiqué", "request", "directive", "note", "release"}


def _region_as_place(ent: Span, text: str) -> bool:
    """Whether an organisation-tagged name is a state's region named with its kind word ("Kebbi
    State", "Idlib Province": ISO 3166-2 via `gz.region_country`) standing as the place of "of",
    "in" or "from" ("Governor X of Kebbi State", "clashes in Idlib Province", "fled from Borno
    State", "soldiers from Borno State"): a place, not an actor (GUIDELINES: actors are who acts). A
    "from" on a noun of those who speak for a government or of their words (`_SENT_BY_BODY`) names
    who sends them ("officials from Borno State met ...", "a statement from Kebbi State condemned
    ..."): the state's government, an actor."""
    if not gz.names_region(text) or gz.region_country(text) is None:
        return False
    tok = ent.root
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    prep = tok.head
    if tok.dep_ != "pobj" or prep.lower_ not in {"of", "in", "from"}:
        return False
    return prep.lower_ != "from" or prep.head.lemma_.lower() not in _SENT_BY_BODY


def _named_place(ent: Span) -> bool:
    """Whether the name follows a place noun and "of" ("the city of El Fasher", "the province of
    Idlib"): a place the tagger took for an organisation, not an actor."""
    doc = ent.doc
    return ent.start >= 2 and doc[ent.start - 1].lower_ == "of" and doc[ent.start - 2].lower_ in _PLACE_NOUNS


def _looks_like_name(text: str) -> bool:
    words = text.split()
    if not words or _name_length(words) > 5 or len(words) > 7:
        return False
    if any(not w[:1].isupper() for w in words if w.lower() not in _PARTICLES | {"al-"}
           and not _PREFIXED.match(w)):
        return False
    return not (len(words) == 1 and (len(text) < 3 or text.isupper()))


def _name_length(words: list[str]) -> int:
    """How many words of a name are not lower-case particles: "Luiz Inacio Lula da Silva" and "Tamim
    bin Hamad Al Thani" are names of four words, like "Juan Carlos Perez Rios" (a capitalised "De",
    "Y" counts: "Cooperativa De Ahorro Y Credito Caja" is six words, too long for a name)."""
    return sum(w not in _PARTICLES for w in words)


def _strip_role_prefix(text: str) -> str:
    """A name without the titles, ranks and demonyms before it ("Ugandan General Moses Okello")."""
    words = text.split()
    while len(words) > 1 and (gz.is_role(words[0]) or _HONORIFIC.fullmatch(words[0])
                              or gz.country_by_demonym(words[0])
                              or (gz.country_by_name(_strip(words[0])) and not _given_name_of_place(words))):
        words.pop(0)
    return " ".join(words)


def _given_name_of_place(words: list[str]) -> bool:
    """A place word that is the given name of a two-word personal name ("Israel Katz", "Santiago
    Rojas", "Jordan Bardella"), not a country before a name ("Kenya President William Ruto" keeps two
    words after it): the place word is capitalised like a name, not possessive, and one word follows."""
    return len(words) == 2 and words[0][:1].isupper() and not words[0].isupper() \
        and not words[0].endswith(("'s", "’s")) and words[1][:1].isupper()


# "Name (ACRONYM)": a name's short form in brackets right after it
_BRACKETED = re.compile(r"(?P<name>\w[\w’'-]*)\s*\((?P<short>[A-Z][A-Za-z-]{1,11})\)")
# Titles and ranks before a name that are not part of it
_HONORIFIC = re.compile(
    r"(?:mr|mrs|ms|miss|dr|sheikh|sheik|sir|dame|lord|lady|gen|general|lt|lieutenant|col|colonel|maj|major|"
    r"capt|captain|adm|admiral|commodore|cdre|brig|brigadier|sgt|sergeant|rev|imam|ayatollah|mullah|prince|princess|"
    r"emir|king|queen|crown|marshal|field|commander|cmdr|justice|judge|senator|sen|rep|gov|governor|"
    r"pm|fm|vp|president|premier|minister|chancellor|ambassador|envoy|"
    r"father|msgr|revd|cllr|atty|insp|inspector|supt|superintendent|detective|cpl|corporal|pvt|cdr|"
    # West African and Muslim honorifics ("Alhaji Lamido", "Comrade Isah"): not given names
    r"alhaji|alhaja|hajia|mallam|comrade|"
    # academic and clerical titles, which Nigerian, Ghanaian and Kenyan copy writes before a full name
    # ("Professor Kwabena Owusu", "Pastor Tunde Bakare"); a plural title before a list of names
    # ("Governors Bala Musa of Kano State and ..."): no part of the first name
    r"professor|pastor|archbishop|rabbi|apostle|governors)"
    r"(?:\.|\b)\s*"
    # short forms that are also words or names: only with their period ("Fr. X", "Hon. X")
    r"|(?:fr|hon|amb|det)\.\s*",
    re.I)
# "al-Sisi", "el-Baradei", "d'Estaing": a particle glued to a capitalised name
_PREFIXED = re.compile(r"(?:al|el|ad|ash|as|at|ar|an|az|ibn|bin|ben|abu|d|l|o)[-’'][A-Z]")
# Name particles: "al-Sisi", "bin Salman", "de la Fuente", "van der Leyen"
_PARTICLES = {"al", "el", "bin", "ibn", "ben", "bint", "abu", "de", "del", "della", "di", "da", "dos", "das",
              "do", "van", "von", "der", "den", "la", "le", "du", "y"}
# Surnames that come first in Chinese and Korean names ("Wang Jianhua" is Wang): the common ones
_SURNAME_FIRST = set("""wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he lin gao luo zheng
liang xie song tang han feng deng cao peng zeng xiao tian dong pan yuan cai jiang yu du ye cheng wei su lu ding
ren shen yao xi qin fu zhong jia qian hou shi xiong mao hao kong bai cui kang qiu qin geng lai wen
kim lee park choi jung jeong kang cho yoon yun jang lim moon shin yoo ahn ko hwang oh seo kwon ban""".split())
# Vietnamese family names: the given name, last, is the one used alone ("Nguyen Van Thanh" is Thanh)
_VIETNAMESE = {"nguyen", "tran", "le", "pham", "hoang", "huynh", "phan", "vu", "vo", "dang", "bui", "do", "ho",
               "ngo", "duong", "ly", "truong", "dinh", "lam", "mai", "trinh", "to"}
_SPANISH_MARK = re.compile(r"[áéíóúñ]|ez\b|\b(?:del|de la|y)\b", re.I)


def _person_tokens(text: str) -> list[str]:
    """The folded words of a person's name, without the titles before it."""
    return list(_person_words(text))


@lru_cache(maxsize=1 << 14)
def _person_words(text: str) -> tuple[str, ...]:
    """`_person_tokens`, kept per name: every mention of every person asks again (speed only)."""
    words = fold(_HONORIFIC.sub("", text.strip()) if _HONORIFIC.match(text.strip()) and len(text.split()) > 1
                 else text).split()
    while len(words) > 1 and _GENERATION.fullmatch(words[-1]):
        words.pop()         # "Teodoro Locsin Jr.": the surname is Locsin, not "Jr"
    return tuple(words)


# A generational suffix after a surname ("Jr.", "Jnr", "III"), no part of the name others use
_GENERATION = re.compile(r"(?:jr|jnr|sr|snr|ii|iii|iv)\.?")


def _short_surname_subject(tok: Token) -> bool:
    """Whether a proper noun of three letters or fewer is a bare Chinese or Korean surname standing
    as a subject ("Sun claimed ...", "Li told reporters ..." after "Sun Weidong", "Li Qiang"): such
    surnames are short, and a short word elsewhere may be anything (_SURNAME_FIRST, the same list
    `_surname_refs` uses)."""
    return tok.dep_ in {"nsubj", "nsubjpass"} and tok.text.istitle() and fold(tok.text) in _SURNAME_FIRST


def _surname_refs(toks: list[str]) -> list[str]:
    """The words a bare mention of this person uses: the last (Western, Vietnamese, Arabic "al-Sisi"),
    the first of a Chinese or Korean name, the first of a Spanish double surname ("García")."""
    if len(toks) < 2:
        return list(toks)
    refs = [toks[-1]]
    if toks[0] in _SURNAME_FIRST and len(toks) <= 3 and toks[0] not in _VIETNAMESE:
        refs.insert(0, toks[0])
    if len(toks) >= 3 and toks[-2] not in _PARTICLES and toks[0] not in _VIETNAMESE \
            and toks[0] not in _SURNAME_FIRST and _SPANISH_MARK.search(" ".join(toks)):
        refs.append(toks[-2])
    return refs


@cache
def _role_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The two patterns of `_role_around` (a title before a name, an apposition after it), built once
    from the gazetteer's roles: the alternation of every role is long, and re's own cache may drop it."""
    roles = "|".join(re.escape(r) for r in gz.roles())
    q_words = r"(?P<q>(?:[A-Z][\w.-]+\s+){0,2}?[A-Z][\w.-]+(?:'s|’s)?)"    # "Papua New Guinea's"
    # "X, the president of Uzbekistan,": the country after the title (one to three capitalised words)
    # "X, the chairman of the State Committee for National Security of Kyrgyzstan,": a capitalised name
    # after the title, small words inside it; its country is the person's
    cap = r"[A-Z][\w.’'-]*"
    of_country = rf"(?:\s+of\s+(?:the\s+)?(?P<of>(?-i:{cap}(?:\s+(?:(?:of|for|and|the)\s+)*{cap}){{0,8}})))?"
    # before a name the role must end where the text does, so the roles as a prefix tree (retrie)
    # find the same title 2x faster; after it, where the role ends is open: the longest-first list
    return (re.compile(rf"(?:{q_words}\s+)?(?P<role>{alternation(gz.roles())})\s*,?\s+$", re.I),
            re.compile(rf",\s+(?:the\s+|a\s+)?(?:{q_words}\s+)?(?P<role>{roles})\b{of_country}", re.I))


@cache
def _role_end() -> re.Pattern[str]:
    """What the title pattern of `_role_patterns` needs at the end of the text before a name: the
    last word of some role, then `\\s*,?\\s+$`, in any case as that pattern reads it. Its search tries a
    capitalised word or two before the role at every position; this one, without them, fails at once
    at most positions, so a text before a name that ends in no role word ("said X") is told apart
    quickly (speed only: where this finds nothing, the title pattern cannot match)."""
    last_words = {re.split(r"\s", role)[-1] for role in gz.roles()}
    return re.compile(rf"{alternation(last_words)}\s*,?\s+$", re.I)


_SHORT_AFTER = re.compile(r"\s*\((?P<short>[A-Z][A-Za-z-]{1,11})\)")


def _other_short_form(ent: Span, org: gz.Org) -> bool:
    """Whether the name is followed by a bracketed short form that is not the gazetteer body's
    ("Peoples Democratic Party (PDP)" after the entry "Peoples' Democratic Party", HDP): two
    countries' bodies share the name, and the short form tells this is the other one. The name's
    own initials are no other body's when the gazetteer gives the body no short form to differ from."""
    m = _SHORT_AFTER.match(doc_text(ent.doc), ent.end_char)
    if m is None:
        return False
    short = fold(m.group("short"))
    if short == fold(_initials(org.name)) and not any(a.isupper() for a in org.aliases):
        return False    # "Justice and Equality Movement (JEM)": the name's own initials, of a body the
        #                 gazetteer knows no short form of, tell no other body
    return short != fold(org.name) and short not in {fold(a) for a in org.aliases}


_GROUP_AFTER_NAME = {"party", "movement", "coalition", "alliance", "front", "militia", "platform", "bloc"}


def _names_a_group(ent: Span) -> bool:
    """Whether a name the tagger calls a person is the name of the group the noun after it says
    ("the Vente Venezuela political party", "the Nueva Idea movement"): no person."""
    doc = ent.doc
    i = ent.end
    if i < len(doc) and doc[i].lower_ == "political":
        i += 1
    return i < len(doc) and doc[i].lower_ in _GROUP_AFTER_NAME


# Nouns for the people of a body that a person does not have ("X members", "X cadres"); not those a
# politician has as a party does ("Bernie Sanders delegates", "Raila Odinga lawmakers": a person's)
_MEMBER_NOUNS = {"members", "member", "cadres", "cadre", "militants"}


def _body_of_members(ent: Span) -> bool:
    """Whether a name the tagger calls a person modifies a noun for a body's members right after it
    ("Jamaat-e-Islami members", "Ansar Dine members"): the name of a party or group, which the
    small English model often tags PERSON when it is not English."""
    doc = ent.doc
    return ent.end < len(doc) and doc[ent.end].lower_ in _MEMBER_NOUNS and ent.root.head.i == ent.end \
        and ent.root.dep_ in {"compound", "nmod", "amod"}


def _first_word(text: str) -> str:
    m = re.match(r"\w+", text)
    return m.group() if m else text


def _initials(name: str) -> str:
    """The initials of a name's capitalised words ("Justice and Equality Movement" -> "JEM")."""
    return "".join(w[0] for w in re.split(r"[\s-]+", name) if w[:1].isupper())


def _abbreviates(short: str, words: list[str]) -> bool:
    """Whether a bracketed short form can stand for a country named by these words: it starts with
    the name's first letter and has at most one letter more than the name has capitalised words
    ("United States (US)", "United Arab Emirates (UARE)", "Democratic Republic of Congo (DRC)"; not
    "Pakistan (TTP)")."""
    caps = [w for w in words if w[:1].isupper()]
    return bool(caps) and short[:1].upper() == caps[0][:1].upper() and len(short) <= len(caps) + 1


def _inside_title(ent: Span) -> bool:
    """Whether a name the tagger found is a piece of a gazetteer role title around it ("State" in
    "Secretary of State" and "the Head of State", "Interior" in "Interior Minister"): up to three
    words before it and two after it make a title with it."""
    doc = ent.doc
    if len(ent) > 2:
        return False
    # each span's text cut from the paragraph's by token offsets (as Span.text is), not rebuilt from Tokens
    whole = doc_text(doc)
    starts, lengths = token_columns(doc, "IDX", "LENGTH")
    return any(gz.is_role(words := whole[starts[ent.start - k]:starts[ent.end + j - 1] + lengths[ent.end + j - 1]])
               or words.lower() in _ROLE_SYNONYMS
               for k in range(min(3, ent.start) + 1) for j in range(min(2, len(doc) - ent.end) + 1) if k or j)


def _role_around(ent: Span, named: set[str] | None = None) -> tuple[str | None, str | None]:
    """Country and role from the title before a name ("Turkish Foreign Minister X", "Kremlin
    spokesman X") or an apposition after it ("X, Russia's foreign minister,"); a title whose
    portfolio is no gazetteer role gives the country its possessive names ("Chile's transport
    minister X", "X, Chile's mining minister,": CHL, "transport minister"). `named`: the ISO3 of the
    countries the article names, if known (see `_titled_role`)."""
    country, role = _titled_role(ent, named)
    if country is None:
        text = doc_text(ent.doc)
        m = _PORTFOLIO_BEFORE.search(text[max(0, ent.start_char - 60):ent.start_char]) \
            or _PORTFOLIO_APPOS.match(text[ent.end_char:ent.end_char + 80])
        if m is None:
            # "Myanmar Army Gen. X", "Nigerian Police Commissioner X": a rank in a country's force
            m = _FORCE_RANK_BEFORE.search(text[max(0, ent.start_char - 60):ent.start_char])
        c = _country_of_tail(m.group("q")) if m else None
        if m and c is not None:
            title = f"{m.group('port')}{m.group('role')}"
            # the whole title where the roles found its end ("Minister" of "mining minister")
            return c.iso3, title if role is None or title.lower().endswith(role.lower()) else role
    return country, role


# A country's possessive, a portfolio or rank in one or two words and a title noun: the title of an
# office of that country that the gazetteer's roles do not list ("Peru's mining minister", "Ghana's
# trade envoy", "Japan's Vice Foreign Minister")
_PORTFOLIO_TITLE = (r"(?P<q>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2})(?:'s|’s)\s+(?P<port>(?:[A-Za-z]+\s+){1,2})"
                    r"(?P<role>(?i:minister|ambassador|envoy|spokes(?:man|woman|person)|secretary|adviser|advisor"
                    r"|chief|representative|commissioner))")
_PORTFOLIO_BEFORE = re.compile(_PORTFOLIO_TITLE + r"\s+$")
# A country's name or demonym, its armed force or police, and a rank: the same groups as the portfolio
# title ("port" the force, "role" the rank)
_FORCE_RANK_BEFORE = re.compile(r"(?P<q>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2}?)\s+"
                                r"(?P<port>(?:Army|Navy|Air Force|Armed Forces|Police|Military|Marines)\s+)"
                                r"(?P<role>General|Gen|Lieutenant General|Lt\.? Gen|Major General|Maj\.? Gen|"
                                r"Brigadier General|Brig\.? Gen|Colonel|Col|Admiral|Adm|Commissioner|Chief)\.?\s+$")
_PORTFOLIO_APPOS = re.compile(r",\s+(?:the\s+)?" + _PORTFOLIO_TITLE + r"\b")
# "the Dutch ambassador to Nairobi, X", "the Norwegian envoy for the Horn of Africa, X": the post's
# place between a diplomatic title and the comma of an apposition names no country of the person
_POST_PLACE = re.compile(r"(\b(?:ambassador|envoy|representative|emissary|consul|commissioner))"
                         r"\s+(?:to|for|in)\s+(?:the\s+)?[A-Z][\w.’'-]*(?:\s+(?:of\s+|and\s+)?[A-Z][\w.’'-]*){0,3}"
                         r"(?=\s*,\s+$)", re.I)


# The end of the sentence before: a full stop after two lower-case letters ("... Narendra Modi. Congress
# President X"), not an abbreviation of capitals or of one such letter ("U.S. President X", "Dr. X"); a
# rank's stop ("Gen. X") would pass, but the parser starts no sentence after one
_SENTENCE_END_BEFORE = re.compile(r"[a-z]{2}[.!?][\"”’']?\s*$")


def _title_window_start(ent: Span, text: str) -> int:
    """Where the words that may title a name start: up to 60 characters before it, within its
    sentence when the sentence before ends with a word's full stop; a title never runs across
    sentences ("... hit back at Prime Minister Narendra Modi. Congress President X": the title of X is
    "Congress President", not one holding Modi's name)."""
    start = max(0, ent.start_char - 60)
    sent_start = ent.sent.start_char
    if sent_start > start and _SENTENCE_END_BEFORE.search(text[start:sent_start]):
        return sent_start
    return start


def _titled_role(ent: Span, named: set[str] | None = None) -> tuple[str | None, str | None]:
    """`_role_around` from the gazetteer's roles: the title before the name, else the apposition. A
    body many states' bodies are named like ("Congress", "Senate": `_generic_name`) is the
    gazetteer's body of one state only where the article names that state (`named`, ISO3), as for a
    body's own mention: "Congress leader X" in Indian copy is no US Congress leader."""
    doc = ent.doc
    text = doc_text(doc)
    before = text[_title_window_start(ent, text):ent.start_char]
    after = text[ent.end_char:ent.end_char + 120]     # room for "the chairman of <a long name> of <country>"
    title_before, appos_after = _role_patterns()
    before = _RANK_BEFORE_NAME.sub("", before)     # "Indian Foreign Minister Dr. X": the title before the rank
    before = _POST_PLACE.sub(r"\1", before)
    m = (title_before.search(before) if _role_end().search(before) else None) or _role_of_before(before)
    if m and "," in m.group(0) and not after.lstrip().startswith(","):
        m = None    # "the Uzbek president, X, said" is an apposition; "asked about the president, X said" is not
    appos = appos_after.match(after)
    if not m or (appos and _HONORIFIC.fullmatch(m.group("role")) and not m.group("q")):
        m = appos                   # "Sheikh X, the Emirati foreign minister": the office, not the title
    if not m:
        # "his Uzbek counterpart X": a counterpart's country is in the title, his office is the other's
        cp = _COUNTERPART_BEFORE.search(before)
        if cp and (c := _country_of_tail(cp.group("q"))):
            return c.iso3, None
        if (c := _descriptor_country(ent)) is not None:
            return c.iso3, None
        poss = re.search(r"(?P<q>(?:[A-Z][\w.-]+\s+){0,2}[A-Z][\w.-]+(?:'s|’s))\s+$", before)
        if poss:
            c = _country_of_tail(_strip(poss.group("q")))
            return (c.iso3 if c else None), None
        return None, None
    role = m.group("role")
    q = _strip(m.group("q") or "")
    while q and gz.is_role(f"{q.split()[-1]} {role}"):     # "Foreign" + "Minister" is one title
        role = f"{q.split()[-1]} {role}"
        q = " ".join(q.split()[:-1])
    if q and _HONORIFIC.fullmatch(role):
        # "Chinese Defence Minister General X": a rank after an office; the office is the role
        words = q.split()
        n = next((k for k in (2, 1) if len(words) >= k and gz.is_role(" ".join(words[-k:]))), 0)
        if n:
            role, q = " ".join(words[-n:]), " ".join(words[:-n])
    role = _title_role(role)
    of = m.groupdict().get("of")
    if of:
        org = _political_body(_strip(of), named)
        # the country closing the name ("... Security of Kyrgyzstan") or leading it ("Nigerian Senate"),
        # not one inside it ("Organization of American States")
        c = _country_of_tail(of.split(" of ")[-1]) or gz.country_by_demonym(of.split()[0]) \
            or gz.country_by_name(of.split()[0])
        iso3 = org.country if org else (c.iso3 if c else None)
        if iso3 or org:
            return iso3, role       # "the president of Uzbekistan"; "the head of the African Union": none
    if q:
        c = _country_of_tail(q)
        if c:
            return c.iso3, role
        org = _political_body(q, named)
        if org:
            return org.country, f"{org.name} {role}"
        lead = gz.country_by_demonym(q.split()[0]) or gz.country_by_name(q.split()[0])
        if lead:
            return lead.iso3, role      # "Kenyan Army Commander X": the body's country leads the title
        if _POSS.search(q):
            return None, f"{_POSS.sub('', q)} {role}"   # "Sant'Egidio's president X": the body's, not a state's
        if all(w[:1].isupper() for w in q.split()) and (_ORG_WORDS.search(q.split()[-1])
                                                        or re.fullmatch(r"[A-Z]{2,7}", q)):
            # "ECOWAS Commission President X", "SADC Executive Secretary X": a body's office, no
            # head of state (so no dateline country either)
            return None, f"{q} {role}"
    if m is not appos and (owner := re.search(r"(\S+?)(?:'s|’s)\s+$", before[:m.start("role")])):
        if owner.group(1).lower() in {"country", "nation"}:
            # "fled to Spain and met the country's Prime Minister X": the country the sentence named
            # before (as for "the country's Foreign Ministry"), no part of the title
            c = _sentence_country(ent[0])
            return (c.iso3 if c else None), role
        return None, f"{owner.group(1)} {role}"     # "the group's president X": not a state's
    # "Prime Minister Narendra Modi of India": the country right after the titled name
    after_of = re.match(r"\s+of\s+(?:the\s+)?([A-Z][\w.-]+(?:\s+[A-Z][\w.-]+){0,2})", after)
    c = _country_of_tail(after_of.group(1)) if after_of and m is not appos else None
    return (c.iso3 if c else None), role


def _political_body(name: str, named: set[str] | None = None) -> gz.Org | None:
    """The gazetteer's body of this name, unless it is a news outlet: an outlet's initials in a
    title name another body more often than the agency ("the chairman of the PTI" is Pakistan's
    Tehreek-e-Insaf, not the Press Trust of India; "AFP spokesperson" in Manila is the Armed Forces
    of the Philippines), and an outlet's staff are no actors whose country a story needs. Nor is it a
    body of a generic name ("Congress") whose state the article does not name (`named`, ISO3)."""
    org = gz.organization(name)
    if org is not None and org.country and named is not None and org.country not in named and _generic_name(name):
        return None
    return None if org is None or org.media else org


def _role_of_before(before: str) -> re.Match[str] | None:
    """"Deputy Prime Minister of Thailand X": a title, "of" and a country right before a name, as a
    match with the groups of `_role_patterns` ("q" empty, the country in "of"); None without one."""
    m = _OF_COUNTRY_BEFORE.search(before)
    if m and gz.is_role(m.group("role")) and _country_of_tail(m.group("of")):
        return m
    # "the Minister of Information and National Orientation, X,": a title of a portfolio (capitalised
    # words, "and", "the", commas) set off by a comma before the name, an apposition
    m = _OF_PORTFOLIO_BEFORE.search(before)
    if m and gz.is_role(m.group("role")):
        return m
    # "Minister of State for Defence X", "Federal Minister for Water Resources X": a title, its
    # portfolio and the name with no comma between (South Asian and West African copy); the title is
    # the last one to three capitalised words before "of"/"for" that the gazetteer knows as a role
    m = _FOR_PORTFOLIO_BEFORE.search(before)
    if m is None:
        return None
    # (the match again from the title's first word, so that no word before it is part of the role:
    # "On Monday Minister of State for X", "Kenya Minister for Trade X")
    starts = [w.start() for w in re.finditer(r"\S+", m.group("role"))]
    k = next((k for k in range(len(starts)) if gz.is_role(m.group("role")[starts[k]:])), None)
    return None if k is None else _FOR_PORTFOLIO_BEFORE.search(before, m.start("role") + starts[k])


_OF_COUNTRY_BEFORE = re.compile(r"(?P<q>)(?P<role>(?:[A-Z][\w.-]+\s+){0,2}[A-Z][\w.-]+)\s+of\s+(?:the\s+)?"
                                r"(?P<of>[A-Z][\w.-]+(?:\s+[A-Z][\w.-]+){0,2})\s+$")
_OF_PORTFOLIO_BEFORE = re.compile(r"\b[Tt]he\s+(?P<q>)(?P<role>(?:[A-Z][\w.-]+\s+){0,2}[A-Z][\w.-]+)\s+of\s+(?:the\s+)?"
                                  r"(?P<of>[A-Z][\w.-]+(?:(?:,\s*|\s+)(?:(?:and|the|for)\s+)*[A-Z][\w.-]+){0,6}),\s+$")
_FOR_PORTFOLIO_BEFORE = re.compile(r"(?:^|(?<=[\s(]))(?P<q>)(?P<role>(?:[A-Z][\w.-]+\s+){0,2}[A-Z][\w.-]+)"
                                   r"\s+(?:of|for)\s+(?:the\s+)?(?P<of>[A-Z][\w.-]+(?:\s+(?:(?:and|the|for|of)\s+)*[A-Z][\w.-]+){0,5})\s+$")
# a rank or an academic or clerical title between a title (or its apposition's comma) and the name:
# "Indian Foreign Minister Dr. X", "the Peace Council Chairman, Professor X"
_RANK_BEFORE_NAME = re.compile(r"(?:(?<=[a-z] )|(?<=[a-z], ))"
                               r"(?:Dr|Prof|Professor|Pastor|Gen|Lt|Col|Maj|Capt|Adm)\.?\s+$")
_COUNTERPART_BEFORE = re.compile(r"(?P<q>(?:[A-Z][\w.-]+\s+){0,2}[A-Z][\w.-]+)\s+counterparts?\s*,?\s+$")
_MINISTRY_OF_NAME = re.compile(r"Ministry of (?:[A-Z][a-z]+)(?: (?:and )?[A-Z][a-z]+){0,3}")
_MINISTRY_OF = re.compile(r"Ministry of (Foreign|Defen[cs]e|Interior|Home|Internal|Information|Finance) Affairs", re.I)


def _owned_by_country(ent: Span, text: str) -> tuple[str, str, str] | None:
    """An organisation a country's possessive names: "Russia’s Foreign Ministry" -> ("Russian Foreign
    Ministry", "RUS", "Russia’s Foreign Ministry"). "Ministry of Foreign Affairs" is the Foreign Ministry."""
    doc = ent.doc
    if ent.start >= 2 and doc[ent.start - 1].text in {"'s", "’s", "'", "’"}:
        owner = doc[ent.start - 2]
        first = owner.i
        while first > 0 and doc[first - 1].text[:1].isupper() and owner.i - first < 2:
            first -= 1
        c = _country_of_tail(doc[first:owner.i + 1].text)
        if c is None and owner.text[:1].isupper() and _state_body_name(text):
            # "Hebron's Ministry of Health", "Kandahar's Police": a state body a city or region of
            # one state owns is that state's (GeoNames cities, ISO 3166-2 regions)
            c = gz.place_country(doc[first:owner.i + 1].text)
        if c is None and owner.lower_ in {"country", "nation"} and owner.i > 0 and doc[owner.i - 1].lower_ == "the":
            c = _sentence_country(owner)    # "Egypt protested ..., the country's Foreign Ministry said"
        alias = f"{doc[owner.i].text}{doc[ent.start - 1].text} {text}" if c else None
        if c is not None and owner.lower_ in {"country", "nation"}:
            alias = f"{c.name} {text}"      # "country's Foreign Ministry" is any country's: no alias
    else:
        m = re.match(r"(?P<c>.+?)(?:'s|’s)\s+(?P<rest>.+)", text)
        c = _country_of_tail(m.group("c")) if m else None
        alias, text = (text, m.group("rest")) if c and m else (None, text)
    if c is None or alias is None:          # alias is set whenever c is
        return None
    core = _MINISTRY_OF.sub(lambda m: f"{m.group(1).title()} Ministry", text)
    return f"{c.demonyms[0] if c.demonyms else c.name} {core}", c.iso3, alias


_BODY_OF_COUNTRY = re.compile(r"(?:the\s+|The\s+)?(?P<body>[A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*){0,3}?)\s+of\s+"
                              r"(?:the\s+)?(?P<c>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,3})")


def _possessor_country(span: Span) -> str | None:
    """ISO3 of the country whose possessive leads a name, across lower-case words only: "Myanmar's
    ruling National League for Democracy", "Kenya's main opposition Orange Democratic Movement" ->
    MMR, KEN (the name is kept: a party's name is its own); None without such a possessive."""
    doc = span.doc
    i = span.start - 1
    while i >= 0 and span.start - i <= 3 and doc[i].is_lower and doc[i].is_alpha and _name_modifier(doc[i]):
        i -= 1
    if i < 1 or doc[i].text not in {"'s", "’s"}:
        return None
    first = i - 1
    while first > 0 and doc[first - 1].text[:1].isupper() and i - first < 3:
        first -= 1
    c = _country_of_tail(doc[first:i].text)
    return c.iso3 if c is not None else None


def _name_modifier(tok: Token) -> bool:
    """Whether a lower-case word can stand between a possessive and the name it owns ("ruling",
    "main opposition"): not a preposition, determiner, conjunction, pronoun or finite verb, which
    put the name in a phrase of its own ("Kenya's dispute with the X Bank": the bank is not Kenya's)."""
    return tok.pos_ not in {"ADP", "DET", "CCONJ", "SCONJ", "PRON", "AUX", "PART"} \
        and tok.tag_ not in {"VBD", "VBZ", "VBP", "MD"}


def _demonym_named_body(ent: Span) -> tuple[Span, gz.Org] | None:
    """("Pakistani Taliban" span, Tehrik-i-Taliban Pakistan) when the demonym right before a name
    the gazetteer knows makes, with it, the name of another body of the gazetteer ("the Pakistani
    Taliban" is not the Taliban of Afghanistan); None otherwise."""
    if ent.start == 0:
        return None
    prev = ent.doc[ent.start - 1]
    if not prev.text[:1].isupper() or gz.country_by_demonym(prev.text) is None:
        return None
    wider = gz.organization(f"{prev.text} {_strip(ent.text)}")
    if wider is None or wider.name == (gz.organization(_strip(ent.text)) or wider).name:
        return None
    return ent.doc[ent.start - 1:ent.end], wider


# Nouns a United Nations agency's descriptive name ends in ("the UN refugee agency", "the U.N. nuclear watchdog")
_AGENCY_NOUNS = {"agency", "watchdog", "office", "fund"}


def _un_agency(ent: Span, org: gz.Org) -> tuple[Span, gz.Org] | None:
    """("UN food agency" span, World Food Programme) when the United Nations is named with the
    lower-case words of one of its agencies after it ("the UN children's agency said", "the U.N.
    refugee agency"): news copy's way of naming the agency, which the gazetteer lists as its alias;
    None otherwise (the United Nations itself)."""
    if org.name != "United Nations":
        return None
    doc = ent.doc
    end = ent.end
    while end < len(doc) and end - ent.end < 4 and (doc[end].is_lower and doc[end].is_alpha or doc[end].lower_ == "'s"):
        end += 1
        if doc[end - 1].lower_ in _AGENCY_NOUNS:
            words = "".join(t.text_with_ws for t in doc[ent.end:end]).strip()
            agency = gz.organization(f"UN {words}")
            if agency is not None and agency.name != org.name:
                return doc[ent.start:end], agency
    return None


def _state_body_name(text: str) -> bool:
    """Whether a name is a state body's ("Ministry of Health", "Health Ministry", "Supreme Court",
    "Police"): a "Ministry of ..." name, an institution noun of the gazetteer, or capitalised words
    ending in "Ministry"."""
    bare = re.sub(r"^(?:the|The)\s+", "", text)
    return bool(_MINISTRY_OF_NAME.fullmatch(bare)) or gz.institution_kind(bare.lower()) == "organization" \
        or bare.split()[-1] == "Ministry" and all(w[:1].isupper() for w in bare.split())


def _placed_state_body(ent: Span, text: str) -> tuple[str, str, str] | None:
    """A state body named without its state but with its place ("the Interior Ministry in Kabul",
    "the Supreme Court in Accra"): ("<Demonym> <name>", "organization", ISO3) of the state the place
    is or is the capital of (the gazetteer's countries and capitals); None for any other name (a
    body of no state, "the Red Cross in Kabul", keeps its own) or place."""
    place = _place_after(ent)
    # a country or its capital, else a city or region of one ("the Health Ministry in Rafah")
    country = (gz.country_by_name(place) or gz.place_country(place)) if place else None
    bare = re.sub(r"^(?:the|The)\s+", "", text)
    if country is None or not _state_body_name(text):
        return None
    return f"{country.demonyms[0] if country.demonyms else country.name} {bare}", "organization", country.iso3


def _body_of_country(text: str) -> tuple[str, str, str] | None:
    """A state body named with "of <Country>" ("Foreign Ministry of the Russian Federation",
    "Supreme Court of Ghana") as `_owned_by_country` names "Russia's Foreign Ministry": ("Russian
    Foreign Ministry", "RUS", the text as alias), so that both forms in one article are one actor.
    Only for a body the gazetteer's institutions list ("foreign ministry", "supreme court") and a
    whole country name after "of"; None otherwise ("Ministry of Foreign Affairs" keeps its name)."""
    m = _BODY_OF_COUNTRY.fullmatch(text)
    if m is None:
        return None
    c = gz.country_by_name(m.group("c"))
    body = m.group("body")
    if c is None or gz.institution_kind(body.lower()) != "organization":
        return None
    return f"{c.demonyms[0] if c.demonyms else c.name} {body}", c.iso3, text


def _sentence_country(token: Token):
    """The country "the country" stands for: the first its sentence names before it, as a country's
    name or a demonym of a named entity ("Chilean police detained ..., the country's Interior
    Ministry said" -> Chile); the main clause's actor comes first in news. None when none is named."""
    for ent in token.sent.ents:
        if ent.start >= token.i:
            break
        if ent.label_ in {"GPE", "NORP"}:
            text = _strip(ent.text)
            c = gz.country_by_demonym(text) or gz.country_by_name(text)
            if c is not None:
                return c
    return None


def _country_of_tail(q: str):
    """The country the longest tail of these words names ("Papua New Guinea", not "Guinea";
    "Turkish" in "Former Turkish")."""
    words = q.split()
    for k in range(len(words)):
        tail = " ".join(words[k:])
        c = gz.country_by_demonym(tail) or gz.country_by_name(tail)
        if c:
            return c
    return None


MILITARY_SYNONYMS = {"armed forces", "army", "military"}     # capitalised alone: a state's forces
_DIPLOMATIC_POST = re.compile(r"\b(?:Embassy|High Commission|Consulate(?: General)?)\b")
_ARMED_NOUNS = {"militants", "insurgents", "jihadists", "fighters", "extremists", "rebels"}
_CROWD_NAMES = {"protesters", "protestors", "demonstrators"}
_COUNT_WORDS = re.compile(r"(?:several|some|many|a\s+few|(?:dozens|hundreds|thousands|scores)\s+of)\s+", re.I)


def _uncounted(name: str) -> str:
    """A group's name without the count that introduced it: "Several #FreeVote protesters" ->
    "#FreeVote protesters" (a count is no name, and the store merges groups by name). A bare noun
    keeps its count ("several protesters"), as "protesters" alone would name every crowd."""
    m = _COUNT_WORDS.match(name)
    rest = name[m.end():] if m else name
    return rest if m and len(rest.split()) > 1 else name


# Head nouns of a named non-state political or armed body: FORMAT.md's `group` ("armed, ethnic or
# political groups"), as the gold types parties, movements, fronts and militias; state forces
# ("Royal Thai Army") and international bodies stay organisations
_GROUP_HEAD = re.compile(r"\b(?:party|movement|front|militias?|rebels|insurgents|cartel|gang)$|\bliberation\b", re.I)


def _named_type(name: str) -> str:
    """"group" for a name headed by a party, movement, front, militia or cartel ("National League for
    Democracy" is not: no head noun says so), "organization" otherwise."""
    return "group" if _GROUP_HEAD.search(_strip(name)) else "organization"


def _country_of_words(text: str) -> str | None:
    """ISO3 of the first country an organisation's name holds, as a name or a demonym, the longest
    name at each word first ("New Zealand Defence Force" -> NZL, "Royal Thai Army" -> THA, "South
    Sudan People's Defence Forces" -> SSD, not Sudan); None when no word names one."""
    words = text.split()
    for i in range(len(words)):
        for n in range(min(_COUNTRY_WORDS_MAX, len(words) - i), 0, -1):
            phrase = " ".join(words[i:i + n])
            if n > 1 and not all(w[:1].isupper() for w in words[i:i + n]):
                continue        # a country's name of several words is capitalised throughout
            c = gz.country_by_demonym(phrase) or gz.country_by_name(_strip(phrase))
            if c:
                return c.iso3
    return None


def _parent_body(text: str) -> gz.Org | None:
    """The gazetteer body a unit's name says it belongs to ("1st Front of the FARC" -> FARC, group,
    COL; "the armed wing of Hamas" -> Hamas; data/gazetteer.json "organizations"), whose country and
    type the unit shares; None when the name has no "of <body>" tail the gazetteer knows."""
    m = re.search(r"\bof\s+(?:the\s+)?([A-Z][^,;]*)$", text)
    return gz.organization(m.group(1)) if m else None


_COUNTRY_WORDS_MAX = 4      # words in the longest country name looked for ("Bosnia and Herzegovina" is 3)


def _city_in_proper_name(token: Token, qualifier: Token, country: gz.Country) -> bool:
    """Whether a body's proper name ("Moscow City Police", "Lagos State Police Command") holds a
    city of `country` as its first word: the head and qualifier are capitalised proper nouns joined
    by compounds (no possessive: "Moscow's police" is the state's, by metonymy), and the qualifier is
    one of the country's capitals or seats in the gazetteer, not its name or a demonym."""
    if token.pos_ != "PROPN" or qualifier.dep_ != "compound" or qualifier.pos_ != "PROPN" \
            or not qualifier.text[:1].isupper() or qualifier.i > token.i:
        return False
    if any(c.dep_ == "case" for c in qualifier.children):
        return False
    text = qualifier.text
    if text in country.demonyms or text == country.name or text in country.aliases:
        return False
    return text in country.capitals or text in country.seats


def _junta_phrase(token: Token) -> bool:
    """Whether the token heads a junta's name: "junta", "military junta", "military rulers"
    (institutions.SECURITY maps them to one service, so that the bare and the owned forms agree)."""
    if token.lower_ == "junta":
        return True
    return token.lower_ == "rulers" and any(c.lower_ == "military" for c in token.lefts)


def _qualifier(token: Token) -> Token | None:
    """The modifier that says whose a noun is: "Turkish" in "the Turkish presidency", "Turkey" in
    "Turkey's presidency", "Assad" in "the Bashar al-Assad regime"."""
    for child in token.children:
        if child.dep_ == "poss":
            return child
    for child in token.lefts:
        if child.dep_ in {"amod", "compound", "nmod"}:
            text = _strip(child.text)
            if gz.country_by_demonym(text) or gz.country_by_name(text) or child.ent_type_ in {"PERSON", "GPE", "NORP"}:
                return child
            for grand in child.lefts:
                if gz.country_by_demonym(grand.text) or gz.country_by_name(_strip(grand.text)):
                    return grand
    return None


def _owner(token: Token) -> Token | None:
    for child in token.children:
        if child.dep_ == "poss":
            return child
        if child.dep_ == "prep" and (child.lower_ == "of" or (child.lower_ == "for" and token.lemma_ in {
                "lawyer", "attorney"})):    # "lawyers for Chamisa" are his lawyers
            for g in child.children:
                if g.dep_ == "pobj":
                    return g
    return None


def _phrase(token: Token) -> Span:
    """The noun phrase of a head noun without its relative clauses and prepositional tails."""
    left = min([token.i]
               + [t.i for t in token.lefts if t.dep_ in {"det", "amod", "compound", "poss", "nmod", "case", "nummod"}]
               + [t.left_edge.i for t in token.lefts if t.dep_ in {"poss", "compound", "amod"}])
    right = token.i
    for child in token.rights:
        if child.dep_ == "prep" and child.lower_ == "of" and token.lemma_.lower() in _OPPONENT_NOUNS:
            right = child.right_edge.i
            # "opponents of X, who is backed by ...": the phrase ends before the clause about X
            cut = next((t.i for t in token.doc[child.i:right + 1] if t.text in {",", "(", "—", "–"}), None)
            if cut is not None:
                right = cut - 1
    return token.doc[left:right + 1]


def _alias(phrase: Span) -> str | None:
    """A noun phrase worth keeping as an alias: short, no numbers, no conjunctions."""
    text = _strip(phrase.text)
    words = text.split()
    if len(words) > 4 or any(w[0].isdigit() or w.lower() in {"and", "or"} for w in words) or "-" in words[0]:
        return None
    return text
