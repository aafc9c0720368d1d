"""One exam session of one academy, as its notice gives it.

Read from ``academies/<slug>/<year>.yaml``. Everything a notice says that may
change from one session to the next lives here: dates, who registers how, the
CYCLADES steps, supporting documents, local rules and contacts.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from ..schema import Record, doc
from .academy import Office
from .conditions import Condition
from .specialties import ManagingAcademy, R408Requirement, SpecialtyRef
from .values import Date, Identifier, Moment, Name, Phone, Url, Year

Audience = Literal["individual", "establishment"]
HowToRegister = Literal["individual", "establishment", "elsewhere"]


@dataclass(frozen=True, kw_only=True)
class SessionInfo(Record):
    """The session and its registration window."""

    year: Year = doc("année de l'examen (session), par exemple 2024")
    audience: Audience = doc("public de la notice : individual (candidats individuels) ou establishment (établissements)")
    title: Name = doc("titre de la notice")
    notice_date: Date | None = doc("date de la notice, si elle est datée", default=None)
    reference: str | None = doc("texte réglementaire cité en tête de notice", default=None)
    opening: Moment | None = doc("ouverture des inscriptions : AAAA-MM-JJ HH:MM (ou AAAA-MM-JJ si la notice ne donne pas l'heure)", default=None)
    closing: Moment | None = doc("clôture des inscriptions : AAAA-MM-JJ HH:MM (ou AAAA-MM-JJ si la notice ne donne pas l'heure)", default=None)
    dates_note: str | None = doc("précision sur les dates d'inscription (par exemple absentes de la notice)", default=None)
    age_reference_date: Date | None = doc("date à laquelle l'âge du candidat est calculé (règle JDC)", default=None)
    age_reference_note: str | None = doc("pourquoi cette date de référence", default=None)
    source: str = doc("fichier source de la notice, par exemple ../shared/seeds/000_….txt")


@dataclass(frozen=True, kw_only=True)
class Deadline(Record):
    """A dated step of the session: documents deadline, later deposits, processing date…"""

    label: Name = doc("ce qui doit être fait avant cette date, en français, par exemple Dépôt des pièces justificatives")
    at: Moment = doc("date (AAAA-MM-JJ) ou date-heure (AAAA-MM-JJ HH:MM) ; une date seule vaut jusqu'à la fin du jour ; "
                     "pour une heure qui existe deux fois (changement d'heure d'automne), ajouter le décalage : 2023-10-29 02:30+01:00")
    kind: Literal["deadline", "information"] = doc("deadline (date limite) ou information (date de traitement, de publication)", default="deadline")
    words: str | None = doc("les mots exacts de la notice quand ils sont ambigus", default=None)
    note: str | None = doc("précision ou interprétation retenue", default=None)
    precedes_closing: bool = doc("true si la notice fixe volontairement cette date avant la clôture des inscriptions", default=False)
    strict: bool = doc("true si la notice précise « délai de rigueur » ou « aucune inscription hors délai »", default=False)


@dataclass(frozen=True, kw_only=True)
class Category(Record):
    """A category of candidates and how they register."""

    situation: Identifier = doc("identifiant de la situation (choix de la question situation de content/questions.yaml)")
    how: HowToRegister = doc("individual (sur CYCLADES lui-même), establishment (par son établissement) ou elsewhere (autre démarche)")
    label: Name = doc("intitulé de la catégorie tel que la notice le donne")
    detail: str | None = doc("précisions de la notice pour cette catégorie", default=None)
    routes: tuple[Identifier, ...] = doc("voies de formation concernées (scolaire, apprenti, formation_continue), si la notice les distingue", default=())


@dataclass(frozen=True, kw_only=True)
class Step(Record):
    """A step of the procedure on CYCLADES, in the notice's order."""

    title: Name = doc("titre de l'étape, par exemple Création et activation du compte")
    text: str = doc("ce que le candidat fait à cette étape")
    deadline: Identifier | None = doc("identifiant de la date limite de l'étape (clé de deadlines)", default=None)
    when: Condition = doc("candidats concernés par l'étape (vide : tous), avec les questions de content/questions.yaml", default=Condition.always())


