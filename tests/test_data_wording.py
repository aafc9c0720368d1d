"""What the guide writes in the real data, in French typography and saying no more than its sources (read52 L4, L5,
L6): properties of content/ and academies/, whatever staff write there.

- L4: the guide's rendering of a notice's words writes « … », not « ... » (one quotation had both: Toulouse 2024's
  step ③ « dossier professionnel...) », its dates « dossier professionnel… »); the words a source note quotes
  (``source_notes: words:``, and its note quoting them) keep the notice's typing.
- L5: the guide's own « n° » is followed by a space (« décret n° 2020-1167 »), which typography makes a no-break
  space; typography leaves a « n° » glued to its number as typed (« Décret n°2013-756 »): where the guide corrects
  a notice's (Aix-Marseille 2023, read54 L6), the data does, listed under « Coquilles corrigées ».
- L6: a source note says nothing the notice does not: a notice that names no category of candidates in training in
  person says nothing of how they register; a topic's title glosses nothing no text names (« (rattrapage) »).
"""

from __future__ import annotations

import re

from generator.french import NBSP, typography
from generator.staff.session_texts import candidate_texts
from generator.model.values import given
from project_support import FROZEN, REAL, valid_project

NUMERO_GLUED = re.compile(r"\b[nN]°(?=[0-9])")


def _sessions(project):
    for slug, data in project.academies.items():
        for year, session in data.sessions.items():
            yield slug, year, session


def test_the_guide_writes_an_ellipsis_not_three_full_stops():
    project = valid_project(REAL)
    found = [
        f"{slug} {year}: {path}.{name}: {text[max(0, text.index('...') - 40):text.index('...') + 5]!r}"
        for slug, year, session in _sessions(project)
        for record, path, name, key, text, _ in candidate_texts(session)
        if "..." in text and type(record).__name__ != "SourceNote"
    ]
    assert not found, found


def test_the_guide_s_own_numero_is_followed_by_a_space():
    """content/texts.yaml's titles (every « Règle nationale — … » line), content/topics.yaml's own words on a text
    (wording_changed:) and the guide's notes (``source_notes: note:``) of every real session."""
    project = valid_project(REAL)
    content = project.content
    found = [f"texts.yaml {tid}: {text.title}" for tid, text in content.texts.texts.items() if NUMERO_GLUED.search(text.title)]
    for tid, topic in content.topics.topics.items():
        for sid, statement in topic.statements.items():
            words = getattr(statement, "wording_changed", None) or ""
            if NUMERO_GLUED.search(words):
                found.append(f"topics.yaml {tid}.{sid}.wording_changed")
    for slug, year, session in _sessions(project):
        for i, note in enumerate(session.source_notes):
            if NUMERO_GLUED.search(note.note):
                found.append(f"{slug} {year}: source_notes[{i}].note")
    assert not found, found


def test_typography_keeps_numero_with_its_number():
    assert typography("décret n° 2020-1167 et B.O. n° 32") == f"décret n°{NBSP}2020-1167 et B.O. n°{NBSP}32"
    # a notice's quotation as it writes it, and a « n° » without a number, stay as typed
    for words in ("Décret n°2013-756", "le n° de candidat"):
        assert typography(words) == words
    assert typography(typography("loi n° 97-1019")) == typography("loi n° 97-1019")


def test_a_source_note_does_not_say_how_candidates_the_notice_does_not_name_register():
    """Toulouse 2024's note « La notice ne parle ni des candidats en formation en présentiel (inscrits par leur
    établissement) … »: its notice says nothing of how they register; only a notice that names them (a category
    in_person: Nantes 2024, Clermont-Ferrand 2024) may be said to."""
    project = valid_project(REAL)
    found = []
    for slug, year, session in _sessions(project):
        named = any(c.situation == "in_person" for c in session.who or ())
        for note in session.source_notes:
            if not named and "inscrits par leur établissement" in " ".join(note.note.split()):
                found.append(f"{slug} {year}: {note.about}")
    assert not found, found


