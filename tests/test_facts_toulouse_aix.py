"""Facts a candidate needs from the Toulouse 2024 and Aix-Marseille 2023 notices are in the loaded data.

The expected facts below were copied by hand from the seed texts
(/work/shared/seeds/000_886492e9ab85b50f.txt and 001_1df47d89172b960f.txt),
not from the YAML: a fact missing from the YAML makes the test fail.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

import pytest

from generator.checklist import engine
from generator.checklist.compile import compile_ruleset
from generator.merge import build_notice
from generator.model.values import NOT_GIVEN, Moment
from generator.pipeline import load_and_check

from project_support import FROZEN

# The encoding of the seed notices is the frozen project's (tests/fixtures/project/): staff edit the
# real academies/, the seeds' facts stay as they are.
ROOT = FROZEN
FILES = [ROOT / "academies" / "toulouse" / "2024.yaml", ROOT / "academies" / "aix-marseille" / "2023.yaml"]


def _walk(value, strings: list[str], moments: set[str]) -> None:
    """Collect every text and every date (as AAAA-MM-JJ[ HH:MM]) reachable from a loaded value."""
    if isinstance(value, Moment):
        moments.add(str(value))
        moments.add(value.date.isoformat())
    elif isinstance(value, dt.date):
        moments.add(value.isoformat())
    elif isinstance(value, str):
        strings.append(value)
    elif isinstance(value, dict):
        for key, item in value.items():
            strings.append(str(key))
            _walk(item, strings, moments)
    elif isinstance(value, (tuple, list)):
        for item in value:
            _walk(item, strings, moments)
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        for f in dataclasses.fields(value):
            _walk(getattr(value, f.name), strings, moments)


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).casefold()


@pytest.fixture(scope="module")
def loaded():
    project, problems = load_and_check(ROOT, FILES)
    return project, problems


def _academy(loaded, slug: str, year: int):
    project, problems = loaded
    mine = [p.headline() for p in problems.items if f"academies/{slug}/" in p.location.file]
    assert not mine, "\n".join(mine)
    data = project.academies[slug]
    assert data.academy is not None
    session = data.sessions[year]
    strings: list[str] = []
    moments: set[str] = set()
    _walk(data.academy, strings, moments)
    _walk(session, strings, moments)
    blob = _norm("\n".join(strings))
    labels = [_norm(d.label) for d in session.documents]
    return data.academy, session, blob, moments, labels


def _notice(loaded, slug: str, year: int):
    """The merged notice (notice items and national content in force for the session)."""
    project = loaded[0]
    return build_notice(project.content, project.academies[slug], year)


def _checklist(loaded, slug: str, year: int, **answers) -> dict:
    """The candidate's checklist (the engine's result) for these answers."""
    ruleset = compile_ruleset(_notice(loaded, slug, year), loaded[0].content.checklist)
    return engine.evaluate(ruleset, {k: str(v) for k, v in answers.items()})


def _ids(result: dict) -> set[str]:
    return {d["id"] for d in result["documents"]}


def _statements(notice, topic_id: str):
    [topic] = [t for t in notice.topics if t.id == topic_id]
    return topic.statements


def _tests(condition) -> dict[str, set[str]]:
    """question -> values of the tests of a condition (``all`` of simple tests)."""
    return {t.question: set(t.values) for t in condition.tests()}


# ---------------------------------------------------------------- Toulouse 2024 (seed 000)

TOULOUSE_MOMENTS = [
    "2023-10-11 14:00",  # Du mercredi 11 octobre 2023 à 14h00
    "2023-11-15 17:00",  # Au mercredi 15 novembre 2023 à 17h00
    "2023-11-22",  # AU PLUS TARD LE MERCREDI 22 NOVEMBRE 2023, DELAI DE RIGUEUR
    "2024-01-10",  # traitée ... au plus tard le mercredi 10 janvier 2024
    "2024-01-15",  # Le formulaire devra être téléversé au plus tard le 15/01/2024
]
TOULOUSE_TEXTS = [
    "dec5@ac-toulouse.fr",
    "http://www.ac-toulouse.fr/cid73900/brevet-de-technicien-superieur.html",
    "https://enqdip.sup.adc.education.fr/bts/index.htm",
    "session juin 2023",  # reuse the candidate number of the previous session
    "mi-décembre",
    "deux mois",
    "fin février",
    "mi-avril",
    "courant mars",
    "courant juin",
    "par voie postale uniquement",
    "commission des droits et de l'autonomie des personnes handicapées",
    "J'ai fourni toutes mes pièces",
    "Mes justificatifs",
    "langues rares",
    "article D.613-26 du code de l'éducation",  # IV-1 benefits, candidates with a disability
    "article D643-23 du code de l'éducation",  # annex 2 form
    "le renoncement est définitif",
    "obtenues en 2024 seront alors les seules prises en compte",
    "Arrêté du 14/04/2016",
    "saisir deux prénoms si possible",  # II-① (not « tous vos prénoms »)
    "a évolué depuis la session 2023",  # IV-1 benefits (Toulouse's date, not 2022)
    "en dehors de l'académie de Toulouse pour les langues rares",
    "article L. 611-9 du code de l'éducation",
    "selon les consignes fournies par l'académie en charge de l'organisation des épreuves",
    "dossiers professionnels transmis hors-délai ne sont pas acceptés",
    "au moins deux semaines à l'avance",
    "Aucun document ne doit être envoyé au rectorat",
]
TOULOUSE_DOCUMENTS = [
    "Confirmation d'inscription dûment datée et signée",
    "carte nationale d'identité",
    "carte de séjour",
    "passeport",
    "journée défense et citoyenneté",
    "attestation de recensement",
    "diplôme du baccalauréat ou autre diplôme de niveau IV",
    "relevé de notes de l'examen",
    "Certificats de scolarité des deux années de préparation au BTS",
    "attestations de stages réglementaires",
    "1 350 heures",
    "contrat d'apprentissage (CERFA)",
    "statut du candidat comme apprenti",
    "Attestation de suivi de la préparation au BTS",
    "contrat de professionnalisation",
    "six mois au cours de l'année précédant l'examen",
    "un an d'activités professionnelles effectives",
    "engagement étudiant",
    "décision de validation des acquis de l'expérience",
    "Demande de report de notes",
    "refus de conservation",
    "décision de positionnement ou de dérogation à la durée de stage",
    "R408",
    "justificatif de formation",
]
TOULOUSE_R408 = {"amcr", "batiment", "enveloppe_batiments", "fed", "scbh", "travaux_publics"}
# Annex 3: phone -> specialties of the row (ids of content/specialties.yaml, read off the table).
TOULOUSE_CONTACTS = {
    "05 36 25 71 12": {"erpc", "metiers_mode", "metiers_coiffure", "mecp", "photographie", "podo_orthesiste", "prothesiste_dentaire", "sio"},
    "05 36 25 71 28": {"assurance", "ati", "edition", "ndrc", "metiers_audiovisuel", "mos"},
    "05 36 25 78 51": {"cim", "cprp", "crci", "drb", "maintenance_vehicules", "metiers_eau", "professions_immobilieres", "sp3s", "tourisme"},
    "05 36 25 71 09": {"commerce_international", "communication", "esf", "mhr", "gtla", "fed"},
    "05 36 25 71 20": {"amcr", "comptabilite_gestion", "crsa", "mgtmn", "mmcm", "maintenance_systemes"},
    "05 36 25 71 13": {"bioqualite", "cprp", "mco", "tsma"},
    "05 36 25 71 08": {"abm", "fab", "batiment", "bioanalyses_controles", "biotechnologies", "dietetique", "electrotechnique", "collaborateur_juriste_notarial", "scbh", "traitement_materiaux", "travaux_publics", "ccst"},
    "05 36 25 71 39": {"cira", "enveloppe_batiments", "mec", "europlastics_composites", "gpme", "maintenance_systemes", "metiers_chimie", "scbh", "systemes_numeriques"},
    "05 36 25 72 07": {"aeronautique", "banque", "cpi", "era", "fonderie", "metiers_services_environnement", "opticien_lunetier", "systemes_photoniques", "sam"},
}
TOULOUSE_DEPARTMENTS = {"09", "12", "31", "32", "46", "65", "81", "82"}


@pytest.fixture(scope="module")
def toulouse(loaded):
    return _academy(loaded, "toulouse", 2024)


@pytest.mark.parametrize("moment", TOULOUSE_MOMENTS)
def test_toulouse_dates(toulouse, moment):
    assert moment in toulouse[3]


def test_toulouse_registration_window(toulouse):
    session = toulouse[1].session
    assert (str(session.opening), str(session.closing)) == ("2023-10-11 14:00", "2023-11-15 17:00")
    assert str(toulouse[1].deadlines["documents"].at) == "2023-11-22"
    assert toulouse[1].deadlines["documents"].strict


@pytest.mark.parametrize("text", TOULOUSE_TEXTS)
def test_toulouse_texts(toulouse, text):
    assert _norm(text) in toulouse[2]


@pytest.mark.parametrize("label", TOULOUSE_DOCUMENTS)
def test_toulouse_documents(toulouse, label):
    assert any(_norm(label) in l for l in toulouse[4]), label


def test_toulouse_maintenance_systemes_attestations(loaded, toulouse):
    # Annex 1 « 3. Attestations de formation spécifiques au BTS Maintenance des Systèmes »: the
    # national attestations, mentioned by the notice in its words (not listed as its own items).
    words = "Attestations de formation spécifiques au BTS Maintenance des Systèmes"
    mentions = toulouse[1].national_documents
    assert set(mentions) == {"ms_electrical_risk", "ms_first_aid", "ms_refrigerants", "ms_work_at_height"}
    assert all(m.words == words and "attestations spécifiques" in _norm(m.section) for m in mentions.values())
    notice = _notice(loaded, "toulouse", 2024)
    shown = {d.id: d for d in notice.documents if d.national}
    assert all(shown[i].mention == words and not shown[i].notice_silent for i in mentions)
    # Option B: electrical risk, first aid and refrigerants; not work at height (options C and D).
    result = _checklist(loaded, "toulouse", 2024, specialty="maintenance_systemes", option="B")
    assert {"ms_electrical_risk", "ms_first_aid", "ms_refrigerants"} <= _ids(result)
    assert "ms_work_at_height" not in _ids(result)


def test_toulouse_categories(toulouse):
    assert {c.situation for c in toulouse[1].who} == {"repeater", "distance", "experience"}
    assert all(c.how == "individual" for c in toulouse[1].who)
    assert len(toulouse[1].steps) == 3  # « L'inscription à l'examen se fait en TROIS TEMPS »
    # I. « CANDIDATS EN FORMATION A DISTANCE (CNED...) … (sauf s'ils relèvent de la voie de la
    # formation continue) »
    [distance] = [c for c in toulouse[1].who if c.situation == "distance"]
    assert set(distance.routes) == {"scolaire", "apprenti"}
    assert "sauf s'ils relèvent de la voie de la formation continue" in _norm(distance.detail)


def test_toulouse_distance_continuing_training_contradiction(loaded, toulouse):
    # Section I excludes distance candidates of formation continue; annex 1 lists their papers.
    [contradiction] = toulouse[1].contradictions
    assert _tests(contradiction.when) == {"situation": {"distance"}, "route": {"formation_continue"}}
    sections = [_norm(p.section) for p in contradiction.passages]
    words = [_norm(p.words) for p in contradiction.passages]
    assert sections[0].startswith("« i.") and sections[1].startswith("« annexe 1")
    assert "sauf s'ils relèvent de la voie de la formation continue" in words[0]
    assert "formation continue de l'enseignement à distance" in words[1]
    assert "bureau des examens post-bac" in _norm(contradiction.advice)
    result = _checklist(loaded, "toulouse", 2024, situation="distance", route="formation_continue")
    assert result["standing"]["kind"] == "contradiction"
    # The annex 1 papers are still listed for them.
    assert {"distance_continuing_training", "distance_continuing_contract"} <= _ids(result)
    apprentice = _checklist(loaded, "toulouse", 2024, situation="distance", route="apprenti")
    assert apprentice["standing"]["kind"] == "concerned"


def test_toulouse_r408(toulouse):
    r408 = toulouse[1].r408
    assert r408 is not NOT_GIVEN and r408.list is not None
    assert {e.specialty.specialty for e in r408.list.specialties} == TOULOUSE_R408
    assert r408.list.reference == "Arrêté du 14/04/2016 relatif à l'attestation R408"


def test_toulouse_r408_late_deposit_and_2023_list(loaded, toulouse):
    session = toulouse[1]
    [document] = [d for d in session.documents if d.id == "r408"]
    # II-③ « sauf pièces pouvant être à déposer ultérieurement : attestation R408 pour les
    # spécialités concernées, dossier professionnel... »
    assert document.late_deposit
    assert "pouvant être à déposer ultérieurement : attestation r408" in _norm(document.late_deposit)
    # The notice's item is the national attestation (arrêté du 13 juillet 2023, in force from
    # the 2024 session), for the specialties of the notice's own list.
    assert document.covers == ("r408_attestation",)
    assert _tests(document.when) == {"r408_listed": {"yes"}}
    # The national list in force adds FAB and MEC: they get the national attestation, marked
    # as a national rule the notice does not mention; Bâtiment gets the notice's item only.
    notice = _notice(loaded, "toulouse", 2024)
    assert notice.r408.national is not None and notice.r408.national.source == "arrete_2023_07_13"
    for specialty in ("fab", "mec"):
        result = _checklist(loaded, "toulouse", 2024, specialty=specialty, r408_waiver="no")
        [doc] = [d for d in result["documents"] if d["id"] == "r408_attestation"]
        assert doc["notice_silent"] and doc["annexes"] == [5]
        assert "r408" not in _ids(result)
    result = _checklist(loaded, "toulouse", 2024, specialty="batiment", r408_waiver="no")
    assert "r408" in _ids(result) and "r408_attestation" not in _ids(result)
    # The RQTH waiver is national (the notice does not mention it).
    waived = _checklist(loaded, "toulouse", 2024, specialty="batiment", r408_waiver="yes")
    assert "r408_waiver_rqth" in _ids(waived) and "r408" not in _ids(waived)
    notes = [_norm(n.note) for n in session.source_notes]
    assert any("13 juillet 2023" in n and "finitions, aménagement des bâtiments" in n and "management économique de la construction" in n for n in notes)


def test_toulouse_jdc_item_covers_the_national_paper(loaded, toulouse):
    # Annex 1 « Certificat de participation à la journée défense et citoyenneté pour les
    # candidats de nationalité française ou attestation de recensement le cas échéant »: all
    # French candidates, no age.
    [document] = [d for d in toulouse[1].documents if d.id == "jdc"]
    assert document.covers == ("jdc_certificate",)
    assert _tests(document.when) == {"nationality": {"french"}}
    for birth in ("2004-06-01", "1980-06-01"):
        result = _checklist(loaded, "toulouse", 2024, nationality="french", birth_date=birth)
        assert "jdc" in _ids(result) and "jdc_certificate" not in _ids(result)


def test_toulouse_language_certificate_other_than_english_and_spanish(loaded, toulouse):
    # IV-1 « Dans le cas d'une inscription à une épreuve obligatoire de langue autre qu'anglais
    # et espagnol, un justificatif de formation devra être transmis. »
    for language, asked in (("english", False), ("spanish", False), ("other_common", True), ("rare", True)):
        result = _checklist(loaded, "toulouse", 2024, mandatory_language=language)
        assert ("language_training" in _ids(result)) is asked, language


@pytest.mark.parametrize(("slug", "year", "by_guide"), [
    # Toulouse 2024: annex 1's « Engagement étudiant » row is only « Le formulaire devra être téléversé au plus tard le
    # 15/01/2024. … » (l. 203); IV-1 asks « un justificatif de formation » in running text (l. 141). Aix-Marseille 2023:
    # « il sera demandé aux candidats de justifier par une attestation de formation » (rubrique 4, l. 94). Every other
    # item's label is the notice's words (its corrections and splits said under source_notes:).
    ("toulouse", 2024, {"engagement_etudiant_form", "language_training"}),
    ("aix-marseille", 2023, {"rare_language_training"}),
])
def test_labels_the_guide_wrote_say_so(loaded, slug, year, by_guide):
    """read65 L2: a notice item whose label is the guide's wording is not credited to the notice alone: its page row
    and its checklist source line say « intitulé du guide » (label_by_guide), as Clermont-Ferrand's do."""
    from generator.checklist.text import document_source
    from generator.site.document_view import document_rows

    notice = _notice(loaded, slug, year)
    assert {d.id for d in notice.documents if d.label_by_guide} == by_guide
    words = notice.texts.text("provenance.label_by_guide", provenance="").strip(" ;")
    rows = {r.id: r for r in document_rows(notice, notice.documents)}
    items = {d["id"]: d for d in compile_ruleset(notice, loaded[0].content.checklist)["documents"]}
    for doc_id in by_guide:
        assert words in (rows[doc_id].provenance or ""), doc_id
        assert words in document_source(items[doc_id], notice.texts), doc_id


