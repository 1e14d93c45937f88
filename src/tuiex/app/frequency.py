"""The frequency view (Shift+F, after VisiData's): how many items of the current view there are
by type, actor, dyad or month, in a table whose columns sort; Enter narrows the timeline to a
value. Counting is the store's (`Reader.frequencies`), read in a thread worker."""

from __future__ import annotations

from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.coordinate import Coordinate
from textual.screen import ModalScreen
from textual.widgets import DataTable, Footer, Static
from textual.worker import get_current_worker

from ..store.read_records import FREQ_BY, Freq, View
from ..store.reader import Reader

TITLES = {"type": "type", "actor": "actor", "dyad": "dyad (source → target)", "month": "month"}


class FrequencyScreen(ModalScreen[View | None]):
    """Counts of the view by one dimension; dismissed with the view of the chosen value."""

    BINDINGS = [
        Binding("escape,q", "dismiss(None)", "Close"),
        Binding("1", "by('type')", "type"),
        Binding("2", "by('actor')", "actor"),
        Binding("3", "by('dyad')", "dyad"),
        Binding("4", "by('month')", "month"),
        Binding("s", "sort", "Sort"),
        Binding("enter", "choose", "Filter", priority=True),
    ]

    def __init__(self, reader: Reader, view: View, by: str = "type") -> None:
        super().__init__()
        self.reader = reader
        self.view = view
        self.by = by
        self.freqs: list[Freq] = []
        self.sort_column = "count"
        self.sort_reverse = True

    def compose(self) -> ComposeResult:
        with Vertical(id="freq-body"):
            yield Static("", id="freq-title", markup=False)
            yield DataTable(id="freq-table", cursor_type="row", zebra_stripes=True)
        yield Footer()

    @property
    def table(self) -> DataTable:
        return self.query_one(DataTable)

    def on_mount(self) -> None:
        self.table.add_column("value", key="value")
        self.table.add_column("count", key="count")
        self.table.add_column("%", key="share")
        self.action_by(self.by)

    def action_by(self, by: str) -> None:
        self.by = by
        self._title("counting…")
        self._count(by)

    def _title(self, extra: str = "") -> None:
        what = self.view.label or "everything"
        dims = "  ".join(f"{i}:{d}" for i, d in enumerate(FREQ_BY, 1))
        text = (f"Frequency by {TITLES[self.by]} · view: {what} · {extra}\n"
                f"{dims} · s: sort · click a header: sort by it · Enter: filter")
        self.query_one("#freq-title", Static).update(text)

    @work(thread=True, exclusive=True, group="frequency", exit_on_error=False)
    def _count(self, by: str) -> None:
        worker = get_current_worker()
        try:
            freqs = self.reader.frequencies(self.view, by, should_stop=lambda: worker.is_cancelled)
        except Exception as e:  # noqa: BLE001 - said, never a traceback
            self.app.call_from_thread(self._title, f"could not count: {e}")
            return
        if not worker.is_cancelled:
            self.app.call_from_thread(self._show, by, freqs)

    def _show(self, by: str, freqs: list[Freq]) -> None:
        if by != self.by:
            return
        self.freqs = freqs
        total = sum(f.n for f in freqs) or 1
        table = self.table
        table.clear()
        for i, f in enumerate(freqs):
            table.add_row(Text(f.label), Text(f"{f.n:,}", justify="right"),
                          Text(f"{100 * f.n / total:.1f}", justify="right"), key=str(i))
        self._sort()
        what = "rows" if by != "actor" else "rows (an event counts for both its actors)"
        self._title(f"{len(freqs):,} {what}")

    def _sort(self) -> None:
        column = self.sort_column
        if column == "value":
            self.table.sort("value", key=lambda v: v.plain.casefold(), reverse=self.sort_reverse)
        else:
            self.table.sort(column, key=lambda v: float(v.plain.replace(",", "")),
                            reverse=self.sort_reverse)
        self.table.move_cursor(row=0)

    def action_sort(self) -> None:
        """s: by count (most first), then by value (A–Z), and back."""
        if self.sort_column == "count":
            self.sort_column, self.sort_reverse = "value", False
        else:
            self.sort_column, self.sort_reverse = "count", True
        self._sort()

    def on_data_table_header_selected(self, event: DataTable.HeaderSelected) -> None:
        column = str(event.column_key.value)
        column = "count" if column == "share" else column
        if column == self.sort_column:
            self.sort_reverse = not self.sort_reverse
        else:
            self.sort_column, self.sort_reverse = column, column != "value"
        self._sort()

    def current(self) -> Freq | None:
        table = self.table
        if not self.freqs or table.cursor_row is None or table.row_count == 0:
            return None
        key = table.coordinate_to_cell_key(Coordinate(table.cursor_row, 0)).row_key.value
        return self.freqs[int(key)] if key is not None else None

    def action_choose(self) -> None:
        f = self.current()
        if f is None or f.view is None:
            self.app.bell()
            return
        self.dismiss(f.view)
