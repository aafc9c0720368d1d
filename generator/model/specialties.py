"""BTS specialties (national catalogue) and the per-session R408 requirement.

The catalogue is ``content/specialties.yaml``; an academy session refers to a
specialty by its id, optionally with an option letter: ``maintenance_systemes option B``.
"""

from __future__ import annotations

import contextlib
import contextvars
import difflib
import re
from dataclasses import dataclass
from typing import Literal

from ..french import without_accents
from ..problems import quote
from ..schema import Record, doc
from .values import NOT_GIVEN_WORDS, BadValue, Identifier, Name, NotGiven, OptionLetter, Url


@dataclass(frozen=True, kw_only=True)
class Specialty(Record):
    """A BTS specialty of the national catalogue."""

    name: Name = doc("intitulé officiel de la spécialité, par exemple Bâtiment")
    abbreviation: Name | None = doc("sigle usuel, par exemple SCBH", default=None)
    options: dict[OptionLetter, Name] = doc("options : lettre → intitulé (ou la lettre seule si l'intitulé n'est pas connu)", default_factory=dict)
    former_names: tuple[Name, ...] = doc(
        "anciens intitulés de la spécialité, renommée depuis, que citent les notices (le formulaire de la liste "
        "personnalisée les dit « anciennement » après l'intitulé actuel) ; pas une autre graphie de l'intitulé actuel",
        default=())


@dataclass(frozen=True)
class SpecialtyRef:
    """A reference to a catalogue specialty, with an option letter or not: ``maintenance_systemes option B``."""

    specialty: str
    option: str | None = None

    @classmethod
    def parse(cls, text: str) -> "SpecialtyRef":
        m = re.fullmatch(r"([a-z][a-z0-9_]*)(?: option ([A-Z]))?", text.strip())
        if not m:
            # (the catalogue's specialty meant, when it is known: « MCO » → mco; a staff walk, stop 52 L6: told a
            # generic example, « maintenance_systemes option B »)
            catalogue = _CATALOGUE.get()
            meant = specialty_meant(text, catalogue)
            if meant is not None:
                raise BadValue(f"{quote(text)} n'est pas une référence de spécialité ; écrire {meant}, l'identifiant de "
                               f"{meant_words(meant, catalogue)} dans content/specialties.yaml")
            raise BadValue(
                f"{quote(text)} n'est pas une référence de spécialité ; écrire l'identifiant de content/specialties.yaml, "
                "suivi au besoin de « option B », par exemple maintenance_systemes option B"
            )
        return cls(m.group(1), m.group(2))

    def __str__(self) -> str:
        return self.specialty + (f" option {self.option}" if self.option else "")


# The catalogue (id → Specialty) while the academies' files are read (``catalogue_known``, loading.read_project): for
# the message of a reference that is none only, ``SpecialtyRef.parse`` reading a value without the catalogue.
_CATALOGUE: contextvars.ContextVar[dict] = contextvars.ContextVar("bts_specialty_catalogue", default={})


@contextlib.contextmanager
def catalogue_known(specialties: dict):
    """While reading the academies: ``SpecialtyRef.parse`` names the specialty of ``specialties`` a wrong reference
    was meant for."""
    token = _CATALOGUE.set(specialties)
    try:
        yield
    finally:
        _CATALOGUE.reset(token)


def _plain(text: str) -> str:
    """A word as compared with the catalogue's: no accents, quotes or case, its spaces, hyphens and dots as « _ »."""
    text = without_accents(text.strip().strip("\"'“”‘’«» ").lower())
    return re.sub(r"[^a-z0-9]+", "_", text).strip("_")


