"""The sentence a notice writes in place of a part's heading (``lead_as_written:``): the PDF prints it in the heading's
place, and the web page under the guide's heading, so that page and PDF say the same (read69 L4: Aix-Marseille 2023's
« L'inscription sur Cyclades se fait en 4 étapes : » was in its PDF only, written in ``steps_as_written:``, which the
page does not show). Properties of any valid data: the real project and the frozen one."""

from __future__ import annotations

import dataclasses

import pytest

from generator.merge import build_notices
from generator.site import pages
from project_support import FROZEN, REAL, valid_project
from site_support import FIXED_TODAY


def _flat(text: str) -> str:
    """Typography's spaces and apostrophes as plain ones, Markdown escapes out, on one line."""
    return " ".join(text.replace("\u202f", " ").replace("\xa0", " ").replace("’", "'").replace("\\", "").split())


@pytest.mark.parametrize("data", [REAL, FROZEN], ids=["real", "frozen"])
def test_the_sentence_a_notice_writes_in_place_of_a_heading_is_on_the_page_and_in_the_pdf(data):
    seen = 0
    for notice in build_notices(valid_project(data)):
        leads = notice.session.session.lead_as_written
        if not leads:
            continue
        page = _flat(pages.notice_page(notice, FIXED_TODAY))
        # (the print version is of the notice in its own voice, as pages.print_pages makes it)
        printed = _flat(pages.notice_page(dataclasses.replace(notice, voice="notice"), FIXED_TODAY, for_print=True))
        lines = [line for line in pages.notice_page(notice, FIXED_TODAY).splitlines() if line.strip()]
        for name, lead in leads.items():
            words = _flat(lead)
            assert page.count(words) == 1, (notice.slug, notice.year, name, lead)
            # (right under the guide's heading, and followed by what it announces, not by the next part's heading:
            # review99, the sentence placed at the top of the part's text passed the count above)
            at = next(i for i, line in enumerate(lines) if words in _flat(line))
            above, below = lines[at - 1], lines[at + 1]
            assert above.startswith("#"), (notice.slug, notice.year, name, above)
            level = len(above) - len(above.lstrip("#"))
            assert not below.startswith("#") or len(below) - len(below.lstrip("#")) > level, (notice.slug, notice.year, name, below)
            assert printed.count(words) == 1, (notice.slug, notice.year, name, lead)
            seen += 1
    assert seen or data == REAL
