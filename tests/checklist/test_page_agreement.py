"""The notice page and the checklist never disagree, for every academy and session (properties of any
valid data: checked on the real data, and on the frozen project, where the draws are also shown
to reach what they test).

The page's view model (``generator.site.notice_view``) and the checklist's
ruleset (``generator.checklist.compile``) are built by different code from the
same Notice. For every session:

- the documents the page lists are exactly the ruleset's documents, each under
  the condition the page states (in words, from the same condition);
- over the same seeded random situations as the CPython/Pyodide differential
  test, the checklist lists a document exactly when the page's condition for it
  holds (and the notice concerns the candidate), with the page's provenance
  (national or the notice's);
- the R408 annexes the checklist names for a specialty are those of the page's
  national table, and the exemption the page states (RQTH) is applied;
- « complete » is never said while a question, an undecided document, a
  contradiction of the notice or a notice without a list of documents remains.
"""

from __future__ import annotations

import datetime as dt

import pytest

from checklist_support import random_situations

from generator.checklist import engine
from generator.checklist.compile import compile_ruleset
from generator.merge import build_notices, national_as_given_by
from generator.model.conditions import Condition
from generator.pipeline import load_and_check
from generator.site.notice_view import notice_view
from generator.site.words import condition_words, specialty_name
from project_support import FROZEN, REAL

RANDOM_COUNT = 1200
SEED = 20240415  # the differential test's seed (test_cases_pyodide.py)


class Sessions(dict):
    """``slug/year`` → (notice, ruleset, page view model), for one data folder; ``frozen``: of the frozen project."""

    frozen = False


def sessions_of(root) -> Sessions:
    """Every session of the data folder ``root``: its notice, ruleset and page view model."""
    project, problems = load_and_check(root)
    assert not problems, problems.report()
    out = Sessions()
    out.frozen = root == FROZEN
    for notice in build_notices(project):
        ruleset = compile_ruleset(notice, project.content.checklist)
        view = notice_view(notice, dt.date(2025, 10, 1))
        out[f"{notice.slug}/{notice.year}"] = (notice, ruleset, view)
    return out


@pytest.fixture(scope="module", params=[REAL, FROZEN], ids=["real", "frozen"])
def sessions(request):
    return sessions_of(request.param)


def _condition(json_condition) -> Condition:
    """A ruleset condition (JSON) back into the model's Condition, to put it in words."""
    if json_condition[0] == "test":
        return Condition("test", question=json_condition[1], values=tuple(json_condition[2]))
    return Condition(json_condition[0], children=tuple(_condition(c) for c in json_condition[1]))


def _page_rows(view):
    return {row.id: row for group in view.documents for row in group.rows}


def test_the_page_lists_exactly_the_checklists_documents_under_the_same_conditions(sessions):
    for key, (notice, ruleset, view) in sessions.items():
        rows = _page_rows(view)
        documents = {d["id"]: d for d in ruleset["documents"]}
        assert set(rows) == set(documents), f"{key}: page {sorted(set(rows) - set(documents))}, checklist {sorted(set(documents) - set(rows))}"
        for did, row in rows.items():
            assert row.who == condition_words(notice, _condition(documents[did]["when"])), f"{key}: {did}"
            national = documents[did]["provenance"]["kind"] == "national"
            assert (row.provenance is not None and row.provenance.startswith("Règle nationale")) == national, f"{key}: {did} {row.provenance!r}"


def test_the_checklist_lists_a_document_exactly_when_the_pages_condition_holds(sessions):
    rulesets = {key: ruleset for key, (_, ruleset, _) in sessions.items()}
    checked = 0
    for key, answers in random_situations(rulesets, RANDOM_COUNT, SEED):
        notice, ruleset, view = sessions[key]
        result = engine.evaluate(ruleset, answers)
        if (result["standing"] or {}).get("kind") == "outside_academy":
            # (no question, unless their situation can still make their establishment register them: then it alone)
            asked = [result["standing"]["unless_establishment"]] if result["standing"].get("unless_establishment") else []
            assert not result["documents"] and not result["deadlines"] and result["questions"] == asked, f"{key} {answers}: another academy's candidate"
            # no warning at all: none about this notice's rules, and the standing says their department is another
            # academy's; it depends on their department alone, and on what says whether an establishment registers
            # them (their situation and route)
            decisive = {q: v for q, v in result["answers"].items() if q in ("department", "situation", "route")}
            alone = engine.evaluate(ruleset, decisive)
            assert (alone["standing"] or {}).get("kind") == "outside_academy", f"{key} {decisive}"
            assert result["warnings"] == [], f"{key} {answers}: a warning for another academy's candidate"
            # the same situation in the academy: its list is checked below
            answers = {**answers, "department": ruleset["academy"]["departments"][0]}
            result = engine.evaluate(ruleset, answers)
        listed = {d["id"] for d in result["documents"]}
        standing = result["standing"]
        if standing is not None and standing["kind"] in engine.NO_LIST:
            assert not listed and not result["complete"], f"{key} {answers}: a list for a candidate the notice does not concern"
            continue
        state = engine._State(ruleset, result["answers"])
        documents = {d["id"]: d for d in ruleset["documents"]}
        for did in _page_rows(view):
            holds = state.evaluate(documents[did]["when"])[0] is True
            assert holds == (did in listed), f"{key} {answers}: « {did} » page says {holds}, checklist {did in listed}"
        checked += 1
    if sessions.frozen:  # (on the real data, most draws may meet candidates no notice concerns)
        assert checked > RANDOM_COUNT // 2


