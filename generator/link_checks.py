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

from .loading import ACADEMY_FILE, CONTENT_FILES, Project
from .model.site import SiteFile, official
from .problems import Location, Problems, quote

SITE = "content/site.yaml"


def _check(url: object, where: Location | None, path: str, site: SiteFile, problems: Problems, file: str) -> None:
    """``where``: the address's place; None in a record that knows none (one not read from a file: tests, a future
    loader), the first line of ``file``, the file it comes from (stop 55 fixstaff 4: the warning had no place, and the
    report that sorts them failed on it, as review64 L2 found for the academy's name)."""
    if not url or official(str(url), site.official_domains):
        return
    known = ", ".join(site.official_domains)
    problems.warn(
        where or Location(file, 1, 1),
        path,
        f"l'adresse {quote(url)} n'est pas sur un domaine officiel connu ({known}) ; vérifier l'adresse "
        f"(faute de frappe, page déplacée) ou, si ce site est officiel, ajouter son domaine à official_domains de {SITE}",
    )


def check_links(project: Project, problems: Problems) -> None:
    site = project.content.site
    if site is None:
        return
    _check(site.cyclades.url, site.cyclades.where("url"), "cyclades.url", site, problems, SITE)
    table = project.content.departments
    if table is not None:
        departments = f"content/{CONTENT_FILES['departments'][0]}"
        for aid, academy in table.academies.items():
            _check(academy.website, academy.where("website"), f"academies.{aid}.website", site, problems, departments)
    for slug, data in project.academies.items():
        academy = data.academy
        if academy is not None:
            file = f"academies/{slug}/{ACADEMY_FILE}"
            _check(academy.website, academy.where("website"), "website", site, problems, file)
            _check(academy.bts_page, academy.where("bts_page"), "bts_page", site, problems, file)
        for year, session in data.sessions.items():
            _check(session.session.notice_url, session.session.where("notice_url"), "session.notice_url", site, problems,
                   data.session_files.get(year) or f"academies/{slug}/{year}.yaml")
