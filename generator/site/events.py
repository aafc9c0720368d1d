"""The MkDocs events of the site build (re-exported by ``hook.py``, the hook of mkdocs.yml).

- ``on_config``: read and check every YAML file. ``mkdocs build``: on any
  problem, print the French report and stop; a session of the site to replace without its file (a file renamed
  instead of copied: ``removed``) stops it too; otherwise point MkDocs at a fresh
  build directory (``publish.prepare``). ``mkdocs serve``: never stop
  (``serving``): a broken project shows the last good site with the report, or, before any good
  build, the report and the staff guide (``_staff_guide``).
- ``on_files``: add the generated Markdown pages, calendars and notice PDFs (``generator.pdf``,
  made in ``on_config`` with the Markdown extensions of mkdocs.yml) as in-memory files.
- ``on_env``: the report of ``mkdocs serve`` for the templates (banner, page), the footer's lines,
  the words of the « page not found » page (404.html), the name of the phone menu's « back » titles.
- ``on_post_page`` / ``on_post_template``: the Content-Security-Policy meta (``csp``); on a page of an academy's
  session, the words its print's margins give without JavaScript (``print_margins``).
- ``on_post_build``: write the server files and the precompressed copies
  (``compress``; none with ``BTS_GUIDE_COMPRESS=0``), then publish the fresh directory in one swap (``publish.swap``),
  unless strict mode counted a warning; ``on_build_error``: drop it, and end
  with a French line (``Stop``: our message, or any exception told in French)
  instead of MkDocs' « Aborted with a BuildError! ».
- ``on_serve``: watch academies/ and content/ too; rebuilds never leave the server stuck.

Every event goes through ``_guarded``: an exception of ours becomes a French
message (``failure``) and a clean exit, never a traceback.

Set ``BTS_GUIDE_TODAY=AAAA-MM-JJ`` to build as of another day (« session passée »);
``BTS_GUIDE_PDF=0`` builds without the notices' PDFs (and without the links to them);
``BTS_GUIDE_COMPRESS=0`` without the precompressed copies (for the tests' builds that never read them).
A session with something left to check (``verify:``, ``generator.staff.drafts``) is a
draft: ``mkdocs serve`` shows it with a banner; ``mkdocs build`` refuses to publish it,
unless ``BTS_GUIDE_DRAFTS=1`` asks for a preview build.
"""

from __future__ import annotations

import datetime as dt
import functools
import logging
import os
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

from mkdocs.exceptions import Abort, BuildError, PluginError
from mkdocs.plugins import event_priority
from mkdocs.structure.files import File, Files

from .. import pdf
from ..checklist import page as checklist
from ..french import typography
from ..interface import plural_forms
from ..merge import build_notices
from ..pipeline import load_and_check
from ..problems import AFTER_BUILD, count_line
from ..staff import StaffError, drafts
from ..staff.calendar import TODAY_VARIABLE, build_date
from ..staff.reviewed import seen_summary
from . import compress, csp, failure, log_words, pages, print_margins, publish, removed, serving
from .staff_guide import staff_files, staff_nav

ROOT_OF_THIS_FILE = Path(__file__).resolve().parents[2]

log = logging.getLogger("mkdocs.hooks.bts")


@dataclass
class _Build:
    """The state of one build (reset by ``on_config``)."""

    generated: serving.Generated | None = None
    final: Path | None = None  # the published site directory (site_dir as configured)
    fresh: Path | None = None  # where MkDocs builds, swapped in by on_post_build
    counter: publish.WarningCounter = field(default_factory=publish.WarningCounter)
    hashes: set[str] = field(default_factory=set)
    root: Path | None = None
    strict_warnings: int = 0  # strict mode counted warnings: MkDocs aborts after on_post_build (on_build_error says it)


_state = {"serving": False, "build": _Build(), "serve": serving.ServeState(), "variants": {}}  # kept across the rebuilds of `mkdocs serve`


def project_root(config) -> Path:
    return Path(config.config_file_path).resolve().parent


def today() -> dt.date:
    return build_date()


DRAFTS_VARIABLE = "BTS_GUIDE_DRAFTS"


