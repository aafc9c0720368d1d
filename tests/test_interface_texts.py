"""content/interface.yaml: every word of the pages and of the checklist's command line.

The code asks for texts by key (``texts.text("group.id", **values)``); the table
``generator.interface.TEXTS`` lists each key with its placeholders. These tests
tie the three together: the code only uses listed keys and uses all of them,
the real YAML has exactly them, and a staff edit that breaks a placeholder is
reported like any other problem (French, file:line:col), by ``validate`` and by
the checklist's command line.
"""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from generator.interface import TEXTS
from generator.loading import CONTENT_FILES, read_file
from generator.checks import check_interface
from generator.model.content import InterfaceFile
from generator.problems import Problems
from project_support import FROZEN

ROOT = Path(__file__).resolve().parent.parent
# The modules whose words live in content/interface.yaml.
MODULES = sorted((ROOT / "generator" / "site").glob("*.py")) + [
    ROOT / "generator" / "checklist" / "answer.py",
    ROOT / "generator" / "checklist" / "text.py",
    ROOT / "generator" / "checklist" / "cli.py",
    ROOT / "generator" / "checklist" / "page.py",
    ROOT / "generator" / "checklist" / "compile.py",
    ROOT / "generator" / "diff.py",
    ROOT / "generator" / "diff_cli.py",
    ROOT / "generator" / "merge.py",
]
KEY = re.compile(r"[a-z_][a-z0-9_]*\.[a-z0-9_]+")
# The page templates: their texts are t("group.id", …) calls (generator/site/templating.py).
TEMPLATES = sorted((ROOT / "generator").glob("*/templates/*.j2"))
REGISTERED = {f"{group}.{name}" for group, texts in TEXTS.items() for name in texts}


def _load(root: Path) -> tuple[InterfaceFile | None, Problems]:
    problems = Problems()
    texts = read_file(root / "content" / CONTENT_FILES["interface"][0], root, InterfaceFile, problems)
    if texts is not None:
        check_interface(texts, problems)
    return texts, problems


