"""Drafts and freshness in the site: banner in the preview, left out of the home page, refused by the
publishing build; the « notice perhaps replaced » line on the latest session once its year is over."""

from __future__ import annotations

import datetime as dt
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from generator.merge import build_notices
from generator.pipeline import load_and_check
from generator.site import pages
from generator.staff import drafts
from staff_support import REPO, run, without_verify, write_the_dates_proposed

sys.path.insert(0, str(REPO / "tests" / "site"))
from site_support import copy_project  # noqa: E402

from generator.site.status_view import StatusView  # noqa: E402

STALE = "Cette notice est celle de la session {year}, la plus récente que ce guide connaisse pour l’académie"


@pytest.fixture(scope="module")
def with_draft(tmp_path_factory) -> Path:
    """A copy of what the build reads (tests/site/site_support.py), with a draft: Nantes 2027."""
    root = copy_project(tmp_path_factory.mktemp("draft"))
    assert run(root, "new-session", "nantes", "2027").code == 0
    return root


def site(root: Path, today: dt.date) -> tuple[dict, list]:
    project, problems = load_and_check(root)
    assert not problems, problems.report()
    notices = build_notices(project)
    content = project.content
    return pages.site_files(notices, today, texts=content.interface, departments=content.departments), notices


def test_a_draft_page_carries_the_banner_and_is_not_on_the_home_page(with_draft: Path):
    files, notices = site(with_draft, dt.date(2026, 11, 30))
    draft = next(n for n in notices if n.slug == "nantes" and n.year == 2027)
    pending = drafts.session_pending(draft.academy, draft.session)
    page = files["nantes/2027/index.md"]
    assert f'!!! danger "Brouillon\u00a0: {len(pending)} éléments à vérifier"' in page
    for item in pending:
        assert f"    - {item.location.file}:{item.location.line}\u00a0:" in page
    assert "nantes/2027" not in files["index.md"]
    assert "nantes/2026/index.md" in files["index.md"]  # the published session stays the academy's latest
    assert all("Brouillon" not in text for path, text in files.items() if path.endswith("index.md") and path != "nantes/2027/index.md")


def test_the_banner_says_what_to_do_with_what_is_left(tmp_path: Path):
    """The instruction above the draft's list names only what the list holds. A new academy's draft holds
    ``verify:`` lines (its values « À COMPLÉTER » are said by them); once they are checked and removed, only values
    are left, and the banner no longer sends staff looking for verify: lines."""
    from generator.site.status_view import DraftItem, StatusView

    root = copy_project(tmp_path)
    assert run(root, "new-academy", "nancy-metz").code == 0
    year = next(int(p.stem) for p in (root / "academies" / "nancy-metz").glob("2*.yaml"))
    page = lambda: " ".join(site(root, dt.date(2026, 11, 30))[0][f"nancy-metz/{year}/index.md"].replace("\u00a0", " ").split())
    lines = page()
    assert "Vérifier chaque élément sur la notice, puis retirer sa ligne verify: du fichier. -" in lines
    assert "Remplacer chaque" not in lines
    for path in (root / "academies" / "nancy-metz").glob("*.yaml"):
        path.write_text(without_verify(path.read_text(encoding="utf-8")), encoding="utf-8")
    values = page()
    assert "Brouillon :" in values and "valeur « À COMPLÉTER »" in values
    assert "Remplacer chaque « À COMPLÉTER » par ce que donne la notice." in values and "verify:" not in values
    # both kinds: both instructions
    both = StatusView((DraftItem("a.yaml:1", "à vérifier"), DraftItem("a.yaml:2", "valeur", placeholder=True)), None)
    assert both.draft_holds == "both" and StatusView(both.draft[:1], None).draft_holds == "verify"


NO_NEWER = "Ce guide n’a pas encore la notice d’une session plus récente"


def test_the_latest_published_session_says_its_notice_may_have_been_replaced(with_draft: Path):
    """Once its academic year is over, said once: by the « Session passée » box when it is shown (« Ce guide n'a pas
    encore la notice d'une session plus récente… », with the academy's site: review 45 L5), else by the status line
    (_status.md.j2), which past.js hides when it shows the box later (.bts-stale)."""
    from generator.site.pages import MARKDOWN
    from generator.site.templating import render_markdown

    files, notices = site(with_draft, dt.date(2026, 11, 30))
    for path in ("nantes/2026/index.md", "toulouse/2024/index.md"):  # past, and the latest: the box says it
        page = files[path].replace("\u00a0", " ")
        assert "la plus récente que ce guide connaisse" not in page and page.count(NO_NEWER) == 1, path
        assert 'data-bts-no-newer="true"' in page, path
    assert "la plus récente que ce guide connaisse" not in files["nantes/2024/index.md"]  # 2026 is newer
    assert "la plus récente que ce guide connaisse" not in files["nantes/2027/index.md"]  # a draft says it is one
    files, _ = site(with_draft, dt.date(2026, 8, 31))
    assert "la plus récente que ce guide connaisse" not in files["nantes/2026/index.md"]  # its year is not over
    # the status line alone, when no box says it now (a session whose last date is after its academic year)
    texts = next(n for n in notices if n.slug == "toulouse").texts
    line = render_markdown(MARKDOWN, "_status.md.j2", texts, status=StatusView((), 2024), header=None)
    assert STALE.format(year=2024) in line.replace("\u00a0", " ") and "{: .bts-stale }" in line


