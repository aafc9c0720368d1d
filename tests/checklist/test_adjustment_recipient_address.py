"""Where an exam-adjustment request is sent, with its address or the words saying the notice gives none (a review,
phone48 M4: Toulouse 2024's postal-only request read « À envoyer à : Médecin désigné par la CDAPH » on the list, nothing
saying where; only the page's last section said the notice gives no address). The notice page, the personal list (the
ruleset checklist.js reads) and the command line say the same words. The frozen Toulouse 2024 file as it is (its
``send_to_address: non précisé par la notice``), and a copy whose notice gives an address.

Where the notice says to contact the exam office with questions (``ask_office_section:``; Toulouse 2024, II-③: « En cas
d'interrogation ou de difficultés, le bureau des examens post-bac devra être contacté »), the same line, and the PDF's
annex, say to ask that office for the address, with its e-mail and that section (a review, read68 M2: a candidate with
a disability read « adresse non précisée par la notice » and nothing more); without that field, nothing more than
before (validate refuses the field where the address is given or no office is: validation/test_ask_office_section.py)."""

from __future__ import annotations

import dataclasses
import datetime as dt

from generator.checklist import engine
from generator.checklist.compile import compile_ruleset
from generator.checklist.text import render
from generator.merge import build_notice
from generator.model.values import Phone
from generator.site import pages
from project_support import valid_project

ANSWERS = {"department": "31", "situation": "experience", "disability": "yes", "exam_adjustment": "yes"}


def _outputs(project, data, year):
    notice = build_notice(project.content, data, year)
    ruleset = compile_ruleset(notice, project.content.checklist)
    result = engine.evaluate(ruleset, engine.normalise(ruleset, ANSWERS))
    flat = lambda text: " ".join(text.replace("\u00a0", " ").replace("\u202f", " ").replace("’", "'").split())
    return (flat(pages.notice_page(notice, dt.date(2023, 9, 1))), flat(ruleset["exam_adjustment"]["send_to"]),
            flat(render(ruleset, result, notice.texts)), notice)


# where the frozen Toulouse 2024 notice says to contact its exam office with questions, and that office's e-mail
ASK = ("Note du guide : demandez-la au plus tôt au bureau des examens, que la notice dit de contacter en cas de question "
       "(Notice de l'académie — « II. LA PROCÉDURE D'INSCRIPTION », « ③ Confirmation de l'inscription et téléversement des pièces "
       "justificatives ») : Bureau des examens "
       "post-bac, dec5@ac-toulouse.fr.")


def _without_ask(data):
    """The frozen Toulouse ``data`` without ``ask_office_section:`` (a notice that does not say to contact its office
    with questions, as Clermont-Ferrand 2024's, which names its office only for a change of address or a missing mail)."""
    session = data.sessions[2024]
    adjustment = dataclasses.replace(session.exam_adjustment, ask_office_section=None)
    return dataclasses.replace(data, sessions={**data.sessions, 2024: dataclasses.replace(session, exam_adjustment=adjustment)})


def test_a_recipient_the_notice_gives_no_address_for_is_said_so_everywhere_with_the_office_to_ask():
    project = valid_project()
    data = project.academies["toulouse"]
    page, listed, cli, notice = _outputs(project, data, 2024)
    adjustment = notice.session.exam_adjustment
    said = f"À envoyer à : {adjustment.send_to} ; adresse non précisée par la notice. {ASK}".replace("’", "'")
    # page == checklist == command line, the same words
    assert listed == said.removeprefix("À envoyer à : ")
    assert said in page and said in cli


def test_without_the_notice_saying_to_contact_the_office_the_address_is_only_said_not_given():
    project = valid_project()
    page, listed, cli, notice = _outputs(project, _without_ask(project.academies["toulouse"]), 2024)
    adjustment = notice.session.exam_adjustment
    said = f"À envoyer à : {adjustment.send_to} ; adresse non précisée par la notice".replace("’", "'")
    assert listed == said.removeprefix("À envoyer à : ")
    assert said in page and said in cli
    asked = "que la notice dit de contacter en cas de question"
    assert asked not in page and asked not in cli and asked not in listed


