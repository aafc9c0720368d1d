"""browser_support.Pool, mostly without a browser: a kept context whose clock a test set is checked at that test's
end, and dropped from the pool and closed before the failure is raised (review63 A L7), so that no later test inherits
it; the contexts of a fixed clock (``fixed_time``) are given to tests with a fixed clock only, each at its own time;
the last test, with Chromium, checks that on Playwright's own clock."""

from __future__ import annotations

import datetime as dt
import time

import pytest

from browser_support import Pool, Watched, chromium, require_browser, serve_site


class FakeClock:
    def __init__(self, page) -> None:
        self.page = page

    def set_fixed_time(self, at) -> None:  # (what Playwright does: the clock installed, fixed, its timers running)
        self.page.clock_set = True
        self.page.fixed, self.page.running, self.page.time = True, True, int(at.timestamp() * 1000)


class FakePage:
    def __init__(self) -> None:
        self.clock_set = False
        self.routed = False
        self.fixed = self.running = False
        self.time = None
        self.clock = FakeClock(self)
        self.url, self.media, self.document = "about:blank", None, ""  # (a new page's: goto, emulate_media, set_content)
        self.viewport_size = None

    def unroute_all(self, behavior=None) -> None:
        self.routed = False

    def evaluate(self, expression: str):
        if expression == Pool.FIXED_CLOCK:
            return {"fixed": self.fixed, "time": self.time, "running": self.running} if self.clock_set else None
        if expression == Pool.STILL_BLANK:  # (what the script reads in Chromium: test_a_kept_page_in_chromium_…)
            return self.url == "about:blank" and self.media != "print" and self.document == ""
        assert expression == "'__pwClock' in window"
        return self.clock_set


class FakeContext:
    def __init__(self) -> None:
        self.closed = False
        self.routed = False
        self.offline = False

    def unroute_all(self, behavior=None) -> None:
        self.routed = False

    def set_offline(self, offline: bool) -> None:
        self.offline = offline

    def close(self) -> None:
        self.closed = True


class FakeVisit:
    def __init__(self, *args, **options) -> None:
        self.page = FakePage()
        self.context = FakeContext()
        self.blanked = 0
        self.recorded = False  # (a request, a console line… recorded since the visit last forgot)

    def next_page(self) -> None:
        self.blanked += 1
        self.page.url, self.page.media, self.page.document = "about:blank", None, ""  # (goto about:blank, media "null")
        self.forget()

    def forget(self) -> None:
        self.recorded = False


def _used(visit) -> None:
    """What a test does with the page it is given: its page loaded, printed, things recorded."""
    visit.page.url, visit.page.media, visit.page.document = "http://127.0.0.1/toulouse/2024/liste-personnalisee/", "print", "<main>…</main>"
    visit.recorded = True


def _blank(visit) -> bool:
    """The page as a new one: no URL nor document of a test, no media emulated, nothing recorded."""
    return (visit.page.url, visit.page.media, visit.page.document, visit.recorded) == ("about:blank", None, "", False)


def test_a_kept_visit_is_given_again_with_nothing_of_the_last_test_s_page():
    """The next test of a kind is given the kept visit at a blank page, the media emulated by the last test reset and
    what was recorded forgotten, whether that test closed it (a request of the context's service worker recorded after
    its close forgotten too), failed before its close, or used its page after its close (a page loaded, printed,
    written); a page closed and untouched is not blanked a second time (speed76a: ~0.04 s of processor a test)."""
    pool = Pool(FakeVisit)
    visit = pool.take(360, touch=True)
    _used(visit)
    visit.close()
    assert _blank(visit) and visit.blanked == 1
    visit.recorded = True  # (the service worker's request after the blank page)
    again = pool.take(360, touch=True)
    assert again is visit and _blank(visit) and not visit.context.closed
    assert visit.blanked == 1  # (the page its close left blank, untouched: not blanked again)
    _used(visit)  # (the test failed here: no close)
    assert pool.take(360, touch=True) is visit and _blank(visit)
    after_close = {"loaded": {"url": "http://127.0.0.1/"}, "printed": {"media": "print"}, "written": {"document": "<p>"}}
    for used, state in after_close.items():
        visit.close()
        for name, value in state.items():
            setattr(visit.page, name, value)
        assert pool.take(360, touch=True) is visit and _blank(visit), used
    assert pool.take(1280) is not visit