def test_the_checklist_names_the_annexes_of_the_pages_r408_table_and_applies_the_exemption(sessions):
    for key, (notice, ruleset, view) in sessions.items():
        national = notice.r408.national
        if national is None:
            continue
        situation = next((c.situation for c in notice.who if c.how in (("establishment",) if notice.audience == "establishment" else ("individual",)) and not c.routes), None)
        if situation is None:
            continue
        # (the page shows the list in French alphabetical order: each row with its entry by name)
        rows = {row.specialty: row for row in view.r408.national_rows}
        assert len(rows) == len(national.specialties), key
        for entry in national.specialties:
            row = rows[specialty_name(notice, entry.specialty)]
            assert row.specialty == specialty_name(notice, entry.specialty)
            answers = {"situation": situation, "specialty": entry.specialty.specialty, "r408_waiver": "no"}
            if entry.specialty.option:
                answers["option"] = entry.specialty.option
            result = engine.evaluate(ruleset, answers)
            r408 = [d for d in result["documents"] if {d["national"], *d["covers"]} & R408_DOCUMENTS]
            assert r408, f"{key}: no R408 attestation for {entry.specialty}"
            assert all(d["annexes"] == list(entry.annexes) for d in r408), f"{key}: {entry.specialty} {r408}"
            if not national_waiver(notice):
                continue
            waived = engine.evaluate(ruleset, dict(answers, r408_waiver="yes"))
            ids = {d["id"] for d in waived["documents"]}
            assert not {d["id"] for d in r408} & ids, f"{key}: the RQTH exemption stated on the page is not applied for {entry.specialty}"
            assert "r408_waiver_rqth" in ids, f"{key}: no RQTH justification for {entry.specialty}"


R408_DOCUMENTS = {"r408_attestation", "r408_attestation_2016"}


def national_waiver(notice) -> bool:
    """The session shows the national RQTH exemption (its text is in force)."""
    return any(d.national == "r408_waiver_rqth" for d in notice.documents)


def test_complete_is_said_only_when_nothing_is_left(sessions):
    rulesets = {key: ruleset for key, (_, ruleset, _) in sessions.items()}
    completes = 0
    for key, answers in random_situations(rulesets, RANDOM_COUNT, SEED + 1):
        ruleset = rulesets[key]
        result = engine.evaluate(ruleset, answers)
        if result["complete"]:
            completes += 1
            assert not result["questions"] and not result["undecided"] and not result["undecided_steps"]
            assert result["standing"]["kind"] == "concerned"
            assert ruleset["documents_given"]
    if sessions.frozen:
        assert completes > 0, "the draw never reached a complete list"



def test_a_warning_in_the_notice_s_own_words_is_words_its_page_shows(sessions):
    """A warning the session file writes in the notice's words (warnings: <id>: text:, and the warnings only that
    notice gives) says what the notice page shows, or the page of one of its forms (test_forms: every word of its
    parts), not words of its own (Aix-Marseille 2023, Clermont-Ferrand 2024; Toulouse 2024's renunciation, its annex 2
    form's lines quoted whole between « », walk 42 M4). A warning whose words the page says nowhere else is shown by
    the page itself, under « Avertissements de la notice » (staffwalk52 M5; tests/site/test_provenance_pages.py): the
    page and the checklist then say the same words."""
    import re

    from generator.model.values import given
    from generator.site.pages import notice_page

    def plain(text: str) -> str:
        text = re.sub(r"</?span[^>]*>", "", text)  # (an address the page keeps as text: <span class="bts-address">)
        text = re.sub(r"<[^>]+>|\*\*|[\u00a0\u202f]", " ", text).replace("’", "'")
        return " ".join(text.split())

    checked = 0
    for notice, _, _ in sessions.values():
        own = [s for s in notice.session.warnings.values() if s.text is not None]
        if not own:
            continue
        page = plain(notice_page(notice, dt.date(2025, 10, 1)))
        forms = [plain(" ".join(p.paragraph for _, p in form.all_parts() if p.paragraph)) for form in given(notice.session.forms) or ()]
        for switch in own:
            text = plain(switch.text)
            if text.startswith("« ") and text.endswith(" »") and text.count("«") == 1:
                text = text[2:-2]  # (a quotation whole: a form's lines, in its first person)
            # (each passage of a quotation cut by « […] », at its start, between two passages or at its end; its case
            # as the page's, its first letter too: a text taken from the middle of a sentence starts with « […] » and
            # the notice's lower case, the staff guide's « Les mots de la notice, mot pour mot », trust69)
            for words in filter(None, (w.strip() for w in text.split("[…]"))):
                if any(words in form for form in forms):
                    continue
                assert words in page, (notice.slug, notice.year, switch.text)
            checked += 1
    if sessions.frozen:
        assert checked  # the frozen Clermont-Ferrand 2024 gives one


