"""browser_support.Pool without a browser: a kept context whose clock a test set is checked at that test's end,
and dropped from the pool and closed before the failure is raised (review63 A L7), so that no later test inherits it."""

from __future__ import annotations

import pytest

from browser_support import Pool


class FakePage:
    def __init__(self) -> None:
        self.clock_set = False

    def evaluate(self, expression: str):
        assert expression == "'__pwClock' in window"
        return self.clock_set


class FakeContext:
    def __init__(self) -> None:
        self.closed = False

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
