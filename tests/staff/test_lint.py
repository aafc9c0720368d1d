"""The staff's lint: non-blocking warnings (« à contrôler ») naming the academy, the session and the items."""

from __future__ import annotations

import re
import shutil

from pathlib import Path

import pytest

from staff_support import assert_clean, left_over_dates, on_root, problems_of, project_copy, write_the_dates_proposed
from staff_support import remembered_run as run  # (a validate of files already validated as of that day: not run again)
from staff_support import content_read_once_in_this_module  # noqa: F401  (autouse: content/ read once a state)


@pytest.fixture
def root(tmp_path: Path) -> Path:
    return project_copy(tmp_path)


def review(root: Path, today: str = "2026-11-30", *paths: str) -> list[str]:
    """``validate``'s « à contrôler » items for ``root`` as of ``today``, which must be clean, exit 0 and find no problem.
    The same files read as of the same day give the same items: a run on files already validated that day (the
    unedited frozen project, which most tests here review first, each in its own copy; an edit undone; ``run`` then
    ``review`` of the same files) is not run again (``staff_support.remembered_run``: ~0.3 s a run)."""
    result = run(root, "validate", *paths, today=today)
    assert_clean(result)
    assert result.code == 0, result.output
    assert problems_of(result) == []
    return result.items("à contrôler")


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def about(items: list[str], file: str, words: str) -> list[str]:
    """The items of ``file`` (or of every file of a folder: ``academies/toulouse/``) that say ``words``."""
    return [i for i in items if i.startswith(file if file.endswith("/") else file + ":") and words in i]


def test_notice_r408_list_differing_from_the_national_list(root: Path):
    items = review(root)
    toulouse = about(items, "academies/toulouse/2024.yaml", ": r408.list.specialties: ")
    assert len(toulouse) == 1
    assert "Toulouse, session 2024 : la liste R408 de la notice diffère de la liste nationale en vigueur (arrêté du 13 juillet 2023)" in toulouse[0]
    assert "seulement dans la liste nationale : Finitions, aménagement des bâtiments : conception et réalisation, Management économique de la construction" in toulouse[0]
    # Nantes 2026's list is the national one: nothing said; change one annex and add a specialty, and it is said.
    assert about(items, "academies/nantes/2026.yaml", "R408") == []
    edit(
        root / "academies" / "nantes" / "2026.yaml",
        "      - specialty: amcr\n        annexes: [4, 5]\n",
        "      - specialty: amcr\n        annexes: [5]\n      - specialty: maintenance_systemes\n",
    )
    said = about(review(root), "academies/nantes/2026.yaml", "R408")
    assert len(said) == 1
    assert "Nantes, session 2026 : la liste R408 de la notice diffère de la liste nationale en vigueur (arrêté du 13 juillet 2023)" in said[0]
    assert "seulement dans la notice : Maintenance des systèmes" in said[0]
    assert "annexes différentes : Architectures en métal : conception et réalisation (notice : 5 ; national : 4 et 5)" in said[0]


def test_specialty_attestations_against_the_national_documents(root: Path):
    items = review(root)
    nantes = about(items, "academies/nantes/2024.yaml", "attestations de Maintenance des systèmes")
    assert len(nantes) == 1
    assert "attestations nationales que la notice ne liste pas (affichées comme règle nationale non mentionnée) : " in nantes[0]
    assert "Attestation de formation aux travaux en hauteur" in nantes[0]
    assert about(items, "academies/nantes/2026.yaml", "Maintenance des systèmes") == []
    edit(root / "academies" / "nantes" / "2026.yaml", "    covers: [ms_first_aid]\n", "")
    said = about(review(root), "academies/nantes/2026.yaml", "Maintenance des systèmes")
    assert len(said) == 1
    assert "pièces de la notice sans document national correspondant (covers:) : Attestation de formation à la protection et le secours aux personnes en cas d'urgence" in said[0]
    assert "que la notice ne liste pas (affichées comme règle nationale non mentionnée) : Attestation de formation à la protection et au secours des personnes" in said[0]


def test_a_notice_silent_on_r408_while_a_national_list_is_in_force(root: Path):
    items = review(root)
    said = [i for i in items if ": r408: " in i]
    assert [i.split(":")[0] for i in said] == ["academies/nantes/2024.yaml"]
    assert "Nantes, session 2024 : la notice ne dit rien de l'attestation R408 (r408: non précisé par la notice) ; la liste nationale en vigueur (arrêté du 13 juillet 2023) s'affiche seule" in said[0]


def test_a_piece_covering_the_r408_attestation_while_r408_says_the_notice_is_silent(root: Path):
    """staffwalk59 M5: a piece of the notice with covers: [r408_attestation] (Lyon's « attestation de formation R408 …
    pourra être déposée jusqu'au 31 janvier ») and r408: non précisé par la notice, its point marked seen: the page said
    « La notice ne parle pas de l'attestation R408 » under the notice's own R408 piece, with « Tout est valide ». A
    problem, saying what to write; followed, nothing is said of the R408 any more."""
    session = root / "academies" / "nantes" / "2024.yaml"
    edit(session, "  - id: recapitulatif\n", "  - id: attestation_r408\n    label: Attestation de formation R408\n"
         "    covers: [r408_attestation]\n  - id: recapitulatif\n")
    result = run(root, "validate", today="2026-11-30")
    assert_clean(result)
    said = [i for i in problems_of(result) if ": r408: " in i]
    assert result.code == 1 and len(said) == 1, result.output
    assert said[0].startswith("academies/nantes/2024.yaml:"), said
    piece = session.read_text(encoding="utf-8").splitlines().index("  - id: attestation_r408") + 1
    assert said[0].split(": r408: ", 1)[1] == (
        f"« non précisé par la notice », mais la pièce « attestation_r408 » (ligne {piece}) couvre la pièce nationale de la R408 "
        "(covers: [r408_attestation]) : la notice en parle, et la page dirait « La notice ne parle pas de l'attestation R408 » ; "
        "écrire à la place r408: puis, en dessous, en retrait de deux espaces, section: suivi de l'endroit où la notice en "
        "parle (par exemple la partie de ses pièces justificatives)"), said
    # the problem alone, not also the point « vérifier sur la notice qu'elle n'en parle vraiment pas » it replaces
    # (review77: dropping the problem's return left both, and this test passed)
    assert not [line for line in result.stdout.splitlines()
                if "academies/nantes/2024.yaml:" in line and "r408: à contrôler" in line], result.stdout
    text = session.read_text(encoding="utf-8")
    session.write_text(text.replace("\nr408: non précisé par la notice\n", "\nr408:\n  section: « II- INSCRIPTION DEFINITIVE »\n"),
                       encoding="utf-8")
    result = run(root, "validate", today="2026-11-30")
    assert result.code == 0 and not [i for i in problems_of(result) if ": r408" in i], result.output


def test_the_2016_r408_piece_or_a_mention_while_r408_says_the_notice_is_silent(root: Path):
    """review77: the check of staffwalk59 M5 looked for covers: [r408_attestation] only. A session of the 2016 list
    (Aix-Marseille 2023, its piece covers: [r408_attestation_2016]) with r408: non précisé par la notice was a point
    only, markable as seen, and the page said « La notice ne parle pas de l'attestation R408 » under its piece; so was
    a notice that mentions the national piece (national_documents: r408_attestation). Both are the problem."""
    session = root / "academies" / "aix-marseille" / "2023.yaml"
    text = session.read_text(encoding="utf-8")
    start, end = text.index("\nr408:\n"), text.index("\n# --- Avertissements de la liste personnalisée")
    session.write_text(text[:start] + "\nr408: non précisé par la notice\n" + text[end:], encoding="utf-8")
    result = run(root, "validate", today="2026-11-30")
    assert_clean(result)
    said = [i for i in problems_of(result) if ": r408: " in i]
    assert result.code == 1 and len(said) == 1 and said[0].startswith("academies/aix-marseille/2023.yaml:"), result.output
    piece_line = text[: text.index("\n  - id: r408\n")].count("\n") + 2  # (the piece's line in the frozen file)
    assert said[0].split(": r408: ", 1)[1].startswith(
        f"« non précisé par la notice », mais la pièce « r408 » (ligne {piece_line}) couvre la pièce nationale de la R408 (covers: "
        "[r408_attestation_2016]) : la notice en parle"), said
    session.write_text(text, encoding="utf-8")
    nantes = root / "academies" / "nantes" / "2024.yaml"
    edit(nantes, "\nr408: non précisé par la notice\n", "\nr408: non précisé par la notice\nnational_documents:\n"
         "  r408_attestation:\n    section: « II- INSCRIPTION DEFINITIVE »\n")
    result = run(root, "validate", today="2026-11-30")
    said = [i for i in problems_of(result) if ": r408: " in i]
    assert result.code == 1 and len(said) == 1 and said[0].startswith("academies/nantes/2024.yaml:"), result.output
    edited = nantes.read_text(encoding="utf-8")
    mention = edited.index("\n    section: « II- INSCRIPTION DEFINITIVE »\n", edited.index("\nnational_documents:\n  r408_attestation:\n"))
    mention_line = edited[:mention].count("\n") + 2  # (the line of the section it gives, in the frozen file as edited)
    assert f": r408: « non précisé par la notice », mais national_documents: r408_attestation (ligne {mention_line}) dit " in said[0], said
    assert "dit où la notice mentionne la pièce nationale de la R408 : la notice en parle" in said[0], said


def test_no_exam_office_and_no_contact(root: Path):
    items = review(root)
    assert any(i.startswith("academies/aix-marseille/academy.yaml:") and "Aix-Marseille : aucun bureau des examens (exam_office: non précisé par la notice, notice la plus récente : session 2023)" in i for i in items)
    assert any(i.startswith("academies/aix-marseille/2023.yaml:") and "Aix-Marseille, session 2023 : aucun contact pour les candidats" in i for i in items)
    assert not any("aucun contact" in i and not i.startswith("academies/aix-marseille/") for i in items)


def test_no_exam_office_when_the_latest_notice_gives_it_in_its_session(root: Path):
    """staffwalk62 M3: Aix-Marseille's 2024 notice gave an office, written as the staff guide says in 2024.yaml's own
    exam_office: block; academy.yaml was still asked « aucun bureau des examens … écrire le bureau dès qu'une notice le
    donne », which led staff to write it in academy.yaml, where the 2023 archive page shows it too. With sessions
    before the latest, the advice says where; with the latest's own block, nothing is asked."""
    assert run(root, "new-session", "aix-marseille", "2024", "--force").code == 0
    path = root / "academies" / "aix-marseille" / "2024.yaml"
    said = [i for i in review(root) if i.startswith("academies/aix-marseille/academy.yaml:") and "aucun bureau des examens" in i]
    assert len(said) == 1 and ("écrire le bureau dès qu'une notice le donne : dans le fichier de sa session (un bloc "
                               "exam_office: complet), pas dans academy.yaml") in said[0], said
    edit(path, "\nforms: ", "\nexam_office:\n  name: Bureau DEC 3\n  emails: [ce.dec3-bts@ac-aix-marseille.fr]\nforms: ")
    assert [i for i in review(root) if "aucun bureau des examens" in i] == []


def test_academy_against_the_national_table(root: Path):
    items = review(root)
    assert any(
        i.startswith("academies/toulouse/academy.yaml:") and "Toulouse : le site « http://www.ac-toulouse.fr » diffère de celui du tableau national (content/departments.yaml : « https://www.ac-toulouse.fr »)" in i
        for i in items
    )
    assert not any(i.startswith("academies/nantes/academy.yaml:") for i in items)
    # the name and the time zone: the national table's, a problem (staffwalk54 H3: « Rennnes », a point « à
    # contrôler », was published on every page), with the value to write
    edit(root / "academies" / "nantes" / "academy.yaml", "name: Nantes\n", "name: Nantes-Atlantique\n")
    edit(root / "academies" / "nantes" / "academy.yaml", "timezone: Europe/Paris\n", "timezone: Europe/Brussels\n")
    result = run(root, "validate", today="2026-11-30")
    assert result.code == 1, result.output
    refused = [line for line in problems_of(result) if line.startswith("academies/nantes/academy.yaml:")]
    assert any("name: le nom « Nantes-Atlantique » diffère de celui du tableau national (content/departments.yaml : « Nantes ») ; écrire name: Nantes" in i for i in refused), refused
    assert any("timezone: le fuseau horaire « Europe/Brussels » diffère de celui du tableau national (content/departments.yaml : « Europe/Paris ») ; écrire timezone: Europe/Paris" in i for i in refused), refused
    # the same name, its letters stored otherwise (« é » as « e » and a combining accent): no difference (review64 M1)
    edit(root / "academies" / "nantes" / "academy.yaml", "name: Nantes-Atlantique\n", "name: Nantes\n")
    edit(root / "academies" / "nantes" / "academy.yaml", "timezone: Europe/Brussels\n", "timezone: Europe/Paris\n")
    table = root / "content" / "departments.yaml"
    edit(table, "    name: Nantes\n", "    name: Nantés\n")
    edit(root / "academies" / "nantes" / "academy.yaml", "name: Nantes\n", "name: Nante\u0301s\n")
    result = run(root, "validate", today="2026-11-30")
    assert not [line for line in problems_of(result) if "tableau national" in line], result.output


def test_academy_against_the_national_table_without_positions(root: Path):
    """A name or time zone other than the table's in a record that knows no position (built otherwise than by reading a
    file: tests, a future loader) is a problem at the file's first line, not skipped without a word (review64 L2)."""
    import dataclasses

    from generator.loading import read_project
    from generator.problems import Problems
    from generator.staff.lint import lint_academy_table

    read = Problems()
    project = read_project(root, read, [root / "academies" / "nantes"])
    assert not read.items, read.report()
    academy = dataclasses.replace(project.academies["nantes"].academy, name="Nantes-Atlantique",
                                  timezone="Europe/Brussels", positions={}, origin=None)
    problems = Problems()
    lint_academy_table("nantes", academy, project.content.departments.table(), problems)
    said = [(p.location.file, p.location.line, p.location.column, p.path, p.message) for p in problems.items]
    assert said == [
        ("academies/nantes/academy.yaml", 1, 1, "name", "le nom « Nantes-Atlantique » diffère de celui du tableau national "
         "(content/departments.yaml : « Nantes ») ; écrire name: Nantes (le tableau national est tenu par l'équipe nationale "
         "du guide : si l'académie a changé de nom, le lui écrire)"),
        ("academies/nantes/academy.yaml", 1, 1, "timezone", "le fuseau horaire « Europe/Brussels » diffère de celui du tableau "
         "national (content/departments.yaml : « Europe/Paris ») ; écrire timezone: Europe/Paris (le tableau national est tenu "
         "par l'équipe nationale du guide : si l'académie a changé de fuseau horaire, le lui écrire)"),
    ], said


def test_a_website_other_than_the_table_s_without_positions(root: Path):
    """The website's difference from the national table, and its address off the official domains, in a record that
    knows no position: said at the file's first line, as the name and the time zone are (review64 L2), not skipped
    without a word (lint) nor recorded without a place, which broke the report (link_checks: « 'NoneType' object has
    no attribute 'file' ») (stop 55 fixstaff 4). A file read always gives one: an academy.yaml without website: is a
    problem, « clé « website » manquante » (fixture 684)."""
    import dataclasses

    from generator.link_checks import check_links
    from generator.loading import read_project
    from generator.problems import Problems
    from generator.staff.lint import lint_academy_table

    read = Problems()
    project = read_project(root, read, [root / "academies" / "nantes"])
    assert not read.items, read.report()
    data = project.academies["nantes"]
    data.academy = dataclasses.replace(data.academy, website="https://www.ac-nantes.example.com", positions={}, origin=None)
    problems = Problems()
    lint_academy_table("nantes", data.academy, project.content.departments.table(), problems)
    check_links(project, problems)
    said = [(p.location.file, p.location.line, p.location.column, p.path, p.message) for p in problems.warnings
            if p.path == "website"]
    assert [s[:4] for s in said] == [("academies/nantes/academy.yaml", 1, 1, "website")] * 2, said
    assert said[0][4].startswith("Nantes : le site « https://www.ac-nantes.example.com » diffère de celui du tableau national")
    assert said[1][4].startswith("l'adresse « https://www.ac-nantes.example.com » n'est pas sur un domaine officiel connu")
    report = problems.warnings_report()
    assert "academies/nantes/academy.yaml:1:1: website: " in report, report

def test_a_misspelt_site_is_a_problem_and_another_site_a_point_said_with_what_to_do(root: Path):
    """staffwalk57 M6: a misspelt website: (« ac-bordeau.fr ») was a point « corriger l'un des deux », which could not be
    marked seen, while the national table may lag a real change of site. A domain no academy has, a letter or two from
    the table's, is a typo, a problem as an e-mail's is, with the line to write (followed: nothing left about the
    site); another site stays a point, never marked seen, saying what to do if the academy did change its site."""
    academy = root / "academies" / "nantes" / "academy.yaml"
    edit(academy, "website: https://www.ac-nantes.fr\n", "website: https://www.ac-nante.fr\n")
    result = run(root, "validate", today="2026-11-30")
    assert_clean(result)
    (said,) = problems_of(result)
    assert result.code == 1, result.output
    assert said.endswith(": website: le site « https://www.ac-nante.fr » diffère de celui du tableau national (content/departments.yaml : "
                         "« https://www.ac-nantes.fr ») : le domaine « ac-nante.fr » n'est celui d'aucune académie, faute de frappe "
                         "pour « ac-nantes.fr » ? écrire website: https://www.ac-nantes.fr"), said
    edit(academy, "website: https://www.ac-nante.fr\n", "website: https://www.ac-nantes.fr\n")
    assert not [i for i in review(root) if i.startswith("academies/nantes/academy.yaml:")]
    edit(academy, "website: https://www.ac-nantes.fr\n", "website: https://nantes.education.fr\n")
    result = run(root, "validate", today="2026-11-30")
    assert result.code == 0, result.output
    (point,) = [i for i in result.items("à contrôler") if i.startswith("academies/nantes/academy.yaml:") and ": website: " in i]
    assert ("si l'académie a changé de site, garder celui-ci et l'écrire à l'équipe nationale du guide, qui tient le tableau : "
            "la page d'accueil et les pages des autres académies donnent le site du tableau ; ce point ne se marque pas comme "
            "vu, il reste tant que les deux diffèrent") in point, point
    assert '{point: "website"' not in result.stdout, result.stdout


def test_another_academy_s_site_is_a_problem(root: Path):
    """staffwalk59 M3: Lyon's academy.yaml with « website: https://www.ac-grenoble.fr » (pasted from a neighbour's
    page) was a point « à contrôler » and « Tout est valide »: Grenoble's site printed on every page of Lyon's notices.
    The site another academy has in the national table is a problem naming that academy, with the line to write
    (followed: nothing left about the site)."""
    academy = root / "academies" / "nantes" / "academy.yaml"
    edit(academy, "website: https://www.ac-nantes.fr\n", "website: https://www.ac-rennes.fr\n")
    result = run(root, "validate", today="2026-11-30")
    assert_clean(result)
    said = [i for i in problems_of(result) if ": website: " in i]
    assert result.code == 1 and len(said) == 1, result.output
    assert said[0].startswith("academies/nantes/academy.yaml:"), said
    assert said[0].endswith(": website: le site « https://www.ac-rennes.fr » est celui de l'académie de Rennes dans le "
                            "tableau national (content/departments.yaml) ; écrire website: https://www.ac-nantes.fr, le site "
                            "que le tableau donne à l'académie de Nantes ; si les deux académies partagent désormais ce "
                            "site, l'écrire à l'équipe nationale du guide, qui tient le tableau : ce site passera quand le "
                            "tableau le donnera à l'académie de Nantes aussi (d'ici là, écrire celui du tableau)"), said
    # the problem alone, not also the point « si l'académie a changé de site, garder celui-ci » (review77: a mutation
    # dropping the problem's continue left both, the point contradicting the problem, and this test passed)
    assert not [line for line in result.stdout.splitlines()
                if "academies/nantes/academy.yaml:" in line and "website: à contrôler" in line], result.stdout
    # the national team's change of the table (the site shared, given to both academies): the site passes, as said
    table = root / "content" / "departments.yaml"
    kept = table.read_text(encoding="utf-8")
    edit(table, "    website: https://www.ac-nantes.fr\n", "    website: https://www.ac-rennes.fr\n")
    assert not [i for i in review(root) if i.startswith("academies/nantes/academy.yaml:")]
    table.write_text(kept, encoding="utf-8")
    edit(academy, "website: https://www.ac-rennes.fr\n", "website: https://www.ac-nantes.fr\n")
    assert not [i for i in review(root) if i.startswith("academies/nantes/academy.yaml:")]


def test_a_contact_without_any_way_to_reach_it_is_a_point(root: Path):
    """staffwalk59 M4: a contact whose e-mail and phone were left out (« - name: Établissements — cellule inscriptions »
    alone) gave « Tout est valide », and the page a contact candidates cannot reach. A point, to mark seen when the
    notice gives only a name; one with an address, a page or its block as written says nothing."""
    session = root / "academies" / "nantes" / "2026.yaml"
    edit(session, """    phones: [02 72 56 65 06]
    emails: [rectorat-positionnement@ac-nantes.fr]
    url: https://www.ac-nantes.fr/positionnement-122104
""", "")
    (point,) = [i for i in review(root) if ": contacts[2]: " in i]
    assert point.startswith("academies/nantes/2026.yaml:"), point
    assert ("contacts[2]: à contrôler : Nantes, session 2026 : le contact « Secrétariat des IEN et ET-EG » n'a ni adresse "
            "électronique, ni téléphone, ni adresse postale, ni page web (emails:, phones:, address:, url:) : la page n'en "
            "donne que le nom ; si la notice donne ses coordonnées, les écrire sous lui") in point, point
    # any one way to reach it is enough (review77: dropping emails:, phones: or address: from the check, or as_written:,
    # the notice's block, left this test passing)
    note = ("    note: \"Informations et formulaire de demande sur le site académique : "
            "https://www.ac-nantes.fr/positionnement-122104.\"\n")
    for way in ("    emails: [rectorat-positionnement@ac-nantes.fr]\n", "    phones: [02 72 56 65 06]\n",
                "    address: [Rectorat de Nantes]\n", "    as_written: Secrétariat des IEN et ET-EG, sur le site académique\n",
                "    url: https://www.ac-nantes.fr/positionnement-122104\n"):
        edit(session, note, way + note)
        assert not [i for i in review(root) if ": contacts[2]: " in i], way
        edit(session, way + note, note)


@pytest.mark.parametrize("site, typo", [
    ("https://www.ac-nnates.fr", True), ("https://www.ac-nanntes.fr", True), ("https://www.ac-nantes2.fr", True),
    # (a real site an academy may have, more than two letters from the table's: a point, never refused as a typo; difflib's
    # ratio 0.8 refused them, fixstaff59)
    ("https://www.ac-nantes-bts.fr", False), ("https://bts-ac-nantes.fr", False), ("https://www.nantes.fr", False),
    ("https://www.ac-nantes.com", False),
])
def test_a_site_is_a_typo_only_a_letter_or_two_from_the_table_s(root: Path, site: str, typo: bool):
    academy = root / "academies" / "nantes" / "academy.yaml"
    edit(academy, "website: https://www.ac-nantes.fr\n", f"website: {site}\n")
    result = run(root, "validate", today="2026-11-30")
    assert_clean(result)
    refused = [line for line in problems_of(result) if ": website: " in line and ": avertissement : " not in line]
    points = [i for i in result.items("à contrôler") if i.startswith("academies/nantes/academy.yaml:") and ": website: " in i]
    assert (len(refused), len(points)) == ((1, 0) if typo else (0, 1)), result.output
    if typo:
        assert refused[0].endswith("faute de frappe pour « ac-nantes.fr » ? écrire website: https://www.ac-nantes.fr"), refused


def test_an_e_mail_domain_is_a_typo_only_a_letter_or_two_from_the_academy_s(root: Path):
    """The same rule for an address's domain (lint_email_domains): « ac-nantes-bts.fr » is no typo of « ac-nantes.fr »."""
    from generator.staff.lint import _domain_typo

    assert _domain_typo("ac-limgoes.fr", ["ac-limoges.fr"]) == ["ac-limoges.fr"]
    assert _domain_typo("ac-nantes-bts.fr", ["ac-nantes.fr"]) == []
    academy = root / "academies" / "toulouse" / "academy.yaml"
    edit(academy, "emails: [dec5@ac-toulouse.fr]", "emails: [dec5@ac-toulouse-bts.fr]")
    result = run(root, "validate", today="2026-11-30")
    assert result.code == 0 and not [line for line in problems_of(result) if "ac-toulouse-bts.fr" in line], result.output


def test_someone_of_an_exam_office_with_details_is_reached_by_them(root: Path):
    """review77 L: a contact of the exam office (of_exam_office: true, « Dossier suivi par » Nantes 2024) with its name
    only is shown under the office: when the office has details, the point « la page n'en donne que le nom » is wrong;
    when it has none (Nantes' exam_office, a name and a role), the point stays."""
    session = root / "academies" / "nantes" / "2024.yaml"
    edit(session, """    of_exam_office: true
    phones: [02 40 37 38 38]
    emails: [antoine.beleteau@ac-nantes.fr]
    address:
      - Bureau DEC 4-1
      - BP 72616
      - 44326 NANTES Cedex 3
""", "    of_exam_office: true\n")
    assert [i for i in review(root) if "academies/nantes/2024.yaml:" in i and ": contacts[1]: " in i]
    edit(root / "academies" / "nantes" / "academy.yaml", "  role: Vérifie et valide les inscriptions au BTS.\n",
         "  role: Vérifie et valide les inscriptions au BTS.\n  phones: [02 40 37 38 38]\n")
    result = run(root, "validate", today="2026-11-30")
    assert_clean(result)
    assert not [line for line in result.stdout.splitlines()
                if "academies/nantes/2024.yaml:" in line and "contacts[1]: à contrôler" in line], result.stdout


def test_an_address_on_another_academy_domain(root: Path):
    # The seeds' addresses are on their academy's own domain: nothing said.
    assert [i for i in review(root) if "l'adresse" in i] == []
    # A typo in the domain (Limoges' walk: ce.dec@ac-limoge.fr), a domain no academy has a letter or two from the
    # academy's own: a problem, with the address to write (a staff walk, stop 47 M2: as a point « à contrôler », the
    # wrong address was published).
    edit(root / "academies" / "toulouse" / "academy.yaml", "emails: [dec5@ac-toulouse.fr]", "emails: [dec5@ac-toulous.fr]")
    result = run(root, "validate", today="2026-11-30")
    said = problems_of(result)
    assert result.code == 1 and len(said) == 1, result.output
    assert re.fullmatch(
        r"academies/toulouse/academy\.yaml:\d+:\d+: exam_office\.emails\[1\]: l'adresse « dec5@ac-toulous\.fr » est sur le "
        r"domaine « ac-toulous\.fr », qui n'est celui d'aucune académie : faute de frappe pour « ac-toulouse\.fr » \? écrire "
        r"dec5@ac-toulouse\.fr", said[0]), said[0]
    # Another academy's domain, in a session's contacts: a point; a sub-domain of the academy's own, and a domain that
    # is no academy's, say nothing.
    edit(root / "academies" / "toulouse" / "academy.yaml", "emails: [dec5@ac-toulous.fr]", "emails: [dec5@ac-toulouse.fr, bts@dec.ac-toulouse.fr, x@education.gouv.fr]")
    edit(root / "academies" / "nantes" / "2026.yaml", "emails: [dec.bts@ac-nantes.fr]", "emails: [dec.bts@ac-rennes.fr]")
    items = [i for i in review(root) if "l'adresse" in i and "cite l'adresse" not in i]  # (the addresses the texts quote: below)
    assert len(items) == 1, items
    nantes = [i for i in items if i.startswith("academies/nantes/2026.yaml:")]
    assert len(nantes) == 1 and ".emails[1]: " in nantes[0]
    assert "Nantes, session 2026 : l'adresse « dec.bts@ac-rennes.fr » est sur le domaine « ac-rennes.fr »" in nantes[0]
    assert "c'est celui de l'académie de Rennes : vérifier sur la notice que c'est bien cette adresse" in nantes[0]