def test_an_office_without_e_mail_is_named_with_its_phone_to_ask_the_address():
    # (an exam office the notice gives no e-mail for: its phone, so that the line says how to reach it; review98:
    # dropping « or office.phones » from notice_view.address_ask passed every test)
    project = valid_project()
    data = project.academies["toulouse"]
    office = dataclasses.replace(data.academy.exam_office, emails=(), phones=(Phone.parse("05 36 25 70 00"),))
    data = dataclasses.replace(data, academy=dataclasses.replace(data.academy, exam_office=office))
    page, listed, cli, notice = _outputs(project, data, 2024)
    said = ASK.replace("dec5@ac-toulouse.fr", "05 36 25 70 00")
    assert listed.endswith(said) and said in page and said in cli


def test_an_office_with_e_mail_and_phone_is_named_with_its_e_mail_to_ask_the_address():
    # (its e-mails, not its phones, as the field's doc says; review98: « office.phones or office.emails » passed every test)
    project = valid_project()
    data = project.academies["toulouse"]
    office = dataclasses.replace(data.academy.exam_office, phones=(Phone.parse("05 36 25 70 00"),))
    data = dataclasses.replace(data, academy=dataclasses.replace(data.academy, exam_office=office))
    page, listed, cli, notice = _outputs(project, data, 2024)
    assert listed.endswith(ASK) and ASK in page and ASK in cli


def test_an_address_the_notice_gives_is_said_after_the_recipient():
    project = valid_project()
    data = project.academies["toulouse"]
    session = data.sessions[2024]
    adjustment = dataclasses.replace(session.exam_adjustment, send_to_address="12 rue de l'Exemple, 31000 Toulouse")
    data = dataclasses.replace(data, sessions={**data.sessions, 2024: dataclasses.replace(session, exam_adjustment=adjustment)})
    page, listed, cli, _ = _outputs(project, data, 2024)
    said = f"À envoyer à : {adjustment.send_to}, 12 rue de l'Exemple, 31000 Toulouse".replace("’", "'")
    assert said in page and said in cli and "adresse non précisée" not in page
    # without the field (a notice that names no recipient's address, staff not saying so): the recipient alone
    bare = dataclasses.replace(session.exam_adjustment, send_to_address=None)
    data = dataclasses.replace(data, sessions={**data.sessions, 2024: dataclasses.replace(session, exam_adjustment=bare)})
    _, listed, _, _ = _outputs(project, data, 2024)
    assert listed == " ".join(bare.send_to.replace("’", "'").split())


def test_the_pdf_annex_says_the_notice_gives_no_address():
    # the PDF's notice pages are the notice's, which names the recipient in its words: its annex says the address is
    # not given (review53 M3: Clermont-Ferrand's PDF said it nowhere)
    from generator.site.annex_view import annex_view

    project = valid_project()
    notice = build_notice(project.content, project.academies["toulouse"], 2024)
    recipient = notice.session.exam_adjustment.send_to
    # then where to ask it, the page's words (the office the notice says to contact with questions)
    flat = lambda text: " ".join(text.replace("\u00a0", " ").replace("\u202f", " ").replace("’", "'").split())
    said = flat(f"La notice ne donne pas l'adresse du destinataire de la demande d'aménagement d'épreuves : « {recipient} ». {ASK}")
    assert said in [flat(line) for line in annex_view(notice, dt.date(2023, 9, 1)).missing]
    # the notice not saying so: that the address is not given, nothing more
    notice = build_notice(project.content, _without_ask(project.academies["toulouse"]), 2024)
    missing = annex_view(notice, dt.date(2023, 9, 1)).missing
    assert notice.texts.text("annex.no_recipient_address", recipient=recipient) in missing
    assert not any("que la notice dit de contacter en cas de question" in line for line in missing)
