"""The key bar: Textual's Footer, rebuilt only when the keys it shows change.

Textual's Footer rebuilds itself (removes every key widget and mounts new ones, a layout of the
whole screen and a repaint of every pane) each time the screen's bindings are refreshed, and a
change of focus refreshes them twice: when the focus moves, and again after the next frame
(Screen.set_focus, Textual 8.2). On `/` the second rebuild came after the frame that opened the
search box, as the first letters were typed, and held back the search's rows on a loaded machine
(tmux traces of '/t'). Here a rebuild whose keys are the ones already shown is skipped."""

from __future__ import annotations

from textual.widgets import Footer


class KeyFooter(Footer):
    """A Footer that recomposes only when `shown()` differs from what it last composed."""

    _composed: tuple | None = None      # shown() as of the last compose

    def shown(self) -> tuple:
        """What the footer's compose reads: the screen's shown bindings (each with its key's
        display, whether it is enabled, its tooltip), the command palette's, and the footer's
        own settings."""
        app = self.app
        active = self.screen.active_bindings
        keys = tuple((b, app.get_key_display(b), enabled, tooltip)
                     for _, b, enabled, tooltip in active.values() if b.show)
        palette = active.get(app.COMMAND_PALETTE_BINDING)
        return (self._bindings_ready, self.compact, self.show_command_palette, app.ENABLE_COMMAND_PALETTE,
                palette[1:] if palette else None, keys)

    async def recompose(self) -> None:
        if not self.is_attached:
            return
        shown = self.shown()
        if shown == self._composed:
            return
        self._composed = shown
        await super().recompose()
