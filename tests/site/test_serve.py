"""``mkdocs serve`` keeps answering while a file is broken, shows the French report, recovers on the fix.

A real ``mkdocs serve`` on a free port of 127.0.0.1, in a copy of the project.
"""

from __future__ import annotations

import re
import shlex
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

from site_support import build_env, copy_project

PAYLOAD = '17h <img src=x id="inj-serve" onerror="alert(1)">'
ESCAPED_IN_TERMINAL = f"session.closing: « {PAYLOAD} » n'est pas une date"  # the problem's line, as printed
ESCAPED = "17h &lt;img src=x id=&#34;inj-serve&#34;"  # as Jinja's |e writes it
POLL_LIMIT = 60  # s: a rebuild takes about a second; generous for a busy CI machine


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _ctrl_c_default() -> None:
    """In the server's process, before MkDocs starts: Ctrl+C (SIGINT) as in a terminal. A test run started in the
    background of a shell (``pytest … &``, a CI script) ignores SIGINT, its children inherit that, and Python then
    installs no KeyboardInterrupt handler: the server never saw ``stop_serve``'s Ctrl+C (speedF: a server left running,
    the test failing after its wait)."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def stop_serve(server: subprocess.Popen, limit: float = 30) -> None:
    """Ctrl+C, as staff stop the preview (MkDocs shuts down and removes its temporary folder); killed if it has not
    stopped within ``limit`` seconds (a loaded machine), never left running."""
    server.send_signal(signal.SIGINT)
    try:
        server.wait(timeout=limit)
    except subprocess.TimeoutExpired:
        server.kill()
        server.wait()


def start_serve(root: Path, log_path: Path, **env: str) -> tuple[subprocess.Popen, str]:
    """``mkdocs serve`` on a free port, once it says it serves; another port if someone took this one between
    ``free_port`` and MkDocs' own bind (another test worker, another program)."""
    for _ in range(5):
        port = free_port()
        with log_path.open("w", encoding="utf-8") as log:
            server = subprocess.Popen(
                [sys.executable, "-m", "mkdocs", "serve", "-a", f"127.0.0.1:{port}", "-f", str(root / "mkdocs.yml")],
                cwd=root, env=build_env(**env), stdout=log, stderr=subprocess.STDOUT, preexec_fn=_ctrl_c_default,
            )
        deadline = time.monotonic() + POLL_LIMIT
        while time.monotonic() < deadline and server.poll() is None:
            if f"Aperçu sur http://127.0.0.1:{port}/" in log_path.read_text(encoding="utf-8"):  # log_words
                return server, f"http://127.0.0.1:{port}"
            time.sleep(0.2)
        if server.poll() is None:
            server.kill()
            server.wait()
            raise AssertionError(f"mkdocs serve did not serve within {POLL_LIMIT} s:\n{log_path.read_text(encoding='utf-8')}")
        output = log_path.read_text(encoding="utf-8")
        if "est déjà utilisé" not in output:  # (serving.port_taken)
            raise AssertionError(f"mkdocs serve stopped ({server.returncode}):\n{output}")
    raise AssertionError("mkdocs serve: no free port in five tries")


def test_a_preview_already_running_is_said_before_the_build(tmp_path):
    """The address of the preview taken (a preview left open in another terminal): a French message with the way
    out, before the build, not MkDocs' English traceback after it (a staff walk, stop 47 M5)."""
    root = copy_project(tmp_path)
    with socket.socket() as held:
        held.bind(("127.0.0.1", 0))
        held.listen()
        port = held.getsockname()[1]
        done = subprocess.run(
            [sys.executable, "-m", "mkdocs", "serve", "-a", f"127.0.0.1:{port}", "-f", str(root / "mkdocs.yml")],
            cwd=root, env=build_env(), capture_output=True, text=True, timeout=120,
        )
    output = done.stdout + done.stderr
    assert done.returncode == 1, output
    assert f"Le port {port} (127.0.0.1) est déjà utilisé" in output and f"-a 127.0.0.1:{port + 1}" in output, output
    assert "Traceback" not in output and "Construction terminée" not in output, output


