"""A piece's detail keeps its own end on the notice page (the staff guide's « Les mots de la notice, mot pour mot »:
no punctuation the notice does not write). When the guide says more in the same « Précisions » cell (its note on a
later deposit, the provenance, what the notice asks instead of a national piece), the guide's words start on the next
line: never after a full stop put at the end of the notice's words (Toulouse 2024's R408 line, « … (Arrêté du
14/04/2016 relatif à l'attestation R408) », read « … R408). D'après la notice… »).

The property reads the real data (any valid data: the code, not a notice, decides what follows a detail) and the
frozen project; the two examples of ``after_words`` are hand-written."""

from __future__ import annotations

import pytest
from markupsafe import Markup

from generator.french import ends_sentence
from generator.site.document_view import after_words, beside_its_item, document_groups
from generator.site.templating import markdown_value


def shown(value) -> str:
    """A cell's value as the template writes it (``|cell``: Markup as it is, a text as inline Markdown)."""
    return str(value) if isinstance(value, Markup) else str(markdown_value(value))


def test_words_without_an_end_are_followed_on_the_next_line():
    words = "Travaux publics (Arrêté du 14/04/2016 relatif à l'attestation R408)"
    out = shown(after_words(words, "D'après la notice, un dépôt plus tard est possible.", "Règle nationale — arrêté"))
    assert out == shown(words) + "<br>" + shown("D'après la notice, un dépôt plus tard est possible. Règle nationale — arrêté")


def test_words_that_end_a_sentence_are_followed_on_the_next_line_too():
    """The notice's own full stop does not make the guide's words run on after it: on a phone, where the notice's words
    end would not show (lines76: Aix-Marseille 2023's R408 row, « … ne pourra pas présenter les épreuves. D'après la
    notice, … »). Words the guide already followed so take the next guide's words on that line."""
    assert shown(after_words("Pièce exigée.", "Notice de l'académie")) == shown("Pièce exigée.") + "<br>" + shown("Notice de l'académie")
    assert after_words("Pièce exigée", None) == "Pièce exigée"
    first = after_words("Remplace l'attestation R408.", "Règle nationale")
    assert shown(after_words(first, "Voir la liste")).count("<br>") == 1
    assert "<br>" not in shown(after_words(None, "Règle nationale"))


@pytest.mark.parametrize("data", ["real", "frozen"])
def test_no_full_stop_is_put_after_a_detail_that_has_none(data, request):
    notices = request.getfixturevalue(f"{data}_notices")
    checked = 0
    for notice in notices:
        # (a detail as the row shows it: a « […] » for its label, the notice's line whole, lines76: beside_its_item)
        details = {d.id: d.detail if d.national else beside_its_item(d.detail, None if d.label_by_guide else d.label)
                   for d in notice.documents if d.detail}
        for group in document_groups(notice):
            for row in group.rows:
                detail = details.get(row.id)
                if not detail or ends_sentence(detail) or not row.notes:
                    continue
                checked += 1
                words = shown(" ".join(detail.split()))
                where = f"{notice.slug} {notice.year}, {row.id}"
                assert words in shown(row.notes), where
                assert words + "." not in shown(row.notes), f"{where} : « {detail} » suivi d'un point"
    if data == "real":
        assert checked, "aucune précision sans ponctuation finale : la propriété ne lit rien"