def test_an_address_on_another_form_of_the_academy_s_name_is_never_marked_seen(root: Path):
    """« ce.dec3bts@ac-clermont-ferrand.fr » for « ac-clermont.fr » (a staff walk, stop 49 L9): a domain no academy has,
    another form of the academy's own name; a point that names the address to write, with no reviewed: line to silence
    it."""
    edit(root / "academies" / "toulouse" / "academy.yaml", "emails: [dec5@ac-toulouse.fr]", "emails: [dec5@ac-toulouse-occitanie.fr]")
    result = run(root, "validate", today="2026-11-30")
    said = [i for i in review(root) if "ac-toulouse-occitanie.fr" in i and i.startswith("academies/toulouse/academy.yaml:")]
    assert len(said) == 1, said
    assert ("Toulouse : l'adresse « dec5@ac-toulouse-occitanie.fr » est sur le domaine « ac-toulouse-occitanie.fr », qu'aucune "
            "académie n'a : une autre forme du nom de l'académie, dont le domaine est « ac-toulouse.fr » (website: de "
            "academy.yaml) ; sans doute une faute de frappe pour dec5@ac-toulouse.fr ; vérifier l'adresse sur la notice et la "
            "corriger (ce point ne se marque pas comme vu : il reste tant que l'adresse n'est pas corrigée)") in said[0]
    assert "exam_office.emails[0]\", checked:" not in result.output and "vu et juste tel quel" not in said[0]


def test_an_address_on_another_form_of_the_academy_s_name_in_a_past_session_is_left_as_printed(root: Path):
    """review57 L10: the point above cannot be marked seen, so a past session whose archived notice really printed such
    an address kept it for good. A past session's page archives its notice as printed: left alone, as its http://
    addresses are (lint_plain_http); the same address is a point while the session is not past, its registration
    closed included (staffwalk52 M2: « Session passée » has one meaning, the session over, from 1 September of its
    year: before, its page says « Inscriptions closes » and its candidates still read it)."""
    edit(root / "academies" / "nantes" / "2026.yaml", "emails: [dec.bts@ac-nantes.fr]", "emails: [dec.bts@ac-nantes-pays-de-la-loire.fr]")
    file = "academies/nantes/2026.yaml:"
    on = [i for i in review(root, "2025-11-01") if i.startswith(file) and "ac-nantes-pays-de-la-loire.fr" in i]
    assert len(on) == 1 and "une autre forme du nom de l'académie, dont le domaine est « ac-nantes.fr »" in on[0], on
    closed = [i for i in review(root, "2025-12-13") if i.startswith(file) and "ac-nantes-pays-de-la-loire.fr" in i]  # (its last date: 12 December)
    assert closed == on, closed
    assert [i for i in review(root, "2026-09-01") if "ac-nantes-pays-de-la-loire.fr" in i] == []  # (its session over: 31 August 2026)
    # academy.yaml's addresses are not a session's: still said
    edit(root / "academies" / "toulouse" / "academy.yaml", "emails: [dec5@ac-toulouse.fr]", "emails: [dec5@ac-toulouse-occitanie.fr]")
    assert [i for i in review(root, "2026-11-30") if "ac-toulouse-occitanie.fr" in i and i.startswith("academies/toulouse/academy.yaml:")]


def latest_said(items: list[str], file: str) -> list[str]:
    return [i for i in items if i.startswith(file) and ": session.year: " in i]


def test_latest_session_once_its_academic_year_is_over_then_once_the_next_should_be_out(root: Path):
    toulouse = "academies/toulouse/2024.yaml"
    assert latest_said(review(root, "2024-08-31"), toulouse) == []
    over = latest_said(review(root, "2024-09-01"), toulouse)
    assert len(over) == 1
    assert "Toulouse, session 2024 : l'année scolaire est terminée (31 août 2024) et c'est la session la plus récente de l'académie ; sa page dit aux candidats que la notice date de la session 2024" in over[0]
    # (the notice named, the file's own: « ce fichier vérifié sur sa notice le … » read as the question checked that day)
    assert "(ce fichier a été vérifié sur la notice de la session 2024 le 2026-11-30)" in over[0]
    assert latest_said(review(root, "2024-10-10"), toulouse) == over  # the 2025 registrations open on 11 October
    out = latest_said(review(root, "2024-10-11"), toulouse)
    assert len(out) == 1
    assert "les inscriptions de la session 2025 auraient dû ouvrir vers le 11 octobre 2024 : la notice de la session 2025 est-elle parue ?" in out[0]
    assert on_root("Si oui : python -m generator new-session toulouse 2025", root) in out[0]
    # Two years on, 2025 and 2026 are past (new-session asks before writing them): the question is about 2027
    late = latest_said(review(root, "2026-12-03"), toulouse)
    assert len(late) == 1
    assert ("les inscriptions de la session 2027 auraient dû ouvrir vers le 11 octobre 2026 ; les sessions 2025 et 2026, passées, "
            "n'ont pas à être écrites : la notice "
            "de la session 2027 est-elle parue ?") in late[0]
    assert on_root("Si oui : python -m generator new-session toulouse 2027", root) in late[0]
    # staff76 item 3: where to look (academy.yaml's website:, frozen Toulouse's as its notice wrote it), and what
    # candidates read meanwhile
    assert ("la notice de la session 2027 est-elle parue ? (à chercher sur le site de l'académie, http://www.ac-toulouse.fr ; "
            "ce fichier a été vérifié sur la notice de la session 2024 le 2026-11-30) Si oui : ") in late[0], late[0]
    assert ("new-session toulouse 2027 ; d'ici là, la page de la session 2024 dit aux candidats que la session est passée et "
            "que ce guide n'a pas encore la notice d'une session plus récente, et les renvoie au site de l'académie ; ") in late[0], late[0]
    # Not the latest: Nantes 2024 (2026 exists), even when only 2024 is validated.
    assert latest_said(review(root, "2026-11-30", str(root / "academies" / "nantes" / "2024.yaml")), "academies/nantes/2024.yaml") == []
    # A notice without opening: 1 October of its year.
    nantes = latest_said(review(root, "2026-10-01"), "academies/nantes/2026.yaml")[0]
    assert "auraient dû ouvrir vers le 1er octobre 2026" in nantes
    # nextsession77 item 1: notices for two audiences (2024 candidates, 2026 establishments): the next notice may be
    # either, each with the command that starts from the file for its audience; one audience: the command alone
    assert on_root(
        "Si oui : python -m generator new-session nantes 2027 si c'est une notice pour les établissements, comme celle de ce "
        "fichier ; python -m generator new-session nantes 2027 --depuis 2024 si c'est une notice pour les candidats "
        "individuels, comme celle de la session 2024 ; d'ici là, la page de la session 2026 dit aux candidats ", root) in nantes, nantes
    assert "--depuis" not in late[0] and "notice pour" not in late[0]
    assert "l'année scolaire est terminée" in latest_said(review(root, "2026-09-30"), "academies/nantes/2026.yaml")[0]


def test_where_the_notice_comes_from_and_when_it_was_checked(root: Path):
    assert not any("notice_url" in i or "checked" in i.split(": à contrôler : ")[0] for i in review(root))
    edit(root / "academies" / "toulouse" / "2024.yaml", "  notice_url: non précisé\n  checked: 2026-11-30\n", "")
    items = review(root)
    assert any(i.startswith("academies/toulouse/2024.yaml:") and "Toulouse, session 2024 : notice_url et checked manquants" in i for i in items)
    # (after the day validate is run as of, BTS_GUIDE_TODAY, not after the real day: a point; after both, a problem)
    # (a day ahead is no point: staff east of the machine, review56 L3)
    edit(root / "academies" / "nantes" / "2024.yaml", "  checked: 2026-11-30\n", "  checked: 2026-12-01\n")
    assert not any("est après aujourd'hui" in i for i in review(root))
    edit(root / "academies" / "nantes" / "2024.yaml", "  checked: 2026-12-01\n", "  checked: 2026-12-02\n")
    assert any("Nantes, session 2024 : 2026-12-02 est après aujourd'hui (2026-11-30)" in i for i in review(root))
    # (staffwalk58 M1: the previous session's checked: left in a new file, before its notice could be out: a point)
    edit(root / "academies" / "nantes" / "2024.yaml", "  checked: 2026-12-02\n", "  checked: 2023-01-01\n")
    assert not any("est avant le 1er janvier" in i for i in review(root))
    edit(root / "academies" / "nantes" / "2024.yaml", "  checked: 2023-01-01\n", "  checked: 2022-10-05\n")
    said = [i for i in review(root) if i.startswith("academies/nantes/2024.yaml:") and "est avant le 1er janvier" in i]
    assert said == [
        f"academies/nantes/2024.yaml:{said[0].split(':')[1]}:12: session.checked: à contrôler : Nantes, session 2024 : "
        "2022-10-05 est avant le 1er janvier 2023 : la notice de la session 2024 (inscriptions à l'automne 2023) ne "
        "pouvait pas encore être vérifiée ce jour-là ; checked: resté de la session précédente ? écrire le jour où ce "
        "fichier a été vérifié sur la notice de la session 2024 (checked: AAAA-MM-JJ)"], said


def test_a_source_left_on_the_previous_notice_is_a_point(root: Path):
    """review74 L3: source: (or notice_url:) left on the previous session's notice once new-session's verify: line is
    gone: the same source as the session before, or a name of another session's year and not this one's, is a point."""
    assert not any("session.source" in i or "session.notice_url" in i for i in review(root))
    path = root / "academies" / "nantes" / "2026.yaml"
    edit(path, "  source: ../shared/seeds/002_9a97fdb094b595d9.txt\n", "  source: ../shared/seeds/004_676a724f6dae9e10.txt\n")
    line = path.read_text(encoding="utf-8").split("\n").index("  source: ../shared/seeds/004_676a724f6dae9e10.txt") + 1
    before = (root / "academies" / "nantes" / "2024.yaml").read_text(encoding="utf-8").split("\n").index(
        "  source: ../shared/seeds/004_676a724f6dae9e10.txt") + 1
    said = [i.split(" ; vu et juste tel quel ?")[0] for i in about(review(root), "academies/nantes/2026.yaml", "session.source")]
    assert said == [
        f"academies/nantes/2026.yaml:{line}:11: session.source: à contrôler : Nantes, session 2026 : source: "
        f"« ../shared/seeds/004_676a724f6dae9e10.txt » est aussi la source de la session 2024 (academies/nantes/2024.yaml, "
        f"ligne {before}) : resté de la notice précédente ? écrire dans source: le nom du fichier de la notice de la "
        "session 2026 (celui reçu ou téléchargé) ; si les deux sessions viennent vraiment du même document, marquer ce "
        "point comme vu"], said
    edit(path, "  source: ../shared/seeds/004_676a724f6dae9e10.txt\n", "  source: Notice BTS session 2024 (notice-bts-2024.pdf)\n")
    said = [i.split(" ; vu et juste tel quel ?")[0] for i in about(review(root), "academies/nantes/2026.yaml", "session.source")]
    assert said == [
        f"academies/nantes/2026.yaml:{line}:11: session.source: à contrôler : Nantes, session 2026 : source: « Notice BTS "
        "session 2024 (notice-bts-2024.pdf) » nomme 2024, l'année d'une autre session de l'académie "
        "(academies/nantes/2024.yaml), et pas 2026 : resté de la notice précédente ? écrire dans source: le nom du "
        "fichier de la notice de la session 2026 ; si c'est bien la sienne, marquer ce point comme vu"], said
    # a year of no session of the folder, or this session's year too: nothing
    edit(path, "  source: Notice BTS session 2024 (notice-bts-2024.pdf)\n", "  source: notice-bts-2025-2026.pdf, mise à jour 2025\n")
    assert about(review(root), "academies/nantes/2026.yaml", "session.source") == []
    # (review78: that comment's second case, untested, a mutation dropping it survived: 2024 a session of the folder)
    edit(path, "  source: notice-bts-2025-2026.pdf, mise à jour 2025\n", "  source: notice-bts-2026.pdf (remplace notice-bts-2024.pdf)\n")
    assert about(review(root), "academies/nantes/2026.yaml", "session.source") == []
    edit(path, "  source: notice-bts-2026.pdf (remplace notice-bts-2024.pdf)\n", "  source: notice-bts-2025.pdf\n")
    assert about(review(root), "academies/nantes/2026.yaml", "session.source") == []
    # the year of the registrations is named as a possible reason (2025 a session of the folder)
    (root / "academies" / "nantes" / "2025.yaml").write_text("", encoding="utf-8")
    result = run(root, "validate", str(path))
    said = [i for i in result.items("à contrôler") if "session.source" in i]
    assert len(said) == 1 and "si c'est bien la sienne (une notice peut porter l'année de ses inscriptions, 2025)" in said[0], said
    (root / "academies" / "nantes" / "2025.yaml").unlink()
    # notice_url: the same
    edit(path, "  source: notice-bts-2025.pdf\n", "  source: notice-bts-2026.pdf\n")
    text = path.read_text(encoding="utf-8")
    assert re.search(r"(?m)^  notice_url: .*$", text)
    path.write_text(re.sub(r"(?m)^  notice_url: .*$", "  notice_url: https://www.ac-nantes.fr/bts/notice-2024.pdf", text, count=1), encoding="utf-8")
    said = about(review(root), "academies/nantes/2026.yaml", "session.notice_url")
    assert len(said) == 1 and "notice_url: « https://www.ac-nantes.fr/bts/notice-2024.pdf » nomme 2024" in said[0], said
    assert "écrire dans notice_url: l'adresse de la notice de la session 2026" in said[0], said


def test_notice_url_reads_an_address_or_non_precise(root: Path):
    from generator.model.values import NOT_GIVEN
    from generator.pipeline import load_and_check

    edit(root / "academies" / "toulouse" / "2024.yaml", "  notice_url: non précisé\n", "  notice_url: https://www.ac-toulouse.fr/notice-bts.pdf\n")
    edit(root / "academies" / "nantes" / "2024.yaml", "  notice_url: non précisé\n", "  notice_url: Non précisée par la notice\n")
    project, problems = load_and_check(root)
    assert not problems, problems.report()
    assert project.academies["toulouse"].sessions[2024].session.notice_url == "https://www.ac-toulouse.fr/notice-bts.pdf"
    assert project.academies["nantes"].sessions[2024].session.notice_url is NOT_GIVEN
    edit(root / "academies" / "toulouse" / "2024.yaml", "https://www.ac-toulouse.fr/notice-bts.pdf", "www.ac-toulouse.fr/notice.pdf")
    result = run(root, "validate")
    assert result.code == 1
    assert "n'est pas une adresse web complète ; écrire https://www.ac-toulouse.fr/notice.pdf" in result.stdout


def test_five_real_sessions_say_where_their_notice_comes_from():
    from generator.pipeline import load_and_check
    from staff_support import REAL_SESSIONS, REPO
    import datetime as dt

    project, problems = load_and_check(REPO)
    assert not problems
    for slug, year in REAL_SESSIONS:
        info = project.academies[slug].sessions[year].session
        assert info.source.startswith("../shared/seeds/") and info.checked == dt.date(2026, 11, 30)
        assert str(info.notice_url) == "non précisé par la notice"  # no public address known: « non précisé »


def test_no_lint_while_there_are_problems(root: Path):
    edit(root / "academies" / "toulouse" / "2024.yaml", "  closing: 2023-11-15 17:00", "  closing: 15 novembre 2023")
    result = run(root, "validate")
    assert result.code == 1
    assert result.items("à contrôler") == []


def test_a_notice_item_that_names_a_national_document_without_covers_is_to_check(root: Path):
    """A staff walk wrote the notice's JDC certificate without « covers: [jdc_certificate] »: validate said nothing,
    and the page and the checklist gave the JDC twice, the national one « non mentionnée par la notice » (false). A
    notice item whose label names a national document in force that no item covers is « à contrôler »; an item that
    covers it, and the RQTH justification that goes with an R408 item (a document in place of another), are not."""
    session = root / "academies" / "clermont-ferrand" / "2024.yaml"
    items = review(root)
    assert [i for i in items if "ressemble à la pièce nationale" in i] == []
    # (its condition says the nationality: a point; asked by age without it, a problem: generator.checks.check_jdc_covers,
    # fixture 575)
    edit(session, "    covers: [jdc_certificate]\n", "")
    items = about(review(root), "academies/clermont-ferrand/2024.yaml", "ressemble à la pièce nationale")
    assert len(items) == 1, items
    assert "la pièce « jdc » ressemble à la pièce nationale « jdc_certificate »" in items[0]
    assert "si c'est la même, écrire covers: [jdc_certificate] sous la pièce" in items[0]
    # a label naming the JDC in words the look-alike test misses is the same point (review60 M3: « Certificat JAPD »)
    edit(session, "      Photocopie du certificat de participation à la journée de défense et citoyenneté (JDC)\n      ou attestation d'exemption\n",
         "      Certificat JAPD\n")
    items = about(review(root), "academies/clermont-ferrand/2024.yaml", "ressemble à la pièce nationale")
    assert len(items) == 1 and "la pièce « jdc » ressemble à la pièce nationale « jdc_certificate »" in items[0], items


@pytest.mark.parametrize(("label", "national", "alike"), [
    ("Certificat JDC", "jdc_certificate", True),
    ("Certificat de participation à la JDC", "jdc_certificate", True),
    ("Attestation de recensement", "jdc_certificate", True),
    ("Attestation R 408", "r408_attestation", True),
    ("L'attestation R 408 (travail en hauteur)", "r408_attestation", True),
    ("Attestation de formation aux premiers secours", "jdc_certificate", False),
    ("Attestation d'exemption d'épreuve", "jdc_certificate", False),
    ("Relevé de notes de la session précédente", "jdc_certificate", False),
    ("Pièce d'identité en cours de validité", "r408_attestation", False),
])
def test_short_labels_of_a_national_document_are_recognised(label, national, alike):
    """The notice's own short words for a national document (« Certificat JDC », « Attestation R 408 » with a space,
    Aix-Marseille's) are recognised, and a document of another kind is not (review of stop 33)."""
    from generator.provenance import documents_in_force
    from generator.staff.lint import looks_alike, rare_words
    from project_support import FROZEN, valid_project

    content = valid_project(FROZEN).content
    in_force = documents_in_force(content.documents.documents, content.texts.texts, 2024)
    assert looks_alike(label, in_force[national].label, rare_words(in_force)) is alike


def test_a_piece_asked_in_the_notices_text_without_a_date_of_its_own(root: Path):
    """A piece the notice asks for in its text, not in its list (``listed: false``), takes the list's date unless a
    ``deadline:`` is written: staff are asked to check it (a review: Aix-Marseille 2023's rare-language attestation,
    « il sera demandé », shown due on the list's 4 December). Written, even as the list's date, it is not asked."""
    session = root / "academies" / "aix-marseille" / "2023.yaml"
    items = about(review(root), "academies/aix-marseille/2023.yaml", "listed: false")
    assert len(items) == 1, items
    assert "la pièce « rare_language_training » est demandée dans le texte de la notice (listed: false)" in items[0]
    assert "at: non précisé par la notice" in items[0]
    # a second such piece points to the first one's point (a staff walk: five pieces, five times the same 400 characters)
    edit(session, "      justifier par une attestation de formation.\n", "      justifier par une attestation de formation.\n"
         "  - id: rare_language_other\n    listed: false\n    label: Une autre attestation\n    group: Langues obligatoires dites rares\n"
         "    section: « 4 – LANGUES VIVANTES »\n    when: {mandatory_language: rare}\n")
    items = about(review(root), "academies/aix-marseille/2023.yaml", "listed: false")
    assert len(items) == 2 and "at: non précisé par la notice" in items[0], items
    line = int(items[0].split(":")[1])
    assert "la pièce « rare_language_other » aussi est demandée" in items[1] and f"« rare_language_training » (ligne {line})" in items[1], items
    own = [i.split(" ; vu et juste tel quel ?")[0] for i in items]  # (without the line to mark it seen, the same in both)
    assert len(own[1]) < len(own[0]) / 2, items
    edit(session, "    when: {mandatory_language: rare}\n", "    when: {mandatory_language: rare}\n    deadline: documents\n")
    items = about(review(root), "academies/aix-marseille/2023.yaml", "listed: false")
    assert len(items) == 1 and "« rare_language_other » est demandée" in items[0] and "at: non précisé par la notice" in items[0], items
    edit(session, "    label: Une autre attestation\n", "    label: Une autre attestation\n    deadline: documents\n")
    assert about(review(root), "academies/aix-marseille/2023.yaml", "listed: false") == []


def test_a_date_of_the_previous_notice_left_in_the_words_of_a_date(root: Path):
    """The staff walk rolled Toulouse forward and missed « 22 novembre 2023 », cut over two lines of the words of the
    documents' date: the 2025 page quoted the 2023 date. A date of a deadline's words (in words or in figures) or of
    the dates_note outside the session's year is to check; a national text's date in them is not."""
    assert [i for i in review(root) if "est hors de l'année" in i] == []
    path = root / "academies" / "toulouse" / "2024.yaml"
    edit(path, "délai de rigueur. Aucune inscription hors\n      délais ne sera acceptée.", "délai de rigueur. Aucune inscription après le 22 novembre\n      2022 ne sera acceptée.")
    edit(path, "    words: Le formulaire devra être téléversé au plus tard le 15/01/2024.",
         "    words: Le formulaire devra être téléversé au plus tard le 15/01/2025 (arrêté du 23 septembre 2020).")
    items = [i for i in review(root) if "est hors de l'année" in i]
    assert len(items) == 2, items
    (documents,) = about(items, "academies/toulouse/2024.yaml", ": deadlines.documents.words: ")
    assert documents.startswith("academies/toulouse/2024.yaml:52:96: ")
    assert ("Toulouse, session 2024 : « 22 novembre 2022 » est hors de l'année de la session 2024 (du 1er septembre 2023 au 31 août 2024) ; "
            "mots d'une notice précédente ? les remplacer par ceux de la notice de cette session") in documents
    (engagement,) = about(items, "academies/toulouse/2024.yaml", ": deadlines.engagement_etudiant.words: ")
    assert "« 15/01/2025 » est hors de l'année de la session 2024" in engagement


def test_each_occurrence_of_a_date_out_of_the_year_is_pointed_at_its_own_line(root: Path):
    """Review 36 L1: the same date quoted twice (the second cut over two lines) was pointed twice at the first one."""
    path = root / "academies" / "toulouse" / "2024.yaml"
    edit(path, "Au plus tard le mercredi 22 novembre 2023, délai de rigueur. Aucune inscription hors\n      délais ne sera acceptée.",
         "Au plus tard le mercredi 22 novembre 2017, délai de rigueur. Aucune inscription après le 22 novembre\n      2017 ne sera acceptée.")
    items = about(review(root), "academies/toulouse/2024.yaml", ": deadlines.documents.words: ")
    assert [i.split(": deadlines")[0] for i in items] == ["academies/toulouse/2024.yaml:52:23", "academies/toulouse/2024.yaml:52:96"], items
    assert "« mercredi 22 novembre 2017 »" in items[0] and "« 22 novembre 2017 »" in items[1]


def test_a_date_out_of_the_year_in_the_guide_s_reading_and_how_source_notes_silence_it(root: Path):
    """Review 36 L2: a deadline's note (the guide's reading of its date) left from the previous session is as stale as
    its words; L3: a date the session's source_notes quote in their words is the notice's own: not to check again."""
    path = root / "academies" / "toulouse" / "2024.yaml"
    edit(path, "inscriptions, le mercredi 15 novembre 2023 à 17h00.", "inscriptions, le mercredi 15 novembre 2017 à 17h00.")
    (note,) = about(review(root), "academies/toulouse/2024.yaml", ": deadlines.exam_adjustment.note: ")
    assert note.startswith("academies/toulouse/2024.yaml:69:24: "), note
    assert ("« mercredi 15 novembre 2017 » est hors de l'année de la session 2024 (du 1er septembre 2023 au 31 août 2024) ; "
            "lecture du guide d'une session précédente ? la revoir d'après la notice de cette session "
            "(ou, si la notice donne bien cette date, citer ses mots sous source_notes:, dans words:)") in note
    edit(path, "inscriptions, le mercredi 15 novembre 2017 à 17h00.", "inscriptions, le mercredi 15 novembre 2023 à 17h00.")
    edit(path, "    words: Le formulaire devra être téléversé au plus tard le 15/01/2024.",
         "    words: Le formulaire devra être téléversé au plus tard le 15/01/2025.")
    (engagement,) = about(review(root), "academies/toulouse/2024.yaml", ": deadlines.engagement_etudiant.words: ")
    assert "citer ces mots sous source_notes:, dans words:" in engagement
    edit(path, "source_notes:\n", "source_notes:\n  - about: Engagement étudiant\n    words: au plus tard le 15/01/2025\n"
         "    note: La notice écrit bien 2025 ; le guide retient sa date.\n")
    assert about(review(root), "academies/toulouse/2024.yaml", "est hors de l'année") == []


def test_a_date_of_last_year_left_in_a_rolled_session_s_texts_even_when_its_notes_quote_it(root: Path):
    """A staff walk rolled Nantes 2026 to 2027 and removed every verify: line: « 12 décembre 2025 », left in a topic's
    words, the establishments' step 5 and the novelties, raised nothing, and the 2026 source_notes, copied with the
    rest, silenced the deadlines' words. A date last year's texts quoted too is not silenced by notes; quoted at the
    same place, it is a problem (a staff walk, stop 48 M2: ``test_a_date_left_from_the_previous_session_at_the_same_place_is_a_problem``)."""
    from staff_support import without_verify

    assert run(root, "new-session", "nantes", "2027").code == 0
    path = root / "academies" / "nantes" / "2027.yaml"
    path.write_text(without_verify(path.read_text(encoding="utf-8")), encoding="utf-8")
    found = left_over_dates(root)
    paths = {m["field"] for m in found}
    assert "deadlines.documents.words" in paths, found
    assert any(p.startswith("topics.") for p in paths) and any(p.startswith("novelties.notice") for p in paths), paths
    assert all(m["file"] == "academies/nantes/2027.yaml" for m in found), found


def test_a_date_out_of_the_year_inside_a_section_a_draft_marks_to_verify_whole(root: Path):
    """review40-diff M3: a fresh new-session draft gave « hors de l'année » points for the items of sections its own
    verify: lines mark « à vérifier en entier » (the steps, the topics, the source notes: the line sits on item 0) and
    for records under a marked one (r408.list under r408), points that cannot be marked seen. They are said by the
    verify: lines until these are removed; then each date is said."""
    assert run(root, "new-session", "toulouse", "2027").code == 0
    path = root / "academies" / "toulouse" / "2027.yaml"
    assert about(review(root), "academies/toulouse/2027.yaml", "est hors de l'année") == []
    # the source notes checked (their lines removed: the section-wide one, and those of the notes whose words quote the
    # 2024 notice's dates, review staff43 H1): their dates are said, the other sections' still not
    text = path.read_text(encoding="utf-8")
    start = text.index("source_notes:\n")
    end = next((m.start() for m in re.compile(r"^[a-z_]+:", re.M).finditer(text, start + len("source_notes:\n"))), len(text))
    section = text[start:end].split("\n")
    lines = [l for l in section if l.lstrip().startswith("verify:")]
    assert lines[0].startswith("    verify: \"source_notes : rubrique de la session 2024, à vérifier en entier"), lines
    path.write_text(text[:start] + "\n".join(l for l in section if l not in lines) + text[end:], encoding="utf-8")
    # (to check, or, quoted at the same place in the 2024 file, a problem: stop 48 M2)
    output = run(root, "validate").stdout.splitlines()
    items = [line.strip() for line in output if line.strip().startswith("academies/toulouse/2027.yaml:")
             and ("est hors de l'année" in line or "est la date écrite au même endroit" in line)]
    assert items and all(item.split(": ")[1].startswith("source_notes[") for item in items), items


