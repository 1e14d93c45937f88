"""From the paths given to `tuiex ingest` to decoded documents.

A batch is often hundreds of files scraped or exported by someone else, so every bad input (missing,
binary, empty, oversized, unreadable, a broken JSON line, an HTML page with no article in it, text with
not one sentence, more text than one article) becomes a `Skipped` with a short reason and the batch goes
on. Only a bad --published value raises: that is a usage error, not bad input. What is read comes out
storable: newlines as "\\n", no byte order mark, no half surrogate pairs, file names printable.

Text decoding stays hand-written (`_decode`): on the dev articles saved six ways (UTF-8, with a byte
order mark, UTF-16, cp1252, latin-1, UTF-8 with one paragraph pasted in as cp1252) it gets 195 of 197
files back exactly, in 0.1 ms each, where charset_normalizer gets 180 in 1.2 ms
(scripts/handwritten_vs_library.py). HTML pages go through trafilatura (`_reduce_html`).
"""

from __future__ import annotations

import codecs
import copy
import errno
import fnmatch
import functools
import hashlib
import json
import math
import os
import re
import stat
from collections.abc import Iterable, Iterator
from configparser import ConfigParser
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from urllib.parse import urlsplit

import lxml.html
from dateutil import parser as dateparser
from lxml import etree

from tuiex.ingest.clean import clean_once
from tuiex.records import SourceDoc
from tuiex.textnorm import escape_controls, fold, one_line, text_digest

# Extensions taken when walking a folder ("" = no extension); a file named explicitly is read whatever
# its extension.
KNOWN_EXTENSIONS = frozenset({".txt", ".text", ".md", ".html", ".htm", ".json", ".jsonl", ".ndjson", ""})
SIDECAR_SUFFIX = ".meta.json"
# Less body text than this and an HTML page is no article (a login form, a "page not found"); a news
# brief of two or three sentences (some 40 words) is one.
MIN_ARTICLE_WORDS = 25
# More text than this (some 80,000 words) is no single article, where a long feature runs to 100,000
# characters, but a book, a log or a whole site in one file: parsing it would take minutes, so it is
# skipped. Parsing time and memory per article stay bounded (about 30 s at this length).
MAX_ARTICLE_CHARS = 500_000

_MAGIC = re.compile(r"[*?[]")
EMPTY = "empty file"    # the reason a file with nothing but white space in it is skipped


@dataclass
class Skipped:
    path: str      # the path as the user would recognise it ("dir/file.jsonl:3" for one line)
    reason: str    # short human sentence


# --- Expanding command-line paths -----------------------------------------------------------------


def expand_paths(paths: list[str]) -> tuple[list[Path], list[Skipped]]:
    """Files as given, folders recursively, glob patterns (`data/*.txt`, `**`); see `_expand`."""
    files: list[Path] = []
    skipped: list[Skipped] = []
    for item in _expand(paths):
        if isinstance(item, Skipped):
            skipped.append(item)
        else:
            files.append(item)
    return files, skipped


def _expand(paths: list[str]) -> Iterator[Path | Skipped]:
    """Files and problems in command-line order. A file reached twice (named twice, or through a link)
    is read once; links are followed but each real folder is entered once, so link loops end."""
    seen_files: set[str] = set()
    seen_dirs: set[tuple[int, int]] = set()
    for arg in paths:
        for item in _expand_one(arg, seen_dirs):
            if isinstance(item, Path):
                real = os.path.realpath(item)
                if real in seen_files:
                    continue
                seen_files.add(real)
            yield item


def _expand_one(arg: str, seen_dirs: set[tuple[int, int]]) -> Iterator[Path | Skipped]:
    if _MAGIC.search(arg) and not os.path.lexists(arg):
        yield from _expand_glob(arg, seen_dirs)
        return
    try:
        st = os.stat(arg)
    except OSError as e:
        yield Skipped(arg, _os_reason(e, arg))
        return
    if not stat.S_ISDIR(st.st_mode):
        yield Path(arg)
    elif (st.st_dev, st.st_ino) not in seen_dirs:    # a folder already walked via an earlier argument
        found = list(_walk(Path(arg), seen_dirs))
        if not found:
            yield Skipped(arg, "no text, HTML or JSON files in this folder")
        yield from found


def _expand_glob(pattern: str, seen_dirs: set[tuple[int, int]]) -> Iterator[Path | Skipped]:
    """Folders the pattern matches are walked like folders on the command line. Matched files are taken
    if their extension is known, or whatever it is when the pattern spells it out (`*.csv`)."""
    tail = os.path.basename(pattern)
    names_extension = "." in tail and not _MAGIC.search(tail.rsplit(".", 1)[1])
    found = False
    for match in _glob(pattern):
        if match.is_dir():
            st = os.stat(match)
            found = found or (st.st_dev, st.st_ino) in seen_dirs     # its files were taken already
            items = list(_walk(match, seen_dirs))
        elif not match.name.endswith(SIDECAR_SUFFIX) and (names_extension or _wanted(match.name)):
            items = [match]
        else:
            continue
        found = found or any(isinstance(item, Path) for item in items)
        yield from items
    if not found:
        yield Skipped(pattern, "no files match this pattern")


def _glob(pattern: str) -> Iterator[Path]:
    """Sorted glob matches, hidden names excluded. Not glob.glob: under `**` it follows folder links into
    every loop until the OS refuses, which is exponential with two loops; this enters each real folder
    once per pattern step."""
    parts = Path(pattern).parts
    fixed = next((i for i, part in enumerate(parts) if _MAGIC.search(part)), len(parts))
    base = Path(*parts[:fixed]) if fixed else Path(".")
    return _glob_from(base, parts[fixed:], set())


