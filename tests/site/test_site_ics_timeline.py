"""Calendar files and the timeline, on every notice of the real data (properties of any valid data)."""

from __future__ import annotations

import json
import re

import icalendar

from generator.french import typography
from generator.site.text import one_line
from generator.site import ics, pages, timeline
from generator.site.notice_view import _in_date_order, events
from generator.site.words import office_reach
from site_support import FIXED_TODAY


def test_ics_has_tzid_vtimezone_and_stable_uids(real_notices):
    for notice in real_notices:
        raw = ics.calendar(notice)
        assert raw == ics.calendar(notice), "the calendar must be deterministic"
        cal = icalendar.Calendar.from_ical(raw)
        zones = [c for c in cal.walk() if c.name == "VTIMEZONE"]
        timed = notice.opening_has_time or notice.closing_has_time or any(d.has_time for d in notice.deadlines)
        # timed events carry TZID and need the VTIMEZONE; all-day events (date-only deadlines) do not
        assert [str(z["TZID"]) for z in zones] == ([notice.tz] if timed else [])
        # without the library's English comment (read49 L6: « This timezone only works from 1970-01-01 to 2038-01-01. »)
        assert all("COMMENT" not in z for z in zones) and b"This timezone" not in raw
        events = {str(e["UID"]): e for e in cal.walk() if e.name == "VEVENT"}
        # a date the notice does not give has no event (ics.calendar)
        dated = [d for d in notice.deadlines if d.given]
        expected = {f"{notice.slug}-{notice.year}-{d.id}@bts-guide" for d in dated}
        if notice.opening:
            expected.add(f"{notice.slug}-{notice.year}-opening@bts-guide")
        if notice.closing:
            expected.add(f"{notice.slug}-{notice.year}-closing@bts-guide")
        # a national rule the guide dates with the notice's closing (merge: closing_due): at that closing, its note saying
        # it is the guide's reading (never the notice's words)
        for _, statement in notice.closing_dues:
            due = statement.closing_due
            uid = f"{notice.slug}-{notice.year}-{due.id}@bts-guide"
            expected.add(uid)
            assert (due.end, due.has_time, due.words) == (notice.closing, notice.closing_has_time, None) and due.note
        assert set(events) == expected
        for _, statement in notice.closing_dues:
            event = events[f"{notice.slug}-{notice.year}-{statement.closing_due.id}@bts-guide"]
            start = event["DTSTART"].dt
            assert start == (notice.closing if notice.closing_has_time else notice.closing.date())
            assert typography(one_line(statement.closing_due.note)) in str(event["DESCRIPTION"]).replace("\n", " ")
        for d in dated:
            event = events[f"{notice.slug}-{notice.year}-{d.id}@bts-guide"]
            # « BTS Toulouse 2024 : date limite — dépôt… » (the label's first letter in lower case after the dash)
            summary = str(event["SUMMARY"])
            assert typography(d.label)[1:] in summary and summary.startswith(f"BTS {notice.academy.name} {notice.year}")
            start = event["DTSTART"]
            if d.has_time:
                assert start.params["TZID"] == notice.tz
                assert start.dt == d.end
            else:
                assert start.dt == d.end.date()
        text = raw.decode()
        assert f"DTSTART;TZID={notice.tz}:" in text or not any(d.has_time for d in notice.deadlines)


