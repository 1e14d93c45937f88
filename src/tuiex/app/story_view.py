"""The story timeline: one row per story (one real-world action across its reports, see
store/stories.py), with how many sources tell it and the earliest and latest report; Enter lists
the reports side by side, and Enter on a report opens its passage in the source pane.

Reads are callables the app passes in, run in thread workers: no SQL here."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.content import Content
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Static
from textual.worker import get_current_worker

from ..store.read_records import Item


class ReportCard(Static, can_focus=True):
    """One report (an event or a quote) in a side-by-side comparison; Enter opens its passage."""

    DEFAULT_CSS = """
    ReportCard { width: 1fr; height: 1fr; border: round $primary-darken-2; padding: 0 1; }
    ReportCard:focus { border: round $accent; }
    """

    BINDINGS = [Binding("enter", "open", "Open passage")]

    def __init__(self, item: Item, body: Text, **kw) -> None:
        head = Text()
        head.append(item.title or item.file, style="bold")       # the headline, as the timeline shows it
        where = " · ".join(p for p in (item.outlet, item.published or "undated", item.file) if p)
        head.append(f"\n{where}\n", style="dim")
        if item.kind == "event":
            head.append(f"{item.date or 'undated'}  {item.type}  {item.source or '?'} → {item.target or '-'}\n\n")
        super().__init__(head + body, markup=False, **kw)
        self.item = item
        self.border_title = Content(item.outlet or item.file)   # from an article: never markup

    def action_open(self) -> None:
        self.screen.dismiss(self.item)

    def on_click(self) -> None:
        self.focus()


class ReportsScreen(Screen[Item | None]):
    """Items side by side (a story's reports, a quote's variants)."""

    DEFAULT_CSS = """
    ReportsScreen { layout: vertical; }
    ReportsScreen #reports-title { height: auto; padding: 0 1; text-style: bold; }
    ReportsScreen #reports { height: 1fr; }
    """

    BINDINGS = [
        Binding("escape,q", "close", "Close"),
        Binding("left,h", "app.focus_previous", "Previous", show=False),
        Binding("right,l", "app.focus_next", "Next", show=False),
    ]

    def __init__(self, title: Text, cards: Sequence[ReportCard]) -> None:
        super().__init__()
        self.title_text = title
        self.cards = list(cards)

    def compose(self) -> ComposeResult:
        yield Static(self.title_text, id="reports-title", markup=False)
        with Horizontal(id="reports"):
            yield from self.cards
        yield Footer()

    def on_mount(self) -> None:
        if self.cards:
            self.cards[0].focus()

    def action_close(self) -> None:
        self.dismiss(None)


def report_cards(items: Sequence[Item], sentences: dict) -> list[ReportCard]:
    cards = []
    for item in items:
        clause = " ".join(item.text.split())
        body = Text(clause, style="bold")
        sentence = " ".join((sentences.get(item.ref) or "").split())
        if sentence and sentence != clause:          # the whole sentence, unless the clause is all of it
            body.append("\n\n" + sentence, style="italic")
        cards.append(ReportCard(item, body))
    return cards


class StoryScreen(Screen[Item | None]):
    """One row per story; Enter shows its reports side by side, and Enter on a report closes
    the story timeline answering that report (the app opens its passage)."""

    DEFAULT_CSS = """
    StoryScreen { layout: vertical; }
    StoryScreen #stories-title { height: 1; padding: 0 1; text-style: bold; }
    StoryScreen DataTable { height: 1fr; }
    """

    BINDINGS = [Binding("escape,q", "close", "Close"), Binding("m", "multi", "Several sources only")]

    def __init__(self, title: str, load: Callable[[bool], list[dict]],
                 load_reports: Callable[[int], tuple[list[Item], dict]]) -> None:
        super().__init__()
        self.title_text = title
        self.load = load
        self.load_reports = load_reports
        self.multi = False
        self.rows: list[dict] = []

    def compose(self) -> ComposeResult:
        yield Static(Text(self.title_text), id="stories-title", markup=False)
        yield DataTable(id="stories", cursor_type="row", zebra_stripes=True)
        yield Footer()

    def on_mount(self) -> None:
        table = self.query_one(DataTable)
        table.add_columns("date", "type", "actors", "sources", "first report", "latest report", "what")
        table.focus()
        self._load()

    @work(thread=True, exclusive=True, group="stories")
    def _load(self) -> None:
        rows = self.load(self.multi)
        if not get_current_worker().is_cancelled:
            self.app.call_from_thread(self.show, rows)

    def show(self, rows: list[dict]) -> None:
        self.rows = rows
        table = self.query_one(DataTable)
        table.clear()
        for r in rows:
            n = r["sources"]
            table.add_row(
                Text(r["first_date"] or "undated"), Text(r["type"]),
                Text(" ↔ ".join(r["actors"]) or "?"),
                Text(f"{n} source{'s' if n != 1 else ''}", style="bold" if n > 1 else "dim"),
                Text(r["first_reported"] or "?"), Text(r["last_reported"] or "?"),
                Text(r.get("what") or ""), key=str(r["story"]))
        shown = "several sources only" if self.multi else "all"
        self.query_one("#stories-title", Static).update(
            Text(f"{self.title_text} · {len(rows):,} stories ({shown}) · Enter: its reports · m: toggle"))

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        event.stop()
        if event.cursor_row < len(self.rows):
            self._open(self.rows[event.cursor_row])

    @work(thread=True, exclusive=True, group="reports")
    def _open(self, row: dict) -> None:
        items, sentences = self.load_reports(row["story"])
        if not get_current_worker().is_cancelled:
            self.app.call_from_thread(self._show_reports, row, items, sentences)

    def _show_reports(self, row: dict, items: list[Item], sentences: dict) -> None:
        n = row["sources"]
        title = Text(f"{row['type']}  {' ↔ '.join(row['actors']) or '?'}  ·  {n} source{'s' if n != 1 else ''}"
                     f"  ·  reported {row['first_reported'] or '?'} … {row['last_reported'] or '?'}"
                     f"  ·  Enter: open the passage · ←/→ · Esc: back")

        def chosen(item: Item | None) -> None:
            if item is not None:
                self.dismiss(item)

        self.app.push_screen(ReportsScreen(title, report_cards(items, sentences)), chosen)

    def action_multi(self) -> None:
        self.multi = not self.multi
        self._load()

    def action_close(self) -> None:
        self.dismiss(None)