def mkdocs(root: Path, site_dir: Path, **env: str) -> subprocess.CompletedProcess:
    environment = {name: value for name, value in os.environ.items() if name != "BTS_GUIDE_DRAFTS"}
    # (without the precompressed copies, which no test here reads)
    environment.update(NO_MKDOCS_2_WARNING="1", BTS_GUIDE_TODAY="2026-11-30", BTS_GUIDE_COMPRESS="0", **env)
    command = [sys.executable, "-m", "mkdocs", "build", "--strict", "-f", str(root / "mkdocs.yml"), "-d", str(site_dir)]
    return subprocess.run(command, cwd=root, env=environment, capture_output=True, text=True, timeout=600)


def test_the_publishing_build_refuses_a_draft_and_keeps_the_previous_site(with_draft: Path, tmp_path: Path):
    site_dir = tmp_path / "site"
    site_dir.mkdir()
    (site_dir / "index.html").write_text("ancienne version", encoding="utf-8")
    result = mkdocs(with_draft, site_dir)
    assert result.returncode != 0
    assert "Traceback" not in result.stderr + result.stdout
    assert re.search(r"Brouillon : \d+ éléments à vérifier sur la notice ; le site n'a pas été publié", result.stderr)
    rolled = (with_draft / "academies" / "nantes" / "2027.yaml").read_text(encoding="utf-8").split("\n")
    line = next(i for i, text in enumerate(rolled, 1) if text.startswith("verify: "))  # (under new-session's head comment)
    assert f"\n  academies/nantes/2027.yaml:{line}: fichier préparé à partir de la session 2026" in result.stderr
    assert "BTS_GUIDE_DRAFTS=1 mkdocs build" in result.stderr
    assert [p.name for p in site_dir.iterdir()] == ["index.html"]
    assert (site_dir / "index.html").read_text(encoding="utf-8") == "ancienne version"
    assert not list(tmp_path.glob("site.new-*"))


def test_a_preview_build_shows_the_draft_with_its_banner(with_draft: Path, tmp_path: Path):
    site_dir = tmp_path / "apercu"
    result = mkdocs(with_draft, site_dir, BTS_GUIDE_DRAFTS="1")
    assert result.returncode == 0, result.stderr
    assert "BTS_GUIDE_DRAFTS : construction d'aperçu, brouillons compris" in result.stderr
    assert f"Aperçu construit dans {site_dir.resolve()} (" in result.stderr and "Site publié" not in result.stderr  # (fixtests59 left)
    draft = (site_dir / "nantes" / "2027" / "index.html").read_text(encoding="utf-8")
    assert re.search(r"Brouillon\s*: \d+ éléments à vérifier", draft.replace("\u00a0", " "))
    home = (site_dir / "index.html").read_text(encoding="utf-8")
    article = home[home.index("<article"): home.index("</article>")]
    assert "nantes/2027/" not in article and "nantes/2026/" in article


def test_a_preview_build_never_replaces_the_published_site(with_draft: Path):
    published = with_draft / "site"
    published.mkdir(exist_ok=True)
    (published / "index.html").write_text("ancienne version", encoding="utf-8")
    result = mkdocs(with_draft, published, BTS_GUIDE_DRAFTS="1")
    assert result.returncode != 0
    assert "Traceback" not in result.stderr + result.stdout
    assert "BTS_GUIDE_DRAFTS=1 mkdocs build -d site-apercu" in result.stderr
    assert [p.name for p in published.iterdir()] == ["index.html"]
    assert (published / "index.html").read_text(encoding="utf-8") == "ancienne version"


def test_a_new_academys_draft_renders_without_the_departments_table(tmp_path: Path):
    """``site_files`` without ``departments`` (the academies of the notices only): a new academy whose only session
    is a draft has its page, with the banner, and its academy in the directory with no session listed, as the
    national table would give it. It used to fail (KeyError: the directory held only published academies)."""
    root = copy_project(tmp_path)
    assert run(root, "new-academy", "nancy-metz").code == 0
    year = next(int(p.stem) for p in (root / "academies" / "nancy-metz").glob("2*.yaml"))
    project, problems = load_and_check(root)
    assert not problems, problems.report()
    notices = build_notices(project)
    files = pages.site_files(notices, dt.date(2026, 11, 30), texts=project.content.interface)
    assert "Brouillon" in files[f"nancy-metz/{year}/index.md"]
    assert f"nancy-metz/{year}/" not in files["index.md"]  # a draft is never listed


