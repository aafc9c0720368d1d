"""``python -m generator quotes --academy X --session Y --notice FILE``: each quotation of a session file (the notice's
words) looked up in the notice's text pasted from its PDF, only the typography the staff guide's rule lets differ made
alike (« Les mots de la notice, mot pour mot »).

On a frozen notice text and session file (tests/fixtures/quotes): the seeds are not in the repository.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from staff_support import REPO, assert_clean, run

FIXTURE = REPO / "tests" / "fixtures" / "quotes"
NOTICE = str(FIXTURE / "notice.txt")
SESSION = "academies/exemple/2024.yaml"


def quotes(root: Path, notice: str = NOTICE, academy: str = "exemple", session: str = "2024"):
    result = run(root, "quotes", "--academy", academy, "--session", session, "--notice", notice)
    assert_clean(result)
    return result


def test_a_quotation_the_notice_does_not_write_is_said_with_its_line_field_and_nearest_passage():
    result = quotes(FIXTURE)
    assert result.code == 1, result.output
    lines = result.stdout.splitlines()
    # a capital and a full stop the notice does not write (its text goes on « (sauf s'ils… continue) »)
    at = lines.index(f"{SESSION}:18: documents[0].detail : « Sauf s'ils relèvent de la voie de la formation continue. » "
                     "ne se trouve pas tel quel dans la notice")
    assert lines[at + 1] == (f"    passage le plus proche ({NOTICE}, ligne 6) : « (sauf s'ils relèvent de la voie de la "
                             "formation continue) … »")
    # a word the guide added inside the notice's words
    assert any(line.startswith(f"{SESSION}:29: topics.personal_act.notice[1].text : « Le formulaire devra être téléversé "
                               "au plus tard le 15/01/2024 : « J'ai déposé toutes mes pièces justificatives ». »")
               for line in lines), result.stdout
    assert lines[-1].startswith("2 passages à comparer avec la notice : les écrire comme elle"), result.stdout


def test_only_the_typography_the_rule_allows_may_differ():
    said = quotes(FIXTURE).stdout
    # ’ for ', « 1re » for « 1ère », a cut « […] » then the notice's lower case, its unaccented capitals, bold, a word cut
    # by a hyphen at the notice's line end, « 1 350 h » for « 1350h », « 17 h 00 » for « 17h00 », « et/ou » for the
    # notice's « et /ou » (Clermont-Ferrand 2024's R408 sentence, trio70 A): all found
    for line in (5, 8, 13, 22, 37):
        assert f"{SESSION}:{line}:" not in said, said


def test_a_typo_corrected_and_said_under_source_notes_is_listed_apart_not_counted():
    said = quotes(FIXTURE).stdout
    block = said.split("Corrections dites sous source_notes: (1), à relire seulement :\n", 1)[1]
    assert block.startswith(f"  {SESSION}:27: topics.personal_act.notice[0].text : « Avant de débuter votre inscription"), said
    assert f"{SESSION}:27: topics.personal_act.notice[0].text : « Avant de débuter votre inscription, il est indispensable " \
           "de consulter la vidéo de présentation. » ne se trouve pas" not in said


def test_every_quotation_found_says_so_and_succeeds(tmp_path):
    root = tmp_path / "root"
    shutil.copytree(FIXTURE / "academies", root / "academies")
    session = root / SESSION
    text = session.read_text(encoding="utf-8")
    text = text.replace("detail: Sauf s'ils relèvent de la voie de la formation continue.",
                        "detail: \"[…] (sauf s'ils relèvent de la voie de la formation continue)\"")
    text = text.replace("toutes mes pièces justificatives »", "toutes mes pièces »")
    # (the cut stands for more than the label, which is the guide's: not shown as one line with it)
    text = text.replace("label: Attestation de suivi\n", "label: Attestation de suivi\n    label_by_guide: true\n", 1)
    session.write_text(text, encoding="utf-8")
    result = quotes(root)
    assert result.code == 0, result.output
    assert result.stdout.splitlines()[-1] == f"Toutes les citations de {SESSION} se trouvent dans la notice ({NOTICE})."


def test_a_mistake_in_what_was_asked_is_said_in_french(tmp_path):
    missing = str(tmp_path / "notice.txt")
    result = quotes(FIXTURE, notice=missing)
    assert result.code == 1 and f"texte de la notice « {missing} » introuvable ; vérifier le chemin" in result.stderr, result.output
    result = quotes(FIXTURE, academy="lille")
    assert result.code == 1 and "pas de dossier academies/lille" in result.stderr, result.output
    result = quotes(FIXTURE, session="2025")
    assert result.code == 1 and "pas de session 2025 pour « exemple » (sessions : 2024)" in result.stderr, result.output
    binary = tmp_path / "notice.pdf"
    binary.write_bytes(b"%PDF-1.4\n\xff\xfe\x00")
    result = quotes(FIXTURE, notice=str(binary))
    assert result.code == 1 and "n'est pas un texte en UTF-8" in result.stderr, result.output


def test_a_session_file_yaml_cannot_read_sends_to_validate(tmp_path):
    root = tmp_path / "root"
    shutil.copytree(FIXTURE / "academies", root / "academies")
    (root / SESSION).write_text("who:\n  - detail: a : b : [\n", encoding="utf-8")
    result = quotes(root)
    assert result.code == 1, result.output
    assert f"{SESSION} ne se lit pas ; lancer python -m generator --root {root} validate academies/exemple" in result.stderr, result.output


def _with(tmp_path, notice_lines: str, session_yaml: str = "") -> tuple[Path, str]:
    """The fixture's session file and notice, each with lines added at its end: (the project's root, the notice)."""
    root = tmp_path / "root"
    shutil.copytree(FIXTURE / "academies", root / "academies")
    notice = tmp_path / "notice.txt"
    notice.write_text((FIXTURE / "notice.txt").read_text(encoding="utf-8") + notice_lines, encoding="utf-8")
    session = root / SESSION
    session.write_text(session.read_text(encoding="utf-8") + session_yaml, encoding="utf-8")
    return root, str(notice)


def test_a_form_s_announcement_is_compared_and_its_page_reference_cut(tmp_path):
    """quotes69 G4: a form's ``announced_as:`` is the notice's words; a reference to the notice's own page rewritten by
    the guide (« en fin de notice » for « page suivante ») is said, the reference cut by « […] » is found."""
    root, notice = _with(tmp_path, "Un modèle d'attestation de formation est proposé page suivante pour les établissements qui "
                               "le souhaitent.\n")
    session = root / SESSION
    base = session.read_text(encoding="utf-8")
    rewritten = ("\nforms:\n  - id: attestation_formation\n    announced_as: Un modèle d'attestation de formation est proposé"
                 " en fin de notice pour les établissements qui le souhaitent.\n")
    session.write_text(base + rewritten, encoding="utf-8")
    said = quotes(root, str(notice)).stdout
    assert "forms[0].announced_as : « Un modèle d'attestation de formation est proposé en fin de notice pour les " \
           "établissements qui le souhaitent. » ne se trouve pas tel quel dans la notice" in said, said
    session.write_text(base + rewritten.replace("en fin de notice", "[…]"), encoding="utf-8")
    assert "announced_as" not in quotes(root, str(notice)).stdout


def test_the_help_under_a_question_is_the_guide_s_words_not_compared(tmp_path):
    """quotes69 G2: ``question_words: … help:`` is the guide's help under a question (the checklist shows it without
    a source), not the notice's words: the command does not look for it in the notice."""
    root = tmp_path / "root"
    shutil.copytree(FIXTURE / "academies", root / "academies")
    session = root / SESSION
    session.write_text(session.read_text(encoding="utf-8")
                       + "\nquestion_words:\n  situation:\n    section: I\n    help: >-\n      Vous suivez une formation, même "
                         "salarié : répondez selon cette formation.\n", encoding="utf-8")
    said = quotes(root).stdout
    assert "passages à comparer" in said.splitlines()[-1], said  # the file was read and compared
    assert "question_words.situation.help" not in said, said


