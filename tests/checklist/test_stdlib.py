"""The checklist's standard library (generator/checklist/stdlib.py, stdlib_trim.py): which modules it
holds, compiled, named by what makes it, and enough for Pyodide to boot and import each of them.

The engine's cases run with it in Pyodide in test_cases_pyodide.py; the browser tests load the
built site, which ships it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from checklist_support import node_missing_reason
from generator.checklist import stdlib, stdlib_trim
from generator.site import compress
from project_support import REPO

MODULE = """
import os
from . import sibling
from .. import cousin
from .inner import deep, other
from json import decoder
import importlib

def later():
    import _strptime
    importlib.import_module("calendar")
    __import__("heapq")

try:
    import _datetime
except ImportError:
    from _pydatetime import *

if __name__ == "__main__":
    import doctest
"""


def test_imports_of_every_written_import_but_the_script_block():
    found = stdlib_trim.imports_of(MODULE, "pkg.sub.mod", package=False)
    assert {"os", "pkg.sub.sibling", "pkg.cousin", "pkg.sub.inner", "pkg.sub.inner.deep", "json", "json.decoder"} <= found
    assert {"_strptime", "calendar", "heapq", "_datetime", "_pydatetime", "importlib"} <= found
    assert "doctest" not in found
    # In a package's __init__, « from . import x » is the package's own submodule.
    assert "pkg.x" in stdlib_trim.imports_of("from . import x", "pkg", package=True)


def _library(tmp_path: Path, files: dict[str, str]) -> zipfile.ZipFile:
    path = tmp_path / "library.zip"
    with zipfile.ZipFile(path, "w") as library:
        for name, text in files.items():
            library.writestr(name, text)
    return zipfile.ZipFile(path)


LIBRARY = {
    "a.py": "import b\ndef f():\n    import c\n",
    "b.py": "from pkg import mod\n",
    "c.py": "",
    "pkg/__init__.py": "",
    "pkg/mod.py": "from . import helper\n",
    "pkg/helper.py": "import os\n",
    "booted.py": "import unused\n",
    "unused.py": "",
    "other.py": "",
}


def test_reachable_follows_every_import_and_keeps_packages(tmp_path):
    library = _library(tmp_path, LIBRARY)
    assert stdlib_trim.reachable(library, ["a"]) == {"a", "b", "c", "pkg", "pkg.mod", "pkg.helper"}
    # A module imported at boot is kept, not read again: what its own import needed is recorded already.
    assert stdlib_trim.reachable(library, ["a", "booted"], loaded={"booted"}) == {"a", "b", "c", "pkg", "pkg.mod", "pkg.helper", "booted"}


def test_trimmed_zip_holds_bytecode_only_and_imports_without_sources(tmp_path):
    # Compiled by this Python here (in the build, by Pyodide's): imported from the zip, no source in it.
    library = _library(tmp_path, {**LIBRARY, "c.py": "VALUE = 42\n"})
    out = tmp_path / "trimmed.zip"
    names = stdlib_trim.trimmed(library, ["booted"], ["a"], out)
    assert names == ["a", "b", "booted", "c", "pkg", "pkg.helper", "pkg.mod"]
    members = zipfile.ZipFile(out).infolist()
    assert sorted(m.filename for m in members) == ["a.pyc", "b.pyc", "booted.pyc", "c.pyc", "pkg/__init__.pyc", "pkg/helper.pyc", "pkg/mod.pyc"]
    assert all(m.compress_type == zipfile.ZIP_STORED for m in members)
    code = f"import sys; sys.path.insert(0, {str(out)!r}); import a, c, pkg.mod; print(c.VALUE, c.__file__)"
    run = subprocess.run([sys.executable, "-I", "-c", code], capture_output=True, text=True, cwd=tmp_path)
    assert run.returncode == 0, run.stderr
    assert run.stdout.split() == ["42", str(out / "c.pyc")]


def test_file_name_follows_the_engines_imports_not_its_other_lines(tmp_path, monkeypatch):
    engine = tmp_path / "engine.py"
    engine.write_text(stdlib.ENGINE.read_text(encoding="utf-8"), encoding="utf-8")
    monkeypatch.setattr(stdlib, "ENGINE", engine)
    name = stdlib.file_name()
    assert name.startswith("bts-stdlib-") and name.endswith(".zip")
    engine.write_text(engine.read_text(encoding="utf-8") + "\nANOTHER_CONSTANT = 1\n", encoding="utf-8")
    assert stdlib.file_name() == name
    engine.write_text(engine.read_text(encoding="utf-8") + "\ndef f():\n    import decimal\n", encoding="utf-8")
    assert stdlib.file_name() != name
    assert "decimal" in stdlib.roots()


def test_without_node_the_build_says_what_to_do_in_french(tmp_path, monkeypatch):
    monkeypatch.setattr(stdlib.shutil, "which", lambda name: None)
    with pytest.raises(stdlib.StdlibError, match="Node.js introuvable.*Installer Node.js 20.*scripts/setup.sh"):
        stdlib.built(REPO, cache=tmp_path)
    with pytest.raises(stdlib.StdlibError, match="manquant.*scripts/setup.sh"):
        stdlib.built(tmp_path, cache=tmp_path)


def test_a_cache_that_cannot_be_written_makes_it_in_the_temporary_folder(tmp_path, monkeypatch, library):
    blocked = tmp_path / "file"
    blocked.write_text("not a folder")
    monkeypatch.setattr(stdlib.tempfile, "tempdir", str(tmp_path / "tmp"))
    made = stdlib.built(REPO, cache=blocked / "cache")
    assert made == tmp_path / "tmp" / "bts-guide-stdlib" / stdlib.file_name(REPO)
    assert zipfile.ZipFile(made).namelist() == zipfile.ZipFile(library).namelist()


@pytest.fixture(scope="module")
def library():
    reason = node_missing_reason()
    if reason is not None:
        if os.environ.get("CI") == "true":
            pytest.fail(f"CI=true : {reason}")
        pytest.skip(reason)
    return stdlib.built(REPO)


IMPORT_EACH = """
import { pathToFileURL } from "node:url";
const [pyodideDir, zipPath, namesJSON] = process.argv.slice(1);
const { loadPyodide } = await import(pathToFileURL(pyodideDir + "/pyodide.mjs").href);
const pyodide = await loadPyodide({ packages: [], stdLibURL: pathToFileURL(zipPath).href, stdout: () => {} });
pyodide.globals.set("NAMES", namesJSON);
const out = pyodide.runPython(`
import importlib, json
names = json.loads(NAMES)
failed = {}
for name in names:
    try:
        importlib.import_module(name)
    except Exception as error:
        failed[name] = repr(error)
json.dumps({"names": names, "failed": failed})
`);
process.stdout.write(out + "\\n");
"""


def test_pyodide_boots_with_it_and_imports_each_of_its_modules(library):
    names = [n.removesuffix(".pyc").replace("/", ".").removesuffix(".__init__") for n in zipfile.ZipFile(library).namelist()]
    run = subprocess.run(
        ["node", "--input-type=module", "-e", IMPORT_EACH, str(stdlib.pyodide_folder(REPO)), str(library), json.dumps(names)],
        capture_output=True, text=True, timeout=300,
    )
    assert run.returncode == 0, run.stderr[-3000:]
    output = json.loads(run.stdout)
    assert {"json", "re", "datetime", "_strptime", "traceback", "encodings.utf_8"} <= set(output["names"])
    assert output["failed"] == {}


def test_it_is_smaller_to_download_than_pyodides_own(library):
    own = (stdlib.pyodide_folder(REPO) / "python_stdlib.zip").stat().st_size
    data = library.read_bytes()
    assert not any(n.endswith(".py") for n in zipfile.ZipFile(library).namelist())
    assert len(compress._gzip(data)) < own
