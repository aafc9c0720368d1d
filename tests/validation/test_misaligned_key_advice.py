"""The advice for a key out of line is right: following it gives back the file as it was.

A line of the frozen project's data files (tests/fixtures/project/academies/ and content/, fixed)
holding a key is moved by one or two spaces left or right, and the file is read as ``validate``
reads it (the strict YAML reader, with the schema). When the first problem tells how many spaces to
put at the start of its line (« l'aligner sur « x » (ligne N) : 4 espaces en début de ligne »), it
must name the line moved and the column it was moved from: the file as it was, not another line
moved to match it (the first key of a block moved one space right reads as well as the key after it
moved one space right too, and the data are the same: staff would then move a line that was right).
A message that names several alignments (« selon la rubrique où elle va, l'aligner sur … ou sur … »)
must name the right one among them. A message with no alignment (« indentation incohérente… ») says
nothing wrong; those are only counted. The lines are drawn with a fixed seed (the same sample every
run), a few per file, so that the test stays within a few seconds. Fixtures 368-377, 383-391 and 452-453 read alike
with libyaml and without.
"""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest
import yaml

from generator.loading import CONTENT_FILES, read_content, read_file
from generator.model.academy import Academy
from generator.model.session import SessionFile
from generator.problems import Problems
from generator.strict_yaml import _key_line, _scan, compose_file, item_end
from project_support import FROZEN

FILES = sorted(FROZEN.glob("academies/*/*.yaml")) + sorted(FROZEN / "content" / name for name, _ in CONTENT_FILES.values())
TYPES = {name: cls for name, cls in CONTENT_FILES.values()}
LINES_PER_FILE = 3
SHIFTS = (-2, -1, 1, 2)
SPACES = re.compile(r"(\d+|aucune) espaces? en début de ligne")


def _item_with_keys(lines: list[str], i: int) -> bool:
    """Line ``i`` opens a list item (« - id: x ») whose next two lines are keys of that item."""
    key = _key_line(i + 1, lines[i])
    if key is None or not key.dash or i + 2 >= len(lines):
        return False
    below = [_key_line(i + 2 + n, lines[i + 1 + n]) for n in range(2)]
    return all(other is not None and not other.dash and other.column == key.column for other in below)


def _opens_a_block(lines: list[str], i: int) -> bool:
    """Line ``i`` holds a key with nothing after its colon, and the next written line is deeper (« when: » / « any: »)."""
    key = _key_line(i + 1, lines[i])
    if key is None or key.dash or key.indent == 0 or key.rest:
        return False
    below = next((raw for raw in lines[i + 1:] if raw.strip() and not raw.lstrip().startswith("#")), "")
    return len(below) - len(below.lstrip(" ")) > key.column


def _sample(items: bool = False, openers: bool = False) -> list[tuple[Path, int, int]]:
    """Key lines drawn from each file (``items``: the lines that open a list item of several keys instead;
    ``openers``: the keys that open a block)."""
    rng = random.Random(2026)
    cases = []
    for path in FILES:
        lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
        if openers:
            keys = [i for i in range(len(lines)) if _opens_a_block(lines, i)]
        elif items:
            keys = [i for i in range(len(lines)) if _item_with_keys(lines, i)]
        else:
            keys = [i for i, raw in enumerate(lines) if (key := _key_line(i + 1, raw)) is not None and not key.dash and key.indent > 0]
        for i in rng.sample(keys, min(LINES_PER_FILE, len(keys))):
            indent = len(lines[i]) - len(lines[i].lstrip(" "))
            cases.extend((path, i, shift) for shift in SHIFTS if indent + shift >= 0)
    return cases


def _data(text: str):
    """The data ``text`` holds for a plain YAML reader (PyYAML's safe loader, on libyaml where installed: the same
    reading, the 560 texts the tests here read compared equal with both on 2026-12-04, and the file's tests took 22 s
    instead of 35 s), or « (ne se lit pas) »."""
    try:
        return yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except yaml.YAMLError:
        return "(ne se lit pas)"


def _type(path: Path) -> type:
    if path.parent.name == "content":
        return TYPES[path.name]
    return Academy if path.name == "academy.yaml" else SessionFile


