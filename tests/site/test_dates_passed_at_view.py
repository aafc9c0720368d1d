"""Issue 9, « Past is past at view time »: each date a built page writes unmarked (still ahead at build time) carries
the words the build writes for a passed date (« — date passée », « ; date passée » after the guide's mark), hidden,
with the instant its date is over (data-bts-from-at: checklist/page.py over_at), which past.js shows from then: a page
built before a date and read after it says that date passed. On the notice page: each dated row of « Dates à retenir »
(the registration's opening aside: never said passed), each step's date line, the « Aménagement d'épreuves » section's
date. On the checklist page, in the answer as built: the lines of « Dates limites » and « Dates à retenir » and each
step's date line; a line already marked at build stays as it is (no switch). Read on the frozen site (FIXED_TODAY
2025-10-01: its 2023 and 2024 sessions' dates passed at build, Nantes 2026's ahead)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import re
from html import escape as html_escape, unescape

import pytest

from generator.checklist.page import over_at
from generator.merge import build_notices
from generator.pipeline import load_and_check
from project_support import FIXED_TODAY, FROZEN

# (the words, after a space or, after the guide's mark, a narrow no-break space)
SWITCH = re.compile(r'<span class="bts-past-later"(?: data-search-exclude(?:="")?)? data-bts-from-at="([^"]+)" hidden>(?: |&#8239;)(— date passée|; date passée)</span>')
SWITCH_AT = re.compile(r'class="bts-past-later"[^>]* data-bts-from-at="([^"]+)"')
# the same words, written: a date over on the build's day (fixpastview62)
SHOWN = re.compile(r"(?: |&#8239;|\u202f)(— date passée|; date passée)$")
YEAR = re.compile(r"\b20\d\d\b")


@pytest.fixture(scope="module")
def frozen_notices():
    return build_notices(load_and_check(FROZEN)[0])


def _html(frozen_site, notice, *parts: str) -> str:
    return (frozen_site / notice.slug / str(notice.year) / "/".join(parts) / "index.html").read_text(encoding="utf-8")


def _ends_said(notice, html: str, instants: set[str], counts: dict[str, int]) -> None:
    """A dated piece of the notice page (``html``: up to where its date's words end) ends with its switch, an instant
    after the build's day (FIXED_TODAY), or, its date over on that day, with the same words written (fixpastview62: a
    reader without JavaScript, the PDF); never both."""
    switch = SWITCH.search(html)
    if switch is None:
        assert SHOWN.search(html), (notice.slug, notice.year, html)
        counts["shown"] += 1
        return
    assert html.endswith(switch.group(0)) and not SHOWN.search(SWITCH.sub("", html)), (notice.slug, notice.year, html)
    assert dt.datetime.fromisoformat(switch.group(1)).date() > FIXED_TODAY, (notice.slug, html)
    instants.add(switch.group(1))
    counts["switched"] += 1


def test_each_dated_row_step_adjustment_and_documents_date_of_the_notice_page_is_said_passed_or_carries_its_switch(frozen_site, frozen_notices):
    instants: set[str] = set()
    counts = {"shown": 0, "switched": 0}
    for notice in frozen_notices:
        page = _html(frozen_site, notice, "")
        # « Dates à retenir »: each row's date cell, and what happens then
        rows = re.findall(r'<td data-label="Date" role="cell">(.*?)</td>\s*<td data-label="Ce qui se passe" role="cell">(.*?)</td>', page, re.S)
        assert rows, notice.slug
        for when, what in rows:
            dated = YEAR.search(re.sub(r"<[^>]+>", "", when))
            if not dated or unescape(what) == notice.texts.text("common.opening_event"):
                assert not SWITCH.search(when) and not SHOWN.search(when), (notice.slug, when)
                continue
            _ends_said(notice, when, instants, counts)
        # each step's date line (its words in bold under the step), then its switch or its words
        dated_steps = [s for s in notice.section("steps") or () if s.deadline and notice.deadline(s.deadline).end]
        steps = page.split('id="les-etapes', 1)[1].split("<h2", 1)[0] if dated_steps else ""
        lines = re.findall(r"<p><strong>[^<]*</strong>(?:<span[^>]*>[^<]*</span>| — date passée|&#8239;; date passée)?</p>", steps)
        lines = [line[3:-4] for line in lines if YEAR.search(line)]
        assert len(lines) == len(dated_steps), (notice.slug, notice.year, lines)
        for line in lines:
            _ends_said(notice, line, instants, counts)
        adjustment = notice.section("exam_adjustment")
        if adjustment is not None and adjustment.deadline and notice.deadline(adjustment.deadline).end:
            section = page.split('id="amenagement', 1)[1].split("<h2", 1)[0]
            said = re.search(r"<strong>[^<]*\b20\d\d\b[^<]*</strong>(<span[^>]*>[^<]*</span>| — date passée|&#8239;; date passée)?", section)
            assert said, (notice.slug, notice.year)
            _ends_said(notice, said.group(0), instants, counts)
        # the documents: each group's « À déposer … » line (« À déposer, sauf indication contraire sous « Précisions » :
        # … » too: its reserve before the date, which ends the sentence, pastswitch65), each row's « Date limite » cell
        documents = page.split('id="pieces-justificatives', 1)[1].split("<h2", 1)[0]
        deposits = [line for line in re.findall(r"<p>À déposer(?:, [^<]*)? (<strong>.*?</strong>(?:<span[^>]*>[^<]*</span>|[^<.,]*))", documents)
                    if YEAR.search(line)]
        # (every dated line read: none of another shape left out)
        assert len(deposits) == len([p for p in re.findall(r"<p>À déposer.*?</p>", documents) if YEAR.search(p)]), (notice.slug, deposits)
        for line in deposits:
            _ends_said(notice, line, instants, counts)
        for cell in re.findall(r'<td data-label="Date limite" role="cell">(.*?)</td>', documents, re.S):
            if "un dépôt plus tard est possible" in cell:
                continue  # (the notice's words on a later deposit end it: no mark, the piece may come after the date)
            if YEAR.search(cell):
                _ends_said(notice, cell, instants, counts)
        # under a national rule the guide dates with the notice's closing (merge: closing_due), « Date retenue par le
        # guide … : la clôture des inscriptions, <date>. »: its date (pastdues65: never said passed)
        start = html_escape(notice.texts.text("dates.closing_due", date="").split(":")[0].strip(), quote=False)
        dues = re.findall(rf"<p>({re.escape(start)}\s*:.*?)\.</p>", page)
        assert len(dues) == len(notice.closing_dues), (notice.slug, notice.year, dues)
        for line in dues:
            _ends_said(notice, line, instants, counts)
        # the key dates under the title (the opening aside), and on the establishments' page (fixpastview62)
        said = 0
        for where in (page.split("<h2", 1)[0], _html(frozen_site, notice, "etablissements").split("<h2", 1)[0]
                      if (frozen_site / notice.slug / str(notice.year) / "etablissements").exists() else ""):
            for label, line in re.findall(r"<li>([^<]*?)[\s\u00a0\u202f]*:\s*(<strong>[^<]*</strong>(?:<span[^>]*>[^<]*</span>|[^<]*))</li>", where):
                if YEAR.search(line) and not label.startswith("Ouverture"):
                    _ends_said(notice, line, instants, counts)
                    said += 1
        assert said, (notice.slug, notice.year)
        # each switch's instant is one of the notice's dates' by the rule (over_at)
        rule = {over_at(d.end.isoformat(), d.has_time, notice.tz) for d in notice.deadlines if d.end}
        if notice.closing is not None:
            rule.add(over_at(notice.closing.isoformat(), notice.closing_has_time, notice.tz))
        assert set(SWITCH_AT.findall(page)) <= rule, (notice.slug, notice.year, set(SWITCH_AT.findall(page)) - rule)
    assert counts["shown"] and counts["switched"], counts
    # the instants are the rule's (over_at): a day without its hour, the next midnight
    assert "2025-11-20T00:00:00+01:00" in instants, instants


def test_each_dated_line_of_the_checklist_s_built_answer_is_said_passed_or_carries_its_switch(frozen_site, frozen_notices):
    switched = marked = seen_pieces = 0
    for notice in frozen_notices:
        page = _html(frozen_site, notice, "liste-personnalisee")
        answer = page.split('id="bts-checklist-output"', 1)[1]
        lines = re.findall(r'<li data-(?:key-date|deadline|registration="closing")[^>]*>(.*?)(?:<p>|<span class="bts-checklist-to-dates">|</li>)', answer, re.S)
        lines += re.findall(r'<p class="bts-checklist-when">(.*?)</p>', answer, re.S)
        # the pieces' date, under « Pièces à déposer » or above each date's pieces (fixpastview62)
        pieces = re.findall(r'<p class="bts-checklist-documents-due"[^>]*>(.*?)</p>', answer, re.S)
        pieces += re.findall(r'<h4 class="bts-checklist-documents-date"[^>]*>(.*?)</h4>', answer, re.S)
        assert all(line.endswith("</span>") or "date passée" in line for line in pieces if YEAR.search(line)), (notice.slug, pieces)
        seen_pieces += len(pieces)
        lines += pieces
        assert lines, notice.slug
        for line in lines:
            if not YEAR.search(re.sub(r"<[^>]+>", "", line)):
                continue
            shown = SWITCH.sub("", line)
            if "date passée" in shown:  # marked at build: as it was, no switch
                assert not SWITCH.search(line), (notice.slug, line)
                marked += 1
                continue
            switch = SWITCH.search(line)
            assert switch, (notice.slug, notice.year, line)
            assert line.rstrip(", ").endswith(switch.group(0)) or re.search(SWITCH.pattern + r",\s*$", line), line
            switched += 1
    assert switched and marked and seen_pieces


def test_the_hidden_words_are_not_in_the_search_index(frozen_site, frozen_notices):
    """The search's results show a page's words: the hidden « — date passée » of a date still ahead at build must not be
    among them (data-search-exclude), while the notice page holds them (the frozen site's dates still ahead at build)."""
    ahead = [n for n in frozen_notices if SWITCH.search(_html(frozen_site, n, ""))]
    assert ahead
    index = json.loads((frozen_site / "search" / "search_index.json").read_text(encoding="utf-8"))
    for notice in ahead:
        where = f"{notice.slug}/{notice.year}/"
        # the notice page's sections (its checklist page says passed dates at build, in words shown)
        texts = [d["text"] + d.get("title", "") for d in index["docs"] if d["location"] == where or d["location"].startswith(where + "#")]
        assert texts, where
        assert not [t for t in texts if "date passée" in t], where


def test_past_later_at_writes_a_date_passed_only_from_the_day_after_it_as_the_list_s_passed_dates(frozen_notices):
    """words.past_later_at, the rule of every date of the notice page (review94: « <= » for « < » passed every
    test): a date ending on the build's day, even with its hour, is not yet written passed (the build does not know
    the hour it is read at: past.js shows it from its instant); from the day after, it is, with no switch."""
    from generator.site.words import past_later_at

    seen = 0
    for notice in frozen_notices:
        for d in notice.deadlines:
            if d.end is None:
                continue
            on_the_day = past_later_at(notice, "x", d.end, d.has_time, d.end.date())
            after = past_later_at(notice, "x", d.end, d.has_time, d.end.date() + dt.timedelta(days=1))
            assert not on_the_day.shown and on_the_day.at == over_at(d.end.isoformat(), d.has_time, notice.tz), (notice.slug, d.id)
            assert after.shown, (notice.slug, d.id)
            seen += 1
    assert seen


def test_a_documents_row_whose_deadline_ends_with_the_notice_s_words_on_a_later_deposit_gets_no_mark_after_them(frozen_notices):
    """document_view.document_rows (fixpastview62): a row whose deadline ends with « … ; d'après la notice, un dépôt
    plus tard est possible … » gets no « — date passée » after those words (the piece may still come later); its date
    alone (``deadline_alone``, said when the words go to « Précisions ») gets it. No frozen page shows such a row's
    whole deadline in a cell, so review94's mutation giving it the mark changed no page and passed every test."""
    from generator.site.document_view import document_rows

    seen = 0
    for notice in frozen_notices:
        late = {doc.id for doc in notice.documents if doc.late_deposit}
        for row in document_rows(notice, notice.documents, dt.date(2100, 1, 1)):
            if row.id in late and notice.deadline(next(d for d in notice.documents if d.id == row.id).deadline).end:
                assert row.deadline_later is None, (notice.slug, row.id)
                assert row.alone_later is not None and row.alone_later.shown, (notice.slug, row.id)
                seen += 1
    assert seen


@pytest.mark.parametrize("slug, year, other", [("clermont-ferrand", 2024, "missing_email"), ("nantes", 2024, "changes")])
def test_a_date_inside_the_built_answer_s_line_naming_the_other_deadlines_carries_its_switch(frozen_project, frozen_by_key, slug, year, other):
    """pastswitch65: the line under « Dates limites » naming the other deadlines (answer.py: _key_dates_more) said a
    date passed when over on the build's day, but had no switch for one still ahead: a page built before it and read
    after it said it to come (Clermont-Ferrand 2024's e-mail step, 14 November 2023; Nantes 2024's last day to change a
    pre-registration, 15 November). Built on 1 November 2023: the date carries its hidden words right after it, with
    its instant (over_at), nothing shown; the same words shown, no switch, built the day after the date: never both."""
    from generator.checklist.page import checklist_page

    notice = frozen_by_key[slug, year]
    due = notice.deadline(other)
    content = frozen_project.content.checklist

    def more(day: dt.date) -> str:
        [line] = set(re.findall(r'<p class="bts-checklist-key-dates-more">(.*?)</p>', checklist_page(notice, content, today=day)))
        return line

    ahead, over = more(dt.date(2023, 11, 1)), more(due.end.date() + dt.timedelta(days=1))
    [switch] = list(SWITCH.finditer(ahead))
    assert switch.group(1) == over_at(due.end.isoformat(), due.has_time, notice.tz), (switch.group(1), ahead)
    assert "date passée" not in SWITCH.sub("", ahead) and not SWITCH.search(over), (ahead, over)
    # (the hidden words where the build writes them once over: right after the date, before the full stop)
    shown = ahead.replace(switch.group(0), switch.group(0).split(">", 1)[1].removesuffix("</span>"))
    assert shown.replace("&#8239;", "\u202f") == over, (shown, over)
    assert ahead.endswith(switch.group(0) + "."), ahead


def _other_deadlines_line(frozen_project, frozen_by_key, extra: tuple[str, ...]):
    """The line under « Dates limites » naming the other deadlines (answer.py: _key_dates_more) of frozen
    Clermont-Ferrand 2024's answer for no answer, built on 1 November 2023, with the made-up deadlines ``extra`` added
    (« before »: a date without an instant, 14 November 2023 as the e-mail step's; « later »: 1 December 2023 at 23:59,
    in the ruleset's deadlines), as rendered for the dates over ``passed``: a function of ``passed``."""
    from generator.checklist import engine
    from generator.checklist.answer import answer_view
    from generator.checklist.compile import compile_ruleset
    from generator.checklist.page import checklist_view, render_checklist

    notice = frozen_by_key["clermont-ferrand", 2024]
    content = frozen_project.content.checklist
    ruleset = compile_ruleset(notice, content)
    view = checklist_view(notice, content, today=dt.date(2023, 11, 1))
    result = engine.evaluate(ruleset, {})
    [email] = [d for d in result["deadlines"] if d["id"] == "missing_email"]
    later = {**email, "id": "later", "label": "Une date plus tard", "end": "2023-12-01T23:59:00+01:00", "has_time": True}
    made = {"before": {**email, "id": "before", "label": "Une date déjà close"}, "later": later}
    result["deadlines"] += [made[extra_id] for extra_id in extra]
    dates = {**view.data["dates"], "before": view.data["dates"]["missing_email"], "later": "le vendredi 1er décembre 2023 à 23 h 59"}
    ruleset = {**ruleset, "deadlines": [*ruleset["deadlines"], {**later}]}

    def line(passed) -> str:
        answer = answer_view(notice, ruleset, result, view.data["key_dates"], dates, {}, passed=passed)
        page = render_checklist(dataclasses.replace(view, answer=answer), notice.texts)
        return re.search(r'<p class="bts-checklist-key-dates-more">(.*?)</p>', page).group(1)

    return line


def test_dates_inside_a_sentence_keep_their_spaces_and_each_its_own_switch(frozen_project, frozen_by_key):
    """answer.py DatedWords (pastswitch65): three other deadlines in the line, joined by « ; » and « et », two still
    ahead and one over on the build's day: each date ahead followed by its own switch, at its own instant, the one
    over said passed in words; « ; » after a switch keeps its no-break space, « et » its spaces: the line with its
    hidden words shown reads as the build writes it once every date is over."""
    line = _other_deadlines_line(frozen_project, frozen_by_key, ("before", "later"))
    built, over = line({"before"}), line({"before", "missing_email", "later"})
    switches = list(SWITCH.finditer(built))
    assert [s.group(1) for s in switches] == ["2023-11-15T00:00:00+01:00", "2023-12-01T23:59:00+01:00"], built
    assert "</span>&#8239;; «" in built and " et «" in built and built.count("date passée") == 3, built
    shown = SWITCH.sub(lambda s: s.group(0).split(">", 1)[1].removesuffix("</span>"), built).replace("&#8239;", "\u202f")
    assert shown == over, (shown, over)


def test_two_dates_ahead_joined_by_et_keep_the_space_between_the_first_switch_and_et(frozen_project, frozen_by_key):
    """review95 (pastswitch65's DatedWords): two other deadlines both ahead, joined by « et »: the piece after the
    first date's switch opens with the space before « et », which the template writes (``dated_words``: |text drops a
    value's outer spaces). The line as built, its hidden words left out, reads as the same line built with no date
    over and none to switch (« …2023 et « Une date plus tard »… », not « …2023et… »), and with them shown as the line
    built once both are over. Seen failing with dated_words' branch for an opening space removed
    (« …par le guideet « Une date plus tard »… »)."""
    line = _other_deadlines_line(frozen_project, frozen_by_key, ("later",))
    built, over = line(()), line({"missing_email", "later"})
    assert len(SWITCH.findall(built)) == 2 and "</span> et «" in built, built
    assert not SWITCH.search(over) and over.count("date passée") == 2, over
    hidden_left_out = SWITCH.sub("", built)
    assert " et «" in hidden_left_out and "date passée" not in hidden_left_out, hidden_left_out
    shown = SWITCH.sub(lambda s: s.group(0).split(">", 1)[1].removesuffix("</span>"), built).replace("&#8239;", "\u202f")
    assert shown == over, (shown, over)


@pytest.mark.parametrize("passed", [False, True])
def test_the_closing_the_guide_gives_a_national_rule_carries_its_switch_in_the_built_answer(frozen_project, frozen_by_key, passed):
    """pastswitch65: the paragraph under a national rule the guide dates with the notice's closing (answer.py:
    _closing_due; Aix-Marseille 2023's « engagement étudiant ») said the date passed when over on the build's day, but
    had no switch for one still ahead. Its answer rendered as the build writes it: ahead, the closing's date followed by
    its hidden words at its instant (over_at), nothing shown; over, the same words shown, no switch."""
    from generator.checklist import engine
    from generator.checklist.answer import answer_view
    from generator.checklist.compile import compile_ruleset
    from generator.checklist.page import checklist_view, render_checklist

    notice = frozen_by_key["aix-marseille", 2023]
    content = frozen_project.content.checklist
    ruleset = compile_ruleset(notice, content)
    view = checklist_view(notice, content, today=dt.date(2022, 9, 1))
    answers = {"department": "13", "situation": "repeater", "specialty": "batiment", "engagement_etudiant": "yes"}
    result = engine.evaluate(ruleset, engine.normalise(ruleset, answers))
    [warning] = [w for w in result["warnings"] if w.get("deadline")]
    due = next(d for d in ruleset["deadlines"] if d["id"] == warning["deadline"])
    answer = answer_view(notice, ruleset, result, view.data["key_dates"], view.data["dates"], {}, passed={warning["deadline"]} if passed else ())
    page = render_checklist(dataclasses.replace(view, answer=answer), notice.texts)
    item = re.search(rf'<li data-warning="{re.escape(warning["id"])}">(.*?)</li>', page, re.S).group(1)
    [line] = [p for p in re.findall(r"<p>(.*?)</p>", item) if p.startswith("Date retenue par le guide")]
    if passed:
        assert not SWITCH.search(line) and line.endswith(" — date passée."), line
        return
    [switch] = list(SWITCH.finditer(line))
    assert switch.group(1) == over_at(due["end"], due["has_time"], notice.tz) and line.endswith(switch.group(0) + "."), line
    assert "date passée" not in SWITCH.sub("", line), line


@pytest.mark.parametrize("day", [dt.date(2023, 11, 1), dt.date(2023, 11, 16)])
def test_the_closing_the_guide_gives_a_national_rule_is_said_on_the_notice_page_as_in_the_built_answer(frozen_project, frozen_by_key, day):
    """pastdues65: under a national rule the guide dates with the notice's closing (notice_view.closing_dues), the notice
    page gave the date as to come however late it was built, while the checklist's built answer said it passed
    (answer.py _closing_due). Clermont-Ferrand 2024 (closing 15 November 2023 at 17 h 00) built on 1 November: the date
    followed by its hidden words at the closing's instant (over_at), nothing shown; built on 16 November: « — date
    passée » written, no switch. Each day, the page's line reads as the answer's for a candidate the rule concerns."""
    from markdown import Markdown

    from generator.checklist import engine
    from generator.checklist.answer import answer_view
    from generator.checklist.compile import compile_ruleset
    from generator.checklist.page import checklist_view, render_checklist
    from generator.site import pages
    from generator.site.notice_view import notice_view, passed_dates

    notice = frozen_by_key["clermont-ferrand", 2024]
    start = notice.texts.text("dates.closing_due", date="").split(":")[0].strip()
    markdown = pages.render_notice(notice_view(notice, day), notice.texts).split("\n---\n", 1)[1]
    html = Markdown(extensions=["tables", "attr_list", "md_in_html"]).convert(markdown)
    [on_page] = re.findall(rf"<p>({re.escape(start)}\s*:.*?)</p>", html)
    ahead = day <= notice.closing.date()
    if ahead:
        [switch] = list(SWITCH.finditer(on_page))
        assert switch.group(1) == over_at(notice.closing.isoformat(), notice.closing_has_time, notice.tz), on_page
        assert on_page.endswith(switch.group(0) + ".") and "date passée" not in SWITCH.sub("", on_page), on_page
    else:
        assert not SWITCH.search(on_page) and on_page.endswith(" — date passée."), on_page
    # the checklist's built answer, the same day, for a candidate taking the optional exam
    content = frozen_project.content.checklist
    ruleset = compile_ruleset(notice, content)
    view = checklist_view(notice, content, today=day)
    answers = {"department": "63", "situation": "repeater", "engagement_etudiant": "yes"}
    result = engine.evaluate(ruleset, engine.normalise(ruleset, answers))
    [warning] = [w for w in result["warnings"] if w.get("deadline")]
    answer = answer_view(notice, ruleset, result, view.data["key_dates"], view.data["dates"], {}, passed=passed_dates(notice, ruleset, day))
    item = re.search(rf'<li data-warning="{re.escape(warning["id"])}">(.*?)</li>', render_checklist(dataclasses.replace(view, answer=answer), notice.texts), re.S)
    [in_list] = [p for p in re.findall(r"<p>(.*?)</p>", item.group(1)) if p.startswith(start)]

    def read(line: str) -> str:
        """The line's words, each switch as its instant and words (attributes written either way)."""
        line = SWITCH.sub(lambda m: f"[{m.group(1)}]{m.group(2)}", line)
        return " ".join(unescape(line).replace("\u202f", " ").replace("\u00a0", " ").split())

    assert read(on_page) == read(in_list), (on_page, in_list)


@pytest.mark.parametrize("day", [dt.date(2023, 11, 1), FIXED_TODAY])
def test_the_pdf_annex_s_documents_line_says_its_date_passed_as_the_web_page_s(frozen_notices, day):
    """The PDF's annex prints the documents line of the national pieces the notice does not list (« À déposer … ») as
    the web page does: said passed, « — date passée », when over on the build's day (pastdues65 L: never in the annex,
    while the page's same line was); never the page's hidden words, which no script shows on paper."""
    from generator.site import pages

    toulouse = next(n for n in frozen_notices if (n.slug, n.year) == ("toulouse", 2024))
    [page] = pages.print_pages([toulouse], day).values()
    [annex_line] = [line for line in str(page.annex).splitlines() if line.startswith("À déposer")]
    assert "bts-past-later" not in annex_line and "hidden" not in annex_line, annex_line
    if day == FIXED_TODAY:  # (the 22 November 2023 over)
        assert "** — date passée." in annex_line, annex_line
    else:
        assert "date passée" not in annex_line and annex_line.startswith("À déposer **au plus tard le mercredi 22"), annex_line


@pytest.mark.parametrize("day", [dt.date(2022, 10, 1), dt.date(2023, 11, 1), FIXED_TODAY])
def test_no_pdf_annex_carries_the_page_s_hidden_words(frozen_notices, day):
    """The PDF's annex (its table of the national pieces, their documents line, the closing the guide gives a national
    rule) says « — date passée » in words when a date is over on the build's day, and carries none of the web page's
    hidden words, which no script shows on paper: one switch, ``paper`` (words.past_later_at), where its rows and
    lines are made (tidy64: the table's rows carried them, hidden by CSS only). On each of these days some row of the
    frozen annexes is dated after it (Nantes 2026's attestations, 12 December 2025)."""
    from generator.site import pages

    printed = pages.print_pages(frozen_notices, day)
    hidden = {path: re.findall(r"<span[^>]*data-bts-from-at[^>]*>[^<]*</span>", str(page.annex)) for path, page in printed.items()}
    assert not any(hidden.values()), {path: spans for path, spans in hidden.items() if spans}
    assert any("vendredi 12\u00a0décembre 2025" in str(page.annex) for page in printed.values())
