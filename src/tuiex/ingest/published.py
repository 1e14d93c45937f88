"""The article's own date, read from its text when no metadata gives one.

Pages print their date in many shapes and places: a stamp line near the headline ("Posted August
29, 2006 22:00:00", "Update: 18:20, 02 July 2018 Monday", "date 2020-08-05" glued to the first body
line, a title bar ending in "Thursday, June 3, 2021 | 09:09"), a wire dateline ("WASHINGTON, May 31
(Reuters) -"), a footer ("Published: 2 March 2020"); and they print other dates too: a site clock
above the masthead, a crawl stamp ("a year ago"), a tweet's signature, a related-links list. So
`find_published` collects every *stamp* candidate, ranks them, and only then falls back to the
dateline and to inference from the dates the body mentions:

1. Stamps. A line is a stamp when, once its date is taken out, what is left is only a label
   (Published, Updated, Posted, date ...), a time, a zone, a weekday and separators; or when the
   date opens the line after such a label and a headline or lead is glued after it; or when the
   line is a title bar that ends in the date (and its time). Dates inside prose are not stamps.
   Found strings are parsed by dateparser (many orders and forms); numeric day/month dates are read
   here so that their order is decided from evidence, never guessed.
   Ranking: a stamp near the headline and the lead beats one further up (a masthead clock) or in the
   footer (which needs a label to count at all); a weekday the stamp prints must agree with its date
   (else the candidate is dropped) and raises it; so does a weekday the lead uses for the day's news
   ("arrived Monday"). A numeric date that reads both ways (03/04/2019) takes the reading a weekday
   supports, else keeps only the precision both readings share.
2. A wire dateline at the start of the body ("PLACE, Month Day[, Year] (Agency) -").
3. A full date in the lead (or a caption above it) whose weekday is the weekday the lead gives the
   news ("signed ... on August 17, 2015" and "signed ... on Monday").
4. Inference from the body's own mentions (see `_infer`): the year only when the text pins it, never
   from a background year alone; an article whose text gives no year is undated.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from datetime import date

from tuiex.ingest.dates import _MONTHS, PartialDate, Stated, find_time_expressions, stated

DATE_LINE = "date line"
DATELINE = "dateline"
LEAD_DATE = "lead date"
INFERRED = "inferred from dated mentions"
UNKNOWN = "unknown"

_HEAD_AFTER_LEAD = 2   # stamps may stand a line or two into the body (after a caption)
_TAIL_LINES = 5        # a footer stamp: one of the last lines, and labelled
_MAX_STAMP_LINE = 400  # longer lines are prose
_DATELINE_SCAN = 2
_LEAD_PARAGRAPHS = 2   # a photo caption may stand before the lead

_WEEKDAY_NAMES = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_WEEKDAY_WORD = re.compile(
    r"\b(?i:(mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|sday|nesday|rsday|urday)?)\b\.?")
_WEEKDAY_PREFIX = {name[:3]: i for i, name in enumerate(_WEEKDAY_NAMES)}
_LABEL = re.compile(
    r"(?i:\b(?:(?:last|first)\s+)?(?:published|updated?|posted|modified|created|dated?|released|issued)"
    r"(?:\s+(?:on|at))?\b)\s*[:|–—-]?\s*")
_TIME = re.compile(
    r"(?<!\d)\d{1,2}[:.]\d{2}(?::\d{2}(?:\.\d+)?)?(?!\d)(?:\s*(?i:[ap]\.?\s?m\b\.?))?"
    r"|\b\d{1,2}\s*(?i:[ap]\.?m\.?)(?!\w)|\b(?i:noon|midnight)\b")
_ISO_TIME = re.compile(r"^T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?")
_ZONE = re.compile(r"\b(?:[A-Z]{2,5}|UTC|GMT)(?:\s*[+-]\s*\d{1,2}(?::?\d{2})?)?(?![\w])|[+-]\d{2}:?\d{2}\b|\bZ\b")
_RELATIVE_STAMP = re.compile(r"(?i:\b(?:an?|\d+|one|two|few)\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?|"
                             r"weeks?|months?|years?)\s+ago\b|\bjust\s+now\b|\byesterday\b|\btoday\b)")
_SEPARATORS = re.compile(r"[\s|•·,;:/()\[\]–—_*>-]+")
_YEARISH = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_MONTHISH = re.compile(r"(?i:\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b)")
_NUMERIC_DMY = re.compile(r"(?<![\d/.-])(?P<a>\d{1,2})(?P<sep>[/.-])(?P<b>\d{1,2})(?P=sep)"
                          r"(?P<y>(?:19|20)\d\d)(?![\d/])")
_NUMERIC_YMD = re.compile(r"(?<![\d/.-])(?P<y>(?:19|20)\d\d)(?P<sep>[-/.])(?P<m>\d{1,2})(?P=sep)"
                          r"(?P<d>\d{1,2})(?![\d/])")
# The place a stamp was filed from, closing the line after a dash or a bar ("April 2, 2023 11:32 am |
# Updated 11:38 am IST - Kolkata", "... | Port Louis"): one to three capitalised words, the dateline's
# place (_PLACE) set after the date instead of before it.
_PLACE_OF_FILING = re.compile(r"\s[|–—-]\s*[^\W\d_a-z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2}\s*$")
_TWEET_SIGNATURE = re.compile(r"\(@\w+\)\s*$")
# a line that signs the article before its date: an outlet, an author or a place of up to four
# capitalised words and a comma ("Xinhua, February 9, 2015", "By Jane Roe, 3 March 2021")
_SIGNED_STAMP = re.compile(r"\s*(?:By\s+)?[^\W\d_][\w.'’&-]*(?:\s+[^\W\d_][\w.'’&-]*){0,3}\s*,\s*")

_PLACE = r"(?:[^\W\d_][\w.'’-]*)(?:\s+[^\W\d_][\w.'’-]*){0,3}"  # "NEW YORK", "İSTANBUL", "Rio de Janeiro"
_REGION = r"(?:,|\s*/)\s*[^\W\d_][\w.'’-]*(?:\s+[^\W\d_][\w.'’-]*){0,2}"
_AGENCY = r"\([^()]{1,40}\)"
_DATELINE_PREFIX = re.compile(rf"(?:{_PLACE}(?:{_REGION})?\s*(?:{_AGENCY})?\s*(?:,|[—–-]+)\s*)?")
_DATELINE_SUFFIX = re.compile(rf"\s*(?:{_AGENCY}\s*)?[—–:-]")
_PREPOSITION = re.compile(r"(?i:in|on|since|until|till|by|from|during)\s")
_BOUND = re.compile(r"(?i:since|until|till|by|from|during)\s")  # "until June 29" is no report day
_REPORTED = re.compile(r"\b(?:said|says|announced|told\s+\w+|reported|confirmed|stated|added)\s+$")


@dataclass
class Published:
    date: PartialDate | None
    how: str  # DATE_LINE | DATELINE | LEAD_DATE | INFERRED | UNKNOWN


@dataclass
class Candidate:
    """One date a page offers as its own: where (line index), which readings (two for an ambiguous
    numeric date), whether it carries a label, and the weekday it prints, if any."""

    line: int
    readings: tuple[date, ...]
    labelled: bool
    weekday: int | None  # Monday = 0
    score: float = 0.0


def find_published(lines: list[str], body_start: int = 0, body: list[str] | None = None) -> Published:
    """The article's date from its own text (module docstring: stamps, dateline, lead, inference).

    `lines` are the page's non-empty lines, chrome included, in order; `body_start` the index of the
    first body paragraph among them; `body` the article's body paragraphs (chrome removed), which
    inference reads (default: the lines from `body_start` on). Never raises."""
    body = list(lines[body_start:]) if body is None else body
    lead = "\n".join(body[:_LEAD_PARAGRAPHS + 1])
    lead_weekdays = _weekdays_in(lead)
    if found := _best_stamp(lines, body_start, lead_weekdays):
        return Published(found, DATE_LINE)
    held: Stated | None = None
    for paragraph in lines[body_start:body_start + _DATELINE_SCAN]:
        if fields := _dateline(paragraph) or _dateline(_detokenised(paragraph[:120])):
            if fields.year is not None:
                return Published(PartialDate(fields.year, fields.month, fields.day), DATELINE)
            held = fields
            break
    if held is None and (found := _lead_date(lines, body_start, lead_weekdays)):
        return Published(found, LEAD_DATE)
    inferred = _infer(body, lead, held)
    return Published(inferred, INFERRED) if inferred else Published(None, UNKNOWN)


# ---- 1. stamps

def _best_stamp(lines: list[str], body_start: int, lead_weekdays: set[int]) -> PartialDate | None:
    n = len(lines)
    head_end = min(n, max(body_start, 0) + _HEAD_AFTER_LEAD + 1)
    headline = _headline_index(lines, body_start)
    best: Candidate | None = None
    for i in range(n):
        in_head = i < head_end
        if not in_head and i < n - _TAIL_LINES:
            continue
        distance = min(abs(i - headline), abs(i - body_start)) if in_head else 6
        base = (10.0 if in_head else 5.0) - 0.5 * min(distance, 8)
        if best is not None and best.score >= base + _bonus_bound(lines[i], bool(lead_weekdays)):
            continue    # no stamp of this line can outscore the best so far (ties go to the earlier line)
        for cand in _stamps_in(lines[i], i):
            if not in_head and not cand.labelled:
                continue  # a bare date at the foot is a related link's or a comment's
            if _score(cand, base, lead_weekdays) and (best is None or cand.score > best.score):
                best = cand
    return None if best is None else _stamp_date(best, lead_weekdays)


def _score(cand: Candidate, base: float, lead_weekdays: set[int]) -> bool:
    """Score a stamp candidate from its line's `base` (position): +0.5 labelled, +1.0 a printed
    weekday that agrees (the readings it contradicts are dropped), +1.5 a reading on a weekday the
    lead names. False when the printed weekday leaves no reading (the candidate is out)."""
    cand.score = base + (0.5 if cand.labelled else 0.0)
    if cand.weekday is not None:    # a printed weekday checks the date: a reading it contradicts goes
        cand.readings = tuple(d for d in cand.readings if d.weekday() == cand.weekday)
        if not cand.readings:
            return False
        cand.score += 1.0
    if {d.weekday() for d in cand.readings} & lead_weekdays:
        cand.score += 1.5
    return True


def _stamp_date(best: Candidate, lead_weekdays: set[int]) -> PartialDate:
    """The date the winning stamp gives: its one reading, else the one a printed or lead weekday
    supports, else what its readings share (the month, or the year)."""
    if len(best.readings) == 1:
        return PartialDate.of(best.readings[0])
    supported = [d for d in best.readings if d.weekday() == best.weekday or d.weekday() in lead_weekdays]
    if len(supported) == 1:
        return PartialDate.of(supported[0])
    first, second = best.readings[0], best.readings[1]
    return PartialDate(first.year, first.month) if first.month == second.month else PartialDate(first.year)


def _headline_index(lines: list[str], body_start: int) -> int:
    """The last line before the body that reads like a headline (no sentence end), else the start."""
    for i in range(min(body_start, len(lines)) - 1, -1, -1):
        line = lines[i].strip()
        if 15 <= len(line) <= 200 and not line.endswith((".", "!", "?")) and not _YEARISH.search(line):
            return i
    return 0


def _stamps_in(line: str, index: int) -> list[Candidate]:
    """The stamp candidates of one line (module docstring, rule 1)."""
    if len(line) > _MAX_STAMP_LINE or not (_YEARISH.search(line) or _BS_DATE.search(line)):
        return []
    out = []
    for start, end, readings in _dates_in(line):
        before, after = line[:start], line[end:]
        if _TWEET_SIGNATURE.search(before):
            continue
        before_rest = _residue(before)
        after_rest = _residue(_PLACE_OF_FILING.sub("", after))
        labelled = bool(_LABEL.search(before))
        if before_rest and after_rest and not (labelled and not before_rest):
            continue                                   # a date inside prose
        if before_rest and not after_rest:
            # a title bar ending in its date: the date must stand apart from the text before it
            if not re.search(r"(?:[.!?\"”’|•·–—-]|\s{2,})\s*(?:\w+\.?,?\s*)?$", before) and not labelled \
                    and not _SIGNED_STAMP.fullmatch(before):
                continue
            if re.search(r"(?i:\b(?:on|in|of|since|until|by|from|after|before|and)\s*$)", before):
                continue
        if after_rest and not before_rest and not _glued_ok(after, labelled):
            continue
        out.append(Candidate(index, readings, labelled, _printed_weekday(line, start, end)))
    return out


def is_stamp_line(line: str) -> bool:
    """A line that is only a date stamp ("Wed, 10 May, 2023 - 17:16", "Updated: 2012-08-22 18:01",
    "July 9, 2016 / 12:39 PM / a year ago"): chrome, never a headline."""
    if len(line) > 80 or not _YEARISH.search(line):
        return False
    return any(not _residue(line[:s]) and not _residue(_PLACE_OF_FILING.sub("", line[e:]))
               for s, e, _ in _dates_in(line))


def opens_with_stamp(line: str) -> bool:
    """A line that opens with a labelled date stamp, a headline or lead glued after it ("date
    2020-08-05 Army ...", "Published 3 May 2021 The council ..."): the stamp starts a line of its
    own on the page, whatever the scrape glued to it. What the date runs on into must open a new
    sentence: "released on 3 May 2021 and showed ..." is the last line of a wrapped paragraph."""
    if len(line) > _MAX_STAMP_LINE or not _YEARISH.search(line):
        return False
    first = next(iter(_dates_in(line[:80])), None)
    if first is None or not _LABEL.search(line[:first[0]]) or _residue(line[:first[0]]):
        return False
    rest = re.search(r"[^\W\d_]", _TIME.sub(" ", line[first[1]:]))
    return rest is None or not rest.group().islower()


def _glued_ok(after: str, labelled: bool) -> bool:
    """Text after a date that opens a line: a headline or lead glued on ("date 2020-08-05 Army ...")
    counts when the date is labelled or set apart; running prose ("2020 was a hard year") does not."""
    stripped = after.strip()
    if labelled:
        return True
    return bool(re.match(r"^(?:[|•·–—-]|\s{2,})", after)) or (bool(stripped) and stripped[0].isupper()
                                                             and after[:1].isspace() and not stripped[:4].isdigit())


def _residue(text: str) -> str:
    """What is left of a stamp's surroundings once labels, times, zones, weekdays, relative stamps and
    separators are taken out: empty for a pure stamp line."""
    text = _ISO_TIME.sub(" ", text)
    text = _LABEL.sub(" ", text)
    text = _RELATIVE_STAMP.sub(" ", text)
    text = _TIME.sub(" ", text)
    text = _ZONE.sub(" ", text)
    text = _WEEKDAY_WORD.sub(" ", text)
    text = _BS_WEEKDAY.sub(" ", text)
    text = re.sub(r"(?i)\b(?:at|on)\b", " ", text)
    return _SEPARATORS.sub("", text)


def _printed_weekday(line: str, start: int, end: int) -> int | None:
    """A weekday printed right before or after the date (within a few characters)."""
    window = line[max(0, start - 14):min(len(line), end + 24)]
    for m in _WEEKDAY_WORD.finditer(window):
        return _WEEKDAY_PREFIX.get(m.group(1).lower()[:3])
    for m in _BS_WEEKDAY.finditer(window):
        return _BS_WEEKDAYS[m.group(1)]
    return None


def _dates_in(line: str) -> list[tuple[int, int, tuple[date, ...]]]:
    """Day-precision dates with a year in `line`: (start, end, readings). Numeric day/month forms are
    read here, both ways when both are possible; everything else goes to dateparser."""
    found: list[tuple[int, int, tuple[date, ...]]] = []
    taken: list[tuple[int, int]] = []
    for m in _NUMERIC_YMD.finditer(line):
        try:
            found.append((m.start(), m.end(), (date(int(m["y"]), int(m["m"]), int(m["d"])),)))
            taken.append(m.span())
        except ValueError:
            pass
    for m in _NUMERIC_DMY.finditer(line):
        if any(s < m.end() and m.start() < e for s, e in taken):
            continue
        a, b, y = int(m["a"]), int(m["b"]), int(m["y"])
        readings = []
        # Dots are day.month.year wherever they are used; slashes and dashes go both ways (US and UK).
        for day, month in ((a, b),) if m["sep"] == "." else ((a, b), (b, a)):
            try:
                readings.append(date(y, month, day))
            except ValueError:
                pass
        if readings:
            found.append((m.start(), m.end(), tuple(dict.fromkeys(readings))))
            taken.append(m.span())
    masked = line
    for m in _TIME.finditer(line):           # dateparser's search reads "2016 at 9:15" as one date
        taken.append(m.span())
    for s, e in taken:
        masked = masked[:s] + " " * (e - s) + masked[e:]
    # a date dateparser may give needs a day besides the year (REQUIRE_PARTS): a line whose only digits
    # are years ("In May 2021, ...") has none
    if (_MONTHISH.search(masked) and _YEARISH.search(masked)
            and any(c.isdigit() for c in _YEARISH.sub(" ", masked))):
        pos = 0
        for text, when in _plain_dates(masked) or _search_dates(masked):
            # dateparser gives the string back with its spaces collapsed: find it token by token
            hit = re.compile(r"\s+".join(map(re.escape, text.split()))).search(masked, pos)
            if hit is None:
                continue
            pos = hit.end()
            found.append((hit.start(), hit.end(), (when,)))
    for m in _BS_DATE.finditer(line):
        if (bs_day := _bikram_sambat(int(m["y"]), _BS_MONTHS[m["m"]], int(m["d"]))) is not None:
            found.append((m.start(), m.end(), (bs_day,)))
    found.sort()
    return found


# Bikram Sambat, the official calendar of Nepal, as Nepali sites print it: "१९ माघ २०७७, सोमबार"
# (19 Magh 2077, Monday = 1 February 2021). Month and weekday names in Devanagari, both spellings in use;
# the conversion is nepali-datetime's (its tables cover BS 1975-2100).
_BS_MONTHS = {name: i for i, names in enumerate((
    "बैशाख वैशाख", "जेठ जेष्ठ", "असार आषाढ", "साउन श्रावण", "भदौ भाद्र", "असोज आश्विन", "कात्तिक कार्तिक",
    "मंसिर मार्ग मङ्सिर", "पुस पौष", "माघ", "फागुन फाल्गुन", "चैत चैत्र"), 1) for name in names.split()}
_BS_DATE = re.compile(r"(?<!\d)(?P<d>\d{1,2})\s+(?P<m>" + "|".join(sorted(_BS_MONTHS, key=len, reverse=True))
                      + r")\s*,?\s+(?P<y>\d{4})(?!\d)")
_BS_WEEKDAYS = {"सोम": 0, "मंगल": 1, "मङ्गल": 1, "बुध": 2, "बिही": 3, "बिहि": 3, "शुक्र": 4, "शनि": 5, "आइत": 6}
_BS_WEEKDAY = re.compile("(" + "|".join(_BS_WEEKDAYS) + ")बार")

# Any text that `_LABEL` or a printed weekday (`_WEEKDAY_WORD`, `_BS_WEEKDAY`) can match in some part of a
# line contains one of these strings (the same case folding): a line without them earns no such bonus.
_LABEL_STEM = re.compile(r"(?i:published|update|posted|modified|created|date|released|issued)")
_WEEKDAY_STEM = re.compile(r"(?i:mon|tue|wed|thu|fri|sat|sun)|" + "|".join(_BS_WEEKDAYS))


def _bonus_bound(line: str, lead_has_weekdays: bool) -> float:
    """The most a stamp of `line` can add to its place's score (`_best_stamp`): 0.5 for a label, 1.0
    for a printed weekday, 1.5 for a weekday of the lead; each only when the line holds text that
    could earn it."""
    return ((0.5 if _LABEL_STEM.search(line) else 0.0) + (1.0 if _WEEKDAY_STEM.search(line) else 0.0)
            + (1.5 if lead_has_weekdays else 0.0))


def _bikram_sambat(year: int, month: int, day: int) -> date | None:
    """The Gregorian day of a Bikram Sambat date, or None outside the converter's tables."""
    import nepali_datetime  # deferred: only pages with a Devanagari date need it

    try:
        return nepali_datetime.date(year, month, day).to_datetime_date()
    except (ValueError, OverflowError, KeyError, IndexError):
        return None


# The dates of a line in the two forms stamps and datelines are mostly printed in ("28 September
# 2016", "Feb. 2, 2014"), read without dateparser's search: it costs 2 to 10 ms a line (a few per cent
# of an ingest), this a few microseconds. Taken only where the rest of the line holds no other year,
# so the search (which needs day, month and year: _DP_SETTINGS) could find no other date there; the
# string returned is the date without what dateparser glues to it ("On", a weekday, a zone), which
# `_residue` removes all the same. Anything else goes to dateparser, which also misses the
# abbreviations with a period ("Oct. 20, 2019") that this form reads. Not always the search's
# reading: where the search glues a count after the year into the date ("14 March 2019 | 5 photos" is
# 5 March to it), finds nothing ("March 14, 2019 | 12 comments", "Mar 14, 2019 | 4 min read") or only
# the first of two dates ("1 May 2019 / 2 May 2019"), this gives each date as printed.
_MONTH_NAME = r"(?i:" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")"
_PLAIN_DATE = re.compile(
    r"(?<![\w.])(?:(?P<d1>\d{1,2})\s+(?P<m1>" + _MONTH_NAME + r")\.?,?\s+"
    r"|(?P<m2>" + _MONTH_NAME + r")\.?\s+(?P<d2>\d{1,2}),?\s+)(?P<y>(?:19|20)\d\d)(?!\w|\.\d)")


def _plain_dates(text: str) -> tuple[tuple[str, date], ...]:
    """(each date's string, its day), in order, when `text` holds dates in a plain form and no other
    year; () otherwise (also when one of them is no calendar day), for dateparser to read."""
    found = list(_PLAIN_DATE.finditer(text))
    if not found or _YEARISH.search(_PLAIN_DATE.sub(" ", text)):
        return ()
    out = []
    for m in found:
        try:
            day = date(int(m["y"]), _MONTHS[(m["m1"] or m["m2"]).lower()], int(m["d1"] or m["d2"]))
        except ValueError:
            return ()
        out.append((m.group(), day))
    return tuple(out)


_DP_SETTINGS = {"REQUIRE_PARTS": ["day", "month", "year"], "PARSERS": ["absolute-time"],
                "PREFER_DAY_OF_MONTH": "first", "RETURN_AS_TIMEZONE_AWARE": False}


@functools.lru_cache(maxsize=4096)
def _search_dates(text: str) -> tuple[tuple[str, date], ...]:
    """dateparser's search over one line: the date strings it finds, with their day. Cached: the same
    chrome lines recur across the articles of one site."""
    from dateparser.search import search_dates  # deferred: importing dateparser takes a while

    try:
        hits = search_dates(text, languages=["en"], settings=_DP_SETTINGS) or []
    except Exception:  # dateparser raises assorted errors on odd input; a line that fails has no stamp
        return ()
    out = []
    for found, when in hits:
        if _YEARISH.search(found) and 1900 <= when.year <= 2099:
            out.append((found, when.date()))
    return tuple(out)


def _weekdays_in(text: str) -> set[int]:
    """Weekdays named in full in `text` ("on Monday", "Tuesday's vote")."""
    return {_WEEKDAY_NAMES.index(m.group().lower()) for m in re.finditer(
        r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b", text)}


# ---- 2. the dateline

def _detokenised(text: str) -> str:
    """Tokenised text with its punctuation put back: "BAGHDAD , March 14 , 2018 ( Reuters ) -"."""
    text = re.sub(r"\s+([,.;:)])", r"\1", text)
    return re.sub(r"\(\s+", "(", text)


def _dateline(paragraph: str) -> Stated | None:
    """The month and day (and year, if given) of an opening "PLACE, July 1 (Agency) -" or
    "PLACE (Agency) - July 1, 2016 -" or "July 1, 2016 -"."""
    exprs = find_time_expressions(paragraph[:120])
    if not exprs or _PREPOSITION.match(exprs[0].text):
        return None
    fields = stated(exprs[0].text)
    if (fields and fields.day is not None
            and _DATELINE_PREFIX.fullmatch(paragraph[:exprs[0].start])
            and _DATELINE_SUFFIX.match(paragraph, exprs[0].end)):
        return fields
    return None


# ---- 3. a full date in the lead that the lead's weekday confirms

def _lead_date(lines: list[str], body_start: int, lead_weekdays: set[int]) -> PartialDate | None:
    if not lead_weekdays:
        return None
    lo = max(0, body_start - 1)
    for line in lines[lo:body_start + _LEAD_PARAGRAPHS]:
        for expr in find_time_expressions(line):
            fields = stated(expr.text)
            if not fields or fields.year is None or fields.month is None or fields.day is None \
                    or _BOUND.match(expr.text):
                continue
            try:
                day = date(fields.year, fields.month, fields.day)
            except ValueError:
                continue
            if day.weekday() in lead_weekdays and (fields.weekday is None or fields.weekday == day.weekday()):
                return PartialDate.of(day)
    return None


# ---- 4. inference

def _infer(lines: list[str], lead: str, held: Stated | None) -> PartialDate | None:
    """The year from the dates the body mentions; the day from the lead's (or dateline's) month-day.

    Journalists add the year to dates outside the current year and leave it off the current year's.
    So the year is inferred only when the text pins it: an unyeared weekday with month-day ("Friday,
    July 1") that fits exactly one of the latest mentioned year and the next; or unyeared month
    mentions beside a latest year-bearing mention L of at least month precision, which put the
    article in L's year, or the next when one of them falls earlier in the calendar than L's month
    ("in October 2019" ... "said March 2": 2020). Year-only mentions ("in 2019", "a 2021 target")
    and a yeared date alone never date an article: they are background."""
    mentions = [f for line in lines for e in find_time_expressions(line) if (f := stated(e.text))]
    yeared = [PartialDate(f.year, f.month, f.day) for f in mentions if f.year is not None]
    if not yeared:
        return None
    unyeared = [f for f in mentions if f.year is None and f.month is not None]
    if held is not None:
        unyeared.append(held)
    if not unyeared:
        return None
    latest_year = max(p.year for p in yeared)
    latest = max((p for p in yeared if p.month is not None), default=None)

    by_weekday = [y for y in (latest_year, latest_year + 1) if _fits_weekdays(y, unyeared)]
    if len(by_weekday) == 1:
        year = by_weekday[0]
    elif latest is not None and latest.year == latest_year:
        year = latest.year + int(any(f.month is not None and latest.month is not None and f.month < latest.month
                                     for f in unyeared))
    else:
        return None

    day = held or _lead_month_day(lead)
    if day:
        try:
            return PartialDate(year, day.month, day.day)
        except ValueError:  # February 29 of a common year
            pass
    return PartialDate(year)


def _fits_weekdays(year: int, mentions: list[Stated]) -> bool:
    """Whether `year` puts every stated weekday-and-month-day on its weekday (False if none)."""
    dated = [(f.month, f.day, f.weekday) for f in mentions
             if f.weekday is not None and f.month is not None and f.day is not None]
    try:
        return bool(dated) and all(date(year, month, day).weekday() == weekday for month, day, weekday in dated)
    except ValueError:
        return False


def _lead_month_day(lead: str) -> Stated | None:
    """The day the lead reports on: an unyeared month-day standing bare or after "on" (not a
    bound like "until June 29"), preferably the one right after a reporting verb, which may sit
    in the paragraph after a photo caption; `lead` holds the first body paragraphs."""
    candidates = []
    for expr in find_time_expressions(lead):
        fields = stated(expr.text)
        if fields and fields.year is None and fields.day and not _BOUND.match(expr.text):
            if _REPORTED.search(lead, max(0, expr.start - 40), expr.start):
                return fields
            candidates.append(fields)
    return candidates[0] if candidates else None