def test_a_date_out_of_the_year_in_any_text_a_candidate_reads(root: Path):
    """A staff walk (stop 40) left 2023 dates in texts the candidates read that the check did not read: the R408 list's
    note, a source note's note, a contradiction's advice and the note of the specialty contacts (and nothing said). Every
    text of the session is read now, the model walked: the notice's words asked to be replaced, the guide's reading
    (an advice, a source note's note) to be reviewed, each at its line."""
    path = root / "academies" / "toulouse" / "2024.yaml"
    assert about(review(root), "academies/toulouse/2024.yaml", "est hors de l'année") == []
    edit(path, "ultérieurement » (après le 22 novembre 2023).", "ultérieurement » (après le 22 novembre 2022).")
    edit(path, "le mercredi 15 novembre 2023\n      à 17h00.", "le mercredi 15 novembre 2017\n      à 17h00.")
    edit(path, "  confirmation d'inscription. Adresse électronique", "  confirmation d'inscription avant le 4 décembre 2022. Adresse électronique")
    edit(path, "gestionnaire de la spécialité figure sur la confirmation d'inscription.",
         "gestionnaire de la spécialité figure sur la confirmation d'inscription (15/11/2022).")
    items = about(review(root), "academies/toulouse/2024.yaml", "est hors de l'année")
    by_path = {item.split(": ")[1]: item for item in items}
    assert sorted(by_path) == ["contradictions[1].advice", "r408.list.note", "source_notes[1].note", "specialty_contacts_note"], items
    lines = path.read_text(encoding="utf-8").splitlines()
    for field, words, guide in (("r408.list.note", "22 novembre 2022", False), ("contradictions[1].advice", "mercredi 15 novembre 2017", True),
                                ("specialty_contacts_note", "4 décembre 2022", False), ("source_notes[1].note", "15/11/2022", True)):
        item = by_path[field]
        line = int(item.split(":")[1])
        assert words in lines[line - 1], (item, lines[line - 1])
        assert f"« {words} » est hors de l'année de la session 2024 (du 1er septembre 2023 au 31 août 2024) ; " in item, item
        said = "lecture du guide d'une session précédente ? la revoir" if guide else "mots d'une notice précédente ? les remplacer"
        assert said in item, item


def test_an_address_the_texts_quote_that_no_contact_of_the_session_has(root: Path):
    """A staff walk (stop 40) changed the exam office's address in academy.yaml for a new notice: the 2024 page, an
    archive, gave the new address while its texts still quoted its own, and nothing was said. An address a session's
    texts quote that none of its contacts has (exam office, its own or academy.yaml's, and contacts) is to check, at
    its first text, naming the others and the way to keep the past session's address."""
    academy = root / "academies" / "toulouse" / "academy.yaml"
    session = root / "academies" / "toulouse" / "2024.yaml"
    assert about(review(root), "academies/toulouse/", "cite l'adresse") == []
    edit(academy, "  emails: [dec5@ac-toulouse.fr]", "  emails: [ce-bts@ac-toulouse.fr]")
    line = next(i for i, text in enumerate(session.read_text(encoding="utf-8").splitlines(), 1) if "**dec5@ac-toulouse.fr**" in text)
    # while its registrations run, the session is not an archive yet: a point to check, that can be marked seen
    edit(session, "  checked: 2026-11-30", "  checked: 2023-11-01")
    result = run(root, "validate", today="2023-11-10")
    (item,) = about(result.items("à contrôler"), "academies/toulouse/2024.yaml", "cite l'adresse")
    assert item.startswith(f"academies/toulouse/2024.yaml:{line}:5: specialty_contacts_note: à contrôler : Toulouse, session 2024 : "
                           "specialty_contacts_note (et aussi contradictions[1].advice, contradictions[1].advice_after_closing) cite l'adresse « dec5@ac-toulouse.fr », qui "
                           "n'est celle d'aucun contact de cette session (bureau des examens : ce-bts@ac-toulouse.fr, exam_office: "
                           "de academy.yaml) ; si le bureau des examens a changé d'adresse pour une session plus récente, remettre "
                           "dans academy.yaml celle que citent les sessions passées et écrire exam_office: dans le fichier de la "
                           "session qui la change"), item
    assert '  - {point: "specialty_contacts_note", checked: 2023-11-10,' in result.stdout, result.stdout
    edit(session, "  checked: 2023-11-01", "  checked: 2026-11-30")
    # a past session (its registration dates all before today), quoting an address on the domain of academy.yaml's
    # office and none of its addresses. The academy's latest session (a staff walk, stop 50 M1: archived with --force,
    # its notice giving a new address): is it the office's address its notice gives, to write in its own exam_office:
    # (not in academy.yaml, which the older sessions keep), or another service's (review55 H1: every service shares the
    # domain)? Asked, each answer with its action; the line to mark it seen given, for the second
    result = run(root, "validate", today="2026-11-30")
    (item,) = about(result.items("à contrôler"), "academies/toulouse/2024.yaml", "dec5@ac-toulouse.fr")
    assert item.startswith(f"academies/toulouse/2024.yaml:{line}:5: specialty_contacts_note: à contrôler : Toulouse, session 2024 : "
                           "specialty_contacts_note (et aussi contradictions[1].advice, contradictions[1].advice_after_closing) cite « dec5@ac-toulouse.fr », qui n'est "
                           "l'adresse d'aucun contact de cette session : son bureau des examens est celui de academy.yaml "
                           "(ce-bts@ac-toulouse.fr). Est-ce l'adresse du bureau des examens que donne la notice de cette session ? "
                           "alors écrire dans ce fichier un bloc exam_office: complet, avec dec5@ac-toulouse.fr : il remplace "
                           "celui de academy.yaml pour cette session seulement ; ne pas modifier academy.yaml, dont les sessions "
                           "précédentes gardent l'adresse (sauf s'il a été changé par erreur : y remettre alors "
                           "dec5@ac-toulouse.fr) ; ne jamais marquer ce point comme vu dans ce cas. Est-ce l'adresse d'un autre "
                           "service de l'académie, que la notice cite ? alors les fichiers sont justes : marquer ce point comme vu"), item
    assert "remettre dec5@ac-toulouse.fr dans academy.yaml (emails:" not in item, item
    # its line to mark it seen is given alone, for that case only, never in the file's block to copy (a staff walk,
    # stop 50 L1: copying the block whole silenced the new address); pasted where it says, it marks the point
    from test_reviewed import append, block, to_paste

    point = block(result.stdout, "academies/toulouse/2024.yaml", "qui n'est l'adresse d'aucun contact")
    said = re.search(r"marquer ce point comme vu ; si c'est l'adresse d'un autre service, et dans ce cas seulement, pour "
                     r"ne plus le voir : copier cette ligne telle quelle sous la ligne reviewed: du bloc à copier donné "
                     r"sous le point de la ligne ([0-9]+) de ce fichier \(ce point n'est pas dans le bloc des autres\)$", point[0])
    assert said, point[0]
    mark = 'point: "specialty_contacts_note", checked: 2026-11-30, seen: "adresse dec5@ac-toulouse.fr citée, d\'un autre service"}'
    assert to_paste(point) == ["  - {" + mark]
    others = to_paste(block(result.stdout, f"academies/toulouse/2024.yaml:{said.group(1)}", ""))
    assert others[0] == "reviewed:" and not any(mark in line for line in others), others
    copy = session.read_text(encoding="utf-8")
    append(session, ["reviewed:", *to_paste(point)])
    assert about(run(root, "validate", today="2026-11-30").items("à contrôler"), "academies/toulouse/2024.yaml", "dec5@") == []
    session.write_text(copy, encoding="utf-8")
    assert about(result.items("à contrôler"), "academies/toulouse/", "cite l'adresse") == []
    assert 'point: "specialty_contacts_note", checked: 2026-11-30, seen: "adresse dec5@ac-toulouse.fr citée, d\'un autre service"}' in result.stdout, result.stdout
    assert 'point: "r408.list.specialties"' in result.stdout, result.stdout  # (the file's other points: their lines)
    # with a newer session written: is it the office's old address (academy.yaml changed: a staff walk, stop 49 M4)?
    # academy.yaml as it was, the new address in the newer session's file, named (review56 M1)
    (root / "academies" / "toulouse" / "2025.yaml").write_text(
        session.read_text(encoding="utf-8").replace("year: 2024", "year: 2025", 1), encoding="utf-8")
    result = run(root, "validate", "academies/toulouse/2024.yaml", today="2026-11-30")
    (item,) = about(result.items("à contrôler"), "academies/toulouse/2024.yaml", "ancienne adresse du bureau des examens")
    assert ("cite « dec5@ac-toulouse.fr », qui n'est plus une adresse de contact de cette session passée : son bureau des "
            "examens est celui de academy.yaml (ce-bts@ac-toulouse.fr). Est-ce l'ancienne adresse du bureau des examens ? "
            "alors academy.yaml a changé d'adresse, et la page de cette session, gardée en archive, donne à ses candidats une "
            "autre adresse que sa notice : remettre dec5@ac-toulouse.fr dans academy.yaml (emails: de exam_office:), et écrire "
            "un bloc exam_office: complet, avec la nouvelle adresse, dans 2025.yaml (session 2025) : il remplace") in item, item
    (root / "academies" / "toulouse" / "2025.yaml").unlink()
    # an example address on the same domain is still an example: the usual point, which can be marked
    edit(session, "gestionnaire de la spécialité figure sur la confirmation d'inscription.",
         "gestionnaire de la spécialité figure sur la confirmation d'inscription (par exemple Prénom.Nom@ac-toulouse.fr).")
    result = run(root, "validate", today="2026-11-30")
    (item,) = about(result.items("à contrôler"), "academies/toulouse/2024.yaml", "cite l'adresse")
    assert "cite l'adresse « Prénom.Nom@ac-toulouse.fr », qui n'est celle d'aucun contact" in item, item
    assert 'seen: "adresse Prénom.Nom@ac-toulouse.fr citée, d\'aucun contact"}' in result.stdout, result.stdout
    edit(session, " (par exemple Prénom.Nom@ac-toulouse.fr).", ".")
    # the way out it gives: academy.yaml as it was, the new address in the new session's own exam_office:; that one's
    # texts still quoting the old address are said, with the session's office
    edit(academy, "  emails: [ce-bts@ac-toulouse.fr]", "  emails: [dec5@ac-toulouse.fr]")
    edit(session, "source_notes:\n", "exam_office:\n  name: Bureau des examens post-bac\n  emails: [ce-bts@ac-toulouse.fr]\nsource_notes:\n")
    (item,) = about(review(root), "academies/toulouse/2024.yaml", "cite l'adresse")
    assert "(bureau des examens : ce-bts@ac-toulouse.fr, exam_office: de ce fichier)" in item, item
    # an address the notice gives in its text, written as a contact: nothing to say
    edit(session, "  emails: [ce-bts@ac-toulouse.fr]\n", "  emails: [ce-bts@ac-toulouse.fr, dec5@ac-toulouse.fr]\n")
    assert about(review(root), "academies/toulouse/", "cite l'adresse") == []
    # a letter or two from a contact's address: the typo first (a staff walk, stop 47 M3)
    edit(session, "**dec5@ac-toulouse.fr**", "**dec5@ac-toulose.fr**")
    (item,) = about(review(root), "academies/toulouse/2024.yaml", "cite l'adresse")
    assert "cite l'adresse « dec5@ac-toulose.fr », qui n'est celle d'aucun contact" in item, item
    assert ("exam_office: de ce fichier) ; l'une des deux adresses a sans doute une faute de frappe, celle-ci ou "
            "dec5@ac-toulouse.fr (d'un contact de la page) : vérifier sur la notice laquelle est juste et corriger l'autre ; "
            "si le bureau") in item, item


def test_an_address_of_academy_yaml_s_other_offices_or_an_example_address_quoted_by_the_texts(root: Path):
    """review40-diff M1: academy.yaml's positioning and VAE offices are contacts the page lists (model.session.offices):
    a text quoting their address said « d'aucun contact » and advised writing it again under contacts:, a second card on
    the page. An example address (« Prénom.Nom@… », read « nom.Nom@… » by an ASCII pattern) is quoted whole, with the
    advice to mark it seen, and the point can be marked."""
    academy = root / "academies" / "toulouse" / "academy.yaml"
    session = root / "academies" / "toulouse" / "2024.yaml"
    with academy.open("a", encoding="utf-8") as out:
        out.write("vae_office:\n  name: Service de la VAE\n  emails: [ce.vae@ac-toulouse.fr]\n"
                  "positioning_office:\n  name: Service du positionnement\n  emails: [positionnement@ac-toulouse.fr]\n")
    edit(session, "gestionnaire de la spécialité figure sur la confirmation d'inscription.",
         "gestionnaire de la spécialité figure sur la confirmation d'inscription (VAE : ce.vae@ac-toulouse.fr ; "
         "positionnement : positionnement@ac-toulouse.fr).")
    # (academy.yaml's VAE service is a contact of a session that counts VAE candidates: model.session.vae_office_in_force)
    edit(session, "who:\n", "who:\n  - situation: vae\n    how: elsewhere\n    label: Candidats à la VAE\n")
    assert about(review(root), "academies/toulouse/", "cite l'adresse") == []
    edit(session, "(VAE : ce.vae@ac-toulouse.fr ;", "(VAE : ce.vae@ac-toulouse.fr, par exemple Prénom.Nom@ac-toulouse.fr ;")
    result = run(root, "validate", today="2026-11-30")
    (item,) = about(result.items("à contrôler"), "academies/toulouse/2024.yaml", "cite l'adresse")
    assert ("source_notes[1].note cite l'adresse « Prénom.Nom@ac-toulouse.fr », qui n'est celle d'aucun contact de cette "
            "session (bureau des examens : dec5@ac-toulouse.fr, exam_office: de academy.yaml ; service du positionnement : "
            "positionnement@ac-toulouse.fr, positioning_office: de academy.yaml ; service de la VAE : ce.vae@ac-toulouse.fr, "
            "vae_office: de academy.yaml) ; ") in item, item
    assert ("si c'est un exemple d'adresse (« prenom.nom@… ») ou l'adresse d'un service que la page ne donne pas, la marquer "
            "comme vue (reviewed:)") in item, item
    assert ('  - {point: "source_notes[1].note", checked: 2026-11-30, seen: "adresse Prénom.Nom@ac-toulouse.fr citée, '
            'd\'aucun contact"}') in result.stdout, result.stdout


QUESTION_WORDS = """question_words:
  positioning_decision:
    section: « Pièces justificatives »
    label: Avez-vous une décision de positionnement ?
"""


def test_question_words_for_a_question_the_checklist_never_asks(root: Path):
    """A session's words for a national question (question_words:) that none of its rules reads any more (a piece
    removed, its when: changed) are pointed at their line, with the question; words for a question a piece of the
    session still asks, through its condition, are not (a staff walk, stop 37)."""
    for slug in ("nantes", "toulouse"):
        edit(root / "academies" / slug / "2024.yaml", "source_notes:\n", QUESTION_WORDS + "source_notes:\n")
    items = review(root)
    said = [i for i in items if ": question_words." in i]
    assert len(said) == 1, said
    line = (root / "academies" / "nantes" / "2024.yaml").read_text(encoding="utf-8").splitlines().index("  positioning_decision:") + 1
    assert said[0].startswith(f"academies/nantes/2024.yaml:{line}:3: question_words.positioning_decision: à contrôler : Nantes, session 2024 : ")
    assert "question_words: donne les mots de la notice pour la question « positioning_decision » (« " in said[0]
    assert "que la liste personnalisée de cette session ne pose jamais" in said[0]
    assert "retirer cette entrée, ou, si la notice pose toujours cette question, vérifier le when: de la pièce" in said[0]
    # Toulouse's piece for a positioning decision asks the question: its words serve. Once that piece is gone, they do not.
    edit(root / "academies" / "toulouse" / "2024.yaml", 'when: {positioning_decision: "yes"}', "when: {situation: distance}")
    said = [i for i in review(root) if ": question_words." in i]
    assert [i.split(":")[0] for i in said] == ["academies/nantes/2024.yaml", "academies/toulouse/2024.yaml"]
    # settled in the file (remove the entry, or mend the when:): no line to mark it seen, in the block to copy or
    # elsewhere (a staff walk, stop 50 L1: copying the block whole silenced it)
    assert all("vu et juste tel quel" not in i and "reviewed:" not in i for i in said), said
    result = run(root, "validate", today="2026-11-30")
    assert 'point: "question_words.positioning_decision"' not in result.stdout


def _repeat_a_step_in_a_detail(path: Path) -> None:
    """Clermont-Ferrand 2024's « Récapitulatif » given its step's last sentence as its detail (as it was before walk 42 L5)."""
    edit(path, "    group: Confirmation et validation de l'inscription\n    # (pas de detail:",
         "    group: Confirmation et validation de l'inscription\n"
         "    detail: La signature de votre récapitulatif d'inscription rend vos choix définitifs.\n    # (pas de detail:")


def test_a_piece_s_detail_that_says_a_step_s_sentence_again(root: Path):
    """A review (43 M4): a notice copied twice in a session file (a piece's detail: repeating a step's sentence, walk
    42 L5) is a point « à contrôler » on the detail's line, naming the step and the sentence, markable as seen; a
    sentence said to candidates the piece does not concern (another answer to the same question) is not."""
    path = root / "academies" / "clermont-ferrand" / "2024.yaml"
    assert about(review(root), "academies/clermont-ferrand/2024.yaml", "redit une phrase") == []
    _repeat_a_step_in_a_detail(path)
    [said] = about(review(root), "academies/clermont-ferrand/2024.yaml", "redit une phrase")
    line = path.read_text(encoding="utf-8").split("\n").index(
        "    detail: La signature de votre récapitulatif d'inscription rend vos choix définitifs.") + 1
    assert said.startswith(f"academies/clermont-ferrand/2024.yaml:{line}:") and ": documents[" in said
    assert "la précision de la pièce « recapitulatif » (detail:) redit une phrase de l'étape" in said
    assert "« La signature de votre récapitulatif d'inscription rend vos choix définitifs. »" in said
    assert "sauf si la notice la redit vraiment sous la pièce ; vu et juste tel quel ? pour ne plus le voir" in said
    # said only to candidates the piece does not concern (conditions no one meets both of): nothing
    from generator.staff.lint import _exclusive
    from generator.model.conditions import Condition

    assert _exclusive(Condition("test", "situation", ("repeater",)), Condition("test", "situation", ("apprentice",)))
    assert not _exclusive(Condition("test", "situation", ("repeater",)), Condition.always())
    assert not _exclusive(Condition("test", "situation", ("repeater", "apprentice")), Condition("test", "situation", ("apprentice",)))


def test_a_note_that_says_by_hand_which_notices_cite_a_text(root: Path):
    """A review (43 M7): the pages say « cité par la notice de … » beside each rule from content/texts.yaml; a note
    that copies it would not follow cited_by: a point « à contrôler » on its line; the notice's own words are left alone."""
    path = root / "academies" / "toulouse" / "2024.yaml"
    assert about(review(root), "academies/toulouse/2024.yaml", "dit à la main") == []
    edit(path, "      La notice renvoie à la date limite d'inscription : le guide retient la clôture des\n",
         "      La notice renvoie à la date limite d'inscription (décret n°2020-1167, cité par les notices\n"
         "      d'Aix-Marseille, session 2023) : le guide retient la clôture des\n")
    [said] = about(review(root), "academies/toulouse/2024.yaml", "dit à la main")
    line = path.read_text(encoding="utf-8").split("\n").index("      d'Aix-Marseille, session 2023) : le guide retient la clôture des")
    assert said.startswith(f"academies/toulouse/2024.yaml:{line}:"), said  # (the line « cité par les notices » is on)
    assert "« cité par les notices » : le texte du guide dit à la main quelles notices citent un texte national" in said
    # (words that read right in a calendar too: this note is a date's, which the .ics carries; fixleft59, read61 L8)
    assert ("retirer ces mots et nommer le texte lui-même (« la règle nationale (décret n° … du …) prévoit … ») ; pas "
            "« dans la rubrique … » : une note de date va aussi dans le calendrier (.ics), qui n'a pas de rubriques") in said, said
    # what this notice itself cites is what a note may say (a review, 44 M1): nothing said of it
    edit(path, "(décret n°2020-1167, cité par les notices\n      d'Aix-Marseille, session 2023)",
         "(la notice de Toulouse cite\n      le décret n°2020-1167)")
    assert about(review(root), "academies/toulouse/2024.yaml", "dit à la main") == []


def test_a_rubrique_with_the_notice_s_words_left_out_of_layout(root: Path):
    """A staff walk (43 L3): a statement added under topics: to a rubrique that session.layout: does not name is
    printed by the PDF after the parts layout: names (after the annexes): a point « à contrôler » says where to add it."""
    path = root / "academies" / "nantes" / "2026.yaml"
    assert about(review(root), "academies/nantes/2026.yaml", "session.layout:") == []
    edit(path, "topics:\n", "topics:\n  travel:\n    notice:\n      - text: Les frais de déplacement sont à la charge du candidat.\n"
                            "        section: Rappels réglementaires\n")
    [said] = about(review(root), "academies/nantes/2026.yaml", "session.layout:")
    line = path.read_text(encoding="utf-8").split("\n").index("  travel:") + 3  # (its first statement, under notice:)
    assert said.startswith(f"academies/nantes/2026.yaml:{line}:"), said
    assert ("la rubrique « travel » a des mots de la notice (notice:) mais n'est pas dans session.layout: ; le PDF de la "
            "notice l'imprime après les parties que layout: nomme") in said
    assert "ajouter travel à layout:, à sa place dans la notice (ou à web_only:" in said
    # in web_only: nothing said (the notice does not contain it as such)
    edit(path, "  web_only:\n", "  web_only:\n    - travel\n")
    assert about(review(root), "academies/nantes/2026.yaml", "session.layout:") == []


def test_a_repeated_detail_the_notice_really_repeats_can_be_marked_seen(root: Path):
    """The point of a repeated detail is markable (a notice may say it twice): the lines validate prints under it,
    pasted at the end of the file as staff would, silence it."""
    from test_reviewed import append, block, to_paste

    path = root / "academies" / "clermont-ferrand" / "2024.yaml"
    _repeat_a_step_in_a_detail(path)
    result = run(root, "validate", today="2026-11-30")
    point = block(result.stdout, "academies/clermont-ferrand/2024.yaml", "redit une phrase")
    append(path, to_paste(point))
    assert about(review(root), "academies/clermont-ferrand/2024.yaml", "redit une phrase") == []


def test_citing_words_in_their_other_form_are_caught_and_a_list_s_origin_is_not():
    """A review (walk 44 L7): « que la notice de Clermont-Ferrand cite » is the same hand-kept citation; « telles que
    les notices de … les énumèrent » says where a list comes from, and stays."""
    from generator.staff.lint import _CITING_WORDS

    assert _CITING_WORDS.search("l'arrêté du 13 juillet 2023, que la notice de Clermont-Ferrand\n      cite pour la même session")
    assert _CITING_WORDS.search("décret n°2020-1167, cité par les notices d'Aix-Marseille, session 2023")
    assert not _CITING_WORDS.search("telles que les notices de Clermont-Ferrand (session 2024) et de Nantes (session 2026) les énumèrent")
    assert not _CITING_WORDS.search("la notice de l'académie. Elle cite le décret")


def test_a_deadline_whose_notice_words_write_another_day_without_a_note(root: Path):
    """A staff walk (44 H1): ``at: 2026-11-17`` beside the notice's « pour le 18 novembre 2026 » passed validate and was
    published, the timeline marking it « date retenue par le guide » with nothing saying why. A deadline whose words
    write a day other than its ``at:`` is to check unless its ``note:`` writes that day (the guide's reading said:
    Clermont-Ferrand's « avant le 21 novembre » shown as the 20th); a note on something else does not count (a review,
    45 H1); not markable (settled in the data)."""
    assert [i for i in review(root) if "mais les mots de la notice n'écrivent pas ce jour" in i] == []
    path = root / "academies" / "clermont-ferrand" / "2024.yaml"
    line = next(n for n, text in enumerate(path.read_text(encoding="utf-8").splitlines(), 1) if text == "    at: 2023-11-20")
    # the guide's reading without its note: asked, at its at:
    edit(path, """    note: >-
      « Avant le 21 novembre 2023 » se lit « au plus tard le 20 novembre » (le 21 n'est pas
      compris) : le guide affiche le lundi 20 novembre 2023 comme dernier jour de dépôt ; la
      notice ne donne pas d'heure.
""", "")
    [item] = about(review(root), "academies/clermont-ferrand/2024.yaml", "mais les mots de la notice n'écrivent pas ce jour")
    assert "la date limite « documents » est le 20 novembre 2023 (at:)" in item and "(ils écrivent : 21 novembre)" in item, item
    assert item.startswith(f"academies/clermont-ferrand/2024.yaml:{line}:"), item
    assert "vu et juste tel quel" not in item  # (not markable)
    # a note that does not write the day: still asked; one that does: not
    edit(path, "    as_written: avant le 21 novembre 2023\n", "    as_written: avant le 21 novembre 2023\n    note: La notice ne donne pas d'heure.\n")
    assert len(about(review(root), "academies/clermont-ferrand/2024.yaml", "mais les mots de la notice n'écrivent pas ce jour")) == 1
    # one that writes the day kept for another reason (the closing's day, a review, 46 M1): still asked
    edit(path, "    note: La notice ne donne pas d'heure.\n", "    note: Le 20 novembre 2023 est aussi le jour des résultats.\n")
    assert len(about(review(root), "academies/clermont-ferrand/2024.yaml", "mais les mots de la notice n'écrivent pas ce jour")) == 1
    edit(path, "    note: Le 20 novembre 2023 est aussi le jour des résultats.\n",
         "    note: « Avant le 21 novembre » se lit « au plus tard le 20 novembre » ; le guide retient le lundi 20 novembre 2023.\n")
    assert about(review(root), "academies/clermont-ferrand/2024.yaml", "mais les mots de la notice n'écrivent pas ce jour") == []
    # a slip on a deadline whose words write its day, its note (on the hour) kept: its words give that one day, day
    # and month: a problem (staff69 item 3), at at:, with both dates and both fixes
    edit(path, "    at: 2023-11-15 17:00\n    words: >-\n      au plus tard à la date limite", "    at: 2023-11-16 17:00\n    words: >-\n      au plus tard à la date limite")
    line = next(n for n, text in enumerate(path.read_text(encoding="utf-8").splitlines(), 1) if text == "    at: 2023-11-16 17:00")
    result = run(root, "validate", today="2026-11-30")
    assert_clean(result)
    [problem] = [i for i in problems_of(result) if "exam_adjustment" in i]
    assert result.code == 1 and problem == (
        f"academies/clermont-ferrand/2024.yaml:{line}:9: deadlines.exam_adjustment.at: la date limite « exam_adjustment » est le "
        f"16 novembre 2023 (at:), mais les mots de la notice cités sous words: (words, ligne {line + 1}) donnent une seule "
        "date, le 15 novembre : l'un des deux n'a pas suivi l'autre ; si la notice donne le 15 novembre, écrire at: "
        "2023-11-15 17:00 ; si elle donne le 16 novembre 2023 (une notice corrigée, une date changée), remplacer words: par "
        "ses mots pour cette date ; si le guide retient le 16 novembre 2023 en lisant ces mots, le dire sous note:, avec "
        "les deux jours"), result.output
    assert "n'écrivent pas ce jour" not in result.output, result.output  # (said once, as the problem)
    # words that give several days, none at:'s: which one is this deadline's is not for validate to say, a point
    edit(path, "le mercredi 15 novembre 2023\n", "le mercredi 15 novembre 2023 (le 17 novembre pour les autres diplômes)\n")
    [item] = about(review(root), "academies/clermont-ferrand/2024.yaml", "mais les mots de la notice n'écrivent pas ce jour")
    assert "la date limite « exam_adjustment » est le 16 novembre 2023 (at:)" in item and "(ils écrivent : 15 novembre, 17 novembre)" in item, item
    edit(path, "le mercredi 15 novembre 2023 (le 17 novembre pour les autres diplômes)\n", "le mercredi 15 novembre 2023\n")
    # the fix it gives, followed: nothing said
    edit(path, "    at: 2023-11-16 17:00\n", "    at: 2023-11-15 17:00\n")
    assert about(review(root), "academies/clermont-ferrand/2024.yaml", "exam_adjustment") == []


