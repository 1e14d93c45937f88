"""When events happened: each attachment rule of ingest/timex.py, and whole articles whose dates other
tools get wrong (variants of ../shared/eval/cases 05, 06, 10, 13 and 15, in sentences of our own)."""

from __future__ import annotations

import pytest
from extracting import extract_text

from tuiex.ingest.dates import PartialDate
from tuiex.ingest.nlp import load_nlp
from tuiex.ingest.pipeline import extract
from tuiex.ingest.readers import read_documents
from tuiex.ingest.timex import EventDater, timexes

HEAD = "Kenya and Uganda trade words over the border\n\n"
LEAD = "Kenya accused Uganda of moving troops to the border, officials said.\n\n"
SECOND = "Uganda hosted a regional summit in Kampala.\n\n"   # the lead is the first two body paragraphs


def article(text: str, published: str | None = "2021-03-03"):   # a Wednesday
    return extract_text(text, published, name="a.txt")


def dated(art) -> dict[str, str | None]:
    """trigger -> date"""
    return {e.trigger: e.date for e in art.events}


def test_the_lead_takes_the_published_date():
    art = article(HEAD + "Kenya criticized Uganda over the border closure.")
    assert dated(art) == {"criticized": "2021-03-03"}


def test_a_later_simple_past_without_a_time_is_the_news_of_the_day():
    art = article(HEAD + LEAD + SECOND + "Kenya criticized Uganda over the border closure.")
    assert dated(art)["criticized"] == "2021-03-03"


def test_a_later_present_perfect_without_a_time_has_no_date():
    art = article(HEAD + LEAD + SECOND + "Kenya has criticized Uganda over the border closure.")
    assert dated(art)["criticized"] is None


def test_coordinated_verbs_share_the_auxiliary_of_the_first():
    text = ("Uganda has expelled Kenyan traders, suspended two radio stations and demanded that Nairobi"
            " recall its envoy.")
    assert set(dated(article(HEAD + text)).values()) == {"2021-03-03"}     # the lead's perfect
    later = dated(article(HEAD + LEAD + SECOND + text))
    assert later["expelled"] is later["suspended"] is later["demanded"] is None
    art = article(HEAD + LEAD + SECOND + "The police had raided the house and arrested him.")
    assert dated(art)["raided"] is dated(art)["arrested"] is None            # pluperfect as a whole


def test_a_pluperfect_reported_in_the_past_is_a_shifted_simple_past():
    # sequence of tenses: "said ... had raided" reports "raided"
    art = article(HEAD + LEAD + SECOND + "Relatives said the police had raided the house and arrested him.")
    assert dated(art)["raided"] == dated(art)["arrested"] == "2021-03-03"
    art = article(HEAD + LEAD + SECOND + "Earlier, Uganda said Kenya had expelled two traders.")
    assert dated(art)["expelled"] is None          # the report itself is background
    art = article(HEAD + LEAD + SECOND + "Uganda says Kenya had expelled two traders.")
    assert dated(art)["expelled"] is None          # no shift under a present tense


@pytest.mark.parametrize("sentence, trigger", [
    ("Kenya recalled its envoy after Uganda condemned Nairobi for spying.", "condemned"),
    ("Kenya protested before Uganda arrested the two traders.", "arrested"),
    ("Uganda expelled two Kenyan diplomats earlier.", "expelled"),
    ("The rebels fired on soldiers deployed by Uganda along the border.", "deployed"),
])
def test_a_past_told_as_background_is_no_news_of_the_day(sentence, trigger):
    assert dated(article(HEAD + sentence))[trigger] is None
    assert dated(article(HEAD + LEAD + SECOND + sentence))[trigger] is None


def test_no_date_is_carried_from_the_sentence_before():
    art = article(HEAD + LEAD + SECOND +
                  "In March 2019, Kenya expelled two Ugandan diplomats. Kenya criticized Uganda for its reply.")
    dates = dated(art)
    assert dates["expelled"] == "2019-03"
    assert dates["criticized"] == "2021-03-03"    # the day's news, not March 2019


def test_a_date_inside_a_quotation_stays_there():
    art = article(HEAD + LEAD + SECOND +
                  'Kenya criticized Uganda, saying "the convoy crossed on Friday and nobody stopped it".')
    assert dated(art)["criticized"] == "2021-03-03"   # the day's news, not Friday


def test_a_since_phrase_is_no_date():
    art = article(HEAD + "Kenya has criticized Uganda since 2008 over the border.")
    assert dated(art)["criticized"] != "2008"


def test_a_durative_perfect_is_no_news_of_the_day():
    art = article(HEAD + "Kenya has long criticized Uganda over the border.")
    assert dated(art)["criticized"] is None


