"""The dyad view: how two actors (or one and everyone) cooperated and clashed over time.

Four sparkline rows (Textual's Sparkline), one per PLOVER quad class, one bar per period, above a
table of the periods; the totals per class and per type are on the right. Enter on a period
closes the view and shows that period's events between the two in the timeline (Escape there
comes back). `w` / `m` switch between weeks and months.

The counts are read by a callable the app passes in (`load(unit) -> Trend`), run in a thread
worker: no SQL here."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial

from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import Screen
from textual.widgets import DataTable, Sparkline, Static
from textual.worker import get_current_worker

from ..store.dyads import QUAD_OF, QUADS, Trend

SHORT = {"verbal cooperation": "v.coop", "material cooperation": "m.coop",
         "verbal conflict": "v.confl", "material conflict": "m.confl"}
COLORS = {"verbal cooperation": ("#1f5f3f", "#4fd18b"), "material cooperation": ("#1f4f6f", "#4fb3ff"),
          "verbal conflict": ("#6f5f1f", "#ffd24f"), "material conflict": ("#6f1f1f", "#ff5f5f")}


@dataclass(frozen=True)
class PeriodChoice:
    """What Enter on a period answers: the timeline bounds (date_lo inclusive, date_hi exclusive,
    as the store's ISO dates at their precision sort) and a label."""

    date_lo: str
    date_hi: str
    label: str


class DyadScreen(Screen[PeriodChoice | None]):
    DEFAULT_CSS = """
    DyadScreen { layout: vertical; }
    DyadScreen #dyad-title { height: 1; padding: 0 1; text-style: bold; }
    DyadScreen #dyad-top { height: auto; }
    DyadScreen #dyad-bars { width: 1fr; height: auto; padding: 0 1; }
    DyadScreen .quad-row { height: 2; }
    DyadScreen .quad-label { width: 26; }
    DyadScreen Sparkline { width: 1fr; height: 2; }
    DyadScreen #dyad-totals { width: 34; height: auto; padding: 0 1; border-left: solid $primary; }
    DyadScreen #dyad-periods { height: 1fr; }
    DyadScreen #dyad-note { height: 1; padding: 0 1; background: $panel; }
    """

    BINDINGS = [
        Binding("escape,q", "close", "Close"),
        Binding("w", "unit('week')", "Weeks"),
        Binding("m", "unit('month')", "Months"),
    ]

    def __init__(self, title: str, load: Callable[[str], Trend], unit: str = "month",
                 trend: Trend | None = None) -> None:
        """`trend`: the counts already read (the app reads them before pushing the screen, so
        the view is drawn once, with its data); else they are read on mount."""
        super().__init__()
        self.title_text = title
        self.load = load
        self.unit = trend.unit if trend is not None else unit
        self.trend: Trend | None = None
        self._first = trend

    def compose(self) -> ComposeResult:
        first = self._first
        yield Static(Text(self.title_text), id="dyad-title", markup=False)
        with Horizontal(id="dyad-top"):
            with Vertical(id="dyad-bars"):
                for q in QUADS:
                    low, high = COLORS[q]
                    key = q.replace(" ", "-")
                    with Horizontal(classes="quad-row"):
                        yield Static(_label(q, first), classes="quad-label", id=f"label-{key}", markup=False)
                        yield Sparkline(_series(q, first), id=f"spark-{key}", min_color=low,
                                        max_color=high, summary_function=sum)
            yield Static(_totals(first), id="dyad-totals", markup=False)
        yield DataTable(id="dyad-periods", cursor_type="row", zebra_stripes=True)
        yield Static("", id="dyad-note", markup=False)     # its keys too: no Footer, which costs
                                                            # a fifth of the time to show the view

    def on_mount(self) -> None:
        table = self.query_one(DataTable)
        table.add_columns("period", *(SHORT[q] for q in QUADS), "total")
        table.focus()
        if self._first is not None:
            # the bars and totals are composed with the data; the table of periods (hundreds of
            # rows on a big store) is filled once they are on screen
            self.call_after_refresh(self._fill, self._first)
        else:
            self._load(self.unit)

    @work(thread=True, exclusive=True, group="dyad")
    def _load(self, unit: str) -> None:
        trend = self.load(unit)
        if not get_current_worker().is_cancelled:
            self.app.call_from_thread(self.show, trend)

    def show(self, trend: Trend) -> None:
        for q in QUADS:
            key = q.replace(" ", "-")
            self.query_one(f"#spark-{key}", Sparkline).data = _series(q, trend)
            self.query_one(f"#label-{key}", Static).update(_label(q, trend))
        self.query_one("#dyad-totals", Static).update(_totals(trend))
        self._fill(trend)

    def _fill(self, trend: Trend) -> None:
        """The title, the table of periods and the note (the screen's own children)."""
        self.trend = trend
        self.unit = trend.unit
        self.query_one("#dyad-title", Static).update(
            Text(f"{self.title_text} · by {trend.unit} · {trend.total:,} events"))
        table = self.query_one(DataTable)
        table.clear()
        table.add_rows([(p.label, *(_cell(p.counts[q]) for q in QUADS), _cell(p.total))
                        for p in trend.periods])
        note = ["Enter: the period's events · w/m: weeks/months · Esc: close"]
        if trend.periods:
            note.append(f"{trend.periods[0].label} … {trend.periods[-1].label}")
        if trend.imprecise or trend.undated:
            note.append(f"not in a {trend.unit}: {trend.imprecise:,} dated more coarsely, "
                        f"{trend.undated:,} undated")
        self.query_one("#dyad-note", Static).update(Text(" · ".join(note)))

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        event.stop()
        if self.trend is None or event.cursor_row >= len(self.trend.periods):
            return
        p = self.trend.periods[event.cursor_row]
        if self.trend.unit == "month":
            lo, hi = p.label, p.end[:7]
        else:
            lo, hi = p.start, p.end
        self.dismiss(PeriodChoice(lo, hi, p.label))

    def action_close(self) -> None:
        self.dismiss(None)

    def action_unit(self, unit: str) -> None:
        if unit != self.unit:
            self.unit = unit
            self._load(unit)


def _series(q: str, trend: Trend | None) -> list[int]:
    return [p.counts[q] for p in trend.periods] or [0] if trend is not None else [0]


def _label(q: str, trend: Trend | None) -> Text:
    return Text(f"{q:<21}{trend.by_quad[q]:>4,}" if trend is not None else q)


def _totals(trend: Trend | None) -> Text:
    totals = Text()
    totals.append("per type\n", style="bold")
    for t, n in (trend.by_type.items() if trend is not None else ()):
        totals.append(f"{t:<11}{n:>6,}  ")
        totals.append(SHORT.get(QUAD_OF.get(t, ""), "") + "\n", style="dim")
    return totals


def _cell(n: int) -> Text:
    return Text(f"{n:,}" if n else "·", justify="right", style="" if n else "dim")


_DYAD = re.compile(r"^\s*(?:dyad|trend)\b\s*:?\s*", re.IGNORECASE)
_SPLIT = re.compile(r"\s*(?:[–—/,]|\s-\s|\band\b|\bvs\.?|\bwith\b)\s*", re.IGNORECASE)


def dyad_hits(app, query: str, limit: int = 4) -> list[tuple[str, Callable[[], None], str]]:
    """Palette entries "dyad: Russia – Turkey" for a query such as "dyad russia turkey",
    "dyad: Russia – Turkey" or "dyad lavrov" (with everyone). Runs in a thread (actor lookups)."""
    m = _DYAD.match(query)
    if not m:
        return []
    rest = query[m.end():].strip()
    parts = [p for p in _SPLIT.split(rest) if p.strip()]
    reader = app.reader
    if not parts or len(parts) > 2:
        return []
    out: list[tuple[str, Callable[[], None], str]] = []
    if len(parts) == 1:
        for h in reader.match_actors(parts[0], prefix=True, limit=limit):
            out.append((f"dyad: {h.name} – everyone", partial(app.open_dyad, h.id, h.name),
                        "Cooperation and conflict over time"))
        if len(parts[0].split()) != 2:
            return out
        parts = parts[0].split()            # "dyad russia turkey": two actors, one word each
    firsts = reader.match_actors(parts[0], prefix=True, limit=limit)
    seconds = reader.match_actors(parts[1], prefix=True, limit=limit)
    for h in firsts[:2]:
        for k in seconds[:2]:
            if h.id != k.id:
                out.append((f"dyad: {h.name} – {k.name}", partial(app.open_dyad, h.id, h.name, k.id, k.name),
                            "Cooperation and conflict between the two over time"))
    return out
