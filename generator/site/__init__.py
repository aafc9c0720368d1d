"""Stage 5 of the pipeline: the published notices as a MkDocs Material site.

Page generation is pure (``pages.site_files(notices, today)`` returns Markdown
and calendar files as strings) and does not need MkDocs; ``hook.py`` is the
MkDocs hook (its events in ``events.py``): it validates the project, hands those
strings to MkDocs, and publishes atomically (``publish.py``) with a
Content-Security-Policy (``csp.py``); ``serving.py`` keeps ``mkdocs serve`` answering.
"""
