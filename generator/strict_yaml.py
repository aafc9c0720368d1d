"""Strict YAML reading: a tree of nodes with positions, and nothing guessed.

PyYAML's defaults follow YAML 1.1: ``17:00`` becomes 1020, ``no`` becomes
False, and a duplicated key silently wins. Here the file is only *composed*
(parsed into nodes), never constructed: every scalar stays the text that was
typed (in Unicode NFC: ``scalar_text``), and the schema (``generator.schema``)
decides what it means. Duplicated
keys, merge keys, aliases, explicit tags and several documents in one file are
reported as problems.

Before parsing, the text is searched for characters no data file should hold
(``FORBIDDEN_CHARACTERS``: control characters, bidirectional controls,
Unicode line separators, non-characters…); nesting deeper than ``MAX_DEPTH``
collections is refused while composing, without recursion; and every error of
PyYAML's reader, scanner, parser and composer is turned into a French message
with its position and, when the lines above allow it, the field path
(``key_path_at``). No English text of the parser reaches staff.
"""

from __future__ import annotations

import difflib
import json
import re
import unicodedata
from typing import Union

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from .problems import CUT_MARK, Location, Problems, inside_word_processor_quotes, quote, quote_whole, source_lines

__all__ = [
    "MappingNode", "Node", "ScalarNode", "SequenceNode", "compose_file", "location", "is_null",
    "FORBIDDEN_CHARACTERS", "MAX_DEPTH", "key_path_at", "flow_items", "flow_to_block", "then_in_block",
]

NULL_WORDS = {"", "~", "null", "Null", "NULL"}

MAX_DEPTH = 30
"""Collections (mappings and lists) nested in one another, at the most. The real
files nest 7 deep at the most; anything deeper is a mistake (or an attack on
the recursive parts of the reading) and is refused before it is composed."""


def location(file: str, node: Node) -> Location:
    """The 1-based position of a node in its file."""
    mark = node.start_mark
    return Location(file, mark.line + 1, mark.column + 1)


def scalar_text(value: str) -> str:
    """A scalar's text as every node keeps it: in Unicode NFC, each accented letter one character. Text copied from a
    PDF may come as a letter and its accent apart (NFD, « Nante\u0301s »), which looks the same but is another string:
    the page would print it so, a search for the name as typed would miss it, and the checks that compare texts with
    the national table or fold their accents would read it otherwise (review65 M2). Normalized here, once, as each
    scalar node is made (both ways of composing), so that every reader of a node, the schema's included, reads NFC."""
    return value if value.isascii() else unicodedata.normalize("NFC", value)


def is_null(node: Node) -> bool:
    """True for an empty or ``null`` plain scalar (a key written with no value)."""
    return isinstance(node, ScalarNode) and node.style is None and node.value in NULL_WORDS


class _TooDeep(Exception):
    """Nesting deeper than MAX_DEPTH; ``mark`` is where the collection one level too deep starts."""

    def __init__(self, mark):
        super().__init__()
        self.mark = mark


class _Composer(yaml.SafeLoader):
    """A loader used only to compose; anchors and aliases are refused later.

    An alias gives back the very node of its anchor, whose position is the
    anchor's; the position of each alias is kept here, in document order, so
    the problem points at the ``*name`` that was written. PyYAML's composer is
    recursive: the depth is counted here and a collection deeper than
    ``MAX_DEPTH`` stops the composition long before Python's recursion limit.
    """

    def __init__(self, stream):
        super().__init__(stream)
        self.alias_marks: dict[int, list] = {}
        self.anchor_marks: list[tuple] = []  # (mark, whether on a scalar), in document order
        self.depth = 0

    def compose_node(self, parent, index):
        anchor = getattr(self.peek_event(), "anchor", None) if not self.check_event(yaml.events.AliasEvent) else None
        if anchor is not None:
            self.anchor_marks.append((self.peek_event().start_mark, self.check_event(yaml.events.ScalarEvent)))
        if self.check_event(yaml.events.AliasEvent):
            event = self.peek_event()
            node = super().compose_node(parent, index)
            self.alias_marks.setdefault(id(node), []).append(event.start_mark)
            return node
        if not self.check_event(yaml.events.MappingStartEvent, yaml.events.SequenceStartEvent):
            return super().compose_node(parent, index)
        if self.depth >= MAX_DEPTH:
            raise _TooDeep(self.peek_event().start_mark)
        self.depth += 1
        try:
            return super().compose_node(parent, index)
        finally:
            self.depth -= 1

    def compose_scalar_node(self, anchor):
        node = super().compose_scalar_node(anchor)
        node.value = scalar_text(node.value)
        return node


# --- Characters no data file holds ------------------------------------------------------------
#
# Refused everywhere in a file, comments included, before parsing: they are
# invisible in an editor, and either PyYAML cannot read them (control
# characters, non-characters: its reader would stop with an English message),
# or they make the file say something else than it shows (bidirectional
# controls reorder the text on screen: « Trojan source »; Unicode line
# separators and NEL end a line for YAML but not in most editors, so the line
# numbers would disagree; a byte order mark anywhere but at the very start).
# Zero-width and other format characters are refused in names, slugs and ids
# only (``generator.model.values.Name``): in a paragraph they are harmless.

def _noncharacters() -> str:
    planes = "".join(f"{chr(plane * 0x10000 + 0xFFFE)}-{chr(plane * 0x10000 + 0xFFFF)}" for plane in range(0x11))
    return "\ufdd0-\ufdef" + planes


_CHARACTER_KINDS = (
    # (characters as a regular-expression class body, what they are, how to fix)
    ("\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x84\x86-\x9f", "caractère de contrôle invisible", "le supprimer (il vient souvent d'un copier-coller)"),
    ("\x85\u2028\u2029", "séparateur de ligne Unicode, invisible : YAML y coupe la ligne, pas l'éditeur",
     "le remplacer par un vrai retour à la ligne ou par une espace"),
    ("\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069", "caractère invisible de sens d'écriture, qui change l'ordre d'affichage du texte",
     "le supprimer"),
    ("\ufeff", "marque d'ordre des octets (BOM) au milieu du fichier", "la supprimer"),
    ("\ud800-\udfff", "demi-caractère Unicode isolé (texte mal converti)", "le supprimer et retaper le caractère voulu"),
    (_noncharacters(), "non-caractère Unicode, jamais valide dans un texte", "le supprimer"),
)
FORBIDDEN_CHARACTERS = re.compile("[" + "".join(chars for chars, _, _ in _CHARACTER_KINDS) + "]")
"""Characters refused anywhere in a data file (a byte order mark is allowed as the very first character only)."""
# The same without the non-characters beyond U+FFFF: ten times faster to search, enough for a text
# that has no character beyond U+FFFF (most files; ``_beyond_bmp`` tells).
_FORBIDDEN_IN_BMP = re.compile("[" + "".join(chars for chars, _, _ in _CHARACTER_KINDS[:-1]) + "\ufdd0-\ufdef\ufffe\uffff]")
_KIND_OF = [(re.compile(f"[{chars}]"), what, fix) for chars, what, fix in _CHARACTER_KINDS]
MAX_CHARACTER_PROBLEMS = 10  # per file; the others are counted in one more problem


def _line_starts(text: str) -> list[int]:
    """The index where each line starts (``\\n``, ``\\r\\n`` or ``\\r`` end a line, as in ``source_lines``)."""
    return [0] + [m.end() for m in re.finditer(r"\r\n|\r|\n", text)]


def _position(starts: list[int], index: int) -> tuple[int, int]:
    """1-based line and column of the character at ``index``."""
    import bisect

    line = bisect.bisect_right(starts, index)
    return line, index - starts[line - 1] + 1


def _beyond_bmp(text: str) -> bool:
    """True when ``text`` has a character beyond U+FFFF (two UTF-16 code units)."""
    return len(text.encode("utf-16-le", "surrogatepass")) != 2 * len(text)


def _check_characters(text: str, file: str, problems: Problems) -> bool:
    """Report every forbidden character of ``text``; True when there is none."""
    forbidden = FORBIDDEN_CHARACTERS if _beyond_bmp(text) else _FORBIDDEN_IN_BMP
    first = forbidden.search(text)
    if first is None:
        return True
    starts = _line_starts(text)
    lines = source_lines(text)
    found = list(forbidden.finditer(text, first.start()))
    for match in found[:MAX_CHARACTER_PROBLEMS]:
        ch = match.group()
        what, fix = next((what, fix) for pattern, what, fix in _KIND_OF if pattern.match(ch))
        line, column = _position(starts, match.start())
        problems.add(Location(file, line, column), key_path_at(lines, line, column), f"caractère interdit [U+{ord(ch):04X}] : {what} ; {fix}")
    if len(found) > MAX_CHARACTER_PROBLEMS:
        more = found[MAX_CHARACTER_PROBLEMS]
        line, column = _position(starts, more.start())
        others = len(found) - MAX_CHARACTER_PROBLEMS
        problems.add(Location(file, line, column), "", f"{others} autre{'s' if others > 1 else ''} caractère{'s' if others > 1 else ''} interdit{'s' if others > 1 else ''} à partir d'ici ; les supprimer aussi")
    return False


def _check_cut_marks(text: str, file: str, problems: Problems) -> None:
    """A value that holds the mark a message leaves where it cuts a long value (« … (108 caractères) »: ``quote``):
    copied from a message, the rest of the value lost (a staff walk, stop 48 M6: published as the session's title)."""
    starts = _line_starts(text)
    lines = source_lines(text)
    for match in CUT_MARK.finditer(text):
        line, column = _position(starts, match.start())
        if lines[line - 1].lstrip().startswith("#"):
            continue  # (a comment: no value)
        problems.add(
            Location(file, line, column), key_path_at(lines, line, column),
            f"{quote(' '.join(match.group().split()))} : marque d'une valeur coupée dans un message de validate (elle avait {match.group(1)} "
            "caractères), pas des mots de la notice ; écrire la valeur entière, reprise de la notice",
        )



# « # » right after a space starts a comment in YAML, also in the middle of a plain value: « label: Annexe #2 à
# joindre » reads « Annexe » and the rest is silently gone (fuzz69: validate said « Tout est valide » and the page
# showed the cut text). A « # » glued to a word or a number (« #2 », « #important ») is text staff meant, never a
# comment of this project's files (« key: value  # comment »): said, with the line to write.
_HASH_GLUED = re.compile(r"[ \t]#(?=\w)")
_HASH_AFTER_VALUE = re.compile(r"[ \t]+#\w")


def _hash_cut_message(value: str, cut: str, head: str, meant: str | None, then: str = "") -> str:
    """``meant``: the value as written on its line, to give it between quotes; None when it goes on below (the quotes
    then close at the end of its last line). ``then``: what else YAML does with the line (« , et la ligne … »)."""
    whole = (f"la valeur entière entre guillemets : {quote_whole(head + quoted_value(meant))}" if meant is not None
             else "le texte entier entre guillemets, le guillemet fermant à la fin de sa dernière ligne")
    fix = "écrire « n° » à la place de « # »" if cut[1:2].isdigit() else "retirer « # »"
    return (f"« # » après une espace commence un commentaire pour YAML : la valeur lue s'arrête à {quote(value)} : "
            f"{quote(cut)} n'est pas lu{then} ; pour garder ce texte, {fix} ou mettre {whole} "
            "(un vrai commentaire s'écrit « # » suivi d'une espace)")


def _check_hash_cuts(root: Node, text: str, file: str, problems: Problems) -> None:
    """Every plain value of a file that reads whose line goes on with « #word » (``_HASH_GLUED``): reported where the
    « # » is, the file still read (its other problems come in the same run)."""
    if not _HASH_GLUED.search(text):
        return
    lines = source_lines(text)
    stack = [root]
    while stack:
        node = stack.pop()
        if type(node) is MappingNode:
            stack.extend(value for _, value in node.value)
        elif type(node) is SequenceNode:
            stack.extend(node.value)
        elif node.style is None and node.value and node.end_mark.line < len(lines):
            line = lines[node.end_mark.line]
            found = _HASH_AFTER_VALUE.match(line, node.end_mark.column)
            if found is None:
                continue
            column = found.end() - 2  # (0-based: the « # »)
            same = node.start_mark.line == node.end_mark.line
            meant = line[node.start_mark.column:].rstrip() if same else None
            where = Location(file, node.end_mark.line + 1, column + 1)
            problems.add(where, key_path_at(lines, where.line, where.column),
                         _hash_cut_message(node.value, line[column:].rstrip(), line[:node.start_mark.column].lstrip(), meant))


def _hash_cut_text_line(lines: list[str], error_line: int) -> tuple[int, int, str] | None:
    """The line above a syntax error (1-based ``error_line``) whose plain value goes on with « #word » and whose text
    went on below it (« words: Le formulaire #2 devra\n      au plus tard… »: the comment cut the text, its next line
    stands alone, told « indentation incohérente »): its 1-based line, column of the « # », and the message."""
    number = error_line - 1
    while number >= 1 and not lines[number - 1].strip():
        number -= 1
    if number < 1 or number == error_line:
        return None
    line = lines[number - 1]
    key = re.match(r"^(?P<head>[ ]*(?:-[ ]+)*(?:[a-z_][a-z0-9_]*:[ ]+)?)(?P<value>[^\s'\"|>\[{#&*!%@`-][^#]*?)(?P<cut>[ ]+#\w.*)$", line)
    if key is None or ": " in key["value"]:
        return None
    below = lines[error_line - 1] if error_line <= len(lines) else ""
    if not below.strip() or len(below) - len(below.lstrip(" ")) <= len(line) - len(line.lstrip(" ")):
        return None  # (the text went on below, indented under its line)
    column = len(key["head"]) + len(key["value"]) + len(key["cut"]) - len(key["cut"].lstrip(" "))
    return number, column + 1, _hash_cut_message(key["value"], key["cut"].strip(), key["head"].lstrip(), None,
                                                 f", et la ligne {error_line}, suite de ce texte, est lue seule")


# --- Where in the tree a line stands, from indentation ----------------------------------------

_KEY = re.compile(
    r"""(?:"(?P<dq>(?:[^"\\]|\\.)*)"|'(?P<sq>(?:[^']|'')*)'|(?P<plain>[^\s#'"{}\[\],&*!|>%@`?:-][^#]*?|-[^\s#][^#]*?))[ \t]*:(?:[ \t]+|$)"""
)
_ITEM = re.compile(r"-(?:[ ]+|$)")


def key_path_at(lines: list[str], line: int, column: int, misindented: bool = False) -> str:
    """The field path (``session.title``, ``documents[2].when``) of the 1-based ``line``, worked out
    from the keys and list dashes above it and their indentation; "" when that is not reliable.

    ``misindented``: the key of ``line`` is indented deeper than it should (PyYAML's « expected
    <block end> »): it is taken as a sibling of the keys above it whose value is on their own line
    (they cannot have keys under them), not as text of a block scalar above, so that the path names
    it (``documents[1].group``, not the ``label`` above it).

    Block-style YAML says its structure by indentation alone: going down the
    file, a key or a ``-`` closes every key or item indented as much or more.
    The text of a block scalar (``|``, ``>``) is skipped, and so is a key's quoted value running over
    several lines, down to its closing quote, when each of its lines is indented deeper than the key and
    nothing but a comment follows the quote (the top ``verify: "…"`` of a file new-session wrote: a staff
    walk, stop 49 L2, got no field in any syntax message of such a file). A flow collection running over
    several lines, a quoted value otherwise, or a tab in the indentation, makes the guess unreliable:
    then no path is given rather than a wrong one.
    """
    stack: list[list] = []  # [column, key or None, item index or None, value still open, column of the item's content]
    block_above = None  # column of the key (or dash) whose block scalar is being read
    quoted_above: tuple[int, str] | None = None  # (column, quote) of the key whose quoted value is being read
    for number, raw in enumerate(lines[:line], start=1):
        text = raw.rstrip("\r\n")
        if quoted_above is not None:
            if not text.strip():
                continue
            if number == line:
                break  # a line of the quoted value: its key's path
            indent = len(text) - len(text.lstrip(" "))
            if indent <= quoted_above[0] or text[indent] == "\t":
                return ""
            end = _quote_end(text, quoted_above[1], indent)
            if end is None:
                continue
            quoted_above = None
            after = text[end:].strip()
            if after and not after.startswith("#"):
                return ""
            continue
        content = text.lstrip(" ")
        if not content or content.startswith("#"):
            continue
        col = len(text) - len(content)
        if block_above is not None:
            if col > block_above and not (misindented and number == line):
                continue
            block_above = None
        if content.startswith("\t"):
            return ""
        if number == line and col >= column:
            break  # the problem is in the indentation itself: the path is the one above
        while True:
            item = _ITEM.match(content)
            if item:
                while stack and stack[-1][0] > col:
                    stack.pop()
                top = stack[-1] if stack else None
                if top is not None and top[0] == col and top[2] is not None:
                    index = top[2] + 1
                    stack.pop()
                elif top is not None and top[0] == col and top[3]:
                    index = 0  # a list level with its key (« key: » then « - » in the same column)
                else:
                    while stack and stack[-1][0] >= col:
                        stack.pop()
                    index = 0
                if stack and stack[-1][2] is not None and stack[-1][0] < col < stack[-1][4]:
                    if number < line:
                        return ""  # a dash between the dash above and its content: misaligned
                    stack.pop()
                    break
                stack.append([col, None, index, False, col + item.end()])
                col += item.end()
                content = content[item.end():]
                if content[:1] in ("|", ">"):
                    block_above = stack[-1][0]
                    break
                if not content or content.startswith("#"):
                    break
                continue
            key = _KEY.match(content)
            if key:
                while stack and stack[-1][0] >= col:
                    stack.pop()
                if misindented and number == line:
                    while stack and stack[-1][1] is not None and not stack[-1][3]:
                        stack.pop()  # a key with its value on its line: the misindented key is its sibling
                name = key.group("plain") if key.group("plain") is not None else key.group("dq") if key.group("dq") is not None else key.group("sq").replace("''", "'")
                rest = content[key.end():].strip()
                if stack and stack[-1][2] is not None and stack[-1][0] < col < stack[-1][4]:
                    if number < line:
                        return ""  # a key between a dash and the content of its item: misaligned
                    stack.pop()
                    break
                stack.append([col, name.strip(), None, not rest or rest.startswith("#"), col])
                if rest[:1] in ("|", ">"):
                    block_above = col
                elif number < line and _runs_over(rest):
                    if rest[:1] not in ('"', "'") or _quote_end(rest, rest[0], 1) is not None:
                        return ""
                    quoted_above = (col, rest[0])
            else:
                # Not a key: the text of a value above (indented deeper than its key), or a line
                # of its own (« --- », a stray word) that closes what is indented as much or more.
                while stack and stack[-1][0] >= col:
                    stack.pop()
                if number < line and _runs_over(content):
                    return ""
            break
    path = ""
    for _, name, index, _, _ in stack:
        path = f"{path}[{index}]" if name is None else (f"{path}.{name}" if path else name)
    return path


def _quote_end(text: str, quote_mark: str, start: int) -> int | None:
    """Where the quoted value closing with ``quote_mark`` ends in ``text`` (the index after its closing quote),
    read from ``start``; None when it does not close on this line (« \\" » inside double quotes, « '' » inside
    single quotes, are not its end)."""
    i = start
    while i < len(text):
        ch = text[i]
        if quote_mark == '"' and ch == "\\":
            i += 2
            continue
        if ch == quote_mark:
            if quote_mark == "'" and text[i + 1:i + 2] == "'":
                i += 2
                continue
            return i + 1
        i += 1
    return None


def _runs_over(value: str) -> bool:
    """True when a value opens a flow collection or a quote that its line does not close."""
    if value[:1] in ("[", "{"):
        return value.count(value[0]) > value.count("]" if value[0] == "[" else "}")
    if value[:1] == '"':
        return re.fullmatch(r'"(?:[^"\\]|\\.)*"\s*(?:#.*)?', value) is None
    if value[:1] == "'":
        return re.fullmatch(r"'(?:[^']|'')*'\s*(?:#.*)?", value) is None
    return False


# --- PyYAML's errors in French ----------------------------------------------------------------
#
# Every error PyYAML's reader, scanner, parser and composer can raise (see their
# sources: each ``raise …Error(context, context_mark, problem, problem_mark)``),
# recognised by its context and problem texts, with the French message staff
# read and the mark that points at what to fix. Unknown errors get a French
# message naming the line (``_SYNTAX_FALLBACK``); no English is shown.

_QUOTE_VALUE = "mettre la valeur entre guillemets"
_INDENTATION = "indentation incohérente ; aligner cette ligne sur les clés de même niveau (même nombre d'espaces en début de ligne)"
_LIST_AND_KEYS = (
    "une même rubrique mélange une liste (lignes « - ») et des clés « nom: valeur » ; "
    "écrire soit toutes les lignes de ce niveau avec « - », soit aucune, et vérifier l'indentation"
)
_TAB_INDENTATION = "tabulation interdite ; indenter avec des espaces"
_TAB_IN_TEXT = "tabulation dans un texte ; la remplacer par une espace"
_TAB_AFTER = "tabulation après {char} ; la remplacer par une espace"
_FLOW_SEQUENCE = ("liste entre crochets non fermée ou virgule manquante ; fermer par « ] » sur la même ligne, "
                  "et mettre entre guillemets un élément qui contient « : », « , » ou « # »")
_FLOW_MAPPING = ("clés entre accolades non fermées ou virgule manquante ; fermer par « } » sur la même ligne, "
                 "et mettre entre guillemets une valeur qui contient « : », « , » ou « # »")
_SYNTAX_FALLBACK = "syntaxe YAML invalide sur cette ligne ; la comparer avec les lignes voisines (indentation, deux-points, guillemets)"
_SYNTAX_MESSAGES: list[tuple[str, str, str, str]] = [
    # (regex on the context, regex on the problem, French message ({char}: the character at the mark), mark to use)
    ("", r"found character '\\t' that cannot start any token", _TAB_INDENTATION, "problem"),
    ("", r"found character .* that cannot start any token", "{char} ne peut pas commencer une valeur ; " + _QUOTE_VALUE, "problem"),
    ("simple key", r"could not find expected ':'",
     "« : » attendu après la clé ; écrire « clé: valeur », ou mettre en retrait la suite d'un texte commencé plus haut", "context"),
    ("", r"sequence entries are not allowed here",
     "tiret « - » inattendu ici ; un élément de liste commence sa propre ligne, sous sa clé et en retrait (ou " + _QUOTE_VALUE + ")", "problem"),
    ("", r"mapping keys are not allowed here", "« ? » inattendu ici ; " + _QUOTE_VALUE, "problem"),
    ("", r"mapping values are not allowed here",
     "deux-points inattendu (une valeur contenant « : » doit être entre guillemets ; sinon, vérifier l'indentation de la ligne)", "problem"),
    ("^while (scanning|parsing) a directive", r"", "directive YAML (ligne commençant par « % ») interdite ; retirer la ligne", "problem"),
    ("", r"YAML directive|incompatible YAML document|duplicate tag handle",
     "directive YAML (ligne commençant par « % ») interdite ; retirer la ligne", "problem"),
    ("^while scanning an (anchor|alias)", r"", "« & » ou « * » en début de valeur (ancre ou alias YAML, interdits) ; " + _QUOTE_VALUE, "context"),
    ("^while (scanning|parsing) a tag", r"", "« ! » en début de valeur (étiquette YAML, interdite) ; " + _QUOTE_VALUE, "context"),
    ("", r"undefined tag handle", "« ! » en début de valeur (étiquette YAML, interdite) ; " + _QUOTE_VALUE, "problem"),
    ("block scalar", r"",
     "après « | » ou « > », seuls « - », « + » ou un chiffre de 1 à 9 sont permis sur la ligne ; "
     "écrire le texte sur les lignes suivantes, en retrait", "problem"),
    ("double-quoted", r"hexadecimal numbers",
     "« \\x », « \\u » ou « \\U » incomplet entre guillemets doubles ; écrire « \\\\ » pour une barre oblique inverse, ou utiliser des guillemets simples",
     "problem"),
    ("double-quoted", r"unknown escape character '\*'",
     "« \\* » (un astérisque affiché tel quel) ne s'écrit pas ainsi entre guillemets doubles ; écrire le texte sans guillemets "
     "(ou entre guillemets simples), ou « \\\\* » entre guillemets doubles", "problem"),
    ("double-quoted", r"unknown escape character",
     "caractère d'échappement inconnu entre guillemets doubles ; écrire « \\\\ » pour une barre oblique inverse, ou utiliser des guillemets simples",
     "problem"),
    ("quoted scalar", r"end of stream|document separator", "guillemet ouvert ici et jamais fermé ; le fermer à la fin de la valeur", "context"),
    ("", r"expected '<document start>'",
     "contenu après la fin du document (ligne « ... ») ; retirer la ligne « ... » ou ce qui la suit", "problem"),
    ("", r"expected the node content", "valeur attendue avant {char} ; écrire la valeur, ou " + _QUOTE_VALUE, "problem"),
    ("block mapping", r"but found '-'", _LIST_AND_KEYS, "problem"),
    ("block collection", r"but found '(\?|<scalar>)'", _LIST_AND_KEYS, "problem"),
    ("block collection", r"but found '<block sequence start>'", "tiret mal aligné ; aligner les éléments de la liste", "problem"),
    ("", r"expected <block end>, but found '[\]}]'", "{char} en trop ; le retirer (ou " + _QUOTE_VALUE + ")", "problem"),
    ("", r"expected <block end>", _INDENTATION, "problem"),
    ("flow sequence", r"", _FLOW_SEQUENCE, "flow"),
    ("flow mapping", r"", _FLOW_MAPPING, "flow"),
    ("single document", r"", "un seul document par fichier ; retirer le second « --- »", "problem"),
    # (« *Le dépôt* avant … », a notice's emphasis, reads as an alias named « Le »: a staff walk, stop 47 M4)
    ("", r"undefined alias", "« * » en début de valeur (alias YAML, interdit) ; si la valeur est un texte qui commence par « * », la mettre entre guillemets ; si c'est un renvoi à une autre valeur du fichier, recopier cette valeur", "problem"),
    ("duplicate anchor", r"", "ancre YAML (&nom) interdite ; retirer « & » et le nom qui suit", "problem"),
]
_SYNTAX_PATTERNS = [(re.compile(c), re.compile(p), message, mark) for c, p, message, mark in _SYNTAX_MESSAGES]


