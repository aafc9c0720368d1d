"""One exam session of one academy, as its notice gives it.

Read from ``academies/<slug>/<year>.yaml``. Everything a notice says that may
change from one session to the next lives here: dates, who registers how, the
CYCLADES steps, supporting documents, local rules and contacts.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from typing import Iterable, Literal

from ..french import cut_pieces, date_words
from ..schema import Record, doc
from ..problems import Location, quote
from .academy import REVIEWED_DOC, Office, Reviewed
from .conditions import Condition
from .specialties import ManagingAcademy, R408Notice, SpecialtyRef
from .values import MONTHS_FR, NOT_GIVEN, academic_year_bounds, WEEKDAYS_FR, NOT_GIVEN_WORDS, ChoiceId, Date, Email, Identifier, Moment, Name, NotGiven, Phone, Url, Year, given

Audience = Literal["individual", "establishment", "both"]


class NoticeUrl(str):
    """Where a notice is published: a web address, or « non précisé » (or « non précisé par la
    notice ») when no public address is known (the notice was received as a file)."""

    _UNKNOWN = re.compile(r"non\s+pr[ée]cis[ée]e?s?(\s+par\s+la\s+notice)?", re.IGNORECASE)

    @classmethod
    def parse(cls, text: str):
        if cls._UNKNOWN.fullmatch(" ".join(text.split())):
            return NOT_GIVEN
        return Url.parse(text)

NG = NOT_GIVEN_WORDS
# The parts of a notice that session.layout orders (with the ids of its topics): the print version follows it.
LAYOUT_PARTS = ("who", "steps", "documents", "r408", "exam_adjustment", "forms", "contacts", "links", "novelties")
HowToRegister = Literal["individual", "establishment", "elsewhere"]


MONTH_NAMES = tuple(next(name for name, n in MONTHS_FR.items() if n == i) for i in range(1, 13))  # « février », not « fevrier »


def orphan_sub_items(text: str) -> tuple[str, ...]:
    """The sub-items of a text with no item right above them: a list line (« - … ») indented with no list line
    before it in its paragraph (generator/site/text.py ``md_outline`` nests an indented line under that item)."""
    orphans, after_item = [], False
    for line in text.splitlines():
        words = line.strip()
        is_item = words.startswith("- ")
        if is_item and line[:1].isspace() and not after_item:
            orphans.append(words)
        after_item = is_item
    return tuple(orphans)


def letterhead_date_forms(date) -> tuple[re.Pattern, re.Pattern]:
    """The forms a letterhead writes ``date`` in, a weekday before it or not: in words (« 16 octobre 2023 », « 1er
    décembre 2023 »; groups: weekday, its space, day, « er », space, month, space) and in figures (« 16/10/2023 »;
    groups: weekday, its space, day, separator, month, separator). validate reads them (``letterhead_dates``),
    new-session moves them (``staff.rollover.letterhead_date_spans``)."""
    weekday = r"(?:(" + "|".join(WEEKDAYS_FR) + r")(\s+))?"
    day = rf"(?<!\d)(0?{date.day})"
    months = "|".join(re.escape(name) for name, n in MONTHS_FR.items() if n == date.month)
    return (
        re.compile(weekday + day + ("((?:er)?)" if date.day == 1 else "()") + rf"(\s+)({months})(\s+){date.year}(?!\d)", re.IGNORECASE),
        re.compile(weekday + day + rf"([/.])(0?{date.month})([/.]){date.year}(?!\d)", re.IGNORECASE),
    )


def letterhead_dates(text: str, date) -> bool:
    """The letterhead writes ``date``: « 16 octobre 2023 », « 1er décembre 2023 » or « 16/10/2023 »."""
    return any(form.search(text) for form in letterhead_date_forms(date))


@dataclass(frozen=True, kw_only=True)
class Contents(Record):
    """A notice's table of contents (« SOMMAIRE »), as it writes it."""

    title: Name = doc("son titre tel que la notice l'écrit, ses majuscules comprises, sans « », par exemple SOMMAIRE (quotes le compare à la notice)")
    entries: str = doc(
        "ses lignes, une par entrée, chacune commençant par « - » (« - I- Candidats concernés par l'inscription ») ; une "
        "entrée rangée sous celle du dessus (« Annexe 1 : … » sous « V- Annexes ») commence par deux espaces puis « - »"
    )

    def lines(self) -> tuple[tuple[int, str], ...]:
        """Each entry: (its level, 0 or 1, its words)."""
        return tuple(
            (1 if line.startswith("  ") else 0, line.strip()[2:].strip())
            for line in self.entries.splitlines()
            if line.strip()
        )

    def check(self, reader, path: str) -> None:
        previous = None
        for line in (line for line in self.entries.splitlines() if line.strip()):
            indent = len(line) - len(line.lstrip(" "))
            words = line.strip()
            if not words.startswith("- ") or not words[2:].strip():
                fix = "commencer la ligne par « - » (deux espaces avant pour une entrée rangée sous celle du dessus)"
            elif indent not in (0, 2):
                fix = f"{indent} espaces avant « - » ; le sommaire a deux niveaux : aucun espace, ou deux pour une entrée rangée sous celle du dessus"
            elif indent == 2 and previous is None:
                fix = "la première entrée ne peut pas être rangée sous une autre : retirer les deux espaces du début"
            else:
                previous = line
                continue
            reader.problem(self.where("entries"), f"{path}.entries", f"entrée du sommaire illisible « {words} » : {fix}")
            return


@dataclass(frozen=True, kw_only=True)
class SessionInfo(Record):
    """The session and its registration window."""

    year: Year = doc("année de l'examen (session), par exemple 2024")
    audience: Audience = doc("public de la notice : individual (candidats individuels), establishment (établissements) ou both (les deux)")
    title: Name | NotGiven = doc(f"titre de la notice, ou {NG}")
    notice_date: Date | None = doc("date de la notice, si elle est datée", default=None)
    reference: str | None = doc("texte réglementaire cité en tête de notice", default=None)
    reference_label: str | None = doc(
        "le mot par lequel la notice introduit ce texte, par exemple Réf. : le PDF de la notice imprime « Réf. : » et le "
        "texte, à la place de « Texte de référence : » (la page web garde ses mots)", default=None,
    )
    letterhead: str | None = doc(
        "l'en-tête de la notice, dans ses mots et ses lignes (lieu et date, nature du document, objet), par exemple "
        "« Nantes, le 16 octobre 2023 », « Note d'information », « Objet : BTS - session 2024 – … » : le PDF de la notice "
        "l'imprime en tête, à la place de la date de la notice (notice_date:), et du titre (title:) et de residence: "
        "quand l'en-tête les dit ; il doit donner la date de notice_date: (la page web garde son en-tête)", default=None,
    )
    opening: Moment | NotGiven = doc(f"ouverture des inscriptions : AAAA-MM-JJ HH:MM, AAAA-MM-JJ si la notice ne donne pas l'heure, ou {NG}")
    closing: Moment | NotGiven = doc(f"clôture des inscriptions : AAAA-MM-JJ HH:MM, AAAA-MM-JJ si la notice ne donne pas l'heure, ou {NG}")
    dates_note: str | None = doc("précision sur les dates d'inscription, dans les mots de la notice", default=None)
    residence: str | None = doc(
        "ce que la notice dit des départements de résidence des candidats, dans ses mots (le PDF de la notice l'imprime ; "
        "la page web donne le tableau national des départements) ; à n'écrire que si la notice dit que l'on s'inscrit "
        "dans l'académie où l'on réside, ou qu'elle ne s'adresse qu'aux candidats qui résident dans ses départements "
        "(un seul passage, qui se lit seul : la liste personnalisée le cite sous la question du département, et la page "
        "d'accueil nomme la notice) ; la liste personnalisée ne donne alors pas de liste au candidat d'un autre "
        "département qui s'inscrit lui-même, et le renvoie à son académie ; sans residence:, elle lui donne la liste "
        "et lui dit de quelle académie relève son département", default=None
    )
    categories_as_written: str | None = doc(
        "la partie de la notice sur les catégories de candidats, dans ses mots et sa forme (une phrase qui introduit "
        "la liste, deux catégories dans une phrase, « SINON »…), quand la liste who: ne la redit pas telle quelle : "
        "le PDF de la notice l'imprime à la place de cette liste (la page web et la liste personnalisée gardent who:) ; "
        "une ligne qui commence par « - » est un point de liste, et une telle ligne en retrait juste sous un point en est "
        "un sous-point (un niveau au plus) ; la liste personnalisée y lit l'intitulé d'une catégorie (label: de who:) tel "
        "que la notice l'écrit, ses capitales, au début d'une ligne, pour le citer entre « » (sinon, elle le dit intitulé "
        "du guide)", default=None,
    )
    contents_as_written: Contents | None = doc(
        "le sommaire de la notice, quand elle en a un, dans ses mots (title: son titre, entries: ses entrées, une par ligne "
        "commençant par « - ») : le PDF de la notice l'imprime là où elle l'imprime, après ses dates d'inscription et avant "
        "sa première partie ; la page web n'en a pas (ses titres sont ceux du guide)", default=None,
    )
    steps_as_written: str | None = doc(
        "les étapes de l'inscription dans les mots et la forme de la notice, quand elle ne les donne pas une par une "
        "sous des titres (une liste numérotée « 1. Création d'un compte… » puis les paragraphes qui la suivent) : le "
        "PDF de la notice l'imprime à la place des étapes steps: (la page web et la liste personnalisée gardent steps:) ; "
        "la phrase qui annonce la liste (« L'inscription sur Cyclades se fait en 4 étapes : ») va dans lead_as_written:, "
        "que la page web montre aussi",
        default=None,
    )
    age_reference_date: Date | None = doc(
        "date à laquelle la notice apprécie l'âge du candidat (règle JDC), si elle en donne une ; sinon, celle que retient le "
        "guide : le premier jour des inscriptions", default=None)
    age_reference_note: str | None = doc("ce que la notice dit de cette date ; si elle n'en donne pas, pourquoi le guide la retient", default=None)
    age_reference_by_guide: bool = doc(
        "true quand la notice ne donne pas cette date et que le guide la retient (age_reference_note dit pourquoi) : la "
        "liste personnalisée le dit à chaque raison qui dépend de l'âge", default=False)
    source: str = doc(
        "le document d'où viennent les données, pour le retrouver : le nom du fichier de la notice reçu ou téléchargé "
        "(par exemple notice-inscription-bts-2025.pdf) ou son chemin ; n'est pas publié (l'adresse publique de la notice "
        "va dans notice_url)"
    )
    notice_url: NoticeUrl | NotGiven | None = doc(
        "adresse publique de la notice officielle (https://…, PDF ou page du site de l'académie), ou non précisé quand "
        "elle n'en a pas de connue ; le guide la donne en lien à côté de CYCLADES", default=None
    )
    layout: tuple[Identifier, ...] = doc(
        "ordre des parties dans la notice, que son PDF suit : parmi " + ", ".join(LAYOUT_PARTS) + " et les identifiants de "
        "topics: ; les parties non citées suivent, dans l'ordre du guide (vide : l'ordre du guide) ; novelties: seulement si "
        "la notice a une rubrique des nouveautés (sinon le PDF ne l'imprime pas : la notice dit ses nouveautés à leur place)", default=()
    )
    web_only: tuple[Identifier, ...] = doc(
        "parties (" + ", ".join(LAYOUT_PARTS) + ") et rubriques (identifiants de topics:) que la page web montre mais "
        "que le PDF de la notice n'imprime pas, parce que la notice ne les contient pas telles quelles : écrites par le "
        "guide pour les candidats à partir d'autres rubriques (les étapes du candidat d'une notice destinée aux "
        "établissements), ou redisant ce que la notice dit ailleurs (une liste déjà dans celle des pièces) ; steps ici : "
        "la page web et la liste personnalisée disent de chaque étape « Reformulé par le guide d'après la notice de "
        "l'académie — … » (le guide l'a écrite dans ses mots, pas dans ceux de la notice) ; who ici : « Qui s'inscrit et "
        "comment » finit par « (tableau établi par le guide d'après la notice) », et la liste personnalisée donne "
        "l'intitulé de la catégorie du candidat pour celui du guide, sans « »", default=()
    )
    documents_by_route: bool = doc(
        "true quand la liste des pièces de la notice a une colonne par voie de formation (scolaire, apprentissage, "
        "formation continue), cochée pour chaque pièce : le PDF de la notice la reproduit ainsi, une croix dans la "
        "colonne de chaque voie pour laquelle la pièce est demandée (la page web garde sa colonne « Pour qui »)",
        default=False,
    )
    headings: dict[Identifier, Name] = doc(
        "titres tels que la notice les écrit, pour les parties (" + ", ".join(LAYOUT_PARTS) + ") et les rubriques "
        "(identifiants de topics:) qu'elle titre autrement que le guide, par exemple documents: « Annexe 1 : Pièces "
        "justificatives à téléverser sur Cyclades » : le PDF de la notice les imprime à la place des titres du guide "
        "(la page web garde ceux du guide, les mêmes pour toutes les académies) : les écrire tels que la notice les écrit, "
        "ses majuscules et ses accents compris, sans « » (quotes les compare à la notice) ; celui de steps: est aussi, sur la page web "
        "et dans la liste personnalisée, la source des étapes quand aucune n'a de section_as_written: (« Notice de l'académie — « titre » ») : "
        "n'y écrire que le titre de la partie où la notice donne toutes ses étapes, tel qu'elle l'écrit (ses majuscules), "
        "sans « » ; le guide l'y met entre « »", default_factory=dict,
    )
    sections_as_written: dict[Identifier, tuple[Name, ...]] = doc(
        "les titres de la notice au-dessus d'une partie (" + ", ".join(LAYOUT_PARTS) + ") ou d'une rubrique (identifiant "
        "de topics:), quand la notice range plusieurs parties sous ses propres titres : le chemin complet, du plus haut "
        "au plus bas, par exemple passing_form: [IV. POINTS DE VIGILANCE, 1- Lors de l'inscription] ; le PDF imprime "
        "ceux qui ne sont pas déjà ouverts, et la partie sous eux ; les parties suivantes restent sous ces titres "
        "jusqu'au chemin suivant ([] : plus aucun) ; le titre de la partie qui précède (headings:) compte comme ouvert ; "
        "trois titres au plus ; le plus bas des titres ouverts au-dessus des étapes est aussi leur source sur la page web et "
        "dans la liste personnalisée (« Notice de l'académie — « II. LA PROCÉDURE D'INSCRIPTION » ») : l'écrire tel que la "
        "notice l'écrit, ses majuscules et ses accents compris, sans « » (quotes les compare à la notice)", default_factory=dict,
    )
    lead_as_written: dict[Identifier, str] = doc(
        "les mots que la notice écrit en tête d'une partie (" + ", ".join(LAYOUT_PARTS) + ") ou d'une rubrique (identifiant "
        "de topics:) à la place d'un titre, une phrase qui l'annonce, par exemple steps: « L'inscription à l'examen se fait en "
        "TROIS TEMPS : » : le PDF les imprime en paragraphe, sans titre au-dessus ; la page web les donne sous le titre du guide",
        default_factory=dict,
    )
    untitled: tuple[Identifier, ...] = doc(
        "parties et rubriques que la notice ne titre pas (son texte suit celui de la partie précédente, ou le titre "
        "de sections_as_written:) : le PDF les imprime sans titre", default=(),
    )
    checked: Date | None = doc("date à laquelle l'équipe a vérifié ce fichier sur la notice pour la dernière fois (AAAA-MM-JJ)", default=None)

    @property
    def closing_not_after_opening(self) -> bool:
        """Both dates given and the closing not after the opening: a problem ``checks.check_session`` reports, and a
        window ``provenance.check_session_provenance`` does not check national texts against."""
        opening, closing = given(self.opening), given(self.closing)
        return opening is not None and closing is not None and closing.end() <= opening.start()

    def open_headings(self, order: Iterable[str]) -> tuple[tuple[str, ...], ...]:
        """The notice's headings open above each part of ``order`` (the notice's parts in the order it prints them),
        from the highest to the lowest: the part's own path (sections_as_written:), else the path of the last part
        before it that has one, which stays open for the parts after it until the next path ([] closes them all).
        The one walk of these paths, in the PDF's order (notice_view.pdf_order: layout:, then the parts layout: leaves
        out): the PDF's headings (notice_view._under_the_notice_s_headings) and the checklist's steps' place
        (notice_view.pdf_headings_above)."""
        paths, open_path, out = self.sections_as_written, (), []
        for name in order:
            if name in paths:
                open_path = tuple(paths[name])
            out.append(open_path)
        return tuple(out)

    def check(self, reader, path: str) -> None:
        if self.age_reference_by_guide and not (self.age_reference_date and self.age_reference_note):
            reader.problem(
                self.where("age_reference_by_guide"), f"{path}.age_reference_by_guide",
                "age_reference_by_guide: true dit que le guide retient la date de l'âge : écrire cette date "
                "(age_reference_date: AAAA-MM-JJ) et pourquoi le guide la retient (age_reference_note:), ou retirer "
                "age_reference_by_guide: si la notice donne la date",
            )
        if self.reference_label and not self.reference:
            reader.problem(
                self.where("reference_label"), f"{path}.reference_label",
                f"« {self.reference_label} » introduit le texte de référence de la notice, mais reference: n'est pas "
                "écrit : écrire reference: (le texte que la notice cite, par exemple Décret n°2013-756 du 19 août 2013), "
                "ou retirer reference_label:",
            )
        for line in orphan_sub_items(self.categories_as_written or ""):
            reader.problem(
                self.where("categories_as_written"), f"{path}.categories_as_written",
                f"la ligne en retrait « {line} » est un sous-point, mais aucun point de liste (une ligne qui commence "
                "par « - ») ne la précède directement : le PDF ne saurait sous quel point l'imprimer ; l'écrire sans "
                "retrait (un point de la liste), ou la placer juste sous le point dont elle dépend, sans ligne vide entre eux",
            )
        if self.letterhead and self.notice_date is not None and not letterhead_dates(self.letterhead, self.notice_date):
            d = self.notice_date
            written = f"{'1er' if d.day == 1 else d.day} {MONTH_NAMES[d.month - 1]} {d.year}"
            message = (f"l'en-tête ne donne pas la date de la notice (notice_date: {d.isoformat()}, « {written} ») ; le PDF "
                       "l'imprime à la place de cette date : écrire la date telle que la notice l'écrit en tête, ou corriger notice_date:")
            if self.verify:
                # a session prepared by new-session (its record marked): notice_date moved, or corrected by hand, and
                # the letterhead's date not found in a form new-session moves (rollover.letterhead_date_spans), or not
                # yet corrected: one more thing to check, as a weekday quoted by a marked record is
                # (checks.check_words_weekdays); publication refuses the draft anyway
                reader.problems.warn(self.where("letterhead"), f"{path}.letterhead", f"{message} {draft_words(self.year)}",
                                     kind="verify")
            else:
                reader.problem(self.where("letterhead"), f"{path}.letterhead", message)


