"""libyaml's fast path of generator.strict_yaml gives exactly what PyYAML's pure-Python composer gives.

``compose_file`` builds the node tree from libyaml's events when a file is
ordinary, and hands everything else (syntax errors, aliases, tags, tabs…) to
PyYAML's composer. These tests compose the same texts both ways and compare
every node (kind, tag, value, style, start and end line and column) and every
problem reported: the real files, the broken fixtures, known differences
between the two parsers, and seeded random mutations of the real files.
"""

from __future__ import annotations

import random
from pathlib import Path

import pytest
import yaml

from generator import strict_yaml
from generator.problems import Problems
from generator.strict_yaml import MappingNode, ScalarNode, SequenceNode, compose_file

from project_support import FROZEN, REPO

HERE = Path(__file__).resolve().parent
# The real data files (whatever staff wrote: the same nodes either way is a property of any text)
# and the frozen project's (tests/fixtures/project/: fixed, for the fast path and the seeded mutations).
REAL = sorted([*REPO.glob("academies/*/*.yaml"), *REPO.glob("content/*.yaml")])
FROZEN_FILES = sorted([*FROZEN.glob("academies/*/*.yaml"), *FROZEN.glob("content/*.yaml")])
FIXTURES = sorted([*HERE.glob("invalid/*.yaml"), *HERE.glob("base/academies/*/*.yaml")])

needs_libyaml = pytest.mark.skipif(strict_yaml._CParser is None, reason="PyYAML built without libyaml")


def shape(node):
    """Everything a node tree holds (kinds, tags, values, styles, positions)."""
    if node is None:
        return None
    marks = (node.start_mark.line, node.start_mark.column, node.end_mark.line, node.end_mark.column)
    if isinstance(node, ScalarNode):
        return ("scalar", node.tag, node.value, node.style, marks)
    if isinstance(node, SequenceNode):
        return ("sequence", node.tag, marks, node.flow_style, tuple(shape(item) for item in node.value))
    assert isinstance(node, MappingNode)
    return ("mapping", node.tag, marks, node.flow_style, tuple((shape(k), shape(v)) for k, v in node.value))


def composed(text: str, fast: bool, monkeypatch) -> tuple:
    monkeypatch.setattr(strict_yaml, "USE_LIBYAML", fast)
    problems = Problems()
    try:
        node = compose_file(text, "f.yaml", problems)
    except Exception as error:  # the same exception both ways is the same behaviour
        return ("exception", type(error).__name__, str(error))
    return shape(node), [p.headline() for p in problems.items]


def assert_same(text: str, monkeypatch) -> None:
    assert composed(text, True, monkeypatch) == composed(text, False, monkeypatch), repr(text)


def test_libyaml_is_used_whenever_pyyaml_has_it():
    assert (strict_yaml._CParser is not None) == yaml.__with_libyaml__
    assert strict_yaml.USE_LIBYAML == yaml.__with_libyaml__


@needs_libyaml
@pytest.mark.parametrize("path", REAL + FROZEN_FILES + FIXTURES, ids=[p.relative_to(REPO).as_posix() for p in REAL + FROZEN_FILES + FIXTURES])
def test_same_nodes_and_problems_for_real_files_and_fixtures(path: Path, monkeypatch):
    assert_same(path.read_bytes().decode("utf-8", errors="replace"), monkeypatch)


@needs_libyaml
@pytest.mark.parametrize("path", FROZEN_FILES, ids=[p.relative_to(FROZEN).as_posix() for p in FROZEN_FILES])
def test_the_frozen_files_take_the_fast_path(path: Path):
    assert strict_yaml._compose_with_libyaml(path.read_text(encoding="utf-8")) is not None