def test_a_lead_perfect_is_the_news_of_the_day():
    art = article(HEAD + "Kenya has criticized Uganda over the border closure.")
    assert dated(art)["criticized"] == "2021-03-03"


@pytest.mark.parametrize("sentence, expected", [
    ("Kenya will meet Uganda on Tuesday.", "2021-03-09"),                     # the coming Tuesday
    ("Kenya met Uganda on Tuesday.", "2021-03-02"),                           # the last one
])
def test_tense_picks_the_direction(sentence, expected):
    art = article(HEAD + sentence)
    assert expected in dated(art).values()


@pytest.mark.parametrize("sentence, expected", [
    ("Kenya is expected to meet Uganda on Friday.", "2021-03-05"),
    ("Kenya plans to hold talks with Uganda on Monday.", "2021-03-08"),
    ("Talks between Kenya and Uganda are scheduled for Monday.", "2021-03-08"),
    ("The two leaders are set to sign the accord on Tuesday.", "2021-03-09"),
    ("Kenya said on Monday that it would reopen the border.", "2021-03-01"),   # the saying was past
    ("A decision on the border is expected in April.", "2021-04"),
    ("The shares fell below the record high set on March 1.", "2021-03-01"),  # "set" without for/to
    ("The ruling was expected on Monday but the judges delayed it.", "2021-03-01"),  # expected in the past
    ("The report, which had been expected on Monday, was held back.", "2021-03-01"),
    ("The shares fell below the record high set on July 1.", "2020-07-01"),
])
def test_future_cues_pick_the_coming_day(nlp, sentence, expected):
    found = timexes(nlp(sentence), PartialDate.parse("2021-03-03"))
    assert [t.value.iso() for t in found] == [expected]


def test_the_modal_may_is_no_month(nlp):
    # "This May ..." opens a sentence with the modal; "this May" after a verb is the month
    assert timexes(nlp("This May be the last round of talks."), PartialDate.parse("2021-03-03")) == []
    found = timexes(nlp("Elections will be held this May."), PartialDate.parse("2021-03-03"))
    assert [t.value.iso() for t in found] == ["2021-05"]


def test_a_when_clause_happened_on_the_day():
    art = article(HEAD + LEAD + SECOND +
                  "Relations were frozen until June 29, when Kenya signed a deal with Uganda.")
    assert "2020-06-29" in dated(art).values()


def test_an_action_in_a_dated_event_takes_its_month():
    art = article(HEAD + LEAD + SECOND + "Kenya gave its support to Uganda in the July 15 coup attempt.")
    assert dated(art)["gave its support"] == "2020-07"


def test_a_count_is_not_a_year():
    art = article(HEAD + LEAD + SECOND + "Police detained 2000 protesters and Kenya criticized Uganda.")
    assert "2000" not in dated(art).values()


# ---- the TIMEX layer on its own

@pytest.fixture(scope="module")
def nlp():
    return load_nlp()


def test_timex_marks_quotations_bounds_and_noun_modifiers(nlp):
    doc = nlp('Police have patrolled since 2008. Last month\'s arrest was "a mistake on Monday".')
    found = {t.text: t for t in timexes(doc, PartialDate.parse("2021-03-03"))}
    assert found["since 2008"].bound
    assert found["Last month's"].nominal and found["Last month's"].value == PartialDate(2021, 2)
    assert found["on Monday"].in_quote is not None


# ---- whole articles

def test_relative_stamp_and_yearless_dateline_give_no_date_at_all():
    """A crawl stamp, a dateline without a year and a count that looks like a year: nothing in the
    text gives a year, so the article and its events are undated (case 06's kind)."""
    text = ("Published 5 hours ago\n\nPortugal bars Angolan minister from Lisbon rally\n\n"
            "LISBON, May 4 (Wire) - Portugal barred the Angolan foreign minister from addressing a rally "
            "in Lisbon on Saturday, and police detained 2000 people outside the embassy.\n\n"
            "Angola accused Portugal of breaking diplomatic rules.")
    art = article(text, published=None)
    assert art.published is None
    assert all(e.date is None for e in art.events)
    assert art.events


def test_british_slash_date_decided_by_the_lead_weekday(tmp_path):
    # 06/11/2017 is 6 November (a Monday) or 11 June (a Sunday); the lead says Monday
    f = tmp_path / "a.txt"
    f.write_text("Chile and Peru sign fishing accord\n\n06/11/2017 09:40 GMT\n\n"
                 "Chile and Peru signed a fishing accord on Monday, officials said.\n", encoding="utf-8")
    doc = next(read_documents([str(f)]))
    art = extract(doc)
    assert art.published == "2017-11-06"
    assert "2017-11-06" in dated(art).values()


