"""Inputs given as URLs: `file://` (a local path by another name) and any fsspec URL (`s3://`,
`gs://`, `https://`, ...) whose file system is installed (s3fs, gcsfs, ...).

A URL names a file, a folder (taken recursively, like a local folder) or a glob pattern. Each file
is copied to a temporary folder, with its `.meta.json` sidecar when it has one, and read by the same
reader as a local file, so bad files are reported and skipped exactly as local ones; the article is
stored under its URL. With --jobs, reading happens in the ingesting process, which ships the text
to the workers; on a Dask cluster each worker reads (and fetches) the files it is given
(`input_files` names them, `read_input_file` reads one), so the text never passes through the
ingesting process.

fsspec is imported only when a URL other than file:// is given."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import unquote, urlsplit

from ..records import SourceDoc
from .readers import SIDECAR_SUFFIX, Skipped, _expand, _named, _wanted, read_documents


def is_url(arg: str) -> bool:
    scheme = urlsplit(arg).scheme
    return len(scheme) > 1 and "://" in arg         # not a Windows drive letter (C:\...)


def read_inputs(paths: list[str], *, published: str | None = None) -> Iterator[SourceDoc | Skipped]:
    """`read_documents` for command-line arguments that may be URLs, in their order. Raises at
    once for a bad `published`, as `read_documents` does."""
    if not any(is_url(p) for p in paths):
        return read_documents(paths, published=published)
    read_documents([], published=published)          # a bad --published raises now, not mid-batch
    return _read_all(paths, published)


def _read_all(paths: list[str], published: str | None) -> Iterator[SourceDoc | Skipped]:
    local: list[str] = []                             # consecutive local paths, read together
    for arg in paths:
        if is_url(arg) and urlsplit(arg).scheme == "file":
            local.append(unquote(urlsplit(arg).path))
        elif is_url(arg):
            if local:
                yield from read_documents(local, published=published)
                local = []
            yield from _read_url(arg, published)
        else:
            local.append(arg)
    if local:
        yield from read_documents(local, published=published)


def _read_url(url: str, published: str | None) -> Iterator[SourceDoc | Skipped]:
    for item in _url_files(url):
        if isinstance(item, Skipped):
            yield item
        else:
            yield from read_file_url(item, published)


def input_files(paths: list[str]) -> Iterator[str | Skipped]:
    """The files that command-line arguments name, one at a time, each as a string that
    `read_input_file` reads on any machine that sees the same files (a local path, or the URL of
    one remote file), and the arguments that name none as Skipped: in the order, and with the
    repeated files left out, of `read_inputs`. A Dask worker reads each file itself (cluster.py)."""
    local: list[str] = []
    for arg in paths:
        if is_url(arg) and urlsplit(arg).scheme == "file":
            local.append(unquote(urlsplit(arg).path))
        elif is_url(arg):
            if local:
                yield from _local_files(local)
                local = []
            yield from _url_files(arg)
        else:
            local.append(arg)
    if local:
        yield from _local_files(local)


def _local_files(paths: list[str]) -> Iterator[str | Skipped]:
    for item in _expand(paths):
        if isinstance(item, Skipped):
            _named(item)                # its path and reason made printable, in place
            yield item
        else:
            yield str(item)


def read_input_file(name: str, published: str | None = None) -> Iterator[SourceDoc | Skipped]:
    """The documents of one file named by `input_files`, as `read_inputs` reads them."""
    if is_url(name):
        return read_file_url(name, published)
    return read_documents([name], published=published)


def _url_files(url: str) -> Iterator[str | Skipped]:
    """The URL of every file a URL names (itself, a folder's files, a glob's matches), or Skipped."""
    try:
        import fsspec
    except ImportError:
        yield Skipped(url, "reading URLs needs fsspec: pip install 'tuiex[cluster]' (and s3fs for s3://, "
                           "gcsfs for gs://)")
        return
    try:
        fs, root = fsspec.core.url_to_fs(url)
        files = _files(fs, root)
    except ImportError as e:                          # the scheme's file system is not installed
        yield Skipped(url, f"cannot read this kind of URL here: {e}")
        return
    except FileNotFoundError:
        yield Skipped(url, "no such file or folder")
        return
    except Exception as e:  # noqa: BLE001 - no such bucket, no credentials, no network...
        yield Skipped(url, f"cannot list it ({type(e).__name__}: {e})")
        return
    if not files:
        yield Skipped(url, "no text, HTML or JSON files at this URL")
        return
    protocol = fs.protocol if isinstance(fs.protocol, str) else fs.protocol[0]
    for remote in files:
        yield fs.unstrip_protocol(remote) if hasattr(fs, "unstrip_protocol") else f"{protocol}://{remote}"


def read_file_url(shown: str, published: str | None) -> Iterator[SourceDoc | Skipped]:
    """The documents of one remote file, by its URL (fsspec)."""
    try:
        import fsspec

        fs, remote = fsspec.core.url_to_fs(shown)
    except Exception as e:  # noqa: BLE001 - fsspec or the scheme's file system missing here (a worker)
        yield Skipped(shown, f"cannot read this kind of URL here ({type(e).__name__}: {e})")
        return
    yield from _read_remote_file(fs, remote, shown, published)


def _files(fs, root: str) -> list[str]:
    """The files a URL names: itself, the wanted files under a folder, or a glob's matches."""
    if any(c in root for c in "*?["):    # as for a local pattern: hidden names left out, and other
        tail = root.rsplit("/", 1)[-1]     # extensions than ours only when the pattern names one
        names_extension = "." in tail and not any(c in tail.rsplit(".", 1)[1] for c in "*?[")
        return sorted(p for p in fs.glob(root)
                      if not p.rsplit("/", 1)[-1].startswith(".") and fs.isfile(p)
                      and (_wanted(p) or names_extension and not p.endswith(SIDECAR_SUFFIX)))
    if fs.isdir(root):
        return sorted(p for p in fs.find(root)
                      if _wanted(p) and not any(part.startswith(".") for part in p[len(root):].split("/")))
    if fs.exists(root):
        return [root]
    raise FileNotFoundError(root)


def _read_remote_file(fs, remote: str, shown: str, published: str | None) -> Iterator[SourceDoc | Skipped]:
    with tempfile.TemporaryDirectory(prefix="tuiex-url-") as tmp:
        local = Path(tmp) / (os.path.basename(remote.rstrip("/")) or "file")
        try:
            fs.get_file(remote, str(local))
        except Exception as e:  # noqa: BLE001
            yield Skipped(shown, f"cannot fetch it ({type(e).__name__}: {e})")
            return
        try:
            fs.get_file(remote + SIDECAR_SUFFIX, str(local) + SIDECAR_SUFFIX)
        except Exception:  # noqa: BLE001 - most files have no sidecar
            pass
        prefixes = (os.path.realpath(local), str(local))
        for item in read_documents([str(local)], published=published):
            for prefix in prefixes:
                if item.path.startswith(prefix):
                    item.path = shown + item.path[len(prefix):]       # "s3://b/x.jsonl#3" for a record
                    break
            yield item