def _outcome(path: Path, i: int, shift: int, tmp: Path, questions: frozenset[str]) -> tuple[str, str]:
    """« parses » (the shifted file is still valid YAML), « silent » (a problem without alignment),
    « restored » (the line moved, back to its column), « among » (that among several alignments),
    « neighbour » (the data back as they were, but by moving another line) or « wrong »; and the message."""
    text = path.read_text(encoding="utf-8")
    lines = text.splitlines(keepends=True)
    raw = lines[i]
    lines[i] = " " * (len(raw) - len(raw.lstrip(" ")) + shift) + raw.lstrip(" ")
    shifted = "".join(lines)
    if _data(shifted) != "(ne se lit pas)":
        return "parses", ""
    target = tmp / path.relative_to(FROZEN)
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(shifted, encoding="utf-8")
    problems = Problems()
    read_file(target, tmp, _type(path), problems, questions)
    assert problems.items, f"{path.name}:{i + 1} {shift:+d}: no problem"
    first = problems.items[0]
    told = [0 if n == "aucune" else int(n) for n in SPACES.findall(first.message)]
    if not told:
        return "silent", first.message
    column = len(raw) - len(raw.lstrip(" "))
    if first.location.line == i + 1 and column in told:
        return ("restored" if told[0] == column else "among"), first.message
    original = _data(text)
    # (a block text of two lines, its first moved right: its other line is said out of it, alone — the case below with
    # one line, not a neighbour's advice; FROZEN nantes/2026.yaml « Épreuve facultative de langue : … », fresh126)
    if first.location.line > i + 1 and first.message.startswith("ligne de texte sortie de son bloc") and len(problems.items) == 1:
        fixed = list(lines)
        fixed[first.location.line - 1] = " " * told[0] + fixed[first.location.line - 1].lstrip(" ")
        if _data("".join(fixed)) == original:
            return "all lines", f"{first.location.line}: {first.message}"
    for rank, spaces in enumerate(told):
        fixed = list(lines)
        fixed[first.location.line - 1] = " " * spaces + fixed[first.location.line - 1].lstrip(" ")
        if _data("".join(fixed)) == original:
            return "neighbour", f"{first.location.line}: {first.message}"
    # the first line of a block text moved right: the block's other lines are each said out of it, with the same
    # column; followed together, the advice gives the data back (FROZEN content/topics.yaml:84 +1, a fresh clone)
    fixed = list(lines)
    for problem in problems.items:
        spaces = [0 if n == "aucune" else int(n) for n in SPACES.findall(problem.message)]
        if not spaces:
            break
        fixed[problem.location.line - 1] = " " * spaces[0] + fixed[problem.location.line - 1].lstrip(" ")
    else:
        if len(problems.items) > 1 and _data("".join(fixed)) == original:
            return "all lines", f"{first.location.line}: {first.message}"
    return "wrong", f"{first.location.line}: {first.message}"


def test_the_advice_for_a_key_out_of_line_restores_the_file(tmp_path: Path):
    questions = frozenset(read_content(FROZEN, Problems()).questions.questions)
    outcomes: dict[str, list[str]] = {}
    for path, i, shift in _sample():
        outcome, message = _outcome(path, i, shift, tmp_path, questions)
        outcomes.setdefault(outcome, []).append(f"{path.relative_to(FROZEN)}:{i + 1} {shift:+d} → {message}")
    counts = {outcome: len(found) for outcome, found in outcomes.items()}
    assert not outcomes.get("wrong"), "\n".join(outcomes["wrong"])
    assert not outcomes.get("neighbour"), "\n".join(outcomes["neighbour"])
    advised = counts.get("restored", 0) + counts.get("among", 0)
    # Most moves get an advice (a change that silenced it would pass the test above)
    assert advised >= 2 * counts.get("silent", 0), counts


def test_the_advice_for_a_list_item_out_of_line_restores_the_file(tmp_path: Path):
    """A list item's first line (« - id: x », with keys under it) moved by one or two spaces: the whole line is
    advised back, « - » with it, when its keys below tell where (they were the only problem the reading could
    not name: « indentation incohérente », and no other problem of the file; staff walk, stop 37)."""
    questions = frozenset(read_content(FROZEN, Problems()).questions.questions)
    outcomes: dict[str, list[str]] = {}
    for path, i, shift in _sample(items=True):
        outcome, message = _outcome(path, i, shift, tmp_path, questions)
        outcomes.setdefault(outcome, []).append(f"{path.relative_to(FROZEN)}:{i + 1} {shift:+d} → {message}")
    assert not outcomes.get("wrong"), "\n".join(outcomes["wrong"])
    assert not outcomes.get("neighbour"), "\n".join(outcomes["neighbour"])
    assert [m for m in outcomes.get("restored", []) if "élément de liste mal aligné" in m], {k: len(v) for k, v in outcomes.items()}


