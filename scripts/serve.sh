#!/usr/bin/env bash
# Builds and serves the site on http://127.0.0.1:8000 from a fresh clone: `bash scripts/serve.sh`.
# Typed with sh (Debian's dash), it stopped at once in English (« set: Illegal option -o pipefail »); sourced, as
# setup.sh is, its set -e and exec would have stayed in the terminal and closed it with the preview (staff71).
# POSIX words only until this test.
if [ -z "${BASH_VERSION:-}" ] || [ "${BASH_SOURCE[0]}" != "$0" ]; then
  echo "scripts/serve.sh : rien n'a été fait : cette commande se tape avec bash : bash scripts/serve.sh" >&2
  return 2 2>/dev/null || exit 2
fi
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$ROOT/scripts/setup.sh"
# The folder this was typed in: the commands the preview prints (another port's) are pasted there, not in $ROOT.
export BTS_GUIDE_TYPED_IN="$PWD"
cd "$ROOT"
# No `validate` first: with a broken YAML file the preview still starts and shows the
# report in the browser (and in this terminal), then rebuilds on the fix.
# Material's notice of its end of life (in English, for whoever maintains the site's code: README) is not for the
# staff member previewing their YAML; `mkdocs build` still prints it. Set NO_MKDOCS_2_WARNING= (empty) to see it here.
export NO_MKDOCS_2_WARNING="${NO_MKDOCS_2_WARNING-1}"
exec mkdocs serve "$@"
