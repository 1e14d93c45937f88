"""Quotation and attribution forms of news copy tuiex was not built on (issue 12): sentences written
for these tests."""

from __future__ import annotations

from extracting import extract_text, quotes_of


def article(text: str, published: str | None = "2023-03-02"):
    return extract_text(text, published, name="q.txt")


def found(art, start: str):
    """(speaker, direct) of the quote whose text starts with `start`; fails if there is none."""
    hits = [(s, d) for s, t, d in quotes_of(art) if t.startswith(start)]
    assert hits, (start, quotes_of(art))
    return hits[0]


H = "Headline Words Here\n\n"


def test_quotation_ending_on_an_exclamation_before_its_attribution():
    # the parser ends the sentence at "!”": the saying after it is a sentence of its own
    art = article(H + "Chilean Foreign Minister Paula Vera spoke after the vote in Santiago on Tuesday.\n\n"
                  "“The port belongs to every Chilean. We will never give it away!” Vera wrote on social media.")
    assert found(art, "The port belongs to every Chilean") == ("Paula Vera", True)


def test_rhetorical_question_with_its_attribution_after_it():
    art = article(H + "Danish Defence Minister Lars Holm visited the base in Aalborg on Monday.\n\n"
                  '"Why should our farmers pay for a quarrel they never started?" the minister said.')
    assert found(art, "Why should our farmers pay") == ("Lars Holm", True)


def test_exclamation_followed_by_a_capitalised_sentence_is_not_attributed_to_it():
    art = article(H + "Crowds gathered outside the parliament in Lima on Sunday.\n\n"
                  "“Out with the thieves!” Police later dispersed the crowd with tear gas.")
    assert not any(t.startswith("Out with the thieves") and s == "police" for s, t, _ in quotes_of(art))


def test_short_answer_opening_its_sentence_is_no_quoted_name():
    art = article(H + "Kenyan Trade Minister Amina Odera met the delegation from Uganda on Friday.\n\n"
                  '"Absolutely not," Odera told reporters when asked whether the tariffs would stay.\n\n'
                  '"Never!" she shouted as she left the hall.')
    assert found(art, "Absolutely not") == ("Amina Odera", True)
    assert found(art, "Never") == ("Amina Odera", True)


def test_according_to_an_outlet_leaves_the_words_to_the_one_who_said_them():
    art = article(H + "A bomb hit a market in Kano on Friday, killing nine people.\n\n"
                  "According to Reuters, Nigerian President Musa Danladi vowed to answer the attack with "
                  "“the full weight of the state and its armed forces”.")
    assert found(art, "the full weight of the state") == ("Musa Danladi", True)


def test_quotation_inside_an_according_to_report_is_a_direct_quote():
    art = article(H + "Norway and Iceland ended their fishing talks in Reykjavik on Monday.\n\n"
                  "According to Norway's foreign ministry, this is “a proposal no coastal state could ever accept "
                  "in good faith”.\n\n"
                  "According to Iceland's fisheries ministry, the talks ended without a deal and the Norwegian envoy "
                  "called the offer “an insult to every fisherman in the north”.")
    qs = quotes_of(art)
    assert any(t.startswith("a proposal no coastal state") and d for _, t, d in qs), qs
    assert any(t.startswith("the talks ended without a deal") and not d for _, t, d in qs), qs
    assert found(art, "an insult to every fisherman")[1] is True


def test_the_spokesperson_again_is_the_one_who_spoke_before_not_the_last_person():
    art = article(H + '"We will not be intimidated by threats against our diplomats," Prime Minister Jane Holt '
                  "said on Saturday.\n\n"
                  'A spokesperson for the Foreign Office said: "We expected a reply of this kind and the '
                  'security council will meet next week."\n\n'
                  '"Their reply does not change the facts. It is they who broke the treaty," the spokesperson added.')
    assert found(art, "Their reply does not change the facts")[0] == found(art, "We expected a reply")[0]
    assert found(art, "Their reply does not change the facts")[0] != "Jane Holt"


def test_curly_opening_mark_closed_by_a_straight_one():
    art = article(H + "Peruvian Farm Minister Rosa Quispe met growers in Cusco on Wednesday.\n\n"
                  "“We will not sign a deal that ruins the potato growers of the Andes,\" Quispe told reporters.")
    assert found(art, "We will not sign a deal that ruins") == ("Rosa Quispe", True)


def test_name_after_a_long_organisation_title_is_the_speaker():
    # the parser splits "<organisation> (<acronym>) deputy spokesman <name>" into two subjects
    art = article(H + "Rebel and government delegations met in Nanyuki on Tuesday.\n\n"
                  "“The talks have not collapsed and nobody has walked out,” Sudan People’s Liberation Army "
                  "(SPLA) deputy spokesman George Garang told reporters by telephone.")
    assert found(art, "The talks have not collapsed") == ("George Garang", True)


def test_quotation_as_the_subject_of_a_reported_clause_keeps_the_clause_whole():
    art = article(H + "Turkish Prime Minister Binali Yildirim spoke to his party in Ankara on Tuesday.\n\n"
                  'Yildirim said the "road to seek justice" must be limited to objections filed with the courts.')
    qs = quotes_of(art)
    assert any(t.endswith("limited to objections filed with the courts") and not d for _, t, d in qs), qs


def test_quotation_that_is_the_whole_clause_still_stops_before_the_circumstance():
    art = article(H + "Turkish Prime Minister Binali Yildirim spoke to his party in Ankara on Tuesday.\n\n"
                  'Yildirim said "there will be no early election in this country" after meeting party leaders.')
    assert ("Binali Yildirim", "there will be no early election in this country", True) in quotes_of(art)


def test_clause_before_a_semicolon_is_not_what_the_next_clause_says():
    art = article(H + "Sri Lankan President Ranil Wickremesinghe addressed parliament in Colombo on Thursday.\n\n"
                  "Wickremesinghe also blamed the media for the unrest; he said he would appoint a commission "
                  "on the press after consulting the party leaders.")
    qs = quotes_of(art)
    assert any(t.startswith("he would appoint a commission") for _, t, _ in qs), qs
    assert not any(t.startswith("Wickremesinghe also blamed") for _, t, _ in qs), qs


def test_quotation_after_the_sentence_attributing_the_one_before_continues_it():
    art = article(H + "Iranian Foreign Minister Abbas Araghchi visited Ankara on Friday.\n\n"
                  "“We will never negotiate while warships sit off our coast,” Araghchi said at a news conference "
                  "in Ankara with Turkish Foreign Minister Hakan Fidan. “Even so, our door stays open to a fair "
                  "process that respects our rights.”")
    assert found(art, "Even so, our door stays open") == ("Abbas Araghchi", True)


def test_continuation_follows_the_nearest_quote_not_the_last_reported_clause():
    art = article(H + "Colombian President Gustavo Petro spoke in Bogota on Monday about the ceasefire.\n\n"
                  "Petro would not say whom he had called, but he did say what he had asked for. "
                  "“I gave them two conditions,” Petro said. “First, free the hostages. Second, leave the villages.”")
    assert found(art, "First, free the hostages") == ("Gustavo Petro", True)


def test_negated_withheld_or_questioned_saying_reports_nothing_said():
    art = article(H + "Kenyan President William Ruto spoke to reporters in Nairobi on Monday.\n\n"
                  "Ruto did not say who had called him, but he did say what offer he had turned down.\n\n"
                  "The ministry declined to say whether the envoy had left the capital.\n\n"
                  "The army would not confirm that troops had crossed the border.")
    assert quotes_of(art) == []


def test_relative_clause_with_said_is_still_reported_speech():
    art = article(H + "Philippine coast guard officials held a news conference in Manila on Monday.\n\n"
                  "The officials showed photographs which they said showed four patrol ships blocking a supply boat.")
    assert any("four patrol ships blocking a supply boat" in t for _, t, _ in quotes_of(art)), quotes_of(art)


def test_quotation_styles_that_open_with_a_closing_mark_in_english():
    text = (H + "Swedish Prime Minister Ulf Kristersson met party leaders in Stockholm on Monday.\n\n"
            "”Nobody will be left out of the budget talks,” Kristersson told reporters.\n\n"
            "»We will keep the coalition together until the spring,« Kristersson said.\n\n"
            "»Our farmers have waited long enough for this decision,» Kristersson added.\n\n"
            "„The reform of the pension system comes first,” Kristersson said later.")
    art = article(text)
    for start in ("Nobody will be left out", "We will keep the coalition", "Our farmers have waited",
                  "The reform of the pension system"):
        assert found(art, start) == ("Ulf Kristersson", True), start


def test_nordic_mark_inside_a_word_is_no_opening():
    from tuiex.ingest.quotes import quote_spans
    text = "The 12”-screen and 10”-screen tablets sold out, he said ”as expected” by the shop."
    assert [text[s.start:s.end] for s in quote_spans(text)] == ["as expected"]


