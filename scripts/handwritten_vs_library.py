"""Measure tuiex's hand-written parts against the library one would reach for instead, on our inputs.

    PYTHONPATH=src python scripts/handwritten_vs_library.py [ARTICLES_FOLDER GOLD.jsonl]

Defaults: the dev set (shared/eval/dev). Four comparisons, each printed as one line:

- text decoding (readers._decode) against charset_normalizer, on every article with a non-ASCII
  character saved six ways: UTF-8, UTF-8 with a byte order mark, UTF-16, cp1252, latin-1 (each after
  replacing what that encoding cannot hold) and UTF-8 with one paragraph pasted in as cp1252 (the
  mixed file a Windows editor leaves). Right = the text comes back exactly.
- boilerplate in plain text (clean.clean) against jusText and trafilatura given the same text as one
  <p> per line: how many gold event sentences each keeps (their last 60 characters: a dateline is
  split off), and how many of the text's non-sentence lines (under 6 words, no closing punctuation:
  menus, credits, labels, and some headings) each keeps as a line.
- the gazetteer (country_by_name, then country_by_demonym) against pycountry (lookup, then
  search_fuzzy), on every name and alias of the gold country actors: right, wrong, not found.
- query parsing (search.parse) against shlex.split, on every headline of the set used as a query:
  how many each parses without an error.

Nothing is written; the data is only read.
"""

from __future__ import annotations

import html
import json
import shlex
import sys
import time
import warnings
from collections.abc import Callable
from pathlib import Path

from tuiex.ingest import gazetteer, readers
from tuiex.ingest.clean import clean
from tuiex.store.search import QueryError, parse

DEV = Path(__file__).resolve().parents[2] / "shared" / "eval" / "dev"


def squash(s: str) -> str:
    return " ".join(s.split())


def timed(fn: Callable[[], object]) -> tuple[object, float]:
    t = time.perf_counter()
    out = fn()
    return out, time.perf_counter() - t


def encodings(text: str) -> list[tuple[str, bytes, str]]:
    """(label, bytes, the text those bytes hold)."""
    out = []
    for label, codec in (("utf-8", "utf-8"), ("utf-8-sig", "utf-8-sig"), ("utf-16", "utf-16")):
        out.append((label, text.encode(codec), text))
    for codec in ("cp1252", "latin-1"):
        held = text.encode(codec, "replace").decode(codec)
        out.append((codec, held.encode(codec), held))
    paragraphs = text.split("\n\n")
    if len(paragraphs) > 2:
        pasted = paragraphs[2].encode("cp1252", "replace").decode("cp1252")
        held = "\n\n".join([*paragraphs[:2], pasted, *paragraphs[3:]])
        data = "\n\n".join(paragraphs[:2]).encode() + b"\n\n" + pasted.encode("cp1252")
        if paragraphs[3:]:
            data += b"\n\n" + "\n\n".join(paragraphs[3:]).encode()
        if pasted != pasted.encode("ascii", "ignore").decode():
            out.append(("utf-8 + cp1252 paragraph", data, held))
    return out


def decoding(texts: list[str]) -> str:
    from charset_normalizer import from_bytes

    def ours(data: bytes) -> str | None:
        decoded = readers._decode(data)
        return decoded[0] if decoded else None

    def library(data: bytes) -> str | None:
        best = from_bytes(data).best()
        return None if best is None else readers._newlines(str(best)).lstrip("\ufeff")

    cases = [case for t in texts if not t.isascii() for case in encodings(readers._newlines(t))]
    line = []
    for name, fn in (("tuiex", ours), ("charset_normalizer", library)):
        right, seconds = 0, 0.0
        for _, data, expected in cases:
            got, s = timed(lambda: fn(data))      # noqa: B023 - called at once
            right += got == expected
            seconds += s
        line.append(f"{name} {right}/{len(cases)} right, {1000 * seconds / len(cases):.2f} ms/file")
    return f"decoding ({len(cases)} files): " + "; ".join(line)


