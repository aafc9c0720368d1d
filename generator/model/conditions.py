"""When a document (or a question, or a warning) applies: a small condition language.

Written in YAML under ``when:``::

    when:
      situation: [distance, repeater]   # the answer is one of these
      nationality: french               # the answer is this
      not: {route: apprenti}            # negation
      any:                              # at least one of
        - {has_benefits: "yes"}
        - {has_dispensations: "yes"}

Keys of one mapping must all hold (AND); a list of values is an OR. Keys are
question ids of ``content/questions.yaml`` (asked or derived); values are that
question's choice ids. Those references are checked in ``generator.checks``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..problems import Location, quote
from ..strict_yaml import MappingNode, Node, ScalarNode, SequenceNode, is_null, location

COMBINATORS = ("all", "any", "not")


@dataclass(frozen=True)
class Condition:
    """A node of a condition tree.

    ``kind`` is ``test`` (``question`` answer is one of ``values``), ``all``,
    ``any`` or ``not`` (over ``children``). An empty ``all`` always holds.
    """

    kind: str
    question: str = ""
    values: tuple[str, ...] = ()
    children: tuple["Condition", ...] = ()
    at: Location | None = field(default=None, compare=False, repr=False)
    path: str = field(default="", compare=False, repr=False)

    @classmethod
    def always(cls) -> "Condition":
        return cls("all")

    @classmethod
    def all_of(cls, *parts: "Condition") -> "Condition":
        """All of ``parts``: the one part alone, ``always`` for none (parts that are ``always`` left out)."""
        kept = tuple(p for p in parts if not (p.kind == "all" and not p.children))
        if not kept:
            return cls.always()
        return kept[0] if len(kept) == 1 else cls("all", children=kept)

    def conjuncts(self) -> tuple["Condition", ...]:
        """The parts that must all hold: a conjunction's children, else the condition itself."""
        return self.children if self.kind == "all" else (self,)

    def tests(self):
        """Every ``test`` node of the tree, depth first."""
        if self.kind == "test":
            yield self
        for child in self.children:
            yield from child.tests()

    def questions(self) -> set[str]:
        return {t.question for t in self.tests()}

    def requires(self, other: "Condition") -> bool:
        """Whether this condition holds only when ``other`` does, read from its shape (sound, not complete):
        ``other`` itself, a test of the same question with fewer values, an « all » one part of which requires it,
        an « any » each case of which does. ``always`` is required by every condition."""
        if other.kind == "all" and not other.children:
            return True
        if self == other:
            return True
        if self.kind == "test":
            return other.kind == "test" and self.question == other.question and set(self.values) <= set(other.values)
        if self.kind == "all":
            return any(c.requires(other) for c in self.children)
        if self.kind == "any":
            return bool(self.children) and all(c.requires(other) for c in self.children)
        return False

    def unguarded_test(self, questions: set[str], guard: "Condition") -> "Condition | None":
        """The first test of ``questions`` in this condition that may decide it for a candidate for whom ``guard``
        does not hold (None when there is none): a test not within an « all » one part of which requires ``guard``.
        A « not » above it changes nothing (it decides the opposite)."""

        def visit(node: "Condition", guarded: bool) -> "Condition | None":
            if node.kind == "test":
                return node if node.question in questions and not guarded else None
            if node.kind == "all":
                guarded = guarded or any(c.requires(guard) for c in node.children)
            return next((found for c in node.children if (found := visit(c, guarded)) is not None), None)

        return visit(self, False)

    def to_json(self) -> object:
        """A plain structure for the browser engine: ``["test", q, [values]]`` or ``[kind, [...]]``."""
        if self.kind == "test":
            return ["test", self.question, list(self.values)]
        return [self.kind, [c.to_json() for c in self.children]]

    @classmethod
    def from_node(cls, node: Node, reader, path: str):
        from ..schema import INVALID

        if is_null(node):
            # « when: » with nothing under it: a condition left to write, not « every candidate » (a staff walk: the
            # document silently asked of all); the file says « every candidate » by leaving « when: » out, or « {} »
            key = path.rsplit(".", 1)[-1]
            if key.endswith("]"):
                remove = "ou retirer cet élément vide de la liste"
            elif key == "when" and path.startswith("warnings.") and reader.file.startswith("academies/"):
                # (a notice's warning in its session file: without when:, the national warning's candidates)
                remove = "ou retirer la ligne « when: » pour les candidats de l'avertissement national, ou écrire « when: {} » pour tous"
            elif key == "when":
                remove = "ou retirer la ligne « when: » si cela vaut pour tous les candidats"
            else:
                remove = f"ou retirer la ligne « {key}: »"
            return reader.problem(
                node, path,
                f"condition vide ; écrire en dessous, plus en retrait que « {key.rsplit('[', 1)[0]}: », la question et sa réponse (par exemple "
                f"« nationality: french »), ou, si la condition est écrite juste en dessous au même niveau (« any: », « all: », « not: » ou "
                f"une question), la mettre en retrait, {remove}",
            )
        if not isinstance(node, MappingNode):
            return reader.problem(node, path, cls._not_a_mapping(node, path))
        children = []
        broken = False
        seen: set[str] = set()
        for key_node, value_node in node.value:
            if not isinstance(key_node, ScalarNode) or key_node.value == "<<" or key_node.value in seen:
                broken = broken or not isinstance(key_node, ScalarNode) or key_node.value == "<<"
                continue  # compound, merge and duplicated keys were reported by strict_yaml
            key = key_node.value
            seen.add(key)
            sub = f"{path}.{key}"
            if key in ("all", "any"):
                if not isinstance(value_node, SequenceNode) or not value_node.value:
                    reader.problem(value_node, sub, f"{quote(key)} attend une liste de conditions (lignes « - ») ; en écrire au moins une")
                    broken = True
                    continue
                parts = [cls.from_node(item, reader, f"{sub}[{i}]") for i, item in enumerate(value_node.value)]
                if any(p is INVALID for p in parts):
                    broken = True
                    continue
                children.append(cls(key, children=tuple(parts), at=location(reader.file, key_node), path=sub))
            elif key == "not":
                part = cls.from_node(value_node, reader, sub)
                if part is INVALID:
                    broken = True
                    continue
                children.append(cls("not", children=(part,), at=location(reader.file, key_node), path=sub))
            else:
                if reader.unknown_questions and reader.condition_keys and key not in reader.condition_keys:
                    reader.problem(key_node, sub, "question inconnue")  # (only counted, never shown: see Reader)
                values = cls._values(value_node, reader, sub)
                if values is INVALID:
                    broken = True
                    continue
                children.append(cls("test", question=key, values=values, at=location(reader.file, key_node), path=sub))
        if broken:
            return INVALID
        if len(children) == 1:
            return children[0]
        return cls("all", children=tuple(children), at=location(reader.file, node), path=path)

    @staticmethod
    def _not_a_mapping(node: Node, path: str) -> str:
        """What to say of a condition that is not a mapping: « checklist_when: "situation: repeater" » (the quotes
        that « deux-points inattendu » advises for a text) gets the braces written with its own words."""
        from ..strict_yaml import CONDITION_SECTION

        key = path.rsplit(".", 1)[-1]
        line = f"{key}: " if not key.endswith("]") else "- "
        if isinstance(node, ScalarNode):
            written = re.fullmatch(r"\s*([a-z_][a-z0-9_]*)\s*:\s*([^\s{}:][^{}:]*?)\s*", node.value)
            if written is not None:
                condition = f"{written[1]}: {written[2]}"
                return (
                    f"{quote(node.value)} est un texte (entre guillemets) ; une condition s'écrit entre accolades : "
                    f"écrire {line}{{{condition}}} ({CONDITION_SECTION})"
                )
            return (
                f"{quote(node.value)} n'est pas une condition ; une condition s'écrit avec des clés « question: réponse », "
                f"par exemple {line}{{situation: repeater}} ({CONDITION_SECTION} ; les questions et leurs réponses : page « les identifiants »)"
            )
        return (
            f"une liste (lignes « - ») n'est pas une condition ; écrire les lignes « question: réponse » sans « - » "
            f"(toutes doivent être vraies), ou sous any: (l'une suffit) ({CONDITION_SECTION})"
        )

    @staticmethod
    def _values(node: Node, reader, path: str):
        from ..schema import INVALID

        items = node.value if isinstance(node, SequenceNode) else [node]
        values = []
        for item in items:
            if not isinstance(item, ScalarNode) or is_null(item):
                reader.problem(item, path, "valeur de réponse attendue (un mot de la liste des choix de la question)")
                return INVALID
            values.append(item.value)
        if not values:
            reader.problem(node, path, "liste de valeurs vide ; écrire au moins une valeur")
            return INVALID
        return tuple(values)


