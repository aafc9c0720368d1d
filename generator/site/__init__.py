"""Stage 5 of the pipeline: the published notices as a MkDocs Material site.

Page generation is pure (``pages.site_files(notices, today)`` returns Markdown
and calendar files as strings) and does not need MkDocs; ``hook.py`` is the
thin MkDocs hook that validates the project and hands those strings to MkDocs.

Modules, by concern:

- ``pages.py``: every generated file (``site_files``) and the navigation (``nav``);
- ``paths.py``: where each file goes;
- ``notice_view.py``, ``establishment_view.py``, ``home_view.py``: the view model of each page;
- ``words.py``: the notices' data in words (conditions, deadlines, past sessions);
- ``templates/``: the layouts (Jinja2); ``templating.py``: their environments, escaping by output;
- ``text.py``: the escaping functions and French typography; ``dates.py``: dates in French;
- ``timeline.py``: the SVG timeline; ``ics.py``: the calendars; ``hook.py``: the MkDocs hook.
"""
