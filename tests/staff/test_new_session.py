"""``python -m generator new-session``: next year's draft from the latest session, dates moved, what changes marked."""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import sys
import re
import shlex
import shutil
from pathlib import Path

import pytest
import yaml

from generator.model.values import NOT_GIVEN, NUMERIC_DATE, QUOTED_DATE, Moment, given
from generator.pipeline import load_and_check
from generator.staff import drafts
from generator.staff.calendar import moved
from generator.staff.session_texts import marks_section
from staff_support import REAL_SESSIONS, REPO, assert_clean, on_root, problems_of, project_copy, without_verify
from staff_support import remembered_run as run  # (a command already run on the same files as of that day: not run again)
from staff_support import run as run_now
from staff_support import content_read_once_in_this_module  # noqa: F401  (autouse: content/ read once a state)


@pytest.fixture(scope="module")
def rolled(tmp_path_factory) -> tuple[Path, dict]:
    """The five real sessions, each rolled one year forward in one copy of the project."""
    root = project_copy(tmp_path_factory.mktemp("rolled"))
    outputs = {}
    for slug, year in REAL_SESSIONS:
        if slug == "nantes" and year == 2024:
            result = run(root, "new-session", slug, "2025", "--force")  # from 2024: the latest session before 2025 (2026 is there)
        elif year + 1 < 2027:  # a past session on 2026-11-30 (its academic year is over): archived, hence --force
            result = run(root, "new-session", slug, str(year + 1), "--force")
        else:
            result = run(root, "new-session", slug, str(year + 1))
        outputs[(slug, year)] = result
    return root, outputs


@pytest.mark.parametrize(("slug", "year"), REAL_SESSIONS)
def test_each_real_session_rolls_forward_into_a_valid_draft(rolled, slug: str, year: int):
    root, outputs = rolled
    result = outputs[(slug, year)]
    assert_clean(result)
    assert result.code == 0, result.output
    new = root / "academies" / slug / f"{year + 1}.yaml"
    validated = run(root, "validate", str(new))
    assert_clean(validated)
    assert validated.code == 0, validated.output
    assert problems_of(validated) == []
    project, problems = load_and_check(root, [new])
    data = project.academies[slug]
    session = data.sessions[year + 1]
    pending = drafts.pending(session)
    assert drafts.is_draft(data.academy, session)
    assert f"Brouillon : {len(pending)} éléments à vérifier sur la notice (lignes verify:) :" in result.stdout
    # every item of the command's list is one of validate's « à vérifier »
    items = validated.items("à vérifier")
    for item in pending:
        assert any(line.startswith(f"{item.location.file}:{item.location.line}:") for line in items), item


@pytest.mark.parametrize(("slug", "year"), REAL_SESSIONS)
def test_dates_move_one_year_day_of_month_kept_and_year_and_checked(rolled, slug: str, year: int):
    root, _ = rolled
    old_project, _ = load_and_check(root, [root / "academies" / slug / f"{year}.yaml"])
    new_project, _ = load_and_check(root, [root / "academies" / slug / f"{year + 1}.yaml"])
    old, new = old_project.academies[slug].sessions[year], new_project.academies[slug].sessions[year + 1]
    assert new.session.year == year + 1
    assert old.session.checked == dt.date(2026, 11, 30) and new.session.checked is None
    pairs = [(old.session.opening, new.session.opening), (old.session.closing, new.session.closing)]
    pairs += [(old.session.notice_date, new.session.notice_date), (old.session.age_reference_date, new.session.age_reference_date)]
    pairs += [(old.deadlines[d].at, new.deadlines[d].at) for d in old.deadlines]
    assert set(old.deadlines) == set(new.deadlines)
    count = 0
    for before, after in pairs:
        if before is None or before is NOT_GIVEN:
            assert after == before
            continue
        count += 1
        if isinstance(before, Moment):
            assert after.date == moved(before.date, 1) and after.time == before.time
        else:
            assert after == moved(before, 1)
    assert count >= 2
    # what is not a date is kept, value for value
    assert new.documents == old.documents and new.who == old.who and new.links == old.links
    assert new.r408 == old.r408 and new.topics == old.topics and new.contacts == old.contacts


@pytest.mark.parametrize(("slug", "year"), REAL_SESSIONS)
def test_comments_and_words_are_kept_and_verify_lines_come_off_cleanly(rolled, slug: str, year: int):
    root, _ = rolled
    old = (root / "academies" / slug / f"{year}.yaml").read_text(encoding="utf-8")
    new = (root / "academies" / slug / f"{year + 1}.yaml").read_text(encoding="utf-8")
    comments = [line.strip() for line in old.split("\n") if line.strip().startswith("#")]
    new_lines = {line.strip() for line in new.split("\n")}
    assert all(line in new_lines for line in comments)
    stripped = without_verify(new)
    # Without its verify: lines and its new head, the file is the old one with its dates, year and checked changed.
    body = stripped[stripped.index("\n\n") + 2:].split("\n")
    expected = [line for line in old.split("\n") if not line.startswith("  checked: ")]
    assert len(body) == len(expected)

    def moved_line(line: str) -> str:
        line = re.sub(r"^(  year: )[0-9]{4}$", lambda m: f"{m.group(1)}{year + 1}", line)
        return re.sub(r"(?<=: )([0-9]{4}-[0-9]{2}-[0-9]{2})(?=( [0-9]{2}:[0-9]{2})?$)", lambda m: moved(dt.date.fromisoformat(m.group(1)), 1).isoformat(), line)

    differing = [(a, b) for a, b in zip(expected, body) if a != b]
    assert differing, "the year at least changes"
    for a, b in differing:
        assert moved_line(a) == b, (a, b)


# A date of the previous notice left in the new session's words once its verify: lines are gone: a problem (validate
# compares a file with the session before it, even when given that file alone: review61 H1)
LEFT_OVER = "est la date écrite au même endroit dans le fichier de la session"


def test_a_checked_draft_has_nothing_left_to_check_but_the_previous_notice_s_dates(tmp_path: Path):
    """Once every verify: line is removed, nothing is left to check: the words not updated from the new notice (this
    test updates none) are each a problem, a date of the previous notice left over, and nothing else is."""
    root = project_copy(tmp_path)
    assert run(root, "new-session", "toulouse", "2025", "--force").code == 0
    path = root / "academies" / "toulouse" / "2025.yaml"
    path.write_text(without_verify(path.read_text(encoding="utf-8")), encoding="utf-8")
    result = run(root, "validate", str(path))
    assert problems_of(result) and all(LEFT_OVER in p for p in problems_of(result)), result.output
    assert result.items("à vérifier") == []
    # the same problems, naming the same lines of the previous file, as when the folder is validated (review62 M1: the
    # session read for comparison had no text kept, and the lines named were its keys')
    folder = run(root, "validate", "academies/toulouse")
    assert problems_of(result) == [p for p in problems_of(folder) if p.startswith("academies/toulouse/2025.yaml:")], folder.output
    # the previous file with a problem of its own: not compared with, and said so (review62 M2: « Tout est valide »)
    previous = root / "academies" / "toulouse" / "2024.yaml"
    previous.write_text(previous.read_text(encoding="utf-8") + "clé_inconnue: 1\n", encoding="utf-8")
    alone = run(root, "validate", str(path))
    assert not problems_of(alone) or all(LEFT_OVER not in p for p in problems_of(alone)), alone.output
    assert ("academies/toulouse/2025.yaml:1:1: avertissement : la session 2024 (academies/toulouse/2024.yaml) a des problèmes : "
            "ce fichier n'est pas comparé avec elle") in alone.stdout, alone.output
    # with how to see its problems (review63 A L3)
    assert on_root("voir ses problèmes (python -m generator validate academies/toulouse/2024.yaml)", root) in " ".join(alone.stdout.split()), alone.output
    # and the last line does not say « Tout est valide » alone, as of the whole folder (review63 A L3's other half)
    assert alone.code == 0, alone.output
    assert alone.stdout.rstrip().splitlines()[-1] == (
        "Tout est valide pour les sessions vérifiées : 1 académie, 1 session ; la session 2024 de Toulouse, qui a des "
        "problèmes, n'a pas pu être comparée (voir plus haut)."), alone.output
    project, _ = load_and_check(root, [path])
    assert not drafts.is_draft(project.academies["toulouse"].academy, project.academies["toulouse"].sessions[2025])


def test_a_draft_whose_previous_session_has_problems_is_not_said_all_checked(tmp_path: Path):
    """A draft (its verify: lines left) whose previous session has problems of its own: validate's last line says the
    check covers only the sessions read and the session not compared, as « Tout est valide pour les sessions
    vérifiées » does without a draft (review63 A L3, staffsmall65 item 1; review96: its « pour les sessions
    vérifiées » dropped passed every test)."""
    root = project_copy(tmp_path)
    assert run(root, "new-session", "toulouse", "2025", "--force").code == 0
    previous = root / "academies" / "toulouse" / "2024.yaml"
    previous.write_text(previous.read_text(encoding="utf-8") + "clé_inconnue: 1\n", encoding="utf-8")
    draft = run(root, "validate", "academies/toulouse/2025.yaml")
    assert draft.code == 0, draft.output
    assert draft.stdout.rstrip().splitlines()[-1] == (
        "Rien d'autre à corriger pour les sessions vérifiées (le brouillon mis à part) : 1 académie, 1 session ; la "
        "session 2024 de Toulouse, qui a des problèmes, n'a pas pu être comparée (voir plus haut)."), draft.output


def test_weekdays_quoted_by_the_previous_words_must_be_replaced_once_the_lines_are_gone(tmp_path: Path):
    root = project_copy(tmp_path)
    assert run(root, "new-session", "nantes", "2025", "--force").code == 0
    path = root / "academies" / "nantes" / "2025.yaml"
    draft = run(root, "validate", str(path))
    assert draft.code == 0
    assert any("« lundi 16 octobre » : le 16 octobre 2024 est un mercredi, pas un lundi" in item for item in draft.items("à vérifier"))
    # one point per fact: the documents' note quotes « vendredi 24 novembre » twice (a review: listed twice, same line)
    sunday = "« vendredi 24 novembre » : le 24 novembre 2024 est un dimanche, pas un vendredi (cité 2 fois dans ce texte)"
    assert [item for item in draft.items("à vérifier") if ": deadlines.documents.note: " in item and "24 novembre 2024" in item] == [
        next(item for item in draft.items("à vérifier") if sunday in item)]
    assert len(set(draft.items("à vérifier"))) == len(draft.items("à vérifier")), draft.output
    path.write_text(without_verify(path.read_text(encoding="utf-8")), encoding="utf-8")
    checked = run(root, "validate", str(path))
    assert checked.code == 1
    assert any("« lundi 16 octobre » : le 16 octobre 2024 est un mercredi, pas un lundi" in line for line in problems_of(checked))
    assert len([line for line in problems_of(checked) if sunday in line]) == 1, checked.output


