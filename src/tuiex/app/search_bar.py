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
    BINDINGS = [Binding("escape", "cancel", "Close search", show=True)]

    def action_cancel(self) -> None:
        self.post_message(SearchBar.Cancelled())


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

    def open(self, text: str = "", mode: str = "filter") -> None:
        self.mode = mode
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
        err.update(message or "")
        err.set_class(bool(message), "-visible")

    @on(Input.Changed, "#search-input")
    def _changed(self, event: Input.Changed) -> None:
        event.stop()
        self.post_message(self.Changed(event.value))

    @on(Input.Submitted, "#search-input")
    def _submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.post_message(self.Submitted(event.value))
