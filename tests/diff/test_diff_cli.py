"""``python -m generator diff``: French, grouped by section, JSON for tools, never a traceback."""

from __future__ import annotations

import json
import shlex

import pytest

from diff_support import frozen_root, run_generator


@pytest.fixture(scope="module")
def root(tmp_path_factory):
    return frozen_root(tmp_path_factory.mktemp("cli"))


def test_text_output_is_grouped_by_section(root):
    run = run_generator("diff", "nantes", "2024", "2026", root=root, process=True)  # (the real command, once)
    assert run.returncode == 0, run.stdout + run.stderr
    assert run.stderr == "", run.stderr  # (nothing else reaches staff, a traceback least of all: review87)
    lines = run.stdout.splitlines()
    assert lines[0].startswith("Académie de Nantes") and "2024" in lines[0] and "2026" in lines[0]
    titles = [line for line in lines[2:] if line and not line.startswith("  ")]
    assert titles[:3] == ["La notice", "Dates", "Qui s’inscrit et comment"], titles
    assert "  - Public de la notice\u00a0: établissements de formation — session 2024\u00a0: candidats individuels." in lines
    assert not any("clé" in line for line in lines)


def test_keys_say_which_lines_the_page_shows(root, tmp_path):
    """Nantes 2026 (establishments) is not compared on its page with 2024 (individual candidates): no line of that
    comparison is « dans Nouveautés » (a review: they were said to be). A session for the same candidates is: a 2025
    rolled from 2024, its documents' date moved, has that line on its page, and its notice's title not."""
    run = run_generator("diff", "nantes", "2024", "2026", "--keys", root=root)
    assert run.returncode == 0
    keyed = [line for line in run.stdout.splitlines() if "clé\u00a0:" in line]
    assert keyed and all("pas dans «\u00a0Nouveautés de la session\u00a0»" in line for line in keyed)
    copy = frozen_root(tmp_path)
    assert run_generator("new-session", "nantes", "2025", "--force", root=copy).returncode == 0
    path = copy / "academies" / "nantes" / "2025.yaml"
    text = _without_verify(path.read_text(encoding="utf-8"))
    assert "at: 2024-11-24 24:00" in text  # (the documents' date, 24 November 2023 a year later)
    text = text.replace("at: 2024-11-24 24:00", "at: 2024-11-20 24:00", 1)
    # (the 2023 notice's weekdays and years in its words, as staff would write the 2024 notice's, its documents' day
    # the moved one: words left on the old day are refused by validate)
    for old, new in (("lundi 16 octobre", "mercredi 16 octobre"), ("mercredi 15 novembre", "vendredi 15 novembre"),
                     ("vendredi 24 novembre", "mercredi 20 novembre"), ("novembre 2023", "novembre 2024"), ("octobre 2023", "octobre 2024")):
        text = text.replace(old, new)
    path.write_text(text, encoding="utf-8")
    run = run_generator("diff", "nantes", "2024", "2025", "--keys", root=copy)
    assert run.returncode == 0, run.stdout
    documents = next(line for line in run.stdout.splitlines() if "clé\u00a0: dates.documents" in line)
    assert "dans «\u00a0Nouveautés de la session\u00a0»" in documents and "pas dans" not in documents
    run = run_generator("diff", "nantes", "2024", "2025", "--json", root=copy)
    assert any(c["key"] == "dates.documents" and c["on_page"] for c in json.loads(run.stdout)["changes"])


def _without_verify(text: str) -> str:
    """``text`` without its ``verify:`` lines, as staff remove them once checked: each record's is one line, the file's
    own (first, at the start of a line) goes on up to its closing quote."""
    lines = text.split("\n")
    start = next(i for i, line in enumerate(lines) if line.startswith("verify:"))
    own = range(start, next(i for i in range(start, len(lines)) if lines[i].rstrip().endswith('"')) + 1)
    return "\n".join(line for i, line in enumerate(lines) if i not in own and not line.lstrip().startswith("verify:"))


def _rolled(root, year: int, words: tuple[tuple[str, str], ...]):
    """``new-session nantes YEAR`` in the project at ``root``, its ``verify:`` lines removed (checked, as staff
    would) and the previous notice's weekdays and years in its words replaced by ``words``; the file's path."""
    run = run_generator("new-session", "nantes", str(year), "--force", root=root)  # (2025, 2026: past sessions, archived)
    assert run.returncode == 0, run.stdout + run.stderr
    path = root / "academies" / "nantes" / f"{year}.yaml"
    text = _without_verify(path.read_text(encoding="utf-8"))
    for old, new in words:
        text = text.replace(old, new)
    path.write_text(text, encoding="utf-8")
    return path


