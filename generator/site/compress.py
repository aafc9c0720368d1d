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
written. A copy not used for ``KEPT_DAYS`` days is removed (``prune``: every
version of every page has its copy, and the folder only grew, 138 MB after a day
of test runs); the PDFs' cache (``generator/pdf``) the same.

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
import time
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


KEPT_DAYS = 30  # a cached copy not used for this many days is removed (prune)
DAY = 24 * 3600
_pruned: set[Path] = set()  # (the caches pruned by this process: once each)


def cached(cache: Path | None, key: str, make: Callable[[], bytes]) -> bytes:
    """The bytes ``make()`` returns, kept in ``cache`` under ``key`` (a hash of everything they depend
    on); a cache that cannot be read or written is only slower (also used by ``generator/pdf``). A copy read is marked
    used (``prune`` keeps it); the cache is pruned at its first use in a process."""
    if cache is not None:
        if cache not in _pruned:
            _pruned.add(cache)
            prune(cache)
        try:
            out = (cache / key).read_bytes()
        except OSError:
            pass
        else:
            _used(cache / key)
            return out
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


def _used(path: Path, now: float | None = None) -> None:
    """``path``'s time set to now when it is a day old or more: a copy in use is never pruned (a write a day at most,
    not one at each read)."""
    now = time.time() if now is None else now
    try:
        if now - path.stat().st_mtime >= DAY:
            os.utime(path, (now, now))
    except OSError:
        pass


def prune(cache: Path, now: float | None = None) -> int:
    """The copies of ``cache`` not used (``_used``) for ``KEPT_DAYS`` days removed, at most once a day (the time of
    its ``.pruned`` file); the lock files are left. Returns how many were removed.
    Anything that cannot be read or removed is left: a cache only ever makes a build slower, never fails it."""
    now = time.time() if now is None else now
    stamp = cache / ".pruned"
    try:
        if now - stamp.stat().st_mtime < DAY:
            return 0
    except OSError:
        pass  # (never pruned, or no cache yet)
    removed = 0
    try:
        entries = list(os.scandir(cache))
    except OSError:
        return 0
    for entry in entries:
        if entry.name.startswith("."):  # (a copy being written, « .tmp », is new: kept; a crashed build's, pruned)
            continue
        try:
            if entry.is_file(follow_symlinks=False) and now - entry.stat(follow_symlinks=False).st_mtime > KEPT_DAYS * DAY:
                os.unlink(entry.path)
                removed += 1
        except OSError:
            pass
    try:
        stamp.touch()
        os.utime(stamp, (now, now))
    except OSError:
        pass
    return removed


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