def _glob_from(folder: Path, parts: tuple[str, ...], seen: set[tuple[int, int, int]]) -> Iterator[Path]:
    if not parts:
        yield folder
        return
    head, rest = parts[0], parts[1:]
    if head == "**":
        try:
            st = os.stat(folder)
        except OSError:
            return
        key = (st.st_dev, st.st_ino, len(parts))
        if key in seen:
            return
        seen.add(key)
        yield from _glob_from(folder, rest, seen)
        for entry in _entries(folder):
            if not entry.name.startswith(".") and _is_dir(entry):
                yield from _glob_from(Path(entry.path), parts, seen)
        return
    for entry in _entries(folder):
        hidden = entry.name.startswith(".") and not head.startswith(".")
        if hidden or not fnmatch.fnmatchcase(entry.name, head):
            continue
        if not rest:
            yield Path(entry.path)
        elif _is_dir(entry):
            yield from _glob_from(Path(entry.path), rest, seen)


def _walk(folder: Path, seen: set[tuple[int, int]], ancestors: frozenset[tuple[int, int]] = frozenset(),
          ) -> Iterator[Path | Skipped]:
    """Files with known extensions under `folder`, sorted by name, hidden names and sidecars left out.
    A folder already walked is not walked again; one that is its own ancestor is a link loop, reported."""
    try:
        st = os.stat(folder)
    except OSError as e:
        yield Skipped(str(folder), _os_reason(e, folder))
        return
    key = (st.st_dev, st.st_ino)
    if key in ancestors:
        yield Skipped(str(folder), "folder link loops back to a folder containing it, not followed")
        return
    if key in seen:
        return
    seen.add(key)
    try:
        entries = _entries(folder, strict=True)
    except OSError as e:
        yield Skipped(str(folder), _os_reason(e, folder))
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        if _is_dir(entry):
            yield from _walk(Path(entry.path), seen, ancestors | {key})
        elif _wanted(entry.name):
            yield Path(entry.path)     # a broken link or a fifo is reported by the reader


def _entries(folder: Path, strict: bool = False) -> list[os.DirEntry[str]]:
    try:
        with os.scandir(folder) as it:
            return sorted(it, key=lambda entry: entry.name)
    except OSError:
        if strict:
            raise
        return []


def _is_dir(entry: os.DirEntry[str]) -> bool:
    try:
        return entry.is_dir()           # follows links
    except OSError:
        return False


def _wanted(name: str) -> bool:
    return not name.endswith(SIDECAR_SUFFIX) and Path(name).suffix.lower() in KNOWN_EXTENSIONS


def _os_reason(e: OSError, path: str | os.PathLike[str]) -> str:
    if e.errno in (errno.EACCES, errno.EPERM):
        return "permission denied"
    if e.errno == errno.ELOOP:
        return "symbolic link loop"
    if e.errno == errno.ENOENT:
        return "broken symbolic link" if os.path.islink(path) else "no such file or folder"
    return f"cannot read ({e.strerror or e})".lower()


# --- Reading -------------------------------------------------------------------------------------


def read_documents(paths: list[str], *, published: str | None = None, max_bytes: int = 20_000_000,
                   ) -> Iterator[SourceDoc | Skipped]:
    """One SourceDoc per article (a JSON lines file gives one per record) or a Skipped per bad file or
    record, in order. Raises ValueError at once for a bad `published` (--published); never for input."""
    override = _published_override(published) if published is not None else None
    return _read_all(paths, override, max_bytes)


def _read_all(paths: list[str], override: str | None, max_bytes: int) -> Iterator[SourceDoc | Skipped]:
    for item in _expand(paths):
        if isinstance(item, Skipped):
            yield _named(item)
            continue
        try:
            for doc in _read_file(item, max_bytes):
                if override and isinstance(doc, SourceDoc):
                    doc.published, doc.published_how = override, "command line"
                yield _named(doc)
        except Exception as e:   # a parser surprise on one odd file must not end a batch of hundreds
            yield _named(Skipped(str(item), f"could not be read ({type(e).__name__}: {e})"))


def _named(item: SourceDoc | Skipped) -> SourceDoc | Skipped:
    """Text that can be stored and printed. Names and metadata reach terminals (the ingest report,
    `tuiex search`): their control characters are escaped or dropped, so that an outlet or a file
    name cannot send escape sequences or forge a line of the report. A file name that is not UTF-8
    (from an old archive, a latin-1 system) reaches Python with its bad bytes as lone surrogates, which
    SQLite and a UTF-8 terminal refuse: they are spelled as escapes, the way `ls -b` shows them. JSON may
    hold half an emoji (a surrogate cut off by a truncated string): it becomes U+FFFD, the replacement character."""
    item.path = escape_controls(_printable(item.path))
    if isinstance(item, SourceDoc):
        item.file = escape_controls(_printable(item.file))
        for key in ("raw", "title", "outlet", "url"):
            value = getattr(item, key)
            if value is not None:
                value = _LONE_SURROGATE.sub("\ufffd", value)
                value = value if key == "raw" else one_line(value) or None
                if key in ("raw", "title") and value != getattr(item, key):
                    item.text_hash = item.cleaned = None   # the text cleaned and hashed is not this one
                setattr(item, key, value)
    else:
        item.reason = escape_controls(item.reason)
    return item


_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def _printable(name: str) -> str:
    if name.isascii():
        return name
    try:
        return name.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    except UnicodeEncodeError:      # a surrogate that is no escaped byte: from JSON, not the file system
        return name.encode("utf-8", "backslashreplace").decode("utf-8")


