"""The staff guide (« Guide du personnel des rectorats », pages personnel/ of the site).

- every field of every YAML file type is documented on the built pages: the model is walked here,
  independently of the guide's own generator, and each field looked up in its record's section;
- the examples of « Lire un message d'erreur » are what validate prints for those broken fixtures;
- the guide is in the navigation and out of the site search; its generated values are escaped like any other page's.
"""

from __future__ import annotations

import dataclasses
import re
import shlex
import shutil
import subprocess
import sys
import types
import typing
from pathlib import Path

import pytest
from markdown import Markdown

from generator.loading import CONTENT_FILES
from generator.model.academy import Academy
from generator.model.session import SessionFile
from generator.schema import Record
from generator.site import pages, staff_guide
from generator.site.templating import MARKDOWN, render_markdown

ROOT = Path(__file__).resolve().parents[2]
INVALID = ROOT / "tests" / "validation" / "invalid"

# The reference pages and the file types each documents: (id prefix of its sections, root record).
REFERENCE = {
    "champs-academie": [("academy", Academy)],
    "champs-session": [("session", SessionFile)],
    "champs-contenu": [(key, cls) for key, (_, cls) in CONTENT_FILES.items()],
}
# The examples of the errors page, by the fixture of tests/validation/invalid/ that produces each.
EXAMPLES = [
    "18_french_date.yaml",
    "11_unknown_key_typo.yaml",
    "21_boolean_no.yaml",
    "201_not_given_where_not_allowed.yaml",
    "01_yaml_syntax_error.yaml",
    "410_colon_glued_to_the_value_of_an_items_first_key.yaml",
    "441_condition_on_the_line_of_its_key_without_braces.yaml",
    "440_apostrophe_closing_single_quotes.yaml",
    "80_step_dash_forgotten_at_the_column_of_the_dashes.yaml",
    "370_list_item_key_one_space_left.yaml",
    "502_key_line_replaced_in_the_template_s_comment.yaml",
    "02_tab_indentation.yaml",
    "13_missing_required_key.yaml",
    "202_truncated_session_file.yaml",
    "24_closing_before_opening.yaml",
    "379_every_problem_of_a_file_with_a_syntax_error.yaml",
    "39_condition_value_not_a_choice.yaml",
    "53_weekday_not_matching_date.yaml",
    # a key without its colon (bd83b4ef) and as_written: cutting the notice's words unmarked (b3c5c033): review66 L7
    "655_key_without_its_colon.yaml",
    "680_as_written_cuts_the_notice_s_words_unmarked.yaml",
]


def _records(tp) -> list[type]:
    """The model records a type holds, at any depth of unions, lists and maps."""
    if isinstance(tp, type) and issubclass(tp, Record):
        return [tp]
    if typing.get_origin(tp) in (typing.Union, types.UnionType, list, tuple, dict):
        return [r for arg in typing.get_args(tp) for r in _records(arg)]
    return []


def model_fields(root: type) -> dict[type, list[str]]:
    """Every record reachable from ``root`` and the names staff can write in it."""
    found: dict[type, list[str]] = {}
    todo = [root]
    while todo:
        cls = todo.pop()
        if cls in found:
            continue
        hints = typing.get_type_hints(cls)
        names = [f.name for f in dataclasses.fields(cls) if not f.metadata.get("internal")]
        found[cls] = names
        for name in names:
            todo += _records(hints[name])
    return found


def sections(html: str) -> dict[str, str]:
    """The page's sections by the id of their heading (h2 or h3), each up to the next heading."""
    parts = re.split(r'(?=<h[23] id=")', html)
    out = {}
    for part in parts:
        m = re.match(r'<h[23] id="([^"]+)"', part)
        if m:
            out[m.group(1)] = part
    return out


