"""Stage 5 of the pipeline: the published notices as a MkDocs Material site.

Page generation is pure (``pages.site_files(notices, today)`` returns Markdown
and calendar files as strings) and does not need MkDocs; ``hook.py`` is the
thin MkDocs hook that validates the project and hands those strings to MkDocs.
"""