def _read_file(path: Path, max_bytes: int) -> Iterator[SourceDoc | Skipped]:
    shown = str(path)
    suffix = path.suffix.lower()
    try:
        st = os.stat(path)
        if not stat.S_ISREG(st.st_mode):
            yield Skipped(shown, "not a regular file")
            return
        if st.st_size > max_bytes:
            if suffix in (".jsonl", ".ndjson"):     # many records: the limit applies to each line
                yield from _big_json_lines(path, shown, max_bytes)
                return
            yield Skipped(shown, f"file is {_size(st.st_size)}, over the {_size(max_bytes)} limit")
            return
        data = _read_whole(path, max_bytes)
    except OSError as e:
        yield Skipped(shown, _os_reason(e, path))
        return
    if data is None:
        yield Skipped(shown, CHANGING)
        return
    if len(data) > max_bytes:      # grew since stat
        yield Skipped(shown, f"file is over the {_size(max_bytes)} limit")
        return
    if not data.strip():
        yield Skipped(shown, EMPTY)
        return
    if kind := _not_an_article(data):
        yield Skipped(shown, kind)
        return
    decoded = _decode(data)
    if decoded is None:
        yield Skipped(shown, "binary file (not text)")
        return
    text, codec = decoded
    if not text.strip():
        yield Skipped(shown, EMPTY)
        return

    real = os.path.realpath(path)
    suffix = path.suffix.lower()
    if suffix in (".jsonl", ".ndjson"):
        yield from _json_lines(text, codec, shown, real)
        return
    if suffix == ".json":
        yield from _json_file(text, codec, data, shown, real)
        return

    doc = SourceDoc(path=real, file=os.path.basename(real), raw=text,
                    content_hash=hashlib.sha256(data).hexdigest())
    if _is_html(suffix, text):
        if codec in _FALLBACK_CODECS:
            text = _decode_declared(data) or text
        meta, paragraphs, flattened = _reduce_html(text)
        if _word_count(paragraphs) < MIN_ARTICLE_WORDS:
            yield Skipped(shown, "HTML page with no article text")
            return
        if flattened:
            yield Skipped(shown, FLATTENED)
        doc.raw = _join(meta.get("title"), paragraphs)
        _apply(doc, meta)
    if too_long := _too_long(doc.raw):
        yield Skipped(shown, too_long)
        return
    sidecar_meta, problem = _sidecar(path)
    if problem:
        yield problem
    _apply(doc, sidecar_meta)
    if sidecar_meta:
        # the sidecar is part of what was ingested: one added or changed after an ingest (the report
        # asks for one to date an undated article) makes the file changed, not "unchanged"
        sidecar = json.dumps(sidecar_meta, sort_keys=True, ensure_ascii=False)
        doc.content_hash = hashlib.sha256(f"{doc.content_hash}\nsidecar {sidecar}".encode()).hexdigest()
    if not _has_sentences(doc):
        yield Skipped(shown, NO_SENTENCES)
        return
    yield doc


NO_SENTENCES = "no article text (no sentences, only menus, links or headings)"
CHANGING = "the file changed while it was read (is it still being written?); ingest it again when it is complete"


def _read_whole(path: Path, max_bytes: int, attempts: int = 3) -> bytes | None:
    """The file's bytes (at most `max_bytes` + 1), or None if it kept changing while it was read: a
    file being written or rewritten would otherwise be stored half-written. Size and modification time
    before and after the read must agree; a change means one more try."""
    for _ in range(attempts):
        with open(path, "rb") as f:
            before = os.fstat(f.fileno())
            data = _read_bytes(f, max_bytes + 1)
            after = os.fstat(f.fileno())
        now = os.stat(path)      # rewritten by rename: the name now points at another file
        if _same_version(before, after) and _same_version(after, now) and (
                len(data) == after.st_size or len(data) > max_bytes or after.st_size == 0):   # 0: /proc
            return data
    return None


def _read_bytes(f, n: int) -> bytes:
    return f.read(n)


def _same_version(a: os.stat_result, b: os.stat_result) -> bool:
    return (a.st_dev, a.st_ino, a.st_size, a.st_mtime_ns) == (b.st_dev, b.st_ino, b.st_size, b.st_mtime_ns)


_FEED = re.compile(rb"\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:rss|feed|rdf:RDF)\b", re.I | re.S)


def _not_an_article(data: bytes) -> str | None:
    """Formats people feed to a news tool that are no article text, each with what to do instead."""
    head = data[:4096].lstrip(codecs.BOM_UTF8)
    if head.startswith(b"%PDF-"):
        return "a PDF file, not text: convert it first (e.g. pdftotext FILE.pdf) and ingest the text"
    if _FEED.match(head):
        return "an RSS or Atom feed (a list of links, not articles): ingest the articles it links to"
    return None


def _has_sentences(doc: SourceDoc) -> bool:
    """Whether cleaning leaves a body paragraph: a file of menu items, tags or a lone headline would
    be stored as an article with nothing in it to extract. The cleaned text's digest is kept on the
    document (`text_hash`), so an ingest can tell a copy of a stored article before parsing it, and
    so is the cleaning itself (`cleaned`), which extraction then reuses (a --jobs worker as well)."""
    cleaned = clean_once(doc.raw, doc.title)
    doc.text_hash = text_digest(cleaned.text)
    doc.cleaned = cleaned
    return bool(cleaned.body)


def _too_long(text: str) -> str | None:
    if len(text) > MAX_ARTICLE_CHARS:
        return f"text is {len(text):,} characters, over the {MAX_ARTICLE_CHARS:,} limit for one article"
    return None


def _size(n: int) -> str:
    """'60.2 MB', '20 MB', '512 bytes'; rounded up so a file over the limit never prints as the limit."""
    for unit, scale in (("GB", 10**9), ("MB", 10**6), ("kB", 10**3)):
        if n >= scale:
            return f"{math.ceil(n * 10 / scale) / 10:g} {unit}"
    return f"{n} bytes"


# --- Decoding ------------------------------------------------------------------------------------