def syntax_message(context: str, problem: str) -> tuple[str, str] | None:
    """The French message of a PyYAML error and the mark it points at (``problem``, ``context`` or
    ``flow``: the problem's when on the line of the context, else the context's); None if unknown."""
    for context_pattern, problem_pattern, message, mark in _SYNTAX_PATTERNS:
        if context_pattern.search(context) and problem_pattern.search(problem):
            return message, mark
    return None


def _syntax_problem(error: yaml.YAMLError, text: str) -> tuple[int, int, str]:
    """0-based line and column, and the French message, of a PyYAML error."""
    if isinstance(error, yaml.reader.ReaderError):  # (the characters it refuses are reported before parsing)
        line, column = _position(_line_starts(text), error.position)
        return line - 1, column - 1, _SYNTAX_FALLBACK
    context = str(getattr(error, "context", "") or "")
    problem = str(getattr(error, "problem", "") or "")
    problem_mark = getattr(error, "problem_mark", None)
    context_mark = getattr(error, "context_mark", None)
    found = syntax_message(context, problem)
    message, which = found if found else (_SYNTAX_FALLBACK, "problem")
    mark = problem_mark or context_mark
    if which == "context" and context_mark is not None:
        mark = context_mark
    elif which == "flow" and context_mark is not None and problem_mark is not None and problem_mark.line != context_mark.line:
        mark = context_mark
    if mark is None:
        return 0, 0, message
    if message == _TAB_INDENTATION:
        # Only a tab in the indentation is one: after « : » or « - », or inside a text, it stands for a space.
        before = text[text.rfind("\n", 0, mark.index) + 1: mark.index].rstrip(" \t")
        if before:
            message = _TAB_AFTER.replace("{char}", quote(before[-1])) if before[-1] in ":-" else _TAB_IN_TEXT
    if "{char}" in message:
        char = text[mark.index] if 0 <= mark.index < len(text) else ""
        message = message.replace("{char}", quote(char) if char.strip() else "la fin de la ligne")
    if context_mark is not None and message in (_FLOW_SEQUENCE, _FLOW_MAPPING):
        message = _unclosed_quote_in_flow(text, context_mark) or message
    return mark.line, mark.column, message


def _unclosed_quote_in_flow(text: str, opening) -> str | None:
    """The message for a list in brackets (or keys in braces) whose line opens a double quote it does not close
    (« phones: ["05 55 11 43 00] »): YAML reads the closing bracket as part of the quoted text, and the flow message's
    advice, « fermer par « ] » », changes nothing (a staff walk, stop 55 M3). The line to write when closing the
    quote before the bracket (or brace) that ends the line reads; None when the line has no such quote."""
    lines = text.splitlines()
    if not 0 <= opening.line < len(lines):
        return None
    line = lines[opening.line].rstrip()
    inside = line[opening.column:]
    if inside.count('"') - inside.count('\\"') < 1 or (inside.count('"') - inside.count('\\"')) % 2 == 0:
        return None
    said = "un guillemet « \" » ouvert dans la liste entre crochets n'est pas fermé" if inside.startswith("[") else \
        "un guillemet « \" » ouvert entre les accolades n'est pas fermé"
    closer = "]" if inside.startswith("[") else "}"
    if line.endswith(closer):
        fixed = line[:-1] + '"' + closer
        try:
            yaml.safe_load(fixed.strip())
        except yaml.YAMLError:
            fixed = None
        if fixed is not None:
            return f"{said} : YAML lit la suite de la ligne, « {closer} » compris, comme du texte ; fermer le guillemet à la fin de l'élément : écrire {quote_whole(fixed.strip())}"
    return f"{said} : YAML lit la suite de la ligne comme du texte ; fermer le guillemet à la fin de son élément, avant « , » ou « {closer} »"


# --- A key out of line with the keys it belongs with -------------------------------------------
#
# PyYAML sees a key indented deeper than the key above as the continuation of that key's text
# (« mapping values are not allowed here » at its colon), or, after a value that cannot continue,
# as an indentation it did not expect (« expected <block end> »); a key written left of its
# siblings closes their block and is refused by the block around it (« expected <block end> »,
# or, in the column of the list's dashes, a list mixed with keys). Staff see none of that: the
# key is named, with the key it must be aligned with and how many spaces that takes.

_IDENTIFIER = re.compile(r"[a-z_][a-z0-9_]*(?:-[a-z0-9_]+)*")  # the keys of the data files, academy slugs with « - » (« Note: » starts a text)


class _KeyLine:
    """A line that holds a key, possibly after list dashes (« - id: x »)."""

    def __init__(self, number: int, indent: int, dash: bool, column: int, name: str, rest: str):
        self.number, self.indent, self.dash, self.column, self.name, self.rest = number, indent, dash, column, name, rest

    @property
    def start(self) -> int:
        """The column where what the line says starts: its first dash, or its key."""
        return self.indent if self.dash else self.column


def _key_line(number: int, raw: str) -> "_KeyLine | None":
    """The key of a line (0-based columns), or None when the line holds no key or is indented with a tab."""
    text = raw.rstrip("\r\n")
    content = text.lstrip(" ")
    if not content or content.startswith(("#", "\t")):
        return None
    indent = column = len(text) - len(content)
    dash = False
    item = _ITEM.match(content)
    while item and content[item.end():]:
        dash = True
        column += item.end()
        content = content[item.end():]
        item = _ITEM.match(content)
    key = _KEY.match(content)
    if not key:
        return None
    name = key.group("plain") if key.group("plain") is not None else key.group("dq") if key.group("dq") is not None else key.group("sq").replace("''", "'")
    return _KeyLine(number, indent, dash, column, name.strip(), content[key.end():].strip())


def _scan(lines: list[str], first: int, last: int):
    """The written lines from the 1-based line ``first`` to ``last`` included (not blank, not a comment), each as
    (its number, its key line or None, whether it is a line of a block text « | », « > »: a ``key: |`` or a ``- |``
    item above it opens it, a line no deeper closes it). Shared by the key lines and the block texts' lines."""
    block_above = None
    for number in range(max(first, 1), last + 1):
        raw = lines[number - 1]
        content = raw.lstrip(" ")
        if not content.strip() or content.startswith("#"):
            continue
        indent = len(raw) - len(content)
        if block_above is not None:
            if indent > block_above:
                yield number, None, True
                continue
            block_above = None
        key = _key_line(number, raw)
        yield number, key, False
        if key is not None and key.rest[:1] in ("|", ">"):
            block_above = key.start
        elif key is None and re.match(r"(?:-[ ]+)+[|>]", content):
            block_above = indent


def _key_lines(lines: list[str], first: int, last: int) -> list[_KeyLine]:
    """The key lines from the 1-based line ``first`` to ``last`` included, leaving out the text of block scalars."""
    return [key for _, key, in_block in _scan(lines, first, last) if key is not None and not in_block]


_Advice = tuple  # (1-based line and column, path, French message, the column it advises or None)


def _spaces(column: int) -> str:
    if column == 0:
        return "aucune espace en début de ligne (colonne 1)"
    return f"{column} espace{'s' if column > 1 else ''} en début de ligne (colonne {column + 1})"


def _sibling_path(lines: list[str], sibling: _KeyLine, name: str) -> str:
    """The path of a key ``name`` written beside ``sibling`` (``documents[0].label`` → ``documents[0].group``)."""
    path = key_path_at(lines, sibling.number, sibling.column + 1)
    if path == sibling.name:
        return name
    if path.endswith("." + sibling.name):
        return path[: -len(sibling.name)] + name
    return ""


def _plain_value(rest: str) -> bool:
    """True when a key's value, as it starts on the key's line, is plain text that may run over the next lines."""
    return not rest or rest[:1] not in ("\"", "'", "|", ">", "[", "{", "&", "*", "!", "#")


def _misaligned_key(error: yaml.YAMLError, lines: list[str]) -> _Advice | None:
    """The key out of line that made the parser fail: (1-based line and column, path, French message),
    or None when the error is another one."""
    problem = str(getattr(error, "problem", "") or "")
    context = str(getattr(error, "context", "") or "")
    mark = getattr(error, "problem_mark", None)
    if mark is None or not 0 <= mark.line < len(lines):
        return None
    number = mark.line + 1
    key = _key_line(number, lines[mark.line])
    if key is None or key.dash:
        return None
    if problem == "mapping values are not allowed here" and not context:
        colon = key.column + lines[mark.line][key.column:].find(":")
        if colon == mark.column:
            return _deeper_than_text(lines, key)
        return None
    if not (re.match(r"expected <block end>, but found '(<block mapping start>|\?)'", problem) and key.column == mark.column):
        return None
    if not _IDENTIFIER.fullmatch(key.name):
        return None  # a line of text, not a key
    context_mark = getattr(error, "context_mark", None)
    first = context_mark.line + 1 if context_mark is not None else 1
    above = _key_lines(lines, first, number - 1)
    bounds = [i for i, other in enumerate(above) if other.start <= key.column]
    inside = above[bounds[-1]:] if bounds else above
    siblings = [other for other in inside if other.column > key.column]
    if siblings:
        column = min(other.column for other in siblings)
        sibling = [other for other in siblings if other.column == column][-1]
        if "?" in problem:
            # In the column of the list's dashes: a key of the item above when the list's next item
            # follows, or the list's end after an item of several keys; else (more keys in that
            # column, or lines under it) a mapping written as a list, or a new item without its « - ».
            # A key the item above already has starts a new item.
            names = {other.name for other in siblings}
            following, below = _next_line(lines, key)
            if key.name in names or not (
                following == "item"
                or following == "out" and len(siblings) > 1
                or following == "deeper" and below is not None and below.column == column and below.name not in names
                or _opens_block_beside(lines, key, column)
                # (« drop: » moved right into the column of the list's dashes, its own keys then beside it)
                or following == "key" and _empty(key.rest) and below is not None and not below.dash and below.name not in names
            ):
                return None
        if len([other for other in siblings if other.column == column]) == 1 and _more_keys_in_its_column(lines, sibling, key):
            # The keys after this one are in its column: the key above them is the one out of line
            # (the first key of its block), or its item's « - » is, with that key.
            if sibling.dash:
                return _item_message(lines, sibling, key)
            return _first_key_message(lines, sibling, key) if _first_key_out_of_line(lines, sibling, key) else None
        owner = inside[0] if bounds else None
        if owner is not None and not owner.dash and not owner.rest and owner.column < key.column:
            if _first_key_out_of_line(lines, owner, key):
                return _first_key_message(lines, owner, key)
            aligned = _between_keys_of_another_column(lines, owner, key)
            if aligned is not None:
                # A key with its block under it, written left of the keys before and after it.
                return _out_of_line_message(lines, owner, aligned)
            if key.column - owner.column < column - key.column:
                # Nearer the key above than that key's own keys: one of its siblings, indented too deep.
                return _deeper_key(lines, key, owner)
        if owner is not None and owner.dash:
            following, below = _next_line(lines, key)
            # the item's « - » is out of line with the list's other dashes; not when the line below is a key in the
            # column of the item's first key (« - id: » / «    label: » / «     group: »): this key alone is
            if ((following == "deeper" and not (below is not None and not below.dash and below.column == column)
                    or below is not None and below.dash and below.indent != owner.indent and below.indent > key.column)
                    and not _opens_block_beside(lines, key, column)):
                return None
        if owner is not None and owner.dash and owner.indent <= key.column:
            whose = "cet élément de liste"
        elif owner is not None and owner.column <= key.column and not owner.rest:
            whose = quote(owner.name)
        else:
            whose = "sa rubrique"
        return (number, key.column + 1, _sibling_path(lines, sibling, key.name),
                f"clé {quote(key.name)} moins en retrait que les autres clés de {whose} ; "
                f"l'aligner sur {quote(sibling.name)} (ligne {sibling.number}) : {_spaces(column)}", column)
    opener = inside[0] if bounds else None
    if (opener is not None and not opener.dash and opener.column < key.column and _empty(opener.rest)
            and bounds[-1] > 0 and not (before := above[bounds[-1] - 1]).dash and before.column == opener.column and _empty(before.rest)):
        # « when: » / « any: » (its list under it) / «   not: »: « when » is left empty and « any » beside it, while
        # « not » is deeper: « any », the first key of the block of « when », was moved left (the reading decides)
        return _first_key_message(lines, opener, key)
    if bounds and inside[0].column < key.column and inside[0].rest and not inside[0].rest.startswith("#"):
        return _deeper_key(lines, key, inside[0])
    return None


def flow_items(text: str) -> list[str] | None:
    """The pairs of a mapping written on one line between braces (« {nationality: french, option: [C, D]} »), each as
    written (« nationality: french »); None when ``text`` is not such a mapping, closed on its line."""
    text = text.strip()
    if not text.startswith("{"):
        return None
    try:
        node = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError:
        return None
    if not isinstance(node, MappingNode) or not node.value or node.end_mark.line != 0:
        return None
    return [text[key.start_mark.index:value.end_mark.index] for key, value in node.value]


def flow_to_block(owner: str, column: int, items: list[str], then: str) -> str:
    """How to write a mapping given on its line between braces (« when: {nationality: french} ») as a block, so that
    ``then`` (a key written under it or beside it) can go in it: « when: » alone, its pairs under it at ``column``."""
    listed = ", ".join(quote(item) for item in items)
    return (f"écrire {quote(owner + ':')} seul sur sa ligne, puis en dessous, à {_spaces(column)}, une clé par ligne : "
            f"{listed}, puis {then}")


def then_in_block(name: str, rest: str, moved: int = 0) -> str:
    """The key to add in a mapping written as a block (``flow_to_block``): its line as it is when its value is on it,
    else the key and, under it, its own lines (``moved``: how many spaces right, or left when negative, they go)."""
    value = rest.split(" #")[0].strip() if not rest.startswith("#") else ""
    way = "vers la droite" if moved > 0 else "vers la gauche"
    if value:
        return quote(f"{name}: {value}") + (f" (déplacée de {_plural(abs(moved), 'espace')} {way})" if moved else "")
    if moved:
        return f"{quote(name + ':')} (déplacée de {_plural(abs(moved), 'espace')} {way}, avec les lignes qui la suivent)"
    return f"{quote(name + ':')} (les lignes qui la suivent plus en retrait qu'elle)"


def _under_flow_mapping(error: yaml.YAMLError, lines: list[str], file: str, count_problems) -> tuple[_Advice, str] | None:
    """A key written under a key whose mapping is on its line between braces (« when: {disability: "yes"} » then
    «   not: … » deeper): nothing can be added under braces. When the file reads better with that mapping written as a
    block and the key in it than with the key aligned on the one above (« detail: » under « when: {…} » is the item's
    key, not a condition), the advice is that block; the rest of the file is read with the braces' line as
    « when: » alone (its pairs left out of that reading, so that the lines keep their numbers)."""
    mark = getattr(error, "problem_mark", None)
    if count_problems is None or mark is None or not 0 <= mark.line < len(lines):
        return None
    number = mark.line + 1
    key = _key_line(number, lines[mark.line])
    if key is None or key.dash or not _IDENTIFIER.fullmatch(key.name):
        return None
    above = next((n for n in range(number - 1, 0, -1) if lines[n - 1].strip() and not lines[n - 1].lstrip(" ").startswith("#")), None)
    owner = _key_line(above, lines[above - 1]) if above else None
    if owner is None or owner.column >= key.column:
        return None
    items = flow_items(owner.rest.split(" #")[0])
    if items is None:
        return None
    raw = lines[owner.number - 1]
    head = raw[:raw.index(owner.rest, owner.column)].rstrip()
    column = owner.column + 2
    block_end = number
    while block_end < len(lines) and (not lines[block_end].strip() or len(lines[block_end]) - len(lines[block_end].lstrip(" ")) > key.column):
        block_end += 1

    def shifted(to: int) -> list[str]:
        delta = to - key.column
        return [" " * max(0, len(line) - len(line.lstrip(" ")) + delta) + line.lstrip(" ") if line.strip() else line
                for line in lines[number - 1:block_end]]

    as_block = [*lines[:owner.number - 1], head, *(" " * column + item for item in items), *shifted(column), *lines[block_end:]]
    aligned = [*lines[:number - 1], *shifted(owner.column), *lines[block_end:]]
    # the braces' line itself moved left of the keys it was with (« as_given_by: {…} » two spaces left of « source: »
    # above it and « specialties: » under it): that line back at their column reads best, and is another advice's
    owner_back = [*lines[:owner.number - 1], " " * key.column + raw.lstrip(" "), *lines[owner.number:]]
    block_score, aligned_score, back_score = (_text_score(text, file, count_problems) for text in (as_block, aligned, owner_back))
    if block_score[0] == 0 or block_score <= aligned_score or block_score <= back_score:
        return None
    path = key_path_at(lines, owner.number, owner.column + 1)
    then = then_in_block(key.name, key.rest, column - key.column)
    message = (f"clé {quote(key.name)} sous {quote(owner.name + ': ' + owner.rest.split(' #')[0].strip())}, dont la valeur est "
               f"écrite sur la ligne entre accolades : rien ne peut s'y ajouter en dessous ; pour mettre {quote(key.name)} dans "
               f"{quote(owner.name)}, {flow_to_block(owner.name, column, items, then)}")
    fixed = list(lines)
    fixed[owner.number - 1] = head
    return (number, key.column + 1, f"{path}.{key.name}" if path else "", message, None), "\n".join(fixed)


def _text_score(lines: list[str], file: str, count_problems) -> tuple[int, int]:
    """How well ``lines`` read: (1, minus the number of problems) when they parse, (0, 0) when they do not."""
    scratch = Problems()
    root = compose_file("\n".join(lines), file, scratch, advise=False)
    if root is None:
        return 0, 0
    return 1, -(len(scratch.items) + count_problems(root))


_BLOCK_ITEM = re.compile(r"(?:-[ ]+)+[|>]")
_TEXT_LOOK_BACK = 8  # lines above the parser's error looked at for a text line out of its block


def _text_line_out(lines: list[str], error_line: int, file: str) -> tuple[_Advice, str] | None:
    """A line of a block text (« residence: >- », « - | ») written left of the text's other lines: YAML ends the text
    above it and stops there (« : » attendu, indentation incohérente, a list mixed with keys). Said as the text line
    that left its block, with the column to put it back, when moving it there lets the file read past the line the
    parser stopped at (a mistake lower down, seen from a line that reads as text, must not be told at that line).
    A « - » under the « - » of a text item (« - >- ») is the next item of its list, never a line of the text."""
    # the line the parser stopped at, or one of the few written just above it (moved far left, a text line may read
    # as the start of a value that goes on over the lines below it)
    above = [n for n in range(min(error_line, len(lines) + 1) - 1, 0, -1) if lines[n - 1].strip()][:_TEXT_LOOK_BACK]
    for number in (error_line, *above):
        if not 0 < number <= len(lines):
            continue
        raw = lines[number - 1]
        content = raw.lstrip(" ")
        if not content.strip() or content.startswith(("#", "\t")):
            continue
        indent = len(raw) - len(content)
        key = _key_line(number, raw)
        if key is not None and _IDENTIFIER.fullmatch(key.name):
            continue  # a key of the data, not text
        found = _block_above(lines, number)
        if found is None:
            continue
        if indent == 0 and content.rstrip() in ("---", "..."):
            # a document marker after a text block (a staff walk, stop 49 L7 and 50 L3: « la remettre à 4 espaces »
            # made « --- » a line of the text the candidates read): to delete, the file read as if it were blank
            blank = lines[:number - 1] + [""] + lines[number:]
            if not _reads_past(blank, file, error_line):
                continue
            what = "de début" if content.rstrip() == "---" else "de fin"
            message = (f"ligne {quote(content.rstrip())} : c'est une marque {what} de document YAML, pas une ligne du texte "
                       f"au-dessus ; un fichier n'a qu'un document : supprimer cette ligne")
            return (number, 1, key_path_at(lines, found[0], found[1] + 1), message, None), "\n".join(blank)
        owner_line, owner_start, opener, owner_name, text_indent, first_text = found
        explicit = _explicit_indent(lines[owner_line - 1], opener)
        if explicit is not None:
            # « |2- »: its lines start that many columns after its key (or its item's « - »), the first ones may be
            # deeper (the reason for the digit); the line of reference is one at that column, if any
            text_indent = explicit
            first_text = next((n for n in range(owner_line + 1, number) if lines[n - 1].strip()
                               and len(lines[n - 1]) - len(lines[n - 1].lstrip(" ")) == explicit), None)
        if text_indent is None or indent >= text_indent:
            continue
        if not owner_name and re.match(r"-(?: |$)", content) and indent in _dash_columns(lines[owner_line - 1]):
            continue  # a « - » under the « - » of a text item (« - >- »): the next item of that list, not a line of the text
        # a line between two lines indented alike (a sub-point's, deeper than the text's first line) goes back there
        prev = next(n for n in range(number - 1, 0, -1) if lines[n - 1].strip())
        below = next((n for n in range(number + 1, len(lines) + 1) if lines[n - 1].strip()), None)
        prev_indent = len(lines[prev - 1]) - len(lines[prev - 1].lstrip(" "))
        if explicit is None and below is not None and prev_indent > text_indent and len(lines[below - 1]) - len(lines[below - 1].lstrip(" ")) == prev_indent:
            text_indent, first_text = prev_indent, prev
        moved = _moved(lines, number, text_indent)
        if not _reads_past(moved, file, error_line):
            continue  # moved back, it does not let the file read past the line the parser stopped at: not the mistake
        whose = f"de {quote(owner_name)} ({quote(opener)}, ligne {owner_line})" if owner_name else f"commencé ligne {owner_line} ({quote(opener)})"
        more = text_indent - indent
        if explicit is None:
            than = "que ses autres lignes"
        else:
            digit = re.search(r"[1-9]", opener.split(" ")[0]).group(0)
            after = f"le début de {quote(owner_name)}" if owner_name else "le tiret « - »"
            than = f"que le retrait fixé par {quote(opener.split(' ')[0])} ({_plural(int(digit), 'colonne')} après {after})"
        like = (f", comme la ligne {first_text}" if first_text is not None
                else " : un retrait plus grand s'ajouterait au texte" if explicit is not None else "")
        message = (f"ligne de texte sortie de son bloc : elle continue le texte {whose}, mais commence {_plural(more, 'espace')} "
                   f"plus à gauche {than}, et YAML y arrête le texte ; la remettre à {_spaces(text_indent)}{like}")
        path = key_path_at(lines, owner_line, owner_start + 1)
        return (number, indent + 1, path, message, None), "\n".join(moved)
    return None


def _explicit_indent(raw: str, opener: str) -> int | None:
    """The column of the text of a block whose header gives its indentation (« |2- », « >2 »), as PyYAML counts it:
    that many columns after the column of its key (« text: |2- »), or of its item's last dash (« - |2 »); None for a
    header without a digit."""
    digit = re.search(r"[1-9]", opener.split(" ")[0])
    if digit is None:
        return None
    key = _key_line(0, raw)
    start = key.column if key is not None else max(_dash_columns(raw), default=len(raw) - len(raw.lstrip(" ")))
    return start + int(digit.group(0))


_GLUED_COLON = re.compile(r"""^(?P<head>[ ]*(?:-[ ]+)*)(?P<key>[a-z_][a-z0-9_]*):(?P<value>[^\s:/#'"].*)$""")
_GLUED_LOOK_BACK = 3  # lines above the parser's error looked at for a key whose colon is glued to its value


def _reads_past(lines: list[str], file: str, line: int) -> bool:
    """Whether the file written as ``lines`` (an advice followed) reads, or stops only after the 1-based ``line``: the
    test each advice passes before it is given."""
    scratch = Problems()
    return compose_file("\n".join(lines), file, scratch, advise=False) is not None or bool(scratch.items) and scratch.items[0].location.line > line


def _glued_colon(lines: list[str], error_line: int, file: str) -> tuple[_Advice, str] | None:
    """A key whose « : » is glued to its value (« - id:jdc », « deadline:2023-11-22 »): YAML reads a text, not a key,
    and stops on that line (« : » attendu) or on the next one (a list item's other keys, « deux-points inattendu »).
    Said at the colon, with the line as it should be, when a space after it lets the file read past the line the
    parser stopped at (« https://… », a text's « Note:… » never are: they read as written)."""
    in_text = {number for number, _, in_block in _scan(lines, 1, min(error_line, len(lines))) if in_block}
    above = [n for n in range(min(error_line, len(lines) + 1) - 1, 0, -1) if lines[n - 1].strip()][:_GLUED_LOOK_BACK]
    for number in (error_line, *above):
        if not 0 < number <= len(lines) or number in in_text:
            continue
        glued = _GLUED_COLON.match(lines[number - 1].rstrip())
        if glued is None:
            continue
        head, key, value = glued.group("head"), glued.group("key"), glued.group("value")
        fixed = list(lines)
        fixed[number - 1] = f"{head}{key}: {value}"
        if not _reads_past(fixed, file, error_line):
            continue
        message = _glued_colon_message(head, key, value, f"le texte {quote(key + ':' + value.split(' #')[0].strip())}")
        return (number, len(head) + len(key) + 1, _line_path(fixed, number), message, None), "\n".join(fixed)
    return None


# A word processor's list bullets (Word, LibreOffice, a PDF's list copied), and its dashes that open a line of a list
_BULLETS = "•◦▪▫●○‣∙·■□➢➤►–—"


def _bullet_for_dash(lines: list[str], error_line: int, file: str) -> tuple[_Advice, str] | None:
    """A list item written with a word processor's bullet (« • id: proof_of_address », pasted from the notice or typed
    by its list's autocorrect) instead of YAML's « - »: YAML reads a key « • id » beside the list, and said « une même
    rubrique mélange une liste … » under the field « documents.• id », naming no bullet (staff73). Said at the bullet,
    with the line as it should be, when the file so written reads past the line the parser stopped at; None otherwise."""
    in_text = {number for number, _, in_block in _scan(lines, 1, min(error_line, len(lines))) if in_block}
    above = [n for n in range(min(error_line, len(lines) + 1) - 1, 0, -1) if lines[n - 1].strip()][:_GLUED_LOOK_BACK]
    for number in (error_line, *above):
        if not 0 < number <= len(lines) or number in in_text:
            continue
        raw = lines[number - 1].rstrip("\r\n")
        content = raw.lstrip(" ")
        if len(content) < 3 or content[0] not in _BULLETS or content[1] not in " \u00a0\t":
            continue
        indent = len(raw) - len(content)
        rest = content[2:].lstrip(" \u00a0\t")
        fixed = list(lines)
        fixed[number - 1] = " " * indent + "- " + rest
        if not _reads_past(fixed, file, error_line):
            continue
        kind = {"–": "tiret demi-cadratin", "—": "tiret cadratin"}.get(content[0], "puce")
        message = (f"{kind} {quote(content[0])} (U+{ord(content[0]):04X}) au début de la ligne, celle d'une liste de "
                   f"traitement de texte : YAML ne lit un élément de liste qu'après le tiret « - » du clavier (suivi d'une "
                   f"espace) ; écrire {quote_whole('- ' + rest)}")
        return (number, indent + 1, _line_path(fixed, number), message, None), "\n".join(fixed)
    return None


