"""Reading YAML nodes into the typed model, collecting every problem on the way.

The model classes (``generator.model``) are frozen dataclasses; their type
hints are the schema. ``read(cls, node, reader, path)`` walks the node tree:

- a dataclass reads a mapping; unknown keys are reported with the nearest
  valid key, missing required keys are reported at the mapping;
- ``list[T]`` reads a sequence, ``dict[str, T]`` a mapping of ids;
- ``Literal[...]`` reads one of the allowed words;
- ``str``, ``int``, ``bool`` and the value types of ``generator.model.values``
  read a scalar's text with their own rules (``true``/``false`` only for bool).

A value that cannot be read becomes ``INVALID`` and the problem is recorded; the
walk goes on, so one run reports everything. Each record keeps the position of
each of its fields in ``positions``, used by the cross-checks.
"""

from __future__ import annotations

import dataclasses
import difflib
import re
import types
import typing
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal, Mapping, Union

from . import emphasis
from .french import without_accents
from .model.values import NOT_GIVEN, NOT_GIVEN_WORDS, BadValue, InterfaceText, Name, NotGiven, Phone
from .problems import Location, Problems, and_list, inside_word_processor_quotes, quote, quote_key, quote_whole, space_in_key
from .strict_yaml import (KEY_THEN_WORDS, MappingNode, Node, ScalarNode, SequenceNode, colon_forgotten_before_colon_message, flow_items,
                          flow_to_block, glued_value_message, is_null, location, quoted_value, then_in_block)


_INTEGER = re.compile(r"-?[0-9]+")
MAX_INTEGER_DIGITS = 9
"""Digits of an integer field at the most: far above any count, rank or year of the data, and far
below the length at which Python refuses to convert a text into a number."""


class _Invalid:
    """Marker for a value that could not be read (its problem is already recorded)."""

    def __repr__(self) -> str:
        return "INVALID"

    def __bool__(self) -> bool:
        return False


INVALID: Any = _Invalid()


VERIFY = "verify"
"""The key any record may carry to say it is still to be checked against the notice (a draft item)."""

VERIFY_DOC = (
    "élément à vérifier sur la notice (brouillon) : ce qu'il faut vérifier ; "
    "retirer la ligne une fois vérifié (une session qui en a une n'est pas publiée)"
)


@dataclass(frozen=True, kw_only=True)
class Record:
    """Base of every model class: remembers where it and each of its fields were read.

    Every record may also carry ``verify:``, a sentence saying what is still to
    be checked against the notice (written by ``python -m generator new-session``
    and ``new-academy``, removed by staff once checked): ``generator.staff.drafts``
    lists them, ``validate`` shows them, and a session holding one is a draft that
    ``mkdocs build`` does not publish. It says nothing about the notice itself, so
    it takes no part in comparisons.
    """

    origin: Location | None = field(default=None, compare=False, repr=False, metadata={"internal": True})
    positions: Mapping[str, Location] = field(
        default_factory=dict, compare=False, repr=False, metadata={"internal": True}
    )
    verify: str | None = field(default=None, compare=False, repr=False, metadata={"doc": VERIFY_DOC})

    def where(self, name: str) -> Location | None:
        """Position of field ``name`` (or of the record itself when the field was not written)."""
        return self.positions.get(name, self.origin)


@dataclass
class Reader:
    """What a walk needs: the file as shown to staff and the problem collector.

    ``condition_keys``: the question ids of ``content/questions.yaml`` (when it was read), for the
    message of a condition written beside ``when:`` instead of under it.
    """

    file: str
    problems: Problems
    condition_keys: frozenset[str] = frozenset()
    unknown_questions: bool = False
    """True only to score a reading (strict_yaml's advice about a key out of line): a key of a condition
    that is not a question of ``condition_keys`` counts as a problem (validate reports those elsewhere)."""
    folder: Path | None = None
    """The folder of the file read, for a message that names a file beside it (academy.yaml's session files:
    ``Academy.key_elsewhere``); None when not known."""

    def problem(self, node: Node | Location, path: str, message: str) -> Any:
        loc = node if isinstance(node, Location) else location(self.file, node)
        self.problems.add(loc, path, message)
        return INVALID


def _written_twice(reader: "Reader", path: str) -> bool:
    """Has the strict reading said the block at ``path`` of this file written twice (two blocks of keys under one key:
    ``strict_yaml._second_block``)?"""
    name = path.rsplit(".", 1)[-1]
    said = f"clé {quote(name)} en double : deux blocs, "
    return any(p.path == path and p.location.file == reader.file and p.message.startswith(said) for p in reader.problems.items)


def field_doc(cls: type, name: str) -> str:
    """The documentation of a model field (its ``doc`` metadata)."""
    for f in dataclasses.fields(cls):
        if f.name == name:
            return f.metadata.get("doc", "")
    return ""


def doc(text: str, **kwargs: Any) -> Any:
    """A documented model field: ``name: T = doc("what it holds", default=...)``."""
    metadata = {"doc": text}
    if "default" in kwargs or "default_factory" in kwargs:
        return field(metadata=metadata, **kwargs)
    return field(metadata=metadata)


_HINTS: dict[type, dict[str, Any]] = {}


def _hints(cls: type) -> dict[str, Any]:
    if cls not in _HINTS:
        _HINTS[cls] = typing.get_type_hints(cls)
    return _HINTS[cls]


_YAML_FIELDS: dict[type, list[dataclasses.Field]] = {}


def yaml_fields(cls: type) -> list[dataclasses.Field]:
    """The fields staff can write (not the internal position fields)."""
    found = _YAML_FIELDS.get(cls)
    if found is None:
        found = _YAML_FIELDS[cls] = [f for f in dataclasses.fields(cls) if not f.metadata.get("internal")]
    return list(found)


def _is_required(f: dataclasses.Field) -> bool:
    return f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING


def _join(path: str, key: str | int) -> str:
    if isinstance(key, int):
        return f"{path}[{key}]"
    return f"{path}.{key}" if path else key


_KIND_WORDS = {
    MappingNode: "des clés « nom: valeur »",
    SequenceNode: "une liste",
    ScalarNode: "une valeur simple",
}


