"""``ask_office_section:`` under exam_adjustment (where the notice says to contact its exam office with questions: the
site then says to ask that office the recipient's address the notice does not give, checklist/
test_adjustment_recipient_address.py) goes with ``send_to_address: non précisé par la notice`` and an exam office:
validate refuses it otherwise, naming the file, line, field, value and how to fix it."""

from __future__ import annotations

from pathlib import Path

from project_support import exam_office_unknown
from validation_support import build_root, validate_in_process


def _with_ask(tmp_path: Path, address: str, office_given: bool = True):
    """The validation base project, its recipient's address ``address`` and ``ask_office_section:`` under it (the
    academy without an exam office unless ``office_given``); the validator's headlines about that field."""
    root = build_root(tmp_path)
    if not office_given:
        exam_office_unknown(root, "fixture")
    session = root / "academies" / "fixture" / "2024.yaml"
    text = session.read_text(encoding="utf-8")
    old = "  how: Faire la demande en ligne sur l'application AMEX.\n"
    assert old in text
    added = f"  send_to: Médecin désigné par la CDAPH\n  send_to_address: {address}\n  ask_office_section: Notice, page 2\n"
    session.write_text(text.replace(old, old + added), encoding="utf-8")
    line = text[:text.index(old)].count("\n") + 4
    run = validate_in_process(root)
    return line, run, [h for h in run.headlines() if "ask_office_section" in h]


def test_an_office_to_ask_an_address_the_notice_gives_is_refused(tmp_path: Path):
    line, run, headlines = _with_ask(tmp_path, "12 rue de l'Exemple, 99000 Fixture")
    assert run.code == 1, run.output
    assert headlines == [
        f"academies/fixture/2024.yaml:{line}:23: exam_adjustment.ask_office_section: « Notice, page 2 » : ce champ fait "
        "dire au site de demander au bureau des examens l'adresse que la notice ne donne pas ; il va avec "
        "send_to_address: non précisé par la notice : l'écrire si la notice ne donne pas l'adresse du destinataire, "
        "sinon retirer ask_office_section:"
    ], run.output


def test_an_office_to_ask_where_the_session_has_none_is_refused(tmp_path: Path):
    line, run, headlines = _with_ask(tmp_path, "non précisé par la notice", office_given=False)
    assert run.code == 1, run.output
    assert headlines == [
        f"academies/fixture/2024.yaml:{line}:23: exam_adjustment.ask_office_section: « Notice, page 2 » : pas de bureau "
        "des examens à qui demander l'adresse (ni exam_office: dans ce fichier, ni dans academy.yaml, qui écrit « non "
        "précisé par la notice ») ; écrire sous exam_office: le bureau que la notice dit de contacter, ou retirer "
        "ask_office_section:"
    ], run.output


def test_an_office_to_ask_the_address_the_notice_does_not_give_is_valid(tmp_path: Path):
    _, run, headlines = _with_ask(tmp_path, "non précisé par la notice")
    assert headlines == [] and run.code == 0, run.output


def test_an_office_to_ask_an_address_the_notice_gives_is_refused_once_even_without_office(tmp_path: Path):
    # (the fix is to remove the field, not to write an exam office: one message, not also « pas de bureau des examens …
    # écrire sous exam_office: »; review98: « elif » made « if » in checks.check_session passed every test)
    _, run, headlines = _with_ask(tmp_path, "12 rue de l'Exemple, 99000 Fixture", office_given=False)
    assert run.code == 1, run.output
    assert len(headlines) == 1 and "il va avec send_to_address: non précisé par la notice" in headlines[0], run.output
