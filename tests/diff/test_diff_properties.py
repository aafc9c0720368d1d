"""Properties of the comparison of two sessions (generator/diff.py), on the frozen data and on the real project."""

from __future__ import annotations

import dataclasses
import datetime as dt
import itertools

import pytest

from diff_support import REPO, frozen_root, load_notices
from generator.diff import diff, previous_year, short_pair, typo_only
from generator.merge import build_notice
from generator.model.values import NOT_GIVEN, given
from generator.pipeline import load_and_check
from generator.site.words import deadline_moment


@pytest.mark.parametrize("before, after", [
    ("Toutes les informations relatives au déroulement de la sessions seront mise en ligne", "Toutes les informations relatives au déroulement de la session seront mises en ligne"),
    ("vous devez à consulter le site", "vous devez consulter le site"),
    ("Pièce d'identité", "pièce d’identité"),
    ("Attestation  de formation", "Attestation de formation"),
    ("CYCLADES", "Cyclades"),
])
def test_typos_spacing_case_and_accents_are_not_changes(before, after):
    assert typo_only(before, after)


@pytest.mark.parametrize("before, after", [
    ("conserver pendant 5 sessions", "conserver pendant 4 sessions"),
    ("la pièce est obligatoire", "la pièce est facultative"),
    ("l'attestation n'est exigée que des apprentis", "l'attestation est exigée que des apprentis"),
    ("Pièce d'identité", "Pièce d'identité en cours de validité"),
    ("avant le 19 novembre", "avant le 12 décembre"),
])
def test_a_word_or_a_number_that_changes_is_a_change(before, after):
    assert not typo_only(before, after)


def test_previous_year():
    assert previous_year([2023, 2024, 2026], 2026) == 2024
    assert previous_year([2024, 2026], 2024) is None
    assert previous_year([], 2024) is None


@pytest.fixture(scope="module")
def real_notices():
    project, problems = load_and_check(REPO)
    assert not problems, problems.report()
    from generator.merge import build_notices

    return build_notices(project)


def test_every_real_notice_compared_with_itself_has_no_change(real_notices):
    for notice in real_notices:
        assert diff(notice, notice) == (), f"{notice.slug} {notice.year}"


def test_what_one_way_adds_the_other_way_removes(real_notices):
    """For every academy with several sessions: an item added from A to B is removed from B to A, and the reverse."""
    pairs = 0
    for slug, group in itertools.groupby(sorted(real_notices, key=lambda n: (n.slug, n.year)), key=lambda n: n.slug):
        for a, b in itertools.combinations(list(group), 2):
            pairs += 1
            forward, backward = diff(a, b), diff(b, a)
            added = {(c.section, c.key) for c in forward if c.whole and c.kind == "added"}
            removed = {(c.section, c.key) for c in backward if c.whole and c.kind == "removed"}
            assert added == removed, slug
            given_now = {c.key for c in forward if c.kind == "now_given"}
            given_no_longer = {c.key for c in backward if c.kind == "no_longer_given"}
            assert given_now == given_no_longer, slug
            assert {c.key for c in forward if c.days} == {c.key for c in backward if c.days}
            assert all(c.days == -d.days for c in forward for d in backward if c.key == d.key and c.days is not None and d.days is not None)
    assert pairs >= 1, "the project has no academy with two sessions: this test checks nothing"


# ---------------------------------------------------------------- a session rolled forward


def _shift(moment, days: int = 0, years: int = 1):
    value = given(moment)
    if value is None:
        return moment
    return dataclasses.replace(value, date=value.date.replace(year=value.date.year + years) + dt.timedelta(days=days))


@pytest.fixture()
def frozen(tmp_path):
    root = frozen_root(tmp_path)
    project, problems = load_and_check(root)
    assert not problems, problems.report()
    return project


def _rolled(project, *, moved: dict[str, int] | None = None, detail: str | None = None, detail_before: str | None = None):
    """Nantes 2024 rolled forward to 2025 in memory: every date a year later (``moved``: some days more; ``detail``:
    the first item's detail in 2025, ``detail_before`` in 2024, when given: its summary has none)."""
    moved = moved or {}
    data = project.academies["nantes"]
    old = data.sessions[2024]
    if detail_before is not None:
        old = dataclasses.replace(old, documents=(dataclasses.replace(old.documents[0], detail=detail_before), *old.documents[1:]))
        data = dataclasses.replace(data, sessions={**data.sessions, 2024: old})
    info = dataclasses.replace(old.session, year=2025, opening=_shift(old.session.opening), closing=_shift(old.session.closing),
                               notice_date=old.session.notice_date.replace(year=2024))
    deadlines = {did: dataclasses.replace(d, at=_shift(d.at, moved.get(did, 0))) for did, d in old.deadlines.items()}
    documents = old.documents
    if detail is not None:
        documents = (dataclasses.replace(documents[0], detail=detail), *documents[1:])
    data.sessions[2025] = dataclasses.replace(old, session=info, deadlines=deadlines, documents=documents)
    return build_notice(project.content, data, 2024), build_notice(project.content, data, 2025)


