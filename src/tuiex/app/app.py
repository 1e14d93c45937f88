"""The explorer: timeline, actor detail and source text, with search, history and export.

Widgets hold no SQL: every read goes through `tuiex.store.reader.Reader`, called from thread
workers (`@work(thread=True)`), whose results come back with `call_from_thread` or a message.

The store may change while the explorer is open (`tuiex ingest` into it: SQLite's WAL lets readers
read while a writer writes). A timer asks the store whether another connection committed since
the timeline was read (`PRAGMA data_version`, which costs nothing) and, if so, says so in the
status line; `r` reads the timeline again, keeping the cursor on the same item.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from textual import on, work
from textual.app import App, ComposeResult, SuspendNotSupported
from textual.binding import Binding
from textual.containers import Container, Vertical
from textual.content import Content
from textual.css.query import NoMatches
from textual.timer import Timer
from textual.widget import Widget
from textual.widgets import Input, Static
from textual.worker import Worker, WorkerState, get_current_worker

from ..config import Config, load_history, save_history, save_setting
from ..store.read_records import ActorDetail as Detail
from ..store.read_records import ArticleView, Cancelled, Item, View
from ..store.reader import Reader, ReadError
from ..store.search import QueryError, parse, parse_date
from .actor_detail import ActorDetail
from .clipboard import append_copied, system_copy
from .commands import ExplorerCommands
from .footer import KeyFooter
from .history import History, Location
from .prompt import ConfirmScreen, PromptScreen
from .search_bar import SearchBar
from .source_text import SourceText
from .timeline import Timeline, detail_text

PREVIEW_DELAY = 0.12        # seconds the cursor rests on a row before its source is loaded
SEARCH_DELAY = 0.15         # seconds after the last keystroke before the timeline narrows
DATA_POLL = 2.0             # seconds between checks for data written by another connection
NEW_DATA = "new data in the store: r to refresh"


class ExplorerApp(App[None]):
    """Browse a tuiex store."""

    CSS_PATH = "explorer.tcss"
    TITLE = "tuiex"
    AUTO_FOCUS = "#timeline"
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (120, "-wide")]
    COMMANDS = App.COMMANDS | {ExplorerCommands}

    preview_delay = PREVIEW_DELAY
    search_delay = SEARCH_DELAY
    data_poll = DATA_POLL

    BINDINGS = [
        # priority: handled as the key arrives, so that what is typed right after "/" (a
        # fast typist, a paste) lands in the search box; check_action lets "/" through to inputs
        # (ids: the names a [keys] table of the config file overrides keys by)
        Binding("slash", "search", "Search", priority=True, id="search"),
        Binding("ctrl+f", "find", "Find", show=False, id="find"),
        Binding("question_mark", "help", "Keys", id="help"),
        Binding("q", "quit", "Quit", show=False, id="quit"),
        Binding("t", "toggle_quotes", "Quotes", id="quotes"),
        Binding("y", "copy", "Copy", show=False, id="copy"),
        Binding("o", "open_origin", "Open article", show=False, id="open_article"),
        Binding("F", "frequency", "Frequency", show=False, id="frequency"),
        Binding("e", "export", "Export", show=False, id="export"),
        Binding("z", "maximize_pane", "Maximise", show=False, id="maximise"),
        Binding("r", "reload", "Refresh", show=False, id="refresh"),
        Binding("n", "match(1)", "Next match", show=False, id="next_match"),
        Binding("N", "match(-1)", "Previous match", show=False, id="previous_match"),
        Binding("b,alt+left", "back", "Back", show=False, id="back"),
        Binding("B,alt+right", "forward", "Forward", show=False, id="forward"),
        Binding("colon", "goto_date", "Go to date", show=False, id="goto_date"),
        Binding("escape", "step_back", "Back", show=False, id="step_back"),
        Binding("S", "stories", "Stories", show=False, id="stories"),
        Binding("v", "variants", "Variants", show=False, id="variants"),
    ]

    def __init__(self, db_path: str | Path, *, reader: Reader | None = None,
                 opened: str | None = None, config: Config | None = None,
                 history_file: Path | None = None) -> None:
        super().__init__()
        self.db_path = str(db_path)
        self.opened = opened            # which store this is, said as the app starts
        self.config = config            # the config file's settings (None: no file is used)
        self.history_file = history_file    # searches kept between runs (None: not kept)
        self.system_copy = system_copy      # text -> None when copied, else why not
        # With no system clipboard, `y` offers a file once; copies then go on into it. None: not
        # chosen yet; False: declined this session.
        self.copy_file: Path | None | bool = None
        self.open_in_browser = self._browser    # url -> whether a browser took it
        self.open_in_pager = self._pager        # (file, or text) -> None, or what went wrong
        self.reader = reader or Reader(db_path)
        self.history = History()
        self._preview_timer: Timer | None = None
        self._search_timer: Timer | None = None
        self._search_pushed = False
        self._submitting = False
        self._search_text = ""
        self._search_base: View | None = None       # the filter a search narrows
        # (base, view, text) of the last search shown, so that / again refines it
        self._last_search: tuple[View | None, View, str] | None = None
        # the search box's text (stripped) that the app has answered: its view shown, the view
        # it came back to when emptied, or its error said; None: the box just opened, nothing
        # answered yet. A preview waits while the box's text is not this one (_preview_waits)
        self._box_answered: str | None = None
        self._find: View | None = None              # find mode's matches (the view stays whole)
        self._find_text = ""
        self._find_status = ""
        self._terms: tuple[tuple[str, bool], ...] = ()
        self.last_error: str | None = None
        self.export_progress: str | None = None     # "exporting 12,000 of 54,000…"
        # the store's version as the timeline last read it (taken before it reads, so that a
        # write in between is news rather than missed) and whether another connection has
        # written since
        self._data_version = self.reader.data_version()
        self.new_data = False
        self._checking = False                      # a check of the version is under way

    # -- layout -----------------------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        yield SearchBar(id="search",
                        history=load_history(self.history_file) if self.history_file else None)
        with Container(id="panes"):
            with Vertical(id="timeline-pane"):
                yield Timeline(self.reader, id="timeline")
                yield Static("", id="detail", markup=False)
            yield SourceText(id="source")
            yield ActorDetail(id="actor")
        yield Static("", id="status", markup=False)
        yield KeyFooter()

    @property
    def timeline(self) -> Timeline:
        return self.query_one(Timeline)

    @property
    def timeline_pane(self) -> Vertical:
        return self.query_one("#timeline-pane", Vertical)

    @property
    def detail(self) -> Static:
        """The cursor row's whole sentence, under the timeline."""
        return self.query_one("#detail", Static)

    @property
    def source(self) -> SourceText:
        return self.query_one(SourceText)

    @property
    def actor(self) -> ActorDetail:
        return self.query_one(ActorDetail)

    @property
    def search_bar(self) -> SearchBar:
        return self.query_one(SearchBar)

    def on_mount(self) -> None:
        self.timeline_pane.border_title = "Timeline"
        self.source.border_title = "Source"
        self.actor.border_title = "Actor"
        self.timeline.focus()
        self.sub_title = Path(self.db_path).name
        self.set_interval(self.data_poll, self._poll_data)
        if self.opened:
            # which store this is, under the timeline (a toast would cover the status line)
            self.timeline_pane.border_subtitle = Content(f"Opened {self.opened}")
        if self.config is not None:
            self._apply_config(self.config)

    def _apply_config(self, config: Config) -> None:
        """The theme and key overrides of the config file; a theme chosen later is saved."""
        if config.theme:
            if config.theme in self.available_themes:
                self.theme = config.theme
            else:
                self.notify(f"unknown theme {config.theme!r} in {config.path}", severity="warning",
                            timeout=6, markup=False)
        if config.keys:
            self.set_keymap(config.keys)
        self.theme_changed_signal.subscribe(self, self._remember_theme)

    def _remember_theme(self, theme) -> None:
        config = self.config
        if config is None or config.path is None or theme.name == config.theme:
            return
        try:
            save_setting("theme", theme.name, config.path)
            config.theme = theme.name
        except OSError as e:
            self.notify(f"could not save the theme in {config.path}: {e}", severity="warning",
                        timeout=6, markup=False)

    def on_unmount(self) -> None:
        self.reader.close()

    # -- status -----------------------------------------------------------------------------------

    def pane_name(self) -> str:
        focused = self.focused
        for widget, name in ((Timeline, "Timeline"), (SourceText, "Source"),
                             (ActorDetail, "Actor"), (SearchBar, "Search")):
            node: Widget | None = focused
            while node is not None and isinstance(node, Widget):
                if isinstance(node, widget):
                    return name
                node = node.parent if isinstance(node.parent, Widget) else None
        return "Timeline"

    def status_text(self) -> str:
        tl = self.timeline
        view = tl.view
        kinds = "events+quotes" if view.events and view.includes(1) else (
            "quotes" if not view.events else "events")
        parts = [self.pane_name()]
        if self.new_data:
            parts.insert(0, NEW_DATA)
        if tl.where():
            parts.append(tl.where())
        parts.append(tl.range_text())
        parts.append(kinds)
        if view.label:
            parts.append(f"filter: {view.label}")
        if len(self.history) > 1:
            parts.append(f"history {self.history.position}/{len(self.history)}")
        if self._find_status:
            parts.append(self._find_status)
        if self.export_progress:
            parts.append(self.export_progress)
        return " │ ".join(parts)

    def update_status(self) -> None:
        tl = self.timeline
        # one line of fixed height and the screen's width: new text never needs a layout
        self.query_one("#status", Static).update(self.status_text(), layout=False)
        label = tl.view.label
        # the query: no markup
        self.timeline_pane.border_title = Content(f"Timeline · {label}" if label else "Timeline")
        if tl.view.highlight != self._terms and not tl.is_loading:
            # the source pane marks the view's words once its rows are in, after the frame that
            # shows them: restyling an article's paragraphs cost ~20 ms of a search's way to its
            # rows (more for a long article)
            self._terms = tl.view.highlight
            self.call_after_refresh(self._mark_terms)

    def _mark_terms(self) -> None:
        """The searched words (`_terms`) marked in the source pane, if it does not mark them yet."""
        if self.source.terms != self._terms:
            self.source.terms = self._terms
            self.source._paint()

    def on_timeline_status_changed(self, _: Timeline.StatusChanged) -> None:
        self.update_status()

    def on_descendant_focus(self) -> None:
        self.update_status()

    def on_timeline_failed(self, message: Timeline.Failed) -> None:
        self.show_error(message.message)

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        """A worker that failed (its error is otherwise only logged) is said, never a traceback."""
        if event.state == WorkerState.ERROR and self.is_running:
            error = event.worker.error
            if isinstance(error, ReadError):
                self.show_error(f"could not read the store: {error}")
            else:                                     # not the store's fault: say what it was
                self.show_error(f"could not show this ({type(error).__name__}: {error})")

    def show_error(self, message: str) -> None:
        self.last_error = message
        if self.search_bar.is_open:
            self.search_bar.show_error(message)
        else:
            self.notify(message, severity="error", timeout=6, markup=False)

    # -- following the timeline cursor ------------------------------------------------------------

    def _cancel_preview(self) -> None:
        """Drop a pending cursor preview: an explicit open must not be undone by it (the preview
        loads in the same exclusive worker group, unfocused, and would cancel the open)."""
        if self._preview_timer is not None:
            self._preview_timer.stop()
            self._preview_timer = None

    def on_timeline_cursor_moved(self, message: Timeline.CursorMoved) -> None:
        self._cancel_preview()
        item = message.item
        try:
            tl, detail = self.timeline, self.detail
        except NoMatches:           # (a message arriving as the app closes)
            return
        # a box of fixed height (explorer.tcss): new text never needs a layout of the screen,
        # which on every cursor move and every new view's first row cost a frame or two
        detail.update(detail_text(item, tl._cs, tl.view.highlight + tl.find_highlight), layout=False)
        if item is not None:
            self._preview_timer = self.set_timer(self.preview_delay, lambda: self.preview(item))

    def preview(self, item: Item) -> None:
        """Show the item's source and its actor without moving focus or recording history.
        While a search is on its way (the search box open on text whose view is not on screen:
        typed and not read yet, or the box just opened on the whole timeline) or a view is
        read, the preview waits (asks again after `preview_delay`): loading an article and
        laying out its pane took the main thread for ~100 ms, which, run as a search started,
        held back the search's rows. A new view's first row brings its own preview
        (CursorMoved replaces this one)."""
        if self._preview_waits():
            self._preview_timer = self.set_timer(self.preview_delay, lambda: self.preview(item))
            return
        self._preview_timer = None
        self._load_source(item.kind, item.id, focus=False, reveal=False)
        if item.source_id is not None:
            self._load_actor(item.source_id, focus=False, item=item)

    def _preview_dropped(self, item: Item) -> bool:
        """Whether a preview's article or actor, read, is dropped instead of shown: it arrived
        while a search is on its way (`_preview_waits`; showing it is the layout the wait
        spares the search, and a search typed right after a move starts while it is read).
        The preview is then asked again for its row, if the cursor is still on it."""
        if not self._preview_waits():
            return False
        current = self.timeline.current_item
        if self._preview_timer is None and current is not None and current.ref == item.ref:
            self._preview_timer = self.set_timer(self.preview_delay, lambda: self.preview(item))
        return True

    def _preview_waits(self) -> bool:
        try:
            bar, tl = self.search_bar, self.timeline
        except NoMatches:           # a dialog on top, or the app closing: no search is typed
            return False
        if tl.is_loading or not bar.is_open or bar.mode != "filter":
            return tl.is_loading
        # the box's text is not one the app has answered: typed (its view not read yet), or the
        # box just opened on the whole timeline. Once answered (its rows shown, the box emptied
        # back to the view searched in, a malformed query's error said), nothing is on its way;
        # nor with the box just opened and left empty for the rows (a click on one): nothing
        # is being typed
        text = bar.input.value.strip()
        if not text and self._box_answered is None and self.focused is not bar.input:
            return False
        return self._box_answered != text

    def on_timeline_opened(self, message: Timeline.Opened) -> None:
        self.open_item(message.item.kind, message.item.id)

    def on_timeline_open_actor(self, message: Timeline.OpenActor) -> None:
        self.open_actor(message.actor_id)

    # -- opening things ---------------------------------------------------------------------------

    def open_item(self, kind: str, item_id: int, *, focus: bool = True, reveal: bool = False,
                  push: bool = True) -> None:
        """Show an event or a quote in the source pane (and, with `reveal`, on the timeline)."""
        self._cancel_preview()
        if push:
            self.history.push(Location(kind, item_id))
        self._load_source(kind, item_id, focus=focus, reveal=reveal)
        self.update_status()

    def open_actor(self, actor_id: int, *, focus: bool = True, push: bool = True) -> None:
        self._cancel_preview()
        if push:
            self.history.push(Location("actor", actor_id))
        self._load_actor(actor_id, focus=focus)
        self.update_status()

    def open_article(self, article_id: int, *, push: bool = True) -> None:
        self._cancel_preview()
        if push:
            self.history.push(Location("article", article_id))
        self._load_article(article_id)
        self.update_status()

    @work(thread=True, exclusive=True, group="source", exit_on_error=False)
    def _load_source(self, kind: str, item_id: int, focus: bool, reveal: bool) -> None:
        worker = get_current_worker()
        try:
            item = self.reader.item(kind, item_id)
            if item is None:
                self.call_from_thread(self.show_error, f"no {kind} {item_id} in this store")
                return
            article = self.reader.article(item.article_id, should_stop=lambda: worker.is_cancelled)
        except Cancelled:
            return
        if article is not None and not worker.is_cancelled:
            self.call_from_thread(self._show_source, item, article, focus, reveal)

    def _show_source(self, item: Item, article: ArticleView, focus: bool, reveal: bool) -> None:
        if not focus and not reveal and self._preview_dropped(item):
            return
        self.source.show(article, item.ref, self.timeline.view.highlight)
        if focus:
            self.source.focus()
        if reveal:
            self.timeline.reveal(item.key)

    @work(thread=True, exclusive=True, group="source", exit_on_error=False)
    def _load_article(self, article_id: int) -> None:
        article = self.reader.article(article_id)
        if article is not None:
            self.call_from_thread(self._show_article, article)

    def _show_article(self, article: ArticleView) -> None:
        self.source.show(article, None, self.timeline.view.highlight)
        self.source.focus()

    @work(thread=True, exclusive=True, group="actor", exit_on_error=False)
    def _load_actor(self, actor_id: int, focus: bool, item: Item | None = None) -> None:
        """The actor's detail in the actor pane; `item`: the row a preview shows it for."""
        worker = get_current_worker()
        try:
            detail = self.reader.actor_detail(actor_id, should_stop=lambda: worker.is_cancelled)
        except Cancelled:
            return
        if detail is not None and not worker.is_cancelled:
            self.call_from_thread(self._show_actor, detail, focus, item)

    def _show_actor(self, detail: Detail, focus: bool, item: Item | None = None) -> None:
        if item is not None and self._preview_dropped(item):
            return
        self.actor.show(detail)
        if focus:
            self.actor.focus()

    def on_source_text_open_span(self, message: SourceText.OpenSpan) -> None:
        span = message.span
        if span.kind == "mention":
            self.open_actor(span.id)
        else:
            self.open_item(span.kind, span.id, reveal=True)

    def on_actor_detail_open_actor(self, message: ActorDetail.OpenActor) -> None:
        self.open_actor(message.actor_id)

    def on_actor_detail_open_quote(self, message: ActorDetail.OpenQuote) -> None:
        self.open_item("quote", message.item.id, reveal=True)

    def on_actor_detail_filter(self, message: ActorDetail.Filter) -> None:
        self.timeline.push_view(View.for_actor(message.actor_id, message.name))
        self.timeline.focus()

    def filter_by_type(self, event_type: str) -> None:
        view = replace(self.timeline.view, types=(event_type,), label=f"type:{event_type}",
                       events=True)
        self.timeline.push_view(view)
        self.timeline.focus()

    def open_dyad(self, a: int, a_name: str, b: int | None = None, b_name: str | None = None) -> None:
        """The dyad view of a and b (or a and everyone); Enter on a period filters the timeline."""
        from ..store import dyads

        def load(unit: str):
            return dyads.trend(self.reader.conn, a, b, unit)

        def done(choice) -> None:
            if choice is None:
                return
            actors = ((a,), (b,)) if b is not None else ((a,),)
            who = f'actor:"{a_name}"' + (f' actor:"{b_name}"' if b is not None else "")
            self.timeline.push_view(View(events=True, quotes=False, actors=actors, date_lo=choice.date_lo,
                                         date_hi=choice.date_hi, label=f"{who} {choice.label}"))
            self.timeline.focus()

        title = f"{a_name} – {b_name}" if b is not None else f"{a_name} – everyone"
        self._read_dyad(title, load, done)

    @work(thread=True, exclusive=True, group="dyad", exit_on_error=False)
    def _read_dyad(self, title: str, load, done) -> None:
        from .dyad_view import DyadScreen

        trend = load("month")
        self.call_from_thread(self.push_screen, DyadScreen(title, load, trend=trend), done)

    def action_stories(self) -> None:
        """The story timeline of the current view: one row per real-world action (S)."""
        from ..store import stories
        from .story_view import StoryScreen

        view = self.timeline.view

        def load(several: bool):
            return stories.timeline(self.reader, view, several)

        def load_reports(story_id: int):
            items = stories.reports(self.reader, [story_id]).get(story_id, [])
            return items, self.reader.sentences(items)

        def done(item) -> None:
            if item is not None:
                self.open_item(item.kind, item.id, reveal=True)

        label = f"Stories of {view.label}" if view.is_filtered and view.label else "Stories"
        self.push_screen(StoryScreen(label, load, load_reports), done)

    def action_variants(self) -> None:
        """The quote under focus (actor pane, source pane or timeline) as each outlet worded it (v)."""
        quote_id = None
        if self.focused is self.actor and self.actor.highlighted_quote is not None:
            quote_id = self.actor.highlighted_quote.id
        elif self.focused is self.source and self.source.selected and self.source.selected[0] == "quote":
            quote_id = self.source.selected[1]
        else:
            item = self.timeline.current_item
            if item is not None and item.kind == "quote":
                quote_id = item.id
            elif self.source.selected and self.source.selected[0] == "quote":
                quote_id = self.source.selected[1]
        if quote_id is None:
            self.notify("Move to a quote first (t shows quotes in the timeline)", severity="warning")
            return
        self._load_variants(quote_id)

    @work(thread=True, exclusive=True, group="variants", exit_on_error=False)
    def _load_variants(self, quote_id: int) -> None:
        from ..store.variants import variants_of

        items = variants_of(self.reader, quote_id)
        self.call_from_thread(self._show_variants, items)

    def _show_variants(self, items) -> None:
        from .variants import variants_screen

        if not items:
            self.notify("No other outlet worded this quote differently", severity="information")
            return

        def done(item) -> None:
            if item is not None:
                self.open_item(item.kind, item.id, reveal=True)

        self.push_screen(variants_screen(items), done)

    def on_actor_detail_open_dyad(self, message: ActorDetail.OpenDyad) -> None:
        self.open_dyad(message.actor_id, message.name, message.other_id, message.other_name)

    def goto_date(self, date: str) -> None:
        self.timeline.goto_date(date)
        self.timeline.focus()

    # -- history ----------------------------------------------------------------------------------

    def _go(self, location: Location | None) -> None:
        if location is None:
            self.bell()
            return
        if location.kind == "actor":
            self.open_actor(location.id, push=False)
        elif location.kind == "article":
            self.open_article(location.id, push=False)
        else:
            self.open_item(location.kind, location.id, reveal=True, push=False)

    async def action_back(self) -> None:       # async as App.action_back is; Textual awaits either
        self._go(self.history.back())

    def action_forward(self) -> None:
        self._go(self.history.forward())

    # -- search -----------------------------------------------------------------------------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "search":
            if isinstance(self.focused, Input) or self.screen is not self.screen_stack[0]:
                return False        # "/" is text there (a path, a query)
        return True

    def action_search(self) -> None:
        if self.search_bar.is_open:             # already searching: back to the box
            self.screen.set_focus(self.search_bar.input)
            return
        self._search_pushed = False
        tl = self.timeline
        last = self._last_search
        if last is not None and tl.view == last[1] and tl.view.label == last[1].label:
            # refine the current search rather than starting over (on the same base)
            self._search_base, text = last[0], last[2]
        else:
            # a search inside a filter narrows it: the filters stack
            self._search_base, text = (tl.view if tl.view.is_filtered else None), ""
        self._box_answered = text if text else None
        self.search_bar.open(text)
        self.update_status()

    @on(SearchBar.Changed)
    def _search_changed(self, message: SearchBar.Changed) -> None:
        if self.search_bar.mode == "find":
            self.search_bar.show_error(None)
            return                              # find moves on Enter; the view stays whole
        if self._search_timer is not None:
            self._search_timer.stop()
        text = message.text
        self._search_timer = self.set_timer(self.search_delay, lambda: self.apply_search(text, live=True))

    @on(SearchBar.Submitted)
    def _search_submitted(self, message: SearchBar.Submitted) -> None:
        self._remember_search(message.text)
        if self.search_bar.mode == "find":
            self._start_find(message.text)
            return
        if self._search_timer is not None:
            self._search_timer.stop()
        if not message.text.strip():
            self.apply_search("", live=False)
            self._close_search()
            return
        self._submitting = True             # closed once the query is resolved (not on error)
        self.apply_search(message.text, live=False)

    def _remember_search(self, text: str) -> None:
        self.search_bar.remember(text)
        if self.history_file is not None and text.strip():
            try:
                save_history(self.history_file, self.search_bar.history)
            except OSError:
                pass                # a history that cannot be kept is no reason to stop

    def _close_search(self) -> None:
        self._submitting = False
        self.search_bar.close()
        self.timeline.focus()

    @on(SearchBar.Cancelled)
    def _search_cancelled(self) -> None:
        if self._search_timer is not None:
            self._search_timer.stop()
        if self._search_pushed:
            self.timeline.pop_view()
            self._search_pushed = False
        self._close_search()

    def apply_search(self, text: str, *, live: bool) -> bool:
        """Parse the query (errors are shown in the search bar) and narrow the timeline to it.
        Returns False when the query is malformed."""
        if not text.strip():
            self.search_bar.show_error(None)
            self._box_answered = ""             # the view searched in (read again if popped)
            if self._search_pushed:
                self.timeline.pop_view()
                self._search_pushed = False
            return True
        try:
            query = parse(text, prefix=live)
        except QueryError as e:
            self._submitting = False
            self._box_answered = text.strip()   # nothing on its way: the error is the answer
            self.search_bar.show_error(str(e))
            return False
        self.search_bar.show_error(None)
        self._search_text = text.strip()
        self._resolve_search(query, live)
        return True

    @work(thread=True, exclusive=True, group="resolve", exit_on_error=False)
    def _resolve_search(self, query, live: bool) -> None:
        try:
            view = self.reader.resolve(query, quotes=self.timeline.view.quotes, prefix=live)
            if self._search_base is not None:
                view = self._search_base.narrow(view)
        except QueryError as e:
            self.call_from_thread(self._search_failed, str(e))
            return
        if not get_current_worker().is_cancelled:
            self.call_from_thread(self._show_search_view, view, live)

    def _search_failed(self, message: str) -> None:
        self._submitting = False
        self._box_answered = self._search_text
        self.show_error(message)

    def _show_search_view(self, view: View, live: bool) -> None:
        if live and self._submitting:
            return                          # a late result of typing, superseded by Enter
        if self._search_pushed:
            self.timeline.replace_view(view)
        else:
            self.timeline.push_view(view)
            self._search_pushed = True
        self._last_search = (self._search_base, view, self._search_text)
        self._box_answered = self._search_text
        self.search_bar.show_error(None)
        if self._submitting:
            self._close_search()

    # -- find mode: n/N through the matches, the timeline whole -------------------------------------

    def action_find(self) -> None:
        if self.search_bar.is_open:
            self.search_bar.close()
        self._search_pushed = False
        self.search_bar.open(self._find_text, mode="find")
        self.update_status()

    def _start_find(self, text: str) -> None:
        if not text.strip():
            self._clear_find()
            self._close_search()
            return
        try:
            query = parse(text)
        except QueryError as e:
            self.search_bar.show_error(str(e))
            return
        self._find_text = text.strip()
        self._resolve_find(query)

    @work(thread=True, exclusive=True, group="resolve", exit_on_error=False)
    def _resolve_find(self, query) -> None:
        try:
            match = self.reader.resolve(query, quotes=True)
        except QueryError as e:
            self.call_from_thread(self.search_bar.show_error, str(e))
            return
        self.call_from_thread(self._found_view, match)

    def _found_view(self, match: View) -> None:
        self._find = match
        self.timeline.find_highlight = match.highlight
        self.timeline.refresh()
        self._close_search()
        self.timeline.find(match, 0)

    def _clear_find(self) -> None:
        self._find = None
        self._find_status = ""
        self.timeline.find_highlight = ()
        self.timeline.refresh()
        self.update_status()

    def on_timeline_nothing_on(self, message: Timeline.NothingOn) -> None:
        nearest = f"; nearest {message.nearest}" if message.nearest else ": no dated items here"
        self.notify(f"nothing on {message.date}{nearest}", timeout=5, markup=False)

    def on_timeline_found(self, message: Timeline.Found) -> None:
        if self._find is None:                  # find mode ended while the matches were counted
            return
        if message.counting:
            self._find_status = f"find: {self._find_text} … of …"
        elif message.index is None:
            self._find_status = f"find: {self._find_text}: nothing"
            self.notify(f"Nothing in this view matches {self._find_text}", timeout=3, markup=False)
        else:
            self._find_status = f"find: {self._find_text} {message.index + 1} of {message.total:,}"
        self.update_status()

    def action_match(self, step: int) -> None:
        if self.focused is self.source:
            if not self.source.step_match(step):
                self.notify("No searched words in this article", timeout=3)
            return
        if self._find is not None:
            self.timeline.find(self._find, step)
            return
        if not self.timeline.view.highlight and not self.timeline.view.is_filtered:
            self.notify("Nothing searched yet: press / to search", timeout=3)
            return
        self.timeline.action_move(step)

    # -- data written while the explorer is open -------------------------------------------------

    def _poll_data(self) -> None:
        if not self._checking:
            self._checking = True
            self._check_data()

    @work(thread=True, group="data-version", exit_on_error=False)
    def _check_data(self) -> None:
        try:
            version: int | None = self.reader.data_version()
        except Exception:  # noqa: BLE001 - a store that cannot be read: the timeline says so
            version = None
        self.call_from_thread(self._data_checked, version)

    def _data_checked(self, version: int | None) -> None:
        self._checking = False
        if not self.is_running:                     # (an answer arriving as the app closes)
            return
        if version is not None and version != self._data_version and not self.new_data:
            self.new_data = True
            self.update_status()

    def action_reload(self) -> None:
        """Read the store again (after an ingest into it): the timeline keeps its filter and
        its cursor on the same item, the panes show what the store now says."""
        self._reload()

    @work(thread=True, group="reload", exit_on_error=False)
    def _reload(self) -> None:
        version = self.reader.data_version()        # before reading: a later write is news
        self.reader.forget()
        self.call_from_thread(self._reloaded, version)

    def _reloaded(self, version: int) -> None:
        if not self.is_running:
            return
        changed = version != self._data_version
        self._data_version = version
        self.new_data = False
        self.timeline.reload()
        self.update_status()
        self.notify("Refreshed" if changed else "Refreshed: nothing new", timeout=2)

    # -- other actions ----------------------------------------------------------------------------

    def action_help(self) -> None:
        from .help_screen import HelpScreen

        self.push_screen(HelpScreen())

    def action_step_back(self) -> None:
        """Escape: leave a maximised pane, return to the timeline, then undo the last filter."""
        if self.screen.maximized is not None:
            self.screen.minimize()
            self.call_after_refresh(self.source.keep_span_in_view)
        elif self.focused is not self.timeline:
            self.timeline.focus()
        elif self._find is not None:
            self._clear_find()
        elif self.timeline.pop_view():
            self.search_bar.close()
        self.update_status()

    def action_maximize_pane(self) -> None:
        if self.screen.maximized is not None:
            self.screen.minimize()
        else:
            for pane in (self.timeline, self.source, self.actor):
                if self.focused is pane:
                    self.screen.maximize(pane)
                    break
        self.call_after_refresh(self.source.keep_span_in_view)

    def action_toggle_quotes(self) -> None:
        view = self.timeline.view
        if not view.events:
            self.notify("This view shows quotes only (quote:)", timeout=3)
            return
        self.timeline.replace_view(replace(view, quotes=not view.quotes))
        self.notify("Quotes shown" if not view.quotes else "Quotes hidden", timeout=2)

    def action_copy(self) -> None:
        item: Item | None = None
        if self.focused is self.actor:
            item = self.actor.highlighted_quote
        elif self.focused is self.source:
            span = self.source.span_under_cursor or self.source.selected_span()
            if span is not None and span.kind in ("event", "quote"):
                self._copy_ref(span.kind, span.id)
                return
        if item is None:
            item = self.timeline.current_item
        if item is None:
            self.notify("Nothing selected to copy", severity="warning", timeout=3)
            return
        self.copy_item(item)

    @work(thread=True, group="copy", exit_on_error=False)
    def _copy_ref(self, kind: str, item_id: int) -> None:
        item = self.reader.item(kind, item_id)
        if item is not None:
            self.call_from_thread(self.copy_item, item)

    def copy_item(self, item: Item) -> None:
        """Copy the item's citation: through the terminal (OSC 52, which nothing confirms) and
        the system clipboard (pyperclip); "Copied" only when the latter worked."""
        text = item.citation()
        self.copy_to_clipboard(text)
        self._system_copy(text)

    @work(thread=True, group="copy-system", exit_on_error=False)
    def _system_copy(self, text: str) -> None:
        problem = self.system_copy(text)
        self.call_from_thread(self._copied, text, problem)

    def _copied(self, text: str, problem: str | None) -> None:
        """Say where a copied item went. Without a system clipboard: that there is none, that
        the text went only to the terminal (OSC 52, which may drop it) and is shown here; the
        first time, offer a file to append copies to (then each copy goes there, and says so)."""
        shown = text if len(text) < 160 else text[:157] + "…"
        if problem is None:
            self.notify(shown, title="Copied", timeout=4, markup=False)
            return
        if isinstance(self.copy_file, Path):
            self._save_copied(self.copy_file, text, problem)
            return
        self.notify(f"{shown}\nNo clipboard is available: {problem}. The text above went only to the "
                    f"terminal's clipboard (OSC 52), which many terminals ignore, so it may not paste.",
                    title="No clipboard", severity="warning", timeout=8, markup=False)
        if self.copy_file is False:
            return

        def check(value: str) -> str | None:
            if not value:
                return "give a file name"
            path = Path(value).expanduser()
            if path.is_dir():
                return f"{value} is a folder"
            if not path.parent.is_dir():
                return f"no folder {path.parent}"
            return None

        def done(value: str | None) -> None:
            if not value:
                self.copy_file = False
                self.notify("Not saved: the copied text is only in the message above", timeout=4)
                return
            self._save_copied(Path(value), text, problem)

        self.push_screen(PromptScreen("No clipboard. Append copied items to this file (Escape: no):",
                                      value="tuiex-copied.txt", check=check), done)

    def _save_copied(self, path: Path, text: str, problem: str) -> None:
        try:
            saved = append_copied(path, text)
        except OSError as e:
            self.copy_file = None
            self.show_error(f"could not save the copied text to {path}: {e.strerror or e}")
            return
        self.copy_file = path
        shown = text if len(text) < 160 else text[:157] + "…"
        self.notify(f"{shown}\nNo clipboard ({problem}): appended to {saved}",
                    title="Saved to a file", timeout=6, markup=False)

    # -- o: the article itself, in the browser or a pager ------------------------------------------

    def action_open_origin(self) -> None:
        if self.focused is self.source and self.source.article is not None:
            article_id = self.source.article.id
        else:
            item = self.timeline.current_item
            if self.focused is self.actor and self.actor.highlighted_quote is not None:
                item = self.actor.highlighted_quote
            if item is None:
                self.notify("Nothing selected to open", severity="warning", timeout=3)
                return
            article_id = item.article_id
        self._find_origin(article_id)

    @work(thread=True, group="origin", exit_on_error=False)
    def _find_origin(self, article_id: int) -> None:
        origin = self.reader.article_origin(article_id)
        if origin is not None:
            self.call_from_thread(self._open_origin, *origin)

    def _open_origin(self, url: str | None, path: str, text: str) -> None:
        """The URL in the browser when the article has one, else the file (or, when it has
        moved, the stored text) in $PAGER."""
        if url:
            ok = self.open_in_browser(url)
            if ok:
                self.notify(f"Opened {url}", timeout=4, markup=False)
            else:
                self.show_error(f"no browser could open {url}")
            return
        file = _locate(path)
        problem = self.open_in_pager(file, None if file else text)
        if problem:
            self.show_error(problem)

    def _browser(self, url: str) -> bool:
        import webbrowser

        try:
            with self.suspend():        # a text browser (lynx, w3m) gets the terminal
                return webbrowser.open(url)
        except SuspendNotSupported:
            return webbrowser.open(url)

    def _pager(self, file: Path | None, text: str | None) -> str | None:
        import os
        import shlex
        import subprocess

        command = shlex.split(os.environ.get("PAGER") or "less") or ["less"]
        try:
            with self.suspend():
                if file is not None:
                    subprocess.run([*command, str(file)], check=False)
                else:
                    subprocess.run(command, input=text or "", text=True, check=False)
        except (OSError, SuspendNotSupported) as e:
            return f"could not run the pager {command[0]}: {e or 'the terminal cannot be handed over'}"
        return None

    def action_frequency(self) -> None:
        """Shift+F: counts of the current view by type, actor, dyad or month; Enter on a value
        narrows the timeline to it (a filter on the stack)."""
        base = self.timeline.view

        def chosen(view: View | None) -> None:
            if view is not None:
                narrowed = base.narrow(view) if base.is_filtered else replace(
                    view, quotes=view.quotes and (base.quotes or not view.events))
                self.timeline.push_view(narrowed)
                self.timeline.focus()

        from .frequency import FrequencyScreen

        self.push_screen(FrequencyScreen(self.reader, base), chosen)

    def action_export(self) -> None:
        def check(value: str) -> str | None:
            if not value:
                return "give a file name ending in .csv or .jsonl"
            if Path(value).suffix.lower() not in (".csv", ".jsonl", ".json", ".ndjson"):
                return "the name must end in .csv or .jsonl"
            parent = Path(value).expanduser().parent
            if not parent.is_dir():
                return f"no folder {parent}"
            return None

        def done(path: str | None) -> None:
            if not path:
                return
            view = self.timeline.view
            if Path(path).expanduser().exists():
                def answered(yes: bool | None) -> None:
                    if yes:
                        self._export(view, path)
                    else:
                        self.notify("Not exported", timeout=3)
                self.push_screen(ConfirmScreen(f"{path} exists. Overwrite it?"), answered)
            else:
                self._export(view, path)

        self.push_screen(PromptScreen("Export the current view to (.csv or .jsonl):",
                                      value="tuiex-export.csv", check=check), done)

    @work(thread=True, group="export", exit_on_error=False)
    def _export(self, view: View, path: str) -> None:
        total = self.timeline.count

        def progress(n: int) -> None:
            of = f" of {total}" if total is not None else ""
            self.call_from_thread(self._set_export_progress, f"exporting {n:,}{of}…")
        try:
            from ..store.output import export

            n = export(self.reader, view, path, on_progress=progress)
        except Exception as e:  # noqa: BLE001 - shown in the app
            self.call_from_thread(self._set_export_progress, None)
            self.call_from_thread(self.show_error, f"export failed: {e}")
            return
        self.call_from_thread(self._set_export_progress, None)
        # A relative name is in the folder tuiex was started from; say which, so the file is found.
        where = Path(path).expanduser()
        folder = "" if where.is_absolute() else f" in {where.resolve().parent}"
        self.call_from_thread(self.notify, f"Exported {n:,} items to {path}{folder}", title="Export",
                              timeout=5, markup=False)

    def _set_export_progress(self, text: str | None) -> None:
        self.export_progress = text
        if self.is_running:
            self.update_status()

    def action_goto_date(self) -> None:
        def check(value: str) -> str | None:
            try:
                parse_date(value)
            except QueryError as e:
                return str(e)
            return None

        def done(value: str | None) -> None:
            if value:
                self.goto_date(value)

        self.push_screen(PromptScreen("Go to date (YYYY, YYYY-MM or YYYY-MM-DD):",
                                      placeholder="2016-07-04", check=check), done)

    def action_ask_actor(self) -> None:
        def done(value: str | None) -> None:
            if value:
                self._find_actor(value)

        self.push_screen(PromptScreen("Go to actor:", placeholder="lavrov"), done)

    @work(thread=True, exclusive=True, group="find-actor", exit_on_error=False)
    def _find_actor(self, name: str) -> None:
        hits = self.reader.match_actors(name, prefix=True, limit=1)
        if hits:
            self.call_from_thread(self.open_actor, hits[0].id)
        else:
            self.call_from_thread(self.show_error, f"no actor matches {name!r}")

    def action_ask_article(self) -> None:
        def done(value: str | None) -> None:
            if value:
                self._find_article(value)

        self.push_screen(PromptScreen("Open article (words of its headline):"), done)

    @work(thread=True, exclusive=True, group="find-article", exit_on_error=False)
    def _find_article(self, text: str) -> None:
        rows = self.reader.find_articles(text, 1)
        if rows:
            self.call_from_thread(self.open_article, rows[0][0])
        else:
            self.call_from_thread(self.show_error, f"no article headline contains {text!r}")


def _locate(path: str) -> Path | None:
    """The file an article was ingested from, if it is still there (paths are stored relative
    to the folder of the ingest: tried from here and from the checkout)."""
    from ..config import ROOT

    for candidate in (Path(path), ROOT / path):
        if candidate.is_file():
            return candidate
    return None