def _rattrapage_glossed(content) -> list[tuple[str, str]]:
    """The topics whose title glosses « (rattrapage) » that none of the texts their statements cite says."""
    found = []
    for tid, topic in content.topics.topics.items():
        for gloss in re.findall(r"\(([^()]*)\)", topic.title or ""):
            if gloss.lower() != "rattrapage":
                continue
            sources = {s for statement in topic.statements.values() for s in statement.sources}
            if not any(gloss.lower() in content.texts.texts[s].title.lower() for s in sources):
                found.append((tid, topic.title))
    return found


def test_a_topic_title_glosses_nothing_its_texts_do_not_say():
    """« Épreuves de contrôle (rattrapage) »: no notice of the page's academy nor the text the topic names (the note de
    service du 12 juin 2025, by its title) says « rattrapage »; the heading is « Épreuves de contrôle ». The frozen
    content keeps the old title (read52 L6 changed the real one): found there, so that the check can fail (review63
    B L9: on the real content alone it checked nothing)."""
    assert _rattrapage_glossed(valid_project(REAL).content) == []
    assert [tid for tid, _ in _rattrapage_glossed(valid_project(FROZEN).content)] == ["control_exams"]


def _optional_language_rules_unsaid(project) -> tuple[int, list[str]]:
    """A review (read53 L2): Clermont-Ferrand 2024's « Choix de la langue vivante étrangère facultative : les candidats
    ne peuvent choisir qu'une langue ouverte à l'inscription » was on its page only, while Nantes 2026's list of
    optional languages is told in the checklist to the candidates who take an optional exam (read50 L1): every
    sentence of a notice's « languages » or « optional_exams » rubric on the optional language is said in the
    checklist to a candidate who answers one optional exam or more. Returns how many such sentences were read and
    those that are not told as they should be."""
    from generator.checklist import engine
    from generator.checklist.compile import compile_ruleset
    from generator.merge import build_notice
    from generator.model.values import given

    def ruleset_questions(ruleset: dict) -> set[str]:
        return {q["id"] for q in ruleset["questions"]}

    seen, unsaid = 0, []
    for slug, year, session in _sessions(project):
        for tid in ("languages", "optional_exams"):
            topic = (given(session.topics) or {}).get(tid)
            for statement in topic.notice if topic else ():
                words = " ".join(statement.text.split()).lower()
                # (a rule on the optional language itself, not one on the obligatory language that names it in passing;
                # the notice's letters: « Epreuve » as seed 002 l.329 writes it, places76)
                if not re.search(r"langue vivante (étrangère )?facultative|[ée]preuve facultative de langue", words):
                    continue
                seen += 1
                when = statement.checklist_when
                if when is None:
                    unsaid.append(f"{slug} {year} {tid}: {words[:60]}")
                    continue
                # (evaluated as the engine does: a candidate with two optional exams or more, or one that is not the
                # « engagement étudiant », reads it; with none, or with that one only, not: review61 L6)
                ruleset = compile_ruleset(build_notice(project.content, project.academies[slug], year), project.content.checklist)

                def holds(answers: dict) -> bool | None:
                    return engine._State(ruleset, engine.normalise(ruleset, answers)).evaluate(when.to_json())[0]

                told = [holds({"optional_exams": n, "engagement_etudiant": "no"}) for n in ("1", "2", "3")]
                if told != [True, True, True] or holds({"optional_exams": "0"}) is not False:
                    unsaid.append(f"{slug} {year} {tid}: {words[:60]} ({when.to_json()})")
                if "engagement_etudiant" in ruleset_questions(ruleset) and holds({"optional_exams": "1", "engagement_etudiant": "yes"}):
                    unsaid.append(f"{slug} {year} {tid}: said to the engagement étudiant alone ({when.to_json()})")
    return seen, unsaid


def test_a_notice_s_rule_on_the_optional_language_is_told_to_the_candidates_who_take_optional_exams():
    seen, unsaid = _optional_language_rules_unsaid(valid_project(REAL))
    assert not unsaid, (seen, unsaid)