def test_steps_the_guide_rewords_are_not_compared(tmp_path):
    """nts70: steps the guide wrote in its words from a notice that does not contain them (``web_only: [steps]`` under
    ``session:``, Nantes 2026's candidate's steps, « Reformulé par le guide d'après la notice… » on the page) are not the
    notice's words: the command does not look for them; without ``web_only: [steps]``, it does."""
    root = tmp_path / "root"
    shutil.copytree(FIXTURE / "academies", root / "academies")
    session = root / SESSION
    base = session.read_text(encoding="utf-8").replace(
        "steps:\n", "steps:\n  - title: Connexion\n    text: Cliquez sur l'inscription que votre établissement a générée.\n", 1)
    session.write_text(base, encoding="utf-8")
    said = quotes(root).stdout
    assert "steps[0].text : « Cliquez sur l'inscription que votre établissement a générée. »" in said, said
    session.write_text("session:\n  web_only: [steps]\n" + base, encoding="utf-8")
    said = quotes(root).stdout
    assert "passages à comparer" in said.splitlines()[-1], said  # the file was read and compared
    assert "steps[0].text" not in said and "Cliquez sur" not in said, said


def test_a_column_head_quoted_in_other_capitals_is_said(tmp_path):
    """nts71: ``who_as_written:`` is the notice's words for whom, its capitals included (the rule keeps what it writes
    in capitals; only a label or a title takes a heading's form): Nantes 2026 wrote « Apprenti » for the column head
    « APPRENTI » (seed 002 l.80). A quotation in other capitals than the notice's is said; in its capitals, found."""
    root, notice = _with(tmp_path, "BTS session 2026 - Liste des pièces justificatives\n\tSCOLAIRE\n\tAPPRENTI\n\tFORMATION CONTINUE\n")
    session = root / SESSION
    base = session.read_text(encoding="utf-8")
    piece = "  - id: contrat\n    label: Contrat d'apprentissage\n    who_as_written: {who}\n"
    session.write_text(base.replace("topics:\n", piece.format(who="Apprenti") + "topics:\n", 1), encoding="utf-8")
    said = quotes(root, str(notice)).stdout
    assert "documents[2].who_as_written : « Apprenti » ne se trouve pas tel quel dans la notice" in said, said
    assert "passage le plus proche" in said.split("documents[2].who_as_written", 1)[1].splitlines()[1], said
    session.write_text(base.replace("topics:\n", piece.format(who="APPRENTI") + "topics:\n", 1), encoding="utf-8")
    said = quotes(root, str(notice)).stdout
    assert "passages à comparer" in said.splitlines()[-1], said  # the file was read and compared
    assert "who_as_written" not in said, said