def test_a_warning_s_title_does_not_open_with_its_text_s_words(sessions):
    """A warning's title says what it is about, not the first words of its text again (a phone walk: Clermont-Ferrand
    2024's « Inscription aux épreuves facultatives » over « L'inscription aux épreuves facultatives doit être faite… »,
    twice in a row at the question; its « Renoncement à un bénéfice de notes » over « Le renoncement à un bénéfice de
    notes lors d'une session est définitif. »). Articles and prepositions aside; a title of one word may."""
    import re

    small = {"le", "la", "les", "l", "un", "une", "des", "du", "de", "d", "à", "au", "aux", "en", "sur", "par"}

    def words(text: str) -> list[str]:
        return [w for w in re.findall(r"\w+", text.lower().replace("’", "'")) if w not in small]

    checked = 0
    for notice, ruleset, _ in sessions.values():
        for warning in ruleset["warnings"]:
            title = words(warning["title"])
            opening = words(warning["text"] or "")[: len(title)]
            assert len(title) < 2 or title != opening, (notice.slug, notice.year, warning["id"], warning["title"], warning["text"])
            checked += 1
    assert checked


def test_the_situations_the_page_says_are_not_cited_are_those_the_checklist_gives_no_list(sessions):
    """« La notice ne compte pas parmi les candidats qu’elle concerne ceux qui répondent … » (notice page, individual candidates' notices) lists, in the
    checklist's words, exactly the situations for which the checklist says « not cited », whatever the route."""
    seen = 0
    for key, (notice, ruleset, view) in sessions.items():
        situation = next((q for q in ruleset["questions"] if q["id"] == "situation"), None)
        if situation is None or not ruleset["who_given"] or ruleset["session"]["audience"] == "establishment":
            assert view.who.not_cited == (), key
            continue
        routes = [None] + [value for value, _ in next((q["choices"] for q in ruleset["questions"] if q["id"] == "route"), [])]
        department = ruleset["academy"]["departments"][0]
        for choice, label in situation["choices"]:
            kinds = {
                engine.standing_kind(engine.evaluate(ruleset, {"department": department, "situation": choice, **({"route": r} if r else {})}))
                for r in routes
            }
            assert (label in view.who.not_cited) == (kinds == {"not_listed"}), (key, choice, kinds)
            seen += label in view.who.not_cited
        # the PDF's annex says the same (the notice's own pages do not), as the page: its sentence, then the guide's
        # answers one a line, never between « » beside the notice's quotations (read68 L2, read69 L2)
        from generator.site.annex_view import annex_view
        from generator.site.templating import MARKDOWN, render_markdown

        annex = annex_view(notice, dt.date(2025, 10, 1))
        printed = render_markdown(MARKDOWN, "guide_annex.md.j2", notice.texts, annex=annex)
        if view.who.not_cited:  # (spaces: the rendering puts the narrow ones before « ? »)
            def flat(text):
                return " ".join(text.replace("\u202f", " ").replace("\xa0", " ").split())
            assert flat(view.who.not_cited_text) in flat(printed), key
        lines = printed.split("\n")
        for label in view.who.not_cited:
            shown = label.replace("'", "’")  # (the page's typography)
            assert f"- {shown}" in lines and f"« {shown} »" not in printed, (key, label)
    assert seen or not sessions.frozen


