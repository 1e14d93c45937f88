"""The source pane: the article behind the selected event or quote, its passage highlighted.

The selected span is highlighted inline and scrolled into view; the article's other extracted
spans (events, quotes, actor mentions) are marked more quietly, searched words stand out. Text is
rendered as `rich.text.Text`, never markup: news text is full of "[".
"""

from __future__ import annotations

from dataclasses import dataclass

from rich.style import Style
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.message import Message
from textual.widgets import Static

from ..store.queries import ArticleView, Span
from .highlight import find_terms

PRECISION_WORD = {"day": "", "month": " (month)", "year": " (year)"}


@dataclass(frozen=True)
class Paragraph:
    start: int
    end: int


def paragraphs(text: str) -> list[Paragraph]:
    out, pos = [], 0
    for line in text.split("\n"):
        if line.strip():
            lead = len(line) - len(line.lstrip())
            out.append(Paragraph(pos + lead, pos + len(line.rstrip())))
        pos += len(line) + 1
    return out


class SourceText(VerticalScroll, can_focus=True):
    """Headline, outlet and date, then the article's paragraphs."""

    ALLOW_MAXIMIZE = True

    BINDINGS = [
        Binding("j", "scroll_down", show=False),
        Binding("k", "scroll_up", show=False),
        Binding("g", "scroll_home", show=False),
        Binding("G", "scroll_end", show=False),
        Binding("ctrl+d", "half_page(1)", show=False),
        Binding("ctrl+u", "half_page(-1)", show=False),
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

    def _cs(self, name: str) -> Style:
        """A component style as given in CSS (partial: no inherited background), so that
        styles layer: a coloured type keeps the cursor's background."""
        return self.get_component_rich_style(name, partial=True)

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

    def compose(self) -> ComposeResult:
        yield Static(Text("Select an event or a quote to read its source."), id="source-header")

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

    # -- showing ----------------------------------------------------------------------------------

    def show(self, article: ArticleView, selected: tuple[str, int] | None,
             terms: tuple[tuple[str, bool], ...] = ()) -> None:
        """Show `article` with the `selected` ("event"|"quote", id) span highlighted and in view."""
        same = self.article is not None and self.article.id == article.id
        self.article = article
        self.selected = selected
        self.terms = terms
        self.match_index = -1
        self.span_index = next((i for i, s in enumerate(article.spans)
                                if (s.kind, s.id) == selected), None)
        self.border_subtitle = article.file
        header = Text()
        header.append(article.title or article.file, self._cs("source--title"))
        meta = [p for p in (article.outlet, _date(article.published, article.published_precision))
                if p]
        if meta:
            header.append("\n" + " · ".join(meta), self._cs("source--meta"))
        self.query_one("#source-header", Static).update(header)
        if not same:
            for w in self._widgets:
                w.remove()
            self._paragraphs = paragraphs(article.text)
            self._widgets = [Static(classes="paragraph") for _ in self._paragraphs]
            self.mount_all(self._widgets)
        self._paint()
        span = self.selected_span()
        self.call_after_refresh(self.scroll_to_offset, span.start if span else 0)

    def clear(self) -> None:
        for w in self._widgets:
            w.remove()
        self._widgets = []
        self._paragraphs = []
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
        quiet = {"event": cs("source--event"), "quote": cs("source--quote"),
                 "mention": cs("source--mention")}
        selected = self.selected_span()
        cursor = self.span_under_cursor
        matches = find_terms(text, self.terms)
        for para, widget in zip(self._paragraphs, self._widgets):
            t = Text(text[para.start:para.end], end="")

            def mark(start: int, end: int, style) -> None:
                s, e = max(start, para.start), min(end, para.end)
                if s < e:
                    t.stylize(style, s - para.start, e - para.start)

            for span in self.article.spans:
                if span is not selected:
                    mark(span.start, span.end, quiet[span.kind])
            if selected is not None:
                mark(selected.start, selected.end, cs("source--selected"))
                if selected.trigger_start is not None and selected.trigger_end is not None:
                    mark(selected.trigger_start, selected.trigger_end, cs("source--trigger"))
            for s, e in matches:
                mark(s, e, cs("source--match"))
            if cursor is not None and cursor is not selected:
                mark(cursor.start, cursor.end, cs("source--span-cursor"))
            widget.update(t)

    def scroll_to_offset(self, offset: int, *, center: bool = False) -> None:
        """Scroll so that the line holding character `offset` of the article is in view."""
        for para, widget in zip(self._paragraphs, self._widgets):
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
        self.scroll_relative(y=step * max(self.size.height // 2, 1), animate=False)

    def action_span(self, step: int) -> None:
        if not self.spans:
            return
        if self.span_index is None:
            self.span_index = 0 if step > 0 else len(self.spans) - 1
        else:
            self.span_index = max(0, min(len(self.spans) - 1, self.span_index + step))
        self._paint()
        span = self.span_under_cursor
        if span is not None:
            self.scroll_to_offset(span.start)
            self.notify_span(span)

    def notify_span(self, span: Span) -> None:
        self.border_subtitle = f"{span.kind}: {span.label}"

    def action_open_span(self) -> None:
        span = self.span_under_cursor or self.selected_span()
        if span is not None:
            self.post_message(self.OpenSpan(span))

    def step_match(self, step: int) -> bool:
        """Scroll to the next (previous) searched word; False when there are none."""
        if self.article is None:
            return False
        matches = find_terms(self.article.text, self.terms)
        if not matches:
            return False
        self.match_index = (self.match_index + step) % len(matches)
        self.scroll_to_offset(matches[self.match_index][0], center=True)
        self.border_subtitle = f"match {self.match_index + 1} of {len(matches)}"
        return True


def _date(iso: str | None, precision: str | None) -> str | None:
    if not iso:
        return None
    return iso + PRECISION_WORD.get(precision or "", "")
