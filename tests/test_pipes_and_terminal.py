"""What reaches the terminal from `tuiex search|export|stats`: nothing from a store written by an
older tuiex may carry escape sequences, and a reader that stops early (`| head -1`) ends the command
quietly."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from tuiex.cli import main

ROOT = Path(__file__).resolve().parent.parent
SHIPPED = ROOT / "data" / "events.db"


@pytest.fixture
def store(tmp_path: Path) -> Path:
    db = tmp_path / "s.db"
    shutil.copy(SHIPPED, db)
    return db


@pytest.mark.skipif(os.name != "posix", reason="SIGPIPE and pipes as a shell makes them")
@pytest.mark.parametrize("argv", [["search", "russia"], ["export"], ["stats"]], ids=lambda a: a[0])
def test_a_reader_that_stops_early_ends_the_command_quietly(store: Path, argv: list[str]):
    """`tuiex search russia | head -1`: the pipe closes after one line."""
    cmd = [sys.executable, "-m", "tuiex.cli", *argv, "--db", str(store)]
    if argv[0] == "stats":      # a handful of lines: a reader that reads none
        proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        proc.stdout.close()
    else:
        proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, bufsize=0)
        proc.stdout.readline()
        proc.stdout.close()
    err = proc.stderr.read().decode()
    proc.wait(timeout=60)
    assert "Traceback" not in err and "BrokenPipeError" not in err and "Exception ignored" not in err, err


def test_search_prints_no_control_characters_from_a_store(capsys, store: Path):
    """A store made before names were cleaned at ingest: its text reaches the terminal cleaned."""
    with sqlite3.connect(store) as conn:
        conn.execute("UPDATE articles SET file = 'a\x1b]0;pwned\x07\x1b[2J.txt'")
        conn.execute("UPDATE actors SET name = name || '\x1b[31m'")
    conn.close()
    capsys.readouterr()
    assert main(["search", "russia", "--db", str(store)]) == 0
    out = capsys.readouterr().out
    assert out and not any(c in out for c in "\x1b\x07\x9b"), repr(out[:300])


@pytest.mark.slow
@pytest.mark.skipif(os.name != "posix", reason="a pseudo-terminal")
def test_the_progress_bar_shows_file_names_as_text(tmp_path: Path):
    """On a terminal `tuiex ingest` shows each file's name in its progress bar: as text, never as
    markup ("[link=x]" would send a hyperlink escape, "[a=b=c]" would vanish)."""
    import pty

    sample = sorted((ROOT / "data" / "articles").glob("*.txt"))[0]
    batch = tmp_path / "batch"
    batch.mkdir()
    for name in ("a[a=b=c].txt", "c[link=x=y].txt"):
        shutil.copy(sample, batch / name)
        (batch / name).write_text(sample.read_text() + f"\n\nCopy {name}.\n")
    master, slave = pty.openpty()
    proc = subprocess.Popen([sys.executable, "-m", "tuiex.cli", "ingest", str(batch), "--db", str(tmp_path / "s.db")],
                            stdin=slave, stdout=slave, stderr=slave, close_fds=True)
    os.close(slave)
    out = b""
    while True:
        try:
            chunk = os.read(master, 4096)
        except OSError:
            break
        if not chunk:
            break
        out += chunk
    os.close(master)
    assert proc.wait(timeout=120) == 0, out
    text = out.decode(errors="replace")
    assert "Traceback" not in text
    assert "\x1b]8;" not in text, "a file name became a hyperlink"
    assert "a[a=b=c].txt" in text and "c[link=x=y].txt" in text