# The headings above each group of the notices' lists of documents, as the seeds write them (seed 000 l.194-206, the
# annex's title and its rows; seed 001 l.142-168, « POUR TOUS LES CANDIDATS : » and the like, their colon the link to
# the list): a piece's place in the notice
HEADINGS = {
    ("toulouse", 2024): {
        "confirmation": "« Liste des pièces justificatives à téléverser sur Cyclades avec la confirmation d'inscription », « Pour tous les candidats »",
        "jdc": "« Liste des pièces justificatives à téléverser sur Cyclades avec la confirmation d'inscription », « Pour tous les candidats »",
        "repeater_transcript": "« Liste des pièces justificatives à téléverser sur Cyclades avec la confirmation d'inscription », « Candidats ayant présenté l'examen à une session précédente »",
    },
    ("aix-marseille", 2023): {
        "recapitulatif": "« PIÈCES A TELEVERSER DANS VOTRE ESPACE CYCLADES », « POUR TOUS LES CANDIDATS »",
        "distance_benefits": "« PIÈCES A TELEVERSER DANS VOTRE ESPACE CYCLADES », « POUR LES CANDIDATS DE LA FORMATION A DISTANCE (CNED…) »",
        "repeater_transcripts": "« PIÈCES A TELEVERSER DANS VOTRE ESPACE CYCLADES », « POUR LES CANDIDATS REDOUBLANTS »",
    },
}