def test_a_visit_whose_clock_was_set_fails_its_own_test_and_leaves_the_pool_closed():
    pool = Pool(FakeVisit)
    visit = pool.take(360)
    visit.page.clock_set = True  # what page.clock.install / set_fixed_time does to the context
    with pytest.raises(AssertionError, match="clock of a kept context was set"):
        visit.close()
    assert visit.context.closed and pool.kept == {}
    fresh = pool.take(360)  # the next test of that kind: a context of its own, not the one with the clock
    assert fresh is not visit and not fresh.context.closed


def test_a_clock_found_set_when_taken_does_not_stay_in_the_pool_either():
    pool = Pool(FakeVisit)
    visit = pool.take(360)
    visit.page.clock_set = True
    with pytest.raises(AssertionError, match="clock of a kept context was set"):
        pool.take(360)  # (a test that set it without closing its visit)
    assert visit.context.closed and pool.take(360) is not visit


class SizedPage(FakePage):
    def __init__(self, viewport) -> None:
        super().__init__()
        self.viewport_size = viewport
        self.sized: list = []

    def set_viewport_size(self, size) -> None:
        self.viewport_size = size
        self.sized.append(size)


class SizedVisit(FakeVisit):
    def __init__(self, *args, **options) -> None:
        super().__init__(*args, **options)
        self.page = SizedPage(options.get("viewport") or {"width": 1280, "height": 720})  # (Playwright's when none is given)


def test_a_resizing_pool_gives_a_kept_context_of_the_same_kind_the_test_s_size():
    """speedtests63: with ``resize``, one context per kind (arguments, touch, mobile), not per size: the kept one is
    given the size asked for on its blank page; a default False is the same kind as none."""
    pool = Pool(SizedVisit, resize=True)
    phone = pool.take("site", viewport={"width": 360, "height": 740}, is_mobile=True, has_touch=True)
    phone.close()
    short = pool.take("site", viewport={"width": 360, "height": 568}, is_mobile=True, has_touch=True)
    assert short is phone and phone.page.viewport_size == {"width": 360, "height": 568} and phone.page.sized == [{"width": 360, "height": 568}]
    short.close()
    desktop = pool.take("site", viewport={"width": 1280, "height": 800}, is_mobile=False, has_touch=False)
    assert desktop is not phone and desktop.page.sized == []
    desktop.close()
    assert pool.take("site", viewport={"width": 320, "height": 740}) is desktop and desktop.page.sized == [{"width": 320, "height": 740}]
    desktop.close()
    assert pool.take("site", viewport={"width": 320, "height": 740}) is desktop and len(desktop.page.sized) == 1  # (the same size: left)
    assert pool.take("site") is not desktop  # (no viewport given: the browser's own, another kind)
    assert pool.take("other", viewport={"width": 320, "height": 740}) is not desktop


def test_a_pool_without_resize_keeps_a_context_per_size():
    pool = Pool(SizedVisit)
    phone = pool.take(viewport={"width": 360, "height": 740})
    phone.close()
    assert pool.take(viewport={"width": 360, "height": 568}) is not phone and phone.page.sized == []