@dataclass(frozen=True, kw_only=True)
class Contact(Office):
    """A contact the notice gives (besides the academy's exam office)."""

    listed: bool = doc(
        "false quand la notice donne ce contact dans son texte (par exemple dans une précision sur le positionnement), "
        "pas dans ses contacts : la page web le donne avec les autres, le PDF de la notice le laisse là où la notice le "
        "dit", default=True,
    )
    of_exam_office: bool = doc(
        "true quand la notice donne ce contact comme quelqu'un du bureau des examens (la personne qui suit le dossier, "
        "qu'elle nomme sous son bureau : « Bureau DEC 4-1 », puis « dossier suivi par : … ») : la page web, la liste "
        "personnalisée, la ligne de commande et le PDF le donnent sous ce bureau, pas comme un autre contact ; "
        "validate le refuse quand la session n'a pas de bureau des examens", default=False,
    )


@dataclass(frozen=True, kw_only=True)
class Deadline(Record):
    """A dated step of the session: documents deadline, later deposits, processing date…"""

    label: Name = doc("ce qui doit être fait avant cette date, en français, par exemple Dépôt des pièces justificatives")
    at: Moment | NotGiven = doc(
        f"date-heure (AAAA-MM-JJ HH:MM), date seule (AAAA-MM-JJ) si la notice ne donne pas l'heure, ou {NG} ; "
        "pour une heure qui existe deux fois (changement d'heure d'automne), ajouter le décalage : 2023-10-29 02:30+01:00"
    )
    kind: Literal["deadline", "information"] = doc("deadline (date limite) ou information (date de traitement, de publication)", default="deadline")
    at_the_latest: bool = doc(
        "true pour une date donnée pour information (kind: information) que la notice donne comme une limite, par "
        "exemple « sera traitée au plus tard le mercredi 10 janvier 2024 » : le guide l'écrit « au plus tard le … » "
        "(une date limite, kind: deadline, l'écrit toujours ainsi)", default=False,
    )
    words: str | None = doc("les mots exacts de la notice quand ils sont ambigus", default=None)
    note: str | None = doc(
        "précision ou interprétation retenue : la note du guide sur cette date, que chaque sortie (page, liste "
        "personnalisée, ligne de commande, calendrier ; l'annexe du PDF) donne après les mots de la notice, précédée de "
        "« Note du guide : » (sa première lettre y passe en minuscule)", default=None)
    as_written: str | None = doc(
        "la date telle que la notice l'écrit, quand le guide l'écrit autrement (sa lecture, note:, ou d'autres mots), par "
        "exemple « avant le 21 novembre 2023 » : le PDF de la notice l'imprime à la place de la date que le guide calcule, "
        "et son annexe sous « Mots de la notice » ; mot pour mot, chaque coupure marquée « […] » (avec words:, chaque "
        "morceau entre deux « […] » doit se trouver dans words:)",
        default=None,
    )
    precedes_closing: bool = doc("true si la notice fixe volontairement cette date avant la clôture des inscriptions", default=False)
    day_by_guide: bool = doc(
        "true quand la notice n'écrit pas ce jour et que le guide le déduit de ses mots (par exemple « à la date limite "
        "d'inscription », qu'elle ne date pas) : note: dit comment ; la frise et le calendrier marquent alors « date "
        "retenue par le guide » (sans ce champ, un jour que words: écrit autrement est déjà marqué)",
        default=False,
    )
    strict: bool = doc(
        "true si la notice dit de cette date « délai de rigueur » (la page écrit alors « délai de rigueur » après la "
        "date, puis « Aucun dépôt hors délai n'est accepté. ») ; une autre formule (« Aucune inscription hors délai ne "
        "sera acceptée. ») se cite dans words:, sans strict:",
        default=False,
    )

    def check(self, reader, path: str) -> None:
        self._check_as_written(reader, path)
        if self.day_by_guide and not self.note:
            reader.problem(
                self.where("day_by_guide"), f"{path}.day_by_guide",
                "day_by_guide: true dit que le jour est une lecture du guide : écrire dans note: comment le guide le retient "
                "(les mots de la notice, et pourquoi ce jour), ou retirer day_by_guide: si la notice écrit ce jour",
            )
        if self.at_the_latest and self.kind == "deadline":
            reader.problem(
                self.where("at_the_latest"), f"{path}.at_the_latest",
                "at_the_latest: ne s'écrit que pour une date donnée pour information (kind: information) ; une date limite "
                "(kind: deadline, la valeur par défaut) s'écrit déjà « au plus tard le … » : retirer at_the_latest:, ou "
                "écrire kind: information si la notice donne cette date pour information",
            )


    def _check_as_written(self, reader, path: str) -> None:
        """The date as the notice writes it (``as_written:``) is the notice's words, verbatim, each cut marked « […] »:
        beside the notice's words for that date (``words:``), each of its pieces is among them (read55 M2:
        Clermont-Ferrand 2024's « … à l'examen, le mercredi 15 novembre 2023 » left out « concerné, soit pour le
        brevet de technicien supérieur, » unmarked, printed under « Mots de la notice » in the PDF's annex)."""
        if not self.words or not self.as_written:
            return
        said = _verbatim(self.words)
        pieces = cut_pieces(self.as_written)
        for piece in pieces:
            piece = " ".join(piece.split())
            if piece.strip(" ,;:.") and _verbatim(piece) not in said:
                words = " ".join(self.words.split())
                at = self.where("words")
                advice = _numbers_apart(_verbatim(piece), said, _file_year(reader.file), at.line if at else None,
                                        alone=len(pieces) == 1)
                if advice is None:
                    advice = ("as_written: reprend la notice mot pour mot, et le PDF l'imprime sous « Mots de la notice » : "
                              "recopier ces mots comme la notice les écrit, en marquant « […] » chaque passage laissé de "
                              "côté ; s'ils viennent d'un autre passage de la notice, l'ajouter à words: après « […] »")
                reader.problem(
                    self.where("as_written"), f"{path}.as_written",
                    f"« {piece} » ne se trouve pas tel quel dans words:, les mots de la notice pour cette date "
                    f"(« {words} ») ; {advice}",
                )
                return


