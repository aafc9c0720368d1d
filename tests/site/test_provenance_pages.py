"""Every statement a page shows has a source: this academy's notice for this session, or a national text in force.

Properties of any valid data, checked on every academy and session:
- each topic's statements come from the session's own file (with the place in
  the notice) or from content/topics.yaml with texts in force for the session,
  and the page prints that provenance after them;
- every national document and the R408 list cite texts in force for the session;
- a statement whose only source is another academy's notice cannot reach a
  page: the session's statements are those of its own file;
- no internal field name (snake_case identifier or dotted path of the YAML)
  appears in the text of a built page.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

import pytest


from project_support import unwrapped
from site_support import FIXED_TODAY

from generator import emphasis
from generator.french import typography
from generator.site.notice_view import notice_view
from generator.site import pages


def _in_force_titles(notice) -> set[str]:
    return {t.title for t in notice.national_texts.values() if t.in_force(notice.year)}


def test_every_statement_is_the_notices_or_a_national_text_in_force(real_notices):
    for notice in real_notices:
        own = notice.session.topics if notice.given("topics") else {}
        own_texts = {s.text for topic in own.values() for s in (*topic.notice, *topic.replace.values())}
        for topic in notice.topics:
            for statement in topic.statements:
                p = statement.provenance
                if p.kind == "notice":
                    assert statement.text in own_texts, f"{notice.slug} {notice.year} {topic.id}: a notice statement not in the session's file"
                    assert p.section, f"{notice.slug} {notice.year} {topic.id}: a notice statement without its place in the notice"
                else:
                    assert p.kind == "national" and p.texts, f"{notice.slug} {notice.year} {topic.id}: {p}"
                    assert all(t.in_force(notice.year) for t in p.texts), f"{notice.slug} {notice.year} {topic.id}: {[t.title for t in p.texts]}"


def test_pages_print_the_provenance_of_every_statement(real_notices):
    for notice in real_notices:
        view = notice_view(notice, FIXED_TODAY)
        markdown = unwrapped(pages.notice_page(notice, FIXED_TODAY))  # (a law's number in its span, read56 L8)
        for topic in view.topics:
            for block in topic.blocks:
                assert typography(block.provenance).startswith((typography("Notice de l'académie"), "Règle nationale — ")), block.provenance
                assert f"*{typography(block.provenance)}*" in markdown.replace("\\", ""), f"{notice.slug} {notice.year}: « {block.provenance} » not printed"
        # a text this notice does not cite is said with the notices that do (test_cited_texts.py)
        titles = _in_force_titles(notice) | {notice.text_words(t) for t in notice.national_texts.values() if t.in_force(notice.year)}
        for group in view.documents:
            for row in group.rows:
                if row.provenance and row.provenance.startswith("Règle nationale — "):
                    cited = re.split(r"[\s\u202f]+;\s", row.provenance.removeprefix("Règle nationale — "))[0]
                    assert cited in titles, f"{notice.slug} {notice.year}: {row.id} cites « {cited} », not in force"
        if view.r408.national_provenance:
            assert view.r408.national_provenance.removeprefix("Règle nationale — ") in titles


def test_a_text_out_of_force_never_reaches_a_page(real_notices):
    for notice in real_notices:
        markdown = pages.notice_page(notice, FIXED_TODAY)
        for text in notice.national_texts.values():
            if not text.in_force(notice.year):
                assert f"Règle nationale — {text.title}" not in markdown, f"{notice.slug} {notice.year}: {text.title}"


class _Text(HTMLParser):
    def __init__(self):
        super().__init__()
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style", "svg", "code"):
            self._skip += 1

    def handle_endtag(self, tag):
        if tag in ("script", "style", "svg", "code") and self._skip:
            self._skip -= 1

    def handle_data(self, data):
        if not self._skip:
            self.parts.append(data)


# documents.jdc, source_notes, r408_required, session.opening… (URLs and e-mails are removed first).
FIELD_NAME = re.compile(r"\b[a-z][a-z0-9]*(?:_[a-z0-9]+)+\b|\b(?:session|documents|deadlines|topics|who|r408|academy)\.[a-z_]+\b")


def test_no_internal_field_name_on_a_page(real_site):
    offenders = []
    for page in sorted(real_site.rglob("*.html")):
        if "assets" in page.parts or page.name == "404.html" or "personnel" in page.parts:
            continue  # (the staff guide, personnel/, documents the fields by their names)
        parser = _Text()
        parser.feed(page.read_text(encoding="utf-8"))
        text = " ".join(parser.parts)
        text = re.sub(r"https?://\S+|\S+@\S+|\bmailto:\S+", " ", text)
        for match in FIELD_NAME.finditer(text):
            offenders.append(f"{page.relative_to(real_site)}: {match.group(0)}")
    assert not offenders, "\n".join(offenders[:40])


@pytest.mark.parametrize("which", ["real", "frozen"])
def test_the_header_says_candidates_register_where_they_live_only_where_the_notice_says_so(which, real_notices, frozen_notices):
    """« Cette notice concerne les candidats qui résident dans l'un de ces départements » is the notice's rule only
    where it says so (session.residence: Toulouse, Clermont-Ferrand, Nantes 2024); Aix-Marseille 2023 does not:
    its page gives the academy's departments alone."""
    notices = real_notices if which == "real" else frozen_notices
    for notice in notices:
        info = notice.session.session
        page = pages.notice_page(notice, FIXED_TODAY)
        says = "résident dans l" in page.replace("’", "'")
        assert says == bool(info.residence and info.audience != "establishment"), (notice.slug, notice.year)
        # and the notice's own words on it, once: in its steps (Toulouse) or after that sentence (a review: Clermont's
        # « Seuls les candidats résidant… peuvent s'inscrire » was in its PDF and checklist, not on its page)
        if info.residence:
            flat = " ".join(page.replace("’", "'").split())
            words = " ".join(info.residence.replace("’", "'").split()).strip("()")
            assert flat.count(words) == 1, (notice.slug, notice.year, words)


