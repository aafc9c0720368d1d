"""Cross-checks of national content that no session fixture can reach."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from project_support import FROZEN, REPO

ROOT = REPO


def _content_only(root: Path) -> None:
    """A project at ``root`` with the frozen national content and no academy."""
    shutil.copytree(FROZEN / "content", root / "content")
    (root / "academies").mkdir()


def _validate(root: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "generator", "--root", str(root), "validate"],
        cwd=ROOT, capture_output=True, text=True, check=False,
    )


def _one_problem_after(tmp_path: Path, name: str, old: str, new: str, line: int) -> str:
    """The frozen content with ``old`` replaced by ``new`` in content/``name``: validate reports one problem, at
    ``line`` of that file, and no traceback; its headline."""
    _content_only(tmp_path)
    path = tmp_path / "content" / name
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    result = _validate(tmp_path)
    assert result.returncode == 1, result.stdout
    assert "Traceback" not in result.stdout + result.stderr
    headlines = [line for line in result.stdout.splitlines() if line.startswith("content/")]
    assert len(headlines) == 1, result.stdout
    assert headlines[0].startswith(f"content/{name}:{line}:"), headlines[0]
    return headlines[0]


def line_of(name: str, words: str) -> int:
    """The line of the frozen content/``name`` where ``words`` start."""
    text = (FROZEN / "content" / name).read_text(encoding="utf-8")
    return text[: text.index(words)].count("\n") + 1


def test_a_loop_between_asked_when_conditions_is_reported(tmp_path):
    _content_only(tmp_path)
    questions = tmp_path / "content" / "questions.yaml"
    text = questions.read_text(encoding="utf-8")
    # has_benefits is asked only when dispensation is "diploma", and the reverse.
    text = text.replace(
        "  has_benefits:\n    label:",
        "  has_benefits:\n    asked_when:\n      dispensation: diploma\n    label:",
    ).replace(
        "  dispensation:\n    label:",
        "  dispensation:\n    asked_when:\n      has_benefits: \"yes\"\n    label:",
    )
    questions.write_text(text, encoding="utf-8")
    result = _validate(tmp_path)
    assert result.returncode == 1, result.stdout
    headlines = [line for line in result.stdout.splitlines() if line.startswith("content/")]
    assert len(headlines) == 1, result.stdout
    assert "questions.has_benefits" in headlines[0] or "questions.dispensation" in headlines[0]
    assert "boucle entre questions (" in headlines[0]
    assert "has_benefits" in headlines[0] and "dispensation" in headlines[0]
    assert "Traceback" not in result.stdout + result.stderr


def test_a_help_on_the_department_question_is_reported_it_would_never_be_shown(tmp_path):
    """The department's help depends on the notice (its residence: words, or that it says nothing of it): it is
    written in content/interface.yaml; a help: in content/questions.yaml would be silently ignored."""
    kind = "    kind: department\n"
    headline = _one_problem_after(tmp_path, "questions.yaml", kind, kind + "    help: Où vous résidez.\n", line_of("questions.yaml", kind) + 1)
    assert "questions.department.help" in headline and "department_hint.help_said" in headline


def test_the_frozen_questions_have_no_loop(tmp_path):
    _content_only(tmp_path)
    result = _validate(tmp_path)
    assert result.returncode == 0, result.stdout


def test_a_document_in_place_of_an_unknown_document_is_reported(tmp_path):
    old = "    replaces: r408_attestation\n"
    headline = _one_problem_after(tmp_path, "documents.yaml", old, "    replaces: r408_atestation\n", line_of("documents.yaml", old))
    assert "documents.r408_waiver_rqth.replaces" in headline
    assert "document national inconnu «\u00a0r408_atestation\u00a0»" in headline or "document national inconnu « r408_atestation »" in headline
    assert "r408_attestation" in headline.split("inconnu", 1)[1], "the nearest identifier is suggested"


def test_a_document_in_place_of_another_takes_the_date_of_the_item_that_covers_the_other_only_where_it_stands_for_it_whole():
    """The RQTH waiver replaces the R408 attestation. Where a notice item stands for the attestation for every candidate
    with a date of its own (Nantes 2026: « À déposer le 12 décembre »), the waiver takes that date, said as the guide's
    choice (``dated_as``: one piece, one date). Where the item covers it in some cases only or lets it come later
    (Toulouse 2024: its own list of six specialties; « sauf pièces pouvant être à déposer ultérieurement : attestation
    R408 »), the waiver keeps the documents deadline and never the late-deposit words: the notice names the attestation,
    not what a national text accepts in its place."""
    from generator.merge import build_notices
    from generator.pipeline import load_and_check

    project, problems = load_and_check(FROZEN)
    assert not problems, problems.report()
    seen = set()
    for notice in build_notices(project):
        waiver = next((d for d in notice.documents if d.national == "r408_waiver_rqth"), None)
        covering = [d for d in notice.documents if not d.national and d.exemption is not None]
        if waiver is None or not covering:
            continue
        assert waiver.late_deposit is None, (notice.slug, notice.year)
        if waiver.dated_as:
            assert waiver.deadline == covering[0].deadline != "documents" and waiver.dated_by_guide, (notice.slug, notice.year)
            assert waiver.dated_as == covering[0].label
            seen.add("dated as the item")
        else:
            assert waiver.deadline == "documents", (notice.slug, notice.year)
            seen.add("documents deadline" + (" beside late words" if covering[0].late_deposit else ""))
    assert seen >= {"dated as the item", "documents deadline beside late words"}, seen


def test_a_statement_dating_documents_says_when_in_its_own_words(tmp_path):
    """documents_when: and documents_by: go together, and documents_by: is words of the statement's text (the
    checklist prints them under the notice's item: never a paraphrase)."""
    _content_only(tmp_path)
    topics = tmp_path / "content" / "topics.yaml"
    text = topics.read_text(encoding="utf-8")
    without = "        documents_by: au plus tard à la date limite d'inscription à l'examen\n"
    other = "        documents_by: lors de votre confirmation d'inscription\n"
    assert without in text and other in text
    text = text.replace(without, "", 1).replace(other, "        documents_by: au moment de votre inscription\n", 1)
    topics.write_text(text, encoding="utf-8")
    result = _validate(tmp_path)
    assert result.returncode == 1, result.stdout
    headlines = [line for line in result.stdout.splitlines() if line.startswith("content/")]
    assert len(headlines) == 2, result.stdout
    assert "request_deadline.documents_when: documents_when est écrit sans documents_by" in headlines[0]
    assert "required_2023.documents_by: « au moment de votre inscription » n'est pas dans le texte de la phrase" in headlines[1]
    assert "Traceback" not in result.stdout + result.stderr