@pytest.mark.parametrize(("slug", "year"), sorted(HEADINGS))
def test_a_piece_s_source_line_quotes_the_notice_s_heading(loaded, slug, year):
    """quote77 (reader76 B): a piece without section: had its group as its source line, « Notice de l'académie — Pour
    tous les candidats », the heading in heading form and unquoted, where every other place line quotes the notice's
    heading as it writes it. Each piece of the notice's list now says where, in « » (section:): the checklist's source
    line, and the page's row of a piece whose label is the guide's, « intitulé du guide » kept."""
    from generator.checklist.text import document_source
    from generator.site.document_view import document_rows

    notice = _notice(loaded, slug, year)
    items = {d["id"]: d for d in compile_ruleset(notice, loaded[0].content.checklist)["documents"]}
    rows = {r.id: r for r in document_rows(notice, notice.documents)}
    for doc in notice.documents:
        if doc.national:
            continue
        # (each piece: a place in « », never its group alone, in heading form)
        assert doc.provenance.section and doc.provenance.section.startswith("« "), (doc.id, doc.provenance)
        assert doc.provenance.section != doc.group, doc.id
    for doc_id, heading in HEADINGS[slug, year].items():
        said = document_source(items[doc_id], notice.texts)
        assert said.startswith(notice.texts.text("provenance.notice", section=heading)), (doc_id, said)
        if items[doc_id].get("label_by_guide"):
            assert heading in rows[doc_id].provenance and "intitulé du guide" in rows[doc_id].provenance, rows[doc_id]


