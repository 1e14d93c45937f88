"""End to end: the real `tuiex` in a real terminal (tmux), on the shipped database.

It opens data/events.db, searches for an actor, opens one of their events, finds the passage on
screen highlighted (by its colour, read back with `capture-pane -e`), and quits cleanly. Set
TUIEX_E2E_DB to run it on another store.
"""

from __future__ import annotations

import itertools
import os
import re
import shlex
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tuiex.store.reader import Reader
from tuiex.store.search import parse
from tuiex.textnorm import fold

ROOT = Path(__file__).resolve().parents[2]
SHIPPED = ROOT / "data" / "events.db"
DB = Path(os.environ.get("TUIEX_E2E_DB", SHIPPED)).resolve()

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(shutil.which("tmux") is None,
                       reason="tmux is not installed; this test drives the real tuiex in tmux"),
    pytest.mark.skipif(not DB.exists(),
                       reason=f"no store at {DB}: the shipped sample store is built by `tuiex ingest`"),
]

WIDTH, HEIGHT = 120, 40


def tuiex_command() -> list[str]:
    """The installed console script; the app's entry point if the CLI is not there yet."""
    script = Path(sys.executable).parent / "tuiex"
    if script.exists():
        ok = subprocess.run([str(script), "--help"], capture_output=True, cwd=ROOT, timeout=30)
        if ok.returncode == 0:
            return [str(script)] if DB == SHIPPED.resolve() else [str(script), "explore", str(DB)]
    return [sys.executable, "-c", f"from tuiex.app import run; run({str(DB)!r})"]


class Tmux:
    """One private tmux server (its own socket), one pane."""

    _made = itertools.count()

    def __init__(self) -> None:
        # a socket of its own per test: the last test's server may still be exiting on its
        # socket when the next test starts one (new-session then failed now and then)
        self.socket = f"tuiex-e2e-{os.getpid()}-{next(self._made)}"

    def __call__(self, *args: str) -> str:
        return subprocess.run(["tmux", "-L", self.socket, "-f", "/dev/null", *args], check=True,
                              capture_output=True, text=True, timeout=30).stdout

    def start(self, command: list[str], status_file: Path, size: tuple[int, int] = (WIDTH, HEIGHT),
              cwd: Path = ROOT, env_extra: str = "") -> None:
        """Run `command` in a fresh pane; a shell around it writes its exit status to
        `status_file` once it has really ended."""
        width, height = size
        self("new-session", "-d", "-s", "e2e", "-x", str(width), "-y", str(height), "-c", str(cwd))
        self("set-option", "-g", "remain-on-exit", "on")
        self("resize-window", "-t", "e2e", "-x", str(width), "-y", str(height))
        # a clean terminal: no COLUMNS/LINES inherited from the test run (Textual obeys them)
        env = f"env -u COLUMNS -u LINES TERM=xterm-256color COLORTERM=truecolor {env_extra}"
        script = f"{env} {shlex.join(command)}; echo $? > {shlex.quote(str(status_file))}"
        self("respawn-pane", "-k", "-t", "e2e", f"sh -c {shlex.quote(script)}")

    def screen(self, escapes: bool = False) -> str:
        return self("capture-pane", "-p", *(["-e"] if escapes else []), "-t", "e2e")

    def send(self, *keys: str) -> None:
        self("send-keys", "-t", "e2e", *keys)

    def type(self, text: str) -> None:
        self("send-keys", "-t", "e2e", "-l", text)

    def wait_for(self, what, timeout: float = 20.0) -> str:
        deadline = time.monotonic() + timeout
        while True:
            screen = self.screen()
            if (what(screen) if callable(what) else what in screen):
                return screen
            if time.monotonic() > deadline:
                raise AssertionError(f"waited {timeout}s for {what!r}; the screen shows:\n{screen}")
            time.sleep(0.1)

    def kill(self) -> None:
        subprocess.run(["tmux", "-L", self.socket, "kill-server"], capture_output=True)


@pytest.fixture
def tmux():
    t = Tmux()
    yield t
    t.kill()


