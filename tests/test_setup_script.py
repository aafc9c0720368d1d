"""scripts/setup.sh, sourced by a staff member's terminal (the staff guide: « après `source scripts/setup.sh` »), leaves
the terminal's shell options as they were: a strict mode left behind closed the terminal on the first command that
failed, `python -m generator validate` reporting a problem among them (a staff walk, stop 33). The commands are
then on the PATH. (Everything is installed when the tests run: the script only checks.)"""

from __future__ import annotations

import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_sourcing_the_set_up_keeps_the_shell_s_options_and_puts_the_commands_on_the_path():
    script = (
        'before="$-"; source scripts/setup.sh; echo "status=$?"; echo "options $before -> $-"; '
        'false; echo "after a failing command"; echo "unset: ${NOT_SET_ANYWHERE}."; '
        'echo "left: $(compgen -v _bts_ | tr "\\n" " ")."; command -v python'
    )
    done = subprocess.run(["bash", "-c", script], cwd=ROOT, capture_output=True, text=True, timeout=600)
    out = done.stdout
    assert done.returncode == 0, (done.stdout, done.stderr)
    assert "status=0" in out, out
    before, after = out.split("options ", 1)[1].split("\n", 1)[0].split(" -> ")
    assert set(after) == set(before) and not {"e", "u"} & set(after), (before, after)
    assert "after a failing command" in out and "unset: ." in out
    assert "left: ." in out, out  # (none of the script's own variables stays in the terminal)
    assert out.strip().splitlines()[-1] == str(ROOT / ".venv" / "bin" / "python")


def test_the_test_and_serve_scripts_still_stop_on_a_failure_of_their_own():
    for name in ("test.sh", "serve.sh"):
        text = (ROOT / "scripts" / name).read_text(encoding="utf-8")
        assert "set -euo pipefail" in text.split("source ", 1)[0], name


def test_a_failed_installation_says_so_in_french_and_stops_only_a_strict_caller(tmp_path):
    """The installation failing (here: no requirements.txt beside a copy of the script), a terminal is told so in
    French and stays open with its options; scripts/test.sh and serve.sh (`set -e`) stop, after the same message."""
    import shutil

    (tmp_path / "scripts").mkdir()
    shutil.copy(ROOT / "scripts" / "setup.sh", tmp_path / "scripts" / "setup.sh")
    fake = tmp_path / ".venv" / "bin" / "python"
    fake.parent.mkdir(parents=True)
    fake.write_text("#!/bin/sh\nexit 0\n", encoding="utf-8")
    fake.chmod(0o755)
    said = "scripts/setup.sh : l'installation n'a pas abouti"
    terminal = subprocess.run(
        ["bash", "-c", 'before="$-"; source scripts/setup.sh; echo "status=$?"; echo "options $before -> $-"; echo "left: $(compgen -v _bts_ | tr "\\n" " ")."; echo "PATH=$PATH"'],
        cwd=tmp_path, capture_output=True, text=True, timeout=120,
    )
    assert terminal.returncode == 0 and "status=1" in terminal.stdout and said in terminal.stderr, (terminal.stdout, terminal.stderr)
    before, after = terminal.stdout.split("options ", 1)[1].split("\n", 1)[0].split(" -> ")
    assert set(before) == set(after) and "left: ." in terminal.stdout, terminal.stdout
    assert str(tmp_path / ".venv" / "bin") not in terminal.stdout.split("PATH=", 1)[1]
    strict = subprocess.run(["bash", "-c", "set -euo pipefail; source scripts/setup.sh; echo reached"], cwd=tmp_path, capture_output=True, text=True, timeout=120)
    assert strict.returncode != 0 and "reached" not in strict.stdout and said in strict.stderr, (strict.stdout, strict.stderr)
    # where bash ignores `set -e` (« source … && … »): the failed step still stops the installation, which fails
    chained = subprocess.run(["bash", "-c", "source scripts/setup.sh && echo reached; echo status=$?"], cwd=tmp_path, capture_output=True, text=True, timeout=120)
    assert "reached" not in chained.stdout and "status=1" in chained.stdout and said in chained.stderr, (chained.stdout, chained.stderr)
    assert not (tmp_path / ".venv" / ".requirements.sha").exists()  # (no stamp written after the failed step)