def test_toulouse_dispensation_papers(loaded):
    # « Dispenses : Photocopie du diplôme ou photocopie de la décision de validation des acquis
    # de l'expérience »: each candidate is asked only for the paper of their dispensation.
    expected = {"diploma": {"dispensation_diploma"}, "vae": {"dispensation_vae"}, "both": {"dispensation_diploma", "dispensation_vae"}, "no": set()}
    for answer, papers in expected.items():
        result = _checklist(loaded, "toulouse", 2024, dispensation=answer)
        assert _ids(result) & {"dispensation_diploma", "dispensation_vae"} == papers, answer


def test_toulouse_statements_and_sections(loaded):
    notice = _notice(loaded, "toulouse", 2024)
    where = {}
    for topic in notice.topics:
        for statement in topic.statements:
            if not statement.provenance.national:
                where.setdefault(topic.id, []).append((_norm(statement.text), _norm(statement.provenance.section or "")))
    def said(topic: str, words: str, section: str) -> bool:
        return any(_norm(words) in text and section in sec for text, sec in where.get(topic, ()))
    assert said("benefits", "a évolué depuis la session 2023", "« 1- lors de l'inscription », « conservation de bénéfices de notes »")
    assert said("benefits", "n'est pas rétroactive", "« 1- lors de l'inscription », « conservation de bénéfices de notes »")
    assert said("languages", "conditionnée par le suivi de son enseignement", "« 1- lors de l'inscription », « choix de la langue »")
    assert said("passing_form", "seuls les candidats de la formation professionnelle continue", "« 1- lors de l'inscription », « modalités de passage »")
    assert said("engagement_etudiant", "notamment dans le cadre d'une activité bénévole", "« 1- lors de l'inscription », « unité facultative")
    assert said("convocation", "3 à 4 semaines avant les épreuves écrites communes", "« 3- avant les épreuves »")
    assert said("processing", "au plus tard mi-décembre", "« iii. validation")
    assert said("personal_act", "acte personnel", "« ii. la procédure d'inscription »")
    # Nothing of the other notices: no benefits rule dated 2022, no « tous vos prénoms ».
    texts = [t for items in where.values() for t, _ in items] + [_norm(s.text) for s in notice.session.steps]
    assert not any("depuis la session 2022" in t or "à partir de la session 2022" in t or "tous vos prénoms" in t for t in texts)
    # The engagement étudiant definition is said in the notice's words: the national purpose is not repeated.
    ids = [s.id for s in _statements(notice, "engagement_etudiant") if s.provenance.national]
    assert "purpose" not in ids and "attached_exam" not in ids and "request_deadline" in ids


