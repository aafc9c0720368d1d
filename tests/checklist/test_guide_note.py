"""The guide's note on a date (a deadline's ``note:``: its reading of the notice's words) is labelled the guide's
wherever the date is written, with one interface text (``dates.guide_note``, « Note du guide : … »): the notice page's
« Dates à retenir » and its exam-adjustment date, the checklist's ruleset (which the browser's answer prints as it is,
checklist.js), its answer built with the page, the command line, the calendar (.ics) and, in the PDF's dates table, the
pointer to its annex. On the frozen project (its notes: Nantes 2024's « « Le vendredi 24 novembre à minuit » se lit
d'ordinaire … », Toulouse 2024's exam-adjustment date…).

A review (trust67 F5) read the note follow « Mots de la notice : « … » » with no label, as if it were more of the
notice's words, where the PDF says « Note du guide ».
"""

from __future__ import annotations

import dataclasses
import html

import icalendar
import pytest

from generator.checklist.compile import compile_ruleset
from generator.checklist.page import checklist_page
from generator.cli import main
from generator.french import lower_first
from generator.merge import build_notices
from generator.site import ics, pages
from project_support import FIXED_TODAY, FROZEN, unwrapped, valid_project


@pytest.fixture(scope="module")
def frozen():
    project = valid_project(FROZEN)
    return project, build_notices(project)


def _plain(text: str) -> str:
    """Words as read: HTML entities and Markdown escapes undone, no-break spaces as spaces, « ’ » as « ' »."""
    text = html.unescape(unwrapped(text)).replace("\\", "")
    return " ".join(text.replace("\u202f", " ").replace("\u00a0", " ").replace("’", "'").split())


def _head(note: str) -> str:
    """The note's first words, as they read after the label (first letter lowered, as after any « : »)."""
    return _plain(lower_first(note.strip()))[:60]


def _labelled(text: str, label: str, note: str, *, only: bool = False) -> int:
    """How many times ``text`` says the note after the label; ``text`` saying the note at all says it so at least once
    (a note may repeat a passage the page quotes elsewhere: the frozen Toulouse 2024's, an older encoding); ``only``:
    never without the label (a calendar event's description, whose words are the date's alone)."""
    text, head = _plain(text), _head(note)
    said, labelled = text.lower().count(head[1:].lower()), text.count(f"{label} {head}")
    where = text[max(0, text.lower().find(head[1:].lower()) - 200):][:400]
    assert (said == labelled) if only else (labelled or not said), (label, head, where)
    return labelled


def _cli(capsys, notice, *answers: str) -> str:
    assert main(["--root", str(FROZEN), "checklist", "--academy", notice.slug, "--session", str(notice.year), *answers]) == 0
    return capsys.readouterr().out


def test_the_guides_note_on_a_date_is_labelled_in_every_output(frozen, capsys, monkeypatch):
    monkeypatch.setenv("BTS_GUIDE_TODAY", "2022-10-01")  # (before every frozen session's dates: none said passed)
    project, notices = frozen
    noted = 0
    shown = {"page": set(), "checklist": set(), "cli": set(), "ics": set()}
    for notice in notices:
        t = notice.texts
        label = _plain(t.text("dates.guide_note", note=""))
        assert label == "Note du guide :"
        page = pages.notice_page(notice, FIXED_TODAY)
        ruleset = {d["id"]: d for d in compile_ruleset(notice, project.content.checklist)["deadlines"]}
        built = checklist_page(notice, project.content.checklist)
        cli = _cli(capsys, notice) + _cli(capsys, notice, "disability=yes") + _cli(capsys, notice, "disability=yes", "engagement_etudiant=yes")
        calendar = {str(e["UID"]).split("@")[0]: str(e.get("DESCRIPTION", "")) for e in icalendar.Calendar.from_ical(ics.calendar(notice)).walk("VEVENT")}
        for d in notice.deadlines:
            if not d.note:
                continue
            noted += 1
            key = (notice.slug, notice.year, d.id)
            # the page's « Dates à retenir » (and its exam-adjustment date): always said there, labelled
            if notice.voice != "notice":
                assert _labelled(page, label, d.note), key
                shown["page"].add(key)
            # the ruleset: the browser's answer prints its note as it is (checklist.js), as the built answer and the
            # command line do
            assert _plain(ruleset[d.id]["note"]).startswith(f"{label} {_head(d.note)}"), key
            if _labelled(built, label, d.note):
                shown["checklist"].add(key)
            if _labelled(cli, label, d.note):
                shown["cli"].add(key)
            event = calendar.get(f"{notice.slug}-{notice.year}-{d.id}")
            if event is not None and _labelled(event, label, d.note, only=True):
                shown["ics"].add(key)
        # the PDF's dates table: where its annex gives the note, after the same label (its annex, « Les dates de la
        # notice et les notes du guide », gives the note itself under « Pourquoi »)
        if any(d.note and (d.given or d.as_written) for d in notice.deadlines):
            printed = _plain(pages.notice_page(dataclasses.replace(notice, voice="notice"), FIXED_TODAY, for_print=True))  # (as print_pages)
            pointer = _plain(t.text("dates.reading_in_annex", title=t.text("annex.dates_title"), page="")).rstrip(" .")  # (its page: a link)
            assert f"{label} {pointer}" in printed, notice.slug
    # (the draw reaches what it tests: the frozen notes are said in each output)
    assert noted >= 5 and ("nantes", 2024, "documents") in shown["page"] & shown["checklist"] & shown["cli"] & shown["ics"], shown
    assert ("toulouse", 2024, "exam_adjustment") in shown["page"] & shown["cli"], shown
