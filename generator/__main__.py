import os
import re
import shlex
import sys
from pathlib import Path


def _outside_the_project() -> str | None:
    """The line to print when ``python -m generator`` is typed outside the project's folder (and not inside one of its
    folders) without ``--root``: the staff guide has the commands typed in the project's folder, where the paths they
    take and print (academies/…, site/) are. A terminal where ``source scripts/setup.sh`` ran finds the generator from
    any folder (setup.sh puts the project on PYTHONPATH): without this line, the command would run on the project from
    elsewhere, and ``mkdocs build``, next, would not (staff69: typed in another folder, Python answered « No module
    named generator » in English). None where the command may run."""
    if any(re.fullmatch(r"--r(?:o(?:o(?:t)?)?)?(?:=.*)?", argument) for argument in sys.argv[1:]):
        return None  # (the project named: --root, or a prefix argparse takes for it)
    root = Path(__file__).resolve().parent.parent
    try:
        here = Path.cwd().resolve()
    except OSError:  # (the current folder removed meanwhile)
        here = None
    if here is not None and (here == root or root in here.parents):
        return None
    typed = shlex.join(["python", "-m", "generator", *sys.argv[1:]])
    return (f"python -m generator : les commandes se tapent dans le dossier du projet, pas dans celui-ci "
            f"({os.environ.get('PWD') if here is None else here}) : y aller, puis relancer la commande, en tapant "
            f"cd {shlex.quote(str(root))} && {typed}\n")


_elsewhere = _outside_the_project()
if _elsewhere is not None:
    sys.stderr.write(_elsewhere)
    sys.exit(2)

try:
    from .cli import main
except ModuleNotFoundError as error:  # (a terminal without the project's environment: a staff walk got a traceback)
    if (error.name or "").split(".")[0] == "generator":
        raise
    sys.stderr.write(
        f"Les outils du projet ne sont pas chargés dans ce terminal (module manquant : {error.name}). "
        "Dans le dossier du projet, taper d'abord : source scripts/setup.sh — puis relancer la commande.\n"
    )
    sys.exit(2)

sys.exit(main())