def test_a_kept_visit_a_test_resized_is_given_again_at_the_size_asked_for():
    """A test that resized the page it was given (a short screen, then its own again, or not) leaves the next test of
    its kind the size that test asks for, or the one its kind was made with when it names none."""
    for resize in (False, True):
        pool = Pool(SizedVisit, resize=resize)
        phone = pool.take(viewport={"width": 360, "height": 740})
        phone.page.set_viewport_size({"width": 360, "height": 400})
        phone.close()
        assert pool.take(viewport={"width": 360, "height": 740}) is phone and phone.page.viewport_size == {"width": 360, "height": 740}
        phone.close()
        default = pool.take()
        default.page.set_viewport_size({"width": 400, "height": 720})
        default.close()
        assert pool.take() is default and default.page.viewport_size == {"width": 1280, "height": 720}, resize  # (as made)


def test_a_kept_visit_is_given_again_without_the_routes_or_the_offline_state_a_test_left():
    """review93 L2: a test that routed a kept visit's page or context, or took it offline, would leave that to the next
    test of its kind (a blank page undoes neither): the pool undoes them when it gives the visit again."""
    pool = Pool(FakeVisit)
    visit = pool.take(360)
    visit.page.routed = visit.context.routed = visit.context.offline = True  # (page.route, context.route, set_offline)
    visit.close()
    again = pool.take(360)
    assert again is visit and not (visit.page.routed or visit.context.routed or visit.context.offline)


OCTOBER = dt.datetime(2025, 10, 1, 12, 0, tzinfo=dt.timezone.utc)
NOVEMBER = dt.datetime(2023, 11, 23, 10, 0, tzinfo=dt.timezone.utc)


def test_a_fixed_clock_s_context_goes_to_tests_with_a_fixed_clock_only_each_at_its_own_time():
    """speedphone65: a test that fixes the clock takes a context of its own kind, its clock fixed at that test's time
    before its first page; a test without one never gets it, nor the one with a clock a context without."""
    pool = Pool(FakeVisit)
    plain = pool.take(360)
    plain.close()
    fixed = pool.take(360, fixed_time=OCTOBER)
    assert fixed is not plain and fixed.page.time == int(OCTOBER.timestamp() * 1000) and not plain.page.clock_set
    fixed.close()
    assert pool.take(360) is plain
    plain.close()
    again = pool.take(360, fixed_time=NOVEMBER)
    assert again is fixed and fixed.page.time == int(NOVEMBER.timestamp() * 1000)  # (the next test's time, not the last one's)
    again.close()


def test_a_fixed_clock_a_test_paused_or_unfixed_fails_that_test_and_leaves_the_pool():
    pool = Pool(FakeVisit)
    for broken in ("running", "fixed"):  # (page.clock.pause_at; install or set_system_time)
        visit = pool.take(360, fixed_time=OCTOBER)
        setattr(visit.page, broken, False)
        with pytest.raises(AssertionError, match="no longer fixed and running"):
            visit.close()
        assert visit.context.closed and pool.kept == {}
        assert pool.take(360, fixed_time=OCTOBER) is not visit
        pool.close()


