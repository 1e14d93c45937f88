"""From scraped text to the article: headline, body paragraphs and nothing of the site around them.

Scraped news carries its site along: skip links, menus, share widgets, bylines, photo credits, tag
lists, agency credits and the outlet's own footer. The rules below are about the *shape* of such
lines (short, no sentence punctuation, a known label, a URL, after the article's end), not about
any one site, so they hold for pages they have never seen.

These rules stay hand-written because the libraries are made for HTML: given the dev articles' plain
text as one <p> a line, jusText drops 44 of the 262 gold event sentences and trafilatura keeps all 41
non-sentence lines (menus, credits, labels), where clean() keeps 258 of 262 sentences and 3 of the 41
lines (scripts/handwritten_vs_library.py).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from . import gazetteer as gz
from .published import is_stamp_line, opens_with_stamp

# Lines that are site furniture whatever the site: matched against the whole line.
_CHROME_LINE = re.compile(
    r"""^(?:\d+\.\s*)?(?:
        accessibility\ links | skip\ to\ .{1,40} | breaking\ news | updated | share | share\ this
        | tweet | print | e-?mail | comments? | no\ comments | \d+\ comments? | advertisement
        | read\ more | related(?:\ (?:articles|stories|content|topics))? | subscribe.* | sign\ up.*
        | log\ ?in | menu | main\ menu | search | close | home | more | next | previous | back\ to\ top
        | copy\ link | copied | listen(?:\ to\ this\ article)? | play | watch | video | audio
        | image | photo | \d+x\d+\ image | (?:xs|sm|md|lg|xl) | top\ stories | most\ read
        | follow\ us.* | cookie.* | all\ rights\ reserved.* | ©.* | copyright.* | to\ find\ out\ more,?\ click\ here\.?
        | click\ here.* | see\ also | also\ read.* | editor'?s\ picks?
    )$""",
    re.I | re.X,
)
# Photo credits, bylines, agency credits and tag lists: matched at the start of a line.
_CHROME_PREFIX = re.compile(
    r"""^(?:
        (?:image|photo|picture|foto|video)(?:\ credit)?\s*[:©] | ©
        | (?:written|posted|reported|edited)\ by\b | posted\ in\b
        | by\ [A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,3}\s*(?:$|[,|])
        | tags?\s*: | topics?\s*: | keywords?\s*: | filed\ under\b
        | https?://\S+$ | www\.\S+$
        | (?:with|based\ on)\ (?:additional\ )?reporting\ (?:by|from)\b | reporting\ by\b | additional\ reporting\b
        | editing\ by\b | compiled\ by\b
    )""",
    re.I | re.X,
)
# Lines that end the article: what follows them is the outlet's footer.
_END_MARKER = re.compile(
    r"""^(?:\*\s*)?(?:
        (?:with|based\ on)\ (?:additional\ )?reporting\ (?:by|from)\b.* | .{0,80}\bcontributed\ to\ this\ report\b.*
        | tags?\s*:.* | no\ comments | \d+\ comments? | comments | related(?:\ (?:articles|stories|content))?
        | [a-z]{1,4}(?:/[a-z]{1,4})+\s*\((?:[A-Za-z]+(?:,\s*)?)+\)   # DW-style editor initials "mg/kl (AP, AFP)"
    )$""",
    re.I | re.X,
)
# "NAME - CITY (AGENCY) - " or "CITY, Month Day (AGENCY) -": a dateline before the lead sentence.
_CAP = "A-ZÀ-ÖØ-ÞĀ-ſİ"    # capitals, Latin-1 and Latin Extended-A included ("İSTANBUL")
# A dateline's country or state after the city: up to four capitalised words, hyphenated or joined by
# 'and'/'of'/'the', or an abbreviation ("Ukraine", "United Arab Emirates", "Central African Republic",
# "Bosnia-Herzegovina", "Trinidad and Tobago", "Democratic Republic of the Congo", "Ky.", "N.Y."): AP
# style names the country in full, so a three-word one was left in the lead sentence, where the parser
# took it for the subject ("DUBAI, United Arab Emirates (AP) — Iran seized a tanker": the UAE as seizer).
_LOWER = "a-zß-öø-ÿā-ž"   # small letters, Latin-1 and Latin Extended-A included ("Türkiye", "Sénégal")
_WORD = rf"[{_CAP}](?:[{_LOWER}]+\.?|\.(?:[A-Z]\.)*)"
_PLACE = rf"{_WORD}(?:(?:\s+(?:(?:and|of|the)\s+)*|-){_WORD}){{0,3}}"
_DATELINE_HEAD = r"""^(?:[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,4}\s+[-–—]\s+)?     # reporter name
        (?P<city>[CAP][CAP'’.-]+(?:[\s,/]+[CAP][CAP'’.-]+){0,3}          # CITY
            (?:\s*,\s*PLACE(?=\s*[(,]|\s+[-–—]))?)   # , Country ("KYIV, Ukraine (AP)")
        (?:\s*,\s*(?P<date>[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:\s*,\s*\d{4})?))?   # , Month Day (PTB: "14 , 2018")
        """.replace("CAP", _CAP).replace("PLACE", _PLACE)
_DATELINE = re.compile(
    _DATELINE_HEAD + r"""\s*(?:\(\s*(?P<agency>[A-Za-z][\w/ .&-]{0,20}?)\s*\))?\s*[-–—:]+\s+""",
    re.X,
)
# "GENEVA, Oct 10 (Reuters) Iran's ...": the same with no dash after the agency, taken only when the
# parenthesis names a news agency the gazetteer knows (`dateline_match`), not any "NATO (the alliance)"
_DASHLESS_DATELINE = re.compile(
    _DATELINE_HEAD + r"""\s*\(\s*(?P<agency>[A-Za-z][\w/ .&-]{0,20}?)\s*\)\s+(?=["“‘']?[A-Z0-9])""",
    re.X,
)
# "CAIRO (Reuters) -Israeli strikes ...": the same with the dash glued to the lead's first word, as
# pages copied from an agency's site print it; taken only when the parenthesis names a news agency
# the gazetteer knows (`dateline_match`). Left in the lead, the dateline's words became the subject of
# its first verb and the real subject ("-Israeli strikes") resolved to no actor, so the lead event
# was dropped for want of a source.
_GLUED_DATELINE = re.compile(
    _DATELINE_HEAD + r"""\s*\(\s*(?P<agency>[A-Za-z][\w/ .&-]{0,20}?)\s*\)\s*[-–—]+(?=["“‘']?[A-Z0-9])""",
    re.X,
)
# "Rome, Italy | AFP | ": a place and an agency between bars.
_PIPE_DATELINE = re.compile(
    r"^(?P<city>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+)?(?:,\s*[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+)?)?)\s*\|\s*"
    r"(?P<agency>[A-Z][\w/ .&-]{0,20}?)\s*\|\s*(?P<date>)"
)
# "Bangui (Central African Republic) (AFP) – ", "Paris (AFP) – ": AFP's dateline, a title-case city with
# its country in parentheses; taken only when the last parenthesis is a news agency (`dateline_match`).
# The city's words are split at spaces only: a hyphen is inside a word ("Port-au-Prince"), else a long
# hyphenated run ("A-B-C-...") is cut every way before the match fails, in time quadratic in its length.
_TITLE_DATELINE = re.compile(
    rf"^(?P<city>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){{0,2}}(?:\s*\(\s*{_PLACE}\s*\))?)\s*"
    r"\(\s*(?P<agency>[A-Z][\w/ .&-]{0,20}?)\s*\)\s*[-–—]+\s+(?P<date>)"
)
# "May 31 (UPI) -- ": a month-day and an agency, no place (UPI's dateline).
_DATE_DATELINE = re.compile(
    r"^(?P<city>)(?P<date>[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:\s*,\s*\d{4})?)\s*"
    r"\(\s*(?P<agency>[A-Z][\w/ .&-]{0,20}?)\s*\)\s*[-–—:]+\s+"
)


# The country after a dateline's city that needs no agency to be taken ("ABUJA, Nigeria — "): one or
# two capitalised words, or an abbreviation ("Ky.", "N.Y.")
_SHORT_PLACE = re.compile(rf"[{_CAP}][{_LOWER}]+(?:\s+[{_CAP}][{_LOWER}]+)?|[A-Z][a-z]*\.(?:[A-Z]\.)*")


def _plain_place(city: str) -> bool:
    """Whether a dateline's place needs no news agency after it to be a dateline: a city alone, or a
    country of one or two words, an abbreviation, or a country the gazetteer knows. A longer run of
    capitalised words joined by 'and'/'of'/'the' after a capitalised first word ("ISIS, Al Qaeda and
    the Taliban — ", "US, United Kingdom and France — ") is as often a lead sentence's subject."""
    place = city.rsplit(",", 1)[-1].strip() if "," in city else ""
    return not place or place.isupper() or _SHORT_PLACE.fullmatch(place) is not None \
        or gz.country_by_name(place) is not None


def dateline_match(line: str) -> re.Match[str] | None:
    """The dateline opening a lead paragraph ("KYIV, Ukraine (AP) — ", "Rome, Italy | AFP | ",
    "May 31 (UPI) -- ", "GENEVA, Oct 10 (Reuters) "), with groups city, date and agency (each may
    be empty); None when the line opens with none. A dateline with no dash after its parenthesis
    counts only when the parenthesis is a news agency (`gazetteer.is_media`)."""
    m = _DATELINE.match(line)
    if m is not None and not _plain_place(m.group("city")) and not gz.is_media(m.group("agency")):
        m = None    # "ISIS, Al Qaeda and the Taliban — the three groups ...": a lead's subject, no dateline
    m = m or _PIPE_DATELINE.match(line) or _DATE_DATELINE.match(line)
    if m is None and (d := _DASHLESS_DATELINE.match(line)) is not None and gz.is_media(d.group("agency")):
        m = d
    if m is None and (d := _TITLE_DATELINE.match(line)) is not None and gz.is_media(d.group("agency")):
        m = d
    if m is None and (d := _GLUED_DATELINE.match(line)) is not None and gz.is_media(d.group("agency")):
        m = d
    return m
# (nested closing marks may be spaced apart: AP's "... and said: 'He will live.' \"")
_TERMINAL = re.compile(r"""[.!?…]["'”’»)\]]*$|[.!?…](?:\s?["'”’»]){1,3}$|:$""")
# a quotation signed after a dash or its closing mark: '"..." - EU foreign policy chief X', '"...," Minister X'
_SIGNED_QUOTE = re.compile(r"""^\s*["“«].{10,}(?:[.!?…]\s*["”»]\s+[-–—]{1,2}|[,.!?…]\s*["”»])"""
                           r"""\s*[A-Z][^.!?"“”]{2,80}$""")
_URL = re.compile(r"https?://\S+|www\.\S+")
_OUTLET_HINTS = [
    re.compile(r"^Skip to more (?P<o>[A-Z][\w/&.-]+) sites", re.I),
    re.compile(r"^(?P<o>[A-Z][\w/&.-]+) journalists report\b"),
    re.compile(r"^(?P<o>[A-Z][\w/&.-]+) has been declared\b"),
    re.compile(r"©\s*(?:\d{4}\s+)?(?P<o>[A-Z][\w/&. -]{1,30}?)(?:\.|,|$| All rights)"),
]


@dataclass
class Paragraph:
    start: int
    end: int
    text: str
    kind: str  # "headline" | "standfirst" | "body" | "link"

    @property
    def is_body(self) -> bool:
        return self.kind == "body"


@dataclass
class Cleaned:
    text: str
    title: str | None
    outlet: str | None
    paragraphs: list[Paragraph] = field(default_factory=list)
    dateline: str | None = None  # the dateline's month-day, when it gave one
    dateline_place: str | None = None  # the dateline's place ("KYIV, Ukraine"), when the lead had one
    lines: list[str] = field(default_factory=list)  # every raw line, chrome included (date lines)
    lead_line: int = 0                               # index in `lines` of the first body paragraph

    @property
    def body(self) -> list[Paragraph]:
        return [p for p in self.paragraphs if p.is_body]


def _blocks(raw: str) -> list[str]:
    """Split raw text into candidate paragraphs.

    A blank line separates paragraphs. Inside a block, lines are joined when the block is
    hard-wrapped prose (long lines not ending a sentence); otherwise each line stands alone,
    which is how menus, captions and one-line-per-paragraph scrapes look."""
    out: list[str] = []
    for block in re.split(r"\n\s*\n", raw):
        lines = [ln.strip() for ln in block.split("\n") if ln.strip()]
        if not lines:
            continue
        # A headline with its date stamp on the next line ("... agree on a trade corridor" /
        # "Saturday 4 March 2023 - 09:15", or "date 2023-03-04 Ministers ..." with the lead glued on):
        # the stamp is a line of its own, not the end of a hard-wrapped paragraph, unless the line
        # before leaves a phrase open ("published on").
        stamp = lines.pop() if len(lines) > 1 and (is_stamp_line(lines[-1]) or opens_with_stamp(lines[-1])) \
            and not _OPEN_END.search(lines[-2]) else None
        wrapped = len(lines) > 1 and all(
            len(ln) >= 40 and not _TERMINAL.search(ln) for ln in lines[:-1]
        )
        if wrapped:
            out.append(" ".join(lines))
        elif _rewrapped(lines):
            out.extend(_unwrap(lines))
        else:
            out.extend(lines)
        if stamp is not None:
            out.append(stamp)
    blocks = [re.sub(r"[ \t\u00a0]+", " ", b).strip() for b in out]
    pieces = [piece for b in blocks for piece in _split_long(b)]
    alone = len(pieces) == 1
    return [part for piece in pieces for part in _split_tail(piece, alone)]


# A line ending in a preposition, conjunction or comma leaves its phrase for the next line to close.
_OPEN_END = re.compile(r"(?i:\b(?:on|in|of|at|to|by|from|since|until|till|after|before|and|or|dated)|,)\s*$")


def _rewrapped(lines: list[str]) -> bool:
    """Whether a block's lines are paragraphs hard-wrapped with no blank line between them (news
    agency copy sent as fixed-width text: "ISLAMABAD, June 7 (APP): The National Assembly on
    Wednesday / witnessed a heated debate ..."): three or more lines of 40 characters or more that
    end mid-sentence, at least half the lines before the last, of about one width (the longest at
    most 1.3 times the shortest), no line a list item. A menu or a list of headlines has short,
    uneven or bulleted lines; one-line-per-paragraph scrapes end their lines with a sentence."""
    cut = [len(ln) for ln in lines[:-1] if len(ln) >= 40 and not _TERMINAL.search(ln)]
    return len(cut) >= 3 and 2 * len(cut) >= len(lines) - 1 and max(cut) <= 1.3 * min(cut) \
        and not any(ln[:1] in _BULLETS for ln in lines)


# Marks that open the items of a list ("- After abuse allegations ...", "• Video of ...")
_BULLETS = {"-", "•", "*", "–", "—", "·", "▪", "►"}


def _unwrap(lines: list[str]) -> list[str]:
    """The paragraphs of a hard-wrapped block (_rewrapped): each line joined to the next until one
    ends a sentence, where the fixed-width copy's paragraphs end."""
    out: list[str] = []
    current: list[str] = []
    for ln in lines:
        current.append(ln)
        if _TERMINAL.search(ln):
            out.append(" ".join(current))
            current = []
    if current:
        out.append(" ".join(current))
    return out


def _split_tail(block: str, alone: bool) -> list[str]:
    """Prose that ends in something that is no sentence ("... on Tuesday. (Reporting by A; Editing by
    B)", "... Follow us on Twitter"), as its sentences and that tail: the tail alone is then dropped as
    footer, not the sentences with it. Only for a block no headline would be (long, or the whole text
    of a one-line article), since headlines hold sentence ends of their own ("U.S. troops leave")."""
    if _TERMINAL.search(block) or not (alone or len(block) >= _LONG_LINE):
        return [block]
    cut = max((m.end() for m in _SENTENCE_END.finditer(block)), default=0)
    head = block[:cut].strip()
    if not cut or len(head.split()) < 5 or len(head) < 30:      # "The president of the U.S." is no sentence
        return [block]
    return [head, block[cut:].strip()]


_LONG_LINE = 200


MAX_PARAGRAPH_CHARS = 10_000
_SENTENCE_END = re.compile(r"""[.!?…]["'”’»)\]]*\s+""")


def _split_long(block: str, limit: int = MAX_PARAGRAPH_CHARS) -> list[str]:
    """A block longer than any paragraph (text that lost its line breaks) in pieces of at most `limit`
    characters, cut after the last sentence end that fits, else at a space. The parser's time and
    memory grow with the length of what it is given at once; news paragraphs run to a few hundred
    characters, so real paragraphs are never cut."""
    pieces = []
    while len(block) > limit:
        window = block[:limit + 1]
        cut = max((m.end() for m in _SENTENCE_END.finditer(window)), default=0)
        if cut == 0:
            cut = window.rfind(" ") + 1
        if cut <= 0:
            cut = limit
        pieces.append(block[:cut].strip())
        block = block[cut:].strip()
    pieces.append(block)
    return [p for p in pieces if p]


_LINE_BREAK = re.compile(r"\r\n?|[\x85\u2028\v\f]")
_INVISIBLE = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f\ufeff]")
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def normalize_text(text: str) -> str:
    """Every line ending as "\\n": Windows "\\r\\n", old Mac "\\r", vertical tab, form feed (a page
    break) and the Unicode line and paragraph separators (a paragraph separator ends a paragraph, like a
    blank line). Control characters and byte order marks left inside the text (binary debris, files
    pasted together) go: they are invisible, no whitespace to `str.strip`, and an escape character would
    reach the terminal that shows the text. Half a surrogate pair (a string cut in the middle of an
    emoji) cannot be stored as UTF-8: it becomes U+FFFD, the replacement character."""
    text = _LINE_BREAK.sub("\n", text).replace("\u2029", "\n\n")
    return _LONE_SURROGATE.sub("\ufffd", _INVISIBLE.sub("", text))


