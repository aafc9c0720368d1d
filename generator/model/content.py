"""National content, written once in ``content/`` and shared by every academy.

- ``content/questions.yaml``: the checklist's questions and their choices;
- ``content/topics.yaml``: national rules (benefits, dispensations, forms of
  passage, control exams, optional exams, engagement étudiant, absence…);
- ``content/documents.yaml``: national supporting documents an academy can ``use``;
- ``content/specialties.yaml``: the BTS specialty catalogue;
- ``content/regulations.yaml``: national lists such as the R408 specialties;
- ``content/interface.yaml``: the words of the site and of the checklist's
  command line (headings, table headers, sentences around the notice's values).
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from collections.abc import Callable
from typing import Literal

from ..interface import PLACEHOLDER, PLURAL, interface_placeholders, plural_forms
from ..french import typography
from ..schema import Record, doc
from .conditions import Condition
from .specialties import R408List, Specialty
from .values import NOT_GIVEN_WORDS, ChoiceId, Identifier, InterfaceText, Name, NotGiven, TextDate, Url, Year


@dataclass(frozen=True, kw_only=True)
class PhrasesTogether(Record):
    """Choices a condition often names together, and their words in « Pour qui » when it names all of them and no
    other: « au titre d'un diplôme déjà obtenu (seul ou avec une décision de VAE) » for [diploma, both], rather
    than each choice's phrase joined by « ou »."""

    choices: tuple[ChoiceId, ...] = doc("les choix dits ensemble, par exemple [diploma, both] (deux au moins)")
    words: Name = doc("leurs mots, tels qu'ils suivent « Si » dans la colonne « Pour qui »")


@dataclass(frozen=True, kw_only=True)
class Question(Record):
    """A question of the checklist, or a fact derived from the answers (``kind: derived``)."""

    label: Name = doc("la question posée au candidat, en français")
    kind: Literal["choice", "date", "department", "specialty", "option", "derived"] = doc(
        "choice (liste de choix), date, department (numéro), specialty, option (lettre d'option) ou derived (calculé)"
    )
    help: str | None = doc("aide affichée sous la question", default=None)
    choices: dict[ChoiceId, Name] = doc("choix : identifiant → libellé (pour choice et derived)", default_factory=dict)
    phrase: Name | None = doc(
        "la condition en mots, telle qu'elle suit « Si » dans la colonne « Pour qui » des pages, avec {choice} à la place "
        "de la réponse, par exemple « vous êtes {choice} » ; absent : « votre réponse à « question » est … »", default=None
    )
    phrases: dict[ChoiceId, Name] = doc(
        "pour phrase : les mots de chaque choix à la place de {choice}, par exemple scolaire: en voie scolaire "
        "(choice et derived : un par choix)", default_factory=dict
    )
    phrases_together: tuple[PhrasesTogether, ...] = doc(
        "pour phrases : les mots de plusieurs choix dits ensemble, quand ceux de chaque choix joints par « ou » se "
        "lisent mal (« au titre d'un diplôme déjà obtenu ou d'un diplôme et d'une décision de VAE ») : une entrée "
        "choices: [diploma, both] et words:",
        default=(),
    )
    asked_when: Condition = doc("n'est posée que si cette condition est remplie", default=Condition.always())
    derived_from: tuple[Identifier, ...] = doc("questions dont ce fait est calculé (kind: derived)", default=())
    yes_when: Condition | None = doc(
        "pour une question à réponse « yes » que l'on ne pose pas quand une autre réponse la donne déjà : cette réponse, "
        "par exemple {situation: repeater} pour « Avez-vous déjà présenté ce BTS ? » ; la liste personnalisée lit alors "
        "la question « yes » pour ces candidats (la raison dit d'après quelle réponse), comme la page, qui dit « yes » "
        "avec ses seuls mots (« si vous avez déjà présenté ce BTS lors d'une session précédente »), aussi dans une "
        "condition « l'une ou l'autre » (any:) de ces deux réponses",
        default=None,
    )
    order: int = doc("rang d'affichage : les questions décisives d'abord", default=100)

    def check(self, reader, path: str) -> None:
        if self.yes_when is not None and "yes" not in self.choices:
            reader.problem(
                self.where("yes_when"), f"{path}.yes_when",
                "yes_when: va avec une question dont un choix est « yes » : ajouter ce choix, ou retirer yes_when:",
            )


@dataclass(frozen=True, kw_only=True)
class QuestionsFile(Record):
    questions: dict[Identifier, Question] = doc("questions : identifiant → question")