def test_a_kept_context_s_fixed_clock_in_chromium_is_each_test_s_own(tmp_path):
    """Playwright's clock on a real context: a kept context whose clock the last test fixed at one moment reads the next
    test's moment in its next document, its timers running; a context without a clock stays without one; a test that
    pauses a fixed clock fails at its end and its context is not given again. And a kept page in Chromium
    (``Pool.STILL_BLANK`` read there): given again blank, in screen media, at its size, whether its last test closed it
    (not blanked twice then), failed before its close, or printed, wrote or loaded it after its close."""
    require_browser()
    (tmp_path / "index.html").write_text("<!DOCTYPE html><html lang=fr><title>clock</title><p>page</p></html>", encoding="utf-8")
    ms = lambda at: int(at.timestamp() * 1000)  # noqa: E731
    timers = "() => new Promise((done) => setTimeout(() => done(true), 0))"
    with serve_site(tmp_path) as origin, chromium() as browser:
        pool = Pool(lambda **options: Watched(browser, origin, **options), resize=True)
        try:
            first = pool.take(viewport={"width": 360, "height": 740}, fixed_time=OCTOBER)
            first.page.goto(origin + "/")
            assert first.page.evaluate("Date.now()") == ms(OCTOBER)
            first.close()
            second = pool.take(viewport={"width": 320, "height": 640}, fixed_time=NOVEMBER)
            assert second is first
            second.page.goto(origin + "/")
            assert second.page.evaluate("Date.now()") == ms(NOVEMBER) and second.page.evaluate(timers)
            second.close()
            plain = pool.take(viewport={"width": 360, "height": 740})
            assert plain is not first
            plain.page.goto(origin + "/")
            assert abs(plain.page.evaluate("Date.now()") - time.time() * 1000) < 600_000
            assert not plain.page.evaluate("'__pwClock' in window")
            blanked = []
            plain.next_page = lambda: blanked.append(1) or Watched.next_page(plain)  # (counted)
            shown = "() => [location.href, matchMedia('print').matches, document.body.innerHTML, innerWidth]"
            untouched = lambda visit: None  # noqa: E731
            after_close = {"untouched": untouched, "printed": lambda visit: visit.page.emulate_media(media="print"),
                           "written": lambda visit: visit.page.set_content("<p>last test</p>"),
                           "loaded": lambda visit: visit.page.goto(origin + "/")}
            for case, after in [*after_close.items(), ("unclosed", None)]:
                plain.page.emulate_media(media="print")
                plain.page.set_viewport_size({"width": 500, "height": 740})
                if after is not None:
                    plain.close()
                    after(plain)
                before = len(blanked)
                again = pool.take(viewport={"width": 360, "height": 740})
                assert again is plain and again.page.evaluate(shown) == ["about:blank", False, "", 360], case
                assert len(blanked) - before == (0 if after is untouched else 1), case
                again.page.goto(origin + "/")
            plain.close()
            paused = pool.take(viewport={"width": 360, "height": 740}, fixed_time=OCTOBER)
            paused.page.goto(origin + "/")
            paused.page.clock.pause_at(OCTOBER)
            with pytest.raises(AssertionError, match="no longer fixed and running"):
                paused.close()
            assert pool.take(viewport={"width": 360, "height": 740}, fixed_time=OCTOBER) is not paused
        finally:
            pool.close()


def test_a_kept_context_s_installed_clock_stands_still_at_each_test_s_moment(tmp_path):
    """flaketimers65: a test of the installed kind opens its page at its moment, the clock standing still there until the
    test moves it (its load, however long a loaded machine takes, spends none of it: installed running 30 s before a
    moment, a slow load once spent those 30 s); the page's timers run only by ``run_for``. The next test of that kind,
    in the same context, opens at its own moment, standing still too (a pause replayed is undone by the pool), and a
    context released runs again."""
    require_browser()
    (tmp_path / "index.html").write_text("<!DOCTYPE html><html lang=fr><title>clock</title><p>page</p></html>", encoding="utf-8")
    ms = lambda at: int(at.timestamp() * 1000)  # noqa: E731
    with serve_site(tmp_path) as origin, chromium() as browser:
        pool = Pool(lambda **options: Watched(browser, origin, **options))
        try:
            first = None
            for at in (OCTOBER, NOVEMBER, OCTOBER):
                visit = pool.take(viewport={"width": 360, "height": 740}, installed_at=at)
                assert first is None or visit is first
                first = visit
                page = visit.page
                page.goto(origin + "/")
                page.evaluate("() => { window.fired = false; setTimeout(() => { window.fired = true; }, 100); }")
                page.wait_for_timeout(300)  # (real time: not the page's)
                assert page.evaluate("Date.now()") == ms(at) and not page.evaluate("window.fired")
                page.clock.run_for(100)
                assert page.evaluate("Date.now()") == ms(at) + 100 and page.evaluate("window.fired")
                visit.close()
            # released: its timers run again (as the pool checked), on a page of its own too
            page.goto(origin + "/")
            assert page.evaluate("() => new Promise((done) => setTimeout(() => done(true), 0))")
        finally:
            pool.close()