def drafts_wanted() -> bool:
    """``BTS_GUIDE_DRAFTS=1``: a preview build, drafts included (with their banner)."""
    return os.environ.get(DRAFTS_VARIABLE, "").strip() not in ("", "0")


PDF_VARIABLE = "BTS_GUIDE_PDF"


def pdf_wanted() -> bool:
    """The notices' PDFs, unless ``BTS_GUIDE_PDF=0`` (a quicker preview, the benchmark's build without
    them): then the notice pages do not link to them either."""
    return os.environ.get(PDF_VARIABLE, "").strip() != "0"


COMPRESS_VARIABLE = "BTS_GUIDE_COMPRESS"


def compress_wanted() -> bool:
    """The precompressed copies (``compress``), unless ``BTS_GUIDE_COMPRESS=0``: for the tests' builds of edited data
    that never read nor serve them (their changed pages cost Brotli's quality 11 each time); the same pages, the same
    words said, only no ``.gz`` / ``.br`` file. Never set by scripts/serve.sh (``mkdocs serve`` writes none anyway)
    nor for publishing."""
    return os.environ.get(COMPRESS_VARIABLE, "").strip() != "0"


def _renames() -> dict[str, str]:
    build = _state["build"]
    return {str(build.fresh): str(build.final)} if build.fresh and build.final else {}


def _guarded(event):
    """Any exception of an event becomes a French message (``PluginError``: MkDocs prints it, no traceback)."""

    @functools.wraps(event)
    def run(*args, **kwargs):
        try:
            return event(*args, **kwargs)
        except (BuildError, Abort):
            raise
        except StaffError as error:  # a setting staff gave (BTS_GUIDE_TODAY…): the message says the fix
            raise PluginError(str(error)) from None
        except Exception as error:
            raise PluginError(failure.message(error, ROOT_OF_THIS_FILE, _renames(), f"hook {event.__name__}")) from None

    return run


# ---------------------------------------------------------------- what the site holds


def _generate(root: Path, project, config) -> serving.Generated:
    notices = build_notices(project)
    texts = project.content.interface
    # The data flow of a build: project (read once) → notices → pages; nothing is cached between builds.
    content = project.content
    # Self-hosted Pyodide for the checklist (copied from node_modules, never a CDN), with the standard
    # library it boots with (made once, then from the cache: generator/checklist/stdlib.py), first: the
    # checklist pages name that library's file.
    try:
        copies = dict(checklist.pyodide_files(root))
    except checklist.stdlib.StdlibError as error:  # Node or Pyodide missing, or the library not made: in French
        raise PluginError(str(error)) from None
    for source in copies.values():
        if not Path(source).exists():
            raise PluginError(f"{source} manquant : lancer « source scripts/setup.sh » (npm ci) pour installer Pyodide")
    with_pdf = pdf_wanted()
    # (the notice's page printed in each PDF's footer, a form's page printed from the browser: the published address;
    # under ``mkdocs serve``, MkDocs gives site_url the preview's own address, which is nobody's to keep)
    site_url = None if _state["serving"] else config.get("site_url") or None
    files = pages.site_files(
        notices, today(), checklist=checklist, checklist_content=content.checklist, texts=texts, departments=content.departments, site=content.site,
        pdf=with_pdf, content=content, site_url=site_url,
    )
    if with_pdf:
        # The notices' PDFs, from the same view models and templates; made before anything is written, so
        # a PDF that fails stops the build (the previous site stays) or, under serve, shows the report.
        prints = pages.print_pages(notices, today(), departments=content.departments, site=content.site, site_url=site_url)
        try:
            files.update(pdf.notice_pdfs(prints, texts, pdf.MarkdownSettings.of(config)))
            files.update(pdf.form_pdfs(pages.form_prints(notices, today()), texts))
        except pdf.PdfError as error:  # a library missing (the message says the fix), or a PDF not made: in French
            raise PluginError(str(error)) from None
    return serving.Generated(
        files, copies, pages.nav(notices, checklist=True, texts=texts), pages.footer(texts, content.site), pages.not_found(texts),
        pages.menu_back(texts),
    )


