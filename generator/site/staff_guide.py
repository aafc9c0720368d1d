"""The staff guide of the site (« Guide du personnel des rectorats »), pages under ``personnel/``.

How to add an academy (with a worked example of a first session, its YAML read
from ``templates/staff_example/``), prepare a session, write what a notice says,
read an error, preview and publish: written in French in the templates
``templates/staff_*.md.j2`` (the guide is documentation, maintained with the
code). Its reference of every YAML field is generated from the model itself
(``generator/model/``: each field's type and its ``doc(...)``), so that a field
added to the model is documented by the next build; the words it generates
(types in words, page titles) come from ``content/interface.yaml`` (groups
``staff`` and ``staff_types``).

``staff_files(texts)`` gives the pages (``{path: Markdown}``) and
``staff_nav(texts)`` their navigation entry; ``pages.site_files`` and
``pages.nav`` add them to the site. The pages are kept out of the site search
(front matter ``search: exclude: true``): they are for staff, not candidates.
"""

from __future__ import annotations

import dataclasses
import html
import re
import types
import typing
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal, Union

from markupsafe import Markup

from ..checks import CONDITION_KINDS  # the kinds of question a condition may test
from ..loading import CONTENT_FILES
from ..model.academy import Academy
from ..model.conditions import Condition, condition_yaml
from ..model.content import InterfaceFile
from ..model.departments import TerritoryCode
from ..model.session import NoticeUrl, SessionFile
from ..model.site import DomainPattern
from ..model.specialties import SpecialtyRef
from ..provenance import sessions_in_force_words
from ..french import sort_key, typography
from ..model.values import (
    ChoiceId,
    Date,
    DepartmentCode,
    Email,
    Identifier,
    InterfaceText,
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
from ..schema import Record, yaml_fields
from .templating import MARKDOWN, render_markdown

STAFF_DIR = "personnel"
CONDITIONS_PAGE = "ecrire.md#conditions"  # where the « when: » language is explained


@dataclass(frozen=True)
class GuidePage:
    path: str  # inside docs/
    template: str
    title_key: str  # its title (content/interface.yaml), in the navigation and as its heading


PAGES = (
    GuidePage(f"{STAFF_DIR}/index.md", "staff_index.md.j2", "staff.index"),
    GuidePage(f"{STAFF_DIR}/academie.md", "staff_academy.md.j2", "staff.academy"),
    GuidePage(f"{STAFF_DIR}/exemple.md", "staff_example.md.j2", "staff.example"),
    GuidePage(f"{STAFF_DIR}/session.md", "staff_session.md.j2", "staff.session"),
    GuidePage(f"{STAFF_DIR}/ecrire.md", "staff_writing.md.j2", "staff.writing"),
    GuidePage(f"{STAFF_DIR}/erreurs.md", "staff_errors.md.j2", "staff.errors"),
    GuidePage(f"{STAFF_DIR}/publier.md", "staff_publish.md.j2", "staff.publish"),
    GuidePage(f"{STAFF_DIR}/champs-academie.md", "staff_fields.md.j2", "staff.fields_academy"),
    GuidePage(f"{STAFF_DIR}/champs-session.md", "staff_fields.md.j2", "staff.fields_session"),
    GuidePage(f"{STAFF_DIR}/champs-contenu.md", "staff_fields.md.j2", "staff.fields_content"),
    GuidePage(f"{STAFF_DIR}/identifiants.md", "staff_ids.md.j2", "staff.identifiers"),
)


@dataclass(frozen=True)
class IdRow:
    """An identifier staff write in a file, with its words: a question and its answers, a specialty and its
    options, a national document."""

    id: str
    label: str
    values: tuple[tuple[str, str], ...] = ()  # (identifier, words): a question's answers, a specialty's options
    note: str = ""  # what else to know (a specialty's identifier, an option's letter)
    derived_from: tuple[str, ...] = ()  # a fact the site computes: from which questions
    condition: str = ""  # a national document: for whom its text requires it, as a « when: » is written
    sessions: str = ""  # a national document: the sessions its texts are in force for, in words
    unless: str = ""  # a national document: the exemption its text gives, as a « when: » is written
    yes_when: str = ""  # a question: the answers that give its « yes » without asking it, as a « when: » is written


@dataclass(frozen=True)
class Identifiers:
    """The identifiers page: what a condition, a specialty list and ``covers:`` are written with, from the
    national files of the build (``content/questions.yaml``, ``specialties.yaml``, ``documents.yaml``)."""

    questions: tuple[IdRow, ...]
    not_in_conditions: tuple[IdRow, ...]  # a date, a department: the facts derived from them are tested
    specialties: tuple[IdRow, ...]
    documents: tuple[IdRow, ...]


def identifiers(notices=(), content=None) -> Identifiers:
    """The identifiers of the national files (``content``, a ``loading.NationalContent``), or, without it, of the
    notices' (each carries the national questions, specialties and documents in force for its session; a question
    a session words in its notice's words is taken from another, or left out)."""
    if content is not None and content.questions and content.specialties and content.documents and content.texts:
        questions = dict(content.questions.questions)
        specialties = dict(content.specialties.specialties)
        documents = dict(content.documents.documents)
        texts = dict(content.texts.texts)
    else:
        questions, specialties, documents, texts = {}, {}, {}, {}
        for notice in notices:
            for qid, question in notice.questions.items():
                if qid not in notice.session.question_words:
                    questions.setdefault(qid, question)
            specialties.update(notice.specialties)
            for did, document in notice.national_documents.items():
                documents.setdefault(did, document)
            texts.update(notice.national_texts)
    ordered = sorted(questions.items(), key=lambda item: (item[1].order, item[0]))

    def question_row(qid: str, q) -> IdRow:
        note = ""
        if q.kind == "specialty":
            note = "l'identifiant d'une spécialité (tableau des spécialités ci-dessous)"
        elif q.kind == "option":
            note = "la lettre d'une option de la spécialité (tableau des spécialités ci-dessous)"
        return IdRow(qid, q.label, tuple(q.choices.items()), note, tuple(q.derived_from) if q.kind == "derived" else (),
                     yes_when=condition_yaml(q.yes_when) if q.yes_when is not None else "")

    return Identifiers(
        questions=tuple(question_row(qid, q) for qid, q in ordered if q.kind in CONDITION_KINDS),
        not_in_conditions=tuple(IdRow(qid, q.label) for qid, q in ordered if q.kind not in CONDITION_KINDS),
        specialties=tuple(
            IdRow(sid, sp.name + (f" ({sp.abbreviation})" if sp.abbreviation else ""), tuple(sp.options.items()))
            for sid, sp in sorted(specialties.items(), key=lambda item: sort_key(item[1].name))
        ),
        documents=tuple(
            IdRow(
                did, d.label, condition=condition_yaml(d.when), sessions=sessions_in_force_words([texts.get(t) for t in d.sources]),
                unless=condition_yaml(d.unless) if d.unless is not None else "",
            )
            for did, d in sorted(documents.items())
        ),
    )


# ---------------------------------------------------------------- the reference of the fields


@dataclass(frozen=True)
class FieldRow:
    name: str
    required: bool
    not_given: bool  # accepts « non précisé par la notice »
    type_words: str
    doc: str
    default: str | None  # the value when the field is not written, when it is a simple one
    link: str | None  # the section of the record the field holds (``#anchor``), or the page explaining its language


@dataclass(frozen=True)
class RecordSection:
    anchor: str
    heading: str  # where it is written: « topics › notice »
    skeleton: str  # the same as YAML lines
    about: str | None  # what it is (the doc of the field holding it)
    also: tuple[str, ...]  # other places where the same fields are written
    rows: tuple[FieldRow, ...]


@dataclass(frozen=True)
class FileReference:
    key: str  # « academy », « session », « texts »…
    path: str  # as staff find it: academies/<dossier>/academy.yaml
    sections: tuple[RecordSection, ...]  # the file itself first


# The scalar types of the model and the words that name them (content/interface.yaml, group staff_types).
SCALAR_KEYS: dict[Any, str] = {
    str: "staff_types.text",
    Name: "staff_types.name",
    InterfaceText: "staff_types.name",
    bool: "staff_types.bool",
    int: "staff_types.int",
    Year: "staff_types.year",
    Date: "staff_types.date",
    TextDate: "staff_types.date",
    Moment: "staff_types.moment",
    Identifier: "staff_types.identifier",
    ChoiceId: "staff_types.choice_id",
    Url: "staff_types.url",
    NoticeUrl: "staff_types.url",
    DomainPattern: "staff_types.domain",
    Email: "staff_types.email",
    Phone: "staff_types.phone",
    DepartmentCode: "staff_types.department",
    TerritoryCode: "staff_types.department",
    TimeZoneName: "staff_types.timezone",
    Slug: "staff_types.slug",
    OptionLetter: "staff_types.option",
    SpecialtyRef: "staff_types.specialty",
    Condition: "staff_types.condition",
}


def _options(tp: Any) -> tuple[Any, bool, bool]:
    """The type without None and « non précisé » (a union), whether None is allowed, whether « non précisé » is."""
    if typing.get_origin(tp) in (Union, types.UnionType):
        arguments = typing.get_args(tp)
        (inner,) = [a for a in arguments if a is not type(None) and a is not NotGiven]
        return inner, type(None) in arguments, NotGiven in arguments
    return tp, False, False


def is_record(tp: Any) -> bool:
    return isinstance(tp, type) and issubclass(tp, Record)


def type_words(tp: Any, t: InterfaceFile) -> str:
    """What a field holds, in French: « liste de dates », « identifiant → rubrique »…"""
    tp, _, _ = _options(tp)
    origin = typing.get_origin(tp)
    if origin in (list, tuple):
        return t.text("staff_types.list", item=type_words(typing.get_args(tp)[0], t))
    if origin is dict:
        key, value = typing.get_args(tp)
        return t.text("staff_types.map", name=type_words(key, t), value=type_words(value, t))
    if origin is Literal:
        return t.text("staff_types.choice", words=", ".join(str(a) for a in typing.get_args(tp)))
    if is_record(tp):
        return t.text("staff_types.record")
    if tp in SCALAR_KEYS:
        return t.text(SCALAR_KEYS[tp])
    raise TypeError(f"staff guide: no words for the type {tp!r} (add it to SCALAR_KEYS and content/interface.yaml)")


def _records_in(tp: Any) -> list[tuple[type, str]]:
    """The records a field's type holds, with how: « » (directly), « list » (each item), « map » (each identifier)."""
    tp, _, _ = _options(tp)
    origin = typing.get_origin(tp)
    if origin in (list, tuple):
        return [(record, "list") for record, _ in _records_in(typing.get_args(tp)[0])]
    if origin is dict:
        return [(record, "map") for record, _ in _records_in(typing.get_args(tp)[1])]
    return [(tp, "")] if is_record(tp) else []


def _default(f: dataclasses.Field) -> str | None:
    value = f.default
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, str)) and value != "":
        return str(value)
    return None