def test_a_statement_due_at_closing_says_which_pieces_would_date_it(tmp_path):
    """due_at_closing: goes with documents_when: (the guide gives the notice's closing only where the notice asks no
    piece in that condition): without it, the staff error names the file, line, field, value read and the fix."""
    _content_only(tmp_path)
    topics = tmp_path / "content" / "topics.yaml"
    text = topics.read_text(encoding="utf-8")
    dating = ('        documents_when: {engagement_etudiant: "yes"}\n'
              "        documents_by: au plus tard à la date limite d'inscription à l'examen\n")
    assert text.count(dating) == 1
    topics.write_text(text.replace(dating, ""), encoding="utf-8")
    result = _validate(tmp_path)
    assert result.returncode == 1, result.stdout
    headlines = [line for line in result.stdout.splitlines() if line.startswith("content/")]
    assert len(headlines) == 1, result.stdout
    line = next(i for i, words in enumerate(topics.read_text(encoding="utf-8").splitlines(), 1) if "due_at_closing:" in words)
    assert headlines[0].startswith(f"content/topics.yaml:{line}:"), headlines
    assert ("request_deadline.due_at_closing: due_at_closing: « Demande de validation de l'épreuve facultative « engagement "
            "étudiant » » est écrit sans documents_when:") in headlines[0]
    assert "écrire documents_when: (et documents_by:), ou retirer due_at_closing:" in headlines[0]
    assert "Traceback" not in result.stdout + result.stderr


def test_two_r408_lists_in_force_for_the_same_sessions_are_reported(tmp_path):
    _content_only(tmp_path)
    texts = tmp_path / "content" / "texts.yaml"
    text = texts.read_text(encoding="utf-8")
    assert "    until_session: 2023\n" in text
    texts.write_text(text.replace("    until_session: 2023\n", "", 1), encoding="utf-8")  # the old list never ends
    result = _validate(tmp_path)
    assert result.returncode == 1, result.stdout
    headlines = [line for line in result.stdout.splitlines() if line.startswith("content/")]
    assert len(headlines) == 1, result.stdout
    assert headlines[0].startswith("content/regulations.yaml:")
    assert "toutes deux en vigueur pour les sessions 2024 à 2100" in headlines[0]
    assert "until_session" in headlines[0]
    assert "Traceback" not in result.stdout + result.stderr


