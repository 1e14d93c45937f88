"""The article's own date, read from its text when no metadata gives one.

Pages usually print their date on a line of its own or in a wire-service dateline. Failing that,
news writes recent dates without a year ("said March 2") and older ones with it ("in October
2019"), so the two kinds of mention together pin down the year, and the lead's date the day."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from tuiex.ingest.dates import PartialDate, Stated, find_time_expressions, resolve, stated

DATE_LINE = "date line"
DATELINE = "dateline"
INFERRED = "inferred from dated mentions"
UNKNOWN = "unknown"

_HEAD_LINES = 8  # where pages print their date: near the headline...
_TAIL_LINES = 5  # ...or at the foot
_MAX_DATE_LINE = 60
_DATELINE_SCAN = 2
_LEAD_PARAGRAPHS = 2  # a photo caption may stand before the lead  # body paragraphs that may open with a dateline

_LABEL = re.compile(r"(?i:(?:(?:last|first)\s+)?(?:published|updated|posted|modified)(?:\s+on)?|date)"
                    r"\s*[:|–—-]?\s*")
_SHORT_WEEKDAY = re.compile(r"(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\.?,?\s+")
_NUMERIC_DATE = re.compile(r"(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})(?=T|\s|$)"
                           r"|(?P<d2>\d{1,2})\.(?P<m2>\d{1,2})\.(?P<y2>\d{4})")  # day.month.year
_TIME = re.compile(
    r"(?:T|\s*(?:[,|•·–—-]|(?i:at))?\s*)\d{1,2}[:.]\d{2}(?::\d{2}(?:\.\d+)?)?"
    r"\s*(?i:[ap]\.?m\.?)?\s*(?:Z|[A-Z]{2,5}|UTC[+-]\d{1,2}|[+-]\d{2}:?\d{2})?")
_UC = "[A-ZÀ-ÖØ-ÞĀĂĄĆĈĊČĎĐĒĔĖĘĚĜĞĠĢĤĦĨĪĬĮİĴĶĹĻĽĿŁŃŅŇŌŎŐŒŔŖŘŚŜŞŠŢŤŦŨŪŬŮŰŲŴŶŸŹŻŽ]"   # "İSTANBUL", "ŁÓDŹ"
_PLACE = rf"{_UC}[\w.'’-]*(?:\s+[A-Za-z][\w.'’-]*){{0,3}}"  # "NEW YORK", "Rio de Janeiro"
_REGION = rf",\s*{_UC}[\w.'’-]*(?:\s+{_UC}[\w.'’-]*){{0,2}}"
_AGENCY = r"\([^()]{1,30}\)"
_DATELINE_PREFIX = re.compile(rf"(?:{_PLACE}(?:{_REGION})?\s*(?:{_AGENCY})?\s*(?:,|[—–-]+)\s*)?")
_DATELINE_SUFFIX = re.compile(rf"\s*(?:{_AGENCY}\s*)?[—–-]")
_PREPOSITION = re.compile(r"(?i:in|on|since|until|till|by|from|during)\s")
_BOUND = re.compile(r"(?i:since|until|till|by|from|during)\s")  # "until June 29" is no report day
_REPORTED = re.compile(r"\b(?:said|says|announced|told\s+\w+|reported|confirmed|stated|added)\s+$")


@dataclass
class Published:
    date: PartialDate | None
    how: str  # DATE_LINE | DATELINE | INFERRED | UNKNOWN


def find_published(lines: list[str], body_start: int = 0) -> Published:
    """The article's date from its own text: a date line, else a dateline, else inference from
    the dates it mentions (see `_infer`). `lines` are its non-empty paragraphs, headline first."""
    if found := _date_line(lines):
        return Published(found, DATE_LINE)
    held: Stated | None = None
    for paragraph in lines[body_start:body_start + _DATELINE_SCAN]:
        if fields := _dateline(paragraph) or _dateline(_detokenised(paragraph[:120])):
            if fields.year is not None:
                return Published(PartialDate(fields.year, fields.month, fields.day), DATELINE)
            held = fields
            break
    lead = "\n".join(lines[body_start:body_start + _LEAD_PARAGRAPHS]) if 0 <= body_start < len(lines) else ""
    inferred = _infer(lines, lead, held)
    return Published(inferred, INFERRED) if inferred else Published(None, UNKNOWN)


def _date_line(lines: list[str]) -> PartialDate | None:
    """A short line that is a full date, perhaps labelled ("Updated:") and followed by a time."""
    n = len(lines)
    for i in sorted(set(range(min(_HEAD_LINES, n))) | set(range(max(0, n - _TAIL_LINES), n))):
        line = lines[i].strip()
        if len(line) >= _MAX_DATE_LINE:
            continue
        label = _LABEL.match(line)
        rest = line[label.end():] if label else line
        weekday = _SHORT_WEEKDAY.match(rest)
        found, tail = _leading_date(rest[weekday.end():] if weekday else rest)
        if found and found.precision == "day" and (not tail.strip() or _TIME.fullmatch(tail)):
            return found
    return None


def _leading_date(text: str) -> tuple[PartialDate | None, str]:
    """The date `text` starts with, and what follows it."""
    if m := _NUMERIC_DATE.match(text):
        y, mo, d = (m["y"], m["m"], m["d"]) if m["y"] else (m["y2"], m["m2"], m["d2"])
        try:
            return PartialDate(int(y), int(mo), int(d)), text[m.end():]
        except ValueError:
            return None, text
    exprs = find_time_expressions(text)
    if exprs and exprs[0].start == 0:
        return resolve(exprs[0].text, None), text[exprs[0].end:]
    return None, text


def _detokenised(text: str) -> str:
    """Tokenised text with its punctuation put back: "BAGHDAD , March 14 , 2018 ( Reuters ) -"."""
    text = re.sub(r"\s+([,.;:)])", r"\1", text)
    return re.sub(r"\(\s+", "(", text)


def _dateline(paragraph: str) -> Stated | None:
    """The month and day (and year, if given) of an opening "PLACE, July 1 (Agency) -" or
    "PLACE (Agency) - July 1, 2016 -" or "July 1, 2016 -"."""
    exprs = find_time_expressions(paragraph[:100])
    if not exprs or _PREPOSITION.match(exprs[0].text):
        return None
    fields = stated(exprs[0].text)
    if (fields and fields.day is not None
            and _DATELINE_PREFIX.fullmatch(paragraph[:exprs[0].start])
            and _DATELINE_SUFFIX.match(paragraph, exprs[0].end)):
        return fields
    return None


def _infer(lines: list[str], lead: str, held: Stated | None) -> PartialDate | None:
    """The year from the dates mentioned; the day from the lead's (or dateline's) month-day.

    Journalists add the year to dates outside the current year, so the latest year-bearing mention
    L of at least month precision gives the year, plus one if an unyeared mention falls earlier in
    the calendar than L's month ("in October 2019" ... "said March 2": 2020). A later year-only
    mention ("a 2021 target") leaves the year open: month mentions cannot be ordered against it.
    An unyeared weekday with month-day ("Friday, July 1") settles the year when exactly one of the
    two candidates (the latest mentioned year, or the next) fits it."""
    mentions = [f for line in lines for e in find_time_expressions(line) if (f := stated(e.text))]
    yeared = [PartialDate(f.year, f.month, f.day) for f in mentions if f.year is not None]
    if not yeared:
        return None
    unyeared = [f for f in mentions if f.year is None and f.month is not None]
    latest_year = max(p.year for p in yeared)
    latest = max((p for p in yeared if p.month is not None), default=None)

    by_weekday = [y for y in (latest_year, latest_year + 1) if _fits_weekdays(y, unyeared)]
    if len(by_weekday) == 1:
        year = by_weekday[0]
    elif latest is not None and latest.year == latest_year:
        year = latest.year + int(any(f.month < latest.month for f in unyeared))
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
    dated = [f for f in mentions if f.weekday is not None and f.day is not None]
    try:
        return bool(dated) and all(date(year, f.month, f.day).weekday() == f.weekday for f in dated)
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