def boilerplate(texts: list[str], gold_sentences: dict[str, set[str]], names: list[str]) -> str:
    import justext
    import trafilatura

    def as_page(text: str) -> str:
        return "<html><body>" + "".join(f"<p>{html.escape(line)}</p>" for line in text.splitlines()
                                         if line.strip()) + "</body></html>"

    def ours(text: str) -> str:
        return "\n".join(p.text for p in clean(text).body)

    def jt(text: str) -> str:
        return "\n".join(p.text for p in justext.justext(as_page(text), justext.get_stoplist("English"))
                         if not p.is_boilerplate)

    def tf(text: str) -> str:
        return trafilatura.extract(as_page(text), include_comments=False) or ""

    def scraps(text: str) -> list[str]:
        """Lines of the raw text that are no sentence: under 6 words, no closing punctuation."""
        return [squash(line) for line in text.splitlines()[1:] if line.strip() and len(line.split()) < 6
                and squash(line)[-1] not in ".!?\"”’)"]

    line = []
    for label, fn in (("tuiex", ours), ("jusText", jt), ("trafilatura", tf)):
        kept = total = scraps_kept = scraps_all = 0
        seconds = 0.0
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            for name, text in zip(names, texts, strict=True):
                out, s = timed(lambda: fn(text))       # noqa: B023 - called at once
                seconds += s
                body = squash(out)
                lines = {squash(x) for x in out.splitlines()}
                for sentence in gold_sentences.get(name, ()):
                    total += 1
                    kept += squash(sentence)[-60:] in body      # the tail: a dateline is split off
                for scrap in scraps(text):
                    scraps_all += 1
                    scraps_kept += scrap in lines
        line.append(f"{label} keeps {kept}/{total} gold sentences ({100 * kept / max(total, 1):.1f} %) and "
                    f"{scraps_kept}/{scraps_all} non-sentence lines, {1000 * seconds / len(texts):.1f} ms/article")
    return f"boilerplate ({len(texts)} articles): " + "; ".join(line)


def countries(gold: list[dict]) -> str:
    import pycountry

    names = sorted({(n, r["country"]) for r in gold if r.get("kind") == "actor" and r.get("type") == "country"
                    and r.get("country") for n in [r["name"], *r.get("aliases", [])]})

    def ours(s: str) -> str | None:
        found = gazetteer.country_by_name(s) or gazetteer.country_by_demonym(s)
        return found.iso3 if found else None

    def library(s: str) -> str | None:
        try:
            return pycountry.countries.lookup(s).alpha_3
        except LookupError:
            pass
        try:
            return pycountry.countries.search_fuzzy(s)[0].alpha_3
        except LookupError:
            return None

    line = []
    for label, fn in (("gazetteer", ours), ("pycountry", library)):
        right = wrong = 0
        seconds = 0.0
        for s, iso3 in names:
            got, t = timed(lambda: fn(s))     # noqa: B023 - called at once
            seconds += t
            right += got == iso3
            wrong += got is not None and got != iso3
        line.append(f"{label} {right} right, {wrong} wrong, {len(names) - right - wrong} not found, "
                    f"{1000 * seconds / len(names):.2f} ms/name")
    return f"countries ({len(names)} gold names and aliases): " + "; ".join(line)


def queries(headlines: list[str]) -> str:
    def ours(q: str) -> bool:
        try:
            parse(q)
            return True
        except QueryError:
            return False

    def library(q: str) -> bool:
        try:
            shlex.split(q)
            return True
        except ValueError:
            return False

    line = [f"{label} parses {sum(map(fn, headlines))}/{len(headlines)}"
            for label, fn in (("search.parse", ours), ("shlex.split", library))]
    return f"queries ({len(headlines)} headlines as typed): " + "; ".join(line)


def main() -> None:
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else DEV / "articles"
    gold_path = Path(sys.argv[2]) if len(sys.argv) > 2 else DEV / "dev.gold.jsonl"
    files = sorted(folder.glob("*.txt"))
    texts = [f.read_text(encoding="utf-8") for f in files]
    gold = [json.loads(line) for line in gold_path.read_text(encoding="utf-8").splitlines() if line.strip()]
    sentences: dict[str, set[str]] = {}
    for r in gold:
        if r.get("kind") == "event" and r.get("sentence"):
            sentences.setdefault(r["file"], set()).add(r["sentence"])
    headlines = [t.strip().splitlines()[0] for t in texts if t.strip()]
    print(decoding(texts))
    print(boilerplate(texts, sentences, [f.name for f in files]))
    print(countries(gold))
    print(queries(headlines))


if __name__ == "__main__":
    main()
