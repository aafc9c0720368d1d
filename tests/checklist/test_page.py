"""The checklist page body and assets (generator/checklist/page.py) and the static browser code."""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser

import pytest

from checklist_support import ENGINE, ROOT
from generator.checklist.compile import compile_ruleset
from generator.checklist.page import checklist_assets, checklist_page, pyodide_files
from generator.merge import build_notices
from generator.pipeline import load_and_check


@pytest.fixture(scope="module")
def notices():
    project, problems = load_and_check(ROOT, [ROOT / "academies" / "toulouse"])
    assert not problems, problems.report()
    return build_notices(project)


class _Collect(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags: list[tuple[str, dict]] = []
        self.stack: list[str] = []
        self.legends = 0
        self.fieldsets = 0

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        if tag == "fieldset":
            self.fieldsets += 1
        if tag == "legend":
            self.legends += 1


def test_every_control_has_a_label_and_every_fieldset_a_legend(notices):
    for notice in notices:
        body = checklist_page(notice)
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
        for question in (q for q in notice.questions.values() if q.kind == "choice"):
            assert question.label.split()[0] in body


def test_page_has_a_fallback_linking_to_the_document_tables(notices):
    body = checklist_page(notices[0])
    assert "<noscript>" in body and 'href="../#pieces-justificatives"' in body
    assert 'id="bts-checklist-failure"' in body


def test_nothing_is_loaded_from_another_site(notices):
    body = checklist_page(notices[0])
    for url in re.findall(r'(?:src|data-[a-z]+)="([^"]+)"', body):
        assert not re.match(r"[a-z]+:|//", url), url
    for name in ("worker.js", "checklist.js"):
        text = (ROOT / "site_overrides" / "assets" / "checklist" / name).read_text(encoding="utf-8")
        assert not re.search(r"https?://|[\'\"`]//", text), name


def test_assets_are_the_ruleset_and_the_engine(notices):
    for notice in notices:
        assets = checklist_assets(notice)
        assert set(assets) == {"checklist/ruleset.json", "checklist/engine.py"}
        assert json.loads(assets["checklist/ruleset.json"]) == compile_ruleset(notice)
        assert assets["checklist/engine.py"] == ENGINE.read_text(encoding="utf-8")


def test_pyodide_files_exist_when_node_modules_is_installed():
    files = pyodide_files()
    if not (ROOT / "node_modules" / "pyodide").exists():
        pytest.skip("node_modules absent : lancer npm ci")
    for path, source in files.items():
        assert path.startswith("assets/pyodide/") and source.is_file(), source


def _page_data(body: str) -> dict:
    raw = re.search(r'<script type="application/json" id="bts-checklist-data">(.*?)</script>', body, re.S).group(1)
    return json.loads(raw)


def test_checklist_js_uses_only_texts_the_page_sends(notices):
    from generator.checklist.page import SHARED_TEXTS, UI_KEYS

    script = (ROOT / "site_overrides" / "assets" / "checklist" / "checklist.js").read_text(encoding="utf-8")
    used = set(re.findall(r'\bui\("([a-z_]+)"', script))
    assert used and used <= set(UI_KEYS), sorted(used - set(UI_KEYS))
    shared = set(re.findall(r'\bshared\("([a-z_.]+)"', script))
    shared |= {f"exam_adjustment.channel_{c}" for c in ("postal", "application", "doctor", "website")}  # built from the channel
    assert shared <= set(SHARED_TEXTS), sorted(shared - set(SHARED_TEXTS))
    for notice in notices:
        data = _page_data(checklist_page(notice))
        assert set(data["texts"]) == set(SHARED_TEXTS)
        for key, names in SHARED_TEXTS.items():
            for name in names:
                assert "{" + name + "}" in data["texts"][key], (key, name)


def test_registration_opening_is_never_until_the_end_of_the_day(notices):
    checked = 0
    for notice in notices:
        if notice.opening is None:
            continue
        data = _page_data(checklist_page(notice))
        end_words = notice.texts.text("moments.end_of_day", day="", zone="").split("(")[0].strip(" ,")
        assert end_words not in data["dates"]["registration_opening"], notice.slug
        if notice.closing is not None and not notice.closing_has_time:
            assert end_words in data["dates"]["registration_closing"]
        checked += 1
    assert checked