def pick_actor_event() -> tuple[str, str]:
    """A query naming a frequent actor by one word of their name, and the passage of the first
    event it finds (what Enter will open)."""
    reader = Reader(DB)
    try:
        counts: dict[int, int] = {}
        for item in reader.iter_view(reader.resolve(parse("event:"))):
            if item.source_id is not None:
                counts[item.source_id] = counts.get(item.source_id, 0) + 1
        names = {h.id: h for h in reader.actor_names()}
        people = sorted((n, a) for a, n in counts.items() if names[a].type == "person") or \
            sorted((n, a) for a, n in counts.items())
        actor = names[people[-1][1]]
        word = fold(actor.name).split()[-1]               # the family name, as people type it
        query = f"actor:{word} event:"
        first = reader.page(reader.resolve(parse(query)), limit=1)[0]
        return query, " ".join(first.text.split())
    finally:
        reader.close()


def selected_colour() -> str:
    """The background the source pane gives the selected span, as an SGR parameter."""
    import asyncio

    from tuiex.app.app import ExplorerApp

    async def read() -> str:
        app = ExplorerApp(DB)
        async with app.run_test():
            r, g, b = app.source.get_component_rich_style("source--selected").bgcolor.triplet
            return f"48;2;{r};{g};{b}"

    return asyncio.run(read())


_SGR = re.compile(r"\x1b\[([0-9;:]*)m")


def highlighted(screen: str, colour: str) -> str:
    """The text drawn on the background `colour` (an SGR "48;2;r;g;b"), runs joined by spaces."""
    runs: list[str] = []
    for line in screen.splitlines():
        bg, run = None, []
        pos = 0
        for m in list(_SGR.finditer(line)) + [None]:
            text = line[pos:m.start()] if m else line[pos:]
            if bg == colour:
                run.append(text)
            elif run:
                runs.append("".join(run))
                run = []
            if m is None:
                break
            pos = m.end()
            params = m.group(1)
            if params in ("", "0") or params.endswith(";49") or params == "49":
                bg = None
            found = re.search(r"48;2;\d+;\d+;\d+", params)
            if found:
                bg = found.group()
            elif re.search(r"(^|;)48;5;\d+", params):
                bg = "other"
        if run:
            runs.append("".join(run))
    return " ".join(" ".join(runs).split())


def test_tuiex_in_tmux(tmux, tmp_path):
    query, passage = pick_actor_event()
    colour = selected_colour()
    status_file = tmp_path / "status"
    tmux.start(tuiex_command(), status_file)

    # it opens on the timeline, with a count in the status line
    tmux.wait_for(lambda s: "Timeline" in s and re.search(r"\d–\d+ of [\d,]+", s))

    # search for the actor
    tmux.send("/")
    tmux.type(query)                    # typed at once: nothing may be lost after "/"
    tmux.send("Enter")
    tmux.wait_for(f"filter: {query}")
    assert "Traceback" not in tmux.screen()

    # open the first event: its passage is on screen, highlighted in the source pane
    tmux.send("Enter")
    head = " ".join(passage.split()[:4])
    deadline = time.monotonic() + 20
    while head not in highlighted(tmux.screen(escapes=True), colour):
        assert time.monotonic() < deadline, (head, highlighted(tmux.screen(escapes=True), colour),
                                             tmux.screen())
        time.sleep(0.1)
    assert "Source" in tmux.screen()

    # quit cleanly: the program ends with status 0 and no traceback
    tmux.send("q")
    assert wait_exit(tmux, status_file) == "0", tmux.screen()
    assert "Traceback" not in tmux.screen()


# -- issue 9: a stray byte from the terminal; the exit status after a crash ------------------------------


def wait_exit(tmux: Tmux, status_file: Path) -> str:
    """The exit status the pane's shell wrote once the program ended (waits up to 20 s)."""
    deadline = time.monotonic() + 20
    while not (status_file.exists() and status_file.read_text().strip()):
        assert time.monotonic() < deadline, tmux.screen()
        time.sleep(0.05)
    return status_file.read_text().strip()


