"""Nantes 2024 → 2026: the comparison lists what a reader of the two notices would list.

The two source notices (/work/shared/seeds/004_676a724f6dae9e10.txt, session 2024,
for individual candidates; 002_9a97fdb094b595d9.txt, session 2026, for training
establishments) were read side by side; the essentials a rectorate staff member
would write down are below, each with the passage of the notices it comes from.
They are checked on the structure of the comparison (section, key, kind, dates),
not on its words, which staff may rephrase in content/interface.yaml. The data is
the frozen project (tests/fixtures/project/), so that edits of the real files never break it.
"""

from __future__ import annotations

import datetime as dt

import pytest

from diff_support import frozen_root, load_notices
from generator.diff import SECTIONS, diff
from generator.site.novelties_view import novelties_view, shown_changes
from generator.site.words import deadline_moment


@pytest.fixture(scope="module")
def notices(tmp_path_factory):
    return load_notices(frozen_root(tmp_path_factory.mktemp("nantes")))


@pytest.fixture(scope="module")
def changes(notices):
    return diff(notices["nantes", 2024], notices["nantes", 2026])


def find(changes, key, kind=None, *, whole=None):
    found = [c for c in changes if c.key == key and (kind is None or c.kind == kind) and (whole is None or c.whole == whole)]
    assert found, f"no change {key} {kind or ''}:\n" + "\n".join(f"{c.key} {c.kind}: {c.text}" for c in changes)
    return found


