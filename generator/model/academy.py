"""The academy itself: what stays the same from one session to the next.

Read from ``academies/<slug>/academy.yaml``.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..schema import Record, doc
from .values import NOT_GIVEN_WORDS, DepartmentCode, Email, Name, NotGiven, Phone, Slug, TimeZoneName, Url


@dataclass(frozen=True, kw_only=True)
class Department(Record):
    """A department served by the academy: candidates residing there register here."""

    code: DepartmentCode = doc("numéro du département, entre guillemets : « 09 », « 2A »")
    name: Name = doc("nom du département, par exemple Haute-Garonne")


@dataclass(frozen=True, kw_only=True)
class Office(Record):
    """An office candidates can contact (exam office, positioning office, a case officer)."""

    name: Name = doc("nom du bureau ou de la personne, par exemple Bureau des examens post-bac")
    role: str | None = doc("à quoi sert ce contact, en une phrase", default=None)
    emails: tuple[Email, ...] = doc("adresses électroniques", default=())
    phones: tuple[Phone, ...] = doc("numéros de téléphone", default=())
    address: tuple[str, ...] = doc("adresse postale, une ligne par élément de liste", default=())
    url: Url | None = doc("page web du bureau", default=None)
    note: str | None = doc("précision à afficher (par exemple « courriel à privilégier »)", default=None)


@dataclass(frozen=True, kw_only=True)
class Academy(Record):
    """An academy: identity, territory, time zone, web pages and stable offices."""

    name: Name = doc("nom de l'académie sans « académie de », par exemple Toulouse")
    slug: Slug = doc("identifiant dans les adresses du site, identique au nom du dossier (minuscules, chiffres, « - »), par exemple toulouse")
    timezone: TimeZoneName = doc("fuseau horaire des dates de l'académie, par exemple Europe/Paris")
    departments: tuple[Department, ...] = doc("départements de résidence des candidats de l'académie")
    departments_source: str | None = doc("d'où vient la liste des départements si la notice ne la donne pas", default=None)
    website: Url | NotGiven = doc(f"site de l'académie, ou {NOT_GIVEN_WORDS}")
    bts_page: Url | None = doc("page BTS du site de l'académie", default=None)
    exam_office: Office | NotGiven = doc(f"bureau des examens chargé du BTS, ou {NOT_GIVEN_WORDS} si la notice ne donne aucun contact")
    positioning_office: Office | None = doc("service des décisions de positionnement", default=None)
    vae_office: Office | None = doc("service chargé de la VAE", default=None)