def test_british_copy_in_straight_single_marks():
    art = article(H + "British Foreign Secretary David Lammy met the Irish delegation in London on Monday.\n\n"
                  "'We will not accept a hard border on this island,' Lammy told reporters.\n\n"
                  "He called the proposals 'unworkable' and said the allies' plan needed more time.")
    assert found(art, "We will not accept a hard border") == ("David Lammy", True)
    assert found(art, "unworkable") == ("David Lammy", True)
    assert not any(t.startswith("plan needed") for _, t, _ in quotes_of(art))


def test_straight_single_marks_as_apostrophes_make_no_quotation():
    from tuiex.ingest.quotes import quote_spans
    text = "The ministers' talks in the '90s went on, and the allies' 'red line' held, he said."
    assert [text[s.start:s.end] for s in quote_spans(text)] == ["red line"]


def test_quoted_word_ending_in_s_before_a_noun_closes_before_the_next_quotation():
    # "'Yes' campaign" reads like "the allies' plan", but a second quotation opening before any
    # other closing mark shows the first mark after "Yes" closed the quotation
    from tuiex.ingest.quotes import quote_spans
    text = "The 'Yes' campaign's organisers called the ruling 'a disgrace' on Friday, she said."
    assert [text[s.start:s.end] for s in quote_spans(text)] == ["Yes", "a disgrace"]


def test_one_letter_between_straight_marks_is_no_quotation():
    from tuiex.ingest.quotes import quote_spans
    text = "The senator, a fan of rock 'n' roll since the '80s, backed Plan 'B' and called it 'sensible'."
    assert [text[s.start:s.end] for s in quote_spans(text)] == ["sensible"]


def test_french_closing_guillemet_of_a_run_on_quotation_opens_nothing():
    # a paragraph that opens by closing the quotation run on from the one before (French
    # typography, spaced); its later « ... » is a quotation, not the words between the two marks
    from tuiex.ingest.quotes import quote_spans
    text = "Nous ne céderons rien », a déclaré la ministre, qui a ajouté « merci à tous » devant la foule."
    for runs_on in (False, True):
        spans = [text[s.start:s.end] for s in quote_spans(text, runs_on=runs_on)]
        assert spans[-1] == "merci à tous" and not any("déclaré" in s for s in spans)


def test_straight_single_marks_open_and_close_on_letters_of_any_script():
    from tuiex.ingest.quotes import quote_spans
    text = "The opposition called the plan 'Élysée theatre' and the summit 'a photo op at a café', he said."
    assert [text[s.start:s.end] for s in quote_spans(text)] == ["Élysée theatre", "a photo op at a café"]
    text = "The allies' état-major met, and the rebels' Über-plan failed."
    assert quote_spans(text) == []


def test_quotation_after_a_sentence_with_a_new_subject_does_not_continue_the_one_before():
    art = article(H + "“We will not back down,” Prime Minister Mark Carney said. Opposition leader Pierre "
                  "Poilievre rejected the plan at a rally in Ottawa. “This is a disaster for families.”")
    assert not any(t.startswith("This is a disaster") and s == "Mark Carney" for s, t, _ in quotes_of(art))
    art = article(H + "“We will not back down,” Prime Minister Mark Carney said. He spoke at a rally of party "
                  "members in Ottawa on Monday evening. “This is a good day for families.”")
    assert found(art, "This is a good day") == ("Mark Carney", True)


def test_capitalised_title_is_no_person_of_its_own_and_keeps_its_portfolio():
    art = article(H + "Indian Prime Minister Narendra Modi met Iranian Foreign Minister Abbas Araqchi in New Delhi "
                  "on Monday.\n\n"
                  "“Our ports will stay open to every trading partner,” the Prime Minister said.\n\n"
                  "“Talks held under threats are no talks at all,” the Foreign Minister said.")
    assert found(art, "Our ports will stay open") == ("Narendra Modi", True)
    assert found(art, "Talks held under threats") == ("Abbas Araqchi", True)
    assert "Prime Minister" not in {a.name for a in art.actors.values()}


def test_the_title_again_is_the_person_just_named_with_it():
    art = article(H + "ICC prosecutor Karim Khan met Sudanese officials in Khartoum on Monday.\n\n"
                  "The prosecutor said the court would open an office in Darfur next year.\n\n"
                  "UN aid chief Martin Griffiths visited the camps in Chad on Tuesday.\n\n"
                  "The UN chief said the convoys would resume within a week.")
    assert found(art, "the court would open an office") == ("Karim Khan", False)
    assert found(art, "the convoys would resume") == ("Martin Griffiths", False)


def test_premier_and_top_diplomat_are_the_prime_and_foreign_ministers():
    art = article(H + "Indian Prime Minister Narendra Modi met Iranian Foreign Minister Abbas Araqchi in New Delhi "
                  "on Monday.\n\n"
                  "The premier said the port deal would be signed before the end of the year.\n\n"
                  "The top diplomat said Tehran would send a trade delegation in March.")
    assert found(art, "the port deal would be signed") == ("Narendra Modi", False)
    assert found(art, "Tehran would send a trade delegation") == ("Abbas Araqchi", False)


def test_a_bare_spokesman_speaks_for_the_body_in_focus():
    art = article(H + "The Houthi movement fired two missiles at a tanker in the Red Sea on Monday.\n\n"
                  "A spokesman said the attacks would go on until the blockade was lifted.")
    assert found(art, "the attacks would go on") == ("Houthis", False)


def test_according_to_an_outlet_opening_a_report_is_not_the_sayers_words():
    art = article(H + "Iranian Foreign Minister Abbas Araqchi visited Ankara on Friday.\n\n"
                  "According to Reuters, Tehran is ready to resume nuclear talks on an equal footing, "
                  "Araqchi said at a news conference.")
    assert found(art, "Tehran is ready to resume nuclear talks") == ("Abbas Araqchi", False)


def test_more_verbs_of_saying():
    art = article(H + "Russian Foreign Ministry spokeswoman Maria Zakharova briefed reporters in Moscow on Friday.\n\n"
                  "“Every unfriendly step will get a fitting answer”, the official expressed in an interview.\n\n"
                  "Zakharova lamented that the embassy had been left without heating for a week.\n\n"
                  "She disclosed that two more diplomats would be recalled before the summer.\n\n"
                  "She pointed out that the consulate in Hamburg would stay open.\n\n"
                  "“We have seen colder winters,” she quipped.")
    for start in ("Every unfriendly step", "the embassy had been left", "two more diplomats would be recalled",
                  "the consulate in Hamburg would stay open", "We have seen colder winters"):
        assert found(art, start)[0] == "Maria Zakharova", start


def test_said_in_a_statement_that_when_the_parser_takes_that_for_a_relative_pronoun():
    art = article(H + "Clashes broke out near the border on Friday.\n\n"
                  "The Malian foreign ministry said in a statement that the drones had crossed from Niger.")
    assert found(art, "the drones had crossed from Niger") == ("Malian foreign ministry", False)


def test_said_in_a_post_on_a_platform_that():
    art = article(H + "Clashes broke out near the border on Friday.\n\n"
                  "The Malian army said in a post on Telegram that the drones had crossed from Niger.")
    assert found(art, "the drones had crossed from Niger") == ("Malian military", False)


def test_a_statement_the_speaker_issued_is_no_reported_clause():
    art = article(H + "Clashes broke out near the border on Friday.\n\n"
                  "The Malian foreign ministry protested in a statement that it issued on Monday.")
    assert not any(t.startswith("it issued") for _, t, _ in quotes_of(art))


def test_long_quotation_after_pledged_to_is_the_subjects():
    art = article(H + "The talks in Lome ended on Tuesday.\n\n"
                  'The rebels pledged to "lay down their weapons within thirty days of the signing".')
    assert found(art, "lay down their weapons") == ("rebels", True)


def test_long_quotation_after_accused_of_is_the_subjects():
    art = article(H + "The talks in Lome ended on Tuesday.\n\n"
                  'Guinea accused Mali of "deliberately targeting civilians in the border villages".')
    assert found(art, "deliberately targeting civilians") == ("Guinea", True)


def test_quoted_title_case_name_after_a_verb_is_no_quote():
    art = article(H + "The talks in Lome ended on Tuesday.\n\n"
                  'Guinea joined the "Coalition of the Willing for Peace" on Sunday.')
    assert not any(t.startswith("Coalition of the Willing") for _, t, _ in quotes_of(art))


def test_inverted_attribution_the_parser_took_for_an_object():
    art = article(H + "The Malian foreign ministry summoned the envoy on Monday.\n\n"
                  '"We hope for a quick resolution," added the representative of the Malian foreign ministry.')
    assert found(art, "We hope for a quick resolution") == ("Malian foreign ministry", True)