def _generate_for_serve(root: Path, config) -> serving.Generated:
    """Under ``mkdocs serve``: the site, or the last good one with the report, never an exception."""
    state = _state["serve"]
    project = None
    try:
        project, problems = load_and_check(root)
        warned = serving.warnings_since(state, problems)
        if warned:
            print(warned, file=sys.stderr)
        printed = serving.problems_since(state, problems)  # in full only the new ones: every one is on the page
        if not problems:
            if printed:  # « 1 problème de la construction précédente n'est plus là. »
                print(printed, file=sys.stderr)
            return serving.good(state, _generate(root, project, config))
        report, title = problems.report(), serving.headline(len(problems), shown_site=state.last_good is not None)
    except (PluginError, Abort, StaffError) as error:
        report, title = str(error), "Aperçu non à jour : la construction du site a échoué."
        printed = report
    except Exception as error:  # a bug of ours: the message says what to send
        report, title = failure.message(error, ROOT_OF_THIS_FILE, context="mkdocs serve"), "Aperçu non à jour : erreur interne du générateur."
        printed = report
    print(printed, file=sys.stderr)
    return serving.broken(state, report, title, guide=_staff_guide(project) if state.last_good is None else None)


def _staff_guide(project) -> serving.Guide | None:
    """The staff guide's pages for a preview that has no good version to show (a file broken from the start): « Lire
    un message d'erreur » is needed then most (a staff walk, stop 48 G1: /personnel/ answered 404). Its prose is in its
    templates, its titles in content/interface.yaml: made from what could be read, without the notices (no example of
    a comparison; the identifiers from the national files, none if one of them is broken). None when the words of the
    site (content/interface.yaml) did not read, or do not make the guide (a title missing): the banner then says so."""
    texts = project.content.interface if project is not None else None
    if texts is None:
        return None
    try:
        content = project.content if project.content.complete() else None
        return serving.Guide(staff_files(texts, (), content), staff_nav(texts))
    except Exception:  # (interface.yaml read but broken: its problem is in the report, which says the guide is missing)
        return None


def _stop_on_problems(problems) -> None:
    count = len(problems)
    print(problems.report(), file=sys.stderr)
    # the closing line, printed last by on_build_error (Stop) instead of MkDocs' « Aborted with a BuildError! »
    raise PluginError(count_line(count, AFTER_BUILD))


class Stop(Abort):
    """The last line of a failed build, in French, on stderr (after our report or message).

    Raised by ``on_build_error``, before MkDocs would log the error's message again (« ERROR - … ») and end with
    its English « Aborted with a BuildError! » or « Aborted with 2 warnings in strict mode! ». An ``Abort``: the
    exit status stays 1, and ``mkdocs serve``'s rebuild (``serving.resilient``) shows it as it shows any abort.
    """

    def show(self, *args, **kwargs) -> None:
        print("\n" + self.format_message(), file=sys.stderr)


def _strict_stop(count: int) -> str:
    s = "s" if count > 1 else ""
    then = "l'aperçu n'a pas été construit." if _state["serving"] else failure.NOT_PUBLISHED_AFTER_COLON
    return f"{count} avertissement{s} en mode strict (ci-dessus) : {then}"


# ---------------------------------------------------------------- events


@_guarded
def on_startup(command, dirty):
    _state["serving"] = command == "serve"
    log_words.install()  # MkDocs' routine lines in French