def test_a_wrong_weekday_in_words_staff_wrote_in_a_draft_is_a_problem_not_the_previous_notice_s(tmp_path: Path):
    """A staff walk (48 M3): in a draft, new words typed with a wrong weekday (« jeudi 27 novembre 2024 », a Wednesday)
    were listed « à vérifier … (mots de la notice précédente, à remplacer par ceux de la nouvelle) », the file's own
    verify: line making every text a draft's. Words that are no text of the session before are staff's: their slip is a
    problem, said without that label; words carried over from the previous notice are still a thing to check."""
    root = project_copy(tmp_path)
    assert run(root, "new-session", "toulouse", "2027").code == 0
    path = root / "academies" / "toulouse" / "2027.yaml"
    old = "Au plus tard le mercredi 22 novembre 2023, délai de rigueur."
    assert old in path.read_text(encoding="utf-8")
    # (the draft's own notice named, staff71: « ceux de la nouvelle » was said of an archived past session's draft too)
    label = "(mots de la notice précédente, à remplacer par ceux de la notice de la session 2027)"
    # new words, typed in the draft (its verify: lines all kept): a problem
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace(old, "Au plus tard le jeudi 26 novembre 2026, délai de rigueur.", 1), encoding="utf-8")
    result = run(root, "validate")  # (26 November 2026 is a Thursday: nothing to say)
    assert result.code == 0 and "jeudi 26 novembre 2026" not in result.output, result.output
    path.write_text(text.replace(old, "Au plus tard le jeudi 25 novembre 2026, délai de rigueur.", 1), encoding="utf-8")
    result = run(root, "validate")
    assert result.code == 1, result.output
    wrong = "« jeudi 25 novembre 2026 » : le 25 novembre 2026 est un mercredi, pas un jeudi"
    said = [line for line in problems_of(result) if wrong in line]
    assert len(said) == 1 and ": deadlines.documents.words: " in said[0] and label not in said[0], result.output
    assert not [item for item in result.items("à vérifier") if wrong in item]
    # the previous notice's words, carried over (the same text in the 2024 file): still a thing to check, so labelled
    previous = root / "academies" / "toulouse" / "2024.yaml"
    kept = "Au plus tard le mercredi 22 novembre, délai de rigueur."
    edit_previous = previous.read_text(encoding="utf-8")
    assert old in edit_previous
    previous.write_text(edit_previous.replace(old, kept, 1), encoding="utf-8")
    path.write_text(text.replace(old, kept, 1), encoding="utf-8")
    result = run(root, "validate")
    assert result.code == 0, result.output
    sunday = "« mercredi 22 novembre » : le 22 novembre 2026 est un dimanche, pas un mercredi"
    assert any(sunday in item and label in item for item in result.items("à vérifier")), result.output

def _with_letterhead(root: Path, letterhead: str) -> None:
    source = root / "academies" / "nantes" / "2024.yaml"
    text = source.read_text(encoding="utf-8")
    assert "  notice_date: 2023-10-16\n" in text
    source.write_text(text.replace("  notice_date: 2023-10-16\n", "  notice_date: 2023-10-16\n  letterhead: |-\n"
                                   f"    {letterhead}\n\n    Note d'information\n", 1), encoding="utf-8")
    assert run(root, "validate").code == 0


@pytest.mark.parametrize(("written", "moved"), [
    ("Nantes, le 16 octobre 2023", "Nantes, le 16 octobre 2024"),
    ("Nantes, le lundi 16 octobre 2023", "Nantes, le mercredi 16 octobre 2024"),
    ("Nantes, le 16/10/2023", "Nantes, le 16/10/2024"),
])
def test_a_letterhead_giving_the_notices_date_moves_with_notice_date_and_says_so(tmp_path: Path, written: str, moved: str):
    """Nantes 2024's letterhead writes its notice's date (« Nantes, le 16 octobre 2023 »), which validate requires to
    be notice_date's. new-session moves it with notice_date, in the form it is written in, and says so on the session's
    verify: line (the new date is notice_date's, a moved date to check); no other point about it in the draft."""
    root = project_copy(tmp_path)
    _with_letterhead(root, written)
    result = run(root, "new-session", "nantes", "2025", "--force")
    assert result.code == 0, result.output
    path = root / "academies" / "nantes" / "2025.yaml"
    rolled_text = path.read_text(encoding="utf-8")
    assert f"    {moved}\n" in rolled_text and "notice_date: 2024-10-16" in rolled_text
    old, new = written.split("le ", 1)[1], moved.split("le ", 1)[1]
    assert f"letterhead : date de la notice reportée comme notice_date (« {old} » → « {new} »), à vérifier sur la notice de la session 2025" in result.stdout
    assert "session.letterhead" not in result.stdout
    path.write_text(without_verify(rolled_text), encoding="utf-8")
    checked = run(root, "validate", str(path))
    assert not any("letterhead" in line for line in problems_of(checked)), checked.output


def test_only_the_forms_validate_reads_are_moved_in_a_letterhead():
    """« 16 octobre 2023 », « 1er décembre 2023 », « 16/10/2023 », « 01.12.2023 » (zeros, separator, « 1er » and a
    weekday kept as written); « 16 oct. 2023 » or another date is not the notice's date as validate reads it: left."""
    from generator.staff.rollover import letterhead_date_spans

    def rolled(text: str, old: dt.date) -> str:
        new = moved(old, 1)
        for start, end, replacement in reversed(letterhead_date_spans(text, old, new)):
            text = text[:start] + replacement + text[end:]
        return text

    assert rolled("Nantes, le 16 oct. 2023 ; note du 16 octobre 2023", dt.date(2023, 10, 16)) == "Nantes, le 16 oct. 2023 ; note du 16 octobre 2024"
    assert rolled("Lyon, le Vendredi 1er décembre 2023", dt.date(2023, 12, 1)) == "Lyon, le Dimanche 1er décembre 2024"
    assert rolled("Lyon, le 01.12.2023, réf. 16/10/2023", dt.date(2023, 12, 1)) == "Lyon, le 01.12.2024, réf. 16/10/2023"
    assert rolled("le 16\n    octobre 2023", dt.date(2023, 10, 16)) == "le 16\n    octobre 2024"
    assert rolled("le 116 octobre 2023, le 16 octobre 20234", dt.date(2023, 10, 16)) == "le 116 octobre 2023, le 16 octobre 20234"


def test_a_letterhead_in_an_unknown_form_stays_a_thing_to_check(tmp_path: Path):
    """A draft whose letterhead does not give notice_date (here notice_date corrected by hand to the new notice's date,
    the letterhead not yet): a point « à vérifier » in the draft, a problem once the verify: lines are gone; never an
    internal error (a review: a prepared file failing that check was « Erreur interne du générateur »)."""
    root = project_copy(tmp_path)
    _with_letterhead(root, "Nantes, le 16 octobre 2023")
    result = run(root, "new-session", "nantes", "2025", "--force")
    assert result.code == 0, result.output
    rolled = root / "academies" / "nantes" / "2025.yaml"
    rolled_text = rolled.read_text(encoding="utf-8").replace("notice_date: 2024-10-16", "notice_date: 2024-10-17", 1)
    rolled.write_text(rolled_text, encoding="utf-8")
    said = "l'en-tête ne donne pas la date de la notice (notice_date: 2024-10-17, « 17 octobre 2024 »)"
    draft = run(root, "validate", str(rolled))
    assert draft.code == 0, draft.output
    assert any(said in item for item in draft.items("à vérifier"))
    rolled.write_text(without_verify(rolled_text), encoding="utf-8")
    checked = run(root, "validate", str(rolled))
    assert checked.code == 1
    assert any(said in line for line in problems_of(checked)), checked.output


def test_the_notice_s_own_words_under_session_are_named_to_check(tmp_path: Path):
    """residence: and categories_as_written: are the notice's words beside the dates (staffwalk58 M5: a category renamed in
    who: left categories_as_written: with the old name, printed on the PDF in who:'s place, nothing naming it)."""
    root = project_copy(tmp_path)
    assert run(root, "new-session", "clermont-ferrand", "2025", today="2024-10-01").code == 0
    project, _ = load_and_check(root, [root / "academies" / "clermont-ferrand" / "2025.yaml"])
    verify = project.academies["clermont-ferrand"].sessions[2025].session.verify
    assert verify.startswith("titre, date, référence, source et adresse de la notice, public, dates d'inscription, résidence et "
                             "catégories de candidats dans les mots de la notice (residence:, categories_as_written:) : ceux de "
                             "la session 2024 ; "), verify


def test_what_usually_changes_is_marked(tmp_path: Path):
    root = project_copy(tmp_path)
    assert run(root, "new-session", "nantes", "2027").code == 0
    project, _ = load_and_check(root, [root / "academies" / "nantes" / "2027.yaml"])
    session = project.academies["nantes"].sessions[2027]
    assert session.verify.startswith("fichier préparé à partir de la session 2026")
    assert "exam_adjustment, links, specialty_contacts, managing_academies — la nouvelle notice les donne-t-elle ?" in session.verify
    assert session.session.verify.startswith("titre, date, référence, source et adresse de la notice")
    assert "catégories de candidats" not in session.session.verify  # (Nantes 2026 writes neither residence: nor categories_as_written:)
    for deadline in session.deadlines.values():
        # a date is carried over a year later; one the notice did not give stays « non précisé », its words to check
        expected = "date de la session 2026 reportée" if given(deadline.at) is not None else "date et mots de la notice : ceux de la session 2026"
        assert expected in deadline.verify, (deadline.label, deadline.verify)
    assert any(given(d.at) is not None for d in session.deadlines.values())
    assert "(vendredi 12 décembre 2025 → samedi 12 décembre 2026)" in session.deadlines["engagement_etudiant"].verify
    assert all(office.verify for office in session.contacts)
    for section in ("who", "steps", "documents", "forms"):
        items = getattr(session, section)
        assert items[0].verify and f"{section} : rubrique de la session 2026, à vérifier en entier" in items[0].verify
        # the other items: marked only when their own words quote the previous session (« nouveauté 2026 »…)
        others = [" ".join(item.verify.split()) for item in items[1:] if item.verify is not None and section != "documents"]
        assert all(not marks_section(text) and "de la notice 2026 (« " in text for text in others), others
    assert "rubrique de la session 2026" in session.r408.verify and "rubrique de la session 2026" in session.establishment_guide.verify
    assert "registration_conditions" in session.topics and session.topics["registration_conditions"].verify


def test_words_quoting_a_date_in_figures_are_marked_with_that_date(rolled):
    """Toulouse 2024 writes its engagement étudiant date « 15/01/2024 »: the draft names that date among the words
    to replace, not the year alone."""
    root, _ = rolled
    project, _ = load_and_check(root, [root / "academies" / "toulouse" / "2025.yaml"])
    verify = project.academies["toulouse"].sessions[2025].deadlines["engagement_etudiant"].verify
    assert "words : mots de la notice 2024 (« 15/01/2024 »)" in " ".join(verify.split())


def test_a_note_quoting_a_date_is_the_guide_s_reading_in_the_draft(rolled):
    """A deadline's note: is the guide's reading of the notice (review 36 L2), not the notice's words: the draft
    says so, and its words: stay « mots de la notice »."""
    root, _ = rolled
    project, _ = load_and_check(root, [root / "academies" / "toulouse" / "2025.yaml"])
    verify = " ".join(project.academies["toulouse"].sessions[2025].deadlines["exam_adjustment"].verify.split())
    assert "note : lecture du guide 2024 (« mercredi 15 novembre 2023 »), à revoir d'après la notice de la session 2025" in verify, verify
    assert "note : mots de la notice" not in verify


def test_a_national_text_no_longer_in_force_is_a_thing_to_check_in_the_draft(tmp_path: Path):
    root = project_copy(tmp_path)
    assert run(root, "new-session", "aix-marseille", "2024", "--force").code == 0  # the 2016 R408 list ends with session 2023
    path = root / "academies" / "aix-marseille" / "2024.yaml"
    draft = run(root, "validate", str(path))
    assert draft.code == 0, draft.output
    (item,) = [item for item in draft.items("à vérifier") if "document national « r408_attestation_2016 » ne s'applique pas à cette session" in item]
    # (staff71: the draft of a past session, written to archive its notice, is settled with that notice, not « la
    # nouvelle notice » the point said)
    assert item.endswith("(fichier en préparation : à régler avec la notice de la session 2024)"), item
    path.write_text(without_verify(path.read_text(encoding="utf-8")), encoding="utf-8")
    checked = run(root, "validate", str(path))
    assert checked.code == 1
    assert any("« r408_attestation_2016 » ne s'applique pas à cette session" in line for line in problems_of(checked))


def insert_deadline(path: Path, text: str) -> None:
    body = path.read_text(encoding="utf-8")
    assert "\ndeadlines:\n" in body
    path.write_text(body.replace("\ndeadlines:\n", "\ndeadlines:\n" + text, 1), encoding="utf-8")


