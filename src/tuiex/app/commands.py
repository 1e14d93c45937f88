"""Command palette (Ctrl+P): go to actor, go to date, filter by type, open article."""

from __future__ import annotations

import asyncio
import re
from functools import partial
from typing import TYPE_CHECKING, cast

from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.content import Content
from textual.fuzzy import Matcher

from ..store.search import PLOVER_TYPES, QueryError, parse_date

if TYPE_CHECKING:
    from .app import ExplorerApp

_DATE = re.compile(r"\b\d{4}(?:-\d{2}(?:-\d{2})?)?\b")
_FILLER = {"go", "to", "actor", "open", "article", "show", "jump", "date"}


def _shown(matcher: Matcher, text: str) -> Content:
    """The hit as it is shown: Textual reads a str as markup, and names and headlines from articles
    hold brackets ("[/]", "a[a=b=c].txt"), so it is Content, highlighted only where that is safe."""
    return matcher.highlight(text) if "[" not in text else Content(text)


def _plain(text: str) -> Content | None:
    """Help text as Content (a str would be read as markup); None when there is none."""
    return Content(text) if text else None


class ExplorerCommands(Provider):
    """The explorer's commands. Actors and articles are looked up in the store as you type."""

    @property
    def explorer(self) -> "ExplorerApp":
        return cast("ExplorerApp", self.app)

    def _static(self) -> list[tuple[str, object, str]]:
        app = self.explorer
        out: list[tuple[str, object, str]] = [
            ("Go to date…", app.action_goto_date, "Jump the timeline to a day, a month or a year"),
            ("Go to actor…", app.action_ask_actor, "Open an actor by name (typos and accents are fine)"),
            ("Open article…", app.action_ask_article, "Open an article by its headline"),
            ("Toggle quotes in the timeline", app.action_toggle_quotes, "Show or hide quotes (t)"),
            ("Export the current view…", app.action_export, "Write the view to .csv or .jsonl (e)"),
            ("Search…", app.action_search, "Filter the timeline by words and filters (/)"),
            ("Show stories", app.action_stories, "One row per real-world action, with its sources (S)"),
        ]
        for t in PLOVER_TYPES:
            out.append((f"Filter by type: {t}", partial(app.filter_by_type, t),
                        f"Show only {t} events"))
        return out

    async def discover(self) -> Hits:
        for text, command, help in self._static():
            yield DiscoveryHit(text, command, help=help)  # type: ignore[arg-type]

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        app = self.explorer
        for text, command, help in self._static():
            score = matcher.match(text)
            if score > 0:
                yield Hit(score, matcher.highlight(text), command, text=text, help=help)  # type: ignore[arg-type]

        m = _DATE.search(query)
        if m:
            try:
                date = parse_date(m.group())
            except QueryError:
                pass
            else:
                text = f"Go to date: {date}"
                yield Hit(1.0, Content(text), partial(app.goto_date, date), text=text,
                          help="Jump the timeline to this date")

        rest = " ".join(w for w in query.split() if w.lower() not in _FILLER)
        if len(rest) < 2:
            return
        actors = await asyncio.to_thread(app.reader.match_actors, rest, prefix=True, limit=8)
        for hit in actors:
            text = f"Go to actor: {hit.name}"
            facts = " · ".join(p for p in (hit.type, hit.country, hit.role) if p)
            score = max(matcher.match(text), 0.4 + hit.score / 250)
            yield Hit(score, _shown(matcher, text), partial(app.open_actor, hit.id), text=text,
                      help=_plain(facts))  # type: ignore[arg-type]
        # with the dyad screen, not on the explorer's launch path
        from .dyad_view import dyad_hits

        for text, command, help in await asyncio.to_thread(dyad_hits, app, query):
            yield Hit(max(matcher.match(text), 0.9), Content(text), command, text=text,
                      help=_plain(help))  # type: ignore[arg-type]  # names: never markup
        articles = await asyncio.to_thread(app.reader.find_articles, rest, 8)
        for article_id, title, outlet, published, file in articles:
            text = f"Open article: {title}"
            meta = " · ".join(p for p in (outlet, published, file) if p)
            score = max(matcher.match(text), 0.5)
            yield Hit(score, _shown(matcher, text), partial(app.open_article, article_id), text=text,
                      help=_plain(meta))  # type: ignore[arg-type]