def test_a_date_a_national_text_gives_otherwise_is_said_on_the_page_and_in_the_checklist(sessions):
    """A notice item a national statement dates otherwise (« Le formulaire devra être téléversé au plus tard le
    15/01/2024 », beside « au plus tard à la date limite d'inscription à l'examen »): the page prints the notice's
    date under the statement's topic, and the checklist the statement's words under the item, for the same items;
    no other item of the checklist carries such words."""
    from generator.french import lower_first
    from generator.site.words import document_deadline

    seen = 0
    for key, (notice, ruleset, view) in sessions.items():
        pairs = notice.national_dating()
        # (« cited »: the texts with the notices citing them when this one does not, checked below)
        said = {d["id"]: [{k: v for k, v in rule.items() if k != "cited"} for rule in d["national_dating"]] for d in ruleset["documents"]}
        cited = {d["id"]: [rule["cited"] for rule in d["national_dating"]] for d in ruleset["documents"]}
        expected: dict[str, list] = {}
        for statement, doc in pairs:
            entry = {"words": statement.documents_by, "texts": [t.title for t in statement.provenance.texts or statement.replaces],
                     "as_given_by": national_as_given_by(notice, statement),
                     # « la date limite d'inscription » it names, said unknown where the notice gives no closing (L9)
                     "closing_unsaid": statement.due_at_closing is not None and notice.closing is None}
            assert statement.documents_by.casefold() in " ".join(statement.text.split()).casefold(), (key, statement.id)  # (its capital aside)
            expected.setdefault(doc.id, [])
            if entry not in expected[doc.id]:
                expected[doc.id].append(entry)
            # the R408 topic is shown in the R408 section, the others among the topics
            printed = [line for t in view.topics for line in t.notice_deadlines] + list(view.r408.notice_deadlines if view.r408 else ())
            def plain(text: str) -> str:
                return " ".join(text.replace("\xa0", " ").replace("\u202f", " ").replace("’", "'").split())

            date = plain(lower_first(document_deadline(notice, doc))).rstrip(".» ")  # (as it reads after « : »)
            assert any(date in plain(line) for line in printed), (key, doc.id, printed)
            seen += 1
        assert {k: v for k, v in said.items() if v} == expected, key
        # and the page says it after the topic where the checklist says it under the item (readnantes64 L9)
        unsaid = {d for d, rules in said.items() if any(r["closing_unsaid"] for r in rules)}
        assert bool(unsaid) == any(t.closing_unsaid for t in view.topics), key
        if sessions.frozen:
            # by hand, from the frozen files: the items a national text dates otherwise, and its words
            by_hand = {
                "toulouse/2024": {"engagement_etudiant_form": "au plus tard à la date limite d'inscription à l'examen",
                                  "r408": "lors de votre confirmation d'inscription"},
                # the notice quotes the decree in its words (replace:): its item is dated by it as well
                "nantes/2026": {"engagement_etudiant": "au plus tard à la date limite d'inscription à l'examen",
                                "r408": "lors de votre confirmation d'inscription"},
            }.get(key, {})
            assert {k: [d["words"] for d in v] for k, v in said.items() if v} == {k: [w] for k, w in by_hand.items()}, key
            # the R408 rule's words the guide has from Clermont-Ferrand's notice only, which cites the arrêté (walk 42
            # M1): said as that notice's; the engagement étudiant decree's, as the national text's
            given = {k: [d["as_given_by"] for d in v] for k, v in said.items() if v}
            clermont = "la notice de Clermont-Ferrand (session 2024)"
            assert given == {k: [clermont if k == "r408" else None] for k in by_hand}, key
            # the engagement étudiant decree: Nantes 2026 cites it, Toulouse 2024 does not (Aix-Marseille 2023 and
            # Nantes 2026 do): « Selon le décret …, cité par les notices d'Aix-Marseille (session 2023) et de Nantes… »
            for k, rules in cited.items():
                if k == "engagement_etudiant" or k == "engagement_etudiant_form":
                    if key == "nantes/2026":
                        assert rules == [None], (key, k, rules)
                    else:
                        assert len(rules) == 1 and "Aix-Marseille (session 2023)" in rules[0].replace("’", "'") and "Nantes (session 2026)" in rules[0], (key, k, rules)
    assert seen or not sessions.frozen