def test_a_deadline_on_the_day_its_notice_words_say_before_without_a_note(root: Path):
    """A staff walk (46 M2): « avant le 21 novembre » with ``at:`` on the whole 21st and no note passed validate
    silently, while ``at:`` on the 20th without a note was asked about: « avant le 21 » leaves the 21st out. Asked at the
    deadline's at:, not markable; not with a note saying why, nor with an hour (« avant le 21 à 17 h » is that day)."""
    path = root / "academies" / "clermont-ferrand" / "2024.yaml"
    words = "laisse ce jour dehors"
    assert about(review(root), "academies/clermont-ferrand/2024.yaml", words) == []
    reading = """    note: >-
      « Avant le 21 novembre 2023 » se lit « au plus tard le 20 novembre » (le 21 n'est pas
      compris) : le guide affiche le lundi 20 novembre 2023 comme dernier jour de dépôt ; la
      notice ne donne pas d'heure.
"""
    edit(path, "    at: 2023-11-20\n    words: Le dépôt de ces pièces est à effectuer avant le 21 novembre 2023.\n" + reading,
         "    at: 2023-11-21\n    words: Le dépôt de ces pièces est à effectuer avant le 21 novembre 2023.\n")
    line = next(n for n, text in enumerate(path.read_text(encoding="utf-8").splitlines(), 1) if text == "    at: 2023-11-21")
    [item] = about(review(root), "academies/clermont-ferrand/2024.yaml", words)
    assert item.startswith(f"academies/clermont-ferrand/2024.yaml:{line}:") and ": deadlines.documents.at: " in item, item
    assert "la date limite « documents » est le 21 novembre 2023 (at:), et les mots de la notice disent « avant le 21 novembre »" in item, item
    assert "vu et juste tel quel" not in item  # (not markable)
    # the whole fix, said (« corriger at: » alone sent staff back by the other check): done, nothing is asked
    advice = ("si le dernier jour est la veille, écrire at: 2023-11-20 et, sous note:, « « Avant le 21 novembre » se lit « au "
              "plus tard le 20 novembre », le guide retient le 20 novembre 2023 »")
    assert advice in item, item
    edit(path, "    at: 2023-11-21\n", "    at: 2023-11-20\n    note: « Avant le 21 novembre » se lit « au plus tard le 20 novembre », le guide retient le 20 novembre 2023\n")
    assert about(review(root), "academies/clermont-ferrand/2024.yaml", "la date limite « documents »") == []
    edit(path, "    at: 2023-11-20\n    note: « Avant le 21 novembre » se lit « au plus tard le 20 novembre », le guide retient le 20 novembre 2023\n",
         "    at: 2023-11-21\n")
    # an hour on at:: the day itself; a note: the guide's reading said
    edit(path, "    at: 2023-11-21\n", "    at: 2023-11-21 12:00\n")
    assert about(review(root), "academies/clermont-ferrand/2024.yaml", words) == []
    edit(path, "    at: 2023-11-21 12:00\n", "    at: 2023-11-21\n    note: La notice ajoute par courriel que le 21 est compris.\n")
    assert about(review(root), "academies/clermont-ferrand/2024.yaml", words) == []
    # words that give the hour: write it on at: (a review, stop 46: « la veille » was the wrong fix); « inclus »: that day
    edit(path, "    at: 2023-11-21\n    note: La notice ajoute par courriel que le 21 est compris.\n", "    at: 2023-11-21\n")
    edit(path, "avant le 21 novembre 2023.\n", "avant le 21 novembre 2023 à 17 h.\n")
    [item] = about(review(root), "academies/clermont-ferrand/2024.yaml", "la date limite « documents »")
    assert item.endswith("toute la journée, et les mots de la notice disent « avant le 21 novembre 2023 à 17 h » : écrire cette heure sur at: (2023-11-21 17:00)"), item
    edit(path, "avant le 21 novembre 2023 à 17 h.\n", "avant le 21 novembre 2023 inclus.\n")
    assert about(review(root), "academies/clermont-ferrand/2024.yaml", "la date limite « documents »") == []


def test_a_deadline_on_the_day_its_words_leave_out_with_a_note_that_reads_the_eve(root: Path):
    """staffwalk60 M3: « avant le 21 novembre 2023 », ``at:`` typed as the notice's 21st, and the note (the previous
    session's, rewritten) reading the 20th as the last day passed validate silently: the page gave the 21st as the last
    day and, under it, the note saying the 20th. Asked at at:, with the day to write; a note that does not name the eve
    (the guide's own reason for the 21st) is left alone."""
    path = root / "academies" / "clermont-ferrand" / "2024.yaml"
    words = "la note: lit la veille"
    assert about(review(root), "academies/clermont-ferrand/2024.yaml", words) == []
    edit(path, "    at: 2023-11-20\n    words: Le dépôt de ces pièces est à effectuer avant le 21 novembre 2023.\n",
         "    at: 2023-11-21\n    words: Le dépôt de ces pièces est à effectuer avant le 21 novembre 2023.\n")
    line = next(n for n, text in enumerate(path.read_text(encoding="utf-8").splitlines(), 1) if text == "    at: 2023-11-21")
    [item] = about(review(root), "academies/clermont-ferrand/2024.yaml", words)
    assert item.startswith(f"academies/clermont-ferrand/2024.yaml:{line}:") and ": deadlines.documents.at: " in item, item
    assert item.endswith("la date limite « documents » est le 21 novembre 2023 (at:), et les mots de la notice disent « avant le "
                         "21 novembre », qui laisse ce jour dehors ; la note: lit la veille, le 20 novembre 2023, comme dernier "
                         "jour, et la page afficherait les deux : écrire at: 2023-11-20 ; sinon, corriger la note:"), item


def test_registration_dates_against_the_notice_words_in_dates_note(root: Path):
    """A staff walk (50 H1): ``closing: 2024-11-14 17:00`` (or ``2024-11-15 12:00``) passed validate silently beside
    dates_note's « Au vendredi 15 novembre 2024 à 17h00 », the page showing both. Each value is read against the words
    about it (on its day, else after « du » for the opening, « au » for the closing): a problem when those words date it
    for sure (year or weekday written), else a point to check, never markable; nothing on the frozen project."""
    assert [i for i in review(root) if ": session.opening: " in i or ": session.closing: " in i] == []
    toulouse = root / "academies" / "toulouse" / "2024.yaml"
    # a wrong day, a wrong hour: problems, each naming the words and the value to write
    edit(toulouse, "  closing: 2023-11-15 17:00\n", "  closing: 2023-11-14 17:00\n")
    edit(toulouse, "  opening: 2023-10-11 14:00\n", "  opening: 2023-10-11 12:00\n")
    result = run(root, "validate", "academies/toulouse")
    assert_clean(result)
    assert result.code == 1
    assert problems_of(result) == [
        "academies/toulouse/2024.yaml:14:12: session.opening: l'ouverture « 2023-10-11 12:00 » (11 octobre 2023) : "
        "dates_note: (ligne 18) cite les mots de la notice « Du mercredi 11 octobre 2023 à 14h00 », qui donnent une autre "
        "heure : faute de frappe ? écrire opening: 2023-10-11 14:00 ; si la notice donne vraiment 12:00 ailleurs, citer "
        "aussi ces mots-là sous dates_note:",
        "academies/toulouse/2024.yaml:15:12: session.closing: la clôture « 2023-11-14 17:00 » (14 novembre 2023) : "
        "dates_note: (ligne 18) cite les mots de la notice « au mercredi 15 novembre 2023 à 17h00 », qui donnent un autre "
        "jour : faute de frappe ? écrire closing: 2023-11-15 17:00 ; si la notice donne vraiment le 14 novembre 2023 "
        "ailleurs, citer aussi ces mots-là sous dates_note:",
    ]
    # the notice's words for the day and hour kept, quoted too, settle it
    edit(toulouse, "attendre les derniers jours pour s'inscrire !",
         "attendre les derniers jours pour s'inscrire ! Ouverture le 11 octobre 2023 à 12h00, fermeture le mardi 14 "
         "novembre 2023 à 17h00.")
    assert [i for i in review(root) if ": session.opening: " in i or ": session.closing: " in i] == []
    # words without year nor weekday (« du 17 octobre »): a point to check, not markable
    nantes = root / "academies" / "nantes" / "2024.yaml"
    edit(nantes, "du lundi 16 octobre au", "du 17 octobre au")
    [item] = about(review(root), "academies/nantes/2024.yaml", ": session.opening: ")
    assert ("Nantes, session 2024 : l'ouverture « 2023-10-16 » (le 16 octobre 2023) : dates_note: (ligne 19) cite les mots "
            "de la notice « du 17 octobre », qui donnent un autre jour : faute de frappe ? écrire opening: 2023-10-17") in item, item
    assert "vu et juste tel quel" not in item
    # words that give the hour the value lacks: a point to check
    edit(nantes, "du 17 octobre au mercredi 15 novembre 2023", "du lundi 16 octobre au mercredi 15 novembre 2023 à 17h00")
    [item] = about(review(root), "academies/nantes/2024.yaml", ": session.closing: ")
    assert item.endswith("la clôture « 2023-11-15 » (le 15 novembre 2023) est écrite sans heure, mais dates_note: (ligne 19) "
                         "cite les mots de la notice « au mercredi 15 novembre 2023 à 17h00 », qui donnent l'heure : écrire "
                         "closing: 2023-11-15 17:00"), item
    # a session still to verify (the previous notice's words): not asked
    edit(nantes, "  closing: 2023-11-15\n", "  closing: 2023-11-15\n  verify: dates d'inscription\n")
    assert about(run(root, "validate", "academies/nantes", drafts=True).items("à contrôler"), "academies/nantes/2024.yaml", ": session.closing: ") == []


def test_a_date_left_over_is_proposed_as_this_session_s_own_date_when_it_was_one_of_the_session_before(root: Path):
    """A text left with a date of the session before that was one of its own dates (its closing, a deadline…): the
    proposal is this session's same date, not the old day a year on (staffwalk58 M6: « jeudi 12 octobre 2023 » left in
    dates_note: was told « samedi 12 octobre 2024 ? » while the session opened on the 10th; written, the next run told to
    move the opening to the 12th)."""
    assert run(root, "new-session", "clermont-ferrand", "2025", today="2024-10-01").code == 0
    path = root / "academies" / "clermont-ferrand" / "2025.yaml"
    _without_verify_lines(path)
    edit(path, "  closing: 2024-11-15 17:00\n", "  closing: 2024-11-14 16:00\n")
    edit(path, "    at: 2024-11-15 17:00\n", "    at: 2024-11-14 16:00\n")
    edit(path, "  age_reference_date: 2024-11-15\n", "  age_reference_date: 2024-11-14\n")  # (its last day of registration)
    said = [line for line in run(root, "validate", today="2024-10-01").stdout.splitlines()
            if ": deadlines.exam_adjustment.words: « mercredi 15 novembre 2023 » est la date écrite au même endroit" in line]
    assert len(said) == 1 and "(« jeudi 14 novembre 2024 » ?)" in said[0], said


def test_a_day_of_dates_note_left_over_is_proposed_as_the_opening_even_when_the_age_date_kept_the_old_one(root: Path):
    """The old opening's day is now two days (the opening moved to the 14th, age_reference_date left on the 12th by
    new-session's move): for dates_note:, which quotes the notice's words for the registration, the opening's new day
    is proposed, not the old day a year on; written as proposed, the next validate says neither the left-over nor the
    opening against dates_note: (staffwalk69 M6: « samedi 12 octobre 2024 ? », written, was told to move the opening
    back to the 12th)."""
    old = root / "academies" / "clermont-ferrand" / "2024.yaml"
    edit(old, "  closing: 2023-11-15 17:00\n", "  closing: 2023-11-15 17:00\n  dates_note: >-\n"
         "    Du jeudi 12 octobre 2023 à 9 heures au mercredi 15 novembre 2023 à 17 heures.\n")
    edit(old, "  age_reference_date: 2023-11-15\n", "  age_reference_date: 2023-10-12\n")
    edit(old, "le dernier jour des inscriptions, le 15 novembre 2023", "le premier jour des inscriptions, le 12 octobre 2023")
    assert run(root, "new-session", "clermont-ferrand", "2025", today="2024-10-01").code == 0
    path = root / "academies" / "clermont-ferrand" / "2025.yaml"
    _without_verify_lines(path)
    edit(path, "  opening: 2024-10-12 09:00\n", "  opening: 2024-10-14 09:00\n")
    said = [m for m in left_over_dates(root) if m["field"] == "session.dates_note" and m["shown"] == "jeudi 12 octobre 2023"]
    assert len(said) == 1 and said[0]["guess"] == "lundi 14 octobre 2024", [m.group(0) for m in said]
    # (age_reference_note: its own date, the one age_reference_date still gives, which validate asks about)
    [age] = [m for m in left_over_dates(root) if m["field"] == "session.age_reference_note"]
    assert age["guess"] == "12 octobre 2024", age.group(0)
    assert write_the_dates_proposed(root) > 0
    output = run(root, "validate", today="2024-10-01").stdout
    assert left_over_dates(root) == []
    assert [line for line in output.splitlines() if ": session.opening: " in line] == [], output


def test_a_date_left_over_whose_day_two_dates_of_this_session_replace_is_given_no_one_of_them(root: Path):
    """The old closing's day is now two days (the closing on the 14th, the handicap file on the 18th): neither is
    proposed for the words left with it, the same day in the session's year is (review74: taking one of the two, max or
    min, instead of none passed test_lint)."""
    assert run(root, "new-session", "clermont-ferrand", "2025", today="2024-10-01").code == 0
    path = root / "academies" / "clermont-ferrand" / "2025.yaml"
    _without_verify_lines(path)
    edit(path, "  closing: 2024-11-15 17:00\n", "  closing: 2024-11-14 16:00\n")
    edit(path, "    at: 2024-11-15 17:00\n", "    at: 2024-11-18 16:00\n")
    said = [line for line in run(root, "validate", today="2024-10-01").stdout.splitlines()
            if ": deadlines.exam_adjustment.words: « mercredi 15 novembre 2023 » est la date écrite au même endroit" in line]
    assert len(said) == 1 and "(« vendredi 15 novembre 2024 » ?)" in said[0], said


def test_a_deadline_at_the_old_closing_minute_left_when_the_closing_hour_changed(root: Path):
    """A deadline at the closing's very minute in the session before (the handicap file of Clermont-Ferrand: « à la date
    limite d'inscription »), left at the old closing's hour when the new closing's hour changed: a point with the hour to
    write (staffwalk58 M7: « 2024-11-15 17:00 » kept beside a closing at 16:00, « Tout est valide »)."""
    assert run(root, "new-session", "clermont-ferrand", "2025", today="2024-10-01").code == 0
    path = root / "academies" / "clermont-ferrand" / "2025.yaml"
    _without_verify_lines(path)
    # (the closing moved a year at the same hour: the deadline at its minute, moved with it, is no point, review74)
    assert [line for line in run(root, "validate", today="2024-10-01").stdout.splitlines() if "l'heure de l'ancienne" in line] == []
    edit(path, "  closing: 2024-11-15 17:00\n", "  closing: 2024-11-15 16:00\n")
    said = [line for line in run(root, "validate", today="2024-10-01").stdout.splitlines() if "l'heure de l'ancienne" in line]
    assert len(said) == 1 and ": deadlines.exam_adjustment.at: à contrôler : Clermont-Ferrand, session 2025 : « 2024-11-15 17:00 » : " \
        "dans la session 2024, cette date était à la minute de la clôture (« 2023-11-15 17:00 ») ; la clôture de cette session " \
        "est à 16:00 (« 2024-11-15 16:00 »)" in said[0] and "écrire at: 2024-11-15 16:00" in said[0], said
    edit(path, "    at: 2024-11-15 17:00\n", "    at: 2024-11-15 16:00\n")
    assert [line for line in run(root, "validate", today="2024-10-01").stdout.splitlines() if "l'heure de l'ancienne" in line] == []


def test_the_old_closing_hour_at_the_end_of_its_day_is_said_minuit(tmp_path: Path):
    """The same point when the session before closed at 24:00 (a notice's « minuit », Nantes 2024): said « minuit » as
    the other messages say it (lint_deadline_hours), not « 24:00 » in the sentence (review74, fixstaff59); the value to
    write stays the files' form."""
    root = project_copy(tmp_path)
    old = root / "academies" / "clermont-ferrand" / "2024.yaml"
    old.write_text(old.read_text(encoding="utf-8").replace("2023-11-15 17:00", "2023-11-15 24:00"), encoding="utf-8")
    assert run(root, "new-session", "clermont-ferrand", "2025", today="2024-10-01").code == 0
    path = root / "academies" / "clermont-ferrand" / "2025.yaml"
    _without_verify_lines(path)
    edit(path, "  closing: 2024-11-15 24:00\n", "  closing: 2024-11-15 17:00\n")
    said = [line for line in run(root, "validate", today="2024-10-01").stdout.splitlines() if "l'heure de l'ancienne" in line]
    assert len(said) == 1 and "« 2024-11-15 24:00 » : dans la session 2024, cette date était à la minute de la clôture " \
        "(« 2023-11-15 24:00 ») ; la clôture de cette session est à 17:00 (« 2024-11-15 17:00 »), et cette date a gardé " \
        "l'heure de l'ancienne (minuit) : heure restée de la session 2024 ? si la notice la lie à la clôture, écrire at: " \
        "2024-11-15 17:00 (et revoir sa note:) ; si elle donne vraiment minuit, la garder et marquer ce point comme vu" in said[0], said
    # an entry written when the point said « 24:00 » still marks it (fixtests59, review78 L: it came back « ce qui a
    # changé depuis : … n'y est plus : « … 24:00 » », nothing having changed but the guide's words)
    with path.open("a", encoding="utf-8") as file:
        file.write("reviewed:\n  - {point: \"deadlines.exam_adjustment.at\", checked: 2024-09-20, "
                   "seen: \"heure de l'ancienne clôture gardée : 24:00\"}\n")
    result = run(root, "validate", today="2024-10-01")
    assert [line for line in result.stdout.splitlines() if "ancienne clôture" in line or "reviewed[0]" in line] == [], result.stdout


def _without_verify_lines(path: Path) -> None:
    """Every verify: line of a rolled session removed, the file's own over its several lines, as staff do once each
    element is « checked »."""
    out, inside = [], False
    for line in path.read_text(encoding="utf-8").splitlines():
        if inside:
            inside = not line.rstrip().endswith('"')
            continue
        if re.match(r"\s*verify: ", line):
            inside = line.count('"') == 1
            continue
        out.append(line)
    path.write_text("\n".join(out) + "\n", encoding="utf-8")


def test_a_date_left_from_the_previous_session_at_the_same_place_is_a_problem(root: Path):
    """A staff walk (stop 48 M2): « au plus tard le 15/01/2024 », left in session 2025's file where session 2024's said
    it, was only « à contrôler »; published, the PDF said 15/01/2024 beside a dates table saying 15 janvier 2025. A date
    outside the session's year that the text at the same place in the previous session's file quotes too, a date of
    that session, is a problem: it names that file and line and proposes the same day in the session's year; writing it
    leaves no such problem. A new source note quoting it says the notice does write it so; the previous session's
    note, carried over word for word, does not. Other dates outside the year stay points to check."""
    assert run(root, "new-session", "toulouse", "2027").code == 0
    path = root / "academies" / "toulouse" / "2027.yaml"
    assert left_over_dates(root) == []  # (while the verify: lines say them)
    _without_verify_lines(path)
    result = run(root, "validate")
    assert_clean(result)
    assert result.code == 1
    found = left_over_dates(root)
    assert found and all(m["file"] == "academies/toulouse/2027.yaml" for m in found), found
    assert len(found) == len(problems_of(result)), result.output  # (nothing else is a problem)
    (engagement,) = [m for m in found if m["field"] == "deadlines.engagement_etudiant.words"]
    line = next(n for n, t in enumerate(path.read_text(encoding="utf-8").splitlines(), 1) if "téléversé au plus tard le 15/01/2024" in t)
    before = next(n for n, t in enumerate((root / "academies/toulouse/2024.yaml").read_text(encoding="utf-8").splitlines(), 1)
                  if "téléversé au plus tard le 15/01/2024" in t)
    assert engagement.group(0).startswith(f"academies/toulouse/2027.yaml:{line}:"), engagement.group(0)
    (said,) = [l for l in result.stdout.splitlines() if l.startswith(engagement.group(0))]
    assert said.endswith(
        f"deadlines.engagement_etudiant.words: « 15/01/2024 » est la date écrite au même endroit dans le fichier de la session "
        f"2024 (academies/toulouse/2024.yaml, ligne {before}), et elle est hors de l'année de la session 2027 (du 1er septembre 2026 au "
        "31 août 2027) : un reste de la notice précédente ; écrire à la place la date que donne la notice de la session 2027 "
        "(« 15/01/2027 » ?) ; si cette notice écrit vraiment « 15/01/2024 », citer ses mots sous source_notes:, dans words:"), said
    # the guide's reading (a deadline's note): to review; a weekday written: the proposed date's own
    (note,) = [l for l in result.stdout.splitlines() if ": deadlines.exam_adjustment.note: " in l]
    assert "(« mercredi 15 novembre 2023 » ?)" not in note and "un reste de la lecture de la notice précédente ; la revoir" in note, note
    assert "(« dimanche 15 novembre 2026 » ?)" in note, note
    # a source note of the session before: rewritten from the new notice or removed, not quoted in a note again
    # (review53 M4: « citer ses mots sous source_notes: » said at a source note)
    in_notes = [l for l in result.stdout.splitlines() if ": source_notes[" in l and "est la date écrite au même endroit" in l]
    assert in_notes and all("une précision de la session 2024 ; la réécrire d'après la notice de la session 2027" in l
                            and "citer ses mots sous source_notes:" not in l for l in in_notes), in_notes
    # a new source note quoting the date: the notice writes it so; the previous session's, carried over: not
    text = path.read_text(encoding="utf-8")
    notes = "source_notes:\n  - about: Engagement étudiant\n    words: téléversé au plus tard le 15/01/2024\n" \
            "    note: La notice de la session 2027 écrit bien cette date ; le guide retient celle de deadlines.\n"
    path.write_text(text.replace("source_notes:\n", notes, 1), encoding="utf-8")
    assert [m for m in left_over_dates(root) if m["field"] == "deadlines.engagement_etudiant.words"] == []
    assert not [line for line in run(root, "validate").stdout.splitlines() if "« 15/01/2024 »" in line]  # (nor to check)
    previous = root / "academies" / "toulouse" / "2024.yaml"
    kept = previous.read_text(encoding="utf-8")
    previous.write_text(kept.replace("source_notes:\n", notes, 1), encoding="utf-8")  # (the same note there: carried over)
    assert [m for m in left_over_dates(root) if m["field"] == "deadlines.engagement_etudiant.words"] != []
    previous.write_text(kept, encoding="utf-8")
    path.write_text(text, encoding="utf-8")
    # the dates proposed written: none left, and validate passes
    assert write_the_dates_proposed(root) == len(found)
    assert left_over_dates(root) == []
    assert about(review(root), "academies/toulouse/2027.yaml", "est la date écrite au même endroit") == []
    assert "téléversé au plus tard le 15/01/2027" in path.read_text(encoding="utf-8")


def test_a_day_without_its_year_left_from_the_previous_notice_is_asked(root: Path):
    """A staff walk (46 H1): Nantes 2027 rolled, its verify: lines removed, its documents deadline moved from the 19th to
    the 18th of November: the page still said « À déposer le 19 novembre au plus tard » above « au plus tard le mercredi
    18 novembre 2026 », and validate was silent (only a date with its year was checked). A day without its year written
    as the previous session wrote it, at the same place, on which no date of the session falls, is asked, at its words;
    not while the dates keep their days, nor once the words are the new notice's."""
    assert run(root, "new-session", "nantes", "2027", today="2026-11-30").code == 0
    path = root / "academies" / "nantes" / "2027.yaml"
    _without_verify_lines(path)
    assert write_the_dates_proposed(root)  # (dates with their year left from 2026: problems, stop 48 M2)
    words = "les mêmes mots que dans la session précédente"
    assert about(review(root), "academies/nantes/2027.yaml", words) == []  # (the 19 November 2026: the same day)
    # (the deadline's own words moved with it, as in the walk: its at: alone is a problem, staff69 item 3)
    edit(path, "    at: 2026-11-19\n    words: >-\n      pour le 19 novembre 2026", "    at: 2026-11-18\n    words: >-\n      pour le 18 novembre 2026")
    said = about(review(root), "academies/nantes/2027.yaml", words)
    assert said and all("« 19 novembre »" in item for item in said), said
    group = [item for item in said if ": documents[1].group: " in item]
    assert len(group) == 1 and "mots d'une notice précédente ? les remplacer par ceux de la notice de cette session" in group[0], said
    line = next(n for n, text in enumerate(path.read_text(encoding="utf-8").splitlines(), 1) if "group: " in text and "19 novembre" in text)
    assert group[0].startswith(f"academies/nantes/2027.yaml:{line}:"), group[0]
    # the new notice's words: nothing left to ask
    text = path.read_text(encoding="utf-8").replace("19 novembre", "18 novembre")
    path.write_text(text, encoding="utf-8")
    assert about(review(root), "academies/nantes/2027.yaml", words) == []
    # the 12 December deadlines moved to the 11th, their dates with a year replaced: the yearless « 12 décembre » is
    # asked, the source note carried over unchanged does not silence it (a review, stop 46)
    text = path.read_text(encoding="utf-8").replace("at: 2026-12-12", "at: 2026-12-11").replace("samedi 12 décembre 2026", "vendredi 11 décembre 2026").replace("12 décembre 2026", "11 décembre 2026")
    path.write_text(text, encoding="utf-8")
    result = run(root, "validate", today="2026-11-30")
    said = about(result.items("à contrôler"), "academies/nantes/2027.yaml", words)
    assert any("« 12 décembre »" in item for item in said), said
    # (the R408 attestations' words give that one day, « 12 décembre », their at: the 11th: a problem as well, staff69
    # item 3, the only one)
    assert [p.split(": ")[1] for p in problems_of(result) if ": avertissement : " not in p] == ["deadlines.attestations.at"], result.output
    # a day the new notice keeps is marked seen; « 5 avril » is not « 15 avril » (a review, stop 46)
    assert all("vu et juste tel quel" in item for item in said)


def test_a_day_is_not_said_by_a_longer_one():
    from generator.staff.lint import _says

    assert _says("à partir du 15 avril", "15 avril") and not _says("à partir du 15 avril", "5 avril")
    assert _says("le 5 avril", "5 avril") and not _says("le 12 décembre", "2 décembre")


