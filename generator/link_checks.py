"""Cross-checks of the official web addresses of the data (``content/site.yaml``, ``official_domains``).

``validate`` cannot open a web page (no network where it runs, and a page may
answer later): it checks what it can read. Every address is already a complete
``https://`` address (``Url``); here, each official link — the CYCLADES portal,
each academy's site and BTS page, each session's official notice
(``session.notice_url``), the academies' sites of the national table — must lead
to a domain of the maintained list. An address outside it is a *warning* (a typo,
a page that moved to another site, or a new official domain to add to the list),
never a problem: publication goes on.
"""

from __future__ import annotations

from .loading import Project
from .model.site import SiteFile, official
from .problems import Location, Problems, quote

SITE = "content/site.yaml"


def _check(url: object, where: Location | None, path: str, site: SiteFile, problems: Problems) -> None:
    if not url or official(str(url), site.official_domains):
        return
    known = ", ".join(site.official_domains)
    problems.warn(
        where,
        path,
        f"l'adresse {quote(url)} n'est pas sur un domaine officiel connu ({known}) ; vérifier l'adresse "
        f"(faute de frappe, page déplacée) ou, si ce site est officiel, ajouter son domaine à official_domains de {SITE}",
    )


def check_links(project: Project, problems: Problems) -> None:
    site = project.content.site
    if site is None:
        return
    _check(site.cyclades.url, site.cyclades.where("url"), "cyclades.url", site, problems)
    table = project.content.departments
    if table is not None:
        for aid, academy in table.academies.items():
            _check(academy.website, academy.where("website"), f"academies.{aid}.website", site, problems)
    for data in project.academies.values():
        academy = data.academy
        if academy is not None:
            _check(academy.website, academy.where("website"), "website", site, problems)
            _check(academy.bts_page, academy.where("bts_page"), "bts_page", site, problems)
        for session in data.sessions.values():
            _check(session.session.notice_url, session.session.where("notice_url"), "session.notice_url", site, problems)
