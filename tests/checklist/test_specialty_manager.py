"""The candidate's specialty manager in the checklist, as the other contacts: its title, « Téléphone : » and the number
(a tel: link on the page), then its row of the notice's table in the notice's words, as the notice page's column
« Ligne de la notice » quotes it; without those words, the specialties of the row in the guide's words, said to be
the guide's (« Même gestionnaire pour : … »).

A review (phone52 L1, read52 L1) read « Gestionnaire de votre spécialité — ligne de la notice : Assurance, Assistance
technique d'ingénieur… ; 05 36 25 71 28 »: the number plain text with no label after a long list, and the guide's names
of the specialties called the notice's line. The command line (text.py) and the page's answer (answer.py; checklist.js
the same, tests/site/test_checklist_phone_browser.py) take the words from the same texts (contacts.specialty_*).

Hand-written on the frozen project (tests/fixtures/project): its Toulouse 2024 gives the table with its lines.
"""

from __future__ import annotations

import copy

from generator.checklist import engine, text
from generator.checklist.answer import _contact
from generator.checklist.compile import compile_ruleset

ANSWERS = {"department": "31", "situation": "experience", "specialty": "ndrc"}
WORDS = "BTS Assurance, ATI, Edition, NDRC, Métiers de l'Audiovisuel, Management Opérationnel de la Sécurité"


def _manager(ruleset, answers=ANSWERS):
    result = engine.evaluate(ruleset, answers)
    found = [c for c in result["contacts"] if c["kind"] == "specialty"]
    assert len(found) == 1 and found[0]["group"] is not None, result["contacts"]
    return result, found[0]


def test_the_manager_is_a_titled_contact_with_its_phone_as_a_link_and_the_notice_s_line(frozen_project, frozen_by_key):
    toulouse = frozen_by_key["toulouse", 2024]
    t = toulouse.texts
    ruleset = compile_ruleset(toulouse, frozen_project.content.checklist)
    result, contact = _manager(ruleset)
    notice_line = t.text("contacts.specialty_words", words=WORDS)
    # the page's answer: a contact with a title, a phone line linked, the notice's line
    view = _contact(contact, t, None)
    assert view.text is None and view.name == t.text("contacts.specialty_manager")
    before, _, after = t.text("contacts.phone", phone="{link}").partition("{link}")
    assert view.lines[0] == (before, "tel:+33536257128", "05 36 25 71 28", after)
    assert view.lines[-1] == (notice_line, None, None, "")
    # the command line: the same words, line by line
    cli = text.render(ruleset, result, t)
    block = "\n".join(["  - " + t.text("contacts.specialty_manager"), "    " + t.text("contacts.phone", phone="05 36 25 71 28"),
                       "    " + notice_line])
    assert block in cli, cli
    # the guide's names of the row's specialties are not called the notice's line any more
    assert "Négociation et digitalisation de la relation client" not in cli.split(t.text("checklist.contacts"))[1]


def test_a_row_without_the_notice_s_words_names_its_specialties_as_the_guide_s(frozen_project, frozen_by_key):
    toulouse = frozen_by_key["toulouse", 2024]
    t = toulouse.texts
    ruleset = copy.deepcopy(compile_ruleset(toulouse, frozen_project.content.checklist))
    for group in ruleset["contacts"]["specialty_groups"]:
        group["words"] = None
    result, contact = _manager(ruleset, {**ANSWERS, "specialty": "sio", "option": "A"})
    names = contact["group"]["names"]
    # the notice page's names (its table of managers): « …organisations (SIO), option A »
    assert any(name.endswith("(SIO), option A") for name in names), names
    said = t.text("contacts.specialty_names", names=", ".join(names))
    assert _contact(contact, t, None).lines[-1] == (said, None, None, "")
    assert "    " + said + "\n" in text.render(ruleset, result, t)