def test_the_guide_s_date_for_the_age_after_the_opening_is_to_check(root: Path):
    """read47 M1: Clermont-Ferrand's « entre 18 et 25 ans », read by the guide on the last day of registration, left out
    whoever turned 26 during the period and registered before. The frozen file keeps that reading: said, with the date
    to write (a date the notice gives is kept, and the point marked seen); the first day of registration, or a piece for
    the older candidates only, say nothing."""
    session = root / "academies" / "clermont-ferrand" / "2024.yaml"
    (item,) = about(review(root), "academies/clermont-ferrand/2024.yaml", "session.age_reference_date")
    assert ("Clermont-Ferrand, session 2024 : la date pour l'âge (2023-11-15) est après l'ouverture des inscriptions "
            "(2023-10-12) : un candidat qui s'inscrit dès l'ouverture à un âge que vise la pièce « jdc » peut ne pas la "
            "recevoir dans sa liste ; si la notice ne donne pas cette date, retenir le premier jour des inscriptions "
            "(age_reference_date: 2023-10-12), le dire dans age_reference_note et écrire age_reference_by_guide: true ; si elle la "
            "donne, la garder") in item, item
    edit(session, "  age_reference_date: 2023-11-15\n", "  age_reference_date: 2023-10-12\n")
    assert about(review(root), "academies/clermont-ferrand/2024.yaml", "session.age_reference_date") == []
    # the guide's date left before the opening (staffwalk69: the opening corrected from the new notice, the date for
    # the age left as new-session moved it): the first day of registration asked for; a date the notice gives, kept
    edit(session, "  age_reference_date: 2023-10-12\n", "  age_reference_date: 2023-10-11\n")
    (item,) = about(review(root), "academies/clermont-ferrand/2024.yaml", "session.age_reference_date")
    assert ("Clermont-Ferrand, session 2024 : la date pour l'âge que retient le guide (age_reference_by_guide: true) est le "
            "11 octobre 2023, avant l'ouverture des inscriptions le 12 octobre 2023 : restée d'une ouverture précédente ? le "
            "guide retient le premier jour des inscriptions : écrire age_reference_date: 2023-10-12, et ce jour dans "
            "age_reference_note") in item, item
    edit(session, "  age_reference_by_guide: true\n", "")
    assert about(review(root), "academies/clermont-ferrand/2024.yaml", "session.age_reference_date") == []
    edit(session, "  age_reference_date: 2023-10-11\n", "  age_reference_date: 2023-10-12\n  age_reference_by_guide: true\n")
    # a piece for the older candidates only: a later date leaves no one out
    edit(session, "  age_reference_date: 2023-10-12\n", "  age_reference_date: 2023-11-15\n")
    edit(session, "age_band: from_18_to_24\n", "age_band: from_26\n")
    assert about(review(root), "academies/clermont-ferrand/2024.yaml", "session.age_reference_date") == []


def test_an_age_note_naming_another_day_than_the_date_for_the_age_is_to_check(root: Path):
    """staffwalk69 M2: age_reference_note rewritten « le 13 octobre 2024 », age_reference_date left on the 12th: the page
    showed both, validate said nothing. A note that writes days, none the date's, is a point « à contrôler » at the note
    (as a deadline's note reading another day than its at:), not markable; a note that writes the date's day, alone or
    beside the notice's, is none."""
    session = root / "academies" / "clermont-ferrand" / "2024.yaml"
    file = "academies/clermont-ferrand/2024.yaml"
    assert about(review(root), file, "session.age_reference_note") == []  # (« le 15 novembre 2023 », the date's day)
    edit(session, "  age_reference_date: 2023-11-15\n", "  age_reference_date: 2023-10-12\n")
    (item,) = about(review(root), file, "session.age_reference_note")
    assert item.startswith(f"{file}:40:42: session.age_reference_note: à contrôler : "), item
    assert ("Clermont-Ferrand, session 2024 : age_reference_note (ligne 40) écrit le 15 novembre, mais la date pour l'âge "
            "est le 12 octobre 2023 (age_reference_date: 2023-10-12) : la page affiche les deux ; l'un n'a pas suivi "
            "l'autre : si l'âge s'apprécie le 12 octobre 2023, écrire ce jour dans age_reference_note ; sinon, corriger "
            "age_reference_date:") in item, item
    output = run(root, "validate").stdout  # (not markable: no reviewed: line to copy for it)
    assert 'point: "session.age_reference_note"' not in output, output
    # the note writing two days, neither the date's
    edit(session, "le 15 novembre 2023 ;", "le 15 novembre 2023 (ou le 13 octobre 2023) ;")
    (item,) = about(review(root), file, "session.age_reference_note")
    assert "écrit les 13 octobre et 15 novembre, mais la date pour l'âge est le 12 octobre 2023" in item, item
    # the note writing the date's day beside the notice's: the guide's reading said
    edit(session, "(ou le 13 octobre 2023)", "(le guide retient le 12 octobre 2023)")
    assert about(review(root), file, "session.age_reference_note") == []
    # the note rewritten for the date: nothing
    edit(session, "le dernier jour des inscriptions, le 15 novembre 2023 (le guide retient le 12 octobre 2023)",
         "le premier jour des inscriptions, le 12 octobre 2023")
    assert about(review(root), file, "session.age_reference_note") == []


def test_a_year_of_the_previous_session_left_on_a_line_unchanged_of_a_text_partly_rewritten_is_asked(root: Path):
    """staffwalk62 M1: Aix-Marseille rolled to 2024, its categories_as_written (several lines) got the renamed CNED
    category of the new notice, and kept « redoublants de la session 2022 » on another line: the text was no longer
    word for word the previous session's, and validate said nothing. A line left word for word the previous session's,
    in a text whose other lines changed, is asked the same, at its words; not once the words are the new notice's."""
    old = root / "academies" / "toulouse" / "2024.yaml"
    edit(old, "- sous la forme globale : il passe", "- sous la forme globale (session 2024) : il passe")
    assert run(root, "new-session", "toulouse", "2027").code == 0
    path = root / "academies" / "toulouse" / "2027.yaml"
    _without_verify_lines(path)
    assert write_the_dates_proposed(root)
    edit(path, "Le candidat à un BTS peut passer son examen :", "Le candidat au BTS peut passer son examen :")
    words = "mots que new-session signale comme propres à la session 2024"
    said = [item for item in about(review(root), "academies/toulouse/2027.yaml", words) if ": topics.passing_form." in item]
    assert len(said) == 1, said
    line = next(n for n, t in enumerate(path.read_text(encoding="utf-8").splitlines(), 1) if "(session 2024)" in t)
    assert said[0].startswith(f"academies/toulouse/2027.yaml:{line}:"), said[0]
    assert ("« session 2024 » : mots que new-session signale comme propres à la session 2024, dans un texte dont "
            "d'autres lignes ont changé, mais dont la ligne qui les cite est restée mot pour mot celle de la session 2024 "
            "au même endroit ; mots de la notice précédente ?") in said[0], said[0]
    edit(path, "(session 2024)", "(session 2027)")
    assert [item for item in about(review(root), "academies/toulouse/2027.yaml", words) if ": topics.passing_form." in item] == []


def test_a_quote_retyped_with_capitals_is_asked(root: Path):
    """staffwalk69: the notice's words retyped in the new session with a capital the notice does not write (« Inscrits en
    seconde année de formation au BTS » become « Inscrits en Seconde Année … »), validate silent, diff saying only
    « formulation retouchée »: a point, at the word, that names the previous session's case; not for a label (a heading
    takes a capital), nor once the notice's case is written back."""
    assert run(root, "new-session", "toulouse", "2027").code == 0
    path = root / "academies" / "toulouse" / "2027.yaml"
    _without_verify_lines(path)
    assert write_the_dates_proposed(root)
    words = "que par ses majuscules"
    assert about(review(root), "academies/toulouse/2027.yaml", words) == []
    edit(path, "Inscrits en seconde année de formation", "Inscrits en Seconde Année de formation")
    edit(path, "label: Candidats en formation à distance (CNED…)", "label: Candidats En Formation à distance (CNED…)")
    (item,) = about(review(root), "academies/toulouse/2027.yaml", words)
    line = next(n for n, t in enumerate(path.read_text(encoding="utf-8").splitlines(), 1) if "Seconde Année" in t)
    assert item.startswith(f"academies/toulouse/2027.yaml:{line}:") and ": who[2].detail: à contrôler : " in item, item
    assert ("« en Seconde » pour « en seconde » ; « Seconde Année » pour « seconde année » : ce texte ne diffère de celui "
            "de la session 2024 au même endroit que par ses majuscules ; les mots de la notice se recopient avec ses "
            "majuscules") in item, item
    edit(path, "Inscrits en Seconde Année de formation", "Inscrits en seconde année de formation")
    assert about(review(root), "academies/toulouse/2027.yaml", words) == []


def test_a_year_of_the_previous_session_left_in_a_text_unchanged_since_it_is_asked(root: Path):
    """A staff walk (48 H1): Toulouse rolled, the verify: line naming « JUIN 2023 » (who[1].detail) removed and the
    words left: validate was silent, and the page told a re-registering candidate both « SESSION JUIN 2024 » and
    « SESSION JUIN 2023 ». A text still word for word the previous session's at the same place that quotes the words
    new-session names (``rollover.stale_words``) is asked, at its words, markable; not while its element has a verify:
    line (which names them), nor once the words are the new notice's."""
    assert run(root, "new-session", "toulouse", "2027").code == 0
    path = root / "academies" / "toulouse" / "2027.yaml"
    assert "detail : mots de la notice 2024 (« juin 2023 »)" in path.read_text(encoding="utf-8")
    words = "mots que new-session signale comme propres à la session 2024"
    assert about(review(root), "academies/toulouse/2027.yaml", words) == []  # (the verify: lines say them)
    _without_verify_lines(path)
    assert write_the_dates_proposed(root)  # (dates with their year left from 2024: problems, stop 48 M2)
    said = about(review(root), "academies/toulouse/2027.yaml", words)
    detail = [item for item in said if ": who[1].detail: " in item]
    assert len(detail) == 1, said
    line = next(n for n, t in enumerate(path.read_text(encoding="utf-8").splitlines(), 1) if "(session juin 2023)" in t)
    assert detail[0].startswith(f"academies/toulouse/2027.yaml:{line}:"), detail[0]
    assert ("Toulouse, session 2027 : « juin 2023 » : mots que new-session signale comme propres à la session 2024, dans "
            "un texte resté mot pour mot celui de la session 2024 au même endroit ; mots de la notice précédente ? les "
            "remplacer par ceux de la notice de cette session ; si elle les écrit encore ainsi (une session passée nommée "
            "exprès), les garder") in detail[0], detail[0]
    assert "vu et juste tel quel" in detail[0]  # (markable: a new notice may name a past session on purpose)
    # the guide's own note carried over: its reading to review, not the notice's words (review53 L1)
    notes = [item for item in said if ": source_notes[" in item and ".note: " in item]
    assert notes and all("lecture du guide de la session précédente ? la revoir" in item and "mots de la notice précédente" not in item
                         for item in notes), notes
    assert any("« en 2024 »" in item for item in said) and any("« session 2023 »" in item for item in said), said
    # a note naming the session of another academy's notice the guide cites: said that such words need no change
    # (a staff walk, stop 55: asked « lecture du guide de la session précédente ? » alone); not the other notes
    other = "« session 2024 » suit « notice de Clermont-Ferrand » : ces mots peuvent nommer la session de cette autre notice, que le texte cite, et n'ont alors pas à changer (marquer ce point comme vu)"
    cited = [item for item in notes if "notice de Clermont-Ferrand" in item]
    assert len(cited) == 1 and other in cited[0] and "vu et juste tel quel" in cited[0], notes
    assert not any(" suit « notice " in item for item in said if item not in cited), said
    # the other points say theirs: no word said twice
    assert not any("est hors de l'année" in item for item in said)
    # the new notice's words: nothing left to ask of them
    edit(path, "(session juin 2023)", "(session juin 2026)")
    assert [item for item in about(review(root), "academies/toulouse/2027.yaml", words) if "juin" in item] == []
    assert about(review(root), "academies/toulouse/2024.yaml", words) == []


def test_a_note_saying_the_guide_retains_the_age_date_asks_for_age_reference_by_guide(root: Path):
    """review56 M2: a session whose age_reference_note says the guide retains the date, without age_reference_by_guide:
    true, gives the lists the guide's date as the notice's: a point says to write it; with it, nothing."""
    session = root / "academies" / "clermont-ferrand" / "2024.yaml"
    assert about(review(root), "academies/clermont-ferrand/2024.yaml", "parle de ce que retient le guide") == []
    edit(session, "  age_reference_by_guide: true\n", "")
    (item,) = about(review(root), "academies/clermont-ferrand/2024.yaml", "parle de ce que retient le guide")
    assert "age_reference_note parle de ce que retient le guide, mais age_reference_by_guide: n'est pas écrit" in item, item


def test_an_address_in_http_is_a_point_while_the_session_is_current(root: Path):
    """« exam_adjustment.url: http://www.ac-clermont.fr » went through without a word (a staff walk, stop 49 L4): a
    point, which says to keep an address the notice prints so (marked seen) and to write https:// otherwise; a past
    session's page archives its notice as printed: nothing said there."""
    from generator.pipeline import load_and_check
    from generator.problems import Problems
    from generator.staff.lint import lint_plain_http

    project, _ = load_and_check(root)
    found = Problems()
    lint_plain_http("Toulouse, session 2024", project.academies["toulouse"].sessions[2024], "", found)
    [point] = found.warnings
    assert point.location.file == "academies/toulouse/2024.yaml" and point.path == "links[0].url"
    assert point.message == (
        "Toulouse, session 2024 : adresse web en http:// (non chiffrée) « http://www.ac-toulouse.fr/cid73900/brevet-de-"
        "technicien-superieur.html » ; le navigateur du candidat peut la dire « non sécurisée » : si la notice l'imprime "
        "ainsi, la garder telle quelle et marquer ce point comme vu ; sinon, écrire https://www.ac-toulouse.fr/cid73900/"
        "brevet-de-technicien-superieur.html (vérifier que la page s'ouvre à cette adresse)")
    assert point.seen == ("adresse http://www.ac-toulouse.fr/cid73900/brevet-de-technicien-superieur.html en http://",)
    # validate: academy.yaml's bts_page (the notice's, http://); the past session's link, nothing
    items = [i for i in review(root) if "en http://" in i]
    assert len(items) == 1 and items[0].startswith("academies/toulouse/academy.yaml:") and ": bts_page: " in items[0], items


def test_staff_and_pages_say_a_session_is_past_on_the_same_day(root: Path):
    """One meaning of « session passée » (staffwalk52 M2): validate's (calendar.session_over: a past session's texts
    left as printed) and the pages' (words.session_over: « Session passée ») agree, day by day, for every session."""
    import datetime as dt

    from generator.merge import build_notices
    from generator.pipeline import load_and_check
    from generator.site import words
    from generator.staff.calendar import session_over

    project, _ = load_and_check(root)
    for notice in build_notices(project):
        session = project.academies[notice.slug].sessions[notice.year]
        start = dt.date(notice.year - 1, 9, 1)
        for day in (start + dt.timedelta(days=n) for n in range(0, 800, 3)):
            assert session_over(session, day) == words.session_over(notice, day), (notice.slug, notice.year, day)
        assert not session_over(session, dt.date(notice.year, 8, 31)) and session_over(session, dt.date(notice.year, 9, 1))


def test_a_contact_at_the_exam_office_s_address_not_said_of_it(root: Path):
    """review58 M4: someone of the exam office is said so (of_exam_office: true), no longer read from the address; a
    contact whose address opens with the office's name without it is a point « à contrôler » (the person the notice
    names under its office, most often), never for Nantes 2024's case officer, who has it."""
    assert about(review(root), "academies/nantes/", "commence par le nom du bureau des examens") == []
    edit(root / "academies" / "nantes" / "2024.yaml", "    of_exam_office: true\n", "")
    items = about(review(root), "academies/nantes/2024.yaml", "commence par le nom du bureau des examens")
    assert len(items) == 1, items
    assert ": contacts[1].address: " in items[0]
    assert "Nantes, session 2024 : l'adresse de « Antoine BELETEAU » commence par le nom du bureau des examens (« Bureau DEC 4-1 »)" in items[0]
    assert "écrire of_exam_office: true sous ce contact" in items[0]


def test_a_part_of_the_page_without_its_place_in_the_notice(root: Path):
    """NOTE51 « Not done »: a session without who_section:, contacts_section: or exam_adjustment.section: got no word from
    validate, its page ending « Qui s'inscrit et comment », « Contacts » or « Aménagement d'épreuves » with « Notice de
    l'académie » alone. A point « à contrôler » at the part's key, never to be marked seen (« non précisé par la notice »
    says the notice does not title it); none where the page prints no such line (Aix 2023: no contact of the notice)."""
    assert about(review(root), "academies/", "manquant ; la page finit") == []
    session = root / "academies" / "toulouse" / "2024.yaml"
    edit(session, "who_section: « I. LES CANDIDATS CONCERNÉS » ; « MODALITES D'INSCRIPTION SUR INTERNET »\n", "")
    edit(session, "\n  section: « IV. POINTS DE VIGILANCE », « 1- Lors de l'inscription », « Demande d'aménagements d'épreuves »\n", "\n")
    edit(session, "contacts_section: \"« Annexe 3 : Coordonnées des gestionnaires par spécialité » ; « II. LA PROCÉDURE "
                  "D'INSCRIPTION », « ③ Confirmation de l'inscription et téléversement des pièces justificatives »\"\n", "")
    text = session.read_text(encoding="utf-8")
    lines = {key: next(i for i, line in enumerate(text.splitlines(), 1) if line.startswith(key)) for key in ("who:", "exam_adjustment:", "contacts:")}
    result = run(root, "validate", "academies/toulouse", today="2026-11-30")
    assert result.code == 0, result.output
    items = about(result.items("à contrôler"), "academies/toulouse/2024.yaml", "manquant ; la page finit")
    assert len(items) == 3, items
    who, adjustment, contacts = sorted(items, key=lambda i: int(i.split(":")[1]))
    # (at the part's first line: its key, or its value's first item)
    assert lines["who:"] <= int(who.split(":")[1]) <= lines["who:"] + 1, who
    assert who.split(":", 3)[3].startswith(" who: à contrôler : Toulouse, session 2024 : who_section manquant ; la page finit "
                                           "« Qui s'inscrit et comment » par « Notice de l'académie » sans dire où la notice le "
                                           "dit ; écrire une ligne who_section: (à la racine du fichier, après who:) avec le "
                                           "titre de ce passage entre « », tel que la notice l'écrit (par exemple who_section: "
                                           "« I. LES CANDIDATS CONCERNÉS », plusieurs séparés par « ; »), ou who_section: non "
                                           "précisé par la notice "
                                           "quand elle ne le titre pas (la page dit alors « passage sans titre »)"), who
    assert lines["exam_adjustment:"] <= int(adjustment.split(":")[1]) <= lines["exam_adjustment:"] + 2, adjustment
    assert (" exam_adjustment: à contrôler : Toulouse, session 2024 : exam_adjustment.section manquant ; la page finit "
            "« Aménagement d'épreuves » par « Notice de l'académie »") in adjustment
    assert "écrire une ligne section: (sous exam_adjustment:) avec le titre" in adjustment
    assert lines["contacts:"] == int(contacts.split(":")[1]), contacts
    assert " contacts: à contrôler : Toulouse, session 2024 : contacts_section manquant ; la page finit « Contacts » par" in contacts
    for point in ("who", "exam_adjustment", "contacts"):  # (never marked seen: the key is written)
        assert f'{{point: "{point}",' not in result.stdout, result.stdout
    # the notice does not title them: said so, nothing left to check
    edit(session, "\nwho:\n", "\nwho_section: non précisé par la notice\nwho:\n")
    edit(session, "\ncontacts:", "\ncontacts_section: non précisé par la notice\ncontacts:")
    edit(session, "\nexam_adjustment:\n", "\nexam_adjustment:\n  section: non précisé par la notice\n")
    assert about(review(root, "2026-11-30", "academies/toulouse"), "academies/toulouse/2024.yaml", "manquant ; la page finit") == []


@pytest.mark.parametrize(("label", "jdc"), [
    ("Certificat JDC", True),
    ("Photocopie du certificat de participation à la journée défense et citoyenneté (JDC) ou attestation d'exemption", True),
    ("Certificat de participation à la Journée de Défense et de Citoyenneté", True),
    ("CERTIFICAT DE PARTICIPATION A LA JOURNEE DEFENSE ET CITOYENNETE", True),
    ("Certificat de la JAPD", True),
    ("Certificat JAPD", True),
    ("Journée Défense Citoyenneté (certificat)", True),  # (without « et »: review60 M3)
    ("Attestation de recensement", False),  # (the look-alike point: generator.staff.lint)
    ("Attestation de formation aux premiers secours", False),
    ("Pièce d'identité (passeport, carte nationale d'identité)", False),
])
def test_a_label_naming_the_jdc(label, jdc):
    """A piece named for the JDC, asked by age without the nationality, is refused without covers: [jdc_certificate]
    (generator.checks.check_jdc_covers, fixture 575: NOTE51, such a piece was given to every nationality): its acronym
    or its full name, any case, with or without accents; a census attestation alone is left to the look-alike point."""
    from generator.checks import names_the_jdc

    assert names_the_jdc(label) is jdc


def test_a_sentence_wrapped_inside_a_literal_text(root: Path):
    """staffwalk52 L4: a sentence of a step wrapped in its « |- » text (« … vous » / « devrez enregistrer … ») showed on
    two lines on the page and in the checklist (a text's line breaks are the notice's, kept). A line ending without
    punctuation before a line opening in lower case is « à contrôler », at that line, and can be marked seen (the notice
    may break its line there); none in the frozen notices, Nantes 2024's letterhead (« Bureau DEC 4-1 » / « dossier
    suivi par : ») being lines of the notice by nature."""
    assert about(review(root), "academies/", "finit sans ponctuation") == []
    session = root / "academies" / "toulouse" / "2024.yaml"
    edit(session, "votre confirmation d'inscription sera générée. Vous devrez enregistrer",
         "votre confirmation d'inscription sera générée. Vous\n      devrez enregistrer")
    line = next(i for i, text in enumerate(session.read_text(encoding="utf-8").splitlines(), 1) if "sera générée. Vous" in text)
    result = run(root, "validate", "academies/toulouse", today="2026-11-30")
    assert result.code == 0, result.output
    (item,) = about(result.items("à contrôler"), "academies/toulouse/2024.yaml", "finit sans ponctuation")
    assert item.startswith(f"academies/toulouse/2024.yaml:{line}:"), item
    assert (": à contrôler : Toulouse, session 2024 : la ligne « …sera générée. Vous » finit sans ponctuation et la suivante "
            "commence en minuscule (« devrez enregistrer ce… ») : la page garde ce retour à la ligne et couperait la phrase "
            "en deux ; si c'est une seule phrase, joindre les deux lignes") in item, item
    assert 'seen: "retour à la ligne après « sera générée. Vous »"}' in result.stdout, result.stdout
    # a line that ends a sentence, or a next line that opens a new one, is no point
    edit(session, "sera générée. Vous\n      devrez enregistrer", "sera générée.\n      Vous devrez enregistrer")
    assert about(review(root, "2026-11-30", "academies/toulouse"), "academies/toulouse/2024.yaml", "finit sans ponctuation") == []
    # a line that ends with a comma is said so (review60 L1: « finit sans ponctuation » was wrong French for it)
    edit(session, "sera générée.\n      Vous devrez enregistrer", "sera générée. Vous devrez,\n      enregistrer")
    (item,) = about(review(root, "2026-11-30", "academies/toulouse"), "academies/toulouse/2024.yaml", "la suivante commence en minuscule")
    assert "la ligne « …générée. Vous devrez, » finit par une virgule et la suivante" in item, item


def test_opening_hours_in_academy_yaml_s_exam_office_note(root: Path):
    """staffwalk52 L3: the notice's office hours written in academy.yaml's exam office note: (« du lundi au vendredi, 9 h
    – 12 h »), which is the guide's sentence for every session and which the notice's PDF does not print. A point « à
    contrôler » at that note, naming the hours and where they go (the session's own exam_office:), markable as seen;
    none for Toulouse's note (« Courriel à privilégier… »)."""
    assert about(review(root), "academies/", "donne des horaires") == []
    academy = root / "academies" / "toulouse" / "academy.yaml"
    edit(academy, "    Courriel à privilégier. Vous pouvez", "    Ouvert du lundi au vendredi, 9 h – 12 h. Courriel à privilégier. Vous pouvez")
    line = next(i for i, text in enumerate(academy.read_text(encoding="utf-8").splitlines(), 1) if "Ouvert du lundi" in text)
    result = run(root, "validate", "academies/toulouse", today="2026-11-30")
    assert result.code == 0, result.output
    (item,) = about(result.items("à contrôler"), "academies/toulouse/academy.yaml", "donne des horaires")
    assert item.startswith(f"academies/toulouse/academy.yaml:{line}:12: exam_office.note: à contrôler : Toulouse : la note: du "
                           "bureau des examens donne des horaires (« du lundi au vendredi ») ; cette note est une phrase du "
                           "guide, la même pour toutes les sessions, que le PDF de la notice n'imprime pas : écrire les "
                           "horaires que donne la notice dans le fichier de sa session, sous son propre exam_office:"), item
    assert 'seen: "horaires dans la note du bureau des examens : du lundi au vendredi"}' in result.stdout, result.stdout
    edit(academy, "Ouvert du lundi au vendredi, 9 h – 12 h. ", "Accueil de 9h00 à 12h00. ")
    (item,) = about(review(root, "2026-11-30", "academies/toulouse"), "academies/toulouse/academy.yaml", "donne des horaires")
    assert "donne des horaires (« 9h00 à 12h00 »)" in item, item


def test_the_previous_sessions_hour_left_in_dates_note_is_corrected_there_first(root: Path):
    """A staff walk (staffwalk53 H2): the new notice's closing hour written on closing: (12:00) but dates_note: still
    quoting the previous session's words with its hour (« à 17 heures »); the message said « écrire closing: … 17:00 »,
    the stale hour. When the words are the previous session's own and give its hour, the advice is first to correct
    dates_note: from the new notice, closing: only if the notice does give that hour; other hours keep the old
    advice."""
    edit(root / "academies" / "clermont-ferrand" / "2024.yaml", "  closing: 2023-11-15 17:00\n",
         "  closing: 2023-11-15 17:00\n  dates_note: >-\n    Ouverture du registre : du jeudi 12 octobre 2023 à 09 heures au "
         "mercredi 15 novembre 2023\n    à 17 heures.\n")
    assert run(root, "new-session", "clermont-ferrand", "2025", "--force").code == 0
    path = root / "academies" / "clermont-ferrand" / "2025.yaml"
    _without_verify_lines(path)
    text = path.read_text(encoding="utf-8")
    assert "  closing: 2024-11-15 17:00\n" in text and "à 17 heures" in text
    # the new notice's days written in, its hour on closing: alone (the walk's mistake m15)
    edit(path, "du jeudi 12 octobre 2023 à 09 heures au mercredi 15 novembre 2023",
         "du samedi 12 octobre 2024 à 09 heures au vendredi 15 novembre 2024")
    line = next(n for n, t in enumerate(text.splitlines(), 1) if t.startswith("  dates_note:"))
    edit(path, "  closing: 2024-11-15 17:00\n", "  closing: 2024-11-15 12:00\n")
    result = run(root, "validate", "academies/clermont-ferrand")
    assert_clean(result)
    (said,) = [p for p in problems_of(result) if ": session.closing: " in p]
    assert said.endswith(
        f"la clôture « 2024-11-15 12:00 » (15 novembre 2024) : dates_note: (ligne {line + 1}) cite « au vendredi 15 novembre 2024 "
        "à 17 heures », mais 17:00 est l'heure de la clôture de la session 2024 et ces mots sont ceux de son fichier : mots "
        f"restés de la notice de la session 2024 ? corriger dates_note: (ligne {line + 1}) d'après la notice de la session 2025 ; "
        "seulement si cette notice donne vraiment 17:00, écrire closing: 2024-11-15 17:00"), said
    # the new file validated alone, as new-session says to: the same advice (review61 H1: the session before was not
    # read, and the typo's advice sent the left-over hour into closing:)
    (alone,) = [p for p in problems_of(run(root, "validate", "academies/clermont-ferrand/2025.yaml")) if ": session.closing: " in p]
    assert alone == said, alone
    # words that are not the previous session's (another hour written there): the typo's advice, as before
    edit(path, "    à 17 heures.\n", "    à 16 heures.\n")
    (said,) = [p for p in problems_of(run(root, "validate", "academies/clermont-ferrand")) if ": session.closing: " in p]
    assert "faute de frappe ? écrire closing: 2024-11-15 16:00" in said and "session 2024" not in said, said