def test_told_after_a_quotation_keeps_its_hearer_out():
    art = article(H + "The Malian foreign ministry summoned the envoy on Monday.\n\n"
                  '"We hope for a quick resolution," Amadou Kone told the envoy.')
    assert found(art, "We hope for a quick resolution") == ("Amadou Kone", True)


def test_report_carried_by_an_outlet_is_the_inner_sayers():
    art = article(H + "Talks on the dam dispute opened in Niamey on Monday.\n\n"
                  "Spokesman Amadou Kone told reporters on Monday that the talks were still going ahead, "
                  "Reuters reported.")
    assert found(art, "the talks were still going ahead") == ("Amadou Kone", False)


def test_outlet_report_with_no_inner_sayer_stays_unattributed():
    art = article(H + "Talks on the dam dispute opened in Niamey on Monday.\n\n"
                  "The talks were still going ahead on Tuesday, Reuters reported.")
    assert not any(t.startswith("The talks were still going") for _, t, _ in quotes_of(art))


def test_quotation_of_several_sentences_after_told_that_is_one_direct_quote():
    art = article(H + "Talks on the dam dispute opened in Niamey on Monday.\n\n"
                  'Rebel commander Amadou Kone told a radio station that "the army has set new conditions and we '
                  'will not accept them. Today our delegation left. We will not accept any new demands."')
    assert found(art, "the army has set new conditions") == ("Amadou Kone", True)
    assert any(t.endswith("any new demands") for _, t, _ in quotes_of(art)), quotes_of(art)


def test_second_quotation_of_a_paragraph_running_on_to_the_next():
    art = article(H + "Foreign Minister Amara Diallo spoke in Bamako on Monday.\n\n"
                  '"We will not allow foreign troops on our soil," he said. "This is a question of sovereignty.\n\n'
                  '"Nobody will decide for Mali."')
    qs = quotes_of(art)
    assert any(s == "Amara Diallo" and t.startswith("This is a question of sovereignty") and "Nobody will decide" in t
               for s, t, _ in qs), qs


def test_according_to_set_off_after_an_opening_phrase_reports_what_follows():
    art = article(H + "Clashes broke out near the border on Friday.\n\n"
                  "In the northern city of Gao, according to the Malian army, rebels attacked two checkpoints.")
    assert found(art, "rebels attacked two checkpoints") == ("Malian military", False)


def test_quoted_wording_of_a_reaction_is_the_reactors():
    for sentence, start in (('Guinea dismissed the claims as "baseless and malicious".', "baseless and malicious"),
                            ('Guinea denied "any involvement in the attack on the border post".', "any involvement"),
                            ('Guinea welcomed the "historic" agreement.', "historic")):
        art = article(H + "Clashes broke out near the border on Friday.\n\n" + sentence)
        assert found(art, start) == ("Guinea", True), sentence


def test_a_label_inside_a_clause_with_its_own_subject_is_not_the_praisers():
    art = article(H + "Clashes broke out near the border on Friday.\n\n"
                  'Guinea praised Mali for arresting ten men whom the police consider "high-risk fugitives".')
    assert not any(t.startswith("high-risk fugitives") for _, t, _ in quotes_of(art)), quotes_of(art)


def test_quotation_after_a_clause_ending_in_a_colon_is_its_subjects():
    art = article(H + "Clashes broke out near the border on Friday.\n\n"
                  'The Malian foreign ministry reacted in a furious statement: "We do not intend to tolerate '
                  'blackmail and reserve the right to respond."')
    assert found(art, "We do not intend to tolerate") == ("Malian foreign ministry", True)
    art = article(H + "Clashes broke out near the border on Friday.\n\n"
                  'Foreign Minister Amara Diallo was blunt: "We do not intend to tolerate blackmail and reserve '
                  'the right to respond."')
    assert found(art, "We do not intend to tolerate") == ("Amara Diallo", True)


def test_quotation_closing_without_its_comma_before_the_sayer():
    art = article(H + "The two ministers met in Lome on Wednesday.\n\n"
                  '"I do not want to go into all the specific options" Kerry said, offering that he wanted to keep '
                  'talking. "I think that is important," he said.')
    assert found(art, "I do not want to go into") == ("Kerry", True)


def test_quoted_wording_under_a_noun_of_saying_is_its_owners():
    # 'X's call for "..."', 'X's warning of "..."', 'the pledge by X of "..."': the owner's words
    for sentence, start, sayer in (
            ("Guinea's call for \"maximum restraint\" was ignored by both sides.", "maximum restraint", "Guinea"),
            ("Foreign Minister Amara Diallo's warning of \"serious consequences\" came a day after the raid.",
             "serious consequences", "Amara Diallo"),
            ('The pledge by Guinea of "full support for the mission" was welcomed.', "full support", "Guinea")):
        art = article(H + "Clashes broke out near the border on Friday.\n\n" + sentence)
        assert found(art, start) == (sayer, True), sentence


def test_quoted_names_and_titles_under_other_nouns_stay_no_quote():
    for sentence in ('Amara Diallo gave a speech titled "A New Dawn" in Dakar on Friday.',
                     'The so-called "peace plan" was drafted in Paris by Guinea.',
                     'Mali ignored a call for "restraint" on Friday.'):
        art = article(H + "Clashes broke out near the border on Friday.\n\n" + sentence)
        assert not any(t in {"A New Dawn", "peace plan", "restraint"} for _, t, _ in quotes_of(art)), \
            (sentence, quotes_of(art))


def test_quotation_attributed_by_a_document_that_read_it():
    # the parser takes the closing "read" for a noun after a long document phrase
    for sayer in ("a press release issued by the Malian defence ministry", "a statement from the Malian defence ministry"):
        art = article(H + "Clashes broke out near the border on Friday.\n\n"
                      f"“The army’s patience should not be mistaken for weakness,” {sayer} read.")
        assert found(art, "The army’s patience") == ("Malian defence ministry", True), sayer
    # or hangs the document on the quoted clause
    art = article(H + "Clashes broke out near the border on Friday.\n\n"
                  "“The state’s patience should not be seen as a sign of weakness,” a press release issued by the "
                  "Malian Security Council read.")
    assert found(art, "The state’s patience") == ("Malian Security Council", True)


def test_reminding_reports_what_the_reminder_said():
    art = article(H + "Clashes broke out near the border on Friday.\n\n"
                  "Malian Defence Minister Amara Diallo again asked the rebels to lay down their arms, reminding them "
                  "that “the army has defeated armed groups before.”")
    assert found(art, "the army has defeated armed groups before") == ("Amara Diallo", True)
    art = article(H + "Clashes broke out near the border on Friday.\n\n"
                  "Malian Defence Minister Amara Diallo reminded reporters that the army had beaten armed groups before.")
    assert found(art, "the army had beaten armed groups") == ("Amara Diallo", False)


def test_a_report_set_against_another_by_although_or_while_is_its_own():
    art = article(H + "Clashes broke out near the border on Friday.\n\n"
                  "The Malian army said it killed 50 rebels in a battle on Tuesday, although a rebel spokesman said "
                  "he had no knowledge of the fighting.")
    texts = [t for _, t, _ in quotes_of(art)]
    assert "it killed 50 rebels in a battle on Tuesday" in texts, texts
    assert "he had no knowledge of the fighting" in texts, texts
    art = article(H + "Clashes broke out near the border on Friday.\n\n"
                  "Malian Defence Minister Amara Diallo said the army had retaken the town, while Guinean Foreign "
                  "Minister Ibrahima Camara said the fighting went on.")
    assert found(art, "the army had retaken the town") == ("Amara Diallo", False)
    assert found(art, "the fighting went on") == ("Ibrahima Camara", False)
    # a clause of time or contrast with no sayer stays in the report
    art = article(H + "Clashes broke out near the border on Friday.\n\n"
                  "Amara Diallo said the army would stay while the talks went on.")
    assert found(art, "the army would stay while the talks went on") == ("Amara Diallo", False)


def test_a_short_answer_with_its_comma_or_stop_outside_the_marks():
    # British copy puts the punctuation after the closing mark: '“Never”, the minister said.'
    for sentence in ("Asked whether Guinea would reopen the border, Foreign Minister Amara Diallo was brief. "
                     "“Never”, the minister said.",
                     "Asked whether Guinea would reopen the border, Foreign Minister Amara Diallo replied: “Never”."):
        art = article(H + "Clashes broke out near the border on Friday.\n\n" + sentence)
        assert found(art, "Never") == ("Amara Diallo", True), sentence
    # a quoted name inside a sentence stays no quote
    art = article(H + "Clashes broke out near the border on Friday.\n\n"
                  "Foreign Minister Amara Diallo spoke at the “Africa Forward” summit in Conakry.")
    assert not any(t == "Africa Forward" for _, t, _ in quotes_of(art)), quotes_of(art)


