"""Partial dates and the time expressions of English news text.

News states dates at every precision ("2018", "in November", "July 4", "last week") and most of
them only mean something against the article's own date. So a date here is a PartialDate that keeps
the precision it was stated with, and `resolve` places an expression relative to an anchor that may
itself be partial (an article known only to its year still dates "last year")."""

from __future__ import annotations

import calendar
import functools
import re
from dataclasses import dataclass
from datetime import date, timedelta

from dateutil.relativedelta import relativedelta

from .wordtrie import alternation


@functools.total_ordering
@dataclass(frozen=True)
class PartialDate:
    """A date known to the year, the month or the day.

    Ordered by where it starts, coarser first on a tie ("2016" < "2016-01" < "2016-01-01"), so that
    dates of mixed precision sort instead of failing on None."""

    year: int
    month: int | None = None
    day: int | None = None

    def __post_init__(self) -> None:
        if self.day is not None and self.month is None:
            raise ValueError("a day needs a month")
        if self.month is not None and not 1 <= self.month <= 12:
            raise ValueError(f"month out of range: {self.month}")
        date(self.year, self.month or 1, self.day or 1)  # validates the year and the day

    def _key(self) -> tuple[int, int, int]:
        return (self.year, self.month or 0, self.day or 0)

    def __lt__(self, other: object) -> bool:
        if not isinstance(other, PartialDate):
            return NotImplemented
        return self._key() < other._key()

    def iso(self) -> str:
        """"2016", "2016-07" or "2016-07-01"."""
        out = f"{self.year:04d}"
        if self.month is not None:
            out += f"-{self.month:02d}"
        if self.day is not None:
            out += f"-{self.day:02d}"
        return out

    @property
    def precision(self) -> str:
        """"year", "month" or "day"."""
        return "day" if self.day is not None else "month" if self.month is not None else "year"

    @classmethod
    def parse(cls, iso: str) -> PartialDate:
        """The inverse of `iso()`; ValueError on anything else."""
        m = isinstance(iso, str) and re.fullmatch(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", iso)
        if not m:
            raise ValueError(f"not an ISO partial date: {iso!r}")
        year, month, day = (int(g) if g else None for g in m.groups())
        if year is None:   # cannot happen: the pattern requires a year
            raise ValueError(f"not an ISO partial date: {iso!r}")
        return cls(year, month, day)

    @classmethod
    def of(cls, d: date) -> PartialDate:
        """A full date as a day-precision PartialDate."""
        return cls(d.year, d.month, d.day)

    def first_day(self) -> date:
        return date(self.year, self.month or 1, self.day or 1)

    def last_day(self) -> date:
        if self.day is not None:
            return self.first_day()
        month = self.month or 12
        return date(self.year, month, calendar.monthrange(self.year, month)[1])


def covering(start: date, end: date) -> PartialDate:
    """The most specific partial date containing the whole range start..end.

    A range over a new year (Dec 30 .. Jan 2) has no containing partial date; it is dated by the
    year of its end, the side nearer the anchor for the backward-looking spans news mostly uses
    ("earlier this week" written on January 2)."""
    if start > end:
        raise ValueError(f"empty range: {start} .. {end}")
    if start == end:
        return PartialDate.of(start)
    if (start.year, start.month) == (end.year, end.month):
        return PartialDate(start.year, start.month)
    return PartialDate(end.year)


@dataclass
class TimeExpr:
    start: int
    end: int
    text: str  # text[start:end] of the string searched


@dataclass(frozen=True)
class Stated:
    """The calendar fields an expression names outright ("Friday, July 1" -> month 7, day 1,
    weekday 4), before any anchor places it in time."""

    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None  # Monday = 0
    relation: str | None = None  # "last" | "next" | "this", as in "last Friday" or "next March"


_MONTH_NAMES = ("january", "february", "march", "april", "may", "june", "july", "august",
                "september", "october", "november", "december")
_MONTH_ABBREVS = {"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
                  "sept": 9, "oct": 10, "nov": 11, "dec": 12}
_MONTHS = {name: i for i, name in enumerate(_MONTH_NAMES, 1)} | _MONTH_ABBREVS
_WEEKDAYS = {name: i for i, name in enumerate(
    ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"))}

# ---- Finding expressions. Month and weekday names must be capitalised, and a month named alone
# needs a cue word before it, so that "May" the modal and "march" the verb are not dates.
_FULL_MONTH = r"\b(?:" + "|".join(n.title() for n in _MONTH_NAMES) + r")\b"
_SHORT_MONTH = r"\b(?:Sept|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\b\.?"
_MONTH = rf"(?:{_FULL_MONTH}|{_SHORT_MONTH})"
_WEEKDAY = r"\b(?:" + "|".join(n.title() for n in _WEEKDAYS) + r")\b"
_DAY = r"(?<![\w.,$€£-])(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?\b(?![:.,]?\d)"
_YEAR = r"(?<![\w$€£])(?<!\d[.,])(?:19|20)\d\d(?!\w|%|[.,]\d)"
_ISO = r"\b\d{4}-\d{2}-\d{2}(?![\w-])"
_PREP = r"\b(?i:in|on|since|until|till|by|from|during)\s+"
_MOD = r"\b(?i:early|mid|late)(?:-|\s+)"
_POSS = r"(?:['’]s\b)?"
_NOT_OF = r"(?!\s+of\b)"  # "the last week of June" is not the past week

_CAL_DAY = (rf"(?:{_WEEKDAY},?\s+)?(?:{_MONTH}\s+{_DAY}|{_DAY}\s+{_MONTH})(?:,?\s+{_YEAR})?")
_ABSOLUTE = rf"(?:{_PREP})?(?:{_MOD})?(?:{_ISO}|{_CAL_DAY}|{_MONTH},?\s+{_YEAR}|{_YEAR})"
_LAST_NEXT = r"\b(?i:last|next|this)\s+"
_MONTH_ALONE = rf"(?:{_PREP}(?:{_MOD}|{_LAST_NEXT})?|{_MOD}|{_LAST_NEXT}){_FULL_MONTH}"
_WEEKDAY_EXPR = rf"(?:{_PREP})?(?:\b(?i:last|next|this)\s+)?{_WEEKDAY}{_POSS}"
_RELATIVE = (
    rf"(?:{_PREP})?\b(?i:(?:(?:earlier|later)\s+)?this|last|next)\s+"
    rf"(?i:weekend|week|month|year)\b{_POSS}{_NOT_OF}"
    rf"|\b(?i:(?:in|over|during)\s+)?\b(?i:(?:the|this)\s+past\s+(?:week|month|year)|the\s+last\s+(?:week|month|year))\b{_NOT_OF}"
    rf"|(?:{_PREP})?\b(?i:yesterday|today|tomorrow|last\s+(?:night|evening))\b{_POSS}"
)
# "the weekend" alone: the last one, or the coming one for an action ahead
_THE_WEEKEND = rf"\b(?i:(?:over|during|at|on|for)\s+)?\b(?i:the|this\s+past|this\s+coming)\s+(?i:weekend)\b{_POSS}"
_NUM = r"(?:\d{1,3}|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|a\s+few|few)"
_AGO = (rf"(?:{_PREP})?\b(?i:(?:almost|nearly|about|around|some|more\s+than|over|just|only)\s+)?"
        rf"(?i:{_NUM})\s+(?i:days?|weeks?|months?|years?|decades?)\s+(?i:ago|earlier)\b"
        r"|\b(?i:year-(?:ago|earlier)|a\s+year\s+(?:ago|earlier))\b")
_ORDINAL_Q = r"(?:first|second|third|fourth|1st|2nd|3rd|4th)"
_QUARTER = (rf"(?:{_PREP})?(?:\b(?i:the|this|its|their|a)\s+)?(?:\b(?i:fiscal|latest|last|past|previous|current|"
            rf"same|recent|year-ago|year-earlier|flat|weak|strong)[\s-]+){{0,2}}"
            rf"(?:\b(?i:{_ORDINAL_Q})(?:[\s-]+(?i:fiscal))?[\s-]+(?i:quarter|half)|\b(?i:quarter))\b"
            rf"(?:,?\s+(?:of\s+)?(?:(?i:fiscal)\s+)?{_YEAR})?"
            r"|\bQ[1-4](?:\s+(?:19|20)\d\d)?\b")
_SEASON = (rf"(?:{_PREP})?\b(?i:(?:this|last|next|the|early|late|mid|this\s+past)\s+)+"
           rf"(?i:spring|summer|fall|autumn|winter)\b(?:\s+(?:of\s+)?{_YEAR})?"
           rf"|\b(?i:spring|summer|fall|autumn|winter)\s+(?:of\s+)?{_YEAR}")
_YEAR_END = (r"\b(?i:(?:the\s+)?year[-\s]end|the\s+end\s+of\s+(?:the|this)\s+year"
             r"|(?:the|this)\s+(?:current\s+|full\s+)?(?:fiscal\s+)?year(?!\s+(?:ago|earlier|before|after))|fiscal\s+(?:19|20)\d\d)\b")
_DAY_PART = r"\b(?i:tonight|this\s+(?:morning|afternoon|evening))\b"
# A clock time with no day ("at 8 am", "by 10:30 p.m."): news tells the day of the story so
_CLOCK_TIME = r"(?<![\w.:])(?:[01]?\d|2[0-3])(?:[:.][0-5]\d)?\s?(?i:a\.m\.|p\.m\.|am|pm)(?!\w)"
_MONTH_REL_YEAR = rf"(?:{_PREP})?{_FULL_MONTH}\s+(?i:last|next|this)\s+year\b"
_BARE_MONTH = (r"\b(?:January|February|March|April|June|July|August|September|October|November|December)\b"
               r"(?:['’]s\b)?(?!\s+[A-Z]|\s+\d|\s+of\b)")
_FINDER_BODY = (f"{_MONTH_REL_YEAR}|{_QUARTER}|{_SEASON}|{_AGO}|{_YEAR_END}|{_DAY_PART}|{_CLOCK_TIME}|"
                f"{_THE_WEEKEND}|{_ABSOLUTE}|{_MONTH_ALONE}|{_WEEKDAY_EXPR}|{_RELATIVE}|{_BARE_MONTH}")
# Every alternative starts at a word start with a digit or one of these words, in any case (the
# first word each alternative allows: a preposition, a modifier, a number, a month, a weekday ...).
_FIRST_WORDS = (
    "in on since until till by from during at for over the this its their a an fiscal latest last past "
    "previous current same recent year flat weak strong first second third fourth quarter next early late "
    "mid earlier later spring summer fall autumn winter almost nearly about around some more just only one "
    "two three four five six seven eight nine ten eleven twelve several few tonight yesterday today tomorrow "
    "january february march april may june july august september october november december sept jan feb mar "
    "apr jun jul aug sep oct nov dec monday tuesday wednesday thursday friday saturday sunday").split()
# The guard in front says so, and the engine then fails at once at every other position instead of
# trying each alternative there (about 3x faster for the word start alone, 1.6x more for the words;
# the same matches, which tests/test_dates.py checks against the unguarded body).
# The words as a prefix tree (retrie): inside the lookahead only whether one fits counts (1.5x faster).
_FINDER = re.compile(rf"(?<!\w)(?=\d|(?i:q[1-4]|{alternation(_FIRST_WORDS)})(?!\w))"
                     rf"(?:{_FINDER_BODY})")
# Words after which a bare four-digit number is a year ("in 2019", "the 2019 election", "fiscal
# 2019"); elsewhere it is a count ("detained 2000 protesters") or an amount.
_YEAR_CUES = {"in", "on", "since", "until", "till", "by", "from", "during", "of", "before", "after",
              "through", "throughout", "between", "early", "mid", "late", "fiscal", "the", "its", "this",
              "that", "his", "her", "their", "our", "a", "an", "year", "circa", "c.",
              "for", "around", "about", "spring", "summer", "autumn", "fall", "winter"}
_BARE_YEAR = re.compile(r"(?:19|20)\d\d")
_WORD_BEFORE = re.compile(r"([\w.'’]+)[\s,(–—-]*$")


def find_time_expressions(text: str) -> list[TimeExpr]:
    """The time expressions in `text`, in order, not overlapping. A leading preposition ("on
    Friday", "since December") is part of the span; `resolve` accepts every text found here.
    A four-digit number stands for a year only where the grammar says so (`_YEAR_CUES` before it,
    a possessive after it): "detained 2000 protesters" has no date."""
    out: list[TimeExpr] = []
    for m in _FINDER.finditer(text):
        expr = m.group()
        if _BARE_YEAR.fullmatch(expr) and not _year_by_grammar(text, m.start(), m.end()) \
                and not _next_in_year_list(text, out, m.start(), m.end()):
            continue
        if _parse_period(_normalise(expr)) or _special(_normalise(expr)) or stated(expr):
            out.append(TimeExpr(m.start(), m.end(), expr))
    return out


def is_clock_time(expr: str) -> bool:
    """Whether `expr` (a text `find_time_expressions` found) is a clock time with no day of its own
    ("at 8 am"): it dates an action to the anchor's day, and yields to any calendar date beside it."""
    special = _special(_normalise(expr))
    return special is not None and special[0] == "clock"


def _next_in_year_list(text: str, found: list[TimeExpr], start: int, end: int) -> bool:
    """Whether a bare four-digit number goes on a list or range of years begun by the expression
    found just before it: "from 1991 to 1997", "in 1994, 1995 and 1997", "in 2014 or 2018",
    "2001-2005". After a comma alone it must lead on to the list's next item ("1995 and"), so "in
    2019, 2000 protesters were detained" holds no second year."""
    if not found or not _YEAR_AT_END.search(found[-1].text):
        return False
    between = text[found[-1].end:start]
    if _YEAR_LINK.fullmatch(between):
        return True
    return _YEAR_COMMA.fullmatch(between) is not None and _YEAR_LIST_GOES_ON.match(text, end) is not None


_YEAR_AT_END = re.compile(r"(?:19|20)\d\d$")
_YEAR_LINK = re.compile(r"\s+(?:and|or|to|through|until|till)\s+|\s*[-–]\s*|,\s*(?:and|or)\s+")
_YEAR_COMMA = re.compile(r",\s*")
_YEAR_LIST_GOES_ON = re.compile(r",\s*(?:19|20)\d\d|,?\s+(?:and|or)\s+(?:19|20)\d\d")


def _year_by_grammar(text: str, start: int, end: int) -> bool:
    if text.startswith(("'s", "’s"), end):
        return True
    before = _WORD_BEFORE.search(text, max(0, start - 30), start)
    if before is None:
        return False
    word = before.group(1).lower()
    if word in _COUNT_CUES or word.endswith(("'s", "’s")) and word[:-2].isalpha():
        # a possessive names whose year it is ("Russia's 2014 annexation"), "due 2030", "into 2024";
        # before a plural it is a count: "the army's 2000 soldiers", "divided into 2000 plots"
        return _PLURAL_AFTER.match(text, end) is None
    return word in _YEAR_CUES


# Cues after which a four-digit number is as often a count as a year ("the army's 2000 soldiers").
_COUNT_CUES = {"into", "due"}
_PLURAL_AFTER = re.compile(r"\s+(?:[a-z]*[^\Ws'’]s|people|men|women|children|police|personnel|staff|cattle)\b")


# ---- Reading one expression, leniently: any case, surrounding prepositions and possessives.
_L_MONTH = r"(?P<m>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_L_WEEKDAY = r"(?P<wd>" + "|".join(_WEEKDAYS) + ")"
_L_DAY = r"(?P<d>\d{1,2})(?:st|nd|rd|th)?"
_L_YEAR = r"(?P<y>\d{4})"
_CALENDAR_FORMS = [re.compile(p) for p in (
    r"(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})",
    rf"(?:{_L_WEEKDAY},? )?{_L_MONTH} {_L_DAY}(?:,? {_L_YEAR})?",
    rf"(?:{_L_WEEKDAY},? )?{_L_DAY} {_L_MONTH}(?:,? {_L_YEAR})?",
    rf"{_L_MONTH},? {_L_YEAR}",
    rf"(?:(?P<rel>last|next|this) )?{_L_MONTH}",
    _L_YEAR,
    rf"(?:(?P<rel>last|next|this) )?{_L_WEEKDAY}",
)]
_PERIOD_FORM = re.compile(
    r"(?P<kind>(?:(?:earlier|later) )?this|last|next) (?P<unit>weekend|week|month|year)"
    r"|(?P<past>the (?:past|last)|this past) (?P<punit>week|month|year)"
    r"|(?P<day>yesterday|today|tomorrow|last night|last evening)")
_LEADING = re.compile(r"^(?:(?:in|on|since|until|till|by|from|during|over|at|for) )+")
_MODIFIER = re.compile(r"^(?:early|mid|late)(?:-| )")


def _normalise(expr: str) -> str:
    s = " ".join(expr.replace("’", "'").split()).lower().strip(" ,.;:")
    s = _LEADING.sub("", s.removesuffix("'s"))
    return _MODIFIER.sub("", s)  # early/mid/late keep the precision of what they modify


def stated(expr: str) -> Stated | None:
    """The calendar fields a single expression names ("July 15"; not "the July 15 coup"), or None
    for relative periods ("last week") and for anything that is not a valid date."""
    if not isinstance(expr, str):
        return None
    s = _normalise(expr)
    for form in _CALENDAR_FORMS:
        if m := form.fullmatch(s):
            break
    else:
        return None
    g = m.groupdict()
    month = g.get("m")
    fields = Stated(
        year=int(g["y"]) if g.get("y") else None,
        month=(int(month) if month.isdigit() else _MONTHS[month]) if month else None,
        day=int(g["d"]) if g.get("d") else None,
        weekday=_WEEKDAYS[g["wd"]] if g.get("wd") else None,
        relation=g.get("rel"),
    )
    try:  # a leap year stands in when none is stated, so "February 29" stays possible
        PartialDate(2000 if fields.year is None else fields.year, fields.month, fields.day)
    except ValueError:
        return None
    return fields


# ---- Resolution.
_LOOKAHEAD = timedelta(days=61)  # how far ahead of the article an unyeared "July 4" may lie
_PRECISION_RANK = {"year": 0, "month": 1, "day": 2}
_UNIT_RANK = {"year": 0, "month": 1, "weekend": 2, "week": 2, "day": 2}
_STEP = {"year": relativedelta(years=1), "month": relativedelta(months=1),
         "week": relativedelta(weeks=1), "weekend": relativedelta(weeks=1)}
_DAY_OFFSET = {"yesterday": -1, "last night": -1, "last evening": -1, "today": 0, "tomorrow": 1}


def resolve(expr: str, anchor: PartialDate | None, *, future: bool = False) -> PartialDate | None:
    """The date `expr` refers to in an article dated `anchor`, or None when it cannot be told.

    Unyeared dates are taken as the most recent one (`future`: the next one), the way news uses
    them. A phrase holding exactly one time expression ("the July 15 coup") resolves as that
    expression. Never raises."""
    if not isinstance(expr, str):
        return None
    try:
        s = _normalise(expr)
        if period := _parse_period(s):
            return _resolve_period(*period, anchor)
        if special := _special(s):
            return _resolve_special(special, anchor, future)
        if fields := stated(expr):
            return _resolve_calendar(fields, anchor, future)
        inner = find_time_expressions(expr)
        if len(inner) == 1 and inner[0].text != expr:
            return resolve(inner[0].text, anchor, future=future)
    except (ValueError, OverflowError):  # dates pushed past year 1 or 9999
        pass
    return None


def _parse_period(s: str) -> tuple[str, str] | None:
    """("last", "week"), ("past", "month"), ("day", "yesterday") and so on."""
    m = _PERIOD_FORM.fullmatch(s)
    if not m:
        return None
    if m["day"]:
        return ("day", m["day"])
    if m["past"]:
        return ("past", m["punit"])
    return (m["kind"], m["unit"])


def _unit_span(unit: str, d: date) -> tuple[date, date]:
    """The calendar week (Monday first), weekend, month or year containing `d`."""
    if unit == "week":
        monday = d - timedelta(d.weekday())
        return monday, monday + timedelta(6)
    if unit == "weekend":
        saturday = d - timedelta(d.weekday()) + timedelta(5)
        return saturday, saturday + timedelta(1)
    if unit == "month":
        return d.replace(day=1), PartialDate(d.year, d.month).last_day()
    return date(d.year, 1, 1), date(d.year, 12, 31)


def _period_range(kind: str, unit: str, d: date) -> tuple[date, date]:
    if kind == "day":
        day = d + timedelta(_DAY_OFFSET[unit])
        return day, day
    if kind == "past":
        return d - _STEP[unit], d
    if kind == "last":
        return _unit_span(unit, d - _STEP[unit])
    if kind == "next":
        return _unit_span(unit, d + _STEP[unit])
    start, end = _unit_span(unit, d)
    if kind == "earlier this":
        return start, max(start, d - timedelta(1))
    if kind == "later this":
        return min(end, d + timedelta(1)), end
    return start, end


def _resolve_period(kind: str, unit: str, anchor: PartialDate | None) -> PartialDate | None:
    """A period relative to a partial anchor is computed from both ends of the anchor; a period
    finer than the anchor ("yesterday" in an article known to its month) only gives the anchor."""
    if anchor is None:
        return None
    if _UNIT_RANK[unit if kind != "day" else "day"] > _PRECISION_RANK[anchor.precision]:
        return anchor
    first = _period_range(kind, unit, anchor.first_day())
    last = _period_range(kind, unit, anchor.last_day())
    return covering(min(first[0], last[0]), max(first[1], last[1]))


def _resolve_calendar(f: Stated, anchor: PartialDate | None, future: bool) -> PartialDate | None:
    if f.year is not None:
        return PartialDate(f.year, f.month, f.day)
    if anchor is None:
        return None
    if f.month is not None and f.day is not None:
        return _month_day(f.month, f.day, anchor, future)
    if f.month is not None:
        return _month(f.month, f.relation, anchor, future)
    if f.weekday is None:
        return None
    return _weekday(f.weekday, f.relation, anchor, future)


def _month_day(month: int, day: int, anchor: PartialDate, future: bool) -> PartialDate:
    """The anchor's year, unless that puts the date well after the article (or, looking ahead,
    well before it): then the neighbouring year."""
    if anchor.month is None:
        return PartialDate(anchor.year, month, day)
    year = anchor.year
    candidate = date(year, month, min(day, 28))  # day 28: the comparison must work on Feb 29 too
    if not future and candidate > anchor.last_day() + _LOOKAHEAD:
        year -= 1
    elif future and candidate < anchor.first_day() - _LOOKAHEAD:
        year += 1
    return PartialDate(year, month, day)


def _month(month: int, relation: str | None, anchor: PartialDate, future: bool) -> PartialDate:
    """The most recent such month (the anchor's own counts), or the next one when `future`;
    "last"/"next" exclude the anchor's month; "this September" is the anchor year's, before or after
    the anchor (TimeML's reading). A year-only anchor cannot tell which of two years a month falls
    in, so it gives the anchor year."""
    if anchor.month is None:
        return anchor
    if relation == "this":
        return PartialDate(anchor.year, month)
    if relation == "next" or (future and relation != "last"):
        after = month > anchor.month or (month == anchor.month and relation != "next")
        return PartialDate(anchor.year if after else anchor.year + 1, month)
    before = month < anchor.month or (month == anchor.month and relation != "last")
    return PartialDate(anchor.year if before else anchor.year - 1, month)


def _weekday(weekday: int, relation: str | None, anchor: PartialDate, future: bool) -> PartialDate:
    """Plain "Friday" is the latest Friday on or before the anchor (`future`: on or after);
    "last"/"next" exclude the anchor's own day; "this" is the anchor's Monday-to-Sunday week.
    An anchor coarser than a day cannot place a weekday, so it is returned as it is."""
    if anchor.precision != "day":
        return anchor
    d = anchor.first_day()
    if relation == "this":
        offset = weekday - d.weekday()
    elif relation == "last":
        offset = -((d.weekday() - weekday - 1) % 7 + 1)
    elif relation == "next":
        offset = (weekday - d.weekday() - 1) % 7 + 1
    elif future:
        offset = (weekday - d.weekday()) % 7
    else:
        offset = -((d.weekday() - weekday) % 7)
    return PartialDate.of(d + timedelta(offset))


# ---- Coarser expressions: "two weeks ago", "a year earlier", quarters and halves, seasons, year-end,
# "tonight", "May last year". TIMEX3 (TimeML) gives quarters and seasons values of their own
# ("1998-Q3", "1998-SU"); a PartialDate keeps the year they fall in, which contains them.
_WORD_NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
                 "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}
_SPECIAL_FORMS = [
    ("ago", re.compile(r"(?:(?:almost|nearly|about|around|some|more than|over|just|only) )?"
                       r"(?P<n>\d{1,3}|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
                       r"|several|a few|few) "
                       r"(?P<unit>day|week|month|year|decade)s? (?:ago|earlier)")),
    ("year_ago", re.compile(r"year-(?:ago|earlier)")),
    ("month_rel", re.compile(rf"{_L_MONTH} (?P<rel>last|next|this) year")),
    ("quarter", re.compile(r"(?:(?:the|this|its|their|a) )?"
                           r"(?P<mods>(?:(?:fiscal|latest|last|past|previous|current|same|recent|"
                           r"year-ago|year-earlier|flat|weak|strong)[ -]+){0,2})"
                           r"(?:(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th)(?:[ -]+fiscal)?[ -]+)?"
                           r"(?P<unit>quarter|half)"
                           r"(?:,? (?:of )?(?:fiscal )?(?P<y>\d{4}))?|q(?P<q>[1-4])(?: (?P<y2>\d{4}))?")),
    ("season", re.compile(r"(?P<rel>(?:(?:this|last|next|the|this past) )*)(?P<s>spring|summer|fall|autumn|winter)"
                          r"(?: (?:of )?(?P<y>\d{4}))?")),
    ("year_end", re.compile(r"(?:the )?year[- ]end|the end of (?:the|this) year"
                            r"|(?:the|this) (?:current |full )?(?:fiscal )?year|fiscal (?P<y>\d{4})")),
    ("day_part", re.compile(r"tonight|this (?:morning|afternoon|evening)")),
    ("clock", re.compile(r"(?:[01]?\d|2[0-3])(?:[:.][0-5]\d)? ?(?:a\.m|p\.m|am|pm)")),
    ("weekend", re.compile(r"(?P<rel>the|this past|this coming) weekend")),
]
_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}
_SEASON_MONTHS = {"spring": (3, 5), "summer": (6, 8), "fall": (9, 11), "autumn": (9, 11), "winter": (12, 2)}


def _special(s: str) -> tuple[str, dict] | None:
    """The coarser forms above, as (kind, fields); None for anything else."""
    for kind, form in _SPECIAL_FORMS:
        if m := form.fullmatch(s):
            if kind == "quarter" and not (m["ord"] or m["q"] or m["mods"] or m["y"] or s.startswith(("the ", "this "))):
                return None
            return kind, {k: v for k, v in m.groupdict().items() if v}
    return None


def _resolve_special(special: tuple[str, dict], anchor: PartialDate | None, future: bool) -> PartialDate | None:
    kind, f = special
    year = f.get("y") or f.get("y2")
    if year:
        return PartialDate(int(year))
    if anchor is None:
        return None
    if kind == "ago":
        n = f["n"]
        count = int(n) if n.isdigit() else _WORD_NUMBERS.get(n)
        if count is None:       # "several", "a few": only the unit's scale is known
            return None
        unit = f["unit"]
        if unit == "decade":
            return PartialDate(anchor.year - 10 * count)
        if unit == "year" or anchor.precision == "year":
            return PartialDate(anchor.year - count)
        if unit == "month" or anchor.precision == "month":
            d = anchor.first_day() - relativedelta(months=count)
            return PartialDate(d.year, d.month)
        if unit == "week":
            lo = anchor.first_day() - timedelta(weeks=count)
            return covering(*_unit_span("week", lo))
        return PartialDate.of(anchor.first_day() - timedelta(days=count))
    if kind == "year_ago":
        return PartialDate(anchor.year - 1)
    if kind == "month_rel":
        offset = {"last": -1, "next": 1, "this": 0}[f["rel"]]
        return PartialDate(anchor.year + offset, _MONTHS[f["m"]])
    if kind == "quarter":
        mods = f.get("mods", "")
        if "year-ago" in mods or "year-earlier" in mods:
            return PartialDate(anchor.year - 1)
        if anchor.month is None or not f.get("ord") and not f.get("q"):
            return PartialDate(anchor.year)
        number = int(f["q"]) if f.get("q") else _ORDINALS[f["ord"]]
        if f.get("unit") == "half":    # "Q1" names no unit: a quarter
            first_month = 1 + 6 * (number - 1)
        else:
            first_month = 1 + 3 * (number - 1)
        if not future and first_month > anchor.month:
            return PartialDate(anchor.year - 1)   # a quarter not yet begun is last year's
        return PartialDate(anchor.year)
    if kind == "season":
        first, last = _SEASON_MONTHS[f["s"]]
        rel = f.get("rel", "").split()
        if anchor.month is None:
            if "last" not in rel and "next" not in rel:
                return anchor
            return PartialDate(anchor.year + (1 if "next" in rel else -1))
        month = anchor.month
        if first > last:                      # winter runs over the new year: give the year it ends in
            in_season = month >= first or month <= last
            ends = anchor.year + (1 if month >= first else 0)
            if "last" in rel:
                return PartialDate(ends - 1)
            if "next" in rel or (future and not in_season):
                return PartialDate(ends if not in_season else ends + 1)
            return PartialDate(ends if in_season or month > last else ends - 1)
        begun = month >= first
        if "last" in rel:
            return PartialDate(anchor.year if month > last else anchor.year - 1)
        if "next" in rel:
            return PartialDate(anchor.year + 1 if begun else anchor.year)
        if future:
            return PartialDate(anchor.year if month <= last else anchor.year + 1)
        return PartialDate(anchor.year if begun else anchor.year - 1) if "this" not in rel else PartialDate(anchor.year)
    if kind == "year_end":
        return PartialDate(anchor.year)
    if kind in {"day_part", "clock"}:    # "tonight", "at 8 am": the day of the story
        return anchor
    if kind == "weekend":
        if anchor.precision != "day":
            return anchor if anchor.precision == "month" else None
        ahead = f["rel"] == "this coming" or (future and f["rel"] == "the")
        d = anchor.first_day()
        saturday = d - timedelta(d.weekday()) + timedelta(5)    # the anchor week's Saturday
        if not ahead and d < saturday:
            saturday -= timedelta(7)                             # a weekday: the weekend just past
        return covering(saturday, saturday + timedelta(1))
    return None
