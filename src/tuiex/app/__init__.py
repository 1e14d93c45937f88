"""The explorer TUI. `run(db_path)` is what `tuiex` and `tuiex explore DB` call.

Nothing here imports spaCy or the ingest pipeline (only its plain dataclasses, via the store):
the explorer must start fast."""

from __future__ import annotations


def run(db_path: str, opened: str | None = None) -> None:
    """Open the explorer on the store at `db_path` (returns when the user quits); `opened` says
    which store it is ("the sample store …"), shown as the app starts."""
    from ..config import history_path, load_config
    from ..store.db import StoreError

    try:
        from .app import ExplorerApp

        app = ExplorerApp(db_path, opened=opened, config=load_config(),
                          history_file=history_path())
    except StoreError as e:
        raise SystemExit(f"tuiex: {e}") from None
    app.run()


__all__ = ["run"]