def test_a_hyphen_corrected_and_cited_under_source_notes_is_listed_apart(tmp_path):
    """NOTE70: « sous épreuves » written « sous-épreuves » (a word's spelling, not punctuation), the notice's words cited
    under source_notes:, is listed with the corrections said, not counted; not cited, it is counted."""
    notice_line = "Un candidat peut conserver les notes obtenues aux sous épreuves. Ces notes conservées, seront prises en compte.\n"
    quoted = "\ncase_as_written: Un candidat peut conserver les notes obtenues aux sous-épreuves.\n"
    root, notice = _with(tmp_path, notice_line, quoted)
    said = quotes(root, notice).stdout
    assert "case_as_written : « Un candidat peut conserver les notes obtenues aux sous-épreuves. » ne se trouve pas" in said, said
    session = root / SESSION
    session.write_text(session.read_text(encoding="utf-8").replace(
        "words: Avant de débiter votre inscription", "words: Avant de débiter votre inscription […] obtenues aux sous épreuves"),
        encoding="utf-8")
    said = quotes(root, notice).stdout
    block = said.split("Corrections dites sous source_notes: (2), à relire seulement :\n", 1)[1]
    assert f"  {SESSION}:" in block and "case_as_written : « Un candidat peut conserver les notes obtenues aux sous-épreuves. »" in block, said
    assert "« Un candidat peut conserver les notes obtenues aux sous-épreuves. » ne se trouve pas" not in said, said
    # a comma the guide changes is punctuation, not a word's spelling: counted, the notice's words cited or not
    # (« conservées, seront » → « conservées-seront »)
    session.write_text(session.read_text(encoding="utf-8").replace(
        "obtenues aux sous épreuves", "obtenues aux sous épreuves […] notes conservées, seront prises")
        + "renewal_exception: Ces notes conservées-seront prises en compte.\n", encoding="utf-8")
    said = quotes(root, notice).stdout
    assert "renewal_exception : « Ces notes conservées-seront prises en compte. » ne se trouve pas" in said, said