def _constants(path: Path) -> tuple[set[str], set[str]]:
    """String constants of a module that look like interface keys, and the first arguments of ``.text``/``.join`` calls."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    keys, called = set(), set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and KEY.fullmatch(node.value) and node.value.split(".")[0] in TEXTS:
            keys.add(node.value)
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr in ("text", "join")
            and not isinstance(node.func.value, ast.Constant)  # not ", ".join(...)
            and node.args
        ):
            first = node.args[0]
            for sub in ast.walk(first):
                if isinstance(sub, ast.Constant) and isinstance(sub.value, str):
                    called.add(sub.value)
    return keys, called


@pytest.mark.parametrize("root", [ROOT, FROZEN], ids=["real", "frozen"])
def test_the_real_file_has_every_text_with_its_placeholders(root):
    """content/interface.yaml, and its copy in the frozen project (a text the code gains is added there too)."""
    texts, problems = _load(root)
    assert not problems, problems.report()
    assert {f"{g}.{n}" for g, group in texts.groups.items() for n in group.texts} == REGISTERED


def test_code_uses_only_listed_keys_and_every_listed_key():
    seen: set[str] = set()
    for path in MODULES:
        keys, called = _constants(path)
        unknown = (keys | {c for c in called if KEY.fullmatch(c)}) - REGISTERED
        assert not unknown, f"{path.name}: keys not in generator/interface.py: {sorted(unknown)}"
        seen |= keys
    assert TEMPLATES
    for path in TEMPLATES:
        quoted = set(re.findall(r"[\"']([a-z_][a-z0-9_]*\.[a-z0-9_]+)[\"']", path.read_text(encoding="utf-8")))
        keys = {k for k in quoted if k.split(".")[0] in TEXTS}
        # A key built in the template (« "header.audience_" ~ header.audience »): every text with that prefix.
        for prefix in {k for k in keys if k.endswith("_")}:
            family = {k for k in REGISTERED if k.startswith(prefix)}
            assert family, f"{path.name}: no text starts with {prefix!r}"
            keys = (keys - {prefix}) | family
        unknown = keys - REGISTERED
        assert not unknown, f"{path.name}: keys not in generator/interface.py: {sorted(unknown)}"
        seen |= keys
    # The checklist page's texts (group checklist_page): ui["key"] in page.py, ui.key in its template, ui("key") in checklist.js.
    page = (ROOT / "generator" / "checklist" / "page.py").read_text(encoding="utf-8")
    # (checklist.html.j2 and the bar it includes, _summary.html.j2)
    template = "".join(path.read_text(encoding="utf-8") for path in sorted((ROOT / "generator" / "checklist" / "templates").glob("*.html.j2")))
    script = (ROOT / "site_overrides" / "assets" / "checklist" / "checklist.js").read_text(encoding="utf-8")
    used = set(re.findall(r'\bui\["([a-z_]+)"\]', page)) | set(re.findall(r'\bui\.([a-z_]+)', template)) | set(re.findall(r'\bui\("([a-z_]+)"', script))
    # checklist.js picks some texts by name: the exam-adjustment introduction, the invalid-answer message, the
    # words of the bar's next deadline.
    used |= set(re.findall(r'"((?:adjustment|invalid|summary_next)_[a-z]+)"', script))
    unknown = {f"checklist_page.{k}" for k in used} - REGISTERED
    assert not unknown, f"checklist page texts not in generator/interface.py: {sorted(unknown)}"
    seen |= {f"checklist_page.{k}" for k in used}
    assert REGISTERED - seen == set(), f"listed but never used by the code: {sorted(REGISTERED - seen)}"


def test_a_call_that_does_not_match_the_table_is_refused():
    texts, _ = _load(FROZEN)
    assert texts.text("common.deadline", date="X") == "Date limite\u00a0: X"
    with pytest.raises(ValueError):
        texts.text("common.deadline")
    with pytest.raises(ValueError):
        texts.text("common.deadline", date="X", other="Y")
    with pytest.raises(KeyError):
        texts.text("common.nope")
    assert texts.join("conditions.or_last", ["a", "b", "c"]) == "a ou b ou c"
    assert texts.join("conditions.or_last", []) == ""


def test_a_text_that_names_another_s_title_takes_it_from_there():
    """A review (53 L5, 54 L7): texts that copied another's title by hand. The PDF's annex names the column of its
    table by that column's own text; the preview's link to « Lire un message d'erreur », written in the code (the report
    must show when content/interface.yaml itself does not read), starts with the staff guide page's title."""
    from generator.site.serving import GUIDE_LINK

    texts, _ = _load(ROOT)
    assert texts.text("annex.sources_intro", column="Colonne X").count("«\u00a0Colonne X\u00a0»") == 1
    assert GUIDE_LINK.startswith(texts.text("staff.errors") + " ("), (GUIDE_LINK, texts.text("staff.errors"))


def test_a_value_is_never_read_as_a_placeholder():
    texts, _ = _load(FROZEN)
    assert texts.text("common.deadline", date="{date} {x}") == "Date limite\u00a0: {date} {x}"


def test_words_by_number_follow_the_count_in_french():
    """« {count|pièce|pièces} »: singular for 0 and 1 (French), plural beyond; the checklist page's templates
    (values not numbers, filled in the browser by checklist.js: fill) keep them as written."""
    texts, _ = _load(FROZEN)
    key = "checklist_page.summary_documents"
    assert [texts.text(key, count=n) for n in (0, 1, 2, 12)] == ["0 pièce", "1 pièce", "2 pièces", "12 pièces"]
    assert texts.text(key, count="{count}") == "{count} {count|pièce|pièces}"
    note = texts.text("checklist_page.kept_note", count=1)
    assert note.startswith("Ce changement met de côté 1 réponse.") and "(s)" not in note
    answers = texts.text("checklist_page.kept_note_answers", count=1, answers="« a »")
    assert answers.startswith("Cette question ne se pose plus") and "compte de nouveau si la question revient" in answers and "(s)" not in answers
    answers = texts.text("checklist_page.kept_note_answers", count=3, answers="« a »")
    assert answers.startswith("Ces questions ne se posent plus") and "comptent de nouveau si les questions reviennent" in answers