# A lead whose full stop the scrape lost: a line of running prose (this many words or more, mostly
# lower case: not a title-cased link or headline) before any body paragraph.
_LEAD_MIN_WORDS = 20


def _lead_without_stop(line: str) -> bool:
    """Whether `line`, with no sentence punctuation at its end, is still prose: the lead of a page
    that dropped its full stop ("The government says its forces now control 70% of the region, a
    claim denied by ...") or a photo caption, both article text (GUIDELINES.md), not a standfirst
    of a few words, a link or site chrome. Read on lines before the first body paragraph."""
    words = line.split()
    if len(words) < _LEAD_MIN_WORDS or "|" in line:
        return False
    lower = sum(1 for w in words if w[:1].islower())
    return lower >= len(words) / 2


def is_sentence_like(line: str) -> bool:
    """Ends like a sentence (a full stop, a question, a closing quote after one, a colon)."""
    return bool(_TERMINAL.search(line) or _SIGNED_QUOTE.match(line))


# A date stamp glued before the first line of a scraped page ("date 2020-08-05 Army, Police ..."):
# page metadata, not text.
_GLUED_STAMP = re.compile(r"^\s*(?:(?i:date|published|updated|posted)\s*[:|]?\s*)?\d{4}-\d{2}-\d{2}"
                          r"(?:[T ]\d{2}:\d{2}(?::\d{2})?)?\s+(?=\S)")
