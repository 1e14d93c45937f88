"""The timeline: every event (and, toggled, quote) in date order, as a virtual list.

A Line-API `ScrollView` (after Toolong's log view): `virtual_size` is the number of rows,
`render_line(y)` paints one row from an LRU cache of pages, and pages missing from the cache are
fetched by a thread worker while a placeholder is painted. Nothing loads every event; a store of
a million opens and scrolls like the sample one.
"""

from __future__ import annotations

import re
import textwrap
import time
from dataclasses import dataclass
from typing import Self

from rich.cells import cell_len
from rich.style import Style
from rich.text import Text
from textual import events, work
from textual.binding import Binding
from textual.cache import LRUCache
from textual.geometry import Region, Size
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.strip import Strip
from textual.worker import get_current_worker

from ..store.read_records import END, Cancelled, Count, Item, Key, ShouldStop, View
from ..store.reader import Reader
from ..store.search import QueryError, kind_of_type
from .highlight import component_style, find_terms
from .keys import vim_keys

PAGE = 100
COUNT_CAP = 10_000
FIRST_SCREEN_BUDGET = 0.05     # seconds the mount may spend reading the first page itself
EXACT_COUNT_BUDGET = 3.0        # seconds spent counting exactly, in the background
LOADING_PAINT = 0.1             # seconds a new view's rows may take before it is painted as loading

DAY = Binding.Group("day", compact=True)
MONTH = Binding.Group("month", compact=True)
ACTOR = Binding.Group("actor", compact=True)

DATE_W, TYPE_W = 11, 9     # the date column holds "2016-08 mon", "2016 yr", "2016-07-01"
PRECISION = {"day": "", "month": "mon", "year": "yr"}
MIN_ACTION = 26         # the action column is never narrower than this while others can go
DROP_ORDER = ("type", "target", "date", "source")   # first to go at narrow widths
PHRASE_WORDS = 7        # words of the action phrase after the trigger, at most
# where a clause ends: the action phrase stops before these
_CLAUSE_END = re.compile(
    r"[,;:.!?()\[\]\"“”—–]|\s(?:and|but|while|whereas|after|before|because|which|who|when|as|"
    r"although|though|since|until|if|that|said|says)\s", re.IGNORECASE)


_DANGLING = frozenset(
    "a an the of to on in at for by with from during following despite amid including between "
    "its his her their this that these those".split())


