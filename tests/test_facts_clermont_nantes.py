"""Facts a candidate needs from the Clermont-Ferrand 2024, Nantes 2024 and Nantes 2026 notices are in the loaded data.

Every expected fact below was copied by hand from the seed texts, not from the YAML:

- /work/shared/seeds/003_d168e77859b3390a.txt (Clermont-Ferrand, session 2024, individual candidates);
- /work/shared/seeds/004_676a724f6dae9e10.txt (Nantes, session 2024, individual candidates);
- /work/shared/seeds/002_9a97fdb094b595d9.txt (Nantes, session 2026, training establishments).

Texts are compared after light normalisation (case, spaces, typographic apostrophes),
phones by their digits; supporting documents are checked through their ``when:``
conditions, evaluated here on sample answers.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
import unicodedata
from pathlib import Path

import pytest

from generator.model.conditions import Condition
from generator.model.values import Moment, Phone
from generator.pipeline import load_and_check

ROOT = Path(__file__).resolve().parent.parent


# ------------------------------------------------------------------ helpers

def _walk(value, strings: list[str], phones: set[str]) -> None:
    """Collect every text (and every phone, as digits) reachable from a loaded value."""
    if isinstance(value, Phone):
        phones.add(re.sub(r"\D", "", value))
        strings.append(value)
    elif isinstance(value, (Moment, dt.date)):
        strings.append(str(value))
    elif isinstance(value, str):
        strings.append(value)
    elif isinstance(value, dict):
        for key, item in value.items():
            strings.append(str(key))
            _walk(item, strings, phones)
    elif isinstance(value, (tuple, list)):
        for item in value:
            _walk(item, strings, phones)
    elif isinstance(value, Condition):
        return
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        for f in dataclasses.fields(value):
            if f.name not in ("origin", "positions"):
                _walk(getattr(value, f.name), strings, phones)


def _squash(text: str) -> str:
    """Lower case, accents and spaces removed, typographic apostrophes made plain."""
    text = unicodedata.normalize("NFKD", text.replace("’", "'"))
    text = "".join(c for c in text if not unicodedata.combining(c))
    return re.sub(r"\s+", "", text).casefold()


def holds(condition: Condition, answers: dict[str, str]) -> bool:
    """Evaluate a ``when:`` condition on answers (an unanswered question fails its test)."""
    if condition.kind == "test":
        return answers.get(condition.question) in condition.values
    if condition.kind == "all":
        return all(holds(c, answers) for c in condition.children)
    if condition.kind == "any":
        return any(holds(c, answers) for c in condition.children)
    if condition.kind == "not":
        return not holds(condition.children[0], answers)
    raise AssertionError(f"unknown condition kind {condition.kind}")


@dataclasses.dataclass
class Loaded:
    academy: object
    session: object
    blob: str
    phones: set[str]
    project: object

    def label(self, document) -> str:
        national = self.project.content.documents.documents
        return document.label if document.label is not None else national[document.use].label

    def required(self, answers: dict[str, str]) -> list[tuple[str, object]]:
        """(label, document) of every document whose condition (national and local) holds."""
        national = self.project.content.documents.documents
        found = []
        for document in self.session.documents:
            conditions = [document.when]
            if document.use is not None:
                conditions.append(national[document.use].when)
            if all(holds(c, answers) for c in conditions):
                found.append((self.label(document), document))
        return found

    def labels_for(self, answers: dict[str, str]) -> str:
        return _squash("\n".join(label for label, _ in self.required(answers)))

    def deadline_of(self, label_part: str, answers: dict[str, str]) -> Moment:
        matches = [d for label, d in self.required(answers) if _squash(label_part) in _squash(label)]
        assert matches, f"no document labelled like {label_part!r} for {answers}"
        return self.session.deadlines[matches[0].deadline].at


@pytest.fixture(scope="module")
def project():
    loaded_project, problems = load_and_check(ROOT)
    mine = [
        p.headline()
        for p in problems.items
        if p.location.file.startswith(("academies/clermont-ferrand/", "academies/nantes/"))
    ]
    assert not mine, "\n".join(mine)
    return loaded_project


def _load(project, slug: str, year: int) -> Loaded:
    data = project.academies[slug]
    assert data.academy is not None and year in data.sessions
    session = data.sessions[year]
    strings: list[str] = []
    phones: set[str] = set()
    _walk(data.academy, strings, phones)
    _walk(session, strings, phones)
    # National texts shown in this session's guide: used documents, the R408 list, the topics.
    national_docs = project.content.documents.documents
    for document in session.documents:
        if document.use is not None:
            _walk(national_docs[document.use], strings, phones)
    if session.r408 is not None and session.r408.national is not None:
        _walk(project.content.regulations.r408_lists[session.r408.national], strings, phones)
    _walk(project.content.topics.topics, strings, phones)
    return Loaded(data.academy, session, _squash("\n".join(strings)), phones, project)


def _assert_texts(loaded: Loaded, facts: list[str]) -> None:
    missing = [fact for fact in facts if _squash(fact) not in loaded.blob]
    assert not missing, f"facts missing from the loaded data: {missing}"


def _assert_phones(loaded: Loaded, phones: list[str]) -> None:
    missing = [p for p in phones if re.sub(r"\D", "", p) not in loaded.phones]
    assert not missing, f"phones missing: {missing}"


def _r408(loaded: Loaded) -> dict[str, tuple[int, ...]]:
    r408 = loaded.session.r408
    assert r408 is not None
    listing = r408.own if r408.own is not None else loaded.project.content.regulations.r408_lists[r408.national]
    return {str(entry.specialty): tuple(sorted(entry.annexes)) for entry in listing.specialties}


def _ms_documents(loaded: Loaded, option: str) -> str:
    return loaded.labels_for({"specialty": "maintenance_systemes", "option": option, "nationality": "foreign"})


MS_ELECTRICAL = "prévention des risques d'origine électrique"
MS_FIRST_AID = "secours aux personnes en cas d'urgence"
MS_REFRIGERANTS = "manipulation des fluides frigorigènes"
MS_HEIGHT = "travaux en hauteur"


# ------------------------------------------------------- Clermont-Ferrand 2024 (seed 003)

@pytest.fixture(scope="module")
def clermont(project) -> Loaded:
    return _load(project, "clermont-ferrand", 2024)


def test_clermont_dates(clermont):
    info = clermont.session.session
    assert info.audience == "individual"
    # « du jeudi 12 octobre 2023 à 09 heures au mercredi 15 novembre 2023 à 17 heures »
    assert str(info.opening) == "2023-10-12 09:00"
    assert str(info.closing) == "2023-11-15 17:00"
    # « Le dépôt de ces pièces est à effectuer avant le 21 novembre 2023 » (ambiguous: words kept)
    documents = clermont.session.deadlines["documents"]
    assert "21 novembre 2023" in documents.words and documents.note
    assert documents.at.date in (dt.date(2023, 11, 20), dt.date(2023, 11, 21))
    # aménagement : « le mercredi 15 novembre 2023 »
    adjustment = clermont.session.exam_adjustment
    assert adjustment is not None and adjustment.deadline
    assert clermont.session.deadlines[adjustment.deadline].at.date == dt.date(2023, 11, 15)
    # « impérativement avant le 15 novembre 2023 » (mél de confirmation non reçu)
    _assert_texts(clermont, ["avant le 15 novembre 2023"])


def test_clermont_territory_and_contacts(clermont):
    names = {d.name for d in clermont.academy.departments}
    assert names == {"Allier", "Cantal", "Haute-Loire", "Puy-de-Dôme"}
    assert "ce.dec3bts@ac-clermont.fr" in clermont.academy.exam_office.emails
    _assert_texts(clermont, [
        "www.ac-clermont.fr",
        "Examens – BTS – Aménagements des épreuves d'examens",
        "GPSGererSesInscriptions-BTS-v2.2",
        "service en charge des VAE",
    ])


def test_clermont_categories(clermont):
    how = {c.situation: c.how for c in clermont.session.who}
    assert how == {
        "repeater": "individual",
        "distance": "individual",
        "experience": "individual",
        "vae": "elsewhere",
        "in_person": "establishment",
    }
    _assert_texts(clermont, ["candidat de la session 2023"])


def test_clermont_procedure(clermont):
    _assert_texts(clermont, [
        "acte personnel",
        "ordre de l'état civil",
        "noms de ville en entier",
        "adresse électronique personnelle active",
        "téléphone mobile",
        "transfert de données auprès de la presse, des organismes commerciaux et des collectivités territoriales",
        "numéro de dossier",
        "9- Conditions d'inscription",
        "« enregistrer »",
        "courriers indésirables",
        "rubrique « Documents »",
        "nouveau récapitulatif d'inscription",
        "autres que celles relatives au dossier épreuve",
        "La signature de votre récapitulatif d'inscription rend vos choix définitifs",
        "changement d'adresse",
    ])


def test_clermont_documents(clermont):
    everyone = clermont.labels_for({"nationality": "foreign"})
    assert _squash("récapitulatif") in everyone
    # JDC : « Si vous avez entre 18 et 25 ans » (nationalité française)
    jdc = _squash("journée défense et citoyenneté")
    assert jdc in clermont.labels_for({"nationality": "french", "age_band": "from_18_to_24"})
    assert _squash("attestation d'exemption") in clermont.labels_for({"nationality": "french", "age_band": "from_18_to_24"})
    assert jdc not in clermont.labels_for({"nationality": "french", "age_band": "under_18"})
    assert jdc not in clermont.labels_for({"nationality": "french", "age_band": "from_25"})
    assert jdc not in clermont.labels_for({"nationality": "foreign"})
    info = clermont.session.session
    assert info.age_reference_date is not None and info.age_reference_note
    # The notice's rule is shown as the academy's text (the national text states the law only).
    jdc_topic = clermont.session.topics["jdc"]
    text = _squash(jdc_topic.local or jdc_topic.replace)
    assert _squash("entre 18 et 25 ans") in text and _squash("ne sera pas validée") in text


def test_clermont_r408_and_maintenance(clermont):
    # Tableau « Spécialités de BTS  Annexe 4  Annexe 5 »
    expected = {
        "amcr": (4, 5),  # Architectures en métal : conception et réalisation  X  X
        "batiment": (5,),
        "enveloppe_batiments": (5,),
        "fed": (5,),  # Fluides-énergies-domotique, option A, B, C
        "mec": (5,),
        "scbh": (4, 5),
        "travaux_publics": (5,),
    }
    listing = _r408(clermont)
    for specialty, annexes in expected.items():
        assert listing.get(specialty) == annexes, specialty
    assert "fab" in listing  # « Finitions, aménagement des bâtiments » (colonne perdue)
    r408 = "échafaudages de pied"
    answers = {"r408_required": "yes", "r408_waiver": "no", "nationality": "foreign"}
    assert _squash(r408) in clermont.labels_for(answers)
    waived = clermont.labels_for({**answers, "r408_waiver": "yes"})
    assert _squash(r408) not in waived and _squash("travailleur handicapé") in waived
    assert _squash("travailleurs handicapés") in clermont.blob or _squash("travailleur handicapé") in clermont.blob
    # BTS « maintenance des systèmes » : 2 attestations pour tous, + B fluides, + C et D hauteur
    for option, extra in (("A", None), ("B", MS_REFRIGERANTS), ("C", MS_HEIGHT), ("D", MS_HEIGHT)):
        labels = _ms_documents(clermont, option)
        assert _squash(MS_ELECTRICAL) in labels and _squash(MS_FIRST_AID) in labels
        for other in (MS_REFRIGERANTS, MS_HEIGHT):
            assert (_squash(other) in labels) == (other == extra), (option, other)


def test_clermont_rules(clermont):
    # 2. Forme de passage : replaces the national text
    passing = clermont.session.topics["passing_form"]
    assert passing.replace and "promotion sociale" in passing.replace
    assert "CNED" in passing.replace.replace(".", "")  # « C.N.E.D. »
    _assert_texts(clermont, [
        "D643-15",  # bénéfices
        "maîtresse",
        "E31",
        "D643-23",
        "visioconférence",
        "langue ouverte à l'inscription",
        "au-dessus de 10 sur 20",
        "arrêté du 23 septembre 2020",
        "force majeure",
        "arrêté du 22 juillet 2008",
        "NV",
        "fictive",
        "97-1019",
        "D613-26",
    ])


def test_clermont_exam_adjustment(clermont):
    adjustment = clermont.session.exam_adjustment
    assert adjustment.channel == "doctor"
    assert "CDAPH" in adjustment.send_to
    assert "OUI" in adjustment.declare_in_cyclades and "handicap" in adjustment.declare_in_cyclades
    assert any("aménagement" in form.title for form in clermont.session.forms)


# ------------------------------------------------------------------ Nantes (shared)

NANTES_DEPARTMENTS = {"44", "49", "53", "72", "85"}


def test_nantes_academy(project):
    """academy.yaml holds only what both notices give: the name of the bureau DEC 4-1."""
    academy = project.academies["nantes"].academy
    assert {d.code for d in academy.departments} == NANTES_DEPARTMENTS
    office = academy.exam_office
    assert "DEC 4-1" in office.name
    # Phones and e-mail come from the 2026 notice only, the postal address from the 2024 one.
    assert not office.emails and not office.phones and not office.address
    assert academy.positioning_office is None


# ----------------------------------------------------------------- Nantes 2024 (seed 004)

@pytest.fixture(scope="module")
def nantes2024(project) -> Loaded:
    return _load(project, "nantes", 2024)


def test_nantes2024_dates(nantes2024):
    info = nantes2024.session.session
    assert info.audience == "individual"
    assert info.notice_date == dt.date(2023, 10, 16)  # « Nantes, le 16 octobre 2023 »
    assert info.opening.date == dt.date(2023, 10, 16)  # « du lundi 16 octobre »
    assert info.closing.date == dt.date(2023, 11, 15)  # « au mercredi 15 novembre 2023 »
    documents = nantes2024.session.deadlines["documents"]
    # « au plus tard le vendredi 24 novembre 2023 à minuit » (ambiguous: words kept)
    assert documents.at.date == dt.date(2023, 11, 24)
    assert "minuit" in documents.words and documents.note
    _assert_texts(nantes2024, ["aucune inscription", "48 h", "2 mois", "2 semaines"])


def test_nantes2024_contacts_and_links(nantes2024):
    contact = next(c for c in nantes2024.session.contacts if "BELETEAU" in c.name)
    assert contact.emails == ("antoine.beleteau@ac-nantes.fr",)
    assert contact.phones == ("02 40 37 38 38",)
    # En-tête : « Bureau DEC 4-1 … BP 72616 44326 NANTES Cedex 3 »
    address = _squash(" ".join(contact.address))
    assert _squash("BP 72616") in address and _squash("44326 NANTES Cedex 3") in address
    # The 2024 notice gives no other phone and no bureau e-mail: none shown for this session.
    assert nantes2024.phones == {"0240373838"}
    assert "dec.bts@ac-nantes.fr" not in nantes2024.blob
    assert _squash("rectorat-positionnement@ac-nantes.fr") not in nantes2024.blob
    _assert_texts(nantes2024, [
        "https://cyclades.education.gouv.fr/cyccandidat/portal/login",
        "https://www.ac-nantes.fr/brevet-de-technicien-superieur-121688",
        "https://www.ac-nantes.fr/amenagement-d-epreuves-handicap-incapacite-temporaire-121583",
        "https://resultatsexam.ac-nantes.fr/",
    ])


def test_nantes2024_categories_and_steps(nantes2024):
    how = {c.situation: c.how for c in nantes2024.session.who}
    assert how == {"in_person": "establishment", "distance": "individual", "repeater": "individual"}
    _assert_texts(nantes2024, [
        "lycée, CFA, établissement privé",
        "Mot de passe oublié",
        "Je n'ai pas de compte",
        "Activer mon compte",
        "strictement identiques à votre pièce d'identité",
        "BREVET DE TECHNICIEN SUPERIEUR – BTS 2024",
        "ajouter une nouvelle candidature",
        "Mes documents",
        "RECAPITULATIF D'INSCRIPTION",
        "PIÈCES JUSTIFICATIVES",
        "annulée",
        "valide jusqu'à la fin des examens",
        "circulaire nationale",
        "matériel autorisé",
        "publication gratuite",
        "académie organisatrice",
    ])
    assert _squash("récapitulatif de candidature") in nantes2024.labels_for({})
    # « Etape 1 », « Etape 2 » : the site numbers the steps, titles carry no number.
    titles = [step.title for step in nantes2024.session.steps]
    assert titles[:2] == ["Accès à CYCLADES", "Inscription à l'examen"]
    assert not any(re.match(r"\s*(étape\s*)?\d", t, re.IGNORECASE) for t in titles)


def test_nantes2024_exam_adjustment(nantes2024):
    adjustment = nantes2024.session.exam_adjustment
    assert adjustment.url == "https://www.ac-nantes.fr/amenagement-d-epreuves-handicap-incapacite-temporaire-121583"
    assert "reconduits" in adjustment.renewal and "2023" in adjustment.renewal
    assert "Handicap : OUI" in adjustment.declare_in_cyclades


# ----------------------------------------------------------------- Nantes 2026 (seed 002)

@pytest.fixture(scope="module")
def nantes2026(project) -> Loaded:
    return _load(project, "nantes", 2026)


def test_nantes2026_session(nantes2026):
    info = nantes2026.session.session
    assert info.audience == "establishment"
    assert info.opening is None and info.closing is None and info.dates_note
    deadlines = nantes2026.session.deadlines
    assert deadlines["documents"].at.date == dt.date(2025, 11, 19)  # « pour le 19 novembre 2025 »
    # « téléverser avant le vendredi 12 décembre 2025 »
    assert nantes2026.deadline_of("engagement étudiant", {"engagement_etudiant": "yes"}).date == dt.date(2025, 12, 12)


def test_nantes2026_contacts(nantes2026):
    # « CONTACTS » : bureau d'organisation des BTS (DEC 4-1), five phones and one e-mail
    bureau = next(c for c in nantes2026.session.contacts if "DEC 4-1" in c.name)
    assert {re.sub(r"\D", "", p) for p in bureau.phones} == {
        "0240373818", "0240373838", "0240373826", "0240373362", "0240373267",
    }
    assert bureau.emails == ("dec.bts@ac-nantes.fr",)
    # Rappels réglementaires : « secrétariat des IEN et ET-EG … 02 72 56 65 06 »
    positioning = next(c for c in nantes2026.session.contacts if "IEN et ET-EG" in c.name)
    assert positioning.role and "positionnement" in positioning.role
    assert positioning.phones == ("02 72 56 65 06",)
    assert positioning.emails == ("rectorat-positionnement@ac-nantes.fr",)
    assert positioning.url == "https://www.ac-nantes.fr/positionnement-122104"
    # The 2024 postal address and case officer are not in this notice.
    assert _squash("BP 72616") not in nantes2026.blob and "beleteau" not in nantes2026.blob


def test_nantes2026_steps(nantes2026):
    steps = nantes2026.session.steps
    titles = [step.title for step in steps] + [step.title for step in nantes2026.session.establishment_guide.steps]
    assert not any(re.match(r"\s*\d", t) for t in titles), titles
    # The engagement étudiant step only for the candidates who take that optional exam.
    engagement = [s for s in steps if s.deadline == "engagement_etudiant"]
    assert len(engagement) == 1
    assert holds(engagement[0].when, {"engagement_etudiant": "yes"})
    assert not holds(engagement[0].when, {"engagement_etudiant": "no"})
    others = [s for s in steps if s is not engagement[0]]
    assert all(s.when.kind == "all" and not s.when.children for s in others)


def test_nantes2026_benefits(nantes2026):
    # « BENEFICES – DISPENSES D'EPREUVES » : 5 sessions, by form of passing
    benefits = nantes2026.session.topics["benefits"]
    text = _squash(benefits.local or benefits.replace)
    assert _squash("forme globale, peuvent conserver pendant les 5 sessions suivantes") in text
    assert _squash("correspondant à des unités") in text
    assert _squash("forme progressive, peuvent conserver leurs notes obtenues pendant les 5 sessions suivantes") in text
    assert _squash("qu'elles soient inférieures, égales ou supérieures à 10/20") in text


def test_nantes2026_documents_by_route(nantes2026):
    common = ["Confirmation d'inscription datée et signée", "Pièce d'identité"]
    scolaire = nantes2026.labels_for({"situation": "in_person", "route": "scolaire"})
    apprenti = nantes2026.labels_for({"situation": "in_person", "route": "apprenti", "apprentice_was_scolaire": "no"})
    apprenti_ex_scolaire = nantes2026.labels_for({"situation": "in_person", "route": "apprenti", "apprentice_was_scolaire": "yes"})
    continue_ = nantes2026.labels_for({"situation": "in_person", "route": "formation_continue"})
    for labels in (scolaire, apprenti, continue_):
        for label in common:
            assert _squash(label) in labels
    certificate = _squash("Certificat de scolarité de 1ère et de 2e année")
    contract = _squash("Contrat d'apprentissage ou attestation de formation")
    assert certificate in scolaire and certificate not in apprenti and certificate not in continue_
    assert contract in apprenti and contract not in scolaire and contract not in continue_
    assert _squash("1350") in apprenti and _squash("675") in apprenti
    first_year = _squash("Certificat de scolarité de 1ère année")
    assert first_year in apprenti_ex_scolaire and first_year not in apprenti
    training = [label for label, _ in nantes2026.required({"situation": "in_person", "route": "formation_continue"})]
    assert "Attestation de formation" in training
    assert "Attestation de formation" not in [label for label, _ in nantes2026.required({"route": "scolaire"})]
    # dispenses et bénéfices
    assert _squash("ouvrant droit à dispense") in nantes2026.labels_for({"route": "scolaire", "has_dispensations": "yes"})
    assert _squash("ouvrant droit à dispense") not in nantes2026.labels_for({"route": "scolaire", "has_dispensations": "no"})
    assert _squash("justifiant le(s) bénéfice(s) de notes") in nantes2026.labels_for({"route": "apprenti", "has_benefits": "yes"})
    # décision de positionnement (rappels réglementaires)
    assert _squash("décision de positionnement") in nantes2026.labels_for({"positioning_decision": "yes"})
    # note (*) : service national
    _assert_texts(nantes2026, ["vaut confirmation que le candidat est en règle"])


def test_nantes2026_december_documents(nantes2026):
    december = dt.date(2025, 12, 12)
    answers = {"route": "scolaire", "r408_required": "yes", "r408_waiver": "no"}
    assert nantes2026.deadline_of("échafaudages de pied", answers).date == december
    for option, part in (("A", MS_ELECTRICAL), ("A", MS_FIRST_AID), ("B", MS_REFRIGERANTS), ("C", MS_HEIGHT), ("D", MS_HEIGHT)):
        answers = {"route": "formation_continue", "specialty": "maintenance_systemes", "option": option}
        assert nantes2026.deadline_of(part, answers).date == december, (option, part)
    labels_a = _ms_documents(nantes2026, "A")
    assert _squash(MS_REFRIGERANTS) not in labels_a and _squash(MS_HEIGHT) not in labels_a
    assert _squash(MS_HEIGHT) not in _ms_documents(nantes2026, "B")
    # R408 : « annexes 4 et 5 » AMCR, SCBH ; « annexe 5 » les six autres
    assert _r408(nantes2026) == {
        "amcr": (4, 5),
        "scbh": (4, 5),
        "batiment": (5,),
        "enveloppe_batiments": (5,),
        "fab": (5,),
        "fed": (5,),
        "mec": (5,),
        "travaux_publics": (5,),
    }


def test_nantes2026_establishment_guide(nantes2026):
    guide = nantes2026.session.establishment_guide
    assert guide is not None
    menus = _squash(" ".join(step.menu or "" for step in guide.steps))
    memos = _squash(" ".join(step.memo or "" for step in guide.steps))
    for menu in (
        "paramétrer mon établissement",
        "générer les comptes CYCLADES de mes élèves",
        "Modifier / Consulter mes élèves",
        "Suivre les retours de pièces justificatives",
    ):
        assert _squash(menu) in menus, menu
    for memo in (
        "importer mes élèves depuis la BEE",
        "importer mes élèves hors BEE",
        "Générer les comptes de mes élèves",
        "Suivre les retours de pièces justificatives d'inscription",
    ):
        assert _squash(memo) in memos, memo
    assert set(guide.candidate_states) == {"pré-inscrit", "inscrit", "redoublant"}
    meanings = [_squash(s.meaning) for s in guide.document_states]
    assert meanings == [_squash(m) for m in (
        "aucun document déposé",
        "dépôt commencé, non terminé",
        "dépôt terminé (en attente de contrôle par la DEC)",
        "dossier validé par la DEC",
    )]
    assert all(s.colour is None for s in guide.document_states) and guide.states_note
    _assert_texts(nantes2026, [
        "fiches mémo",
        "fichier csv",
        "générer tous les comptes",
        "papillons",
        "mode « consultation »",
        "Ajouter une nouvelle candidature",
        "Mes justificatifs",
        "format pdf",
        "j'ai déposé toutes mes PJ",
        "ajournés en 2025",
        "aucune modification ne doit être portée à la main",
    ])


def test_nantes2026_forms(nantes2026):
    forms = {form.id: form for form in nantes2026.session.forms}
    attestation = next(f for f in forms.values() if "ATTESTATION DE FORMATION" in f.title.upper())
    text = _squash(attestation.text)
    for part in ("N° UAI", "1350 h", "675 h", "prorata temporis", "décision de positionnement", "cachet"):
        assert _squash(part) in text, part
    fiche = next(f for f in forms.values() if "FICHE PR" in f.title.upper())
    text = _squash(fiche.title + fiche.text)
    for part in ("SESSION 2026", "Numéro INE", "Forme de passage", "Langue vivante A", "félicitations"):
        assert _squash(part) in text, part


def test_nantes2026_rules(nantes2026):
    _assert_texts(nantes2026, [
        "secrétariat des IEN et ET-EG",
        "1350 h",
        "675 h",
        "forme globale",
        "5 ans",
        "arrêté du 24 juin 2005",
        "au moins égale à 8",
        "12 juin 2025",
        "2024-788",
        "2002-1086",
        "breton",
        "langue des signes française",
        "portugais",
        "2020-1167",
        "tous les candidats, de toutes les spécialités",
        "force majeure",
    ])
