"""The parts of a notice page the guide composes of the notice's words under its own labels end with their source
line, as every rubric of « Points de vigilance » does (read52 M1): « Qui s'inscrit et comment » (who_section:),
« Aménagement d'épreuves » (exam_adjustment.section:) and « Contacts » (contacts_section:), « Notice de l'académie —
<where> », or « … — passage sans titre » when the notice does not title the passage; the guide's own summary of the
request says it is the guide's. The notice's PDF prints the notice's words under its own headings: no such line.

Properties over every real notice (a session file that leaves the place out, the page would say « Notice de
l'académie » alone: the real ones all say where), and hand-written cases on the frozen project."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

import pytest

from generator.checklist import engine
from generator.checklist.compile import compile_ruleset
from generator.checklist.text import render
from generator.french import typography
from generator.merge import build_notice
from generator.model.values import NotGiven, given
from generator.site import pages
from generator.site.notice_view import contacts
from project_support import FROZEN, REAL, unwrapped, valid_project

TODAY = dt.date(2026, 12, 5)


def _flat(text: str) -> str:
    return " ".join(text.replace("\u00a0", " ").replace("\u202f", " ").replace("’", "'").split())


def _sections(page: str) -> dict[str, str]:
    """The page's « ## » sections by their title (as the page writes it), each with its text up to the next one."""
    out, title = {}, None
    for line in page.splitlines():
        if line.startswith("## "):
            title = re.sub(r"\s*\{[^}]*\}\s*$", "", line[3:]).strip()
            out[title] = []
        elif title is not None:
            out[title].append(line)
    return {k: "\n".join(v).strip() for k, v in out.items()}


def _title(notice, key: str) -> str:
    return typography(notice.texts.text(key))


def _parts(notice) -> dict[str, tuple[str, object]]:
    """The parts of the page that carry the notice's words, with their page title and where the file says they are."""
    s = notice.session
    parts = {}
    if notice.who_given:
        parts["who"] = (_title(notice, "who.title"), s.who_section)
    adjustment = given(s.exam_adjustment)
    if adjustment is not None:
        parts["exam_adjustment"] = (_title(notice, "exam_adjustment.title"), adjustment.section)
    shown = contacts(notice)
    if shown.offices or shown.specialty_contacts or shown.managing or shown.specialty_contacts_note or shown.managing_note:
        parts["contacts"] = (_title(notice, "contacts.title"), s.contacts_section)
    return parts


def _source_line(notice, section, part: str | None = None) -> str:
    t = notice.texts
    if isinstance(section, NotGiven):
        words = t.text("provenance.notice_untitled")
    elif section:
        words = t.text("provenance.notice", section=section)
    else:
        words = t.text("provenance.notice_plain")
    if part == "who" and "who" in notice.session.session.web_only:  # (a table the guide made: fix58a M1)
        words = t.text("provenance.table_by_guide", provenance=words)
    return f"*{typography(words)}*\n{{: .bts-source }}"  # (kept on the page of its statement on paper)


def test_every_real_notice_says_where_each_part_of_its_words_is(real_notices):
    """A property of the real data: each session file says where its notice gives who registers how, its
    exam-adjustment procedure and its contacts (or that the notice does not title the passage): none of these parts
    of its page ends with « Notice de l'académie » alone."""
    missing = []
    for notice in real_notices:
        for part, (_, section) in _parts(notice).items():
            if section is None:
                missing.append(f"{notice.academy.slug} {notice.year}: {part}")
    assert not missing, missing


