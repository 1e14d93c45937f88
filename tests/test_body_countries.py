"""The country and name of bodies a text names without their state (issues 11, 12): a city inside
a body's proper name, a diplomatic post abroad, a body placed by the person who speaks for it, and
an unqualified body under a dateline. Sentences written for these tests."""

from __future__ import annotations

import pytest
from extracting import extract_text, quotes_of


def article(text: str):
    return extract_text(text, "2024-02-06", name="b.txt", headline=True)


def by_name(art):
    return {a.name: a for a in art.actors.values()}


def sources(art):
    return [(art.actors[e.source].name if e.source else None, art.actors[e.source].country if e.source else None)
            for e in art.events]


def test_a_city_in_a_bodys_proper_name_is_kept():
    art = article("Moscow City Police detained forty students outside the university on Friday.")
    names = by_name(art)
    assert "Russian City Police" not in names
    assert names["Moscow City Police"].country == "RUS"


def test_a_possessive_city_still_stands_for_its_state():
    art = article("Moscow's police detained forty students outside the university on Friday.")
    assert by_name(art)["Russian police"].country == "RUS"


def test_an_embassy_belongs_to_the_state_that_sends_it():
    art = article("Ghana recalled its envoy from Togo on Monday. Ghana said Ghana would review the ties. "
                  "The embassy in Togo condemned the arrests of two traders.")
    assert ("Ghanaian embassy", "GHA") in sources(art)
    assert "Togolese embassy" not in by_name(art)


def test_an_embassy_in_the_home_country_is_nobody_known():
    art = article("Togo arrested two traders. Togo said Togo would try them. "
                  "The embassy in Lome condemned the arrests on Monday.")
    assert not any(a.type == "organization" and a.country == "TGO" and "embassy" in a.name.lower()
                   for a in art.actors.values())


def test_a_qualified_embassy_keeps_its_sender():
    art = article("The Ghanaian embassy in Lome condemned the arrests of two traders on Monday.")
    assert ("Ghanaian embassy", "GHA") in sources(art)


def test_a_spokesman_placed_in_a_capital_places_his_ministry():
    art = article("Peru criticised Bolivia. Peru said Peru would act. "
                  "A foreign ministry spokesman in La Paz rejected the criticism on Monday.")
    assert ("Bolivian foreign ministry", "BOL") in sources(art)


def test_an_unqualified_ministry_is_the_datelines_state():
    art = article("ACCRA (Reuters) - The interior ministry said on Tuesday that smugglers who crossed from Togo "
                  "had attacked a customs post. Togo denied it. Togo said Togo would investigate. "
                  "Togo's army said it had closed the road.")
    assert by_name(art)["Ghanaian interior ministry"].country == "GHA"
    assert "Togolese interior ministry" not in by_name(art)


def test_the_countrys_ministry_is_the_state_the_sentence_names_first():
    art = article("Bolivia protested on Sunday. Bolivia said Bolivia had done nothing wrong. "
                  "Chile expelled two Bolivian diplomats on Monday, the country's Foreign Ministry said.")
    ministry = by_name(art)["Chilean Foreign Ministry"]
    assert ministry.country == "CHL"
    assert not any("country" in alias.lower() for alias in ministry.aliases)    # no alias any state shares


def test_a_portfolio_ministry_the_gazetteer_does_not_list_takes_the_dateline():
    art = article("TBILISI (Reuters) - The Emergency Situations Ministry said on Sunday that floods had cut off "
                  "two mountain villages. Armenia offered to send rescuers. Armenia said Armenia was ready.")
    assert by_name(art)["Georgian Emergency Situations Ministry"].country == "GEO"


def test_a_bodys_short_name_is_the_body_the_article_named_with_its_state():
    for first in ("The Supreme Court of Ghana", "The Ghanaian Supreme Court"):
        art = article(f"{first} heard the case on Monday. On Friday the Supreme Court rejected the appeal "
                      "by the opposition.")
        assert [a.country for a in art.actors.values() if "Supreme Court" in a.name] == ["GHA"]


