"""``verify:`` on any record, values « À COMPLÉTER », what validate says of them, warning blocks by kind."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.problems import Location, Problems
from generator.staff import drafts
from staff_support import assert_clean, problems_of, project_copy, run, without_verify
from staff_support import content_read_once_in_this_module  # noqa: F401  (autouse: content/ read once a state)


def insert_after(path: Path, anchor: str, lines: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert anchor in text, anchor
    path.write_text(text.replace(anchor, anchor + lines, 1), encoding="utf-8")


@pytest.fixture
def root(tmp_path: Path) -> Path:
    return project_copy(tmp_path)


def test_verify_is_accepted_on_any_record_and_listed_with_its_line(root: Path):
    session = root / "academies" / "toulouse" / "2024.yaml"
    insert_after(session, "\nsession:\n", "  verify: titre à confirmer sur la notice\n")
    insert_after(session, "\n  documents:\n", "    verify: date limite à confirmer\n")
    academy = root / "academies" / "toulouse" / "academy.yaml"
    insert_after(academy, "\nexam_office:\n", "  verify: courriel du bureau à confirmer\n")
    texts = root / "content" / "texts.yaml"
    insert_after(texts, "  arrete_2023_07_13:\n", "    verify: date du texte à confirmer\n")
    result = run(root, "validate")
    assert_clean(result)
    assert result.code == 0, result.output
    assert problems_of(result) == []
    items = result.items("à vérifier")
    lines = {item.split(": à vérifier : ")[0]: item.split(": à vérifier : ")[1] for item in items}
    session_lines = session.read_text(encoding="utf-8").split("\n")
    where = next(i for i, line in enumerate(session_lines, 1) if "verify: titre" in line)
    assert lines[f"academies/toulouse/2024.yaml:{where}:11: session"] == "titre à confirmer sur la notice"
    assert any(key.endswith(": deadlines.documents") and value == "date limite à confirmer" for key, value in lines.items())
    assert any(key.startswith("academies/toulouse/academy.yaml:") and key.endswith(": exam_office") for key in lines)
    assert any(key.startswith("content/texts.yaml:") for key in lines)
    assert "4 éléments à vérifier sur la notice (brouillon" in result.stdout


def test_validate_says_a_draft_first_and_never_that_all_is_valid(root: Path):
    """A session left with verify: lines: validate's last lines begin with « Brouillon », naming the session, how many
    items are left, what to do and the command to run again (with --root), and do not say « Tout est valide »
    (staffsmall65 item 1: « Tout est valide » came first, the « Brouillon » line under it, and a staff member read
    « done » while mkdocs build refuses the session). Without a verify: line left, « Tout est valide » as before."""
    session = root / "academies" / "toulouse" / "2024.yaml"
    insert_after(session, "\nsession:\n", "  verify: titre à confirmer sur la notice\n")
    insert_after(session, "\n  documents:\n", "    verify: date limite à confirmer\n")
    nantes = root / "academies" / "nantes" / "2026.yaml"
    insert_after(nantes, "\nsession:\n", "  verify: titre à confirmer sur la notice\n")
    result = run(root, "validate")
    assert_clean(result)
    assert result.code == 0, result.output
    assert "Tout est valide" not in result.output, result.output
    last = result.stdout.rstrip("\n").split("\n")[-2:]
    assert last[0] == (
        "Brouillons : nantes 2026 (1 élément à vérifier), toulouse 2024 (2 éléments à vérifier), liste ci-dessus ; "
        "mkdocs build ne publie rien tant qu'il en reste un. Vérifier chaque élément sur la notice, corriger la valeur si "
        f"besoin, puis retirer sa ligne « verify: ». Ensuite, relancer : python -m generator --root {root} validate"
    ), last
    assert last[1].startswith("Rien d'autre à corriger (les brouillons mis à part) : 4 académies, 5 sessions"), last
    # one session given: the command to run again names it
    one = run(root, "validate", "academies/nantes")
    assert one.stdout.rstrip("\n").split("\n")[-2].startswith("Brouillon : nantes 2026 (1 élément à vérifier), liste ci-dessus"), one.output
    assert f"relancer : python -m generator --root {root} validate academies/nantes\n" in one.stdout
    assert one.stdout.rstrip("\n").split("\n")[-1].startswith("Rien d'autre à corriger (le brouillon mis à part) : 1 académie, 2 sessions")
    # national content left to check: the build refuses it too, validate names it
    texts = root / "content" / "texts.yaml"
    insert_after(texts, "  arrete_2023_07_13:\n", "    verify: date du texte à confirmer\n")
    nantes.write_text(without_verify(nantes.read_text(encoding="utf-8")), encoding="utf-8")
    session.write_text(without_verify(session.read_text(encoding="utf-8")), encoding="utf-8")
    national = run(root, "validate")
    assert "Tout est valide" not in national.output, national.output
    assert "Brouillon : le contenu national, content/ (1 élément à vérifier), liste ci-dessus ; " in national.stdout, national.output
    texts.write_text(without_verify(texts.read_text(encoding="utf-8")), encoding="utf-8")
    done = run(root, "validate")
    assert done.code == 0 and "Brouillon" not in done.output, done.output
    assert done.stdout.rstrip("\n").split("\n")[-1].startswith("Tout est valide : 4 académies, 5 sessions"), done.output


def test_the_draft_line_counts_an_academy_file_s_items_once(root: Path):
    """review96 L7 (staffdocs64 item 3): a verify: line in toulouse's academy.yaml and a second session of toulouse
    made the draft line say « toulouse 2024 (1 élément à vérifier), toulouse 2025 (n+1 éléments à vérifier) » for n+1
    items listed above: academy.yaml's item counted in each session. Now it is named once, as its file, each session
    with its own items; the counts add up to the list's."""
    insert_after(root / "academies" / "toulouse" / "academy.yaml", "\nexam_office:\n", "  verify: adresse à confirmer\n")
    assert run(root, "new-session", "toulouse", "2025", "--force").code == 0
    result = run(root, "validate", "academies/toulouse")
    assert_clean(result)
    assert result.code == 0, result.output
    listed = result.items("à vérifier")
    in_session = [item for item in listed if item.startswith("academies/toulouse/2025.yaml:")]
    assert len(listed) == len(in_session) + 1 > 2, listed
    draft = result.stdout.rstrip("\n").split("\n")[-2]
    assert draft.startswith(f"Brouillons : academies/toulouse/academy.yaml (1 élément à vérifier, commun à ses sessions 2024 et 2025), toulouse 2025 "
                            f"({len(in_session)} éléments à vérifier), liste ci-dessus ; "), draft
    assert "toulouse 2024" not in draft, draft
    assert result.stdout.rstrip("\n").split("\n")[-1].startswith("Rien d'autre à corriger (les brouillons mis à part)")


