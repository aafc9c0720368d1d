"""What a trust review of the pages found, on the frozen project's notices: the establishments page's details of
each document and its link to the R408 list, a warning of the notice shown at the step it bears on (notice page,
establishments page; the PDF: its guide's annex), the dates table in date order, the calendar's titles and reminders, a deadline's label
said once."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from zoneinfo import ZoneInfo

import icalendar

from generator.model.conditions import Condition
from generator.model.session import WarningSwitch
from generator.french import typography
from generator.site import ics, pages
from generator.model.values import address_place
from generator.site.templating import markdown_value
from generator.site.document_view import beside_its_item
from generator.site.establishment_view import establishment_view
from generator.site import notice_view as views
from generator.site.notice_view import notice_view

TODAY = dt.date(2025, 10, 1)
STEP_SECTION = "5 – Téléversement des pièces justificatives et validation de la candidature"


def _notice(notices, slug, year):
    return next(n for n in notices if n.slug == slug and n.year == year)


def _letters(text: str) -> str:
    """Words as compared whatever their typography (apostrophes, no-break spaces, the span that keeps « n° 97-1019 »
    whole), HTML tags and Markdown escapes."""
    return re.sub(r"\W", "", re.sub(r"<[^<>]*>", "", text))


def _between(text: str, start: str, end: str) -> str:
    at = text.index(start)
    return text[at:text.index(end, at + len(start))]


# ---------------------------------------------------------------- 1. the establishments page's details


def test_the_establishments_page_shows_each_document_s_details_as_the_notice_page_does(frozen_notices):
    notice = _notice(frozen_notices, "nantes", 2026)
    view = establishment_view(notice, TODAY)
    page = pages.establishment_page(notice, TODAY)
    details = [doc for doc in notice.documents if doc.detail]
    assert details
    rows = page.split('<tr role="row"')
    for doc in details:  # the notice's details of every document, in the column « Précisions » of its row
        row = next(r for r in view.routes if r.label == doc.label)
        # (a footnote of the notice without its mark, as the notice page gives it: beside_its_item, seed73b)
        words = beside_its_item(doc.detail)
        assert _letters(words) in _letters(str(row.details)) and not row.details.startswith(("\\*", "*"))
        block = next(b for b in rows if 'data-label="Pièce"' in b and _letters(doc.label) in _letters(_between(b, 'data-label="Pièce"', "</td>")))
        assert _letters(words) in _letters(_between(block, 'data-label="Précisions"', "</td>")), doc.id
    # (*) of the notice: the duty it puts on establishments (the national service's certificate)
    assert "vaut confirmation que le candidat est en règle" in page
    assert page.count(f'data-label="{notice.texts.text("establishment.col_details")}"') >= len(view.routes)


def test_the_establishments_page_s_state_tables_end_with_their_source(frozen_notices):
    """A review (read53 L5): the « États d'une candidature » table, which the guide composes of the notice's rubrics
    2, 4 and 6, and the « États du dépôt des pièces » one ended with no source line. The frozen Nantes 2026 gives the
    first its places (candidate_states_section:), said with « tableau établi par le guide », and not the second's:
    « Notice de l'académie » alone; the PDF prints neither (the notice says the states in its steps)."""
    notice = _notice(frozen_notices, "nantes", 2026)
    t = notice.texts
    page = pages.establishment_page(notice, TODAY)
    states = _between(page, "## " + t.text("establishment.candidate_states"), "\n## ")
    expected = ("*Notice de l’académie — «\u00a02 – IMPORT DES CANDIDATURES\u00a0»\u202f; «\u00a04 – INSCRIPTION\u00a0»\u202f; "
                "«\u00a06 – SUIVI ETABLISSEMENT\u00a0» (tableau établi par le guide d’après la notice)*\n{: .bts-source }")
    assert states.rstrip().endswith(expected), states[-300:]
    deposit = _between(page, "## " + t.text("establishment.document_states"), "\n## ")
    assert "*Notice de l’académie*\n{: .bts-source }" in deposit, deposit
    printed = pages.establishment_page(dataclasses.replace(notice, voice="notice"), TODAY, for_print=True)
    assert "tableau établi par le guide" not in printed and "{: .bts-source }" not in printed


def test_the_establishments_page_s_steps_end_with_where_the_states_are(frozen_notices):
    """A review (nts71): the real Nantes 2026's last step ends « …signalisé par les codes couleurs suivants : » (seed 002
    l.67-72); the web page gives those states in their own table two sections lower, and the sentence ended on its
    colon. After the last step and its source line (review71 M2: not above it, where the guide's words read as the
    notice's), the web page says where they are, a link to that table's heading; the PDF lists them in the step
    (states_in_last_step) and needs none."""
    notice = _notice(frozen_notices, "nantes", 2026)
    t = notice.texts
    page = pages.establishment_page(notice, TODAY)
    steps = establishment_view(notice, TODAY).guide.steps
    pointer = f"{t.text('establishment.states_below')} [{t.text('establishment.states_below_link')}](#etats-du-depot-des-pieces)."
    last = page.split(f"{{ #etape-{len(steps)} }}", 1)[1].split("\n## ", 1)[0]  # the last step to the next section
    assert page.count(pointer) == 1 and last.rstrip().endswith(pointer), last
    assert last.index("{: .bts-source }") < last.index(pointer), last  # after the steps' source line
    assert f"## {t.text('establishment.document_states')} {{ #etats-du-depot-des-pieces }}" in page
    printed = pages.establishment_page(dataclasses.replace(notice, voice="notice"), TODAY, for_print=True)
    assert "#etats-du-depot-des-pieces" not in printed and t.text("establishment.states_below") not in printed


