"""Every CYCLADES step the checklist says carries its source line, as a piece does: « Notice de l'académie — … », the
notice's part the step is in, or « Notice de l'académie » when its data names none (compile._step_provenances), the
same words for a listed step and for one still undecided, in the engine's result, the page's answer (answer.py,
_answer.html.j2) and the command line (text.py); checklist.js writes them too (tests/checklist/test_checklist_browser.py
compares its steps with the page's answer, element for element).

Hand-written on the frozen project (tests/fixtures/project, the frozen_project and frozen_by_key fixtures of tests/conftest.py): Nantes 2024 puts its steps in parts of its own
(section_as_written: « I- PRE-INSCRIPTION » opens at step 1 and holds step 2); Toulouse 2024 opens them with a sentence,
no title (lead_as_written:); Nantes 2026's fourth step waits for the « engagement étudiant » answer; Aix-Marseille 2023
given its real data's shape (« Comment s'inscrire ? » opened by the part before its steps) names that heading, and its
PDF prints the steps under it. On the real data: each step's place is a heading open above the steps, the PDF's.
"""

from __future__ import annotations

import dataclasses
import re
from html.parser import HTMLParser

from generator.checklist import engine, text
from generator.checklist.answer import answer_view
from generator.checklist.compile import compile_ruleset
from generator.checklist.page import checklist_page, checklist_view, render_checklist
from generator.model.values import given
from generator.pipeline import load_and_check

# (each the notice's heading as the session file writes it, section_as_written:, said in « » as a place: review73 M1)
PRE = "« I- PRE-INSCRIPTION »"
DEFINITIVE = "« II- INSCRIPTION DEFINITIVE »"
VALIDATION = "« III- VALIDATION PAR LE SERVICE EXAMEN (DEC 4-1 du Rectorat de Nantes) »"


def _sections(steps):
    return [(s["number"], s["provenance"]["kind"], s["provenance"]["section"]) for s in steps]


def test_a_step_s_source_is_the_notice_s_part_it_is_in(frozen_project, frozen_by_key):
    nantes = frozen_by_key["nantes", 2024]
    ruleset = compile_ruleset(nantes, frozen_project.content.checklist)
    # step 2 has no part of its own: it is in the part step 1 opens
    expected = [(1, "notice", PRE), (2, "notice", PRE), (3, "notice", DEFINITIVE), (4, "notice", VALIDATION)]
    assert _sections(ruleset["steps"]) == expected
    result = engine.evaluate(ruleset, {"department": "44", "situation": "repeater"})
    assert _sections(result["steps"]) == expected
    # the command line: each step's last line, « Notice de l'académie — « I- PRE-INSCRIPTION » »
    t = nantes.texts
    cli = text.render(ruleset, result, t)
    block = cli.split(t.text("checklist.steps") + "\n", 1)[1].split("\n\n", 1)[0]
    said = [line.strip() for line in block.split("\n") if line.startswith("    ") and line.strip().startswith(t.text("provenance.notice_plain"))]
    assert said == [t.text("provenance.notice", section=s) for s in (PRE, PRE, DEFINITIVE, VALIDATION)], block
    assert block.split("\n")[-1].strip() == t.text("provenance.notice", section=VALIDATION)


def test_a_step_the_notice_does_not_put_under_a_title_of_its_own_says_the_notice_alone(frozen_project, frozen_by_key):
    """Toulouse 2024 opens its steps with « L'inscription à l'examen se fait en TROIS TEMPS : » (lead_as_written:), no
    title: the source names the notice, no place, never the guide's « Les étapes sur CYCLADES »."""
    toulouse = frozen_by_key["toulouse", 2024]
    ruleset = compile_ruleset(toulouse, frozen_project.content.checklist)
    assert _sections(ruleset["steps"]) == [(1, "notice", None), (2, "notice", None), (3, "notice", None)]
    view = checklist_view(toulouse, frozen_project.content.checklist)
    answer = answer_view(toulouse, ruleset, engine.evaluate(ruleset, {}), view.data["key_dates"], view.data["dates"], {}, None)
    plain = toulouse.texts.text("provenance.notice_plain")
    assert [(s.number, s.source, s.provenance_kind) for s in answer.steps] == [(1, plain, "notice"), (2, plain, "notice"), (3, plain, "notice")]
    assert toulouse.texts.text("steps.title") not in {s.source for s in answer.steps}