def test_changes_of_clocks_and_29_february(tmp_path: Path):
    root = project_copy(tmp_path)
    aix = root / "academies" / "aix-marseille" / "2023.yaml"
    insert_deadline(aix, (
        "  spring:\n    label: Essai printemps\n    at: 2023-03-31 02:30\n    kind: information\n"
        "  autumn:\n    label: Essai automne\n    at: 2022-10-29 02:30\n    kind: information\n"
        "  repeated:\n    label: Essai heure répétée\n    at: 2022-10-30 02:30+02:00\n    kind: information\n"
    ))
    toulouse = root / "academies" / "toulouse" / "2024.yaml"
    insert_deadline(toulouse, "  leap:\n    label: Essai bissextile\n    at: 2024-02-29\n    kind: information\n")
    assert run(root, "validate").code == 0
    assert run(root, "new-session", "aix-marseille", "2024", "--force").code == 0
    assert run(root, "new-session", "toulouse", "2025", "--force").code == 0
    aix_new, _ = load_and_check(root, [root / "academies" / "aix-marseille" / "2024.yaml"])
    deadlines = aix_new.academies["aix-marseille"].sessions[2024].deadlines
    assert str(deadlines["spring"].at) == "2024-03-31 03:00"  # 02:30 does not exist that day
    assert "02:30 n'existe pas ce jour-là (changement d'heure) : 03:00 écrit" in deadlines["spring"].verify
    assert str(deadlines["autumn"].at) == "2023-10-29 02:30+02:00"  # happens twice that day: the first one
    assert "heure répétée au changement d'heure : décalage écrit" in deadlines["autumn"].verify
    assert str(deadlines["repeated"].at) == "2023-10-30 02:30"  # once only that day: no offset
    toulouse_new, _ = load_and_check(root, [root / "academies" / "toulouse" / "2025.yaml"])
    leap = toulouse_new.academies["toulouse"].sessions[2025].deadlines["leap"]
    assert str(leap.at) == "2025-02-28" and "29 février devenu 28 février" in leap.verify


def test_from_an_older_session_several_years_ahead(tmp_path: Path):
    """Dates moved by the years between the sessions, said in the command's words in the file, the command's report and
    the staff guide (a staff walk, stop 40: the guide said « reportée d'un an », the command « reportées de 3 ans »)."""
    from generator.loading import CONTENT_FILES, read_file
    from generator.model.content import InterfaceFile
    from generator.problems import Problems
    from generator.site import staff_guide

    root = project_copy(tmp_path)
    result = run(root, "new-session", "toulouse", "2027")
    assert result.code == 0, result.output
    assert re.search(r"\(\d+ dates reportées de 3 ans, jour du mois gardé\)", result.stdout), result.stdout
    assert "dates reportées de 3 ans (jour du mois gardé)" in (root / "academies" / "toulouse" / "2027.yaml").read_text(encoding="utf-8")
    one = run(root, "new-session", "nantes", "2027")
    assert one.code == 0 and re.search(r"\(\d+ dates reportées d'un an, jour du mois gardé\)", one.stdout), one.output
    # the file it came from stays (staffwalk58 M8: a rename instead removed its archive page), said by the command and the guide
    assert ("Garder academies/nantes/2026.yaml tel quel : c'est l'archive de la session 2026, que le site continue de publier ; "
            "d'une session à la suivante, copiez, ne renommez pas (new-session fait la copie).") in one.stdout, one.stdout
    texts = read_file(root / "content" / CONTENT_FILES["interface"][0], root, InterfaceFile, Problems())
    guide = " ".join(staff_guide.staff_files(texts)["personnel/session.md"].split())
    quoted = re.search(r"« (\d+ dates reportées de 3 ans, jour du mois gardé) »", guide)
    assert quoted and "d'un an de 2026 à 2027" in guide.replace("\u2019", "'"), guide
    assert "Copiez, ne renommez pas : `new-session` (étape 1) fait la copie" in guide, guide
    assert re.sub(r"^\d+", "", quoted.group(1)).replace("\u2019", "'") in re.sub(r"\(\d+", "(", result.stdout)
    project, _ = load_and_check(root, [root / "academies" / "toulouse" / "2027.yaml"])
    assert str(project.academies["toulouse"].sessions[2027].session.closing) == "2026-11-15 17:00"


def tree(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (("toulouse", "2024"), "academies/toulouse/2024.yaml existe déjà : rien n'a été écrit (sessions de « toulouse » : 2024)"),
        (("toulous", "2025"), "academies/toulous n'existe pas ; vouliez-vous dire toulouse ?"),
        # (a near miss of an academy there, not one of the national table: not told to make it with new-academy, which
        # refuses it; staffdocs64 item 4, « clermont » for clermont-ferrand)
        (("clermont", "2027"), "academies/clermont n'existe pas ; vouliez-vous dire clermont-ferrand ? (« clermont » n'est "
                               "pas non plus un identifiant d'académie de content/departments.yaml)\n"),
        # (neither a folder nor one of the table, near no folder: not told to make it with new-academy either, review64b L3)
        (("zz-essai", "2027"), "academies/zz-essai n'existe pas (académies : aix-marseille, clermont-ferrand, nantes, toulouse) ; "
                               "« zz-essai » n'est pas non plus un identifiant d'académie de content/departments.yaml.\n"),
        # (one of the table, with no folder: new-academy, after the academies there and a full stop)
        (("lyon", "2027"), "academies/lyon n'existe pas (académies : aix-marseille, clermont-ferrand, nantes, toulouse). Pour "
                           "une nouvelle académie : python -m generator --root "),
        (("toulouse", "2020"), "pas de session avant 2020 pour « toulouse » (sessions : 2024) : new-session écrirait le fichier de "
         "session vide de new-academy, chaque rubrique expliquée. 2020 est une session passée"),
        (("toulouse/", "2025"), "« toulouse/ » n'est pas un identifiant d'académie ; écrire en minuscules sans accent ni espace, mots séparés par « - », par exemple toulouse"),
        (("", "2025"), "n'est pas un identifiant d'académie"),
        (("../content", "2025"), "« ../content » n'est pas un identifiant d'académie"),
    ],
)
def test_mistakes_are_said_in_french_and_nothing_is_written(tmp_path: Path, args, said: str):
    root = project_copy(tmp_path)
    before = tree(root)
    result = run(root, "new-session", *args)
    assert_clean(result)
    assert result.code == 1
    assert said in result.stderr
    assert tree(root) == before


def test_a_broken_academy_is_reported_before_anything_is_written(tmp_path: Path):
    """The reason first, on one line (what was not written, where the problems are, how to list them, what to run
    then); a few problems given under it (staffdocs64 M, staff65 item 1: the problems came first, the reason last)."""
    root = project_copy(tmp_path)
    path = root / "academies" / "toulouse" / "2024.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("  closing: 2023-11-15 17:00", "  closing: 15 novembre 2023", 1), encoding="utf-8")
    before = tree(root)
    result = run(root, "new-session", "toulouse", "2025", "--force")
    assert_clean(result)
    assert result.code == 1
    first, *rest = result.stderr.splitlines()
    assert first == on_root(
        "Rien n'a été écrit : 1 problème à corriger d'abord dans academies/toulouse/2024.yaml (la session 2025, "
        "academies/toulouse/2025.yaml, se prépare à partir des fichiers de l'académie). Le voici, avec sa ligne et sa correction ; une "
        "fois corrigé, relancer : python -m generator new-session toulouse 2025 --force", root), result.stderr
    assert rest and rest[0].startswith("academies/toulouse/2024.yaml:") and "session.closing" in rest[0], result.stderr
    assert tree(root) == before
    # two files: each named with its count, both problems under the reason
    academy = root / "academies" / "toulouse" / "academy.yaml"
    academy.write_text(academy.read_text(encoding="utf-8").replace("\ntimezone: Europe/Paris\n", "\ntimezone: Europe/Pariss\n", 1),
                       encoding="utf-8")
    result = run(root, "new-session", "toulouse", "2025", "--force")
    first, *rest = result.stderr.splitlines()
    assert first.startswith("Rien n'a été écrit : 2 problèmes à corriger d'abord dans academies/toulouse/2024.yaml (1) et "
                            "academies/toulouse/academy.yaml (1) (la session 2025, "), result.stderr
    assert ". Les voici, chacun avec sa ligne et sa correction ; une fois corrigés, relancer : " in first, result.stderr
    assert [line.split(":")[0] for line in rest if not line.startswith(" ")] == [
        "academies/toulouse/2024.yaml", "academies/toulouse/academy.yaml"], result.stderr
    # three problems, as many as are shown: still given under the reason (SHOWN_AT_MOST; review65: « < » in place of
    # « <= » failed no test)
    path.write_text(path.read_text(encoding="utf-8").replace("  opening: 2023-10-11 14:00", "  opening: 11 octobre 2023", 1),
                    encoding="utf-8")
    result = run(root, "new-session", "toulouse", "2025", "--force")
    first, *rest = result.stderr.splitlines()
    assert first.startswith("Rien n'a été écrit : 3 problèmes à corriger d'abord dans academies/toulouse/2024.yaml (2) et "
                            "academies/toulouse/academy.yaml (1) (la session 2025, "), result.stderr
    assert ". Les voici, chacun avec sa ligne et sa correction ; une fois corrigés, relancer : " in first, result.stderr
    assert len([line for line in rest if not line.startswith(" ")]) == 3, result.stderr
    path.write_text(path.read_text(encoding="utf-8").replace("  opening: 11 octobre 2023", "  opening: 2023-10-11 14:00", 1),
                    encoding="utf-8")
    # a problem of the national content: said read with the academy's files (the walk: « la session 2026 se prépare à
    # partir des fichiers de l'académie » for 4 problems of content/interface.yaml)
    (root / "academies" / "toulouse" / "academy.yaml").write_text(academy.read_text(encoding="utf-8").replace(
        "Europe/Pariss", "Europe/Paris"), encoding="utf-8")
    path.write_text(path.read_text(encoding="utf-8").replace("  closing: 15 novembre 2023", "  closing: 2023-11-15 17:00", 1), encoding="utf-8")
    texts = root / "content" / "interface.yaml"
    texts.write_text(texts.read_text(encoding="utf-8") + "clé_inconnue: 1\n", encoding="utf-8")
    first = run(root, "new-session", "toulouse", "2025", "--force").stderr.splitlines()[0]
    assert first.startswith("Rien n'a été écrit : 1 problème à corriger d'abord dans content/interface.yaml (la session "
                            "2025, academies/toulouse/2025.yaml, se prépare à partir des fichiers de l'académie, lus avec "
                            "le contenu national, content/). "), first


def test_a_draft_full_of_problems_refuses_the_next_session_with_its_reason_first(tmp_path: Path):
    """new-session on an academy whose latest draft has many problems (its verify: lines removed, the previous notice's
    dates left): the reason alone, with validate to list them, not a page of the draft's problems above it
    (staffdocs64 M: 20 problems of 2027.yaml, then the one-line reason last; staff65 item 1)."""
    root = project_copy(tmp_path)
    assert run(root, "new-session", "toulouse", "2027").code == 0
    draft = root / "academies" / "toulouse" / "2027.yaml"
    draft.write_text(without_verify(draft.read_text(encoding="utf-8")), encoding="utf-8")
    # (a year on, once 2028 is the session in course: before September 2027 its notice is not out, refused for that first)
    count = len(problems_of(run(root, "validate", "academies/toulouse", today="2027-10-01")))
    assert count > 3
    before = tree(root)
    result = run(root, "new-session", "toulouse", "2028", today="2027-10-01")
    assert_clean(result)
    assert result.code == 1
    assert result.stderr.splitlines() == [on_root(
        f"Rien n'a été écrit : {count} problèmes à corriger d'abord dans academies/toulouse/2027.yaml (la session 2028, "
        "academies/toulouse/2028.yaml, se prépare à partir des fichiers de l'académie). Pour les voir, "
        "chacun avec sa ligne et sa correction : python -m generator validate academies/toulouse ; une fois corrigés, "
        "relancer : python -m generator new-session toulouse 2028", root)], result.stderr
    assert tree(root) == before


def test_a_draft_is_not_rolled_forward(tmp_path: Path):
    root = project_copy(tmp_path)
    assert run(root, "new-session", "nantes", "2027").code == 0
    before = tree(root)
    # (a year on, once 2028 is the session in course: until 31 August 2027 its notice is not out, refused for that
    # first, staffwalk58 L2, staffdoc68 M)
    result = run(root, "new-session", "nantes", "2028", today="2027-10-01")
    assert_clean(result)
    assert result.code == 1
    assert "academies/nantes/2027.yaml est encore un brouillon (" in result.stderr and "le terminer d'abord" in result.stderr
    assert tree(root) == before


