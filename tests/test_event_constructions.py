"""Event constructions news is written in (issue 11): passives, negation and denial, nominal events,
object control, factuality, coordinated actors, unnamed institutions, chrome. Variants, in our own
words, of the small failing inputs in shared/eval/cases (07 passives, 09 negation, 10 nominal events)."""

from __future__ import annotations

from extracting import events_of, extract_text


def article(text: str, published: str | None = "2022-05-12"):
    return extract_text(text, published, name="c.txt")



# -- passives (case 07) --------------------------------------------------------------------------------

def test_passive_with_by_agent_takes_the_agent_as_source_and_subject_as_target():
    art = article("Headline Words Here\n\nTwo Armenian border posts were shelled by Azerbaijani government forces on Monday.\n\n"
                  "Georgia was criticised by Ukraine over the visa rules.\n\n"
                  "An Iraqi patrol boat was hit by Iranian missiles near Basra on Tuesday.")
    evs = events_of(art)
    assert ("ASSAULT", "Azerbaijan", "Armenia") in evs
    assert ("ACCUSE", "Ukraine", "Georgia") in evs
    assert any(e[0] == "ASSAULT" and e[1] == "Iran" and e[2] == "Iraq" for e in evs)


def test_passive_without_agent_gives_no_event_unless_the_text_names_one():
    art = article("Headline Words Here\n\nA Kenyan journalist was detained in Kampala on Sunday.")
    assert events_of(art) == []
    art = article("Headline Words Here\n\nUgandan police said a Kenyan journalist was detained in Kampala on Sunday.")
    assert any(e[0] == "COERCE" and e[1] == "Ugandan police" for e in events_of(art))


def test_deployed_forces_act_in_the_passive():
    art = article("Headline Words Here\n\nPolish special forces were deployed along the border with Belarus.")
    assert any(e[0] == "MOBILIZE" and e[1] == "Polish special forces" for e in events_of(art))
    art = article("Headline Words Here\n\nPolish troops were deployed along the border with Belarus.")
    assert any(e[0] == "MOBILIZE" and e[1] == "Polish military" for e in events_of(art))


# -- negation and denial (case 09) ---------------------------------------------------------------------

def test_negated_actions_give_nothing_and_a_denial_is_a_rejection_only():
    art = article("Headline Words Here\n\nIndia did not expel the Pakistani diplomats, a ministry spokesman said.\n\n"
                  "Israel denied that its aircraft had struck a school in Gaza.\n\n"
                  "Japan has never imposed sanctions on Taiwan.\n\n"
                  "Egyptian troops never left the Sinai crossing.")
    evs = events_of(art)
    assert [e[0] for e in evs] == ["REJECT"]
    assert evs[0][1] == "Israel"


def test_refusal_and_will_not_accept_are_rejections():
    art = article("Headline Words Here\n\nChile refused to meet the Bolivian delegation.\n\n"
                  "Serbia will not accept the independence of Kosovo.")
    evs = events_of(art)
    assert [e[0] for e in evs] == ["REJECT", "REJECT"]
    assert not any(e[0] == "CONSULT" for e in evs)


# -- nominal events (case 10) --------------------------------------------------------------------------

def test_nominal_events_with_possessive_of_and_by_actors():
    art = article("Headline Words Here\n\nPoland's expulsion of three Belarusian diplomats on Monday angered Minsk.\n\n"
                  "The incident followed last week's detention of a Polish reporter by Belarusian police in Grodno.\n\n"
                  "The capture of two Georgian fishing boats by Russia in March is still unresolved.")
    evs = events_of(art)
    assert ("SANCTION", "Poland", "Belarus") in evs
    assert any(e[0] == "COERCE" and e[1] == "Belarusian police" and e[2] == "Poland" for e in evs)
    assert any(e[0] == "COERCE" and e[1] == "Russia" for e in evs)


def test_talks_between_two_parties_is_one_mutual_consultation():
    art = article("Headline Words Here\n\nA meeting between Kenya and Ethiopia was held in Nairobi on Friday.")
    assert events_of(art) == [("CONSULT", "Kenya", "Ethiopia")]


# -- object control, speech acts, light verbs ----------------------------------------------------------

def test_object_control_is_a_request_to_the_object_not_its_act():
    art = article("Headline Words Here\n\nFrance urged Rwanda to withdraw its troops from Congo.\n\n"
                  "Turkey called on Sweden to extradite the suspects.")
    evs = events_of(art)
    assert ("REQUEST", "France", "Rwanda") in evs and ("REQUEST", "Turkey", "Sweden") in evs
    assert not any(e[0] in {"RETREAT", "COOPERATE"} for e in evs)


