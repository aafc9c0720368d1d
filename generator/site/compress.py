"""Precompressed copies of the site's files, written by ``mkdocs build`` (``precompress``).

Static hosts can send a file already compressed instead of compressing it on
each request (nginx ``gzip_static``/``brotli_static``, Apache with the rules of
``README.md``): next to each text file of the site larger than ``MIN_SIZE``
(pages, styles, scripts, JSON, the engine, Pyodide's WebAssembly), the build
writes ``<file>.gz`` (gzip, level 9) and ``<file>.br`` (Brotli, quality 11) when
they are smaller than the file. A zip file (the checklist's standard library,
``generator/checklist/stdlib.py``) is compressed already: it is left as it is. Browsers
ask for ``br`` only over HTTPS; ``gzip`` everywhere.

Brotli at quality 11 takes about 25 s for Pyodide's 9.6 MB WebAssembly file;
the compressed copies are therefore kept in a cache folder, by content
(SHA-256), and reused by the next builds (``BTS_GUIDE_CACHE``, default
``~/.cache/bts-guide/compressed``; a cache that cannot be written only makes
the build slower). Without the ``brotli`` package only the ``.gz`` files are
written.

Called from the hook's ``on_post_build`` (``events.py``), on the fresh build
folder before it is published; never under ``mkdocs serve``, nor with
``BTS_GUIDE_COMPRESS=0`` (``events.compress_wanted``: the tests' builds that
never read the copies).
"""

from __future__ import annotations

import contextlib
import gzip
import hashlib
import os
from collections.abc import Callable
from pathlib import Path

try:
    import brotli
except ImportError:  # optional: .gz only
    brotli = None

try:
    import fcntl
except ImportError:  # (Windows: no lock between builds, only slower)
    fcntl = None

MIN_SIZE = 1024  # bytes: below, the compressed copy saves less than a round trip is worth
COMPRESSIBLE = frozenset({".html", ".css", ".js", ".mjs", ".json", ".wasm", ".py", ".svg", ".xml", ".ics", ".txt"})
WORTH = 0.95  # a copy is written only when it is at most this fraction of the file


def cache_base() -> Path:
    """The build's cache folder: ``BTS_GUIDE_CACHE``, or ``bts-guide`` in the user's cache folder."""
    override = os.environ.get("BTS_GUIDE_CACHE")
    return Path(override) if override else Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "bts-guide"


def cache_dir() -> Path:
    return cache_base() / "compressed"


def _gzip(data: bytes) -> bytes:
    return gzip.compress(data, compresslevel=9, mtime=0)


def _brotli(data: bytes) -> bytes:
    return brotli.compress(data, quality=11)


ENCODINGS = {".gz": _gzip, ".br": _brotli}


def _compressed(data: bytes, suffix: str, cache: Path | None) -> bytes:
    """``data`` compressed for ``suffix`` (.gz or .br), from the cache when it holds it."""
    return cached(cache, hashlib.sha256(data).hexdigest() + suffix, lambda: ENCODINGS[suffix](data))


def cached(cache: Path | None, key: str, make: Callable[[], bytes]) -> bytes:
    """The bytes ``make()`` returns, kept in ``cache`` under ``key`` (a hash of everything they depend
    on); a cache that cannot be read or written is only slower (also used by ``generator/pdf``)."""
    if cache is not None:
        try:
            return (cache / key).read_bytes()
        except OSError:
            pass
    with _making(cache, key):
        if cache is not None:
            # (made meanwhile by the build that held the lock)
            try:
                return (cache / key).read_bytes()
            except OSError:
                pass
        out = make()
        if cache is not None:
            try:
                cache.mkdir(parents=True, exist_ok=True)
                partial = cache / f"{key}.{os.getpid()}.tmp"
                partial.write_bytes(out)
                partial.replace(cache / key)
            except OSError:
                pass
    return out


@contextlib.contextmanager
def _making(cache: Path | None, key: str):
    """Held while ``key`` is made: builds that run at the same time and miss the same key (the tests' workers, each
    building a site at the start of a run with an empty cache) wait for the one making it instead of each compressing
    Pyodide's WebAssembly again (~25 s of processor each). One lock file per 256th of the keys, kept in the cache (a
    lock file removed while another build waits on it would let a third make the key again); without ``fcntl`` (not
    on Windows) or a writable cache, no lock: only slower."""
    if cache is None or fcntl is None:
        yield
        return
    try:
        cache.mkdir(parents=True, exist_ok=True)
        lock = open(cache / f".lock-{hashlib.sha256(key.encode()).hexdigest()[:2]}", "a")
    except OSError:
        yield
        return
    with lock:
        try:
            fcntl.flock(lock, fcntl.LOCK_EX)
        except OSError:
            pass
        yield  # (the lock is released when the file is closed)


def precompress(site: Path, cache: Path | None = None) -> dict[str, int]:
    """Write the ``.gz`` (and ``.br``) copies of the compressible files of ``site``; returns
    {suffix: number of files written}. ``cache``: default ``cache_dir()``."""
    cache = cache_dir() if cache is None else cache
    suffixes = [".gz"] + ([".br"] if brotli is not None else [])
    written = dict.fromkeys(suffixes, 0)
    for path in sorted(site.rglob("*")):
        if path.suffix not in COMPRESSIBLE or not path.is_file() or path.is_symlink():
            continue
        data = path.read_bytes()
        if len(data) < MIN_SIZE:
            continue
        for suffix in suffixes:
            out = _compressed(data, suffix, cache)
            if len(out) <= WORTH * len(data):
                path.with_name(path.name + suffix).write_bytes(out)
                written[suffix] += 1
    return written
