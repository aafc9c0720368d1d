"""The national R408 table that stands for the notice's own list (Clermont-Ferrand 2024, Aix-Marseille 2023: one table;
a notice naming the national specialties without annexes of its own: its column « Dans la notice ») keeps the notice's words where they differ from the guide's names (a review, walk 43 M2 and L5: FED's « Fluides-
énergies-domotique, option A, B, C » lost from Clermont-Ferrand's page; Aix-Marseille's « CM », « EEC » under a title
saying « telle que cette notice la donne » over the guide's current names).

Hand-written words on the frozen project (tests/fixtures/project/); a property on the real data: every specialty of a
notice's own R408 list is on its page in the notice's words.
"""

from __future__ import annotations

import pytest

from generator.french import typography
from generator.site import pages
from generator.site.notice_view import notice_view
from generator.site.words import specialty_as_written
from site_support import FIXED_TODAY


def _notice(notices, slug: str, year: int):
    return next(n for n in notices if n.slug == slug and n.year == year)


def _flat(text: str) -> str:
    """Typography's spaces and apostrophes as plain ones, Markdown escapes out, on one line."""
    return " ".join(text.replace("\u202f", " ").replace("\xa0", " ").replace("’", "'").replace("\\", "").split())


def _r408_section(page: str) -> str:
    """The page's R408 rubrique: from its heading (id r408) to the next heading of its level."""
    start = page.index("{ #r408 }")
    end = page.find("\n## ", start)
    return page[start:] if end < 0 else page[start:end]


def _row(view, name: str):
    return next(row for row in view.national_rows if row.specialty.startswith(name))


# ---------------------------------------------------------------- the words (frozen project)


def test_clermont_ferrand_keeps_its_words_for_fed(frozen_notices):
    clermont = _notice(frozen_notices, "clermont-ferrand", 2024)
    view = notice_view(clermont, FIXED_TODAY).r408
    assert view.national_is_notice_list and view.notice_words_column
    assert _row(view, "Fluides, énergies, domotique").notice_words == "Fluides-énergies-domotique, option A, B, C"
    # the notice's words equal to the guide's name (without its abbreviation): nothing repeated
    assert _row(view, "Architectures en métal").notice_words is None
    assert _row(view, "Bâtiment").notice_words is None
    assert [row.notice_words for row in view.national_rows if row.notice_words] == ["Fluides-énergies-domotique, option A, B, C"]
    section = _flat(_r408_section(pages.notice_page(clermont, FIXED_TODAY)))
    assert "Intitulé dans la notice" in section
    assert "Fluides-énergies-domotique, option A, B, C" in section
    assert _flat(typography(clermont.texts.text("r408.notice_words_column"))) in section
    # under the title that says the list is the notice's
    assert section.index("telle que cette notice la donne") < section.index("leur intitulé actuel")


def test_aix_marseille_keeps_the_older_names_its_notice_writes(frozen_notices):
    aix = _notice(frozen_notices, "aix-marseille", 2023)
    view = notice_view(aix, FIXED_TODAY).r408
    assert view.national_is_notice_list and view.notice_words_column
    assert _row(view, "Architectures en métal").notice_words == "CM (Constructions métalliques)"
    assert _row(view, "Management économique de la construction").notice_words == "EEC (Etude et économie de la construction)"
    assert _row(view, "Bâtiment").notice_words is None
    section = _flat(_r408_section(pages.notice_page(aix, FIXED_TODAY)))
    for words in ("CM (Constructions métalliques)", "EEC (Etude et économie de la construction)", "Intitulé dans la notice", "leur intitulé actuel"):
        assert words in section, words


def test_the_column_is_only_where_the_notices_list_is_not_its_own_table(frozen_notices):
    """Nantes 2026's list is shown as its own table, with its words; Toulouse 2024's too; Nantes 2024 gives none: the
    national table has no column of the notice's words there (the notice's own table has, where a name differs)."""
    seen = 0
    for notice in frozen_notices:
        view = notice_view(notice, FIXED_TODAY).r408
        if view.national_is_notice_list:
            continue
        seen += 1
        assert view.notice_rows or notice.r408.notice_list is None, (notice.slug, notice.year)
        assert not view.notice_words_column and all(row.notice_words is None for row in view.national_rows), (notice.slug, notice.year)
        # (the sentence on the column only above the notice's own table, when it has one: below)
        said = "leur intitulé actuel" in _flat(pages.notice_page(notice, FIXED_TODAY))
        assert said == any(row.notice_words for row in view.notice_rows), (notice.slug, notice.year)
    assert seen >= 2


def test_another_notice_giving_the_national_specialties_without_annexes_keeps_its_words(frozen_notices):
    """A review (44 M2): a notice other than the one the national list is taken from, whose own list names the same
    specialties without annexes of its own, is not shown as a table of its own (the national rows say « citée »); its
    words where they differ are beside them (frozen Nantes 2024 given Clermont-Ferrand's list, annexes dropped)."""
    import dataclasses

    clermont = _notice(frozen_notices, "clermont-ferrand", 2024)
    nantes = _notice(frozen_notices, "nantes", 2024)
    own = clermont.r408.notice_list
    bare = dataclasses.replace(own, specialties=tuple(dataclasses.replace(e, annexes=()) for e in own.specialties))
    given = dataclasses.replace(nantes, r408=dataclasses.replace(nantes.r408, notice_list=bare, notice_silent=False))
    view = notice_view(given, FIXED_TODAY).r408
    assert not view.national_is_notice_list and view.notice_rows == () and view.notice_words_column
    assert _row(view, "Fluides, énergies, domotique").notice_words == "Fluides-énergies-domotique, option A, B, C"
    assert all(row.in_notice for row in view.national_rows)  # (« citée »: the column « Dans la notice » stays)
    section = _flat(_r408_section(pages.notice_page(given, FIXED_TODAY)))
    assert "Fluides-énergies-domotique, option A, B, C" in section and "Intitulé dans la notice" in section