def test_timeline_lists_every_date_in_order_with_its_words(real_notices):
    """The timeline is an ordered list of words: each date of the notice, its label and its nature, in date order."""
    from html.parser import HTMLParser

    class Items(HTMLParser):
        def __init__(self):
            super().__init__()
            self.items: list[tuple[str, str]] = []  # (data-bts-date, text)
            self.shorts: list[str] = []  # (each date as shown: generated content, data-short)

        def handle_starttag(self, tag, attrs):
            if tag == "li":
                self.items.append((dict(attrs)["data-bts-date"], ""))
            if dict(attrs).get("data-short") is not None:
                self.shorts.append(dict(attrs)["data-short"])

        def handle_data(self, data):
            if self.items:
                self.items[-1] = (self.items[-1][0], self.items[-1][1] + data)

    for notice in real_notices:
        evs = events(notice)
        drawn = timeline.render(timeline.layout(evs, notice.tz, "t", notice.texts))
        parsed = Items()
        parsed.feed(drawn)
        assert len(parsed.items) == len(evs)
        assert [day for day, _ in parsed.items] == sorted(e.when.date().isoformat() for e in evs)
        for day, text in parsed.items:
            assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", day)
        texts = [flat(text) for _, text in parsed.items]
        assert len(parsed.shorts) == len(evs)
        for e in evs:
            # (the date read whole, visually hidden, the page's one text of it; as shown, hidden from assistive
            # technology, generated content: a11y67 L4, dates71)
            words = flat(f"{timeline.spoken_when(e, notice.texts)} {typography(e.label)}")
            assert any(t.startswith(words) for t in texts), (words, texts)
            assert timeline.short_when(e, notice.texts) in parsed.shorts, (timeline.short_when(e, notice.texts), parsed.shorts)
        # the natures are the dates table's: the registrations' closing is a deadline, marked as the others are
        closing = [e for e in evs if e.label == notice.texts.text("common.closing_event")]
        assert [e.kind for e in closing] == (["deadline"] if notice.closing is not None else [])
        # the legend names each kind of mark used, and only those
        used = {e.kind for e in evs}
        for kind, key in timeline.NATURE_KEYS.items():
            assert (f"bts-timeline-key bts-timeline-{kind}" in drawn) == (kind in used)


def test_timeline_escapes_labels(real_notices):
    import datetime as dt

    ev = [timeline.Event(dt.datetime(2024, 1, 1, 12, 0), True, "<script>alert(1)</script>", "deadline")]
    drawn = timeline.render(timeline.layout(ev, "Europe/Paris", "x", real_notices[0].texts))
    assert "<script>" not in drawn and "&lt;script&gt;alert(1)&lt;/script&gt;" in drawn


def flat(text: str) -> str:
    """Text with every kind of space (no-break ones included) as one plain space."""
    return re.sub(r"[\s\u00a0\u202f]+", " ", text).strip()



def test_a_date_s_nature_never_follows_a_bracket_with_another(real_notices, frozen_notices):
    """The timeline writes « … (bouton « envoyer ») — date limite », never « … (bouton « envoyer ») (date limite) »
    (a walk: Aix-Marseille's AMEX, Toulouse's « (demande « conforme » ou « non conforme ») »); and every item the same
    way, « — date limite » (a review, read50 L9: « (date limite) » beside « — date limite » on one timeline). The command
    line's « Dates à retenir »: tests/checklist/test_cases_cpython.py."""
    seen = after_bracket = 0
    for notice in [*real_notices, *frozen_notices]:
        page = pages.notice_page(notice, FIXED_TODAY)
        assert not re.search(r"<span class=\"bts-timeline-nature\">\(", page), notice.slug
        assert page.count('<span class="bts-timeline-nature">') == page.count('<span class="bts-timeline-nature">— '), notice.slug
        seen += page.count('<span class="bts-timeline-nature">— ')
        after_bracket += len(re.findall(r"\)</span> <span class=\"bts-timeline-nature\">— ", page))
    assert seen and after_bracket


def test_a_calendar_event_says_in_its_title_a_day_or_hour_the_guide_retains_as_the_timeline_does(real_notices, frozen_notices):
    """A review (read48 L14): Nantes 2024's engagement étudiant request, dated by the guide with the notice's closing, was
    marked « date retenue par le guide » on the timeline, its calendar event titled as a notice's deadline (a calendar
    shows the title, hides the description). Each event's title says what the timeline marks, and only that."""
    marked = {"day": 0, "hour": 0, "midnight": 0}
    for notice in [*real_notices, *frozen_notices]:
        t = notice.texts
        day_mark = t.text("ics.guide_day", summary="").strip()
        hour_mark = t.text("ics.guide_hour", summary="").strip()
        midnight_mark = t.text("ics.guide_midnight", summary="").strip()
        by_label = {}
        for event in events(notice):
            by_label.setdefault(event.label, []).append(event)
        ids = {d.id: d.label for d in notice.deadlines} | {s.closing_due.id: s.closing_due.label for _, s in notice.closing_dues}
        for item in ics.events(notice):
            if item.id not in ids or item.when is None:
                continue
            [dot] = [e for e in by_label[ids[item.id]] if e.when == item.when]
            assert item.summary.endswith(day_mark) == dot.guide, (notice.slug, notice.year, item.summary)
            assert item.summary.endswith(hour_mark) == (dot.guide_hour and not dot.guide), (notice.slug, notice.year, item.summary)
            assert item.summary.endswith(midnight_mark) == (dot.guide_midnight and not dot.guide), (notice.slug, notice.year, item.summary)
            marked["day"] += dot.guide
            marked["hour"] += dot.guide_hour and not dot.guide
            marked["midnight"] += dot.guide_midnight and not dot.guide
    assert marked["day"] and marked["hour"] and marked["midnight"], marked