def test_beside_a_national_text_s_date_the_guide_says_to_follow_the_notice_s_in_every_output(sessions):
    """A notice item a national text dates otherwise has two dates, the notice's (or its words on a later deposit) and
    the text's « when »: the command line, the page's answer and the notice page (its R408 section or topic, under
    the notice's date) then say which one the candidate follows, the notice's, in one text (a review, walk 42 M1:
    Nantes 2026's R408 attestation, « au plus tard le vendredi 12 décembre 2025 » beside « lors de votre
    confirmation d'inscription », and no word on which counts); never under an item without a second date. The R408
    rule the guide has through a notice, its text not read, is said after that notice, not as the text read."""
    from generator.checklist import text as cli_text
    from generator.site import pages

    seen = {"item": 0, "as_given": 0, "closing_unsaid": 0}
    for key, (notice, ruleset, view) in sessions.items():
        t = notice.texts
        counts = t.text("provenance.notice_date_counts", office=notice.office_reach)
        dated = {d["id"] for d in ruleset["documents"] if d["national_dating"]}
        # the notice page: once under each notice date printed beside a national text's « when »
        page = pages.notice_page(notice, dt.date(2023, 9, 1))
        printed = [line for topic in view.topics for line in topic.notice_deadlines] + list(view.r408.notice_deadlines if view.r408 else ())
        assert page.count(counts) == sum(1 for topic in view.topics if topic.notice_deadlines) + bool(view.r408 and view.r408.notice_deadlines), key
        assert bool(printed) == bool(dated), key
        for doc in ruleset["documents"]:
            if doc["id"] not in dated:
                continue
            # every answer that lists the item: the one that meets its condition
            answers = _answers_listing(ruleset, doc)
            if answers is None:
                continue
            result = engine.evaluate(ruleset, answers)
            listed = next(d for d in result["documents"] if d["id"] == doc["id"])
            cli = cli_text.national_dating_lines(listed, t, office=ruleset["academy"]["office_reach"])
            shown = cli_text.national_dating_lines(listed, t, ("checklist_page.national_dating", "checklist_page.national_dating_as_given", "checklist_page.national_dating_cited"),
                                                  office=ruleset["academy"]["office_reach"])
            # what to follow first, the other reading after it, for information (phone55 L3)
            # (and, under a rule on « la date limite d'inscription » the notice does not give, that date unknown: L9)
            unsaid = sum(bool(rule["closing_unsaid"]) for rule in listed["national_dating"])
            assert cli[0] == shown[0] == counts and len(cli) == len(listed["national_dating"]) + unsaid + 1, (key, doc["id"], cli)
            # the same sentences on the command line as on the page, each on a line of its own (read57 L1: the command
            # line's began « pour information » in lower case, with no full stop, after « …de l'académie. »)
            assert cli == shown, (key, doc["id"], cli, shown)
            rendered = cli_text.render(ruleset, result, t)
            assert "    " + counts in rendered.splitlines(), (key, doc["id"])
            lines = iter(shown[1:])
            for rule in listed["national_dating"]:
                line = next(lines)
                if rule["closing_unsaid"]:
                    seen["closing_unsaid"] = seen.get("closing_unsaid", 0) + 1
                    assert next(lines) == t.text("dates.closing_unsaid"), (key, doc["id"], shown)
                if rule["as_given_by"]:
                    seen["as_given"] += 1
                    assert line.startswith(f"Pour information, selon {rule['as_given_by']}, qui cite") and "pas consulté" in line, (key, line)
            seen["item"] += 1
        for doc in ruleset["documents"]:
            if doc["id"] in dated:
                continue
            answers = _answers_listing(ruleset, doc)
            if answers is not None:
                listed = next(d for d in engine.evaluate(ruleset, answers)["documents"] if d["id"] == doc["id"])
                assert cli_text.national_dating_lines(listed, t, office=ruleset["academy"]["office_reach"]) == (), (key, doc["id"])
    assert all(seen.values()) or not sessions.frozen, seen


def _answers_listing(ruleset: dict, doc: dict) -> dict | None:
    """Answers of a candidate of the notice whose list has ``doc``, among a few simple draws; None if none found."""
    for _, answers in random_situations({"notice": ruleset}, 400, seed=SEED):
        result = engine.evaluate(ruleset, answers)
        if any(d["id"] == doc["id"] for d in result["documents"]):
            return answers
    return None


def test_an_item_the_notice_lists_under_several_rubriques_names_them_all_in_the_checklist(sessions):
    """Aix-Marseille 2023 repeats its R408 line under three rubriques (the page shows it in each); the checklist
    lists it once: its source names the three, not only the first (a salaried candidate read « formation à
    distance »)."""
    seen = 0
    for key, (notice, ruleset, _) in sessions.items():
        documents = {d["id"]: d for d in ruleset["documents"]}
        # (each rubrique said where the notice has it: the section: of its pieces, the notice's heading in « »; its
        # group's name where they give none; quote77)
        places = {d.group: d.provenance.section for d in reversed(notice.documents) if not d.national and d.provenance.section}
        for doc in notice.documents:
            if doc.also_listed_in and doc.provenance.kind == "notice":
                section = documents[doc.id]["provenance"]["section"]
                assert all(places.get(group, group) in section for group in (doc.group, *doc.also_listed_in)), (key, doc.id, section)
                seen += 1
    assert seen or not sessions.frozen  # the frozen Aix-Marseille 2023's R408 line


