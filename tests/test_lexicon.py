"""The PLOVER lexicon (src/tuiex/ingest/data/plover_lexicon.tsv): every entry's own test sentence,
written for the file, must yield the entry's type when run through the whole pipeline."""

from __future__ import annotations

import pytest

from tuiex.ingest.lexicon import TYPES, load, parse
from tuiex.ingest.pipeline import extract_many
from tuiex.records import SourceDoc


def _docs(sentences):
    for i, s in enumerate(sentences):
        yield SourceDoc(path=f"/tmp/lex{i}.txt", file=f"lex{i}.txt", raw=f"Headline Words Here\n\n{s}",
                        content_hash=str(i), published="2021-03-03", published_how="test")


def test_every_entry_yields_its_type_on_its_test_sentence():
    lex = load()
    arts = list(extract_many(_docs([e.test for e in lex.entries])))
    failures = []
    for e, art in zip(lex.entries, arts, strict=True):
        found = {ev.type for ev in art.events}
        if e.type not in found:
            failures.append(f"{e.kind} {e.pattern!r} {e.type}: {e.test!r} gave {sorted(found)}")
    assert not failures, f"{len(failures)} of {len(lex.entries)} entries fail:\n" + "\n".join(failures)


def test_lexicon_covers_all_sixteen_types_with_verbs_and_nouns():
    lex = load()
    sizes = lex.size_by_type()
    assert set(sizes) == set(TYPES) and all(n >= 10 for n in sizes.values()), sizes
    assert sum(1 for e in lex.entries if e.kind == "verb") >= 250
    for t in TYPES:
        assert any(e.type == t and e.kind == "noun" for e in lex.entries), t


def test_each_entry_has_a_sentence_and_no_pattern_repeats():
    lex = load()
    assert all(e.test.endswith(".") and len(e.test.split()) >= 3 for e in lex.entries)
    keys = [(e.kind, e.pattern, e.type, e.obj, e.needobj, e.notobj, e.compound, e.onlyneg) for e in lex.entries]
    assert len(keys) == len(set(keys))


def test_malformed_lines_are_refused():
    with pytest.raises(ValueError, match="PLOVER type"):
        parse("verb\tattack\tFIGHT\t\tA attacked B.")
    with pytest.raises(ValueError, match="frame key"):
        parse("verb\tattack\tASSAULT\tbogus=1\tA attacked B.")
    with pytest.raises(ValueError, match="columns"):
        parse("verb\tattack\tASSAULT")


@pytest.mark.parametrize("text,expected,absent", [
    ("Turkey struck a deal with Libya on Monday.", "AGREE", "ASSAULT"),
    ("Israeli jets struck a village in Lebanon.", "ASSAULT", "AGREE"),
    ("Hezbollah fired rockets at Israel.", "ASSAULT", None),
    ("Prosecutors in Kenya charged the Ugandan envoy with fraud.", "ACCUSE", "ASSAULT"),
    ("Guinean soldiers burned down the market in the border town.", "ASSAULT", None),
])
def test_word_senses(text, expected, absent):
    art = next(extract_many(_docs([text])))
    types = {e.type for e in art.events}
    assert expected in types
    if absent:
        assert absent not in types


def test_firing_an_official_is_no_attack():
    art = next(extract_many(_docs(["Kenyan President Ruto fired the interior minister on Monday."])))
    assert all(e.type != "ASSAULT" for e in art.events)


@pytest.mark.parametrize("text", [
    "The Ghanaian president met opposition leaders in Accra on Monday.",
    "The Chadian defence minister met the force commander of the UN mission in N'Djamena.",
    "Putin met the Brazilian president in Moscow despite criticism from Washington.",
    "The Serbian and Kosovar leaders met amid protests in Brussels.",
    "The Peruvian president met with the opposition in Lima on Monday.",
])
def test_a_meeting_stays_one_beside_words_of_a_reaction(text):
    # "met with tear gas", "met stiff resistance" are no meeting; a compound of the person met or a
    # reaction named outside the with-phrase does not make them one
    art = next(extract_many(_docs([text])))
    assert any(e.type == "CONSULT" for e in art.events), [(e.type, e.trigger) for e in art.events]