def test_the_vae_service_of_academy_yaml_only_for_a_session_that_counts_vae_candidates(root: Path):
    """A staff walk (staffwalk53 H1): the 2025 notice no longer names the VAE service (nor VAE candidates); the page,
    checklist and command line still gave academy.yaml's vae_office:, beside « ask the exam office », and nothing
    said so. academy.yaml's VAE service is a contact of a session whose who: counts VAE candidates only; a session
    that does not gets a point to check, markable as seen; the session that counts them keeps it."""
    assert run(root, "new-session", "clermont-ferrand", "2025", "--force").code == 0
    path = root / "academies" / "clermont-ferrand" / "2025.yaml"
    # (its verify: lines kept, a draft: without them, last year's dates left in it are problems, and the command line
    # gives no list in words while a file of the project has one, review69 L7 — the lists below are its point)
    text = path.read_text(encoding="utf-8")
    start = text.index("  - situation: vae\n")
    end = text.index("  - situation: in_person\n")
    path.write_text(text[:start] + text[end:], encoding="utf-8")
    result = run(root, "validate", "academies/clermont-ferrand")
    assert_clean(result)
    (item,) = about(result.items("à contrôler"), "academies/clermont-ferrand/2025.yaml", ": who: ")
    assert ("Clermont-Ferrand, session 2025 : academy.yaml donne le service de la VAE (vae_office: « Service en charge des "
            "VAE du rectorat »), mais who: de cette session ne compte pas les candidats à la VAE") in item, item
    assert "marquer ce point comme vu" in item, item
    assert '{point: "who", checked: 2026-11-30, seen: "service de la VAE absent de la notice de cette session"}' in result.stdout
    assert about(result.items("à contrôler"), "academies/clermont-ferrand/2024.yaml", ": who: ") == []
    # the command line's checklist (the page's and the PDF's list: model.session.offices): 2024's gives it, 2025's not
    said = {year: run(root, "checklist", "--academy", "clermont-ferrand", "--session", year, "situation=vae").stdout
            for year in ("2024", "2025")}
    assert "Service en charge des VAE du rectorat" in said["2024"], said["2024"]
    assert "Service en charge des VAE du rectorat" not in said["2025"], said["2025"]


def test_the_vae_service_point_when_who_is_not_given_says_what_to_write_instead(root: Path):
    """review62 L5 (its test, review63 A L5): who: « non précisé par la notice » has no list to add the VAE category to;
    the point says who: is not given and to write, in its place, the categories the notice gives, the VAE one among
    them, not « ajouter leur catégorie sous who: »."""
    assert run(root, "new-session", "clermont-ferrand", "2025", "--force").code == 0
    path = root / "academies" / "clermont-ferrand" / "2025.yaml"
    _without_verify_lines(path)
    _without_section(path, "who", "who: non précisé par la notice\n")
    _without_section(path, "who_section")  # (where the notice gives who: none, said by a problem of its own)
    result = run(root, "validate", "academies/clermont-ferrand")
    assert_clean(result)
    (item,) = [i for i in about(result.items("à contrôler"), "academies/clermont-ferrand/2025.yaml", ": who: ")
               if "service de la VAE" in i]
    assert ("Clermont-Ferrand, session 2025 : academy.yaml donne le service de la VAE (vae_office: « Service en charge des "
            "VAE du rectorat »), mais who: de cette session est « non précisé par la notice » (la notice ne dit pas qui "
            "s'inscrit comment)") in item, item
    assert ("vers lui, écrire à la place de « who: non précisé par la notice » la liste des catégories que donne la notice, "
            "dont la leur (situation: vae, how: elsewhere, avec ses mots sous detail:)") in item, item
    assert "ajouter leur catégorie sous who:" not in item and "marquer ce point comme vu" in item, item
    # the same point for the file validated alone
    alone = run(root, "validate", "academies/clermont-ferrand/2025.yaml")
    assert [i for i in about(alone.items("à contrôler"), "academies/clermont-ferrand/2025.yaml", ": who: ")
            if "service de la VAE" in i] == [item]


def test_a_session_is_compared_with_the_nearest_earlier_session_on_disk(root: Path):
    """review62 L1 (its test, review63 A L1): validate given some files of a folder compares each with the session just
    before it on disk, read for comparison only when it is not among those given (AcademyData.before), as the whole
    folder does: 2024.yaml and 2026.yaml given, 2025.yaml there, 2026 is compared with 2025, not with 2024."""
    from generator.loading import read_academy_folder
    from generator.problems import Problems

    folder = root / "academies" / "clermont-ferrand"
    text = (folder / "2024.yaml").read_text(encoding="utf-8")
    for year in (2025, 2026):  # (read_file only: the dates are not checked against the year here)
        (folder / f"{year}.yaml").write_text(text.replace("  year: 2024\n", f"  year: {year}\n", 1), encoding="utf-8")
    for years, read, before in (({2024, 2026}, [2024, 2026], [2025]), ({2026}, [2026], [2025]), (None, [2024, 2025, 2026], [])):
        problems = Problems()
        data = read_academy_folder(folder, root, problems, years)
        assert not problems.items, [p.message for p in problems.items]
        assert (sorted(data.sessions), sorted(data.before)) == (read, before), years
        assert data.session_before(2026).session.year == 2025, years
        if 2024 in read:  # (2025 read for comparison only, not compared itself: nothing before it is read then)
            assert data.session_before(2024) is None, years
    # 2025.yaml there but with a problem of its own: 2026 is compared with none (not with 2024, while told that it is not
    # compared with 2025), given with 2024.yaml, alone or in the folder; a warning says so to a file given alone
    (folder / "2025.yaml").write_text(text.replace("  year: 2024\n", "  year: 2025\n", 1) + "clé_inconnue: 1\n", encoding="utf-8")
    for years in ({2024, 2026}, {2026}, None):
        problems = Problems()
        data = read_academy_folder(folder, root, problems, years)
        assert data.session_before(2026) is None, years
        assert [w.message.split(" : ")[0] for w in problems.warnings] == (
            ["la session 2025 (academies/clermont-ferrand/2025.yaml) a des problèmes"] if years else []), years
    # without 2025.yaml, the nearest is 2024, read or not
    (folder / "2025.yaml").unlink()
    for years in ({2024, 2026}, {2026}, None):
        assert read_academy_folder(folder, root, Problems(), years).session_before(2026).session.year == 2024, years


def _without_section(path: Path, name: str, instead: str = "") -> None:
    """The top-level section ``name`` of a session file deleted, its lines up to the next top-level key or comment
    (``instead`` written in its place)."""
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    start = next(i for i, line in enumerate(lines) if line.startswith(f"{name}:"))
    end = next(i for i in range(start + 1, len(lines)) if lines[i][:1] not in (" ", "\n", ""))
    path.write_text("".join(lines[:start]) + instead + "".join(lines[end:]), encoding="utf-8")


def test_a_section_the_previous_session_gave_deleted_by_mistake(root: Path):
    """A staff walk (staffwalk53 M4): the whole steps: section deleted by mistake got « clé « steps » manquante ;
    ajouter steps: (…, ou non précisé par la notice) »; written so, the page published without the steps. The missing
    key's message names the previous session's section and says to restore it, « non précisé » only if the new notice
    no longer gives it; « non précisé » after a section the previous session gave is a point to check, markable."""
    assert run(root, "new-session", "clermont-ferrand", "2025", "--force").code == 0
    path = root / "academies" / "clermont-ferrand" / "2025.yaml"
    _without_verify_lines(path)
    before = next(n for n, t in enumerate((root / "academies/clermont-ferrand/2024.yaml").read_text(encoding="utf-8").splitlines(), 1)
                  if t.startswith("steps:")) + 1  # (its first step's line)
    _without_section(path, "steps")
    result = run(root, "validate", "academies/clermont-ferrand")
    assert_clean(result)
    (said,) = [p for p in problems_of(result) if ": steps: " in p]
    assert said.endswith(
        f"steps: clé « steps » manquante ; la session 2024 a cette rubrique (7 éléments, academies/clermont-ferrand/2024.yaml, "
        f"ligne {before}) : supprimée par erreur ? la rétablir (la recopier de ce fichier, ou de la copie de sauvegarde : voir "
        "« Rétablir un fichier abîmé », page « Lire un message d'erreur » du guide du personnel), puis la corriger d'après la "
        "nouvelle notice ; si la nouvelle notice ne la donne vraiment plus, écrire steps: non précisé par la notice"), said
    # the new file validated alone (review61 H1): the same message
    assert [p for p in problems_of(run(root, "validate", "academies/clermont-ferrand/2025.yaml")) if ": steps: " in p] == [said]
    # written « non précisé » as the message allows: valid, a point to check, markable as seen
    path.write_text(path.read_text(encoding="utf-8") + "steps: non précisé par la notice\n", encoding="utf-8")
    result = run(root, "validate", "academies/clermont-ferrand")
    assert [p for p in problems_of(result) if ": steps: " in p] == []
    (item,) = about(result.items("à contrôler"), "academies/clermont-ferrand/2025.yaml", ": steps: ")
    assert about(run(root, "validate", "academies/clermont-ferrand/2025.yaml").items("à contrôler"),
                 "academies/clermont-ferrand/2025.yaml", ": steps: ") == [item]
    assert (f"Clermont-Ferrand, session 2025 : steps: non précisé par la notice, mais la session 2024 en donnait 7 éléments, "
            f"academies/clermont-ferrand/2024.yaml, ligne {before} : rubrique supprimée par erreur ?") in item, item
    assert '{point: "steps", checked: 2026-11-30, seen: "steps que la notice ne donne plus"}' in result.stdout, result.stdout
    # the first session of an academy's files (no session before): the message as before


def test_a_text_naming_another_academy_is_a_point(root: Path):
    """A staff walk (staffwalk54 H2): Toulouse's « DANS L'ACADÉMIE DE TOULOUSE … », copied into another academy's file,
    was published with « Tout est valide ». A text of a session that names another academy: a point, its words quoted,
    markable seen (a notice may name one); its own academy, nothing. The frozen notices name none."""
    assert not [i for i in review(root) if "nomme une autre académie" in i]
    path = root / "academies" / "nantes" / "2024.yaml"
    text = path.read_text(encoding="utf-8")
    at = text.index("    detail: L'inscription doit être faite impérativement")
    path.write_text(text[:at] + "    detail: >-\n      Les candidats qui se réinscrivent DANS L'ACADÉMIE DE TOULOUSE ou dans l'académie\n"
                    "      d'Aix-Marseille, et non dans l'académie de Nantes.\n" + text[text.index("\n", at) + 1:], encoding="utf-8")
    said = [i for i in review(root) if "nomme une autre académie" in i]
    assert len(said) == 2, said
    assert said[0].startswith("academies/nantes/2024.yaml:") and "« ACADÉMIE DE TOULOUSE »" in said[0], said
    assert "« académie d'Aix-Marseille »" in said[1] and not any("« académie de Nantes »" in i for i in said), said
    # copied from a PDF in NFD (each accent apart from its letter): the same words quoted, whole (review65 L4: « académie
    # de Toulous », the accent counted as a letter), and the same words to mark seen
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("Les candidats qui se réinscrivent DANS L'ACADÉMIE DE TOULOUSE",
                                 "Candidats de l'acade\u0301mie de Toulouse, pre\u0301cise\u0301s"), encoding="utf-8")
    said = [i for i in review(root) if "nomme une autre académie" in i]
    assert len(said) == 2 and any("« académie de Toulouse » : ce texte nomme une autre académie" in i for i in said), said


def _copied_from_clermont_ferrand(root: Path) -> Path:
    """Limoges' first session written as a first-timer does: Clermont-Ferrand's folder copied, its name, departments,
    site and year changed, its registration dates and deadlines moved a year on; its texts and source notes left."""
    academies = root / "academies"
    shutil.copytree(academies / "clermont-ferrand", academies / "limoges")
    (academies / "limoges" / "2024.yaml").rename(academies / "limoges" / "2025.yaml")
    academy = academies / "limoges" / "academy.yaml"
    text = academy.read_text(encoding="utf-8").replace("name: Clermont-Ferrand", "name: Limoges")
    text = re.sub(r"departments:\n(  - .*\n)+", 'departments:\n  - {code: "19", name: Corrèze}\n  - {code: "23", name: Creuse}\n'
                  '  - {code: "87", name: Haute-Vienne}\n', text.replace("slug: clermont-ferrand", "slug: limoges"))
    academy.write_text(text.replace("ac-clermont.fr", "ac-limoges.fr"), encoding="utf-8")
    session = academies / "limoges" / "2025.yaml"
    text = session.read_text(encoding="utf-8").replace("  year: 2024", "  year: 2025")
    # (each deadline kept on the day its words write, or on the eve of their « avant le … »: moved off it, its words
    # giving one other day would be a problem of their own, staff69 item 3)
    for old, new in (("2023-10-12", "2024-10-10"), ("2023-11-15 17:00", "2024-11-15 16:00"), ("2023-11-15", "2024-11-15"),
                     ("2023-11-14", "2024-11-14"), ("2023-11-20", "2024-11-20")):
        text = text.replace(old, new)
    session.write_text(text, encoding="utf-8")
    return session


def test_dates_a_source_note_copied_from_another_academy_quotes_are_points(root: Path):
    """A staff walk (staffwalk61 M2): Clermont-Ferrand's folder copied for Limoges' first session, its dates moved,
    its texts left: the deadlines' words « avant le 21 novembre 2023 » in the session 2025 were not said, because a
    source note quoted them (« the notice does write it so »): Clermont-Ferrand's note, copied with the rest. A note
    word for word another academy's silences nothing: the dates it quotes, in the notice's words and in the note
    itself, are points, which name the academy whose note it is."""
    _copied_from_clermont_ferrand(root)
    items = review(root)
    said = [i for i in items if i.startswith("academies/limoges/2025.yaml:") and "« 21 novembre 2023 »" in i]
    fields = sorted(i.split(": ", 2)[1] for i in said)
    assert fields == ["deadlines.documents.as_written", "deadlines.documents.note", "deadlines.documents.words",
                      "source_notes[1].words"], said
    assert all("est hors de l'année de la session 2025" in i and "mot pour mot celle de Clermont-Ferrand, session 2024 "
               "(academies/clermont-ferrand/2024.yaml, ligne " in i for i in said), said
    # Clermont-Ferrand's own file: its note silences its dates, as before
    assert not [i for i in items if i.startswith("academies/clermont-ferrand/") and "hors de l'année" in i], items


def test_a_date_two_academies_notes_quote_word_for_word_outside_both_years_stays_silenced(root: Path):
    """A second reading (review89 M): two notices of session 2024 both write a national rule's « au 31 décembre 2024 »
    (outside the session's year), and each academy's source note quotes it word for word, as it should: it was a
    point on both (« recopiée avec le dossier de cette académie ? »), which no note could settle (never marked seen).
    A note word for word another academy's silences no date of that academy's session's year (the copied folder's
    dates: test above), and silences the others as any note does."""
    note = ("source_notes:\n  - about: Âge\n    words: Les candidats doivent être âgés d'au moins 20 ans au 31 décembre"
            " 2024.\n    note: La notice reprend la règle nationale.\n")
    for academy in ("toulouse", "clermont-ferrand"):
        path = root / "academies" / academy / "2024.yaml"
        path.write_text(path.read_text(encoding="utf-8").replace("source_notes:\n", note, 1), encoding="utf-8")
    assert not [i for i in review(root) if "31 décembre 2024" in i]


def test_a_source_another_academy_s_session_has_is_a_point(root: Path):
    """A staff walk (staffwalk61 L5): Clermont-Ferrand's folder copied for Limoges kept its source:, the file of
    Clermont-Ferrand's notice, with no word (the same source as the session before was said, not as another
    academy's). Now a point naming that academy's session, markable seen; on the later session, the copy: the
    original's source (2024, the copy's 2025), nothing."""
    _copied_from_clermont_ferrand(root)
    said = [i for i in review(root) if ": session.source: " in i]
    assert len(said) == 1 and said[0].startswith("academies/limoges/2025.yaml:"), said
    assert ("source: « ../shared/seeds/003_d168e77859b3390a.txt » est aussi la source de Clermont-Ferrand, session 2024 "
            "(academies/clermont-ferrand/2024.yaml, ligne 42)") in said[0], said


def test_a_source_another_academy_s_session_has_can_be_marked_seen(root: Path):
    """A second reading (review89, a mutation no test saw): two academies may have one notice; the point's line,
    pasted under reviewed: as validate prints it, silences it."""
    from test_reviewed import append

    session = _copied_from_clermont_ferrand(root)
    lines = [line for line in run(root, "validate").stdout.splitlines() if '{point: "session.source"' in line]
    assert len(lines) == 1, lines
    append(session, ["reviewed:", lines[0]])
    assert not [i for i in review(root) if ": session.source: " in i]


def test_a_residence_naming_another_academy_s_department_is_a_point(root: Path):
    """A staff walk (staffwalk61 M3): Limoges' residence: written from Clermont-Ferrand's, « … de l'Allier, du Cantal, de la
    Haute-Loire ou du Puy-de-Dôme peuvent s'inscrire dans l'Académie de Limoges », was published with « Tout est
    valide »: the checklist quotes it to a candidate of Corrèze, under the question of the department. The notice's
    words that say where candidates must reside, naming a department of another academy: a point, its words quoted,
    markable seen; its own departments (Haute-Loire, not the Loire of Lyon), nothing."""
    assert not [i for i in review(root) if "département d'une autre académie" in i]
    path = root / "academies" / "clermont-ferrand" / "2024.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("de l'Allier, du Cantal, de la", "de l'Allier, de la Corrèze, de la"), encoding="utf-8")
    (said,) = [i for i in review(root) if "département d'une autre académie" in i]
    assert said.startswith("academies/clermont-ferrand/2024.yaml:16:") and ": session.residence: à contrôler : " in said, said
    assert "« Corrèze » : ce texte nomme un département d'une autre académie (Corrèze, 19, académie de Limoges)" in said, said


def test_a_residence_naming_an_office_by_its_town_is_no_point(root: Path):
    """review89 L3 (fixstaff64 item 7): « Paris » of « le SIEC de Paris » (an office named by its town, Paris also a
    department's name) was a point; it no longer is. The department written where candidates reside still is."""
    path = root / "academies" / "clermont-ferrand" / "2024.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("peuvent s'inscrire dans l'Académie de Clermont-Ferrand.",
                                 "peuvent s'inscrire dans l'Académie de Clermont-Ferrand, non auprès du SIEC de Paris."),
                    encoding="utf-8")
    assert not [i for i in review(root) if "département d'une autre académie" in i]
    path.write_text(text.replace("peuvent s'inscrire dans l'Académie de Clermont-Ferrand.",
                                 "ou résidant à Paris peuvent s'inscrire dans l'Académie de Clermont-Ferrand."), encoding="utf-8")
    (said,) = [i for i in review(root) if "département d'une autre académie" in i]
    assert "« Paris » : ce texte nomme un département d'une autre académie (Paris, 75, académie de Paris)" in said, said
    # (review92 L2: a department written after « du » or « d' » is the department's own office, « le service des
    # examens du Cher », of another academy: still a point)
    for office, name, code in (("du service des examens du Cher", "Cher", "18"), ("de la préfecture d'Indre-et-Loire", "Indre-et-Loire", "37")):
        path.write_text(text.replace("peuvent s'inscrire dans l'Académie de Clermont-Ferrand.",
                                     f"peuvent s'inscrire dans l'Académie de Clermont-Ferrand, non auprès {office}."), encoding="utf-8")
        (said,) = [i for i in review(root) if "département d'une autre académie" in i]
        assert f"« {name} » : ce texte nomme un département d'une autre académie ({name}, {code}, académie d'Orléans-Tours)" in said, said


def test_a_web_address_on_another_academy_s_site_is_a_point(root: Path):
    """A staff walk (staffwalk61 M5): Clermont-Ferrand's folder copied for Limoges kept its exam adjustment's page,
    https://www.ac-clermont.fr, published as « Page à consulter » on Limoges' page; its e-mail addresses on another
    academy's domain were said, its web addresses were not. A web address of a session (or of academy.yaml) on another
    academy's site: a point, markable seen; not the pages of the academies that organise a specialty
    (managing_academies:), on their sites by nature, nor a past session's."""
    assert not [i for i in review(root, "2026-03-01") if "sur le site d'une autre académie" in i]
    path = root / "academies" / "nantes" / "2026.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("    url: https://www.ac-nantes.fr/positionnement-122104",
                                 "    url: https://www.ac-toulouse.fr/positionnement"), encoding="utf-8")
    (said,) = [i for i in review(root, "2026-03-01") if "sur le site d'une autre académie" in i]
    assert said.startswith("academies/nantes/2026.yaml:76:") and ": à contrôler : Nantes, session 2026 : " in said, said
    assert ("l'adresse « https://www.ac-toulouse.fr/positionnement » est sur le site d'une autre académie (ac-toulouse.fr, "
            "celui de l'académie de Toulouse)") in said, said
    # a past session's addresses are left alone (its page archives its notice): Nantes 2024 on 1 March 2026
    path.write_text(text, encoding="utf-8")
    path = root / "academies" / "nantes" / "2024.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("https://www.ac-nantes.fr/amenagement-d-epreuves-handicap-incapacite-temporaire-121583",
                                 "https://www.ac-toulouse.fr/amenagement-d-epreuves"), encoding="utf-8")
    assert not [i for i in review(root, "2026-03-01") if "sur le site d'une autre académie" in i]


def test_an_organising_academy_s_page_is_no_point_and_another_academy_s_page_can_be_marked_seen(root: Path):
    """A second reading (review89, mutations of staffwalk61 M5's lint that no test saw): the page of the academy that
    organises a specialty (managing_academies:, on its site by nature) is no point; a page of another academy the notice
    does give (links:) is, and the lines validate prints under it, pasted as staff would, silence it."""
    from test_reviewed import append, block, to_paste

    path = root / "academies" / "nantes" / "2026.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("managing_academies: non précisé par la notice", "managing_academies:\n  - specialty: sio\n"
                                 "    academy: Rennes\n    url: https://www.ac-rennes.fr/bts-sio"), encoding="utf-8")
    assert not [i for i in review(root, "2026-03-01") if "sur le site d'une autre académie" in i]
    path.write_text(path.read_text(encoding="utf-8").replace("    url: https://www.ac-nantes.fr/positionnement-122104",
                                                             "    url: https://www.ac-rennes.fr/positionnement"), encoding="utf-8")
    result = run(root, "validate", today="2026-03-01")
    append(path, to_paste(block(result.stdout, "academies/nantes/2026.yaml", "sur le site d'une autre académie")))
    assert not [i for i in review(root, "2026-03-01") if "sur le site d'une autre académie" in i]


def test_a_residence_naming_another_academy_s_department_with_its_academy_is_no_point(root: Path):
    """A second reading (review89): « Les candidats domiciliés en Haute-Corse ou en Corse-du-Sud relèvent de l’académie
    de Corse » names those departments with their academy, on purpose: no department point (the academy named is
    lint_copied_words' point, one for the sentence); a department named without its academy still is."""
    path = root / "academies" / "clermont-ferrand" / "2024.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("Académie de Clermont-Ferrand.\n", "Académie de Clermont-Ferrand. Les candidats domiciliés "
                                 "en Haute-Corse ou en Corse-du-Sud relèvent de l’académie de Corse.\n", 1), encoding="utf-8")
    items = review(root)
    assert not [i for i in items if "département d'une autre académie" in i], items
    assert [i for i in items if "« académie de Corse » : ce texte nomme une autre académie" in i], items
    path.write_text(text.replace("de l'Allier, du Cantal, de la", "de l'Allier, de la Corrèze, de la").replace(
        "Académie de Clermont-Ferrand.\n", "Académie de Clermont-Ferrand (ceux de la Haute-Corse relèvent de l'académie "
        "de Corse).\n", 1), encoding="utf-8")
    said = [i for i in review(root) if "département d'une autre académie" in i]
    assert len(said) == 1 and "(Corrèze, 19, académie de Limoges)" in said[0], said


def test_a_residence_naming_another_academy_s_department_can_be_marked_seen(root: Path):
    """A second reading (review89): the point of a residence: naming another academy's department is markable (a
    notice may name a neighbouring department: « … en Corrèze relèvent de l'académie de Limoges »)."""
    from test_reviewed import append, block, to_paste

    path = root / "academies" / "clermont-ferrand" / "2024.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("de l'Allier, du Cantal, de la", "de l'Allier, de la Corrèze, de la"), encoding="utf-8")
    result = run(root, "validate", today="2026-11-30")
    # (its line is in the block printed under the file's last point: reviewed: and its own line pasted)
    pasted = to_paste(block(result.stdout, "academies/clermont-ferrand/2024.yaml", "la date pour l'âge"))
    append(path, [line for line in pasted if line == "reviewed:" or '"session.residence"' in line])
    assert not [i for i in review(root) if "département d'une autre académie" in i]


def test_a_source_note_carried_over_from_the_academy_s_own_session_is_not_another_academy_s(root: Path):
    """A second reading (review89, a mutation of staffwalk61 M2's lint that no test saw): a note of Nantes 2024 quoting
    a date of its year, carried over word for word into Nantes 2026, is the academy's own note: its date is a point as
    any left-over date, never « mot pour mot celle de Nantes, session 2024 … recopiée avec le dossier de cette
    académie ? »."""
    note = "  - about: Réunion\n    words: Une réunion d'information aura lieu le 18 octobre 2023.\n    note: Dite.\n"
    other = "  - about: Calendrier\n    words: Les dates sont celles de la notice.\n    note: Dite.\n"
    for year, notes in ((2024, other + note), (2026, note)):  # (not at the same place: not the same note's left-over date)
        path = root / "academies" / "nantes" / f"{year}.yaml"
        path.write_text(path.read_text(encoding="utf-8").replace("source_notes:\n", "source_notes:\n" + notes, 1), encoding="utf-8")
    said = [line for line in run(root, "validate").stdout.splitlines()
            if "« 18 octobre 2023 »" in line and line.lstrip().startswith("academies/nantes/2026.yaml:")]
    assert said and not [i for i in said if "mot pour mot celle de" in i], said