# (key, kind, whole, what the notices say)
ESSENTIALS = [
    # 2024 « Note d'information … Inscription des candidats individuels » ; 2026 : établissements.
    ("notice.audience", "changed", False, "individual candidates in 2024, establishments in 2026"),
    # 2024 « du lundi 16 octobre au mercredi 15 novembre 2023 » ; 2026 gives neither date.
    ("dates.opening", "no_longer_given", False, "opening given in 2024 only"),
    ("dates.closing", "no_longer_given", False, "closing given in 2024 only"),
    # 2024 « Vous pouvez ensuite modifier votre pré-inscription (jusqu'au 15 novembre 2023) » ; not in 2026.
    ("dates.changes", "removed", True, "the modification deadline is gone"),
    # 2026 « téléverser avant le vendredi 12 décembre 2025 » (engagement étudiant) and
    # « A déposer le 12 décembre au plus tard » (R408, Maintenance des systèmes).
    ("dates.engagement_etudiant", "added", True, "new deadline for the engagement étudiant form"),
    ("dates.attestations", "added", True, "new deadline for the R408 and MS attestations"),
    # 2024: in person → establishment; distance and repeaters → CYCLADES themselves. 2026: establishment only, and
    # « NB : les candidats ajournés en 2025 … s'ils ne sont plus scolarisés dans l'établissement, il convient de les
    # supprimer » (another procedure).
    ("who.distance", "removed", True, "distance learners no longer in the notice"),
    ("who.repeater", "changed", False, "repeaters who left the establishment: another procedure"),
    # 2026: the table of documents by route (SCOLAIRE, APPRENTI, FORMATION CONTINUE).
    ("who.in_person", "added", False, "routes now distinguished"),
    # 2024 « II- INSCRIPTION DEFINITIVE »: the signed summary and the requested documents.
    ("documents.recapitulatif", "removed", True, "the signed summary (récapitulatif)"),
    ("documents.demande_pj", "removed", True, "the list edited in CYCLADES"),
    # 2026 « Liste des pièces justificatives ».
    ("documents.confirmation", "added", True, "confirmation d'inscription datée et signée"),
    ("documents.piece_identite", "added", True, "pièce d'identité"),
    ("documents.certificat_scolarite", "added", True, "certificat de scolarité (scolaire)"),
    ("documents.contrat_apprentissage", "added", True, "contrat d'apprentissage (apprenti)"),
    ("documents.certificat_scolarite_1re_annee", "added", True, "1st-year certificate of former pupils"),
    ("documents.attestation_formation", "added", True, "attestation de formation (formation continue)"),
    ("documents.dispense", "added", True, "diploma giving a dispensation"),
    ("documents.benefices", "added", True, "transcript for kept marks"),
    ("documents.engagement_etudiant", "added", True, "engagement étudiant form"),
    ("documents.r408", "added", True, "R408 attestation in the notice's list"),
    ("documents.ms_risque_electrique", "added", True, "Maintenance des systèmes attestations"),
    ("documents.ms_secours", "added", True, "Maintenance des systèmes attestations"),
    ("documents.ms_fluides_frigorigenes", "added", True, "Maintenance des systèmes attestations"),
    ("documents.ms_travaux_hauteur", "added", True, "Maintenance des systèmes attestations"),
    ("documents.decision_positionnement", "added", True, "« Une photocopie de la décision de positionnement sera exigée »"),
    # 2026 note (*): the certificates stand for the JDC proof; R408 and MS are now the notice's own items.
    ("national_documents.jdc_certificate", "changed", False, "JDC proof covered by the certificates"),
    ("national_documents.r408_attestation", "changed", False, "R408 now in the notice's list"),
    # 2026 « RAPPELS REGLEMENTAIRES BTS »: conditions, forms of passage, benefits, dispensations, control exams, optional exams, absence.
    ("topics.registration_conditions", "added", False, "conditions d'inscription"),
    ("topics.passing_form", "added", False, "formes de passage"),
    ("topics.benefits", "added", False, "bénéfices"),
    ("topics.dispensations", "added", False, "dispenses"),
    ("topics.absence", "added", False, "absence à une épreuve"),
    ("topics.control_exams", "changed", False, "épreuves de contrôle (note de service du 12 juin 2025)"),
    ("topics.optional_exams", "changed", False, "at most two optional exams (décret n°2024-788)"),
    # 2024 « IV- INFORMATIONS DIVERSES »: convocation, results, managing academies, stay informed; not in 2026.
    ("topics.convocation", "removed", False, "convocations"),
    ("topics.results", "removed", False, "résultats"),
    ("topics.managing_academy", "removed", False, "académie de gestion"),
    ("topics.stay_informed", "removed", False, "rester informé"),
    # 2026 lists the R408 specialties; 2024 does not speak of R408.
    ("specialties.r408", "now_given", False, "R408 list given by the notice"),
    # Contacts: 2024 « dossier suivi par Antoine BELETEAU » ; 2026 « CONTACTS » (DEC 4-1) and the positioning office.
    ("contacts.antoine_beleteau", "removed", True, "the case officer of 2024"),
    ("contacts.bureau_d_organisation_des_bts_dec_4_1", "added", True, "the DEC 4-1 phones and dec.bts@ address"),
    ("contacts.secretariat_des_ien_et_et_eg", "added", True, "positioning decisions"),
    # 2024 « Aménagements d'épreuves : Consulter le lien suivant » ; 2026 says nothing.
    ("exam_adjustment", "no_longer_given", False, "exam adjustments no longer in the notice"),
    # 2024 CYCLADES and results links; 2026 none.
    ("links", "no_longer_given", False, "links"),
    # 2026: attestation de formation model and fiche préparatoire (annexe 5).
    ("forms", "now_given", False, "forms"),
    # 2026 sections 1 to 6: the establishment's procedure.
    ("establishment", "now_given", False, "establishment part"),
]


@pytest.mark.parametrize("key, kind, whole, why", ESSENTIALS, ids=[f"{e[0]}-{e[1]}" for e in ESSENTIALS])
def test_the_comparison_lists_what_a_reader_of_both_notices_lists(changes, key, kind, whole, why):
    find(changes, key, kind, whole=whole or None)


