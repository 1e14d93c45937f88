"""Actor types and ISO3 countries from the words of a name or of a title (issue 12), on sentences
written for these tests."""

from __future__ import annotations

import pytest
from extracting import extract_text

from tuiex.ingest.actors import _country_of_words


def article(text: str):
    return extract_text(text, "2023-04-04", name="c.txt", headline=True)


def by_name(art):
    return {a.name: a for a in art.actors.values()}


@pytest.mark.parametrize("name, iso3", [
    ("New Zealand Defence Force", "NZL"),
    ("Papua New Guinea Defence Force", "PNG"),
    ("South Sudan People's Defence Forces", "SSD"),
    ("Sri Lanka Navy", "LKA"),
    ("United Arab Emirates Air Force", "ARE"),
    ("Royal Thai Army", "THA"),
    ("National Unity Front", None),
])
def test_country_of_an_organisation_name(name, iso3):
    assert _country_of_words(name) == iso3


def test_defence_force_named_after_its_country():
    art = article("The New Zealand Defence Force flew two aircraft to Fiji on Sunday.")
    assert by_name(art)["New Zealand Defence Force"].country == "NZL"


def test_titled_name_tagged_org_is_a_person_of_the_title_country():
    art = article("Kazakh President Kassym-Jomart Tokayev met Uzbek leader Shavkat Mirziyoyev in Tashkent.")
    tokayev = by_name(art)["Kassym-Jomart Tokayev"]
    assert (tokayev.type, tokayev.country) == ("person", "KAZ")


@pytest.mark.parametrize("text, name, iso3", [
    ("Shavkat Mirziyoyev, the president of Uzbekistan, criticised the plan on Monday.", "Shavkat Mirziyoyev", "UZB"),
    ("Maria Lopez, the foreign minister of the Dominican Republic, criticised Haiti.", "Maria Lopez", "DOM"),
    ("The Uzbek president, Shavkat Mirziyoyev, criticised the plan on Monday.", "Shavkat Mirziyoyev", "UZB"),
    ("Prime Minister Narendra Modi of India criticised the plan on Monday.", "Narendra Modi", "IND"),
    ("German Chancellor Olaf Scholz and his French counterpart Emmanuel Macron criticised Moscow.",
     "Emmanuel Macron", "FRA"),
    ("Kenyan Foreign Minister Alfred Mutua met his South Sudanese counterpart, Mayiik Ayii Deng, in Nairobi.",
     "Mayiik Ayii Deng", "SSD"),
])
def test_person_country_from_title_apposition_or_counterpart(text, name, iso3):
    assert by_name(article(text))[name].country == iso3


def test_a_title_before_a_comma_is_no_apposition_unless_closed():
    art = article("Asked about the Uzbek president, Maria Lopez said the plan was dead.")
    lopez = by_name(art)["Maria Lopez"]
    assert (lopez.country, lopez.role) == (None, None)


def test_red_cross_spokeswoman_gets_no_country():
    art = article("Maria Lopez, a spokeswoman of the Red Cross, criticised Haiti on Monday.")
    assert by_name(art)["Maria Lopez"].country is None


@pytest.mark.parametrize("text, name, iso3, role", [
    ("Chinese Defence Minister General Wei Fenghe met the Nepalese army chief.", "Wei Fenghe", "CHN", "Defence Minister"),
    ("Kenyan Army Commander General Peter Njiru inspected the troops.", "Peter Njiru", "KEN", "commander"),
    ("The talks were led by Deputy Prime Minister of Kenya Mary Wanjiru on Monday.", "Mary Wanjiru", "KEN",
     "Deputy Prime Minister"),
])
def test_person_country_from_a_longer_title(text, name, iso3, role):
    person = by_name(article(text))[name]
    assert (person.type, person.country, person.role) == ("person", iso3, role)


@pytest.mark.parametrize("text, name, iso3", [
    ("Officials met on Tuesday. President Ana Ruiz of Mexico said the border would stay open.", "Ana Ruiz", "MEX"),
    ("The talks between Sri Lankan officials and Indian Foreign Minister Dr. Ravi Menon were held today.",
     "Ravi Menon", "IND"),
    ("Talgat Omarov, the chairman of the State Committee for National Security of Kyrgyzstan, said on Saturday.",
     "Talgat Omarov", "KGZ"),
    ("Amina Diallo, the president of the Nigerian Senate, said on Saturday.", "Amina Diallo", "NGA"),
    # a country inside an international body's name, or a place after the title, is not the person's
    ("Amina Diallo, the secretary general of the Organization of American States, said on Saturday.",
     "Amina Diallo", None),
    ("Amina Diallo, the head of the UN Mission in Mali, said on Saturday.", "Amina Diallo", None),
])
def test_person_country_from_the_body_named_after_the_title(text, name, iso3):
    person = next(a for a in article(text).actors.values() if a.name.endswith(name))    # "Dr. Ravi Menon"
    assert (person.type, person.country) == ("person", iso3)


