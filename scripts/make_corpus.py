"""Synthetic political news for benchmarks: article files for `tuiex ingest`, and ready-made stores.

Issue 4 ("Scale") needs inputs far bigger than the five sample articles: thousands of article files
to time the ingest pipeline, and stores of a million events to time the explorer and search. Both
must look like the real thing, or the timings mean little: real country names, capitals and
demonyms and real organisations (from the gazetteer tuiex ships), generated people with roles
("Foreign Minister Ahmet Kaya of Turkey", later "Kaya"), PLOVER-coded events in many phrasings,
direct and reported quotes, dates at every precision, datelines, bylines and site chrome.

    .venv/bin/python scripts/make_corpus.py articles /tmp/corpus --count 500 [--seed 1]
    .venv/bin/python scripts/make_corpus.py store /tmp/big.db --events 1000000 [--seed 1]

or from Python (the script is not a package; load it with importlib, as tests/test_make_corpus.py
does):

    write_articles(folder, count, seed=1) -> list[Path]
    build_store(path, n_events, seed=1, quotes_per_event=0.25, workers=None) -> dict of counts,
        bytes and seconds (1,000,000 events: about 50,000 articles, 0.9 GB, 2-3 minutes on 2 cores)

How it works. One sentence writer (`Writer`) renders templates such as

    "{S} [accused] {T} of {charge}{when}."

into text while recording where every actor mention, trigger, quoted passage and date phrase
landed. Both products draw every article from the same `compose()`: `write_articles` renders it
as a scraped page (chrome, byline, "ANKARA, March 3, 2018 (Reuters) -" dateline, "Related:"
links) for the real pipeline to parse; `build_store` writes its cleaned text straight into the
store tables with the spans, actors, dates and summaries the writer recorded, which is what
`Store.write_article` would have written had extraction been perfect (no spaCy: a million events
in minutes, not days). For the same seed, article i of both products is the same story.

Everything is seeded per article (`random.Random(f"{seed}:{i}")`), so the same seed gives the same
bytes and the same store content (ids included), whatever the count and however many worker
processes write the articles. A store is loaded the way tests/app/storefactory.py loads its
synthetic one (executemany, FTS triggers and secondary indexes dropped, FTS 'rebuild', both put
back), into a schema made by `tuiex.store.db.Store` itself, so it is exactly the real schema.

Template notation (see TEMPLATES, QUOTE_TEMPLATES, ...):

    {S} {T}              the event's source and target (or the speaker and another actor):
                         a country, organisation, group or person, first named in full
    {S's} {Sdem} {Scap}  possessive ("Turkey's"), demonym ("Turkish"; S must be a country or
                         group), capital ("Ankara"; S must be a country); {Shl}: headline form;
                         {Smil}: "Turkish troops", "Hezbollah fighters"; {Sn}: by name only
    S~country: T~state:  (template prefix) the source must be a country, the target no person
    {A} {B} {C} {O}      the article's main countries, a third country, an organisation
    [accused]            the trigger; [withdrew/withdrawn] gives the participle used after {aux}
    {aux}                "has "/"have " when the event is undated (perfect tense), else nothing
    {when} {When}        " on Friday" / "On Friday, ": the date phrase, or nothing
    {q} {rq} {qf}        a direct quote, reported speech, a quoted fragment
    <said>               the quote's cue word(s);  {he}: the last person named, as a pronoun
    {city} {outlet}      a capital of the story's countries; a news organisation
    {year_past}          a year a few years before the article
    {name}               any other lowercase name fills from FILLS (which may nest templates)
"""

from __future__ import annotations

import argparse
import bisect
import hashlib
import json
import os
import random
import re
import sqlite3
import sys
import time
import unicodedata
from dataclasses import dataclass, field
from datetime import date, timedelta
from itertools import accumulate
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GAZETTEER = ROOT / "src" / "tuiex" / "ingest" / "data" / "gazetteer.json"

# PLOVER types tuiex codes (those of its lexicon, src/tuiex/ingest/data/plover_lexicon.tsv; the tests check they agree).
TYPES = ("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
         "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT")