def test_light_verbs_and_conjoined_event_nouns():
    art = article("Headline Words Here\n\nIsraeli troops opened fire on Lebanese soldiers near the border.\n\n"
                  "Japan expressed support for the Philippines and concern over Chinese actions.")
    evs = events_of(art)
    assert any(e[0] == "ASSAULT" and e[2] == "Lebanese military" for e in evs)
    assert ("SUPPORT", "Japan", "Philippines") in evs
    assert ("ACCUSE", "Japan", "China") in evs


# -- factuality ----------------------------------------------------------------------------------------

def test_questions_conditions_modals_wishes_and_habits_give_no_event():
    art = article("Headline Words Here\n\nWill Egypt attack Ethiopia over the dam?\n\n"
                  "Ghana might sanction Togo next year.\n\n"
                  "Peru wants to visit Chile in June.\n\n"
                  "Greece routinely expels migrants from Turkey.\n\n"
                  "If Ethiopia fills the dam, Sudan could attack it.")
    assert events_of(art) == []


def test_expressed_intent_is_an_agreement_and_promised_force_a_threat():
    art = article("Headline Words Here\n\nJapan will provide aid to Tonga after the eruption.\n\n"
                  "Niger will withdraw its troops from Mali unless the junta holds elections.")
    evs = events_of(art)
    assert ("AGREE", "Japan", "Tonga") in evs
    assert any(e[0] == "THREATEN" and e[1] == "Niger" for e in evs)


def test_a_scheduled_withdrawal_or_release_keeps_its_type():
    # the guidelines: events "happened or scheduled"; "will" schedules, "would" reports an intent
    art = article("Headline Words Here\n\nKenya will withdraw its troops from Somalia next month.\n\n"
                  "Belarus will release 30 Lithuanian prisoners on Friday.")
    types = [e[0] for e in events_of(art)]
    assert {"RETREAT", "CONCEDE"} <= set(types) and "AGREE" not in types
    art = article("Headline Words Here\n\nKenya said it would withdraw its troops from Somalia.")
    assert [e[0] for e in events_of(art)] == ["AGREE"]


# -- actors: coordination and unnamed institutions ------------------------------------------------------

def test_coordinated_signatories_give_one_mutual_record():
    art = article("Headline Words Here\n\nNegotiators from Sudan and South Sudan signed the oil accord in Juba.")
    evs = events_of(art)
    assert len([e for e in evs if e[0] == "AGREE"]) == 1
    assert ("AGREE", "Sudan", "South Sudan") in evs


def test_unnamed_institutions_take_the_articles_country():
    art = article("Headline Words Here\n\nNigeria is tense after the weekend vote in Nigeria's north.\n\n"
                  "Nigeria's electoral body has not yet published results.\n\n"
                  "On Monday the police arrested twelve opposition activists in Kano.")
    evs = events_of(art)
    assert any(e[0] == "COERCE" and e[1] == "Nigerian police" for e in evs)


def test_chrome_is_no_event_source():
    art = article("Headline Words Here\n\nKenya and Uganda signed a trade deal on Monday.\n\n"
                  "Register or sign in to continue reading.\n\nSubscribe to agree to our terms.")
    evs = events_of(art)
    assert evs == [("AGREE", "Kenya", "Uganda")]


def test_aid_that_arrives_is_given_by_its_sender():
    art = article("Headline Words Here\n\nA shipment of medical supplies sent by the Government of Cuba reached Haiti on Monday.\n\n"
                  "Tents and blankets were delivered to Nepal from Bhutan.")
    evs = events_of(art)
    assert any(e[0] == "AID" and e[2] == "Haiti" for e in evs)
    assert ("AID", "Bhutan", "Nepal") in evs


def test_courts_reject_troops_leave_and_ships_belong_to_their_service():
    art = article("Headline Words Here\n\nKenya's High Court blocked the deportation of the Ugandan activists.\n\n"
                  "Dutch troops left Afghanistan on Friday.\n\n"
                  "Three Chinese coast guard ships blocked two Vietnamese fishing boats.")
    evs = events_of(art)
    assert any(e[0] == "REJECT" for e in evs) and not any(e[0] == "COERCE" and "Court" in (e[1] or "") for e in evs)
    assert any(e[0] == "RETREAT" and e[1] == "Dutch military" for e in evs)
    assert any(e[0] == "COERCE" and e[1] == "Chinese coast guard" for e in evs)


def test_participles_and_praise_for_an_act_name_their_actor():
    art = article("Headline Words Here\n\nVideos showed Chinese coast guard ships blocking Vietnamese fishing boats.\n\n"
                  "Washington praised Mexico for arresting the cartel leaders.")
    evs = events_of(art)
    assert any(e[0] == "COERCE" and e[1] == "Chinese coast guard" for e in evs)
    assert ("SUPPORT", "United States", "Mexico") in evs or any(e[0] == "SUPPORT" and e[2] == "Mexico" for e in evs)
    assert any(e[0] == "COERCE" and e[1] == "Mexico" for e in evs)


