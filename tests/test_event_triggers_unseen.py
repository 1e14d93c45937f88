"""Event triggers missing on unseen news (round 13): words of the PLOVER types the lexicon lacked
(snatching protesters, pepper spray, a rampage, gunfire from a party, a scuffle, curbs on freedoms,
a party taken captive, a recaptured capital) and constructions where the parser hid a trigger: a
simple past tagged as an adjective, an acronym tagged as a common noun before an event noun.
Sentences written for these tests, with other names and places than the pages they were seen on."""

from __future__ import annotations

from test_event_constructions import article, events_of


def test_a_past_tense_verb_tagged_as_an_adjective_still_reports_its_act():
    # the small model tags "assaulted" ADJ (lemma "assaulted") in this reported clause, though it
    # has its subject and its object
    art = article("Headline Words Here\n\nChamisa says soldiers assaulted members of his team in Harare.")
    assert any(e[0] == "ASSAULT" and e[1] == "Zimbabwean military" for e in events_of(art))


def test_an_adjective_describing_a_noun_is_no_verb():
    art = article("Headline Words Here\n\nThe assaulted guards of the Kenyan embassy left Kampala.")
    assert not any(e[0] == "ASSAULT" for e in events_of(art))


def test_an_acronym_tagged_as_a_common_noun_names_who_acts_in_an_event_noun():
    art = article("Headline Words Here\n\nDoctors said dozens of villagers died in RSF attacks on Nyala.")
    assert any(e[0] == "ASSAULT" and e[1] == "Rapid Support Forces" for e in events_of(art))


def test_a_party_taken_captive_is_abducted():
    art = article("Headline Words Here\n\nBoko Haram fighters took three Cameroonian soldiers captive after the ambush.")
    assert any(e[0] == "ASSAULT" and e[2] is not None and e[2].startswith("Cameroon") for e in events_of(art))


def test_a_crowd_that_scuffles_with_police_protests():
    art = article("Headline Words Here\n\nTogolese protesters scuffled with police in Lome on Monday.")
    types = {e[0] for e in events_of(art)}
    assert "PROTEST" in types and "ASSAULT" not in types


def test_a_capital_retaken_is_territory_taken():
    art = article("Headline Words Here\n\nThe Yemeni army recaptured the provincial capital from the Houthis on Friday.")
    assert any(e[0] == "ASSAULT" and e[1] == "Yemeni military" for e in events_of(art))


def test_the_new_words_keep_to_their_sense():
    art = article("Headline Words Here\n\nThe Kenyan central bank curbed inflation last year.\n\n"
                  "Ugandan farmers sprayed the crops with pesticide.\n\n"
                  "The Ghanaian striker snatched a late goal against Nigeria.")
    assert not any(e[0] in {"COERCE", "ASSAULT"} for e in events_of(art))


def test_encountering_is_fighting_only_with_armed_men():
    art = article("Headline Words Here\n\nTwo Vietnamese patrol boats encountered three Chinese fishing vessels near the reef.\n\n"
                  "The Kenyan delegation encountered resistance from Uganda in the talks.")
    assert not any(e[0] == "ASSAULT" for e in events_of(art))
    art = article("Headline Words Here\n\nCameroonian troops encountered Ambazonian separatist fighters near Bamenda.")
    assert any(e[0] == "ASSAULT" and e[1] == "Cameroonian military" for e in events_of(art))


def test_countermeasures_announced_are_sanctions():
    art = article("Headline Words Here\n\nThe Iranian foreign ministry announced a package of countermeasures against Britain.")
    assert any(e[0] == "SANCTION" and e[2] == "United Kingdom" for e in events_of(art))


def test_a_light_noun_in_a_later_conjunct_of_the_object_counts():
    art = article("Headline Words Here\n\nFrance is providing satellite images and other military intelligence to Chad.")
    assert any(e[0] == "AID" and e[1] == "France" and e[2] == "Chad" for e in events_of(art))