def draft_words(year: int | None) -> str:
    """What a draft's point « à vérifier » adds to a check's message on words carried over from the previous notice:
    the notice to take the new words from, named by the draft's own session (staff71: « à remplacer par ceux de la
    nouvelle » said of a draft written to archive a past session, whose notice is not new; new-session's verify: lines
    name it so, ``rollover.Rolled.notice``)."""
    if year is None:  # (a file not named by its year: the words without it, review71 L7)
        return "(mots de la notice précédente, à remplacer par ceux de la notice de cette session)"
    return f"(mots de la notice précédente, à remplacer par ceux de la notice de la session {year})"


def _file_year(file: str) -> int | None:
    """The session year a session file is named by (« academies/toulouse/2024.yaml »: 2024), None otherwise."""
    stem = re.split(r"[\\/]", file)[-1].split(".")[0]
    return int(stem) if re.fullmatch(r"\d{4}", stem) else None


_NUMBERS_AND_DAYS = re.compile(r"(\d+|(?i:\b(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\b))")
"""What a notice's words for a date change from one session to the next: its numbers and its weekdays."""


def _numbers_apart(piece: str, words: str, year: int | None, line: int | None = None, alone: bool = True) -> str | None:
    """For an ``as_written:`` piece not among its ``words:`` (both as compared, ``_verbatim``) that is there but for
    its numbers and weekdays (« … MERCREDI 22 NOVEMBRE 2023 » beside « … MARDI 22 NOVEMBRE 2022 … »): which of the two to mend, and how; None when
    more than numbers (and weekdays) differ. A staff walk (staffwalk60 L): the 2024 file's words: left from last year's notice while
    as_written: was updated was told to copy « ces mots » (the old ones) into as_written:. The one whose years fall in
    the session's year (the file's name) is taken as the notice's; the other, as left from the previous notice. ``alone``:
    the piece is the whole of as_written: (no « […] »), given whole to write; else that piece's words to replace in it, the
    other pieces kept (review86: « écrire as_written: <this piece> » dropped the others)."""
    parts = _NUMBERS_AND_DAYS.split(piece)
    pattern = "".join(_NUMBERS_AND_DAYS.pattern if i % 2 else re.escape(part) for i, part in enumerate(parts))
    found = re.search(pattern, words)
    if found is None:
        return _words_of_another_year(piece, words, year, line)
    pairs = [(w, p) for w, p in zip(found.groups(), parts[1::2]) if w != p]
    if not pairs:
        return None
    def said(numbers) -> str:
        return " et ".join(f"« {n} »" for n in numbers)
    apart = f"words: écrit {said(w for w, _ in pairs)} où as_written: écrit {said(p for _, p in pairs)}"
    def years(numbers) -> set[int]:
        return {int(n) for n in numbers if len(n) == 4 and n[:2] in ("19", "20")}
    in_words, in_written = years(w for w, _ in pairs), years(p for _, p in pairs)
    if year is not None and in_words and in_written:
        window = {year - 1, year}
        first, last = academic_year_bounds(year)
        span = f"de l'année de la session {year} (du {date_words(first)} au {date_words(last)})"
        if in_written <= window and not in_words & window:
            return (f"{apart} : {', '.join(map(str, sorted(in_words)))} est hors {span} ; words: est-il resté de la "
                    f"notice précédente ? recopier dans words:{f' (ligne {line})' if line else ''} les mots de la notice de cette session pour cette date "
                    "(as_written: en reprend un passage mot pour mot : il n'y a pas à y remettre les anciens mots)")
        if in_words <= window and not in_written & window:
            write = (f"écrire as_written: {_yaml_plain(found.group(0))}" if alone
                     else f"remplacer dans as_written: « {piece} » par « {found.group(0)} », ses autres passages gardés")
            return (f"{apart} : {', '.join(map(str, sorted(in_written)))} est hors {span} ; as_written: est-il resté de la "
                    f"notice précédente ? {write} (les mots de words:, ceux de la notice de cette session)")
    return (f"{apart} : as_written: reprend mot pour mot les mots de la notice (words:) ; corriger celui des deux qui ne "
            "suit pas la notice de cette session")



def _words_of_another_year(piece: str, words: str, year: int | None, line: int | None) -> str | None:
    """An as_written: piece whose wording is not words:'s either, when every year words: writes is out of the session's
    year and every year of the piece in it: words: left from the previous notice, the new notice reworded (review86 M:
    « … avant le 21 novembre 2023 » beside words: « … au plus tard le 21 novembre 2022. » was told « recopier ces mots
    comme la notice les écrit », the old words into as_written:). None otherwise."""
    def years(text: str) -> set[int]:
        return {int(n) for n in re.findall(r"(?<!\d)(?:19|20)\d\d(?!\d)", text)}
    in_words, in_written = years(words), years(piece)
    if year is None or not in_words or not in_written:
        return None
    window = {year - 1, year}
    if not in_written <= window or in_words & window:
        return None
    first, last = academic_year_bounds(year)
    return (f"words: écrit {', '.join(map(str, sorted(in_words)))}, hors de l'année de la session {year} (du {date_words(first)} "
            f"au {date_words(last)}), où as_written: écrit {', '.join(map(str, sorted(in_written)))} ; words: est-il resté de la "
            f"notice précédente ? recopier dans words:{f' (ligne {line})' if line else ''} les mots de la notice de cette session "
            "pour cette date, puis vérifier qu'as_written: en reprend un passage mot pour mot (il n'y a pas à y remettre les "
            "anciens mots)")

def _yaml_plain(text: str) -> str:
    """``text`` as a YAML value to paste after « as_written: »: as it is, or between double quotes when YAML would read it
    otherwise (« : » or « # » inside, a sign YAML reads at the start)."""
    if re.search(r":\s|\s#|:$", text) or text[:1] in "[]{}&*!|>'\"%@`,?:-#":
        return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'
    return text


def _verbatim(text: str) -> str:
    """A text of the notice as compared word for word: its spaces (no-break ones, line breaks) folded, its bold
    markers (« ** ») dropped."""
    return " ".join(text.replace("**", "").split())


@dataclass(frozen=True, kw_only=True)
class Category(Record):
    """A category of candidates and how they register."""

    situation: Identifier = doc("identifiant de la situation (choix de la question situation de content/questions.yaml)")
    how: HowToRegister | NotGiven = doc(
        f"individual (sur CYCLADES lui-même), establishment (par son établissement), elsewhere (autre démarche que la notice "
        f"nomme) ou {NG} (la notice nomme ces candidats sans dire comment ils s'inscrivent)"
    )
    label: Name = doc("intitulé de la catégorie tel que la notice le donne")
    detail: str | None = doc(
        "précisions de la notice pour cette catégorie, dans ses mots ; écrites après detail: |-, chaque ligne du texte est "
        "une ligne sur la page (colonne Précisions), dans son PDF et dans la liste personnalisée : une ligne par paragraphe "
        "ou par point de la notice (« 2 possibilités : », puis « 1. Si … » et « 2. Si … ») ; après detail: >-, les lignes "
        "se joignent en une seule", default=None,
    )
    routes: tuple[Identifier, ...] = doc("voies de formation concernées (scolaire, apprenti, formation_continue), si la notice les distingue", default=())


@dataclass(frozen=True, kw_only=True)
class Step(Record):
    """A step of the procedure on CYCLADES, in the notice's order."""

    title: Name = doc("titre de l'étape, par exemple Création et activation du compte")
    text: str = doc(
        "ce que le candidat fait à cette étape, dans les mots de la notice ; dans ceux du guide seulement quand steps "
        "figure sous web_only: de session: (la page et la liste le disent : « Reformulé par le guide d'après la notice… »)"
    )
    heading_as_written: str | None = doc(
        "titre de l'étape tel que la notice l'écrit, avec son numéro, ses majuscules et ses accents (« Etape 1 » quand "
        "elle l'écrit ainsi), sans « », par exemple ① Création et activation de votre compte candidat : le PDF de la "
        "notice l'imprime à la place de « Étape n : titre » (quotes le compare à la notice)", default=None,
    )
    section_as_written: str | None = doc(
        "titre de la partie de la notice qui commence à cette étape, quand la notice range ses étapes dans ses propres "
        "parties, tel que la notice l'écrit (ses majuscules ; sans le « : » qui le lie au texte, sans « »), par exemple "
        "I- PRE-INSCRIPTION : le PDF de la notice l'imprime en titre de partie, à la place de "
        "« Les étapes sur CYCLADES » (la première étape en a alors un) ; la page web et la liste personnalisée le donnent "
        "aussi, entre « », comme source de cette étape et des suivantes, jusqu'à la prochaine qui en a un "
        "(« Notice de l'académie — « I- PRE-INSCRIPTION » ») ; quotes le compare à la notice",
        default=None,
    )
    above_heading: int = doc(
        "nombre de paragraphes de text: (séparés par une ligne vide) que la notice écrit sous le titre de sa partie "
        "(section_as_written:), avant le titre de l'étape, par exemple 1 pour « La pré-inscription se fait via "
        "l'application CYCLADES… » avant « Étape 1 : Accès à CYCLADES » : le PDF les imprime là (la page web garde "
        "tout le texte dans l'étape)", default=0,
    )
    deadline: Identifier | None = doc("identifiant de la date limite de l'étape (clé de deadlines)", default=None)
    when: Condition = doc("candidats concernés par l'étape (sans when: : tous), avec les questions de content/questions.yaml", default=Condition.always())
    establishment_step: int | None = doc(
        "numéro de l'étape de la page des établissements (establishment_guide: steps:, comptées à partir de 1) qui donne "
        "les mots de la notice que cette étape reformule, quand steps figure sous web_only: de session: : la page web "
        "et la liste personnalisée ajoutent sous l'étape le lien « Les mots de la notice : étape 3 de la page des établissements », par exemple 3 "
        "pour une étape écrite d'après la rubrique « 3 - Génération des comptes candidats »", default=None,
    )

    def paragraphs(self) -> list[str]:
        """The step's text in paragraphs (a blank line separates them)."""
        return [p for p in re.split(r"\n\s*\n", self.text.strip()) if p.strip()]

    def check(self, reader, path: str) -> None:
        if not self.above_heading:
            return
        count = len(self.paragraphs())
        if self.section_as_written is None:
            reader.problem(
                self.where("above_heading"), f"{path}.above_heading",
                "l'étape n'a pas de section_as_written: ; ses premiers paragraphes ne peuvent être sous le titre d'une "
                "partie qu'elle n'ouvre pas : lui donner le titre de la partie de la notice qu'elle ouvre, ou retirer above_heading:",
            )
        elif self.above_heading < 0 or self.above_heading >= count:
            reader.problem(
                self.where("above_heading"), f"{path}.above_heading",
                f"{self.above_heading} paragraphe(s) au-dessus du titre de l'étape, mais son texte en a {count} : il doit "
                f"en rester au moins un sous son titre (écrire un nombre entre 1 et {count - 1}, ou séparer les paragraphes par une ligne vide)",
            )


DEPOSIT_CHANNELS = ("cyclades", "postal", "email", "establishment")