def test_the_establishments_page_links_the_r408_row_to_the_list_on_the_notice_page(frozen_notices):
    notice = _notice(frozen_notices, "nantes", 2026)
    view = establishment_view(notice, TODAY)
    row = next(r for r in view.routes if "r408_listed" in next(d for d in notice.documents if d.label == r.label).when.questions())
    assert row.r408_list is not None and row.r408_list.page == "index.md#r408-liste-notice"
    page = pages.establishment_page(notice, TODAY)
    assert f"[{notice.texts.text('establishment.r408_list_notice')}](index.md#r408-liste-notice)" in page
    # the notice page has that heading, with that id (and its R408 rubrique, « #r408 »)
    notice_page = pages.notice_page(notice, TODAY)
    assert f"### {notice.texts.text('r408.notice_list')} {{ #r408-liste-notice }}" in notice_page
    assert re.search(r"^## .* \{ #r408 \}$", notice_page, re.MULTILINE)
    # not in the PDF's version (its own headings)
    printed = pages.notice_page(dataclasses.replace(notice, voice="notice"), TODAY, for_print=True)
    assert "{ #r408" not in printed


# ---------------------------------------------------------------- 2. a warning at its step


def _with_step_warning(notice):
    switch = WarningSwitch(
        section=STEP_SECTION,
        title="Des pièces sont à déposer plus tard : demandez avant de cliquer",
        text="Une fois le dépôt terminé, le candidat clique sur « j'ai déposé toutes mes PJ ». Il ne peut plus les modifier.",
        when=Condition("test", "engagement_etudiant", ("yes",)),
    )
    elsewhere = WarningSwitch(section="Rappels réglementaires BTS, formes de passage", title="Ailleurs", text="Pas sur une étape.", when=Condition.always())
    session = dataclasses.replace(notice.session, warnings={**notice.session.warnings, "later_pieces": switch, "elsewhere": elsewhere})
    return dataclasses.replace(notice, session=session)


def test_a_step_is_named_by_a_warning_s_section_without_its_number():
    assert views._step_name(STEP_SECTION) == views._step_name("Téléversement des pièces justificatives et validation de la candidature")
    assert views._step_name("Étape 3 : Inscription") == views._step_name("4 – Inscription") == "inscription"
    assert views._step_name("IV- Inscription") == "inscription" and views._step_name("③ Saisie") == "saisie"
    assert views._step_name("Inscription définitive") != views._step_name("Inscription")


def test_a_warning_on_a_step_is_shown_at_that_step_on_the_notice_page(frozen_notices):
    notice = _with_step_warning(_notice(frozen_notices, "nantes", 2026))
    t = notice.texts
    page = pages.notice_page(notice, TODAY)
    steps = [s.title for s in notice.session.steps]
    at = steps.index("Téléversement des pièces justificatives et validation de la candidature")
    step = _between(page, t.text("steps.heading", number=at + 1, title=steps[at]), "\n### ")
    assert "Des pièces sont à déposer plus tard" in step and "bts-step-warning" in step
    assert t.text("provenance.notice", section=STEP_SECTION) in step  # its source
    assert t.text("steps.who", condition="\0").split("\0")[0] + "si vous" in step  # the candidates it concerns, inside the sentence
    assert "Ailleurs" not in step  # a warning on no step is at no step: at the end of « Points de vigilance » (below)
    assert page.count("Des pièces sont à déposer plus tard") == 1
    others = _between(page, f"### {t.text('topics.other_warnings_title')}", "\n## ")
    assert page.count("Ailleurs") == 1 and "Ailleurs" in others and "Des pièces sont à déposer plus tard" not in others
    view = notice_view(notice, TODAY)
    assert [len(s.warnings) for s in view.steps] == [1 if i == at else 0 for i in range(len(steps))]


def test_a_warning_on_a_step_is_shown_at_that_step_on_the_establishments_page_and_in_the_pdf(frozen_notices):
    notice = _with_step_warning(_notice(frozen_notices, "nantes", 2026))
    t = notice.texts
    guide = [s.title for s in notice.session.establishment_guide.steps]
    at = guide.index("Téléversement des pièces justificatives et validation de la candidature")
    page = pages.establishment_page(notice, TODAY)
    step = _between(page, t.text("steps.heading", number=at + 1, title=guide[at]), "\n### ")
    assert "Des pièces sont à déposer plus tard" in step and t.text("provenance.notice", section=STEP_SECTION) in step
    # the warning speaks to the candidate, on a page to the establishments: said above it, once per step (a review)
    said = t.text("establishment.step_warnings", count=1)
    assert step.index(said) < step.index("Des pièces sont à déposer plus tard") and page.count(said) == 1
    # the PDF: the notice's own words up to the guide's annex (its title is the guide's): in the annex, once, with its
    # source naming the step, not in the procedure the PDF prints
    printed = pages.establishment_page(dataclasses.replace(notice, voice="notice"), TODAY, for_print=True)
    assert "Des pièces sont à déposer plus tard" not in printed
    pdf = pages.print_pages([notice], TODAY)[pages.pdf_path(notice)]
    assert "Des pièces sont à déposer plus tard" not in pdf.markdown
    annex = pdf.annex
    assert annex.count("Des pièces sont à déposer plus tard") == 1 and t.text("provenance.notice", section=STEP_SECTION) in annex
    assert t.text("annex.step_warnings_title") in annex
    # the warning on no step: the annex's other warnings, once, not among the steps'
    assert annex.count("Ailleurs") == 1 and annex.index(t.text("annex.other_warnings_title")) < annex.index("Ailleurs")
    assert "Ailleurs" not in _between(annex, t.text("annex.step_warnings_title"), "\n### ")


