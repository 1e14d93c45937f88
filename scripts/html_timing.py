"""Time trafilatura's reading of an HTML page against spaCy's parse of the text it yields.

    PYTHONPATH=src python scripts/html_timing.py FOLDER_OF_TXT_ARTICLES [--pages N]

Each plain-text article (first line the headline, blank-line paragraphs) is wrapped in the furniture of a
real news page (cookie banner, navigation, share bar, related links, reader comments, newsletter box,
footer); `readers._reduce_html` reads it back (trafilatura's body, tuiex's metadata and date) and
`load_nlp()` parses the paragraphs it returned. Prints the median milliseconds per page of each (and of
the trafilatura call alone), their ratio, and how many pages came back with every sentence paragraph
(12 words or more: the texts hold short lines of their own outlet's furniture, rightly dropped) and
none of the page's added furniture. Nothing is written.
"""

from __future__ import annotations

import argparse
import html
import statistics
import time
from pathlib import Path

from tuiex.ingest import readers
from tuiex.ingest.nlp import load_nlp

FURNITURE = ("We use cookies", "Share on", "Related coverage teaser", "Great piece", "Sign up for our", "Terms")


def page(headline: str, paragraphs: list[str]) -> str:
    body = "\n".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{html.escape(headline)} | Outlet</title>
<meta property="og:site_name" content="Outlet"></head><body>
<div class="cookie-banner"><p>We use cookies to improve your visit. <button>OK</button></p></div>
<header><nav><a href="/">Front</a> <a href="/world">World</a> <a href="/opinion">Opinion</a></nav></header>
<article><h1>{html.escape(headline)}</h1><div class="share"><a href="#">Share on X</a></div>
{body}
<aside class="related"><ul><li><a href="/a">Related coverage teaser one</a></li>
<li><a href="/b">Related coverage teaser two</a></li></ul></aside></article>
<section id="comments"><div class="comment"><time datetime="2030-01-01">1 Jan 2030</time>
<p>Great piece, thanks, shared it with all my friends today.</p></div></section>
<div class="newsletter"><p>Sign up for our morning briefing.</p></div>
<footer><a href="/terms">Terms</a> © Outlet</footer></body></html>"""


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folder", type=Path)
    ap.add_argument("--pages", type=int, default=44)
    args = ap.parse_args()
    nlp = load_nlp()
    readers._reduce_html(page("Warm up", ["The imports and jusText's stop lists load once, on the first page."]))
    html_ms, spacy_ms, clean = [], [], 0
    trafilatura_ms: list[float] = []
    article_tree = readers._article_tree

    def timed_article_tree(root):  # type: ignore[no-untyped-def]
        t = time.perf_counter()
        tree = article_tree(root)
        trafilatura_ms.append((time.perf_counter() - t) * 1000)
        return tree

    readers._article_tree = timed_article_tree
    for path in sorted(args.folder.glob("*.txt"))[:args.pages]:
        blocks = [" ".join(b.split()) for b in path.read_text(encoding="utf-8").split("\n\n") if b.strip()]
        headline, paragraphs = blocks[0], blocks[1:]
        markup = page(headline, paragraphs)
        t = time.perf_counter()
        _, got, _ = readers._reduce_html(markup)
        html_ms.append((time.perf_counter() - t) * 1000)
        text = "\n\n".join(got)
        t = time.perf_counter()
        nlp(text)
        spacy_ms.append((time.perf_counter() - t) * 1000)
        sentences = [p for p in paragraphs if len(p.split()) >= 12]
        clean += all(p in got for p in sentences) and not any(f in text for f in FURNITURE)
    n = len(html_ms)
    h, s = statistics.median(html_ms), statistics.median(spacy_ms)
    t = statistics.median(trafilatura_ms[1:])
    print(f"{n} pages, median ms/page: HTML reading {h:.1f} ({100 * h / s:.0f} % of spaCy), of which trafilatura "
          f"{t:.1f} ({100 * t / s:.0f} %); spaCy parse {s:.1f}; every sentence paragraph and no furniture "
          f"on {clean}/{n}")


if __name__ == "__main__":
    main()
