"""Atomic publishing of the built site: build aside, then swap.

MkDocs cleans ``site_dir`` and writes into it page after page: a build that
fails half-way leaves a half-written site. Instead, the hook points MkDocs at
a fresh sibling directory (``<site>.new-<pid>-<random>``) and, only once the
whole build succeeded, exchanges it with the published one:

- Linux: ``renameat2(RENAME_EXCHANGE)`` swaps the two names in one system call;
  the old site is then under the fresh name, renamed ``<site>.old-<pid>-<random>``
  and removed;
- elsewhere (or on a file system that refuses the exchange): the old site is
  renamed ``<site>.old-…``, the fresh one renamed into place, the old one removed.

What a process killed between two steps can leave, and what the next build
does with it (``recover``): a ``<site>.new-*`` directory (unfinished build:
removed), a ``<site>.old-*`` directory (the previous site, being removed:
removed, or renamed back to ``<site>`` when no ``<site>`` exists, which only the
fallback path can leave). Leftovers of a process still running (another build
in the same folder) are left alone: the pid in the name says whose they are.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import errno
import logging
import os
import secrets
import shutil
from pathlib import Path

NEW = ".new-"
OLD = ".old-"


class WarningCounter(logging.Handler):
    """Counts the records of WARNING and above, like MkDocs' strict mode does.

    Attached to the ``mkdocs`` logger (every MkDocs, plugin and hook logger is a
    child of it) for one build: ``count`` is what MkDocs will find when it
    decides, after ``on_post_build``, to abort a strict build.
    """

    KEPT = 50  # messages kept for the preview's error page
    # the page is in French (the records keep MkDocs' level names: log_words says them in French on the terminal only)
    LEVELS = {"WARNING": "avertissement", "ERROR": "erreur", "CRITICAL": "erreur"}

    def __init__(self) -> None:
        super().__init__(level=logging.WARNING)
        self.count = 0
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.count += 1
        if len(self.messages) < self.KEPT:
            try:
                self.messages.append(f"{self._level(record)} : {record.getMessage()}")
            except Exception:  # a record whose arguments do not format: still counted
                self.messages.append(self._level(record))

    def _level(self, record: logging.LogRecord) -> str:
        return self.LEVELS.get(record.levelname, record.levelname)


# ---------------------------------------------------------------- names


def _sibling(final: Path, kind: str) -> Path:
    return final.with_name(f"{final.name}{kind}{os.getpid()}-{secrets.token_hex(4)}")


def _owner_alive(leftover: Path, final: Path, kind: str) -> bool:
    """Is the process named in ``<site>.new-<pid>-<hex>`` still running (and not this one)?"""
    pid_text = leftover.name[len(final.name) + len(kind):].split("-", 1)[0]
    if not pid_text.isdigit():
        return False
    pid = int(pid_text)
    if pid == os.getpid():
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # another user's process: alive
        return True
    return True


def leftovers(final: Path, kind: str) -> list[Path]:
    """``<site>.new-*`` or ``<site>.old-*`` siblings left by a process that is no longer running."""
    parent = final.parent
    if not parent.is_dir():
        return []
    prefix = final.name + kind
    return sorted(p for p in parent.iterdir() if p.name.startswith(prefix) and not _owner_alive(p, final, kind))


def _remove(path: Path) -> None:
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path, ignore_errors=True)
    elif path.exists() or path.is_symlink():
        try:
            path.unlink()
        except OSError:
            pass


def recover(final: Path) -> None:
    """Clean what an interrupted build left next to ``final`` (see the module's docstring)."""
    olds = leftovers(final, OLD)
    if olds and not final.exists() and not final.is_symlink():
        # Killed between « old site aside » and « new site in »: put the old one back.
        os.rename(olds[-1], final)
        olds = olds[:-1]
    for path in olds + leftovers(final, NEW):
        _remove(path)


def prepare(final: Path) -> Path:
    """A new empty directory next to ``final``, for MkDocs to build into."""
    final.parent.mkdir(parents=True, exist_ok=True)
    recover(final)
    fresh = _sibling(final, NEW)
    fresh.mkdir()
    return fresh


def discard(fresh: Path | None) -> None:
    """Remove an unfinished build (idempotent)."""
    if fresh is not None:
        _remove(fresh)


# ---------------------------------------------------------------- the swap

_RENAME_EXCHANGE = 2
_AT_FDCWD = -100


def _renameat2():
    """libc's renameat2, or None (not Linux, old glibc, no ctypes)."""
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
        function = libc.renameat2
    except (OSError, AttributeError):
        return None
    function.argtypes = [ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p, ctypes.c_uint]
    function.restype = ctypes.c_int
    return function


def exchange(a: Path, b: Path) -> bool:
    """Swap the names ``a`` and ``b`` in one step; False when the OS cannot (then nothing changed)."""
    function = _renameat2()
    if function is None:
        return False
    if function(_AT_FDCWD, os.fsencode(a), _AT_FDCWD, os.fsencode(b), _RENAME_EXCHANGE) == 0:
        return True
    code = ctypes.get_errno()
    if code in (errno.EINVAL, errno.ENOSYS, errno.ENOTSUP, errno.EOPNOTSUPP, errno.EPERM):
        return False  # not supported here: the caller falls back to two renames
    raise OSError(code, os.strerror(code), str(a), None, str(b))


def swap(fresh: Path, final: Path) -> None:
    """Publish ``fresh`` as ``final``; the previous ``final`` is removed afterwards.

    At every instant ``final`` is either the whole old site or the whole new one,
    except on the fallback path between its two renames (then the old site is
    ``<site>.old-*`` and ``recover`` puts it back).
    """
    if not final.exists() and not final.is_symlink():
        os.rename(fresh, final)
        return
    old = _sibling(final, OLD)
    if exchange(fresh, final):
        os.rename(fresh, old)  # ``fresh`` now names the previous site
    else:
        os.rename(final, old)
        try:
            os.rename(fresh, final)
        except OSError:
            os.rename(old, final)
            raise
    _remove(old)
