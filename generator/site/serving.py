"""``mkdocs serve`` while a file is broken: keep serving, show the report in the browser.

MkDocs' development server waits for a successful build before it answers any
request: a build that raises leaves every browser tab spinning. Under ``serve``
the hook therefore never raises for a problem in the data. It builds instead:

- the last good state of the project (``ServeState.last_good``: the generated
  files and navigation of the last build without problem), with a banner on
  every page (``site_overrides/main.html``, block ``announce``) and a page with
  the whole report (``REPORT_PAGE``, template ``site_overrides/bts-report.html``);
- or, when no build succeeded yet, a site whose home page is the report, its banner saying there is no good
  version yet (``headline``), with the staff guide (``Guide``: « Lire un message d'erreur » is needed then most), and
  whose other addresses answer « Page introuvable » saying why (``not_found_yet``).

The banner and the report page link to the guide's « Lire un message d'erreur » (``Report.guide_url``): a staff walk
(stop 48 G1) started the preview on a broken file and found /personnel/ answering 404, and no way to the guide.

The report is given to the templates as plain text (``Report``) and escaped
there (``|e``). When MkDocs itself fails (for example a warning in strict mode),
``resilient`` writes a plain error page into the served folder instead, so that
the server answers and live reload brings the site back on the fix.

The words here are the tool's own (like ``problems.report()``), not
``content/interface.yaml``: that file may be the broken one.
"""

from __future__ import annotations

import html
import os
import sys
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Callable

from ..problems import Problems, count_line, serve_command, warning_key

if TYPE_CHECKING:
    from .pages import Footer, NotFound

REPORT_PAGE = "problemes/index.md"
REPORT_TITLE = "Problèmes à corriger"
AFTER_SERVE = "l'aperçu n'est pas à jour. Corriger les fichiers YAML et les enregistrer : l'aperçu se reconstruit seul."
"""What ``mkdocs serve`` says after the count of the problems, as validate and mkdocs build do (``count_line``)."""
TYPED_IN = "BTS_GUIDE_TYPED_IN"  # the folder scripts/serve.sh was typed in (it runs MkDocs from the project's)
GUIDE_ERRORS_PAGE = "personnel/erreurs.md"  # the staff guide's « Lire un message d'erreur » (staff_guide.PAGES)
# the banner's and the report page's link to it, in the words of its title (French apostrophe; written here, not taken
# from content/interface.yaml, as the report shows when that file does not read either: tests/test_interface_texts.py
# checks it starts with the title staff.errors); when no guide is served
GUIDE_LINK = "Lire un message d’erreur (guide du personnel)"
GUIDE_LATER = "Le guide du personnel s’affichera avec le site, dès que les fichiers seront corrigés."
BANNER_LINES = 12  # lines of the report shown in the banner; the page has them all


@dataclass(frozen=True)
class Generated:
    """What the hook hands to MkDocs: generated files, copied files, navigation."""

    files: dict[str, str | bytes]
    copies: dict[str, object]
    nav: list
    footer: Footer | None = None  # every page's footer (None: the report page alone)
    not_found: NotFound | None = None  # the words of 404.html (None: the report page alone)
    menu_back: str | None = None  # the phone menu's « back » titles' name, « {title} » in it (None: the report page alone)


@dataclass(frozen=True)
class Report:
    """The report shown in the browser (plain text; the templates escape it)."""

    headline: str
    text: str
    url: str  # the report page, relative to the site's root (for the ``url`` filter)
    guide_url: str | None = None  # the staff guide's « Lire un message d'erreur », same; None: no guide served

    @property
    def guide_link(self) -> str:
        return GUIDE_LINK

    @property
    def guide_later(self) -> str:
        return GUIDE_LATER

    @property
    def excerpt(self) -> str:
        lines = self.text.splitlines()
        more = len(lines) - BANNER_LINES
        shown = "\n".join(lines[:BANNER_LINES])
        return shown + (f"\n… ({more} ligne{'s' if more > 1 else ''} de plus dans le rapport complet)" if more > 0 else "")


@dataclass
class ServeState:
    """Kept by the hook between the rebuilds of one ``mkdocs serve``."""

    last_good: Generated | None = None
    report: Report | None = None
    # the warnings given in full by an earlier rebuild (problems.warning_key): a rebuild gives the new ones, and
    # counts the others in one line, so that what the last save changed is not lost among every academy's
    warned: set = field(default_factory=set)
    # the same for the problems (problems_since); the report page and the banner still give every one
    reported: set = field(default_factory=set)
    # the problems of the last rebuild found in files that did not read (their syntax errors): problems_since
    unreadable: set = field(default_factory=set)
    # True once the first build's address was found free (the rebuilds run while the server holds it)
    started: bool = False


