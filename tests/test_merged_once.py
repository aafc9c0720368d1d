"""Each notice is merged once per reading of the files (merge.built_notice, speed56): the rules' coverage, the
novelties' check and the build share it; a second reading (``mkdocs serve`` reads the files again for every build)
merges anew, so that a changed file gives its new answer."""

from __future__ import annotations

from generator import merge, novelty_checks, rule_coverage
from generator.pipeline import load_and_check
from project_support import FROZEN, data_root


def test_every_notice_is_merged_once_per_reading(monkeypatch):
    """Seen failing before built_notice: 10 merges for the 5 notices (the rules' coverage's, then the build's)."""
    calls = []
    original = merge.build_notice

    def counting(content, data, year):
        calls.append((data.academy.slug, year))
        return original(content, data, year)

    for module in (merge, rule_coverage, novelty_checks):
        monkeypatch.setattr(module, "build_notice", counting, raising=False)
    project, problems = load_and_check(FROZEN)
    assert not problems, problems.report()
    notices = merge.build_notices(project)
    assert len(notices) == 5
    assert sorted(calls) == sorted((n.academy.slug, n.year) for n in notices), calls
    assert merge.build_notices(project)[0] is notices[0]  # (the same notice, not merged again)


def test_a_changed_file_is_merged_anew(tmp_path):
    """Clermont-Ferrand 2024's own item asks for the work-at-height attestation of options C and D, so the national
    document (options C and D) is left out (reachability.never_holds); the item narrowed to option C, a second reading
    of the files gives the national document back, for option D. Seen failing with the merged notices kept in a
    module-level dict by (slug, year) instead of in the reading's Project."""
    root = data_root(tmp_path, FROZEN)

    def national_work_at_height() -> bool:
        project, problems = load_and_check(root)
        assert not problems, problems.report()
        notice = next(n for n in merge.build_notices(project) if (n.academy.slug, n.year) == ("clermont-ferrand", 2024))
        return any(d.national == "ms_work_at_height" for d in notice.documents)

    assert not national_work_at_height()
    file = root / "academies" / "clermont-ferrand" / "2024.yaml"
    text = file.read_text(encoding="utf-8")
    old = "      specialty: maintenance_systemes\n      option: [C, D]\n    detail: Pour les candidats à l'option C et D"
    assert text.count(old) == 1
    file.write_text(text.replace(old, old.replace("[C, D]", "[C]")), encoding="utf-8")
    assert national_work_at_height()


def test_an_academy_replaced_in_its_folder_s_data_is_merged_anew():
    """build_notice reads the project's content, the folder's academy (``AcademyData.academy``, which is not frozen:
    tests/staff/test_lint.py assigns it) and the session: an academy assigned after a merge gives a notice merged anew,
    not the one kept (review69: built_notice checked the AcademyData object, whose academy had changed under it)."""
    import dataclasses

    project, problems = load_and_check(FROZEN)
    assert not problems, problems.report()
    before = merge.built_notice(project, "nantes", 2024)
    data = project.academies["nantes"]
    data.academy = dataclasses.replace(data.academy, name="Nantes-Atlantique")
    after = merge.built_notice(project, "nantes", 2024)
    assert (before.academy.name, after.academy.name) == ("Nantes", "Nantes-Atlantique")
    assert merge.built_notice(project, "nantes", 2024) is after  # (merged once again, then kept)


def test_every_ruleset_is_compiled_once_per_reading(monkeypatch):
    """The rules' coverage, the checklist's page and its ruleset.json share one compiled ruleset per notice
    (compile.compiled_ruleset, speed57), the same as a fresh compilation. Seen failing before it: 10 compilations for
    the 5 notices (the coverage's, then the page's)."""
    from generator.checklist import compile as checklist_compile, page

    calls = []
    original = checklist_compile.compile_ruleset

    def counting(notice, checklist, **options):
        calls.append((notice.academy.slug, notice.year))
        return original(notice, checklist, **options)

    for module in (checklist_compile, page, rule_coverage):
        monkeypatch.setattr(module, "compile_ruleset", counting, raising=False)
    project, problems = load_and_check(FROZEN)
    assert not problems, problems.report()
    checklist = project.content.checklist
    compact = {(n.academy.slug, n.year): page.ruleset_json_compact(n, checklist) for n in merge.build_notices(project)}
    assert sorted(calls) == sorted(compact), calls
    for notice in merge.build_notices(project):
        assert compact[notice.academy.slug, notice.year] == page._compact(original(notice, checklist))


def test_another_checklist_file_for_the_same_notice_gets_its_own_ruleset():
    """compiled_ruleset keeps one ruleset per notice and checklist file: given another checklist file (here content/
    checklist.yaml without one of its warnings), the same notice gets the ruleset of that file, not the one kept for the
    first (review70: the mutation dropping ``kept[1] is checklist`` was caught by no test)."""
    import dataclasses

    from generator.checklist.compile import compile_ruleset, compiled_ruleset

    project, problems = load_and_check(FROZEN)
    assert not problems, problems.report()
    checklist = project.content.checklist
    notice = merge.build_notices(project)[0]
    first = compiled_ruleset(notice, checklist)
    ids = lambda ruleset: {w["id"] for w in ruleset["warnings"]}  # noqa: E731
    dropped = next(w for w in checklist.warnings if w in ids(first))
    other = dataclasses.replace(checklist, warnings={k: w for k, w in checklist.warnings.items() if k != dropped})
    second = compiled_ruleset(notice, other)
    assert dropped in ids(first) and dropped not in ids(second)
    assert second == compile_ruleset(notice, other)
    assert compiled_ruleset(notice, other) is second  # (kept for that file in turn)


def test_the_checklist_command_merges_and_compiles_each_notice_once(monkeypatch):
    """``python -m generator checklist``: the asked session's notice and ruleset are the check's (its rules' coverage), not
    merged and compiled again by ``load_ruleset``, as the list in words (the whole guide read) and as --json (the session's
    files alone). Seen failing before staffspeed67: Toulouse 2024 merged and compiled twice by each."""
    import contextlib
    import io

    from generator.checklist import compile as checklist_compile
    from generator.cli import main

    merged, compiled = [], []
    original_merge, original_compile = merge.build_notice, checklist_compile.compile_ruleset
    monkeypatch.setattr(merge, "build_notice", lambda content, data, year: merged.append((data.academy.slug, year)) or original_merge(content, data, year))
    monkeypatch.setattr(checklist_compile, "compile_ruleset",
                        lambda notice, checklist, **options: compiled.append((notice.academy.slug, notice.year)) or original_compile(notice, checklist, **options))
    for extra in ([], ["--json"]):
        merged.clear()
        compiled.clear()
        out = io.StringIO()
        with contextlib.redirect_stdout(out):
            code = main(["--root", str(FROZEN), "checklist", "--academy", "toulouse", "--session", "2024", *extra, "department=31", "situation=distance"])
        assert code == 0, out.getvalue()
        assert ("toulouse", 2024) in merged and len(merged) == len(set(merged)), (extra, merged)
        assert ("toulouse", 2024) in compiled and len(compiled) == len(set(compiled)), (extra, compiled)