def test_the_advice_for_a_key_that_opens_a_block_restores_the_file(tmp_path: Path):
    """A key that opens a block (« when: », « any: », a department's slug…) moved by one or two spaces: named, with its
    column, and nothing left silent (« indentation incohérente » for « when: » one space left in a list item, or for
    « clermont-ferrand: », a slug with a « - », before stop 37)."""
    questions = frozenset(read_content(FROZEN, Problems()).questions.questions)
    outcomes: dict[str, list[str]] = {}
    for path, i, shift in _sample(openers=True):
        outcome, message = _outcome(path, i, shift, tmp_path, questions)
        outcomes.setdefault(outcome, []).append(f"{path.relative_to(FROZEN)}:{i + 1} {shift:+d} → {message}")
    for bad in ("wrong", "neighbour", "silent"):
        assert not outcomes.get(bad), "\n".join(outcomes[bad])
    assert len(outcomes.get("restored", [])) >= 40, {k: len(v) for k, v in outcomes.items()}


def _later_items(lines: list[str]) -> list[int]:
    """The lines that open a list item after the first one of its list (a « - » in the column of a « - » above,
    with nothing further left between them), out of block texts."""
    found = []
    in_block = {number for number, _, block in _scan(lines, 1, len(lines)) if block}
    for i, raw in enumerate(lines):
        content = raw.lstrip(" ")
        indent = len(raw) - len(content)
        if i + 1 in in_block or not re.match(r"-[ ]", content):
            continue
        for j in range(i - 1, -1, -1):
            other = lines[j]
            if not other.strip() or other.lstrip(" ").startswith("#") or j + 1 in in_block:
                continue
            other_indent = len(other) - len(other.lstrip(" "))
            if other_indent < indent:
                break
            if other_indent == indent:
                if re.match(r"-[ ]", other.lstrip(" ")):
                    found.append(i)
                break
    return found


def test_the_advice_for_a_dash_out_of_line_restores_the_file(tmp_path: Path):
    """A later item's « - » one or two spaces right or left of the dashes of its list (the line alone, or the whole
    item with its keys): the advice names that line, the « - » above to align it on, and its column; not
    « tiret mal aligné » or « indentation incohérente » without a column (a review counted 67 such cases, stop 37)."""
    questions = frozenset(read_content(FROZEN, Problems()).questions.questions)
    rng = random.Random(2026)
    told_wrong, silent, advised = [], [], 0
    for path in sorted(FROZEN.glob("academies/*/*.yaml")):
        lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
        for i in rng.sample(_later_items(lines), min(3, len(_later_items(lines)))):
            indent = len(lines[i]) - len(lines[i].lstrip(" "))
            for shift, whole in ((-1, True), (1, False), (2, True), (-2, False)):
                if indent + shift < 0:
                    continue
                last = item_end([line.rstrip("\n") for line in lines], i + 1, indent + 2, {indent}) - 1 if whole else i
                read = _read_shifted(tmp_path, path, lines, range(i, last + 1), lambda k: shift, questions)
                if read is None:
                    continue
                _, first = read
                told = [0 if n == "aucune" else int(n) for n in SPACES.findall(first.message)]
                case = f"{path.relative_to(FROZEN)}:{i + 1} {shift:+d} → {first.location.line}: {first.message}"
                if not told:
                    silent.append(case)
                elif first.location.line != i + 1 or told[0] != indent or "« - »" not in first.message:
                    told_wrong.append(case)
                else:
                    advised += 1
    assert not told_wrong, "\n".join(told_wrong)
    assert not silent, "\n".join(silent)
    assert advised >= 40


