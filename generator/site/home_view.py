"""The view model of the home page (``templates/home.md.j2``).

Find your academy by department: every department of France (the national
table), its academy, and where to read its notice — here, by audience (a
candidate who registers themselves, a candidate registered by their
establishment), or on the academy's official site when the guide does not
cover it. Then each academy of the guide with its sessions, newest first.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..model.content import InterfaceFile
from .directory import AUDIENCES, AcademyRoutes, Directory, SessionRef, capitalised
from .text import of


@dataclass(frozen=True)
class Route:
    """Where one kind of candidate of a department reads the notice (texts of ROUTE_KEYS)."""

    text_key: str  # « Vous vous inscrivez vous-même ({who}) : {link} »
    link_key: str  # « notice de la session {year} »
    session: SessionRef  # its link, and « (session passée) » after it (_macros.md.j2: past_flag)
    who: str | None = None  # « CNED, redoublant »: the situations the notice has register themselves
    unsaid: str | None = None  # « des salariés »: the kinds of candidate who register themselves it does not name
    # the academy's site, when the row routes by audience: once this notice's session is past, its flag says the guide
    # has no newer notice for these candidates, and where to look (phone58 L3: Nantes 2024 beside Nantes 2026)
    website: str | None = None

    @property
    def no_newer_key(self) -> str | None:
        """The flag of a past notice on a row routed by audience (« — session passée : ce guide n'a pas de notice plus
        récente pour les candidats qui s'inscrivent eux-mêmes ; voyez le site de l'académie, … », phone58 L3): in place
        of « — session passée », shown when it is, by the build or by the browser (past.js); None: that one."""
        return NO_NEWER_KEYS.get(self.session.audience) if self.website else None


@dataclass(frozen=True)
class DepartmentRow:
    code: str
    name: str
    academy: str  # « Académie de Nantes », « Vice-rectorat de la Polynésie française »
    routes: tuple[Route, ...]  # empty: the guide does not cover the academy
    website: str | None  # the academy's official site, for an academy the guide does not cover
    search: str  # what the filter matches besides the code: the department's and the academy's names


@dataclass(frozen=True)
class HomeSession:
    session: SessionRef
    latest: bool  # the newest session for its readers (an academy may have notices for two audiences)
    link_key: str  # « session {year} »; an archive's by audience when the academy's notices are for different readers
    # the newest's line, without and with its closing: by its readers when the academy's notices are for different ones
    # (« Notice la plus récente pour les établissements : session 2026 », review55 L9, phone49 L8)
    latest_keys: tuple[str, str] = ("home.latest", "home.latest_closing")


@dataclass(frozen=True)
class HomeAcademy:
    of_academy: str
    sessions: tuple[HomeSession, ...]  # newest first


@dataclass(frozen=True)
class HomeView:
    departments: tuple[DepartmentRow, ...]
    academies: tuple[HomeAcademy, ...]  # in French alphabetical order
    # « Pour l'inscription individuelle (…), les notices de Clermont-Ferrand (session 2024), … ne s'adressent qu'aux
    # candidats qui résident dans les départements de leur académie. Celle d'Aix-Marseille (session 2023) n'en dit rien… »
    # (residence_words)
    residence: str
    # how many notices it says are for their academy's residents: the pointer to it under the field, before the table
    # (home.residence_pointer; the note comes after the table's rows, about 49 screens down at 360 px: review64a L1)
    residence_said: int = 0


# Where a candidate goes: by audience when the academy's newest notices differ, else one notice for all.
ROUTE_KEYS = {"individual": "home.route_individual", "establishment": "home.route_establishment", "all": "home.route_all"}
# The words of the link, by the audience of the notice it leads to.
LINK_KEYS = {"individual": "home.link_individual", "establishment": "home.link_establishment", "both": "home.link_both"}
LATEST_KEYS = {
    "individual": ("home.latest_individual", "home.latest_individual_closing"),
    "establishment": ("home.latest_establishment", "home.latest_establishment_closing"),
    "both": ("home.latest", "home.latest_closing"),
}


# The kinds of candidate who register themselves (issue 9: a distance learner, a salaried worker, a repeater), in the
# words of a route that says its notice does not name them (« la notice ne parle pas des salariés », phone58 L4; Nantes
# 2024's source note: « elle ne dit rien des salariés justifiant d'une expérience professionnelle »).
UNSAID_KEYS = {"distance": "home.unsaid_distance", "repeater": "home.unsaid_repeater", "experience": "home.unsaid_experience"}
# After « — session passée » on a row routed by audience: the guide has no newer notice for these candidates.
NO_NEWER_KEYS = {"individual": "home.past_no_newer_individual", "establishment": "home.past_no_newer_establishment"}

# The situations in the words of a route (« CNED, redoublant, salarié »), in this order.
WHO_KEYS = {"distance": "home.who_distance", "repeater": "home.who_repeater", "experience": "home.who_experience",
            "in_person": "home.who_in_person", "vae": "home.who_vae"}


def _route(key: str, session: SessionRef, texts: InterfaceFile, website: str | None = None) -> Route:
    if key != "individual":
        return Route(ROUTE_KEYS[key], LINK_KEYS[session.audience], session, website=website)
    # the candidates this notice has register themselves, not every individual candidate (Nantes 2024
    # names distance learners and repeaters, not salaried workers: said, phone58 L4)
    who = who_words(session, texts)
    if not who:
        return Route("home.route_individual_plain", LINK_KEYS[session.audience], session, website=website)
    unsaid = texts.listed("home.academies_comma", "home.academies_last",
                          [texts.text(key) for s, key in UNSAID_KEYS.items() if s not in session.names]) or None
    return Route("home.route_individual_unsaid" if unsaid else ROUTE_KEYS[key], LINK_KEYS[session.audience], session, who, unsaid, website)


def who_words(session: SessionRef, texts: InterfaceFile) -> str | None:
    """« CNED, redoublant »: the situations ``session``'s notice has register themselves (None: it names none)."""
    return ", ".join(texts.text(WHO_KEYS[s]) for s in WHO_KEYS if s in session.registers) or None


