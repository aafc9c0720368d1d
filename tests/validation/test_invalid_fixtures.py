"""Each broken file of tests/validation/invalid/ is refused with exactly the expected problems.

A fixture replaces one file of the valid base project (first line
``# replaces: academies/fixture/2024.yaml``) and lists the headline of every
problem the validator must print (``# expect: file:line:col: path: message``),
no more, no less. A fixture whose every expected line is a warning (« avertissement : »,
numbers 300 and up: document rules that never or always apply, found by the engine) is
accepted: ``validate`` exits with 0 and prints the warnings the same way. Line numbers are those of the fixture file itself, which is
copied as it is (header comments included: adding an ``# expect:`` line shifts
the lines below it). Files ending in ``.bin`` hold bytes that are not UTF-8; a file saved in UTF-16 (its byte order
mark, or a NUL byte after its first letter) is read in UTF-16, its header included, as staff's editor shows it.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from generator.problems import codes_named, shown_source_line, source_lines as source_lines_of
from project_support import FROZEN
from validation_support import BASE, INVALID, build_root, content_read_once, on_root, run_validate, validate_in_process

FIXTURES = sorted([*INVALID.glob("*.yaml"), *INVALID.glob("*.bin")])
# (content/texts.yaml: the frozen project's, which the base uses, replaced whole)
TARGETS = {"academies/fixture/2024.yaml", "academies/fixture/academy.yaml", "content/texts.yaml"}
HEADLINE_PARTS = re.compile(r"^(?P<file>[^:]+):(?P<line>\d+):(?P<column>\d+): ")
WARNING = ": avertissement : "


def fixture_text(raw: bytes) -> str:
    """A fixture's text: in UTF-16 when it was saved so (review57 L4: what the validator shows of such a file is its
    text, not its bytes read as UTF-8), else in UTF-8, with the bytes that are not replaced by « � »."""
    if raw[:2] in (b"\xff\xfe", b"\xfe\xff"):
        return raw.decode("utf-16")
    if raw[1:2] == b"\x00" and raw[:1] != b"\x00":
        return raw.decode("utf-16-le")
    return raw.decode("utf-8", errors="replace")


def read_header(path: Path) -> tuple[str, list[str]]:
    """The file the fixture replaces and its expected headlines."""
    lines = fixture_text(path.read_bytes()).splitlines()
    first = lines[0]
    assert first.startswith("# replaces: "), f"{path.name}: first line must be « # replaces: … »"
    target = first[len("# replaces: "):].strip()
    expected = []
    for line in lines[1:]:
        if not line.startswith("# expect: "):
            break
        expected.append(line[len("# expect: "):])
    return target, expected


@pytest.fixture(autouse=True, scope="module")
def _content_read_once():
    """The in-process runs here read the frozen content/ once per state of it (``content_read_once``): each fixture
    damages one file, what validate says of it is the subject; a fixture of content/texts.yaml is another state,
    read as it is. The runs in a subprocess (``run_validate``) read everything, and
    ``test_a_fixture_gives_the_same_output_in_a_subprocess`` compares both."""
    with content_read_once():
        yield


def test_enough_fixtures_each_with_a_target_and_expectations():
    assert len(FIXTURES) >= 45
    names = [p.name for p in FIXTURES]
    assert all(re.fullmatch(r"\d{2,4}_[a-z0-9_]+\.(yaml|bin)", n) for n in names), names
    assert len({n.split("_")[0] for n in names}) == len(names), "fixture numbers must be unique"
    for path in FIXTURES:
        target, expected = read_header(path)
        assert target in TARGETS, f"{path.name}: unknown target {target}"
        assert expected, f"{path.name}: no « # expect: » line"
        assert all(e.startswith(target + ":") for e in expected), f"{path.name}: every problem must be in {target}"


def test_base_is_valid(tmp_path: Path):
    run = run_validate(build_root(tmp_path))
    assert run.code == 0, run.output
    assert run.headlines() == []
    assert "Tout est valide : 1 académie, 1 session." in run.stdout


def fixture_root(path: Path, tmp_path: Path) -> Path:
    """The base project with the fixture in place of the file it replaces."""
    target, _ = read_header(path)
    root = build_root(tmp_path)
    (root / target).write_bytes(path.read_bytes())
    return root


@pytest.mark.parametrize("path", FIXTURES, ids=[p.stem for p in FIXTURES])
def test_invalid_fixture(path: Path, tmp_path: Path):
    target, expected = read_header(path)
    raw = path.read_bytes()
    root = fixture_root(path, tmp_path)
    run = validate_in_process(root)
    # (a command an expected problem gives is written as typed in the repository's folder; run with --root, it carries
    # that project, staffdocs64 item 1)
    expected = [on_root(e, root) for e in expected]

    assert "Traceback" not in run.output
    assert "Erreur interne" not in run.output, run.output
    only_warnings = all(WARNING in e for e in expected)
    assert run.code == (0 if only_warnings else 1), run.output
    headlines = run.headlines()
    assert sorted(headlines) == sorted(expected), run.output
    assert len(set(headlines)) == len(headlines), "a problem is reported twice"

    # Every problem is followed by its source line and a caret under the column. The line is shown
    # as it is, but for invisible characters and tabs, shown visibly (one mark each), and for a
    # byte order mark at the start, which is not part of the text; and for a dash that looks like « - » that the
    # message names by its code (« [U+2011] »), shown by that code.
    text = fixture_text(raw).removeprefix("\ufeff")
    source_lines = source_lines_of(text)
    out = run.stdout.splitlines()
    for i, line in enumerate(out):
        if line not in headlines:
            continue
        where = HEADLINE_PARTS.match(line)
        assert where, line
        number, column = int(where["line"]), int(where["column"])
        assert i + 2 < len(out), f"no source line after: {line}"
        shown = source_lines[number - 1]
        coded = codes_named(line)
        if len(shown) <= 160 and all(c.isprintable() and c not in coded or c == "\t" for c in shown):
            shown_caret = len(shown[:column - 1].replace("\t", " "))
            assert out[i + 1] == "    " + shown.replace("\t", "⇥"), f"wrong source line after: {line}"
        else:
            shown, shown_caret = shown_source_line(shown, column, coded)
            assert out[i + 1] == "    " + shown, f"wrong source line after: {line}"
        caret = out[i + 2]
        assert caret.strip() == "^", f"no caret line after: {line}"
        assert caret.index("^") - 4 == shown_caret, f"caret not under column {column}: {line}"


# A value written as one text where a list is expected, given the line to write (« écrire « emails: [a, b] » (entre
# crochets… »): 56, 734, 763, and 767 (the value between quotes, given no line before review70).
GIVEN_A_LIST = [p for p in FIXTURES if any(" : écrire « " in e and "» (entre crochets" in e for e in read_header(p)[1])]


@pytest.mark.parametrize("path", GIVEN_A_LIST, ids=[p.stem for p in GIVEN_A_LIST])
def test_the_list_a_fixture_is_given_written_as_told_is_valid(path: Path, tmp_path: Path):
    """Following the message literally (its line put in place of the line it names, at the same indentation) leaves
    nothing to fix: « Tout est valide »."""
    target, (expected,) = read_header(path)
    number = int(HEADLINE_PARTS.match(expected)["line"])
    line = re.search(r" : écrire « (.+?) » \(entre crochets", expected)[1]
    lines = fixture_text(path.read_bytes()).splitlines(keepends=True)
    indent = lines[number - 1][:len(lines[number - 1]) - len(lines[number - 1].lstrip(" "))]
    assert lines[number - 1].lstrip(" ").startswith(line.split(":", 1)[0] + ":"), lines[number - 1]
    lines[number - 1] = f"{indent}{line}\n"
    root = fixture_root(path, tmp_path)
    (root / target).write_text("".join(lines), encoding="utf-8")
    run = validate_in_process(root)
    assert run.code == 0 and "Tout est valide" in run.stdout, run.output


# Fixtures run as staff run them, in a subprocess, and compared with the in-process run the others get
# (after them: what hundreds of in-process runs could have left behind would show here):
# bytes that are not UTF-8, a file that cannot be read as YAML, a duplicated key, a date out of order, warnings only.
AS_STAFF = ["10_non_utf8.bin", "03_duplicate_key_top_level.yaml", "300_document_rule_never_applies.yaml", "01_yaml_syntax_error.yaml", "25_deadline_before_closing.yaml"]


@pytest.mark.parametrize("name", AS_STAFF)
def test_a_fixture_gives_the_same_output_in_a_subprocess(name: str, tmp_path: Path):
    path = INVALID / name
    assert path.is_file(), f"{name}: fixture renamed? update AS_STAFF"
    root = fixture_root(path, tmp_path)
    staff, here = run_validate(root), validate_in_process(root)
    assert (staff.code, staff.stdout, staff.stderr) == (here.code, here.stdout, here.stderr)


def test_fixtures_differ_from_base():
    """A fixture that equals the base file would test nothing."""
    for path in FIXTURES:
        target, expected = read_header(path)
        base = (BASE / target if (BASE / target).is_file() else FROZEN / target).read_bytes()
        assert path.read_bytes() != base, path.name


def test_the_real_data_validates():
    """The repository's content/ and academies/, whatever staff have written there, are valid.

    Warnings (editor leftovers, document rules that never or always apply) do not block
    publication: they are allowed here.
    """
    run = run_validate()
    assert "Traceback" not in run.output
    assert run.code == 0, run.output
    assert [h for h in run.headlines() if WARNING not in h] == []


def test_the_frozen_project_validates_without_warnings():
    """The five seed notices as encoded (tests/fixtures/project/): no problem, and every document
    rule applies to some candidates and not to others (no coverage warning)."""
    run = run_validate(FROZEN)
    assert "Traceback" not in run.output
    assert run.code == 0, run.output
    assert run.headlines() == []
