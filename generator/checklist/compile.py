"""Notice → ruleset: the plain, JSON-able facts the checklist engine works on.

Every fact comes from the Notice (``generator.merge``), plus the warning texts
of ``content/checklist.yaml``. Its questions are those some rule of the session
reads (``reachability.questions_read``): the others, whose answer would change
nothing, are never asked. Datetimes are resolved here, at build time, with the
academy's time zone: the engine only sees ISO 8601 strings with their UTC
offset. Keys are emitted in a fixed order (``json.dumps(..., sort_keys=True)``
gives the same bytes on every build).
"""

from __future__ import annotations

import json
import re
import weakref
import unicodedata
from pathlib import Path

from ..french import CONTINUES_LABEL, inner_quotes, lower_first
from ..merge import Notice, Provenance, national_dating_source
from ..model.content import ChecklistFile
from ..model.conditions import Condition
from ..model.session import exam_office_people, vae_office_in_force
from ..model.values import given
from ..provenance import warning_in_force, warning_in_notice_words, warning_source
from ..reachability import question_json, questions_read, specialty_json
from ..site.document_view import beside_its_item, form_links
from ..site.words import office_reach
from ..site.notice_view import adjustment_ask, contacts as contacts_view, contacts_places, guide_said, note_url, recipient_words, step_sections, steps_reworded
from ..site.text import step_title, written_address
from ..site.words import address_said, condition_words, deposit_sentences, date_note, document_condition, part_source, reading, specialty_name, unsaid

# The ruleset's shape (its « format » key), raised when a key is added, removed or read otherwise: 6, « forms » (the
# pieces whose form has a page) and the questions kept only where something reads them (engine: a question the ruleset
# does not have is not asked); 7, a step's « provenance » (_step_provenances: its source line, as a document's); 8, a
# specialty's « former_names » (the form's options) and the exam-adjustment application's « said » (its address in the
# notice's words already); 9, a question's « yes_when » (the answer another answer gives: engine, Questions answered
# by another answer); 10, a question's « phrases_together », « contacts.exam_office_people » (the exam office's
# people, under it) and « exam_adjustment.source » (review58 L6). Nothing reads it yet but the file's readers: the
# ruleset's URL is named by its content (…?v=…), so a browser never keeps an older one; 11, « contacts.source » (the
# contacts' source line, as the page ends them: review58 L2); 12, a piece's « cited_unasked » (the notice cites its
# texts but does not ask it in this case: its source line says so, phone53 L2); 13, a deadline's « reading » (a day or
# an hour the guide reads, marked so in its words: read53 L1, review61 L1); 14, « academy.office_reach_site_below » (the
# office words where the academy's site is said just below them: phone57 L3) and « exam_adjustment.url_words » (its
# page's address as its « how » writes it: phone57 L5); 15, an office's « role_for_registered » (its role not said to a
# candidate given no list: cfnantes65); 16, a step's provenance's « establishment_step » (the establishments page's step
# with the notice's words: stepslink70); 17, an office's « url_words » (its web page's address as its note writes it:
# review76).
FORMAT = 17
ROOT = Path(__file__).resolve().parent.parent.parent


def notice_topic_warning_id(topic: str) -> str:
    """The id of the warning that says a topic's statements of the notice (``checklist_when:`` of its topics:
    notice:): its topic's id and « .notice », which no identifier of the data can be (a dot: never a warning's id of
    content/checklist.yaml or of a session's warnings:, nor a national statement's « topic_statement »)."""
    return f"{topic}.notice"


def _office(office) -> dict | None:
    if office is None:
        return None
    return {
        "name": office.name,
        "role": office.role,
        # (role: said to registered candidates only: the engine's _contacts leaves it out for a candidate given no list)
        "role_for_registered": office.role_for_registered,
        "emails": list(office.emails),
        "phones": list(office.phones),
        "address": list(office.address),
        "url": office.url,
        "note": office.note,
        # that address as its note writes it (None: not written there): the link there, no « Page web » line (the
        # notice page the same: notice_view.note_url; review76)
        "url_words": note_url(office),
    }


