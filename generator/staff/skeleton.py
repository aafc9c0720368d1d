"""``python -m generator new-academy``: the files of a new academy, written from the model itself.

The model (``generator.model``) is walked: for each record, every required key
is written with a French comment above it (what it is: the field's ``doc``; how
to write it: ``TYPE_WORDS``; how to say that the notice does not give it);
optional keys are listed as commented lines to uncomment; a section written
« non précisé par la notice » shows, commented, the structure that replaces it
(nested keys included, each with its ``doc``). A field added to the model
appears in the next skeleton by itself.

Values: those of the national table (``content/departments.yaml``: name, time
zone, website, departments), the session's year; every other required value is
« non précisé par la notice » when the field accepts it, else « À COMPLÉTER »
(``drafts.PLACEHOLDER``) or the first allowed word. Each record holding such a
value carries a ``verify:`` line naming them: the files validate at once, as a
draft, and the site does not publish them until staff have filled them in.

``REQUIRED_BY_CHECKS`` and ``REQUIRED_IDS`` add what ``generator.checks``
requires beyond the model's own required keys (a test generates skeletons and
validates them, so a new requirement of the checks shows there).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import difflib
import types
import typing
from typing import Any, Literal, Union

from ..department_checks import _of, _to
from ..departments import clean_code, departments_of
from ..model.academy import Academy
from ..model.conditions import Condition
from ..model.departments import TerritoryCode
from ..model.session import NoticeUrl, SessionFile, SessionInfo
from ..model.specialties import SpecialtyRef
from ..model.values import (
    FICTITIOUS_PHONE,
    NOT_GIVEN_WORDS,
    ChoiceId,
    Date,
    DateTime,
    DepartmentCode,
    Email,
    Identifier,
    Moment,
    Name,
    NotGiven,
    OptionLetter,
    Phone,
    Slug,
    TextDate,
    TimeZoneName,
    Url,
    Year,
)
from ..schema import VERIFY, Record, yaml_fields
from . import StaffError
from .calendar import session_in_course
from .drafts import PLACEHOLDER
from .yaml_text import block_value, comment, flow_value, quoted

TABLE = "content/departments.yaml"

REQUIRED_BY_CHECKS: dict[type, tuple[str, ...]] = {
    # checks.check_session: a session without opening nor closing says what its notice says of its dates.
    SessionInfo: ("dates_note",),
}
REQUIRED_IDS: dict[tuple[type, str], tuple[str, ...]] = {
    # checks.check_session: every session has the documents deadline.
    (SessionFile, "deadlines"): ("documents",),
}
SECTIONS = SessionFile
"""The record whose fields are the sections of a session file: each one that may be « non précisé par la
notice » is written, required or not (a notice without that section says so)."""

# How each scalar type of the model is written: (example shown in the structures, the rule in French).
TYPE_WORDS: dict[Any, tuple[str, str]] = {
    Date: ("AAAA-MM-JJ", "une date AAAA-MM-JJ, par exemple 2026-11-18 (le jour de la semaine est calculé)"),
    TextDate: ("AAAA-MM-JJ", "une date AAAA-MM-JJ"),
    Moment: (
        "AAAA-MM-JJ HH:MM",
        "AAAA-MM-JJ HH:MM à l'heure de l'académie (par exemple 2026-11-18 17:00), ou AAAA-MM-JJ si la notice ne donne pas l'heure",
    ),
    DateTime: ("AAAA-MM-JJ HH:MM", "AAAA-MM-JJ HH:MM, par exemple 2026-11-18 17:00"),
    Url: ("https://…", "une adresse complète commençant par https://"),
    NoticeUrl: ("https://…", "l'adresse de la notice commençant par https://, ou non précisé si elle n'en a pas"),
    Email: ("adresse@ac-….fr", f"une adresse électronique, par exemple {Email.EXAMPLE} (sans « mailto: »)"),
    Phone: ("01 23 45 67 89", f"dix chiffres, par exemple {FICTITIOUS_PHONE} (numéro fictif)"),
    DepartmentCode: ('"09"', "le numéro entre guillemets, par exemple \"09\" ou \"2A\""),
    TerritoryCode: ('"09"', "le numéro officiel entre guillemets, par exemple \"09\", \"2A\" ou \"974\""),
    TimeZoneName: ("Europe/Paris", "le fuseau du lieu, Zone/Ville, par exemple Europe/Paris ou Indian/Reunion"),
    Slug: ("nom-de-l-academie", "minuscules, chiffres et « - », comme le nom du dossier"),
    Identifier: ("identifiant", "un identifiant en minuscules, sans accent ni espace (lettres, chiffres, « _ »)"),
    ChoiceId: ("identifiant", "un identifiant de choix en minuscules (lettres, chiffres, « _ »)"),
    OptionLetter: ("A", "une lettre majuscule"),
    SpecialtyRef: ("identifiant", "un identifiant de content/specialties.yaml, suivi au besoin de « option B »"),
    Condition: ("{question: choix}", "des clés « question: choix » (content/questions.yaml), par exemple {route: apprenti} ; sans when: tous les candidats"),
    Name: ("texte", "du texte sur une ligne"),
    str: ("texte", "du texte ; un texte long s'écrit sur les lignes suivantes, en retrait, après « >- »"),
    bool: ("false", "true (oui) ou false (non)"),
    int: ("1", "un nombre entier"),
    Year: ("AAAA", "l'année de la session, par exemple 2027"),
}


def _is_record(tp: Any) -> bool:
    """A record of the model (Moment is a dataclass too, but a value read from one text)."""
    return isinstance(tp, type) and issubclass(tp, Record)


def _unwrapped(tp: Any) -> tuple[Any, bool]:
    """The type without ``| None`` and ``| NotGiven``, and whether the field accepts « non précisé par la notice »."""
    if typing.get_origin(tp) in (Union, types.UnionType):
        options = [a for a in typing.get_args(tp) if a is not type(None) and a is not NotGiven]
        return options[0], NotGiven in typing.get_args(tp)
    return tp, False


def type_words(tp: Any) -> tuple[str, str]:
    """(example, rule) for a type of the model; a type without words is a bug (TypeError)."""
    tp, _ = _unwrapped(tp)
    origin = typing.get_origin(tp)
    if origin is Literal:
        words = [str(a) for a in typing.get_args(tp)]
        return " | ".join(words), "l'un des mots : " + ", ".join(words)
    if origin in (list, tuple):
        item, _ = type_words(typing.get_args(tp)[0])
        if _is_record(typing.get_args(tp)[0]):
            return "", "une liste, un élément par ligne commençant par « - », chacun avec les clés ci-dessous"
        return f"[{item}, …]", f"une liste entre crochets, par exemple [{item}, …], ou un élément par ligne commençant par « - »"
    if origin is dict:
        key, value = typing.get_args(tp)
        if _is_record(value):
            return "", "un identifiant par ligne, suivi de « : » et, en retrait en dessous, des clés ci-dessous"
        return f"{{{type_words(key)[0]}: {type_words(value)[0]}}}", "une ligne « identifiant: texte » par élément, en retrait"
    if _is_record(tp):
        return "", "des clés en retrait en dessous, décrites ci-dessous"
    if tp in TYPE_WORDS:
        return TYPE_WORDS[tp]
    for known, words in TYPE_WORDS.items():
        if isinstance(known, type) and isinstance(tp, type) and issubclass(tp, known) and known not in (str, int):
            return words
    raise TypeError(f"no French words for the type {tp!r}: add it to generator/staff/skeleton.py TYPE_WORDS")


def _required(f: dataclasses.Field) -> bool:
    return f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING


def _fields(cls: type) -> list[tuple[str, Any, dataclasses.Field]]:
    hints = typing.get_type_hints(cls)
    return [(f.name, hints[f.name], f) for f in yaml_fields(cls) if f.name != VERIFY]


def _doc(f: dataclasses.Field) -> str:
    return f.metadata.get("doc", "").rstrip(".")


def _about(name: str, tp: Any, f: dataclasses.Field, required: bool, indent: int) -> list[str]:
    """The comment above a written key: what it is, how to write it, how to say the notice does not give it."""
    _, not_given = _unwrapped(tp)
    _, rule = type_words(tp)
    lines = comment(f"{name} : {_doc(f)}.", indent)
    lines += comment(f"S'écrit : {rule}.", indent, first="#   ", more="#   ")
    if not_given:
        # (the key and its value never side by side in a comment: a « Remplacer tout » of the key's line, « exam_office: non
        # précisé par la notice », hit this comment too; staffwalk61 L1)
        lines += comment(f"Si la notice ne le donne pas : « {NOT_GIVEN_WORDS} » après « {name}: »", indent, first="#   ", more="#   ")
    elif required:
        lines += comment(f"Obligatoire : « {NOT_GIVEN_WORDS} » n'est pas permis ici.", indent, first="#   ", more="#   ")
    else:
        lines += comment(f"Facultatif : retirer la ligne si la notice ne le donne pas (« {NOT_GIVEN_WORDS} » n'est pas permis ici).", indent, first="#   ", more="#   ")
    return lines


# ---------------------------------------------------------------- structures shown in comments


def _structure(name: str, tp: Any, indent: int, depth: int = 0, within: tuple[type, ...] = ()) -> list[str]:
    """The YAML shape of a field, as lines of YAML at ``indent`` (each key preceded by its doc as a
    comment): commented out by the caller, to uncomment when the notice gives the section. ``within``: the
    records being shown, whose keys are not shown again (a form's part holds parts: same_line:)."""
    tp, _ = _unwrapped(tp)
    pad = " " * indent
    origin = typing.get_origin(tp)
    item = typing.get_args(tp)[0] if origin in (list, tuple) else typing.get_args(tp)[1] if origin is dict else None
    if item is not None and item in within:
        return [f"{pad}{name}:", f"{pad}  - (les mêmes clés que ci-dessus)"]
    if item is not None and _is_record(item):
        lines = [f"{pad}{name}:"]
        if origin is dict:
            lines.append(f"{pad}  identifiant:")
            lines += _record_structure(item, indent + 4, depth + 1, within)
        else:
            body = _record_structure(item, indent + 4, depth + 1, within)
            first = next(i for i, line in enumerate(body) if not line.lstrip().startswith("#"))
            body[:first] = [line[2:] for line in body[:first]]  # the first key's explanation above the « - »
            body[first] = f"{pad}  - {body[first][indent + 4:]}"
            lines += body
        return lines
    if _is_record(tp):
        return [f"{pad}{name}:", *_record_structure(tp, indent + 2, depth + 1, within)]
    example, _ = type_words(tp)
    return [f"{pad}{name}: {example}"]


def _record_structure(cls: type, indent: int, depth: int, within: tuple[type, ...] = ()) -> list[str]:
    lines = []
    for name, tp, f in _fields(cls):
        optional = "" if _required(f) else " (facultatif)"
        lines += comment(f"{name}{optional} : {_doc(f)}", indent)
        lines += _structure(name, tp, indent, depth, (*within, cls))
    return lines


def _commented(lines: list[str], indent: int) -> list[str]:
    """YAML lines at ``indent`` turned into comments: « # » right at the indentation."""
    pad = " " * indent
    return [f"{pad}# {line[indent:]}" if line.strip() else f"{pad}#" for line in lines]


def _optional(name: str, tp: Any, f: dataclasses.Field, indent: int) -> list[str]:
    """An optional key: what it is, then the key commented out (remove « # » to write it)."""
    lines = comment(f"{name} (facultatif) : {_doc(f)}.", indent)
    return lines + _commented(_structure(name, tp, indent), indent)


# ---------------------------------------------------------------- values


def _scalar(name: str, value: Any, indent: int) -> list[str]:
    if isinstance(value, bool):
        return [f"{' ' * indent}{name}: {'true' if value else 'false'}"]
    return block_value(name, str(value), indent)


def _flow_record(value: dict, quote_keys: tuple[str, ...] = ("code",)) -> str:
    """A small record on one line, as the real files write departments: ``{code: "44", name: Loire-Atlantique}``."""
    parts = [f"{key}: {quoted(str(item)) if key in quote_keys else flow_value(str(item))}" for key, item in value.items()]
    return "{" + ", ".join(parts) + "}"


class _Record:
    """The lines of one record being written, and what it leaves to fill or to confirm."""

    def __init__(self, cls: type, known: dict, indent: int, path: str):
        self.cls, self.known, self.indent, self.path = cls, known, indent, path
        self.to_fill: list[str] = []  # keys written « À COMPLÉTER » or with the first allowed word
        self.to_confirm: list[str] = []  # keys written « non précisé par la notice »
        self.to_check: list[str] = []  # keys written from the national table, to compare with the notice
        self.lines = self._lines()

    def _lines(self) -> list[str]:
        body: list[str] = []
        optional: list[str] = []
        extra = REQUIRED_BY_CHECKS.get(self.cls, ())
        sections = self.cls is SECTIONS
        for name, tp, f in _fields(self.cls):
            _, not_given = _unwrapped(tp)
            required = _required(f) or name in extra
            if name in self.known or required or (sections and not_given):
                if sections and body:
                    body.append("")
                body += _about(name, tp, f, required, self.indent)
                body += self._known(name, tp, self.known[name]) if name in self.known else self._unknown(name, tp, not_given)
            else:
                optional += _optional(name, tp, f, self.indent)
        if optional:
            pad = " " * self.indent
            body += ["" if sections else f"{pad}#"] if body else []
            body += comment("Clés facultatives : pour en écrire une, retirer le « # » du début de ses lignes (pas celui des explications).", self.indent)
            body += optional
        return body

    def _known(self, name: str, tp: Any, value: Any) -> list[str]:
        pad = " " * self.indent
        inner, _ = _unwrapped(tp)
        if isinstance(value, list):
            return [f"{pad}{name}:", *(f"{pad}  - {_flow_record(item)}" for item in value)]
        if isinstance(value, dict) and _is_record(inner):
            return [f"{pad}{name}:", *_Record(inner, value, self.indent + 2, f"{self.path}.{name}".lstrip(".")).written()]
        if isinstance(value, dict):  # ids of a map of records
            (record_type,) = typing.get_args(inner)[1:]
            lines = [f"{pad}{name}:"]
            for key, item in value.items():
                lines += [f"{pad}  {key}:", *_Record(record_type, item, self.indent + 4, f"{self.path}.{name}.{key}".lstrip(".")).written()]
            return lines
        return _scalar(name, value, self.indent)

    def _unknown(self, name: str, tp: Any, not_given: bool) -> list[str]:
        pad = " " * self.indent
        inner, _ = _unwrapped(tp)
        if not_given:
            self.to_confirm.append(name)
            structured = _is_record(inner) or typing.get_origin(inner) in (list, tuple, dict)
            shape = []
            if structured:
                shape = comment(f"Quand la notice le donne, remplacer la ligne « {name}: », dont la valeur est « {NOT_GIVEN_WORDS} », par :", self.indent, first="#   ", more="#   ")
                shape += _commented(_structure(name, tp, self.indent), self.indent)
            return shape + [f"{pad}{name}: {NOT_GIVEN_WORDS}"]
        ids = REQUIRED_IDS.get((self.cls, name))
        if ids is not None:
            return self._known(name, tp, {key: {} for key in ids})
        if _is_record(inner):
            return self._known(name, tp, {})
        if typing.get_origin(inner) is Literal:
            word = str(typing.get_args(inner)[0])
            self.to_fill.append(f"{name} (écrit : {word})")
            return [f"{pad}{name}: {word}"]
        if inner in (str, Name):
            self.to_fill.append(name)
            return [f"{pad}{name}: {PLACEHOLDER}"]
        raise TypeError(f"{self.cls.__name__}.{name}: no value to write for a required {inner!r} (give it in the known values)")

    def marker(self) -> str | None:
        # (its words are drafts.NEW_ACADEMY_MARKS: keep them the same)
        parts = []
        if self.to_check:
            parts.append(
                f"écrit depuis le tableau national des départements : {', '.join(self.to_check)} — comparer avec la "
                "notice, et dire dans departments_source si elle donne la liste des départements ou non"
            )
        if self.to_fill:
            parts.append(f"à remplir depuis la notice : {', '.join(self.to_fill)}")
        if self.to_confirm:
            parts.append(
                f"écrit « {NOT_GIVEN_WORDS} » avant toute lecture de la notice : {', '.join(self.to_confirm)} — "
                "remplir depuis la notice, ou confirmer qu'elle ne le donne pas"
            )
        return " ; ".join(parts) or None

    def written(self) -> list[str]:
        """The record's lines, with its ``verify:`` line first when something is left to fill or confirm."""
        marker = self.marker()
        if marker is None:
            return self.lines
        # one line, whatever its length, as new-session writes it, and no comment of its own (the file's head says what
        # verify: is): « retirer la ligne verify: » is then the whole of it (review staff43 M5: a folded « verify: >- »
        # whose first line alone was deleted left its text read as a key)
        return [f"{' ' * self.indent}{VERIFY}: {quoted(marker)}"] + ([""] if self.cls is SECTIONS else []) + self.lines


# ---------------------------------------------------------------- the two files


def _header(lines: list[str]) -> list[str]:
    return [f"# {line}" if line else "#" for line in lines]


def academy_text(slug: str, table: dict, today: dt.date) -> str:
    entry = table["academies"][slug]
    known = {
        "name": entry["name"],
        "slug": slug,
        "timezone": entry["timezone"],
        "departments": [{"code": d["code"], "name": d["name"]} for d in departments_of(table, slug)],
        # (published under « Précisions sur la source » once checked: no claim the staff have not made, no path)
        "departments_source": "Liste des départements du tableau national des académies.",
        "website": entry["website"],
    }
    record = _Record(Academy, known, 0, "")
    record.to_check = ["departments", "departments_source"]
    head = _header([
        f"{entry['title'][0].upper()}{entry['title'][1:]} : ce qui ne change pas d'une session à l'autre.",
        f"Préparé le {today.isoformat()} par « python -m generator new-academy {slug} » : le nom, le fuseau horaire,",
        f"le site et les départements viennent du tableau national ({TABLE}) ; le reste est à",
        "remplir depuis la notice. Au-dessus de chaque clé : ce qu'elle veut dire et comment l'écrire.",
        "La ligne verify: \"…\" dit ce qui reste à remplir ou à vérifier : la supprimer (une seule ligne) une fois",
        "fait ; tant qu'il en reste une, les sessions de l'académie sont des brouillons, jamais publiés.",
        # (where to type it: the file stays in its project, whatever folder the command was typed in; no --root, no
        # path of this machine in a file of the project, staff65 item 3)
        "Vérifier, dans le dossier du projet : python -m generator validate academies/" + slug,
    ])
    return "\n".join([*head, *record.written()]) + "\n"


def session_text(slug: str, title: str, year: int, today: dt.date, command: str = "new-academy") -> str:
    """The commented session file of a first session (new-academy; new-session when no session comes before it)."""
    record = _Record(SessionFile, {"session": {"year": year}}, 0, "")
    head = _header([
        f"{title[0].upper()}{title[1:]} — BTS session {year} (inscriptions à l'automne {year - 1}).",
        f"Préparé le {today.isoformat()} par « python -m generator {command} » : chaque rubrique du modèle, avec",
        "au-dessus ce qu'elle veut dire, comment l'écrire et comment dire que la notice ne la donne pas.",
        "Remplir chaque rubrique depuis la notice (ou laisser « non précisé par la notice » si elle",
        "ne la donne pas), puis retirer chaque ligne verify: \"…\" (une seule ligne) une fois vérifiée :",
        "tant qu'il en reste une, la session est un brouillon, qui reste visible dans l'aperçu",
        "(bash scripts/serve.sh, dans le dossier du projet) mais jamais publié.",
        f"Vérifier, dans le dossier du projet : python -m generator validate academies/{slug}/{year}.yaml",
    ])
    return "\n".join([*head, "", *record.written()]) + "\n"


# ---------------------------------------------------------------- the command


NEAR = 0.75
"""How alike (difflib's ratio) a name must be to an academy's identifier to be suggested: a typo (« montpelier »,
« orleans-tour », « normandy »), not any name sharing letters (« val-de-loire » is not « guadeloupe », 0.55)."""


def _words(slug: str) -> set[str]:
    return {word for word in slug.split("-") if len(word) > 2}  # (not « de », « la », « et »)


def nearest_ids(slug: str, ids) -> str:
    """The identifiers close to ``slug`` (a typo, or a word of a compound one: « tours », « nancy »), or all of them."""
    close = difflib.get_close_matches(slug, list(ids), n=3, cutoff=NEAR)
    close += [i for i in sorted(ids) if i not in close and _words(slug) & _words(i)]
    close = close[:3]
    if close:
        return "identifiants les plus proches : " + ", ".join(close)
    return "identifiants possibles : " + ", ".join(sorted(ids))


def check_departments(slug: str, title: str, table: dict, given: str | None) -> None:
    """``--departments`` must be the table's departments of the academy (StaffError otherwise)."""
    expected = {d["code"]: d for d in departments_of(table, slug)}
    if given is None:
        return
    codes, unreadable = [], []
    for part in given.split(","):
        if part.strip():
            code = clean_code(part)
            (codes.append(code) if code else unreadable.append(part.strip()))
    reasons = [f"« {part} » n'est pas un numéro de département" for part in unreadable]
    for code in codes:
        if code not in expected:
            known = table["departments"].get(code)
            owner = table["academies"].get(known["academy"]) if known else None
            reasons.append(
                f"le {code} ({known['name']}) relève {_of(owner['title'])} d'après {TABLE}" if known and owner else f"le {code} n'est pas dans {TABLE}"
            )
    missing = [f"{code} ({d['name']})" for code, d in expected.items() if code not in codes]
    if missing:
        reasons.append(f"il manque {', '.join(missing)}, rattaché{'s' if len(missing) > 1 else ''} {_to(title)} par {TABLE}")
    if reasons:
        listing = ",".join(expected)
        raise StaffError(
            f"--departments : {' ; '.join(reasons)}. Les départements d'une académie sont ceux du tableau national : "
            f"écrire --departments {listing} (ou ne pas donner --departments). Si le rattachement a changé, demander à l'équipe nationale du guide de corriger {TABLE}."
        )


def plan(slug: str, table: dict, departments: str | None, session: int | None, today: dt.date) -> dict[str, str]:
    """The files of the new academy: ``{path under the project root: text}`` (StaffError on a wrong argument)."""
    academies = table["academies"]
    if slug not in academies:
        raise StaffError(
            f"« {slug} » n'est pas un identifiant d'académie de {TABLE} ; {nearest_ids(slug, academies)}. "
            f"Une académie absente de ce tableau national y est d'abord ajoutée, avec ses départements, par l'équipe nationale du guide."
        )
    entry = academies[slug]
    check_departments(slug, entry["title"], table, departments)
    year = session if session is not None else session_in_course(today)
    return {
        f"academies/{slug}/academy.yaml": academy_text(slug, table, today),
        f"academies/{slug}/{year}.yaml": session_text(slug, entry["title"], year, today),
    }
