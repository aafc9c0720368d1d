"""A form of a notice (its ``parts:``) → the view model of its printable page and of its PDF.

The page (``templates/form.md.j2``) and the PDF (``generator/pdf/form.py``) print the same
HTML, ``templates/form.html.j2``: the form's parts in the source's order, each field on its
own line as in the sources (its blanks where the source puts them: ``___`` in the YAML;
several fields on one line where the source puts them there: ``same_line:``), a box per
choice (with or without a label), a table or a signature frame to fill in by hand, columns
side by side. A
field the checklist can fill (``prefill:``) carries ``data-prefill``; a box the route ticks
carries ``data-answer``, a line the route fills carries the form's words for each route
(``data-answer-<route>``, from ``answers:``): ``site_overrides/assets/forms/form.js`` fills them in
the browser from the page's fragment (the checklist's link). Without JavaScript, and in the
PDF, the form is blank. A long form (DENSE_FROM parts or more) is printed in runs of parts (Block): its
lists and tables across the page, the other parts in two columns (``form_columns.py`` chooses the split).
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from .. import emphasis
from ..merge import Notice
from ..model.session import FormField, FormPart
from .dates import date_words
from .form_columns import label_above, two_columns
from .notice_view import Past, page_title
from .text import of

MANY_CHOICES = 8  # from this many, a list of choices is printed in columns, not on one line
# A form's print size, from its number of parts, so that it uses its A4 page as a paper form does and keeps
# to it: a short form in type to read and lines spaced to write by hand, a long one tighter.
SHORT_UP_TO = 24  # parts up to which a form is printed large (type about 11 pt, writing lines about 9 mm apart)
DENSE_FROM = 40  # parts from which a form is printed in the page's two columns (blocks) to keep to one A4 page
WIDE = ("list", "table", "side", "signature")  # a long form's parts printed across its page, not in one of its two columns



@dataclass(frozen=True)
class Choice:
    words: str
    answer: str | None  # the route (checklist answer) that ticks this box, when the field is prefilled by route


@dataclass(frozen=True)
class PartView:
    kind: str  # heading, paragraph, same_line, side (columns), or the field's kind: line, date, choices, list, table, signature
    text: str  # the heading's or paragraph's words, or the field's label ("" for boxes without one)
    strong: bool = False
    choices: tuple[Choice, ...] = ()
    many: bool = False  # a long list of choices, printed in columns
    list_columns: tuple[tuple[Choice, ...], ...] = ()  # a list's columns where the source breaks them (column_breaks:)
    columns: tuple[str, ...] = ()
    rows: int = 0
    prefill: str | None = None
    segments: tuple[str, ...] = ()  # a line's words around its blanks, when the source places them (``___``)
    answers: tuple[tuple[str, str], ...] = ()  # a line filled by route: (route, the form's words), as data-answer-<route>
    label_above: bool = False  # a long form's line whose label is too long to share its blank's line (form_columns)
    lines: int = 1  # a line field's writing lines (``lines:``): its blank, then the others each across its column
    same_line: tuple[PartView, ...] = ()  # fields on one line (kind "same_line"), in the source's order
    side: tuple[tuple[PartView, ...], ...] = ()  # columns side by side (kind "side"), each its parts


@dataclass(frozen=True)
class Block:
    """A run of a long form's parts, printed across the page (``wide``: one column) or in two columns."""

    wide: bool  # a list or a table (WIDE), with the heading that introduces it: across the page
    columns: tuple[tuple[PartView, ...], ...]  # the run's parts in the source's order, in one column or two


@dataclass(frozen=True)
class FormView:
    title: str
    tab_title: str  # the browser's tab: the form, then the academy and the session (« … — Académie de Toulouse — BTS session 2024 »)
    # MkDocs' title of the page (outside the navigation, it would be its file name, « Fiche preparatoire »):
    # the academy, then the form, in the phone's top bar and in the search results
    page_title: str
    of_academy: str
    year: int
    source: str | None
    parts: tuple[PartView, ...]
    size: str  # "short" (SHORT_UP_TO parts or fewer: printed large), "dense" (DENSE_FROM or more: in blocks) or "regular"
    blocks: tuple[Block, ...]  # a dense form's parts in runs, printed in two columns or across the page; () for the others
    notice_page: str  # the notice's page, relative to the form's page
    pdf_file: str | None  # the form's PDF, relative to the form's page, when the site has PDFs
    page_data: dict  # what form.js needs: the page's academy and session, the checklist's routes (answers)
    # the checklist's answers the form takes (« votre spécialité et votre voie de formation »); None: it takes none
    prefilled: str | None = None
    past: Past | None = None  # the « session passée » box, as on the notice's other pages (None: not known)
    # printed from the browser, which version the page is, in the words of the PDFs' line (_version.html.j2:
    # pdf.checked / pdf.checked_not_given, pdf.page): the day the session was checked on the notice (None: not given)
    # and the page's own address on the published site (None: site_url not known); form.md.j2, form.js, print.css
    # (review67 L11: the form PDFs say it, the page printed said nothing). Not « PDF produit par le guide le … »: the
    # page is not a PDF of the guide's. ``version`` False: no line (a form's page outside a build)
    version: bool = False
    checked: str | None = None
    page_url: str | None = None