def _exam_adjustment(adjustment, texts, office) -> dict | None:
    """How candidates with a disability request exam adjustments (``notice.session.exam_adjustment``; ``office``, the
    session's exam office, to ask the recipient's address the notice does not give: notice_view.address_ask)."""
    if adjustment is None:
        return None
    application = adjustment.application
    sentences = {key: unsaid(adjustment.how, getattr(adjustment, key)) for key in ("decision", "renewal", "declare_in_cyclades")}
    return {
        "channel": adjustment.channel,
        "how": adjustment.how,
        "send_to": recipient_words(adjustment, texts, office),  # (with its address, or the words saying the notice gives none)
        # « said »: its « how » writes the address already, the line names the application only (the notice page the same)
        "application": {"name": application.name, "url": application.url, "said": address_said(adjustment.how, application.url)} if application else None,
        "url": adjustment.url,
        # that address as its « how » writes it (None: not written there): the link there, no line of its own
        # (site.text.written_address; the notice page the same; phone57 L5)
        "url_words": written_address(adjustment.how, adjustment.url) if adjustment.url else None,
        "deadline": adjustment.deadline,
        # the notice says a renewal needs no new request: a renewing candidate keeps a date it gives, said to be for those
        # who must make one, not one it does not give (engine: dated, new_request_only; review67 L8)
        "renewal_without_request": adjustment.renewal_without_request,
        # the case it excepts, in its words (None: not written; the list then says « le cas que la notice excepte »)
        "renewal_exception": adjustment.renewal_exception,
        # (a sentence its « how » already gives is not said again under a label: the notice page the same; each said
        # after the guide's label and « — », its first letter as the notice writes it: capital70)
        **sentences,
        # where in the notice the procedure is, said after it as on the notice page (« Notice de l'académie — … »)
        "source": part_source(texts, adjustment.section),
    }


def _listed_in(provenance: dict, doc, places: dict[str, str]) -> dict:
    """An item the notice's list repeats under several rubriques (also_listed_in: Aix-Marseille's R408 line):
    all of them, the candidate's among them (the checklist lists it once); ``sections``: each of them (their groups),
    of which the engine keeps the candidate's own once the answers decide it (engine._own_tables), and ``places``: where
    each is in the notice, as a piece's source line says it: its own section:, another's, that of a piece of that group
    (``places``: the notice's heading in « », quote77), else the group's name."""
    if provenance["kind"] != "notice" or not doc.also_listed_in:
        return provenance
    tables = [doc.group, *doc.also_listed_in]
    where = [provenance["section"] or doc.group, *(places.get(group, group) for group in doc.also_listed_in)]
    return {**provenance, "section": " ; ".join(where), "sections": tables, "places": where}


def _group_places(notice: Notice) -> dict[str, str]:
    """Each group of the notice's list of documents → the place in the notice its pieces give (their section:, the
    notice's headings in « »), the first piece of the group that gives one (_listed_in)."""
    out: dict[str, str] = {}
    for doc in notice.documents:
        if not doc.national and doc.group and doc.provenance.section and doc.provenance.section != doc.group:
            out.setdefault(doc.group, doc.provenance.section)
    return out


def _step_provenances(notice: Notice) -> list[dict]:
    """Where each CYCLADES step comes from, for its source line (as a document's ``provenance``: the engine's steps
    carry it, the three outputs say it as a piece's, « Notice de l'académie — « I- PRE-INSCRIPTION » »): this notice, at the
    place notice_view.step_sections finds, the notice page's own source line under each step (read53 M2); ``reworded``:
    steps the guide wrote in its words from the notice's (notice_view.steps_reworded), « Reformulé par le guide d'après
    la notice de l'académie — … », as the page says it; ``establishment_step``: of such a step, the number of the
    establishments page's step that has the notice's words (steps: establishment_step:; None: not given), which the
    notice page links under the step, the checklist page the same and the command line in words (stepslink70)."""
    reworded = steps_reworded(notice)
    return [{"kind": "notice", "section": section, "texts": [], "reworded": reworded, "establishment_step": step.establishment_step}
            for section, step in zip(step_sections(notice), given(notice.session.steps) or (), strict=True)]


def _iso(moment) -> str | None:
    return moment.isoformat() if moment is not None else None