def test_the_quoted_aim_after_a_verb_of_intent_is_the_subjects():
    for sentence, start, sayer in (
            ("The Guinean junta wants to “restore constitutional order” before handing power to civilians.",
             "restore constitutional order", "Guinean junta"),
            ("Guinea seeks to achieve “a lasting and inclusive peace with all its neighbours” next year.",
             "a lasting and inclusive peace", "Guinea")):
        art = article(H + "Clashes broke out near the border on Friday.\n\n" + sentence)
        assert found(art, start) == (sayer, True), sentence
    # not a short label the infinitive takes, a clause with its own subject, or a thing's aim
    for sentence in ("Guinea plans to build a “smart city” near Conakry.",
                     "Guinea hopes the talks will bring “lasting peace” to the region.",
                     "The new film aims to “tell the story of the war through the eyes of children” in Guinea."):
        art = article(H + "Clashes broke out near the border on Friday.\n\n" + sentence)
        assert not any(t.startswith(("smart city", "lasting peace", "tell the story")) for _, t, _ in quotes_of(art)), \
            (sentence, quotes_of(art))


def test_a_chanted_exclamation_after_a_participle_is_the_crowds():
    # ', chanting "Freedom!"': the quoted object is the chant, not its sayer; a capitalised word
    # ending on "!" is an exclamation, not a name
    art = article(H + "Clashes broke out near the border on Friday.\n\n"
                  'Thousands of Malian protesters marched through Bamako on Friday, chanting "Freedom!" as police '
                  "watched.")
    assert found(art, "Freedom") == ("Malian protesters", True)


def test_interview_answers_are_the_interviewees_and_questions_no_quote():
    art = article("Interview: Malian foreign minister on the border crisis\n\n"
                  "Malian Foreign Minister Amara Diallo spoke to reporters in Bamako on Thursday about the crisis.\n\n"
                  "Q: Will Mali reopen the border this year?\n\n"
                  "A: We will reopen it when Guinea stops supporting the armed groups in the south.\n\n"
                  "Q: Have you spoken to your Guinean counterpart?\n\n"
                  "A: Not at this time.\n\n"
                  '"We have nothing to hide," he told the state broadcaster.')
    assert found(art, "We will reopen it when Guinea stops") == ("Amara Diallo", True)
    assert found(art, "Not at this time") == ("Amara Diallo", True)
    assert found(art, "We have nothing to hide") == ("Amara Diallo", True)
    assert not any(t.startswith(("Will Mali", "Have you spoken")) for _, t, _ in quotes_of(art)), quotes_of(art)


def test_a_participle_after_a_comma_is_the_main_subjects_and_the_clause_after_the_verb_is_reported():
    art = article(H + "Clashes broke out near the border on Friday.\n\n"
                  "Guinea has rejected any notion of a dialogue on the border issue with Mali, saying the matter is "
                  'closed and "settled for good".')
    assert found(art, "the matter is closed") == ("Guinea", False)
    art = article(H + "Clashes broke out near the border on Friday.\n\n"
                  "In a statement read out to reporters, Amara Diallo said the border ruling of 2002 had settled the "
                  "case once and for all.")
    assert found(art, "the border ruling of 2002") == ("Amara Diallo", False)
    assert not any(t.startswith("In a statement") for _, t, _ in quotes_of(art)), quotes_of(art)


def test_answers_of_a_transcript_of_two_interviewees_are_no_one_guessed():
    # the paragraph before the first question names two people: an "A:" could be either's, so it is
    # given to neither (it had gone to the one named last); one named person still answers
    art = article("Reporters questioned Finance Minister Tom Baker and central bank governor Ann Reed in Ottawa.\n\n"
                  "Q: Will rates rise this year?\n\n"
                  "A: That is for the bank to decide.\n\n"
                  "Q: Governor, do you agree?\n\n"
                  "A: We do not comment on future decisions.")
    assert not any(s in {"Ann Reed", "Tom Baker"} for s, _, _ in quotes_of(art)), quotes_of(art)
    art = article("Finance Minister Tom Baker spoke to reporters in Ottawa on Monday.\n\n"
                  "Q: Will rates rise this year?\n\n"
                  "A: That is for the bank to decide.")
    assert found(art, "That is for the bank to decide") == ("Tom Baker", True)


def test_a_quoted_name_that_is_the_subject_is_no_quote():
    # the comma outside the marks made the quoted name an utterance; its own sayer it cannot be
    art = article(H + '"Tiger Brigade", the rebel unit, said on Monday it had left Kidal.\n\n'
                  '"Never", Malian Defence Minister Amara Diallo said of talks with the unit.')
    texts = [t for _, t, _ in quotes_of(art)]
    assert "Tiger Brigade" not in texts, quotes_of(art)
    assert found(art, "Never") == ("Amara Diallo", True)


def test_doubled_single_marks_are_quotation_marks():
    # Nigerian and South Asian copy types a double mark as two single ones: ‘’ or ‘‘ to open, ’’ to close
    art = article(H + "Works Minister Tunde Bakare inspected the Lagos bridge on Monday.\n\n"
                  "\u2018\u2019The repairs will be finished before the rains come,\u2019\u2019 Bakare said.\n\n"
                  "\u2018\u2018Every contractor who fails will be sanctioned,\u2019\u2019 the minister added.")
    assert found(art, "The repairs will be finished before the rains come") == ("Tunde Bakare", True)
    assert found(art, "Every contractor who fails will be sanctioned") == ("Tunde Bakare", True)


def test_doubled_single_marks_running_across_paragraphs_are_one_quote():
    art = article(H + "Works Minister Tunde Bakare inspected the Lagos bridge on Monday.\n\n"
                  "Bakare said the work had been delayed by floods.\n\n"
                  "\u2018\u2019The floods took two months from us.\n\n"
                  "\u2018\u2019The contractors are now working at night and the bridge will open in May.\u2019\u2019")
    texts = [t for s, t, d in quotes_of(art) if d and s == "Tunde Bakare"]
    assert any(t.startswith("The floods took two months from us") and "open in May" in t for t in texts), texts


def test_quotation_after_said_comma_runs_on_into_the_next_paragraph():
    # 'X said, “A. (no closing mark) ¶ “B.”': one quotation across the paragraphs, a direct quote
    art = article(H + "Ghana's finance minister spoke at a briefing in Accra on Friday.\n\n"
                  "Answering the critics, Ama Owusu said, \u201cThe budget is balanced. We borrowed nothing "
                  "from abroad this year.\n\n"
                  "\u201cSo the claim that we are hiding debt is false.\u201d")
    qs = [(s, t, d) for s, t, d in quotes_of(art) if t.startswith("The budget is balanced")]
    assert qs and qs[0][0] == "Ama Owusu" and qs[0][2] and "hiding debt is false" in qs[0][1], quotes_of(art)


def test_quotation_after_according_to_colon_runs_on_into_the_next_paragraph():
    art = article(H + "The governor of Kano State, Musa Bello, explained his decision on Sunday.\n\n"
                  "According to Bello: \u201cThe markets stay closed this week.\n\n"
                  "\u201cWe will reopen them when the water is clean again.\u201d")
    qs = [(s, t, d) for s, t, d in quotes_of(art) if t.startswith("The markets stay closed")]
    assert qs and qs[0][0] == "Musa Bello" and "water is clean again" in qs[0][1], quotes_of(art)
    assert not [t for s, t, d in quotes_of(art) if t.startswith("We will reopen them")]


def test_quotation_across_paragraphs_takes_the_attribution_at_its_end():
    # '“A. ¶ “B,” X said': one quotation, X's, though the paragraph before named another person
    art = article(H + "Opposition leader Grace Mensah attacked the budget on Monday.\n\n"
                  "Finance Minister Kofi Adu defended the plan in parliament.\n\n"
                  "\"The budget is a lie. Nobody in this country believes the figures.\n\n"
                  "\"We will vote against it and we will win,\" Mensah said.")
    qs = [(s, t, d) for s, t, d in quotes_of(art) if t.startswith("The budget is a lie")]
    assert qs and qs[0][0] == "Grace Mensah" and "we will win" in qs[0][1], quotes_of(art)
    assert not [t for s, t, d in quotes_of(art) if t.startswith("We will vote against it")]


def test_a_quotation_closed_by_asked_and_its_sayer_is_a_quote():
    # a rhetorical question with "asked X" after it is X's words; a reporter's question is no quote
    art = article(H + "Opposition MP Ravi Menon criticised the election body on Monday.\n\n"
                  "\u201cThey can ask for this list a week before the vote. Is there any guarantee that it "
                  "will stay secret,\u201d asked Menon.\n\n"
                  "\u201cWill you resign before the election next year?\u201d a reporter asked.")
    assert found(art, "They can ask for this list a week before the vote") == ("Ravi Menon", True)
    assert not [t for s, t, d in quotes_of(art) if t.startswith("Will you resign")]