@pytest.mark.parametrize("which", ["real", "frozen"])
@pytest.mark.parametrize("part", ["exam_adjustment", "documents"])
def test_a_warning_placed_in_a_page_section_is_shown_there_with_its_source(which, part, real_notices, frozen_notices):
    """A warning of the session file with ``page: exam_adjustment`` is in the page's « Aménagement d'épreuves » section:
    its title, the notice's words and their source (Nantes 2026: the box of its fiche préparatoire, said by the
    checklist to a disabled candidate, and by the page only under « Précisions sur la source »); with ``page:
    documents``, in the supporting documents' section (a review, read44 M4: Nantes 2026's VAE dispensation, for which
    its list has no piece). On the frozen project, Nantes 2026's warning moved there by the test."""
    import dataclasses

    notices = real_notices if which == "real" else frozen_notices
    if which == "frozen" and part == "documents":
        nantes = next(n for n in frozen_notices if n.slug == "nantes" and n.year == 2026)
        wid, moved = next((wid, w) for wid, w in nantes.session.warnings.items() if w.page == "exam_adjustment")
        warnings = {**nantes.session.warnings, wid: dataclasses.replace(moved, page="documents")}
        notices = [dataclasses.replace(nantes, session=dataclasses.replace(nantes.session, warnings=warnings))]
    seen = 0
    for notice in notices:
        placed = [w for w in notice.session.warnings.values() if w.page == part]
        if not placed:
            continue
        page = typography(unwrapped(pages.notice_page(notice, FIXED_TODAY))).replace("\u00a0", " ").replace("\u202f", " ")
        heading = typography(notice.texts.text(f"{part}.title")).replace("\u00a0", " ").replace("\u202f", " ")
        section = page.split(f"## {heading}", 1)[1].split("\n## ", 1)[0]
        for warning in placed:
            seen += 1
            for words in (warning.title, warning.text, warning.section):
                assert " ".join(typography(words).replace("\u00a0", " ").replace("\u202f", " ").split()) in " ".join(section.split()), (notice.slug, words)
            if part == "documents" and "\n### " in section:  # before the groups, not read as the last one's (a review, 45 M2)
                title = " ".join(typography(warning.title).replace("\u00a0", " ").replace("\u202f", " ").split())
                assert " ".join(section.split()).index(title) < " ".join(section.split()).index(" ### "), notice.slug
    assert seen


