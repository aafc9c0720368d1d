"""The checklist page body and assets (generator/checklist/page.py) and the static browser code,
on the frozen project's Toulouse notice (tests/fixtures/project/).

The escaping of its templates (every value of the view model an attack) is tested with the
site's templates, in tests/site/test_site_templates.py.
"""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser

import pytest

from checklist_support import ENGINE, ROOT
from project_support import FROZEN
from generator.checklist.compile import compile_ruleset
from generator.checklist.page import WORKER, checklist_assets, checklist_page, checklist_view, pyodide_files
from generator.merge import build_notices
from generator.site.paths import checklist_path
from generator.pipeline import load_and_check


@pytest.fixture(scope="module")
def project():
    project, problems = load_and_check(FROZEN, [FROZEN / "academies" / "toulouse"])
    assert not problems, problems.report()
    return project


@pytest.fixture(scope="module")
def notices(project):
    return build_notices(project)


@pytest.fixture(scope="module")
def content(project):
    """content/checklist.yaml as loaded with the project (the page never reads it from disk)."""
    return project.content.checklist


class _Collect(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags: list[tuple[str, dict]] = []
        self.stack: list[str] = []
        self.legends = 0
        self.fieldsets = 0
        # the ids of each <template>'s content (the answers of a department alone, page.py _department_variants): inert,
        # not the document's; one is put in place of the build's answer at first paint (checklist.js builtFor)
        self.templates: list[list[str]] = []
        self.in_template = False

    def handle_starttag(self, tag, attrs):
        if tag == "template":
            self.in_template = True
            self.templates.append([])
            return
        if self.in_template:
            if "id" in dict(attrs):
                self.templates[-1].append(dict(attrs)["id"])
            return
        self.tags.append((tag, dict(attrs)))
        if tag == "fieldset":
            self.fieldsets += 1
        if tag == "legend":
            self.legends += 1

    def handle_endtag(self, tag):
        if tag == "template":
            self.in_template = False


def test_every_control_has_a_label_and_every_fieldset_a_legend(notices, content):
    for notice in notices:
        body = checklist_page(notice, content)
        parser = _Collect()
        parser.feed(body)
        labels = {attrs.get("for") for tag, attrs in parser.tags if tag == "label"}
        controls = [attrs for tag, attrs in parser.tags if tag in ("input", "select")]
        assert controls
        for attrs in controls:
            assert attrs.get("id") in labels, f"control without label: {attrs}"
        assert parser.fieldsets == parser.legends > 0
        ids = [attrs["id"] for tag, attrs in parser.tags if "id" in attrs]
        assert len(ids) == len(set(ids)), "duplicate ids"
        # a department's answer and bar (a template's content) hold the ids of the build's they replace, each once
        for held in parser.templates:
            assert len(held) == len(set(held)) and set(held) <= set(ids), "duplicate ids"
        # a field for each question of the ruleset (those some rule of the session reads), none for another
        asked = {q["id"] for q in compile_ruleset(notice, content)["questions"] if q["kind"] != "derived"}
        assert set(re.findall(r'data-question="(\w+)"', body)) == asked
        for qid, question in notice.questions.items():
            if qid in asked and question.kind == "choice":
                assert question.label.split()[0] in body


def test_page_has_a_fallback_linking_to_the_document_tables(notices, content):
    body = checklist_page(notices[0], content)
    assert "<noscript>" in body and 'href="../#pieces-justificatives"' in body
    assert 'id="bts-checklist-failure"' in body


def test_nothing_is_loaded_from_another_site(notices, content):
    body = checklist_page(notices[0], content)
    for url in re.findall(r'(?:src|data-[a-z]+)="([^"]+)"', body):
        assert not re.match(r"[a-z]+:|//", url), url
    for path in (WORKER, ROOT / "site_overrides" / "assets" / "checklist" / "checklist.js"):
        text = path.read_text(encoding="utf-8")
        assert not re.search(r"https?://|[\'\"`]//", text), path.name


def test_assets_are_the_ruleset_and_the_engine(notices, content):
    for notice in notices:
        assets = checklist_assets(notice, content)
        assert set(assets) == {"checklist/ruleset.json", "checklist/engine.py", "liste-personnalisee/worker.js"}
        assert json.loads(assets["checklist/ruleset.json"]) == compile_ruleset(notice, content)
        assert assets["checklist/engine.py"] == ENGINE.read_text(encoding="utf-8")
        # The worker in the page's folder (the page is served as <slug>/<year>/liste-personnalisee/).
        assert assets["liste-personnalisee/worker.js"] == WORKER.read_text(encoding="utf-8")
        assert checklist_path(notice) == f"{notice.slug}/{notice.year}/liste-personnalisee.md"


def test_pyodide_files_exist_when_node_modules_is_installed():
    files = pyodide_files()
    if not (ROOT / "node_modules" / "pyodide").exists():
        pytest.skip("node_modules absent : lancer npm ci")
    for path, source in files.items():
        assert path.startswith("assets/pyodide/") and source.is_file(), source


def _page_data(body: str) -> dict:
    raw = re.search(r'<script type="application/json" id="bts-checklist-data">(.*?)</script>', body, re.S).group(1)
    return json.loads(raw)


def test_checklist_js_uses_only_texts_the_page_sends(notices, content):
    from generator.checklist.page import SHARED_TEXTS, UI_GROUP
    from generator.interface import TEXTS

    UI_KEYS = TEXTS[UI_GROUP]

    script = (ROOT / "site_overrides" / "assets" / "checklist" / "checklist.js").read_text(encoding="utf-8")
    used = set(re.findall(r'\bui\("([a-z_]+)"', script))
    assert used and used <= set(UI_KEYS), sorted(used - set(UI_KEYS))
    shared = set(re.findall(r'\bshared\("([a-z_.]+)"', script))
    shared |= {f"exam_adjustment.channel_{c}" for c in ("postal", "application", "doctor", "website")}  # built from the channel
    assert shared <= set(SHARED_TEXTS), sorted(shared - set(SHARED_TEXTS))
    for notice in notices:
        data = _page_data(checklist_page(notice, content))
        assert set(data["texts"]) == set(SHARED_TEXTS)
        for key, names in SHARED_TEXTS.items():
            for name in names:
                # (a count may be only a plural's: « {count|Réponse ignorée…|Réponses ignorées…} », checklist.dropped)
                assert "{" + name + "}" in data["texts"][key] or "{" + name + "|" in data["texts"][key], (key, name)


def test_dates_without_time_say_the_hour_is_not_given(notices, content):
    """The dates the page sends the script: with their time, or the day and « heure non précisée par
    la notice » (never « jusqu'à la fin de la journée »); a date given for information is the day alone, and
    « au plus tard le … (heure non précisée par la notice) » when the notice gives it as a limit, as a deadline
    (Toulouse 2024's processing date; review69 L4: it said neither its hour nor that the notice gives none)."""
    from generator.french import typography
    from generator.site import dates
    from generator.site.words import reading

    checked = 0
    for notice in notices:
        data = _page_data(checklist_page(notice, content))
        shown = dict(data["dates"])
        t = notice.texts
        assert shown["registration_opening"] == typography(dates.moment(notice.opening, notice.opening_has_time, notice.tz, t, kind="opening"))
        assert shown["registration_closing"] == typography(dates.moment(notice.closing, notice.closing_has_time, notice.tz, t))
        for d in notice.deadlines:
            plain = dates.moment(d.end, d.has_time, notice.tz, t, kind=dates.deadline_kind(d.kind, d.at_the_latest))
            # (a day or an hour the guide reads, marked: read53 L1)
            assert shown[d.id] == typography(dates.reading_marked(plain, reading(d), t)), d.id
            if d.given and not d.has_time:
                said = typography(plain)
                no_time = typography(t.text("moments.deadline_day", day=dates.day(d.end)))
                assert (said == no_time) == (d.kind == "deadline" or d.at_the_latest), d.id
                assert (said == dates.day(d.end)) == (d.kind != "deadline" and not d.at_the_latest), d.id
                checked += 1
        assert not any("fin de la journée" in text for text in shown.values())
        if notice.slug == "toulouse":
            assert shown["processing"] == typography("au plus tard le mercredi 10\u00a0janvier\u00a02024 (heure non précisée par la notice)")
    assert checked, "no date without time in the frozen Toulouse notice"


def test_page_reads_its_texts_from_the_notice_each_time(notices, content):
    """No cache outlives a build: other interface texts (as under mkdocs serve) give another page."""
    import dataclasses

    notice = notices[0]
    texts = notice.texts
    groups = dict(texts.groups)
    page_group = groups["checklist_page"]
    groups["checklist_page"] = dataclasses.replace(page_group, texts={**page_group.texts, "print": "Imprimer autrement"})
    common = groups["common"]
    groups["common"] = dataclasses.replace(common, texts={**common.texts, "of_name": "du pays {name}"})
    changed = dataclasses.replace(notice, texts=dataclasses.replace(texts, groups=groups))
    before = _page_data(checklist_page(notice, content))
    after = _page_data(checklist_page(changed, content))
    assert before["ui"]["print"] != "Imprimer autrement" and after["ui"]["print"] == "Imprimer autrement"
    # « de Toulouse » comes from common.of_name (generator/site/text.of), like on the notice page.
    assert after["academy"]["of"] == f"du pays {notice.academy.name}"
    assert f"du pays {notice.academy.name}" in checklist_page(changed, content)


def test_engine_and_ruleset_urls_name_their_content(notices, content):
    """The page asks for engine.py?v=… and ruleset.json?v=… named by the content written next to it: the
    service worker keeps such URLs for good, so a page never runs with another build's engine or ruleset."""
    import hashlib

    from generator.checklist.page import TO_NOTICE

    for notice in notices:
        view = checklist_view(notice, content)
        assets = checklist_assets(notice, content)
        for name in ("engine", "ruleset"):
            path, _, version = view.front_matter["bts_checklist"][name].partition("?v=")
            written = assets[path.removeprefix(TO_NOTICE)]
            assert version == hashlib.sha256(written.encode("utf-8")).hexdigest()[:16], (notice.slug, name)


def test_a_form_for_the_establishment_is_linked_as_its_model():
    """A form the notice offers establishments (filled_by: establishment, Nantes 2026's attestation de formation) is
    sent to checklist.js as such with its document, and the page sends both link texts: « Modèle … que votre
    établissement peut utiliser », « Formulaire … à imprimer ». Real data: whatever its forms. (The links as shown:
    tests/site/test_forms_browser.py.)"""
    from project_support import REAL
    from generator.checklist.page import UI_GROUP

    project, problems = load_and_check(REAL)
    assert not problems, problems.report()
    seen = set()
    for notice in build_notices(project):
        forms = {f.id: f for f in notice.section("forms") or ()}
        data = _page_data(checklist_page(notice, project.content.checklist))
        for doc in notice.documents:
            if doc.id not in data["forms"]:
                continue
            filled_by = forms[doc.form].filled_by
            assert data["forms"][doc.id]["filled_by"] == filled_by, (notice.slug, doc.id)
            seen.add(filled_by)
    words = project.content.interface.groups[UI_GROUP].texts
    assert words["form_link_establishment"].startswith("Modèle") and words["form_link"].startswith("Formulaire")
    assert seen == {"candidate", "establishment"}