def _words(text: str) -> str:
    """A text's words, for comparing a quotation with its source: bold markers, punctuation and case aside."""
    return " ".join(re.findall(r"[\w'’]+", text.replace("**", "").casefold()))


def test_toulouse_rubrics_drawn_from_the_year_long_list_quote_it(loaded):
    """IV-2 « Tout au long de l'année » (seed 000 l.167-172) is one list: « La page des BTS et ses pages associées
    doivent être consultées régulièrement […] telles que : » the professional files, the instructions, « Les dates de
    publication des résultats (courant juin) », « Les informations sur l'organisation des épreuves de contrôle ». The
    rubrics « Épreuves de contrôle » and « Résultats », which the guide fills from its last two items, say them in the
    notice's words, each piece between « […] » a passage of that list (stay_informed gives it whole), since the page
    credits them to the notice (« Notice de l'académie — IV-2 Tout au long de l'année »). A review (trust67): « Les
    informations sur l'organisation des épreuves de contrôle sont à consulter sur la page des BTS du site académique. »,
    a sentence of the guide, passed for the notice's."""
    notice = _notice(loaded, "toulouse", 2024)
    said = {topic.id: [s for s in topic.statements if not s.provenance.national] for topic in notice.topics}
    section = "« IV. POINTS DE VIGILANCE », « 2- Tout au long de l'année »"
    [the_list] = [s for s in said["stay_informed"] if s.provenance.section == section and "telles que" in s.text]
    for tid in ("control_exams", "results"):
        statements = [s for s in said[tid] if s.provenance.section == section]
        assert statements, tid
        for statement in statements:
            for piece in statement.text.split("[…]"):
                assert _words(piece) in _words(the_list.text), (tid, piece)


def test_toulouse_warnings(toulouse):
    # IV-1 « Le choix pour l'une ou l'autre de ces modalités est définitif. » ; annex 2
    # « J'ai conscience que si je renonce à ce(s) bénéfice(s), le renoncement est définitif. »
    assert set(toulouse[1].warnings) == {"passing_form_definitive", "benefits_renunciation_definitive"}


def test_toulouse_renunciation_warning_is_the_form_s_words_with_what_follows(loaded):
    """Annex 2 (the form refusing kept marks), l.228-230: the renunciation is final, and the marks of 2024 are then the
    only ones counted, even lower. The warning labelled with this annex says these words, not content/checklist.yaml's
    general sentence (a review, walk 42 M4). As the form writes them (quotes69 G3): its first sentence in bold, a
    paragraph each, and no « » the form does not write."""
    result = _checklist(loaded, "toulouse", 2024, department=31, situation="repeater", has_benefits="yes", renounces_benefits="yes")
    warning = next(w for w in result["warnings"] if w["id"] == "benefits_renunciation_definitive")
    assert warning["text"].startswith("**J'ai conscience que si je renonce à ce(s) bénéfice(s), le renoncement est définitif.**\n\nSi je décide")
    assert "«" not in warning["text"] and "»" not in warning["text"]
    text = " ".join(warning["text"].split())
    assert "seront alors les seules prises en compte et ce même si elles sont inférieures aux précédentes" in text
    assert "Si vous renoncez au bénéfice d'une note conservée" not in text
    assert warning["provenance"] == {"kind": "notice", "section": "« Annexe 2 : formulaire refus de bénéfice de notes »", "texts": []}