def specialty_meant(text: str, specialties: dict) -> str | None:
    """The reference of ``specialties`` (the catalogue, id → Specialty) a word that is not one was meant for: its id
    in upper case or between quotes (« MCO », « “sio” »), its abbreviation (« MS »), its name (« Services
    informatiques aux organisations »), or the nearest id or name; with its option (« SIO option b » → « sio option
    B »). None when nothing is near."""
    if not specialties:
        return None
    written = re.fullmatch(r"(.+?)\s+option\s+([A-Za-z])", " ".join(str(text).split()), re.IGNORECASE)
    word, option = (written.group(1), written.group(2).upper()) if written else (str(text), None)
    plain = _plain(word)
    if not plain:
        return None
    forms = {}  # plain form → id: the id, the abbreviation, the name, the former names
    for sid, specialty in specialties.items():
        for form in (sid, getattr(specialty, "abbreviation", None), getattr(specialty, "name", None), *getattr(specialty, "former_names", ())):
            if form:
                forms.setdefault(_plain(str(form)), sid)
    found = forms.get(plain)
    if found is None:
        close = difflib.get_close_matches(plain, list(forms), n=1, cutoff=0.75)
        found = forms[close[0]] if close else None
    if found is None:
        return None
    return f"{found} option {option}" if option else found


def meant_words(meant: str, specialties: dict) -> str:
    """The catalogue's name of a reference ``specialty_meant`` gives: « Management commercial opérationnel »."""
    specialty = specialties.get(meant.split(" option ")[0])
    return quote(specialty.name) if specialty is not None else quote(meant)


@dataclass(frozen=True, kw_only=True)
class R408Entry(Record):
    """A specialty for which the R408 scaffolding attestation is required, with its annexes."""

    specialty: SpecialtyRef = doc("spécialité concernée (identifiant de content/specialties.yaml)")
    annexes: tuple[int, ...] = doc("annexes 4 et/ou 5 de la recommandation R408 exigées ; vide si la notice ne les précise pas", default=())
    words: str | None = doc("intitulé tel qu'écrit dans la notice, s'il diffère du nom du catalogue (sans son sigle)", default=None)

    def check(self, reader, path: str) -> None:
        for i, annex in enumerate(self.annexes):
            if annex not in (4, 5):
                reader.problem(self.where(f"annexes[{i}]"), f"{path}.annexes[{i}]", f"{quote(annex)} n'est pas une annexe de la R408 (les annexes 4 et 5 seules) ; écrire annexes: [4], [5] ou [4, 5], selon la notice")


@dataclass(frozen=True, kw_only=True)
class NoticeRef(Record):
    """A notice of this guide: an academy's session (validate checks that it exists)."""

    academy: str = doc("identifiant de l'académie (nom de son dossier academies/), par exemple clermont-ferrand")
    session: int = doc("année de la session, par exemple 2024")


@dataclass(frozen=True, kw_only=True)
class R408List(Record):
    """A national list of specialties requiring the R408 attestation (content/regulations.yaml).

    The list in force for a session is the one whose text (``source``) is in force for it.
    """

    source: Identifier = doc("texte national qui fixe la liste (identifiant de content/texts.yaml), par exemple arrete_2023_07_13")
    specialties: tuple[R408Entry, ...] = doc("spécialités concernées")
    note: str | None = doc("ce que le texte ajoute (par exemple le moment où l'attestation est fournie)", default=None)
    as_given_by: NoticeRef | None = doc(
        "la notice d'où le guide tient cette liste quand il n'a pas lu le texte, par exemple {academy: "
        "clermont-ferrand, session: 2024} : le titre de la liste le dit (« telle que la notice de Clermont-Ferrand "
        "(session 2024) la donne (texte non consulté par le guide) ») ; sans ce champ, le guide dit avoir lu le texte",
        default=None,
    )