def test_the_documents_deadline_moved_five_days_earlier_and_lost_its_hour(notices, changes):
    # 2024 « au plus tard le vendredi 24 novembre 2023 à minuit » ; 2026 « pour le 19 novembre 2025 dernier délai ».
    (moved,) = [c for c in find(changes, "dates.documents", "changed") if c.days is not None]
    assert moved.days == -5
    # (the notice's « minuit », 24:00 in the data, in the candidate pages' words: « jusqu'au … inclus (heure de Paris) »,
    # not « à minuit, en fin de journée », which the staff guide's example of « Nouveautés » wrote; review73 L4)
    assert moved.before == deadline_moment(notices["nantes", 2024], "documents", mark=False), moved.before
    assert "24\u00a0novembre\u00a02023 inclus" in moved.before and "minuit" not in moved.before
    assert "19\u00a0novembre\u00a02025" in moved.after and "inclus" not in moved.after
    # 2024 « Votre candidature sera annulée si … » (délai de rigueur) ; 2026 does not say so.
    assert any(c.days is None and c.kind == "changed" for c in find(changes, "dates.documents"))


def test_the_new_deadlines_are_on_12_december_2025(changes):
    for key in ("dates.engagement_etudiant", "dates.attestations"):
        (added,) = find(changes, key, "added")
        assert "12\u00a0décembre\u00a02025" in added.after


def test_the_notice_statements_quote_the_novelties_of_2026(changes):
    engagement = " ".join(c.after or "" for c in find(changes, "topics.engagement_etudiant", "added"))
    assert "nouveauté 2026" in engagement
    languages = " ".join(c.after or "" for c in find(changes, "topics.languages", "added"))
    assert "langue" in languages


def test_steps_of_the_individual_procedure_give_way_to_those_of_an_establishment_notice(changes):
    removed = {c.item for c in changes if c.section == "steps" and c.kind == "removed" and c.whole}
    added = {c.item for c in changes if c.section == "steps" and c.kind == "added" and c.whole}
    assert len(removed) == 4 and len(added) == 4
    assert any("engagement étudiant" in item for item in added)


def test_nothing_common_to_both_notices_is_reported(changes):
    # Both notices name the DEC 4-1 office (academy.yaml) and the same national R408 list (arrêté du 13 juillet 2023).
    assert not [c for c in changes if c.key == "specialties.r408_national"]
    assert all(c.section in SECTIONS for c in changes)
    assert len({(c.key, c.text) for c in changes}) == len(changes), "a change is reported twice"


def test_the_notice_s_title_is_no_novelty(changes):
    # (a reworded label is no novelty either: tests/diff/test_diff_properties.py; this diff has none, review63 B L8)
    assert not any(c.kind == "reworded" for c in changes)
    assert not find(changes, "notice.title")[0].candidate  # the notice's title is not news for a candidate


def test_the_novelties_section_says_where_each_line_comes_from(notices, changes):
    notice, previous = notices["nantes", 2026], notices["nantes", 2024]
    view = novelties_view(notice, previous)
    assert view is not None
    # The notice's own announcements, with their place in the notice.
    words = " ".join(t for block in view.notice for t in block.texts)
    assert "nouveauté 2026" in words and "suppression du portugais en 2026" in words
    assert all("5 – TELEVERSEMENT" in block.provenance or "EPREUVES FACULTATIVES" in block.provenance for block in view.notice)
    # The guide's comparison, said as such, with only the lines for candidates.
    assert view.compared_with == 2024
    assert "2024" in view.provenance and "2026" in view.provenance
    shown = shown_changes(notice, changes)
    assert shown and all(changes[i].candidate for i in shown)
    assert len(view.lines) < len(shown), "added and removed items are gathered, one line per section"


def test_a_notice_compared_with_itself_has_no_change(notices):
    notice = notices["nantes", 2026]
    assert diff(notice, notice) == ()


def test_the_frozen_copy_is_the_one_the_expectations_were_read_from(notices):
    notice = notices["nantes", 2026]
    assert notice.deadline("documents").start.date() == dt.date(2025, 11, 19)
    assert notices["nantes", 2024].deadline("documents").end.date() == dt.date(2023, 11, 24)
