#!/usr/bin/env bash
# Idempotent set-up of everything the project needs, on a fresh machine:
# - a Python virtual environment with the pinned packages (requirements.txt);
# - the pinned npm packages (package-lock.json: pyodide, axe-core);
# - with SETUP_BROWSER=1, Debian's chromium for the browser tests.
# Sourced by scripts/serve.sh and scripts/test.sh.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="$ROOT/.venv"
if [ ! -x "$VENV/bin/python" ]; then
  python3 -m venv "$VENV"
fi
STAMP="$VENV/.requirements.sha"
WANT="$(sha256sum "$ROOT/requirements.txt" | cut -d' ' -f1)"
if [ ! -f "$STAMP" ] || [ "$(cat "$STAMP")" != "$WANT" ]; then
  "$VENV/bin/pip" install --quiet --disable-pip-version-check -r "$ROOT/requirements.txt"
  echo "$WANT" > "$STAMP"
fi
export PATH="$VENV/bin:$PATH"

# npm packages: reinstall when package-lock.json changed since the last install.
if command -v npm >/dev/null 2>&1; then
  if ! cmp -s "$ROOT/package-lock.json" "$ROOT/node_modules/.package-lock.json.installed" 2>/dev/null; then
    (cd "$ROOT" && npm ci --no-audit --no-fund --loglevel=error)
    cp "$ROOT/package-lock.json" "$ROOT/node_modules/.package-lock.json.installed"
  fi
fi

if [ "${SETUP_BROWSER:-0}" = "1" ] && [ ! -x /usr/bin/chromium ]; then
  if [ "$(id -u)" = "0" ]; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  else
    sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  fi
fi