def _sentence(doc: str) -> str:
    """A field's documentation as a sentence: capital first letter; but a value to write first (« true quand… »)
    kept as the file writes it (« True » is no value of the field)."""
    if re.match(r"(true|false)\b", doc):
        return doc
    return doc[:1].upper() + doc[1:]


def _skeleton(path: tuple[tuple[str, str], ...], t: InterfaceFile) -> str:
    """The YAML lines leading to a record: « topics: / <identifiant>: / notice: / - (champs ci-dessous) »."""
    lines, indent = [], ""
    for name, how in path:
        lines.append(f"{indent}{name}:")
        indent += "  "
        if how == "map":
            lines.append(f"{indent}{t.text('staff_types.skeleton_key')}:")
            indent += "  "
        elif how == "list":
            lines.append(f"{indent}- {t.text('staff_types.skeleton_fields')}")
            return "\n".join(lines)
    lines.append(f"{indent}{t.text('staff_types.skeleton_fields')}")
    return "\n".join(lines)


def file_reference(key: str, path: str, root: type, t: InterfaceFile) -> FileReference:
    """Every record of one file type, depth first, each with its fields (a record written in several places once)."""
    sections: dict[type, dict] = {}
    order: list[type] = []

    def anchor(cls: type) -> str:
        return f"{key}-{cls.__name__.lower()}"

    def visit(cls: type, where: tuple[tuple[str, str], ...], about: str | None) -> None:
        heading = " › ".join(name for name, _ in where) or path
        if cls in sections:
            sections[cls]["also"].append(heading)
            return
        sections[cls] = {"heading": heading, "skeleton": _skeleton(where, t) if where else None, "about": _sentence(about) if about else None, "also": []}
        order.append(cls)
        hints = typing.get_type_hints(cls)
        rows = []
        nested = []
        for f in yaml_fields(cls):
            tp = hints[f.name]
            inner, nullable, stated = _options(tp)
            records = _records_in(tp)
            link = f"#{anchor(records[0][0])}" if records else (CONDITIONS_PAGE if inner is Condition else None)
            required = f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING
            rows.append(FieldRow(f.name, required, stated, type_words(tp, t), _sentence(f.metadata.get("doc", "")), _default(f), link))
            nested += [(record, (*where, (f.name, how)), f.metadata.get("doc", "")) for record, how in records]
        sections[cls]["rows"] = tuple(rows)
        for record, sub, doc in nested:
            visit(record, sub, doc)

    visit(root, (), None)
    return FileReference(
        key,
        path,
        tuple(
            RecordSection(anchor(cls), s["heading"], s["skeleton"] or "", s["about"], tuple(s["also"]), s["rows"])
            for cls, s in ((cls, sections[cls]) for cls in order)
        ),
    )