@pytest.mark.parametrize("which", ["real", "frozen"])
def test_the_notices_contradictions_are_on_its_page_as_in_the_checklist(which, real_notices, frozen_notices):
    """A review (read44 M1): Toulouse 2024's checklist told a distance learner in formation continue that the notice
    contradicts itself on them (and to ask the exam office), while its page listed their documents without a word of
    it. Each contradiction of a session is on its page, in « Qui s'inscrit et comment »: its title, the candidates it
    concerns, each passage with its section, and the guide's advice; not in the notice's own PDF."""
    import dataclasses

    def flat(text: str) -> str:
        return " ".join(typography(text).replace("\u00a0", " ").replace("\u202f", " ").split())

    def shown(text: str) -> str:
        """A text as every output shows it (generator.emphasis: « \\* » an asterisk, « **words** » without their
        markers), the checklist's list as the page: stars69, Toulouse 2024's passage « réglementaires\\* » was read with
        its backslash here, where no output shows it."""
        return flat(emphasis.plain(text))

    notices = real_notices if which == "real" else frozen_notices
    seen = 0
    for notice in notices:
        contradictions = notice.session.contradictions
        if not contradictions or not isinstance(contradictions, tuple):
            continue
        t = notice.texts
        page = typography(unwrapped(pages.notice_page(notice, FIXED_TODAY))).replace("\u00a0", " ").replace("\u202f", " ")
        # (the page's Markdown escapes a bracket and an asterisk of the words: « \[…\] », a cut of the notice's
        # words, trust69)
        page = re.sub(r"\\([\[\]*])", r"\1", page)
        # (and writes a text's bold « **words** » as <strong>, the other outputs as the words: emphasis.plain)
        page = re.sub(r"</?strong>", "", page)
        heading = flat(t.text("who.title"))
        section = flat(page.split(f"## {heading}", 1)[1].split("\n## ", 1)[0])
        for c in contradictions:
            seen += 1
            assert flat(t.text("who.contradiction_title", about=c.about)) in section, (notice.slug, c.about)
            assert flat(c.advice) in section, (notice.slug, c.about)
            for p in c.passages:
                assert shown(t.text("standing.passage", section=p.section, words=p.words)) in section, (notice.slug, p.section)
        # « Pour qui » qualifies the whole box: under its title, before the passages and the advice, as a step's (read65
        # L6: Toulouse 2024's came last, after the advice)
        for view in notice_view(notice, FIXED_TODAY).who.contradictions:
            title = section.index(flat(t.text("who.contradiction_title", about=view.about)))
            who = section.index(flat(t.text("steps.who", condition=view.who)), title)
            assert who < section.index(shown(t.text("standing.passage", section=view.passages[0][0], words=view.passages[0][1])), title), notice.slug
            assert who < section.index(flat(view.advice), title), notice.slug
        printed = flat(pages.notice_page(dataclasses.replace(notice, voice="notice"), FIXED_TODAY))
        assert not any(flat(c.advice) in printed for c in contradictions), notice.slug
    assert seen


def test_a_warning_box_says_pour_qui_under_its_title(frozen_notices):
    """read65 L6: a box of the notice's warnings or contradictions gave « Pour qui » last, after the words it qualifies
    (Toulouse 2024's contradiction, its renunciation warning; Nantes 2026's exam-adjustment case). It comes under the
    box's title, as a step's does: on the web pages and in the PDF's markdown (the notice's voice)."""
    import dataclasses

    who_start = frozen_notices[0].texts.text("steps.who", condition="").split(":")[0]
    seen = 0
    for notice in frozen_notices:
        for voiced in (notice, dataclasses.replace(notice, voice="notice")):
            page = pages.notice_page(voiced, FIXED_TODAY)
            for box in page.split('<div class="admonition warning bts-step-warning"')[1:]:
                paragraphs = [p.strip() for p in box.split("</p>", 1)[1].split("\n\n") if p.strip()]
                if any(p.startswith(who_start) for p in paragraphs):
                    seen += 1
                    assert paragraphs[0].startswith(who_start), (notice.slug, voiced.voice, paragraphs[:3])
    assert seen >= 3, "no box says « Pour qui »: the property tests nothing"


