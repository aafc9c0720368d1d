"""What is left to check on the notice: the ``verify:`` lines and the values « À COMPLÉTER ».

Any record of the model may carry ``verify:`` (``generator.schema.Record``): a
sentence saying what to check on the notice, written by ``new-session`` (« date
reportée de la session 2024, à vérifier sur la nouvelle notice ») or
``new-academy``, and removed by staff once checked. ``new-academy`` also writes
« À COMPLÉTER » where the model needs a value no notice was read for yet
(``PLACEHOLDER``); such a value counts too, unless its own record carries a
``verify:`` line, which already says it.

A session is a **draft** while its file or its academy's ``academy.yaml`` holds
one of them (``session_pending``): ``validate`` lists them (warnings of kind
``verify``, with file and line), the preview shows the session with a banner
« Brouillon : n éléments à vérifier » and leaves it out of the home page, and
``mkdocs build`` refuses to publish (``project_pending`` lists everything,
national content included).

Pure functions over the model: nothing is read or written here.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..problems import Location, Problems, quote, shown_field
from ..schema import VERIFY, Record, yaml_fields

PLACEHOLDER = "À COMPLÉTER"
"""The value ``new-academy`` writes where a text is required and no notice was read yet."""


@dataclass(frozen=True)
class Pending:
    """One thing left to check: where (file, line), which field, and what staff wrote or must do."""

    location: Location | None
    path: str
    text: str
    placeholder: bool = False  # a value « À COMPLÉTER » (else a ``verify:`` line)

    def headline(self) -> str:
        """``file:line: field: text``, as in the other reports."""
        where = f"{self.location.file}:{self.location.line}: " if self.location else ""
        return f"{where}{shown_field(self.path) + ': ' if self.path else ''}{self.text}"


# The words of new-academy's verify: lines (skeleton._Record.marker), that tell them from new-session's: a point of a
# record still under one is about what the file wrote before any reading of the notice (reviewed.apply_reviewed)
NEW_ACADEMY_MARKS = (
    "à remplir depuis la notice : ",
    "avant toute lecture de la notice : ",
    "écrit depuis le tableau national des départements : ",
)


def from_new_academy(item: Pending) -> bool:
    """A ``verify:`` line new-academy wrote (a record to fill from the notice), not new-session's."""
    return not item.placeholder and any(mark in item.text for mark in NEW_ACADEMY_MARKS)


_FIRST = frozenset(PLACEHOLDER[0] + PLACEHOLDER[0].lower())


def is_placeholder(text: str) -> bool:
    stripped = text.lstrip()
    return stripped[:1] in _FIRST and stripped[: len(PLACEHOLDER)].casefold() == PLACEHOLDER.casefold()


_FIELDS: dict[type, tuple[str, ...]] = {}


def _fields(cls: type) -> tuple[str, ...]:
    found = _FIELDS.get(cls)
    if found is None:
        found = _FIELDS[cls] = tuple(f.name for f in yaml_fields(cls) if f.name != VERIFY)
    return found


def pending(record: Record | None, path: str = "") -> list[Pending]:
    """Every ``verify:`` line and « À COMPLÉTER » value of a record and of the records it holds."""
    out: list[Pending] = []
    if record is not None:
        _record(record, path, out)
    return sorted(out, key=_order)


def _order(item: Pending) -> tuple:
    where = item.location
    return (where.file, where.line, where.column) if where is not None else ("", 0, 0)


def _join(path: str, name) -> str:
    return f"{path}.{name}" if path else str(name)


def _record(record: Record, path: str, out: list[Pending]) -> None:
    """One record: its ``verify:`` line, its texts (« À COMPLÉTER » unless the line is there), the records it holds.

    (The walk looks at every value of every session at each build: strings are tested where they
    stand, and a path is only written out for what is found.)"""
    marker = record.verify
    if marker:
        out.append(Pending(record.where(VERIFY), path, marker))
    for name in _fields(type(record)):
        value = getattr(record, name)
        if isinstance(value, str):
            if not marker and value[:1] in _FIRST and is_placeholder(value):
                out.append(_placeholder(record, name, _join(path, name), value))
        elif isinstance(value, Record):
            _record(value, _join(path, name), out)
        elif isinstance(value, (tuple, dict)) and value:
            items = value.items() if isinstance(value, dict) else enumerate(value)
            for key, item in items:
                if isinstance(item, Record):
                    _record(item, f"{_join(path, name)}[{key}]" if isinstance(key, int) else _join(_join(path, name), key), out)
                elif isinstance(item, str) and not marker and item[:1] in _FIRST and is_placeholder(item):
                    where = f"{name}[{key}]" if isinstance(key, int) else f"{name}.{key}"
                    out.append(_placeholder(record, where, _join(path, where), item))


def _placeholder(record: Record, name: str, path: str, value: str) -> Pending:
    where = record.positions.get(name) or record.where(name.split("[")[0].split(".")[0])
    return Pending(where, path, f"valeur {quote(value)} : écrire ce que donne la notice", placeholder=True)


def session_pending(academy: Record | None, session: Record) -> list[Pending]:
    """What is left to check for one session: in its academy's academy.yaml, then in its own file."""
    return pending(academy) + pending(session)


def is_draft(academy: Record | None, session: Record) -> bool:
    return bool(session_pending(academy, session))


def project_pending(project) -> list[Pending]:
    """Everything left to check in what was read: national content, each academy and each session."""
    out: list[Pending] = []
    content = project.content
    for name in vars(content):
        part = getattr(content, name)
        if isinstance(part, Record):
            out += pending(part)
    for data in project.academies.values():
        out += pending(data.academy)
        for year in sorted(data.sessions):
            out += pending(data.sessions[year])
    return out


def warn_pending(project, problems: Problems) -> None:
    """List what is left to check as warnings (kind ``verify``): ``validate`` and the build print them."""
    for item in project_pending(project):
        if item.location is not None:
            problems.warn(item.location, item.path, item.text, kind="verify")


def refusal(items: list[Pending]) -> str:
    """What ``mkdocs build`` says when it refuses to publish drafts."""
    count = len(items)
    lines = [
        f"Brouillon : {count} élément{'s' if count > 1 else ''} à vérifier sur la notice ; le site n'a pas été publié "
        "(l'ancienne version reste en place).",
        *(f"  {item.headline()}" for item in items),
        what_to_do(items) + " Pour voir le brouillon : bash scripts/serve.sh, ou BTS_GUIDE_DRAFTS=1 mkdocs build -d site-apercu "
        "(jamais dans site/).",
    ]
    return "\n".join(lines)


def holds(items) -> str:
    """What a draft's list holds (``items``: anything with ``placeholder``): « values » (values « À COMPLÉTER »
    only), « verify » (``verify:`` lines only) or « both »; the publishing build's refusal and the preview's banner
    (``status_view``) say what to do with it."""
    placeholders = sum(item.placeholder for item in items)
    return "values" if placeholders == len(items) else "verify" if not placeholders else "both"


def what_to_do(items: list[Pending]) -> str:
    """The instruction under the list, for what it holds."""
    kind = holds(items)
    if kind == "values":
        return f"Remplacer chaque {quote(PLACEHOLDER)} par ce que donne la notice."
    if kind == "verify":
        return "Vérifier chaque élément sur la notice, corriger la valeur si besoin, puis retirer sa ligne « verify: »."
    return (
        "Vérifier chaque élément sur la notice, corriger la valeur si besoin, puis retirer sa ligne « verify: » "
        f"(ou remplacer {quote(PLACEHOLDER)} par ce que donne la notice)."
    )
