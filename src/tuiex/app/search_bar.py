"""The search box: `/` opens it, the timeline narrows as you type, Escape restores it."""

from __future__ import annotations

from dataclasses import dataclass

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.message import Message
from textual.widgets import Input, Label, Static

PLACEHOLDER = 'words "phrases" actor:lavrov type:ASSAULT from:2016-07 to:2016-08 quote:'


class SearchInput(Input):
    BINDINGS = [
        Binding("escape", "cancel", "Close search", show=True),
        Binding("up", "history(-1)", "Earlier search", show=False),
        Binding("down", "history(1)", "Later search", show=False),
    ]

    def action_cancel(self) -> None:
        self.post_message(SearchBar.Cancelled())

    def action_history(self, step: int) -> None:
        bar = self.parent.parent if self.parent is not None else None
        if isinstance(bar, SearchBar):
            bar.step_history(step)


class SearchBar(Vertical):
    """A one-line query box, and under it, when needed, a short explanation of what is wrong."""

    @dataclass
    class Changed(Message):
        text: str

    @dataclass
    class Submitted(Message):
        text: str

    class Cancelled(Message):
        pass

    def compose(self) -> ComposeResult:
        with Horizontal(id="search-row"):
            yield Label("Search", id="search-label")
            yield SearchInput(placeholder=PLACEHOLDER, compact=True, id="search-input")
        yield Static("", id="search-error", markup=False)

    @property
    def input(self) -> SearchInput:
        return self.query_one(SearchInput)

    @property
    def is_open(self) -> bool:
        return self.has_class("-open")

    mode = "filter"             # "filter": the timeline narrows; "find": n/N go through matches

    def __init__(self, *args, history: list[str] | None = None, **kw) -> None:
        super().__init__(*args, **kw)
        self.history: list[str] = list(history or [])     # earlier searches, oldest first
        self._at = len(self.history)                       # where Up/Down are in it
        self._draft = ""                                   # what was typed before Up
        self._error = ""                                   # the error shown under the box

    def remember(self, text: str) -> None:
        """Add a search to the history (once: an earlier copy moves to the end)."""
        text = text.strip()
        if text:
            if text in self.history:
                self.history.remove(text)
            self.history.append(text)
        self._at = len(self.history)

    def step_history(self, step: int) -> None:
        """Up (-1) / Down (1): earlier / later searches; past the newest, what was typed."""
        if not self.history:
            return
        if self._at == len(self.history):
            self._draft = self.input.value
        at = max(0, min(self._at + step, len(self.history)))
        if at == self._at:
            self.app.bell()
            return
        self._at = at
        text = self.history[at] if at < len(self.history) else self._draft
        self.input.value = text
        self.input.cursor_position = len(text)

    def open(self, text: str = "", mode: str = "filter") -> None:
        self.mode = mode
        self._at = len(self.history)
        self.query_one("#search-label", Label).update("Find" if mode == "find" else "Search")
        self.add_class("-open")
        self.input.value = text
        self.input.cursor_position = len(text)
        self.show_error(None)
        # focus now, not after a refresh (Widget.focus defers): keys typed right after "/"
        # must land in the box, not on the timeline
        self.screen.set_focus(self.input)

    def close(self) -> None:
        self.remove_class("-open")
        self.show_error(None)

    def show_error(self, message: str | None) -> None:
        err = self.query_one("#search-error", Static)
        if (message or "") == self._error:
            return          # every search clears it: an update would lay the screen out again
        self._error = message or ""
        err.update(self._error)
        err.set_class(bool(message), "-visible")

    @on(Input.Changed, "#search-input")
    def _changed(self, event: Input.Changed) -> None:
        event.stop()
        self.post_message(self.Changed(event.value))

    @on(Input.Submitted, "#search-input")
    def _submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.post_message(self.Submitted(event.value))