def test_the_draft_line_of_academy_files_alone_says_brouillons_for_the_sessions_they_make_drafts(root: Path):
    """Only academy.yaml items left (review64b L2: the plural of this case untested; staff65 item 4: the plural counted
    apart from the names listed). An academy.yaml makes each of its sessions a draft: « Brouillons » for Nantes' two,
    named after the file; « Brouillon » for Toulouse's one; « Brouillons » for both academies."""
    for slug in ("nantes", "toulouse"):
        insert_after(root / "academies" / slug / "academy.yaml", "\nexam_office:\n", "  verify: adresse à confirmer\n")

    def lines(*paths: str) -> tuple[str, str]:
        result = run(root, "validate", *paths)
        assert_clean(result)
        assert result.code == 0, result.output
        draft, last = result.stdout.rstrip("\n").split("\n")[-2:]
        return draft.split(", liste ci-dessus ;")[0], last.split(" : ")[0]

    assert lines("academies/nantes") == (
        "Brouillons : academies/nantes/academy.yaml (1 élément à vérifier, commun à ses sessions 2024 et 2026)",
        "Rien d'autre à corriger (les brouillons mis à part)")
    assert lines("academies/toulouse") == (
        "Brouillon : academies/toulouse/academy.yaml (1 élément à vérifier)", "Rien d'autre à corriger (le brouillon mis à part)")
    assert lines("academies/nantes", "academies/toulouse") == (
        "Brouillons : academies/nantes/academy.yaml (1 élément à vérifier, commun à ses sessions 2024 et 2026), "
        "academies/toulouse/academy.yaml (1 élément à vérifier)", "Rien d'autre à corriger (les brouillons mis à part)")


