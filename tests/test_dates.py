import re
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tuiex.ingest import dates
from tuiex.ingest.dates import (
    PartialDate,
    Stated,
    covering,
    find_time_expressions,
    resolve,
    stated,
)

P = PartialDate.parse


# ---- PartialDate

@pytest.mark.parametrize("iso, precision", [("2016", "year"), ("2016-07", "month"), ("2016-07-01", "day")])
def test_iso_round_trip(iso, precision):
    d = P(iso)
    assert d.iso() == iso
    assert d.precision == precision


@pytest.mark.parametrize("junk", ["", "16", "2016-7", "2016-13", "2016-02-30", "2016-07-01x", "July 2016", None])
def test_parse_rejects_junk(junk):
    with pytest.raises(ValueError):
        P(junk)


def test_day_without_month_is_invalid():
    with pytest.raises(ValueError):
        PartialDate(2016, None, 3)


def test_first_and_last_day():
    assert (P("2016").first_day(), P("2016").last_day()) == (date(2016, 1, 1), date(2016, 12, 31))
    assert (P("2016-02").first_day(), P("2016-02").last_day()) == (date(2016, 2, 1), date(2016, 2, 29))
    assert P("2016-07-04").first_day() == P("2016-07-04").last_day() == date(2016, 7, 4)


def test_mixed_precisions_sort():
    dates = [P("2016-07-01"), P("2015"), P("2016"), P("2016-07")]
    assert sorted(dates) == [P("2015"), P("2016"), P("2016-07"), P("2016-07-01")]
    assert max(dates) == P("2016-07-01")


@given(st.dates(min_value=date(1, 1, 1)), st.sampled_from(["year", "month", "day"]))
def test_parse_inverts_iso(d, precision):
    p = PartialDate(d.year, d.month if precision != "year" else None, d.day if precision == "day" else None)
    assert PartialDate.parse(p.iso()) == p


# ---- covering

@pytest.mark.parametrize("start, end, expected", [
    (date(2016, 7, 1), date(2016, 7, 1), "2016-07-01"),
    (date(2016, 6, 27), date(2016, 6, 30), "2016-06"),
    (date(2016, 6, 27), date(2016, 7, 3), "2016"),
    (date(2019, 12, 30), date(2020, 1, 2), "2020"),  # over a new year: the year of the end
])
def test_covering(start, end, expected):
    assert covering(start, end) == P(expected)


def test_covering_rejects_reversed_range():
    with pytest.raises(ValueError):
        covering(date(2016, 7, 2), date(2016, 7, 1))


# ---- find_time_expressions

def found(text: str) -> list[str]:
    exprs = find_time_expressions(text)
    for e in exprs:
        assert text[e.start:e.end] == e.text
    return [e.text for e in exprs]


@pytest.mark.parametrize("text, expected", [
    ("The vote was held on July 4 in the capital.", ["on July 4"]),
    ("Talks opened 4 July and closed July 4, 2016.", ["4 July", "July 4, 2016"]),
    ("The treaty of July 2016 still holds.", ["July 2016"]),
    ("He resigned in November after a scandal.", ["in November"]),
    ("Fighting resumed in late September 2015 and again in early 2019.",
     ["in late September 2015", "in early 2019"]),
    ("It follows a 2018 deal signed in 2018.", ["2018", "in 2018"]),
    ("Jan. 5, 2019 was cold; so was 2016-07-01.", ["Jan. 5, 2019", "2016-07-01"]),
    ("Output will peak by mid-2019.", ["by mid-2019"]),
    ("Since December, prices have doubled.", ["Since December"]),
    ("He said on Friday that Tuesday's meeting was cancelled.", ["on Friday", "Tuesday's"]),
    ("Last Friday he spoke; next Monday he leaves.", ["Last Friday", "next Monday"]),
    ("It was announced on Saturday, February 15 in the north.", ["on Saturday, February 15"]),
    ("Officials met Friday, July 1, 2016.", ["Friday, July 1, 2016"]),
    ("the anniversary of the July 15 coup attempt", ["July 15"]),
    ("This week and earlier this week and last week; next week.",
     ["This week", "earlier this week", "last week", "next week"]),
    ("last weekend, this weekend, this month, last month, next month",
     ["last weekend", "this weekend", "this month", "last month", "next month"]),
    ("this year, last year's growth, next year", ["this year", "last year's", "next year"]),
    ("yesterday, today and tomorrow", ["yesterday", "today", "tomorrow"]),
    ("Prices rose in the past week.", ["in the past week"]),
])
def test_finds(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text", [
    "Theresa May said the plan may fail.",
    "They will march to the square; the march was peaceful.",
    "The March of Dimes met.",  # a name, without a day, year or cue word
    "He counted 800,000 votes, 12.2018 ratio, $2018, 2018% and the 1990s.",
    "Page 12345 and June 31.",  # not a year; no such day
])
def test_finds_nothing(text):
    assert found(text) == []