def test_a_piece_whose_label_is_the_guides_says_so_on_the_page_and_in_the_checklist(real_notices, frozen_project):
    """review56 M3: a notice item under a label of the guide's (``label_by_guide: true``: Clermont-Ferrand 2024's signed
    summary) is not credited to the notice alone: its source line, in the page's row and in the checklist (the command
    line's words; checklist.js the same: tests/checklist/test_checklist_browser.py, on the frozen project), says
    « intitulé du guide ». On the real data and on the frozen project (its Clermont-Ferrand 2024 summary has the flag
    too since review57 L5)."""
    from generator.checklist.compile import compile_ruleset
    from generator.checklist.text import document_source
    from generator.merge import build_notices
    from generator.site.document_view import document_rows
    from project_support import REAL, valid_project

    real = valid_project(REAL)
    said = 0
    for notice, checklist in [*((n, real.content.checklist) for n in real_notices), *((n, frozen_project.content.checklist) for n in build_notices(frozen_project))]:
        ours = [d for d in notice.documents if d.label_by_guide]
        if not ours:
            continue
        words = notice.texts.text("provenance.label_by_guide", provenance="").strip(" ;")
        rows = {r.id: r for r in document_rows(notice, ours)}
        ruleset = compile_ruleset(notice, checklist)
        items = {d["id"]: d for d in ruleset["documents"]}
        for doc in ours:
            assert words in (rows[doc.id].provenance or ""), (notice.slug, notice.year, doc.id)
            assert words in document_source(items[doc.id], notice.texts), (notice.slug, notice.year, doc.id)
            said += 1
        others = [d for d in notice.documents if not d.label_by_guide and not d.national]
        for row in document_rows(notice, others):
            assert words not in (row.provenance or ""), (notice.slug, notice.year, row.id)
    assert said >= 2, "no piece under the guide's label: the property tests nothing"


def _word_run(text: str) -> str:
    """A page's or a warning's words in order, without markup, punctuation, accents or case (« hors-délai » is
    « hors délai »), each between spaces: how a reader finds the notice's words on a page."""
    import html

    from generator.french import without_accents

    text = re.sub(r"<[^>]*>|\{:[^}]*\}|\]\((?:<[^>]*>|[^)\s]*)\)", " ", typography(text))
    return " " + " ".join(re.findall(r"[^\W_]+", without_accents(html.unescape(text)).casefold())) + " "


def _pieces(words: str) -> list[str]:
    """The notice's words of a warning, cut at its elisions (« […] »): each piece is said somewhere."""
    return [run for run in (_word_run(piece) for piece in re.split(r"\[\s*(?:…|\.\.\.)\s*\]", words)) if run.strip()]


def _without_section(text: str, heading: str) -> str:
    """``text`` without the section under ``heading`` (« ## … », « ### … »), to the next heading of its level or above."""
    marker = f"\n{heading}\n"
    if marker not in text:
        return text
    before, after = text.split(marker, 1)
    level = heading.split(" ", 1)[0]
    ends = [m.start() for m in re.finditer(r"\n(#{2,%d}) " % len(level), after)]
    return before + (after[ends[0]:] if ends else "\n")


def _stating_annex(annex: str, notice) -> str:
    """The PDF's annex without its notes on the source and its contradictions (``_stating_parts``)."""
    t = notice.texts
    for key in ("annex.sources_title", "annex.contradictions_title"):
        annex = _without_section(annex, f"### {t.text(key)}")
    return annex