def test_asked_why_reports_no_clause():
    art = article(H + "Opposition MP Ravi Menon criticised the election body on Monday.\n\n"
                  "Menon asked why the minister had not resigned after the flood.")
    assert not [t for s, t, d in quotes_of(art) if t.startswith("why the minister")]


def test_said_according_to_a_statement_is_one_direct_quote_by_the_sayer():
    # '"...," X said according to the statement': X's words once, not also a report of the whole
    # sentence by the statement
    art = article(H + "In a response issued on Sunday, Vietnam accused Malaysia of trespassing.\n\n"
                  "\u201cTwo Malaysian supply vessels and two coast guard vessels illegally intruded into the "
                  "waters adjacent to the reef,\u201d Tran "
                  "Van Minh, spokesman for the Vietnam Coast Guard, said according to the statement published "
                  "on its website.")
    qs = [(s, t, d) for s, t, d in quotes_of(art) if t.startswith("Two Malaysian supply vessels")]
    assert len(qs) == 1 and qs[0][2], quotes_of(art)


def test_words_a_speaker_spoke_of_are_a_direct_quote():
    art = article(H + "President Ali Hassan opened the clan conference in Baidoa on Monday.\n\n"
                  "Hassan spoke of \"a new era of peace\" between the clans.\n\n"
                  "Hassan talked about \"a betrayal by old friends\" in his speech.\n\n"
                  "Hassan spoke at the \"Unity Summit\" in Baidoa.")
    assert found(art, "a new era of peace") == ("Ali Hassan", True)
    assert found(art, "a betrayal by old friends") == ("Ali Hassan", True)
    assert not [t for s, t, d in quotes_of(art) if t == "Unity Summit"]


def test_a_long_quotation_parsed_as_the_subject_keeps_the_sayer_in_apposition():
    # the parser makes the quotation's noun the subject of "said" and the name its apposition
    art = article(H + "In a response issued on Sunday, Vietnam accused Malaysia of trespassing.\n\n"
                  "\u201cTwo Malaysian supply vessels and two coast guard vessels illegally intruded into the "
                  "waters adjacent to the reef in Vietnam\u2019s Truong Sa Islands,\u201d Tran Van Minh, spokesman "
                  "for the Vietnam Coast Guard, said according to the statement published on its website.")
    qs = [(s, t, d) for s, t, d in quotes_of(art) if t.startswith("Two Malaysian supply vessels")]
    assert qs == [("Tran Van Minh", qs[0][1], True)], quotes_of(art)


def test_clauses_joined_before_a_closing_attribution_are_one_report():
    art = article(H + "Kenya condemns the attack on the embassy, foreign ministry spokesman Paul Otieno said on "
                  "Tuesday.\n\n"
                  "The current situation in the Horn is turbulent, and Kenya opposes any actions that escalate "
                  "tensions, Otieno added.\n\n"
                  "Kenya expelled the envoy, and Otieno said the move was justified.")
    texts = [t for s, t, d in quotes_of(art) if s == "Paul Otieno"]
    assert any(t.startswith("The current situation in the Horn is turbulent") and t.endswith("escalate tensions")
               for t in texts), texts
    assert not [t for t in texts if t.startswith("Kenya expelled")], texts


def test_with_a_named_person_in_apposition_and_a_participle_the_person_speaks():
    # "with its candidate, X, accusing ...": the parser hangs the participle on "with"; the sayer is
    # its object, not the main clause's subject
    art = article(H + "The ruling party clashed with the election board on Thursday, with its candidate, Maria "
                  "Lopez, accusing the board of \"open bias\" against her.")
    assert found(art, "open bias") == ("Maria Lopez", True)


def test_quotations_joined_by_and_are_each_a_direct_quote():
    art = article(H + "Police fired tear gas in Harare on Sunday.\n\n"
                  "Opposition leader Nelson Chamisa said \u201cwe will win\u201d and \u201cthey will lose\u201d.\n\n"
                  "About 2,000 people attended the rally shouting \u201cthe people want a new constitution\u201d and "
                  "\u201cno to a third term,\u201d before marching to parliament.")
    qs = quotes_of(art)
    assert ("Nelson Chamisa", "we will win", True) in qs and ("Nelson Chamisa", "they will lose", True) in qs, qs
    assert not [t for s, t, d in qs if t.endswith(" and") or " and they will lose" in t], qs
    assert [t for s, t, d in qs if t == "the people want a new constitution" and d], qs


def test_fragments_under_verbal_acts_of_the_plover_lexicon_are_the_subjects_words():
    # verbs the lexicon types ACCUSE, REJECT, SUPPORT: said in words, so the quoted fragment is the subject's
    art = article(H + "Portuguese Finance Minister Rui Tavares lambasted the budget proposal as "
                  "\"a gift to the rich\" on Monday.\n\n"
                  "Opposition leader Marta Cunha castigated the cabinet for its \"reckless\" cuts.\n\n"
                  "Farmers' leader Joao Pires ridiculed the plan as \"fantasy economics\" in Lisbon.\n\n"
                  "President Ana Sousa refused to \"bow to blackmail\" from the unions.\n\n"
                  "Senator Luis Matos termed the deal \"a historic mistake\".")
    assert found(art, "a gift to the rich") == ("Rui Tavares", True)
    assert found(art, "reckless") == ("Marta Cunha", True)
    assert found(art, "fantasy economics") == ("Joao Pires", True)
    assert found(art, "bow to blackmail") == ("Ana Sousa", True)
    assert found(art, "a historic mistake") == ("Luis Matos", True)


def test_fragments_under_acts_done_by_deed_or_after_a_naming_word_are_no_quote():
    # a charge, an investigation or an attack is no saying; 'so-called', 'dubbed' give a thing its name
    art = article(H + "Prosecutors in Porto charged Mayor Rui Tavares with \"abuse of office\" on Monday.\n\n"
                  "Police investigated the \"water deal\" for months.\n\n"
                  "Opposition leader Marta Cunha slammed the so-called \"peace plan\" as a surrender.\n\n"
                  "Senator Luis Matos condemned the militia dubbed \"the wolves\" for the killings.\n\n"
                  "Al-Shabaab fighters hit the \"safe\" corridor near Mogadishu on Sunday.")
    texts = [t for _, t, _ in quotes_of(art)]
    for label in ("abuse of office", "water deal", "peace plan", "the wolves", "safe"):
        assert not any(t.startswith(label) for t in texts), (label, quotes_of(art))


def test_a_longer_quoted_phrase_under_a_verbal_act_is_that_acts_subjects_not_the_nearer_sayers():
    art = article(H + "Electoral commission head Ana Ruiz announced the results in Quito on Monday as "
                  "President Tomas Vega hailed the vote as \"a victory for every family in the country\".")
    assert found(art, "a victory for every family") == ("Tomas Vega", True)


def test_a_noun_of_saying_as_a_light_verbs_object_is_the_subjects_wording():
    art = article(H + "Kenyan Interior Minister Grace Otieno issued a warning of \"dire consequences\" to "
                  "the smugglers on Friday.\n\n"
                  "Senator Paul Mensah made an appeal for \"calm and restraint\" in Accra.\n\n"
                  "The reporter Ama Boateng gave a description of the \"Green Zone\" checkpoints.")
    assert found(art, "dire consequences") == ("Grace Otieno", True)
    assert found(art, "calm and restraint") == ("Paul Mensah", True)
    assert not [t for _, t, _ in quotes_of(art) if t.startswith("Green Zone")]


def test_quoted_words_in_a_report_that_goes_on_past_them_are_direct_quotes():
    # 'X said Y had "A" from B and was a "C" who was "D"': the report is the whole clause, each
    # quotation a direct quote of X (dev README: a direct span inside reported speech gives the span
    # plus an indirect quote when the clause adds content)
    art = article(H + "Senator Pedro Soto attacked the president on Thursday.\n\n"
                  "Soto asserted Ruiz had \u201cquietly walked away\u201d from her promises and was a "
                  "\u201cdanger to the republic\u201d who was \u201cout of her depth\u201d.")
    qs = quotes_of(art)
    assert any(s == "Pedro Soto" and not d and t.startswith("Ruiz had quietly walked away from her promises and was")
               for s, t, d in qs), qs
    for words in ("quietly walked away", "danger to the republic", "out of her depth"):
        assert ("Pedro Soto", words, True) in qs, (words, qs)
    # a verbal act after "and" is the sayer's own: the report stops at the quotation
    art = article(H + "For her part, regional governor Ana Ruiz said the raid "
                  "\u201cleft many dead\u201d, without giving a number, and condemned the gunmen.")
    assert found(art, "the raid left many dead") == ("Ana Ruiz", False)
    assert not [t for s, t, d in quotes_of(art) if "condemned" in t]