def test_the_establishments_page_introduces_a_warning_as_the_guide_s_not_the_notice_s(frozen_notices):
    """A warning's title is the guide's words (« … ; demandez-le au bureau DEC 4-1 avant de cliquer »), its text the
    notice's: the line above it said « Ce que la notice dit aux candidats… » (a review, read46 L5). It now says the
    guide's warning, with the notice's words, in the singular or the plural as the step has one or several."""
    notice = _with_step_warning(_notice(frozen_notices, "nantes", 2026))
    t = notice.texts
    guide = [s.title for s in notice.session.establishment_guide.steps]
    at = guide.index("Téléversement des pièces justificatives et validation de la candidature")
    heading = t.text("steps.heading", number=at + 1, title=guide[at])
    step = _between(pages.establishment_page(notice, TODAY), heading, "\n### ")
    said = t.text("establishment.step_warnings", count=1)
    assert said in step.split("\n\n")  # a paragraph of its own, above the warning (test just above)
    assert "du guide" in said and "Ce que la notice dit" not in step
    # two warnings on the step: one line above them, in the plural
    second = dataclasses.replace(notice.session.warnings["later_pieces"], title="Un second avertissement du guide")
    two = dataclasses.replace(notice, session=dataclasses.replace(notice.session, warnings={**notice.session.warnings, "second": second}))
    step = _between(pages.establishment_page(two, TODAY), heading, "\n### ")
    plural = t.text("establishment.step_warnings", count=2)
    assert plural != said and step.count(plural) == 1 and said not in step
    assert step.index(plural) < step.index("Des pièces sont à déposer plus tard") < step.index("Un second avertissement du guide")


def test_the_establishments_page_shows_the_warnings_the_notice_page_shows_with_its_documents(frozen_notices):
    """A warning the session file places in the page's documents (page: documents: Nantes 2026's dispensations
    obtained by VAE, for which its list has no piece) is on the establishments page too, which establishments use for
    its table of documents by route (a review, read46 M2): before the tables, as on the notice page, introduced as
    the guide's words to the candidates; not in the procedure the PDF prints."""
    nantes = _notice(frozen_notices, "nantes", 2026)
    t = nantes.texts
    section = "« RAPPELS REGLEMENTAIRES BTS », « BENEFICES – DISPENSES D'EPREUVES », « Dispenses d'épreuves »"
    vae = WarningSwitch(
        section=section,
        title="Dispense obtenue par la VAE : la liste des pièces de la notice n'en prévoit aucune ; demandez au bureau DEC 4-1 quelle pièce déposer",
        text="Peuvent être concernés par les dispenses les candidats ayant obtenu des dispenses dans le cadre de la Validation des Acquis de l'Expérience.",
        when=Condition("test", "dispensation", ("vae", "both")),
        page="documents",
    )
    notice = dataclasses.replace(nantes, session=dataclasses.replace(nantes.session, warnings={**nantes.session.warnings, "vae_unlisted": vae}))
    (shown,) = notice_view(notice, TODAY).documents_warnings
    assert establishment_view(notice, TODAY).documents_warnings == (shown,)
    page = pages.establishment_page(notice, TODAY)
    routes = page[page.index(f"## {t.text('establishment.routes_title')}"):]
    title = markdown_value(shown.title)
    assert page.count(title) == 1 and routes.index(title) < routes.index("<table")
    said = t.text("establishment.documents_warnings", count=1)
    assert routes.index(said) < routes.index(title) and "du guide" in said
    # its « vous » is the candidate's, on a page whose steps' « vous » is the establishment: said as above a step's
    # warnings (the tables' legend says it of their column « Pour qui » only; seed73b)
    for key in ("establishment.documents_warnings", "establishment.step_warnings"):
        assert re.search(r"«\W*vous\W*» désigne le candidat", t.text(key, count=1)), key
    assert shown.source == t.text("provenance.notice", section=section)
    assert markdown_value(shown.source) in routes and markdown_value(t.text("steps.who", condition=shown.who)) in routes
    # the notice page shows it in its documents too: the same box (one wording)
    assert markdown_value(shown.title) in pages.notice_page(notice, TODAY)
    printed = pages.establishment_page(dataclasses.replace(notice, voice="notice"), TODAY, for_print=True)
    assert "Dispense obtenue par la VAE" not in printed
    # without such a warning, no line introduces one
    assert t.text("establishment.documents_warnings", count=1) not in pages.establishment_page(nantes, TODAY)