def _stating_parts(page: str, notice) -> str:
    """The notice page without the guide's word on the notice, found by the page's own headings and boxes (not by the
    view the page is made of, as ``notice_view.stating_view`` does): the section « Précisions sur la source » (its
    « Mots de la source » quote the notice), the boxes « La notice se contredit (…) » (its passages) and the guide's
    comparison under « Nouveautés de la session » (its quotes): where a quotation of a warning is no statement of it
    (review58 M2)."""
    t = notice.texts
    page = _without_section(page, f"## {t.text('sources.title')}")
    title = typography(t.text("who.contradiction_title", about="\x00")).split("\x00")[0]
    boxes = re.compile(r'<div class="admonition[^"]*">\n<p class="admonition-title"[^>]*>' + re.escape(title) + r".*?\n</div>", re.S)
    page = boxes.sub("", page)
    for year in range(notice.year - 6, notice.year):
        compared = typography(t.text("novelties.compared", year=year))
        if compared in page:
            before, after = page.split(compared, 1)
            page = before + after.split("{: .bts-source }", 1)[1]
    return page


@pytest.mark.parametrize("which", ["real", "frozen"])
def test_every_warning_in_the_notice_s_words_is_on_its_page_and_in_its_pdf(which, real_notices, frozen_notices):
    """staffwalk52 M5: a sentence of the notice written as the staff guide said, a warning of the session file
    (``warnings:``, with ``text:``, the notice's words) without ``page:`` and on no step, was in the checklist alone:
    not on the page, not in the PDF, and validate said nothing. Every such warning's words are on its notice page
    (at its step, in the part its ``page:`` names, in a topic that says them…, else under « Avertissements de la
    notice » at the end of « Points de vigilance »), and in its PDF (the notice's pages, its forms, or its annex). Those
    the page adds are said nowhere else on it: once."""
    notices = real_notices if which == "real" else frozen_notices
    prints = pages.print_pages(notices, FIXED_TODAY)
    for notice in notices:
        where = f"{notice.slug} {notice.year}"
        t = notice.texts
        page = pages.notice_page(notice, FIXED_TODAY)
        heading = f"\n### {t.text('topics.other_warnings_title')}\n"
        added = page.split(heading, 1)[1].split("\n## ", 1)[0] if heading in page else ""
        rest = page.replace(added, "") if added else page
        printed = prints[pages.pdf_path(notice)]
        pdf = _word_run(" ".join([printed.markdown, *(form.html for form in printed.forms), _stating_annex(printed.annex, notice)]))
        whole = _word_run(page)
        # (said where the page states the notice, not only quoted in the guide's notes on it: review58 M2)
        stating = _word_run(_stating_parts(page, notice))
        for wid, switch in notice.session.warnings.items():
            if not switch.text:
                continue  # (a warning of content/checklist.yaml placed without the notice's words: the guide's words)
            for piece in _pieces(switch.text):
                assert piece in stating, (where, wid, "page")
                assert piece in pdf, (where, wid, "PDF")
                if piece in _word_run(added):
                    assert piece not in _word_run(rest) and whole.count(piece) == 1, (where, wid, "said twice")
        # the section holds only those warnings, each with its source line
        assert added.count("bts-step-warning") == added.count("{: .bts-source }"), where