@pytest.mark.parametrize(("slug", "year"), REAL_SESSIONS)
def test_each_verify_is_one_line_and_a_list_item_keeps_its_dash_without_it(rolled, slug: str, year: int):
    """« Retirer la ligne verify: » is the whole of it: each marker is one line, never the « - » line of a list item
    (a staff walk: a marker over three lines, its first line deleted, left lines read as keys; « - verify: »
    deleted, the item lost its dash). Deleting exactly those lines is what staff do (staff_support.without_verify)."""
    root, _ = rolled
    text = (root / "academies" / slug / f"{year + 1}.yaml").read_text(encoding="utf-8")
    lines = text.split("\n")
    markers = [i for i, line in enumerate(lines) if line.lstrip(" ").startswith(("verify:", "- verify:"))]
    # (the file's own, first, over several lines: test_the_file_s_own_verify_line_is_written_on_lines_of_a_readable_width)
    own = range(markers[0], next(i for i in range(markers[0], len(lines)) if lines[i].rstrip().endswith('"')) + 1)
    assert lines[markers[0]].startswith('verify: "') and all(lines[i].startswith("  ") for i in own[1:])
    markers = [*own, *markers[1:]]
    assert markers and all(lines[i].lstrip(" ").startswith('verify: "') and lines[i].rstrip().endswith('"') for i in markers[len(own):])
    assert "\n".join(line for i, line in enumerate(lines) if i not in markers) == without_verify(text)


def test_last_year_s_novelty_keys_become_comments(tmp_path: Path):
    """``novelties: drop:`` names lines of last year's comparison, which the new one does not have: copied as they
    were, the next file did not validate (a staff walk). They are made comments, under one saying why."""
    root = project_copy(tmp_path)
    path = root / "academies" / "nantes" / "2026.yaml"
    text = path.read_text(encoding="utf-8")
    assert "\nnovelties:\n" in text
    path.write_text(text.replace("\nnovelties:\n", "\nnovelties:\n  drop:\n    notice.audience: >-\n      Ligne retirée.\n", 1), encoding="utf-8")
    assert run(root, "validate").code == 0
    assert run(root, "new-session", "nantes", "2027").code == 0
    rolled_text = (root / "academies" / "nantes" / "2027.yaml").read_text(encoding="utf-8")
    assert "  # drop:\n    # notice.audience: >-\n      # Ligne retirée.\n" in rolled_text
    draft = root / "academies" / "nantes" / "2027.yaml"
    draft.write_text(without_verify(rolled_text), encoding="utf-8")
    result = run(root, "validate", str(draft))
    # (the commented keys are no problem; the previous notice's dates left in its words are: LEFT_OVER)
    assert all(LEFT_OVER in p for p in problems_of(result)), result.output


def test_a_list_item_whose_first_value_takes_several_lines_keeps_its_dash(tmp_path: Path):
    """« - about: >- » and its text over two lines: the marker goes before the item's second key, not on the « - »
    line (a review: « - verify: » there, deleted, took the item's dash)."""
    root = project_copy(tmp_path)
    path = root / "academies" / "toulouse" / "2024.yaml"
    text = path.read_text(encoding="utf-8")
    assert "source_notes:\n  - about: Gestionnaires par spécialité\n" in text
    path.write_text(text.replace("source_notes:\n  - about: Gestionnaires par spécialité\n",
                                 "source_notes:\n  - about: >-\n      Gestionnaires par\n      spécialité\n", 1), encoding="utf-8")
    assert run(root, "validate").code == 0
    assert run(root, "new-session", "toulouse", "2025", "--force").code == 0
    rolled_text = (root / "academies" / "toulouse" / "2025.yaml").read_text(encoding="utf-8")
    assert "  - about: >-\n      Gestionnaires par\n      spécialité\n    verify: \"" in rolled_text
    assert not [line for line in rolled_text.split("\n") if line.lstrip().startswith("- verify")]


@pytest.mark.parametrize(("year", "said"), [
    # 2072 typed for 2027: refused, with the year meant and how to force (written without a question before)
    # (the files lag behind: the session in course, 2027, is offered; 2025 and 2026 are past, not offered)
    ("2072", "2072 vient 48 ans après la dernière session de « toulouse », 2024 (sessions : 2024) : la session en cours est "
             "2027 (les sessions 2025 et 2026, passées, n'ont pas à être écrites). Faute de frappe ? Rien n'a été écrit. Pour la session en cours, 2027 : python -m "
             "generator new-session toulouse 2027 ; si 2072 est bien l'année voulue (à partir de 2024), ajouter --force : python -m "
             "generator new-session toulouse 2072 --force"),
    ("2028", "2028 vient 4 ans après la dernière session de « toulouse », 2024"),
])
def test_a_year_far_after_the_latest_session_is_refused_unless_forced(tmp_path: Path, year: str, said: str):
    root = project_copy(tmp_path)
    before = tree(root)
    result = run(root, "new-session", "toulouse", year)
    assert_clean(result)
    assert result.code == 1
    assert on_root(said, root) in result.stderr, result.stderr
    assert tree(root) == before
    forced = run(root, "new-session", "toulouse", year, "--force")
    assert forced.code == 0, forced.output
    assert (root / "academies" / "toulouse" / f"{year}.yaml").is_file()


def _nantes_2027_refused(tmp_path: Path, today: str):
    """« new-session nantes 2027 » on ``today`` in a copy of the fixture project, refused cleanly: (the copy, its files
    before, the run)."""
    root = project_copy(tmp_path)
    before = tree(root)
    result = run(root, "new-session", "nantes", "2027", today=today)
    assert_clean(result)
    assert result.code == 1, result.output
    return root, before, result


def test_a_session_after_the_one_whose_registrations_are_to_come_is_refused_unless_forced(tmp_path: Path):
    """staffwalk58 L2: on 2024-10-01, clermont-ferrand 2025 written (its registrations still to come, this autumn),
    « new-session clermont-ferrand 2026 » wrote a 2026 draft without a question, whose notice appears in autumn 2025
    only: a year typo that blocks every publication while it is a draft. The same here with nantes 2026 on 2025-10-01:
    refused, saying there is no other session to prepare now and how to force; written at once from 1 September 2026
    only, once 2027 is the session in course (not from December 2025, when 2027's registrations became the next to
    come: its notice appears in autumn 2026, staffdoc68 M)."""
    root, before, result = _nantes_2027_refused(tmp_path, "2025-10-01")
    assert on_root("2027 : la prochaine session dont les inscriptions sont à venir est 2026, et « nantes » l'a déjà (sessions : "
            "2024, 2026) ; la notice de la session 2027 ne paraît qu'à l'automne 2026, avant ses inscriptions. Faute de "
            "frappe ? Rien n'a été écrit. Aucune autre session à préparer d'ici là ; si la notice de la session 2027 est "
            "bien parue, ajouter --force : python -m generator new-session nantes 2027 --force", root) in result.stderr, result.stderr
    assert tree(root) == before
    assert run(root, "new-session", "nantes", "2028", today="2025-10-01").code == 1
    forced = run(root, "new-session", "nantes", "2027", "--force", today="2025-10-01")
    assert forced.code == 0, forced.output
    (root / "academies" / "nantes" / "2027.yaml").unlink()
    assert run(root, "new-session", "nantes", "2027", today="2025-12-01").code == 1
    assert run(root, "new-session", "nantes", "2027", today="2026-08-31").code == 1
    assert run(root, "new-session", "nantes", "2027", today="2026-09-01").code == 0


def test_the_session_after_the_one_in_course_is_refused_from_december_too(tmp_path: Path):
    """staffdoc68 M: on 2026-12-07, nantes 2027 written (the session in course, its registrations over), « new-session
    nantes 2028 » wrote a 2028 draft without a question, since 2028's registrations are the next to come from
    December; its notice appears in autumn 2027 only, and the draft blocked every publication, a correction to 2027
    too. Refused as in October, saying why, that there is nothing else to prepare, and how to force; written without a
    question from 1 September 2027. An academy whose files lag behind is offered the session in course, 2027."""
    root = project_copy(tmp_path)

    def refused(slug: str, said: str) -> None:
        # « new-session <slug> 2028 » on 2026-12-07: refused, in these words, nothing written
        before = tree(root)
        result = run(root, "new-session", slug, "2028", today="2026-12-07")
        assert_clean(result)
        assert result.code == 1, result.output
        assert on_root(said, root) in result.stderr, result.stderr
        assert tree(root) == before

    assert run(root, "new-session", "nantes", "2027").code == 0
    refused("nantes", "2028 : la session en cours est 2027, dont les inscriptions ont eu lieu à l'automne 2026, et « nantes » "
                      "l'a déjà (sessions : 2024, 2026, 2027) ; la notice de la session 2028 ne paraît qu'à l'automne 2027, "
                      "avant ses inscriptions. Faute de frappe ? Rien n'a été écrit. Aucune autre session à préparer d'ici là ; "
                      "si la notice de la session 2028 est bien parue, ajouter --force : python -m generator new-session nantes "
                      "2028 --force")
    assert run(root, "new-session", "nantes", "2028", today="2027-08-31").code == 1
    # (the 2027 draft, not finished here, is refused next, as it would be in September 2027)
    kept = tree(root)
    forced = run(root, "new-session", "nantes", "2028", "--force", today="2026-12-07")
    assert "academies/nantes/2027.yaml est encore un brouillon (" in forced.stderr, forced.output
    assert tree(root) == kept  # (nothing written by it either)
    refused("clermont-ferrand",
            "2028 vient 4 ans après la dernière session de « clermont-ferrand », 2024 (sessions : 2024) : la session "
            "en cours est 2027 (les sessions 2025 et 2026, passées, n'ont pas à être écrites) ; la notice de la session "
            "2028 ne paraît qu'à l'automne 2027. Faute de frappe ? Rien n'a été écrit. Pour la session en cours, 2027 : "
            "python -m generator new-session clermont-ferrand 2027 ; si 2028 est bien l'année voulue (à partir de "
            "2024), ajouter --force : python -m generator new-session clermont-ferrand 2028 --force")
    assert run(root, "new-session", "clermont-ferrand", "2028", today="2027-09-01").code == 0
    # a folder with no session before 2028 (new-academy's file written then for it): the same, not new-academy's rule
    (root / "academies" / "toulouse" / "2024.yaml").unlink()
    refused("toulouse",
            "2028 vient 1 an après la session en cours, 2027 ; la notice de la session 2028 ne paraît qu'à l'automne "
            "2027. Faute de frappe ? Rien n'a été écrit. Pour la session en cours, 2027 : python -m generator "
            "new-session toulouse 2027 ;")
    assert run(root, "new-session", "toulouse", "2028", today="2027-09-01").code == 0


def test_a_session_after_the_next_one_not_written_is_refused_saying_the_sessions_once(tmp_path: Path):
    """review76 L1: on 2024-10-01 nantes has 2024 and 2026, not 2025 (the next session whose registrations are to
    come): 2027 is refused, its sessions said once, and nothing else to prepare (2025, before the latest, is refused
    too), not « Sessions écrites : 2024, 2026 » after « (sessions : 2024, 2026) »."""
    root, before, result = _nantes_2027_refused(tmp_path, "2024-10-01")
    assert on_root("2027 : la prochaine session dont les inscriptions sont à venir est 2025, et la dernière session de "
            "« nantes » est 2026 (sessions : 2024, 2026) ; la notice de la session 2027 ne paraît qu'à l'automne 2026, "
            "avant ses inscriptions. Faute de frappe ? Rien n'a été écrit. Aucune autre session à préparer d'ici là ; si la "
            "notice de la session 2027 est bien parue, ajouter --force : python -m generator new-session nantes 2027 "
            "--force", root) in result.stderr, result.stderr
    assert result.stderr.count("2024, 2026") == 1, result.stderr
    assert tree(root) == before
    assert run(root, "new-session", "nantes", "2025", today="2024-10-01").code == 1


