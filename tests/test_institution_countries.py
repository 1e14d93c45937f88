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