def test_a_session_rolled_forward_a_year_has_no_date_change(frozen):
    before, after = _rolled(frozen)
    changes = diff(before, after)
    assert not [c.text for c in changes if c.section not in ("topics", "national_documents")]
    # National texts in force for 2025 and not for 2024 are said so.
    assert any(c.section == "topics" and "2024-788" in c.text for c in changes)


def test_a_deadline_moved_says_by_how_many_days(frozen):
    before, after = _rolled(frozen, moved={"documents": 3, "changes": -1})
    changes = {c.key: c for c in diff(before, after) if c.section == "dates"}
    assert changes["dates.documents"].days == 3 and changes["dates.documents"].candidate
    assert changes["dates.changes"].days == -1
    assert "3" in changes["dates.documents"].text and "1" in changes["dates.changes"].text
    assert set(changes) == {"dates.documents", "dates.changes"}


# (the words the frozen Nantes 2024 summary had as its detail before its step kept them alone: walk 42 L5)
SIGNED = ("Vous vous engagez, en signant ce document, à respecter vos choix d'épreuves obligatoires et facultatives. "
          "Ce choix relève de votre responsabilité et il est définitif.")


def test_a_typo_fixed_is_listed_for_staff_but_is_no_novelty(frozen):
    before, after = _rolled(frozen, detail=SIGNED.replace("définitif", "définitf"), detail_before=SIGNED)
    (change,) = [c for c in diff(before, after) if c.section == "documents"]
    assert change.kind == "reworded" and not change.candidate


def test_a_text_whose_capitals_alone_changed_names_its_words(frozen):
    """staffwalk69 L2: a text retyped with a capital (« ce choix » for « Ce choix ») was « formulation retouchée » with
    both texts cut, the capital to spot by eye: the words whose capitals changed are named; a typo stays « retouchée »."""
    before, after = _rolled(frozen, detail=SIGNED.replace("Ce choix", "ce choix").replace("Vous vous", "VOUS vous"),
                            detail_before=SIGNED)
    (change,) = [c for c in diff(before, after) if c.section == "documents"]
    assert change.kind == "reworded" and not change.candidate
    said = change.text.replace("\u00a0", " ").replace("\u202f", " ")  # (French typography's no-break spaces)
    assert said.endswith(" : seules des majuscules changent, « VOUS » ; « ce » — session 2024 : « Vous » ; « Ce »."), said
    before, after = _rolled(frozen, detail=SIGNED.replace("Ce choix", "ce choix").replace("définitif", "définitf"),
                            detail_before=SIGNED)
    (change,) = [c for c in diff(before, after) if c.section == "documents"]
    assert "formulation retouchée" in change.text and "majuscules" not in change.text, change.text


def test_a_detail_that_changes_is_a_novelty(frozen):
    before, after = _rolled(frozen, detail="Vous pouvez modifier vos choix d'épreuves jusqu'au 1er décembre.", detail_before=SIGNED)
    (change,) = [c for c in diff(before, after) if c.section == "documents"]
    assert change.kind == "changed" and change.candidate
    assert change.key == "documents.recapitulatif"




def test_a_long_text_changed_far_from_its_start_quotes_where_it_changed(frozen):
    start = "Les candidats qui se réinscrivent doivent réutiliser leur numéro de candidat de la session précédente, "
    _, before = _rolled(frozen, detail=start + "celle de juin 2023, et vérifier attentivement les données pré-renseignées.")
    _, after = _rolled(frozen, detail=start + "celle de juin 2024, et vérifier attentivement les données pré-renseignées.")
    (change,) = [c for c in diff(before, after) if c.section == "documents"]
    assert change.before != change.after
    assert "2023" in change.before and "2024" in change.after and change.before.startswith("«\u00a0…")
    # a change within the first words: quoted from the start, as before
    assert short_pair("Un texte court", "Un texte bref") == ("Un texte court", "Un texte bref")


@pytest.mark.parametrize("now_at_the_latest", [False, True])
def test_a_date_given_as_a_limit_or_no_longer_says_so(frozen, now_at_the_latest):
    """Toulouse 2024's processing date, « au plus tard le mercredi 10 janvier 2024 » (at_the_latest: true), compared
    with the same date given for information only: a change of its nature, both ways, said like a change of kind."""
    data = frozen.academies["toulouse"]
    session = data.sessions[2024]
    assert session.deadlines["processing"].at_the_latest
    plain = dataclasses.replace(session.deadlines["processing"], at_the_latest=False)
    latest = build_notice(frozen.content, data, 2024)
    data.sessions[2024] = dataclasses.replace(session, deadlines={**session.deadlines, "processing": plain})
    information = build_notice(frozen.content, data, 2024)
    before, after = (information, latest) if now_at_the_latest else (latest, information)
    (change,) = [c for c in diff(before, after) if c.key == "dates.processing"]
    assert change.kind == "changed" and change.candidate
    assert "au plus tard le" in (change.after if now_at_the_latest else change.before)
    assert "au plus tard le" not in (change.before if now_at_the_latest else change.after)
    assert "nature" in change.text and "Traitement de la demande" in change.text, change.text