def test_a_cited_correction_is_told_by_its_own_words_not_the_notice_s_next_ones(tmp_path):
    """seed73a, Toulouse 2024 (seed 000 l.61, l.204): a correction at a quotation's end (« (ou message indésirables) »
    written « messages ») was read with the notice's words after it (the next step's title), which no source note cites,
    and counted; a long quotation whose only differences are cited corrections (« Bénéfiques : … bénéfiques » written
    « Bénéfices : … bénéfices ») was narrowed to its sentences, and « Bénéfices : » alone found its nearest passage
    elsewhere and was counted. Both are listed apart; a difference not cited is still counted."""
    notice_lines = ("Votre messagerie doit donc être consultée régulièrement, y compris les « spams » (ou message indésirables)\n"
                    "### Saisie des informations demandées lors de l'inscription\n"
                    "Les bénéfices de notes sont valables 5 ans.\n"
                    "Bénéfiques : Relevé de notes de la (ou des) session(s) précédente(s) ou Demande de report de notes ou "
                    "refus de conservation de bénéfiques\n")
    quoted = ("\ncase_as_written: Votre messagerie doit donc être consultée régulièrement, y compris les « spams » (ou messages indésirables)\n"
              "row_as_written: \"Bénéfices : Relevé de notes de la (ou des) session(s) précédente(s) ou Demande de report de notes ou "
              "refus de conservation de bénéfices\"\n")
    root, notice = _with(tmp_path, notice_lines, quoted)
    said = quotes(root, notice).stdout
    assert "case_as_written : « Votre messagerie" in said and "row_as_written : « Bénéfices : » ne se trouve pas" in said, said
    session = root / SESSION
    session.write_text(session.read_text(encoding="utf-8").replace(
        "words: Avant de débiter votre inscription\n", "words: \"Avant de débiter votre inscription […] (ou message indésirables) "
        "[…] Bénéfiques : Relevé de notes de la (ou des) session(s) précédente(s) ou Demande de report de notes ou refus de "
        "conservation de bénéfiques\"\n"), encoding="utf-8")
    said = quotes(root, notice).stdout
    block = said.split("Corrections dites sous source_notes: (", 1)[1]
    assert "case_as_written : « Votre messagerie doit donc être consultée régulièrement, y compris les « spams » (ou messages indésirables) »" in block, said
    assert "row_as_written : « Bénéfices : »" in block, said
    assert "case_as_written : « Votre messagerie" not in said.split("Corrections dites", 1)[0], said
    assert "row_as_written" not in said.split("Corrections dites", 1)[0], said


def test_italics_of_the_notice_s_text_are_markup_not_words(tmp_path):
    """A notice's text pasted from a conversion writes italics « *…* » (Aix-Marseille 2023, seed 001 l.164: « (*les
    bénéfiques de notes sont valables 5 ans à partir de leur date d'obtention*) »): not a difference; a word's own asterisk
    (« R 408* (travail en hauteur) », the notice's « R 408\\* ») still is one character like any other."""
    notice_lines = ("- La photocopie des relevés de notes du BTS (*les bénéfices de notes sont valables 5 ans*),\n"
                    "- L'attestation R 408\\* (travail en hauteur) pour les BTS suivants : TP.\n")
    quoted = ("\nrow_as_written: La photocopie des relevés de notes du BTS (les bénéfices de notes sont valables 5 ans)\n"
              "case_as_written: \"L'attestation R 408* (travail en hauteur) pour les BTS suivants : TP.\"\n"
              "who_as_written: \"L'attestation R 408 (travail en hauteur) pour les BTS suivants : TP.\"\n")
    root, notice = _with(tmp_path, notice_lines, quoted)
    said = quotes(root, notice).stdout
    assert "row_as_written" not in said and "case_as_written" not in said, said
    assert "who_as_written : « L'attestation R 408 (travail en hauteur) pour les BTS suivants : TP. » ne se trouve pas" in said, said


