"""Pure page functions on the frozen project's notices: conditions in words, training-route table, past sessions, home page."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

import pytest

from generator.model.conditions import Condition
from generator.french import typography
from generator.site import pages, words


def test_condition_words_use_question_labels_and_choice_labels(frozen_notices):
    notice = frozen_notices[0]
    q = notice.questions
    cond = Condition("all", children=(Condition("test", "situation", ("repeater",)), Condition("not", children=(Condition("test", "route", ("apprenti",)),))))
    said = words.condition_words(notice, cond)
    # the questions' phrases (content/questions.yaml), as a sentence: « Si …, sauf si … »
    assert said == f"Si {q['situation'].phrases['repeater']}, sauf si {q['route'].phrases['apprenti']}"
    assert words.condition_words(notice, Condition.always()) == "Tous les candidats"


def test_a_yes_that_another_answer_gives_says_both(frozen_notices):
    """« situation: repeater » or « sat_before: yes », where sat_before is not asked of repeaters since their
    situation says it (its yes_when): said by the « yes » alone. Without yes_when, both are said."""
    notice = frozen_notices[0]
    q = notice.questions
    repeater, sat = Condition("test", "situation", ("repeater",)), Condition("test", "sat_before", ("yes",))
    either = Condition("any", children=(repeater, sat))
    plain = words.condition_words(notice, either)
    assert q["situation"].phrases["repeater"] in plain and q["sat_before"].phrases["yes"] in plain
    said = dataclasses.replace(notice, questions={**q, "sat_before": dataclasses.replace(q["sat_before"], yes_when=repeater)})
    assert words.condition_words(said, either) == f"Si {q['sat_before'].phrases['yes']}"
    other = Condition("test", "situation", ("distance",))  # another answer beside it is still said
    assert q["situation"].phrases["distance"] in words.condition_words(said, Condition("any", children=(other, sat)))


def test_specialty_conditions_name_the_specialty(frozen_notices):
    notice = frozen_notices[0]
    said = words.condition_words(notice, Condition("test", "specialty", ("maintenance_systemes",)))
    assert notice.specialties["maintenance_systemes"].name in said
    assert "maintenance_systemes" not in said


def test_route_fit():
    route = lambda *v: Condition("test", "route", v)  # noqa: E731
    other = Condition("test", "situation", ("repeater",))
    assert words.route_fit(Condition.always(), "scolaire") == "yes"
    assert words.route_fit(route("apprenti"), "apprenti") == "yes"
    assert words.route_fit(route("apprenti"), "scolaire") == "no"
    assert words.route_fit(Condition("all", children=(route("apprenti"), other)), "apprenti") == "maybe"
    assert words.route_fit(Condition("all", children=(route("apprenti"), other)), "scolaire") == "no"
    assert words.route_fit(Condition("not", children=(route("apprenti"),)), "scolaire") == "yes"
    assert words.route_fit(Condition("any", children=(route("apprenti"), other)), "scolaire") == "maybe"


def test_session_passee_depends_on_today(frozen_notices):
    """« Session passée » is the exam session over (words.session_end: 31 August of its year, the notices giving no
    exam date), not its registration: a session whose dates are all over is not past yet (staffwalk52 M2: a session 2027
    was « Session passée … gardée en archive » in December 2026); its pages say « Inscriptions closes » until then."""
    for notice in frozen_notices:
        last = words.last_date(notice)
        end = words.session_end(notice)
        assert last is not None and end == dt.date(notice.year, 8, 31) and last.date() < end, notice.slug
        assert words.dates_over(notice, last.date() + dt.timedelta(days=1)) and not words.dates_over(notice, last.date())
        assert not words.session_over(notice, last.date() + dt.timedelta(days=1)) and not words.session_over(notice, end)
        assert words.session_over(notice, end + dt.timedelta(days=1))
    notice = frozen_notices[0]
    end = words.session_end(notice)
    between = pages.notice_page(notice, words.last_date(notice).date() + dt.timedelta(days=1))
    before = pages.notice_page(notice, end)
    after = pages.notice_page(notice, end + dt.timedelta(days=1))
    # the box is always there, for the browser to show after the session's last day (past.js); shown by the build once
    # past (with data-bts-no-newer when the guide has no newer session of the academy: frozen Aix-Marseille 2023's)
    box = re.escape(f'class="admonition warning bts-past" data-bts-past-after="{end.isoformat()}" data-bts-timezone="{notice.tz}"')
    box += '(?: data-bts-no-newer="true")?'
    assert re.search(box + " hidden ", between) and re.search(box + " hidden ", before) and re.search(box + " markdown", after)
    # until then, registration closed, said at once
    closed = re.escape(f'data-bts-open-until="{end.isoformat()}" data-bts-timezone="{notice.tz}"')
    assert re.search(closed + ' markdown', between) and re.search(closed + ' markdown', before) and "bts-closed" not in after


def test_home_page_leads_to_newest_session_and_archives_older(frozen_notices):
    """The newest session for each readers' audience (Nantes: 2024 for candidates who register themselves, 2026
    for establishments) is « la plus récente », each named by its readers; older ones are archives."""
    newest = {}
    for n in frozen_notices:
        key = (n.slug, n.audience)
        if key not in newest or n.year > newest[key].year:
            newest[key] = n
    newest = {n.slug + str(n.year): n for n in newest.values()}
    far_future = dt.date(2100, 1, 1)
    home = pages.home_page(frozen_notices, far_future)
    for n in frozen_notices:
        target = f"]({pages.notice_path(n)})"
        assert target in home
        line = next(line for line in home.splitlines() if target in line and line.startswith("- "))
        latest = n.slug + str(n.year) in newest
        # (an academy with a notice for each audience: « Notice la plus récente pour les établissements et les candidats
        # qu'ils inscrivent : session 2026 », each line naming its readers, never twice « Session la plus récente » nor
        # « la plus récente » twice for readers unnamed: phone49 L8, review55 L9)
        assert line.startswith("- Notice la plus récente pour les " if n.slug == "nantes" else "- Session la plus récente") == latest, line
        assert line.startswith("- Archive") == (not latest), line
        if n.slug == "nantes":  # two audiences: each line names its readers
            assert ("eux-mêmes" in line) == (n.audience == "individual") and ("établissements" in line) == (n.audience == "establishment")
        assert "session passée" in line


def test_the_home_line_of_a_session_says_registration_closed_until_the_session_is_past(frozen_notices):
    """walk67b L3: from the closing to 31 August, « Sessions par académie » said « clôture des inscriptions au plus tard
    le … » with nothing saying it had passed; « — session passée » came only after. The line of a notice that dates its
    closing carries « — inscriptions closes », shown by the build in that time (and by past.js, from the same moments
    as the notice's « Inscriptions closes » box: data-bts-closed-after/-at, data-bts-open-until), hidden before; after
    the session's last day only « — session passée » (one flag, never both)."""
    t = frozen_notices[0].texts
    closed, past = t.text("home.closed"), t.text("home.past")
    flag = re.compile(r'<span class="bts-(closed|past)-flag"[^>]*?( hidden)?>')
    seen = set()
    for n in frozen_notices:
        if n.closing is None:
            continue
        end = words.session_end(n)
        for day, shown in ((n.closing.date() - dt.timedelta(days=1), set()), (n.closing.date() + dt.timedelta(days=1), {"closed"}),
                           (end, {"closed"}), (end + dt.timedelta(days=1), {"past"})):
            others = [o for o in frozen_notices if o.slug == n.slug and o.audience == n.audience and o.year > n.year]
            home = pages.home_page([o for o in frozen_notices if o not in others], day)
            target = f"]({pages.notice_path(n)})"
            line = next(line for line in home.splitlines() if target in line and line.startswith("- "))
            flags = {kind: not hidden for kind, hidden in flag.findall(line)}
            assert {kind for kind, visible in flags.items() if visible} == shown, (n.slug, n.year, day, line)
            # (the closed flag in its time, for past.js, until the session is past at build time)
            assert ("closed" in flags) == (day <= end), (n.slug, n.year, day, line)
            if "closed" in flags:
                assert f'data-bts-open-until="{end.isoformat()}"' in line and f">{closed}</span>" in line, line
            assert f">{past}</span>" in line
            seen.add((n.slug, n.year))
    assert len(seen) >= 3, seen


def test_the_home_finder_names_the_candidates_each_notice_has_register_themselves(frozen_notices):
    """« Vous vous inscrivez vous-même (…) » names the situations of the notice's categories that register
    themselves (who:, how: individual), not every individual candidate: Nantes 2024 names distance learners
    and repeaters, not salaried workers."""
    home = pages.home_page(frozen_notices, dt.date(2100, 1, 1))
    t = frozen_notices[0].texts
    words = {"distance": "home.who_distance", "repeater": "home.who_repeater", "experience": "home.who_experience"}
    checked = 0
    for n in frozen_notices:
        if n.audience != "individual":
            continue
        target = f"]({pages.notice_path(n)})"
        for line in home.splitlines():
            if target in line and not line.startswith("- "):
                registers = {c.situation for c in n.who if c.how == "individual"}
                for situation, key in words.items():
                    # (« (CNED, redoublant ; la notice ne parle pas des salariés) » when it names not all three: phone58 L4)
                    shown = any(f"{before}{t.text(key)}{after}" in line for before in ("(", " ") for after in (",", ")", "\u202f;"))
                    assert shown == (situation in registers), (n.slug, n.year, situation, line)
                    unsaid = f"{t.text('home.unsaid_' + situation)}" in line.split("[", 1)[0]
                    assert unsaid == (situation not in {c.situation for c in n.who}), (n.slug, n.year, situation, line)
                checked += 1
    nantes = next(n for n in frozen_notices if (n.slug, n.year) == ("nantes", 2024))
    assert "experience" not in {c.situation for c in nantes.who} and checked >= 2


def test_yaml_html_in_notice_title_is_escaped(frozen_notices):
    notice = frozen_notices[0]
    info = dataclasses.replace(notice.session.session, title="<script>alert(1)</script> *x*")
    evil = dataclasses.replace(notice, session=dataclasses.replace(notice.session, session=info))
    page = pages.notice_page(evil, dt.date(2000, 1, 1))
    assert "<script>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt; \\*x\\*" in page


# --- opening dates, steps, late deposits, missing exam office, establishment page ------


def _notice_with_opening_without_time(frozen_notices):
    for n in frozen_notices:
        if n.opening is not None and not n.opening_has_time:
            return n
    n = frozen_notices[0]
    return dataclasses.replace(n, opening=n.opening.replace(hour=0, minute=0), opening_has_time=False)


def test_opening_without_time_says_the_hour_is_not_given(frozen_notices):
    """An opening given as a day: the header and the dates table say « heure non précisée par la
    notice », never a default hour nor « until the end of the day »; the timeline shows the day alone."""
    from generator.site import dates, timeline

    notice = _notice_with_opening_without_time(frozen_notices)
    t = notice.texts
    words = dates.moment(notice.opening, False, notice.tz, t, kind="opening")
    assert words == t.text("moments.opening_day", day=dates.day(notice.opening))
    page = pages.notice_page(notice, dt.date(2000, 1, 1)).replace("\\", "")
    assert page.count(words) >= 2, "the header and the dates table"
    day = dates.day(notice.opening)
    assert f"{day}, jusqu'à la fin de la journée" not in page and f"{day} à 23" not in page.replace("\u00a0", " ")
    from generator.site.notice_view import events

    opening = [e for e in events(notice) if e.when == notice.opening and e.label == t.text("common.opening_event")]
    assert opening and all(not e.has_time and "·" not in timeline.short_when(e, t) for e in opening), "the timeline shows no hour"


def _with_step_titles(notice, titles):
    steps = tuple(dataclasses.replace(notice.session.steps[0], title=title) for title in titles)
    return dataclasses.replace(notice, session=dataclasses.replace(notice.session, steps=steps))


def test_step_headings_number_every_step_once(frozen_notices):
    notice = frozen_notices[0]
    t = notice.texts
    typed = ["Étape 1 : Accès à CYCLADES", "étape 1: Accès à CYCLADES", "1. Accès à CYCLADES", "Accès à CYCLADES", "Inscription définitive", "2026 inscriptions"]
    lines = pages.notice_page(_with_step_titles(notice, typed), dt.date(2000, 1, 1)).splitlines()
    for number in (1, 2, 3, 4):
        assert "### " + t.text("steps.heading", number=number, title="Accès à CYCLADES") in lines
    assert "### " + t.text("steps.heading", number=5, title="Inscription définitive") in lines
    # a title that starts with a year is not a typed step number
    assert "### " + t.text("steps.heading", number=6, title="2026 inscriptions") in lines
    for notice in frozen_notices:
        page = pages.notice_page(notice, dt.date(2000, 1, 1))
        for line in page.splitlines():
            if line.startswith("### ") and line.count(t.text("steps.heading", number=1, title="x").split("1")[0].strip()) > 1:
                raise AssertionError(f"{notice.slug} {notice.year}: doubled step number in {line!r}")


def test_step_condition_is_shown_in_words(frozen_notices):
    notice = frozen_notices[0]
    cond = Condition("test", "situation", ("repeater",))
    steps = list(notice.session.steps)
    assert steps, "the first notice has steps"
    steps[0] = dataclasses.replace(steps[0], when=cond)
    variant = dataclasses.replace(notice, session=dataclasses.replace(notice.session, steps=tuple(steps)))
    page = pages.notice_page(variant, dt.date(2000, 1, 1))
    from generator.site.text import md

    from generator.french import lower_first

    who = notice.texts.text("steps.who", condition=md(lower_first(words.condition_words(notice, cond))))
    assert who in page
    # steps for everyone have no « Pour qui » line (in the steps' section: a table of documents may have one)
    from generator.site.notice_view import notice_view

    title = notice_view(variant, dt.date(2000, 1, 1)).headings.get("steps") or notice.texts.text("steps.title")
    assert _section(page, title).count(notice.texts.text("steps.who", condition="\0").split("\0")[0]) == 1


def test_late_deposit_words_follow_the_deadline(frozen_notices):
    from generator.site.text import md

    notice = next((n for n in frozen_notices if any(d.late_deposit for d in n.documents)), None)
    if notice is None:
        n = frozen_notices[0]
        docs = list(n.documents)
        docs[0] = dataclasses.replace(docs[0], late_deposit="peut être déposée ultérieurement")
        notice = dataclasses.replace(n, documents=tuple(docs))
    page = pages.notice_page(notice, dt.date(2000, 1, 1))
    for doc in notice.documents:
        if not doc.late_deposit:
            continue
        cell = words.document_deadline(notice, doc)
        d = notice.deadline(doc.deadline)
        assert cell.startswith(words.moment(notice, d.end, d.has_time)) or cell.startswith(d.label)
        assert doc.late_deposit in cell
        # in its row's deadline, or, where the table says its deadline once above it, in the row's « Précisions »
        # (the words on how to reach an office the notice does not give link the academy's site: phone61 M2)
        linked = lambda text: pages.office_linked(md(text), notice)  # noqa: E731
        assert linked(cell) in page or linked(notice.texts.text("documents.late_deposit_note", words=doc.late_deposit, office=words.office_reach(notice))) in page
        if d.strict:
            late = notice.texts.text("checklist.late_deposit", words=doc.late_deposit, office=words.office_reach(notice))  # (its date not given: said, fixr408)
            assert linked(notice.texts.text("dates.late_deposit", label=doc.label, late=late)) in page


def _section(page: str, title: str) -> str:
    """The part of a Markdown page from its heading « ## title » to the next « ## » heading."""
    start = page.index(f"\n## {title}\n")
    end = page.find("\n## ", start + 1)
    return page[start:] if end < 0 else page[start:end]


def test_missing_exam_office_is_said_not_crashed(frozen_notices):
    title = frozen_notices[0].texts.text("contacts.title")
    for notice in frozen_notices:
        variant = dataclasses.replace(notice, exam_office=None)
        contacts = _section(pages.notice_page(variant, dt.date(2000, 1, 1)), title)
        assert notice.texts.text("contacts.no_exam_office") in contacts
        if notice.exam_office is not None:
            assert notice.exam_office.name not in contacts.split("\n### ")[0]
            assert notice.texts.text("contacts.no_exam_office") not in _section(pages.notice_page(notice, dt.date(2000, 1, 1)), title)


def test_establishment_page_has_deadlines_and_contacts(frozen_notices):
    found = [n for n in frozen_notices if pages.has_establishment_page(n)]
    assert found, "no establishment notice"
    for notice in found:
        t = notice.texts
        page = pages.establishment_page(notice, dt.date(2000, 1, 1))
        assert t.text("establishment.col_deadline") in page
        for doc in notice.documents:
            assert typography(words.document_deadline(notice, doc).split(" (")[0]).replace("\u202f", " ") in page.replace("\u202f", " ")
        assert "## " + t.text("contacts.title") in page
        # the same contacts section as the notice page
        assert _section(pages.notice_page(notice, dt.date(2000, 1, 1)), t.text("contacts.title")) in page


def test_establishment_page_opens_with_the_notice_page_s_dates_and_the_notice_s_other_deadlines(frozen_notices):
    """read55 M4: Nantes 2026's staff page told its readers to act « avant la clôture des inscriptions » and « après la
    fermeture des inscriptions » with nothing on it saying the notice gives neither date. Above its steps, it says the
    notice page's lines under its title (opening, closing, documents' deadline: the same lines, « date non précisée par
    la notice » where the notice gives none), then each other deadline of the notice, label and moment (its
    12 December deposits); its PDF version (printed after the notice's dates table) does not."""
    found = [n for n in frozen_notices if pages.has_establishment_page(n)]
    assert found, "no establishment notice"
    for notice in found:
        t = notice.texts
        page = pages.establishment_page(notice, dt.date(2000, 1, 1))
        top = page.split("\n## ")[0]  # (the intro, before the first section: the staff's steps)
        header = pages.notice_page(notice, dt.date(2000, 1, 1)).split(t.text("header.audience_establishment"))[1].split("\n\n")[0]
        said = [line for line in header.splitlines() if line.startswith("- ") and ("**" in line)]
        assert len(said) == 3 and all(line in top for line in said), (said, top)
        assert [line for line in top.splitlines() if line.startswith("- ")][:3] == said
        flat = lambda text: typography(text).replace("\u00a0", " ").replace("\u202f", " ")
        assert flat(words.opening_words(notice)) in flat(said[0]) and flat(words.closing_words(notice)) in flat(said[1])
        later = [d for d in notice.deadlines if d.id != "documents"]
        assert later
        # (without a date's hidden « — date passée », shown by past.js from its instant: fixpastview62)
        lines = [flat(re.sub(r'<span class="bts-past-later"[^>]*>[^<]*</span>', "", line)) for line in top.splitlines() if line.startswith("- ")][3:]
        assert lines == [flat(f"- {d.label} : **{words.deadline_moment(notice, d.id)}**") for d in later], lines
        assert not pages.establishment_page(notice, dt.date(2000, 1, 1), for_print=True).count(said[1])


def test_establishment_page_says_which_documents_are_national_and_links_their_forms_as_the_notice_page(frozen_notices):
    """An establishment reads the documents by route on their own page: a national document says so there as on the
    notice page (« Règle nationale — … »), and a document made with a form of the notice links to it."""
    from generator.site.establishment_view import establishment_view
    from generator.site.document_view import document_rows

    found = [n for n in frozen_notices if pages.has_establishment_page(n)]
    checked = set()
    for notice in found:
        view = establishment_view(notice, dt.date(2000, 1, 1))
        page = pages.establishment_page(notice, dt.date(2000, 1, 1))
        for route_row, row in zip(view.routes, document_rows(notice, notice.documents), strict=True):
            # (a national piece the notice does not date: its source says whose date it has, as a notice page's row)
            provenance = row.provenance_dated or row.provenance
            assert route_row.label == row.label and route_row.provenance == provenance and route_row.form == row.form
            if row.provenance:
                assert "ègle nationale" in row.provenance and typography(provenance) in page
                checked.add("national")
            if row.form:
                assert f"]({row.form.page})" in page
                checked.add("form")
    assert checked == {"national", "form"}, checked


def test_establishment_tables_say_each_deadline_once_above_its_documents(frozen_notices):
    """The documents by route come in a table per deadline, in the order of its first document, the deadline said
    once above the table (a « Date limite » column repeated it in every row): every document once, under its own."""
    from generator.site.establishment_view import establishment_view

    found = [n for n in frozen_notices if pages.has_establishment_page(n)]
    assert found
    for notice in found:
        view = establishment_view(notice, dt.date(2000, 1, 1))
        page = pages.establishment_page(notice, dt.date(2000, 1, 1))
        groups = view.route_groups
        assert len(groups) > 1, "the frozen establishments' notice has documents due on several dates"
        # as rendered: the line above each table says its deadline, and the table lists exactly its documents
        section = page.split("## " + notice.texts.text("establishment.routes_title"))[1].split("\n## ")[0]
        said = re.findall(r"\n([^\n<|]+)\n\n<div[^>]*aria-label=", section)
        tables = re.findall(r"<tbody.*?</tbody>", section, re.S)
        assert len(said) == len(tables) == len(groups)
        plain = lambda text: text.replace("\u202f", " ").replace("\xa0", " ")  # noqa: E731
        for line, table, group in zip(said, tables, groups, strict=True):
            assert plain(typography(group.deadline)) in plain(line)
            labels = re.findall(r'data-label="' + notice.texts.text("establishment.col_document") + r'"[^>]*>(.*?)</td>', table, re.S)
            assert [plain(label).split("<br>")[0] for label in labels] == [plain(typography(r.label)) for r in group.rows]
        by_doc = {r.label: r.deadline for r in view.routes}
        assert sorted(by_doc) == sorted(r.label for g in groups for r in g.rows)  # every document once
        columns = re.findall(r'<th role="columnheader"[^>]*>([^<]*)</th>', page)
        assert notice.texts.text("establishment.col_who") in columns and notice.texts.text("establishment.col_deadline") not in columns


def test_interface_texts_with_markup_stay_text(frozen_notices):
    """Every text of content/interface.yaml given « <i>…</i> » and « *…* »: no page gets a live tag or emphasis.

    Markdown pages escape the words of each text (``InterfaceFile.render``), the menu escapes its
    titles, the checklist page escapes its HTML and its JSON block.
    """
    from markdown import Markdown
    from mkdocs.utils.meta import get_data

    from generator.checklist import page as checklist
    from generator.loading import CONTENT_FILES, read_file
    from generator.model.content import ChecklistFile
    from generator.problems import Problems
    from project_support import FROZEN

    texts = frozen_notices[0].texts
    groups = {
        gid: dataclasses.replace(group, texts={tid: template + " <i>z</i> *e*" for tid, template in group.texts.items()})
        for gid, group in texts.groups.items()
    }
    marked = dataclasses.replace(texts, groups=groups)
    changed = [dataclasses.replace(n, texts=marked) for n in frozen_notices]
    content = read_file(FROZEN / "content" / CONTENT_FILES["checklist"][0], FROZEN, ChecklistFile, Problems())
    files = pages.site_files(changed, dt.date(2023, 10, 1), checklist=checklist, checklist_content=content, texts=marked)
    markdown = {path: text for path, text in files.items() if path.endswith(".md")}
    assert any("&lt;i&gt;z&lt;/i&gt;" in text for text in markdown.values())
    for path, text in markdown.items():
        # Rendered as MkDocs does (the extensions of mkdocs.yml), the front matter read apart.
        text = get_data(text)[0]
        rendered = Markdown(extensions=["tables", "admonition", "attr_list", "md_in_html", "toc"]).convert(text)
        for live in ("<i>", "<em>e</em>"):
            at = rendered.find(live)
            assert at < 0, f"{path}: {rendered[max(0, at - 80):at + 20]!r}"
    for title in _nav_titles(pages.nav(changed, checklist=True, texts=marked)):
        assert "<i>" not in title, title


def test_the_menu_says_whose_a_notice_is_where_an_academys_notices_are_for_different_readers(frozen_notices):
    """Nantes: the 2026 notice is for establishments, the 2024 one for individual candidates; the menu says so (phone47
    L4: « Session 2026 », the newest, sent an individual candidate to the establishments' notice). An academy whose
    notices are all for the same readers: « Session 2024 » alone."""
    nav = pages.nav(frozen_notices, checklist=True)
    by_academy = {title: [next(iter(e)) for e in entries] for entry in nav for title, entries in entry.items() if isinstance(entries, list)}
    assert by_academy["Nantes"][:1] == ["Session 2026 (établissements)"] and "Session 2024 (candidats individuels)" in by_academy["Nantes"]
    assert by_academy["Toulouse"][0] == "Session 2024"
    # and so do their checklists (phone54 L3: « Session 2026 : liste personnalisée », the newest, opened by a candidate
    # who registers alone)
    assert "Session 2026 (établissements)\u00a0: liste personnalisée" in by_academy["Nantes"]
    assert "Session 2024 (candidats individuels)\u00a0: liste personnalisée" in by_academy["Nantes"]
    assert "Session 2024\u00a0: liste personnalisée" in by_academy["Toulouse"]


def test_a_checklist_s_title_and_heading_say_whose_notice_it_is_as_the_menu_does(frozen_notices):
    """phone55 L2: the menu said « Session 2026 (établissements) : liste personnalisée », but the tab and the heading of
    the list read « Votre liste personnalisée — académie de Nantes, session 2026 », the same as the 2024 list's for
    individual candidates but for the year. Both say whose, in the menu's words (pages.readers_words); the phone's top
    bar a shorter title (« Session 2026 (établissements) », front matter « bts_header », without JavaScript). An
    academy whose notices are all for the same readers: as before."""
    from mkdocs.utils.meta import get_data

    from generator.checklist import page as checklist
    from generator.loading import CONTENT_FILES, read_file
    from generator.model.content import ChecklistFile
    from generator.problems import Problems
    from project_support import FROZEN

    content = read_file(FROZEN / "content" / CONTENT_FILES["checklist"][0], FROZEN, ChecklistFile, Problems())
    files = pages.site_files(frozen_notices, dt.date(2023, 10, 1), checklist=checklist, checklist_content=content)
    nav = _nav_titles(pages.nav(frozen_notices, checklist=True))
    for notice in frozen_notices:
        t = notice.texts
        body, meta = get_data(files[pages.checklist_path(notice)])
        heading = next(line[2:] for line in body.splitlines() if line.startswith("# "))
        readers = pages.readers_words(notice, frozen_notices, t)
        assert (readers is not None) is (notice.slug == "nantes"), notice.slug
        if readers is None:
            assert not meta["bts_title"].endswith(")") and "bts_header" not in meta, meta
            continue
        said = f"({readers})"
        assert meta["bts_title"].endswith(f" {said}") and heading.endswith(f" {said}"), (meta["bts_title"], heading)
        assert any(said in title and str(notice.year) in title for title in nav), nav
        assert said in meta["bts_header"] and len(meta["bts_header"]) < len(typography(t.text("nav.checklist_for", year=notice.year, readers=readers))), meta


def _nav_titles(nav) -> list[str]:
    titles = []
    for entry in nav:
        for title, target in entry.items():
            titles.append(title)
            if isinstance(target, list):
                titles += _nav_titles(target)
    return titles


def test_a_date_given_as_a_limit_reads_the_same_in_the_timeline_and_the_dates_table(frozen_notices):
    """Toulouse 2024's processing date (kind: information, at_the_latest: true): « au plus tard le … » in the dates
    table (moments.latest_day), and the same words in the timeline, the list a screen reader reads; still marked
    and named « information » like the table's nature column."""
    import re

    (notice,) = [n for n in frozen_notices if n.slug == "toulouse" and n.year == 2024]
    t = notice.texts
    d = notice.deadline("processing")
    assert d.at_the_latest and d.kind == "information"
    page = re.sub(r"[\u00a0\u202f]", " ", pages.notice_page(notice, dt.date(2000, 1, 1)).replace("\\", ""))
    from generator.site import dates

    table = typography(t.text("moments.latest_day", day=dates.day(d.end))).replace("\u00a0", " ").replace("\u202f", " ")
    assert table in page, "the dates table"
    (item,) = re.findall(r'<li class="bts-timeline-item bts-timeline-information[^"]*" data-bts-date="2024-01-10">(.*?)</li>', page)
    text = re.sub(r"<[^>]+>", "", item)
    latest = t.text("moments.latest_day", day=dates.short_day(d.end))
    # (the words read and copied, the dates table's, visually hidden; the short ones shown, generated content hidden
    # from assistive technology: a11y67 L4, dates71)
    assert text.startswith(table + " "), text
    assert f'data-short="{latest.replace(chr(0xa0), " ")}"' in item, item
    # (after a label that ends in a bracket, « — information »: not two brackets in a row)
    assert text.endswith(f"({t.text('timeline.nature_information')})") or text.endswith(f") — {t.text('timeline.nature_information')}")


# an hour of the day that is one moment (« minuit », which may start or end its day, is the guide's reading: below)
HOUR_WORDS = re.compile(r"(?<!\d)(?:[01]?\d|2[0-4])\s*(?:h|heures?)(?![a-zà-ÿ])|\b\d{1,2}:\d{2}\b|\bmidi\b", re.IGNORECASE)


def _timeline_items(page: str, hour_mark: str, midnight_mark: str = "\0") -> list[tuple[str, str, str | None]]:
    """The timeline's items of a notice page: (day, words, its mark: "day" for « date retenue par le guide », "hour" for
    ``hour_mark``, « heure retenue par le guide », "midnight" for ``midnight_mark``, « « fin de journée » : lecture du
    guide », None)."""
    (drawn,) = re.findall(r'<div class="bts-timeline".*?</ol></div>', page)
    hour_mark, midnight_mark = (re.sub(r"[\u00a0\u202f\s]+", " ", mark) for mark in (hour_mark, midnight_mark))
    items = []
    for day, item in re.findall(r'<li class="bts-timeline-item[^"]*" data-bts-date="([0-9-]+)">(.*?)</li>', drawn):
        text = re.sub(r"[\u00a0\u202f\s]+", " ", re.sub(r"<[^>]+>", "", item))
        marked = '<span class="bts-timeline-guide">' in item
        kind = "hour" if text.endswith(" " + hour_mark) else "midnight" if text.endswith(" " + midnight_mark) else "day"
        items.append((day, text, kind if marked else None))
    return items


def test_the_timeline_marks_the_dates_the_guide_supplies_and_only_those(frozen_notices):
    """A date the notice does not write is the guide's (walk 44 L3): « date retenue par le guide » after its nature, in
    words, and the legend says what the mark means. The guide supplies the date of a national rule the notice does not
    date (merge: closing_due, the notice's closing) and a day its words write otherwise (Clermont-Ferrand 2024, seed
    003 l.95: « impérativement avant le 15 novembre 2023 », the guide's 14th; l.110: « avant le 21 novembre 2023 »,
    the 20th), and a day the session file says is its reading (day_by_guide:, Toulouse 2024: « au plus tard à la date
    limite d'inscription à l'examen », its closing or the end of its « période d'inscription », read49 M1). A day the
    notice writes is never marked so, nor one its words give otherwise without day_by_guide:, nor « 15/01/2024 ». An hour the guide adds to a day of the
    notice, whose words write no hour (Clermont-Ferrand's aménagement d'épreuves, « le mercredi 15 novembre 2023 », at
    the closing's 17 h 00): « heure retenue par le guide » (read47 L7), and the legend says it too; not where the words
    write no day, nor where they write a duration (« dans les 48 h »). The end of the day the guide keeps for the
    notice's « minuit » (Nantes 2024: « vendredi 24 novembre 2023 à minuit », which may be the start of that Friday;
    phone54 M4) has its own mark, « « fin de journée » : lecture du guide », not « heure
    retenue par le guide », whose legend says the notice does not write the hour (read55 M1), and its own legend."""

    month = {name: i + 1 for i, name in enumerate(("janvier", "février", "mars", "avril", "mai", "juin", "juillet",
                                                     "août", "septembre", "octobre", "novembre", "décembre"))}

    def days_of(said: str) -> set[tuple[int, int]]:  # the days the notice's words write
        plain = " ".join(said.replace("*", "").split())
        days = {(int(d), month[m]) for d, m in re.findall(r"\b(\d{1,2}) (" + "|".join(month) + r")\b", plain)}
        return days | {(int(d), int(m)) for d, m in re.findall(r"\b(\d{1,2})/(\d{1,2})\b", plain)}

    def written(said: str, day: dt.date) -> bool:  # the notice's words write this day, or no day at all
        days = days_of(said)
        return not days or (day.day, day.month) in days

    def plain(text: str) -> str:
        return text.replace("\u00a0", " ").replace("\u202f", " ")

    marked_somewhere = hours_somewhere = midnights_somewhere = 0
    for notice in frozen_notices:
        t = notice.texts
        mark, hour_mark, midnight_mark = (t.text(f"timeline.{key}") for key in ("guide_mark", "hour_mark", "midnight_mark"))
        page = pages.notice_page(notice, dt.date(2000, 1, 1)).replace("\\", "")
        items = _timeline_items(page, hour_mark, midnight_mark)
        expected, hours, midnights = set(), set(), set()
        for d in notice.deadlines:
            said = " ".join(w for w in (d.words, d.as_written) if w)
            if d.given and (d.day_by_guide or not written(said, d.end.date())):
                expected.add((d.end.date().isoformat(), typography(d.label)))
            elif d.given and d.has_time and days_of(said) and not HOUR_WORDS.search(said):
                (midnights if re.search(r"\bminuit\b|(?<!\d)0\s*h(?![a-zà-ÿ])", said) else hours).add((d.end.date().isoformat(), typography(d.label)))
        for _, statement in notice.closing_dues:
            expected.add((statement.closing_due.end.date().isoformat(), typography(statement.closing_due.label)))
        expected = {(day, re.sub(r"[\u00a0\u202f\s]+", " ", label)) for day, label in expected}
        hours = {(day, re.sub(r"[\u00a0\u202f\s]+", " ", label)) for day, label in hours}
        midnights = {(day, re.sub(r"[\u00a0\u202f\s]+", " ", label)) for day, label in midnights}
        got, got_hours, got_midnights = set(), set(), set()
        for day, text, kind in items:
            mine = [label for d, label in expected if d == day and label in text]
            assert (kind == "day") == bool(mine), (notice.slug, day, text)
            if kind == "day":
                got.add((day, mine[0]))
                natures = [t.text(f"timeline.nature_{kind}") for kind in ("window", "deadline", "information")]
                assert any(text.endswith(f" — {nature} {mark}") for nature in natures), text
            hourly = [label for d, label in hours if d == day and label in text]
            assert (kind == "hour") == bool(hourly), (notice.slug, day, text)
            if kind == "hour":
                got_hours.add((day, hourly[0]))
            nightly = [label for d, label in midnights if d == day and label in text]
            assert (kind == "midnight") == bool(nightly), (notice.slug, day, text)
            if kind == "midnight":
                got_midnights.add((day, nightly[0]))
        assert got == expected, (notice.slug, expected - got)
        assert got_hours == hours, (notice.slug, hours - got_hours)
        assert got_midnights == midnights, (notice.slug, midnights - got_midnights)
        marked_somewhere += len(got)
        hours_somewhere += len(got_hours)
        midnights_somewhere += len(got_midnights)
        # the legend explains each mark where a date has it, and only there
        (legend,) = re.findall(r'<p class="bts-timeline-legend">(.*?)</p>', page)
        keys = [plain(re.sub(r"<[^>]+>", "", k)) for k in re.findall(r'<span class="bts-timeline-key-guide">(.*?</span>.*?)</span>', legend)]
        wanted = ([f"{mark} {typography(t.text('timeline.guide_legend'))}"] if got else []) + (
            [f"{hour_mark} {typography(t.text('timeline.hour_legend'))}"] if got_hours else []) + (
            [f"{midnight_mark} {typography(t.text('timeline.midnight_legend'))}"] if got_midnights else [])
        assert keys == [plain(k) for k in wanted], (notice.slug, keys)

    # the seeds' cases, by name (the frozen project encodes them)
    (cf,) = [n for n in frozen_notices if n.slug == "clermont-ferrand" and n.year == 2024]
    hour_mark = cf.texts.text("timeline.hour_mark")
    cf_items = _timeline_items(pages.notice_page(cf, dt.date(2000, 1, 1)), hour_mark)
    marked = {day for day, _, kind in cf_items if kind == "day"}
    assert {"2023-11-14", "2023-11-20"} <= marked, marked  # « avant le 15 novembre », « avant le 21 novembre »
    fifteenth = [(text, kind) for day, text, kind in cf_items if day == "2023-11-15"]
    assert [k for w, k in fifteenth if "engagement étudiant" in w] == ["day"], fifteenth  # closing_due
    assert [k for w, k in fifteenth if "aménagement" in w or "Clôture" in w] == [None, "hour"], fifteenth
    (tls,) = [n for n in frozen_notices if n.slug == "toulouse" and n.year == 2024]
    # its aménagement d'épreuves, at « la date limite d'inscription » (no day written): its day is the guide's reading
    # (day_by_guide:, its note says the other one; read49 M1), never its hour alone (review51 M2)
    tls_items = _timeline_items(pages.notice_page(tls, dt.date(2000, 1, 1)), hour_mark)
    assert [(day, kind) for day, text, kind in tls_items if kind] == [("2023-11-15", "day")], tls_items
    assert "aménagement" in next(text for day, text, kind in tls_items if kind)
    # the words decide: the same deadline with words that write its day is the notice's
    said = dataclasses.replace(cf.deadline("missing_email"), words="impérativement au plus tard le 14 novembre 2023", as_written=None)
    cf_said = dataclasses.replace(cf, deadlines=tuple(said if d.id == "missing_email" else d for d in cf.deadlines))
    assert not [k for day, _, k in _timeline_items(pages.notice_page(cf_said, dt.date(2000, 1, 1)), hour_mark) if day == "2023-11-14" and k]
    # and an hour they write is the notice's
    timed = dataclasses.replace(cf.deadline("exam_adjustment"), words=cf.deadline("exam_adjustment").words + " à 17 heures")
    cf_timed = dataclasses.replace(cf, deadlines=tuple(timed if d.id == "exam_adjustment" else d for d in cf.deadlines))
    assert [k for day, w, k in _timeline_items(pages.notice_page(cf_timed, dt.date(2000, 1, 1)), hour_mark) if "aménagement" in w] == [None]
    # a duration is not an hour
    lasting = dataclasses.replace(cf.deadline("exam_adjustment"), words=cf.deadline("exam_adjustment").words + ", réponse dans les 48 h")
    cf_lasting = dataclasses.replace(cf, deadlines=tuple(lasting if d.id == "exam_adjustment" else d for d in cf.deadlines))
    assert [k for day, w, k in _timeline_items(pages.notice_page(cf_lasting, dt.date(2000, 1, 1)), hour_mark) if "aménagement" in w] == ["hour"]
    assert marked_somewhere >= 4 and hours_somewhere >= 2 and midnights_somewhere >= 1
    # Nantes 2024's « à minuit »: the notice's hour, the guide's reading of it (read55 M1), never « heure retenue »
    (n24,) = [n for n in frozen_notices if n.slug == "nantes" and n.year == 2024]
    t = n24.texts
    n24_items = _timeline_items(pages.notice_page(n24, dt.date(2000, 1, 1)), t.text("timeline.hour_mark"), t.text("timeline.midnight_mark"))
    assert [(day, kind) for day, _, kind in n24_items if kind in ("hour", "midnight")] == [("2023-11-24", "midnight")], n24_items
    assert "heure retenue" not in t.text("timeline.midnight_mark") and "minuit" in t.text("timeline.midnight_legend")


def test_answers_to_one_question_share_their_start_once_and_never_a_cut_phrase(frozen_notices):
    """The shared start of the answers' phrases is written once, up to where every phrase goes on with a preposition
    or an article (frozen phrases: « vous demandez une dispense d'épreuve au titre d'un diplôme déjà obtenu », « … au
    titre d'une décision de VAE », « … au titre d'un diplôme et d'une décision de VAE »); never cut inside a noun
    phrase (« d'un diplôme | déjà obtenu », « d'un diplôme | et d'une décision »), and always after the verb
    (« vous êtes | salarié »). Their shared end too, when it opens with a preposition other than « de » (« … l'anglais
    ou l'espagnol en langue vivante obligatoire »)."""
    notice = frozen_notices[0]
    t = lambda *v: words.condition_words(notice, Condition("test", "dispensation", v))  # noqa: E731
    assert t("diploma", "both") == "Si vous demandez une dispense d'épreuve au titre d'un diplôme déjà obtenu ou d'un diplôme et d'une décision de VAE"
    assert t("diploma", "vae", "both") == (
        "Si vous demandez une dispense d'épreuve au titre d'un diplôme déjà obtenu, d'une décision de VAE ou d'un diplôme et d'une décision de VAE"
    )
    route = notice.questions["route"].phrases
    both = words.condition_words(notice, Condition("test", "route", ("scolaire", "apprenti")))
    assert route["scolaire"].startswith("vous êtes en ") and route["apprenti"].startswith("vous êtes en ")
    assert both == f"Si vous êtes {route['scolaire'].removeprefix('vous êtes ')} ou {route['apprenti'].removeprefix('vous êtes ')}", both
    # the parts that differ start with a preposition or an article, never « et », « ou » (made-up phrases)
    from generator.site.words import _shared_start

    shared = lambda *clauses: _shared_start(notice, list(clauses))  # noqa: E731
    assert shared("vous êtes salarié et à temps plein", "vous êtes salarié et à temps partiel") == (
        "vous êtes salarié et à temps plein ou salarié et à temps partiel"
    )
    assert shared("vous avez un diplôme ou une VAE en cours", "vous avez un diplôme ou une VAE obtenue") == (
        "vous avez un diplôme ou une VAE en cours ou un diplôme ou une VAE obtenue"
    )
    assert shared("vous suivez la formation continue pour une reconversion", "vous suivez la formation continue pour vous perfectionner") == (
        "vous suivez la formation continue pour une reconversion ou pour vous perfectionner"
    )
    # a shared end opening with a preposition (not « de », which may be a noun's: « d'une décision de VAE ou d'un
    # diplôme et d'une décision de VAE » above), written once after the parts; never after a part with a comma, which
    # it would seem to follow only
    languages = words.condition_words(notice, Condition("test", "mandatory_language", ("english", "spanish")))
    assert languages == "Si vous présentez l'anglais ou l'espagnol en langue vivante obligatoire", languages
    # (the age's phrases say the age alone, the session's date adds « à la date de référence pour l'âge, le … »: a
    # session without one, as here, never says them, validate requiring the date; review57 L8)
    ages = words.condition_words(notice, Condition("test", "age_band", ("from_18_to_24", "aged_25")))
    assert ages == ("Si vous avez de 18 à 24 ans (du jour de vos 18 ans à la veille de vos 25 ans) ou 25 ans (du jour de vos 25 ans à la "
                    "veille de vos 26 ans)"), ages
    rare = words.condition_words(notice, Condition("test", "mandatory_language", ("other_common", "rare")))
    assert rare == "Si vous présentez en langue vivante obligatoire une autre langue enseignée dans l'académie ou une langue rare, non enseignée dans l'académie", rare
    assert shared("vous êtes en voie scolaire dans l'académie", "vous êtes en apprentissage dans l'académie") == (
        "vous êtes en voie scolaire ou en apprentissage dans l'académie"
    )
    assert shared("vous avez un diplôme à présenter", "vous avez un diplôme à faire valoir") == "vous avez un diplôme à présenter ou à faire valoir"


def test_a_notice_s_own_words_for_a_question_reach_the_form_and_the_pour_qui():
    """question_words: a notice that speaks of « positionnement » only (Nantes 2026) asks its question in its words, in
    the checklist's form and in the « Pour qui » of its pages; the other choices and the other notices keep the
    guide's."""
    from generator.checklist.compile import compile_ruleset
    from generator.merge import build_notice
    from generator.model.session import QuestionWords
    from project_support import valid_project

    project = valid_project()
    slug = "toulouse"
    data = project.academies[slug]
    year = min(data.sessions)
    own_words = QuestionWords(section="Précision", label="Avez-vous une décision de positionnement ?", phrases={"yes": "vous avez une décision de positionnement"})
    own = dataclasses.replace(data, sessions={**data.sessions, year: dataclasses.replace(data.sessions[year], question_words={"positioning_decision": own_words})})
    guide = build_notice(project.content, data, year)
    notice = build_notice(project.content, own, year)
    cond = Condition("test", "positioning_decision", ("yes",))
    assert words.condition_words(notice, cond) == "Si vous avez une décision de positionnement"
    assert words.condition_words(guide, cond) == f"Si {guide.questions['positioning_decision'].phrases['yes']}" != words.condition_words(notice, cond)
    asked = {q["id"]: q for q in compile_ruleset(notice, project.content.checklist)["questions"]}
    assert asked["positioning_decision"]["label"].startswith("Avez-vous une décision de positionnement")
    assert notice.questions["positioning_decision"].phrases["no"] == guide.questions["positioning_decision"].phrases["no"]
    assert project.content.questions.questions["positioning_decision"] == guide.questions["positioning_decision"]  # (not changed)


def test_a_notice_s_own_help_for_a_question_reaches_the_form_the_ruleset_and_the_command_line(tmp_path, capsys):
    """walk66 1: Toulouse 2024's salaried trainee in person read « Je suis salarié et je justifie d'un an d'expérience
    professionnelle… » as theirs. question_words: help: says under the question, in the notice's words, who an answer is
    for: the checklist's form shows it under the question (described by it), the ruleset carries it, the command line's
    questions print it; another notice keeps the guide's (none for the situation)."""
    from generator.checklist.compile import compile_ruleset
    from generator.checklist.page import checklist_view
    from generator.merge import build_notice
    from generator.model.session import QuestionWords
    from generator.cli import main
    from project_support import FROZEN, data_root, valid_project

    help_words = "Vous suivez une formation, même salarié : répondez selon cette formation."
    project = valid_project()
    data = project.academies["toulouse"]
    year = min(data.sessions)
    own_words = QuestionWords(section="I", help=help_words)
    own = dataclasses.replace(data, sessions={**data.sessions, year: dataclasses.replace(data.sessions[year], question_words={"situation": own_words})})
    guide = build_notice(project.content, data, year)
    notice = build_notice(project.content, own, year)
    assert guide.questions["situation"].help is None and notice.questions["situation"].help == help_words
    assert notice.questions["situation"].choices == guide.questions["situation"].choices  # (its answers stay the guide's)
    field = next(f for f in checklist_view(notice, project.content.checklist).fields if f.id == "situation")
    assert field.help == typography(help_words) and "q-situation-help" in field.described_by.split()
    assert next(f for f in checklist_view(guide, project.content.checklist).fields if f.id == "situation").help is None
    asked = {q["id"]: q for q in compile_ruleset(notice, project.content.checklist)["questions"]}
    assert asked["situation"]["help"] == help_words
    # the command line reads the same words from the session's file
    root = data_root(tmp_path, FROZEN)
    path = root / "academies" / "toulouse" / f"{year}.yaml"
    assert "question_words:" not in path.read_text(encoding="utf-8")
    path.write_text(path.read_text(encoding="utf-8") + f"question_words:\n  situation:\n    section: I\n    help: \"{help_words}\"\n", encoding="utf-8")
    assert main(["--root", str(root), "checklist", "--academy", "toulouse", "--session", str(year), "--questions"]) == 0
    out = capsys.readouterr().out
    assert typography(help_words) in typography(out), out


def test_a_situation_with_another_procedure_is_told_whom_to_ask_under_the_table(frozen_notices):
    """A review (read44 L1): Nantes 2026's repeaters who left their school read « Autre démarche (voir les précisions) »
    and the notice's NB, with no one to ask, while the checklist tells them the contacts below can say how to register.
    The page says it under « Qui s'inscrit et comment » where a situation follows another procedure, and only there."""
    seen = {True: 0, False: 0}
    for notice in frozen_notices:
        page = pages.notice_page(notice, dt.date(2023, 9, 1))
        section = _section(page, typography(notice.texts.text("who.title")))
        count = sum(c.how == "elsewhere" for c in notice.who)
        elsewhere = bool(count)
        assert (typography(notice.texts.text("who.elsewhere_note", count=max(count, 1))) in section) == elsewhere, (notice.slug, notice.year)
        seen[elsewhere] += 1
    assert seen[True] and seen[False], seen


def test_one_situation_with_another_procedure_is_said_in_the_singular(frozen_notices):
    """read59 L1: Clermont-Ferrand 2024, where VAE alone follows another procedure, read « pour ces situations »."""
    notice = next(n for n in frozen_notices if (n.slug, n.year) == ("clermont-ferrand", 2024))
    assert sum(c.how == "elsewhere" for c in notice.who) == 1
    section = _section(pages.notice_page(notice, dt.date(2023, 9, 1)), typography(notice.texts.text("who.title")))
    assert "« Autre démarche » : pour cette situation, la notice ne donne pas de liste de pièces" in section.replace("\u00a0", " "), section
    assert "ces situations" not in section
    assert notice.texts.text("who.elsewhere_note", count=2).replace("\u00a0", " ").startswith("« Autre démarche » : pour ces situations,")


def test_the_words_of_a_notice_sending_to_another_list_are_quoted_with_their_own_quotes_made_inner(frozen_notices):
    """A review (read48 L2): Nantes 2024's « Allez dans l'espace « Mes documents » … », quoted by the page and the list as
    « … « Mes documents » … »; their own « » become “ ” where they are quoted, as every other quotation of the guide."""
    from generator.checklist.compile import compile_ruleset
    from project_support import FROZEN, valid_project

    checklist = valid_project(FROZEN).content.checklist
    seen = 0
    for notice in frozen_notices:
        words = notice.session.documents_elsewhere
        if not words or "«" not in words:
            continue
        seen += 1
        page = pages.notice_page(notice, dt.date(2023, 9, 1))
        quoted = next(line for line in page.splitlines() if "autre liste" in line)
        inside = quoted.split("«", 1)[1].rsplit("»", 1)[0]
        assert "«" not in inside and "»" not in inside and "“" in inside, quoted
        listed = compile_ruleset(notice, checklist)["documents_elsewhere"]
        assert "«" not in listed and "“" in listed, listed
    assert seen, "no frozen notice quotes words in the notice's words sending to another list"


@pytest.mark.parametrize("which", ["real", "frozen"])
def test_a_table_whose_row_may_come_later_says_so_in_its_deadline_line(which, real_notices, frozen_notices):
    """read56 L3: « Pièces justificatives » (Toulouse 2024 above « Attestations spécifiques », Aix-Marseille 2023 above
    its three tables holding the R 408 attestation) said « À déposer au plus tard le … » above a table of which a row
    may be deposited later (the notice's words in its « Précisions »), while the checklist says « Date limite de ces
    pièces, sauf indication contraire sous l'une d'elles » (phone57 L4: not « sauf autre date indiquée », the row's
    later deposit having no date). A table whose line says its date once says « sauf indication contraire » exactly when one of its rows is a piece the notice lets come later; a table with no such row does not."""
    from generator.site.document_view import document_groups

    seen = 0
    for notice in real_notices if which == "real" else frozen_notices:
        later = {d.id for d in notice.documents if d.late_deposit}
        page = pages.notice_page(notice, dt.date(2000, 1, 1))
        t = notice.texts
        for group in document_groups(notice):
            if not group.deadline or not group.deadline_line:
                continue
            key = "documents.group_deadline_dated" if group.deadline_dated else "documents.group_deadline"
            plain, others = (typography(t.text(k, date=f"**{group.deadline}**")) for k in (key, key + "_others"))
            # (its heading as the page writes it, a « 7. » escaped « 7\. »)
            section = next(part.split("\n#", 1)[0] for part in page.split("\n### ")[1:]
                           if part.split("\n", 1)[0].replace("\\", "") == typography(group.name))
            # (without the date's hidden « — date passée », shown by past.js from its instant: fixpastview62)
            section = re.sub(r'<span class="bts-past-later"[^>]*>[^<]*</span>', "", section)
            if any(r.id in later for r in group.rows):
                seen += 1
                assert others in section and plain not in section, (notice.slug, notice.year, group.name)
            else:
                assert plain in section and others not in section, (notice.slug, notice.year, group.name)
    assert seen or which == "frozen"


def test_a_page_printed_from_the_browser_gives_its_own_address(frozen_notices):
    """Printed from the browser, a notice's page and its page for the establishments say on each sheet which version
    they are, with their own address when the site's is known (mkdocs.yml site_url; fixprint60 item 4: the
    establishments' page, which printed no such line, now does): each its own, not the notice page's for both
    (review84: the establishments' address was untested, the frozen site having no site_url)."""
    from generator.site.paths import establishment_path

    root = "https://guide.example.fr/bts"
    files = pages.site_files(frozen_notices, dt.date(2023, 10, 1), site_url=root + "/")
    seen = 0
    for notice in frozen_notices:
        line = lambda path: re.search(r'<p class="bts-page-version"[^>]*>(.*?)</p>', files[path], re.S).group(1)
        own = f"{root}/{pages.notice_dir(notice)}/"
        assert own in line(pages.notice_path(notice)), line(pages.notice_path(notice))
        if pages.has_establishment_page(notice):
            assert f"{own}etablissements/" in line(establishment_path(notice)), line(establishment_path(notice))
            seen += 1
    assert seen


def test_the_notice_s_audience_under_its_title_is_marked_as_the_guide_s_reading(frozen_notices):
    """read65: « Notice destinée aux candidats individuels » under a notice's title is the guide's summary of who the
    notice is for (its ``audience``, read from the notice by the staff), not words of the notice, and was said unmarked
    while the guide's other readings are marked (« — date retenue par le guide »). Each audience's line ends with the
    guide's mark, « — lecture du guide » (fixsmall62 item 5), on every notice page."""
    from generator.site.notice_view import AUDIENCE_KEYS

    for notice in frozen_notices:
        t = notice.texts
        assert all(t.text(key).endswith(" — lecture du guide") for key in AUDIENCE_KEYS.values())
        page = pages.notice_page(notice, dt.date(2000, 1, 1))
        [line] = [line for line in page.splitlines() if line.startswith("- Notice destinée ")]
        assert typography(line).endswith(typography(" — lecture du guide")), line
    # (the real content's too, whose words the site says: review91, the mark taken off content/interface.yaml alone
    # passed every test, this one reading the frozen fixture's)
    from pathlib import Path

    from generator.loading import CONTENT_FILES, read_file
    from generator.model.content import InterfaceFile
    from generator.problems import Problems

    root = Path(__file__).resolve().parents[2]
    real = read_file(root / "content" / CONTENT_FILES["interface"][0], root, InterfaceFile, Problems())
    assert [key for key in AUDIENCE_KEYS.values() if not real.text(key).endswith(" — lecture du guide")] == []
