"""Problems found in the data, reported to rectorate staff in French.

Every problem names the file, the line and column, the field path, the value
read and how to fix it. Problems are collected, never raised one by one, so a
single run of ``validate`` lists all of them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path


@dataclass(frozen=True)
class Location:
    """Where a value was read: a file (path as shown to staff), 1-based line and column."""

    file: str
    line: int
    column: int


@dataclass(frozen=True)
class Problem:
    """One problem: where, which field, what is wrong and how to fix it (French)."""

    location: Location
    path: str
    message: str

    def headline(self) -> str:
        """The one-line form: ``file:line:col: field.path: message``."""
        loc = self.location
        where = f"{loc.file}:{loc.line}:{loc.column}"
        return f"{where}: {self.path}: {self.message}" if self.path else f"{where}: {self.message}"

    def render(self, source_lines: list[str] | None) -> str:
        """The headline, then the source line and a caret under the column."""
        text = self.headline()
        if source_lines and 1 <= self.location.line <= len(source_lines):
            line = source_lines[self.location.line - 1].rstrip("\n")
            caret = " " * (max(self.location.column, 1) - 1) + "^"
            text += f"\n    {line}\n    {caret}"
        return text


@dataclass
class Problems:
    """An ordered collection of problems, with the source text of each file for carets."""

    items: list[Problem] = field(default_factory=list)
    sources: dict[str, list[str]] = field(default_factory=dict)

    def add(self, location: Location, path: str, message: str) -> None:
        self.items.append(Problem(location, path, message))

    def remember_source(self, shown_path: str, text: str) -> None:
        self.sources[shown_path] = text.splitlines()

    def __bool__(self) -> bool:
        return bool(self.items)

    def __len__(self) -> int:
        return len(self.items)

    def sorted(self) -> list[Problem]:
        return sorted(
            self.items,
            key=lambda p: (p.location.file, p.location.line, p.location.column, p.path, p.message),
        )

    def report(self) -> str:
        """Every problem, sorted by file and line, each with its source line."""
        return "\n".join(p.render(self.sources.get(p.location.file)) for p in self.sorted())


def shown_path(path: Path, root: Path) -> str:
    """The path as staff see it: relative to the project root when possible, with slashes."""
    try:
        return path.resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        return path.as_posix()


def quote(value: object) -> str:
    """A value as shown inside a French message: « value »."""
    return f"« {value} »"