def references(page: GuidePage, t: InterfaceFile) -> tuple[FileReference, ...]:
    """The files a reference page documents."""
    if page.title_key == "staff.fields_academy":
        return (file_reference("academy", "academies/<dossier>/academy.yaml", Academy, t),)
    if page.title_key == "staff.fields_session":
        return (file_reference("session", "academies/<dossier>/<année>.yaml", SessionFile, t),)
    if page.title_key == "staff.fields_content":
        return tuple(file_reference(key, f"content/{name}", cls, t) for key, (name, cls) in CONTENT_FILES.items())
    return ()


# ---------------------------------------------------------------- an example of the comparison


@dataclass(frozen=True)
class DiffExample:
    command: str  # « nantes 2024 2026 »
    lines: str  # the first lines of its output


EXAMPLE_LINES = 10


def diff_example(notices) -> DiffExample | None:
    """The start of ``python -m generator diff`` (its « Dates » section) for the two latest sessions of the first
    academy that has two, or None."""
    from ..diff import diff
    from ..diff_cli import render

    by_academy: dict[str, list] = {}
    for notice in notices:
        by_academy.setdefault(notice.slug, []).append(notice)
    for slug in sorted(by_academy):
        sessions = sorted(by_academy[slug], key=lambda n: n.year)
        if len(sessions) >= 2:
            before, after = sessions[-2], sessions[-1]
            dated = tuple(c for c in diff(before, after) if c.section == "dates") or diff(before, after)
            lines = render(dated, before, after, None).splitlines()
            shown = lines[:EXAMPLE_LINES] + (["  …"] if len(lines) > EXAMPLE_LINES else [])
            return DiffExample(f"{slug} {before.year} {after.year}", "\n".join(shown))
    return None