def test_the_other_port_offered_previews_the_project_served(tmp_path, monkeypatch):
    """The command the port's message gives previews the project served, pasted in the folder the preview was started
    in: « bash scripts/serve.sh » there when it is the project's, else the project's script by its path (staff65 item
    3: started as bash other/scripts/serve.sh, the message's « bash scripts/serve.sh » previewed the project of the
    folder typed in)."""
    from generator.site.serving import port_taken

    root = tmp_path / "mon projet"
    (root / "scripts").mkdir(parents=True)
    (root / "scripts" / "serve.sh").write_text("", encoding="utf-8")
    with socket.socket() as held:
        held.bind(("127.0.0.1", 0))
        held.listen()
        port = held.getsockname()[1]
        monkeypatch.delenv("BTS_GUIDE_TYPED_IN", raising=False)
        monkeypatch.chdir(tmp_path)
        elsewhere = port_taken("127.0.0.1", port, root)
        monkeypatch.chdir(root)
        here = port_taken("127.0.0.1", port, root)
        # scripts/serve.sh runs MkDocs in the project's folder: the folder it was typed in comes in BTS_GUIDE_TYPED_IN
        monkeypatch.setenv("BTS_GUIDE_TYPED_IN", str(tmp_path))
        typed_elsewhere = port_taken("127.0.0.1", port, root)
        monkeypatch.setenv("BTS_GUIDE_TYPED_IN", str(root))
        monkeypatch.chdir(tmp_path)
        typed_here = port_taken("127.0.0.1", port, root)
    script = shlex.quote(str(root.resolve() / "scripts" / "serve.sh"))
    for said in (elsewhere, typed_elsewhere):
        assert said.endswith(f"ou lancer cet aperçu sur un autre port : bash {script} -a 127.0.0.1:{port + 1}"), said
    for said in (here, typed_here):
        assert said.endswith(f"ou lancer cet aperçu sur un autre port : bash scripts/serve.sh -a 127.0.0.1:{port + 1}"), said
    # scripts/serve.sh says where it was typed, before it moves to the project's folder
    serve = (Path(__file__).resolve().parents[2] / "scripts" / "serve.sh").read_text(encoding="utf-8")
    assert serve.index('export BTS_GUIDE_TYPED_IN="$PWD"') < serve.index('cd "$ROOT"'), serve


def get(url: str) -> tuple[int, str]:
    """One request that must be answered within 5 s (a stuck server fails here)."""
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.status, response.read().decode("utf-8")
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode("utf-8", "replace")


def poll(url: str, condition, what: str) -> str:
    deadline = time.monotonic() + POLL_LIMIT
    last = (0, "")
    while time.monotonic() < deadline:
        try:
            last = get(url)
        except (urllib.error.URLError, ConnectionError, TimeoutError) as error:
            last = (0, str(error))
        if last[0] == 200 and condition(last[1]):
            return last[1]
        time.sleep(0.3)
    raise AssertionError(f"{what}: not seen at {url} within {POLL_LIMIT} s; last answer {last[0]}: {last[1][:500]}")


def break_closing(path: Path) -> str:
    good = path.read_text(encoding="utf-8")
    broken = re.sub(r"^  closing: .*$", f"  closing: {PAYLOAD}", good, count=1, flags=re.M)
    assert broken != good
    path.write_text(broken, encoding="utf-8")
    return good