@pytest.mark.parametrize("text, name, type_", [
    ("The Pakistan People's Party accused the election commission of fraud.", "Pakistan People's Party", "group"),
    ("The National Salvation Front called for protests in the capital.", "National Salvation Front", "group"),
    ("The Oromo Liberation Army attacked a police station on Friday.", "Oromo Liberation Army", "group"),
    ("The Royal Thai Army deployed troops along the border on Friday.", "Royal Thai Army", "organization"),
])
def test_parties_fronts_and_liberation_armies_are_groups(text, name, type_):
    assert by_name(article(text))[name].type == type_


def test_bare_head_of_state_is_of_the_dateline_country():
    art = article("HARARE, Zimbabwe (AP) — President Emmerson Dube said on Monday the vote was fair.")
    assert by_name(art)["Emmerson Dube"].country == "ZWE"


def test_qualified_leaders_keep_their_own_country_under_a_dateline():
    art = article("WASHINGTON (Reuters) - President Joe Walker met Russian President Ivan Petrov on Monday.")
    assert (by_name(art)["Joe Walker"].country, by_name(art)["Ivan Petrov"].country) == ("USA", "RUS")


def test_no_dateline_no_country_for_a_bare_title():
    art = article("President Emmerson Dube said on Monday the vote was fair.")
    assert by_name(art)["Emmerson Dube"].country is None


def test_an_organisation_s_president_is_no_head_of_state():
    art = article("ROME, Italy (AFP) — Sant’Egidio’s president Marco Rossi described the accord as historic.")
    rossi = by_name(art)["Marco Rossi"]
    assert (rossi.country, rossi.role) == (None, "Sant’Egidio President")


@pytest.mark.parametrize("text, office", [
    ("The envoy thanked Vietnam for supporting Thailand's ASEAN Chairmanship on Monday.", "ASEAN Chairmanship"),
    ("Nurlan Abenov, who holds the rotating OSCE Chairmanship, met Kenyan officials.", "OSCE Chairmanship"),
])
def test_an_office_is_not_a_person(text, office):
    assert not any(a.type == "person" and a.name.endswith(office) for a in article(text).actors.values())


def test_a_place_after_city_of_is_not_an_organisation():
    art = article("Sudan's Rapid Support Forces shelled the city of El Geneina on Tuesday.")
    assert not any(a.name == "El Geneina" for a in art.actors.values())


@pytest.mark.parametrize("text, name, iso3", [
    ("Kenyan activist Boniface Otieno was arrested on Monday.", "Boniface Otieno", "KEN"),
    ("Russian opposition politician Ilya Markov accused the Kremlin of fraud.", "Ilya Markov", "RUS"),
    ("Russian forces detained activist Olga Petrova on Monday.", "Olga Petrova", None),
])
def test_person_country_from_a_demonym_leading_the_descriptors(text, name, iso3):
    assert by_name(article(text))[name].country == iso3


def test_ministry_of_named_without_country_takes_the_dateline_s():
    art = article("NAIROBI, Kenya (AP) — The Ministry of Foreign Affairs rejected the allegations on Tuesday.")
    ministry = next(a for a in art.actors.values() if "Ministry of Foreign Affairs" in a.name)
    assert (ministry.name, ministry.country) == ("Kenyan Ministry of Foreign Affairs", "KEN")


@pytest.mark.parametrize("text, name, iso3", [
    ("The ANC expelled two councillors accused of graft.", "African National Congress", "ZAF"),
    ("ZANU-PF officials accused the opposition of planning riots.", "ZANU-PF", "ZWE"),
    ("Frelimo won a majority in the provincial vote.", "Frelimo", "MOZ"),
    ("The MPLA and UNITA traded accusations over the count.", "MPLA", "AGO"),
    ("The MPLA and UNITA traded accusations over the count.", "UNITA", "AGO"),
    ("The Awami League called a general strike.", "Awami League", "BGD"),
    ("The KMT criticised the ruling party's budget.", "Kuomintang", "TWN"),
    ("UMNO leaders met the prime minister on Friday.", "United Malays National Organisation", "MYS"),
    ("Ennahda boycotted the parliamentary session.", "Ennahda", "TUN"),
])
def test_parties_of_the_gazetteer_are_groups_of_their_country(text, name, iso3):
    party = by_name(article(text))[name]
    assert (party.type, party.country) == ("group", iso3)


