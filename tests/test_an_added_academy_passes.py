"""Adding an academy that validates breaks no test (issue « Rectorate staff workflow », deliverable 6).

A copy of the real data (content/ and academies/ as staff left them) gets one more academy:
an academy of content/departments.yaml that has no folder yet, with exactly its departments,
the small valid academy and session of tests/validation/base (renamed). Then the property
checks of the tests that read the real data (tests/README.md lists them) run on that copy,
function by function, not the whole suite again: validate, the strict build, every fact on
its page, provenance, no other origin, the Content-Security-Policy, calendars and timelines,
page == checklist, the rulesets, the national content, CPython == Pyodide, and in Chromium the
new academy's pages (axe-core) and checklist (the engine's list at every answer).
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest
import yaml

from project_support import REAL, REPO, built_site, data_root, load, notices_of

sys.path[:0] = [str(REPO / "tests" / "site"), str(REPO / "tests" / "checklist"), str(REPO / "tests" / "validation")]

import checklist_support  # noqa: E402
import test_cases_cpython as rulesets_properties  # noqa: E402
import test_checklist_browser as checklist_browser  # noqa: E402
import test_content_topics as content_properties  # noqa: E402
import test_csp as csp_properties  # noqa: E402
import test_departments as departments_properties  # noqa: E402
import test_interface_texts as interface_properties  # noqa: E402
import test_page_agreement as agreement  # noqa: E402
import test_provenance_pages as provenance  # noqa: E402
import test_site_browser as site_browser  # noqa: E402
import test_site_build as site_build  # noqa: E402
import test_site_facts as site_facts  # noqa: E402
import test_site_ics_timeline as calendars  # noqa: E402
from validation_support import BASE, run_validate  # noqa: E402


def add_academy(root: Path) -> str:
    """Add to the data folder ``root`` an academy of its departments table that has no folder yet
    (the base fixture academy and session, renamed); its slug."""
    table = yaml.safe_load((root / "content" / "departments.yaml").read_text(encoding="utf-8"))
    used = {p.name for p in (root / "academies").iterdir()}
    free = sorted(aid for aid, a in table["academies"].items() if a["kind"] == "académie" and a["timezone"] == "Europe/Paris" and aid not in used)
    if not free:
        pytest.skip("every academy of content/departments.yaml in metropolitan France already has a folder")
    slug = free[0]
    academy = table["academies"][slug]
    departments = [d for d in table["departments"] if d["academy"] == slug]
    text = (BASE / "academies" / "fixture" / "academy.yaml").read_text(encoding="utf-8")
    start, end = text.index("departments:\n"), text.index("website:")
    listed = "".join(f"  - {{code: {json.dumps(d['code'])}, name: {json.dumps(d['name'], ensure_ascii=False)}}}\n" for d in departments)
    text = text[:start] + "departments:\n" + listed + text[end:]
    for old, new in (("name: Fixture", f"name: {json.dumps(academy['name'], ensure_ascii=False)}"), ("slug: fixture", f"slug: {slug}"),
                     ("website: https://www.ac-fixture.fr", f"website: {academy['website']}")):
        assert text.count(old + "\n") == 1, old
        text = text.replace(old + "\n", new + "\n")
    folder = root / "academies" / slug
    folder.mkdir()
    (folder / "academy.yaml").write_text(text, encoding="utf-8")
    (folder / "2024.yaml").write_bytes((BASE / "academies" / "fixture" / "2024.yaml").read_bytes())
    return slug


@dataclass
class Grown:
    root: Path  # the data folder: real content/ and academies/, plus the new academy
    slug: str
    notices: list
    site: Path

    def new_notices(self) -> list:
        return [n for n in self.notices if n.slug == self.slug]


@pytest.fixture(scope="module")
def grown(tmp_path_factory) -> Grown:
    tmp = tmp_path_factory.mktemp("new-academy")
    root = data_root(tmp, REAL)
    slug = add_academy(root)
    notices = notices_of(root)
    assert slug in {n.slug for n in notices}
    # (without the precompressed copies: every page's menu names the new academy, Brotli would compress each again;
    # no property reads them, tests/site/test_site_build.py checks them on the real site)
    return Grown(root, slug, notices, built_site(tmp / "build", root, BTS_GUIDE_COMPRESS="0"))


def run_all(checks: dict) -> None:
    """Run every check; report all the failed ones at once."""
    failures = []
    for name, check in checks.items():
        try:
            check()
        except AssertionError as error:
            failures.append(f"{name}: {str(error)[:1500]}")
    assert not failures, "\n\n".join(failures)


def test_the_new_academy_validates(grown):
    run = run_validate(grown.root)
    assert run.code == 0, run.output
    count = len({n.slug for n in grown.notices})
    assert f"Tout est valide : {count} académie{'s' if count > 1 else ''}, " in run.stdout
    departments_properties.academies_are_in_the_table(grown.root)


def test_the_site_properties_hold(grown):
    n, site = grown.notices, grown.site
    run_all({
        "strict build, no warning": lambda: site_build.test_strict_build_passes_without_warnings(site),
        "every fact on its page": lambda: site_facts.test_every_fact_is_on_the_built_pages(n, site),
        "home page departments": lambda: site_facts.test_home_page_lists_every_department(n, site),
        "statements' provenance": lambda: provenance.test_every_statement_is_the_notices_or_a_national_text_in_force(n),
        "provenance printed": lambda: provenance.test_pages_print_the_provenance_of_every_statement(n),
        "texts out of force": lambda: provenance.test_a_text_out_of_force_never_reaches_a_page(n),
        "no field name": lambda: provenance.test_no_internal_field_name_on_a_page(site),
        "no other origin": lambda: site_build.test_no_resource_from_another_origin(site),
        "pages and calendars": lambda: site_build.test_generated_pages_and_calendars_are_in_the_site(n, site),
        "checklist pages": lambda: site_build.test_every_notice_has_its_checklist_page(n, site),
        "anchors": lambda: site_build.test_section_anchors_other_pages_link_to(n, site),
        "calendars": lambda: calendars.test_ics_has_tzid_vtimezone_and_stable_uids(n),
        "timelines": lambda: calendars.test_timeline_lists_every_date_in_order_with_its_words(n),
        "CSP on every page": lambda: csp_properties.test_every_page_carries_the_policy_and_no_inline_script(site),
        "CSP server files": lambda: csp_properties.test_server_files_carry_the_same_policy_and_the_readme_gives_it_for_nginx(site),
    })


def test_the_checklist_and_content_properties_hold(grown):
    sessions = agreement.sessions_of(grown.root)
    rulesets, broken = checklist_support.load_rulesets(grown.root)
    project, problems = load(grown.root, [grown.root / "content"])
    assert not problems, problems.report()
    content = project.content
    run_all({
        "page lists the checklist's documents": lambda: agreement.test_the_page_lists_exactly_the_checklists_documents_under_the_same_conditions(sessions),
        "checklist follows the page's conditions": lambda: agreement.test_the_checklist_lists_a_document_exactly_when_the_pages_condition_holds(sessions),
        "R408 annexes and exemption": lambda: agreement.test_the_checklist_names_the_annexes_of_the_pages_r408_table_and_applies_the_exemption(sessions),
        "complete only when nothing is left": lambda: agreement.test_complete_is_said_only_when_nothing_is_left(sessions),
        "every academy compiles": lambda: rulesets_properties.test_every_academy_compiles(rulesets, broken),
        "step titles": lambda: rulesets_properties.test_step_titles_lose_the_number_the_notice_typed(rulesets),
        "no adjustment procedure, said so": lambda: rulesets_properties.sessions_without_the_procedure_say_so(rulesets, content.interface),
        "time offsets": lambda: rulesets_properties.test_deadlines_carry_the_academy_offset(rulesets),
        "statements cite texts": lambda: content_properties.test_every_statement_document_and_list_cites_registered_texts(content),
        "no statement speaks for a notice": lambda: content_properties.test_no_statement_speaks_for_a_notice(content),
        "texts' sessions": lambda: content_properties.test_texts_sessions_are_in_order(content),
        "dash lists": lambda: content_properties.test_list_lines_use_dash(content),
        "interface texts": lambda: interface_properties.test_the_real_file_has_every_text_with_its_placeholders(grown.root),
    })
    assert any(key.startswith(grown.slug + "/") for key in sessions) and any(key.startswith(grown.slug + "/") for key in rulesets)


def test_the_engine_gives_the_same_lists_in_pyodide(grown):
    reason = checklist_support.node_missing_reason()
    if reason:
        pytest.skip(reason)
    rulesets, _ = checklist_support.load_rulesets(grown.root)
    jobs = checklist_support.random_situations(rulesets, 300, 20240415)
    assert {key for key, _ in jobs} == set(rulesets), "every session is drawn"
    _, results = checklist_support.run_pyodide(rulesets, jobs)
    cpython = checklist_support.run_cpython(rulesets, jobs)
    differences = [jobs[i] for i, (a, b) in enumerate(zip(cpython, results)) if a != b]
    assert not differences, f"{len(differences)} situations differ, first: {differences[0]}"


def test_the_new_academys_pages_and_checklist_in_chromium(grown):
    """axe-core, 360 px and the same origin on the new academy's pages; its checklist shows the
    engine's list at every answer (the real-data browser properties, for the academy added)."""
    from browser_support import Pool, chromium, require_browser

    require_browser(needs_pyodide=True)
    data = checklist_browser.Data(grown.root)
    data.notices = [n for n in data.notices if n.slug == grown.slug]
    assert data.notices
    serving = checklist_browser._serve(grown.site)  # yields the origin, then shuts the server down
    origin = next(serving)
    try:
        with chromium() as browser:
            site_browser.test_axe_no_violation_and_360px_layout_and_same_origin(grown.new_notices(), origin, browser)
            # (its checklist's visits in one kept context, as that test's module gives them: browser_support.Pool)
            visits = Pool(lambda server, **options: checklist_browser.Visit(browser, server, **options))
            try:
                checklist_browser.test_candidates_get_the_engines_list_in_every_session(data, origin, visits)
            finally:
                visits.close()
    finally:
        next(serving, None)