@needs_libyaml
@pytest.mark.parametrize(
    "text",
    [
        "a: 1\nb: [x, y]\nc: {d: e}\n",
        "a:\n- 1\n- 2\n",  # indentless sequence
        "a: |\n  un\n  deux\nb: >-\n  trois\n  quatre\n",
        "a: 'c''est'\nb: \"é\\u00e9\"\nc: ~\nd:\ne: null\n",
        "k: {x: , y}\n",  # empty value in a flow mapping: libyaml places it elsewhere
        "k: [a, {b: }]\n",
        "emails: [a@b? c.fr]\n",  # « ? » in a flow plain scalar: libyaml accepts it, PyYAML does not
        "k: [:x]\n",
        "a: |#x\n  b\n",  # « # » glued to a block scalar header
        "a: >-2#\n   b\n",
        "a: 1\nb: 2",  # no final line break
        "a:\n  b: 1\n\n  ",
        "a:\n\tb: 1\n",
        "a: 1\r\nb: 2\r\n",
        "a: x\u2028y\n",
        "\ufeffa: 1\n",
        "a: 1\n\ufeffb: 2\n",
        "%YAML 1.1\n---\na: 1\n",
        "a: &x 1\nb: *x\n",
        "a: !!str 1\n",
        "a: &x !!str 1\n",
        "a: !foo x\n",
        "a: ! x\n",
        "<<: {a: 1}\n",
        "a: 1\na: 2\n",
        "? [a, b]\n: 1\n",
        "a: 1\n---\nb: 2\n",
        "",
        "# rien\n",
        "a: 'texte\n",
        "ù😀: >\n b\n",
        "a: \"un\n  deux\"\n",
        "- - a\n  - b\n- c\n",
        "a: x\x01y\n",  # characters both parsers refuse
        "a: '\x7f'\n",
        "a: x\ufffey\n",
    ],
)
def test_same_result_for_known_differences_and_special_cases(text: str, monkeypatch):
    assert_same(text, monkeypatch)


INSERTS = [*":- \"'#[]{},\n?|>&*!%@`\\", "|#", ">-\n", "|+2\n", "- |\n", ": >\n   ", "\n   ", "{a", "[:", ":x", "? x", ": ", "- ",
           "{a: }", "[a, ]", "é", "\U0001F600", "\u00a0", "...\n", "---\n", "'it''s'", '"\\x"', "<<: ", " #", "\t", "\r\n"]


@needs_libyaml
@pytest.mark.parametrize("seed", range(4))
def test_same_result_for_random_mutations_of_the_frozen_files(seed: int, monkeypatch):
    rng = random.Random(seed)
    texts = [path.read_text(encoding="utf-8") for path in FROZEN_FILES]
    for _ in range(400):
        lines = rng.choice(texts).splitlines(keepends=True)
        start = rng.randrange(len(lines))
        chunk = lines[start:start + rng.randint(3, 40)]
        indent = min((len(line) - len(line.lstrip(" ")) for line in chunk if line.strip()), default=0)
        text = "".join(line[indent:] if line.startswith(" " * indent) else line for line in chunk)
        for _ in range(rng.randint(1, 3)):
            at = rng.randrange(len(text) + 1)
            choice = rng.random()
            if choice < 0.4:
                text = text[:at] + rng.choice(INSERTS) + text[at:]
            elif choice < 0.7:
                text = text[:at] + text[at + rng.randint(1, 3):]
            elif text:
                lines = text.splitlines(keepends=True)
                i = rng.randrange(len(lines))
                lines[i] = " " * rng.randint(0, 6) + lines[i].lstrip(" ")
                text = "".join(lines)
        assert_same(text, monkeypatch)


# --- Checking the advice for a key out of line: libyaml says first which moves do not parse ------------


def _long_file_with_a_key_out_of_line(blocks: int = 200) -> str:
    lines = ["items:"]
    for i in range(blocks):
        lines += [f"  k{i:04d}:", f"    label: Texte numéro {i}", f"    at: 2024-01-{i % 28 + 1:02d}", "    words: >-",
                  f"      Un texte plié, numéro {i},", "      qui continue ici.", "    note: rien"]
    lines[-6] = "   " + lines[-6].lstrip(" ")  # the last block's first key, one space left
    return "\n".join(lines) + "\n"


@needs_libyaml
def test_moves_libyaml_refuses_are_not_read_again_by_the_pure_python_composer(monkeypatch):
    """Each move of the advice that does not parse cost a full reading by the pure-Python composer up to its error
    (about 0.35 s for a file of 5,000 lines with the error near the end, for each of a dozen moves). libyaml says
    it in C; the pure-Python composer reads the file once (for its error), and the advice is the same as when
    every move is read in full (the moves refused are read in full only when none parses)."""
    text = _long_file_with_a_key_out_of_line()
    readings = []
    original = strict_yaml._Composer.__init__

    def counted(self, *args, **kwargs):
        readings.append(1)
        original(self, *args, **kwargs)

    monkeypatch.setattr(strict_yaml._Composer, "__init__", counted)
    problems = Problems()
    assert compose_file(text, "f.yaml", problems) is None
    assert len(readings) == 1, len(readings)
    said = [str(p) for p in problems.items]
    assert "clé « label » moins en retrait que les clés qui la suivent" in said[0], said
    # the same advice with every move read in full
    monkeypatch.setattr(strict_yaml, "_parses", lambda *args: None)
    again = Problems()
    compose_file(text, "f.yaml", again)
    assert [str(p) for p in again.items] == said
    assert len(readings) > 3  # (the moves that do not parse, each read by the pure-Python composer)