_BOMS = ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"),
         (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"))   # UTF-32 LE starts like UTF-16 LE
_FALLBACK_CODECS = ("cp1252", "latin-1")
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")   # tab, newlines, \v and \f are text
_MAX_CONTROL_SHARE = 0.05
_NON_ASCII = re.compile(r"[^\x00-\x7f\ufffd]")


def _decode(data: bytes) -> tuple[str, str] | None:
    """(text with "\\n" newlines, codec), or None for binary data. A byte order mark decides; else UTF-8
    (with stray bytes taken as cp1252, see `_decode_8bit`), then cp1252, then latin-1, which accepts
    any byte (the control-character share then tells text from binary)."""
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                text = data[len(bom):].decode(codec)
            except UnicodeDecodeError:
                if codec != "utf-8":
                    return None
                text, codec = _decode_8bit(data[len(bom):])
            return _text_or_none(text, codec)
    return _text_or_none(*_decode_8bit(data))


def _text_or_none(text: str, codec: str) -> tuple[str, str] | None:
    """None for binary; else the text with "\\n" newlines and no byte order mark left at its start (a
    file that was given one twice, by two tools in turn)."""
    if _looks_binary(text):
        return None
    return _newlines(text).replace("\0", "").lstrip("\ufeff"), codec


def _decode_8bit(data: bytes) -> tuple[str, str]:
    """UTF-8; or, for a UTF-8 file with a few stray bytes (an edit in a Windows editor, two files pasted
    together), UTF-8 with those bytes read as cp1252 rather than the whole file as mojibake; else cp1252,
    then latin-1. A file is taken as UTF-8 when it holds more well-formed multibyte characters than
    malformed bytes: in cp1252 or latin-1 text accented letters stand alone, which UTF-8 never allows."""
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    lenient = data.decode("utf-8", "replace")
    malformed = lenient.count("\ufffd") - data.count("\ufffd".encode())
    if len(_NON_ASCII.findall(lenient)) > malformed:
        return data.decode("utf-8", _STRAY_BYTES), "utf-8"
    for codec in _FALLBACK_CODECS:
        try:
            return data.decode(codec), codec
        except UnicodeDecodeError:
            continue
    raise AssertionError("latin-1 decodes any bytes")


def _stray_bytes(e: UnicodeDecodeError) -> tuple[str, int]:
    """Codec error handler: bytes that are not UTF-8 as cp1252 (latin-1 for the five it leaves out)."""
    bad = e.object[e.start:e.end]
    return "".join(bytes([b]).decode("cp1252", "ignore") or chr(b) for b in bad), e.end


_STRAY_BYTES = "tuiex-stray-bytes"
# typeshed types a handler as taking any UnicodeError; this one is registered for decoding only
codecs.register_error(_STRAY_BYTES, _stray_bytes)  # type: ignore[arg-type]


def _looks_binary(text: str) -> bool:
    """Binary data is full of control characters; a text file with a stray NUL (a crashed editor, a
    copy cut short) is still text, and the NULs, which hold no text, are dropped."""
    return sum(1 for _ in _CONTROL.finditer(text)) > _MAX_CONTROL_SHARE * len(text)


def _newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _decode_declared(data: bytes) -> str | None:
    """A non-UTF-8 page in the charset it declares (a Turkish page in iso-8859-9 is not cp1252)."""
    m = re.search(rb"""<meta[^>]+charset\s*=\s*["']?([\w.:-]+)""", data[:4096], re.I)
    if not m:
        return None
    try:
        return _newlines(data.decode(m.group(1).decode("ascii")))
    except (LookupError, UnicodeDecodeError):
        return None


# --- JSON ----------------------------------------------------------------------------------------

_TEXT_KEYS = ("text", "body", "content", "article")
_TITLE_KEYS = ("title", "headline")
_DATE_KEYS = ("date", "published", "published_at", "publishedAt", "datePublished")
_OUTLET_KEYS = ("source", "outlet", "site")


def _parse_json(text: str) -> tuple[object, str | None]:
    """(value, None), or (None, why it is no JSON value). Not only syntax errors: a value nested a
    thousand levels deep exhausts the parser's recursion, and an integer of thousands of digits is
    refused by Python's integer limit; each costs that record, never the rest of its file."""
    try:
        return json.loads(text), None
    except json.JSONDecodeError as e:
        return None, f"not valid JSON ({e.msg})"
    except RecursionError:
        return None, "JSON nested too deeply to read"
    except ValueError as e:        # e.g. "Exceeds the limit (4300 digits) for integer string conversion"
        return None, f"JSON that cannot be read ({e})"


def _json_lines(text: str, codec: str, shown: str, real: str) -> Iterator[SourceDoc | Skipped]:
    """One record a line; a broken line is skipped alone. Hashes are of each line's bytes."""
    for n, line in enumerate(text.split("\n"), start=1):
        yield from _json_line(line, n, codec, shown, real)


def _json_line(line: str, n: int, codec: str, shown: str, real: str) -> Iterator[SourceDoc | Skipped]:
    if not line.strip():
        return
    record, error = _parse_json(line.lstrip("\ufeff"))     # files with byte order marks pasted together
    if error:
        yield Skipped(f"{shown}:{n}", f"line {n}: {error}")
        return
    base = os.path.basename(real)
    try:
        yield _record(record, path=f"{real}#{n}", default_file=f"{base}#{n}",
                      content_hash=hashlib.sha256(line.encode(codec)).hexdigest(),
                      skip_as=f"{shown}:{n}", label=f"line {n}")
    except Exception as e:    # a surprise in one record must not end the reading of its file
        yield Skipped(f"{shown}:{n}", f"line {n}: could not be read ({type(e).__name__}: {e})")


def _big_json_lines(path: Path, shown: str, max_bytes: int) -> Iterator[SourceDoc | Skipped]:
    """A JSON lines file over the size limit (a feed of thousands of articles), read a line at a time:
    the limit applies to each record. Lines are decoded one by one (UTF-8, else as `_decode` would).
    A file that changes meanwhile cannot be read again as a whole: that is reported at its end."""
    real = os.path.realpath(path)
    with open(path, "rb") as f:
        before = os.fstat(f.fileno())
        yield from _lines_of(f, real, shown, max_bytes)
        after = os.fstat(f.fileno())
    if not (_same_version(before, after) and _same_version(after, os.stat(path))):
        yield Skipped(shown, "the file changed while it was read, so its last records may be missing or "
                             "half-written; ingest it again when it is complete (stored records are skipped)")


def _lines_of(f, real: str, shown: str, max_bytes: int) -> Iterator[SourceDoc | Skipped]:
    if f.read(2) in (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE):
        yield Skipped(shown, f"a UTF-16 JSON lines file over the {_size(max_bytes)} limit: save it "
                             "as UTF-8 or split it")
        return
    f.seek(0)
    n = 0
    while line := f.readline(max_bytes + 1):
        n += 1
        if len(line) > max_bytes and not line.endswith(b"\n"):
            while (rest := f.readline(1 << 20)) and not rest.endswith(b"\n"):
                pass          # the rest of the oversized line
            yield Skipped(f"{shown}:{n}", f"line {n}: over the {_size(max_bytes)} limit for one record")
            continue
        if not line.strip():
            continue
        decoded = _decode(line.rstrip(b"\r\n"))
        if decoded is None:
            yield Skipped(f"{shown}:{n}", f"line {n}: binary data (not text)")
            continue
        yield from _json_line(decoded[0], n, decoded[1], shown, real)


def _json_file(text: str, codec: str, data: bytes, shown: str, real: str) -> Iterator[SourceDoc | Skipped]:
    """A single record, or a list of records (hashed as canonical JSON, having no bytes of their own)."""
    try:
        value = json.loads(text)
    except json.JSONDecodeError as e:
        if e.msg == "Extra data":      # JSON lines saved as .json
            yield from _json_lines(text, codec, shown, real)
        else:
            yield Skipped(shown, f"not valid JSON (line {e.lineno}: {e.msg})")
        return
    except ValueError as e:            # RecursionError is no ValueError
        yield Skipped(shown, _parse_json(text)[1] or f"not valid JSON ({e})")
        return
    except RecursionError:
        yield Skipped(shown, "JSON nested too deeply to read")
        return
    base = os.path.basename(real)
    if not isinstance(value, list):
        yield _record(value, path=real, default_file=base, content_hash=hashlib.sha256(data).hexdigest(),
                      skip_as=shown, label="")
        return
    if not value:
        yield Skipped(shown, "empty JSON list")
    for n, record in enumerate(value, start=1):
        try:
            canonical = json.dumps(record, sort_keys=True, ensure_ascii=False)
            yield _record(record, path=f"{real}#{n}", default_file=f"{base}#{n}",
                          content_hash=hashlib.sha256(canonical.encode("utf-8")).hexdigest(),
                          skip_as=f"{shown}#{n}", label=f"item {n}")
        except Exception as e:    # one odd item costs that item
            yield Skipped(f"{shown}#{n}", f"item {n}: could not be read ({type(e).__name__}: {e})")


def _record(record: object, *, path: str, default_file: str, content_hash: str, skip_as: str,
            label: str) -> SourceDoc | Skipped:
    """One JSON record; `label` ("line 3", "item 2", or "" for a whole file) starts skip reasons."""
    where = f"{label}: " if label else ""
    if not isinstance(record, dict):
        return Skipped(skip_as, f"{where}not a JSON object")
    texts = [record[key] for key in _TEXT_KEYS if isinstance(record.get(key), str)]
    if not texts:
        other = next((key for key in _TEXT_KEYS if record.get(key) is not None), None)
        if other:
            kinds: dict[type, str] = {dict: "an object", list: "a list"}
            kind = kinds.get(type(record[other]), f"a {type(record[other]).__name__}")
            return Skipped(skip_as, f"{where}the \"{other}\" field holds {kind}, not text: put the article "
                                    f"text in \"{other}\" as a string")
        return Skipped(skip_as, f"{where}no text field (text, body, content or article)")
    text = _newlines(next((t for t in texts if t.strip()), texts[0])).lstrip("\ufeff")   # as in a file
    if not text.strip():
        return Skipped(skip_as, f"{where}empty text")
    meta = _fields_meta(record, "json field")
    doc = SourceDoc(path=path, file=_record_file(record) or default_file, raw=text, content_hash=content_hash)
    if _HTML_TAG.search(text):
        html_meta, paragraphs, _ = _reduce_html(text)
        if not paragraphs:
            return Skipped(skip_as, f"{where}HTML text with no article text")
        meta = {**html_meta, **meta}
        doc.raw = _join(meta.get("title"), paragraphs)
    if too_long := _too_long(doc.raw):
        return Skipped(skip_as, f"{where}{too_long}")
    _apply(doc, meta)
    if not _has_sentences(doc):
        return Skipped(skip_as, f"{where}{NO_SENTENCES}")
    return doc


def _record_file(record: dict) -> str | None:
    """The record's own name: the base name of its `file`, `id` or `url`."""
    for key in ("file", "id", "url"):
        value = record.get(key)
        if isinstance(value, bool) or not isinstance(value, (str, int)):
            continue
        name = str(value)
        if key == "url":
            name = urlsplit(name).path
        name = name.rstrip("/").rsplit("/", 1)[-1]
        if name:
            return name
    return None


def _fields_meta(record: dict, how: str) -> dict[str, str]:
    """title/published/url/outlet from a JSON record or a sidecar."""
    meta: dict[str, str] = {}
    title = _first_str(record, _TITLE_KEYS)
    if title:
        meta["title"] = " ".join(title.split())
    day = next((d for key in _DATE_KEYS if (d := _iso_date(record.get(key)))), None)
    if day:
        meta["published"], meta["published_how"] = day, how
    url = _first_str(record, ("url",))
    if url:
        meta["url"] = url.strip()
    for key in _OUTLET_KEYS:
        outlet = record.get(key)
        if isinstance(outlet, dict):          # NewsAPI: "source": {"id": ..., "name": "Reuters"}
            outlet = outlet.get("name")
        if isinstance(outlet, str) and outlet.strip():
            meta["outlet"] = outlet.strip()
            break
    return meta


def _first_str(record: dict, keys: Iterable[str]) -> str | None:
    return next((v for key in keys if isinstance(v := record.get(key), str) and v.strip()), None)


def _sidecar(path: Path) -> tuple[dict[str, str], Skipped | None]:
    """Metadata from `article.txt.meta.json` or `article.meta.json` beside the file. A broken sidecar is
    reported and ignored: the article itself is still good."""
    for candidate in dict.fromkeys((path.with_name(path.name + SIDECAR_SUFFIX),
                                    path.with_name(path.stem + SIDECAR_SUFFIX))):
        if not candidate.is_file():
            continue
        try:
            text = candidate.read_bytes().decode("utf-8-sig")
        except OSError as e:
            return {}, Skipped(str(candidate), f"metadata sidecar: {_os_reason(e, candidate)}, ignored")
        except UnicodeDecodeError as e:
            return {}, Skipped(str(candidate), f"metadata sidecar is not UTF-8 JSON ({e}), ignored")
        value, error = _parse_json(text)
        if error:
            return {}, Skipped(str(candidate), f"metadata sidecar is {error}, ignored")
        if not isinstance(value, dict):
            return {}, Skipped(str(candidate), "metadata sidecar is not a JSON object, ignored")
        try:
            return _fields_meta(value, "sidecar"), None
        except Exception as e:   # noqa: BLE001 - metadata is a bonus: the article itself is still good
            return {}, Skipped(str(candidate), f"metadata sidecar could not be read "
                                               f"({type(e).__name__}: {e}), ignored")
    return {}, None


def _apply(doc: SourceDoc, meta: dict[str, str]) -> None:
    for key, value in meta.items():
        setattr(doc, key, value)


# --- Dates ---------------------------------------------------------------------------------------

_ISO = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")
_ISO_PREFIX = re.compile(r"\d{4}-\d{2}(?:-\d{2})?(?=$|[T\s])|\d{4}$")


class BadPublished(ValueError):
    """A --published value that is no ISO date: the one usage error `read_documents` raises. A subclass,
    so that a caller can catch it alone and not every ValueError (UnicodeError among them)."""


def _published_override(value: str) -> str:
    iso = _strict_iso(value.strip())
    if iso is None:
        raise BadPublished(
            f"--published expects an ISO date such as 2016, 2016-07 or 2016-07-01, not {value!r}")
    return iso


def _strict_iso(s: str) -> str | None:
    """`s` if it is a real ISO date at year, month or day precision."""
    m = _ISO.fullmatch(s)
    if not m:
        return None
    year, month, day = m.groups()
    try:
        date(int(year), int(month or 1), int(day or 1))
    except ValueError:
        return None
    return s


def _iso_date(value: object) -> str | None:
    """A metadata date reduced to its ISO date part, at the precision given: "2016-07-15T23:30:00-04:00"
    -> "2016-07-15" (the publisher's own day), "July 2016" -> "2016-07"; None when it is no date."""
    if isinstance(value, int) and not isinstance(value, bool):
        value = str(value)
    if not isinstance(value, str) or not value.strip():
        return None
    s = value.strip()
    if m := _ISO_PREFIX.match(s):
        return _strict_iso(m.group(0))
    try:   # parsing twice with different defaults shows which parts the string really gives
        a = dateparser.parse(s, default=datetime(2000, 1, 1), ignoretz=True)
        b = dateparser.parse(s, default=datetime(2001, 2, 2), ignoretz=True)
    except (ValueError, OverflowError):
        return None
    if a.year != b.year:
        return None
    if a.month != b.month:
        return f"{a.year:04d}"
    if a.day != b.day:
        return f"{a.year:04d}-{a.month:02d}"
    return f"{a.year:04d}-{a.month:02d}-{a.day:02d}"


# --- HTML ----------------------------------------------------------------------------------------

_HTML_START = re.compile(r"\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html)\b", re.I | re.S)
_HTML_TAG = re.compile(r"</?(?:p|br|div|html|body|article|section|span|h[1-6]|ul|ol|li|blockquote|a|em|strong"
                       r"|b|i)(?:\s[^>]*)?/?>", re.I)
_XML_DECL = re.compile(r"^\s*<\?xml[^>]*>")    # lxml refuses str input that declares an encoding
_TITLE_SEP = re.compile(r"\s+(\||-|–|—|·|::)\s+")

# Never content; removed with their text (their tails stay) before the page's date line is looked for.
_DROP_TAGS = ("script", "style", "noscript", "template", "svg", "canvas", "iframe", "object", "embed",
              "video", "audio", "map")
# Block elements of trafilatura's output tree (its XML-TEI-like vocabulary: <head> is a heading, <lb/> a
# <br>, <ref> a link, <item> a list item, <row>/<cell> a table's): each one ends the paragraph being built.
_BLOCK_TAGS = frozenset({"body", "doc", "main", "head", "p", "list", "item", "quote", "table", "row", "cell", "lb",
                         "code", "div", "section"})
_HEADINGS = frozenset({"head"})
_LINK_TAGS = frozenset({"ref", "a"})
_BOILERPLATE = re.compile(r"(advertisement|sponsored|share (this|on|via)\b|read (more|next|also)\b"
                          r"|related (articles|stories|news|content|coverage)\b|follow us\b|sign up\b"
                          r"|subscribe\b|click here\b|all rights reserved|copyright\b|©)", re.I)


def _is_html(suffix: str, text: str) -> bool:
    return suffix in (".html", ".htm") or bool(_HTML_START.match(text[:2000]))


MAX_HTML_DEPTH = 2048
FLATTENED = (f"HTML nested over {MAX_HTML_DEPTH:,} levels deep: its text was read with the layout "
             "flattened, and may hold page furniture (the article was stored; check it)")


def _reduce_html(markup: str) -> tuple[dict[str, str], list[str], bool]:
    """The page's metadata, the paragraphs of its main content ({}, [] if it does not parse) and
    whether it had to be flattened. libxml2 stops at 256 levels of nesting, or 2,048 with huge_tree,
    and drops all text below: a page nested deeper is parsed again with only its paragraph tags.

    The article body is trafilatura's (`_article_tree`); the metadata and the published date stay
    tuiex's own (`_page_meta`, then a date line printed in the body), since trafilatura's date (htmldate)
    reads every <time> of the page: on a page with no date metadata it returns a reader comment's date.
    """
    root, too_deep = _parse_html(markup)
    if too_deep:
        root, _ = _parse_html(_FLATTEN.sub(" ", markup))
    if root is None:
        return {}, [], too_deep
    meta = _page_meta(root)        # before scripts go: JSON-LD lives in one
    if not {"title", "outlet"} <= meta.keys():
        for key, value in _trafilatura_meta(root).items():
            meta.setdefault(key, value)
    etree.strip_elements(root, *_DROP_TAGS, etree.Comment, etree.ProcessingInstruction, with_tail=False)
    if root.body is None or _section_front(root.body):
        return meta, [], too_deep
    link_texts = frozenset(" ".join(a.text_content().split()) for a in root.body.iter("a"))
    tree = _article_tree(root)
    if tree is None:
        return meta, [], too_deep
    blocks = list(_blocks(tree, link_texts))
    if "published" not in meta and (day := _stamp_in_article([text for text, _, _ in blocks])):
        meta["published"], meta["published_how"] = day, "html date line"
    return meta, _paragraphs(blocks), too_deep


def _article_tree(root: lxml.html.HtmlElement) -> etree._Element | None:
    """trafilatura's main-content tree of the page (its reader comments, related links, navigation,
    cookie banners and footer left out), None when it finds no content. trafilatura reaches a body F1 of
    0.93 on its own benchmark pages against 0.86 for the hand-written extractor it replaced (issue 14);
    on our 44 dev texts wrapped in a news page's furniture it keeps every sentence paragraph and none of
    the furniture, in 10 ms a page (median) against spaCy's 165 ms parse of the same text, 6 %; 21 ms,
    13 %, for the whole HTML reading with tuiex's metadata and date line (scripts/html_timing.py).
    trafilatura prunes `root` as it reads it."""
    import trafilatura  # deferred: some 0.5 s to import, and most inputs are plain text

    try:
        doc = trafilatura.bare_extraction(root, include_comments=False, include_tables=True,
                                          include_links=True, include_images=False, deduplicate=False,
                                          config=_trafilatura_config())
    except (ValueError, TypeError, etree.LxmlError):    # a page trafilatura cannot walk: no body
        return None
    return None if doc is None or isinstance(doc, dict) else doc.body


def _trafilatura_meta(root: lxml.html.HtmlElement) -> dict[str, str]:
    """Title, site name and URL as trafilatura finds them (more sources than `_page_meta`: JSON-LD
    publisher, Twitter cards, the host name), for a page whose og: tags and <title> leave one out.
    Not its date: htmldate reads every <time> of a page, a reader comment's among them."""
    from trafilatura.metadata import extract_metadata

    try:
        found = extract_metadata(copy.deepcopy(root), extensive=False)
    except (ValueError, TypeError, etree.LxmlError):
        return {}
    meta = {key: " ".join(value.split()) for key, value in
            (("title", found.title), ("outlet", found.sitename), ("url", found.url)) if isinstance(value, str)}
    if not re.match(r"https?://", meta.get("url", "")):
        meta.pop("url", None)
    return {key: value for key, value in meta.items() if value}


@functools.cache
def _trafilatura_config() -> ConfigParser:
    """trafilatura's settings, but for MIN_EXTRACTED_SIZE: by default a body under 250 characters sends it
    to its fallback extractors, which merge a short news brief's paragraphs (and its share buttons) into
    one; tuiex judges length itself (MIN_ARTICLE_WORDS)."""
    from trafilatura.settings import use_config

    config = use_config()
    config.set("DEFAULT", "MIN_EXTRACTED_SIZE", "1")
    return config


def _section_front(body: lxml.html.HtmlElement) -> bool:
    """A section front or search page: three or more <article> teasers, none long enough to be the
    story (trafilatura would join the teasers into one body)."""
    teasers = body.xpath("//article")
    return len(teasers) >= 3 and all(_words(t) < MIN_ARTICLE_WORDS for t in teasers)


def _words(el: lxml.html.HtmlElement) -> int:
    return len(el.text_content().split())


def _stamp_in_article(lines: list[str]) -> str | None:
    """A date printed in the article itself ("<p>Tuesday, March 14, 2017</p>" under the headline), from
    the body blocks, which hold none of its comments or related links, ranked as in plain text
    (published.py's stamps)."""
    from .published import DATE_LINE, find_published

    body_start = next((i for i, t in enumerate(lines) if len(t.split()) >= 12 and t[-1] in ".!?\"”’»)"), 0)
    found = find_published(lines, body_start)
    return found.date.iso() if found.date and found.how == DATE_LINE else None


# Every tag but those that give paragraphs, the title and metadata (and script/style, whose text must
# stay inside them).
_FLATTEN = re.compile(r"</?(?!(?:p|br|h[1-6]|title|meta|head|body|html|script|style|noscript)\b)[a-z][^>]*>",
                      re.I)


def _parse_html(markup: str) -> tuple[lxml.html.HtmlElement | None, bool]:
    parser = lxml.html.HTMLParser(huge_tree=True)
    try:
        root = lxml.html.document_fromstring(_XML_DECL.sub("", markup, count=1), parser=parser)
    except (etree.ParserError, ValueError):
        return None, False
    too_deep = any(e.type == etree.ErrorTypes.ERR_RESOURCE_LIMIT or "Excessive depth" in e.message
                   for e in parser.error_log)
    return root, too_deep


def _page_meta(root: lxml.html.HtmlElement) -> dict[str, str]:
    metas: dict[str, str] = {}
    for tag in root.iter("meta"):
        key = (tag.get("property") or tag.get("name") or tag.get("itemprop") or "").strip().lower()
        value = " ".join((tag.get("content") or "").split())
        if key and value:
            metas.setdefault(key, value)
    site = metas.get("og:site_name")
    meta: dict[str, str] = {}
    if site:
        meta["outlet"] = site
    title = _page_title(root, metas, site)
    if title:
        meta["title"] = title
    day = next(filter(None, map(_iso_date, _date_candidates(root, metas))), None)
    if day:
        meta["published"], meta["published_how"] = day, "html metadata"
    canonical = (link.get("href", "") for link in root.iter("link")
                 if "canonical" in (link.get("rel") or "").lower().split())
    urls = (u.strip() for u in (metas.get("og:url", ""), *canonical))
    url = next((u for u in urls if re.match(r"https?://", u)), None)
    if url:
        meta["url"] = url
    return meta


def _page_title(root: lxml.html.HtmlElement, metas: dict[str, str], site: str | None) -> str | None:
    if metas.get("og:title"):
        return _strip_site(metas["og:title"], site)
    # not a logo <h1> in the page header
    for h1 in root.xpath("//h1[not(ancestor::nav) and not(ancestor::header[not(ancestor::article)])]"):
        if h1.text_content().strip():
            return " ".join(h1.text_content().split())
    title = root.find(".//title")
    if title is not None and title.text_content().strip():
        return _strip_site(" ".join(title.text_content().split()), site)
    return None


def _strip_site(title: str, site: str | None) -> str:
    """'Talks resume | Hürriyet Daily News' -> 'Talks resume'. After a dash the tail goes only if it is
    the site name or a short capitalised name, since headlines use dashes themselves."""
    seps = list(_TITLE_SEP.finditer(title))
    if not seps:
        return title
    last = seps[-1]
    head, tail = title[:last.start()].strip(), title[last.end():].strip()
    if not head:
        return title
    short_name = len(tail.split()) <= 3 and tail[:1].isupper()
    if (site and fold(tail) == fold(site)) or last.group(1) == "|" or short_name:
        return head
    return title


def _date_candidates(root: lxml.html.HtmlElement, metas: dict[str, str]) -> Iterator[object]:
    """Publication dates the page gives, most trustworthy first (JSON-LD's may be any JSON value)."""
    for key in ("article:published_time", "og:published_time", "datepublished"):
        yield metas.get(key)
    yield from _jsonld_values(root, "datePublished")
    for key in ("date", "pubdate", "publishdate", "publish-date", "dc.date.issued", "dc.date",
                "sailthru.date", "parsely-pub-date"):
        yield metas.get(key)
    for time in root.xpath("//time[@pubdate or @itemprop='datePublished']"):
        yield time.get("datetime")
    # A <time> counts only inside the article, never in its comments, related links or footer: a
    # reader's comment carries its own date, and so does every teaser in a list.
    for xpath in ("//article//time", "//main//time"):
        for time in root.xpath(xpath):
            if not any(_is_page_furniture(a) for a in time.iterancestors()):
                yield time.get("datetime")


_FURNITURE = re.compile(r"comment|reply|repl(?:y|ies)|disqus|related|recommend|more-stories|read-?more|sidebar|"
                        r"widget|footer|share|social|teaser|promo|newsletter|trending|popular|author-bio", re.I)


def _is_page_furniture(el: lxml.html.HtmlElement) -> bool:
    if not isinstance(el.tag, str):
        return False
    if el.tag in ("aside", "footer", "nav"):
        return True
    return bool(_FURNITURE.search(f"{el.get('class') or ''} {el.get('id') or ''}"))


def _jsonld_values(root: lxml.html.HtmlElement, key: str) -> Iterator[object]:
    for script in root.xpath("//script[starts-with(normalize-space(@type), 'application/ld+json')]"):
        try:
            stack = [json.loads(script.text or "")]
        except ValueError:
            continue
        while stack:
            item = stack.pop()
            if isinstance(item, dict):
                if key in item:
                    yield item[key]
                stack.extend(reversed(list(item.values())))
            elif isinstance(item, list):
                stack.extend(reversed(item))


def _paragraphs(blocks: list[tuple[str, float, bool]]) -> list[str]:
    """The body's text blocks in reading order, minus the mostly-link ones (related stories, tag lists)
    and short scraps that are no sentence ("Advertisement", "Photo: AP", "Read more: ...")."""
    kept = []
    for text, link_share, heading in blocks:
        n = len(text.split())
        if link_share > 0.5 or (n < 20 and _BOILERPLATE.match(text)):
            continue
        if heading or n >= 5 or text[-1] in ".!?\"”’»)":
            kept.append(text)
    return kept


def _blocks(container: etree._Element, link_texts: frozenset[str] = frozenset(),
            ) -> Iterator[tuple[str, float, bool]]:
    """(text, share of its words inside links, is a heading) per block of trafilatura's tree: every block
    element, <lb/> (a <br>) included, ends the paragraph being built. `link_texts`: the page's link
    texts, whitespace-normalised."""
    parts: list[tuple[str, bool]] = []
    heading = False
    links_open = 0
    for event, el in etree.iterwalk(container, events=("start", "end")):
        if el.tag in _BLOCK_TAGS:
            yield from _block(parts, heading)
            parts = []
            heading = event == "start" and el.tag in _HEADINGS
        if event == "start":
            links_open += el.tag in _LINK_TAGS
            chunk = el.text
        else:
            links_open -= el.tag in _LINK_TAGS
            chunk = el.tail if el is not container else None
        if not chunk:
            continue
        # trafilatura's last-resort reading (a page where it finds no content) is the page's text with
        # its links' markup gone, a line each: a line that is a link of the page counts as linked.
        for line in chunk.splitlines(keepends=True):
            parts.append((line, links_open > 0 or " ".join(line.split()) in link_texts))
    yield from _block(parts, heading)


def _block(parts: list[tuple[str, bool]], heading: bool) -> Iterator[tuple[str, float, bool]]:
    text = " ".join("".join(chunk for chunk, _ in parts).split())
    if text:
        linked = sum(len(chunk.split()) for chunk, in_link in parts if in_link)
        yield text, linked / len(text.split()), heading


def _word_count(paragraphs: list[str]) -> int:
    return sum(len(p.split()) for p in paragraphs)


def _join(title: str | None, paragraphs: list[str]) -> str:
    """raw for HTML: the title, then the paragraphs (minus a repeat of the title)."""
    return "\n\n".join([title, *(p for p in paragraphs if p != title)] if title else paragraphs)