@dataclass(frozen=True, kw_only=True)
class DepositChannel(Record):
    """One way the notice has the supporting documents deposited, and where it says so (guidewords67: the page said
    « Les pièces se déposent sur CYCLADES. » of every notice, a fact no data carried; review67b M1: one channel, CYCLADES
    or post, could not say a notice where the establishment deposits them, or the candidate depending on the case, nor
    pieces sent by e-mail or handed to the establishment). ``documents_deposit:`` lists one per way the notice gives."""

    channel: Literal["cyclades", "postal", "email", "establishment"] = doc(
        "comment la notice fait déposer les pièces : cyclades (téléversées dans le compte CYCLADES du candidat), postal "
        "(envoyées par courrier), email (envoyées par courriel, à l'adresse écrite sous email:) ou establishment "
        "(remises à l'établissement de formation ; seulement dans une notice qui s'adresse aux établissements, audience: "
        "establishment ou both)"
    )
    by: Literal["candidate", "establishment"] | None = doc(
        "qui les dépose, quand la notice le dit : candidate (le candidat) ou establishment (l'établissement, pour le "
        "candidat ; seulement dans une notice qui s'adresse aux établissements, audience: establishment ou both ; pas "
        "avec channel: establishment) ; sans by: la page ne dit pas qui", default=None,
    )
    email: Email | None = doc("avec channel: email seulement (et alors obligatoire) : l'adresse où la notice les fait envoyer", default=None)
    address: str | None = doc("avec channel: postal seulement, si la notice la donne : l'adresse postale, dans ses mots (sur une "
                              "ligne, ou sur plusieurs après address: | ; la page sépare ses lignes par des virgules)", default=None)
    case_as_written: str | None = doc(
        "quand la notice donne plusieurs façons selon le cas ou la pièce : dans quel cas, ou pour quelles pièces, celle-ci "
        "vaut, dans les mots de la notice (par exemple Si c'est l'établissement qui finalise les inscriptions des "
        "candidats et/ou dépose les pièces justificatives) ; la page les cite entre « »", default=None,
    )
    section: str | NotGiven = doc(
        "où la notice le dit, le titre de ce passage entre « », dans ses mots (par exemple « II- INSCRIPTION DEFINITIVE »), ou "
        f"{NG} quand elle ne le titre pas (la page dit alors « passage sans titre »)"
    )

    def check(self, reader, path: str) -> None:
        if self.channel == "email" and self.email is None:
            reader.problem(self.where("channel"), f"{path}.email",
                           "channel: email sans adresse : ajouter sous cette ligne email: et l'adresse où la notice fait "
                           f"envoyer les pièces (par exemple email: {Email.EXAMPLE})")
        if self.email is not None and self.channel != "email":
            reader.problem(self.where("email"), f"{path}.email",
                           f"email: ne se dit qu'avec channel: email (ici channel: {self.channel}) : retirer email:, ou "
                           "écrire channel: email si la notice fait envoyer les pièces par courriel")
        if self.address is not None and self.channel != "postal":
            reader.problem(self.where("address"), f"{path}.address",
                           f"address: ne se dit qu'avec channel: postal (ici channel: {self.channel}) : retirer address:, "
                           "ou écrire channel: postal si la notice fait envoyer les pièces par courrier")
        if self.channel == "establishment" and self.by == "establishment":
            reader.problem(self.where("by"), f"{path}.by",
                           "by: establishment avec channel: establishment : l'établissement ne se remet pas les pièces ; "
                           "écrire by: candidate (le candidat les remet à son établissement), ou, si l'établissement les "
                           "dépose sur CYCLADES pour le candidat, channel: cyclades")


@dataclass(frozen=True, kw_only=True)
class DocumentEntry(Record):
    """A supporting document the notice asks for."""

    # « deadline: non précisé par la notice » (a staff walk, staff67): how to say a document the notice does not date
    NOT_GIVEN_ADVICE = {
        "deadline": ("la pièce prend alors la date limite de dépôt des pièces (documents) ; si la notice ne date pas "
                     "cette pièce, ajouter sous deadlines: une date à elle (par exemple piece_sans_date: avec label: et "
                     "at: non précisé par la notice) et écrire ici son identifiant"),
    }

    id: Identifier = doc("identifiant unique du document dans la session, par exemple confirmation")
    label: Name = doc("intitulé du document tel que la notice le donne")
    group: str | None = doc("rubrique de la notice où il figure, par exemple Pour tous les candidats", default=None)
    also_listed_in: tuple[str, ...] = doc(
        "les autres rubriques de la liste de la notice qui le demandent aussi (la notice répète la même ligne, par "
        "exemple l'attestation R 408 sous trois publics) : la page web et le PDF le donnent dans chacune, la liste "
        "personnalisée une fois", default=(),
    )
    when: Condition = doc("conditions dans lesquelles il est exigé (sans when: : tous les candidats), avec les questions de content/questions.yaml", default=Condition.always())
    deadline: Identifier = doc("identifiant de la date limite (clé de deadlines)", default="documents")
    detail: str | None = doc("précision de la notice", default=None)
    who_as_written: str | None = doc(
        "pour qui la pièce est exigée, dans les mots de la notice quand when: ne les rend pas (par exemple « Si vous avez "
        "entre 18 et 25 ans ») : le PDF de la notice l'imprime dans la colonne « Pour qui »", default=None
    )
    section: str | None = doc(
        "où la notice le demande, ses titres entre « », tels qu'elle les écrit, par exemple « PIÈCES A TELEVERSER DANS "
        "VOTRE ESPACE CYCLADES », « POUR TOUS LES CANDIDATS » : la ligne de source de la pièce le cite (sans section:, "
        "elle donne group:, sans guillemets)", default=None,
    )
    listed: bool = doc(
        "false quand la notice demande la pièce dans son texte (section:), pas dans sa liste des pièces : la page web "
        "et la liste personnalisée la donnent avec les autres, le PDF de la notice la laisse là où la notice la demande ; "
        "avec la date limite de dépôt des pièces (deadline: documents, par défaut), elles disent que cette date est "
        "celle que le guide retient, la notice ne datant pas la pièce",
        default=True,
    )
    detail_listed: bool = doc(
        "false quand la précision (detail:) n'est pas dans la liste des pièces de la notice mais dans son texte (le "
        "guide l'y a prise pour la page web et la liste personnalisée) : le PDF de la notice ne l'imprime pas dans sa "
        "liste, où la notice ne l'écrit pas", default=True,
    )
    row_as_written: str | None = doc(
        "quand la liste de la notice donne plusieurs pièces dans une même ligne (« Attestations de formation "
        "obligatoires pour le BTS Maintenance des Systèmes options A/B/C/D : » suivi d'une attestation par ligne) : "
        "les mots de cette ligne, les mêmes pour chacune de ses pièces, dans un même groupe : le PDF de la notice les "
        "imprime en une ligne, ces mots puis chaque pièce (son intitulé et sa précision, ou sa précision seule quand "
        "elle nomme la pièce) ; une pièce dont l'intitulé est ces mots y garde sa précision ; la page web et la liste "
        "personnalisée gardent chaque pièce à part", default=None,
    )
    also_listed_as_written: str | None = doc(
        "quand la ligne de la notice n'est pas la même dans les rubriques de also_listed_in (l'astérisque d'un renvoi "
        "sur la première seulement) : ses mots dans ces rubriques ; le PDF de la notice l'y imprime ainsi, et "
        "row_as_written dans la rubrique de group:", default=None,
    )
    label_by_guide: bool = doc(
        "true quand l'intitulé (label:) est celui du guide, pas une ligne de la notice : la notice parle de la pièce "
        "sans la nommer ainsi dans une liste (une notice sans liste de pièces, qui renvoie à celle de CYCLADES : le "
        "récapitulatif que la notice demande de vérifier et de signer) ; la ligne de source de la pièce le dit, sur "
        "la page web et dans la liste personnalisée (« … ; intitulé du guide, d'après ce passage de la notice ») ; "
        "dire sous source_notes: ce que la notice en dit", default=False,
    )
    late_deposit: str | None = doc("si la notice permet de déposer la pièce après la date limite : ses mots (par exemple « peut être déposée ultérieurement »)", default=None)
    covers: tuple[Identifier, ...] = doc(
        "documents nationaux (content/documents.yaml) dont cette pièce est la version de la notice : ils ne sont pas listés une seconde fois",
        default=(),
    )
    form: Identifier | None = doc("formulaire de la notice qui sert à établir cette pièce : son identifiant dans forms: (la page et la liste personnalisée y renvoient)", default=None)


@dataclass(frozen=True, kw_only=True)
class NationalMention(Record):
    """How a notice mentions a national document of content/documents.yaml without listing it as its own item."""

    section: str = doc("où la notice en parle")
    words: str | None = doc("les mots de la notice", default=None)
    group: str | None = doc("rubrique de la notice où le document s'affiche", default=None)


@dataclass(frozen=True, kw_only=True)
class NoticeStatement(Record):
    """A sentence or short paragraph of the notice, in its words."""

    text: str = doc("ce que dit la notice, dans ses mots")
    section: str = doc("où la notice le dit, ses titres entre « », tels qu'elle les écrit, par exemple « IV. POINTS DE VIGILANCE », "
                        "« 1- Lors de l'inscription », « Conservation de bénéfices de notes »")


@dataclass(frozen=True, kw_only=True)
class TopicStatement(NoticeStatement):
    """A sentence or short paragraph of the notice on a topic (``TopicText.notice``), in its words and place."""

    after: Identifier | None = doc(
        "identifiant de la phrase nationale de la rubrique (en vigueur, ou remplacée par replace:) que la notice dit "
        "avant celle-ci, par exemple at_most_two : la page web et le PDF la donnent juste après ; sans after:, les "
        "phrases de notice: ouvrent la rubrique", default=None,
    )
    checklist_when: Condition | None = doc(
        "pour une phrase que la liste personnalisée doit aussi dire aux candidats qu'elle concerne : les candidats à "
        "qui la dire, avec les questions de content/questions.yaml, par exemple {has_benefits: \"yes\"} pour les règles "
        "de la notice sur les notes qu'un candidat peut conserver (« checklist_when: {} » : tous les candidats de la "
        "notice, par exemple une démarche qu'elle dit indispensable avant de commencer). La liste personnalisée "
        "réunit, sous « Attention » et sous le titre de la rubrique, les phrases de notice: de la rubrique qui "
        "concernent le candidat, dans l'ordre de la page, avec l'endroit de la notice (section:) ; sans "
        "checklist_when:, la phrase n'est que sur la page",
        default=None,
    )


@dataclass(frozen=True, kw_only=True)
class TopicText(Record):
    """What the notice says on a topic: its own statements, and changes to the national statements.

    A topic of content/topics.yaml needs no title here; a topic that only this
    notice has (a new identifier) needs one.
    """

    title: str | None = doc("titre de la rubrique, seulement pour une rubrique propre à la notice", default=None)
    notice: tuple[TopicStatement, ...] = doc("ce que dit la notice sur ce sujet, dans ses mots", default=())
    replace: dict[str, NoticeStatement] = doc("phrase nationale (identifiant) remplacée par les mots de la notice", default_factory=dict)
    drop: dict[str, str] = doc("phrase nationale (identifiant) à ne pas afficher → pourquoi (pour l'équipe ; jamais affiché)", default_factory=dict)

    def check(self, reader, path: str) -> None:
        if not (self.notice or self.replace or self.drop):
            reader.problem(self.origin, path, "écrire notice: (ce que dit la notice), replace: ou drop: (phrases nationales)")


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
    send_to_address: str | NotGiven | None = doc(
        f"adresse du destinataire (send_to:) telle que la notice l'écrit, ou {NG} quand elle nomme le destinataire sans "
        "son adresse : le site le dit à côté de lui, dans la page et la liste personnalisée, et l'annexe du PDF le dit", default=None
    )
    ask_office_section: str | None = doc(
        f"avec send_to_address: {NG} seulement : où la notice dit de contacter le bureau des examens (exam_office:) en "
        "cas de question, comme le section: d'une phrase de rubrique (Toulouse 2024 : « II. LA PROCÉDURE D'INSCRIPTION », "
        "« ③ Confirmation de l'inscription et téléversement des pièces justificatives » : « En cas d'interrogation ou de difficultés, le bureau "
        "des examens post-bac devra être contacté ») ; le site dit alors, après « adresse non précisée par la notice », "
        "de demander l'adresse à ce bureau, avec ses coordonnées et cette section (page, liste personnalisée, annexe du "
        "PDF) ; sans ce champ (la notice ne dit pas de le contacter pour toute question), il ne dit que « adresse non "
        "précisée par la notice »", default=None,
    )
    application: Application | None = doc("application en ligne (AMEX…)", default=None)
    url: Url | None = doc("page d'information ou dossier à télécharger", default=None)
    deadline: Identifier | None = doc("identifiant de la date limite (clé de deadlines)", default=None)
    decision: str | None = doc("comment et quand la décision arrive", default=None)
    renewal: str | None = doc("reconduction des aménagements d'une session à l'autre", default=None)
    renewal_without_request: bool = doc(
        "true : la notice dit qu'un candidat qui a déjà obtenu un aménagement n'a pas de nouvelle demande à faire (Nantes "
        "2024 : « Pas de nouvelle demande à faire ») ; sa liste personnalisée garde alors la date de la demande parmi ses "
        "dates si la notice la donne, précisée « si vous devez faire une nouvelle demande » (la dispense ne vaut que dans "
        "les conditions que la notice écrit), et ne l'y met pas si la notice ne la donne pas (la rubrique la garde, avec "
        "la démarche, pour qui ne remplit pas ces conditions)", default=False,
    )
    renewal_exception: str | None = doc(
        "avec renewal_without_request: true seulement : le cas où la notice demande quand même une nouvelle demande, "
        "dans ses mots tels que renewal: les écrit (Nantes 2024 : « changement de sa situation médicale ») ; la liste "
        "personnalisée de ce candidat le nomme avant la démarche : « … et jamais en cas de « … » (mots de la notice). Si "
        "vous ne remplissez pas ces conditions, ou si vous êtes dans ce cas, la démarche … » ; sans ce champ, elle renvoie aux seules "
        "conditions que la notice écrit", default=None,
    )
    declare_in_cyclades: str | None = doc("ce qu'il faut cocher dans CYCLADES", default=None)
    section: str | NotGiven | None = doc(
        "où la notice le dit, comme le section: d'une phrase de rubrique, par exemple « IV. POINTS DE VIGILANCE », « 1- "
        f"Lors de l'inscription », « Demande d'aménagements d'épreuves » : la page web finit la rubrique « Aménagement d'épreuves » par « Notice de l'académie — … » (la liste "
        f"personnalisée aussi) ; {NG} quand la notice ne titre pas ce passage (la page le dit : « passage sans titre ») ; "
        "sans section:, la ligne ne dit que « Notice de l'académie »", default=None,
    )


    def check(self, reader, path: str) -> None:
        if self.renewal_exception is None:
            return
        if not self.renewal_without_request:
            # (the exception of a renewal the notice does not say needs no new request: nothing to except; fixr408)
            reader.problem(self.where("renewal_exception"), f"{path}.renewal_exception",
                           f"« {self.renewal_exception} » sans renewal_without_request: true ; renewal_exception: dit le seul cas "
                           "où la notice demande quand même une nouvelle demande, quand elle dit qu'un aménagement déjà obtenu "
                           "n'en demande pas : si elle le dit, écrire aussi renewal_without_request: true, sinon retirer "
                           "renewal_exception:")
        elif not _said_in(self.renewal, self.renewal_exception):
            reader.problem(self.where("renewal_exception"), f"{path}.renewal_exception",
                           f"« {self.renewal_exception} » n'est pas dans renewal: ; y copier les mots de la notice tels que "
                           "renewal: les écrit (Nantes 2024 : « changement de sa situation médicale »)")


