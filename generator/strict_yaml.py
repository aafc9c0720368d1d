"""Strict YAML reading: a tree of nodes with positions, and nothing guessed.

PyYAML's defaults follow YAML 1.1: ``17:00`` becomes 1020, ``no`` becomes
False, and a duplicated key silently wins. Here the file is only *composed*
(parsed into nodes), never constructed: every scalar stays the text that was
typed, and the schema (``generator.schema``) decides what it means. Duplicated
keys, merge keys, aliases, explicit tags and several documents in one file are
reported as problems.
"""

from __future__ import annotations

import re
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
    """A loader used only to compose; anchors and aliases are refused later.

    An alias gives back the very node of its anchor, whose position is the
    anchor's; the position of each alias is kept here, in document order, so
    the problem points at the ``*name`` that was written.
    """

    def __init__(self, stream):
        super().__init__(stream)
        self.alias_marks: dict[int, list] = {}

    def compose_node(self, parent, index):
        if self.check_event(yaml.events.AliasEvent):
            event = self.peek_event()
            node = super().compose_node(parent, index)
            self.alias_marks.setdefault(id(node), []).append(event.start_mark)
            return node
        return super().compose_node(parent, index)


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
        if english in problem:
            return french
    return f"syntaxe YAML invalide ({problem})"


_QUOTED_VALUE = re.compile(r"""^(\s*(?:-\s+)*(?:[^\s#'"{\[][^#]*?:\s+)?)(["'])(.*)$""")


def _unclosed_quote(text: str, last_line: int) -> tuple[int, int, str] | None:
    """The first value, up to ``last_line``, that opens a quote without closing it on its line.

    A quoted value may legally run over several lines, so a forgotten closing
    quote shows up as a syntax error far below; when the parser fails, this
    finds the line staff must fix (1-based line and column of the quote).
    """
    for number, line in enumerate(text.splitlines()[:last_line], start=1):
        match = _QUOTED_VALUE.match(line)
        if not match:
            continue
        quote_char, rest = match.group(2), match.group(3)
        closed = re.search(r'(?<!\\)"', rest) if quote_char == '"' else re.search(r"'(?!')", rest.replace("''", ""))
        if not closed:
            return number, len(match.group(1)) + 1, quote_char
    return None


def compose_file(text: str, file: str, problems: Problems) -> Union[Node, None]:
    """Parse ``text`` into a node tree; report syntax and strictness problems.

    Returns None when the file cannot be read at all (a syntax error).
    """
    problems.remember_source(file, text)
    if text.startswith("\ufeff"):
        text = text[1:]
    root = _compose_with_libyaml(text)
    if root is not None:
        # Plain nodes only (no alias, anchor or tag): only the keys need checking.
        _check_keys(root, file, problems, "")
        return root
    try:
        loader = _Composer(text)
        try:
            root = loader.get_single_node()
            alias_marks = loader.alias_marks
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
        unclosed = _unclosed_quote(text, mark.line + 1)
        if unclosed is not None:
            line, column, quote_char = unclosed
            problems.add(Location(file, line, column), "", f"guillemet {quote(quote_char)} non fermé sur cette ligne ; le fermer à la fin de la valeur")
            return None
        problems.add(Location(file, mark.line + 1, mark.column + 1), "", _syntax_message(error))
        return None
    if root is None:
        problems.add(Location(file, 1, 1), "", "fichier vide ; voir un fichier voisin pour le modèle")
        return None
    _check_strictness(root, file, problems, set(), "", alias_marks)
    return root


# --- Fast path: libyaml's C parser, for the files that need none of the special cases ----------
#
# PyYAML's pure-Python scanner costs about 20 ms per session file; libyaml parses
# the same file in well under 1 ms. The C parser's events are turned into the
# very nodes PyYAML's composer builds (same values, styles, tags and positions)
# as long as the file is ordinary: one document, no alias, no anchor, no
# explicit tag, a final line break, no empty value inside {…} or […] (libyaml
# places those elsewhere than PyYAML) nor a plain value there that PyYAML
# refuses (« ? » inside, « : » first), and none of the characters whose handling
# differs between the two parsers (tabs, carriage returns, Unicode line
# separators, a byte order mark after the start, directives) nor a « # »
# glued to the « | » or « > » of a block scalar. Anything else, and every syntax
# error, goes through the pure-Python composer above, so the problems reported
# (messages, lines and columns) are exactly those of PyYAML.

try:
    from yaml.cyaml import CParser as _CParser
except ImportError:  # PyYAML built without libyaml: the pure-Python path does everything
    _CParser = None