def test_a_year_before_the_latest_session_is_refused_unless_forced(tmp_path: Path):
    root = project_copy(tmp_path)
    before = tree(root)
    result = run(root, "new-session", "nantes", "2025")
    assert_clean(result)
    assert result.code == 1
    assert on_root("2025 est avant la dernière session de « nantes », 2026 (sessions : 2024, 2026) : new-session prépare une session "
            "qui suit la dernière, ici 2027. Rien n'a été écrit. Pour la session 2027 : python -m generator new-session nantes 2027 ; "
            "pour préparer quand même 2025 (à partir de 2024), ajouter --force : python -m generator new-session nantes 2025 --force", root) in result.stderr, result.stderr
    assert tree(root) == before


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.mark.parametrize(("answer", "written"), [("oui\n", True), ("O\n", True), ("yes\n", True), ("y\n", True), ("non\n", False), ("", False)])
def test_on_a_terminal_the_year_is_asked_about(tmp_path: Path, monkeypatch, answer: str, written: bool):
    """Typed by hand: the question, then « oui » writes the file; anything else (or nothing) writes nothing."""
    from generator.cli import main

    root = project_copy(tmp_path)
    monkeypatch.setenv("BTS_GUIDE_TODAY", "2026-11-30")
    monkeypatch.setattr(sys, "stdin", _Terminal(answer))
    out, err = io.StringIO(), _Terminal()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(["--root", str(root), "new-session", "toulouse", "2072"])
    # (every answer that confirms is named: « o » created the folder while the question named « oui » only; stop 49 L1)
    assert ("Créer quand même academies/toulouse/2072.yaml à partir de 2024 ? Taper « oui » (ou « o », « yes », « y ») pour "
            "confirmer, autre chose pour ne rien écrire : ") in err.getvalue()
    assert ". Faute de frappe ?\nCréer quand même" in err.getvalue() and "?)." not in err.getvalue()  # (the review's L6)
    assert "--force" not in err.getvalue()
    assert (root / "academies" / "toulouse" / "2072.yaml").is_file() == written
    assert code == (0 if written else 1)
    assert ("Créé : academies/toulouse/2072.yaml" in out.getvalue()) == written
    assert written or "Rien n'a été écrit." in err.getvalue()


def test_the_session_after_the_latest_and_up_to_the_coming_one_are_written_without_a_question(tmp_path: Path):
    """An academy whose files lag behind (toulouse 2024 in November 2026) prepares the coming session, 2027, at once;
    so does an academy up to date (nantes 2026 then 2027), in December 2026 too (2027 still the session in course)."""
    root = project_copy(tmp_path)
    assert run(root, "new-session", "toulouse", "2027").code == 0
    assert run(root, "new-session", "nantes", "2027").code == 0
    assert run(root, "new-session", "clermont-ferrand", "2027", today="2026-12-03").code == 0


@pytest.mark.parametrize(("slug", "year", "said"), [
    # toulouse 2024 in November 2026: 2025 and 2026 lie between the latest session and the coming one, both past
    ("toulouse", "2026", "2026 est une session passée : ses inscriptions ont eu lieu à l'automne 2025 et son année scolaire "
                         "s'est terminée le 31 août 2026 ; l'écrire ne sert qu'à archiver sa notice. La dernière session de "
                         "« toulouse » est 2024 (sessions : 2024), et la session en cours est 2027. Rien n'a été écrit. Pour la "
                         "session en cours, 2027 : python -m generator new-session toulouse 2027 ; pour archiver quand même la "
                         "notice de la session 2026 (à partir de 2024), ajouter --force : python -m generator new-session "
                         "toulouse 2026 --force"),
    # the session right after the latest, past too (written without a question before)
    ("aix-marseille", "2024", "2024 est une session passée : ses inscriptions ont eu lieu à l'automne 2023 et son année "
                              "scolaire s'est terminée le 31 août 2024 ; l'écrire ne sert qu'à archiver sa notice. La dernière "
                              "session de « aix-marseille » est 2023 (sessions : 2023), et la session en cours est 2027."),
])
def test_a_past_session_after_the_latest_is_refused_unless_forced(tmp_path: Path, slug: str, year: str, said: str):
    root = project_copy(tmp_path)
    before = tree(root)
    result = run(root, "new-session", slug, year)
    assert_clean(result)
    assert result.code == 1
    assert on_root(said, root) in result.stderr, result.stderr
    assert on_root(f"Pour la session en cours, 2027 : python -m generator new-session {slug} 2027 ;", root) in result.stderr
    assert tree(root) == before
    forced = run(root, "new-session", slug, year, "--force")
    assert forced.code == 0, forced.output
    assert (root / "academies" / slug / f"{year}.yaml").is_file()


def test_on_a_terminal_a_past_session_is_asked_about(tmp_path: Path, monkeypatch):
    from generator.cli import main

    root = project_copy(tmp_path)
    monkeypatch.setenv("BTS_GUIDE_TODAY", "2026-12-03")
    monkeypatch.setattr(sys, "stdin", _Terminal("oui\n"))
    out, err = io.StringIO(), _Terminal()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(["--root", str(root), "new-session", "toulouse", "2026"])
    assert ("l'écrire ne sert qu'à archiver sa notice. La dernière session de « toulouse » est 2024 (sessions : 2024), et la "
            "session en cours est 2027.\nCréer quand même academies/toulouse/2026.yaml à partir de 2024 ? Taper « oui »") in err.getvalue()
    assert "--force" not in err.getvalue()
    assert code == 0 and (root / "academies" / "toulouse" / "2026.yaml").is_file()
    # the report printed once « oui » is typed gives its next command with the --root given, as without the question
    # (review96: with_root dropped from that print passed every test)
    assert f"puis : python -m generator --root {shlex.quote(str(root))} validate academies/toulouse/2026.yaml ;" in out.getvalue(), out.getvalue()


def test_a_drop_reason_quoting_a_date_is_not_a_word_to_replace(tmp_path: Path):
    """review40-diff L3: a drop: reason is the team's note, never printed: validate's lint leaves it out, new-session
    asked to replace a 2024 date it quoted as « mots de la notice 2024 » (on the section's first topic, which carries
    a verify: line). Both walks leave out the same unpublished fields now (model.session.UNPUBLISHED)."""
    root = project_copy(tmp_path)
    path = root / "academies" / "toulouse" / "2024.yaml"
    text = path.read_text(encoding="utf-8")
    # passing_form first under topics:, with a drop: reason quoting a 2023 date
    head, rest = text.split("topics:\n", 1)
    before, rest = rest.split("  passing_form:\n", 1)
    block, after = rest.split("  benefits:\n", 1)
    drop = "    drop:\n      compensation: la notice le dit autrement (vu le 22 novembre 2023)\n"
    path.write_text(head + "topics:\n  passing_form:\n" + block + drop + before + "  benefits:\n" + after, encoding="utf-8")
    assert run(root, "validate").code == 0
    result = run(root, "new-session", "toulouse", "2025", "--force")
    assert result.code == 0, result.output
    (line,) = [l for l in result.output.splitlines() if ": topics.passing_form: " in l]
    assert "topics : rubrique de la session 2024, à vérifier en entier" in line and "22 novembre 2023" not in line, line


def _latest_real_sessions() -> list[tuple[str, int]]:
    """Each academy of the real data with its latest session (the one new-session rolls forward)."""
    found = []
    for folder in sorted((REPO / "academies").iterdir()):
        years = [int(p.stem) for p in folder.glob("[0-9][0-9][0-9][0-9].yaml")]
        if years:
            found.append((folder.name, max(years)))
    return found


@pytest.fixture(scope="module")
def rolled_real(tmp_path_factory) -> Path:
    """The real data (academies/, content/), each academy's latest session rolled one year forward."""
    root = tmp_path_factory.mktemp("real") / "root"
    shutil.copytree(REPO / "content", root / "content")
    shutil.copytree(REPO / "academies", root / "academies")
    for slug, year in _latest_real_sessions():
        result = run(root, "new-session", slug, str(year + 1), "--force")
        assert result.code == 0, result.output
    return root


@pytest.mark.parametrize(("slug", "year"), _latest_real_sessions())
def test_the_verify_list_names_every_date_and_year_of_the_previous_cycle_a_candidate_reads(rolled_real: Path, slug: str, year: int):
    """Review staff43 H1, M1, on the real data: in the rolled-forward session, every text a candidate reads (page,
    checklist, PDF: ``session_texts.candidate_texts``) that quotes a date of the previous session's cycle (its year or the year
    before, or a day and month without a year) or one of those years alone has a verify: line on its own record
    naming those words, so the draft is not published until each is checked (one line per record, never one per
    date: the list is the file's verify: lines, one item each). An academy whose latest notice quotes no such date
    (its dates only in ``at:`` fields, a new academy's skeleton) is valid: nothing to check there (the next test)."""
    _check_verify_lines(rolled_real, slug, year)


def test_the_verify_list_check_holds_of_the_frozen_sessions(rolled):
    """The previous test checks something: on the frozen project rolled forward, each session quotes the previous
    cycle and the check finds it (a review, 43 M3 and 44 L5: required of the real data, a valid session with no date
    in words failed the suite)."""
    root, _ = rolled
    for slug, year in REAL_SESSIONS:
        assert _check_verify_lines(root, slug, year), (slug, year)


def _check_verify_lines(rolled_real: Path, slug: str, year: int) -> set:
    """The records of ``slug``'s rolled session ``year + 1`` quoting the previous cycle, each checked to have its
    verify: line naming those words."""
    from generator.staff.session_texts import candidate_texts

    path = rolled_real / "academies" / slug / f"{year + 1}.yaml"
    project, _ = load_and_check(rolled_real, [path])
    session = project.academies[slug].sessions[year + 1]
    cycle = {year - 1, year}
    holders = set()
    for record, where, name, key, text, _ in candidate_texts(session):
        expected = []
        spans = []
        for m in QUOTED_DATE.finditer(text):
            if m.group(3) is None or int(m.group(3)) in cycle:
                expected.append(m.group(0))
                spans.append(m.span())
        for m in NUMERIC_DATE.finditer(text):
            if int(m.group(4)) + (2000 if len(m.group(4)) == 2 else 0) in cycle:
                expected.append(m.group(0))
                spans.append(m.span())
        years = [m for m in re.finditer(r"(?<![0-9])(%d|%d)(?![0-9])" % tuple(sorted(cycle)), text)
                 if not any(a <= m.start() < b for a, b in spans)]
        if not expected and not years:
            continue
        if name == "letterhead":
            continue  # (its date moved with notice_date: test_a_letterhead_giving_the_notices_date_moves…)
        holders.add(id(record))
        verify = " ".join((record.verify or "").split())
        assert verify, f"{slug} {where}.{key}: no verify: line, its text quotes {expected + [m.group(0) for m in years]}"
        for words in expected:
            assert f"« {' '.join(words.split())} »" in verify, (where, key, words, verify)
        for m in years:
            assert re.search(r"« [^»]*\b%s\b[^»]*»" % m.group(0), verify), (where, key, m.group(0), verify)
    result_lines = [line for line in path.read_text(encoding="utf-8").split("\n") if line.lstrip(" ").startswith(("verify:", "- verify:"))]
    assert len(result_lines) == len(drafts.pending(session))  # (one item of the list per line)
    return holders


@pytest.mark.parametrize(("text", "words", "cited"), [
    ("numéro de candidat DE LA SESSION PRÉCÉDENTE (SESSION JUIN 2023), en veillant", ["JUIN 2023"], []),
    ("les notes obtenues en 2024 seront alors les seules prises en compte", ["en 2024"], []),
    ("AU PLUS TARD LE MERCREDI 22 NOVEMBRE 2023, DÉLAI DE RIGUEUR ; soit le 15/01/2024 et le 19 novembre",
     ["MERCREDI 22 NOVEMBRE 2023", "15/01/2024", "19 novembre"], []),
    ("la liste de l'arrêté du 13 juillet 2023 s'applique à la session 2024", ["session 2024"], ["13 juillet 2023"]),
    # years before the cycle (kept marks of « sessions 2019, 2020, 2021 », a decree of 2020) are not the notice's year
    ("notes des sessions 2019, 2020, 2021 ; décret du 23 septembre 2020", [], []),
    ("l'année scolaire 2023-2024", ["scolaire 2023-2024"], []),
])
def test_stale_words_are_the_previous_cycle_s_dates_and_years_as_written(text: str, words: list, cited: list):
    from generator.staff.rollover import stale_words

    assert stale_words(text, 2024) == (words, cited)