def test_opposed_to_and_multiword_groups():
    art = article("Headline Words Here\n\nIsrael is opposed to French mediation in the talks with Syria.\n\n"
                  "Opposition groups in Zimbabwe demanded the release of the activists.")
    evs = events_of(art)
    assert any(e[0] == "REJECT" and e[1] == "Israel" for e in evs)
    assert not any(e[0] == "CONSULT" for e in evs)
    assert any(e[0] == "REQUEST" and e[1] == "Zimbabwean opposition groups" for e in evs)


def test_a_refusal_under_a_condition_stays_a_refusal():
    art = article("Headline Words Here\n\nJordan will not accept more refugees if war starts in Syria.")
    assert [e[0] for e in events_of(art)] == ["REJECT"]


def test_labels_are_accusations_or_praise_and_a_dated_call_is_a_call():
    art = article("Headline Words Here\n\nIndia called the Canadian move absurd.\n\n"
                  "Norway described the accord with Sweden as a historic step.\n\n"
                  "Kenya called Uganda on Monday.")
    evs = events_of(art)
    assert any(e[0] == "ACCUSE" and e[1] == "India" for e in evs)
    assert any(e[0] == "SUPPORT" and e[1] == "Norway" for e in evs)
    assert ("CONSULT", "Kenya", "Uganda") in evs and not any(e[0] == "REQUEST" for e in evs)


def test_the_dateline_gives_an_unnamed_institution_its_country():
    art = article("Headline Words Here\n\nNAIROBI (Reuters) - Police arrested twelve opposition activists on Monday "
                  "after a rally in the capital, a spokesman said.")
    assert any(e[0] == "COERCE" and e[1] == "Kenyan police" for e in events_of(art))


def test_both_sides_are_the_two_countries_of_the_article():
    art = article("Headline Words Here\n\nArmenia and Azerbaijan met in Geneva on Monday. Armenia wants peace.\n\n"
                  "Both sides agreed to exchange prisoners.")
    evs = events_of(art)
    assert ("AGREE", "Armenia", "Azerbaijan") in evs
    assert len([e for e in evs if e[0] == "AGREE"]) == 1


def test_datelines_are_no_actors_tokenized_or_accented():
    art = article("Headline Words Here\n\nCAIRO , May 3 , 2019 ( Reuters ) - Egyptian Foreign Minister Sameh Fawzy "
                  "accused Ethiopia on Friday of stalling the dam talks .")
    assert ("ACCUSE", "Sameh Fawzy", "Ethiopia") in events_of(art)
    art = article("Headline Words Here\n\nİZMİR, June 4, 2019 (AA) - Turkish President Recep Öztürk congratulated "
                  "Greek Prime Minister Nikos Andreou on Monday.")
    assert ("SUPPORT", "Recep Öztürk", "Nikos Andreou") in events_of(art)


def test_a_dateline_between_bars_is_no_actor():
    art = article("Headline Words Here\n\nNairobi, Kenya | AFP | Somalia's government on Monday signed a ceasefire deal with Jubaland.")
    evs = events_of(art)
    assert any(e[0] == "AGREE" and e[1] == "Somalia" for e in evs) and not any(e[1] == "Kenya" for e in evs)


def test_an_unnamed_envoy_stands_for_its_state():
    art = article("Headline Words Here\n\nThe Philippine government summoned China's ambassador on Monday.\n\n"
                  "Poland expelled two Russian diplomats.")
    evs = events_of(art)
    assert ("ACCUSE", "Philippines", "China") in evs
    assert ("SANCTION", "Poland", "Russia") in evs


def test_a_nominal_restatement_of_a_reported_action_is_not_another_event():
    art = article("Headline Words Here\n\nPoland expelled two Belarusian diplomats on Monday.\n\n"
                  "Poland's expulsion of the diplomats angered Minsk.")
    assert [e[0] for e in events_of(art)].count("SANCTION") == 1


def test_a_bare_title_is_not_a_person_of_another_role():
    from tuiex.ingest.nlp import load_nlp
    from tuiex.ingest.pipeline import _role_fits
    from tuiex.records import Actor

    doc = load_nlp()("The U.S. ambassador and the Indian Foreign Minister left.")
    ambassador = next(t for t in doc if t.lower_ == "ambassador")
    minister = next(t for t in doc if t.lower_ == "minister")
    president = Actor("person:x", "Joe Biden", "person", "USA", "President", {"Joe Biden"})
    premier = Actor("person:y", "Narendra Modi", "person", "IND", "Prime Minister", {"Narendra Modi"})
    envoy = Actor("person:z", "Jane Roe", "person", "USA", "Ambassador", {"Jane Roe"})
    assert not _role_fits(ambassador, president) and _role_fits(ambassador, envoy)
    assert not _role_fits(minister, premier)