def test_a_calendar_event_says_the_notice_s_words_as_the_notice_s(real_notices, frozen_notices):
    """A review (read54 L2): under a date, a calendar's description gave the notice's words as a bare line, which a
    candidate reading it in their phone's calendar took for the guide's; the page's dates table says « Mots de la
    notice : « … » »: the description too, then the guide's note."""
    from generator.site import ics

    seen = 0
    for notice in [*real_notices, *frozen_notices]:
        events = {e.id: e for e in ics.events(notice)}
        for d in notice.deadlines:
            if d.end is None or not d.words:
                continue
            words = events[d.id].words
            assert words[1] == notice.texts.text("dates.words", words=d.words), (notice.slug, notice.year, d.id, words)
            assert d.words not in "\n".join(w for w in words if w != words[1]), (notice.slug, d.id)  # (once, said so)
            seen += 1
    assert seen


def test_a_calendar_built_after_a_date_has_no_reminder_for_it(frozen_notices):
    """review55 M3: the notice calendar of a past session rang « Demain — … » for its 2023 dates, while the candidate's
    calendar (checklist.js) leaves out a past date's reminders. Built on a day, the site's calendar has no reminder for
    a date before that day, and the same reminders as always for the others; the events stay."""
    import datetime as dt

    for notice in frozen_notices:
        dated = sorted(d.end for d in notice.deadlines if d.given and d.kind == "deadline")
        if len(dated) < 2:
            continue
        middle = dated[len(dated) // 2].date()
        def alarms(today):
            cal = icalendar.Calendar.from_ical(ics.calendar(notice, today=today))
            return {str(e["UID"]): (e["DTSTART"].dt, len(e.walk("VALARM"))) for e in cal.walk("VEVENT")}
        always, then = alarms(None), alarms(middle)
        assert set(always) == set(then)
        for uid, (start, count) in then.items():
            day = start.date() if isinstance(start, dt.datetime) else start
            assert count == (0 if day < middle else always[uid][1]), (notice.slug, uid, day, middle)
        assert any(c for _, c in then.values()) and any(not c and always[u][1] for u, (_, c) in then.items()), notice.slug
        return
    raise AssertionError("no frozen session with two dated deadlines")


def test_a_calendar_event_says_the_pieces_the_notice_lets_candidates_deposit_later_as_the_page_does(real_notices):
    """Under a « délai de rigueur », the page's dates table says « Aucun dépôt hors délai n'est accepté. » (its date's
    cell says « , délai de rigueur »), the .ics « Délai de rigueur : aucun dépôt hors délai n'est accepté. », then the pieces the notice lets candidates deposit later (« Sauf pour « Attestation de formation R408 »,
    d'après la notice : « […] » »): the .ics event of that date says them too, in that order, after its first line as
    the checklist's own calendar does (reviews read52 L7: Toulouse 2024's « documents » event omitted the exception;
    phone53 L5: it followed the date without the sentence it is an exception to), the text escaped (read back whole,
    commas and semicolons included); the checklist page's calendar data keeps the sentence only (its calendar says the
    candidate's own exceptions: checklist.js)."""
    from generator import emphasis
    from generator.site.notice_view import _date_notes

    seen = strict = 0
    for notice in real_notices:
        cal = icalendar.Calendar.from_ical(ics.calendar(notice))
        events_by_uid = {str(e["UID"]): e for e in cal.walk("VEVENT")}
        data = {e.id: e for e in ics.events(notice)}
        sentence = notice.texts.text("dates.strict")
        for deadline in notice.deadlines:
            if not deadline.given:
                continue
            lines = str(events_by_uid[ics.uid(notice, deadline.id)]["DESCRIPTION"]).split("\n")
            if not deadline.strict:
                assert typography(sentence) not in lines, (notice.slug, notice.year, deadline.id)
                continue
            notes = _date_notes(notice, deadline)
            # (the page's dates table: what it means, its date's cell saying « , délai de rigueur »; dates71)
            assert notes.startswith(notice.texts.text("dates.strict_meaning"))
            assert lines[1] == typography(sentence), (notice.slug, notice.year, deadline.id, lines)
            assert data[deadline.id].strict[:1] == (sentence,)
            strict += 1
            later = {d.late_deposit: d.label for d in reversed(notice.documents) if d.deadline == deadline.id and d.late_deposit}
            said = [notice.texts.text("dates.late_deposit", label=label, late=notice.texts.text("checklist.late_deposit", words=words, office=office_reach(notice)))
                    for words, label in later.items()]
            if not said:
                continue
            for words in said:
                assert words in notes  # (the page's dates table)
                assert typography(emphasis.plain(words)) in lines[2:2 + len(said)], (notice.slug, notice.year, deadline.id)
            assert not any(w in data[deadline.id].words for w in said)  # (the checklist's calendar data)
            seen += 1
    assert strict
    assert seen  # (Toulouse 2024's documents deadline)


def test_every_output_s_words_for_a_date_mark_what_the_timeline_marks(real_notices, frozen_notices):
    """A review (read53 L1): Clermont-Ferrand 2024's « avant le 21 novembre 2023 », read as the 20th, was « date retenue
    par le guide » on the timeline, in the calendars and the PDF's table, but shown as the notice's own date in the
    page's header, its step, its pieces tables and the checklist. One mark (site.dates.reading_marked) in every
    output's words for a deadline: the page's (words.deadline_moment, its « Dates à retenir » table), the checklist's
    (its ruleset's « reading », the page data's dates, the command line's), the day mark where the timeline marks the
    day, the hour mark where it marks the hour only, none elsewhere; so do the first line of a calendar event's
    description and the PDF annex's « Date dans le guide » (read54 M2, L2: its table said the guide retained every date
    it noted, and the description of Aix-Marseille 2023's engagement étudiant date had no mark)."""
    from generator.checklist.compile import compile_ruleset
    from generator.checklist.page import checklist_page
    from generator.checklist.text import deadline_moment as checklist_moment
    from generator.pipeline import load_and_check
    from generator.site import ics
    from generator.site.annex_view import annex_view
    from generator.site.words import deadline_moment, table_moment
    from project_support import FIXED_TODAY, FROZEN, REAL

    marked = {"day": 0, "hour": 0, "midnight": 0}
    for root, notices in ((REAL, real_notices), (FROZEN, frozen_notices)):
        project, problems = load_and_check(root)
        assert not problems, problems.report()
        for notice in notices:
            t = notice.texts
            day_mark, hour_mark, midnight_mark = (t.text(f"dates.guide_{kind}", date="").strip() for kind in ("day", "hour", "midnight"))
            ruleset = compile_ruleset(notice, project.content.checklist)
            compiled = {d["id"]: d for d in ruleset["deadlines"]}
            page_data = json.loads(re.search(r'<script type="application/json" id="bts-checklist-data">(.*?)</script>',
                                             checklist_page(notice, project.content.checklist), re.S).group(1))
            calendar = {e.id: e.words[0] for e in ics.events(notice)} if notice.voice != "notice" else {}
            annex = {r.label: r.retained for r in annex_view(notice, FIXED_TODAY).readings} if notice.voice != "notice" else {}
            for d in notice.deadlines:
                if d.end is None:
                    continue
                [dot] = [e for e in events(notice) if e.label == d.label and e.when == d.end]
                kind = "day" if dot.guide else "hour" if dot.guide_hour else "midnight" if dot.guide_midnight else None
                # (the table's words end with « , délai de rigueur » after the mark when the notice says so: dates.strict_said)
                table = table_moment(notice, d.id)
                table = table.removesuffix(t.text("moments.strict", date="")) if d.strict else table
                said = (deadline_moment(notice, d.id), table,
                        checklist_moment(compiled[d.id], notice.tz, t), page_data["dates"][d.id])
                said += tuple(x for x in (calendar.get(d.id), annex.get(d.label) if d.note else None) if x)
                for words in said:
                    words = typography(words)
                    assert words.endswith(typography(day_mark)) == (kind == "day"), (notice.slug, notice.year, d.id, words)
                    assert words.endswith(typography(hour_mark)) == (kind == "hour"), (notice.slug, notice.year, d.id, words)
                    assert words.endswith(typography(midnight_mark)) == (kind == "midnight"), (notice.slug, notice.year, d.id, words)
                if kind:
                    marked[kind] += 1
            # a national rule's step the guide dates with the notice's closing (merge: closing_due): the guide's day,
            # marked so on the timeline, and in the page's « Dates à retenir » and the checklist's words too (review61 M1)
            rows = {row.label: row.when for row in _in_date_order(notice, None, None)} if notice.voice != "notice" else {}
            for _, statement in notice.closing_dues:
                due = statement.closing_due
                [dot] = [e for e in events(notice) if e.label == due.label and e.when == due.end]
                said = [rows[due.label]] if rows else []
                if due.id in compiled:
                    said += [checklist_moment(compiled[due.id], notice.tz, t), page_data["dates"][due.id]]
                said += [x for x in (calendar.get(due.id), annex.get(due.label)) if x]
                assert dot.guide and said, (notice.slug, notice.year, due.id)
                for words in said:
                    assert typography(words).endswith(typography(day_mark)), (notice.slug, notice.year, due.id, words)
                    assert typography(day_mark) not in typography(words)[:-len(typography(day_mark))], words  # (once)
                marked["closing_due"] = marked.get("closing_due", 0) + 1
    assert marked["day"] and marked["hour"] and marked.get("closing_due"), marked


def test_clermont_s_documents_date_is_the_guide_s_reading_in_the_command_line_s_pieces(capsys, monkeypatch):
    """The frozen Clermont-Ferrand 2024 (« Le dépôt de ces pièces est à effectuer avant le 21 novembre 2023. »): the
    command line's pieces (their shared date, said once above them since 57ab6326) and dates say the 20th with the
    guide's mark, word for word."""
    from generator.checklist.cli import load_texts
    from generator.cli import main
    from generator.french import typography
    from project_support import FROZEN

    # (as of a day before its dates: once over, the pieces' date is said passed, phone60 M1)
    monkeypatch.setenv("BTS_GUIDE_TODAY", "2023-10-01")
    assert main(["--root", str(FROZEN), "checklist", "--academy", "clermont-ferrand", "--session", "2024",
                 "department=63", "situation=distance", "nationality=foreign"]) == 0
    out = capsys.readouterr().out.replace("\u00a0", " ").replace("\u202f", " ")
    marked = "au plus tard le lundi 20 novembre 2023 (heure non précisée par la notice) — date retenue par le guide"
    texts, _ = load_texts(FROZEN)
    shared = typography(texts.text("checklist.documents_due_all", date=marked)).replace("\u00a0", " ").replace("\u202f", " ")
    assert f"  {shared}\n" in out, out
    assert f"Dépôt de toutes les pièces justificatives dans l’espace candidat CYCLADES — date limite : {marked}" in out
    # (every date of the 20th, the guide's note on it aside, « … le guide affiche le lundi 20 novembre 2023 comme … »;
    # the pieces' date once, above them)
    assert out.count("20 novembre 2023 (heure non précisée par la notice)") == out.count(marked) == 3, out


def test_a_calendar_event_never_points_to_a_part_of_a_page(real_notices):
    """read61 L8: Toulouse 2024's « engagement étudiant » event said « La règle nationale, donnée avec son texte dans
    la rubrique sur l'épreuve « engagement étudiant », prévoit … »: a calendar has no « rubrique ». The words of an
    event (a deadline's note, shared by the page, the lists and the .ics) name where to read (the text itself, the
    notice), never a part of the page (« la rubrique sur … », « ci-dessus », « plus haut », « ci-dessous »)."""
    pointers = re.compile(r"\brubrique (?:sur|de|du|des)\b|\bci-dessus\b|\bci-dessous\b|\bplus haut\b|\bplus bas\b", re.I)
    seen = 0
    for notice in real_notices:
        cal = icalendar.Calendar.from_ical(ics.calendar(notice))
        for event in cal.walk("VEVENT"):
            text = f"{event['SUMMARY']}\n{event.get('DESCRIPTION', '')}"
            assert not pointers.search(text), (notice.slug, notice.year, str(event["SUMMARY"]), pointers.search(text).group(0))
            seen += 1
    assert seen