def test_a_notice_using_the_guides_names_gets_no_column(frozen_notices):
    """Clermont-Ferrand with FED written as the catalogue writes it: one table, no column, no sentence on it."""
    import dataclasses

    clermont = _notice(frozen_notices, "clermont-ferrand", 2024)
    own = clermont.r408.notice_list
    entries = tuple(dataclasses.replace(e, words=None) if e.specialty.specialty == "fed" else e for e in own.specialties)
    changed = dataclasses.replace(clermont, r408=dataclasses.replace(clermont.r408, notice_list=dataclasses.replace(own, specialties=entries)))
    view = notice_view(changed, FIXED_TODAY).r408
    assert view.national_is_notice_list and not view.notice_words_column
    assert all(row.notice_words is None for row in view.national_rows)
    section = _flat(_r408_section(pages.notice_page(changed, FIXED_TODAY)))
    assert "Intitulé dans la notice" not in section and "leur intitulé actuel" not in section


def test_the_notices_own_table_gives_its_words_only_where_they_differ(frozen_notices):
    """A walk (44 L8) and a review (44 L2): the notice's own table (frozen Nantes 2026) repeated every name in its
    column « Intitulé dans la notice » (« Bâtiment | Bâtiment ») while the national table left « — »: one rule for both,
    the notice's words where they differ, « même intitulé » elsewhere (a screen reader says nothing of « — »), the
    sentence on the column above the table; no column when no name differs."""
    import dataclasses

    nantes = _notice(frozen_notices, "nantes", 2026)
    view = notice_view(nantes, FIXED_TODAY).r408
    assert view.notice_rows and not view.national_is_notice_list
    differing = [row for row in view.notice_rows if row.notice_words]
    # (the notice's words, its « » included: seed 002 l.139, l.141; nts71)
    assert [row.notice_words for row in differing] == ["« Système constructif bois et habitat »", "« Fluides-énergie-domotique » (option A-B-C)"]
    assert all(row.notice_words is None for row in view.notice_rows if row.specialty.startswith("Bâtiment"))
    page = pages.notice_page(nantes, FIXED_TODAY)
    own_table = page[page.index("{ #r408-liste-notice }"):]
    own_table = own_table[:own_table.index("</table>")]
    same = nantes.texts.text("r408.words_same")
    assert own_table.count(f'markdown="span">{same}</td>') == len(view.notice_rows) - 2
    assert 'markdown="span">Bâtiment</td>\n</tr>' not in own_table
    assert _flat(typography(nantes.texts.text("r408.notice_words_column"))) in _flat(own_table)
    # every name the guide's: no column, no sentence
    own = nantes.r408.notice_list
    plain = dataclasses.replace(nantes, r408=dataclasses.replace(nantes.r408, notice_list=dataclasses.replace(
        own, specialties=tuple(dataclasses.replace(e, words=None) for e in own.specialties))))
    page = pages.notice_page(plain, FIXED_TODAY)
    own_table = page[page.index("{ #r408-liste-notice }"):]
    own_table = own_table[:own_table.index("</table>")]
    assert "Intitulé dans la notice" not in own_table and "leur intitulé actuel" not in _flat(own_table)


def test_the_national_tables_column_says_same_name_in_words(frozen_notices):
    """The national table standing for Clermont-Ferrand's list: « même intitulé » where the notice uses the guide's
    name, never an empty cell."""
    clermont = _notice(frozen_notices, "clermont-ferrand", 2024)
    view = notice_view(clermont, FIXED_TODAY).r408
    section = _r408_section(pages.notice_page(clermont, FIXED_TODAY))
    same = clermont.texts.text("r408.words_same")
    cells = section.count('data-label="Intitulé dans la notice" markdown="span">')
    assert cells == len(view.national_rows)
    assert section.count(f'data-label="Intitulé dans la notice" markdown="span">{same}</td>') == cells - 1


# ---------------------------------------------------------------- properties (real data)


def test_every_specialty_of_a_notices_list_is_on_its_page_in_its_words(real_notices):
    """Nothing the notice's R408 list says is lost on its page: each specialty as the notice writes it (its words, or
    the catalogue's name when it writes that) is in the page's R408 rubrique, whether the list is shown as its own table
    or as the national one."""
    seen = 0
    for notice in real_notices:
        own = notice.r408.notice_list if notice.r408 else None
        if own is None or notice.voice == "notice":
            continue
        section = _flat(_r408_section(pages.notice_page(notice, FIXED_TODAY)))
        for entry in own.specialties:
            words = _flat(typography(specialty_as_written(notice, entry.specialty, entry.words)))
            assert words in section, (notice.slug, notice.year, words)
            seen += 1
    if not seen:
        pytest.skip("no notice of the real data gives its own R408 list")