def test_a_misspelt_verify_is_refused_with_the_suggestion(root: Path):
    session = root / "academies" / "toulouse" / "2024.yaml"
    insert_after(session, "\nsession:\n", "  verfy: titre à confirmer\n")
    result = run(root, "validate", str(session))
    assert result.code == 1
    assert "session.verfy: clé inconnue « verfy » ; vouliez-vous dire « verify » ?" in result.stdout


def test_drafts_pending_walks_academy_then_session_and_counts_placeholders(root: Path):
    from generator.pipeline import load_and_check

    session = root / "academies" / "nantes" / "2026.yaml"
    insert_after(session, "\ncontacts:\n  - name: Bureau d'organisation des BTS (DEC 4-1)\n", "    note: À COMPLÉTER\n")
    insert_after(root / "academies" / "nantes" / "academy.yaml", "\nexam_office:\n", "  verify: rôle à confirmer\n")
    project, problems = load_and_check(root)
    assert not problems, problems.report()
    data = project.academies["nantes"]
    pending = drafts.session_pending(data.academy, data.sessions[2026])
    assert [p.path for p in pending] == ["exam_office", "contacts[0].note"]
    assert pending[1].text.startswith("valeur « À COMPLÉTER »")
    assert pending[1].placeholder and not pending[0].placeholder
    assert pending[1].location.file == "academies/nantes/2026.yaml"
    assert drafts.is_draft(data.academy, data.sessions[2024])  # the academy's line makes every session a draft
    # A value « À COMPLÉTER » in a record that carries verify: is said by that line only.
    insert_after(session, "\ncontacts:\n", "  - verify: note à écrire\n    name: Bureau\n")
    project, problems = load_and_check(root)
    assert not problems, problems.report()
    pending = drafts.pending(project.academies["nantes"].sessions[2026])
    assert [p.text for p in pending] == ["note à écrire", "valeur « À COMPLÉTER » : écrire ce que donne la notice"]


def test_verify_takes_no_part_in_comparisons():
    from generator.model.academy import Department

    assert Department(code="09", name="Ariège", verify="à vérifier") == Department(code="09", name="Ariège")


def test_weekday_of_previous_words_is_a_thing_to_check_only_under_a_verify_line(root: Path):
    session = root / "academies" / "nantes" / "2024.yaml"
    text = session.read_text(encoding="utf-8")
    wrong = text.replace("du lundi 16 octobre au mercredi 15 novembre 2023 (aucune", "du mardi 16 octobre au mercredi 15 novembre 2023 (aucune", 1)
    assert wrong != text
    session.write_text(wrong, encoding="utf-8")
    result = run(root, "validate", str(session))
    assert result.code == 1
    assert any("« mardi 16 octobre » : le 16 octobre 2023 est un lundi, pas un mardi" in line for line in problems_of(result))
    session.write_text(wrong.replace("\nsession:\n", "\nsession:\n  verify: mots de la notice à reprendre\n", 1), encoding="utf-8")
    # no session before it (a new academy's first file): no previous notice, whose words these would be (stop 49 M3)
    result = run(root, "validate", str(session))
    assert result.code == 1
    assert any("« mardi 16 octobre » : le 16 octobre 2023 est un lundi, pas un mardi" in line for line in problems_of(result))
    assert "notice précédente" not in result.output
    # a session before it (not read when the file is given alone): the previous notice's words, one more thing to check
    (root / "academies" / "nantes" / "2023.yaml").write_text("", encoding="utf-8")
    result = run(root, "validate", str(session))
    assert result.code == 0, result.output
    assert any("« mardi 16 octobre » : le 16 octobre 2023 est un lundi, pas un mardi" in item and "notice précédente" in item
               for item in result.items("à vérifier"))