def test_keys_follow_the_page_with_a_session_between(tmp_path):
    """Three sessions for the same candidates, 2024, 2025 and 2026 (rolled from the frozen 2024): the page of 2026
    compares it with 2025, its previous notice, not with 2024. ``diff 2024 2026 --keys`` says no line « dans
    Nouveautés » (a review: it said so of every line for candidates, the page and the command line each choosing the
    previous notice), ``diff 2025 2026 --keys`` says it of the line the page shows. The documents' date: 24 November
    2023, 20 November 2024, 24 November 2025: moved in 2025 and back in 2026, no change from 2024 to 2026. A
    ``novelties: drop:`` of that line is checked against 2025, even when only 2024 and 2026 are read."""
    from generator.site.novelties_view import novelties_view
    from generator.site.pages import previous_notice

    from diff_support import load_notices

    root = frozen_root(tmp_path)
    (root / "academies" / "nantes" / "2026.yaml").unlink()  # (for establishments: the three sessions are for individuals)
    path = _rolled(root, 2025, (("lundi 16 octobre", "mercredi 16 octobre"), ("mercredi 15 novembre", "vendredi 15 novembre"),
                                ("vendredi 24 novembre", "mercredi 20 novembre"), ("novembre 2023", "novembre 2024"), ("octobre 2023", "octobre 2024")))
    text = path.read_text(encoding="utf-8")
    assert "at: 2024-11-24 24:00" in text
    path.write_text(text.replace("at: 2024-11-24 24:00", "at: 2024-11-20 24:00", 1), encoding="utf-8")
    path = _rolled(root, 2026, (("mercredi 16 octobre", "jeudi 16 octobre"), ("vendredi 15 novembre", "samedi 15 novembre"), ("mercredi 20 novembre", "lundi 24 novembre"),
                                ("novembre 2024", "novembre 2025"), ("octobre 2024", "octobre 2025")))
    text = path.read_text(encoding="utf-8")
    assert "at: 2025-11-20 24:00" in text
    path.write_text(text.replace("at: 2025-11-20 24:00", "at: 2025-11-24 24:00", 1), encoding="utf-8")
    # the page: 2026 compared with 2025, its documents' date 4 days later
    notices = load_notices(root)
    previous = previous_notice(list(notices.values()), notices["nantes", 2026])
    assert previous is not None and previous.year == 2025
    view = novelties_view(notices["nantes", 2026], previous)
    assert view.compared_with == 2025 and any("4 jours plus tard" in " ".join(line.split()) for line in view.lines), view.lines
    # the command line: the same choice
    run = run_generator("diff", "nantes", "2024", "2026", "--keys", root=root)
    assert run.returncode == 0, run.stdout
    keyed = [line for line in run.stdout.splitlines() if "clé\u00a0:" in line]
    assert any(line.startswith("  - Rubrique") for line in keyed), keyed  # (national rules in force since 2024: lines for candidates)
    assert all("pas dans «\u00a0Nouveautés de la session\u00a0»" in line for line in keyed), keyed
    assert not any("clé\u00a0: dates.documents" in line for line in keyed)
    run = run_generator("diff", "nantes", "2025", "2026", "--keys", root=root)
    assert run.returncode == 0, run.stdout
    documents = next(line for line in run.stdout.splitlines() if "clé\u00a0: dates.documents" in line)
    assert "4 jours plus tard" in " ".join(documents.split()) and "pas dans" not in documents and "dans «\u00a0Nouveautés de la session\u00a0»" in documents
    # staff leave that line out: a key of the comparison with 2025, valid whichever files are read
    path.write_text(path.read_text(encoding="utf-8") + "\nnovelties:\n  drop:\n    dates.documents: test\n", encoding="utf-8")
    for files in ((), ("academies/nantes/2024.yaml", "academies/nantes/2026.yaml")):
        run = run_generator("validate", *files, root=root)
        assert run.returncode == 0, run.stdout
    run = run_generator("diff", "nantes", "2024", "2026", "--keys", root=root)
    assert run.returncode == 0 and "clé\u00a0:" in run.stdout, run.stdout
    run = run_generator("diff", "nantes", "2025", "2026", "--keys", root=root)
    documents = next(line for line in run.stdout.splitlines() if "clé\u00a0: dates.documents" in line)
    assert "pas dans «\u00a0Nouveautés de la session\u00a0»" in documents
    # (only the sessions between the two compared are read with them: a later draft being written stops nothing)
    (root / "academies" / "nantes" / "2027.yaml").write_text("session:\n  year: 2027\n", encoding="utf-8")
    assert run_generator("diff", "nantes", "2024", "2026", "--keys", root=root).returncode == 0
    assert run_generator("diff", "nantes", "2024", "2027", root=root).returncode == 1


