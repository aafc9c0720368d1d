"""The checklist page escapes by context: placeholders filled once, calendar text without control characters,
the notice's bold (``**words**``) as <strong> elements, never HTML.

A copy of the frozen project (tests/fixtures/project/) gets « {answer} » in a question's label, and a carriage
return followed by an iCalendar property (``ATTACH:…``) in a deadline's note
and words (a label is a name on one line: validate refuses a line break there,
tests/validation); the site is built, the checklist computed in Chromium (Pyodide),
its calendar downloaded and parsed with the ``icalendar`` library, as is the
site's own calendar of the session.
"""

from __future__ import annotations

import re
from pathlib import Path

import icalendar
import pytest

from browser_support import Watched, chromium, require_browser, serve_site, wait_checklist
from site_support import copy_project, run_mkdocs

LABEL = "Quelle est votre nationalité {answer} ?"
INJECTED_NOTE = "Téléversement des pièces\\rATTACH:https://inj.invalid/label.ics"  # YAML escapes: a lone CR
# (« DÉLAI DE RIGUEUR »: the deadline is strict, and validate wants its words to say so)
INJECTED_WORDS = "**AU PLUS TARD LE MERCREDI 22 NOVEMBRE 2023, DÉLAI DE RIGUEUR**\\r\\nATTACH:https://inj.invalid/words.ics\\u0001\\u0007 fin"


STEP_WORDS = "Important : soyez vigilant"
BOLD_STEP_WORDS = "**Important : <script>window.injected=1</script>soyez** vigilant"


def replace_once(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1, f"{path}: {old!r} not found once"
    path.write_text(text.replace(old, new), encoding="utf-8")


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    root = copy_project(tmp_path_factory.mktemp("checklist-escaping"))
    replace_once(root / "content" / "questions.yaml", "label: Quelle est votre nationalité ?", f'label: "{LABEL}"')
    session = root / "academies" / "toulouse" / "2024.yaml"
    text = session.read_text(encoding="utf-8")
    note = re.search(r"(    note: >-\n      Durant la période d'inscription, soit jusqu'au 22 novembre 2023.*?\n)(?=  \S)", text, re.S)
    assert note, "the note of the documents deadline moved"
    text = text.replace(note.group(1), f'    note: "{INJECTED_NOTE}"\n', 1)
    words = re.search(r"(    words: >-\n      Au plus tard le mercredi 22 novembre 2023, délai de rigueur.*?\n)(?=    note:)", text, re.S)
    assert words, "the words of the documents deadline moved"
    text = text.replace(words.group(1), f'    words: "{INJECTED_WORDS}"\n', 1)
    assert text.count(STEP_WORDS) == 1, "the first step's words moved"
    session.write_text(text.replace(STEP_WORDS, BOLD_STEP_WORDS), encoding="utf-8")
    out = root / "out"
    result = run_mkdocs(root / "mkdocs.yml", out, BTS_GUIDE_COMPRESS="0")  # (no test here reads the precompressed copies)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    return out


def property_names(calendar_bytes: bytes) -> list[str]:
    """The name of every property of every component, as the icalendar library reads the file."""
    calendar = icalendar.Calendar.from_ical(calendar_bytes)
    return [name for component in calendar.walk() for name, _ in component.property_items(recursive=False)]


def assert_no_injected_property(calendar_bytes: bytes, where: str, *, with_note: bool = False) -> None:
    # A lone CR (or LF) only ever as part of the CRLF that ends a line.
    assert re.search(rb"\r(?!\n)|(?<!\r)\n", calendar_bytes) is None, f"{where}: bare CR or LF"
    assert not re.search(rb"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]", calendar_bytes), f"{where}: control character"
    names = property_names(calendar_bytes)
    assert "ATTACH" not in names and not any(n.startswith("X-INJ") for n in names), f"{where}: {names}"
    unfolded = calendar_bytes.decode("utf-8").replace("\r\n ", "")
    assert not with_note or "ATTACH:https://inj.invalid/label.ics" in unfolded.replace("\\n", "\n").replace("\n", ""), f"{where}: the label's words were lost"


def test_the_sites_own_calendar_keeps_the_words_as_text(site):
    calendar = (site / "toulouse" / "2024" / "bts-toulouse-2024.ics").read_bytes()
    assert_no_injected_property(calendar, "site .ics", with_note=True)
    unfolded = calendar.decode("utf-8").replace("\r\n ", "")
    assert "**" not in unfolded and "AU PLUS TARD LE MERCREDI 22" in unfolded  # the bold's markers dropped


def test_the_notice_page_sets_the_bold_in_strong_and_escapes_inside_it(site):
    page = (site / "toulouse" / "2024" / "index.html").read_text(encoding="utf-8")
    assert "<strong>Important\u00a0: &lt;script&gt;window.injected=1&lt;/script&gt;soyez</strong> vigilant" in page
    assert "**" not in re.sub(r"<[^>]*>", "", page).replace("(**)", "")


def test_the_checklist_sets_the_bold_in_strong_elements_never_html(checklist):
    assert checklist["strong"] == [["Important\u00a0: <script>window.injected=1</script>soyez", 0]]  # text, no element
    assert checklist["scripts"] == 0 and checklist["injected"] == "undefined"
    assert "**" not in checklist["text"]


@pytest.fixture(scope="module")
def checklist(site) -> dict:
    """The Toulouse 2024 checklist computed in Chromium for a foreign candidate: its text and its calendar."""
    require_browser(needs_pyodide=True)
    with serve_site(site) as origin, chromium() as browser:
        visit = Watched(browser, origin)
        page = visit.page
        page.goto(origin + "/toulouse/2024/liste-personnalisee/#nationality=foreign")
        wait_checklist(page)
        text = re.sub(r"[\s\u00a0\u202f]+", " ", page.inner_text("#bts-checklist-output"))
        strong = page.eval_on_selector_all("#bts-checklist-output li[data-step] p strong", "els => els.map(e => [e.textContent, e.children.length])")
        scripts = page.eval_on_selector_all("#bts-checklist-output script", "els => els.length")
        injected = page.evaluate("typeof window.injected")
        with page.expect_download() as info:
            page.click("#bts-checklist-ics")
        calendar = Path(info.value.path()).read_bytes()
        problems = visit.errors + visit.violations()
        visit.close()
    return {"text": text, "calendar": calendar, "problems": problems, "strong": strong, "scripts": scripts, "injected": injected}


def test_a_placeholder_typed_in_a_yaml_label_is_shown_not_filled(checklist):
    assert checklist["problems"] == []
    assert "nationalité {answer} ?" in checklist["text"], checklist["text"][:2000]
    assert "nationalité Autre nationalité" not in checklist["text"]


def test_the_checklists_calendar_has_no_injected_property(checklist):
    calendar = checklist["calendar"]
    assert_no_injected_property(calendar, "checklist .ics")
    unfolded = calendar.decode("utf-8").replace("\r\n ", "")
    assert "**" not in unfolded and "AU PLUS TARD LE MERCREDI 22" in unfolded, unfolded
    assert "ATTACH:https://inj.invalid/words.ics fin" in calendar.decode("utf-8").replace("\r\n ", "").replace("\\n", "")
    assert all(len(line.encode("utf-8")) <= 75 for line in calendar.decode("utf-8").split("\r\n"))