def _colon_in_value(error: yaml.YAMLError, lines: list[str], file: str) -> tuple[_Advice, str] | None:
    """A value with « : » in it, not between quotes (« dates_note: Ouverture du registre : du … »): YAML reads a
    second key on the line and says « deux-points inattendu ». Said with the line as it should be, its value between
    quotes (a staff walk, stop 47 L5: the message gave no line to write), when the file so written reads past that
    line; None otherwise (the value goes on over several lines, holds both kinds of quotes, or starts a list or keys)."""
    problem = str(getattr(error, "problem", "") or "")
    mark = getattr(error, "problem_mark", None)
    if mark is None or "mapping values are not allowed here" not in problem or not 0 <= mark.line < len(lines):
        return None
    number = mark.line + 1
    raw = lines[number - 1].rstrip("\r\n")
    key = _key_line(number, raw)
    if key is None or not _IDENTIFIER.fullmatch(key.name):
        return None
    value = key.rest.split(" #")[0].strip()
    if not value or value[0] in "\"'[{|>&*!%@`" or " #" in key.rest:
        return None
    # (a value between a word processor's quotes, « “Dépôt : CYCLADES” »: written between straight ones instead, a
    # staff walk, stop 52 L1: the line given kept them, « "“Dépôt : CYCLADES”" », and published them)
    inside = inside_word_processor_quotes(value)
    meant = inside if inside is not None else value
    if '"' not in meant and "\\" not in meant:
        quoted = f'"{meant}"'
    elif "'" not in meant:
        quoted = f"'{meant}'"
    else:
        return None
    start = raw.index(value, key.column + len(key.name))
    if mark.column <= start or ":" not in value:
        return None  # (the colon YAML stopped at is not in this value: a key out of line, said by another advice)
    fixed = list(lines)
    fixed[number - 1] = raw[:start] + quoted + raw[start + len(value):]
    if not _reads_past(fixed, file, number):
        return None
    written = fixed[number - 1].strip()
    straight = (f" droits \" ; {value[0]} {value[-1]} sont des guillemets de traitement de texte, qui ne comptent pas et seraient "
                "publiés : les remplacer par des guillemets droits") if inside is not None else ""
    message = (f"deux-points « : » dans la valeur de {quote(key.name)} : YAML y lit une seconde clé ; une valeur qui contient "
               f"« : » s'écrit entre guillemets{straight} : écrire {quote_whole(written)}")
    return (number, start + 1, _line_path(fixed, number), message, None), "\n".join(fixed)


def _no_break_gap(gap: str) -> str:
    """What a key written without its « : » says of the no-break spaces between it and its value (``gap``: the
    characters there), a word processor's before « (« (entre la clé et sa valeur, une espace insécable, à remplacer
    par « : » et une espace ordinaire) »); nothing when there is none."""
    spaces = [_NBSP_NAMES[c] for c in dict.fromkeys(gap) if c in _NBSP_NAMES]
    return (f" (entre la clé et sa valeur, une {' et une '.join(spaces)}, à remplacer par « : » et une espace ordinaire)"
            if spaces else "")


def colon_forgotten_before_colon_message(key: str, read_as: str, line: str) -> str:
    """What a key written without its « : » before a value that holds one says (« title Inscription : BTS 2027 »):
    the key, what YAML reads as a key instead (``read_as``), and the line to write (``line``, its value between quotes:
    a « : » followed by a space cannot stand in a plain value)."""
    between = _no_break_gap(read_as[len(key):len(key) + 3])
    return (f"deux-points « : » manquant après la clé {quote(key)}{between} : sans lui, YAML lit {quote(read_as)} comme une clé, "
            f"à cause du « : » qui suit, et non la clé {quote(key)} suivie de sa valeur ; une valeur qui contient « : » "
            f"s'écrit entre guillemets : écrire {quote_whole(line)}")


def quoted_value(text: str) -> str:
    """``text`` as a value between quotes, as the advices write it: double quotes, or single ones when it has a
    double quote or a backslash, or double quotes with JSON's escapes (YAML's) when it has both kinds."""
    if '"' not in text and "\\" not in text:
        return f'"{text}"'
    if "'" not in text:
        return f"'{text}'"
    return json.dumps(text, ensure_ascii=False)


# (a no-break space between the key and its words, as a word processor puts one before « « »: staff70 item 5, the line
# to write was not given)
KEY_THEN_WORDS = re.compile(r"(?P<key>[a-z_][a-z0-9_]*)[ \u00a0\u202f]+(?P<words>\S.*)")


def _colon_forgotten_before_colons(error: yaml.YAMLError, lines: list[str], file: str, keys_at=None) -> tuple[_Advice, str] | None:
    """A key written without its « : » before a value that holds two (« title Inscription : BTS : 2027 »): YAML reads
    « title Inscription » as a key, and stops at the second « : » (« deux-points inattendu »). Said as the missing
    colon, with the line to write, its value between quotes, when the line's first word is a key of the record it is
    in (``keys_at``) and the file so written reads past that line (stop 55 fixstaff 1; with one « : » in the value
    the file reads, and ``schema`` says it the same way). Also before a value whose « : » is followed by a piece
    between quotes and more words (« title Inscription : "BTS" suite »): YAML reads « "BTS" » as the value of the key
    « title Inscription », and the words after it as a line out of place (« expected <block end> »: review68 L4, it
    was told « indentation incohérente »)."""
    problem = str(getattr(error, "problem", "") or "")
    mark = getattr(error, "problem_mark", None)
    known = "mapping values are not allowed here" in problem or problem == "expected <block end>, but found '<scalar>'"
    if keys_at is None or mark is None or not known or not 0 <= mark.line < len(lines):
        return None
    number = mark.line + 1
    raw = lines[number - 1].rstrip("\r\n")
    key = _key_line(number, raw)
    found = KEY_THEN_WORDS.fullmatch(key.name) if key is not None else None
    if found is None or not raw.startswith(key.name, key.column):
        return None
    name = found["key"]
    value = raw[key.column + len(name):].split(" #")[0].strip()
    if value[:1] in "\"'[{|>&*!%@`":
        return None
    fixed = list(lines)
    fixed[number - 1] = f"{raw[:key.column]}{name}: {quoted_value(value)}"
    path = _line_path(fixed, number)
    if path.rsplit(".", 1)[-1] != name:
        return None
    permitted = keys_at(path[:-len(name)].rstrip("."))
    if permitted is None or name not in permitted or not _reads_past(fixed, file, number):
        return None
    message = colon_forgotten_before_colon_message(name, key.name, fixed[number - 1].strip())
    return (number, key.column + 1, path, message, None), "\n".join(fixed)


_COLON_FORGOTTEN = re.compile(r"^(?P<head>[ ]*(?:-[ ]+)*)(?P<key>[a-z_][a-z0-9_]*)(?P<gap>[ \u00a0\u202f]+)(?P<value>[^\s#:].*)$")


def _colon_forgotten(error: yaml.YAMLError, lines: list[str], file: str, keys_at=None) -> tuple[_Advice, str] | None:
    """A key written without its « : » (« label Justificatif de domicile »): YAML reads the line as a text that runs
    on into the next key and says « : » attendu (or, when the line opens a list item or the file, « deux-points
    inattendu » on the next line). Said at the key, named, with the line as it should be (a staff walk, stop 54 L1
    m24: « documents[5]: « : » attendu après la clé » named neither), when the word before the first space is a key
    of the record the line is in (``keys_at``, the loader's schema; a line of text that goes on from above starts
    with no such key) and the file so written reads past that line; None otherwise (the message of the parser
    stays)."""
    if keys_at is None:
        return None
    problem = str(getattr(error, "problem", "") or "")
    if "could not find expected ':'" in problem:
        mark = getattr(error, "context_mark", None)
        candidates = [mark.line + 1] if mark is not None else []
    elif "mapping values are not allowed here" in problem:
        mark = getattr(error, "problem_mark", None)
        above = [n for n in range(mark.line, 0, -1) if lines[n - 1].strip()][:1] if mark is not None else []
        candidates = above
    else:
        return None
    in_text = {number for number, _, in_block in _scan(lines, 1, max(candidates, default=0)) if in_block}
    for number in candidates:
        if not 0 < number <= len(lines) or number in in_text:
            continue
        raw = lines[number - 1].rstrip("\r\n")
        found = _COLON_FORGOTTEN.match(raw)
        if found is None or ": " in raw or raw.endswith(":"):
            continue
        head, key, value = found.group("head"), found.group("key"), found.group("value").rstrip()
        fixed = list(lines)
        fixed[number - 1] = f"{head}{key}: {value}"
        path = _line_path(fixed, number)
        if path.rsplit(".", 1)[-1] != key:
            continue
        permitted = keys_at(path[:-len(key)].rstrip("."))
        if permitted is None or key not in permitted or not _reads_past(fixed, file, number):
            continue
        written = f"{head.lstrip()}{key}: {value.split(' #')[0].strip()}"
        between = _no_break_gap(found.group("gap"))
        message = (f"deux-points « : » manquant après la clé {quote(key)}{between} : sans lui, YAML lit la ligne comme un "
                   f"texte, et non comme la clé {quote(key)} suivie de sa valeur ; écrire {quote_whole(written)}")
        return (number, len(head) + 1, path, message, None), "\n".join(fixed)
    return None


def _glued_colon_message(head: str, key: str, value: str, read_as: str) -> str:
    """What a key whose « : » is glued to its value says: the key, what YAML reads instead (``read_as``), and the line
    as it should be (``head``: the line's indentation and dashes; ``value``: the rest of the line, a comment left out)."""
    written = f"{head.lstrip()}{key}: {value.split(' #')[0].strip()}"
    return (f"pas d'espace après les deux-points de {quote(key + ':')} : YAML ne lit une clé que suivie de « : » et "
            f"d'une espace, et lit ici {read_as} ; écrire {quote_whole(written)}")


_GLUED_FLOW = re.compile(r"[a-z_][a-z0-9_]*:[{\[]")


def _glued_flow_key(root: Node, lines: list[str], file: str) -> tuple[_Advice, str] | None:
    """A key whose « : » is glued to the « { » or « [ » of its value in a file that reads: « when:{nationality: french} »
    is, for YAML, a key « when:{nationality » (of value « french} »), not « when » and its condition. Said at the colon,
    like any colon glued to its value (``_glued_colon``), with the line as it should be, when the file reads with the
    space put in (the rest of the file is then read that way); None otherwise. No key of the data has « :{ » or « :[ »
    in it: unlike a glued dash, the slip is certain, and said even when the line has another one (« when:{nationalty:
    french} »: the unknown question is then said after the advice is followed)."""
    found = []

    def walk(node: Node) -> None:
        if type(node) is MappingNode:
            for key, value in node.value:
                if (not node.flow_style and type(key) is ScalarNode and key.style is None
                        and key.start_mark.line == key.end_mark.line and _GLUED_FLOW.match(key.value)):
                    found.append(key)
                walk(value)
        elif type(node) is SequenceNode:
            for item in node.value:
                walk(item)

    walk(root)
    for key in sorted(found, key=lambda node: node.start_mark.line):
        number = key.start_mark.line + 1
        glued = _GLUED_COLON.match(lines[number - 1].rstrip()) if 0 < number <= len(lines) else None
        if glued is None or len(glued.group("head")) != key.start_mark.column:
            continue
        head, name, value = glued.group("head"), glued.group("key"), glued.group("value")
        fixed = list(lines)
        fixed[number - 1] = f"{head}{name}: {value}"
        scratch = Problems()
        node = compose_file("\n".join(fixed), file, scratch, advise=False)
        if node is None:
            continue
        message = _glued_colon_message(head, name, value, f"une clé {quote(key.value)}")
        return (number, len(head) + len(name) + 1, _line_path(fixed, number), message, None), "\n".join(fixed)
    return None


def _dash_columns(raw: str) -> set[int]:
    """The columns (0-based) of the list dashes that open ``raw`` (« - - text: >- » gives two)."""
    head = re.match(r" *(?:-[ ]+)*", raw).group(0)
    return {column for column, char in enumerate(head) if char == "-"}


def _block_above(lines: list[str], number: int) -> tuple[int, int, str, str, int, int] | None:
    """The block text that line ``number`` follows: (its opening line, that line's column, its « | » or « > » header,
    its key or "" for a list item, the column of its text, its first text line); None when the lines just above are
    not the text of a block. The lines between are text: deeper than the block's key, not keys of the data. Right under
    a header that gives the text's column (« |2- »), the line may be its first: the column and first line are None."""
    text_indent = first_text = None
    for above in range(number - 1, max(0, number - 400), -1):
        raw = lines[above - 1]
        content = raw.lstrip(" ")
        if not content.strip():
            continue
        indent = len(raw) - len(content)
        key = _key_line(above, raw)
        opener = key.rest.split(" #")[0].strip() if key is not None else ""
        if key is not None and opener[:1] in ("|", ">") and (text_indent is None or key.start < text_indent):
            found = (above, key.start, opener, key.name, text_indent, first_text)
            return found if text_indent is not None or _explicit_indent(raw, opener) is not None else None
        item = _BLOCK_ITEM.match(content)
        if key is None and item and (text_indent is None or indent < text_indent):
            found = (above, indent, content[item.end() - 1:].split(" #")[0].strip(), "", text_indent, first_text)
            return found if text_indent is not None or _explicit_indent(raw, found[2]) is not None else None
        if content.startswith("\t") or key is not None and _IDENTIFIER.fullmatch(key.name) and (text_indent is None or indent < text_indent):
            return None
        if text_indent is None or indent <= text_indent:
            text_indent, first_text = indent, above
    return None


def _block_key_moved_left(error: yaml.YAMLError, lines: list[str], file: str) -> tuple[_Advice, str] | None:
    """A key that opens a block (« layout: », its list under it) moved left of the other keys of its section, as far
    as a key of the level above: YAML closes the section there, reads the moved key's block, and stops only at the
    section's next key, many lines below (« indentation incohérente »). Said at the moved key, aligned on the key of
    its section above it, when moving it there lets the file read past the line the parser stopped at."""
    mark = getattr(error, "problem_mark", None)
    if mark is None or not 0 <= mark.line < len(lines):
        return None
    number = mark.line + 1
    stopped = _key_line(number, lines[mark.line])
    if stopped is None or not _IDENTIFIER.fullmatch(stopped.name):
        return None
    column = stopped.start
    moved = None
    for other in reversed(_key_lines(lines, 1, number - 1)):
        if other.start < column:
            moved = other
            break
        if other.start == column:
            return None  # the section's keys go on above: the line the parser stopped at is the one out of line
    if moved is None or moved.dash or not _empty(moved.rest) or not _IDENTIFIER.fullmatch(moved.name):
        return None
    sibling = next((other for other in reversed(_key_lines(lines, 1, moved.number - 1)) if other.start <= column), None)
    if sibling is None or sibling.dash or sibling.column != column:
        return None
    fixed = _moved(lines, moved.number, column)
    if not _reads_past(fixed, file, number):
        return None
    owner = next((other for other in reversed(_key_lines(lines, 1, sibling.number - 1)) if other.start < column), None)
    whose = quote(owner.name) if owner is not None and not owner.dash else "sa rubrique"
    more = column - moved.column
    message = (f"clé {quote(moved.name)} moins en retrait que les autres clés de {whose} ({_plural(more, 'espace')} de moins) : "
               f"YAML la lit hors de {whose} et ne s'arrête qu'à la ligne {number} ; l'aligner sur {quote(sibling.name)} "
               f"(ligne {sibling.number}) : {_spaces(column)}")
    path = key_path_at(fixed, moved.number, column + 1)
    return (moved.number, moved.column + 1, path, message, None), "\n".join(fixed)


def _empty(rest: str) -> bool:
    """True when nothing is written after a key's colon (but maybe a comment): the key opens a block."""
    return not rest or rest.startswith("#")


_BLOCK_TEXT_OPENER = re.compile(r"[|>][-+1-9]{0,2}(\s+#.*)?")


def _opens_block_beside(lines: list[str], key: _KeyLine, column: int) -> bool:
    """True when ``key`` opens a block (nothing after its colon) whose first line is indented deeper than ``column``,
    the column of the keys above it: « when: » one space left of the other keys of its item, with its condition under
    it, is a key of that item out of line (not a new item without its « - », nor the item's « - » out of line). A block
    text opened by « | » or « > » too (staffwalk56: « advice_after_closing: >- » two spaces left of « advice: >- », its
    text under it, was told « une même rubrique mélange une liste … », which gave no column)."""
    if key.rest and not key.rest.startswith("#") and not _BLOCK_TEXT_OPENER.fullmatch(key.rest.strip()):
        return False
    for raw in lines[key.number:]:
        content = raw.lstrip(" ")
        if content.strip() and not content.startswith("#"):
            return len(raw) - len(content) > column
    return False


def _deeper_key(lines: list[str], key: _KeyLine, above: _KeyLine, text: bool = False) -> _Advice | None:
    """A key indented deeper than the key ``above``, whose value is on its line (``text``: plain text,
    which YAML took the key's line to continue). When ``above`` is the first key of its block and
    the keys after it are in the column of ``key``, ``above`` is the one out of line."""
    if _first_key_out_of_line(lines, above, key):
        return _first_key_message(lines, above, key)
    if above.dash and _more_keys_in_its_column(lines, above, key):
        return _item_message(lines, above, key)  # the item's « - » is out of line, with its first key
    aligned = _between_keys_of_another_column(lines, above, key)
    if aligned is not None:
        return _out_of_line_message(lines, above, aligned)
    message = (f"clé {quote(key.name)} plus en retrait que la clé {quote(above.name)} au-dessus ; "
               f"l'aligner sur {quote(above.name)} (ligne {above.number}) : {_spaces(above.column)}")
    if text and _may_go_on(above.rest) and not _typed(key.rest):
        message += f" ; si c'est la suite du texte de {quote(above.name)}, mettre tout ce texte entre guillemets (il contient « : »)"
    return key.number, key.column + 1, _sibling_path(lines, above, key.name), message, above.column


_DATE_LIKE = re.compile(r"\d{4}-\d{1,2}-\d{1,2}(?!\d)|\d{1,2}/\d{1,2}/\d{2,4}(?!\d)")
_NUMBER_LIKE = re.compile(r"[-+]?\d+(?:[.,]\d+)?")
_NOT_GIVEN_LIKE = re.compile(r"non\s+pr[ée]cis[ée]", re.IGNORECASE)


def _typed(rest: str) -> bool:
    """True when a key's value, as written on its line, is not words a text could be made of: nothing (a block
    follows), a list or a condition between brackets or braces, a quoted or block text, a date or date-time (even
    mistyped, « 2023-11-15 17h »), a number, « non précisé par la notice »."""
    value = rest.split(" #")[0].strip()
    return (not value or not _plain_value(value) or bool(_DATE_LIKE.match(value)) or bool(_NUMBER_LIKE.fullmatch(value))
            or bool(_NOT_GIVEN_LIKE.match(value)))


def _may_go_on(rest: str) -> bool:
    """True when a key's value is a text that the line below could continue: words, not a single word (an identifier)
    nor a typed value (``_typed``: « opening: 2023-10-11 14:00 » holds a date-time; the clause « si c'est la suite du
    texte de « opening » » made staff hesitate, a staff walk, stop 40)."""
    return " " in rest.split(" #")[0].strip() and not _typed(rest)


def _more_keys_in_its_column(lines: list[str], first: _KeyLine, key: _KeyLine) -> bool:
    """True when, from ``key`` to the end of its block, more keys are written in the column of ``key``
    than in the column of ``first`` (``first`` counted)."""
    in_its_column, in_key_column = 1, 0
    for other in _key_lines(lines, key.number, len(lines)):
        if other.start < key.column:
            break  # the end of the block of ``key``
        if not other.dash and other.column == key.column:
            in_key_column += 1
        elif other.column == first.column:
            in_its_column += 1
    return in_key_column > in_its_column


def _first_key_out_of_line(lines: list[str], first: _KeyLine, key: _KeyLine) -> bool:
    """True when ``first`` is the first key of its block (after a key with nothing after its colon)
    and more keys of the block are written in the column of ``key`` than in its own: the first key
    is the one out of line (« documents: » / «    label: » / «     at: » / «     words: »…)."""
    if first.dash:
        return False
    before = _key_lines(lines, 1, first.number - 1)
    if not before or before[-1].column > first.column or before[-1].rest and not before[-1].rest.startswith("#"):
        return False
    return _more_keys_in_its_column(lines, first, key)


def _between_keys_of_another_column(lines: list[str], middle: _KeyLine, key: _KeyLine) -> _KeyLine | None:
    """The key line before ``middle`` when it is in the column of ``key``, below ``key``'s block:
    ``middle`` stands out between keys aligned with each other (« a: 1 » / «   b: 2 » / « c: 3 »)."""
    if middle.dash:
        return None
    before = [other for other in _key_lines(lines, 1, middle.number - 1) if other.start <= max(key.column, middle.column)]
    if before and not before[-1].dash and before[-1].column == key.column:
        return before[-1]
    return None


def _out_of_line_message(lines: list[str], odd: _KeyLine, aligned: _KeyLine) -> _Advice:
    more_or_less = "moins" if odd.column < aligned.column else "plus"
    return (odd.number, odd.column + 1, _sibling_path(lines, aligned, odd.name),
            f"clé {quote(odd.name)} {more_or_less} en retrait que la clé {quote(aligned.name)} au-dessus et celles qui la suivent ; "
            f"l'aligner sur {quote(aligned.name)} (ligne {aligned.number}) : {_spaces(aligned.column)}", aligned.column)


def _first_key_message(lines: list[str], first: _KeyLine, key: _KeyLine) -> _Advice:
    more_or_less = "moins" if first.column < key.column else "plus"
    path = key_path_at(_moved(lines, first.number, key.column), first.number, key.column + 1) or key_path_at(lines, first.number, first.column + 1)
    return (first.number, first.column + 1, path,
            f"clé {quote(first.name)} {more_or_less} en retrait que les clés qui la suivent ; "
            f"l'aligner sur {quote(key.name)} (ligne {key.number}) : {_spaces(key.column)}", key.column)


def _item_message(lines: list[str], first: _KeyLine, key: _KeyLine) -> _Advice | None:
    """A list item's first line (« - name: … ») out of line with the keys written under it, in the column of
    ``key``: the whole line moves, its « - » with it, so that its first key is aligned on ``key``."""
    indent = first.indent + key.column - first.column
    if indent < 0:
        return None
    more_or_less = "moins" if first.column < key.column else "plus"
    return (first.number, first.indent + 1, key_path_at(_moved(lines, first.number, indent), first.number, key.column + 1),
            f"élément de liste mal aligné : sa clé {quote(first.name)} est {more_or_less} en retrait que les clés qui la suivent ; "
            f"déplacer toute la ligne, « - » compris : {_spaces(indent)}, pour aligner {quote(first.name)} sur "
            f"{quote(key.name)} (ligne {key.number})", indent)


def _deeper_than_text(lines: list[str], key: _KeyLine) -> _Advice | None:
    """A key (or a « : ») on a line that continues the plain text of a key above, indented deeper."""
    limit = key.column
    for number in range(key.number - 1, 0, -1):
        raw = lines[number - 1]
        content = raw.lstrip(" ")
        if not content.strip() or content.startswith("#"):
            continue
        indent = len(raw) - len(content)
        if indent >= limit:
            continue
        above = _key_line(number, raw)
        if above is None:
            if content.startswith(("-", "\t")):
                return None
            limit = indent  # a line of the text itself: its key is further left
            continue
        if above.column >= key.column or not _plain_value(above.rest):
            return None
        if _IDENTIFIER.fullmatch(key.name):
            return _deeper_key(lines, key, above, text=True)
        colon = key.column + lines[key.number - 1][key.column:].find(":")
        message = (f"le texte de {quote(above.name)} (ligne {above.number}) continue sur cette ligne, qui contient « : » ; "
                   "mettre tout ce texte entre guillemets")
        return key.number, colon + 1, key_path_at(lines, above.number, above.column + 1), message, None
    return None


def _next_line(lines: list[str], key: _KeyLine) -> tuple[str, "_KeyLine | None"]:
    """What follows the line of ``key``: « item » (a « - » in the key's column), « key » (another key
    in that column), « deeper » (a line indented deeper) or « out » (a line further left, or the end),
    with that line's key if it has one."""
    for number in range(key.number + 1, len(lines) + 1):
        raw = lines[number - 1]
        content = raw.lstrip(" ")
        if not content.strip() or content.startswith("#"):
            continue
        indent = len(raw) - len(content)
        below = _key_line(number, raw)
        if indent > key.column:
            return "deeper", below
        if indent < key.column:
            return "out", below
        return ("item" if _ITEM.match(content) else "key"), below
    return "out", None


# --- A list item's « - » out of line with the dashes of its list -------------------------------
#
# A later item of a list whose « - » is one space right or left of the others' makes PyYAML stop
# there (« expected <block end> », or a list mixed with keys). The lists open above the line say
# where the dashes go: the line (or, when its keys moved with it, the whole item) is moved to the
# column of each, the file is read again, and the move that reads best is advised, naming the « - »
# of the item above it, its column, and the list's key.

def _plural(count: int, word: str) -> str:
    return f"{count} {word}{'s' if count > 1 else ''}"


def _list_name(path: str) -> str:
    """« de la liste « documents » » for the item path ``documents[2]``; « de la liste » when the list has no key."""
    owner = re.sub(r"\[\d+\]$", "", path)
    name = re.split(r"\.", owner)[-1] if owner and not owner.endswith("]") else ""
    return f"de la liste {quote(name)}" if name else "de la liste"