def test_the_texts_the_previous_notice_cites_are_named_for_the_national_team(rolled):
    """A review (43 M2): content/texts.yaml says which notices cite a national text (cited_by:), by session; a rolled
    session's pages would say its own texts « cités par » its previous notice. The file's own verify: line names each
    text the previous notice cites and what to ask the national team; a notice citing none (Nantes 2024 cites no text
    of the frozen content's) gets no such words."""
    root, _ = rolled
    project, _ = load_and_check(root, [root / "academies" / "clermont-ferrand" / "2025.yaml", root / "academies" / "nantes" / "2025.yaml"])
    texts = project.content.texts.texts.values()
    for slug, year in (("clermont-ferrand", 2024), ("nantes", 2024)):
        verify = " ".join(project.academies[slug].sessions[year + 1].verify.split())
        cited = [t.title for t in texts if any((r.academy, r.session) == (slug, year) for r in t.cited_by)]
        if not cited:
            assert "cited_by" not in verify, (slug, verify)
            continue
        assert f"textes nationaux que content/texts.yaml dit cités par la notice {year} (cited_by:) : " in verify
        assert all(f"« {' '.join(title.split())} »" in verify for title in cited), verify
        assert (f"demander pour chacun à l'équipe qui maintient le contenu national du guide (fichiers content/) d'ajouter "
                f"{{academy: {slug}, session: {year + 1}, section: …}} à son cited_by:") in verify
        assert "(voir « Préparer une nouvelle session », étape 2, textes nationaux cités)" in verify
    assert [t for t in texts if any((r.academy, r.session) == ("clermont-ferrand", 2024) for r in t.cited_by)]


def test_the_staff_guide_says_what_to_do_with_the_texts_the_previous_notice_cites(rolled):
    """A staff walk (50 G3): the file's verify: line told staff to ask « the national team » to add the new session to
    the texts' cited_by:, and the staff guide said neither how nor to whom, nor what the pages show meanwhile. The guide's
    « Préparer une nouvelle session » says it now, naming the team as the guide knows it (who publishes is not known),
    and what it says of the pages is what they show: the rolled session's pages say each such text « cité par » the
    previous notice, with its session (true: that notice cited it), and the text's title alone once its cited_by: has the
    new session."""
    import dataclasses

    from generator.loading import CONTENT_FILES, read_file
    from generator.merge import build_notice
    from generator.model.content import InterfaceFile
    from generator.problems import Problems
    from generator.site import staff_guide

    root, _ = rolled
    interface = read_file(root / "content" / CONTENT_FILES["interface"][0], root, InterfaceFile, Problems())
    guide = " ".join(staff_guide.staff_files(interface)["personnel/session.md"].split()).replace("\u2019", "'")
    assert "les textes nationaux cités (arrêtés, décrets, articles de code) : la ligne `verify:` du fichier" in guide
    assert "envoyer à l'équipe qui maintient le contenu national du guide (fichiers `content/`)" in guide
    assert "la ligne à ajouter sous son `cited_by:` dans `content/texts.yaml`" in guide
    assert '`- {academy: toulouse, session: 2025, section: "IV-1"}`' in guide
    assert "La ligne `verify:` du fichier se retire sans attendre leur réponse" in guide
    assert "« Règle nationale — arrêté du 23 septembre 2020 …, cité par la notice de Toulouse (session 2024) »" in guide
    assert "la règle nationale est donnée avec le titre du texte seul, sans « cité par »" in guide
    # what the pages show, as the guide says: Toulouse 2025 rolled from 2024, which content/texts.yaml says cites the arrêté
    project, _ = load_and_check(root, [root / "academies" / "toulouse" / "2024.yaml", root / "academies" / "toulouse" / "2025.yaml"])
    arrete = project.content.texts.texts["arrete_2020_09_23"]
    assert ("toulouse", 2024) in [(r.academy, r.session) for r in arrete.cited_by]
    words = build_notice(project.content, project.academies["toulouse"], 2025).text_words(arrete)
    assert words.startswith("arrêté du 23 septembre 2020 ") and "cité par les notices de Toulouse (session 2024), " in words, words
    cited = dataclasses.replace(arrete, cited_by=(*arrete.cited_by, dataclasses.replace(arrete.cited_by[0], session=2025)))
    assert build_notice(project.content, project.academies["toulouse"], 2025).text_words(cited) == arrete.title


@pytest.mark.parametrize(("text", "words"), [
    # a day of the month written alone where a date is meant, after the words that say so
    ("lu seul, « avant le 12 » exclurait ce jour", ["avant le 12"]),
    ("AVANT LE 12, DÉLAI DE RIGUEUR ; jusqu'au 12 inclus", ["AVANT LE 12", "jusqu'au 12"]),
    ("le vendredi 12 au plus tard, du 12 au 19 novembre", ["le vendredi 12", "du 12", "19 novembre"]),
    ("À PARTIR DU 1er, puis le 12 novembre 2023 et le 12", ["À PARTIR DU 1er", "12 novembre 2023", "le 12"]),
    # not another day, not a number that is no date (a time, a rank, an address, a page)
    ("le 13, à 12 h, le 12 h, le 12 heures, le 2e étage, au 12 rue Haute, page 12, article 12", []),
])
def test_a_day_written_alone_is_a_stale_word_of_a_text_about_a_moved_date(text: str, words: list):
    """A staff walk (stop 44 L3): « avant le 12 » in a deadline's note, its date moved from the 12th, was not named,
    and was published after the new notice's 11th had replaced the dates named. Days are named only for the days
    of the moved dates the text speaks of: with none, the text's bare days are not dates of the previous cycle."""
    from generator.staff.rollover import stale_words

    assert stale_words(text, 2024, {1, 12}) == (words, [])
    assert stale_words(text, 2024) == ([w for w in words if not re.fullmatch(r"(?i)(avant |à partir |jusqu'|le |du ).*", w)], [])


def test_a_deadline_s_day_written_alone_in_its_note_and_words_is_named_on_its_verify_line(tmp_path: Path):
    """The day of a deadline's moved date, written alone in its note:, words: or as_written: (« avant le 12 »), is named
    on the deadline's verify: line with the dates of the previous notice; not in another deadline's texts, nor in a
    deadline whose date is not given (nothing moved), nor another day."""
    root = project_copy(tmp_path)
    insert_deadline(root / "academies" / "toulouse" / "2024.yaml", (
        "  essai:\n    label: Dépôt du formulaire\n    at: 2024-01-12\n"
        "    words: À TÉLÉVERSER AVANT LE 12\n"
        "    note: >-\n      Le tableau dit « le 12 janvier au plus tard » : lu seul, « avant le 12 » exclurait ce jour ; le 13 est trop tard.\n"
        "  autre:\n    label: Dépôt des attestations\n    at: 2024-01-15\n    note: Après le 12, la plateforme ferme ; le mardi 15 au plus tard.\n"
        "  sans_date:\n    label: Décision de positionnement\n    at: non précisé par la notice\n    note: Avant le 12 selon l'usage.\n"
    ))
    assert run(root, "validate").code == 0
    result = run(root, "new-session", "toulouse", "2025", "--force")
    assert result.code == 0, result.output
    project, _ = load_and_check(root, [root / "academies" / "toulouse" / "2025.yaml"])
    deadlines = project.academies["toulouse"].sessions[2025].deadlines
    essai = " ".join(deadlines["essai"].verify.split())
    assert "words : mots de la notice 2024 (« AVANT LE 12 »), à remplacer par ceux de la notice de la session 2025 ;" in essai, essai
    assert "note : lecture du guide 2024 (« 12 janvier », « avant le 12 »), à revoir d'après la notice de la session 2025" in essai, essai
    autre = " ".join(deadlines["autre"].verify.split())
    assert "le mardi 15" in autre and "12" not in autre.replace("12 janvier", ""), autre
    assert "Avant le 12" not in " ".join(deadlines["sans_date"].verify.split())


@pytest.mark.parametrize(("slug", "year"), REAL_SESSIONS)
def test_the_file_s_own_verify_line_is_written_on_lines_of_a_readable_width(rolled, slug: str, year: int):
    """A staff walk (stop 44 L4): the file's own verify: line was one line of about 1,100 characters, four national
    texts named in full, unreadable in an editor that does not wrap lines. It is written over lines of at most
    WIDTH characters, each reason and each national text starting a line, and reads as the same text on one line
    (a line break inside double quotes reads as one space): what validate lists is unchanged."""
    from generator.staff.yaml_text import WIDTH

    root, _ = rolled
    path = root / "academies" / slug / f"{year + 1}.yaml"
    lines = path.read_text(encoding="utf-8").split("\n")
    start = next(i for i, line in enumerate(lines) if line.startswith("verify:"))
    end = next(i for i in range(start, len(lines)) if lines[i].endswith('"'))
    own = lines[start:end + 1]
    assert len(own) > 1 and all(len(line) <= WIDTH for line in own), own
    project, _ = load_and_check(root, [path])
    session = project.academies[slug].sessions[year + 1]
    assert session.verify == " ".join(" ".join(line.strip() for line in own)[len('verify: "'):-1].split())
    reasons = session.verify.split(" ; ")
    texts = project.content.texts.texts.values()
    cited = [" ".join(t.title.split()) for t in texts if t.in_force(year + 1) and any((r.academy, r.session) == (slug, year) for r in t.cited_by)]
    for title in cited:  # (each national text starts a line: « décret … », « arrêté … »)
        assert any(line.startswith(f"  « {title}"[:40]) for line in own), (title, own)
    if cited:
        assert f"(cited_by:) : {', '.join(f'« {t} »' for t in cited)}" in session.verify
    starts = [line.strip().removeprefix('verify: "') for line in own]
    assert all(any(start.startswith(reason[:30]) for start in starts) for reason in reasons if not reason.startswith("si la notice")), own


def test_the_rest_of_the_file_s_own_verify_line_left_alone_is_said_in_french(tmp_path: Path):
    """The file's own verify: line over several lines, only its first removed: validate names the lines left of it,
    up to its closing quote, and says to remove them too (not « deux-points inattendu » on a line of its text); with
    them removed, the draft validates."""
    root = project_copy(tmp_path)
    assert run(root, "new-session", "nantes", "2027").code == 0
    path = root / "academies" / "nantes" / "2027.yaml"
    lines = path.read_text(encoding="utf-8").split("\n")
    start = next(i for i, line in enumerate(lines) if line.startswith("verify:"))
    end = next(i for i in range(start, len(lines)) if lines[i].endswith('"'))
    assert end > start + 1
    path.write_text("\n".join(lines[:start] + lines[start + 1:]), encoding="utf-8")
    left = run(root, "validate", str(path))
    assert left.code == 1
    assert problems_of(left) == [
        f"academies/nantes/2027.yaml:{start + 1}:3: verify: les lignes {start + 1} à {end} sont le reste de la ligne verify: "
        "du fichier, un texte entre guillemets sur plusieurs lignes dont la première (« verify: \"… ») a été retirée seule ; "
        f"retirer aussi ces lignes, jusqu'au guillemet fermant (ligne {end})"
    ], left.output
    path.write_text("\n".join(lines[:start] + lines[end + 1:]), encoding="utf-8")
    assert run(root, "validate", str(path)).code == 0