def test_json_for_tools(root):
    run = run_generator("diff", "nantes", "2024", "2026", "--json", root=root)
    assert run.returncode == 0
    data = json.loads(run.stdout)
    assert (data["academy"], data["from"], data["to"]) == ("nantes", 2024, 2026)
    first = data["changes"][0]
    assert set(first) == {"section", "section_title", "key", "kind", "item", "whole", "text", "candidate", "before", "after", "days", "places", "national", "on_page"}
    assert (data["dates_rolled"], data["dates_in_both"]) == (0, 1)  # (2024 → 2026: the documents' date moved 5 days earlier)
    documents = next(c for c in data["changes"] if c["key"] == "dates.documents" and c["days"] is not None)
    assert documents["days"] == -5 and not documents["on_page"]  # (not compared on the 2026 page: other candidates)


@pytest.mark.parametrize("args, words", [
    (("nante", "2024", "2026"), "académie inconnue « nante » (académies : aix-marseille, clermont-ferrand, nantes, toulouse)"),
    (("nantes", "2025", "2026"), "pas de session 2025 pour « nantes » (sessions : 2024, 2026)"),
    # (its example command on the project given, with its --root: review64b, staffdocs64 item 4 had no test of it)
    (("nantes", "2026", "2026"), "donner deux sessions différentes, par exemple : python -m generator diff nantes 2024 2026"),
    # (the example from the academy's own sessions, review64b L5: always « nantes 2024 2026 », which a project without
    # Nantes' sessions refuses; staff65 walk)
    (("nantes", "2024", "2024"), "donner deux sessions différentes, par exemple : python -m generator diff nantes 2024 2026"),
    (("toulouse", "2024", "2024"), "« toulouse » n’a qu’une session, 2024 : pas d’autre session à comparer avec elle"),
    # (a session without its file given twice: its file said missing first, not an example with it, which would be refused
    # in turn; review65: the order of the two refusals was untested)
    (("nantes", "2025", "2025"), "pas de session 2025 pour « nantes » (sessions : 2024, 2026)"),
    (("nantes", "2026", "2024"), "la session de départ (2026) vient après la session d’arrivée (2024) : donner d’abord la plus ancienne, python -m generator diff nantes 2024 2026"),
    # (staffwalk58 L1: the sessions are looked for before their order, so that the command the order's message gives
    # runs: « 2024 2023 » was told to type « 2023 2024 », which then said there is no 2023)
    (("clermont-ferrand", "2024", "2023"), "pas de session 2023 pour « clermont-ferrand » (sessions : 2024)"),
    (("nantes", "2026", "2025"), "pas de session 2025 pour « nantes » (sessions : 2024, 2026)"),
    (("../content", "2024", "2026"), "académie inconnue « ../content »"),
    (("toulouse/", "2024", "2026"), "académie inconnue « toulouse/ » (académies : aix-marseille, clermont-ferrand, nantes, toulouse)"),
])
def test_mistakes_are_said_in_french(root, args, words):
    run = run_generator("diff", *args, root=root)
    assert run.returncode == 1
    # (a command given runs on the project the diff read: with its --root, staffdocs64 item 4)
    words = words.replace("python -m generator ", f"python -m generator --root {shlex.quote(str(root))} ")
    assert words.replace(" :", "\u00a0:").replace("« ", "«\u00a0").replace(" »", "\u00a0»") in run.stdout or words in run.stdout, run.stdout
    assert "Traceback" not in run.stdout + run.stderr


@pytest.mark.parametrize("refusal", ["texts", "year", "same", "missing", "reversed", "broken"])
def test_every_refusal_gives_its_commands_on_the_project_given(tmp_path, refusal: str):
    """Each of diff's six refusals, under a --root with a space: every command it gives carries that root, quoted, once
    (staff65 item 5: one wrapper around what ``run`` refuses with, as ``main`` has for StaffError, where each refusal
    had its own and one was found missing, review64b f1). The wrong year cannot come from the command line (its parser
    says it): run is called as the other callers call it."""
    import argparse
    import contextlib
    import io

    from generator.diff_cli import run

    root = frozen_root(tmp_path / "mes guides")
    given = str(root)
    args = {"texts": ("nantes", 2024, 2026), "year": ("nantes", "24", 2026), "same": ("nantes", 2026, 2026),
            "missing": ("nantes", 2025, 2026), "reversed": ("nantes", 2026, 2024), "broken": ("nantes", 2024, 2026)}[refusal]
    if refusal == "texts":
        path = root / "content" / "interface.yaml"
        path.write_text(path.read_text(encoding="utf-8") + "clé_inconnue: 1\n", encoding="utf-8")
    if refusal == "broken":
        path = root / "academies" / "nantes" / "2024.yaml"
        path.write_text(path.read_text(encoding="utf-8").replace("closing: 2023-11-15", "closing: 15 novembre 2023"), encoding="utf-8")
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        code = run(argparse.Namespace(root=given, academy=args[0], year_a=args[1], year_b=args[2], json=False, keys=False), root)
    said = out.getvalue()
    assert code == 1 and said.strip(), said
    commands = said.count("python -m generator ")
    assert commands == said.count(f"python -m generator --root {shlex.quote(given)} "), said
    assert f"--root {shlex.quote(given)} --root" not in said, said
    assert commands >= (refusal in ("texts", "same", "reversed", "broken")), said