def test_the_notice_s_title_of_its_steps_is_their_place_when_no_part_names_one(frozen_project, frozen_by_key):
    """A notice that titles its steps otherwise than the guide (headings: steps:) or puts them under headings of its
    own (sections_as_written: steps:, or an earlier part's path still open): that title, or the lowest of those
    headings; a part a step opens wins; a notice that does not title them (untitled:) names no place, whatever
    headings: says."""
    toulouse = frozen_by_key["toulouse", 2024]
    info = toulouse.session.session

    def sections(**changes):
        session = dataclasses.replace(toulouse.session, session=dataclasses.replace(info, lead_as_written={}, **changes))
        ruleset = compile_ruleset(dataclasses.replace(toulouse, session=session), frozen_project.content.checklist)
        return {s["provenance"]["section"] for s in ruleset["steps"]}

    # (each said in « », the notice's heading: review73 M1)
    assert sections(headings={"steps": "PROCÉDURE D'INSCRIPTION"}) == {"« PROCÉDURE D'INSCRIPTION »"}
    assert sections(sections_as_written={"steps": ("II. Inscription", "1- Sur CYCLADES")}) == {"« 1- Sur CYCLADES »"}
    assert sections(headings={"steps": "PROCÉDURE D'INSCRIPTION"}, untitled=("steps",)) == {None}
    assert sections() == {None}
    # the path an earlier part of the notice's order opened, still open (a review, 45 M3: Toulouse's steps under « II.
    # LA PROCÉDURE D'INSCRIPTION », opened by its first paragraphs); closed by a later path before the steps
    opened = {"personal_act": ("II. LA PROCÉDURE D'INSCRIPTION",)}
    assert sections(layout=("who", "personal_act", "steps"), sections_as_written=opened) == {"« II. LA PROCÉDURE D'INSCRIPTION »"}
    assert sections(layout=("personal_act", "who", "steps"), sections_as_written={**opened, "who": ()}) == {None}
    assert sections(layout=("steps", "personal_act"), sections_as_written=opened) == {None}


def test_the_notice_s_headings_open_above_a_part_are_one_walk_of_the_pdf_s_order(frozen_by_key):
    """SessionInfo.open_headings, the one walk of sections_as_written: (the PDF's and the checklist's): a part's own
    path, else the last path before it in the order given; [] closes. In the PDF's order (notice_view.pdf_order), a
    part layout: leaves out comes after its parts, under a path still open; one web_only: names is not printed, and has
    none (pdf_headings_above)."""
    from generator.site.notice_view import pdf_headings_above, pdf_order, pdf_topics

    toulouse = frozen_by_key["toulouse", 2024]
    paths = {"who": ("I. Public",), "processing": ("II. Inscription", "1- Cyclades"), "travel": ()}
    info = dataclasses.replace(toulouse.session.session, layout=("who", "processing", "steps", "travel", "documents"),
                               sections_as_written=paths, web_only=())
    order = ("who", "processing", "steps", "travel", "documents", "contacts")  # contacts: not in layout:
    assert info.open_headings(order) == (
        ("I. Public",), ("II. Inscription", "1- Cyclades"), ("II. Inscription", "1- Cyclades"), (), (), (),
    )
    assert info.open_headings(("steps", "who", "links")) == ((), ("I. Public",), ("I. Public",))

    def shaped(**changes):
        return dataclasses.replace(toulouse, session=dataclasses.replace(toulouse.session, session=dataclasses.replace(info, **changes)))

    notice = shaped()
    assert "processing" in pdf_topics(notice) and "travel" in pdf_topics(notice)
    assert pdf_order(notice, pdf_topics(notice))[:5] == ("who", "processing", "steps", "travel", "documents")
    assert pdf_headings_above(notice, "steps") == ("II. Inscription", "1- Cyclades")
    assert pdf_headings_above(notice, "documents") == ()
    # the steps left out of layout: printed after its parts, under the path still open there
    assert pdf_headings_above(shaped(layout=("who", "processing")), "steps") == ("II. Inscription", "1- Cyclades")
    assert pdf_headings_above(shaped(layout=("who", "processing", "travel")), "steps") == ()
    # not printed (web_only:): none, whatever its path
    assert pdf_headings_above(shaped(layout=("who", "processing"), web_only=("steps",)), "steps") == ()
    # the same order as the PDF's parts (its topics those _topics prints)
    from generator.site.notice_view import notice_view
    from project_support import FIXED_TODAY

    for n in frozen_by_key.values():
        parts = notice_view(dataclasses.replace(n, voice="notice"), FIXED_TODAY).parts
        assert tuple(p.topic.id if p.topic else p.section_key for p in parts) == pdf_order(n, pdf_topics(n)), (n.slug, n.year)


