"""Points « à contrôler » marked as seen (``reviewed:``): left out while they say what was seen, back with what changed,
stale marks reported, the freshness question silenced for a week only, and the count in validate's summary line.

On the frozen test project (tests/fixtures/project): Toulouse 2024's R408 list lacks two specialties of the national list,
and on TODAY its 2027 registrations should have opened (« la notice de la session 2027 est-elle parue ? »).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from staff_support import assert_clean, problems_of, project_copy, run
from staff_support import content_read_once_in_this_module  # noqa: F401  (autouse: content/ read once a state)

TODAY = "2026-12-03"
R408 = "academies/toulouse/2024.yaml"
POINT = ": r408.list.specialties: à contrôler : "


@pytest.fixture
def root(tmp_path: Path) -> Path:
    return project_copy(tmp_path)


def validate(root: Path):
    result = run(root, "validate", today=TODAY)
    assert_clean(result)
    assert result.code == 0, result.output
    assert problems_of(result) == []
    return result


def block(stdout: str, file: str, words: str) -> list[str]:
    """The lines of the point of ``file`` whose headline has ``words``: its headline, then every line under it, up to
    the next point (a headline, 4 spaces in) or the end of the block."""
    lines = stdout.splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith(f"    {file}:") and words in line)
    end = next((i for i in range(start + 1, len(lines)) if not lines[i] or re.match(r"    \S", lines[i])), len(lines))
    return lines[start:end]


def to_paste(point: list[str]) -> list[str]:
    """The lines to copy under a point: after its caret line, as printed (a terminal copy takes a line's leading
    spaces with it: staff paste them as they are)."""
    caret = next(i for i, line in enumerate(point) if line.strip() == "^")
    return point[caret + 1:]


def append(path: Path, lines: list[str]) -> None:
    text = path.read_text(encoding="utf-8")
    path.write_text(text.rstrip("\n") + "\n" + "\n".join(lines) + "\n", encoding="utf-8")


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


FRESH = f'  - {{point: "session.year", checked: {TODAY}, seen: "notice de la session 2027 pas encore parue"}}'


def mark_r408(root: Path) -> list[str]:
    """Copy the lines validate gives under Toulouse's R408 point to the end of its file, as staff would: the file has
    two points, the freshness question (line 11) and this one, whose block gives both lines; only this one was checked."""
    out = validate(root).stdout
    point = block(out, R408, POINT)
    assert point[0].endswith(
        "; vu et juste tel quel ? pour ne plus le voir : copier ces lignes telles quelles à la fin du fichier : la ligne "
        "reviewed: (une seule par fichier) puis, sous elle, la ligne de chaque point de ce fichier vu et juste tel quel, "
        "celui-ci et celui de la ligne 11 (ne pas copier la ligne d'un point qui n'a pas été vérifié)"), point[0]
    paste = to_paste(point)
    assert paste == [
        "reviewed:",
        FRESH,
        f'  - {{point: "r408.list.specialties", checked: {TODAY}, seen: "liste nationale en vigueur : arrêté du 13 juillet 2023 ; '
        "seulement dans la liste nationale : Finitions, aménagement des bâtiments : conception et réalisation ; "
        'seulement dans la liste nationale : Management économique de la construction"}',
    ]
    fresh = block(out, R408, ": session.year: à contrôler : ")
    assert fresh[0].endswith(
        "; vérifié, pas encore parue ? pour ne plus voir la question pendant 7 jours : sa ligne (point: \"session.year\") est dans le bloc "
        f"à copier donné sous le point de la ligne {point[0].split(':')[1]} de ce fichier"), fresh[0]
    assert to_paste(fresh) == []
    append(root / R408, [paste[0], paste[2]])
    return [paste[0], paste[2]]


def test_a_point_marked_seen_is_left_out_and_counted(root: Path):
    before = validate(root)
    assert "déjà vu" not in before.stdout
    total = len(before.items("à contrôler"))
    mark_r408(root)
    after = validate(root)
    assert not any(POINT in item for item in after.items("à contrôler"))
    assert len(after.items("à contrôler")) == total - 1
    assert after.stdout.rstrip().endswith("Tout est valide : 4 académies, 5 sessions ; 1 point à contrôler déjà vu (reviewed:).")
    # a point of another file: its own reviewed:, and the count says 2
    aix = block(after.stdout, "academies/aix-marseille/2023.yaml", ": contacts: à contrôler : ")
    paste = to_paste(aix)
    assert paste == ["reviewed:", FRESH, f'  - {{point: "contacts", checked: {TODAY}, seen: "aucun contact pour les candidats"}}']
    append(root / "academies" / "aix-marseille" / "2023.yaml", [paste[0], paste[2]])
    assert validate(root).stdout.rstrip().endswith("; 2 points à contrôler déjà vus (reviewed:).")
    # no exam office: marked for the academy's latest notice (the academy's file outlives its sessions)
    office = block(after.stdout, "academies/aix-marseille/academy.yaml", ": exam_office: à contrôler : ")
    assert to_paste(office) == [
        "reviewed:", f'  - {{point: "exam_office", checked: {TODAY}, seen: "aucun bureau des examens ; notice de la session 2023"}}'
    ]


def both_nantes_2024(out: str) -> tuple[list[str], list[str]]:
    """The lines of Nantes 2024's block (under its last point), split as if each point had given its own: « reviewed: »
    and the documents' line, then the R408 one's."""
    paste = to_paste(block(out, "academies/nantes/2024.yaml", ": r408: à contrôler : "))
    assert len(paste) == 3, paste
    return paste[:2], paste[2:]


def test_two_points_of_one_file_give_one_block_and_paste_as_printed(root: Path):
    """Nantes 2024 has two points that can be marked: the last gives one block, « reviewed: » and the line of each,
    the first says its line is there (a staff walk, stop 44: the first giving « reviewed: » and the second its line « to
    go under the reviewed: line given at line N, even if that point is not marked » was hard to follow). Pasted at the
    end of the file as printed (a staff walk, stop 40: validate printed them 8 spaces in, and each point its own
    reviewed:, which gave a key out of line, then a key written twice whose « garder une seule des deux » lost a mark),
    both are seen."""
    nantes = root / "academies" / "nantes" / "2024.yaml"
    out = validate(root).stdout
    documents = block(out, "academies/nantes/2024.yaml", ": documents: à contrôler : ")
    r408 = block(out, "academies/nantes/2024.yaml", ": r408: à contrôler : ")
    first, last = int(documents[0].split(":")[1]), int(r408[0].split(":")[1])
    assert documents[0].endswith(
        f'pour ne plus le voir : sa ligne (point: "documents") est dans le bloc à copier donné sous le point de la ligne {last} '
        "de ce fichier"), documents[0]
    assert to_paste(documents) == []
    assert r408[0].endswith(
        "copier ces lignes telles quelles à la fin du fichier : la ligne reviewed: (une seule par fichier) puis, sous elle, "
        f"la ligne de chaque point de ce fichier vu et juste tel quel, celui-ci et celui de la ligne {first} (ne pas copier "
        "la ligne d'un point qui n'a pas été vérifié)"), r408[0]
    paste = to_paste(r408)
    assert paste[0] == "reviewed:" and paste[1].startswith('  - {point: "documents", ') and paste[2].startswith('  - {point: "r408", ')
    append(nantes, paste)
    again = validate(root)
    assert not any("academies/nantes/2024.yaml" in item for item in again.items("à contrôler")), again.stdout
    assert again.stdout.rstrip().endswith("; 2 points à contrôler déjà vus (reviewed:).")


def test_a_block_says_which_points_of_its_file_it_leaves_out_and_why(root: Path):
    """« 17 points à contrôler » above a block of 16 lines to copy: the point « checked manquant » cannot be marked as
    seen (it is settled by writing checked:). The block's point says which points of its file have no line in it, and
    why, so that the count of lines matches what staff can act on (staffdocs64 L, staff65 item 2)."""
    nantes = root / "academies" / "nantes" / "2024.yaml"
    edit(nantes, "  checked: 2026-11-30\n", "")
    out = validate(root).stdout
    checked = block(out, "academies/nantes/2024.yaml", ": session: à contrôler : ")
    assert "checked manquant" in checked[0] and to_paste(checked) == [], checked
    r408 = block(out, "academies/nantes/2024.yaml", ": r408: à contrôler : ")
    documents = block(out, "academies/nantes/2024.yaml", ": documents: à contrôler : ")
    line, first = checked[0].split(":")[1], documents[0].split(":")[1]
    assert r408[0].endswith(
        f"celui-ci et celui de la ligne {first} (ne pas copier la ligne d'un point qui n'a pas été vérifié) ; le point de "
        f"la ligne {line} n'y a pas de ligne : il ne se marque pas comme vu, il se règle dans le fichier (voir son message)"
    ), r408[0]
    assert len(to_paste(r408)) == 3
    # without such a point in its file, the block's point says nothing of the kind
    edit(nantes, "session:\n", "session:\n  checked: 2026-11-30\n")
    r408 = block(validate(root).stdout, "academies/nantes/2024.yaml", ": r408: à contrôler : ")
    assert r408[0].endswith("(ne pas copier la ligne d'un point qui n'a pas été vérifié)"), r408[0]
    # a block of one line: « 2 points à contrôler » in a new session's draft, its checked: not written yet
    assert run(root, "new-session", "nantes", "2027", today=TODAY).code == 0
    out = run(root, "validate", "academies/nantes/2027.yaml", today=TODAY).stdout
    checked = block(out, "academies/nantes/2027.yaml", ": session: à contrôler : ")
    source = block(out, "academies/nantes/2027.yaml", ": session.source: à contrôler : ")
    assert "checked manquant" in checked[0] and len(to_paste(source)) == 2, out
    assert source[0].endswith(
        f"copier ces lignes telles quelles à la fin du fichier (une seule ligne reviewed: par fichier) ; le point de la "
        f"ligne {checked[0].split(':')[1]} n'y a pas de ligne : il ne se marque pas comme vu, il se règle dans le fichier "
        "(voir son message)"), source[0]


def test_the_points_left_out_of_a_block_are_said_by_reason():
    from generator.problems import Location, Problem
    from generator.staff.reviewed import _left_out

    def point(line: int, seen=None, apart=None) -> Problem:
        return Problem(Location("academies/x/2027.yaml", line, 3), "session", "…", "review", seen, apart=apart)

    settled = [point(19), point(19), point(40)]
    unread, apart = point(7, ("a",)), point(50, ("b",), "si c'est l'adresse d'un autre service")
    assert _left_out([], {}) == ""
    assert _left_out([*settled, unread, apart], {id(unread): 2}) == (
        " ; les 3 points des lignes 19 et 40 n'y ont pas de ligne : ils ne se marquent pas comme vus, ils se règlent dans "
        "le fichier (voir leur message) ; le point de la ligne 7 n'y a pas de ligne : il ne se marque pas avant que le "
        "fichier soit rempli depuis la notice (voir son message) ; le point de la ligne 50 n'y a pas de ligne : sa ligne, "
        "à copier dans un cas seulement, est donnée à part sous son message")


def test_a_second_reviewed_line_says_to_remove_that_line_alone(root: Path):
    """Two « reviewed: » lines in one file (each point's lines pasted with their own): the second line is named, to
    remove alone, its « - » line kept, under the first when next to it, moved there when not (it said « garder une
    seule des deux », and a staff member read it as one of the two blocks: a mark lost)."""
    nantes = root / "academies" / "nantes" / "2024.yaml"
    documents, r408 = both_nantes_2024(validate(root).stdout)
    written = nantes.read_text(encoding="utf-8")
    append(nantes, documents + ["reviewed:", *r408])
    first = len(written.splitlines()) + 1
    result = run(root, "validate", today=TODAY)
    assert problems_of(result) == [
        f"academies/nantes/2024.yaml:{first + 2}:1: reviewed: clé « reviewed » en double (déjà ligne {first}) : un fichier n'a "
        "qu'une ligne reviewed: ; supprimer cette ligne-ci seulement, et garder la ligne « - » qui la suit : elle se retrouve "
        f"sous la ligne {first}, à la suite des siennes"
    ], result.stdout
    lines = nantes.read_text(encoding="utf-8").splitlines()
    del lines[first + 1]
    nantes.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert validate(root).stdout.rstrip().endswith("; 2 points à contrôler déjà vus (reviewed:).")
    # another key between the two: the « - » line is moved under the first reviewed: (put before the file's last
    # top-level key, whichever it is: staff add keys, a data change must not break this test)
    last_key = max(i for i, line in enumerate(written.splitlines()) if line[:1].isalpha())
    kept = written.splitlines()
    moved = kept[:last_key] + documents + kept[last_key:] + ["reviewed:", *r408]
    nantes.write_text("\n".join(moved) + "\n", encoding="utf-8")
    said = problems_of(run(root, "validate", today=TODAY))
    assert len(said) == 1 and said[0].endswith(
        "supprimer cette ligne-ci seulement, et déplacer la ligne « - » qui la suit sous la ligne "
        f"{last_key + 1}, à la suite des siennes"), said


def test_a_second_reviewed_line_with_nothing_under_it_or_its_entries_in_another_column(root: Path):
    """review40-diff L4: a second « reviewed: » with no « - » line under it was told to keep « la ligne « - » qui la
    suit », which is not there: the line alone is to remove. Its entries in another column than the first one's: the
    message says the column, not a second validate (« tiret « - » mal aligné »)."""
    nantes = root / "academies" / "nantes" / "2024.yaml"
    documents, r408 = both_nantes_2024(validate(root).stdout)
    written = nantes.read_text(encoding="utf-8")
    first = len(written.splitlines()) + 1
    append(nantes, documents + ["reviewed:"])
    assert problems_of(run(root, "validate", today=TODAY)) == [
        f"academies/nantes/2024.yaml:{first + 2}:1: reviewed: clé « reviewed » en double (déjà ligne {first}) : un fichier n'a "
        "qu'une ligne reviewed: ; aucune ligne « - » ne la suit : supprimer cette ligne"
    ]
    nantes.write_text(written, encoding="utf-8")
    append(nantes, documents + ["reviewed:", *(line.removeprefix("  ") for line in r408)])
    assert r408[-1].startswith("  - ")
    said = problems_of(run(root, "validate", today=TODAY))
    assert len(said) == 1 and said[0].endswith(
        f"garder la ligne « - » qui la suit : elle se retrouve sous la ligne {first}, à la suite des siennes, son « - » en "
        "colonne 3 comme les siennes (pas 1)"), said
    lines = nantes.read_text(encoding="utf-8").splitlines()
    del lines[first + 1]
    lines[first + 1] = "  " + lines[first + 1]
    nantes.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert validate(root).stdout.rstrip().endswith("; 2 points à contrôler déjà vus (reviewed:).")


def test_a_point_of_a_numbered_field_is_marked_by_the_line_validate_gives(root: Path):
    """The line to copy quotes the field's path: « documents[3].id » unquoted is a list inside the entry's braces, and
    the pasted line stopped the publication (a review). Nantes 2024's letterhead address on another academy's domain
    (right, as an address of a service shared by academies may be)."""
    nantes = root / "academies" / "nantes" / "2024.yaml"
    edit(nantes, "    emails: [antoine.beleteau@ac-nantes.fr]", "    emails: [antoine.beleteau@ac-rennes.fr]")
    out = validate(root).stdout
    point = block(out, "academies/nantes/2024.yaml", "« antoine.beleteau@ac-rennes.fr » est sur le domaine")
    last = int(point[0].split("sous le point de la ligne ")[1].split()[0])
    paste = to_paste(block(out, f"academies/nantes/2024.yaml:{last}", ": à contrôler : "))
    mine = [line for line in paste if "[" in line.split(",")[0]]
    assert len(mine) == 1 and mine[0].startswith('  - {point: "'), paste
    append(nantes, [paste[0], *mine])
    again = validate(root)
    assert not any("ac-rennes.fr" in item for item in again.items("à contrôler"))
    assert "1 point à contrôler déjà vu (reviewed:)" in again.stdout


def test_a_mark_in_the_wrong_file_or_of_a_point_to_correct_says_so(root: Path):
    """An entry copied into another file than the point's, or marking a point that is settled in the data (the
    notice's source to write): not « n'est plus signalé » (a review: said while the point was listed above it)."""
    line = f'  - {{point: "contacts", checked: {TODAY}, seen: "aucun contact pour les candidats"}}'
    append(root / "academies" / "aix-marseille" / "academy.yaml", ["reviewed:", line])
    said = [i for i in validate(root).items("à contrôler") if ": reviewed[1].point: " in i]
    assert len(said) == 1 and "n'est pas signalé dans ce fichier mais dans academies/aix-marseille/2023.yaml" in said[0], said
    assert "n'est plus signalé par validate" not in said[0]


def test_a_file_with_reviewed_gets_one_line_to_add_under_it(root: Path):
    mark_r408(root)
    aix = root / "academies" / "aix-marseille" / "2023.yaml"
    append(aix, ["reviewed:", f'  - {{point: r408, checked: {TODAY}, seen: "rien"}}'])
    out = validate(root).stdout
    contacts = block(out, "academies/aix-marseille/2023.yaml", ": contacts: à contrôler : ")
    lines = len(aix.read_text(encoding="utf-8").splitlines())
    assert contacts[0].endswith(f"; vu et juste tel quel ? pour ne plus le voir : copier cette ligne telle quelle sous reviewed: (après la ligne {lines})")
    assert to_paste(contacts) == [f'  - {{point: "contacts", checked: {TODAY}, seen: "aucun contact pour les candidats"}}']
    # entries written with their « - » in column 1 (YAML allows it): the line to add is aligned on them
    edit(aix, "\n  - {point: r408,", "\n- {point: r408,")
    contacts = block(validate(root).stdout, "academies/aix-marseille/2023.yaml", ": contacts: à contrôler : ")
    assert to_paste(contacts) == [f'- {{point: "contacts", checked: {TODAY}, seen: "aucun contact pour les candidats"}}']


def test_a_point_whose_content_changed_comes_back_saying_what_changed(root: Path):
    mark_r408(root)
    lines = len((root / R408).read_text(encoding="utf-8").splitlines())
    # the notice's list now also lacks Travaux publics (a correction of the file, or a new national list would do the same)
    edit(root / R408, "      - specialty: travaux_publics\n        words: Travaux publics\n", "")
    out = validate(root).stdout
    point = block(out, R408, POINT)
    assert f"— point vu le {TODAY} (reviewed:, ligne {lines - 2}) ; ce qui a changé depuis : nouveau : « seulement dans la liste nationale : Travaux publics »" in point[0]
    assert "une fois revu sur la notice, remplacer cette entrée par la ligne suivante, telle quelle" in point[0]
    paste = to_paste(point)
    assert len(paste) == 1 and paste[0].startswith('  - {point: "r408.list.specialties", checked: ') and "Travaux publics" in paste[0]
    assert "déjà vu" not in out
    # replaced as said: left out again
    text = (root / R408).read_text(encoding="utf-8").splitlines()
    (root / R408).write_text("\n".join(text[:-1] + paste) + "\n", encoding="utf-8")
    again = validate(root)
    assert not any(POINT in item for item in again.items("à contrôler"))
    assert "1 point à contrôler déjà vu (reviewed:)" in again.stdout


def test_a_mark_that_matches_no_point_any_more_is_reported_with_how_to_remove_it(root: Path):
    mark_r408(root)
    lines = len((root / R408).read_text(encoding="utf-8").splitlines())
    # Toulouse's list made the national one: the point is gone, its mark is stale
    edit(
        root / R408,
        "      - specialty: enveloppe_batiments\n",
        "      - specialty: fab\n      - specialty: mec\n      - specialty: enveloppe_batiments\n",
    )
    result = validate(root)
    stale = [i for i in result.items("à contrôler") if i.startswith(f"{R408}:") and ": reviewed[1].point: " in i]
    assert len(stale) == 1, result.stdout
    assert f"le point « r408.list.specialties » marqué vu le {TODAY} n'est plus signalé par validate" in stale[0]
    assert f"retirer cette entrée de reviewed: (ligne {lines + 2} de {R408})" in stale[0]
    assert stale[0].startswith(f"{R408}:{lines + 2}:")
    assert not any(POINT in item for item in result.items("à contrôler"))
    assert "déjà vu" not in result.stdout


def test_a_mark_dated_after_today_is_reported_at_its_line(root: Path):
    """A typo in checked: (2062-12-03 for 2026-12-03) is not taken silently: the point stays seen, and the date is a
    point at the entry's line, with the date read and what to write (as a session's checked: after today is)."""
    mark_r408(root)
    lines = len((root / R408).read_text(encoding="utf-8").splitlines())
    edit(root / R408, f"checked: {TODAY}, seen:", "checked: 2062-12-03, seen:")
    result = validate(root)
    said = [i for i in result.items("à contrôler") if ": reviewed[1].checked: " in i]
    assert said == [
        f"{R408}:{lines}:47: reviewed[1].checked: à contrôler : checked: 2062-12-03 est après aujourd'hui ({TODAY}) : le point "
        "« r408.list.specialties » ne peut pas avoir été vu à cette date ; écrire celle où il a été vérifié sur la notice "
        f"(AAAA-MM-JJ), par exemple {TODAY} si c'est aujourd'hui"
    ], result.stdout
    assert not any(POINT in item for item in result.items("à contrôler"))
    assert "1 point à contrôler déjà vu (reviewed:)" in result.stdout
    # corrected: nothing left to say about the mark
    edit(root / R408, "checked: 2062-12-03, seen:", "checked: 2026-12-01, seen:")
    again = validate(root)
    assert not any("reviewed[1]" in item for item in again.items("à contrôler"))
    assert "1 point à contrôler déjà vu (reviewed:)" in again.stdout


def test_the_freshness_question_is_marked_seen_for_a_week(root: Path):
    """« La notice de la session 2027 est-elle parue ? » is marked for 7 days: a notice may come out any day of the
    registrations, and a question nobody could silence came back at every build for every academy (a staff walk, stop
    44). An older mark brings it back, saying when it was seen, with the line to put in its place."""
    out = validate(root).stdout
    fresh = block(out, R408, ": session.year: à contrôler : ")
    assert "la notice de la session 2027 est-elle parue ?" in fresh[0]
    paste = to_paste(block(out, R408, POINT))
    assert paste[1] == FRESH
    append(root / R408, paste[:2])
    result = validate(root)
    assert not any(": session.year: " in i for i in result.items("à contrôler") if i.startswith(f"{R408}:")), result.stdout
    assert "1 point à contrôler déjà vu (reviewed:)" in result.stdout
    lines = len((root / R408).read_text(encoding="utf-8").splitlines())
    # 7 days later the mark still holds; 8 days later the question is back
    assert "1 point à contrôler déjà vu (reviewed:)" in run(root, "validate", today="2026-12-10").stdout
    later = run(root, "validate", today="2026-12-11")
    back = block(later.stdout, R408, ": session.year: à contrôler : ")
    assert back[0].endswith(
        f"— point vu le {TODAY} (reviewed:, ligne {lines}), il y a 8 jours : une marque de ce point vaut 7 jours ; une fois "
        "vérifié à nouveau, remplacer cette entrée par la ligne suivante, telle quelle"), back[0]
    assert to_paste(back) == [FRESH.replace(TODAY, "2026-12-11")]
    assert "déjà vu" not in later.stdout
    assert not any(": reviewed[0]" in i for i in later.items("à contrôler"))  # (not also « n'est plus signalé »)


def test_no_exam_office_comes_back_with_a_new_session(root: Path):
    """No exam office in academy.yaml is marked for the academy's latest notice: the next session's notice may give
    one, so the mark no longer holds once that session is written."""
    office = to_paste(block(validate(root).stdout, "academies/aix-marseille/academy.yaml", ": exam_office: à contrôler : "))
    append(root / "academies" / "aix-marseille" / "academy.yaml", office)
    assert not any(": exam_office: " in i for i in validate(root).items("à contrôler"))
    new = run(root, "new-session", "aix-marseille", "2027", today=TODAY)
    assert new.code == 0, new.output
    back = block(run(root, "validate", today=TODAY).stdout, "academies/aix-marseille/academy.yaml", ": exam_office: à contrôler : ")
    assert "ce qui a changé depuis : nouveau : « notice de la session 2027 » ; n'y est plus : « notice de la session 2023 »" in back[0], back[0]


def test_a_freshness_mark_of_a_session_no_longer_the_latest_is_to_remove_not_sent_to_another_academy(root: Path):
    """Once the next session is written, the old session's mark of « la notice … est-elle parue ? » marks nothing: it
    says so, not that the point is reported in another academy's file (a review, stop 46: validate sent it to copy
    into Aix-Marseille's, which would have marked a question nobody there had checked)."""
    paste = to_paste(block(validate(root).stdout, R408, POINT))
    append(root / R408, paste[:2])
    line = len((root / R408).read_text(encoding="utf-8").splitlines())
    new = run(root, "new-session", "toulouse", "2027", today=TODAY)
    assert new.code == 0, new.output
    said = [i for i in run(root, "validate", today=TODAY).items("à contrôler") if i.startswith(f"{R408}:") and ": reviewed[1].point: " in i]
    assert said == [
        f"{R408}:{line}:13: reviewed[1].point: à contrôler : le point « session.year » marqué vu le {TODAY} ne se pose plus pour "
        f"ce fichier (la session suivante est écrite) : plus rien à marquer ; retirer cette entrée de reviewed: (ligne {line} de {R408}), "
        "et la ligne reviewed: au-dessus, qui n'a pas d'autre entrée"
    ], said
    # done as said (a staff walk, stop 46: the entry alone removed left « reviewed: » empty, which stopped the publication)
    kept = (root / R408).read_text(encoding="utf-8").splitlines()
    assert kept[line - 2] == "reviewed:"
    (root / R408).write_text("\n".join(kept[:line - 2] + kept[line:]) + "\n", encoding="utf-8")
    assert not any(": reviewed" in i for i in validate(root).items("à contrôler"))
    # the key left alone: said how to mend it
    append(root / R408, ["reviewed:"])
    empty = problems_of(run(root, "validate", today=TODAY))
    assert len(empty) == 1 and ": reviewed: une liste (lignes commençant par « - ») attendue ; rien n'est écrit après la clé ni sous elle" in empty[0], empty
    assert empty[0].endswith("une liste sans élément : retirer la ligne, ou écrire []"), empty