def test_a_quoted_sentence_right_after_a_report_is_the_reporters():
    # 'X said that A. "B."' and 'X said, adding that A. "B."': B goes on with X's words
    art = article(H + "Police chief Carlos Mendez said that the reports of arrests were false. "
                  "\u201cThe officers arrested nobody in the market that night.\u201d He called for calm.\n\n"
                  "\u201cThe ports must be reopened this week,\u201d Senator Pedro Soto said, adding that the unions "
                  "would be consulted. \u201cThere will be no new taxes on fuel this year.\u201d")
    assert found(art, "The officers arrested nobody") == ("Carlos Mendez", True)
    assert found(art, "There will be no new taxes") == ("Pedro Soto", True)
    # a reporter's question after a report is no quote (issue 12)
    art = article(H + "Police chief Carlos Mendez said that the reports of arrests were false. "
                  "\u201cWho told the reporters that the officers arrested anyone?\u201d")
    assert not [t for s, t, d in quotes_of(art) if t.startswith("Who told")]


def test_a_question_before_its_asker_in_a_sentence_of_its_own():
    # the parser ends the sentence at '?”': "Soto asked in another post" is its attribution; one
    # who "is asked" is the hearer, and a reporter's question is no quote (issue 12)
    art = article(H + "Senator Pedro Soto posted three questions for the cabinet on Thursday.\n\n"
                  "\u201cWhy has the minister not answered a single question in five years?\u201d Soto asked "
                  "in another post.\n\n"
                  "\u201cDo you concede that the budget cannot be balanced this year?\u201d Soto was asked.")
    assert found(art, "Why has the minister not answered") == ("Pedro Soto", True)
    assert not [t for s, t, d in quotes_of(art) if t.startswith("Do you concede")]


def test_a_weekday_between_the_sayer_and_the_verb():
    # "Minister X Sunday said": the parser makes the day the subject and the name its compounds
    art = article(H + "Mines Minister Rajiv Menon Sunday said the opposition was acting "
                  "in an \u201cirresponsible manner\u201d in Parliament.\n\n"
                  "Menon said the government wants the House to function.")
    assert found(art, "the opposition was acting") == ("Rajiv Menon", False)
    assert found(art, "irresponsible manner") == ("Rajiv Menon", True)


def test_a_saying_an_outlet_reports_is_the_sayers():
    # 'X wrote in a post ...: "...," the Kantuta news agency reported': the parser hangs "wrote" on
    # "reported"; the words are X's, and the agency's report of the whole sentence is no quote
    art = article(H + "Foreign Minister Ana Ruiz condemned the attacks on Monday.\n\n"
                  "Ana Ruiz wrote in a post a few hours after three explosions on Sunday hit churches and "
                  "hotels in Oruro: \u201cDeeply saddened by the attacks on worshippers in Oruro,\u201d Kantuta "
                  "news agency reported.")
    assert found(art, "Deeply saddened by the attacks") == ("Ana Ruiz", True)
    assert not [t for s, t, d in quotes_of(art) if t.startswith("Ana Ruiz wrote")]


def test_a_live_blogs_quotation_set_off_after_x_says_colon():
    # 'Mendez says: ¶ I made the point earlier ...': the block quote lost its marks when the page was
    # scraped; a paragraph of spoken sentences after one ending "X says:" is X's direct quote
    art = article(H + "Opposition leader Carlos Mendez is asked again about his remarks on the border.\n\n"
                  "Mendez says:\n\n"
                  "I made the point earlier in relation to the reference and I stand by it.\n\n"
                  "Key events:\n\n"
                  "Mendez visits a petrol station in Perth.")
    assert found(art, "I made the point earlier") == ("Carlos Mendez", True)
    assert not [t for s, t, d in quotes_of(art) if t.startswith("Mendez visits")]


def test_quotation_closing_a_paragraph_about_a_surname_the_tagger_marked_no_person():
    # the parser tags a lone surname as no PERSON (or as an ORG): the quotation after the sentence
    # it is the subject of is still that person's, once the article knows the name as a person's
    art = article(H + "Opposition leader Kemi Adeyemi spoke in Ibadan on Monday.\n\n"
                  "Adeyemi also accused the government of using police against her party. "
                  '"It seems that the right to do politics is only for the ruling party, not for others."\n\n'
                  "Police arrested forty people in the city centre. "
                  '"We saw four vans taking our neighbours away in the night."')
    assert found(art, "It seems that the right to do politics") == ("Kemi Adeyemi", True)
    # no person is the subject before it: no speaker from that sentence
    assert not any(t.startswith("We saw four vans") and s == "Kemi Adeyemi" for s, t, _ in quotes_of(art))



def test_press_briefing_transcript_labels():
    # a foreign ministry's briefing transcript: the labelled answers are the spokesperson's direct
    # quotes, the labelled questions (ending in "?") are the reporters' and give no quote
    art = article(H + "Foreign Ministry spokesman Lin Wei hosted a regular press conference on Monday.\n\n"
                  "Kyodo News: You just said that China hopes the talks will resume. What is your comment?\n\n"
                  "Lin Wei: We have noted the reports. We always maintain that disputes should be settled "
                  "through dialogue.")
    assert found(art, "We have noted the reports") == ("Lin Wei", True)
    assert not [t for s, t, _ in quotes_of(art) if t.startswith(("China hopes", "disputes should be settled"))]


def test_a_subhead_under_a_name_outside_a_transcript_is_no_quote():
    # 'Biden: A president under pressure ...': a feature's subhead, not a transcript's labelled answer
    # (no reporter's labelled question anywhere in the article)
    art = article(H + "President Joe Biden met Chinese leader Xi Jinping on Monday.\n\n"
                  "Biden: A president under pressure at home and abroad.\n\n"
                  "The talks lasted three hours.")
    assert not [t for s, t, _ in quotes_of(art) if t.startswith("A president under pressure")]


def test_quotation_after_a_report_of_a_body_named_bare_stays_the_body_s():
    # 'Hamas said that A. "B."': a bare subject the tagger marked no person (_closing_after_subject's
    # person_only) must not take the quotation from the report it goes on with
    art = article(H + "Israel struck Gaza on Monday.\n\n"
                  "Hamas said that the strikes had killed ten civilians. "
                  '"This is a crime that will not go unanswered by the resistance."')
    assert found(art, "This is a crime that will not go unanswered") == ("Hamas", True)


def test_closing_he_said_with_no_comma_before_it():
    # wire copy in haste: "... were wounded he said, adding that ..." (the parser hangs the saying on
    # the clause before it): the clause is his report, and so is what he adds
    art = article(H + "Colonel Amadou Diallo, the army spokesman, spoke in Gao on Monday. At least another five "
                  "soldiers were wounded he said, adding that the fighting had been particularly fierce near the "
                  "border.")
    assert found(art, "At least another five soldiers were wounded") == ("Amadou Diallo", False)
    assert found(art, "the fighting had been particularly fierce") == ("Amadou Diallo", False)


def test_inverted_attribution_with_the_time_between_verb_and_sayer():
    # translated French copy: '"...", said in the evening X' puts the time before the inverted sayer
    lead = "Mediators from the regional bloc met the junta in Bamako on Monday.\n\n"
    art = article(H + lead + "“The discussions took place in a very open atmosphere”, said in the evening the "
                  "president of the ECOWAS Commission, Jean-Claude Kassi Brou.")
    assert found(art, "The discussions took place") == ("Jean-Claude Kassi Brou", True)
    art = article(H + lead + "“We have seen the former president, he is doing very well”, said on Tuesday "
                  "Goodluck Jonathan, the appointed mediator.")
    assert found(art, "We have seen the former president") == ("Goodluck Jonathan", True)
    art = article(H + lead + "“We have seen President Keïta, he is doing very well”, said in the evening Goodluck "
                  "Jonathan, the appointed mediator of the bloc, mandated to restore order in the Sahelian country.")
    assert found(art, "We have seen President") == ("Goodluck Jonathan", True)
    assert not any(t.startswith("Goodluck Jonathan") for _, t, _ in quotes_of(art))     # the sayer is no report
    # the participle after the inverted sayer is no report of his either, whichever way it is parsed
    art = article(H + lead + "“We will not accept this”, said on Tuesday Goodluck Jonathan, the mediator, "
                  "mandated to lead talks.")
    assert found(art, "We will not accept this") == ("Goodluck Jonathan", True)
    assert not any(t.startswith("mandated") for _, t, _ in quotes_of(art)), quotes_of(art)