def test_toulouse_exam_office_uses_the_notice_words(toulouse):
    office = toulouse[0].exam_office
    assert office.name == "Bureau des examens post-bac"  # the notice never writes « DEC 5 »
    assert office.emails == ("dec5@ac-toulouse.fr",)


def test_toulouse_contact_table(toulouse):
    rows = toulouse[1].specialty_contacts
    assert len(rows) == 9
    by_phone = {}
    for row in rows:
        for phone in row.phones:
            by_phone.setdefault(str(phone), set()).update(ref.specialty for ref in row.specialties)
    assert by_phone == TOULOUSE_CONTACTS


def test_toulouse_exam_adjustment_and_form(toulouse):
    adjustment = toulouse[1].exam_adjustment
    assert adjustment is not None and adjustment.channel == "postal"
    assert "CDAPH" in (adjustment.send_to or "")
    forms = toulouse[1].forms
    assert any("refus de bénéfices" in _norm(f.title) and "bénéfice en" in _norm(f.text_words() or "") and "d643-23" in _norm(f.text_words() or "") for f in forms)


def test_toulouse_departments(toulouse):
    academy = toulouse[0]
    assert {d.code for d in academy.departments} == TOULOUSE_DEPARTMENTS
    assert academy.departments_source and academy.timezone == "Europe/Paris"


# ---------------------------------------------------------------- Aix-Marseille 2023 (seed 001)

AIX_MOMENTS = [
    "2022-10-18 08:00",  # DU MARDI 18 OCTOBRE 2022 A 8H
    "2022-11-21 18:00",  # AU LUNDI 21 NOVEMBRE 2022 A 18H
    "2022-12-04",  # fixée au dimanche 4 décembre 2022
]
AIX_TEXTS = [
    "http://www.ac-aix-marseille.fr",
    "https://appli.ac-aix-marseille.fr/amex/",
    "AMEX",
    "Décret n°2013-756 du 19 août 2013",
    "compte candidat de la session précédente",
    "5 années consécutives",
    "48h",
    "Mes documents",
    "Mes justificatifs",
    "envoyer",
    "copie de la notification",
    "handicap",
    "certification en langue anglaise",
    "20 mn",
    "10/20",
    "mi-avril",
    "arrêté du 14 avril 2016",
    "ne pourra pas présenter les épreuves",
    "dans les meilleurs délais",
    "Les inscriptions sont obligatoires et s'effectueront exclusivement sur CYCLADES",
    "à la date de passage de l'examen complet (forme globale) ou de la dernière épreuve ou unité (forme progressive)",
    "le fait de s'inscrire à une épreuve vaut renoncement au bénéfice",
    "uniquement sur les unités",
    "jusqu'à extinction de leur durée de validité",
    "Les points supplémentaires sont ajoutés au total des points obtenus aux épreuves obligatoires",
    "convocation partielle",
    "Toutes les démarches sont explicitées sur le site académique",
]
AIX_DOCUMENTS = [
    "récapitulatif d'inscription vérifié",
    "pièce d'identité",
    "livret de famille",
    "certificats de scolarité (1re et 2e années)",
    "baccalauréat",
    "aménagement de la durée de formation",
    # « La photocopie éventuelle de dispenses d'épreuves obtenues ou bénéfiques de notes »,
    # one line of the notice for two papers
    "photocopie éventuelle de dispenses d'épreuves obtenues",
    "photocopie éventuelle de bénéfices de notes",
    "certificat(s) de travail",
    "validation des acquis de l'expérience",
    "relevés de notes du BTS",
    "décision du recteur",
    "R 408",
    "attestation de diplôme pour dispense d'épreuve",
    "attestation de formation",  # rare languages
]
AIX_R408 = {"batiment", "amcr", "enveloppe_batiments", "mec", "fed", "scbh", "travaux_publics"}
AIX_DEPARTMENTS = {"04", "05", "13", "84"}


@pytest.fixture(scope="module")
def aix(loaded):
    return _academy(loaded, "aix-marseille", 2023)


@pytest.mark.parametrize("moment", AIX_MOMENTS)
def test_aix_dates(aix, moment):
    assert moment in aix[3]


def test_aix_registration_window(aix):
    session = aix[1].session
    assert (str(session.opening), str(session.closing)) == ("2022-10-18 08:00", "2022-11-21 18:00")
    assert str(aix[1].deadlines["documents"].at) == "2022-12-04"
    assert aix[1].deadlines["exam_adjustment"].at.date == dt.date(2022, 11, 21)


@pytest.mark.parametrize("text", AIX_TEXTS)
def test_aix_texts(aix, text):
    assert _norm(text) in aix[2]


@pytest.mark.parametrize("label", AIX_DOCUMENTS)
def test_aix_documents(aix, label):
    assert any(_norm(label) in l for l in aix[4]), label


def test_aix_categories(aix):
    assert {c.situation for c in aix[1].who} == {"repeater", "distance", "experience"}
    assert len(aix[1].steps) == 4  # « L'inscription sur Cyclades se fait en 4 étapes »


