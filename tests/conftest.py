"""Every test runs with its own user data and config folders (platformdirs reads XDG_* on Linux):
a test never reads or writes the real user's store, search history or config, and subprocesses
(the CLI, tmux) inherit the same folders."""

from __future__ import annotations

import os

import pytest


@pytest.fixture(scope="session", autouse=True)
def _private_user_folders(tmp_path_factory):
    home = tmp_path_factory.mktemp("user")
    saved = {k: os.environ.get(k) for k in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "TUIEX_DB")}
    os.environ["XDG_DATA_HOME"] = str(home / "data")
    os.environ["XDG_CONFIG_HOME"] = str(home / "config")
    os.environ.pop("TUIEX_DB", None)
    yield
    for k, v in saved.items():
        if v is None:
            os.environ.pop(k, None)
        else:
            os.environ[k] = v