def test_a_wrong_year_is_a_usage_error_said_by_the_parser(root):
    """« 24 » is said by the command line's parser, as for every command that takes a year (status 2, on stderr)."""
    run = run_generator("diff", "nantes", "24", "2026", root=root)
    assert run.returncode == 2 and run.stdout == ""
    assert "python -m generator diff : ANNÉE_DÉPART : « 24 » n'est pas une année de session" in run.stderr, run.stderr
    assert "Traceback" not in run.stderr


def test_a_broken_file_is_reported_as_validate_does(tmp_path):
    root = frozen_root(tmp_path)
    path = root / "academies" / "nantes" / "2024.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("closing: 2023-11-15", "closing: 15 novembre 2023"), encoding="utf-8")
    run = run_generator("diff", "nantes", "2024", "2026", root=root)
    assert run.returncode == 1
    assert "academies/nantes/2024.yaml:" in run.stdout and "session.closing" in run.stdout
    assert "Traceback" not in run.stdout + run.stderr


def test_texts_whose_years_only_moved_on_are_no_change(tmp_path):
    """A staff walk (50 M2): Toulouse 2025 rolled from 2024, its words written as the new notice gives them (the same
    words, each date and year a year on), listed 5 texts as changed (« SESSION JUIN 2023 » → « 2024 », « obtenues en
    2024 » → « 2025 »…) in « Nouveautés de la session » and in ``diff``, drowning the real changes. Those are no change;
    another day, another year or another word is."""
    from generator.diff import _reading, _rolled_text

    def same(before: str, after: str, year_a: int, year_b: int) -> bool:  # (as _Diff.compare_text reads them)
        return _reading(before, _rolled_text(before, year_a, year_b), after) == after

    assert same("…(SESSION JUIN 2023)…", "…(SESSION JUIN 2024)…", 2024, 2025)
    assert same("le mercredi 15 novembre 2023 à 17h00", "le vendredi 15 novembre 2024 à 17h00", 2024, 2025)
    assert same("obtenues en 2024", "obtenues en 2026", 2024, 2026)
    assert not same("le 15 novembre 2023", "le 14 novembre 2024", 2024, 2025)  # (another day)
    assert not same("obtenues en 2024", "obtenues en 2026", 2024, 2025)  # (two years on, for one session)
    assert not same("le décret n°2020-1167", "le décret n°2021-1167", 2020, 2021)  # (a text's number, not a year)
    assert not same("l'arrêté du 13 juillet 2023", "l'arrêté du 13 juillet 2024", 2024, 2025)  # (another text)
    assert not same("en 2024, par courriel", "en 2025, par courrier", 2024, 2025)
    # a year named on purpose, kept by the later notice, is the same word (review58 M1)
    assert same("Depuis la session 2023, le 15 novembre 2023", "Depuis la session 2023, le 15 novembre 2024", 2024, 2025)
    root, path, text = _toulouse_rolled(tmp_path)
    run = run_generator("diff", "toulouse", "2024", "2025", "--json", root=root)
    assert run.returncode == 0, run.stdout
    changes = json.loads(run.stdout)["changes"]
    # (only the national rule newly in force: décret n°2024-788, not in force for session 2024)
    assert [c["key"] for c in changes if c["kind"] == "changed"] == ["topics.optional_exams"], changes
    # a real change in the same words is still one
    path.write_text(text.replace("obtenues en 2025", "obtenues en 2025 ou en 2026", 1), encoding="utf-8")
    run = run_generator("diff", "toulouse", "2024", "2025", "--json", root=root)
    assert [c["key"] for c in json.loads(run.stdout)["changes"] if c["kind"] == "changed"] == ["topics.optional_exams", "forms.refus_benefices"], run.stdout