def test_serve_shows_the_report_keeps_the_last_good_site_and_recovers(tmp_path):
    root = copy_project(tmp_path)
    session = root / "academies" / "toulouse" / "2024.yaml"
    good = break_closing(session)  # broken from the start: no good state yet
    log = tmp_path / "serve.log"
    server, base = start_serve(root, log)
    try:
        # 1. First build broken: the home page is the report (escaped), the notices do not exist.
        home = poll(base + "/", lambda t: "bts-serve-report-full" in t, "report as home page")
        assert "academies/toulouse/2024.yaml:" in home and "n&#39;est pas une date" in home
        assert ESCAPED in home and 'id="inj-serve"' not in home
        # No good build yet: the banner says so (not « la dernière version sans problème », which does not exist),
        # and a page of the site answers the French « Page introuvable » saying why, not a bare « 404 ».
        assert "Aucune version sans problème depuis le lancement de l’aperçu\u00a0: corrigez d’abord le problème ci-dessous" in home
        assert "dernière version sans problème" not in home
        status, missing = get(base + "/toulouse/2024/")
        assert status == 404
        assert "<h1>Page introuvable</h1>" in missing and "les pages du guide s’afficheront dès que les problèmes" in missing
        # The staff guide is served all the same, and the report links to « Lire un message d'erreur » (a staff walk,
        # stop 48 G1: /personnel/ answered 404 exactly when it was needed)
        assert 'class="bts-serve-guide" href="personnel/erreurs/"' in home and "Lire un message d’erreur (guide du personnel)" in home
        for path in ("/personnel/", "/personnel/erreurs/", "/personnel/champs-session/", "/personnel/identifiants/"):
            status, page = get(base + path)
            assert status == 200 and "bts-serve-report" in page, path
        errors = get(base + "/personnel/erreurs/")[1]
        assert "Comment se lit un message" in errors and 'class="bts-serve-guide" href="./"' in errors
        assert "Champs d’un fichier de session</h1>" in get(base + "/personnel/champs-session/")[1]

        # 2. Fixed: the whole site, no banner.
        session.write_text(good, encoding="utf-8")
        notice = poll(base + "/toulouse/2024/", lambda t: "bts-serve-report" not in t, "site after the fix")
        assert "Toulouse" in notice

        # 3. Broken again: the last good site is still served, with the banner on every page and the report page.
        break_closing(session)
        notice = poll(base + "/toulouse/2024/", lambda t: "bts-serve-report" in t, "banner on the last good site")
        assert ESCAPED in notice and 'id="inj-serve"' not in notice
        assert 'href="../../problemes/"' in notice and 'class="bts-serve-guide" href="../../personnel/erreurs/"' in notice
        assert "Le site affiché est la dernière version sans problème" in notice
        for path in ("/", "/nantes/2026/etablissements/", "/aix-marseille/2023/liste-personnalisee/"):
            status, text = get(base + path)
            assert status == 200 and "bts-serve-report" in text, path
        status, report = get(base + "/problemes/")
        assert status == 200 and "bts-serve-report-full" in report and ESCAPED in report
        assert report.count('class="bts-serve-guide" href="../personnel/erreurs/"') == 2  # (the banner's and the page's)

        # 3b. Saved again, the problem still there and one more: the terminal gives the new one in full and counts
        # the other in one line; the page still gives both.
        printed = log.read_text(encoding="utf-8").count(ESCAPED_IN_TERMINAL)
        text = session.read_text(encoding="utf-8")
        session.write_text(re.sub(r"^  opening: .*$", "  opening: 2023-10-41 14:00", text, count=1, flags=re.M), encoding="utf-8")
        report = poll(base + "/problemes/", lambda t: "2023-10-41" in t, "report page with the second problem")
        assert ESCAPED in report
        deadline = time.monotonic() + POLL_LIMIT
        while "déjà signalé plus haut, toujours là" not in log.read_text(encoding="utf-8") and time.monotonic() < deadline:
            time.sleep(0.2)
        output = log.read_text(encoding="utf-8")
        assert "1 autre problème, déjà signalé plus haut, toujours là" in output, output
        assert output.count(ESCAPED_IN_TERMINAL) == printed, output  # not given in full again
        session.write_text(text, encoding="utf-8")
        poll(base + "/problemes/", lambda t: "2023-10-41" not in t, "report page without the second problem")

        # 4. Fixed again: the banner and the report page are gone.
        session.write_text(good, encoding="utf-8")
        poll(base + "/toulouse/2024/", lambda t: "bts-serve-report" not in t, "banner gone after the fix")
        assert get(base + "/problemes/")[0] == 404
    finally:
        stop_serve(server)
        output = log.read_text(encoding="utf-8")
    assert "Traceback" not in output, output
    assert "n'est pas une date" in output  # the report is in the terminal too
    # with its count, last, as validate and mkdocs build give it (a staff walk, stop 55: serve gave none)
    assert "\n1 problème ; l'aperçu n'est pas à jour. Corriger les fichiers YAML et les enregistrer : l'aperçu se reconstruit seul.\n" in output, output


