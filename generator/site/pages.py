"""Notices → the site's generated files, as pure functions (no MkDocs needed).

``site_files(notices, today)`` returns every generated file of the site as
``{path inside docs: str | bytes}``; the MkDocs hook only hands them over, with
``nav(...)`` as the navigation.

Each page is a view model rendered by a template:

- notice page: ``notice_view.py`` → ``templates/notice.md.j2``, its sections in the order of
  ``NoticeView.parts``, each in its template (``_notice_<part>.md.j2``, ``_dates.md.j2``,
  ``_contacts.md.j2``, ``_novelties.md.j2``; tables of documents ``_documents_table.md.j2``; the
  timeline of ``timeline.py``);
- establishment page: ``establishment_view.py`` → ``templates/establishment.md.j2``;
- home page: ``home_view.py`` → ``templates/home.md.j2`` (drafts left out);
- state of a session (draft, notice perhaps replaced): ``status_view.py`` → ``templates/_status.md.j2``;
- checklist page: ``generator/checklist/page.py`` and its own templates;
- form page (a form of the notice given as ``parts:``): ``form_view.py`` → ``templates/form.md.j2``
  around ``templates/form.html.j2`` (the same HTML is printed in the form's PDF, ``generator/pdf/form.py``);
- the staff guide (« Guide du personnel des rectorats », ``personnel/``): ``staff_guide.py``.

Words of the data come from ``words.py`` (conditions, deadlines, dates), every
word of the pages themselves from ``content/interface.yaml`` (``t(...)`` in the
templates); escaping is the templates' environment's (``templating.py``).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import html

from markupsafe import Markup

from .. import emphasis
from ..merge import Notice
from ..model.content import ChecklistFile, InterfaceFile
from ..model.departments import DepartmentsFile
from ..model.values import given
from ..model.site import SiteFile
from . import ics, timeline
from .dates import date_words
from .directory import Directory, by_academy, department_hints, department_names, directory
from .annex_view import annex_view
from .establishment_view import EstablishmentView, establishment_view
from .form_view import FormView, form_view, forms_with_pages
from .home_view import HomeView, home_view
from .notice_view import NoticeView, notice_view, page_title, past_view, routing_view, stating_view, unsaid_warnings
from .novelties_view import compared_year
from .paths import (  # noqa: F401 (the paths of the pages are part of this module's interface)
    ESTABLISHMENT_PAGE,
    FORMS_DIR,
    checklist_path,
    establishment_path,
    has_establishment_page,
    form_path,
    form_pdf_filename,
    form_pdf_path,
    ics_path,
    notice_dir,
    notice_path,
    pdf_path,
)
from .status_view import StatusView, latest, pending, status_view
from .staff_guide import staff_files, staff_nav, staff_url

from ..french import typography

from .templating import HTML, MARKDOWN, office_reach_linked, render_html, render_markdown


def _fields(view) -> dict[str, object]:
    """A view model's top-level fields, as the template's variables."""
    return {f.name: getattr(view, f.name) for f in dataclasses.fields(view)}


def render_notice(
    view: NoticeView, texts: InterfaceFile, status: StatusView | None = None, *, for_print: bool = False, establishment: Markup | None = None
) -> str:
    """The notice page's Markdown; ``for_print``: the version the PDF is made of (``notice.md.j2``);
    ``establishment``: the establishment's procedure (Markdown of ``establishment.md.j2``), printed right
    after the dates in an establishments' notice's PDF, as such a notice is first of all that procedure."""
    return render_markdown(
        MARKDOWN, "notice.md.j2", texts, timeline_html=timeline.render, status=status, for_print=for_print, establishment=establishment, **_fields(view)
    )


def page_version(notice: Notice, page_url: str | None) -> dict[str, str | None]:
    """Which version a page of ``notice`` is, printed from the browser (NoticeView.version, EstablishmentView.version;
    _macros.page_version): the day its session was checked on the notice, in words (None: not given), and its address
    on the published site (None: not known)."""
    checked = notice.session.session.checked
    return {"checked": date_words(checked) if checked else None, "page_url": page_url}


def published_url(site_url: str | None, notice: Notice, *parts: str) -> str | None:
    """The address on the published site (``site_url``, mkdocs.yml; None: not known) of ``notice``'s page, or of a page
    under it (``parts``: « formulaires », a form's id), as use_directory_urls writes it: « …/toulouse/2024/ »."""
    return "/".join([site_url.rstrip("/"), notice_dir(notice), *parts]) + "/" if site_url else None


def notice_page(
    notice: Notice, today: dt.date, *, checklist: bool = False, status: StatusView | None = None, previous: Notice | None = None,
    routes: Directory | None = None, site: SiteFile | None = None, pdf: bool = False, for_print: bool = False,
    establishment: Markup | None = None, version: bool = False, page_url: str | None = None,
) -> str:
    """The full notice page of one academy and session, as Markdown (``checklist``: link to its checklist
    page; ``pdf``: to its PDF; ``status``: draft banner and « notice perhaps replaced » line, ``status_view``;
    ``previous``: the academy's previous session, compared in « Nouveautés de la session »; ``routes``: the
    site's directory, ``site``: content/site.yaml, see ``notice_view``; ``for_print``: the PDF's version;
    ``version`` (a build): printed from the browser, the page says which version it is, with its address
    ``page_url`` when known: NoticeView.version)."""
    return office_linked(_notice_page(notice, today, checklist=checklist, status=status, previous=previous, routes=routes, site=site, pdf=pdf,
                                       for_print=for_print, establishment=establishment, version=version, page_url=page_url), notice)


def office_linked(markdown: str, notice: Notice) -> str:
    """A page of ``notice`` whose words on how to reach the exam office the notice does not give link the academy's
    site (``templating.office_reach_linked``; phone61 M2); a notice that gives its office: as it is."""
    website = given(notice.academy.website)
    return office_reach_linked(markdown, notice.texts, website) if notice.exam_office is None and website else markdown


def _notice_page(
    notice: Notice, today: dt.date, *, checklist: bool, status: StatusView | None, previous: Notice | None, routes: Directory | None,
    site: SiteFile | None, pdf: bool, for_print: bool, establishment: Markup | None, version: bool, page_url: str | None,
) -> str:
    """``notice_page``, its words on how to reach the office as written."""
    view = notice_view(notice, today, checklist=checklist, previous=previous, routes=routes, site=site, pdf=pdf)
    if version and not for_print:
        view = dataclasses.replace(view, version=page_version(notice, page_url))
    if for_print or notice.voice == "notice":
        # (the PDF: the notice's warnings the page adds are in its annex, print_pages)
        return render_notice(view, notice.texts, status, for_print=for_print, establishment=establishment)
    # the notice's warnings the page says nowhere else: added to its « Points de vigilance » (unsaid_warnings), read
    # in the parts of the page that state the notice, not in the guide's notes quoting it (stating_view: review58 M2);
    # the page rendered once, with them when there are (it was rendered without them first, then again: speed56)
    unsaid = unsaid_warnings(notice, [render_notice(stating_view(view), notice.texts, status, establishment=establishment)])
    if unsaid:
        view = dataclasses.replace(view, other_warnings=unsaid)
    return render_notice(view, notice.texts, status, establishment=establishment)


def previous_notice(notices: list[Notice], notice: Notice) -> Notice | None:
    """The notice among ``notices`` that the page of ``notice`` compares it with in « Nouveautés de la session »: the
    same academy's previous session for the same candidates (``novelties_view.compared_year``), if there is one."""
    own = {n.year: n for n in notices if n.slug == notice.slug}
    year = compared_year(notice, {y: n.audience for y, n in own.items()})
    return own.get(year) if year is not None else None


def render_form_html(view: FormView, texts: InterfaceFile, *, with_data: bool) -> str:
    """The form itself as HTML (``form.html.j2``); ``with_data``: the JSON the page's script reads (not in the PDF)."""
    return render_html(HTML, "form.html.j2", texts, view=view, with_data=with_data)


def render_form(view: FormView, texts: InterfaceFile) -> str:
    """The form's page: links for the screen, then the form (``form.md.j2``)."""
    return render_markdown(MARKDOWN, "form.md.j2", texts, view=view, form=Markup(render_form_html(view, texts, with_data=True)))


def form_pages(notice: Notice, *, pdf: bool = False, today: dt.date | None = None, routes: Directory | None = None,
               site_url: str | None = None) -> dict[str, str]:
    """``{path: Markdown}`` of the notice's form pages (``pdf``: each links to its PDF; ``today`` and ``routes``, the
    site's directory: each has the « session passée » box of the notice's other pages; with ``today`` (a build), each
    says which version it is when printed, with its address when ``site_url`` (mkdocs.yml) is known: FormView.version)."""
    def past(form_id: str):
        return past_view(notice, today, routes, form_path(notice, form_id)) if today is not None and routes is not None else None

    return {
        form_path(notice, f.id): render_form(form_view(notice, f, form_pdf_filename(notice, f.id) if pdf else None, past(f.id),
                                                       version=today is not None, page_url=published_url(site_url, notice, FORMS_DIR, f.id)), notice.texts)
        for f in forms_with_pages(notice)
    }


def notice_form_prints(notice: Notice, today: dt.date | None = None) -> dict[str, FormPrint]:
    """``{path of a form's PDF: its title and HTML}`` for one notice: the page's HTML, without its script data; with
    ``today`` (the build's day), which version its own PDF is, as the notice's PDF says it (``PrintPage``)."""
    version = {"made": today, "checked": notice.session.session.checked} if today else {}
    return {
        form_pdf_path(notice, f.id): FormPrint(f.title, render_form_html(form_view(notice, f), notice.texts, with_data=False), f.id, **version)
        for f in forms_with_pages(notice)
    }


def form_prints(notices: list[Notice], today: dt.date | None = None) -> dict[str, FormPrint]:
    """``{path of a form's PDF: its title and HTML}`` (``generator/pdf`` prints them), every notice's; ``today`` (the
    build's day; None: no version line) for the line saying which version each PDF is."""
    return {path: form for n in notices for path, form in notice_form_prints(n, today).items()}


def render_establishment(view: EstablishmentView, texts: InterfaceFile, *, for_print: bool = False) -> str:
    return render_markdown(MARKDOWN, "establishment.md.j2", texts, for_print=for_print, **_fields(view))


def establishment_page(
    notice: Notice, today: dt.date, routes: Directory | None = None, *, for_print: bool = False, version: bool = False, page_url: str | None = None,
) -> str:
    """What the establishment does in CYCLADES, and the documents by training route (``for_print``: what
    the establishment does only, printed in the notice's PDF right after its dates; ``version`` (a build): printed
    from the browser, the page says which version it is, with its address ``page_url`` when known, as the notice
    page does: EstablishmentView.version)."""
    view = establishment_view(notice, today, routes)
    if version and not for_print:
        view = dataclasses.replace(view, version=page_version(notice, page_url))
    return render_establishment(view, notice.texts, for_print=for_print)


def _texts_of(notices: list[Notice], texts: InterfaceFile | None) -> InterfaceFile:
    """The interface texts given, else those the notices carry (the same national file)."""
    if texts is not None:
        return texts
    if not notices:
        raise ValueError("no notice and no interface texts: pass texts=project.content.interface")
    return notices[0].texts


def render_home(view: HomeView, texts: InterfaceFile) -> str:
    return render_markdown(MARKDOWN, "home.md.j2", texts, **_fields(view))


def home_page(notices: list[Notice], today: dt.date, texts: InterfaceFile | None = None, *, departments: DepartmentsFile | None = None) -> str:
    """Find your academy by department (every department of ``departments``, content/departments.yaml;
    without it, those of the notices); current session first, older ones as an archive."""
    t = _texts_of(notices, texts)
    return render_home(home_view(directory(notices, departments.table() if departments else None, today), t), t)


@dataclasses.dataclass(frozen=True)
class Footer:
    """Every page's footer (plain text, French typography; the theme escapes it): its lines (who publishes
    the guide, which text prevails) and the link to the staff guide, which the side menu shows only on the
    guide's own pages (site_overrides/partials/nav.html): the candidates' menu lists the notices alone."""

    lines: tuple[str, ...]
    staff_text: str
    staff_url: str  # the staff guide's first page, from the site's root


def footer(texts: InterfaceFile, site: SiteFile | None) -> Footer:
    publisher = site.publisher if site is not None else None
    first = texts.text("footer.publisher", publisher=publisher) if publisher else texts.text("footer.publisher_not_given")
    lines = tuple(typography(line) for line in (first, texts.text("footer.prevails")))
    return Footer(lines, typography(texts.text("footer.staff")), staff_url())


@dataclasses.dataclass(frozen=True)
class NotFound:
    """The words of the « page not found » page (404.html, site_overrides/404.html; plain text, French
    typography; the theme escapes them): its title (heading and <title>), why the address may lead nowhere,
    and the link to the home page, where a candidate finds their academy's notice by their department."""

    title: str
    text: str
    home: str


def menu_back(texts: InterfaceFile) -> str:
    """The name a screen reader gives a level's title in the phone's menu (a button back to the level above,
    site_overrides/assets/menu.js), French typography, « {title} » kept for the title the script puts in."""
    return typography(texts.text("nav.back", title="{title}"))


def not_found(texts: InterfaceFile) -> NotFound:
    return NotFound(typography(texts.text("not_found.title")), typography(texts.text("not_found.text")), typography(texts.text("not_found.home")))


# ---------------------------------------------------------------- the whole site


@dataclasses.dataclass(frozen=True)
class _Scope:
    """What a notice page needs to know of the other notices of the site: its status (draft, newest
    session), the academy's previous session, the directory of published sessions."""

    notices: list[Notice]
    today: dt.date
    left: dict[int, list]
    published: list[Notice]
    latest_years: dict[str, int]
    routes: Directory

    @classmethod
    def of(cls, notices: list[Notice], today: dt.date, departments: DepartmentsFile | None) -> "_Scope":
        left = {id(n): pending(n) for n in notices}  # what is left to check: a draft is never on the home page
        published = [n for n in notices if not left[id(n)]]
        routes = directory(published, departments.table() if departments else None, today, unlisted=notices)
        return cls(notices, today, left, published, latest(published), routes)

    def notice_page(
        self, notice: Notice, *, site: SiteFile | None, checklist: bool = False, pdf: bool = False, for_print: bool = False, establishment: Markup | None = None,
        page_url: str | None = None,
    ) -> str:
        """``for_print``: the PDF's version, in the notice's own voice (``Notice.voice``)."""
        status = status_view(notice, self.left[id(notice)], self.latest_years, self.today)
        return notice_page(
            dataclasses.replace(notice, voice="notice") if for_print else notice, self.today, checklist=checklist, status=status, previous=previous_notice(self.notices, notice),
            routes=self.routes, site=site, pdf=pdf, for_print=for_print, establishment=establishment, version=not for_print, page_url=page_url,
        )


@dataclasses.dataclass(frozen=True)
class PrintPage:
    """The print version of a notice page: its title (academy and session), its Markdown (the notice, in its
    own words), the notice's forms (printed after it, as the academies print theirs in annex), and the
    guide's annex (Markdown, ``annex_view``: what the guide adds to the notice; "" when it adds nothing)."""

    title: str
    markdown: str
    forms: tuple["FormPrint", ...] = ()
    annex: str = ""
    # its running footer (generator/pdf/templates/notice.html.j2), so that a copy says which version it is: the day
    # the build made it (its PDF's creation date too), the day staff last checked the session file on the notice
    # (``session.checked``; None: not given, said so), the notice's page on the site (mkdocs.yml ``site_url``; None:
    # not known, left out)
    made: dt.date | None = None
    checked: dt.date | None = None
    page_url: str | None = None


@dataclasses.dataclass(frozen=True)
class FormPrint:
    """A form as its PDF prints it: its title and its HTML (the page's, without the page's script data)."""

    title: str
    html: str
    id: str = ""  # the form's id (its anchor in the notice's PDF)
    # which version its own PDF is (generator/pdf/templates/form.html.j2), as ``PrintPage`` says it for the notice's:
    # the build's day (None: a form printed outside a build, no line) and the session's ``checked``. Not the notice's
    # page (``PrintPage.page_url``): with it the line, 8 pt, is wider than the page (140 mm without it, of 186) and
    # would take a second line, in the form's room.
    made: dt.date | None = None
    checked: dt.date | None = None


def print_pages(
    notices: list[Notice], today: dt.date, *, departments: DepartmentsFile | None = None, site: SiteFile | None = None,
    site_url: str | None = None,
) -> dict[str, PrintPage]:
    """``{path of the notice's PDF: the print version of its page}`` (``generator/pdf`` makes the PDFs of
    them): the same view model and template as the page, ``for_print``. ``today``: the build's date, printed in
    each PDF's footer as the day it was made; ``site_url`` (mkdocs.yml): where the site is published, for the
    address of the notice's page in that footer."""
    scope = _Scope.of(notices, today, departments)

    def markdown(notice: Notice) -> str:
        establishment = None
        if has_establishment_page(notice):  # an establishments' notice: what the establishment does, first
            own = dataclasses.replace(notice, voice="notice")
            establishment = Markup(establishment_page(own, today, scope.routes, for_print=True).strip("\n"))  # escaped by its template
        return scope.notice_page(notice, site=site, for_print=True, establishment=establishment)

    def annex(notice: Notice, printed: list[str]) -> str:
        view = annex_view(notice, today)
        text = "" if view.empty else render_markdown(MARKDOWN, "guide_annex.md.j2", notice.texts, annex=view)
        # the notice's warnings the PDF says nowhere else (not in the notice's pages ``printed``, its forms, nor the
        # annex above: those on its steps or in a part of the web page), as its web page adds them (notice_page)
        # (and not in the annex's notes on its source and contradictions, which quote the notice: stating_view)
        stated = "" if view.empty else render_markdown(
            MARKDOWN, "guide_annex.md.j2", notice.texts, annex=dataclasses.replace(view, source_notes=(), contradictions=()),
        )
        unsaid = unsaid_warnings(notice, [*printed, stated])
        if not unsaid:
            return office_linked(text, notice)
        return office_linked(render_markdown(MARKDOWN, "guide_annex.md.j2", notice.texts, annex=dataclasses.replace(view, other_warnings=unsaid)), notice)

    def print_page(n: Notice) -> PrintPage:
        printed, forms = markdown(n), tuple(notice_form_prints(n).values())
        return PrintPage(
            page_title(n), printed, forms, annex(n, [printed, *(form.html for form in forms)]), made=today, checked=n.session.session.checked,
            page_url=published_url(site_url, n),
        )

    return {pdf_path(n): print_page(n) for n in notices}


def site_files(
    notices: list[Notice],
    today: dt.date,
    *,
    checklist=None,
    checklist_content: ChecklistFile | None = None,
    texts: InterfaceFile | None = None,
    departments: DepartmentsFile | None = None,
    site: SiteFile | None = None,
    pdf: bool = False,
    content=None,
    site_url: str | None = None,
) -> dict[str, str | bytes]:
    """Every generated file: ``{path under docs: content}``.

    ``site_url`` (mkdocs.yml; None under ``mkdocs serve``): where the site is published, which a form's page printed
    from the browser says (``form_pages``).

    ``content``: the national files (``loading.NationalContent``), for the staff guide's identifiers page
    (without it, the identifiers the notices carry).

    ``checklist`` is the checklist engine's module (``generator.checklist.page``)
    or None; with it, each notice gets a checklist page and its assets, built from
    ``checklist_content`` (``content/checklist.yaml``, loaded with the rest of the project).
    ``texts`` (``content/interface.yaml``) defaults to the one the notices carry; ``departments``
    (``content/departments.yaml``) gives the home page every department of France, ``site``
    (``content/site.yaml``) the CYCLADES portal of the notice pages. ``pdf``: each notice page links to its
    PDF (``paths.pdf_path``; the PDFs themselves are ``generator/pdf``'s, from ``print_pages``).
    """
    if checklist is not None and checklist_content is None:
        raise ValueError("site_files: checklist given without checklist_content (content/checklist.yaml)")
    scope = _Scope.of(notices, today, departments)
    t = _texts_of(notices, texts)
    routes = scope.routes
    files: dict[str, str | bytes] = {"index.md": render_home(home_view(routes, t), t)}
    files.update(staff_files(t, notices, content))
    for notice in notices:
        files[notice_path(notice)] = scope.notice_page(
            notice, site=site, checklist=checklist is not None, pdf=pdf, page_url=published_url(site_url, notice),
        )
        files[ics_path(notice)] = ics.calendar(notice, today=today)
        files.update(form_pages(notice, pdf=pdf, today=today, routes=routes, site_url=site_url))
        if has_establishment_page(notice):
            files[establishment_path(notice)] = establishment_page(
                notice, today, routes, version=True,
                page_url=published_url(site_url, notice, ESTABLISHMENT_PAGE.removesuffix(".md")),
            )
        if checklist is not None:
            readers = readers_words(notice, notices, t)
            files[checklist_path(notice)] = checklist.checklist_page(
                notice,
                checklist_content,
                readers=readers,
                # (the phone's top bar: the menu's title, then shorter ones, each whole, the longest that fits shown by
                # menu.js; without it, the shortest, which fits at 320 px: « Nantes · Session 2024 (candidats individuels) »)
                header=t.text("nav.session_for", year=notice.year, readers=readers) if readers else None,
                header_titles=(t.text("nav.checklist_for", year=notice.year, readers=readers), t.text("nav.checklist_header_for", year=notice.year, readers=readers),
                               t.text("nav.session_for", year=notice.year, readers=readers)) if readers
                else (t.text("nav.checklist", year=notice.year), t.text("nav.session", year=notice.year)),
                elsewhere=department_hints(notice, routes, checklist.TO_ROOT),
                names=department_names(routes),
                today=today,
                newest=routes.newest_for_readers(notice),
                routing=routing_view(notice, routes),
                others=routes.newer_for_others(notice),
            )
            for path, content in checklist.checklist_assets(notice, checklist_content).items():
                files[f"{notice_dir(notice)}/{path}"] = content
    return files


# Whose a notice is, in the menu of an academy whose notices are for different readers.
NAV_READERS = {"individual": "nav.readers_individual", "establishment": "nav.readers_establishment"}


def readers_words(notice: Notice, notices: list[Notice], t: InterfaceFile) -> str | None:
    """Whose ``notice`` is (« établissements », « candidats individuels »: nav.readers_*) where its academy's notices
    among ``notices`` are for different readers (Nantes: 2026 for establishments, 2024 for individual candidates);
    None otherwise. The one source of these words: the menu's entries (session_for, checklist_for), the checklist
    page's title, heading and phone header (phone55 L2: two tabs read « Votre liste personnalisée — académie de
    Nantes, session 2026 » and « …, session 2024 », the menu alone said whose)."""
    mine = {n.audience for n in notices if n.slug == notice.slug}
    return t.text(NAV_READERS[notice.audience]) if len(mine) > 1 and notice.audience in NAV_READERS else None


def nav(notices: list[Notice], *, checklist: bool = False, texts: InterfaceFile | None = None) -> list:
    """The site navigation: home, then each academy with its sessions (newest first), then the staff guide.

    MkDocs Material prints navigation titles as HTML, unescaped: every title
    (academy names from YAML, ``nav.*`` texts) is HTML-escaped here.
    """
    t = _texts_of(notices, texts)

    def title(text: str) -> str:
        return html.escape(text, quote=False)

    out: list = [{title(t.text("nav.home")): "index.md"}]
    for items in by_academy(notices):
        entries = []
        for n in items:
            readers = readers_words(n, items, t)
            if readers:
                words = t.text("nav.session_for", year=n.year, readers=readers)
            else:
                words = t.text("nav.session", year=n.year)
            entries.append({title(words): notice_path(n)})
            if has_establishment_page(n):
                entries.append({title(t.text("nav.establishments", year=n.year)): establishment_path(n)})
            if checklist:
                checklist_words = t.text("nav.checklist_for", year=n.year, readers=readers) if readers else t.text("nav.checklist", year=n.year)
                entries.append({title(checklist_words): checklist_path(n)})
        out.append({title(emphasis.plain(items[0].academy.name)): entries})  # (a name's bold: its words alone)
    out.append(staff_nav(t))
    return out