def _explore(patch: str = "") -> list[str]:
    return [sys.executable, "-c", f"import sys\n{patch}\nfrom tuiex.cli import main\n"
            f"sys.exit(main(['explore', {str(DB)!r}]))"]


def test_a_stray_invalid_byte_from_the_terminal_is_survived(tmux, tmp_path):
    status_file = tmp_path / "status"
    tmux.start(_explore(), status_file)
    tmux.wait_for(lambda s: "Timeline" in s and re.search(r"\d–\d+ of [\d,]+", s))
    tmux.send("-H", "ff")                   # one byte that is no UTF-8
    tmux.send("-H", "c3", "28")             # a broken two-byte sequence
    tmux.send("/")
    tmux.type("russia")
    tmux.send("Enter")
    tmux.wait_for("filter: russia")
    assert "Traceback" not in tmux.screen() and not status_file.exists()
    tmux.send("q")
    assert wait_exit(tmux, status_file) == "0"


def test_after_a_crash_the_exit_status_is_not_0(tmux, tmp_path):
    status_file = tmp_path / "status"
    patch = "import tuiex.app.app as a\na.ExplorerApp.action_toggle_quotes = lambda self: 1 / 0"
    tmux.start(_explore(patch), status_file)
    tmux.wait_for(lambda s: "Timeline" in s and re.search(r"\d–\d+ of [\d,]+", s))
    tmux.send("t")
    assert wait_exit(tmux, status_file) != "0"


def test_escape_sequences_in_a_store_never_reach_the_terminal(tmux, tmp_path):
    """A store made by an older tuiex, with escape sequences in outlets, file names and names: the
    explorer draws them as text, so the terminal's title is never set."""
    import sqlite3

    db = tmp_path / "esc.db"
    shutil.copy(DB, db)
    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE articles SET outlet = 'Out\x1b]2;PWNED\x07let', file = 'f\x1b]2;PWNED\x07.txt'")
        conn.execute("UPDATE actors SET name = name || '\x1b]2;PWNED\x07\x1b[2J'")
    conn.close()
    status_file = tmp_path / "status"
    tmux.start([sys.executable, "-c", f"import sys\nfrom tuiex.cli import main\nsys.exit(main(['explore', {str(db)!r}]))"],
               status_file)
    tmux.wait_for(lambda s: "Timeline" in s and re.search(r"\d–\d+ of [\d,]+", s))
    tmux.send("Enter")                       # the source pane: outlet and file name in its header
    screen = tmux.wait_for("Out\ufffd]2;PWNED")
    assert "PWNED" not in tmux("display", "-p", "-t", "e2e", "#{pane_title}")
    assert "Timeline" in screen              # not cleared
    tmux.send("q")
    assert wait_exit(tmux, status_file) == "0"


@pytest.mark.parametrize("size", [(80, 24), (120, 40)])
def test_timeline_rows_say_what_happened_in_tmux(tmux, tmp_path, size):
    """The first rows read source, the trigger phrase and → target; the detail line under the
    timeline has the cursor row's whole sentence."""
    from tuiex.app.timeline import action_phrase
    from tuiex.store.read_records import View

    reader = Reader(DB)
    try:
        items = reader.page(View(), limit=4)
    finally:
        reader.close()
    status_file = tmp_path / "status"
    tmux.start(tuiex_command(), status_file, size=size)
    tmux.wait_for(lambda s: re.search(r"\d–\d+ of [\d,]+", s))
    screen = tmux.screen()
    lines = screen.splitlines()
    for item in items:
        phrase, n = action_phrase(item)
        assert any(phrase[:12] in line for line in lines[1:8]), (phrase, screen)
        if item.target:
            row = next(line for line in lines[1:8] if phrase[:12] in line)
            assert "→" in row, row
    words = " ".join(items[0].text.split()).split()
    assert " ".join(words[:5]) in " ".join(screen.split()), screen    # the detail line
    assert "Traceback" not in screen
    tmux.send("q")
    assert wait_exit(tmux, status_file) == "0", tmux.screen()


