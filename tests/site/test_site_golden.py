"""Golden files: the generated Markdown of every page of the frozen project (tests/fixtures/project/) and its calendars.

Regenerate after an intended change with ``UPDATE_GOLDEN=1 python -m pytest tests/site/test_site_golden.py``
and review the diff. A golden file without a page (academy removed) also fails.
"""

from __future__ import annotations

import difflib
import os
from pathlib import Path

from site_support import FIXED_TODAY

from generator.site import pages

GOLDEN = Path(__file__).parent / "golden"


def golden_name(path: str) -> str:
    return path.replace("/", "__")


def test_generated_files_match_golden(frozen_notices):
    files = pages.site_files(frozen_notices, FIXED_TODAY)
    update = os.environ.get("UPDATE_GOLDEN") == "1"
    GOLDEN.mkdir(exist_ok=True)
    expected_names = set()
    failures = []
    for path, content in sorted(files.items()):
        name = golden_name(path)
        expected_names.add(name)
        data = content.encode() if isinstance(content, str) else content
        target = GOLDEN / name
        if update:
            target.write_bytes(data)
            continue
        if not target.exists():
            failures.append(f"{name}: no golden file (run with UPDATE_GOLDEN=1)")
            continue
        old = target.read_bytes()
        if old != data:
            diff = "".join(
                difflib.unified_diff(
                    old.decode(errors="replace").splitlines(True), data.decode(errors="replace").splitlines(True), f"golden/{name}", f"generated/{path}", n=1
                )
            )
            failures.append(diff[:3000])
    expected_names |= {golden_name(p)[:-3] + ".html" for p in files if p.endswith(".md")}
    stale = {p.name for p in GOLDEN.iterdir() if p.is_file()} - expected_names
    if update:
        for name in stale:
            (GOLDEN / name).unlink()
        return
    assert not stale, f"golden files without a generated page: {sorted(stale)}"
    assert not failures, "\n".join(failures)


def article(page_html: str) -> str:
    """The page's content as MkDocs renders it (inside <article>), without theme chrome."""
    start = page_html.index('<article class="md-content__inner md-typeset">')
    end = page_html.index("</article>", start) + len("</article>")
    return page_html[start:end] + "\n"


def test_rendered_html_matches_golden(frozen_notices, frozen_site):
    """The Markdown as MkDocs turns it into HTML: catches escaping or extension changes."""
    update = os.environ.get("UPDATE_GOLDEN") == "1"
    built_site = frozen_site
    targets = {"index.md": built_site / "index.html"}
    for notice in frozen_notices:
        targets[pages.notice_path(notice)] = built_site / notice.slug / str(notice.year) / "index.html"
        if pages.has_establishment_page(notice):
            targets[pages.establishment_path(notice)] = built_site / notice.slug / str(notice.year) / "etablissements" / "index.html"
    failures = []
    for path, built in sorted(targets.items()):
        name = golden_name(path)[:-3] + ".html"
        data = article(built.read_text(encoding="utf-8"))
        target = GOLDEN / name
        if update:
            target.write_text(data, encoding="utf-8")
        elif not target.exists():
            failures.append(f"{name}: no golden file (run with UPDATE_GOLDEN=1)")
        elif target.read_text(encoding="utf-8") != data:
            diff = difflib.unified_diff(target.read_text(encoding="utf-8").splitlines(True), data.splitlines(True), f"golden/{name}", str(built), n=1)
            failures.append("".join(diff)[:3000])
    assert not failures, "\n".join(failures)
