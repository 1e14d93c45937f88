"""The explorer TUI. `run(db_path)` is what `tuiex` and `tuiex explore DB` call.

Nothing here imports spaCy or the ingest pipeline (only its plain dataclasses, via the store):
the explorer must start fast."""

from __future__ import annotations

import codecs
import functools


def run(db_path: str) -> int:
    """Open the explorer on the store at `db_path`; returns when the user quits, with the exit
    status: 0, or not 0 after a crash (Textual shows the error, then returns 1)."""
    from ..store.db import StoreError

    try:
        from .app import ExplorerApp

        app = ExplorerApp(db_path)
    except StoreError as e:
        raise SystemExit(f"tuiex: {e}") from None
    _lenient_terminal_input()
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
            module.getincrementaldecoder = _replacing_decoder


def _replacing_decoder(encoding: str):
    return functools.partial(codecs.getincrementaldecoder(encoding), errors="replace")


__all__ = ["run"]
