"""`tuiex ingest URL...`: file:// URLs and fsspec URLs (here the in-memory file system, which needs
no network), read and skipped like local files, stored under their URL."""

from __future__ import annotations

import importlib.util
import json
import sqlite3

import fsspec
import pytest
from test_parallel_ingest import SAMPLE

from tuiex.batch import ingest
from tuiex.cli import main

SAMPLES = sorted(SAMPLE.glob("*.txt"))


def _stored(db) -> list[tuple]:
    with sqlite3.connect(db) as con:
        return con.execute("SELECT path, file, published, published_how FROM articles ORDER BY id").fetchall()


@pytest.fixture
def memfs():
    fs = fsspec.filesystem("memory")
    fs.rm("/corpus", recursive=True) if fs.exists("/corpus") else None
    yield fs
    if fs.exists("/corpus"):
        fs.rm("/corpus", recursive=True)


def test_a_file_url_is_its_path(tmp_path):
    a = ingest([str(SAMPLE)], str(tmp_path / "a.db"))
    b = ingest([SAMPLE.as_uri()], str(tmp_path / "b.db"))
    assert a.articles == b.articles == len(SAMPLES)
    assert _stored(tmp_path / "a.db") == _stored(tmp_path / "b.db")


def test_an_fsspec_folder_is_read_like_a_local_one(tmp_path, memfs):
    memfs.pipe("/corpus/a.txt", SAMPLES[0].read_bytes())
    memfs.pipe("/corpus/sub/b.txt", SAMPLES[1].read_bytes())
    memfs.pipe("/corpus/sub/b.txt.meta.json", json.dumps({"published": "2016-07-01"}).encode())
    memfs.pipe("/corpus/empty.txt", b"  \n")
    memfs.pipe("/corpus/.hidden.txt", SAMPLES[2].read_bytes())
    memfs.pipe("/corpus/image.png", b"\x89PNG")
    db = str(tmp_path / "s.db")
    summary = ingest(["memory://corpus", "memory://nowhere"], db)
    assert summary.articles == 2
    assert [(s.path, s.reason) for s in summary.skipped] == [
        ("memory:///corpus/empty.txt", "empty file"), ("memory://nowhere", "no such file or folder")]
    assert _stored(db)[0][:2] == ("memory:///corpus/a.txt", "a.txt")
    assert _stored(db)[1] == ("memory:///corpus/sub/b.txt", "b.txt", "2016-07-01", "sidecar")
    again = ingest(["memory://corpus/*.txt", "memory://corpus/sub/b.txt"], db)
    assert (again.articles, again.unchanged) == (0, 2)


@pytest.mark.skipif(importlib.util.find_spec("s3fs") is not None, reason="s3fs is installed here")
def test_a_url_whose_file_system_is_not_installed_is_skipped_with_the_reason(tmp_path, capsys):
    assert main(["ingest", "s3://bucket/news/", str(SAMPLES[0]), "--db", str(tmp_path / "s.db"), "--quiet"]) == 1
    err = capsys.readouterr().err
    assert "skipped s3://bucket/news/: cannot read this kind of URL here" in err and "s3fs" in err
    assert "Traceback" not in err