def test_a_year_named_on_purpose_is_no_change_beside_a_real_one(tmp_path):
    """Review58 M1: every year of the earlier session was moved on before comparing, also a year the notice names on
    purpose (« à partir de la session 2024 », « Depuis la session 2022 », Clermont-Ferrand 2024). A text keeping such a
    year and changed elsewhere was quoted at that year with the same words on both sides, in ``diff`` and in
    « Nouveautés de la session »; with its dates only moved on, it was a change at all. A word is unchanged when its own
    form or its form a year on is the later notice's."""
    root, path, text = _toulouse_rolled(tmp_path)
    kept = "(article D643-23 du code de l'éducation)"
    fixed = "(article D643-23 du code de l'éducation, depuis la session 2023)"
    earlier = root / "academies" / "toulouse" / "2024.yaml"
    assert kept in text and "obtenues en 2025" in text
    earlier.write_text(earlier.read_text(encoding="utf-8").replace(kept, fixed), encoding="utf-8")
    path.write_text(text.replace(kept, fixed), encoding="utf-8")
    run = run_generator("diff", "toulouse", "2024", "2025", "--json", root=root)
    assert run.returncode == 0, run.stdout
    assert [c["key"] for c in json.loads(run.stdout)["changes"] if c["kind"] == "changed"] == ["topics.optional_exams"], run.stdout
    path.write_text(text.replace(kept, fixed).replace("obtenues en 2025", "obtenues en 2025 ou en 2026", 1), encoding="utf-8")
    run = run_generator("diff", "toulouse", "2024", "2025", "--json", root=root)
    (change,) = [c for c in json.loads(run.stdout)["changes"] if c["key"] == "forms.refus_benefices"]
    assert "ou en 2026" in change["after"] and "session 2023" not in change["before"] + change["after"], change
    assert _plain(change["before"]).count("«") == 1, change  # (one passage quoted, the real change)


def _toulouse_rolled(tmp_path):
    """The frozen project with Toulouse 2025 made by new-session from 2024, its words written as the new notice would
    give them if only its dates and years had moved on (each a year on, with its weekday): (root, its path, its text)."""
    root = frozen_root(tmp_path)
    (root / "academies" / "nantes" / "2026.yaml").unlink()
    assert run_generator("new-session", "toulouse", "2025", "--force", root=root).returncode == 0
    path = root / "academies" / "toulouse" / "2025.yaml"
    text = _without_verify(path.read_text(encoding="utf-8"))
    for old, new in (("mercredi 11 octobre 2023", "vendredi 11 octobre 2024"), ("mercredi 15 novembre 2023", "vendredi 15 novembre 2024"),
                     ("mercredi 22 novembre 2023", "vendredi 22 novembre 2024"), ("MERCREDI 22 NOVEMBRE 2023", "VENDREDI 22 NOVEMBRE 2024"),
                     ("mercredi 10 janvier 2024", "vendredi 10 janvier 2025"), ("JUIN 2023", "JUIN 2024"), ("novembre 2023", "novembre 2024"),
                     ("15/01/2024", "15/01/2025"), ("15 janvier 2024", "15 janvier 2025"), ("en 2024", "en 2025")):
        text = text.replace(old, new)
    path.write_text(text, encoding="utf-8")
    return root, path, text


NEW_OFFICE = """
exam_office:
  name: Bureau des examens post-bac
  role: >-
    À contacter le plus tôt possible en cas d'interrogation ou de difficultés, pendant les
    inscriptions sans attendre leur clôture.
  emails: [dec-btspostbac@ac-toulouse.fr]
  note: >-
    Courriel à privilégier. Vous pouvez aussi écrire au gestionnaire de votre spécialité
    (coordonnées sur votre confirmation d'inscription).
"""