def test_an_attack_at_a_border_does_not_target_the_border_country():
    """A border, a strait or a sea is shared: the place rule gives no target from it."""
    art = article("Headline Words Here\n\nTurkey shot down a Russian jet at the Syrian border on Monday.")
    assert not any(e[0] == "ASSAULT" and e[2] == "Syria" for e in events_of(art))


def test_an_attack_on_a_country_place_still_targets_the_country():
    art = article("Headline Words Here\n\nRussian forces shelled villages in Ukraine's Kharkiv region on Monday.")
    assert any(e[0] == "ASSAULT" and e[2] == "Ukraine" for e in events_of(art))


# -- subjects of conjoined verbs -------------------------------------------------------------------------

def test_an_active_verb_joined_to_a_passive_one_shares_its_subject():
    art = article("Headline Words Here\n\nHamas is accused of smuggling weapons and has rejected the truce.")
    assert ("REJECT", "Hamas", None) in events_of(art)


def test_a_verb_that_disagrees_in_number_with_the_passive_subject_takes_the_clause_above():
    """"says two soldiers were wounded and blames X": "blames" wants a singular subject, so it is the
    statement's, not the soldiers' (the parser joins it to the reported clause)."""
    art = article("Headline Words Here\n\nPeru's army said rebels attacked a patrol on Monday.\n\n"
                  "An army statement says two soldiers were wounded and blames the Shining Path rebels.")
    # the army is the country's armed forces, named "Peruvian military" with "Peru's army" an alias
    assert any(e[0] == "ACCUSE" and e[1] in {"Peruvian army", "Peruvian military"} for e in events_of(art))


def test_a_named_group_target_keeps_its_own_name():
    """A target group with a name of its own is not re-placed with the scene's country: "Islamic
    State militants" stays itself (it once became "Iraqi State militants"), while bare "activists"
    are still placed by the city."""
    art = article("Headline Words Here\n\nPolice blamed the Islamic State militants for the attack in Mosul.\n\n"
                  "The army blamed the Shining Path rebels for an ambush in Peru.\n\n"
                  "Pakistani police arrested activists in Lahore on Monday.")
    names = {a.name for a in art.actors.values()}
    # (the group itself since the gazetteer name is read over the tagger's "Islamic" NORP: GUIDELINES,
    # Islamic State is one group actor)
    assert names & {"Islamic State militants", "Islamic State"} \
        and not any("State militants" in n and n != "Islamic State militants" for n in names)
    assert not any(n.endswith("Path rebels") and n != "Shining Path rebels" for n in names)
    assert ("COERCE", "Pakistani police", "Pakistani activists") in events_of(art)


def test_number_agreement_of_verb_and_subject():
    from tuiex.ingest.events import _agrees
    from tuiex.ingest.nlp import load_nlp

    doc = load_nlp()("The soldiers blames the group and the minister have left.")
    soldiers, blames, minister, left = (next(t for t in doc if t.lower_ == w)
                                        for w in ("soldiers", "blames", "minister", "left"))
    assert not _agrees(blames, soldiers) and _agrees(blames, minister)
    assert _agrees(left, soldiers) and not _agrees(left, minister)


def test_talks_between_two_named_leaders_target_the_second():
    """The parser may hang the second party on the first one's apposed name."""
    art = article("Headline Words Here\n\nThe talks between Sudan's army chief Abdel Fattah al-Burhan and "
                  "Egypt's President Abdel Fattah al-Sisi lasted two hours.")
    assert ("CONSULT", "Abdel Fattah al-Burhan", "Abdel Fattah al-Sisi") in events_of(art)


# -- "the country" and coordinated phrases ---------------------------------------------------------------

def test_the_country_as_subject_is_the_country_last_named_as_a_subject():
    art = article("Headline Words Here\n\nPoland accused Belarus of pushing migrants. "
                  "The country has deployed troops to the border.")
    assert ("MOBILIZE", "Poland", None) in events_of(art)


def test_the_country_as_object_is_the_country_named_before_other_than_the_source():
    art = article("Headline Words Here\n\nImpoverished Yemen has been wracked by violence since 2014, when the "
                  "Houthis overran much of the country.")
    assert ("ASSAULT", "Houthis", "Yemen") in events_of(art)


def test_a_nominal_visit_in_a_coordinated_phrase_is_the_clause_subjects():
    art = article("Headline Words Here\n\nAfter visiting Pristina, and on the eve of his visit to Belgrade, "
                  "Lajcak said that the deal was important.")
    evs = events_of(art)
    assert ("CONSULT", "Lajcak", "Kosovo") in evs and ("CONSULT", "Lajcak", "Serbia") in evs


