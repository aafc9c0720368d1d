"""National content: the topics' statements, the national texts they cite, the national documents.

A statement of content/topics.yaml is national only when a national text says it, as a notice
attributes it to that text (content/texts.yaml, ``cited_by:``); everything else a notice says is
in that academy's file (DESIGN-trust.md).

- Properties ``validate`` enforces, on the real content and on the frozen project's: every
  statement, document and list cites texts of content/texts.yaml; no statement speaks for a
  notice (« cette notice »); a text's sessions are in order.
- The national content of the seed notices, on the frozen project (tests/fixtures/project/):
  the topics, which texts say what, from which session; the JDC statement is the law only;
  what only some notices say stays in their files; no national statement is a copy of what an
  academy's notice says in its own file; every registered text is cited by the content and says
  which notice cites it.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from generator.model.values import given
from project_support import FROZEN, REAL, load

# The topic ids of the frozen content (the project briefing's list); academies' `topics:` use the same ids.
TOPIC_IDS = {
    "registration_conditions", "personal_act", "stay_informed", "passing_form", "benefits",
    "dispensations", "languages", "optional_exams", "engagement_etudiant",
    "control_exams", "absence", "jdc", "r408", "maintenance_systemes", "disability", "convocation",
    "results", "professional_files", "processing", "managing_academy", "travel",
}
ABOUT_A_NOTICE = re.compile(r"\b(cette|votre|la présente) notice\b", re.IGNORECASE)


def _content(root: Path):
    # Only the national content: whatever academies hold does not hide or cause failures here.
    project, problems = load(root, [root / "content"])
    assert not problems, problems.report()
    return project.content


@pytest.fixture(scope="module", params=[REAL, FROZEN], ids=["real", "frozen"])
def content(request):
    return _content(request.param)


@pytest.fixture(scope="module")
def frozen():
    return _content(FROZEN)


def _statements(content):
    return [(tid, sid, st) for tid, topic in content.topics.topics.items() for sid, st in topic.statements.items()]


# ---------------------------------------------------------------- any valid content


def test_every_statement_document_and_list_cites_registered_texts(content):
    texts = content.texts.texts
    for tid, sid, statement in _statements(content):
        assert statement.sources and set(statement.sources) <= set(texts), f"{tid}.{sid}: {statement.sources}"
    for did, document in content.documents.documents.items():
        assert document.sources and set(document.sources) <= set(texts), f"{did}: {document.sources}"
    for lid, lst in content.regulations.r408_lists.items():
        assert lst.source in texts, lid


def test_no_statement_speaks_for_a_notice(content):
    for tid, sid, statement in _statements(content):
        assert not ABOUT_A_NOTICE.search(statement.text), f"{tid}.{sid}: {statement.text[:80]}"


def test_texts_sessions_are_in_order(content):
    for tid, text in content.texts.texts.items():
        if text.from_session is not None and text.until_session is not None:
            assert text.from_session <= text.until_session, tid


def test_list_lines_use_dash(content):
    for tid, sid, statement in _statements(content):
        for line in statement.text.splitlines():
            assert not line.lstrip().startswith(("* ", "• ", "· ")), f"{tid}.{sid}: list lines start with '- ': {line!r}"


# ---------------------------------------------------------------- the seed notices' national content (frozen)


def test_exactly_the_fixed_topic_ids(frozen):
    topics = frozen.topics.topics
    assert set(topics) == TOPIC_IDS, f"missing: {sorted(TOPIC_IDS - set(topics))}, unknown: {sorted(set(topics) - TOPIC_IDS)}"
    assert all(topic.title.strip() for topic in topics.values())


@pytest.mark.parametrize(
    "topic, statement, text",
    [
        ("optional_exams", "at_most_two", "decret_2024_788"),
        ("engagement_etudiant", "request_deadline", "decret_2020_1167"),
        ("engagement_etudiant", "attached_exam", "arrete_2020_09_23"),
        ("jdc", "obligation", "loi_1997_1019"),
        ("r408", "required_2016", "arrete_2016_04_14"),
        ("r408", "required_2023", "arrete_2023_07_13"),
        ("r408", "waiver", "arrete_2023_07_13"),
        ("disability", "provisions", "code_education_d613_26"),
        ("benefits", "keep_5_years", "code_education_d643_15"),
        ("passing_form", "compensation", "code_education_d643_23"),
        ("dispensations", "holders", "arrete_2005_06_24"),
        ("professional_files", "oral_on_file", "arrete_2008_07_22"),
        ("control_exams", "access", "note_de_service_2025_06_12"),
        ("maintenance_systemes", "attestations", "referentiel_maintenance_systemes"),
    ],
)
def test_statements_cite_the_texts_that_say_them(frozen, topic, statement, text):
    assert frozen.topics.topics[topic].statements[statement].sources == (text,)


def test_texts_are_in_force_from_the_sessions_the_notices_say(frozen):
    texts = frozen.texts.texts
    assert (texts["decret_2024_788"].from_session, texts["decret_2024_788"].until_session) == (2025, None)
    assert (texts["referentiel_maintenance_systemes"].from_session, texts["referentiel_maintenance_systemes"].until_session) == (2024, None)
    # The R408 rule changed with the session 2024: the 2016 arrêté until 2023, the 2023 one from 2024.
    assert (texts["arrete_2016_04_14"].from_session, texts["arrete_2016_04_14"].until_session) == (2017, 2023)
    assert (texts["arrete_2023_07_13"].from_session, texts["arrete_2023_07_13"].until_session) == (2024, None)
    assert texts["note_de_service_2025_06_12"].from_session == 2026
    # A text applies only to sessions whose registrations (autumn of the year before) follow it.
    for tid, text in texts.items():
        date = given(text.date)
        if date is not None and text.from_session is not None:
            assert date <= dt.date(text.from_session - 1, 12, 31), tid


def test_every_text_is_cited_by_the_content_and_says_which_notice_cites_it(frozen):
    cited = {s for _, _, st in _statements(frozen) for s in st.sources}
    cited |= {s for d in frozen.documents.documents.values() for s in d.sources}
    cited |= {lst.source for lst in frozen.regulations.r408_lists.values()}
    cited |= {s for w in frozen.checklist.warnings.values() for s in w.sources}
    for tid, text in frozen.texts.texts.items():
        assert tid in cited, f"{tid}: registered but cited by nothing"
        # a notice of the project cites it (academy and session: its pages keep the title as it is), or none
        # does, and a note (cited_note:) says why (a reference the guide added)
        sessions = {(p.parent.name, int(p.stem)) for p in (FROZEN / "academies").glob("*/[0-9][0-9][0-9][0-9].yaml")}
        assert all((c.academy, c.session) in sessions and c.section.strip() for c in text.cited_by), tid
        assert text.cited_by or text.cited_note, f"{tid}: cited by no notice, and no cited_note says why"


def test_jdc_states_the_law_only(frozen):
    """The national JDC statement states the law (loi n°97-1019); what to upload is each notice's rule."""
    [(sid, statement)] = frozen.topics.topics["jdc"].statements.items()
    assert statement.sources == ("loi_1997_1019",)
    assert "25 ans" in statement.text and "recenser" in statement.text
    # Clermont-Ferrand's rule (18 to 25, candidature not validated) is not national.
    assert "18" not in statement.text and "pas validée" not in statement.text


def test_what_only_some_notices_say_has_no_national_statement(frozen):
    """Processing, registration conditions, convocation… are said by notices without a national text:
    only their files say it (with the place in their notice)."""
    topics = frozen.topics.topics
    for tid in ("processing", "registration_conditions", "personal_act", "stay_informed", "managing_academy",
                "languages", "convocation", "travel", "absence", "results"):
        assert not topics[tid].statements, tid


def _words(text: str) -> str:
    return " ".join(re.sub(r"[^\w]+", " ", text.casefold()).split())


def test_no_page_shows_a_national_statement_and_the_notice_saying_it_again():
    """Where a notice says a national rule in its own words (notice:), the session drops or replaces the
    national statement: no page shows the same sentence twice, once as the notice's, once as national."""
    from project_support import notices_of

    copies = []
    for notice in notices_of(FROZEN):
        for topic in notice.topics:
            own = [_words(st.text) for st in topic.statements if not st.provenance.national]
            for statement in topic.statements:
                text = _words(statement.text)
                if statement.provenance.national and any(text in words or words in text for words in own):
                    copies.append(f"{notice.slug} {notice.year} {topic.id}: the national {statement.id} and the notice's words")
    assert not copies, "\n".join(copies)