def test_a_short_name_two_states_share_stays_apart():
    art = article("The Ghanaian Supreme Court and the Togolese Supreme Court met in Lome on Monday. "
                  "On Friday the Supreme Court rejected the appeal by the opposition.")
    assert "Supreme Court" in by_name(art)


def test_a_unit_of_a_known_group_is_a_group_of_its_country():
    art = article("Soldiers clashed with the 7th Front of the FARC near the river on Sunday. "
                  "The 7th Front of the FARC attacked a patrol on Monday.")
    unit = by_name(art)["7th Front of the FARC"]
    assert (unit.type, unit.country) == ("group", "COL")


def test_a_body_coordinated_with_a_states_clause_is_that_states():
    for first in ("Sudanese officials rejected the plan", "Sudan rejected the plan"):
        art = article("Chad opened the border post. Chad said Chad would keep it open. "
                      f"{first}, and the foreign ministry summoned the Chadian ambassador.")
        assert ("Sudanese foreign ministry", "SDN") in sources(art)
        assert "Chadian foreign ministry" not in by_name(art)


def test_a_reported_clause_does_not_give_the_sayer_its_state():
    art = article("N'DJAMENA (Reuters) - Sudan closed the border post on Monday, the foreign ministry said. "
                  "Sudan said Sudan would keep it closed. Sudan blamed smugglers.")
    assert "Sudanese foreign ministry" not in by_name(art)
    assert by_name(art)["Chadian foreign ministry"].country == "TCD"


def test_a_state_body_does_not_summon_its_own_envoy():
    for act in ("summoned the Malian ambassador", "expelled two Malian diplomats"):
        art = article("Mali closed its airspace. Mali said Mali would not reopen it soon. "
                      f"Algeria protested on Monday. The foreign ministry {act}.")
        assert ("Algerian foreign ministry", "DZA") in sources(art)
        assert "Malian foreign ministry" not in by_name(art)


@pytest.mark.parametrize("text, name, iso3", [
    ("The Royal Navy shadowed a Russian corvette through the strait on Monday.", "Royal Navy", "GBR"),
    ("RAF jets bombed an arms dump in eastern Syria, Britain said.", "Royal Air Force", "GBR"),
    ("Scotland Yard detained four men after the march on Tuesday.", "Metropolitan Police", "GBR"),
    ("The Lok Sabha approved the farm bill on Wednesday.", "Lok Sabha", "IND"),
    ("The Rajya Sabha approved the farm bill on Thursday.", "Rajya Sabha", "IND"),
    ("The Sejm voted down the judicial reform on Friday.", "Sejm", "POL"),
    ("The Storting approved the oil fund rule on Monday.", "Storting", "NOR"),
    ("The Riksdag approved the NATO bid on Tuesday.", "Riksdag", "SWE"),
    ("The Folketing approved the defence deal on Wednesday.", "Folketing", "DNK"),
    ("Rosgvardia officers detained dozens of marchers on Saturday.", "Rosgvardia", "RUS"),
])
def test_a_state_body_named_without_its_state_takes_the_gazetteers(text, name, iso3):
    assert by_name(article(text))[name].country == iso3


@pytest.mark.parametrize("phrase", ["defence headquarters", "defense headquarters", "army headquarters",
                                    "military headquarters", "police headquarters"])
def test_a_services_headquarters_is_a_body_of_the_state_it_is_placed_in(phrase):
    art = article("Mali and Niger traded charges. Niger said Niger would respond. "
                  f"The {phrase} in Bamako rejected the charge on Monday.")
    body = by_name(art)[f"Malian {phrase}"]
    assert (body.type, body.country) == ("organization", "MLI")


def test_a_body_of_a_country_and_its_demonym_form_are_one_actor():
    art = article("The Foreign Ministry of Kazakhstan summoned the Kyrgyz envoy on Monday. "
                  "The Kazakh Foreign Ministry said the talks would go on.")
    bodies = [a for a in art.actors.values() if "Foreign Ministry" in a.name]
    assert [(a.name, a.country) for a in bodies] == [("Kazakh Foreign Ministry", "KAZ")]
    assert "Foreign Ministry of Kazakhstan" in bodies[0].aliases



