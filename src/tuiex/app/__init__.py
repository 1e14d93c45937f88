"""The explorer TUI. `run(db_path)` is what `tuiex` and `tuiex explore DB` call.

Nothing here imports spaCy or the ingest pipeline (only its plain dataclasses, via the store):
the explorer must start fast."""

from __future__ import annotations

import codecs
import functools


def run(db_path: str, opened: str | None = None) -> int:
    """Open the explorer on the store at `db_path`; returns when the user quits, with the exit
    status: 0, or not 0 after a crash (Textual shows the error, then returns 1). `opened` says
    which store it is ("the sample store …"), shown as the app starts."""
    from ..config import history_path, load_config
    from ..store.db import StoreError

    try:
        from .app import ExplorerApp

        app = ExplorerApp(db_path, opened=opened, config=load_config(),
                          history_file=history_path())
    except StoreError as e:
        raise SystemExit(f"tuiex: {e}") from None
    _lenient_terminal_input()
    _no_control_characters_on_screen()
    app.run()
    return app.return_code or 0


def _lenient_terminal_input() -> None:
    """Textual's Linux and inline drivers decode terminal input as strict UTF-8 in their input
    thread: one stray byte (0xff from a bad paste, a serial line, a terminal in another encoding) kills
    the explorer with a traceback. Their decoder reads such a byte as U+FFFD instead, which the app
    ignores as it ignores any unbound key. (Textual 8.2; remove once fixed upstream.)"""
    for name in ("linux_driver", "linux_inline_driver"):
        try:
            module = __import__(f"textual.drivers.{name}", fromlist=["getincrementaldecoder"])
        except ImportError:             # Windows: its driver reads keys, not bytes
            continue
        if hasattr(module, "getincrementaldecoder"):
            module.getincrementaldecoder = _replacing_decoder  # type: ignore[attr-defined]  # patching its import


def _no_control_characters_on_screen() -> None:
    """Rich and Textual drop only BEL, BS, VT, FF and CR from the text they draw, so an escape
    character in a store's text (an outlet or a file name stored by an older tuiex, an actor named
    in a hostile page) reaches the terminal raw and can retitle it or clear it. Every other control
    character but tab and newline is drawn as U+FFFD instead: one for one, so the offsets of spans
    laid on the text stay right. (Rich 14-15, Textual 8.2: the tables are private, a test watches.)"""
    import rich.control
    import textual.content

    visible = {c: "\ufffd" for c in (*range(0x00, 0x09), *range(0x0e, 0x20), 0x1b, *range(0x7f, 0xa0))}
    for table in (rich.control._CONTROL_STRIP_TRANSLATE, textual.content._CONTROL_STRIP_TRANSLATE):
        for code, replacement in visible.items():
            # what they already drop stays dropped; typed as deleting only, but str.translate takes strings too
            table.setdefault(code, replacement)  # type: ignore[call-overload]


def _replacing_decoder(encoding: str):
    return functools.partial(codecs.getincrementaldecoder(encoding), errors="replace")


__all__ = ["run"]
