"""tuiex: a terminal explorer for political news.

`tuiex.open(path)` opens a store read-only for notebooks and other tools (see `tuiex.api`): its
events, quotes and actors as records, or as pandas DataFrames. `import tuiex` stays light: the API,
SQLite and pandas load on the first `open`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from os import PathLike

    from .api import Corpus

__version__ = "0.1.0"
__all__ = ["__version__", "open"]


def open(path: str | PathLike[str]) -> Corpus:  # noqa: A001 - tuiex.open, as sqlite3.connect
    """The tuiex store at `path`, read-only: a `tuiex.api.Corpus` with `.events()`, `.quotes()`,
    `.actors()` and their `*_df()` DataFrame forms. Raises `tuiex.store.db.StoreError` when `path` is no
    tuiex store."""
    from .api import Corpus

    return Corpus(path)