def test_a_syntax_message_in_a_draft_names_its_field_below_the_file_s_own_verify_line(tmp_path: Path):
    """A staff walk (stop 49 L2): every syntax message of a draft new-session wrote lacked its field (« 2025.yaml:193:1:
    tabulation… »), the file's own verify: running over several lines above them; the guide's examples have it. The
    field is given, as it is below a one-line verify:."""
    root = project_copy(tmp_path)
    assert run(root, "new-session", "nantes", "2027").code == 0
    path = root / "academies" / "nantes" / "2027.yaml"
    lines = path.read_text(encoding="utf-8").split("\n")
    at = next(i for i, line in enumerate(lines) if line.startswith("  title: "))
    lines[at] = "\t" + lines[at].lstrip(" ")
    path.write_text("\n".join(lines), encoding="utf-8")
    said = problems_of(run(root, "validate", str(path)))
    assert said and said[0].startswith(f"academies/nantes/2027.yaml:{at + 1}:1: session.title: tabulation en début de ligne"), said


def test_no_session_before_the_year_gets_new_academy_s_commented_file(tmp_path: Path):
    """A session file deleted (or emptied, then deleted as its message says), or a folder new-academy made for the wrong
    year: new-session writes new-academy's commented file for the year asked, where it said « voir new-academy », which
    said the folder exists (a staff walk, stop 49 M5)."""
    root = project_copy(tmp_path)
    folder = root / "academies" / "toulouse"
    (folder / "2024.yaml").unlink()
    said = run(root, "validate", "academies/toulouse")
    assert on_root("ou l'écrire vide, chaque rubrique expliquée, avec python -m generator new-session toulouse ANNÉE", root) in said.output
    result = run(root, "new-session", "toulouse", "2027")
    assert_clean(result)
    assert result.code == 0, result.output
    assert result.stdout.startswith("Créé : academies/toulouse/2027.yaml, le fichier de session vide de new-academy"), result.stdout
    text = (folder / "2027.yaml").read_text(encoding="utf-8")
    assert "par « python -m generator new-session toulouse 2027 » : chaque rubrique du modèle" in text
    assert "verify:" in text
    # the year the notice is for, before the draft made for the wrong one: asked as a past session, then written with
    # --force, the draft of the wrong year named to remove
    result = run(root, "new-session", "toulouse", "2024")
    assert result.code == 1
    assert ("pas de session avant 2024 pour « toulouse » (sessions : 2027) : new-session écrirait le fichier de session vide "
            "de new-academy, chaque rubrique expliquée. 2024 est une session passée") in result.stderr, result.stderr
    assert on_root("Pour archiver quand même la notice de la session 2024, ajouter --force : python -m generator new-session "
                   "toulouse 2024 --force", root) in result.stderr
    assert not (folder / "2024.yaml").exists()
    result = run(root, "new-session", "toulouse", "2024", "--force")
    assert result.code == 0, result.output
    assert ("Le dossier a aussi academies/toulouse/2027.yaml, encore un brouillon : s'il a été créé pour une autre année que "
            "celle de la notice (new-academy sans --session), le supprimer.") in result.stdout
    assert run(root, "validate", "academies/toulouse").code == 0


def test_the_places_of_the_notice_are_carried_over_to_check(rolled):
    """NOTE51 « Not done »: who_section:, contacts_section: and exam_adjustment.section: (the places of the notice the page
    ends « Qui s'inscrit et comment », « Contacts » and « Aménagement d'épreuves » with) carry over as the other fields,
    and new-session says to check them on the new notice: its titles and numbers may change. The first two, plain values
    of the file, on the file's own verify: line; section: on its exam_adjustment: record's."""
    root, _ = rolled
    text = (root / "academies" / "toulouse" / "2025.yaml").read_text(encoding="utf-8")
    # (the places of the real 2024 file, whatever their words, review73 M3: each carried over as 2024 writes it)
    previous = yaml.safe_load((root / "academies" / "toulouse" / "2024.yaml").read_text(encoding="utf-8"))
    rolled_file = yaml.safe_load(text)
    for field in ("who_section", "contacts_section"):
        assert isinstance(previous.get(field), str) and rolled_file.get(field) == previous[field], field
    adjustment = previous["exam_adjustment"].get("section")
    assert isinstance(adjustment, str) and rolled_file["exam_adjustment"].get("section") == adjustment
    head = " ".join(text[text.index('verify: "'):text.index('"\n', text.index('verify: "') + 9)].split())
    assert ("endroits de la notice 2024 (who_section:, contacts_section:) : les titres de la notice de la session 2025, ou « non "
            "précisé par la notice » si elle ne titre pas ces passages ;") in head, head
    assert "date de la demande d'aménagement et endroit de la notice (section:) : ceux de la session 2024" in text
    # Aix-Marseille 2023 names no place of its contacts (it gives none): only who_section: is named
    aix = (root / "academies" / "aix-marseille" / "2024.yaml").read_text(encoding="utf-8")
    assert "endroits de la notice 2023 (who_section:) :" in " ".join(aix.split())


def test_the_files_verify_line_asks_about_contacts_the_previous_notice_did_not_give(tmp_path: Path):
    """A staff walk (staffwalk53 M1): Clermont-Ferrand 2024's ``contacts: non précisé par la notice`` was missing from
    the file's « non précisé » list (contacts: is checked record by record, and had none), and nothing asked about the
    exam office, which comes from academy.yaml: the new notice's CONTACTS box went unasked. The file's own line names
    contacts among the sections not given, says where a changed exam office goes and, where the previous session gave
    academy.yaml's VAE service, when it is shown."""
    root = project_copy(tmp_path)
    assert run(root, "new-session", "clermont-ferrand", "2025", "--force").code == 0
    text = (root / "academies" / "clermont-ferrand" / "2025.yaml").read_text(encoding="utf-8")
    line = " ".join(text[text.index("verify: \"fichier préparé"):].split('"')[1].split())
    unstated = re.search(r"rubriques « non précisé par la notice » dans la notice 2024 : ([^—]+) —", line)
    assert unstated is not None and "contacts" in [w.strip() for w in unstated.group(1).split(",")], line
    assert ("contacts : le bureau des examens vient de academy.yaml (les sessions précédentes le gardent) : si la notice "
            "de la session 2025 lui donne d'autres coordonnées (adresse, téléphone, nom), écrire dans ce fichier un bloc exam_office: "
            "complet, sans modifier academy.yaml") in line, line
    assert "service de la VAE de academy.yaml : donné tant que who: compte les candidats à la VAE" in line, line
    # a session with contacts (Nantes 2024): not in the list; no VAE service: not said
    assert run(root, "new-session", "nantes", "2025", "--force").code == 0
    text = (root / "academies" / "nantes" / "2025.yaml").read_text(encoding="utf-8")
    line = " ".join(text[text.index("verify: \"fichier préparé"):].split('"')[1].split())
    unstated = re.search(r"rubriques « non précisé par la notice » dans la notice 2024 : ([^—]+) —", line)
    assert unstated is None or "contacts" not in [w.strip() for w in unstated.group(1).split(",")], line
    assert "service de la VAE" not in line, line


def test_a_date_moved_onto_a_weekend_is_said_with_the_nearest_day_of_its_weekday(tmp_path: Path):
    """staffwalk60 L: the day of the month kept, Clermont-Ferrand's opening « jeudi 12 octobre 2023 » became « samedi 12
    octobre 2024 » without remark (the 2025 notice opened on jeudi 10 octobre 2024). A date moved onto a Saturday or a
    Sunday is said so on its verify: line, with the nearest day of its old weekday; not the age reference date (a
    birthday limit, any day of the week)."""
    root = project_copy(tmp_path)
    source = root / "academies" / "clermont-ferrand" / "2024.yaml"  # (its age reference date the opening's day: a Thursday)
    source.write_text(source.read_text(encoding="utf-8").replace("age_reference_date: 2023-11-15", "age_reference_date: 2023-10-12"), encoding="utf-8")
    assert run(root, "new-session", "clermont-ferrand", "2025", today="2024-10-01").code == 0
    project, _ = load_and_check(root, [root / "academies" / "clermont-ferrand" / "2025.yaml"])
    verify = " ".join(project.academies["clermont-ferrand"].sessions[2025].session.verify.split())
    assert ("opening : date de la session 2024 reportée (jeudi 12 octobre 2023 → samedi 12 octobre 2024) ; un samedi, jour "
            "de week-end : à vérifier sur la nouvelle notice (le jeudi le plus proche : jeudi 10 octobre 2024) ;") in verify, verify
    assert "closing : date de la session 2024 reportée (mercredi 15 novembre 2023 → vendredi 15 novembre 2024) ;" in verify
    assert "age_reference_date : date de la session 2024 reportée (jeudi 12 octobre 2023 → samedi 12 octobre 2024) ;" in verify
    assert verify.count("week-end") == 1, verify
    # a Sunday too; an old date already on a weekend: no weekday to suggest
    from generator.staff.rollover import _weekend
    assert _weekend(dt.date(2023, 11, 18), dt.date(2029, 11, 18)) == " ; un dimanche, jour de week-end : à vérifier sur la nouvelle notice"
    assert _weekend(dt.date(2023, 11, 13), dt.date(2024, 11, 13)) == ""
    assert _weekend(dt.date(2023, 11, 14), dt.date(2026, 11, 14)).endswith("(le mardi le plus proche : mardi 17 novembre 2026)")


def test_the_preview_command_given_runs_the_project_written(tmp_path: Path, monkeypatch):
    """new-session's (and new-academy's) « aperçu : bash scripts/serve.sh » served the project of the folder it was typed
    in, not the --root written (staffdocs64 L, review96 L8(c); staff65 item 3): from another folder, the project's own
    serve.sh by its path; from the project's folder, as the staff guide writes it; a folder with the data alone, which
    nothing previews, says so. The files' header comments say where their commands are typed (they stay in the project,
    whatever folder a command was typed in: no path of this machine in them)."""
    root = project_copy(tmp_path / "mes guides")
    (root / "scripts").mkdir()
    (root / "scripts" / "serve.sh").write_text("", encoding="utf-8")
    serve = shlex.quote(str(root.resolve() / "scripts" / "serve.sh"))
    elsewhere = run(root, "new-session", "toulouse", "2027")
    assert elsewhere.code == 0, elsewhere.output
    assert f" ; aperçu : bash {serve} (bandeau « Brouillon » tant qu'il reste une ligne verify:)." in elsewhere.stdout, elsewhere.stdout
    assert "bash scripts/serve.sh" not in elsewhere.stdout
    monkeypatch.chdir(root)
    here = run(root, "new-academy", "nancy-metz")
    assert here.code == 0, here.output
    assert " ; aperçu : bash scripts/serve.sh (la session 2027 y porte le bandeau « Brouillon »)." in here.stdout, here.stdout
    header = (root / "academies" / "nancy-metz" / "2027.yaml").read_text(encoding="utf-8").split("\nverify:", 1)[0]
    assert " ".join(line.lstrip("# ") for line in header.splitlines() if line.strip()).endswith(
        "visible dans l'aperçu (bash scripts/serve.sh, dans le dossier du projet) mais jamais publié. Vérifier, dans le "
        "dossier du projet : python -m generator validate academies/nancy-metz/2027.yaml"), header
    academy = (root / "academies" / "nancy-metz" / "academy.yaml").read_text(encoding="utf-8")
    assert "\n# Vérifier, dans le dossier du projet : python -m generator validate academies/nancy-metz\n" in academy
    (root / "scripts" / "serve.sh").unlink()
    (root / "academies" / "toulouse" / "2027.yaml").unlink()
    data_only = run(root, "new-session", "toulouse", "2027")
    assert data_only.code == 0, data_only.output
    assert (" ; aperçu : aucun pour ce dossier, qui n'a pas scripts/serve.sh (seul un projet entier, code compris, se "
            "prévisualise).") in data_only.stdout, data_only.stdout


