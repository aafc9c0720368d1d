"""The site's search as a candidate uses it, at a phone's width and a desktop's (phone59 M2).

The frozen project's site (tests/README.md), served with its own headers, searched from its home page: the search
opened as each width opens it (the magnifier on a phone, the box on a desktop), the query typed key by key."""
from __future__ import annotations

import pytest

from browser_support import Pool, Watched, search, search_settled

SIZES = [pytest.param({"width": 360, "height": 740}, id="360"), pytest.param({"width": 1280, "height": 800}, id="1280")]


@pytest.fixture(scope="module")
def visits(browser, origin):
    pool = Pool(lambda **options: Watched(browser, origin, **options))
    yield pool
    pool.close()


def open_search(visit, path: str = "/") -> None:
    page = visit.page
    page.goto(visit.origin + path, wait_until="load")
    if page.viewport_size["width"] < 960:  # the theme's width (60em) from which the header shows the box
        page.click("label.md-header__button[for=__search]")
    else:
        page.click("input.md-search__input")
    page.wait_for_function("() => document.activeElement.matches('.md-search__input')")


@pytest.fixture(scope="module")
def home_search(browser, origin):
    """The home page's search opened, one page a width for the module's tests that only type queries there and read
    the results (``search`` empties the box, types the whole query and waits for its results: a query's results are
    those of the query alone, as the tests that type several already read them): the page, its search worker and its
    index set up once a width instead of once a test (20 of the 34 tests were « R 408 » typed one way): the first test
    of a width reads the errors of its load, as each test did when each loaded it. What a test reads is recorded from
    its start only (``forget``); a page whose search is no longer open is opened again. Its own
    browser contexts, not the pool's: a test that goes elsewhere (``visits``) leaves these pages as they are."""
    opened: dict[int, Watched] = {}

    def take(size) -> Watched:
        visit = opened.get(size["width"])
        if visit is None:
            visit = opened[size["width"]] = Watched(browser, origin, viewport=size)
        visit.forget()  # (before the page is opened again, if it is: the errors of its load are this test's)
        if visit.page.url != origin + "/" or not visit.page.evaluate("() => document.getElementById('__search').checked"):
            open_search(visit)
        return visit

    yield take
    for visit in opened.values():
        visit.close()


# (each result item: its links' addresses without the origin, the page's first, then its sections by relevance)
RESULTS = """() => [...document.querySelectorAll('.md-search-result__item')].map((item) =>
  [...item.querySelectorAll('a.md-search-result__link')].map((a) => new URL(a.href).pathname + new URL(a.href).hash))"""


def best_sections(page, count: int) -> list[str]:
    """The best section of each of the first ``count`` result items (a page's result lists its sections best first)."""
    return [next((link for link in links if "#" in link), links[0]) for links in page.evaluate(RESULTS)[:count]]


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("query", ["R 408", "R408", "r408", "attestation R 408", "R. 408", "(R408)", "R* 408", "R.* 408", "-R 408", "R-408"])
def test_the_r408_sections_come_first_however_r_408_is_typed(home_search, size, query):
    """« R 408 » was asked as « any word beginning with r, or with 408 »: the checklist's « Dates à retenir » and a
    form's page came before every « Attestation R408 » section (phone59 M2). « R.* 408 », « -R 408 » and « R-408 » (Lunr's
    syntax, a hyphen) were sent as typed (fixcand60 left)."""
    visit = home_search(size)
    assert search(visit.page, query) >= 5
    best = best_sections(visit.page, 5)
    assert all(link.endswith("/#r408") for link in best), best
    assert visit.page.input_value("input.md-search__input") == query  # the box keeps what was typed
    assert not visit.errors


@pytest.mark.parametrize("size", SIZES)
def test_words_in_punctuation_and_other_words_are_still_found(home_search, size):
    """What the separator's punctuation gave (read60 M2) kept: « CNED » inside « (CNED) », a department's name, an
    hour's words."""
    visit = home_search(size)
    search(visit.page, "CNED")
    assert all("cned" in link for link in best_sections(visit.page, 2)), visit.page.evaluate(RESULTS)
    search(visit.page, "Puy-de-Dôme")
    assert visit.page.evaluate(RESULTS)[0][0] == "/clermont-ferrand/2024/"
    search(visit.page, "17 h 00")  # (sent as typed: test_search_words.py) Toulouse's closing « à 17 h 00 »
    assert "/toulouse/2024/" in [links[0] for links in visit.page.evaluate(RESULTS)]