STALE_STEP = "AU PLUS TARD LE MERCREDI 22 NOVEMBRE 2023, DÉLAI DE RIGUEUR."


def test_a_rolled_session_quoting_last_year_s_deadline_in_a_step_is_not_published_until_its_line_is_gone(tmp_path: Path):
    """Review staff43 H1: a session rolled forward, every verify: line removed but the one new-session wrote on a step
    whose text still quotes the previous notice's deadline (a step that is not its section's first: no « à vérifier en
    entier » line of its own): the publishing build refuses, in French, naming the step and its words; the line gone,
    the date its words quote, the 2024 step's at the same place, is a problem (a staff walk, stop 48 M2) until the
    date it proposes is written; then it publishes."""
    root = copy_project(tmp_path)
    source = root / "academies" / "toulouse" / "2024.yaml"
    text = source.read_text(encoding="utf-8")
    anchor = "Si ce document ne s'affiche pas, cela signifie que vous n'avez pas finalisé votre inscription."
    assert text.count(anchor) == 1
    source.write_text(text.replace(anchor, f"{anchor} {STALE_STEP}"), encoding="utf-8")
    assert run(root, "validate", str(source)).code == 0
    assert run(root, "new-session", "toulouse", "2025", "--force").code == 0
    path = root / "academies" / "toulouse" / "2025.yaml"
    rolled = path.read_text(encoding="utf-8")
    lines = rolled.split("\n")
    kept = [i for i, line in enumerate(lines) if line.lstrip().startswith("verify:") and "« MERCREDI 22 NOVEMBRE 2023 »" in line]
    assert len(kept) == 1, [lines[i] for i in kept]
    marker = lines[kept[0]]
    assert "mots de la notice 2024 (« MERCREDI 22 NOVEMBRE 2023 »), à remplacer par ceux de la notice de la session 2025" in marker  # (a past session: staff70 item 3)
    assert "à vérifier en entier" not in marker  # (the step's own line, not its section's)
    # every other line removed, as staff do once each is checked (each record's marker is one line, the file's own goes
    # on up to its closing quote: test_new_session)
    start = next(i for i, line in enumerate(lines) if line.startswith("verify:"))
    own = range(start, next(i for i in range(start, len(lines)) if lines[i].rstrip().endswith('"')) + 1)
    path.write_text("\n".join(line for i, line in enumerate(lines)
                              if i == kept[0] or i not in own and not line.lstrip(" ").startswith("verify:")), encoding="utf-8")
    write_the_dates_proposed(root)  # (the other dates left from 2024, their verify: lines gone: problems, stop 48 M2)
    project, _ = load_and_check(root, [path])
    left = drafts.session_pending(project.academies["toulouse"].academy, project.academies["toulouse"].sessions[2025])
    assert [item.path for item in left] == ["steps[2]"]

    site_dir = tmp_path / "site"
    site_dir.mkdir()
    (site_dir / "index.html").write_text("ancienne version", encoding="utf-8")
    refused = mkdocs(root, site_dir, BTS_GUIDE_PDF="0")
    assert refused.returncode != 0
    assert "Traceback" not in refused.stderr + refused.stdout
    said = refused.stderr.replace("\u00a0", " ")
    assert "Brouillon : 1 élément à vérifier sur la notice ; le site n'a pas été publié" in said
    assert re.search(r"\n  academies/toulouse/2025\.yaml:\d+: steps\[3\]: text : mots de la notice 2024 \(« MERCREDI 22 NOVEMBRE 2023 »\)", said), said
    assert "Brouillon : 1 élément à vérifier sur la notice (détail ci-dessus) ; rien n'a été publié." in said
    assert [p.name for p in site_dir.iterdir()] == ["index.html"]

    path.write_text(without_verify(path.read_text(encoding="utf-8")), encoding="utf-8")
    refused = mkdocs(root, site_dir, BTS_GUIDE_PDF="0")
    assert refused.returncode != 0 and [p.name for p in site_dir.iterdir()] == ["index.html"]
    said = refused.stderr.replace("\u00a0", " ")
    assert re.search(r"academies/toulouse/2025\.yaml:\d+:\d+: steps\[3\]\.text: « MERCREDI 22 NOVEMBRE 2023 » est la date écrite "
                     r"au même endroit dans le fichier de la session 2024 ", said), said
    assert "(« VENDREDI 22 NOVEMBRE 2024 » ?)" in said, said
    assert write_the_dates_proposed(root) == 1
    published = mkdocs(root, site_dir, BTS_GUIDE_PDF="0")
    assert published.returncode == 0, published.stderr
    page = (site_dir / "toulouse" / "2025" / "index.html").read_text(encoding="utf-8")
    assert "VENDREDI 22 NOVEMBRE 2024" in page.replace("\u00a0", " ")
