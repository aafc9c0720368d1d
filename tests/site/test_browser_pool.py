"""browser_support.Pool without a browser: a kept context whose clock a test set is checked at that test's end,
and dropped from the pool and closed before the failure is raised (review63 A L7), so that no later test inherits it."""

from __future__ import annotations

import pytest

from browser_support import Pool


class FakePage:
    def __init__(self) -> None:
        self.clock_set = False
        self.routed = False

    def unroute_all(self, behavior=None) -> None:
        self.routed = False

    def evaluate(self, expression: str):
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

    def next_page(self) -> None:
        self.blanked += 1


def test_a_kept_visit_is_given_again_at_a_blank_page():
    pool = Pool(FakeVisit)
    visit = pool.take(360, touch=True)
    visit.close()
    again = pool.take(360, touch=True)
    assert again is visit and visit.blanked == 2 and not visit.context.closed  # blanked at the end of the test and at take
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
        self.page = SizedPage(options.get("viewport"))


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


def test_a_kept_visit_is_given_again_without_the_routes_or_the_offline_state_a_test_left():
    """review93 L2: a test that routed a kept visit's page or context, or took it offline, would leave that to the next
    test of its kind (a blank page undoes neither): the pool undoes them when it gives the visit again."""
    pool = Pool(FakeVisit)
    visit = pool.take(360)
    visit.page.routed = visit.context.routed = visit.context.offline = True  # (page.route, context.route, set_offline)
    visit.close()
    again = pool.take(360)
    assert again is visit and not (visit.page.routed or visit.context.routed or visit.context.offline)