# the first results' words
ITEMS = """() => [...document.querySelectorAll('.md-search-result__item')].slice(0, 3).map((item) => item.innerText.replace(/\\s+/g, ' '))"""


@pytest.mark.parametrize("size", SIZES)
def test_a_word_typed_without_accents_an_hour_and_a_name_in_words_are_found(home_search, size):
    """review79 L4: « dome » found nothing (the index keeps « Dôme »); « puy de dome » and « puy de dôme » gave Nantes
    first (« de » asked as any word beginning with « de », the « DEC 4-1 » office's titles); « 17 h 00 » gave
    « Candidats en situation de handicap » first (« h » asked as any word beginning with « h »)."""
    visit = home_search(size)
    for query in ("dome", "puy de dome", "puy de dôme", "Puy-de-Dôme"):
        search(visit.page, query)
        assert visit.page.evaluate(RESULTS)[0][0] == "/clermont-ferrand/2024/", (query, visit.page.evaluate(RESULTS)[:2])
    for query in ("17 h 00", "17h00"):
        search(visit.page, query)
        best = best_sections(visit.page, 3)
        assert not [link for link in best if "handicap" in link], (query, best)
        assert "17 h 00" in visit.page.evaluate(ITEMS)[0].replace("\u202f", " ").replace("\u00a0", " "), query
    assert not visit.errors


@pytest.mark.parametrize("size", SIZES)
def test_a_word_typed_without_accents_finds_first_the_sections_its_accented_word_titles(home_search, size):
    """review83: « epreuve » (a phone's keyboard, no accent typed) gave two forms' pages first, the sections titled
    « Épreuve facultative… » after them, and « piece » the checklist and a form before any « Pièces justificatives »:
    the words without accents were searched with the text's boost only, never the title's. As typed with its accent."""
    visit = home_search(size)
    # (a section its word titles, wherever the word stands in the title — « Absence à une épreuve » as well as « Épreuve
    # facultative… »: the section's id is its title's words without accents)
    for query, word in (("epreuve", "epreuve"), ("épreuve", "epreuve"), ("piece", "piece"), ("pièce", "piece")):
        search(visit.page, query)
        best = best_sections(visit.page, 3)
        titled = [link for link in best if {word, f"{word}s"} & set(link.partition("#")[2].split("-"))]
        assert titled == best, (query, best)
    assert not visit.errors


# every result's title, and the address it links to
TITLES = """() => [...document.querySelectorAll('.md-search-result__item a.md-search-result__link')].map((a) =>
  [a.querySelector('h1, h2').textContent, new URL(a.href).pathname + new URL(a.href).hash])"""


@pytest.mark.parametrize("size", SIZES)
def test_each_result_of_the_checklist_page_is_one_of_its_sections(home_search, size):
    """The checklist's headings after « Dates à retenir » had no id: the theme's index took their words into that
    section's title, shown as « Dates à retenirVos étapes sur CYCLADESContactsVos réponses » (phone59, read60 L). Each
    is now a section of its own; the answers, printed only, are not searched."""
    visit = home_search(size)
    search(visit.page, "Vos étapes sur CYCLADES")
    titles = visit.page.evaluate(TITLES)
    assert ["Vos étapes sur CYCLADES", "/toulouse/2024/liste-personnalisee/#bts-checklist-steps-title"] in titles, titles
    search(visit.page, "Dates à retenir contacts")
    titles = visit.page.evaluate(TITLES)
    assert ["Dates à retenir", "/toulouse/2024/liste-personnalisee/#bts-checklist-dates"] in titles, titles
    assert ["Contacts", "/toulouse/2024/liste-personnalisee/#bts-checklist-contacts-title"] in titles, titles
    assert not [t for t, _ in titles if "Vos réponses" in t or ("Dates à retenir" in t and t != "Dates à retenir")], titles