def test_steps_whose_source_names_no_place_of_the_notice(root: Path):
    """The CYCLADES steps whose source line names no place of the notice (« Notice de l'académie » alone, on the page
    and in the checklist): a point decided from the places printed (notice_view.step_sections), not from the keys
    written (review64 L3). The frozen Aix-Marseille 2023 names none for its four steps, which its notice announces by a
    sentence (lead_as_written: steps, read69 L4), not a heading: no point; without that sentence, the point, as before
    (review99: the test counted on the file without lead_as_written:)."""
    aix = "academies/aix-marseille/2023.yaml"
    assert not about(review(root), aix, "aucune étape ne dit où la notice la donne")
    path = root / "academies" / "aix-marseille" / "2023.yaml"
    # (the file as it was before: the sentence the first line of steps_as_written:, the same lines as before)
    edit(path, "  # La phrase de la notice qui annonce ses étapes, à la place d'un titre (read69 L4 : la page web la montre\n"
         "  # sous son titre, le PDF à sa place)\n  lead_as_written:\n    steps: \"L'inscription sur Cyclades se fait en 4 étapes :\"\n", "")
    edit(path, "  steps_as_written: |-\n", "  steps_as_written: |-\n    L'inscription sur Cyclades se fait en 4 étapes :\n")
    assert len(about(review(root), aix, "aucune étape ne dit où la notice la donne")) == 1
    # steps under the heading an earlier part of the notice leaves open (processing's path, before steps in layout:):
    # their source line names it, « Comment s'inscrire ? », and no point, though no key of the steps says where
    edit(path, "    documents: PIÈCES A TELEVERSER DANS VOTRE ESPACE CYCLADES\n",
         "    documents: PIÈCES A TELEVERSER DANS VOTRE ESPACE CYCLADES\n  sections_as_written:\n"
         '    processing: ["Comment s\'inscrire ?"]\n')
    assert not [i for i in review(root) if i.startswith(aix + ":") and "où la notice" in i]
    # only step 3 names its part: steps 1 and 2 would say « Notice de l'académie » alone (the path above closed: []);
    # validate refuses the file before the lint (checks.py: the first step must open the part), and the lint, given
    # those places, names the two steps (review64 L3: it said nothing, a step named a part)
    edit(path, '    processing: ["Comment s\'inscrire ?"]\n', "    processing: []\n")
    edit(path, "  - title: Inscription à l'examen de son choix via le compte candidat\n",
         "  - title: Inscription à l'examen de son choix via le compte candidat\n    section_as_written: Comment s'inscrire ?\n")
    result = run(root, "validate", today="2026-11-30")
    assert any(line.startswith(aix + ":") and "steps[3].section_as_written: la première étape n'a pas de section_as_written:" in line
               for line in problems_of(result)), result.output

    from generator.loading import read_project
    from generator.problems import Problems
    from generator.site.notice_view import step_sections
    from generator.merge import build_notice
    from generator.staff.lint import lint_step_sources

    project = read_project(root, Problems(), [root / "academies" / "aix-marseille"])
    data = project.academies["aix-marseille"]
    places = step_sections(build_notice(project.content, data, 2023))
    assert places == [None, None, "« Comment s'inscrire ? »", "« Comment s'inscrire ? »"], places  # (in « »: review73 M1)
    problems = Problems()
    lint_step_sources("Aix-Marseille, session 2023", data.sessions[2023], places, problems)
    said = [(p.location.line, p.path, p.message) for p in problems.warnings]
    assert len(said) == 1, said
    line, at, message = said[0]
    assert (line, at) == (114, "steps[0]"), said  # (the code's path: shown steps[1])
    assert message.startswith(
        "Aix-Marseille, session 2023 : les étapes 1 et 2 (sur 4) ne disent pas où la notice les donne ; la page et la liste "
        "personnalisée les finissent par « Notice de l'académie » sans dire où, les autres étapes par la partie de la notice "
        "qu'elles nomment : écrire section_as_written: sous l'étape 1 avec le titre de la partie de la notice qui l'ouvre"), said


def test_a_category_whose_notice_names_another_duration_than_the_checklist_s_words(root: Path):
    """A staff walk (stop 55 M4): a notice's « Candidats justifiant de trois années d'expérience professionnelle » was
    published with a personal list asking « … d'un an d'expérience professionnelle », and nothing said so. The category
    is pointed at, with both words and where the notice's go; the notice's words under question_words: settle it, and
    the same duration written otherwise (« 1 an » beside « un an ») is no difference."""
    path = root / "academies" / "toulouse" / "2024.yaml"
    assert about(review(root), "academies/toulouse/2024.yaml", "une autre condition que celle de la notice") == []  # (« de 1 an »)
    edit(path, "      Justifiant d'une expérience professionnelle de 1 an dans", "      Justifiant d'une expérience professionnelle de 3 ans dans")
    said = about(review(root), "academies/toulouse/2024.yaml", "une autre condition que celle de la notice")
    line = path.read_text(encoding="utf-8").splitlines().index("  - situation: experience") + 4
    assert len(said) == 1 and said[0].startswith(f"academies/toulouse/2024.yaml:{line}:13: who[3].detail: à contrôler : Toulouse, session 2024 : "), said
    assert "la catégorie « Salariés » dit « 3 ans » ; la liste personnalisée demande « Je travaille et je justifie d'un an" in said[0]
    assert "(content/questions.yaml), « un an » : une autre condition que celle de la notice ; écrire les mots de la notice sous question_words:, situation:, choices: et phrases: pour experience" in said[0]
    assert "reviewed:" not in said[0] and "vu et juste tel quel" not in said[0]  # (settled in the file)
    edit(path, "source_notes:\n", "question_words:\n  situation:\n    section: « I. LES CANDIDATS CONCERNÉS »\n    choices:\n"
         "      experience: Je suis salarié et je justifie de 3 ans d'expérience professionnelle\n    phrases:\n"
         "      experience: vous êtes salarié et justifiez de 3 ans d'expérience professionnelle\nsource_notes:\n")
    assert about(review(root), "academies/toulouse/2024.yaml", "une autre condition que celle de la notice") == []


def test_a_contradiction_s_advice_to_act_before_the_closing_without_advice_after_closing(root: Path):
    """fixtext56 left it (read56 L6): a contradiction whose advice: says to act before the closing of registration
    (« avant la fermeture », « avant la clôture », « avant le » the closing's day) with no advice_after_closing: would
    still be said once registration is closed: a point, at the words; none with advice_after_closing:, nor for another
    day; marked seen when the advice stays true."""
    import shutil

    from generator.pipeline import load_and_check
    from generator.problems import Problems
    from generator.staff.lint import lint_advice_before_closing

    session = root / "academies" / "toulouse" / "2024.yaml"
    words = "avant la clôture des inscriptions"
    assert about(review(root), "academies/toulouse/2024.yaml", words) == []
    text = session.read_text(encoding="utf-8")
    start = text.index("    # une fois les inscriptions closes, le conseil ci-dessus")
    end = text.index("\n\n", start)
    session.write_text(text[:start] + text[end + 1:], encoding="utf-8")
    (item,) = about(review(root), "academies/toulouse/2024.yaml", words)
    assert "contradictions[1].advice: à contrôler : Toulouse, session 2024 : le conseil de la contradiction" in item, item
    assert "(« avant la fermeture »), et elle n'a pas d'advice_after_closing:" in item and "advice_after_closing: (le conseil une fois" in item
    line = item.split(":")[1]
    assert "avant la fermeture" in session.read_text(encoding="utf-8").splitlines()[int(line) - 1], item
    for before, quoted in (("avant le mercredi 15 novembre 2023", "avant le mercredi 15 novembre 2023"),
                           ("avant la clôture des inscriptions", "avant la clôture"), ("avant le 15/11/2023", "avant le 15/11/2023"),
                           ("avant le 16 novembre", None), ("au plus tôt", None)):
        edited = root.parent / f"edited-{len(before)}-{before[-2:]}"
        shutil.copytree(root, edited)
        edit(edited / "academies" / "toulouse" / "2024.yaml", "avant la fermeture du serveur d'inscription, le mercredi 15 novembre 2023\n      à 17h00.",
             f"{before}.")
        project, _ = load_and_check(edited)
        found = Problems()
        lint_advice_before_closing("Toulouse, session 2024", project.academies["toulouse"].sessions[2024], found)
        assert len(found.warnings) == (quoted is not None), (before, [w.message for w in found.warnings])
        if quoted is not None:
            assert f"(« {quoted} »)" in found.warnings[0].message and found.warnings[0].path == "contradictions[0].advice"


def test_an_exam_office_s_words_to_act_before_the_closing(root: Path):
    """read61 L5: after the closing, Toulouse's « Contacts » (page, list, command line, PDF) still said of the exam
    office « À contacter le plus tôt possible et avant la fermeture du serveur d'inscription … »: its role: (and its
    note:) are said at every moment, with no form for after the closing. The frozen Toulouse office's words stay true
    after it; written back to « avant la fermeture », a point at academy.yaml's words, as for a contradiction's advice."""
    path = root / "academies" / "toulouse" / "academy.yaml"
    words = "dit d'agir avant la clôture des inscriptions"
    assert about(review(root), "academies/toulouse/", words) == []
    text = path.read_text(encoding="utf-8")
    start = text.index("  role: >-\n", text.index("exam_office:"))
    end = text.index("\n  emails:", start)
    path.write_text(text[:start] + "  role: >-\n    À contacter le plus tôt possible et avant la fermeture du serveur d'inscription en cas\n"
                    "    d'interrogation ou de difficultés." + text[end:], encoding="utf-8")
    (item,) = about(review(root), "academies/toulouse/", words)
    assert item.startswith("academies/toulouse/academy.yaml:"), item
    assert "exam_office.role: à contrôler : Toulouse, session 2024 : role: du bureau des examens (« Bureau des examens post-bac ») dit" in item.replace("\u00a0", " "), item
    assert "(« avant la fermeture »)" in item, item
    line = int(item.split(":")[1])
    assert "avant la fermeture" in path.read_text(encoding="utf-8").splitlines()[line - 1], item


def test_a_piece_whose_group_is_another_s_with_a_typo(root: Path):
    """A staff walk (stop 56): a new piece's « group: … sur CYCLADE », beside pieces « … sur CYCLADES », was published in
    a table of its own under that title, after the others, and nothing said so. The piece of the rarer spelling is
    pointed at with the group to write; one character apart only when added or taken away (never « option A » and
    « option B »), or case, accents, punctuation and spaces."""
    path = root / "academies" / "toulouse" / "2024.yaml"
    assert about(review(root), "academies/toulouse/2024.yaml", "presque le même") == []
    lines = path.read_text(encoding="utf-8").splitlines()
    other, line = [i for i, text in enumerate(lines, 1) if text == "    group: Candidats ayant présenté l'examen à une session précédente"][:2]
    lines[line - 1] = "    group: Candidats ayant présenté l'examen à une session précedente."
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    said = about(review(root), "academies/toulouse/2024.yaml", "presque le même")
    assert len(said) == 1 and said[0].startswith(f"academies/toulouse/2024.yaml:{line}:12: "), said
    assert ("a pour groupe « Candidats ayant présenté l'examen à une session précedente. », presque le même que celui de "
            f"1 autre pièce (« Candidats ayant présenté l'examen à une session précédente », documents[6], ligne {other}) : la page "
            "en fait un tableau à part, sous son propre titre ; faute de frappe ? écrire group: Candidats ayant présenté "
            "l'examen à une session précédente") in said[0], said
    lines[line - 1] = "    group: Candidats ayant présenté l'examen à une session précédent"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert len(about(review(root), "academies/toulouse/2024.yaml", "presque le même")) == 1
    lines[line - 1] = "    group: Candidats ayant présenté l'examen à une session précédentx"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert about(review(root), "academies/toulouse/2024.yaml", "presque le même") == []  # (a letter changed: another group)


def test_groups_numbered_apart_are_not_a_typo(root: Path):
    """« … annexe 1.2 » and « … annexe 12 » are two groups, not a typo of each other (review70: the key dropped the point
    and read both « …annexe12 »), nor one character apart; a difference of punctuation alone between the same numbers
    (« 1.2 », « 1,2 ») stays pointed at."""
    path = root / "academies" / "toulouse" / "2024.yaml"
    lines = path.read_text(encoding="utf-8").splitlines()
    first, second = [i for i, text in enumerate(lines, 1) if text == "    group: Candidats ayant présenté l'examen à une session précédente"][:2]
    lines[first - 1] = "    group: Candidats ayant présenté l'examen à une session précédente, annexe 1.2"
    for written, typo in (("annexe 12", False), ("annexe 1,2", True)):
        lines[second - 1] = f"    group: Candidats ayant présenté l'examen à une session précédente, {written}"
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        said = about(review(root), "academies/toulouse/2024.yaml", "presque le même")
        assert len(said) == typo, (written, said)


def test_a_group_named_by_another_date_is_not_a_typo(root: Path):
    """Nantes 2026's groups are dates (« À déposer le 12 décembre au plus tard sur CYCLADES »): a piece under « … le 2
    décembre … » is another deadline, not « … le 12 décembre … » with a typo; told « faute de frappe ? écrire group: … le
    12 décembre … », staff followed literally would publish it under the wrong date (review70: a digit added or taken
    away is another number). A letter taken away stays pointed at."""
    path = root / "academies" / "nantes" / "2026.yaml"
    assert about(review(root), "academies/nantes/2026.yaml", "presque le même") == []
    lines = path.read_text(encoding="utf-8").splitlines()
    line = [i for i, text in enumerate(lines, 1) if text == "    group: À déposer le 12 décembre au plus tard sur CYCLADES"][-1]
    lines[line - 1] = "    group: À déposer le 2 décembre au plus tard sur CYCLADES"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert about(review(root), "academies/nantes/2026.yaml", "presque le même") == []
    lines[line - 1] = "    group: À déposer le 12 décembre au plus tard sur CYCLADE"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert len(about(review(root), "academies/nantes/2026.yaml", "presque le même")) == 1


def test_two_categories_of_who_for_the_same_situation_and_routes(root: Path):
    """A staff walk (staffwalk57): the second category's « situation: distance » overwritten by « repeater » (a line
    copied from the one above) passed « Tout est valide »: the page gave « Candidats en formation à distance » as
    repeaters' category, and told a candidate at a distance that the notice does not count them. Two categories of one
    situation and the same routes are pointed at, at the second, with the situations no category gives; different
    routes (a notice's categories by route) are not."""
    path = root / "academies" / "toulouse" / "2024.yaml"
    assert about(review(root), "academies/toulouse/2024.yaml", "même situation") == []
    edit(path, "  - situation: distance\n    how: individual\n    label: Candidats en formation à distance (CNED…)\n    routes: [scolaire, apprenti]\n",
         "  - situation: repeater\n    how: individual\n    label: Candidats en formation à distance (CNED…)\n")
    said = about(review(root), "academies/toulouse/2024.yaml", "même situation")
    assert len(said) == 1 and said[0].startswith("academies/toulouse/2024.yaml:99:16: who[2].situation: à contrôler : "), said
    assert ("la catégorie « Candidats en formation à distance (CNED…) » (who[2]) a la même situation « repeater » que "
            "« Candidats ayant présenté l'examen à une session précédente » (who[1], ligne 88), pour les mêmes voies : "
            "les candidats de cette situation lisent les deux ; une ligne recopiée de la catégorie du dessus ? écrire la situation "
            "de cette catégorie (choix : in_person, distance, repeater, experience, vae)") in said[0], said
    edit(path, "  - situation: repeater\n    how: individual\n    label: Candidats en formation à distance (CNED…)\n",
         "  - situation: repeater\n    how: individual\n    label: Candidats en formation à distance (CNED…)\n    routes: [scolaire]\n")
    assert about(review(root), "academies/toulouse/2024.yaml", "même situation") == []


def test_two_categories_of_one_situation_read_well_with_a_long_label(root: Path):
    """staffwalk57 L5: the point quoted a long label cut « … (130 caractères) », and ended « marquer ce point comme vu ;
    vu et juste tel quel ? pour ne plus le voir : … », the generic tail saying the same again. A long label is cut at a
    word, with « … » only; the case the point may be marked seen in is said once, before the generic tail."""
    path = root / "academies" / "toulouse" / "2024.yaml"
    long = ("Candidats inscrits dans un établissement d'enseignement à distance (CNED ou organisme privé) qui préparent "
            "le diplôme hors contrat")
    edit(path, "  - situation: distance\n    how: individual\n    label: Candidats en formation à distance (CNED…)\n    routes: [scolaire, apprenti]\n",
         f"  - situation: repeater\n    how: individual\n    label: {long}\n")
    (said,) = about(review(root), "academies/toulouse/2024.yaml", "même situation")
    assert "caractères" not in said and said.count("marquer") == 0 and said.count("vu et juste tel quel") == 1, said
    assert ("la catégorie « Candidats inscrits dans un établissement d'enseignement à distance… » (who[2]) a la même "
            "situation « repeater » que « Candidats ayant présenté l'examen à une session précédente » (who[1], ligne 88), "
            "pour les mêmes voies : les candidats de cette situation lisent les deux ; une ligne recopiée de la catégorie "
            "du dessus ? écrire la situation de cette catégorie (choix : in_person, distance, repeater, experience, vae), "
            "sauf si la notice donne vraiment deux catégories pour cette situation ; vu et juste tel quel ? pour ne plus "
            "le voir : ") in said, said


def test_an_address_of_the_staff_guide_s_example_is_a_problem(root: Path):
    """A staff walk (staffwalk57): the example's address, « dec-bts@ac-exemple.fr » (the staff guide's page « Exemple :
    une première session », generator/site/templates/staff_example/academy.yaml), pasted into an academy's files, was a
    point « à contrôler » that could be marked seen, and published. The guide says never to copy its words."""
    edit(root / "academies" / "toulouse" / "academy.yaml", "emails: [dec5@ac-toulouse.fr]", "emails: [dec5@ac-toulouse.fr, dec-bts@ac-exemple.fr]")
    result = run(root, "validate", today="2026-11-30")
    said = problems_of(result)
    assert result.code == 1 and len(said) == 1, result.output
    assert re.fullmatch(
        r"academies/toulouse/academy\.yaml:\d+:\d+: exam_office\.emails\[2\]: l'adresse « dec-bts@ac-exemple\.fr » est sur le "
        r"domaine « ac-exemple\.fr », celui de l'exemple du guide du personnel \(l'« académie d'exemple », qui n'existe pas\) : "
        r"recopiée de l'exemple \? écrire à sa place l'adresse que donne la notice, ou retirer l'adresse", said[0]), said[0]


def test_the_example_address_pasted_into_documents_deposit_is_a_problem(root: Path):
    """staff68: validate's message for « channel: email » without its address gives the example address
    « dec-bts@ac-exemple.fr »; pasted into documents_deposit's email: (one address, not a list), nothing checked its
    domain and it was published. It is the same problem as in exam_office's emails."""
    edit(root / "academies" / "nantes" / "2024.yaml", "documents_deposit:\n  - channel: cyclades\n",
         "documents_deposit:\n  - channel: email\n    email: dec-bts@ac-exemple.fr\n")
    result = run(root, "validate", today="2026-11-30")
    said = problems_of(result)
    assert result.code == 1 and len(said) == 1, result.output
    assert re.fullmatch(
        r"academies/nantes/2024\.yaml:\d+:\d+: documents_deposit\[1\]\.email: l'adresse « dec-bts@ac-exemple\.fr » est sur "
        r"le domaine « ac-exemple\.fr », celui de l'exemple du guide du personnel \(l'« académie d'exemple », qui n'existe "
        r"pas\) : recopiée de l'exemple \? écrire à sa place l'adresse que donne la notice, ou retirer l'adresse", said[0]), said[0]


def test_a_web_address_of_the_staff_guide_s_example_is_a_problem(root: Path):
    """review71: the example's web addresses (« bts_page: https://www.ac-exemple.fr/bts », its notice_url:) pasted into
    an academy's files gave « Tout est valide », a link to a site that is not the academy's published, while the
    example's e-mail address on the same domain is a problem (above). Each is one now; followed literally (the
    notice's address written back), « Tout est valide »."""
    bts_page = "bts_page: http://www.ac-toulouse.fr/cid73900/brevet-de-technicien-superieur.html"
    edit(root / "academies" / "toulouse" / "academy.yaml", bts_page, "bts_page: https://www.ac-exemple.fr/bts")
    edit(root / "academies" / "toulouse" / "2024.yaml", "  notice_url: non précisé\n",
         "  notice_url: https://www.ac-exemple.fr/bts/notice-inscription-bts-2027.pdf\n")
    result = run(root, "validate", today="2026-11-30")
    said = problems_of(result)
    assert result.code == 1 and len(said) == 2, result.output
    for shown, path, url in (("2024", "session.notice_url", "https://www.ac-exemple.fr/bts/notice-inscription-bts-2027.pdf"),
                             ("academy", "bts_page", "https://www.ac-exemple.fr/bts")):
        assert any(re.fullmatch(
            rf"academies/toulouse/{shown}\.yaml:\d+:\d+: {re.escape(path)}: l'adresse web « {re.escape(url)} » est sur le "
            r"domaine « ac-exemple\.fr », celui de l'exemple du guide du personnel \(l'« académie d'exemple », qui n'existe "
            r"pas\) : recopiée de l'exemple \? écrire à sa place l'adresse que donne la notice ou le site de l'académie", s)
            for s in said), said
    edit(root / "academies" / "toulouse" / "academy.yaml", "bts_page: https://www.ac-exemple.fr/bts", bts_page)
    edit(root / "academies" / "toulouse" / "2024.yaml", "  notice_url: https://www.ac-exemple.fr/bts/notice-inscription-bts-2027.pdf\n",
         "  notice_url: non précisé\n")
    result = run(root, "validate", today="2026-11-30")
    assert result.code == 0 and "Tout est valide" in result.output, result.output


def test_checked_alone_missing_is_told_checked_alone(root: Path):
    """A staff walk (staffwalk57 L4): with notice_url: written and checked: removed, the point asked to write « d'où
    vient la notice (notice_url: https://… ou non précisé) » as well; it names only what is missing."""
    edit(root / "academies" / "toulouse" / "2024.yaml", "  checked: 2026-11-30\n", "")
    said = [i for i in review(root) if i.startswith("academies/toulouse/2024.yaml:") and "checked manquant" in i]
    assert len(said) == 1 and said[0].endswith(
        "Toulouse, session 2024 : checked manquant ; écrire sous session: le jour où ce fichier a été vérifié sur la notice "
        "(checked: AAAA-MM-JJ)"), said
    edit(root / "academies" / "toulouse" / "2024.yaml", "  notice_url: non précisé\n", "")
    edit(root / "academies" / "toulouse" / "2024.yaml", "session:\n", "session:\n  checked: 2026-11-30\n")
    said = [i for i in review(root) if i.startswith("academies/toulouse/2024.yaml:") and "notice_url manquant" in i]
    assert len(said) == 1 and said[0].endswith(
        "Toulouse, session 2024 : notice_url manquant ; écrire sous session: d'où vient la notice (notice_url: https://… "
        "ou non précisé)"), said


# (dates_note: folds « du » and « mardi 18 octobre 2022 » on two lines)
@pytest.mark.parametrize("name, what, line, old_value, sunday, saturday, friday, old_words, words, saturday_words", [
    ("closing", "la clôture", 22, "2022-11-21 18:00", "2022-11-20 18:00", "2022-11-19 18:00", "2022-11-18 18:00",
     "lundi 21 novembre 2022 à 18h", "{weekday}20 novembre 2022 à 18h", "{weekday}19 novembre 2022 à 18h"),
    # staff68 L6, review68a: the opening on a Sunday was not looked at
    ("opening", "l'ouverture", 21, "2022-10-18 08:00", "2022-10-16 08:00", "2022-10-15 08:00", "2022-10-14 08:00",
     "mardi 18 octobre 2022 à 8h", "{weekday}16 octobre 2022 à 8h", "{weekday}15 octobre 2022 à 8h"),
])
def test_a_registration_date_on_a_weekend_is_a_point_to_mark_seen(root: Path, name, what, line, old_value, sunday,
                                                                  saturday, friday, old_words, words, saturday_words):
    """staff67 L5: a closing typed on a Sunday (2022-11-20 for the 21st), its notice's words in dates_note: typed with
    it, gave « Tout est valide » and a Sunday on every page; the opening, the same (staff68 L6); and a Saturday
    (staff70 item 2). A point « à contrôler » at the value's line, with the day; a working day says nothing, nor a
    Saturday the notice's words quoted in dates_note: give; a point, it may be marked seen (a notice may close on a
    weekend)."""
    session = root / "academies" / "aix-marseille" / "2023.yaml"
    assert not about(review(root), "academies/aix-marseille/2023.yaml", "dimanche")
    edit(session, f"  {name}: {old_value}", f"  {name}: {sunday}")
    edit(session, old_words, words.format(weekday=""))  # (the notice's words, their weekday not quoted)
    (point,) = about(review(root), "academies/aix-marseille/2023.yaml", "dimanche")
    assert point.startswith(f"academies/aix-marseille/2023.yaml:{line}:{len(name) + 5}: session.{name}: à contrôler : "), point
    day = " ".join(words.format(weekday="").split()[:3])
    assert (f"{what} des inscriptions ({name}: « {sunday} ») tombe le dimanche {day}, jour où "
            f"les services sont fermés : faute de frappe dans la date ? la vérifier sur la notice et corriger {name}:") in point
    assert f'point: "session.{name}"' in point, point
    edit(session, f"  {name}: {sunday}", f"  {name}: {saturday}")
    edit(session, words.format(weekday=""), saturday_words.format(weekday=""))
    (point,) = about(review(root), "academies/aix-marseille/2023.yaml", "tombe le")
    day = " ".join(saturday_words.format(weekday="").split()[:3])
    assert point.startswith(f"academies/aix-marseille/2023.yaml:{line}:{len(name) + 5}: session.{name}: à contrôler : "), point
    assert (f"{what} des inscriptions ({name}: « {saturday} ») tombe le samedi {day}, jour où les services sont fermés : "
            f"faute de frappe dans la date ? la vérifier sur la notice et corriger {name}: ; si la notice donne bien ce "
            f"jour, citer sous dates_note: ses mots qui le disent (« … le samedi {day} »), ou marquer le point comme vu") in point
    edit(session, saturday_words.format(weekday=""), saturday_words.format(weekday="samedi "))
    assert not about(review(root), "academies/aix-marseille/2023.yaml", "tombe le")
    edit(session, f"  {name}: {saturday}", f"  {name}: {friday}")
    edit(session, saturday_words.format(weekday="samedi "),
         saturday_words.replace("19", "18").replace("15 octobre", "14 octobre").format(weekday="vendredi "))
    assert not about(review(root), "academies/aix-marseille/2023.yaml", "tombe le")


def test_a_deadline_on_a_weekend_is_a_point_unless_its_words_give_that_day(root: Path):
    """staff70 item 2: a deadline's at: on a Saturday or a Sunday was not looked at, where the opening's and the
    closing's were. A point « à contrôler » at its at: line; none when its words (words:, as_written:) or the guide's
    note: reading them give that day with its weekday, as Aix-Marseille 2023's « au dimanche 4 décembre 2022 » do; nor said a second time where its
    words give another day (that problem is said)."""
    session = root / "academies" / "aix-marseille" / "2023.yaml"
    file = "academies/aix-marseille/2023.yaml"
    assert not about(review(root), file, "tombe le")
    edit(session, "fixée au dimanche 4 décembre\n", "fixée au 4 décembre\n")
    (point,) = about(review(root), file, "tombe le")
    assert point.startswith(f"{file}:81:9: deadlines.documents.at: à contrôler : "), point
    assert ("Aix-Marseille, session 2023 : la date limite « documents » (« Téléversement du récapitulatif d'inscription "
            "signé et des pi… (106 caractères) », at: « 2022-12-04 ») tombe le dimanche 4 "
            "décembre 2022, jour où les services sont fermés : faute de frappe dans la date ? la vérifier sur la notice et "
            "corriger at: ; si la notice donne bien ce jour, recopier sous words: (ou as_written:) ses mots qui le disent "
            "(« … le dimanche 4 décembre 2022 »), ou, s'il est la lecture du guide, la dire dans note: (« … le dimanche "
            "4 décembre 2022 »), ou marquer le point comme vu") in point, point
    assert 'point: "deadlines.documents.at"' in point, point
    # the guide's reading said in its note: (review70: « avant le lundi 5 » read as the Sunday 4), that day said: nothing
    edit(session, "2022. Aucune inscription hors délai ne sera acceptée.\n",
         "2022. Aucune inscription hors délai ne sera acceptée.\n    note: Le guide lit ce jour comme le dimanche 4 décembre 2022.\n")
    assert not about(review(root), file, "tombe le")
    edit(session, "    note: Le guide lit ce jour comme le dimanche 4 décembre 2022.\n", "")
    edit(session, "    at: 2022-12-04\n", "    at: 2022-12-03\n")
    edit(session, "fixée au 4 décembre\n", "fixée au 3 décembre\n")
    (point,) = about(review(root), file, "tombe le")
    assert "at: « 2022-12-03 ») tombe le samedi 3 décembre 2022, jour où les services sont fermés" in point, point
    edit(session, "fixée au 3 décembre\n", "fixée au samedi 3 décembre\n")
    assert not about(review(root), file, "tombe le")
    # (its words giving another day: that problem alone, at the same line)
    edit(session, "fixée au samedi 3 décembre\n", "fixée au lundi 5 décembre\n")
    result = run(root, "validate", today="2026-11-30")
    at = [line for line in result.output.splitlines() if line.startswith(f"{file}:81:9: deadlines.documents.at:")]
    assert len(at) == 1 and "tombe le" not in at[0], result.output