def test_html_date_from_the_article_not_from_a_comment(tmp_path):
    f = tmp_path / "a.html"
    f.write_text("""<html><head><title>Chile and Peru sign fishing accord</title></head><body>
<article><h1>Chile and Peru sign fishing accord</h1><p>Monday, November 6, 2017</p>
<p>Chile and Peru signed a fishing accord on Monday that sets quotas for anchovy boats on both
sides of the maritime border, officials in both capitals said.</p>
<p>The accord follows two years of talks between the fisheries ministries of the two countries,
which had clashed over the boats that cross the line each season in search of the shoals.</p>
<p>Fishermen in the northern ports welcomed the quotas, which the ministries will review every year
with scientists from both countries and observers from the regional fisheries body.</p>
<div id="comments"><p>Great news for fishermen! <time datetime="2019-02-01T08:00:00Z">1 Feb 2019</time></p></div>
</article></body></html>""", encoding="utf-8")
    doc = next(read_documents([str(f)]))
    art = extract(doc)
    assert art.published == "2017-11-06"


def test_dateline_with_a_dotted_capital_city():
    art = article("Mayor congratulates rival after rerun\n\n"
                  "İZMİR, June 24, 2019 (AA) - Turkey's president congratulated the opposition on Monday.",
                  published=None)
    assert art.published == "2019-06-24"
    assert "AA" not in {a.name for a in art.actors.values()}


def test_a_to_infinitive_shares_the_tense_of_its_verb():
    # "has fought since 2012" is a state, so the purpose it names is no news of the day either
    art = article(HEAD + "The rebel group has fought since 2012 to overthrow Uganda's government.")
    assert dated(art).get("overthrow") is None
    art = article(HEAD + "Kenya moved to expel two Ugandan diplomats.")   # the lead's past: the day's news
    assert dated(art)["expel"] == "2021-03-03"


@pytest.mark.parametrize("sentence, trigger, expected", [
    ("Kenya criticized Uganda over the weekend.", "criticized", "2021-02"),       # Feb 27-28, just past
    ("Kenya will criticize Uganda at the weekend.", "criticize", "2021-03"),      # Mar 6-7, ahead
    ("Kenya expelled two Ugandan diplomats last night.", "expelled", "2021-03-02"),
])
def test_the_weekend_and_last_night(sentence, trigger, expected):
    assert dated(article(HEAD + sentence))[trigger] == expected


@pytest.mark.parametrize("sentence, trigger, expected", [
    ("The troops were withdrawn after a 2018 Kenya-Uganda deal agreed in Arusha.", "agreed", "2018"),
    ("The 2019 border agreement was signed by Kenya in Arusha.", "agreement was signed", "2019"),
    ("Kenya praised the 2019 border agreement signed by Uganda in Arusha.", "signed", "2019"),
])
def test_an_action_told_of_a_dated_event_noun_takes_its_date(sentence, trigger, expected):
    # the noun's date reaches the verb whose subject it is, or the participle describing it
    assert dated(article(HEAD + LEAD + SECOND + sentence))[trigger] == expected


@pytest.mark.parametrize("sentence, expected", [
    ('"We will not reopen the border," the Kenyan minister said.', "2021-03-03"),   # past, after the lead
    ("Earlier, the Kenyan minister said that the border would stay closed.", None),  # background
    ("The Kenyan minister has said that the border would stay closed.", None),       # perfect, after the lead
])
def test_a_quote_is_dated_like_an_event(sentence, expected):
    quotes = article(HEAD + LEAD + SECOND + sentence).quotes
    assert quotes[-1].date == expected, [(q.text, q.date) for q in quotes]



def _date_of(nlp, sentence: str, word: str) -> str | None:
    """The date EventDater gives the action `word` of `sentence`, away from the lead."""
    doc = nlp(sentence)
    dater = EventDater("2021-03-03")
    dater.paragraph(doc)
    date = dater.for_verb(next(t for t in doc if t.text == word), lead=False)
    return date.iso() if date else None


def test_a_subjectless_present_participle_shares_its_verbs_time(nlp):
    # a participle after "for", or describing the object of a past verb, happens when that verb does
    assert _date_of(nlp, "Kenya praised Uganda for opening the border crossing at Busia.", "opening") == "2021-03-03"
    assert _date_of(nlp, "The envoy met traders carrying a petition to the governor.", "carrying") == "2021-03-03"
    # ... and is as old as that verb
    assert _date_of(nlp, "The envoy has long met traders carrying petitions.", "carrying") is None


def test_a_participle_placed_after_another_action_stays_background(nlp):
    assert _date_of(nlp, "After criticizing Uganda, the Kenyan minister left for Nairobi.", "criticizing") is None