FOCUSED = """() => { const e = document.activeElement;
  return e === document.body ? 'body' : e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className ? '.' + String(e.className).split(' ')[0] : '')
    + '|' + (e.getAttribute('href') || e.textContent.trim().slice(0, 30)); }"""


# Whether the theme's search is open, and what has the focus (FOCUSED), after a key.
SEARCH_AND_FOCUS = """() => [document.getElementById('__search').checked, document.activeElement.matches('.md-search__input')]"""


@pytest.mark.parametrize("size", SIZES)
def test_tabbing_through_the_header_passes_the_search_box_in_one_stop(visits, size):
    """a11y67 L7: the theme opens its search whenever its box gets the focus (MkDocs Material 9.8.2, mountSearchQuery,
    « Handle focus change »: setToggle("search", true)), on a phone its full-screen search, and closes it on Tab
    (mountSearch, « Escape or Tab: close search »). On a phone the box is the keyboard's only way to the search (the
    magnifier is a <label>, no Tab stop), so it stays a Tab stop; a keyboard user passes it with one Tab, forward or
    back: the search closed again, the focus on the next stop after the box (or the one before it), never on the page's
    <body> nor back at the page's top."""
    visit = visits.take(viewport=size)
    page = visit.page
    try:
        page.goto(visit.origin + "/toulouse/2024/", wait_until="load")
        before = tab_to_the_search_box(page)
        assert search_and_focus(page, [True, True]) == [True, True]
        page.keyboard.press("Tab")
        assert search_and_focus(page, [False, False]) == [False, False]
        after = page.evaluate(FOCUSED)
        assert after != "body" and page.evaluate("""() => !document.activeElement.closest('.md-search')
            && Boolean(document.querySelector('.md-search__input').compareDocumentPosition(document.activeElement) & Node.DOCUMENT_POSITION_FOLLOWING)"""), after
        page.keyboard.press("Shift+Tab")
        assert search_and_focus(page, [True, True]) == [True, True]
        page.keyboard.press("Shift+Tab")
        assert search_and_focus(page, [False, False]) == [False, False]
        assert page.evaluate(FOCUSED) == before
        assert visit.errors == [], visit.errors
    finally:
        visit.close()


def search_and_focus(page, want: list[bool]) -> list[bool]:
    """SEARCH_AND_FOCUS once it reads ``want``, or what it reads 10 s after: the theme opens or closes its search in a
    handler of the box's focus, which may come a task after the key (the final full run of stop 67 read the box focused
    and the search not yet open, under load)."""
    from playwright.sync_api import TimeoutError as Timeout

    try:
        page.wait_for_function(f"(want) => JSON.stringify(({SEARCH_AND_FOCUS})()) === JSON.stringify(want)", arg=want, timeout=10_000)
    except Timeout:
        pass
    return page.evaluate(SEARCH_AND_FOCUS)


def tab_to_the_search_box(page) -> str:
    """Tab from the page's top until the search box has the focus (the theme then opens its search); what had the
    focus just before (FOCUSED), never the page's <body>."""
    before = None
    for _ in range(8):
        now = page.evaluate(FOCUSED)
        page.keyboard.press("Tab")
        if page.evaluate("() => document.activeElement.matches('.md-search__input')"):
            before = now
            break
    assert before and before != "body", before
    return before


def focused_once_given_back(page, want: str) -> str:
    """What has the focus (FOCUSED) once bts-search-focus.js has given it back after Escape (in a task of its own, after
    the theme's handling of the key): ``want`` as soon as it has it, else what has it 20 s after."""
    from playwright.sync_api import TimeoutError as Timeout

    try:
        page.wait_for_function(f"(want) => ({FOCUSED})() === want", arg=want, timeout=20_000)
    except Timeout:
        pass
    return page.evaluate(FOCUSED)


