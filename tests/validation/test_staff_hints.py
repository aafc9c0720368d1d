"""The fixes validate suggests for values pasted or typed the way a notice writes them (a staff walk, stop 52): an hour
in words, a dash that looks like « - », a specialty by its abbreviation or its name."""

from __future__ import annotations

import pytest

from generator.model.specialties import SpecialtyRef, catalogue_known, specialty_meant
from generator.model.values import BadValue, Date, DateTime, Moment, Phone
from generator.problems import Location, Problem, codes_named, visible


def refused(kind, text: str) -> str:
    with pytest.raises(BadValue) as error:
        kind.parse(text)
    return str(error.value)


@pytest.mark.parametrize("text, fix", [
    ("jeudi 8 octobre 2026 à 10 heures", "écrire 2026-10-08 10:00"),  # L6: the hour was not read
    ("jeudi 8 octobre 2026 à 10 heures 30", "écrire 2026-10-08 10:30"),
    ("8 octobre 2026 à midi", "écrire 2026-10-08 12:00"),
    ("vendredi 27 novembre 2026 à minuit",
     "écrire 2026-11-27 24:00 (la fin de la journée ; minuit au début de la journée : 2026-11-27 00:00)"),
    ("jeudi 8 octobre 2026", "écrire 2026-10-08 (ou 2026-10-08 HH:MM avec l'heure)"),
])
def test_a_date_in_words_is_given_with_its_hour(text, fix):
    assert refused(Moment, text).endswith(fix)


def test_a_date_time_in_words_too():
    assert refused(DateTime, "27/11/2026 à 17 heures").endswith("écrire 2026-11-27 17:00")


@pytest.mark.parametrize("kind, text, message", [
    (Moment, "2026\u201110\u201108 10:00",
     "« 2026[U+2011]10[U+2011]08 10:00 » : trait d'union insécable (U+2011), souvent copié d'un PDF : retaper les « - » ; "
     "écrire 2026-10-08 10:00"),
    (Date, "2026\u201210\u201208", "« 2026[U+2012]10[U+2012]08 » : tiret numérique (U+2012), souvent copié d'un PDF : "
     "retaper les « - » ; écrire 2026-10-08"),
    (DateTime, "2026\u221210\u221208 10:00", "« 2026[U+2212]10[U+2212]08 10:00 » : signe moins (U+2212), souvent copié "
     "d'un PDF ou mis par un traitement de texte : retaper les « - » ; écrire 2026-10-08 10:00"),
    (Phone, "05\u201116\u201152\u201164\u201180", "« 05[U+2011]16[U+2011]52[U+2011]64[U+2011]80 » : trait d'union "
     "insécable (U+2011), souvent copié d'un PDF : retaper les « - » ; écrire 05 16 52 64 80"),
    # what is wrong once the dashes are retyped
    (Moment, "2026\u201110\u201108 17h00", "« 2026[U+2011]10[U+2011]08 17h00 » : trait d'union insécable (U+2011), "
     "souvent copié d'un PDF : retaper les « - » ; une fois retapés : « 2026-10-08 17h00 » : l'heure s'écrit HH:MM ; "
     "écrire 2026-10-08 17:00"),
])
def test_a_dash_that_looks_like_a_hyphen_is_named_and_shown_by_its_code(kind, text, message):
    assert refused(kind, text) == message


def test_a_dash_between_spaces_is_not_taken_for_a_hyphen():
    assert "U+2013" not in refused(Moment, "2026-10-08 \u2013 2026-10-10")  # (a range: no « retaper les « - » »)


def test_the_line_under_a_message_shows_the_dashes_it_names_by_their_code():
    message = refused(Moment, "2026\u201110\u201108 10:00")
    problem = Problem(Location("a.yaml", 1, 12), "session.opening", message)
    rendered = problem.render(["  opening: 2026\u201110\u201108 10:00 # 9 h \u2013 12 h"])
    assert rendered.splitlines()[1] == "      opening: 2026[U+2011]10[U+2011]08 10:00 # 9 h \u2013 12 h"  # (not named: kept)
    assert codes_named(message) == {"\u2011"}
    assert visible("9 h \u2013 12 h") == "9 h \u2013 12 h"  # (elsewhere, a dash is text)


CATALOGUE = {
    "mco": type("S", (), {"name": "Management commercial opérationnel", "abbreviation": "MCO", "former_names": ()})(),
    "maintenance_systemes": type("S", (), {"name": "Maintenance des systèmes", "abbreviation": "MS", "former_names": ()})(),
    "sio": type("S", (), {"name": "Services informatiques aux organisations", "abbreviation": "SIO", "former_names": ()})(),
}


@pytest.mark.parametrize("word, meant", [
    ("MCO", "mco"), ("“sio”", "sio"), ("MS option b", "maintenance_systemes option B"),
    ("Services informatiques aux organisations", "sio"), ("maintenance des systemes", "maintenance_systemes"),
    ("photographie", None), ("", None),
])
def test_the_specialty_meant(word, meant):
    assert specialty_meant(word, CATALOGUE) == meant


def test_a_reference_that_is_none_is_told_the_specialty_meant_while_the_catalogue_is_known():
    assert "par exemple maintenance_systemes option B" in refused(SpecialtyRef, "MCO")  # (no catalogue: the example)
    with catalogue_known(CATALOGUE):
        assert refused(SpecialtyRef, "MCO") == ("« MCO » n'est pas une référence de spécialité ; écrire mco, l'identifiant "
                                                "de « Management commercial opérationnel » dans content/specialties.yaml")
    assert "par exemple" in refused(SpecialtyRef, "MCO")


@pytest.mark.parametrize("written, refused_as_example", [
    ("reference: texte", True),  # the template's example left as the value (staffwalk55 M1)
    ('reference: "texte"', False),  # between quotes: a value written on purpose, read as it is
])
def test_a_template_example_is_refused_only_as_the_template_writes_it(tmp_path, written, refused_as_example):
    """review68: schema._read_scalar refuses a value that is the prepared file's example (« texte », « https://… »,
    « AAAA-MM-JJ ») only unquoted, as the comment writes it; a quoted one is the staff's (a mutation dropping that
    guard passed every test)."""
    from validation_support import build_root, validate_in_process

    root = build_root(tmp_path)
    session = root / "academies" / "fixture" / "2024.yaml"
    lines = session.read_text(encoding="utf-8").splitlines(keepends=True)
    at = next(i for i, line in enumerate(lines) if line.startswith("  source: "))
    session.write_text("".join([*lines[:at + 1], f"  {written}\n", *lines[at + 1:]]), encoding="utf-8")
    run = validate_in_process(root)
    said = "« texte » est l'exemple que donne le commentaire du modèle" in run.output
    assert said is refused_as_example, run.output
    assert (run.code != 0) is refused_as_example, run.output