def test_steps_under_a_heading_an_earlier_part_opens_say_it_in_the_checklist_and_the_pdf(frozen_project, frozen_by_key):
    """Aix-Marseille 2023's shape (the real data: « Comment s'inscrire ? » opened by the part before its steps, steps
    not titled, a later part's [] closing it), on the frozen Aix-Marseille 2023: the checklist's source line of every
    step names that heading, and the PDF prints the steps under it (one level deep, the heading opened once, above the
    part that opens it; the part after [] at no depth)."""
    from generator.site.notice_view import notice_view
    from project_support import FIXED_TODAY

    aix = frozen_by_key["aix-marseille", 2023]
    info = aix.session.session
    assert info.layout[info.layout.index("steps") - 1] == "processing"  # (the frozen order this case relies on)
    shaped = dataclasses.replace(
        info, sections_as_written={"processing": ("Comment s'inscrire ?",), "registration_conditions": ()},
        untitled=("processing", "steps"),
    )
    notice = dataclasses.replace(aix, session=dataclasses.replace(aix.session, session=shaped))
    ruleset = compile_ruleset(notice, frozen_project.content.checklist)
    t = notice.texts
    assert {s["provenance"]["section"] for s in ruleset["steps"]} == {"« Comment s'inscrire ? »"}  # (in « »: review73 M1)
    sources = {text.step_source(s, t) for s in ruleset["steps"]}
    assert sources == {t.text("provenance.notice", section="« Comment s'inscrire ? »")}, sources  # « Notice de l’académie — … »
    parts = {p.section_key if p.topic is None else p.topic.id: p for p in notice_view(dataclasses.replace(notice, voice="notice"), FIXED_TODAY).parts}
    assert parts["processing"].opens == ((2, "Comment s'inscrire ?"),)
    assert (parts["steps"].opens, parts["steps"].depth, parts["steps"].untitled) == ((), 1, True)
    assert (parts["registration_conditions"].opens, parts["registration_conditions"].depth) == ((), 0)


def test_a_real_step_s_source_is_a_heading_open_above_its_steps_in_the_pdf(real_notices):
    """Every real session: a step's place is its own part (a step's section_as_written), else the notice's title of
    its steps (headings:, unless untitled: or lead_as_written:), else the lowest heading of the path last given
    (sections_as_written:) to the steps or a part the PDF prints before them (none if that path is [], none is given,
    or the PDF does not print the steps); and the PDF prints the steps as deep as that path is long, each of its
    headings printed above them (opened by a part before, or the heading of the part just before)."""
    from generator.site.notice_view import notice_view
    from project_support import FIXED_TODAY, REAL

    project, problems = load_and_check(REAL)
    assert not problems, problems.report()
    for notice in real_notices:
        info = notice.session.session
        ruleset = compile_ruleset(notice, project.content.checklist)
        parts = notice_view(dataclasses.replace(notice, voice="notice"), FIXED_TODAY).parts
        names = [p.topic.id if p.topic else p.section_key for p in parts]
        path: tuple[str, ...] = ()
        if "steps" in names:
            given_paths = [info.sections_as_written[n] for n in names[:names.index("steps") + 1] if n in info.sections_as_written]
            path = tuple(given_paths[-1]) if given_paths else ()
        titled = "steps" not in info.untitled and "steps" not in info.lead_as_written
        own = None
        for step, compiled in zip(given(notice.session.steps) or (), ruleset["steps"], strict=True):
            own = step.section_as_written or own
            expected = own or (info.headings.get("steps") if titled else None) or (path[-1] if path else None)
            # (the notice's heading said in « » as a place: review73 M1)
            assert compiled["provenance"]["section"] == (f"« {expected} »" if expected else None), (notice.slug, notice.year, compiled["number"])
        if "steps" not in names:
            continue
        at = names.index("steps")
        assert parts[at].depth == len(path), (notice.slug, notice.year, parts[at])
        printed = {heading for p in parts[:at + 1] for _, heading in p.opens} | {info.headings.get(n) for n in names[:at]}
        assert all(heading in printed for heading in path), (notice.slug, notice.year, path)


