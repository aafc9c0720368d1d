"""A national rule says how the guide knows its text: the notices that cite it (content/texts.yaml ``cited_by:``),
unless the notice of the page cites it itself (a review, walk 42 M1: « Règle nationale — arrêté du 13 juillet 2023 »
on Nantes 2026's page, one line above « texte non consulté par le guide », while only Clermont-Ferrand 2024's notice
cites that arrêté).

Hand-written words on the frozen project (tests/fixtures/project/); properties on the real data: every line that
says a national rule with its text names the notices that cite it, unless the page's notice does.
"""

from __future__ import annotations

import html

import re

import pytest

from generator.checklist import engine
from generator.checklist.compile import compile_ruleset
from generator.checklist.text import render
from generator.french import typography
from generator.site import pages
from generator.site.document_view import document_rows
from generator.site.notice_view import notice_view
from project_support import FROZEN, REAL, valid_project
from site_support import FIXED_TODAY

CF = "cité par la notice de Clermont-Ferrand (session 2024)"
# the arrêté du 13 juillet 2023: the text of the national R408 list the guide has from Clermont-Ferrand 2024's notice
# (content/regulations.yaml as_given_by), which it has not consulted
CF_UNREAD = f"{CF} et non consulté par le guide"


def _notice(notices, slug: str, year: int):
    return next(n for n in notices if n.slug == slug and n.year == year)


def _text(notice, tid: str):
    return notice.national_texts[tid]


def _flat(text: str) -> str:
    """Typography's spaces and apostrophes as plain ones, Markdown escapes and HTML's entities out (a cell the guide's
    words follow on a line of their own is HTML already: document_view.after_words), on one line."""
    text = html.unescape(str(text))
    return " ".join(text.replace("\u202f", " ").replace("\xa0", " ").replace("’", "'").replace("\\", "").split())


# ---------------------------------------------------------------- the words (frozen project)


def test_a_notice_that_cites_a_text_for_one_rule_is_named_under_that_rule_only(frozen_project):
    """read49 L3: Toulouse 2024 cites D643-23 for keeping grades (its refusal form), Clermont-Ferrand 2024 for the
    compensation between the forms: with cited_by: statements:, each rule's line names the notice that cites the
    text for it, on the other notices' pages, and the notice's own page says it « cité par » the other for the rule
    it does not cite it for."""
    import dataclasses

    from generator.merge import build_notices

    content = frozen_project.content
    text = content.texts.texts["code_education_d643_23"]
    clermont = next(c for c in text.cited_by if c.academy == "clermont-ferrand")
    cited_by = (
        dataclasses.replace(clermont, academy="toulouse", section="Annexe 2", statements=("benefits.keep_5_years",)),
        dataclasses.replace(clermont, statements=("passing_form.compensation",)),
    )
    texts = {**content.texts.texts, "code_education_d643_23": dataclasses.replace(text, cited_by=cited_by)}
    # (the real content's keeping of grades cites D643-23 too, « à votre demande »)
    benefits = content.topics.topics["benefits"]
    keep = benefits.statements["keep_5_years"]
    keep = dataclasses.replace(keep, sources=(*keep.sources, "code_education_d643_23"))
    topics = {**content.topics.topics, "benefits": dataclasses.replace(benefits, statements={**benefits.statements, "keep_5_years": keep})}
    content = dataclasses.replace(content, texts=dataclasses.replace(content.texts, texts=texts), topics=dataclasses.replace(content.topics, topics=topics))
    project = dataclasses.replace(frozen_project, content=content)
    notices = build_notices(project)

    def line(slug, year, topic, statement):
        found = next(s for t in _notice(notices, slug, year).topics if t.id == topic for s in t.statements if s.id == statement)
        return [_flat(w) for w in _notice(notices, slug, year).texts_words(found.provenance.texts)]

    toulouse_ = "cité par la notice de Toulouse (session 2024)"
    assert line("aix-marseille", 2023, "passing_form", "compensation") == [f"article D643-23 du code de l'éducation, {CF}"]
    assert line("toulouse", 2024, "passing_form", "compensation") == [f"article D643-23 du code de l'éducation, {CF}"]
    assert line("nantes", 2024, "benefits", "keep_5_years")[-1] == f"article D643-23 du code de l'éducation, {toulouse_}"
    assert line("toulouse", 2024, "benefits", "keep_5_years")[-1] == "article D643-23 du code de l'éducation"
    # said outside those rules (a piece's or a warning's sources:), never as a notice's own citation: « cité par » every
    # notice that cites it, unless it is one of them (review57 M2: Aix-Marseille's page read it as its own)
    both = "cité par les notices de Toulouse (session 2024) et de Clermont-Ferrand (session 2024)"
    assert [_flat(_notice(notices, "aix-marseille", 2023).text_words(texts["code_education_d643_23"]))] == [f"article D643-23 du code de l'éducation, {both}"]
    assert not _notice(notices, "aix-marseille", 2023).cites(texts["code_education_d643_23"])
    assert _notice(notices, "toulouse", 2024).cites(texts["code_education_d643_23"])