def test_a_title_naming_its_country_is_not_a_person_of_another_country():
    art = article("Headline Words Here\n\nChinese President Xi Jinping praised Russian President Vladimir Putin. "
                  "The president of Ghana met Togo's leader in Accra.")
    assert ("CONSULT", "Ghana", "Togo") in events_of(art)
    art = article("Headline Words Here\n\nRussian President Vladimir Putin met Xi. "
                  "The Russian president praised the talks in Beijing.")
    assert any(e[0] == "SUPPORT" and e[1] == "Vladimir Putin" for e in events_of(art))


def test_the_party_of_a_gerund_after_a_preposition_is_the_target():
    art = article("Headline Words Here\n\nPresident Yoweri Museveni expressed Uganda's dedication to closely "
                  "collaborating with Kenya to achieve shared goals.")
    assert any(e[0] == "AGREE" and e[2] == "Kenya" for e in events_of(art))


# -- object pronouns -------------------------------------------------------------------------------------

def test_them_is_the_plural_party_named_before_not_the_source():
    art = article("Headline Words Here\n\nThousands of protesters gathered at a square in Lagos on Monday. "
                  "Nigerian police stormed the venue and dispersed them.")
    assert ("COERCE", "Nigerian police", "Nigerian protesters") in events_of(art)


def test_them_after_a_plural_thing_is_no_actor():
    art = article("Headline Words Here\n\nFrench troops seized two towns in Mali and the rebels shelled them.")
    assert not any(e[0] == "ASSAULT" and e[2] == "French military" for e in events_of(art))


def test_unqualified_envoys_of_an_act_are_the_other_state_named_before():
    art = article("Headline Words Here\n\nGermany expelled two Iranian diplomats. "
                  "Iran's foreign ministry said on Friday it would expel two diplomats.")
    assert any(e[0] == "SANCTION" and e[1] == "Iranian foreign ministry" and e[2] == "Germany"
               for e in events_of(art))


def test_the_source_is_not_the_plural_them_it_acts_on():
    art = article("Headline Words Here\n\nProtesters gathered in Lagos. "
                  "Nigerian police arrested dozens of activists and later released them.")
    assert not any(e[0] == "CONCEDE" and e[2] == "Nigerian police" for e in events_of(art))


def test_the_front_is_the_latest_named_body_of_that_kind_and_the_verb_agrees_with_it():
    """"Authorities say the front is ... and has opposed ...": "has opposed" wants a singular subject."""
    art = article("Headline Words Here\n\nColombia's army blamed the FARC 1st Front for the attack. Authorities say "
                  "the front is involved in drug trafficking and has opposed the peace accord.")
    assert ("REJECT", "FARC 1st Front", None) in events_of(art)


# -- first person beside a quote; stopping an attack -----------------------------------------------------

def test_we_beside_an_unmarked_quote_is_the_body_its_spokesman_speaks_for():
    art = article("Headline Words Here\n\nMyanmar's government announced Tuesday it will release more than 6,000 "
                  "prisoners.\n\nWe welcome the announcement. This is very good news and we hope many political "
                  "prisoners will be freed, said a spokesman for opposition leader Aung San Suu Kyi.")
    assert any(e[0] == "SUPPORT" and e[1] == "Aung San Suu Kyi" for e in events_of(art))


def test_stopping_an_attack_is_a_ceasefire_not_an_attack():
    art = article("Headline Words Here\n\nThe Azerbaijani army stopped shelling Armenian villages on Monday.\n\n"
                  "Kyrgyz and Tajik commanders decided to completely stop firing and withdraw their units.")
    types = [e[0] for e in events_of(art)]
    assert "ASSAULT" not in types and types.count("AGREE") == 2


def test_an_agentless_summons_or_expulsion_is_the_host_states():
    art = article("Headline Words Here\n\nThe Russian ambassador in Warsaw was summoned over the drone incident.\n\n"
                  "A top Indian diplomat has been expelled from Canada.\n\n"
                  "Two French journalists were deported from Burkina Faso.")
    evs = events_of(art)
    assert ("ACCUSE", "Poland", "Russia") in evs
    assert ("SANCTION", "Canada", "India") in evs
    assert ("COERCE", "Burkina Faso", "France") in evs


def test_a_summons_to_a_place_is_no_post():
    art = article("Headline Words Here\n\nThe envoy was summoned to the foreign ministry in Paris.")
    assert not any(e[0] == "ACCUSE" and e[1] == "France" for e in events_of(art))


def test_a_claim_denied_by_someone_targets_the_claims_author():
    art = article("Headline Words Here\n\nThe Malian army says it killed 20 militants, a claim rejected by the rebels.")
    assert ("REJECT", "rebels", "Malian military") in events_of(art)