def test_a_warning_on_a_step_and_in_the_documents_is_shown_once_on_the_establishments_page(frozen_notices):
    """A warning both on a step (its section) and placed in the documents (page: documents): once, at the step, on
    the establishments page as in the PDF's annex (a review, stop 46: the establishments page gave it twice)."""
    notice = _with_step_warning(_notice(frozen_notices, "nantes", 2026))
    later = dataclasses.replace(notice.session.warnings["later_pieces"], page="documents")
    both = dataclasses.replace(notice, session=dataclasses.replace(notice.session, warnings={**notice.session.warnings, "later_pieces": later}))
    assert notice_view(both, TODAY).documents_warnings  # (the notice page's documents show it: the case holds)
    assert establishment_view(both, TODAY).documents_warnings == ()
    assert pages.establishment_page(both, TODAY).count("Des pièces sont à déposer plus tard") == 1


def test_step_warnings_leave_a_warning_the_file_only_places(frozen_notices):
    """A warning of content/checklist.yaml the session file only places (no title, words or candidates of its
    own) is the checklist's: the page has not its words."""
    notice = _notice(frozen_notices, "nantes", 2026)
    placed = WarningSwitch(section=STEP_SECTION)
    notice = dataclasses.replace(notice, session=dataclasses.replace(notice.session, warnings={"passing_form_definitive": placed}))
    assert views.step_warnings(notice, [("Téléversement des pièces justificatives et validation de la candidature", None)]) == ((),)


# ---------------------------------------------------------------- 3. the dates table in date order


def _instant(notice, row):
    if row.event == "opening":
        return notice.opening
    if row.event == "closing":
        return notice.closing
    # (a deadline of the notice, or a national rule the guide dates with the notice's closing: merge, closing_due)
    dues = [s.closing_due for _, s in notice.closing_dues] if notice.voice != "notice" else []
    return next(d.end for d in (*notice.deadlines, *dues) if d.label == row.label)


def test_the_dates_table_is_in_date_order_opening_and_closing_among_the_other_dates(frozen_notices):
    for notice in frozen_notices:
        for voice in ("guide", "notice"):
            rows = notice_view(dataclasses.replace(notice, voice=voice), TODAY).dates.rows
            instants = [_instant(notice, r) for r in rows]
            given = [i for i in instants if i is not None]
            assert given == sorted(given), (notice.slug, notice.year, voice, [r.event or r.label for r in rows])
    clermont = _notice(frozen_notices, "clermont-ferrand", 2024)
    rows = notice_view(clermont, TODAY).dates.rows
    closing = [r.event for r in rows].index("closing")
    early = next(i for i, r in enumerate(rows) if _instant(clermont, r) and _instant(clermont, r) < clermont.closing and r.event == "")
    assert early < closing  # the 14 November (« avant le 15 novembre ») before the closing of 15 November at 17 h 00
    page = pages.notice_page(clermont, TODAY)
    table = _between(page, f"## {clermont.texts.text('dates.title')}", "</table>")
    assert table.index(rows[early].label) < table.index(clermont.texts.text("common.closing_event"))
    # a closing the notice does not give comes right after the opening (a review: it sorted above a dated opening);
    # an opening it does not give stays at the top
    toulouse = _notice(frozen_notices, "toulouse", 2024)
    undated = notice_view(dataclasses.replace(toulouse, closing=None, closing_has_time=False), TODAY).dates.rows
    at = [r.event for r in undated].index("opening")
    assert [r.event for r in undated[at:at + 2]] == ["opening", "closing"] and at == [_instant(toulouse, r) for r in undated].index(toulouse.opening)
    neither = notice_view(dataclasses.replace(toulouse, opening=None, closing=None, opening_has_time=False, closing_has_time=False), TODAY).dates.rows
    assert [r.event for r in neither[:2]] == ["opening", "closing"]
    assert all(r.event == "" for r in neither[2:])


# ---------------------------------------------------------------- 4. the calendar


def test_a_date_the_notice_gives_as_a_limit_says_au_plus_tard_in_the_calendar(frozen_notices):
    seen = 0
    for notice in frozen_notices:
        events = {e.id: e for e in ics.events(notice)}
        for d in notice.deadlines:
            if d.kind != "deadline" and d.at_the_latest:
                seen += 1
                assert "au plus tard" in events[d.id].summary, events[d.id].summary
    assert seen


def test_every_reminder_rings_at_nine_in_the_academy_s_time_zone_a_week_and_a_day_before(frozen_notices):
    for notice in frozen_notices:
        zone = ZoneInfo(notice.tz)
        cal = icalendar.Calendar.from_ical(ics.calendar(notice))
        data = {e.id: e for e in ics.events(notice)}
        for event in cal.walk("VEVENT"):
            event_id = str(event["UID"]).split("@")[0].removeprefix(f"{notice.slug}-{notice.year}-")
            start = event["DTSTART"].dt
            assert len(event.walk("VALARM")) == len(data[event_id].alarms) and len(data[event_id].alarms) in (0, 2)
            for alarm, days, own in zip(event.walk("VALARM"), (7, 1), data[event_id].alarms):
                assert own.ical == alarm["TRIGGER"].to_ical().decode() or icalendar.vDuration.from_ical(own.ical) == alarm["TRIGGER"].dt
                if isinstance(start, dt.datetime):  # exact hours: the same instant from a UTC start (the checklist's .ics)
                    assert re.fullmatch(r"-PT\d+H(\d+M)?(\d+S)?", own.ical), own.ical
                    rings = (start.astimezone(dt.timezone.utc) + own.trigger).astimezone(zone)
                    assert (rings.date(), rings.time()) == (start.astimezone(zone).date() - dt.timedelta(days=days), dt.time(9, 0)), (event_id, rings)
                else:  # an all-day event: from its midnight
                    assert own.trigger == dt.timedelta(hours=9) - dt.timedelta(days=days)