COOPERATIVE = ("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "REQUEST", "RETREAT")
CONFLICTUAL = ("ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE",
               "ASSAULT", "REQUEST")
# How often each type is reported overall: talk is cheap, so verbal events dominate.
# Who can be the source of each type (a person does not shell a border post).
_ALL = {"country", "organization", "group", "person"}
SOURCE_TYPES = {"AGREE": _ALL, "CONSULT": {"person", "organization"}, "SUPPORT": _ALL,
                "CONCEDE": {"country"}, "COOPERATE": _ALL, "AID": {"country", "organization"},
                "RETREAT": {"country", "group"}, "REQUEST": _ALL, "ACCUSE": _ALL, "REJECT": _ALL,
                "THREATEN": _ALL, "PROTEST": {"country", "person", "organization"},
                "SANCTION": {"country", "organization"}, "MOBILIZE": {"country"},
                "COERCE": {"country", "group"}, "ASSAULT": {"country", "group"}}
# Whom each type can target: a person has no border to deploy troops to.
_STATES = {"country", "organization", "group"}
TARGET_TYPES = (dict.fromkeys(TYPES, _ALL) | dict.fromkeys(("AID", "SANCTION", "ASSAULT"), _STATES)
                | dict.fromkeys(("CONCEDE", "RETREAT", "MOBILIZE", "COERCE"), {"country"}))
TYPE_WEIGHTS = {"AGREE": 9, "CONSULT": 16, "SUPPORT": 8, "CONCEDE": 3, "COOPERATE": 6, "AID": 4,
                "RETREAT": 2, "REQUEST": 9, "ACCUSE": 11, "REJECT": 6, "THREATEN": 5, "PROTEST": 3,
                "SANCTION": 5, "MOBILIZE": 3, "COERCE": 4, "ASSAULT": 8}

# ------------------------------------------------------------------------------------------------
# Templates. One list per PLOVER type; every trigger is a word or phrase of tuiex's lexicon
# (src/tuiex/ingest/data/plover_lexicon.tsv), so the real pipeline can find what the store says is there.
# ------------------------------------------------------------------------------------------------

TEMPLATES: dict[str, list[str]] = {
    "AGREE": [
        "{S} and {T} [signed] an agreement on {topic}{when}.",
        "{When}{S} [agreed] with {T} to {joint_action}.",
        "{S} {aux}[pledged] to work with {T} on {topic}.",
        "{S} [signed] a {years}-year deal with {T}{when} to {joint_action}.",
        "{When}{S} and {T} [reached a deal] on {topic} after months of negotiations.",
        "{S} {aux}[proposed] a {proposal} to {T}.",
        "{S} {aux}[vowed] to honour the commitments made to {T} under the {treaty}.",
        "{S} and {T} [agreed]{when} to {joint_action}, officials from both sides confirmed.",
        "Under an accord reached with {T}{when}, {S} [promised] to {promise}.",
        "{S} {aux}[committed] to {promise} as part of the deal with {T}.",
        "{When}{S} [offered a deal] to {T} to end the dispute over {topic}.",
    ],
    "CONSULT": [
        "{S} [met] {T} in {city}{when} to discuss {topic}.",
        "{S} [held talks] with {T}{when} on the sidelines of {venue}.",
        "{When}{S} [visited] {Tcap} for talks on {topic}.",
        "{S} [phoned] {T}{when} to discuss {topic}.",
        "{S} {aux}[hosted] {T} in {city} for talks on {topic}.",
        "{S} {aux}[negotiated] with {T} over {topic} for several weeks.",
        "{When}{S} [called] {T} to discuss {topic}.",
        "T~country: {S} [flew to/flown to] {Tcap}{when} for talks with {Tdem} officials on {topic}.",
        "{S} and {T} [met]{when} for the first time since the dispute over {topic} began.",
        "{S} [discussed] {topic} with {T}{when} during a visit to {city}.",
        "{When}{S} [consulted] {T} on the next steps in the dispute over {topic}.",
    ],
    "SUPPORT": [
        "{When}{S} [welcomed] {T's} decision to {decision}.",
        "T~state: {S} {aux}[backed] {T's} bid to {bid}.",
        "{S} [praised] {T}{when} for {praise_reason}.",
        "{When}{S} [expressed support] for {T} in the dispute over {topic}.",
        "{S} [offered condolences] to {T}{when} after {disaster}.",
        "{S} [congratulated] {T}{when} on {congrats}.",
        "{S} {aux}[endorsed] {T's} proposal for {topic}.",
        "{S} [defended] {T}{when} against criticism over {topic}.",
        "{When}{S} [thanked] {T} for {praise_reason}.",
    ],
    "CONCEDE": [
        "{S} [lifted a ban] on {ban_obj} from {T}{when}.",
        "{S} {aux}[released] {num} {Tdem} {detainees}.",
        "{When}{S} [apologised] to {T} for {apology_reason}.",
        "{S} [eased] restrictions{when} on {ban_obj} from {T}.",
        "{S} {aux}[pardoned] {num} {Tdem} {detainees} ahead of talks on {topic}.",
        "{S} [relaxed] visa rules for {Tdem} citizens{when}.",
        "{S} {aux}[freed] a {Tdem} journalist detained in {year_past}.",
    ],
    "COOPERATE": [
        "{S} [cooperated] with {T} on {topic}{when}.",
        "{S} and {T} [coordinated] {coop_obj}{when}.",
        "{S} {aux}[restored ties] with {T} after a {years}-year rift.",
        "{When}{S} [resumed dialogue] with {T} on {topic}.",
        "{S} [worked] closely with {T}{when} on {topic}.",
        "{S} {aux}[partnered] with {T} to {joint_action}.",
        "{S} [purchased] {weapon} from {T}{when}.",
        "{S} {aux}[bought] {goods} from {T} in a deal worth {money}.",
        "{When}{S} and {T} [collaborated] on {topic}.",
    ],
    "AID": [
        "{S} [supplied] {T}{when} with {aid_obj}.",
        "{S} {aux}[donated] {aid_obj} to {T}.",
        "{When}{S} [provided humanitarian aid] to {T} after {disaster}.",
        "{When}{S} [helped] {T} {help_action}.",
        "{S} {aux}[assisted] {T} in {assist_obj}.",
        "{S} [sheltered] {num} {Tdem} refugees{when}.",
        "{S} [sent aid] to {T}{when}, including {aid_obj}.",
    ],
    "RETREAT": [
        "S~country: {Smil} [withdrew/withdrawn] from {Tn}{when}.",
        "{S} {aux}[evacuated] its embassy staff from {Tcap}.",
        "{When}{S} [withdrew] its forces from the border with {Tn}.",
        "{S} [retreated] from {place}{when} after clashes with {T}.",
        "{S} {aux}[withdrew/withdrawn] its ambassador to {T} for consultations.",
    ],
    "REQUEST": [
        "{S} [urged] {T}{when} to {demand}.",
        "{S} [called for] talks with {T}{when} on {topic}.",
        "{When}{S} [asked] {T} to {demand}.",
        "{S} [demanded]{when} that {T} {demand}.",
        "{S} {aux}[appealed] to {T} to {demand}.",
        "{S} [requested] {request_obj} from {T}{when}.",
        "{S} [invited] {T}{when} to {invitation}.",
        "{When}{S} [sought] {request_obj} from {T}.",
    ],
    "ACCUSE": [
        "{S} [accused] {T}{when} of {charge}.",
        "{S} {aux}[criticised] {T} for {charge}.",
        "T~state: {When}{S} [condemned] {T's} {condemn_obj}.",
        "{S} [blamed] {T}{when} for {blame_obj}.",
        "T~state: {When}{S} [denounced] {T's} {condemn_obj} as {label}.",
        "{When}{S} [slammed] {T} over {topic}.",
        "{S} {aux}[accused] {T} of {charge} and of {charge}.",
        "T~state: {S} [criticized] {T}{when} for its handling of {topic}.",
        "T~state: {When}{S} [condemned] {T's} {condemn_obj}, <calling> it \u201c{qf}.\u201d",
    ],
    "REJECT": [
        "{S} [rejected] {T's} {proposal} for {topic}{when}.",
        "T~state: {S} [refused]{when} to {refusal} {T}.",
        "{When}{S} [denied] {T's} claims that it had been {claim}.",
        "{S} {aux}[dismissed] {T's} {accusation} as {label}.",
        "S~country: T~state: {When}{S} [vetoed] a resolution on {topic} drafted by {T}.",
        "{When}{S} [rebuffed] {T's} offer of {offer_obj}.",
        "T~state: {When}{S} [opposed] {T's} plan to {plan}.",
        "{S} {aux}[declined] {T's} invitation to {invitation}.",
    ],
    "THREATEN": [
        "T~state: {S} [threatened]{when} to {threat} if {T} {condition}.",
        "{S} [warned] {T}{when} against {warn_obj}.",
        "{When}{S} [threatened] {T} with {threat_obj}.",
        "T~state: {S} {aux}[warned] {T} of {consequence} if it {condition2}.",
        "{S} [issued an ultimatum] to {T}{when} over {topic}.",
        "{S} [warned] {T}{when} of {consequence}.",
    ],
    "PROTEST": [
        "T~state: {When}{S} [protested] {T's} {protest_obj}.",
        "{S} [lodged a protest] with {T}{when} over {topic}.",
        "{When}{S} [protested] to {T} over {protest_obj2}.",
        "T~state: {S} {aux}[protested] against {T's} {protest_obj}.",
        "S~country: T~country: Thousands of {Sdem} protesters [demonstrated] outside the {Tdem} embassy "
        "in {Scap}{when}.",
    ],
    "SANCTION": [
        "{S} [imposed sanctions] on {T}{when} over {topic}.",
        "{S} [banned] imports of {goods} from {T}{when}.",
        "T~country: {When}{S} [expelled] {num} {Tdem} diplomats.",
        "{S} {aux}[suspended] {suspend_obj} with {T}.",
        "{S} [broke off/broken off] diplomatic relations with {T}{when}.",
        "{S} [imposed new sanctions] on {T}{when}, targeting {sanction_target}.",
        "{S} {aux}[severed] ties with {T} over {topic}.",
        "T~country: {When}{S} [boycotted] the summit hosted by {T}.",
    ],
    "MOBILIZE": [
        "{S} [deployed] {num} troops to the border with {Tn}{when}.",
        "{S} {aux}[deployed] warships to the coast of {Tn}.",
        "{When}{S} [dispatched] a naval task force to {T}.",
        "{S} [reinforced] its positions on the border with {Tn}{when}.",
        "{S} {aux}[mobilized] reservists amid tensions with {T}.",
        "{S} [stationed] {num} troops near the border with {Tn}{when}.",
    ],
    "COERCE": [
        "{S} [arrested] {num} {Tdem} nationals{when} on suspicion of {crime}.",
        "{S} {aux}[detained] a {Tdem} journalist accused of {crime}.",
        "{When}{S} [seized] a {Tdem} cargo ship in {sea}.",
        "{S} [deported] {num} {Tdem} citizens{when}.",
        "{S} {aux}[confiscated] assets belonging to {Tdem} companies.",
        "{S} [jailed] a {Tdem} national{when} for {years} years on charges of {crime}.",
        "{When}{S} [detained] {num} {Tdem} fishermen near {place}.",
    ],
    "ASSAULT": [
        "S~country: {Sdem} warplanes [struck] {Tdem} positions near {place}{when}, killing {num} people.",
        "{Smil} [attacked] {Tdem} positions in {place}{when}.",
        "{When}{S} [launched an attack] on {Tdem} forces near {place}.",
        "S~country: {Smil} [shot down/shot down] a {Tdem} drone{when} near {place}.",
        "S~country: {When}{Sdem} artillery [shelled] {Tdem} border posts near {place}.",
        "{Smil} [killed] {num} {Tdem} soldiers in {place}{when}.",
        "S~country: {Sdem} drones [bombed] {Tdem} military targets in {place}{when}.",
        "{S} [carried out airstrikes] on {Tdem} positions{when}.",
        "{When}{S} [attacked] {T} with rockets and drones.",
        "{S} [launched a military operation]{when} against {Tdem} forces in {place}.",
    ],
}

# Quotes: a direct quote {q}, reported speech {rq}, speaker {S} or {he}, cue <...>.
QUOTE_TEMPLATES = [
    "\u201c{q},\u201d {S} <said>{when}.",
    "\u201c{q},\u201d {S} <told> reporters in {city}{when}.",
    "\u201c{q},\u201d {he} <said>.",
    "\u201c{q},\u201d {he} <added>.",
    "{S} <said>{when}: \u201c{q}.\u201d",
    "\u201c{q},\u201d {S} <told> {outlet}{when}.",
    "\u201c{q},\u201d {S} <wrote> on social media{when}.",
    "{S} <added>: \u201c{q}.\u201d",
    "Speaking at {venue}, {S} <said>: \u201c{q}.\u201d",
    "\u201c{q},\u201d {S} <said> in a statement{when}.",
    "{S} <said>{when} that {rq}.",
    "{S} <told> reporters{when} that {rq}.",
    "<According to> {S}, {rq}.",
    "{rq}, {S} <said>{when}.",
    "{S} <insisted> that {rq}.",
    "{S} <announced>{when} that {rq}.",
    "{S} <stressed> that {rq}.",
    "{rq}, {he} <said>.",
    "{S} <told> {outlet}{when} that {rq}.",
]

DIRECT_QUOTES = [
    "We will not allow anyone to threaten our security",
    "Our position on {topic} has not changed",
    "We are ready to work with {T} on {topic}",
    "This is an important step for the whole region",
    "The talks were constructive and we agreed to meet again soon",
    "There can be no military solution to this conflict",
    "We expect our partners to keep their promises",
    "Nobody should doubt our determination to defend our interests",
    "We have made it clear that {topic} is not up for negotiation",
    "Dialogue is the only way forward",
    "We hope that common sense will prevail",
    "This decision was not taken lightly",
    "Our doors remain open for dialogue with {T}",
    "We will respond to any provocation",
    "The situation on the ground remains extremely difficult",
    "We cannot accept unilateral steps that undermine stability",
    "There is still a lot of work to be done on {topic}",
    "Our relations with {T} are based on mutual respect",
    "We are deeply concerned about the humanitarian situation",
    "I think we have found a good basis for further work",
    "It is time for {T} to take responsibility for its actions",
    "We will continue to support the people of {T}",
    "These accusations are baseless and politically motivated",
    "Nobody wins from an escalation",
    "We are not going to give up our rights",
    "The ball is now in their court",
]

REPORTED_SPEECH = [
    "the government was ready to resume talks with {T}",
    "the two countries had agreed to expand cooperation on {topic}",
    "{T} must take responsibility for {charge}",
    "there would be no concessions on {topic}",
    "the talks had been constructive but difficult",
    "sanctions against {T} would remain in place until {condition3}",
    "the government would not recognise the results of the vote",
    "a delegation would travel to {city} next week to continue the talks",
    "the country would respond to any attack on its territory",
    "both sides wanted to avoid a further escalation",
    "{T} had failed to honour its commitments on {topic}",
    "the agreement on {topic} would be signed within weeks",
    "the border would stay closed until further notice",
    "the government had no plans to withdraw its troops",
    "the dispute over {topic} could only be settled by diplomacy",
    "humanitarian corridors would open in the coming days",
]

FRAGMENTS = ["a stab in the back", "an act of aggression", "a dangerous provocation",
             "a gross violation of international law", "unacceptable and irresponsible",
             "a step in the wrong direction", "a blatant lie", "state terrorism",
             "a flagrant breach of the ceasefire", "a threat to regional peace"]

# Background sentences: actors, numbers and time expressions, but no event and no speech.
FILLERS = [
    "Relations between {A} and {B} have been strained for years.",
    "{A} and {B} are important trading partners, with bilateral trade worth about {money} a year.",
    "The two countries have been at odds over {topic} since {year_past}.",
    "The {Adem} foreign ministry did not immediately respond to a request for comment.",
    "It was not immediately clear whether the two sides would meet again before the end of the year.",
    "The dispute has weighed on the {Adem} economy, which is already struggling with high inflation.",
    "{B} has long been one of {A's} closest partners in the region.",
    "The region has seen a sharp rise in violence in recent months.",
    "Both countries are members of {O}.",
    "More than {num} people have been killed in the fighting since {year_past}.",
    "The {Bdem} economy has been hit hard by the crisis.",
    "{C} has also been drawn into the dispute.",
    "The next round of negotiations is expected to take place in {city}.",
    "Tensions between the two neighbours have risen sharply since {year_past}.",
    "The issue of {topic} has long been a source of friction between {A} and {B}.",
    "Markets in {Acap} fell sharply on the news.",
]

HEADLINES: dict[str, list[str]] = {
    "AGREE": ["{Shl}, {Thl} agree to {joint_action}", "{Shl} and {Thl} sign deal on {topic_hl}",
              "{Shl} pledges to work with {Thl} on {topic_hl}"],
    "CONSULT": ["{Shl}, {Thl} hold talks on {topic_hl}", "{Shl} meets {Thl} in {city}",
                "{Shl} and {Thl} discuss {topic_hl}"],
    "SUPPORT": ["{Shl} backs {Thl} in row over {topic_hl}", "{Shl} welcomes {Tdem} decision on {topic_hl}"],
    "CONCEDE": ["{Shl} eases curbs on {Thl} after months of tension", "{Shl} frees {Tdem} detainees"],
    "COOPERATE": ["{Shl} and {Thl} step up cooperation on {topic_hl}", "{Shl}, {Thl} restore ties"],
    "AID": ["{Shl} sends aid to {Thl}", "{Shl} pledges help for {Thl} after {disaster_hl}"],
    "RETREAT": ["{Shl} pulls troops back from {Tdem} border", "{Shl} withdraws envoy from {Thl}"],
    "REQUEST": ["{Shl} urges {Thl} to {demand}", "{Shl} calls for talks with {Thl}"],
    "ACCUSE": ["{Shl} accuses {Thl} of {charge}", "{Shl} slams {Thl} over {topic_hl}"],
    "REJECT": ["{Shl} rejects {Tdem} proposal on {topic_hl}", "{Shl} dismisses {Tdem} claims",
               "{Shl} rebuffs {Thl} over {topic_hl}"],
    "THREATEN": ["{Shl} warns {Thl} of {consequence}", "{Shl} threatens {Thl} with {threat_obj}"],
    "PROTEST": ["{Shl} protests {Tdem} move on {topic_hl}", "{Shl} lodges protest with {Thl}"],
    "SANCTION": ["{Shl} imposes sanctions on {Thl}", "{Shl} steps up pressure on {Thl} over {topic_hl}"],
    "MOBILIZE": ["{Shl} sends troops to {Tdem} border", "{Shl} deploys warships near {Thl}"],
    "COERCE": ["{Shl} detains {Tdem} nationals", "{Shl} cracks down on {Tdem} citizens"],
    "ASSAULT": ["{Shl} strikes {Tdem} targets near {place}", "{Shl} launches offensive against {Thl}"],
}
STANDFIRSTS = [
    "The move is likely to deepen the rift between the two countries",
    "Officials say talks on {topic} will continue",
    "Analysis: what the dispute over {topic} means for the region",
    "{Ahl} and {Bhl} remain divided over {topic_hl}",
]

FILLS: dict[str, list[str]] = {
    "topic": ["the gas pipeline", "border security", "the refugee crisis", "grain exports",
              "the nuclear programme", "trade tariffs", "the ceasefire in the north", "energy cooperation",
              "visa-free travel", "the disputed islands", "a prisoner exchange", "counter-terrorism cooperation",
              "water rights", "fishing rights", "the peace process", "arms sales", "cyber security",
              "migration", "airspace violations", "the detained journalists", "oil exports",
              "the election results", "the naval blockade", "debt relief", "the new railway line",
              "the civil war", "the rights of minorities", "the frozen assets", "nuclear inspections",
              "the hostage crisis", "the oil price cap", "tourism", "the military base"],
    "topic_hl": ["gas pipeline", "border security", "refugees", "grain exports", "nuclear programme",
                 "tariffs", "ceasefire", "energy", "visas", "disputed islands", "prisoner swap",
                 "terrorism", "water rights", "peace process", "arms sales", "cyber attacks",
                 "migration", "airspace", "oil exports", "election", "debt", "tourism"],
    "joint_action": ["restore direct flights", "expand trade", "hold joint military exercises",
                     "set up a working group on {topic}", "exchange prisoners", "reopen border crossings",
                     "build a new gas pipeline", "fight terrorism together", "resume grain shipments",
                     "cut tariffs on farm goods", "share intelligence on militant groups"],
    "proposal": ["ceasefire", "peace plan", "new round of talks", "prisoner swap", "trade deal",
                 "joint commission", "buffer zone"],
    "treaty": ["2015 accord", "bilateral treaty", "defence pact", "nuclear deal", "trade agreement",
               "peace agreement", "friendship treaty"],
    "promise": ["reopen the airspace", "cut tariffs on steel", "release detained sailors",
                "withdraw heavy weapons from the front line", "resume gas deliveries",
                "allow aid convoys through", "restore diplomatic ties"],
    "venue": ["a regional security conference", "the UN General Assembly", "a summit in {city}",
              "an economic forum in {city}", "a NATO meeting", "the G20 summit",
              "a conference on {topic}"],
    "decision": ["release the detained sailors", "reopen the embassy", "join the peace talks",
                 "lift the travel ban", "hold early elections", "extend the ceasefire"],
    "bid": ["join the European Union", "host the next summit", "become a member of NATO",
            "win a seat on the UN Security Council", "lead the peacekeeping mission"],
    "praise_reason": ["the mediation in the peace talks", "hosting refugees", "the help after {disaster}",
                      "the mediation efforts", "the support during the crisis"],
    "disaster": ["the earthquake", "the floods", "the deadly bombing", "the wildfires",
                 "the plane crash", "the attack on its embassy", "the storm"],
    "disaster_hl": ["quake", "floods", "bombing", "wildfires", "storm"],
    "congrats": ["his election victory", "the national day", "the successful vote",
                 "the new government"],
    "ban_obj": ["food imports", "charter flights", "tourist travel", "steel imports",
                "agricultural products", "fish imports"],
    "detainees": ["sailors", "prisoners", "fishermen", "soldiers", "activists"],
    "coop_obj": ["their efforts against militant groups", "relief operations", "border patrols",
                 "their positions ahead of the summit", "a joint response to the crisis"],
    "weapon": ["an air defence system", "fighter jets", "drones", "armoured vehicles",
               "two frigates", "helicopters"],
    "goods": ["wheat", "liquefied natural gas", "steel", "crude oil", "fertiliser", "tomatoes",
              "timber", "coal", "cotton", "rare earths"],
    "money": ["$2 billion", "$500 million", "$12 billion", "$40 billion", "about $1 billion",
              "$300 million"],
    "aid_obj": ["food and medical supplies", "tents and blankets", "$50 million in emergency aid",
                "field hospitals", "drinking water", "fuel for generators", "vaccines"],
    "help_action": ["rebuild schools", "restore power", "repair the damaged port",
                    "clear landmines", "evacuate civilians"],
    "assist_obj": ["the search for survivors", "the evacuation of civilians", "rebuilding the port",
                   "demining the border area"],
    "place": ["the border area", "the northern city", "the disputed region", "the port city",
              "the frontier town", "the coastal strip", "the mountain pass", "the oil fields"],
    "sea": ["the Black Sea", "the Gulf", "the Red Sea", "the Mediterranean", "the Strait of Hormuz",
            "the South China Sea", "the Baltic Sea"],
    "demand": ["withdraw troops from the border", "release the detained journalists", "stop the shelling",
               "return to the negotiating table", "open the border to aid convoys",
               "respect the ceasefire", "hand over the suspects", "reduce the military presence in the region",
               "explain the incident"],
    "request_obj": ["military assistance", "an explanation", "guarantees", "financial support",
                    "the extradition of two suspects", "access to the crash site"],
    "invitation": ["a summit in {city}", "join the peace talks", "a conference on {topic}",
                   "send observers to the vote"],
    "charge": ["violating the ceasefire", "supporting terrorists", "interfering in its internal affairs",
               "spreading disinformation", "provoking the crisis", "violating its airspace",
               "backing the rebels", "meddling in the election", "blocking aid deliveries",
               "harbouring fugitives", "cyber attacks on its banks"],
    "condemn_obj": ["military operation", "decision to close the border", "missile test",
                    "treatment of minorities", "arrest of opposition leaders", "naval exercises"],
    "blame_obj": ["the collapse of the talks", "the attack", "the rise in tensions",
                  "the failure of the ceasefire", "the humanitarian crisis"],
    "label": ["unacceptable", "a provocation", "illegal", "a violation of international law",
              "politically motivated"],
    "refusal": ["extradite the suspects to", "hand over the documents to", "sell arms to",
                "open the airspace to", "share data with"],
    "claim": ["behind the attack", "arming the rebels", "hiding the evidence",
              "violating the sanctions"],
    "accusation": ["accusations", "allegations", "claims"],
    "offer_obj": ["mediation", "financial help", "talks", "a prisoner exchange"],
    "plan": ["build a new military base", "expand its navy", "hold a referendum",
             "close the border", "raise tariffs", "annex the territory"],
    "threat": ["cut off gas supplies", "close the airspace", "expel the ambassador",
               "suspend the agreement", "respond militarily", "halt all trade"],
    "condition": ["did not withdraw its troops", "went ahead with the vote", "continued the shelling",
                  "refused to release the detainees", "crossed the border again"],
    "condition2": ["continued its military build-up", "went ahead with the test",
                   "did not stop the attacks"],
    "condition3": ["the troops had left", "the prisoners were released", "a ceasefire was agreed"],
    "warn_obj": ["any attack on its territory", "further provocations", "interfering in the election",
                 "sending troops across the border", "escalating the conflict"],
    "threat_obj": ["sanctions", "military action", "retaliation", "a trade embargo",
                   "the closure of the border"],
    "consequence": ["serious consequences", "a strong response", "retaliation", "new sanctions",
                    "a full-scale war"],
    "protest_obj": ["decision to build a dam", "naval exercises", "detention of its citizens",
                    "new border restrictions", "airspace violations"],
    "protest_obj2": ["the detention of its citizens", "the violation of its airspace",
                     "the closure of the border", "the missile test"],
    "suspend_obj": ["military cooperation", "talks", "direct flights", "trade", "visa-free travel"],
    "sanction_target": ["banks and energy companies", "senior officials", "its defence industry",
                        "oil exports", "state media"],
    "apology_reason": ["the downing of the plane", "the death of the pilot", "the insult to its flag",
                       "the border incident", "the remarks of its ambassador"],
    "crime": ["espionage", "smuggling", "terrorism", "illegal fishing", "money laundering"],
    "years": ["two", "three", "five", "ten", "15", "20"],
    "num": ["two", "three", "five", "seven", "12", "14", "20", "34", "dozens of", "hundreds of"],
}
# "{num} {Tdem} diplomats": "dozens of Turkish diplomats" reads, so does "12 Turkish diplomats".

# Site furniture for the files (never in a store's text: it is what tuiex's cleaner removes).
CHROME_TOP = ["Skip to main content", "Skip to navigation", "Accessibility links", "Breaking News",
              "Menu", "Search", "Subscribe", "Sign in", "World", "Europe", "Middle East",
              "Politics", "Home"]
CHROME_MIDDLE = ["Advertisement", "Share this article", "Share", "Tweet", "Read more",
                 "Continue reading below", "Advertisement", "Listen to this article"]
CHROME_FOOTER = ["Share this article", "Comments", "Related stories", "Most read",
                 "Follow us on Twitter", "All rights reserved.", "Back to top"]
JOURNALISTS = ["Jonathan Spicer", "Tuvan Gumrukcu", "Humeyra Pamuk", "Daren Butler",
               "Ece Toksabay", "Polina Devitt", "Maria Tsvetkova", "Andrew Osborn", "Parisa Hafezi",
               "Suleiman Al-Khalidi", "Laila Bassam", "John Irish", "Sabine Siebold", "Michelle Nichols",
               "David Brunnstrom", "Simon Lewis", "Anna Malpas", "Gulsen Solaker", "Can Sezer",
               "Tom Balmforth", "Pavel Polityuk", "Emma Farge", "Andrea Shalal", "Jeff Mason"]
# (agency as printed in a dateline, gazetteer name, style): style "wire" or "web".
OUTLETS = [("Reuters", "Reuters", "wire"), ("AFP", "AFP", "wire"), ("AP", "Associated Press", "wire"),
           ("AA", "Anadolu Agency", "wire"), ("TASS", "TASS", "wire"), ("Xinhua", "Xinhua", "wire"),
           ("dpa", "dpa", "wire"), ("EFE", "EFE", "wire"), ("ANSA", "ANSA", "wire"),
           ("Al Jazeera", "Al Jazeera", "web"), ("BBC", "BBC", "web"), ("DW", "Deutsche Welle", "web"),
           ("RFE/RL", "RFE/RL", "web"), ("The Guardian", "The Guardian", "web"),
           ("Daily Sabah", "Daily Sabah", "web"), ("Voice of America", "Voice of America", "web")]

# ------------------------------------------------------------------------------------------------
# The world: countries and organisations from the gazetteer, generated people.
# ------------------------------------------------------------------------------------------------

# How often a country is in the news, roughly; unlisted countries weigh 1.
PROMINENCE = {
    "USA": 100, "RUS": 80, "CHN": 70, "IRN": 45, "ISR": 45, "UKR": 40, "TUR": 40, "SYR": 40,
    "GBR": 40, "FRA": 35, "DEU": 35, "IND": 30, "IRQ": 30, "PAK": 25, "SAU": 25, "AFG": 25,
    "PRK": 25, "EGY": 20, "JPN": 20, "KOR": 20, "PSE": 20, "LBN": 15, "TWN": 12, "YEM": 12,
    "LBY": 12, "ITA": 12, "QAT": 10, "ARE": 10, "VEN": 10, "BRA": 10, "MEX": 10, "CAN": 10,
    "POL": 10, "ESP": 10, "AUS": 8, "BLR": 8, "AZE": 8, "SDN": 8, "ETH": 8, "NGA": 8, "ZAF": 8,
    "JOR": 8, "GRC": 8, "GEO": 6, "ARM": 6, "SOM": 6, "KEN": 6, "SRB": 6, "HUN": 6, "PHL": 6,
    "IDN": 6, "MMR": 6, "NLD": 6, "CYP": 5, "MLI": 5, "KAZ": 5, "VNM": 5, "BEL": 5, "SWE": 5,
    "FIN": 5, "XKX": 4, "THA": 4, "BGD": 4, "COL": 4, "CUB": 4, "DZA": 4, "MAR": 4, "TUN": 3,
    "KWT": 3, "OMN": 3, "BHR": 3, "NOR": 3, "AUT": 3, "CHE": 3, "ROU": 3, "BGR": 3, "MDA": 3,
    "LTU": 3, "LVA": 3, "EST": 3, "ARG": 3, "CHL": 3, "PER": 2, "NZL": 2, "SGP": 2, "MYS": 2,
}
NEEDS_THE = {"United States", "United Kingdom", "Netherlands", "Philippines", "Central African Republic",
             "Democratic Republic of the Congo", "Republic of the Congo", "Czech Republic",
             "Dominican Republic", "United Arab Emirates", "Bahamas", "Gambia", "Marshall Islands",
             "Solomon Islands", "Maldives", "Vatican", "Comoros", "Seychelles"}
HEADLINE_NAMES = {"United States": "US", "United Kingdom": "UK", "United Arab Emirates": "UAE",
                  "Democratic Republic of the Congo": "DR Congo", "European Union": "EU",
                  "United Nations": "UN"}
MEDIA = {o[1] for o in OUTLETS} | {"Reuters", "AFP", "Associated Press", "TASS", "RIA Novosti",
                                   "Interfax", "Sputnik", "RT", "NTV", "TRT", "Xinhua", "IRNA",
                                   "SANA", "KCNA", "Yonhap", "Kyodo", "BBC", "CNN", "Bloomberg"}
# Organisation names English uses without "the"; the rest take it ("the European Union").
NO_THE = re.compile(r"^(?:[A-Z0-9/&-]{2,}|al-.*|Amnesty International|Human Rights Watch|Médecins Sans "
                    r"Frontières|Greenpeace|Hamas|Hezbollah|Fatah|Likud|Fidesz|Boko Haram|Mossad|Shin Bet|"
                    r"Interpol|Frontex|Interfax|Sputnik|Xinhua|Tasnim|Anadolu Agency|Daily Sabah|Bloomberg|"
                    r"Al Jazeera|Al Arabiya|Kyodo|Yonhap|Haaretz|Ukrinform|Basij|Janjaweed|Tatmadaw|"
                    r"Reporters Without Borders|Peshmerga|Reuters|Bundeswehr)$")
PLURAL_ORGS = {"Houthis", "Taliban", "Grey Wolves", "Janjaweed", "Peshmerga"}
PLURAL_NAMES = {n for n in NEEDS_THE | PLURAL_ORGS if n.endswith("s")}

REGIONS = {
    "slavic": "RUS UKR BLR SRB BGR MKD MNE BIH HRV SVN SVK CZE POL",
    "turkic": "TUR AZE KAZ UZB TKM KGZ",
    "arabic": "SAU EGY SYR IRQ JOR LBN ARE QAT KWT BHR OMN YEM LBY TUN DZA MAR SDN PSE MRT ESH",
    "persian": "IRN AFG TJK",
    "chinese": "CHN TWN SGP",
    "japanese": "JPN",
    "korean": "KOR PRK",
    "south_asian": "IND PAK BGD NPL LKA BTN MDV",
    "english": "USA GBR CAN AUS NZL IRL",
    "german": "DEU AUT CHE LIE",
    "french": "FRA BEL LUX MCO",
    "hispanic": "ESP MEX COL VEN ARG CHL PER ECU BOL URY PRY CUB GTM HND NIC SLV CRI PAN DOM",
    "hebrew": "ISR",
    "african": "NGA KEN ETH SOM ZAF GHA SEN MLI NER TCD CMR COD COG UGA TZA RWA BDI ZWE ZMB MOZ AGO "
               "CIV BFA GIN SLE LBR TGO BEN GAB CAF SSD ERI DJI MWI NAM BWA LSO SWZ MDG GMB GNB",
}
# (male first names, female first names, surnames, family name first?)
NAMES = {
    "slavic": ("Sergei Dmitry Alexei Nikolai Andrei Mikhail Igor Oleg Yuri Viktor Pavel Vladislav Maxim "
               "Denis Ruslan Anatoly Boris Gennady Konstantin Roman",
               "Maria Elena Olga Natalia Irina Svetlana Tatiana Anna Yulia Ekaterina Valentina",
               "Ivanov Petrov Sokolov Volkov Morozov Kuznetsov Orlov Belov Pavlov Zaitsev Lebedev Kozlov "
               "Novikov Fedorov Mironov Gusev Titov Makarov Zakharov Vinogradov Kovalenko Bondarenko "
               "Tkachenko Melnyk Kravets Savchenko Lysenko Rudenko Marchenko", False),
    "turkic": ("Mehmet Ahmet Mustafa Ali Hasan Huseyin Ibrahim Murat Emre Kemal Omer Yusuf Selim Burak "
               "Hakan Serkan Levent Cengiz Tolga Erdem",
               "Ayse Fatma Zeynep Elif Emine Hatice Merve Esra Sevgi Ozlem Gulsen Derya",
               "Yilmaz Kaya Demir Sahin Celik Yildiz Ozturk Aydin Ozdemir Arslan Dogan Kilic Aslan "
               "Cetin Kara Koc Kurt Ozkan Simsek Polat Korkmaz Karaca Aksoy Tekin Gunes Bulut Uysal "
               "Bozkurt Erdem Kaplan", False),
    "arabic": ("Mohammed Ahmed Ali Omar Khalid Hassan Hussein Youssef Ibrahim Abdullah Faisal Tariq Samir "
               "Walid Nabil Karim Majid Adel Fahd Hamad",
               "Fatima Aisha Mariam Noura Layla Huda Rania Salma Amal Dalia Yasmin Samira",
               "al-Hashimi al-Masri Haddad Khalil Nasser Mansour al-Rashid Saleh Aziz Hamdan al-Khatib "
               "Qasim Farouk al-Amin Darwish Suleiman Abbas Jaber Nasr al-Tamimi Shaker Habib Karam "
               "Othman Bakr Rahman al-Zubaidi Yassin Hijazi", False),
    "persian": ("Mohammad Ali Reza Hossein Mehdi Hassan Javad Saeed Majid Abbas Hamid Amir Kamran "
                "Dariush Bahram",
                "Maryam Zahra Fatemeh Shirin Leila Parisa Nasrin Mahsa Roya",
                "Ahmadi Hosseini Mohammadi Karimi Rezaei Moradi Jafari Rahimi Kazemi Hashemi Sadeghi "
                "Mousavi Ghasemi Tehrani Shirazi Bagheri Nouri Salehi Amini Najafi", False),
    "chinese": ("Wei Jun Lei Ming Qiang Hao Jian Tao Bin Gang Yong Feng Liang Zhiqiang Jianguo",
                "Na Fang Jing Xiu Ying Hong Yan Mei Ling Xiaoling",
                "Wang Li Zhang Liu Chen Yang Huang Zhao Zhou Wu Xu Sun Ma Zhu Hu Guo He Lin Gao Luo", True),
    "japanese": ("Hiroshi Takeshi Kenji Yoshihiko Shinji Taro Koichi Makoto Daisuke Akira",
                 "Yoko Keiko Naoko Yuko Tomoko Haruka",
                 "Sato Suzuki Takahashi Tanaka Watanabe Ito Yamamoto Nakamura Kobayashi Kato Yoshida "
                 "Yamada Sasaki Matsumoto Inoue Kimura", False),
    "korean": ("Min-jun Seo-jun Do-hyun Ji-ho Jae-won Sung-ho Young-chul Hyun-woo Dong-hoon",
               "Ji-yeon Soo-jin Min-ji Eun-ji Hye-jin",
               "Kim Lee Park Choi Jung Kang Cho Yoon Jang Lim Han Oh Seo Shin Kwon", True),
    "south_asian": ("Rajesh Amit Sanjay Vikram Rahul Arjun Imran Asif Shahid Nawaz Tariq Anil Sunil Ravi "
                    "Ashok",
                    "Priya Sunita Anjali Nisha Ayesha Sana Kavita Meera",
                    "Sharma Singh Patel Kumar Gupta Reddy Verma Mehta Rao Chaudhry Khan Qureshi Malik "
                    "Hussain Butt Akhtar Iqbal Siddiqui Das Bose", False),
    "english": ("John James Michael David Robert William Richard Thomas Mark Steven Paul Andrew Kevin "
                "Brian George Peter",
                "Mary Sarah Jennifer Elizabeth Susan Karen Laura Emily Rachel Catherine Helen Anne",
                "Smith Johnson Williams Brown Jones Miller Davis Wilson Anderson Taylor Moore Jackson "
                "Thompson White Harris Clark Lewis Walker Hall Young Allen Wright Scott Baker Carter "
                "Mitchell Turner Phillips Campbell Parker Evans Edwards Collins Stewart Morris Murphy "
                "Cook Rogers Reed Bell", False),
    "german": ("Thomas Michael Andreas Stefan Klaus Jürgen Wolfgang Frank Markus Martin Peter Dieter "
               "Uwe Jens",
               "Sabine Petra Claudia Monika Susanne Katrin Anja Ursula Birgit Heike",
               "Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann Koch "
               "Richter Klein Wolf Schröder Neumann Schwarz Zimmermann Braun Krüger Hartmann Lange "
               "Werner Krause", False),
    "french": ("Jean Pierre Michel Philippe Alain Nicolas Laurent François Olivier Christophe Éric Thierry",
               "Marie Nathalie Isabelle Sylvie Catherine Sophie Valérie Christine Céline Aurélie",
               "Martin Bernard Dubois Thomas Robert Richard Petit Durand Leroy Moreau Simon Lefebvre "
               "Michel Garcia David Bertrand Roux Vincent Fournier Morel Girard Bonnet Dupont Lambert "
               "Fontaine Rousseau", False),
    "hispanic": ("José Juan Carlos Luis Jorge Miguel Alejandro Fernando Ricardo Eduardo Andrés Diego "
                 "Pablo Raúl",
                 "María Ana Carmen Laura Lucía Gabriela Patricia Claudia Isabel Rosa",
                 "García Rodríguez Martínez López González Pérez Sánchez Ramírez Torres Flores Rivera "
                 "Gómez Díaz Morales Ortiz Castillo Romero Herrera Medina Vargas Castro Ruiz Mendoza "
                 "Silva Rojas", False),
    "hebrew": ("David Yosef Moshe Avi Yaakov Daniel Eitan Amir Yoav Itai Ronen Gideon",
               "Sarah Rivka Tamar Noa Yael Michal Shira Orly",
               "Cohen Levi Mizrahi Peretz Biton Friedman Katz Shapiro Ben-David Avraham Dahan Azoulay "
               "Goldberg Rosen Baruch", False),
    "african": ("Kwame Kofi Emmanuel Samuel Joseph Daniel Moses Abdoulaye Ibrahima Mamadou Chinedu "
                "Oluwaseun Tendai Thabo Jean-Baptiste",
                "Amina Grace Fatou Aminata Ngozi Chiamaka Wanjiru Thandiwe Nadia Esther",
                "Mensah Okafor Diallo Traoré Kamara Ndlovu Mwangi Otieno Banda Phiri Nkosi Abubakar "
                "Bello Keita Coulibaly Sow Ouédraogo Kaboré Osei Boateng Adeyemi Mutua Kiplagat Moyo",
                False),
    "other": ("Marco Luca Giorgos Nikos Piotr Tomasz Jan Lars Erik Janos Mihai Andrei Pedro João Ivan "
              "Milan Minh Anh Somchai Ramon",
              "Giulia Elena Anna Katarzyna Maria Eva Ingrid Sofia Ioana Ana Linh Maria",
              "Rossi Bianchi Papadopoulos Nowak Kowalski Jensen Nielsen Hansen Johansson Andersson "
              "Nagy Kovacs Popescu Ionescu Silva Santos Novak Horvat Dimitrov Ferrari Costa Petrovic "
              "Jovanovic Larsen Nguyen Tran Reyes Cruz Wijaya Tan", False),
}
# (role as stored, how news writes it before a name, weight); the first four every country has.
ROLES = [("President", "President", 0), ("Prime Minister", "Prime Minister", 0),
         ("Foreign Minister", "Foreign Minister", 0), ("Defense Minister", "Defense Minister", 0),
         ("Foreign Minister", "Foreign Minister", 6), ("Defense Minister", "Defense Minister", 4),
         ("Interior Minister", "Interior Minister", 3), ("Finance Minister", "Finance Minister", 3),
         ("Trade Minister", "Trade Minister", 2), ("Energy Minister", "Energy Minister", 2),
         ("Deputy Foreign Minister", "Deputy Foreign Minister", 3), ("President", "President", 3),
         ("Prime Minister", "Prime Minister", 3), ("ambassador", "ambassador", 4),
         ("spokesman", "government spokesman", 5), ("envoy", "special envoy", 2),
         ("opposition leader", "opposition leader", 2), ("General", "General", 2),
         ("National Security Adviser", "National Security Adviser", 1), ("lawmaker", "lawmaker", 2)]


@dataclass(eq=False)
class Actor:
    id: int
    type: str                   # country | organization | group | person
    name: str                   # canonical name, as the store shows it
    country: str | None         # ISO3
    role: str | None = None
    the: bool = False           # "the United States"
    dem: str = ""               # demonym adjective (countries, groups: their name)
    cap: str = ""               # capital
    later: str = ""             # how a later mention names it: surname, acronym
    hl: str = ""                # headline form
    plural: bool = False
    title: str = ""             # person: role as written before the name
    gender: str = "m"
    nation: Actor | None = None  # person: their country


class World:
    """Everything an article can name, the same for a given seed whatever the article count."""

    N_PEOPLE = 6000

    def __init__(self, seed: int):
        gz = json.loads(GAZETTEER.read_text(encoding="utf-8"))
        rng = random.Random(f"world:{seed}")
        self.actors: list[Actor] = []
        self.countries: list[Actor] = []
        for c in gz["countries"]:
            caps = [x for x in c["capitals"] if x.isascii()] or c["capitals"] or ["Victoria"]
            dem = (c["demonyms"] or [c["name"]])[0]
            a = self._add(Actor(0, "country", c["name"], c["iso3"], the=c["name"] in NEEDS_THE, dem=dem,
                                cap=caps[0], later=c["name"], hl=HEADLINE_NAMES.get(c["name"], c["name"])))
            self.countries.append(a)
        self.country_weights = [PROMINENCE.get(c.country, 1) for c in self.countries]
        self.country_cum = _cumulative(self.country_weights)

        self.orgs: list[Actor] = []          # organisations and groups that act in stories
        self.media: dict[str, Actor] = {}
        for o in gz["organizations"]:
            acronyms = [x for x in o["aliases"] if x.isupper() and 2 <= len(x) <= 5 and x.isalpha()]
            short = HEADLINE_NAMES.get(o["name"], acronyms[0] if acronyms else o["name"])
            a = Actor(0, o["type"], o["name"], o.get("country"), the=not NO_THE.match(o["name"]),
                      dem=o["name"], later=short, hl=short, plural=o["name"] in PLURAL_ORGS)
            if o["name"] in MEDIA:
                a.the = a.name in {"Associated Press", "BBC"}
                self.media[o["name"]] = self._add(a)
            else:
                self.orgs.append(self._add(a))
        self.orgs_by_country: dict[str | None, list[Actor]] = {}
        for o in self.orgs:
            self.orgs_by_country.setdefault(o.country, []).append(o)

        region_of = {iso: r for r, isos in REGIONS.items() for iso in isos.split()}
        pools = {r: (m.split(), f.split(), s.split(), fam) for r, (m, f, s, fam) in NAMES.items()}
        total = sum(self.country_weights)
        spare = self.N_PEOPLE - 4 * len(self.countries)
        role_cum = _cumulative([w for *_, w in ROLES[4:]])
        self.people: dict[int, list[Actor]] = {}      # country actor id -> its people, most prominent first
        seen_names: set[str] = set()
        for c, w in zip(self.countries, self.country_weights):
            males, females, surnames, family_first = pools[region_of.get(c.country, "other")]
            people = []
            for k in range(4 + round(spare * w / total)):
                role = ROLES[k] if k < 4 else _pick(rng, ROLES[4:], role_cum)
                for _ in range(20):               # a name nobody else in the world has
                    gender = "f" if rng.random() < 0.2 else "m"
                    first = rng.choice(females if gender == "f" else males)
                    last = rng.choice(surnames)
                    if gender == "f" and c.country in {"RUS", "BLR", "BGR"} and last[-2:] in ("ov", "ev", "in"):
                        last += "a"
                    full = f"{last} {first}" if family_first else f"{first} {last}"
                    if full not in seen_names:
                        break
                seen_names.add(full)
                stored, title, _ = role
                if stored == "spokesman" and gender == "f":
                    stored, title = "spokeswoman", "government spokeswoman"
                people.append(self._add(Actor(0, "person", full, c.country, role=stored, later=last,
                                              hl=last, title=title, gender=gender, nation=c)))
            self.people[c.id] = people
        self.people_cum = {cid: _cumulative([1 / (k + 1) ** 0.7 for k in range(len(p))])
                           for cid, p in self.people.items()}

    def _add(self, actor: Actor) -> Actor:
        self.actors.append(actor)
        actor.id = len(self.actors)
        return actor

    def country(self, rng: random.Random, avoid: tuple[Actor, ...] = ()) -> Actor:
        while True:
            c = _pick(rng, self.countries, self.country_cum)
            if c not in avoid:
                return c

    def person(self, rng: random.Random, country: Actor) -> Actor:
        return _pick(rng, self.people[country.id], self.people_cum[country.id])

    def org(self, rng: random.Random, countries: tuple[Actor, ...]) -> Actor:
        local = [o for c in countries for o in self.orgs_by_country.get(c.country, [])]
        if local and rng.random() < 0.5:
            return rng.choice(local)
        return rng.choice(self.orgs_by_country[None])


def _pick(rng: random.Random, items: list, cum: list[float]):
    """rng.choices(items, cum_weights=cum)[0], several times faster."""
    return items[bisect.bisect(cum, rng.random() * cum[-1])]


def _cumulative(weights) -> list[float]:
    out, total = [], 0.0
    for w in weights:
        total += w
        out.append(total)
    return out


# ------------------------------------------------------------------------------------------------
# Dates: a phrase relative to the article's date, and the date tuiex resolves it to
# (tuiex.ingest.dates.resolve; the tests check that the two agree).
# ------------------------------------------------------------------------------------------------

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December")
FIRST_DAY, LAST_DAY = date(2005, 1, 1), date(2024, 12, 31)


def _iso(d: date) -> str:
    return f"{d.year:04d}-{d.month:02d}-{d.day:02d}"


def _covering(a: date, b: date) -> str:
    """The most specific partial date holding a..b, as tuiex.ingest.dates.covering gives it."""
    if a == b:
        return _iso(a)
    if (a.year, a.month) == (b.year, b.month):
        return f"{b.year:04d}-{b.month:02d}"
    return f"{b.year:04d}"


def _month_back(d: date, k: int) -> tuple[int, int]:
    m = d.month - 1 - k
    return d.year + m // 12, m % 12 + 1


def _day_text(d: date, british: bool, year: bool = False) -> str:
    core = f"{d.day} {MONTHS[d.month - 1]}" if british else f"{MONTHS[d.month - 1]} {d.day}"
    if year:
        core += f" {d.year}" if british else f", {d.year}"
    return core


def date_phrase(rng: random.Random, pub: date, precision: str, british: bool) -> tuple[str, str]:
    """("on Friday", "2018-03-02"): a time expression for something before `pub` at about the
    given precision ("day", "month" or "year"), and the ISO date it resolves to."""
    r = rng.random()
    if precision == "day":
        if r < 0.40:
            d = pub - timedelta(rng.randint(0, 6))
            return f"on {WEEKDAYS[d.weekday()]}", _iso(d)
        if r < 0.45:
            d = pub - timedelta(rng.randint(1, 7))
            return f"last {WEEKDAYS[d.weekday()]}", _iso(d)
        if r < 0.50:
            return "yesterday", _iso(pub - timedelta(1))
        if r < 0.92:
            d = pub - timedelta(rng.randint(0, 45))
            return f"on {_day_text(d, british)}", _iso(d)
        d = pub - timedelta(rng.randint(30, 2500))
        return f"on {_day_text(d, british, year=True)}", _iso(d)
    if precision == "month":
        if r < 0.35:
            y, m = _month_back(pub, rng.randint(0, 9))
            early = rng.choice(("", "", "", "early ", "late "))
            return f"in {early}{MONTHS[m - 1]}", f"{y:04d}-{m:02d}"
        if r < 0.55:
            y, m = _month_back(pub, 1)
            return "last month", f"{y:04d}-{m:02d}"
        if r < 0.68:
            first = pub.replace(day=1)
            return "earlier this month", _covering(first, max(first, pub - timedelta(1)))
        if r < 0.83:
            y, m = _month_back(pub, rng.randint(12, 120))
            return f"in {MONTHS[m - 1]} {y}", f"{y:04d}-{m:02d}"
        monday = pub - timedelta(pub.weekday() + 7)
        return "last week", _covering(monday, monday + timedelta(6))
    if r < 0.40:
        return "last year", f"{pub.year - 1:04d}"
    if r < 0.80:
        y = pub.year - rng.randint(1, 12)
        return f"in {y}", f"{y:04d}"
    first = date(pub.year, 1, 1)
    return "earlier this year", _covering(first, max(first, pub - timedelta(1)))


# ------------------------------------------------------------------------------------------------
# Templates compiled to ops, and the writer that renders them with spans.
# ------------------------------------------------------------------------------------------------

(LIT, ACT, TRIG, CUE, WHEN, WHEN_CAP, AUX, QUOTE, RQUOTE, FRAG, HE, FILL, CITY, OUTLET,
 YEAR_PAST) = range(15)
_SPECIAL = {"when": WHEN, "When": WHEN_CAP, "aux": AUX, "q": QUOTE, "rq": RQUOTE, "qf": FRAG,
            "he": HE, "city": CITY, "outlet": OUTLET, "year_past": YEAR_PAST}
_TOKEN = re.compile(r"\{[^{}]+\}|\[[^\[\]]+\]|<[^<>]+>")
_ACTOR_SLOT = re.compile(r"([STABCO])(|'s|n|dem|mil|cap|hl)")
_KIND_PREFIX = re.compile(r"([ST])~(country|state): ")
_KINDS = {"country": {"country"}, "state": {"country", "organization", "group"}}


@dataclass
class Template:
    ops: tuple                   # with curly quotation marks
    ops_straight: tuple          # the same with straight ones
    needs: dict[str, set[str]]   # role -> forms used ({"S": {"", "dem"}})
    speaker_he: bool = False     # the quote is the last person's ("he said")
    type: str | None = None      # PLOVER type, for event templates
    kinds: dict[str, set[str]] = field(default_factory=dict)  # "T~state: ...": T is no person
    has_aux: bool = False        # can be put in the perfect tense (undated)

    @property
    def requires(self) -> tuple[frozenset, frozenset]:
        """The actor types the template's source and target can have: those of its PLOVER type,
        its "T~state:" marks and the forms it writes them in (a capital needs a country)."""
        return self._requires

    def __post_init__(self) -> None:
        self._requires = tuple(frozenset(allowed.get(self.type, _ALL) & self.kinds.get(role, _ALL)
                                         & form_types(self.needs.get(role, set())))
                               for role, allowed in (("S", SOURCE_TYPES), ("T", TARGET_TYPES)))


def form_types(forms: set[str]) -> set[str]:
    """Actor types that can be written in all these forms ({"cap"}: countries only)."""
    if "cap" in forms:
        return {"country"}
    return {"country", "group"} if forms & {"dem", "mil"} else _ALL


def compile_template(src: str, type_: str | None = None) -> Template:
    kinds = {}
    while m := _KIND_PREFIX.match(src):
        kinds[m[1]] = _KINDS[m[2]]
        src = src[m.end():]
    def ops_of(text: str) -> tuple:
        ops, pos = [], 0
        for m in _TOKEN.finditer(text):
            if m.start() > pos:
                ops.append((LIT, text[pos:m.start()]))
            tok, pos = m.group(), m.end()
            if tok[0] == "[":
                past, _, participle = tok[1:-1].partition("/")
                ops.append((TRIG, past, participle or past))
            elif tok[0] == "<":
                ops.append((CUE, tok[1:-1]))
            elif a := _ACTOR_SLOT.fullmatch(tok[1:-1]):
                ops.append((ACT, a[1], a[2]))
            elif tok[1:-1] in _SPECIAL:
                ops.append((_SPECIAL[tok[1:-1]],))
            elif tok[1:-1] in FILLS:
                ops.append((FILL, tok[1:-1]))
            else:
                raise ValueError(f"unknown slot {tok} in {text!r}")
        if pos < len(text):
            ops.append((LIT, text[pos:]))
        # an appositive ("Russia's foreign minister, Sergei Ivanov,") fits a subject before a verb
        out = []
        for i, op in enumerate(ops):
            if op[0] == ACT and op[1] == "S" and op[2] == "":
                nxt = ops[i + 1] if i + 1 < len(ops) else None
                appos = bool(nxt and nxt[0] == LIT and re.match(r" (?:[a-z]|$)", nxt[1]) and
                             (len(nxt[1]) > 1 or (i + 2 < len(ops) and ops[i + 2][0] in (TRIG, AUX, CUE))))
                op = (ACT, "S", "", appos)
            out.append(op)
        return tuple(out)

    needs: dict[str, set[str]] = {}
    for m in _TOKEN.finditer(src):
        if a := _ACTOR_SLOT.fullmatch(m.group()[1:-1]):
            needs.setdefault(a[1], set()).add(a[2])
    straight = src.replace("\u201c", '"').replace("\u201d", '"')
    return Template(ops_of(src), ops_of(straight), needs, "{he}" in src, type_, kinds, "{aux}" in src)


EVENT_TPL = {t: [compile_template(s, t) for s in TEMPLATES[t]] for t in TYPES}
QUOTE_TPL = [compile_template(s) for s in QUOTE_TEMPLATES]
FILLER_TPL = [compile_template(s) for s in FILLERS]
HEADLINE_TPL = {t: [compile_template(s) for s in HEADLINES[t]] for t in TYPES}
STANDFIRST_TPL = [compile_template(s) for s in STANDFIRSTS]
DIRECT_TPL = [compile_template(s) for s in DIRECT_QUOTES]
REPORTED_TPL = [compile_template(s) for s in REPORTED_SPEECH]
FRAGMENT_TPL = [compile_template(s) for s in FRAGMENTS]
FILL_TPL = {k: [compile_template(v) for v in vs] for k, vs in FILLS.items()}


@dataclass
class Sent:
    """One rendered sentence and what is in it, offsets relative to the sentence."""
    text: str
    mentions: list      # (actor, start, end)
    events: list        # (type, source, target, trigger_start, trigger_end, date)
    quotes: list        # (speaker, start, end, direct, cue, date)


class Writer:
    """Renders templates for one article, remembering who has been named (in full the first time,
    by surname or acronym afterwards), the last person named ("he said") and the last date named
    (what an undated past-tense sentence inherits, as tuiex's dating does)."""

    def __init__(self, rng: random.Random, world: World, cast: dict[str, Actor], pub: date | None,
                 curly: bool, british: bool):
        self.rng, self.world, self.cast, self.pub = rng, world, cast, pub
        self.curly, self.british = curly, british
        self.apos = "\u2019" if curly and rng.random() < 0.5 else "'"
        self.named: set[int] = set()
        self.last_person: Actor | None = None
        self.discourse: str | None = _iso(pub) if pub else None

    # -- one sentence --------------------------------------------------------------------------

    def sentence(self, tpl: Template, roles: dict[str, Actor], plan: tuple | None = None,
                 speaker: Actor | None = None, headline: bool = False) -> Sent:
        """Render `tpl` with `roles` (S, T, ...). `plan` dates the event: ("phrase", text, iso),
        ("inherit",) or ("undated",); `speaker` owns the quotes (default: S)."""
        self.parts: list[str] = []
        self._put = self.parts.append       # spans are recorded as indexes into parts for now
        self.roles = roles
        self.plan = plan or ("inherit",)
        self.mentions: list = []
        self.quote_spans: list = []
        self.trigger = None
        self.cue = None
        self.phrase_iso = None
        self.perfect = False
        self._emit(tpl.ops if self.curly else tpl.ops_straight)
        parts = self.parts
        text = "".join(parts)
        if text[:1].islower():
            text = text[0].upper() + text[1:]
        at = list(accumulate(map(len, parts), initial=0))      # part index -> offset
        mentions = [(actor, at[i], at[j]) for actor, i, j in self.mentions]
        if headline:
            return Sent(text, mentions, [], [])
        if self.phrase_iso:
            self.discourse = self.phrase_iso
        date_ = self.phrase_iso or (None if self.plan[0] == "undated" else self.discourse)
        events = []
        if tpl.type and self.trigger:
            target = roles.get("T") if "T" in tpl.needs else None
            events.append((tpl.type, roles["S"], target, at[self.trigger], at[self.trigger + 1], date_))
        who = speaker or roles.get("S")
        quote_date = self.phrase_iso or self.discourse
        quotes = [(who, at[i], at[j], direct, self.cue, quote_date) for i, j, direct in self.quote_spans]
        if who is not None and who.type == "person":
            self.last_person = who
        return Sent(text, mentions, events, quotes)

    def _emit(self, ops: tuple) -> None:
        rng = self.rng
        for op in ops:
            kind = op[0]
            if kind == LIT:
                self._put(op[1])
            elif kind == ACT:
                self._actor(self.roles[op[1]], op[2], len(op) > 3 and op[3])
            elif kind == FILL:
                self._emit(rng.choice(FILL_TPL[op[1]]).ops)
            elif kind == TRIG:
                self.trigger = len(self.parts)
                self._put(op[2] if self.perfect else op[1])
            elif kind == WHEN or kind == WHEN_CAP:
                if self.plan[0] == "phrase" and self.phrase_iso is None:
                    text = self.plan[1]
                    self._put(" " + text if kind == WHEN else text[0].upper() + text[1:] + ", ")
                    self.phrase_iso = self.plan[2]
            elif kind == AUX:
                if self.plan[0] == "undated":
                    self._put("have " if self.roles["S"].plural else "has ")
                    self.perfect = True
            elif kind == CUE:
                self._put(op[1])
                self.cue = op[1]
            elif kind == QUOTE or kind == RQUOTE or kind == FRAG:
                pool = DIRECT_TPL if kind == QUOTE else REPORTED_TPL if kind == RQUOTE else FRAGMENT_TPL
                start = len(self.parts)
                self._emit(rng.choice(pool).ops)
                self.quote_spans.append((start, len(self.parts), kind != RQUOTE))
            elif kind == HE:
                self._put("she" if self.last_person and self.last_person.gender == "f" else "he")
            elif kind == CITY:
                country = rng.choice((self.cast["A"], self.cast["A"], self.cast["B"]))
                self._mention(country, country.cap)
            elif kind == OUTLET:
                org = self.world.media[rng.choice(("Reuters", "AFP", "Associated Press", "Anadolu Agency",
                                                   "TASS", "Al Jazeera", "BBC", "CNN", "Xinhua"))]
                self._named_ref(org, first=True)
            elif kind == YEAR_PAST:
                self._put(str((self.pub.year if self.pub else 2015) - rng.randint(1, 9)))

    # -- actors --------------------------------------------------------------------------------

    def _mention(self, actor: Actor, text: str) -> None:
        i = len(self.parts)
        self.mentions.append((actor, i, i + 1))
        self._put(text)

    def _named_ref(self, a: Actor, first: bool) -> None:
        """A country, organisation or group by name ("the United States", "NATO")."""
        if a.the:
            self._put("the ")
        self._mention(a, a.name if first or a.type == "country" else a.later)

    def _actor(self, a: Actor, form: str, appositive: bool) -> None:
        rng = self.rng
        if a.type == "person" and form in ("dem", "mil"):
            a = a.nation                # "Turkish" for a Turkish minister
        first = a.id not in self.named
        self.named.add(a.id)
        if form == "hl":
            self._mention(a, a.hl)
        elif form == "dem":
            self._mention(a, a.dem)
        elif form == "mil":             # "Turkish troops", "Hezbollah fighters"
            self._mention(a, a.dem)
            self._put(" " + rng.choice(("forces", "troops", "soldiers") if a.type == "country"
                                       else ("fighters", "militants")))
        elif form == "cap":
            self._mention(a, a.cap)
        elif form == "n" and a.type != "person":
            self._named_ref(a, True)
        elif a.type == "person":
            if form == "'s":
                self._mention(a, a.later if not first else a.name)
                self._put(self._poss(a.later))
            elif not first:
                self._mention(a, a.later)
            else:
                self._person_in_full(a, appositive)
        elif form == "'s":
            if a.type == "country" and rng.random() < 0.2:
                self._mention(a, a.cap)
                self._put(self._poss(a.cap))
            else:
                self._named_ref(a, first or rng.random() < 0.5)
                self._put(self._poss(a.name if first else a.later))
        elif a.type == "country":
            r = rng.random()
            if r < 0.68:
                self._named_ref(a, True)
            elif r < 0.90:
                self._mention(a, a.cap)
            else:
                self._put("the ")
                self._mention(a, f"{a.dem} government")
        else:
            self._named_ref(a, first or rng.random() < 0.4)

    def _person_in_full(self, a: Actor, appositive: bool) -> None:
        """"Turkish Foreign Minister Ahmet Kaya", "Foreign Minister Ahmet Kaya of Turkey",
        "Turkey's foreign minister, Ahmet Kaya," ..."""
        nation, title = a.nation, a.title
        r = self.rng.random()
        if appositive and r < 0.25:
            if r < 0.12:
                self._named_ref(nation, True)
                self._put(f"{self._poss(nation.name)} {title.lower()}, ")
                self._mention(a, a.name)
                self._put(",")
            else:
                self._mention(a, a.name)
                self._put(f", the {nation.dem} {title.lower()},")
        elif title[0].isupper() and title != "General" and r < 0.55:
            self._put(f"{title} ")
            self._mention(a, a.name)
            self._put(" of ")
            self._named_ref(nation, True)
        else:
            self._put(f"{nation.dem} {title} ")
            self._mention(a, a.name)

    def _poss(self, name: str) -> str:
        """"Turkey's", "Cyprus's", but "the Philippines'" (a plural name takes the bare apostrophe)."""
        return self.apos if name in PLURAL_NAMES else self.apos + "s"


# ------------------------------------------------------------------------------------------------
# Articles: one story, its cast, its sentences.
# ------------------------------------------------------------------------------------------------

@dataclass
class Draft:
    """One article as both products need it: the story's sentences plus what the page shows."""
    index: int
    file: str
    pub: date | None
    agency: str               # as printed in the dateline ("Reuters", "AA")
    outlet: str               # the outlet's name
    wire: bool                # wire copy (dateline, "Reporting by") or a web page
    dateline: str             # "with_year" | "no_year" | "agency" | "reporter" | "none"
    city: str
    british: bool
    headline: Sent
    standfirst: Sent | None
    paragraphs: list[list[Sent]] = field(default_factory=list)

    @property
    def published_how(self) -> str:
        if self.pub is None:
            return "unknown"
        return "dateline" if self.dateline == "with_year" else "date line"


def _article_date(rng: random.Random) -> date | None:
    """A day in 2005-2024, more recent days likelier (news archives grow); 1% undated."""
    if rng.random() < 0.01:
        return None
    span = (LAST_DAY - FIRST_DAY).days
    return FIRST_DAY + timedelta(int(span * rng.random() ** 0.6))


def _date_plan(rng: random.Random, pub: date | None, british: bool, lead: bool) -> tuple:
    """How an event is dated: a phrase of its own, the date the text last named, or none."""
    r = rng.random()
    if r < 0.045:
        return ("undated",)             # perfect tense, no date ("has accused"), where it reads
    if pub is None or r < (0.35 if lead else 0.30):
        return ("inherit",)
    precision = "day" if lead or r < 0.84 else "month" if r < 0.94 else "year"
    return ("phrase", *date_phrase(rng, pub, precision, british))


def shape(seed: int, index: int, n_events: int | None = None,
          quotes_per_event: float = 0.25) -> tuple[int, int, int, bool]:
    """How big article `index` is: (events, quotes, background sentences, has a standfirst).
    Drawn apart from the rest, so a store's ids can be laid out before its articles are written."""
    rng = random.Random(f"{seed}:{index}:shape")
    default = round(rng.triangular(10, 30, 20))
    n = default if n_events is None else n_events
    return n, int(n * quotes_per_event + rng.random()), n // 4 + rng.randint(1, 3), rng.random() < 0.3


def compose(world: World, seed: int, index: int, n_events: int | None = None,
            quotes_per_event: float = 0.25) -> Draft:
    """Article `index` of the corpus for `seed`: about 20 events (`n_events` forces the count),
    quotes, background sentences, a headline; one sentence per event, quote or background
    sentence. Deterministic in (seed, index, arguments)."""
    n_events, n_quotes, n_fillers, has_standfirst = shape(seed, index, n_events, quotes_per_event)
    rng = random.Random(f"{seed}:{index}")
    pub = _article_date(rng)
    agency, outlet, kind = rng.choice(OUTLETS)
    wire = kind == "wire"
    british = rng.random() < (0.3 if wire else 0.5)
    curly = rng.random() < 0.5

    a = world.country(rng)
    b = world.country(rng, (a,))
    c = world.country(rng, (a, b))
    cast = {"A": a, "B": b, "C": c, "O": world.org(rng, (a, b))}
    people_a, people_b, surnames = [], [], set()
    for people, country, n in ((people_a, a, rng.randint(1, 3)), (people_b, b, rng.randint(0, 2))):
        for _ in range(4 * n):              # one surname, one person, within an article
            p = world.person(rng, country)
            if len(people) < n and p.later not in surnames:
                people.append(p)
                surnames.add(p.later)
    tone = rng.random()
    favoured = COOPERATIVE if tone < 0.45 else CONFLICTUAL if tone < 0.9 else TYPES
    type_weights = [TYPE_WEIGHTS[t] * (3 if t in favoured else 1) for t in TYPES]
    type_cum = _cumulative(type_weights)

    # who acts on whom, and how often (never on their own country)
    o = cast["O"]
    pairs = [(a, b, 5), (b, a, 4), (a, c, 1), (c, a, 1), (b, c, 1), (o, a, 1), (a, o, 1), (o, b, 1)]
    for p in people_a:
        pairs += [(p, b, 3), (p, c, 1), (p, o, 1)]
        pairs += [(p, q, 2) for q in people_b]
    for q in people_b:
        pairs += [(q, a, 2), (q, people_a[0], 1)]
    pairs = [(s, t, w) for s, t, w in pairs if s.country is None or s.country != t.country]
    lead_pairs = [(s, t, w) for s, t, w in pairs if {s.nation or s, t.nation or t} == {a, b}]
    speakers = people_a * 3 + people_b * 2 + [a, b, cast["O"]]

    writer = Writer(rng, world, cast, pub, curly, british)
    plan = ["Q"] * n_quotes + ["F"] * n_fillers + ["E"] * max(0, n_events - 1)
    rng.shuffle(plan)
    if n_events:
        plan.insert(0, "E")

    sentences: list[Sent] = []
    fillers: list[Template] = []            # background sentences not used yet in this article
    candidates: dict[tuple, tuple[list, list[float]]] = {}   # a template's pairs, by what it needs
    lead_type = lead_roles = None
    for item in plan:
        if item == "E":
            etype = _pick(rng, TYPES, type_cum)
            tpl = rng.choice(EVENT_TPL[etype])
            key = (tpl.requires, bool(sentences))
            if key not in candidates:
                sources, targets = tpl.requires
                ok = [(s, t, w) for s, t, w in (pairs if sentences else lead_pairs)
                      if s.type in sources and t.type in targets] or [(a, b, 1)]
                candidates[key] = (ok, _cumulative(w for *_, w in ok))
            s, t, _ = _pick(rng, *candidates[key])
            roles = {**cast, "S": s, "T": t}
            when = _date_plan(rng, pub, british, lead=not sentences)
            if when[0] == "undated" and not tpl.has_aux:
                when = ("inherit",)
            sent = writer.sentence(tpl, roles, when)
            if lead_type is None:
                lead_type, lead_roles = etype, roles
        elif item == "Q":
            speaker = rng.choice(speakers)
            choices = [q for q in QUOTE_TPL if not q.speaker_he or writer.last_person is not None]
            tpl = rng.choice(choices)
            other = b if speaker in (a, *people_a) else a
            roles = {**cast, "S": speaker, "T": other}
            when = _date_plan(rng, pub, british, lead=False)
            sent = writer.sentence(tpl, roles, when, speaker=writer.last_person if tpl.speaker_he else None)
        else:
            if not fillers:
                fillers = list(FILLER_TPL)
            sent = writer.sentence(fillers.pop(rng.randrange(len(fillers))), {**cast, "S": a, "T": b})
        sentences.append(sent)

    # paragraphs: the lead alone or with one more sentence, then one to three sentences each
    paragraphs, i = [], 0
    while i < len(sentences):
        size = (1 if rng.random() < 0.6 else 2) if not paragraphs else rng.choice((1, 2, 2, 3))
        paragraphs.append(sentences[i:i + size])
        i += size

    lead_type = lead_type or "CONSULT"
    lead_roles = lead_roles or {**cast, "S": a, "T": b}
    headline_writer = Writer(rng, world, cast, pub, curly, british)
    choices = [h for h in HEADLINE_TPL[lead_type]
               if lead_roles["S"].type in form_types(h.needs.get("S", set()))
               and lead_roles["T"].type in form_types(h.needs.get("T", set()))]
    headline = headline_writer.sentence(rng.choice(choices or HEADLINE_TPL[lead_type]), lead_roles, headline=True)
    if not wire and rng.random() < 0.5:
        headline.text = _title_case(headline.text)
    standfirst = None
    if has_standfirst:
        standfirst = headline_writer.sentence(rng.choice(STANDFIRST_TPL), lead_roles, headline=True)
    dateline = ("none" if not wire else
                rng.choice(("with_year", "with_year", "with_year", "no_year", "agency", "reporter")))
    if pub is None and dateline in ("with_year", "no_year"):
        dateline = "agency"
    slug = re.sub(r"[^a-z0-9]+", "-", _ascii(headline.text).lower()).strip("-")[:48].rstrip("-")
    return Draft(index=index, file=f"{index:06d}_{slug}.txt", pub=pub, agency=agency, outlet=outlet,
                 wire=wire, dateline=dateline, city=rng.choice((a.cap, a.cap, b.cap)), british=british,
                 headline=headline, standfirst=standfirst, paragraphs=paragraphs)


_SMALL = {"a", "an", "the", "of", "on", "in", "to", "for", "with", "and", "over", "at", "from", "by"}


def _title_case(s: str) -> str:
    """Headline Case Like Some Sites Use It (same length, so spans stay put)."""
    words = s.split(" ")
    return " ".join(w if (k and w in _SMALL) or not w[:1].islower() else w[0].upper() + w[1:]
                    for k, w in enumerate(words))


# ------------------------------------------------------------------------------------------------
# Product 1: article files, as a scraper would have saved the pages.
# ------------------------------------------------------------------------------------------------

AP_MONTHS = {1: "Jan.", 2: "Feb.", 8: "Aug.", 9: "Sept.", 10: "Oct.", 11: "Nov.", 12: "Dec."}


def _ascii(s: str) -> str:
    """"Traoré" -> "Traore", as slugs and wire datelines ("BRASILIA") write names."""
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def _date_line(rng: random.Random, d: date, british: bool) -> str:
    """How a page prints its date on a line of its own."""
    hh, mm = rng.randint(0, 23), rng.randint(0, 59)
    r = rng.random()
    if r < 0.25:
        return _day_text(d, british, year=True)
    if r < 0.45:
        return f"Published: {d.day} {MONTHS[d.month - 1]} {d.year} {hh:02d}:{mm:02d} GMT"
    if r < 0.60:
        return f"Published On {d.day} {MONTHS[d.month - 1][:3]} {d.year}"
    if r < 0.80:
        ampm = "a.m." if hh < 12 else "p.m."
        return f"Updated {MONTHS[d.month - 1][:3]} {d.day}, {d.year} {hh % 12 or 12}:{mm:02d} {ampm} ET"
    return f"{WEEKDAYS[d.weekday()][:3]} {d.day} {MONTHS[d.month - 1][:3]} {d.year} {hh:02d}.{mm:02d} GMT"


def _dateline(rng: random.Random, draft: Draft) -> str:
    """The wire-copy opening of the lead: "ANKARA, March 3, 2018 (Reuters) - "."""
    city, dash = _ascii(draft.city).upper(), rng.choice(("-", "-", "\u2014", "\u2013"))
    d = draft.pub
    if d is not None and draft.dateline in ("with_year", "no_year"):
        month = AP_MONTHS.get(d.month, MONTHS[d.month - 1]) if draft.agency == "AP" else MONTHS[d.month - 1]
        when = f"{month} {d.day}" + (f", {d.year}" if draft.dateline == "with_year" else "")
        return f"{city}, {when} ({draft.agency}) {dash} "
    if draft.dateline == "reporter":
        return f"{rng.choice(JOURNALISTS)} {dash} {city} ({draft.agency}) {dash} "
    return f"{city} ({draft.agency}) {dash} "


def _related_headline(rng: random.Random, world: World) -> str:
    a = world.country(rng)
    b = world.country(rng, (a,))
    cast = {"A": a, "B": b, "C": b, "O": world.org(rng, (a, b)), "S": a, "T": b}
    tpl = rng.choice(HEADLINE_TPL[rng.choice(TYPES)])
    return Writer(rng, world, cast, None, False, False).sentence(tpl, cast, headline=True).text


def render_page(draft: Draft, world: World, seed: int) -> str:
    """The article as a scraped page: site chrome, headline, byline and date, dateline, paragraphs
    with links and ads between them, credits and tags at the foot."""
    rng = random.Random(f"{seed}:{draft.index}:page")
    blocks: list[str] = []
    if rng.random() < 0.7:
        blocks.append("\n".join(rng.sample(CHROME_TOP, rng.randint(1, 3))))
    blocks.append(draft.headline.text)
    if draft.standfirst:
        blocks.append(draft.standfirst.text)
    if rng.random() < (0.4 if draft.wire else 0.8):
        names = rng.sample(JOURNALISTS, 2)
        blocks.append(f"By {names[0]}" + (f" and {names[1]}" if rng.random() < 0.1 else ""))
    if draft.pub is not None and draft.dateline != "with_year":
        blocks.append(_date_line(rng, draft.pub, draft.british))
    if rng.random() < 0.15:
        blocks.append("Share this article")

    inserts = {}
    n = len(draft.paragraphs)
    for _ in range(rng.randint(0, 3)):
        where = rng.randint(2, max(2, n - 1))
        r = rng.random()
        inserts[where] = ("Advertisement" if r < 0.35 else
                          f"Related: {_related_headline(rng, world)}" if r < 0.6 else
                          f"READ MORE: {_related_headline(rng, world)}" if r < 0.75 else
                          rng.choice(CHROME_MIDDLE))
    for k, paragraph in enumerate(draft.paragraphs):
        if k in inserts:
            blocks.append(inserts[k])
        text = " ".join(s.text for s in paragraph)
        if k == 0 and draft.wire:
            text = _dateline(rng, draft) + text
        blocks.append(text)

    year = draft.pub.year if draft.pub else 2020
    if draft.wire:
        j = rng.sample(JOURNALISTS, 3)
        blocks.append(rng.choice((
            f"(Reporting by {j[0]} in {draft.city}; Editing by {j[1]})",
            f"Reporting by {j[0]}; Additional reporting by {j[1]}; Editing by {j[2]}",
            f"(Reporting by {j[0]}; Writing by {j[1]}; Editing by {j[2]})",
        )))
        if draft.agency == "Reuters" and rng.random() < 0.5:
            blocks.append("Our Standards: The Thomson Reuters Trust Principles.")
    else:
        if rng.random() < 0.5:
            words = {w.lower() for w in re.findall(r"[A-Z][a-z]{3,}", draft.headline.text)}
            blocks.append("Tags: " + ", ".join(sorted(words)[:6] or ["politics"]))
        blocks.extend(rng.sample(CHROME_FOOTER, rng.randint(1, 2)))
        if rng.random() < 0.5:
            blocks.append("Related stories\n" + "\n".join(_related_headline(rng, world) for _ in range(3)))
    blocks.append(f"\u00a9 {year} {draft.outlet}. All rights reserved.")
    return "\n\n".join(blocks) + "\n"


def write_articles(folder: Path, count: int, seed: int = 1) -> list[Path]:
    """`count` article files in `folder` (created if need be), 000000_headline-slug.txt onwards.
    The same seed writes the same bytes."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    world = World(seed)
    paths = []
    for i in range(count):
        draft = compose(world, seed, i)
        path = folder / draft.file
        path.write_bytes(render_page(draft, world, seed).encode("utf-8"))
        paths.append(path)
    return paths


# ------------------------------------------------------------------------------------------------
# Product 2: a store, written straight into the tables.
# ------------------------------------------------------------------------------------------------

INGESTED_AT = "2025-01-01T00:00:00+00:00"
_PRECISION = {4: "year", 7: "month", 10: "day"}
BATCH = 1000            # articles per task (and per executemany round)
TABLES = ("articles", "sentences", "mentions", "events", "quotes")
_INSERT = {
    "articles": "INSERT INTO articles (id, path, file, content_hash, title, outlet, url, published, "
                "published_precision, published_how, text, word_count, ingested_at) "
                "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
    "sentences": "INSERT INTO sentences (id, article_id, idx, start, end, is_body) VALUES (?,?,?,?,?,?)",
    "mentions": "INSERT INTO mentions (article_id, sentence_id, actor_id, start, end, text) "
                "VALUES (?,?,?,?,?,?)",
    "events": "INSERT INTO events (article_id, sentence_id, type, source_id, target_id, trigger, summary, "
              "date, date_precision, start, end, trigger_start, trigger_end) "
              "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
    "quotes": "INSERT INTO quotes (article_id, sentence_id, speaker_id, text, direct, cue, date, "
              "date_precision, start, end) VALUES (?,?,?,?,?,?,?,?,?,?)",
}


def article_rows(draft: Draft, first_sentence_id: int, forms: set[tuple[int, str]]) -> dict[str, list]:
    """The rows `Store.write_article` would write for a perfectly extracted `draft`: its cleaned
    text (headline, standfirst, paragraphs; no chrome, no dateline), sentences, mentions, events
    with their clause (the sentence) and trigger spans and summaries, quotes. Article id is
    index + 1; sentence ids start at `first_sentence_id`; mention, event and quote ids are left to
    SQLite (insertion order). The surface forms actors were named by go into `forms` (aliases)."""
    aid = draft.index + 1
    blocks: list[tuple[list[Sent], int]] = [([draft.headline], 0)]
    if draft.standfirst:
        blocks.append(([draft.standfirst], 0))
    blocks += [(p, 1) for p in draft.paragraphs]
    sentences, mentions, events, quotes = [], [], [], []
    pieces: list[str] = []
    pos = idx = 0
    sid = first_sentence_id
    for sents, body in blocks:
        if pieces:
            pieces.append("\n\n")
            pos += 2
        for k, s in enumerate(sents):
            if k:
                pieces.append(" ")
                pos += 1
            text = s.text
            end = pos + len(text)
            sentences.append((sid, aid, idx, pos, end, body))
            for actor, ms, me in s.mentions:
                surface = text[ms:me]
                mentions.append((aid, sid, actor.id, pos + ms, pos + me, surface))
                forms.add((actor.id, surface))
            for etype, src, tgt, ts, te, when in s.events:
                trigger = text[ts:te]
                summary = f"{src.name} {etype} {tgt.name if tgt else '-'}: {trigger}"
                events.append((aid, sid, etype, src.id, tgt.id if tgt else None, trigger, summary, when,
                               _PRECISION[len(when)] if when else None, pos, end, pos + ts, pos + te))
                forms.add((src.id, src.name))
                if tgt:
                    forms.add((tgt.id, tgt.name))
            for who, qs, qe, direct, cue, when in s.quotes:
                quotes.append((aid, sid, who.id, text[qs:qe], int(direct), cue, when,
                               _PRECISION[len(when)] if when else None, pos + qs, pos + qe))
                forms.add((who.id, who.name))
            pieces.append(text)
            pos = end
            sid += 1
            idx += 1
    text = "".join(pieces)
    published = _iso(draft.pub) if draft.pub else None
    article = (aid, f"corpus/{draft.file}", draft.file, hashlib.sha256(text.encode("utf-8")).hexdigest(),
               draft.headline.text, draft.outlet, None, published, "day" if published else None,
               draft.published_how, text, len(text.split()), INGESTED_AT)
    return {"articles": [article], "sentences": sentences, "mentions": mentions, "events": events,
            "quotes": quotes}


_WORLDS: dict[int, World] = {}


def _batch(task: tuple) -> tuple[dict[str, list], set]:
    """Rows for articles start..stop-1 (run in a worker process for big stores)."""
    seed, start, stop, first_sentence_id, last_events, quotes_per_event = task
    world = _WORLDS.get(seed) or _WORLDS.setdefault(seed, World(seed))
    tables: dict[str, list] = {t: [] for t in TABLES}
    forms: set[tuple[int, str]] = set()
    sid = first_sentence_id
    for i in range(start, stop):
        n = last_events if i == stop - 1 else None
        rows = article_rows(compose(world, seed, i, n, quotes_per_event), sid, forms)
        sid += len(rows["sentences"])
        for t in TABLES:
            tables[t] += rows[t]
    return tables, forms


def _tasks(n_events: int, seed: int, quotes_per_event: float) -> list[tuple]:
    """Split the store into batches of articles, each knowing its first sentence id (article shapes
    are drawn apart from their text, so this needs no article written)."""
    tasks, made, index, sid = [], 0, 0, 1
    start, start_sid = 0, 1
    while made < n_events:
        n, quotes, fillers, standfirst = shape(seed, index, None, quotes_per_event)
        last = None
        if made + n >= n_events:
            last = n_events - made
            n, quotes, fillers, standfirst = shape(seed, index, last, quotes_per_event)
        made += n
        sid += 1 + standfirst + n + quotes + fillers
        index += 1
        if index - start == BATCH or last is not None:
            tasks.append((seed, start, index, start_sid, last, quotes_per_event))
            start, start_sid = index, sid
    return tasks


def _rows_in_order(tasks: list[tuple], workers: int):
    """Each task's rows, in task order; made by `workers` processes when that is worth it."""
    import multiprocessing as mp

    if workers <= 1 or len(tasks) < 4 or "fork" not in mp.get_all_start_methods():
        yield from map(_batch, tasks)
        return
    # fork: the workers inherit this module as loaded (run as a script or through importlib)
    with mp.get_context("fork").Pool(workers) as pool:
        yield from pool.imap(_batch, tasks)


def _derive(conn: sqlite3.Connection) -> None:
    """Fill in what the store derives from the rows, the way the store code does it: timeline keys
    (when the schema has them) and every full-text index, rebuilt from its content. The FTS
    tables are found in the schema rather than named here, so the loader follows the store."""
    from tuiex.store import db as store_db

    search_index = getattr(store_db, "search_index", None)
    if search_index is not None and hasattr(search_index, "set_keys"):
        search_index.set_keys(conn)
    actor_stats = getattr(store_db, "actor_stats", None)
    if actor_stats is not None:
        actor_stats.rebuild(conn)
    fts = [name for name, sql in conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'table'")
           if re.match(r"CREATE VIRTUAL TABLE\b.*\bUSING\s+fts5\b", sql or "", re.I | re.S)]
    for name in fts:
        conn.execute(f'INSERT INTO "{name}"("{name}") VALUES (\'rebuild\')')


def build_store(path: Path, n_events: int, seed: int = 1, quotes_per_event: float = 0.25,
                workers: int | None = None) -> dict:
    """A tuiex store at `path` (replaced if it exists) holding exactly `n_events` events, about 20 an
    article, with their articles, sentences, actors, aliases, mentions and quotes. Articles are
    written by `workers` processes (default: one per CPU) while this one loads SQLite; the
    content does not depend on it. Returns the counts, the file size and the seconds it took."""
    from tuiex.store.db import Store
    from tuiex.textnorm import fold

    start = time.perf_counter()
    path = Path(path)
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    Store(path).close()                     # the real schema, FTS tables, triggers and version
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode = OFF")
    conn.execute("PRAGMA synchronous = OFF")
    conn.execute("PRAGMA cache_size = -262144")     # 256 MiB, for building the indexes
    conn.execute("PRAGMA temp_store = MEMORY")
    # Load without the triggers and the secondary indexes; put both back, as they were, afterwards.
    schema = conn.execute("SELECT type, name, sql FROM sqlite_master WHERE type IN ('index', 'trigger') "
                          "AND sql IS NOT NULL ORDER BY rowid").fetchall()
    for type_, name, _ in schema:
        conn.execute(f'DROP {type_.upper()} "{name}"')

    timings = {}
    counts = dict.fromkeys(TABLES, 0)
    forms: set[tuple[int, str]] = set()
    conn.execute("BEGIN")
    tasks = _tasks(n_events, seed, quotes_per_event)
    for tables, batch_forms in _rows_in_order(tasks, workers or os.cpu_count() or 1):
        for table in TABLES:
            conn.executemany(_INSERT[table], tables[table])
            counts[table] += len(tables[table])
        forms |= batch_forms
    world = _WORLDS.get(seed) or World(seed)
    used = {actor_id for actor_id, _ in forms}
    actors = [a for a in world.actors if a.id in used]
    conn.executemany("INSERT INTO actors (id, name, type, country, role, norm) VALUES (?,?,?,?,?,?)",
                     [(a.id, a.name, a.type, a.country, a.role, fold(a.name)) for a in actors])
    conn.executemany("INSERT OR IGNORE INTO aliases (actor_id, alias, norm) VALUES (?,?,?)",
                     [(actor_id, alias, fold(alias)) for actor_id, alias in sorted(forms) if fold(alias)])
    conn.execute("COMMIT")
    timings["rows"] = time.perf_counter() - start

    conn.execute("BEGIN")
    _derive(conn)
    timings["fts"] = time.perf_counter() - start - timings["rows"]
    for type_, _, sql in schema:
        if type_ == "index":
            conn.execute(sql)
    for type_, _, sql in schema:
        if type_ == "trigger":
            conn.execute(sql)
    conn.execute("COMMIT")
    conn.execute("PRAGMA journal_mode = WAL")
    conn.close()
    timings["indexes"] = time.perf_counter() - start - timings["rows"] - timings["fts"]
    counts["actors"] = len(actors)
    counts["seconds"] = round(time.perf_counter() - start, 2)
    counts["bytes"] = path.stat().st_size
    counts["timings"] = {k: round(v, 1) for k, v in timings.items()}
    return counts


# ------------------------------------------------------------------------------------------------

def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = ap.add_subparsers(dest="command", required=True)
    arts = sub.add_parser("articles", help="write article files for tuiex ingest")
    arts.add_argument("out_dir", type=Path)
    arts.add_argument("--count", type=int, required=True)
    arts.add_argument("--seed", type=int, default=1)
    store = sub.add_parser("store", help="build a store straight into SQLite")
    store.add_argument("out_db", type=Path)
    store.add_argument("--events", type=int, required=True)
    store.add_argument("--seed", type=int, default=1)
    store.add_argument("--quotes-per-event", type=float, default=0.25)
    store.add_argument("--workers", type=int, default=None,
                       help="processes writing articles (default: one per CPU; 1: none)")
    args = ap.parse_args(argv)

    if args.command == "articles":
        t = time.perf_counter()
        paths = write_articles(args.out_dir, args.count, args.seed)
        took = time.perf_counter() - t
        texts = [p.read_text(encoding="utf-8") for p in paths]
        words = sum(len(x.split()) for x in texts)
        print(f"{len(paths):,} articles ({sum(map(len, texts)):,} characters, {words / max(1, len(paths)):.0f} "
              f"words each on average) in {args.out_dir} in {took:.1f} s")
    else:
        sys.path.insert(0, str(ROOT / "src"))          # works without the editable install too
        c = build_store(args.out_db, args.events, args.seed, args.quotes_per_event, args.workers)
        print(f"{args.out_db}: {c['events']:,} events, {c['quotes']:,} quotes, {c['articles']:,} articles, "
              f"{c['actors']:,} actors, {c['sentences']:,} sentences, {c['mentions']:,} mentions; "
              f"{c['bytes']:,} bytes ({c['bytes'] / max(1, c['events']):,.0f} per event) "
              f"in {c['seconds']:.1f} s ({', '.join(f'{k} {v} s' for k, v in c['timings'].items())})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
