"""The checklist page before any script runs: the engine's answer for no answer at all, its key
dates first, « session passée », the page's title and head script; the calendars' reminders
and titles (site and checklist alike); the build's precompressed copies."""

from __future__ import annotations

import copy
import dataclasses
import datetime as dt
import gzip
import html
import json
import re
import subprocess
from html import unescape
from html.parser import HTMLParser
from zoneinfo import ZoneInfo

import icalendar
import pytest

from checklist_support import ROOT
from project_support import FROZEN, js_function, node_path, unwrapped
from generator.checklist import engine
from generator.checklist.compile import compile_ruleset
from generator.checklist.answer import answer_view
from generator.checklist.page import checklist_page, checklist_view, pyodide_dir, render_checklist
from generator.merge import build_notices
from generator.pipeline import load_and_check
from generator.site import compress, ics, pages
from generator.site.dates import deadline_kind, moment
from generator.site.directory import session_ref
from generator.site.text import address_words
from generator.site.words import last_date, office_reach, session_end


@pytest.fixture(scope="module")
def project():
    project, problems = load_and_check(FROZEN)  # the frozen project (tests/README.md)
    assert not problems, problems.report()
    return project


@pytest.fixture(scope="module")
def notices(project):
    return build_notices(project)


@pytest.fixture(scope="module")
def content(project):
    return project.content.checklist


# The build's bar's count, its own words (before those of later moments, page.py summary_later: past.js shows them in
# their time, the build's own then in a span hidden from the first)
BUILT_COUNT = r'data-summary="documents">(?:<span data-bts-over-at="[^"]*">)?([^<]*)<'


class Attributes(HTMLParser):
    """The values of one data-* attribute, in document order, and the text of the whole fragment."""

    def __init__(self, name: str):
        super().__init__()
        self.name, self.values, self.text = name, [], []

    def handle_starttag(self, tag, attrs):
        for key, value in attrs:
            if key == self.name:
                self.values.append(value)

    def handle_data(self, data):
        self.text.append(data)


def values(html: str, name: str) -> list[str]:
    parser = Attributes(name)
    parser.feed(html)
    return parser.values


def output_of(body: str) -> str:
    """The answer block of the page (what checklist.js replaces)."""
    return re.search(r'<div id="bts-checklist-output" data-answer-of="build">(.*?)</div>\n</section>', body, re.S).group(1)


def page_data(body: str) -> dict:
    return json.loads(re.search(r'<script type="application/json" id="bts-checklist-data">(.*?)</script>', body, re.S).group(1))


def situations_of_kind(frozen_site, notices, content, kind: str):
    """(notice, its ruleset, its checklist view, its built page's data, a situation, the engine's result) for each
    situation of each notice whose standing is of ``kind``."""
    for notice in notices:
        ruleset = compile_ruleset(notice, content)
        data = page_data((frozen_site / notice.slug / str(notice.year) / "liste-personnalisee" / "index.html").read_text(encoding="utf-8"))
        view = checklist_view(notice, content)
        for situation, _ in next(q for q in ruleset["questions"] if q["id"] == "situation")["choices"]:
            result = engine.evaluate(ruleset, {"situation": situation})
            if (result["standing"] or {}).get("kind") == kind:
                yield notice, ruleset, view, data, situation, result


def test_the_page_holds_the_engines_answer_for_no_answer(notices, content):
    for notice in notices:
        body = checklist_page(notice, content)
        expected = engine.evaluate(compile_ruleset(notice, content), {})
        answer = output_of(body)
        assert values(answer, "data-document") == [d["id"] for d in expected["documents"]]
        assert values(answer, "data-undecided") == [d["id"] for d in expected["undecided"]]
        assert values(answer, "data-deadline") == [d["id"] for d in expected["deadlines"]]
        assert values(answer, "data-step") == [str(s["number"]) for s in expected["steps"]]
        assert values(answer, "data-undecided-step") == [str(s["number"]) for s in expected["undecided_steps"]]
        assert values(answer, "data-warning") == [w["id"] for w in expected["warnings"]]
        assert values(answer, "data-complete") == [str(expected["complete"]).lower()]
        # the phone's summary bar counts the same documents
        assert re.search(rf'data-summary="documents">(Au moins )?{len(expected["documents"])} pièce', body)


def test_the_answer_opens_with_the_closing_date_and_the_documents_deadline_in_the_notices_words(notices, content):
    for notice in notices:
        body = checklist_page(notice, content)
        answer = output_of(body)
        assert answer.lstrip().startswith('<div class="bts-checklist-key-dates">')
        keys = values(answer, "data-key-date")
        documents = notice.deadline("documents") if any(d.id == "documents" for d in notice.deadlines) else None
        assert keys == ["registration_closing"] + (["documents"] if documents else [])
        first = answer[: answer.index("</div>")]
        closing = moment(notice.closing, notice.closing_has_time, notice.tz, notice.texts)
        assert closing.replace("\u00a0", " ") in first.replace("\u00a0", " ").replace("&#39;", "'")
        if documents:
            words = moment(documents.end, documents.has_time, notice.tz, notice.texts, kind=deadline_kind(documents.kind))
            assert words.replace("\u00a0", " ") in first.replace("\u00a0", " ").replace("&#39;", "'")
        # before the standing, the warnings and the documents
        assert answer.index("data-key-date") < answer.index('<ul class="bts-checklist-documents">')
        for block in ("bts-checklist-standing", "bts-checklist-warnings"):
            assert block not in answer or answer.index("data-key-date") < answer.index(block)


def test_a_key_date_the_guide_reads_points_to_its_precision(notices, content):
    """« Dates limites » (the built page): a date whose line in « Dates à retenir » carries a precision under it (its
    note: the guide's reading, Clermont's « avant le 21 novembre » read as the 20th) says so, and only such a date (a
    review: Toulouse's adjustment date at 17 h 00 in the box, the notice gives no hour); one bracket at most before. The
    pointer is written as plain words: checklist.js makes it a button that brings the date's own line of « Dates à
    retenir » into view (on a phone it comes screens below); without the script, a button (disabled) was announced as
    unavailable (a review). Never a link to a place of the page (the address holds the answers); its target, the
    date's line holding the precision, is there (and that block's title, if the line were not found)."""
    from generator.french import typography

    # (after a comma: a date the guide retains ends with its mark « — date retenue par le guide », and the pointer came
    # as a second dash-chained clause, « … — date retenue par le guide — voir la précision… », phone56 L3)
    pointer = ', <span class="bts-checklist-to-dates">voir la précision sous « Dates à retenir »</span>'
    target = '<h3 id="bts-checklist-dates" tabindex="-1">Dates à retenir</h3>'
    seen = set()
    for notice in notices:
        answer = output_of(checklist_page(notice, content)).replace("\u00a0", " ").replace("\u202f", " ").replace("&#39;", "'")
        assert answer.count(target) == 1, notice.slug
        assert 'href="#' not in answer
        assert "<button" not in answer and "disabled" not in answer, notice.slug
        result = engine.evaluate(compile_ruleset(notice, content), {})
        notes = {d["id"]: d["note"] for d in result["deadlines"]}
        # (or the later deposit of a piece due then, listed or still depending on an answer, said under the date:
        # read61 L6, fixsmall62; review91: Aix-Marseille 2023's R 408 attestation, pending, nothing answered)
        late = {d["deadline"]: d["label"] for d in [*result["documents"], *result["undecided"]] if d.get("late_deposit")}
        for did, line in re.findall(r'<li data-key-date="([^"]+)">(.*?)</li>', answer):
            below = re.search(rf'<li data-deadline="{re.escape(did)}">(.*?)</li>', answer, re.S)
            note = notes.get(did)
            precision = bool(below and note and " ".join(typography(note).replace("\u00a0", " ").replace("\u202f", " ").split())[:40] in below.group(1))
            words = lambda text: html.unescape(re.sub(r"<[^>]+>", "", text)).replace("\u2019", "'")  # noqa: E731
            precision = precision or bool(below and did in late and f"Pour « {words(late[did])} »" in words(below.group(1)))
            assert line.endswith(pointer) == precision, (notice.slug, did, line)
            assert not re.search(r"\) \(", line), line  # never two brackets in a row
            assert line.count(" — ") <= 1, line  # nor two dashes (phone56 L3)
            seen.add(precision)
    assert seen == {True, False}


def test_a_key_date_says_delai_de_rigueur_as_dates_a_retenir_does(notices, content):
    """« Dates limites » says « délai de rigueur » of a date exactly when the notice does (``strict``, the line of
    « Dates à retenir »): Toulouse 2024's documents, « au plus tard le mercredi 22 novembre 2023, délai de rigueur »
    (a phone walk: the box gave the date alone, the words came screens below)."""
    seen = set()
    for notice in notices:
        answer = output_of(checklist_page(notice, content)).replace("\u00a0", " ").replace("\u202f", " ")
        strict = {d["id"]: d["strict"] for d in engine.evaluate(compile_ruleset(notice, content), {})["deadlines"]}
        for did, line in re.findall(r'<li data-key-date="([^"]+)">(.*?)</li>', answer):
            assert ("délai de rigueur" in line) == strict.get(did, False), (notice.slug, did, line)
            below = re.search(rf'<li data-deadline="{re.escape(did)}">(.*?)</li>', answer, re.S)
            assert not below or ("délai de rigueur" in below.group(1)) == strict.get(did, False), (notice.slug, did)
            seen.add(strict.get(did, False))
        # the notice page's header says it as well (walk41b L1: the page's summary did not, the checklist's box did)
        if "documents" in strict:
            label = notice.deadline("documents").label
            (line,) = [ln for ln in pages.notice_page(notice, dt.date(2023, 9, 1)).splitlines() if ln.startswith("- ") and label.split()[0] in ln and "**" in ln][:1]
            # (then « — date passée »: written when the date was over on the page's build day, 1 September 2023,
            # Aix-Marseille 2023's; else hidden, for past.js to show at the date's instant, Toulouse 2024's; fixpastview62)
            over = " ".join(notice.texts.text("checklist.date_past", line="").split())
            line = re.sub(r'<span class="bts-past-later"[^>]*>[^<]*</span>$', "", line)
            line = line.removesuffix(" " + over) if notice.deadline("documents").end < dt.datetime(2023, 9, 1, tzinfo=dt.timezone.utc) else line
            assert line.endswith(", délai de rigueur") == strict["documents"], (notice.slug, line)
    assert seen == {True, False}


def test_a_strict_date_with_a_precision_says_both():
    """A strict date that « Dates à retenir » also follows with the guide's reading: « délai de rigueur », then the
    pointer (no frozen notice has one; the words are interface.yaml's)."""
    from generator.checklist.answer import _key_date

    from generator.checklist.answer import UI

    texts = build_notices(load_and_check(FROZEN)[0])[0].texts  # (the frozen interface file)

    def ui(key: str, **values: object) -> str:
        return texts.text(f"{UI}.{key}", **values)

    item = {"id": "documents", "label": "Dépôt des pièces"}
    dates = {"documents": "mercredi 22 novembre 2023"}
    marked = {"documents": "mercredi 22 novembre 2023 — date retenue par le guide"}
    for strict, note, said, expected in (
        (True, "La notice ne donne pas l'heure.", dates, ("Dépôt des pièces : mercredi 22 novembre 2023, délai de rigueur, ", "")),
        (False, "La notice ne donne pas l'heure.", dates, ("Dépôt des pièces : mercredi 22 novembre 2023, ", "")),
        (True, None, dates, ("Dépôt des pièces : mercredi 22 novembre 2023, délai de rigueur", None)),
        # the guide's date: its one mark, then the pointer, no second dash (phone56 L3: Clermont-Ferrand's documents)
        (False, "« Avant le 21 novembre 2023 » se lit…", marked, ("Dépôt des pièces : mercredi 22 novembre 2023 — date retenue par le guide, ", "")),
    ):
        key = _key_date(ui, texts, item, said, {"deadlines": [{"id": "documents", "strict": strict, "note": note}]})
        assert (key.text.replace("\u00a0", " "), key.after if key.pointer else None) == expected, (strict, note, key)
    # over: « — date passée » after the date's words (« délai de rigueur » included, as the line without a pointer),
    # before the pointer (read61 L3: after it, « voir la précision sous « Dates à retenir » — date passée » read as if
    # « Dates à retenir » were past)
    for strict, said, expected in (
        (False, dates, ("Dépôt des pièces : mercredi 22 novembre 2023 — date passée, ", "")),
        (True, dates, ("Dépôt des pièces : mercredi 22 novembre 2023, délai de rigueur — date passée, ", "")),
        # (after the guide's mark, « ; date passée »: not a second dash in a row, phone62 L2; « — date retenue par le
        # guide — date passée, voir la précision… » on Toulouse 2024's adjustment date; any of its three marks)
        (False, marked, ("Dépôt des pièces : mercredi 22 novembre 2023 — date retenue par le guide ; date passée, ", "")),
        (True, marked, ("Dépôt des pièces : mercredi 22 novembre 2023 — date retenue par le guide, délai de rigueur ; date passée, ", "")),
        (False, {"documents": texts.text("dates.guide_hour", date="mercredi 22 novembre 2023 à 17 h 00")},
         ("Dépôt des pièces : mercredi 22 novembre 2023 à 17 h 00 — heure retenue par le guide ; date passée, ", "")),
        (False, {"documents": texts.text("dates.guide_midnight", date="jusqu'au mercredi 22 novembre 2023 inclus")},
         ("Dépôt des pièces : jusqu'au mercredi 22 novembre 2023 inclus — « à minuit » dans la notice ; « inclus » : lecture du guide ; date passée, ", "")),
    ):
        key = _key_date(ui, texts, item, said, {"deadlines": [{"id": "documents", "strict": strict, "note": "La notice…"}]}, {"documents"})
        assert (" ".join(key.text.replace("’", "'").split()), key.after) == (" ".join(expected[0].split()), expected[1]), (strict, key)


def test_a_passed_line_after_each_of_the_guide_s_marks_says_date_passee_after_a_semicolon_in_both_twins(notices, content):
    """review90 (fixdash61's pastWords): « … ; date passée » after each of the guide's three marks (a day, an hour, the
    notice's « à minuit »; at the end or before « , délai de rigueur »), « … — date passée » after any other line, by
    text.py past_words and checklist.js pastWords alike (Node, on the frozen page data's texts). Only the day and hour
    marks were seen by the browser tests (Toulouse, Clermont-Ferrand): dropping « dates.guide_midnight » from pastWords's
    marks passed every test; seen failing with it (« — « à minuit » dans la notice ; … — date passée »)."""
    from generator.checklist.text import GUIDE_MARKS, past_words

    notice = next(n for n in notices if n.slug == "toulouse" and n.year == 2024)
    t = notice.texts
    data = checklist_view(notice, content).data
    day = "mercredi 22 novembre 2023"
    lines = [t.text(key, date=day) for key in GUIDE_MARKS] + [t.text(key, date=day) + ", délai de rigueur" for key in GUIDE_MARKS]
    lines += [f"au plus tard le {day}", f"au plus tard le {day}, délai de rigueur"]
    built = [past_words(t, line) for line in lines]
    assert [b.endswith("; date passée") for b in built] == [True] * 6 + [False] * 2, built
    script_js = ROOT / "site_overrides" / "assets" / "checklist" / "checklist.js"
    source = script_js.read_text(encoding="utf-8")
    constants = "\n".join(re.search(rf"^const {name} = .*$", source, re.M).group(0) for name in ("PLACEHOLDER", "PLURAL"))
    script = (f"const data = {{ texts: {json.dumps(data['texts'])} }};\n{constants}\n{js_function(script_js, 'fill')}\n"
              "const shared = (key, values) => { if (data.texts[key] === undefined) throw new Error(key); return fill(data.texts[key], values); };\n"
              f"{js_function(script_js, 'pastWords')}\nprocess.stdout.write(JSON.stringify({json.dumps(lines)}.map(pastWords)));")
    run = subprocess.run([node_path(), "-e", script], capture_output=True, text=True, timeout=60, check=True)
    assert json.loads(run.stdout) == built, (run.stdout, built)


@pytest.mark.parametrize("slug, year, answers, today", [
    # (the frozen Toulouse 2024's documents' date has a note: its pointer was there already)
    ("aix-marseille", 2023, {"department": "13", "situation": "repeater", "specialty": "batiment"}, None),
    ("aix-marseille", 2023, {"department": "13", "situation": "repeater", "specialty": "batiment"}, dt.date(2022, 12, 5)),
])
def test_a_key_date_points_to_the_later_deposit_said_under_it(notices, content, slug, year, answers, today):
    """read61 L6: « Dates limites »'s line of the documents' date (Toulouse 2024: « … 22 novembre 2023 (heure non
    précisée par la notice), délai de rigueur »; Aix-Marseille 2023: « … 4 décembre 2022 … ») did not point to what
    « Dates à retenir » says under that date, « Pour « Attestation de formation R408 », d'après la notice, un dépôt plus
    tard est possible … »: the pointer was written for a date's note only. A date under which « Dates à retenir » gives
    the notice's words on a later deposit of one of the list's pieces points to them as to a note (the build's answer;
    checklist.js: keyDates, test_checklist_browser), its « — date passée » before the pointer when over."""
    from generator.french import typography
    from generator.site.notice_view import passed_dates

    flat = lambda text: typography(text).replace("\u00a0", " ").replace("\u202f", " ")  # noqa: E731
    notice = next(n for n in notices if (n.slug, n.year) == (slug, year))
    ruleset = compile_ruleset(notice, content)
    result = engine.evaluate(ruleset, engine.normalise(ruleset, answers))
    late = [doc["label"] for doc in result["documents"] if doc["deadline"] == "documents" and doc["late_deposit"]]
    assert late and not any(d["note"] for d in result["deadlines"] if d["id"] == "documents"), late
    passed = passed_dates(notice, ruleset, today) if today else ()
    view = checklist_view(notice, content, today=today) if today else checklist_view(notice, content)
    answer = answer_view(notice, ruleset, result, view.data["key_dates"], view.data["dates"], {}, None, passed=passed)
    [key] = [k for k in answer.key_dates if k.value == "documents"]
    t = notice.texts
    assert key.pointer == t.text("checklist_page.deadline_pointer", title=t.text("checklist_page.deadlines_title")), key
    # (its words those of the line without a pointer, then « , » before the pointer, as a date with a note)
    strict = any(d["strict"] for d in result["deadlines"] if d["id"] == "documents")
    date = view.data["dates"]["documents"]
    words = t.text("checklist_page.deadline_item", label=notice.deadline("documents").label,
                   date=t.text("moments.strict", date=date) if strict else date)
    assert flat(key.text) == flat(t.text("checklist.date_past", line=words) if "documents" in passed else words) + ", ", key
    assert ("documents" in passed) == bool(today), passed
    # the date's line in « Dates à retenir » gives those words under it (its target)
    [(_, exceptions)] = [(line, more) for line, more in answer.dates if line.value == "documents"]
    assert all(any(flat(label) in flat(e) for e in exceptions) for label in late), exceptions


def test_titles_name_the_academy_and_the_session(notices, content):
    titles = set()
    for notice in notices:
        body = checklist_page(notice, content)
        meta = body.split("---\n")[1]
        title = json.loads(re.search(r"^bts_title: (.*)$", meta, re.M).group(1))
        assert notice.academy.name in title and str(notice.year) in title
        heading = next(line for line in body.splitlines() if line.startswith("# "))
        assert notice.academy.name in heading and str(notice.year) in heading
        titles.add(title)
        boot = json.loads(re.search(r"^bts_checklist: (.*)$", meta, re.M).group(1))
        assert boot["pyodide"].endswith(pyodide_dir()) and re.search(r"assets/checklist/checklist\.js\?v=[0-9a-f]{16}$", boot["script"])
    assert len(titles) == len(notices)


def test_a_past_session_says_so_at_build_time_and_carries_its_last_day_for_the_browser(notices, content):
    """« Session passée » once the exam session is over (words.session_end, 31 August of its year), not after the
    notice's last date (staffwalk52 M2): between them, « Inscriptions closes » shown, « Session passée » hidden, and the
    marker of its dates all over (.bts-dates-over: pieces « demandées », checklist.js) shown."""
    by_academy: dict[str, list] = {}
    for notice in notices:
        by_academy.setdefault(notice.slug, []).append(notice)
    for notice in notices:
        last, end = last_date(notice), session_end(notice)
        assert end == dt.date(notice.year, 8, 31) and last.date() < end
        newest = session_ref(max(by_academy[notice.slug], key=lambda n: n.year), end)
        between = checklist_page(notice, content, today=last.date() + dt.timedelta(days=1), newest=newest)
        before = checklist_page(notice, content, today=end, newest=newest)
        after = checklist_page(notice, content, today=end + dt.timedelta(days=1), newest=newest)
        carried = f'class="admonition warning bts-past" data-bts-past-after="{end.isoformat()}" data-bts-timezone="{notice.tz}"'
        assert f"{carried} hidden>" in between and f"{carried} hidden>" in before
        assert f'{carried} data-bts-past="true">' in after
        over = f'<span class="bts-dates-over" data-bts-past-after="{last.date().isoformat()}" data-bts-timezone="{notice.tz}" data-bts-past="true">'
        assert over in between and over in after
        assert re.search(r'<div class="admonition info bts-closed"[^>]*data-bts-open-until="' + end.isoformat() + '"[^>]*>', between)
        assert 'class="admonition info bts-closed"' in before and 'class="admonition info bts-closed"' not in after
        if newest.year > notice.year:
            assert f'data-current-session="{newest.year}"' in after
            assert f'href="../../{newest.year}/liste-personnalisee/"' in after and f'href="../../{newest.year}/"' in after
        else:
            assert "data-current-session" not in after
            assert '<p data-academy-site>' in after and f'href="{notice.academy.website}"' in after


def test_a_past_session_for_individual_candidates_does_not_send_them_to_a_newer_one_for_establishments(frozen_site):
    """Nantes: the 2024 notice is for individual candidates, the 2026 one for establishments. The past 2024
    pages (notice and checklist) send their readers to the academy's site, and name the 2026 notice as the
    establishments', after it (the guide has it: never « no newer session »); 2026 is the newest for establishments."""
    for page, to_2026 in (("nantes/2024/index.html", "../2026/"), ("nantes/2024/liste-personnalisee/index.html", "../../2026/")):
        html = (frozen_site / page).read_text(encoding="utf-8")
        box = re.search(r'<div class="admonition warning bts-past".*?</div>', html, re.DOTALL).group()
        assert 'href="https://www.ac-nantes.fr"' in box, (page, box)
        assert f'<a href="{to_2026}">notice des établissements, session 2026</a>' in box, (page, box)
        assert box.index("https://www.ac-nantes.fr") < box.index(to_2026) and "plus récente pour d’autres candidats" in box, (page, box)


def test_a_notice_for_establishments_says_on_its_checklist_too_where_individual_candidates_read(frozen_site, notices):
    """Nantes 2026 is for establishments: its checklist opens, as its notice page does, with the box for
    candidates who register themselves (the academy's site); the notices for every candidate have none."""
    for notice in notices:
        base = frozen_site / notice.slug / str(notice.year)
        checklist = (base / "liste-personnalisee" / "index.html").read_text(encoding="utf-8")
        page = (base / "index.html").read_text(encoding="utf-8")
        box = re.search(r'<div class="admonition info bts-routing" data-routing>.*?</div>', checklist, re.DOTALL)
        if notice.audience == "establishment":
            title = re.search(r'<p class="admonition-title">(.*?)</p>', box.group()).group(1)
            assert title in page, (notice.slug, notice.year, title)
            assert 'href="https://www.ac-nantes.fr"' in box.group() or 'href="../../' in box.group()
        else:
            assert box is None, (notice.slug, notice.year)


def test_on_a_notice_for_establishments_a_situation_it_does_not_name_is_sent_where_individual_candidates_read(frozen_site, notices, content):
    """Nantes 2026 (establishments): a candidate whose situation the notice does not name (a distance learner) is
    told, in the note at the answer, where individual candidates read, in the words and with the link of the box
    at the top of the page (the page data's « ask.routing », which checklist.js reads too); the notices for every
    candidate have no such words and link the academy's site."""
    seen = set()
    for notice in notices:
        html = (frozen_site / notice.slug / str(notice.year) / "liste-personnalisee" / "index.html").read_text(encoding="utf-8")
        data = json.loads(re.search(r'<script type="application/json" id="bts-checklist-data">(.*?)</script>', html, re.DOTALL).group(1))
        routing = data["ask"]["routing"]
        if notice.audience != "establishment":
            assert routing is None, (notice.slug, notice.year)
            continue
        box = re.search(r'<div class="admonition info bts-routing" data-routing>.*?</div>', html, re.DOTALL).group()
        assert f'href="{routing["href"]}"' in box
        ruleset = compile_ruleset(notice, content)
        view = checklist_view(notice, content)
        for situation, _ in next(q for q in ruleset["questions"] if q["id"] == "situation")["choices"]:
            result = engine.evaluate(ruleset, {"situation": situation})
            kind = (result["standing"] or {}).get("kind")
            if kind not in ("not_listed", "excluded"):
                continue
            # and one it names without saying how they register, a repeater who left the establishment (Nantes 2026:
            # « il convient de les supprimer », no longer « excluded » since read50 L8): after what it says to
            # establishments, where individual candidates read (a walk: the note linked nowhere)
            seen.add("said to establishments" if result["standing"].get("category") else kind)
            answer = answer_view(notice, ruleset, result, view.data["key_dates"], view.data["dates"], {}, None, data["ask"])
            before, url, words, after = answer.standing.where
            assert (url, words) == (routing["href"], routing["words"])
            assert before + "{link}" + after == routing["text"]
            assert routing["text"].split("{link}")[0] in re.sub(r"<[^>]+>", "", box)
    assert seen == {"not_listed", "said to establishments"}, seen