def _said_in(text: str | None, words: str) -> bool:
    """``words`` are in ``text``, spaces, apostrophes and case aside."""
    plain = lambda value: " ".join(value.replace("’", "'").lower().split())  # noqa: E731
    return text is not None and plain(words) in plain(text)


FieldKind = Literal["line", "date", "choices", "list", "table", "signature"]
FIELD_KINDS = (
    "line (ligne à remplir), date, choices (cases à cocher), list (liste de référence, sans cases), "
    "table (tableau à remplir) ou signature (cadre de signature)"
)
Prefill = Literal["academy", "session", "specialty", "route"]
PREFILL_WORDS = "academy (nom de l'académie), session (année), specialty (spécialité) ou route (voie de formation)"
BLANK = "___"  # in a field's label: where the source puts a blank to fill in
PART_KINDS = ("heading", "paragraph", "field", "boxes", "same_line", "side_by_side")
ON_ONE_LINE = ("line", "date", "choices")  # the kinds of field a line of several parts (same_line:) may hold
FIELD_ONLY = ("kind", "choices", "column_breaks", "columns", "rows", "lines")
MAX_LINES = 5  # writing lines of one field (lines:), a form keeping to its page


@dataclass(frozen=True, kw_only=True)
class FormPart(Record):
    """One part of a form, in the source's order: a heading, a paragraph of the source's words, a field to fill
    in, a line of boxes without a label, several fields on one line, or columns side by side (each a list of
    parts). Every other part takes its own line, as in the sources."""

    heading: str | None = doc("titre de rubrique du formulaire, dans les mots de la source", default=None)
    paragraph: str | None = doc("paragraphe du formulaire, dans les mots de la source (par exemple la règle qu'il cite)", default=None)
    strong: bool = doc("true : le paragraphe est en gras dans la source", default=False)
    field: str | None = doc(
        f"champ à remplir : son intitulé, dans les mots de la source ; le guide écrit « intitulé : » puis la ligne "
        f"à remplir ; quand la source met le blanc ailleurs ou sans deux-points (kind: line), écrire {BLANK} "
        f"(trois soulignés) à la place de chaque blanc, par exemple « Fait à {BLANK} » ou "
        f"« candidat(e) au brevet de technicien supérieur {BLANK} (indiquer la spécialité) »",
        default=None,
    )
    kind: FieldKind = doc(f"sorte de champ : {FIELD_KINDS}", default="line")
    choices: tuple[str, ...] = doc("cases à cocher du champ (kind: choices) ou éléments de la liste (kind: list), dans l'ordre de la source", default=())
    column_breaks: tuple[str, ...] = doc(
        "éléments de la liste (kind: list) qui commencent une colonne, quand la source la met en colonnes : "
        "par exemple [ARTISAN, TECHNICIEN] pour trois colonnes ; sans column_breaks:, le guide répartit la liste "
        "en colonnes égales", default=(),
    )
    columns: tuple[str, ...] = doc("colonnes du tableau (kind: table), dans l'ordre de la source", default=())
    rows: int = doc("nombre de lignes vides du tableau (kind: table)", default=3)
    lines: int = doc(
        f"nombre de lignes à écrire d'un champ kind: line, quand la source laisse sous son intitulé plus de place "
        f"qu'une ligne (par exemple 2 pour « Unité(s) dispensée(s) ») : de 1 (par défaut) à {MAX_LINES}", default=1,
    )
    boxes: tuple[str, ...] = doc(
        "cases à cocher sans intitulé, chacune suivie de ses mots dans la source, dans son ordre (par exemple les "
        "trois voies de formation d'une attestation, ou « a bénéficié d'une décision de positionnement »)",
        default=(),
    )
    same_line: tuple[FormPart, ...] = doc(
        "champs sur une même ligne, quand la source les y met (par exemple « BTS déjà présenté : ☐ Oui ☐ Non "
        "Si oui, préciser l'année : … ») : une liste d'au moins deux parties field: (kind: line, date ou choices) "
        "ou boxes:, dans l'ordre de la source ; sans same_line:, chaque champ a sa ligne",
        default=(),
    )
    side_by_side: tuple[tuple[FormPart, ...], ...] = doc(
        "colonnes côte à côte, comme dans la source (par exemple une colonne par voie de formation) : une liste de "
        "colonnes, chacune une liste de parties (heading:, paragraph:, field:, boxes: ou same_line:) ; sur un écran étroit, "
        "elles se suivent",
        default=(),
    )
    prefill: Prefill | None = doc(
        f"ce que la liste personnalisée peut pré-remplir dans ce champ (kind: line ou choices) ou ces cases (boxes:, "
        f"route seulement) : {PREFILL_WORDS}", default=None
    )
    answers: dict[Identifier, str] = doc(
        "avec prefill: route (obligatoire alors), réponse de la liste personnalisée (scolaire, apprenti, "
        "formation_continue) → les mots du formulaire : la case cochée (kind: choices ou boxes:, une de ses cases) "
        "ou les mots écrits sur la ligne (kind: line), par exemple formation_continue: formation continue",
        default_factory=dict,
    )

    def check(self, reader, path: str) -> None:
        given = [name for name in PART_KINDS if getattr(self, name) not in (None, ())]
        if len(given) != 1:
            words = ", ".join(f"{name}:" for name in given) if given else "aucun"
            reader.problem(self.origin, path, f"une partie de formulaire est heading:, paragraph:, field:, boxes:, same_line: ou side_by_side: (une seule) ; lu : {words}")
            return
        (what,) = given
        allowed = {"heading": (), "paragraph": ("strong",), "field": (*FIELD_ONLY, "prefill", "answers"),
                   "boxes": ("prefill", "answers"), "same_line": (), "side_by_side": ()}[what]
        for name in ("strong", *FIELD_ONLY, "prefill", "answers"):
            if name in self.positions and name not in allowed:
                with_what = "paragraph:" if name == "strong" else "field: (un champ à remplir)" if name in FIELD_ONLY else "field: ou boxes:"
                reader.problem(self.where(name), f"{path}.{name}", f"{name}: ne s'écrit qu'avec {with_what} ; le retirer")
        if what == "side_by_side":
            self._check_columns(reader, path)
            return
        if what == "same_line":
            self._check_same_line(reader, path)
            return
        if what == "field":
            self._check_field(reader, path)
        elif what == "boxes" and self.prefill not in (None, "route"):
            reader.problem(self.where("prefill"), f"{path}.prefill", f"des cases (boxes:) ne se pré-remplissent qu'avec prefill: route (lu : {self.prefill})")
        if self.prefill == "route" and not self.answers:
            reader.problem(
                self.where("prefill"), f"{path}.answers",
                "prefill: route demande answers: (pour chaque voie, les mots du formulaire), par exemple "
                "answers: {scolaire: scolaire, apprenti: apprenti, formation_continue: formation continue}",
            )
        if what == "boxes" or self.kind == "choices":
            key, boxes = ("choices", self.choices) if what == "field" else ("boxes", self.boxes)
            for answer, choice in self.answers.items():
                if choice not in boxes:
                    reader.problem(self.where("answers"), f"{path}.answers.{answer}", f"« {choice} » n'est pas une des cases du champ ({key}: {' ; '.join(boxes)})")

    def _check_field(self, reader, path: str) -> None:
        if (self.kind in ("choices", "list")) != bool(self.choices):
            where = "choices" if self.choices else "kind"
            reader.problem(self.where(where), f"{path}.{where}", f"un champ kind: choices ou list a ses éléments (choices: [...]) ; choices: ne s'écrit qu'avec kind: choices ou list (lu : kind: {self.kind})")
        self._check_column_breaks(reader, path)
        if (self.kind == "table") != bool(self.columns):
            where = "columns" if self.columns else "kind"
            reader.problem(self.where(where), f"{path}.{where}", "un champ kind: table a ses colonnes (columns: [...]) ; columns: ne s'écrit qu'avec kind: table")
        if self.prefill is not None and self.kind not in ("line", "choices"):
            reader.problem(self.where("prefill"), f"{path}.prefill", f"prefill: ne s'écrit que pour un champ line ou choices (lu : kind: {self.kind})")
        if self.answers and self.prefill != "route":
            reader.problem(self.where("answers"), f"{path}.answers", "answers: ne s'écrit qu'avec prefill: route ; le retirer")
        blanks = (self.field or "").count(BLANK)
        if "lines" in self.positions and (self.kind != "line" or blanks or not 1 <= self.lines <= MAX_LINES):
            why = (f"lines: ne s'écrit qu'avec kind: line (lu : kind: {self.kind}) ; le retirer" if self.kind != "line"
                   else f"lines: ne s'écrit pas dans un champ dont la source place les blancs ({BLANK}) ; le retirer" if blanks
                   else f"un champ a de 1 à {MAX_LINES} lignes à écrire (lu : {self.lines})")
            reader.problem(self.where("lines"), f"{path}.lines", why)
        if blanks and self.kind != "line":
            reader.problem(self.where("field"), f"{path}.field", f"{BLANK} (un blanc à remplir) ne s'écrit que dans un champ kind: line (lu : kind: {self.kind}) ; le retirer")
        elif blanks > 1 and self.prefill is not None:
            reader.problem(self.where("prefill"), f"{path}.prefill", f"un champ pré-rempli n'a qu'un blanc {BLANK} (lu : {blanks}) ; en faire plusieurs champs")

    def _check_column_breaks(self, reader, path: str) -> None:
        if not self.column_breaks:
            return
        if self.kind != "list":
            reader.problem(self.where("column_breaks"), f"{path}.column_breaks", f"column_breaks: ne s'écrit qu'avec kind: list (lu : kind: {self.kind}) ; le retirer")
            return
        at = [self.choices.index(words) if words in self.choices else None for words in self.column_breaks]
        for i, (words, index) in enumerate(zip(self.column_breaks, at)):
            where, sub = self.where(f"column_breaks[{i}]"), f"{path}.column_breaks[{i}]"
            if index is None:
                close = difflib.get_close_matches(words, list(self.choices), n=1, cutoff=0.6)
                hint = f"vouliez-vous dire « {close[0]} » ?" if close else "écrire l'élément tel qu'il y est"
                reader.problem(where, sub, f"« {words} » n'est pas un élément de la liste (choices:) ; {hint}")
            elif index == 0:
                reader.problem(where, sub, f"« {words} » est le premier élément : la première colonne commence d'elle-même ; le retirer")
        found = [index for index in at if index]
        if found != sorted(set(found)):
            reader.problem(self.where("column_breaks"), f"{path}.column_breaks", f"les débuts de colonne s'écrivent une fois chacun, dans l'ordre de la liste (choices:) ; lu : {' ; '.join(self.column_breaks)}")

    def _check_columns(self, reader, path: str) -> None:
        if len(self.side_by_side) < 2:
            reader.problem(self.where("side_by_side"), f"{path}.side_by_side", f"side_by_side: a au moins deux colonnes (lu : {len(self.side_by_side)})")
        for i, column in enumerate(self.side_by_side):
            if not column:
                reader.problem(self.where(f"side_by_side[{i}]"), f"{path}.side_by_side[{i}]", "colonne vide ; y écrire ses parties (heading:, paragraph:, field:, boxes: ou same_line:)")
            for j, part in enumerate(column):
                if part.side_by_side:
                    reader.problem(part.where("side_by_side"), f"{path}.side_by_side[{i}][{j}].side_by_side", "une colonne ne contient pas d'autres colonnes ; écrire ses parties l'une après l'autre")

    def _check_same_line(self, reader, path: str) -> None:
        if len(self.same_line) < 2:
            reader.problem(self.where("same_line"), f"{path}.same_line", f"same_line: a au moins deux champs (lu : {len(self.same_line)}) ; un champ seul s'écrit sans same_line:")
        for j, part in enumerate(self.same_line):
            given = [name for name in PART_KINDS if getattr(part, name) not in (None, ())]
            if given == ["boxes"] or (given == ["field"] and part.kind in ON_ONE_LINE):
                continue
            read = f"kind: {part.kind}" if given == ["field"] else ", ".join(f"{name}:" for name in given)
            reader.problem(
                part.origin, f"{path}.same_line[{j}]",
                f"une ligne (same_line:) ne contient que des champs field: (kind: line, date ou choices) ou des cases boxes: (lu : {read}) ; "
                "écrire cette partie avant ou après la ligne",
            )

    def parts_in_order(self, path: str) -> list[tuple[str, FormPart]]:
        """This part, or the parts it holds (a line's, each column's in turn), each with its path under the form."""
        if self.same_line:
            return [(f"{path}.same_line[{j}]", part) for j, part in enumerate(self.same_line)]
        found = [] if self.side_by_side else [(path, self)]
        for c, column in enumerate(self.side_by_side):
            for j, sub in enumerate(column):
                found += sub.parts_in_order(f"{path}.side_by_side[{c}][{j}]")
        return found

    def segments(self) -> tuple[str, ...]:
        """A line field's words around its blanks (``___``): one segment more than blanks; () without ``___``."""
        if self.field is None or BLANK not in self.field:
            return ()
        return tuple(piece.strip() for piece in self.field.split(BLANK))