def test_ingest_without_db_from_another_folder_in_tmux(tmux, tmp_path):
    """A user's own store, as a new user makes one: `tuiex ingest` in a folder of their own,
    without --db, in a real terminal. The shipped store stays byte-identical; the article lands
    in the user data folder, and `tuiex` from there opens that store and says so."""
    import hashlib

    if DB != SHIPPED.resolve():
        pytest.skip("about the shipped store")
    before = hashlib.sha256(SHIPPED.read_bytes()).hexdigest()
    work = tmp_path / "elsewhere"
    work.mkdir()
    (work / "art.txt").write_text(
        "Germany expels Russian envoy over cyber attack\n\nMarch 3, 2021\n\n"
        "Germany expelled Russia's ambassador on Monday after a cyber attack in Berlin.\n")
    home = tmp_path / "home"
    env = (f"PYTHONPATH={shlex.quote(str(ROOT / 'src'))} XDG_DATA_HOME={home / 'data'} "
           f"XDG_CONFIG_HOME={home / 'config'} TUIEX_DB=")
    status_file = tmp_path / "status"
    tmux.start([sys.executable, "-m", "tuiex", "ingest", "art.txt"], status_file, size=(100, 30),
               cwd=work, env_extra=env)
    deadline = time.monotonic() + 240
    while not (status_file.exists() and status_file.read_text().strip()):
        assert time.monotonic() < deadline, tmux.screen()
        time.sleep(0.2)
    screen = tmux("capture-pane", "-p", "-J", "-S", "-200", "-t", "e2e")    # with what scrolled
    assert status_file.read_text().strip() == "0", screen
    mine = home / "data" / "tuiex" / "events.db"
    assert "1 articles ingested" in "".join(screen.splitlines()), screen
    assert str(mine) in "".join(screen.splitlines()) and mine.exists(), screen
    assert hashlib.sha256(SHIPPED.read_bytes()).hexdigest() == before
    assert not (work / "data").exists()

    tmux.kill()
    status_file.unlink()
    tmux.start([sys.executable, "-m", "tuiex"], status_file, size=(100, 30), cwd=work,
               env_extra=env)
    screen = tmux.wait_for("Opened your store")
    assert "expelled" in screen and "Traceback" not in screen
    tmux.send("q")
    assert wait_exit(tmux, status_file) == "0", tmux.screen()


def test_stacked_filter_in_tmux(tmux, tmp_path):
    """An actor filter, then a search inside it: the status line shows both, the rows are the
    actor's, and Escape comes back one level."""
    reader = Reader(DB)
    try:
        names = {h.id: h.name for h in reader.actor_names()}
        first = reader.page(reader.resolve(parse("event:")), limit=1)[0]
        actor = first.source
        narrowed = reader.count(reader.resolve(parse(f"actor:{fold(actor).split()[-1]}"), quotes=True)
                                .narrow(reader.resolve(parse("russia"), quotes=True))).n
    finally:
        reader.close()
    assert names
    status_file = tmp_path / "status"
    tmux.start(tuiex_command(), status_file)
    tmux.wait_for(lambda s: re.search(r"\d–\d+ of [\d,]+", s))
    tmux.send("a")                               # the first row's source actor in the actor pane
    tmux.wait_for(lambda s: "Show their events" in s and "Actor │" in s)   # focused there
    tmux.send("f")                               # filter the timeline to them
    tmux.wait_for(f'filter: actor:"{actor}"')
    tmux.send("/")
    tmux.type("russia")
    tmux.send("Enter")
    # the rows come first and the count after them ("loading…" until it is known)
    screen = tmux.wait_for(lambda s: f'filter: actor:"{actor}" › russia' in s and "loading" not in s)
    assert re.search(rf"of {narrowed:,}\b", screen), (narrowed, screen)
    tmux.send("Escape")
    screen = tmux.wait_for(lambda s: "› russia" not in s and f'filter: actor:"{actor}"' in s)
    tmux.send("q")
    assert wait_exit(tmux, status_file) == "0", tmux.screen()
