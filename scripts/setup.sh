#!/usr/bin/env bash
# Idempotent set-up of everything the project needs, on a fresh machine:
# - Debian's python3 and python3-venv when missing, then a Python virtual environment with the pinned packages
#   (requirements.txt);
# - the pinned npm packages (package-lock.json: pyodide, axe-core);
# - the Debian libraries WeasyPrint prints the notices' PDFs with (Pango, HarfBuzz's subsetter) and
#   a font, when they are missing;
# - with SETUP_BROWSER=1, Debian's chromium for the browser tests.
# Sourced by scripts/serve.sh and scripts/test.sh, and by a staff member's terminal (`source scripts/setup.sh`,
# the staff guide's « Les commandes »): the installation runs in a bash of its own, in strict mode, so that the caller's
# shell options stay as they were (a strict mode left in an interactive shell closes the terminal on the first
# command that fails, `python -m generator validate` reporting a problem among them) and a failed installation
# does not close it either; only PATH and PYTHONPATH change in the caller, when everything is installed.
# Typed with sh (Debian's dash) instead of source: ${BASH_SOURCE[0]} below is empty there, and the installation ran
# with the root folder, /, as the project's (staff71: `sh scripts/setup.sh` made a /.venv, then failed in English,
# « Bad substitution »). POSIX words only until this test.
if [ -z "${BASH_VERSION:-}" ]; then
  echo "scripts/setup.sh : rien n'a été fait : cette commande se tape avec source, dans le terminal de Debian (bash) : source scripts/setup.sh" >&2
  return 2 2>/dev/null || exit 2