def item_end(lines: list[str], number: int, content_column: int, dash_columns: set[int]) -> int:
    """The last line of the item that starts on line ``number``: the lines below indented as far as its content,
    up to the next « - » in one of ``dash_columns`` (the next item of its list, when the item is left of it); also
    checks._pasted_twice's lines of a list item written twice."""
    last = number
    for n in range(number + 1, len(lines) + 1):
        raw = lines[n - 1]
        content = raw.lstrip(" ")
        if not content.strip() or content.startswith("#"):
            continue
        indent = len(raw) - len(content)
        if indent < content_column or indent in dash_columns and _ITEM.match(content):
            break
        last = n
    return last


def _shifted(lines: list[str], first: int, last: int, delta: int) -> list[str]:
    moved = list(lines)
    for n in range(first, last + 1):
        raw = moved[n - 1]
        if raw.strip():
            indent = len(raw) - len(raw.lstrip(" "))
            moved[n - 1] = " " * max(0, indent + delta) + raw.lstrip(" ")
    return moved


def _which_dash(lines: list[str], number: int, column: int) -> str:
    """« le « - » », or « le second « - » » when line ``number`` starts with the « - » of an outer list (« - - boxes: »)."""
    raw = lines[number - 1]
    return "le second « - »" if len(raw) - len(raw.lstrip(" ")) < column else "le « - »"


_LINE, _WHOLE, _KEYS = "line", "whole", "keys"  # what ``_misaligned_dash`` moves: the « - » line, the item, the « - » line then the item's next lines


def _indent(raw: str) -> int:
    return len(raw) - len(raw.lstrip(" "))


def _line_range(first: int, last: int) -> str:
    """« la ligne 230 », « les lignes 230 et 231 », « les lignes 230 à 233 »."""
    if first == last:
        return f"la ligne {first}"
    return f"les lignes {first} {'et' if last == first + 1 else 'à'} {last}"


def _misaligned_dash(error: yaml.YAMLError, lines: list[str], file: str, count_problems) -> tuple[_Advice, "str | None"] | None:
    """The advice for a list item whose « - » (the one the parser stopped at) is out of line with the « - » of
    the items above it, and the text with that advice followed when only its line moves; None when the
    error is another one or no move reads."""
    mark = getattr(error, "problem_mark", None)
    if mark is None or not 0 <= mark.line < len(lines):
        return None
    number = mark.line + 1
    raw = lines[mark.line]
    content = raw.lstrip(" ")
    indent = len(raw) - len(content)
    item = _ITEM.match(content)
    if item is None or indent != mark.column:
        return None
    dashes = [(column, n) for column, n in _open_dashes(lines, number) if column != indent]
    if not dashes:
        return None
    dash_columns = {column for column, _ in dashes}
    last = item_end(lines, number, indent + item.end(), dash_columns)
    # The item's first key, and its next lines when they are not aligned on it (« - id: x » moved one space
    # right and its keys two, or its keys left where they were): the « - » moves to the column of the other
    # dashes and those lines, up to the next line no deeper than that column, go under that key (a staff walk,
    # stop 44, L2: « tiret mal aligné » without a line, a column or a number of spaces)
    key = _key_line(number, raw)
    moves: list[tuple[int, int, str, int]] = []  # (column, line of the « - » there, what moves: LINE, WHOLE or KEYS, last line moved)
    for column, n in dashes:
        if any(column == c for c, _, _, _ in moves):
            continue
        moves.append((column, n, _LINE, number))
        if last > number:
            moves.append((column, n, _WHOLE, last))
        if key is not None and key.dash:
            keys_last = item_end(lines, number, column + 1, dash_columns)
            below = next((b for b, _, _ in _scan(lines, number + 1, keys_last)), None)
            if below is not None and _indent(lines[below - 1]) not in (key.column, key.column + column - indent):
                moves.append((column, n, _KEYS, keys_last))
    scored = []
    for column, n, what, end in moves:
        if what == _WHOLE:
            moved = _shifted(lines, number, end, column - indent)
        elif what == _KEYS:
            below = next(b for b, _, _ in _scan(lines, number + 1, end))
            moved = _shifted(_moved(lines, number, column), number + 1, end, key.column + column - indent - _indent(lines[below - 1]))
        else:
            moved = _moved(lines, number, column)
        text = "\n".join(moved)
        if _parses(text) is False:
            continue  # (libyaml refuses it in a few milliseconds: the full reading, which would too, is spared; see _scores)
        scratch = Problems()
        root = compose_file(text, file, scratch, advise=False)
        if root is None:
            continue
        count = len(scratch.items) + (count_problems(root) if count_problems is not None else 0)
        scored.append((count, len(scored), column, n, what, end, moved))
    if not scored:
        return None
    _, _, column, reference, what, end, moved = min(scored)
    path_lines = list(moved)
    path_lines[number - 1] = " " * column + "-"  # (the item's path, not its first key's)
    path = key_path_at(path_lines, number, column + 2)
    delta = column - indent
    side = "droite" if delta < 0 else "gauche"
    if what == _KEYS:
        below = next(b for b, _, _ in _scan(lines, number + 1, end))
        below_indent, target = _indent(lines[below - 1]), key.column + delta
        offset = below_indent - key.column
        below_key = _key_line(below, lines[below - 1])
        aligned = f"la clé {quote(below_key.name)}" if below_key is not None and not below_key.dash else f"la ligne {below}"
        message = (f"élément {_list_name(path)} mal aligné (lignes {number} à {end}) : son « - » est {_plural(abs(delta), 'espace')} "
                   f"plus à {side} que {_which_dash(lines, reference, column)} de la ligne {reference}, et ses lignes suivantes commencent "
                   f"{_plural(abs(offset), 'espace')} plus à {'droite' if offset > 0 else 'gauche'} que sa clé {quote(key.name)} ; "
                   f"déplacer la ligne {number} de {_plural(abs(delta), 'espace')} vers la {'droite' if delta > 0 else 'gauche'}, "
                   f"le « - » à {_spaces(column)}, puis {_line_range(below, end)} "
                   f"de {_plural(abs(target - below_indent), 'espace')} vers la {'droite' if target > below_indent else 'gauche'}, "
                   f"alignées sur {quote(key.name)} : {aligned} à {_spaces(target)}")
        return (number, indent + 1, path, message, None), None
    if what == _WHOLE:
        message = (f"élément {_list_name(path)} mal aligné (lignes {number} à {end}) : son « - » est {_plural(abs(delta), 'espace')} "
                   f"plus à {side} que {_which_dash(lines, reference, column)} de la ligne {reference} ; déplacer ces lignes de {_plural(abs(delta), 'espace')} vers la "
                   f"{'droite' if delta > 0 else 'gauche'}, le « - » à {_spaces(column)}")
        return (number, indent + 1, path, message, None), None
    message = (f"tiret « - » mal aligné : cet élément {_list_name(path)} commence {_plural(abs(delta), 'espace')} plus à {side} "
               f"que les autres ; l'aligner sur {_which_dash(lines, reference, column)} de la ligne {reference} : {_spaces(column)}")
    return (number, indent + 1, path, message, column), "\n".join(moved)


def _dash_forgotten(error: yaml.YAMLError, lines: list[str], file: str) -> tuple[_Advice, str] | None:
    """A new list item typed without its « - », its first key in the column of the list's dashes (« id: b » under the
    keys of « - id: a », a key the item above already has): PyYAML says a list mixed with keys, whose « écrire soit
    toutes les lignes de ce niveau avec « - », soit aucune » rewrote the list when followed, and the rest of the file
    went unread (a staff walk, stop 40; ``_check_mapping_keys`` says the same slip at the column of the item's keys).
    Said at the line, with the line as it should be (and the item's other lines moved right when they were typed in
    that column too), and the text with that written, to read the rest of the file; None when the error is another
    one, or when the file so written does not read past the item."""
    problem = str(getattr(error, "problem", "") or "")
    context = str(getattr(error, "context", "") or "")
    mark = getattr(error, "problem_mark", None)
    if mark is None or "block collection" not in context or problem != "expected <block end>, but found '?'" or not 0 <= mark.line < len(lines):
        return None
    number = mark.line + 1
    key = _key_line(number, lines[number - 1])
    if key is None or key.dash or key.column != mark.column or not _IDENTIFIER.fullmatch(key.name):
        return None
    above = _key_lines(lines, 1, number - 1)
    opener = next((i for i in range(len(above) - 1, -1, -1) if above[i].start <= key.column), None)
    if opener is None or not above[opener].dash or key.column not in _dash_columns(lines[above[opener].number - 1]):
        return None
    item = [above[opener]] + [other for other in above[opener + 1:] if not other.dash and other.column == above[opener].column]
    same = next((other for other in item if other.name == key.name), None)
    if same is None:
        return None  # (a key the item above does not have: ``_misaligned_key`` says whose it is, or the list is a mapping)
    shift = above[opener].column - key.column  # (the item's keys are that far right of its « - »)
    fixed = list(lines)
    fixed[number - 1] = " " * key.column + "- " + lines[number - 1].lstrip(" ")
    written = [n for n, _, _ in _scan(lines, number + 1, len(lines))]
    last = number
    if written and len(lines[written[0] - 1]) - len(lines[written[0] - 1].lstrip(" ")) == key.column and not _ITEM.match(lines[written[0] - 1].lstrip(" ")):
        # the item's other keys typed in the column of the dashes too: they move right with it, up to the next item
        for n in written:
            content = lines[n - 1].lstrip(" ")
            indent = len(lines[n - 1]) - len(content)
            if indent < key.column or indent == key.column and _ITEM.match(content):
                break
            last = n
        fixed = _shifted(fixed, number + 1, last, shift)
    if not _reads_past(fixed, file, last):
        return None
    path = _line_path(fixed, number)
    value = key.rest.split(" #")[0].strip()
    dash = above[opener].number
    message = (f"clé {quote(key.name)} dans la colonne des tirets « - » {_list_name(re.sub(r'[.][^.]*$', '', path))} : "
               f"l'élément de la ligne {dash} a déjà une clé {quote(key.name)}{'' if same.number == dash else f' (ligne {same.number})'} ; "
               f"il manque sans doute le tiret « - » d'un nouvel élément au début de cette ligne ; écrire "
               f"{quote(('- ' + key.name + ': ' + value).rstrip())} à {_spaces(key.column)}, le « - » aligné sur celui de la "
               f"ligne {dash}")
    if last > number:
        lines_said = f"la ligne {last}" if last == number + 1 else f"les lignes {number + 1} à {last}"
        message += (f", et décaler {lines_said} de {_plural(shift, 'espace')} vers la droite, pour aligner les clés de cet "
                    f"élément sur {quote(key.name)}")
    return (number, key.column + 1, path, message, None), "\n".join(fixed)


def _first_dash_out_of_line(error: yaml.YAMLError, lines: list[str], file: str, count_problems) -> tuple[_Advice, str] | None:
    """The first item of a list, written on one line (« - {point: …} » under « reviewed: », « - who » under
    « layout: »), whose « - » is out of line with the items below it, all aligned: PyYAML stops at the second item
    (« indentation incohérente », « tiret mal aligné ; aligner les éléments de la liste »), which is in line, and
    ``_misaligned_dash`` finds no open dash above to align it on (staffwalk60 M1: a « reviewed: » line pasted at column
    1, the next ones at column 3, told « reviewed[0][0]: indentation incohérente » at the right line). Said at the first
    item, with the column of the others, when the file so written reads; None otherwise."""
    mark = getattr(error, "problem_mark", None)
    if mark is None or not 0 <= mark.line < len(lines):
        return None
    number = mark.line + 1
    raw = lines[number - 1]
    content = raw.lstrip(" ")
    indent = len(raw) - len(content)
    if _ITEM.match(content) is None or indent != mark.column:
        return None
    written = [n for n, _, in_block in _scan(lines, 1, number - 1) if not in_block]
    if len(written) < 2:
        return None
    first, opener = written[-1], written[-2]
    first_raw = lines[first - 1]
    first_indent = _indent(first_raw)
    if _ITEM.match(first_raw.lstrip(" ")) is None or first_indent == indent:
        return None
    owner = _key_line(opener, lines[opener - 1])
    if owner is None or owner.rest.split(" #")[0].strip() or owner.column >= indent:
        return None  # (not the first item of a list opened by « key: » on the line above)
    # the items after it: one more at least in the column of the second, none elsewhere before the list ends
    following = 0
    for n, _, in_block in _scan(lines, number, len(lines)):
        line_indent = _indent(lines[n - 1])
        if in_block or line_indent > indent:
            continue
        if line_indent < indent and line_indent <= owner.column:
            break
        if line_indent != indent or _ITEM.match(lines[n - 1].lstrip(" ")) is None:
            return None
        following += 1
    if following < 2:
        return None  # (two items: the second is the one out of line, ``_misaligned_dash``)
    moved = _moved(lines, first, indent)
    if compose_file("\n".join(moved), file, Problems(), advise=False) is None:
        return None
    path_lines = list(moved)
    path_lines[first - 1] = " " * indent + "-"
    path = key_path_at(path_lines, first, indent + 2)
    delta = indent - first_indent
    side = "gauche" if delta > 0 else "droite"
    message = (f"tiret « - » mal aligné : le premier élément {_list_name(path)} commence {_plural(abs(delta), 'espace')} "
               f"plus à {side} que les éléments suivants ; l'aligner sur le « - » de la ligne {number} : {_spaces(indent)}")
    return (first, first_indent + 1, path, message, indent), "\n".join(moved)


def _first_item_line_removed(error: yaml.YAMLError, lines: list[str], file: str) -> tuple[_Advice, None] | None:
    """The first item of a list of keys typed without its « - id: … » line (a staff walk, stop 47 H1): its other keys
    read as keys under the list's key, and the next « - » as a list where none can start. PyYAML said « indentation
    incohérente » at that next item. Said at the first of those keys, with the line to put back above them; None when
    the error is another one, or when those keys are not keys of the next item."""
    problem = str(getattr(error, "problem", "") or "")
    mark = getattr(error, "problem_mark", None)
    if mark is None or "<block sequence start>" not in problem or not 0 <= mark.line < len(lines):
        return None
    number = mark.line + 1
    item = _key_line(number, lines[number - 1])
    if item is None or not item.dash or item.indent != mark.column:
        return None
    above = _key_lines(lines, 1, number - 1)
    block = []
    for key in reversed(above):
        if key.dash or key.column <= item.indent:
            owner = key
            break
        block.insert(0, key)
    else:
        return None
    keys = [key for key in block if key.column == item.column]
    if (owner.dash or owner.column >= item.indent or owner.rest.split(" #")[0].strip() or not keys
            or keys[0].number != block[0].number or item.name in {key.name for key in keys}):
        return None
    # (the keys of the next item, up to the item after it: the removed item's keys are among them)
    below = []
    for key in _key_lines(lines, number + 1, len(lines)):
        if key.start <= item.indent:
            break
        if key.column == item.column:
            below.append(key.name)
    names = [key.name for key in keys]
    if not any(name in below for name in names):
        return None
    path = f"{_line_path(lines, owner.number)}[0]" if _line_path(lines, owner.number) else f"{owner.name}[0]"
    first, last = keys[0].number, number - 1
    while last > first and (not lines[last - 1].strip() or lines[last - 1].lstrip().startswith("#")):
        last -= 1
    message = (f"le premier élément {_list_name(path)} a perdu sa ligne « - {item.name}: … » : {_line_range(first, last)} "
               f"{'a' if first == last else 'ont'} ses autres clés ({', '.join(dict.fromkeys(names))}) ; remettre au-dessus de la ligne {first} la ligne "
               f"« - {item.name}: … », le « - » à {_spaces(item.indent)}, aligné sur celui de la ligne {number}")
    return (first, keys[0].column + 1, path, message, None), None


# --- The file's first key indented ---------------------------------------------------------------
#
# YAML takes the column of a file's first line as the column of its first level: when that line
# starts with spaces (« ␣session: »), the next key written in column 1 (« deadlines: ») is outside
# the document, and PyYAML says it expected a new document (« ... » then « --- »). Staff wrote no
# « ... »: they are told that the first key (or the whole block under it) is indented, by how much,
# and that a key of the first level starts in column 1, as the key the parser stopped at does.

_DOCUMENT_END = re.compile(r"\.\.\.(?:[ \t]|$)")
_DOCUMENT_START = re.compile(r"---(?:[ \t]|$)")


VERIFY_KEY = "verify"  # (generator.schema.VERIFY, the key of a draft's lines: schema reads its files with this module)


_KEY_ENDING_A_COMMENT = re.compile(r"(?:^|[\s:(«])(?P<key>[a-z_][a-z0-9_]*):(?P<value>[ ]+[^#]*?)?\s*$")


def _quotes_its_line(value: str, own) -> bool:
    """The words after a key at the end of a comment are none (a closing « » » or bracket) or those of the key's own line
    further on (``own``): the template's comment that redoes its line (« … : who: non précisé par la notice » over « who:
    non précisé par la notice »), a search-and-replace's target; not a comment that quotes the key amid words of its own
    (staff73: « # … (r408: ci-dessous). » over the R408 piece of a pieces' list, whose next key one space too far was
    said to be the list of « r408: » left in that comment)."""
    words = value.strip().rstrip("»”\")]").strip()  # (« … après « who: » »: the key named, nothing after it)
    return not words or " ".join(words.split()) == " ".join(own.rest.split(" #", 1)[0].split())


def _key_left_in_comment(error: yaml.YAMLError, lines: list[str], file: str, keys_at=None) -> tuple[_Advice, str] | None:
    """A list written under a comment line that ends with its key (« #   Si la notice ne le donne pas : who: »): the
    template's comment replaced instead of its key line (a search-and-replace, a careless paste: a staff walk, stop 49
    M4). YAML reads the list as part of the block above (« deadlines.documents[0].situation : une même rubrique mélange
    une liste… »), which never says that « who: » is missing. Said at the comment, with where to write the key and the
    key line the template keeps below (« who: non précisé par la notice »), which would then give it twice; None
    otherwise.

    The last word of a comment is taken for the key only when it is one (review57 L2: « # Candidats, par exemple: »
    gave « écrire « exemple: » » and then « clé inconnue « exemple » »): a key of the record it would be written in,
    ``keys_at(path)`` (the loader's schema: the keys of the record at that path, None when it knows none); without
    them, only a key the file writes further on at that place (the template's « who: non précisé par la notice »)."""
    mark = getattr(error, "problem_mark", None)
    if mark is None or not 0 <= mark.line < len(lines):
        return None
    first = None  # (0-based line, indent) of the list's first item, walking up from the line the parser stopped at
    number = mark.line
    while number >= 0:
        content = lines[number].lstrip(" ")
        indent = len(lines[number]) - len(content)
        if content.startswith("#"):
            break
        if content.strip():
            if content.startswith("- ") or content.rstrip() == "-":
                if first is not None and indent > first[1]:
                    return None
                first = (number, indent)
            elif first is not None and indent <= first[1]:
                return None
        number -= 1
    if first is None or number < 0:
        return None
    if any(lines[n].strip() for n in range(number + 1, first[0])):
        # (lines between the comment and the list's first item: the comment is among the keys of an item above, « # …
        # (source_notes: « … ») » in a piece's keys, not over a list of its own; staff73: a key one space too far
        # below it was said to be « source_notes: » left in that comment, with a list that had lost its first « - id: »)
        return None
    comment = lines[number]
    found = _KEY_ENDING_A_COMMENT.search(comment.split("#", 1)[1])
    if found is None:
        return None
    key = found["key"]
    columns = {first[1] - 2, first[1]} if first[1] >= 2 else {first[1]}
    # the key's own line, further on: the template's « who: non précisé par la notice »
    own = next((k for k in _key_lines(lines, first[0] + 2, len(lines)) if k.name == key and not k.dash and k.indent in columns), None)
    if found["value"] and (own is None or not _quotes_its_line(found["value"], own)):
        return None  # (a comment quoting a key and its value, above a list it has nothing to do with)
    column, path = None, ""
    for place in ([own.indent] if own is not None else sorted(columns)):
        written = list(lines)
        written[number] = " " * place + key + ":"
        at = key_path_at(written, number + 1, place + 1)
        if at.rsplit(".", 1)[-1] != key:
            at = ""  # (no reliable path: the record it goes in is not known)
        permitted = keys_at(at[:-len(key)].rstrip(".")) if keys_at is not None and at else None
        if key in permitted if permitted is not None else own is not None:
            column, path = place, at
            break
    if column is None:
        return None  # not a key of the record it would go in: a word of the comment (« # Candidats, par exemple: »)
    where = comment.index("#") + 2 + found.start("key")  # (1-based: the key's index in the line after « # », plus one)
    message = (f"la ligne « {key}: » de cette liste est restée dans le commentaire de la ligne {number + 1} : sans elle, YAML range "
               f"la liste (ligne {first[0] + 1}) dans la rubrique du dessus ; écrire « {key}: » seule sur sa ligne, sans « # », "
               f"{_spaces(column)}, juste au-dessus de la ligne {first[0] + 1}")
    return _key_written_back(lines, number, column, key, own, (where, path, message))


def _key_written_back(lines: list[str], number: int, column: int, key: str, own, said: tuple) -> tuple[_Advice, str]:
    """The advice for a key left in the comment on (0-based) line ``number`` (``_key_left_in_comment``, a list's;
    ``_block_under_comment``, a block's): the key written back at ``column`` on that line, and the template's own line
    of the key further on (``own``, « who: non précisé par la notice »), which would then give it twice, said to remove
    and removed; ``said``: the advice's column, path and message."""
    where, path, message = said
    fixed = list(lines)
    fixed[number] = " " * column + key + ":"
    if own is not None and own.rest:
        message += (f", et retirer la ligne {own.number} « {lines[own.number - 1].strip()} », qui donnerait « {key} » une "
                    "seconde fois")
        fixed[own.number - 1] = ""
    return (number + 1, where, path, message, None), "\n".join(fixed)


def _block_left_in_comment(error: yaml.YAMLError, lines: list[str], file: str, keys_at=None) -> tuple[_Advice, str] | None:
    """A block of keys written under a comment line that ends with its key (« #   Si la notice ne le donne pas :
    exam_office: », or « … : exam_office: non précisé par la notice »): the mapping twin of ``_key_left_in_comment``
    (staffwalk54 H1: a search-and-replace of « exam_office: non précisé par la notice » hit the template's comment;
    the block's « name: » was then advised to be aligned at column 1, then read as a second « name: » of the
    academy, « garder la valeur que donne la notice et supprimer l'autre ligne »: the academy's own name). Said at
    the comment, with where to write the key and the key line the template keeps below, which would then give it
    twice; None unless the block's first key is one of the record that key opens (``keys_at``) and the key is one of
    the record it would be written in."""
    mark = getattr(error, "problem_mark", None)
    if mark is None or keys_at is None or not 0 <= mark.line < len(lines):
        return None
    number = mark.line
    block = []  # the written lines between the comment and the line the parser stopped at, walking up
    while number >= 0:
        content = lines[number].lstrip(" ")
        if content.startswith("#"):
            if not block:
                return None
            top = block[-1]
            first = _key_line(top + 1, lines[top])
            if first is None or any(_indent(lines[n]) < first.indent for n in block):
                return None
            found = _block_under_comment(lines, number, top, keys_at)
            if found is not None or not _in_commented_example(lines[number]):
                return found
            # a line of the template's commented example, its keys uncommented but its « # exam_office: » (review65
            # H1: « #   # name : nom du bureau… », « #   role: texte » between the block's keys): stepped over, up to
            # the example's first line
        elif content.strip():
            if block and _indent(lines[number]) < min(_indent(lines[n]) for n in block):
                # no comment above the block: the key line above it, its parent as YAML reads it (fixture 648)
                return _block_without_its_key(lines, number, block[-1], keys_at)
            block.append(number)
        number -= 1
    return None


def _block_without_its_key(lines: list[str], parent: int, top: int, keys_at) -> tuple[_Advice, None] | None:
    """A block of keys that are all keys of a record of the level above (« name: », « role: », « emails: » of an
    office), indented under a key that has a value of its own (« bts_page: https://… »), with no line for their record:
    the record's key line is missing above them (its comment gone too; review65 H1, fixture 648). Not « l'aligner …
    (colonne 1) », which made the office's « name: » a second name of the academy: the key to write above them, the one
    whose line the file gives further on (the template's « exam_office: non précisé par la notice », to remove), else
    the records they may be of. None when one of the keys may be the level's own, not written there elsewhere (a key
    of the level indented by mistake), or no record has them all."""
    above, first = _key_line(parent + 1, lines[parent]), _key_line(top + 1, lines[top])
    if above is None or first is None or above.dash or first.dash or not above.rest or above.rest[:1] in ("|", ">"):
        return None
    at = key_path_at(lines, parent + 1, above.column + 1)
    if at.rsplit(".", 1)[-1] != above.name:
        return None
    container = at[:-len(above.name)].rstrip(".")
    siblings = keys_at(container)
    if not siblings:
        return None
    # the block's last line (the last written line deeper than the key above), and the level's own key lines
    last = top + 1
    for n, _, _ in _scan(lines, top + 1, len(lines)):
        if _indent(lines[n - 1]) <= above.indent:
            break
        last = n
    level = []  # the key lines of the level, above and below the block, up to the end of its record
    for n in range(1, len(lines) + 1):
        key = _key_line(n, lines[n - 1])
        if key is not None and not key.dash and key.indent == above.indent and key_path_at(lines, n, key.column + 1) == (f"{container}.{key.name}" if container else key.name):
            level.append(key)
    written = {key.name for key in level}
    names = list(dict.fromkeys(k.name for k in _key_lines(lines, top + 1, last) if k.indent == first.indent and not k.dash))
    if any(name in siblings and name not in written for name in names):
        return None
    records = [key for key in sorted(siblings) if key != above.name and set(names) <= (keys_at(f"{container}.{key}" if container else key) or set())]
    if not records or any(above.name in (keys_at(f"{container}.{key}" if container else key) or ()) for key in records):
        return None  # (or the key above is the record's first key, moved left: the alignment advice says so)
    owns = [key for key in level if key.number > last and key.name in records and key.rest]
    # (a record the level already writes as a block is not theirs)
    records = [key for key in records if key not in written or key in {own.name for own in owns}]
    if not records:
        return None
    span = f"ligne {top + 1}" if last == top + 1 else f"lignes {top + 1} {'et' if last == top + 2 else 'à'} {last}"
    said = (f"{'clé' if len(names) == 1 else 'clés'} {', '.join(names)} ({span}) en retrait sous la clé {quote(above.name)} (ligne "
            f"{parent + 1}), qui a déjà sa valeur : il leur manque la ligne de leur rubrique, au-dessus ; ")
    where = f"{_spaces(above.indent)}, juste au-dessus de la ligne {top + 1} (ne rien changer au retrait de ses clés)"
    if len(owns) == 1:
        own = owns[0]
        message = (f"{said}écrire « {own.name}: » seule sur sa ligne, {where}, et retirer la ligne {own.number} "
                   f"« {lines[own.number - 1].strip()} », qui donnerait « {own.name} » une seconde fois")
    else:
        shown = ", ".join(f"{key}:" for key in records[:-1]) + (f" ou {records[-1]}:" if len(records) > 1 else f"{records[-1]}:")
        message = f"{said}écrire celle qu'il faut ({shown}) seule sur sa ligne, {where}"
    return (top + 1, first.column + 1, container, message, None), None