def _as_flow_list(node: Node, item: Any, path: str) -> tuple[str, int, str] | None:
    """The line to write for a list of simple values written as one text (staffwalk56: « emails: dec.bts@ac-nantes.fr ;
    dec4@ac-nantes.fr » was told « une liste attendue ; trouvé « … » », without the line): « emails: [a, b] », its items
    cut at « ; » (at « , » too when no item has a space: addresses, identifiers), each between double quotes when a
    flow list would misread it (or the quotes staff wrote, when the whole value is between quotes: fixmisc57); and how
    many items. None when the value is not one plain line or the items are not simple values.
    Phone numbers are cut where ``several`` finds them, quoted or not (review69 L9: « phones: 05 36 25 71 12, 05 36 25 71
    13 » was told to write both numbers inside one pair of quotes, one item)."""
    several = getattr(item, "several", None)
    many = several(node.value) if several is not None and type(node) is ScalarNode and "\n" not in node.value else None
    if many:
        mark = {'"': '"', "'": "'"}.get(node.style, "")
        return f"« {path.rsplit('.', 1)[-1].split('[', 1)[0]}: [{', '.join(f'{mark}{one}{mark}' for one in many)}] »", len(many), ""
    if (type(node) is not ScalarNode or node.style not in (None, '"', "'") or not node.value.strip() or "\n" in node.value
            or "-\u00a0" in node.value or node.value.startswith("-")):  # (a list of « - » lines glued: _found says why)
        return None
    if _record_of(item) is not None or typing.get_origin(item) in (list, tuple, dict):
        return None
    parts = [p.strip() for p in node.value.split(";")]
    if len(parts) == 1:
        commas = [p.strip() for p in node.value.split(",")]
        # (phone numbers are written with spaces, never with a comma: « 05 36 25 71 12, 05 36 25 71 13 » is two; review70)
        if len(commas) > 1 and all(p and (" " not in p or item is Phone) for p in commas):
            parts = commas
    extra = ""
    if item is Phone:
        # (review71 L2: « phones: 05 36 25 71 12, poste 4512 » was told to write both pieces as items, the second then
        # refused as not a number: phones: takes numbers only; an extension goes in the words the record shows beside
        # them, an office's note: or a table row's words:, the notice's line. NOTE57: without a comma, « 05 61 00 00 00
        # poste 4512 » was told to write it whole between brackets, and « 05 … (standard), 05 … (bureau) » given no
        # line: the numbers are read wherever they are, and every other word goes beside them)
        found = Phone.with_words(node.value)
        if found is None and len(parts) > 1 and not all(p and _is_phone(p) for p in parts):
            return None
        if found is not None and not found[1]:
            parts = list(found[0])  # (« Tél. 05 36 25 71 12 »: the number alone)
        elif found is not None:
            (parts, others), value = found, node.value.strip()
            bare = [o[1:-1] if o[:1] + o[-1:] == "()" else o for o in others]
            it = "l'" if len(others) == 1 else "les "
            # (several numbers, each with its words: the note says which is which by the numbers' order, without the
            # numbers, which phones: gives; the whole line in note: said them twice on the page, fixstaff58)
            said = ", ".join(f"{w} ({'1er' if i == 1 else f'{i}e'} numéro)" if len(parts) > 1 and len(bare) == len(parts) else w
                             for i, w in enumerate(bare, 1))
            # (a row's words: already written, the specialties as the notice names them, are kept: the numbers' words
            # go after them, not in their place, which lost them)
            where = (f"words: (la ligne telle que la notice l'écrit, « words: {_block_value(value)} », à la suite des mots "
                     "déjà écrits s'il y en a)" if "specialty_contacts[" in path
                     else f"note: (« note: {_block_value(said)} », à la suite de la précision déjà écrite s'il y en a une)")
            is_not = "n'est pas un numéro" if len(others) == 1 else "ne sont pas des numéros"
            extra = (f" ; {', '.join(quote(o) for o in others)} {is_not} de téléphone : phones: ne prend que des numéros "
                     f"à 10 chiffres, {it}écrire dans {where}")
    if not all(parts):
        return None
    # (a value written between quotes, « emails: "a ; b" », review70: given no line; the same line, each item between
    # the same quotes)
    if node.style == "'":
        shown = ["'" + p.replace("'", "''") + "'" for p in parts]
    elif node.style == '"':
        shown = [_flow_item(p) for p in parts]
    else:
        shown = [_flow_item(p) if re.search(r'[:#,\[\]{}"\'&*!|>%@`]', p[:1]) or re.search(r"[:#,\[\]{}\"]", p) else p for p in parts]
    return f"« {path.rsplit('.', 1)[-1].split('[', 1)[0]}: [{', '.join(shown)}] »", len(parts), extra


def _block_value(text: str) -> str:
    """``text`` as the value of a key on its own line: as it is when YAML reads it back the same, else between quotes."""
    plain = text and text[0] not in "-?:,[]{}#&*!|>'\"%@`" and ": " not in text and " #" not in text and not text.endswith(":")
    return text if plain else quoted_value(text)


def _is_phone(text: str) -> bool:
    try:
        Phone.parse(text)
    except BadValue:
        return False
    return True


def _flow_item(item: str) -> str:
    """``item`` between quotes, as a flow list reads it back: double quotes, or single ones (« ' » doubled) when it holds
    « " » or « \\ », which double quotes would end or read as an escape (review70)."""
    if '"' in item or "\\" in item:
        return "'" + item.replace("'", "''") + "'"
    return f'"{item}"'


def describe(tp: Any) -> str:
    """A French word for what a type expects, for messages."""
    origin = typing.get_origin(tp)
    if origin in (list, tuple):
        return "une liste (lignes commençant par « - »)"
    if origin is dict or dataclasses.is_dataclass(tp):
        return "des clés « nom: valeur » en retrait"
    return "une valeur simple"


# How to read each type, worked out once per type (the type hints never change):
# (kind, argument). The order of the tests is the order ``read`` applies them.
_PLANS: dict[Any, tuple[str, Any]] = {}


def _plan(tp: Any) -> tuple[str, Any]:
    plan = _PLANS.get(tp)
    if plan is None:
        plan = _PLANS[tp] = _make_plan(tp)
    return plan


def _make_plan(tp: Any) -> tuple[str, Any]:
    origin = typing.get_origin(tp)
    if origin in (Union, types.UnionType):
        arguments = typing.get_args(tp)
        options = [a for a in arguments if a is not type(None) and a is not NotGiven]
        if len(options) != 1:
            raise TypeError(f"unsupported union {tp}")
        # (the type, None allowed, « non précisé par la notice » allowed)
        return ("optional", (options[0], type(None) in arguments, NotGiven in arguments))
    if hasattr(tp, "from_node"):
        return ("from_node", None)
    if hasattr(tp, "parse"):
        return ("parse", None)
    if dataclasses.is_dataclass(tp):
        return ("record", None)
    if origin is list or origin is tuple:
        (item_type, *_) = typing.get_args(tp)
        return ("list", item_type)
    if origin is dict:
        return ("dict", typing.get_args(tp))
    return ("scalar", None)


def _is_condition(tp: Any) -> bool:
    from .model.conditions import Condition  # (conditions imports this module's INVALID when it reads)

    return tp is Condition


def read(tp: Any, node: Node, reader: Reader, path: str) -> Any:
    """Read ``node`` as type ``tp``; record problems and return INVALID when it does not fit."""
    kind, argument = _PLANS.get(tp) or _plan(tp)
    if kind == "optional":
        inner, nullable, stated = argument
        if nullable and is_null(node):
            # an optional condition written with nothing after it (« when: » left empty under warnings:): a condition
            # left to write, as everywhere else, not « absent » (which would mean content/checklist.yaml's)
            return inner.from_node(node, reader, path) if _is_condition(inner) else None
        if type(node) is ScalarNode and _is_not_given(node):
            if stated:
                return NOT_GIVEN
            return reader.problem(node, path, _NOT_GIVEN_REFUSED)
        textual = isinstance(inner, type) and issubclass(inner, str)  # (a text may well start with these words)
        # (a plain text only: a type of its own reads its own words, notice_url: its short « non précisé »)
        if stated and type(node) is ScalarNode and (_NOT_GIVEN_ALONE.fullmatch(node.value) if inner is str else not textual and _NOT_GIVEN_START.match(node.value)):
            # « Non précisé » cut short, where a list or a date is wanted (a staff walk, 44 L1: « forms: Non précisé »
            # was refused as « une liste attendue », without the words to write)
            return reader.problem(node, path, f"{quote(node.value)} : pour dire que la notice ne le donne pas, écrire les mots entiers : "
                                              f"{path.rsplit('.', 1)[-1]}: {NOT_GIVEN_WORDS}")
        value = read(inner, node, reader, path)
        if stated and (value == () or value == {}):
            # « who: [] » would render an empty table: nothing is said explicitly or not at all.
            # (the value read said, as every message does: « [] », « {} », staff71)
            empty = "[]" if value == () else "{}"
            return reader.problem(node, path, f"{quote(empty)} : rubrique vide ; la remplir, ou écrire {path.rsplit('.', 1)[-1]}: "
                                              f"{NOT_GIVEN_WORDS} si la notice n'en donne pas")
        return value
    if type(node) is ScalarNode and not getattr(tp, "literal_text", False) and _is_not_given(node):
        return reader.problem(node, path, _NOT_GIVEN_REFUSED)
    if kind == "record":
        return _read_record(tp, node, reader, path)
    if kind == "from_node":
        return tp.from_node(node, reader, path)
    if kind == "parse":
        if not isinstance(node, ScalarNode):
            return reader.problem(node, path, f"une valeur simple attendue ; {_found(node)}")
        return _read_scalar(tp, node, reader, path)
    if kind == "list":
        if not isinstance(node, SequenceNode):
            if isinstance(node, ScalarNode) and node.style is None and node.value == "":
                # (« reviewed: » left alone once its last entry removed: a staff walk, stop 46, read « trouvé «  » »)
                return reader.problem(node, path, f"{describe(tp)} attendue ; rien n'est écrit après la clé ni sous elle : "
                                                  "écrire ses éléments sous cette ligne, une ligne « - » chacun, en retrait ; "
                                                  "une liste sans élément : retirer la ligne, ou écrire []")
            item = _record_of(argument)
            if (isinstance(node, MappingNode) and not node.flow_style and node.value and node.start_mark.column >= 2
                    and item is not None and all(isinstance(k, ScalarNode) and k.value in _record_plan(item).names for k, _ in node.value)):
                # an item's « - name: … » line removed (with a verify: line under it, a staff walk, stop 46): its other
                # keys read as the list's value
                key = node.value[0][0].value
                return reader.problem(node, path, (
                    f"{describe(tp)} attendue ; trouvé des clés « nom: valeur » : l'élément a perdu son « - » ? à la ligne "
                    f"{node.start_mark.line + 1}, remplacer les deux espaces avant {quote(key)} par « - » (le « - » en colonne "
                    f"{node.start_mark.column - 1}, suivi d'une espace), ou remettre au-dessus la ligne « - … » retirée"))
            glued = _glued_value_line(node, reader)
            if glued:
                return reader.problem(node, path, f"{describe(tp)} attendue ; {glued_value_message(glued)}")
            written = _as_flow_list(node, argument, path)
            if written:
                return reader.problem(node, path, f"{describe(tp)} attendue ; {_found(node)} : écrire {written[0]} (entre crochets"
                                                  f"{', séparés par des virgules' if written[1] > 1 else ''}), ou une ligne « - » par "
                                                  f"élément, en retrait sous la clé{written[2]}")
            return reader.problem(node, path, f"{describe(tp)} attendue ; {_found(node)}")
        if not node.flow_style and _dash_folded(node, reader, path):
            return INVALID
        if (_SCALAR_KINDS.get(argument) or _scalar_kind(argument))[0] == "int" and _numbers_run_together(node, reader, path):
            return INVALID
        split = _comma_split(argument, node, reader, path) if node.flow_style and hasattr(argument, "rejoined") else ()
        if hasattr(argument, "several"):
            split = {*split, *_several_in_one(argument, node, reader, path)}
        items = [INVALID if i in split else read(argument, item, reader, f"{path}[{i}]") for i, item in enumerate(node.value)]
        if any(item is INVALID for item in items):
            return INVALID  # each broken item was reported; a partial list would mislead the checks
        return tuple(items)
    if kind == "dict":
        if not isinstance(node, MappingNode):
            return reader.problem(node, path, f"{describe(tp)} attendues ; {_found(node)}")
        key_type, value_type = argument
        result = {}
        broken = False
        for key_node, value_node in node.value:
            if not isinstance(key_node, ScalarNode) or key_node.value == "<<" or key_node.value in result:
                continue  # compound, merge and duplicated keys were reported by strict_yaml
            key = key_node.value
            if key_type is not str:
                try:
                    key = key_type.parse(key)
                except BadValue as error:
                    reader.problem(key_node, _join(path, key), str(error))
                    broken = True
                    continue
            result[key] = read(value_type, value_node, reader, _join(path, key))
            broken = broken or result[key] is INVALID
        return INVALID if broken else result
    if not isinstance(node, ScalarNode):
        return reader.problem(node, path, f"une valeur simple attendue ; {_found(node)}")
    return _read_scalar(tp, node, reader, path)