fi
_bts_setup_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# (a caller's `set -e` would stop at the failed installation before the message below: set back after it)
case $- in *e*) _bts_setup_errexit=1 ;; *) _bts_setup_errexit=0 ;; esac
set +e
# (in a bash of its own, not a subshell: a subshell's `set -e` does nothing where the caller's is ignored,
# `source scripts/setup.sh && …`, and a failed step would go on to the next)
_bts_setup_script=$(cat <<'BTS_SETUP'
ROOT="$BTS_SETUP_ROOT"
VENV="$ROOT/.venv"

# Debian packages: apt-get as root, else through sudo. $1: what they are, in French, for the message of a machine
# without apt-get (not Debian: macOS, Fedora, Git Bash; staff73: bash answered « apt-get: command not found », in
# English, and the staff member did not know what was missing) or of an account without root nor sudo.
apt_install() {
  local what="$1" sudo=""
  shift
  if ! command -v apt-get >/dev/null 2>&1; then
    echo "scripts/setup.sh : il manque $what, et ce poste n'a pas apt-get, l'outil d'installation de Debian : les commandes du projet sont faites pour Debian (sous Windows : le terminal « Debian » de WSL). Sur ce poste, installer à la main ce qui manque, avec l'outil d'installation de son système, ou le demander au service informatique (sous Debian, ce serait : sudo apt-get install $*), puis relancer source scripts/setup.sh." >&2
    exit 1
  fi
  if [ "$(id -u)" != "0" ]; then
    if ! command -v sudo >/dev/null 2>&1; then
      echo "scripts/setup.sh : il manque $what ; ce compte n'est pas administrateur (root) et ce poste n'a pas sudo pour installer : demander au service informatique de taper, en administrateur : apt-get install $*, puis relancer source scripts/setup.sh." >&2
      exit 1
    fi
    sudo="sudo"
  fi
  $sudo apt-get update -qq && $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}

if [ ! -x "$VENV/bin/python" ]; then
  # A fresh Debian (WSL's included) has python3 without its venv module's ensurepip, or no python3 at all: venv then
  # failed with Debian's English hint (review68c)
  if ! command -v python3 >/dev/null 2>&1 || ! python3 -c "import ensurepip, venv" >/dev/null 2>&1; then
    apt_install "Python 3 (3.11 ou plus récent) avec son module venv" python3 python3-venv
  fi
  python3 -m venv "$VENV"
fi
STAMP="$VENV/.requirements.sha"
# (shasum where sha256sum is absent, macOS: a system without apt-get on which Python and the libraries were installed
# by hand, as the message of apt_install says)
if command -v sha256sum >/dev/null 2>&1; then
  WANT="$(sha256sum "$ROOT/requirements.txt" | cut -d' ' -f1)"
else
  WANT="$(shasum -a 256 "$ROOT/requirements.txt" | cut -d' ' -f1)"
fi
if [ ! -f "$STAMP" ] || [ "$(cat "$STAMP")" != "$WANT" ]; then
  "$VENV/bin/pip" install --quiet --disable-pip-version-check -r "$ROOT/requirements.txt"
  echo "$WANT" > "$STAMP"
fi

# npm packages: reinstall when package-lock.json changed since the last install.
if command -v npm >/dev/null 2>&1; then
  if ! cmp -s "$ROOT/package-lock.json" "$ROOT/node_modules/.package-lock.json.installed" 2>/dev/null; then
    (cd "$ROOT" && npm ci --no-audit --no-fund --loglevel=error)
    cp "$ROOT/package-lock.json" "$ROOT/node_modules/.package-lock.json.installed"
  fi
elif [ ! -f "$ROOT/node_modules/pyodide/package.json" ]; then
  # (without npm, nothing installed Pyodide: the installation said nothing, the staff guide's « tout est prêt », then
  # mkdocs build asked to run this script again, which again said nothing; review68c)
  echo "scripts/setup.sh : npm (Node.js) est absent de ce poste : il installe Pyodide, dont la liste personnalisée a besoin pour être construite. Installer Node.js 20 (ou plus récent) avec npm, ou le demander au service informatique, puis relancer source scripts/setup.sh." >&2
  exit 1
fi

# WeasyPrint (the notices' PDFs, generator/pdf) loads Pango, PangoFT2 and HarfBuzz's subsetter, and prints
# with the fonts of the system (DejaVu; Liberation Sans Narrow for the long forms, the fiche préparatoire on one
# page: nothing is fetched from the web).
WEASYPRINT_LIBRARIES=(libpango-1.0.so.0 libpangoft2-1.0.so.0 libharfbuzz-subset.so.0 libfontconfig.so.1)
missing=0
if LIBRARIES="$({ command -v ldconfig >/dev/null && ldconfig -p || /sbin/ldconfig -p; } 2>/dev/null)"; then
  for library in "${WEASYPRINT_LIBRARIES[@]}"; do
    grep -qF "$library" <<<"$LIBRARIES" || missing=1
  done
else
  # no ldconfig (not Linux: macOS): WeasyPrint's own loading of them says whether they are there
  "$VENV/bin/python" -W ignore -c "import weasyprint.text.ffi as f; raise SystemExit(f.harfbuzz_subset is None)" >/dev/null 2>&1 || missing=1
fi
# the fonts, where Debian puts them or wherever fontconfig (which WeasyPrint finds them with) lists them
FONTS="$(fc-list 2>/dev/null || true)"
for font in dejavu/DejaVuSans.ttf liberation/LiberationSansNarrow-Regular.ttf; do
  [ -e "/usr/share/fonts/truetype/$font" ] || grep -qF "/${font#*/}:" <<<"$FONTS" || missing=1
done
if [ "$missing" = "1" ]; then
  apt_install "les bibliothèques avec lesquelles WeasyPrint imprime les PDF des notices (Pango, PangoFT2, HarfBuzz avec son module subset, fontconfig) et les polices DejaVu et Liberation (dont Liberation Sans Narrow)" \
    libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0 libfontconfig1 fonts-dejavu-core fonts-liberation
fi

if [ "${SETUP_BROWSER:-0}" = "1" ] && [ ! -x /usr/bin/chromium ]; then
  apt_install "le navigateur Chromium (pour les tests)" chromium
fi
BTS_SETUP
)
BTS_SETUP_ROOT="$_bts_setup_root" SETUP_BROWSER="${SETUP_BROWSER:-0}" bash -euo pipefail -c "$_bts_setup_script"
_bts_setup_status=$?
if [ "$_bts_setup_errexit" = "1" ]; then set -e; fi
if [ "$_bts_setup_status" = "0" ]; then
  export PATH="$_bts_setup_root/.venv/bin:$PATH"
  # The project on Python's path, so that `python -m generator` typed in another folder of this terminal runs our code,
  # which says in French to go to the project's folder (generator/__main__.py), not Python's English « No module named
  # generator » (staff69); a folder holding its own copy of the project still runs that copy (Python looks in the
  # current folder first)
  case ":${PYTHONPATH:-}:" in
    *":$_bts_setup_root:"*) ;;
    *) export PYTHONPATH="$_bts_setup_root${PYTHONPATH:+:$PYTHONPATH}" ;;
  esac
  if [ "${BASH_SOURCE[0]}" = "$0" ]; then
    # Run as a program (`bash scripts/setup.sh`, `./scripts/setup.sh`), not sourced: the installation is done, but
    # PATH and PYTHONPATH changed in a bash that ends here, and the terminal's `python -m generator` then answered in
    # English (« No module named generator », or no python at all) with nothing said (staff71)
    if [ "$PWD" = "$_bts_setup_root" ]; then _bts_setup_cd=""; else _bts_setup_cd="cd $(printf '%q' "$_bts_setup_root") && "; fi
    echo "scripts/setup.sh : installation terminée, mais la commande a été lancée sans source : les commandes du projet ne sont pas disponibles dans ce terminal. Taper : ${_bts_setup_cd}source scripts/setup.sh" >&2
    unset _bts_setup_cd
  else
    # The preview's and the publication's mkdocs, typed in another folder (a subfolder as academies/ included) answered
    # in English « Config file 'mkdocs.yml' does not exist » (staff71): in this terminal, mkdocs build (serve,
    # gh-deploy) without a mkdocs.yml here, nor -f, says in French where to type it, with the line to paste, and runs
    # nothing; anything else is mkdocs' own. The project's folder is the one of the mkdocs found (.venv/bin/mkdocs).
    # (`function mkdocs`, not `mkdocs()`: a staff member's alias named mkdocs would be expanded in the latter while this
    # file is sourced, a syntax error; `|| true`: a caller's set -e would end the function silently without mkdocs)
    function mkdocs {
      local program root argument typed="mkdocs"
      program="$(type -P mkdocs || true)"
      root="$(dirname "$(dirname "$(dirname "$program")")")"
      case "${1:-}" in build|serve|gh-deploy) ;; *) command mkdocs "$@"; return ;; esac
      for argument in "$@"; do
        case "$argument" in -f|-f?*|--config-file|--config-file=*|-h|--help) command mkdocs "$@"; return ;; esac
        typed+=" $(printf '%q' "$argument")"
      done
      if [ -e mkdocs.yml ] || [ -z "$program" ] || [ ! -e "$root/scripts/setup.sh" ]; then command mkdocs "$@"; return; fi
      echo "mkdocs : les commandes se tapent dans le dossier du projet, pas dans celui-ci ($PWD) : y aller, puis relancer la commande, en tapant cd $(printf '%q' "$root") && $typed" >&2
      return 2
    }
    # Sourced by a terminal (not by serve.sh or test.sh, which move to the project's folder next) from another folder:
    # `python -m generator` finds the generator only in the project's folder, and elsewhere Python answers in English
    # « No module named generator » (a staff walk, staff67, sourced the script by its path from another folder)
    if [ "${#BASH_SOURCE[@]}" = "1" ] && [ "$PWD" != "$_bts_setup_root" ]; then
      echo "scripts/setup.sh : prêt. Les commandes python -m generator se tapent dans le dossier du projet, pas dans celui-ci ($PWD) : taper d'abord cd $(printf '%q' "$_bts_setup_root")" >&2
    fi
  fi
else
  echo "scripts/setup.sh : l'installation n'a pas abouti (voir les messages ci-dessus) ; rien n'a été changé dans ce terminal." >&2
fi
unset _bts_setup_root _bts_setup_errexit _bts_setup_script
# (sourced: return its status to the caller, whose own `set -e` stops on a failure; run as a program: exit.
# The status is written into the command before its variable is unset, so nothing of ours stays in the caller.)
eval "unset _bts_setup_status; return $_bts_setup_status 2>/dev/null || exit $_bts_setup_status"