TextKind = Literal["code", "loi", "décret", "arrêté", "note de service", "circulaire", "référentiel"]
# the kinds whose noun is feminine (« la loi … citée par », « la note de service … »): the words agree with it
FEMININE_KINDS = frozenset({"loi", "note de service", "circulaire"})
Claim = Literal["exam_adjustment", "documents_deadline", "forms", "managing_academies"]


@dataclass(frozen=True, kw_only=True)
class CitingNotice(Record):
    """A notice of this guide that cites a national text (``cited_by:`` of content/texts.yaml): the guide knows the
    text through it, and says so on the pages of the other notices (« arrêté du 13 juillet 2023, cité par la notice
    de Clermont-Ferrand (session 2024) »)."""

    academy: str = doc("identifiant de l'académie (nom de son dossier academies/), par exemple clermont-ferrand")
    session: Year = doc("année de la session de cette notice, par exemple 2024 (pas avant l'année du texte)")
    section: str = doc("où la notice cite le texte, dans ses mots, par exemple 7. Attestations de formation obligatoires")
    note: str | None = doc("précision libre pour l'équipe (jamais affichée), par exemple les mots de la notice", default=None)
    statements: tuple[str, ...] = doc(
        "quand la notice ne cite le texte que pour certaines phrases nationales de content/topics.yaml : ces phrases, "
        "« rubrique.phrase », par exemple [benefits.keep_5_years] (la notice de Toulouse, session 2024, cite l'article "
        "D643-23 pour la conservation des notes, pas pour la compensation) ; les pages des autres notices ne la disent "
        "citer le texte que sous ces phrases (absent : sous toute règle de ce texte)", default=(),
    )


@dataclass(frozen=True, kw_only=True)
class NationalText(Record):
    """A national text (code article, law, decree, order, circular…) that national content cites.

    The guide cannot read the official journal here: a text is registered when a
    notice cites it, and ``cited_by`` says which notice. Its sessions say when it
    is in force; ``validate`` refuses a text cited for a session outside them, or
    dated after that session's registration period.
    """

    title: Name = doc("le texte tel qu'il est cité dans une phrase, par exemple arrêté du 13 juillet 2023")
    kind: TextKind = doc("nature du texte : code, loi, décret, arrêté, note de service, circulaire ou référentiel")
    date: TextDate | NotGiven = doc(f"date du texte (AAAA-MM-JJ), ou {NOT_GIVEN_WORDS} si aucune notice ne la donne")
    from_session: Year | None = doc(
        "première session d'examen à laquelle le texte s'applique, par exemple 2024 (absent : en vigueur pour toutes les sessions du guide)",
        default=None,
    )
    until_session: Year | None = doc("dernière session à laquelle il s'applique (absent : encore en vigueur)", default=None)
    subject: str = doc("ce qu'il règle, en une phrase")
    cited_by: tuple[CitingNotice, ...] = doc(
        "les notices qui citent ce texte, et où : une entrée {academy: clermont-ferrand, session: 2024, section: "
        "« 7. Attestations de formation obligatoires »} par notice (d'où le guide tient son contenu) ; les pages "
        "des autres notices disent le texte « cité par » elles ; [] : aucune notice ne le cite (le titre le dit)"
    )
    cited_note: str | None = doc("précision libre sur ces citations, pour l'équipe (jamais affichée)", default=None)
    url: Url | None = doc("adresse du texte (Légifrance, Bulletin officiel), si connue", default=None)

    def cited_in(self, academy: str, year: int) -> bool:
        """The notice of ``academy`` for session ``year`` cites this text, or none does (a reference the guide added,
        whose title says so): its pages name the text as it is, without saying through which notice the guide knows it."""
        return not self.cited_by or any(c.academy == academy and c.session == year for c in self.cited_by)

    def in_force(self, year: int) -> bool:
        return (self.from_session is None or self.from_session <= year) and (self.until_session is None or year <= self.until_session)


@dataclass(frozen=True, kw_only=True)
class TextsFile(Record):
    texts: dict[Identifier, NationalText] = doc("textes nationaux : identifiant → texte")