def test_the_banner_says_whether_a_good_version_is_shown():
    """Before any build without problem, no site is served under the banner: it does not claim « la dernière version
    sans problème » (staff review 43, M2), and the site's missing pages say why in French."""
    from generator.site import serving

    state = serving.ServeState()
    first = serving.headline(2, shown_site=state.last_good is not None)
    assert first == (
        "Aperçu non à jour : 2 problèmes dans les fichiers YAML. Aucune version sans problème depuis le lancement de "
        "l'aperçu : corrigez d'abord les problèmes ci-dessous ; le site s'affichera dès que les fichiers seront corrigés."
    )
    served = serving.broken(state, "academies/x/2024.yaml:1:1: …", first)
    assert served.nav == [{serving.REPORT_TITLE: "index.md"}]
    assert state.report.guide_url is None and state.report.guide_later.startswith("Le guide du personnel s’affichera")
    assert served.not_found is not None and served.not_found.title == "Page introuvable"
    assert served.not_found.text.startswith("Aucune version sans problème depuis le lancement de l’aperçu")

    serving.good(state, serving.Generated({"index.md": "# Accueil\n"}, {}, [{"Accueil": "index.md"}]))
    again = serving.headline(1, shown_site=state.last_good is not None)
    assert "Le site affiché est la dernière version sans problème" in again and "Aucune version" not in again
    assert serving.broken(state, "…", again).not_found is None  # the good site's own (None here: none was given)


def test_the_staff_guide_is_served_and_linked_while_no_good_version_is(tmp_path):
    """A staff walk (stop 48 G1): the preview started on a broken file answered 404 for the staff guide, and the report
    did not link to it. The guide is made from what reads (its titles, content/interface.yaml; the national files for
    its identifiers page) and served with the report, which links to « Lire un message d'erreur »; when interface.yaml
    itself does not read, the report says the guide comes back with the site. Nothing of this in a build."""
    from generator.site import events, serving
    from generator.site.staff_guide import PAGES
    from generator.pipeline import load_and_check

    assert serving.GUIDE_ERRORS_PAGE in {page.path for page in PAGES}
    root = copy_project(tmp_path)
    break_closing(root / "academies" / "toulouse" / "2024.yaml")
    project, problems = load_and_check(root)
    assert problems
    guide = events._staff_guide(project)
    assert guide is not None and {page.path for page in PAGES} <= set(guide.files)
    state = serving.ServeState()
    served = serving.broken(state, problems.report(), "…", guide)
    assert served.nav[0] == {serving.REPORT_TITLE: "index.md"} and served.nav[1] == guide.nav
    assert state.report.guide_url == "personnel/erreurs/"
    # the last good version's own guide, when there is one
    serving.good(state, serving.Generated({"index.md": "# Accueil\n", serving.GUIDE_ERRORS_PAGE: "# Erreurs\n"}, {}, []))
    serving.broken(state, "…", "…")
    assert state.report.guide_url == "personnel/erreurs/" and state.report.url == "problemes/"
    # content/interface.yaml broken: no guide, said
    interface = root / "content" / "interface.yaml"
    interface.write_text(interface.read_text(encoding="utf-8") + "\n  [\n", encoding="utf-8")
    project, problems = load_and_check(root)
    assert project.content.interface is None and events._staff_guide(project) is None
    state = serving.ServeState()
    serving.broken(state, problems.report(), "…", None)
    assert state.report.guide_url is None