def test_every_part_of_a_real_notice_page_in_its_words_ends_with_its_source(real_notices):
    """On every real notice page, each of the three parts ends its notice's words with its source line (the who table:
    right under the table, before the guide's own words on the situations the notice does not cite; the procedure:
    after its last line, before the notice's warnings placed there; the contacts: at the section's end)."""
    seen = set()
    for notice in real_notices:
        page = unwrapped(pages.notice_page(notice, TODAY))  # (« DEC 4-1 » kept whole by its span: printhead67)
        sections = _sections(page)
        for part, (title, section) in _parts(notice).items():
            seen.add(part)
            text = sections[title]
            line = _source_line(notice, section, part)
            assert text.count(line) == 1, (notice.academy.slug, notice.year, part, line, text[-400:])
            if part == "contacts":
                assert text.endswith(line), (notice.academy.slug, notice.year, text[-300:])
            elif part == "who":
                table_end = text.rindex("</div>", 0, text.index(line))
                assert text[table_end:text.index(line)].strip() == "</div>", (notice.academy.slug, notice.year)
            else:
                before = text[:text.index(line)]
                assert "bts-step-warning" not in before, (notice.academy.slug, notice.year)
    assert seen == {"who", "exam_adjustment", "contacts"}


def test_a_form_s_source_is_the_provenance_line_of_every_other_part(real_notices):
    """The notice's forms on its page (« Formulaires »): each form the session file places in the notice (source:, its
    annex) ends with « Notice de l'académie — <source> » under class bts-source, as every other statement does (a review,
    phone53 L8: « Source : Annexe 2 : formulaire refus de bénéfice de notes » on Toulouse 2024's page)."""
    seen = 0
    for notice in real_notices:
        page = pages.notice_page(notice, TODAY).replace("\\.", ".")  # (« 9\. Cas particulier… »: Markdown's escape)
        for form in notice.section("forms") or ():
            if form.source:
                line = _source_line(notice, form.source)
                part = page.split(f"\n### {typography(form.title)}\n", 1)[1]  # (the form's part, up to the next heading)
                part = re.split(r"\n#{1,3} ", part, maxsplit=1)[0]
                assert part.count(line) == 1, (notice.academy.slug, notice.year, form.id, line, part)
                seen += 1
        assert _flat(typography("Source : ")) not in _flat(page), (notice.academy.slug, notice.year)
    assert seen


def test_a_section_with_nothing_of_the_notice_has_no_source_line(real_notices):
    """Aix-Marseille 2023's « Contacts » says only that the notice gives no exam office: the guide's words, no
    « Notice de l'académie » under them."""
    notice = next(n for n in real_notices if n.academy.slug == "aix-marseille" and n.year == 2023)
    text = _sections(pages.notice_page(notice, TODAY))[_title(notice, "contacts.title")]
    assert _flat(notice.texts.text("contacts.no_exam_office")) in _flat(text)
    assert "Notice de l" not in text


def test_the_guide_s_summary_of_the_request_is_said_as_the_guide_s(real_notices):
    """« La demande se fait par courrier. » read as the notice's among its paragraphs: it says it is the guide's, on
    the page, above the notice's words (and not in the notice's PDF)."""
    count = 0
    for notice in real_notices:
        adjustment = given(notice.session.exam_adjustment)
        if adjustment is None:
            continue
        count += 1
        text = _sections(pages.notice_page(notice, TODAY))[_title(notice, "exam_adjustment.title")]
        first = text.split("\n\n")[0]
        assert _flat(first).startswith("Résumé du guide :"), first
        printed = pages.notice_page(dataclasses.replace(notice, voice="notice"), TODAY, for_print=True)
        assert "Résumé du guide" not in printed and "*Notice de l" not in printed
    assert count >= 4


def test_a_passage_the_notice_does_not_title_is_said_so():
    """Frozen Nantes 2024: its categories are in its opening lines, under no title (who_section: non précisé par la
    notice): « passage sans titre », no title made up."""
    project = valid_project(FROZEN)
    notice = build_notice(project.content, project.academies["nantes"], 2024)
    assert isinstance(notice.session.who_section, NotGiven)
    text = _sections(pages.notice_page(notice, TODAY))[_title(notice, "who.title")]
    assert "*Notice de l’académie — passage sans titre*" in text


def test_the_real_nantes_2024_passage_is_named_by_the_notice_s_title():
    """Real Nantes 2024 (phone53 L6): its categories sit under the notice's « Note d'information » (seed 004), which
    its who_section: names: the part ends « Notice de l'académie — « Note d'information » », not « passage sans titre »."""
    project = valid_project(REAL)
    notice = build_notice(project.content, project.academies["nantes"], 2024)
    text = _sections(pages.notice_page(notice, TODAY))[_title(notice, "who.title")]
    assert "*Notice de l’académie — «\u00a0Note d’information\u00a0»*" in text, text[-300:]
    assert "passage sans titre" not in text


