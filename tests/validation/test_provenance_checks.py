"""validate refuses national content without a national source in force, and claims a session does not support.

Each test edits one national file of a copy of ``content/`` beside the small
fixture academy (tests/validation/base) and asserts the exact problems printed.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from project_support import FROZEN
from validation_support import build_root, validate_in_process
from validation_support import validate_here as run_validate  # (in this process: speedtests61)


def _edit(root: Path, name: str, old: str, new: str) -> None:
    path = root / "content" / name
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{name}: {old!r} not found"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def line_of(root: Path, name: str, needle: str) -> int:
    lines = (root / "content" / name).read_text(encoding="utf-8").splitlines()
    return next(i for i, line in enumerate(lines, 1) if needle in line)


@pytest.fixture
def root(tmp_path: Path) -> Path:
    return build_root(tmp_path)


def test_a_national_statement_without_sources_is_refused(root):
    _edit(root, "topics.yaml", "        sources: [code_education_d643_23]\n", "")
    run = run_validate(root)
    assert run.code == 1
    line = line_of(root, "topics.yaml", "      compensation:")
    assert run.headlines() == [
        f"content/topics.yaml:{line + 1}:9: topics.passing_form.statements.compensation.sources: clé « sources » manquante ; "
        "ajouter sources: (textes nationaux qui le disent (identifiants de content/texts.yaml))"
    ]


def test_a_national_statement_citing_an_unknown_text_is_refused(root):
    _edit(root, "topics.yaml", "sources: [code_education_d643_23]", "sources: [code_education_d643_32]")
    run = run_validate(root)
    line = line_of(root, "topics.yaml", "code_education_d643_32")
    assert run.headlines() == [
        f"content/topics.yaml:{line}:19: topics.passing_form.statements.compensation.sources[1]: texte national inconnu "
        "« code_education_d643_32 » ; vouliez-vous dire « code_education_d643_23 » ? (identifiants de content/texts.yaml)"
    ]


def test_a_national_statement_speaking_for_the_notice_is_refused(root):
    _edit(
        root, "topics.yaml",
        "d'un DUT ou d'un diplôme de niveau 5 ou supérieur,",
        "d'un DUT ou d'un diplôme de niveau 5 ou supérieur (liste dans cette notice),",
    )
    run = run_validate(root)
    line = line_of(root, "topics.yaml", "      holders:")
    assert run.headlines() == [
        f"content/topics.yaml:{line + 3}:73: topics.dispensations.statements.holders.text: « cette notice » : une règle nationale "
        "ne parle pas à la place d'une notice ; écrire cette phrase dans le fichier de chaque académie dont la notice le dit"
    ]


def test_a_text_dated_after_the_registration_of_a_session_it_applies_to_is_refused(root):
    # The « note de service du 12 juin 2025 » cannot govern the 2024 session (registrations closed in November 2023).
    _edit(root, "texts.yaml", "    date: 2025-06-12\n    from_session: 2026\n", "    date: 2025-06-12\n    from_session: 2024\n")
    run = run_validate(root)
    line = line_of(root, "texts.yaml", "    date: 2025-06-12") + 1
    assert run.headlines() == [
        f"content/texts.yaml:{line}:19: texts.note_de_service_2025_06_12.from_session: le texte « note de service du 12 juin 2025 » "
        "est daté du 2025-06-12, après la fin des inscriptions de la session 2024 de Fixture (2023-11-15) : il ne peut pas s'y "
        "appliquer ; corriger from_session: (première session dont les inscriptions suivent le texte)"
    ]


def test_a_statement_relying_on_data_the_session_does_not_give_is_refused(root):
    _edit(root, "topics.yaml", "        sources: [code_education_d643_23]\n", "        sources: [code_education_d643_23]\n        claims: [managing_academies]\n")
    run = run_validate(root)
    assert run.headlines() == [
        "academies/fixture/2024.yaml:63:3: topics.passing_form: la phrase nationale « compensation » de la rubrique « passing_form » "
        "s'appuie sur « managing_academies », que cette notice ne donne pas ; écrire topics: passing_form: drop: compensation: "
        "(pourquoi) ou replace: avec les mots de la notice"
    ]


def test_a_national_document_without_a_known_text_is_refused(root):
    _edit(root, "documents.yaml", "    sources: [loi_1997_1019]\n", "    sources: [loi_1997_1091]\n")
    run = run_validate(root)
    line = line_of(root, "documents.yaml", "loi_1997_1091")
    assert run.headlines() == [
        f"content/documents.yaml:{line}:15: documents.jdc_certificate.sources[1]: texte national inconnu « loi_1997_1091 » ; "
        "vouliez-vous dire « loi_1997_1019 » ? (identifiants de content/texts.yaml)"
    ]


def test_a_statement_outside_its_sessions_is_not_shown_and_cannot_be_replaced(root):
    # required_2016 (arrêté du 14 avril 2016, sessions up to 2023) does not apply to the 2024 fixture session.
    from generator.merge import build_notices
    from generator.pipeline import load_and_check

    project, problems = load_and_check(root)
    assert not problems, problems.report()
    (notice,) = build_notices(project)
    shown = {s.id for t in notice.topics for s in t.statements}
    assert "required_2023" in shown and "waiver" in shown
    assert "required_2016" not in shown
    national_documents = {d.national for d in notice.documents if d.national}
    assert "r408_attestation" in national_documents and "r408_attestation_2016" not in national_documents


def test_a_notice_s_own_warning_close_to_a_shared_one_is_pointed_out_without_blocking(root):
    """A session's warning under an identifier content/checklist.yaml does not have, complete (title, text, when),
    is the notice's own; when the identifier is close to a shared one (a typo of it?), validate says so and
    publishes all the same; a distinct identifier is said nothing."""
    path = root / "academies" / "fixture" / "2024.yaml"
    own = "    title: Forme de passage\n    text: Seuls les candidats du CNED ont le choix.\n    when: {}\n"
    text = path.read_text(encoding="utf-8")
    path.write_text(text + "warnings:\n  passing_form_definitve:\n    section: « II- Forme de passage »\n" + own, encoding="utf-8")
    run = run_validate(root)
    assert run.code == 0, run.output
    line = path.read_text(encoding="utf-8").splitlines().index("  passing_form_definitve:") + 1
    assert (f"academies/fixture/2024.yaml:{line}:3: warnings.passing_form_definitve: avertissement : identifiant absent de "
            "content/checklist.yaml, lu comme un avertissement propre à cette notice ; vouliez-vous dire « passing_form_definitive » ? "
            "Si c'est lui, corriger l'identifiant ; sinon, rien à faire") in run.stdout, run.stdout
    path.write_text(text + "warnings:\n  forme_de_passage:\n    section: « II- Forme de passage »\n" + own, encoding="utf-8")
    run = run_validate(root)
    assert run.code == 0 and "forme_de_passage" not in run.stdout, run.output
    # an identifier that adds a word to a shared one's (0.885 of passing_form_definitive) is no typo of it: nothing
    # said at every build, with no way to answer (Clermont-Ferrand 2024's engagement_etudiant_sheet)
    path.write_text(text + "warnings:\n  passing_form_definitive_sheet:\n    section: « II- Forme de passage »\n" + own, encoding="utf-8")
    run = run_validate(root)
    assert run.code == 0 and "passing_form_definitive_sheet" not in run.stdout, run.output
    # two letters off the shortest shared identifier is asked about (review61 L3: a ratio let it through)
    path.write_text(text + "warnings:\n  outsde_acadmy:\n    section: « II- Forme de passage »\n" + own, encoding="utf-8")
    run = run_validate(root)
    assert run.code == 0 and "vouliez-vous dire « outside_academy » ?" in run.stdout, run.output


def test_validate_refuses_a_when_on_a_national_warning_s_line(tmp_path):
    """The rule's candidates are content/checklist.yaml's: a session's line on a national warning gives the notice's
    place (and its words), never fewer or other candidates (review47 L8)."""
    root = tmp_path / "project"
    shutil.copytree(FROZEN, root)
    path = root / "academies" / "nantes" / "2026.yaml"
    source = path.read_text(encoding="utf-8")
    line = "  too_many_optional_exams:\n    section: « RAPPELS REGLEMENTAIRES BTS », « EPREUVES FACULTATIVES »\n"
    assert line in source
    path.write_text(source.replace(line, line + "    when: {situation: repeater}\n"), encoding="utf-8")
    run = validate_in_process(root)
    problems = [h for h in run.headlines() if "warnings.too_many_optional_exams" in h]
    assert len(problems) == 1 and problems[0].startswith("academies/nantes/2026.yaml:"), run.output
    assert "warnings.too_many_optional_exams.when: " in problems[0] and "retirer when:" in problems[0], problems
