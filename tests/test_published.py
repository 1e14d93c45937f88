from datetime import date

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
    # a yeared date alone is background: the article may be from any later year
    lines = [HEADLINE, LEAD] + [FILLER] * 8 + ["July 1, 2016"] + [FILLER] * 6
    assert find_published(lines, 1) == Published(None, "unknown")


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


# ---- stamps in the shapes chrome puts them (issue 10)

@pytest.mark.parametrize("line, expected", [
    ("Published: 14 March 2019 | 09:10 GMT", "2019-03-14"),
    ("Posted August 29, 2006 22:00:00", "2006-08-29"),
    ("Friday, 29 November 2019 - 13:22", "2019-11-29"),
    ("Update: 18:20, 02 July 2018 Monday", "2018-07-02"),
    ("Sat 01st May 2021 | 05:40 PM", "2021-05-01"),
    ("Wed. May 29th, 2024", "2024-05-29"),
    ("Wed, 10 May, 2023 - 17:16", "2023-05-10"),
    ("Updated: 2012-08-22 18:01", "2012-08-22"),
    ("October 26, 2020 - 10:26 AMT", "2020-10-26"),
    ("14.03.2019 09:10", "2019-03-14"),              # dots: day.month.year
    ("13/11/2019 10:00", "2019-11-13"),              # a part over 12 decides the order
    ("11/13/2019", "2019-11-13"),
])
def test_stamp_shapes(line, expected):
    assert find_published([HEADLINE, line, LEAD, FILLER], 2) == Published(P(expected), "date line")


def test_date_glued_to_the_first_line():
    lines = [" date 2020-08-05 Council approves new harbour plan", LEAD, FILLER]
    assert find_published(lines, 1) == Published(P("2020-08-05"), "date line")


def test_title_bar_ending_in_a_date():
    lines = ['Local "A harbour for all" The mayor says the vote was fair. Thursday, June 3, 2021 | 09:09',
             LEAD, FILLER]
    assert find_published(lines, 1) == Published(P("2021-06-03"), "date line")


@pytest.mark.parametrize("line", ["Harbour Gazette, June 3, 2021", "By Jane Roe, 3 June 2021", "PORT LOUIS, June 3, 2021"])
def test_a_signature_line_ending_in_its_date(line):
    # an outlet, an author or a place, a comma, and the date: the article's stamp
    assert find_published([HEADLINE, line, LEAD, FILLER], 2) == Published(P("2021-06-03"), "date line")


def test_a_date_inside_prose_is_no_stamp():
    lines = [HEADLINE, "The council said on June 3, 2021 that it would vote on the harbour plan.", FILLER]
    assert find_published(lines, 1).how != "date line"
    # a short line of prose that ends in a date is no signature
    assert find_published([HEADLINE, "The harbour will reopen on June 3, 2021", LEAD, FILLER], 2).how != "date line"


@pytest.mark.parametrize("stamp", ["3 years ago", "Published 3 hours ago", "Updated 14:05 GMT", "a year ago"])
def test_relative_stamps_give_no_date(stamp):
    assert find_published([stamp, HEADLINE, LEAD, FILLER], 2) == Published(None, "unknown")


def test_ambiguous_numeric_date_keeps_the_sure_precision():
    # 03/11/2019 is 3 November or 11 March; nothing says which
    assert find_published([HEADLINE, "03/11/2019 10:00", LEAD], 2) == Published(P("2019"), "date line")


def test_lead_weekday_decides_a_numeric_date():
    # 3 November 2019 was a Sunday, 11 March 2019 a Monday
    lines = [HEADLINE, "03/11/2019 10:00", "The council approved the harbour plan on Sunday, officials said."]
    assert find_published(lines, 2) == Published(P("2019-11-03"), "date line")


def test_the_stamp_by_the_headline_beats_a_masthead_clock():
    lines = ["Monday, November 30, 2026", "Menu", "Home", "World", HEADLINE, "Posted March 2, 2020", LEAD]
    assert find_published(lines, 6) == Published(P("2020-03-02"), "date line")


def test_a_printed_weekday_must_agree():
    # 3 March 2020 was a Tuesday: a stamp that says Monday is not this page's date
    lines = [HEADLINE, "Monday, March 3, 2020", LEAD]
    assert find_published(lines, 2).date != P("2020-03-03")


def test_the_lead_weekday_picks_between_two_stamps():
    # 5 March 2019 was a Tuesday; 9 June 2020 also a Tuesday, 14 April 2021 a Wednesday
    lines = [" date 2021-04-14 Updated: 10:00, 09 June 2020 Tuesday", HEADLINE,
             "The minister arrived Tuesday in the port city for talks."]
    assert find_published(lines, 2) == Published(P("2020-06-09"), "date line")