@dataclass(frozen=True, kw_only=True)
class Statement(Record):
    """One national statement of a topic: a sentence or a short paragraph, with its national sources."""

    text: str = doc("ce que dit le texte national, en français (une phrase ou un court paragraphe)")
    sources: tuple[Identifier, ...] = doc("textes nationaux qui le disent (identifiants de content/texts.yaml)")
    wording_changed: str | None = doc(
        "quand la règle a changé depuis des mots que des notices redisent encore : ce qui a changé, avec le texte qui "
        "l'a changé (par exemple « la loi n° 2015-917 a supprimé la condition du recensement ») ; validate refuse alors "
        "replace: et drop: de cette phrase dans une session (la règle en vigueur resterait sans le dire remplacée par l'ancienne) "
        "et dit d'écrire les mots de la notice sous notice: avec after:, l'écart sous source_notes:",
        default=None,
    )
    claims: tuple[Claim, ...] = doc(
        "données de la session sur lesquelles la phrase s'appuie (exam_adjustment, documents_deadline, forms, managing_academies) : "
        "validate refuse la phrase pour une session qui ne les donne pas",
        default=(),
    )
    documents_when: Condition | None = doc(
        "pour une phrase qui dit quand fournir un document ou faire une demande (« lors de votre confirmation "
        "d'inscription », « au plus tard à la date limite d'inscription ») : la condition dans laquelle une notice demande "
        "les pièces concernées, par exemple {engagement_etudiant: \"yes\"} ; sous la phrase, l'annexe du PDF d'une notice "
        "donne la date que la notice fixe pour ses pièces demandées dans cette condition, quand ce n'est pas celle de ses "
        "pièces justificatives ou qu'elle en permet un dépôt ultérieur",
        default=None,
    )
    checklist_when: Condition | None = doc(
        "pour une phrase que la liste personnalisée doit aussi dire aux candidats qu'elle concerne (les dispositions "
        "de l'article D613-26 à un candidat en situation de handicap, par exemple {disability: \"yes\"}) : elle s'y "
        "affiche parmi les avertissements, avec ses textes, pour les sessions dont la page la montre (dans les mots de la "
        "notice quand elle la redit, replace:), sauf si une pièce de la notice la dit déjà sous elle (documents_by:)",
        default=None,
    )
    documents_by: str | None = doc(
        "avec documents_when: : les mots de la phrase qui disent quoi faire et quand (« la demande de validation est "
        "formulée par le candidat au plus tard à la date limite d'inscription à l'examen », la majuscule mise à part) ; "
        "la liste personnalisée les donne sous la pièce de la notice, à côté de la date de la notice",
        default=None,
    )

    due_at_closing: str | None = doc(
        "avec documents_when: : pour une phrase dont la date limite est celle des inscriptions à l'examen (« au plus tard "
        "à la date limite d'inscription à l'examen ») : ce qui est à faire à cette date, comme intitulé d'une date "
        "(« Demande de validation de l'épreuve facultative « engagement étudiant » ») ; quand aucune pièce de la notice "
        "n'est demandée dans cette condition (la notice ne la date pas elle-même), la page de la notice, la liste "
        "personnalisée et le calendrier donnent avec la phrase la clôture des inscriptions de la notice, dite comme la "
        "lecture du guide ; quand la notice date elle-même sa pièce mais ne donne pas sa clôture, la page (après la "
        "rubrique) et la liste personnalisée (sous la pièce) disent « Date limite d'inscription à l'examen (texte "
        "national ci-dessus) : non précisée par la notice. »",
        default=None,
    )

    def check(self, reader, path: str) -> None:
        if self.due_at_closing is not None and self.documents_when is None:
            reader.problem(
                self.where("due_at_closing"), f"{path}.due_at_closing",
                f"due_at_closing: « {self.due_at_closing} » est écrit sans documents_when: : le guide ne donne la clôture des inscriptions avec la "
                "phrase que si la notice ne demande aucune pièce dans cette condition ; écrire documents_when: (et "
                "documents_by:), ou retirer due_at_closing:",
            )
        if (self.documents_when is None) != (self.documents_by is None):
            present, absent = ("documents_when", "documents_by") if self.documents_by is None else ("documents_by", "documents_when")
            reader.problem(
                self.where(present), f"{path}.{present}",
                f"{present} est écrit sans {absent} : les deux vont ensemble (la condition des pièces que la phrase "
                f"date, et ses mots qui disent quand) ; écrire {absent}:, ou retirer {present}:",
            )
        elif self.documents_by is not None and " ".join(self.documents_by.split()).casefold() not in " ".join(self.text.split()).casefold():
            reader.problem(
                self.where("documents_by"), f"{path}.documents_by",
                f"« {self.documents_by} » n'est pas dans le texte de la phrase (text:) : documents_by: reprend ses mots "
                "exacts, ceux qui disent quand fournir la pièce ; copier ces mots depuis text:",
            )