def test_a_phone_added_to_the_exam_office_is_a_change(frozen):
    """The exam office's phones, e-mails… are compared as the other contacts' (a staff walk: a phone added to
    Nantes's DEC 4-1 office was in neither the comparison nor « Nouveautés de la session »)."""
    before, _ = _rolled(frozen)
    data = frozen.academies["nantes"]
    office = before.exam_office
    assert office is not None
    session = data.sessions[2025]
    data.sessions[2025] = dataclasses.replace(session, exam_office=dataclasses.replace(office, phones=(*office.phones, "02 40 37 38 99")))
    after = build_notice(frozen.content, data, 2025)
    changes = [c for c in diff(before, after) if c.key == "contacts.exam_office"]
    assert len(changes) == 1 and "02 40 37 38 99" in changes[0].text, [c.text for c in changes]
    assert not [c for c in diff(before, build_notice(frozen.content, data, 2024)) if c.key == "contacts.exam_office"]


def test_an_exam_office_one_notice_only_gives_is_a_change(frozen):
    """Given by the new notice only (a review: the comparison said nothing of an office the previous notice did not
    give), and the other way round."""
    before, _ = _rolled(frozen)
    data = frozen.academies["nantes"]
    office = before.exam_office
    assert office is not None
    data.sessions[2025] = dataclasses.replace(data.sessions[2025], exam_office=office)
    data.academy = dataclasses.replace(data.academy, exam_office=NOT_GIVEN)
    after = build_notice(frozen.content, data, 2025)
    without = build_notice(frozen.content, dataclasses.replace(data, sessions={**data.sessions, 2025: dataclasses.replace(data.sessions[2025], exam_office=None)}), 2025)
    assert after.exam_office is not None and without.exam_office is None
    added = [c for c in diff(without, after) if c.key == "contacts.exam_office"]
    removed = [c for c in diff(after, without) if c.key == "contacts.exam_office"]
    assert [c.kind for c in added] == ["added"] and [c.kind for c in removed] == ["removed"], (added, removed)


def test_an_exam_office_renamed_and_its_case_officer_s_phone(frozen):
    """As Nantes 2024 → 2026 in the real data (a review): the office « Bureau DEC 4-1 » of 2024 (academy.yaml) is
    renamed by the next notice, which gives it phones, one of them the number 2024 gave for its case officer
    (Antoine BELETEAU, 02 40 37 38 38), and an e-mail 2024 did not give. The rename is said as one (old name, new
    name); that phone is not new: said with the contact 2024 gave it for, both ways; the e-mail is new."""
    before, _ = _rolled(frozen)
    data = frozen.academies["nantes"]
    office = before.exam_office
    assert office.name == "Bureau DEC 4-1" and not office.phones and not office.emails
    (officer,) = [c for c in before.session.contacts if "38 38" in " ".join(c.phones)]
    renamed = dataclasses.replace(office, name="Bureau d'organisation des BTS (DEC 4-1)", phones=("02 40 37 38 18", "02.40.37.38.38"),
                                  emails=("dec.bts@ac-nantes.fr",))
    data.sessions[2025] = dataclasses.replace(data.sessions[2025], exam_office=renamed, contacts=())
    after = build_notice(frozen.content, data, 2025)
    changes = [c for c in diff(before, after) if c.key == "contacts.exam_office"]
    name, phones, emails = changes[:3]
    assert name.kind == "changed" and name.item == renamed.name and name.before.replace("\u00a0", " ") == "« Bureau DEC 4-1 »" and not name.candidate
    assert renamed.name in name.text and "Bureau DEC 4-1" in name.text and "nouveau nom" in name.text, name.text
    assert phones.kind == "changed" and phones.candidate, phones  # (not « Nouveau dans la notice »)
    assert phones.after == "02 40 37 38 18, 02.40.37.38.38" and phones.before.replace("\u00a0", " ") == f"02 40 37 38 38 (pour le contact « {officer.name} »)"
    assert emails.kind == "added" and emails.after == "dec.bts@ac-nantes.fr", emails
    # the other way round: the phone is not « no longer given », it is the case officer's
    back = [c for c in diff(after, before) if c.key == "contacts.exam_office"]
    assert [c.kind for c in back[:3]] == ["changed", "changed", "removed"], back
    assert back[1].before == "02 40 37 38 18, 02.40.37.38.38" and officer.name in back[1].after
    # a phone no other contact of the previous notice gave stays new
    data.sessions[2025] = dataclasses.replace(data.sessions[2025], exam_office=dataclasses.replace(renamed, phones=("02 40 37 38 18",)))
    fresh = [c for c in diff(before, build_notice(frozen.content, data, 2025)) if c.key == "contacts.exam_office"]
    assert [c.kind for c in fresh[:3]] == ["changed", "added", "added"] and fresh[1].after == "02 40 37 38 18", fresh


def _toulouse_edited(frozen, **changes):
    """Toulouse 2024 as built, and the same session with ``changes`` made to its file (in memory)."""
    data = frozen.academies["toulouse"]
    before = build_notice(frozen.content, data, 2024)
    session = data.sessions[2024]
    data.sessions[2024] = dataclasses.replace(session, **{name: change(session) for name, change in changes.items()})
    return before, build_notice(frozen.content, data, 2024)