def test_aix_r408(aix):
    r408 = aix[1].r408
    assert r408 is not NOT_GIVEN and r408.list is not None
    entries = {e.specialty.specialty: e.words or "" for e in r408.list.specialties}
    assert set(entries) == AIX_R408
    # The notice's old names: CM -> amcr, EEC -> mec.
    assert "CM" in entries["amcr"] and "EEC" in entries["mec"]


def test_aix_r408_late_deposit(aix):
    [document] = [d for d in aix[1].documents if d.id == "r408"]
    # « doit désormais être fournie au moment des inscriptions … ou, le cas échéant dans les meilleurs délais »
    assert document.late_deposit and "dans les meilleurs délais" in _norm(document.late_deposit)


def test_aix_r408_is_the_2016_national_attestation(loaded, aix):
    # Session 2023: the arrêté du 13 juillet 2023 (from 2024) does not apply; the 2016 list does.
    [document] = [d for d in aix[1].documents if d.id == "r408"]
    assert document.covers == ("r408_attestation_2016",)
    notice = _notice(loaded, "aix-marseille", 2023)
    assert notice.r408.national is not None and notice.r408.national.source == "arrete_2016_04_14"
    assert {e.specialty.specialty for e in notice.r408.national.specialties} == AIX_R408
    national = {d.id for d in notice.documents if d.national}
    # The notice's list is the national one: its item asks for the attestation whenever the national
    # text does, so the national document is never listed apart (decided by the engine in the merge).
    assert "r408_attestation_2016" not in national
    assert not national & {"r408_attestation", "r408_waiver_rqth", "ms_electrical_risk"}
    result = _checklist(loaded, "aix-marseille", 2023, specialty="mec")
    assert "r408" in _ids(result) and "r408_attestation_2016" not in _ids(result)
    assert "r408" not in _ids(_checklist(loaded, "aix-marseille", 2023, specialty="fab"))
    # No exemption for disabled workers is in force for the session (the 2023 arrêté's is from 2024; seed 001
    # l.177–181 gives none): its question is never asked, even of a Bâtiment candidate (walk 42 L2), and an answer
    # to it counts for nothing; Toulouse 2024 (the 2023 arrêté) asks it of the same candidate
    batiment = {"department": "13", "situation": "repeater", "specialty": "batiment"}
    result = _checklist(loaded, "aix-marseille", 2023, **batiment)
    assert "r408" in _ids(result) and "r408_waiver" not in result["asked"]
    assert "r408_waiver" in _checklist(loaded, "aix-marseille", 2023, **batiment, r408_waiver="yes")["dropped"]
    assert "r408_waiver" in _checklist(loaded, "toulouse", 2024, **{**batiment, "department": "31"})["asked"]
    # nor the option of a specialty that has options (no rule, R408 entry nor contact reads one): Toulouse asks it
    assert "option" not in _checklist(loaded, "aix-marseille", 2023, **{**batiment, "specialty": "maintenance_systemes"})["asked"]
    assert "option" in _checklist(loaded, "toulouse", 2024, department="31", specialty="maintenance_systemes")["asked"]
    # The notice says the 2016 rule in its words: the national sentence is not repeated.
    ids = [s.id for s in _statements(notice, "r408") if s.provenance.national]
    assert ids == []


def test_aix_dispensation_papers_per_category(loaded):
    # Experience: « … dispenses … obtenues au titre de la validation des acquis de l'expérience »
    # (VAE only); « candidats avec un acquis de dispense : L'attestation de diplôme pour dispense
    # d'épreuve » (diploma only); repeaters: « attestations de dispenses d'épreuves (V.A.E,
    # décision du recteur ...) »; distance: « photocopie éventuelle de dispenses d'épreuves obtenues ».
    papers = {"experience_vae_dispensations", "dispensation_diploma", "repeater_dispensations", "distance_dispensations"}
    expected = {
        ("experience", "diploma"): {"dispensation_diploma"},
        ("experience", "vae"): {"experience_vae_dispensations"},
        ("experience", "both"): {"experience_vae_dispensations", "dispensation_diploma"},
        ("repeater", "diploma"): {"repeater_dispensations", "dispensation_diploma"},
        ("repeater", "vae"): {"repeater_dispensations"},
        ("distance", "vae"): {"distance_dispensations"},
        ("distance", "diploma"): {"distance_dispensations", "dispensation_diploma"},
        ("distance", "no"): set(),
    }
    for (situation, answer), wanted in expected.items():
        result = _checklist(loaded, "aix-marseille", 2023, situation=situation, dispensation=answer, route="scolaire")
        assert _ids(result) & papers == wanted, (situation, answer)
    # Distance: the benefits half of the same line is asked only of candidates keeping benefits.
    kept = _checklist(loaded, "aix-marseille", 2023, situation="distance", route="scolaire", has_benefits="yes", dispensation="no")
    assert "distance_benefits" in _ids(kept) and "distance_dispensations" not in _ids(kept)