def routes_of(academy: AcademyRoutes, texts: InterfaceFile) -> tuple[Route, ...]:
    """Where the candidates of a covered academy read its notice: one notice for all, or one per audience
    (a candidate who registers themselves, one registered by their establishment); none: not covered. Per audience,
    each with the academy's site, which its flag « — session passée » names once that notice is past (the two
    notices may be of different sessions, Nantes 2024 and 2026: phone58 L3)."""
    individual, establishment = academy.latest("individual"), academy.latest("establishment")
    if individual is not None and individual == establishment:
        return (_route("all", individual, texts),)
    return tuple(_route(audience, s, texts, academy.website or None)
                 for audience, s in (("individual", individual), ("establishment", establishment)) if s is not None)


def home_view(routes: Directory, texts: InterfaceFile) -> HomeView:
    rows = tuple(
        DepartmentRow(
            code=d.code,
            name=d.name,
            academy=capitalised(d.academy.title),
            routes=routes_of(d.academy, texts),
            website=None if d.academy.covered else (d.academy.website or None),
            search=f"{d.name} {d.academy.name}",
        )
        for d in routes.departments
    )
    covered = [academy for academy in routes.academies.values() if academy.covered]
    academies = tuple(HomeAcademy(of(academy.name, texts), _sessions(academy)) for academy in covered)
    said, unsaid = residence_notices(covered)
    return HomeView(rows, academies, residence_words(said, unsaid, texts), len(said))


def residence_notices(covered: list[AcademyRoutes]) -> tuple[list[tuple[AcademyRoutes, SessionRef]], list[tuple[AcademyRoutes, SessionRef]]]:
    """Of each covered academy, the newest notice for candidates who register themselves (else its newest): those
    that say they are for their academy's residents only (``residence:``), and those that say nothing of it."""
    said, unsaid = [], []
    for academy in covered:
        session = academy.latest("individual") or academy.latest()
        if session is not None:
            (said if session.residence else unsaid).append((academy, session))
    return said, unsaid


def residence_words(said: list[tuple[AcademyRoutes, SessionRef]], unsaid: list[tuple[AcademyRoutes, SessionRef]],
                    texts: InterfaceFile) -> str:
    """Which notices are for their academy's residents only (``said``), and which say nothing of it (``unsaid``; no
    national text does): ``residence_notices``; empty when none says it. Those that say nothing send the candidate to
    an exam office: where to find how to reach it follows (home.residence_ask)."""
    def named(notices: list[tuple[AcademyRoutes, SessionRef]]) -> list[str]:
        return [texts.text("home.residence_notice", of_academy=of(academy.name, texts), year=session.year) for academy, session in notices]

    said, unsaid = named(said), named(unsaid)
    if not said:
        return ""
    out = texts.text("home.residence_said", count=len(said), notices=texts.listed("home.academies_comma", "home.academies_last", said))
    if unsaid:
        out += " " + texts.text("home.residence_unsaid", count=len(unsaid), notices=texts.listed("home.academies_comma", "home.academies_last", unsaid))
        # how to reach the office it sends to, for a candidate who has chosen no academy yet: where each notice's
        # « Contacts » and the table above lead, not one academy's contacts (office56)
        out += " " + texts.text("home.residence_ask")
    return out


def _sessions(academy: AcademyRoutes) -> tuple[HomeSession, ...]:
    """An academy's sessions, newest first: the newest for each readers' audience is « la plus récente » (Nantes:
    2024 for candidates who register themselves, 2026 for establishments), each named by its readers when the
    academy's notices are for different ones."""
    audiences = {s.audience for s in academy.sessions}
    by_audience = len(audiences) > 1
    newest = [academy.latest(a) for a in AUDIENCES] if by_audience else [academy.sessions[0]]
    return tuple(
        HomeSession(s, True, "home.session_link", LATEST_KEYS[s.audience] if by_audience else LATEST_KEYS["both"]) if s in newest
        else HomeSession(s, False, LINK_KEYS[s.audience] if by_audience else "home.session_link")
        for s in academy.sessions
    )
