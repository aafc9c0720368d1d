"""Gaps a staff walk (staff67) found in the staff guide, each closed by its words: where « dans le dossier du projet »
is and how to get there (a terminal opens elsewhere, the guide never said « cd », and ``python -m generator`` typed in
another folder answers Python's English « No module named generator », before any of our code runs), what that message
means on the page that reads messages; how to write a document the notice does not date."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _pages() -> dict[str, str]:
    from generator.loading import CONTENT_FILES, read_file
    from generator.model.content import InterfaceFile
    from generator.problems import Problems
    from generator.site import staff_guide

    texts = read_file(ROOT / "content" / CONTENT_FILES["interface"][0], ROOT, InterfaceFile, Problems())
    return {path: " ".join(text.split()).replace("\u2019", "'").replace("\u202f", " ").replace("\u00a0", " ")
            for path, text in staff_guide.staff_files(texts).items()}


def _typed_elsewhere(tmp_path: Path) -> str:
    """What the project's Python prints for ``python -m generator validate`` typed outside the project's folder."""
    environment = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    done = subprocess.run([sys.executable, "-m", "generator", "validate"], cwd=tmp_path, env=environment,
                          capture_output=True, text=True, timeout=60)
    assert done.returncode != 0
    return done.stderr


def test_the_commands_section_says_how_to_reach_the_project_s_folder_and_what_another_folder_answers(tmp_path):
    words = "No module named generator"
    assert words in _typed_elsewhere(tmp_path)  # (what the guide quotes is what staff see)
    index = _pages()["personnel/index.md"]
    commands = index[index.index("## Les commandes"):index.index("| Commande |")]
    assert "celui qui contient `academies/`, `content/` et `scripts/`" in commands, commands
    assert "taper `cd`, une espace, puis le chemin de ce dossier" in commands, commands
    # (staff71: what each mistyped command answers, a list — a table of three columns was wider than a phone: the
    # answer, what happened, what to do)
    setup_then = "aller dans le dossier du projet, taper `source scripts/setup.sh`, puis relancer la commande"
    assert f"- Le terminal répond « {words} » (en anglais, après le chemin d'un programme Python) : `source " \
           f"scripts/setup.sh` n'a pas été tapé dans ce terminal, et la commande a été tapée hors du dossier du projet. " \
           f"Que faire : {setup_then}." in commands, commands
    assert "- Le terminal répond « python: command not found » (en français : « python : commande introuvable »), ou de " \
           "même pour `mkdocs` : `source scripts/setup.sh` n'a pas été tapé dans ce terminal" in commands, commands
    # (staff69, staff71: in a terminal where setup.sh ran, our own words, quoted as generator/__main__.py and
    # scripts/setup.sh write them)
    said = "python -m generator : les commandes se tapent dans le dossier du projet, pas dans celui-ci "
    assert said in (ROOT / "generator" / "__main__.py").read_text(encoding="utf-8")
    setup = (ROOT / "scripts" / "setup.sh").read_text(encoding="utf-8")
    for ours in ("mkdocs : les commandes se tapent dans le dossier du projet, pas dans celui-ci ",
                 "scripts/setup.sh : rien n'a été fait : cette commande se tape avec source ",
                 "scripts/setup.sh : installation terminée, mais la commande a été lancée sans source ",
                 "scripts/serve.sh : rien n'a été fait : cette commande se tape avec bash "):
        assert ours.rstrip() in setup + (ROOT / "scripts" / "serve.sh").read_text(encoding="utf-8"), ours
        assert f"« {ours.rstrip()} … »" in commands, (ours, commands)
    assert f"- Le terminal répond « {said.rstrip()} … », ou « mkdocs : les commandes" in commands, commands
    assert "Config file" not in commands  # (mkdocs' English, which the terminal no longer shows: setup.sh's mkdocs)
    not_loaded = "Les outils du projet ne sont pas chargés dans ce terminal"
    assert not_loaded in (ROOT / "generator" / "__main__.py").read_text(encoding="utf-8")
    assert f"- Le terminal répond « {not_loaded} … » : " in commands, commands


def test_the_pages_that_give_commands_and_read_messages_send_to_it():
    pages = _pages()
    for page in ("personnel/academie.md", "personnel/session.md"):
        assert "dans le dossier du projet (celui qui contient `academies/` et `content/`, où mène `cd` suivi de son chemin : " \
               "voir [Les commandes](index.md#les-commandes))" in pages[page], page
    errors = pages["personnel/erreurs.md"]
    assert ("Un message en anglais, « No module named generator », vient d'une commande `python -m generator` tapée hors du "
            "dossier du projet, dans un terminal où `source scripts/setup.sh` n'a pas été tapé : aller dans ce dossier (`cd` "
            "suivi de son chemin), taper `source scripts/setup.sh`, puis relancer la commande.") in errors
    assert "[Les commandes](index.md#aller-dans-le-dossier-du-projet)" in errors


def test_the_documents_section_says_how_to_write_a_document_the_notice_does_not_date():
    """staff67: « deadline: non précisé par la notice » is refused, and the documents section said only « par défaut
    documents »; it now gives the way validate's message gives (a date of its own, at: non précisé par la notice)."""
    writing = _pages()["personnel/ecrire.md"]
    section = writing[writing.index("## Les pièces justificatives"):writing.index("### Une notice sans liste de pièces")]
    assert "n'a jamais `deadline: non précisé par la notice` : lui donner une date à elle sous `deadlines:`" in section, section
    assert "`at: non précisé par la notice`" in section and "« date non précisée par la notice »" in section, section


