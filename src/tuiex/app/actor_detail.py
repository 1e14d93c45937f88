"""The actor pane: who the actor under focus is, how often they act and speak, with whom, and
what they said. One OptionList, so a small pane scrolls as a whole; facts are disabled options,
counterparts and quotes can be opened."""

from __future__ import annotations

from dataclasses import dataclass

from rich.text import Text
from textual.binding import Binding
from textual.content import Content
from textual.message import Message
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from ..store.read_records import ActorDetail as Detail
from ..store.read_records import Item
from .keys import vim_keys


class ActorDetail(OptionList):
    ALLOW_MAXIMIZE = True

    BINDINGS = [
        *vim_keys(down="cursor_down", up="cursor_up", first="first", last="last"),
        Binding("f", "filter", "Filter timeline"),
        Binding("d", "dyad", "Trend with"),
    ]

    @dataclass
    class OpenActor(Message):
        actor_id: int

    @dataclass
    class OpenQuote(Message):
        item: Item

    @dataclass
    class Filter(Message):
        actor_id: int
        name: str

    @dataclass
    class OpenDyad(Message):
        actor_id: int
        name: str
        other_id: int | None = None
        other_name: str | None = None

    def __init__(self, **kw) -> None:
        super().__init__(**kw)
        self.detail: Detail | None = None

    def on_mount(self) -> None:
        self.show(None)

    def show(self, detail: Detail | None) -> None:
        self.detail = detail
        self.clear_options()
        if detail is None:
            self.add_option(Option(Text("Move to an event to see its actor; a / A open one."),
                                   disabled=True))
            self.border_subtitle = ""
            return
        head = Text()
        head.append(detail.name, style="bold")
        facts = " · ".join(p for p in (detail.type, detail.country, detail.role) if p)
        if facts:
            head.append("\n" + facts)
        options: list[Option | None] = [Option(head, disabled=True)]
        if detail.aliases:
            options.append(Option(Text("aka " + ", ".join(detail.aliases)), disabled=True))
        numbers = Text(
            f"{_n(detail.n_events, 'event')} ({detail.n_as_source:,} as source, "
            f"{detail.n_as_target:,} as target) · {_n(detail.n_quotes, 'quote')}")
        seen = f"seen {detail.first_seen or '?'} … {detail.last_seen or '?'}"
        numbers.append(f"\n{seen} · {_n(detail.n_mentions, 'mention')}")
        options.append(Option(numbers, disabled=True))
        options.append(Option(Text("▸ Show their events in the timeline (f)"), id="filter"))
        if detail.counterparts:
            options.append(None)
            options.append(Option(Text("Acts most with", style="bold"), disabled=True))
            width = max(len(f"{n:,}") for _, _, n in detail.counterparts)
            for actor_id, name, n in detail.counterparts:
                options.append(Option(Text(f"{n:>{width},}  {name}"), id=f"actor:{actor_id}"))
        if detail.quotes:
            options.append(None)
            shown = len(detail.quotes)
            more = f" (first {shown} of {detail.n_quotes:,})" if detail.n_quotes > shown else ""
            options.append(Option(Text(f"Quotes{more}", style="bold"), disabled=True))
            for i, q in enumerate(detail.quotes):
                line = Text(f"{q.date or 'undated'}  ", style="dim")
                line.append(f"“{' '.join(q.text.split())}”")
                options.append(Option(line, id=f"quote:{i}"))
        self.add_options(options)
        self.border_subtitle = Content(detail.name)        # a name from an article: no markup
        self.highlighted = next(
            (i for i, o in enumerate(self.options) if o.id == "filter"), None)
        self.call_after_refresh(self.scroll_home, animate=False)

    @property
    def highlighted_quote(self) -> Item | None:
        if self.detail is None or self.highlighted is None:
            return None
        option = self.get_option_at_index(self.highlighted)
        if option.id and option.id.startswith("quote:"):
            return self.detail.quotes[int(option.id.split(":")[1])]
        return None

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        oid = event.option.id or ""
        if self.detail is None:
            return
        if oid == "filter":
            self.action_filter()
        elif oid.startswith("actor:"):
            self.post_message(self.OpenActor(int(oid.split(":")[1])))
        elif oid.startswith("quote:"):
            self.post_message(self.OpenQuote(self.detail.quotes[int(oid.split(":")[1])]))

    def action_dyad(self) -> None:
        """The dyad view: with the counterpart under the cursor ("with Turkey"), else everyone."""
        if self.detail is None:
            return
        other: int | None = None
        if self.highlighted is not None:
            oid = self.get_option_at_index(self.highlighted).id or ""
            if oid.startswith("actor:"):
                other = int(oid.split(":")[1])
        names = {aid: name for aid, name, _ in self.detail.counterparts}
        self.post_message(self.OpenDyad(self.detail.id, self.detail.name, other,
                                            names.get(other) if other is not None else None))

    def action_filter(self) -> None:
        if self.detail is not None:
            self.post_message(self.Filter(self.detail.id, self.detail.name))


def _n(n: int, word: str) -> str:
    return f"{n:,} {word}" + ("" if n == 1 else "s")
