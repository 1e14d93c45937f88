"""The hand-written gazetteer: data integrity and lookups."""

from __future__ import annotations

import json
import re
from collections import defaultdict
from dataclasses import FrozenInstanceError
from importlib import resources

import pytest

from tuiex.ingest import gazetteer as gz
from tuiex.ingest.gazetteer import _cs_key, _is_acronym, _key
from tuiex.textnorm import fold


@pytest.fixture(scope="module")
def data() -> dict:
    text = resources.files("tuiex.ingest").joinpath("data/gazetteer.json").read_text(encoding="utf-8")
    return json.loads(text)


def _country_strings(rec: dict) -> list[str]:
    return [rec["name"], *rec["aliases"], *rec["capitals"], *rec["seats"]]


def _cs_set(rec: dict) -> set[str]:
    return {_cs_key(a) for a in rec.get("case_sensitive_aliases", [])}


# -- data integrity -------------------------------------------------------------------------------

def test_json_has_all_sections(data):
    assert {"countries", "organizations", "roles", "institutions", "groups"} <= data.keys()
    assert set(data["institutions"]) == {"organization", "state"}


def test_coverage(data):
    # 193 UN members plus Taiwan, Palestine, Kosovo, Vatican, Western Sahara, and 52 dependent territories
    assert len(data["countries"]) == 250
    isos = {c["iso3"] for c in data["countries"]}
    assert {"TWN", "PSE", "XKX", "VAT", "ESH", "TUR", "USA", "GBR", "RUS", "CHN", "SSD",
            "HKG", "PRI", "GRL", "MAC", "GIB"} <= isos
    assert len(data["organizations"]) >= 150


def test_iso3_unique_and_well_formed(data):
    codes = [c["iso3"] for c in data["countries"]]
    assert len(codes) == len(set(codes))
    for code in codes:
        assert re.fullmatch(r"[A-Z]{3}", code), code


def test_country_records_well_formed(data):
    for c in data["countries"]:
        for field in ("name", "iso3", "aliases", "demonyms", "capitals", "seats"):
            assert field in c, (c["name"], field)
        for s in (*_country_strings(c), *c["demonyms"]):
            assert isinstance(s, str) and s.strip() == s and s, (c["name"], s)
        for s in c.get("case_sensitive_aliases", []):
            assert s in _country_strings(c) + c["demonyms"], (c["name"], s)


def test_no_country_string_maps_to_two_countries(data):
    """Names, aliases, capitals and seats, compared as the loader compares them."""
    folded, exact = defaultdict(set), defaultdict(set)
    for c in data["countries"]:
        cs = _cs_set(c)
        for s in _country_strings(c):
            if _cs_key(s) in cs or (s != c["name"] and _is_acronym(s)):
                exact[_cs_key(s)].add(c["iso3"])
            else:
                folded[_key(s)].add(c["iso3"])
    clashes = {k: v for m in (folded, exact) for k, v in m.items() if len(v) > 1}
    assert not clashes


def test_no_demonym_maps_to_two_countries(data):
    seen = defaultdict(set)
    for c in data["countries"]:
        for d in c["demonyms"]:
            seen[_key(d)].add(c["iso3"])
    assert not {k: v for k, v in seen.items() if len(v) > 1}


def test_organizations_well_formed_and_unambiguous(data):
    iso = {c["iso3"] for c in data["countries"]}
    names = [o["name"] for o in data["organizations"]]
    assert len(names) == len(set(names))
    seen = defaultdict(set)
    for o in data["organizations"]:
        assert o["type"] in {"organization", "group"}, o
        assert o["country"] is None or o["country"] in iso, o
        cs = _cs_set(o)
        for s in o.get("case_sensitive_aliases", []):
            assert s in [o["name"], *o["aliases"]], (o["name"], s)
        for s in (o["name"], *o["aliases"]):
            k = ("cs", _cs_key(s)) if _cs_key(s) in cs else ("ci", _key(s))
            seen[k].add(o["name"])
    assert not {k: v for k, v in seen.items() if len(v) > 1}