@dataclass(frozen=True, kw_only=True)
class FormField(Record):
    """A form to download, fill in and upload (or send)."""

    id: Identifier = doc("identifiant du formulaire, par exemple refus_benefices")
    title: Name = doc("titre du formulaire")
    purpose: str = doc("à quoi il sert et qui le remplit")
    filled_by: Literal["candidate", "establishment"] = doc(
        "qui le remplit : candidate (le candidat) ou establishment (un modèle que la notice propose aux établissements, "
        "par exemple une attestation de formation) ; la liste personnalisée le dit dans son lien vers le formulaire",
        default="candidate",
    )
    url: Url | None = doc("adresse où le télécharger", default=None)
    text: str | None = doc("texte du formulaire quand la notice le reproduit sans en donner les champs (sinon parts:)", default=None)
    parts: tuple[FormPart, ...] = doc(
        "le formulaire tel que la source le donne, dans son ordre : heading:, paragraph:, field:, boxes:, same_line: ou side_by_side: "
        "(le guide en fait une page à imprimer et un PDF)",
        default=(),
    )
    source: str | None = doc("annexe de la notice", default=None)
    announced_as: str | None = doc(
        "la phrase de la notice qui annonce ce formulaire sous sa liste des pièces, dans ses mots, par exemple « Un modèle "
        "d'attestation de formation est proposé […] pour les établissements qui le souhaitent » : le PDF de la notice "
        "l'imprime sous sa liste ; un renvoi à une page de la notice (« page suivante ») se coupe par « […] », la "
        "pagination du guide n'étant pas la sienne, et où trouver le formulaire se dit sous source_notes: ; la page web "
        "lie le formulaire depuis la pièce", default=None,
    )

    def check(self, reader, path: str) -> None:
        if self.text is not None and self.parts:
            reader.problem(self.where("text"), f"{path}.text", "text: et parts: disent le même formulaire deux fois ; garder parts: et retirer text:")

    def text_words(self) -> str | None:
        """The form's words as one text (``text:``, or the parts one per line), for comparisons."""
        if not self.parts:
            return self.text
        lines = []
        for _, part in self.all_parts():
            if part.boxes:
                lines.append(" ; ".join(part.boxes))
            elif part.field is None:
                lines.append(part.heading or part.paragraph or "")
            else:
                extra = part.choices or part.columns
                lines.append(f"{part.field} : {' ; '.join(extra)}" if extra else part.field)
        return "\n".join(lines)

    def all_parts(self) -> tuple[tuple[str, FormPart], ...]:
        """Every part but lines and columns, in the source's order (a line's or a column's parts in their place),
        each with its path under the form (``parts[2]``, ``parts[3].side_by_side[0][1]``, ``parts[4].same_line[1]``)."""
        return tuple(found for i, part in enumerate(self.parts) for found in part.parts_in_order(f"parts[{i}]"))


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
    phones: tuple[Phone, ...] = doc("téléphone(s) du gestionnaire ; un gestionnaire que la notice donne par son adresse électronique seulement s'écrit sous contacts:, avec name: et emails:")
    words: str | None = doc("la ligne telle que la notice l'écrit", default=None)

    # A key staff may write that the table has no place for: where it goes instead (schema._read_record), and the
    # required keys that advice stands for (staffwalk53 M5: a specialty manager given by e-mail only)
    KEY_ADVICE = {
        "emails": (
            "le tableau des gestionnaires (specialty_contacts:) ne donne que des téléphones ; un gestionnaire que la notice "
            "donne par son adresse électronique s'écrit sous contacts:, par exemple « - name: Gestionnaire du BTS "
            "Maintenance des systèmes » puis « emails: [l'adresse que donne la notice] » (ses mots et son adresse) ; "
            "retirer alors cette ligne du tableau, ou n'y garder que phones: si la notice donne aussi son téléphone",
            frozenset({"phones"}),
        ),
    }

    def check(self, reader, path: str) -> None:
        # « phones: [] » (or « specialties: [] ») on a row of the table: read as a row without a number (without its
        # specialties), accepted, and the page gave the row with nothing to call, where « emails: [] » under an office
        # is refused (staff70 item 4): the same rule, an empty list is not a way to say the notice gives none (staff71)
        for name, advice in (
            ("phones", "écrire entre les crochets le ou les numéros que la notice donne sur cette ligne (par exemple "
                       'phones: ["01 99 00 00 00"]) ; un gestionnaire que la notice donne sans téléphone s\'écrit sous '
                       "contacts:, avec name: et emails:, et cette ligne se retire du tableau"),
            ("specialties", "écrire entre les crochets les identifiants des spécialités de cette ligne de la notice "
                            "(par exemple specialties: [sio option A, ndrc], voir la page des identifiants du guide du "
                            "personnel), ou retirer la ligne si la notice ne donne ce numéro pour aucune spécialité"),
        ):
            if getattr(self, name) == () and name in self.positions:
                reader.problem(
                    self.where(name), f"{path}.{name}",
                    f"{name}: [] : liste vide ; une ligne du tableau des gestionnaires (specialty_contacts:) donne des "
                    f"spécialités et le téléphone de leur gestionnaire : {advice}",
                )


@dataclass(frozen=True, kw_only=True)
class StateColour(Record):
    """A state of a candidate's documents in CYCLADES' follow-up screen."""

    meaning: str = doc("ce que signifie l'état")
    colour: str | None = doc("couleur affichée par CYCLADES, si la notice la donne", default=None)


@dataclass(frozen=True, kw_only=True)
class EstablishmentStep(Record):
    """A step of the establishment's procedure in CYCLADES."""

    title: Name = doc("titre de l'étape")
    heading_as_written: str | None = doc(
        "le titre de la rubrique tel que la notice l'écrit, avec son numéro et ses majuscules, sans « » (« 1 - PARAMETRAGE "
        "ETABLISSEMENT ») : le PDF de la notice imprime ces titres comme ses parties, à la place de « Démarche de "
        "l'établissement » et de « Étape 1 : … » ; la page des établissements le donne, entre « », comme source de l'étape "
        "(quotes le compare à la notice) ; tous les titres des étapes ou aucun", default=None,
    )
    text: str = doc("ce que fait l'établissement")
    menu: str | None = doc(
        "menu de CYCLADES à utiliser (plusieurs : séparés par « ; ») ; quand text: le dit déjà, à sa place dans la "
        "rubrique (« Menu Inscription – Modifier Inscription… » sous son bloc), il n'est pas répété sous le texte", default=None,
    )
    memo: str | None = doc("fiche mémo CYCLADES correspondante ; quand text: la cite déjà, elle n'est pas répétée sous le texte", default=None)
    memo_as_written: str | None = doc(
        "la ligne de la notice qui cite la fiche mémo, dans ses mots, quand text: ne la contient pas (« → Fiche mémo "
        "« … » dans la documentation CYCLADES », après les états du dépôt) : le PDF de la notice l'imprime à la place "
        "de « Fiche mémo : … » ; la page garde memo:", default=None,
    )


@dataclass(frozen=True, kw_only=True)
class EstablishmentGuide(Record):
    """The part of an establishment notice that concerns establishments, not candidates."""

    intro: str | None = doc("indication générale placée en tête de la notice (par exemple où trouver les fiches mémo)", default=None)
    steps: tuple[EstablishmentStep, ...] = doc("étapes de l'établissement dans l'ordre de la notice")
    candidate_states: dict[Name, str] = doc("états d'une candidature : nom → signification", default_factory=dict)
    candidate_states_section: str | None = doc(
        "où la notice dit les états d'une candidature (ses rubriques, séparées par « ; »), par exemple « 2 – IMPORT DES "
        "CANDIDATURES » ; « 4 – INSCRIPTION » : la page finit le tableau, que le guide compose de ces passages, par « Notice "
        "de l'académie — … (tableau établi par le guide d'après la notice) » ; sans elle, la ligne ne dit que « Notice "
        "de l'académie »", default=None,
    )
    document_states: tuple[StateColour, ...] = doc("états du dépôt des pièces dans le suivi, dans l'ordre", default=())
    document_states_section: str | None = doc(
        "où la notice donne les états du dépôt des pièces, par exemple « 6 – SUIVI ETABLISSEMENT » : la page finit leur "
        "tableau par « Notice de l'académie — … » ; sans elle, la ligne ne dit que « Notice de l'académie »", default=None,
    )
    states_note: str | None = doc("précision sur les états (par exemple couleurs illisibles dans la source)", default=None)


@dataclass(frozen=True, kw_only=True)
class Passage(Record):
    """A passage of the notice, quoted."""

    section: str = doc("où, dans la notice")
    words: str = doc("les mots de la notice")


