"""Facts a candidate needs from the Clermont-Ferrand 2024, Nantes 2024 and Nantes 2026 notices are in the loaded data.

Every expected fact below was copied by hand from the seed texts, not from the YAML:

- /work/shared/seeds/003_d168e77859b3390a.txt (Clermont-Ferrand, session 2024, individual candidates);
- /work/shared/seeds/004_676a724f6dae9e10.txt (Nantes, session 2024, individual candidates);
- /work/shared/seeds/002_9a97fdb094b595d9.txt (Nantes, session 2026, training establishments).

The checks read the merged notice (``generator.merge``), as the page and the checklist
do: the notice's own statements with their section, the national statements in force
(unless the notice replaced or dropped them), the notice's documents and the national
documents in force it does not cover. Texts are compared after light normalisation
(case, accents, spaces, typographic apostrophes), phones by their digits; supporting
documents are checked through their effective ``when:`` conditions, evaluated here on
sample answers (derived facts such as ``r408_required`` or ``age_band`` given directly).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
import unicodedata

import pytest

from generator.merge import Notice, ResolvedDocument, build_notice
from generator.model.conditions import Condition
from generator.model.values import NOT_GIVEN, Moment, Phone, given
from generator.pipeline import load_and_check

from project_support import FROZEN

# The encoding of the seed notices is the frozen project's (tests/fixtures/project/): staff edit the
# real academies/, the seeds' facts stay as they are.
ROOT = FROZEN


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
    notice: Notice
    blob: str
    phones: set[str]

    def required(self, answers: dict[str, str]) -> list[ResolvedDocument]:
        """Every document of the merged notice (own and national) whose effective condition holds."""
        return [d for d in self.notice.documents if holds(d.when, answers)]

    def labels_for(self, answers: dict[str, str]) -> str:
        return _squash("\n".join(d.label for d in self.required(answers)))

    def ids_for(self, answers: dict[str, str]) -> set[str]:
        return {d.id for d in self.required(answers)}

    def document(self, document_id: str) -> ResolvedDocument:
        return next(d for d in self.notice.documents if d.id == document_id)

    def deadline_of(self, label_part: str, answers: dict[str, str]) -> Moment:
        matches = [d for d in self.required(answers) if _squash(label_part) in _squash(d.label)]
        assert matches, f"no document labelled like {label_part!r} for {answers}"
        return self.session.deadlines[matches[0].deadline].at

    def topic(self, topic_id: str):
        """The topic as shown (notice statements, then national statements in force), or None."""
        return next((t for t in self.notice.topics if t.id == topic_id), None)

    def statements(self, topic_id: str, kind: str | None = None):
        topic = self.topic(topic_id)
        assert topic is not None, f"topic {topic_id!r} not shown"
        return [s for s in topic.statements if kind is None or s.provenance.kind == kind]

    def notice_text(self, topic_id: str) -> str:
        """What the notice says under a topic (its own statements and its replacements), squashed."""
        return _squash("\n".join(s.text for s in self.statements(topic_id, "notice")))


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
    notice = build_notice(project.content, data, year)
    strings: list[str] = []
    phones: set[str] = set()
    _walk(data.academy, strings, phones)
    _walk(session, strings, phones)
    # What the guide shows of national content for this session: statements, documents, R408 list.
    for topic in notice.topics:
        strings.extend(s.text for s in topic.statements)
    for document in notice.documents:
        _walk((document.label, document.detail, document.mention), strings, phones)
    if notice.r408.national is not None:
        _walk(notice.r408.national, strings, phones)
    return Loaded(data.academy, session, notice, _squash("\n".join(strings)), phones)


def _assert_texts(loaded: Loaded, facts: list[str]) -> None:
    missing = [fact for fact in facts if _squash(fact) not in loaded.blob]
    assert not missing, f"facts missing from the loaded data: {missing}"


def _assert_statements(loaded: Loaded, topic_id: str, expected: list[tuple[str, str]]) -> None:
    """Each (words, section part) is said by the notice under the topic, at a section naming that part."""
    statements = loaded.statements(topic_id, "notice")
    for words, section in expected:
        found = [s for s in statements if _squash(words) in _squash(s.text)]
        assert found, f"{topic_id}: no notice statement says {words!r}"
        assert any(_squash(section) in _squash(s.provenance.section or "") for s in found), (topic_id, words, [s.provenance.section for s in found])


def _national_ids(loaded: Loaded, topic_id: str) -> set[str]:
    topic = loaded.topic(topic_id)
    return {s.id for s in topic.statements if s.provenance.kind == "national"} if topic else set()


def _r408(listing) -> dict[str, tuple[int, ...]]:
    return {str(entry.specialty): tuple(sorted(entry.annexes)) for entry in listing.specialties}


def _ms_documents(loaded: Loaded, option: str, **more: str) -> str:
    return loaded.labels_for({"specialty": "maintenance_systemes", "option": option, "nationality": "foreign", **more})


MS_ELECTRICAL = "prévention des risques d'origine électrique"
MS_FIRST_AID = "secours aux personnes en cas d'urgence"
MS_REFRIGERANTS = "manipulation des fluides frigorigènes"
MS_HEIGHT = "travaux en hauteur"
MS_COVERS = {"ms_electrical_risk", "ms_first_aid", "ms_refrigerants", "ms_work_at_height"}


def _assert_ms_covered(loaded: Loaded, *, group: str) -> None:
    """The notice lists the four Maintenance des systèmes attestations itself: the national ones are never listed twice."""
    covering = [d for d in loaded.notice.documents if set(d.covers) & MS_COVERS]
    assert {c for d in covering for c in d.covers} == MS_COVERS
    assert all(d.provenance.kind == "notice" and d.group == group for d in covering)
    for option, extra in (("A", None), ("B", MS_REFRIGERANTS), ("C", MS_HEIGHT), ("D", MS_HEIGHT)):
        answers = {"specialty": "maintenance_systemes", "option": option, "nationality": "foreign"}
        listed = loaded.required(answers)
        assert not [d.id for d in listed if d.national in MS_COVERS], option
        labels = loaded.labels_for(answers)
        assert _squash(MS_ELECTRICAL) in labels and _squash(MS_FIRST_AID) in labels
        for other in (MS_REFRIGERANTS, MS_HEIGHT):
            assert (_squash(other) in labels) == (other == extra), (option, other)
    other = loaded.labels_for({"specialty": "mco", "nationality": "foreign"})
    assert not any(_squash(part) in other for part in (MS_ELECTRICAL, MS_FIRST_AID, MS_REFRIGERANTS, MS_HEIGHT))


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
    # « Le dépôt de ces pièces est à effectuer avant le 21 novembre 2023 » (words kept, read as
    # « au plus tard le 20 », no hour invented)
    documents = clermont.session.deadlines["documents"]
    assert "avant le 21 novembre 2023" in documents.words and documents.note
    assert documents.at.date == dt.date(2023, 11, 20) and documents.at.time is None
    # aménagement : « le mercredi 15 novembre 2023 », « la date limite d'inscription »
    adjustment = clermont.session.exam_adjustment
    assert adjustment is not None and adjustment.deadline
    assert clermont.session.deadlines[adjustment.deadline].at.date == dt.date(2023, 11, 15)
    # « impérativement avant le 15 novembre 2023 » (mél de confirmation non reçu): no hour invented
    missing_email = clermont.session.deadlines["missing_email"]
    assert "impérativement avant le 15 novembre 2023" in missing_email.words
    assert missing_email.at.date == dt.date(2023, 11, 14) and missing_email.at.time is None


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
    in_person = next(c for c in clermont.session.who if c.situation == "in_person")
    assert set(in_person.routes) == {"scolaire", "apprenti", "formation_continue"}
    _assert_texts(clermont, ["candidat de la session 2023"])


def test_clermont_procedure(clermont):
    _assert_texts(clermont, [
        "acte personnel",
        "ordre de l'état civil",
        "noms de ville en entier",
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
    _assert_statements(clermont, "personal_act", [
        ("L'inscription à l'examen étant un acte personnel", "Procédure d'inscription"),
    ])
    _assert_statements(clermont, "stay_informed", [
        ("adresse mail personnelle active est obligatoire", "Procédure d'inscription"),
        ("notifications de l'application CYCLADES", "Procédure d'inscription"),
        ("consulter régulièrement votre messagerie", "Procédure d'inscription"),
        ("Tout changement d'adresse en cours d'année", "Procédure d'inscription"),
    ])


def test_clermont_documents(clermont):
    everyone = clermont.labels_for({"nationality": "foreign"})
    assert _squash("récapitulatif") in everyone
    assert _squash("liste des pièces à déposer de votre compte CYCLADES") in everyone
    # JDC : « Si vous avez entre 18 et 25 ans » (nationalité française) : the notice's item, which
    # covers the national document.
    jdc = clermont.document("jdc")
    assert jdc.covers == ("jdc_certificate",) and jdc.provenance.kind == "notice"
    assert "8. Application de la loi portant réforme du service national" in jdc.provenance.section
    adult = {"nationality": "french", "age_band": "from_18_to_24", "national_age_band": "under_25"}
    assert clermont.ids_for(adult) >= {"jdc"} and "jdc_certificate" not in clermont.ids_for(adult)
    # the notice's words (l. 299: « la photocopie du certificat de participation à la journée de défense et citoyenneté
    # (JDC) ou attestation d'exemption »), not a label of the guide's (read65 L2)
    assert _squash("Photocopie du certificat de participation à la journée de défense et citoyenneté (JDC) ou attestation d'exemption") == _squash(jdc.label)
    assert not jdc.label_by_guide
    # Under 18: the notice says nothing; the national rule (under 25) shows, marked not mentioned.
    minor = {"nationality": "french", "age_band": "under_18", "national_age_band": "under_25"}
    assert "jdc" not in clermont.ids_for(minor) and "jdc_certificate" in clermont.ids_for(minor)
    national_jdc = clermont.document("jdc_certificate")
    assert national_jdc.provenance.kind == "national" and national_jdc.notice_silent
    for answers in ({"nationality": "french", "age_band": "from_26", "national_age_band": "from_25"}, {"nationality": "foreign"}):
        assert not {"jdc", "jdc_certificate"} & clermont.ids_for(answers), answers
    # (« Si vous avez entre 18 et 25 ans » (003): the real file now includes 25, as the notice words it (2026-12-04);
    # the frozen file keeps its freeze-time reading, 18 to 24, whose turning-25 case the page tests use)
    info = clermont.session.session
    assert info.age_reference_date is not None and info.age_reference_note
    # The notice's own words on the law and on the certificate replace the national statement.
    _assert_statements(clermont, "jdc", [
        ("loi n°97-1019 du 28 octobre 1997", "8. Application de la loi portant réforme du service national"),
        ("L113-4 et L114-6", "8. Application de la loi portant réforme du service national"),
        ("Si vous avez entre 18 et 25 ans", "8. Application de la loi portant réforme du service national"),
        ("ne sera pas validée", "8. Application de la loi portant réforme du service national"),
    ])
    assert not _national_ids(clermont, "jdc")


def test_clermont_r408_and_maintenance(clermont):
    # Tableau « Spécialités de BTS  Annexe 4  Annexe 5 » : the list of the arrêté du 13 juillet
    # 2023, which the notice cites: the national list is shown; the notice's own table (its PDF prints
    # it, its « NB : » after it) names the same specialties.
    own = clermont.session.r408.list
    assert own.printed_as == "table" and own.printed_after == 1
    assert {e.specialty for e in own.specialties} == {e.specialty for e in clermont.notice.r408.national.specialties}
    assert clermont.notice.r408.national is not None
    assert [t.title for t in clermont.notice.r408.national_texts] == ["arrêté du 13 juillet 2023"]
    expected = {
        "amcr": (4, 5),  # Architectures en métal : conception et réalisation  X  X
        "batiment": (5,),
        "enveloppe_batiments": (5,),
        "fed": (5,),  # Fluides-énergies-domotique, option A, B, C
        "mec": (5,),
        "scbh": (4, 5),
        "travaux_publics": (5,),
    }
    listing = _r408(clermont.notice.r408.national)
    for specialty, annexes in expected.items():
        assert listing.get(specialty) == annexes, specialty
    assert "fab" in listing  # « Finitions, aménagement des bâtiments » (colonne perdue)
    # The attestation and its waiver: national documents, mentioned with the notice's words.
    for did in ("r408_attestation", "r408_waiver_rqth"):
        document = clermont.document(did)
        assert document.provenance.kind == "national" and not document.notice_silent, did
        assert "7. Attestations de formation obligatoires" in document.provenance.section
    assert _squash("lors de leur confirmation d'inscription à l'examen") in _squash(clermont.document("r408_attestation").mention)
    assert _squash("travailleurs handicapés") in _squash(clermont.document("r408_waiver_rqth").mention)
    answers = {"r408_required": "yes", "r408_waiver": "no", "nationality": "foreign"}
    assert _squash("échafaudages de pied") in clermont.labels_for(answers)
    waived = clermont.ids_for({**answers, "r408_waiver": "yes"})
    assert "r408_attestation" not in waived and "r408_waiver_rqth" in waived
    # The notice's R408 sentences replace the national ones.
    r408 = {s.id: s for s in clermont.statements("r408")}
    assert r408["required_2023"].provenance.kind == "notice" and "L'arrêté du 13 juillet 2023 précise" in r408["required_2023"].text
    assert r408["waiver"].provenance.kind == "notice" and "travailleurs handicapés" in r408["waiver"].text
    # BTS « maintenance des systèmes » : 2 attestations pour tous, + B fluides, + C et D hauteur
    _assert_ms_covered(clermont, group="7. Attestations de formation obligatoires")
    ms = clermont.statements("maintenance_systemes")
    assert len(ms) == 1 and ms[0].provenance.kind == "notice" and _squash("à partir de la session 2024") in _squash(ms[0].text)


def test_clermont_rules(clermont):
    # 2. Forme de passage : the notice's three sentences, the national one (same rule) dropped
    _assert_statements(clermont, "passing_form", [
        ("Seuls les candidats du C.N.E.D. ou de la promotion sociale", "2. Forme de passage"),
        ("article D 643-23", "2. Forme de passage"),
        ("Seule la forme progressive permet le report de notes inférieures à la moyenne", "2. Forme de passage"),
    ])
    assert not _national_ids(clermont, "passing_form")
    # 1. Bénéfices de notes
    _assert_statements(clermont, "benefits", [
        ("L'article D643-15 du code de l'éducation", "1. Bénéfices de notes"),
        ("Le renoncement à un bénéfice de notes lors d'une session est définitif", "1. Bénéfices de notes"),
        ("Depuis la session 2022, les bénéfices sur les épreuves maitresses ne sont plus possibles", "1. Bénéfices de notes"),
        ("épreuve « maîtresse » non unité", "première fois à la session 2022"),
        ("il pourra conserver la note de 14 positionnée sur E31", "première fois à la session 2022"),
        ("La note de l'épreuve de contrôle sera substituée à la note initiale", "première fois à la session 2022"),
        ("jusqu'à la session 2026 incluse (N+5)", "2019, 2020, 2021"),
        ("ne pourra pas choisir les épreuves de contrôle", "2019, 2020, 2021"),
        ("obtenues à compter de la session 2022", "2019, 2020, 2021"),
    ])
    assert not _national_ids(clermont, "benefits")
    # the checklist says its rules (003 l.122-176) to who keeps marks, not its two examples (l.135-139, l.160-164),
    # and the renunciation (l.124) to who renounces, with them (no warning of its own under the same title)
    told = [(s.text[:30], s.checklist_when) for s in clermont.statements("benefits", "notice")]
    keeps, renounces = Condition("test", question="has_benefits", values=("yes",)), Condition("test", question="renounces_benefits", values=("yes",))
    assert [when for _, when in told] == [keeps, renounces, keeps, keeps, None, keeps, keeps, None, keeps, keeps], told
    assert all(words.startswith("**Exemple") for words, when in told if when is None), told
    assert "benefits_renunciation_definitive" not in clermont.session.warnings
    assert "passing_form_definitive" not in clermont.session.warnings  # the notice does not say it
    # 3. Langues, 4. Épreuves facultatives, 5. Absence, 6. Dossier, 9. Handicap
    _assert_statements(clermont, "languages", [
        ("visioconférence", "3. Choix des langues vivantes"),
        ("langue ouverte à l'inscription", "3. Choix des langues vivantes"),
    ])
    _assert_statements(clermont, "optional_exams", [
        ("doit être faite par le candidat sur son compte CYCLADES", "4. Épreuves facultatives"),
        ("au-dessus de 10 sur 20", "4. Épreuves facultatives"),
    ])
    # The national « points above 10 » statement is gone (décret n°2002-1086, repealed in 2013): the notice's words stand alone.
    assert "points_above_10" not in {s.id for s in clermont.statements("optional_exams")}
    _assert_statements(clermont, "engagement_etudiant", [
        ("arrêté du 23 septembre 2020", "4. Épreuves facultatives"),
        ("formulaire généré lors de l'inscription sur CYCLADES", "4. Épreuves facultatives"),
    ])
    _assert_statements(clermont, "absence", [("ÉLIMINATOIRE", "5. Absence"), ("force majeure", "5. Absence")])
    _assert_statements(clermont, "professional_files", [
        ("arrêté du 22 juillet 2008", "6. Date de dépôt de dossier"),
        ("« NV »", "6. Date de dépôt de dossier"),
        ("fictive", "6. Date de dépôt de dossier"),
    ])
    _assert_statements(clermont, "disability", [
        ("D613-26", "9. Cas particulier des candidats en situation de handicap"),
        ("Cette situation doit donc être indiquée lors de l'inscription", "9. Cas particulier"),
    ])
    # Topics the notice does not speak about keep their national statements.
    assert _national_ids(clermont, "dispensations") == {"holders"}
    assert {"purpose", "attached_exam", "oral", "request_deadline"} <= _national_ids(clermont, "engagement_etudiant")


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
    # « du lundi 16 octobre au mercredi 15 novembre 2023 » : no hour given, none invented
    assert info.opening.date == dt.date(2023, 10, 16) and info.opening.time is None
    assert info.closing.date == dt.date(2023, 11, 15) and info.closing.time is None
    assert not nantes2024.notice.closing_has_time
    assert "aucune inscription après cette date ne sera possible" in info.dates_note
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
    ])
    # « Etape 1 », « Etape 2 » : the site numbers the steps, titles carry no number.
    titles = [step.title for step in nantes2024.session.steps]
    assert titles[:2] == ["Accès à CYCLADES", "Inscription à l'examen"]
    assert not any(re.match(r"\s*(étape\s*)?\d", t, re.IGNORECASE) for t in titles)


def test_nantes2024_documents(nantes2024):
    # II- Inscription définitive : the signed récapitulatif and « la DEMANDE DE PIÈCES
    # JUSTIFICATIVES » of CYCLADES; the notice lists nothing else.
    own = [d for d in nantes2024.notice.documents if d.provenance.kind == "notice"]
    assert [d.id for d in own] == ["recapitulatif", "demande_pj"]
    assert _squash("récapitulatif de candidature") in _squash(own[0].label)
    assert _squash("DEMANDE DE PIÈCES JUSTIFICATIVES") in _squash(own[1].label)
    # both labels are the guide's: the notice has no list of documents, it asks « d'éditer, de vérifier et de signer votre
    # récapitulatif de candidature » and to upload « les pièces justificatives demandées » (read65 L2)
    assert all(d.label_by_guide for d in own)
    # R408, Maintenance des systèmes, JDC : never mentioned by the notice, national rules in force.
    national = {d.id: d for d in nantes2024.notice.documents if d.provenance.kind == "national"}
    assert set(national) == {"r408_attestation", "r408_waiver_rqth", "jdc_certificate"} | MS_COVERS
    assert all(d.notice_silent for d in national.values())
    assert not nantes2024.session.national_documents
    assert "jdc_certificate" in nantes2024.ids_for({"nationality": "french", "national_age_band": "under_25"})
    assert "r408_attestation" in nantes2024.ids_for({"r408_required": "yes"})
    # No national statement is dropped or replaced: the notice says nothing of those rules.
    for topic_id in ("jdc", "r408", "maintenance_systemes", "benefits", "dispensations", "engagement_etudiant"):
        assert nantes2024.statements(topic_id) == nantes2024.statements(topic_id, "national"), topic_id


def test_nantes2024_information(nantes2024):
    _assert_statements(nantes2024, "stay_informed", [
        ("doit impérativement être valide jusqu'à la fin des examens", "II- Inscription définitive"),
        ("circulaire nationale", "déroulement épreuves"),
        ("matériel autorisé", "déroulement épreuves"),
        ("mises à jour constantes jusqu'au début des épreuves", "déroulement épreuves"),
    ])
    _assert_statements(nantes2024, "managing_academy", [
        ("gérés par l'Académie de Nantes ou par une autre académie", "déroulement épreuves"),
        ("consulter le site de l'Académie organisatrice de votre spécialité", "déroulement épreuves"),
    ])
    _assert_statements(nantes2024, "convocation", [("au plus tard 2 semaines avant le début des épreuves", "déroulement épreuves")])
    _assert_statements(nantes2024, "results", [
        ("publication gratuite", "déroulement épreuves"),
        ("calendrier des publications de résultats", "déroulement épreuves"),
    ])
    _assert_statements(nantes2024, "regulations_reminder", [("le référentiel de chaque spécialité", "rappels réglementaires")])
    assert nantes2024.topic("regulations_reminder").title == "Rappels réglementaires"


def test_nantes2024_exam_adjustment(nantes2024):
    adjustment = nantes2024.session.exam_adjustment
    assert adjustment.url == "https://www.ac-nantes.fr/amenagement-d-epreuves-handicap-incapacite-temporaire-121583"
    assert "reconduits" in adjustment.renewal and "2023" in adjustment.renewal
    assert "Handicap : OUI" in adjustment.declare_in_cyclades


# ----------------------------------------------------------------- Nantes 2026 (seed 002)

@pytest.fixture(scope="module")
def nantes2026(project) -> Loaded:
    return _load(project, "nantes", 2026)


IN_PERSON = {"situation": "in_person", "nationality": "foreign"}


def test_nantes2026_session(nantes2026):
    info = nantes2026.session.session
    assert info.audience == "establishment"
    assert info.opening is NOT_GIVEN and info.closing is NOT_GIVEN and info.dates_note
    assert not nantes2026.notice.opening_given and not nantes2026.notice.closing_given
    deadlines = nantes2026.session.deadlines
    assert deadlines["documents"].at.date == dt.date(2025, 11, 19)  # « pour le 19 novembre 2025 »
    # « téléverser avant le vendredi 12 décembre 2025 »
    assert nantes2026.deadline_of("engagement étudiant", {"engagement_etudiant": "yes"}).date == dt.date(2025, 12, 12)


def test_nantes2026_who(nantes2026):
    # Candidates registered by their establishment (columns SCOLAIRE, APPRENTI, FORMATION CONTINUE); « NB : les
    # candidats ajournés en 2025 … s'ils ne sont plus scolarisés dans l'établissement, il convient de les supprimer »:
    # the notice names them to its establishments only, without saying how they register (not « another procedure »:
    # read50 L8).
    category, repeater = nantes2026.session.who
    assert category.situation == "in_person" and category.how == "establishment"
    assert set(category.routes) == {"scolaire", "apprenti", "formation_continue"}
    assert repeater.situation == "repeater" and repeater.how is NOT_GIVEN and "supprimer" in repeater.detail
    assert given(nantes2026.session.establishment_guide) is not None


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


def test_nantes2026_benefits_and_passing_form(nantes2026):
    section = "bénéfices – dispenses d'épreuves"
    _assert_statements(nantes2026, "benefits", [
        ("forme globale, peuvent conserver pendant les 5 sessions suivantes", section),
        ("correspondant à des unités", section),
        ("forme progressive, peuvent conserver leurs notes obtenues pendant les 5 sessions suivantes", section),
        ("qu'elles soient inférieures, égales ou supérieures à 10/20", section),
        ("Tout renoncement à une note est définitif", section),
        ("la dernière note obtenue est prise en compte", section),
        ("« bénéfice en 20XX »", section),
    ])
    assert _national_ids(nantes2026, "benefits") == {"keep_5_years"}  # the notice does not cite it
    _assert_statements(nantes2026, "passing_form", [
        ("Les candidats de la voie scolaire et de la voie de l'apprentissage se présentent obligatoirement", "formes de passage"),
        ("possible pour les candidats de la voie de la formation professionnelle continue", "formes de passage"),
        ("doit obligatoirement se présenter sous la même forme de passage", "formes de passage"),
        ("moyenne générale égale ou supérieure à 10 sur 20", "formes de passage"),
    ])
    # (and its one word on exam adjustments, the box of its fiche préparatoire, shown in that section of the page too;
    # and the national two-optional-exams limit it states itself, placed so that the checklist cites it, read44 L4)
    assert set(nantes2026.session.warnings) == {"passing_form_definitive", "benefits_renunciation_definitive", "exam_adjustment_form_box",
                                                 "too_many_optional_exams", "engagement_etudiant_counted", "dispensation_vae_unlisted"}
    # the limit's sentence « … dont l'Engagement étudiant » (seed 002 l.326) places the national warning too (phone52 L3)
    assert nantes2026.session.warnings["engagement_etudiant_counted"].section == "« RAPPELS REGLEMENTAIRES BTS », « EPREUVES FACULTATIVES »"
    # its list has no piece for a dispensation by VAE, which it cites (seed 002 l.308): a list told it is not whole
    assert nantes2026.session.warnings["dispensation_vae_unlisted"].unlisted_piece
    assert nantes2026.session.warnings["too_many_optional_exams"].section == "« RAPPELS REGLEMENTAIRES BTS », « EPREUVES FACULTATIVES »"
    assert nantes2026.session.warnings["exam_adjustment_form_box"].page == "exam_adjustment"


def test_nantes2026_national_rules_in_its_words(nantes2026):
    """Rappels réglementaires: what the notice attributes to a national text replaces the national statement."""
    expected = {
        ("dispensations", "holders"): ("arrêté du 24 juin 2005", "dispenses d'épreuves"),
        ("control_exams", "access"): ("au moins égale à 8", "épreuves de contrôle"),
        ("control_exams", "choice"): ("20 min de préparation et 20 min d'entretien", "épreuves de contrôle"),
        ("control_exams", "result"): ("note de service du 12 juin 2025", "épreuves de contrôle"),
        ("optional_exams", "at_most_two"): ("décret n°2024-788 du 8 juillet 2024", "épreuves facultatives"),
        ("engagement_etudiant", "request_deadline"): ("décret n°2020-1167", "nouveauté 2026"),
        ("maintenance_systemes", "attestations"): ("options C et D", "12 décembre"),
    }
    for (topic_id, statement_id), (words, section) in expected.items():
        statement = next(s for s in nantes2026.statements(topic_id) if s.id == statement_id)
        assert statement.provenance.kind == "notice", (topic_id, statement_id)
        assert _squash(words) in _squash(statement.text), (topic_id, statement_id)
        assert _squash(section) in _squash(statement.provenance.section), (topic_id, statement_id)
    # The VAE part of the dispensation rule is the notice's own words.
    holders = next(s for s in nantes2026.statements("dispensations") if s.id == "holders")
    assert "Validation des Acquis de l'Expérience" in holders.text
    _assert_statements(nantes2026, "dispensations", [("La mention « DISPENSE »", "dispenses d'épreuves")])
    # It quotes a decree repealed in 2013 (décret n°2002-1086): its words, not a national rule in force.
    _assert_statements(nantes2026, "optional_exams", [("décret n°2002-1086", "épreuves facultatives")])
    # National statements it does not speak about stay national.
    assert _national_ids(nantes2026, "jdc") == {"obligation"}
    assert _national_ids(nantes2026, "r408") == {"required_2023", "waiver"}
    assert _national_ids(nantes2026, "disability") == {"provisions"}


def test_nantes2026_own_rules(nantes2026):
    _assert_statements(nantes2026, "registration_conditions", [
        ("La préparation peut se faire par correspondance", "conditions d'inscription"),
        ("la formation dure deux années", "conditions d'inscription"),
        ("au moins de niveau 4", "conditions d'inscription"),
        ("1350 h", "conditions d'inscription"),
        ("675 h", "conditions d'inscription"),
        ("prorata temporis", "conditions d'inscription"),
        ("aucune durée de formation en centre n'est exigée", "conditions d'inscription"),
        ("secrétariat des IEN et ET-EG", "conditions d'inscription"),
        ("Une photocopie de la décision de positionnement sera exigée", "conditions d'inscription"),
    ])
    _assert_statements(nantes2026, "languages", [
        ("breton", "épreuves facultatives"),
        ("langue des signes française", "épreuves facultatives"),
        ("suppression du portugais en 2026", "épreuves facultatives"),
    ])
    _assert_statements(nantes2026, "engagement_etudiant", [
        ("avant le vendredi 12 décembre 2025", "nouveauté 2026"),
        ("tous les candidats, de toutes les spécialités", "nouveauté 2026"),
        ("seront désinscrits de l'épreuve", "nouveauté 2026"),
    ])
    _assert_statements(nantes2026, "absence", [("force majeure", "absence")])
    _assert_statements(nantes2026, "jdc", [("vaut confirmation que le candidat est en règle", "note « * »")])


def test_nantes2026_documents_by_route(nantes2026):
    common = ["Confirmation d'inscription datée et signée", "Pièce d'identité"]
    scolaire = nantes2026.labels_for({**IN_PERSON, "route": "scolaire"})
    apprenti = nantes2026.labels_for({**IN_PERSON, "route": "apprenti", "apprentice_was_scolaire": "no"})
    apprenti_ex_scolaire = nantes2026.labels_for({**IN_PERSON, "route": "apprenti", "apprentice_was_scolaire": "yes"})
    continue_ = nantes2026.labels_for({**IN_PERSON, "route": "formation_continue"})
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
    training = [d.label for d in nantes2026.required({**IN_PERSON, "route": "formation_continue"})]
    assert "Attestation de formation" in training
    assert "Attestation de formation" not in [d.label for d in nantes2026.required({**IN_PERSON, "route": "scolaire"})]
    # dispenses (a diploma paper: not for a VAE decision) et bénéfices
    dispensation = _squash("ouvrant droit à dispense")
    for choice, expected in (("diploma", True), ("both", True), ("vae", False), ("no", False)):
        assert (dispensation in nantes2026.labels_for({"route": "scolaire", "dispensation": choice})) is expected, choice
    assert _squash("justifiant le(s) bénéfice(s) de notes") in nantes2026.labels_for({"route": "apprenti", "has_benefits": "yes"})
    # décision de positionnement (rappels réglementaires)
    assert _squash("décision de positionnement") in nantes2026.labels_for({"positioning_decision": "yes"})


def test_nantes2026_service_national(nantes2026, project):
    # (*) « Le téléversement des certificats de scolarité ou attestations de formation vaut
    # confirmation que le candidat est en règle vis-à-vis des obligations relatives au service
    # national » : those three items cover the national JDC document.
    covering = {d.id for d in nantes2026.notice.documents if "jdc_certificate" in d.covers}
    assert covering == {"certificat_scolarite", "contrat_apprentissage", "attestation_formation"}
    for route in ("scolaire", "apprenti", "formation_continue"):
        answers = {"situation": "in_person", "route": route, "nationality": "french", "national_age_band": "under_25"}
        ids = nantes2026.ids_for(answers)
        assert "jdc_certificate" not in ids and ids & covering, route
    for did in covering:
        assert "vaut confirmation" in nantes2026.document(did).detail
        # the note as the notice writes it, its reference mark « * » (seed 002 l.177) written \* (staff guide, « Les
        # mots de la notice, mot pour mot »), never « (*) », parentheses it does not write (nts71)
        assert nantes2026.document(did).detail.startswith("\\* Le téléversement"), nantes2026.document(did).detail
    # the checklist (and the command line) give the note under each of its pieces without the mark, as the page does: the
    # pieces' labels do not carry it, the note is under them (seed73b; the notice's PDF keeps it, test_notice_pdf)
    from generator.checklist import engine
    from generator.checklist.compile import compile_ruleset
    from generator.checklist.text import render

    ruleset = compile_ruleset(nantes2026.notice, project.content.checklist)
    details = {d["id"]: d["detail"] for d in ruleset["documents"]}
    assert all(details[did].startswith("Le téléversement") for did in covering), details
    result = engine.evaluate(ruleset, {"department": "44", "situation": "in_person", "route": "scolaire", "specialty": "batiment"})
    shown = " ".join(render(ruleset, result, nantes2026.notice.texts).split())
    assert "Le téléversement des certificats de scolarité" in shown and "* Le téléversement" not in shown


def test_nantes_deadlines_are_not_said_to_be_strict(nantes2024, nantes2026):
    """Neither Nantes notice says « délai de rigueur » or « hors délai » (seed 004: « Votre candidature sera annulée
    si toutes les pièces demandées ne sont pas téléversées pour le vendredi 24 novembre 2023 » ; seed 002:
    « seront désinscrits de l'épreuve »): no date of theirs is shown as one, their own words say what happens."""
    for loaded in (nantes2024, nantes2026):
        assert not [did for did, d in loaded.session.deadlines.items() if d.strict]


def test_nantes2026_positioning_decision_has_no_date(nantes2026):
    """Seed 002, rappels réglementaires: « Une photocopie de la décision de positionnement sera exigée lors de
    l'inscription à l'examen. » The document is in neither table of what to deposit by 19 November or 12 December:
    the notice gives it no date, and none is shown."""
    answers = {"route": "scolaire", "positioning_decision": "yes"}
    at = nantes2026.deadline_of("décision de positionnement", answers)
    assert given(at) is None, at


def test_nantes2026_december_documents(nantes2026):
    december = dt.date(2025, 12, 12)
    answers = {"route": "scolaire", "r408_required": "yes", "r408_listed": "yes", "r408_waiver": "no"}
    assert nantes2026.deadline_of("échafaudages de pied", answers).date == december
    # The notice's R408 item covers the national attestation (never listed twice).
    r408 = nantes2026.document("r408")
    assert r408.covers == ("r408_attestation",) and r408.provenance.kind == "notice"
    assert "r408_attestation" not in nantes2026.ids_for(answers)
    # Its RQTH waiver is not mentioned by the notice: national, marked so.
    waived = nantes2026.ids_for({**answers, "r408_waiver": "yes"})
    assert "r408" not in waived and "r408_waiver_rqth" in waived
    assert nantes2026.document("r408_waiver_rqth").notice_silent
    for option, part in (("A", MS_ELECTRICAL), ("A", MS_FIRST_AID), ("B", MS_REFRIGERANTS), ("C", MS_HEIGHT), ("D", MS_HEIGHT)):
        answers = {"route": "formation_continue", "specialty": "maintenance_systemes", "option": option}
        assert nantes2026.deadline_of(part, answers).date == december, (option, part)
    _assert_ms_covered(nantes2026, group="À déposer le 12 décembre au plus tard sur CYCLADES")
    # R408 : « annexes 4 et 5 » AMCR, SCBH ; « annexe 5 » les six autres : the notice's own list
    own = nantes2026.session.r408.list
    assert own is not None
    assert _r408(own) == {
        "amcr": (4, 5),
        "scbh": (4, 5),
        "batiment": (5,),
        "enveloppe_batiments": (5,),
        "fab": (5,),
        "fed": (5,),
        "mec": (5,),
        "travaux_publics": (5,),
    }
    words = {str(e.specialty): e.words for e in own.specialties}
    # its words, its « » included (seed 002 l.139, l.141; nts70, nts71): the option's words outside them
    assert words["scbh"] == "« Système constructif bois et habitat »"
    assert words["fed"] == "« Fluides-énergie-domotique » (option A-B-C)"
    assert r408.when.questions() >= {"r408_listed"}


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
    text = _squash(attestation.text_words())  # its parts, one a line
    for part in ("N° UAI", "1350 h", "675 h", "prorata temporis", "décision de positionnement", "cachet"):
        assert _squash(part) in text, part
    fiche = next(f for f in forms.values() if "FICHE PR" in f.title.upper())
    text = _squash(fiche.title + fiche.text_words())
    for part in ("SESSION 2026", "Numéro INE", "Forme de passage", "Langue vivante A", "félicitations"):
        assert _squash(part) in text, part


def test_source_notes_name_subjects_in_french(clermont, nantes2024, nantes2026):
    """Every source note's subject is displayed: French words, never a field name."""
    for loaded in (clermont, nantes2024, nantes2026):
        for note in loaded.session.source_notes:
            assert not re.search(r"\b[a-z]+_[a-z_]+\b|\b[a-z]+\.[a-z]+\b", note.about), note.about


def test_nantes2026_r408_list_in_the_notices_words(nantes2026):
    """The notice's list in its words (the PDF prints them): its own wording where it differs from the catalogue
    (« Système constructif bois et habitat », in its « »), the catalogue's name, without its abbreviation, where it does not
    (« Architectures en métal : conception et réalisation », never « (AM-CR) »); the page's column « Intitulé dans la
    notice » gives only the first (a walk, 44 L8: « Bâtiment | Bâtiment »)."""
    from generator.site.notice_view import notice_view
    from project_support import FIXED_TODAY

    rows = {row.specialty: row.words for row in notice_view(nantes2026.notice, FIXED_TODAY).r408.notice_rows}
    assert rows["Architectures en métal : conception et réalisation (AM-CR)"] == "Architectures en métal : conception et réalisation"
    assert rows["Systèmes constructifs bois et habitat (SCBH)"] == "« Système constructif bois et habitat »"
    assert rows["Bâtiment"] == "Bâtiment"
    assert all(words and "(" not in words.replace("(option", "") for words in rows.values()), rows
    column = {row.specialty: row.notice_words for row in notice_view(nantes2026.notice, FIXED_TODAY).r408.notice_rows}
    assert column["Systèmes constructifs bois et habitat (SCBH)"] == "« Système constructif bois et habitat »"
    assert column["Bâtiment"] is None


def test_the_national_r408_list_names_clermont_s_notice_as_this_notice_on_its_own_page_and_checklist(project):
    """The national R408 list of the arrêté du 13 juillet 2023 is the guide's only from Clermont-Ferrand's notice (2024,
    « 7. Attestations de formation obligatoires »), the arrêté not read. On that notice's own page and checklist it is
    « cette notice », the text not read being the one it cites (a review, walk 42 L3: « telle que la notice de
    Clermont-Ferrand (session 2024) la donne (texte non consulté par le guide) » read there as if the guide had not
    read the notice the candidate reads); elsewhere (Nantes 2026) the notice is named."""
    from generator.checklist import engine
    from generator.checklist.compile import compile_ruleset
    from generator.checklist.text import render
    from generator.site import pages

    clermont, nantes = _load(project, "clermont-ferrand", 2024).notice, _load(project, "nantes", 2026).notice
    t = clermont.texts
    assert clermont.r408.national_as_given_by == t.text("r408.as_given_by_this") == "cette notice"
    assert nantes.r408.national_as_given_by == "la notice de Clermont-Ferrand (session 2024)"
    section = pages.notice_page(clermont, dt.date(2023, 9, 1)).split("{ #r408 }", 1)[1].split("\n## ", 1)[0]
    # (its own list is that list, annexes included: one table, said as both)
    assert t.text("r408.national_list_is_notice_list") in section and "telle que cette notice la donne" in section
    assert "Clermont-Ferrand (session 2024)" not in section
    ruleset = compile_ruleset(clermont, project.content.checklist)
    for answers, key in (({"r408_waiver": "no"}, "standing.annexes_as_given"), ({"r408_waiver": "yes"}, None)):
        result = engine.evaluate(ruleset, {"department": "63", "situation": "repeater", "specialty": "batiment", **answers})
        shown = render(ruleset, result, t)
        assert "telle que cette notice la donne" in " ".join(shown.split()), answers
        assert "Clermont-Ferrand (session 2024)" not in shown, answers
        if key:
            assert t.text(key, annexes=t.text("r408.annex", annex=5), notice="cette notice") in shown