@pytest.mark.parametrize(
    "words, strict",
    [
        ("Au plus tard le mercredi 22 novembre 2023, délai de rigueur.", True),
        ("AU PLUS TARD LE MERCREDI 22 NOVEMBRE 2023, DELAI DE RIGUEUR", True),
        ("Ces délais sont de rigueur.", True),
        ("Aucune inscription hors délai ne sera acceptée.", True),
        ("aucun dossier hors-délais", True),
        ("Votre candidature sera annulée si toutes les pièces ne sont pas téléversées.", False),
        ("seront désinscrits de l'épreuve", False),
        ("Contrôle rigoureux des pièces", False),
    ],
)
def test_strict_deadlines_are_those_whose_words_say_so(words, strict):
    """``strict: true`` is for a notice that says « de rigueur » or « hors délai » (model/session.py), however it writes them."""
    from generator.checks import says_strict

    assert says_strict(words) is strict


def test_the_notice_a_national_list_is_taken_from_is_checked(tmp_path):
    """content/regulations.yaml ``as_given_by`` names the notice the guide has an R408 list from (its title says so): an
    academy the national table does not know is refused, at its line, with the nearest one."""
    name = "regulations.yaml"
    words = "{academy: clermont-ferrand, session: 2024}"
    headline = _one_problem_after(tmp_path, name, words, "{academy: clermont-fernand, session: 2024}", line_of(name, words))
    assert "as_given_by.academy" in headline and "« clermont-fernand »" in headline and "« clermont-ferrand »" in headline


def test_a_national_r408_list_taken_from_a_notice_that_does_not_cite_its_text_is_reported(tmp_path):
    """A review (43 M5): the page says the list « telle que la notice de … la donne » under its text, said « cité
    par » its citing notices; as_given_by outside the text's cited_by: was an English assertion of the suite."""
    given_by = "    as_given_by: {academy: clermont-ferrand, session: 2024}\n"
    headline = _one_problem_after(tmp_path, "regulations.yaml", given_by, given_by.replace("2024", "2025"),
                                  line_of("regulations.yaml", given_by))
    assert headline.endswith(
        "r408_lists.arrete_2023_07_13.as_given_by: la notice « clermont-ferrand » de la session 2025 ne figure pas parmi "
        "les notices qui citent le texte de cette liste, « arrêté du 13 juillet 2023 » (content/texts.yaml, "
        "texts.arrete_2023_07_13.cited_by : clermont-ferrand 2024) ; ajouter {academy: clermont-ferrand, session: 2025, "
        "section: …} à ce cited_by:, ou corriger as_given_by"), headline


@pytest.mark.parametrize("closing", ["2023-11-15 17:00", "2023-11-15 24:00", "2023-11-15"])
def test_a_date_only_deadline_on_the_closing_day_is_not_before_it(tmp_path, closing):
    """A deadline written as a date covers its whole day: on the closing day it is not « avant la clôture », whether the
    closing is at 17:00, at 24:00 (« minuit ») or a date too (a staff walk, stop 49 L10: accepted with 17:00, refused
    with 24:00); the day before still is."""
    from validation_support import build_root, validate_in_process

    root = build_root(tmp_path)
    path = root / "academies" / "fixture" / "2024.yaml"
    text = path.read_text(encoding="utf-8")
    text = text.replace("  closing: 2023-11-15 17:00\n", f"  closing: {closing}\n", 1)
    path.write_text(text.replace("    at: 2023-11-22\n", "    at: 2023-11-15\n", 1), encoding="utf-8")
    run = validate_in_process(root)
    assert not [h for h in run.headlines() if "avant la clôture" in h], run.output
    path.write_text(text.replace("    at: 2023-11-22\n", "    at: 2023-11-14\n", 1), encoding="utf-8")
    assert [h for h in validate_in_process(root).headlines() if "« 2023-11-14 » est avant la clôture des inscriptions" in h]


_WORDING_ANCHOR = '      - {text: Prévenir le bureau des examens par courriel., section: "Notice, page 3"}\n'


