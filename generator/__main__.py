import sys

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