def test_a_past_tense_coordinated_with_a_bare_present_is_past(nlp):
    # no auxiliary to share: "said it is ... and reiterated" is a simple past, the day's news
    sentence = "The minister said the closure is a hostile act and reiterated his support for Kenya."
    assert _date_of(nlp, sentence, "reiterated") == "2021-03-03"
    # the first conjunct's auxiliary reaches the third, whatever the tagger makes of it
    sentence = ("Uganda has expelled Kenyan traders, suspended two radio stations and demanded that"
                " Nairobi recall its envoy.")
    assert _date_of(nlp, sentence, "demanded") is None


def test_a_clock_time_dates_the_action_to_the_day_and_yields_to_a_calendar_date(nlp):
    # a clock time reaches even a pluperfect: the day of the story
    sentence = "The marchers had gathered as early as 7 am to protest the new tax."
    assert _date_of(nlp, sentence, "protest") == "2021-03-03"
    assert _date_of(nlp, "Rebels shelled the port at 6 am on Monday.", "shelled") == "2021-03-01"


def test_a_quoted_account_takes_the_date_of_the_event_it_describes(nlp):
    sentence = "“We stormed the camp and seized weapons,” a police commander told reporters, describing Friday’s raid."
    assert _date_of(nlp, sentence, "stormed") == "2021-02-26"
    # without the account, the quoted past is the day's news
    assert _date_of(nlp, "“We stormed the camp,” a police commander told reporters.", "stormed") == "2021-03-03"


def test_a_when_clause_of_a_dated_noun_takes_the_nouns_date(nlp):
    # the clause tells what happened in the dated event it describes, not the day's news
    sentence = "The minister recalled the March 2019 crisis when the army deployed troops to the border."
    assert _date_of(nlp, sentence, "deployed") == "2019-03"
    sentence = "The report recalled the 2019 flood, when the army evacuated thousands of villagers."
    assert _date_of(nlp, sentence, "evacuated") == "2019"


def test_a_clause_set_after_a_dated_phrase_does_not_share_its_date(nlp):
    # "after which": later than 2014 by an unknown span, and background to the day's news
    sentence = "Ties have cooled since the annexation of the island in 2014, after which Europe imposed sanctions on Moscow."
    assert _date_of(nlp, sentence, "imposed") is None
    assert _date_of(nlp, sentence, "annexation") == "2014"


def test_an_action_reported_by_an_earlier_statement_is_as_old_as_it(nlp):
    sentence = "Earlier, the ministry said two envoys were told to leave because of what it called hostile conduct."
    assert _date_of(nlp, sentence, "called") is None
    assert _date_of(nlp, "Earlier, Uganda said Kenya expelled two traders.", "expelled") is None
    # without "earlier" the report and what it reports are the day's news
    assert _date_of(nlp, "Uganda said Kenya expelled two traders.", "expelled") == "2021-03-03"


def test_a_date_at_the_end_of_a_coordinated_verb_phrase_dates_every_verb(nlp):
    sentence = "A shipment of tents was flown from Nairobi for the flood victims and reached Kampala on March 1, 2021."
    assert _date_of(nlp, sentence, "flown") == "2021-03-01"
    assert _date_of(nlp, "Rebels attacked the base and killed 13 soldiers on Monday.", "attacked") == "2021-03-01"
    # a verb with a date of its own keeps it; a conjunct with its own subject is another clause
    assert _date_of(nlp, "Police arrested him in 2019 and released him on Monday.", "arrested") == "2019"
    assert _date_of(nlp, "Rebels attacked the base and the army retook it in 2019.", "attacked") == "2021-03-03"


def test_a_relative_time_inside_a_quotation_counts_from_the_day_it_was_said(nlp):
    # the article is of Wednesday March 3; the tweet was written on Monday March 1
    sentence = "“Today we signed a deal with Uganda,” the minister wrote on Twitter on Monday."
    assert _date_of(nlp, sentence, "signed") == "2021-03-01"
    sentence = "“We will meet the Ugandan president tomorrow,” the minister said on Monday."
    assert _date_of(nlp, sentence, "meet") == "2021-03-02"
    # said with no day of its own: the quotation's "tomorrow" counts from the published date
    sentence = "“We will meet the Ugandan president tomorrow,” the minister said."
    assert _date_of(nlp, sentence, "meet") == "2021-03-04"


