"""MkDocs hook (``hooks:`` in mkdocs.yml): the events of ``generator/site/events.py``.

Kept to what must happen before the generator can be imported: the project on
``sys.path`` (the ``mkdocs`` script does not put it there), and, should the
import itself fail (a bug, a missing package), a French message when the build
starts instead of a traceback (and instead of MkDocs' « Aborted with a BuildError! »).
"""

from __future__ import annotations

import sys
from pathlib import Path

from mkdocs.exceptions import Abort, PluginError

ROOT_OF_THIS_FILE = Path(__file__).resolve().parents[2]
if str(ROOT_OF_THIS_FILE) not in sys.path:
    sys.path.insert(0, str(ROOT_OF_THIS_FILE))

try:
    from generator.site.events import (  # noqa: F401  (MkDocs finds the on_* names here)
        on_build_error,
        on_config,
        on_env,
        on_files,
        on_page_content,
        on_page_context,
        on_post_build,
        on_post_page,
        on_post_template,
        on_serve,
        on_shutdown,
        on_startup,
    )
except Exception as error:  # noqa: BLE001
    _import_error = error

    def on_config(config):
        try:
            from generator.site.failure import internal_error

            message = internal_error(_import_error, ROOT_OF_THIS_FILE, "import du générateur")
        except Exception:  # noqa: BLE001  even the message's module does not import
            message = f"Erreur interne du générateur : il ne se charge pas ({type(_import_error).__name__} : {_import_error})."
        raise PluginError(message) from None

    class _Stop(Abort):  # events.Stop, which did not import: the message last, instead of MkDocs' English line
        def show(self, *args, **kwargs):
            print("\n" + self.format_message(), file=sys.stderr)

    def on_build_error(error):
        if isinstance(error, PluginError):
            raise _Stop(str(error)) from None