USE_LIBYAML = _CParser is not None
"""False forces the pure-Python composer (the tests compare both paths)."""

_STYLES = {"'": "'", '"': '"', "|": "|", ">": ">"}  # libyaml says "" for plain, PyYAML None
_SEQ_TAG = "tag:yaml.org,2002:seq"
_MAP_TAG = "tag:yaml.org,2002:map"
_resolve = yaml.resolver.Resolver().resolve
_RESOLVED: dict = {}  # plain text -> the tag PyYAML's resolver gives it
AliasEvent, ScalarEvent, StreamEndEvent, DocumentStartEvent = yaml.AliasEvent, yaml.ScalarEvent, yaml.StreamEndEvent, yaml.DocumentStartEvent
MappingStartEvent, MappingEndEvent, SequenceStartEvent, SequenceEndEvent = yaml.MappingStartEvent, yaml.MappingEndEvent, yaml.SequenceStartEvent, yaml.SequenceEndEvent


class _Unusual(Exception):
    """The file needs the pure-Python composer."""


def _compose_with_libyaml(text: str) -> Union[Node, None]:
    """The node tree built from libyaml's events, or None when the pure-Python path must decide."""
    if not USE_LIBYAML or not text.endswith("\n") or _unusual_text(text):
        return None  # (without a final line break, libyaml ends the last nodes one line lower)
    parser = _CParser(text)
    try:
        get_event = parser.get_event
        get_event()  # stream start
        if type(get_event()) is not DocumentStartEvent:
            return None  # empty file
        root = _build(get_event, text)
        get_event()  # document end
        if type(get_event()) is not StreamEndEvent:
            return None  # a second document
        return root
    except (_Unusual, yaml.YAMLError):
        return None
    finally:
        parser.dispose()


def _unusual_text(text: str) -> bool:
    """True when the text holds something libyaml and PyYAML read differently (see above)."""
    return (
        "\t" in text
        or "\r" in text
        or "\x85" in text
        or "\u2028" in text
        or "\u2029" in text
        or "\ufeff" in text
        or text.startswith("%")
        or "\n%" in text
    )


def _glued_comment(text: str, index: int) -> bool:
    """True unless the block scalar header at ``index`` (« | », « > », indicators) is followed by a blank.

    libyaml takes ``|#…`` as a header and a comment; PyYAML refuses it.
    """
    if text[index:index + 1] not in ("|", ">"):
        return True  # not where expected: let PyYAML decide
    end = index + 1
    while text[end:end + 1] in ("-", "+", "1", "2", "3", "4", "5", "6", "7", "8", "9", "0"):
        end += 1
    return text[end:end + 1] == "#"


_MAX_DEPTH = 100  # deeper files go through PyYAML's (recursive) composer, as before


def _build(get_event, text: str) -> Node:
    """The node tree of one document's events (up to, not including, the document end).

    Iterative: ``stack`` holds the open collections with their children so far
    (a mapping's keys and values alternate) and the flow level around them.
    """
    resolve_cache = _RESOLVED
    stack: list = []
    children: list = []
    flow = 0
    while True:
        event = get_event()
        kind = type(event)
        if kind is ScalarEvent:
            if event.anchor is not None or event.tag is not None:
                raise _Unusual
            value = event.value
            style = _STYLES.get(event.style)
            if flow and style is None and (not value or "?" in value or value[0] == ":"):
                # An empty value inside […] or {…}: PyYAML places it after the colon;
                # « ? » in, or « : » at the start of, a plain value there: PyYAML refuses it.
                raise _Unusual
            if (style == "|" or style == ">") and _glued_comment(text, event.start_mark.index):
                raise _Unusual
            implicit = event.implicit
            if style is None and implicit == (True, False):
                tag = resolve_cache.get(value)
                if tag is None:
                    tag = _resolve(ScalarNode, value, implicit)
                    if len(resolve_cache) < 100_000:
                        resolve_cache[value] = tag
            else:
                tag = _resolve(ScalarNode, value, implicit)
            node = ScalarNode(tag, value, event.start_mark, event.end_mark, style=style)
        elif kind is MappingStartEvent or kind is SequenceStartEvent:
            if event.anchor is not None or event.tag is not None or len(stack) >= _MAX_DEPTH:
                raise _Unusual
            cls, tag = (MappingNode, _MAP_TAG) if kind is MappingStartEvent else (SequenceNode, _SEQ_TAG)
            flow_style = event.flow_style
            if cls is SequenceNode and not flow_style and stack:
                parent = stack[-1][0]
                if type(parent) is MappingNode and not parent.flow_style and parent.start_mark.column == event.start_mark.column:
                    flow_style = None  # a « - » list level with its key: PyYAML's indentless sequence has no style
            stack.append((cls(tag, None, event.start_mark, None, flow_style=flow_style), children, flow))
            children = []
            if event.flow_style:
                flow += 1
            continue
        elif kind is SequenceEndEvent or kind is MappingEndEvent:
            node, parent_children, flow = stack.pop()
            node.value = children if kind is SequenceEndEvent else list(zip(children[::2], children[1::2]))
            node.end_mark = event.end_mark
            children = parent_children
        else:
            raise _Unusual  # an alias
        if not stack:
            return node
        children.append(node)


