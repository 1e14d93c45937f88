import pytest

from tuiex.ingest.dates import PartialDate
from tuiex.ingest.published import Published, find_published

P = PartialDate.parse
HEADLINE = "Council approves new harbour plan"
LEAD = "The city council approved the harbour plan by a wide margin, officials said."
FILLER = "Opponents had argued the plan was too costly for a small port."


# ---- rule 1: a date line

@pytest.mark.parametrize("line", [
    "July 1, 2016",
    "1 July 2016",
    "01.07.2016",
    "2016-07-01",
    "2016-07-01T09:15:00Z",
    "Published on Jul 1, 2016",
    "Posted: Friday, July 1, 2016 at 9:15 a.m. ET",
    "Fri 1 Jul 2016 09.15 BST",
    "Last updated | July 1, 2016",
])
def test_date_line(line):
    assert find_published([HEADLINE, line, LEAD, FILLER], 2) == Published(P("2016-07-01"), "date line")


def test_date_line_with_time_and_zone():
    lines = [HEADLINE, "Updated: March 2, 2020 14:31 GMT", LEAD]
    assert find_published(lines, 2) == Published(P("2020-03-02"), "date line")


def test_date_line_at_the_foot():
    lines = [HEADLINE, LEAD] + [FILLER] * 10 + ["Date: 2 March 2020"]
    assert find_published(lines, 1) == Published(P("2020-03-02"), "date line")


@pytest.mark.parametrize("line", [
    "Updated",
    "July 2016",  # not a day
    "July 1, 2016 was the day the council finally voted on the plan",  # a sentence, not a line of its own
    "July 1, 2016 and other news",
])
def test_not_a_date_line(line):
    assert find_published([HEADLINE, line, LEAD], 2).how != "date line"


def test_date_line_in_the_middle_is_only_a_mention():
    lines = [HEADLINE, LEAD] + [FILLER] * 8 + ["July 1, 2016"] + [FILLER] * 6
    assert find_published(lines, 1) == Published(P("2016"), "inferred from dated mentions")


# ---- rule 2: a dateline

@pytest.mark.parametrize("lead", [
    "PORTVILLE (AP) — Jan. 5, 2019 — The city council approved the harbour plan.",
    "January 5, 2019 - The city council approved the harbour plan.",
    "PORTVILLE, Northland, 5 January 2019 (Example News) -- The council approved the plan.",
])
def test_dateline_with_year(lead):
    assert find_published([HEADLINE, lead, FILLER], 1) == Published(P("2019-01-05"), "dateline")


def test_dateline_without_year_gives_the_day_to_inference():
    lines = [HEADLINE,
             "PORTVILLE, July 1 (Example News) - The council approved the harbour plan.",
             "The plan was first proposed in October 2015."]
    assert find_published(lines, 1) == Published(P("2016-07-01"), "inferred from dated mentions")


def test_a_sentence_is_not_a_dateline():
    lines = [HEADLINE, "On July 1, 2016 - a Friday - the council voted.", FILLER]
    assert find_published(lines, 1).how != "dateline"


# ---- rule 3: inference from dated mentions

def test_unyeared_month_day_after_a_later_month_is_next_year():
    lines = [HEADLINE,
             "The council will vote on the plan next week, the mayor's office said March 2.",
             "The plan was first proposed in October 2019 by a citizens' group."]
    assert find_published(lines, 1) == Published(P("2020-03-02"), "inferred from dated mentions")


def test_same_year_when_no_unyeared_mention_is_earlier():
    lines = [HEADLINE,
             "The mayor said on March 2 that the council would vote soon.",
             "The plan was first proposed in January 2020."]
    assert find_published(lines, 1) == Published(P("2020-03-02"), "inferred from dated mentions")


def test_year_only_without_a_day_in_the_lead():
    lines = [HEADLINE,
             "The harbour will stay closed until June 29, the minister said Friday.",
             "Dredging began in late September 2015."]
    assert find_published(lines, 1) == Published(P("2016"), "inferred from dated mentions")


def test_reporting_verb_picks_the_day():
    lines = [HEADLINE,
             "Works that began on June 20 will end soon, the port authority said on June 29.",
             "Dredging began in late September 2015."]
    assert find_published(lines, 1) == Published(P("2016-06-29"), "inferred from dated mentions")


def test_weekday_with_month_day_in_the_lead():
    lines = [HEADLINE,
             "The council approved the plan on Saturday, February 15, officials said.",
             "A first draft was rejected in November 2019."]
    assert find_published(lines, 1) == Published(P("2020-02-15"), "inferred from dated mentions")


def test_weekday_with_month_day_settles_the_year():
    # Only a year-only mention: the month cannot be ordered against it, but February 15 was a
    # Saturday in 2020 and not in 2019.
    lines = [HEADLINE,
             "The council approved the plan on Saturday, February 15, officials said.",
             "The port signed a 2019 deal with a shipping firm."]
    assert find_published(lines, 1) == Published(P("2020-02-15"), "inferred from dated mentions")


def test_only_a_year_only_mention_gives_nothing():
    lines = [HEADLINE,
             "Traffic at the port has fallen since December, the operator said.",
             "The decline follows a 2018 deal with a rival port."]
    assert find_published(lines, 1) == Published(None, "unknown")


def test_a_later_year_only_mention_gives_nothing():
    lines = [HEADLINE,
             "The mayor said on March 2 that the council would vote soon.",
             "The plan was first proposed in October 2019 and aims for completion by 2025."]
    assert find_published(lines, 1) == Published(None, "unknown")


def test_no_years_at_all_gives_nothing():
    lines = [HEADLINE, "The mayor said on March 2 that the council would vote on Friday.", FILLER]
    assert find_published(lines, 1) == Published(None, "unknown")


# ---- rule 4 and odd input

@pytest.mark.parametrize("lines, body_start", [([], 0), ([HEADLINE], 5), ([HEADLINE, LEAD, FILLER], 1)])
def test_unknown(lines, body_start):
    assert find_published(lines, body_start) == Published(None, "unknown")