def test_a_clause_a_measured_span_after_a_dated_action_is_dated_by_the_span(nlp):
    sentence = "The attack came a day after Kenya accused Uganda of arming rebels."
    assert _date_of(nlp, sentence, "accused") == "2021-03-02"
    sentence = "The blast on Monday came a week after Kenya accused Uganda of arming rebels."
    assert _date_of(nlp, sentence, "accused") == "2021-02"   # weeks count to the month, as "last week"
    sentence = "The attack came hours after Kenya accused Uganda of arming rebels."
    assert _date_of(nlp, sentence, "accused") == "2021-03-03"
    # no measure: only that it was earlier; a dated main clause gives its month at most
    assert _date_of(nlp, "The attack came after Kenya accused Uganda of arming rebels.", "accused") is None
    sentence = "Rebels attacked the town on Monday after Kenya accused Uganda of arming them."
    assert _date_of(nlp, sentence, "accused") == "2021-03"


def test_a_part_of_the_day_after_a_weekday_keeps_the_day(nlp):
    # "Monday night" is a time of that Monday, not an event named by its day ("the July 15 coup")
    assert _date_of(nlp, "Police arrested 20 protesters on Monday night.", "arrested") == "2021-03-01"
    assert _date_of(nlp, "Police arrested 20 protesters Tuesday evening.", "arrested") == "2021-03-02"
    assert _date_of(nlp, "Police arrested 20 protesters on Saturday night.", "arrested") == "2021-02-27"
    assert _date_of(nlp, "Rebels who staged the July 15 coup were arrested.", "coup") == "2020-07"


def test_an_action_done_at_a_dated_occasion_takes_its_date(nlp):
    # the parser hangs "on Monday" on the noun of the occasion, not on the verb
    assert _date_of(nlp, "Three soldiers were killed in a raid on Monday.", "killed") == "2021-03-01"
    # ... or on the event noun that is the subject
    assert _date_of(nlp, "A suicide bombing on Monday killed 13 soldiers in Mogadishu.", "killed") == "2021-03-01"


def test_a_time_counted_from_another_time_of_the_sentence(nlp):
    sentence = "Rebels seized the town on Friday and the army retook it two days later."
    assert _date_of(nlp, sentence, "retook") == "2021-02-28"
    sentence = "The two sides signed a truce on February 28 and exchanged prisoners the next day."
    assert _date_of(nlp, sentence, "exchanged") == "2021-03-01"
    sentence = "Kenya expelled Ugandan traders in November 2018 and closed the border two months later."
    assert _date_of(nlp, sentence, "closed") == "2019-01"
    sentence = "Kenya expelled Ugandan traders in 2018 and closed the border a year later."
    assert _date_of(nlp, sentence, "closed") == "2019"
    # counted from an action told elsewhere: not the published date, no date
    assert _date_of(nlp, "The army retook the town the following week.", "retook") is None


def test_a_time_right_after_a_speech_verb_is_the_speeches(nlp):
    # without "that" the parser hangs "on Tuesday" on the complement; it is when Kenya said it
    sentence = "Kenya said on Tuesday it would expel two Ugandan diplomats."
    assert _date_of(nlp, sentence, "said") == "2021-03-02"
    assert _date_of(nlp, sentence, "expel") is None          # a coming action: not the saying's day
    # a pluperfect hanging on the dated report keeps its year only (module docstring)
    sentence = "Kenya told Reuters on Tuesday Uganda had expelled two Kenyan diplomats."
    assert _date_of(nlp, sentence, "told") == "2021-03-02"    # "Tuesday Uganda" is no dated noun
    assert _date_of(nlp, sentence, "expelled") == "2021"


def test_a_speech_act_in_the_present_is_the_news_of_the_published_day(nlp):
    assert _date_of(nlp, "Kenya accuses Uganda of moving troops to the border.", "accuses") == "2021-03-03"
    assert _date_of(nlp, "Moscow denies any role in the attack on the convoy.", "denies") == "2021-03-03"
    # a standing description in a relative clause, and an action other than a speech act, are not
    sentence = "The rebels, who accuse Kampala of bombing their villages, control the hills."
    assert _date_of(nlp, sentence, "accuse") is None
    assert _date_of(nlp, "Uganda supports the rebels in the north.", "supports") is None


def test_a_later_present_perfect_that_adds_to_the_news_is_the_days_news():
    art = article(HEAD + LEAD + SECOND + "Kenya has also criticized Uganda over the border closure.")
    assert dated(art)["criticized"] == "2021-03-03"
    # a state of affairs stays undated, "also" or not
    art = article(HEAD + LEAD + SECOND + "Kenya has also long criticized Uganda over the border closure.")
    assert dated(art)["criticized"] is None


def test_the_news_of_the_day_is_the_published_day_even_after_a_lead_dated_the_day_before():
    # GUIDELINES: an undated simple past is the news of the day and takes the published date, also
    # when the lead's own action happened the day before (variants of cases 07 and 09)
    art = article(HEAD + "Kenyan troops crossed into Uganda on Monday, the army said.\n\n" + SECOND
                  + "Kenya criticized Uganda over the border closure.")
    assert dated(art)["criticized"] == "2021-03-03"