def test_the_first_object_of_the_verb_still_chooses_its_type():
    art = article("Headline Words Here\n\nUgandan police fired bullets and tear gas at the protesters in Gulu.")
    assert any(e[0] == "ASSAULT" and e[1] == "Ugandan police" for e in events_of(art))


# -- review of round 13: senses the new words and frames must keep to ----------------------------------

def test_pepper_in_the_subject_or_as_the_objects_kind_is_no_pepper_spray():
    art = article("Headline Words Here\n\nUgandan farmers sprayed the pepper crops with insecticide on Monday.\n\n"
                  "Kenyan pepper farmers sprayed the fields near Nakuru.")
    assert not any(e[0] == "COERCE" for e in events_of(art))
    art = article("Headline Words Here\n\nChilean police sprayed pepper spray at the students in Santiago.")
    assert any(e[0] == "COERCE" and e[1] == "Chilean police" for e in events_of(art))


def test_a_word_of_the_subject_does_not_choose_the_verbs_sense():
    # "home" of "sent the envoy home" (SANCTION) is not the home ministry that sends
    art = article("Headline Words Here\n\nThe French home ministry sent the Chadian envoy to Paris.")
    assert not any(e[0] == "SANCTION" for e in events_of(art))


def test_capital_as_money_is_no_captured_city():
    art = article("Headline Words Here\n\nThe Nigerian government took fresh capital from the World Bank last year.\n\n"
                  "The Indian army took political capital from the border crisis.\n\n"
                  "Chinese state banks captured the capital markets of Kenya last year.")
    assert not any(e[0] == "ASSAULT" for e in events_of(art))


def test_a_crowd_that_rampages_protests():
    art = article("Headline Words Here\n\nKenyan protesters rampaged through Nairobi on Monday.")
    types = {e[0] for e in events_of(art)}
    assert "PROTEST" in types and "ASSAULT" not in types


def test_countermeasures_against_a_thing_are_no_sanctions():
    art = article("Headline Words Here\n\nJapan announced countermeasures against the coronavirus on Friday.\n\n"
                  "Japan's countermeasures against the coronavirus were criticised by doctors.")
    assert not any(e[0] == "SANCTION" for e in events_of(art))


def test_aircraft_that_encounter_fighters_meet_jets_not_gunmen():
    art = article("Headline Words Here\n\nRussian bombers encountered NATO fighters over the Baltic Sea on Tuesday.")
    assert not any(e[0] == "ASSAULT" for e in events_of(art))


def test_troops_that_encounter_armed_men_fight_them():
    # as Philippine army reports write a firefight; a man met is no fight
    art = article("Headline Words Here\n\nA spokesman said Filipino troops encountered about five armed men near Bilar on Tuesday.")
    assert any(e[0] == "ASSAULT" and e[1] == "Filipino military" for e in events_of(art))
    art = article("Headline Words Here\n\nFilipino troops encountered a man near Bilar on Tuesday.")
    assert not any(e[0] == "ASSAULT" for e in events_of(art))


def test_an_event_noun_under_no_did_not_happen():
    art = article("Headline Words Here\n\nResidents said they heard no gunfire from Ethiopian troops overnight.\n\n"
                  "Residents said there was no shelling by Eritrean troops near the border.")
    assert not any(e[0] == "ASSAULT" for e in events_of(art))
    art = article("Headline Words Here\n\nResidents said they heard gunfire from Ethiopian troops overnight.")
    assert any(e[0] == "ASSAULT" and e[1] == "Ethiopian military" for e in events_of(art))


def test_sideswiping_a_person_is_criticism_not_ramming():
    art = article("Headline Words Here\n\nThe Kenyan president sideswiped the Ugandan opposition leader in his speech on Monday.")
    assert not any(e[0] == "ASSAULT" for e in events_of(art))


def test_a_compound_of_the_second_object_or_of_a_named_one_still_chooses_the_sense():
    art = article("Headline Words Here\n\nBritain designated Hamas a terror organisation in 2021.\n\n"
                  "Canada designated the terror group Hezbollah in 2019.")
    assert sum(e[0] == "SANCTION" for e in events_of(art)) == 2