def test_a_bare_date_at_the_foot_is_a_related_link():
    lines = [HEADLINE, LEAD, FILLER, "Related", "Port strike ends after a week", "June 14, 2017"]
    assert find_published(lines, 1) == Published(None, "unknown")


def test_a_tweet_signature_is_not_the_page_date():
    lines = [HEADLINE, LEAD, "Harbour works begin today.", "— Portville Port (@portville) June 14, 2017"]
    assert find_published(lines, 1) == Published(None, "unknown")


def test_a_labelled_stamp_at_the_foot():
    lines = [HEADLINE, LEAD, FILLER, FILLER, "Published: 2 March 2020"]
    assert find_published(lines, 1) == Published(P("2020-03-02"), "date line")


def test_dateline_with_a_dotted_capital():
    lines = [HEADLINE, "İZMİR, June 24, 2019 (AA) - The council approved the harbour plan.", FILLER]
    assert find_published(lines, 1) == Published(P("2019-06-24"), "dateline")


def test_a_lead_date_that_the_lead_weekday_confirms():
    # March 2, 2020 was a Monday
    lines = [HEADLINE, "The mayors shake hands in Portville on March 2, 2020. PHOTO | AGENCY",
             "The two mayors signed the harbour pact on Monday, officials said."]
    assert find_published(lines, 1) == Published(P("2020-03-02"), "lead date")


def test_a_background_year_alone_gives_nothing():
    lines = [HEADLINE, "The council approved the plan, officials said.", "The port was founded in February 2011."]
    assert find_published(lines, 1) == Published(None, "unknown")


@pytest.mark.parametrize("line, expected", [
    ("५ जेठ २०८०, शुक्रबार ०९:३०", "2023-05-19"),      # Bikram Sambat 2080-02-05, a Friday
    ("१२ असोज २०८१", "2024-09-28"),
])
def test_bikram_sambat_stamps(line, expected):
    assert find_published([HEADLINE, line, LEAD], 2) == Published(P(expected), "date line")


def test_a_bikram_sambat_stamp_with_the_wrong_weekday_is_dropped():
    # 5 Jestha 2080 was a Friday, not a Monday
    assert find_published([HEADLINE, "५ जेठ २०८०, सोमबार", LEAD], 2).how != "date line"


def _best_stamp_reference(lines, body_start, lead_weekdays):
    """_best_stamp as it read before it skipped lines (every line's stamps, then the best)."""
    from tuiex.ingest import published as P

    n = len(lines)
    head_end = min(n, max(body_start, 0) + P._HEAD_AFTER_LEAD + 1)
    headline = P._headline_index(lines, body_start)
    kept = []
    for i in range(n):
        in_head = i < head_end
        if not in_head and i < n - P._TAIL_LINES:
            continue
        for cand in P._stamps_in(lines[i], i):
            if not in_head and not cand.labelled:
                continue
            distance = min(abs(i - headline), abs(i - body_start)) if in_head else 6
            if P._score(cand, (10.0 if in_head else 5.0) - 0.5 * min(distance, 8), lead_weekdays):
                kept.append(cand)
    if not kept:
        return None
    return P._stamp_date(max(kept, key=lambda c: (c.score, -c.line)), lead_weekdays)


@pytest.mark.parametrize("lines,body_start", [
    (["World News", "Posted on 4 March 2019", "Harbour strike ends after pay deal",
      "Dockers went back to work on Monday after a deal signed on March 4, 2019, the union said."], 3),
    (["Harbour strike ends after pay deal", "Monday 4 March 2019 10:02 GMT",
      "Dockers went back to work on Monday, 4 March 2019, the union said.", "Talks resume on 6 May 2019."], 2),
    (["3 May 2019", "Harbour strike ends after pay deal", "4 March 2019",
      "4 March 2019 The union and the port signed a deal on Monday."], 3),
    (["Harbour strike ends after pay deal", "The union said on Tuesday, 5 March 2019 that work resumed.",
      "Updated: Tue 05/03/2019"], 1),
    (["Harbour strike ends after pay deal", "Dockers went back to work.", "More news", "x", "y", "z",
      "Published: 5 March 2019 | 09:00", "Last updated on Wednesday, 6 March 2019"], 1),
])
def test_skipping_lines_that_cannot_win_picks_the_same_stamp(lines, body_start, monkeypatch):
    # own pages; the skip (a line whose best possible score does not beat the best so far) must not
    # change which stamp wins, ties included (the earlier line)
    from tuiex.ingest import published as P

    lead = "\n".join(lines[body_start:body_start + P._LEAD_PARAGRAPHS + 1])
    weekdays = P._weekdays_in(lead)
    ref = _best_stamp_reference(lines, body_start, weekdays)
    assert ref is not None
    read = []
    stamps_in = P._stamps_in
    monkeypatch.setattr(P, "_stamps_in", lambda line, i: read.append(i) or stamps_in(line, i))
    assert P._best_stamp(lines, body_start, weekdays) == ref


