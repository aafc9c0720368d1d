"""Where each candidate goes: every department of France, its academy, and that academy's notice here.

Built once per site from the national table (``content/departments.yaml``) and
the notices of the guide. An academy the guide covers is routed by audience:
a candidate who registers themselves (CNED, repeater, employee) goes to the
newest notice for individual candidates, a candidate registered by their
establishment to the newest notice for establishments (a notice for both
serves both). An academy the guide does not cover is named, with its official site.
The checklist's department hint sends a candidate only to a notice of the page's
own session (``where_to_register``); otherwise to the academy's site, saying the
session of the notice the guide has (another session's dates are not theirs).
Read by the home page (``home_view``), the notice pages (which notice the other
audience reads, the academy's current session) and the checklist page (the
department hint).
"""

from __future__ import annotations

import datetime as dt
import posixpath
from dataclasses import dataclass

from ..departments import ABROAD
from ..french import sort_key
from ..merge import Notice
from .paths import establishment_path, has_establishment_page, notice_path
from .text import address_words
from .words import closing_words, session_end, session_over

AUDIENCES = ("individual", "establishment")


@dataclass(frozen=True)
class SessionRef:
    """A notice of the guide, as other pages point to it."""

    slug: str
    year: int
    audience: str  # individual, establishment or both
    page: str  # notice_path: <slug>/<year>/index.md
    past: bool  # the session over at build time (words.session_over: its exam session, not only its registration)
    last_day: str | None  # the session's last day (words.session_end; ISO, academy's zone): past after it
    timezone: str  # the academy's (past.js tells « past » in it)
    closing: str | None  # the registration closing in words (None: not given)
    establishment_page: str | None  # its establishment page (establishment notices)
    registers: tuple[str, ...] = ()  # the situations of the candidates the notice has register themselves (who:)
    names: tuple[str, ...] = ()  # every situation its who: names, however they register (phone58 L4: those it leaves out)
    residence: bool = False  # the notice reserves individual registration to its academy's residents (residence_decides)
    # registration closed, from the closing the notice dates to the session's last day (``last_day``), as the notice
    # pages' « Inscriptions closes » box (notice_view.closed_view: its day, its minute when the notice gives an hour,
    # and whether the build's day is in that time); None: the notice does not date its closing, or the session was past
    # at build time (« — session passée » says it; walk67b L3)
    closed: tuple[str, str | None, bool] | None = None

    def serves(self, audience: str) -> bool:
        return self.audience in (audience, "both")


@dataclass(frozen=True)
class AcademyRoutes:
    """An academy of the national table, and the notices of the guide for it (newest first)."""

    id: str
    name: str
    title: str  # « académie de Nantes », « vice-rectorat de la Polynésie française »
    website: str
    timezone: str
    sessions: tuple[SessionRef, ...]
    kind: str = "académie"  # or « vice-rectorat » (content/departments.yaml)

    def latest(self, audience: str | None = None) -> SessionRef | None:
        """The newest session (for ``audience``: individual or establishment, a notice for both included)."""
        return next((s for s in self.sessions if audience is None or s.serves(audience)), None)

    @property
    def covered(self) -> bool:
        return bool(self.sessions)

@dataclass(frozen=True)
class DepartmentRoute:
    code: str
    name: str
    academy: AcademyRoutes


@dataclass(frozen=True)
class Directory:
    academies: dict[str, AcademyRoutes]  # by id, in French alphabetical order of their names
    departments: tuple[DepartmentRoute, ...]  # in the order of the official code (2A and 2B after 19)

    def of(self, notice: Notice) -> AcademyRoutes:
        return self.academies[notice.slug]

    def newest_for_readers(self, notice: Notice) -> SessionRef | None:
        """The newest session of the guide for this notice's readers (a notice for individual candidates does not
        lead to a newer one for establishments; a notice for both: the newest of all)."""
        return self.of(notice).latest(notice.audience if notice.audience in AUDIENCES else None)

    def newer_for_others(self, notice: Notice) -> SessionRef | None:
        """For a notice for one audience that the guide has no newer session for: the newest notice for the other
        audience when it is of a newer session (Nantes 2024, for individual candidates: Nantes 2026, for
        establishments). None otherwise."""
        newest = self.newest_for_readers(notice)
        other = self.other_audience(notice)
        if (newest is not None and newest.year > notice.year) or other is None or other[1] is None:
            return None
        return other[1] if other[1].year > notice.year else None

    def other_audience(self, notice: Notice) -> tuple[str, SessionRef | None] | None:
        """For a notice for one audience only: the other audience, and the newest notice of the guide for it."""
        audience = notice.audience
        if audience not in AUDIENCES:
            return None
        other = AUDIENCES[1 - AUDIENCES.index(audience)]
        return other, self.of(notice).latest(other)


def by_academy(notices: list[Notice]) -> list[list[Notice]]:
    """The notices of each academy, newest session first; academies in French alphabetical order of their names."""
    groups: dict[str, list[Notice]] = {}
    for n in notices:
        groups.setdefault(n.slug, []).append(n)
    ordered = sorted(groups.values(), key=lambda items: sort_key(items[0].academy.name))
    return [sorted(items, key=lambda n: n.year, reverse=True) for items in ordered]


