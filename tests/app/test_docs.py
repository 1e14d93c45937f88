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


# Where each class with key bindings is documented in the help: its "Where" column.
HELP_CONTEXT = {
    "ExplorerApp": "Anywhere", "Timeline": "Timeline", "SourceText": "Source", "ActorDetail": "Actor",
    "SearchInput": "Search", "StoryScreen": "Stories", "ReportsScreen": "Reports", "ReportCard": "Reports",
    "DyadScreen": "Dyad", "FrequencyScreen": "Frequency", "PromptScreen": "Prompt", "ConfirmScreen": "Prompt",
    "HelpScreen": "Keys",
}
KEY_NAMES = {"slash": "/", "question_mark": "?", "colon": ":", "left_square_bracket": "[",
             "right_square_bracket": "]", "left_curly_bracket": "{", "right_curly_bracket": "}",
             "pageup": "PgUp", "pagedown": "PgDn"}


def _shown(key: str) -> str:
    """A Textual key name as the help writes it: "ctrl+f" -> "Ctrl+F", "up" -> "Up", "G" -> "G"."""
    if key in KEY_NAMES:
        return KEY_NAMES[key]
    if "+" in key:
        mod, _, rest = key.partition("+")
        return f"{mod.capitalize()}+{rest.upper() if len(rest) == 1 else rest.capitalize()}"
    return key if len(key) == 1 else key.capitalize()


def _bound_keys() -> dict[str, set[str]]:
    """Every key bound by a class of the explorer (its own BINDINGS, not Textual's), by class name."""
    import importlib
    import inspect
    import pkgutil

    from textual.binding import Binding

    import tuiex.app as app_pkg

    found: dict[str, set[str]] = {}
    for info in pkgutil.iter_modules(app_pkg.__path__):
        module = importlib.import_module(f"tuiex.app.{info.name}")
        for name, cls in inspect.getmembers(module, inspect.isclass):
            if cls.__module__ != module.__name__ or not cls.__dict__.get("BINDINGS"):
                continue
            for b in cls.__dict__["BINDINGS"]:
                keys = b.key if isinstance(b, Binding) else b[0]
                found.setdefault(name, set()).update(k.strip() for k in keys.split(","))
    return found


def test_the_help_lists_every_binding_of_the_app():
    import re

    listed: dict[str, set[str]] = {}
    for where, keys, _ in KEY_HELP:
        listed.setdefault(where, set()).update(t for t in re.split(r"[\s/,]+", keys) if t)
        if "/" in keys.replace(" / ", " "):
            listed[where].add("/")                  # the "/" key itself
    bound = _bound_keys()
    assert {"ExplorerApp", "Timeline", "ActorDetail", "DyadScreen", "StoryScreen"} <= set(bound)
    missing = []
    for cls, keys in sorted(bound.items()):
        assert cls in HELP_CONTEXT, f"{cls} binds keys: give it a place in the help (KEY_HELP) and HELP_CONTEXT"
        missing += [f"{cls}: {k} ({_shown(k)})" for k in sorted(keys)
                    if _shown(k) not in listed.get(HELP_CONTEXT[cls], set())]
    assert not missing, "keys bound but not in the help screen: " + ", ".join(missing)
    for key in ("S", "v"):
        assert key in listed["Anywhere"]
    assert "d" in listed["Actor"]