R408_TOPIC = "r408"  # the topic shown in the R408 section, with the list, not among the other topics (« Points de vigilance »)


@dataclass(frozen=True, kw_only=True)
class Topic(Record):
    """A subject of the notices (benefits, dispensations, R408…): its title and its national statements.

    The statements shown for a session are those whose texts are in force for it;
    an academy adds what its notice says (``topics:`` of its session file).
    """

    title: Name = doc("titre de la rubrique")
    audience: Literal["all", "individual", "establishment"] = doc("public concerné : all, individual ou establishment", default="all")
    statements: dict[Identifier, Statement] = doc("phrases nationales : identifiant → phrase avec ses sources", default_factory=dict)


@dataclass(frozen=True, kw_only=True)
class TopicsFile(Record):
    topics: dict[Identifier, Topic] = doc("rubriques : identifiant → rubrique, dans l'ordre d'affichage")


@dataclass(frozen=True, kw_only=True)
class DetailCase(Record):
    """A sentence of a national document's detail for some of its candidates only: written after the detail where
    they can be asked the document in this session, and only there (Clermont-Ferrand 2024 asks the JDC certificate
    itself from 18 to 25: the national row left for the under-18s says nothing of turning 25)."""

    when: Condition = doc("les candidats que la phrase concerne")
    text: str = doc("la phrase, écrite après la précision (detail:) là où le document peut être demandé à l'un d'eux")


@dataclass(frozen=True, kw_only=True)
class NationalDocument(Record):
    """A supporting document required by a national text, listed for every session the text is in force for."""

    label: Name = doc("intitulé du document")
    when: Condition = doc("conditions dans lesquelles il est exigé", default=Condition.always())
    unless: Condition | None = doc("dispense prévue par le même texte (condition dans laquelle il n'est plus exigé)", default=None)
    sources: tuple[Identifier, ...] = doc("textes nationaux qui l'exigent (identifiants de content/texts.yaml)")
    detail: str | None = doc("précision du texte", default=None)
    detail_cases: tuple[DetailCase, ...] = doc(
        "phrases de la précision pour certains candidats seulement (when:, text:) : écrites là où le document peut être "
        "demandé à l'un d'eux, pas sur une ligne qui ne s'adresse plus à eux", default=()
    )
    replaces: Identifier | None = doc(
        "document national qu'il remplace (par exemple la dispense RQTH remplace l'attestation R408) : il est à déposer à la "
        "date de la pièce de la notice qui reprend ce document (covers:) quand elle en a une à elle et vaut pour tous les "
        "candidats concernés (le site dit que c'est le choix du guide), sinon à la date limite de dépôt des pièces",
        default=None,
    )


@dataclass(frozen=True, kw_only=True)
class DocumentsFile(Record):
    documents: dict[Identifier, NationalDocument] = doc("documents nationaux : identifiant → document")


@dataclass(frozen=True, kw_only=True)
class SpecialtiesFile(Record):
    specialties: dict[Identifier, Specialty] = doc("spécialités : identifiant → spécialité")


@dataclass(frozen=True, kw_only=True)
class RegulationsFile(Record):
    r408_lists: dict[Identifier, R408List] = doc("listes R408 nationales : identifiant → liste")


@dataclass(frozen=True, kw_only=True)
class ChecklistWarning(Record):
    """A warning the checklist shows when its condition holds (``content/checklist.yaml``)."""

    title: Name = doc("titre de l'avertissement")
    text: str = doc("texte de l'avertissement, en français")
    page_text: str | None = doc(
        "le même avertissement tel qu'une page le dit à tous ses lecteurs, quand text: s'adresse à une réponse de la liste "
        "personnalisée (« Vous avez indiqué … ») : la page de la notice et l'annexe de son PDF le donnent ainsi quand le "
        "fichier de la session le place sans les mots de la notice (text:) ; sans page_text:, le text:",
        default=None,
    )
    when: Condition = doc("conditions dans lesquelles il s'affiche (« {} » ou sans when: : toujours)", default=Condition.always())
    from_notice_data: bool = doc(
        "true pour un avertissement tiré des données de la notice elle-même (par exemple un département hors de la liste de l'académie)",
        default=False,
    )
    sources: tuple[Identifier, ...] = doc(
        "textes nationaux qui le fondent (content/texts.yaml) ; sans source nationale ni from_notice_data:, l'avertissement "
        "ne s'affiche que pour les sessions qui l'activent (warnings: de leur fichier, avec l'endroit de la notice)",
        default=(),
    )