_GLUED_VALUE = re.compile(r"-[^\s\-#]")


def _glued_value_line(node: Node, reader: Reader) -> str | None:
    """Under a key, a line « -05 36 25 71 13 » (the list's « - » glued to its first value: review50 L5): YAML reads a
    text. That line's text, when the value starts its own line so; None otherwise."""
    if not isinstance(node, ScalarNode) or node.style is not None or not _GLUED_VALUE.match(node.value):
        return None
    lines = reader.problems.sources.get(reader.file) or []
    if node.start_mark.line >= len(lines) or lines[node.start_mark.line][:node.start_mark.column].strip():
        return None
    return lines[node.start_mark.line][node.start_mark.column:].split(" #")[0].strip() or None


_NUMBERS_JOINED = re.compile(r"\s*[0-9]+(?:\s*(?:et|ou|and|or|;|/|,|&|\+|-|–|\s)\s*[0-9]+)+\s*", re.IGNORECASE)
_RANGE = re.compile(r"([0-9]+)\s*[-–]\s*([0-9]+)")


def _joined_numbers(text: str) -> list[str]:
    """The numbers of an item that is several (« 4 et 5 », « 4-5 »), a range written with a dash counted out
    (« 3-5 »: 3, 4, 5)."""
    numbers: list[str] = []
    text = re.sub(r"\s*([-–])\s*", r"\1", text)
    for part in re.split(r"(?i)\s*(?:et|ou|and|or|;|/|,|&|\+|\s)\s*", text.strip()):
        bounds = _RANGE.fullmatch(part)
        first, last = (int(bounds.group(1)), int(bounds.group(2))) if bounds else (0, 0)
        if bounds and first < last <= first + 20:
            numbers += [str(n) for n in range(first, last + 1)]
        else:
            numbers += re.findall(r"[0-9]+", part)
    return numbers


def _numbers_run_together(node: SequenceNode, reader: Reader, path: str) -> bool:
    """In a list of integers, an item that is several numbers (``annexes: [4 et 5]``, a staff walk,
    stop 49 L2: « n'est pas un nombre entier ; écrire par exemple 2024 »; ``[4-5]``, ``["4 et 5"]``, review56 L5): said
    at that item, with the list to write, each number its own item; True when found."""
    numbers: list[str] = []
    joined = None
    for i, item in enumerate(node.value):
        if type(item) is not ScalarNode or item.style not in (None, "'", '"'):
            return False
        if _INTEGER.fullmatch(item.value.strip() if item.style else item.value):
            numbers.append(item.value.strip())
        elif _NUMBERS_JOINED.fullmatch(item.value):
            numbers += _joined_numbers(item.value)
            joined = joined or (i, item)
        else:
            return False
    if joined is None:
        return False
    i, item = joined
    key = path.rsplit(".", 1)[-1]
    either = re.search(r"\b(?:ou|or)\b", item.value, re.IGNORECASE)
    # (« 4 ou 5 »: one or the other, which [4, 5] does not say: the notice decides, review55 L5; a choice left to the
    # candidate is no list of required numbers: none, and the notice's sentence in the list's note:, review56 L5)
    if either and key == "annexes":
        fix = (f"« ou » : si la notice les exige toutes, écrire annexes: [{', '.join(numbers)}] ; si elle laisse le "
               "choix, retirer la ligne annexes: (la notice ne les précise pas) et recopier sa phrase dans note: sous list:")
    elif either:
        fix = f"« ou » : écrire les nombres que la notice exige, par exemple {key}: [{', '.join(numbers)}] si elle les exige tous"
    else:
        fix = f"écrire {key}: [{', '.join(numbers)}]"
    reader.problem(item, f"{path}[{i}]", f"{quote(item.value)} n'est pas un nombre entier : un seul nombre par élément, séparés "
                                         f"par des virgules{', sans guillemets' if item.style else ''} ; {fix}")
    return True


def _comma_split(tp: Any, node: SequenceNode, reader: Reader, path: str) -> set[int]:
    """In a list written ``[…]``, the items a comma typed for a dot cut in two (``[ce.dec@ac-limoges,fr]``
    reads « ce.dec@ac-limoges » and « fr »; ``tp.rejoined`` tells): each such pair is one problem, at its
    first item. Returns the indexes of the items of those pairs (reported, not to be read)."""
    items = node.value
    split: set[int] = set()
    for i in range(len(items) - 1):
        first, second = items[i], items[i + 1]
        if i in split or not (type(first) is ScalarNode and type(second) is ScalarNode and first.style is None and second.style is None):
            continue
        joined = tp.rejoined(first.value, second.value)
        if joined is not None and first.end_mark.line == second.start_mark.line:
            reader.problem(first, f"{path}[{i}]", f"{quote(first.value)} et {quote(second.value)} : une virgule a coupé l'adresse en deux ; écrire {joined} (un point, pas une virgule)")
            split.update((i, i + 1))
    return split


_HOW_MANY = {2: "deux", 3: "trois", 4: "quatre"}