def test_party_acronyms_match_only_in_capitals():
    from tuiex.ingest import gazetteer as gz
    assert gz.organization("anc") is None and gz.organization("Unita") is None


def test_state_of_government_quick_word_test_keeps_every_match():
    """actors._state_of_government tests for the word 'government'/'administration' before its full
    pattern (speed): with the same flags, so any text the pattern takes passes the test, in any case
    or script (a dotted capital I, a long s: re's case folding, not str.lower)."""
    from tuiex.ingest import actors
    texts = ["Cuban Government", "the Government of Peru", "Chile’s government", "GOVERNMENT OF KENYA",
             "the Governments of Chile, Peru and Bolivia", "the Vietnamese administration", "Foreign Ministry",
             "the ADMİNİSTRATİON of Peru", "the admini\u017ftration of Peru", "a government spokesman", ""]
    for text in texts:
        assert bool(actors._GOVERNMENT.fullmatch(text)) <= bool(actors._GOVERNMENT_WORD.search(text)), text
    assert actors._state_of_government("the Government of Peru").iso3 == "PER"
    assert actors._state_of_government("Chile’s government").iso3 == "CHL"
    assert actors._state_of_government("Foreign Ministry") is None


@pytest.mark.parametrize("text, name, iso3, role", [
    # a portfolio the gazetteer's roles do not list, after a country's possessive
    ("Peru's mining minister Rosa Quispe resigned on Monday.", "Rosa Quispe", "PER", "mining minister"),
    ("Tomas Herrera, Chile's transport minister, resigned on Monday.", "Tomas Herrera", "CHL", "transport minister"),
    ("Japan’s Vice Foreign Minister Kenji Sato summoned the Russian envoy on Monday.", "Kenji Sato", "JPN",
     "Vice Foreign Minister"),
    # the post's place between a diplomatic title and the apposition's comma is not the person's country
    ("Police detained the Dutch ambassador to Kenya, Karel Visser, on Monday.", "Karel Visser", "NLD", "ambassador"),
    ("The Norwegian envoy for the Horn of Africa, Ingrid Solberg, met rebels on Monday.", "Ingrid Solberg", "NOR",
     "envoy"),
    # "the country's" title: the country the sentence named before, not a role "country Prime Minister"
    ("Gonzalo Ruiz fled to Portugal and met the country's Prime Minister Ana Costa on Monday.", "Ana Costa", "PRT",
     "Prime Minister"),
])
def test_person_country_from_a_title_beyond_the_gazetteer_roles(text, name, iso3, role):
    person = by_name(article(text))[name]
    assert (person.type, person.country, person.role) == ("person", iso3, role)


def test_a_title_of_another_body_gives_no_country():
    art = article("The group's president Karim Haddad resigned on Monday.")
    assert by_name(art)["Karim Haddad"].country is None


def test_a_military_command_is_an_organisation():
    art = article("The US Africa Command said it struck militants in Somalia on Sunday.")
    command = by_name(art)["US Africa Command"]
    assert (command.type, command.country) == ("organization", "USA")


def test_a_generational_suffix_is_no_surname():
    art = article("Foreign Secretary Manuel Reyes Jr. said he had filed a protest. Reyes added that talks would continue.")
    names = by_name(art)
    assert names["Manuel Reyes Jr"].type == "person"
    assert "Reyes" in names["Manuel Reyes Jr"].aliases and "Jr" not in names["Manuel Reyes Jr"].aliases
    assert "Reyes" not in names


def test_an_honorific_of_west_african_news_joins_the_full_name():
    art = article("Former governor Musa Danjuma criticised the plan on Monday. "
                  "“The plan is false,” Alhaji Danjuma said.")
    people = [a for a in art.actors.values() if a.type == "person"]
    assert [p.name for p in people] == ["Musa Danjuma"]


def test_a_sentence_initial_possessive_pronoun_is_no_part_of_a_name():
    art = article("Chile protested on Monday. Its Foreign Ministry condemned the raid as illegal.")
    assert "Chilean Foreign Ministry" in by_name(art)