class _Steps(HTMLParser):
    """Each step item of the page's answer (data-step, data-undecided-step): its source line's words and kind (a
    source line inside that item only: the contacts' own, after the steps, is theirs)."""

    def __init__(self):
        super().__init__()
        self.items, self._in_source, self._open, self._depth = [], False, None, 0

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        for name in ("data-step", "data-undecided-step"):
            if name in attrs:
                self.items.append([name, attrs[name], None, None])
                self._open, self._depth = tag, 0
        if tag == self._open:
            self._depth += 1
        if tag == "p" and attrs.get("class") == "bts-checklist-source" and self._open:
            self._in_source = True
            self.items[-1][3] = attrs.get("data-provenance")
            self.items[-1][2] = ""

    def handle_endtag(self, tag):
        if tag == "p":
            self._in_source = False
        if tag == self._open:
            self._depth -= 1
            if self._depth == 0:
                self._open = None

    def handle_data(self, data):
        if self._in_source:
            self.items[-1][2] += data


def test_every_step_listed_or_undecided_has_its_source_line_in_the_page_s_answer_and_the_command_line(frozen_project, frozen_by_key):
    """Every frozen session, for no answer and a few situations: each step of the engine's result, listed or still
    undecided, has the same source line in the page's answer (its last paragraph) and the command line (the line after
    its own), the words of its provenance (a step of the answer without one fails)."""
    content = frozen_project.content.checklist
    seen = {"listed": 0, "undecided": 0, "place": 0, "plain": 0}
    for notice in frozen_by_key.values():
        ruleset = compile_ruleset(notice, content)
        view = checklist_view(notice, content)
        t = notice.texts
        for answers in ({}, {"department": "44", "situation": "repeater"}, {"situation": "distance"}):
            result = engine.evaluate(ruleset, answers)
            answer = answer_view(notice, ruleset, result, view.data["key_dates"], view.data["dates"], {}, None)
            expected = [("data-step", str(s["number"]), text.step_source(s, t), "notice") for s in result["steps"]]
            expected += [("data-undecided-step", str(s["number"]), text.step_source(s, t), "notice") for s in result["undecided_steps"]]
            page = dataclasses.replace(view, answer=answer)
            parser = _Steps()
            parser.feed(render_checklist(page, t).split('<div id="bts-checklist-output"', 1)[1].split("</section>", 1)[0])
            shown = [(name, number, " ".join((words or "").split()), kind) for name, number, words, kind in parser.items]
            assert shown == [(n, k, " ".join(w.split()), p) for n, k, w, p in expected], (notice.slug, notice.year, answers)
            cli = text.render(ruleset, result, t)
            lines = cli.split("\n")
            for step in result["steps"]:
                heading = t.text("checklist.step", number=step["number"], title=step["title"])
                start = next(i for i, line in enumerate(lines) if line.startswith("  - " + heading))
                end = next(i for i in range(start + 1, len(lines)) if not lines[i].startswith("    "))
                assert lines[end - 1] == "    " + text.step_source(step, t), (notice.slug, step["number"], lines[start:end])
                seen["listed"] += 1
                seen["place" if step["provenance"]["section"] else "plain"] += 1
            for step in result["undecided_steps"]:
                heading = t.text("checklist.step", number=step["number"], title=step["title"])
                start = next(i for i, line in enumerate(lines) if line.startswith("  - " + heading) and "(selon" in line)
                # (after the line saying where the notice's words are, for a step the guide reworded: Nantes 2026's 4th)
                words = text.step_notice_words_line(step, ruleset, t)
                if words:
                    assert lines[start + 1] == "    " + words, (notice.slug, step["number"], lines[start:start + 3])
                assert lines[start + 1 + bool(words)] == "    " + text.step_source(step, t), (notice.slug, step["number"], lines[start:start + 3])
                seen["undecided"] += 1
    assert all(seen.values()), seen


