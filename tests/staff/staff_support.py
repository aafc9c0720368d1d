"""Helpers of the staff-tool tests (imported by name: keep this module name unique)."""

from __future__ import annotations

import os
import re
import shlex
import shutil
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "validation"))
import validation_support  # noqa: E402  (the validator's run, shared with the validation tests)

REPO = Path(__file__).resolve().parents[2]
REAL_SESSIONS = (("toulouse", 2024), ("aix-marseille", 2023), ("clermont-ferrand", 2024), ("nantes", 2024), ("nantes", 2026))


FROZEN = REPO / "tests" / "fixtures" / "project"


def project_copy(tmp: Path) -> Path:
    """A project root with the frozen test project's content/ and academies/ (tests/fixtures/project: a
    staff member's edit of the real data never breaks these hand-written cases)."""
    root = tmp / "root"
    shutil.copytree(FROZEN / "content", root / "content")
    shutil.copytree(FROZEN / "academies", root / "academies")
    return root


on_root = validation_support.on_root


class Run(validation_support.Run):
    def items(self, label: str) -> list[str]:
        """The indented items of a staff block (« à vérifier : », « à contrôler : »), without the indentation."""
        return [line.strip() for line in self.stdout.splitlines() if line.startswith("    ") and f": {label} : " in line]


def run(root: Path, *args: str, today: str | None = "2026-11-30", drafts: bool = False) -> Run:
    """``python -m generator --root ROOT ARGS…`` in this process, as of ``today`` (BTS_GUIDE_TODAY)."""
    saved = {name: os.environ.get(name) for name in ("BTS_GUIDE_TODAY",)}
    if today is None:
        os.environ.pop("BTS_GUIDE_TODAY", None)
    else:
        os.environ["BTS_GUIDE_TODAY"] = today
    try:
        done = validation_support.main_in_process(root, *args)
    finally:
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value
    return Run(done.code, done.stdout, done.stderr)


def assert_clean(result: Run) -> None:
    assert "Traceback" not in result.output, result.output
    assert "Erreur interne" not in result.output, result.output


def problems_of(result: Run) -> list[str]:
    """Headlines of problems and ordinary warnings (lines starting with a path)."""
    return [line for line in result.stdout.splitlines() if re.match(r"^(academies|content)/", line)]


def without_verify(text: str) -> str:
    """``text`` with every ``verify:`` line (and the lines of its folded text) removed, as staff do once checked."""
    out, skipping = [], None
    for line in text.split("\n"):
        indent = len(line) - len(line.lstrip(" "))
        stripped = line.lstrip(" ")
        if skipping is not None:
            if line.strip() and indent > skipping:
                continue
            skipping = None
        for prefix in ("verify:", "- verify:"):
            if stripped.startswith(prefix):
                key_column = indent + (2 if prefix.startswith("-") else 0)
                if prefix.startswith("-"):
                    out.append(None)  # the item's first key moves up to the « - » line below
                skipping = key_column
                break
        else:
            if out and out[-1] is None:
                out[-1] = line[: indent - 2] + "- " + line[indent:]
            else:
                out.append(line)
            continue
    return "\n".join(line for line in out if line is not None)


LEFT_OVER = re.compile(
    r"^(?P<file>academies/[^:]+):(?P<line>\d+):(?P<column>\d+): (?P<field>[^:]+): « (?P<shown>[^»]+) » est la date écrite au "
    r"même endroit dans le fichier de la session \d{4} .*?\(« (?P<guess>[^»]+) » \?\)"
)


def left_over_dates(root: Path) -> list[re.Match]:
    """The problems of dates left from the session before (``lint.lint_dates_quoted``), read from validate's output (a
    validate of files already validated as of that day, by the test before it asks: not run again, ``remembered_run``)."""
    return [m for line in remembered_run(root, "validate").stdout.splitlines() if (m := LEFT_OVER.match(line))]


def write_the_dates_proposed(root: Path) -> int:
    """Each date left from the session before replaced by the date its problem proposes, at the line and column it
    gives (its words may run over two lines), as staff would do: the number replaced."""
    found = left_over_dates(root)
    for m in sorted(found, key=lambda m: (m["file"], -int(m["line"]), -int(m["column"]))):  # (the last first: offsets stay)
        path = root / m["file"]
        text = path.read_text(encoding="utf-8")
        lines = text.split("\n")
        start = sum(len(l) + 1 for l in lines[: int(m["line"]) - 1]) + int(m["column"]) - 1
        words = re.compile(r"\s+".join(re.escape(w) for w in m["shown"].split()), re.IGNORECASE)
        at = words.match(text, start)
        assert at is not None, (m.group(0), text[start:start + 60])
        path.write_text(text[:start] + m["guess"] + text[at.end():], encoding="utf-8")
    return len(found)