@pytest.mark.parametrize("text, word", [
    ("Secretary of State Ellen Park criticised Tehran on Monday.", "State"),
    ("Head of State Kassym Tokayev met the ministers of Uzbekistan on Monday.", "State"),
])
def test_a_word_of_a_title_is_no_organisation(text, word):
    assert word not in by_name(article(text))


def test_a_groups_short_form_is_no_alias_of_the_country_ending_its_name():
    art = article("The banned Tehreek-i-Nifaz Pakistan (TNP) claimed the attack on Monday. TNP said it would go on.")
    assert "TNP" not in by_name(art)["Pakistan"].aliases


def test_a_regional_hub_dateline_gives_no_country_to_another_countrys_leader():
    art = article("NAIROBI (Reuters) — The Ethiopian government accepted the talks on Wednesday. Ethiopia will send "
                  "envoys, Ethiopia's army said. Prime Minister Dawit Bekele said the talks were welcome.")
    assert by_name(art)["Dawit Bekele"].country is None


def test_a_bodys_president_is_no_head_of_state_under_a_dateline():
    art = article("DAKAR, Senegal (AP) — Sahel Commission President Amadou Diallo said sanctions on Niger would stay.")
    diallo = by_name(art)["Amadou Diallo"]
    assert (diallo.country, diallo.role) == (None, "Sahel Commission President")


def test_an_aide_titled_by_a_named_leaders_possessive_has_the_leaders_country():
    art = article("Kenyan President Samuel Otieno met rebels on Monday. "
                  "Otieno’s national security adviser, Peter Kamau, said the talks would go on.")
    kamau = by_name(art)["Peter Kamau"]
    assert (kamau.country, kamau.role) == ("KEN", "National Security Adviser")


def test_a_platform_a_statement_was_posted_on_is_no_actor():
    art = article("Karim Nasser, the rebel spokesman, said on Twitter that the group would attend. "
                  "Minister Ali Sabri told reporters in a Facebook Messenger chat that talks would go on.")
    assert {"Twitter", "Facebook Messenger"}.isdisjoint(by_name(art))


def test_a_director_general_is_one_title():
    art = article("IAEA Director-General Carlos Duarte said inspectors would return to Iran.")
    assert by_name(art)["Carlos Duarte"].role.endswith("Director General")


def test_lower_case_words_before_a_title_are_no_bodys_name():
    art = article("The rebel commander vowed to capture or kill army leader Omar Haddad on Monday.")
    role = by_name(art)["Omar Haddad"].role
    assert role is None or not role.startswith(("or ", "kill"))


def test_a_rank_in_a_countrys_army_gives_that_country():
    art = article("At the summit, attended by Laos Army Gen. Khamphan Vong as head of the council, leaders agreed "
                  "on a plan.")
    assert by_name(art)["Khamphan Vong"].country == "LAO"


def test_an_outlets_initials_in_a_title_give_no_country():
    # "PTI" is the Press Trust of India in the gazetteer; here a party's initials
    art = article("Asad Rauf, the chairman of the PTI, said on Monday that police had raided his home in Multan.")
    assert by_name(art)["Asad Rauf"].country is None


def test_an_outlets_initials_before_a_title_give_no_country():
    # "AFP" is Agence France-Presse in the gazetteer; in Manila news the Armed Forces of the Philippines
    art = article("Armed Forces of the Philippines (AFP) chief General Rodel Bautista said the operation "
                  "would go on.\n\nAFP spokesperson Col. Teodoro Salazar said eleven rebels were killed in the raid.")
    assert by_name(art)["Teodoro Salazar"].country != "FRA"


@pytest.mark.parametrize("text", [
    "Rebels were seen in the district of Mocímboa da Praia on Monday, police said.",
    "Gunmen raided a village near Vila de Luanda overnight, police said.",
])
def test_a_place_name_ending_in_a_capitals_name_names_no_country(text):
    art = article(text)
    assert not any(a.country in {"CPV", "AGO"} for a in art.actors.values()), text


@pytest.mark.parametrize("text, iso3", [
    ("How do Ukraine's allies plan to pay for the weapons?", "UKR"),
    ("Where do Nigeria and Ghana stand on the ECOWAS force?", "NGA"),
])
def test_a_country_after_a_question_word_and_do_is_still_that_country(text, iso3):
    art = article(text)
    assert iso3 in {a.country for a in art.actors.values() if a.type == "country"}, text