def test_the_checklist_ends_the_procedure_with_its_source_too():
    """Frozen Toulouse 2024: the command line's procedure ends with where the notice gives it, as the page."""
    project = valid_project(FROZEN)
    notice = build_notice(project.content, project.academies["toulouse"], 2024)
    ruleset = compile_ruleset(notice, project.content.checklist)
    answers = {"department": "31", "situation": "experience", "disability": "yes", "exam_adjustment": "yes"}
    result = engine.evaluate(ruleset, engine.normalise(ruleset, answers))
    out = render(ruleset, result, notice.texts)
    procedure = out[out.index("Aménagement d’épreuves\n"):].split("\n\n")[0].splitlines()
    assert _flat(procedure[-1]) == "Notice de l'académie — « IV. POINTS DE VIGILANCE », « 1- Lors de l'inscription », « Demande d'aménagements d'épreuves »"
    assert _flat(procedure[2]).startswith("- Résumé du guide : la demande se fait par courrier")


@pytest.mark.parametrize("written, shown", [
    ("Catégorie de candidat", "*Notice de l’académie — Catégorie de candidat*"),
    (None, "*Notice de l’académie*"),
])
def test_the_source_line_says_what_the_file_says(written, shown):
    """Frozen Clermont-Ferrand 2024, its who_section: replaced: its words, or « Notice de l'académie » alone when the
    file does not say where (never a place made up)."""
    project = valid_project(FROZEN)
    data = project.academies["clermont-ferrand"]
    session = dataclasses.replace(data.sessions[2024], who_section=written)
    data = dataclasses.replace(data, sessions={**data.sessions, 2024: session})
    notice = build_notice(project.content, data, 2024)
    text = _sections(pages.notice_page(notice, TODAY))[_title(notice, "who.title")]
    assert [line for line in text.splitlines() if line.startswith("*Notice de l")] == [shown]


def test_every_real_establishments_page_s_state_tables_end_with_their_place_in_the_notice(real_notices):
    """A review (read53 L5): on every real establishments page, the table of a candidature's states (the guide's, from
    several rubrics) and the deposit's states end with « Notice de l'académie — <its rubrics> », the first saying it
    is the guide's table; each real session file says those places."""
    seen = 0
    for notice in real_notices:
        guide = given(notice.session.establishment_guide)
        if guide is None:
            continue
        page = pages.establishment_page(notice, TODAY)
        t = notice.texts
        for states, section, title in ((guide.candidate_states, guide.candidate_states_section, "candidate_states"),
                                       (guide.document_states, guide.document_states_section, "document_states")):
            if not states:
                continue
            assert section, (notice.slug, notice.year, title)
            line = typography(t.text("provenance.notice", section=section))
            if title == "candidate_states":
                line = typography(t.text("provenance.table_by_guide", provenance=t.text("provenance.notice", section=section)))
            part = page.split("## " + t.text(f"establishment.{title}"), 1)[1].split("\n## ", 1)[0]
            assert f"*{line}*\n{{: .bts-source }}" in part, (notice.slug, notice.year, title, part[-300:])
            seen += 1
    assert seen


def test_a_who_table_the_guide_composed_says_so(frozen_by_key):
    """Frozen Nantes 2026, a notice to the establishments: its « Qui s'inscrit et comment » is the guide's table
    (who in web_only:, its categories and « Précisions » written from the notice's rubrics), and its source line says
    so, as the establishments page's table of states does (a review, fix58a M1); Nantes 2024's table, the notice's own
    categories, does not."""
    marked = lambda notice: "tableau établi par le guide" in _sections(pages.notice_page(notice, TODAY))[_title(notice, "who.title")]  # noqa: E731
    assert marked(frozen_by_key["nantes", 2026])
    assert not marked(frozen_by_key["nantes", 2024])