def test_a_rebuild_gives_in_full_only_the_warnings_it_has_not_given_yet():
    """Under ``mkdocs serve``, every save rebuilt and printed every academy's « à contrôler » in full: the one about
    the file just saved was lost among them (a staff walk). A rebuild gives the new ones in full, counts the others
    in one line; a warning moved to another line by an edit above it is not new."""
    from generator.problems import Location, Problems
    from generator.site.serving import ServeState, warnings_since

    def problems(*warnings):
        found = Problems()
        for file, line, message in warnings:
            found.warn(Location(file, line, 1), "session.year", message, kind="review")
        return found

    state = ServeState()
    first = warnings_since(state, problems(("academies/a/2024.yaml", 3, "la notice 2025 est-elle parue ?"), ("academies/b/2024.yaml", 5, "aucun contact")))
    assert "academies/a/2024.yaml:3:1" in first and "academies/b/2024.yaml:5:1" in first and "déjà signalé" not in first
    again = warnings_since(state, problems(
        ("academies/a/2024.yaml", 4, "la notice 2025 est-elle parue ?"), ("academies/b/2024.yaml", 5, "aucun contact"), ("academies/limoges/2025.yaml", 9, "liste R408"),
    ))
    assert "academies/limoges/2025.yaml:9:1" in again and "academies/a/2024.yaml" not in again and "academies/b/2024.yaml" not in again
    assert again.splitlines()[-1].startswith("2 autres points à contrôler ou avertissements, déjà signalés plus haut, toujours là"), again
    assert warnings_since(state, problems(("academies/b/2024.yaml", 5, "aucun contact"))).startswith("1 autre point à contrôler ou avertissement, déjà signalé")
    # fixed, then back: given in full again; none at all: nothing printed
    back = warnings_since(state, problems(("academies/b/2024.yaml", 5, "aucun contact"), ("academies/limoges/2025.yaml", 9, "liste R408")))
    assert "academies/limoges/2025.yaml:9:1" in back and "academies/b/2024.yaml" not in back
    assert warnings_since(state, problems()) == ""
    assert "academies/b/2024.yaml:5:1" in warnings_since(state, problems(("academies/b/2024.yaml", 5, "aucun contact")))
    # a broken build (a problem, the points to check not worked out): those given stay given
    broken = problems()
    broken.add(Location("academies/b/2024.yaml", 2, 1), "session.closing", "n'est pas une date")
    assert warnings_since(state, broken) == ""
    assert warnings_since(state, problems(("academies/b/2024.yaml", 5, "aucun contact"))).startswith("1 autre point")


def test_a_rebuild_gives_again_a_point_whose_lines_to_copy_changed():
    """A file's points give one block to copy under the last (generator.staff.reviewed), whose message stays the same
    when an earlier point of the file changes: its lines to copy count in what makes a warning new (a review, stop 46:
    the changed point came back, the block was skipped and the old one, with the old seen:, was left on screen)."""
    import dataclasses

    from generator.problems import Location, Problems
    from generator.site.serving import ServeState, warnings_since

    def problems(seen):
        found = Problems()
        found.warn(Location("academies/a/2024.yaml", 276, 7), "r408", "la notice ne dit rien de R408 ; copier ces lignes", kind="review")
        found.warnings[-1] = dataclasses.replace(found.warnings[-1], paste=("reviewed:", f'  - {{point: "emails", seen: "{seen}"}}'))
        return found

    state = ServeState()
    assert "ac-rennes.fr" in warnings_since(state, problems("ac-rennes.fr"))
    assert warnings_since(state, problems("ac-rennes.fr")).startswith("1 autre point")
    again = warnings_since(state, problems("ac-lyon.fr"))
    assert "academies/a/2024.yaml:276:7" in again and "ac-lyon.fr" in again, again