def _pending_possible(notice, content, data) -> bool:
    """The build's first answer (no answer given) holds a piece still depending on an answer that the notice lets be
    deposited later or does not date: its bar, its dates passed, says them passed or not dated « selon le cas », never all
    passed (read64 M1, read65 L5: page.py _still_possible)."""
    result = engine.evaluate(compile_ruleset(notice, content), {})
    return any(u["late_deposit"] or u["deadline"] not in data["ends"] for u in result["undecided"])


def test_the_build_s_summary_bar_names_what_its_next_deadline_closes(notices, content):
    """The phone's bar as built (before the script runs): « Clôture des inscriptions : au plus tard le … » before the
    closing, « Dépôt des pièces : … » between the closing and the documents deadline, « Toutes les dates limites … »
    after (checklist.js says the same in the browser: tests/site/test_checklist_phone_browser.py), or « Dates passées,
    non datées ou selon le cas. » while a piece depending on an answer may still be deposited later or is not dated
    (read64 M1: Toulouse 2024's and Aix-Marseille 2023's R408 attestation, the specialty not given)."""
    from generator.french import typography

    seen = set()
    for notice in notices:
        dates = {d.id: d for d in notice.deadlines}
        documents = dates.get("documents")
        if notice.closing is None or documents is None or documents.end is None or documents.end.date() <= notice.closing.date():
            continue
        t = notice.texts
        for today, key, did in ((notice.closing.date() - dt.timedelta(days=1), "summary_next_closing", "registration_closing"),
                                (notice.closing.date() + dt.timedelta(days=1), "summary_next_documents", "documents"),
                                (documents.end.date() + dt.timedelta(days=40), "summary_passed", None)):
            view = checklist_view(notice, content, today=today)
            if did is None and _pending_possible(notice, content, view.data):
                key = "summary_passed_pending_unanswered"
            said = t.text(f"checklist_page.{key}", date=view.data["bar_dates"][did]) if did else t.text(f"checklist_page.{key}")
            if did is None and any(d.kind == "deadline" and d.end and d.end.date() >= today for d in notice.deadlines):
                continue
            assert typography(view.summary_next) == typography(said), (notice.slug, notice.year, today, view.summary_next)
            seen.add(key)
    assert seen == {"summary_next_closing", "summary_next_documents", "summary_passed", "summary_passed_pending_unanswered"}, seen


def _bar_words_both_ways(data, results):
    """The phone bar's « dates passed » words for each result, as the build's bar picks them (page.py passed_key: its
    key and count) and as the web bar does (checklist.js passedWords run by Node on the same page data and results,
    « checklist_page.<key>:<count> »): the tests hold the twins together."""
    from generator.checklist.page import passed_key

    keys = [passed_key(data, result) for result in results]
    script_js = ROOT / "site_overrides" / "assets" / "checklist" / "checklist.js"
    functions = "\n".join(js_function(script_js, name) for name in ("passedWords", "ownDeadlines"))
    script = (f"const data = {json.dumps(data)};\nconst ui = (key, values) => 'checklist_page.' + key + ':' + ((values || {{}}).count || '');\n"
              f"{functions}\nprocess.stdout.write(JSON.stringify({json.dumps(results)}.map((r) => passedWords(r))));")
    run = subprocess.run([node_path(), "-e", script], capture_output=True, text=True, timeout=60, check=True)
    return keys, json.loads(run.stdout)


def test_the_bar_counts_a_date_of_the_candidate_s_not_given_when_the_notice_does_not_date_the_closing_either(notices, content):
    """read63 M1: frozen Nantes 2026 (no closing date), a formation continue candidate with a positioning decision,
    after every date the notice gives: the bar said « Vos dates sont passées ; clôture non datée. » while « Dates
    limites » said « Clôture … : date non précisée par la notice » and « Photocopie de la décision de positionnement …
    : date non précisée par la notice » (seed 002 l. 273: « exigée lors de l'inscription à l'examen », no date). Now its
    dates passed, save the two not dated, as read61 M1 says it when the closing is dated (page.py passed_key and
    checklist.js passedWords alike, Node, on the same page data and answers); without the decision, as before."""
    from generator.checklist.answer import own_deadlines

    notice = next(n for n in notices if n.slug == "nantes" and n.year == 2026)
    assert notice.closing is None
    ruleset = compile_ruleset(notice, content)
    data = checklist_view(notice, content).data
    base = {"department": "44", "situation": "in_person", "route": "formation_continue", "specialty": "mco", "sat_before": "no",
            "dispensation": "no", "disability": "no", "engagement_etudiant": "no", "optional_exams": "0"}
    results = [engine.evaluate(ruleset, {**base, "positioning_decision": answer}) for answer in ("yes", "no")]
    undated = [d for d in own_deadlines(results[0], data["key_dates"], undated=True) if not d["end"]]
    assert [d["id"] for d in undated] == ["positionnement"], undated
    assert [d["id"] for d in data["key_dates"] if d["deadline"] and not d["end"]] == ["registration_closing"]
    keys, words = _bar_words_both_ways(data, results)
    assert keys == [("checklist_page.summary_passed_undated_own", 2), ("checklist_page.summary_passed_undated", 0)], keys
    assert notice.texts.text(keys[0][0], count=2) == "Dates passées, sauf 2\u00a0: dates non précisées."
    assert words == ["checklist_page.summary_passed_undated_own:2", "checklist_page.summary_passed_undated:"]


def test_the_build_s_bar_does_not_say_every_date_passed_when_the_notice_does_not_date_the_closing(notices, content):
    """read60 M3: a notice that does not date its closing (frozen Nantes 2026) built after its last date: the bar said
    « Toutes les dates limites sont passées. » above the list's « Clôture … : date non précisée par la notice ». Now the
    candidate's dates passed and the closing not dated (checklist.js: the same words; test_checklist_phone_browser); a
    notice that dates its closing keeps « Toutes les dates limites sont passées. ». Unless a piece depending on an
    answer may be deposited later or is not dated (read64 M1, read65 L5): « Dates passées ou non datées, selon le
    cas. », also true of an undated closing (frozen Nantes 2026's positioning decision, not dated: the closing's own
    words are passed_key's, test above, and the browser's)."""
    from generator.french import typography

    seen = set()
    for notice in notices:
        last = max(d.end for d in notice.deadlines if d.end)
        view = checklist_view(notice, content, today=last.date() + dt.timedelta(days=1))
        key = "summary_passed" if notice.closing is not None else "summary_passed_undated"
        if _pending_possible(notice, content, view.data):
            key = "summary_passed_pending_unanswered"
        assert typography(view.summary_next) == typography(notice.texts.text(f"checklist_page.{key}")), (notice.slug, notice.year, view.summary_next)
        if notice.closing is None:
            assert "non datée" in typography(view.summary_next), (notice.slug, notice.year, view.summary_next)
        seen.add(key)
    assert seen == {"summary_passed", "summary_passed_pending_unanswered"}, seen


def test_the_bar_s_dates_passed_so_far_are_not_said_passed_over_a_closing_the_notice_does_not_date(notices, content):
    """read63 L1: frozen Nantes 2026 (its closing not dated), its documents' date passed, a piece depending on an
    answer due later: the bar said « Dates passées, à ce stade de vos réponses. » (the build's: « Dates passées, sauf
    selon votre situation. ») right above « Clôture des inscriptions sur CYCLADES : date non précisée par la notice »,
    the undated closing read as passed. The words, in the build's bar and checklist.js's, say the dates passed or not
    dated, true of a dated closing too. Seen failing without the change: « Dates passées, sauf selon votre
    situation. »."""
    from generator.french import typography

    seen = 0
    for notice in notices:
        ends = sorted({d.end.date() for d in notice.deadlines if d.end})
        for today in (day + dt.timedelta(days=1) for day in ends):
            said = typography(checklist_view(notice, content, today=today).summary_next or "")
            if said == typography(notice.texts.text("checklist_page.summary_passed_pending_unanswered")):
                seen += notice.closing is None
                assert "non datées" in said, (notice.slug, notice.year, today, said)
    assert seen, "no bar with dates passed so far under an undated closing: the property tests nothing"
    # (the script's words, once an answer is given: the same reading)
    assert "non datées" in typography(notices[0].texts.text("checklist_page.summary_passed_pending"))


def test_the_build_s_bar_of_dates_passed_so_far_says_a_piece_may_still_be_due_depending_on_the_case(notices, content):
    """review90 (fixdash61 item 5): frozen Toulouse 2024 with no answer on 23 November 2023, the build's bar said « Dates
    passées ou non datées, selon le cas. » while « Dates à retenir » gives the « engagement étudiant » form's 15 January
    2024, ahead: every date read as passed or undated, « too late » to one who presents it. The build's bar says these
    words only while a piece still depending on an answer may still be due (its date ahead, undated, or a later deposit:
    page.py _still_possible), so they name that third kind of date (« Dates passées, non datées ou selon le cas. »),
    besides the undated closing's reading (read63 L1: « non datées »); on one line at 320 px (test_checklist_phone_browser:
    « …, sauf selon votre cas. » took two). Seen failing with « Dates passées ou non datées, selon le cas. »."""
    from generator.french import typography

    seen = 0
    for notice in notices:
        words = typography(notice.texts.text("checklist_page.summary_passed_pending_unanswered"))
        ends = sorted({d.end.date() for d in notice.deadlines if d.end})
        for today in (day + dt.timedelta(days=1) for day in ends):
            said = typography(checklist_view(notice, content, today=today).summary_next or "")
            if said == words:
                seen += 1
                assert "non datées" in said and "non datées ou selon le cas" in said, (notice.slug, notice.year, today, said)
    assert seen


def test_the_bar_never_says_all_dates_passed_while_a_piece_depending_on_an_answer_is_due_later(notices, content):
    """Nantes 2026 on 25 November 2025: the closing is not given, the documents' 19 November is passed, but the R408
    attestation and the « engagement étudiant » request, which still depend on answers, are due on 12 December. The
    bar said « Toutes les dates limites de cette session sont passées » (a review). Checked on the build's first
    answer (no answer given) of every session, on the day after each of its dates."""
    from generator.checklist.page import _next_deadline
    from generator.french import typography

    seen = 0
    for notice in notices:
        ruleset = compile_ruleset(notice, content)
        result = engine.evaluate(ruleset, {})
        ends = {d["id"]: d["end"] for d in ruleset["deadlines"] if d["end"]}
        days = sorted({dt.datetime.fromisoformat(iso).date() + dt.timedelta(days=1) for iso in ends.values()})
        for today in days:
            view = checklist_view(notice, content, today=today)
            later = [u for u in result["undecided"] if u["deadline"] in ends and dt.datetime.fromisoformat(ends[u["deadline"]]).date() >= today]
            if later:
                seen += 1
                assert typography(view.summary_next) != typography(notice.texts.text("checklist_page.summary_passed")), (notice.slug, notice.year, today)
                assert typography(view.summary_next) != typography(notice.texts.text("checklist_page.summary_passed_undated")), (notice.slug, notice.year, today)
                assert _next_deadline(view.data["key_dates"], result, today, view.data["ends"])[1] is False
    assert seen


@pytest.mark.parametrize("day, documents, following", [
    (dt.date(2023, 11, 20), "summary_documents", "summary_next_documents"),
    (dt.date(2023, 11, 23), "summary_documents_past", "summary_passed_pending_unanswered"),
    (dt.date(2024, 1, 15), "summary_documents_past", "summary_passed_pending_unanswered"),
    (dt.date(2024, 1, 16), "summary_documents_past", "summary_passed_pending_unanswered"),
])
def test_the_build_s_bar_says_the_dates_passed_so_far_while_a_piece_depending_on_an_answer_is_due_later(notices, content, day, documents, following):
    """review73 M4: frozen Toulouse 2024 with no answer, from 23 November 2023 (the day after its pieces' 22 November,
    délai de rigueur) to 15 January 2024 (the « engagement étudiant » form's date, a piece still depending on an
    answer): the bar said « 2 pièces à déposer » and no date at all. Now its count says them « demandées » and its line
    that the dates passed so far, as far as the answers go (not all: the form may still be theirs); the documents' date
    before (checklist.js: the same, test_checklist_phone_browser). From 16 January too, no longer « Toutes les dates
    limites sont passées. » (read64 M1): the R408 attestation, the specialty not given, may still be deposited later
    (seed 000 l. 88), at a date the notice does not give."""
    from generator.french import typography

    notice = next(n for n in notices if n.slug == "toulouse" and n.year == 2024)
    t = notice.texts
    view = checklist_view(notice, content, today=day)
    count = len(view.answer.documents)
    assert typography(view.summary_documents) == typography(t.text(f"checklist_page.{documents}", count=count)), view.summary_documents
    said = t.text(f"checklist_page.{following}", **({"date": view.data["bar_dates"]["documents"]} if following == "summary_next_documents" else {}))
    assert typography(view.summary_next) == typography(said), view.summary_next


def test_a_24_00_deadline_that_is_not_the_notice_s_minuit_is_the_whole_day_on_the_bar_as_in_the_list(tmp_path):
    """review73 L1: a deadline at 24:00 that the guide does not read from the notice's « minuit » alone (a notice's
    « 24 h »: the end of the day, no other reading) said « 22 nov. 2023 à minuit (Paris) » on the bar and « jusqu'au
    mercredi 22 novembre 2023 inclus (heure de Paris) » in the list. Frozen Toulouse 2024, its documents' date written
    « à 24 h » (24:00 in the data): the bar says the whole day too, « 22 nov. 2023 inclus » (dates.bar_moment)."""
    from generator.french import typography
    from generator.site.dates import end_of_day
    from generator.site.words import reading

    before = "    at: 2023-11-22\n    strict: true\n    words: >-\n      Au plus tard le mercredi 22 novembre 2023, délai de rigueur."
    root, notice = _toulouse_2024_with(tmp_path, before, before.replace("at: 2023-11-22", "at: 2023-11-22 24:00").replace("2023, délai", "2023 à 24 h, délai"))
    documents = notice.deadline("documents")
    assert documents.has_time and end_of_day(documents.end) and reading(documents) is None
    content = valid_checklist_content(root)
    view = checklist_view(notice, content, today=dt.date(2023, 11, 20))
    t = notice.texts
    day = "22\u00a0nov.\u00a02023"
    assert view.data["bar_dates"]["documents"] == typography(t.text("moments.bar_end_of_day", day=day)) == f"{day} inclus"
    assert "minuit" not in view.data["bar_dates"]["documents"]
    assert typography(view.summary_next) == typography(t.text("checklist_page.summary_next_documents", date=f"{day} inclus")), view.summary_next
    # (the list's whole sentence, the same day « inclus »)
    assert "jusqu’au mercredi 22\u00a0novembre\u00a02023 inclus (heure de Paris)" in view.data["dates"]["documents"], view.data["dates"]["documents"]


# a year after its day or month by a plain space (« 24 nov. 2023 »): what the bar wrote (review76), where the list,
# the pages and the timeline write « 24 nov.\u00a02023 » (dates.day, short_day)
_YEAR_AFTER_PLAIN_SPACE = re.compile(r"(?<=[\w.]) (?=(?:19|20)[0-9]{2}\b)")


def test_the_phone_bar_s_dates_keep_their_year_with_their_month_in_both_twins(notices, content):
    """review76 (NOTE71): the phone bar's dates (bar_day, babel's « MMM y ») wrote a plain space before the year, « 15
    nov. 2023 », where every other date of the guide joins its day, month and year by no-break spaces. Every form of
    the bar's dates in the page data (shown, said to a screen reader, the pieces' line's, without the year) of every
    frozen notice joins them so, and checklist.js's fr(), through which the bar writes them, keeps them so (Node)."""
    forms = ("bar_dates", "bar_said", "bar_pieces", "bar_days")
    words, years = [], 0
    for notice in notices:
        data = checklist_view(notice, content).data
        for form in forms:
            for did, text in data[form].items():
                assert not _YEAR_AFTER_PLAIN_SPACE.search(text), (notice.slug, form, did, text)
                years += bool(re.search(r"\u00a0(?:19|20)[0-9]{2}\b", text))
                words.append(text)
    assert years >= 3 * len(notices), years  # (the bar's forms with a year: the check checks something)
    script_js = ROOT / "site_overrides" / "assets" / "checklist" / "checklist.js"
    source = script_js.read_text(encoding="utf-8")
    constants = "\n".join(re.search(rf"^const {name} = .*$", source, re.M).group(0)
                          for name in ("NBSP", "NNBSP", "VERBATIM", "DIGIT_GROUPS", "NUMBER_UNIT", "PHONE", "TIME_MINUTES", "DAY_MONTH", "NUMERO"))
    script = (f"{constants}\n{js_function(script_js, 'apostrophes')}\n{js_function(script_js, 'fr')}\n"
              f"process.stdout.write(JSON.stringify({json.dumps(words)}.map(fr)));")
    run = subprocess.run([node_path(), "-e", script], capture_output=True, text=True, timeout=60, check=True)
    assert json.loads(run.stdout) == words, run.stdout


def _toulouse_2024_with(tmp_path, before: str, after: str, *more: tuple[str, str]):
    """A copy of the frozen project whose Toulouse 2024 file has ``before`` (written there once) replaced by ``after``
    (and each pair of ``more`` so): its folder and its notice."""
    from project_support import data_root, notices_of

    root = data_root(tmp_path)
    path = root / "academies" / "toulouse" / "2024.yaml"
    text = path.read_text(encoding="utf-8")
    for old, new in ((before, after), *more):
        assert text.count(old) == 1, old
        text = text.replace(old, new)
    path.write_text(text, encoding="utf-8")
    return root, next(n for n in notices_of(root) if n.slug == "toulouse" and n.year == 2024)


def valid_checklist_content(root):
    from project_support import valid_project

    return valid_project(root).content.checklist


def test_the_build_s_count_says_asked_once_every_one_of_the_candidate_s_dates_passed_before_the_notice_s_last(tmp_path):
    """review73 L2: the build's « demandées » clause for a bar that says every one of the candidate's dates passed while
    the notice's last date is still ahead (``following is None and known``, not ``dates_over``) was read by no test: no
    session reaches it with no answer (a piece depending on an answer is due later: the test above). Frozen Toulouse 2024,
    its « engagement étudiant » form dated 20 November 2023 (before its pieces' 22 November), built on 23 November: every
    date of the candidate's passed, none depending on an answer ahead, the notice's « Traitement … » (10 January) ahead:
    « Toutes les dates limites sont passées. » and « 2 pièces demandées ». (Its R408 attestation's later deposit taken
    out too: that piece, depending on the specialty, may still be deposited later, and the bar then says the dates
    passed or not dated, read64 M1; the test above.)"""
    from generator.french import typography
    from generator.site.words import dates_over

    before = "    at: 2024-01-15\n    words: Le formulaire devra être téléversé au plus tard le 15/01/2024."
    late = ("    late_deposit: >-\n      Au-delà, vous ne pourrez plus modifier votre dossier d'inscription ni ajouter des\n"
            "      pièces justificatives (sauf pièces pouvant être à déposer ultérieurement : attestation\n"
            "      R408 pour les spécialités concernées, dossier professionnel...).\n")
    root, notice = _toulouse_2024_with(tmp_path, before, before.replace("2024-01-15", "2023-11-20").replace("15/01/2024", "20/11/2023"),
                                       (late, ""))
    day = dt.date(2023, 11, 23)
    assert not dates_over(notice, day)
    view = checklist_view(notice, content := valid_checklist_content(root), today=day)
    t = notice.texts
    assert typography(view.summary_next) == typography(t.text("checklist_page.summary_passed")), view.summary_next
    count = len(engine.evaluate(compile_ruleset(notice, content), {})["documents"])
    assert typography(view.summary_documents) == typography(t.text("checklist_page.summary_documents_past", count=count)), view.summary_documents


def test_checklist_js_says_the_pieces_asked_from_the_notice_s_last_instant_for_a_candidate_with_no_dated_date():
    """review73 L3: checklist.js datesPast's clause « the notice's last instant (page data « over ») passed » was read by
    no test; it alone decides for a candidate none of whose dates is dated (nextDeadline: no date, nothing « known »),
    before the notice's marker .bts-dates-over shows (past.js: the day after the last date, or a page left open across
    a last date with an hour). Under Node: frozen Nantes 2026's page data, its closing not dated, a list whose pieces
    and deadlines are none of the dated ones; the marker hidden: not past a minute before the last instant, past from
    it."""
    notices = {(n.slug, n.year): n for n in build_notices(load_and_check(FROZEN)[0])}
    notice = notices["nantes", 2026]
    content = load_and_check(FROZEN)[0].content.checklist
    data = checklist_view(notice, content).data
    assert data["over"] and "registration_closing" not in data["over"]
    data = {**data, "key_dates": [d for d in data["key_dates"] if not d["end"]]}
    assert data["key_dates"], data["key_dates"]
    last = max(dt.datetime.fromisoformat(iso) for iso in data["over"].values())
    result = {"documents": [], "deadlines": [], "warnings": [], "exam_adjustment": None, "undecided": []}
    script_js = ROOT / "site_overrides" / "assets" / "checklist" / "checklist.js"
    functions = "\n".join(js_function(script_js, name) for name in ("datesPast", "nextDeadline", "overAt", "ownDeadlines"))
    moments = [int((last - dt.timedelta(minutes=1)).timestamp() * 1000), int(last.timestamp() * 1000)]
    script = (f"const data = {json.dumps(data)};\nconst root = {{ querySelector: () => null }};\n"
              "const overMoments = Object.values(data.over).map((iso) => Date.parse(iso));\nlet now = 0;\nconst readingTime = () => now;\n"
              f"{functions}\nprocess.stdout.write(JSON.stringify({json.dumps(moments)}.map((m) => {{ now = m; return datesPast({json.dumps(result)}); }})));")
    run = subprocess.run([node_path(), "-e", script], capture_output=True, text=True, timeout=60, check=True)
    assert json.loads(run.stdout) == [False, True]


def test_the_build_s_next_deadline_keeps_the_key_dates_order_for_the_same_moment():
    """The closing and the documents deadline at the same minute: the bar names the closing, the first key date, as
    checklist.js does (a stable sort on the date alone), not the documents' (« documents » < « registration… »)."""
    from generator.checklist.page import _next_deadline

    same = "2023-11-22T17:00:00+01:00"
    key_dates = [{"id": "registration_closing", "deadline": True, "end": same}, {"id": "documents", "deadline": True, "end": same}]
    result = {"documents": [], "exam_adjustment": None, "deadlines": [], "warnings": []}
    assert _next_deadline(key_dates, result, dt.date(2023, 11, 1)) == ("registration_closing", True)
    assert _next_deadline(list(reversed(key_dates)), result, dt.date(2023, 11, 1)) == ("documents", True)
    # a national rule's date the guide gives with the closing (merge: closing_due), the candidate's own: the bar still
    # names the closing, a key date said before it
    due = {"id": "engagement_etudiant.request_deadline", "kind": "deadline", "end": same}
    result = {**result, "deadlines": [due], "warnings": [{"id": "engagement_etudiant_request_deadline", "deadline": due["id"]}]}
    assert _next_deadline(key_dates, result, dt.date(2023, 11, 1)) == ("registration_closing", True)