def test_where_one_lives_sends_a_candidate_elsewhere_only_where_the_notice_says_it(sessions):
    """No national text says that one registers in the academy where one resides; Toulouse, Clermont-Ferrand and
    Nantes 2024 say it (residence:). Over the seeded random situations, a department of another academy in place of
    one of the academy's: where the notice says it, a candidate the notice concerns who registers themselves gets
    « not this notice » (nothing listed); where it does not, the candidate keeps the same standing (one the notice does
    not cite, marked ``elsewhere``: the note sends them to their academy first), documents, steps and dates, and only
    the warning about the department is added (not for a candidate their establishment
    registers: where they live decides nothing). The page's header says residence decides exactly where the
    checklist applies it."""
    rulesets = {key: ruleset for key, (_, ruleset, _) in sessions.items()}
    reached = {"said": 0, "unsaid": 0}
    for key, answers in random_situations(rulesets, RANDOM_COUNT, SEED):
        notice, ruleset, view = sessions[key]
        said = ruleset["session"]["residence"] is not None
        assert said == bool(notice.session.session.residence), key
        assert (view.header.departments_key != "header.departments_of_academy") == (said or notice.audience == "establishment"), key
        departments = ruleset["academy"]["departments"]
        away = next(c for c in ("75", "974", "2A", "13", "31") if c not in departments)
        home = engine.evaluate(ruleset, {**answers, "department": departments[0]})
        there = engine.evaluate(ruleset, {**answers, "department": away})
        standing = home["standing"]
        if said:
            if standing is not None and standing["kind"] == "concerned" and standing["category"]["how"] == "individual":
                assert engine.standing_kind(there) == "outside_academy", (key, answers)
                assert there["documents"] == there["steps"] == there["deadlines"] == [], (key, answers)
                reached["said"] += 1
            continue
        assert engine.standing_kind(there) != "outside_academy", (key, answers)
        # (not cited: the same, marked « elsewhere », that the note sends them to their academy first: read60 M4)
        assert there["standing"] == (standing | {"elsewhere": True} if engine.standing_kind(home) == "not_listed" else standing), (key, answers)
        for part in ("documents", "undecided", "steps", "deadlines", "complete"):
            assert there[part] == home[part], (key, part, answers)
        home_warnings, there_warnings = [w["id"] for w in home["warnings"]], [w["id"] for w in there["warnings"]]
        by_establishment = standing is not None and standing.get("category", {}).get("how") == "establishment"
        assert [w for w in there_warnings if w != "outside_academy"] == home_warnings, (key, answers)
        assert ("outside_academy" in there_warnings) == (not by_establishment), (key, answers)
        reached["unsaid"] += standing is not None and standing["kind"] == "concerned"
    assert all(reached.values()) or not sessions.frozen, reached