def _in_commented_example(raw: str) -> bool:
    """A comment line indented inside its comment (« #   # name : nom du bureau… », « #   role: texte »): a line of
    the template's commented example, under its « # exam_office: », or of an explanation (« #   Si la notice… »)."""
    text = raw.lstrip(" ")[1:]
    return text.startswith("  ")


def _block_read_under_comment(lines: list[str], keys_at=None) -> tuple[_Advice, str] | None:
    """``_block_left_in_comment`` in a file that reads: the block's keys, under a comment that ends with their key,
    taken by YAML into the block above (« topics: » given in the file, then « exam_adjustment: » left in its comment:
    « topics.channel: des clés « nom: valeur » attendues »). Only a block that YAML reads elsewhere than under the
    key the comment names."""
    if keys_at is None:
        return None
    for number, raw in enumerate(lines):
        if not raw.lstrip(" ").startswith("#") or not _KEY_ENDING_A_COMMENT.search(raw.split("#", 1)[1]):
            continue
        # the block's first written line, past the lines of the commented example the comment opens (review65 H1:
        # « # exam_adjustment: », then « #   # channel : voie de la demande… » above « channel: » uncommented)
        top, opens = None, _in_commented_example(raw)
        for n in range(number + 1, len(lines)):
            content = lines[n].lstrip(" ")
            if not content.strip() or content.startswith("#") and not opens and _in_commented_example(lines[n]):
                continue
            top = None if content.startswith("#") else n
            break
        if top is None:
            continue
        found = _block_under_comment(lines, number, top, keys_at, read=True) or _block_in_the_column_of_its_comment(lines, number, top, keys_at)
        if found is not None:
            return found
    return None


def _block_in_the_column_of_its_comment(lines: list[str], number: int, top: int, keys_at) -> tuple[_Advice, str] | None:
    """The keys of a commented example (« # positioning_office: », then « #   name: texte »…) uncommented with all the
    spaces after the « # » (« name: Service… » in column 1) and its head line left in the comment: YAML reads them as
    keys of the level of the comment (the academy's « name: » written twice, « role: » unknown there: stop 55 fixstaff
    2). Said at the comment, with the head line to write in its place and the keys to indent under it, when the
    comment is the example's head alone (« # positioning_office: »), the lines below it down to the first other one
    are keys of that record (and the example's explanations, still commented), one of them at least is not a key of
    the level or is one written there already, and the file so written reads; None otherwise."""
    comment = lines[number]
    found = _KEY_ENDING_A_COMMENT.search(comment.split("#", 1)[1])
    first = _key_line(top + 1, lines[top])
    column = _indent(comment)
    if found is None or comment.split("#", 1)[1].strip() != f"{found['key']}:" or first is None or first.dash or first.indent != column:
        return None
    key = found["key"]
    fixed = list(lines)
    fixed[number] = " " * column + key + ":"
    at = key_path_at(fixed, number + 1, column + 1)
    if at.rsplit(".", 1)[-1] != key:
        return None
    container = at[:-len(key)].rstrip(".")
    level, inside = keys_at(container), keys_at(at)
    if not level or key not in level or not inside:
        return None
    block: list[int] = []  # the written lines of the block (0-based), its keys' values on lines below them included
    names: list[str] = []
    for n in range(top, len(lines)):
        content = lines[n].lstrip(" ")
        if not content.strip():
            break
        if content.startswith("#"):
            if _in_commented_example(lines[n]) and _indent(lines[n]) == column:
                continue  # (the example's explanations between its keys, « #   # role (facultatif) : … »)
            break
        if _indent(lines[n]) < column:
            break
        if _indent(lines[n]) == column:
            line_key = _key_line(n + 1, lines[n])
            if line_key is None or line_key.dash or line_key.name not in inside:
                break
            names.append(line_key.name)
        block.append(n)
    if not names:
        return None
    level_lines = [k for k in _key_lines(lines, 1, len(lines)) if not k.dash and k.indent == column and k.number - 1 not in block
                   and key_path_at(lines, k.number, column + 1) == (f"{container}.{k.name}" if container else k.name)]
    written = {k.name for k in level_lines}
    # the key's own line (the template's « exam_adjustment: non précisé par la notice »): to remove, it would give the
    # key twice; a block of its own already: not this slip
    own = next((k for k in level_lines if k.name == key), None)
    if own is not None and not own.rest or all(name in level and name not in written for name in names):
        return None
    for n in block:
        fixed[n] = "  " + lines[n]
    if own is not None:
        fixed[own.number - 1] = ""
    if not _reads_past(fixed, "", len(fixed)):
        return None
    numbers = [n + 1 for n in block]
    shown = ", ".join(dict.fromkeys(names))
    span = f"ligne {numbers[0]}" if len(numbers) == 1 else f"lignes {numbers[0]} à {numbers[-1]}"
    listing = (f"de la ligne {numbers[0]}" if len(numbers) == 1 else
               "des lignes " + ", ".join(str(n) for n in numbers[:-1]) + f" et {numbers[-1]}")
    where_read = "au premier niveau du fichier" if not container else f"comme des clés de « {container} »"
    message = (f"la ligne « {key}: » de ce bloc est restée dans le commentaire de la ligne {number + 1} : sans elle, YAML lit "
               f"ses clés ({shown} : {span}) {where_read} ; écrire « {key}: » seule sur sa ligne, sans « # », {_spaces(column)}, "
               f"à la place de la ligne {number + 1}, et ajouter 2 espaces au début {listing}, pour mettre ses clés en retrait "
               "sous elle")
    if own is not None:
        message += (f", et retirer la ligne {own.number} « {lines[own.number - 1].strip()} », qui donnerait « {key} » une "
                    "seconde fois")
    return (number + 1, comment.index("#") + 2 + found.start("key"), at, message, None), "\n".join(fixed)


def _block_under_comment(lines: list[str], number: int, top: int, keys_at, read: bool = False) -> tuple[_Advice, str] | None:
    """The advice of ``_block_left_in_comment`` for the comment on (0-based) line ``number`` and the block's first
    line ``top``; ``read``: the file reads, the block's keys are under another key than the comment's."""
    first = _key_line(top + 1, lines[top])
    if first is None or first.dash or first.indent == 0:
        return None
    comment = lines[number]
    if _indent(comment) >= first.indent:
        return None
    found = _KEY_ENDING_A_COMMENT.search(comment.split("#", 1)[1])
    if found is None:
        return None
    key = found["key"]
    # the key's own line, further on (the template's « exam_office: non précisé par la notice »), left of the block
    own = next((k for k in _key_lines(lines, top + 2, len(lines)) if k.name == key and not k.dash and k.indent < first.indent), None)
    if found["value"] and (own is None or not _quotes_its_line(found["value"], own)):
        return None
    column, path = None, ""
    # (two spaces left of the block's keys, as the template's examples are indented; else the column of a key line
    # above, the deepest first: the keys uncommented with the « # » alone taken off, three spaces in from the key's
    # line, « #   name: texte » → «    name: texte », were read into the block above, and each said written twice,
    # « clé « name » en double », not the « # positioning_office: » left in the comment: stop 55 fixstaff 2)
    above = {k.indent for k in _key_lines(lines, 1, number) if not k.dash and k.indent < first.indent - 2}
    # (one space in, « #   name: texte » → « name: » with one space left, under « # positioning_office: »: the column
    # left of it, 1; else « l'aligner sur exam_office ou sur emails », then the head line named at the next run: a
    # staff walk, stop 55, fixstaff56)
    places = [own.indent] if own is not None else [first.indent - 2, *sorted(above, reverse=True)] if first.indent >= 2 else [0]
    for place in places:
        written = list(lines)
        written[number] = " " * place + key + ":"
        at = key_path_at(written, number + 1, place + 1)
        if at.rsplit(".", 1)[-1] != key:
            continue
        permitted = keys_at(at[:-len(key)].rstrip("."))
        inside = keys_at(at)
        if permitted is not None and key in permitted and inside is not None and first.name in inside:
            if read and (key_path_at(lines, top + 1, first.column + 1) + ".").startswith(at + "."):
                return None  # (read under that key already: a comment among its keys)
            column, path = place, at
            break
    if column is None:
        return None
    # the block's last line: the last written line deeper than the key, from its first key on
    last = top + 1
    for n, _, _ in _scan(lines, top + 1, len(lines)):
        if _indent(lines[n - 1]) <= column:
            break
        last = n
    # (every key of the block, at whatever column: uncommented with one space left for name and two for role, the
    # message named name alone, fixstaff56; not the keys inside one of them, under a key with no value on its line)
    names, opener = [], None
    for k in _key_lines(lines, top + 1, last):
        if k.dash or opener is not None and k.indent > opener:
            continue
        opener = None if k.rest else k.indent
        names.append(k.name)
    shown = ", ".join(dict.fromkeys(names))
    span = f"ligne {top + 1}" if last == top + 1 else f"lignes {top + 1} {'et' if last == top + 2 else 'à'} {last}"
    where = comment.index("#") + 2 + found.start("key")
    keys = f"ses clés ({shown} : {span})"
    lost = f"YAML range {keys} dans la rubrique du dessus" if read else f"{keys} ne sont sous aucune rubrique"
    # (the template's example opened by the key alone, « # exam_office: »: the key goes there, above the example's
    # explanations between the block's keys)
    place = f"à la place de la ligne {number + 1}" if comment.split("#", 1)[1].strip() == f"{key}:" else f"juste au-dessus de la ligne {top + 1}"
    message = (f"la ligne « {key}: » de ce bloc est restée dans le commentaire de la ligne {number + 1} : sans elle, {lost} ; écrire « {key}: » seule sur sa ligne, "
               f"sans « # », {_spaces(column)}, {place} (ne rien changer au retrait de ses clés)")
    return _key_written_back(lines, number, column, key, own, (where, path, message))


def _verify_left_over(lines: list[str]) -> tuple[_Advice, str] | None:
    """The lines left of the file's own ``verify:`` when only its first line was removed: new-session writes it over
    several lines, between double quotes (a staff walk, stop 44 L4: one line of 1,100 characters). The file's first
    written lines are then indented and read, prefixed with « verify: " », as that text: said at the first of them,
    with the text they leave once blanked (to read the rest of the file); None when the file starts otherwise."""
    written = [n for n in range(1, len(lines) + 1) if lines[n - 1].strip() and not lines[n - 1].lstrip(" ").startswith("#")]
    if not written or not lines[written[0] - 1].startswith(" "):
        return None
    first = last = written[0]
    while last < len(lines) and lines[last].strip() and lines[last].startswith(" "):
        last += 1
    after = next((raw for raw in lines[last:] if raw.strip()), "")
    if not lines[last - 1].rstrip().endswith('"') or after.startswith(" ") and not after.lstrip(" ").startswith("#"):
        return None
    try:
        node = yaml.compose('verify: "' + "\n".join(lines[first - 1:last]) + "\n", Loader=yaml.SafeLoader)
    except yaml.YAMLError:
        return None
    if not isinstance(node, yaml.MappingNode) or len(node.value) != 1 or not isinstance(node.value[0][1], yaml.ScalarNode):
        return None
    if first == last:
        where, fix = f"la ligne {first} est", "cette ligne"
    else:
        where, fix = f"{_line_range(first, last)} sont", f"ces lignes, jusqu'au guillemet fermant (ligne {last})"
    message = (f"{where} le reste de la ligne verify: du fichier, un texte entre guillemets sur plusieurs lignes dont la "
               f"première (« verify: \"… ») a été retirée seule ; retirer aussi {fix}")
    fixed = ["" if first <= n <= last else raw for n, raw in enumerate(lines, 1)]
    return (first, _indent(lines[first - 1]) + 1, VERIFY_KEY, message, None), "\n".join(fixed)


def _shifted_start(lines: list[str], error_line: int) -> tuple[_Advice, "str | None"] | None:
    """The advice for a file whose first written line is indented while a later line of the first level
    (``error_line``, 1-based) is not, and the text with that advice followed when moving one line is enough
    (else None); None when the file has a « ... » line before ``error_line`` (then the error is that)."""
    if not 0 < error_line <= len(lines) or any(_DOCUMENT_END.match(raw) for raw in lines[:error_line - 1]):
        return None
    written = [(number, key) for number, key, in_block in _scan(lines, 1, error_line - 1) if not in_block
               and not _DOCUMENT_START.match(lines[number - 1])]
    if not written:
        return None
    first_number, first = written[0]
    raw = lines[first_number - 1]
    shift = len(raw) - len(raw.lstrip(" "))
    if shift == 0:
        return None
    indent = {number: len(lines[number - 1]) - len(lines[number - 1].lstrip(" ")) for number, _ in written}
    level = [(number, key) for number, key in written if indent[number] == shift]  # the lines of the file's first level
    names = [key.name for _, key in level if key is not None and not key.dash]
    reference = _key_line(error_line, lines[error_line - 1])
    beside = f", comme {quote(reference.name)} (ligne {error_line})" if reference is not None and not reference.dash else f" (ligne {error_line})"
    rule = f"une clé du premier niveau du fichier commence en colonne 1, sans espace avant{beside}"
    spaces = f"{shift} espace{'s' if shift > 1 else ''}"
    # The block under a lone first key: shifted with it when its keys are as far right of it as the keys
    # of the first level below are right of theirs (« ␣session: » / «   year: », and « deadlines: » / «  documents: »)
    deeper = [indent[number] for number, _ in written if indent[number] > shift]
    below = next((len(other) - len(other.lstrip(" ")) for other in lines[error_line:] if other.strip()
                  and not other.lstrip(" ").startswith("#") and other.startswith(" ")), None)
    if (first is not None and not first.dash and not first.rest and len(written) > 1 and indent[written[1][0]] == shift == below
            and written[1][1] is not None):
        # « ␣␣session: » / «   year: »: the keys under the first key, in the column of the keys of a block
        # below, are its own, written where they should be; the first key alone is out of line
        level = level[:1]
        deeper = []
    block = len(level) > 1 or bool(deeper) and below is not None and min(deeper) - shift == below != min(deeper)
    path = names[0] if names else ""
    if block:
        last = written[-1][0]
        shown = ", ".join(quote(name) for name in names[:4]) + (", …" if len(names) > 4 else "")
        whose = f" (rubrique{'s' if len(names) > 1 else ''} {shown})" if names else ""
        message = (f"les lignes {first_number} à {last}{whose} commencent par {spaces} de trop : {rule} ; "
                   f"retirer {spaces} au début de chacune de ces lignes")
    else:
        what = f"clé {quote(first.name)}" if first is not None and not first.dash else "première ligne du fichier"
        message = (f"{what} en retrait ({spaces} en début de ligne) alors qu'{rule} ; "
                   + ("retirer " + (f"les {spaces}" if shift > 1 else "l'espace") + " en début de ligne"))
    advice = (first_number, shift + 1, path, message, 0)
    if len(level) > 1:
        return advice, None
    return advice, "\n".join(_moved(lines, first_number, 0))


# --- Checking the advice: the line moved as told must read, and read as the schema expects -------
#
# Indentation alone cannot always tell which level a key out of line belongs to: « detail: »
# one space right of « when: » is between « when: » and the keys under it; « engagement_etudiant: »
# at 3 spaces is between the topics (2) and their fields (4). So the advice is tried: the
# line is moved to the columns it could go to (the keys above whose block it could continue, the
# key below it, and the column the advice gives), the file is read again each time, and each
# reading is scored: it parses, then the fewest problems (duplicated keys and, when the loader
# gives the schema, unknown keys and the like). The advice stands when it alone scores best;
# when other moves score as well, they are named too (« selon la rubrique où elle va ») rather
# than one of them guessed; when another move alone scores best, it is the one advised; when
# no move reads better than the file, nothing is advised.

_MAX_SUGGESTIONS = 3


def _levels(lines: list[str], number: int, first: bool = False) -> dict[int, _KeyLine]:
    """The columns the key of line ``number`` could be aligned on, each with the key written there:
    the keys above whose block it could continue (the nearest at each level, or with ``first`` the
    first key of that block) and the key below it."""
    levels: dict[int, _KeyLine] = {}
    limit, dashes = None, False  # the column left of which the blocks above are open; set by a list's « - »
    for other in reversed(_key_lines(lines, 1, number - 1)):
        if limit is None or other.column < limit or not other.dash and other.column == limit and (dashes or first):
            # (a list's « - » may stand in the column of its key)
            if first and not other.dash:
                levels[other.column] = other
            else:
                levels.setdefault(other.column, other)
        if limit is None or other.start < limit or other.start == limit and not other.dash:
            limit, dashes = other.start, other.dash
        if limit == 0:
            break
    below = _key_lines(lines, number + 1, min(len(lines), number + 40))
    if below:
        levels.setdefault(below[0].column, below[0])
    return levels


def _reference(lines: list[str], number: int, column: int) -> "_KeyLine | None":
    """A key written in ``column`` near line ``number``: above it in an open block, else the nearest below."""
    found = _levels(lines, number).get(column)
    if found is not None:
        return found
    for other in _key_lines(lines, number + 1, len(lines)):
        if other.column == column and not other.dash:
            return other
    return None


def _moved(lines: list[str], number: int, column: int) -> list[str]:
    moved = list(lines)
    raw = moved[number - 1]
    moved[number - 1] = " " * column + raw.lstrip(" ")
    return moved


def _checked_advice(advice: _Advice, error_line: int, lines: list[str], file: str, count_problems) -> _Advice | None:
    """``advice`` when moving its line as it says reads best; else the moves that do (see above)."""
    line, _, path, message, target = advice
    if target is None:
        return advice
    # The lines that may be the one out of line: the advice's, the one the parser stopped at, and
    # the keys above it whose block it is in (the first key of a block moved left closes it early).
    # The columns they may go to: those of the keys around each, and of those two lines.
    chain = [*_levels(lines, error_line).values(), *_levels(lines, error_line, first=True).values()]
    numbers = [n for n in dict.fromkeys((line, error_line, *sorted((other.number for other in chain), reverse=True))) if n <= error_line]
    keys = [key for n in numbers if (key := _key_line(n, lines[n - 1])) is not None and not key.dash]
    pool = {target, *(key.column for key in keys[:2])}
    candidates: list[tuple[int, int]] = [(line, target)]
    for key in keys:
        columns = sorted(pool | set(_levels(lines, key.number)))
        left = [c for c in columns if c < key.column]
        right = [c for c in columns if c > key.column]
        for column in (left[-1:] + right[:1]):
            if (key.number, column) not in candidates:
                candidates.append((key.number, column))
    scores = _scores(lines, candidates, file, count_problems)
    best_score = max(scores.values())
    if best_score[0] == 0 and best_score[1] <= error_line:
        return None  # no move reads further than the file as it is
    best = [candidate for candidate in candidates if scores[candidate] == best_score]
    # the advice's line when the advice is among the best, else the first best move; but when moves of different
    # lines read as well (the first key of a block moved: it back, or the next key to it), the line whose move puts
    # it in a column more keys of its level use in the file (its block's keys back where the others are), else at
    # the file's usual indentation
    numbers = list(dict.fromkeys(n for n, _ in best))
    if len(numbers) > 1:
        usual = {n: max(_keys_beside(lines, n, column) for m, column in best if m == n) for n in numbers}
        numbers.sort(key=lambda n: tuple(-count for count in usual[n]))  # (stable: the order above when as usual)
    number = numbers[0]
    columns = [column for n, column in best if n == number][:_MAX_SUGGESTIONS]
    if columns == [target] and number == line:
        return advice  # (another line moved may read as well: often the same data, « a: » / « b: » both moved)
    key = _key_line(number, lines[number - 1])
    references = [(column, _reference(lines, number, column)) for column in columns]
    if key is None or any(reference is None for _, reference in references):
        return None
    told = [f"l'aligner sur {quote(reference.name)} (ligne {reference.number}) : {_spaces(column)}" for column, reference in references]
    if len(told) == 1:
        column, reference = references[0]
        more_or_less = "plus" if key.column > column else "moins"
        path = key_path_at(_moved(lines, number, column), number, column + 1, misindented=False) or path
        return (number, key.column + 1, path,
                f"clé {quote(key.name)} mal alignée : {more_or_less} en retrait que la clé {quote(reference.name)} de sa rubrique ; {told[0]}", column)
    # The path: what the places it may go to have in common (« session », not one of them guessed)
    paths = [re.split(r"\.|(?=\[)", key_path_at(_moved(lines, number, column), number, column + 1)) for column in columns]
    common = []
    for parts in zip(*paths):
        if len(set(parts)) > 1:
            break
        common.append(parts[0])
    path = ".".join(common).replace(".[", "[")
    return (number, key.column + 1, path,
            f"clé {quote(key.name)} mal alignée ; selon la rubrique où elle va, {', ou '.join(told)}", None)


def _keys_beside(lines: list[str], number: int, column: int) -> tuple[int, int, int]:
    """With line ``number`` moved to ``column``, how usual its place is among the other keys of the file: how many
    are at its level (as many keys and list items above them) in its column, how many are as far right of the key
    (or « - ») they are under as it is (the file's indentation, 2 spaces in ours), and how many other lines start
    in its column (a file with one block of keys: the list items and texts of the others)."""
    stack: list[tuple[int, int, bool]] = []  # the keys and « - » open above: (column, line, is a « - »)
    placed: dict[int, tuple[int, int, int, int]] = {}  # line -> (level, line of the key or « - » it is under, column, step)
    moved = _moved(lines, number, column)
    for key in _key_lines(moved, 1, len(moved)):
        if key.dash:  # (a list may stand in the column of its key: « documents: » / « - label: »)
            while stack and (stack[-1][0] > key.indent or stack[-1][0] == key.indent and stack[-1][2]):
                stack.pop()
            stack.append((key.indent, key.number, True))
        else:
            while stack and stack[-1][0] >= key.column:
                stack.pop()
        above = stack[-1] if stack else (0, 0, False)
        placed[key.number] = (len(stack), above[1], key.column, key.column - above[0] if stack else -1)
        stack.append((key.column, key.number, False))
    if number not in placed:
        return 0, 0, 0
    level, _, at, step = placed[number]
    others = [other for n, other in placed.items() if n != number]
    return (sum(1 for other in others if other[0] == level and other[2] == at),
            sum(1 for other in others if other[3] == step and step > 0),
            sum(1 for n, raw in enumerate(moved, start=1) if n != number and raw.strip() and not raw.lstrip(" ").startswith("#")
                and len(raw) - len(raw.lstrip(" ")) == at))


def _scores(lines: list[str], candidates: list[tuple[int, int]], file: str, count_problems) -> dict[tuple[int, int], tuple[int, int]]:
    """``_score`` of each move, the moves libyaml says do not parse left out while another one may parse.

    A move that does not parse costs a full reading by the pure-Python composer, up to its syntax error (about
    0.4 s for a file of 5,000 lines with the error near its end), only to give that error's line; that line
    matters only when no move parses (then the move that reads furthest is advised). libyaml (C) says in a few
    milliseconds whether a text parses (``_parses``): the moves it refuses score (0, 0) while another move may parse,
    and get their exact score only when none does, so the scores compared are those the full reading alone gave
    (short of a text libyaml refuses and PyYAML reads: none known outside ``_unusual_text``)."""
    fast = {candidate: _parses("\n".join(_moved(lines, *candidate))) for candidate in candidates}
    scores = {candidate: _score(lines, *candidate, file, count_problems) if fast[candidate] is not False else (0, 0) for candidate in candidates}
    if max(score for score in scores.values())[0] == 0:  # none parses: the line each reads to decides
        scores.update({candidate: _score(lines, *candidate, file, count_problems) for candidate in candidates if fast[candidate] is False})
    return scores


def _parses(text: str) -> bool | None:
    """False when libyaml's parser refuses ``text`` (a file with the lines an advice tries moved: a syntax error, said in
    C without building a Python object: about 10 ms for 5,000 lines); None when it does not refuse it (the full
    reading then says whether it reads) or when only the pure-Python composer can tell (no libyaml, or a text the
    two read differently: see ``_unusual_text``). Used by the advice for a key (``_scores``) and for a « - »
    (``_misaligned_dash``) out of line, which try several moves and keep those that read."""
    if not USE_LIBYAML:
        return None
    if not text.endswith("\n") or _unusual_text(text):
        return None
    parser = _CParser(text)
    try:
        parser.raw_parse()
        return None
    except yaml.YAMLError:
        return False
    except Exception:  # (something libyaml does not expect): the full reading decides
        return None
    finally:
        parser.dispose()


def _score(lines: list[str], number: int, column: int, file: str, count_problems) -> tuple[int, int]:
    """How well the file reads with line ``number`` moved to ``column``: (1, minus the number of
    problems) when it parses, (0, the line of the syntax error) when it does not."""
    scratch = Problems()
    root = compose_file("\n".join(_moved(lines, number, column)), file, scratch, advise=False)
    if root is None:
        return 0, scratch.items[0].location.line if scratch.items else 0
    return 1, -(len(scratch.items) + (count_problems(root) if count_problems is not None else 0))


_QUOTED_VALUE = re.compile(r"""^(\s*(?:-\s+)*(?:[^\s#'"{\[][^#]*?:\s+)?)(["'])(.*)$""")