def test_an_undecided_piece_says_for_whom_in_the_notice_page_s_words(notices, content):
    """Before the answers decide, « Pièces qui dépendent encore de vos réponses » gives each piece's condition in the
    words of the notice page's « Pour qui » (DocumentRow.who): Clermont-Ferrand 2024's two JDC pieces, the notice's
    (18 to 24) and the national one (under 18, or turning 25), no longer read as the same piece twice."""
    from generator.french import lower_first
    from generator.site.notice_view import notice_view

    seen = 0
    for notice in notices:
        ruleset = compile_ruleset(notice, content)
        view = checklist_view(notice, content)
        who = {r.id: r.who for g in notice_view(notice, dt.date(2025, 10, 1)).documents for r in g.rows}
        for answers in ({}, {"situation": "distance"}):
            result = engine.evaluate(ruleset, answers)
            answer = answer_view(notice, ruleset, result, view.data["key_dates"], view.data["dates"], {}, None)
            lines = {line.id: line.text for line in answer.undecided}
            for doc in result["undecided"]:
                if doc["id"] not in who or not who[doc["id"]]:
                    continue
                words = lower_first(who[doc["id"]])  # (as they read after the label)
                assert doc["who"] == words, (notice.slug, doc["id"])
                assert words in lines[doc["id"]], (notice.slug, doc["id"], lines[doc["id"]])
                seen += 1
    assert seen > 20
    clermont = next(n for n in notices if n.slug == "clermont-ferrand" and n.year == 2024)
    result = engine.evaluate(compile_ruleset(clermont, content), {"department": "63", "situation": "distance"})
    jdc = [d for d in result["undecided"] if "JDC" in d["label"]]
    assert len(jdc) == 2 and "de 18 à 24 ans" in jdc[0]["who"] and "moins de 18 ans" in jdc[1]["who"], jdc


def _answers_listing(ruleset: dict, did: str, answers: dict) -> dict | None:
    """Answers, from ``answers``, that list the piece ``did`` (the engine's result has it among its documents): each
    question it still waits for answered in turn with the first answer that does not rule it out; None if none found."""
    [doc] = [d for d in ruleset["documents"] if d["id"] == did]
    questions = {q["id"]: q for q in ruleset["questions"]}
    departments = ruleset["academy"]["departments"]
    for _ in range(8):
        result, missing = engine._State(ruleset, engine.normalise(ruleset, answers)).evaluate(doc["when"])
        if result is True:
            return answers if any(d["id"] == did for d in engine.evaluate(ruleset, answers)["documents"]) else None
        if result is False or not missing:
            return None
        qid = min(missing, key=lambda q: (questions[q]["order"], q))
        kind = questions[qid]["kind"]
        values = ([c for c, _ in questions[qid]["choices"]] if kind == "choice" else sorted(ruleset["specialties"]) if kind == "specialty"
                  else sorted({o for s in ruleset["specialties"].values() for o in s["options"]}) if kind == "option"
                  else departments[:1] if kind == "department" else ["2006-06-01", "2000-06-01", "1990-06-01"])
        for value in values:
            tried = {**answers, qid: value}
            standing = engine.evaluate(ruleset, tried)["standing"]  # (a candidate given a list)
            if engine._State(ruleset, engine.normalise(ruleset, tried)).evaluate(doc["when"])[0] is not False and engine.standing_kind({"standing": standing}) not in engine.NO_LIST:
                answers = tried
                break
        else:
            return None
    return None


def test_an_undecided_piece_names_its_source_as_it_will_once_listed(notices, content):
    """« Pièces qui dépendent encore de vos réponses »: each piece with its source line (the notice's section, or the
    national text), in the same words as once the answers list it, in the page's answer and the command line (every
    frozen session; checklist.js: documentSource, compared with the page's answer by the browser tests)."""
    from generator.checklist import text
    from generator.checklist.answer import UndecidedItem

    from generator.site.document_view import document_rows

    seen = national = 0
    for notice in notices:
        ruleset = compile_ruleset(notice, content)
        view = checklist_view(notice, content)
        page_rows = {row.id: row for row in document_rows(notice, notice.documents)}
        for answers in ({}, {"situation": "distance"}, {"situation": "repeater"}):
            result = engine.evaluate(ruleset, answers)
            answer = answer_view(notice, ruleset, result, view.data["key_dates"], view.data["dates"], {}, None)
            assert [u.id for u in answer.undecided] == [d["id"] for d in result["undecided"]]
            cli = text.render(ruleset, result, notice.texts)
            undecided_block = cli.split(notice.texts.text("checklist.undecided", count=len(result["undecided"])), 1)[-1].split("\n\n", 1)[0]
            for item in answer.undecided:
                assert isinstance(item, UndecidedItem)
                listing = _answers_listing(ruleset, item.id, answers)
                if listing is None:
                    continue
                listed = engine.evaluate(ruleset, listing)
                later = answer_view(notice, ruleset, listed, view.data["key_dates"], view.data["dates"], {}, None)
                found = [d for d in later.documents if d.id == item.id]
                assert found, (notice.slug, item.id, listing, listed["standing"], [d["id"] for d in listed["undecided"]])
                [doc] = found
                assert item.source == doc.source and item.provenance == doc.provenance, (notice.slug, item.id, item.source, doc.source)
                # and a national piece's source as the notice page's row says it (a review, 43 L10: the two above are
                # the same function of the same ruleset fields; the page's words are built apart, document_view)
                resolved = next(d for d in notice.documents if d.id == item.id)
                if resolved.national:
                    row = page_rows[item.id]
                    assert item.source == (row.provenance_dated or row.provenance), (notice.slug, item.id, item.source, row.provenance)
                    national += 1
                # the command line: the line under the piece's (its source, as a listed piece's last line)
                assert f"\n    {doc.source}\n" in undecided_block + "\n", (notice.slug, item.id, undecided_block)
                seen += 1
    assert seen > 20 and national, (seen, national)
    # a national piece (a source that is not the notice's): Toulouse 2024's RQTH justification, while the specialty is open
    toulouse = next(n for n in notices if n.slug == "toulouse")
    result = engine.evaluate(compile_ruleset(toulouse, content), {"situation": "repeater"})
    [rqth] = [d for d in result["undecided"] if d["id"] == "r408_waiver_rqth"]
    assert rqth["provenance"]["kind"] == "national" and rqth["notice_silent"]
    assert "arrêté du 13 juillet 2023" in text.document_source(rqth, toulouse.texts)


def test_a_step_keeps_its_paragraphs_and_lists():
    """A step's text as the notice writes it: its paragraphs, their lines and its « - » lists, never run together
    (the build's answer; checklist.js: textBlocks reads it the same way, tests/site/test_checklist_phone_browser.py
    compares the two)."""
    from generator.checklist.answer import step_blocks

    text = "First paragraph\non two lines.\n\n- one\n- two\nAfter the list.\n\nLast."
    assert step_blocks(text) == (("p", ("First paragraph", "on two lines.")), ("ul", ("one", "two")), ("p", ("After the list.",)), ("p", ("Last.",)))


def test_a_step_s_lines_are_the_notice_page_s_lines():
    """A step's paragraph keeps its lines, a line break between them in the build's answer as on the notice page
    (md_block: <br>), never run into one sentence: on the real data, Toulouse 2024's third step (« …DÉLAI DE
    RIGUEUR », « AUCUNE INSCRIPTION HORS DÉLAIS NE SERA ACCEPTÉE », « Aucun envoi postal… », four lines)."""
    from project_support import REAL

    project, problems = load_and_check(REAL)
    assert not problems, problems.report()
    toulouse = next(n for n in build_notices(project) if (n.slug, n.year) == ("toulouse", 2024))
    page = render_checklist(checklist_view(toulouse, project.content.checklist), toulouse.texts)
    step = output_of(page).split('<li data-step="3">')[1].split('<li data-step="4">')[0]
    # (the notice's letters: « DELAI », « ACCEPTEE », unaccented since places76; either form read)
    assert re.search("D[EÉ]LAI DE RIGUEUR</strong><br><strong>AUCUNE INSCRIPTION HORS D[EÉ]LAIS NE SERA ACCEPT[EÉ]E</strong>"
                     "<br><strong>Aucun envoi postal", step), step
    assert not re.search("ACCEPT[EÉ]E</strong> <strong>", step)


def test_notes_are_anchored_to_the_questions_of_their_condition(notices, content):
    for notice in notices:
        ruleset = compile_ruleset(notice, content)
        data = checklist_view(notice, content).data
        asked = {q["id"] for q in ruleset["questions"] if q["kind"] != "derived"}
        for warning in ruleset["warnings"]:
            anchors = data["anchors"]["warnings"][warning["id"]]
            # a warning to every candidate (when: {}) is said with the list only: no question caused it
            assert bool(anchors) == bool(list(engine._condition_questions(warning["when"]))) and set(anchors) <= asked, (warning["id"], anchors)
        for contradiction in ruleset["contradictions"]:
            assert set(data["anchors"]["contradictions"][contradiction["about"]]) <= asked


def test_both_calendars_remind_each_deadline_a_week_and_a_day_before(notices, content):
    for notice in notices:
        cal = icalendar.Calendar.from_ical(ics.calendar(notice))
        data = checklist_view(notice, content).data["calendar"]
        # (with the dates the guide gives national rules, the notice's closing: deadlines, merge.closing_due)
        kinds = {d.id: d for d in (*notice.deadlines, *(s.closing_due for _, s in notice.closing_dues))}
        for event in cal.walk("VEVENT"):
            event_id = str(event["UID"]).split("@")[0].removeprefix(f"{notice.slug}-{notice.year}-")
            summary = str(event["SUMMARY"])
            assert summary.startswith(f"BTS {notice.academy.name} {notice.year}")
            assert data[event_id]["summary"] == summary  # the checklist's calendar says the same
            alarms = event.walk("VALARM")
            deadline = event_id == "closing" or (event_id in kinds and kinds[event_id].kind == "deadline")
            if not deadline:
                assert alarms == [] and data[event_id]["alarms"] == []
                continue
            start = event["DTSTART"].dt
            triggers = [a["TRIGGER"].dt for a in alarms]
            if isinstance(start, dt.datetime):  # 9:00 in the academy's time zone, 7 days and 1 day before (ics.MORNING)
                local = start.astimezone(ZoneInfo(notice.tz))
                rings = [dt.datetime.combine(local.date() - dt.timedelta(days=n), dt.time(9, 0), tzinfo=local.tzinfo) for n in (7, 1)]
                assert triggers == [r.astimezone(dt.timezone.utc) - start.astimezone(dt.timezone.utc) for r in rings]
            else:  # all-day: 9:00, 7 days and 1 day before
                assert triggers == [-dt.timedelta(days=6, hours=15), -dt.timedelta(hours=15)]
            assert all(str(a["ACTION"]) == "DISPLAY" and summary in str(a["DESCRIPTION"]) for a in alarms)
            # the checklist's calendar writes the same triggers (ics.Alarm.ical)
            assert [icalendar.vDuration.from_ical(a["trigger"]) for a in data[event_id]["alarms"]] == triggers


def test_precompressed_copies_match_and_come_from_the_cache(tmp_path, monkeypatch):
    site = tmp_path / "site"
    (site / "a").mkdir(parents=True)
    page = ("<p>pièce justificative</p>\n" * 200).encode()
    (site / "a" / "index.html").write_bytes(page)
    (site / "small.js").write_bytes(b"x=1")
    (site / "python_stdlib.zip").write_bytes(page)
    cache = tmp_path / "cache"
    written = compress.precompress(site, cache)
    assert gzip.decompress((site / "a" / "index.html.gz").read_bytes()) == page
    if compress.brotli is not None:
        assert compress.brotli.decompress((site / "a" / "index.html.br").read_bytes()) == page
        assert written == {".gz": 1, ".br": 1}
    assert not (site / "small.js.gz").exists() and not (site / "python_stdlib.zip.gz").exists()
    # A second build reads the cache: compressing again would fail here.
    for suffix in list(compress.ENCODINGS):
        monkeypatch.setitem(compress.ENCODINGS, suffix, lambda data: (_ for _ in ()).throw(AssertionError("not from the cache")))
    (site / "a" / "index.html.gz").unlink()
    compress.precompress(site, cache)
    assert gzip.decompress((site / "a" / "index.html.gz").read_bytes()) == page


def test_a_document_made_with_a_form_links_to_it_before_any_script(notices, content):
    """The build-time answer links the form of a document that asks for one, as checklist.js does, but without
    a fragment: the form opens blank (right without JavaScript). No document with a form is due for no
    answer at all in the frozen project, so the answer is rendered here for answers that ask for one."""
    answers = {("toulouse", 2024): {"situation": "repeater", "renounces_benefits": "yes"},
               ("nantes", 2026): {"situation": "in_person", "route": "formation_continue"}}
    for notice in notices:
        if (notice.slug, notice.year) not in answers:
            continue
        view = checklist_view(notice, content)
        forms = view.data["forms"]
        ruleset = compile_ruleset(notice, content)
        result = engine.evaluate(ruleset, answers[(notice.slug, notice.year)])
        asked = [d["id"] for d in result["documents"] if d["id"] in forms]
        assert asked, f"{notice.slug} {notice.year}: no document with a form for {answers[(notice.slug, notice.year)]}"
        answer = answer_view(notice, ruleset, result, view.data["key_dates"], view.data["dates"], forms)
        output = output_of(render_checklist(dataclasses.replace(view, answer=answer), notice.texts))
        for doc in asked:
            item = re.search(rf'<li data-document="{doc}">(.*?)</li>', output, re.S).group(1)
            url = forms[doc]["url"]
            link = re.search(r'<p class="bts-checklist-form"><a href="([^"]*)" data-form="([^"]*)">([^<]*)</a></p>', item)
            assert link is not None, item
            assert link.group(1) == link.group(2) == url  # no fragment
            title = forms[doc]["title"]
            # a candidate's form, or a model for their establishment (Nantes 2026's attestation de formation)
            key = "checklist_page.form_link_establishment" if forms[doc]["filled_by"] == "establishment" else "checklist_page.form_link"
            assert link.group(3) == notice.texts.text(key, title=title).replace("'", "’")
        others = [d["id"] for d in result["documents"] if d["id"] not in forms]
        assert 'class="bts-checklist-form"' not in "".join(re.search(rf'<li data-document="{d}">(.*?)</li>', output, re.S).group(1) for d in others)


def test_a_national_document_beyond_the_notice_s_list_is_said_not_mentioned_by_it(notices, content):
    """Toulouse's notice asks for the R408 attestation for the specialties of its own list: for a specialty
    of the national list only (FAB), the national document applies, which the notice does not ask for: the command
    line and the build-time answer say « non mentionnée par la notice », not that its list « ne la demande pas dans
    tous ces cas » (it asks for it in none of them: a review, read52 M2), and do not give it the notice's words on a
    later deposit of its own item, neither under the piece nor under the « délai de rigueur » (« Sauf pour … »)."""
    from generator.checklist import text

    notice = next(n for n in notices if (n.slug, n.year) == ("toulouse", 2024))
    t = notice.texts
    ruleset = compile_ruleset(notice, content)
    result = engine.evaluate(ruleset, {"situation": "repeater", "specialty": "fab", "r408_waiver": "no"})
    r408 = next(d for d in result["documents"] if d["id"] == "r408_attestation")
    assert r408["notice_silent"] and r408["late_deposit"] is None
    # (the arrêté, which Toulouse's notice does not cite, with the notice that does)
    cited = notice.text_words(notice.national_texts["arrete_2023_07_13"])
    assert cited == "arrêté du 13 juillet 2023, cité par la notice de Clermont-Ferrand (session 2024) et non consulté par le guide"
    silent = t.text("provenance.national_silent", texts=cited)
    cli = text.render(ruleset, result, t)
    assert silent in cli and "ne la demande pas dans tous ces cas" not in cli
    assert "d’après la notice, un dépôt plus tard est possible" not in cli and "Sauf pour" not in cli
    # its details: the guide's reading of the notice's words on a later deposit, said so
    assert "le guide ne sait pas si ses mots sur un dépôt plus tard valent pour elle" in cli
    answer = answer_view(notice, ruleset, result, [], {d["id"]: d["id"] for d in ruleset["deadlines"]} | {"registration_opening": "", "registration_closing": ""}, {})
    sources = [d.source for d in answer.documents if d.id == "r408_attestation"]
    # (dated by the notice's documents deadline, which the notice does not give this piece: said so, as on the page)
    assert sources == [t.text("provenance.dated_by_guide", provenance=silent)]
    assert not [d for d in answer.documents if d.id == "r408_attestation" and d.late]


def test_another_academys_department_gets_no_list_but_where_to_go(notices, content):
    """A department of another academy: the engine lists nothing of this notice (no document, step, deadline,
    contact nor question) and the answer says so first, with the national table's hint (the academy's notice here
    or its official site) as checklist.js writes it; without a hint for the department, a sentence says to
    register with the department's academy. None of this notice's dates or contacts follows (« aucune date de
    cette notice ne vous concerne »)."""
    # a notice that says one registers in the academy where one resides (residence:): the others send no one elsewhere
    notice = next(n for n in notices if n.session.session.residence and any(q.kind == "department" for q in n.questions.values()))
    t = notice.texts
    view = checklist_view(notice, content)
    ruleset = compile_ruleset(notice, content)
    code = next(c for c in ("75", "974", "2A") if c not in ruleset["academy"]["departments"])
    result = engine.evaluate(ruleset, {"department": code, "situation": "repeater"})
    assert result["standing"] == {"kind": "outside_academy", "department": code}
    assert result["documents"] == result["deadlines"] == result["steps"] == result["questions"] == result["contacts"] == []
    assert not result["complete"]
    hint = {"text": "Votre académie : {link}.", "url": "https://www.ac-example.fr", "label": "son site"}
    for elsewhere, where in (({code: hint}, '<p>Votre académie\u00a0: <a href="https://www.ac-example.fr" data-bts-address="www.ac-example.fr">son site</a>.</p>'),
                             ({}, f"<p>{t.text('standing.outside_where_unknown').replace(chr(39), '’')}</p>")):
        answer = answer_view(notice, ruleset, result, view.data["key_dates"], view.data["dates"], {}, elsewhere)
        output = output_of(render_checklist(dataclasses.replace(view, answer=answer), t))
        standing = re.search(r'<div class="bts-checklist-standing" data-standing="outside_academy" role="note">(.*?)</div>', output, re.S)
        assert standing is not None, output
        assert where in standing.group(1), standing.group(1)
        assert "data-document=" not in output and "data-deadline=" not in output
        assert "data-documents-title" not in output
        for key in ("checklist_page.documents_title", "checklist_page.documents_title_past"):
            assert t.text(key, count=0).split(" (")[0] not in output
        # first, and none of this notice's dates, contacts or closing lines
        assert output.lstrip().startswith('<div class="bts-checklist-standing"'), output[:200]
        for absent in ("bts-checklist-key-dates", "data-registration=", "bts-checklist-deadlines", "bts-checklist-contacts", "bts-checklist-remaining"):
            assert absent not in output, absent


def test_a_department_of_another_academy_where_the_notice_keeps_the_list_gets_the_hint_under_its_warning(notices, content):
    """Aix-Marseille 2023 does not reserve registration to its residents (no residence:): a repeater living in
    Paris keeps the list, and under the warning about the department the answer says the hint next to the field
    (its academy, the link, whom to ask), before the warning's source; without a hint for the department, nothing."""
    notice = next(n for n in notices if n.slug == "aix-marseille" and n.year == 2023)
    assert notice.session.session.residence is None
    t = notice.texts
    view = checklist_view(notice, content)
    ruleset = compile_ruleset(notice, content)
    result = engine.evaluate(ruleset, {"department": "75", "situation": "repeater"})
    assert engine.standing_kind(result) != "outside_academy" and result["documents"]
    assert [w["id"] for w in result["warnings"]][:1] == [engine.DEPARTMENT_WARNING]
    hint = {"text": "Paris <75> : {link} & plus.", "url": "https://www.ac-example.fr/?a=1&b=2", "label": "son <site>"}
    for elsewhere, expected in (({"75": hint}, '<p>Paris &lt;75&gt;\u00a0: <a href="https://www.ac-example.fr/?a=1&amp;b=2" data-bts-address="www.ac-example.fr/?a=1&amp;b=2">son &lt;site&gt;</a> &amp; plus.</p>'),
                                ({}, None)):
        answer = answer_view(notice, ruleset, result, view.data["key_dates"], view.data["dates"], {}, elsewhere)
        output = output_of(render_checklist(dataclasses.replace(view, answer=answer), t))
        item = re.search(r'<li data-warning="outside_academy">(.*?)</li>', output, re.S).group(1)
        paragraphs = re.findall(r"<p[^>]*>.*?</p>", item, re.S)
        if expected is None:
            assert len(paragraphs) == 1, item  # the warning's text alone (its provenance is the notice's data)
        else:
            assert paragraphs[1] == expected, item
        assert 'data-document="' in output


def test_no_list_for_another_academy_s_department_opens_with_the_department_not_the_exam_office(notices, content):
    """phone58 M2: Nantes 2026 (establishments; it does not say residence decides, no « outside_academy »), a Paris
    resident preparing at a distance (a situation it does not name): the answer opened with « Demandez au plus tôt au
    bureau des examens » and the Nantes office, and said only further down that Paris is their academy. With no list,
    the warning about the department (its academy named) comes first, then the note on their situation, as a notice
    that sends them to their academy opens with it (checklist.js render, text.py the same)."""
    notice = next(n for n in notices if n.slug == "nantes" and n.year == 2026)
    view = checklist_view(notice, content)
    ruleset = compile_ruleset(notice, content)
    result = engine.evaluate(ruleset, {"department": "75", "situation": "distance"})
    assert engine.standing_kind(result) in engine.NO_LIST and engine.standing_kind(result) != "outside_academy"
    assert [w["id"] for w in result["warnings"]] == [engine.DEPARTMENT_WARNING]
    hint = {"text": "Paris (75) relève de l'académie de Paris : {link}.", "url": "https://www.ac-paris.fr", "label": "son site"}
    answer = answer_view(notice, ruleset, result, view.data["key_dates"], view.data["dates"], {}, {"75": hint}, view.data["ask"])
    output = output_of(render_checklist(dataclasses.replace(view, answer=answer), notice.texts))
    assert output.lstrip().startswith("<h3>"), output[:300]
    assert output.index('<li data-warning="outside_academy">') < output.index('<div class="bts-checklist-standing"'), output
    assert output.index("académie de Paris") < output.index("bureau des examens"), output
    # a list given (Aix-Marseille 2023): the warnings keep their place, after the key dates
    aix = next(n for n in notices if n.slug == "aix-marseille" and n.year == 2023)
    aix_view, aix_ruleset = checklist_view(aix, content), compile_ruleset(aix, content)
    listed = engine.evaluate(aix_ruleset, {"department": "75", "situation": "repeater"})
    answer = answer_view(aix, aix_ruleset, listed, aix_view.data["key_dates"], aix_view.data["dates"], {}, None)
    output = output_of(render_checklist(dataclasses.replace(aix_view, answer=answer), aix.texts))
    assert output.index("bts-checklist-key-dates") < output.index('<li data-warning="outside_academy">'), output[:300]


def test_a_candidate_not_cited_who_lives_in_another_academy_is_sent_there_not_to_this_office(notices, content):
    """read60 M4: Nantes 2026 (establishments; it does not say residence decides), a distance learner living in Paris
    read the department's academy first, then « Demandez au plus tôt au bureau des examens comment vous inscrire », the
    Nantes office and the link to Nantes' site (where its individual candidates read): two places to go. The build's
    note sends them to their department's academy (named above it), this academy's office only for a doubt, and links
    no page of this academy; of the academy's own departments, as before (the command line and checklist.js say the
    same: tests/checklist/test_cases_cpython.py, tests/site/test_checklist_phone_browser.py)."""
    notice = next(n for n in notices if n.slug == "nantes" and n.year == 2026)
    view = checklist_view(notice, content)
    ruleset = compile_ruleset(notice, content)
    t = notice.texts
    hint = {"text": "Paris (75) relève de l'académie de Paris : {link}.", "url": "https://www.ac-paris.fr", "label": "son site"}
    notes = {}
    for department in ("75", "44"):
        result = engine.evaluate(ruleset, {"department": department, "situation": "distance"})
        assert result["standing"] == ({"kind": "not_listed", "elsewhere": True} if department == "75" else {"kind": "not_listed"})
        answer = answer_view(notice, ruleset, result, view.data["key_dates"], view.data["dates"], {}, {"75": hint}, view.data["ask"])
        output = output_of(render_checklist(dataclasses.replace(view, answer=answer), notice.texts))
        # none of this notice's dates nor contacts under the note of one living in Paris (fixcode59: answer.py no_dates,
        # elsewhere; review80: only a browser test said it of the build's answer), both for one of the academy's own
        for block in ('id="bts-checklist-dates"', 'class="bts-checklist-deadlines"', 'id="bts-checklist-contacts-title"'):
            assert (block in output) is (department == "44"), (department, block, output)
        notes[department] = unwrapped(re.search(r'<div class="bts-checklist-standing" data-standing="not_listed" role="note">(.*?)</div>', output, re.S).group(1))
    here = notes["75"]
    assert "Demandez au plus tôt au bureau des examens" not in here and "<a " not in here, here
    # (the build's words are in French typography: the text's apostrophes)
    # (no contacts section for them: the office's words that do not point « plus bas », office_apart; fixnote60)
    assert "dont il relève" in here and "cette académie-ci" in here and view.data["ask"]["office_apart"] in here, here
    assert "Demandez au plus tôt au bureau des examens" in notes["44"] and "<a " in notes["44"], notes["44"]
    assert not t.text("standing.not_listed_text_elsewhere", office="").startswith("Demandez")