def test_a_statement_the_page_shows_is_told_in_the_checklist_to_the_candidates_it_concerns(sessions):
    """A statement of the notice page with ``checklist_when:`` (the D613-26 provisions to a candidate with a disability,
    the engagement étudiant request's deadline to who sits it; a review: on the page, never in the list) is one of the
    checklist's warnings, in the page's words, under its topic's title, with the page's provenance, shown exactly to
    the candidates it concerns; not when an item of the notice says it under itself already (Toulouse 2024's form).
    In a topic where the notice says statements of its own to candidates (its topics: notice: with checklist_when:),
    it is a part of that topic's one warning, with its texts (a review, walk 42 L6: Toulouse 2024's article D613-26
    and the notice's sentence citing it, two items far apart). A statement the guide dates with the notice's
    registration closing (merge: closing_due) carries that date (``deadline``), the candidate's date exactly while it is
    said to them (a review, walk 41b L5): its own warning, or, in such a topic, its part and that topic's warning
    (review88: Aix-Marseille 2023's engagement étudiant, two items of one title in a row)."""
    from generator.checklist.compile import notice_topic_warning_id

    seen = {"shown": 0, "under_item": 0, "with_notice": 0, "closing": 0}
    for key, (notice, ruleset, view) in sessions.items():
        under_items: dict[int, list] = {}
        for statement, doc in notice.national_dating():
            under_items.setdefault(id(statement), []).append(doc.when)
        for topic in notice.topics:
            own = [s for s in topic.statements if s.id is None and s.checklist_when is not None]
            for statement in topic.statements:
                if statement.checklist_when is None or statement.id is None:
                    continue  # (the notice's own statements: the next test)
                found = [w for w in ruleset["warnings"] if w["text"] == statement.text]
                if statement.checklist_when in under_items.get(id(statement), []):
                    seen["under_item"] += 1
                    assert found == [], (key, topic.id, statement.id)
                    continue
                # items asked of some of its candidates only: said to the others (checked on the variant below)
                assert id(statement) not in under_items, (key, statement.id, "a new case: check the combined condition")
                # (as the page names them: with the notices citing them when this one does not)
                texts = notice.texts_words(statement.provenance.texts) if statement.provenance.kind == "national" else []
                condition = statement.checklist_when
                assert condition.kind == "test", (key, "a one-question condition is tried here")
                if own:
                    seen["with_notice"] += 1
                    assert found == [], (key, topic.id, statement.id)
                    [warning] = [w for w in ruleset["warnings"] if w["id"] == notice_topic_warning_id(topic.id)]
                    parts = [p for p in warning["parts"] if p["text"] == statement.text]
                    assert len(parts) == 1 and parts[0]["when"] == condition.to_json(), (key, topic.id, statement.id)
                    assert (parts[0].get("texts") or []) == texts, (key, topic.id, statement.id)
                    due = statement.closing_due
                    assert parts[0].get("deadline") == (due.id if due else None), (key, statement.id)
                    if due is not None:
                        seen["closing"] += 1
                        assert warning.get("deadline") == due.id, (key, statement.id)
                    for answers in ({}, {condition.question: condition.values[0]}):
                        result = _listed(ruleset, {"situation": "repeater", **answers})
                        if result is None:
                            continue
                        groups = [g for w in result["warnings"] if w["id"] == warning["id"] for g in w["groups"]]
                        said = [g for g in groups if _said_in_group(statement.text, g)]
                        assert bool(said) == bool(answers), (key, warning["id"], answers)
                        if said:
                            assert (said[0].get("sources") or []) == texts and said[0]["section"] == (None if texts else statement.provenance.section), key
                        if due is not None:
                            dated = [w.get("deadline") for w in result["warnings"] if w["id"] == warning["id"]]
                            assert (dated == [due.id]) == bool(answers) == (due.id in {d["id"] for d in result["deadlines"]}), (key, answers)
                    continue
                seen["shown"] += 1
                assert len(found) == 1 and found[0]["title"] == topic.title, (key, topic.id, statement.id, found)
                warning = found[0]
                assert warning["provenance"]["kind"] == statement.provenance.kind and warning["provenance"]["texts"] == texts, key
                # (the page shows notice.topics' statements: the same words) shown to whom the condition holds only
                assert warning["when"] == condition.to_json(), key
                due = statement.closing_due
                assert warning.get("deadline") == (due.id if due else None), (key, statement.id)
                if due is not None:
                    seen["closing"] += 1
                    [deadline] = [d for d in ruleset["deadlines"] if d["id"] == due.id]
                    assert dt.datetime.fromisoformat(deadline["end"]) == notice.closing and deadline["has_time"] == notice.closing_has_time, key
                    assert deadline["words"] is None and deadline["note"], key  # (never the notice's words: the guide's note)
                for answers in ({}, {condition.question: condition.values[0]}):
                    result = engine.evaluate(ruleset, engine.normalise(ruleset, {"department": ruleset["academy"]["departments"][0], "situation": "repeater", **answers}))
                    if engine.standing_kind(result) in engine.NO_LIST:
                        continue
                    shown = warning["id"] in {w["id"] for w in result["warnings"]}
                    assert shown == bool(answers), (key, warning["id"], answers)
                    if due is not None:
                        assert (due.id in {d["id"] for d in result["deadlines"]}) == shown, (key, due.id, answers)
    # (the frozen content says both national statements, as the real one does: every path is reached there)
    assert all(seen.values()) or not sessions.frozen, seen


def _listed(ruleset, answers: dict) -> dict | None:
    """The engine's result for ``answers`` in a department of the academy, None when the notice gives no list."""
    result = engine.evaluate(ruleset, engine.normalise(ruleset, {"department": ruleset["academy"]["departments"][0], **answers}))
    return None if engine.standing_kind(result) in engine.NO_LIST else result


def _said_in_group(text: str, group: dict) -> bool:
    """A statement's text among a group's paragraphs, its first line apart when that line is the group's case."""
    lines = text.strip("\n").split("\n")
    if group["case"] and lines[0].strip().rstrip(":").rstrip() == group["case"]:
        text = "\n".join(lines[1:])
    return f"\n\n{text.strip(chr(10))}\n\n" in f"\n\n{group['text'].strip(chr(10))}\n\n"  # (a sub-case's indent kept)


