"""The national table of departments and academies (``content/departments.yaml``).

Every department (and each overseas collectivity whose candidates sit the BTS
through a rectorat or a vice-rectorat) with the academy it belongs to for exams,
and the academies themselves: id (the folder name under ``academies/``), name,
website, time zone. ``table()`` gives the plain, JSON-able form read by
``generator.departments`` (the helper that finds a candidate's academy).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from ..departments import ABROAD, clean_code
from ..problems import quote
from ..schema import Record, doc
from .values import BadValue, Date, TimeZoneName, Url


class TerritoryCode(str):
    """A code of the Code officiel géographique, as the table writes it: ``01``, ``2A``, ``974``, ``988``."""

    @classmethod
    def parse(cls, text: str) -> "TerritoryCode":
        code = clean_code(text)
        if code == ABROAD:  # (« 99 », living abroad: a candidate's answer, in no table)
            raise BadValue(f"{quote(text)} n'est pas un numéro de département ou de collectivité (99 : hors de France) ; écrire par exemple « 09 », « 2A » ou « 974 »")
        if code == text:
            return cls(code)
        if code is not None:
            raise BadValue(f"{quote(text)} : écrire le numéro sous sa forme officielle, entre guillemets : « {code} »")
        raise BadValue(f"{quote(text)} n'est pas un numéro de département ou de collectivité ; écrire par exemple « 09 », « 2A » ou « 974 »")


@dataclass(frozen=True, kw_only=True)
class NationalAcademy(Record):
    """An academy (or a vice-rectorat) of the national table."""

    name: str = doc("nom employé après « académie de » ou « vice-rectorat de », par exemple Aix-Marseille, La Réunion")
    title: str = doc("nom complet tel qu'il s'écrit dans une phrase, par exemple académie d'Aix-Marseille, vice-rectorat de la Polynésie française")
    kind: Literal["académie", "vice-rectorat"] = doc("académie ou vice-rectorat")
    website: Url = doc("site officiel, par exemple https://www.ac-normandie.fr")
    timezone: TimeZoneName = doc("fuseau horaire de ses dates, par exemple Europe/Paris ou Indian/Reunion")
    note: str | None = doc("précision sur l'organisation des examens, avec sa source ; ce qui n'est pas vérifié y est dit", default=None)


@dataclass(frozen=True, kw_only=True)
class TableDepartment(Record):
    """A department (or overseas collectivity) and the academy it belongs to for exams."""

    code: TerritoryCode = doc("numéro du Code officiel géographique, entre guillemets : « 09 », « 2A », « 974 »")
    name: str = doc("nom officiel (orthographe du Code officiel géographique), par exemple Haute-Garonne")
    academy: str = doc("identifiant de son académie (une clé de academies: de ce fichier), par exemple toulouse")
    timezone: TimeZoneName | None = doc("heure locale des candidats quand elle diffère de celle de l'académie, par exemple America/Miquelon", default=None)
    note: str | None = doc("précision sur le rattachement, avec sa source ; ce qui n'est pas vérifié y est dit", default=None)


@dataclass(frozen=True, kw_only=True)
class DepartmentsFile(Record):
    """``content/departments.yaml``: the departments and the academies they belong to."""

    checked: Date = doc("date de la dernière vérification du tableau (AAAA-MM-JJ)")
    sources: tuple[str, ...] = doc("d'où vient le tableau (Code officiel géographique, liste des académies du ministère)")
    academies: dict[str, NationalAcademy] = doc("académies et vice-rectorats : identifiant (nom du dossier academies/<identifiant>) → académie")
    departments: tuple[TableDepartment, ...] = doc("départements et collectivités, chacun avec son académie")

    def table(self) -> dict:
        """The plain form read by ``generator.departments``: academies by id, departments by code."""
        return {
            "academies": {
                aid: {
                    "id": aid, "name": academy.name, "title": academy.title, "kind": academy.kind,
                    "website": str(academy.website), "timezone": str(academy.timezone), "note": academy.note,
                }
                for aid, academy in self.academies.items()
            },
            "departments": {
                department.code: {
                    "code": str(department.code), "name": department.name, "academy": department.academy,
                    "timezone": None if department.timezone is None else str(department.timezone), "note": department.note,
                }
                for department in self.departments
            },
        }
