"""The checklist's standard library (generator/checklist/stdlib.py, stdlib_trim.py): which modules it
holds, compiled, named by what makes it, and enough for Pyodide to boot and import each of them.

The engine's cases run with it in Pyodide in test_cases_pyodide.py; the browser tests load the
built site, which ships it."""

from __future__ import annotations

import hashlib
import json
import re
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from checklist_support import load_rulesets, require_node
from generator.checklist import stdlib, stdlib_trim
from project_support import FROZEN, REPO

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
    names = stdlib_trim.trimmed(library, ["booted"], ["a"], out, location=f"{out}/")
    assert names == ["a", "b", "booted", "c", "pkg", "pkg.helper", "pkg.mod"]
    members = zipfile.ZipFile(out).infolist()
    assert sorted(m.filename for m in members) == ["a.pyc", "b.pyc", "booted.pyc", "c.pyc", "pkg/__init__.pyc", "pkg/helper.pyc", "pkg/mod.pyc"]
    assert all(m.compress_type == zipfile.ZIP_DEFLATED for m in members)
    code = f"import sys; sys.path.insert(0, {str(out)!r}); import a, c, pkg.mod; print(c.VALUE, c.__file__, a.f.__code__.co_filename)"
    run = subprocess.run([sys.executable, "-I", "-c", code], capture_output=True, text=True, cwd=tmp_path)
    assert run.returncode == 0, run.stderr
    # A traceback names the module's file where the zip is (Pyodide: /lib/python314.zip/…).
    assert run.stdout.split() == ["42", str(out / "c.pyc"), str(out / "a.py")]


def test_the_cache_key_follows_the_engines_imports_not_its_other_lines(tmp_path, monkeypatch):
    engine = tmp_path / "engine.py"
    engine.write_text(stdlib.ENGINE.read_text(encoding="utf-8"), encoding="utf-8")
    monkeypatch.setattr(stdlib, "ENGINE", engine)
    key = stdlib.cache_key()
    engine.write_text(engine.read_text(encoding="utf-8") + "\nANOTHER_CONSTANT = 1\n", encoding="utf-8")
    assert stdlib.cache_key() == key
    engine.write_text(engine.read_text(encoding="utf-8") + "\ndef f():\n    import decimal\n", encoding="utf-8")
    assert stdlib.cache_key() != key
    assert "decimal" in stdlib.roots()


def test_the_file_name_in_the_site_is_its_contents(library):
    name = stdlib.file_name(REPO)
    assert name == f"bts-stdlib-{hashlib.sha256(library.read_bytes()).hexdigest()[:16]}.zip"


WORKER = stdlib.HERE / "worker.js"


def test_worker_imports_are_those_of_worker_js():
    # Every import of the Python the worker runs (worker.js: runPython(`…`)) but the engine is served.
    blocks = re.findall(r"runPython\(`(.*?)`\)", WORKER.read_text(encoding="utf-8"), flags=re.S)
    blocks += re.findall(r'runPython\("(.*?)"\)', WORKER.read_text(encoding="utf-8"))
    found = set()
    for block in blocks:
        found |= stdlib_trim.imports_of(block.replace("; ", "\n"), "__main__", False)
    assert blocks and found - {"checklist_engine"} <= stdlib.WORKER_IMPORTS


def test_without_node_the_build_says_what_to_do_in_french(tmp_path, monkeypatch):
    monkeypatch.setattr(stdlib.shutil, "which", lambda name: None)
    monkeypatch.setattr(stdlib.tempfile, "tempdir", str(tmp_path / "tmp"))
    with pytest.raises(stdlib.StdlibError, match="Node.js introuvable.*Installer Node.js 20.*scripts/setup.sh"):
        stdlib.built(REPO, cache=tmp_path)
    with pytest.raises(stdlib.StdlibError, match="manquant.*scripts/setup.sh"):
        stdlib.built(tmp_path, cache=tmp_path)