def test_the_optional_language_check_finds_a_rule_the_checklist_does_not_tell():
    """The check above reads the real data, which may have no such sentence (review62 M3): on the frozen data, whose
    Clermont-Ferrand 2024 and Nantes 2026 keep their sentence without its ``checklist_when:`` (as the data had them
    before read50 L1 and read53 L2), it must find both, so that it can fail."""
    seen, unsaid = _optional_language_rules_unsaid(valid_project(FROZEN))
    assert seen == 2
    assert sorted(u.split(":")[0] for u in unsaid) == ["clermont-ferrand 2024 languages", "nantes 2026 languages"], unsaid


def _places(value, out: list[str]) -> None:
    """Every place of the notice a loaded session names (``section:``, ``section_as_written:``, the ``…_section:`` of
    its parts, split at « ; »), walked through its records."""
    import dataclasses

    if isinstance(value, (tuple, list)):
        for item in value:
            _places(item, out)
    elif isinstance(value, dict):
        for item in value.values():
            _places(item, out)
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        for f in dataclasses.fields(value):
            item = getattr(value, f.name)
            if isinstance(item, str) and (f.name in ("section", "section_as_written") or f.name.endswith("_section")):
                out.extend(part.strip() for part in item.split(" ; "))
            else:
                _places(item, out)


def test_a_heading_of_the_notice_is_spelled_one_way_in_its_session_file():
    """A review (read53 L4): Nantes 2024's « III- Validation par le service examen (DEC 4-1 du Rectorat de Nantes) »
    (the notice's capital) was « … du rectorat … » as its step's place and « … du Rectorat … » as its contacts' on the
    same page; Clermont-Ferrand 2024's form named « 9. Cas particulier… » where every other place of it said
    « Informations complémentaires, 9. Cas particulier… ». In each real session file, the places that name one heading
    of the notice name it the same way, and a form's source that starts with a heading the file names under a parent
    (« parent, heading ») names that parent too."""
    project = valid_project(REAL)
    mixed, orphans = [], []
    for slug, year, session in _sessions(project):
        places: list[str] = []
        _places(session, places)
        by_fold: dict[str, set[str]] = {}
        for place in places:
            by_fold.setdefault(place.casefold(), set()).add(place)
        mixed += [f"{slug} {year}: {sorted(spellings)}" for spellings in by_fold.values() if len(spellings) > 1]
        parented = {place.split(", ", 1)[1]: place.split(", ", 1)[0] for place in places if ", " in place}
        for form in given(session.forms) or ():
            source = getattr(form, "source", None) or ""
            for heading, parent in parented.items():
                if source.startswith(heading):
                    orphans.append(f"{slug} {year} {form.id}: « {source[:50]} » sans « {parent}, »")
    assert not mixed and not orphans, (mixed, orphans)


def test_the_experience_situation_names_the_bts_condition_only_where_the_notice_states_it():
    """read55 L12: the situation « experience » read « … d'un an d'expérience professionnelle en rapport avec le BTS »
    on the Nantes pages (2024: « La notice ne compte pas les candidats dans ces situations … »; 2026), a condition of the
    Toulouse and Aix-Marseille notices only (« en rapport avec la finalité du BTS »). The guide's own label and phrase
    (content/questions.yaml) say no condition; a session's words for them that do come from its question_words:
    (Toulouse 2024, Aix-Marseille 2023), where its notice's words are."""
    from generator.merge import build_notices

    project = valid_project(REAL)
    default = project.content.questions.questions["situation"]
    assert "rapport" not in dict(default.choices)["experience"] and "rapport" not in dict(default.phrases)["experience"]
    own = set()
    for notice in build_notices(project):
        question = notice.questions["situation"]
        said = dict(question.choices)["experience"] + " " + dict(question.phrases)["experience"]
        words = notice.session.question_words.get("situation")
        if "rapport" in said:
            assert words is not None and "rapport" in words.choices.get("experience", ""), (notice.slug, notice.year)
            own.add(notice.slug)
    assert {"toulouse", "aix-marseille"} <= own and "nantes" not in own


