#!/usr/bin/env bash
# Runs every test of the project from a fresh clone: `bash scripts/test.sh`.
# Installs what is missing first (Python packages, npm packages, Debian chromium).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export SETUP_BROWSER=1
source "$ROOT/scripts/setup.sh"
cd "$ROOT"
python -m generator validate
python -m pytest -q "$@"
