"""BTS specialties (national catalogue) and the per-session R408 requirement.

The catalogue is ``content/specialties.yaml``; an academy session refers to a
specialty by its id, optionally with an option letter: ``maintenance_systemes option B``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..problems import quote
from ..schema import Record, doc
from .values import BadValue, Name, OptionLetter, Url


@dataclass(frozen=True, kw_only=True)
class Specialty(Record):
    """A BTS specialty of the national catalogue."""

    name: Name = doc("intitulé officiel de la spécialité, par exemple Bâtiment")
    abbreviation: Name | None = doc("sigle usuel, par exemple SCBH", default=None)
    options: dict[OptionLetter, Name] = doc("options : lettre → intitulé (ou la lettre seule si l'intitulé n'est pas connu)", default_factory=dict)
    former_names: tuple[Name, ...] = doc("anciens intitulés ou sigles cités par les notices", default=())


@dataclass(frozen=True)
class SpecialtyRef:
    """A reference to a catalogue specialty, with an option letter or not: ``maintenance_systemes option B``."""

    specialty: str
    option: str | None = None

    @classmethod
    def parse(cls, text: str) -> "SpecialtyRef":
        m = re.fullmatch(r"([a-z][a-z0-9_]*)(?: option ([A-Z]))?", text.strip())
        if not m:
            raise BadValue(
                f"{quote(text)} n'est pas une référence de spécialité ; écrire l'identifiant de content/specialties.yaml, "
                "suivi au besoin de « option B », par exemple maintenance_systemes option B"
            )
        return cls(m.group(1), m.group(2))

    def __str__(self) -> str:
        return self.specialty + (f" option {self.option}" if self.option else "")


@dataclass(frozen=True, kw_only=True)
class R408Entry(Record):
    """A specialty for which the R408 scaffolding attestation is required, with its annexes."""

    specialty: SpecialtyRef = doc("spécialité concernée (identifiant de content/specialties.yaml)")
    annexes: tuple[int, ...] = doc("annexes 4 et/ou 5 de la recommandation R408 exigées ; vide si la notice ne les précise pas", default=())
    words: str | None = doc("intitulé tel qu'écrit dans la notice, s'il diffère du catalogue", default=None)

    def check(self, reader, path: str) -> None:
        for i, annex in enumerate(self.annexes):
            if annex not in (4, 5):
                reader.problem(self.where(f"annexes[{i}]"), f"{path}.annexes[{i}]", f"{quote(annex)} n'est pas une annexe de la R408 ; écrire 4 ou 5")


@dataclass(frozen=True, kw_only=True)
class R408List(Record):
    """The list of specialties requiring the R408 attestation, as a regulation or a notice gives it."""

    reference: str = doc("texte qui fixe la liste, par exemple Arrêté du 13 juillet 2023")
    specialties: tuple[R408Entry, ...] = doc("spécialités concernées")
    note: str | None = doc("précision de la notice (par exemple dépôt possible plus tard)", default=None)


@dataclass(frozen=True, kw_only=True)
class R408Requirement(Record):
    """What a session says about R408: a national list by its id, or the notice's own list."""

    national: str | None = doc("identifiant d'une liste de content/regulations.yaml, par exemple arrete_2023_07_13", default=None)
    own: R408List | None = doc("la liste telle que la notice la donne, si elle diffère de la liste nationale", default=None)
    waiver: str | None = doc("dispense (travailleur handicapé) telle que la notice la décrit", default=None)
    source: str | None = doc("où la notice en parle", default=None)

    def check(self, reader, path: str) -> None:
        if (self.national is None) == (self.own is None):
            reader.problem(self.origin, path, "écrire soit national: (liste de content/regulations.yaml), soit own: (liste de la notice), pas les deux ni aucune")


@dataclass(frozen=True, kw_only=True)
class ManagingAcademy(Record):
    """The academy that organises a specialty's exams when it is not this academy."""

    specialty: SpecialtyRef = doc("spécialité concernée")
    academy: Name = doc("nom de l'académie organisatrice")
    url: Url | None = doc("page de l'académie organisatrice pour cette spécialité", default=None)