@pytest.mark.parametrize("text,absent", [
    ("Kenyan protesters burned tyres on the highway to Uganda.", "ASSAULT"),
    ("The Malian army burned the bodies of its dead soldiers.", "ASSAULT"),
    ("Brazil attributed the rise in inflation to the drought in Paraguay.", "ACCUSE"),
    ("Chile extracted copper from the mine near the Bolivian border.", "RETREAT"),
    ("Uganda's army took refuge in a camp near the Congolese border.", "ASSAULT"),
    ("Kenya took a position on the border dispute with Uganda.", "ASSAULT"),
    ("The Kenyan government fell back on old arguments about Somalia.", "RETREAT"),
    ("The Kenyan ruling party rammed the finance bill through parliament.", "ASSAULT"),
    ("The Malian rebels poured scorn on the peace plan of Algeria.", "MOBILIZE"),
    ("Nigeria moved the ECOWAS summit to Abuja.", "MOBILIZE"),
    ("Russia moved its troops back from the Kherson front.", "MOBILIZE"),
    ("Nigeria pushed back the elections in the north by a week.", "ASSAULT"),
    ("Kenyan protesters were met with tear gas by the Kenyan police.", "CONSULT"),
    ("Ethiopian troops met stiff resistance from Eritrean forces.", "CONSULT"),
    # a compound on a noun for persons or acts, or a farm's waste, is not what is burned, taken or repelled
    ("Nigerian soldiers burned crop residue on the army farm near Maiduguri.", "ASSAULT"),
    ("Malian troops took the village chief to their base in Gao.", "ASSAULT"),
    ("Kenya pushed back the troop withdrawal from Somalia by a month.", "ASSAULT"),
    ("The Somali rebels fell back on hit-and-run tactics after the offensive.", "RETREAT"),
    ("The Zambian opposition took the capital district in the local elections.", "ASSAULT"),
])
def test_other_senses_of_new_entries(text, absent):
    art = next(extract_many(_docs([text])))
    assert all(e.type != absent for e in art.events)


@pytest.mark.parametrize("text,absent", [
    # "decline" is a refusal only with something refused: ties or figures that decline are no rejection
    ("The relationship between Chile and Peru has declined since the election.", "REJECT"),
    ("Trade between Kenya and Tanzania declined last year.", "REJECT"),
    # a message, a reply or a letter delivered is no aid
    ("Mediators Kenya and Ethiopia delivered a response from the Sudanese rebels.", "AID"),
    ("The Malian envoy delivered a letter from the junta to the Nigerian president.", "AID"),
    # a decree or a law signed is an act of its own state, no agreement with anyone
    ("The Chilean president signed the decree on Monday.", "AGREE"),
    ("The Bolivian president signed a law on the budget of the army.", "AGREE"),
])
def test_other_senses_chosen_by_subject_or_object(text, absent):
    art = next(extract_many(_docs([text])))
    assert absent not in {e.type for e in art.events}, [(e.type, e.trigger) for e in art.events]


def test_a_participle_the_parser_makes_an_adjective_of_the_object_gives_its_sense():
    # "a decree lifting sanctions", parsed as "lifting" modifying "sanctions": the lifting is the act
    art = next(extract_many(_docs(["The Chilean president signed a decree lifting sanctions on Peru."])))
    types = {e.type for e in art.events}
    assert "CONCEDE" in types and "SANCTION" not in types, [(e.type, e.trigger) for e in art.events]


def test_a_verb_with_a_sense_of_its_own_keeps_it_beside_such_a_participle():
    # only the light reading yields to the participle: criticising a decree easing sanctions is a criticism
    art = next(extract_many(_docs(["The European Union criticised a decree easing restrictions on Russian imports."])))
    types = {e.type for e in art.events}
    assert "ACCUSE" in types and "CONCEDE" not in types, [(e.type, e.trigger) for e in art.events]


