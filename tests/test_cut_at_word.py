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
    # a guillemet the cut would leave open: the same (review47 L3)
    ("Attestation « Sauveteur secouriste du travail » obligatoire pour tous les candidats", 45,
     "Attestation « Sauveteur secouriste du travail…\u00a0»"),  # (French spacing: a no-break space before « »)
    ("Le dépôt se fait sur CYCLADES, « Mes justificatifs », rubrique « pièces à déposer »", 75,
     "Le dépôt se fait sur CYCLADES, « Mes justificatifs », rubrique…"),
    # a word that ends at the length is kept (review47 L4); a first word longer than the length is cut at it
    ("Un texte avec etc. puis la suite", 18, "Un texte avec etc…"),
    ("Abcdefghijklmnopqrstuvwxyz suite", 10, "Abcdefghij…"),
    # a closed parenthesis before an open one: only the open one counts
    ("Certificat (ou attestation) de scolarité de l'année (session 2024 comprise)", 60,
     "Certificat (ou attestation) de scolarité de l'année…"),
])
def test_a_long_text_is_cut_at_a_word_its_parentheses_closed(text, length, cut):
    assert cut_at_word(text, length) == cut
    assert len(cut) <= length + 1 + cut.count(")") + 2 * cut.count("»")  # (« … » and its closers beyond the words kept)
    assert cut.count("(") == cut.count(")") and cut.count("«") == cut.count("»")


def test_the_staff_messages_choices_and_the_comparison_cut_alike():
    label = "Je prépare le BTS en présentiel (lycée, CFA, établissement privé, organisme de formation)"
    assert _start(label) == cut_at_word(label, 45) == "Je prépare le BTS en présentiel…"
    assert _start("  Je   prépare\nle BTS  ") == "Je prépare le BTS"  # (spaces and lines squashed first)
    words = "Les inscriptions s'effectuent uniquement par internet pour tous les candidats via l'application CYCLADES (cf. annexe 2)"
    assert len(words) > SHORT_QUOTE
    # (the comparison reads the words on one line with French typography first: one_line)
    assert short(words) == "Les inscriptions s’effectuent uniquement par internet pour tous les candidats via l’application CYCLADES…"


def test_a_changed_passage_cut_inside_a_parenthesis_has_one_ellipsis():
    """The comparison's passages (diff.changed_passages): a quote cut inside a parenthesis ends « …) », and gets no
    second « … » (review47 M2: « Relevé (pour les … session antérieure et…)… »)."""
    from generator.diff import changed_passages

    words = ("Relevé (pour les candidats ayant antérieurement présenté examen lors d une précédente session antérieure et "
             "qui souhaitent conserver le bénéfice de leurs notes obtenues) à déposer avec les autres pièces justificatives "
             "demandées sur CYCLADES avant la date limite fixée par la notice de l'académie pour cette session ainsi que "
             "toutes les autres pièces que la liste de la notice demande pour la catégorie du candidat concerné par cette "
             "inscription à l'examen")
    changed = words.replace("ayant antérieurement présenté examen lors d une précédente session antérieure et qui souhaitent",
                            "ayant déjà présenté l'examen à une session précédente ou plus ancienne et qui voudraient bien")
    changed = changed.replace("concerné par cette inscription", "visé par cette demande d'inscription")
    pairs = changed_passages(words, changed)
    assert pairs, "no passage changed: the test checks nothing"
    for quote in (q for pair in pairs for q in pair):
        assert "…)…" not in quote and not quote.endswith("……"), quote
    assert pairs[0][0].endswith("…)"), pairs[0]  # (the case: a parenthesis kept and closed)


def test_a_changed_passage_ending_on_its_own_ellipsis_or_a_comma_gets_one_clean_ellipsis():
    """A passage that is not cut but stops before the text's end gets « … », once: not after a word that has its own
    (« etc… »), and without the punctuation before it (« indiquée,… »; review48 L7)."""
    from generator.diff import changed_passages

    def passages(before: str, after: str) -> list[str]:
        return [q for pair in changed_passages(before, after) for q in pair]

    words = [f"w{i}" for i in range(40)]
    # (a passage is the changed words and the four after them: « etc… » and « indiquée, » end one each)
    base = " ".join(words[:5] + ["un", "a", "b", "c", "etc…"] + words[5:20] + ["avant", "la", "date", "du", "indiquée,"] + words[20:])
    changed = base.replace(" un a ", " UN a ").replace(" avant la ", " AVANT la ")
    quotes = passages(base, changed)
    assert len(quotes) == 4, quotes
    assert not any("……" in q or ",…" in q for q in quotes), quotes