def test_the_texts_candidates_read_beside_the_lists_are_compared(frozen):
    """A staff walk (stop 40) changed the exam office's address in the note under the managers' table
    (specialty_contacts_note) and « python -m generator diff » printed no line; neither for a contradiction's advice, the
    R408 list's note or a contact's note. Each is a line now, for candidates (the page shows these texts), but the advice,
    the guide's own words."""
    old, new = "dec5@ac-toulouse.fr", "ce-bts@ac-toulouse.fr"
    before, after = _toulouse_edited(
        frozen,
        specialty_contacts_note=lambda s: s.specialty_contacts_note.replace(old, new),
        contradictions=lambda s: tuple(dataclasses.replace(c, advice=c.advice.replace(old, new)) for c in s.contradictions),
        r408=lambda s: dataclasses.replace(s.r408, list=dataclasses.replace(s.r408.list, note=s.r408.list.note.replace("22 novembre 2023", "4 décembre 2023"))),
    )
    changes = {c.key: c for c in diff(before, after)}
    assert set(changes) == {"specialties.contacts_note", "notice.contradictions.candidats_de_la_formation_continue_en_formation_a_distance",
                            "specialties.r408"}, [c.text for c in changes.values()]
    assert all(c.kind == "changed" for c in changes.values())
    # (the contradiction's advice is the guide's own words, listed for staff, never a novelty of the notice: staff walk 50 M2)
    assert [key for key, c in changes.items() if not c.candidate] == ["notice.contradictions.candidats_de_la_formation_continue_en_formation_a_distance"]
    note = changes["specialties.contacts_note"]
    assert new in note.after and old in note.before and "Précision sur le tableau des gestionnaires" in note.text, note.text
    advice = changes["notice.contradictions.candidats_de_la_formation_continue_en_formation_a_distance"]
    assert "conseil du guide" in advice.text and new in advice.after and old in advice.before, advice.text
    assert "4\u00a0décembre 2023" in changes["specialties.r408"].after and "précision" in changes["specialties.r408"].text
    # and removed, the other way round: the same lines, the contradiction as a whole
    assert {c.key for c in diff(after, before)} == set(changes)
    _, without = _toulouse_edited(frozen, contradictions=lambda s: ())
    (gone,) = [c for c in diff(after, without) if c.key.startswith("notice.contradictions.")]
    assert gone.kind == "removed" and gone.whole and gone.candidate


def test_each_changed_passage_of_a_long_text_is_quoted(frozen):
    """A staff walk (stop 40) changed a step's date in capitals, « soit jusqu'au 22 novembre 2023 » and the exam office's
    address in one text: the comparison quoted the first change alone. One line still, each changed passage quoted with
    its words of the previous session; past three, the others are counted."""
    edits = (("votre confirmation d'inscription sera générée", "votre confirmation d'inscription datée sera générée"),
             ("Ne pas attendre le dernier jour pour procéder", "Ne pas attendre les derniers jours pour procéder"))
    step = frozen.academies["toulouse"].sessions[2024].steps[2]
    text = step.text
    for old, new in edits:
        assert old in text, old
        text = text.replace(old, new)

    def with_text(s, words):
        return (*s.steps[:2], dataclasses.replace(s.steps[2], text=words), *s.steps[3:])

    before, after = _toulouse_edited(frozen, steps=lambda s: with_text(s, text))
    (change,) = [c for c in diff(before, after) if c.section == "steps"]
    said = " ".join(change.text.split()).replace("’", "'")
    assert change.kind == "changed" and change.candidate
    assert said.count("(session 2024 :") == 2, said
    first, second = said.index("inscription datée sera"), said.index("les derniers jours")
    assert first < said.index("d'inscription sera générée") < second < said.index("le dernier jour"), said
    assert change.before.count("«") == 2 and change.after.count("«") == 2
    # five changes far apart: three quoted, two counted
    words = text.split(" ")
    many = " ".join(f"{w} jamais" if i in (5, 40, 80, 120, 160) else w for i, w in enumerate(words))
    before, after = _toulouse_edited(frozen, steps=lambda s: with_text(s, many))
    (change,) = [c for c in diff(after, before) if c.section == "steps"]
    assert " ".join(change.text.split()).count("(session 2024 :") == 3 and change.text.rstrip(".").endswith("et 2 autres passages modifiés"), change.text
    # four: three quoted, one counted (its interface text has no count: the comparison stopped there)
    four = " ".join(f"{w} jamais" if i in (5, 40, 80, 120) else w for i, w in enumerate(words))
    _toulouse_edited(frozen, steps=lambda s: with_text(s, text))  # (back to the two edits: each call edits the last)
    before, after = _toulouse_edited(frozen, steps=lambda s: with_text(s, four))
    (change,) = [c for c in diff(after, before) if c.section == "steps"]
    assert change.text.rstrip(".").endswith(after.texts.text("changes.passages_more_one")), change.text