def test_another_academy_s_site_is_named_by_its_address_without_its_scheme_in_the_list_not_on_the_command_line(project, notices, content, capsys):
    """a11y58 L5: the hint under the department field and the list's warning (or standing) named another academy's site
    by its bare address, « https://www.ac-paris.fr », read out scheme and all (by the hint's live copy too). The page
    data's hint (directory.department_hints) now gives the link the words « www.ac-paris.fr », the national table's
    whole address its href, marked bts-bare-url (its words its address: printed once); the build's list says so
    (Toulouse 2024 with 75: the standing; Aix-Marseille 2023 with 75: the warning; Nantes 2026 with 971). The command
    line keeps the whole address: a terminal has no link."""
    from generator.cli import main
    from generator.site.directory import department_hints, directory

    routes = directory(notices, project.content.departments.table(), dt.date(2025, 11, 1))
    for slug, year, code in (("toulouse", 2024, "75"), ("aix-marseille", 2023, "75"), ("nantes", 2026, "971")):
        notice = next(n for n in notices if n.slug == slug and n.year == year)
        hint = department_hints(notice, routes, "")[code]
        site = next(d.academy.website for d in routes.departments if d.code == code)
        assert site.startswith("https://") and hint["url"] == site, hint
        words = site.removeprefix("https://").rstrip("/")
        assert hint["label"] == words, hint
        view, ruleset = checklist_view(notice, content, {code: hint}), compile_ruleset(notice, content)
        result = engine.evaluate(ruleset, {"department": code})
        answer = answer_view(notice, ruleset, result, view.data["key_dates"], view.data["dates"], {}, view.data["elsewhere"], view.data["ask"])
        output = output_of(render_checklist(dataclasses.replace(view, answer=answer), notice.texts))
        # (its site's name kept on one line: fixaddr59, text.ADDRESS_NAME_CLASS)
        assert output.count(f'<a class="bts-bare-url" href="{site}"><span class="bts-address-name">{words}</span></a>') == 1, (slug, output)
        assert site not in re.sub(r'href="[^"]*"', "", output), (slug, output)
        assert main(["--root", str(FROZEN), "checklist", "--academy", slug, "--session", str(year), f"department={code}"]) == 0
        out = capsys.readouterr().out
        assert f"{site}." in out or f"{site} " in out, (slug, out)


def test_no_list_means_no_closing_line_and_an_excluded_candidate_gets_none_of_the_notice_s_dates(notices, content):
    """A situation the notice excludes (« votre établissement vous inscrit ») or does not cite: the note says why
    there is no list, so no closing line says the list is incomplete; the excluded candidate gets none of the
    notice's dates (its individual candidates' deadlines are not theirs), the one not cited keeps the registration's
    (the note tells them to ask before the closing), under the note; both keep the contacts. Neither answer opens with
    « Dates limites »: the note comes first, not a block of deadlines read as the candidate's own (a review). The command
    line says the same."""
    from generator.checklist.text import render as render_text

    seen = set()
    for notice in notices:
        ruleset = compile_ruleset(notice, content)
        view = checklist_view(notice, content)
        t = notice.texts
        for situation, _ in next(q for q in ruleset["questions"] if q["id"] == "situation")["choices"]:
            answers = {"situation": situation, "department": ruleset["academy"]["departments"][0]}
            result = engine.evaluate(ruleset, engine.normalise(ruleset, {**answers, "route": "scolaire"}))
            kind = engine.standing_kind(result)
            if kind not in ("excluded", "not_listed"):
                continue
            seen.add(kind)
            assert result["deadlines"] == [], (notice.slug, situation)
            answer = answer_view(notice, ruleset, result, view.data["key_dates"], view.data["dates"], {})
            output = output_of(render_checklist(dataclasses.replace(view, answer=answer), t))
            assert "bts-checklist-remaining" not in output and "bts-checklist-contacts" in output, (notice.slug, situation)
            dated = kind == "not_listed"
            assert "bts-checklist-key-dates" not in output and answer.key_dates == (), (notice.slug, situation)
            assert ("bts-checklist-deadlines" in output) == dated, (notice.slug, situation)
            assert output.lstrip().startswith('<div class="bts-checklist-standing"'), (notice.slug, situation, output[:80])
            text = render_text(ruleset, result, t, None)
            assert (t.text("checklist.registration") in text) == dated and t.text("checklist_page.incomplete") not in text, (notice.slug, situation)
            # the command line too: the note first (after the title), then the registration's dates when kept
            assert text.split("\n")[2] == answer.standing.title, (notice.slug, situation, text[:200])
            if dated:
                assert text.index(answer.standing.title) < text.index(t.text("checklist.registration"))
    assert seen == {"excluded", "not_listed"}, seen


def test_a_situation_the_notice_does_not_name_is_told_where_to_ask_from_the_data_only(notices, content):
    """« not_listed »: the note names the exam office with its contacts, or points to the notice's other contacts
    listed with the answer, says when the notice gives none, and
    links the academy's website (or says it is not given); never a contact the data do not hold."""
    from generator.checklist.answer import where_to_ask

    seen = seen_named = 0
    for notice in notices:
        ruleset = compile_ruleset(notice, content)
        view = checklist_view(notice, content)
        t = notice.texts
        for situation, _ in next(q for q in ruleset["questions"] if q["id"] == "situation")["choices"]:
            result = engine.evaluate(ruleset, {"situation": situation})
            if (result["standing"] or {}).get("kind") != "not_listed":
                continue
            seen += 1
            answer = answer_view(notice, ruleset, result, view.data["key_dates"], view.data["dates"], {})
            office = ruleset["contacts"]["exam_office"]
            ask = where_to_ask(notice, ruleset)
            assert ask | {"routing": None} == view.data["ask"] | {"office": ask["office"], "office_apart": ask["office_apart"]}  # the page data's, before typography
            if office is None:  # the contacts below say it: not said twice (a review)
                assert ask["office"] is None
                flat = lambda words: " ".join(words.replace("\u00a0", " ").replace("\u202f", " ").replace("\u2019", "'").split())
                shown = flat(output_of(render_checklist(dataclasses.replace(view, answer=answer), t)))
                assert shown.count(flat(t.text("checklist_page.no_exam_office"))) == 1 and "non précisé par la notice." not in shown
                # and where to read: the academy's site, under that line (the notice page: in « Liens utiles »), and
                # in the note (on a phone also shown at the question, the contacts screens below: a walk), named as a
                # person types it (fixaddr59: text.address_words)
                assert ask["website"] and re.sub(r"<[^>]+>", "", shown).count(flat(t.text("standing.ask_website", link=address_words(ask["website"])))) == 2
            elif not office["emails"] and not office["phones"]:
                people = ruleset["contacts"]["exam_office_people"]
                numbers = [c for p in people for c in p["emails"] + p["phones"]]
                if numbers:  # someone of the office with numbers (Nantes 2024: the file's manager): theirs (read53 M1)
                    assert all(c in ask["office"] for c in numbers) and "non précisé" not in ask["office"]
                else:
                    # its address, its people or the notice's other contacts listed with the answer, or none at all
                    listed = office["address"] or people or ruleset["contacts"]["others"]
                    key = "standing.ask_office_see_contacts" if listed else "standing.ask_office_no_contact"
                    assert ask["office"] == t.text("standing.ask_office", office=t.text(key, name=office["name"]))
            else:
                assert all(c in ask["office"] for c in office["emails"] + office["phones"])
            if office is not None:
                # never « Bureau des examens : Bureau des examens post-bac »: an office named so goes without the label
                label = t.text("standing.ask_office", office="\0").split("\0")[0].rstrip(" :\u00a0").casefold()
                assert ask["office"].casefold().count(label) == max(1, office["name"].casefold().count(label)), ask["office"]
                seen_named += office["name"].casefold().startswith(label)
            assert ask["office"] is None or ask["office"] in answer.standing.paragraphs
            website = notice.academy.website or None
            if website:
                assert answer.standing.where[1] == website
                # said once, by that link: not in the words above it too (phone57 L3, Aix-Marseille 2023)
                assert not any(website in p for p in answer.standing.paragraphs), answer.standing.paragraphs
            else:
                assert answer.standing.where is None and t.text("standing.ask_website_unknown") in answer.standing.paragraphs
            output = output_of(render_checklist(dataclasses.replace(view, answer=answer), t))
            # (its words are its address: marked so that printing does not write it again after them)
            assert (f'<a class="bts-bare-url" href="{website}">' in output) == bool(website)
            # the page's own « ask » (page data, typography done) gives the same page
            given = answer_view(notice, ruleset, result, view.data["key_dates"], view.data["dates"], {}, None, view.data["ask"])
            assert render_checklist(dataclasses.replace(view, answer=given), t) == render_checklist(dataclasses.replace(view, answer=answer), t)
    assert seen and seen_named  # (Toulouse 2024: « Bureau des examens post-bac »)


def _block(out: str, title: str) -> list[str]:
    """The lines of the command line's block that opens with ``title`` (a past session's box may come before it: the
    day of the run decides)."""
    return next(block for block in out.split("\n\n") if block.startswith(title)).split("\n")


def test_the_command_line_tells_a_situation_the_notice_does_not_name_whom_to_ask_and_where_to_read_as_the_page(frozen_site, notices, content, capsys):
    """« not_listed » on the command line: the page's note in its order (the note, the exam office, then the academy's
    site, or on a notice for establishments where individual candidates read), the link's address in place of its
    words (a review: the command line had the note alone)."""
    from generator.checklist.cli import load_texts
    from generator.cli import main
    from generator.french import typography

    texts, _ = load_texts(FROZEN)
    seen, done = set(), set()
    for notice, ruleset, view, data, situation, result in situations_of_kind(frozen_site, notices, content, "not_listed"):
        if (notice.slug, notice.year) in done:
            continue
        done.add((notice.slug, notice.year))  # one situation per notice: the lines are the notice's, not the situation's
        answer = answer_view(notice, ruleset, result, view.data["key_dates"], view.data["dates"], {}, None, data["ask"])
        before, href, words, after = answer.standing.where or (None, None, None, None)
        expected = [typography(texts.text("standing.not_listed_title")), *answer.standing.paragraphs]
        if href is not None:
            # the link as the command line gives it: an address whole (the page's words are it as a person types it,
            # fixaddr59: text.address_words); the guide's notice as its command
            assert words == address_words(href), (notice.slug, situation, words)
            expected.append(before + href + after)
        seen.add((notice.audience, href is not None))
        assert main(["--root", str(FROZEN), "checklist", "--academy", notice.slug, "--session", str(notice.year), f"situation={situation}"]) == 0
        out = capsys.readouterr().out
        block = _block(out, typography(texts.text("standing.not_listed_title")))
        flat = lambda words: " ".join(typography(words).split())
        assert [flat(line) for line in block] == [flat(line) for line in expected], (notice.slug, situation, out)
    assert ("establishment", True) in seen and ("individual", True) in seen, seen


def test_the_command_line_tells_one_an_establishments_notice_excludes_where_individual_candidates_read(frozen_site, notices, content, capsys):
    """« excluded » on the command line: what the notice says, then, on a notice for establishments only, where
    individual candidates read (the page's note, answer.py), the link's address in place of its words. No frozen
    establishments' notice excludes a situation since read50 L8 (Nantes 2026's repeaters who left their establishment
    are « not_listed », with what it says to establishments): that one stands for the establishments' case."""
    from generator.checklist.cli import load_texts
    from generator.cli import main
    from generator.french import typography

    texts, _ = load_texts(FROZEN)
    flat = lambda words: " ".join(typography(words).split())
    seen = set()
    said = [c for c in situations_of_kind(frozen_site, notices, content, "not_listed") if c[0].audience == "establishment" and c[5]["standing"].get("category")]
    for notice, ruleset, view, data, situation, result in [*situations_of_kind(frozen_site, notices, content, "excluded"), *said]:
        seen.add(notice.audience)
        answer = answer_view(notice, ruleset, result, view.data["key_dates"], view.data["dates"], {}, None, data["ask"])
        expected = [answer.standing.title, *answer.standing.paragraphs]
        if notice.audience == "establishment":
            before, href, words, after = answer.standing.where
            assert words == address_words(href)  # (the academy's site: no notice of the guide for individual candidates)
            expected.append(before + href + after)
        else:
            assert answer.standing.where is None
        assert main(["--root", str(FROZEN), "checklist", "--academy", notice.slug, "--session", str(notice.year), f"situation={situation}"]) == 0
        block = _block(capsys.readouterr().out, typography(answer.standing.title))
        assert [flat(line) for line in block] == [flat(line) for line in expected], (notice.slug, situation, block)
    assert seen == {"establishment", "individual"}, seen


def test_where_to_ask_is_computed_once_per_page(notices, content, monkeypatch):
    """The page data's « ask » serves the build's answer too (answer.py: where_to_ask, once per checklist page)."""
    from generator.checklist import answer, page

    calls = []
    original = answer.where_to_ask

    def counted(notice, ruleset):
        calls.append(notice.slug)
        return original(notice, ruleset)

    monkeypatch.setattr(answer, "where_to_ask", counted)
    monkeypatch.setattr(page, "where_to_ask", counted)
    for notice in notices:
        calls.clear()
        checklist_view(notice, content)
        assert calls == [notice.slug]


def test_a_document_s_detail_keeps_the_notice_s_bold(notices, content):
    """A document's details in the build's answer: their « **words** » in <strong> (checklist.js: emphasised, the
    same elements), the rest escaped, « \\* » an asterisk."""
    from dataclasses import replace

    from generator.checklist.page import checklist_view, render_checklist

    notice = next(n for n in notices if checklist_view(n, content).answer.documents)
    view = checklist_view(notice, content)
    first = replace(view.answer.documents[0], detail=r"Avant **le 4 décembre** <b>x</b> R 408\*")
    view = replace(view, answer=replace(view.answer, documents=(first, *view.answer.documents[1:])))
    answer = output_of(render_checklist(view, notice.texts))
    # (« R 408 » kept whole on a line: generator/site/text.py _numbers_whole)
    assert '<p>Avant <strong>le 4 décembre</strong> &lt;b&gt;x&lt;/b&gt; <span class="bts-nowrap">R 408</span>*</p>' in answer.replace("\u202f", " ").replace("\u00a0", " ")


def test_the_build_s_summary_bar_names_the_piece_whose_own_deadline_is_next(notices, content):
    """Nantes 2026, after the documents deadline: the bar as built names the one piece due next (its label, in a box of
    its own: checklist.css cuts it on one line), or counts the pieces due then, as checklist.js does."""
    from generator.checklist import engine
    from generator.checklist.compile import compile_ruleset
    from generator.checklist.page import _summary_next

    notice = next(n for n in notices if n.slug == "nantes" and n.year == 2026)
    t = notice.texts
    view = checklist_view(notice, content)
    ruleset = compile_ruleset(notice, content)
    one = engine.evaluate(ruleset, {"situation": "in_person", "route": "scolaire", "specialty": "batiment", "r408_waiver": "no"})
    words, named = _summary_next(t, "attestations", True, one, view.data)
    piece = next(d["label"] for d in one["documents"] if d["deadline"] == "attestations")
    date = view.data["bar_dates"]["attestations"]
    from generator.french import typography

    assert named is not None and " ".join(named[1:3]) == typography(piece) and named[0] + " ".join(named[1:3]) + named[3] == words
    assert named[2] == "(R408)"  # the label's end, kept in view when the phone cuts it (piece_parts)
    assert typography(words) == typography(t.text("checklist_page.summary_next_piece", piece=piece, date=date))
    # each part in French typography, as the whole (« (R408)\u00a0: au plus tard… » before the script runs: a helper saw
    # a plain space there)
    assert named[0] + named[1] + "\0" + named[2] + named[3] == typography(named[0] + named[1] + "\0" + named[2] + named[3])
    assert named[3].startswith("\u00a0:"), named[3]
    several = engine.evaluate(ruleset, {"situation": "in_person", "route": "scolaire", "specialty": "maintenance_systemes", "option": "C"})
    count = sum(d["deadline"] == "attestations" for d in several["documents"])
    assert count > 1
    assert _summary_next(t, "attestations", True, several, view.data) == (t.text("checklist_page.summary_next_pieces", count=count, date=date), None)


def test_a_piece_s_label_on_the_phone_bar_keeps_the_end_that_tells_it_apart(notices, content):
    """The label of a piece with a deadline of its own, cut in its middle on the phone bar: its start, then its end kept
    whole: a last group in parentheses or guillemets (« (R408) », « « engagement étudiant » »), else its last words (12
    characters at least); split at a space, so that the two read as the label. checklist.js pieceParts: the same
    (node, when installed)."""
    import subprocess

    from generator.checklist.answer import piece_parts
    from generator.checklist.compile import compile_ruleset
    from generator.french import typography

    from project_support import REAL, notices_of

    labels = {typography(d["label"]) for n in list(notices) + notices_of(REAL) for d in compile_ruleset(n, content)["documents"]}
    labels |= {"Attestation", "Photocopie de la décision de positionnement", "Attestation de formation (R408)", "Un (deux) trois",
               "Pièce (" + "x" * 40 + ")", "Attestation de formation aux travaux en hauteur", "a b c d e f g h i j k l m n"}
    for label in labels:
        start, end = piece_parts(label)
        assert (start + " " + end if end else start) == label, label
        assert end == "" or len(end) >= 12 or end[0] in "(«", (label, end)
    assert piece_parts(typography("Attestation de formation relative à la réception et à l'utilisation des échafaudages de pied (R408)"))[1] == "(R408)"
    assert piece_parts(typography("Demande de reconnaissance pour l'épreuve « engagement étudiant »"))[1] == typography("« engagement étudiant »")
    assert piece_parts("Attestation de formation à la manipulation des fluides frigorigènes")[1] == "frigorigènes"
    assert piece_parts("Attestation de formation aux travaux en hauteur")[1] == "travaux en hauteur"
    assert piece_parts("Attestation") == ("Attestation", "")
    node = node_path()
    source = js_function(ROOT / "site_overrides" / "assets" / "checklist" / "checklist.js", "pieceParts")
    script = (source + '\nconst labels = JSON.parse(require("fs").readFileSync(0, "utf8"));\n'
              "process.stdout.write(JSON.stringify(labels.map(pieceParts)));")
    ordered = sorted(labels)
    run = subprocess.run([node, "-e", script], input=json.dumps(ordered), capture_output=True, text=True, timeout=60, check=True)
    assert [tuple(parts) for parts in json.loads(run.stdout)] == [piece_parts(label) for label in ordered]


def test_the_build_s_bar_writes_a_piece_s_start_and_end_as_the_script_does(notices, content):
    """The build's bar (checklist.html.j2) writes a piece's label as checklist.js does: its start and its end in spans of
    their own, a space between them (the label's text), or the start alone when the label has no end kept."""
    notice = next(n for n in notices if n.slug == "nantes" and n.year == 2026)
    view = checklist_view(notice, content)
    for parts, expected in (
        (("", "Attestation de formation", "(R408)", "\u00a0: le 12"),
         '<span class="bts-checklist-summary-piece"><span class="bts-checklist-summary-start">Attestation de formation</span> '
         '<span class="bts-checklist-summary-end">(R408)</span></span>'),
        (("", "Attestation", "", "\u00a0: le 12"),
         '<span class="bts-checklist-summary-piece"><span class="bts-checklist-summary-start">Attestation</span></span>'),
    ):
        body = render_checklist(dataclasses.replace(view, summary_next_piece=parts, summary_next="".join(parts)), notice.texts)
        assert expected in body, re.search(r'<span data-summary="next">.*?</a>', body, re.S).group(0)


def test_the_notice_s_words_on_its_managers_table_are_a_labelled_quotation_with_its_addresses_as_links(notices, content):
    """What a notice says of its table of managers (Toulouse 2024, after the candidate's managers): in the build's
    answer, under the notice page's title of that table, between « La notice : « » and « » », each e-mail address it
    gives a mailto: link, the rest of its words as they are (a phone walk: an unlabelled item among labelled contacts,
    its address plain text while the exam office's is a link, nothing saying whose words; checklist.js: quotedWords,
    compared element for element in test_checklist_browser.py)."""
    from dataclasses import replace

    from generator.french import EMAIL

    seen = 0
    for notice in notices:
        ruleset = compile_ruleset(notice, content)
        note = ruleset["contacts"]["specialty_groups_note"]
        if not note:
            continue
        spec = next(s for s, v in sorted(ruleset["specialties"].items()) if not v["options"] and any(
            ref[0] == s for group in ruleset["contacts"]["specialty_groups"] for ref in group["specialties"]))
        view = checklist_view(notice, content)
        result = engine.evaluate(ruleset, {"specialty": spec})
        answer = answer_view(notice, ruleset, result, view.data["key_dates"], view.data["dates"], view.data["forms"], view.data["elsewhere"], view.data["ask"])
        body = output_of(render_checklist(replace(view, answer=answer), notice.texts)).replace("\u00a0", " ").replace("\u202f", " ")
        item = re.search(r'<li data-contact="specialty-note">(.*?)</li>', body, re.S).group(1)
        addresses = EMAIL.findall(note)
        assert addresses  # (Toulouse's gives dec5@ac-toulouse.fr)
        words = " ".join(note.split()).replace("'", "’")
        for address in addresses:
            # (the frozen note's address in bold: one link inside the bold, no marker left; a review: « ** » in its href)
            words = words.replace(f"**{address}**", f"<strong>{address}</strong>").replace(address, f'<a href="mailto:{address}">{address}</a>')
        assert "*" not in item and item == f"<strong>Gestionnaires par spécialité</strong><p>La notice : « {words} »</p>", item
        seen += 1
    assert seen


def test_the_notice_s_words_read_their_bold_before_their_addresses():
    """An address in bold in the notice's words is one link inside the bold (a review: the address pattern took the
    markers in, « mailto:**dec5@… », the « ** » shown); checklist.js: quotedWords reads them in the same order."""
    from generator.checklist.answer import quoted_pieces

    assert quoted_pieces("Adresse : **dec5@ac-toulouse.fr** ou contact@ac-x.fr.") == (
        ("Adresse : ", None, False),
        ("dec5@ac-toulouse.fr", "mailto:dec5@ac-toulouse.fr", True),
        (" ou ", None, False),
        ("contact@ac-x.fr", "mailto:contact@ac-x.fr", False),
        (".", None, False),
    )