def _provenance(notice: Notice, provenance: Provenance) -> dict:
    """Where an item comes from, for the checklist's « why »: the notice's section, or the national texts, as the
    page names them (« …, cité par la notice de Clermont-Ferrand (session 2024) »: Notice.text_words)."""
    return {"kind": provenance.kind, "section": provenance.section, "texts": notice.texts_words(provenance.texts)}


def _part(notice: Notice, statement) -> dict:
    """A statement of a topic as a part of the topic's warning (engine: Warnings): its words, the candidates to tell it
    to and its source: the notice's place, or, for a national statement, its texts (``texts``, only then)."""
    part = {"text": statement.text, "when": statement.checklist_when.to_json(), "section": statement.provenance.section}
    if statement.provenance.kind == "national":
        part["texts"] = notice.texts_words(statement.provenance.texts)  # (as the page names them: _provenance)
    if statement.closing_due is not None:
        # the notice's closing, as the guide reads the rule's « date limite d'inscription » (merge: closing_due): said
        # under the warning while this part is (engine: _warning_parts), and among the candidate's dates
        part["deadline"] = statement.closing_due.id
    return part


def _unlisted_piece(switch, warning: dict) -> dict:
    """A warning that says a piece of its candidates is missing from the notice's list (its session file's
    ``unlisted_piece: true``) marked so: their list is then never « complete » (engine: ``complete``)."""
    if switch is not None and switch.unlisted_piece:
        warning["unlisted_piece"] = True
    return warning


def _warnings(notice: Notice, checklist: ChecklistFile) -> list[dict]:
    """The warnings of content/checklist.yaml in force for the session (``provenance.warning_in_force``), then those
    only this notice gives (its ``warnings:``), with their provenance."""
    texts = notice.national_texts
    warnings = []
    for wid, warning in checklist.warnings.items():
        if not warning_in_force(warning, notice.session, wid, texts, notice.year):
            continue
        switch = notice.session.warnings.get(wid)
        kind, section, sources = warning_source(warning, switch, texts, notice.year)
        provenance = {"kind": kind, "section": section, "texts": notice.texts_words(sources) if sources else []}
        # in the notice's words where its session file gives them (a national warning's too, which it places)
        title, text, when = warning_in_notice_words(warning, switch) if switch is not None else (warning.title, warning.text, warning.when)
        warnings.append(_unlisted_piece(switch, {"id": wid, "title": title, "text": text, "when": when.to_json(), "provenance": provenance}))
    # the warnings only this notice gives (their identifiers are not in content/checklist.yaml), in its file's order
    for wid, switch in notice.session.warnings.items():
        if wid not in checklist.warnings:
            provenance = {"kind": "notice", "section": switch.section, "texts": []}
            title, text, when = warning_in_notice_words(None, switch)
            warnings.append(_unlisted_piece(switch, {"id": wid, "title": title, "text": text, "when": when.to_json(), "provenance": provenance}))
    # the statements of the page the checklist tells the candidates they concern (checklist_when:), under their topic's
    # title, unless an item of the notice says them under itself already (national_dating: Toulouse 2024's engagement
    # étudiant form)
    said_under: dict[int, list] = {}  # statement → the conditions of the items that say it under themselves
    for statement, doc in notice.national_dating():
        said_under.setdefault(id(statement), []).append(doc.when)
    for topic in notice.topics:
        # the notice's own statements of the topic (its topics: notice:) the checklist says: one warning under the
        # topic's title, each statement a part told to the candidates of its checklist_when (engine: Warnings), in
        # the page's order (a review: Clermont-Ferrand's rules on the marks a repeater keeps, one item, not seven);
        # with them, in that order, the topic's national statements the checklist says (and no item says under
        # itself), each part with its own source: a notice's words next to the national rule they follow (after:),
        # as the page shows them (a review, walk 42 L6: Toulouse 2024's marks a candidate with a disability keeps and
        # article D613-26 were two items far apart, saying nearly the same rule)
        own = [s for s in topic.statements if s.checklist_when is not None and s.id is None]
        # (one the guide dates with the notice's closing too: its part says that date after its source, closing_due;
        # review88: Aix-Marseille 2023's « engagement étudiant », the notice's two sentences and the national request
        # deadline, were two items in a row under one title)
        joined = [s for s in topic.statements if s.checklist_when is not None
                  and (s.id is None or (own and id(s) not in said_under))]
        parts = [_part(notice, s) for s in joined]
        if own:
            whens = [s.checklist_when for s in joined]
            when = whens[0] if len(whens) == 1 else Condition("any", children=tuple(dict.fromkeys(whens)))
            warning = {
                "id": notice_topic_warning_id(topic.id), "title": topic.title, "text": None, "when": when.to_json(),
                "provenance": {"kind": "notice", "section": None, "texts": []}, "parts": parts,
            }
            dues = [part["deadline"] for part in parts if "deadline" in part]
            if dues:
                warning["deadline"] = dues[0]  # (the engine says it while its part is said: _warning_parts)
            warnings.append(warning)
        for statement in topic.statements:
            if statement.checklist_when is None or statement.id is None or any(s is statement for s in joined):
                continue
            when = statement.checklist_when
            items = said_under.get(id(statement), [])
            if when in items:  # an item asked of every candidate it concerns says it
                continue
            if items:  # items asked of some of them only (a review): to the others
                when = Condition.all_of(when, Condition("not", children=(Condition("any", children=tuple(items)),)))
            if statement.provenance.kind == "national":
                provenance = {"kind": "national", "section": None, "texts": notice.texts_words(statement.provenance.texts)}
            else:  # in the notice's words (replace:)
                provenance = {"kind": "notice", "section": statement.provenance.section, "texts": []}
            warning = {"id": f"{topic.id}_{statement.id}", "title": topic.title, "text": statement.text, "when": when.to_json(), "provenance": provenance}
            if statement.closing_due is not None:
                # the notice's closing, as the guide reads the rule's « date limite d'inscription » (merge: closing_due):
                # said under the warning, and among the candidate's dates while it is said (engine: Deadlines)
                warning["deadline"] = statement.closing_due.id
            warnings.append(warning)
    return warnings