def _closed(notice: Notice, today: dt.date) -> tuple[str, str | None, bool] | None:
    """``SessionRef.closed``: the « Inscriptions closes » box's moment (notice_view.closed_view), for a notice that
    dates its closing."""
    from .notice_view import closed_view

    box = closed_view(notice, today) if notice.closing is not None else None
    return None if box is None else (box.after, box.at, box.now)


def session_ref(notice: Notice, today: dt.date) -> SessionRef:
    return SessionRef(
        slug=notice.slug,
        year=notice.year,
        audience=notice.audience,
        page=notice_path(notice),
        past=session_over(notice, today),
        last_day=session_end(notice).isoformat(),
        timezone=notice.tz,
        closing=closing_words(notice) if notice.closing else None,
        establishment_page=establishment_path(notice) if has_establishment_page(notice) else None,
        registers=tuple(dict.fromkeys(c.situation for c in notice.who if c.how == "individual")),
        names=tuple(dict.fromkeys(c.situation for c in notice.who)),
        residence=residence_decides(notice),
        closed=_closed(notice, today),
    )


def directory(notices: list[Notice], table: dict | None, today: dt.date, unlisted: list[Notice] = ()) -> Directory:
    """The directory of the site; ``table``: ``DepartmentsFile.table()`` (None: the academies of the notices only,
    and those of ``unlisted``, notices not listed (drafts), with no session, as the table gives them)."""
    by_slug: dict[str, list[Notice]] = {}
    for n in notices:
        by_slug.setdefault(n.slug, []).append(n)
    guide = {n.slug: n.academy for n in [*(unlisted if table is None else ()), *notices]}
    academies: dict[str, AcademyRoutes] = {}
    known = dict(table["academies"]) if table else {}
    for slug, academy in guide.items():
        if slug not in known:  # an academy of the guide missing from the table (``validate`` refuses it)
            known[slug] = {"name": academy.name, "title": academy.name, "website": str(academy.website or ""), "timezone": academy.timezone}
    for aid, info in known.items():
        sessions = sorted(by_slug.get(aid, []), key=lambda n: n.year, reverse=True)
        academies[aid] = AcademyRoutes(
            id=aid,
            name=info["name"],
            title=info["title"],
            website=info["website"],
            timezone=info["timezone"],
            sessions=tuple(session_ref(n, today) for n in sessions),
            kind=info.get("kind", "académie"),
        )
    academies = dict(sorted(academies.items(), key=lambda item: sort_key(item[1].name)))
    rows = []
    if table:
        for department in table["departments"].values():
            rows.append(DepartmentRoute(department["code"], department["name"], academies[department["academy"]]))
    else:
        for slug, academy in guide.items():
            rows.extend(DepartmentRoute(d.code, d.name, academies[slug]) for d in academy.departments)
    return Directory(academies, tuple(sorted(rows, key=lambda row: code_order(row.code))))


def code_order(code: str) -> tuple[int, str]:
    """The official order of department codes: 01…19, 2A, 2B, 21…95, 971…989 (the table groups them otherwise:
    overseas departments, then the other territories)."""
    return (20, code[1]) if code in ("2A", "2B") else (int(code), "")


def relative(target: str, page: str) -> str:
    """The link from Markdown page ``page`` to the site file ``target`` (MkDocs resolves .md links)."""
    return posixpath.relpath(target, posixpath.dirname(page) or ".")


def url_of(target: str) -> str:
    """The address of a Markdown page under ``use_directory_urls``, from the site's root: ``nantes/2024/``."""
    return posixpath.dirname(target) + "/" if target.endswith("/index.md") else target[: -len(".md")] + "/"


def capitalised(text: str) -> str:
    """« Académie de Paris », « Vice-rectorat de la Polynésie française » (the table writes them as in a sentence)."""
    return text[:1].upper() + text[1:]


def _audience(notice: Notice) -> str:
    """Whom the notice's candidates are routed as: its audience, a notice for both as individual candidates."""
    return notice.audience if notice.audience in AUDIENCES else "individual"


def where_to_register(notice: Notice, department: DepartmentRoute) -> SessionRef | None:
    """For a candidate of ``department``, outside the notice's academy: the notice of the guide for their academy of
    the notice's session (its year), for the same audience (else any audience); None when the guide has none of that
    session (their academy's site, then: another session's notice is not theirs, ``department_hint`` says so)."""
    same = [s for s in department.academy.sessions if s.year == notice.year]
    return next((s for s in same if s.serves(_audience(notice))), None) or next(iter(same), None)


def newest_elsewhere(notice: Notice, department: DepartmentRoute) -> SessionRef | None:
    """The newest notice of the guide for ``department``'s academy, for the notice's audience (else any audience),
    whatever its session: what ``department_hint`` names, as another session's, when the guide has none of the
    notice's session for that academy (Nantes 2026 → Haute-Garonne: Toulouse 2024). None when the guide has none."""
    return department.academy.latest(_audience(notice)) or department.academy.latest()