@event_priority(100)  # first: count every warning of the build, and build aside before anyone writes
@_guarded
def on_config(config):
    if _state["serving"] and not _state["serve"].started:
        # before the first build, not after it: the preview's address taken, MkDocs ends in a traceback
        taken = serving.port_taken(*config.dev_addr, project_root(config))
        if taken is not None:
            raise PluginError(taken)
        _state["serve"].started = True
    build = _state["build"] = _Build(root=project_root(config))
    logging.getLogger("mkdocs").addHandler(build.counter)
    if _state["serving"]:
        build.generated = _generate_for_serve(build.root, config)
    else:
        project, problems = load_and_check(build.root)
        if problems.warnings:
            print(problems.warnings_report(), file=sys.stderr)
        if problems.reviewed:
            print(f"{seen_summary(problems)}.", file=sys.stderr)
        if problems:
            _stop_on_problems(problems)
        left = drafts.project_pending(project)
        if left and not drafts_wanted():
            print(drafts.refusal(left), file=sys.stderr)
            raise PluginError(plural_forms(f"Brouillon : {len(left)} {{count|élément|éléments}} à vérifier sur la notice (détail ci-dessus) ; "
                                           "rien n'a été publié.", {"count": len(left)}))
        published = (build.root / "site").resolve()
        if left and Path(config.site_dir).resolve() == published:
            # a preview with drafts never replaces the published site
            raise PluginError(
                f"{DRAFTS_VARIABLE}=1 construit un aperçu avec les brouillons : le construire ailleurs que dans le site publié, "
                f"par exemple : {DRAFTS_VARIABLE}=1 mkdocs build -d site-apercu ; rien n'a été publié"
            )
        gone = removed.dropped(Path(config.site_dir).resolve(), project)
        if gone:  # a session file renamed instead of copied (staffwalk58 M8): its archive page would vanish unsaid
            # a preview's folder is no published site: the stop says so, its commands keep the variable (review78 L)
            preview = drafts_wanted() and Path(config.site_dir).resolve() != published
            site = Path(config.site_dir).resolve()
            print(removed.refusal(site, build.root, project, gone, preview=preview), file=sys.stderr)
            raise PluginError(removed.stop_line(site, build.root, project, gone, preview=preview))
        if left:
            log.info(plural_forms(f"{DRAFTS_VARIABLE} : construction d'aperçu, brouillons compris ({len(left)} {{count|élément|éléments}} "
                                  "à vérifier)", {"count": len(left)}))
        build.generated = _generate(build.root, project, config)
        build.final = Path(config.site_dir).resolve()
        build.fresh = publish.prepare(build.final)
        config.site_dir = str(build.fresh)
    config.nav = build.generated.nav
    return config


@_guarded
def on_files(files: Files, config) -> Files:
    generated = _state["build"].generated
    for path, content in generated.files.items():
        existing = files.get_file_from_path(path)
        if existing is not None:
            files.remove(existing)
        files.append(File.generated(config, path, content=content))
    for path, source in generated.copies.items():
        files.append(File.generated(config, path, abs_src_path=str(source)))
    return files


@_guarded
def on_env(env, config, files):
    env.globals["bts_serve_report"] = _state["serve"].report if _state["serving"] else None
    # the preview as of another day (BTS_GUIDE_TODAY): the pages' scripts read that day too (past.js, checklist.js),
    # not the device's, which said « Session passée » on a session being prepared (a staff walk, stop 48 M8); never in
    # a build, whose pages follow their reader's day
    env.globals["bts_preview_today"] = today().isoformat() if _state["serving"] and os.environ.get(TODAY_VARIABLE, "").strip() else None
    generated = _state["build"].generated
    env.globals["bts_footer"] = generated.footer if generated is not None else None
    env.globals["bts_not_found"] = generated.not_found if generated is not None else None
    env.globals["bts_menu_back"] = generated.menu_back if generated is not None else None
    return env


def _with_policy(output: str, content: str | None, where: str) -> str:
    if _state["serving"]:  # livereload injects an inline script: no policy in the preview
        return output
    value, hashes, blocked = csp.page_policy(output, content)
    _state["build"].hashes |= hashes
    for item in blocked:
        log.warning(f"{where} : {item} serait bloqué par la Content-Security-Policy du site")
    return csp.with_meta(output, value)


@_guarded
def on_page_content(html, page, config, files):
    """The side table of contents in French typography, as the headings it lists: Python-Markdown's toc joins a
    heading's words with plain spaces (« Étape 1 : » lost the non-breaking space its heading has)."""
    _french_titles(page.toc)
    return html


def _french_titles(items) -> None:
    for item in items:
        item.title = typography(item.title)
        _french_titles(item.children)


# The checklist page's answers built for each department alone (checklist.html.j2, between these marks): taken out
# of the page's content before the theme's search indexes it, put back in the page written (firstpaint62: the index
# held every variant's text and headings as the page's own, 467 → 959 KB, each checklist section found once a variant).
VARIANTS = re.compile(r"<!--bts-variants-->.*?<!--/bts-variants-->", re.S)
VARIANTS_MARK = "<!--bts-variants-->"