def test_a_text_this_notice_cites_is_named_as_it_is(frozen_notices):
    clermont = _notice(frozen_notices, "clermont-ferrand", 2024)
    assert clermont.text_words(_text(clermont, "arrete_2008_07_22")) == _text(clermont, "arrete_2008_07_22").title
    assert _flat(clermont.text_words(_text(clermont, "code_education_d643_15"), article=True)) == "l'article D643-15 du code de l'éducation"
    nantes = _notice(frozen_notices, "nantes", 2026)
    # Nantes 2026 cites the décret n°2020-1167 (« Attention nouveauté 2026 »), with Aix-Marseille 2023
    assert nantes.text_words(_text(nantes, "decret_2020_1167")) == "décret n°2020-1167 du 23 septembre 2020"


def test_a_text_another_notice_cites_is_named_with_that_notice(frozen_notices):
    nantes = _notice(frozen_notices, "nantes", 2026)
    assert _flat(nantes.text_words(_text(nantes, "arrete_2008_07_22"))) == f"{_flat(_text(nantes, 'arrete_2008_07_22').title)}, {CF}"
    # in a sentence, with its article
    assert _flat(nantes.text_words(_text(nantes, "code_education_d643_23"), article=True)) == f"l'article D643-23 du code de l'éducation, {CF}"
    # several notices: all of them, in the file's order; a feminine noun agrees
    assert _flat(nantes.text_words(_text(nantes, "code_education_d613_26"))) == (
        "article D613-26 du code de l'éducation, cité par les notices de Toulouse (session 2024) et de Clermont-Ferrand (session 2024)"
    )
    toulouse = _notice(frozen_notices, "toulouse", 2024)
    loi = _text(toulouse, "loi_1997_1019")
    assert _flat(toulouse.text_words(loi)) == f"{_flat(loi.title)}, citée par la notice de Clermont-Ferrand (session 2024)"
    assert _flat(toulouse.text_words(loi, article=True)).startswith("la loi n°97-1019")
    # Aix-Marseille, elided
    assert _flat(toulouse.text_words(_text(toulouse, "decret_2020_1167"))).endswith(
        "cité par les notices d'Aix-Marseille (session 2023) et de Nantes (session 2026)"
    )


def test_texts_the_same_notices_cite_are_said_together(frozen_notices):
    nantes = _notice(frozen_notices, "nantes", 2024)
    both = [_text(nantes, "code_education_d643_15"), _text(nantes, "code_education_d643_23")]
    assert [_flat(w) for w in nantes.texts_words(both)] == [
        "article D643-15 du code de l'éducation ; article D643-23 du code de l'éducation, cités par la notice de Clermont-Ferrand (session 2024)"
    ]
    # texts cited by different notices: each with its own
    other = [_text(nantes, "code_education_d643_15"), _text(nantes, "code_education_d643_15_1")]
    assert [_flat(w) for w in nantes.texts_words(other)] == [
        f"article D643-15 du code de l'éducation, {CF}",
        "article D643-15-1 du code de l'éducation, cité par la notice de Toulouse (session 2024)",
    ]