@dataclass(frozen=True, kw_only=True)
class DocumentEntry(Record):
    """A supporting document to upload, or the use of a national one from content/documents.yaml."""

    id: Identifier = doc("identifiant unique du document dans la session, par exemple confirmation")
    use: Identifier | None = doc("identifiant d'un document national de content/documents.yaml à reprendre", default=None)
    label: Name | None = doc("intitulé du document tel que la notice le donne (obligatoire sans use)", default=None)
    group: str | None = doc("rubrique de la notice où il figure, par exemple Pour tous les candidats", default=None)
    when: Condition = doc("conditions dans lesquelles il est exigé (vide : tous les candidats, ou avec use: la condition du document national)", default=Condition.always())
    deadline: Identifier = doc("identifiant de la date limite (clé de deadlines)", default="documents")
    detail: str | None = doc("précision de la notice", default=None)
    source: str | None = doc("où la notice le demande, ou texte réglementaire", default=None)
    late_deposit: str | None = doc("si la notice permet de déposer la pièce après la date limite : ses mots (par exemple « peut être déposée ultérieurement »)", default=None)


@dataclass(frozen=True, kw_only=True)
class TopicText(Record):
    """An academy's words on a national topic of content/topics.yaml."""

    local: str | None = doc("précision de l'académie, affichée après le texte national", default=None)
    replace: str | None = doc("texte de l'académie qui remplace le texte national (quand la notice diffère)", default=None)
    source: str | None = doc("où la notice en parle", default=None)

    def check(self, reader, path: str) -> None:
        if self.local is None and self.replace is None:
            reader.problem(self.origin, path, "écrire local: (précision ajoutée) ou replace: (texte remplaçant le texte national)")


@dataclass(frozen=True, kw_only=True)
class Application(Record):
    """An online application used for a procedure (AMEX in Aix-Marseille)."""

    name: Name = doc("nom de l'application, par exemple AMEX")
    url: Url = doc("adresse de l'application")


@dataclass(frozen=True, kw_only=True)
class ExamAdjustment(Record):
    """How candidates with a disability request exam adjustments in this academy."""

    channel: Literal["postal", "application", "doctor", "website"] = doc(
        "voie de la demande : postal (courrier), application (en ligne), doctor (dossier au médecin désigné par la CDAPH) ou website (voir le site)"
    )
    how: str = doc("ce que le candidat doit faire, avec les mots de la notice")
    send_to: str | None = doc("destinataire de la demande", default=None)
    application: Application | None = doc("application en ligne (AMEX…)", default=None)
    url: Url | None = doc("page d'information ou dossier à télécharger", default=None)
    deadline: Identifier | None = doc("identifiant de la date limite (clé de deadlines)", default=None)
    decision: str | None = doc("comment et quand la décision arrive", default=None)
    renewal: str | None = doc("reconduction des aménagements d'une session à l'autre", default=None)
    declare_in_cyclades: str | None = doc("ce qu'il faut cocher dans CYCLADES", default=None)


@dataclass(frozen=True, kw_only=True)
class FormField(Record):
    """A form to download, fill in and upload (or send)."""

    id: Identifier = doc("identifiant du formulaire, par exemple refus_benefices")
    title: Name = doc("titre du formulaire")
    purpose: str = doc("à quoi il sert et qui le remplit")
    url: Url | None = doc("adresse où le télécharger", default=None)
    text: str | None = doc("texte du formulaire quand la notice le reproduit", default=None)
    source: str | None = doc("annexe de la notice", default=None)


@dataclass(frozen=True, kw_only=True)
class Link(Record):
    """A useful link of the notice."""

    id: Identifier = doc("identifiant : cyclades, referentials, results, bts_page…")
    label: Name = doc("texte du lien")
    url: Url = doc("adresse")