def test_a_cache_that_cannot_be_written_makes_it_in_the_temporary_folder(tmp_path, monkeypatch, library):
    blocked = tmp_path / "file"
    blocked.write_text("not a folder")
    monkeypatch.setattr(stdlib.tempfile, "tempdir", str(tmp_path / "tmp"))
    made = stdlib.built(REPO, cache=blocked / "cache")
    assert made == tmp_path / "tmp" / "bts-guide-stdlib" / f"made-{stdlib.cache_key(REPO)}.zip"
    assert made.read_bytes() == library.read_bytes()  # the same inputs make the same bytes (its name in the site)
    # Neither place writable: a French message, not an OSError.
    monkeypatch.setattr(stdlib.tempfile, "tempdir", str(blocked / "tmp"))
    with pytest.raises(stdlib.StdlibError, match="accessibles en écriture"):
        stdlib.built(REPO, cache=blocked / "cache")


@pytest.fixture(scope="module")
def library():
    require_node()
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
    # Its members compressed: the same file from any host, with or without precompressed copies.
    own = (stdlib.pyodide_folder(REPO) / "python_stdlib.zip").stat().st_size
    assert not any(n.endswith(".py") for n in zipfile.ZipFile(library).namelist())
    assert library.stat().st_size < own


# The worker's steps (worker.js) with this library: boot with _makeSnapshot, import the engine, make the
# snapshot; restore it in a second Pyodide; evaluate; an exception of the engine reaches JavaScript
# with its traceback.
SNAPSHOT_STEPS = """
import { readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
const [pyodideDir, zipPath, enginePath, rulesetJSON, evaluateSource] = process.argv.slice(1);
const { loadPyodide } = await import(pathToFileURL(pyodideDir + "/pyodide.mjs").href);
const base = { packages: [], stdLibURL: pathToFileURL(zipPath).href, stdout: () => {} };
const first = await loadPyodide({ ...base, _makeSnapshot: true });
first.FS.mkdirTree("/checklist");
first.FS.writeFile("/checklist/checklist_engine.py", readFileSync(enginePath, "utf8"));
first.runPython("import json, sys\\nsys.path.insert(0, '/checklist')\\nimport checklist_engine");
const snapshot = first.makeMemorySnapshot();
const pyodide = await loadPyodide({ ...base, _loadSnapshot: snapshot });
const restored = pyodide.runPython("import sys; 'checklist_engine' in sys.modules");
pyodide.globals.set("RULESET_TEXT", rulesetJSON);
const evaluate = pyodide.runPython(evaluateSource);
const result = JSON.parse(evaluate("{}"));
let failure = "";
try { evaluate("not json"); } catch (error) { failure = String(error.message); }
process.stdout.write(JSON.stringify({ restored, documents: result.documents.length, failure }) + "\\n");
"""


def test_the_workers_steps_run_with_it_snapshot_restored(library):
    rulesets, _ = load_rulesets(FROZEN)
    ruleset = rulesets[sorted(rulesets)[0]]
    # The worker's own Python that makes its evaluate function.
    evaluate = re.search(r"runPython\(`(\nimport json, checklist_engine\n.*?)`\)", WORKER.read_text(encoding="utf-8"), flags=re.S).group(1)
    run = subprocess.run(
        ["node", "--input-type=module", "-e", SNAPSHOT_STEPS, str(stdlib.pyodide_folder(REPO)), str(library), str(stdlib.ENGINE), json.dumps(ruleset), evaluate],
        capture_output=True, text=True, timeout=300,
    )
    assert run.returncode == 0, run.stderr[-3000:]
    output = json.loads(run.stdout)
    assert output["restored"] is True and output["documents"] > 0
    assert "Traceback" in output["failure"] and "JSONDecodeError" in output["failure"], output["failure"]
    assert "/lib/python" in output["failure"]  # the standard library's frames name their file in the zip