def test_short_allcaps_org_aliases_are_case_sensitive(data):
    """Two-letter acronyms ("IS", "AP", "AA", "RT") and "WHO" read as English words in lower case."""
    for o in data["organizations"]:
        cs = _cs_set(o)
        for s in (o["name"], *o["aliases"]):
            k = _cs_key(s)
            if (len(k) <= 2 and k.isalpha() and k.isupper()) or k == "WHO":
                assert k in cs, (o["name"], s)


def test_roles_institutions_groups_unique(data):
    for words in (data["roles"], data["groups"], *data["institutions"].values()):
        assert len(words) == len(set(words))
    org, state = (set(map(fold, data["institutions"][k])) for k in ("organization", "state"))
    assert not org & state


# -- countries ------------------------------------------------------------------------------------

@pytest.mark.parametrize(
    "text, iso3",
    [
        ("Turkey", "TUR"), ("Türkiye", "TUR"), ("turkiye", "TUR"), ("Ankara", "TUR"),
        ("U.S.", "USA"), ("US", "USA"), ("USA", "USA"), ("the United States", "USA"), ("America", "USA"),
        ("White House", "USA"), ("the White House", "USA"), ("Washington", "USA"),
        ("Britain", "GBR"), ("UK", "GBR"), ("U.K.", "GBR"), ("Downing Street", "GBR"),
        ("Élysée", "FRA"), ("Elysee", "FRA"),
        ("Kyiv", "UKR"), ("Kiev", "UKR"), ("Beijing", "CHN"), ("Russia", "RUS"), ("Moscow", "RUS"),
        ("Czechia", "CZE"), ("Côte d'Ivoire", "CIV"), ("Cote d'Ivoire", "CIV"), ("Ivory Coast", "CIV"),
        ("DR Congo", "COD"), ("DRC", "COD"), ("Congo-Brazzaville", "COG"), ("Burma", "MMR"),
        ("South Korea", "KOR"), ("North Korea", "PRK"), ("DPRK", "PRK"), ("The Hague", "NLD"),
        ("Holy See", "VAT"), ("Pristina", "XKX"), ("Ramallah", "PSE"), ("Taipei", "TWN"),
        ("Western Sahara", "ESH"), ("UAE", "ARE"), ("Malé", "MDV"), ("Male", "MDV"),
    ],
)
def test_country_by_name(text, iso3):
    c = gz.country_by_name(text)
    assert c is not None and c.iso3 == iso3, text


@pytest.mark.parametrize("text", ["us", "Us", "uk", "car", "male", "", "   ", None, "Kremlin", "Atlantis"])
def test_country_by_name_misses(text):
    assert gz.country_by_name(text) is None


@pytest.mark.parametrize(
    "text, iso3",
    [
        ("Turkish", "TUR"), ("Turks", "TUR"), ("Britons", "GBR"), ("British", "GBR"), ("Russians", "RUS"),
        ("Syrian", "SYR"), ("Iranian", "IRN"), ("Israeli", "ISR"), ("American", "USA"), ("U.S.", "USA"),
        ("Congolese", "COD"), ("Dominican", "DOM"), ("Poles", "POL"), ("Kosovar", "XKX"),
    ],
)
def test_country_by_demonym(text, iso3):
    c = gz.country_by_demonym(text)
    assert c is not None and c.iso3 == iso3, text


@pytest.mark.parametrize("text", ["us", "poles", "pole", "Turkey", "Ankara"])
def test_country_by_demonym_misses(text):
    assert gz.country_by_demonym(text) is None


def test_country_by_iso3_and_records():
    tur = gz.country_by_iso3("tur")
    assert tur is not None and tur.name == "Turkey"
    assert "Ankara" in tur.capitals and "Turkish" in tur.demonyms
    assert gz.country_by_iso3("XXX") is None and gz.country_by_iso3(None) is None
    assert gz.country_by_name("Ankara") is tur
    with pytest.raises(FrozenInstanceError):
        tur.name = "x"  # type: ignore[misc]
    assert len(gz.countries()) == 250


# -- organizations --------------------------------------------------------------------------------