def test_a_plural_with_an_unknown_name_is_reported(tmp_path):
    root = tmp_path / "root"
    shutil.copytree(FROZEN / "content", root / "content")
    path = root / "content" / "interface.yaml"
    text = path.read_text(encoding="utf-8")
    old = 'summary_documents: "{count} {count|pièce|pièces}"'
    assert old in text
    path.write_text(text.replace(old, 'summary_documents: "{count} {cout|pièce|pièces}"', 1), encoding="utf-8")
    texts, problems = _load(root)
    assert "paramètre inconnu « {cout} »" in problems.report(), problems.report()


@pytest.fixture()
def broken_root(tmp_path) -> Path:
    """A copy of the frozen project whose interface.yaml lost a placeholder, gained an unknown one and a stray brace."""
    root = tmp_path / "root"
    shutil.copytree(FROZEN / "content", root / "content")
    shutil.copytree(FROZEN / "academies", root / "academies")
    path = root / "content" / "interface.yaml"
    text = path.read_text(encoding="utf-8")
    edits = [
        ('deadline: "Date limite : {date}"', 'deadline: "Date limite : {dat}"'),
        ('past_title: "Session passée"', 'past_title: "Session passée {year}"'),
        ('zone: "heure de {city}"', 'zone: "heure de {city"'),
        ('      col_page: "Page"\n', ""),
    ]
    for old, new in edits:
        assert old in text, old
        text = text.replace(old, new, 1)
    text = text.replace('  nav:\n    about: menu de navigation du site\n    texts:\n', '  nav:\n    about: menu de navigation du site\n    texts:\n      homepage: "Accueil"\n', 1)
    path.write_text(text, encoding="utf-8")
    return root


def line_of(root: Path, needle: str) -> int:
    lines = (root / "content" / "interface.yaml").read_text(encoding="utf-8").splitlines()
    return next(i for i, line in enumerate(lines, 1) if needle in line)