def test_html_tags_of_the_notice_s_text_are_markup_not_words(tmp_path):
    """A notice's text converted with HTML tags in its table (Toulouse 2024, seed 000 l.201: « <ol …> <li>3. <u>Pour les
    candidats … en 1<sup>ère</sup> formation …</u> : Attestation de stages réglementaires* <b>OU</b> certificats »):
    markup, not a difference; a tag a session file writes is shown as typed, so it is one; the line said is the notice's
    own line, its words without the tags."""
    notice_lines = ('Intro\t<ol style="list-style-type: none"> <li>1. Certificats de scolarité des deux années de préparation</li> '
                    "<li>3. <u>Pour les candidats en 1<sup>ère</sup> formation</u> : Attestation de stages réglementaires* "
                    "<b>OU</b> certificats de travail</li> </ol>\n")
    quoted = ("\nwho_as_written: Pour les candidats en 1re formation\n"
              "case_as_written: \"Attestation de stages réglementaires* OU certificats de travail\"\n"
              "row_as_written: \"Attestation de stages réglementaires* <b>OU</b> certificats de travail\"\n"
              "also_listed_as_written: \"Certificats de scolarité des trois années de préparation\"\n")
    root, notice = _with(tmp_path, notice_lines, quoted)
    said = quotes(root, notice).stdout
    assert "who_as_written" not in said and "case_as_written :" not in said, said
    assert "row_as_written : « Attestation de stages réglementaires* <b>OU</b> certificats de travail » ne se trouve pas" in said, said
    lines = said.splitlines()
    at = next(i for i, line in enumerate(lines) if "also_listed_as_written :" in line)
    assert "<" not in lines[at + 1] and "Certificats de scolarité des deux années" in lines[at + 1], said


def test_the_exam_adjustment_s_words_the_page_gives_as_the_notice_s_are_compared(tmp_path):
    """NOTE70: exam_adjustment's how: (the page's paragraphs of the notice, the PDF's sentences), renewal: and
    declare_in_cyclades: (after the guide's label and « — », the notice's words as written) are compared; who's how:,
    an identifier, is not."""
    notice_lines = "Les demandes d'aménagement d'épreuve doivent être saisies en ligne.\n"
    quoted = ("\nexam_adjustment:\n  channel: application\n"
              "  how: Les demandes d'aménagement d'épreuves doivent être saisies en ligne.\n"
              "  renewal: Pour les candidats ayant déjà obtenu un aménagement, joindre la notification.\n"
              "  declare_in_cyclades: Cocher la case handicap dans CYCLADES.\n")
    root, notice = _with(tmp_path, notice_lines, quoted)
    said = quotes(root, notice).stdout
    for path, words in (("exam_adjustment.how", "Les demandes d'aménagement d'épreuves doivent être saisies en ligne."),
                        ("exam_adjustment.renewal", "Pour les candidats ayant déjà obtenu un aménagement, joindre la notification."),
                        ("exam_adjustment.declare_in_cyclades", "Cocher la case handicap dans CYCLADES.")):
        assert f"{path} : « {words} » ne se trouve pas tel quel dans la notice" in said, said
    session = root / SESSION
    session.write_text(session.read_text(encoding="utf-8").replace("d'épreuves doivent", "d'épreuve doivent"), encoding="utf-8")
    assert "exam_adjustment.how" not in quotes(root, notice).stdout


def test_the_heads_of_the_table_of_managers_are_compared(tmp_path):
    """tls71: ``specialty_contacts_columns:`` are the heads of the notice's table of managers, which its PDF prints as the
    notice's: the notice's words, compared like the others (a head it does not write, the guide's « Téléphone » where
    it writes « Contact », is said)."""
    root = tmp_path / "root"
    shutil.copytree(FIXTURE / "academies", root / "academies")
    session = root / SESSION
    session.write_text(session.read_text(encoding="utf-8") + "\nspecialty_contacts_columns: [Spécialités, Téléphone]\n",
                       encoding="utf-8")
    notice = tmp_path / "notice.txt"
    notice.write_text(Path(NOTICE).read_text(encoding="utf-8") + "\nSpécialités\tContact\n", encoding="utf-8")
    said = quotes(root, str(notice)).stdout
    lines = said.splitlines()
    assert any(line.startswith(f"{SESSION}:") and "specialty_contacts_columns[1] : « Téléphone » ne se trouve pas" in line
               for line in lines), said
    assert not any("specialty_contacts_columns[0]" in line for line in lines), said


