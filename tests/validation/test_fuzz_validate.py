"""Seeded mutations of the frozen project's data files (tests/fixtures/project/, fixed: the seeds give the same mutations every run): ``validate`` answers each in the staff's terms.

Truncations, flipped bytes, inserted control and invisible characters, deleted or duplicated lines,
changed indentation, YAML punctuation: whatever the damage, ``validate`` never reports an internal
error nor a traceback, exits with 0 or 1, and every problem it prints starts with ``file:line:col:``
(followed by the source line and a caret, or by nothing when the line cannot be shown).
Deterministic (fixed seeds), in-process, a few seconds.
"""

from __future__ import annotations

import random
import re
import shutil
from pathlib import Path
from typing import Iterator

import pytest

from project_support import FROZEN
from validation_support import content_read_once, validate_in_process

FILES = sorted(FROZEN.glob("academies/*/*.yaml"))
HEADLINE = re.compile(r"^[^\s].*?:\d+:\d+: \S")
# the lines to copy under a point « à contrôler » (reviewed:), printed at the start of their lines, as they go in the file
PASTE = re.compile(r"^(reviewed:$| *- \{point: )")
SUMMARY = re.compile(
    r"^(\d+ problèmes? ; tant qu'il en reste, mkdocs build ne publie rien\.|\d+ avertissements? \(n'empêchen?t? pas la publication\) :$|Tout est valide : "
    r"|Brouillons? : |Rien d'autre à corriger "  # a draft's last two lines
    r"|\d+ éléments? à vérifier sur la notice \(brouillon|\d+ points? à contrôler \(n'empêchen?t? pas la publication\) :$)"  # the staff's blocks
)
INSERTS = [
    "\x00", "\x1b", "\x07", "\x7f", "\x85", "\x9b", "\u2028", "\u202e", "\u2066", "\u200b", "\u00ad", "\ufeff", "\ufffe", "\U0010ffff",
    "\t", "\r", "\n", "\r\n", "é", "٣", "²", "😀", ":", ": ", "- ", "#", "'", '"', "[", "]", "{", "}", ",", "&a ", "*a", "!!str ", "|", ">",
    "? ", "%", "@", "`", "\\", "...\n", "---\n", "<<: ", "[" * 40, "9" * 5000, "-2024", "2023-10-29 02:30", "2024-03-31 02:30", "Factory",
]
VALUES = [
    "-2024", "0", "10000", "9" * 5000, "1e3", "Factory", "right/UTC", "2024-03-31 02:30", "2023-10-29 02:30", "2023-10-29 02:30+05:00",
    "0001-01-01", "9999-12-31 23:59", "٠٥ ٣٦ ٢٥ ٧١ ١٢", "\"a\\x\"", "'x\u202ey'", "x\u200by", "[]", "{}", "~", "", "no", "\"\"", "|", "assets", "Toulouse",
]
MUTATIONS_PER_SEED = 75


def mutate(rng: random.Random, raw: bytes) -> bytes:
    for _ in range(rng.randint(1, 3)):
        choice = rng.randrange(9)
        if choice == 0 and raw:  # truncation
            raw = raw[: rng.randrange(len(raw))]
        elif choice == 1 and raw:  # flipped byte
            at = rng.randrange(len(raw))
            raw = raw[:at] + bytes([raw[at] ^ (1 << rng.randrange(8))]) + raw[at + 1:]
        elif choice == 2:  # inserted characters
            at = rng.randrange(len(raw) + 1)
            raw = raw[:at] + rng.choice(INSERTS).encode("utf-8", "surrogatepass") + raw[at:]
        else:
            lines = raw.split(b"\n")
            i = rng.randrange(len(lines))
            if choice == 3:  # deleted lines
                del lines[i: i + rng.randint(1, 4)]
            elif choice == 4:  # duplicated lines
                lines[i:i] = lines[i: i + rng.randint(1, 4)]
            elif choice == 5:  # changed indentation
                lines[i] = b" " * rng.randint(0, 9) + lines[i].lstrip(b" ")
            elif choice >= 7:  # a value replaced by one that is out of range, or of the wrong kind
                valued = [n for n, line in enumerate(lines) if b": " in line and not line.lstrip().startswith(b"#")] or [i]
                i = rng.choice(valued)
                key = lines[i].split(b": ", 1)[0]
                lines[i] = key + b": " + rng.choice(VALUES).encode("utf-8")
            else:  # swapped lines
                j = rng.randrange(len(lines))
                lines[i], lines[j] = lines[j], lines[i]
            raw = b"\n".join(lines)
    return raw


def validate(root: Path, *paths: str) -> tuple[int, str]:
    done = validate_in_process(root, *paths)
    return done.code, done.output


def check_output(code: int, output: str, what: str) -> None:
    assert "Erreur interne" not in output, what + "\n" + output
    assert "Traceback" not in output, what + "\n" + output
    assert code in (0, 1), what + "\n" + output
    lines = output.splitlines()
    headlines = 0
    for i, line in enumerate(lines):
        if not line or line.startswith("    ") or SUMMARY.match(line) or PASTE.match(line):
            continue
        assert HEADLINE.match(line), f"{what}: not a headline: {line!r}\n{output}"
        headlines += 1
    assert (code == 1) == (headlines > 0 and "problème" in output), what + "\n" + output


@pytest.fixture(scope="module")
def project(tmp_path_factory) -> Iterator[Path]:
    """The frozen project copied; its content/, never mutated, read once for the file's hundreds of runs
    (``content_read_once``: the mutations are of academies/ files, what validate says of them is the subject)."""
    root = tmp_path_factory.mktemp("fuzz") / "root"
    shutil.copytree(FROZEN / "content", root / "content")
    shutil.copytree(FROZEN / "academies", root / "academies")
    with content_read_once():
        yield root


@pytest.mark.parametrize("seed", range(4))
def test_validate_answers_every_mutation_in_french(project: Path, seed: int):
    rng = random.Random(seed)
    for index in range(MUTATIONS_PER_SEED):
        source = rng.choice(FILES)
        target = project / source.relative_to(FROZEN)
        original = source.read_bytes()
        mutated = mutate(rng, original)
        target.write_bytes(mutated)
        try:
            code, output = validate(project, str(target.parent))
        finally:
            target.write_bytes(original)
        check_output(code, output, f"{source.relative_to(FROZEN)}, mutation {index} of seed {seed}")


def test_the_unmutated_project_is_valid(project: Path):
    code, output = validate(project)
    assert code == 0, output
