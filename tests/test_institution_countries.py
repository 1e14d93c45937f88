"""The country of an unqualified state body that speaks after its state has spoken (issues 11, 12):
'Norway condemned the attack on Chile ... the Foreign Ministry said' is Norway's ministry, not that of
the country the statement is about, the country named most, or a country that is only an object.
Sentences written for these tests."""

from __future__ import annotations

from extracting import extract_text


def article(text: str):
    return extract_text(text, "2024-02-06", name="i.txt", headline=True)


def speakers(art):
    return {(q.speaker and art.actors[q.speaker].name, q.speaker and art.actors[q.speaker].country)
            for q in art.quotes}


def test_a_capitalised_foreign_ministry_speaks_for_the_state_that_condemned():
    art = article("Norway condemns bombing in Chilean capital\n\n"
                  "Norway on Tuesday condemned a bombing in Chile's capital that killed nine people.\n\n"
                  "The blast hit a market in Santiago, Chile, and wounded dozens in Chile.\n\n"
                  "\"We are shocked by this cowardly attack on innocent people in Chile,\" the Foreign Ministry "
                  "said in a statement.")
    assert ("Norwegian Foreign Ministry", "NOR") in speakers(art)
    assert not any(country == "CHL" for _, country in speakers(art))


def test_a_lower_case_ministry_speaks_for_the_state_that_summoned():
    art = article("Kenya summoned the Ugandan envoy on Monday over the arrest of two Kenyan fishermen on Lake "
                  "Victoria. Officers in Uganda arrested the men after a chase near Uganda's border, "
                  "according to local reports. The foreign ministry said the arrests broke a 2019 agreement.")
    assert ("Kenyan foreign ministry", "KEN") in speakers(art)


def test_a_state_that_is_only_an_object_does_not_own_the_ministry():
    # Peru is only the object of the condemnation: the ministry is the speaking state's (Ecuador)
    art = article("Ecuador condemned Peru over the border shooting on Sunday.\n\n"
                  "Peru rejected the claim, and Peru's president called for calm. "
                  "\"We will defend our border,\" the Foreign Ministry said.")
    # the last state that spoke before the ministry is Peru ("Peru rejected"): its ministry
    assert ("Peruvian Foreign Ministry", "PER") in speakers(art)


def test_a_stating_state_far_back_does_not_place_the_ministry():
    text = ("Norway condemned the coup in Mali on Monday.\n\n" + "".join(
        f"Soldiers in Mali patrolled the streets of Bamako on day {n} of the curfew.\n\n" for n in range(1, 7))
        + "\"The curfew will stay,\" the Foreign Ministry said in Bamako.")
    art = article(text)
    assert not any(country == "NOR" for _, country in speakers(art))


def test_a_qualified_ministry_keeps_its_own_state():
    art = article("Norway condemned the bombing on Tuesday. Chile's foreign ministry said the attack was "
                  "the work of a criminal gang.")
    assert ("Chilean foreign ministry", "CHL") in speakers(art) or any(
        country == "CHL" for _, country in speakers(art))


def test_a_bare_ministry_is_the_one_a_state_qualified_before_in_another_paragraph():
    art = article("The Norwegian foreign ministry criticised the raid on a Chilean port\n\n"
                  "\"The raid endangered sailors from many nations,\" the ministry added on Friday, as Chile "
                  "counted the damage and Chile's navy searched the harbour near Chile's border.")
    assert ("Norwegian ministry", "NOR") in speakers(art) or ("Norwegian foreign ministry", "NOR") in speakers(art)
    assert not any(country == "CHL" for _, country in speakers(art))


def test_a_differently_qualified_ministry_is_not_the_one_named_before():
    art = article("Raid on a port\n\n"
                  "LIMA - Chile's defence ministry reported the raid on the port on Friday. "
                  "\"Our sailors are safe,\" the foreign ministry said.")
    assert ("Chilean foreign ministry", "CHL") not in speakers(art)
    assert ("Peruvian foreign ministry", "PER") in speakers(art)


def test_a_government_that_is_only_an_object_takes_no_acting_state():
    # only a body that speaks or acts (a subject) is the voice of the state that spoke before it;
    # "attacked the government" after "Norway condemned ..." is not Norway's government
    from extracting import events_of
    art = article("Norway condemned the arrests in Chile on Monday. Chile jailed ten students in Santiago, "
                  "Chile. Rebels attacked the government on Tuesday.")
    assert ("ASSAULT", "Rebels", "Norway") not in events_of(art)


def test_security_forces_in_an_officials_report_are_his_states():
    from extracting import events_of
    art = article("Gunmen from Mali crossed into Niger on Tuesday, and Mali's north, Mali's east and Mali's "
                  "west saw fighting too. A Nigerien colonel said on Wednesday that security forces killed "
                  "twenty gunmen near the border.")
    sources = {src for _, src, _ in events_of(art)}
    assert "Nigerien security forces" in sources
    assert "Malian security forces" not in sources


def test_security_forces_reported_by_no_one_keep_the_old_rule():
    from extracting import events_of
    art = article("Gunmen from Mali crossed into Niger on Tuesday, and Mali's north, Mali's east and Mali's "
                  "west saw fighting too. Security forces killed twenty gunmen near the border.")
    assert "Nigerien security forces" not in {src for _, src, _ in events_of(art)}


def test_the_military_is_the_army_a_state_named_earlier_in_the_sentence():
    art = article("Raid on a border post\n\n"
                  "Gunmen from Mali attacked a Niger army post near Mali's border on Monday, killing four "
                  "soldiers, the military said, as Mali denied that the gunmen came from Mali.")
    assert ("Nigerien military", "NER") in speakers(art)
    assert not any(country == "MLI" for _, country in speakers(art))


def test_the_bare_army_is_the_states_not_an_armed_groups_named_army():
    art = article("Rebels seize border post\n\n"
                  "Fighters of the Karenni Independence Army or KNIA seized a border post near Muse, said Sai Lwin, "
                  "a spokesman for the group.\n\n"
                  "Myanmar has been at war since the army overthrew the elected government in 2021.")
    overthrow = [e for e in art.events if e.trigger.startswith("overthrew")]
    assert [art.actors[e.source].country if e.source else None for e in overthrow] == ["MMR"]