@pytest.mark.parametrize("text", [
    "On 9999-12-31 Ethiopian troops attacked Eritrea and seven weeks later Eritrea shelled Ethiopia.",
    "Ethiopian troops shelled Eritrea on 31/12/9999 and a day later Eritrean forces attacked Ethiopia.",
    "Ethiopian troops shelled Eritrea on 31 December 9999 and two years later Eritrea attacked Ethiopia.",
    "Kenyan police arrested the mayor on 1 January 0001, a day after Kenya accused Uganda of fraud.",
])
def test_a_time_counted_past_the_calendar_from_a_mistyped_year_costs_no_article(text):
    """'a day later' or 'a day after' counted from year 9999 or 1 leaves the calendar: no date, no
    OverflowError (which lost the whole article)."""
    art = article("Headline Words Here\n\n" + text)
    assert art.events
    assert all(e.date is None or len(e.date.split("-")[0]) == 4 for e in art.events)


@pytest.mark.parametrize("sentence, word, expected", [
    # a bare "before"/"after" a day: some day before or after it, so the month
    ("Troops withdrew from the town after Monday's vote.", "withdrew", "2021-03"),
    ("Troops withdrew from the town before Friday's deadline.", "withdrew", "2021-02"),
    ("Troops withdrew from the town in the hours before Monday's vote.", "withdrew", "2021-03"),
    # a range of days: the month
    ("Police arrested 40 protesters between Monday and Wednesday.", "arrested", "2021-03"),
    ("Police arrested 40 protesters from Monday to Wednesday.", "arrested", "2021-03"),
    # a single day stays a day
    ("Police arrested 40 protesters on Monday.", "arrested", "2021-03-01"),
    ("Rebels shelled the town late on Sunday.", "shelled", "2021-02-28"),
])
def test_a_day_that_only_bounds_the_action_dates_its_month(nlp, sentence, word, expected):
    assert _date_of(nlp, sentence, word) == expected


def test_a_bounding_day_keeps_its_own_value_as_a_timex(nlp):
    # TempEval marks "Monday" in "after Monday's vote" as that Monday: the TIMEX value is unchanged
    found = timexes(nlp("Troops withdrew from the town after Monday's vote."), PartialDate.parse("2021-03-03"))
    assert [(t.value.iso(), t.around) for t in found] == [("2021-03-01", True)]


@pytest.mark.parametrize("sentence, expected", [
    # the measure phrase hangs on "after" itself: still counted back from the main verb's day
    ("The visit came three days after rebels seized the town.", "2021-02-28"),
    # weeks count to the month, as "a week later" and "last week" do
    ("The visit came two weeks after rebels seized the town.", "2021-02"),
])
def test_a_measured_clause_is_counted_from_the_main_verb(nlp, sentence, expected):
    assert _date_of(nlp, sentence, "seized") == expected


@pytest.mark.parametrize("sentence, word, expected", [
    # a conjunct with its own subject and another tense is not dated by the first conjunct's day ...
    ("A riot broke out on Monday near the border, and the Kenyan side has lodged a strong protest, "
     "the ministry said on Tuesday.", "lodged", "2021-03-02"),
    # ... one in the same tense, or without a subject of its own, still is
    ("Rebels attacked the base on Monday and the army retaliated.", "retaliated", "2021-03-01"),
    ("Rebels attacked the base on Monday and killed 13 soldiers.", "killed", "2021-03-01"),
])
def test_a_conjunct_in_another_tense_keeps_its_own_time(nlp, sentence, word, expected):
    assert _date_of(nlp, sentence, word) == expected


@pytest.mark.parametrize("sentence, word, expected", [
    # a bare infinitive coordinated with a to-infinitive shares its "to" and so its governor's time
    ("Kenya and Uganda agreed to cease fire and withdraw their troops.", "withdraw", "2021-03-03"),
    ("Kenya and Uganda agreed on Monday to cease fire and withdraw their troops.", "withdraw", "2021-03-01"),
    ("Kenya decided to expel two diplomats and close its embassy.", "close", "2021-03-03"),
    # ... and its future or its state
    ("Kenya will expel two diplomats and close its embassy.", "close", None),
    ("Kenya has long refused to expel diplomats and close its embassy.", "close", None),
])
def test_a_coordinated_bare_infinitive_shares_its_governors_time(nlp, sentence, word, expected):
    assert _date_of(nlp, sentence, word) == expected


