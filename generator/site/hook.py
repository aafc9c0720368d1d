"""MkDocs hook (``hooks:`` in mkdocs.yml): validate, then add the generated pages.

- ``on_config``: read and check every YAML file; on any problem, print the
  French report and abort before MkDocs touches the site directory (no
  traceback, the previous site stays as it was). Otherwise merge the notices
  and set the navigation.
- ``on_files``: add the generated Markdown pages and calendars as in-memory files.
- ``on_serve``: under ``mkdocs serve``, watch academies/ and content/ too.

Set ``BTS_GUIDE_TODAY=AAAA-MM-JJ`` to build as of another day (« session passée »).
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import sys
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File, Files

ROOT_OF_THIS_FILE = Path(__file__).resolve().parents[2]
if str(ROOT_OF_THIS_FILE) not in sys.path:  # the `mkdocs` script does not put the project on sys.path
    sys.path.insert(0, str(ROOT_OF_THIS_FILE))

from generator.checklist import page as checklist  # noqa: E402
from generator.merge import build_notices  # noqa: E402
from generator.pipeline import load_and_check  # noqa: E402
from generator.site import pages  # noqa: E402

log = logging.getLogger("mkdocs.hooks.bts")
_state: dict = {}


def project_root(config) -> Path:
    return Path(config.config_file_path).resolve().parent


def today() -> dt.date:
    override = os.environ.get("BTS_GUIDE_TODAY")
    return dt.date.fromisoformat(override) if override else dt.date.today()


def on_config(config):
    root = project_root(config)
    project, problems = load_and_check(root)
    if problems:
        count = len(problems)
        report = problems.report()
        print(report, file=sys.stderr)
        print(
            f"\n{count} problème{'s' if count > 1 else ''} ; le site n'a pas été construit et l'ancienne version reste en place. "
            "Corriger les fichiers YAML puis relancer.",
            file=sys.stderr,
        )
        raise PluginError(f"{count} problème{'s' if count > 1 else ''} dans les fichiers YAML (détail ci-dessus)")
    notices = build_notices(project)
    texts = project.content.interface
    # The data flow of a build: project (read once) → notices → pages; nothing is cached between builds.
    _state["files"] = pages.site_files(notices, today(), checklist=checklist, checklist_content=project.content.checklist, texts=texts)
    # Self-hosted Pyodide for the checklist (copied from node_modules, never a CDN).
    _state["copies"] = dict(checklist.pyodide_files(root))
    for site_path, source in _state["copies"].items():
        if not Path(source).exists():
            raise PluginError(f"{source} manquant : lancer « bash scripts/setup.sh » (npm ci) pour installer Pyodide")
    config.nav = pages.nav(notices, checklist=True, texts=texts)
    return config


def on_files(files: Files, config) -> Files:
    for path, content in _state["files"].items():
        existing = files.get_file_from_path(path)
        if existing is not None:
            files.remove(existing)
        files.append(File.generated(config, path, content=content))
    for path, source in _state.get("copies", {}).items():
        files.append(File.generated(config, path, abs_src_path=str(source)))
    return files


def on_serve(server, config, builder):
    root = project_root(config)
    for folder in ("academies", "content"):
        server.watch(str(root / folder))
    return server
