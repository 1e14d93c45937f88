"""Where the stores are, and the user's settings.

- The **sample store** ships with the project (`data/events.db` of the checkout). It is only
  read, unless a user names it with `--db` themselves.
- The **user's store** is `--db`, else `TUIEX_DB`, else `store` in the config file, else
  `events.db` in the platform's user data folder (platformdirs: `~/.local/share/tuiex` on
  Linux). `tuiex ingest` without `--db` writes there.
- `tuiex` (and search, export, stats) without `--db` opens the user's store when it exists and
  the sample store otherwise, from any working folder, and says which.
- The **config file** is `config.toml` in the platform's config folder (`~/.config/tuiex` on
  Linux; `TUIEX_CONFIG` names another file): `store = "..."`, `theme = "..."` (the theme last
  chosen in the palette is written back) and a `[keys]` table of key overrides by binding id,
  e.g. `search = "ctrl+f"`. The file is read with tomlkit, which keeps the user's comments when
  the theme is written back.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import platformdirs

APP = "tuiex"
ROOT = Path(__file__).resolve().parents[2]          # the checkout (src/tuiex/config.py)
SAMPLE_NAME = "data/events.db"


class ConfigError(Exception):
    """The config file cannot be read; the message says where and why."""


def sample_store() -> Path:
    """The shipped sample store: the checkout's data/events.db (or the working folder's, for an
    installed copy run from a checkout)."""
    shipped = ROOT / SAMPLE_NAME
    if shipped.exists():
        return shipped
    return Path.cwd() / SAMPLE_NAME


def config_path() -> Path:
    env = os.environ.get("TUIEX_CONFIG")
    if env:
        return Path(env).expanduser()
    return Path(platformdirs.user_config_dir(APP, appauthor=False)) / "config.toml"


def data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP, appauthor=False))


@dataclass
class Config:
    store: str | None = None
    theme: str | None = None
    keys: dict[str, str] = field(default_factory=dict)
    path: Path | None = None


def load_config(path: Path | None = None) -> Config:
    """The settings in the config file (defaults when there is none)."""
    import tomlkit
    from tomlkit.exceptions import TOMLKitError

    path = path or config_path()
    if not path.exists():
        return Config(path=path)
    try:
        doc = tomlkit.parse(path.read_text(encoding="utf-8")).unwrap()
    except (OSError, UnicodeDecodeError, TOMLKitError) as e:
        raise ConfigError(f"the config file {path} cannot be read: {e}") from None
    store, theme, keys = doc.get("store"), doc.get("theme"), doc.get("keys", {})
    if store is not None and not isinstance(store, str):
        raise ConfigError(f"{path}: store must be a file name in quotes")
    if theme is not None and not isinstance(theme, str):
        raise ConfigError(f"{path}: theme must be a theme name in quotes")
    if not isinstance(keys, dict) or not all(isinstance(v, str) for v in keys.values()):
        raise ConfigError(f'{path}: [keys] holds binding = "key" lines, e.g. search = "ctrl+f"')
    return Config(store=store, theme=theme, keys=dict(keys), path=path)


def save_setting(name: str, value: str, path: Path | None = None) -> None:
    """Write one top-level setting into the config file, keeping everything else in it."""
    import tomlkit

    path = path or config_path()
    doc = tomlkit.parse(path.read_text(encoding="utf-8")) if path.exists() else tomlkit.document()
    doc[name] = value
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(tomlkit.dumps(doc), encoding="utf-8")
    tmp.replace(path)


def user_store(config: Config | None = None) -> Path:
    """The user's own store: TUIEX_DB, else the config's `store`, else the user data folder's."""
    env = os.environ.get("TUIEX_DB")
    if env:
        return Path(env).expanduser()
    config = config if config is not None else load_config()
    if config.store:
        return Path(config.store).expanduser()
    return data_dir() / "events.db"


def same_file(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve() or (a.exists() and b.exists() and a.samefile(b))
    except OSError:
        return False


@dataclass(frozen=True)
class Opened:
    path: Path
    why: str            # "sample store", "your store", "--db"

    def describe(self) -> str:
        if self.why == "sample store":
            return f"the sample store {self.path} (your own: tuiex ingest ARTICLES)"
        return f"{self.why} {self.path}"


def store_to_read(db: str | None, config: Config | None = None) -> Opened:
    """The store `tuiex`, search, export and stats read: --db when given, else the user's store
    when it exists, else the sample store. TUIEX_DB names the user's store; naming one that does
    not exist is an error the caller reports (not a silent fall back on the sample)."""
    if db:
        return Opened(Path(db), "store")
    mine = user_store(config)
    if mine.exists() or os.environ.get("TUIEX_DB"):
        return Opened(mine, "your store")
    return Opened(sample_store(), "sample store")


def store_to_write(db: str | None, config: Config | None = None,
                   on_made: Callable[[Path], None] | None = None) -> Path:
    """The store `tuiex ingest` writes: --db when given, else the user's store. Never the sample
    store unless it is named with --db.

    Only the platform's user data folder (the default store's) is made when missing, and
    `on_made(folder)` is told so the user hears of it; a folder the user named (--db, TUIEX_DB,
    the config's `store`) is never made: the store layer refuses it, naming the folder."""
    if db:
        return Path(db)
    mine = user_store(config)
    if same_file(mine, sample_store()):
        raise ConfigError(f"{mine} is the shipped sample store: name it with --db to write into it")
    if mine.parent == data_dir() and not mine.parent.is_dir():
        mine.parent.mkdir(parents=True, exist_ok=True)
        if on_made is not None:
            on_made(mine.parent)
    return mine


HISTORY_SIZE = 200


def history_path() -> Path:
    """Where the search box's history is kept between runs (the user data folder)."""
    return data_dir() / "search-history.txt"


def load_history(path: Path) -> list[str]:
    """Earlier searches, oldest first (none when the file is missing or unreadable)."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError):
        return []
    return [line for line in lines if line.strip()][-HISTORY_SIZE:]


def save_history(path: Path, entries: list[str]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text("".join(e + "\n" for e in entries[-HISTORY_SIZE:]), encoding="utf-8")
    tmp.replace(path)