def test_paragraph_ending_in_a_nested_quotation_with_spaced_closing_marks_is_body_text():
    # AP copy closes a quotation inside a quotation with its marks apart (".' \""): the paragraph is
    # a sentence, not a footer line or a link, and its quotes count
    for last in ("", "\n\nThe electoral commission said it would publish the results on Friday."):
        art = article(H + "Opposition candidate Mikhail Orlov said riot police had stopped his car near the square."
                      '\n\n"They pulled me out of the car," he added. "Then an officer looked at me and said: '
                      "'This one can walk.' \"" + last)
        assert found(art, "They pulled me out of the car") == ("Mikhail Orlov", True)
        assert found(art, "Then an officer looked at me")[0] == "Mikhail Orlov"


def test_chant_after_a_participle_the_tagger_read_as_a_noun():
    # 'formed a human chain chanting, "..."': "chanting" tagged a noun; the chant is the crowd's
    art = article(H + "Police fired tear gas at students near the university in Dhaka on Monday.\n\n"
                  "About 200 protesters formed a human chain chanting, \u201cNo more fees. Free education for all.\u201d")
    speaker, direct = found(art, "No more fees")
    assert direct and speaker is not None and "protesters" in speaker


def test_told_the_hearers_that_with_that_read_as_a_relative_pronoun():
    # the parser hung "that President X had given orders ..." on "soldiers" as a relative clause
    art = article(H + "General Moses Okot, currently in Gulu for the holidays, told officers and soldiers that "
                  "President Museveni had given orders for the curfew to be lifted immediately.")
    assert quotes_of(art) == [("Moses Okot", "President Museveni had given orders for the curfew to be lifted "
                                             "immediately", False)]


def test_closing_attribution_the_parser_made_the_complement_of_the_clause_it_closes():
    art = article(H + "An initial assessment of the two reefs near Palau showed that the corals were in a "
                  "\"very poor\" state, University of Guam marine biologist Ana Cruz told the press conference.")
    speaker, direct = found(art, "An initial assessment of the two reefs")
    assert (speaker, direct) == ("Ana Cruz", False)
    assert any(t.endswith("very poor state") for _, t, _ in quotes_of(art)), quotes_of(art)


def test_quotation_opened_after_saying_and_a_comma_runs_on_to_the_next_paragraph():
    # 'closed the session, saying, "A. B. ¶ "C."': one direct quote (Nigerian copy), not an indirect
    # quote of its first sentence
    art = article(H + "The Minister of Health, Grace Achieng, left the briefing in Kisumu on Monday.\n\n"
                  "Achieng arrived late and closed the session at once, saying, \u201cThere are no reporters here. "
                  "We will not hold this briefing today.\n\n\u201cThe directors should come with me to my office.\u201d")
    qs = quotes_of(art)
    assert len(qs) == 1 and qs[0][0] == "Grace Achieng" and qs[0][2], qs
    assert qs[0][1].startswith("There are no reporters here") and qs[0][1].endswith("to my office"), qs


def test_inverted_credit_to_a_newspaper_is_no_quote():
    # "..., reported Borneo Times": the paper carries the news, it is no speaker (dev README: a
    # publishing outlet is not the speaker); the gazetteer need not list it
    art = article(H + "Prime Minister Anwar Hassan said the visit had been a success.\n\n"
                  "Mr Anwar was meeting the press at the end of his two-day visit to Jakarta, reported Borneo Times.")
    assert quotes_of(art) == [("Anwar Hassan", "the visit had been a success", False)]


def test_double_opening_mark_closed_by_a_single_one_before_the_attribution():
    # '"...,' X said.' (Bangladeshi copy typed in haste): the quotation ends at the single mark; it does
    # not run on into the next paragraph's quotation
    art = article(H + "Chilean President Gabriel Soto spoke to reporters after the flood on Monday.\n\n"
                  "\"I'm relieved that the dam held and that nobody was hurt in the valley,' Soto said.\n\n"
                  "\"The army will stay in the valley until every road is open again,\" Soto added.")
    assert quotes_of(art) == [
        ("Gabriel Soto", "I'm relieved that the dam held and that nobody was hurt in the valley", True),
        ("Gabriel Soto", "The army will stay in the valley until every road is open again", True)]


def test_a_single_mark_closing_a_nested_quotation_does_not_end_the_double_one():
    # an opening double mark left open to run on, with a quotation in single marks inside it and
    # "He said" after that: the single mark closes the nested quotation, not the speaker's words
    art = article(H + "Fatuma Odhiambo fled the village with her four children in June.\n\n"
                  "\"The captain told us, 'Go to the river or you will die.' He said it twice, and then his men "
                  "burned our houses.\n\n\"We walked for three days to reach the camp at Kakuma,\" she said.")
    texts = [t for _, t, _ in quotes_of(art)]
    assert any(t.startswith("The captain told us") and "then his men burned our houses" in t for t in texts), texts


def test_specified_that_reports_speech():
    art = article(H + "Croatian President Ivan Horvat told reporters on Wednesday he would address parliament next "
                  "week.\n\nHe specified that his address would cover the border dispute and the new gas pipeline.")
    assert found(art, "his address would cover the border dispute") == ("Ivan Horvat", False)


def test_a_quotation_opening_a_paragraph_of_the_writers_sentences_stands_alone():
    # the quoted sentence leads the paragraph, the writer's own narration follows with no speech verb
    art = extract_text("NAIROBI -- Police chief Amina Chebet held a press conference on Friday.\n\n"
                       "There have been attacks on the border before, she added.\n\n"
                       '"The reason I called you here today is to tell you that the border unit traced the '
                       'attackers within a day." After the suspects were identified, they were arrested.',
                       "2022-05-10", name="q.txt", headline=True)
    assert ("Amina Chebet", "The reason I called you here today is to tell you that the border unit traced "
            "the attackers within a day", True) in quotes_of(art)


def test_a_quotation_the_writers_next_sentence_points_back_at_is_no_ones_words():
    # "That slogan ...": the writer speaks about the quoted words as a thing, nobody says them here
    art = article(H + "NAIROBI -- Police chief Amina Chebet held a press conference on Friday.\n\n"
                  '"Workers of the world unite, you have nothing to lose but your chains." That slogan was '
                  "painted on the wall of the police station overnight.")
    assert not [q for q in quotes_of(art) if q[1].startswith("Workers of the world")]


def test_a_quotation_the_writers_next_sentence_names_as_a_written_text_is_no_ones_words():
    # the words are a constitution's article the writer cites, not the president's
    art = article(H + "Kenyan President William Ruto visited Kampala on Monday.\n\n"
                  '"All citizens shall be equal before the law and enjoy equal protection." Article 27 of the '
                  "constitution was cited by the judges.")
    assert not [q for q in quotes_of(art) if q[1].startswith("All citizens shall be equal")]


def test_last_paragraph_of_a_long_quotation_before_a_report_goes_on_with_it():
    # a quotation left open at a paragraph's end reopens in the next one, which closes it and goes
    # on with a report: the reopened words are the same speaker's, one quote with the first part
    art = article(H + "Cape Town – “We have always respected the courts. Today we accept the verdict but we "
                  "disagree with it”, Zambian opposition leader Hakainde Mumba said after the ruling. “Our "
                  "lawyers brought strong evidence, but the judges saw it otherwise.\n\n"
                  "“We find it hard to believe that the judges ruled against us on every ground.” Mumba said "
                  "the ruling was not the end of his movement.")
    hits = [(s, t) for s, t, d in quotes_of(art) if d and "We find it hard to believe" in t]
    assert hits and hits[0][0] == "Hakainde Mumba", quotes_of(art)


def test_leading_quotation_before_a_report_with_no_quotation_open_is_no_quote():
    # with no quotation left open before it, the leading words keep no speaker: not the one reported after
    art = article(H + "Police broke up a march in Lusaka on Sunday.\n\n"
                  "“We will march again next week whatever the police say.” Opposition leader Hakainde "
                  "Mumba said the march was peaceful.")
    assert not any(t.startswith("We will march again") for _, t, _ in quotes_of(art)), quotes_of(art)


def test_quotation_after_according_to_running_past_its_first_sentence_is_direct_and_whole():
    # 'According to him, "A. B."': the quotation the frame opens is the quote, in its marks, whole
    art = article(H + "Gunmen attacked a convoy near Busia on Monday.\n\n"
                  "Army spokesman Colonel Musa Bello said the wounded soldiers had been flown to Nairobi.\n\n"
                  "The army spokesman, in a statement, also denied an attack on a church in Malaba.\n\n"
                  "According to him, “we wish to make clear that the attackers were not near the church. "
                  "The villagers are all safe in camps.”")
    hits = [(s, t, d) for s, t, d in quotes_of(art) if t.startswith("we wish to make clear")]
    assert hits and hits[0][2] and hits[0][1].endswith("all safe in camps"), quotes_of(art)
    assert hits[0][0] == "Musa Bello"