def test_a_promised_response_to_an_act_is_a_threat():
    art = article("Headline Words Here\n\nThe Kremlin said on Wednesday that Moscow would respond to Canada's "
                  "decision to impose sanctions on Russia.\n\nChina will react firmly to any provocation, "
                  "the ministry said.")
    evs = events_of(art)
    assert ("THREATEN", "Russia", "Canada") in evs
    assert any(e[0] == "THREATEN" and e[1] == "China" for e in evs)


def test_a_promised_answer_to_a_request_or_a_past_response_is_no_threat():
    art = article("Headline Words Here\n\nThe Kenyan ministry will respond to the request next week.\n\n"
                  "Kenya responded to the criticism on Monday.")
    assert not any(e[0] == "THREATEN" for e in events_of(art))


def test_a_manner_word_makes_no_threat_of_an_answer_to_a_request_or_a_disaster():
    """"firmly", "appropriately" promise retaliation only when nothing else is named as answered."""
    art = article("Headline Words Here\n\nKenya will respond appropriately to the request from Uganda.\n\n"
                  "The Ugandan government will respond firmly to the floods.\n\n"
                  "Tanzania will respond firmly, the defence ministry said.")
    threats = [e for e in events_of(art) if e[0] == "THREATEN"]
    assert [t[1] for t in threats] == ["Tanzania"]


def test_a_speaker_of_no_known_country_reporting_an_expulsion_stands_for_the_home_state():
    art = article("ACCRA (Reuters) - Ghana's government on Saturday accused Togo of backing armed groups in Ghana's "
                  "north.\n\nDeputy Foreign Minister Kwaku Mensah spoke to reporters in Accra.\n\n"
                  "Mensah said two Togolese diplomats were declared persona non grata.")
    assert ("SANCTION", "Ghana", "Togo") in events_of(art)


def test_speaking_to_reporters_is_no_meeting():
    art = article("Headline Words Here\n\nGhana's foreign minister spoke to reporters in Accra on Monday.\n\n"
                  "Ghana's foreign minister spoke with Togo's foreign minister on Sunday.")
    assert [e[0] for e in events_of(art)] == ["CONSULT"]


def test_speaking_with_foreign_lawmakers_is_a_meeting():
    art = article("Headline Words Here\n\nThe Kenyan president spoke with Ugandan lawmakers about the border "
                  "dispute on Monday.")
    assert [e[0] for e in events_of(art)] == ["CONSULT"]


# -- participles and comparisons -------------------------------------------------------------------------

def test_an_event_noun_with_a_participle_by_agent_is_that_agents_act():
    art = article("Headline Words Here\n\nThe announcement said 600 inmates would be released under an amnesty "
                  "signed by President Adama Barrow.\n\nThe offensive launched by Ethiopian forces in Tigray "
                  "killed hundreds.")
    evs = events_of(art)
    assert ("CONCEDE", "Adama Barrow", None) in evs and not any(e[0] == "AGREE" for e in evs)
    assert any(e[0] == "ASSAULT" and e[1] == "Ethiopian military" for e in evs)


def test_aid_sent_by_a_giver_that_reached_someone_is_one_act():
    art = article("Headline Words Here\n\nA consignment of relief supplies sent by the Government of India "
                  "reached Tonga.")
    assert [e[0] for e in events_of(art)] == ["AID"]


def test_as_promised_is_a_comparison_and_the_subject_may_hang_on_the_auxiliary():
    art = article("Headline Words Here\n\nThe ministers noted that Lukashenko had, as promised, released the last "
                  "political prisoners.")
    assert events_of(art) == [("CONCEDE", "Lukashenko", None)]


def test_unqualified_soldiers_attacked_by_an_armed_group_are_the_home_states_forces():
    art = article("MOGADISHU (Reuters) - Al Shabaab attacked a military base near Mogadishu on Friday, Somalia's "
                  "army said.\n\nThe militants killed 24 soldiers and wounded dozens, the army said.")
    assert ("ASSAULT", "al-Shabab", "Somali military") in events_of(art)
    art = article("MOGADISHU (Reuters) - Somali troops killed 24 soldiers in a raid on Friday.")
    assert not any(e[2] == "Somali military" for e in events_of(art))


def test_a_call_for_someone_to_act_targets_them():
    art = article("Headline Words Here\n\nEgypt has called for Israel to halt its strikes on Gaza.")
    assert ("REQUEST", "Egypt", "Israel") in events_of(art)


def test_a_call_between_a_leader_and_his_counterpart_targets_the_counterparts_side():
    art = article("Headline Words Here\n\nEgypt lifted the ban after a phone call between President Sisi and "
                  "his Qatari counterpart.")
    assert ("CONSULT", "Sisi", "Qatar") in events_of(art)


def test_the_bloc_is_the_international_bloc_named_last_not_the_un():
    art = article("Headline Words Here\n\nThe UN condemned the coup in Niger. The European Union suspended aid to "
                  "Niger.\n\nThe bloc on Monday imposed sanctions on Niger.")
    assert ("SANCTION", "European Union", "Niger") in events_of(art)