def _several_in_one(tp: Any, node: SequenceNode, reader: Reader, path: str) -> set[int]:
    """The items of a list that hold two values or more (``tp.several``: « "05 36 25 71 12, 05 36 25 71 13" », both
    numbers inside one pair of quotes, review69 L9: told « écrire les 10 chiffres », which loses one), each reported
    with the list to write, one item per value (or, in a list of « - » lines, the lines to write instead); their
    indexes (reported, not to be read)."""
    found = {i: many for i, item in enumerate(node.value)
             if type(item) is ScalarNode and (many := tp.several(item.value)) is not None}
    if not found:
        return set()

    def written(text: str, style: str | None) -> str | None:
        if style == '"':
            return None if '"' in text or "\\" in text else f'"{text}"'
        if style == "'":
            return "'" + text.replace("'", "''") + "'"
        return None if style is not None or re.search(r"[:#,\[\]{}\"']", text) else text

    key = path.rsplit(".", 1)[-1].split("[", 1)[0]
    whole = None
    if node.flow_style and node.start_mark.line == node.end_mark.line and all(type(item) is ScalarNode for item in node.value):
        parts = [written(value, item.style) for i, item in enumerate(node.value) for value in found.get(i, (item.value,))]
        whole = f"écrire « {key}: [{', '.join(parts)}] »" if None not in parts else None
    for i, many in found.items():
        item = node.value[i]
        shown = [written(value, item.style) or written(value, '"') for value in many]
        if whole:
            fix = whole
        elif not node.flow_style and None not in shown:
            fix = f"à la place de la ligne {item.start_mark.line + 1}, écrire {' puis '.join(f'« - {one} »' for one in shown)}, une ligne « - » par numéro, au même retrait"
        else:
            fix = "écrire chacun comme un élément de la liste, entre ses propres guillemets, séparés par une virgule"
        reader.problem(item, f"{path}[{i}]", (
            f"{quote(item.value)} : {_HOW_MANY.get(len(many), len(many))} numéros de téléphone dans un seul élément de la liste "
            f"({and_list([quote(one) for one in many])}) ; en faire {_HOW_MANY.get(len(many), len(many))} éléments : {fix}"))
    return set(found)


_NOT_GIVEN_REFUSED = (
    f"« {NOT_GIVEN_WORDS} » n'est pas permis pour ce champ ; écrire la valeur que donne la notice, "
    "ou retirer la ligne si ce champ est facultatif"
)


_NOT_GIVEN_START = re.compile(r"\s*non\s+pr[ée]cis", re.IGNORECASE)
# a text that is nothing but these words, short or with a full stop (« non précisé », « Non précisée par la notice. »):
# meant as the notice not giving it, read as a text it would print (review53 M2: « À envoyer à : …, non précisé »)
_NOT_GIVEN_ALONE = re.compile(r"\s*non\s+pr[ée]cis[ée]*s?(?:\s+par\s+la\s+notice)?\s*[.;]?\s*", re.IGNORECASE)


def _is_not_given(node: ScalarNode) -> bool:
    """A scalar written « non précisé par la notice » (cheap test first: most values are not)."""
    text = node.value
    return text[:3].lower() == "non" and NotGiven.written(text)


def _optional_scalar_words(cls: type, field_: Any, tp: Any, key: str, node: Node) -> str | None:
    """What to say of an optional plain value (one with a default) left empty or written « non précisé par la notice »
    where it is refused, or None: what the field holds and what removing the line means, as a required field's empty
    value says (a staff walk, staff67: « documents[1].deadline: valeur vide ; écrire une valeur ou retirer la ligne »
    named neither the value to write nor that the line may go). A class may add its own advice for the second case
    (``NOT_GIVEN_ADVICE``: a document the notice does not date)."""
    if not isinstance(node, ScalarNode) or _plan(tp)[0] not in ("scalar", "parse"):
        return None
    null = is_null(node)
    if not null and (getattr(tp, "literal_text", False) or not _is_not_given(node)):
        return None
    what = field_.metadata.get("doc", "")
    default = field_.default
    optional = f"champ facultatif ; sans elle : {key}: {default}" if isinstance(default, str) and default else "champ facultatif"
    if null:
        return (f"valeur vide pour {quote(key)} ; écrire la valeur après « {key}: »" + (f" ({what})" if what else "")
                + f", ou retirer la ligne ({optional})")
    advice = getattr(cls, "NOT_GIVEN_ADVICE", {}).get(key)
    return (f"« {NOT_GIVEN_WORDS} » n'est pas permis pour {quote(key)}" + (f" ({what})" if what else "")
            + f" ; retirer la ligne ({optional})" + (f" ; {advice}" if advice else ""))


def accepts_not_given(tp: Any) -> bool:
    """True when a field of type ``tp`` may be written « non précisé par la notice »."""
    return typing.get_origin(tp) in (Union, types.UnionType) and NotGiven in typing.get_args(tp)


def _dash_folded(node: SequenceNode, reader: Reader, path: str) -> bool:
    """A list of plain values whose next item's « - » is further right than the others (« - passing_form » then
    «  - benefits »): YAML reads that line as the end of the item above (« passing_form - benefits »), and the value's
    own message named the line above and an identifier made of both (a staff walk, stop 46). Said at that « - », with
    the column to put it at; True when found."""
    lines = reader.problems.sources.get(reader.file) or []
    for i, item in enumerate(node.value):
        if not isinstance(item, ScalarNode) or item.style is not None or item.end_mark.line <= item.start_mark.line:
            continue
        first = item.start_mark.line
        if first >= len(lines) or "-" not in lines[first][:item.start_mark.column]:
            continue
        dash = lines[first][:item.start_mark.column].rindex("-")
        # the list's first item left of all the others (« - registration_method » one space left of « - who », « - steps »…):
        # YAML reads the whole list as that one item, and moving the second under the first, as said below, made the
        # third the next problem, and so on (staffwalk60 M1)
        folded = [len(text) - len(text.lstrip(" ")) for text in (lines[n].rstrip("\r\n") for n in range(first + 1, min(item.end_mark.line + 1, len(lines))))
                  if text.lstrip(" ") == "-" or text.lstrip(" ").startswith("- ")]
        if i == 0 and len(node.value) == 1 and len(folded) >= 2 and len(set(folded)) == 1:
            column = folded[0]
            moved = column - dash
            owner = "" if not path or path.endswith("]") else f" {quote(path.rsplit('.', 1)[-1])}"
            reader.problem(
                Location(reader.file, first + 1, dash + 1), f"{path}[0]",
                f"tiret « - » mal aligné : le premier élément de la liste{owner} commence {moved} espace{'s' if moved > 1 else ''} plus à "
                f"gauche que les éléments suivants, et YAML lit toute la liste comme un seul élément "
                f"({quote(' '.join(item.value.split()))}) ; l'aligner sur le « - » de la ligne {first + 2} : "
                f"{column} espace{'s' if column > 1 else ''} en début de ligne (colonne {column + 1})",
            )
            return True
        for n in range(first + 1, min(item.end_mark.line + 1, len(lines))):
            text = lines[n].rstrip("\r\n")
            shown = text.lstrip(" ")
            if not (shown == "-" or shown.startswith("- ")):
                continue
            column = len(text) - len(shown)
            moved = column - dash
            spaces = f"{moved} espace{'s' if moved > 1 else ''}"
            reader.problem(
                Location(reader.file, n + 1, column + 1), f"{path}[{i + 1}]",
                f"tiret « - » mal aligné : il est {spaces} plus à droite que celui de la ligne {first + 1}, et YAML lit les "
                f"deux lignes comme un seul élément ({quote(' '.join(item.value.split()))}) ; l'aligner sur le « - » de la ligne "
                f"{first + 1} : {dash} espace{'s' if dash > 1 else ''} en début de ligne (colonne {dash + 1})",
            )
            return True
    return False


def _found(node: Node) -> str:
    if isinstance(node, ScalarNode):
        if "-\u00a0" in node.value and node.style is None:
            # « -\u00a0documents » on the first item of a list: YAML reads the whole list as one text (no dash
            # followed by an ordinary space); the strict reader names this slip only when the file does not parse
            return (f"trouvé {quote(node.value)} : une espace insécable (U+00A0) suit le tiret « - », et YAML ne lit pas "
                    "de liste ; l'effacer et la retaper avec la barre d'espace (une espace insécable vient souvent d'un "
                    "copier-coller ou de Alt+Espace)")
        return f"trouvé {quote(node.value)}"
    return f"trouvé {_KIND_WORDS[type(node)]}"


_SCALAR_KINDS: dict[Any, tuple[str, Any]] = {}


def _scalar_kind(tp: Any) -> tuple[str, Any]:
    found = _SCALAR_KINDS.get(tp)
    if found is None:
        if typing.get_origin(tp) is Literal:
            found = ("literal", [str(a) for a in typing.get_args(tp)])
        elif tp is str or tp is bool or tp is int:
            found = (tp.__name__, None)
        elif isinstance(tp, type) and issubclass(tp, int) and hasattr(tp, "check"):
            found = ("int", tp.check)  # an integer with its own range (generator.model.values.Year)
        elif hasattr(tp, "parse"):
            found = ("parse", None)
        else:
            found = ("unsupported", None)
        _SCALAR_KINDS[tp] = found
    return found