def test_a_warning_only_the_checklist_gave_is_on_the_page_and_in_the_pdf_s_annex(frozen_notices, frozen_project):
    """staffwalk52 M5, as the staff member wrote it (Poitiers 2027's late registration « à titre exceptionnel »): a
    warning of the notice's own, with its title, words, section and ``when: {}``, on no step and without ``page:``.
    The checklist gives it to every candidate; the page now gives it too, at the end of « Points de vigilance »,
    under « Avertissements de la notice », with its title and its source line; the PDF in its annex, under « Autres
    avertissements de la notice », once. Frozen Toulouse 2024's renunciation of marks, in the words of its form (Annexe
    2), was likewise not on its page: it is there now (its PDF prints the form, which says them)."""
    import dataclasses

    from generator.checklist.compile import compile_ruleset
    from generator.model.conditions import Condition
    from generator.model.session import WarningSwitch

    words = (
        "Les candidats dont l'inscription n'aura pas été confirmée avant la fermeture du registre pourront, à titre "
        "exceptionnel et sur demande motivée adressée au bureau des examens avant le 4 décembre, être autorisés à "
        "s'inscrire hors délai."
    )
    late = WarningSwitch(section="dernier paragraphe de la notice", title="Inscription hors délai", text=words, when=Condition.always())
    clermont = next(n for n in frozen_notices if n.slug == "clermont-ferrand" and n.year == 2024)
    notice = dataclasses.replace(clermont, session=dataclasses.replace(clermont.session, warnings={**clermont.session.warnings, "late": late}))
    t = notice.texts
    typed = typography(words)
    # the checklist (as before)
    ruleset = compile_ruleset(notice, frozen_project.content.checklist)
    assert any(w["id"] == "late" and w["text"] == words for w in ruleset["warnings"])
    # the page: once, in its section, with its title and its source
    page = pages.notice_page(notice, FIXED_TODAY)
    assert page.count(typed) == 1
    vigilance = page.split(f"\n## {t.text('topics.title')}\n", 1)[1].split("\n## ", 1)[0]
    added = vigilance.split(f"\n### {t.text('topics.other_warnings_title')}\n", 1)[1]
    assert typed in added and typography("Inscription hors délai") in added
    assert f"*{typography(t.text('provenance.notice', section='dernier paragraphe de la notice'))}*" in added
    # the frozen file's own warnings are said elsewhere on the page: not repeated there
    assert added.count("bts-step-warning") == 1
    # the PDF: not among the notice's pages (its title is the guide's), in the annex under its heading, once
    printed = pages.print_pages([notice], FIXED_TODAY)[pages.pdf_path(notice)]
    assert typed not in printed.markdown and printed.annex.count(typed) == 1
    assert printed.annex.index(t.text("annex.other_warnings_title")) < printed.annex.index(typed)
    # without it, neither section
    assert t.text("topics.other_warnings_title") not in pages.notice_page(clermont, FIXED_TODAY)
    # frozen Toulouse 2024: its renunciation of marks in the words of its form, on its page now
    toulouse = next(n for n in frozen_notices if n.slug == "toulouse" and n.year == 2024)
    # (each of its paragraphs, its bold the page's <strong>: the form's words as written, words69 G3)
    form = toulouse.session.warnings["benefits_renunciation_definitive"].text
    page = pages.notice_page(toulouse, FIXED_TODAY)
    for paragraph in form.split("\n\n"):
        said = typography(emphasis.plain(paragraph))
        assert page.count(said) == 1 and page.index(t.text("topics.other_warnings_title")) < page.index(said), said


def test_a_warning_quoted_only_in_a_source_note_is_still_said_as_a_warning(frozen_notices):
    """review58 M2 (/tmp/review58_t5.py): a warning of the notice whose words a source note of the same file also
    quotes (staff often write a note on such a sentence) counted as said, its only place on the page the « Mots de la
    source » column of « Précisions sur la source »: no title, no « Pour qui », and not in the PDF's warnings either.
    It is under « Avertissements de la notice », with its title, on the page and in the PDF's annex."""
    import dataclasses

    from generator.model.conditions import Condition
    from generator.model.session import WarningSwitch

    words = (
        "Les candidats dont l'inscription n'aura pas été confirmée avant la fermeture du registre pourront, à titre "
        "exceptionnel, être autorisés à s'inscrire hors délai."
    )
    late = WarningSwitch(section="dernier paragraphe", title="Inscription hors délai", text=words, when=Condition.always())
    clermont = next(n for n in frozen_notices if n.slug == "clermont-ferrand" and n.year == 2024)
    note = dataclasses.replace(clermont.session.source_notes[0], words=words, note="Le guide corrige une faute de frappe de cette phrase.")
    session = dataclasses.replace(
        clermont.session, warnings={**clermont.session.warnings, "late": late}, source_notes=(*clermont.session.source_notes, note),
    )
    notice = dataclasses.replace(clermont, session=session)
    t = notice.texts
    page = pages.notice_page(notice, FIXED_TODAY)
    heading = f"\n### {t.text('topics.other_warnings_title')}\n"
    assert heading in page
    added = page.split(heading, 1)[1].split("\n## ", 1)[0]
    assert typography(words) in added and typography("Inscription hors délai") in added
    # and still quoted in the staff's note, which is no statement of it
    sources = page.split(f"\n## {t.text('sources.title')}\n", 1)[1]
    assert typography(words) in sources
    assert _word_run(words) in _word_run(_stating_parts(page, notice))
    annex = pages.print_pages([notice], FIXED_TODAY)[pages.pdf_path(notice)].annex
    assert t.text("annex.other_warnings_title") in annex
    assert _word_run(words) in _word_run(_stating_annex(annex, notice))