def test_a_week_of_a_month_is_not_the_past_week():
    assert found("the last week of June") == ["June"]


@pytest.mark.parametrize("text, expected", [
    ("Police detained 2000 protesters and 1998 others.", []),           # counts, not years
    ("In 2019 the port closed; the 2020 vote; fiscal 2021; 2022's budget.",
     ["In 2019", "2020", "fiscal 2021", "2022"]),
    # a list or range of years begun by a year goes on with bare numbers
    ("He was jailed twice from 2009 to 2012.", ["from 2009", "2012"]),
    ("Floods hit the valley in 2010, 2014 and 2019.", ["in 2010", "2014", "2019"]),
    ("Votes were held in 2014 or 2015 and in the 2001-2005 term.", ["in 2014", "2015", "2001", "2005"]),
    ("In 2019, 2000 protesters were detained.", ["In 2019"]),        # a count after the comma
    # a possessive's year, a maturity, a year run into
    ("Kenya's 2017 election was annulled.", ["2017"]),
    ("The bonds due 2030 were sold; talks may drag into 2024.", ["2030", "2024"]),
    # ... but before a plural such a number is a count
    ("The army's 2000 soldiers and Sudan's 2000 police left; the land was cut into 2000 plots.", []),
])
def test_a_number_is_a_year_only_where_the_grammar_says_so(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("expr, anchor, expected", [
    ("five months ago", "2021-03-03", "2020-10"),
    ("two weeks ago", "2021-03-17", "2021-03"),          # the week of March 1-7
    ("three days ago", "2021-03-03", "2021-02-28"),
    ("a year ago", "2021-03-03", "2020"),
    ("a year earlier", "2021-03-03", "2020"),
    ("a decade ago", "2021-03-03", "2011"),
    ("the year-ago quarter", "2021-03-03", "2020"),
    ("May last year", "2021-03-03", "2020-05"),
    ("March next year", "2021-03-03", "2022-03"),
    ("the third quarter", "2021-11-03", "2021"),
    ("the fourth quarter", "2021-02-03", "2020"),           # not begun yet: last year's
    ("third-quarter", "2021-11-03", "2021"),
    ("the first half of 2019", "2021-03-03", "2019"),
    ("Q2 2018", "2021-03-03", "2018"),
    ("last summer", "2021-11-03", "2021"),
    ("last fall", "2021-11-03", "2020"),
    ("this winter", "2021-01-10", "2021"),
    ("the spring of 2017", "2021-03-03", "2017"),
    ("year-end", "2021-03-03", "2021"),
    ("fiscal 2019", "2021-03-03", "2019"),
    ("tonight", "2021-03-03", "2021-03-03"),
    ("mid-April 2023", "2024-01-01", "2023-04"),
    ("late last year", "2021-03-03", "2020"),
    ("early next year", "2021-03-03", "2022"),
    ("in December last year", "2021-12-15", "2020-12"),    # one expression, not "in December" + "last year"
    ("last night", "2021-03-03", "2021-03-02"),
    ("over the weekend", "2021-03-03", "2021-02"),         # a Wednesday: Feb 27-28 just past
    ("at the weekend", "2021-03-06", "2021-03"),           # a Saturday: the weekend under way
    ("this past weekend", "2021-11-01", "2021-10"),
    ("the weekend", "2021-05", "2021-05"),                 # an anchor known to its month
])
def test_coarser_expressions(expr, anchor, expected):
    assert [e.text for e in find_time_expressions(expr)] != []
    assert resolve(expr, P(anchor)) == P(expected)


def test_the_coming_weekend_when_looking_ahead():
    assert resolve("the weekend", P("2021-03-03"), future=True) == P("2021-03")      # Mar 6-7
    assert resolve("this coming weekend", P("2021-07-29")) == P("2021")             # Jul 31 - Aug 1
    assert resolve("the weekend", P("2021")) is None


def test_the_coming_quarter_and_season_when_looking_ahead():
    assert resolve("the fourth quarter", P("2021-02-03"), future=True) == P("2021")
    assert resolve("next spring", P("2021-05-03")) == P("2022")
    assert resolve("in the summer", P("2021-10-03"), future=True) == P("2022")


@pytest.mark.parametrize("text", ["a quarter of the vote", "three quarters", "several weeks ago"])
def test_not_coarse_dates(text):
    assert all(resolve(e.text, P("2021-03-03")) is None for e in find_time_expressions(text))


def test_month_with_cue_words():
    assert found("in May, on May, since May, until May, early May, late May, mid-May") == [
        "in May", "on May", "since May", "until May", "early May", "late May", "mid-May"]
    assert found("May 5 and May 2016") == ["May 5", "May 2016"]
    assert found("the march on March 2 began in March") == ["on March 2", "in March"]
    assert found("the vote due this September") == ["this September"]


# ---- stated

def test_stated_fields():
    assert stated("Friday, July 1") == Stated(month=7, day=1, weekday=4)
    assert stated("on Jan. 5, 2019") == Stated(2019, 1, 5)
    assert stated("last Friday") == Stated(weekday=4, relation="last")
    assert stated("February 29") == Stated(month=2, day=29)
    assert stated("last week") is None
    assert stated("February 30") is None
    assert stated("the budget") is None


# ---- resolve

@pytest.mark.parametrize("expr, expected", [
    ("July 4, 2016", "2016-07-04"),
    ("4 July 2016", "2016-07-04"),
    ("July 2016", "2016-07"),
    ("late September 2015", "2015-09"),
    ("2018", "2018"),
    ("early 2019", "2019"),
    ("in 2018", "2018"),
    ("2016-07-01", "2016-07-01"),
])
def test_absolute(expr, expected):
    assert resolve(expr, None) == P(expected)
    assert resolve(expr, P("2020-03-02")) == P(expected)


@pytest.mark.parametrize("expr, anchor, expected", [
    ("July 4", "2016-07-06", "2016-07-04"),
    ("March 2", "2020-03-02", "2020-03-02"),
    ("December 28", "2020-01-05", "2019-12-28"),  # well after the anchor: last year's
    ("February 20", "2020-01-05", "2020-02-20"),  # shortly after: this year's
    ("the July 15 coup", "2016-07-20", "2016-07-15"),
    ("June 29", "2016", "2016-06-29"),  # year-only anchor lends its year
    ("December 28", "2020-01", "2019-12-28"),
])
def test_month_day(expr, anchor, expected):
    assert resolve(expr, P(anchor)) == P(expected)


def test_month_day_needs_an_anchor():
    assert resolve("July 4", None) is None


def test_month_day_in_the_future():
    assert resolve("December 28", P("2020-01-05"), future=True) == P("2020-12-28")
    assert resolve("January 3", P("2019-12-20"), future=True) == P("2020-01-03")


@pytest.mark.parametrize("expr, anchor, future, expected", [
    ("December", "2020-03-02", False, "2019-12"),
    ("in November", "2016-07-04", False, "2015-11"),
    ("since March", "2020-03-02", False, "2020-03"),  # the anchor's own month counts
    ("in November", "2016-07-04", True, "2016-11"),
    ("in March", "2016-07-04", True, "2017-03"),
    ("last July", "2016-07-04", False, "2015-07"),
    ("next July", "2016-07-04", False, "2017-07"),
    ("this September", "2016-02-04", False, "2016-09"),  # the anchor year's, ahead or not
    ("this January", "2016-07-04", True, "2016-01"),
    ("in November", "2016", False, "2016"),  # which year's November is unknown
])
def test_month(expr, anchor, future, expected):
    assert resolve(expr, P(anchor), future=future) == P(expected)


@pytest.mark.parametrize("expr, future, expected", [
    ("on Friday", False, "2016-07-01"),  # the anchor is a Friday: the same day counts
    ("Friday", True, "2016-07-01"),
    ("Tuesday's", False, "2016-06-28"),
    ("on Wednesday", False, "2016-06-29"),
    ("on Wednesday", True, "2016-07-06"),
    ("last Friday", False, "2016-06-24"),
    ("last Thursday", False, "2016-06-30"),
    ("next Friday", False, "2016-07-08"),
    ("next Saturday", False, "2016-07-02"),
])
def test_weekday(expr, future, expected):
    assert resolve(expr, P("2016-07-01"), future=future) == P(expected)


def test_weekday_with_a_coarse_anchor_gives_the_anchor():
    assert resolve("on Friday", P("2016-07")) == P("2016-07")
    assert resolve("last Friday", P("2016")) == P("2016")
    assert resolve("Friday", None) is None


@pytest.mark.parametrize("expr, anchor, expected", [
    ("last week", "2020-03-02", "2020"),  # 2020-02-24 .. 2020-03-01 spans two months
    ("this week", "2020-03-02", "2020-03"),
    ("earlier this week", "2016-07-01", "2016-06"),
    ("earlier this week", "2016-06-29", "2016-06"),
    ("later this week", "2016-07-06", "2016-07"),
    ("next week", "2016-07-01", "2016-07"),
    ("last weekend", "2016-07-01", "2016-06"),
    ("this weekend", "2016-07-01", "2016-07"),
    ("this month", "2016-07-01", "2016-07"),
    ("last month", "2016-01-10", "2015-12"),
    ("next month", "2016-12-10", "2017-01"),
    ("earlier this month", "2016-07-20", "2016-07"),
    ("this year", "2016-07-01", "2016"),
    ("last year's", "2016-07-01", "2015"),
    ("next year", "2016-07-01", "2017"),
    ("yesterday", "2016-07-01", "2016-06-30"),
    ("today", "2016-07-01", "2016-07-01"),
    ("tomorrow", "2016-06-30", "2016-07-01"),
    ("in the past week", "2016-07-20", "2016-07"),
    # coarse anchors: periods finer than the anchor give the anchor
    ("last year", "2016", "2015"),
    ("this year", "2016", "2016"),
    ("last week", "2016", "2016"),
    ("yesterday", "2016-07", "2016-07"),
    ("last month", "2016-07", "2016-06"),
])
def test_relative_periods(expr, anchor, expected):
    assert resolve(expr, P(anchor)) == P(expected)


def test_relative_periods_need_an_anchor():
    assert resolve("last week", None) is None


@pytest.mark.parametrize("expr", ["", "soon", "the budget", "February 30", "July 4 and July 5", "9999-12-31x"])
def test_unknown_resolves_to_none(expr):
    assert resolve(expr, P("2016-07-01")) is None


def test_resolve_survives_extreme_anchors():
    assert resolve("tomorrow", P("9999-12-31")) is None
    assert resolve("last year", P("0001")) is None


@given(st.text(), st.booleans())
def test_resolve_never_raises(text, future):
    resolve(text, P("2016-07-01"), future=future)
    resolve(text, None)


@given(st.text(alphabet=st.sampled_from(list("July Friday May 2016 4, on last week-'s.")), max_size=60))
def test_found_spans_are_exact_and_resolvable(text):
    for e in find_time_expressions(text):
        assert text[e.start:e.end] == e.text
        assert stated(e.text) or resolve(e.text, P("2016-07-01")) is not None


def test_a_clock_time_is_the_day_of_the_story():
    from tuiex.ingest.dates import is_clock_time
    found = find_time_expressions("Rebels shelled the port at 6.45 a.m. and again by 11 pm.")
    assert [e.text for e in found] == ["6.45 a.m.", "11 pm"]
    assert all(is_clock_time(e.text) for e in found)
    assert resolve("at 6.45 a.m.", P("2021-03-03")) == P("2021-03-03")
    assert resolve("11 pm", P("2021-03")) == P("2021-03")       # an anchor known to its month
    assert not is_clock_time("on Monday")
    assert find_time_expressions("The vote passed 24 to 10.") == []


def test_a_quarter_named_by_its_code_alone_resolves():
    # "Q1" names no unit word: it is a quarter, and resolve must not raise on it
    assert resolve("Q1", P("2016-07-01")) == P("2016")
    assert resolve("Q4", P("2016-07-01")) == P("2015")     # a quarter not yet begun is last year's


# ---- the finder's word-start guard changes no match (it only skips positions no match starts at)

_GUARD_SENTENCES = [
    "On Monday, 3 March 2025, the council met; by 10:30 p.m. it had voted, and again at 8am Tuesday.",
    "Talks resumed in mid-July and again on 2024-11-05; the Sept. 9 deadline and the 1st of May passed.",
    "Profits in the third quarter of 2023 rose, as in Q2 2022, the same quarter a year earlier and fiscal 2021.",
    "Three weeks ago, some 12 days earlier, a year-ago figure, last spring and early summer of 2019.",
    "The year-end review, this year's budget and the end of this year; tonight and this morning too.",
    "Over the weekend, this past weekend, next week, the past month and yesterday's vote, today's, tomorrow.",
    "A320 jets, $2019 fees, 3.2019 ratios, 15% of 2000 voters, 1,2019 and x2019 are no dates; 2019's vote is.",
    "Early-2020 plans, late 1999, since December, until last June, from Friday's talks to next Sunday.",
    "Ministers will meet in June next year; January's figures came out, and she may march in May.",
    "ſince ſpring, Kelvin \u212aey words, naïve café dates: 5 April, April 5th, Wednesday, 31st Oct 2010.",
    "iN JUNE, ABOUT two weeks ago, nearly 3 years earlier, only a few days ago, over the past year, for the "
    "weekend, at 9 pm, its first quarter, flat second-quarter sales, the latest quarter, tHIS Friday.",
    "Eleven months ago, several years earlier, twelve days later? No: more than six weeks ago, just one "
    "year ago, around ten days earlier, in the first half, during autumn 2021, q3 and Q4 2020, till Dec. 2.",
]


@pytest.mark.parametrize("text", _GUARD_SENTENCES)
def test_guarded_finder_matches_the_unguarded_pattern(text):
    plain = re.compile(dates._FINDER_BODY)
    assert [m.span() for m in dates._FINDER.finditer(text)] == [m.span() for m in plain.finditer(text)]
    assert [m.span() for m in plain.finditer(text)]       # each sentence holds dates


@given(st.lists(st.sampled_from(["on", "Monday", "3", "March", "2025", " ", ",", ".", "-", "$", "x", "the",
                                 "last", "week", "ago", "Q3", "10:30", "pm", "year", "'s", "early", "quarter",
                                 "days", "later", "spring", "(", "ſ"]), max_size=14))
def test_guarded_finder_matches_the_unguarded_pattern_on_any_text(parts):
    text = "".join(parts)
    plain = re.compile(dates._FINDER_BODY)
    assert [m.span() for m in dates._FINDER.finditer(text)] == [m.span() for m in plain.finditer(text)]
