"""Strict YAML reading: a tree of nodes with positions, and nothing guessed.

PyYAML's defaults follow YAML 1.1: ``17:00`` becomes 1020, ``no`` becomes
False, and a duplicated key silently wins. Here the file is only *composed*
(parsed into nodes), never constructed: every scalar stays the text that was
typed, and the schema (``generator.schema``) decides what it means. Duplicated
keys, merge keys, aliases, explicit tags and several documents in one file are
reported as problems.
"""

from __future__ import annotations

from typing import Union

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from .problems import Location, Problems, quote

__all__ = ["MappingNode", "Node", "ScalarNode", "SequenceNode", "compose_file", "location", "is_null"]

NULL_WORDS = {"", "~", "null", "Null", "NULL"}


def location(file: str, node: Node) -> Location:
    """The 1-based position of a node in its file."""
    mark = node.start_mark
    return Location(file, mark.line + 1, mark.column + 1)


def is_null(node: Node) -> bool:
    """True for an empty or ``null`` plain scalar (a key written with no value)."""
    return isinstance(node, ScalarNode) and node.style is None and node.value in NULL_WORDS


class _Composer(yaml.SafeLoader):
    """A loader used only to compose; anchors and aliases are refused later."""


def _syntax_message(error: yaml.MarkedYAMLError) -> str:
    problem = (error.problem or "").strip()
    translations = {
        "mapping values are not allowed here": "deux-points inattendu (une valeur contenant « : » doit être entre guillemets)",
        "found character '\\t' that cannot start any token": "tabulation interdite ; indenter avec des espaces",
        "could not find expected ':'": "« : » attendu après la clé",
        "found undefined alias": "alias inconnu",
        "expected <block end>, but found '-'": "tiret mal aligné ; aligner les éléments de la liste",
        "expected <block end>, but found '<block mapping start>'": "indentation incohérente ; aligner les clés du même niveau",
        "expected <block end>, but found '<scalar>'": "indentation incohérente ; aligner les clés du même niveau",
        "found unexpected end of stream": "guillemet non fermé",
        "found unknown escape character": "caractère d'échappement inconnu entre guillemets doubles",
    }
    for english, french in translations.items():
        if problem.startswith(english.split("'")[0]) and (english in problem or english.startswith(problem)):
            return french
    return f"syntaxe YAML invalide ({problem})"


def compose_file(text: str, file: str, problems: Problems) -> Union[Node, None]:
    """Parse ``text`` into a node tree; report syntax and strictness problems.

    Returns None when the file cannot be read at all (a syntax error).
    """
    problems.remember_source(file, text)
    if text.startswith("\ufeff"):
        text = text[1:]
    try:
        loader = _Composer(text)
        try:
            root = loader.get_single_node()
        finally:
            loader.dispose()
    except yaml.composer.ComposerError as error:
        mark = error.problem_mark or error.context_mark
        message = "un seul document par fichier ; retirer le second « --- »"
        if "found undefined alias" in (error.problem or ""):
            message = "alias YAML (*nom) interdit ; recopier la valeur"
        problems.add(Location(file, mark.line + 1, mark.column + 1), "", message)
        return None
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        problems.add(Location(file, mark.line + 1, mark.column + 1), "", _syntax_message(error))
        return None
    if root is None:
        problems.add(Location(file, 1, 1), "", "fichier vide ; voir un fichier voisin pour le modèle")
        return None
    _check_strictness(root, file, problems, set(), "")
    return root


def _check_strictness(node: Node, file: str, problems: Problems, seen: set[int], path: str) -> None:
    """Refuse aliases, explicit tags, merge keys and duplicated keys, everywhere."""
    if id(node) in seen:
        problems.add(location(file, node), path, "alias YAML (*nom) interdit ; recopier la valeur")
        return
    seen.add(id(node))
    default_tags = {
        ScalarNode: None,
        SequenceNode: "tag:yaml.org,2002:seq",
        MappingNode: "tag:yaml.org,2002:map",
    }
    if isinstance(node, ScalarNode):
        explicit = node.style is None and node.tag and not node.tag.startswith("tag:yaml.org,2002:")
        if explicit or _typed_explicitly(node):
            problems.add(location(file, node), path, f"étiquette YAML {quote(node.tag)} interdite ; écrire la valeur seule")
        return
    if node.tag != default_tags[type(node)]:
        problems.add(location(file, node), path, f"étiquette YAML {quote(node.tag)} interdite ; écrire la valeur seule")
    if isinstance(node, SequenceNode):
        for i, item in enumerate(node.value):
            _check_strictness(item, file, problems, seen, f"{path}[{i}]")
        return
    first_seen: dict[str, Node] = {}
    for key, value in node.value:
        if not isinstance(key, ScalarNode):
            problems.add(location(file, key), path, "clé composée interdite ; une clé est un simple mot")
            continue
        if key.tag == "tag:yaml.org,2002:merge" or key.value == "<<":
            problems.add(location(file, key), path, "clé de fusion « << » interdite ; écrire les champs en entier")
            continue
        if key.value in first_seen:
            previous = first_seen[key.value].start_mark.line + 1
            problems.add(
                location(file, key),
                f"{path}.{key.value}" if path else key.value,
                f"clé {quote(key.value)} en double (déjà ligne {previous}) ; garder une seule des deux",
            )
        else:
            first_seen[key.value] = key
        _check_strictness(value, file, problems, seen, f"{path}.{key.value}" if path else str(key.value))


def _typed_explicitly(node: ScalarNode) -> bool:
    """True when the scalar carries an explicit ``!!type`` tag written in the file."""
    # The composer resolves implicit tags for plain scalars; an explicit one is
    # only distinguishable by the source text, which starts with "!" before the value.
    start, end = node.start_mark, node.end_mark
    if start.buffer is None:
        return False
    raw = start.buffer[start.pointer:end.pointer]
    return raw.startswith("!")
