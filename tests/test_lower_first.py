"""``french.lower_first``: a sentence's or a label's words as they read inside another sentence, after « : » or « — »
(the notice page's « Date de la notice pour cette démarche : téléversement du formulaire … », read46 L8; the .ics
titles « date limite — dépôt des pièces »), a first word in capitals kept."""

from __future__ import annotations

import pytest

from generator.french import lower_first


@pytest.mark.parametrize("text, expected", [
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
])
def test_lower_first(text, expected):
    assert lower_first(text) == expected
