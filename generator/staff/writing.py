"""Check what a command prepared, then write it in one step; nothing is written on error.

``scratch_check`` copies the project's ``content/`` and the academy's
``academy.yaml`` into a temporary folder with the prepared files, and runs the
pipeline's read and checks on them (``generator.pipeline.load_and_check``):
a file a command prepared must validate before it reaches ``academies/``.
``write_new`` then writes the files, refusing to replace any that exists.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

from ..loading import Project, session_years_written
from ..pipeline import load_and_check
from ..problems import Problems
from . import StaffError


def scratch_check(root: Path, files: dict[str, str], slug: str) -> tuple[Project, Problems]:
    """The prepared ``files`` (``{path under the root: text}``) as read and checked with the project's
    national content and the academy's ``academy.yaml`` as they stand: the project read, and its problems."""
    with tempfile.TemporaryDirectory(prefix="bts-staff-") as scratch:
        copy = Path(scratch)
        shutil.copytree(root / "content", copy / "content")
        folder = root / "academies" / slug
        (copy / "academies" / slug).mkdir(parents=True)
        if (folder / "academy.yaml").is_file():
            shutil.copy(folder / "academy.yaml", copy / "academies" / slug / "academy.yaml")
        for year in session_years_written(folder) if folder.is_dir() else ():
            # the academy's other sessions, by name only (empty, never read: only the prepared files are): a session
            # before the prepared one makes its draft's words the previous notice's (checks.check_session)
            (copy / "academies" / slug / f"{year}.yaml").touch()
        for path, text in files.items():
            (copy / path).write_text(text, encoding="utf-8")
        targets = [copy / path for path in files if not path.endswith("/academy.yaml")] or [copy / "academies" / slug]
        return load_and_check(copy, targets)


def write_new(root: Path, files: dict[str, str]) -> None:
    """Write ``files`` under ``root``; a file that already exists is never replaced (StaffError)."""
    for path in files:
        if os.path.lexists(root / path):
            raise StaffError(f"{path} existe déjà : rien n'a été écrit (le déplacer ou le supprimer d'abord si c'est voulu)")
    written: list[Path] = []
    created: list[Path] = []
    try:
        for path, text in files.items():
            target = root / path
            if not target.parent.is_dir():
                target.parent.mkdir(parents=True)
                created.append(target.parent)
            with open(target, "x", encoding="utf-8", newline="\n") as handle:  # « x »: never over an existing file
                handle.write(text)
            written.append(target)
    except OSError as error:
        for target in written:
            target.unlink(missing_ok=True)
        for folder in reversed(created):
            folder.rmdir()
        raise StaffError(f"écriture impossible ({error.strerror or error}) : {error.filename or root} ; rien n'a été écrit") from None
