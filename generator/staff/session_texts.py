"""The texts of a session file a candidate reads, found by walking its records (validate's lint and new-session both
read them: generator.staff.lint, generator.staff.rollover), and the verify: line new-session writes on a section
carried over as a whole."""

from __future__ import annotations

import re

from ..model.session import UNPUBLISHED
from ..model.values import ChoiceId, Email, Identifier, Phone, Url
from ..schema import VERIFY, Record, yaml_fields
from .reviewed import KEY as REVIEWED

SECTION_WIDE = "rubrique de la session {source}, à vérifier en entier (éléments ajoutés, retirés ou modifiés)"
"""The reason of the verify: line new-session writes on the first item of a section that carries over (the first item
of a list, the first value of a mapping, the section's record itself): the whole section is to check."""
_SECTION_WIDE = re.compile(re.escape(SECTION_WIDE.split("{source}")[0]) + r"\d{4}, à vérifier en entier")


def marks_section(verify: str | None) -> bool:
    """A ``verify:`` text that marks its whole section « à vérifier en entier » (``SECTION_WIDE``), on its first item."""
    return verify is not None and _SECTION_WIDE.search(" ".join(verify.split())) is not None


# The date of a text the words cite (« arrêté du 13 juillet 2023 », « décret n°2020-1167 du 23 septembre 2020 »).
TEXT_DATED = re.compile(r"(arr[êe]t[ée]|d[ée]cret|loi|circulaire|note de service|code|B\.O\.)[^.;]*\bdu\s*$", re.IGNORECASE)


# The fields of a session no candidate reads, left out of ``candidate_texts`` and ``emails_of``: model.session's
# UNPUBLISHED (session.source, drop: reasons; new-session's walk leaves them out too), the verify: and reviewed: lines;
# values that are identifiers, addresses or numbers are not texts (``text_values``).
SKIPPED_FIELDS = (VERIFY, REVIEWED)
NOT_TEXT = (Identifier, ChoiceId, Url, Email, Phone)


def leaves(value, key: str, kind):
    """The values of type ``kind`` in a field's value (``key``: its name), each with its key under the record: the
    field's value itself, a list's items and a mapping's values included (``name[2]``, ``name.id``); not inside a
    value of type ``kind``."""
    if isinstance(value, kind):
        yield key, value
    elif isinstance(value, (tuple, list)):
        for i, item in enumerate(value):
            yield from leaves(item, f"{key}[{i}]", kind)
    elif isinstance(value, dict):
        for name, item in value.items():
            yield from leaves(item, f"{key}.{name}", kind)


def text_values(value, key: str):
    """The texts of a field's value (``leaves``): (its key for the record's positions, the text)."""
    return ((k, text) for k, text in leaves(value, key, str) if not isinstance(text, NOT_TEXT))


def candidate_texts(session) -> list[tuple[object, str, str, str, str, bool]]:
    """Every text of a session a candidate may read, on its page, its checklist or its PDF (the notice's words, the
    guide's reading of them: a deadline's words and note, a step's text, an R408 list's note, a contradiction's advice,
    the source notes…), found by walking the session file's records, so that a field added to the model is covered by
    itself (a staff walk: r408.list.note, source_notes, contradictions and specialty_contacts_note were not):
    (the record, its path, the field, the text's key under the record: the field's name, or an item's, ``address[1]``,
    the text, and whether it is still to verify). Still to verify: the texts of a record with a verify: line or under
    one (a Passage under its Contradiction, r408.list under r408), and the items of a section whose first item carries
    new-session's « à vérifier en entier » (``marks_section``): their verify: lines say them, and the check of
    dates leaves them out (review40-diff M3; the file's own verify: line, the session's, stays until the end: it does
    not hide the checked sections)."""
    found: list[tuple[object, str, str, str, str, bool]] = []

    def walk(record, path: str, marked: bool) -> None:
        kind = type(record).__name__
        for f in yaml_fields(type(record)):
            name = f.name
            if name in SKIPPED_FIELDS or (kind, name) in UNPUBLISHED:
                continue
            value = getattr(record, name)
            sub = f"{path}.{name}" if path else name
            found.extend((record, path, name, key, text, marked) for key, text in text_values(value, name))
            items = list(records_of(value, sub))
            whole = not isinstance(value, Record) and bool(items) and marks_section(items[0][1].verify)
            for key, item in items:
                walk(item, key, marked or whole or item.verify is not None)

    walk(session, "", False)
    return found


def records_of(value, path: str):
    """The records of a field's value, each with its path (``steps[2]``, ``topics.jdc``, ``r408.list``)."""
    return leaves(value, path, Record)


# Whom a notice is for (session.audience), in the staff's words (new-session's report, validate's question about the
# next notice: an academy with notices for two audiences, Nantes, nextsession77 item 1)
READERS = {
    "individual": "les candidats individuels",
    "establishment": "les établissements",
    "both": "les candidats individuels et les établissements",
}


def other_audiences(sessions: dict, year: int, before: int) -> list[tuple[str, int]]:
    """The academy's latest session before ``before`` for each audience other than session ``year``'s (``sessions``:
    the academy's session files by year), oldest first: [("individual", 2024)] for Nantes 2026 (establishments)."""
    own = sessions[year].session.audience
    latest: dict[str, int] = {}
    for y, session in sessions.items():
        audience = session.session.audience
        if y < before and audience != own and y > latest.get(audience, 0):
            latest[audience] = y
    return sorted(((a, y) for a, y in latest.items()), key=lambda pair: pair[1])