def _read_shifted(tmp_path: Path, path: Path, lines: list[str], moved: range, shift_of, questions):
    """``path``'s ``lines`` with the lines ``moved`` shifted by ``shift_of(k)`` spaces, written under ``tmp_path`` and
    read: (the shifted lines, the first problem found); None when they still read as YAML."""
    shifted = list(lines)
    for k in moved:
        if shifted[k].strip():
            shifted[k] = " " * (len(shifted[k]) - len(shifted[k].lstrip(" ")) + shift_of(k)) + shifted[k].lstrip(" ")
    if _data("".join(shifted)) != "(ne se lit pas)":
        return None
    target = tmp_path / path.relative_to(FROZEN)
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text("".join(shifted), encoding="utf-8")
    problems = Problems()
    read_file(target, tmp_path, _type(path), problems, questions)
    return shifted, problems.items[0]


# The « - » of a later item moved, and its next lines by another number of spaces (« - id: jdc » one space right,
# its keys two): « tiret mal aligné ; aligner les éléments de la liste », with no line, column or number of spaces,
# before (a staff walk, stop 44, L2). (shift of the « - » line, shift of the item's next lines)
ITEM_MOVED_ASKEW = ((1, 2), (-1, 1), (1, -1), (2, 3))
MOVED_LINES = re.compile(r"puis (?:la ligne (\d+)|les lignes (\d+) (?:et|à) (\d+)) de")


def test_the_advice_for_a_dash_out_of_line_with_its_keys_askew_restores_the_file(tmp_path: Path):
    """The advice names the « - » line and the columns of its « - » and of the item's next lines; following it (the
    « - » line to the first column told, the lines it names moved together so that the first is at the second)
    gives back the data as they were."""
    questions = frozenset(read_content(FROZEN, Problems()).questions.questions)
    rng = random.Random(2026)
    told_wrong, silent, advised = [], [], 0
    for path in sorted(FROZEN.glob("academies/*/*.yaml")):
        lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
        items = [i for i in _later_items(lines) if _item_with_keys(lines, i)]
        for i in rng.sample(items, min(3, len(items))):
            indent = len(lines[i]) - len(lines[i].lstrip(" "))
            last = item_end([line.rstrip("\n") for line in lines], i + 1, indent + 2, {indent}) - 1
            for dash, keys in ITEM_MOVED_ASKEW:
                read = _read_shifted(tmp_path, path, lines, range(i, last + 1), lambda k: dash if k == i else keys, questions)
                if read is None:
                    continue
                shifted, first = read
                told = [0 if n == "aucune" else int(n) for n in SPACES.findall(first.message)]
                moved = MOVED_LINES.search(first.message)
                case = f"{path.relative_to(FROZEN)}:{i + 1} {dash:+d} {keys:+d} → {first.location.line}: {first.message}"
                if not told:
                    silent.append(case)
                    continue
                fixed = list(shifted)
                fixed[i] = " " * told[0] + fixed[i].lstrip(" ")
                if moved is not None and len(told) == 2:
                    start = int(moved[1] or moved[2])
                    end = int(moved[1] or moved[3])
                    by = told[1] - (len(fixed[start - 1]) - len(fixed[start - 1].lstrip(" ")))
                    for k in range(start - 1, end):
                        if fixed[k].strip():
                            fixed[k] = " " * (len(fixed[k]) - len(fixed[k].lstrip(" ")) + by) + fixed[k].lstrip(" ")
                if first.location.line != i + 1 or "« - »" not in first.message or _data("".join(fixed)) != _data("".join(lines)):
                    told_wrong.append(case)
                else:
                    advised += 1
    assert not told_wrong, "\n".join(told_wrong)
    assert not silent, "\n".join(silent)
    assert advised >= 30, advised


# The first key of a block one space right or left of the keys after it: it is the one named, back to the
# column the keys of that level use elsewhere in the file, not « exam_adjustment » moved to match it (a review
# found the neighbour named for 8 of 1,638 such moves in academies/, 19 of 1,522 in content/)
FIRST_KEY_MOVED = """\
deadlines:
{documents}documents:
    label: Dépôt des pièces
    at: 2022-12-04
  exam_adjustment:
    label: Demande d'aménagement
    at: 2022-11-21
session:
  year: 2024
  closing: 2023-11-15
"""


@pytest.mark.parametrize("spaces", [1, 3])
def test_the_first_key_of_a_block_moved_is_named_not_the_key_after_it(spaces):
    problems = Problems()
    assert compose_file(FIRST_KEY_MOVED.format(documents=" " * spaces), "f.yaml", problems) is None
    first = problems.items[0]
    assert first.location.line == 2, first.message
    assert "clé « documents » mal alignée" in first.message and SPACES.findall(first.message) == ["2"], first.message