def test_a_replaced_address_is_said_once_with_its_contact(tmp_path):
    """A staff walk (50 M2): the exam office's new address in Toulouse 2025 was four lines of « Nouveautés de la session »
    and of ``diff``: the contact, a step's text, the note under the managers' table and the guide's advice on a
    contradiction (the step's line quoting its date a year on beside it; the frozen notice cites it in the last two). One line now, the contact's, « nouvelle
    adresse électronique … (remplace …) »; ``diff`` names for staff the texts that cite it instead of the old one. A text
    that changed otherwise still has its line, quoting that change alone."""
    old, new = "dec5@ac-toulouse.fr", "dec-btspostbac@ac-toulouse.fr"
    root, path, text = _toulouse_rolled(tmp_path)
    # (a contradiction's advice, its advice once registration is closed, and the note under the managers' table, in the
    # frozen notice)
    assert text.count(old) == 3
    path.write_text(text.replace(old, new) + NEW_OFFICE, encoding="utf-8")
    run = run_generator("diff", "toulouse", "2024", "2025", "--json", root=root)
    assert run.returncode == 0, run.stdout
    changes = json.loads(run.stdout)["changes"]
    assert [c["key"] for c in changes if c["kind"] == "changed"] == ["topics.optional_exams", "contacts.exam_office"], changes
    (office,) = [c for c in changes if new in c["text"]]
    assert "Contact « Bureau des examens post-bac » : nouvelle adresse électronique dec-btspostbac@ac-toulouse.fr (remplace dec5@ac-toulouse.fr)." in _plain(office["text"]), office
    assert office["on_page"] and (office["before"], office["after"]) == (old, new)
    assert [_plain(p) for p in office["places"]] == ["passages de la notice qui se contredisent, « Candidats de la formation continue en formation à distance », conseil du guide",
                                "passages de la notice qui se contredisent, « Candidats de la formation continue en formation à distance », "
                                "conseil du guide une fois les inscriptions closes",
                                "précision sur le tableau des gestionnaires",
                                # (the adjustment's recipient without address: « demandez-la … au bureau des examens »
                                # with its contacts, exam_adjustment.ask_office_section, askaddress65)
                                "Aménagement d'épreuves, destinataire"], office["places"]
    run = run_generator("diff", "toulouse", "2024", "2025", root=root)
    line = _plain(next(line for line in run.stdout.splitlines() if new in line))
    assert line.endswith("(remplace dec5@ac-toulouse.fr). Citée à la place de l'ancienne dans : passages de la notice qui se contredisent, "
                         "« Candidats de la formation continue en formation à distance », conseil du guide ; passages de la "
                         "notice qui se contredisent, « Candidats de la formation continue en formation à distance », conseil "
                         "du guide une fois les inscriptions closes ; précision sur le tableau des gestionnaires ; Aménagement "
                         "d'épreuves, destinataire."), line
    assert sum(new in line for line in run.stdout.splitlines()) == 1, run.stdout
    # a text that changed otherwise too (the advice, its date a year on and its address new): its line quotes that change
    ending = "le vendredi 15 novembre 2024\n      à 17h00."
    assert ending in text
    path.write_text(text.replace(old, new).replace(ending, ending[:-1] + " précises.") + NEW_OFFICE, encoding="utf-8")
    changes = json.loads(run_generator("diff", "toulouse", "2024", "2025", "--json", root=root).stdout)["changes"]
    (advice,) = [c for c in changes if c["key"].startswith("notice.contradictions.")]
    assert "précises" in advice["after"] and not advice["candidate"], advice
    assert not any(w in advice["before"] + advice["after"] for w in ("dec5", "btspostbac")), advice
    assert len(next(c for c in changes if c["key"] == "contacts.exam_office")["places"]) == 4  # (with « Aménagement d'épreuves, destinataire », askaddress65)


def test_a_new_contradiction_quotes_its_advice_whole(tmp_path):
    """A contradiction added (or no longer in the notice): its line, « Nouveautés de la session » and ``diff``, quotes the
    guide's advice whole, what the candidates concerned are told to do (staffwalk56 L: cut at 110 characters, « …
    Contactez le bureau des examens… », it left out whom to contact and until when)."""
    root, path, text = _toulouse_rolled(tmp_path)
    old_about, new_about = "Candidats de la formation continue en formation à distance", "Candidats à distance en formation continue"
    assert text.count(f"contradictions:\n  - about: {old_about}") == 1
    path.write_text(text.replace(f"contradictions:\n  - about: {old_about}", f"contradictions:\n  - about: {new_about}"), encoding="utf-8")
    changes = json.loads(run_generator("diff", "toulouse", "2024", "2025", "--json", root=root).stdout)["changes"]
    added, removed = ([c for c in changes if c["key"].startswith("notice.contradictions.") and c["kind"] == kind] for kind in ("added", "removed"))
    (added,), (removed,) = added, removed
    advice = "La notice ne permet pas de savoir si vous devez vous inscrire vous-même. Contactez le bureau des examens"
    for change in (added, removed):
        quoted = _plain(change["text"]).split(" — ", 1)[1]
        assert advice in quoted and "…" not in quoted and len(quoted) > 200, change
    assert added["on_page"], added


def test_dates_moved_by_the_sessions_gap_are_said_in_one_line(tmp_path):
    """A staff walk (50 G4): every date of Toulouse 2025 moved a year on, same day and month, and ``diff`` said nothing of
    the dates (no « Dates » section): nothing confirmed the rollover. One line says so now; a date moved otherwise keeps
    its own line, and the count says the others."""
    root, path, text = _toulouse_rolled(tmp_path)
    run = run_generator("diff", "toulouse", "2024", "2025", root=root)
    lines = run.stdout.splitlines()
    assert _plain(lines[lines.index("Dates") + 1]) == "  - Dates : toutes reportées d'un an, même jour et même mois (6).", run.stdout
    data = json.loads(run_generator("diff", "toulouse", "2024", "2025", "--json", root=root).stdout)
    assert (data["dates_rolled"], data["dates_in_both"]) == (6, 6)
    assert "at: 2024-11-22" in text
    path.write_text(text.replace("at: 2024-11-22", "at: 2024-11-20", 1).replace("vendredi 22 novembre 2024", "mercredi 20 novembre 2024"), encoding="utf-8")
    run = run_generator("diff", "toulouse", "2024", "2025", root=root)
    lines = run.stdout.splitlines()
    dates = lines[lines.index("Dates") + 1:]
    dates = dates[:dates.index("")]
    assert _plain(dates[-1]) == "  - Dates : 5 sur 6 reportées d'un an, même jour et même mois ; les autres, ci-dessus.", run.stdout
    assert any("2 jours plus tôt" in line for line in dates[:-1]), dates