def test_a_national_piece_the_notice_does_not_date_says_whose_date_it_has(notices, content):
    """A piece a national text asks for, in no group of the notice's list (the notice does not cite it, or not in its
    list), is given the notice's documents deadline: the page, the build's answer and the command line say so (a walk:
    Nantes 2026's RQTH justification « au plus tard le 19 novembre », the R408 attestation it replaces being due on 12
    December; Aix-Marseille 2023's JDC certificate). The page says it once above a table whose rows all share that
    date, else in the row's source; a piece the notice names in a group of its list has that group's date, unsaid.
    A piece in place of a notice item the notice dates itself (Nantes 2026's RQTH justification, now 12 December as the
    R408 attestation it replaces: merge.ResolvedDocument.dated_as) says that one, always in its own source."""
    from generator.checklist import text
    from generator.site.document_view import document_groups

    seen = {"group": 0, "row": 0, "checklist": 0, "not": 0, "replaced": 0}
    for notice in notices:
        t = notice.texts
        suffix = t.text("provenance.dated_by_guide", provenance="{p}").split("{p}")[1]
        line = t.text("documents.group_deadline_dated", date="{d}").split("{d}")[1]
        dated = {d.id for d in notice.documents if d.dated_by_guide and not d.dated_as}
        replaced = {d.id: t.text("provenance.national_dated_replaced", provenance="{p}", piece=d.dated_as).split("{p}")[1]
                    for d in notice.documents if d.dated_as}
        assert not any(d.dated_as and (not d.dated_by_guide or d.deadline == "documents") for d in notice.documents)
        seen["not"] += sum(1 for d in notice.documents if d.national and d.id not in dated)
        for group in document_groups(notice):
            for row in group.rows:
                said_in_row = bool(row.provenance and row.provenance.endswith(suffix))
                assert said_in_row == (row.id in dated and not group.deadline_dated), (notice.slug, row.id, row.provenance)
                assert bool(row.provenance and row.id in replaced and row.provenance.endswith(replaced[row.id])) == (row.id in replaced)
                seen["row"] += said_in_row
                seen["replaced"] += row.id in replaced
            if group.deadline_dated:
                assert group.deadline and all(row.id in dated for row in group.rows), (notice.slug, group.name)
                seen["group"] += 1
        page = pages.notice_page(notice, dt.date(2023, 9, 1))
        assert page.count(line.strip()) == sum(g.deadline_dated for g in document_groups(notice)), notice.slug
        # the establishments page (one table per date, the notice's items and the national pieces mixed): in the row
        if pages.has_establishment_page(notice):
            from generator.site.establishment_view import establishment_view

            view = establishment_view(notice, dt.date(2023, 9, 1))
            by_label = {d.label: d.id for d in notice.documents}
            for row in view.routes:
                did = by_label[row.label]
                assert bool(row.provenance and row.provenance.endswith(suffix)) == (did in dated), (notice.slug, row.label)
                assert (suffix.strip() in row.details) == (did in dated), (notice.slug, row.label, row.details)  # (rendered)
                assert bool(row.provenance and did in replaced and row.provenance.endswith(replaced[did])) == (did in replaced), (notice.slug, row.label)
                seen["establishments"] = seen.get("establishments", 0) + (did in dated or did in replaced)
        ruleset = compile_ruleset(notice, content)
        for answers in ({}, {"nationality": "french", "birth_date": "2005-01-01", "specialty": "bat", "r408_waiver": "yes"}):
            result = engine.evaluate(ruleset, {k: v for k, v in answers.items() if k in {q["id"] for q in ruleset["questions"]}})
            view = checklist_view(notice, content)
            answer = answer_view(notice, ruleset, result, view.data["key_dates"], view.data["dates"], {})
            cli = text.render(ruleset, result, t)
            for doc in answer.documents:
                assert doc.source.endswith(suffix) == (doc.id in dated), (notice.slug, doc.id, doc.source)
                assert (doc.id in replaced and doc.source.endswith(replaced[doc.id])) == (doc.id in replaced), (notice.slug, doc.id, doc.source)
                seen["checklist"] += doc.id in dated
            # the command line: each piece's lines, up to the next piece, end with its source
            for doc in result["documents"]:
                block = cli.split(f"  - {doc['label']}\n", 1)[1].split("\n  - ", 1)[0].split("\n\n", 1)[0]
                assert block.rstrip().endswith(suffix) == (doc["id"] in dated), (notice.slug, doc["id"], block)
                assert (doc["id"] in replaced and block.rstrip().endswith(replaced[doc["id"]])) == (doc["id"] in replaced), (notice.slug, doc["id"], block)
    assert all(seen.values()) and seen.get("establishments"), seen


def test_which_national_pieces_the_guide_dates(notices):
    """merge: a national piece takes the notice's documents deadline; that date is the guide's choice unless the notice
    names the piece in a group of its list whose own items all have that deadline (Toulouse 2024's Maintenance des
    systèmes attestations); so is it for a piece the notice asks for in its text only, given that deadline. Nantes 2026's RQTH justification and Aix-Marseille 2023's JDC certificate are dated by the
    guide; a piece put in a group whose items have another date is too."""
    from generator.merge import _dated_by_guide

    by = {(n.slug, n.year): {d.id: d for d in n.documents} for n in notices}
    assert by[("nantes", 2026)]["r408_waiver_rqth"].dated_by_guide
    assert by[("aix-marseille", 2023)]["jdc_certificate"].dated_by_guide
    toulouse = by[("toulouse", 2024)]
    assert toulouse["ms_first_aid"].group and not toulouse["ms_first_aid"].dated_by_guide
    assert not any(d.dated_by_guide for d in toulouse.values() if not d.national and d.listed)
    # a piece of the notice's own it asks for in its text only (listed: false), on the documents deadline: the guide's
    # date too (a review, read44 M3: Toulouse 2024's language training certificate, IV-1); with a date of its own, not
    aix = by[("aix-marseille", 2023)]
    assert not aix["rare_language_training"].listed and aix["rare_language_training"].deadline == "documents"
    assert aix["rare_language_training"].dated_by_guide
    notice = next(n for n in notices if (n.slug, n.year) == ("aix-marseille", 2023))
    own_date = tuple(dataclasses.replace(d, dated_by_guide=False, deadline="other" if d.id == "rare_language_training" else d.deadline)
                     for d in notice.documents)
    assert not {d.id: d for d in _dated_by_guide(own_date, notice.session)}["rare_language_training"].dated_by_guide
    # the same piece in a group whose own items are due another day: the guide's date
    notice = next(n for n in notices if (n.slug, n.year) == ("toulouse", 2024))
    docs = tuple(dataclasses.replace(d, dated_by_guide=False, deadline="other" if not d.national and d.group == toulouse["ms_first_aid"].group else d.deadline)
                 for d in notice.documents)
    again = {d.id: d for d in _dated_by_guide(docs, notice.session)}
    assert again["ms_first_aid"].dated_by_guide
    # a notice with no documents deadline: nothing is dated by it
    undated = dataclasses.replace(notice.session, deadlines={k: v for k, v in notice.session.deadlines.items() if k != "documents"})
    assert not any(d.dated_by_guide for d in _dated_by_guide(docs, undated))


def _r408_outputs(notices, content, slug: str, year: int, answers: dict):
    """One frozen session's notice page (Markdown), and, for ``answers``, the build's answer, the command line's text and
    the engine's pieces, each text made plain (French typography, one line of words) for comparing."""
    from generator.checklist import text
    from generator.french import typography

    def plain(words: str) -> str:
        return " ".join(typography(words).replace("\u00a0", " ").replace("\u202f", " ").split())

    notice = next(n for n in notices if (n.slug, n.year) == (slug, year))
    ruleset = compile_ruleset(notice, content)
    result = engine.evaluate(ruleset, answers)
    assert not result["problems"], result["problems"]
    view = checklist_view(notice, content)
    answer = answer_view(notice, ruleset, result, view.data["key_dates"], view.data["dates"], {})
    return notice, plain, plain(unwrapped(pages.notice_page(notice, dt.date(2023, 9, 1)))), answer, plain(text.render(ruleset, result, notice.texts)), result


@pytest.mark.parametrize(("slug", "year", "answers"), [
    ("toulouse", 2024, {"department": "31", "situation": "repeater", "specialty": "batiment", "r408_waiver": "no"}),
    ("aix-marseille", 2023, {"department": "13", "situation": "repeater", "specialty": "batiment"}),
], ids=["toulouse-2024", "aix-marseille-2023"])
def test_a_piece_the_notice_lets_be_deposited_later_says_so_in_its_date_line(notices, content, slug, year, answers):
    """phone54 M3: the R408 attestation of Toulouse 2024 (« pièces pouvant être à déposer ultérieurement ») and of
    Aix-Marseille 2023 (« ou, le cas échéant dans les meilleurs délais ») read « Date limite : au plus tard le … » on one
    line and « D'après la notice, un dépôt plus tard est possible : « … » » on the next, taken for two deadlines. A
    piece with a date of its own says both in one sentence, in the words of the notice page's table
    (documents.late_deposit); one due on the date said above the list (these lists have one date: engine own_date
    False) says the later deposit alone, its date not again (NOTE55: « … sauf indication contraire sous l'une d'elles :
    au plus tard le mercredi 22 novembre 2023 », then « à déposer au plus tard le mercredi 22 novembre 2023 ; d'après la
    notice… » under the attestation). In the build's answer and on the command line alike (checklist.js:
    test_checklist_browser.py)."""
    notice, plain, page, answer, cli, result = _r408_outputs(notices, content, slug, year, answers)
    t = notice.texts
    dates = checklist_view(notice, content).data["dates"]
    late = [d for d in result["documents"] if d["late_deposit"]]
    assert late, slug
    pieces = cli[:cli.index(plain(t.text("checklist.dates")))]
    for doc in late:
        said = t.text("documents.late_deposit", date=dates[doc["deadline"]], words=doc["late_deposit"], office=office_reach(notice))
        [item] = [d for d in answer.documents if d.id == doc["id"]]
        # (the page's sentence, capitalised with its full stop: read57 L9)
        alone = plain(t.text("checklist_page.late_deposit", words=doc["late_deposit"], office=office_reach(notice)))
        if not doc["own_date"]:
            # its date said once, above the list (documents_due), the words alone under the piece (its own paragraph)
            assert doc["deadline"] == result["documents_due"]["deadline"], result["documents_due"]
            assert item.when is None and plain(item.late) == plain(t.text("checklist_page.late_deposit", words=doc["late_deposit"], office=office_reach(notice))), item
            assert plain(dates[doc["deadline"]]) in plain(answer.documents_due.text) and plain(said) not in cli, cli
            assert pieces.count(alone) == 1 and pieces.count(plain(dates[doc["deadline"]])) == 1, pieces
            continue
        # (ending with « . » as every other date line of the list: review66 L6)
        assert plain(item.when) == plain(t.text("checklist_page.deadline_before", date=said)) and item.late is None, item
        assert item.when.endswith("."), item.when
        assert plain(t.text("checklist.before", date=said)) in cli, cli
        # (no line of its own: the words only after the date; « Dates à retenir » says them again after « sauf pour »
        # under a « délai de rigueur »: fixr408)
        assert pieces.count(alone) == cli.count(plain(said)) == 1, cli
    for doc in late:
        # (the notice page gives these words too, beside the piece: documents.late_deposit_note under a table dated above)
        assert plain(doc["late_deposit"])[:40] in page, slug


def test_a_later_deposit_under_a_date_said_above_its_piece_is_the_page_s_sentence_on_the_command_line(notices, content):
    """read57 L9: pieces on two dates (Toulouse 2024's repeater in Bâtiment who presents « engagement étudiant »: its
    form has a date of its own), each date said once above its pieces; the R408 attestation, due on the date above it,
    says on a line of its own that the notice lets it come later. The command line began that line with the words
    written for inside a sentence (checklist.late_deposit: « d'après la notice, … », lower case, no full stop); it says
    the page's sentence (checklist_page.late_deposit: the build's answer, checklist.js), capitalised, with its stop."""
    from generator.checklist import text
    from generator.french import typography

    answers = {"department": "31", "situation": "repeater", "specialty": "batiment", "r408_waiver": "no", "engagement_etudiant": "yes"}
    notice, plain, page, answer, cli, result = _r408_outputs(notices, content, "toulouse", 2024, answers)
    assert result["documents_by_date"], result  # (the case: the piece's date said above it)
    [doc] = [d for d in result["documents"] if d["late_deposit"]]
    [item] = [d for d in answer.documents if d.id == doc["id"]]
    assert item.late and item.when is None, item
    lines = [plain(line) for line in typography(text.render(compile_ruleset(notice, content), result, notice.texts)).splitlines()]
    at = lines.index(plain(f"- {doc['label']}"))
    following = lines[at + 1:lines.index("", at)]
    assert plain(item.late) in following, following
    assert plain(item.late)[0].isupper() and plain(item.late).endswith("."), item.late


def test_toulouse_s_r408_later_deposit_has_no_date_and_its_notice_comes_before_another_notice_s_reading(notices, content):
    """phone55 L3: Toulouse 2024's R408 attestation (Bâtiment repeater). Its date line said « un dépôt plus tard est
    possible » (seed 000 l.88) without saying that the later date is unknown; the next paragraph gave Clermont-Ferrand's
    notice's reading of a national text, « lors de votre confirmation d'inscription » (seed 003 l.247), before « Pour
    cette pièce, suivez ce que dit la notice de l'académie ». The date line says the later date is « non précisée par la
    notice » and whom to ask; the notice's own rule comes first, the other notice's reading after it, « pour
    information »: in the build's answer and on the command line (checklist.js: test_checklist_browser.py)."""
    answers = {"department": "31", "situation": "repeater", "specialty": "batiment", "r408_waiver": "no"}
    notice, plain, page, answer, cli, result = _r408_outputs(notices, content, "toulouse", 2024, answers)
    t = notice.texts
    [doc] = [d for d in result["documents"] if d["late_deposit"] and d["national_dating"]]
    [item] = [d for d in answer.documents if d.id == doc["id"]]
    when = plain(item.when or item.late)  # (its date said above the list: the later deposit alone, NOTE55)
    assert "à une date non précisée par la notice" in when and when.index(plain(doc["late_deposit"])[:30]) < when.index("à une date non précisée"), when
    assert "demandez-la au bureau des examens" in when, when
    counts = plain(t.text("provenance.notice_date_counts", office=notice.office_reach))
    lines = [plain(line) for line in item.national_dating]
    assert lines[0] == counts and all(line.startswith("Pour information, selon ") for line in lines[1:]) and len(lines) > 1, lines
    assert "confirmation" in lines[1], lines
    # the command line: the same order, under the piece
    at = cli.index(plain(doc["label"]))
    assert at < cli.index(counts, at) < cli.index("Pour information, selon", at), cli[at:at + 1500]
    assert "à une date non précisée par la notice" in cli[at:cli.index(counts, at)], cli[at:at + 1500]



def test_toulouse_s_r408_exception_under_the_documents_deadline_says_its_date_is_not_given(notices, content):
    """fixr408: Toulouse 2024's documents deadline is « délai de rigueur », except for its R408 attestation (« sauf
    pièces pouvant être à déposer ultérieurement », seed 000 l.88). Its exception line, on the notice page's « Dates à
    retenir », in the notice's .ics event of that date, in the build's list of dates and on the command line, said the
    notice's words without saying that the later date is unknown. Each says, in the list's words (checklist.late_deposit,
    one wording), « à une date non précisée par la notice : demandez-la au bureau des examens »."""
    answers = {"department": "31", "situation": "repeater", "specialty": "batiment", "r408_waiver": "no"}
    notice, plain, page, answer, cli, result = _r408_outputs(notices, content, "toulouse", 2024, answers)
    t = notice.texts
    [doc] = [d for d in result["documents"] if d["late_deposit"]]
    late = plain(t.text("checklist.late_deposit", words=doc["late_deposit"], office=office_reach(notice)))
    assert "à une date non précisée par la notice : demandez-la au bureau des examens" in late
    # the notice page's dates table
    dates_table = page[page.index("Dates à retenir"):]
    assert plain(f"Pour « {doc['label']} », {late}") in dates_table, dates_table[:3000]
    # the notice's .ics event of the documents deadline (one line of its description)
    event = next(e for e in icalendar.Calendar.from_ical(ics.calendar(notice)).walk("VEVENT") if str(e["UID"]) == ics.uid(notice, doc["deadline"]))
    assert any(late in plain(line) for line in str(event["DESCRIPTION"]).split("\n")), str(event["DESCRIPTION"])
    # the build's list of dates, under the documents deadline
    [(_, exceptions)] = [(line, under) for line, under in answer.dates if line.value == doc["deadline"]]
    assert any(late in plain(e) for e in exceptions), exceptions
    # the command line, under « Dates à retenir » (the page's sentence, capitalised: fixcli57)
    at = cli.index(plain(t.text("checklist.dates")))
    assert plain(f"Pour « {doc['label']} », {late}") in cli[at:], cli[at:at + 1500]


def test_toulouse_s_r408_section_gives_the_notice_s_date_before_the_national_text(notices, content):
    """fixr408: on Toulouse 2024's notice page, the « Attestation R408 » section gave the national text as Clermont-
    Ferrand's notice reads it (« vous devez fournir, lors de votre confirmation d'inscription, … ») before the notice's
    own date and later deposit, and « Pour cette pièce, suivez ce que dit la notice » after both. As the personalised
    list orders them: the notice's date first, then what to follow, then the national text « pour information », said
    after whom the guide has it from, in the list's words."""
    answers = {"department": "31", "situation": "repeater", "specialty": "batiment", "r408_waiver": "no"}
    notice, plain, page, answer, cli, result = _r408_outputs(notices, content, "toulouse", 2024, answers)
    t = notice.texts
    section = page[page.index("## Attestation R408"):]
    section = section[:section.index("Liste nationale en vigueur")]
    own = section.index(plain(t.text("topics.notice_deadline", deadline="{}")).split("{}")[0])
    counts = section.index(plain(t.text("provenance.notice_date_counts", office=notice.office_reach)))
    lead_in = section.index("Pour information, selon la notice de Clermont-Ferrand (session 2024), qui cite un texte national (arrêté du 13 juillet 2023) que le guide n’a pas consulté :")
    national = section.index("lors de votre confirmation d’inscription")
    assert own < counts < lead_in < national, section
    assert "à une date non précisée par la notice" in section[own:counts], section
    # the list's words for the same source (checklist_page.national_dating_as_given, under the piece)
    [doc] = [d for d in result["documents"] if d["national_dating"]]
    [item] = [d for d in answer.documents if d.id == doc["id"]]
    listed = plain(item.national_dating[1])
    assert listed.startswith(section[lead_in:section.index(":", lead_in)].strip()), (listed, section[lead_in:lead_in + 200])

def test_the_r408_pieces_say_where_their_list_their_date_and_their_exemption_come_from(notices, content):
    """Three trust problems around the R408 attestation, on the frozen project (review41b M1, review41 M1, walk41b M3):
    - the national list in force (content/regulations.yaml) is the one Clermont-Ferrand's notice gives, its text not
      read: the checklist says so under the pieces it decides, as the page's title of the list does (Nantes 2024, which
      says nothing of R408);
    - Nantes 2026's RQTH justification replaces the notice's R408 attestation, due on 12 December: it is due then too,
      the guide's choice said so, on the page as in the checklist (it read 19 November in one place, 12 December in
      another);
    - Toulouse 2024 asks for its « Attestation de formation R408 » (« Obligatoire pour les spécialités suivantes : … »)
      and says nothing of the exemption: said next to the national justification, for a specialty of its list only."""
    source = "la notice de Clermont-Ferrand (session 2024)"
    base = {"department": "44", "situation": "repeater", "specialty": "batiment"}

    # Nantes 2024, Bâtiment without RQTH: the annexes (5) from the list as Clermont-Ferrand's notice gives it
    notice, plain, page, answer, cli, result = _r408_outputs(notices, content, "nantes", 2024, {**base, "r408_waiver": "no"})
    t = notice.texts
    assert notice.r408.national_as_given_by == source
    qualified = t.text("standing.annexes_as_given", annexes=t.text("r408.annex", annex=5), notice=source)
    bare = t.text("standing.annexes", annexes=t.text("r408.annex", annex=5))
    [doc] = [d for d in answer.documents if d.id == "r408_attestation"]
    assert doc.annexes and plain(doc.annexes.text) == plain(qualified) and doc.r408_list is None
    assert plain(qualified) in cli and plain(bare) not in cli
    assert plain(t.text("r408.national_list_as_given", notice=source)) in page  # (the page's title of the list)
    # with RQTH: the justification, which the list decides too, says where the list comes from
    notice, plain, page, answer, cli, result = _r408_outputs(notices, content, "nantes", 2024, {**base, "r408_waiver": "yes"})
    [doc] = [d for d in answer.documents if d.id == "r408_waiver_rqth"]
    line = plain(t.text("standing.r408_list_as_given", notice=source))
    assert doc.annexes is None and plain(doc.r408_list) == line and line in cli
    assert doc.unwaived is None  # (the notice says nothing of R408: no item of it to set against the exemption)

    # Nantes 2026, Bâtiment with RQTH: the R408 attestation's date, 12 December, the guide's choice, said so
    answers = {"department": "44", "situation": "in_person", "route": "scolaire", "specialty": "batiment", "r408_waiver": "yes"}
    notice, plain, page, answer, cli, result = _r408_outputs(notices, content, "nantes", 2026, answers)
    t = notice.texts
    item = next(d for d in notice.documents if d.id == "r408")
    rqth = next(d for d in notice.documents if d.id == "r408_waiver_rqth")
    assert (rqth.deadline, rqth.dated_as, rqth.unwaived) == ("attestations", item.label, item.label) and item.deadline == "attestations"
    [doc] = [d for d in answer.documents if d.id == "r408_waiver_rqth"]
    # (its date the heading of its group, the list's pieces falling on two dates: documents_by_date)
    [heading] = [h for h, docs in answer.documents_groups if doc in docs]
    assert doc.when is None and "12\u00a0décembre\u00a02025" in heading.text and "19\u00a0novembre" not in heading.text
    dated = plain(t.text("provenance.national_dated_replaced", provenance="{p}", piece=item.label).split("{p}")[1])
    # (the arrêté that lets it, which Nantes 2026 does not cite, with the notice that does)
    note = plain(notice.replaced_unwaived(item.label, notice.unwaived_texts(rqth)))
    assert ("c'est l'arrêté du 13 juillet 2023, cité par la notice de Clermont-Ferrand (session 2024) et non consulté par le guide, "
            "qui permet") in note.replace("’", "'")
    assert plain(doc.source).endswith(dated) and plain(doc.unwaived) == note
    block = cli.split(plain(rqth.label), 1)[1].split(" - ", 1)[0]
    assert note in block and dated in block
    heading = cli.split(plain(rqth.label), 1)[0].rsplit("Date limite", 1)[1]
    assert "12 décembre 2025" in heading and "19 novembre" not in heading
    row = page.split(plain(rqth.label) + " |", 1)[1].split("\n")[0] if plain(rqth.label) + " |" in page else page.split(plain(rqth.label), 1)[1][:1500]
    assert "12 décembre 2025" in row and "19 novembre" not in row and note in row and dated in row, row
    assert "attestations" in {d["id"] for d in result["deadlines"]}  # (the candidate's calendar: checklist.js, from these)

    # Toulouse 2024, Bâtiment with RQTH: the notice's « obligatoire » attestation, without exemption, said next to it
    answers = {"department": "31", "situation": "experience", "sat_before": "no", "specialty": "batiment", "r408_waiver": "yes",
               "nationality": "foreign", "disability": "no"}
    notice, plain, page, answer, cli, result = _r408_outputs(notices, content, "toulouse", 2024, answers)
    t = notice.texts
    [doc] = [d for d in answer.documents if d.id == "r408_waiver_rqth"]
    rqth = next(d for d in notice.documents if d.id == "r408_waiver_rqth")
    note = plain(notice.replaced_unwaived("Attestation de formation R408", notice.unwaived_texts(rqth)))
    assert "cité par la notice de Clermont-Ferrand (session 2024) et non consulté par le guide, qui permet" in note
    assert plain(doc.unwaived) == note and note in cli and note in page
    assert plain(t.text("provenance.dated_by_guide", provenance="{p}").split("{p}")[1]) in plain(doc.source)  # (its date: the documents deadline)
    # FAB, on the national list only: the notice's R408 item is not for it, nothing is said of it
    notice, plain, page, answer, cli, result = _r408_outputs(notices, content, "toulouse", 2024, {**answers, "specialty": "fab"})
    [doc] = [d for d in answer.documents if d.id == "r408_waiver_rqth"]
    assert doc.unwaived is None and note not in cli


def test_a_national_r408_list_the_guide_read_never_says_its_text_was_not_read(notices, content):
    """A national R408 list without ``as_given_by`` is one the guide read in its text: its title is the plain one, a row
    without annexes says the text does not give them (not « texte non consulté »), and the checklist says nothing of
    where the list comes from; with ``as_given_by``, a row without annexes names the notice the list is from."""
    from generator.site.notice_view import r408_view

    notice = next(n for n in notices if (n.slug, n.year) == ("toulouse", 2024))
    t = notice.texts
    national = notice.r408.national
    assert national.as_given_by is not None and any(e.annexes for e in national.specialties)
    bare = dataclasses.replace(national, specialties=tuple(dataclasses.replace(e, annexes=()) for e in national.specialties))
    as_given = dataclasses.replace(notice, r408=dataclasses.replace(notice.r408, national=bare))
    # (the list read in its text: content/regulations.yaml without its as_given_by, which Notice.unconsulted reads for
    # every list, in force or not: review58 L3)
    read = dataclasses.replace(
        notice, r408=dataclasses.replace(notice.r408, national=dataclasses.replace(bare, as_given_by=None), national_as_given_by=None),
        unread_list_texts=notice.unread_list_texts - {t.title for t in notice.r408.national_texts},
    )
    none = t.text("r408.national_annexes_none")
    by_notice = t.text("r408.national_annexes_as_given", notice=notice.r408.national_as_given_by)
    assert r408_view(read).national_annexes == t.text("r408.national_annexes_all", annexes=none)
    assert r408_view(as_given).national_annexes == t.text("r408.national_annexes_all", annexes=by_notice)
    section = pages.notice_page(read, dt.date(2023, 9, 1)).split("{ #r408 }", 1)[1].split("\n## ", 1)[0]
    assert "non consulté" not in section and t.text("r408.national_list") in section, section
    ruleset = compile_ruleset(read, content)
    assert ruleset["r408_as_given_by"] is None
    result = engine.evaluate(ruleset, {"department": "31", "situation": "experience", "specialty": "fab", "r408_waiver": "no"})
    assert [d["r408_as_given_by"] for d in result["documents"] if d["id"] == "r408_attestation"] == [None]
    # a row of its own without annexes among rows with annexes (no line under the table then): the same words
    mixed = dataclasses.replace(national, as_given_by=None, specialties=(dataclasses.replace(national.specialties[0], annexes=()),) + national.specialties[1:])
    rows = r408_view(dataclasses.replace(notice, r408=dataclasses.replace(notice.r408, national=mixed, national_as_given_by=None))).national_rows
    assert none in {r.annexes for r in rows} and not any("non consulté" in r.annexes for r in rows)


