"""The vim-style movement keys every scrolling widget shares, defined once.

j / k move down / up, g / G go to the first / last line or item, ctrl+d / ctrl+u move half a page.
Each widget names its own actions for them (a list moves its cursor, a text pane scrolls); the
keys themselves, and that they stay out of the footer, are the same everywhere. The help screen
(help_screen.KEY_HELP) lists them."""

from __future__ import annotations

from textual.binding import Binding


def vim_keys(*, down: str, up: str, first: str | None = None, last: str | None = None,
             half_page: bool = False, arrows: bool = False) -> list[Binding]:
    """Hidden bindings for j, k (and g, G when `first` / `last` are given) to the widget's actions
    `down`, `up`, `first`, `last` (Textual action strings, e.g. "move(1)"). `half_page`: ctrl+d and
    ctrl+u run the widget's `half_page(1)` / `half_page(-1)`. `arrows`: down, up, home and end run
    the same actions (for a widget whose base class binds them to something else)."""

    def keys(vim: str, arrow: str) -> str:
        return f"{arrow},{vim}" if arrows else vim

    out = [Binding(keys("j", "down"), down, show=False), Binding(keys("k", "up"), up, show=False)]
    if first is not None:
        out.append(Binding(keys("g", "home"), first, show=False))
    if last is not None:
        out.append(Binding(keys("G", "end"), last, show=False))
    if half_page:
        out += [Binding("ctrl+d", "half_page(1)", show=False), Binding("ctrl+u", "half_page(-1)", show=False)]
    return out