def test_lines_that_cannot_beat_the_stamp_are_not_searched(monkeypatch):
    # own page: the labelled stamp with its weekday scores 11; the lead (10 at most: no label, no
    # weekday) and the line after it cannot beat it, so dateparser never reads them
    from tuiex.ingest import published as P

    lines = ["Harbour strike ends after pay deal", "Posted Monday 4 March 2019",
             "Dockers went back to work after a deal signed on 4 March 2019.", "The port reopened on 5 March 2019."]
    read = []
    stamps_in = P._stamps_in
    monkeypatch.setattr(P, "_stamps_in", lambda line, i: read.append(i) or stamps_in(line, i))
    assert P._best_stamp(lines, 2, set()) == PartialDate(2019, 3, 4)
    assert read == [0, 1]


def test_bonus_bound_covers_every_bonus():
    from tuiex.ingest.published import _bonus_bound

    assert _bonus_bound("Harbour strike ends after pay deal", False) == 0.0
    assert _bonus_bound("Posted Thursday, 7 March 2019", True) == 3.0
    assert _bonus_bound("Updated 7 March 2019", False) == 0.5


# Dates in plain forms are read without dateparser's search (published._plain_dates): the same day as
# the search gives, AP's abbreviations with a period too (which the search misses), and the search
# still reads whatever else a line holds. Lines written for these tests.

@pytest.mark.parametrize("line", ["Published: 14 March 2019   GMT", "Updated Mar 14, 2019  ET", "Thu 14 Mar 2019",
                                  "Posted on March 14, 2019", "14 March, 2019",
                                  "The harbour reopened on March 14, 2019."])  # a sentence's closing period
def test_a_plain_stamp_reads_as_dateparser_reads_it(line):
    from tuiex.ingest import published
    fast = [when for _, when in published._plain_dates(line)]
    searched = [when for _, when in published._search_dates.__wrapped__(line)]
    assert fast == searched == [date(2019, 3, 14)]


def test_a_plain_stamp_costs_no_date_search(monkeypatch):
    from tuiex.ingest import published

    def no_search(text):
        raise AssertionError(f"dateparser searched {text!r}")
    monkeypatch.setattr(published, "_search_dates", no_search)
    lines = ["World", "Talks on the dam stall again", "Published: 14 March 2019   GMT",
             "KHARTOUM, March 14, 2019 (AP) - Officials of Sudan and Ethiopia met on Thursday, 40 km from the border."]
    assert find_published(lines, body_start=3).date == PartialDate(2019, 3, 14)


@pytest.mark.parametrize("abbrev", ["Sept.", "Oct.", "Dec.", "Aug."])
def test_an_ap_dateline_with_an_abbreviated_month(abbrev):
    from tuiex.ingest.published import _dates_in
    line = f"ASUNCION, {abbrev} 9, 2021 (AP) - Paraguay's senate voted to impeach the interior minister."
    (found,) = _dates_in(line)
    assert found[2][0].day == 9 and found[2][0].year == 2021
    assert line[found[0]:found[1]] == f"{abbrev} 9, 2021"


def test_another_year_on_the_line_goes_to_the_search():
    from tuiex.ingest.published import _dates_in, _plain_dates
    line = "Filed 2 May 2018, amended 2019-01-07"
    assert _plain_dates(line) == ()
    assert [r[0].isoformat() for _, _, r in _dates_in(line)] == ["2018-05-02", "2019-01-07"]


@pytest.mark.parametrize(("line", "days"), [
    ("14 March 2019 | 5 photos", ["2019-03-14"]),          # the search: 5 March
    ("Updated: 14 March 2019 | 10 views", ["2019-03-14"]),  # the search: 10 March
    ("Mar 14, 2019 | 4 min read", ["2019-03-14"]),         # the search: nothing
    ("1 May 2019 / 2 May 2019", ["2019-05-01", "2019-05-02"]),  # the search: the first only
])
def test_a_plain_stamp_with_a_count_after_it_is_read_as_printed(line, days):
    # where dateparser's search misreads a plain stamp (_plain_dates' comment), the stamp's own day
    from tuiex.ingest.published import _dates_in
    assert [r[0].isoformat() for _, _, r in _dates_in(line)] == days


