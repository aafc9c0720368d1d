"""A long form's run of parts (``form_view.Block``) → two columns of about the same height.

The print lays out the words (``site_overrides/assets/forms/form.css``, ``.bts-form-dense``: 9 pt Arial Narrow
or Liberation Sans Narrow, which has its widths; writing lines 7 mm apart; two columns of about 90 mm). This
only chooses where the second column begins, from what each part takes of a column: its lines of text, its
words wrapped with that face's average widths, and its writing lines. An estimate: a column may end a line
or two higher than the other, never more than a part.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .form_view import PartView

PT_MM = 25.4 / 72
SIZE_PT = 9.0  # the type (form.css: .bts-form-dense)
COLUMN_MM = (210 - 2 * 12 - 5) / 2  # A4, the forms' margins (12 mm), the gap between the columns (5 mm)
TEXT_LINE_MM = SIZE_PT * 1.1 * PT_MM  # a line of text (line-height 1.1)
WRITING_LINE_MM = 7.0  # a blank: its height, its label on its line
LABEL_ABOVE_MM = 1.2 + 6.0  # a label too long to share its blank's line: the room above it, its blank's below it
HEADING_MM = 1.1  # a heading's margin and rule, besides its lines
BOXES_MM = 1.2  # a line of boxes: its padding
FILL_MM = 8 * SIZE_PT * PT_MM  # the shortest blank after a label on its line (8em)
SAME_LINE_FILL_MM = 3.5 * SIZE_PT * PT_MM  # the shortest blank of fields on one line (3.5em: a year)
GAP_MM = 0.4 * SIZE_PT * PT_MM  # between a label and its blank (0.4em)
BOX_MM = 3.5 + 1.2 * SIZE_PT * PT_MM  # a box and the margin after its words (1.2em)
# Arial Narrow's average advance widths (em), by kind of character; its bold's capitals a little wider.
WIDTHS = {"upper": 0.555, "lower": 0.40, "digit": 0.456, "space": 0.228, "other": 0.27}
BOLD = {"upper": 0.564, "lower": 0.442}


def _width_mm(text: str, *, bold: bool = False) -> float:
    def kind(c: str) -> str:
        if c.isspace():
            return "space"
        if c.isdigit():
            return "digit"
        if c.isalpha():
            return "upper" if c.isupper() else "lower"
        return "other"

    return sum((BOLD if bold else WIDTHS).get(kind(c), WIDTHS[kind(c)]) for c in text) * SIZE_PT * PT_MM


def _wrap(text: str, *, bold: bool = False) -> tuple[int, float]:
    """The lines ``text`` takes in a column, its words wrapped, and the width of its last line."""
    lines, last = 1, 0.0
    for word in text.split():
        width = _width_mm(word, bold=bold)
        space = _width_mm(" ") if last else 0.0
        if last and last + space + width > COLUMN_MM:
            lines, last = lines + 1, width
        else:
            last += space + width
    return lines, last


def _options_mm(part: PartView) -> float:
    return sum(BOX_MM + _width_mm(" " + c.words) for c in part.choices)


def height_mm(part: PartView) -> float:
    """About what ``part`` (not a list nor a table: those are across the page) takes of a column."""
    if part.kind == "heading":
        return HEADING_MM + TEXT_LINE_MM * _wrap(part.text, bold=True)[0]
    if part.kind == "paragraph":
        return TEXT_LINE_MM * _wrap(part.text, bold=part.strong)[0]
    if part.kind == "same_line":
        return _same_line_mm(part)
    if part.kind == "choices":
        if not part.text:
            return TEXT_LINE_MM + BOXES_MM
        lines, last = _wrap(f"{part.text} :")
        return TEXT_LINE_MM * (lines + (last + GAP_MM + _options_mm(part) > COLUMN_MM)) + BOXES_MM
    more = (part.lines - 1) * WRITING_LINE_MM  # its other writing lines (lines:), each across the column
    if not label_above(part):
        return WRITING_LINE_MM + more  # the label on its blank's line
    return TEXT_LINE_MM * _wrap(part.text)[0] + LABEL_ABOVE_MM + more


def label_above(part: PartView) -> bool:
    """Whether a line's label (not placed among its blanks) is too long to share its blank's line in a column:
    then it is printed above its blank (``bts-form-label-above``), near it."""
    if part.kind not in ("line", "date") or part.segments:
        return False
    lines, last = _wrap(f"{part.text} :")
    return lines > 1 or last + GAP_MM + FILL_MM > COLUMN_MM


def _same_line_mm(part: PartView) -> float:
    """Fields on one line (a flex row): their labels, boxes and blanks, wrapped as items."""
    items: list[tuple[float, bool]] = []  # (width, a blank)
    for sub in part.same_line:
        items.append((_width_mm(f"{sub.text} :"), False))
        items.append((_options_mm(sub), False) if sub.kind == "choices" else (SAME_LINE_FILL_MM, True))
    width, blank, height = 0.0, False, 0.0
    for item, is_blank in items:
        if width and width + GAP_MM + item > COLUMN_MM:
            height += WRITING_LINE_MM if blank else TEXT_LINE_MM + BOXES_MM
            width, blank = 0.0, False
        width += (GAP_MM if width else 0.0) + item
        blank = blank or is_blank
    return height + (WRITING_LINE_MM if blank else TEXT_LINE_MM + BOXES_MM)


def two_columns(parts: list[PartView]) -> tuple[tuple[PartView, ...], ...]:
    """``parts`` in two columns, in their order: the split that makes the taller column the least tall (a
    heading never ends the first column)."""
    heights = [height_mm(p) for p in parts]
    total = sum(heights)
    splits = [k for k in range(1, len(parts)) if parts[k - 1].kind != "heading"] or [len(parts)]
    best = min(splits, key=lambda k: max(sum(heights[:k]), total - sum(heights[:k])))
    return tuple(c for c in (tuple(parts[:best]), tuple(parts[best:])) if c)