_CONDITION_FIELDS: frozenset[str] | None = None


def condition_fields() -> frozenset[str]:
    """The keys whose value is a condition: the model's fields typed ``Condition`` (``when``, ``unless``,
    ``checklist_when``, ``documents_when``…) and ``not`` inside a condition. For the syntax advice of
    ``generator.strict_yaml``, which reads lines before any model: « checklist_when: situation: repeater »."""
    global _CONDITION_FIELDS
    if _CONDITION_FIELDS is None:
        import dataclasses
        import typing

        from . import academy, content, departments, session, site, specialties

        def holds(tp) -> bool:
            return tp is Condition or any(holds(arg) for arg in typing.get_args(tp))

        names = {"not"}
        for module in (academy, content, departments, session, site, specialties):
            for value in vars(module).values():
                if isinstance(value, type) and dataclasses.is_dataclass(value) and value.__module__ == module.__name__:
                    names.update(name for name, tp in typing.get_type_hints(value).items() if holds(tp))
        _CONDITION_FIELDS = frozenset(names)
    return _CONDITION_FIELDS


def condition_yaml(condition: Condition) -> str:
    """A condition as a « when: » writes it, on one line (``{nationality: french, national_age_band: [under_25,
    turns_25]}``): what a notice item asking for the same document writes; "" for every candidate."""

    def values(test: Condition) -> str:
        return test.values[0] if len(test.values) == 1 else "[" + ", ".join(test.values) + "]"

    def entry(node: Condition) -> tuple[str, str]:
        if node.kind == "test":
            return node.question, values(node)
        if node.kind == "not":
            return "not", flow(node.children[0])
        return node.kind, "[" + ", ".join(flow(c) for c in node.children) + "]"

    def flow(node: Condition) -> str:
        entries = [entry(c) for c in node.children] if node.kind == "all" else [entry(node)]
        if len({key for key, _ in entries}) < len(entries):  # (a key twice: the « all » said as a list)
            entries = [("all", "[" + ", ".join(flow(c) for c in node.children) + "]")]
        return "{" + ", ".join(f"{key}: {value}" for key, value in entries) + "}"

    return "" if condition == Condition.always() else flow(condition)