def test_without_npm_and_without_pyodide_the_installation_says_what_is_missing(tmp_path):
    """review68c: npm absent, the installation skipped Pyodide without a word and ended as if all were ready (the staff
    guide: « Si rien d'autre ne s'affiche, tout est prêt »); mkdocs build then asked to run setup.sh again, which again
    said nothing. Now it fails, naming npm (Node.js), and the usual failure line follows. With Pyodide already there
    (installed otherwise), npm is not needed."""
    import os
    import shutil

    (tmp_path / "scripts").mkdir()
    shutil.copy(ROOT / "scripts" / "setup.sh", tmp_path / "scripts" / "setup.sh")
    (tmp_path / "requirements.txt").write_text("", encoding="utf-8")
    _installed_environment(tmp_path)
    # every command of the system but npm
    tools = tmp_path / "bin"
    tools.mkdir()
    for folder in ("/usr/local/bin", "/usr/bin", "/bin"):
        for tool in Path(folder).iterdir() if Path(folder).is_dir() else ():
            if tool.name != "npm" and not (tools / tool.name).exists():
                (tools / tool.name).symlink_to(tool)
    env = {**os.environ, "PATH": f"{tools}:/usr/sbin:/sbin"}
    done = subprocess.run(["bash", "-c", 'source scripts/setup.sh; echo "status=$?"'], cwd=tmp_path, env=env,
                          capture_output=True, text=True, timeout=120)
    assert "status=1" in done.stdout, (done.stdout, done.stderr)
    assert "npm (Node.js) est absent" in done.stderr and "l'installation n'a pas abouti" in done.stderr, done.stderr
    pyodide = tmp_path / "node_modules" / "pyodide" / "package.json"
    pyodide.parent.mkdir(parents=True)
    pyodide.write_text('{"version": "0"}', encoding="utf-8")
    done = subprocess.run(["bash", "-c", 'source scripts/setup.sh; echo "status=$?"'], cwd=tmp_path, env=env,
                          capture_output=True, text=True, timeout=120)
    assert "status=0" in done.stdout and "npm" not in done.stderr, (done.stdout, done.stderr)


def test_without_python3_venv_the_installation_installs_it_from_debian(tmp_path):
    """review68c: a fresh Debian (WSL's included) has python3 without ensurepip (Debian's python3-venv), or no python3
    at all: `python3 -m venv` failed with Debian's English hint and the staff member was stuck. The installation now
    installs python3 and python3-venv with apt-get first (a fake apt-get here, which records what it is asked and
    « installs » ensurepip), then makes the environment."""
    import os

    tools = _copy_of_the_script_with_tools(tmp_path, without={"npm", "python3", "apt-get", "sudo"})
    installed, asked = tmp_path / "ensurepip-installed", tmp_path / "apt-get-asked"
    # python3: « import ensurepip » fails until apt-get installed it; « -m venv » makes an environment of fakes
    (tools / "python3").write_text(f"""#!/bin/sh
if [ "$1" = "-c" ]; then [ -e {installed} ]; exit $?; fi
if [ "$1" = "-m" ] && [ "$2" = "venv" ]; then
  [ -e {installed} ] || {{ echo "The virtual environment was not created successfully because ensurepip is not available." >&2; exit 1; }}
  mkdir -p "$3/bin"; for t in python pip; do printf '#!/bin/sh\\nexit 0\\n' > "$3/bin/$t"; chmod +x "$3/bin/$t"; done; exit 0
fi
exit 1
""", encoding="utf-8")
    (tools / "apt-get").write_text(f'#!/bin/sh\necho "$@" >> {asked}\ncase "$*" in *python3-venv*) touch {installed};; esac\nexit 0\n', encoding="utf-8")
    (tools / "sudo").write_text('#!/bin/sh\nexec "$@"\n', encoding="utf-8")
    for tool in ("python3", "apt-get", "sudo"):
        (tools / tool).chmod(0o755)
    env = {**os.environ, "PATH": f"{tools}:/usr/sbin:/sbin"}
    done = subprocess.run(["bash", "-c", 'source scripts/setup.sh; echo "status=$?"'], cwd=tmp_path, env=env,
                          capture_output=True, text=True, timeout=120)
    assert "status=0" in done.stdout, (done.stdout, done.stderr)
    assert any("install" in line and "python3-venv" in line for line in asked.read_text(encoding="utf-8").splitlines()), asked.read_text(encoding="utf-8")
    assert (tmp_path / ".venv" / "bin" / "python").exists()


def _installed_environment(root: Path) -> Path:
    """A Python environment in ``root`` as setup.sh leaves it installed (fakes of its python and pip, the stamp of an
    empty requirements.txt): setup.sh has nothing to install there."""
    import hashlib

    venv = root / ".venv"
    (venv / "bin").mkdir(parents=True)
    for tool in ("python", "pip"):
        (venv / "bin" / tool).write_text("#!/bin/sh\nexit 0\n", encoding="utf-8")
        (venv / "bin" / tool).chmod(0o755)
    (venv / ".requirements.sha").write_text(hashlib.sha256(b"").hexdigest() + "\n", encoding="utf-8")
    return venv