# A long headline with its date stamp on the very next line (no blank line between): the stamp is
# not the end of a hard-wrapped paragraph, so it stays a line of its own and dates the article.
@pytest.mark.parametrize("stamp, day", [
    ("Saturday 4 March 2023 - 09:15", date(2023, 3, 4)),
    ("2021/11/08", date(2021, 11, 8)),
    ("Updated: 2019-02-14 18:40", date(2019, 2, 14)),
])
def test_stamp_under_a_long_headline_stays_a_stamp(stamp, day):
    from tuiex.ingest.clean import clean
    raw = ("Delegates at the regional summit in Lusaka agree on a new trade corridor\n" + stamp + "\n\n"
           "Ministers from six countries agreed on Friday to open a trade corridor, the host said.\n\n"
           "The corridor will run from the coast to the inland capitals.")
    cleaned = clean(raw)
    assert cleaned.lines[0] == "Delegates at the regional summit in Lusaka agree on a new trade corridor"
    found = find_published(cleaned.lines, cleaned.lead_line, [p.text for p in cleaned.body])
    assert found.date == PartialDate(day.year, day.month, day.day)


def test_wrapped_prose_ending_in_a_date_stays_joined():
    from tuiex.ingest.clean import clean
    raw = ("The commission said the final count of the disputed ballots would be published on\n"
           "March 4, 2023\n\nIt gave no reason for the delay.")
    assert clean(raw).lines[0].endswith("published on March 4, 2023")


# A stamp that names the place of filing after it, set off by a dash or a bar ("..., 2016 10:05 am
# IST - Chennai", "... | New Delhi"): the place is the stamp's dateline, not a headline glued on.
@pytest.mark.parametrize("line", [
    "July 1, 2016 09:15 am | Updated 09:40 am IST - Chennai",
    "July 1, 2016 09:15 | Port Louis",
    "Published: 1 July 2016 - New Delhi",
])
def test_date_line_ending_in_its_place(line):
    assert find_published([HEADLINE, line, LEAD, FILLER], 2) == Published(P("2016-07-01"), "date line")


def test_a_headline_after_a_stamp_is_not_a_place():
    # text after the dash that runs on as a sentence is no place name: the date is a mention
    line = "July 1, 2016 - the day the council approved the harbour plan"
    assert find_published([HEADLINE, line, LEAD, FILLER], 2).how != "date line"


def test_stamp_ending_in_its_place_under_a_long_headline():
    from tuiex.ingest.clean import clean
    raw = ("Governor condemns the ambush on a police convoy in the northern hills\n"
           "March 3, 2022 10:05 am | Updated 10:20 am IST - Shillong\n\n"
           "The governor condemned the ambush on a police convoy, his office said.\n\n"
           "Two officers were wounded in the attack.")
    cleaned = clean(raw)
    found = find_published(cleaned.lines, cleaned.lead_line, [p.text for p in cleaned.body])
    assert found.date == PartialDate(2022, 3, 3)


def test_glued_stamp_and_lead_under_a_long_headline():
    # "date 2022-05-14 <lead>" on the line under the headline: the stamp opens a line of its own
    from tuiex.ingest.clean import clean
    raw = ("Rebel shelling of border villages kills eleven, says provincial governor\n"
           "date 2022-05-14 The provincial governor said rebel shelling of three border villages killed "
           "eleven people, as the army reported clashes elsewhere.\n\n"
           "The army said it had pushed the rebels back from two hills.")
    cleaned = clean(raw)
    assert cleaned.lines[0] == "Rebel shelling of border villages kills eleven, says provincial governor"
    found = find_published(cleaned.lines, cleaned.lead_line, [p.text for p in cleaned.body])
    assert found.date == PartialDate(2022, 5, 14)


def test_wrapped_prose_whose_last_line_opens_with_a_labelled_date_stays_joined():
    # "released on 3 March 2021 and showed ..." closes a hard-wrapped sentence: not a glued stamp
    from tuiex.ingest.clean import clean
    raw = ("Health ministry data show infections falling across the northern provinces\n\n2021-03-03\n\n"
           "The figures from the health ministry covering all eleven provinces were\n"
           "released on 3 March 2021 and showed infections falling for a third week.\n\n"
           "The ministry gave no figures for the south.")
    assert any(line.endswith("were released on 3 March 2021 and showed infections falling for a third week.")
               for line in clean(raw).lines)