# id(notice) → (a weak reference to that notice, the checklist file, its ruleset): ``compiled_ruleset``'s
_COMPILED: dict[int, tuple[weakref.ref, ChecklistFile, dict]] = {}


def compiled_ruleset(notice: Notice, checklist: ChecklistFile) -> dict:
    """``compile_ruleset(notice, checklist)``, compiled once for the very objects: the rules' coverage (every validate
    and build), the checklist's page and its ruleset.json each compiled it (speed57). The notices of one reading of the
    files are merged once (``merge.built_notice``), so a build's three uses share one. Kept while the notice lives (the
    weak reference's callback drops it): ``mkdocs serve``'s next reading makes new notices, compiled anew. The ruleset
    is only read by those who ask for it, never changed."""
    kept = _COMPILED.get(id(notice))
    if kept is not None and kept[0]() is notice and kept[1] is checklist:
        return kept[2]
    ruleset = compile_ruleset(notice, checklist)
    key = id(notice)
    _COMPILED[key] = (weakref.ref(notice, lambda _, key=key: _COMPILED.pop(key, None)), checklist, ruleset)
    return ruleset


def compile_ruleset(notice: Notice, checklist: ChecklistFile, *, every_question: bool = False) -> dict:
    """The ruleset of one notice (a json.dumps-able dict); ``checklist``: content/checklist.yaml, already loaded.

    ``every_question``: keep every question of the notice, those no rule reads too (what the ruleset would be without
    ``reachability.questions_read``'s filter): for the tests that check a question left out changes no answer
    (tests/checklist/test_questions_read.py); the site, the command line and the engine never use it."""
    session = notice.session
    people = exam_office_people(notice.academy, session)  # (the exam office's people, said under it: contacts below)
    info = session.session
    questions = sorted((question_json(qid, q) for qid, q in notice.questions.items()), key=lambda q: (q["order"], q["id"]))
    r408 = []
    if notice.r408.national is not None:
        r408 = [[e.specialty.specialty, e.specialty.option, list(e.annexes)] for e in notice.r408.national.specialties]
    r408_notice = []
    if notice.r408.notice_list is not None:
        r408_notice = [[e.specialty.specialty, e.specialty.option] for e in notice.r408.notice_list.specialties]
    # an item a national text dates otherwise: that text's words on when, said under it (the page: its topic)
    dated: dict[str, list[dict]] = {}
    for statement, doc in notice.national_dating():
        # its texts (a notice that says it in its words: the national texts its statement replaces); texts this notice
        # does not cite: with their article and the notices that cite them, for « Selon l'arrêté du 13 juillet 2023,
        # cité par la notice de Clermont-Ferrand (session 2024) : … » (None: it cites them all); a national statement
        # of the text the guide has the R408 list from, through a notice that cites it (text not read:
        # content/regulations.yaml as_given_by): said after that notice, not as the national text read (walk 42 M1).
        # The notice page says the same before that statement (merge.national_dating_source).
        entry = {"words": statement.documents_by, **national_dating_source(notice, statement),
                 # « la date limite d'inscription » it names, the notice giving no closing: said unknown below it
                 # (merge.Notice.closing_unsaid; the notice page the same, after its topic)
                 "closing_unsaid": notice.closing_unsaid(statement)}
        if entry not in dated.setdefault(doc.id, []):
            dated[doc.id].append(entry)
    pages = form_links(notice)  # the notice's forms that have a page (« forms » below)
    places = _group_places(notice)  # (where each group of its list is in the notice: _listed_in)
    ruleset = {
        "format": FORMAT,
        "academy": {
            "slug": notice.slug,
            "name": notice.academy.name,
            "timezone": notice.tz,
            "departments": [d.code for d in notice.academy.departments],
            "department_names": {d.code: d.name for d in notice.academy.departments},
            # its site (None: not given), where the contacts send a candidate when the notice gives no exam office
            "website": given(notice.academy.website),
            # said after « le bureau des examens » where a sentence sends the candidate to it (words.office_reach: ""
            # where the notice gives the office; else how to reach it, the site above)
            "office_reach": office_reach(notice),
            # the same where the academy's site is said just below them, its link (the « not listed » answer's
            # « Site de l'académie : … »): without the site, said once (phone57 L3)
            "office_reach_site_below": office_reach(notice, site_below=True),
        },
        "session": {
            "year": notice.year,
            "audience": info.audience,
            "title": given(info.title),
            # the notice's words saying that one registers in the academy where one resides (None: it does not
            # say so, and the department sends no one elsewhere)
            "residence": info.residence,
            # the age reference date, and the registration window for the national rule of the JDC (age « avant 25
            # ans » at registration)
            **notice.age_dates,
            "registration": {
                "opening": _iso(notice.opening),
                "opening_has_time": notice.opening_has_time,
                "opening_given": notice.opening_given,
                "closing": _iso(notice.closing),
                "closing_has_time": notice.closing_has_time,
                "closing_given": notice.closing_given,
                "note": info.dates_note,
            },
        },
        "questions": questions,
        "specialties": {sid: specialty_json(s) for sid, s in sorted(notice.specialties.items())},
        "r408": r408,
        "r408_notice": r408_notice,
        # the notice the guide has the national list (and its annexes) from, in words, its text not read; None: read
        # (said under a piece the list decides, as the notice page's title of the list: merge.ResolvedR408)
        # (not where the notice's own list is that list: its pieces are said by the notice's list, merge:
        # notice_list_is_national, and their source line names the text and the notice that cites it)
        "r408_as_given_by": notice.r408.national_as_given_by if notice.r408.national is not None and not notice.r408.notice_list_is_national else None,
        # False when the notice gives no list, or sends candidates to a list given elsewhere (CYCLADES).
        "documents_given": notice.given("documents") and notice.session.documents_elsewhere is None,
        # (said between « » everywhere: its own « » become “ ”, read48 L2)
        "documents_elsewhere": inner_quotes(notice.session.documents_elsewhere) if notice.session.documents_elsewhere else None,
        # where the notice has the pieces deposited, the notice page's sentences (words.deposit_sentences), said under
        # the list's title (answer.py, text.py, checklist.js: review67b L5, only the page said it)
        "documents_deposit": list(deposit_sentences(notice)),
        # the pieces made with one of the notice's forms that has a page (the test the page's links use: form_links,
        # page._forms): the page links to it with the candidate's route and specialty (checklist.js formLink), which the
        # ruleset then keeps (reachability.engine_questions); a form without a page (given as text) is linked to by
        # nothing, and keeps no question
        "forms": sorted(d.id for d in notice.documents if d.form in pages),
        "documents": [
            {
                "id": d.id,
                "label": d.label,
                # its condition in the words of the notice page's « Pour qui », as they read after its label: said of
                # an undecided piece, so that two alike (the notice's JDC certificate and the national one) read
                # apart before the answers decide (« … — si vous êtes de nationalité française … »)
                "who": lower_first(condition_words(notice, document_condition(notice, d))),
                "group": d.group,
                "when": d.when.to_json(),
                "deadline": d.deadline,
                # (a footnote of the notice without its mark, a « […] » for its label the label, as the page gives it
                # under the piece: beside_its_item)
                "detail": d.detail if d.national else beside_its_item(d.detail, None if d.label_by_guide else d.label),
                "provenance": _listed_in(_provenance(notice, d.provenance), d, places),
                "national": d.national,
                "covers": list(d.covers),
                "notice_silent": d.notice_silent,
                "dated_by_guide": d.dated_by_guide,  # its date is the notice's documents deadline, the guide's choice (merge)
                "dated_as": d.dated_as,  # or that of the notice's item it replaces, this item's label (merge)
                # its label is the guide's, not a line of the notice (merge; its source says so): only when it is
                **({"label_by_guide": True} if d.label_by_guide else {}),
                # the notice cites its texts but does not ask it in its case: its source says so (Notice.cites_unasked)
                **({"cited_unasked": True} if notice.cites_unasked(d) else {}),
                "unwaived": d.unwaived,  # the notice's item it replaces, asked for without exemption: its label (merge)
                # the texts that let this item replace it, when this notice does not cite them (Notice.unwaived_texts)
                "unwaived_texts": notice.unwaived_texts(d) if d.unwaived else None,
                "unwaived_when": d.unwaived_when.to_json() if d.unwaived_when is not None else None,  # (when it asks for it)
                "mention": d.mention,
                "late_deposit": d.late_deposit,
                "national_dating": dated.get(d.id, []),
                "r408_annexes": [[a.specialty.specialty, a.specialty.option, list(a.annexes)] for a in d.r408_annexes],
                "r408_annexes_by_notice": d.r408_annexes_by_notice,  # (the notice's own list gives them: merge)
            }
            for d in notice.documents
        ],
        "deadlines": [
            {
                "id": d.id,
                "label": d.label,
                "kind": d.kind,
                "at_the_latest": d.at_the_latest,
                "start": _iso(d.start),
                "end": _iso(d.end),
                "has_time": d.has_time,
                "given": d.given,
                "strict": d.strict,
                "words": d.words,
                "note": date_note(notice, d),  # (labelled the guide's, as on the page: words.date_note)
                # « day »/« hour »: a day or an hour the guide reads, marked so in its words (words.reading; read53 L1)
                "reading": reading(d),
            }
            # with the dates the guide gives national statements (merge: closing_due), said with their warning (none:
            # not the checklist's); by date as the notice's (merge: build_notice)
            for d in sorted((*notice.deadlines, *(s.closing_due for _, s in notice.closing_dues if s.checklist_when is not None)),
                            key=lambda d: (d.end is None, d.end.timestamp() if d.end else 0, d.id))
        ],
        "exam_adjustment": _exam_adjustment(given(session.exam_adjustment), notice.texts, notice.exam_office),
        # where the notice does not say how, the guide's advice said after it (notice_view.adjustment_ask; None otherwise)
        "exam_adjustment_ask": adjustment_ask(notice),
        "steps": [
            # The title without a number the notice typed: the step's number is ``number``; its source (_step_provenances).
            {"number": i, "title": step_title(s.title, notice.texts), "text": s.text, "deadline": s.deadline, "when": s.when.to_json(),
             "provenance": provenance}
            for i, (s, provenance) in enumerate(zip(given(session.steps) or (), _step_provenances(notice), strict=True), 1)
        ],
        "who_given": notice.who_given,
        "who": [
            # (« label_by_guide »: the categories of a notice whose who: is the guide's table, web_only: who, Nantes 2026's
            # « Scolaire, apprenti, formation continue » composed from its list's columns: their labels are no words of
            # the notice, which the checklist then does not quote as its words; labels70)
            # (« label_as_written », « continued_as_written »: the notice's own words for the label, and for the label and
            # a detail opening with « […] » together, found in its categories_as_written: category_as_written; quote77)
            {"situation": c.situation, "how": given(c.how), "label": c.label, "detail": c.detail, "routes": list(c.routes),
             **({"label_by_guide": True} if "who" in notice.session.session.web_only
                else category_as_written(c.label, c.detail, notice.session.session.categories_as_written))}
            for c in notice.who
        ],
        "contradictions": [
            # (``advice_after_closing``: said in place of ``advice`` once registration is closed, by the renderers, which
            # know the day: the engine does not; None when the session file gives none)
            {"about": c.about, "when": c.when.to_json(), "passages": [{"section": p.section, "words": p.words} for p in c.passages], "advice": c.advice,
             "advice_after_closing": c.advice_after_closing}
            for c in session.contradictions
        ],
        "warnings": _warnings(notice, checklist),
        "contacts": {
            # (academy.yaml's role: and note:, the guide's words, said so: notice_view.guide_said, as the page)
            "exam_office": _office(guide_said(notice, notice.exam_office)),
            "specialty_groups": [
                {
                    "specialties": [[r.specialty, r.option] for r in g.specialties],
                    # the row's specialties as the notice page's table names them (« Services informatiques aux
                    # organisations (SIO), option A »), said when the notice's own words are not given
                    "names": [specialty_name(notice, r) for r in g.specialties],
                    "phones": list(g.phones),
                    # the row in the notice's words (the page's column « Ligne de la notice »), on one line
                    "words": " ".join(g.words.split()) if g.words else None,
                }
                for g in given(session.specialty_contacts) or ()
            ],
            "specialty_groups_note": session.specialty_contacts_note,
            # the session's contacts that are someone of the exam office (of_exam_office: true, model.session.of_office:
            # Nantes 2024's « Dossier suivi par : … »), said under it, as the notice page does (the same list:
            # model.session.exam_office_people); the others after the managers
            # (a role: the session file says is the guide's, role_by_guide: true, said so: guide_said, as the page)
            "exam_office_people": [_office(guide_said(notice, o)) for o in people],
            "others": [_office(guide_said(notice, o)) for o in given(session.contacts) or () if not any(o is p for p in people)],
            # the office the notice pages give for a situation (academy.yaml: Clermont-Ferrand's VAE service, to which
            # its notice sends VAE candidates), listed with the exam office for a candidate in that situation; only for a
            # session whose who: counts VAE candidates (vae_office_in_force: staffwalk53 H1)
            "situations": {situation: _office(guide_said(notice, office)) for situation, office in (("vae", vae_office_in_force(notice.academy, session)),) if office is not None},
            # where in the notice these contacts are (contacts_section:), the notice page's line at the section's end
            # (« Notice de l'académie — … »; notice_view.contacts, one answer): said under them (review58 L2), without
            # the places of what the checklist's block does not show (read67 L1: Nantes 2024 cited « IV- … », where
            # the notice speaks of the managing academies, which the block does not give: its « Attention » does,
            # with that place); with a situation's office (situations:), its line (situation_sources)
            **_contacts_sources(notice),
        },
    }
    # Only the questions some rule of the session reads, directly, through a derived fact or through the asked_when of
    # a question read (reachability.questions_read): a question whose answer changes nothing is never asked (walk 42
    # L2: Aix-Marseille 2023 asked the R408 exemption for disabled workers, which no rule of its session reads).
    if not every_question:
        read = questions_read(ruleset)
        ruleset["questions"] = [q for q in ruleset["questions"] if q["id"] in read]
    # Round-trip through JSON: plain types only, same value in CPython and in the browser.
    return json.loads(json.dumps(ruleset, ensure_ascii=False, sort_keys=True))