def test_the_place_a_clause_opens_with_places_its_body():
    art = article("Mali closed its airspace. Mali said Mali would not reopen it soon. "
                  "In Algiers, the foreign ministry rejected the closure on Monday.")
    assert ("Algerian foreign ministry", "DZA") in sources(art)


@pytest.mark.parametrize("tail", [", and the country's army detained two pilots.", ". The country's army detained two pilots."])
def test_the_countrys_body_is_the_state_named_before_it(tail):
    art = article("Algeria protested on Monday. Algeria said Algeria would act. "
                  f"Mali closed its airspace on Sunday{tail}")
    assert ("Malian military", "MLI") in sources(art)


def test_the_countrys_body_is_not_a_place_named_after_the_state():
    art = article("Algeria protested on Monday. Algeria said Algeria would act. Mali shut its embassy in Algiers "
                  "on Sunday, and the country's army detained two pilots.")
    assert ("Malian military", "MLI") in sources(art)


def test_a_named_body_placed_in_a_capital_is_that_states():
    art = article("Mali and Algeria traded charges. Algeria said Algeria would respond. "
                  "The Interior Ministry in Bamako accused Algeria of arming rebels. "
                  "The Interior Ministry said two officers died.")
    bodies = [a for a in art.actors.values() if "Interior Ministry" in a.name]
    assert [(a.name, a.country) for a in bodies] == [("Malian Interior Ministry", "MLI")]


def test_a_body_of_no_state_placed_in_a_capital_keeps_its_name():
    art = article("The Red Cross in Bamako condemned the shelling of the market on Monday.")
    assert by_name(art)["Red Cross"].country is None


def test_the_embassy_after_a_states_embassy_is_that_one():
    art = article("Protesters stoned Japan's embassy in Hanoi on Monday. Vietnam said Vietnam regretted it. "
                  "Vietnam arrested six men. The embassy said two guards were hurt.")
    assert [q[0] for q in quotes_of(art) if "guards" in q[1]] == ["Japanese embassy"]


def test_a_demonym_that_makes_another_bodys_name_is_that_body():
    art = article("Gunmen attacked a police post in Bannu on Sunday, and the Pakistani Taliban claimed it.")
    ttp = by_name(art)["Tehrik-i-Taliban Pakistan"]
    assert (ttp.type, ttp.country) == ("group", "PAK")
    assert "Taliban" not in by_name(art)


def test_a_demonym_that_makes_no_other_name_leaves_the_body():
    art = article("Afghan Taliban fighters attacked a checkpoint near Herat on Sunday.")
    assert by_name(art)["Taliban"].country == "AFG"


@pytest.mark.parametrize("text, name, iso3", [
    ("Ruth Okello, leader of Uganda's ruling Forward Unity Alliance, met the envoy on Monday.",
     "Forward Unity Alliance", "UGA"),
    ("Ghana's main opposition Coastal Renewal Movement rejected the budget on Monday.",
     "Coastal Renewal Movement", "GHA"),
])
def test_a_named_body_after_a_countrys_possessive_is_of_that_country(text, name, iso3):
    assert by_name(article(text))[name].country == iso3


@pytest.mark.parametrize("text, name", [
    ("Kenya's dispute with the Standard Chartered Bank ended on Monday.", "Standard Chartered Bank"),
    ("Ghana's talks with the Cocoa Growers Association stalled on Monday.", "Cocoa Growers Association"),
    ("Peru's president attacked Andean Mining Company in a speech on Monday.", "Andean Mining Company"),
])
def test_a_named_body_in_a_phrase_after_a_countrys_possessive_is_not_that_countrys(text, name):
    # the possessive owns the noun before the preposition or verb ("Kenya's dispute"), not the name after it
    assert by_name(article(text))[name].country is None
