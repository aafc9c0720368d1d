"""Stage 5 of the pipeline: the published notices as a MkDocs Material site.

Page generation is pure (``pages.site_files(notices, today)`` returns Markdown
and calendar files as strings) and does not need MkDocs.

Modules, by concern:

- ``pages.py``: every generated file (``site_files``) and the navigation (``nav``);
- ``paths.py``: where each file goes;
- ``notice_view.py``, ``establishment_view.py``, ``home_view.py``: the view model of each page;
- ``document_view.py``: the tables of supporting documents those pages and the PDF's annex share;
- ``directory.py``: where each candidate goes (every department, its academy, its notice here by
  audience, or the academy's official site), for the home page, the notices and the checklist;
- ``words.py``: the notices' data in words (conditions, deadlines, past sessions);
- ``templates/``: the layouts (Jinja2); ``templating.py``: their environments, escaping by output;
- ``text.py``: the escaping functions and French typography; ``dates.py``: dates in French;
- ``timeline.py``: the timeline (an ordered list, today added by ``site_overrides/assets/past.js``);
  ``ics.py``: the calendars;
- ``hook.py``: the MkDocs hook, its events in ``events.py``: it validates the project, hands the
  generated files to MkDocs and publishes atomically (``publish.py``) with a
  Content-Security-Policy (``csp.py``); ``serving.py`` keeps ``mkdocs serve`` answering,
  ``failure.py`` turns an internal error into a French message.
"""