def test_a_deadline_at_midnight_reminds_the_morning_before_not_the_evening_before(frozen_notices):
    notice = _notice(frozen_notices, "nantes", 2024)
    midnight = [d for d in notice.deadlines if d.has_time and d.end.astimezone(ZoneInfo(notice.tz)).time() == dt.time(23, 59, 59)]
    assert midnight
    event = next(e for e in ics.events(notice) if e.id == midnight[0].id)
    assert [a.ical for a in event.alarms] == ["-PT182H59M59S", "-PT38H59M59S"]
    ics_text = ics.calendar(notice).decode()
    assert "TRIGGER:-P1D" not in ics_text and "TRIGGER:-PT38H59M59S" in ics_text


# ---------------------------------------------------------------- 5. a deadline's label said once


def test_a_step_s_deadline_says_its_label_once(frozen_notices):
    for notice in frozen_notices:
        t = notice.texts
        page = pages.notice_page(notice, TODAY)
        prefix = t.text("common.deadline", date="")
        for d in notice.deadlines:
            assert f"{prefix}**{markdown_value(d.label)}" not in page, (notice.slug, d.id)
            assert f"{prefix}{markdown_value(d.label)}" not in page, (notice.slug, d.id)
        for step in notice.session.steps or ():
            if step.deadline:
                label = _letters(notice.deadline(step.deadline).label)
                assert any(_letters(line).startswith(label) for line in page.split("\n") if line.startswith("**")), (notice.slug, step.deadline)


def test_reminders_ring_at_nine_across_a_change_of_summer_time():
    """A week-before reminder of a deadline just after (or before) a change of summer time still rings at 09:00 Paris
    time: the exact duration counts the hour the clocks moved (a review: no fixture deadline crosses a change)."""
    paris = ZoneInfo("Europe/Paris")
    for when, week, day in (
        (dt.datetime(2023, 11, 2, 17, 0, tzinfo=paris), "-PT177H", "-PT32H"),  # summer time ended on 29 October 2023
        (dt.datetime(2024, 4, 3, 17, 0, tzinfo=paris), "-PT175H", "-PT32H"),  # it began on 31 March 2024
    ):
        for days, expected in ((7, week), (1, day)):
            trigger, exact = ics._rings(when, True, days)
            assert exact and ics.Alarm(trigger, "", exact).ical == expected, (when, days)
            rings = (when.astimezone(dt.timezone.utc) + trigger).astimezone(paris)
            assert (rings.date(), rings.hour, rings.minute) == (when.date() - dt.timedelta(days=days), 9, 0)
    # an all-day date: from its midnight, in days and hours
    trigger, exact = ics._rings(None, False, 7)
    assert not exact and ics.Alarm(trigger, "").ical == "-P6DT15H"


def test_a_warning_placed_in_the_exam_adjustment_section_follows_a_procedure_the_notice_gives(frozen_notices):
    """``page: exam_adjustment`` on a notice that gives its procedure (Toulouse): after the procedure, with its source
    (a review: it was shown only where the notice does not say how, and lost silently elsewhere); the PDF: not."""
    notice = _notice(frozen_notices, "toulouse", 2024)
    assert notice.given("exam_adjustment")
    switch = WarningSwitch(
        section="IV-1 Demande d'aménagements d'épreuves", title="Une précision de la notice", text="Les mots de la notice sur sa démarche.",
        when=Condition("test", "disability", ("yes",)), page="exam_adjustment",
    )
    variant = dataclasses.replace(notice, session=dataclasses.replace(notice.session, warnings={**notice.session.warnings, "precision": switch}))
    t = notice.texts
    page = pages.notice_page(variant, TODAY)
    section = _between(page, "## " + t.text("exam_adjustment.title"), "\n## ")
    assert "Une précision de la notice" in section and "Les mots de la notice sur sa démarche." in section
    assert typography(t.text("provenance.notice", section=switch.section)) in section  # (« » with their French spaces)
    assert section.index(t.text("exam_adjustment.request", channel="\0").split("\0")[0]) < section.index("Une précision de la notice")
    assert "Une précision de la notice" not in pages.notice_page(notice, TODAY)


