"""A long text quoted in a sentence (generator/french.py cut_at_word): the one cut of the staff messages' choices
(checks._start, 45 characters) and of the comparison of two sessions (diff.short, 110). Hand-written cases."""

from __future__ import annotations

import pytest

from generator.checks import _start
from generator.diff import SHORT_QUOTE, short
from generator.french import cut_at_word


@pytest.mark.parametrize("text, length, cut", [
    ("Je prépare le BTS à distance (CNED ou autre)", 45, "Je prépare le BTS à distance (CNED ou autre)"),  # fits: whole
    ("Je travaille et je justifie d'un an d'expérience professionnelle", 45, "Je travaille et je justifie d'un an…"),
    # no punctuation before « … »
    ("Le dépôt se fait avant le 15 novembre, sur CYCLADES", 40, "Le dépôt se fait avant le 15 novembre…"),
    ("Le dépôt se fait sur CYCLADES. Aucun envoi postal", 32, "Le dépôt se fait sur CYCLADES…"),
    # a parenthesis the cut would leave open: left out, when enough words are left
    ("Je prépare le BTS en présentiel (lycée, CFA, établissement privé, organisme de formation)", 45,
     "Je prépare le BTS en présentiel…"),
    ("Relevé de notes (article D643-15) des épreuves déjà passées (candidats ayant présenté l'examen)", 70,
     "Relevé de notes (article D643-15) des épreuves déjà passées…"),
    # … else its words kept, and closed after « … »
    ("Relevé (pour les candidats qui ont déjà présenté l'examen en 2023)", 45, "Relevé (pour les candidats qui ont déjà…)"),
    ("(La date de fin de dépôt indiquée est fictive. La date réelle est le 4 décembre)", 50,
     "(La date de fin de dépôt indiquée est fictive. La…)"),
    ("Pièce (copie (recto verso) de la carte d'identité en cours de validité)", 40, "Pièce (copie (recto verso) de la carte…)"),
    # a closed parenthesis before an open one: only the open one counts
    ("Certificat (ou attestation) de scolarité de l'année (session 2024 comprise)", 60,
     "Certificat (ou attestation) de scolarité de l'année…"),
])
def test_a_long_text_is_cut_at_a_word_its_parentheses_closed(text, length, cut):
    assert cut_at_word(text, length) == cut
    assert len(cut) <= length + 2  # (« … » and a closing parenthesis at most beyond the words kept)
    assert cut.count("(") == cut.count(")")


def test_the_staff_messages_choices_and_the_comparison_cut_alike():
    label = "Je prépare le BTS en présentiel (lycée, CFA, établissement privé, organisme de formation)"
    assert _start(label) == cut_at_word(label, 45) == "Je prépare le BTS en présentiel…"
    assert _start("  Je   prépare\nle BTS  ") == "Je prépare le BTS"  # (spaces and lines squashed first)
    words = "Les inscriptions s'effectuent uniquement par internet pour tous les candidats via l'application CYCLADES (cf. annexe 2)"
    assert len(words) > SHORT_QUOTE
    # (the comparison reads the words on one line with French typography first: one_line)
    assert short(words) == "Les inscriptions s’effectuent uniquement par internet pour tous les candidats via l’application CYCLADES…"