def _one_item(items: tuple, index: int, **changes) -> tuple:
    return (*items[:index], dataclasses.replace(items[index], **changes), *items[index + 1:])


def _condition(question: str, value: str):
    from generator.model.conditions import Condition

    return Condition(kind="test", question=question, values=(value,))


# (the field changed in Toulouse 2024's file, in memory; the key of the one line it gives; the line's kind; for candidates)
TEXTS_BESIDE_THE_LISTS = {
    "documents.elsewhere": (
        dict(documents_elsewhere=lambda s: "La liste des pièces est aussi sur le site de l'académie."), "added", True),
    # (review67b L4: where the pieces go was not compared)
    "documents.deposit": (
        dict(documents_deposit=lambda s: (dataclasses.replace(s.documents_deposit[0], channel="postal"),)), "changed", True),
    "specialties.managing_note": (
        dict(managing_academies_note=lambda s: "Les académies organisatrices sont sur la page BTS du site."), "added", True),
    "national_documents.ms_electrical_risk": (
        dict(national_documents=lambda s: {k: dataclasses.replace(v, words=v.words + " (habilitation électrique)") if k == "ms_electrical_risk" else v
                                           for k, v in s.national_documents.items()}), "changed", True),
    "contradiction passages": (
        dict(contradictions=lambda s: _one_item(s.contradictions, 0, passages=_one_item(
            s.contradictions[0].passages, 0, words=s.contradictions[0].passages[0].words + " Sauf avis contraire du rectorat."))), "changed", True),
    "contradiction when": (
        dict(contradictions=lambda s: _one_item(s.contradictions, 0, when=_condition("situation", "distance"))), "changed", True),
    "contacts.exam_office": (
        dict(exam_office=lambda s: None), None, None),  # (filled by the test: academy.yaml's office, its note changed)
}


@pytest.mark.parametrize("case", list(TEXTS_BESIDE_THE_LISTS))
def test_each_text_beside_the_lists_changed_alone_gives_one_line(frozen, case):
    """review40-diff M4: the lines added at stop 40 for documents.elsewhere, the managing academies' note, a national
    mention's words, a contradiction's passages and its candidates (when:) and a contact's note had no test. Each field
    changed alone gives exactly one line, under its own key, for candidates (the page shows these texts)."""
    changes, kind, candidate = TEXTS_BESIDE_THE_LISTS[case]
    if case == "contacts.exam_office":
        office = frozen.academies["toulouse"].academy.exam_office
        changes = dict(exam_office=lambda s: dataclasses.replace(office, note="Courriel à privilégier ; réponse sous 48 heures."))
        kind, candidate = "changed", True
    before, after = _toulouse_edited(frozen, **changes)
    lines = diff(before, after)
    (line,) = lines
    contradiction = "notice.contradictions.candidats_de_la_formation_continue_en_formation_a_distance"
    assert line.key == (contradiction if case.startswith("contradiction") else case), line
    assert (line.kind, line.candidate) == (kind, candidate), line
    said = " ".join(line.text.split())
    if case == "contradiction passages":
        assert "passages" in said and "Sauf avis contraire du rectorat." in said, said
    if case == "contradiction when":
        assert "candidats concernés" in said, said
    if case == "contacts.exam_office":
        assert "précision" in said and "réponse sous 48 heures" in said, said
    # the other way round: one line too
    assert len(diff(after, before)) == 1


def test_where_the_pieces_go_is_compared_said_or_no_longer_said_and_only_for_staff_when_only_its_passage_moved(frozen):
    """review67b L4: « Nouveautés » did not compare ``documents_deposit:``. A notice that stops saying where the pieces
    go, or starts to, is one line for candidates in the pages' words; a new way added (the establishment, by e-mail)
    one line for candidates naming it; the same ways said in another passage of the notice, a line for staff only."""
    from generator.model.session import DepositChannel

    t = frozen.academies["toulouse"].sessions[2024]
    cyclades = t.documents_deposit[0]
    email = DepositChannel(channel="email", by="establishment", email="dec5@ac-toulouse.fr", section="III. Validation")
    postal = DepositChannel(channel="postal", by="candidate", address="Rectorat de Toulouse, DEC, 75 rue Saint-Roch, 31400 Toulouse",
                            case_as_written="Contrairement à toutes les autres pièces requises, la demande d'aménagement d'épreuves",
                            section=cyclades.section)
    cases = {
        "removed": (lambda s: None, "removed", True, "se déposent sur CYCLADES"),
        "way added": (lambda s: (cyclades, email), "changed", True, "l’établissement envoie les pièces par courriel à dec5@ac-toulouse.fr"),
        "passage only": (lambda s: (dataclasses.replace(cyclades, section="III. Validation de votre demande d'inscription"),), "changed", False,
                         "III. Validation de votre demande d’inscription"),
        # (review68b: a way whose case the notice words at length was cut by the quote's length before its channel:
        # « … ; dans le cas « Contrairement à toutes les autres pièces requises, la… » », no « courrier »)
        "way added, its case long": (lambda s: (cyclades, postal), "changed", True,
                                     "le candidat envoie les pièces par courrier, à l’adresse"),
    }
    sessions = frozen.academies["toulouse"].sessions
    try:
        for name, (edit, kind, candidate, words) in cases.items():
            sessions[2024] = t  # (each case edits the file as frozen: _toulouse_edited keeps its edit)
            before, after = _toulouse_edited(frozen, documents_deposit=edit)
            (line,) = diff(before, after)
            assert (line.key, line.kind, line.candidate) == ("documents.deposit", kind, candidate), (name, line)
            assert words in line.text and "où déposer les pièces" in line.text.lower(), (name, line.text)
            # the other way round: one line too (said again: added)
            (back,) = diff(after, before)
            assert back.key == "documents.deposit" and back.kind == {"removed": "added"}.get(kind, kind), (name, back)
    finally:
        sessions[2024] = t


