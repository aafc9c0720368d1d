"""Stage 1 of the pipeline: read every YAML file of ``content/`` and ``academies/``.

Nothing is computed or written here; each file is composed strictly
(``strict_yaml``) and read into the model (``schema``), problems collected.
``generator.pipeline.load_and_check`` runs this stage then the cross-checks.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .model.academy import Academy
from .model.content import ChecklistFile, DocumentsFile, InterfaceFile, QuestionsFile, RegulationsFile, SpecialtiesFile, TextsFile, TopicsFile
from .model.departments import DepartmentsFile
from .model.session import SessionFile
from .problems import Location, Problems, shown_path
from .schema import INVALID, Reader, read
from .strict_yaml import compose_file

CONTENT_FILES = {
    "texts": ("texts.yaml", TextsFile),
    "questions": ("questions.yaml", QuestionsFile),
    "topics": ("topics.yaml", TopicsFile),
    "documents": ("documents.yaml", DocumentsFile),
    "specialties": ("specialties.yaml", SpecialtiesFile),
    "regulations": ("regulations.yaml", RegulationsFile),
    "checklist": ("checklist.yaml", ChecklistFile),
    "interface": ("interface.yaml", InterfaceFile),
    "departments": ("departments.yaml", DepartmentsFile),
}
SESSION_FILE = re.compile(r"(\d{4})\.yaml")


@dataclass
class NationalContent:
    """The national files of ``content/``, read (a part is None when its file is broken)."""

    texts: TextsFile | None = None
    questions: QuestionsFile | None = None
    topics: TopicsFile | None = None
    documents: DocumentsFile | None = None
    specialties: SpecialtiesFile | None = None
    regulations: RegulationsFile | None = None
    checklist: ChecklistFile | None = None
    interface: InterfaceFile | None = None
    departments: DepartmentsFile | None = None

    def complete(self) -> bool:
        return all(getattr(self, name) is not None for name in CONTENT_FILES)


@dataclass
class AcademyData:
    """An academy folder: its academy.yaml and its session files by year."""

    folder: Path
    academy: Academy | None
    sessions: dict[int, SessionFile] = field(default_factory=dict)
    session_files: dict[int, str] = field(default_factory=dict)


@dataclass
class Project:
    """Everything read from one project root."""

    root: Path
    content: NationalContent
    academies: dict[str, AcademyData]


def read_file(path: Path, root: Path, cls: type, problems: Problems) -> Any:
    """Read one YAML file into ``cls``; None when it cannot be read."""
    shown = shown_path(path, root)
    try:
        raw = path.read_bytes()
    except OSError as error:
        problems.add(Location(shown, 1, 1), "", f"fichier illisible ({error.strerror}) ; vérifier le chemin et les droits")
        return None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        # Show the line with the bad byte (replaced by "�") and point at it.
        line = raw[: error.start].count(b"\n") + 1
        line_start = raw.rfind(b"\n", 0, error.start) + 1
        column = len(raw[line_start: error.start].decode("utf-8", errors="replace")) + 1
        problems.remember_source(shown, raw.decode("utf-8", errors="replace"))
        byte = raw[error.start: error.start + 1].hex().upper()
        problems.add(Location(shown, line, column), "", f"octet 0x{byte} : le fichier n'est pas en UTF-8 ; l'enregistrer en UTF-8 (sans perte des accents)")
        return None
    node = compose_file(text, shown, problems)
    if node is None:
        return None
    value = read(cls, node, Reader(shown, problems), "")
    return None if value is INVALID else value


def read_content(root: Path, problems: Problems) -> NationalContent:
    content = NationalContent()
    for name, (filename, cls) in CONTENT_FILES.items():
        path = root / "content" / filename
        if not path.exists():
            problems.add(Location(shown_path(path, root), 1, 1), "", "fichier national manquant ; le recréer depuis le dépôt")
            continue
        setattr(content, name, read_file(path, root, cls, problems))
    return content


def read_academy_folder(folder: Path, root: Path, problems: Problems, years: set[int] | None = None) -> AcademyData:
    """Read ``academy.yaml`` and the session files (all, or only ``years``) of one academy folder."""
    academy_path = folder / "academy.yaml"
    academy = None
    if academy_path.exists():
        academy = read_file(academy_path, root, Academy, problems)
    else:
        problems.add(Location(shown_path(academy_path, root), 1, 1), "", "academy.yaml manquant ; chaque dossier d'académie en a un (voir academies/toulouse/academy.yaml)")
    data = AcademyData(folder=folder, academy=academy)
    for path in sorted(folder.glob("*.yaml")):
        if path.name == "academy.yaml":
            continue
        match = SESSION_FILE.fullmatch(path.name)
        if not match:
            problems.add(Location(shown_path(path, root), 1, 1), "", f"nom de fichier « {path.name} » inattendu ; nommer le fichier d'une session par son année, par exemple 2024.yaml")
            continue
        year = int(match.group(1))
        if years is not None and year not in years:
            continue
        session = read_file(path, root, SessionFile, problems)
        data.session_files[year] = shown_path(path, root)
        if session is not None:
            data.sessions[year] = session
    return data


def read_project(root: Path, problems: Problems, targets: list[Path] | None = None) -> Project:
    """Read national content and the academies (all, or those named by ``targets``)."""
    content = read_content(root, problems)
    academies_dir = root / "academies"
    selected: dict[Path, set[int] | None] = {}
    if not targets:
        for folder in sorted(p for p in academies_dir.iterdir() if p.is_dir()) if academies_dir.exists() else []:
            selected[folder] = None
    for given in targets or []:
        target = given if given.is_absolute() else (Path.cwd() / given)
        if target.is_dir() and target.resolve() == academies_dir.resolve():
            for folder in sorted(p for p in target.iterdir() if p.is_dir()):
                selected[folder] = None
        elif target.is_dir():
            selected[target] = None
        elif target.is_file() and target.name != "academy.yaml" and SESSION_FILE.fullmatch(target.name):
            years = selected.setdefault(target.parent, set())
            if years is not None:
                years.add(int(target.name[:4]))
        elif target.is_file():
            selected.setdefault(target.parent, None)
        else:
            problems.add(Location(given.as_posix(), 1, 1), "", "chemin introuvable ; donner un dossier d'académie ou un fichier de session")
    academies = {}
    for folder, years in selected.items():
        if folder.resolve().parent == (root / "content").resolve() or folder.resolve() == (root / "content").resolve():
            continue
        academies[folder.name] = read_academy_folder(folder, root, problems, years)
    return Project(root=root, content=content, academies=academies)