def test_the_notice_s_statements_the_page_shows_are_told_in_the_checklist_to_the_candidates_they_concern(sessions):
    """A statement of the notice on a topic (its topics: notice:) with ``checklist_when:`` (Clermont-Ferrand's rules on
    the marks a repeater keeps, to who keeps marks; Toulouse's presentation video, to everyone; a review: on the page,
    never in the list): the page shows it under its topic, and the checklist's warning of that topic (one, under the
    topic's title) has it as a part, in the page's words, place and order, with its condition; the engine says it
    exactly to the candidates its condition holds for, among the others of its topic, with the notice's place."""
    from generator.checklist.compile import notice_topic_warning_id

    seen = {"everyone": 0, "some": 0, "beside": 0}
    for key, (notice, ruleset, view) in sessions.items():
        on_page = {t.id: [text for block in t.blocks for text in block.texts] for t in view.topics}
        for topic in notice.topics:
            own = [s for s in topic.statements if s.id is None and s.checklist_when is not None]
            found = [w for w in ruleset["warnings"] if w["id"] == notice_topic_warning_id(topic.id)]
            if not own:
                assert found == [], (key, topic.id)
                continue
            assert len(found) == 1 and found[0]["title"] == topic.title, (key, topic.id, found)
            warning = found[0]
            # the page's words and order (the R408 topic: in its own section of the page)
            if topic.id in on_page:
                texts = on_page[topic.id]
                assert [texts.index(s.text) for s in own] == sorted(texts.index(s.text) for s in own), (key, topic.id)
            # (with them, in the page's order, the topic's national statements the checklist says, each with its texts,
            # unless an item says it under itself: the previous test; one the guide dates with the closing, with its date)
            dated_under = {id(statement) for statement, _ in notice.national_dating()}
            joined = [s for s in topic.statements if s.checklist_when is not None
                      and (s.id is None or id(s) not in dated_under)]
            assert warning["parts"] == [
                {"text": s.text, "when": s.checklist_when.to_json(), "section": s.provenance.section,
                 **({"texts": notice.texts_words(s.provenance.texts)} if s.provenance.kind == "national" else {}),
                 **({"deadline": s.closing_due.id} if s.closing_due is not None else {})} for s in joined
            ], (key, topic.id)
            for statement in own:
                condition = statement.checklist_when
                if condition == Condition.always():
                    tries = [({}, True), ({"situation": "repeater"}, True)]
                    seen["everyone"] += 1
                elif condition.kind == "test":
                    others = [v for v in next(q for q in ruleset["questions"] if q["id"] == condition.question)["choices"]
                              if v[0] not in condition.values]
                    # (with the other parts of its topic said where another question decides them: the warning
                    # shown, this part left out; Clermont-Ferrand's renunciation beside the rules on marks kept)
                    besides = {o.checklist_when.question: o.checklist_when.values[0] for o in own
                               if o.checklist_when.kind == "test" and o.checklist_when.question != condition.question}
                    tries = [({condition.question: condition.values[0]}, True)] + [({condition.question: v[0]}, False) for v in others[:2]]
                    tries += [({**besides, condition.question: v[0]}, False) for v in others[:1]] if besides else []
                    seen["some"] += 1
                    seen["beside"] += bool(besides)
                else:
                    # (a condition of several questions, which staff may write: its part is checked above, words, order
                    # and condition; the engine's conditions themselves by tests/checklist/test_cases_cpython.py)
                    tries = []
                for answers, told in tries:
                    result = _listed(ruleset, {"situation": "repeater", **answers} if condition.question != "situation" else answers)
                    if result is None:
                        continue
                    shown = [w for w in result["warnings"] if w["id"] == warning["id"]]
                    # (its paragraphs: a statement's own blank lines kept, Aix-Marseille's three « Aucun… »)
                    # (what the outputs show: the groups, each its text and its place; a case's heading line taken out)
                    groups = shown[0]["groups"] if shown else []
                    said = [g for g in groups if _said_in_group(statement.text, g)]
                    assert bool(said) == told, (key, topic.id, answers)
                    if told:
                        assert said[0]["section"] == statement.provenance.section, (key, topic.id)
    assert all(seen.values()) or not sessions.frozen, seen


def test_a_statement_an_item_says_for_some_of_its_candidates_only_is_told_to_the_others():
    """(A review of the diff) A notice whose engagement étudiant form, which says the national deadline under itself, is
    asked of students only (a made-up variant of Toulouse 2024's real data): the statement is not dropped for the
    others; it is told to a candidate who sits the exam outside that condition, not to a student."""
    import dataclasses

    from generator.model.conditions import Condition

    project, problems = load_and_check(REAL)
    assert not problems, problems.report()
    notice = next(n for n in build_notices(project) if (n.slug, n.year) == ("toulouse", 2024))
    pairs = notice.national_dating()
    statement, form = next((s, d) for s, d in pairs if s.checklist_when is not None)
    narrower = Condition.all_of(form.when, Condition("test", question="situation", values=("distance",)))
    documents = tuple(dataclasses.replace(d, when=narrower) if d is form else d for d in notice.documents)
    variant = dataclasses.replace(notice, documents=documents)
    ruleset = compile_ruleset(variant, project.content.checklist)
    found = [w for w in ruleset["warnings"] if w["text"] == statement.text]
    assert len(found) == 1, found
    department = ruleset["academy"]["departments"][0]
    shown = lambda answers: found[0]["id"] in {w["id"] for w in engine.evaluate(ruleset, engine.normalise(ruleset, {"department": department, **answers}))["warnings"]}
    yes = {statement.checklist_when.question: statement.checklist_when.values[0]}
    assert shown({"situation": "repeater", **yes}) and not shown({"situation": "distance", **yes}) and not shown({"situation": "repeater"})
    # the real file: asked of every candidate who sits it, said under the form only
    assert [w for w in compile_ruleset(notice, project.content.checklist)["warnings"] if w["text"] == statement.text] == []