@pytest.mark.parametrize("page", sorted(REFERENCE))
def test_every_field_of_the_model_is_documented_on_the_built_page(frozen_site, page):
    html = (frozen_site / "personnel" / page / "index.html").read_text(encoding="utf-8")
    found = sections(html)
    checked = 0
    for prefix, root in REFERENCE[page]:
        for cls, names in model_fields(root).items():
            anchor = f"{prefix}-{cls.__name__.lower()}"
            assert anchor in found, f"{page}: no section for {cls.__name__} ({anchor})"
            rows = re.findall(r"<tr[^>]*>\s*<td[^>]*><code>([^<]+)</code></td>", found[anchor])
            for name in names:
                assert name in rows, f"{page}: field {name} of {cls.__name__} missing from its section"
                checked += 1
            assert len(rows) == len(names), f"{page}: {cls.__name__} documents {rows}, the model has {names}"
    assert checked > {"champs-academie": 15, "champs-session": 120, "champs-contenu": 50}[page]


def test_a_field_added_to_the_model_would_be_missed_by_an_old_page():
    """The check above is not empty: it finds the fields in the generated Markdown, and would miss a new one."""
    md = staff_guide.staff_files(_texts())["personnel/champs-session.md"]
    cell = '<td role="cell" data-label="Champ" markdown="span">`{}`</td>'
    assert cell.format("novelties") in md and cell.format("drop") in md
    assert cell.format("no_such_field") not in md


def test_a_field_s_value_written_first_in_its_description_keeps_its_spelling():
    """« true quand… »: the value staff write, never « True » (no value of a YAML field of ours); other descriptions
    begin with a capital."""
    md = "".join(staff_guide.staff_files(_texts())[f"personnel/{page}.md"] for page in REFERENCE)
    cells = re.findall(r'data-label="Ce que c’est" markdown="span">([^<]*)</td>', md)
    assert len(cells) > 150
    assert [c for c in cells if re.match(r"(True|False)\b", c)] == []
    assert any(c.startswith("true quand") for c in cells)
    assert [c for c in cells if c[:1].islower() and not re.match(r"(true|false)\b", c)] == []


