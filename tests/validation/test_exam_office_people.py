"""Someone of the exam office is said so by staff (``of_exam_office: true`` under a session contact), not read from
its address (review58 M4): validate refuses the line where the session has no exam office; a contact whose address
opens with the office's name is not nested without it; the exam office itself is never counted among its people."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from project_support import FROZEN, exam_office_unknown, valid_project
from validation_support import build_root, validate_in_process

from generator.checklist.compile import compile_ruleset
from generator.merge import build_notices
from generator.site.notice_view import contacts


def _nantes_2024():
    project = valid_project(FROZEN)
    return project, next(n for n in build_notices(project) if (n.slug, n.year) == ("nantes", 2024))


def test_a_contact_said_of_the_exam_office_where_the_session_has_none_is_refused(tmp_path: Path):
    root = build_root(tmp_path)
    exam_office_unknown(root, "fixture")
    session = root / "academies" / "fixture" / "2024.yaml"
    text = session.read_text(encoding="utf-8")
    old = "  - name: Gestionnaire des candidats libres\n"
    assert old in text
    session.write_text(text.replace(old, old + "    of_exam_office: true\n"), encoding="utf-8")
    line = text[:text.index(old)].count("\n") + 2
    run = validate_in_process(root)
    assert run.code == 1, run.output
    wanted = [h for h in run.headlines() if ".of_exam_office" in h]
    assert wanted == [
        f"academies/fixture/2024.yaml:{line}:21: contacts[1].of_exam_office: « true » : le contact « Gestionnaire des "
        "candidats libres » est dit du bureau des examens, mais cette session n'a pas de bureau des examens (ni "
        "exam_office: dans ce fichier, ni dans academy.yaml, qui écrit « non précisé par la notice ») ; retirer la ligne "
        "of_exam_office:, ou écrire le bureau que la notice nomme au-dessus de ce contact sous exam_office: dans ce fichier"
    ], run.output


def test_an_address_opening_with_the_office_s_name_does_not_nest_a_contact_the_file_does_not_say_is_of_it():
    project, nantes = _nantes_2024()
    person = next(iter(nantes.session.contacts))
    assert person.of_exam_office and person.address[0] == nantes.exam_office.name
    # a service of the same building, its address opening with the office's name, not said of it
    service = dataclasses.replace(person, name="Service de la VAE", of_exam_office=False, emails=(), phones=())
    session = dataclasses.replace(nantes.session, contacts=(*nantes.session.contacts, service))
    notice = dataclasses.replace(nantes, session=session)
    for voice in ("guide", "notice"):
        shown = contacts(dataclasses.replace(notice, voice=voice))
        assert [o.name for o in shown.of_exam_office] == [person.name], voice
    ruleset = compile_ruleset(notice, project.content.checklist)
    assert [o["name"] for o in ruleset["contacts"]["exam_office_people"]] == [person.name]
    assert "Service de la VAE" in [o["name"] for o in ruleset["contacts"]["others"]]


def test_the_exam_office_is_never_one_of_its_own_people_on_the_pdf():
    """review58 M4, /tmp/review58_t9.py: the PDF's copy of academy.yaml's office (without its role) whose address opens
    with its own name was listed among its own people."""
    _, nantes = _nantes_2024()
    office = dataclasses.replace(nantes.exam_office, address=(nantes.exam_office.name, "BP 72616", "44326 NANTES Cedex 3"))
    for voice in ("guide", "notice"):
        shown = contacts(dataclasses.replace(nantes, exam_office=office, voice=voice))
        assert [o.name for o in shown.of_exam_office] == [next(iter(nantes.session.contacts)).name], voice
        assert shown.offices[0].name == office.name
