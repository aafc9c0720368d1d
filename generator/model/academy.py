"""The academy itself: what stays the same from one session to the next.

Read from ``academies/<slug>/academy.yaml``.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from ..problems import quote
from ..schema import Record, doc, yaml_fields
from .values import NOT_GIVEN_WORDS, Date, DepartmentCode, Email, Name, NotGiven, Phone, Slug, TimeZoneName, Url


@dataclass(frozen=True, kw_only=True)
class Department(Record):
    """A department served by the academy: candidates residing there register here."""

    code: DepartmentCode = doc("numéro du département, entre guillemets : « 09 », « 2A »")
    name: Name = doc("nom du département, par exemple Haute-Garonne")


@dataclass(frozen=True, kw_only=True)
class Office(Record):
    """An office candidates can contact (exam office, positioning office, a case officer)."""

    name: Name = doc("nom du bureau ou de la personne, par exemple Bureau des examens post-bac")
    role: str | None = doc(
        "à quoi sert ce contact, en une phrase ; sous un bureau de academy.yaml, une phrase du guide, la même pour toutes "
        "les sessions : la page et la liste personnalisée la disent « Note du guide : … », le PDF de la notice ne "
        "l'imprime pas", default=None,
    )
    role_by_guide: bool = doc(
        "dans le fichier de la session (son exam_office:, ses contacts:) : true quand role: n'est pas une phrase de la "
        "notice mais celle du guide (son résumé, par exemple « Demandes de décision de positionnement … ») : la page "
        "et la liste personnalisée la disent « Note du guide : … », le PDF de la notice ne l'imprime pas ; mieux : "
        "écrire dans role: les mots exacts de la notice, sans ce champ. Sous un bureau de academy.yaml, role: est "
        "toujours du guide : ce champ n'y sert pas", default=False,
    )
    role_for_registered: bool = doc(
        "true quand role: ne parle qu'aux candidats inscrits (changement d'adresse, mél de confirmation non reçu) : la "
        "liste personnalisée ne le dit pas à un candidat à qui la notice ne donne pas de liste (candidat à la VAE, "
        "candidat inscrit par son établissement, résidant hors de France)", default=False,
    )
    emails: tuple[Email, ...] = doc("adresses électroniques", default=())
    phones: tuple[Phone, ...] = doc("numéros de téléphone", default=())
    address: tuple[str, ...] = doc("adresse postale, une ligne par élément de liste", default=())
    url: Url | None = doc(
        "page web du bureau ; quand note: écrit cette adresse (la phrase de la notice qui la donne), la page et la "
        "liste personnalisée en font un lien dans la note, sans la redonner sur une ligne « Page web »", default=None,
    )
    note: str | None = doc(
        "précision à afficher (par exemple « courriel à privilégier ») ; sous un bureau de academy.yaml, une phrase du "
        "guide, comme son role: (« Note du guide : … » sur la page et dans la liste personnalisée, pas dans le PDF de la "
        "notice)", default=None,
    )
    as_written: str | None = doc(
        "dans le fichier de la session : le bloc de la notice pour ce contact, dans ses mots et ses lignes (« dossier "
        "suivi par : », « Par téléphone : » suivi d'un numéro par ligne « - … ») : le PDF de la notice l'imprime tel quel, "
        "à la place de la fiche (nom en titre, « Courriel : », « Téléphone : ») ; il donne chaque adresse électronique et "
        "chaque numéro de la fiche (la page web garde la fiche)", default=None,
    )

    def check(self, reader, path: str) -> None:
        # « emails: [] »: read as no address at all, the same as no emails: line, which the page shows by giving the
        # office's other details only (« Coordonnées : non précisées par la notice » when it has none), never « adresse
        # non précisée » beside the others (staff70 item 4: accepted, and the page then said nothing of an e-mail the
        # staff member had meant to say the notice does not give): refused, with the two fixes
        for name, none, example in (("emails", "aucune adresse électronique", f"emails: [{Email.EXAMPLE}]"),
                                    ("phones", "aucun numéro de téléphone", 'phones: ["01 99 00 00 00"]'),
                                    ("address", "aucune adresse postale", "address: [Rectorat, Bureau des examens]")):
            if getattr(self, name) == () and name in self.positions:
                reader.problem(
                    self.where(name), f"{path}.{name}",
                    f"{name}: [] : liste vide, qui se lit comme l'absence de la ligne {name}: ; la page ne dit pas que la "
                    f"notice n'en donne pas, elle donne seulement les autres coordonnées du contact (et « Coordonnées : non "
                    f"précisées par la notice » s'il n'en a aucune) ; si la notice ne donne {none} pour ce contact, "
                    f"retirer la ligne {name}: ; si elle en donne, les écrire entre les crochets (par exemple {example})",
                )
        if self.role_by_guide and not self.role:
            reader.problem(
                self.where("role_by_guide"), f"{path}.role_by_guide",
                "role_by_guide: true dit que role: est une phrase du guide, mais ce contact n'a pas de role: ; écrire "
                "role: (les mots exacts de la notice, sans role_by_guide:, ou la phrase du guide), ou retirer "
                "role_by_guide:",
            )
        if not self.as_written:
            return
        numbers = {re.sub(r"\D", "", found) for found in _NUMBER.findall(self.as_written)}
        words = " ".join(self.as_written.split()).casefold()
        missing = [str(e) for e in self.emails if str(e).casefold() not in words]
        missing += [str(p) for p in self.phones if re.sub(r"\D", "", str(p)) not in numbers]
        if missing:
            reader.problem(
                self.where("as_written"), f"{path}.as_written",
                f"le bloc ne donne pas {', '.join(quote(m) for m in missing)} ; le PDF l'imprime à la place de la fiche : "
                "y écrire chaque adresse et chaque numéro comme la notice les écrit, ou les retirer de la fiche"
                + "".join(self._near_email_hint(m) for m in missing if "@" in m),
            )

    def _near_email_hint(self, email: str) -> str:
        """An address of the fiche the block writes with a letter or two changed (« ac-clermon.fr » in ``emails:``,
        « ac-clermont.fr » in the block): one of the two has a typing slip, which the message names (staffwalk53 L1:
        the fiche's own check of the domain runs only once the file is read, after this one is fixed)."""
        written = [w.rstrip(".,;:)»") for w in _EMAIL_IN_TEXT.findall(self.as_written or "")]
        close = difflib.get_close_matches(email.casefold(), [w.casefold() for w in written], n=1, cutoff=0.85)
        if not close:
            return ""
        near = next(w for w in written if w.casefold() == close[0])
        return (f" ; le bloc écrit {quote(near)} : si c'est la même adresse, l'une des deux a une faute de frappe "
                f"(corriger emails: ou le bloc, comme la notice l'écrit)")


@dataclass(frozen=True, kw_only=True)
class Reviewed(Record):
    """A point « à contrôler » of ``validate`` that staff checked and found right as it is (a lasting fact the data
    cannot settle: the notice's R408 list differs from the national one, no exam office…): ``validate`` no longer lists
    it while what it says is still what ``seen:`` recorded (``generator.staff.reviewed``). ``validate`` gives the
    line to copy at the end of each point."""

    point: str = doc(
        "le champ du point, tel que validate l'écrit avant « à contrôler » (par exemple r408.list.specialties) ; "
        "la question « la notice de la session suivante est-elle parue ? » (session.year) ne reste marquée que 7 jours"
    )
    checked: Date = doc("date à laquelle le point a été vérifié sur la notice (AAAA-MM-JJ)")
    seen: str = doc(
        "ce que disait le point ce jour-là, recopié de la ligne donnée par validate : si ce qu'il dit change (une "
        "spécialité de plus, une nouvelle liste nationale…), le point revient et dit ce qui a changé"
    )


REVIEWED_DOC = (
    "points « à contrôler » de validate vérifiés sur la notice et justes tels quels, une ligne par point, recopiée de "
    "validate : - {point: …, checked: AAAA-MM-JJ, seen: \"…\"} ; validate ne les redonne plus tant que ce qu'ils disent ne change pas"
)


# A phone number as a notice may write it: « 02 40 37 38 38 », « 02.40.37.38.18 », « +33 5 36 25 71 13 ».
_NUMBER = re.compile(r"\+?\d(?:[\d .\-\u00a0\u202f]*\d)?")
_EMAIL_IN_TEXT = re.compile(r"[^\s<>()«»,;]+@[^\s<>()«»,;]+")


# « Académie de Clermont-Ferrand » written as the name: the site writes « Académie de » before it already (a staff
# walk, stop 49 M6: the page's title read « Académie d'Académie de Clermont-Ferrand »)
_ACADEMY_OF = re.compile(r"\s*acad[ée]mie\s+(?:de\s+|d['’]\s*|des\s+|du\s+)(?P<rest>\S.*)", re.IGNORECASE | re.DOTALL)


def _folded(text: str) -> str:
    """Case and accents free (« CRETEIL », « Créteil »: the same)."""
    return unicodedata.normalize("NFKD", text.casefold()).encode("ascii", "ignore").decode().replace("’", "'")


def name_without_academy(name: str, national: Iterable[str] = ()) -> str | None:
    """The name written after « Académie de », « Académie d' », « Académie des »… (any case), with a capital
    (« académie de la Réunion » → « La Réunion »); None when the name does not start so. A name of the national table
    (``national``: the folder's academy's first) that it is, case and accents aside, is written as the table writes it
    (« ACADEMIE DE CRETEIL » → « Créteil », review56 L7: « Creteil » lost its accent)."""
    match = _ACADEMY_OF.fullmatch(name)
    if match is None:
        return None
    rest = match["rest"].strip()
    same = next((known for known in national if _folded(known) == _folded(rest)), None)
    if same is not None:
        return same
    if rest.isupper():  # « ACADEMIE DE TOULOUSE »: « Toulouse », as the national table writes names (review55 L6)
        return rest.title()
    return rest[:1].upper() + rest[1:]


@dataclass(frozen=True, kw_only=True)
class Academy(Record):
    """An academy: identity, territory, time zone, web pages and stable offices."""

    name: Name = doc("nom de l'académie sans « académie de », par exemple Toulouse")
    slug: Slug = doc("identifiant dans les adresses du site, identique au nom du dossier (minuscules, chiffres, « - »), par exemple toulouse")
    timezone: TimeZoneName = doc("fuseau horaire des dates de l'académie, par exemple Europe/Paris")
    departments: tuple[Department, ...] = doc("départements de résidence des candidats de l'académie")
    departments_source: str | None = doc("d'où vient la liste des départements : ce que la notice en dit (la donne-t-elle ?) ou d'où le guide la tient ; publié sous « Précisions sur la source »", default=None)
    website: Url | NotGiven = doc(f"site de l'académie, ou {NOT_GIVEN_WORDS}")
    bts_page: Url | None = doc("page BTS du site de l'académie", default=None)
    exam_office: Office | NotGiven = doc(f"bureau des examens chargé du BTS, ou {NOT_GIVEN_WORDS} si la notice ne donne aucun contact")
    positioning_office: Office | None = doc("service des décisions de positionnement", default=None)
    vae_office: Office | None = doc("service chargé de la VAE ; donné pour chaque session dont who: compte les candidats à la VAE (situation: vae)", default=None)
    reviewed: tuple[Reviewed, ...] = doc(f"{REVIEWED_DOC} (ici, ceux que validate signale dans academy.yaml)", default=())

    @staticmethod
    def key_elsewhere(key: str, folder: Path | None = None) -> str | None:
        """Where a key of a session file written in academy.yaml goes (staffwalk54 L1: « residence: » got « clé inconnue
        « residence » ; clés permises : name, slug, … », while it is a key of the session file's session:), or None.
        ``folder``: academy.yaml's, whose latest session file is named (review65 L7), else an example of a name."""
        from ..loading import session_years_written  # (loading imports the model)
        from .session import SessionFile, SessionInfo  # (session.py imports this module)

        years = session_years_written(folder) if folder is not None and folder.is_dir() else []
        named = (f"nommé par son année : {years[-1]}.yaml pour la session {years[-1]}, la dernière du dossier" if years
                 else "nommé par son année, par exemple 2025.yaml pour la session 2025")
        if key in {f.name for f in yaml_fields(SessionInfo)}:
            return (f"c'est une clé du fichier de session ({named}), sous session: ; la déplacer dans ce fichier, en retrait "
                    "sous session: (ce que la notice en dit vaut pour sa session, pas pour l'académie)")
        if key in {f.name for f in yaml_fields(SessionFile)}:
            return f"c'est une rubrique du fichier de session ({named}) ; la déplacer dans ce fichier, avec ses lignes en retrait"
        return None

    def check(self, reader, path: str) -> None:
        # (a name written with « Académie de »: department_checks.check_academy_name, which knows the national table's
        # spelling of the name)
        for name in ("exam_office", "positioning_office", "vae_office"):
            office = getattr(self, name)
            if isinstance(office, Office) and office.as_written:
                reader.problem(
                    office.where("as_written"), f"{path}.{name}.as_written" if path else f"{name}.as_written",
                    "as_written: dit le bloc d'une notice : l'écrire dans le fichier de la session qui le donne (son "
                    "exam_office: ou ses contacts:), pas dans academy.yaml, commun à toutes les sessions",
                )
            if isinstance(office, Office) and office.role_by_guide:
                reader.problem(
                    office.where("role_by_guide"), f"{path}.{name}.role_by_guide" if path else f"{name}.role_by_guide",
                    "role_by_guide: ne sert que dans un fichier de session (son exam_office:, ses contacts:) : le role: "
                    "d'un bureau de academy.yaml est toujours une phrase du guide, que la page dit déjà « Note du guide : "
                    "… » ; retirer cette ligne",
                )
            # (read by the checklist for the exam office and the session's contacts only: the positioning office is not
            # in the checklist, and the VAE service is given to VAE candidates alone, all given no list; review97)
            if name != "exam_office" and isinstance(office, Office) and office.role_for_registered:
                reader.problem(
                    office.where("role_for_registered"), f"{path}.{name}.role_for_registered" if path else f"{name}.role_for_registered",
                    "role_for_registered: ne sert que sous exam_office: (et sous les contacts: d'un fichier de session) : la "
                    "liste personnalisée ne donne pas ce service à un candidat inscrit ; retirer cette ligne",
                )