def test_a_contact_named_without_any_way_to_reach_it_says_so(notices, content):
    """Clermont-Ferrand 2024 names the rectorate's VAE service, where its VAE candidates are sent, without an e-mail,
    phone, address or page (walk41b L8: the answer said « les contacts plus bas peuvent vous dire… » over a bare name).
    Its card says « Coordonnées : non précisées par la notice. » on the page, in the build's answer and on the command
    line; a contact with any way to reach it does not, nor the exam office (the notice's own contacts may reach it:
    Nantes 2024's case officer of the « bureau DEC 4-1 »)."""
    from generator.checklist import text

    seen = 0
    for notice in notices:
        words = notice.texts.text("contacts.no_details")
        ruleset = compile_ruleset(notice, content)
        for answers in ({}, {"department": "63", "situation": "vae"}):
            if answers and notice.slug != "clermont-ferrand":
                continue
            result = engine.evaluate(ruleset, answers)
            bare = [c for c in result["contacts"] if c.get("office") and c["kind"] != "exam_office"
                    and not any(c["office"][f] for f in ("emails", "phones", "address", "url"))]
            view = checklist_view(notice, content)
            answer = answer_view(notice, ruleset, result, view.data["key_dates"], view.data["dates"], {})
            said = [c for c in answer.contacts if any(line[0] == words for line in c.lines)]
            assert len(said) == len(bare), (notice.slug, answers, said, bare)
            # then where to look: the academy's site (review41b L1: « les contacts plus bas peuvent vous dire… »)
            site = ruleset["academy"]["website"]
            for card in said:
                assert [line[1] for line in card.lines] == [None] + ([site] if site else []), card.lines
                # its words as a person types them, as every other link named by its address (fixaddr59; review79 M2:
                # this line alone still wrote « https://… » with its address_words call removed, no test seeing it)
                assert [line[2] for line in card.lines] == [None] + ([address_words(site)] if site else []), card.lines
            assert text.render(ruleset, result, notice.texts).count(words) == len(bare), (notice.slug, answers)
            seen += len(bare)
        page = pages.notice_page(notice, dt.date(2023, 9, 1))
        from generator.site.notice_view import contacts as page_contacts

        offices = page_contacts(notice).offices
        expected = sum(1 for i, o in enumerate(offices) if not (o.emails or o.phones or o.address or o.url) and (i or notice.exam_office is None))
        assert page.count(words) == expected, (notice.slug, notice.year)
    assert seen


def test_someone_of_the_exam_office_is_said_under_it_not_as_another_contact(notices, content):
    """read50 L7: Nantes 2024's notice names its case officer under « Bureau DEC 4-1 » in its header (« dossier suivi
    par : Antoine BELETEAU »); the command line printed him as a second bullet, the list as a second item and the page
    as a heading of the same level, as if he were a second contact. A session's contact whose postal address opens with
    the exam office's name is said under it: indented on the command line, a list inside the office's item in the
    build's answer (checklist.js the same: tests/checklist/test_checklist_browser.py), a heading under its heading on
    the page; a contact of its own stays one."""
    from generator.checklist import text

    notice = next(n for n in notices if (n.slug, n.year) == ("nantes", 2024))
    [person] = [c for c in notice.section("contacts") if c.name == "Antoine BELETEAU"]
    assert person.address[0] == notice.exam_office.name
    ruleset = compile_ruleset(notice, content)
    result = engine.evaluate(ruleset, {"department": "85", "situation": "distance"})
    [office] = [c for c in result["contacts"] if c["kind"] == "exam_office"]
    assert [p["name"] for p in office["people"]] == ["Antoine BELETEAU"]
    assert not any(c.get("office") and c["office"]["name"] == "Antoine BELETEAU" for c in result["contacts"] if c is not office)
    cli = text.render(ruleset, result, notice.texts).replace("\u00a0", " ").replace("\u202f", " ")
    block = cli.split("\n  - Bureau DEC 4-1\n", 1)[1].split("\n\n", 1)[0].splitlines()
    assert block[1] == "    Antoine BELETEAU" and block[3].startswith("      Courriel : antoine.beleteau@"), block
    assert "  - Antoine BELETEAU" not in cli
    view = checklist_view(notice, content)
    answer = answer_view(notice, ruleset, result, view.data["key_dates"], view.data["dates"], {})
    [card] = [c for c in answer.contacts if c.name == "Bureau DEC 4-1"]
    assert [p.name for p in card.people] == ["Antoine BELETEAU"] and not any(c.name == "Antoine BELETEAU" for c in answer.contacts)
    html = unwrapped(output_of(checklist_page(notice, content)))
    assert re.search(r'<li><strong>Bureau DEC 4-1</strong>.*?<ul class="bts-checklist-contact-people"><li><strong>Antoine BELETEAU</strong>', html, re.S)
    page = unwrapped(pages.notice_page(notice, dt.date(2023, 9, 1)))
    assert re.search(r"^### Bureau DEC 4-1\n(?:(?!^###).*\n)*^#### Antoine BELETEAU$", page, re.M), page.split("## Contacts", 1)[1][:600]
    # a contact of its own (Nantes 2026's positioning office): a bullet, an item, a heading of its own
    other = next(n for n in notices if (n.slug, n.year) == ("nantes", 2026))
    ruleset = compile_ruleset(other, content)
    result = engine.evaluate(ruleset, {})
    assert not any(c.get("people") for c in result["contacts"])
    assert "\n  - Secrétariat des IEN et ET-EG\n" in text.render(ruleset, result, other.texts)
    assert "\n### Secrétariat des IEN et ET-EG\n" in pages.notice_page(other, dt.date(2025, 9, 1))


def test_the_list_dials_a_phone_as_the_notice_page_does(notices, content):
    """A review (read48 L12): the notice pages linked « 02 40 37 38 38 » as tel:+33240373838, the personal list as
    tel:0240373838, which does not dial from abroad (a candidate living abroad gets the list). Every tel: link of the
    build's answer is one of the notice page's, in the international form."""
    seen = 0
    for notice in notices:
        listed = set(re.findall(r'href="(tel:[^"]*)"', checklist_page(notice, content)))
        on_page = set(re.findall(r"tel:\+?[0-9]+", pages.notice_page(notice, dt.date(2023, 9, 1))))
        assert listed <= on_page, (notice.slug, listed - on_page)
        assert all(href.startswith("tel:+33") for href in listed), listed
        seen += len(listed)
    assert seen, "no phone in the build's answers"


def test_a_list_the_notice_does_not_give_whole_says_so_under_its_title_and_on_the_bar(notices, content, capsys):
    """A review (phone48 L4): Nantes 2024's list was counted « 6 pièces à déposer » on the bar, and that it cannot be
    complete (the notice sends to CYCLADES's own list) came last, after the contacts. Under the list's title, before
    its pieces, in the build's answer and on the command line (checklist.js: partialList, the same place); the bar says
    « Au moins n pièces » (« …, liste incomplète » until phone56 M1); a notice that gives its whole list says neither."""
    from generator.checklist.cli import load_texts
    from generator.checklist.text import partial_list_words
    from generator.cli import main
    from generator.french import typography

    texts, _ = load_texts(FROZEN)
    seen = set()
    for notice in notices:
        ruleset = compile_ruleset(notice, content)
        partial = partial_list_words(ruleset, notice.texts)
        seen.add(partial is not None)
        body = checklist_page(notice, content)
        answer = output_of(body)
        title = re.search(r"<h3 data-documents-title>Pièces à déposer[^<]*</h3>\n(<[^>]*>)", answer)
        assert title, notice.slug
        assert (title.group(1) == '<p class="bts-checklist-remaining" data-partial-list>') == (partial is not None), (notice.slug, title.group(1))
        assert answer.count("data-partial-list") == (partial is not None)
        bar = re.search(BUILT_COUNT, body).group(1)
        assert bar.startswith("Au moins") == (partial is not None), bar
        assert main(["--root", str(FROZEN), "checklist", "--academy", notice.slug, "--session", str(notice.year)]) == 0
        lines = capsys.readouterr().out.splitlines()
        # (« Pièces demandées » once the session's dates are over on the machine's day: walk67b L1)
        heading = next(i for i, line in enumerate(lines) if line.startswith((typography("Pièces à déposer"), typography("Pièces demandées"))))
        # (where the pieces go said after it: test_the_answer_says_where_the_pieces_go_…, review67b L5)
        deposit = {" ".join(typography(s).split()) for s in ruleset["documents_deposit"]}
        lines = lines[:heading + 1] + [line for line in lines[heading + 1:] if " ".join(line.split()) not in deposit]
        if partial is not None:
            assert " ".join(lines[heading + 1].split()) == " ".join(typography(partial).split())
            assert sum(" ".join(typography(partial).split()) in " ".join(line.split()) for line in lines) == 1
        else:  # (the pieces, after the date most of them share, said once: engine documents_due)
            due = [typography(texts.text(f"checklist.documents_due_{k}", date="")) for k in ("all", "most")]
            first = heading + 2 if any(lines[heading + 1].startswith("  " + d) for d in due) else heading + 1
            assert lines[first].startswith("  - "), lines[heading + 1]
    assert seen == {True, False}, seen


def test_the_answer_says_where_the_pieces_go_in_the_notice_page_s_words_on_every_output(notices, content, capsys):
    """review67b L5: only the notice page said where the pieces go (documents_deposit:); the checklist's answer did not.
    Under the list's title, the page's sentences, the same words: the build's answer (print before the engine answers),
    the data checklist.js writes them from, and the command line; each frozen notice (Nantes 2026: two ways, the
    candidate or the establishment depending on the case, in one sentence that names their passage once: review68b L3)."""
    from generator.cli import main
    from generator.french import typography
    from generator.site.words import deposit_sentences, deposit_ways

    def plain(text: str) -> str:
        return " ".join(unescape(re.sub(r"<[^>]+>", "", text)).replace("’", "'").split())

    counts = set()
    for notice in notices:
        sentences = deposit_sentences(notice)
        counts.add((len(sentences), len(deposit_ways(notice) or ())))
        page = plain(pages.notice_page(notice, dt.date(2023, 9, 1)).replace("\\", ""))
        assert all(plain(s) in page for s in sentences), (notice.slug, sentences)
        body = checklist_page(notice, content)
        answer = output_of(body)
        said = [plain(p) for p in re.findall(r'<p class="bts-checklist-deposit" data-deposit>(.*?)</p>', answer, re.S)]
        assert said == [plain(s) for s in sentences], (notice.slug, said)
        # under the list's title, before its pieces (after the note that the list is partial, when it is)
        assert answer.index("data-documents-title") < answer.index("data-deposit") < answer.index('class="bts-checklist-documents"'), notice.slug
        assert [plain(s) for s in page_data(body)["documents_deposit"]] == [plain(s) for s in sentences], notice.slug
        assert main(["--root", str(FROZEN), "checklist", "--academy", notice.slug, "--session", str(notice.year)]) == 0
        lines = [plain(line) for line in capsys.readouterr().out.splitlines()]
        heading = next(i for i, line in enumerate(lines) if line.startswith(("Pièces à déposer", "Pièces demandées")))
        first = next(i for i, line in enumerate(lines) if i > heading and line.startswith("- "))
        assert [line for line in lines[heading:first] if line in [plain(typography(s)) for s in sentences]] == [plain(typography(s)) for s in sentences], (notice.slug, lines[heading:first])
    assert counts == {(1, 1), (1, 2)}, counts


def test_an_answered_date_is_said_in_words_in_the_browser_as_on_the_command_line():
    """read49 L5: an answered birth date read « 10/05/2003 » in a reason. checklist.js dayWords writes it as the command
    line and the pages do (site/dates.py: date_words, « 10 mai 2003 », « 1er octobre 2025 », no-break spaces after
    the day and the month: dates71), for every month and the first and last days."""
    import subprocess

    from generator.site.dates import date_words

    days = [dt.date(2003, 5, 10), dt.date(2025, 10, 1), dt.date(2000, 2, 29), dt.date(1999, 12, 31)]
    days += [dt.date(2004, month, 1 + month) for month in range(1, 13)]
    script = js_function(ROOT / "site_overrides" / "assets" / "checklist" / "checklist.js", "dayWords")
    script += '\nconst days = JSON.parse(require("fs").readFileSync(0, "utf8"));\nprocess.stdout.write(JSON.stringify(days.map(dayWords)));'
    run = subprocess.run([node_path(), "-e", script], input=json.dumps([d.isoformat() for d in days]), capture_output=True, text=True, timeout=60, check=True)
    assert json.loads(run.stdout) == [date_words(d) for d in days]
    assert date_words(dt.date(2003, 5, 10)) == "10\u00a0mai\u00a02003"


def test_a_past_session_s_bar_says_the_pieces_were_asked_not_to_deposit(notices, content):
    """A review (phone49 L7): a past session's bar read « 2 pièces à déposer » beside « Toutes les dates limites de
    cette session sont passées ». Past on the day of the build: « … demandées » (checklist.js says
    the same once its « Session passée » box shows: tests/site/test_checklist_phone_browser.py), a partial list still
    said so (review55 L2)."""
    from generator.checklist.text import partial_list_words

    pending = 0
    for notice in notices:
        last = last_date(notice)
        count = len(engine.evaluate(compile_ruleset(notice, content), {})["documents"])
        past = re.search(BUILT_COUNT, checklist_page(notice, content, today=last.date() + dt.timedelta(days=1))).group(1)
        partial = partial_list_words(compile_ruleset(notice, content), notice.texts) is not None
        key = "checklist_page.summary_documents_past_partial" if partial else "checklist_page.summary_documents_past"
        assert past == notice.texts.text(key, count=count).replace("'", "’"), past
        page = checklist_page(notice, content, today=last.date())
        before = re.search(BUILT_COUNT, page).group(1)
        # (on the last date, a piece depending on an answer's: the candidate's own dates passed so far, its pieces
        # « demandées » already, said beside them; review73 M4, the test above)
        following = re.search(r'data-summary="next">(?:<span data-bts-over-at="[^"]*">)?([^<]*)<', page)
        if following and following.group(1) == notice.texts.text("checklist_page.summary_passed_pending_unanswered"):
            assert "demandée" in before, before
            pending += 1
        else:
            assert "demandée" not in before, before
    assert 0 < pending < len(notices)


def test_the_list_s_title_says_the_pieces_were_asked_whenever_the_bar_does(notices, content, monkeypatch, capsys):
    """walk67b L1: after the window (Toulouse 2024 on 15 December 2023) the bar said « 6 pièces demandées » and every
    date « date passée », the list's title « Pièces à déposer (6) », on the page and on the command line. The one
    decision (page.documents_past, checklist.js datesPast): the build's title says « Pièces demandées » exactly when its
    bar's count does; a build made before that moment carries the title for then from the first instant its bar's count
    says « demandées » (data-bts-from-at, shown by past.js); the command line with BTS_GUIDE_TODAY says the same as the
    page built that day."""
    from generator.cli import main

    titles = re.compile(r'<h3 data-documents-title>(.*?)</h3>', re.S)
    said = {True: 0, False: 0, "later": 0}
    # The bar says the pieces asked by its count (« … demandées ») or, a partial list's count being the same words
    # before and after (« Au moins n pièces », bar67), by its line under it: the dates passed (summary_passed…)
    keys = ("summary_passed", "summary_passed_undated", "summary_passed_undated_own", "summary_passed_pending",
            "summary_passed_pending_unanswered")

    def passed(notice, words):
        for key in keys:
            try:
                said = notice.texts.text(f"checklist_page.{key}")
            except ValueError:  # (its count: the words before it)
                said = notice.texts.text(f"checklist_page.{key}", count=9).split("9")[0]
            if words.startswith(said.replace("'", "’")) and (len(said) == len(words) or said.endswith(" ")):
                return True
        return False

    def asked_in(notice, count, words):
        return "demandée" in count or passed(notice, words)

    for notice in notices:
        last = last_date(notice).date()
        closing = (notice.closing or last_date(notice)).date()  # (Nantes 2026 does not date its closing)
        days = [closing - dt.timedelta(days=20), closing + dt.timedelta(days=1), last, last + dt.timedelta(days=1)]
        for day in days:
            page = checklist_page(notice, content, today=day)
            count = len(engine.evaluate(compile_ruleset(notice, content), {})["documents"])
            following = re.search(r'data-summary="next"(?: class="[^"]*")?>(?:<span data-bts-over-at="[^"]*">)?([^<]*)<', page)
            asked = asked_in(notice, re.search(BUILT_COUNT, page).group(1), following.group(1) if following else "")
            title = titles.search(output_of(page)).group(1)
            words = notice.texts.text("checklist_page.documents_title_past" if asked else "checklist_page.documents_title", count=count)
            # (the bar's words for later moments: its count's spans, then its next line's, from the same instants)
            counts = re.findall(r'data-bts-from-at="([^"]*)"[^>]*>([^<]*)<', re.search(r'data-summary="documents">.*?</span> ', page).group(0))
            lines = re.findall(r'data-summary="later" hidden data-bts-from-at="([^"]*)"[^>]*>([^<]*)<', page)
            switch = next((at for (at, count_words), (_, line) in zip(counts, lines) if asked_in(notice, count_words, line)), None)
            if switch and not asked:
                # (before it: the title of the build's day, hidden from the bar's instant; after: the one for then)
                assert title == (f'<span data-bts-over-at="{switch}">{words}</span><span hidden data-bts-from-at="{switch}">'
                                 f'{notice.texts.text("checklist_page.documents_title_past", count=count)}</span>').replace("'", "’"), title
                said["later"] += 1
            else:
                assert title == words.replace("'", "’"), (notice.slug, day, title)
            said[asked] += 1
            monkeypatch.setenv("BTS_GUIDE_TODAY", day.isoformat())
            assert main(["--root", str(FROZEN), "checklist", "--academy", notice.slug, "--session", str(notice.year)]) == 0
            out = capsys.readouterr().out
            key = "checklist.documents_past" if asked else "checklist.documents"
            assert notice.texts.text(key, count=count).replace("'", "’") in out.splitlines(), (notice.slug, day, out)
    assert all(said.values()), said


def test_for_everyone_is_not_said_above_a_source_line_that_says_it(notices, content):
    """read54 L5: under each of Toulouse 2024's pieces « Pour tous les candidats. », then « Notice de l'académie — Pour
    tous les candidats ». The line is left out where the source line says it (text.said_by_source), kept elsewhere
    (Nantes 2024's pieces come from « II- Inscription définitive »), in the build's answer and on the command line;
    checklist.js saidBySource reads the same words the same way (run under Node)."""
    import subprocess

    from generator.checklist import text
    from generator.checklist.text import document_source, said_by_source

    cases = [
        ("Pour tous les candidats.", "Notice de l'académie — Pour tous les candidats", True),
        ("pour tous les candidats", "Notice de l’académie — Pour\u00a0tous les candidats ; intitulé du guide", True),
        ("Pour tous les candidats.", "Notice de l'académie — Pour tous les candidats majeurs", False),
        ("Pour tous les candidats.", "Notice de l'académie — « II- INSCRIPTION DEFINITIVE »", False),
        # (a heading the source line quotes, as the notice writes it: quote77)
        ("Pour tous les candidats.", "Notice de l'académie — « Liste des pièces », « Pour tous les candidats »", True),
        ("Pour tous les candidats.", "Notice de l'académie — « PIÈCES », « POUR TOUS LES CANDIDATS » ; intitulé du guide", True),
        ("Pour tous les candidats.", "Notice de l'académie — « Pour tous les candidats majeurs »", False),
        ("Pour tous les candidats.", "Notice de l'académie — « Liste » pour tous les candidats", False),
        ("Pour tous les candidats.", "Règle nationale — arrêté du 13 juillet 2023 ; non mentionnée par la notice", False),
    ]
    assert [said_by_source(words, source) for words, source, _ in cases] == [said for _, _, said in cases]
    script = js_function(ROOT / "site_overrides" / "assets" / "checklist" / "checklist.js", "saidBySource")
    script += '\nconst cases = JSON.parse(require("fs").readFileSync(0, "utf8"));\nprocess.stdout.write(JSON.stringify(cases.map(([w, s]) => saidBySource(w, s))));'
    run = subprocess.run([node_path(), "-e", script], input=json.dumps([c[:2] for c in cases]), capture_output=True, text=True, timeout=60, check=True)
    assert json.loads(run.stdout) == [said for _, _, said in cases]
    seen = {True: 0, False: 0}
    for notice in notices:
        ruleset = compile_ruleset(notice, content)
        result = engine.evaluate(ruleset, {})
        view = checklist_view(notice, content)
        answer = answer_view(notice, ruleset, result, view.data["key_dates"], view.data["dates"], {})
        cli = text.render(ruleset, result, notice.texts).splitlines()
        for doc, item in zip(result["documents"], answer.documents):
            if doc["why"]:
                continue
            said = said_by_source(notice.texts.text("checklist_page.why_all"), document_source(doc, notice.texts))
            seen[said] += 1
            assert (item.why is None) == said, (notice.slug, doc["id"], item.why)
            after = cli[cli.index(f"  - {doc['label']}") + 1].strip()
            assert (after == notice.texts.text("checklist.for_everyone")) == (not said), (notice.slug, doc["id"], after)
    assert seen[True] and seen[False], seen


def test_dates_limites_names_the_deadlines_it_leaves_to_dates_a_retenir(notices, content):
    """read55 L8: Clermont-Ferrand 2024's « Dates limites » (the summary the answer opens with) left out its earliest
    date, reporting a confirmation e-mail not received by 14 November (a step's, which only some candidates meet), with
    nothing saying so. Under the summary, a line names each deadline of « Dates à retenir » it does not say
    (answer.other_deadlines), pointing there; none where it says them all. checklist.js (otherDeadlines, under Node
    with the same result and page data) names the same ones."""
    from generator.checklist.answer import other_deadlines
    from generator.french import typography

    node = node_path()
    script_js = ROOT / "site_overrides" / "assets" / "checklist" / "checklist.js"
    functions = "\n".join(js_function(script_js, name) for name in ("ownDeadlines", "openingDates", "otherDeadlines"))
    seen = set()
    for notice in notices:
        view = checklist_view(notice, content)
        answer = output_of(checklist_page(notice, content))
        summary = answer[: answer.index("</div>")]
        result = engine.evaluate(compile_ruleset(notice, content), {})
        others = other_deadlines(result, view.data["key_dates"])
        said = re.search(r'<p class="bts-checklist-key-dates-more">(.*?)</p>', summary)
        assert bool(said) == bool(others), (notice.slug, notice.year)
        for deadline in others:
            assert typography(deadline["label"]).replace("'", "&#39;") in said.group(1).replace("’", "&#39;") or typography(deadline["label"]) in said.group(1)
            seen.add((notice.slug, deadline["id"]))
        run = subprocess.run([node, "-"], input=(f"const data = {json.dumps(view.data)};\n{functions}\n"
                              f"process.stdout.write(JSON.stringify(otherDeadlines({json.dumps(result)}).map((d) => d.id)));"),
                             capture_output=True, text=True, timeout=60, check=True)
        assert json.loads(run.stdout) == [d["id"] for d in others], notice.slug
    assert ("clermont-ferrand", "missing_email") in seen, seen