def _own_jdc_words_then_marked(tmp_path, own: str):
    """The base project's fixture session given ``own`` (its topics: jdc: block) after its topics' last line, valid
    while content/topics.yaml does not mark jdc.obligation; then marked wording_changed: (the loi n°2015-917) and
    validated: (root, the session file, its text before, the line of ``own``'s first line, the run)."""
    from validation_support import build_root, validate_in_process

    root = build_root(tmp_path)
    session = root / "academies" / "fixture" / "2024.yaml"
    text = session.read_text(encoding="utf-8")
    session.write_text(text.replace(_WORDING_ANCHOR, _WORDING_ANCHOR + own, 1), encoding="utf-8")
    assert not [h for h in validate_in_process(root).headlines() if ": topics.jdc." in h]
    topics = root / "content" / "topics.yaml"
    national = topics.read_text(encoding="utf-8")
    marked = national.replace("        sources: [loi_1997_1019]\n", "        sources: [loi_1997_1019]\n        wording_changed: la "
                              "loi n°2015-917 a supprimé la condition du recensement\n", 1)
    assert marked != national
    topics.write_text(marked, encoding="utf-8")
    return root, session, text, text[:text.index(_WORDING_ANCHOR)].count(chr(10)) + 2, validate_in_process(root)


def test_a_national_rule_whose_wording_changed_is_not_replaced_by_a_notice_s_words(tmp_path):
    """A staff walk (stop 49 M7): topics: jdc: replace: obligation: with the notice's 1997 words (« en règle avec cette
    double obligation ») put the outdated rule in place of the rule in force without a word. A statement the national
    team marks wording_changed: refuses replace:, saying why and what to write instead; one without it is replaced."""
    own = '''  jdc:
    replace:
      obligation:
        text: >-
          Les candidats de moins de 25 ans ne peuvent s'inscrire aux examens que s'ils sont en
          règle avec cette double obligation.
        section: "Notice, page 4"
'''
    _, _, _, line, run = _own_jdc_words_then_marked(tmp_path, own)
    said = [h for h in run.headlines() if ": topics.jdc.replace.obligation: " in h]
    assert said == [
        f"academies/fixture/2024.yaml:{line + 2}:7: topics.jdc.replace.obligation: la phrase "
        "nationale « obligation » ne se remplace pas par les mots d'une notice : la règle a changé depuis des mots que des "
        "notices redisent encore (la loi n°2015-917 a supprimé la condition du recensement) ; garder la phrase nationale : "
        "déplacer ce texte sous notice: (avec section: et after: obligation, qui le place juste après elle), et dire l'écart "
        "sous source_notes:"], run.output
    assert run.code == 1


def test_a_national_rule_whose_wording_changed_is_not_dropped_for_a_notice_s_words(tmp_path):
    """review57 L9: drop: of the same statement, with the notice's 1997 words under notice:, shows the same as the
    replace: refused above (the rule in force gone without a word): refused too, with the same advice; the notice's
    after: of it is then the one advised, not a second problem."""
    own = '''  jdc:
    drop:
      obligation: la notice dit la règle avec ses mots
    notice:
      - text: >-
          Les candidats de moins de 25 ans ne peuvent s'inscrire aux examens que s'ils sont en
          règle avec cette double obligation.
        section: "Notice, page 4"
'''
    from validation_support import validate_in_process

    root, session, text, line, run = _own_jdc_words_then_marked(tmp_path, own)
    said = [h for h in run.headlines() if ": topics.jdc." in h]
    assert said == [
        f"academies/fixture/2024.yaml:{line + 2}:7: topics.jdc.drop.obligation: la phrase "
        "nationale « obligation » ne se retire pas (drop:), même pour les mots d'une notice : la règle a changé depuis des "
        "mots que des notices redisent encore (la loi n°2015-917 a supprimé la condition du recensement) ; garder la phrase "
        "nationale : retirer cette ligne drop:, écrire les mots de la notice sous notice: (avec section: et after: "
        "obligation, qui les place juste après elle), et dire l'écart sous source_notes:"], run.output
    assert run.code == 1
    # the after: it advises, written with the drop: still there: the same one problem
    with_after = own.replace('        section: "Notice, page 4"\n', '        section: "Notice, page 4"\n        after: obligation\n')
    session.write_text(text.replace(_WORDING_ANCHOR, _WORDING_ANCHOR + with_after, 1), encoding="utf-8")
    assert [h for h in validate_in_process(root).headlines() if ": topics.jdc." in h] == said