def test_a_manager_that_depends_on_the_option_not_answered_is_said_with_the_notice_s_note(frozen_project, frozen_by_key):
    """phone53 L7: Toulouse 2024, Maintenance des systèmes with no option answered: the notice gives option A and
    option B on two rows, and the contacts showed the exam office alone, without the managers' note (« Les coordonnées
    du gestionnaire … apparaîtront sur votre confirmation d'inscription ») and without a word on the manager. They say
    the manager depends on the option, then the note; the command line and the page's answer the same words. With the
    option answered, its row, and no such line."""
    toulouse = frozen_by_key["toulouse", 2024]
    t = toulouse.texts
    ruleset = compile_ruleset(toulouse, frozen_project.content.checklist)
    result = engine.evaluate(ruleset, {**ANSWERS, "specialty": "maintenance_systemes"})
    kinds = [c["kind"] for c in result["contacts"]]
    assert kinds.count("specialty_by_option") == 1 and "specialty" not in kinds, kinds
    assert kinds.index("specialty_note") == kinds.index("specialty_by_option") + 1, kinds
    assert "option" in result["questions"], result["questions"]  # (still asked)
    line = t.text("contacts.specialty_by_option")
    assert "option" in line
    view = _contact(next(c for c in result["contacts"] if c["kind"] == "specialty_by_option"), t, None)
    assert view.text == line
    cli = text.render(ruleset, result, t)
    contacts = cli.split(t.text("checklist.contacts"))[1]
    assert "  - " + line + "\n  - " + t.text("contacts.specialty_title") + "\n" in contacts, contacts
    for option, phone in (("A", "05 36 25 71 39"), ("B", "05 36 25 71 20")):
        result = engine.evaluate(ruleset, {**ANSWERS, "specialty": "maintenance_systemes", "option": option})
        assert "specialty_by_option" not in [c["kind"] for c in result["contacts"]], option
        assert [c["group"]["phones"] for c in result["contacts"] if c["kind"] == "specialty"] == [[phone]], option


def test_a_specialty_on_two_rows_of_the_table_is_said_once_under_its_two_managers(frozen_project, frozen_by_key):
    """Frozen Toulouse 2024, CPRP (two rows of the notice's table, 05 36 25 78 51 and 05 36 25 71 13; phone53 M2: two
    « Gestionnaire de votre spécialité » and nothing saying why): one line of the guide's, said so, right after the two
    managers and before the notice's words on its table, on the page's answer (checklist.js the same: the same contact
    kind and text) and the command line; NDRC (one row) has none."""
    toulouse = frozen_by_key["toulouse", 2024]
    t = toulouse.texts
    ruleset = compile_ruleset(toulouse, frozen_project.content.checklist)
    several = t.text("contacts.specialty_several")
    assert several.startswith("Note du guide\u00a0: ")
    result = engine.evaluate(ruleset, {**ANSWERS, "specialty": "cprp"})
    kinds = [c["kind"] for c in result["contacts"]]
    at = kinds.index("specialty")
    assert kinds[at:at + 3] == ["specialty", "specialty", "specialty_several"], kinds
    assert kinds.count("specialty_several") == 1
    view = _contact(result["contacts"][at + 2], t, None)
    assert view.text == several and not view.missing_office
    cli = text.render(ruleset, result, t)
    contacts_part = cli.split(t.text("checklist.contacts") + "\n", 1)[1]
    assert contacts_part.count("  - " + t.text("contacts.specialty_manager") + "\n") == 2
    assert contacts_part.count(several) == 1
    assert contacts_part.index("05 36 25 71 13") < contacts_part.index(several)
    single = engine.evaluate(ruleset, ANSWERS)
    assert "specialty_several" not in [c["kind"] for c in single["contacts"]]


def test_a_row_of_one_specialty_without_words_names_no_other(frozen_project, frozen_by_key):
    """review59 L6: a row without the notice's words that names the candidate's specialty alone gave « Même gestionnaire
    pour : Management commercial opérationnel (MCO) » to a candidate in MCO: the title and the phone only, on the page's
    answer and the command line (checklist.js the same)."""
    toulouse = frozen_by_key["toulouse", 2024]
    t = toulouse.texts
    ruleset = copy.deepcopy(compile_ruleset(toulouse, frozen_project.content.checklist))
    groups = ruleset["contacts"]["specialty_groups"]
    own = next(g for g in groups if ["mco", None] in g["specialties"])
    own.update(words=None, specialties=[["mco", None]], names=[n for n in own["names"] if "(MCO)" in n])
    assert len(own["names"]) == 1, own
    result, contact = _manager(ruleset, {**ANSWERS, "specialty": "mco"})
    view = _contact(contact, t, None)
    before, _, after = t.text("contacts.phone", phone="{link}").partition("{link}")
    assert view.lines == tuple((before, f"tel:+33{p.replace(' ', '')[1:]}", p, after) for p in own["phones"])
    same = t.text("contacts.specialty_names", names="\0").split("\0")[0]
    cli = text.render(ruleset, result, t)
    block = cli.split("  - " + t.text("contacts.specialty_manager") + "\n", 1)[1].split("\n  - ", 1)[0]
    assert same not in block and own["phones"][0] in block, block