def remembered_run(root: Path, *args: str, today: str | None = "2026-11-30", drafts: bool = False) -> Run:
    """``run``, once per process and state: a command already run with the same arguments on the same files (every
    file and folder under ``root``, by path and bytes), as of the same day, from the same folder, with the same
    ``BTS_GUIDE_*`` variables, is not run again: its output is given back, and what it wrote, changed or removed under
    its root is done again under this one (``root`` in place of the root it ran on, in its output and in what it
    wrote). For the files of many runs of the same few states (the unedited frozen project validated first by most
    lint tests, each in its own copy; new-session's draft of one session as the first step of several tests; an
    edit undone): ~0.3 s of processor a validate, ~0.5 s a new-session (speedF). Not for a test that replaces a
    function of the generator (monkeypatch) or runs as of the real day (``today=None``: always run)."""
    if today is None:
        return run(root, *args, today=today, drafts=drafts)
    here = str(root)
    before = _tree(root)
    key = (_digest(before), today, drafts, shlex.quote(here) == here, tuple(a.replace(here, _ROOT) for a in args),
           os.getcwd().replace(here, _ROOT), sys.stdin.isatty() if hasattr(sys.stdin, "isatty") else None,
           tuple(sorted((k, v.replace(here, _ROOT)) for k, v in os.environ.items() if k.startswith("BTS_GUIDE_"))))
    if key not in _RUNS:
        result = run(root, *args, today=today, drafts=drafts)
        after = _tree(root)
        wrote = {name: after.get(name) for name in set(before) | set(after) if before.get(name) != after.get(name)}
        _RUNS[key] = (Run(result.code, result.stdout.replace(here, _ROOT), result.stderr.replace(here, _ROOT)),
                      {name: _swapped(entry, here.encode(), _ROOT.encode()) for name, entry in wrote.items()})
        return result
    kept, wrote = _RUNS[key]
    for name in sorted(wrote):  # (folders before what they hold)
        entry = _swapped(wrote[name], _ROOT.encode(), here.encode())
        path = root / name
        if entry is None:
            continue
        if entry[0] == "dir":
            path.mkdir(exist_ok=True)
        elif entry[0] == "link":
            path.unlink(missing_ok=True)
            path.symlink_to(entry[1].decode())
        else:
            path.write_bytes(entry[1])
    for name in sorted((n for n, entry in wrote.items() if entry is None), reverse=True):  # (what a folder held first)
        path = root / name
        if path.is_dir() and not path.is_symlink():
            path.rmdir()
        else:
            path.unlink()
    return Run(kept.code, kept.stdout.replace(_ROOT, here), kept.stderr.replace(_ROOT, here))


_RUNS: dict[tuple, tuple[Run, dict]] = {}
_ROOT = "\0root\0"  # (in what a kept run printed or wrote, the project root it ran on: a later test's copy has another)


def _tree(root: Path) -> dict[str, tuple]:
    """Every file, folder and link under ``root``: its path → (kind, bytes or target)."""
    found = {}
    for path in root.rglob("*"):
        name = path.relative_to(root).as_posix()
        if path.is_symlink():
            found[name] = ("link", os.readlink(path).encode())
        elif path.is_file():
            found[name] = ("file", path.read_bytes())
        else:
            found[name] = ("dir", b"")
    return found


def _digest(tree: dict[str, tuple]) -> str:
    """``tree``'s state, with the days a run may read beside ``BTS_GUIDE_TODAY`` (a ``checked:`` after the real day
    is a problem: the machine's day and Paris's) and the YAML reader in use (``project_support.reading_days``)."""
    import hashlib

    from project_support import reading_days

    digest = hashlib.sha256(repr(reading_days()).encode())
    for name in sorted(tree):
        kind, data = tree[name]
        digest.update(f"\0{name}\0{kind}\0".encode() + data)
    return digest.hexdigest()


def _swapped(entry: tuple | None, old: bytes, new: bytes) -> tuple | None:
    return None if entry is None else (entry[0], entry[1].replace(old, new))


@pytest.fixture(autouse=True, scope="module")
def content_read_once_in_this_module():
    """Imported by a test module (autouse there): its in-process runs read each state of content/ once
    (``validation_support.content_read_once``): most tests edit academies/ over the unchanged frozen content/, and what
    the commands say of that edit is the subject (reading the same national files again was some 20 % of test_lint's
    processor); a test that edits content/ is another state, read as it is. A test that replaces a function of the
    reading would call the generator directly."""
    with validation_support.content_read_once():
        yield
