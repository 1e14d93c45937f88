"""End to end in a real terminal (tmux): issue 16's views in the real `tuiex` on the story corpus.
The story timeline and a story's reports side by side, the dyad view from the palette with its
sparkline bars, and a quote's variants with the trimmed words marked; then a clean quit."""

from __future__ import annotations

import shutil
import sys
import time
from pathlib import Path

import pytest
from storycorpus import build_story_store
from test_tmux_e2e import Tmux, wait_exit

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(shutil.which("tmux") is None,
                       reason="tmux is not installed; this test drives the real tuiex in tmux"),
]


@pytest.fixture
def tmux():
    t = Tmux()
    t.socket += "-views"
    yield t
    t.kill()


def test_story_dyad_and_variant_views_in_tmux(tmux, tmp_path: Path):
    db = build_story_store(tmp_path / "s.db")
    status_file = tmp_path / "status"
    tmux.start([sys.executable, "-m", "tuiex.cli", "explore", str(db)], status_file)
    tmux.wait_for("Timeline")

    # the story timeline: one row per story, the expulsion told by three outlets
    tmux.send("S")
    screen = tmux.wait_for("3 sources")
    line = next(x for x in screen.splitlines() if "3 sources" in x)
    assert "SANCTION" in line and "2018-03-05" in line and "2018-03-20" in line
    tmux.send("m")
    tmux.wait_for("1 stories (several sources only)")
    tmux.send("Enter")                                  # its reports, side by side
    screen = tmux.wait_for("TASS")
    assert "Hurriyet" in screen and "Reuters" in screen
    tmux.send("Escape")
    tmux.wait_for("several sources only")
    tmux.send("Escape")
    tmux.wait_for(lambda s: "Timeline" in s and "Stories" not in s)

    # the dyad view from the palette
    tmux.send("C-p")
    time.sleep(0.5)
    tmux.type("dyad russia turkey")
    tmux.wait_for("dyad: Russia – Turkey")
    tmux.send("Enter")
    screen = tmux.wait_for("Russia – Turkey · by month · 10 events")
    assert "material conflict" in screen and "█" in screen and "2018-03" in screen
    tmux.send("Escape")
    tmux.wait_for(lambda s: "Timeline" in s and "by month" not in s)

    # a quote's variants: quotes shown, the cursor on TASS's trimmed quotation, v
    tmux.send("t")
    time.sleep(0.3)
    tmux.send("/")
    tmux.type("quote: unfriendly")
    tmux.send("Enter")
    tmux.wait_for("filter: quote: unfriendly")
    tmux.send("j")
    time.sleep(0.3)
    tmux.send("v")
    screen = tmux.wait_for("one statement, 2 wordings")
    assert "[−and proportionately]" in screen

    tmux.send("Escape")
    time.sleep(0.3)
    tmux.send("q")
    assert wait_exit(tmux, status_file) == "0", tmux.screen()
    assert "Traceback" not in tmux.screen()
