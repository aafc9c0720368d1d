"""The personalised checklist: a rules engine (``engine``, pure Python, also run in
Pyodide), the Notice → ruleset compiler (``compile``) and the page (``page``)."""