def _words_rolled(project, words: dict[str, str], dates_note: str | None = None):
    """Nantes 2024 rolled to 2025 (``_rolled``), its deadlines' words, by id, and its dates_note replaced."""
    before, _ = _rolled(project)
    data = project.academies["nantes"]
    session = data.sessions[2025]
    deadlines = {did: dataclasses.replace(d, words=words.get(did, d.words)) for did, d in session.deadlines.items()}
    info = dataclasses.replace(session.session, dates_note=dates_note) if dates_note is not None else session.session
    data.sessions[2025] = dataclasses.replace(session, deadlines=deadlines, session=info)
    return before, build_notice(project.content, data, 2025)


def test_words_of_a_date_whose_dates_alone_change_give_no_line_one_more_sentence_gives_one_for_staff(frozen):
    """review40-diff M4: a deadline's words, a dates_note (staff-only lines, ``dated_text``): a year's rollover whose
    words change their dates only gives no line (the dates' own lines say it); one more sentence gives one line, not
    for candidates."""
    old = frozen.academies["nantes"].sessions[2024]
    documents = old.deadlines["documents"].words
    rolled_words = {"documents": documents.replace("vendredi 24 novembre 2023", "dimanche 24 novembre 2024"),
                    "changes": old.deadlines["changes"].words.replace("15 novembre 2023", "15 novembre 2024")}
    assert rolled_words["documents"] != documents
    note = old.session.dates_note.replace("lundi 16 octobre", "mercredi 16 octobre").replace("mercredi 15 novembre 2023", "vendredi 15 novembre 2024")
    before, after = _words_rolled(frozen, rolled_words, note)
    assert [c.text for c in diff(before, after) if c.section == "dates"] == []
    more = {**rolled_words, "documents": rolled_words["documents"] + " Aucune pièce ne sera acceptée par courrier."}
    before, after = _words_rolled(frozen, more, note)
    (line,) = [c for c in diff(before, after) if c.section == "dates"]
    assert line.key == "dates.documents" and line.kind == "changed" and not line.candidate, line
    assert "mots de la notice" in line.text and "Aucune pièce ne sera acceptée par courrier." in line.text, line.text


def test_the_guide_s_own_note_on_a_date_is_said_the_guide_s(frozen):
    """review40-diff L7: a deadline's note is the guide's reading (model.session.GUIDE_READING), not the notice's words:
    removed, its line said « Ne figure plus dans la notice … précision »; it names the guide now, for staff."""
    data = frozen.academies["nantes"]
    session = data.sessions[2024]
    assert session.deadlines["documents"].note
    before = build_notice(frozen.content, data, 2024)
    deadlines = {did: dataclasses.replace(d, note=None) if did == "documents" else d for did, d in session.deadlines.items()}
    data.sessions[2024] = dataclasses.replace(session, deadlines=deadlines)
    after = build_notice(frozen.content, data, 2024)
    (gone,) = diff(before, after)
    said = " ".join(gone.text.split())
    assert gone.key == "dates.documents" and gone.kind == "removed" and not gone.candidate, gone
    assert said.startswith("Ne figure plus dans le guide pour la session 2024 : date « ") and "précision du guide — session 2024 : « " in said, said
    assert "dans la notice" not in said, said
    (back,) = diff(after, before)
    assert " ".join(back.text.split()).startswith("Nouveau dans le guide pour la session 2024 : date « "), back.text


def test_a_contact_s_note_added_or_removed_names_neither_the_notice_nor_the_guide(frozen):
    """A contact's note (model.academy.Office.note, « précision à afficher ») is the notice's words (Nantes 2026's
    positioning contact) or the guide's rewording of them (Toulouse's exam office, for the notice's « Courriel (à
    privilégier) : … »): not in GUIDE_READING, nor always the notice's words. Removed, its line said « Ne figure plus dans
    la notice … »; it is said for the session now, naming neither, and so is the note added (the other way round)."""
    from generator.model.session import GUIDE_READING

    assert ("Office", "note") not in GUIDE_READING and ("Contact", "note") not in GUIDE_READING
    office = frozen.academies["toulouse"].academy.exam_office
    assert office.note
    before, after = _toulouse_edited(frozen, exam_office=lambda s: dataclasses.replace(office, note=None))
    (gone,) = diff(before, after)
    said = " ".join(gone.text.split())
    assert gone.key == "contacts.exam_office" and gone.kind == "removed" and gone.candidate, gone
    assert said.startswith("Ne figure plus pour la session 2024 : contact « Bureau des examens post-bac », précision — "
                           "session 2024 : « Courriel à privilégier."), said
    (back,) = diff(after, before)
    said_back = " ".join(back.text.split())
    assert back.kind == "added" and said_back.startswith(
        "Nouveau pour la session 2024 : contact « Bureau des examens post-bac », précision — « Courriel à privilégier."), said_back
    for text in (said, said_back):
        assert "dans la notice" not in text and "dans le guide" not in text, text


