"""An optional plain value (one with a default) left empty, or written « non précisé par la notice » where it is
refused (schema._optional_scalar_words): the message says what the field holds and that the line may go, with the
value it then takes, as a required field's empty value says what to write (a staff walk, staff67: « documents[1].deadline:
valeur vide ; écrire une valeur ou retirer la ligne » named neither). Each fix it gives, followed, validates."""

from __future__ import annotations

from pathlib import Path

from validation_support import build_root, validate_in_process

SESSION = "academies/fixture/2024.yaml"
CONFIRMATION = "    label: Confirmation d'inscription dûment datée et signée\n"
STRICT = "    strict: true\n"


def _written(root: Path, old: str, new: str) -> str:
    path = root / SESSION
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1
    text = text.replace(old, new)
    path.write_text(text, encoding="utf-8")
    return text


def _line(text: str, line: str) -> int:
    return text.splitlines(keepends=True).index(line) + 1


def test_an_empty_optional_value_says_what_to_write_and_that_the_line_may_go(tmp_path: Path):
    root = build_root(tmp_path)
    _written(root, STRICT, "    strict:\n")
    text = _written(root, CONFIRMATION, CONFIRMATION + "    deadline:\n")
    assert validate_in_process(root).headlines() == [
        f"{SESSION}:{_line(text, '    strict:' + chr(10))}:5: deadlines.documents.strict: valeur vide pour « strict » ; "
        "écrire la valeur après « strict: » (true si la notice dit de cette date « délai de rigueur » (la page écrit alors "
        "« délai de rigueur » après la date, puis « Aucun dépôt hors délai n'est accepté. ») ; une autre formule "
        "(« Aucune inscription hors délai ne sera acceptée. ») se cite dans words:, sans strict:), ou retirer la ligne "
        "(champ facultatif)",
        f"{SESSION}:{_line(text, '    deadline:' + chr(10))}:5: documents[1].deadline: valeur vide pour « deadline » ; "
        "écrire la valeur après « deadline: » (identifiant de la date limite (clé de deadlines)), ou retirer la ligne "
        "(champ facultatif ; sans elle : deadline: documents)",
    ]


def test_a_document_s_deadline_not_given_says_how_to_write_a_document_the_notice_does_not_date(tmp_path: Path):
    root = build_root(tmp_path)
    text = _written(root, CONFIRMATION, CONFIRMATION + "    deadline: non précisé par la notice\n")
    assert validate_in_process(root).headlines() == [
        f"{SESSION}:{_line(text, '    deadline: non précisé par la notice' + chr(10))}:15: documents[1].deadline: "
        "« non précisé par la notice » n'est pas permis pour « deadline » (identifiant de la date limite (clé de deadlines)) ; "
        "retirer la ligne (champ facultatif ; sans elle : deadline: documents) ; la pièce prend alors la date limite de "
        "dépôt des pièces (documents) ; si la notice ne date pas cette pièce, ajouter sous deadlines: une date à elle "
        "(par exemple piece_sans_date: avec label: et at: non précisé par la notice) et écrire ici son identifiant",
    ]


def test_a_document_of_its_own_date_not_given_validates(tmp_path: Path):
    """The advice followed: « ajouter sous deadlines: une date à elle … et écrire ici son identifiant »."""
    root = build_root(tmp_path)
    _written(root, CONFIRMATION, CONFIRMATION + "    deadline: piece_sans_date\n")
    _written(root, "who:\n", "  piece_sans_date:\n    label: Dépôt de la confirmation\n    at: non précisé par la notice\nwho:\n")
    run = validate_in_process(root)
    assert run.code == 0 and run.headlines() == [], run.output