def _contacts_sources(notice: Notice) -> dict:
    """The source line under the checklist's contacts (« source »), and the one said when the office of the
    candidate's situation is among them (« situation_sources »): the notice page's line (notice_view.contacts) citing
    only the places of what the block shows (notice_view.contacts_places: never the managing academies, which the
    block does not give; a situation's office with that situation only). One answer for the engine, so for the page's
    answer, checklist.js and the command line alike (read67 L1)."""
    page = contacts_view(notice).source
    places = contacts_places(notice)
    if page is None or not places:
        return {"source": page, "situation_sources": {}}

    def line(kept):
        said = [place for place, of in places if of is None or of == kept]
        if len(said) == len(places):
            # (nothing left out: the page's own line, the field as typed; split on « ; » and joined again, a « ; »
            # inside a place's words, « &amp; » typed as text, lost what followed it: test_injection_browser)
            return page
        return part_source(notice.texts, " ; ".join(said)) if said else None

    situations = sorted({of for _, of in places if of and of.startswith("situation:")})
    return {"source": line(None), "situation_sources": {of.removeprefix("situation:"): line(of) for of in situations}}


def ruleset_json(notice: Notice, checklist: ChecklistFile) -> str:
    """The ruleset as deterministic JSON text."""
    return json.dumps(compile_ruleset(notice, checklist), ensure_ascii=False, sort_keys=True, indent=1)


