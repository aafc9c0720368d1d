"""The checklist's standard library: the modules it uses, compiled in advance (runs inside Pyodide).

Pyodide ships its standard library as ``python_stdlib.zip``: 559 modules as source (2.5 MB),
which Python compiles each time one is imported. Booting Pyodide compiles about 140 of
them: most of the time its boot takes (measured in Node: about 2.2 s with that zip, 0.7 s
with the same modules compiled in advance). ``stdlib.py`` has this module run by
``stdlib.mjs``, in Pyodide itself (the bytecode must be its Python's), to write the zip the
checklist's worker gives Pyodide instead (``loadPyodide({stdLibURL})``):

- the modules Python had imported once Pyodide had booted as the worker boots it
  (``recorded``: every module of Pyodide's own start);
- and every module the engine's and the worker's imports can reach (``reachable``): each
  ``import`` and ``from … import`` of their source, wherever it is (in a function, a ``try``),
  and ``importlib.import_module("…")``/``__import__("…")`` with a written name, again for each
  module found but those imported at boot, so that an import made later, on the path of an
  answer (``datetime.strptime`` imports ``_strptime``), finds its module;
- each as bytecode only (``.pyc``, unchecked hash: never compared with a source that is not
  there), its members compressed (deflate), so that the file is small on any host, whether it
  sends precompressed copies or not (a zip of stored members is 3.9 MB, 1.1 MB in Brotli, but
  3.9 MB from a host that does not compress ``application/zip``).

Standard library only, no package import: this file is read into Pyodide on its own.
"""

from __future__ import annotations

import ast
import importlib.util
import zipfile
from importlib._bootstrap_external import _code_to_hash_pyc

# A member's date in the zip: fixed (the zip's name, not its dates, says what it holds).
DATE = (2000, 1, 1, 0, 0, 0)


def sources(library: zipfile.ZipFile) -> dict[str, tuple[zipfile.ZipInfo, bool]]:
    """Module name → (its member, whether it is a package), for every ``.py`` of the zip."""
    found = {}
    for info in library.infolist():
        if info.filename.endswith(".py"):
            name = info.filename[: -len(".py")].replace("/", ".")
            package = name.endswith(".__init__")
            found[name.removesuffix(".__init__")] = (info, package)
    return found


def imports_of(source: bytes | str, name: str, package: bool) -> set[str]:
    """Every module name ``source`` (module ``name``) may import: each written import, absolute or
    relative, with ``from a import b`` giving ``a`` and ``a.b`` (``b`` may be a submodule)."""
    found = set()
    for node in _walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            module = _absolute(node, name, package)
            if module:
                found.add(module)
                found.update(f"{module}.{alias.name}" for alias in node.names if alias.name != "*")
        elif isinstance(node, ast.Call) and _imports_by_name(node.func) and node.args:
            first = node.args[0]
            if isinstance(first, ast.Constant) and isinstance(first.value, str):
                found.add(first.value)
    return found


def _walk(tree: ast.AST):
    """Every node of ``tree`` but those of an ``if __name__ == "__main__":`` block (run as a script
    only: ``heapq`` imports ``doctest`` there, which imports half the library)."""
    waiting = [tree]
    while waiting:
        node = waiting.pop()
        yield node
        for child in ast.iter_child_nodes(node):
            if not _main_block(child):
                waiting.append(child)


def _main_block(node: ast.AST) -> bool:
    test = node.test if isinstance(node, ast.If) else None
    return (
        isinstance(test, ast.Compare) and isinstance(test.left, ast.Name) and test.left.id == "__name__"
        and len(test.comparators) == 1 and isinstance(test.comparators[0], ast.Constant) and test.comparators[0].value == "__main__"
    )


def _absolute(node: ast.ImportFrom, name: str, package: bool) -> str | None:
    if not node.level:
        return node.module
    base = name if package else name.rpartition(".")[0]
    for _ in range(node.level - 1):
        base = base.rpartition(".")[0]
    if not base:
        return None
    return f"{base}.{node.module}" if node.module else base


def _imports_by_name(function: ast.expr) -> bool:
    called = function.attr if isinstance(function, ast.Attribute) else function.id if isinstance(function, ast.Name) else None
    return called in ("import_module", "__import__")


def reachable(library: zipfile.ZipFile, roots, loaded=()) -> set[str]:
    """The modules of ``library`` that ``roots`` may import, directly or not, and their packages.
    Names the zip does not hold (built in, or absent from Pyodide) are left out. A module of
    ``loaded`` (imported at boot: what its import needed was imported then) is kept but not read:
    every module's imports, followed to the end, reach most of the library (``traceback`` →
    ``ast`` → ``inspect`` → ``importlib`` → ``importlib.metadata`` → ``email``…)."""
    known = sources(library)
    loaded = set(loaded)
    kept: set[str] = set()
    waiting = list(roots)
    while waiting:
        parts = waiting.pop().split(".")
        for end in range(1, len(parts) + 1):
            name = ".".join(parts[:end])
            if name in known and name not in kept:
                kept.add(name)
                if name not in loaded:
                    info, package = known[name]
                    waiting.extend(imports_of(library.read(info), name, package))
    return kept


def trimmed(library: zipfile.ZipFile, recorded, roots, out, location: str = "") -> list[str]:
    """Write to ``out`` (a path or a file) the zip of the modules ``recorded`` and those ``roots``
    reach, compiled by this Python; returns their names, sorted. ``location``: where the zip will
    be (``/lib/python314.zip/`` in Pyodide), which a traceback names each module's file by."""
    known = sources(library)
    names = sorted((set(recorded) & set(known)) | reachable(library, roots, recorded))
    with zipfile.ZipFile(out, "w") as zipped:
        for name in names:
            info, _ = known[name]
            source = library.read(info)
            code = compile(source, location + info.filename, "exec", dont_inherit=True)
            member = zipfile.ZipInfo(info.filename + "c", DATE)
            member.external_attr = 0o644 << 16
            data = bytes(_code_to_hash_pyc(code, importlib.util.source_hash(source), checked=False))
            zipped.writestr(member, data, compress_type=zipfile.ZIP_DEFLATED, compresslevel=9)
    return names