def columns(width: int) -> dict[str, int]:
    """The row's columns and their widths at `width` cells: the action takes what is left,
    and columns are dropped in DROP_ORDER until it has at least MIN_ACTION (or half the row)."""
    source_w = max(8, min(width // 7, 20))
    target_w = max(8, min(width // 7, 20))
    cols = {"date": DATE_W, "type": TYPE_W, "source": source_w, "target": target_w}

    def left() -> int:
        return width - sum(cols.values()) - len(cols)

    least = min(MIN_ACTION, width // 2)
    for name in DROP_ORDER:
        if left() >= least:
            break
        del cols[name]
    cols["action"] = max(left(), 1)
    return cols


def fit(text: str, width: int) -> str:
    """`text` cut with an ellipsis and padded to `width` cells. A name too long for the
    column keeps its last word whole: "Vladimir Putin" → "V. Putin"."""
    words = text.split()
    if cell_len(text) > width and len(words) > 1 and words[0] != "→":
        short = " ".join([*(w[0] + "." for w in words[:-1]), words[-1]])
        if cell_len(short) <= width:
            text = short
    elif cell_len(text) > width and len(words) > 2 and words[0] == "→":
        return "→ " + fit(" ".join(words[1:]), width - 2)
    if cell_len(text) > width:
        text = text[:max(width - 1, 0)] + "…"
    return f"{text:<{width}}"


def action_phrase(item: Item) -> tuple[str, int]:
    """The event's action as read in its sentence: the trigger and the words after it up to
    the end of the clause (PHRASE_WORDS at most). Returns the phrase and the trigger's length
    in it. Two events of one sentence have different triggers, so their rows differ."""
    text = item.text
    if item.trigger_start is None or item.trigger_end is None:
        return " ".join(text.split()), 0
    ts, te = item.trigger_start - item.start, item.trigger_end - item.start
    if not (0 <= ts < te <= len(text)):
        return " ".join(text.split()), 0
    trigger = " ".join(text[ts:te].split())
    rest = text[te:]
    m = _CLAUSE_END.search(rest)
    if m is not None:
        rest = rest[:m.start()]
    words = rest.split()[:PHRASE_WORDS]
    while words and words[-1].casefold() in _DANGLING:
        words.pop()
    phrase = " ".join([trigger, *words])
    return phrase, len(trigger)


def detail_text(item: Item | None, cs, terms: tuple[tuple[str, bool], ...] = ()) -> Text:
    """The cursor row's whole sentence (or quote), the trigger emphasised and searched or found
    words marked: the detail line."""
    out = _detail(item, cs)
    start = out.plain.find(": ") + 2 if item is not None else 0
    for s, e in find_terms(out.plain[start:], terms):
        out.stylize(cs("timeline--match"), start + s, start + e)
    return out


def _detail(item: Item | None, cs) -> Text:
    if item is None:
        return Text("")
    if item.kind == "quote":
        out = Text(f"{item.source or 'unattributed'}: ", style=cs("timeline--actors"), end="")
        out.append(f"“{' '.join(item.text.split())}”")
        return out
    out = Text(end="")
    head = f"{item.type} {item.source or '?'}"
    if item.target:
        head += f" → {item.target}"
    out.append(head, cs("timeline--actors"))
    out.append(": ")
    text = item.text
    if item.trigger_start is not None and item.trigger_end is not None:
        ts, te = item.trigger_start - item.start, item.trigger_end - item.start
        if 0 <= ts < te <= len(text):
            before, trig, after = text[:ts], text[ts:te], text[te:]
            out.append(" ".join(before.split()) + (" " if before[-1:].isspace() else ""))
            out.append(" ".join(trig.split()), cs("timeline--trigger"))
            out.append((" " if after[:1].isspace() else "") + " ".join(after.split()))
            return out
    out.append(" ".join(text.split()))
    return out


@dataclass
class _Saved:
    view: View
    cursor: int
    scroll: int


class Timeline(ScrollView, can_focus=True):
    """Events and quotes in (date, kind, id) order; undated ones last, in their own group."""

    ALLOW_MAXIMIZE = True
    loading_paint = LOADING_PAINT

    BINDINGS = [
        *vim_keys(down="move(1)", up="move(-1)", first="first", last="last", half_page=True, arrows=True),
        Binding("pageup", "page(-1)", show=False),
        Binding("pagedown", "page(1)", show=False),
        Binding("enter", "open", "Open"),
        Binding("left_square_bracket", "group('day', -1)", "day", group=DAY),
        Binding("right_square_bracket", "group('day', 1)", "day", group=DAY),
        Binding("left_curly_bracket", "group('month', -1)", "month", group=MONTH),
        Binding("right_curly_bracket", "group('month', 1)", "month", group=MONTH),
        Binding("a", "actor('source')", "actor", group=ACTOR),
        Binding("A", "actor('target')", "actor", group=ACTOR),
    ]

    COMPONENT_CLASSES = {
        "timeline--cursor",
        "timeline--cursor-blurred",
        "timeline--date",
        "timeline--precision",
        "timeline--undated",
        "timeline--cooperative",
        "timeline--conflictual",
        "timeline--neutral",
        "timeline--quote",
        "timeline--actors",
        "timeline--summary",
        "timeline--trigger",
        "timeline--placeholder",
        "timeline--match",
        "timeline--empty",
    }

    def _cs(self, name: str) -> Style:
        """`component_style(self, name)`, kept until the next repaint: every row of a frame asks
        for the same dozen styles, each a few lookups and a Style sum (with `rich_style`, a walk
        up every ancestor, a third of the time to paint a screen of rows). Cleared where
        Textual clears its own component styles (`refresh`, `notify_style_update`), and rows
        are painted only after a refresh, so a frame never paints with the styles of an
        earlier one (a theme, a focus change)."""
        style = self._styles.get(name)
        if style is None:
            style = self._styles[name] = component_style(self, name)
        return style

    def _base_style(self) -> Style:
        """`rich_style` (a walk up every ancestor), kept as `_cs` keeps component styles."""
        style = self._styles.get("")
        if style is None:
            style = self._styles[""] = self.rich_style
        return style

    def _blurred_cursor(self) -> Style:
        """The cursor's background alone, when the timeline has no focus (kept as `_cs` keeps
        component styles)."""
        style = self._styles.get("-blurred")
        if style is None:
            full = self.get_component_rich_style("timeline--cursor-blurred")
            style = self._styles["-blurred"] = Style(bgcolor=full.bgcolor)
        return style

    def refresh(self, *regions: Region, repaint: bool = True, layout: bool = False,
                recompose: bool = False) -> Self:
        if repaint:
            self._styles.clear()
        return super().refresh(*regions, repaint=repaint, layout=layout, recompose=recompose)

    def notify_style_update(self) -> None:
        self._styles.clear()
        super().notify_style_update()

    # -- messages -------------------------------------------------------------------------------

    @dataclass
    class CursorMoved(Message):
        """The row under the cursor changed (item is None while its page loads)."""
        item: Item | None

    @dataclass
    class Opened(Message):
        item: Item

    @dataclass
    class OpenActor(Message):
        actor_id: int

    class StatusChanged(Message):
        def can_replace(self, message: Message) -> bool:
            return isinstance(message, Timeline.StatusChanged)

    def _status_changed(self) -> None:
        """Tell the app the status line's figures changed (cursor, range, count). Posted to the
        app itself, not bubbled up through the containers between (a queue hop each), so the
        status line is painted in the same frame as the rows it describes."""
        self.app.post_message(self.StatusChanged())

    @dataclass
    class Failed(Message):
        message: str

    # internal: results of thread workers, posted back to the widget itself

    @dataclass
    class ViewLoaded(Message, bubble=False):
        gen: int
        count: Count
        first: int
        items: list[Item]
        scroll: int
        cursor: int
        counting: bool = False      # `count` is a lower bound; the count follows (CountUpdated)

    @dataclass
    class ViewFailed(Message, bubble=False):
        """The view of `gen` could not be read: it shows no rows and says why (`message`)."""
        gen: int
        message: str

    @dataclass
    class CountUpdated(Message, bubble=False):
        gen: int
        count: Count

    @dataclass
    class CountDone(Message, bubble=False):
        """The view's own count has stopped (exact, or given up at its time budget)."""
        gen: int

    @dataclass
    class PageLoaded(Message, bubble=False):
        gen: int
        page: int
        items: list[Item]
        frame: int = 0

    @dataclass
    class JumpedAhead(Message, bubble=False):
        """A full-text jump's rows, read from its key before their row number is known (counting
        the hits before them takes longer than the rows): shown in a provisional frame."""
        gen: int
        jump: int
        key: Key | None             # the key just before the rows; None: the view's last rows
        items: list[Item]
        top: bool = True            # rows already loaded: the first at the top of the screen

    @dataclass
    class Placed(Message, bubble=False):
        """The real row of a provisional frame's first row (and, after G, the exact count)."""
        gen: int
        jump: int
        row: int
        total: int | None = None

    @dataclass
    class Jumped(Message, bubble=False):
        gen: int
        row: int | None
        top: bool
        key: Key | None = None      # the key at the row (on_item) or just before it
        on_item: bool = False

    # -- state ------------------------------------------------------------------------------------

    def __init__(self, reader: Reader, view: View | None = None, **kw) -> None:
        self._styles: dict[str, Style] = {}     # styles of the frame being painted (_cs)
        super().__init__(**kw)
        self.reader = reader
        self.view: View = view or View()
        self.cursor = 0
        self.is_loading = True
        self._failure: str | None = None    # why the view could not be read (ViewFailed)
        self._gen = 0
        self._pages: LRUCache[int, list[Item]] = LRUCache(64)
        self._anchors: dict[int, Key | None] = {0: None}
        self._firsts: dict[int, Key] = {}   # row -> a key every item above the row sorts before
        self._count: Count | None = None
        self._counting = False          # rows are on screen, their count is still being read
        self._to_end = False            # G pressed before the count was exact: go to the end once it is
        self._laid_out = False          # a first Resize came: the screen's rows are known
        self._jumps = 0                 # jumps started (so a late answer to an old one is ignored)
        self._frame = 0                 # row numbering: a provisional jump starts a new one
        self._placing: int | None = None    # the jump whose rows await their real row number
        self._frame_top = 0             # while placing, no row above this one is read
        self._view_counting = False     # the view's own count is running (_load_view)
        self._end_rows: int | None = None   # G's last rows, shown, wait for the view's exact count
        self._rows = 0
        self._inflight: frozenset[int] = frozenset()
        self._request_scheduled = False
        self._stack: list[_Saved] = []
        self.find_highlight: tuple[tuple[str, bool], ...] = ()     # find mode's words

    def on_mount(self) -> None:
        self._reset(self.view, 0, 0, keep=self._first_screen_now())

    def _first_screen_now(self) -> Key | None:
        """Read the first page in the mount itself, so that the first paint already has rows
        (the unfiltered first page is a few index reads on any store); the worker then reads
        the view as usual, keeping these rows on screen. A read slower than FIRST_SCREEN_BUDGET
        is abandoned to the worker."""
        deadline = time.monotonic() + FIRST_SCREEN_BUDGET
        try:
            items = self.reader.page(self.view, None, PAGE, should_stop=lambda: time.monotonic() > deadline)
        except Exception:  # noqa: BLE001 - Cancelled, or an error the worker will report
            return None
        if not items:
            return None
        self._store_page(0, items)
        self._set_rows(len(items) + (len(items) == PAGE))
        return items[0].key

    @property
    def count(self) -> Count | None:
        return self._count

    @property
    def rows(self) -> int:
        return self._rows

    @property
    def can_pop(self) -> bool:
        return bool(self._stack)

    @property
    def current_item(self) -> Item | None:
        return self.item_at(self.cursor)

    def item_at(self, row: int) -> Item | None:
        page = self._pages.get(row // PAGE)
        if page is None:
            return None
        i = row % PAGE
        return page[i] if i < len(page) else None

    def loaded_items(self) -> list[tuple[int, Item]]:
        """(row, item) of every row in the page cache (for tests and export of what is seen)."""
        out = []
        for p in sorted(self._pages.keys()):
            out += [(p * PAGE + i, it) for i, it in enumerate(self._pages[p])]
        return out

    # -- views ----------------------------------------------------------------------------------

    def push_view(self, view: View) -> None:
        """Show `view`; Escape (pop_view) comes back to the current one, cursor and all."""
        self._stack.append(_Saved(self.view, self.cursor, round(self.scroll_offset.y)))
        self._reset(view, 0, 0)

    def replace_view(self, view: View) -> None:
        """Show `view` in place of the current one (search as you type)."""
        if view != self.view:
            self._reset(view, 0, 0)
        else:                       # same rows (say "lav" became "lavrov"): new label, words
            self.view = view
            self.refresh()
            self._status_changed()

    def pop_view(self) -> bool:
        if not self._stack:
            return False
        saved = self._stack.pop()
        self._reset(saved.view, saved.cursor, saved.scroll)
        return True

    def reload(self) -> None:
        """Read the view again (the store has changed). The rows shown stay until the new ones
        arrive; the cursor stays on the same item, at the same height, when the view still
        holds it."""
        item = self.current_item
        self._reset(self.view, self.cursor, round(self.scroll_offset.y),
                    keep=item.key if item is not None else None)

    def _reset(self, view: View, cursor: int, scroll: int, keep: Key | None = None) -> None:
        """Show `view` from row `scroll`, the cursor on row `cursor` (or on the item `keep`,
        in which case what is on screen stays until the view is read)."""
        self._gen += 1
        self._failure = None
        # the old view's end read (a keyset walk that can be long) stops now, not when the new
        # view's own end read starts: that one may never start (its count capped or running)
        self.workers.cancel_group(self, "timeline-end")
        self.view = view
        self._inflight = frozenset()
        self.is_loading = True
        self._to_end = False
        self._placing = None
        self._end_rows = None
        self._view_counting = True
        self._frame += 1
        if keep is None:
            self._pages.clear()
            self._anchors = {0: None}
            self._firsts = {}
            self._count = None
            self._counting = False
            self.cursor = cursor
            # no rows until the view is read, but the scroll extent stays: dropping it to 0
            # here hid the scrollbar, and its rows showed it again, each a layout of the whole
            # screen and a repaint of every pane (~50-110 ms in tmux, between a search's key and
            # its rows). The rows' count sets the extent (on_timeline_view_loaded).
            self._rows = 0
        self._load_view(self._gen, view, cursor, scroll, keep)
        if keep is None:
            # what is on screen stays until the rows come, or LOADING_PAINT passes: a frame
            # painted "loading…" in between (a view's first page takes a few ms) held the rows
            # back by its own time on screen (tmux: 15-50 ms on a loaded machine)
            gen = self._gen
            self.set_timer(self.loading_paint, lambda: self._paint_loading(gen))
        else:
            self.refresh()
            self._status_changed()

    def _paint_loading(self, gen: int) -> None:
        """The view of `gen` is still being read: say so (no rows, "loading…")."""
        if gen == self._gen and self.is_loading:
            self.refresh()
            self._status_changed()

    def _set_rows(self, rows: int) -> None:
        """The timeline's scroll extent. Only its scrollbar and its own lines change, so the
        screen is not laid out again (as Textual's `_size_updated` does without layout): a
        layout of the whole screen on each new view and each count cost ~90 ms of the main
        thread on a loaded machine, between a search's key and its rows."""
        self._rows = rows
        size = Size(0, rows)
        if size != self.virtual_size:
            self.set_reactive(Timeline.virtual_size, size)
            self._scroll_update(size)
            self.refresh()

    @work(thread=True, exclusive=True, group="timeline-view", exit_on_error=False)
    def _load_view(self, gen: int, view: View, cursor: int, scroll: int,
                   keep: Key | None = None) -> None:
        worker = get_current_worker()
        shown: Count | None = None      # the rows are on screen: a failure after them is the count's

        def stop() -> bool:
            return worker.is_cancelled

        try:
            if keep is not None and self.reader.contains(view, keep):
                row = self.reader.position(view, keep, stop)
                scroll, cursor = max(0, scroll + row - cursor), row
            # The rows first, the count after: counting a common word's hits (even capped)
            # costs more than a screenful, and must never hold the rows back.
            first = (max(scroll, 0) // PAGE) * PAGE
            items = self.reader.page(view, None, PAGE, first, should_stop=stop)
            if not items and first:         # the view shrank below the old scroll position
                count = self.reader.count(view, cap=COUNT_CAP, should_stop=stop)
                first = (min(scroll, max(count.n - 1, 0)) // PAGE) * PAGE
                items = self.reader.page(view, None, PAGE, first, should_stop=stop)
            if len(items) < PAGE:           # the whole view, or its end: the count is known
                self.post_message(self.ViewLoaded(gen, Count(first + len(items)), first, items,
                                                  scroll, cursor))
                return
            shown = Count(first + PAGE, exact=False)
            self.post_message(self.ViewLoaded(gen, shown, first, items, scroll, cursor, counting=True))
            count = shown = self.reader.count(view, cap=COUNT_CAP, should_stop=stop)
            self.post_message(self.CountUpdated(gen, count))
            if not count.exact:
                # past its budget the count gives up, unless G's rows wait for it (one count
                # for both: the end's row number is the count less the rows shown)
                deadline = time.monotonic() + EXACT_COUNT_BUDGET
                exact = self.reader.count(view, should_stop=lambda: worker.is_cancelled or (
                    time.monotonic() > deadline and self._end_rows is None))
                self.post_message(self.CountUpdated(gen, exact))
        except Cancelled:
            return
        except Exception as e:  # noqa: BLE001 - shown in the app, never a traceback
            reason = str(e) if isinstance(e, QueryError) else f"could not read the store: {e}"
            if shown is None:
                self.post_message(self.ViewFailed(gen, reason))
            else:   # the rows read stay, "at least" this many, no longer counting; the app is told
                self.post_message(self.CountUpdated(gen, shown))
                self.post_message(self.Failed(reason))
        finally:
            self.post_message(self.CountDone(gen))

    def on_timeline_view_failed(self, message: ViewFailed) -> None:
        """The view could not be read: no rows, the reason in their place (not "loading…"
        for ever), and the app told."""
        self.post_message(self.Failed(message.message))
        if message.gen != self._gen:
            return
        self.is_loading = False
        self._failure = message.message
        self._pages.clear()
        self._count = Count(0)
        self._counting = False
        self._set_rows(0)
        self.cursor = 0
        self.refresh()
        self._status_changed()
        self.post_message(self.CursorMoved(None))

    def on_timeline_view_loaded(self, message: ViewLoaded) -> None:
        if message.gen != self._gen:
            return
        self.is_loading = False
        self._pages.clear()                 # (rows of the view before a reload)
        self._anchors = {0: None}
        self._firsts = {}
        self._count = message.count
        self._counting = message.counting
        self._store_page(message.first // PAGE, message.items)
        rows = message.count.n if message.count.exact else message.count.n + 1
        self._set_rows(rows)
        self.cursor = min(message.cursor, max(rows - 1, 0))
        self.scroll_to(y=message.scroll, animate=False, immediate=True)
        self._scroll_to_cursor()
        self.refresh()
        self._status_changed()
        self.post_message(self.CursorMoved(self.current_item))
        self._reach_end()       # G pressed while the view loaded, and its count came with its rows
        if message.count.exact and not self._counting:
            self._prefetch_end()

    def on_timeline_count_updated(self, message: CountUpdated) -> None:
        if message.gen != self._gen:
            return
        self._counting = False
        if self._placing is not None and self._end_rows is not None and message.count.exact:
            # G's last rows: the view's exact count numbers them (no second count)
            n = message.count.n
            self.on_timeline_placed(self.Placed(message.gen, self._placing, max(n - self._end_rows, 0), n))
            return
        if self._placing is not None:       # rows numbered provisionally: the count waits with them
            self._count = message.count
            self._status_changed()
            return
        if message.count.exact:
            self._count = message.count
            self._set_rows(message.count.n)
            self._reach_end()
            self._prefetch_end()
        else:                       # capped: at least this many (pages read may know more)
            self._count = message.count
            self._set_rows(max(self._rows, message.count.n + 1))
        self.refresh()
        self._status_changed()

    def on_timeline_count_done(self, message: CountDone) -> None:
        if message.gen != self._gen:
            return
        self._view_counting = False
        if self._end_rows is not None and self._placing is not None:
            # the view's count gave up before G's rows were waiting for it: count for them here
            self._count_end(self._gen, self._placing, self.view, self._end_rows)

    @work(thread=True, exclusive=True, group="timeline-count-end", exit_on_error=False)
    def _count_end(self, gen: int, jump: int, view: View, rows: int) -> None:
        """The exact count for G's last rows when the view's own count is not running."""
        worker = get_current_worker()
        try:
            total = self.reader.count(view, should_stop=lambda: worker.is_cancelled).n
            self.post_message(self.Placed(gen, jump, max(total - rows, 0), total))
        except Cancelled:
            return
        except Exception as e:  # noqa: BLE001
            self.post_message(self.Failed(f"could not read the store: {e}"))

    # -- pages ------------------------------------------------------------------------------------

    def _store_page(self, page: int, items: list[Item]) -> None:
        start = page * PAGE
        self._pages[page] = items
        if items:
            self._anchors[start + len(items)] = items[-1].key
            self._firsts[start] = items[0].key
        if self._placing is not None:
            if len(items) < PAGE:           # the view's end, in the provisional frame
                self._firsts[start + len(items)] = END
                self._set_rows(start + len(items))
            elif start + PAGE >= self._rows:
                self._set_rows(start + PAGE + 1)
            return
        if self._count is not None and not self._count.exact:
            if len(items) < PAGE:
                self._count = Count(start + len(items))
                self._set_rows(self._count.n)
                self._reach_end()
            elif start + PAGE >= self._rows:
                self._set_rows(start + PAGE + 1)

    def _schedule_request(self) -> None:
        if not self._request_scheduled:
            self._request_scheduled = True
            self.call_later(self._request_pages)

    def _request_pages(self) -> None:
        self._request_scheduled = False
        if self.is_loading or not self._rows:
            return
        top = round(self.scroll_offset.y)
        bottom = min(top + self.size.height, self._rows - 1)
        wanted = {top // PAGE, bottom // PAGE, self.cursor // PAGE}
        # a page ahead, and one behind, as Toolong reads ahead
        if (bottom + PAGE // 2) < self._rows:
            wanted.add((bottom + PAGE // 2) // PAGE)
        if top - PAGE // 2 >= 0:
            wanted.add((top - PAGE // 2) // PAGE)
        missing = frozenset(p for p in wanted if p not in self._pages and p * PAGE < self._rows
                            and (self._placing is None or p * PAGE >= self._frame_top))
        if missing and missing != self._inflight:
            self._inflight = missing
            firsts = dict(self._firsts)
            if self._count is not None and self._count.exact and not self._counting and self._placing is None:
                firsts[self._count.n] = END
            # the cursor's page first, then the rest of the screen, then the read-ahead: after a
            # jump (G) the rows under the cursor show without waiting for the page behind them
            on_screen = {top // PAGE, bottom // PAGE}
            order = sorted(missing, key=lambda p: (p != self.cursor // PAGE, p not in on_screen, p))
            self._load_pages(self._gen, self._frame, self.view, order, dict(self._anchors), firsts)

    def _read_page(self, view: View, start: int, anchors: dict[int, Key | None],
                   firsts: dict[int, Key], should_stop) -> list[Item]:
        """Rows start..start+PAGE, read by keyset from the nearest row whose key is known: down
        from an anchor above (`anchors`: row -> key of the row before it), or up from one below
        (`firsts`: row -> key of that row, or a key just before it), whichever skips fewer rows.
        So after any jump (`G`, `:DATE`, a group) paging up costs what paging down does."""
        end = start + PAGE
        at = max(pos for pos in anchors if pos <= start)
        best, how = start - at, ("down", at)
        for pos in firsts:
            if pos >= end and pos - end < best:
                best, how = pos - end, ("up", pos)
            elif start < pos < end and firsts[pos] == END and best > 0:
                best, how = 0, ("end", pos)         # the view ends inside this page
            elif start < pos < end and pos in anchors and best > 0:
                best, how = 0, ("split", pos)
        kind, pos = how
        if kind == "down":
            return self.reader.page(view, anchors[pos], PAGE, start - pos, should_stop=should_stop)
        if kind == "end":
            return self.reader.page_before(view, END, pos - start, should_stop=should_stop)
        if kind == "up":
            return self.reader.page_before(view, firsts[pos], PAGE, pos - end, should_stop=should_stop)
        return (self.reader.page_before(view, firsts[pos], pos - start, should_stop=should_stop)
                + self.reader.page(view, anchors[pos], end - pos, should_stop=should_stop))

    @work(thread=True, exclusive=True, group="timeline-pages", exit_on_error=False)
    def _load_pages(self, gen: int, frame: int, view: View, pages: list[int],
                    anchors: dict[int, Key | None], firsts: dict[int, Key]) -> None:
        worker = get_current_worker()
        try:
            for page in pages:
                start = page * PAGE
                items = self._read_page(view, start, anchors, firsts, lambda: worker.is_cancelled)
                if items:
                    anchors[start + len(items)] = items[-1].key
                    firsts[start] = items[0].key
                self.post_message(self.PageLoaded(gen, page, items, frame))
        except Cancelled:
            return
        except Exception as e:  # noqa: BLE001
            self.post_message(self.Failed(f"could not read the store: {e}"))

    def _last_screen_pages(self) -> list[int]:
        """The pages of the view's last screen (its count exact) not loaded yet: the last page,
        and the one before when the last holds fewer rows than the screen."""
        top = max(self._rows - max(self.size.height, 1), 0)
        return [p for p in range(top // PAGE, (self._rows - 1) // PAGE + 1) if p not in self._pages]

    def _prefetch_end(self) -> None:
        """Once the view's count is exact, its last screen's pages are read in the background
        (one keyset read back from the end), so that G paints them without a read of its own;
        `_read_last_page` still serves a G pressed before they arrive."""
        if self._rows and self._placing is None and (missing := self._last_screen_pages()):
            self._load_end(self._gen, self._frame, self.view, missing[0], self._rows)

    @work(thread=True, exclusive=True, group="timeline-end", exit_on_error=False)
    def _load_end(self, gen: int, frame: int, view: View, first: int, rows: int) -> None:
        worker = get_current_worker()
        for page, items in self._read_end(view, first, rows, lambda: worker.is_cancelled):
            self.post_message(self.PageLoaded(gen, page, items, frame))

    def _read_end(self, view: View, first: int, rows: int,
                  should_stop: ShouldStop) -> list[tuple[int, list[Item]]]:
        """Pages `first`.. of a view of `rows` rows (its count exact), in one keyset read back from
        its end, as (page, items); none when the read stops or fails (the page workers then read
        and report), or when the store changed under the count."""
        try:
            items = self.reader.page_before(view, END, rows - first * PAGE, should_stop=should_stop)
        except Exception:  # noqa: BLE001 - Cancelled, or an error the page workers will report
            return []
        if len(items) != rows - first * PAGE:
            return []
        return [(page, items[(page - first) * PAGE:(page - first + 1) * PAGE])
                for page in range(first, (rows - 1) // PAGE + 1)]

    def on_timeline_page_loaded(self, message: PageLoaded) -> None:
        if message.gen != self._gen or message.frame != self._frame:
            return
        self._inflight = self._inflight - {message.page}
        had_cursor = self.current_item is not None
        self._store_page(message.page, message.items)
        self.refresh()
        self._status_changed()
        if not had_cursor and self.cursor // PAGE == message.page:
            self.post_message(self.CursorMoved(self.current_item))

    # -- painting ---------------------------------------------------------------------------------

    def render_line(self, y: int) -> Strip:
        row = round(self.scroll_offset.y) + y
        width = self.scrollable_content_region.width
        base = self._base_style()
        if row >= self._rows:
            lines = self.empty_lines(width) if not self._rows and not self.is_loading else []
            if row < len(lines):
                return self._strip(Text(lines[row], style=self._cs("timeline--empty")), width, base)
            return Strip.blank(width, base)
        item = self.item_at(row)
        if item is None:
            self._schedule_request()
            text = Text("  …", style=self._cs("timeline--placeholder"))
        else:
            prev = self.item_at(row - 1) if row else None
            text = self.row_text(item, new_group=(row == 0 or prev is None or prev.date != item.date),
                                 width=width)
        if row == self.cursor:
            if self.has_focus:
                style = self._cs("timeline--cursor")
                text.stylize(style)
            else:
                style = self._blurred_cursor()
                text.stylize_before(style)
            return self._strip(text, width, base + style)
        return self._strip(text, width, base)

    def empty_lines(self, width: int) -> list[str]:
        """What an empty timeline says: why its view could not be read, nothing matches, or how
        to fill an empty store."""
        if self._failure is not None:
            paragraphs = [f"This view could not be read: {self._failure}",
                          ("Escape goes back to the view before; r" if self.can_pop else "r")
                          + " reads it again."]
        elif self.view.is_filtered or not self.view.events:
            paragraphs = ["Nothing matches."]
        else:
            paragraphs = ["The store is empty: it holds no events yet.",
                          f"Add articles with: tuiex ingest ARTICLES... --db {self.reader.path}",
                          "An ingest into it while this is open works too: then press r."]
        out: list[str] = []
        for p in paragraphs:
            out += ["  " + line for line in textwrap.wrap(p, max(width - 3, 8))]
        return out

    def _strip(self, text: Text, width: int, style: Style) -> Strip:
        text.truncate(width, overflow="ellipsis")
        segments = list(text.render(self.app.console))
        return Strip(segments).adjust_cell_length(width, style).apply_style(style)

    def row_text(self, item: Item, new_group: bool, width: int) -> Text:
        """One row that says what happened: date and precision (the date only where a day's
        group starts), type coloured by kind, then source, the action (the trigger emphasised
        and the words after it) and → target; a quote reads speaker: “words…”. At narrow
        widths columns go in `DROP_ORDER`; the action always stays."""
        cs = self._cs
        cols = columns(width)
        text = Text(no_wrap=True, end="")
        if "date" in cols:
            if new_group and item.date:
                prec = PRECISION.get(item.precision or "", "")
                text.append(item.date, cs("timeline--date"))
                if prec:
                    text.append(f" {prec}", cs("timeline--precision"))
                text.append(" " * (DATE_W - len(item.date) - (len(prec) + 1 if prec else 0)))
            elif new_group:
                text.append(f"{'undated':<{DATE_W}}", cs("timeline--undated"))
            else:
                text.append(" " * DATE_W)
            text.append(" ")
        if "type" in cols:
            if item.kind == "quote":
                text.append(f"{'QUOTE':<{TYPE_W}}", cs("timeline--quote"))
            else:
                text.append(f"{(item.type or '?')[:TYPE_W]:<{TYPE_W}}",
                            cs(f"timeline--{kind_of_type(item.type)}"))
            text.append(" ")
        match = cs("timeline--match")
        if item.kind == "quote":
            who = item.source or "unattributed"
            if "source" in cols:
                who = fit(who, cols["source"] - 1).rstrip() + ":"
                who = f"{who:<{cols['source']}}"
            else:
                who = fit(who, 15).rstrip() + ":"
            text.append(who, cs("timeline--actors"))
            text.append(" ")
            words = " ".join(item.text.split())
            start = len(text)
            text.append(f"“{words}”", cs("timeline--summary"))
            for s, e in find_terms(words, self.view.highlight + self.find_highlight):
                text.stylize(match, start + 1 + s, start + 1 + e)
            return text
        if "source" in cols:
            text.append(fit(item.source or "?", cols["source"]), cs("timeline--actors"))
            text.append(" ")
        phrase, trig = action_phrase(item)
        action = Text(no_wrap=True, end="")
        action.append(phrase, cs("timeline--summary"))
        action.stylize(cs("timeline--trigger"), 0, trig)
        if item.speculative:
            action.stylize("italic")
        for s, e in find_terms(phrase, self.view.highlight + self.find_highlight):
            action.stylize(match, s, e)
        target = f"→ {item.target}" if item.target else ""
        if "target" in cols:
            action.truncate(cols["action"], overflow="ellipsis", pad=True)
            text.append_text(action)
            text.append(" ")
            text.append(fit(target, cols["target"]), cs("timeline--actors"))
        else:                       # no target column: the target follows the action
            text.append_text(action)
            if target:
                text.append("  ")
                text.append(target, cs("timeline--actors"))
        return text

    # -- the cursor -------------------------------------------------------------------------------

    def move_to(self, row: int, *, top: bool = False) -> None:
        if not self._rows:
            return
        row = max(0, min(row, self._rows - 1))
        old = self.cursor
        self.cursor = row
        self._scroll_to_cursor(top=top)
        self.refresh_line(old)
        self.refresh_line(row)
        if old != row or top:
            self.post_message(self.CursorMoved(self.current_item))
        self._status_changed()

    def _scroll_to_cursor(self, top: bool = False) -> None:
        height = max(self.size.height, 1)
        y = round(self.scroll_offset.y)
        if top:
            target = self.cursor
        elif self.cursor < y:
            target = self.cursor
        elif self.cursor >= y + height:
            target = self.cursor - height + 1
        else:
            return
        self.scroll_to(y=target, animate=False, immediate=True)

    def watch_scroll_y(self, old: float, new: float) -> None:
        super().watch_scroll_y(old, new)
        self._status_changed()

    def on_resize(self) -> None:
        self._laid_out = True
        self._status_changed()

    def on_focus(self) -> None:
        self.refresh()

    def on_blur(self) -> None:
        self.refresh()

    def on_click(self, event: events.Click) -> None:
        offset = event.get_content_offset(self)
        if offset is None:
            return
        self.move_to(round(self.scroll_offset.y) + offset.y)
        if event.chain >= 2:
            self.action_open()

    def action_move(self, step: int) -> None:
        self._to_end = False
        self.move_to(self.cursor + step)

    def action_page(self, step: int) -> None:
        self._to_end = False
        self.move_to(self.cursor + step * max(self.size.height - 1, 1))

    def action_half_page(self, step: int) -> None:
        self._to_end = False
        self.move_to(self.cursor + step * max(self.size.height // 2, 1))

    def action_first(self) -> None:
        self._to_end = False
        self.move_to(0)

    def action_last(self) -> None:
        """G: the last row. While the count is still a lower bound ("≥10,000") the cursor goes
        to the last row known and on to the real end when the exact count arrives."""
        exact = self._count is not None and self._count.exact
        if self.view.fts and not exact and not self.is_loading:
            # the last rows by keyset from the end now, their row number when the count comes
            self._to_end = False
            self._start_jump("end", ())
            return
        self._to_end = not exact
        if exact and not self._counting and self._placing is None and self._rows:
            self._read_last_page()
        self.move_to(self._rows - 1)

    def _read_last_page(self) -> None:
        """The view's last rows, read here before the cursor moves onto them: one keyset read
        back from the end (a page, however large the view: Reader.page_before), so G paints
        its rows at once instead of placeholders, then waiting on a worker thread's messages.
        A read slower than FIRST_SCREEN_BUDGET (a filter whose last rows lie far back in the
        index it walks) is abandoned to the worker, as the mount's first page is: the key's
        handler never holds the screen longer than that."""
        # every page the last screen shows: a last page shorter than the screen ("85,505 rows",
        # 5 on the last page) needs the page before it too, or G paints placeholders for a worker
        missing = self._last_screen_pages()
        if not missing:
            return
        deadline = time.monotonic() + FIRST_SCREEN_BUDGET
        for page, items in self._read_end(self.view, missing[0], self._rows,
                                          lambda: time.monotonic() > deadline):
            self._store_page(page, items)

    def _reach_end(self) -> None:
        """The count just became exact: finish a pending G."""
        if self._to_end and self._count is not None and self._count.exact:
            self._to_end = False
            self.move_to(self._rows - 1)

    def action_open(self) -> None:
        item = self.current_item
        if item is not None:
            self.post_message(self.Opened(item))

    def action_actor(self, which: str) -> None:
        item = self.current_item
        if item is None:
            return
        actor_id = item.source_id if which == "source" else item.target_id
        if actor_id is None:
            self.notify(f"this {item.kind} has no {which if item.kind == 'event' else 'speaker'} actor",
                        severity="warning", timeout=3)
            return
        self.post_message(self.OpenActor(actor_id))

    # -- jumps ------------------------------------------------------------------------------------

    def action_group(self, unit: str, step: int) -> None:
        item = self.current_item
        if item is None:
            return
        self._start_jump("group", (item.key, unit, step))

    def goto_date(self, date: str) -> None:
        self._start_jump("date", (date,))

    def find(self, match: View, step: int) -> None:
        """Find mode: move to the next (1), previous (-1) or first from here (0) item of this
        view that is also in `match`; the view stays whole."""
        item = self.current_item
        self._start_jump("find", (match, item.key if item else None, step))

    @dataclass
    class NothingOn(Message):
        """`:` to a date the view has nothing on; the cursor goes to `nearest` (if any)."""
        date: str
        nearest: str | None

    @dataclass
    class Found(Message):
        index: int | None           # None: nothing matches
        total: int
        counting: bool = False      # the cursor is on the match; its index and the total follow

    def reveal(self, key: Key) -> None:
        """Put the cursor on the item with this key, if the view holds it."""
        self._start_jump("key", (key,))

    def _start_jump(self, how: str, args: tuple) -> None:
        self._jumps += 1
        self._jump(self._gen, self._jumps, self.view, how, args)

    @work(thread=True, exclusive=True, group="timeline-jump", exit_on_error=False)
    def _jump(self, gen: int, jump: int, view: View, how: str, args: tuple) -> None:
        worker = get_current_worker()

        def stop() -> bool:
            return worker.is_cancelled

        try:
            if how == "group":
                key, unit, step = args
                to = self.reader.group_key(view, key, unit, step, should_stop=stop)
                if to is None:
                    self.post_message(self.Jumped(gen, None, True))
                else:
                    self._jump_to(gen, jump, view, to, stop)
            elif how == "find":
                # the match by keyset, the cursor on it, and only then its numbers (the match's
                # row, its index among the matches and how many: counts of the hits before it)
                match, key, step = args
                to = self.reader.next_match(view, match, key, step, should_stop=stop)
                if to is None:
                    self.post_message(self.Found(None, 0))
                    return
                self.post_message(self.Found(0, 0, counting=True))
                self._jump_to(gen, jump, view, to, stop, on_item=True)
                index, total = self.reader.match_number(view, match, to, should_stop=stop)
                self.post_message(self.Found(index, total))
            elif how == "date":
                date = args[0]
                nearest = self.reader.nearest_date(view, date, should_stop=stop)
                if nearest is None:
                    self.post_message(self.NothingOn(date, None))
                    return
                if nearest != date:
                    self.post_message(self.NothingOn(date, nearest))
                self._jump_to(gen, jump, view, Key(0, nearest, -1, 0), stop)
            elif how == "end":
                # the last rows now; their row number comes from the view's own count (see
                # on_timeline_count_updated, _count_end), not from a second count beside it
                items = self.reader.page_before(view, END, PAGE, should_stop=stop)
                self.post_message(self.JumpedAhead(gen, jump, None, items))
            else:
                (key,) = args
                if self.reader.contains(view, key):
                    self.post_message(self.Jumped(gen, self.reader.position(view, key, stop), False,
                                                  key, on_item=True))
        except Cancelled:
            return
        except Exception as e:  # noqa: BLE001
            self.post_message(self.Failed(f"could not read the store: {e}"))

    def _jump_to(self, gen: int, jump: int, view: View, to: Key, stop, on_item: bool = False) -> None:
        """Rows from the key `to` on (in a jump worker); `on_item`: `to` is an item's key (find
        mode) and the cursor goes onto it without scrolling it to the top. In a full-text view
        the rows go first and their row number (the hits before `to`, counted) follows;
        otherwise the row is counted in the tables' indexes first, as cheap as the rows."""
        if not view.fts:
            self.post_message(self.Jumped(gen, self.reader.position(view, to, stop), not on_item, to,
                                          on_item=on_item))
            return
        after = to.just_before() if on_item else to
        items = self.reader.page(view, after, PAGE, should_stop=stop)
        self.post_message(self.JumpedAhead(gen, jump, after, items, top=not on_item))
        self.post_message(self.Placed(gen, jump, self.reader.position(view, to, stop)))

    def on_timeline_jumped_ahead(self, message: JumpedAhead) -> None:
        if message.gen != self._gen or message.jump != self._jumps:
            return
        items = message.items
        if not items:
            self.app.bell()
            return
        row = self._loaded_row(message.key, items[0].key)
        if row is not None:         # the rows are loaded already: their row number is known
            self._placing, self._end_rows = None, None
            self.post_message(self.Jumped(message.gen, row, message.key is not None and message.top, message.key))
            return
        # a new frame: the rows at a provisional row (a page boundary near the cursor, or past
        # every row known for the end), renumbered when the real row arrives (on_timeline_placed)
        at_end = message.key is None
        top = (max(self._rows, self.cursor + 1) // PAGE + 1) * PAGE if at_end else (self.cursor // PAGE) * PAGE
        self._frame += 1
        self._placing, self._frame_top = message.jump, top
        self._end_rows = len(items) if at_end else None
        exact = self._count is not None and self._count.exact and not self._counting
        if at_end and not exact and not self._view_counting:    # no count of the view to wait for
            self._count_end(self._gen, message.jump, self.view, len(items))
        self._pages.clear()
        self._inflight = frozenset()
        self._firsts = {top: items[0].key}
        self._anchors = {top: message.key if message.key is not None else items[0].key.just_before()}
        self._set_rows(max(self._rows, top + PAGE + 1))
        self._store_page(top // PAGE, items)
        if at_end:
            self._firsts[top + len(items)] = END
            self._set_rows(top + len(items))
        self.move_to(top + len(items) - 1 if at_end else top, top=not at_end)
        self.refresh()
        self._status_changed()
        if at_end and exact and self._count is not None:    # the count came meanwhile
            n = self._count.n
            self.on_timeline_placed(self.Placed(message.gen, message.jump, max(n - len(items), 0), n))

    def _loaded_row(self, key: Key | None, first: Key) -> int | None:
        """The row of the item `first` (the first at or after the jump key `key`) when the page
        cache holds it and the row before it (or it is row 0); None otherwise."""
        if key is None or self._placing is not None:
            return None
        for row, item in self.loaded_items():
            if item.key == first:
                before = self.item_at(row - 1) if row else None
                return row if row == 0 or (before is not None and before.key < first) else None
        return None

    def on_timeline_placed(self, message: Placed) -> None:
        """Renumber a provisional frame: every row read in it moves by the same amount."""
        if message.gen != self._gen or message.jump != self._placing:
            return
        delta = message.row - self._frame_top
        flat = {row + delta: item for row, item in self.loaded_items()}
        self._placing = None
        self._end_rows = None
        self._frame += 1            # pages still being read in the old numbering are dropped
        self._inflight = frozenset()
        self._anchors = {0: None, **{p + delta: k for p, k in self._anchors.items() if p + delta > 0}}
        self._firsts = {p + delta: k for p, k in self._firsts.items()}
        if message.total is not None:
            self._count, self._counting = Count(message.total), False
        ends = [p for p, k in self._firsts.items() if k == END]
        if self._count is not None and self._count.exact:
            self._set_rows(self._count.n)
        elif ends:
            self._count, self._counting = Count(ends[0]), False
            self._set_rows(ends[0])
        else:
            self._set_rows(max(self._rows + delta, (self._count.n + 1) if self._count else 0))
        self._pages.clear()
        for page in sorted({row // PAGE for row in flat}):
            rows = range(page * PAGE, min(page * PAGE + PAGE, self._rows))
            if all(r in flat for r in rows):
                self._pages[page] = [flat[r] for r in rows]
        scroll = round(self.scroll_offset.y) + delta
        self.cursor = max(0, min(self.cursor + delta, self._rows - 1))
        self.scroll_to(y=scroll, animate=False, immediate=True)
        self.refresh()
        self._schedule_request()
        self._status_changed()

    def on_timeline_jumped(self, message: Jumped) -> None:
        if message.gen != self._gen:
            return
        if message.row is None:
            self.app.bell()
            return
        row = message.row
        if message.key is not None:
            # the jump's key is where keyset reads start, up and down (see _read_page); ids
            # are integers, so an item's key with id - 1 is a key just before that item
            key = message.key
            self._firsts.setdefault(row, key)
            self._anchors.setdefault(row, key.just_before() if message.on_item else key)
        if row >= self._rows:
            row = self._rows - 1
        self.move_to(row, top=message.top)

    # -- status -----------------------------------------------------------------------------------

    def where(self) -> str:
        item = self.current_item
        if item is None:
            return ""
        return item.date or "undated"

    def range_text(self) -> str:
        # before its first layout the timeline has no height: its range would read "1–0 of N"
        if self.is_loading or self._count is None or not self._laid_out:
            return "loading…"
        if not self._rows:
            return "0 of 0"
        top = round(self.scroll_offset.y)
        last = min(top + self.size.height, self._rows)
        total = f"≥{self._count.n:,}…" if self._counting else str(self._count)
        if self._placing is not None:       # rows shown, their numbers still being counted
            return f"…–… of {total}"
        return f"{top + 1:,}–{last:,} of {total}"