@pytest.mark.parametrize("size", SIZES)
def test_escape_gives_the_focus_back_to_where_the_search_took_it(visits, size):
    """The theme closes its search on Escape and takes the focus off its box, to the page's <body> (phone59): the
    focus goes back to the element that had it before the box took it, the Tab stop before the box for a keyboard
    user (the box itself would open the search again: the theme opens it whenever its box gets the focus), the link
    where « / » was pressed; from a result reached with the arrow keys too."""
    visit = visits.take(viewport=size)
    page = visit.page
    try:
        page.goto(visit.origin + "/toulouse/2024/", wait_until="load")
        before = tab_to_the_search_box(page)
        page.keyboard.type("CNED", delay=30)
        search_settled(page, "CNED")
        page.keyboard.press("Escape")
        page.wait_for_function("() => !document.getElementById('__search').checked")
        assert focused_once_given_back(page, before) == before
        # a link of the page, « / », a result reached with the arrow keys, Escape
        page.locator(".md-content a[href]").first.focus()
        link = page.evaluate(FOCUSED)
        page.keyboard.press("/")
        page.wait_for_function("() => document.getElementById('__search').checked")
        page.keyboard.type("pièces", delay=30)
        # (the list of the whole query: CNED's, kept while the search was closed, or that of « p », « pi »… shown first
        # on a loaded machine, was replaced after ArrowDown had put the focus in it, the focus then on the page's <body>)
        search_settled(page, "pièces")
        assert page.locator(".md-search-result__item").count()
        page.keyboard.press("ArrowDown")
        assert page.evaluate("() => Boolean(document.activeElement.closest('.md-search-result__item'))")
        page.keyboard.press("Escape")
        page.wait_for_function("() => !document.getElementById('__search').checked")
        assert focused_once_given_back(page, link) == link
        assert not visit.errors
    finally:
        visit.close()


@pytest.mark.parametrize("size", SIZES)
def test_a_result_in_the_page_being_read_shows_its_section(visits, size):
    """phone61: on a phone, « aménagement » searched from Toulouse's notice, the result « Aménagement d'épreuves » of
    that same page tapped: the search closed and the page stayed at its top, the section 27 000 px below (the theme
    holds the page still while its search is open, then puts it back where it was). The section is shown, under the
    top bar."""
    visit = visits.take(viewport=size)
    page = visit.page
    try:
        open_search(visit, "/toulouse/2024/")
        page.keyboard.type("aménagement", delay=30)
        search_settled(page, "aménagement")  # (not a link of the first letters' results, replaced as it is clicked)
        link = page.locator(".md-search-result__item a.md-search-result__link[href$='/toulouse/2024/#amenagement-depreuves']").first
        link.wait_for(timeout=20_000)
        link.click()
        page.wait_for_function("() => !document.getElementById('__search').checked")
        page.wait_for_function("() => { const top = document.getElementById('amenagement-depreuves').getBoundingClientRect().top; return top >= 0 && top < 200; }", timeout=20_000)
        assert not visit.errors
    finally:
        visit.close()


# the marked words of the first results, by result item
MARKS = """() => [...document.querySelectorAll('.md-search-result__item')].slice(0, 3).map((item) =>
  [...item.querySelectorAll('mark')].map((mark) => mark.textContent))"""


@pytest.mark.parametrize("size", SIZES)
def test_a_word_typed_without_accents_is_marked_in_the_results_as_with_them(home_search, size):
    """fixcand60 and review83 left: a result found only through the words without accents (« dome », « epreuve ») showed
    nothing marked, the worker marking the positions of the field that matched (« folded », never shown), while
    « dôme » and « épreuve » mark « Dôme » and « Épreuve ». bts-search-query.js marks, in the worker's results, the
    accented words whose form without accents begins with a word of the query: the same words marked, typed either way
    (at 360 and 1280 px).
    Seen failing without the change: no mark in the first results for « epreuve »."""
    import unicodedata

    def folded(word: str) -> str:
        return "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c)).lower()

    visit = home_search(size)
    for plain, accented in (("epreuve", "épreuve"), ("dome", "dôme"), ("piece", "pièce")):
        search(visit.page, accented)
        want = visit.page.evaluate(MARKS)
        search(visit.page, plain)
        got = visit.page.evaluate(MARKS)
        assert any(got), (plain, got)
        # (the same words marked, each first result marked; how many differ: the sections each query finds differ)
        assert all(got) and {folded(w) for item in got for w in item} == {folded(w) for item in want for w in item}, (plain, got, want)
        assert all(folded(w).startswith(plain) for item in got for w in item), (plain, got)
    assert not visit.errors