def test_nantes_2026_names_the_parts_of_its_list_of_pieces_one_way_spelled_as_the_notice():
    """read55 L2: Nantes 2026's source lines named the parts of its « Liste des pièces justificatives » two ways (« À
    déposer le 19 novembre au plus tard sur CYCLADES », the guide's accent, and « Liste des pièces justificatives,
    « A déposer le 12 décembre … » »; its Maintenance des systèmes pieces a third). Every place of the session in one of
    them (a piece's, the R408 list's, a statement's) is « « BTS session 2026 - Liste des pièces justificatives », « A
    déposer le … au plus tard sur CYCLADES » » (review72: each heading in « »), and each group heading the notice's
    words as it spells them (« A »). On real data, checked as what any valid file keeps (review73 M3): one heading
    above, each part spelled as the pieces' group: heading, whatever the words."""
    from generator.merge import build_notices

    project = valid_project(REAL)
    notice = next(n for n in build_notices(project) if (n.slug, n.year) == ("nantes", 2026))
    places = [d.provenance.section for d in notice.documents if d.provenance.kind == "notice"]
    places += [notice.session.r408.section]
    places += [s.provenance.section for t in notice.topics for s in t.statements if s.provenance.kind == "notice"]
    # (what any valid file of this session keeps, whatever its headings' words: each place naming a deposit part names
    # it in « » after one same heading of the list, and as the pieces' group: heading spells it)
    groups = {d.group for d in notice.documents if d.group}
    form = re.compile(r"(« [^«»]+ »), « ([^«»]*déposer le[^«»]*) »(?:$|, )", re.IGNORECASE)
    named = [p for p in places if p and "déposer le" in p.casefold()]
    matched = [form.match(p) for p in named]
    assert all(matched), [p for p, m in zip(named, matched) if not m]
    assert {m.group(2) for m in matched} <= groups, ({m.group(2) for m in matched} - groups, groups)
    assert len({m.group(1) for m in matched}) <= 1, sorted({m.group(1) for m in matched})
    # (its other parts: « … », note « * »; not the pieces' row said as a part of that heading, « « … » : … »)
    for heading in {m.group(1) for m in matched}:
        assert not [p for p in places if p and f"{heading} :" in p]


def test_nantes_2024_tells_a_maintenance_des_systemes_candidate_its_notice_says_nothing_of_the_attestations():
    """read55 L5: Nantes 2024's notice asks no attestation of the BTS Maintenance des systèmes and the guide knows no
    national text that does: its candidate read nothing. A warning of the session says so in the guide's words (its
    title), over the notice's own words sending candidates to the list CYCLADES edits, told to that specialty's
    candidates (checklist) and shown once on the page; it names no other academy (another notice is not this one's
    source)."""
    import datetime as dt

    from generator.checklist import engine
    from generator.checklist.compile import compile_ruleset
    from generator.merge import build_notices
    from generator.site import pages

    project = valid_project(REAL)
    notice = next(n for n in build_notices(project) if (n.slug, n.year) == ("nantes", 2024))
    warning = notice.session.warnings["maintenance_systemes_unsaid"]
    assert "la notice ne parle d'aucune attestation" in warning.title and warning.text in notice.session.documents_elsewhere
    others = ["Toulouse", "Aix", "Marseille", "Clermont", "autre académie", "autres notices"]
    assert not [name for name in others if name in warning.title + warning.text]
    ruleset = compile_ruleset(notice, project.content.checklist)
    told = lambda answers: "maintenance_systemes_unsaid" in {w["id"] for w in engine.evaluate(ruleset, answers)["warnings"]}
    assert told({"specialty": "maintenance_systemes"}) and not told({"specialty": "sio"})
    assert pages.notice_page(notice, dt.date(2023, 9, 1)).count(typography(warning.title.split(" ;")[0])) == 1
