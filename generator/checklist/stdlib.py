"""The standard library the checklist's worker gives Pyodide: trimmed, compiled, made once per input.

Pyodide's own ``python_stdlib.zip`` holds its standard library as source, compiled by Python at
each import: booting Pyodide spends most of its time there. The checklist's worker boots Pyodide
with a zip of its own instead (``loadPyodide({stdLibURL})``, ``worker.js``): only the modules the
boot and the engine use, compiled in advance (``stdlib_trim.py`` says which and how). Measured
in ``bench/README.md``.

``built()`` returns that zip, from the cache or made there by ``stdlib.mjs`` (Node and Pyodide
from ``node_modules``, about 5 s), under a key of what makes it (Pyodide's zip, the engine's and
the worker's imports, the code that writes it). ``file_name()`` names it in the site by its
content: a URL in Pyodide's versioned folder never changes content, and the name changes only
when the modules do (a comment of this code does not make returning candidates download it
again). ``page.pyodide_files`` copies it there; the page gives its URL to the worker.

Cache: ``<BTS_GUIDE_CACHE or ~/.cache/bts-guide>/stdlib/`` (``compress.cache_base()``).
"""

from __future__ import annotations

import functools
import hashlib
import json
import os
import shutil
import subprocess
import tempfile
from pathlib import Path

from ..site.compress import cache_base
from . import stdlib_trim
from .compile import ROOT

HERE = Path(__file__).resolve().parent
ENGINE = HERE / "engine.py"
SCRIPT = HERE / "stdlib.mjs"
TRIM = HERE / "stdlib_trim.py"
# What the worker itself imports (worker.js: runPython; tests/checklist/test_stdlib.py reads worker.js
# to check they are all here), besides the engine's imports. A module the engine would reach only by
# a path the search cannot follow (a boot module's later import, a codec by its name) goes here too.
WORKER_IMPORTS = frozenset({"json", "sys"})
NODE_LIMIT_S = 300


class StdlibError(Exception):
    """The checklist's standard library could not be made: the message says why and what to do, in French."""


def pyodide_folder(root: Path | None = None) -> Path:
    return (root or ROOT) / "node_modules" / "pyodide"


def roots() -> list[str]:
    """The imports the trimmed library must serve: the engine's (all of them, wherever they are) and the worker's."""
    return sorted(_engine_imports(ENGINE.read_text(encoding="utf-8")) | WORKER_IMPORTS)


@functools.lru_cache(maxsize=4)
def _engine_imports(text: str) -> frozenset[str]:
    # Walking the engine's syntax tree takes about 12 ms; each checklist page of a build names the zip.
    return frozenset(stdlib_trim.imports_of(text, "checklist_engine", False))


def cache_key(root: Path | None = None) -> str:
    """The digest of what makes the zip: Pyodide's zip, the imports served and the code that writes it."""
    digest = hashlib.sha256()
    try:
        digest.update(_file_digest(pyodide_folder(root) / "python_stdlib.zip"))
    except OSError:
        digest.update(b"absent")  # built() says what is missing
    for part in (json.dumps(roots()), SCRIPT.read_text(encoding="utf-8"), TRIM.read_text(encoding="utf-8")):
        digest.update(hashlib.sha256(part.encode("utf-8")).digest())
    return digest.hexdigest()[:16]


def file_name(root: Path | None = None) -> str:
    """``bts-stdlib-<digest of its content>.zip``: the zip's name in the site (made now if need be)."""
    return f"bts-stdlib-{_file_digest(built(root)).hex()[:16]}.zip"


def _file_digest(path: Path) -> bytes:
    """The SHA-256 of a file's bytes, read once while the file is unchanged: each checklist page of a
    build names the zip, and the key reads Pyodide's 2.5 MB zip."""
    status = path.stat()
    return _digest_of(str(path), status.st_size, status.st_mtime_ns)


@functools.lru_cache(maxsize=8)
def _digest_of(path: str, size: int, mtime_ns: int) -> bytes:
    return hashlib.sha256(Path(path).read_bytes()).digest()


def cache_dir() -> Path:
    return cache_base() / "stdlib"


def built(root: Path | None = None, cache: Path | None = None) -> Path:
    """The trimmed library's file, made now if the cache does not hold it (a cache folder that
    cannot be written: made in the system's temporary folder, as the next build will again)."""
    folder = pyodide_folder(root)
    for needed in ("pyodide.mjs", "python_stdlib.zip"):
        if not (folder / needed).is_file():
            raise StdlibError(f"{folder / needed} manquant : lancer « source scripts/setup.sh » (npm ci) pour installer Pyodide")
    name = f"made-{cache_key(root)}.zip"
    places = [(cache_dir() if cache is None else cache) / name, Path(tempfile.gettempdir()) / "bts-guide-stdlib" / name]
    for target in places:
        if target.is_file():
            return target
    node = shutil.which("node")
    if node is None:
        raise StdlibError(
            "Node.js introuvable (commande « node ») : il prépare la bibliothèque Python de la liste personnalisée. "
            "Installer Node.js 20 ou plus (Debian : apt-get install nodejs npm), puis lancer « source scripts/setup.sh »."
        )
    for target in places:
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            work = tempfile.TemporaryDirectory(dir=target.parent)
        except OSError:
            continue  # not writable: the next place
        with work:
            return _made(node, folder, Path(work.name), target)
    raise StdlibError(f"bibliothèque Python de la liste personnalisée : ni {places[0].parent} ni {places[1].parent} ne sont accessibles en écriture")


def _made(node: str, folder: Path, work: Path, target: Path) -> Path:
    out = work / target.name
    (work / "roots.json").write_text(json.dumps(roots()), encoding="utf-8")
    try:
        run = subprocess.run(
            [node, str(SCRIPT), str(folder), str(TRIM), str(work / "roots.json"), str(out)],
            capture_output=True, text=True, timeout=NODE_LIMIT_S,
        )
    except subprocess.TimeoutExpired:
        raise StdlibError(f"bibliothèque Python de la liste personnalisée : {SCRIPT.name} n'a pas fini en {NODE_LIMIT_S} s") from None
    except OSError as error:
        raise StdlibError(f"bibliothèque Python de la liste personnalisée : Node.js ne démarre pas ({node} : {error.strerror or error})") from None
    if run.returncode != 0 or not out.is_file():
        last = (run.stderr.strip().splitlines() or ["(rien sur la sortie d'erreur)"])[-1]
        raise StdlibError(f"bibliothèque Python de la liste personnalisée non préparée ({SCRIPT.name}, code {run.returncode}) : {last}")
    try:
        os.replace(out, target)  # whole or absent: another build reading the cache never sees half a file
    except OSError as error:
        raise StdlibError(f"bibliothèque Python de la liste personnalisée : {target} non écrit ({error.strerror or error})") from None
    return target