@pytest.mark.parametrize("name, old_value, sunday, old_words, words", [
    ("closing", "2022-11-21 18:00", "2022-11-20 18:00", "lundi 21 novembre 2022 à 18h", "dimanche 20 novembre 2022 à 18h"),
    ("opening", "2022-10-18 08:00", "2022-10-16 08:00", "mardi 18 octobre 2022 à 8h", "dimanche 16 octobre 2022 à 8h"),
])
def test_a_sunday_the_notice_s_own_words_give_is_no_slip_to_ask_about(root: Path, name, old_value, sunday, old_words, words):
    """review68a: with dates_note: quoting the notice's « au dimanche 20 novembre 2022 », the point still asked « faute
    de frappe dans la date ? » of the Sunday the notice itself gives: nothing to say then (nor a problem: the words and
    the value agree)."""
    session = root / "academies" / "aix-marseille" / "2023.yaml"
    edit(session, f"  {name}: {old_value}", f"  {name}: {sunday}")
    edit(session, old_words, words)
    result = run(root, "validate", today="2026-11-30")
    assert result.code == 0 and problems_of(result) == [], result.output
    assert "dimanche" not in result.output, result.output


def test_a_session_without_documents_deposit_is_a_point_to_check_never_a_problem(root: Path):
    """review67b L6: nothing told staff that documents_deposit: was missing; the page and the checklist then say « Où
    déposer les pièces : non précisé par la notice. », valid (the notice may not say). A point « à contrôler » at the
    session's documents:, that does not block publishing and may be marked seen; none where the file says « non
    précisé par la notice », written, not forgotten (nor on the frozen notices, which say where)."""
    assert about(review(root), "academies/", "documents_deposit: absent") == []
    session = root / "academies" / "nantes" / "2024.yaml"
    text = session.read_text(encoding="utf-8")
    block = "documents_deposit:\n  - channel: cyclades\n    section: « II- INSCRIPTION DEFINITIVE »\n"
    assert block in text
    edit(session, block, "")
    result = run(root, "validate", "academies/nantes", today="2026-11-30")
    assert result.code == 0, result.output  # (published all the same)
    (item,) = about(result.items("à contrôler"), "academies/nantes/2024.yaml", "documents_deposit: absent")
    documents = next(i for i, line in enumerate(session.read_text(encoding="utf-8").splitlines(), 1) if line.startswith("documents:"))
    assert documents <= int(item.split(":")[1]) <= documents + 1, item  # (documents:, or its first item)
    assert "Nantes, session 2024 : documents_deposit: absent" in item and "documents_deposit: non précisé par la notice" in item, item
    edit(session, "\ndocuments:\n", "\ndocuments_deposit: non précisé par la notice\ndocuments:\n")
    assert about(review(root, "2026-11-30", "academies/nantes"), "academies/", "documents_deposit") == []


def test_a_sunday_closing_is_said_once_and_not_in_a_session_still_under_verify(root: Path):
    """The Sunday closing's two silences (staff67 L5), untested (review68a): a closing whose dates_note: words give
    another day is said once, by that problem (« … qui donnent un autre jour : faute de frappe ? »), not a second time as
    a Sunday at the same line; and a session block still under its verify: line says nothing of it (new-session's
    line there names the weekend already): the point comes once that line is removed."""
    session = root / "academies" / "aix-marseille" / "2023.yaml"
    edit(session, "  closing: 2022-11-21 18:00", "  closing: 2022-11-20 18:00")
    result = run(root, "validate", today="2026-11-30")
    at_closing = [line for line in result.output.splitlines() if "academies/aix-marseille/2023.yaml:22:12: session.closing:" in line]
    assert len(at_closing) == 1 and "un autre jour" in at_closing[0], result.output
    assert "tombe le dimanche" not in result.output, at_closing
    edit(session, "au lundi 21 novembre 2022 à 18h", "au dimanche 20 novembre 2022 à 18h")
    edit(session, "  closing: 2022-11-20 18:00\n", "  closing: 2022-11-20 18:00\n  verify: la clôture, à vérifier sur la notice\n")
    result = run(root, "validate", today="2026-11-30")
    assert "la clôture, à vérifier sur la notice" in result.output, result.output
    assert "tombe le dimanche" not in result.output, result.output


def test_several_ways_to_deposit_the_pieces_one_without_its_case_is_a_point_to_check(root: Path):
    """review68b: two ways written (CYCLADES, then post), one without case_as_written:, validated without a word; the
    page and the checklist then said « les pièces se déposent sur CYCLADES. » and « les pièces s'envoient par
    courrier. » one after the other, neither saying for whom or which pieces. A point « à contrôler » at that way's
    channel: line, not blocking, that can be marked seen (a notice may leave the choice); none for one way alone, nor
    for Nantes 2026's two, each with its case."""
    assert about(review(root), "academies/", "sans case_as_written:") == []
    session = root / "academies" / "nantes" / "2024.yaml"
    block = "documents_deposit:\n  - channel: cyclades\n    section: « II- INSCRIPTION DEFINITIVE »\n"
    edit(session, block, block + "  - channel: postal\n    section: « II- INSCRIPTION DEFINITIVE »\n")
    result = run(root, "validate", "academies/nantes", today="2026-11-30")
    assert result.code == 0, result.output  # (published all the same)
    items = about(result.items("à contrôler"), "academies/nantes/2024.yaml", "sans case_as_written:")
    lines = session.read_text(encoding="utf-8").splitlines()
    first = lines.index("documents_deposit:") + 2
    assert [int(i.split(":")[1]) for i in items] == [first, first + 2], items  # (each way's channel: line)
    assert "documents_deposit[2].channel" in items[1] and "channel: postal" in items[1], items[1]
    assert "Nantes, session 2024" in items[0] and "case_as_written:" in items[0], items[0]


def test_a_folded_text_whose_lines_are_a_dashed_list_is_a_point_to_check(root: Path):
    """staff70 item 6: a « - » list written after « >- » where « |- » was meant is valid YAML, folded into one paragraph
    (« … justifier : - soit d'une préparation … ; - soit d'1 année … »), and validate said nothing. A point « à
    contrôler » at its first item folded into the line above, giving the key's line and the sign to write there; none
    for the same text after « |- », nor for a folded text whose lines hold no item (the frozen notices' own)."""
    session = root / "academies" / "aix-marseille" / "2023.yaml"
    file = "academies/aix-marseille/2023.yaml"
    assert about(review(root), "academies/", "un seul paragraphe") == []
    text = session.read_text(encoding="utf-8").splitlines()
    key = text.index("      - text: |-") + 1
    assert text[key].strip().startswith("Pour pouvoir se présenter") and text[key + 1].strip().startswith("- soit d'une")
    edit(session, "      - text: |-\n          Pour pouvoir se présenter", "      - text: >-\n          Pour pouvoir se présenter")
    (point,) = about(review(root), file, "un seul paragraphe")
    # (the path as validate shows it, its items counted from 1)
    assert point.startswith(f"{file}:{key + 2}:11: topics.registration_conditions.notice[1].text: à contrôler : "), point
    assert (f"Aix-Marseille, session 2023 : ce texte est écrit après « >- » (ligne {key}), qui joint ses lignes en un seul "
            "paragraphe, et des lignes y commencent par « - » (« - soit d'une préparation au diplôme dans… ») : la page mettrait "
            "les points de cette liste bout à bout, en un seul paragraphe ; pour garder une ligne par point, écrire « |- » à "
            f"la place de « >- » à la ligne {key} ; si la notice écrit vraiment ces tirets dans une phrase, marquer le point "
            "comme vu") in point, point
    assert 'point: "topics.registration_conditions.notice[1].text"' in point, point


def test_the_guide_s_words_that_place_a_passage_are_told_apart_from_the_notice_s_heading(root: Path):
    """NOTE70: a place of the notice (« Notice de l'académie — … ») read like a heading of the notice although the guide's
    words place the passage (Aix-Marseille 2023's « Remarque importante (fin de la notice) »): a point to check, never
    marked seen, until the notice's heading is written in « » and the guide's words outside them; « » that do not pair
    are a problem, said with the file, line, field and value."""
    aix = root / "academies" / "aix-marseille" / "2023.yaml"
    assert about(review(root), "academies/aix-marseille/2023.yaml", "situe le passage") == []
    edit(aix, "section: « REMARQUE IMPORTANTE », fin de la notice", "section: Remarque importante (fin de la notice)")
    said = about(review(root), "academies/aix-marseille/2023.yaml", "situe le passage")
    assert len(said) == 1, said
    assert re.match(r"academies/aix-marseille/2023\.yaml:\d+:\d+: topics\.r408\.notice\[\d\]\.section: ", said[0]), said
    assert ("Aix-Marseille, session 2023 : « Remarque importante (fin de la notice) » : « fin de la notice » situe le "
            "passage dans la notice ; ce sont les mots du guide") in said[0], said
    assert "écrire entre « » le titre de la notice, tel qu'elle l'écrit" in said[0], said
    # a form's source: too (Nantes 2026's « page suivant la liste des pièces justificatives »)
    nantes = root / "academies" / "nantes" / "2026.yaml"
    edit(nantes, "source: « Annexe 5 » de la notice", "source: Annexe 5 de la notice")
    said = about(review(root), "academies/nantes/2026.yaml", "situe le passage")
    assert len(said) == 1 and "« Annexe 5 de la notice » : « la notice » situe le passage" in said[0], said
    # the heading in « »: settled
    edit(aix, "section: Remarque importante (fin de la notice)", "section: « REMARQUE IMPORTANTE », fin de la notice")
    assert about(review(root), "academies/aix-marseille/2023.yaml", "situe le passage") == []
    # a guillemet left open: a problem
    edit(aix, "section: « REMARQUE IMPORTANTE », fin de la notice", "section: « REMARQUE IMPORTANTE, fin de la notice")
    result = run(root, "validate")
    assert_clean(result)
    assert result.code == 1, result.output
    problems = problems_of(result)
    assert len(problems) == 1, problems
    assert re.match(r"academies/aix-marseille/2023\.yaml:\d+:\d+: \S+section: Aix-Marseille, session 2023 : « « REMARQUE "
                    r"IMPORTANTE, fin de la notice » a un guillemet ouvrant « sans guillemet fermant » après lui ; ", problems[0]), problems


def test_a_heading_of_the_notice_left_outside_guillemets_in_a_place_is_pointed_out(root: Path):
    """review72: in a place of the notice (« Notice de l'académie — … »), the words in « » are the notice's and the others
    the guide's; Clermont-Ferrand 2024's « Informations complémentaires, 7. Attestations de formation obligatoires,
    paragraphe « NB » » presented two headings of the notice, recased, as the guide's words. Words outside « » that are
    not the guide's locating words (« paragraphe », « en-tête de la notice », « ligne »…) are a point to check, markable
    seen, naming them; none for the frozen notices, whose every heading is in « »."""
    items = review(root)
    assert about(items, "academies/", "hors des guillemets") == []
    clermont = root / "academies" / "clermont-ferrand" / "2024.yaml"
    edit(clermont, "section: « INFORMATIONS COMPLEMENTAIRES », « 7. Attestations de formation obligatoires », paragraphe « NB »",
         "section: Informations complémentaires, 7. Attestations de formation obligatoires, paragraphe « NB »")
    (point,) = about(review(root), "academies/clermont-ferrand/2024.yaml", "hors des guillemets")
    assert re.match(r"academies/clermont-ferrand/2024\.yaml:260:\d+: \S*section: ", point), point
    assert "Clermont-Ferrand, session 2024 : « Informations complémentaires, 7. Attestations de formation" in point, point
    assert (" : « Informations complémentaires » et « 7. Attestations de formation obligatoires » sont hors des "
            "guillemets : la page") in point, point
    assert "écrire chaque titre de la notice entre « », tel qu'elle l'écrit (majuscules comprises)" in point, point
    assert "si ce sont bien des mots du guide, marquer le point comme vu" in point, point
    # a heading alone, without any « » (Toulouse's « IV-1 Choix de la langue »): the same point
    toulouse = root / "academies" / "toulouse" / "2024.yaml"
    edit(toulouse, "section: « IV. POINTS DE VIGILANCE », « 1- Lors de l'inscription », « Choix de la langue »",
         "section: IV-1 Choix de la langue")
    (point,) = about(review(root), "academies/toulouse/2024.yaml", "hors des guillemets")
    assert "« IV-1 Choix de la langue » : « IV-1 Choix de la langue » est hors des guillemets" in point, point
    # the headings in « », the guide's word outside: settled
    edit(clermont, "section: Informations complémentaires, 7. Attestations de formation obligatoires, paragraphe « NB »",
         "section: « INFORMATIONS COMPLEMENTAIRES », « 7. Attestations de formation obligatoires », paragraphe « NB »")
    assert about(review(root), "academies/clermont-ferrand/2024.yaml", "hors des guillemets") == []


def test_a_text_cut_by_a_comment_on_its_line_is_a_point_to_check(root: Path):
    """NOTE70 (staff71): « label: … # x », a « # » after a space on the line of a text written without quotes, starts a
    YAML comment: the text stopped before it, silently (a « # » glued to a word is a problem already, strict_yaml's
    _check_hash_cuts). A point « à contrôler » at the « # », for a session's text, a map's text (its key's line) and
    an academy's, giving the line to write between quotes; none for a comment on its own line, a text between quotes,
    a comment after a web address (Aix-Marseille's and Toulouse's website:) or the frozen notices as they are."""
    assert about(review(root), "academies/", "est lue comme un commentaire") == []
    session = root / "academies" / "toulouse" / "2024.yaml"
    label = "    label: Transmission par voie postale de la demande d'aménagements d'épreuves au médecin désigné par la CDAPH\n"
    cut = "    label: Transmission par voie postale de la demande d'aménagements d'épreuves # au médecin désigné par la CDAPH\n"
    edit(session, label, cut)
    nantes = root / "academies" / "nantes" / "2026.yaml"
    edit(nantes, "    pré-inscrit: Candidature importée (import BEE ou fichier csv).\n",
         "    pré-inscrit: Candidature importée  # (import BEE ou fichier csv).\n")
    office = root / "academies" / "toulouse" / "academy.yaml"
    edit(office, "  name: Bureau des examens post-bac\n", "  name: Bureau des examens # post-bac\n")
    items = review(root)
    line = session.read_text(encoding="utf-8").splitlines().index(cut.rstrip("\n")) + 1
    (point,) = about(items, "academies/toulouse/2024.yaml", "est lue comme un commentaire")
    assert point.startswith(f"academies/toulouse/2024.yaml:{line}:{cut.index('#') + 1}: deadlines.exam_adjustment.label: "
                            "à contrôler : "), point
    assert ("Toulouse, session 2024 : ce texte s'arrête à « …demande d'aménagements d'épreuves » : la suite de la ligne, « # au "
            "médecin désigné par la CDAPH », est lue comme un commentaire (un « # » après une espace) : elle n'est ni sur "
            "la page, ni dans la liste personnalisée, ni dans le PDF ; si ces mots font partie du texte, écrire tout le "
            "texte entre guillemets : label: \"Transmission par voie postale de la demande d'aménagements d'épreuves # au "
            f"médecin désigné par la CDAPH\" ; si c'est un commentaire, l'écrire sur sa propre ligne, au-dessus de la ligne {line}") in point, point
    assert "point:" not in point  # (settled in the file: nothing to mark seen)
    (state,) = about(items, "academies/nantes/2026.yaml", "est lue comme un commentaire")
    assert ": establishment_guide.candidate_states.pré-inscrit: à contrôler : " in state, state
    assert "ce texte s'arrête à « …Candidature importée » : la suite de la ligne, « # (import BEE ou fichier csv). »" in state, state
    (name,) = about(items, "academies/toulouse/academy.yaml", "est lue comme un commentaire")
    assert ": exam_office.name: à contrôler : Toulouse : ce texte s'arrête à « …Bureau des examens » " in name, name
    assert 'name: "Bureau des examens # post-bac"' in name, name
    # the same words between quotes, or the comment on its own line: nothing to say
    edit(session, cut, "    label: \"Transmission par voie postale de la demande d'aménagements d'épreuves # au médecin désigné par la CDAPH\"\n")
    edit(nantes, "    pré-inscrit: Candidature importée  # (import BEE ou fichier csv).\n",
         "    # (import BEE ou fichier csv).\n    pré-inscrit: Candidature importée\n")
    edit(office, "  name: Bureau des examens # post-bac\n", "  # post-bac\n  name: Bureau des examens\n")
    assert about(review(root), "academies/", "est lue comme un commentaire") == []
    # a « # » glued to a word: a problem already (strict_yaml), not said twice
    edit(office, "  name: Bureau des examens\n", "  name: Bureau des examens #post-bac\n")
    result = run(root, "validate", today="2026-11-30")
    assert [line for line in problems_of(result) if "« # » après une espace commence un commentaire" in line], result.output
    assert not [item for item in result.items("à contrôler") if "est lue comme un commentaire" in item], result.output


def test_a_plain_text_ending_in_an_arrow_is_not_taken_for_a_folded_one(root: Path):
    """NOTE70 (staff71): the folded-list point looked for « > » after « : » or « - » anywhere on the key's line, so a
    text written without quotes whose first line ends in « -> », then goes on below (YAML joins those lines, and a
    line of them may start with « - »), was told it was written after « > » and to write « | » there. The header is now
    read where the text starts: nothing said there; the same lines after « >- » still are."""
    session = root / "academies" / "aix-marseille" / "2023.yaml"
    file = "academies/aix-marseille/2023.yaml"
    block = ("      - text: |-\n          L'inscription étant un acte personnel, il est demandé aux candidats :\n"
             "          - de procéder eux-mêmes à leur inscription afin d'éviter toute omission ou erreur d'enregistrement ;\n"
             "          - d'éviter de s'inscrire dans les derniers jours.\n")
    plain = ("      - text: L'inscription étant un acte personnel ->\n          il est demandé aux candidats\n"
             "          - de procéder eux-mêmes à leur inscription afin d'éviter toute omission ou erreur d'enregistrement ;\n"
             "          - d'éviter de s'inscrire dans les derniers jours.\n")
    edit(session, block, plain)
    assert about(review(root), file, "un seul paragraphe") == []
    edit(session, plain, plain.replace("      - text: L'inscription étant un acte personnel ->\n",
                                       "      - text: >-\n          L'inscription étant un acte personnel ->\n"))
    (point,) = about(review(root), file, "un seul paragraphe")
    assert "ce texte est écrit après « >- »" in point, point


def test_a_text_giving_the_portal_s_address_that_the_page_does_not_read_is_pointed_out(root: Path):
    """review71 M3, review72: the notice page says « cette notice n'en donne pas l'adresse » of the CYCLADES portal unless
    the notice gives it, among its links: or in one of the texts it quotes (notice_view.gives_address); validate asks
    it the same: a notice that writes it in its first step only (frozen Nantes 2024, its link taken out) gives it, no
    point; one that writes it only in a text the page does not read for it (documents_elsewhere:) gets a point at that
    text, with the line to add under links:."""
    session = root / "academies" / "nantes" / "2024.yaml"
    file = "academies/nantes/2024.yaml"
    assert about(review(root), file, "portail CYCLADES") == []
    edit(session, "  - id: cyclades\n    label: CYCLADES, espace candidat (connexion)\n"
                  "    url: https://cyclades.education.gouv.fr/cyccandidat/portal/login\n", "")
    assert about(review(root), file, "portail CYCLADES") == []  # (no text gives it: nothing to say)
    step = "      Connectez-vous impérativement à votre compte CYCLADES existant"
    edit(session, step, "      Adresse : https://cyclades.education.gouv.fr/cyccandidat/portal/login.\n\n" + step)
    assert about(review(root), file, "portail CYCLADES") == []  # (the page reads it there: it says the notice gives it)
    edit(session, "      Adresse : https://cyclades.education.gouv.fr/cyccandidat/portal/login.\n\n" + step, step)
    edit(session, "  devez téléverser dans votre espace CYCLADES les pièces justificatives demandées.\n",
         "  devez téléverser dans votre espace CYCLADES (cyclades.education.gouv.fr/cyccandidat/portal/login) les pièces\n"
         "  justificatives demandées.\n")
    (point,) = about(review(root), file, "portail CYCLADES")
    assert re.match(r"academies/nantes/2024\.yaml:\d+:\d+: documents_elsewhere: ", point), point
    assert ("Nantes, session 2024 : ce texte donne l'adresse du portail CYCLADES (https://cyclades.education.gouv.fr/"
            "cyccandidat/portal/login), mais ni links: ni un texte de la notice que la page cite") in point, point
    assert "ajouter sous links: une ligne pour cette adresse (id: cyclades, label: " in point, point


def test_documents_by_route_pasted_into_a_candidates_notice(root: Path):
    """staff76 item 1: documents_by_route: true (an establishments' notice's list, a column per route: Nantes 2026)
    pasted into a notice for individual candidates was accepted silently, and its PDF printed three crossed columns.
    Pieces that name routes (frozen Toulouse 2024): a point at that line, saying the audience, markable seen (such a
    notice may have those columns); pieces that never name one (frozen Clermont-Ferrand 2024): a warning, whatever the
    audience (every piece crossed in every column), never a problem: the notice still publishes."""
    from test_reviewed import append, block, to_paste

    # (« session.documents_by_route: »: the test's folder, named after it, is in the commands the items give)
    assert not any("session.documents_by_route: " in i for i in review(root))  # (frozen Nantes 2026: its pieces name routes)
    toulouse = root / "academies" / "toulouse" / "2024.yaml"
    edit(toulouse, "  audience: individual\n", "  audience: individual\n  documents_by_route: true\n")
    (point,) = about(review(root), "academies/toulouse/2024.yaml", "session.documents_by_route: ")
    audience = toulouse.read_text(encoding="utf-8").split("\n").index("  audience: individual") + 1
    assert point.startswith(f"academies/toulouse/2024.yaml:{audience + 1}:23: session.documents_by_route: à contrôler : "
                            "Toulouse, session 2024 : documents_by_route: true "), point
    assert f"la notice est pour les candidats individuels (audience: individual, sous session:, ligne {audience})" in point
    assert "si la liste de la notice n'a pas ces colonnes, retirer la ligne documents_by_route: true" in point
    # (its line is in the file's block to copy, under the file's last point: reviewed:, then that line alone)
    result = run(root, "validate", today="2026-11-30")
    under = re.search(r"sa ligne \(point: \"session\.documents_by_route\"\) est dans le bloc à copier donné sous le point de "
                      r"la ligne ([0-9]+) de ce fichier", point)
    assert under, point
    lines = to_paste(block(result.stdout, f"academies/toulouse/2024.yaml:{under.group(1)}", ""))
    mark = '  - {point: "session.documents_by_route", checked: 2026-11-30, seen: "la liste des pièces de la notice a une colonne par voie"}'
    assert lines[0] == "reviewed:" and mark in lines, lines
    append(toulouse, ["reviewed:", mark])
    assert about(review(root), "academies/toulouse/2024.yaml", "session.documents_by_route: ") == []

    clermont = root / "academies" / "clermont-ferrand" / "2024.yaml"
    edit(clermont, "  audience: individual\n", "  audience: individual\n  documents_by_route: true\n")
    result = run(root, "validate", today="2026-11-30")
    assert_clean(result)
    assert result.code == 0, result.output
    (warning,) = [w for w in problems_of(result) if "session.documents_by_route: " in w]
    assert re.match(r"academies/clermont-ferrand/2024\.yaml:\d+:23: session\.documents_by_route: avertissement : "
                    r"documents_by_route: true .* aucune pièce de documents: n'a de condition when: qui nomme une voie", warning), warning
    assert "la notice est d'ailleurs pour les candidats individuels" in warning, warning
    assert not any("session.documents_by_route: " in i for i in result.items("à contrôler"))  # (said once, as the warning)


def test_candidates_said_to_have_failed_the_session_itself_or_a_later_one(root: Path):
    """nextsession77 item 2 (staff76's walk): a bare year replaced twice in a row (« en 2025 » → « en 2026 », then
    « en 2026 » → « en 2027 ») left « Candidats ajournés en 2027 » in the 2027 file: no candidate of a session failed it,
    or a later one, before registering. A point with the file, line, field, words and fix, markable seen; the frozen
    notices' own years (« ajournés en 2025 » for 2026, « ajourné en 2023 » for 2024) are not one."""
    assert not any("ajourné" in i for i in review(root))
    path = root / "academies" / "nantes" / "2026.yaml"
    edit(path, "label: Candidats ajournés en 2025 qui", "label: Candidats ajournés en 2027 qui")
    edit(path, "NB : les candidats ajournés en 2025 sont", "NB : les candidats AJOURNÉS EN\n      2026 sont")
    lines = path.read_text(encoding="utf-8").split("\n")
    label = next(n for n, line in enumerate(lines, 1) if "label: Candidats ajournés en 2027" in line)
    detail = next(n for n, line in enumerate(lines, 1) if "AJOURNÉS EN" in line)
    said = [i for i in review(root) if "ajourné" in i]
    assert len(said) == 2, said
    assert said[0].startswith(f"academies/nantes/2026.yaml:{label}:") and ": who[2].label: à contrôler : " in said[0], said
    assert ("Nantes, session 2026 : « Candidats ajournés en 2027 qui ne sont plus scolarisés dans l'établissement » : "
            "« ajournés en 2027 » nomme la session 2027, qui n'est pas passée quand s'inscrivent les candidats de la session "
            "2026 : un candidat ajourné l'a été à une session d'avant, 2025 ou plus tôt ; reste d'une année remplacée deux "
            "fois de suite (« 2025 » par « 2026 », puis « 2026 » par « 2027 ») ? écrire l'année que donne la notice de la "
            "session 2026 (« ajournés en 2025 » ?) ; si la notice écrit bien « ajournés en 2027 », marquer ce point comme vu") in said[0], said[0]
    # the session's own year too, over two lines of a text, at the line of its first word
    assert said[1].startswith(f"academies/nantes/2026.yaml:{detail}:") and ": who[2].detail: " in said[1], said
    assert "« AJOURNÉS EN 2026 » nomme la session 2026" in said[1] and "(« AJOURNÉS EN 2025 » ?)" in said[1], said[1]
    # marked seen: gone
    with path.open("a", encoding="utf-8") as out:
        out.write('reviewed:\n  - {point: "who[2].label", checked: 2026-11-30, seen: "« ajournés en 2027 »"}\n')
    left = [i for i in review(root) if "ajourné" in i]
    assert len(left) == 1 and left[0].split(" ; vu et juste tel quel ?")[0] == said[1].split(" ; vu et juste tel quel ?")[0], left
