"""``french.lower_first``: a sentence's or a label's words as they read inside another sentence, after « : » or « — »
(the notice page's « Date de la notice pour cette démarche : téléversement du formulaire … », read46 L8; the .ics
titles « date limite — dépôt des pièces »), a first word in capitals kept."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.french import lower_first

ROOT = Path(__file__).resolve().parent.parent


CASES = [
    ("Si vous avez moins de 25 ans", "si vous avez moins de 25 ans"),
    ("Téléversement du formulaire", "téléversement du formulaire"),
    ("À déposer le 19 novembre", "à déposer le 19 novembre"),
    ("L'attestation R408", "l'attestation R408"),
    ("CYCLADES : confirmation", "CYCLADES : confirmation"),
    ("RQTH et certificat médical", "RQTH et certificat médical"),
    ("A", "a"),
    ("« Mes justificatifs »", "« Mes justificatifs »"),
    ("3. Confirmation", "3. Confirmation"),
    ("", ""),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_lower_first(text, expected):
    assert lower_first(text) == expected


def test_checklist_js_lowers_the_same_first_letters():
    """checklist.js's lowerFirst (the bar's count inside the status line's sentence, « Liste mise à jour : au moins 3
    pièces à déposer, … », phone60 L1) reads every case above as lower_first does (Node)."""
    import json
    import subprocess

    from project_support import js_function, node_path

    cases = [text for text, _ in CASES] + ["Au moins 3 pièces à déposer", "Pièces : liste incomplète", "7 pièces à déposer"]
    run = subprocess.run([node_path(), "-e", f"{js_function(ROOT / 'site_overrides' / 'assets' / 'checklist' / 'checklist.js', 'lowerFirst')}\n"
                          f"process.stdout.write(JSON.stringify({json.dumps(cases)}.map(lowerFirst)));"],
                         capture_output=True, text=True, timeout=60, check=True)
    assert json.loads(run.stdout) == [lower_first(text) for text in cases]