def _validate_output(fixture: str, tmp: Path) -> list[str]:
    """What validate prints (the problem lines) for a broken fixture put in the valid base project."""
    root = tmp / fixture
    shutil.copytree(ROOT / "content", root / "content")
    shutil.copytree(ROOT / "tests" / "validation" / "base" / "academies", root / "academies")
    shutil.copytree(ROOT / "tests" / "validation" / "base" / "content", root / "content", dirs_exist_ok=True)
    path = INVALID / fixture
    target = path.read_text(encoding="utf-8").splitlines()[0].removeprefix("# replaces: ").strip()
    (root / target).write_bytes(path.read_bytes())
    done = subprocess.run([sys.executable, "-m", "generator", "--root", str(root), "validate"], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert done.returncode == 1, done.stdout + done.stderr
    return [line for line in done.stdout.splitlines() if line and not re.match(r"\d+ problèmes? ; ", line)]


def test_the_error_examples_are_what_validate_prints(tmp_path):
    page = staff_guide.staff_files(_texts())["personnel/erreurs.md"]
    lines = page.splitlines()
    shown = set()
    for fixture in EXAMPLES:
        expected = ["    " + line for line in _validate_output(fixture, tmp_path)]
        starts = [i for i, line in enumerate(lines) if line == expected[0]]
        assert starts, f"{fixture}: the guide does not show « {expected[0]} »; validate prints:\n" + "\n".join(expected)
        assert any(lines[i:i + len(expected)] == expected for i in starts), f"{fixture}: the guide's example differs from:\n" + "\n".join(expected)
        shown |= {line for line in expected if line.startswith("    academies/")}
    # Every example of a problem on the page is one of those checked.
    examples = {line for line in lines if re.match(r"    academies/fixture/2024\.yaml:\d+:\d+: (?!avertissement)", line)}
    assert examples == shown


def test_the_guide_is_in_the_navigation_and_built(frozen_notices, frozen_site):
    texts = frozen_notices[0].texts
    nav = pages.nav(frozen_notices, checklist=True, texts=texts)
    (entry,) = [item for item in nav if texts.text("staff.section") in item]
    paths = [path for item in entry[texts.text("staff.section")] for path in item.values()]
    assert paths == [page.path for page in staff_guide.PAGES]
    for path in paths:
        assert (frozen_site / path.replace("index.md", "index.html").replace(".md", "/index.html")).is_file(), path


def test_the_site_search_finds_the_notices_and_not_the_guide(frozen_notices, frozen_site):
    """A candidate searching the site never lands on a staff page (its pages are still built, above): the search
    index built by MkDocs Material holds no page under the guide's folder, and still every notice page."""
    import json

    index = json.loads((frozen_site / "search" / "search_index.json").read_text(encoding="utf-8"))
    pages_found = {doc["location"].split("#", 1)[0] for doc in index["docs"]}
    staff = staff_guide.staff_url()
    assert not [p for p in pages_found if p.startswith(staff)], "the staff guide is out of the search"
    for notice in frozen_notices:
        assert f"{notice.slug}/{notice.year}/" in pages_found, (notice.slug, notice.year)
    assert "" in pages_found, "the home page"


def test_the_session_page_shows_a_real_comparison(frozen_notices):
    page = staff_guide.staff_files(frozen_notices[0].texts, frozen_notices)["personnel/session.md"]
    example = staff_guide.diff_example(frozen_notices)
    assert example is not None  # the project has an academy with two sessions (Nantes)
    assert f"python -m generator diff {example.command}" in page
    assert staff_guide.diff_example([n for n in frozen_notices if n.slug != "nantes"]) is None


def test_generated_values_are_escaped_on_the_reference_pages():
    attack = "<script>alert(1)</script> *x* [a](javascript:b) `c` | d"
    row = staff_guide.FieldRow(attack, True, True, attack, attack + "\n\n# titre", attack, None)
    section = staff_guide.RecordSection("session-x", attack, attack + "\n<b>", attack, (attack,), (row,))
    reference = staff_guide.FileReference("session", attack, (section, section))
    md = render_markdown(MARKDOWN, "staff_fields.md.j2", _texts(), title_key="staff.fields_session", pages={"writing": "ecrire.md", "fields_session": "x.md"}, files=(reference,), example=None)
    html = Markdown(extensions=["tables", "admonition", "attr_list", "md_in_html", "toc"]).convert(md)
    assert "<script>" not in html and "<b>" not in html and 'href="javascript' not in html and "<em>x</em>" not in html
    assert "<h1" in html and html.count("<h1") == 1, "a value may not open a heading"


def _texts():
    from generator.loading import read_file
    from generator.model.content import InterfaceFile
    from generator.problems import Problems

    return read_file(ROOT / "content" / CONTENT_FILES["interface"][0], ROOT, InterfaceFile, Problems())


def test_the_identifiers_page_gives_every_identifier_a_session_file_is_written_with():
    """A staff walk (stop 33) spent hours looking up question, answer, specialty and national document identifiers in
    content/*.yaml: the guide gives them all, with their words, from the national files of the build; a question a
    condition cannot test (a date, a department) is said to be read through what the site computes from it."""
    from project_support import REAL, valid_project

    from generator.merge import build_notices

    project = valid_project(REAL)
    content = project.content
    page = staff_guide.staff_files(content.interface, build_notices(project), content)[f"{staff_guide.STAFF_DIR}/identifiants.md"]
    for qid, question in content.questions.questions.items():
        assert f"`{qid}`" in page, qid
        if question.kind in staff_guide.CONDITION_KINDS:
            for choice in question.choices:
                assert re.search(rf"`{choice}`\s:\s", page), (qid, choice)
        for source in question.derived_from:
            assert f"`{source}`" in page
    for sid, specialty in content.specialties.specialties.items():
        assert f"`{sid}`" in page, sid
        for letter in specialty.options:
            assert re.search(rf"`{letter}`\s:\s", page), (sid, letter)
    for did in content.documents.documents:
        assert f"`{did}`" in page, did
    # without the national files (a view of the notices alone), the same questions and specialties
    notices = build_notices(project)
    alone, full = staff_guide.identifiers(notices), staff_guide.identifiers(notices, content)
    assert [r.id for r in alone.questions] == [r.id for r in full.questions]
    assert [r.id for r in alone.specialties] == [r.id for r in full.specialties]
    assert {r.id for r in alone.documents} <= {r.id for r in full.documents}
    # the specialties in French order (« Électrotechnique » among the E)
    names = [r.label for r in full.specialties]
    from generator.french import sort_key
    assert names == sorted(names, key=sort_key)


def test_the_identifiers_page_writes_each_national_condition_as_a_when_reads_it():
    """« Exigée pour » and « Sauf » give each national document's condition as a « when: » writes it: read back by
    the loader, it is the same condition (a notice item asking for the same document copies it)."""
    import yaml

    from generator.model.conditions import Condition
    from generator.problems import Problems
    from generator.schema import Reader
    from project_support import FROZEN, REAL, valid_project

    # by hand, on the frozen project's national files (tests/README.md)
    frozen = {r.id: r for r in staff_guide.identifiers(content=valid_project(FROZEN).content).documents}
    assert frozen["jdc_certificate"].condition == "{nationality: french, national_age_band: [under_25, turns_25]}"
    assert frozen["jdc_certificate"].sessions == "toutes"
    assert frozen["r408_attestation_2016"].sessions == "de la session 2017 à la session 2023"
    assert frozen["r408_attestation"].unless == "{r408_waiver: yes}"
    # on the real ones: every condition read back is the same
    content = valid_project(REAL).content
    rows = {r.id: r for r in staff_guide.identifiers(content=content).documents}
    for did, document in content.documents.documents.items():
        for written, condition in ((rows[did].condition, document.when), (rows[did].unless, document.unless)):
            if condition is None or condition == Condition.always():
                assert written == "", did
                continue
            problems = Problems()
            read = Condition.from_node(yaml.compose(f"when: {written}", Loader=yaml.SafeLoader).value[0][1], Reader("x.yaml", problems), "when")
            assert not problems and read == condition, (did, written)


def _example_after(page: str, heading_id: str) -> str:
    """The first indented (code) block after the heading ``{ #heading_id }`` of a guide page, unindented."""
    lines = page.splitlines()
    (start,) = [i for i, line in enumerate(lines) if line.startswith("#") and line.endswith(f"{{ #{heading_id} }}")]
    block = []
    for line in lines[start + 1:]:
        if line.startswith("    "):
            block.append(line[4:])
        elif block and line.strip():
            break
    assert block, f"no example under #{heading_id}"
    return "\n".join(block) + "\n"


def test_the_r408_list_example_is_read_as_written(tmp_path):
    """The guide's example of a notice's own R408 list (« r408: » › « list: »), put in place of a session file's
    r408: section, validates and gives the notice's list as written (a staff walk, stop 37, found no such example)."""
    import yaml

    from project_support import FROZEN, data_root, load

    example = _example_after(staff_guide.staff_files(_texts())["personnel/ecrire.md"], "r408")
    written = yaml.safe_load(example)["r408"]
    root = data_root(tmp_path, FROZEN)
    path = root / "academies" / "clermont-ferrand" / "2024.yaml"
    text = path.read_text(encoding="utf-8")
    section = re.search(r"^r408:\n(?:[ #].*\n|\n)*?(?=^\S)", text, re.M)
    assert section, "the frozen Clermont-Ferrand 2024 file has an r408: section"
    path.write_text(text[:section.start()] + example + "\n" + text[section.end():], encoding="utf-8")
    project, problems = load(root)
    assert not problems, problems.report()
    r408 = project.academies["clermont-ferrand"].sessions[2024].r408
    assert r408.section == written["section"] and r408.list.reference == written["list"]["reference"]
    read = [(str(e.specialty), list(e.annexes), e.words) for e in r408.list.specialties]
    assert read == [(e["specialty"], e.get("annexes", []), e.get("words")) for e in written["list"]["specialties"]]


def test_the_reviewed_example_is_what_validate_prints():
    """The errors page's example of a point to mark seen (``reviewed:``) is validate's output on the frozen project
    (its Toulouse 2024 freshness question and R408 list, two points of one file, the block to copy under the second),
    on the date the example's lines give, as the terminal shows it: a code block of the page, each line 4 spaces in
    for Markdown (the lines to copy start their lines: a staff walk, stop 40, pasted them with the report's
    indentation)."""
    import os

    page = staff_guide.staff_files(_texts())["personnel/erreurs.md"]
    lines = page.splitlines()
    start = next(i for i, line in enumerate(lines) if ": session.year: à contrôler : " in line)
    assert all(line.startswith("    ") for line in lines[start:start + 9]), "the example is one code block"
    assert not lines[start + 9].strip(), "the example ends with the block to copy"
    example = [line[4:] for line in lines[start:start + 9]]
    env = {**os.environ, "BTS_GUIDE_TODAY": "2026-12-03"}
    done = subprocess.run(
        [sys.executable, "-m", "generator", "--root", str(ROOT / "tests" / "fixtures" / "project"), "validate"],
        cwd=ROOT, env=env, capture_output=True, text=True, check=False,
    )
    # (the page gives the commands as typed in the project's folder; run here with --root, they carry it: staffdocs64)
    frozen = shlex.quote(str(ROOT / "tests" / "fixtures" / "project"))
    printed = done.stdout.replace(f"python -m generator --root {frozen} ", "python -m generator ").splitlines()
    at = next(i for i, line in enumerate(printed) if "toulouse/2024.yaml" in line and ": session.year: à contrôler : " in line)
    assert example == printed[at:at + 9], "\n".join(printed[at:at + 9])


def test_the_guide_says_where_a_changed_exam_office_goes():
    """A staff walk (stop 40) changed the exam office's address in academy.yaml, the obvious place by the overview's
    table, and every past session's page gave the new address. The overview says academy.yaml's office is every
    session's, past ones included, and the session file's exam_office: the exception; « Préparer une nouvelle
    session », step 2, says where a changed address goes, and the point validate gives."""
    files = staff_guide.staff_files(_texts())
    index = " ".join(files["personnel/index.md"].split()).replace("\u2019", "'")
    # (the academy.yaml row of the overview's table, not the page above the session file's row: review40-diff L6)
    row = next(line for line in files["personnel/index.md"].replace("\u2019", "'").splitlines() if line.startswith("| `academies/nantes/academy.yaml`"))
    assert "bureau des examens (valable pour toutes les sessions, passées comprises" in row, row
    session_row = next(line for line in files["personnel/index.md"].splitlines() if line.startswith("| `academies/nantes/2026.yaml`"))
    assert "passées comprises" not in session_row, session_row
    assert "le bureau des examens (`exam_office:`) quand cette notice en donne d'autres coordonnées que `academy.yaml`" in index
    session = " ".join(files["personnel/session.md"].split()).replace("\u2019", "'")
    step = session[session.index("## Étape 2"):session.index("## Étape 3")]
    assert "une coordonnée du bureau des examens qui change" in step and "ne pas modifier `academy.yaml`" in step, step
    assert "dans le fichier de la nouvelle session, un bloc `exam_office:` complet" in step, step
    assert "`validate` signale une adresse citée par les textes d'une session qui n'est celle d'aucun de ses contacts" in step


def test_the_guide_says_a_new_academy_s_cited_national_texts_go_to_the_national_team():
    """A staff walk (staffwalk61 M4): Limoges' first notice cites the arrêté du 13 juillet 2023, and its page said the rule
    « cité par la notice de Clermont-Ferrand (session 2024) »; only « Préparer une nouvelle session » said to send the
    cited_by: line to the national team. « Ajouter une académie », step 3, says it too, with the line to send."""
    files = staff_guide.staff_files(_texts())
    academy = " ".join(files["personnel/academie.md"].split()).replace("\u2019", "'")
    step = academy[academy.index("## Étape 3"):academy.index("## Étape 4")]
    assert "la ligne à ajouter sous son `cited_by:`" in step and "ne pas le modifier soi-même" in step, step
    assert "`- {academy: nancy-metz, session: 2027, section: \"III. Pièces justificatives\"}`" in step, step
    assert "cité par la notice de Clermont-Ferrand (session 2024)" in step, step


def test_the_guide_says_where_the_exam_office_s_hours_go_and_which_command_writes_which_verify_line():
    """A staff walk, stop 52: the exam office's hours written in academy.yaml's note: were missing from the PDF (L3,
    step 2 of « Ajouter une académie » did not say it); « C'est toujours une seule ligne » (new-academy) and « tient sur
    plusieurs lignes » (new-session) read as a contradiction without the command each is about (guide item 8)."""
    files = staff_guide.staff_files(_texts())
    academy, session = (" ".join(files[f"personnel/{page}.md"].split()) for page in ("academie", "session"))
    step2 = academy[academy.index("Étape 2"):academy.index("Étape 3")]
    assert "les horaires d’ouverture du bureau des examens" in step2 and "que le PDF de la notice n’imprime pas" in step2
    assert "sous son propre `exam_office:`" in step2 and "`as_written:`" in step2
    assert "Une ligne `verify:` écrite par `new-academy` tient toujours sur une seule ligne" in academy
    assert "la ligne `verify:` que `new-session` écrit tout en haut du fichier tient sur plusieurs lignes" in session


# ---------------------------------------------------------------- the worked example of a first session

# A day of the example's registrations: validate's questions that depend on the day (« la notice de la session
# suivante est-elle parue ? ») are those of a staff member filling the files that autumn.
EXAMPLE_TODAY = "2026-10-20"


def _example_root(tmp: Path, files: dict[str, bytes] | None = None) -> Path:
    """A data folder: the real content/, its departments table given the example's academy (« exemple », with the
    departments its academy.yaml lists, taken from the academies they belong to: validate refuses a department of
    another academy), and the example's two files as academies/exemple/ (``files``: in their place, by name)."""
    root = tmp / "example"
    shutil.copytree(ROOT / "content", root / "content")
    files = files or {p.name: p.read_bytes() for p in staff_guide.EXAMPLE_DIR.glob("*.yaml")}
    folder = root / "academies" / staff_guide.EXAMPLE_SLUG
    folder.mkdir(parents=True)
    for name, data in files.items():
        (folder / name).write_bytes(data)
    import yaml

    codes = [d["code"] for d in yaml.safe_load((staff_guide.EXAMPLE_DIR / "academy.yaml").read_text(encoding="utf-8"))["departments"]]
    table = root / "content" / "departments.yaml"
    text = table.read_text(encoding="utf-8")
    assert f"\n  {staff_guide.EXAMPLE_SLUG}:\n" not in text, "the example's slug is a real academy's"
    text = text.replace("\nacademies:\n", f"\nacademies:\n  {staff_guide.EXAMPLE_SLUG}:\n    name: Exemple\n    title: académie d'exemple\n"
                        "    kind: académie\n    website: https://www.ac-exemple.fr\n    timezone: Europe/Paris\n", 1)
    for code in codes:
        text, n = re.subn(rf'(\n  - \{{code: "{code}", name: [^,]+, academy: )[a-z-]+\}}', rf"\g<1>{staff_guide.EXAMPLE_SLUG}}}", text)
        assert n == 1, f"department {code} of the example not found once in content/departments.yaml"
    table.write_text(text, encoding="utf-8")
    return root


def _example_report(root: Path, monkeypatch) -> tuple[str, str]:
    """The loader's problems (empty when valid), then what validate prints, on the example's day."""
    import contextlib
    import io

    from generator.cli import main
    from project_support import load

    monkeypatch.setenv("BTS_GUIDE_TODAY", EXAMPLE_TODAY)
    _, problems = load(root)
    out = io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(io.StringIO()):
        main(["--root", str(root), "validate"])
    return problems.report() if problems else "", out.getvalue()


def test_the_first_session_example_is_valid_as_the_page_shows_it(tmp_path, monkeypatch):
    """staffwalk54 L2: the guide had no filled first session file, so a staff member copied Toulouse's, and its words.
    The page « Exemple : une première session » shows an invented academy's academy.yaml and session file; they are
    read from generator/site/templates/staff_example/, and here, byte for byte, validated by the project's loader and
    validate: valid, no draft (a verify: line or « À COMPLÉTER » left would be one), as the page says."""
    problems, printed = _example_report(_example_root(tmp_path), monkeypatch)
    assert not problems, "the staff guide's example no longer validates:\n" + problems
    assert "Tout est valide : 1 académie, 1 session" in printed and "Brouillon" not in printed, printed


def test_a_broken_first_session_example_is_caught(tmp_path, monkeypatch):
    """The check above fails when the example does: its closing written as a French date and hour."""
    session = next(p for p in staff_guide.EXAMPLE_DIR.glob("*.yaml") if p.name != "academy.yaml")
    text = session.read_text(encoding="utf-8")
    assert text.count("  closing: 2026-11-18 17:00\n") == 1
    broken = {p.name: p.read_bytes() for p in staff_guide.EXAMPLE_DIR.glob("*.yaml")}
    broken[session.name] = text.replace("  closing: 2026-11-18 17:00\n", "  closing: 18/11/2026 17h\n").encode("utf-8")
    problems, printed = _example_report(_example_root(tmp_path, broken), monkeypatch)
    assert "session.closing" in problems and "Tout est valide" not in printed, problems + printed


def test_the_first_session_example_page_shows_every_line_of_the_files_with_its_explanation():
    """Every line of the example files is on the page, in order, in code blocks (none retyped), each block under its
    one-line explanation; the files are linked from « Ajouter une académie » (its introduction and step 3) and from
    « Préparer une nouvelle session » where a first session is written; the academy is in no real folder or table."""
    files = staff_guide.staff_files(_texts())
    page = files["personnel/exemple.md"]
    examples = staff_guide.example_files()
    assert [f.name for f in examples][0] == "academy.yaml" and len(examples) == 2
    for example in examples:
        text = (staff_guide.EXAMPLE_DIR / example.name).read_text(encoding="utf-8")
        body = text[text.index("\n" + staff_guide.EXAMPLE_BLOCK) + 1:]
        shown = [line for line in body.splitlines() if not line.startswith(staff_guide.EXAMPLE_BLOCK)]
        assert [line for block in example.blocks for line in block.yaml.splitlines()] == shown
        at = page.index(f"## `{example.path}`")
        for block in example.blocks:
            assert block.about and "\n" not in block.about and block.yaml.strip(), block
            code = "\n".join("    " + line for line in block.yaml.splitlines())
            at = page.index("\n\n" + code + "\n", at)
    assert "non précisé par la notice" in page
    # the page says what the candidates' page says for the part the example's notice does not give
    assert "« La notice ne dit pas comment demander un aménagement d'épreuves. »" in (staff_guide.EXAMPLE_DIR / "2027.yaml").read_text(encoding="utf-8")
    assert "not_given: \"La notice ne dit pas comment demander un aménagement d'épreuves.\"" in (ROOT / "content" / "interface.yaml").read_text(encoding="utf-8")
    academy = files["personnel/academie.md"]
    assert academy.count("](exemple.md)") == 3
    session = files["personnel/session.md"].replace("\u2019", "'")
    first_session = session.split("Quand l'académie n'a aucune session avant l'année tapée")[1].split("\n")[0]
    assert "](exemple.md)" in first_session
    assert not (ROOT / "academies" / staff_guide.EXAMPLE_SLUG).exists()


def test_the_add_an_academy_page_shows_the_example_s_academy_yaml_not_a_real_academy_s():
    """staff67 L6: step 2 of « Ajouter une académie » showed Nantes's academy.yaml, and a staff member copying it got
    Nantes's office and addresses. It shows the invented example's academy.yaml, every line of it in one code block:
    the file validated as it is above (test_the_first_session_example_is_valid_as_the_page_shows_it); no academy
    folder's slug is in it."""
    page = staff_guide.staff_files(_texts())["personnel/academie.md"]
    step = page.split("## Étape 2")[1].split("## Étape 3")[0]
    (academy,) = [f for f in staff_guide.example_files() if f.name == "academy.yaml"]
    lines = [line for block in academy.blocks for line in block.yaml.splitlines()]
    assert "\n\n" + "\n".join("    " + line for line in lines) + "\n\n" in step, step
    shown = re.findall(r"^    slug: (\S+)$", step, re.M)
    assert shown == [staff_guide.EXAMPLE_SLUG], shown
    for folder in [*(ROOT / "academies").iterdir(), *(ROOT / "tests" / "fixtures" / "project" / "academies").iterdir()]:
        assert folder.name != staff_guide.EXAMPLE_SLUG, folder


def test_the_first_session_example_quotes_the_notice_as_its_file_writes_it():
    """review66 L8: the example teaches « mot pour mot » but its explanation quoted « du mardi 13 octobre 2026 au … »
    while `dates_note:` held « Inscriptions sur CYCLADES du mardi … à 17 h. »: the explanation quotes the sentence the
    file writes. And for the exam adjustment the notice does not give, it says the guide's note the page adds
    (notice_view.adjustment_ask, 8832a1c7), which sends candidates to academy.yaml's exam office."""
    text = (staff_guide.EXAMPLE_DIR / "2027.yaml").read_text(encoding="utf-8")
    (note,) = re.findall(r"^  dates_note: (.+)$", text, re.M)
    explanation = next(line for line in text.splitlines() if line.startswith(staff_guide.EXAMPLE_BLOCK) and "dates_note" in line)
    assert f"« {note} »" in explanation, explanation
    ask = _texts().text("exam_adjustment.not_given_ask", office="\x00").split("\x00")[0].replace("\xa0", " ").replace("\u202f", " ")  # (up to the office; the file's spaces)
    adjustment = next(line for line in text.splitlines() if line.startswith(staff_guide.EXAMPLE_BLOCK) and "aménagement" in line)
    assert f"« {ask}… »" in adjustment and "`exam_office:`" in adjustment and "academy.yaml" in adjustment, adjustment


def test_the_readme_names_the_points_of_a_folder_copied_from_another_academy():
    """staffwalk61 L7 (fixstaff63 item 6): the README's « à contrôler » list (« Préparer la session suivante », 4.) did not
    name the points of stop 61 that the staff guide's errors page names: another academy's web address, residence
    department, source: and source note."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    listed = readme.split("4. `validate` et la construction signalent aussi", 1)[1].split("\n5. ", 1)[0]
    listed = " ".join(listed.split())
    for point in ("une adresse web sur son site", "une phrase de `residence:` qui nomme un de ses départements",
                  "un `source:` qui est aussi celui d'une de ses sessions",
                  "une précision de `source_notes:` mot pour mot la sienne"):
        assert point in listed, point
    errors = (ROOT / "generator" / "site" / "templates" / "staff_errors.md.j2").read_text(encoding="utf-8")
    assert "une adresse web sur le site d'une autre académie" in errors and "la phrase de `residence:`" in errors
