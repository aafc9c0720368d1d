#!/usr/bin/env bash
# Runs every test of the project from a fresh clone: `bash scripts/test.sh`.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$ROOT/scripts/setup.sh"
cd "$ROOT"
python -m generator validate
python -m pytest -q "$@"