def test_a_mark_whose_point_is_mistyped_says_which_point_it_is_close_to(root: Path):
    """« session.yaer »: not « n'est plus signalé … (corrigé dans les fichiers…) », which sent staff looking for a
    change (a staff walk, stop 46); the question is still asked."""
    append(root / R408, ["reviewed:", FRESH.replace('"session.year"', '"session.yaer"')])
    items = validate(root).items("à contrôler")
    said = [i for i in items if i.startswith(f"{R408}:") and ": reviewed[1].point: " in i]
    assert len(said) == 1 and "le point « session.yaer » n'est signalé nulle part : faute de frappe pour « session.year » ?" in said[0], said
    assert any(i.startswith(f"{R408}:11:") and ": session.year: " in i for i in items)


def test_three_points_of_one_file_name_the_lines_of_the_other_two():
    """« celui-ci et ceux des lignes 33 et 134 » (a review, stop 46: « ceux de la ligne 33, 134 »)."""
    from generator.staff.reviewed import _points_at

    assert _points_at([12]) == "celui de la ligne 12"
    assert _points_at([33, 134]) == "ceux des lignes 33 et 134"
    assert _points_at([12, 33, 134]) == "ceux des lignes 12, 33 et 134"


def test_new_session_does_not_carry_the_marks_over(root: Path):
    mark_r408(root)
    result = run(root, "new-session", "toulouse", "2027", today=TODAY)
    assert_clean(result)
    assert result.code == 0, result.output
    assert "reviewed: retiré (1 point à contrôler marqué vu sur la notice 2024) : validate les redonne, à revoir sur la nouvelle notice" in result.stdout
    text = (root / "academies" / "toulouse" / "2027.yaml").read_text(encoding="utf-8")
    assert "reviewed" not in text and "point: r408" not in text
    # the rest of the file as the 2024 one ends (its last key, whichever it is), without the marks
    last = [line for line in (root / "academies" / "toulouse" / "2024.yaml").read_text(encoding="utf-8").splitlines()
            if line[:1].isalpha() and not line.startswith("reviewed:")][-1]
    assert last in text.splitlines() and text.endswith("\n"), last