def test_the_exemption_that_replaces_a_piece_names_its_text_and_the_notice_that_cites_it(frozen_notices):
    """Toulouse 2024 asks for the R408 attestation without exemption: the RQTH piece replaces it by the arrêté du 13
    juillet 2023, which Toulouse does not cite: the sentence says which notice does (page and command line)."""
    toulouse = _notice(frozen_notices, "toulouse", 2024)
    [doc] = [d for d in toulouse.documents if d.unwaived]
    row = next(r for r in document_rows(toulouse, [doc]))
    assert f"c'est l'arrêté du 13 juillet 2023, {CF_UNREAD}, qui permet de la remplacer" in _flat(row.details)
    assert "le texte national qui permet" not in _flat(row.details)
    ruleset = compile_ruleset(toulouse, valid_project(FROZEN).content.checklist)
    [item] = [d for d in ruleset["documents"] if d["id"] == doc.id]
    assert _flat(item["unwaived_texts"]) == f"l'arrêté du 13 juillet 2023, {CF_UNREAD}"
    answers = {"department": "31", "situation": "repeater", "specialty": "batiment", "r408_waiver": "yes"}
    text = _flat(render(ruleset, engine.evaluate(ruleset, answers), toulouse.texts))
    assert f"c'est l'arrêté du 13 juillet 2023, {CF_UNREAD}, qui permet de la remplacer" in text


def test_the_exemption_of_a_text_this_notice_cites_keeps_its_words(frozen_notices):
    """``replaced_unwaived`` as it was for a notice that cites the text: the same RQTH piece (its text, the arrêté du
    13 juillet 2023), read by Clermont-Ferrand 2024's notice, which cites it."""
    doc = next(d for d in _notice(frozen_notices, "toulouse", 2024).documents if d.unwaived)
    clermont = _notice(frozen_notices, "clermont-ferrand", 2024)
    assert clermont.unwaived_texts(doc) is None
    assert clermont.replaced_unwaived("X", None) == clermont.texts.text("provenance.replaced_unwaived", piece="X", office="")
    assert "c'est le texte national qui permet" in _flat(clermont.replaced_unwaived("X", None))


def test_a_dating_line_of_a_text_this_notice_does_not_cite_names_the_notices_that_do(frozen_notices):
    """Toulouse 2024's engagement étudiant form: the décret n°2020-1167 (cited by Aix-Marseille 2023 and Nantes 2026,
    not by Toulouse) dates the request otherwise; the checklist says whose words those are."""
    toulouse = _notice(frozen_notices, "toulouse", 2024)
    ruleset = compile_ruleset(toulouse, valid_project(FROZEN).content.checklist)
    rules = [r for d in ruleset["documents"] for r in d["national_dating"] if "décret n°2020-1167 du 23 septembre 2020" in r["texts"]]
    assert rules, "no dating line of the décret n°2020-1167 on Toulouse 2024"
    for rule in rules:
        assert _flat(rule["cited"]).startswith("le décret n°2020-1167 du 23 septembre 2020, cité par les notices d'Aix-Marseille (session 2023)")
    answers = {"department": "31", "situation": "repeater", "engagement_etudiant": "yes", "nationality": "foreign"}
    text = _flat(render(ruleset, engine.evaluate(ruleset, answers), toulouse.texts))
    assert "selon le décret n°2020-1167 du 23 septembre 2020, cité par les notices d'Aix-Marseille (session 2023) et de Nantes (session 2026) :" in text
    assert "selon le texte national (décret n°2020-1167" not in text


def test_a_notice_whose_list_gives_the_annexes_says_them_after_itself(frozen_notices):
    """Nantes 2026 gives its own R408 list with its annexes: its R408 item says them « d'après la notice », not after
    Clermont-Ferrand 2024's notice, from which the guide has the national list; Toulouse 2024's list gives none: the
    national list's annexes, after Clermont-Ferrand's notice."""
    checklist = valid_project(FROZEN).content.checklist
    answers = {"department": "44", "situation": "in_person", "route": "scolaire", "specialty": "batiment", "r408_waiver": "no"}
    nantes = _notice(frozen_notices, "nantes", 2026)
    ruleset = compile_ruleset(nantes, checklist)
    text = _flat(render(ruleset, engine.evaluate(ruleset, answers), nantes.texts))
    assert "exigées pour votre spécialité : annexe 5, d'après la notice." in text
    assert "d'après la liste nationale telle que" not in text
    toulouse = _notice(frozen_notices, "toulouse", 2024)
    ruleset = compile_ruleset(toulouse, checklist)
    text = _flat(render(ruleset, engine.evaluate(ruleset, {**answers, "department": "31", "situation": "repeater"}), toulouse.texts))
    assert "annexe 5, d'après la liste nationale telle que la notice de Clermont-Ferrand (session 2024) la donne" in text