# The words the comments of a prepared file (new-academy, new-session: generator/staff/skeleton.py TYPE_WORDS) show
# after a key as its example, « # bts_page: https://… », « # checked: AAAA-MM-JJ », « # note: texte », that no notice
# gives: such a line uncommented without its value replaced (a staff walk, stop 55: « https://… » was told « écrire une
# adresse commençant par https:// », « AAAA-MM-JJ » « écrire AAAA-MM-JJ », and « texte » was read and published).
# Not the examples a value may truly be (false, 1, Europe/Paris, "09", A). In an academy's files, as the comment writes it.
TEMPLATE_EXAMPLES = frozenset({"texte", "identifiant", "AAAA", "AAAA-MM-JJ", "AAAA-MM-JJ HH:MM", "https://…", "adresse@ac-….fr",
                               "01 23 45 67 89", "…"})


def _template_example(text: str, path: str = "") -> str | None:
    """What to say of a value that is the example of the prepared file's comment (``TEMPLATE_EXAMPLES``), or None. A
    ``checked:`` date is not the notice's: the day staff checked the file (or the point) on it (review68: « checked:
    AAAA-MM-JJ » was told to write « la valeur que donne la notice »)."""
    if " ".join(text.split()) not in TEMPLATE_EXAMPLES:
        return None
    value = ("la date du jour où vous l'avez vérifié sur la notice, en chiffres (l'année sur 4 chiffres, le mois, le jour, "
             "séparés par « - »)") if path.rsplit(".", 1)[-1] == "checked" else "la valeur que donne la notice"
    return (f"{quote(text.strip())} est l'exemple que donne le commentaire du modèle, pas une valeur ; écrire à sa place "
            f"{value}, ou retirer la ligne si ce champ est facultatif")


def _read_scalar(tp: Any, node: ScalarNode, reader: Reader, path: str) -> Any:
    text = node.value
    if is_null(node):
        return reader.problem(node, path, "valeur vide ; écrire une valeur ou retirer la ligne")
    kind, allowed = _SCALAR_KINDS.get(tp) or _scalar_kind(tp)
    # (in an academy's files only, written as the comment writes it: content/ may quote such a word, « "texte" »)
    example = _template_example(text, path) if kind in ("str", "parse") and node.style is None and reader.file.startswith("academies/") else None
    if example:
        return reader.problem(node, path, example)
    if kind == "str":
        stripped = text.strip()
        if not stripped:
            return reader.problem(node, path, "texte vide ; écrire le texte ou retirer la ligne")
        value = stripped if node.style in (None, "'", '"') else text.rstrip("\n")
        if _word_processor_quotes(value, node, reader, path):
            return INVALID
        _check_emphasis(value, node, reader, path)
        return value
    if kind == "literal":
        if text in allowed:
            return text
        return reader.problem(node, path, _choice_message(text, list(allowed)))
    if kind == "bool":
        if node.style is None and text in ("true", "false"):
            return text == "true"
        return reader.problem(node, path, f"{quote(text)} n'est pas un booléen ; écrire true (oui) ou false (non)")
    if kind == "int":
        if node.style is None and _INTEGER.fullmatch(text):
            digits = len(text.lstrip("-"))
            if digits > MAX_INTEGER_DIGITS:
                return reader.problem(node, path, f"{quote(text)} : nombre trop long ({digits} chiffres) ; écrire un nombre d'au plus {MAX_INTEGER_DIGITS} chiffres, par exemple 2024")
            if allowed is None:
                return int(text)
            try:
                return allowed(int(text))
            except BadValue as error:
                return reader.problem(node, path, str(error))
        if node.style in ("'", '"') and _INTEGER.fullmatch(text.strip()):
            return reader.problem(node, path, f"{quote(text)} est écrit entre guillemets ; écrire le nombre sans guillemets : {text.strip()}")
        # (a session's year: the one its file's name gives, never another's; a staff walk, staffwalk57, wrote « year:
        # session 2025 » in 2025.yaml and was told « par exemple 2024 », which the file's name then refused)
        named = re.fullmatch(r"(?:.*/)?([0-9]{4})\.yaml", reader.file) if path == "session.year" else None
        if named is not None:
            return reader.problem(node, path, f"{quote(text)} n'est pas un nombre entier ; écrire year: {named.group(1)}, "
                                              f"l'année du nom du fichier {quote(named.group(1) + '.yaml')}")
        # (a year's example for a year only: « order: un » was told « par exemple 2024 », fuzz69 L2)
        year_like = allowed is not None or re.sub(r"\[[0-9]+\]$", "", path).rsplit(".", 1)[-1] in ("session", "year")
        return reader.problem(node, path, f"{quote(text)} n'est pas un nombre entier ; écrire par exemple {2024 if year_like else 3}")
    if kind == "parse":
        try:
            value = tp.parse(text)
        except BadValue as error:
            return reader.problem(node, path, str(error))
        if isinstance(value, Name) and not isinstance(value, InterfaceText):
            if _word_processor_quotes(value, node, reader, path):
                return INVALID
            _check_emphasis(value, node, reader, path)
        return value
    raise TypeError(f"unsupported type {tp!r} at {path}")


def _word_processor_quotes(value: str, node: ScalarNode, reader: Reader, path: str) -> bool:
    """A text or a name wrapped whole in a word processor's quotes (« “Dépôt des pièces” »), which would be published
    so: reported with the line to write (``problems.inside_word_processor_quotes``); True when it was."""
    inside = inside_word_processor_quotes(value)
    if inside is None:
        return False
    from .staff.yaml_text import flow_value

    key = path.rsplit(".", 1)[-1]
    if "\n" in inside:
        fix = f"retirer le {value.strip()[0]} du début et le {value.strip()[-1]} de la fin"
    elif re.fullmatch(r"[a-z_][a-z0-9_]*", key):
        fix = f"écrire {quote_whole(f'{key}: {flow_value(inside)}')}"  # (in braces too: « {text: …, section: …} »)
    else:
        fix = f"écrire {quote_whole(flow_value(inside))}"
    marks = f"{value.strip()[0]} {value.strip()[-1]}"
    reader.problem(node, path, f"{quote(value)} : guillemets de traitement de texte {marks} autour de la valeur, qui seraient publiés : "
                               f"les remplacer par des guillemets droits \" ou les retirer ; {fix}")
    return True


def _cut_at_commas(node: MappingNode) -> dict[int, tuple[int, str]]:
    """A value a word processor's quotes wrap, inside ``{…}``, that holds a comma: YAML does not read “ ” as quotes, so
    it cuts the value at each comma and reads each part after it as a key without value (« {text: “Prévenir le
    bureau, par courriel.”, section: …} »: « par courriel.” » a key): by the index of the pair whose value opens with
    the quote, (the index of the key that closes it, the value as written). Only where every part between is a plain
    key without value, the last one ending with the closing quote."""
    if not node.flow_style:
        return {}
    pairs = node.value
    found: dict[int, tuple[int, str]] = {}
    for i, (key_node, value_node) in enumerate(pairs):
        if not isinstance(value_node, ScalarNode) or value_node.style is not None or not value_node.value:
            continue
        opening = value_node.value[0]
        closing = {"\u201c": "\u201d", "\u2018": "\u2019"}.get(opening)
        if closing is None or value_node.value.endswith(closing):
            continue
        parts = [value_node.value]
        for j in range(i + 1, len(pairs)):
            part, empty = pairs[j]
            if not isinstance(part, ScalarNode) or part.style is not None or not is_null(empty):
                break
            parts.append(part.value)
            if part.value.endswith(closing):
                found[i] = (j, _written(value_node, part) or ", ".join(parts))
                break
    return found


def _written(first: ScalarNode, last: ScalarNode) -> str | None:
    """The file's text from ``first``'s start to ``last``'s end, as typed (« examens,par » stays so: review60 L2, the
    advice rebuilt the value with « , » and changed the notice's words); None when the marks do not hold the text."""
    start, end = first.start_mark, last.end_mark
    buffer = getattr(start, "buffer", None)
    if not isinstance(buffer, str) or buffer is not getattr(end, "buffer", None) or not 0 <= start.index <= end.index:
        return None
    return buffer[start.index:end.index] or None