def _plain(text: str) -> str:
    """``text`` without its typography's no-break spaces and apostrophes, for comparison."""
    return text.replace("\u00a0", " ").replace("\u202f", " ").replace("’", "'")


def test_a_national_piece_asked_in_some_cases_only_is_said_as_the_page_says_it(tmp_path):
    """NOTE51 « Not done »: a national piece notice items ask for in some cases only (Clermont-Ferrand 2024's JDC
    certificate, asked « entre 18 et 25 ans ») was « reprise par la notice dans sa liste » in ``diff``, where the page
    gives it to the other candidates « non demandée dans ce cas par la notice de l'académie, qui cite ce texte »
    (Notice.cites_unasked), or « non mentionnée par la notice » when the notice does not cite its text. ``diff`` says
    both: the items, and what the page says for the others."""
    from diff_support import load_notices
    from generator.diff import _Diff, _national_status

    notices = load_notices(frozen_root(tmp_path))
    clermont = notices[("clermont-ferrand", 2024)]
    status = _national_status(clermont)
    assert status["jdc_certificate"][0] == "partly", status
    words = " ".join(_Diff(clermont, clermont).national_words(status["jdc_certificate"]).split())  # (spaces: French typography's)
    assert words == ("reprise par la notice dans sa liste pour certains candidats (« Photocopie du certificat de participation "
                     "à la journée de défense et citoyenneté (JDC) ou attestation… ») ; pour les autres, exigée par un "
                     "texte national, non demandée dans ce cas par la notice, qui cite ce texte"), words
    # the page's source line for those others, which diff follows
    [row] = [d for d in clermont.documents if d.national == "jdc_certificate"]
    assert clermont.cites_unasked(row)
    # not cited by the notice: « non mentionnée », as on the page
    labels, _ = status["jdc_certificate"][1]
    assert " ".join(_Diff(clermont, clermont).national_words(("partly", (labels, 0))).split()).endswith(
        "; pour les autres, exigée par un texte national, non mentionnée par la notice")
    # a piece every candidate of which a notice item covers is still « reprise par la notice dans sa liste (…) »
    nantes = notices[("nantes", 2026)]
    assert _national_status(nantes)["jdc_certificate"][0] == "covered"


def test_a_change_that_comes_from_the_national_citations_says_so(tmp_path):
    """staffwalk60 L (fixstaff62 item 7): Clermont-Ferrand 2025 rolled from 2024, its JDC line changed from « non demandée
    dans ce cas par la notice, qui cite ce texte » to « non mentionnée par la notice » only because content/texts.yaml
    (cited_by:) names the 2024 notice among those citing the law and not yet 2025: staff read it as a change they made.
    The line says where it comes from (national content, not the academy's file), and what to do."""
    root = frozen_root(tmp_path)
    run = run_generator("new-session", "clermont-ferrand", "2025", "--force", root=root)
    assert run.returncode == 0, run.stdout + run.stderr
    run = run_generator("diff", "clermont-ferrand", "2024", "2025", root=root)
    [line] = [_plain(x) for x in run.stdout.splitlines() if "journée défense et citoyenneté" in x]
    assert "non demandée dans ce cas par la notice, qui cite ce texte" in line, line
    assert line.endswith(
        "Ce changement vient du contenu national, pas du fichier de l'académie : content/texts.yaml (cited_by:) compte la "
        "notice de la session 2024 parmi celles qui citent ce texte (loi n°97-1019 du 28 octobre 1997 portant réforme du "
        "service national (articles L113-4 et L114-6 du code du service national)), pas celle de la session 2025 ; rien à "
        "corriger dans academies/ : si la notice de la session 2025 "
        "cite ce texte, l'écrire à l'équipe nationale du guide, qui tient content/texts.yaml."), line
    data = json.loads(run_generator("diff", "clermont-ferrand", "2024", "2025", "--json", root=root).stdout)
    [change] = [c for c in data["changes"] if c["key"] == "national_documents.jdc_certificate"]
    assert change["national"].startswith("Ce changement vient du contenu national"), change