def test_the_national_list_this_notice_gives_as_its_own_is_shown_once(frozen_notices):
    """Clermont-Ferrand 2024: the national R408 list is the one its notice gives (as_given_by), the same specialties and
    annexes as its own list: one table, whose title says both, and the notice's section under it; Nantes 2026 gives
    the same list, but the national one is Clermont-Ferrand's: the notice's own table, one line under it saying it is
    the list Clermont-Ferrand's notice gives for the arrêté, never the national table « en vigueur pour cette session »
    (a review, read50 L5: two identical tables, the first resting on a 2024 notice); its checklist says « la liste R408
    de la notice »."""
    clermont = _notice(frozen_notices, "clermont-ferrand", 2024)
    view = notice_view(clermont, FIXED_TODAY).r408
    assert view.national_is_notice_list and view.national_rows and view.notice_rows == ()
    assert all(row.in_notice is None for row in view.national_rows)
    page = _flat(pages.notice_page(clermont, FIXED_TODAY))
    assert page.count("Liste donnée par la notice") == 1
    assert "Liste donnée par la notice : c'est la liste nationale en vigueur pour cette session, telle que cette notice la donne" in page
    assert f"Notice de l'académie — {_flat(clermont.r408.section)}" in page
    nantes = _notice(frozen_notices, "nantes", 2026)
    view = notice_view(nantes, FIXED_TODAY).r408
    assert not view.national_is_notice_list and view.notice_rows
    assert nantes.r408.notice_list_is_national
    assert _flat(view.national_same) == ("Même liste et mêmes annexes que celles que la notice de Clermont-Ferrand (session 2024) donne pour "
                                  "l'arrêté du 13 juillet 2023 (le guide n'a pas consulté ce texte).")
    page = _flat(pages.notice_page(nantes, FIXED_TODAY))
    assert _flat(view.national_same) in page and "en vigueur pour cette session" not in page
    assert "Liste donnée par la notice" in page and "Liste nationale" not in page
    # the PDF's annex: the same line, no national table
    annex = _flat(pages.print_pages([nantes], FIXED_TODAY)[pages.pdf_path(nantes)].annex)
    assert _flat(view.national_same) in annex and "en vigueur pour cette session" not in annex
    # the checklist: a piece tied to the national list (the RQTH waiver) says the notice's list
    assert nantes.questions["r408_required"].phrases["yes"] == "votre spécialité figure sur la liste R408 de la notice"
    assert clermont.questions["r408_required"].phrases["yes"] == "votre spécialité figure sur la liste R408 nationale en vigueur pour la session"


def test_a_text_the_guide_has_not_consulted_is_said_so_on_the_page_in_the_pdf_and_in_the_checklist(frozen_notices):
    """phone51 L10: Nantes 2026's page said « Règle nationale — arrêté du 13 juillet 2023, cité par la notice de
    Clermont-Ferrand (session 2024) » while its checklist said « Selon la notice de Clermont-Ferrand (session 2024), qui
    cite un texte national (arrêté du 13 juillet 2023) que le guide n'a pas consulté » for the same rule. The text of a
    national R408 list the guide has from a notice (content/regulations.yaml as_given_by) is said not consulted wherever
    it is named as a source: on the page and the PDF annex of the other notices, on the citing notice's own page, and
    in the checklist's source lines."""
    nantes = _notice(frozen_notices, "nantes", 2026)
    arrete = _text(nantes, "arrete_2023_07_13")
    assert _flat(nantes.text_words(arrete)) == f"arrêté du 13 juillet 2023, {CF_UNREAD}"
    assert _flat(nantes.text_words(arrete, article=True)) == f"l'arrêté du 13 juillet 2023, {CF_UNREAD}"
    line = f"Règle nationale — arrêté du 13 juillet 2023, {CF_UNREAD}"
    page = _flat(pages.notice_page(nantes, FIXED_TODAY))
    annex = _flat(pages.print_pages([nantes], FIXED_TODAY)[pages.pdf_path(nantes)].annex)
    for said in (page, annex):
        assert line in said
        assert said.count(f"13 juillet 2023, {CF}") == said.count(f"13 juillet 2023, {CF_UNREAD}")
    # the checklist: the same rule's dating line, and the source line of the piece it replaces
    checklist = valid_project(FROZEN).content.checklist
    ruleset = compile_ruleset(nantes, checklist)
    answers = {"department": "44", "situation": "in_person", "route": "scolaire", "specialty": "batiment", "r408_waiver": "no"}
    text = _flat(render(ruleset, engine.evaluate(ruleset, answers), nantes.texts))
    assert ("selon la notice de Clermont-Ferrand (session 2024), qui cite un texte national (arrêté du 13 juillet 2023) "
            "que le guide n'a pas consulté") in text
    text = _flat(render(ruleset, engine.evaluate(ruleset, {**answers, "r408_waiver": "yes"}), nantes.texts))
    assert line in text
    # on the page of the notice that cites it, the text alone, said not consulted (its checklist: « selon cette notice,
    # qui cite un texte national (…) que le guide n'a pas consulté »)
    clermont = _notice(frozen_notices, "clermont-ferrand", 2024)
    assert _flat(clermont.text_words(arrete)) == "arrêté du 13 juillet 2023, non consulté par le guide"
    page = _flat(pages.notice_page(clermont, FIXED_TODAY))
    assert "Règle nationale — arrêté du 13 juillet 2023, non consulté par le guide" in page
    assert "Règle nationale — arrêté du 13 juillet 2023 ;" not in page
    # a text the guide has no such list of keeps its words; texts said together are never one of those
    assert "consulté" not in nantes.text_words(_text(nantes, "code_education_d643_23"))
    both = [_text(nantes, "code_education_d643_23"), arrete]
    assert [_flat(w) for w in nantes.texts_words(both)] == [f"article D643-23 du code de l'éducation, {CF}", f"arrêté du 13 juillet 2023, {CF_UNREAD}"]