def test_the_page_built_for_no_answer_carries_each_step_s_source(frozen_project, frozen_by_key):
    """The checklist page as built (checklist_page): a source line in each step's item."""
    nantes = frozen_by_key["nantes", 2026]
    body = checklist_page(nantes, frozen_project.content.checklist)
    output = body.split('<div id="bts-checklist-output"', 1)[1].split("</section>", 1)[0]
    item = re.search(r'<li data-undecided-step="4">(.*?)</li>', output, re.S)
    assert item and 'class="bts-checklist-source" data-provenance="notice"' in item.group(1), output
    steps = re.search(r'<ul class="bts-checklist-steps">(.*?)</ul>\n', output, re.S).group(1)
    assert steps.count('class="bts-checklist-source"') == steps.count("<li data-step=") == 3


def test_a_step_s_deadline_says_what_it_is_for_in_every_output(frozen_project, frozen_by_key):
    """A step's date comes with its deadline's label, « Signaler au bureau des BTS la non-réception du mél de
    confirmation : au plus tard le mardi 14 novembre 2023 … », as the notice page says it under the step (read45 H1:
    « Étape 2 : Confirmation et validation de l'inscription — au plus tard le lundi 20 novembre 2023 » read as the last
    day to confirm, when the date was the documents' and registrations closed on the 15th): on the command line the
    line under the step's title, in the page's answer its own paragraph (checklist.js: the same, compared element for
    element by tests/checklist/test_checklist_browser.py). Every frozen notice's listed steps with a date."""
    dated = 0
    for notice in frozen_by_key.values():
        ruleset = compile_ruleset(notice, frozen_project.content.checklist)
        result = engine.evaluate(ruleset, {})
        deadlines = {d["id"]: d for d in result["deadlines"]}
        t = notice.texts
        cli = text.render(ruleset, result, t)
        view = checklist_view(notice, frozen_project.content.checklist)
        answer = answer_view(notice, ruleset, result, view.data["key_dates"], view.data["dates"], {}, None)
        items = {item.number: item for item in answer.steps}
        for step in result["steps"]:
            title = t.text("checklist.step", number=step["number"], title=step["title"])
            deadline = deadlines.get(step["deadline"]) if step["deadline"] else None
            item = items[step["number"]]
            assert item.title == title, (notice.slug, item.title)  # the date is not in the title
            if deadline is None:
                assert item.deadline is None
                continue
            dated += 1
            said = item.deadline.replace("\u00a0", " ")  # (its label, then its date, as in « Dates à retenir »)
            # (« , délai de rigueur » after the date when the notice says so, as « Dates à retenir »: review69 L3)
            date = view.data["dates"][deadline["id"]]
            date = t.text("moments.strict", date=date) if deadline["strict"] else date
            assert said.startswith(deadline["label"].replace("\u00a0", " ")) and said.endswith(date.replace("\u00a0", " ")), said
            under = cli.split("  - " + title + "\n", 1)[1].split("\n", 1)[0]
            plain = under.strip().replace("\u00a0", " ").replace("\u202f", " ")
            assert plain.startswith(deadline["label"].replace("\u00a0", " ") + " : "), (notice.slug, step["number"], under)
    assert dated >= 2, "no frozen notice lists a step with a date: the test would check nothing"


def test_every_real_step_names_the_notice_s_place_it_comes_from(real_notices):
    """A review (read48 L4): Nantes 2026's steps, written by the guide for the candidate from the establishments'
    procedure (its parts 3 to 5), said only « Notice de l'académie » in the checklist, where Nantes 2024's name their
    part: every real step's source line names the part of its notice it comes from (its section_as_written:, or the
    notice's own title of its steps), so that the candidate can find the passage."""
    from project_support import REAL

    project, problems = load_and_check(REAL)
    assert not problems, problems.report()
    for notice in real_notices:
        ruleset = compile_ruleset(notice, project.content.checklist)
        unnamed = [s["number"] for s in ruleset["steps"] if not s["provenance"]["section"]]
        assert not unnamed, (notice.slug, notice.year, unnamed)