def test_a_participle_trailing_a_rejection_is_its_own_act():
    # "denied ..., blaming X" is a denial and an accusation, as "denied ... and blamed X" is
    art = article("Headline Words Here\n\nThe Kenyan government rejected the report on Friday, blaming Somalia for "
                  "the unrest in the border town.")
    evs = events_of(art)
    assert ("REJECT", "Kenya", None) in evs
    assert ("ACCUSE", "Kenya", "Somalia") in evs


def test_organising_or_joining_a_protest_is_protesting():
    art = article("Headline Words Here\n\nThe Zambian opposition organised a protest march against the government "
                  "of Zambia in Lusaka.\n\nFormer Zambian President Edgar Lungu joined the march on Saturday.")
    types = [e[0] for e in events_of(art)]
    assert types.count("PROTEST") == 2


def test_verbs_whose_event_sense_is_transitive_give_nothing_without_their_object():
    # "concluded that", "recalled that", "settled in", "the coalition dissolved", "executed manoeuvres"
    art = article("Headline Words Here\n\nThe Kenyan inquiry concluded that Somalia had no role in the attack.\n\n"
                  "The Kenyan president recalled that Somalia had backed the mission.\n\n"
                  "Opposition lawmakers in Kenya settled in after the vote began.\n\n"
                  "The Sudanese coalition dissolved after the vote.\n\n"
                  "Chinese vessels executed dangerous maneuvers near the Philippine boats.")
    assert not {e[0] for e in events_of(art)} & {"AGREE", "SANCTION", "ASSAULT"}
    art = article("Headline Words Here\n\nThe Pastef party was dissolved by the Senegalese government on Monday.")
    assert any(e[0] == "SANCTION" for e in events_of(art))


def test_a_degree_of_alert_is_the_alert():
    art = article("Headline Words Here\n\nSerbia put its troops on the border on the highest state of alert.\n\n"
                  "Georgia placed its army on a higher level of alert on Tuesday.")
    assert [e[0] for e in events_of(art)].count("MOBILIZE") == 2


def test_a_bare_gerund_subject_of_a_passive_light_verb_is_the_event_noun():
    # no determiner: the parser tags "meeting" a verb (lemma "meet"), brief-style wire copy
    art = article("Headline Words Here\n\nMeanwhile, meeting between Kenyan President William Ruto and Ugandan "
                  "President Yoweri Museveni was held this morning.")
    assert any(e[0] == "CONSULT" and {e[1], e[2]} == {"William Ruto", "Yoweri Museveni"} for e in events_of(art))


def test_an_act_the_actors_are_due_to_do_is_scheduled():
    art = article("Headline Words Here\n\nThe Malian government and the Tuareg rebels are due to sign a peace deal "
                  "at the weekend.")
    assert any(e[0] == "AGREE" and e[1] == "Mali" for e in events_of(art))


def test_an_act_a_speaker_reported_is_asserted_as_one_it_said():
    # the verb "reported that" is a speech verb; only the noun ("reports that ...") is hearsay
    art = article("Headline Words Here\n\nKenyan police reported that at least 90 people were arrested in Nairobi.")
    assert ("COERCE", "Kenyan police", None) in events_of(art)


def test_calling_on_an_office_holder_without_a_demand_is_a_visit():
    art = article("Headline Words Here\n\nThe Pakistani army chief called on Saudi Crown Prince Mohammed bin Salman "
                  "in Riyadh on Monday.\n\nThe United Nations called on Israel to halt its strikes on Gaza.")
    evs = events_of(art)
    assert any(e[0] == "CONSULT" and e[2] == "Mohammed bin Salman" for e in evs)
    assert not any(e[0] == "REQUEST" and e[2] == "Mohammed bin Salman" for e in evs)
    assert ("REQUEST", "United Nations", "Israel") in evs


def test_an_agentless_passive_between_two_parties_is_their_mutual_act():
    art = article("Headline Words Here\n\nAfter the talks, two agreements were signed between the Government of "
                  "India and the Government of Mozambique.\n\nA ceasefire was agreed between Armenia and Azerbaijan "
                  "on Saturday.")
    evs = events_of(art)
    assert ("AGREE", "India", "Mozambique") in evs
    assert ("AGREE", "Armenia", "Azerbaijan") in evs


def test_protests_told_going_on_are_those_of_the_protesters_named_before():
    art = article("Headline Words Here\n\nKenyan opposition supporters protested in Nairobi on Monday.\n\n"
                  "Protests erupted again in Mombasa on Tuesday.")
    protests = [e for e in events_of(art) if e[0] == "PROTEST"]
    assert len(protests) == 2 and {e[1] for e in protests} == {"Kenyan opposition supporters"}