def test_a_session_s_own_words_for_the_national_list_stay_when_its_list_is_the_national_one(tmp_path):
    """review57 L11: Nantes 2026's list is the national one, so the national list's fact (r408_required) takes the words
    of the notice's list (r408_listed); a session's own words for it (question_words: r408_required:) were replaced
    wholesale and silently lost. They stay over the list's (the rest keeps the list's words), on the page's « Pour qui »
    and in the checklist's reasons, and the file validates."""
    from generator.merge import build_notice
    from project_support import data_root, load

    root = data_root(tmp_path)
    path = root / "academies" / "nantes" / "2026.yaml"
    own = "votre spécialité est sur la liste des attestations R408 de cette notice"
    path.write_text(path.read_text(encoding="utf-8") + (
        "question_words:\n"
        "  r408_required:\n"
        "    section: Liste des pièces justificatives\n"
        f"    phrases: {{\"yes\": {own}}}\n"
    ), encoding="utf-8")
    project, problems = load(root)
    assert not problems, problems.report()
    notice = build_notice(project.content, project.academies["nantes"], 2026)
    assert notice.r408.notice_list_is_national
    required, listed = notice.questions["r408_required"], notice.questions["r408_listed"]
    assert required.phrases["yes"] == own
    assert required.phrases["no"] == listed.phrases["no"] and required.label == listed.label
    assert _flat(own) in _flat(pages.notice_page(notice, FIXED_TODAY))
    ruleset = compile_ruleset(notice, project.content.checklist)
    answers = {"department": "44", "situation": "in_person", "route": "scolaire", "specialty": "batiment", "r408_waiver": "yes"}
    text = _flat(render(ruleset, engine.evaluate(ruleset, answers), notice.texts))
    assert f"parce que : {_flat(own)}" in text, text
    assert "votre spécialité figure sur la liste R408 de la notice (d'après" not in text


# ---------------------------------------------------------------- properties (real data)


RULE_LINE = re.compile(r"(?:Règle nationale|règle nationale) — [^*\n|<]*")


@pytest.fixture(scope="module")
def real_project():
    return valid_project(REAL)