@pytest.mark.parametrize(
    "text, name, kind, country",
    [
        ("Daesh", "Islamic State", "group", None), ("ISIS", "Islamic State", "group", None),
        ("IS", "Islamic State", "group", None),
        ("the Kremlin", "Kremlin", "organization", "RUS"), ("Kremlin", "Kremlin", "organization", "RUS"),
        ("NATO", "NATO", "organization", None), ("Nato", "NATO", "organization", None),
        ("the Pentagon", "Pentagon", "organization", "USA"),
        ("Kurdistan Workers' Party", "PKK", "group", "TUR"), ("PKK", "PKK", "group", "TUR"),
        ("Syrian Democratic Forces", "Syrian Democratic Forces", "group", "SYR"),
        ("Hezbollah", "Hezbollah", "group", "LBN"), ("Houthis", "Houthis", "group", "YEM"),
        ("WHO", "World Health Organization", "organization", None),
        ("Anadolu Agency", "Anadolu Agency", "organization", "TUR"), ("AA", "Anadolu Agency", "organization", "TUR"),
        ("Associated Press", "Associated Press", "organization", "USA"),
        ("Reuters", "Reuters", "organization", "GBR"), ("Xinhua", "Xinhua", "organization", "CHN"),
        ("Revolutionary Guards", "Islamic Revolutionary Guard Corps", "organization", "IRN"),
        ("IDF", "Israel Defense Forces", "organization", "ISR"),
        ("MİT", "National Intelligence Organization", "organization", "TUR"),
        ("UN Security Council", "UN Security Council", "organization", None),
        ("Médecins Sans Frontières", "Médecins Sans Frontières", "organization", None),
        ("Medecins Sans Frontieres", "Médecins Sans Frontières", "organization", None),
    ],
)
def test_organization(text, name, kind, country):
    o = gz.organization(text)
    assert o is not None, text
    assert (o.name, o.type, o.country) == (name, kind, country)


@pytest.mark.parametrize("text", ["is", "Is", "who", "Who", "aa", "ap", "rt", "fed", "amnesty", "", None, "Turkey"])
def test_organization_misses(text):
    assert gz.organization(text) is None


# -- roles, institutions, groups ------------------------------------------------------------------

def test_roles():
    rs = gz.roles()
    assert [len(r) for r in rs] == sorted((len(r) for r in rs), reverse=True)
    assert rs.index("Deputy Prime Minister") < rs.index("Prime Minister")
    for r in ("President", "Foreign Minister", "foreign minister", "Gen.", "spokesman", "Vice-President",
              "Secretary-General", "Crown Prince"):
        assert gz.is_role(r), r
    assert not gz.is_role("Turkey") and not gz.is_role("") and not gz.is_role(None)


def test_institution_kind():
    assert gz.institution_kind("ministry") == "organization"
    assert gz.institution_kind("Foreign Ministry") == "organization"
    assert gz.institution_kind("army") == "organization"
    assert gz.institution_kind("government") == "state"
    assert gz.institution_kind("troops") == "state"
    assert gz.institution_kind("banana") is None and gz.institution_kind(None) is None


def test_is_group_noun():
    assert gz.is_group_noun("rebels") and gz.is_group_noun("Militants") and gz.is_group_noun("opposition")
    assert not gz.is_group_noun("government") and not gz.is_group_noun(None)


# -- against ISO 3166-1 (pycountry) ---------------------------------------------------------------

def _pycountry_names(c) -> list[str]:
    """The names pycountry gives a country, with "X (Y)" and "Congo, The Democratic Republic of the"
    also read the way news writes them."""
    names = [c.name, getattr(c, "common_name", None), getattr(c, "official_name", None)]
    out = []
    for n in filter(None, names):
        out.append(n)
        if m := re.fullmatch(r"(.+?)\s*\((.+)\)", n):
            out += [m.group(1), m.group(2)]
        if m := re.fullmatch(r"(.+?), (.+)", n):
            out.append(f"{m.group(2)} {m.group(1)}")
    return out


