"""Preloaded into every worker of the test cluster in test_cluster_ingest.py (Dask's
`distributed.worker.preload`): a document holding POISON-PILL kills the worker that parses it, every
time; one holding `KILL-ONCE <file>` kills its worker the first time only (the file marks it done).
SIGKILL: nothing in the worker gets to clean up, as when the kernel ends it for lack of memory."""

import os
import re
import signal

import tuiex.ingest.pipeline as pipeline

# Dask may run a preload more than once in a worker: wrap the real extract, never this wrapper.
_extract = pipeline.__dict__.setdefault("_unpatched_extract", pipeline.extract)


def extract(doc):
    if "POISON-PILL" in doc.raw:
        os.kill(os.getpid(), signal.SIGKILL)
    for marker in re.findall(r"KILL-ONCE (\S+)", doc.raw):
        try:
            os.close(os.open(marker, os.O_CREAT | os.O_EXCL | os.O_WRONLY))
        except FileExistsError:
            continue
        os.kill(os.getpid(), signal.SIGKILL)
    return _extract(doc)


pipeline.extract = extract
