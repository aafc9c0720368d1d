"""« Nouveautés de la session »: the session file's novelties: field, the page section, and validate on drop: keys."""

from __future__ import annotations

import datetime as dt
import re
import shlex

import pytest

from diff_support import frozen_root as frozen_copy
from diff_support import load_notices, run_generator
from generator.site.novelties_view import compared_year, novelties_view
from generator.site.pages import notice_page, previous_notice

SESSION = "academies/nantes/2026.yaml"
TODAY = dt.date(2025, 10, 1)


def frozen_root(tmp):
    """The frozen project, its Nantes 2024 notice said to be for establishments, as Nantes 2026 is: the page
    compares a session with the previous one for the same candidates only, and the frozen Nantes 2024 (individual
    candidates) and 2026 are the project's only two sessions of one academy."""
    root = frozen_copy(tmp)
    path = root / "academies/nantes/2024.yaml"
    text = path.read_text(encoding="utf-8")
    assert "\n  audience: individual\n" in text
    text = text.replace("\n  audience: individual\n", "\n  audience: establishment\n", 1)
    path.write_text(text + "establishment_guide: non précisé par la notice\n", encoding="utf-8")
    return root


def test_a_session_is_compared_with_the_previous_one_for_the_same_candidates_only(tmp_path):
    """Nantes 2026 (for establishments) and 2024 (for individual candidates), as frozen: no comparison, and the
    notice's own novelties stay; validate passes."""
    from generator.diff import same_readers

    root = frozen_copy(tmp_path)
    notices = load_notices(root)
    notice = notices["nantes", 2026]
    assert previous_notice(list(notices.values()), notice) is None
    page = notice_page(notice, TODAY, previous=None)
    assert "suppression du portugais en 2026" in page
    assert notice.texts.text("novelties.compared", year=2024) not in page
    assert same_readers("individual", "individual")
    assert not same_readers("individual", "establishment") and not same_readers("both", "establishment")
    assert run_generator("validate", root=root).returncode == 0


def test_the_session_compared_is_the_previous_one_staff_let_compare(tmp_path):
    """``compared_year``, which the page and ``diff --keys`` both ask: the latest earlier session for the same
    candidates (a session between is the previous one), none with ``compare: false`` or ``novelties: non précisé
    par la notice`` (no section: ``diff --keys`` said its lines were « dans Nouveautés »)."""
    import dataclasses

    from generator.model.values import NOT_GIVEN

    notice = load_notices(frozen_root(tmp_path))["nantes", 2026]
    audiences = {2024: "establishment", 2026: "establishment"}
    assert compared_year(notice, audiences) == 2024
    assert compared_year(notice, {**audiences, 2025: "establishment"}) == 2025
    assert compared_year(notice, {**audiences, 2025: "individual"}) == 2024
    assert compared_year(notice, {**audiences, 2024: "individual"}) is None
    for novelties in (NOT_GIVEN, dataclasses.replace(notice.session.novelties, compare=False)):
        off = dataclasses.replace(notice, session=dataclasses.replace(notice.session, novelties=novelties))
        assert compared_year(off, audiences) is None


def edit(root, old: str, new: str) -> None:
    path = root / SESSION
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def novelties_block(root) -> str:
    """The ``novelties:`` block of the frozen 2026 file (the last key of the file)."""
    text = (root / SESSION).read_text(encoding="utf-8")
    return text[text.index("\nnovelties:"):]


def replace_novelties(root, block: str) -> None:
    edit(root, novelties_block(root), "\n" + block)


def page_of(root) -> tuple[str, object]:
    notices = load_notices(root)
    notice = notices["nantes", 2026]
    return notice_page(notice, TODAY, previous=previous_notice(list(notices.values()), notice)), notice


def headings(page: str) -> list[str]:
    return re.findall(r"^## (.+)$", page, re.M)


def test_the_section_stands_near_the_top_of_the_page(tmp_path):
    page, notice = page_of(frozen_root(tmp_path))
    title = notice.texts.text("novelties.title")
    assert headings(page)[0] == title, headings(page)
    section = page[page.index(f"## {title}"):page.index("\n## ", page.index(f"## {title}") + 1)]
    # The notice's words with their place, then the guide's comparison said as such.
    assert "suppression du portugais en 2026" in section
    assert "*Notice de l’académie — «\u00a05 – TELEVERSEMENT DES PIECES JUSTIFICATIVES" in section
    assert notice.texts.text("novelties.compared", year=2024) in section
    assert "2024" in section.rsplit("*", 2)[-2]  # the provenance line of the comparison, last