def _comma_in_word_processor_quotes(key: str, written: str, node: ScalarNode, reader: Reader, path: str) -> None:
    """``_cut_at_commas``' value, reported at its opening quote with the line to write (NOTE51: it was « clé inconnue »
    for the words after its comma, with no word of the quotes)."""
    from .staff.yaml_text import flow_value

    inside = inside_word_processor_quotes(written) or written[1:-1].strip()
    marks = f"{written[0]} {written[-1]}"
    reader.problem(
        node, path,
        f"{quote(written)} : guillemets de traitement de texte {marks} autour de la valeur, que YAML ne lit pas comme des "
        "guillemets : entre accolades {…}, il coupe la valeur à chaque virgule et lit la suite comme une clé ; les "
        f"remplacer par des guillemets droits \" ; écrire {quote_whole(f'{key}: {flow_value(inside)}')}",
    )


def _check_emphasis(value: str, node: ScalarNode, reader: Reader, path: str) -> None:
    """A text's ``**`` that do not read as emphasis (``generator.emphasis``), each reported where its
    asterisks stand in the file: the value's runs of asterisks are the node's, in the same order."""
    found = emphasis.problems_in(value)
    if not found:
        return
    lines = reader.problems.sources.get(reader.file) or []
    start, end = node.start_mark, node.end_mark
    runs: list[Location] = []
    for index in range(start.line, min(end.line + 1, len(lines))):
        line = lines[index].rstrip("\r\n")
        first = start.column if index == start.line else 0
        last = end.column if index == end.line else len(line)
        runs += [Location(reader.file, index + 1, first + col + 1) for col in emphasis.star_runs(line[first:last])]
    in_file = len(runs) == len(emphasis.star_runs(value))
    for _line, run, message in found:
        reader.problems.add(runs[run] if in_file else location(reader.file, node), path, message)


def _choice_message(text: str, allowed: list[str]) -> str:
    close = difflib.get_close_matches(text, allowed, n=1, cutoff=0.5)
    listing = ", ".join(allowed)
    if close:
        return f"{quote(text)} n'est pas une valeur permise ; vouliez-vous dire {quote(close[0])} ? (valeurs permises : {listing})"
    return f"{quote(text)} n'est pas une valeur permise ; écrire l'une de : {listing}"


# The French word a staff member may type for a key (all keys are English words): its key, suggested before the
# nearest spelling (staffwalk53 M2: « cloture » got « vouliez-vous dire « source » ? »). Accents and case aside.
FRENCH_KEYS = {
    "cloture": "closing", "fermeture": "closing", "fin": "closing", "ouverture": "opening", "debut": "opening",
    "annee": "year", "titre": "title", "public": "audience", "date": "at", "echeance": "at", "mots": "words",
    "texte": "text", "libelle": "label", "intitule": "label", "nom": "name", "telephone": "phones",
    "telephones": "phones", "tel": "phones", "courriel": "emails", "courriels": "emails", "mail": "emails", "mails": "emails",
    "mel": "emails", "email": "emails", "adresse": "address", "adresses": "address", "lien": "url", "site": "website",
    "pieces": "documents", "piece": "documents", "justificatifs": "documents", "etapes": "steps", "etape": "steps",
    "qui": "who", "quand": "when", "liens": "links", "formulaires": "forms", "formulaire": "forms", "rubriques": "topics",
    "specialites": "specialties", "specialite": "specialty", "bureau": "exam_office", "bureau_des_examens": "exam_office",
    "dates": "deadlines", "limites": "deadlines", "dates_limites": "deadlines", "nouveautes": "novelties",
    "departements": "departments", "academie": "name", "fuseau": "timezone", "verifie": "checked", "verifier": "verify",
    "precision": "note", "remarque": "note", "categories": "who", "categorie": "situation",
}


def french_key(key: str, valid, value: str | None = None) -> str | None:
    """The key ``key`` names in French (``FRENCH_KEYS``), when it is one of ``valid``; « adresse: » with an e-mail
    address as its value (``value``, as written) names ``emails`` (review61 L9: « address » is the postal one)."""
    target = FRENCH_KEYS.get(without_accents(key).casefold().replace(" ", "_").replace("-", "_"))
    if target == "address" and value and "@" in value and "emails" in valid:
        target = "emails"
    return target if target is not None and target in valid and target != key else None


def unknown_key_message(key: str, valid: list[str], also: tuple[str, ...] = (), value: str | None = None) -> str:
    """French message for an unknown key, with the nearest valid one (``also``: keys every record
    accepts, suggested but not listed; ``value``: the key's value as written, ``french_key``)."""
    spaced = space_in_key(key, {*valid, *also})
    if spaced:
        return f"clé inconnue {quote_key(key)} ; {spaced}"
    french = french_key(key, [*valid, *also], value)
    if french is not None:
        # (« adresse: x@… » read as emails:, a list: the line to write with its brackets, review62 L4; several addresses
        # on the line, « a@…, b@… » or « a@… ; b@… », each an item, review63; a list already written keeps its form)
        addresses = [a for a in re.split(r"[\s,;]+", value.strip()) if a] if value and not value.lstrip().startswith("[") else []
        line = (f"emails: [{', '.join(addresses)}]" if french == "emails" and addresses and all("@" in a for a in addresses)
                else f"{french}:")
        return (f"clé inconnue {quote_key(key)} ; vouliez-vous dire {quote(french)} ? (les clés s'écrivent en anglais : "
                f"écrire {line} à la place de {key}:)")
    close = difflib.get_close_matches(key, [*valid, *also], n=1, cutoff=0.6)
    if close:
        return f"clé inconnue {quote_key(key)} ; vouliez-vous dire {quote(close[0])} ?"
    return f"clé inconnue {quote_key(key)} ; clés permises : {', '.join(valid)}"


def _colon_forgotten_before_colon(key_node: Node, value_node: Node, fields, keys, reader: Reader) -> tuple[str, str] | None:
    """A key written without its « : » before a value that holds one (« title Inscription : BTS 2027 »): YAML reads
    « title Inscription » as the key, the rest as its value. Said as the missing colon after the key it starts with,
    with the line to write, its value between quotes, when that first word is a key of the record not written
    elsewhere in it and the key and its value (a text, or nothing) are on one line (stop 55 fixstaff 1: it was « clé
    inconnue « title Inscription » … écrire title: à la place de title Inscription: », which dropped the word
    « Inscription » and gave a line YAML does not read). The value without a « : » (« opening 2026-10-12 14:00 ») or
    with two is a syntax error, said by strict_yaml (``_colon_forgotten``, ``_colon_forgotten_before_colons``).
    Returns the key and the message; None otherwise."""
    if not isinstance(key_node, ScalarNode) or key_node.style is not None or key_node.start_mark.line != key_node.end_mark.line:
        return None
    found = KEY_THEN_WORDS.fullmatch(key_node.value)
    if found is None or found["key"] not in fields or found["key"] in keys:
        return None
    number = key_node.start_mark.line
    if (not isinstance(value_node, ScalarNode) or value_node.style not in (None, '"', "'")
            or value_node.start_mark.line != number or value_node.end_mark.line != number):
        return None
    lines = reader.problems.sources.get(reader.file) or []
    if number >= len(lines):
        return None
    raw = lines[number].rstrip("\r\n")
    start, end = key_node.start_mark.column, key_node.end_mark.column
    if raw[start:end] != key_node.value:
        return None  # (the marks do not hold the line's text: said as an unknown key)
    # (the words after the key's first one, the « : » and what stands between, then the value: read, not as typed,
    # when it was between quotes, « title Inscription : "BTS : 2027" », the advice of a « : » in a value followed)
    between = raw[end:value_node.start_mark.column] if value_node.value else raw[end:].split(" #")[0]
    words = (found["words"] + between.rstrip() + (" " if value_node.value else "") + value_node.value).strip()
    key = found["key"]
    line = f"{raw[:start].lstrip()}{key}: {quoted_value(words)}"
    return key, colon_forgotten_before_colon_message(key, key_node.value, line)


def _scalar_texts(node: Node) -> str | None:
    """The scalars a value writes, one text (« x@ac-nantes.fr », or a list's items joined): what ``french_key`` reads."""
    if isinstance(node, ScalarNode):
        return node.value
    if isinstance(node, SequenceNode):  # (in brackets: a list already, its key alone to rename)
        return "[" + ", ".join(item.value for item in node.value if isinstance(item, ScalarNode)) + "]"
    return None