def test_the_heads_of_the_notice_s_r408_table_are_compared(tmp_path):
    """tls71: ``r408.list.columns:`` are the heads of the notice's R408 table, which its PDF prints as the notice's: a
    head it does not write is said."""
    root = tmp_path / "root"
    shutil.copytree(FIXTURE / "academies", root / "academies")
    session = root / SESSION
    session.write_text(session.read_text(encoding="utf-8")
                       + "\nr408:\n  list:\n    printed_as: table\n    columns: [Spécialités de BTS, Annexe 4, Annexe cinq]\n",
                       encoding="utf-8")
    notice = tmp_path / "notice.txt"
    notice.write_text(Path(NOTICE).read_text(encoding="utf-8") + "\nSpécialités de BTS  Annexe 4  Annexe 5\n", encoding="utf-8")
    lines = quotes(root, str(notice)).stdout.splitlines()
    assert any("r408.list.columns[2] : « Annexe cinq » ne se trouve pas" in line for line in lines), lines
    assert not any("r408.list.columns[0]" in line or "r408.list.columns[1]" in line for line in lines), lines


def test_the_headings_a_place_writes_in_guillemets_are_compared(tmp_path):
    """review72: a place in the notice (``section:``, ``…_section:``, a form's ``source:``) writes the notice's headings
    in « », as the notice writes them, the guide's locating words outside: each heading in « » is looked up like a
    quotation (its capitals compared: « Candidats concernés » where the notice writes « CANDIDATS CONCERNES » is said);
    the words outside « » (« paragraphe », « fin de la notice ») and a place without « » are not compared. A document's
    ``section:`` too, the heading of its group as the notice writes it (quote77: its source line quotes it, where it
    said its group: in heading form, unquoted)."""
    root = tmp_path / "root"
    shutil.copytree(FIXTURE / "academies", root / "academies")
    session = root / SESSION
    written = session.read_text(encoding="utf-8").replace("    label: Attestation de suivi\n", "    label: Attestation de suivi\n"
                                                          "    section: « Pour tous les candidats »\n", 1)
    session.write_text(written
                       + "\nwho_section: « I- CANDIDATS CONCERNES », paragraphe « Les candidats redoublants »"
                       + "\ncontacts_section: « I- Candidats concernés » ; fin de la notice\n"
                       + "documents_section: Annexe 9\n",
                       encoding="utf-8")
    lines = quotes(root).stdout.splitlines()
    assert any(line.startswith(f"{SESSION}:") and "contacts_section : « I- Candidats concernés » ne se trouve pas tel quel "
               "dans la notice" in line for line in lines), lines
    assert not any("who_section" in line or "fin de la notice" in line or "documents_section" in line for line in lines), lines
    assert any("documents[0].section : « Pour tous les candidats » ne se trouve pas tel quel" in line for line in lines), lines


def test_the_headings_a_step_s_source_line_quotes_are_compared(tmp_path):
    """review73 M1: the steps' source lines say the notice's heading they come from in « » (notice_view.heading_place:
    a step's ``section_as_written:``, ``headings: steps:``, an establishment step's ``heading_as_written:``), so each is
    the notice's words, capitals included: looked up like a quotation (« I- Candidats concernés », the guide's capitals
    for the notice's « I- CANDIDATS CONCERNES », is said; the notice's own form is not)."""
    root = tmp_path / "root"
    shutil.copytree(FIXTURE / "academies", root / "academies")
    session = root / SESSION
    base = session.read_text(encoding="utf-8")
    for written, said in (("I- CANDIDATS CONCERNES", False), ("I- Candidats concernés", True)):
        session.write_text(base.replace("  - title: Confirmation\n", f"  - title: Confirmation\n    section_as_written: {written}\n", 1)
                           + f"establishment_guide:\n  steps:\n    - title: Rubrique\n      heading_as_written: {written}\n",
                           encoding="utf-8")
        out = quotes(root).stdout
        for field in ("steps[0].section_as_written", "establishment_guide.steps[0].heading_as_written"):
            assert (f"{field} : « {written} » ne se trouve pas tel quel dans la notice" in out) == said, (written, field, out)