def test_a_warning_placed_without_the_notice_s_words_is_on_the_page_unless_its_place_is(frozen_notices):
    """A warning of content/checklist.yaml the session file places without ``text:`` (its words the guide's) was left
    out of the page and the PDF whatever they said: the checklist alone gave it. Frozen Nantes 2026 places its two
    warnings on optional exams at « Rappels réglementaires BTS, épreuves facultatives », whose words the page and the
    PDF print (« limité à 2 épreuves au maximum … dont l'Engagement étudiant »): not added, and its renunciation of
    marks, placed at « … bénéfices – dispenses d'épreuves », whose part « … : bénéfice d'épreuve ou sous-épreuve » the page
    states (« Tout renoncement à une note est définitif. »), neither. Placed where the page quotes nothing of the
    notice, the warning is added under « Avertissements de la notice », in the guide's words (its title, text and
    « Pour qui ») with the source line the checklist gives it (the national text, and where the notice says it), once;
    and in the PDF's annex, once."""
    import dataclasses

    nantes = next(n for n in frozen_notices if n.slug == "nantes" and n.year == 2026)
    t = nantes.texts
    heading = f"\n### {t.text('topics.other_warnings_title')}\n"
    assert not nantes.session.warnings["too_many_optional_exams"].text  # (what this test is about)
    assert heading not in pages.notice_page(nantes, FIXED_TODAY)
    assert t.text("annex.other_warnings_title") not in pages.print_pages([nantes], FIXED_TODAY)[pages.pdf_path(nantes)].annex
    # the same warning placed at a passage the page says nothing of
    moved = dataclasses.replace(nantes.session.warnings["too_many_optional_exams"], section="dernier paragraphe de la notice")
    notice = dataclasses.replace(nantes, session=dataclasses.replace(nantes.session, warnings={**nantes.session.warnings, "too_many_optional_exams": moved}))
    warning = notice.checklist_warnings["too_many_optional_exams"]
    # (its words for a page, said to every reader: its text speaks to a checklist answer, « Vous avez indiqué… »,
    # review60 L3)
    assert warning.page_text and warning.page_text != warning.text
    words, title = typography(warning.page_text), typography(warning.title)
    page = pages.notice_page(notice, FIXED_TODAY)
    assert heading in page
    added = page.split(heading, 1)[1].split("\n## ", 1)[0]
    assert page.count(words) == 1 and words in added and title in added
    assert typography(warning.text) not in page
    assert added.count("bts-step-warning") == 1  # (the others stay said where they are)
    assert typography(t.text("steps.who", condition="\0")).split("\0")[0] not in added  # (no « Pour qui » of an answer)
    source = typography(t.text("provenance.national_in_notice", texts="\0", section="dernier paragraphe de la notice"))
    assert source.split("\0")[0] in added and source.split("\0")[1] in added
    annex = pages.print_pages([notice], FIXED_TODAY)[pages.pdf_path(notice)].annex
    assert annex.count(words) == 1 and annex.index(t.text("annex.other_warnings_title")) < annex.index(words)


def _nantes_warning_page(frozen_notices):
    """Frozen Nantes 2026's « Autres points » heading, its warning on optional exams, and its page with that warning's
    ``section:`` given (``page_with(section)``)."""
    import dataclasses

    nantes = next(n for n in frozen_notices if n.slug == "nantes" and n.year == 2026)
    heading = f"\n### {nantes.texts.text('topics.other_warnings_title')}\n"
    own = nantes.session.warnings["too_many_optional_exams"]

    def page_with(section: str) -> str:
        moved = dataclasses.replace(own, section=section)
        notice = dataclasses.replace(nantes, session=dataclasses.replace(nantes.session, warnings={**nantes.session.warnings, "too_many_optional_exams": moved}))
        return pages.notice_page(notice, FIXED_TODAY)

    return heading, own, page_with