def _record_of(tp: Any) -> type | None:
    """The record class a field of type ``tp`` reads (``X``, ``X | None``, ``X | NotGiven``), or None."""
    kind, argument = _plan(tp)
    if kind == "optional":
        tp = argument[0]
        kind, _ = _plan(tp)
    return tp if kind == "record" else None


_PATH_PARTS = re.compile(r"\[(\d+)\]|([^.\[\]]+)")


def record_keys_at(tp: Any, path: str) -> frozenset[str] | None:
    """The keys staff can write in the record at ``path`` (« », « deadlines.documents », « who[0] ») of a file read as
    ``tp``: the fields of that record (``verify:`` aside); None when ``path`` leads to no record (a list, a text, a
    condition, a key the model has not). Used by strict_yaml to take the last word of a comment for a key only when it
    is one of them (review57 L2)."""
    for index, key in _PATH_PARTS.findall(path):
        kind, argument = _plan(tp)
        if kind == "optional":
            tp = argument[0]
            kind, argument = _plan(tp)
        if index:
            if kind != "list":
                return None
            tp = argument
        elif kind == "record":
            hints = _record_plan(tp).hints
            if key not in _record_plan(tp).names:
                return None
            tp = hints[key]
        elif kind == "dict":
            tp = argument[1]
        else:
            return None
    record = _record_of(tp)
    return None if record is None else frozenset(_record_plan(record).names)


def _misplaced_key(plan: "_RecordPlan", key: str, reader: Reader, path: str, node: MappingNode | None = None,
                   key_node: Node | None = None) -> str | None:
    """Where an unknown key belongs when it is a known key one level down: a question of a
    condition beside ``when:`` (« specialty: » beside « label: »), or, at the top of a file, a key of
    the one section that has it (« checked: » for « session: »); None otherwise."""
    when = plan.hints.get("when")
    if when is not None and any(_is_condition(tp) for tp in (when, *typing.get_args(when))):
        if key in reader.condition_keys:
            what = "c'est une condition (une question de content/questions.yaml)"
        elif key in ("any", "all", "not"):  # (a review: « any: » two spaces left under « when: »)
            meaning = {"any": "une au moins des conditions qui suivent", "all": "toutes les conditions qui suivent", "not": "le contraire de la condition qui suit"}[key]
            what = f"c'est une condition (« {key}: » : {meaning})"
        else:
            what = None
        if what is not None:
            beside = _flow_when_beside(node, key_node, reader, key)
            return f"{what} ; {beside}" if beside else f"{what} ; la mettre sous when:, en retrait"
    if path and key == "reviewed":  # (pasted under the section of its point: a staff walk, stop 46, got 26 keys listed)
        return ("reviewed: se place à la fin du fichier, au début de la ligne, sans espace avant (une seule fois par "
                "fichier) ; y déplacer cette ligne, puis sous elle ses lignes « - », deux espaces en début de ligne")
    if path:
        return None
    owners = [name for name, tp in plan.hints.items() if name in plan.names and (cls := _record_of(tp)) is not None and key in _record_plan(cls).names]
    if len(owners) == 1:
        return f"c'est une clé de la rubrique {owners[0]} ; la mettre sous {owners[0]}:, en retrait"
    if 1 < len(owners) <= 3:
        return f"c'est une clé des rubriques {', '.join(owners[:-1])} ou {owners[-1]} ; la mettre sous celle qu'il faut, en retrait"
    return None


def _flow_when_beside(node: MappingNode | None, key_node: Node | None, reader: Reader, key: str) -> str | None:
    """A condition key written beside « when: {…} », a condition on one line between braces (« when: {disability:
    "yes"} » then « not: » in its column): « la mettre sous when: » would not do (nothing goes under braces), so the
    advice is the block to write, once; None when ``when`` is not written so."""
    if node is None or key_node is None:
        return None
    lines = reader.problems.sources.get(reader.file) or []
    for when_key, when_value in node.value:
        if not (isinstance(when_key, ScalarNode) and when_key.value == "when" and isinstance(when_value, MappingNode)
                and when_value.flow_style and when_value.start_mark.line < len(lines)):
            continue
        start = when_value.start_mark
        items = flow_items(lines[start.line][start.column:].split(" #")[0]) if when_value.end_mark.line == start.line else None
        if items is None or key_node.start_mark.line >= len(lines):
            return None
        raw = lines[key_node.start_mark.line].rstrip("\r\n")
        rest = raw[key_node.end_mark.column:].lstrip()[1:] if key_node.end_mark.line == key_node.start_mark.line else ""
        column = when_key.start_mark.column + 2
        then = then_in_block(key, rest.strip(), column - key_node.start_mark.column)
        return (f"elle va dans le when: de la ligne {when_key.start_mark.line + 1}, écrit sur sa ligne entre accolades, "
                f"où rien ne peut s'ajouter en dessous : {flow_to_block('when', column, items, then)}")
    return None


_COLLECTION_KINDS: dict[Any, Any] = {}


def _collection_kind(tp: Any) -> Any:
    """list, dict or None: whether the items (or ids) of a field of type ``tp`` get their own positions."""
    if tp in _COLLECTION_KINDS:
        return _COLLECTION_KINDS[tp]
    origin = typing.get_origin(tp)
    if origin in (Union, types.UnionType):
        options = [a for a in typing.get_args(tp) if a is not type(None) and a is not NotGiven]
        origin = typing.get_origin(options[0] if len(options) == 1 else tp)
    kind = list if origin in (list, tuple) else dict if origin is dict else None
    _COLLECTION_KINDS[tp] = kind
    return kind


def _item_positions(key: str, node: Node, tp: Any, file: str, positions: dict[str, Location]) -> None:
    """Also remember where each list item (``key[i]``) and each id of a map (``key.id``) was written."""
    kind = _collection_kind(tp)
    if kind is list and isinstance(node, SequenceNode):
        for i, item in enumerate(node.value):
            positions[f"{key}[{i}]"] = location(file, item)
    elif kind is dict and isinstance(node, MappingNode):
        for key_node, _ in node.value:
            positions.setdefault(f"{key}.{key_node.value}", location(file, key_node))


@dataclass(frozen=True)
class _RecordPlan:
    """What ``_read_record`` needs of a model class, worked out once."""

    hints: dict[str, Any]
    fields: dict[str, dataclasses.Field]
    names: list[str]
    required: frozenset[str]
    collections: frozenset[str]  # the fields whose items (or ids) get their own positions


_RECORD_PLANS: dict[type, _RecordPlan] = {}


def _record_plan(cls: type) -> _RecordPlan:
    plan = _RECORD_PLANS.get(cls)
    if plan is None:
        fields = {f.name: f for f in yaml_fields(cls)}
        plan = _RECORD_PLANS[cls] = _RecordPlan(
            hints=_hints(cls),
            fields=fields,
            names=[name for name in fields if name != VERIFY],  # (verify: is accepted everywhere, never listed)
            required=frozenset(name for name, f in fields.items() if _is_required(f)),
            collections=frozenset(name for name in fields if _collection_kind(_hints(cls)[name]) is not None),
        )
    return plan


def _nothing_under(cls: type, path: str) -> str:
    """A record's key (or a list's dash) with nothing written under it (its lines deleted, or not yet written; fuzz69:
    it was told « des clés « nom: valeur » attendues ; trouvé «  » »): what goes there, its required keys named."""
    plan = _RECORD_PLANS.get(cls) or _record_plan(cls)
    required = [name for name in plan.names if name in plan.required]
    keys = f" (clés obligatoires : {', '.join(required)})" if required else ""
    if path.endswith("]"):
        return (f"élément de liste vide : écrire ses clés « nom: valeur » après le tiret et en dessous, en retrait{keys}, "
                "ou retirer la ligne du tiret")
    name = path.rsplit(".", 1)[-1]
    return (f"rien n'est écrit sous « {name}: » : ses clés « nom: valeur » s'écrivent en dessous, en retrait{keys} ; "
            f"les écrire, ou retirer la ligne « {name}: » si elle est de trop")


