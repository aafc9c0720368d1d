"""Cross-checks of the national table of departments (``content/departments.yaml``).

The table itself: codes unique, every department in a known academy, academy
ids in lower-case ASCII words (letters, digits) joined by hyphens. An academy
without a department is allowed (the benchmark moves departments to synthetic
academies).
Then each academy folder: its name is an academy id of the table, and its
``departments:`` are exactly the table's departments for that academy, names
included. Every mismatch names the department, the table's value and the fix.
"""

from __future__ import annotations

import difflib
import re
import unicodedata

from .departments import departments_of
from .loading import AcademyData, Project
from .model.academy import name_without_academy
from .model.departments import DepartmentsFile
from .problems import Problems, quote

TABLE = "content/departments.yaml"
_ACADEMY_ID = re.compile(r"[a-z0-9]+(-[a-z0-9]+)*")


def _nearest(word: str, options) -> str:
    close = _nearest_id(word, options)
    return f" ; vouliez-vous dire {quote(close)} ?" if close else ""


def _nearest_id(word: str, options) -> str | None:
    """The identifier of ``options`` close to ``word`` (a typo), else the only one sharing a word of it (« lyon » for
    « lyon-rhone », whose letters are too far: staffwalk59 M2); None otherwise."""
    close = difflib.get_close_matches(word, list(options), n=1, cutoff=0.6)
    if close:
        return close[0]
    words = {w for w in word.split("-") if len(w) > 2}  # (not « de », « la », « et »)
    shared = [o for o in sorted(options) if words & {w for w in o.split("-") if len(w) > 2}]
    return shared[0] if len(shared) == 1 else None


def _academy_id(text: str) -> str:
    """``text`` as an academy id: lower-case ASCII words (letters, digits) joined by hyphens (for the suggestion)."""
    plain = unicodedata.normalize("NFKD", text.lower()).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", plain).strip("-") or "nom-de-l-academie"


def _of(title: str) -> str:
    """« de l'académie de Corse », « du vice-rectorat de la Polynésie française »."""
    return f"de l'{title}" if title[:1] in "aeéiouh" else f"du {title}"


def _to(title: str) -> str:
    """« à l'académie de Corse », « au vice-rectorat de la Polynésie française »."""
    return f"à l'{title}" if title[:1] in "aeéiouh" else f"au {title}"


def check_departments(project: Project, problems: Problems) -> None:
    """Check the national table, then every academy folder against it."""
    table = project.content.departments
    for slug, data in project.academies.items():
        check_academy_name(slug, data, table.table() if table is not None else None, problems)
    if table is None:
        return  # its problems were reported when it was read
    check_table(table, problems)
    plain = table.table()
    for slug, data in project.academies.items():
        check_academy_departments(slug, data, plain, problems)


def check_table(table: DepartmentsFile, problems: Problems) -> None:
    for aid in table.academies:
        if not _ACADEMY_ID.fullmatch(aid):
            problems.add(
                table.where(f"academies.{aid}"), f"academies.{aid}",
                f"identifiant {quote(aid)} invalide : écrire en minuscules, sans accent ni espace, les mots reliés par des tirets, par exemple {_academy_id(aid)}",
            )
    seen: dict[str, int] = {}
    for i, department in enumerate(table.departments):
        first = seen.setdefault(department.code, i)
        if first != i:
            problems.add(
                department.where("code"), f"departments[{i}].code",
                f"département {quote(department.code)} déjà écrit en departments[{first + 1}] ({table.departments[first].name}) ; le garder une seule fois",
            )
        if department.academy not in table.academies:
            problems.add(
                department.where("academy"), f"departments[{i}].academy",
                f"académie inconnue {quote(department.academy)} pour le département {quote(department.code)} ({department.name}){_nearest(department.academy, table.academies)} "
                f"(identifiants : les clés de academies: de ce fichier)",
            )


def check_academy_name(slug: str, data: AcademyData, table: dict | None, problems: Problems) -> None:
    """« name: Académie de Clermont-Ferrand »: the site writes « Académie de » before the name already (a staff walk,
    stop 49 M6: the page's title read « Académie d'Académie de Clermont-Ferrand »); the name to write as the national
    table writes it, accents included (review56 L7: « ACADEMIE DE CRETEIL » was told « Creteil »)."""
    academy = data.academy
    if academy is None:
        return
    academies = (table or {}).get("academies", {})
    national = [academies[slug]["name"]] if slug in academies else []
    meant = name_without_academy(str(academy.name), national + [entry["name"] for entry in academies.values()])
    if meant:
        problems.add(
            academy.where("name"), "name",
            f"{quote(str(academy.name))} : le nom s'écrit sans « Académie de », que le site met déjà devant (il "
            f"afficherait « Académie d'{academy.name} ») ; écrire name: {meant}",
        )


def check_academy_departments(slug: str, data: AcademyData, table: dict, problems: Problems) -> None:
    """An academy folder uses an academy id of the table, with exactly its departments (names included)."""
    academy = data.academy
    if academy is None:
        return
    academies = table["academies"]
    if slug not in academies:
        problems.add(
            academy.where("slug"), "slug",
            f"le dossier {quote(slug)} n'est pas une académie de {TABLE}{_nearest(slug, academies)} ; "
            f"nommer le dossier (et slug:) d'après l'identifiant de l'académie dans ce tableau, par exemple "
            f"{_nearest_id(slug, academies) or 'toulouse'}. "
            f"Une académie absente de ce tableau national y est d'abord ajoutée, avec ses départements, par l'équipe nationale du guide",
        )
        return
    title = academies[slug]["title"]
    expected = {department["code"]: department for department in departments_of(table, slug)}
    listed: set[str] = set()
    for i, department in enumerate(academy.departments):
        code = department.code
        listed.add(code)
        known = table["departments"].get(code)
        if known is None:
            problems.add(department.where("code"), f"departments[{i}].code", f"département {quote(code)} absent de {TABLE} ; vérifier le numéro")
        elif code not in expected:
            owner = academies.get(known["academy"])
            owner_title = owner["title"] if owner is not None else f"académie {quote(known['academy'])}"
            problems.add(
                department.where("code"), f"departments[{i}].code",
                f"le département {quote(code)} ({known['name']}) relève {_of(owner_title)} d'après {TABLE}, pas {_of(title)} ; "
                # (staff do not edit the national table: the staff guide and new-academy's refusal send them to the
                # national team; « corriger le tableau national » told them to do it themselves, staff67)
                f"retirer cette ligne ; si le rattachement a changé, demander à l'équipe nationale du guide de corriger {TABLE}",
            )
        elif department.name != known["name"]:
            problems.add(
                department.where("name"), f"departments[{i}].name",
                f"{quote(department.name)} n'est pas le nom du département {quote(code)} dans {TABLE} ; écrire name: {known['name']}",
            )
    for code, department in expected.items():
        if code not in listed:
            problems.add(
                academy.where("departments"), "departments",
                f"département {quote(code)} ({department['name']}) manquant : {TABLE} le rattache {_to(title)} ; "
                f"ajouter - {{code: \"{code}\", name: {department['name']}}}",
            )
