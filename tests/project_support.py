"""The two kinds of data the tests read (imported by name: keep this module name unique).

- ``REAL``: the repository's own ``content/`` and ``academies/``, which rectorate
  staff edit. Tests that read them check only properties of any valid data
  (see tests/README.md): adding or editing an academy that validates never
  breaks them.
- ``FROZEN``: ``tests/fixtures/project/``, a snapshot of ``content/`` and
  ``academies/`` encoding the five seed notices. Golden files, hand-written
  checklist cases, the seed facts and every test that expects specific content
  read it. It changes only deliberately (tests/README.md says how).

``load`` reads a data folder with the real pipeline (no code is needed for that:
``load_and_check`` reads ``content/`` and ``academies/`` under the root it is
given). ``project_root`` makes a whole project (the repository's code and
configuration, the data given) for what needs one: ``mkdocs build``, editing a
copy, the command line with ``--root``.
"""

from __future__ import annotations

import copy
import datetime as dt
import hashlib
import os
import pickle
import re
import shutil
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
REAL = REPO
FROZEN = REPO / "tests" / "fixtures" / "project"
# the checklist's script, whose functions some tests run in Node (``js_function``)
CHECKLIST_JS = REPO / "site_overrides" / "assets" / "checklist" / "checklist.js"
DATA = ("content", "academies")
CODE = ("generator", "docs", "site_overrides", "mkdocs.yml")