class _PageSteps(HTMLParser):
    """The notice page's « Les étapes sur CYCLADES » (from its h2 to the next): each step (h3) and the source lines
    after it, its own (a paragraph « bts-source » at the step's level) apart from those of a box inside it (a
    warning on the step, with its own source)."""

    def __init__(self, heading_id: str):
        super().__init__()
        self.heading_id, self.steps = heading_id, []
        self._in, self._tag, self._box, self._text = False, None, 0, None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "h2":
            self._in = attrs.get("id") == self.heading_id
        if not self._in:
            return
        if tag == "div":
            self._box += 1
        if tag == "h3":
            self.steps.append(["", []])
            self._tag, self._text = "h3", ""
        elif tag == "p" and attrs.get("class") == "bts-source" and self.steps and not self._box:
            self._tag, self._text = "p", ""

    def handle_endtag(self, tag):
        if not self._in:
            return
        if tag == "div":
            self._box -= 1
        if tag == self._tag:
            words = " ".join(self._text.split())
            if tag == "h3":
                self.steps[-1][0] = words
            else:
                self.steps[-1][1].append(words)
            self._tag, self._text = None, None

    def handle_data(self, data):
        if self._text is not None:
            self._text += data


def _page_steps(site, notice):
    from generator.site.paths import notice_path

    t = notice.texts
    page = (site / notice_path(notice).removesuffix("index.md") / "index.html").read_text(encoding="utf-8")
    heading_id = re.search(r'<h2 id="([^"]+)"[^>]*>' + re.escape(t.text("steps.title")), page).group(1)
    parser = _PageSteps(heading_id)
    parser.feed(page)
    return parser.steps


def test_the_built_notice_page_ends_each_step_with_the_checklist_s_source_line(frozen_site, frozen_by_key):
    """A review (read53 M2): the checklist ended each step with its place in the notice, the notice page none.
    The built frozen Nantes 2024 page: the notice's part each step is in, word for word, steps in a row from the same
    part said once after the last of them with their numbers (a review, fix58a: Toulouse 2024's line three times in a
    row): steps 1 and 2 (step 2 in the part step 1 opens), then steps 3 and 4, each its own line; Toulouse 2024's
    steps, which the notice does not title: « Notice de l'académie » once, after step 3; the page's warning box on a
    step keeps its own line."""
    nantes = frozen_by_key["nantes", 2024]
    quote = lambda words: words.replace("'", "\u2019")
    expected = [[], [f"Étapes 1 et 2 : Notice de l'académie — {PRE}"]] + [[f"Notice de l'académie — {s}"] for s in (DEFINITIVE, VALIDATION)]
    steps = _page_steps(frozen_site, nantes)
    assert [sources for _, sources in steps] == [[quote(line) for line in lines] for lines in expected], steps
    assert [title.split(" : ", 1)[0].replace("\u00a0", " ") for title, _ in steps] == [f"Étape {i}" for i in (1, 2, 3, 4)]
    toulouse = _page_steps(frozen_site, frozen_by_key["toulouse", 2024])
    assert [[s.replace("\u00a0", " ") for s in sources] for _, sources in toulouse] == [[], [], [quote("Étapes 1 à 3 : Notice de l'académie")]], toulouse


def test_every_built_notice_page_s_step_has_the_checklist_s_source_line(real_site, real_notices):
    """Every real notice page, as built: each CYCLADES step's source line says the words the checklist gives the same
    step (compile: its provenance; text.step_source), so that page and checklist agree: after the step, or, steps in a
    row with the same words and no warning's box between them, once after the last of them, with their numbers
    (notice_view.source_lines)."""
    from generator.site.notice_view import source_lines, step_warnings

    from project_support import REAL

    project, problems = load_and_check(REAL)
    assert not problems, problems.report()
    seen = 0
    for notice in real_notices:
        steps = given(notice.session.steps)
        if not steps:
            continue
        ruleset = compile_ruleset(notice, project.content.checklist)
        flat = lambda words: " ".join(words.replace("\u00a0", " ").replace("\u202f", " ").replace("\u2019", "'").split())
        boxed = [bool(w) for w in step_warnings(notice, [(step.title, step.heading_as_written) for step in steps])]
        lines = source_lines(notice.texts, [text.step_source(s, notice.texts) for s in ruleset["steps"]], boxed)
        expected = [[flat(line)] if line else [] for line in lines]
        assert expected[-1] and all(flat(text.step_source(s, notice.texts)) in flat(line) for s, line in zip(ruleset["steps"], lines) if line)
        shown = [[flat(line) for line in sources] for _, sources in _page_steps(real_site, notice)]
        assert shown == expected, (notice.slug, notice.year, shown)
        seen += len(shown)
    assert seen