def test_aix_national_jdc_applies(loaded, aix):
    # The notice asks for no JDC paper: the national one applies by itself, marked as not mentioned.
    assert not any(d.covers for d in aix[1].documents if d.id != "r408")
    assert "jdc_certificate" not in aix[1].national_documents
    result = _checklist(loaded, "aix-marseille", 2023, nationality="french", birth_date="2003-01-01")
    [doc] = [d for d in result["documents"] if d["id"] == "jdc_certificate"]
    assert doc["notice_silent"]
    assert not any("n'en ajoute pas" in _norm(n.note) for n in aix[1].source_notes)


def test_aix_statements_and_sections(loaded, aix):
    notice = _notice(loaded, "aix-marseille", 2023)
    [english] = [t for t in notice.topics if t.id == "english_certification"]
    assert english.title == "Certification en langue anglaise"
    assert any("ne fera pas l'objet d'une inscription sur cyclades pour la session 2023" in _norm(s.text) for s in english.statements)
    assert all(s.provenance.section == "« 5 – CERTIFICATION EN LANGUE ANGLAISE »" for s in english.statements)
    benefits = _statements(notice, "benefits")
    assert any("à partir de la session 2022" in _norm(s.text) and s.provenance.section == "« PIÈCES A TELEVERSER DANS VOTRE ESPACE CYCLADES », « INFORMATION »" for s in benefits)
    assert not any(s.provenance.national for s in benefits)  # « 5 années consécutives » in the notice's words
    optional = _statements(notice, "optional_exams")
    assert not any(s.provenance.national for s in optional)
    engagement = {s.id: s for s in _statements(notice, "engagement_etudiant")}
    assert "20 mn" in engagement["oral"].text and not engagement["oral"].provenance.national
    assert "décret n°2020-1167" in engagement["purpose"].text and not engagement["purpose"].provenance.national
    assert engagement["attached_exam"].provenance.national
    assert set(aix[1].warnings) == {"passing_form_definitive", "benefits_renunciation_definitive"}


@pytest.mark.parametrize("situation", ["repeater", "distance", "experience"])
@pytest.mark.parametrize("sat_before", [None, "yes", "no"])
def test_aix_keeping_a_mark_is_told_that_registering_for_its_exam_renounces_it(loaded, situation, sat_before):
    """l.25 « le fait de s'inscrire à une épreuve vaut renoncement au bénéfice »: told to every candidate who keeps a
    mark, whatever their situation (a kept mark is from a previous session, whose candidates the notice addresses;
    a review, walk 42 L1: an experience candidate keeping a mark never read it), and to who renounces one."""
    answers = {"department": 13, "situation": situation, "has_benefits": "yes", "renounces_benefits": "no"}
    if sat_before:
        answers["sat_before"] = sat_before
    ids = {w["id"] for w in _checklist(loaded, "aix-marseille", 2023, **answers)["warnings"]}
    assert "benefits_renunciation_definitive" in ids, answers
    no_marks = {w["id"] for w in _checklist(loaded, "aix-marseille", 2023, department=13, situation=situation, has_benefits="no", renounces_benefits="no")["warnings"]}
    assert "benefits_renunciation_definitive" not in no_marks


@pytest.mark.parametrize("situation", ["distance", "experience"])
def test_toulouse_who_sat_before_and_keeps_no_mark_is_asked_about_renouncing(loaded, situation):
    """Annexe 1 asks the « refus de conservation de bénéfiques » of the « Candidats déclarant des dispenses ou
    bénéfiques » (seed 000 l.204), with Annexe 2's form for it (l.208-230: « déclare ne pas souhaiter conserver le ou
    les bénéfices de notes »); the row of the « Candidats ayant présenté l'examen à une session précédente », whom the
    notice counts among its candidates (l.26), asks for no refusal (l.198). Asking « Renoncez-vous… » of whoever sat
    before, in training at a distance or salaried alike, is the guide's reasoning: only a candidate who sat a previous
    session holds marks to refuse (kept five years, l.226), and one who wants to keep none is the first it concerns
    (read54 M1: only a repeater or who keeps a mark was asked, the distance learner and the salaried one who keep none
    never got Annexe 2's form; review65 L5: the notice's words were claimed for that reasoning)."""
    base = {"department": 31, "situation": situation, "sat_before": "yes", "has_benefits": "no"}
    result = _checklist(loaded, "toulouse", 2024, **base)
    assert "renounces_benefits" in result["asked"], result["asked"]
    assert "benefits_refusal" in _ids(_checklist(loaded, "toulouse", 2024, **base, renounces_benefits="yes"))
    # not of who never sat it
    first = _checklist(loaded, "toulouse", 2024, department=31, situation=situation, sat_before="no")
    assert "renounces_benefits" not in first["asked"]


def test_aix_has_no_invented_exam_office(aix):
    # The notice names no office and gives no e-mail, phone or address: said in words.
    assert aix[0].exam_office is NOT_GIVEN


def test_aix_exam_adjustment(aix):
    adjustment = aix[1].exam_adjustment
    assert adjustment is not None and adjustment.channel == "application"
    assert adjustment.application is not None
    assert (adjustment.application.name, str(adjustment.application.url)) == ("AMEX", "https://appli.ac-aix-marseille.fr/amex/")


def test_aix_departments(aix):
    academy = aix[0]
    assert {d.code for d in academy.departments} == AIX_DEPARTMENTS
    assert academy.departments_source and academy.timezone == "Europe/Paris"