def test_warnings_report_one_block_per_kind_staff_items_indented():
    problems = Problems()
    problems.warn(Location("academies/a/2024.yaml", 3, 1), "session", "b", kind="review")
    problems.warn(Location("academies/a/2024.yaml", 1, 1), "", "fichier temporaire")
    problems.warn(Location("academies/a/2024.yaml", 2, 1), "x", "c", kind="verify")
    problems.warn(Location("academies/a/2024.yaml", 1, 1), "y", "d", kind="verify")
    assert problems.warnings_report().split("\n") == [
        "1 avertissement (n'empêche pas la publication) :",
        "academies/a/2024.yaml:1:1: avertissement : fichier temporaire",
        "",
        "2 éléments à vérifier sur la notice (brouillon : mkdocs build ne publie pas tant qu'il reste une ligne verify:) :",
        "    academies/a/2024.yaml:1:1: y: à vérifier : d",
        "    academies/a/2024.yaml:2:1: x: à vérifier : c",
        "",
        "1 point à contrôler (n'empêche pas la publication) :",
        "    academies/a/2024.yaml:3:1: session: à contrôler : b",
    ]
    with pytest.raises(ValueError):
        problems.warn(Location("f", 1, 1), "", "x", kind="autre")


def test_without_verify_helper_removes_block_and_item_lines():
    text = "a:\n  verify: >-\n    x y\n  b: 1\nl:\n  - verify: z\n    c: 2\n  - d: 3\n"
    assert without_verify(text) == "a:\n  b: 1\nl:\n  - c: 2\n  - d: 3\n"


def test_a_wrong_build_date_is_said_in_french(root: Path):
    result = run(root, "validate", today="demain")
    assert_clean(result)
    assert result.code == 1
    assert "BTS_GUIDE_TODAY=demain n'est pas une date ; écrire BTS_GUIDE_TODAY=AAAA-MM-JJ" in result.stderr


def test_the_build_date_is_the_day_in_paris(monkeypatch):
    """print58 L6: the build took the machine's day, UTC on build machines: built at 23:30 UTC on 5 December (00:30 on
    the 6th in Paris), its PDFs said « 5 décembre » while the page's timeline, in the browser, said the 6th. Without
    BTS_GUIDE_TODAY, the build's day is the day in Paris, summer and winter."""
    import datetime as dt
    from generator.staff.calendar import TODAY_VARIABLE, build_date
    monkeypatch.delenv(TODAY_VARIABLE, raising=False)
    utc = dt.timezone.utc
    assert build_date(dt.datetime(2026, 12, 5, 23, 30, tzinfo=utc)) == dt.date(2026, 12, 6)
    assert build_date(dt.datetime(2026, 12, 5, 22, 59, tzinfo=utc)) == dt.date(2026, 12, 5)
    assert build_date(dt.datetime(2026, 7, 5, 22, 0, tzinfo=utc)) == dt.date(2026, 7, 6)  # (UTC+2 in summer)
    assert build_date(dt.datetime(2026, 7, 5, 21, 59, tzinfo=utc)) == dt.date(2026, 7, 5)
    monkeypatch.setenv(TODAY_VARIABLE, "2023-11-15")
    assert build_date(dt.datetime(2026, 12, 5, 23, 30, tzinfo=utc)) == dt.date(2023, 11, 15)