# --- Slips no one sees on the screen: « -id: » and a no-break space in the indentation -------------
#
# A list item's dash glued to its key (« -id: jdc »: YAML reads a key « -id ») and a no-break space (U+00A0, typed
# with Alt+Espace on a Mac or pasted from a word processor) in the indentation (YAML counts only ordinary spaces)
# look right on the screen; the parser's own error comes on another line, or says a list mixed with keys. When the
# file does not parse, each such line up to the error is said as it is, and the rest of the file is read with them
# fixed (the lines keep their numbers).

_GLUED_DASH = re.compile(r"^(?P<indent>[ ]*(?:-[ ]+)*)-(?P<key>[a-z_][a-z0-9_]*):(?:[ ]|$)")
_GLUED_VALUE_DASH = re.compile(r"^(?P<indent>[ ]*)-(?=[^\s\-#])")
_NBSP_INDENT = re.compile(r"^[ \u00a0]*\u00a0")
_DASH_NBSP = re.compile(r"^[ ]*(?:-[ ]+)*-\u00a0")


def _unseen_slips(lines: list[str], error_line: int) -> tuple[list[_Advice], str] | None:
    """The glued dashes and no-break spaces in the indentation from the top to the 1-based ``error_line`` (the text of
    block scalars left out), each as an advice, and the text with all of them fixed; None when there is none."""
    advices: list[_Advice] = []
    fixed = list(lines)
    in_text = {number for number, _, in_block in _scan(lines, 1, min(error_line, len(lines))) if in_block}
    for number in range(1, min(error_line, len(lines)) + 1):
        raw = lines[number - 1]
        nbsp = _NBSP_INDENT.match(raw)
        if nbsp:
            column = raw.index("\u00a0") + 1
            count = nbsp.group(0).count("\u00a0")
            fixed[number - 1] = nbsp.group(0).replace("\u00a0", " ") + raw[nbsp.end():]
            what = "une espace insécable" if count == 1 else f"{count} espaces insécables"
            advices.append((number, column, "", (
                f"{what} (U+00A0) dans le retrait de cette ligne, colonne {column} : YAML ne compte que les espaces "
                "ordinaires ; effacer le retrait de la ligne et le retaper avec la barre d'espace (une espace insécable "
                "vient souvent d'un copier-coller ou de Alt+Espace)"), None))
            continue
        dash_nbsp = _DASH_NBSP.match(raw) if number not in in_text else None
        if dash_nbsp:
            column = dash_nbsp.end()
            fixed[number - 1] = raw[:column - 1] + " " + raw[column:]
            key = _key_line(number, fixed[number - 1])
            # (a list of plain values, « layout: », « also_listed_in: »: a value after the dash, not a key)
            after = "la clé" if key is not None and _IDENTIFIER.fullmatch(key.name) else "la valeur"
            advices.append((number, column, "", (
                f"une espace insécable (U+00A0) après le tiret « - » : YAML demande une espace ordinaire entre le tiret et "
                f"{after} ; l'effacer et la retaper avec la barre d'espace (une espace insécable vient souvent d'un "
                "copier-coller ou de Alt+Espace)"), None))
            continue
        glued = _GLUED_DASH.match(raw) if number not in in_text else None
        if glued:
            column = len(glued.group("indent")) + 1
            key = glued.group("key")
            value = raw[glued.end():].split(" #")[0].strip()
            fixed[number - 1] = raw[:column] + " " + raw[column:]
            advices.append((number, column, "", (
                f"tiret « - » collé à la clé {quote(key)} : YAML lit une clé {quote('-' + key)} ; un élément de liste "
                f"s'écrit « - », une espace, puis la clé : écrire {quote_whole(('- ' + key + ': ' + value).rstrip())}"), None))
            continue
        glued_value = _GLUED_VALUE_DASH.match(raw) if number not in in_text else None
        if glued_value and _item_line_above(fixed, number, len(glued_value.group("indent"))):
            # (« -05 36 25 71 12 » below « - 05 36 25 71 13 »: review50 L5, the parser said « : » attendu)
            column = len(glued_value.group("indent")) + 1
            value = raw[column - 1:].split(" #")[0].strip()
            fixed[number - 1] = raw[:column] + " " + raw[column:]
            advices.append((number, column, "", glued_value_message(value), None))
    if not advices:
        return None
    advices = [(line, column, _line_path(fixed, line), message, target) for line, column, _, message, target in advices]
    return advices, "\n".join(fixed)


# A no-break space right after a key's colon (« send_to:␣Médecin du secteur », pasted from a word processor or typed
# with Alt+Espace): YAML reads no key there, the line is text, and the parser's error (a text line out of its block,
# « : » attendu…) led staff to a fix that made the key part of the text above (a staff walk, stop 49 M1).
_NBSP_AFTER_COLON = re.compile(r"^(?P<head>[ ]*(?:-[ ]+)*(?P<key>[A-Za-z_][A-Za-z0-9_]*):)(?P<space>[\u00a0\u202f])")
_NBSP_NAMES = {"\u00a0": "espace insécable", "\u202f": "espace fine insécable"}


def _nbsp_after_colon(text: str, file: str, problems: Problems, repaired: list | None) -> bool:
    """True (and a problem for each) when lines of ``text`` hold a key whose colon a no-break space follows, outside
    block texts, and the file reads past them once those spaces are ordinary ones (a text line that goes on a plain
    text above, where « mot: » is no key, is left alone)."""
    lines = source_lines(text)
    found = [number for number, raw in enumerate(lines, start=1) if _NBSP_AFTER_COLON.match(raw)]
    if not found:
        return False
    in_text = _block_text_lines(lines, found[-1])
    found = [number for number in found if number not in in_text]
    if not found:
        return False
    fixed = list(lines)
    for number in found:
        match = _NBSP_AFTER_COLON.match(fixed[number - 1])
        fixed[number - 1] = match["head"] + " " + fixed[number - 1][match.end():]
    scratch = Problems()
    if compose_file("\n".join(fixed), file, scratch, advise=False) is None and (not scratch.items or scratch.items[0].location.line <= found[-1]):
        return False
    for number in found:
        match = _NBSP_AFTER_COLON.match(lines[number - 1])
        space, key = match["space"], match["key"]
        code = f"[U+{ord(space):04X}]"
        written = lines[number - 1].strip(" ").replace(space, code, 1)
        problems.add(
            Location(file, number, match.end()), key_path_at(fixed, number, len(match["head"]) - len(key)),
            f"{_NBSP_NAMES[space]} {code} après les deux-points de {quote(key + ':')} ({quote(written)}) : YAML n'y lit pas "
            "de clé ; la remplacer par une espace ordinaire (l'effacer et la retaper avec la barre d'espace ; une espace "
            "insécable vient souvent d'un copier-coller ou de Alt+Espace)",
        )
    if repaired is not None:
        repaired.append(("\n".join(fixed), found[-1], CORRECTED))
    return True


def _item_line_above(lines: list[str], number: int, indent: int) -> bool:
    """Whether the line above line ``number`` (1-based; blank and comment lines skipped) is a list item's « - » in
    column ``indent`` (from 0)."""
    for above in reversed(lines[:number - 1]):
        shown = above.lstrip(" ")
        if not shown.strip() or shown.startswith("#"):
            continue
        return len(above) - len(shown) == indent and (shown.rstrip() == "-" or shown.startswith("- "))
    return False


def glued_value_message(value: str) -> str:
    """A plain list item's « - » glued to its value (« -05 36 25 71 12 »): YAML reads a text starting with « - »."""
    return (f"tiret « - » collé à la valeur : YAML lit un texte {quote(value)} ; un élément de liste s'écrit « - », une "
            f"espace, puis la valeur : écrire {quote_whole('- ' + value[1:])}")



def _glued_in_an_item(root: Node, lines: list[str], file: str, count_problems) -> tuple[_Advice, str] | None:
    """A glued dash in a file that reads: « -id: b » written at the column of a list item's keys, « id » being the
    item's first key. YAML reads one more key « -id » in the item above, and the keys below it as that item's keys
    written twice; the slip is a new item whose « - » went to its first key's column (as ``_check_mapping_keys`` says
    a forgotten one). Said at the dash, with the line as it should be, when the file reads with it written so, with
    fewer problems (the rest of the file is then read that way); None otherwise (« -label: » under an item's other
    keys: the unknown key's own message, « vouliez-vous dire « label » ? »)."""
    found = []

    def walk(node: Node) -> None:
        if type(node) is SequenceNode:
            for item in node.value:
                if type(item) is MappingNode and not item.flow_style and item.value and type(item.value[0][0]) is ScalarNode:
                    first = item.value[0][0].value
                    found.extend((key, item) for key, _ in item.value[1:] if type(key) is ScalarNode and key.style is None
                                 and key.value == f"-{first}" and key.start_mark.column == item.start_mark.column)
                walk(item)
        elif type(node) is MappingNode:
            for _, value in node.value:
                walk(value)

    walk(root)
    for key, item in sorted(found, key=lambda pair: pair[0].start_mark.line):
        number, column = key.start_mark.line + 1, key.start_mark.column
        first = item.start_mark.line + 1
        dashes = [c for c in _dash_columns(lines[first - 1]) if c < item.start_mark.column]
        if not dashes or not 0 < number <= len(lines):
            continue
        dash = max(dashes)
        raw = lines[number - 1]
        name = key.value[1:]
        written = raw[column + 1:]
        fixed = list(lines)
        fixed[number - 1] = " " * dash + "- " + written
        scratch = Problems()
        node = compose_file("\n".join(fixed), file, scratch, advise=False)
        if node is None:
            continue
        if count_problems is not None and count_problems(node) + len(scratch.items) >= count_problems(root):
            continue
        value = written[len(name) + 1:].split(" #")[0].strip()
        message = (f"tiret « - » collé à la clé {quote(name)} : YAML lit une clé {quote(key.value)} de plus dans l'élément de "
                   f"la ligne {first}, pas un nouvel élément ; un élément de liste s'écrit « - », une espace, puis la clé, le "
                   f"« - » aligné sur celui de la ligne {first} : écrire {quote_whole(('- ' + name + ': ' + value).rstrip())} à "
                   f"{_spaces(dash)}")
        return (number, column + 1, _line_path(fixed, number), message, None), "\n".join(fixed)
    return None


def _line_path(lines: list[str], number: int) -> str:
    """The path of the key on line ``number`` (its first key, after any dashes), or of the list item it opens when
    it holds a plain value (« - documents »: ``session.layout[1]``); "" for any other line."""
    raw = lines[number - 1]
    key = _key_line(number, raw)
    if key is not None:
        return key_path_at(lines, number, key.column + 1)
    item = re.match(r" *(?:- +)+", raw)
    return key_path_at(lines, number, item.end() + 1) if item and raw[item.end():].strip() else ""


# --- A tab in the indentation --------------------------------------------------------------------
#
# YAML refuses tabs in the indentation, and PyYAML stops there. Staff are told which field the
# line holds and how many spaces to write instead: the line is tried with its tabs replaced by
# spaces in the columns it could go to, as a key out of line is (see above), and the column that
# reads best is advised (the file parses, then the fewest problems; a tie goes to the column of
# the key just above, whose block the line most likely continues).

_TAB_LEAD = "tabulation en début de ligne (YAML n'accepte que des espaces pour le retrait)"


def _tab_advice(lines: list[str], number: int, file: str, count_problems) -> _Advice | None:
    """(line, column, path, message, advised column) for a line indented with a tab; None when its key
    cannot be placed (not a key, or no column where the file reads). Said at the tab: after spaces, « dans le
    retrait », at its column (a staff walk, stop 47 L2: « en début de ligne », the caret under the first space)."""
    advice = _tab_advice_of_line(lines, number, file, count_problems)
    raw = lines[number - 1]
    tab = raw.find("\t")
    if advice is None or tab <= 0 or raw[:tab].strip(" "):
        return advice
    line, _, path, message, column = advice
    message = message.replace(_TAB_LEAD, f"tabulation dans le retrait, colonne {tab + 1}, après des espaces (YAML n'accepte que des espaces pour le retrait)", 1)
    if column == 0:  # (« la supprimer » left the spaces before it: review52 L4)
        message = message.replace(" ; la supprimer : ", " ; supprimer tout le retrait, espaces et tabulation : ", 1)
    return line, tab + 1, path, message, column


def _tab_advice_of_line(lines: list[str], number: int, file: str, count_problems) -> _Advice | None:
    """``_tab_advice``, said at the line's start."""
    content = lines[number - 1].lstrip(" \t")
    stripped = list(lines)
    stripped[number - 1] = content
    above = _key_lines(stripped, 1, number - 1)
    owner = _text_owner(stripped, number, above)
    text = _tab_text_advice(stripped, number, owner, file, count_problems) if owner is not None else None
    key = _key_line(number, content)
    if text is not None and (_ITEM.match(content) or key is not None and _IDENTIFIER.fullmatch(key.name)):
        # a key or a « - » after a block text (« words: > ») is more often the next field or item than a line of
        # the text: the text only when it reads better so
        other = (_tab_item_advice(stripped, number, above, file, count_problems) if _ITEM.match(content)
                 else _tab_key_advice(stripped, number, key, above, file, count_problems))
        if other is not None and _score(stripped, number, other[4], file, count_problems) >= _score(stripped, number, text[4], file, count_problems):
            return other
        return text
    if text is not None:
        return text
    if _ITEM.match(content):
        return _tab_item_advice(stripped, number, above, file, count_problems)
    if key is None:
        return None
    return _tab_key_advice(stripped, number, key, above, file, count_problems)


def _tab_key_advice(stripped: list[str], number: int, key: _KeyLine, above: list[_KeyLine], file: str, count_problems) -> _Advice | None:
    """A key indented with a tab (see ``_tab_advice``)."""
    previous = above[-1] if above else None
    opens = (previous is not None and (not previous.rest or previous.rest.startswith("#"))
             and not any(raw.strip() and not raw.lstrip(" ").startswith("#") for raw in stripped[previous.number:number - 1]))
    # (not after the list of words of the key above: « layout: » / « - who » / « - travel »)
    if opens:
        # the first line of the block of the key above: deeper than it, as the line below when it is
        # (the key below may be its first key, or a « - » of its list: two spaces right of the key above is tried too)
        below = _key_lines(stripped, number + 1, min(len(stripped), number + 40))
        deeper = below[0].column if below and below[0].column > previous.column and not below[0].dash else previous.column + 2
        columns = list(dict.fromkeys([deeper, previous.column + 2]))
    else:
        columns = sorted(set(_levels(stripped, number)) | {0})  # (a key of the file's first level, the first of the file)
        if previous is not None and previous.column in columns:
            columns.remove(previous.column)
            columns.insert(0, previous.column)  # (the first of equal scores is kept)
    column = _best_column(stripped, number, columns, file, count_problems)
    if column is None:
        return None
    path = key_path_at(_moved(stripped, number, column), number, column + 1)
    if column == 0:
        # (not « 0 espace », aligned on a key of the first level that may be a hundred lines away)
        return number, 1, path, f"{_TAB_LEAD} ; la supprimer : une clé du premier niveau du fichier commence en colonne 1, sans espace avant", 0
    where = _placed(stripped, number, column, previous if opens else None)
    if where is None:
        return None
    return number, 1, path, f"{_TAB_LEAD} ; la remplacer par des espaces : {where}", column


def _text_owner(stripped: list[str], number: int, above: list[_KeyLine]) -> "_KeyLine | None":
    """The key whose text line ``number`` (its tab removed) continues: a block text (« | », « > ») whose lines
    run down to it, or a plain text (or a value on the next line) when the line is neither a key nor a « - »;
    None when the line is not text."""
    if not above:
        return None
    previous = above[-1]
    between = [raw for raw in stripped[previous.number:number - 1] if raw.strip() and not raw.lstrip(" ").startswith("#")]
    if any(len(raw) - len(raw.lstrip(" ")) <= previous.start for raw in between):
        return None  # (a line further left closed its block: a list of words, « - who »)
    if previous.rest[:1] in ("|", ">"):
        return previous
    content = stripped[number - 1]
    if _ITEM.match(content) or _key_line(number, content) is not None:
        return None
    if previous.rest and not _plain_value(previous.rest):
        return None  # (a quoted text running over lines: its own messages)
    return previous


def _tab_text_advice(stripped: list[str], number: int, owner: _KeyLine, file: str, count_problems) -> _Advice | None:
    """A line of the text of ``owner`` indented with a tab: the column of the text's line above it (or below it,
    for its first line), else two spaces right of its key."""
    def indent(raw: str) -> int:
        return len(raw) - len(raw.lstrip(" "))

    def text_line(n: int) -> bool:
        raw = stripped[n - 1]
        return bool(raw.strip()) and indent(raw) > owner.start and "\t" not in raw[:indent(raw) + 1]

    before = next((n for n in range(number - 1, owner.number, -1) if text_line(n)), None)
    after = None
    for n in range(number + 1, len(stripped) + 1):
        if stripped[n - 1].strip():
            after = n if text_line(n) and not stripped[n - 1].lstrip(" ").startswith("#") else None
            break
    columns: list[int] = []
    for n in (before, after):
        if n is not None and indent(stripped[n - 1]) not in columns:
            columns.append(indent(stripped[n - 1]))
    if owner.column + 2 not in columns:
        columns.append(owner.column + 2)
    column = _best_column(stripped, number, columns, file, count_problems)
    if column is None:
        return None
    if before is not None and column == indent(stripped[before - 1]):
        where = f"{_spaces(column)}, comme la ligne {before} du texte de {quote(owner.name)}"
    elif after is not None and column == indent(stripped[after - 1]):
        where = f"{_spaces(column)}, comme la ligne {after} du texte de {quote(owner.name)}"
    else:
        where = f"{_spaces(column)}, sous {quote(owner.name)} (ligne {owner.number})"
    path = key_path_at(stripped, owner.number, owner.column + 1)
    return number, 1, path, f"{_TAB_LEAD} ; la remplacer par des espaces : {where}", column


def _open_dashes(lines: list[str], number: int) -> list[tuple[int, int]]:
    """(column, line) of the « - » above line ``number`` whose lists are still open there, nearest first."""
    block_text = _block_text_lines(lines, number - 1)
    dashes: list[tuple[int, int]] = []
    limit = None
    for n in range(number - 1, 0, -1):
        raw = lines[n - 1]
        content = raw.lstrip(" ")
        if not content.strip() or content.startswith("#") or n in block_text:
            continue
        indent = len(raw) - len(content)
        if limit is not None and indent >= limit:
            continue
        inner, item = [], _ITEM.match(content)
        while item:  # (« - - boxes: »: the inner list's « - » first)
            inner.insert(0, (len(raw) - len(content), n))
            content = content[item.end():]
            item = _ITEM.match(content)
        dashes += inner
        limit = indent
        if indent == 0:
            break
    return dashes


def _tab_item_advice(stripped: list[str], number: int, above: list[_KeyLine], file: str, count_problems) -> _Advice | None:
    """A list item (« - … ») indented with a tab: the column of the « - » of the items beside it (above it, else
    below it), else under the key of the list; tried as a key is (see ``_tab_advice``)."""
    dashes = _open_dashes(stripped, number)
    below = None
    for n in range(number + 1, len(stripped) + 1):
        raw = stripped[n - 1]
        content = raw.lstrip(" ")
        if content.strip() and not content.startswith("#"):
            if _ITEM.match(content) and not content.startswith("\t"):
                below = (len(raw) - len(content), n)
            break
    previous = above[-1] if above else None
    opens = previous is not None and (not previous.rest or previous.rest.startswith("#")) and not any(n > previous.number for _, n in dashes)
    columns: list[int] = []
    candidates = [column for column, _ in dashes]
    if below is not None:
        candidates.append(below[0])
    if opens:
        candidates += [previous.column + 2, previous.column]
    candidates += sorted(_levels(stripped, number))
    for column in candidates:
        if column not in columns:
            columns.append(column)
    column = _best_column(stripped, number, columns, file, count_problems)
    if column is None:
        return None
    sibling = next((n for c, n in dashes if c == column), None)
    if sibling is not None:
        where = f"l'aligner sur {_which_dash(stripped, sibling, column)} de la ligne {sibling} : {_spaces(column)}"
    elif below is not None and column == below[0]:
        where = f"l'aligner sur le « - » de la ligne {below[1]} : {_spaces(column)}"
    else:
        where = _placed(stripped, number, column, previous if opens and column >= previous.column else None)
        if where is None:
            return None
    item = _moved(stripped, number, column)
    item[number - 1] = " " * column + "-"  # (the item's path, not its first key's)
    return number, 1, key_path_at(item, number, column + 2), f"{_TAB_LEAD} ; la remplacer par des espaces : {where}", column


def _placed(stripped: list[str], number: int, column: int, under: _KeyLine | None) -> str | None:
    """Where a tabbed line goes, in words: ``column`` spaces under ``under``, the key whose block the line opens, or else
    aligned on the key written at ``column`` nearby (``_reference``); None when there is none."""
    if under is not None:
        return f"{_spaces(column)}, sous {quote(under.name)} (ligne {under.number})"
    reference = _reference(stripped, number, column)
    if reference is None:
        return None
    return f"l'aligner sur {quote(reference.name)} (ligne {reference.number}) : {_spaces(column)}"


def _best_column(stripped: list[str], number: int, columns: list[int], file: str, count_problems) -> int | None:
    """The first of ``columns`` where line ``number`` reads best (see ``_score``); None when none reads past it."""
    if not columns:
        return None
    scores = {column: _score(stripped, number, column, file, count_problems) for column in columns}
    best = max(scores.values())
    if best[0] == 0 and best[1] <= number:
        return None
    return next(column for column in columns if scores[column] == best)


def _block_text_lines(lines: list[str], last: int) -> set[int]:
    """The 1-based numbers, up to ``last``, of the lines of block texts (« | », « > »)."""
    return {number for number, _, in_block in _scan(lines, 1, last) if in_block}


def _unclosed_quote(text: str, last_line: int) -> tuple[int, int, str] | None:
    """The first value, up to ``last_line``, that opens a quote without closing it on its line.

    A quoted value may legally run over several lines, so a forgotten closing
    quote shows up as a syntax error far below; when the parser fails, this
    finds the line staff must fix (1-based line and column of the quote).
    """
    lines = source_lines(text)

    def closes(quote_char: str, rest: str) -> bool:
        return bool(re.search(r'(?<!\\)"', rest) if quote_char == '"' else re.search(r"'(?!')", rest.replace("''", "")))

    number = 0
    while number < min(last_line, len(lines)):
        line = lines[number]
        number += 1
        match = _QUOTED_VALUE.match(line)
        if not match:
            continue
        quote_char, rest = match.group(2), match.group(3)
        if closes(quote_char, rest):
            continue
        # closed further down, on a line indented under it: a value over several lines (new-session's own verify: of
        # the file; a review, stop 46: every slip below it was said to be that verify: line's)
        indent = len(line) - len(line.lstrip(" "))
        below = number
        while below < len(lines) and lines[below].strip() and len(lines[below]) - len(lines[below].lstrip(" ")) > indent:
            if closes(quote_char, lines[below]):
                break
            below += 1
        else:
            return number, len(match.group(1)) + 1, quote_char
        number = below + 1
    return None


# A quote inside a quoted value closes it: « label: 'Attestation d'inscription' » (the apostrophe of « d'inscription »,
# very common in French, ends the single quotes; PyYAML then sees a second value on the line and says « expected
# <block end> », shown as an indentation problem). Said as it is, with the word and how to write the text.
_VALUE_START = re.compile(r"""(?:^\s*(?:-[ ]+)*|:[ ]+|[{\[,][ ]*)(?=['"])""")
_PLAIN_START = set("-?:,[]{}#&*!|>'\"%@`")


def _quoted_end(line: str, start: int) -> int | None:
    """The index of the quote that closes the quoted value opened at ``start``, or None (not closed on the line)."""
    char = line[start]
    i = start + 1
    while i < len(line):
        if char == "'" and line[i] == "'":
            if line[i + 1:i + 2] == "'":
                i += 2
                continue
            return i
        if char == '"':
            if line[i] == "\\":
                i += 2
                continue
            if line[i] == '"':
                return i
        i += 1
    return None


def _plain_is_safe(text: str, in_flow: bool) -> bool:
    """True when ``text`` reads the same written without quotes."""
    if not text or text[0] in _PLAIN_START or text != text.strip() or text.endswith(":"):
        return False
    if ": " in text or " #" in text or "\t" in text:
        return False
    return not (in_flow and any(c in text for c in ",[]{}"))