def test_dates_limites_keeps_an_undated_own_deadline_and_names_the_others_with_their_dates(notices, content):
    """review66 L3, phone56 L3: an own deadline the notice does not date (real Nantes 2024's exam-adjustment request)
    fell out of « Dates limites » and was named under it as a « date limite » left to « Dates à retenir »; the line said
    « Selon votre cas » for Nantes 2024's last day to change a pre-registration, which concerns everyone, and named
    Clermont-Ferrand's e-mail step without its date. « Dates limites » keeps the undated one (last, « non précisée »,
    as a key date); the line under it names only dated deadlines, each with its date (and its step when a step gives
    it), two joined by « et »; checklist.js (under Node) the same ones."""
    from generator.checklist.answer import opening_dates, other_deadlines
    from generator.french import typography

    node = node_path()
    script_js = ROOT / "site_overrides" / "assets" / "checklist" / "checklist.js"
    functions = "\n".join(js_function(script_js, name) for name in ("ownDeadlines", "openingDates", "otherDeadlines"))
    # an own deadline without a date: Toulouse 2024's request, its date taken out (as real Nantes 2024's)
    notice = next(n for n in notices if (n.slug, n.year) == ("toulouse", 2024))
    view = checklist_view(notice, content)
    result = engine.evaluate(compile_ruleset(notice, content), {"situation": "distance", "disability": "yes", "exam_adjustment": "yes"})
    [request] = [d for d in result["deadlines"] if d["id"] == result["exam_adjustment"]["deadline"]["id"]]
    request.update(end=None, start=None)
    opening = [d["id"] for d in opening_dates(result, view.data["key_dates"])]
    assert opening[-1] == request["id"] and request["id"] not in {d["id"] for d in other_deadlines(result, view.data["key_dates"])}, opening
    run = subprocess.run([node, "-"], input=(f"const data = {json.dumps(view.data)};\n{functions}\n"
                          f"process.stdout.write(JSON.stringify([openingDates({json.dumps(result)}).map((d) => d.id), otherDeadlines({json.dumps(result)}).map((d) => d.id)]));"),
                         capture_output=True, text=True, timeout=60, check=True)
    assert json.loads(run.stdout) == [opening, []], run.stdout
    # Clermont-Ferrand 2024: the e-mail step's deadline with its date and its step; two such: joined by « et »
    notice = next(n for n in notices if (n.slug, n.year) == ("clermont-ferrand", 2024))
    ruleset = compile_ruleset(notice, content)
    view = checklist_view(notice, content)
    result = engine.evaluate(ruleset, {})
    dates = view.data["dates"]
    more = typography(answer_view(notice, ruleset, result, view.data["key_dates"], dates, {}).key_dates_more.text)
    assert "Selon votre cas" not in more and typography(dates["missing_email"]) in more, more
    assert typography("(étape « Mél de confirmation »)") in more and more.endswith("."), more
    [email] = [d for d in result["deadlines"] if d["id"] == "missing_email"]
    result["deadlines"].append({**email, "id": "second", "label": "Une seconde date"})
    more = typography(answer_view(notice, ruleset, result, view.data["key_dates"], {**dates, "second": dates["missing_email"]}, {}).key_dates_more.text)
    assert more.startswith("D’autres dates limites figurent") and typography(" et « Une seconde date »") in more and ";" not in more, more
    # a step's deadline the notice does not date (not one of the candidate's own: not in « Dates limites »): not named
    # under it either, the line naming only dated deadlines (answer.py other_deadlines, checklist.js otherDeadlines: the
    # « d.end » of each; review67 L3, no test read it)
    undated = engine.evaluate(ruleset, {})
    [email] = [d for d in undated["deadlines"] if d["id"] == "missing_email"]
    email.update(end=None, start=None)
    assert email["id"] not in {d["id"] for d in opening_dates(undated, view.data["key_dates"])}
    assert other_deadlines(undated, view.data["key_dates"]) == [], other_deadlines(undated, view.data["key_dates"])
    assert answer_view(notice, ruleset, undated, view.data["key_dates"], dates, {}).key_dates_more is None
    run = subprocess.run([node, "-"], input=(f"const data = {json.dumps(view.data)};\n{functions}\n"
                          f"process.stdout.write(JSON.stringify(otherDeadlines({json.dumps(undated)}).map((d) => d.id)));"),
                         capture_output=True, text=True, timeout=60, check=True)
    assert json.loads(run.stdout) == [], run.stdout


def test_a_dated_request_a_renewal_may_be_dispensed_from_stays_for_those_who_must_make_a_new_one(notices, content):
    """review67 L8: where the notice says a renewal needs no new request (``renewal_without_request``), the engine left
    the request's date out of every « déjà obtenu » candidate's dates, although the notice's dispensation covers only
    some of them (Nantes 2024: « Pas de nouvelle demande à faire pour un candidat ajourné en 2023 qui se représente au
    même examen en 2024 (sauf changement de sa situation médicale) »). A date the notice gives stays, in « Dates
    limites » and « Dates à retenir », its label saying it is for those who must make a new request (dates.
    new_request_only): the command line and checklist.js (deadlineLabel, openingDates, under Node) alike; a new
    request's is plain. Toulouse 2024 (a dated request) given the flag."""
    from generator.checklist import text
    from generator.checklist.answer import opening_dates

    notice = next(n for n in notices if (n.slug, n.year) == ("toulouse", 2024))
    view = checklist_view(notice, content)
    ruleset = compile_ruleset(notice, content)
    ruleset["exam_adjustment"]["renewal_without_request"] = True
    did = ruleset["exam_adjustment"]["deadline"]
    node = node_path()
    script_js = ROOT / "site_overrides" / "assets" / "checklist" / "checklist.js"
    functions = "\n".join(js_function(script_js, name) for name in ("ownDeadlines", "openingDates", "deadlineLabel"))
    for request, qualified in (("renewal", True), ("yes", False)):
        result = engine.evaluate(ruleset, {"situation": "distance", "disability": "yes", "exam_adjustment": request})
        [deadline] = [d for d in result["deadlines"] if d["id"] == did]
        assert deadline["end"], deadline
        label = notice.texts.text("dates.new_request_only", label=deadline["label"]) if qualified else deadline["label"]
        other = deadline["label"] if qualified else notice.texts.text("dates.new_request_only", label=deadline["label"])
        # (the build's answer, answer_view, is the answer to no answer: never an exam adjustment; answer.py's lines use
        # text.deadline_label all the same)
        cli = text.render(ruleset, result, notice.texts)
        assert ("  - " + label + " — ") in cli, (request, cli)
        assert qualified or other not in cli
        run = subprocess.run([node, "-"], input=(f"const data = {json.dumps(view.data)};\n"
                              "const shared = (key, values) => data.texts[key].replace('{label}', values.label);\n"
                              f"{functions}\nconst result = {json.dumps(result)};\n"
                              "process.stdout.write(JSON.stringify(openingDates(result).map((d) => [d.id, d.label && deadlineLabel(d)])));"),
                             capture_output=True, text=True, timeout=60, check=True)
        assert [d for d, _ in json.loads(run.stdout)] == [d["id"] for d in opening_dates(result, view.data["key_dates"])], run.stdout
        plain = lambda words: words.replace("\u2019", "'")  # noqa: E731 (the stub's shared() leaves the label's apostrophes)
        assert [[d, plain(said)] for d, said in json.loads(run.stdout) if d == did] == [[did, plain(label)]], run.stdout


def test_the_bar_never_says_at_least_no_piece():
    """review67 L6: the bar's count of pieces where the list is known not to be whole (« Au moins {count} … ») would
    read « Au moins 0 pièce à déposer » for a list with no piece: none reaches it today (3,000 random answer sets per
    real session), so on a constructed state. With no piece, the bar says only that the list is incomplete
    (summary_documents_partial_none), as asked and once every date is over; page.py (_documents_words) and checklist.js
    (documentsWords, under Node: the key it picks) alike; a whole list of no piece keeps « 0 pièce … »."""
    from generator.checklist.page import _documents_words

    texts = build_notices(load_and_check(FROZEN)[0])[0].texts  # (the frozen interface file)
    node = node_path()
    script_js = ROOT / "site_overrides" / "assets" / "checklist" / "checklist.js"
    for past in (False, True):
        for partial in (True, False):
            for count in (0, 1, 2):
                key = ("summary_documents_past" if past else "summary_documents") + ("_partial" if partial else "")
                key = "summary_documents_partial_none" if partial and not count else key
                said = _documents_words(texts, past, partial, count)
                assert said == texts.text(f"checklist_page.{key}", **({"count": count} if "none" not in key else {})), (past, partial, count, said)
                assert not (partial and re.search(r"\b0\b", said)), said
                run = subprocess.run([node, "-e", "const ui = (key, values) => JSON.stringify([key, values || {}]);\n"
                                      f"const datesPast = () => {json.dumps(past)};\n"
                                      f"const partialFor = () => {json.dumps(partial)};\n"
                                      f"{js_function(script_js, 'documentsWords')}\n"
                                      f"process.stdout.write(documentsWords({{ documents: new Array({count}).fill({{}}) }}));"],
                                     capture_output=True, text=True, timeout=60, check=True)
                picked, values = json.loads(run.stdout)
                assert picked == key and values.get("count", count) == count, (past, partial, count, run.stdout)


def test_the_bar_never_says_every_date_passed_while_a_date_of_the_candidate_s_is_not_given(tmp_path):
    """read61 M1: frozen Aix-Marseille 2023, a candidate presenting a rare language, after the pieces' date: the bar
    said « Toutes les dates limites sont passées. » while « Dates limites » said « Attestation … dite rare : date non
    précisée par la notice » (seed 001 l. 94: the notice does not date it). Now its dates passed, save one not dated
    (« checklist_page.summary_passed_undated_own »), by page.py passed_key and checklist.js passedWords alike (Node, on
    the same page data and answers); without the rare language, « Toutes … » as before."""
    from generator.checklist.answer import own_deadlines

    from project_support import data_root, notices_of, undated_rare_language

    # (frozen Aix 2023 with the real data's undated deadline of its rare-language piece, academies/aix-marseille)
    root = data_root(tmp_path)
    undated_rare_language(root)
    notice = next(n for n in notices_of(root) if n.slug == "aix-marseille" and n.year == 2023)
    content = valid_checklist_content(root)
    ruleset = compile_ruleset(notice, content)
    data = checklist_view(notice, content).data
    base = {"department": "13", "situation": "distance", "specialty": "mco", "nationality": "foreign", "sat_before": "no",
            "dispensation": "no", "positioning_decision": "no", "disability": "no", "engagement_etudiant": "no"}
    results = [engine.evaluate(ruleset, {**base, "mandatory_language": language}) for language in ("rare", "english")]
    undated = [d for d in own_deadlines(results[0], data["key_dates"], undated=True) if not d["end"]]
    assert undated, own_deadlines(results[0], data["key_dates"], undated=True)
    assert not [d for d in own_deadlines(results[1], data["key_dates"], undated=True) if not d["end"]]
    keys, words = _bar_words_both_ways(data, results)
    assert keys == [("checklist_page.summary_passed_undated_own", 1), ("checklist_page.summary_passed", 0)], keys
    assert notice.texts.text(keys[0][0], count=1) == "Dates passées, sauf 1\u00a0: date non précisée."
    assert words == ["checklist_page.summary_passed_undated_own:1", "checklist_page.summary_passed:"]


def test_the_note_of_a_candidate_given_no_list_links_the_ways_to_reach_this_academy_it_writes(notices, content):
    """phone61 M2: one not cited who lives in another academy's department gets no contacts section, and the note was
    their only way to reach this academy's office, in plain text: Aix-Marseille 2023's « (coordonnées non précisées
    par la notice : voir le site de l'académie, https://www.ac-aix-marseille.fr) » (its scheme, no link), Nantes 2026's
    office e-mail and phones without mailto:/tel:. The build's note makes them links as the contacts do (the site
    without its scheme, its name on one line; mailto:; tel:), checklist.js the same
    (tests/checklist/test_checklist_browser.py); the command line keeps them whole (test_unknown_registration)."""
    from generator.checklist.answer import reach_pieces

    aix = next(n for n in notices if n.slug == "aix-marseille" and n.year == 2023)
    view, ruleset = checklist_view(aix, content), compile_ruleset(aix, content)
    result = engine.evaluate(ruleset, {"department": "75", "situation": "in_person"})
    assert result["standing"] == {"kind": "not_listed", "elsewhere": True}
    answer = answer_view(aix, ruleset, result, view.data["key_dates"], view.data["dates"], {}, {}, view.data["ask"])
    output = output_of(render_checklist(dataclasses.replace(view, answer=answer), aix.texts))
    note = re.search(r'<div class="bts-checklist-standing" data-standing="not_listed" role="note">(.*?)</div>', output, re.S).group(1)
    site = aix.academy.website
    words = address_words(site)
    assert f'voir le site de l’académie, <a class="bts-bare-url" href="{site}"><span class="bts-address-name">{words}</span></a>)' in note, note
    assert site not in re.sub(r'href="[^"]*"', "", note), note
    # an office's e-mail and phones the note writes (every not-listed situation whose office or its people give them)
    seen = set()
    for notice in notices:
        view, ruleset = checklist_view(notice, content), compile_ruleset(notice, content)
        office = ruleset["contacts"]["exam_office"]
        for situation, _ in next(q for q in ruleset["questions"] if q["id"] == "situation")["choices"]:
            result = engine.evaluate(ruleset, {"situation": situation})
            if (result["standing"] or {}).get("kind") != "not_listed" or office is None:
                continue
            answer = answer_view(notice, ruleset, result, view.data["key_dates"], view.data["dates"], {}, {}, view.data["ask"])
            note = output_of(render_checklist(dataclasses.replace(view, answer=answer), notice.texts))
            holders = [office, *ruleset["contacts"]["exam_office_people"]]  # (its people's too: where_to_ask)
            for email in (e for holder in holders for e in holder["emails"] if e in view.data["ask"]["office"]):
                assert f'<a href="mailto:{email}">{email}</a>' in note, note
                seen.add("mailto")
            for phone in (p for holder in holders for p in holder["phones"] if p in view.data["ask"]["office"].replace("\u00a0", " ")):
                assert re.search(r'<a href="tel:\+33\d{9}">' + r"[\s\u00a0]".join(phone.split()) + "</a>", note), (phone, note)
                seen.add("tel")
    assert seen == {"mailto", "tel"}, seen
    # written whole only: not the start of a longer address or number
    reach = (("https://www.ac-x.fr", "https://www.ac-x.fr", "www.ac-x.fr"), ("a@b.fr", "mailto:a@b.fr", "a@b.fr"),
             ("02 40 37 38 18", "tel:+33240373818", "02 40 37 38 18"))
    assert reach_pieces("voir https://www.ac-x.fr/bts, xa@b.fr, a@b.fr.com, 02 40 37 38 189", reach) == (
        ("voir https://www.ac-x.fr/bts, xa@b.fr, a@b.fr.com, 02 40 37 38 189", None),)
    assert reach_pieces("(https://www.ac-x.fr), a@b.fr, 02\u00a040\u00a037\u00a038\u00a018.", reach) == (
        ("(", None), ("www.ac-x.fr", "https://www.ac-x.fr"), ("), ", None), ("a@b.fr", "mailto:a@b.fr"), (", ", None),
        ("02 40 37 38 18", "tel:+33240373818"), (".", None))


def test_checklist_js_cuts_a_note_s_paragraph_where_the_build_does():
    """checklist.js reachPieces cuts a « not listed » note's paragraph at the ways to reach the academy it writes as
    answer.py reach_pieces does, on the edges too: not the start or end of a longer address or number, a phone's
    no-break spaces, the longest first (review84: the browser comparison's two notes never reach those edges, and a
    change to either's boundaries went unseen)."""
    from generator.checklist.answer import reach_pieces

    reach = [["https://www.ac-x.fr", "https://www.ac-x.fr", "www.ac-x.fr"], ["a@b.fr", "mailto:a@b.fr", "a@b.fr"],
             ["b.fr", "https://b.fr", "b.fr"], ["02 40 37 38 18", "tel:+33240373818", "02 40 37 38 18"]]
    texts = ["voir https://www.ac-x.fr/bts, xa@b.fr, a@b.fr.com, 02 40 37 38 189, 102 40 37 38 18",
             "(https://www.ac-x.fr), a@b.fr, 02\u00a040\u00a037\u00a038\u00a018.", "a@b.fr. https://www.ac-x.fr : b.fr",
             "rien", "", "écrire à a@b.fr_x ou é02 40 37 38 18 ou https://www.ac-x.fr-y", "www.b.fr, x/b.fr, :b.fr, -b.fr, b.fr"]
    script = js_function(ROOT / "site_overrides" / "assets" / "checklist" / "checklist.js", "reachPieces")
    script += '\nconst [texts, reach] = JSON.parse(require("fs").readFileSync(0, "utf8"));\n'
    script += "process.stdout.write(JSON.stringify(texts.map((text) => reachPieces(text, reach))));"
    run = subprocess.run([node_path(), "-e", script], input=json.dumps([texts, reach]), capture_output=True, text=True, timeout=60, check=True)
    built = [[list(piece) for piece in reach_pieces(text, tuple(map(tuple, reach)))] for text in texts]
    assert json.loads(run.stdout) == built
    assert any(len(pieces) > 3 for pieces in built) and any(len(pieces) == 1 for pieces in built)


def test_checklist_js_marks_a_link_s_printed_address_as_the_build_does():
    """review84: checklist.js's « data-bts-address » on a web link whose words are not its address (the list's link, a
    department hint's) is reached by no data today, and removing it failed no test. Both links take their attributes
    from linkAttributes, compared here with the build's (_answer.html.j2: linked), attribute order included: a link
    whose words or sentence write its address bare, another web link its address as a person types it (no scheme, a
    site's root without its final slash), an e-mail or a phone its address alone."""
    from generator.checklist.page import _HTML

    source = (ROOT / "generator" / "checklist" / "templates" / "_answer.html.j2").read_text(encoding="utf-8")
    linked = _HTML.from_string(re.search(r"{% macro linked\(.*?{% endmacro %}", source, re.S).group() + "{{ linked(where) }}")
    cases = [("Voir le ", "https://a.fr/p/", "portail", "."), ("Voir ", "https://www.a.fr/", "www.a.fr", "."),
             ("Le site de l'académie ", "https://www.ac-x.fr/", "(son site)", " : www.ac-x.fr."),
             ("Voir ", "https://www.ac-x.fr/a/b?c=d#e", "la page", "."), ("Voir ", "HTTPS://WWW.AC-X.FR", "le site", "."),
             ("Voir ", "http://a.fr", "https://a.fr", "."), ("Écrire à ", "mailto:a@b.fr", "le bureau", "."),
             ("Voir ", "http://a.fr/p", "le portail", "."), ("Voir ", "HTTPS://a.fr/", "a.fr", "."),
             ("Écrire à ", "mailto:a@b.fr", "mailto:a@b.fr", "."),
             ("Appeler le ", "tel:+33240373818", "02 40 37 38 18", ".")]
    built = []
    for where in cases:
        tag = re.search(r"<a( [^>]*)>", str(linked.render(where=where))).group(1)
        built.append([[name, unescape(value)] for name, value in re.findall(r' ([a-z-]+)="([^"]*)"', tag)])
    checklist_js = ROOT / "site_overrides" / "assets" / "checklist" / "checklist.js"
    script = "\n".join(js_function(checklist_js, name) for name in ("addressWords", "addressWritten", "linkAttributes"))
    script += '\nconst cases = JSON.parse(require("fs").readFileSync(0, "utf8"));\n'
    script += "process.stdout.write(JSON.stringify(cases.map(([before, url, label, after]) => Object.entries(linkAttributes(url, [label, before, after])))));"
    run = subprocess.run([node_path(), "-e", script], input=json.dumps(cases), capture_output=True, text=True, timeout=60, check=True)
    assert json.loads(run.stdout) == built
    assert ["data-bts-address", "a.fr/p/"] in built[0] and ["class", "bts-bare-url"] in built[1] and built[-1] == [["href", "tel:+33240373818"]]
    # (the list's links and the department hint's take their attributes there)
    text = checklist_js.read_text(encoding="utf-8")
    assert "linkAttributes(" in js_function(checklist_js, "departmentHint") and "linkAttributes(href" in text[text.index("  function link("):][:400]


def test_the_bar_counts_a_piece_the_notice_lets_be_deposited_later_without_a_date_as_not_dated(notices, content):
    """phone62 M1: frozen Toulouse 2024, a candidate of a specialty of the notice's R408 list (Bâtiment, RQTH non),
    after every date the notice gives: the bar said « Toutes les dates limites sont passées. » while the list says under
    the R408 attestation « D'après la notice, un dépôt plus tard est possible (« … attestation R408 … »), à une date non
    précisée par la notice : demandez-la au bureau des examens. » (seed 000: « sauf pièces pouvant être à déposer
    ultérieurement »). That piece's later date is one the notice does not give: the bar counts it as such, « Vos dates
    sont passées, sauf 1 non datée. » (read61 M1's words), by page.py passed_key and checklist.js passedWords alike
    (Node, on the same page data and answers); without the piece (a specialty off the list), « Toutes … » as before.
    Seen failing before the change: passed_key gave summary_passed for the Bâtiment candidate."""

    notice = next(n for n in notices if n.slug == "toulouse" and n.year == 2024)
    assert notice.closing is not None
    ruleset = compile_ruleset(notice, content)
    data = checklist_view(notice, content).data
    base = {"department": "31", "situation": "distance", "route": "scolaire", "r408_waiver": "no", "nationality": "french",
            "sat_before": "no", "dispensation": "no", "positioning_decision": "no", "disability": "no", "engagement_etudiant": "no"}
    results = [engine.evaluate(ruleset, {**base, "specialty": specialty}) for specialty in ("batiment", "mco")]
    late = [d["id"] for d in results[0]["documents"] if d["late_deposit"]]
    assert late == ["r408"], late
    assert not [d for d in results[1]["documents"] if d["late_deposit"]]
    keys, words = _bar_words_both_ways(data, results)
    assert keys == [("checklist_page.summary_passed_undated_own", 1), ("checklist_page.summary_passed", 0)], keys
    assert notice.texts.text(keys[0][0], count=1) == "Dates passées, sauf 1\u00a0: date non précisée."
    assert words == ["checklist_page.summary_passed_undated_own:1", "checklist_page.summary_passed:"]


def _next_deadline_both_ways(data, result, today):
    """The bar's next date, whether all passed can be said, and whether the dates passed so far are said instead, for
    ``result`` on ``today`` (at noon, the academy's time being within a day of it), as the build's bar reads them
    (page.py _next_deadline, _dates_passed_so_far) and as the web bar does (checklist.js nextDeadline run by Node on
    the same page data and result): the tests hold the twins together."""
    from generator.checklist.page import _dates_passed_so_far, _next_deadline

    following, known = _next_deadline(data["key_dates"], result, today, data["ends"])
    built = [following, known, _dates_passed_so_far(following, known, data["key_dates"], result)]
    script_js = ROOT / "site_overrides" / "assets" / "checklist" / "checklist.js"
    functions = "\n".join(js_function(script_js, name) for name in ("nextDeadline", "stillPossible", "overAt", "ownDeadlines"))
    now = int(dt.datetime.combine(today, dt.time(12, 0), tzinfo=dt.timezone.utc).timestamp() * 1000)
    script = (f"const data = {json.dumps(data)};\n{functions}\n"
              f"process.stdout.write(JSON.stringify(nextDeadline({json.dumps(result)}, {now})));")
    run = subprocess.run([node_path(), "-e", script], capture_output=True, text=True, timeout=60, check=True)
    return built, json.loads(run.stdout)


@pytest.mark.parametrize("slug, year, answers, today", [
    # read64 M1: a Bâtiment candidate who answered all but the RQTH question, the day after the pieces' 22 November
    # (délai de rigueur) and after every date; the R408 attestation, still depending on that answer, may be deposited
    # later (seed 000 l. 88)
    ("toulouse", 2024, {"department": "81", "situation": "distance", "route": "scolaire", "specialty": "batiment", "nationality": "french",
                        "sat_before": "no", "has_benefits": "no", "dispensation": "no", "positioning_decision": "no",
                        "mandatory_language": "english", "disability": "no", "engagement_etudiant": "no"},
     dt.date(2023, 11, 23)),
    ("toulouse", 2024, {"department": "31", "situation": "distance"}, dt.date(2024, 1, 16)),
    # read65 L5: a distance learner, the other questions unanswered, the day after the pieces' 4 December (the frozen
    # session's R408 attestation, which the notice lets be deposited later, still depends on the specialty)
    ("aix-marseille", 2023, {"department": "13", "situation": "distance"}, dt.date(2022, 12, 5)),
    # a piece still depending on an answer that the notice does not date (Nantes 2026's positioning decision, frozen),
    # after every date the notice gives
    ("nantes", 2026, {"department": "44", "situation": "in_person", "route": "formation_continue", "specialty": "mco", "sat_before": "no",
                      "dispensation": "no", "disability": "no", "engagement_etudiant": "no", "optional_exams": "0"}, dt.date(2026, 6, 1)),
])
def test_the_bar_does_not_say_all_dates_passed_over_a_pending_piece_due_later_or_undated(notices, content, slug, year, answers, today):
    """read64 M1, read65 L5: every one of the candidate's dates passed, a piece still depending on an answer that the
    notice lets be deposited later (Toulouse 2024's and Aix-Marseille 2023's R408 attestation) or does not date (Nantes
    2026's positioning decision): the bar said « Toutes les dates limites sont passées. » (or « Vos dates sont passées ;
    clôture non datée. »), though that piece may still be theirs and still possible. Now their dates passed or not
    dated, at this stage (« checklist_page.summary_passed_pending »), by page.py and checklist.js alike (Node, same page
    data and result). Seen failing before the change: page.py's _next_deadline said all passed (known true) for each."""
    notice = next(n for n in notices if n.slug == slug and n.year == year)
    ruleset = compile_ruleset(notice, content)
    data = checklist_view(notice, content).data
    result = engine.evaluate(ruleset, answers)
    assert not result["problems"], result["problems"]
    pending = [u for u in result["undecided"] if u.get("late_deposit") or u["deadline"] not in data["ends"]]
    assert pending, [u["id"] for u in result["undecided"]]
    built, web = _next_deadline_both_ways(data, result, today)
    assert built == [None, False, True], built
    assert web == built, web