def test_a_warning_of_the_national_list_placed_on_the_page_reads_as_in_the_checklist(frozen_notices):
    """``page: exam_adjustment`` on a warning of content/checklist.yaml that the session file only places (Toulouse's
    « forme de passage »: no title, words nor candidates of its own): the page shows content/checklist.yaml's title,
    words and candidates, as the checklist does, with the notice's section (a review: staff were asked to copy them into
    the session file, two copies of one truth; validate refused it without them)."""
    from generator.checklist.compile import compile_ruleset
    from project_support import valid_project

    notice = _notice(frozen_notices, "toulouse", 2024)
    placed = notice.session.warnings["passing_form_definitive"]
    assert placed.title is None and placed.text is None and placed.when is None
    switch = dataclasses.replace(placed, page="exam_adjustment")
    variant = dataclasses.replace(notice, session=dataclasses.replace(notice.session, warnings={**notice.session.warnings, "passing_form_definitive": switch}))
    national = notice.checklist_warnings["passing_form_definitive"]
    (shown,) = views.page_warnings(variant, "exam_adjustment")
    assert (shown.title, shown.text) == (national.title, national.text) and shown.who
    t = notice.texts
    section = _between(pages.notice_page(variant, TODAY), "## " + t.text("exam_adjustment.title"), "\n## ")
    assert national.title.replace("'", "\u2019") in section
    assert typography(t.text("provenance.notice", section=switch.section)) in section  # (« » with their French spaces)
    # the checklist's warning: the same title, words and candidates
    (listed,) = [w for w in compile_ruleset(variant, valid_project().content.checklist)["warnings"] if w["id"] == "passing_form_definitive"]
    assert (listed["title"], listed["text"], listed["when"]) == (national.title, national.text, national.when.to_json())


# ---------------------------------------------------------------- a notice's sentence in a wording no longer in force

JDC_SECOND_SENTENCE_END = (
    "          validée.\n"
    "        section: « INFORMATIONS COMPLEMENTAIRES », « 8. Application de la loi portant réforme du service national »\n"
)
JDC_DROP = (
    "    drop:\n"
    "      obligation: >-\n"
    "        La notice dit la même règle en citant la loi n°97-1019 (première phrase sous notice:),\n"
    "        gardée avant la pièce demandée de 18 à 25 ans, comme dans la notice.\n"
)


def test_what_the_text_in_force_says_is_shown_right_under_the_notice_s_sentence(tmp_path):
    """A notice's sentence quoting a rule as a former text wrote it (Clermont-Ferrand 2024: the 1997 « double
    obligation » of the JDC, changed in 2015): the national statement of the topic (content/topics.yaml, written once)
    is not dropped; the notice's next sentence says ``after:`` it, so the page shows it once, right under the notice's
    sentence with its « Règle nationale » line, where the candidate reads that sentence (a walk, 360 px: it was only
    under « Précisions sur la source », many screens below). The PDF keeps the notice's words together in its notice
    part and gives the national statement in its guide's annex, under the topic's title. Dropping it again while the
    next sentence says ``after:`` it is refused by validate."""
    from project_support import data_root, load, notices_of

    root = data_root(tmp_path)
    path = root / "academies" / "clermont-ferrand" / "2024.yaml"
    frozen = path.read_text(encoding="utf-8")
    assert frozen.count(JDC_SECOND_SENTENCE_END + JDC_DROP) == 1  # the frozen project drops it (as main did before)
    after = JDC_SECOND_SENTENCE_END + "        after: obligation\n"
    # dropped and placed after: validate names the line and both ways out
    path.write_text(frozen.replace(JDC_SECOND_SENTENCE_END + JDC_DROP, after + JDC_DROP), encoding="utf-8")
    _, problems = load(root)
    assert "la phrase nationale « obligation » n'est pas affichée (drop:)" in problems.report()
    # the shape of academies/clermont-ferrand/2024.yaml: not dropped, the next sentence after it
    path.write_text(frozen.replace(JDC_SECOND_SENTENCE_END + JDC_DROP, after), encoding="utf-8")
    notice = _notice(notices_of(root), "clermont-ferrand", 2024)
    t = notice.texts
    (topic,) = [topic for topic in notice.topics if topic.id == "jdc"]
    assert [(s.provenance.kind, s.id) for s in topic.statements] == [("notice", None), ("national", "obligation"), ("notice", None)]
    sentence, national, piece = topic.statements
    assert "cette double obligation" in sentence.text and piece.text.startswith("Si vous avez entre 18 et 25 ans")
    law = national.provenance.texts[0].title
    # the page: the notice's sentence and its source, the national statement and its source, the notice's next sentence
    page = pages.notice_page(notice, TODAY)
    section = _letters(_between(page, "### " + topic.title, "\n### "))
    said = t.text("provenance.notice", section=sentence.provenance.section)
    order = [_letters(w) for w in (sentence.text, said, national.text, t.text("provenance.national", texts=law), piece.text)]
    assert all(w in section for w in order), order
    assert [section.index(w) for w in order] == sorted(section.index(w) for w in order)
    assert _letters(page).count(_letters(national.text)) == 1
    # the PDF: the notice's words together where it prints them; the national statement in its annex, with its text
    pdf = pages.print_pages([notice], TODAY)[pages.pdf_path(notice)]
    printed = _letters(pdf.markdown)
    assert _letters(sentence.text + piece.text) in printed and _letters(national.text) not in printed
    annex = pdf.annex[pdf.annex.index("### " + topic.title):]
    annex = _letters(annex[:annex.find("\n#", 4)] if "\n#" in annex[4:] else annex)
    assert _letters(national.text) in annex and _letters(t.text("provenance.national", texts=law)) in annex


JDC_NOTE = "  - about: Journée défense et citoyenneté (JDC)\n"