@dataclass(frozen=True, kw_only=True)
class Contradiction(Record):
    """Two passages of the notice that disagree about some candidates: the checklist shows both to them."""

    about: str = doc("de quoi il s'agit, en français (affiché)")
    when: Condition = doc("candidats concernés, avec les questions de content/questions.yaml")
    passages: tuple[Passage, ...] = doc("les passages qui se contredisent (au moins deux)")
    advice: str = doc("ce que le guide conseille au candidat (par exemple contacter le bureau des examens)")
    advice_after_closing: str | None = doc(
        "le conseil une fois les inscriptions closes, quand advice: dit d'agir avant leur clôture (« avant la fermeture "
        "du serveur d'inscription ») : la page, la liste personnalisée, la ligne de commande et le PDF le donnent à sa "
        "place à partir de la clôture (une notice qui ne la donne pas : après sa dernière date), session passée "
        "comprise ; absent : advice: est dit toujours",
        default=None,
    )

    # A required key missing beside one that goes with it (schema._read_record): said at that key's line, with what to
    # write (staffwalk56 L: advice_after_closing: without advice: was said at the item's « - about: » line)
    MISSING_BESIDE = {
        "advice": (
            "advice_after_closing",
            "advice_after_closing: (le conseil à partir de la clôture des inscriptions) ne va pas sans advice:, le conseil "
            "donné jusque-là ; ajouter advice: et ce conseil au-dessus de cette ligne, au même retrait (un texte long : "
            "advice: >- puis ses lignes en retrait dessous, comme advice_after_closing:) ; ou, si ce conseil vaut aussi avant "
            "la clôture, renommer advice_after_closing: en advice:",
        ),
    }

    def check(self, reader, path: str) -> None:
        if len(self.passages) < 2:
            # (the passage to add said, as the staff guide writes it: a staff walk, stop 56, read no fix)
            reader.problem(self.where("passages"), f"{path}.passages", (
                "une contradiction cite au moins deux passages de la notice, celle-ci n'en cite "
                f"{self._passages_to_add(reader)} ; si la notice ne se contredit pas, retirer cette contradiction"))
        if self.advice_after_closing is not None and " ".join(self.advice_after_closing.split()) == " ".join(self.advice.split()):
            # (advice: pasted under advice_after_closing: and left so: the page and the list would tell, once
            # registrations closed, what to do before they close; a staff walk, stop 56)
            reader.problem(self.where("advice_after_closing"), f"{path}.advice_after_closing", (
                "advice_after_closing: redit advice: mot pour mot ; c'est le conseil donné à partir de la clôture des "
                "inscriptions, à sa place : l'écrire pour des inscriptions closes (« Les inscriptions étant closes, "
                "contactez au plus tôt … »), ou retirer advice_after_closing: et ses lignes si advice: reste vrai après "
                "la clôture"))

    def _passages_to_add(self, reader) -> str:
        """How many passages the contradiction cites and how to add the others, as they are written (review70: « alignées
        sur celles du premier » was said with no passage at all, « passages: [] », and with one written on one line)."""
        lines = "en deux lignes : « - section: » (où la notice le dit) puis « words: » (ses mots)"
        if not self.passages:
            # (an empty list can only be written « passages: [] »)
            return (f"aucun ; retirer « [] » après passages: et écrire sous passages:, en retrait, les passages qui se "
                    f"contredisent, au moins deux, chacun {lines}, « words: » aligné sur « section: »")
        first, seq = self.passages[0], self.where("passages")
        if first.where("section").line != first.where("words").line:
            return f"qu'un ; ajouter sous passages: chaque passage qui le contredit, {lines}, alignées sur celles du premier"
        if seq is not None and first.origin is not None and _between_brackets(reader, seq, first.origin):
            # (« passages: [{section: …, words: …}] »: the « { » after the « [ »; lines under it would not be read)
            return ("qu'un, écrit entre crochets ; ajouter entre les crochets, après le premier et une virgule, chaque passage qui "
                    "le contredit, écrit comme lui : {section: …, words: …} (section: où la notice le dit, words: ses mots, "
                    "entre guillemets s'ils ont une virgule)")
        # (« - {section: …, words: …} »: two lines under it are read as well, with no comma to quote)
        return (f"qu'un ; ajouter sous lui chaque passage qui le contredit, {lines}, le « - » aligné sur celui du premier "
                "et « words: » sous « section: »")


def _between_brackets(reader, seq: Location, first: Location) -> bool:
    """True when the list read at ``seq`` is written between brackets (its first item at ``first``): the « [ » at ``seq``
    in the file's text (NOTE57: « passages: [ {…}] », a space after the « [ », was told to add lines under it, which
    would not be read); without the text, its first item right after the « [ »."""
    lines = getattr(getattr(reader, "problems", None), "sources", {}).get(seq.file)
    if lines and 0 < seq.line <= len(lines):
        return lines[seq.line - 1][seq.column - 1:seq.column] == "["
    return first.line == seq.line and first.column == seq.column + 1


@dataclass(frozen=True, kw_only=True)
class QuestionWords(Record):
    """A question of content/questions.yaml in this notice's words, when the guide's words say more than the notice
    does (« positionnement ou dérogation » where a notice speaks of positionnement only)."""

    section: str = doc("où la notice le dit")
    label: Name | None = doc("la question posée au candidat, dans les mots de la notice (absent : celle de content/questions.yaml)", default=None)
    choices: dict[ChoiceId, Name] = doc("libellés de choix dans les mots de la notice : identifiant → libellé (les autres restent)", default_factory=dict)
    phrases: dict[ChoiceId, Name] = doc(
        "les mots de la colonne « Pour qui » pour ces choix : identifiant → mots (les autres restent)", default_factory=dict
    )
    help: str | None = doc(
        "l'aide sous la question, dans les mots du guide (la liste personnalisée l'affiche sous la question sans "
        "source, comme celle de content/questions.yaml) tirés de ce que dit la notice, quand ses réponses ne disent pas "
        "seules à qui chacune est destinée (par exemple le salarié qui suit une formation ; absent : celle de "
        "content/questions.yaml)",
        default=None,
    )


@dataclass(frozen=True, kw_only=True)
class WarningSwitch(Record):
    """A warning of content/checklist.yaml that this notice supports (those without a national source) or states too
    (a national one: its source line then names both), in the
    notice's own words and to the candidates it names when they differ from content/checklist.yaml's; or, under an
    identifier content/checklist.yaml does not have, a warning only this notice gives (its title, words and
    candidates then all written here)."""

    section: str = doc("où la notice le dit")
    title: str | None = doc(
        "le titre de l'avertissement, quand la notice l'intitule autrement (absent : celui de content/checklist.yaml) ; "
        "obligatoire pour un avertissement que seule cette notice donne",
        default=None,
    )
    text: str | None = doc(
        "les mots de la notice, quand elle le dit autrement que le texte de content/checklist.yaml (absent : ce texte) ; "
        "obligatoire pour un avertissement que seule cette notice donne",
        default=None,
    )
    when: Condition | None = doc(
        "les candidats à qui la notice le dit, quand ce ne sont pas ceux de content/checklist.yaml "
        "(absent : ceux-là ; « when: {} » : tous les candidats) ; obligatoire pour un avertissement que seule cette notice donne ; "
        "jamais pour un avertissement à sources: (ses candidats sont ceux de content/checklist.yaml)",
        default=None,
    )
    page: Literal["exam_adjustment", "documents"] | None = doc(
        "la rubrique de la page web qui l'affiche aussi, quand section: n'est pas une étape de la démarche (une "
        "étape affiche d'elle-même un avertissement écrit en entier) : exam_adjustment (rubrique « Aménagement d'épreuves », par exemple le seul mot "
        "qu'une notice en dit), documents (rubrique des pièces justificatives, avant leurs tableaux, par exemple une "
        "pièce que la liste de la notice ne prévoit pas) ; la page le montre comme la liste personnalisée (ses title:, text: et when:, ceux de "
        "content/checklist.yaml à défaut), de même que l'annexe du guide à la fin du PDF de la notice et, pour documents, "
        "la page des établissements (avant ses tableaux) ; absent : la page le montre à l'étape que nomme section:, "
        "sinon, quand elle ne dit pas déjà ses mots (text:) ailleurs, à la fin de « Points de vigilance », sous "
        "« Avertissements de la notice » (le PDF : dans son annexe)",
        default=None,
    )
    unlisted_piece: bool = doc(
        "true quand l'avertissement dit qu'une pièce de ces candidats manque à la liste de la notice (par exemple une "
        "dispense que la notice cite sans prévoir de pièce pour elle) : leur liste personnalisée ne se dit alors pas "
        "complète (« ne peut pas être dite complète ») ; absent : false",
        default=False,
    )


@dataclass(frozen=True, kw_only=True)
class SourceNote(Record):
    """An ambiguity of the source or a disagreement between sources, recorded rather than guessed."""

    about: str = doc("sujet concerné, en français (affiché sur la page : jamais un nom de champ)")
    words: str = doc("les mots de la source")
    note: str = doc("ce qui est ambigu et ce que le guide en fait")
    topic: Identifier | None = doc(
        "facultatif : la rubrique de « Points de vigilance » dont parle la précision (identifiant de topics:, par exemple jdc) ; "
        "la page de la notice finit alors cette rubrique par une ligne qui renvoie à la précision (pas le PDF)",
        default=None,
    )


@dataclass(frozen=True, kw_only=True)
class Novelties(Record):
    """The « Nouveautés de la session » section of the notice page (see ``generator.site.novelties_view``)."""

    notice: tuple[NoticeStatement, ...] = doc(
        "ce que la notice annonce elle-même comme nouveau (« NOUVEAUTÉ 2026 », « suppression du portugais en 2026 »), dans ses mots, avec section:",
        default=(),
    )
    compare: bool = doc(
        "true (par défaut) : le guide ajoute ce qui a changé depuis la session précédente de l'académie pour les mêmes "
        "candidats (même public) ; false : seulement ce que dit la notice",
        default=True,
    )
    drop: dict[str, str] = doc(
        "ligne de la comparaison à ne pas afficher : sa clé (python -m generator diff <académie> <année de la session précédente pour le même public> <année> --keys) "
        "→ pourquoi (pour l'équipe ; jamais affiché)",
        default_factory=dict,
    )

    def check(self, reader, path: str) -> None:
        if not self.compare and not self.notice:
            reader.problem(self.origin, path, f"rubrique vide (compare: false sans notice:) ; écrire novelties: {NG} pour ne pas afficher la rubrique")
        if not self.compare and self.drop:
            reader.problem(self.where("drop"), f"{path}.drop", "drop: est sans effet avec compare: false (pas de comparaison) ; retirer drop:")