def test_non_precise_par_la_notice_suppresses_the_section(tmp_path):
    root = frozen_root(tmp_path)
    replace_novelties(root, "novelties: non précisé par la notice\n")
    page, notice = page_of(root)
    assert notice.texts.text("novelties.title") not in headings(page)


def test_compare_false_keeps_only_the_notice_s_words(tmp_path):
    root = frozen_root(tmp_path)
    edit(root, "\nnovelties:\n  notice:\n", "\nnovelties:\n  compare: false\n  notice:\n")
    notices = load_notices(root)
    view = novelties_view(notices["nantes", 2026], notices["nantes", 2024])
    assert view.compared_with is None and view.lines == ()
    assert len(view.notice) == 2


def test_a_session_without_novelties_field_gets_the_comparison(tmp_path):
    root = frozen_root(tmp_path)
    replace_novelties(root, "")
    notices = load_notices(root)
    view = novelties_view(notices["nantes", 2026], notices["nantes", 2024])
    assert view.notice == () and view.compared_with == 2024 and view.lines
    # The first session of an academy has nothing to compare with: no section.
    assert novelties_view(notices["nantes", 2024], None) is None


def test_drop_leaves_a_computed_line_out(tmp_path):
    root = frozen_root(tmp_path)
    notices = load_notices(root)
    before = novelties_view(notices["nantes", 2026], notices["nantes", 2024])
    moved = next(line for line in before.lines if "soit 5 jours plus tôt" in line)  # the documents deadline
    edit(root, "\nnovelties:\n", "\nnovelties:\n  drop:\n    dates.documents: dit dans les mots de la notice\n")
    run = run_generator("validate", root=root)
    assert run.returncode == 0, run.stdout + run.stderr
    notices = load_notices(root)
    after = novelties_view(notices["nantes", 2026], notices["nantes", 2024])
    assert moved not in after.lines
    assert set(after.lines) < set(before.lines)


def test_validate_reports_a_drop_key_that_names_no_line(tmp_path):
    root = frozen_root(tmp_path)
    edit(root, "\nnovelties:\n", "\nnovelties:\n  drop:\n    dates.document: faute de frappe\n")
    run = run_generator("validate", root=root)
    assert run.returncode == 1
    line = (root / SESSION).read_text(encoding="utf-8").splitlines().index("    dates.document: faute de frappe") + 1
    heads = [h for h in run.stdout.splitlines() if h.startswith(SESSION)]
    assert heads == [
        f"{SESSION}:{line}:5: novelties.drop.dates.document: aucune ligne de la comparaison avec la session 2024 n'a la clé « dates.document » ; "
        f"vouliez-vous dire « dates.documents » ? voir les clés : python -m generator --root {shlex.quote(str(root))} diff nantes "
        "2024 2026 --keys"
    ], run.stdout
    assert "Traceback" not in run.stdout + run.stderr


def test_validate_refuses_an_empty_section(tmp_path):
    root = frozen_root(tmp_path)
    replace_novelties(root, "novelties:\n  compare: false\n")
    run = run_generator("validate", root=root)
    assert run.returncode == 1
    assert any(h.startswith(SESSION) and "novelties: rubrique vide" in h for h in run.stdout.splitlines()), run.stdout


def test_all_lines_dropped_shows_no_comparison_rather_than_no_change(tmp_path):
    root = frozen_root(tmp_path)
    notices = load_notices(root)
    from generator.diff import diff

    keys = sorted({c.key for c in diff(notices["nantes", 2024], notices["nantes", 2026]) if c.candidate})
    drops = "".join(f"    {key}: test\n" for key in keys)
    edit(root, "\nnovelties:\n", "\nnovelties:\n  drop:\n" + drops)
    notices = load_notices(root)
    view = novelties_view(notices["nantes", 2026], notices["nantes", 2024])
    assert view.compared_with is None and view.lines == () and view.notice


def test_the_section_escapes_the_notice_s_words(tmp_path):
    root = frozen_root(tmp_path)
    edit(root, "        chinois, japonais,", "        <script>alert(1)</script> *gras*, chinois, japonais,")
    page, _ = page_of(root)
    assert "<script>" not in page and "&lt;script&gt;" in page and "\\*gras\\*" in page


def test_no_change_for_candidates_is_said(tmp_path):
    root = frozen_root(tmp_path)
    notices = load_notices(root)
    notice = notices["nantes", 2026]
    view = novelties_view(notice, notice)  # (a notice compared with itself: nothing changes)
    assert view.compared_with == 2026 and view.lines == ()
    page = notice_page(notice, TODAY, previous=notice)
    assert notice.texts.text("novelties.none", year=2026) in page