def test_a_source_note_on_a_topic_is_linked_from_the_end_of_that_topic(tmp_path):
    """A source note that says which topic it is about (``topic:``, Clermont-Ferrand 2024: the notice quotes the 1997
    wording of the JDC rule, the rule in force is right under it) ends that topic's rubric on the page with one line in
    the guide's voice that links to the note under « Précisions sur la source » (a walk, 360 px: nothing in the rubric
    said the two differ, the explanation was many screens below with no link). National content stays written once;
    the PDF prints the notice's words and no source note, so no such line. An unknown topic is refused by validate."""
    from markdown import Markdown

    from project_support import data_root, load, notices_of

    root = data_root(tmp_path)
    path = root / "academies" / "clermont-ferrand" / "2024.yaml"
    frozen = path.read_text(encoding="utf-8")
    assert frozen.count(JDC_NOTE) == 1
    about = JDC_NOTE.split(": ", 1)[1].strip()
    anchor = "precision-journee-defense-et-citoyennete-jdc"
    link = f"[{about}](#{anchor})"

    def page_of(notice):
        return pages.notice_page(notice, TODAY)

    # without topic: the rubric says nothing of the note
    notice = _notice(notices_of(root), "clermont-ferrand", 2024)
    (topic,) = [topic for topic in notice.topics if topic.id == "jdc"]
    assert link not in page_of(notice)
    # topic: jdc on the note: the rubric ends with the line, its link lands on the note's row
    path.write_text(frozen.replace(JDC_NOTE, JDC_NOTE + "    topic: jdc\n"), encoding="utf-8")
    notice = _notice(notices_of(root), "clermont-ferrand", 2024)
    t = notice.texts
    page = page_of(notice)
    line = t.text("topics.source_note", link=link, section=t.text("sources.title"))
    assert line.replace("\u00a0", " ").replace("\u202f", " ") == f"Précision du guide sur cette rubrique : voir « {link} » sous « Précisions sur la source »."
    section = _between(page, "### " + topic.title, "\n### ")
    assert section.rstrip().endswith(line), section[-400:]
    html = Markdown(extensions=["tables", "admonition", "attr_list", "md_in_html", "toc"]).convert(page)
    assert html.count(f'id="{anchor}"') == 1 and html.count(f'href="#{anchor}"') == 1
    row = html[html.index(f'id="{anchor}"'):]
    row = row[:row.index("</tr>")]
    assert _letters(about) in _letters(row) and "la pièce nationale" in row  # the note's subject, words and the guide's reading
    # the PDF: neither in the notice's part nor in the guide's annex
    pdf = pages.print_pages([notice], TODAY)[pages.pdf_path(notice)]
    assert "Précision du guide" not in pdf.markdown + pdf.annex and anchor not in pdf.markdown + pdf.annex
    # an unknown topic: validate names the line, the value and the topics allowed
    path.write_text(frozen.replace(JDC_NOTE, JDC_NOTE + "    topic: jdcc\n"), encoding="utf-8")
    _, problems = load(root)
    report = problems.report()
    assert "source_notes[" in report and "].topic: rubrique inconnue « jdcc » ; vouliez-vous dire « jdc » ?" in report
    assert "engagement_etudiant, jdc," in report and "r408" not in report.split("rubrique inconnue « jdcc »")[1].split("\n")[0]


def test_the_academy_s_site_is_listed_once_whatever_scheme_the_notice_writes(frozen_notices):
    """Aix-Marseille 2023 (a walk): the notice links its academy's site as http://, academy.yaml gives it as https://;
    « Liens utiles » listed the site twice. The web page lists it once, in the notice's words, at academy.yaml's address;
    the PDF keeps the notice's own link as written."""
    notice = _notice(frozen_notices, "aix-marseille", 2023)
    (link,) = [item for item in notice.section("links") if address_place(item.url) == "www.ac-aix-marseille.fr"]
    for website in ("https://www.ac-aix-marseille.fr", "https://WWW.ac-aix-marseille.fr/", str(link.url)):
        changed = dataclasses.replace(notice, academy=dataclasses.replace(notice.academy, website=website))
        links = views._links(changed)
        sites = [address_place(item.url) for item in links.items] + ([] if links.website_listed else [address_place(links.website)])
        assert sites.count("www.ac-aix-marseille.fr") == 1, (website, links)
        (shown,) = [item for item in links.items if address_place(item.url) == "www.ac-aix-marseille.fr"]
        assert shown.label == link.label and str(shown.url) == website, shown
    # another site is not taken for the academy's
    changed = dataclasses.replace(notice, academy=dataclasses.replace(notice.academy, website="https://www.ac-aix-marseille.fr/bts"))
    assert not views._links(changed).website_listed and str(views._links(changed).items[0].url) == str(link.url)