def warnings_since(state: ServeState, problems: Problems) -> str:
    """The warnings of a rebuild of ``mkdocs serve``: in full those no earlier rebuild gave (the first, every one),
    then how many others are still there, in one line."""
    keys = {warning_key(p) for p in problems.warnings}
    report = problems.warnings_report(skip=frozenset(state.warned))
    again = len(keys & state.warned)
    # one fixed, then back: given in full again; but not after a broken build, whose checks stopped before the points
    # to check (they would all come back in full once the problem is fixed)
    state.warned = keys if not problems else state.warned | keys
    if again:
        s = "s" if again > 1 else ""
        line = (f"{again} autre{s} point{s} à contrôler ou avertissement{s}, déjà signalé{s} plus haut, toujours là "
                "(python -m generator validate les redonne tous).")
        report = f"{report}\n{line}" if report else line
    return report


def problems_since(state: ServeState, problems: Problems) -> str:
    """The problems of a rebuild of ``mkdocs serve``, for the terminal: in full those the previous rebuild did not
    give (the first, every one; one fixed and back, again), then how many are gone and how many others are still
    there, in one line each. The browser's report (``broken``) is not this: it gives every problem."""
    keys = {warning_key(p) for p in problems.items}
    shown = state.reported
    report = problems.report(skip=frozenset(shown))
    # a problem of a file that could not be read this time (a syntax error) is hidden, not known to be fixed: neither
    # counted as fixed nor forgotten (given in full again only if it comes back changed); not the file's earlier
    # syntax error itself (found while it did not read either: replaced by this one, it is gone)
    hidden = {key for key in shown - keys if key[0] in problems.unread and key not in state.unreadable}
    fixed, again = len(shown - keys - hidden), sum(1 for p in problems.items if warning_key(p) in shown)
    state.reported = keys | hidden
    state.unreadable = {warning_key(p) for p in problems.items if p.location.file in problems.unread}
    lines = [report] if report else []
    if fixed and not keys:
        s = "s" if fixed > 1 else ""
        lines.append(f"Plus aucun problème dans les fichiers YAML ({fixed} corrigé{s}).")
    elif fixed:
        s = "s" if fixed > 1 else ""
        lines.append(f"{fixed} problème{s} de la construction précédente " + ("ne sont plus là." if s else "n'est plus là."))
    if again:
        s = "s" if again > 1 else ""
        other = f"{again} autre{s} problème{s}" if report else f"{again} problème{s}"
        lines.append(f"{other}, déjà signalé{s} plus haut, toujours là (la page « {REPORT_TITLE} » de l'aperçu "
                     "les donne tous, comme python -m generator validate).")
    if keys:  # the count, last, as validate and mkdocs build give it (a staff walk, stop 55: serve gave none)
        lines.append(count_line(len(problems.items), AFTER_SERVE))
    return "\n".join(lines)


NOTHING_GOOD_YET = "Aucune version sans problème depuis le lancement de l'aperçu"
"""Said while ``mkdocs serve`` has had no build without problem: there is no site to show, only the report."""


def headline(count: int, shown_site: bool = True) -> str:
    """The banner's first line. ``shown_site``: a last good site is served under it (else the report alone: no
    good build since the preview started; its pages answer « Page introuvable », ``not_found_yet``)."""
    s = "s" if count > 1 else ""
    said = f"Aperçu non à jour : {count} problème{s} dans les fichiers YAML. "
    if not shown_site:
        them = "les problèmes" if s else "le problème"
        return said + (
            f"{NOTHING_GOOD_YET} : corrigez d'abord {them} ci-dessous ; "
            "le site s'affichera dès que les fichiers seront corrigés."
        )
    return said + "Le site affiché est la dernière version sans problème ; il sera reconstruit dès que les fichiers seront corrigés."


def not_found_yet() -> "NotFound":
    """The 404 page while no build succeeded yet: every page of the site answers it (the home page is the report).
    The tool's words, as the banner's (content/interface.yaml may be the broken file), French typography."""
    from ..french import typography
    from .pages import NotFound

    return NotFound(
        typography("Page introuvable"),
        typography(f"{NOTHING_GOOD_YET} : les pages du guide s'afficheront dès que les problèmes des fichiers YAML seront corrigés."),
        typography("Voir les problèmes à corriger"),
    )


