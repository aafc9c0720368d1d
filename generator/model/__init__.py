"""The typed model: one small frozen dataclass per YAML concept.

- ``academy``: an academy and its stable offices (``academies/<slug>/academy.yaml``);
- ``session``: one session's notice (``academies/<slug>/<year>.yaml``);
- ``specialties``: the specialty catalogue and R408 lists;
- ``content``: national content (``content/*.yaml``);
- ``conditions``: the ``when:`` condition language;
- ``values``: scalar types (dates, e-mails, phones…) with their French messages.
"""
