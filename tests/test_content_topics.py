"""content/topics.yaml: the national topics, read through the real pipeline."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.pipeline import load_and_check

ROOT = Path(__file__).resolve().parent.parent

# The fixed list of topic ids (project briefing); academies' `topics:` maps use the same ids.
TOPIC_IDS = {
    "registration_conditions", "personal_act", "stay_informed", "passing_form", "benefits",
    "dispensations", "languages", "optional_exams", "optional_exams_limit", "engagement_etudiant",
    "control_exams", "absence", "jdc", "r408", "maintenance_systemes", "disability", "convocation",
    "results", "professional_files", "processing", "managing_academy", "travel",
}


@pytest.fixture(scope="module")
def loaded():
    # Only the national content: academies being written elsewhere must not hide or cause failures here.
    project, problems = load_and_check(ROOT, [ROOT / "content"])
    return project, problems


@pytest.fixture(scope="module")
def topics(loaded):
    project, _ = loaded
    assert project.content.topics is not None, "content/topics.yaml could not be read"
    return project.content.topics.topics


def test_content_has_no_problem(loaded):
    _, problems = loaded
    assert not problems, problems.report()


def test_exactly_the_fixed_topic_ids(topics):
    assert set(topics) == TOPIC_IDS, f"missing: {sorted(TOPIC_IDS - set(topics))}, unknown: {sorted(set(topics) - TOPIC_IDS)}"


@pytest.mark.parametrize("tid", sorted(TOPIC_IDS))
def test_topic_has_source_title_and_text(topics, tid):
    topic = topics[tid]
    assert topic.source.strip()
    assert topic.title.strip()
    assert topic.text.strip()


@pytest.mark.parametrize("tid", sorted(TOPIC_IDS))
def test_list_lines_use_dash(topics, tid):
    for line in topics[tid].text.splitlines():
        assert not line.lstrip().startswith(("* ", "• ", "· ")), f"{tid}: list lines start with '- ': {line!r}"


def test_from_sessions(topics):
    assert topics["optional_exams_limit"].from_session == 2025
    assert topics["maintenance_systemes"].from_session == 2024
    assert topics["optional_exams_limit"].until_session is None
    assert topics["maintenance_systemes"].until_session is None


def test_sources_name_the_legal_texts(topics):
    assert "2024-788" in topics["optional_exams_limit"].source
    assert "2020-1167" in topics["engagement_etudiant"].source
    assert "97-1019" in topics["jdc"].source
    assert "13 juillet 2023" in topics["r408"].source
    assert "D613-26" in topics["disability"].source
    assert "D643-15" in topics["benefits"].source
    assert "22 juillet 2008" in topics["professional_files"].source
    assert "12 juin 2025" in topics["control_exams"].source


def test_jdc_states_the_law_only(topics):
    """The national JDC text states the law (loi n°97-1019); what to upload is each notice's rule."""
    text = topics["jdc"].text
    assert "25 ans" in text and "recenser" in text
    # Clermont-Ferrand's rule (18 to 25, candidature not validated) is not national.
    assert "18" not in text and "pas validée" not in text


def test_processing_keeps_only_what_every_cited_notice_says(topics):
    """Statements made only by some notices (Toulouse, Aix-Marseille, Nantes 2026) stay local."""
    text = topics["processing"].text.casefold()
    for local_only in ("poste", "courriel", "accusé de réception", "mes justificatifs", "pdf", "j'ai fourni"):
        assert local_only not in text, local_only