def test_the_headings_the_notice_s_pdf_prints_as_its_own_are_compared(tmp_path):
    """places76: the notice's PDF prints ``headings:``, each title of a ``sections_as_written:`` path, a step's
    ``heading_as_written:`` and the contents' ``title:`` as the notice's own headings, so each is the notice's words,
    capitals included: « I- Candidats concernés » (the guide's capitals for the notice's « I- CANDIDATS CONCERNES ») is
    said in each field; the notice's own form is not."""
    root = tmp_path / "root"
    shutil.copytree(FIXTURE / "academies", root / "academies")
    session = root / SESSION
    base = session.read_text(encoding="utf-8")
    fields = ("session.headings.who", "session.sections_as_written.who[0]", "steps[0].heading_as_written",
              "session.contents_as_written.title")
    for written, said in (("I- CANDIDATS CONCERNES", False), ("I- Candidats concernés", True)):
        session.write_text(base.replace("  - title: Confirmation\n", f"  - title: Confirmation\n    heading_as_written: {written}\n", 1)
                           + f"session:\n  headings:\n    who: {written}\n  sections_as_written:\n    who: [{written}]\n"
                           + f"  contents_as_written:\n    title: {written}\n    entries: '- {written}'\n",
                           encoding="utf-8")
        out = quotes(root).stdout
        for field in fields:
            assert (f"{field} : « {written} » ne se trouve pas tel quel dans la notice" in out) == said, (written, field, out)


def test_an_accent_the_notice_does_not_write_is_said(tmp_path):
    """places76 (review73 L4): the quotation keeps the notice's letters, accents included: « À l'issue » and « GÉNÉRÉE »
    where the notice writes « A l'issue » and « GENEREE » are said (an accent on a capital was let differ); the notice's
    own letters are found (test_only_the_typography_the_rule_allows_may_differ, line 13). A heading too."""
    root = tmp_path / "root"
    shutil.copytree(FIXTURE / "academies", root / "academies")
    session = root / SESSION
    text = session.read_text(encoding="utf-8").replace("A l'issue", "À l'issue", 1)
    session.write_text(text + "session:\n  headings:\n    who: I- CANDIDATS CONCERNÉS\n", encoding="utf-8")
    out = quotes(root).stdout
    assert f"{SESSION}:13: steps[0].text : « À l'issue de la saisie" in out, out
    assert "session.headings.who : « I- CANDIDATS CONCERNÉS » ne se trouve pas tel quel dans la notice" in out, out


def test_a_detail_shown_after_its_label_is_compared_as_the_notice_s_line(tmp_path):
    """A piece's ``detail:`` opening with « […] » is shown after the piece's label as the notice's line whole
    (document_view.beside_its_item, lines76): label then detail must be that line, so that the cut stands for the label
    alone. Clermont-Ferrand 2024 (seed 003 l.283): the line names two attestations, the second in lower case in its
    middle; the second piece's « […] pour tous les candidats … » read « Attestation de formation à la protection … pour
    tous les candidats … », words the notice does not write. The notice's footnote mark after a word, which a label
    leaves out (« R 408\\* »), is not a difference; a label of the guide's (label_by_guide) is not joined."""
    notice_lines = ("Attestation de prévention électrique et attestation de secours pour tous les candidats (options A et B)\n"
                    "- L'attestation R 408\\* (travail en hauteur) pour les BTS suivants : TP.\n")
    pieces = ("  - id: premiere\n    label: Attestation de prévention électrique\n"
              "    detail: \"[…] et attestation de secours pour tous les candidats (options A et B)\"\n"
              "  - id: seconde\n    label: Attestation de secours\n"
              "    detail: \"[…] pour tous les candidats (options A et B)\"\n"
              "  - id: r408\n    label: L'attestation R 408 (travail en hauteur)\n"
              "    detail: \"[…] pour les BTS suivants : TP.\"\n"
              "  - id: du_guide\n    label: Attestations de secours\n    label_by_guide: true\n"
              "    detail: \"[…] pour tous les candidats (options A et B)\"\n")
    root, notice = _with(tmp_path, notice_lines)
    session = root / SESSION
    session.write_text(session.read_text(encoding="utf-8").replace("documents:\n", "documents:\n" + pieces, 1), encoding="utf-8")
    said = quotes(root, notice).stdout
    assert "« Attestation de secours pour tous les candidats (options A et B) » ne se trouve pas" in said, said
    for fine in ("Attestation de prévention électrique et attestation", "L'attestation R 408 (travail", "Attestations de secours"):
        assert fine not in said, said