def _quote_closed_early(lines: list[str], number: int) -> tuple[int, str] | None:
    """A quoted value of line ``number`` (1-based) closed by a quote of its own text (a word goes on right after the
    closing quote): the 1-based column of that quote and the message."""
    if not 0 < number <= len(lines):
        return None
    line = lines[number - 1]
    for match in _VALUE_START.finditer(line):
        start = match.end()
        end = _quoted_end(line, start)
        then_words = _quoted_piece_then_words(lines, number, match, end) if end is not None else None
        if then_words is not None:
            return then_words
        if end is None or not (line[end + 1:end + 2].isalnum()):
            continue
        char = line[start]
        in_flow = match.group(0).lstrip()[:1] in ("{", "[", ",") or "{" in line[:start] or "[" in line[:start]
        # The text as meant: up to the last quote of the same kind on the line (the one that was to close it).
        if in_flow:
            stop = min([i for i in (line.find(c, end) for c in ",}]") if i >= 0] or [len(line)])
            text = line[start + 1:stop].rstrip().removesuffix(char)
        else:
            last = line.rfind(char)
            text = line[start + 1:last] if last > end else line[start + 1:].rstrip()
        word_start = end
        while word_start > start + 1 and not line[word_start - 1].isspace():
            word_start -= 1
        word_end = end + 1
        while word_end < len(line) and not line[word_end].isspace() and line[word_end] not in ",;:}]" + char:
            word_end += 1
        if char == '"' and line[word_end:word_end + 1] == char:
            word_end += 1
        word = line[word_start:word_end]
        forgotten = _closing_quote_forgotten(line, start, end) if in_flow else None
        if forgotten is not None:
            # « ["05 55 11 43 00, "05 55 11 43 01"] »: the quote after the first item forgotten, not a quote in a text
            # (a staff walk, stop 55: « écrire le texte entre guillemets simples » did not mend it)
            at, fixed, comma_too = forgotten
            if char == '"':
                said, mark, close = "guillemet « \" » non fermé", "jusqu'au guillemet", "fermer le guillemet"
            else:
                said, mark, close = "apostrophe « ' » non fermée", "jusqu'à l'apostrophe", "fermer l'apostrophe"
            if comma_too:  # (the comma between the two forgotten as well)
                return at + 1, (
                    f"{said} après {quote(line[start + 1:at])}, virgule oubliée aussi : YAML lit la suite, {mark} "
                    f"de {quote(word)}, comme un seul texte ; {close} et mettre une virgule avant {comma_too} : "
                    f"écrire {quote_whole(fixed.strip())}"
                )
            return at + 1, (
                f"{said} après {quote(line[start + 1:at])} : YAML lit la virgule et la suite, {mark} de {quote(word)}, "
                f"comme un seul texte ; {close} avant la virgule : écrire {quote_whole(fixed.strip())}"
            )
        plain = _plain_is_safe(text, in_flow)
        if char == "'":
            if '"' not in text:
                fix = "écrire le texte sans guillemets, ou entre guillemets doubles" if plain else "écrire le texte entre guillemets doubles"
            else:
                fix = ("écrire le texte sans guillemets, ou " if plain else "écrire ") + "deux apostrophes pour chacune du texte (" + quote(word.replace("'", "''")) + ")"
            said = f"l'apostrophe de {quote(word)} ferme les guillemets simples ; {fix}"
        else:
            if "'" not in text:
                fix = "écrire le texte sans guillemets, ou entre guillemets simples" if plain else "écrire le texte entre guillemets simples"
            else:
                fix = ("écrire le texte sans guillemets, ou " if plain else "écrire ") + "\\\" (barre oblique inverse et guillemet) pour chaque guillemet du texte"
            # (the site's typography quotes words between « »: they need no care in YAML; a staff walk, stop 48 L6)
            said = f"le guillemet de {quote(word)} ferme les guillemets doubles ; {fix} ; pour citer des mots, les guillemets français « … » conviennent aussi"
        return end + 1, said
    return None


def _quoted_piece_then_words(lines: list[str], number: int, match: re.Match, end: int) -> tuple[int, str] | None:
    """A block value that starts with a piece between quotes and goes on with words (« title: "BTS" session 2024 »):
    YAML reads the piece as the whole value and stops at the words (« expected <block end> »; fixstaff57 left: it was
    told « indentation incohérente »). Said as one text to write whole between quotes, or with the French quotes the
    guide's texts use, when the line so written lets the file read past it: the 1-based column of the opening quote
    and the message."""
    line = lines[number - 1].rstrip("\r\n")
    start = match.end()
    # (a list item « - "BTS" suite » too: NOTE57, it was told « une même rubrique mélange une liste et des clés »)
    item = re.fullmatch(r"-(?:[ ]+-)*", line[:start].strip()) is not None
    if not (match.group(0).rstrip().endswith(":") or item) or "{" in line[:start] or "[" in line[:start]:
        return None  # (a block mapping's value or a block list's item only: a flow collection's quotes are said elsewhere)
    after = line[end + 1:]
    if not after.startswith(" ") or not (item or re.fullmatch(r"(?:-[ ]+)*[a-z_][a-z0-9_]*:", line[:start].strip())):
        return None  # (« title Inscription : "BTS" suite »: the key's « : » forgotten, _colon_forgotten_before_colons)
    words = after.split(" #")[0].strip() if not after.lstrip().startswith("#") else ""
    if not words:
        return None
    char, piece = line[start], line[start + 1:end]
    meant = f"{char}{piece}{char} {words}"
    head = line[:start].strip()
    french = f"« {piece} » {words}"
    french = french if _plain_is_safe(french, False) else quoted_value(french)
    whole, cited = f"{head} {quoted_value(meant)}", f"{head} {french}"
    for written in (whole, cited):
        fixed = list(lines)
        fixed[number - 1] = line[:len(line) - len(line.lstrip())] + written
        if not _reads_past(fixed, "", number):
            return None
    said, whole_one, after_it = (("l'élément de la liste", "l'élément entier", "après lui") if item
                                 else ("la valeur", "la valeur entière", "après elle"))
    return start + 1, (
        f"{said} est un seul texte, qui commence par un passage entre guillemets : YAML lit {quote(char + piece + char)} "
        f"comme {whole_one}, puis trouve {quote(words)} {after_it} ; écrire le texte en entier entre guillemets : "
        f"{quote_whole(whole)}, ou citer avec les guillemets français, comme les textes du guide : {quote_whole(cited)}")




_TEXT_KEY_LINE = re.compile(r"^(?P<head>[ ]*(?:-[ ]+)*)(?P<key>[a-z_][a-z0-9_]*):[ ]*$")
_TEXT_OPENER_LOOK_BACK = 60  # lines above the parser's error looked at for the key of a text whose « |- » was lost


def _text_opener_lost(lines: list[str], error_line: int) -> tuple[int, int, str] | None:
    """A text over several lines whose « |- » (or « >- ») after its key was deleted (« dates_note: » then
    « **Du mercredi… » : fuzz69, told « « & » ou « * » en début de valeur » at its first line, or « deux-points
    inattendu » at a line of its text): the key line above the 1-based ``error_line`` with nothing after its colon,
    whose lines below, down to the error, are not keys, and with which « |- » written after it the file reads past the
    error. Its 1-based line and column (after the colon) and the message."""
    number = min(error_line, len(lines))
    floor = max(1, error_line - _TEXT_OPENER_LOOK_BACK)
    deepest = _indent(lines[number - 1]) if lines[number - 1].strip() else None  # the least indentation below so far
    while number > floor:
        number -= 1
        raw = lines[number - 1]
        if not raw.strip() or raw.lstrip().startswith("#"):
            continue
        if deepest is not None and _indent(raw) >= deepest:
            continue
        found = _TEXT_KEY_LINE.match(raw)
        if found is None:
            deepest = _indent(raw)  # (a line of the text less indented: « - V- Annexes » above « - Annexe 1 : … »)
            continue
        below = [lines[i] for i in range(number, error_line) if lines[i].strip() and not lines[i].lstrip().startswith("#")]
        if not below or _key_line(number + 1, below[0]) is not None:
            return None  # (a block of keys or of records: its key line is no text's)
        if len(below) > 1 and all(re.fullmatch(r"[ ]*-[ ]+[a-z0-9_ ]+", b) for b in below[:-1]):
            return None  # (a list of identifiers: the error is in one of its items)
        if any(_indent(b) <= _indent(raw) for b in below):
            return None
        fixed = list(lines)
        fixed[number - 1] = raw.rstrip() + " |-"
        if not _reads_past(fixed, "", error_line):
            return None
        key = found["key"]
        last = error_line
        while last < len(lines) and (not lines[last].strip() or _indent(lines[last]) > _indent(raw)):
            last += 1
        while last > number and not lines[last - 1].strip():
            last -= 1
        return number, len(raw.rstrip()) + 1, (
            f"texte sur plusieurs lignes (lignes {number + 1} à {last}) sans « |- » après « {key}: » : sans lui, YAML lit "
            f"ses lignes comme des valeurs YAML (« - » une liste, « * » un alias, « : » une clé) ; écrire "
            f"{quote_whole(key + ': |-')} (le texte gardé ligne à ligne), le texte en dessous restant en retrait")
    return None


_FLOW_OPENING = re.compile(r"^(?P<head>[ ]*(?:-[ ]+)*(?:[a-z_][a-z0-9_]*:[ ]+)?)(?P<open>[\[{])")


def _flow_piece_then_words(lines: list[str], number: int) -> tuple[int, str] | None:
    """A value of line ``number`` (1-based) that starts with a piece in brackets or braces and goes on with words
    (« words: […] Durant la période… », a notice's cut marked as it prints it; « {voir annexe} Le formulaire… »): YAML
    reads the piece as a list (or keys) and stops at the words (« expected <block end> »; fuzz69: told « indentation
    incohérente », at the first word). Said as one text to write between quotes, when the line so written reads:
    the 1-based column of the bracket and the message."""
    if not 0 < number <= len(lines):
        return None
    line = lines[number - 1].rstrip()
    found = _FLOW_OPENING.match(line)
    if found is None:
        return None
    opening = found["open"]
    closing = "]" if opening == "[" else "}"
    depth, end = 0, None
    for i in range(found.end() - 1, len(line)):
        if line[i] in "[{":
            depth += 1
        elif line[i] in "]}":
            depth -= 1
            if depth == 0:
                end = i
                break
    if end is None or line[end] != closing:
        return None
    after = line[end + 1:]
    if not after.startswith(" ") or not after.strip() or after.lstrip().startswith("#"):
        return None
    head = found["head"]
    meant = line[len(head):]
    written = head.lstrip() + quoted_value(meant)
    fixed = list(lines)
    fixed[number - 1] = head[:len(head) - len(head.lstrip())] + written
    if not _reads_past(fixed, "", number):
        return None
    said = "l'élément de la liste" if head.rstrip().endswith("-") else "la valeur"
    what = "une liste entre crochets" if opening == "[" else "des clés entre accolades"
    below = lines[number] if number < len(lines) else ""
    goes_on = bool(below.strip()) and _indent(below) > _indent(line) and not below.lstrip().startswith("#")
    whole = ("le texte en entier entre guillemets, le guillemet fermant à la fin de sa dernière ligne" if goes_on
             else f"le texte en entier entre guillemets : {quote_whole(written)}")
    return len(head) + 1, (
        f"{said} est un seul texte, qui commence par {quote(opening)} : YAML lit {quote(line[len(head):end + 1])} comme "
        f"{what}, puis trouve {quote(after.strip())} après ; écrire {whole}")


def _shape(text: str) -> tuple[bool, ...]:
    """What kinds of characters ``text`` has (digits, letters, spaces, « @ », « :// »): two items of one list have the same."""
    return (any(c.isdigit() for c in text), any(c.isalpha() for c in text), any(c.isspace() for c in text.strip()),
            "@" in text, "://" in text)


def _closing_quote_forgotten(line: str, start: int, end: int) -> tuple[int, str, str] | None:
    """In a list in brackets (or keys in braces), the quoted item opened at ``start`` whose closing quote was forgotten
    before the comma that ends it, so that the quote opening the next item (or the next key's value) closes it at
    ``end`` (« ["05 55 11 43 00, "05 55 11 43 01"] »): the index where the quote is missing and the line with it
    written there, when that line reads; else None. The comma forgotten too (« ["05 55 11 43 00 "05 55 11 43 01"] »,
    fixstaff56: told « ferme les guillemets doubles »): the quote and the comma written, when the next item's quote
    follows a space and, in a list, both items have the same kinds of characters (``_shape``); the third value says
    before what the comma goes (« l'élément suivant », « la clé suivante ») or is empty."""
    inner = line[start + 1:end]
    comma = inner.rfind(",")
    added = ""
    if comma < 0:
        alone = re.fullmatch(r"(?P<text>.*?\S)(?P<sep>[ ]+(?P<key>[a-z_][a-z0-9_]*:[ ]+)?)", inner)
        if alone is None:
            return None
        after = line[end + 1:line.find(line[start], end + 1)] if line.find(line[start], end + 1) > end else ""
        if not alone["key"] and _shape(alone["text"]) != _shape(after):
            return None  # (« ["Le bureau dit "bonjour"] »: a quote inside a text, not two items)
        comma, added = len(alone["text"]), ", " if alone["key"] else ","
    elif not inner[:comma].strip() or not re.fullmatch(r"[ ]*(?:[a-z_][a-z0-9_]*:[ ]*)?", inner[comma + 1:]):
        return None
    at = start + 1 + len(inner[:comma].rstrip())
    fixed = line[:at] + line[start] + added + line[at:].lstrip(" ") if added == ", " else line[:at] + line[start] + added + line[at:]
    try:
        yaml.safe_load(fixed.strip())
    except yaml.YAMLError:
        return None
    return at, fixed, "la clé suivante" if added == ", " else "l'élément suivant" if added else ""


CONDITION_SECTION = "voir « Écrire une condition », page « Écrire ce que dit la notice » du guide du personnel"
"""Where the staff guide says how to write a condition (generator/site/templates/staff_writing.md.j2, #conditions)."""
_CONDITION_ON_ITS_LINE = re.compile(
    r"^(?P<head>\s*(?:-[ ]+)*)(?P<key>[a-z_]+):[ ]+(?P<question>[a-z_][a-z0-9_]*):[ ]+(?P<answer>[^\s#{}][^#{}]*?)\s*(?:[ ]#.*)?$"
)


def _condition_on_its_line(lines: list[str], number: int) -> tuple[int, str] | None:
    """« checklist_when: situation: repeater »: a condition written on the line of its key without the braces that make
    it one (PyYAML: « mapping values are not allowed here »). The 1-based column of the question and the message,
    with the line to write; None when the key does not hold a condition (``condition_fields``)."""
    from .model.conditions import condition_fields  # (the model imports this module)

    if not 0 < number <= len(lines):
        return None
    match = _CONDITION_ON_ITS_LINE.match(lines[number - 1])
    if match is None or match["key"] not in condition_fields():
        return None
    written = f"{match['question']}: {match['answer']}"
    return match.start("question") + 1, (
        f"la condition {quote(written)} s'écrit entre accolades sur la ligne de {match['key']}: ; "
        f"écrire {match['key']}: {{{written}}} ({CONDITION_SECTION})"
    )


_REVIEWED_ENTRY = re.compile(r"^(?P<indent>[ ]*)-[ ]+\{\s*point\s*:\s*(?P<point>\"[^\"]*\"|'[^']*'|[^,}]*)")
_REVIEWED_LINE = re.compile(r"^reviewed:[ ]*(?:#.*)?$")


def _reviewed_entry_alone(lines: list[str], last: int) -> tuple[int, int, str] | None:
    """A line of ``reviewed:`` (« - {point: …, checked: …, seen: …} », the line validate gives to copy) pasted, up to
    line ``last``, elsewhere than under the ``reviewed:`` line: the list of an other key, or of none (PyYAML then
    says « deux-points inattendu », or a list mixed with keys). Its 1-based line and column and the message."""
    block_text = _block_text_lines(lines, last)
    reviewed = [n for n, raw in enumerate(lines, start=1) if _REVIEWED_LINE.match(raw)]
    for number in range(1, min(last, len(lines)) + 1):
        entry = _REVIEWED_ENTRY.match(lines[number - 1])
        if entry is None or number in block_text:
            continue
        dash = len(entry["indent"])
        owner = None
        for above in range(number - 1, 0, -1):
            raw = lines[above - 1]
            content = raw.strip()
            if not content or content.startswith("#") or _REVIEWED_ENTRY.match(raw):
                continue
            indent = len(raw) - len(raw.lstrip(" "))
            if indent < dash or (indent == dash and _KEY.match(raw.lstrip(" ")) and raw.rstrip().endswith(":")):
                owner = above
                break
        if owner is not None and _REVIEWED_LINE.match(lines[owner - 1]):
            continue
        point = entry["point"].strip().strip("\"'")
        said = f"ligne d'un point vu ({quote(point)}) sans la ligne reviewed: au-dessus"
        at_end = all(not raw.strip() or raw.lstrip().startswith("#") or _REVIEWED_ENTRY.match(raw) for raw in lines[number:])
        if reviewed:
            where = f"la placer sous la ligne reviewed: (ligne {reviewed[0]}), alignée sur les lignes « - » qui la suivent"
        elif at_end:
            where = "ajouter juste au-dessus d'elle une ligne reviewed: (au début de la ligne, sans espace avant)"
        else:
            where = "la déplacer à la fin du fichier, sous une ligne reviewed: (au début de la ligne, sans espace avant)"
        return number, dash + 1, f"{said} ; {where}"
    return None


ALIGNED, CORRECTED = "alignée", "corrigée"
"""How the line an advice changed is named before a problem the rest of the file has on it (« une fois cette ligne
alignée comme indiqué, … »): moved to its column, or its characters changed (a dash, a space, a colon)."""


EMPTY_FILE = "fichier vide ; s'il a été vidé par erreur, le rétablir depuis sa copie de sauvegarde ou sa version précédente (voir « Rétablir un fichier abîmé », page « Lire un message d'erreur » du guide du personnel)"
"""An empty file's problem; the loader, which knows what the file is, says which command prepares it
(``loading.empty_file``)."""


def compose_file(text: str, file: str, problems: Problems, count_problems=None, advise: bool = True,
                 repaired: list | None = None, empty: str = EMPTY_FILE, keys_at=None) -> Union[Node, None]:
    """Parse ``text`` into a node tree; report syntax and strictness problems.

    Returns None when the file cannot be read at all: a forbidden character, a
    syntax error, nesting too deep, an alias (whose expansion could be huge).

    ``count_problems``: given a node tree, the number of problems reading it as the file's type
    (the loader gives it), to check the advice for a key out of line against the schema.
    ``advise``: False when the file is only scored (a key moved as advised), not reported.
    ``repaired``: a list to which, when a syntax error comes with an advice that makes the file read
    (a key out of line, a tab in the indentation), the text with that advice followed, the line it
    changed and how (``ALIGNED``, ``CORRECTED``) are appended, so that the caller can report the file's
    other problems at once.
    ``empty``: the problem of an empty file (``EMPTY_FILE``, or the loader's words for what the file is).
    ``keys_at``: given a path (« deadlines.documents »), the keys of the record the file's type has there, or None
    (the loader gives it: ``schema.record_keys_at``), to tell a key left in a comment from a word that ends one.
    """
    if text.startswith("\ufeff"):
        text = text[1:]
    problems.remember_source(file, text)
    if not _check_characters(text, file, problems):
        return None
    _check_cut_marks(text, file, problems)
    if advise and ("\u00a0" in text or "\u202f" in text) and _nbsp_after_colon(text, file, problems, repaired):
        return None
    root = _compose_with_libyaml(text)
    if root is not None:
        if advise and _glued_reported(root, text, file, problems, count_problems, repaired, keys_at):
            return None
        # Plain nodes only (no alias, anchor or tag): only the keys need checking.
        _check_keys(root, file, problems, "")
        _check_hash_cuts(root, text, file, problems)
        return root
    lines = source_lines(text)
    try:
        loader = _Composer(text)
        try:
            root = loader.get_single_node()
            alias_marks = loader.alias_marks
            anchor_marks = loader.anchor_marks
        finally:
            loader.dispose()
    except _TooDeep as error:
        line, column = error.mark.line + 1, error.mark.column + 1
        problems.add(
            Location(file, line, column),
            key_path_at(lines, line, column),
            f"imbrication trop profonde (plus de {MAX_DEPTH} niveaux de listes et de clés) ; "
            "vérifier l'indentation et les crochets, un fichier de données n'en a jamais autant",
        )
        return None
    except yaml.YAMLError as error:
        line, column, message = _syntax_problem(error, text)
        mark_line = line + 1
        problem_mark = getattr(error, "problem_mark", None)
        for closed_line in dict.fromkeys([mark_line] + ([problem_mark.line + 1] if problem_mark is not None else [])):
            early = _quote_closed_early(lines, closed_line) if closed_line not in _block_text_lines(lines, closed_line) else None
            if early is not None:
                early_column, early_message = early
                problems.add(Location(file, closed_line, early_column), key_path_at(lines, closed_line, early_column), early_message)
                return None
        if "expected <block end>" in str(getattr(error, "problem", "")) and problem_mark is not None:
            piece = _flow_piece_then_words(lines, problem_mark.line + 1)
            if piece is not None:
                problems.add(Location(file, problem_mark.line + 1, piece[0]), key_path_at(lines, problem_mark.line + 1, piece[0]), piece[1])
                return None
        cut = _hash_cut_text_line(lines, mark_line) if advise else None
        if cut is not None:
            problems.add(Location(file, cut[0], cut[1]), key_path_at(lines, cut[0], cut[1]), cut[2])
            return None
        alone = _reviewed_entry_alone(lines, max(mark_line, problem_mark.line + 1 if problem_mark is not None else 0))
        if alone is not None:
            problems.add(Location(file, alone[0], alone[1]), "reviewed", alone[2])
            return None
        if "mapping values are not allowed" in str(getattr(error, "problem", "")):
            condition = _condition_on_its_line(lines, mark_line)
            if condition is not None:
                condition_column, condition_message = condition
                problems.add(Location(file, mark_line, condition_column), key_path_at(lines, mark_line, condition_column), condition_message)
                return None
        unclosed = _unclosed_quote(text, mark_line)
        if unclosed is not None and not isinstance(error, yaml.composer.ComposerError):
            line, column, quote_char = unclosed
            message = f"guillemet {quote(quote_char)} non fermé sur cette ligne ; le fermer à la fin de la valeur"
            if lines[line - 1].startswith(f'{VERIFY_KEY}: "'):
                # the file's own verify: of new-session, over several lines, its end removed: closing the quote on its
                # first line made the next ones keys (a staff walk, stop 46)
                last = line
                while last < len(lines) and lines[last].strip() and lines[last].startswith(" "):
                    last += 1
                message = (f"guillemet {quote(quote_char)} non fermé : la ligne verify: du fichier, un texte entre guillemets sur "
                           f"plusieurs lignes, a perdu sa fin ; la retirer en entier ({_line_range(line, last)}), ou remettre le guillemet "
                           f"fermant à la fin de son dernier texte (ligne {last})")
            problems.add(Location(file, line, column), key_path_at(lines, line, column), message)
            return None
        slips = _unseen_slips(lines, line + 1) if advise else None
        if slips is not None:
            advices, fixed = slips
            for slip_line, slip_column, path, slip_message, _ in advices:
                problems.add(Location(file, slip_line, slip_column), path, slip_message)
            if repaired is not None:
                repaired.append((fixed, advices[-1][0], CORRECTED))
            return None
        if message == _TAB_INDENTATION and advise:
            tab = _tab_advice(lines, line + 1, file, count_problems)
            if tab is not None:
                tab_line, tab_column, path, tab_message, column = tab
                problems.add(Location(file, tab_line, tab_column), path, tab_message)
                if repaired is not None:
                    stripped = list(lines)
                    stripped[tab_line - 1] = stripped[tab_line - 1].lstrip(" \t")
                    repaired.append(("\n".join(_moved(stripped, tab_line, column)), tab_line, ALIGNED))
                return None
            problems.add(Location(file, line + 1, column + 1), "", message)
            return None
        # The advice that names the line out of line and where it goes, with the text that advice gives (to read
        # the rest of the file), or None: the first key of the file indented, a key out of line, a « - » out of line
        advice = (_verify_left_over(lines) or _glued_colon(lines, line + 1, file) or _bullet_for_dash(lines, line + 1, file)
                  or _colon_in_value(error, lines, file)
                  or _colon_forgotten(error, lines, file, keys_at) or _colon_forgotten_before_colons(error, lines, file, keys_at)) if advise else None
        if advise and advice is None:
            advice = _key_left_in_comment(error, lines, file, keys_at)
        if advise and advice is None:
            advice = _block_left_in_comment(error, lines, file, keys_at)
        done = CORRECTED if advice is not None else ALIGNED
        if advise and advice is None:
            advice = _text_line_out(lines, line + 1, file)
        if advise and advice is None and "<document start>" in str(getattr(error, "problem", "")):
            advice = _shifted_start(lines, line + 1)
        if advise and advice is None:
            advice = _under_flow_mapping(error, lines, file, count_problems)
        if advise and advice is None:
            misaligned = _misaligned_key(error, lines)
            if misaligned is not None:
                misaligned = _checked_advice(misaligned, error.problem_mark.line + 1, lines, file, count_problems)
            if misaligned is not None:
                moved_to = misaligned[4]
                advice = misaligned, None if moved_to is None else "\n".join(_moved(lines, misaligned[0], moved_to))
        if advise and advice is None:
            advice = _block_key_moved_left(error, lines, file)
        if advise and advice is None:
            advice = _first_dash_out_of_line(error, lines, file, count_problems)
        if advise and advice is None:
            advice = _misaligned_dash(error, lines, file, count_problems)
        if advise and advice is None:
            advice = _first_item_line_removed(error, lines, file)
        if advise and advice is None:
            advice = _dash_forgotten(error, lines, file)
            done = CORRECTED if advice is not None else done
        if advice is not None:
            (advice_line, advice_column, path, advice_message, _), fixed = advice
            problems.add(Location(file, advice_line, advice_column), path, advice_message)
            if repaired is not None and fixed is not None:
                repaired.append((fixed, advice_line, done))
            return None
        # (last: every advice above names a slip of its own, which a text's lost « |- » would hide)
        lost = _text_opener_lost(lines, mark_line) if advise else None
        if lost is not None:
            problems.add(Location(file, lost[0], lost[1]), key_path_at(lines, lost[0], lost[1]), lost[2])
            return None
        misindented = message == _INDENTATION
        problems.add(Location(file, line + 1, column + 1), key_path_at(lines, line + 1, column + 1, misindented), message)
        return None
    if root is None:
        problems.add(Location(file, 1, 1), "", empty)
        return None
    if advise and not alias_marks and _glued_reported(root, text, file, problems, count_problems, repaired, keys_at):
        return None
    _check_strictness(root, file, problems, set(), "", alias_marks, lines=source_lines(text))
    if alias_marks:
        return None  # the tree shares nodes: reading it could repeat them beyond measure
    _check_hash_cuts(root, text, file, problems)
    for mark, on_scalar in anchor_marks:
        # an anchor no alias uses (« section: &abs Informations… »: « &abs » silently gone from the value; a staff walk,
        # stop 49 L6), refused as a value starting with « & » that does not parse is
        where = Location(file, mark.line + 1, mark.column + 1)
        problems.add(where, key_path_at(lines, where.line, where.column),
                     (_anchor_on_a_value(lines[mark.line], mark.column) or "« & » ou « * » en début de valeur (ancre ou alias YAML, "
                      "interdits) ; " + _QUOTE_VALUE) if on_scalar else "ancre YAML (&nom) interdite ; retirer « & » et le nom qui suit")
    return root


def _glued_reported(root: Node, text: str, file: str, problems: Problems, count_problems, repaired: list | None, keys_at=None) -> bool:
    """A glued dash (``_glued_in_an_item``) or a colon glued to a « { » or « [ » (``_glued_flow_key``) in a file that
    reads, reported as a syntax slip: the file is not read as written (its other problems are, with the dash put back
    or the space put in, as after any advice that makes the file read)."""
    lines = source_lines(text)
    glued = (_glued_in_an_item(root, lines, file, count_problems) or _glued_flow_key(root, lines, file)
             or _block_read_under_comment(lines, keys_at))
    if glued is None:
        return False
    (line, column, path, message, _), fixed = glued
    problems.add(Location(file, line, column), path, message)
    if repaired is not None:
        repaired.append((fixed, line, CORRECTED))
    return True


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