@pytest.fixture
def content_once():
    """The frozen content/ of the validate runs below read once per reader (libyaml, pure Python) and process
    (``validation_support.content_read_once``): what they compare is what validate says of the fixture's academy file;
    that both readers compose content/ alike is ``test_strict_yaml_libyaml.py``'s."""
    from validation_support import content_read_once

    with content_read_once():
        yield


ALIGNMENT_FIXTURES = sorted(p for p in (Path(__file__).parent / "invalid").glob("[34][0-9][0-9]_*.yaml")
                            if 368 <= int(p.name[:3]) <= 377 or 383 <= int(p.name[:3]) <= 391 or int(p.name[:3]) in (452, 453))


@pytest.mark.parametrize("path", ALIGNMENT_FIXTURES, ids=[p.stem for p in ALIGNMENT_FIXTURES])
def test_both_parsers_give_the_same_advice(path: Path, tmp_path: Path, monkeypatch, content_once):
    """The advice is checked by reading the file again with the line moved: libyaml's fast path and
    the pure-Python composer read the moves alike, so ``validate`` says the same with both."""
    from generator import strict_yaml
    from test_invalid_fixtures import fixture_root
    from validation_support import validate_in_process

    root = fixture_root(path, tmp_path)
    fast = validate_in_process(root).output
    monkeypatch.setattr(strict_yaml, "USE_LIBYAML", False)
    assert validate_in_process(root).output == fast


EXAMPLE_UNCOMMENTED = Path(__file__).parent / "invalid" / "683_positioning_office_template_example_uncommented_but_its_key.yaml"


@pytest.mark.parametrize("office,example", [(3, 1), (2, 1), (1, 1), (4, 1), (3, 3), (2, 2)])
def test_keys_uncommented_under_their_commented_head_are_mended_in_one_run(office: int, example: int, tmp_path: Path, content_once):
    """new-academy's « # positioning_office: » example, its keys uncommented with ``example`` spaces in front and its
    head line left in the comment, below an exam_office: whose keys have ``office`` spaces in front. Following the
    first run's advice literally (« écrire « positioning_office: » … à la place de la ligne N ») gives « Tout est
    valide »: with one space in front, the first run said « clé « name » mal alignée ; … l'aligner sur « exam_office »
    … ou sur « emails » … » (or, under exam_office's keys one space in too, « clé « name » en double … supprimer l'autre
    ligne »), and only the next run named the head line (stop 55 fixstaff pI; fixstaff56)."""
    from test_invalid_fixtures import fixture_root
    from validation_support import validate_in_process

    root = fixture_root(EXAMPLE_UNCOMMENTED, tmp_path)
    academy = root / "academies" / "fixture" / "academy.yaml"
    lines = academy.read_text(encoding="utf-8").split("\n")
    head = lines.index("# positioning_office:")
    section = None
    for n, raw in enumerate(lines):
        if raw.startswith("exam_office:"):
            section = office
        elif n == head:
            section = example
        elif raw and not raw.startswith((" ", "#")):
            section = None
        if section is not None and re.match(r"^ +(name|role|emails):", raw):
            lines[n] = " " * section + raw.lstrip()
    academy.write_text("\n".join(lines), encoding="utf-8")
    run = validate_in_process(root)
    (said,) = run.headlines()
    assert said.startswith(f"academies/fixture/academy.yaml:{head + 1}:3: positioning_office: la ligne « positioning_office: » "
                           f"de ce bloc est restée dans le commentaire de la ligne {head + 1} : "), said
    assert f"écrire « positioning_office: » seule sur sa ligne, sans « # », aucune espace en début de ligne (colonne 1), à la place de la ligne {head + 1} (ne rien changer au retrait de ses clés)" in said, said
    lines[head] = "positioning_office:"
    academy.write_text("\n".join(lines), encoding="utf-8")
    run = validate_in_process(root)
    # (the academy new-academy wrote is a draft, its verify: lines left: validate ends « Rien d'autre à corriger (le
    # brouillon mis à part) », never « Tout est valide » over a draft, staffsmall65)
    assert run.headlines() == [] and "Rien d'autre à corriger (le brouillon mis à part)" in run.stdout, run.output