def test_a_step_renamed_in_place_is_one_step_with_a_new_title(frozen):
    """A staff walk (44 M1): a step's « (nouveauté 2026) » changed to « (nouveauté 2027) », as new-session asks, read
    as a step added and one no longer in the notice, on the candidates' page too. Steps have no id: one left over on
    each side, at the same place, with close titles, is the same step renamed; two steps far apart stay added and
    removed."""
    before, after = _rolled(frozen)
    steps = after.session.steps
    renamed = dataclasses.replace(steps[3], title=steps[3].title + " (nouveauté 2025)")
    after2 = dataclasses.replace(after, session=dataclasses.replace(after.session, steps=(*steps[:3], renamed, *steps[4:])))
    changes = [c for c in diff(before, after2) if c.section == "steps"]
    assert [c.kind for c in changes] == ["changed"], [(c.kind, c.text) for c in changes]
    assert "nouveauté 2025" in changes[0].text and "Validation par le service examen" in changes[0].text
    # another step in its place: added, and the old one removed
    other = dataclasses.replace(steps[3], title="Paiement des frais d'inscription")
    after3 = dataclasses.replace(after, session=dataclasses.replace(after.session, steps=(*steps[:3], other, *steps[4:])))
    assert sorted(c.kind for c in diff(before, after3) if c.section == "steps") == ["added", "removed"]


def _with_step(notice, index: int, **changes):
    steps = notice.session.steps
    step = dataclasses.replace(steps[index], **changes)
    return dataclasses.replace(notice, session=dataclasses.replace(notice.session, steps=(*steps[:index], step, *steps[index + 1:])))


def test_a_step_replaced_by_another_with_a_close_title_is_not_a_rename(frozen):
    """A review (45 L6): « Création d'un compte candidat » and « Activation d'un compte candidat » have ids 0.90 alike;
    the rename rule paired them, and a step removed and another added in its place read as one step with a new title.
    A renamed step keeps its text (its dates rolled, a few words changed): close titles and close texts are one step
    renamed; close titles over another text, two steps, one added and one removed."""
    before, after = _rolled(frozen)
    steps = before.session.steps
    created = "Créez votre compte candidat sur CYCLADES avec une adresse électronique valide, puis notez votre identifiant."
    activated = "Cliquez sur le lien reçu par courriel dans les 48 heures pour activer le compte ; sans activation, recommencez."
    old = _with_step(before, 0, title="Création d'un compte candidat", text=created)
    # another step in its place, its title close: added, and the old one removed
    replaced = _with_step(after, 0, title="Activation d'un compte candidat", text=activated)
    kinds = sorted((c.kind, c.item) for c in diff(old, replaced) if c.section == "steps")
    assert kinds == [("added", "Activation d'un compte candidat"), ("removed", "Création d'un compte candidat")], kinds
    # the same step renamed, its text the same but for a word: one step, a new title and its text's change
    renamed = _with_step(after, 0, title="Création du compte candidat", text=created.replace("valide", "personnelle"))
    changes = [c for c in diff(old, renamed) if c.section == "steps"]
    assert [c.kind for c in changes] == ["changed", "changed"], [(c.kind, c.text) for c in changes]
    said = " ".join(" ".join(c.text for c in changes).split()).replace("’", "'")
    assert "Création d'un compte candidat" in said and "personnelle" in said and "valide" in said, said
    # its text the same: the new title alone
    (change,) = [c for c in diff(old, _with_step(after, 0, title="Création du compte candidat", text=created)) if c.section == "steps"]
    assert change.kind == "changed" and "Création du compte candidat" in change.item, change
    assert steps[0].text != created  # (the case's texts are its own, not the frozen step's)


