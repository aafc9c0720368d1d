"""validate says what the build would stop on: a session of the published site (site/ of the project) whose file is gone
(staffwalk60 M: ``mv 2024.yaml 2025.yaml``, then the new notice written in, validated « Tout est valide » and only
``mkdocs build`` said the 2024 page would vanish). One rule, ``generator.site.removed``'s."""

from __future__ import annotations

from pathlib import Path

from staff_support import assert_clean, project_copy, run


def published(root: Path, *sessions: tuple[str, int]) -> None:
    """A site/ as a build leaves it, for the session pages the comparison reads: ``<slug>/<year>/index.html`` and its
    checklist's page."""
    for slug, year in sessions:
        folder = root / "site" / slug / str(year)
        (folder / "liste-personnalisee").mkdir(parents=True)
        (folder / "index.html").write_text("<p>notice</p>", encoding="utf-8")
        (folder / "liste-personnalisee" / "index.html").write_text("<p>liste</p>", encoding="utf-8")


FIXTURE_SESSIONS = (("toulouse", 2024), ("aix-marseille", 2023), ("clermont-ferrand", 2024), ("nantes", 2024), ("nantes", 2026))


def test_validate_says_a_published_session_whose_file_is_gone_as_a_problem(tmp_path, monkeypatch):
    root = project_copy(tmp_path)
    monkeypatch.delenv("BTS_GUIDE_REMOVE", raising=False)
    # no site/ (a fresh clone, the tests): nothing to compare with
    assert run(root, "validate").code == 0
    published(root, *FIXTURE_SESSIONS)
    assert run(root, "validate").code == 0  # (the site has every session the project has)
    # a session the site has whose file is gone: toulouse 2023 published, its file renamed 2024.yaml (not published)
    published(root, ("toulouse", 2023))
    published_2024 = root / "site" / "toulouse" / "2024"
    for page in sorted(published_2024.rglob("*"), reverse=True):
        page.unlink() if page.is_file() else page.rmdir()
    published_2024.rmdir()
    result = run(root, "validate")
    assert_clean(result)
    said = result.stdout.replace("\u00a0", " ")
    assert result.code == 1, said
    assert "Tout est valide" not in said
    assert ("academies/toulouse/2023.yaml : fichier absent, alors que le site publié a la page de la session 2023 "
            "(site/toulouse/2023/) : la publication la retirerait du site. academies/toulouse/2024.yaml, pas encore publié, "
            "a-t-il été fait en renommant 2023.yaml ? Chaque session garde son fichier : copiez, ne renommez pas "
            "(python -m generator new-session toulouse 2024 fait la copie).").replace("python -m generator ", f"python -m generator --root {root} ") in said, said
    # put back, then validate again (not « relancer mkdocs build »: validate is what staff run first)
    assert f"la copie faite avant la séance de travail (voir « Rétablir un fichier abîmé », page « Lire un message " \
           f"d'erreur » du guide du personnel), puis relancer python -m generator --root {root} validate." in said, said
    assert 'Pour retirer vraiment du site cette session : BTS_GUIDE_REMOVE="toulouse/2023" mkdocs build' in said, said
    assert said.rstrip().endswith(f"1 problème ; tant qu'il en reste, mkdocs build ne publie rien. Corriger puis relancer : "
                                  f"python -m generator --root {root} validate"), said
    # the removal asked for, as the build honours it
    monkeypatch.setenv("BTS_GUIDE_REMOVE", "academies/toulouse/2023.yaml")
    assert run(root, "validate").code == 0
    monkeypatch.delenv("BTS_GUIDE_REMOVE")
    # validate given another academy: not its business; given the academy (or one of its files): said
    assert run(root, "validate", "academies/nantes").code == 0
    for given in ("academies/toulouse", "academies/toulouse/2024.yaml"):
        result = run(root, "validate", given)
        assert result.code == 1 and "academies/toulouse/2023.yaml : fichier absent" in result.stdout, result.stdout


def test_a_session_whose_file_is_there_but_unreadable_is_said_by_its_file_not_as_absent(tmp_path, monkeypatch):
    root = project_copy(tmp_path)
    monkeypatch.delenv("BTS_GUIDE_REMOVE", raising=False)
    published(root, *FIXTURE_SESSIONS)
    path = root / "academies" / "nantes" / "2024.yaml"
    path.write_text(path.read_text(encoding="utf-8") + "\n\tbroken: [\n", encoding="utf-8")
    result = run(root, "validate")
    assert_clean(result)
    assert result.code == 1 and "fichier absent" not in result.stdout, result.stdout