def _part(part: FormPart) -> PartView:
    if part.heading is not None:
        return PartView("heading", part.heading)
    if part.paragraph is not None:
        return PartView("paragraph", part.paragraph, strong=part.strong)
    if part.same_line:
        return PartView("same_line", "", same_line=tuple(_part(p) for p in part.same_line))
    if part.side_by_side:
        return PartView("side", "", side=tuple(tuple(_part(p) for p in column) for column in part.side_by_side))
    by_choice = {choice: answer for answer, choice in part.answers.items()}
    if part.boxes:
        return PartView("choices", "", choices=tuple(Choice(b, by_choice.get(b)) for b in part.boxes), prefill=part.prefill)
    choices = tuple(Choice(c, by_choice.get(c)) for c in part.choices)
    return PartView(
        part.kind, part.field or "", choices=choices, many=len(choices) >= MANY_CHOICES, list_columns=_list_columns(part, choices),
        columns=part.columns, rows=part.rows if part.kind == "table" else 0, prefill=part.prefill,
        segments=part.segments(),
        answers=tuple(part.answers.items()) if part.kind == "line" else (),
        lines=part.lines if part.kind == "line" and not part.segments() else 1,
    )


def _list_columns(part: FormPart, choices: tuple[Choice, ...]) -> tuple[tuple[Choice, ...], ...]:
    """A list's columns as the source breaks them (``column_breaks:``), or () (the list is balanced in columns)."""
    if not part.column_breaks:
        return ()
    starts = [0, *(part.choices.index(words) for words in part.column_breaks), len(choices)]
    return tuple(choices[start:end] for start, end in zip(starts, starts[1:]))


def _blocks(parts: tuple[PartView, ...]) -> tuple[Block, ...]:
    """A long form's parts in the source's order, in runs: its lists and tables across the page (with the
    heading just before one, which introduces it), the other parts in two columns of about the same height."""
    runs: list[tuple[bool, list[PartView]]] = []
    for part in parts:
        wide = part.kind in WIDE
        if wide and runs and not runs[-1][0] and runs[-1][1][-1].kind == "heading":
            runs.append((True, [runs[-1][1].pop()]))
            if not runs[-2][1]:
                del runs[-2]
        if runs and runs[-1][0] == wide:
            runs[-1][1].append(part)
        else:
            runs.append((wide, [part]))
    return tuple(Block(True, (tuple(run),)) if wide else Block(False, two_columns([_placed(p) for p in run])) for wide, run in runs)


def _placed(part: PartView) -> PartView:
    """A part of a long form's column, its label above its blank if too long to share its line."""
    return dataclasses.replace(part, label_above=True) if label_above(part) else part


def _size(parts: int) -> str:
    """A form's print size (its CSS class ``bts-form-<size>``) from its number of parts."""
    if parts <= SHORT_UP_TO:
        return "short"
    return "dense" if parts >= DENSE_FROM else "regular"


def form_view(notice: Notice, form: FormField, pdf_file: str | None = None, past: Past | None = None, *, version: bool = False,
              page_url: str | None = None) -> FormView:
    """The view of ``form`` (a form given as ``parts:``); ``pdf_file``: its PDF's name, next to the page; ``past``:
    the page's « session passée » box (``notice_view.past_view``); ``version``: the page says which version it is when
    printed (FormView.version), with ``page_url``, its address on the published site (None: not known)."""
    checked = notice.session.session.checked
    route = notice.questions.get("route")
    routes = sorted(route.choices) if route is not None else []
    parts = tuple(_part(p) for p in form.parts)
    size = _size(len(form.all_parts()))
    return FormView(
        title=form.title,
        # (a form whose title names its session: the academy alone after it)
        tab_title=f"{emphasis.plain(form.title)} — "
        + (notice.texts.text("home.academy", of_academy=of(notice.academy.name, notice.texts)) if str(notice.year) in form.title else page_title(notice)),
        page_title=f"{emphasis.plain(notice.academy.name)} · {emphasis.plain(form.title)}",
        of_academy=of(notice.academy.name, notice.texts),
        year=notice.year,
        source=form.source,
        parts=parts,
        size=size,
        blocks=_blocks(parts) if size == "dense" else (),
        notice_page="../index.md",
        pdf_file=pdf_file,
        page_data={"academy": notice.academy.name, "year": notice.year, "routes": routes},
        prefilled=_prefilled(notice, form),
        past=past,
        version=version,
        checked=date_words(checked) if version and checked else None,
        page_url=page_url if version else None,
    )


# The checklist's answers a form can take (prefill:), in the order they are said; academy and session are the page's.
PREFILLED_ANSWERS = {"specialty": "forms.prefilled_specialty", "route": "forms.prefilled_route"}


def _prefilled(notice: Notice, form: FormField) -> str | None:
    """« votre spécialité et votre voie de formation »: what the form takes from the candidate's answers; nothing
    when no document of the checklist links to the form (Nantes 2026's fiche préparatoire: the sentence promised a
    prefill no page offered, a review)."""
    if not any(d.form == form.id for d in notice.documents):
        return None
    taken = {part.prefill for _, part in form.all_parts()}
    words = [notice.texts.text(key) for kind, key in PREFILLED_ANSWERS.items() if kind in taken]
    if not words:
        return None
    return notice.texts.text("forms.prefilled", answers=notice.texts.join("forms.prefilled_and", words))


def forms_with_pages(notice: Notice) -> tuple[FormField, ...]:
    """The notice's forms that have a page (given as parts)."""
    return tuple(f for f in notice.section("forms") or () if f.parts)