def test_quotation_closed_on_a_full_stop_before_a_bare_attribution():
    # '"A. B." X said. "C."': the saying after the full stop is the attribution (and the quotation
    # after it goes on with the same speaker)
    art = article(H + "President William Ruto signed an order on Monday imposing new tariffs on imports.\n\n"
                  "“Kenya is a peace loving nation. We do not seek conflict with any of our neighbours.” Ruto "
                  "said. “I look forward to the day when the tariffs can be lifted.”")
    assert found(art, "Kenya is a peace loving nation") == ("William Ruto", True)
    assert found(art, "I look forward to the day") == ("William Ruto", True)


def test_quotation_closed_on_a_full_stop_before_a_sentence_saying_nothing_is_not_attributed():
    # "The police said nothing more." reports no words: not the attribution of the quotation before it
    art = article(H + "Police broke up the march in Kisumu on Monday. “Go home now.” The police said nothing more.")
    assert not any(t.startswith("Go home now") and s for s, t, _ in quotes_of(art)), quotes_of(art)


def test_quotation_opened_by_according_to_him_runs_on_and_is_the_last_speakers():
    # 'According to him, "A. B.' left open at the paragraph's end: one direct quote, its words whole,
    # "him" the person last quoted (here after an office and department written before the name)
    art = article(H + "Gunmen attacked a convoy near Busia on Monday.\n\n"
                  "Acting Director, Army Public Relations, Colonel Sani Bello, said the wounded soldiers have "
                  "since been evacuated to Nairobi for further medical attention.\n\n"
                  "The army spokesman, in a statement, also denied an attack on a church in Malaba.\n\n"
                  "According to him, “we wish to reiterate that they were not killed near a church as claimed. "
                  "The people from the village are all in camps in Busia.")
    assert found(art, "the wounded soldiers have since been evacuated") == ("Sani Bello", False)
    hits = [(s, t, d) for s, t, d in quotes_of(art) if t.startswith("we wish to reiterate")]
    assert hits and hits[0] == ("Sani Bello", hits[0][1], True) and hits[0][1].endswith("in camps in Busia"), \
        quotes_of(art)


def test_quoted_platform_letter_is_a_name_not_a_quote():
    # 'wrote on "X"': a quoted one-letter name (or an acronym) is no one's words; a short "No" said is
    art = article(H + "Fighting resumed in Goma on Sunday.\n\n"
                  "“We call on the rebels to stop attacks on Goma,” US envoy John Miller wrote on “X”.\n\n"
                  "\"No,\" Miller said when asked about talks.")
    assert not any(t == "X" for _, t, _ in quotes_of(art)), quotes_of(art)
    assert found(art, "We call on the rebels") == ("John Miller", True)
    assert found(art, "No") == ("John Miller", True)


def test_title_set_off_by_a_comma_after_titled_is_no_quote():
    # 'The statement titled, "RE: ...", read, "..."': the title is a name however long; the words
    # the statement read are the quote
    art = article(H + "Chief Justice Mary Banda on Monday struck out the suit filed by Hakainde Mumba.\n\n"
                  "But in reaction on Monday, the Mumba Campaign Secretariat released a statement, saying they "
                  "disagreed with the court.\n\n"
                  "The statement titled, ‘RE: STATEMENT ON COURT RULING’, read, “We have taken note of the "
                  "decision of the court. We respect it although we disagree with it.”")
    qs = quotes_of(art)
    assert not any(t.startswith("RE: STATEMENT") for _, t, _ in qs), qs
    assert found(art, "We have taken note of the decision") == ("Mumba Campaign Secretariat", True)


def test_opening_attribution_the_parser_hung_on_the_clause_after_it():
    # 'However, X says together with his team, they find ...': the saying opens the sentence and
    # the parser made it the complement of the clause it introduces; that clause is the report
    art = article(H + "Zambian Foreign Minister Mulambo Haimbe issued a statement on Monday.\n\n"
                  "However, Haimbe says together with his team, they find it hard to believe that the rebels "
                  "want peace.")
    assert found(art, "they find it hard to believe") == ("Mulambo Haimbe", False)


def test_report_after_a_local_time_the_parser_took_for_the_hearer():
    # 'told local media on Tuesday local time that ...' (wire copy): the clause is the report, and
    # the quoted words in it are the teller's, not the subject's of the clause
    art = article(H + "Rebels met officials in Lusaka on Monday.\n\n"
                  "Zambian army spokesman Brian Phiri also told local media on Tuesday local time that the rebels "
                  "had agreed with President Hakainde Mumba to \"lay down their arms.\"")
    assert found(art, "the rebels had agreed with President") == ("Brian Phiri", False)
    assert found(art, "lay down their arms") == ("Brian Phiri", True)


def test_a_relative_clause_on_a_told_story_is_no_report():
    art = article(H + "Rebels met officials in Lusaka on Monday.\n\n"
                  "The minister told the story that the general had heard.")
    assert not any(t.startswith("the general had heard") for _, t, _ in quotes_of(art)), quotes_of(art)


def test_report_hung_on_the_local_time_of_an_on_phrase():
    # 'told American media on Wednesday local time that X had agreed ... to "..."': the parser hung the
    # clause on the time inside "on ..."; the clause is the teller's report, its quoted end theirs too
    art = article(H + "Talks resumed in Doha on Tuesday.\n\n"
                  "US envoy John Miller also told American media on Wednesday local time that Israeli Prime "
                  "Minister Benjamin Netanyahu had agreed with US President Joe Biden to “take another step "
                  "towards a ceasefire.”")
    assert found(art, "Israeli Prime Minister Benjamin Netanyahu had agreed") == ("John Miller", False)
    assert found(art, "take another step towards a ceasefire") == ("John Miller", True)


def test_according_to_him_in_the_paragraph_of_the_person_is_that_persons():
    # 'X spoke ... . According to him, "A. B."' in one paragraph: "him" is the subject of the sentence
    # before (as "he" would be), not nobody, and not the person quoted before that
    art = article(H + "Opposition leader Rosa Mwale said the count in Ndola was flawed.\n\n"
                  "Home Affairs Minister Peter Chanda disagreed on Tuesday. According to him, "
                  "\u201cThe count was fair. It was open to all observers.\u201d")
    hits = [(s, t, d) for s, t, d in quotes_of(art) if t.startswith("The count was fair")]
    assert hits and hits[0][0] == "Peter Chanda", quotes_of(art)


def test_quotation_closed_on_a_full_stop_before_a_denial_or_silence_is_not_attributed():
    # '"A." X did not comment.' / '"A." Nobody has said so.': no one is said to have said the words
    for after in ("The finance ministry did not comment.", "Officials have not confirmed.",
                  "Nobody has said so publicly.", "No official has commented."):
        art = article(H + "A leaked memo circulated in Lusaka on Monday.\n\n"
                      "\u201cMaize prices will rise by half before the end of the year.\u201d " + after)
        assert not [q for q in quotes_of(art) if q[1].startswith("Maize prices")], (after, quotes_of(art))
    art = article(H + "A leaked memo circulated in Lusaka on Monday.\n\n"
                  "\u201cMaize prices will rise by half before the end of the year.\u201d Finance Minister "
                  "Situmbeko Musokotwane said.")
    assert found(art, "Maize prices will rise") == ("Situmbeko Musokotwane", True)


def test_told_hearer_local_time_that_with_that_read_as_a_relative_adverb_reports_the_clause():
    # '... told reporters on Monday local time that ...' where the parser made "that" the relative
    # adverb of "time" ("the time that"): the clause is still the report
    art = article(H + "Foreign Minister Wang Yi told reporters on Monday local time that China would respond.\n\n"
                  "Russian Foreign Minister Sergei Lavrov told the council at the time that Russia had no troops there.")
    assert found(art, "China would respond") == ("Wang Yi", False)
    assert found(art, "Russia had no troops there") == ("Sergei Lavrov", False)


def test_opening_saying_with_an_object_or_a_negation_introduces_no_report():
    # 'X says nothing, the protesters are angry': a saying that has its object (or is denied) reports
    # nothing of the clause after it, unlike 'X says together with his team, they find ...'
    art = article(H + "Opposition leader Kizza Besigye spoke in Kampala.\n\n"
                  "Still, Besigye says nothing, the protesters are angry about the arrests.\n\n"
                  "Besigye does not say, the traders are angry about the taxes.")
    assert not [q for q in quotes_of(art) if "angry" in q[1]], quotes_of(art)


def test_two_short_words_in_capitals_chanted_are_words_said_not_a_name():
    # 'chanted "NO WAR"': a chant in capitals is said; only one capitals-only word ("X", "AU") is a name
    art = article(H + "Hundreds of students marched to the Russian embassy in Accra on Monday.\n\n"
                  "The students chanted \u201cNO WAR\u201d outside the embassy.")
    assert [t for _, t, _ in quotes_of(art) if t == "NO WAR"], quotes_of(art)
