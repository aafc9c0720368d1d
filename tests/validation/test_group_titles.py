"""A documents rubric (``group:``) titled as a topic of « Points de vigilance » is refused only when the session's page
shows that topic (read69 L6, review99): the refusal is for two identical headings on one page, so a topic the page does
not show (no statement for the session, or the R408 topic, in its own section) leaves the notice's rubric title as it is.
The refusals themselves: invalid fixtures 895 and 915."""

from __future__ import annotations

import pytest

from validation_support import build_root, validate_in_process

TARGET = "academies/fixture/2024.yaml"
LINE = "    group: Pour tous les candidats\n"


@pytest.mark.parametrize("title", ["Langues vivantes", "Attestation R408 (échafaudages de pied)"])
def test_a_rubric_titled_as_a_topic_the_page_does_not_show_is_valid(tmp_path, title):
    # (the frozen content's 2024 session of the fixture academy has no statement on languages; the R408 topic is shown
    # in the R408 section, under « Attestation R408 »)
    root = build_root(tmp_path)
    path = root / TARGET
    text = path.read_text(encoding="utf-8")
    assert text.count(LINE) == 1
    path.write_text(text.replace(LINE, f"    group: {title}\n"), encoding="utf-8")
    run = validate_in_process(root)
    assert "est aussi le titre d'une rubrique" not in run.output, run.output
    assert run.code == 0, run.output