def test_the_commands_section_says_how_to_open_a_terminal_and_what_setup_does_the_first_time():
    """staff68: « Les commandes » said neither how to open a terminal (the commands are Debian's: WSL's Debian on
    Windows, not Git Bash, which has no apt-get) nor that ``source scripts/setup.sh`` may ask for the account's
    password (sudo apt-get) and take minutes the first time. The failure it quotes is the one setup.sh prints."""
    setup = (ROOT / "scripts" / "setup.sh").read_text(encoding="utf-8")
    failed = "scripts/setup.sh : l'installation n'a pas abouti (voir les messages ci-dessus)"
    assert failed in setup and "sudo apt-get" in setup.replace('"$sudo"', "sudo").replace("$sudo", "sudo"), setup
    index = _pages()["personnel/index.md"]
    commands = index[index.index("## Les commandes"):index.index("| Commande |")]
    terminal = commands[commands.index("### Ouvrir un terminal"):commands.index("### Aller dans le dossier du projet")]
    assert "Sous Windows : ouvrir « Debian » dans le menu Démarrer. C'est le terminal de WSL" in terminal, terminal
    assert "Git Bash ne suffit pas" in terminal and "Sous macOS" in terminal, terminal
    first = commands[commands.index("### La première fois"):]
    assert "plusieurs minutes" in first and "« [sudo] Mot de passe de prenom : »" in first, first
    assert f"« {failed} … »" in first, first
    # in this order: a terminal, its folder, then setup.sh (a relative path, typed in the project's folder)
    assert commands.index("### Ouvrir un terminal") < commands.index("### Aller dans le dossier du projet") < commands.index("### La première fois")


def test_publishing_says_what_the_build_prints_before_its_last_line():
    """staff68: « Publier » showed `mkdocs build` without saying that, with real data, the build first prints the
    points « à contrôler » before its own INFO lines; staff read them as a failure. It now says what comes, in order,
    with the words the build prints (generator/problems.py's heading, log_words' last line), and that the last line
    says whether the site was published, as « Mettre en ligne » does."""
    from generator.problems import WARNING_KINDS
    from generator.site.log_words import _seconds

    heading = WARNING_KINDS["review"][2].format(n=4)
    last = _seconds(re.match(r"([\d.]+)", "3.19")).replace("3,19", "…")  # (« Construction terminée en … s »)
    publish = _pages()["personnel/publier.md"]
    section = publish[publish.index("## Publier"):publish.index("## Mettre en ligne")]
    order = section[section.index("Ce que la commande affiche, dans l'ordre :"):]
    assert f"« {heading} »" in order, order
    assert order.index("1. les points « à contrôler »") < order.index("2. ses propres lignes, qui commencent par `INFO -`") \
        < order.index(f"3. la dernière ligne, la seule qui dit si la publication a réussi. « {last} »"), order
    online = publish[publish.index("## Mettre en ligne"):]
    assert f"la dernière ligne de `mkdocs build` est « {last} »" in online, online
