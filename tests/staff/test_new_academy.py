"""``python -m generator new-academy``: files written from the model, valid at once as a draft, nothing written on error."""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import io
import re
import shlex
import sys
import types
import typing
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

import pytest
import yaml

from generator.model.academy import Academy
from generator.model.session import SessionFile
from generator.model.values import Date, NotGiven, Url
from generator.schema import VERIFY, Record, accepts_not_given, doc, yaml_fields
from generator.staff import skeleton
from staff_support import assert_clean, on_root, problems_of, project_copy, run, without_verify
from staff_support import content_read_once_in_this_module  # noqa: F401  (autouse: content/ read once a state)


@pytest.fixture
def root(tmp_path: Path) -> Path:
    return project_copy(tmp_path)


def tree(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def _required(f: dataclasses.Field) -> bool:
    return f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING


def _record_type(tp):
    """The record class a field holds (alone, in a list or as the values of a map), with the container kind."""
    args = [a for a in typing.get_args(tp) if a is not type(None) and a is not NotGiven] if typing.get_origin(tp) in (typing.Union, types.UnionType) else [tp]
    inner = args[0]
    origin = typing.get_origin(inner)
    if origin in (list, tuple):
        inner, kind = typing.get_args(inner)[0], "list"
    elif origin is dict:
        inner, kind = typing.get_args(inner)[1], "dict"
    else:
        kind = "record"
    return (inner, kind) if isinstance(inner, type) and issubclass(inner, Record) else (None, None)


def assert_every_required_key(cls: type, node: yaml.MappingNode, lines: list[str], path: str, sections: bool = False) -> int:
    """Every required key of ``cls`` (and, for the sections, every one that may be « non précisé par la notice »)
    is written in ``node``, each with a French comment above it; returns the keys checked."""
    written = {key.value: (key, value) for key, value in node.value}
    hints = typing.get_type_hints(cls)
    checked = 0
    for f in yaml_fields(cls):
        if f.name == VERIFY:
            continue
        wanted = _required(f) or (sections and accepts_not_given(hints[f.name]))
        if f.name not in written:
            assert not wanted, f"{path}{f.name}: required key missing from the skeleton"
            continue
        key, value = written[f.name]
        above = lines[key.start_mark.line - 1].strip()
        assert above.startswith("#"), f"{path}{f.name}: no comment above the key"
        checked += 1
        inner, kind = _record_type(hints[f.name])
        if inner is None or not isinstance(value, (yaml.MappingNode, yaml.SequenceNode)):
            continue
        if kind == "record":
            checked += assert_every_required_key(inner, value, lines, f"{path}{f.name}.")
        elif kind == "dict":
            for item_key, item in value.value:
                checked += assert_every_required_key(inner, item, lines, f"{path}{f.name}.{item_key.value}.")
    return checked


def comment_block_above(lines: list[str], line_index: int) -> str:
    out = []
    i = line_index - 1
    while i >= 0 and lines[i].strip().startswith("#"):
        out.insert(0, lines[i].strip().lstrip("#").strip())
        i -= 1
    return " ".join(out)


def test_new_academy_writes_valid_draft_files_with_every_required_key(root: Path):
    before = tree(root)
    result = run(root, "new-academy", "nancy-metz", "--departments", "54,55,57,88")
    assert_clean(result)
    assert result.code == 0, result.output
    folder = root / "academies" / "nancy-metz"
    assert sorted(p.name for p in folder.iterdir()) == ["2027.yaml", "academy.yaml"]  # BTS_GUIDE_TODAY=2026-11-30
    assert {k: v for k, v in tree(root).items() if not k.startswith("academies/nancy-metz/")} == before
    assert "Créé : academies/nancy-metz/academy.yaml, academies/nancy-metz/2027.yaml." in result.stdout

    # the preview named as the staff guide and the command's last line name it (a staff walk, stop 40: « mkdocs serve »)
    header = (folder / "2027.yaml").read_text(encoding="utf-8").split("\nsession:", 1)[0]
    assert "visible dans l'aperçu\n# (bash scripts/serve.sh, dans le dossier du projet) mais jamais publié" in header, header
    assert "mkdocs serve" not in header, header
    for name, cls, sections in (("academy.yaml", Academy, False), ("2027.yaml", SessionFile, True)):
        text = (folder / name).read_text(encoding="utf-8")
        lines = text.split("\n")
        node = yaml.compose(text, Loader=yaml.SafeLoader)
        assert assert_every_required_key(cls, node, lines, "", sections) > 5
        # each written key's comment says what it is, how to write it and how to say the notice does not give it
        hints = typing.get_type_hints(cls)
        for key, _ in node.value:
            if key.value == VERIFY:
                continue
            about = comment_block_above(lines, key.start_mark.line)
            assert about.startswith(f"{key.value} : "), (name, key.value, about)
            assert "S'écrit : " in about, (name, key.value)
            if accepts_not_given(hints[key.value]):
                assert f"Si la notice ne le donne pas : « non précisé par la notice » après « {key.value}: »" in about, (name, key.value)
                # (its line written once: a « Remplacer tout » of « exam_office: non précisé par la notice » hit the
                # template's comments too, staffwalk61 L1)
                line = f"{key.value}: non précisé par la notice"
                hits = len(re.findall(rf"(?<![\w]){re.escape(line)}", text))
                assert hits == (1 if lines[key.start_mark.line].strip() == line else 0), (name, line)
            else:
                assert "« non précisé par la notice » n'est pas permis ici" in about, (name, key.value)

    validated = run(root, "validate", str(folder))
    assert_clean(validated)
    assert validated.code == 0, validated.output
    assert problems_of(validated) == []
    assert len(validated.items("à vérifier")) == 4  # academy, session file, session:, deadlines.documents
    # a draft: said as such, not « Tout est valide » (staffsmall65 item 1)
    # (each counted where it is: academy.yaml's once, not again in the session's, review96 L7)
    assert ("Brouillon : academies/nancy-metz/academy.yaml (1 élément à vérifier), nancy-metz 2027 (3 éléments à "
            "vérifier), liste ci-dessus ; ") in validated.stdout
    assert validated.stdout.rstrip().endswith("Rien d'autre à corriger (le brouillon mis à part) : 1 académie, 1 session.")


def test_the_next_commands_keep_the_root_the_command_was_given(root: Path):
    """staffsmall65 item 2: new-academy and new-session run with --root printed their next commands without it: typed as
    printed, « python -m generator validate academies/nancy-metz » read the repository's files, not the project's (no
    such folder there). Now with the --root given; run as printed, from the repository's folder, it reads the project."""
    import subprocess

    from staff_support import REPO

    def next_validate(output: str) -> list[str]:
        line = next(line for line in output.split("\n") if line.startswith("Étapes suivantes"))
        command = line.split("puis : ", 1)[1].split(" ; ", 1)[0]
        assert command.startswith(f"python -m generator --root {shlex.quote(str(root))} validate "), line
        return shlex.split(command)[3:]

    created = run(root, "new-academy", "nancy-metz")
    assert created.code == 0, created.output
    assert "python -m generator validate" not in created.stdout, created.stdout
    rolled = run(root, "new-session", "toulouse", "2025", "--force")
    assert rolled.code == 0, rolled.output
    assert "python -m generator validate" not in rolled.stdout, rolled.stdout
    for argv, draft in ((next_validate(created.stdout), "Brouillon : academies/nancy-metz/academy.yaml (1 élément à "
                         "vérifier), nancy-metz 2027 ("), (next_validate(rolled.stdout), "Brouillon : toulouse 2025 (")):
        done = subprocess.run([sys.executable, "-m", "generator", *argv], cwd=REPO, capture_output=True, text=True, timeout=120)
        assert done.returncode == 0 and draft in done.stdout, (argv, done.stdout, done.stderr)
    # without --root, the commands as before; a root with a space, quoted for the shell
    from generator.problems import with_root

    assert with_root(created.stdout, None) == created.stdout
    assert with_root("puis : python -m generator validate academies/x", "mes guides/bts") == (
        "puis : python -m generator --root 'mes guides/bts' validate academies/x")


def test_a_whole_report_given_the_root_keeps_the_file_s_lines_as_they_are():
    """with_root over a whole report (main's StaffError, diff's and checklist's refusals): the commands of the messages
    take the root, the file's line under a problem and the lines to copy stay as the file has them (the walk of
    staff65: diff refused for a problem of content/interface.yaml on its line « same_year: "… python -m generator diff
    …" », and quoted that line with a --root the file does not have)."""
    from generator.problems import Location, Problem, Problems, with_root

    problems = Problems()
    problems.remember_source("content/interface.yaml", 'a: 1\n  same_year: "par exemple : python -m generator diff x 1 2"\n')
    problems.add(Location("content/interface.yaml", 2, 3), "same_year", "voir python -m generator validate")
    report = problems.report() + "\nreviewed:\n" + '  - {point: "x", checked: 2026-12-07, seen: "python -m generator validate"}'
    lines = with_root(report, "mes guides").split("\n")
    assert lines[0].endswith("voir python -m generator --root 'mes guides' validate"), lines
    assert lines[1:] == report.split("\n")[1:], lines
    assert Problem(Location("f", 1, 1), "", "python -m generator").render(["python -m generator"], root="r").split("\n")[1] == (
        "    python -m generator")


def test_refusals_and_problems_give_their_commands_with_the_root_given(tmp_path: Path):
    """staffdocs64 item 1 (review96 L8): run with --root, new-academy's and new-session's refusals and validate's
    problems gave their commands without it (« corriger d'abord ces problèmes (python -m generator validate les liste) »,
    « … python -m generator new-academy toulouse … »), and those read the repository's files, not the project's. Each
    now carries the --root typed, quoted for the shell, once; without --root, none."""
    root = project_copy(tmp_path / "mes guides")
    given = shlex.quote(str(root))
    assert " " in str(root) and given != str(root)
    (root / "academies" / "toulouse" / "academy.yaml").unlink()
    said = [
        run(root, "new-academy", "nantes"),  # existing folder: « … python -m generator new-session nantes ANNÉE »
        run(root, "new-session", "nantes", "2025"),  # before the latest: the commands to write 2027 or force 2025
        run(root, "new-session", "toulouse", "2027"),  # academy.yaml missing: « corriger d'abord ces problèmes … »
        run(root, "validate"),  # academy.yaml missing: « … python -m generator new-academy toulouse … »
    ]
    for result in said:
        assert_clean(result)
        assert result.code == 1, result.output
        commands = re.findall(r"python -m generator (?:--root )?", result.output)
        assert commands and set(commands) == {"python -m generator --root "}, result.output
        assert result.output.count("python -m generator ") == result.output.count(f"python -m generator --root {given} ")
    assert "python -m generator --root " + given + " new-academy toulouse" in said[3].stdout, said[3].stdout
    # without --root (the repository's project): the commands as they were (an academy of the national table without a
    # folder: new-academy is offered only for one of the table, review64b L3)
    from generator.cli import main
    from generator.loading import read_file
    from generator.model.departments import DepartmentsFile
    from generator.problems import Problems

    repository = Path(__file__).resolve().parents[2]
    table = read_file(repository / "content" / "departments.yaml", repository, DepartmentsFile, Problems())
    absent = next(slug for slug in sorted(table.academies) if not (repository / "academies" / slug).exists())
    err = io.StringIO()
    with contextlib.redirect_stderr(err):
        assert main(["new-session", absent, "2027"]) == 1
    assert "python -m generator new-academy" in err.getvalue() and "--root" not in err.getvalue(), err.getvalue()


def test_house_style_and_values_of_the_national_table(root: Path):
    assert run(root, "new-academy", "nancy-metz").code == 0  # --departments defaults to the table's
    academy = (root / "academies" / "nancy-metz" / "academy.yaml").read_text(encoding="utf-8")
    assert "\n  - {code: \"54\", name: Meurthe-et-Moselle}\n  - {code: \"55\", name: Meuse}\n  - {code: \"57\", name: Moselle}\n  - {code: \"88\", name: Vosges}\n" in academy
    assert "\nname: Nancy-Metz\n" in academy and "\ntimezone: Europe/Paris\n" in academy and "\nwebsite: https://www.ac-nancy-metz.fr\n" in academy
    assert "\nexam_office: non précisé par la notice\n" in academy
    # the departments come from the national table: the draft says so and asks to compare them with the notice; the
    # source line published with them claims no check the staff have not made and names no file of the project
    assert "écrit depuis le tableau national des départements : departments, departments_source — comparer avec la notice" in " ".join(academy.split())
    source = academy.split("\ndepartments_source: ", 1)[1].split("\n", 1)[0]
    assert "vérifié" not in source and "content/" not in source, source
    assert "# exam_office:\n#   # name : nom du bureau" in academy  # the structure that replaces it, commented
    # lines as long as in the real files, but a verify: line: one line, whatever its length, as new-session writes it
    # (review staff43 M5: a folded « verify: >- » whose first line alone was deleted left its text read as a key)
    assert all(len(line) <= 110 or line.lstrip().startswith('verify: "') for line in academy.split("\n")), "lines as long as in the real files"
    for text in (academy, (root / "academies" / "nancy-metz" / "2027.yaml").read_text(encoding="utf-8")):
        markers = [line for line in text.split("\n") if "verify:" in line and not line.lstrip().startswith("#")]
        assert markers and all(line.lstrip().startswith('verify: "') and line.rstrip().endswith('"') for line in markers), markers
    session = (root / "academies" / "nancy-metz" / "2027.yaml").read_text(encoding="utf-8")
    assert "\n  year: 2027\n" in session
    assert "\nwho: non précisé par la notice\n" in session and "\nestablishment_guide: non précisé par la notice\n" in session
    assert "  # notice_date: AAAA-MM-JJ\n" in session  # optional keys commented out, one line to uncomment


@pytest.mark.parametrize(("today", "year"), [
    ("2026-11-30", 2027), ("2026-12-03", 2027), ("2026-03-01", 2026), ("2026-08-31", 2026), ("2026-09-01", 2027),
])
def test_first_session_is_the_session_in_course(root: Path, today: str, year: int):
    """The first session whose academic year is not over, as new-session and validate's « notice suivante ? » name
    the session in course (it was the next one not yet registered: 2028 in December 2026, its notice a year away)."""
    result = run(root, "new-academy", "lille", today=today)
    assert result.code == 0, result.output
    assert sorted(p.name for p in (root / "academies" / "lille").iterdir()) == [f"{year}.yaml", "academy.yaml"]


def test_session_can_be_given(root: Path):
    """The session in course, without a question, its registrations over or not (2027 in December 2026); the next one
    is asked about until its notice can be out (test_a_past_or_far_session_is_refused_unless_forced: 2028 in December
    2026, staffdoc68 M, as new-session)."""
    assert run(root, "new-academy", "lille", "--session", "2027", today="2026-12-03").code == 0
    assert (root / "academies" / "lille" / "2027.yaml").is_file()
    assert run(root, "validate", str(root / "academies" / "lille")).code == 0


@pytest.mark.parametrize(("args", "said"), [
    (("--session", "2024"),
     "2024 est une session passée : ses inscriptions ont eu lieu à l'automne 2023 et son année scolaire s'est terminée le "
     "31 août 2024 ; l'écrire ne sert qu'à archiver sa notice. La session en cours est 2027. Rien n'a été écrit. Pour la "
     "session en cours, 2027 : python -m generator new-academy nancy-metz (sans --session) ; pour archiver quand même la "
     "notice de la session 2024, ajouter --force : python -m generator new-academy nancy-metz --session 2024 --force"),
    # (the session after the one in course, whose registrations are still to come from December: its notice appears
    # next autumn, and its draft would block every publication until then; staffdoc68 M, as new-session)
    (("--session", "2028"),
     "2028 vient 1 an après la session en cours, 2027 ; la notice de la session 2028 ne paraît qu'à l'automne 2027. Faute "
     "de frappe ? Rien n'a été écrit. Pour la session en cours, 2027 : python -m generator new-academy nancy-metz (sans "
     "--session) ; si 2028 est bien l'année voulue, ajouter --force : python -m generator new-academy nancy-metz "
     "--session 2028 --force"),
    (("--departments", "54, 55,57,88", "--session", "2072"),
     "2072 vient 45 ans après la session en cours, 2027. Faute de frappe ? Rien n'a été écrit. Pour la session en cours, "
     "2027 : python -m generator new-academy nancy-metz --departments 54,55,57,88 (sans --session) ; si 2072 est bien "
     "l'année voulue, ajouter --force : python -m generator new-academy nancy-metz --departments 54,55,57,88 --session 2072 --force"),
])
def test_a_past_or_far_session_is_refused_unless_forced(root: Path, args: tuple, said: str):
    """Worded as new-session words a past session and a far year (it wrote them without a question)."""
    before = tree(root)
    result = run(root, "new-academy", "nancy-metz", *args, today="2026-12-03")
    assert_clean(result)
    assert result.code == 1
    assert result.stderr.strip() == on_root(said, root)
    assert tree(root) == before
    forced = run(root, "new-academy", "nancy-metz", *args, "--force", today="2026-12-03")
    assert forced.code == 0, forced.output
    assert (root / "academies" / "nancy-metz" / f"{args[-1]}.yaml").is_file()


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.mark.parametrize(("answer", "written"), [("oui\n", True), ("non\n", False)])
def test_on_a_terminal_a_past_session_is_asked_about(root: Path, monkeypatch, answer: str, written: bool):
    from generator.cli import main

    monkeypatch.setenv("BTS_GUIDE_TODAY", "2026-12-03")
    monkeypatch.setattr(sys, "stdin", _Terminal(answer))
    out, err = io.StringIO(), _Terminal()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(["--root", str(root), "new-academy", "nancy-metz", "--session", "2025"])
    assert ("l'écrire ne sert qu'à archiver sa notice. La session en cours est 2027.\nCréer quand même academies/nancy-metz "
            "(academy.yaml et 2025.yaml) ? Taper « oui » (ou « o », « yes », « y ») pour confirmer") in err.getvalue()
    assert "--force" not in err.getvalue()
    assert code == (0 if written else 1)
    assert (root / "academies" / "nancy-metz").exists() == written
    assert ("Créé : academies/nancy-metz/academy.yaml, academies/nancy-metz/2025.yaml." in out.getvalue()) == written


def test_unknown_academy_lists_the_nearest_ids_and_writes_nothing(root: Path):
    before = tree(root)
    result = run(root, "new-academy", "nancy")
    assert_clean(result)
    assert result.code == 1
    assert "« nancy » n'est pas un identifiant d'académie de content/departments.yaml ; identifiants les plus proches : nancy-metz" in result.stderr
    assert "Une académie absente de ce tableau national y est d'abord ajoutée, avec ses départements, par l'équipe nationale du guide." in result.stderr
    assert tree(root) == before


@pytest.mark.parametrize(
    ("name", "nearest"),
    [
        ("montpelier", "montpellier"),  # a typo
        ("orleans-tour", "orleans-tours"),
        ("tours", "orleans-tours"),  # a word of a compound identifier
        ("reims-champagne", "reims"),
    ],
)
def test_a_name_close_to_an_academy_gets_it(root: Path, name: str, nearest: str):
    result = run(root, "new-academy", name)
    assert result.code == 1
    assert f"« {name} » n'est pas un identifiant d'académie de content/departments.yaml ; identifiants les plus proches : {nearest}" in result.stderr


@pytest.mark.parametrize(
    ("name", "said"),
    [
        # (« par exemple rennes-bretagne » was itself refused as no academy of the table: staffwalk54 L1)
        # (« écrire celui de l'académie dans content/departments.yaml » read as « write it into the table »: review65 L7)
        ("rennes bretagne", "« rennes bretagne » n'est pas un identifiant d'académie ; écrire l'identifiant que "
         "content/departments.yaml donne à l'académie, en minuscules sans accent ni espace, mots séparés par « - » ; "
         "identifiants les plus proches : rennes"),
        ("Nancy Metz", "« Nancy Metz » n'est pas un identifiant d'académie ; écrire en minuscules sans accent ni espace, mots "
         "séparés par « - », par exemple nancy-metz"),
    ],
)
def test_a_name_that_is_no_identifier_gets_one_of_the_table(root: Path, name: str, said: str):
    before = tree(root)
    result = run(root, "new-academy", name)
    assert_clean(result)
    assert result.code == 1
    assert said in result.stderr, result.stderr
    assert tree(root) == before


def test_a_name_close_to_no_academy_gets_no_suggestion(root: Path):
    """« val-de-loire » shares letters with « guadeloupe » (difflib: 0.55), nothing else: the whole list, no « plus proche »."""
    result = run(root, "new-academy", "val-de-loire")
    assert_clean(result)
    assert result.code == 1
    assert "plus proches" not in result.stderr
    assert "identifiants possibles : aix-marseille, amiens," in result.stderr


@pytest.mark.parametrize(
    ("given", "said"),
    [
        ("54,55,57", "il manque 88 (Vosges), rattaché à l'académie de Nancy-Metz par content/departments.yaml"),
        ("54,55,57,88,31", "le 31 (Haute-Garonne) relève de l'académie de Toulouse d'après content/departments.yaml"),
        ("54,55,57,88,x", "« x » n'est pas un numéro de département"),
    ],
)
def test_departments_must_be_those_of_the_table(root: Path, given: str, said: str):
    before = tree(root)
    result = run(root, "new-academy", "nancy-metz", "--departments", given)
    assert_clean(result)
    assert result.code == 1
    assert said in result.stderr
    assert "écrire --departments 54,55,57,88" in result.stderr
    # content/ is the national team's (staff guide): the message does not ask staff to edit it
    assert "Si le rattachement a changé, demander à l'équipe nationale du guide de corriger content/departments.yaml." in result.stderr
    assert "corriger d'abord" not in result.stderr
    assert tree(root) == before


def test_departments_in_any_order_and_spacing(root: Path):
    assert run(root, "new-academy", "nancy-metz", "--departments", "88, 57,55 ,54").code == 0


def test_a_wrong_weekday_in_a_new_academy_s_draft_is_a_problem_not_the_previous_notice_s(root: Path):
    """A staff walk (stop 49 M3): in the session file new-academy wrote (its verify: lines kept), a weekday typed wrong
    was listed « à vérifier … (mots de la notice précédente, à remplacer par ceux de la nouvelle) »: there is no
    previous notice; the slip is a problem, as in a file without verify: lines."""
    assert run(root, "new-academy", "lille", "--session", "2027").code == 0
    path = root / "academies" / "lille" / "2027.yaml"
    text = path.read_text(encoding="utf-8")
    at = "    at: non précisé par la notice\n"
    assert text.count(at) >= 1 and "    verify: \"à remplir depuis la notice : label" in text
    path.write_text(text.replace(at, at + "    words: au plus tard le mardi 18 novembre 2026\n", 1), encoding="utf-8")
    result = run(root, "validate", "academies/lille")
    assert_clean(result)
    assert result.code == 1, result.output
    wrong = "« mardi 18 novembre 2026 » : le 18 novembre 2026 est un mercredi, pas un mardi ; corriger le jour ou la date"
    said = [line for line in problems_of(result) if wrong in line]
    assert len(said) == 1 and ": deadlines.documents.words: " in said[0], result.output
    assert "notice précédente" not in result.output


@pytest.mark.parametrize("file, key, values", [
    ("academy.yaml", "exam_office", {"name": "Bureau des examens", "role": "Inscriptions", "emails": "[dec@ac-lille.fr]"}),
    ("2027.yaml", "exam_adjustment", {"channel": "application", "how": "Faire la demande en ligne sur AMEX."}),
])
def test_the_template_s_example_uncommented_but_its_key_is_told_the_key_left_in_the_comment(root: Path, file: str, key: str, values: dict):
    """review65 H1: staff uncomment the key lines of the example new-academy writes above « exam_office: non précisé par
    la notice » (« #   name: texte », between « #   # name : … » explanations), and not its first line « # exam_office: ».
    validate said « l'aligner sur « website » … (colonne 1) », then « clé « name » en double » (the academy's own name);
    it says the key left in the comment, at that line. The template as new-academy writes it today (fixtures 660-662
    keep a copy of it)."""
    assert run(root, "new-academy", "lille", "--session", "2027").code == 0
    path = root / "academies" / "lille" / file
    lines = path.read_text(encoding="utf-8").split("\n")
    header = lines.index(f"# {key}:")
    for number in range(header + 1, len(lines)):
        if not lines[number].startswith("#"):
            break
        name = lines[number][4:].split(":", 1)[0]
        if lines[number].startswith("#   ") and name in values:
            lines[number] = f"  {name}: {values[name]}"  # (the line's « # » and the space after it removed)
    path.write_text("\n".join(lines), encoding="utf-8")
    result = run(root, "validate", f"academies/lille/{file}")
    assert_clean(result)
    said = problems_of(result)
    assert len(said) == 1 and said[0].startswith(f"academies/lille/{file}:{header + 1}:3: {key}: la ligne « {key}: » de ce bloc est "
                                                 f"restée dans le commentaire de la ligne {header + 1} : "), result.output
    assert f"à la place de la ligne {header + 1} " in said[0] and "l'aligner" not in result.output


def test_an_existing_folder_is_never_overwritten(root: Path):
    (root / "academies" / "lille").mkdir()
    (root / "academies" / "lille" / "academy.yaml").write_text("name: Lille\n", encoding="utf-8")
    result = run(root, "new-academy", "lille")
    assert result.code == 1
    assert on_root("academies/lille existe déjà (sessions : aucune) : rien n'a été écrit. Pour écrire le fichier de sa session, "
                   "vide et chaque rubrique expliquée, sans toucher à academy.yaml : python -m generator new-session lille ANNÉE",
                   root) in result.stderr
    assert [p.name for p in (root / "academies" / "lille").iterdir()] == ["academy.yaml"]
    result = run(root, "new-academy", "toulouse")
    assert on_root("python -m generator new-session toulouse ANNÉE", root) in result.stderr
    # a finished session is never offered for removal
    assert "Dossier créé pour une autre année" not in result.stderr


def test_a_folder_made_by_hand_without_its_files_gets_them(root: Path):
    """staffwalk59 H1: the folder made first by hand (or holding only the notice's PDF): new-academy refused it as
    existing and said new-session, which refused it for its missing academy.yaml and said new-academy: no way out but
    deleting the folder. With neither academy.yaml nor a session file, there is nothing to overwrite: both are written,
    the other files left as they are."""
    folder = root / "academies" / "lille"
    folder.mkdir()
    (folder / "notice-2027.pdf").write_bytes(b"%PDF-1.4 notice")
    result = run(root, "new-academy", "lille")
    assert_clean(result)
    assert result.code == 0, result.output
    assert result.stdout.startswith("Créé : academies/lille/academy.yaml, academies/lille/2027.yaml."), result.stdout
    assert (folder / "notice-2027.pdf").read_bytes() == b"%PDF-1.4 notice"
    # a session file written under a wrong name is not written beside: the folder is said to exist, as before
    (folder / "academy.yaml").unlink()
    (folder / "2027.yaml").rename(folder / "2027.yml")
    result = run(root, "new-academy", "lille")
    assert result.code == 1 and "existe déjà" in result.stderr, result.output
    assert not (folder / "academy.yaml").exists()


def test_an_emptied_academy_file_s_advice_keeps_the_session_files(root: Path):
    """staffwalk59 M1: an empty academy.yaml was told « pour une nouvelle académie, supprimer son dossier puis lancer
    new-academy », which deleted the session files already filled from the notice with it. The file alone is deleted;
    new-academy then writes academy.yaml alone, the sessions untouched."""
    folder = root / "academies" / "toulouse"
    sessions = {p.name: p.read_bytes() for p in folder.glob("20*.yaml")}
    (folder / "academy.yaml").write_text("", encoding="utf-8")
    said = problems_of(run(root, "validate", "academies/toulouse"))
    assert len(said) == 1 and said[0].startswith("academies/toulouse/academy.yaml:1:1: fichier vide ; "), said
    assert "supprimer son dossier" not in said[0]
    assert said[0].endswith(on_root("; sinon, supprimer ce fichier (academy.yaml seul : les fichiers de session du dossier "
                                    "restent) puis lancer python -m generator new-academy toulouse, qui le prépare", root)), said
    (folder / "academy.yaml").unlink()
    result = run(root, "new-academy", "toulouse")
    assert result.code == 0 and result.stdout.startswith("Créé : academies/toulouse/academy.yaml seul"), result.output
    assert {p.name: p.read_bytes() for p in folder.glob("20*.yaml")} == sessions


def test_a_deleted_academy_file_is_written_again_alone(root: Path):
    """academy.yaml deleted, the session files kept: validate names new-academy, which writes academy.yaml alone, as it
    prepares it, and says so (staffwalk54 M2: « voir academies/toulouse/academy.yaml », and new-academy refused the
    existing folder)."""
    folder = root / "academies" / "toulouse"
    sessions = {p.name: p.read_bytes() for p in folder.glob("20*.yaml")}
    assert sessions
    (folder / "academy.yaml").unlink()
    result = run(root, "validate", "academies/toulouse")
    assert result.code == 1
    assert on_root("academies/toulouse/academy.yaml:1:1: academy.yaml manquant ; chaque dossier d'académie en a un : le reprendre "
            "d'une version précédente (voir « Rétablir un fichier abîmé », page « Lire un message d'erreur » du guide du "
            "personnel), ou le réécrire, prérempli depuis le tableau national, avec python -m generator new-academy toulouse "
            "(qui n'écrit qu'academy.yaml quand le dossier a déjà ses fichiers de session), puis le compléter depuis la "
            "notice", root) in problems_of(result)
    result = run(root, "new-academy", "toulouse")
    assert_clean(result)
    assert result.code == 0, result.output
    years = ", ".join(sorted(sessions))
    assert result.stdout.startswith(
        f"Créé : academies/toulouse/academy.yaml seul (le dossier academies/toulouse a déjà ses fichiers de session, {years}, "
        "qui n'ont pas été touchés) : le nom, le fuseau horaire, le site et les départements viennent du tableau national "
        "(content/departments.yaml), le reste est à remplir depuis la notice."), result.stdout
    assert "academies/toulouse/20" not in result.stdout.split("Étapes suivantes")[0].split("\n", 1)[1]
    assert {p.name: p.read_bytes() for p in folder.glob("20*.yaml")} == sessions
    text = (folder / "academy.yaml").read_text(encoding="utf-8")
    assert "name: Toulouse" in text and "slug: toulouse" in text
    # run again: academy.yaml is there, nothing written
    again = run(root, "new-academy", "toulouse")
    assert again.code == 1 and "existe déjà" in again.stderr
    assert (folder / "academy.yaml").read_text(encoding="utf-8") == text


@pytest.mark.parametrize("name", ["academy.yml", "Academy.yaml", "academy.yaml.txt", "academie.yaml", "Académie.yaml",
                                  "academie.yml", "academie.yaml.txt", "ACADEMIE.YAML", "Académie.yml"])
def test_an_academy_file_saved_under_another_name_is_to_rename_not_to_write_again(root: Path, name: str):
    """review65 M1: academy.yaml renamed academy.yml, validate said « academy.yaml manquant … new-academy toulouse » and
    « le renommer academy.yaml »; new-academy then wrote a skeleton beside the real file. The rename alone is said, and
    new-academy refuses with that sentence."""
    folder = root / "academies" / "toulouse"
    (folder / "academy.yaml").rename(folder / name)
    before = tree(root)
    said = problems_of(run(root, "validate", "academies/toulouse"))
    assert len(said) == 1 and said[0].startswith(f"academies/toulouse/{name}:1:1: ") and said[0].split(" : ce fichier n'est pas lu ; ")[1].startswith("le renommer academy.yaml"), said
    result = run(root, "new-academy", "toulouse")
    assert_clean(result)
    # (the rename as a command, then what follows: fixstaff62 item 4)
    assert result.code == 1 and result.stderr.strip().endswith(
        f"{said[0]} ; rien n'a été écrit. Pour le renommer : mv {shlex.quote('academies/toulouse/' + name)} "
        + on_root("academies/toulouse/academy.yaml ; puis : python -m generator validate academies/toulouse", root)), result.output
    assert tree(root) == before


@pytest.mark.parametrize("name", ["academie.yaml", "academie (1).yaml", "academies.yaml", "academy_lyon.yaml"])
def test_a_lone_academie_yaml_is_to_rename_with_the_command(root: Path, name: str):
    """review82 L (fixstaff62 item 4): a new folder holding only « academie.yaml » (academy.yaml in French) was told « n'est
    ni academy.yaml ni le fichier d'une session … le déplacer hors du dossier academies/ », the staff's work moved away
    instead of renamed; and validate said « academy.yaml manquant … new-academy » beside the rename. Now the rename alone,
    with its command; followed, new-session is what comes next. review86 L7 (fixstaff63 item 3): the same for every name
    validate tells to rename academy.yaml (« academie (1).yaml », « academies.yaml », « academy_lyon.yaml »), one rule."""
    folder = root / "academies" / "lyon"
    folder.mkdir()
    (folder / name).write_text("name: Lyon\n", encoding="utf-8")
    said = problems_of(run(root, "validate", "academies/lyon"))
    assert said == [f"academies/lyon/{name}:1:1: nom de fichier « {name} » inattendu : ce fichier n'est pas "
                    "lu ; le renommer academy.yaml (en anglais, sans accent : le fichier de l'académie)"], said
    result = run(root, "new-academy", "lyon")
    assert_clean(result)
    assert result.code == 1 and result.stderr.strip() == (
        f"{said[0]} ; rien n'a été écrit. Pour le renommer : mv {shlex.quote('academies/lyon/' + name)} academies/lyon/academy.yaml ; "
        + on_root("puis, pour écrire le fichier de la session : python -m generator new-session lyon ANNÉE", root)), result.output
    assert [p.name for p in folder.iterdir()] == [name]


def test_two_misnamed_academy_files_are_told_which_to_keep(root: Path):
    """fixstaff64 item 3: « academie.yaml » and « academy_lyon.yaml » in one folder: validate told each « le renommer
    academy.yaml », new-academy gave one mv (for the first) and nothing of the second. Both now say that only one can be
    academy.yaml, how to compare them, and new-academy the commands; followed, new-session is what comes next."""
    folder = root / "academies" / "lyon"
    folder.mkdir()
    (folder / "academie.yaml").write_text("name: Lyon\n", encoding="utf-8")
    (folder / "academy_lyon.yaml").write_text("name: Lyon (ancien)\n", encoding="utf-8")
    several = ("ces 2 fichiers sont chacun academy.yaml sous un autre nom (academie.yaml, academy_lyon.yaml), et un seul "
               "peut devenir academy.yaml : garder celui qui suit la notice de l'académie (les comparer : diff "
               "academies/lyon/academie.yaml academies/lyon/academy_lyon.yaml), le renommer academy.yaml et supprimer l'autre")
    said = problems_of(run(root, "validate", "academies/lyon"))
    assert said == [f"academies/lyon/{name}:1:1: nom de fichier « {name} » inattendu : ce fichier n'est pas lu ; le "
                    f"renommer academy.yaml (en anglais, sans accent : le fichier de l'académie) ; mais {several}"
                    for name in ("academie.yaml", "academy_lyon.yaml")], said
    result = run(root, "new-academy", "lyon")
    assert_clean(result)
    assert result.code == 1 and result.stderr.strip() == (
        f"academies/lyon n'a pas d'academy.yaml ; {several} ; rien n'a été écrit. Par exemple, pour garder academie.yaml : "
        "mv academies/lyon/academie.yaml academies/lyon/academy.yaml && rm academies/lyon/academy_lyon.yaml ; puis, pour "
        + on_root("écrire le fichier de la session : python -m generator new-session lyon ANNÉE", root)), result.output
    (folder / "academie.yaml").rename(folder / "academy.yaml")
    (folder / "academy_lyon.yaml").unlink()
    assert "existe déjà" in run(root, "new-academy", "lyon").stderr


def test_a_folder_made_for_the_wrong_year_is_led_out(root: Path):
    """new-academy on its own draft folder (made without --session for a notice of another year): the way out, without
    deleting academy.yaml (a staff walk, stop 49 M5)."""
    assert run(root, "new-academy", "lille").code == 0
    result = run(root, "new-academy", "lille")
    assert result.code == 1
    assert on_root("academies/lille existe déjà (sessions : 2027) : rien n'a été écrit. Pour préparer la session suivante : "
            "python -m generator new-session lille ANNÉE (à partir de la dernière session écrite). Dossier créé pour une autre "
            "année que celle de la notice ? Supprimer d'abord le brouillon de la mauvaise année (academies/lille/2027.yaml ; "
            "academy.yaml se garde), puis : python -m generator new-session lille ANNÉE avec l'année de la notice, qui écrit "
            "le fichier de session vide, chaque rubrique expliquée, quand aucune session ne la précède ; brouillon déjà rempli "
            "depuis la notice : le renommer plutôt ANNÉE.yaml et y corriger year: sous session:", root) in result.stderr, result.stderr
    # the way it says works whether the notice's year comes after the wrong one or before it (review56 L1: « supprimer
    # ensuite » left the draft there, and new-session refused a year after it as a draft's next, one before as past it)
    for year in ("2028", "2026"):
        for other in (root / "academies" / "lille").glob("20*.yaml"):
            other.unlink()
        result = run(root, "new-session", "lille", year, "--force")
        assert result.code == 0, result.output
        assert result.stdout.startswith(f"Créé : academies/lille/{year}.yaml, le fichier de session vide de new-academy")


def test_new_academy_s_untouched_file_is_offered_for_removal_not_to_finish(root: Path):
    """new-session for the year after new-academy's untouched file (made for the wrong year): delete it and run again,
    not « le terminer d'abord » (review56 L1). (A year on, in October 2027: until 31 August 2027, 2028's notice is not
    out, and new-session refuses 2028 for its year first, staffwalk58 L2, staffdoc68 M.)"""
    assert run(root, "new-academy", "lille", today="2026-12-03").code == 0
    result = run(root, "new-session", "lille", "2028", today="2027-10-01")
    assert_clean(result)
    assert result.code == 1
    assert ("academies/lille/2027.yaml est encore le fichier vide de new-academy, rien n'y est rempli depuis la notice "
            "(par exemple ligne ") in result.stderr, result.stderr
    assert on_root(": s'il a été créé pour une autre année que celle de la notice, le supprimer (academy.yaml se garde), puis "
            "relancer : python -m generator new-session lille 2028 ; si 2027 est bien l'année de la notice, le remplir d'abord, "
            "la session 2028 se prépare à partir d'une session vérifiée ; rien n'a été écrit", root) in result.stderr
    assert "le terminer d'abord" not in result.stderr
    (root / "academies" / "lille" / "2027.yaml").unlink()
    assert run(root, "new-session", "lille", "2028", "--force").code == 0


def test_a_broken_national_table_is_reported_and_nothing_written(root: Path):
    table = root / "content" / "departments.yaml"
    table.write_text(table.read_text(encoding="utf-8").replace("checked:", "chekced:", 1), encoding="utf-8")
    result = run(root, "new-academy", "lille")
    assert_clean(result)
    assert result.code == 1
    # the reason first, the problem under it (staff65 item 1)
    first, second, *_ = result.stderr.splitlines()
    assert first == on_root(
        "Rien n'a été écrit : 1 problème à corriger d'abord dans content/departments.yaml (new-academy y lit le nom, le "
        "fuseau horaire, le site et les départements de l'académie, pour écrire academies/lille). Le voici, avec sa "
        "ligne et sa correction ; une fois corrigé, relancer : python -m generator new-academy lille", root), result.stderr
    assert second.startswith("content/departments.yaml:"), result.stderr
    assert not (root / "academies" / "lille").exists()


def test_a_broken_national_content_is_named_as_what_the_prepared_files_are_checked_with(root: Path):
    """The files new-academy prepares are checked with the national content before they are written: a problem there
    is said with the file it is in, « vérifiés avec ce fichier » (review65: « avec eux », after one file named, read as
    the prepared files or the problems; this refusal had no test)."""
    texts = root / "content" / "interface.yaml"
    texts.write_text(texts.read_text(encoding="utf-8") + "clé_inconnue: 1\n", encoding="utf-8")
    result = run(root, "new-academy", "lille", "--session", "2027", "--force")
    assert_clean(result)
    assert result.code == 1
    first, second, *_ = result.stderr.splitlines()
    assert first == on_root(
        "Rien n'a été écrit : 1 problème à corriger d'abord dans content/interface.yaml (les fichiers préparés, "
        "academies/lille/academy.yaml et academies/lille/2027.yaml, sont vérifiés avec ce fichier avant d'être écrits). "
        "Le voici, avec sa ligne et sa correction ; une fois corrigé, relancer : python -m generator new-academy lille "
        "--session 2027 --force", root), result.stderr
    assert second.startswith("content/interface.yaml:"), result.stderr
    assert not (root / "academies" / "lille").exists()
    # more than are shown: the command that lists them reads the project, not the academy's folder, which is not written
    # (« validate academies/lille » added « chemin introuvable » to them)
    texts.write_text(texts.read_text(encoding="utf-8") + "clé_b: 1\nclé_c: 1\nclé_d: 1\n", encoding="utf-8")
    result = run(root, "new-academy", "lille", "--session", "2027", "--force")
    assert result.stderr.splitlines()[0].endswith(on_root(
        ". Pour les voir, chacun avec sa ligne et sa correction : python -m generator validate ; une fois corrigés, relancer : "
        "python -m generator new-academy lille --session 2027 --force", root)), result.stderr
    listed = run(root, "validate")
    assert len(problems_of(listed)) == 4 and "introuvable" not in listed.output, listed.output


# ---------------------------------------------------------------- the skeleton follows the model


@dataclass(frozen=True, kw_only=True)
class _Inner(Record):
    label: str = doc("un libellé")
    url: Url | None = doc("une adresse", default=None)


@dataclass(frozen=True, kw_only=True)
class _NewRecord(Record):
    kind: Literal["a", "b"] = doc("une sorte")
    text: str = doc("un texte")
    day: Date | NotGiven = doc("un jour")
    inner: _Inner = doc("un sous-enregistrement")
    items: tuple[_Inner, ...] | NotGiven = doc("une liste")
    optional: int = doc("un nombre", default=3)


def test_a_field_added_to_the_model_appears_in_the_skeleton():
    record = skeleton._Record(_NewRecord, {}, 0, "")
    text = "\n".join(record.written()) + "\n"
    node = yaml.compose(text, Loader=yaml.SafeLoader)
    assert [k.value for k, _ in node.value] == ["verify", "kind", "text", "day", "inner", "items"]
    assert "\nkind: a\n" in text and "\ntext: À COMPLÉTER\n" in text and "\nday: non précisé par la notice\n" in text
    assert "\ninner:\n" in text and "\n  label: À COMPLÉTER\n" in text
    assert "# items:\n#   # label : un libellé\n#   - label: texte\n" in text  # the list's structure, commented
    assert "# optional: 1\n" in text
    assert "à remplir depuis la notice : kind (écrit : a), text" in text.replace("\n  ", " ")


def test_every_type_of_the_model_has_french_words():
    """A new value type in the model needs its words in skeleton.TYPE_WORDS (the skeletons would fail)."""
    from generator.model import academy, content, departments, session, specialties

    seen = set()
    for module in (academy, session, specialties, content, departments):
        for cls in vars(module).values():
            if isinstance(cls, type) and issubclass(cls, Record) and dataclasses.is_dataclass(cls) and cls is not Record:
                for name, tp in typing.get_type_hints(cls).items():
                    if name not in ("origin", "positions"):
                        skeleton.type_words(tp)
                        seen.add(cls)
    assert SessionFile in seen and Academy in seen


def test_skeleton_is_the_same_for_the_same_day():
    table = {"academies": {"x": {"name": "X", "title": "académie de X", "website": "https://x.fr", "timezone": "Europe/Paris"}}, "departments": {"09": {"code": "09", "name": "Ariège", "academy": "x"}}}
    one = skeleton.plan("x", table, None, None, dt.date(2026, 1, 5))
    assert one == skeleton.plan("x", table, "9", None, dt.date(2026, 1, 5))
    assert list(one) == ["academies/x/academy.yaml", "academies/x/2026.yaml"]


def test_every_academy_of_the_national_table_gets_valid_files(tmp_path: Path):
    """Overseas academies and vice-rectorats included (departments 977, 987, 988…, other time zones)."""
    from generator.loading import read_file
    from generator.model.departments import DepartmentsFile
    from generator.problems import Problems

    root = project_copy(tmp_path)
    table = read_file(root / "content" / "departments.yaml", root, DepartmentsFile, Problems())
    new = [aid for aid in table.academies if not (root / "academies" / aid).exists()]
    assert len(new) >= 25
    for aid in new:
        result = run(root, "new-academy", aid)
        assert_clean(result)
        assert result.code == 0, (aid, result.output)
    validated = run(root, "validate")
    assert validated.code == 0, validated.output
    assert problems_of(validated) == []


def test_a_point_of_what_new_academy_wrote_gets_no_reviewed_line_until_filled(root: Path):
    """Right after new-academy, the points about its placeholders (no contact, a notice silent on R408, no exam office)
    give no reviewed: line to copy while their record or file still has new-academy's verify: (a newcomer copying them
    silenced checks that matter once the file is filled; a staff walk, stop 49 L8); once the lines are gone, they do."""
    assert run(root, "new-academy", "lille").code == 0
    result = run(root, "validate", "academies/lille")
    assert result.code == 0, result.output
    points = result.items("à contrôler")
    contacts = next(p for p in points if ": contacts: à contrôler : " in p)
    assert contacts.endswith("à revoir une fois le fichier rempli depuis la notice (sa ligne verify: écrite avant toute lecture de la notice, ligne 10, "
                             "est encore là) : le point ne se marque pas comme vu avant"), contacts
    assert any(": exam_office: à contrôler : " in p and "sa ligne verify: écrite avant toute lecture de la notice" in p for p in points), points
    assert "reviewed:" not in result.stdout and "{point: " not in result.stdout, result.stdout
    # the verify: lines removed: the same points can be marked
    for name in ("academy.yaml", "2027.yaml"):
        path = root / "academies" / "lille" / name
        path.write_text(without_verify(path.read_text(encoding="utf-8")), encoding="utf-8")
    result = run(root, "validate", "academies/lille")
    assert "la ligne verify: de new-academy" not in result.stdout
    assert "{point: \"contacts\"" in result.stdout or "{point: contacts" in result.stdout, result.stdout


@pytest.mark.parametrize("name", ["2027.YML", "notes.YAML"])
def test_a_folder_holding_a_yaml_file_of_capital_suffix_is_not_bare(root: Path, name: str):
    """review77 M-d: new-academy writes into a folder made by hand only when it holds no YAML file; « .YML » or
    « .YAML » is one too (a session file renamed, notes kept there): said to exist, nothing written beside it."""
    folder = root / "academies" / "lille"
    folder.mkdir()
    (folder / name).write_text("session:\n  year: 2027\n", encoding="utf-8")
    result = run(root, "new-academy", "lille")
    assert result.code == 1 and "existe déjà" in result.stderr, result.output
    assert [p.name for p in folder.iterdir()] == [name]
    # (what is there and the fix, not « new-session », which asks for the academy.yaml refused here: review77 L-g)
    assert "new-session" not in result.stderr, result.output
    assert f"ses seuls fichiers YAML sont {name}, que le guide ne lit pas ; rien n'a été écrit." in result.stderr, result.output


def test_an_academy_folder_that_is_a_link_to_an_empty_folder_is_not_written_through(root: Path, tmp_path: Path):
    """review77 M-d: academies/lille a symbolic link to an empty folder elsewhere is no folder made by hand for this
    project: said to exist, nothing written through the link into the other folder."""
    outside = tmp_path / "outside"
    outside.mkdir()
    (root / "academies" / "lille").symlink_to(outside, target_is_directory=True)
    result = run(root, "new-academy", "lille")
    assert result.code == 1 and "existe déjà" in result.stderr, result.output
    assert list(outside.iterdir()) == []
    # what it is and the fix (review77: it pointed to new-session, which cannot read the link either); followed, it works
    assert result.stderr.strip() == on_root(
        f"academies/lille existe déjà, mais c'est un lien symbolique vers {outside.resolve()} (un dossier vide), que le guide "
        "ne lit pas : rien n'a été écrit. Supprimer le lien : rm academies/lille (le lien seul, pas ce qu'il désigne), "
        "puis : python -m generator new-academy lille, qui écrit le dossier et ses deux fichiers", root), result.output
    (root / "academies" / "lille").unlink()
    assert run(root, "new-academy", "lille").code == 0
    assert list(outside.iterdir()) == [] and (root / "academies" / "lille" / "academy.yaml").is_file()


@pytest.mark.parametrize("names, writes", [(["notes.yaml"], "academy.yaml et le fichier de la session"),
                                           (["2027.yml", "notes.yaml"], "academy.yaml seul")])
def test_a_folder_holding_only_yaml_files_the_guide_does_not_read_is_told_what_to_do(root: Path, names, writes):
    """review77 L-g: new-academy on a folder holding only « notes.yaml » (or « 2027.yml ») said « existe déjà
    (sessions : aucune) … python -m generator new-session lyon ANNÉE », and new-session refused it for its missing
    academy.yaml, which validate told to write with new-academy: a loop. Now each file and its fix; followed, it works."""
    folder = root / "academies" / "lyon"
    folder.mkdir()
    for name in names:
        (folder / name).write_text("session:\n  year: 2027\n" if name[0] == "2" else "a: 1\n", encoding="utf-8")
    (folder / "notice.pdf").write_bytes(b"%PDF")
    result = run(root, "new-academy", "lyon")
    assert result.code == 1, result.output
    fixes = []
    if "2027.yml" in names:
        fixes.append("2027.yml : le renommer 2027.yaml (le fichier d'une session se nomme par son année, en .yaml)")
    fixes.append("notes.yaml n'est ni academy.yaml ni le fichier d'une session (nommé par son année, 2027.yaml) : le "
                 "déplacer hors du dossier academies/ (des notes se gardent ailleurs)")
    assert result.stderr.strip() == on_root(
        f"academies/lyon existe déjà, sans academy.yaml ni fichier de session : ses seuls fichiers YAML sont {', '.join(names)}, "
        f"que le guide ne lit pas ; rien n'a été écrit. {' ; '.join(fixes)}. Puis : python -m generator new-academy lyon, "
        f"qui écrira {writes}.", root), result.output
    (folder / "notes.yaml").rename(root / "notes.yaml")
    if "2027.yml" in names:
        (folder / "2027.yml").rename(folder / "2027.yaml")
    result = run(root, "new-academy", "lyon")
    assert result.code == 0, result.output
    assert sorted(p.name for p in folder.iterdir()) == ["2027.yaml", "academy.yaml", "notice.pdf"]


def test_a_link_to_an_academy_folder_inside_the_project_is_not_told_to_be_copied(root: Path):
    """review86 (mutation of fixstaff62 item 3, « root in target.parents » dropped, passed every test): a link to an
    academy folder of the project itself (here a copy kept in the project's folder, outside academies/) is not told
    « hors du projet … rm … cp -r ». fixstaff64 item 2: validate no longer reads it through (what was corrected by the
    link changed copies/lille); new-academy says so, and to move the folder into the link's place."""
    kept = root / "copies" / "lille"
    kept.mkdir(parents=True)
    (kept / "academy.yaml").write_text("a: 1\n", encoding="utf-8")
    (kept / "2026.yaml").write_text("session:\n  year: 2026\n", encoding="utf-8")
    (root / "academies" / "lille").symlink_to(Path("..") / "copies" / "lille", target_is_directory=True)
    result = run(root, "new-academy", "lille")
    assert result.code == 1, result.output
    said = result.stderr.strip()
    assert said == (
        "academies/lille existe déjà, mais c'est un lien symbolique vers copies/lille, un dossier du projet hors de "
        "academies/ (sessions : 2026), que le guide ne lit pas : rien n'a été écrit. Un dossier d'académie est un vrai "
        "dossier : supprimer le lien, rm academies/lille (le lien seul, pas copies/lille), puis mettre le dossier à sa "
        "place : mv copies/lille academies/lille, et relancer la commande"), said
    # (new-session through the link wrote into copies/lille)
    assert run(root, "new-session", "lille", "2027").stderr.strip() == said
    assert sorted(p.name for p in (root / "copies" / "lille").iterdir()) == ["2026.yaml", "academy.yaml"]
    (root / "academies" / "lille").unlink()
    (root / "copies" / "lille").rename(root / "academies" / "lille")
    assert run(root, "new-academy", "lille").stderr.strip().startswith("academies/lille existe déjà (sessions : 2026)")


def test_a_link_to_a_project_folder_that_is_no_academy_is_not_told_to_be_moved_into_academies(root: Path):
    """review96: academies/lille a link to content/ was told « mv content academies/lille, et relancer la commande »,
    which takes the national content away: the link alone removed, as validate says it."""
    (root / "academies" / "lille").symlink_to(Path("..") / "content", target_is_directory=True)
    result = run(root, "new-academy", "lille")
    assert result.code == 1, result.output
    assert result.stderr.strip() == (
        "academies/lille existe déjà, mais c'est un lien symbolique vers content, un dossier du projet hors de academies/ "
        "(sessions : aucune), que le guide ne lit pas : rien n'a été écrit. Un dossier d'académie est un vrai dossier : "
        "supprimer le lien, rm academies/lille (le lien seul, pas content), puis relancer la commande"), result.output


@pytest.mark.parametrize(("target", "which"), [
    (".", "academies/ lui-même, qui contient les dossiers d'académie"), ("..", "le dossier du projet, qui contient academies/")])
def test_a_link_to_academies_itself_or_to_the_project_is_told_to_be_removed(root: Path, target: str, which: str):
    """review96: academies/lille a link to academies/ was told « un dossier du projet hors de academies/ … mv academies
    academies/lille » (a folder moved into itself); a link to the project's folder, to copy the whole project into
    academies/lille. Now the link alone removed, as validate says; new-session the same; nothing written."""
    (root / "academies" / "lille").symlink_to(target, target_is_directory=True)
    before = tree(root / "content")
    said = (f"academies/lille existe déjà, mais c'est un lien symbolique vers {which}, que le guide ne lit pas : rien n'a "
            "été écrit. Supprimer le lien : rm academies/lille (le lien seul, pas ce qu'il désigne), puis relancer la commande")
    for args in (("new-academy", "lille"), ("new-session", "lille", "2027")):
        result = run(root, *args)
        assert result.code == 1 and result.stderr.strip() == said, result.output
    assert not (root / "academies" / "academy.yaml").exists() and not (root / "academy.yaml").exists()
    assert tree(root / "content") == before


@pytest.mark.parametrize("there", ["nothing", "files", "academy"])
def test_an_academy_folder_that_is_a_link_elsewhere_is_told_what_it_leads_to(root: Path, tmp_path: Path, there: str):
    """review82 (mutations of 6815cc81, each passed every test): a broken link (« qui n'existe pas »), a link to a
    folder with files (the copy in the link's place, followed: new-academy then writes the academy), and a link to an
    academy folder (the copy in the link's place, then validate and new-session: fixstaff62 item 3)."""
    outside = tmp_path / "outside"
    if there != "nothing":
        outside.mkdir()
        (outside / "notice.pdf").write_bytes(b"%PDF")
    if there == "academy":
        (outside / "academy.yaml").write_text("a: 1\n", encoding="utf-8")
        (outside / "2026.yaml").write_text("session:\n  year: 2026\n", encoding="utf-8")
    link = root / "academies" / "lille"
    link.symlink_to(outside, target_is_directory=True)
    result = run(root, "new-academy", "lille")
    assert result.code == 1, result.output
    said = result.stderr.strip()
    if there == "academy":
        # (fixstaff62 item 3: it was « existe déjà (sessions : 2026) … new-session lille ANNÉE », and new-session then
        # gave validate's « remplacer le lien par le dossier lui-même »: the copy, said at once, with what follows it)
        copy = f"rm academies/lille && cp -r {outside.resolve()} academies/lille"
        assert said == on_root(
            f"academies/lille existe déjà, mais c'est un lien symbolique vers {outside.resolve()} (le dossier d'une "
            "académie, sessions : 2026), hors du projet, que le guide ne lit pas : rien n'a été écrit. Mettre à la place "
            f"du lien une copie de ce dossier : {copy} (rm retire le lien seul, pas ce qu'il désigne) ; puis : python -m "
            "generator validate academies/lille, et pour préparer la session suivante : python -m generator new-session "
            "lille ANNÉE", root), said
        assert sorted(p.name for p in outside.iterdir()) == ["2026.yaml", "academy.yaml", "notice.pdf"]
        link.unlink()  # the copy, as said
        import shutil
        shutil.copytree(outside.resolve(), link)
        again = run(root, "new-academy", "lille")
        assert again.stderr.startswith("academies/lille existe déjà (sessions : 2026) : rien n'a été écrit."), again.output
        return
    lead = ("qui n'existe pas" if there == "nothing" else "un dossier")
    assert said.startswith(f"academies/lille existe déjà, mais c'est un lien symbolique vers {outside.resolve()} ({lead}), "
                           "que le guide ne lit pas : rien n'a été écrit. Supprimer le lien : rm academies/lille"), said
    copy = f"rm academies/lille && cp -r {outside.resolve()} academies/lille"
    assert (copy in said) == (there == "files"), said
    if there == "files":  # the copy, as said (run from the project's folder), then new-academy
        link.unlink()
        import shutil
        shutil.copytree(outside.resolve(), link)
        assert run(root, "new-academy", "lille").code == 0
        assert sorted(p.name for p in link.iterdir()) == ["2027.yaml", "academy.yaml", "notice.pdf"]
        assert sorted(p.name for p in outside.iterdir()) == ["notice.pdf"]


@pytest.mark.parametrize("command", [["new-session", "lille", "2027"], ["new-academy", "lille"]])
def test_a_link_to_another_academy_folder_of_academies_is_not_written_through(root: Path, command):
    """review86 L7 (fixstaff63 item 1): academies/lille a link to academies/toulouse was « existe déjà (sessions :
    2024) … new-session lille ANNÉE », and new-session lille wrote 2027.yaml into Toulouse's folder through the link.
    Now refused, what the link is and the way out (a real folder: new-academy, or a copy with cp -r); followed, it works."""
    before = tree(root)
    link = root / "academies" / "lille"
    link.symlink_to("toulouse", target_is_directory=True)
    result = run(root, *command)
    assert result.code == 1, result.output
    assert tree(root) == before
    sessions = ", ".join(sorted(p.stem for p in (root / "academies" / "toulouse").glob("[0-9]*.yaml")))
    assert result.stderr.strip() == on_root(
        f"academies/lille existe déjà, mais c'est un lien symbolique vers academies/toulouse, le dossier d'une autre "
        f"académie (sessions : {sessions}) : ce qui s'écrirait par ce lien irait dans academies/toulouse ; rien n'a été "
        "écrit. Un dossier d'académie est un vrai dossier : supprimer le lien, rm academies/lille (le lien seul, pas "
        "academies/toulouse), puis : python -m generator new-academy lille, qui écrit le dossier et ses deux fichiers ; "
        "ou, pour partir d'une copie du dossier academies/toulouse : rm academies/lille && cp -r academies/toulouse "
        "academies/lille, puis y remplacer tout ce qui est propre à toulouse (python -m generator validate "
        "academies/lille en signale une partie)", root), result.output
    link.unlink()  # as said
    assert run(root, "new-academy", "lille").code == 0
    assert tree(root)["academies/toulouse/academy.yaml"] == before["academies/toulouse/academy.yaml"]
    assert not link.is_symlink() and (link / "academy.yaml").is_file()