def test_every_national_rule_line_names_the_notices_citing_its_text_unless_this_one_does(real_notices, real_project):
    table = real_project.content.departments.academies
    seen = 0
    for notice in real_notices:
        markdown = _flat(pages.notice_page(notice, FIXED_TODAY))
        texts = [t for t in notice.national_texts.values() if t.in_force(notice.year)]
        for line in RULE_LINE.findall(markdown):
            for text in texts:
                title = _flat(typography(text.title))
                at = line.find(title)
                if at < 0 or (line[at + len(title):at + len(title) + 1].isalnum()):
                    continue  # (not this text; or a longer title that starts with it: D643-15 in D643-15-1)
                after = line[at + len(title):]
                # (a notice that cites the text for some rules only, cited_by: statements:, is named under those only:
                # whether this line is one of them, the line does not say; the unit tests above check it)
                always = [ref for ref in text.cited_by if not ref.statements]
                if not text.cited_by or any((ref.academy, ref.session) == (notice.slug, notice.year) for ref in always):
                    assert not re.match(r",? cité", after), f"{notice.slug} {notice.year}: « {line} » says who cites a text its notice cites"
                    continue
                if text.cited_in(notice.slug, notice.year):
                    continue
                seen += 1
                # the notices that cite it, by name and session, after its title (it alone, or with the next texts
                # the same notices cite)
                for ref in always:
                    name = _flat(typography(table[ref.academy].name))
                    assert re.search(rf"\b{re.escape(name)} \(session {ref.session}\)", after), (
                        f"{notice.slug} {notice.year}: « {line} » does not name the notice of {name} (session {ref.session}) that cites {text.title}"
                    )
                # and none that does not cite it
                named = re.match(r",? cités? par (?:la notice|les notices) (.*?)(?: ;|$)", after)
                assert named or always, f"{notice.slug} {notice.year}: « {line} » names no notice citing {text.title}"
                if named:
                    citing = {_flat(typography(table[ref.academy].name)) for ref in text.cited_by}
                    for name in re.findall(r"d(?:e |')([^(]+?) \(session", named.group(1)):
                        assert name in citing, f"{notice.slug} {notice.year}: « {line} » names {name}, which does not cite {text.title}"
    assert seen, "no page names a text it does not cite: the property tests nothing"


def test_every_line_naming_a_text_the_guide_has_not_consulted_says_so(real_notices, real_project):
    """phone51 L10, on every real notice: each « Règle nationale — » line of its page and of its PDF annex, and each
    source line of its checklist, that names the text of a national R408 list the guide has from a notice (content/
    regulations.yaml as_given_by) says « non consulté par le guide » after it, as the checklist's dating line says « que
    le guide n'a pas consulté »."""
    unread = {_flat(typography(real_project.content.texts.texts[lst.source].title))
              for lst in real_project.content.regulations.r408_lists.values() if lst.as_given_by is not None}
    assert unread, "no national list taken from a notice: the property tests nothing"
    checklist = real_project.content.checklist
    seen = set()
    for notice in real_notices:
        lines = RULE_LINE.findall(_flat(pages.notice_page(notice, FIXED_TODAY)))
        lines += RULE_LINE.findall(_flat(pages.print_pages([notice], FIXED_TODAY)[pages.pdf_path(notice)].annex))
        ruleset = compile_ruleset(notice, checklist)
        lines += [_flat(t) for d in ruleset["documents"] for t in d["provenance"]["texts"]]
        lines += [_flat(t) for w in ruleset["warnings"] for t in w["provenance"]["texts"]]
        for line in lines:
            for title in unread:
                if title in line:
                    seen.add((notice.slug, notice.year))
                    after = line.split(title, 1)[1]
                    assert re.match(r"(, cité par [^;]*? et non consulté par le guide|, non consulté par le guide)", after), (
                        f"{notice.slug} {notice.year}: « {line} » names {title} without saying the guide has not consulted it"
                    )
    # every real notice with an R408 rubrique names one (Aix-Marseille 2023: the 2016 arrêté, its own citation)
    assert {("nantes", 2026), ("clermont-ferrand", 2024), ("aix-marseille", 2023), ("toulouse", 2024), ("nantes", 2024)} <= seen, seen


def test_every_source_note_naming_a_text_the_guide_has_not_consulted_says_so(real_notices, real_project):
    """phone53 L1, on every real notice: a note of « Précisions sur la source » (source_notes:, on the page and in the
    PDF annex) that names a text the guide has not consulted (an R408 list's text it has from a notice) and this notice
    does not cite says how the guide knows it, « … que le guide n'a pas consulté » (« comme l'écrit l'arrêté du 13
    juillet 2023 », « la règle nationale (arrêté du 13 juillet 2023) demande… » read as if the guide had read it)."""
    texts = real_project.content.texts.texts
    unread = {lst.source for lst in real_project.content.regulations.r408_lists.values() if lst.as_given_by is not None}
    assert unread, "no national list taken from a notice: the property tests nothing"
    seen = 0
    for notice in real_notices:
        for tid in unread:
            text = texts[tid]
            if any((ref.academy, ref.session) == (notice.slug, notice.year) for ref in text.cited_by):
                continue  # (its own citation: Clermont-Ferrand 2024)
            for note in notice.session.source_notes:
                words = " ".join(note.note.split())
                if text.title in words:
                    seen += 1
                    assert "pas consulté" in words or "non consulté" in words, (
                        f"{notice.slug} {notice.year}: source_notes « {note.about} » names {text.title} without saying the guide has not consulted it: {words}")
    assert seen, "no source note names an unconsulted text: the property tests nothing"


