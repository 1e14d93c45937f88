"""The source pane: the article behind the selected event or quote, its passage highlighted.

The selected span is highlighted inline and scrolled into view; the article's other extracted
spans (events, quotes, actor mentions) are marked more quietly, searched words stand out. Text is
rendered as `rich.text.Text`, never markup: news text is full of "[".

Each paragraph is a widget, which is right for an article and far too slow for a text of
megabytes (a 5 MB one took 20 seconds to lay out). So a long article is shown as a window of
about 2 x WINDOW characters around the passage (at most MAX_PARAGRAPHS paragraphs), with how much
is left out written above and below it; scrolling past either end, spans (h / l), searched words
(n / N) and g / G move the window.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.content import Content
from textual.message import Message
from textual.widgets import Static

from ..store.read_records import ArticleView, Span
from .highlight import component_style, find_terms
from .keys import vim_keys

PRECISION_WORD = {"day": "", "month": " (month)", "year": " (year)"}

FULL = 60_000               # characters: an article up to this long is shown whole...
FULL_LINES = 600            # ...when it has no more lines than this
WINDOW = 12_000             # characters shown either side of the passage in a longer one
MAX_PARAGRAPHS = 300        # paragraph widgets at once


@dataclass(frozen=True)
class Paragraph:
    start: int
    end: int


def paragraphs(text: str, lo: int = 0, hi: int | None = None) -> list[Paragraph]:
    """The non-blank lines of text[lo:hi], as offsets into `text`."""
    out, pos = [], lo
    for line in text[lo:hi].split("\n"):
        if line.strip():
            lead = len(line) - len(line.lstrip())
            out.append(Paragraph(pos + lead, pos + len(line.rstrip())))
        pos += len(line) + 1
    return out


def is_long(text: str) -> bool:
    return len(text) > FULL or text.count("\n") > FULL_LINES


def window(text: str, start: int, end: int | None = None) -> tuple[int, int, list[Paragraph]]:
    """(lo, hi, paragraphs) of the part of `text` to show around the passage [start, end): all
    of a short text; about WINDOW characters either side of the passage in a long one, cut at
    line ends (or spaces), and no more than MAX_PARAGRAPHS paragraphs."""
    n = len(text)
    if not is_long(text):
        return 0, n, paragraphs(text)
    start = max(0, min(start, n))
    end = max(start, min(end if end is not None else start, n, start + WINDOW))
    lo, hi = max(0, start - WINDOW), min(n, end + WINDOW)
    slack = WINDOW // 4                 # how much may be given up to cut at a line end
    if lo > 0:
        cut = text.find("\n", lo, min(start, lo + slack))
        if cut < 0:
            cut = text.find(" ", lo, start)
        lo = cut + 1 if cut >= 0 else lo
    if hi < n:
        cut = text.rfind("\n", max(end, hi - slack), hi)
        if cut < 0:
            cut = text.rfind(" ", end, hi)
        hi = cut if cut >= 0 else hi
    paras = paragraphs(text, lo, hi)
    if len(paras) > MAX_PARAGRAPHS:
        at = bisect_right([p.end for p in paras], start - 1)     # the passage's paragraph
        first = max(0, min(at - MAX_PARAGRAPHS // 2, len(paras) - MAX_PARAGRAPHS))
        kept = paras[first:first + MAX_PARAGRAPHS]
        if first > 0:
            lo = kept[0].start
        if first + MAX_PARAGRAPHS < len(paras):
            hi = kept[-1].end
        paras = kept
    return lo, hi, paras


class SourceText(VerticalScroll, can_focus=True):
    """Headline, outlet and date, then the article's paragraphs."""

    ALLOW_MAXIMIZE = True

    BINDINGS = [
        *vim_keys(down="scroll_down", up="scroll_up", first="scroll_home", last="scroll_end", half_page=True),
        Binding("l,right", "span(1)", "span", group=Binding.Group("span", compact=True)),
        Binding("h,left", "span(-1)", "span", group=Binding.Group("span", compact=True)),
        Binding("enter", "open_span", "Open span"),
    ]

    COMPONENT_CLASSES = {
        "source--selected",
        "source--trigger",
        "source--event",
        "source--quote",
        "source--mention",
        "source--match",
        "source--span-cursor",
        "source--title",
        "source--meta",
    }

    _cs = component_style

    @dataclass
    class OpenSpan(Message):
        span: Span

    def __init__(self, **kw) -> None:
        super().__init__(**kw)
        self.article: ArticleView | None = None
        self.selected: tuple[str, int] | None = None
        self.terms: tuple[tuple[str, bool], ...] = ()
        self.span_index: int | None = None      # the span cursor (h / l), into self.spans
        self.match_index = -1
        self._paragraphs: list[Paragraph] = []
        self._widgets: list[Static] = []
        self._lo = self._hi = 0                 # the part of the article shown
        self._sized = False                     # the paragraph widgets hold their text (see _paint)
        self._matches: tuple[object, list[tuple[int, int]]] = (None, [])

    def compose(self) -> ComposeResult:
        yield Static(Text("Select an event or a quote to read its source."), id="source-header")
        yield Static("", id="source-above", classes="source-elided", markup=False)
        yield Static("", id="source-below", classes="source-elided", markup=False)

    @property
    def spans(self) -> list[Span]:
        return self.article.spans if self.article else []

    @property
    def span_under_cursor(self) -> Span | None:
        if self.span_index is None or not (0 <= self.span_index < len(self.spans)):
            return None
        return self.spans[self.span_index]

    def selected_span(self) -> Span | None:
        if self.selected is None:
            return None
        for s in self.spans:
            if (s.kind, s.id) == self.selected:
                return s
        return None

    @property
    def shown(self) -> tuple[int, int]:
        """The characters of the article on show: (start, end)."""
        return self._lo, self._hi

    # -- showing ----------------------------------------------------------------------------------

    def show(self, article: ArticleView, selected: tuple[str, int] | None,
             terms: tuple[tuple[str, bool], ...] = ()) -> None:
        """Show `article` with the `selected` ("event"|"quote", id) span highlighted and in view."""
        same = (self.article is not None and self.article.id == article.id
                and self.article.text == article.text)
        self.article = article
        self.selected = selected
        self.terms = terms
        self.match_index = -1
        self.span_index = next((i for i, s in enumerate(article.spans)
                                if (s.kind, s.id) == selected), None)
        self.border_subtitle = Content(article.file)          # a file name: no markup
        header = Text()
        header.append(article.title or article.file, self._cs("source--title"))
        when = _date(article.published, article.published_precision) if article.published else "date unknown"
        meta = [p for p in (article.outlet, when) if p]
        if meta:
            header.append("\n" + " · ".join(meta), self._cs("source--meta"))
        self.query_one("#source-header", Static).update(header)
        span = self.selected_span()
        at = span.start if span else 0
        if not same or not self._holds(at, span.end if span else at):
            self._layout(at, span.end if span else at)
        self._paint()
        self.call_after_refresh(self.scroll_to_offset, at)

    def keep_span_in_view(self) -> None:
        """After a change of size (z maximises or restores the pane) the paragraphs rewrap: the
        passage under the span cursor, else the selected one, is put back in view, a third of the
        way down (where a search puts it: a check of "still in view" made against the old wrap
        could leave its first line just above the top)."""
        span = self.span_under_cursor or self.selected_span()
        if span is not None:
            self.call_after_refresh(lambda: self.scroll_to_offset(span.start, center=True))

    def _holds(self, start: int, end: int) -> bool:
        return self._lo <= start and end <= self._hi

    def _layout(self, start: int, end: int) -> None:
        """One paragraph widget for each paragraph of the part of the article around [start, end)
        (all of it, unless it is long)."""
        assert self.article is not None
        text = self.article.text
        for w in self._widgets:
            w.remove()
        self._lo, self._hi, self._paragraphs = window(text, start, end)
        self._widgets = [Static(classes="paragraph") for _ in self._paragraphs]
        self._sized = False
        below = self.query_one("#source-below", Static)
        self.mount_all(self._widgets, before=below)
        above = self.query_one("#source-above", Static)
        above.update(f"⋯ {self._lo:,} more characters above: scroll up to read on, g for the start")
        above.set_class(self._lo > 0, "-visible")
        rest = len(text) - self._hi
        below.update(f"⋯ {rest:,} more characters below: scroll down to read on, G for the end")
        below.set_class(rest > 0, "-visible")

    def _move_window(self, offset: int, then=None) -> None:
        """Show the part of the article around character `offset`, then call `then`."""
        self._layout(offset, offset)
        self._paint()
        self.call_after_refresh(then or (lambda: self.scroll_to_offset(offset, center=True)))

    def clear(self) -> None:
        for w in self._widgets:
            w.remove()
        self._widgets = []
        self._paragraphs = []
        self._lo = self._hi = 0
        for marker in self.query(".source-elided"):
            marker.remove_class("-visible")
        self.article = None
        self.selected = None
        self.span_index = None
        self.query_one("#source-header", Static).update(
            Text("Select an event or a quote to read its source."))

    def _paint(self) -> None:
        if self.article is None:
            return
        cs = self._cs
        text = self.article.text
        lo, hi = self._lo, self._hi
        paras = self._paragraphs
        starts = [p.start for p in paras]
        texts = [Text(text[p.start:p.end], end="") for p in paras]

        def mark(start: int, end: int, style) -> None:
            """Style [start, end) of the article in every paragraph it covers."""
            i = max(0, bisect_right(starts, start) - 1)
            while i < len(paras) and paras[i].start < end:
                para = paras[i]
                s, e = max(start, para.start), min(end, para.end)
                if s < e:
                    texts[i].stylize(style, s - para.start, e - para.start)
                i += 1

        quiet = {"event": cs("source--event"), "quote": cs("source--quote"),
                 "mention": cs("source--mention")}
        selected = self.selected_span()
        cursor = self.span_under_cursor
        for span in self.article.spans:
            if span is not selected and span.end > lo and span.start < hi:
                mark(span.start, span.end, quiet[span.kind])
        if selected is not None:
            mark(selected.start, selected.end, cs("source--selected"))
            if selected.trigger_start is not None and selected.trigger_end is not None:
                mark(selected.trigger_start, selected.trigger_end, cs("source--trigger"))
        for s, e in find_terms(text[lo:hi], self.terms):
            mark(lo + s, lo + e, cs("source--match"))
        if cursor is not None and cursor is not selected:
            mark(cursor.start, cursor.end, cs("source--span-cursor"))
        # Once the paragraphs hold their text, a repaint only restyles it (the search's words,
        # the selected span): no size changes, so no layout of the screen, which costs a
        # tenth of a second and, run as a new search starts, held back its rows.
        for t, widget in zip(texts, self._widgets, strict=True):
            widget.update(t, layout=not self._sized)
        self._sized = True

    def scroll_to_offset(self, offset: int, *, center: bool = False) -> None:
        """Scroll so that the line holding character `offset` of the article is in view."""
        for para, widget in zip(self._paragraphs, self._widgets, strict=True):
            if para.start <= offset <= para.end or offset < para.start:
                width = max(widget.content_region.width, 1)
                before = Text(self.article.text[para.start:max(para.start, offset)] if self.article else "")
                line = len(before.wrap(self.app.console, width)) - 1 if before.plain else 0
                y = widget.virtual_region.y + max(line, 0)
                height = self.scrollable_content_region.height
                if center or not (self.scroll_y <= y < self.scroll_y + height - 1):
                    self.scroll_to(y=max(0, y - max(height // 3, 1)), animate=False)
                return

    # -- keys -------------------------------------------------------------------------------------

    def action_half_page(self, step: int) -> None:
        self._read_on(step)
        self.scroll_relative(y=step * max(self.size.height // 2, 1), animate=False)

    def _read_on(self, step: int) -> bool:
        """At the end (start) of the part shown of a long article, show the next (previous) part,
        where the one shown ends (starts). Whether it moved."""
        if self.article is None:
            return False
        if step > 0 and self._hi < len(self.article.text) and self.scroll_y >= self.max_scroll_y:
            self._move_window(self._hi)
            return True
        if step < 0 and self._lo > 0 and self.scroll_y <= 0:
            self._move_window(self._lo)
            return True
        return False

    def action_scroll_down(self) -> None:
        if not self._read_on(1):
            super().action_scroll_down()

    def action_scroll_up(self) -> None:
        if not self._read_on(-1):
            super().action_scroll_up()

    def action_page_down(self) -> None:
        if not self._read_on(1):
            super().action_page_down()

    def action_page_up(self) -> None:
        if not self._read_on(-1):
            super().action_page_up()

    def action_scroll_home(self) -> None:
        if self.article is not None and self._lo > 0:
            self._move_window(0, lambda: self.scroll_home(animate=False))
        else:
            super().action_scroll_home()

    def action_scroll_end(self) -> None:
        if self.article is not None and self._hi < len(self.article.text):
            self._move_window(len(self.article.text), lambda: self.scroll_end(animate=False))
        else:
            super().action_scroll_end()

    def action_span(self, step: int) -> None:
        if not self.spans:
            return
        if self.span_index is None:
            self.span_index = 0 if step > 0 else len(self.spans) - 1
        else:
            self.span_index = max(0, min(len(self.spans) - 1, self.span_index + step))
        span = self.span_under_cursor
        if span is not None and not self._holds(span.start, span.end):
            self._layout(span.start, span.end)
            self._paint()
            self.call_after_refresh(self.scroll_to_offset, span.start)
        else:
            self._paint()
            if span is not None:
                self.scroll_to_offset(span.start)
        if span is not None:
            self.notify_span(span)

    def notify_span(self, span: Span) -> None:
        self.border_subtitle = Content(f"{span.kind}: {span.label}")

    def action_open_span(self) -> None:
        span = self.span_under_cursor or self.selected_span()
        if span is not None:
            self.post_message(self.OpenSpan(span))

    def step_match(self, step: int) -> bool:
        """Scroll to the next (previous) searched word; False when there are none."""
        if self.article is None:
            return False
        key = (self.article.id, self.article.text, self.terms)
        if self._matches[0] != key:             # (an article of megabytes takes a moment)
            self._matches = (key, find_terms(self.article.text, self.terms))
        matches = self._matches[1]
        if not matches:
            return False
        self.match_index = (self.match_index + step) % len(matches)
        start, end = matches[self.match_index]
        if self._holds(start, end):
            self.scroll_to_offset(start, center=True)
        else:
            self._move_window(start)
        self.border_subtitle = f"match {self.match_index + 1} of {len(matches)}"
        return True


def _date(iso: str | None, precision: str | None) -> str | None:
    if not iso:
        return None
    return iso + PRECISION_WORD.get(precision or "", "")