def test_a_rebuild_gives_in_full_only_the_problems_it_has_not_given_yet():
    """Under ``mkdocs serve``, every save printed every problem again in full: the one the last save made was lost
    among them. As for the warnings, a rebuild gives the new ones in full and counts the others in one line; one
    fixed and back is given again; moved by an edit above it, it is not new. (The page still gives them all:
    ``test_serve_shows_the_report_keeps_the_last_good_site_and_recovers``.)"""
    from generator.problems import Location, Problems
    from generator.problems import count_line
    from generator.site.serving import AFTER_SERVE, ServeState, problems_since

    def problems(*found):
        result = Problems()
        for file, line, message in found:
            result.add(Location(file, line, 1), "session.closing", message)
        return result

    state = ServeState()
    first = problems_since(state, problems(("academies/a/2024.yaml", 3, "n'est pas une date"), ("academies/b/2024.yaml", 5, "clé inconnue")))
    assert "academies/a/2024.yaml:3:1" in first and "academies/b/2024.yaml:5:1" in first and "déjà signalé" not in first
    again = problems_since(state, problems(
        ("academies/a/2024.yaml", 4, "n'est pas une date"), ("academies/b/2024.yaml", 5, "clé inconnue"), ("academies/c/2025.yaml", 9, "liste non fermée"),
    ))
    assert "academies/c/2025.yaml:9:1" in again and "academies/a/2024.yaml" not in again and "academies/b/2024.yaml" not in again
    assert again.splitlines()[-2].startswith("2 autres problèmes, déjà signalés plus haut, toujours là (la page « Problèmes à corriger »"), again
    # last, the count of them all, as validate and mkdocs build give it (a staff walk, stop 55: serve gave none)
    assert again.splitlines()[-1] == count_line(3, AFTER_SERVE) == (
        "3 problèmes ; l'aperçu n'est pas à jour. Corriger les fichiers YAML et les enregistrer : l'aperçu se reconstruit seul."
    ), again
    assert first.splitlines()[-1] == count_line(2, AFTER_SERVE), first
    # nothing new: the count alone; one fixed: said
    same = problems_since(state, problems(("academies/b/2024.yaml", 5, "clé inconnue"), ("academies/c/2025.yaml", 9, "liste non fermée")))
    assert same.splitlines() == [
        "1 problème de la construction précédente n'est plus là.",
        "2 problèmes, déjà signalés plus haut, toujours là (la page « Problèmes à corriger » de l'aperçu les donne tous, comme python -m generator validate).",
        count_line(2, AFTER_SERVE),
    ], same
    # fixed, then back: in full again
    back = problems_since(state, problems(("academies/a/2024.yaml", 3, "n'est pas une date"), ("academies/b/2024.yaml", 5, "clé inconnue")))
    assert "academies/a/2024.yaml:3:1" in back and "academies/b/2024.yaml:5:1" not in back
    # the value read is part of the problem: another value is another problem
    other = problems_since(state, problems(("academies/a/2024.yaml", 3, "« 2023-13-46 » n'est pas une date"), ("academies/b/2024.yaml", 5, "clé inconnue")))
    assert "2023-13-46" in other and "n'est plus là" in other
    # all fixed: said in one line; then a problem is new again
    assert problems_since(state, problems()) == "Plus aucun problème dans les fichiers YAML (2 corrigés)."
    assert problems_since(state, problems()) == ""
    assert "academies/b/2024.yaml:5:1" in problems_since(state, problems(("academies/b/2024.yaml", 5, "clé inconnue")))
    # a file that no longer reads (a syntax error) hides its other problems: not said fixed, nor given again in full
    # once the syntax is fixed and they are still there (a review: « n'est plus là » for a problem only hidden)
    broken = problems(("academies/b/2024.yaml", 30, "liste non fermée"))
    broken.unread.add("academies/b/2024.yaml")
    hidden = problems_since(state, broken)
    assert "academies/b/2024.yaml:30:1" in hidden and "n'est plus là" not in hidden and "corrigé" not in hidden, hidden
    # another syntax error in its place: the first one is gone (fixed), the hidden one is still hidden (a review)
    other = problems(("academies/b/2024.yaml", 31, "guillemet non fermé"))
    other.unread.add("academies/b/2024.yaml")
    replaced = problems_since(state, other)
    assert "academies/b/2024.yaml:31:1" in replaced and "1 problème de la construction précédente n'est plus là." in replaced, replaced
    after = problems_since(state, problems(("academies/b/2024.yaml", 5, "clé inconnue")))
    assert after.splitlines() == [
        "1 problème de la construction précédente n'est plus là.",
        "1 problème, déjà signalé plus haut, toujours là (la page « Problèmes à corriger » de l'aperçu les donne tous, comme python -m generator validate).",
        "1 problème ; l'aperçu n'est pas à jour. Corriger les fichiers YAML et les enregistrer : l'aperçu se reconstruit seul.",
    ], after


