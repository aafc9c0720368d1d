"""``python -m generator``'s own lines in French: a mistake on the command line (a missing argument, a mistyped
command or option, an option after the command…) is said in French, with what to write instead; ``--help`` too.

argparse says them in English (« usage: … error: the following arguments are required: … »): a staff walk met
them first thing. ``generator/arguments.py`` says them in French.
"""

from __future__ import annotations

import re
import subprocess
import sys

import pytest

from generator.arguments import FrenchParser
from generator.cli import build_parser
from staff_support import REPO

# argparse's English words, as 3.11 to 3.13 write them
ENGLISH = re.compile(
    r"usage:|error:|the following arguments|invalid choice|unrecognized arguments|expected one argument|"
    r"ambiguous option|ignored explicit|positional arguments|show this help|choose from"
)


def said(capsys, *argv: str) -> tuple[int, str]:
    """The exit status and everything written for ``python -m generator ARGV…`` (parsing only)."""
    with pytest.raises(SystemExit) as stop:
        build_parser().parse_args(list(argv))
    out = capsys.readouterr()
    return stop.value.code, out.out + out.err


@pytest.mark.parametrize("argv, expected", [
    ((), ["il manque la commande : validate, checklist, new-academy, new-session ou diff"]),
    (("valdate",), ["« valdate » n'est pas une commande ; vouliez-vous dire validate ?"]),
    (("checklist",), ["il manque --academy ACADÉMIE (dossier de l'académie, par exemple toulouse) et --session ANNÉE", "les ajouter"]),
    (("checklist", "--academy", "toulouse"), ["il manque --session ANNÉE (année de la session, par exemple 2024) ; l'ajouter à la commande"]),
    (("checklist", "--academy", "toulouse", "--session"), ["--session attend une valeur (année de la session, par exemple 2024)"]),
    (("checklist", "--academy", "toulouse", "--session", "2024", "--jsn"), ["« --jsn » n'est pas une option de cette commande ; vouliez-vous dire --json ?"]),
    (("checklist", "--json=oui", "--academy", "toulouse", "--session", "2024"), ["--json ne prend pas de valeur : écrire --json seul"]),
    (("validate", "--root", "/tmp"), ["« --root » se place avant la commande : python -m generator --root DOSSIER validate"]),
    (("validate", "--strict"), ["« --strict » n'est pas une option de cette commande (ses options : --help)"]),
    (("new-session", "toulouse"), ["il manque ANNÉE (année de la nouvelle session, par exemple 2027)"]),
    (("new-session", "toulouse", "20x7"), ["ANNÉE : « 20x7 » n'est pas une année ; écrire par exemple 2027"]),
    (("new-session", "toulouse", "2027", "de plus"), ["« de plus » en trop : cette commande ne l'attend pas"]),
    (("new-academy",), ["il manque ACADÉMIE (identifiant de l'académie dans content/departments.yaml, par exemple nancy-metz)"]),
    (("diff", "nantes"), ["il manque ANNÉE_DÉPART (année de la session de départ, par exemple 2024) et ANNÉE_ARRIVÉE"]),
])
def test_a_mistake_on_the_command_line_is_said_in_french_with_the_fix(capsys, argv, expected):
    code, output = said(capsys, *argv)
    assert code == 2, output
    assert not ENGLISH.search(output), output
    assert "utilisation : python -m generator" in output, output
    for words in expected:
        assert words in output, output
    # the command's own usage and help, when a command was given
    command = next((word for word in argv if not word.startswith("-")), "")
    if command in ("checklist", "validate", "new-session", "new-academy", "diff"):
        assert f"utilisation : python -m generator {command}" in output and f"Aide : python -m generator {command} --help" in output, output


@pytest.mark.parametrize("argv", [("--help",), ("checklist", "-h"), ("new-academy", "--help"), ("new-session", "-h"), ("diff", "-h"), ("validate", "-h")])
def test_help_is_in_french(capsys, argv):
    code, output = said(capsys, *argv)
    assert code == 0
    assert not ENGLISH.search(output), output
    assert output.startswith("utilisation : python -m generator") and "-h, --help" in output and "afficher cette aide" in output


def test_an_ambiguous_option_names_the_options_it_could_be(capsys):
    """No option of ours shares a beginning with another yet: a parser of its own shows the message."""
    parser = FrenchParser(prog="python -m generator essai")
    parser.add_argument("--json", action="store_true", help="en JSON")
    parser.add_argument("--jour", help="le jour, par exemple 2026-11-30")
    with pytest.raises(SystemExit):
        parser.parse_args(["--j"])
    output = capsys.readouterr().err
    assert "« --j » peut désigner --json ou --jour ; écrire l'option en entier" in output, output
    assert not ENGLISH.search(output), output


def test_the_real_command_says_it_in_french_on_stderr_with_status_2():
    """As staff run it: a process, its streams and its exit status."""
    done = subprocess.run([sys.executable, "-m", "generator", "checklist", "--academy", "toulouse"], cwd=REPO, capture_output=True, text=True, timeout=120)
    assert done.returncode == 2 and done.stdout == ""
    assert done.stderr.startswith("utilisation : python -m generator checklist"), done.stderr
    assert "python -m generator checklist : il manque --session ANNÉE" in done.stderr and not ENGLISH.search(done.stderr), done.stderr