@event_priority(50)  # before the search plugin's on_page_context (priority 0)
@_guarded
def on_page_context(context, page, config, nav):
    found = VARIANTS.search(page.content or "")
    if found:
        _state["variants"][page.file.src_uri] = found.group()
        page.content = VARIANTS.sub(VARIANTS_MARK, page.content, count=1)
    return context


@_guarded
def on_post_page(output, page, config):
    variants = _state["variants"].pop(page.file.src_uri, None)
    if variants is not None:
        output = output.replace(VARIANTS_MARK, variants, 1)
    output = print_margins.with_margin_words(output, page.content or "")
    return _with_policy(output, page.content, page.file.src_uri)


@_guarded
def on_post_template(output, template_name, config):
    return _with_policy(output, None, template_name) if template_name.endswith(".html") else output


@event_priority(-100)  # last: after the search index and every other plugin's files
@_guarded
def on_post_build(config):
    build = _state["build"]
    logging.getLogger("mkdocs").removeHandler(build.counter)
    if config.strict and build.counter.count:
        build.strict_warnings = build.counter.count  # MkDocs aborts right after this event: on_build_error says why
    if build.fresh is None:  # serve: MkDocs built into its own temporary folder
        return
    if build.strict_warnings:
        publish.discard(build.fresh)
        config.site_dir = str(build.final)
        return
    header = csp.policy(frozenset(build.hashes))
    (build.fresh / "_headers").write_text(csp.headers_file(header), encoding="utf-8")
    (build.fresh / ".htaccess").write_text(csp.htaccess_file(header), encoding="utf-8")
    if compress_wanted():
        compress.precompress(build.fresh)  # .gz and .br copies for hosts that serve them (README)
    publish.swap(build.fresh, build.final)
    config.site_dir = str(build.final)
    build.fresh = None
    log.info(built_line(build.final, build.root))


def built_line(final: Path, root: Path) -> str:
    """The build's last INFO line: « Site publié » for site/ only, the folder the staff guide publishes; a preview
    (BTS_GUIDE_DRAFTS=1 elsewhere) said « Site publié dans …/site-apercu » (fixtests59 left), and another folder
    may be anything (a copy, a web server's folder)."""
    how = "construit à part, puis mis en place d'un coup"
    if final == (root / "site").resolve():
        return f"Site publié dans {final} ({how})"
    if drafts_wanted():
        return f"Aperçu construit dans {final} ({how} ; le site publié, site/, n'a pas été touché)"
    return f"Site construit dans {final} ({how})"


@event_priority(-100)  # last: raising here replaces MkDocs' own exception, and its English last line
def on_build_error(error):
    build = _state["build"]
    logging.getLogger("mkdocs").removeHandler(build.counter)
    renames = _renames()
    publish.discard(build.fresh)
    build.fresh = None
    if isinstance(error, Abort):
        if build.strict_warnings:  # « Aborted with 2 warnings in strict mode! »: the warnings are above
            raise Stop(_strict_stop(build.strict_warnings)) from None
        return  # someone else's abort (already French if ours): as it is
    if isinstance(error, PluginError):  # our French message (a plugin's own words otherwise): said once, last
        raise Stop(str(error)) from None
    if isinstance(error, BuildError):  # MkDocs' own, about a page it could not make: its words are the information
        raise Stop(f"La construction du site a échoué (message de MkDocs : {error}). {failure.NOT_PUBLISHED}") from None
    raise Stop(failure.message(error, ROOT_OF_THIS_FILE, renames)) from None


@_guarded
def on_serve(server, config, builder):
    _state["serving"] = True
    root = project_root(config)
    for folder in ("academies", "content"):
        server.watch(str(root / folder))
    server.builder = serving.resilient(server.builder, Path(server.root), _describe_serve_failure)
    return server


def _describe_serve_failure(error: BaseException) -> str:
    if not isinstance(error, (BuildError, Abort, SystemExit)):
        return failure.message(error, ROOT_OF_THIS_FILE, context="mkdocs serve")
    return "\n".join([str(error), *_state["build"].counter.messages])


@_guarded
def on_shutdown():
    build = _state["build"]
    logging.getLogger("mkdocs").removeHandler(build.counter)
    publish.discard(build.fresh)  # a build interrupted (Ctrl+C) before on_post_build
    build.fresh = None
