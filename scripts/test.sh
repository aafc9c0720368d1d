#!/usr/bin/env bash
# Runs every test of the project from a fresh clone: `bash scripts/test.sh`.
# Installs what is missing first (Python packages, npm packages, Debian chromium).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export SETUP_BROWSER=1
source "$ROOT/scripts/setup.sh"
cd "$ROOT"
# Bytecode compiled once for the run, in a folder of its own (never in the tree): with PYTHONDONTWRITEBYTECODE set,
# every `python -m generator` and `mkdocs` the tests start compiled the generator again (speedtests61 L4: a checklist
# command 0.62 s CPU, 0.41 with its bytecode kept).
PYCACHE_DIR="$(mktemp -d "${TMPDIR:-/tmp}/bts-test-pycache.XXXXXX")"
trap 'rm -rf "$PYCACHE_DIR"' EXIT
export PYTHONPYCACHEPREFIX="$PYCACHE_DIR"
unset PYTHONDONTWRITEBYTECODE
python -m generator validate
# Three workers on the machines' two processors, each running whole test files: a file's
# browser and built sites are made once (pytest-xdist, --dist loadfile), the longest files first
# (tests/conftest.py LONG_FIRST; --no-loadscope-reorder: xdist would order files by their number of
# tests, and a long file of one test came last). Three, not two: with two, the processors were idle
# about 45 % of the run (the browser files wait on Chromium and Pyodide); fresh clones of the same
# code on this machine took 15 min 9 s with two and 13 min 54 s / 14 min 25 s with three (2026-12-06).
# Not four: with three, both processors are busy from the first minute to the last (/proc/stat read every 10 s
# through a fresh clone's run, 2026-12-07: 99-100 % busy but for the first and last minutes): a fourth would only share them.
# BTS_TEST_WORKERS=2 (or 0: one process) to choose.
python -m pytest -q -n "${BTS_TEST_WORKERS:-3}" --dist loadfile --no-loadscope-reorder "$@"