@pytest.mark.parametrize("sentence, word, expected", [
    # counted back from the day told before it in the sentence, not from the published date
    ("Kenya said on Tuesday that it had signed an agreement with Uganda a day earlier.", "signed", "2021-03-01"),
    ("Kenya said on Tuesday that it signed an agreement with Uganda two days earlier.", "signed", "2021-02-28"),
    ("Kenya said on Tuesday it had signed an agreement with Uganda the previous day.", "signed", "2021-03-01"),
    ("Kenya said on Tuesday it had signed an agreement with Uganda the day before.", "signed", "2021-03-01"),
    # with no day before it, "the previous day" counts from an action told elsewhere: no date
    ("Uganda had closed the border the previous day.", "closed", None),
    # "the day before the vote" is no count back
    ("The rebels met the envoy the day before the vote.", "met", "2021-03-03"),
    # a bare "before"/"after" measured in hours stays on the day; "the hours before" is a stretch
    ("The rebels met the envoy hours before Monday's vote.", "met", "2021-03-01"),
    ("The rebels met the envoy shortly after Monday's vote.", "met", "2021-03-01"),
])
def test_a_time_counted_back_from_the_storys_day(nlp, sentence, word, expected):
    assert _date_of(nlp, sentence, word) == expected


@pytest.mark.parametrize("sentence, word, expected", [
    # the object event noun's own time is the action's: the repelling is the attack's Monday
    ("The army said it repelled an attack on Monday.", "repelled", "2021-03-01"),
    ("Rebels launched an offensive on Sunday.", "launched", "2021-02-28"),
])
def test_an_action_on_a_dated_event_object_takes_its_time(nlp, sentence, word, expected):
    assert _date_of(nlp, sentence, word) == expected


def test_a_reaction_to_a_dated_event_does_not_take_its_time(nlp):
    # "on Monday night" hangs on the attack: the condemning is the day's news, not Monday's
    sentence = "Kenya condemned the deadly attack on Monday night."
    assert _date_of(nlp, sentence, "condemned") == "2021-03-03"


@pytest.mark.parametrize("text, expected", [
    # "this past week" is "the past week": the seven days before, here over two months, so the year
    ("This past week, the opposition walked out of the talks.", "2021"),
    ("Rebels have shelled the town twice this past month.", "2021"),
])
def test_this_past_week_is_the_past_week(nlp, text, expected):
    found = timexes(nlp(text), PartialDate.parse("2021-03-03"))
    assert [t.value.iso() for t in found] == [expected]


def test_this_past_week_inside_one_month_is_that_month(nlp):
    found = timexes(nlp("This past week, the opposition walked out of the talks."), PartialDate.parse("2021-03-20"))
    assert [t.value.iso() for t in found] == ["2021-03"]


def test_last_evening_is_yesterday(nlp):
    found = timexes(nlp("The envoy arrived in the capital late last evening."), PartialDate.parse("2021-03-03"))
    assert [t.value.iso() for t in found] == ["2021-03-02"]
    assert _date_of(nlp, "The envoy arrived in the capital late last evening.", "arrived") == "2021-03-02"


def test_a_day_earlier_inside_a_quotation_counts_from_the_day_it_was_said(nlp):
    # said on Monday: the quotation's "two days earlier" is two days before that Monday
    assert _date_of(nlp, 'On Monday, the minister said: "We signed it two days earlier."', "signed") == "2021-02-27"


@pytest.mark.parametrize("published, sentence, expr, value", [
    # "would" on the verb an adjective's infinitive hangs on: ahead (2021-03-03 is a Wednesday)
    ("2021-03-03", "The delegation would be ready to fly to Nairobi as early as Monday, the envoy said.", "Monday",
     "2021-03-08"),
    # a to-infinitive describing a noun is intended, still ahead
    ("2021-03-03", "The two firms announced an agreement to merge their ports in February.", "in February",
     "2022-02"),
    ("2021-03-03", "The junta unveiled a plan to hold elections on Friday.", "on Friday", "2021-03-05"),
    # ... but not one telling of what was done, nor a purpose clause ("travelled to meet him on Monday")
    ("2021-03-03", "She was the first minister to visit the camp on Monday.", "on Monday", "2021-03-01"),
    ("2021-03-03", "The envoy travelled to Kigali to meet the president on Monday.", "on Monday", "2021-03-01"),
    ("2021-03-03", "Kenya's failure to pay its debts in January angered Uganda.", "in January", "2021-01"),
    ("2021-03-03", "Uganda condemned Kenya's decision to close the border on Monday.", "on Monday", "2021-03-01"),
    ("2021-03-03", "Uganda condemned Kenya's move to expel two envoys on Monday.", "on Monday", "2021-03-01"),
    # a deferring verb's bound and the day something takes effect lie ahead
    ("2021-10-20", "The court adjourned the treason trial until Jan. 12.", "until Jan. 12", "2022-01-12"),
    ("2021-10-20", "The junta extended the curfew through January.", "January", "2022-01"),
    ("2021-10-20", "The strikers were given until Feb. 3 to return to work.", "until Feb. 3", "2022-02-03"),
    ("2021-10-20", "The new port fees, effective Jan. 1, anger traders.", "Jan. 1", "2022-01-01"),
    ("2021-10-20", "The bonus is payable Feb. 28 to veterans.", "Feb. 28", "2022-02-28"),
    # other bounds stay in the past
    ("2021-10-20", "The siege lasted until Jan. 12.", "until Jan. 12", "2021-01-12"),
    ("2021-03-03", "Kenya gave Uganda the right to fish in the lake since January.", "since January", "2021-01"),
    ("2021-03-03", "Kenya plans to lift the ban in force since January.", "since January", "2021-01"),
])
def test_intent_and_deadlines_look_ahead(nlp, published, sentence, expr, value):
    found = {t.text: t for t in timexes(nlp(sentence), PartialDate.parse(published))}
    assert found[expr].value is not None and found[expr].value.iso() == value