def test_every_iso_country_and_territory_is_in_the_gazetteer_by_code_and_name():
    pycountry = pytest.importorskip("pycountry")
    for c in pycountry.countries:
        rec = gz.country_by_iso3(c.alpha_3)
        assert rec is not None, f"{c.alpha_3} {c.name} is missing"
        assert any(gz.country_by_name(n) is rec for n in _pycountry_names(c)), \
            f"{c.alpha_3}: none of {_pycountry_names(c)} finds {rec.name}"


def test_every_gazetteer_code_is_iso_3166_or_kosovo():
    pycountry = pytest.importorskip("pycountry")
    codes = {c.alpha_3 for c in pycountry.countries}
    assert {c.iso3 for c in gz.countries()} - codes == {"XKX"}


def test_an_organisation_name_led_by_another_country_is_not_that_organisation():
    from tuiex.ingest import gazetteer as gz
    assert gz.organization("U.S. Department of State").name == "State Department"
    assert gz.organization("the US Justice Department").name == "Justice Department"
    assert gz.organization("Russian Department of State") is None
    assert gz.organization("Department of the Treasury").name == "Treasury Department"


def test_city_country_gives_the_country_of_a_city_the_gazetteer_lacks():
    assert gz.city_country("Kharkiv").iso3 == "UKR"
    assert gz.city_country("Odessa").iso3 == "UKR"      # the larger city of the name, by an alternate name
    assert gz.city_country("Maiduguri").iso3 == "NGA"
    assert gz.city_country("Georgia") is None           # a country's name is no city
    assert gz.city_country("Nowhereville") is None


# -- the index's quick refusal (speed only: the same answers as the two key lookups) ---------------

def _looked_up(index, s):
    """What `_Index.get` answered before it refused strings from their last chunk."""
    if not s or not s.strip():
        return None
    hit = index.exact.get(_cs_key(s))
    return hit if hit is not None else index.folded.get(_key(s))


def _strings_around_names():
    """Every name and alias of the gazetteer, as written and changed the ways text changes them
    (a leading "the", a possessive, punctuation, accents, case, a word before or after), and
    spans of sentences written for this test."""
    data = gz.raw_data()
    names = [n for r in data["countries"] for n in (*_country_strings(r), *r.get("demonyms", ()))]
    names += [n for r in data["organizations"] for n in (r["name"], *r.get("aliases", ()))]
    out = []
    for n in names:
        out += [n, f"the {n}", f"The {n}", f"{n}'s", f"{n}.", f"{n} ,", f"({n})", n.upper(), n.lower(),
                f"{n} said", f"new {n}", f"{n} --", f"{n} —", f"{n}\u00a0", f"the\u00a0{n}", n.replace(" ", "  ")]
    words = ("Foreign Ministry forces of the Islamic State group attacked U.S. Army base near Ankara on "
             "Friday , while Polish troops and the Ukrainian army's units -- said Crème brûlée ß İstanbul "
             "U . S . I.S. W.H.O. ¨ ― ½ ﬁre").split(" ")
    out += [" ".join(words[i:j]) for i in range(len(words)) for j in range(i + 1, min(len(words), i + 7) + 1)]
    return out + ["", " ", "--", "the", "The", "- -", "\u00a0", "S", "s", "IS", "is", "U.S.", "Tehrik-e-Taliban"]


def test_index_refusing_from_the_last_chunk_answers_as_the_full_lookup():
    g = gz._load()
    strings = _strings_around_names()
    for index in (g.by_org, g.by_name, g.by_demonym):
        refused = 0
        for s in strings:
            assert index.get(s) is _looked_up(index, s), s
            refused += index._names_none(s) if s.strip() else 0
        assert refused > len(strings) // 4      # the refusal does spare most spans of ordinary words


def test_a_state_or_province_gives_its_country_unless_two_countries_share_its_name():
    assert gz.region_country("Zamfara State").name == "Nigeria"
    assert gz.region_country("Sindh").name == "Pakistan"
    assert gz.region_country("Punjab") is None      # India's and Pakistan's
    assert gz.region_country("Georgia") is None     # a country's name first