def test_a_relative_clause_with_its_own_subject_is_that_subjects_act():
    # the parser makes "a demand that the League has rejected" an acl participle, as for a passive
    art = article("Headline Words Here\n\nThe Bangladesh Nationalist Party wants an election under a caretaker "
                  "government, a demand that the Awami League has rejected.")
    assert any(e[0] == "REJECT" and e[1] == "Awami League" for e in events_of(art))


def test_a_purpose_under_a_counterfactual_did_not_happen_either():
    art = article("Headline Words Here\n\nKenya should have sent its envoy to Mogadishu to lobby Somalia against "
                  "the deal.")
    assert not any(e[0] == "REQUEST" for e in events_of(art))


def test_a_countrys_opposition_is_a_group_not_an_act_of_opposing():
    art = article("Headline Words Here\n\nKenya's opposition called for fresh elections on Monday.\n\n"
                  "Russia's opposition to the plan angered Ukraine.")
    evs = events_of(art)
    assert not any(e[0] == "REJECT" and e[1] == "Kenya" for e in evs)
    assert any(e[0] == "REJECT" and e[1] == "Russia" for e in evs)


def test_a_clause_with_its_own_subject_under_a_counterfactual_is_asserted():
    # only the counterfactual's own acts (its purpose, its subjectless conjuncts) did not happen
    art = article("Headline Words Here\n\nThe Kenyan government should have acted sooner, but Somali militants "
                  "attacked the border town on Monday.\n\nThe Kenyan army must have known about the plot when "
                  "Somali militants attacked the base on Tuesday.")
    assert [e[:2] for e in events_of(art)] == [("ASSAULT", "Somali militants")] * 2


def test_protests_under_investigation_or_control_are_not_told_going_on():
    # "under way" is going on; "under investigation", "under control" are not
    art = article("Headline Words Here\n\nKenyan opposition supporters protested in Nairobi on Monday.\n\n"
                  "The protests are under investigation by the police.\n\nThe protests in Mombasa were under "
                  "control by evening.\n\nProtests are under way in Kisumu.")
    protests = [e for e in events_of(art) if e[0] == "PROTEST"]
    assert len(protests) == 2 and {e[1] for e in protests} == {"Kenyan opposition supporters"}


def test_hitting_back_with_a_barrage_or_dozens_of_missiles_is_an_assault():
    # e134984 made 'hit back' ACCUSE unless a weapon is its means; the weapon may be counted
    art = article("Headline Words Here\n\nIran hit back at Israel on Friday with a barrage of missiles.\n\n"
                  "Iran hit back at Saudi Arabia on Sunday with dozens of drones.")
    evs = events_of(art)
    assert ("ASSAULT", "Iran", "Israel") in evs and ("ASSAULT", "Iran", "Saudi Arabia") in evs
    assert not any(e[0] == "ACCUSE" for e in evs)


def test_a_market_rally_going_on_is_no_protest():
    art = article("Headline Words Here\n\nKenyan opposition supporters protested in Nairobi on Monday.\n\n"
                  "The rally in oil prices continued on Tuesday.\n\nThe stock market rally continued on Wednesday.")
    assert [e[0] for e in events_of(art)].count("PROTEST") == 1


def test_the_treasury_designating_a_partner_or_a_zone_is_no_sanction():
    # b376af6: the Treasury's designations are sanctions, but not when it names a partner, ally or zone
    art = article("Headline Words Here\n\nThe US Treasury designated Kenya a priority partner for development aid.\n\n"
                  "The US Treasury designated Kenya as a strategic ally on Monday.\n\n"
                  "The US Treasury designated seven Russian oligarchs on Friday.")
    assert [e[0] for e in events_of(art)] == ["SANCTION"]


def test_rebel_forces_in_a_country_are_not_that_countrys_state():
    # "rebels in X" are no state's; so are forces or troops a rebel word qualifies
    for subject in ("Rebel forces in the Central African Republic", "Opposition troops in the Central African Republic"):
        art = article(f"Headline Words Here\n\n{subject} launched two attacks near the capital on Wednesday, "
                      "the interior minister said.")
        assert not any(e[1] == "Central African Republic" for e in events_of(art)), events_of(art)
    # the state's own forces there still are
    art = article("Headline Words Here\n\nGovernment forces in the Central African Republic launched two attacks "
                  "on rebel positions on Wednesday, the interior minister said.")
    assert any(e[0] == "ASSAULT" and e[1] == "Central African Republic" for e in events_of(art)), events_of(art)


def test_a_noun_said_of_the_object_completes_a_light_verb():
    # "took 16 people hostage": the parser may hang "hostage" on the verb as a complement, not the object
    art = article("Headline Words Here\n\nAl-Shabaab militants took 16 people hostage inside two buildings in Mogadishu.")
    assert any(e[0] == "ASSAULT" and e[1] == "al-Shabab" for e in events_of(art))