def _rolled_clermont(tmp_path):
    root = frozen_root(tmp_path)
    run = run_generator("new-session", "clermont-ferrand", "2025", "--force", root=root)
    assert run.returncode == 0, run.stdout + run.stderr
    return root


def _jdc_line(root) -> str:
    run = run_generator("diff", "clermont-ferrand", "2024", "2025", root=root)
    [line] = [_plain(x) for x in run.stdout.splitlines() if "Pièce nationale" in x and "journée défense et citoyenneté" in x]
    return line


def test_a_change_from_the_national_citations_names_the_session_cited_either_way(tmp_path):
    """review86 (mutation of fixstaff62 item 7, « citing, other » always (a, b), passed every test): content/texts.yaml
    naming the 2025 notice and no longer the 2024 one; the line names 2025 as the one cited, 2024 as the one not."""
    root = _rolled_clermont(tmp_path)
    texts = root / "content" / "texts.yaml"
    text = texts.read_text(encoding="utf-8")
    old = "{academy: clermont-ferrand, session: 2024, section: \"8. Application de la loi portant réforme du service national\"}"
    assert text.count(old) == 1
    texts.write_text(text.replace(old, old.replace("2024", "2025")), encoding="utf-8")
    line = _jdc_line(root)
    assert ("compte la notice de la session 2025 parmi celles qui citent ce texte (loi n°97-1019 du 28 octobre 1997 "
            "portant réforme du service national (articles L113-4 et L114-6 du code du service national)), pas celle de "
            "la session 2024 ; rien à corriger dans academies/ : si la notice de la session 2024 cite ce texte") in line, line


def test_a_national_piece_whose_notice_item_changed_too_is_not_said_to_come_from_the_national_content(tmp_path):
    """review86 (mutation of fixstaff62 item 7, the same-labels condition dropped, passed every test): the 2025 file's
    JDC item relabelled as well as content/texts.yaml naming only 2024: part of the line is the academy's file, so it
    is not said « vient du contenu national, pas du fichier de l'académie »."""
    root = _rolled_clermont(tmp_path)
    path = root / "academies" / "clermont-ferrand" / "2025.yaml"
    text = path.read_text(encoding="utf-8")
    old = "  - id: jdc\n    label: >-\n      Photocopie du certificat"
    assert text.count(old) == 1
    path.write_text(text.replace(old, "  - id: jdc\n    label: >-\n      Copie du certificat"), encoding="utf-8")
    line = _jdc_line(root)
    assert "« Copie du certificat" in line and "non demandée dans ce cas par la notice, qui cite ce texte" in line, line
    assert "pas du fichier de l'académie" not in line, line
    # fixstaff64 item 4: both causes said (nothing was said of content/texts.yaml's part)
    assert line.endswith(
        "Ce changement vient à la fois du fichier de l'académie (les éléments de la notice qui reprennent cette pièce ont "
        "changé) et du contenu national : content/texts.yaml (cited_by:) compte la notice de la session 2024 parmi celles "
        "qui citent ce texte (loi n°97-1019 du 28 octobre 1997 portant réforme du service national (articles L113-4 et "
        "L114-6 du code du service national)), pas celle de la session 2025 ; vérifier dans academies/ les éléments "
        "changés sur la notice, et, si la notice de la session 2025 cite ce texte, l'écrire à l'équipe nationale du "
        "guide, qui tient content/texts.yaml."), line


def test_a_label_s_literal_asterisk_and_bold_are_shown_as_the_other_command_line_shows_them(tmp_path):
    """stars69: ``diff`` printed the items it names as typed, « Date « Dépôt … d’inscription\\* signée … » », where the
    staff guide says every output shows « \\* » as « * » and the command line drops the bold's « ** » (generator.emphasis:
    the checklist's command line prints its list through ``emphasis.plain``, the page reads both). A label with both is
    named by its words; the JSON for tools keeps the text as typed."""
    root = frozen_root(tmp_path)
    path = root / "academies" / "nantes" / "2026.yaml"
    text = path.read_text(encoding="utf-8")
    label = "label: Dépôt sur CYCLADES de la confirmation d'inscription signée et des pièces justificatives"
    assert text.count(label) == 1
    path.write_text(text.replace(label, label.replace("inscription signée", "inscription\\* **signée**")), encoding="utf-8")
    run = run_generator("diff", "nantes", "2024", "2026", root=root)
    assert run.returncode == 0, run.stdout + run.stderr
    named = [line for line in run.stdout.splitlines() if "Dépôt sur CYCLADES de la confirmation" in line]
    assert named and all("d’inscription* signée et des pièces" in line for line in named), named
    assert not any("\\*" in line or "**" in line for line in run.stdout.splitlines()), named