def _check_keys(node: Node, file: str, problems: Problems, path: str) -> None:
    """``_check_strictness`` for a tree without alias, anchor or tag: compound, merge and duplicated keys."""
    if type(node) is SequenceNode:
        for i, item in enumerate(node.value):
            if type(item) is not ScalarNode:
                _check_keys(item, file, problems, f"{path}[{i}]")
        return
    if type(node) is not MappingNode:
        return
    first_seen: dict[str, Node] = {}
    for key, value in node.value:
        if type(key) is not ScalarNode:
            problems.add(location(file, key), path, "clé composée interdite ; une clé est un simple mot")
            continue
        name = key.value
        if key.tag == "tag:yaml.org,2002:merge" or name == "<<":
            problems.add(location(file, key), f"{path}.<<" if path else "<<", "clé de fusion « << » interdite ; écrire les champs en entier")
            continue
        if name in first_seen:
            previous = first_seen[name].start_mark.line + 1
            problems.add(
                location(file, key),
                f"{path}.{name}" if path else name,
                f"clé {quote(name)} en double (déjà ligne {previous}) ; garder une seule des deux",
            )
        else:
            first_seen[name] = key
        if type(value) is not ScalarNode:
            _check_keys(value, file, problems, f"{path}.{name}" if path else str(name))


def _check_strictness(node: Node, file: str, problems: Problems, seen: set[int], path: str, alias_marks: dict[int, list]) -> None:
    """Refuse aliases, explicit tags, merge keys and duplicated keys, everywhere."""
    if id(node) in seen:
        marks = alias_marks.get(id(node))
        where = Location(file, marks[0].line + 1, marks[0].column + 1) if marks else location(file, node)
        if marks:
            marks.pop(0)
        problems.add(where, path, "alias YAML (*nom) interdit ; recopier la valeur")
        return
    seen.add(id(node))
    default_tags = {
        ScalarNode: None,
        SequenceNode: "tag:yaml.org,2002:seq",
        MappingNode: "tag:yaml.org,2002:map",
    }
    written_tag = _written_tag(node)
    if isinstance(node, ScalarNode):
        explicit = node.style is None and node.tag and not node.tag.startswith("tag:yaml.org,2002:")
        if explicit or written_tag:
            problems.add(location(file, node), path, f"étiquette YAML {quote(written_tag or node.tag)} interdite ; écrire la valeur seule")
        return
    if written_tag or node.tag != default_tags[type(node)]:
        problems.add(location(file, node), path, f"étiquette YAML {quote(written_tag or node.tag)} interdite ; écrire la valeur seule")
    if isinstance(node, SequenceNode):
        for i, item in enumerate(node.value):
            _check_strictness(item, file, problems, seen, f"{path}[{i}]", alias_marks)
        return
    first_seen: dict[str, Node] = {}
    for key, value in node.value:
        if not isinstance(key, ScalarNode):
            problems.add(location(file, key), path, "clé composée interdite ; une clé est un simple mot")
            continue
        if key.tag == "tag:yaml.org,2002:merge" or key.value == "<<":
            problems.add(location(file, key), f"{path}.<<" if path else "<<", "clé de fusion « << » interdite ; écrire les champs en entier")
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
        _check_strictness(value, file, problems, seen, f"{path}.{key.value}" if path else str(key.value), alias_marks)


def _written_tag(node: Node) -> str:
    """The explicit tag written before a value (``!!str``, ``!foo``), or "" when there is none."""
    # The composer resolves implicit tags; an explicit one is only distinguishable
    # by the source text, where the node starts with "!" before the value.
    start = node.start_mark
    if start.buffer is None:
        return ""
    raw = start.buffer[start.pointer:node.end_mark.pointer]
    if not raw.startswith("!"):
        return ""
    return raw.split()[0] if raw.split() else raw