_MAX_DEPTH = MAX_DEPTH  # deeper files go through the pure-Python composer, which reports them


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
            value = event.value if event.value.isascii() else scalar_text(event.value)
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


def _check_keys(node: Node, file: str, problems: Problems, path: str, in_list: bool = False) -> None:
    """``_check_strictness`` for a tree without alias, anchor or tag: compound, merge and duplicated keys."""
    if type(node) is SequenceNode:
        for i, item in enumerate(node.value):
            if type(item) is not ScalarNode:
                _check_keys(item, file, problems, f"{path}[{i}]", in_list=True)
        return
    if type(node) is not MappingNode:
        return
    _check_mapping_keys(node, file, problems, path, in_list)
    for key, value in node.value:
        if type(key) is ScalarNode and not (key.tag == "tag:yaml.org,2002:merge" or key.value == "<<") and type(value) is not ScalarNode:
            _check_keys(value, file, problems, f"{path}.{key.value}" if path else str(key.value))


def _check_mapping_keys(node: MappingNode, file: str, problems: Problems, path: str, in_list: bool) -> None:
    """A mapping's compound, merge and duplicated keys. In a list's item, its first key written again in its column is
    an item whose « - » was forgotten (a review: the duplicate's advice, « supprimer l'autre ligne », deleted a
    document): said so, and the keys after it, duplicated by the same slip, not said again. Only after other keys of the
    item: the first key written twice in a row is a duplicate. Keys of the item written again from a later one, its first
    key not among them, are the next item whose « - id: » line was removed: said so too."""
    first_seen: dict[str, tuple[Node, Node]] = {}
    first_key = node.value[0][0] if node.value else None
    dash_missing_at = None
    for index, (key, value) in enumerate(node.value):
        if type(key) is not ScalarNode:
            problems.add(location(file, key), path, "clé composée interdite ; une clé est un simple mot")
            continue
        name = key.value
        if key.tag == "tag:yaml.org,2002:merge" or name == "<<":
            problems.add(location(file, key), f"{path}.<<" if path else "<<", "clé de fusion « << » interdite ; écrire les champs en entier")
            continue
        if name not in first_seen:
            first_seen[name] = (key, value)
            continue
        if dash_missing_at is not None:
            continue  # (the same slip: this key belongs to the item whose « - » is missing)
        where = f"{path}.{name}" if path else name
        # (after other keys of the item, and followed by more of them written again: « - id: a / label: … / id: b /
        # label: … »; « - c: 1 / c: 2 », or a second « id: » last, is a key written twice)
        # A later key misspelt (« lable: ») or left out of the new item is still that item's: a later key like one of
        # the item's says it as well as one written again (a review: « lable: » below brought back the duplicate's advice)
        before = [k.value for k, _ in node.value[:index] if type(k) is ScalarNode]
        later = [k.value for k, _ in node.value[index + 1:] if type(k) is ScalarNode]
        again = any(k in before or difflib.get_close_matches(k, before, n=1, cutoff=0.8) for k in later)
        first_key_again = in_list and index > 1 and name == first_key.value and key.start_mark.column == first_key.start_mark.column
        dash = first_key.start_mark.line + 1 if first_key is not None else 0
        if first_key_again and again:
            dash_missing_at = key.start_mark.line
            problems.add(location(file, key), where, (
                f"clé {quote(name)} en double dans un même élément de la liste : il manque sans doute le tiret « - » d'un "
                f"nouvel élément au début de cette ligne ; écrire « {_item_line(name, value)} », le « - » aligné sur celui de la ligne {dash}"
            ))
            continue
        # the item's first key not written again from here: the next item's first line removed, or a key twice
        first_line_gone = in_list and index > 1 and first_key is not None and name != first_key.value and first_key.value not in later
        if first_line_gone and again:
            # The keys of the item written again from here, its first one not: the line « - id: … » of the next item
            # was removed (review50 M5: « garder la valeur que donne la notice et supprimer l'autre ligne » deleted
            # that item's label)
            # (or the notice no longer gives that item, its first line deleted first, the others left: a staff walk,
            # stop 49 L3: they go too)
            dash_missing_at = key.start_mark.line
            problems.add(location(file, key), where, (
                f"clé {quote(name)} en double dans un même élément de la liste : les lignes à partir de celle-ci redisent les clés "
                f"de l'élément de la ligne {dash} ; la ligne « - {first_key.value}: … » d'un nouvel élément a sans doute été retirée : "
                f"la remettre au-dessus de la ligne {key.start_mark.line + 1}, le « - » aligné sur celui de la ligne {dash} ; "
                f"ou, si la notice ne donne plus cet élément, retirer aussi {_line_range(*_lines_from(node, index, file, problems))}"
            ))
            continue
        if first_key_again and later:
            # keys follow, none of the item's: a new item without its « - », or the same item's key written twice
            # (an id renamed, the old line kept): both said, the staff member knows which
            problems.add(location(file, key), where, (
                f"{_duplicate_message(name, *first_seen[name], value, ending=False)} ; s'il commence un nouvel élément de la liste, "
                f"il lui manque le tiret « - » : écrire « {_item_line(name, value)} », le « - » aligné sur celui de la ligne {dash} ; "
                f"sinon {_duplicate_fix(name, *first_seen[name], value)}"
            ))
            continue
        if not path and name == _ONE_PER_FILE:
            problems.add(location(file, key), where, _second_reviewed(node, *first_seen[name], key, value))
            continue
        if _two_block_lists(first_seen[name][1], value):
            problems.add(location(file, key), where, _second_list(node, name, *first_seen[name], key, value))
            continue
        if _two_blocks(first_seen[name][1], value):
            problems.add(location(file, key), where, _second_block(name, *first_seen[name], key, value, file, problems))
            continue
        if first_line_gone:
            # an item of two keys whose first line was removed (« - title: … » of a step, « - specialty: … » of an R408
            # row: review51 M3) reads as the item above with a key twice: both readings said, the duplicate's fix last
            problems.add(location(file, key), where, (
                f"{_duplicate_message(name, *first_seen[name], value, ending=False)} ; si la ligne « - {first_key.value}: … » "
                f"d'un nouvel élément a été retirée au-dessus, la remettre (le « - » aligné sur celui de la ligne {dash}) ; "
                f"sinon {_duplicate_fix(name, *first_seen[name], value)}"
            ))
            continue
        if not path and name in ("name", "slug") and file.replace("\\", "/").endswith("/academy.yaml") and _both_written(first_seen[name][1], value):
            problems.add(location(file, key), where, _academy_key_twice(file, name, *first_seen[name], value))
            continue
        problems.add(location(file, key), where, _duplicate_message(name, *first_seen[name], value))


def _academy_key_twice(file: str, name: str, first_key: Node, first_value: Node, value: Node) -> str:
    """The academy's own « name: » or « slug: » written twice at the top of academy.yaml: never « supprimer l'autre
    ligne » (staffwalk54 H1: the second was the exam office's « name: », aligned at column 1 as advised; deleting
    « the other line » deleted the academy's name). Which line to keep is said by what it is: the academy's name (the
    national table's), its slug (its folder's name); a name of an office goes back under its block."""
    said = _duplicate_message(name, first_key, first_value, value, ending=False)
    if first_value.value == value.value:
        return f"{said} ; supprimer cette ligne"
    if name == "slug":
        parts = file.replace("\\", "/").rsplit("/", 2)  # (a path written with « \\ » too: review65 L6)
        folder = parts[-2] if len(parts) >= 2 else ""
        return (f"{said} ; « slug: » est l'identifiant de l'académie, le nom de son dossier ({quote(folder)}) : garder la ligne "
                f"slug: {folder} et supprimer l'autre")
    return (f"{said} ; « name: » au premier niveau du fichier est le nom de l'académie : garder la ligne qui le donne comme "
            "le tableau national (content/departments.yaml) ; l'autre, si c'est le nom d'un bureau ou d'une personne, va en "
            "retrait sous sa rubrique (exam_office:, positioning_office: ou vae_office:), sinon la supprimer")


def _two_blocks(first_value: Node, value: Node) -> bool:
    """Both values of a key written twice are blocks of keys in retrait, neither empty."""
    return all(type(v) is MappingNode and v.value and not v.flow_style for v in (first_value, value))


def _same_node(a: Node, b: Node) -> bool:
    """Two values written the same (their texts, items and keys), wherever they are."""
    if type(a) is not type(b):
        return False
    if isinstance(a, ScalarNode):
        return a.value == b.value
    if len(a.value) != len(b.value):
        return False
    if isinstance(a, SequenceNode):
        return all(_same_node(x, y) for x, y in zip(a.value, b.value))
    return all(_same_node(k, l) and _same_node(v, w) for (k, v), (l, w) in zip(a.value, b.value))


def _second_block(name: str, first_key: Node, first_value: MappingNode, key: Node, value: MappingNode, file: str,
                  problems: Problems) -> str:
    """A block of keys written a second time under the same key (staffwalk57 L3: a second « session: » block, pasted
    below the first, was told « garder une seule des deux », without which, or how they differ): the lines of each
    block, what differs between them (each key whose values differ, with both values and lines; the keys one alone
    writes), and which to delete when one says all the other does: the one that says less; else the one that does not
    follow the notice, whole."""
    blocks = [(k, _lines_from_key(k, v, file, problems)) for k, v in ((first_key, first_value), (key, value))]
    spans = [f"lignes {a} à {b}" if a != b else f"ligne {a}" for _, (a, b) in blocks]
    firsts = {k.value: (k, v) for k, v in first_value.value if type(k) is ScalarNode}
    seconds = {k.value: (k, v) for k, v in value.value if type(k) is ScalarNode}
    differ = []
    for field, (a, a_value) in firsts.items():
        if field not in seconds or _same_node(a_value, seconds[field][1]):
            continue
        b, b_value = seconds[field]
        if _written(a_value) and _written(b_value):
            differ.append(f"{field} ({quote(a_value.value)} ligne {a.start_mark.line + 1}, {quote(b_value.value)} ligne "
                          f"{b.start_mark.line + 1})")
        else:
            differ.append(f"{field} (lignes {a.start_mark.line + 1} et {b.start_mark.line + 1})")
    only = [[f for f in firsts if f not in seconds], [f for f in seconds if f not in firsts]]

    def listed(names: list[str]) -> str:
        if len(names) > 6:
            return f"{', '.join(names[:5])} et {len(names) - 5} autres"
        return ", ".join(names[:-1]) + f" et {names[-1]}" if len(names) > 1 else names[0]

    said = f"clé {quote(name)} en double : deux blocs, {spans[0]} et {spans[1]}"
    whole = f"sa ligne {name}: et les lignes en retrait sous elle"
    if not differ and not only[0] and not only[1]:
        return f"{said}, identiques ; supprimer le second, {spans[1]}"
    if not differ and not all(only):
        fuller, shorter = (1, 0) if only[1] else (0, 1)
        return (f"{said} ; le {'second' if fuller else 'premier'} redit toutes les clés du {'premier' if fuller else 'second'}, "
                f"avec les mêmes valeurs, et écrit aussi {listed(only[fuller])} : supprimer le "
                f"{'premier' if shorter == 0 else 'second'} en entier, {spans[shorter]} ({whole})")
    parts = []
    if differ:
        parts.append(f"ils diffèrent par {listed(differ)}")
    for n, which in ((0, "le premier"), (1, "le second")):
        if only[n]:
            parts.append(f"seul {which} écrit {listed(only[n])}")
    if not differ:
        return (f"{said} ; {' ; '.join(parts)} : les réunir, en ajoutant au premier les lignes des clés que seul le second "
                f"écrit, puis supprimer le second en entier, {spans[1]} ({whole})")
    carried = ", après avoir reporté dans le bloc gardé les clés que seul l'autre écrit" if any(only) else ""
    return f"{said} ; {' ; '.join(parts)} : garder le bloc qui suit la notice et supprimer l'autre en entier ({whole}){carried}"


def _last_line(end, lines: list[str]) -> int:
    """The 1-based line a node ending at ``end`` ends on: a block ends where the next key starts, at its indentation
    when it is indented (« lignes 17 à 25 et lignes 25 à 36 » for two blocks of one nested key, fuzz69 L3), so a mark
    with only spaces before it on its line ends the block on the line above."""
    if end.column > 0 and not (end.line < len(lines) and not lines[end.line][:end.column].strip()):
        return end.line + 1
    return end.line


def _lines_from_key(key: Node, value: Node, file: str, problems: Problems) -> tuple[int, int]:
    """The first and last lines (1-based) of a key and the block under it, its blank and comment lines at the end left
    out."""
    first = key.start_mark.line + 1
    lines = problems.sources.get(file) or []
    last = _last_line(value.end_mark, lines)
    while last > first and (last > len(lines) or not lines[last - 1].strip() or lines[last - 1].lstrip().startswith("#")):
        last -= 1
    return first, last


def _lines_from(node: MappingNode, index: int, file: str, problems: Problems) -> tuple[int, int]:
    """The first and last lines (1-based) of a mapping's keys from its ``index``-th to its end, values included, its
    blank and comment lines at the end left out."""
    first = node.value[index][0].start_mark.line + 1
    lines = problems.sources.get(file) or []
    last = _last_line(node.value[-1][1].end_mark, lines)
    while last > first and (last > len(lines) or not lines[last - 1].strip() or lines[last - 1].lstrip().startswith("#")):
        last -= 1
    return first, last


_ONE_PER_FILE = "reviewed"
"""The list of points marked seen (``generator.staff.reviewed``): one per file, that validate's lines to copy may give
twice (a point copied under a line ``reviewed:`` of its own)."""


def _second_reviewed(root: MappingNode, first: Node, first_value: Node, key: Node, value: Node) -> str:
    """A second ``reviewed:`` line: not « garder une seule des deux », which, read as one block of the two, lost the
    marks of the other (a staff walk, stop 40): the line alone goes, its « - » lines go under the first one's, their
    « - » in the column of the first one's when they are not (review40-diff L4); nothing under it: the line goes."""
    previous = first.start_mark.line + 1
    said = f"clé {quote(_ONE_PER_FILE)} en double (déjà ligne {previous}) : un fichier n'a qu'une ligne reviewed: ; "
    count = len(value.value) if type(value) is SequenceNode else 0
    if count == 0:
        return said + "aucune ligne « - » ne la suit : supprimer cette ligne"
    keys = [k for k, _ in root.value]
    next_to_it = keys.index(key) == keys.index(first) + 1  # (nothing else between the two: its entries follow the first's)
    them = "la ligne « - » qui la suit" if count < 2 else f"les {count} lignes « - » qui la suivent"
    if next_to_it:
        keep = f"garder {them} : {'elle se retrouve' if count < 2 else 'elles se retrouvent'} sous la ligne {previous}, à la suite des siennes"
    else:
        keep = f"déplacer {them} sous la ligne {previous}, à la suite des siennes"
    if type(first_value) is SequenceNode and first_value.value:
        dash, mine = _dash_column(first_value), _dash_column(value)
        if dash is not None and mine is not None and dash != mine:
            keep += f", {'son' if count < 2 else 'leur'} « - » en colonne {dash + 1} comme les siennes (pas {mine + 1})"
    return said + f"supprimer cette ligne-ci seulement, et {keep}"


def _two_block_lists(first_value: Node, value: Node) -> bool:
    """Both values of a key written twice are lists of « - » lines, neither empty."""
    return all(type(v) is SequenceNode and v.value and not v.flow_style for v in (first_value, value))


def _second_list(parent: MappingNode, name: str, first: Node, first_value: Node, key: Node, value: Node) -> str:
    """A list's key written a second time with items of its own (staffwalk56: a second « contradictions: » block written
    at the end of the file for a new contradiction, the first one kept above): not « garder une seule des deux », which
    lost the items of the other; the line alone goes, its items go under the first list's, as for ``reviewed:``."""
    previous = first.start_mark.line + 1
    count = len(value.value)
    said = f"clé {quote(name)} en double (déjà ligne {previous}), chacune avec sa liste : une liste ne s'écrit qu'une fois ; "
    keys = [k for k, _ in parent.value]
    next_to_it = keys.index(key) == keys.index(first) + 1  # (nothing else between the two: its items follow the first's)
    them = ("l'élément qui la suit (sa ligne « - » et les lignes en retrait sous elle)" if count < 2 else
            f"les {count} éléments qui la suivent (chacun sa ligne « - » et les lignes en retrait sous elle)")
    if next_to_it:
        keep = f"garder {them} : {'il se retrouve' if count < 2 else 'ils se retrouvent'} sous la ligne {previous}, à la suite des siens"
    else:
        keep = f"déplacer {them} sous la ligne {previous}, à la suite des siens"
    dash, mine = _dash_column(first_value), _dash_column(value)
    if dash is not None and mine is not None and dash != mine:
        keep += f", {'son' if count < 2 else 'leur'} « - » en colonne {dash + 1} comme les siens (pas {mine + 1})"
    return said + f"supprimer cette ligne-ci seulement, et {keep}"


def _dash_column(sequence: SequenceNode) -> int | None:
    """The column (from 0) of the « - » of a block list's items: the list node starts at its first « - »."""
    return sequence.start_mark.column if not sequence.flow_style else None


def _item_line(name: str, value: Node) -> str:
    """The line that starts a new item of a list, its « - » back: « - id: jdc », its value as written when it is a short
    plain one (a staff walk, stop 55 L2: « écrire « - id: … » » left the value to guess, and « … » to type), else
    « - id: … »."""
    if _written(value) and value.style is None and "\n" not in value.value and len(value.value) <= 60:
        return f"- {name}: {value.value}"
    return f"- {name}: …"


def _duplicate_message(name: str, first_key: Node, first_value: Node, value: Node, ending: bool = True) -> str:
    """A key written twice in one mapping: where the first one is and, when both values are written (not empty, not
    a block), both values, so that staff see which one to keep (the same value twice: the line to delete).
    ``ending``: False for the words before the fix alone (``_duplicate_fix`` gives it)."""
    previous = first_key.start_mark.line + 1
    if _both_written(first_value, value):
        if first_value.value == value.value:
            said = f"clé {quote(name)} en double, avec la même valeur {quote(value.value)} que ligne {previous}"
        else:
            said = f"clé {quote(name)} en double : {quote(value.value)} ici, {quote(first_value.value)} ligne {previous}"
    elif _one_written(first_value, value):
        # (« contacts: non précisé par la notice » left below the new list: both said, as two texts are)
        said = f"clé {quote(name)} en double : {_described(value)} ici, {_described(first_value)} ligne {previous}"
    elif _both_brackets(first_value, value):
        # (« emails: [a] » written twice: « (déjà ligne 76) ; garder une seule des deux » named neither list, staff71)
        mine, other = _brackets(value.value), _brackets(first_value.value)
        said = (f"clé {quote(name)} en double, avec la même liste {quote(mine)} que ligne {previous}"
                if [i.value for i in value.value] == [i.value for i in first_value.value] else
                f"clé {quote(name)} en double : {quote(mine)} ici, {quote(other)} ligne {previous}")
    else:
        said = f"clé {quote(name)} en double (déjà ligne {previous})"
    return f"{said} ; {_duplicate_fix(name, first_key, first_value, value)}" if ending else said


def _written(value: Node) -> bool:
    return isinstance(value, ScalarNode) and bool(value.value) and value.style not in ("|", ">")


def _both_written(first_value: Node, value: Node) -> bool:
    return _written(first_value) and _written(value)


def _one_written(first_value: Node, value: Node) -> bool:
    """One value a text on its line, the other a list or keys (« contacts: non précisé par la notice » left below the
    new list): both said. A « | » text or an empty value is not shown (the two lines are)."""
    return any(_written(a) and isinstance(b, (SequenceNode, MappingNode)) for a, b in ((first_value, value), (value, first_value)))


def _one_line_brackets(value: Node) -> bool:
    """A list written between brackets on one line, of plain texts (« emails: [dec3@ac-rennes.fr] »)."""
    return (type(value) is SequenceNode and bool(value.flow_style) and value.start_mark.line == value.end_mark.line
            and all(_written(item) for item in value.value))


def _both_brackets(first_value: Node, value: Node) -> bool:
    return _one_line_brackets(first_value) and _one_line_brackets(value)


_BARE_ITEM = re.compile(r"[^\s\[\]{},#'\"&*!|>%@`?:-][^\[\]{},#]*")


def _bracket_item(item: ScalarNode) -> str:
    """An item of a list between brackets, in a line to write: as it is, or between quotes where YAML would read it
    otherwise (a number, « 02 23 21 00 00 » as the staff guide writes a phone, a « : »)."""
    text = item.value
    bare = _BARE_ITEM.fullmatch(text) and ": " not in text and not text.endswith((" ", ":")) and not re.fullmatch(r"[\d .+-]+", text)
    return text if bare else quoted_value(text)


def _brackets(items: list[ScalarNode]) -> str:
    """A list between brackets, its items as the file writes them."""
    return "[" + ", ".join(_bracket_item(item) for item in items) + "]"


def _described(value: Node) -> str:
    """A value of a key written twice, as said next to the other one (``_one_written``): its text, or what it is."""
    if isinstance(value, SequenceNode):
        count = len(value.value)
        return f"une liste de {count} élément{'s' if count > 1 else ''}" if count else "une liste vide"
    if isinstance(value, MappingNode):
        return "des clés en retrait" if value.value else "des accolades vides"
    return quote(value.value)


def _duplicate_fix(name: str, first_key: Node, first_value: Node, value: Node) -> str:
    """What to do with a key written twice (``_duplicate_message``)."""
    if _both_written(first_value, value):
        if first_value.value == value.value:
            return "supprimer cette ligne"
        return "garder la valeur que donne la notice et supprimer l'autre ligne"
    if _one_written(first_value, value):
        return "garder celle que donne la notice et supprimer l'autre, avec les lignes en retrait sous elle"
    if _both_brackets(first_value, value):
        first = [i.value for i in first_value.value]
        if first == [i.value for i in value.value]:
            return "supprimer cette ligne"
        both = list(first_value.value) + [i for i in value.value if i.value not in first]
        return (f"garder la liste que donne la notice et supprimer l'autre ligne ; si la notice donne les deux, les "
                f"réunir sur une seule ligne : {name}: {_brackets(both)}")
    return "garder une seule des deux"


_ANCHOR = re.compile(r"&(?P<name>[^\s,\[\]{}]+)[ \t]+(?P<rest>\S.*?)\s*$")


def _anchor_on_a_value(raw: str, column: int) -> str | None:
    """What an anchor no alias uses says, on a value written on its line (« label: &abs Attestation R408 »): YAML reads
    « &abs » as an anchor, a name given to the value, not as text; either the words are the value's (between quotes) or
    an anchor copied from another file (removed). Each reading with its line (staff73: « mettre la valeur entre
    guillemets » alone published « &tous Pour tous les candidats » for an anchor pasted with its value); None when the
    value is not on that line."""
    found = _ANCHOR.match(raw.rstrip("\r\n"), column)
    if found is None or found["rest"].startswith(("#", "|", ">", "[", "{", '"', "'")):
        return None
    head, name, rest = raw[:column].strip(), found["name"], found["rest"]
    quoted = '"' + f"&{name} {rest}".replace("\\", "\\\\").replace('"', '\\"') + '"'
    return (f"{quote('&' + name)} au début de la valeur : YAML le lit comme une ancre (un nom donné à la valeur, pour la "
            f"reprendre ailleurs avec « *{name} »), que ce site refuse, et non comme du texte ; si la notice écrit ces "
            f"mots, mettre la valeur entre guillemets : écrire {quote_whole(f'{head} {quoted}'.strip())} ; sinon (une "
            f"ancre recopiée d'un autre fichier), la retirer : écrire {quote_whole(f'{head} {rest}'.strip())}")


def _alias_message(node: Node, lines: list[str] | None) -> str:
    """An alias (« *depot »): the anchor it repeats, with its line and, for a value on one line, the value to write in
    its place (staff73: « recopier la valeur » named neither; the anchor, left, was then refused in its turn)."""
    mark = node.start_mark
    raw = lines[mark.line] if lines is not None and 0 <= mark.line < len(lines) else ""
    found = re.match(r"&([^\s,\[\]{}]+)", raw[mark.column:])
    if found is None:
        return "alias YAML (*nom) interdit ; recopier la valeur"
    name = found[1]
    said = (f"alias YAML {quote('*' + name)} : il reprend la valeur de l'ancre {quote('&' + name)} (ligne {mark.line + 1}), "
            "ce que ce site refuse ; ")
    written = raw[mark.column + found.end():node.end_mark.column].strip() if node.end_mark.line == mark.line else ""
    if written:  # (the value on the anchor's line, as it is written there: « 2023-11-22 », « {b: 1} »)
        return said + f"écrire ici cette valeur elle-même, {quote(written)}, et retirer {quote('&' + name)} de la ligne {mark.line + 1}"
    return said + (f"recopier ici cette valeur (les lignes sous la ligne {mark.line + 1}, avec le même retrait les unes par "
                   f"rapport aux autres), et retirer {quote('&' + name)} de la ligne {mark.line + 1}")


def _check_strictness(node: Node, file: str, problems: Problems, seen: set[int], path: str, alias_marks: dict[int, list], in_list: bool = False,
                      lines: list[str] | None = None) -> None:
    """Refuse aliases, explicit tags, merge keys and duplicated keys, everywhere."""
    if id(node) in seen:
        marks = alias_marks.get(id(node))
        where = Location(file, marks[0].line + 1, marks[0].column + 1) if marks else location(file, node)
        if marks:
            marks.pop(0)
        problems.add(where, path, _alias_message(node, lines))
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
            _check_strictness(item, file, problems, seen, f"{path}[{i}]", alias_marks, in_list=True, lines=lines)
        return
    _check_mapping_keys(node, file, problems, path, in_list)
    for key, value in node.value:
        if isinstance(key, ScalarNode) and not (key.tag == "tag:yaml.org,2002:merge" or key.value == "<<"):
            _check_strictness(value, file, problems, seen, f"{path}.{key.value}" if path else str(key.value), alias_marks, lines=lines)


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