# Crawl stamps and reading times: "a year ago", "3 hours ago", "2 Min Read", "Reuters Staff".
_RELATIVE_CHROME = re.compile(r"^(?:(?:an?|\d+|one|two|few)\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|"
                              r"months?|years?)\s+ago|\d+\s+min(?:ute)?s?\s+read|[A-Z][\w.]+\s+staff)$", re.I)
# A site's name or a source credit on a line of its own: "UrduPoint.com", "Source: BBC".
_SITE_LINE = re.compile(r"^(?:[\w-]+\.(?:com|net|org|co|info|news|tv|[a-z]{2})(?:\.[a-z]{2})?"
                        r"|(?:source|credit|via)\s*:\s*.{1,40})$", re.I)
# A headline's site suffix: "Talks resume | World | Example Times".
_SITE_SUFFIX = re.compile(r"(?:\s+\|\s+[^|]{1,40}){1,3}$")


def _unglue(line: str) -> str:
    m = _GLUED_STAMP.match(line)
    return line[m.end():] if m else line


def _is_chrome(line: str) -> bool:
    bare = line.strip(" •·*|>-–—\t")
    if not bare:
        return True
    if _RELATIVE_CHROME.match(bare) or _SITE_LINE.match(bare) or is_stamp_line(bare):
        return True
    if _CHROME_LINE.match(bare) or _CHROME_PREFIX.match(bare):
        return True
    if _URL.fullmatch(bare):
        return True
    words = bare.split()
    # Short lines without any lowercase word are labels, sizes and logos ("Poster Speaks/box").
    if len(words) <= 3 and not is_sentence_like(bare) and not re.search(r"[a-z]{3,}\s+[a-z]{3,}", bare):
        return len(bare) < 30 and not re.search(r"[.:]", bare)
    # "Lavrov (pictured) ..." stays; "Image: X/Y" already gone. Lines of mostly commas: tag lists.
    if bare.count(",") >= 8 and not is_sentence_like(bare) and len(bare) / (bare.count(",") + 1) < 30:
        return True
    return False


