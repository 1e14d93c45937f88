"""Every command and every option is documented, in its --help and in the README's command table (in the
manner of sqlite-utils' test_docs): an option added without documentation fails here (issue 14)."""

from __future__ import annotations

import argparse
import re
from pathlib import Path

import pytest

from tuiex.cli import _parser

README = Path(__file__).resolve().parent.parent / "README.md"


def commands() -> dict[str, argparse.ArgumentParser]:
    parser = _parser()
    sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return dict(sub.choices)


def options(parser: argparse.ArgumentParser) -> list[str]:
    """Each option by its long spelling (or its only one), --help left out."""
    return [max(a.option_strings, key=len) for a in parser._actions
            if a.option_strings and not isinstance(a, argparse._HelpAction)]


def table_rows() -> dict[str, str]:
    """The README's command table: each row's command name -> the whole row."""
    text = README.read_text(encoding="utf-8")
    section = text.split("\n## Commands\n", 1)[1].split("\n## ", 1)[0]
    rows: dict[str, str] = {}
    for line in section.splitlines():
        if not line.startswith("| `tuiex"):
            continue
        cell = line.split("|")[1]                 # `tuiex` / `tuiex explore [DB]`: both name the row
        for name in re.findall(r"`tuiex(?: ([a-z][a-z-]*))?", cell):
            rows[name] = rows.get(name, "") + line
    return rows


def help_text(argv: list[str], capsys) -> str:
    with pytest.raises(SystemExit) as stop:
        _parser().parse_args(argv)
    assert stop.value.code == 0
    return capsys.readouterr().out


def test_the_table_is_found() -> None:
    rows = table_rows()
    assert {"ingest", "export", "search", "stats", "explore"} <= rows.keys()


@pytest.mark.parametrize("name", sorted(commands()))
def test_command_in_the_readme_table_with_every_option(name: str) -> None:
    rows = table_rows()
    assert name in rows, f"tuiex {name} is missing from the README's command table"
    for option in options(commands()[name]):
        assert re.search(rf"{re.escape(option)}\b", rows[name]), f"tuiex {name} {option}: not in its README row"


@pytest.mark.parametrize("name", sorted(commands()))
def test_command_and_options_in_help(name: str, capsys) -> None:
    top = help_text(["--help"], capsys)
    assert re.search(rf"^\s+{re.escape(name)}\s", top, re.M), f"tuiex --help does not list {name}"
    own = help_text([name, "--help"], capsys)
    for action in commands()[name]._actions:
        if isinstance(action, argparse._HelpAction):
            continue
        for spelling in action.option_strings:
            assert spelling in own, f"tuiex {name} --help lacks {spelling}"
        assert action.help, f"tuiex {name} {action.option_strings or action.dest}: no help text"


def test_top_level_options_documented(capsys) -> None:
    top = help_text(["--help"], capsys)
    rows = "".join(table_rows().values())
    for option in options(_parser()):
        assert option in top and option in rows, option
