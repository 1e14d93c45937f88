"""Reader.close() while another thread's statement runs (the explorer quitting while a worker
reads): the statement is interrupted and its caller gets Cancelled; the connection is closed only
after the statement has stopped (closing it under a running statement crashed the interpreter
now and then, or waited for the statement to finish)."""

from __future__ import annotations

import threading
import time

import pytest

from tuiex.store.read_records import Cancelled
from tuiex.store.reader import Reader

SLOW = ("WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 30000000) "
        "SELECT count(*) FROM c")


def test_close_interrupts_a_statement_running_in_another_thread(sample_db):
    reader = Reader(sample_db)
    started, outcome = threading.Event(), {}

    def read():
        started.set()
        try:
            reader._rows(SLOW)
            outcome["read"] = "finished"
        except Cancelled:
            outcome["read"] = "cancelled"

    thread = threading.Thread(target=read)
    thread.start()
    started.wait()
    time.sleep(0.2)                     # the statement is running
    reader.close()
    thread.join()
    assert outcome == {"read": "cancelled"}


def test_a_closed_reader_reads_nothing_and_opens_nothing(sample_db):
    reader = Reader(sample_db)
    reader.close()
    outcome = {}

    def read():                         # a worker thread that never had a connection
        try:
            reader._rows("SELECT count(*) FROM events")
        except Cancelled:
            outcome["read"] = "cancelled"

    thread = threading.Thread(target=read)
    thread.start()
    thread.join()
    assert outcome == {"read": "cancelled"}
    with pytest.raises(Cancelled):
        reader.data_version()
    assert reader._connections == []