@dataclass(frozen=True, kw_only=True)
class ChecklistFile(Record):
    warnings: dict[Identifier, ChecklistWarning] = doc("avertissements de la liste personnalisée : identifiant → avertissement")


@functools.lru_cache(maxsize=4096)
def _typeset(text: str) -> str:
    """``french.typography`` of an interface text, once per distinct text (pages use the same texts thousands of times)."""
    return typography(text)


def _split(template: str, escape: Callable[[str], str] | None) -> tuple[tuple[str, str | None], ...]:
    """``template`` as pieces: (words escaped by ``escape``, None) and ("", placeholder's name)."""
    out, last = [], 0
    for m in PLACEHOLDER.finditer(template):
        words = template[last:m.start()]
        out.append((escape(words) if escape is not None and words else words, None))
        out.append(("", m.group(1)))
        last = m.end()
    words = template[last:]
    out.append((escape(words) if escape is not None and words else words, None))
    return tuple(out)


@functools.lru_cache(maxsize=8192)
def _pieces(text: str, escape: Callable[[str], str] | None) -> tuple[tuple[str, str | None], ...] | None:
    """The pieces of an interface text (``_split`` of its typography) for ``escape``, kept per text and escape; None
    for a text with plural forms, whose words depend on the values."""
    template = _typeset(text)
    if PLURAL.search(template):
        return None
    return _split(template, escape)


@dataclass(frozen=True, kw_only=True)
class InterfaceGroup(Record):
    """The texts of one page or section (``content/interface.yaml``)."""

    about: str = doc("où ces textes s'affichent (pour l'équipe ; jamais affiché)")
    texts: dict[Identifier, InterfaceText] = doc(
        "textes : identifiant → texte en français ; chaque {paramètre} entre accolades est remplacé "
        "par une valeur de la notice et doit rester (voir le commentaire en tête du fichier)"
    )


@dataclass(frozen=True, kw_only=True)
class InterfaceFile(Record):
    """Every candidate-facing sentence and label of the site and of the checklist's command line.

    The code asks for a text by ``"group.id"`` with the values of its
    placeholders (``generator.interface.TEXTS`` lists them); the YAML says the words.
    """

    groups: dict[Identifier, InterfaceGroup] = doc("groupes de textes, par page ou rubrique : identifiant → groupe")

    def text(self, key: str, **values: object) -> str:
        """The text ``key`` (« group.id ») with its ``{placeholders}`` replaced by ``values``.

        The key and the placeholders must be those of ``generator.interface.TEXTS``
        (a mismatch is a bug of the code, raised); the YAML was checked against
        the same table (``checks.check_interface``); ``render`` raises the mismatch.
        """
        return self.render(key, None, **values)

    def render(self, key: str, escape: Callable[[str], str] | None, **values: object) -> str:
        """Like ``text``, for an output with its own syntax (Markdown, HTML).

        ``escape`` is applied to the words of the template (typography applied
        first), never to the values, which the caller gives already escaped for
        that output; ``None`` leaves the words as written (plain text: command
        line, calendars).
        """
        expected = interface_placeholders(key)
        if set(values) != set(expected):
            raise ValueError(f"interface text {key}: values {sorted(values)} given, {sorted(expected)} expected")
        group, _, name = key.partition(".")
        pieces = _pieces(self.groups[group].texts[name], escape)
        if pieces is None:  # « {count|pièce|pièces} »: the words depend on the values
            pieces = _split(plural_forms(_typeset(self.groups[group].texts[name]), values), escape)
        return "".join(words if placeholder is None else str(values[placeholder]) for words, placeholder in pieces)

    def listed(self, comma_key: str, last_key: str, items: list[str]) -> str:
        """« a, b ou c »: ``items`` joined by ``comma_key`` (« {before}, {after} »), the last one by ``last_key``
        (« {before} ou {after} »); one item as it is, none: empty."""
        if len(items) < 2:
            return "".join(items)
        return self.text(last_key, before=self.join(comma_key, items[:-1]), after=items[-1])

    def join(self, key: str, items: list[str]) -> str:
        """``items`` joined by the text ``key`` (« {before} ou {after} »), like ``str.join``."""
        if not items:
            return ""
        result = items[0]
        for item in items[1:]:
            result = self.text(key, before=result, after=item)
        return result