def _copy_of_the_script_with_tools(tmp_path, without: set[str]) -> Path:
    """A copy of setup.sh beside an empty requirements.txt and Pyodide, and a folder of every command of the system but
    ``without`` (to put first on a faked PATH)."""
    import shutil

    (tmp_path / "scripts").mkdir()
    shutil.copy(ROOT / "scripts" / "setup.sh", tmp_path / "scripts" / "setup.sh")
    (tmp_path / "requirements.txt").write_text("", encoding="utf-8")
    pyodide = tmp_path / "node_modules" / "pyodide" / "package.json"
    pyodide.parent.mkdir(parents=True)
    pyodide.write_text('{"version": "0"}', encoding="utf-8")
    tools = tmp_path / "bin"
    tools.mkdir()
    for folder in ("/usr/local/bin", "/usr/bin", "/bin", "/usr/sbin", "/sbin"):
        for tool in Path(folder).iterdir() if Path(folder).is_dir() else ():
            if tool.name not in without and not (tools / tool.name).exists():
                (tools / tool.name).symlink_to(tool)
    return tools


def test_without_apt_get_the_installation_says_in_french_what_to_install_by_hand(tmp_path):
    """staff73: on a machine that is not Debian (no apt-get: macOS, Fedora, Git Bash), what was missing was asked of
    apt-get, and bash answered in English « apt-get: command not found » under the French failure line, naming nothing
    to install. Now the message says, in French, that the commands are made for Debian, what is missing (in words and as
    Debian's packages) and to install it by hand; nothing else is tried. Here, once the PDF libraries (ldconfig faked to
    list none), once Python's venv (no python3 at all)."""
    import os

    tools = _copy_of_the_script_with_tools(tmp_path, {"npm", "apt-get", "ldconfig", "fc-list"})
    (tools / "ldconfig").write_text("#!/bin/sh\nexit 0\n", encoding="utf-8")  # (lists no library)
    (tools / "ldconfig").chmod(0o755)
    venv = _installed_environment(tmp_path)
    env = {**os.environ, "PATH": str(tools)}
    run = ["bash", "-c", 'source scripts/setup.sh; echo "status=$?"']
    done = subprocess.run(run, cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120)
    said = done.stderr
    assert "status=1" in done.stdout, (done.stdout, said)
    assert "command not found" not in said and "introuvable" not in said, said
    assert "ce poste n'a pas apt-get" in said and "faites pour Debian" in said, said
    assert "WeasyPrint" in said and "Pango" in said and "Liberation" in said and "installer à la main" in said, said
    assert "apt-get install libpango-1.0-0 " in said and "l'installation n'a pas abouti" in said, said

    # no python3 at all, no environment yet
    import shutil
    shutil.rmtree(venv)
    (tools / "python3").unlink(missing_ok=True)
    for tool in tools.iterdir():
        if tool.name.startswith("python3"):
            tool.unlink()
    done = subprocess.run(run, cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120)
    said = done.stderr
    assert "status=1" in done.stdout and "command not found" not in said, (done.stdout, said)
    assert "il manque Python 3 (3.11 ou plus récent) avec son module venv" in said and "ce poste n'a pas apt-get" in said, said
    assert "apt-get install python3 python3-venv" in said and not venv.exists(), said


def test_with_apt_get_but_neither_root_nor_sudo_the_installation_says_whom_to_ask(tmp_path):
    """A Debian account that is not root, on a machine without sudo: « sudo: command not found » in English. Now the
    message says what is missing and the line the computer department types as root."""
    import os

    tools = _copy_of_the_script_with_tools(tmp_path, {"npm", "python3", "sudo", "apt-get", "id"})
    (tools / "id").write_text("#!/bin/sh\necho 1000\n", encoding="utf-8")
    (tools / "apt-get").write_text("#!/bin/sh\necho apt-get was run >&2\nexit 1\n", encoding="utf-8")
    for tool in ("id", "apt-get"):
        (tools / tool).chmod(0o755)
    env = {**os.environ, "PATH": str(tools)}
    done = subprocess.run(["bash", "-c", 'source scripts/setup.sh; echo "status=$?"'], cwd=tmp_path, env=env,
                          capture_output=True, text=True, timeout=120)
    said = done.stderr
    assert "status=1" in done.stdout and "command not found" not in said and "apt-get was run" not in said, (done.stdout, said)
    assert "il manque Python 3" in said and "ce poste n'a pas sudo" in said, said
    assert "en administrateur : apt-get install python3 python3-venv" in said, said
