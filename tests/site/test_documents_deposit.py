"""Where the notice has the pieces deposited, said at the head of the page's « Pièces justificatives » from the session
file (``documents_deposit:``, with where the notice says so), « non précisé par la notice » when the file does not say:
never CYCLADES by default. On the frozen project (its five notices: CYCLADES, each with its passage; Nantes 2026 the
candidate or the establishment depending on the case) and edited copies of one of its notices.

A review (trust67 F7) read « Les pièces se déposent sur CYCLADES. » on every notice page, true of the five seeds but
carried by no data: a notice taking its pieces by post would have been told otherwise.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from generator.merge import build_notices
from generator.model.session import DepositChannel
from generator.model.values import NOT_GIVEN
from generator.site import pages
from project_support import FROZEN, valid_project

TODAY = dt.date(2023, 10, 1)


@pytest.fixture(scope="module")
def notices():
    return {(n.slug, n.year): n for n in build_notices(valid_project(FROZEN))}


def _documents_part(notice) -> str:
    """The page's « Pièces justificatives », up to its first table, its words as read."""
    page = pages.notice_page(notice, TODAY)
    start = page.index("## " + notice.texts.text("documents.title"))
    part = page[start:page.index("\n## ", start + 1)]
    return " ".join(part.replace("\u202f", " ").replace("\u00a0", " ").replace("’", "'").replace("\\", "").split())


def _plain(text: str) -> str:
    return " ".join(text.replace("\u202f", " ").replace("\u00a0", " ").replace("’", "'").split())


def _with(notice, deposit):
    return dataclasses.replace(notice, session=dataclasses.replace(notice.session, documents_deposit=deposit))


def _cyclades(t, section):
    return t.text("documents.deposit_said", section=section, action=t.text("documents.deposit_cyclades"))


def test_each_frozen_notice_says_where_its_pieces_go_and_where_it_says_so(notices):
    sections = {
        ("nantes", 2024): "« II- INSCRIPTION DEFINITIVE »",
        ("aix-marseille", 2023): "« Comment s'inscrire ? »",
        ("clermont-ferrand", 2024): "« CONFIRMATION ET VALIDATION DE L'INSCRIPTION »",
        ("toulouse", 2024): "« II. LA PROCÉDURE D'INSCRIPTION », « ③ Confirmation de l'inscription et téléversement des pièces justificatives »",
    }
    assert set(sections) | {("nantes", 2026)} == set(notices)
    for key, section in sections.items():
        t = notices[key].texts
        part = _documents_part(notices[key])
        assert _plain(_cyclades(t, section)) in part, (key, part[:300])
        assert _plain(t.text("documents.deposit_unsaid")) not in part, key


def test_the_establishments_notice_says_the_candidate_or_the_establishment_deposits_depending_on_the_case(notices):
    """Nantes 2026 (../shared/seeds/002, « 3 - Génération des comptes candidats »: « 2 possibilités »): the candidate
    deposits the pieces on CYCLADES, or the establishment does for them, each case in the notice's words (review67b M1:
    « channel: cyclades » alone said nothing of the establishment)."""
    notice = notices["nantes", 2026]
    t, part = notice.texts, _documents_part(notice)
    section = "« 3 - Génération des comptes candidats »"
    cases = {
        "candidate": "Si les candidats finalisent eux-mêmes leur inscription et déposent leurs pièces justificatives sur CYCLADES",
        "establishment": "Si c'est l'établissement qui finalise les inscriptions des candidats et/ou dépose les pièces justificatives",
    }
    actions = [t.text("documents.deposit_case", case=case, action=t.text(f"documents.deposit_cyclades_{by}")) for by, case in cases.items()]
    # (the place said once, each case after it: review68b L3, « D'après la notice de l'académie (3 - …) » twice)
    sentence = t.text("documents.deposit_said_several", section=section,
                      actions=t.text("documents.deposit_joined", before=actions[0], after=actions[1]))
    assert _plain(sentence) in part, part[:600]
    assert part.count(_plain(f"({section})")) == 1, part[:600]
    assert part.index(_plain(cases["candidate"])) < part.index(_plain(cases["establishment"]))  # (the notice's order)
    assert "l'établissement dépose les pièces sur CYCLADES" in part, part[:600]


def _channel(**fields):
    return DepositChannel(**{"section": NOT_GIVEN, **fields})


