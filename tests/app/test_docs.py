"""The README section (docs/explorer.md) shows the real key bindings and a real screenshot."""

from __future__ import annotations

from pathlib import Path

from tuiex.app.help_screen import KEY_HELP, markdown_table

DOCS = Path(__file__).resolve().parents[2] / "docs"


def test_the_key_table_is_the_one_the_app_shows():
    text = (DOCS / "explorer.md").read_text(encoding="utf-8")
    assert markdown_table() in text, "regenerate the table in docs/explorer.md from KEY_HELP"
    assert "docs/screenshot.svg" in text
    readme = (DOCS.parent / "README.md").read_text(encoding="utf-8")
    assert markdown_table() in readme, "regenerate the table in README.md from KEY_HELP"


def test_the_screenshot_is_textuals():
    svg = (DOCS / "screenshot.svg").read_text(encoding="utf-8")
    assert svg.startswith("<svg") and "Generated with Rich" in svg
    for word in ("Timeline", "Source", "Actor"):
        assert word in svg


def test_every_interaction_has_a_line_in_the_help():
    keys = " ".join(k for _, k, _ in KEY_HELP)
    assert ("Anywhere", "r") in {(w, k) for w, k, _ in KEY_HELP}        # refresh
    for key in ("/", "n / N", "Tab", "Enter", "Escape", "b /", "B /", ":", "t", "y", "e", "z",
                "Ctrl+P", "?", "q", "r", "k j", "Ctrl+U Ctrl+D", "g G", "[ ]", "{ }", "a / A", "h l", "f"):
        assert key in keys, key