def test_a_file_that_does_not_read_is_marked_unread(tmp_path):
    """What ``problems_since`` relies on: the reading marks a file it could not compose (a syntax error) or decode."""
    from generator.pipeline import load_and_check
    from site_support import copy_project

    root = copy_project(tmp_path)
    session = root / "academies" / "toulouse" / "2024.yaml"
    session.write_text(session.read_text(encoding="utf-8") + "\nwarnings: [\n", encoding="utf-8")
    _, problems = load_and_check(root)
    assert problems.unread == {"academies/toulouse/2024.yaml"}, problems.unread
    session.write_bytes(session.read_bytes().replace(b"\nwarnings: [\n", b"\n").replace("é".encode(), b"\xe9", 1))
    _, problems = load_and_check(root)
    assert problems.unread == {"academies/toulouse/2024.yaml"} and "UTF-8" in problems.report()


def test_a_preview_as_of_another_day_gives_that_day_to_the_pages_scripts(tmp_path, frozen_site):
    """A staff walk (stop 48 M8): previewing as of a day of the registrations (``BTS_GUIDE_TODAY``), the page said
    « Session passée »: the build followed the variable, the page's script (past.js) the device's clock. The preview's
    pages say the day to their scripts; a build's never do (their reader's day decides)."""
    from browser_support import chromium, require_browser

    require_browser()
    root = copy_project(tmp_path)
    # (without the notices' PDFs: as of that day every PDF misses the cache, eight printed cold before the preview serves,
    # for a test that reads a page's HTML and script; test_serve_shows_the_report… previews with the PDFs)
    server, base = start_serve(root, tmp_path / "serve.log", BTS_GUIDE_TODAY="2023-10-20", BTS_GUIDE_PDF="0")
    try:
        notice = poll(base + "/toulouse/2024/", lambda t: "bts-past" in t, "the notice page")
        assert '<meta name="bts-preview-today" content="2023-10-20">' in notice
        with chromium() as browser:
            page = browser.new_page()
            page.goto(base + "/toulouse/2024/")
            page.wait_for_function("() => typeof window.btsClock === 'function'")
            assert page.evaluate("() => window.btsClock().toISOString().slice(0, 10)") == "2023-10-20"
            # the session's last day is past on the device's clock, not on the preview's day: the box stays hidden
            assert page.locator(".bts-past[data-bts-past-after]").count() == 1
            assert page.is_hidden(".bts-past[data-bts-past-after]") and page.get_attribute(".bts-past", "data-bts-past") is None
    finally:
        stop_serve(server)
    built = (frozen_site / "toulouse" / "2024" / "index.html").read_text(encoding="utf-8")
    assert "bts-past" in built and "bts-preview-today" not in built
