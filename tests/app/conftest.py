"""Fixtures: throwaway stores (hand-made articles written through Store.write_article), an app
driver, and the screen as plain text."""

from __future__ import annotations

import io
import sys
from pathlib import Path

import pytest
from rich.console import Console
from textual.worker import WorkerCancelled

sys.path.insert(0, str(Path(__file__).parent))

from storefactory import build_sample_store, build_synthetic_store  # noqa: E402


@pytest.fixture(autouse=True)
def _no_cursor_blink(monkeypatch):
    """Stable screens: no blinking cursor in inputs."""
    from textual.widgets import Input

    monkeypatch.setattr(Input, "cursor_blink", False, raising=False)
    original = Input.__init__

    def init(self, *args, **kw):
        original(self, *args, **kw)
        self.cursor_blink = False

    monkeypatch.setattr(Input, "__init__", init)


@pytest.fixture(scope="session")
def sample_db(tmp_path_factory) -> Path:
    """The sample store, built once; tests must not write to it (the app opens it read-only)."""
    return build_sample_store(tmp_path_factory.mktemp("sample") / "sample.db")


@pytest.fixture(scope="session")
def big_db(tmp_path_factory) -> Path:
    """200,000 synthetic events and 20,000 quotes, inserted in bulk."""
    return build_synthetic_store(tmp_path_factory.mktemp("big") / "big.db", 200_000, 20_000)


@pytest.fixture
def empty_db(tmp_path) -> Path:
    from tuiex.store.db import Store

    path = tmp_path / "empty.db"
    Store(path).close()
    return path


def screen_text(app) -> str:
    """What the terminal shows, as plain text."""
    width, height = app.size
    console = Console(width=width, height=height, file=io.StringIO(), record=True,
                      legacy_windows=False, force_terminal=True, color_system="truecolor")
    console.print(app.screen._compositor.render_update(
        full=True, screen_stack=app._background_screens))
    return console.export_text()


async def settle(pilot, rounds: int = 3) -> None:
    """Let timers fire and thread workers finish, a few times over (each result can start more)."""
    for _ in range(rounds):
        await pilot.pause(0.02)
        for _attempt in range(10):
            try:
                await pilot.app.workers.wait_for_complete()
                break
            except WorkerCancelled:
                # an exclusive worker (a cursor preview, a view read) replaced by a newer one while it
                # was waited on: Textual's wait raises for it; it is done, so wait for the rest again
                continue
        await pilot.pause()