def _flat(words: str) -> str:
    """``words`` on one line, its spaces (no-break ones too) one space."""
    return " ".join(words.split())


def _folded(words: str) -> str:
    """``words`` compared without their case, their letters' accents and apostrophes' form (the same length: an index
    in one is in the other). The accents: a label in heading form writes those French puts on capitals (« à
    distance »), which the notice's capitals may not (Toulouse 2024, seed 000 l.27: « CANDIDATS EN FORMATION A DISTANCE
    (CNED...) »); what is quoted is the notice's line, its letters (review78 M1)."""
    return "".join(unicodedata.normalize("NFD", c)[0] for c in words.replace("’", "'")).lower()


def _written_lines(as_written: str) -> list[str]:
    """The lines of a notice's ``categories_as_written`` as read: without the bold's ``**`` and a list item's « - »,
    each on one line."""
    lines = (re.sub(r"^\s*[-•]\s+", "", line.replace("**", "")) for line in as_written.splitlines())
    return [_flat(line) for line in lines if line.strip()]


def category_as_written(label: str, detail: str | None, as_written: str | None) -> dict[str, str]:
    """What a ``who`` category quotes as the notice's words, from the notice's own text of its categories
    (``session.categories_as_written``): ``label_as_written``, the label as the notice writes it, when a line of that
    text opens with it but for its case (Toulouse 2024: « CANDIDATS AYANT PRÉSENTÉ L'EXAMEN À UNE SESSION PRÉCÉDENTE »
    for the label « Candidats ayant présenté… », in heading form: staff guide, « mot pour mot »); and, when the detail
    opens with « […] » for that label, ``continued_as_written``, the notice's line from the label to the detail's end,
    when it reads so (its punctuation between them kept: « CANDIDATS EN FORMATION À DISTANCE (CNED…) inscrits en seconde
    année… »). Neither when the notice does not write them so (Nantes 2024's « Si vous souhaitez… », which it writes
    « ou si vous souhaitez… »), nor without that text: the checklist then says the label is the guide's (text.py:
    concerned_words; checklist.js: concernedWords). quote77: the checklist joined the heading-form label and such a
    detail into one quotation, the notice's capitals lost, and any cut, even one for more than the label."""
    if not as_written or not label.strip():
        return {}
    wanted = _folded(_flat(label))
    for line in _written_lines(as_written):
        if not _folded(line).startswith(wanted) or line[len(wanted):len(wanted) + 1].isalnum():
            continue
        out = {"label_as_written": line[:len(wanted)]}
        cut = CONTINUES_LABEL.match(detail or "")
        if cut:
            rest = _folded(_flat(detail[cut.end():]))
            gap = re.match(r"[\s,;:]*", line[len(wanted):]).end() + len(wanted)
            if rest and _folded(line[gap:]).startswith(rest) and not line[gap + len(rest):gap + len(rest) + 1].isalnum():
                out["continued_as_written"] = line[:gap + len(rest)]
        return out
    return {}
