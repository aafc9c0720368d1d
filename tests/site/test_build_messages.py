"""A failed ``mkdocs build`` speaks French to the end: our report or message, then one French closing line.

MkDocs ended every failed build with its own English lines after ours: the message again (« ERROR - 1 problème
dans les fichiers YAML (détail ci-dessus) ») and « Aborted with a BuildError! » (« Aborted with 2 warnings in
strict mode! » in strict mode). ``events.on_build_error`` now ends the build with ``events.Stop``, whose French
line replaces both; the exit status stays 1.
"""

from __future__ import annotations

import logging
import re
import subprocess
import sys
from pathlib import Path

import pytest
from mkdocs.exceptions import Abort, BuildError, PluginError

from generator.site import events
from site_support import build_env, copy_project, run_mkdocs

CLOSING = "le site n'a pas été construit et l'ancienne version reste en place. Corriger les fichiers YAML puis relancer."
# MkDocs' and Python's English, as they would reach the terminal
ENGLISH = re.compile(r"Aborted|BuildError|strict mode|ERROR|WARNING|INFO|Traceback|Error:")


def _edit(root: Path, relative: str, old: str, new: str) -> None:
    path = root / relative
    text = path.read_text(encoding="utf-8")
    assert old in text, (relative, old)
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


TOULOUSE = "academies/toulouse/2024.yaml"
CLOSING_DATE = "  closing: 2023-11-15 17:00\n"
BREAKAGES = {
    # name: (how to break the copy, what the report says)
    "bad_date": (lambda root: _edit(root, TOULOUSE, CLOSING_DATE, "  closing: 2023-13-45 17:00\n"), "n'existe pas dans le calendrier"),
    "broken_yaml": (lambda root: _edit(root, TOULOUSE, CLOSING_DATE, "  closing: [2023-11-15 17:00\n"), "liste entre crochets non fermée"),
    "unknown_key": (lambda root: _edit(root, TOULOUSE, CLOSING_DATE, CLOSING_DATE + "  clossing: 2023-11-15\n"), "clé inconnue « clossing »"),
    "missing_national_file": (lambda root: (root / "content" / "questions.yaml").unlink(), "fichier national manquant"),
    "missing_academy_file": (lambda root: (root / "academies" / "toulouse" / "academy.yaml").unlink(), "academy.yaml manquant"),
}


@pytest.fixture(scope="module")
def project(tmp_path_factory) -> Path:
    return copy_project(tmp_path_factory.mktemp("messages"))


def _broken_copy(project: Path, tmp_path: Path) -> Path:
    """Only the data is copied again: the code of the module's copy is shared (a build stopped on the data is quick)."""
    root = tmp_path / "project"
    root.mkdir()
    for part in project.iterdir():
        if part.name in ("academies", "content", "mkdocs.yml"):  # mkdocs.yml: the project root is where it resolves
            subprocess.run(["cp", "-a", str(part), str(root / part.name)], check=True)
        else:
            (root / part.name).symlink_to(part, target_is_directory=part.is_dir())
    return root


@pytest.mark.parametrize("name", sorted(BREAKAGES))
def test_a_build_stopped_by_the_data_ends_with_a_french_line(project, tmp_path, name):
    root = _broken_copy(project, tmp_path)
    breakage, reported = BREAKAGES[name]
    breakage(root)
    result = run_mkdocs(root / "mkdocs.yml", tmp_path / "site")  # --strict
    output = result.stdout + result.stderr
    assert result.returncode == 1, output
    assert reported in output, output
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert lines[-1] == f"1 problème ; {CLOSING}", output
    assert not ENGLISH.search(output), output
    assert not (tmp_path / "site").exists()


def test_without_strict_too(project, tmp_path):
    root = _broken_copy(project, tmp_path)
    BREAKAGES["bad_date"][0](root)
    _edit(root, TOULOUSE, "  opening: 2023-10-11 14:00\n", "  opening: 2023-10-41 14:00\n")
    result = subprocess.run([sys.executable, "-m", "mkdocs", "build", "-f", str(root / "mkdocs.yml"), "-d", str(tmp_path / "site")],
                            cwd=root, env=build_env(), capture_output=True, text=True, timeout=600)
    output = result.stdout + result.stderr
    assert result.returncode == 1, output
    assert [line for line in result.stderr.splitlines() if line.strip()][-1] == f"2 problèmes ; {CLOSING}", output
    assert not ENGLISH.search(output), output


# ---------------------------------------------------------------- on_build_error, directly


@pytest.fixture()
def fresh_state(monkeypatch):
    monkeypatch.setitem(events._state, "build", events._Build())
    monkeypatch.setitem(events._state, "serving", False)
    return events._state["build"]


def _stop_of(error: BaseException) -> events.Stop:
    with pytest.raises(events.Stop) as stop:
        events.on_build_error(error)
    return stop.value