def _read_record(cls: type, node: Node, reader: Reader, path: str) -> Any:
    if not isinstance(node, MappingNode):
        if isinstance(node, ScalarNode) and node.style is None and not node.value.strip():
            return reader.problem(node, path, _nothing_under(cls, path))
        return reader.problem(node, path, f"des clés « nom: valeur » attendues ; {_found(node)}")
    plan = _RECORD_PLANS.get(cls) or _record_plan(cls)
    hints, fields, required, collections = plan.hints, plan.fields, plan.required, plan.collections
    file = reader.file
    keys = {k.value: v for k, v in node.value if isinstance(k, ScalarNode)}
    if "point" in keys and "seen" in keys and "point" not in fields:
        # The line of reviewed: that validate gives to copy, pasted under another list (staff review 43, M6): not
        # « clé « about » manquante » and the like
        point = keys["point"].value if isinstance(keys["point"], ScalarNode) else ""
        return reader.problem(node, path, (
            f"ligne d'un point vu ({quote(point)}) collée dans {path.rsplit('[', 1)[0]} ; la placer sous la ligne reviewed: du "
            "fichier (reviewed: au début de la ligne, sans espace avant, à ajouter en fin de fichier s'il n'en a pas)"
        ))
    values: dict[str, Any] = {}
    positions: dict[str, Location] = {}
    seen: set[str] = set()
    broken = False
    unknowns: list[tuple[Node, str, str | None]] = []  # the unknown keys (not misplaced ones), their value's text: said after the loop
    advised: set[str] = set()  # required keys a key's advice stands for (``KEY_ADVICE``): not said missing
    cut = _cut_at_commas(node)
    parts = {j for i, (last, _) in cut.items() for j in range(i + 1, last + 1)}  # (the words after each comma)
    for index, (key_node, value_node) in enumerate(node.value):
        if not isinstance(key_node, ScalarNode) or key_node.value == "<<":
            continue  # compound and merge keys were reported by strict_yaml
        key = key_node.value
        if index in parts:
            continue  # (said with the value they are part of, just below)
        if index in cut and key in fields:
            _comma_in_word_processor_quotes(key, cut[index][1], value_node, reader, _join(path, key))
            seen.add(key)
            broken = True
            continue
        if key in seen:
            continue  # the duplicate was reported by strict_yaml
        seen.add(key)
        if key not in fields:
            forgotten = _colon_forgotten_before_colon(key_node, value_node, fields, keys, reader)
            if forgotten is not None:
                name, message = forgotten
                reader.problem(key_node, _join(path, name), message)
                advised.add(name)
                broken = True
                continue
            misplaced = _misplaced_key(plan, key, reader, path, node, key_node)
            if misplaced:
                reader.problem(key_node, _join(path, key), f"clé {quote_key(key)} inconnue à cet endroit : {misplaced}")
            elif key in getattr(cls, "KEY_ADVICE", {}):  # (a key the record has no place for: where it goes instead)
                advice, stands_for = cls.KEY_ADVICE[key]
                if (type(value_node) is SequenceNode and not value_node.value) or is_null(value_node):
                    # (« emails: [] » on a row of the case officers' table: nothing to move elsewhere, the line goes;
                    # staff71 walk, told to write the manager under contacts:)
                    # (the value read quoted when there is one, « [] »; a key with nothing after it is said empty,
                    # not quoted as if the file wrote « rien »: review71 L6)
                    empty = f" ({quote('[]')})" if type(value_node) is SequenceNode else " (rien après les deux-points)"
                    reader.problem(key_node, _join(path, key), f"clé {quote_key(key)} inconnue à cet endroit, et vide"
                                                               f"{empty} : rien à reporter ailleurs ; retirer cette ligne")
                    broken = True
                    continue
                reader.problem(key_node, _join(path, key), f"clé {quote_key(key)} inconnue à cet endroit : {advice}")
                advised |= stands_for
            else:  # (said once the keys missing are known: with one of them, a rename)
                unknowns.append((key_node, key, _scalar_texts(value_node)))
            broken = True
            continue
        null = is_null(value_node)
        mark = (key_node if null else value_node).start_mark
        positions[key] = Location(file, mark.line + 1, mark.column + 1)
        if key in collections:
            _item_positions(key, value_node, hints[key], file, positions)
        sub = f"{path}.{key}" if path else key
        if null and key in required:
            what = fields[key].metadata.get("doc", "")
            reader.problem(key_node, sub, f"valeur manquante pour {quote(key)} ; écrire la valeur après « {key}: »" + (f" ({what})" if what else ""))
            broken = True
            continue
        optional = None if key in required else _optional_scalar_words(cls, fields[key], hints[key], key, value_node)
        if optional is not None:
            reader.problem(key_node if null else value_node, sub, optional)
            broken = True
            continue
        value = read(hints[key], value_node, reader, sub)
        if value is INVALID:
            broken = True
        elif value is not None:
            values[key] = value
    missing = [name for name in plan.names if name in required and name not in seen]
    # A misspelt key already named by the unknown-key problem (« vouliez-vous dire … ») is not reported again.
    suggestion = {
        key: french_key(key, plan.names, value) or next(iter(difflib.get_close_matches(key, list(plan.names), n=1, cutoff=0.6)), None)
        for _, key, value in unknowns
    }
    missing = [name for name in missing if name not in suggestion.values() and name not in advised]
    if len(unknowns) == 1 and len(missing) == 1 and (suggestion[unknowns[0][1]] is None or suggestion[unknowns[0][1]] in seen):
        # one unknown key beside one missing required key, in the same record: most likely that key misspelt (staffwalk53
        # M2: « cloture » got « vouliez-vous dire « source » ? », « source » already written, and « closing » was said
        # missing at another line): one rename
        (key_node, key, _), name = unknowns[0], missing[0]
        what = fields[name].metadata.get("doc", "")
        reader.problem(key_node, _join(path, key), (
            f"clé inconnue {quote_key(key)}, et la clé {quote(name)} manque{f' ({what})' if what else ''} : renommer "
            f"{quote(key)} en {quote(name)} ? écrire {name}: à la place de {key}:"))
        unknowns, missing = [], []
    elsewhere = getattr(cls, "key_elsewhere", None) if not path else None
    for key_node, key, value in unknowns:
        other = elsewhere(key, reader.folder) if elsewhere is not None and suggestion[key] is None else None
        if other:  # (a key of another file: academy.yaml's « residence: », the session file's: staffwalk54 L1)
            reader.problem(key_node, key, f"clé {quote_key(key)} inconnue dans ce fichier : {other}")
            continue
        reader.problem(key_node, _join(path, key), unknown_key_message(key, list(plan.names), (VERIFY,), value))
    if missing and path and _written_twice(reader, path):
        # (a block of keys written twice, « session: » pasted a second time: its message names the block to delete;
        # the first block's missing keys said beside it sent staff completing the block to delete, fixstaff58. Once
        # one is deleted, the keys the other lacks are said.)
        missing, broken = [], True
    if missing:
        if not path and len(missing) >= 3:
            # Several sections missing from a whole file: most likely a file cut short (an interrupted save).
            end = node.end_mark
            listing = ", ".join(missing)
            reader.problem(
                Location(file, max(end.line, 1), 1), "",
                f"rubriques manquantes : {listing} ; le fichier semble coupé (enregistrement interrompu ?) : le rétablir en entier (voir « Rétablir un fichier abîmé », page « Lire un message d'erreur » du guide du personnel), "
                f"ou écrire chaque rubrique que la notice n'a pas ainsi : {missing[0]}: {NOT_GIVEN_WORDS}",
            )
            missing = []
            broken = True
        for name in missing:
            what = fields[name].metadata.get("doc", "")
            beside = getattr(cls, "MISSING_BESIDE", {}).get(name)
            key_node = next((k for k, _ in node.value if isinstance(k, ScalarNode) and k.value == beside[0]), None) if beside else None
            if key_node is not None:
                # (a key that goes with the missing one: said at its line, review: the item's first line was named)
                reader.problem(key_node, _join(path, name), f"clé {quote(name)} manquante : {beside[1]}")
                broken = True
                continue
            unstated = f" ; si la notice ne le donne pas, écrire {name}: {NOT_GIVEN_WORDS}" if accepts_not_given(hints[name]) and NOT_GIVEN_WORDS not in what else ""
            reader.problem(node, _join(path, name), f"clé {quote(name)} manquante ; ajouter {name}: ({what}){unstated}")
            broken = True
    if broken:
        return INVALID
    record = cls(**values, origin=location(file, node), positions=positions)
    check = getattr(record, "check", None)
    if check is not None:
        check(reader, path)
    return record