@pytest.mark.parametrize("text,expected,absent", [
    # attacking a policy, a budget or a plan is criticism (CAMEO 111), not a military attack
    ("The Kenyan opposition leader attacked the government's budget in parliament.", "ACCUSE", "ASSAULT"),
    ("The Chilean senator attacked the reform plan of the president.", "ACCUSE", "ASSAULT"),
    # (but positions attacked are military ones: "attacked its positions along the border")
    ("Ugandan troops attacked rebel positions near the Congolese border.", "ASSAULT", "ACCUSE"),
    # (and a programme attacked by jets or troops is a military target)
    ("Israeli jets attacked Iran's nuclear programme on Friday.", "ASSAULT", "ACCUSE"),
    # shooting down a proposal is turning it down (CAMEO 12), not bringing down an aircraft
    ("The Ugandan president shot down the proposal from Kenya.", "REJECT", "ASSAULT"),
])
def test_verbs_of_force_aimed_at_words_are_criticism_or_rejection(text, expected, absent):
    art = next(extract_many(_docs([text])))
    types = {e.type for e in art.events}
    assert expected in types and absent not in types, [(e.type, e.trigger) for e in art.events]


@pytest.mark.parametrize("text", [
    "The Zambian opposition stormed to victory in the election.",
    # the bare office held, not a building: "stormed into office" is an election won
    "The Zambian opposition leader stormed into office in August.",
])
def test_storming_to_victory_or_into_office_is_no_attack(text):
    art = next(extract_many(_docs([text])))
    assert "ASSAULT" not in {e.type for e in art.events}, [(e.type, e.trigger) for e in art.events]


def test_storming_an_embassy_is_an_attack():
    art = next(extract_many(_docs(["Iraqi protesters stormed the Kuwaiti embassy in Baghdad."])))
    assert "ASSAULT" in {e.type for e in art.events}



@pytest.mark.parametrize("text", [
    # an office stormed is a building; a victory after which a place is stormed chooses no sense
    "Protesters stormed into the governor's office in Lagos.",
    "Opposition supporters stormed the Kenyan parliament after the victory of the ruling party.",
])
def test_storming_an_office_or_after_a_victory_is_an_attack(text):
    art = next(extract_many(_docs([text])))
    assert "ASSAULT" in {e.type for e in art.events}, [(e.type, e.trigger) for e in art.events]


@pytest.mark.parametrize("text,expected", [
    ("Bolivia declined the invitation from Peru.", "REJECT"),
    ("Kenya and Uganda signed a border accord on Monday.", "AGREE"),
    ("Turkey delivered tents and blankets to Syria.", "AID"),
])
def test_the_event_senses_stay_beside_the_other_senses(text, expected):
    art = next(extract_many(_docs([text])))
    assert expected in {e.type for e in art.events}, [(e.type, e.trigger) for e in art.events]


@pytest.mark.parametrize("text,absent", [
    ("Asked about the Kenyan decision, the Ugandan foreign minister said it was a mistake.", "REQUEST"),
    ("A Kenyan official, who declined to give his name, said the border was shut.", "REJECT"),
    ("Uganda refused to comment on the Kenyan decision.", "REJECT"),
    ("The stability of Senegal is now compromised, the Gambian president said.", "CONCEDE"),
    ("The number of Sudanese people sheltering inside Chadian schools has grown.", "AID"),
    ("Egypt reaffirmed that the dam talks with Ethiopia had failed.", "SUPPORT"),
    ("The people of Kazakhstan pay special attention to the visit of the Uzbek president.", "CONSULT"),
    ("The Colombian army has undertaken a review of its tactics.", "AGREE"),
])
def test_reporting_uses_of_trigger_verbs_give_no_event(text, absent):
    art = next(extract_many(_docs([text])))
    assert absent not in {e.type for e in art.events}


@pytest.mark.parametrize("text,expected", [
    ("Japan announced USD 2 million in relief assistance for Tonga.", "AID"),
    ("India provided $500,000 towards the relief of Nepal.", "AID"),
    ("Indian Prime Minister Modi toured Bhutan last week.", "CONSULT"),
])
def test_amounts_and_named_objects(text, expected):
    art = next(extract_many(_docs([text])))
    assert expected in {e.type for e in art.events}


@pytest.mark.parametrize("text,expected", [
    ("The Norwegian envoy arrived Monday in Khartoum for talks with the Sudanese army.", "CONSULT"),
    ("Ghana's announcement of a lawsuit against Togo surprised observers.", "ACCUSE"),
    ("Most of the Malian troops came back from the front in Mali.", "RETREAT"),
])
def test_purpose_announcement_and_quantified_subjects(text, expected):
    art = next(extract_many(_docs([text])))
    assert expected in {e.type for e in art.events}


