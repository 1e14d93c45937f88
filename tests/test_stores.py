"""Which store tuiex reads and writes, the config file, and the command line's promises: the
shipped sample store is never written without --db, a user's store lives in the platform's user
data folder (or TUIEX_DB / --db), `tuiex` opens it when it exists and the sample otherwise."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tuiex import config as cfg
from tuiex.cli import _parser, main

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "data" / "events.db"

ARTICLE = """\
Germany expels Russian envoy over cyber attack

March 3, 2021

Germany expelled Russia's ambassador on Monday after a cyber attack on the parliament in Berlin.
"""


@pytest.fixture(autouse=True)
def home(tmp_path, monkeypatch) -> Path:
    """A user of their own: empty data and config folders, no TUIEX_DB."""
    home = tmp_path / "home"
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.delenv("TUIEX_DB", raising=False)
    monkeypatch.delenv("TUIEX_CONFIG", raising=False)
    return home


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


# -- where stores are ------------------------------------------------------------------------------


def test_the_sample_store_is_read_until_the_user_has_one(home):
    opened = cfg.store_to_read(None)
    assert opened.why == "sample store" and opened.path == SAMPLE
    assert "sample store" in opened.describe()
    mine = home / "data" / "tuiex" / "events.db"
    assert cfg.store_to_write(None) == mine and mine.parent.is_dir()
    mine.write_bytes(b"")
    opened = cfg.store_to_read(None)
    assert opened.why == "your store" and opened.path == mine


def test_tuiex_db_and_the_config_name_the_users_store(home, monkeypatch, tmp_path):
    conf = home / "config" / "tuiex" / "config.toml"
    conf.parent.mkdir(parents=True)
    conf.write_text(f'store = "{tmp_path / "mine.db"}"\n')
    assert cfg.store_to_write(None) == tmp_path / "mine.db"
    monkeypatch.setenv("TUIEX_DB", str(tmp_path / "env.db"))
    assert cfg.store_to_write(None) == tmp_path / "env.db"
    assert cfg.store_to_read(None).path == tmp_path / "env.db"      # named: no fall back
    assert cfg.store_to_read("x.db").path == Path("x.db")            # --db wins


def test_ingest_without_db_never_writes_the_sample_store(monkeypatch, capsys):
    monkeypatch.setenv("TUIEX_DB", str(SAMPLE))
    before = digest(SAMPLE)
    assert main(["ingest", "nothing-here.txt"]) == 2
    err = capsys.readouterr().err
    assert "sample store" in err and "--db" in err and "Traceback" not in err
    assert digest(SAMPLE) == before


@pytest.mark.slow
def test_ingest_from_another_folder_lands_in_the_user_data_folder(home, tmp_path):
    """The real command, from a folder that is not the checkout: the sample store stays
    byte-identical, the article lands in the user's store, and `tuiex stats` then reads it."""
    work = tmp_path / "elsewhere"
    (work / "data").mkdir(parents=True)
    (work / "art.txt").write_text(ARTICLE)
    before = digest(SAMPLE)
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src"), "XDG_DATA_HOME": str(home / "data"),
           "XDG_CONFIG_HOME": str(home / "config")}
    env.pop("TUIEX_DB", None)
    run = subprocess.run([sys.executable, "-m", "tuiex", "ingest", "art.txt"], cwd=work, env=env,
                         capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stderr
    mine = home / "data" / "tuiex" / "events.db"
    assert str(mine) in run.stdout and mine.exists()
    assert digest(SAMPLE) == before and not (work / "data" / "events.db").exists()
    stats = subprocess.run([sys.executable, "-m", "tuiex", "stats"], cwd=work, env=env,
                           capture_output=True, text=True, timeout=60)
    assert f"{mine} (your store)" in stats.stdout and "articles       1" in stats.stdout


def test_stats_from_any_folder_reads_the_sample_store(capsys, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert main(["stats"]) == 0
    assert f"{SAMPLE} (sample store)" in capsys.readouterr().out


# -- the config file ----------------------------------------------------------------------------


def test_config_file_is_read_and_the_theme_written_back_keeping_comments(home):
    path = home / "config" / "tuiex" / "config.toml"
    path.parent.mkdir(parents=True)
    path.write_text('# my settings\ntheme = "nord"\n\n[keys]\nsearch = "ctrl+f"\n')
    c = cfg.load_config()
    assert (c.theme, c.keys, c.path) == ("nord", {"search": "ctrl+f"}, path)
    cfg.save_setting("theme", "textual-light", path)
    text = path.read_text()
    assert "# my settings" in text and 'theme = "textual-light"' in text and "ctrl+f" in text


@pytest.mark.parametrize("body", ['theme = "unclosed\n', "store = 3\n", 'keys = "x"\n'])
def test_a_bad_config_file_is_a_clear_message(home, capsys, body):
    path = home / "config" / "tuiex" / "config.toml"
    path.parent.mkdir(parents=True)
    path.write_text(body)
    with pytest.raises(cfg.ConfigError, match="config.toml"):
        cfg.load_config()
    assert main(["ingest", "x.txt"]) == 2
    err = capsys.readouterr().err
    assert "config.toml" in err and "Traceback" not in err


# -- the command line ---------------------------------------------------------------------------


def test_every_option_has_help_text():
    parser = _parser()
    subs = next(a for a in parser._actions if a.choices and isinstance(a.choices, dict)).choices
    for name, sub in [("tuiex", parser), *subs.items()]:
        for action in sub._actions:
            assert action.help, f"{name}: {action.option_strings or action.dest} has no help"


def test_version_and_python_m(capsys):
    with pytest.raises(SystemExit) as e:
        main(["--version"])
    assert e.value.code == 0
    from tuiex import __version__
    assert capsys.readouterr().out.strip() == f"tuiex {__version__}"
    run = subprocess.run([sys.executable, "-m", "tuiex", "--help"], capture_output=True, text=True,
                         env={**os.environ, "PYTHONPATH": str(ROOT / "src")}, timeout=60)
    assert run.returncode == 0 and "usage: tuiex" in run.stdout and "ingest" in run.stdout


def test_search_says_when_it_cut_the_list(capsys):
    assert main(["search", "--db", str(SAMPLE), "--limit", "3", "russia"]) == 0
    out, err = capsys.readouterr()
    total = int(err.split(" of ")[1].split()[0].replace(",", ""))
    assert f"3 of {total} shown; --limit 0 for all" in err and total > 3
    assert main(["search", "--db", str(SAMPLE), "--limit", "0", "--json", "russia"]) == 0
    out, err = capsys.readouterr()
    assert len(out.splitlines()) == total and "shown" not in err
    assert "--limit N" in _parser()._subparsers._group_actions[0].choices["search"].format_help()


def test_ingest_counts_files_first_and_loads_the_model_as_a_step(tmp_path):
    from tuiex.batch import ingest

    folder = tmp_path / "in"
    folder.mkdir()
    for i in range(3):
        (folder / f"a{i}.txt").write_text(ARTICLE.replace("Monday", f"Monday {i}"))
    seen: list = []
    summary = ingest([str(folder), str(tmp_path / "missing.txt")], str(tmp_path / "s.db"),
                     on_stage=lambda stage, n: seen.append((stage, n)),
                     on_progress=lambda path: seen.append(("done", None)))
    assert summary.articles == 3
    assert seen[0] == ("files", 4)                           # the total, before any work
    model = seen.index(("model", None))
    assert seen[model + 1] == ("extract", None)              # the model: its own step
    assert seen.count(("done", None)) == 4
    seen.clear()
    ingest([str(folder)], str(tmp_path / "s.db"), on_stage=lambda s, n: seen.append(s))
    assert seen == ["files"]                                 # nothing new: no model to load


def test_ingest_progress_bar_shows_total_eta_and_the_model_step(tmp_path, monkeypatch, capsys):
    """The bar as drawn on a terminal (stderr a TTY): its steps and columns."""
    import rich.progress

    drawn: list[str] = []
    real_update = rich.progress.Progress.update

    def update(self, task_id, **kw):
        real_update(self, task_id, **kw)
        task = self._tasks[task_id]
        drawn.append(f"{task.fields.get('step')}|{task.total}")
    monkeypatch.setattr(rich.progress.Progress, "update", update)
    monkeypatch.setattr(sys.stderr, "isatty", lambda: True)
    (tmp_path / "a.txt").write_text(ARTICLE)
    assert main(["ingest", str(tmp_path / "a.txt"), "--db", str(tmp_path / "s.db")]) == 0
    assert drawn[0] == "ingesting|1"
    assert "loading the language model|1" in drawn and drawn[-1] == "ingesting|1"