def test_validate_reports_broken_texts_in_french_with_positions(broken_root):
    done = subprocess.run([sys.executable, "-m", "generator", "--root", str(broken_root), "validate"], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert done.returncode == 1
    heads = [line for line in done.stdout.splitlines() if line.startswith("content/interface.yaml:")]
    deadline = line_of(broken_root, 'deadline: "Date limite : {dat}"')
    past = line_of(broken_root, "past_title:")
    zone = line_of(broken_root, "zone: ")
    homepage = line_of(broken_root, "homepage:")
    expected = [
        f"content/interface.yaml:{deadline}:7: groups.common.texts.deadline: paramètre inconnu « {{dat}} » ; vouliez-vous dire « {{date}} » ? (paramètres de ce texte : {{date}})",
        f"content/interface.yaml:{deadline}:7: groups.common.texts.deadline: paramètre « {{date}} » manquant : la valeur qu'il porte disparaîtrait de la page ; le remettre (paramètres de ce texte : {{date}})",
        f"content/interface.yaml:{past}:7: groups.common.texts.past_title: paramètre inconnu « {{year}} » (paramètres de ce texte : aucun)",
        f"content/interface.yaml:{zone}:7: groups.moments.texts.zone: paramètre « {{city}} » manquant : la valeur qu'il porte disparaîtrait de la page ; le remettre (paramètres de ce texte : {{city}})",
        f"content/interface.yaml:{zone}:7: groups.moments.texts.zone: accolade seule ou paramètre mal écrit ; écrire les paramètres ainsi : {{city}}",
        f"content/interface.yaml:{homepage}:7: groups.nav.texts.homepage: texte inconnu « homepage » : le générateur ne l'affiche pas ; vouliez-vous dire « home » ?",
    ]
    for line in expected:
        assert line in heads, f"{line}\nnot in:\n" + "\n".join(heads)
    missing = [h for h in heads if h.endswith("groups.contacts.texts.col_page: texte « col_page » manquant ; l'ajouter (paramètres : aucun)")]
    assert len(missing) == 1, heads
    assert len(heads) == len(expected) + 1, "\n".join(heads)


def test_checklist_command_reports_a_broken_interface_file(broken_root):
    done = subprocess.run(
        [sys.executable, "-m", "generator", "--root", str(broken_root), "checklist", "--academy", "toulouse", "--session", "2024"],
        cwd=ROOT, capture_output=True, text=True, timeout=120,
    )
    assert done.returncode == 1
    assert "content/interface.yaml:" in done.stdout and "paramètre inconnu « {dat} »" in done.stdout
    assert "Traceback" not in done.stdout + done.stderr


def test_validate_reports_broken_checklist_page_texts(tmp_path):
    """The checklist page's texts are checked like the others: a renamed text, a lost placeholder."""
    root = tmp_path / "root"
    shutil.copytree(FROZEN / "content", root / "content")
    shutil.copytree(FROZEN / "academies", root / "academies")
    path = root / "content" / "interface.yaml"
    text = path.read_text(encoding="utf-8")
    for old, new in [("      print: Imprimer", "      printing: Imprimer"), ("documents_title: Pièces à déposer ({count})", "documents_title: Pièces à déposer")]:
        assert old in text, old
        text = text.replace(old, new, 1)
    path.write_text(text, encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "generator", "--root", str(root), "validate"], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert done.returncode == 1
    heads = [line for line in done.stdout.splitlines() if line.startswith("content/interface.yaml:")]
    printing = line_of(root, "printing:")
    documents = line_of(root, "documents_title: Pièces à déposer")
    assert f"content/interface.yaml:{printing}:7: groups.checklist_page.texts.printing: texte inconnu « printing » : le générateur ne l'affiche pas ; vouliez-vous dire « print » ?" in heads, heads
    assert any(h.endswith("groups.checklist_page.texts.print: texte « print » manquant ; l'ajouter (paramètres : aucun)") for h in heads), heads
    assert any(h.startswith(f"content/interface.yaml:{documents}:7: groups.checklist_page.texts.documents_title: paramètre « {{count}} » manquant") for h in heads), heads
    assert len(heads) == 3, heads
    assert "Traceback" not in done.stdout + done.stderr


def test_checklist_yaml_no_longer_holds_page_texts(tmp_path):
    """The page's texts moved to interface.yaml: a ``ui:`` left in checklist.yaml is reported, not ignored."""
    root = tmp_path / "root"
    shutil.copytree(FROZEN / "content", root / "content")
    shutil.copytree(FROZEN / "academies", root / "academies")
    path = root / "content" / "checklist.yaml"
    path.write_text(path.read_text(encoding="utf-8") + "\nui:\n  print: Imprimer\n", encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "generator", "--root", str(root), "validate"], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert done.returncode == 1
    assert any(line.startswith("content/checklist.yaml:") and "ui" in line for line in done.stdout.splitlines()), done.stdout


@pytest.mark.parametrize("root", [ROOT, FROZEN], ids=["real", "frozen"])
def test_the_date_line_of_the_pieces_ends_the_same_everywhere(root):
    """read61 L9: the web list said « Date limite de toutes ces pièces : … (heure non précisée par la notice). » with a
    full stop, its per-date headings « Date limite de ces pièces : … » and the command line's same lines without one.
    One rule: a « Date limite de … pièce(s) » line (one date, above the pieces it dates) ends on its date, no full stop,
    in the web list (checklist_page) as on the command line (checklist)."""
    texts, problems = _load(root)
    assert not problems, problems.report()
    keys = ("documents_due_all", "documents_due_most", "documents_group", "documents_group_most")
    lines = {f"{group}.{key}": texts.groups[group].texts[key] for group in ("checklist", "checklist_page") for key in keys}
    assert all(str(line).startswith("Date limite") for line in lines.values()), lines
    assert not [key for key, line in lines.items() if str(line).rstrip().endswith(".")], lines
