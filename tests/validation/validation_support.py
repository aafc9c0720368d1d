"""Helpers of the validation tests: a temporary project root and the validator as staff run it."""

from __future__ import annotations

import contextlib
import hashlib
import io
import pickle
import shlex
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from project_support import FROZEN, REPO

HERE = Path(__file__).resolve().parent
BASE = HERE / "base"
INVALID = HERE / "invalid"
HEADLINE = re.compile(r"^(academies|content)/")


def build_root(tmp: Path) -> Path:
    """A project root: the frozen project's content/ (departments table replaced by the fixture's) plus the small valid fixture academy.

    The frozen content (tests/fixtures/project/), not the real one: the expected messages quote
    national ids, choices and lines that staff may change in content/.
    """
    root = tmp / "root"
    shutil.copytree(FROZEN / "content", root / "content")
    shutil.copytree(BASE / "academies", root / "academies")
    shutil.copytree(BASE / "content", root / "content", dirs_exist_ok=True)  # the fixture's own departments table
    return root


@dataclass
class Run:
    code: int
    stdout: str
    stderr: str

    @property
    def output(self) -> str:
        return self.stdout + self.stderr

    def headlines(self) -> list[str]:
        return [line for line in self.stdout.splitlines() if HEADLINE.match(line)]


def on_root(text: str, root: Path) -> str:
    """``text`` with each « python -m generator … » command run on the project ``root``, as a command run with ``--root
    ROOT`` prints the commands it gives (staffdocs64 item 1: its refusals and validate's problems gave them without it,
    and they read the repository's files, not the project's)."""
    return text.replace("python -m generator ", f"python -m generator --root {shlex.quote(str(root))} ")


def run_validate(root: Path | None = None, *paths: str) -> Run:
    """``python -m generator [--root ROOT] validate [PATH…]`` in a subprocess, as staff would run it."""
    command = [sys.executable, "-m", "generator"]
    if root is not None:
        command += ["--root", str(root)]
    command += ["validate", *paths]
    done = subprocess.run(command, cwd=REPO, capture_output=True, text=True, timeout=120)
    return Run(done.returncode, done.stdout, done.stderr)


def main_in_process(root: Path, *args: str) -> Run:
    """``python -m generator --root ROOT ARGS…`` through the command line's own ``main`` in this process:
    what the command prints and returns, without starting Python and importing the generator for each of
    hundreds of runs (``test_invalid_fixtures.py`` compares it with ``run_validate`` on a sample)."""
    from generator.cli import main

    # Strict UTF-8 streams, as a process's: what one could not print fails here too.
    out, err = (io.TextIOWrapper(io.BytesIO(), encoding="utf-8", errors="strict", newline="\n") for _ in range(2))
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(["--root", str(root), *args])
    return Run(code, *(_written(stream) for stream in (out, err)))


def validate_in_process(root: Path, *paths: str) -> Run:
    """``validate [PATH…]`` of ``root`` in this process (``main_in_process``)."""
    return main_in_process(root, "validate", *paths)


def validate_here(root: Path, *paths: str, limit: int = 120) -> Run:
    """``validate [PATH…]`` of ``root`` in this process (``validate_in_process``) within ``run_validate``'s time limit:
    a reading that blocks (a named pipe opened) fails the test after ``limit`` seconds instead of waiting for ever
    (SIGALRM, in the main thread; elsewhere no limit). For files of many runs whose subject is what validate says, not
    the process: speedtests61, ~0.8 s of processor a process (Python started, the generator imported) against the
    command's work, ~0.3 s here; tests/validation/test_invalid_fixtures.py compares both ways on a sample."""
    import signal
    import threading

    if threading.current_thread() is not threading.main_thread() or not hasattr(signal, "SIGALRM"):
        return validate_in_process(root, *paths)

    class Expired(BaseException):  # (not an Exception: the command's « Erreur interne » does not catch it)
        pass

    def expired(signum, frame):
        raise Expired(f"validate of {root}: more than {limit} s")

    previous = signal.signal(signal.SIGALRM, expired)
    signal.alarm(limit)
    try:
        return validate_in_process(root, *paths)
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def _written(stream: io.TextIOWrapper) -> str:
    stream.flush()
    return stream.buffer.getvalue().decode("utf-8")


_CONTENT_READS: dict[str, bytes | None] = {}


@contextlib.contextmanager
def content_read_once():
    """Within it, ``generator.loading.read_content`` (validate's first step: the national content/ read with the
    schema) reads each state of a content/ folder once per process, each later read given a copy of the content (pickled)
    and the same problems, warnings and source lines added, in the same order. For the files of hundreds of validate
    runs whose content/ is the frozen one, unchanged, and whose subject is what validate says of the file a test
    damaged (speedD, stop 66: ~60 % of the processor of such a run was reading the same national files again). Read
    again each time: a content/ that is or holds a symbolic link (whether it leads out depends on the root), a read
    that holds the project's path, or that cannot be copied."""
    from generator import loading
    from generator.problems import Problems

    read = loading.read_content

    def read_content(root: Path, problems: Problems):
        key = _content_state(root)
        if key is None:
            return read(root, problems)
        if key not in _CONTENT_READS:
            added = Problems()
            content = read(root, added)
            try:  # (kept pickled, each read given its own copy: ~6 times faster than a deep copy)
                kept = pickle.dumps((content, added), protocol=pickle.HIGHEST_PROTOCOL)
            except Exception:  # (not copied: read again each time)
                kept = str(root).encode()
            # (the project's own path in what was read, as a text or a Path's parts: not the same for another root)
            mark = [str(root).encode(), Path(root).parent.name.encode()]
            _CONTENT_READS[key] = None if any(m in kept for m in mark) else kept
        if _CONTENT_READS[key] is None:
            return read(root, problems)
        content, added = pickle.loads(_CONTENT_READS[key])
        problems.items.extend(added.items)
        problems.warnings.extend(added.warnings)
        problems.reviewed.extend(added.reviewed)
        problems.unread |= added.unread
        problems.sources.update(added.sources)
        return content

    original, loading.read_content = loading.read_content, read_content
    try:
        yield
    finally:
        loading.read_content = original


def _content_state(root: Path) -> str | None:
    """What reading ``root``'s content/ depends on: every entry under it (name, kind, bytes), the YAML reader in use
    and the day (``project_support.data_state`` for content/ alone, the same ``reading_days``); None when content/ is not
    a folder or holds a symbolic link."""
    import os

    from project_support import reading_days

    digest = hashlib.sha256(repr(reading_days()).encode())
    top = Path(root) / "content"
    if top.is_symlink() or not top.is_dir():
        return None
    for folder, dirs, files in os.walk(top):
        dirs.sort()
        for name in sorted(dirs + files):
            path = Path(folder) / name
            digest.update(f"\0{path.relative_to(top).as_posix()}\0".encode())
            if path.is_symlink():
                return None
            if path.is_file():
                try:
                    digest.update(b"file " + path.read_bytes())
                except OSError:  # (unreadable: its problem said by the read itself)
                    return None
            else:
                digest.update(b"dir" if path.is_dir() else b"other")
    return digest.hexdigest()