def test_a_national_list_the_guide_has_from_a_notice_says_so(frozen_notices):
    """The R408 national lists (content/regulations.yaml) are the ones notices give for texts the guide has not read
    (``as_given_by``): the list's title says so, naming that notice (walk41 L6, walk41b M2: « Liste nationale en vigueur »
    over Aix-Marseille 2023's own list; the 2023 list, Clermont-Ferrand's table, stated as fact); a list read from its
    text keeps the plain title."""
    from generator.french import typography

    seen = set()
    for notice in frozen_notices:
        national = notice.r408.national if notice.r408 else None
        if national is None or not notice_view(notice, TODAY).r408.national_provenance:
            continue
        assert bool(notice.r408.national_as_given_by) == bool(national.as_given_by)
        for given in (notice.r408.national_as_given_by, None):
            changed = dataclasses.replace(notice, r408=dataclasses.replace(
                notice.r408, national=dataclasses.replace(national, as_given_by=national.as_given_by if given else None), national_as_given_by=given))
            page = pages.notice_page(changed, TODAY)
            t = notice.texts
            same = notice_view(changed, TODAY).r408.national_same
            if same:  # (the notice's own list is that list, from another notice or its text: one line, no national title)
                opening = (t.text("r408.notice_list_is_national_as_given", texts="\0", notice=given) if given
                           else t.text("r408.notice_list_is_national", texts="\0"))
                assert same.startswith(opening.split("\0")[0]), (notice.slug, notice.year)
                assert typography(same) in page and t.text("r408.national_list") + "\n" not in page, (notice.slug, notice.year)
                assert typography(t.text("r408.national_list_as_given", notice=given or "")) not in page
            elif given and notice_view(changed, TODAY).r408.national_is_notice_list:  # (this notice's own list: said as both)
                assert typography(t.text("r408.national_list_is_notice_list")) in page, (notice.slug, notice.year)
                assert t.text("r408.national_list") + "\n" not in page
            elif given:
                assert typography(t.text("r408.national_list_as_given", notice=given)) in page, (notice.slug, notice.year)
                assert t.text("r408.national_list") + "\n" not in page
            else:
                assert t.text("r408.national_list") + "\n" in page and "texte non consulté par le guide" not in page
            seen.add((national.source, bool(given)))
    assert {given for _, given in seen} == {True, False} and len({source for source, _ in seen}) == 2, seen


ADJUSTMENT_URL = "  url: https://www.ac-nantes.fr/amenagement-d-epreuves-handicap-incapacite-temporaire-121583\n"
ADJUSTMENT_UNDATED = (
    "  exam_adjustment:\n"
    "    label: Demande d'aménagement d'épreuves\n"
    "    at: non précisé par la notice\n"
    "    note: La notice ne date pas la demande.\n"
)


def test_an_adjustment_request_the_notice_does_not_date_says_so_on_the_page_in_the_pdf_s_annex_and_in_the_checklist(tmp_path):
    """An exam-adjustment procedure whose request the notice does not date (Nantes 2024: « Consulter le lien suivant »,
    no date) names a deadline the session file writes « non précisé par la notice »: the page's procedure says « date
    non précisée par la notice » (a review, read50 L3: nothing said when to ask, read as « no deadline »), the
    checklist's too (and its dates); the PDF prints the notice's lines alone in its notice part and says it in its
    guide's annex (« La notice ne donne pas cette date »)."""
    from generator.checklist import engine
    from generator.checklist.cli import load_texts
    from generator.checklist.compile import compile_ruleset
    from generator.checklist.text import render
    from project_support import data_root, valid_project
    from generator.merge import build_notice

    root = data_root(tmp_path)
    path = root / "academies" / "nantes" / "2024.yaml"
    frozen = path.read_text(encoding="utf-8")
    assert frozen.count("\ndeadlines:\n") == 1 and frozen.count(ADJUSTMENT_URL) == 1
    path.write_text(frozen.replace("\ndeadlines:\n", "\ndeadlines:\n" + ADJUSTMENT_UNDATED)
                    .replace(ADJUSTMENT_URL, ADJUSTMENT_URL + "  deadline: exam_adjustment\n"), encoding="utf-8")
    project = valid_project(root)
    notice = build_notice(project.content, project.academies["nantes"], 2024)
    t = notice.texts
    unknown = t.text("common.label_value", label="Demande d'aménagement d'épreuves", value=t.text("moments.not_given"))
    # the page: in the procedure, with the guide's note
    page = pages.notice_page(notice, TODAY)
    section = _between(page, "## " + t.text("exam_adjustment.title"), "\n## ")
    noted = t.text("dates.guide_note", note="la notice ne date pas la demande.")  # (guidewords67: labelled as the guide's)
    assert _letters(unknown) in _letters(section) and _letters(noted) in _letters(section), section
    # the PDF: not among the notice's lines; in the annex
    pdf = pages.print_pages([notice], TODAY)[pages.pdf_path(notice)]
    assert _letters(t.text("moments.not_given")) not in _letters(pdf.markdown)
    assert _letters(t.text("annex.not_given", count=1) + "- Demande d'aménagement d'épreuves") in _letters(pdf.annex)
    # the checklist (the command line's words): in the procedure of a new request, and among the dates
    texts, _ = load_texts(root)
    ruleset = compile_ruleset(notice, project.content.checklist)
    said = render(ruleset, engine.evaluate(ruleset, {"department": "44", "situation": "distance", "disability": "yes", "exam_adjustment": "yes"}), texts)
    block = said[said.index(texts.text("checklist.adjustment_new")):]
    assert _letters(unknown) in _letters(block)
    assert any(d["id"] == "exam_adjustment" and not d["given"] for d in ruleset["deadlines"])

