"""Notice → ruleset: the plain, JSON-able facts the checklist engine works on.

Every fact comes from the Notice (``generator.merge``), plus the warning texts
of ``content/checklist.yaml``. Datetimes are resolved here, at build time, with
the academy's time zone: the engine only sees ISO 8601 strings with their UTC
offset. Keys are emitted in a fixed order (``json.dumps(..., sort_keys=True)``
gives the same bytes on every build).
"""

from __future__ import annotations

import json
from pathlib import Path

from ..merge import Notice
from ..model.content import ChecklistFile
from ..site.text import step_title

FORMAT = 2
ROOT = Path(__file__).resolve().parent.parent.parent


def _office(office) -> dict | None:
    if office is None:
        return None
    return {
        "name": office.name,
        "role": office.role,
        "emails": list(office.emails),
        "phones": list(office.phones),
        "address": list(office.address),
        "url": office.url,
        "note": office.note,
    }


def _exam_adjustment(adjustment) -> dict | None:
    """How candidates with a disability request exam adjustments (``notice.session.exam_adjustment``)."""
    if adjustment is None:
        return None
    application = adjustment.application
    return {
        "channel": adjustment.channel,
        "how": adjustment.how,
        "send_to": adjustment.send_to,
        "application": {"name": application.name, "url": application.url} if application else None,
        "url": adjustment.url,
        "deadline": adjustment.deadline,
        "decision": adjustment.decision,
        "renewal": adjustment.renewal,
        "declare_in_cyclades": adjustment.declare_in_cyclades,
    }


def _iso(moment) -> str | None:
    return moment.isoformat() if moment is not None else None


def _question(qid: str, question) -> dict:
    return {
        "id": qid,
        "label": question.label,
        "kind": question.kind,
        "help": question.help,
        "choices": [[cid, label] for cid, label in question.choices.items()],
        "asked_when": question.asked_when.to_json(),
        "derived_from": list(question.derived_from),
        "order": question.order,
    }


def _warnings(notice: Notice, checklist: ChecklistFile) -> list[dict]:
    topics = {t.id for t in notice.topics}
    situations = notice.questions["situation"].choices if "situation" in notice.questions else {}
    listed = [c.situation for c in notice.session.who]
    warnings = []
    for wid, warning in checklist.warnings.items():
        if warning.topic is not None and warning.topic not in topics:
            continue
        base = warning.when.to_json()
        detail = None
        def restricted(test: list) -> list:
            return test if base == ["all", []] else ["all", [base, test]]

        if warning.situations == "registers_elsewhere":
            # One warning per situation, with the notice's own words for that category.
            by_situation: dict[str, list[str]] = {}
            for category in notice.session.who:
                if category.how in ("establishment", "elsewhere"):
                    words = category.label + (f" : {category.detail}" if category.detail else "")
                    by_situation.setdefault(category.situation, []).append(words)
            for situation, words in by_situation.items():
                warnings.append({
                    "id": wid,
                    "title": warning.title,
                    "text": warning.text,
                    "detail": "\n".join(words),
                    "source": warning.source,
                    "when": restricted(["test", "situation", [situation]]),
                })
            continue
        if warning.situations == "not_in_notice":
            missing = [s for s in situations if s not in listed]
            if not listed or not missing:
                continue
            base = restricted(["test", "situation", missing])
        warnings.append({"id": wid, "title": warning.title, "text": warning.text, "detail": detail, "source": warning.source, "when": base})
    return warnings


def compile_ruleset(notice: Notice, checklist: ChecklistFile) -> dict:
    """The ruleset of one notice (a json.dumps-able dict); ``checklist``: content/checklist.yaml, already loaded."""
    session = notice.session
    info = session.session
    questions = sorted((_question(qid, q) for qid, q in notice.questions.items()), key=lambda q: (q["order"], q["id"]))
    r408 = []
    if notice.r408 is not None:
        r408 = [[e.specialty.specialty, e.specialty.option] for e in notice.r408.specialties]
    ruleset = {
        "format": FORMAT,
        "academy": {
            "slug": notice.slug,
            "name": notice.academy.name,
            "timezone": notice.tz,
            "departments": [d.code for d in notice.academy.departments],
            "department_names": {d.code: d.name for d in notice.academy.departments},
        },
        "session": {
            "year": notice.year,
            "audience": info.audience,
            "title": info.title,
            "age_reference_date": info.age_reference_date.isoformat() if info.age_reference_date else None,
            "registration": {
                "opening": _iso(notice.opening),
                "opening_has_time": notice.opening_has_time,
                "closing": _iso(notice.closing),
                "closing_has_time": notice.closing_has_time,
                "note": info.dates_note,
            },
        },
        "questions": questions,
        "specialties": {
            sid: {"name": s.name, "abbreviation": s.abbreviation, "options": dict(s.options)}
            for sid, s in sorted(notice.specialties.items())
        },
        "r408": r408,
        "documents": [
            {
                "id": d.id,
                "label": d.label,
                "group": d.group,
                "when": d.when.to_json(),
                "deadline": d.deadline,
                "detail": d.detail,
                "source": d.source,
                "national": d.national,
                "late_deposit": d.late_deposit,
            }
            for d in notice.documents
        ],
        "deadlines": [
            {
                "id": d.id,
                "label": d.label,
                "kind": d.kind,
                "start": d.start.isoformat(),
                "end": d.end.isoformat(),
                "has_time": d.has_time,
                "strict": d.strict,
                "words": d.words,
                "note": d.note,
            }
            for d in notice.deadlines
        ],
        "exam_adjustment": _exam_adjustment(session.exam_adjustment),
        "steps": [
            # The title without a number the notice typed: the step's number is ``number``.
            {"number": i, "title": step_title(s.title, notice.texts), "text": s.text, "deadline": s.deadline, "when": s.when.to_json()}
            for i, s in enumerate(session.steps, 1)
        ],
        "who": [
            {"situation": c.situation, "how": c.how, "label": c.label, "detail": c.detail, "routes": list(c.routes)}
            for c in session.who
        ],
        "warnings": _warnings(notice, checklist),
        "contacts": {
            "exam_office": _office(notice.academy.exam_office),
            "specialty_groups": [
                {
                    "specialties": [[r.specialty, r.option] for r in g.specialties],
                    "names": [notice.specialties[r.specialty].name + (f" option {r.option}" if r.option else "") for r in g.specialties],
                    "phones": list(g.phones),
                    "words": g.words,
                }
                for g in session.specialty_contacts
            ],
            "specialty_groups_note": session.specialty_contacts_note,
            "others": [_office(o) for o in session.contacts],
        },
    }
    # Round-trip through JSON: plain types only, same value in CPython and in the browser.
    return json.loads(json.dumps(ruleset, ensure_ascii=False, sort_keys=True))


def ruleset_json(notice: Notice, checklist: ChecklistFile) -> str:
    """The ruleset as deterministic JSON text."""
    return json.dumps(compile_ruleset(notice, checklist), ensure_ascii=False, sort_keys=True, indent=1)