def test_troops_returning_fire_attack_and_do_not_retreat():
    art = next(extract_many(_docs(["Nigerian troops returned fire on the Cameroonian gunmen."])))
    assert {e.type for e in art.events} == {"ASSAULT"}


def test_going_on_strike_is_a_protest_not_an_attack():
    art = next(extract_many(_docs(["Kenyan nurses went on strike in Nairobi on Monday."])))
    assert "ASSAULT" not in {e.type for e in art.events}


@pytest.mark.parametrize("text", [
    "Egypt hopes to sign a deal with Ethiopia.",
    "Ghana plans to expel the Togolese envoy.",
    "Kenya wants to hold talks with Somalia.",
])
def test_wishes_and_plans_give_no_event(text):
    art = next(extract_many(_docs([text])))
    assert not art.events, [(e.type, e.trigger) for e in art.events]


@pytest.mark.parametrize("text,expected,absent", [
    ("Thousands of Kenyan protesters demanded the resignation of the president of Kenya.", "PROTEST", "REQUEST"),
    ("Kenya demanded the resignation of the Ugandan envoy.", "REQUEST", "PROTEST"),
])
def test_a_crowd_demanding_protests(text, expected, absent):
    types = {e.type for e in next(extract_many(_docs([text]))).events}
    assert expected in types and absent not in types


def test_what_an_act_draws_is_not_the_act_of_its_subject():
    art = next(extract_many(_docs(["The arrest of the Kenyan journalist by Ugandan police drew criticism."])))
    assert {e.type for e in art.events} == {"COERCE"}


@pytest.mark.parametrize("text", [
    "Kenya wants talks between Uganda and Tanzania.",
    "Ghana hopes to host talks between Mali and Niger.",
    "Turkey expressed willingness to host talks between Russia and Ukraine.",
])
def test_event_nouns_under_a_wish_give_no_event(text):
    art = next(extract_many(_docs([text])))
    assert "CONSULT" not in {e.type for e in art.events}


def test_a_launch_into_space_or_the_sea_is_no_attack():
    """notpobj: a rocket sent into orbit or a test missile into the sea aims at no one; into a
    country's airspace it does."""
    arts = list(extract_many(_docs(["North Korea launched a rocket into orbit on Tuesday.",
                                    "Pakistan launched two missiles into the sea during a drill.",
                                    "Russia launched drones into Ukrainian airspace overnight."])))
    assert [[e.type for e in a.events] for a in arts] == [[], [], ["ASSAULT"]]


def test_launching_a_missile_is_an_attack_only_when_aimed_at_someone():
    arts = list(extract_many(_docs(["NASA launched a rocket to the moon.", "Iran launched a missile programme.",
                                    "Hamas launched rockets at Israeli towns."])))
    assert [[e.type for e in a.events] for a in arts] == [[], [], ["ASSAULT"]]


@pytest.mark.parametrize("text,expected,absent", [
    ("The Kenyan police charged the marchers with batons on Tuesday.", None, "ACCUSE"),
    ("The US Treasury targeted three Iranian banks with new sanctions.", "SANCTION", "ASSAULT"),
    ("Russian drones targeted Ukrainian power plants overnight.", "ASSAULT", "SANCTION"),
    ("Syrian warplanes targeted a bank in Idlib on Sunday.", "ASSAULT", "SANCTION"),     # notsubj
    ("Houthi missiles targeted a Saudi oil company in Jeddah.", "ASSAULT", "SANCTION"),
    ("Kenya vowed to hunt down the Somali gunmen behind the raid.", "THREATEN", "AGREE"),
    ("Ghana's talks with Togo advanced on several issues.", None, "ASSAULT"),
    ("Greece backed off from its threat against Turkey.", "RETREAT", "SUPPORT"),
    ("Germany backed France on the budget.", "SUPPORT", "RETREAT"),
])
def test_word_senses_of_charge_and_target(text, expected, absent):
    art = next(extract_many(_docs([text])))
    types = {e.type for e in art.events}
    assert expected is None or expected in types
    assert absent not in types