def test_the_refusal_says_what_to_do_with_what_is_left():
    """Under the list, the instruction names only what it holds: ``verify:`` lines to remove once checked, values
    « À COMPLÉTER » to replace, or both (a draft made by new-academy holds only the second kind once every verify:
    line is gone: « retirer sa ligne verify: » would send staff looking for lines that are not there)."""
    line = drafts.Pending(Location("academies/x/2027.yaml", 7, 1), "session", "fichier préparé à partir de la session 2026")
    value = drafts.Pending(Location("academies/x/2027.yaml", 12, 10), "contacts[0].name", "valeur « À COMPLÉTER » : écrire ce que donne la notice", placeholder=True)
    last = {name: drafts.refusal(items).splitlines()[-1] for name, items in {"verify": [line], "value": [value], "both": [line, value]}.items()}
    assert last["verify"].startswith("Vérifier chaque élément sur la notice, corriger la valeur si besoin, puis retirer sa ligne « verify: ».")
    assert last["value"].startswith("Remplacer chaque « À COMPLÉTER » par ce que donne la notice.")
    assert "verify:" not in last["value"]
    assert "retirer sa ligne « verify: » (ou remplacer « À COMPLÉTER » par ce que donne la notice)." in last["both"]
    assert all("BTS_GUIDE_DRAFTS=1 mkdocs build -d site-apercu" in text for text in last.values())
    # the preview as the staff guide and new-session name it (a staff walk, stop 40: « mkdocs serve » here, « bash
    # scripts/serve.sh » in the guide)
    assert all("Pour voir le brouillon : bash scripts/serve.sh, ou " in text and "mkdocs serve" not in text for text in last.values())


def test_a_checked_date_after_today_is_a_problem(root: Path):
    """A staff walk (stop 49 L3): « checked: 2062-12-05 » was only « à contrôler », and the PDF prints it at the foot of
    its pages. A date after today (BTS_GUIDE_TODAY) and after the real day is a problem; after the day a preview is run
    as of (a day of the registrations) only, a point (tests/staff/test_lint.py)."""
    session = root / "academies" / "nantes" / "2024.yaml"
    text = session.read_text(encoding="utf-8")
    assert "  checked: 2026-11-30\n" in text
    session.write_text(text.replace("  checked: 2026-11-30\n", "  checked: 2062-12-05\n"), encoding="utf-8")
    line = text[:text.index("  checked: 2026-11-30\n")].count("\n") + 1
    result = run(root, "validate", today="2026-12-05")
    assert result.code == 1
    assert problems_of(result) == [
        f"academies/nantes/2024.yaml:{line}:12: session.checked: 2062-12-05 est après aujourd'hui (2026-12-05) ; checked: dit "
        "le jour où ce fichier a été vérifié sur la notice, et le PDF l'imprime au bas de ses pages : écrire la date de cette "
        "vérification"
    ]
    # a preview as of a day of the registrations: the files checked since are no problem
    session.write_text(text, encoding="utf-8")
    assert run(root, "validate", today="2023-10-20").code == 0
    # checked « tomorrow » for the machine (staff ahead of its time zone, review55 L7): no problem either
    import datetime as dt

    tomorrow = dt.date.today() + dt.timedelta(days=1)
    session.write_text(text.replace("  checked: 2026-11-30\n", f"  checked: {tomorrow.isoformat()}\n"), encoding="utf-8")
    assert run(root, "validate", today=dt.date.today().isoformat()).code == 0
    session.write_text(text, encoding="utf-8")


def test_the_draft_line_of_one_session_and_the_national_content_says_brouillons(root: Path):
    """One session and the national content left to check: two drafts named, « Brouillons » (staff65 item 4: the plural
    from what is named; review65: dropping the national content from the count failed no test)."""
    insert_after(root / "academies" / "nantes" / "2026.yaml", "\nsession:\n", "  verify: titre à confirmer sur la notice\n")
    insert_after(root / "content" / "texts.yaml", "  arrete_2023_07_13:\n", "    verify: date du texte à confirmer\n")
    result = run(root, "validate")
    assert_clean(result)
    assert result.code == 0, result.output
    draft, last = result.stdout.rstrip("\n").split("\n")[-2:]
    assert draft.startswith("Brouillons : nantes 2026 (1 élément à vérifier), le contenu national, content/ (1 élément à "
                            "vérifier), liste ci-dessus ; "), draft
    assert last.startswith("Rien d'autre à corriger (les brouillons mis à part)"), last