@dataclass(frozen=True, kw_only=True)
class NoticeR408List(Record):
    """The R408 list as a notice gives it, when it gives one."""

    reference: str | NotGiven = doc(f"le texte tel que la notice le cite, par exemple Arrêté du 14/04/2016 relatif à l'attestation R408, ou {NOT_GIVEN_WORDS}")
    specialties: tuple[R408Entry, ...] = doc("spécialités de la liste de la notice")
    note: str | None = doc("précision de la notice (par exemple dépôt possible plus tard)", default=None)
    printed_as: Literal["list", "table", "none"] = doc(
        "comment le PDF de la notice imprime cette liste : list (« Spécialités concernées : », une ligne par "
        "spécialité), table (le tableau de la notice, une colonne par annexe 4 et 5 cochée d'une croix), none (la "
        "notice ne la donne pas à part : elle nomme les spécialités dans sa remarque ou dans sa liste des pièces)",
        default="list",
    )
    columns: tuple[Name, ...] | None = doc(
        "avec printed_as: table, obligatoire : les titres des trois colonnes du tableau de la notice, tels qu'elle les "
        "écrit, de gauche à droite (la colonne des spécialités, puis celles des annexes 4 et 5), par exemple "
        "[Spécialités de BTS, Annexe 4, Annexe 5] : le PDF de la notice les imprime en tête de son tableau", default=None,
    )
    printed_after: int | None = doc(
        "le PDF de la notice : combien des paragraphes de la notice sur la R408 (ses phrases de la rubrique r408 "
        "de topics:, dans leur ordre) elle donne avant sa liste ; les suivants sont imprimés après la liste (par "
        "exemple 1 quand un « NB : » suit son tableau) ; sans ce champ, tous avant", default=None,
    )

    def check(self, reader, path: str) -> None:
        """The heads of the notice's table (``columns:``), which its PDF prints over its list (printed_as: table): its
        words, not the guide's (tls71: the guide's « Spécialités de BTS » and « Annexe 4 » were printed over any
        notice's table; only Clermont-Ferrand 2024's is headed so)."""
        field = f"{path}.columns" if path else "columns"
        if self.printed_as == "table" and self.columns is None:
            reader.problem(
                self.where("printed_as"), field,
                "titres des colonnes manquants : printed_as: table fait imprimer au PDF le tableau de la notice, titres "
                "compris ; écrire, au même retrait que printed_as:, les titres de ses trois colonnes tels que la notice les écrit, de "
                "gauche à droite, par exemple columns: [Spécialités de BTS, Annexe 4, Annexe 5]",
            )
        elif self.columns is not None and self.printed_as != "table":
            reader.problem(
                self.where("columns"), field,
                f"titres de colonnes sans tableau : printed_as: est {quote(self.printed_as)}"
                f"{'' if 'printed_as' in self.positions else ' (sans la ligne printed_as:)'}, le PDF n'imprime pas la liste en "
                "tableau ; retirer la ligne columns:, ou écrire printed_as: table si la notice donne sa liste en tableau",
            )
        elif self.columns is not None and len(self.columns) != 3:
            count = len(self.columns)
            read = "aucun titre lu" if not count else "un titre lu" if count == 1 else f"{count} titres lus"
            listed = f" ({', '.join(quote(c) for c in self.columns)})" if count else ""
            reader.problem(
                self.where("columns"), field,
                f"{read}{listed} : le tableau de la notice a trois colonnes, ses spécialités puis les annexes 4 et 5 ; "
                "écrire leurs trois titres tels que la notice les écrit, de gauche à droite, par exemple "
                "columns: [Spécialités de BTS, Annexe 4, Annexe 5]",
            )


@dataclass(frozen=True, kw_only=True)
class R408Notice(Record):
    """What a notice says about the R408 attestation (the national list in force is added by itself)."""

    list: NoticeR408List | None = doc("la liste telle que la notice la donne (absente si la notice n'en donne pas)", default=None)
    waiver: str | None = doc("dispense (travailleur handicapé) telle que la notice la décrit", default=None)
    section: str = doc("où la notice en parle")


@dataclass(frozen=True, kw_only=True)
class ManagingAcademy(Record):
    """The academy that organises a specialty's exams when it is not this academy."""

    specialty: SpecialtyRef = doc("spécialité concernée")
    academy: Name = doc("nom de l'académie organisatrice")
    url: Url | None = doc("page de l'académie organisatrice pour cette spécialité", default=None)
