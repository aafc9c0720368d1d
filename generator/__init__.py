"""BTS registration guide generator: academy YAML + national content → notices and checklist.

Folders: ``model`` (one dataclass per YAML concept), ``strict_yaml`` and
``schema`` (reading), ``checks`` (cross-checks), ``pipeline`` (the stages in
order), ``cli`` (``python -m generator …``).
"""