def test_the_bar_does_not_say_all_dates_passed_over_a_pending_piece_whose_own_date_is_ahead(notices, content):
    """review90 (mutation of fixlate61's checklist.js stillPossible: its « date ahead » term dropped passed every test):
    frozen Toulouse 2024, an MCO distance learner who answered all but the « engagement étudiant » question, on 23
    November 2023: their pieces' 22 November passed, the form's 15 January 2024 ahead, no piece pending with a later
    deposit or undated. Their dates passed so far, not all, by page.py and checklist.js alike; once that date is over
    (16 January), all passed. Seen failing with the mutation (web [None, true, false])."""
    notice = next(n for n in notices if n.slug == "toulouse" and n.year == 2024)
    ruleset = compile_ruleset(notice, content)
    data = checklist_view(notice, content).data
    answers = {"department": "31", "situation": "distance", "route": "scolaire", "specialty": "mco", "nationality": "french",
               "sat_before": "no", "has_benefits": "no", "dispensation": "no", "positioning_decision": "no",
               "mandatory_language": "english", "disability": "no"}
    result = engine.evaluate(ruleset, answers)
    assert not result["problems"], result["problems"]
    assert result["undecided"] and all(not u.get("late_deposit") and u["deadline"] in data["ends"] for u in result["undecided"]), result["undecided"]
    built, web = _next_deadline_both_ways(data, result, dt.date(2023, 11, 23))
    assert built == [None, False, True] and web == built, (built, web)
    built, web = _next_deadline_both_ways(data, result, dt.date(2024, 1, 16))
    assert built == [None, True, False] and web == built, (built, web)


def test_the_bar_says_all_dates_passed_once_the_pending_piece_is_decided_without_a_later_deposit(notices, content):
    """read64 M1's counterpart: the same Bâtiment candidate, the RQTH question answered « Oui » (the R408 attestation
    not theirs, the RQTH justification listed, no later deposit), after every date: all passed said, by page.py and
    checklist.js alike; « Non »: the attestation listed, counted not dated (phone62 M1, passedWords)."""
    notice = next(n for n in notices if n.slug == "toulouse" and n.year == 2024)
    ruleset = compile_ruleset(notice, content)
    data = checklist_view(notice, content).data
    base = {"department": "81", "situation": "distance", "route": "scolaire", "specialty": "batiment", "nationality": "french",
            "sat_before": "no", "has_benefits": "no", "dispensation": "no", "positioning_decision": "no",
            "mandatory_language": "english", "disability": "no", "engagement_etudiant": "no"}
    for waiver in ("yes", "no"):
        result = engine.evaluate(ruleset, {**base, "r408_waiver": waiver})
        assert not result["undecided"], (waiver, result["undecided"])
        built, web = _next_deadline_both_ways(data, result, dt.date(2024, 1, 16))
        assert built == [None, True, False] and web == built, (waiver, built, web)


def test_an_undecided_piece_says_the_notice_s_later_deposit_as_a_listed_one(notices, content):
    """read64 M1: frozen Toulouse 2024, a Bâtiment candidate with the RQTH question open: « Pièces qui dépendent encore de
    vos réponses » named the R408 attestation without a word of its later deposit, which the notice allows (seed 000
    l. 88) and the list says once the answer lists it. Now the page's answer and the command line say it under the
    piece, in the words of a listed piece without its date (checklist_page.late_deposit), before its source line
    (checklist.js: the same, test_checklist_phone_browser). Seen failing before the change: no such line."""
    from generator.checklist import text

    notice = next(n for n in notices if n.slug == "toulouse" and n.year == 2024)
    ruleset = compile_ruleset(notice, content)
    view = checklist_view(notice, content)
    result = engine.evaluate(ruleset, {"department": "81", "situation": "distance", "specialty": "batiment"})
    [r408] = [u for u in result["undecided"] if u["id"] == "r408"]
    assert r408["late_deposit"], r408
    late = notice.texts.text("checklist_page.late_deposit", words=r408["late_deposit"], office=ruleset["academy"].get("office_reach", ""))
    answer = answer_view(notice, ruleset, result, view.data["key_dates"], view.data["dates"], {}, None)
    items = {u.id: u for u in answer.undecided}
    assert items["r408"].late == late, items["r408"]
    assert all(u.late is None for u in answer.undecided if u.id != "r408")
    cli = text.render(ruleset, result, notice.texts)
    assert f"\n    {late}\n    {items['r408'].source}\n" in cli, cli
    assert cli.count(late) == 1


def _answer_checks(answer: str, expected: dict) -> list:
    """What of an answer block the page's first answer is compared on (as the no-answer test above)."""
    return [values(answer, "data-document"), values(answer, "data-undecided"), values(answer, "data-deadline"),
            values(answer, "data-step"), values(answer, "data-undecided-step"), values(answer, "data-warning"),
            values(answer, "data-complete")]


def _expected_checks(expected: dict) -> list:
    return [[d["id"] for d in expected["documents"]], [d["id"] for d in expected["undecided"]], [d["id"] for d in expected["deadlines"]],
            [str(s["number"]) for s in expected["steps"]], [str(s["number"]) for s in expected["undecided_steps"]],
            [w["id"] for w in expected["warnings"]], [str(expected["complete"]).lower()]]


VARIANT = re.compile(r'<template class="bts-checklist-variant" data-answer-for="([^"]*)">(<a class="bts-checklist-summary".*?</a>)\n<div>\n(.*?)</div></template>', re.S)
# the department's line of « Vos réponses » in a built answer for several departments: empty, checklist.js builtFor
# writes it (page.py _echo_left_out)
ECHO = '<li data-answer="department"></li>'


def shown_for(answer: str, data: dict, code: str) -> str:
    """A built answer for departments (a <template>'s) as checklist.js builtFor shows it for ``code``: the department's
    line written in answersBlock's words (ui why_item, the question quoted, departmentWords: « 31 (Haute-Garonne) »,
    from the page data ``data``), the rest as built."""
    from generator.french import typography

    assert answer.count(ECHO) == 1, answer
    words = data["ui"]["why_item"].replace("{question}", data["questions"]["department"]["quoted"])
    words = words.replace("{answer}", f"{code} ({data['departments'][code]})")
    return answer.replace(ECHO, f'<li data-answer="department">{html.escape(typography(words), quote=False)}</li>')


def each_department_s_own(notice, content, monkeypatch, page_of=checklist_page) -> dict[str, tuple[str, str]]:
    """The bar and answer the build writes for each department alone, its own line of « Vos réponses » in it (the
    build before variants65: one <template> per department), by code."""
    from generator.checklist import page

    with monkeypatch.context() as patch:
        patch.setattr(page, "_echo_left_out", lambda view: view)
        own = VARIANT.findall(page_of(notice, content))
    assert all("," not in codes for codes, _, _ in own), [codes for codes, _, _ in own]
    return {codes: (bar, answer) for codes, bar, answer in own}


def test_each_department_s_built_answer_is_the_engine_s_for_that_department_alone_on_real_data(monkeypatch):
    """phone64 M1 (issue 9 deliverable 8): the answer the page shows at first paint for an address holding one of the
    academy's departments alone (#department=31, carried from the home page's finder; checklist.js builtFor) is the
    engine's answer for that address as the page's worker computes it (an address's answers: ``evaluate_given``), for
    every department of the academy (academy.yaml), each in one answer block only, and the bar built with it counts its
    documents; on the real data (any valid session), as the no-answer answer's test above on the frozen one.
    variants65: an answer block serves every department whose answer differs only by its line in « Vos réponses »
    (Toulouse 2024: 8 blocks of ~25 KB, one now); as shown for each department (that line written from the page data,
    as checklist.js does), it is the whole answer and bar the build writes for that department alone (its own line
    in it, ``each_department_s_own``), words included. Seen failing with shown_for writing the first code of the block
    for each of its departments (« 09 (Ariège) » for 31)."""
    project, problems = load_and_check(ROOT)
    assert not problems, problems.report()
    content = project.content.checklist
    seen = 0
    for notice in build_notices(project):
        ruleset = compile_ruleset(notice, content)
        body = checklist_page(notice, content)
        variants = VARIANT.findall(body)
        assert body.count('<template class="bts-checklist-variant"') == len(variants), notice.slug
        codes = [code for variant_codes, _, _ in variants for code in variant_codes.split(",")]
        assert sorted(codes) == sorted(d.code for d in notice.academy.departments), (notice.slug, notice.year, codes)
        own = each_department_s_own(notice, content, monkeypatch) if variants else {}
        assert sorted(own) == sorted(codes), (notice.slug, notice.year)
        data = page_data(body)
        for variant_codes, bar, answer in variants:
            for code in variant_codes.split(","):
                expected = engine.evaluate_given(ruleset, {"department": code})
                assert not expected["problems"] and not expected["dropped"], (notice.slug, code)
                assert _answer_checks(answer, expected) == _expected_checks(expected), (notice.slug, notice.year, code)
                assert re.search(rf'data-summary="documents">(?:<span[^>]*>)?(Au moins )?{len(expected["documents"])} pièce', bar), (notice.slug, code, bar)
                assert (bar, shown_for(answer, data, code)) == own[code], (notice.slug, notice.year, code)
                seen += 1
    assert seen


def test_departments_whose_answers_really_differ_keep_a_built_answer_each(notices, content, monkeypatch):
    """variants65: one built answer serves the departments whose answers differ only by their line in « Vos réponses »,
    never two whose answers differ otherwise. A made-up ruleset of the frozen Toulouse 2024 whose academy leaves
    Ariège (09) out of its departments: the notice's residence rule (« l'académie où vous résidez ») sends its
    candidates elsewhere, no list; the seven others keep theirs. Two blocks, 09's and the others', each as shown for
    each of its departments the whole answer and bar the build writes for that department alone. Seen failing with
    _department_variants putting every department in the first block (one block of eight)."""
    from generator.checklist import page

    notice = next(n for n in notices if n.slug == "toulouse" and n.year == 2024)
    compiled = page._compiled

    def without_ariege(notice, content):
        ruleset = copy.deepcopy(compiled(notice, content))
        ruleset["academy"]["departments"].remove("09")
        return ruleset

    monkeypatch.setattr(page, "_compiled", without_ariege)
    body = checklist_page(notice, content)
    variants = VARIANT.findall(body)
    assert body.count('<template class="bts-checklist-variant"') == len(variants)
    assert [codes for codes, _, _ in variants] == ["09", "12,31,32,46,65,81,82"]
    assert engine.evaluate_given(without_ariege(notice, content), {"department": "09"})["standing"]["kind"] == "outside_academy"
    assert values(variants[0][2], "data-document") == [] and values(variants[1][2], "data-document")
    own = each_department_s_own(notice, content, monkeypatch)
    data = page_data(body)
    for codes, bar, answer in variants:
        for code in codes.split(","):
            assert (bar, shown_for(answer, data, code)) == own[code], code


def test_the_build_s_bar_s_later_dates_are_said_whole_to_a_screen_reader(notices, content):
    """a11y68 L: the build's bar's words of later moments (data-summary="later", shown by past.js without the checklist's
    script: frozen Toulouse 2024 built on 20 November 2023, « Pièces : 22 nov. 2023, heure non précisée » from the
    closing) gave a screen reader the short date (« nov. » read as the word « nov »), while the script's bar gives it
    whole (data-said, page data « bar_said »; a11y67 L4). Each dated later line: what it closes, its data-said the date
    whole as the script says it, the short date shown, hidden from a screen reader; the words shown the same as before."""
    dated = 0
    for notice in notices:
        last = last_date(notice).date()
        for day in (last - dt.timedelta(days=40), last - dt.timedelta(days=10), last - dt.timedelta(days=2)):
            view = checklist_view(notice, content, today=day)
            page = checklist_page(notice, content, today=day)
            bar = re.findall(r'<a class="bts-checklist-summary" .*?</a>', page, re.S)
            assert len(set(bar)) == 1, (notice.slug, day)  # (the page's bar, and its copy for a later answer: the same)
            lines = re.findall(r'<span data-summary="later" hidden [^>]*>((?:<span [^>]*>[^<]*</span> <span [^>]*>)?[^<]*(?:</span>)?)</span>', bar[0])
            assert len(lines) == len(view.summary_later), (notice.slug, day)
            for line, later in zip(lines, view.summary_later):
                words = later[2]  # (from, until, next date's words, count, …)
                date = next((did for did, short in view.data["bar_dates"].items() if words.endswith(short)), None)
                if date is None:
                    assert "<" not in line and "data-said" not in line, line
                    continue
                dated += 1
                short, whole = view.data["bar_dates"][date], view.data["bar_said"][date]
                what = words[:len(words) - len(short)].rstrip()
                assert line == (f'<span class="bts-checklist-summary-later-what" data-said="{html.escape(whole)}">{html.escape(what)}</span> '
                                f'<span aria-hidden="true">{html.escape(short)}</span>').replace("'", "’"), line
                assert "nov." not in whole and "déc." not in whole and whole != short, whole
    assert dated, "no later line with a date in the frozen sessions"


def _pieces_line_both_ways(data, cases, moment=None):
    """The bar's pieces' line for each (result, next date's id) of ``cases``, as the build writes it (page.py
    _pieces_line, its words with French typography) and as the web bar does (checklist.js piecesLine run by Node on the
    same page data and results), read at ``moment`` (an instant; None: before every date): the tests hold the twins
    together. Each a [what, said, shown] list, or None."""
    from generator.checklist.page import _pieces_line
    from generator.french import typography

    texts = data.pop("_texts")  # (the page data's notice's texts)
    # (the dates over at that moment, the build's: page data « over », as _bar_later's)
    passed = {did for did, iso in data["over"].items() if moment is not None and dt.datetime.fromisoformat(iso) <= moment}
    built = []
    for result, following in cases:
        line = _pieces_line(texts, data, result, following, passed)
        built.append(None if line is None else [typography(line[0]), line[1], line[2]])
    script_js = ROOT / "site_overrides" / "assets" / "checklist" / "checklist.js"
    functions = "\n".join(js_function(script_js, name) for name in ("piecesLine", "deadlineYear", "barSaid", "ui", "passedDate", "pastWords", "shared"))
    # (fr: page data's texts are already French typography; fill: each placeholder given its value;
    # the script's clock at ``moment``, no closing's marker on the page)
    now = 0 if moment is None else moment.timestamp() * 1000
    script = (f"const data = {json.dumps(data)};\nconst fr = (text) => text;\n"
              "const fill = (text, values) => text.replace(/\\{(\\w+)\\}/g, (all, key) => values && values[key] !== undefined ? values[key] : all);\n"
              f"const readingTime = () => {now};\nconst root = {{ querySelector: () => null }};\n{functions}\n"
              f"process.stdout.write(JSON.stringify({json.dumps(cases)}.map(([r, next]) => piecesLine(r, next))));")
    run = subprocess.run([node_path(), "-e", script], capture_output=True, text=True, timeout=60, check=True)
    return built, json.loads(run.stdout)


def test_the_bar_says_the_pieces_own_date_passed_once_over(notices, content):
    """bar69: the bar's pieces' line under a next date after theirs (a date of the candidate's own, such as an
    exam-adjustment request due after the pieces) gave their date as if still ahead. Once over, its two forms say it
    passed in the list's words (« 22 nov. 2023 — date passée »), the build's and the script's alike, at the moment the
    list's lines of that date do (page data « over »; the clock faked). No answer of the frozen project reaches it
    through the engine (every date of the candidate's own there falls at or before the closing, before the pieces'):
    the next date is given, the frozen page data and results are the engine's."""
    from generator.french import typography

    paris = ZoneInfo("Europe/Paris")
    seen = 0
    # (session, a later date of the session given as the next one, the pieces' date, a day before and after it)
    for slug, year, later, pieces, before, after in [
        ("toulouse", 2024, "engagement_etudiant", "documents", dt.date(2023, 11, 20), dt.date(2023, 11, 24)),
    ]:
        notice = next(n for n in notices if n.slug == slug and n.year == year)
        data = checklist_view(notice, content, today=before).data
        result = engine.evaluate(compile_ruleset(notice, content), {})
        assert {doc["deadline"] for doc in result["documents"]} == {pieces}, result["documents"]
        cases = [(result, later)]
        ahead, _ = _pieces_line_both_ways({**data, "_texts": notice.texts}, cases, dt.datetime.combine(before, dt.time(12), tzinfo=paris))
        built, web = _pieces_line_both_ways({**data, "_texts": notice.texts}, cases, dt.datetime.combine(after, dt.time(12), tzinfo=paris))
        assert web == built, (slug, built, web)
        what, said, shown = ahead[0]
        assert "passée" not in said + shown, ahead
        past = lambda line: typography(notice.texts.text("checklist.date_past", line=line))  # noqa: E731
        assert built[0] == [what, past(said), past(shown)], (built, ahead)
        seen += 1
    assert seen


# answers that list pieces of several deadlines (Toulouse 2024: the « engagement étudiant » form, due 15 January, and
# the pieces due 22 November; Nantes 2026: the R408 attestation, due 12 December, and the pieces due 19 November)
_SEVERAL_DATES = {
    ("toulouse", 2024): {"department": "31", "situation": "distance", "engagement_etudiant": "yes"},
    ("nantes", 2026): {"department": "44", "situation": "in_person", "route": "scolaire", "specialty": "batiment", "r408_waiver": "no"},
}


def test_the_bar_gives_the_count_s_own_date_under_a_next_date_its_pieces_are_not_due_at(notices, content):
    """review67 L2, candidate69: the phone bar's « 4 pièces » over « Clôture : 15 nov. 2023 à 17 h 00 (Paris) » read as
    pieces due at the closing, due on 22 November at Toulouse 2024 (4 December at Aix-Marseille 2023, 24 November at
    Nantes 2024). Under a next date its pieces are not all due at, the bar has a line of their own date (« Pièces : 22
    nov. », the year left to the line above when the same, the hour the notice does not give to the list; whole, with
    its year, for a screen reader), or, pieces of several dates, that they have several (the list gives them); none when they are due at the
    next date. The build's bar and checklist.js's say the same (Node, same page data and results)."""
    from generator.checklist.page import _next_deadline
    from generator.french import typography

    seen = set()
    for notice in notices:
        ruleset = compile_ruleset(notice, content)
        closing = notice.closing.date() if notice.closing else None
        days = [closing - dt.timedelta(days=3), closing + dt.timedelta(days=1)] if closing else [dt.date(notice.year - 1, 11, 5)]
        for day in days:
            view = checklist_view(notice, content, today=day)
            data = view.data
            results = [engine.evaluate(ruleset, {})]
            if (notice.slug, notice.year) in _SEVERAL_DATES:
                results.append(engine.evaluate(ruleset, _SEVERAL_DATES[notice.slug, notice.year]))
            cases = []
            for result in results:
                assert not result["problems"], result["problems"]
                following, _ = _next_deadline(data["key_dates"], result, day, data["ends"])
                cases.append((result, following))
            built, web = _pieces_line_both_ways({**data, "_texts": notice.texts}, cases)
            assert web == built, (notice.slug, day, built, web)
            for (result, following), line in zip(cases, built):
                due = {doc["deadline"] for doc in result["documents"]}
                if following is None or not due or due == {following}:
                    assert line is None, (notice.slug, day, line)
                    continue
                if len(due) > 1:
                    # (under a next date that is one of theirs, the others': not a second « Pièces : » line read as
                    # contradicting the first, bar69)
                    key = "summary_pieces_others" if following in due else "summary_pieces_several"
                    assert line == [typography(notice.texts.text(f"checklist_page.{key}")), "", ""], line
                    seen.add(key)
                    continue
                (did,) = due
                what, said, shown = line
                assert said == data["bar_said"][did] and what == typography("Pièces :"), line
                # (the year said once, by the line above, when it is the same; else on this line too)
                same = notice.year - 1 == int(data["ends"].get(did, "0000")[:4]) == int((data["ends"].get(following) or notice.closing.isoformat())[:4])
                assert shown == (data["bar_days"][did] if same else data["bar_pieces"][did]), line
                # (the year and the hour the notice does not give left to the line above and to the list)
                assert (str(notice.year - 1) not in shown or not same) and "heure non précisée" not in shown, line
                seen.add((notice.slug, following, did))
            # the build's bar writes the build's answer's line, its date whole for a screen reader
            if view.summary_pieces is not None:
                page = checklist_page(notice, content, today=day)
                what, said, shown = view.summary_pieces
                assert ('<span data-summary="pieces"' in page and f'data-said="{html.escape(said)}">' in page
                        and f'<span aria-hidden="true">{html.escape(shown).replace(chr(39), "’")}</span>' in page), (notice.slug, day)
    assert {("toulouse", "registration_closing", "documents"), ("aix-marseille", "registration_closing", "documents"),
            ("nantes", "registration_closing", "documents"), ("clermont-ferrand", "registration_closing", "documents"), "summary_pieces_several",
            "summary_pieces_others"} <= seen, seen


@pytest.mark.parametrize("slug, year, answers", [
    ("toulouse", 2024, {}),
    ("toulouse", 2024, {"department": "31", "situation": "distance"}),
    ("aix-marseille", 2023, {"department": "13", "situation": "distance"}),
])
def test_once_the_session_is_over_the_bar_says_so_not_dates_passed_so_far(notices, content, slug, year, answers):
    """phone74 (phone73 found): frozen Toulouse 2024 and Aix-Marseille 2023 viewed after their session (2026-12-07), a
    piece still depending on an answer that the notice lets be deposited later or does not date (the R408 attestation):
    the bar said « Dates passées ou non datées, à ce stade. » under the page's « Session passée ». Now the session past
    (« checklist_page.summary_session_over »): in the build made that day (page.py _bar), in the words a build made
    during the registrations carries for that moment (summary_later, shown by past.js from the instant the « Session
    passée » box is, data-bts-past-after's day after), and by the script (checklist.js summarize, run by Node on the same
    page data and result). Seen failing before the change: « … à ce stade » (and its build twin) in each."""
    notice = next(n for n in notices if n.slug == slug and n.year == year)
    over_words = notice.texts.text("checklist_page.summary_session_over")
    ruleset = compile_ruleset(notice, content)
    result = engine.evaluate(ruleset, answers)
    assert not result["problems"], result["problems"]
    assert [u for u in result["undecided"] if u.get("late_deposit") or u["deadline"] not in ruleset_ends(ruleset)], result["undecided"]
    after = dt.date(2026, 12, 7)
    view = checklist_view(notice, content, today=after)
    data = view.data
    # the instant is past.js's for « Session passée »: the day after the session's last one, in the academy's zone
    assert data["session_over_at"] == dt.datetime.combine(session_end(notice) + dt.timedelta(days=1), dt.time(0, 0), tzinfo=ZoneInfo(notice.tz)).isoformat()
    if not answers:
        assert view.summary_next == over_words, view.summary_next
    # (the day before, not yet: the dates passed so far)
    built, _ = _next_deadline_both_ways(data, result, session_end(notice))
    assert built == [None, False, True], built
    # a build made in the window: its words for the moment the session is over
    closing = notice.closing.date()
    early = checklist_view(notice, content, today=closing - dt.timedelta(days=5))
    if not answers:
        later = {change[0]: change[2] for change in early.summary_later}
        assert later.get(data["session_over_at"]) == over_words, early.summary_later
        assert all("stade" not in words for at, words in later.items() if at >= data["session_over_at"])
    # the script, on the same page data and result, after and the day before
    script_js = ROOT / "site_overrides" / "assets" / "checklist" / "checklist.js"
    functions = "\n".join(js_function(script_js, name) for name in ("nextDeadline", "stillPossible", "overAt", "ownDeadlines", "sessionOver"))
    for day, key in ((after, "summary_session_over"), (session_end(notice), "summary_passed_pending")):
        now = int(dt.datetime.combine(day, dt.time(12, 0), tzinfo=ZoneInfo(notice.tz)).timestamp() * 1000)
        script = (f"const data = {json.dumps(data)};\n{functions}\n"
                  f"const [next, known, waiting] = nextDeadline({json.dumps(result)}, {now});\n"
                  f"process.stdout.write(JSON.stringify(!next && !known && waiting ? (sessionOver({now}) ? 'summary_session_over' : 'summary_passed_pending') : null));")
        run = subprocess.run([node_path(), "-e", script], capture_output=True, text=True, timeout=60, check=True)
        assert json.loads(run.stdout) == key, (day, run.stdout)


def ruleset_ends(ruleset):
    return {d["id"]: d["end"] for d in ruleset["deadlines"] if d["end"]}