def department_hint(notice: Notice, department: DepartmentRoute, session: SessionRef | None, link: str) -> str | None:
    """The hint said to a candidate of ``department`` (outside the notice's academy): their academy, and ``link``
    (« {link} » for the page's script) to ``session``, its notice here of the notice's session
    (``where_to_register``), or else to the academy's site: then, when the guide has a notice of another session for
    that academy, that it has not the one of the notice's session, and which session the one it has is (named, not
    linked: its dates are not the candidate's). None when there is neither a notice of the session nor a site."""
    t = notice.texts
    academy = department.academy
    words = t.text("department_hint.department", name=department.name, code=department.code)
    # where the notice does not say it is for its academy's residents only (residence:): whom to ask in doubt; not on
    # a notice for establishments, whose candidates their establishment registers wherever they live
    said = residence_decides(notice) or notice.audience == "establishment"
    # « de l'académie de Paris », « du vice-rectorat de la Polynésie française »
    of_academy = t.text("department_hint.of_vice_rectorat" if academy.kind == "vice-rectorat" else "department_hint.of_academy", title=academy.title)
    if session is not None:
        return t.text("department_hint.here" if said else "department_hint.here_unsaid", department=words, of_academy=of_academy, link=link)
    if academy.website:
        site = t.text("department_hint.site_vice_rectorat" if academy.kind == "vice-rectorat" else "department_hint.site_academy")
        other = newest_elsewhere(notice, department)
        if other is not None:  # the guide covers the academy, not for this session
            key = "department_hint.other_session" if said else "department_hint.other_session_unsaid"
            return t.text(key, department=words, of_academy=of_academy, year=notice.year,
                          other=other.year, site=site, link=link)
        return t.text("department_hint.official" if said else "department_hint.official_unsaid", department=words, of_academy=of_academy, site=site, link=link)
    return None


def link_words(session: SessionRef, texts) -> str:
    """The words of a link to ``session``'s notice in a department's hint: « notice de la session 2024 (CNED,
    redoublant) », whom a notice for candidates who register themselves names, as the home page says it (a salaried
    candidate sees it does not name them)."""
    from .home_view import who_words  # (home_view reads this module)

    who = who_words(session, texts) if session.audience != "establishment" else None
    if who:
        return texts.text("department_hint.link_who", year=session.year, who=who)
    return texts.text("department_hint.link", year=session.year)


def residence_decides(notice: Notice) -> bool:
    """Whether the notice is for its academy's residents only (``session.residence``, its words: « qui doit être
    l'académie où vous résidez », « Seuls les candidats résidant dans… »): then a department of another academy
    gives a candidate who registers themselves no list from it."""
    return notice.session.session.residence is not None


def department_help(notice: Notice) -> str:
    """The help under « Dans quel département résidez-vous ? »: the notice's words on residence, or that it says
    nothing of it."""
    residence = notice.session.session.residence
    if residence is None:
        return notice.texts.text("department_hint.help_unsaid")
    words = " ".join(residence.split())
    if words.startswith("(") and words.endswith(")") and "(" not in words[1:-1]:
        words = words[1:-1]  # quoted without the brackets the notice prints them in: « (Domiciliés dans… 85) »
    return notice.texts.text("department_hint.help_said", words=words)


def department_names(routes: Directory) -> dict[str, str]:
    """For the checklist page: every department of the national table (``content/departments.yaml``) → its name as the
    table writes it, in the official order of the codes; the page's script reads a department typed by its name
    (« haute garonne », « Côtes-d’Armor ») as its code (checklist.js: namedDepartment)."""
    return {d.code: d.name for d in routes.departments}


def department_hints(notice: Notice, routes: Directory, to_root: str) -> dict[str, dict]:
    """For the checklist page: each department outside the notice's academy → the hint said next to the
    department field (plain text, French typography not applied; the page's script writes it as text),
    with its link: the academy's notice here of the notice's session (for the same audience, else any), else the
    academy's official site (``to_root``: from the page to the site's root). And living abroad (``ABROAD``, « 99 »: « étranger », « hors de
    France »), in no academy: that no notice of the guide says where such a candidate registers, whom to ask, no link
    (``url`` and ``label`` None)."""
    out = {ABROAD: {"text": notice.texts.text("department_hint.abroad"), "url": None, "label": None}}
    for d in routes.departments:
        if d.academy.id == notice.slug:
            continue
        session = where_to_register(notice, d)
        text = department_hint(notice, d, session, "{link}")
        if text is None:
            continue
        # (« academy »: its academy's title, « académie de Paris », the phone bar's line of a list given to that
        # department: dates71)
        if session is not None:
            out[d.code] = {"text": text, "url": to_root + url_of(session.page), "label": link_words(session, notice.texts), "academy": d.academy.title}
        else:
            # (named by its address without « https:// », the national table's whole address the link's: text.address_words)
            out[d.code] = {"text": text, "url": d.academy.website, "label": address_words(d.academy.website), "academy": d.academy.title}
    return out