def project_root(tmp: Path, data: Path = FROZEN, name: str = "project") -> Path:
    """A project in ``tmp/name``: the repository's code and configuration, and ``data``'s content/ and academies/ (copies).

    ``node_modules`` (Pyodide, axe-core) is linked, not copied. Everything else is
    a copy, so a test may edit any file of it.
    """
    root = tmp / name
    root.mkdir(parents=True)
    for part in CODE:
        source = REPO / part
        if source.is_dir():
            shutil.copytree(source, root / part, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy2(source, root / part)
    for part in DATA:
        shutil.copytree(data / part, root / part)
    if (REPO / "node_modules").is_dir():
        (root / "node_modules").symlink_to(REPO / "node_modules", target_is_directory=True)
    return root


def data_root(tmp: Path, data: Path = FROZEN, name: str = "data") -> Path:
    """A copy of ``data``'s content/ and academies/ only, in ``tmp/name`` (enough for ``load_and_check`` and ``validate --root``)."""
    root = tmp / name
    root.mkdir(parents=True)
    for part in DATA:
        shutil.copytree(data / part, root / part)
    return root


def exam_office_unknown(root: Path, slug: str) -> None:
    """In a copy of a data folder (``data_root``, ``project_root``), the academy ``slug`` given no exam office, as
    frozen Aix-Marseille: ``exam_office: non précisé par la notice`` in its academy.yaml (its block replaced). Frozen
    Toulouse 2024 so shows the guide's sentences that send the candidate to the office which Aix-Marseille 2023 does not
    (the later deposit's reading, the national dating's « En cas de doute », the replacement without exemption)."""
    path = root / "academies" / slug / "academy.yaml"
    text, count = re.subn(r"^exam_office:\n(?:[ #].*\n|\n)*?(?=^\S|\Z)", "exam_office: non précisé par la notice\n", path.read_text(encoding="utf-8"), count=1, flags=re.M)
    assert count == 1, f"{path}: no exam_office block"
    path.write_text(text, encoding="utf-8")
    # (a session's ask_office_section: says to ask that office for an address: refused without an office, askaddress65)
    for session in path.parent.glob("[0-9][0-9][0-9][0-9].yaml"):
        words = session.read_text(encoding="utf-8")
        session.write_text(re.sub(r"^  ask_office_section:.*\n", "", words, flags=re.M), encoding="utf-8")


def undated_rare_language(root: Path) -> None:
    """In a copy of the frozen data (``data_root``, ``project_root``), Aix-Marseille 2023's rare-language piece given the
    real data's deadline the notice does not date (academies/aix-marseille; seed 001 l. 94: « il sera demandé »): the
    frozen session has no piece without a date, the phone bar's « Vos dates sont passées, sauf 1 non datée. » needs one
    (read61 M1)."""
    path = root / "academies" / "aix-marseille" / "2023.yaml"
    text = path.read_text(encoding="utf-8")
    piece, dates = "    when: {mandatory_language: rare}\n", "  # 8 – Candidats en situation de handicap\n"
    assert text.count(piece) == 1 and text.count(dates) == 1
    text = text.replace(piece, piece + "    deadline: rare_language\n").replace(dates, (
        "  rare_language:\n    label: Attestation de formation pour une langue obligatoire dite rare\n"
        "    at: non précisé par la notice\n    words: >-\n      Concernant les langues obligatoires dites rares, il sera"
        " demandé aux candidats de\n      justifier par une attestation de formation.\n") + dates)
    path.write_text(text, encoding="utf-8")


def reading_days() -> tuple:
    """What a read of the data depends on beside its files, for the tests' caches of reads and runs (``data_state``,
    ``validation_support.content_read_once``, ``staff_support.remembered_run``): the day as ``BTS_GUIDE_TODAY`` gives
    it, the machine's and Paris's, and the YAML reader in use."""
    from generator import strict_yaml
    from generator.staff.calendar import PARIS

    # The day as the reading takes it (staff/checks.py: calendar.build_date, today in Paris without BTS_GUIDE_TODAY),
    # not the machine's (UTC here): between 23:00 and midnight UTC the two differ (review87 L1).
    paris = dt.datetime.now(dt.timezone.utc).astimezone(PARIS).date()
    return (os.environ.get("BTS_GUIDE_TODAY"), dt.date.today(), paris, strict_yaml.USE_LIBYAML)


def data_state(data: Path, *more: object) -> str:
    """What reading ``data`` depends on, as a digest: every entry under its content/ and academies/ (path, kind, link
    target, bytes), the day (``BTS_GUIDE_TODAY``, the machine's date and Paris's), the YAML reader in use and ``more``. Two reads with
    the same state give the same data: what ``remembered`` keys its results on."""
    digest = hashlib.sha256(repr((str(data), reading_days(), more)).encode())
    for part in DATA:
        top = data / part
        for folder, dirs, files in os.walk(top) if top.is_dir() or top.is_symlink() else ():
            dirs.sort()
            for name in sorted(dirs + files):
                path = Path(folder) / name
                digest.update(f"\0{path.relative_to(data).as_posix()}\0".encode())
                if path.is_symlink():
                    digest.update(b"link " + os.readlink(path).encode())
                elif path.is_file():
                    digest.update(b"file " + path.read_bytes())
                else:
                    digest.update(b"dir" if path.is_dir() else b"other")
    return digest.hexdigest()


_REMEMBERED: dict[tuple[str, str], object] = {}


def remembered(what: str, data: Path, make, *more: object):
    """``make()``'s result for ``data`` as it is now, computed once per test process and state of the data
    (``data_state``: a copy edited by a test is read again), each caller given a copy of its own (a test may edit
    what it is given). The same big folders were read and checked again by dozens of tests (speedtests61: ~0.2 s of
    processor a load of the frozen project, ~0.5 s its rulesets). The copy is made from the result kept pickled: a
    deep copy cost ~0.08 s of processor a load of the frozen project, unpickling ~0.02 s (stop 66; like
    ``validation_support.content_read_once``); a result that cannot be pickled is deep-copied. Not for a test that
    replaces a function of the reading (monkeypatch): call the generator directly there. Only for the repository's own
    folders (``FROZEN``, ``REAL``): a test's copy is made and read by that test alone, and the process keeps what it
    remembers."""
    if Path(data).resolve() not in (FROZEN, REAL):
        return make()
    key = (what, data_state(data, *more))
    if key not in _REMEMBERED:
        made = make()
        try:
            _REMEMBERED[key] = (True, pickle.dumps(made, protocol=pickle.HIGHEST_PROTOCOL))
        except Exception:  # (not picklable: deep-copied at each call)
            _REMEMBERED[key] = (False, made)
    pickled, kept = _REMEMBERED[key]
    return pickle.loads(kept) if pickled else copy.deepcopy(kept)


def load(data: Path = FROZEN, targets: list[Path] | None = None):
    """``load_and_check`` on a data folder: (project, problems); remembered per state of the data (``remembered``)."""
    from generator.pipeline import load_and_check

    return remembered("load", data, lambda: load_and_check(data, targets), [str(t) for t in targets or []])


def valid_project(data: Path = FROZEN):
    """The project read from ``data``, which must validate."""
    project, problems = load(data)
    assert not problems, f"{data}: the YAML must validate:\n" + problems.report()
    return project


def notices_of(data: Path = FROZEN) -> list:
    """Every Notice of a data folder that validates (remembered per state of the data, ``remembered``)."""
    from generator.merge import build_notices

    return remembered("notices", data, lambda: build_notices(valid_project(data)))


# ---------------------------------------------------------------- building the site

# The day the golden files and the builds are computed for (« session passée » depends on it).
FIXED_TODAY = dt.date(2025, 10, 1)


def build_env(**extra: str) -> dict[str, str]:
    env = dict(os.environ)
    env["NO_MKDOCS_2_WARNING"] = "1"
    env["BTS_GUIDE_TODAY"] = FIXED_TODAY.isoformat()
    env.update(extra)
    return env


def run_mkdocs(config: Path, site_dir: Path | None = None, **env: str) -> subprocess.CompletedProcess:
    """``mkdocs build --strict`` of the project whose configuration is ``config`` (``env``: more variables)."""
    cmd = [sys.executable, "-m", "mkdocs", "build", "--strict", "-f", str(config)]
    if site_dir is not None:
        cmd += ["-d", str(site_dir)]
    return subprocess.run(cmd, cwd=config.parent, env=build_env(**env), capture_output=True, text=True, timeout=600)


def built_site(tmp: Path, data: Path, **env: str) -> Path:
    """The site of ``data`` built strictly into ``tmp/site`` (the repository's own configuration for ``REAL``; ``env``:
    more variables, ``BTS_GUIDE_COMPRESS="0"`` for a site no test reads a precompressed copy of)."""
    config = REPO / "mkdocs.yml" if data == REAL else project_root(tmp, data) / "mkdocs.yml"
    site = tmp / "site"
    result = run_mkdocs(config, site, **env)
    output = result.stdout + result.stderr
    assert result.returncode == 0, f"mkdocs build of {data}:\n" + output
    (tmp / BUILD_OUTPUT).write_text(output, encoding="utf-8")
    return site


BUILD_OUTPUT = "build-output.txt"


def build_output(site: Path) -> str:
    """What ``mkdocs build`` printed while building ``site`` (made by ``built_site``)."""
    return (site.parent / BUILD_OUTPUT).read_text(encoding="utf-8")


def js_function(path: Path, name: str) -> str:
    """The source of JavaScript function ``name`` of ``path``: from its line to the first line that closes it at
    its own indentation (to run it alone under Node)."""
    lines = path.read_text(encoding="utf-8").splitlines()
    start = next(i for i, line in enumerate(lines) if line.lstrip().startswith(f"function {name}("))
    indent = lines[start][: len(lines[start]) - len(lines[start].lstrip())]
    end = next(i for i in range(start + 1, len(lines)) if lines[i] == indent + "}")
    return "\n".join(lines[start : end + 1])


def node_path() -> str:
    """Node's path; the test skipped without it (failed on CI)."""
    import pytest

    node = shutil.which("node")
    if node is None:
        if os.environ.get("CI") == "true":
            pytest.fail("CI=true : node absent (bash scripts/setup.sh)")
        pytest.skip("node absent")
    return node


_NOWRAP_SPAN = re.compile(r'<span class="bts-nowrap">([^<]*)</span>')


def unwrapped(text: str) -> str:
    """A page's Markdown or HTML with a number kept whole by its span (« n° <span class="bts-nowrap">97-1019</span> »:
    generator/site/text.py, read56 L8) as its words, for tests that look for a sentence in a page."""
    return _NOWRAP_SPAN.sub(r"\1", text)