@dataclass(frozen=True, kw_only=True)
class ContactGroup(Record):
    """A row of the per-specialty contact table: the specialties a case officer manages and how to reach them."""

    specialties: tuple[SpecialtyRef, ...] = doc("spécialités du groupe (identifiants de content/specialties.yaml)")
    phones: tuple[Phone, ...] = doc("téléphone(s) du gestionnaire")
    words: str | None = doc("la ligne telle que la notice l'écrit", default=None)


@dataclass(frozen=True, kw_only=True)
class StateColour(Record):
    """A state of a candidate's documents in CYCLADES' follow-up screen."""

    meaning: str = doc("ce que signifie l'état")
    colour: str | None = doc("couleur affichée par CYCLADES, si la notice la donne", default=None)


@dataclass(frozen=True, kw_only=True)
class EstablishmentStep(Record):
    """A step of the establishment's procedure in CYCLADES."""

    title: Name = doc("titre de l'étape")
    text: str = doc("ce que fait l'établissement")
    menu: str | None = doc("menu de CYCLADES à utiliser", default=None)
    memo: str | None = doc("fiche mémo CYCLADES correspondante", default=None)


@dataclass(frozen=True, kw_only=True)
class EstablishmentGuide(Record):
    """The part of an establishment notice that concerns establishments, not candidates."""

    intro: str | None = doc("indication générale placée en tête de la notice (par exemple où trouver les fiches mémo)", default=None)
    steps: tuple[EstablishmentStep, ...] = doc("étapes de l'établissement dans l'ordre de la notice")
    candidate_states: dict[Name, str] = doc("états d'une candidature : nom → signification", default_factory=dict)
    document_states: tuple[StateColour, ...] = doc("états du dépôt des pièces dans le suivi, dans l'ordre", default=())
    states_note: str | None = doc("précision sur les états (par exemple couleurs illisibles dans la source)", default=None)


@dataclass(frozen=True, kw_only=True)
class SourceNote(Record):
    """An ambiguity of the source or a disagreement between sources, recorded rather than guessed."""

    about: str = doc("champ ou sujet concerné")
    words: str = doc("les mots de la source")
    note: str = doc("ce qui est ambigu et ce que le guide en fait")


@dataclass(frozen=True, kw_only=True)
class SessionFile(Record):
    """Everything one session file holds."""

    session: SessionInfo = doc("la session et ses dates d'inscription")
    deadlines: dict[Identifier, Deadline] = doc("dates limites et dates clés : identifiant → date (documents est obligatoire)")
    who: tuple[Category, ...] = doc("qui s'inscrit et comment")
    steps: tuple[Step, ...] = doc("étapes de l'inscription sur CYCLADES", default=())
    documents: tuple[DocumentEntry, ...] = doc("pièces justificatives")
    topics: dict[Identifier, TopicText] = doc("textes de l'académie sur les sujets nationaux de content/topics.yaml", default_factory=dict)
    exam_adjustment: ExamAdjustment | None = doc("demande d'aménagement d'épreuves", default=None)
    forms: tuple[FormField, ...] = doc("formulaires à télécharger", default=())
    links: tuple[Link, ...] = doc("liens utiles", default=())
    contacts: tuple[Office, ...] = doc("contacts propres à cette notice (en plus du bureau des examens de academy.yaml)", default=())
    specialty_contacts: tuple[ContactGroup, ...] = doc("tableau des gestionnaires par spécialité", default=())
    specialty_contacts_note: str | None = doc("précision sur le tableau des gestionnaires", default=None)
    r408: R408Requirement | None = doc("attestation R408 : liste nationale ou liste de la notice", default=None)
    managing_academies: tuple[ManagingAcademy, ...] = doc("spécialités organisées par une autre académie", default=())
    managing_academies_note: str | None = doc("où trouver l'académie organisatrice de chaque spécialité", default=None)
    establishment_guide: EstablishmentGuide | None = doc("partie réservée aux établissements (notice établissements)", default=None)
    source_notes: tuple[SourceNote, ...] = doc("ambiguïtés et désaccords des sources", default=())