def test_our_message_is_the_last_line_on_stderr_and_the_status_stays_1(fresh_state, capsys):
    stop = _stop_of(PluginError("Brouillon : 1 élément à vérifier sur la notice (détail ci-dessus) ; rien n'a été publié."))
    assert stop.exit_code == 1 and isinstance(stop, Abort)
    stop.show()
    out = capsys.readouterr()
    assert out.out == "" and out.err == "\nBrouillon : 1 élément à vérifier sur la notice (détail ci-dessus) ; rien n'a été publié.\n"


def test_strict_mode_says_how_many_warnings_in_french(fresh_state):
    fresh_state.strict_warnings = 2  # on_post_build saw them
    stop = _stop_of(Abort("Aborted with 2 warnings in strict mode!"))
    assert str(stop) == "2 avertissements en mode strict (ci-dessus) : le site n'a pas été publié ; l'ancienne version reste en place."


def test_an_abort_of_someone_else_is_left_as_it_is(fresh_state):
    assert events.on_build_error(Abort("Interrompu.")) is None


def test_mkdocs_own_build_error_keeps_its_words_in_a_french_line(fresh_state):
    stop = _stop_of(BuildError("A plugin has set File.page to a type other than Page."))
    assert str(stop).startswith("La construction du site a échoué (message de MkDocs : A plugin has set File.page")
    assert "Le site n'a pas été publié" in str(stop)


def test_a_bug_is_said_as_an_internal_error(fresh_state):
    try:
        raise KeyError("bogue simulé")
    except KeyError as error:
        stop = _stop_of(error)
    assert str(stop).startswith("Erreur interne du générateur (KeyError à tests/site/test_build_messages.py:")
    detail = re.search(r"le fichier « ([^»]+) » \(détail technique\)", str(stop))
    if detail:
        Path(detail.group(1)).unlink()


# ---------------------------------------------------------------- MkDocs' routine lines (log_words)


@pytest.mark.parametrize("english, french", [
    ("Cleaning site directory", "Nettoyage du dossier du site"),
    ("Building documentation to directory: /srv/site.new-1-ab", "Construction du site dans le dossier : /srv/site.new-1-ab"),
    ("Building documentation...", "Construction du site…"),
    ("Documentation built in 0.55 seconds", "Construction terminée en 0,55 s"),
    ("[19:38:42] Watching paths for changes: 'docs', 'mkdocs.yml', 'academies', 'content'",
     "[19:38:42] Modifications surveillées dans : 'docs', 'mkdocs.yml', 'academies', 'content'"),
    ("[19:38:42] Serving on http://127.0.0.1:8000/", "[19:38:42] Aperçu sur http://127.0.0.1:8000/"),
    ("[19:39:06] Detected file changes", "[19:39:06] Fichiers modifiés"),
    ("[19:39:07] Reloading browsers", "[19:39:07] Rechargement des pages ouvertes"),
    ("Shutting down...", "Arrêt de l'aperçu…"),
    ('[19:39:42] "GET /problemes/ HTTP/1.1" code 404', "[19:39:42] Page introuvable : /problemes/"),
])
def test_mkdocs_routine_lines_are_said_in_french(english, french):
    from generator.site.log_words import FrenchLines

    record = logging.LogRecord("mkdocs.livereload", logging.INFO, __file__, 1, english, (), None)
    assert FrenchLines(logging.Formatter("%(message)s")).format(record) == french
    assert record.getMessage() == english  # (the record itself, for the other handlers, is MkDocs')


def test_other_lines_keep_mkdocs_words_under_a_french_level():
    from generator.site.log_words import FrenchLines

    said = "Doc file 'aide.md' contains a link 'absente.md', but the target is not found among documentation files."
    record = logging.LogRecord("mkdocs.structure.pages", logging.WARNING, __file__, 1, "Doc file '%s' contains a link '%s', but the target is not found among documentation files.", ("aide.md", "absente.md"), None)
    assert FrenchLines(logging.Formatter("%(levelname)s - %(message)s")).format(record) == f"ALERTE - {said}"
    assert record.levelname == "WARNING"


def test_the_french_levels_keep_mkdocs_colours():
    """MkDocs' formatter colours a level by its name: « ALERTE » in the colour of « WARNING » (a review: the French
    names had lost the colours)."""
    import textwrap

    import click
    from mkdocs.__main__ import ColorFormatter

    from generator.site.log_words import FrenchLines

    inner = ColorFormatter()
    inner.text_wrapper = textwrap.TextWrapper(width=0)  # (no terminal: no wrapping; the class's own left as it is)
    record = logging.LogRecord("mkdocs.structure.pages", logging.WARNING, __file__, 1, "Doc file 'x'", (), None)
    said = FrenchLines(inner).format(record)
    assert said.startswith(click.style("ALERTE  -  ", fg="yellow")), repr(said)
    error = logging.LogRecord("mkdocs.commands.build", logging.ERROR, __file__, 1, "x", (), None)
    assert FrenchLines(inner).format(error).startswith(click.style("ERREUR  -  ", fg="red"))