def test_the_checklist_names_the_notices_citing_a_text_unless_this_one_does(real_notices, real_project):
    """The rulesets the checklist computes on: every national provenance and dating line of an item or a warning. A
    national statement's warning names the notices that cite the text for that statement (content/texts.yaml
    cited_by: statements:, as its page does: merge._cited_for; walk67a: Nantes 2024's « Bénéfices de notes » names
    Toulouse 2024 for article D643-23, which Clermont-Ferrand 2024 cites for the compensation)."""
    table = real_project.content.departments.academies
    for notice in real_notices:
        ruleset = compile_ruleset(notice, real_project.content.checklist)
        # (the warning of a national statement said in the checklist: « <topic>_<statement> », compile)
        statement_of = {f"{topic.id}_{s.id}": f"{topic.id}.{s.id}" for topic in notice.topics for s in topic.statements
                        if s.id is not None and s.provenance.kind == "national"}
        said = [(t, None) for d in ruleset["documents"] for t in d["provenance"]["texts"]]
        said += [(t, statement_of.get(w["id"])) for w in ruleset["warnings"] for t in w["provenance"]["texts"]]
        for words, statement in said:
            words = _flat(words)
            for text in notice.national_texts.values():
                if not words.startswith(_flat(typography(text.title))) or not text.in_force(notice.year):
                    continue
                names = [f"{_flat(table[r.academy].name)} (session {r.session})" for r in text.cited_by
                         if statement is None or not r.statements or statement in r.statements]
                if text.cited_in(notice.slug, notice.year):
                    assert " cité" not in words.removeprefix(_flat(typography(text.title)))[:8], (notice.slug, notice.year, words)
                else:
                    assert all(n in words for n in names), (notice.slug, notice.year, words, names)
        for d in ruleset["documents"]:
            for rule in d["national_dating"]:
                texts = [t for t in notice.national_texts.values() if t.title in rule["texts"]]
                if all(t.cited_in(notice.slug, notice.year) for t in texts):
                    assert rule["cited"] is None
                elif not rule["as_given_by"]:  # (the R408 list's text: « selon la notice de …, qui cite … »)
                    for t in texts:
                        if not t.cited_in(notice.slug, notice.year):
                            assert all(f"{_flat(table[r.academy].name)} (session {r.session})" in _flat(rule["cited"]) for r in t.cited_by)


@pytest.mark.parametrize("data", [REAL, FROZEN], ids=["real", "frozen"])
def test_the_notice_a_national_list_is_taken_from_cites_its_text(data):
    """content/regulations.yaml as_given_by (the R408 list's title: « telle que la notice de … la donne ») names a
    notice among those content/texts.yaml says cite the list's text: the list's title and its rule's line agree."""
    content = valid_project(data).content
    for lid, lst in content.regulations.r408_lists.items():
        if lst.as_given_by is not None:
            text = content.texts.texts[lst.source]
            assert (lst.as_given_by.academy, lst.as_given_by.session) in {(c.academy, c.session) for c in text.cited_by}, lid


def test_every_r408_list_text_the_guide_has_from_a_notice_is_said_not_consulted_in_every_session(frozen_notices, frozen_project):
    """review58 L3: « non consulté par le guide » was said only of the text of the R408 list in force for the notice's
    session; a page of a later session naming the other one (the arrêté of 2016, a notice's own citation) said it
    plainly, though the guide has not read it either. Every list the guide has from a notice (as_given_by), in every
    session, in force or not."""
    content = frozen_project.content
    unread = [content.texts.texts[lst.source] for lst in content.regulations.r408_lists.values() if lst.as_given_by is not None]
    assert len(unread) >= 2, "fewer than two lists taken from notices: the property tests little"
    out_of_force = 0
    for notice in frozen_notices:
        for text in unread:
            words = _flat(notice.text_words(text))
            assert "non consulté par le guide" in words, (notice.slug, notice.year, words)
            out_of_force += text not in notice.r408.national_texts
    assert out_of_force, "every list in force for every session: the case of review58 L3 is not reached"
