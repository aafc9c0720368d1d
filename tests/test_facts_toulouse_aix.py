"""Facts a candidate needs from the Toulouse 2024 and Aix-Marseille 2023 notices are in the loaded data.

The expected facts below were copied by hand from the seed texts
(/work/shared/seeds/000_886492e9ab85b50f.txt and 001_1df47d89172b960f.txt),
not from the YAML: a fact missing from the YAML makes the test fail.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from pathlib import Path

import pytest

from generator.model.values import Moment
from generator.pipeline import load_and_check

ROOT = Path(__file__).resolve().parent.parent


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
    project, problems = load_and_check(ROOT)
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
    national = project.content.documents.documents
    labels = [
        _norm(d.label if d.label is not None else national[d.use].label) for d in session.documents
    ]
    return data.academy, session, blob, moments, labels


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
    "D. 613-26",
    "article D643-23 du code de l'éducation",  # annex 2 form
    "le renoncement est définitif",
    "obtenues en 2024 seront alors les seules prises en compte",
    "Arrêté du 14/04/2016",
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


def test_toulouse_maintenance_systemes_attestations(loaded):
    # The merged notice: a document that ``use:``s a national one keeps its own ``when`` when it has one.
    from generator.merge import build_notices

    [notice] = [n for n in build_notices(loaded[0]) if n.slug == "toulouse" and n.year == 2024]
    conditions = [d.when for d in notice.documents]
    assert any(t.question == "specialty" and "maintenance_systemes" in t.values for c in conditions for t in c.tests())


def test_toulouse_categories(toulouse):
    assert {c.situation for c in toulouse[1].who} == {"repeater", "distance", "experience"}
    assert all(c.how == "individual" for c in toulouse[1].who)
    assert len(toulouse[1].steps) == 3  # « L'inscription à l'examen se fait en TROIS TEMPS »


def test_toulouse_r408(toulouse):
    r408 = toulouse[1].r408
    assert r408 is not None and r408.own is not None
    assert {e.specialty.specialty for e in r408.own.specialties} == TOULOUSE_R408


def test_toulouse_r408_late_deposit_and_2023_list(toulouse):
    session = toulouse[1]
    [document] = [d for d in session.documents if d.id == "r408"]
    # II-③ « sauf pièces pouvant être à déposer ultérieurement : attestation R408 pour les
    # spécialités concernées, dossier professionnel... »
    assert document.late_deposit
    assert "pouvant être à déposer ultérieurement : attestation r408" in _norm(document.late_deposit)
    # The notice follows the arrêté of 14/04/2016; the arrêté of 13 July 2023 (from the 2024
    # session) adds FAB and MEC: the page tells those candidates to check with the exam office.
    local = _norm(session.topics["r408"].local)
    for part in ("13 juillet 2023", "finitions, aménagement des bâtiments", "management économique de la construction", "bureau des examens post-bac"):
        assert part in local, part
    assert any("13 juillet 2023" in n.note and "fab" in n.note and "mec" in n.note for n in session.source_notes)


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
    assert any("refus de bénéfices" in _norm(f.title) and f.text and "bénéfice en" in _norm(f.text) for f in forms)


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
]
AIX_DOCUMENTS = [
    "récapitulatif d'inscription vérifié",
    "pièce d'identité",
    "livret de famille",
    "certificats de scolarité (1re et 2e années)",
    "baccalauréat",
    "aménagement de la durée de formation",
    "dispenses d'épreuves obtenues ou bénéfices de notes",
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
    assert r408 is not None and r408.own is not None
    entries = {e.specialty.specialty: e.words or "" for e in r408.own.specialties}
    assert set(entries) == AIX_R408
    # The notice's old names: CM -> amcr, EEC -> mec.
    assert "CM" in entries["amcr"] and "EEC" in entries["mec"]


def test_aix_r408_late_deposit(aix):
    [document] = [d for d in aix[1].documents if d.id == "r408"]
    # « doit désormais être fournie au moment des inscriptions … ou, le cas échéant dans les meilleurs délais »
    assert document.late_deposit and "dans les meilleurs délais" in _norm(document.late_deposit)


def test_aix_has_no_invented_exam_office(aix):
    # The notice names no office and gives no e-mail, phone or address.
    assert aix[0].exam_office is None


def test_aix_exam_adjustment(aix):
    adjustment = aix[1].exam_adjustment
    assert adjustment is not None and adjustment.channel == "application"
    assert adjustment.application is not None
    assert (adjustment.application.name, str(adjustment.application.url)) == ("AMEX", "https://appli.ac-aix-marseille.fr/amex/")


def test_aix_departments(aix):
    academy = aix[0]
    assert {d.code for d in academy.departments} == AIX_DEPARTMENTS
    assert academy.departments_source and academy.timezone == "Europe/Paris"