@dataclass(frozen=True, kw_only=True)
class SessionFile(Record):
    """Everything one session file holds.

    Every section is written, with its content or with « non précisé par la
    notice » when the notice has none: a file cut short (an interrupted save)
    is refused instead of publishing a notice with missing sections.
    """

    session: SessionInfo = doc("la session et ses dates d'inscription")
    deadlines: dict[Identifier, Deadline] = doc("dates limites et dates clés : identifiant → date (documents est obligatoire)")
    who: tuple[Category, ...] | NotGiven = doc(f"qui s'inscrit et comment, ou {NG}")
    who_section: str | NotGiven | None = doc(
        "où la notice dit qui s'inscrit et comment (les parties d'où viennent les catégories de who: et leurs "
        "précisions), par exemple « I. LES CANDIDATS CONCERNÉS » ; « MODALITES D'INSCRIPTION SUR INTERNET » : la page "
        "web finit "
        f"son tableau « Qui s'inscrit et comment » par « Notice de l'académie — … » ; {NG} quand la notice ne titre pas "
        "ce passage (la page le dit : « passage sans titre ») ; sans who_section:, la ligne ne dit que « Notice de "
        "l'académie »", default=None,
    )
    steps: tuple[Step, ...] | NotGiven = doc(
        f"étapes de l'inscription sur CYCLADES, ou {NG} ; où la notice les donne : le titre de sa partie sous session: › "
        "headings: (steps: …), ou section_as_written: sous l'étape qui ouvre chacune de ses parties")
    documents: tuple[DocumentEntry, ...] | NotGiven = doc(f"pièces justificatives que la notice demande, ou {NG}")
    documents_elsewhere: str | None = doc(
        "si la notice renvoie, pour ses pièces, à une liste donnée ailleurs (par exemple la DEMANDE DE PIÈCES "
        "JUSTIFICATIVES éditée dans CYCLADES) : ses mots ; la liste du guide ne peut alors pas être dite complète",
        default=None,
    )
    documents_deposit: tuple[DepositChannel, ...] | NotGiven | None = doc(
        "où la notice fait déposer les pièces justificatives : une ligne « - channel: … » par façon qu'elle donne "
        "(cyclades, postal, email ou establishment ; by: qui les dépose ; case_as_written: dans quel cas, quand elle en "
        "donne plusieurs), chacune avec section: (où elle le dit) : la page de la notice et la liste personnalisée le "
        "disent en tête de leurs pièces (« D'après la notice de l'académie (…), les pièces se déposent sur CYCLADES. ») ; "
        f"{NG} (ou sans cette clé) : « Où déposer les pièces : non précisé par la notice. »", default=None,
    )
    national_documents: dict[Identifier, NationalMention] = doc(
        "documents nationaux (content/documents.yaml) que la notice mentionne sans en faire une pièce de sa liste", default_factory=dict
    )
    topics: dict[Identifier, TopicText] | NotGiven = doc(f"ce que dit la notice sur les rubriques (content/topics.yaml ou propres à la notice), ou {NG}")
    exam_adjustment: ExamAdjustment | NotGiven = doc(f"demande d'aménagement d'épreuves, ou {NG}")
    forms: tuple[FormField, ...] | NotGiven = doc(f"formulaires de la notice, ou {NG}")
    links: tuple[Link, ...] | NotGiven = doc(f"liens utiles de la notice, ou {NG}")
    exam_office: Office | None = doc(
        "le bureau des examens tel que cette notice le nomme et le joint, quand elle en donne d'autres coordonnées que "
        "academy.yaml : il remplace celui de academy.yaml pour cette session (ne pas le répéter dans contacts)",
        default=None,
    )
    contacts: tuple[Contact, ...] | NotGiven = doc(f"contacts propres à cette notice (en plus du bureau des examens de academy.yaml), ou {NG}")
    specialty_contacts: tuple[ContactGroup, ...] | NotGiven = doc(f"tableau des gestionnaires par spécialité, ou {NG}")
    specialty_contacts_note: str | None = doc("précision sur le tableau des gestionnaires", default=None)
    specialty_contacts_columns: tuple[Name, ...] | None = doc(
        "les titres des deux colonnes du tableau des gestionnaires, tels que la notice les écrit, de gauche à droite (la "
        "colonne des spécialités, puis celle des téléphones), par exemple [Spécialités, Contact] : le PDF de la notice, "
        "qui reproduit son tableau (ses lignes dans ses mots, words:), les imprime en tête de ses colonnes ; obligatoire "
        "quand chaque ligne du tableau a words: (sauf contacts sous web_only: de session:) ; la page web garde son propre "
        "tableau, « Spécialités », « Téléphone », « Ligne de la notice », celui du guide", default=None,
    )
    contacts_section: str | NotGiven | None = doc(
        "où la notice donne les contacts que la page web réunit sous « Contacts » (bureau des examens, contacts:, "
        "gestionnaires, académies organisatrices), par exemple « Annexe 3 : Coordonnées des gestionnaires par spécialité » "
        f"; « IV- INFORMATIONS DIVERSES », « Déroulement épreuves » : la page finit la rubrique par « Notice de l'académie — … » ; {NG} quand la notice ne titre pas ces "
        "passages (la page le dit : « passage sans titre ») ; sans contacts_section:, la ligne ne dit que « Notice de "
        "l'académie »", default=None,
    )
    r408: R408Notice | NotGiven = doc(f"ce que la notice dit de l'attestation R408, ou {NG} (la liste nationale en vigueur s'affiche de toute façon)")
    managing_academies: tuple[ManagingAcademy, ...] | NotGiven = doc(f"spécialités organisées par une autre académie, ou {NG}")
    managing_academies_note: str | None = doc("où trouver l'académie organisatrice de chaque spécialité", default=None)
    establishment_guide: EstablishmentGuide | NotGiven | None = doc(
        f"partie réservée aux établissements (obligatoire pour une notice establishment ou both ; {NG} si elle n'en a pas)", default=None
    )
    contradictions: tuple[Contradiction, ...] = doc("passages de la notice qui se contredisent sur certains candidats", default=())
    warnings: dict[Identifier, WarningSwitch] = doc(
        "avertissements de content/checklist.yaml que la notice fonde (ceux sans source nationale), ou qu'elle dit aussi "
        "(ceux à source nationale, pour une session où leurs textes sont en vigueur, sans when: : la liste personnalisée "
        "cite alors la règle nationale et l'endroit de la notice), et ceux que seule cette notice donne", default_factory=dict)
    question_words: dict[Identifier, QuestionWords] = doc(
        "questions de content/questions.yaml dans les mots de la notice, quand ceux du guide en disent plus qu'elle : "
        "identifiant de la question → label:, choices:, phrases:",
        default_factory=dict,
    )
    source_notes: tuple[SourceNote, ...] = doc("ambiguïtés et désaccords des sources", default=())
    novelties: Novelties | NotGiven | None = doc(
        "rubrique « Nouveautés de la session » de la page : absente, le guide la calcule (comparaison avec la session précédente "
        f"de l'académie pour les mêmes candidats) ; {NG} : pas de rubrique ; sinon notice:, compare: et drop:",
        default=None,
    )
    reviewed: tuple[Reviewed, ...] = doc(
        f"{REVIEWED_DOC} (ici, ceux que validate signale dans ce fichier ; new-session ne les reporte pas : la nouvelle "
        "notice est à revoir)",
        default=(),
    )

    def check(self, reader, path: str) -> None:
        self._check_specialty_contacts_columns(reader, path)
        # where the notice says a part the page gives nothing of: a leftover (the page prints no source line there)
        if isinstance(self.who_section, str) and isinstance(self.who, NotGiven):
            reader.problem(
                self.where("who_section"), f"{path}.who_section" if path else "who_section",
                f"« {self.who_section} » dit où la notice donne qui s'inscrit et comment, mais who: est « {NG} » : la page "
                "n'a pas de tableau à sourcer ; écrire sous who: les catégories de la notice, ou retirer la ligne who_section:",
            )


    def _check_specialty_contacts_columns(self, reader, path: str) -> None:
        """The heads of the notice's table of managers (``specialty_contacts_columns:``): the notice's PDF reproduces its
        table, its lines in its words, under them; a shared word of the guide there (« Téléphone » where Toulouse 2024's
        annex 3 writes « Contact ») was the guide's word in the notice's table (tls71). Two, when written; required when
        the PDF prints the table so (every line with its words:, the contacts not web_only:); a leftover without the
        table."""
        field = f"{path}.specialty_contacts_columns" if path else "specialty_contacts_columns"
        columns, groups = self.specialty_contacts_columns, self.specialty_contacts
        if columns is not None and not isinstance(groups, tuple):
            reader.problem(
                self.where("specialty_contacts_columns"), field,
                f"titres de colonnes sans tableau : specialty_contacts: est « {NG} » ; retirer la ligne "
                "specialty_contacts_columns:, ou écrire sous specialty_contacts: le tableau des gestionnaires de la notice",
            )
        elif columns is not None and len(columns) != 2:
            reader.problem(
                self.where("specialty_contacts_columns"), field,
                f"{'un titre lu' if len(columns) == 1 else f'{len(columns)} titres lus' if columns else 'aucun titre lu'}"
                f"{' (' + ', '.join(quote(c) for c in columns) + ')' if columns else ''} : le tableau des "
                "gestionnaires a deux colonnes, ses spécialités puis ses téléphones ; écrire leurs deux titres tels que la "
                "notice les écrit, de gauche à droite, par exemple specialty_contacts_columns: [Spécialités, Contact]",
            )
        elif columns is not None and isinstance(groups, tuple) and any(not g.words for g in groups):
            # (the PDF reproduces the notice's table only when every line has its words: the heads would be read by
            # nothing, silently — review71 L5)
            # (each line of the table named by its line in the file, as staff find it — review73 M4)
            lines = [f"ligne {g.origin.line}" if g.origin else f"entrée {i}" for i, g in enumerate(groups, 1) if not g.words]
            lacks = "n'a pas ses" if len(lines) == 1 else "n'ont pas leurs"
            reader.problem(
                self.where("specialty_contacts_columns"), field,
                f"titres de colonnes inutilisés : specialty_contacts_columns: [{', '.join(columns)}] est écrit, mais "
                f"{'la ligne du tableau des gestionnaires (specialty_contacts:) écrite' if len(lines) == 1 else 'les lignes du tableau des gestionnaires (specialty_contacts:) écrites'} "
                f"{', '.join(lines[:-1]) + ' et ' + lines[-1] if len(lines) > 1 else lines[0]} du fichier {lacks} mots (words:), "
                "et le PDF de la notice ne reproduit son tableau, sous ces titres, que si chaque ligne a les siens ; ajouter "
                "words: (la ligne telle que la notice l'écrit) à chaque ligne, ou retirer la ligne specialty_contacts_columns:",
            )
        elif columns is None and isinstance(groups, tuple) and groups and all(g.words for g in groups) \
                and "contacts" not in self.session.web_only:
            reader.problem(
                self.where("specialty_contacts"), field,
                "titres des colonnes manquants : chaque ligne du tableau des gestionnaires (specialty_contacts:) a ses "
                "mots (words:), et le PDF de la notice reproduit ce tableau tel qu'elle l'écrit, titres compris ; écrire, "
                "à la racine du fichier (au début de la ligne, sans retrait), les titres de ses deux colonnes tels que la notice les écrit, de gauche à droite, par "
                "exemple specialty_contacts_columns: [Spécialités, Contact]",
            )


GUIDE_READING: frozenset[tuple[str, str]] = frozenset({
    ("Deadline", "note"), ("SourceNote", "note"), ("SourceNote", "about"), ("Contradiction", "about"), ("Contradiction", "advice"),
    ("Contradiction", "advice_after_closing"),
    ("EstablishmentGuide", "states_note"),
})
"""(record, field) of the texts that are the guide's reading of the notice, not its words (an R408 list's note: is the
notice's): a date there is reviewed, not replaced (new-session, generator.staff.rollover; validate's lint,
generator.staff.lint), and diff says such a text is the guide's (generator.diff). A contact's note is not listed: it is
the notice's words (Nantes 2026) or the guide's rewording of them (Toulouse's exam office), and diff names neither."""


UNPUBLISHED: frozenset[tuple[str, str]] = frozenset({("SessionInfo", "source"), ("Novelties", "drop"), ("TopicText", "drop")})
"""(record, field) of a session file no page, checklist or PDF prints: where the notice file came from (session.source)
and the team's reasons for leaving a line out (drop:). With the verify: and reviewed: lines, what the record walkers
leave out: validate's (generator.staff.lint: a date out of the year, an address no contact has) and new-session's
(generator.staff.rollover: the previous notice's words to replace): a date a drop: reason quotes is history."""


def exam_office_in_force(academy, session: SessionFile) -> Office | None:
    """The exam office of a session: its own ``exam_office:`` (its notice's words for it), else academy.yaml's; None
    when academy.yaml says « non précisé par la notice » and the session gives none."""
    return session.exam_office if session.exam_office is not None else given(academy.exam_office)


def vae_office_in_force(academy, session: SessionFile) -> Office | None:
    """academy.yaml's VAE service (``vae_office:``, the service a notice sends VAE candidates to) for a session whose
    ``who:`` has a category for VAE candidates (``situation: vae``): the notice that names the service names them. None
    for a session whose notice no longer counts them (staffwalk53 H1: the 2025 page gave the service its notice no
    longer named, beside « ask the exam office »), or whose who: is not given, or without vae_office:. One answer
    for the page, the checklist, the command line, the PDF and validate."""
    office = given(academy.vae_office)
    if office is None or not any(getattr(c, "situation", None) == "vae" for c in given(session.who) or ()):
        return None
    return office


def of_office(contact: Office, office: Office | None) -> bool:
    """``contact`` is someone of ``office``, the session's exam office: the session file says so (``of_exam_office:
    true`` under the contact: Nantes 2024's « Dossier suivi par : Antoine BELETEAU », whom the notice's header names
    under « Bureau DEC 4-1 »). The page, the checklist, the command line and the PDF say it under that office, not as
    another contact (a review, read50 L7). Said by staff, not read from the address (review58 M4: a name-equality test
    on the address's first line nested every service sharing the office's building, and the office itself on the PDF);
    an office that is not a session contact (the exam office, academy.yaml's) is never someone of it."""
    return office is not None and bool(getattr(contact, "of_exam_office", False))


def exam_office_people(academy, session: SessionFile) -> tuple[Office, ...]:
    """The session's contacts that are someone of its exam office (``of_office``), in the file's order."""
    office = exam_office_in_force(academy, session)
    return tuple(c for c in given(session.contacts) or () if of_office(c, office))


def offices(academy, session: SessionFile) -> tuple[Office, ...]:
    """The offices a session's web page lists as its contacts, in the page's order: its exam office
    (``exam_office_in_force``, as the merge resolves it) and the people of it among the session's contacts
    (``exam_office_people``, said under it), academy.yaml's positioning office and VAE office (``vae_office_in_force``), and the session's other
    contacts (those its notice gives in its text too, ``listed: false``). One answer for the page
    (``generator.site.notice_view.contacts``), validate (an address the texts quote that none of them has) and the
    tests of the built pages."""
    people = exam_office_people(academy, session)
    found = (exam_office_in_force(academy, session), *people, given(academy.positioning_office),
             vae_office_in_force(academy, session),
             *(c for c in given(session.contacts) or () if not any(c is p for p in people)))
    return tuple(o for o in found if o is not None)