# ---------------------------------------------------------------- the worked example of a first session

# The two files of an invented academy's first session (« académie d'exemple », academies/exemple/ in the example,
# never a folder of academies/): the page « Exemple : une première session » shows them block by block, from these
# files, so that the YAML on the page is the YAML tests/site/test_staff_guide.py validates (staffwalk54 L2: with
# only the commented template, a staff member copied Toulouse's file, and its words with it).
EXAMPLE_DIR = Path(__file__).resolve().parent / "templates" / "staff_example"
EXAMPLE_SLUG = "exemple"
EXAMPLE_BLOCK = "## "  # a line of an example file that opens a block: its explanation follows


@dataclass(frozen=True)
class ExampleBlock:
    about: Markup  # what the block takes from the notice, and where: the guide's own prose (Markdown, trusted)
    yaml: str  # its lines, as the file writes them


@dataclass(frozen=True)
class ExampleFile:
    name: str  # academy.yaml, 2027.yaml
    path: str  # where staff would have it: academies/exemple/2027.yaml
    blocks: tuple[ExampleBlock, ...]


def example_blocks(text: str) -> tuple[ExampleBlock, ...]:
    """An example file's blocks: each opened by a line « ## … » (its explanation), up to the next; the comment
    lines above the first (the file's header, for the team) are not shown."""
    blocks: list[tuple[str, list[str]]] = []
    for line in text.splitlines():
        if line.startswith(EXAMPLE_BLOCK):
            blocks.append((line[len(EXAMPLE_BLOCK):].strip(), []))
        elif blocks:
            blocks[-1][1].append(line)
        elif not line.startswith("#") and line.strip():
            raise ValueError(f"staff example: YAML before the first « {EXAMPLE_BLOCK}» line: {line!r}")
    return tuple(ExampleBlock(Markup(about), "\n".join(lines).strip("\n")) for about, lines in blocks)