def _find_outlet(lines: list[str], agency: str | None) -> str | None:
    for line in lines:
        for pattern in _OUTLET_HINTS:
            m = pattern.search(line)
            if m:
                return m.group("o").strip()
    return agency


@lru_cache(maxsize=4)
def clean_once(raw: str, title: str | None = None) -> Cleaned:
    """`clean`, kept for the last few texts: reading checks that a document has a body
    (readers._has_sentences) and extraction cleans the same document again right after
    (pipeline.prepare). The result is shared: callers must not modify it."""
    return clean(raw, title)


def clean(raw: str, title: str | None = None) -> Cleaned:
    """Reduce a scraped article to headline + paragraphs, with the outlet and dateline it names.

    `title` is a headline the input already gave (HTML, JSON); otherwise the first title-like line
    is the headline. Lines without sentence punctuation before the first body paragraph are
    headline and standfirst, unless they are running prose (`_lead_without_stop`: a lead that lost
    its full stop, a caption); later ones are links to other stories. Repeated lines (captions shown
    twice) are kept once. Everything after an end marker (agency credits, tag lists, comments) is
    the site's footer."""
    raw_blocks = _blocks(normalize_text(raw))
    outlet_lines = list(raw_blocks)
    blocks = [_unglue(b) for b in raw_blocks]
    kept: list[str] = []
    seen: set[str] = set()
    for line in blocks:
        if _END_MARKER.match(line.strip(" *")) and kept:
            break
        if _is_chrome(line):
            continue
        key = re.sub(r"\W+", " ", line).strip().lower()
        if key in seen:
            continue
        seen.add(key)
        kept.append(line)

    # Trailing lines without sentence punctuation after the last body paragraph: footer residue.
    while kept and not is_sentence_like(kept[-1]) and len(kept) > 1:
        kept.pop()

    agency = None
    dateline = None
    dateline_place = None
    paragraphs: list[tuple[str, str]] = []
    title = " ".join(normalize_text(title).split()) or None if title else None    # one line, or none
    headline = title
    body_seen = 0
    for line in kept:
        if headline is None and not is_sentence_like(line) and _could_be_headline(line):
            headline = line
            paragraphs.append((line, "headline"))
            continue
        if headline is not None and not paragraphs and _fold(line) == _fold(headline):
            paragraphs.append((line, "headline"))
            continue
        if is_sentence_like(line) or not body_seen and _lead_without_stop(line):
            if body_seen < 3 and agency is None:
                m = dateline_match(line)
                if m and len(line) > m.end() + 20:
                    agency = m.group("agency")
                    dateline = m.group("date") or None
                    dateline_place = m.group("city") or None
                    line = line[m.end():]
            body_seen += 1
            paragraphs.append((line, "body"))
        else:
            paragraphs.append((line, "link" if body_seen else "standfirst"))

    if headline is not None and headline != title:
        headline = _headline_text(headline)
    text_parts: list[str] = []
    out: list[Paragraph] = []
    pos = 0
    if title and (not paragraphs or paragraphs[0][1] != "headline"):
        paragraphs.insert(0, (title, "headline"))
    for line, kind in paragraphs:
        if text_parts:
            text_parts.append("\n\n")
            pos += 2
        out.append(Paragraph(pos, pos + len(line), line, kind))
        text_parts.append(line)
        pos += len(line)
    return Cleaned(
        text="".join(text_parts),
        title=headline,
        outlet=_find_outlet(outlet_lines, agency),
        paragraphs=out,
        dateline=dateline,
        dateline_place=dateline_place,
        lines=list(dict.fromkeys(raw_blocks)),
        lead_line=_lead_line(list(dict.fromkeys(raw_blocks)), out),
    )


def _lead_line(blocks: list[str], paragraphs: list[Paragraph]) -> int:
    lead = next((p.text for p in paragraphs if p.is_body), None)
    if lead is None:
        return 0
    return next((i for i, b in enumerate(blocks) if lead in b), 0)


def _fold(s: str) -> str:
    return re.sub(r"\W+", " ", s).strip().lower()


def _could_be_headline(line: str) -> bool:
    """Not a list item ("- Other story"), a tweet ("@handle: ...") or a one-word tag."""
    return not re.match(r"^(?:[-–—•*]\s|@\w+)", line) and len(line.split()) >= 2


def _headline_text(line: str) -> str | None:
    """The headline of a title line: without a site suffix ("| World | Outlet") or a date stamp it
    ends in; None when nothing is left."""
    line = _SITE_SUFFIX.sub("", line).strip()
    return line or None
