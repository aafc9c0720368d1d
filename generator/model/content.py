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

from dataclasses import dataclass
from collections.abc import Callable
from typing import Literal

from ..interface import PLACEHOLDER, interface_placeholders
from ..french import typography
from ..schema import Record, doc
from .conditions import Condition
from .specialties import R408List, Specialty
from .values import ChoiceId, Identifier, Name, Year


@dataclass(frozen=True, kw_only=True)
class Question(Record):
    """A question of the checklist, or a fact derived from the answers (``kind: derived``)."""

    label: Name = doc("la question posée au candidat, en français")
    kind: Literal["choice", "date", "department", "specialty", "option", "derived"] = doc(
        "choice (liste de choix), date, department (numéro), specialty, option (lettre d'option) ou derived (calculé)"
    )
    help: str | None = doc("aide affichée sous la question", default=None)
    choices: dict[ChoiceId, Name] = doc("choix : identifiant → libellé (pour choice et derived)", default_factory=dict)
    asked_when: Condition = doc("n'est posée que si cette condition est remplie", default=Condition.always())
    derived_from: tuple[Identifier, ...] = doc("questions dont ce fait est calculé (kind: derived)", default=())
    order: int = doc("rang d'affichage : les questions décisives d'abord", default=100)


@dataclass(frozen=True, kw_only=True)
class QuestionsFile(Record):
    questions: dict[Identifier, Question] = doc("questions : identifiant → question")


@dataclass(frozen=True, kw_only=True)
class Topic(Record):
    """A national rule or piece of advice shown in every notice where it applies."""

    title: Name = doc("titre de la rubrique")
    text: str = doc("texte national")
    source: str = doc("texte réglementaire ou notice d'où il vient")
    from_session: Year | None = doc("première session concernée", default=None)
    until_session: Year | None = doc("dernière session concernée", default=None)
    audience: Literal["all", "individual", "establishment"] = doc("public concerné", default="all")


@dataclass(frozen=True, kw_only=True)
class TopicsFile(Record):
    topics: dict[Identifier, Topic] = doc("sujets nationaux : identifiant → texte")


@dataclass(frozen=True, kw_only=True)
class NationalDocument(Record):
    """A supporting document required by a national rule."""

    label: Name = doc("intitulé du document")
    when: Condition = doc("conditions dans lesquelles il est exigé", default=Condition.always())
    source: str = doc("texte réglementaire")
    detail: str | None = doc("précision", default=None)
    from_session: Year | None = doc("première session concernée", default=None)


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
    when: Condition = doc("conditions dans lesquelles il s'affiche (vide : toujours)", default=Condition.always())
    situations: Literal["registers_elsewhere", "not_in_notice"] | None = doc(
        "registers_elsewhere : seulement pour les situations que la notice fait inscrire par l'établissement "
        "ou par une autre démarche ; not_in_notice : pour les situations que la notice ne cite pas",
        default=None,
    )
    topic: Identifier | None = doc("seulement si la notice de la session comporte ce sujet de content/topics.yaml", default=None)
    source: str | None = doc("texte réglementaire ou notice d'où il vient", default=None)


@dataclass(frozen=True, kw_only=True)
class ChecklistFile(Record):
    warnings: dict[Identifier, ChecklistWarning] = doc("avertissements de la liste personnalisée : identifiant → avertissement")


@dataclass(frozen=True, kw_only=True)
class InterfaceGroup(Record):
    """The texts of one page or section (``content/interface.yaml``)."""

    about: str = doc("où ces textes s'affichent (pour l'équipe ; jamais affiché)")
    texts: dict[Identifier, Name] = doc(
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
        the same table (``checks.check_interface``).
        """
        expected = interface_placeholders(key)
        if set(values) != set(expected):
            raise ValueError(f"interface text {key}: values {sorted(values)} given, {sorted(expected)} expected")
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
        template = typography(self.groups[group].texts[name])
        out, last = [], 0
        for m in PLACEHOLDER.finditer(template):
            words = template[last:m.start()]
            out.append(escape(words) if escape is not None and words else words)
            out.append(str(values[m.group(1)]))
            last = m.end()
        words = template[last:]
        out.append(escape(words) if escape is not None and words else words)
        return "".join(out)

    def join(self, key: str, items: list[str]) -> str:
        """``items`` joined by the text ``key`` (« {before} ou {after} »), like ``str.join``."""
        if not items:
            return ""
        result = items[0]
        for item in items[1:]:
            result = self.text(key, before=result, after=item)
        return result