def example_files(folder: Path = EXAMPLE_DIR) -> tuple[ExampleFile, ...]:
    """The example's academy.yaml, then its session file (the one other YAML file of the folder)."""
    sessions = sorted(p.name for p in folder.glob("*.yaml") if p.name != "academy.yaml")
    return tuple(
        ExampleFile(name, f"academies/{EXAMPLE_SLUG}/{name}", example_blocks((folder / name).read_text(encoding="utf-8")))
        for name in ("academy.yaml", *sessions)
    )


# ---------------------------------------------------------------- the pages


def _page_link(page: GuidePage) -> str:
    """A link target from one page of the guide to another (they share a folder)."""
    return page.path.rsplit("/", 1)[-1]


_CODE_SPAN = re.compile(r"(`+).+?\1")


def prose_typography(markdown: str) -> str:
    """French typography (no-break spaces before « : ; ? ! », inside « ») on the guide's own prose,
    never inside code: indented code blocks and `code spans` show exactly what is typed or printed."""
    out = []
    for line in markdown.split("\n"):
        if line.startswith("    ") or line.startswith("<"):
            out.append(line)
            continue
        parts, last = [], 0
        for m in _CODE_SPAN.finditer(line):
            parts += [typography(line[last:m.start()]), m.group()]
            last = m.end()
        out.append("".join([*parts, typography(line[last:])]))
    return "\n".join(out)


def staff_files(texts: InterfaceFile, notices=(), content=None) -> dict[str, str]:
    """The guide's pages: ``{path under docs: Markdown}``; ``notices``: those of the site, for a real example;
    ``content``: the national files (``loading.NationalContent``), for the identifiers page (else the notices')."""
    links = {p.title_key.split(".", 1)[1]: _page_link(p) for p in PAGES}
    example = diff_example(notices)
    ids = identifiers(notices, content)
    first_session = example_files()
    out = {}
    for page in PAGES:
        out[page.path] = NOT_SEARCHED + prose_typography(render_markdown(
            MARKDOWN, page.template, texts, title_key=page.title_key, pages=links, files=references(page, texts), example=example,
            ids=ids, first_session=first_session,
        ))
    return out


# The guide's pages stay out of the site search (MkDocs Material reads ``search: exclude:`` in a page's front
# matter): a candidate searching the notices never lands on the staff's pages, which the side menu hides too.
NOT_SEARCHED = "---\nsearch:\n  exclude: true\n---\n\n"


def staff_url() -> str:
    """The guide's first page, from the site's root (« personnel/ »): the footer's link to it, and the side
    menu's way to tell the guide's section from the notices' (site_overrides/partials/nav.html)."""
    return f"{STAFF_DIR}/"


def staff_nav(texts: InterfaceFile) -> dict[str, list]:
    """The guide's entry of the site navigation (titles HTML-escaped: MkDocs Material prints them as HTML)."""

    def title(key: str) -> str:
        return html.escape(texts.text(key), quote=False)

    return {title("staff.section"): [{title(p.title_key): p.path} for p in PAGES]}