def report_page() -> str:
    """The report page's Markdown: fixed words only; the report itself is printed by its template."""
    return f"---\ntemplate: bts-report.html\nsearch:\n  exclude: true\n---\n\n# {REPORT_TITLE}\n"


@dataclass(frozen=True)
class Guide:
    """The staff guide's pages made from what could be read of a broken project (``events._staff_guide``)."""

    files: dict[str, str]
    nav: dict  # its entry of the navigation


def _url(page: str) -> str:
    """A page's address from the site's root (« personnel/erreurs.md » → « personnel/erreurs/ »)."""
    return page.removesuffix("index.md") if page.endswith("index.md") else page.removesuffix(".md") + "/"


def broken(state: ServeState, report_text: str, title: str, guide: Guide | None = None) -> Generated:
    """The site to serve while the project has problems; records the report in ``state``. ``guide``: the staff
    guide, served when no good version is (the last good version has its own). The banner's headline in French
    typography, as the guide's link beside it (review53 L5: « l'aperçu » beside « d’erreur »)."""
    from ..french import typography

    title = typography(title)
    if state.last_good is not None:
        good = state.last_good
        files = dict(good.files)
        files[REPORT_PAGE] = report_page()
        guide_url = _url(GUIDE_ERRORS_PAGE) if GUIDE_ERRORS_PAGE in files else None
        state.report = Report(title, report_text, _url(REPORT_PAGE), guide_url)
        return replace(good, files=files, nav=[*good.nav, {REPORT_TITLE: REPORT_PAGE}])
    files: dict[str, str | bytes] = {"index.md": report_page()}
    nav: list = [{REPORT_TITLE: "index.md"}]
    if guide is not None:
        files.update(guide.files)
        nav.append(guide.nav)
    guide_url = _url(GUIDE_ERRORS_PAGE) if GUIDE_ERRORS_PAGE in files else None
    state.report = Report(title, report_text, "./", guide_url)
    return Generated(files, {}, nav, not_found=not_found_yet())


def good(state: ServeState, generated: Generated) -> Generated:
    state.last_good = generated
    state.report = None
    return generated


# ---------------------------------------------------------------- when MkDocs itself fails

ERROR_PAGE = """<!doctype html>
<html lang="fr">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>Aperçu interrompu</title></head>
<body>
<h1>Aperçu interrompu : la construction du site a échoué</h1>
<p>Le site sera reconstruit et cette page remplacée dès que le problème sera corrigé.</p>
<pre>{message}</pre>
</body>
</html>
"""


def write_error_site(site_dir: Path, message: str) -> None:
    """A home page and a 404 page that say why the preview stopped (escaped)."""
    page = ERROR_PAGE.format(message=html.escape(message, quote=False)).encode("utf-8")
    site_dir.mkdir(parents=True, exist_ok=True)
    for name in ("index.html", "404.html"):
        (site_dir / name).write_bytes(page)


def resilient(builder: Callable, site_dir: Path, describe: Callable[[BaseException], str]) -> Callable:
    """``builder`` that never raises: on failure the served folder shows ``describe(error)``."""

    def rebuild(config=None):
        try:
            return builder(config) if config is not None else builder()
        except (Exception, SystemExit) as error:
            message = describe(error)
            print(message, file=sys.stderr)
            write_error_site(site_dir, message)
            return None

    return rebuild


def port_taken(host: str, port: int, root: Path) -> str | None:
    """The French message when the preview's address is already in use (a preview left open in another terminal: a
    staff walk, stop 47 M5, got MkDocs' English traceback after the whole build); None when it is free. Tried with the
    server's own option (``SO_REUSEADDR``): a port that only waits to close after a preview is free for it too. The
    command it gives previews ``root``, the project served, from the folder the preview was started in
    (``serve_command``, staff65 item 3; ``TYPED_IN``: scripts/serve.sh runs MkDocs from the project's folder)."""
    import socket

    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except OSError:
        return None  # (an address MkDocs will refuse in its own words)
    family, kind, proto, _, address = infos[0]
    with socket.socket(family, kind, proto) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind(address)
        except OSError:
            return (f"Le port {port} ({host}) est déjà utilisé : un aperçu est sans doute déjà lancé dans un autre terminal "
                    f"(l'y arrêter par Ctrl+C, ou le garder et ouvrir http://{host}:{port}/ dans le navigateur) ; ou lancer "
                    f"cet aperçu sur un autre port : {serve_command(root, os.environ.get(TYPED_IN)) or 'mkdocs serve'} -a {host}:{port + 1}")
    return None
