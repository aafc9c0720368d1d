"""Helpers of the comparison tests (imported by name: keep this module name unique)."""

from __future__ import annotations

import contextlib
import io
import subprocess
import sys
from pathlib import Path

from project_support import FROZEN, data_root

REPO = Path(__file__).resolve().parents[2]


def frozen_root(tmp: Path) -> Path:
    """A copy of the frozen project's data (tests/fixtures/project/: the Nantes sessions 2024 and 2026
    among the five seed notices), so that staff edits of the real files never change these tests."""
    return data_root(tmp, FROZEN, "frozen")


def load_notices(root: Path):
    """Every notice of the project at ``root`` (it must validate), by (academy, year)."""
    from generator.merge import build_notices
    from generator.pipeline import load_and_check

    project, problems = load_and_check(root)
    assert not problems, problems.report()
    return {(n.slug, n.year): n for n in build_notices(project)}


def run_generator(*args: str, root: Path | None = None, process: bool = False) -> subprocess.CompletedProcess:
    """``python -m generator [--root ROOT] ARGS…`` as staff run it: with ``root``, through the command line's own
    ``main`` in this process (what it prints, on strict UTF-8 streams as a process's, and its status, a usage error's 2
    included), unless ``process``: then in a new Python process, as staff start it (the guarantee that no traceback
    reaches staff is the real command's: test_diff_cli's first test and tests/staff/test_command_line.py run it so).
    speedtests61: a process costs ~0.8 s of processor (Python started, the generator imported) where ``main`` costs the
    command's work only, ~0.4 s, over 35 runs of these files."""
    command = [sys.executable, "-m", "generator"]
    if root is not None:
        command += ["--root", str(root)]
    if process or root is None:  # (without --root, the project is the current folder's: the repository's)
        return subprocess.run([*command, *args], cwd=REPO, capture_output=True, text=True, timeout=300)
    from generator.cli import main

    out, err = (io.TextIOWrapper(io.BytesIO(), encoding="utf-8", errors="strict", newline="\n") for _ in range(2))
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = main([*command[3:], *args])
        except SystemExit as exit:  # (argparse's usage error, or --help: the process's status)
            code = exit.code if isinstance(exit.code, int) else 0 if exit.code is None else 1
    written = []
    for stream in (out, err):
        stream.flush()
        written.append(stream.buffer.getvalue().decode("utf-8"))
    return subprocess.CompletedProcess([*command, *args], code, *written)
