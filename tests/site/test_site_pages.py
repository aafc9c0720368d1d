"""Pure page functions: conditions in words, training-route table, past sessions, home page."""

from __future__ import annotations

import dataclasses
import datetime as dt

from generator.model.conditions import Condition
from generator.site import pages


def test_condition_words_use_question_labels_and_choice_labels(notices):
    notice = notices[0]
    q = notice.questions
    cond = Condition("all", children=(Condition("test", "situation", ("repeater",)), Condition("not", children=(Condition("test", "route", ("apprenti",)),))))
    words = pages.condition_words(notice, cond)
    assert q["situation"].label in words
    assert q["situation"].choices["repeater"] in words
    assert "sauf si" in words and q["route"].choices["apprenti"] in words
    assert pages.condition_words(notice, Condition.always()) == "Tous les candidats"


def test_specialty_conditions_name_the_specialty(notices):
    notice = notices[0]
    words = pages.condition_words(notice, Condition("test", "specialty", ("maintenance_systemes",)))
    assert notice.specialties["maintenance_systemes"].name in words
    assert "maintenance_systemes" not in words


def test_route_fit():
    route = lambda *v: Condition("test", "route", v)  # noqa: E731
    other = Condition("test", "situation", ("repeater",))
    assert pages._route_fit(Condition.always(), "scolaire") == "yes"
    assert pages._route_fit(route("apprenti"), "apprenti") == "yes"
    assert pages._route_fit(route("apprenti"), "scolaire") == "no"
    assert pages._route_fit(Condition("all", children=(route("apprenti"), other)), "apprenti") == "maybe"
    assert pages._route_fit(Condition("all", children=(route("apprenti"), other)), "scolaire") == "no"
    assert pages._route_fit(Condition("not", children=(route("apprenti"),)), "scolaire") == "yes"
    assert pages._route_fit(Condition("any", children=(route("apprenti"), other)), "scolaire") == "maybe"


def test_session_passee_depends_on_today(notices):
    notice = notices[0]
    last = pages.last_date(notice)
    assert last is not None
    assert pages.is_past(notice, last.date() + dt.timedelta(days=1))
    assert not pages.is_past(notice, last.date())
    before = pages.notice_page(notice, last.date())
    after = pages.notice_page(notice, last.date() + dt.timedelta(days=1))
    assert "Session passée" not in before and "Session passée" in after


def test_home_page_leads_to_newest_session_and_archives_older(notices):
    newest = {}
    for n in notices:
        if n.slug not in newest or n.year > newest[n.slug].year:
            newest[n.slug] = n
    far_future = dt.date(2100, 1, 1)
    home = pages.home_page(notices, far_future)
    for n in notices:
        target = f"]({pages.notice_path(n)})"
        assert target in home
        line = next(line for line in home.splitlines() if target in line and line.startswith("- "))
        assert line.startswith("- Session la plus récente") == (n is newest[n.slug])
        assert line.startswith("- Archive") == (n is not newest[n.slug])
        assert "session passée" in line


def test_yaml_html_in_notice_title_is_escaped(notices):
    notice = notices[0]
    info = dataclasses.replace(notice.session.session, title="<script>alert(1)</script> *x*")
    evil = dataclasses.replace(notice, session=dataclasses.replace(notice.session, session=info))
    page = pages.notice_page(evil, dt.date(2000, 1, 1))
    assert "<script>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt; \\*x\\*" in page
