"""The key bindings, shown by `?` and written into the README (one table, two uses)."""

from __future__ import annotations

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

from .keys import vim_keys

# (context, keys, what they do)
KEY_HELP: list[tuple[str, str, str]] = [
    ("Anywhere", "/", "search: the timeline narrows as you type, inside the current filter; Up Down: history"),
    ("Anywhere", "Ctrl+F", "find: the timeline stays whole, n / N go to the matches"),
    ("Anywhere", "n / N", "next / previous match"),
    ("Anywhere", "Tab / Shift+Tab", "next / previous pane"),
    ("Anywhere", "Enter", "open what is selected"),
    ("Anywhere", "Escape", "step back: close search, end find, pop a filter, restore a pane, back to the timeline"),
    ("Anywhere", "b / Alt+Left", "back through what was opened"),
    ("Anywhere", "B / Alt+Right", "forward through what was opened"),
    ("Anywhere", ":", "go to a date (YYYY, YYYY-MM or YYYY-MM-DD), or the nearest"),
    ("Anywhere", "t", "show / hide quotes in the timeline"),
    ("Anywhere", "y", "copy the selected event or quote with its citation"),
    ("Anywhere", "o", "open the article: its URL in the browser, else in $PAGER"),
    ("Anywhere", "F", "frequency of the view by type, actor, dyad or month"),
    ("Anywhere", "e", "export the current view to .csv or .jsonl"),
    ("Anywhere", "S", "stories: one row per real-world action, with its number of sources"),
    ("Anywhere", "v", "quote variants: the selected quote as each article worded it, side by side"),
    ("Anywhere", "z", "maximise / restore the focused pane"),
    ("Anywhere", "r", "refresh: read the store again, after an ingest into it"),
    ("Anywhere", "Ctrl+P", "command palette: go to actor, go to date, filter by type, open article"),
    ("Anywhere", "?", "show the key bindings"),
    ("Anywhere", "q", "quit"),
    ("Timeline", "Up Down / k j", "move"),
    ("Timeline", "PgUp PgDn / Ctrl+U Ctrl+D", "page / half page"),
    ("Timeline", "g G / Home End", "first / last"),
    ("Timeline", "[ ]", "previous / next day"),
    ("Timeline", "{ }", "previous / next month"),
    ("Timeline", "Enter", "open the event or quote: its passage in the source pane"),
    ("Timeline", "a / A", "open the source (or speaker) / target actor"),
    ("Source", "Up Down / k j, g G", "scroll"),
    ("Source", "Ctrl+U Ctrl+D", "half page up / down"),
    ("Source", "h l / Left Right", "previous / next extracted span"),
    ("Source", "Enter", "open the span: an actor's detail, or the event or quote"),
    ("Source", "n / N", "next / previous searched word in the article"),
    ("Actor", "Up Down / k j, g G", "move; first / last"),
    ("Actor", "Enter", "open a counterpart or a quote"),
    ("Actor", "f", "filter the timeline to this actor's events and quotes"),
    ("Actor", "d", "dyad trend: with the counterpart under the cursor, else with everyone"),
    ("Search", "Up Down", "earlier / later searches"),
    ("Search", "Escape", "close the search"),
    ("Stories", "Enter", "the story's reports side by side"),
    ("Stories", "m", "only stories told by several articles, or all"),
    ("Stories", "Escape / q", "close"),
    ("Reports", "h l / Left Right", "previous / next report (or quote variant)"),
    ("Reports", "Enter", "open the report's passage"),
    ("Reports", "Escape / q", "close"),
    ("Dyad", "w / m", "by week / by month"),
    ("Dyad", "Enter", "the period's events between the two, as a timeline filter (Escape pops it)"),
    ("Dyad", "Escape / q", "close"),
    ("Frequency", "1 2 3 4", "by type / actor / dyad / month"),
    ("Frequency", "s", "sort by count or by value"),
    ("Frequency", "Enter", "filter the timeline to the selected row"),
    ("Frequency", "Escape / q", "close"),
    ("Prompt", "y / n", "answer yes / no"),
    ("Prompt", "Escape", "cancel (no)"),
    ("Keys", "Up Down / k j", "scroll this list"),
    ("Keys", "Escape / q / ?", "close"),
]

QUERY_HELP = (
    'Search: words and "quoted phrases" (full text over events, quotes and article text), with '
    "filters: actor:lavrov  source:russia  target:turkey  type:ASSAULT,COERCE  from:2016-07  "
    "to:2016-08-31  quote: (quotes only)  event: (events only). Actor names match regardless of "
    "case and accents, and despite typos."
)


def markdown_table() -> str:
    """The bindings as a Markdown table (for the README)."""
    lines = ["| Where | Keys | What |", "| --- | --- | --- |"]
    for where, keys, what in KEY_HELP:
        shown = keys.replace("|", "\\|")
        lines.append(f"| {where} | `{shown}` | {what} |")
    return "\n".join(lines)


class HelpScreen(ModalScreen[None]):
    """The key bindings, over the explorer."""

    AUTO_FOCUS = ""

    BINDINGS = [
        Binding("escape,q,question_mark", "dismiss", "Close"),
        *vim_keys(down="scroll(1)", up="scroll(-1)", arrows=True),
    ]

    def compose(self) -> ComposeResult:
        table = Table(box=None, show_header=False, padding=(0, 1), expand=True)
        table.add_column(style="bold", no_wrap=True)
        table.add_column(style="bold", no_wrap=True)
        table.add_column(ratio=1)
        last = None
        for where, keys, what in KEY_HELP:
            table.add_row(Text(where if where != last else ""), Text(keys), Text(what))
            last = where
        with VerticalScroll(id="help-body") as body:
            body.border_title = "Keys"
            body.border_subtitle = "Escape to close"
            yield Static(table, id="help-table")
            yield Static(Text(QUERY_HELP), id="help-query")

    def action_scroll(self, step: int) -> None:
        self.query_one("#help-body", VerticalScroll).scroll_relative(y=step, animate=False)