def test_a_warning_placed_at_several_places_is_said_where_one_of_them_is(frozen_notices):
    """review60 L4: a ``section:`` naming several places (« ; » between them, as the files write them) never matched a
    statement's place, and the warning was added in the guide's words under a sentence the page already quotes. Frozen
    Nantes 2026's warning on optional exams, placed at another place and at its own: not added; at two places the page
    says nothing of: added."""
    heading, own, page_with = _nantes_warning_page(frozen_notices)

    assert heading not in page_with(f"dernier paragraphe de la notice ; {own.section}")
    assert heading in page_with("dernier paragraphe de la notice ; avant-dernier paragraphe")


def test_a_warning_s_places_are_cut_as_the_contacts_places_are(frozen_notices):
    """staffsmall65 item 4: a warning's section: was cut at every « ; », the contacts' places only at a « ; » between
    spaces (PLACES_SPLIT): a place whose title holds a « ; » inside words (« … facultatives;suite », a passage the page
    quotes nothing of) was cut, its first piece matched the passage frozen Nantes 2026's warning on optional exams is
    said at, and the warning was left out of the page. One rule for both: the place whole, the warning added; two places
    « ; » between spaces still each matched (test_a_warning_placed_at_several_places_is_said_where_one_of_them_is)."""
    from generator.site.notice_view import places

    assert places(" « Pièces;justificatifs » ; II-③ ; R&amp;D ") == ["« Pièces;justificatifs »", "II-③", "R&amp;D"]
    # a « ; » doubled or at an end cuts nothing more: no empty place, no « ; B » (review96: « A ;  ; B » gave « ; B », and
    # dropping places()'s « if place » passed every test)
    assert places(" ; A ;  ; B ; ") == ["A", "B"]
    heading, own, page_with = _nantes_warning_page(frozen_notices)

    assert heading not in page_with(own.section)
    assert heading in page_with(f"« {own.section};suite »")


def test_the_header_s_cyclades_address_and_departments_say_their_source_right_after_them(frozen_project, frozen_notices):
    """read54 L4: « Espace candidat CYCLADES : … » (an address another notice gives) and the line of departments (a list
    most notices do not give) had their source only under « Précisions sur la source », about 70 phone screens lower.
    Each says it right after it, from the data (content/site.yaml cyclades.source, academy.yaml departments_source)."""
    from generator.french import lower_first
    from generator.site.text import address_words

    site = frozen_project.content.site
    own = set()
    for notice in frozen_notices:
        page = pages.notice_page(notice, FIXED_TODAY, site=site)
        flat = " ".join(page.split())
        # nts71: the page whose own notice gives the address among its links names that notice; the others say theirs
        # does not give it, then where the guide has it from (every page named Nantes 2024's notice, its own or not)
        if any(str(item.url) == str(site.cyclades.url) for item in notice.section("links") or ()):
            own.add((notice.slug, notice.year))
            link = typography(notice.texts.text("header.cyclades_source_own"))
        else:
            link = typography(notice.texts.text("header.cyclades_source", source=site.cyclades.source))
        # the address's line ends with its source, the next item on its own line
        # (the link's attribute list: its address as printed after its words, a309d905)
        printed = f'{{: data-bts-address="{address_words(site.cyclades.url)}" }}'
        assert f"{typography(notice.texts.text('header.cyclades_link'))}](<{site.cyclades.url}>){printed} {link}\n" in page, (notice.slug, notice.year)
        source = " ".join(notice.academy.departments_source.split())
        said = typography(notice.texts.text("header.departments_source", source=lower_first(source)))
        departments = flat.index(notice.academy.departments[-1].name)  # (the header's line, before any part of the notice)
        assert flat.find(" ".join(said.split())) == flat.index(")", departments) + 3, (notice.slug, notice.year, flat[departments:departments + 300])
    # (the frozen seeds: Nantes 2024's notice alone gives the portal's address, seed 004 l.33-35)
    assert own == {("nantes", 2024)}, own