def test_a_phone_added_to_a_contact_and_contacts_a_notice_gives_anew(frozen):
    """A staff walk (staffwalk53 M3): a phone added to the exam office was « Nouveau dans la notice de la session 2025 :
    contact « Bureau … », téléphones — 01 99 00 00 00 », as if the office were new; a contact the previous notice's
    contacts: (« non précisé par la notice ») did not give was « Contacts : « … » — non précisé par la notice de la
    session 2024 », backwards, without its e-mail. The first is said as the contact's phone added, the second as a new
    contact with its e-mail."""
    data = frozen.academies["clermont-ferrand"]
    before = build_notice(frozen.content, data, 2024)
    office = before.exam_office
    assert office is not None and not office.phones and before.session.contacts is NOT_GIVEN
    manager = dataclasses.replace(office, name="Gestionnaire du BTS Maintenance des systèmes", role=None, phones=(),
                                  emails=("gestionnaire-ms@ac-clermont.fr",))
    data.sessions[2024] = dataclasses.replace(data.sessions[2024], exam_office=dataclasses.replace(office, phones=("01 99 00 00 00",)),
                                              contacts=(manager,))
    after = build_notice(frozen.content, data, 2024)
    changes = [c for c in diff(before, after) if c.section == "contacts"]
    texts = [c.text.replace("\u00a0", " ") for c in changes]
    assert (f"Contact « {office.name} » : téléphone ajouté dans la notice de la session 2024 : 01 99 00 00 00.") in texts, texts
    assert ("Nouveau dans la notice de la session 2024 : contact « Gestionnaire du BTS Maintenance des systèmes » — "
            "gestionnaire-ms@ac-clermont.fr.") in texts, texts
    assert not any("non précisé" in t for t in texts), texts
    # the other way round: the phone no longer given, said as the office's
    back = [c.text.replace("\u00a0", " ") for c in diff(after, before) if c.key == "contacts.exam_office"]
    assert back == [f"Contact « {office.name} » : téléphone 01 99 00 00 00, que la notice de la session 2024 ne donne plus."], back


def test_a_postal_address_added_to_a_contact_both_notices_give(frozen):
    """staffwalk60 L1: the exam office's postal address given by the new notice only was « Nouveau dans la notice de la
    session 2025 : contact « Bureau … », adresse postale — … », as if the office were new: said as the contact's, as a
    phone added is, and the other way round."""
    data = frozen.academies["clermont-ferrand"]
    before = build_notice(frozen.content, data, 2024)
    office = before.exam_office
    assert office is not None and not office.address
    old = data.sessions[2024]
    data.sessions[2024] = dataclasses.replace(old, exam_office=dataclasses.replace(office, address=("3 avenue Vercingétorix", "63033 Clermont-Ferrand Cedex 1")))
    after = build_notice(frozen.content, data, 2024)
    data.sessions[2024] = old
    texts = [c.text.replace("\u00a0", " ") for c in diff(before, after) if c.section == "contacts"]
    assert texts == [f"Contact « {office.name} » : adresse postale ajoutée dans la notice de la session 2024 : "
                     "3 avenue Vercingétorix, 63033 Clermont-Ferrand Cedex 1."], texts
    back = [c.text.replace("\u00a0", " ") for c in diff(after, before) if c.section == "contacts"]
    assert back == [f"Contact « {office.name} » : adresse postale 3 avenue Vercingétorix, 63033 Clermont-Ferrand Cedex 1, "
                    "que la notice de la session 2024 ne donne plus."], back


def test_a_title_whose_only_change_is_its_year_is_no_change(frozen):
    """staffwalk53 L2: the notice's title « … session 2024 » written « … session 2025 » in the next session was a line
    « nouvel intitulé », while a text whose only years moved on is none; a title with another word changed still is."""
    before, after = _rolled(frozen)
    data = frozen.academies["nantes"]
    old = data.sessions[2024]
    for title, changed in ((f"{old.session.title} (session 2024)", False), (f"{old.session.title} (session 2025 bis)", True)):
        data.sessions[2024] = dataclasses.replace(old, session=dataclasses.replace(old.session, title=f"{old.session.title} (session 2024)"))
        data.sessions[2025] = dataclasses.replace(data.sessions[2025], session=dataclasses.replace(data.sessions[2025].session, title=title.replace("2024", "2025")))
        changes = diff(build_notice(frozen.content, data, 2024), build_notice(frozen.content, data, 2025))
        assert bool([c for c in changes if c.key == "notice.title"]) is changed, [c.text for c in changes]
    data.sessions[2024] = old


def test_a_date_the_guide_reads_is_compared_and_said_without_the_pages_mark(frozen):
    """review61 L8: an added or removed date, and a step's or a piece's deadline, were said with the pages' « — date
    retenue par le guide », a changed one without: the comparison says every date alone (the guide's reading is the
    pages' mark, not a change of the notice's). Clermont-Ferrand 2024's « non-réception du mél » date (the 14th, the
    guide's reading of « avant le 15 novembre ») added to a copy without it."""
    data = frozen.academies["clermont-ferrand"]
    old = data.sessions[2024]
    after = build_notice(frozen.content, data, 2024)
    mark = after.texts.text("dates.guide_day", date="").strip()
    assert any(mark in deadline_moment(after, d.id) for d in after.deadlines)  # (what this test is about)
    data.sessions[2024] = dataclasses.replace(old, deadlines={k: v for k, v in old.deadlines.items() if k != "missing_email"})
    try:
        before = build_notice(frozen.content, data, 2024)
    finally:
        data.sessions[2024] = old
    changes = [c for c in diff(before, after) + diff(after, before) if c.section == "dates"]
    assert {c.kind for c in changes} >= {"added", "removed"}, [c.text for c in changes]
    assert not any(mark in c.text for c in diff(before, after) + diff(after, before)), [c.text for c in changes]