@pytest.mark.parametrize("sentence, trigger, value", [
    ("Rebels, who seized the port in 2019, were attacked by Somali troops later that year.", "attacked", "2019"),
    ("Rebels, who seized the port on Feb. 4, were attacked by Somali troops that same day.", "attacked",
     "2021-02-04"),
    ("Ghana expelled two envoys in 2015, and Togo expelled three Ghanaians the following year.", "expelled",
     "2016"),
])
def test_that_year_and_the_following_year_count_from_the_time_before(sentence, trigger, value):
    art = article(HEAD + LEAD + SECOND + sentence)
    assert [e.date for e in art.events if e.trigger == trigger][-1] == value


def test_that_day_with_no_time_before_it_dates_nothing():
    # "that day" points at a day told in another sentence: not the day of the news
    art = article(HEAD + LEAD + SECOND + "Rebels seized the port in 2019. Somali troops attacked them later that "
                  "year, the army said.")
    assert dated(art)["attacked"] is None


@pytest.mark.parametrize("sentence, trigger", [
    # "that" opening a reported clause before a noun ("night raids", "morning flights") is no "that night"
    ("Somali officials said that night raids by Kenyan troops killed 12 civilians.", "killed"),
    ("Somali officials said that morning raids by Kenyan troops killed 12 civilians.", "killed"),
])
def test_that_opening_a_clause_before_a_time_noun_is_no_sequel(sentence, trigger):
    art = article(HEAD + LEAD + SECOND + sentence)
    assert dated(art)[trigger] == "2021-03-03"


@pytest.mark.parametrize("sentence, trigger", [
    # a deadline lies ahead, but the deferring or imposing is done on the day of the news
    ("Kenya extended its ban on Ugandan imports through January.", "extended its ban"),
    ("Kenya imposed new tariffs on Uganda, effective Jan. 1.", "imposed new tariffs"),
])
def test_a_deadline_does_not_date_the_action_that_sets_it(sentence, trigger):
    art = article(HEAD + LEAD + SECOND + sentence, "2021-10-20")
    assert dated(art)[trigger] == "2021-10-20"


@pytest.mark.parametrize("sentence", [
    "Three traders were killed in a Ugandan strike on Monday.",
    "The ministry said two farmers were wounded in a Ugandan raid near the border on Monday.",
])
def test_an_event_noun_that_is_the_occasion_of_a_dated_verb_takes_its_date(sentence):
    # "killed in a strike on Monday": the strike is the killing's occasion, on the killing's day
    # (the converse of _scene: "killed in a raid on Monday" dates the killing by the raid)
    art = article(HEAD + LEAD + SECOND + sentence)
    noun = "strike" if "strike" in sentence else "raid"
    assert dated(art).get(noun) == "2021-03-01"


def test_an_event_noun_under_an_undated_verb_stays_undated():
    art = article(HEAD + LEAD + SECOND + "Three traders were killed in a Ugandan strike.")
    assert dated(art).get("strike") is None


@pytest.mark.parametrize("verb", ["charged", "sentenced", "arrested", "convicted"])
def test_a_legal_step_in_an_earlier_event_does_not_date_it(verb):
    # "charged on Monday in the killing of ...": the charge is Monday's, the killing came before
    from tuiex.ingest.nlp import load_nlp
    from tuiex.ingest.timex import EventDater
    doc = load_nlp()(f"A Kenyan man was {verb} on Monday in the killing of a Ugandan trader.")
    dater = EventDater("2021-03-03")
    dater.paragraph(doc)
    assert dater.for_verb(next(t for t in doc if t.text == "killing"), False) is None