def test_a_date_left_over_whose_guess_falls_on_a_weekend_says_so(tmp_path: Path):
    """The walk of staff65: Nantes 2027 rolled from 2026, every verify: line removed and the deadline's at: left as
    new-session moved it (a Saturday, which only its verify: line said): the left-over words « vendredi 12 décembre
    2025 » were told « (« samedi 12 décembre 2026 » ?) », a guess a staff member may copy, and nothing said the
    weekend any more. The guess now says it falls on a weekend where the previous notice gave a working day."""
    root = project_copy(tmp_path)
    assert run(root, "new-session", "nantes", "2027").code == 0
    path = root / "academies" / "nantes" / "2027.yaml"
    path.write_text(without_verify(path.read_text(encoding="utf-8")), encoding="utf-8")
    problems = problems_of(run(root, "validate", "academies/nantes/2027.yaml"))
    saturday = [p for p in problems if "« vendredi 12 décembre 2025 » est la date écrite" in p]
    weekend = "un samedi, jour de week-end, où la session 2026 donnait un vendredi : vérifier ce jour sur la notice"
    assert len(saturday) > 1 and all(f"(« samedi 12 décembre 2026 » ?) ; {weekend} ; si cette notice" in p or (
        f"(« samedi 12 décembre 2026 » ?), ou la retirer si la notice ne la demande plus ; {weekend}" in p) for p in saturday), saturday
    thursday = [p for p in problems if "« 19 novembre 2025 » est la date écrite" in p]
    assert thursday and all("(« 19 novembre 2026 » ?) ; si cette notice" in p for p in thursday), thursday


def test_the_guide_s_table_of_years_is_what_new_session_writes(tmp_path):
    """staff68: the guide's step 1 said which year to type in one sentence of about 150 words; it is now a table (the
    academy's last session → the year to type, in October 2026) and the rule of the limit (the session in course, never
    the next, in December too: staffdoc68 M). Each row, and the limit, is what new-session writes without a question,
    or refuses, on those days."""
    from generator.loading import CONTENT_FILES, read_file
    from generator.model.content import InterfaceFile
    from generator.problems import Problems
    from generator.site import staff_guide

    texts = read_file(REPO / "content" / CONTENT_FILES["interface"][0], REPO, InterfaceFile, Problems())
    page = staff_guide.staff_files(texts)["personnel/session.md"].replace("\u2019", "'").replace("\u202f", " ").replace("\u00a0", " ")
    step = page[page.index("**Quelle année taper.**"):page.index("Pour une autre année")]
    assert "Par exemple, en octobre 2026 :" in step, step
    rows = re.findall(r"^\| (\d{4})\b[^|]*\| (\d{4}|aucune)\b", step, re.M)
    assert rows == [("2026", "2027"), ("2024", "2027"), ("2027", "aucune")], step
    assert ("n'écrit sans rien demander que la session en cours : la première dont l'année scolaire n'est pas terminée "
            "(2027 de septembre 2026 à août 2027" in step), step
    assert "en décembre 2026 comme en octobre, la notice de la session 2028 ne paraît qu'à l'automne 2027" in step, step
    root = project_copy(tmp_path)
    october, december = "2026-10-15", "2026-12-07"

    def writes(slug: str, year: int, today: str) -> bool:
        done = run_now(root, "new-session", slug, str(year), today=today)
        assert_clean(done)
        return done.code == 0 and (root / "academies" / slug / f"{year}.yaml").is_file()

    # nantes's last session is 2026: 2027; then 2027 is the last: none in October (refused for its year, not for the
    # draft 2027 is: the year is asked about first)
    assert writes("nantes", 2027, october)
    assert not writes("nantes", 2028, october)
    assert "la prochaine session dont les inscriptions sont à venir est 2027" in run_now(root, "new-session", "nantes", "2028", today=october).output
    # the limit does not move on 1 December: nantes 2028 and clermont-ferrand 2028 (its last session 2024) refused in
    # December 2026 as in November; written from September 2027, once 2028 is the session in course
    assert not writes("nantes", 2028, december)
    assert not writes("clermont-ferrand", 2028, "2026-11-30")
    assert not writes("clermont-ferrand", 2028, december)
    assert writes("clermont-ferrand", 2028, "2027-09-01")
    # toulouse's last session is 2024: 2025 and 2026 are past, 2027 is the year to type
    assert not writes("toulouse", 2025, october) and not writes("toulouse", 2026, october)
    assert writes("toulouse", 2027, october)


def test_the_lines_of_one_group_go_as_the_guide_says(rolled):
    """staff68: after new-session, each document of a group has its own verify: line with the same words (the group's
    title, repeated by each document); the guide says to correct the title once for the whole group (search and
    replace), then to remove all their lines. The line the guide quotes is the one new-session writes, and done as it
    says the group's documents are verified, and nothing else is said of them."""
    from generator.loading import CONTENT_FILES, read_file
    from generator.model.content import InterfaceFile
    from generator.problems import Problems
    from generator.site import staff_guide

    root, _ = rolled
    texts = read_file(REPO / "content" / CONTENT_FILES["interface"][0], REPO, InterfaceFile, Problems())
    guide = " ".join(staff_guide.staff_files(texts)["personnel/session.md"].split()).replace("\u2019", "'")
    guide = guide.replace("\u202f", " ").replace("\u00a0", " ")
    quoted = re.search(r"plusieurs lignes peuvent venir d'un seul changement\. .*?« (group, section : [^»]*»\), [^»]*) »", guide)
    assert quoted, guide
    path = root / "academies" / "nantes" / "2027.yaml"
    text = path.read_text(encoding="utf-8")
    old_title = "À déposer le 19 novembre au plus tard sur CYCLADES"
    # (the frozen Nantes's documents have no section:, the real ones quoting the title have: « group, section : »)
    line = f'    verify: "{quoted.group(1).replace("group, section : ", "group : ")}"\n'
    assert text.count(f"    group: {old_title}\n") == text.count(line) + 1 >= 3, text  # (the first one's says more)
    edited = text.replace(old_title, "À déposer le 18 novembre au plus tard sur CYCLADES").replace(line, "")
    try:
        path.write_text(edited, encoding="utf-8")
        validated = run_now(root, "validate", str(path))
        assert_clean(validated)
        assert validated.code == 0 and problems_of(validated) == [], validated.output
        documents = [item for item in validated.items("à vérifier") if re.search(r": documents\[\d+\]: ", item)]
        # left: the first document's line (the whole list to verify, said too), and the other group's
        assert [item for item in documents if "19 novembre" in item] == [
            item for item in documents if ": documents[1]: " in item], documents
        assert documents and all("12 décembre" in item for item in documents if ": documents[1]: " not in item), documents
    finally:
        path.write_text(text, encoding="utf-8")


def test_a_past_session_s_verify_lines_name_its_own_notice_not_a_new_one(tmp_path: Path):
    """staff70 item 3: a past session written to archive its notice (toulouse 2025 on 30 November 2026, forced) had
    every verify: line, the file's head and the command's last lines say « sur la nouvelle notice », of a notice that is
    the session's own and not new. They name it: « la notice de la session 2025 »; the session in course (2027 then,
    written without a question) keeps « la nouvelle notice »."""
    past = project_copy(tmp_path / "past")
    result = run(past, "new-session", "toulouse", "2025", "--force")
    assert result.code == 0, result.output
    text = " ".join((past / "academies" / "toulouse" / "2025.yaml").read_text(encoding="utf-8").split())
    assert "nouvelle notice" not in text and "ceux de la nouvelle" not in text, text
    assert "le relire en entier sur la notice de la session 2025 (commentaires compris)" in text, text
    assert "à vérifier sur la notice de la session 2025. Les commentaires" in text, text
    assert "à remplacer par ceux de la notice de la session 2025" in text, text
    assert "Étapes suivantes : vérifier chaque élément sur la notice de la session 2025 et corriger le fichier" in result.stdout
    assert "nouvelle notice" not in result.stdout, result.stdout
    coming = project_copy(tmp_path / "coming")
    result = run(coming, "new-session", "toulouse", "2027")
    assert result.code == 0, result.output
    text = " ".join((coming / "academies" / "toulouse" / "2027.yaml").read_text(encoding="utf-8").split())
    assert "le relire en entier sur la nouvelle notice (commentaires compris)" in text, text
    assert "Étapes suivantes : vérifier chaque élément sur la nouvelle notice et corriger le fichier" in result.stdout


def test_the_file_copied_and_its_audience_are_said_and_the_other_audience_s_start_is_an_option(rolled, tmp_path: Path):
    """nextsession77 item 1: Nantes has notices for two audiences (2024 candidates, 2026 establishments); new-session
    nantes 2027 copies the latest (2026) and says for whom, and gives the command that starts from the other audience's
    file (« --depuis 2024 ») in case the 2027 notice that appeared is the candidates'; the staff guide's step 1 names
    the option. One audience (Toulouse): the audience only."""
    from generator.loading import CONTENT_FILES, read_file
    from generator.model.content import InterfaceFile
    from generator.problems import Problems
    from generator.site import staff_guide

    _, outputs = rolled
    toulouse = outputs[("toulouse", 2024)].stdout
    assert "à partir de academies/toulouse/2024.yaml, notice pour les candidats individuels (" in toulouse, toulouse
    assert "--depuis" not in toulouse and "aussi une notice" not in toulouse
    nantes = outputs[("nantes", 2026)].stdout
    assert nantes.startswith("Créé : academies/nantes/2027.yaml, à partir de academies/nantes/2026.yaml, notice pour les "
                             "établissements ("), nantes
    # (in this copy, 2025 was written before from 2024, for the candidates: the latest of theirs)
    other = nantes.split("\n")[1]
    assert other.startswith(
        "L'académie a aussi une notice pour les candidats individuels (audience: individual), la plus récente celle de la "
        "session 2025 (academies/nantes/2025.yaml) : si la notice de la session 2027 parue est pour les candidats "
        "individuels, et non pour les établissements, supprimer academies/nantes/2027.yaml et le préparer à partir de "
        "celle-là : python -m generator"), other
    command = shlex.split(other.split(" : ")[-1])
    assert command[-5:] == ["new-session", "nantes", "2027", "--depuis", "2025"], command
    # that command in a copy with the frozen sessions only (2024, 2026): starts from 2024, three years on
    root = project_copy(tmp_path)
    done = run_now(root, "new-session", "nantes", "2027", "--depuis", "2024")
    assert_clean(done)
    assert done.code == 0, done.output
    assert done.stdout.startswith("Créé : academies/nantes/2027.yaml, à partir de academies/nantes/2024.yaml, notice pour "
                                  "les candidats individuels ("), done.stdout
    assert re.search(r"\(\d+ dates reportées de 3 ans, jour du mois gardé\)", done.stdout), done.stdout
    assert "new-session nantes 2027 --depuis 2026" in done.stdout.split("\n")[1], done.stdout
    project, _ = load_and_check(root, [root / "academies" / "nantes" / "2027.yaml"])
    assert project.academies["nantes"].sessions[2027].session.audience == "individual"
    # a year that is no session of the academy, or not before the new one: said, nothing written
    (root / "academies" / "nantes" / "2027.yaml").unlink()
    for start, said in (("2025", "--depuis 2025 : pas de session 2025 pour « nantes » (sessions : 2024, 2026)"),
                        ("2027", "--depuis 2027 : la session dont partir doit précéder la session 2027 à préparer")):
        refused = run_now(root, "new-session", "nantes", "2027", "--depuis", start)
        assert refused.code != 0 and said in refused.stderr and "rien n'a été écrit" in refused.stderr, refused.output
        assert not (root / "academies" / "nantes" / "2027.yaml").exists()
    # a year refused (too far on): every command said keeps --depuis, from the session given (review78 M2: the pasted
    # command started from the establishments' 2026)
    refused = run_now(root, "new-session", "nantes", "2029", "--depuis", "2024", today="2026-12-07")
    said = " ".join(refused.stderr.split())
    assert refused.code != 0 and "Rien n'a été écrit" in said, refused.output
    assert "new-session nantes 2027 --depuis 2024 ;" in said and "(à partir de 2024), ajouter --force : " in said, said
    assert said.endswith("new-session nantes 2029 --depuis 2024 --force"), said
    texts = read_file(REPO / "content" / CONTENT_FILES["interface"][0], REPO, InterfaceFile, Problems())
    guide = " ".join(staff_guide.staff_files(texts)["personnel/session.md"].split()).replace("\u2019", "'")
    step = guide[guide.index("## Étape 1"):guide.index("## Étape 2")]
    assert "python -m generator new-session nantes 2027 --depuis 2024" in step, step
    assert "L'académie a aussi une notice pour les candidats individuels" in step, step