@pytest.mark.parametrize("channel, words", [
    (_channel(channel="email", email="dec.bts@ac-nantes.fr"), "les pièces s'envoient par courriel à dec.bts@ac-nantes.fr"),
    (_channel(channel="email", by="establishment", email="dec.bts@ac-nantes.fr"), "l'établissement envoie les pièces par courriel à dec.bts@ac-nantes.fr"),
    (_channel(channel="establishment"), "les pièces se remettent à l'établissement de formation"),
    (_channel(channel="establishment", by="candidate"), "le candidat remet les pièces à son établissement de formation"),
    (_channel(channel="cyclades", by="establishment"), "l'établissement dépose les pièces sur CYCLADES pour le candidat"),
    (_channel(channel="postal", address="Rectorat, DEC, 44326 Nantes cedex 3"), "les pièces s'envoient par courrier, à l'adresse : Rectorat, DEC, 44326 Nantes cedex 3"),
    # (written on several lines, address: | : its lines read « DEC 4 4 rue … » run together; review68b)
    (_channel(channel="postal", address="Rectorat de Nantes, DEC 4\n4 rue de la Houssinière,\nBP 72616\n44326 Nantes Cedex 3\n"),
     "les pièces s'envoient par courrier, à l'adresse : Rectorat de Nantes, DEC 4, 4 rue de la Houssinière, BP 72616, 44326 Nantes Cedex 3."),
    (_channel(channel="postal", by="candidate", section="IV. Points de vigilance", case_as_written="la demande d'aménagement d'épreuves"),
     "D'après la notice de l'académie (IV. Points de vigilance), dans le cas « la demande d'aménagement d'épreuves », le candidat envoie les pièces par courrier."),
], ids=["email", "email by establishment", "handed to establishment", "handed by candidate", "cyclades by establishment", "postal address",
                             "postal address on lines", "case"])
def test_every_channel_a_notice_can_use_is_said_in_its_words(notices, channel, words):
    notice = _with(notices["nantes", 2024], (channel,))
    part = _documents_part(notice)
    assert words in part, part[:400]
    assert "se déposent sur CYCLADES" not in part, part[:400]
    assert _plain(notice.texts.text("documents.deposit_unsaid")) not in part, part[:400]


def test_a_case_quoting_the_notice_s_own_quotes_nests_them(notices):
    """The case is said between « »: its own « » become “ ” (as documents_elsewhere's words)."""
    notice = _with(notices["nantes", 2024], (_channel(channel="cyclades", case_as_written="après avoir cliqué sur « j'ai déposé toutes mes PJ »"),))
    part = _documents_part(notice)
    assert "dans le cas « après avoir cliqué sur “j'ai déposé toutes mes PJ” »" in part, part[:400]


def test_two_channels_given_in_the_same_place_name_it_once_in_the_file_s_order(notices):
    """review68b L3: two ways the notice gives in the same passage were two sentences each opening with « D'après la
    notice de l'académie (…) »: one sentence now, the passage named once, every way kept, in the file's order."""
    notice = _with(notices["nantes", 2024], (
        _channel(channel="cyclades", section="II- Inscription définitive", case_as_written="pour les candidats avec un compte"),
        _channel(channel="email", email="dec.bts@ac-nantes.fr", section="II- Inscription définitive", case_as_written="pour les candidats sans compte"),
    ))
    part = _documents_part(notice)
    assert part.count("D'après la notice de l'académie (II- Inscription définitive)") == 1, part[:600]
    assert ("D'après la notice de l'académie (II- Inscription définitive) : dans le cas « pour les candidats avec un compte », les pièces "
            "se déposent sur CYCLADES ; dans le cas « pour les candidats sans compte », les pièces s'envoient par courriel à "
            "dec.bts@ac-nantes.fr.") in part, part[:600]


def test_two_channels_are_two_sentences_in_the_file_s_order(notices):
    notice = _with(notices["nantes", 2024], (
        _channel(channel="cyclades", section="II- Inscription définitive"),
        _channel(channel="email", email="dec.bts@ac-nantes.fr", case_as_written="pour les candidats sans compte"),
    ))
    part = _documents_part(notice)
    first = part.index("les pièces se déposent sur CYCLADES.")
    second = part.index("dans le cas « pour les candidats sans compte », les pièces s'envoient par courriel à dec.bts@ac-nantes.fr.")
    assert first < second, part[:400]


@pytest.mark.parametrize("deposit", [None, NOT_GIVEN], ids=["absent", "non précisé"])
def test_a_notice_whose_file_does_not_say_where_pieces_go_is_said_so_never_cyclades(notices, deposit):
    notice = _with(notices["nantes", 2024], deposit)
    part = _documents_part(notice)
    assert _plain(notice.texts.text("documents.deposit_unsaid")) in part, part[:300]
    assert "CYCLADES" not in part.split(_plain(notice.texts.text("documents.deposit_unsaid")))[0], part[:300]
    assert "se déposent sur CYCLADES" not in part, part[:300]


def test_a_notice_taking_pieces_by_post_is_said_so_its_untitled_passage_too(notices):
    notice = _with(notices["nantes", 2024], (_channel(channel="postal"),))
    part = _documents_part(notice)
    t = notice.texts
    sentence = t.text("documents.deposit_said", section=t.text("documents.deposit_untitled"), action=t.text("documents.deposit_postal"))
    assert _plain(sentence) in part, part[:300]
    assert "se déposent sur CYCLADES" not in part, part[:300]
