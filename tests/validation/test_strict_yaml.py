"""Unit tests of the strict YAML reading (generator.strict_yaml) and of the schema (generator.schema).

PyYAML's defaults would turn ``17:00`` into 1020, ``no`` into False and let a
duplicated key silently win; these tests pin down that nothing of the sort
happens, and that every refusal names the right line, column and field.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

import pytest

from generator.loading import read_file
from generator.model.academy import Academy
from generator.model.values import BadValue, Date, DateTime, DepartmentCode, Moment, Phone
from generator.problems import Problems
from generator.schema import INVALID, Reader, Record, doc, read
from generator.strict_yaml import MappingNode, ScalarNode, compose_file


@dataclass(frozen=True, kw_only=True)
class Sample(Record):
    """A small record using the scalar types of the model."""

    text: str | None = doc("un texte", default=None)
    flag: bool | None = doc("un booléen", default=None)
    count: int | None = doc("un nombre", default=None)
    when: Moment | None = doc("une date ou date-heure", default=None)
    day: Date | None = doc("une date", default=None)
    code: DepartmentCode | None = doc("un département", default=None)
    words: tuple[str, ...] = doc("des textes", default=())


@dataclass(frozen=True, kw_only=True)
class Needs(Record):
    """A record with a required field."""

    title: str = doc("titre de la notice")
    note: str | None = doc("précision", default=None)


def load(text: str, cls: type = Sample):
    problems = Problems()
    node = compose_file(text, "f.yaml", problems)
    value = None if node is None else read(cls, node, Reader("f.yaml", problems), "")
    return value, [p.headline() for p in problems.sorted()]


def compose(text: str):
    problems = Problems()
    node = compose_file(text, "f.yaml", problems)
    return node, [p.headline() for p in problems.sorted()]


def scalar(node: MappingNode, key: str) -> ScalarNode:
    return next(v for k, v in node.value if k.value == key)


# --- Nothing is guessed: scalars stay the text typed -------------------------------------------


def test_time_stays_text():
    node, problems = compose("a: 17:00\nb: 2023-11-15\nc: 1e3\nd: 09\ne: 010\n")
    assert problems == []
    assert scalar(node, "a").value == "17:00"
    assert scalar(node, "b").value == "2023-11-15"
    assert scalar(node, "c").value == "1e3"
    assert scalar(node, "d").value == "09"
    assert scalar(node, "e").value == "010"


def test_time_read_as_text_for_a_text_field():
    value, problems = load("text: 17:00\n")
    assert problems == []
    assert value.text == "17:00"


def test_time_read_as_a_time_where_a_moment_is_expected():
    value, problems = load("when: 2023-11-15 17:00\n")
    assert problems == []
    assert value.when == Moment(dt.date(2023, 11, 15), dt.time(17, 0))
    assert value.when.end() == dt.datetime(2023, 11, 15, 17, 0)


def test_date_alone_is_a_whole_day_moment():
    value, problems = load("when: 2023-11-22\n")
    assert problems == []
    assert value.when.time is None
    assert value.when.start() == dt.datetime(2023, 11, 22, 0, 0)
    assert value.when.end() == dt.datetime(2023, 11, 22, 23, 59)


def test_time_alone_is_refused_where_a_moment_is_expected():
    value, problems = load("when: 17:00\n")
    assert value is INVALID
    assert problems == ["f.yaml:1:7: when: « 17:00 » n'est pas une date ni une date-heure ; écrire la date avant l'heure : AAAA-MM-JJ 17:00"]


@pytest.mark.parametrize("word", ["no", "NO", "No", "off", "Off", "yes", "YES", "on", "y", "n", "True", "FALSE"])
def test_yaml11_booleans_are_not_booleans(word):
    value, problems = load(f"flag: {word}\n")
    assert value is INVALID
    assert problems == [f"f.yaml:1:7: flag: « {word} » n'est pas un booléen ; écrire true (oui) ou false (non)"]


@pytest.mark.parametrize("word", ["no", "NO", "off", "yes", "on"])
def test_yaml11_booleans_stay_words_in_text(word):
    value, problems = load(f"text: {word}\n")
    assert problems == []
    assert value.text == word


def test_true_and_false_are_booleans():
    assert load("flag: true\n")[0].flag is True
    assert load("flag: false\n")[0].flag is False


def test_quoted_true_is_text_not_boolean():
    value, problems = load('flag: "true"\n')
    assert value is INVALID
    assert problems == ["f.yaml:1:7: flag: « true » n'est pas un booléen ; écrire true (oui) ou false (non)"]


def test_integers():
    assert load("count: 2024\n")[0].count == 2024
    value, problems = load('count: "2024"\n')
    assert problems == ["f.yaml:1:8: count: « 2024 » est écrit entre guillemets ; écrire le nombre sans guillemets : 2024"]
    value, problems = load("count: deux\n")
    # (a year's example for a year only: « order: un » in content/questions.yaml was told « par exemple 2024 », fuzz69 L2)
    assert problems == ["f.yaml:1:8: count: « deux » n'est pas un nombre entier ; écrire par exemple 3"]


def test_department_code_keeps_its_leading_zero():
    assert load("code: 09\n")[0].code == "09"
    assert load('code: "2A"\n')[0].code == "2A"
    value, problems = load("code: 9\n")
    assert problems == ["f.yaml:1:7: code: « 9 » n'est pas un numéro de département ; écrire « 09 » entre guillemets"]


@pytest.mark.parametrize("fast", [True, False])
def test_a_text_copied_in_nfd_is_read_in_nfc(fast, monkeypatch):
    """A letter and its accent apart (Unicode NFD, as some PDF viewers copy « é »): every scalar, key, value, list item,
    quoted or block text, read as the letter with its accent, one character (NFC), by libyaml's way of composing and by
    PyYAML's (review65 M2: the decomposed name went as typed to the page titles and the calendar)."""
    import unicodedata

    from generator import strict_yaml

    monkeypatch.setattr(strict_yaml, "USE_LIBYAML", fast)
    text = 'name: Nante\u0301s\nnote: "De\u0301po\u0302t"\nwords: [Arie\u0300ge, e\u0301te\u0301]\ncle\u0301: |-\n  Re\u0301ponse\n'
    node, problems = compose(text)
    assert problems == []
    values = [k.value for k, _ in node.value] + [scalar(node, k).value for k in ("name", "note", "clé")]
    values += [item.value for item in scalar(node, "words").value]
    assert values == ["name", "note", "words", "clé", "Nantés", "Dépôt", "Réponse", "Ariège", "été"]
    assert all(unicodedata.is_normalized("NFC", v) for v in values)
    sample, problems = load('text: "Candidats de l\'acade\u0301mie"\nwords: [pre\u0301cise\u0301]\n')
    assert problems == [] and (sample.text, sample.words) == ("Candidats de l'académie", ("précisé",))


def test_a_name_and_texts_copied_in_nfd_are_published_in_nfc(tmp_path: Path):
    """academy.yaml's name and a session's texts in NFD (« Nante\u0301s », each accent apart from its letter): the model,
    the notice's page and its calendar read and say them as the same files in NFC do, and validate finds the name the
    national table's (review65 M2: the page and the .ics printed the decomposed name, the checklist's hints the
    table's: two strings of one name, and a search for the name as typed missed the titles)."""
    import unicodedata

    from generator.merge import build_notices
    from generator.site import ics, pages
    from project_support import FROZEN, data_root, load as load_project

    said = {}
    for form in ("NFC", "NFD"):
        root = data_root(tmp_path, FROZEN, form)
        for path, old, new in ((root / "content" / "departments.yaml", "    name: Nantes\n", "    name: Nantés\n"),
                               (root / "academies" / "nantes" / "academy.yaml", "name: Nantes\n", "name: Nantés\n")):
            text = path.read_text(encoding="utf-8")
            assert old in text
            path.write_text(text.replace(old, new, 1), encoding="utf-8")
        if form == "NFD":
            for path in (root / "academies" / "nantes").glob("*.yaml"):
                path.write_text(unicodedata.normalize("NFD", path.read_text(encoding="utf-8")), encoding="utf-8")
            assert "name: Nante\u0301s\n" in (root / "academies" / "nantes" / "academy.yaml").read_text(encoding="utf-8")
        project, problems = load_project(root)
        assert not problems, problems.report()
        assert project.academies["nantes"].academy.name == "Nantés"
        notice = next(n for n in build_notices(project) if n.slug == "nantes" and n.year == 2024)
        said[form] = (pages.notice_page(notice, dt.date(2023, 9, 1)), ics.calendar(notice).decode())
    page, calendar = said["NFD"]
    assert "Nantés" in page and "BTS Nantés 2024" in calendar
    assert unicodedata.is_normalized("NFC", page) and unicodedata.is_normalized("NFC", calendar)
    assert said["NFD"] == said["NFC"]


# --- Duplicated keys, merge keys, aliases, tags, documents ---------------------------------------


def test_duplicate_key_reported_with_both_lines():
    value, problems = load("text: un\nflag: true\ntext: deux\n")
    assert problems == ["f.yaml:3:1: text: clé « text » en double : « deux » ici, « un » ligne 1 ; garder la valeur que donne la notice et supprimer l'autre ligne"]


def test_duplicate_key_with_the_same_value_names_the_line_to_delete():
    """Both values are given when both are written on their lines: the same one twice is a line to delete; a block
    (a mapping, a list of « - » lines, a « | » text) or an empty value is not shown, the two lines are. A list between
    brackets on one line is said as a text is (staff71: « emails: [a] » twice was « garder une seule des deux »)."""
    _, problems = compose("a: 1\nb: [x]\nb: [x]\na: 1\nc: |\n  t\nc: t\nd: [x, y]\nd: [z, x]\ne:\n  - x\ne: [x]\n")
    assert problems == [
        "f.yaml:3:1: b: clé « b » en double, avec la même liste « [x] » que ligne 2 ; supprimer cette ligne",
        "f.yaml:4:1: a: clé « a » en double, avec la même valeur « 1 » que ligne 1 ; supprimer cette ligne",
        "f.yaml:7:1: c: clé « c » en double (déjà ligne 5) ; garder une seule des deux",
        "f.yaml:9:1: d: clé « d » en double : « [z, x] » ici, « [x, y] » ligne 8 ; garder la liste que donne la notice et "
        "supprimer l'autre ligne ; si la notice donne les deux, les réunir sur une seule ligne : d: [x, y, z]",
        "f.yaml:12:1: e: clé « e » en double (déjà ligne 10) ; garder une seule des deux",
    ]


def test_a_list_written_twice_next_to_itself_keeps_the_second_s_items_where_they_are():
    """A list's key written a second time right under the first list (77208188, staffwalk56 H3): « supprimer cette
    ligne-ci seulement » and its items follow the first's, their « - » moved to the first's column when they are not in
    it; followed literally, every item is read (review70: only the case with another key between was tested, the
    advice for this one could change unseen)."""
    value, problems = load("words:\n  - a\nwords:\n  - b\n  - c\n")
    assert problems == [
        "f.yaml:3:1: words: clé « words » en double (déjà ligne 1), chacune avec sa liste : une liste ne s'écrit qu'une "
        "fois ; supprimer cette ligne-ci seulement, et garder les 2 éléments qui la suivent (chacun sa ligne « - » et les "
        "lignes en retrait sous elle) : ils se retrouvent sous la ligne 1, à la suite des siens"]
    assert load("words:\n  - a\n  - b\n  - c\n") == (Sample(words=("a", "b", "c")), [])
    value, problems = load("words:\n- a\nwords:\n  - b\n")
    assert problems == [
        "f.yaml:3:1: words: clé « words » en double (déjà ligne 1), chacune avec sa liste : une liste ne s'écrit qu'une "
        "fois ; supprimer cette ligne-ci seulement, et garder l'élément qui la suit (sa ligne « - » et les lignes en "
        "retrait sous elle) : il se retrouve sous la ligne 1, à la suite des siens, son « - » en colonne 1 comme les "
        "siens (pas 3)"]
    assert load("words:\n- a\n- b\n") == (Sample(words=("a", "b")), [])


def test_nested_duplicate_key_has_its_full_path():
    _, problems = compose("a:\n  b:\n    - c: 1\n      c: 2\n")
    assert problems == ["f.yaml:4:7: a.b[1].c: clé « c » en double : « 2 » ici, « 1 » ligne 3 ; garder la valeur que donne la notice et supprimer l'autre ligne"]


def test_duplicate_key_is_not_read_twice():
    """The first value is kept for the rest of the checks; the duplicate is one problem, not two."""
    value, problems = load("title: Un\ntitle:\n", Needs)
    assert problems == ["f.yaml:2:1: title: clé « title » en double (déjà ligne 1) ; garder une seule des deux"]


def test_merge_key_refused_once():
    value, problems = load("<<: {text: un}\nflag: true\n")
    assert problems == ["f.yaml:1:1: <<: clé de fusion « << » interdite ; écrire les champs en entier"]


def test_alias_points_at_the_alias_not_the_anchor():
    _, problems = compose("a: &x {b: 1}\nc: *x\nd:\n  - *x\n")
    assert problems == [
        "f.yaml:2:4: c: alias YAML « *x » : il reprend la valeur de l'ancre « &x » (ligne 1), ce que ce site refuse ; écrire ici "
        "cette valeur elle-même, « {b: 1} », et retirer « &x » de la ligne 1",
        "f.yaml:4:5: d[1]: alias YAML « *x » : il reprend la valeur de l'ancre « &x » (ligne 1), ce que ce site refuse ; écrire "
        "ici cette valeur elle-même, « {b: 1} », et retirer « &x » de la ligne 1",
    ]
    # (staff73: « recopier la valeur » named neither the anchor nor its value; a value over several lines: its lines)
    _, problems = compose("a: &x\n  b: 1\nc: *x\n")
    assert problems == ["f.yaml:3:4: c: alias YAML « *x » : il reprend la valeur de l'ancre « &x » (ligne 1), ce que ce site refuse ; "
                        "recopier ici cette valeur (les lignes sous la ligne 1, avec le même retrait les unes par rapport aux autres), "
                        "et retirer « &x » de la ligne 1"]


def test_undefined_alias():
    node, problems = compose("a: 1\nb: *nowhere\n")
    assert node is None
    assert problems == ["f.yaml:2:4: b: « * » en début de valeur (alias YAML, interdit) ; si la valeur est un texte qui commence par « * », la mettre entre guillemets ; si c'est un renvoi à une autre valeur du fichier, recopier cette valeur"]


@pytest.mark.parametrize(
    "text, tag, column",
    [("a: !!str 2024\n", "!!str", 4), ("a: !!int 5\n", "!!int", 4), ("a: !!map {b: 1}\n", "!!map", 4),
     ("a: !!seq [1]\n", "!!seq", 4), ("a: !foo x\n", "!foo", 4), ("a: [!!bool yes]\n", "!!bool", 5)],
)
def test_explicit_tags_refused_as_written(text, tag, column):
    _, problems = compose(text)
    assert len(problems) == 1
    assert problems[0].startswith(f"f.yaml:1:{column}: ")
    assert problems[0].endswith(f"étiquette YAML « {tag} » interdite ; écrire la valeur seule")


def test_quoted_exclamation_mark_is_not_a_tag():
    node, problems = compose("a: '!!str'\nb: \"!important\"\n")
    assert problems == []
    assert scalar(node, "a").value == "!!str"


def test_two_documents_refused():
    node, problems = compose("a: 1\n---\nb: 2\n")
    assert node is None
    assert problems == ["f.yaml:2:1: un seul document par fichier ; retirer le second « --- »"]


@pytest.mark.parametrize("text", ["", "\n\n", "# seulement un commentaire\n"])
def test_empty_file(text):
    node, problems = compose(text)
    assert node is None
    assert problems == ["f.yaml:1:1: fichier vide ; s'il a été vidé par erreur, le rétablir depuis sa copie de sauvegarde ou sa version précédente (voir « Rétablir un fichier abîmé », page « Lire un message d'erreur » du guide du personnel)"]


def test_byte_order_mark_is_accepted():
    value, problems = load("\ufefftext: un\n")
    assert problems == []
    assert value.text == "un"


def test_compound_key_refused_without_crash():
    value, problems = load("? [a, b]\n: 1\ntext: un\n")
    assert problems == ["f.yaml:1:3: clé composée interdite ; une clé est un simple mot"]


# --- Syntax errors ---------------------------------------------------------------------------------


def test_tab_indentation_names_the_field_and_the_spaces_to_write():
    lead = "tabulation en début de ligne (YAML n'accepte que des espaces pour le retrait) ; la remplacer par des espaces : "
    # the first key of a block: under the key above
    assert compose("a:\n\tb: 1\n")[1] == [f"f.yaml:2:1: a.b: {lead}2 espaces en début de ligne (colonne 3), sous « a » (ligne 1)"]
    # a key among others: aligned on the key above it, in a list item too
    assert compose("a:\n  b: 1\n\tc: 2\n")[1] == [f"f.yaml:3:1: a.c: {lead}l'aligner sur « b » (ligne 2) : 2 espaces en début de ligne (colonne 3)"]
    assert compose("a:\n  - x: 1\n\t  y: 2\n")[1] == [f"f.yaml:3:1: a[1].y: {lead}l'aligner sur « x » (ligne 2) : 4 espaces en début de ligne (colonne 5)"]
    # a list item: aligned on the « - » of the items beside it, or under the key of the list (review 36 M1)
    assert compose("a:\n\t- 1\n")[1] == [f"f.yaml:2:1: a[1]: {lead}2 espaces en début de ligne (colonne 3), sous « a » (ligne 1)"]
    assert compose("a:\n  - x: 1\n    y: 2\n\t- x: 3\n")[1] == [f"f.yaml:4:1: a[2]: {lead}l'aligner sur le « - » de la ligne 2 : 2 espaces en début de ligne (colonne 3)"]
    assert compose("a:\n\t- 1\n    - 2\n")[1] == [f"f.yaml:2:1: a[1]: {lead}l'aligner sur le « - » de la ligne 3 : 4 espaces en début de ligne (colonne 5)"]
    # in a list of lists (« - - boxes: », a form's side_by_side), on the inner list's « - », named « le second « - » » of its line (Nantes 2026, line 743)
    assert compose("a:\n  - - x: 1\n    - y: 2\n  - - z: 3\n\t  - w: 4\n")[1] == [f"f.yaml:5:1: a[2][2]: {lead}l'aligner sur le second « - » de la ligne 4 : 4 espaces en début de ligne (colonne 5)"]
    # a line of a text: in the column of the text's line above, else two spaces right of its key
    assert compose("a:\n  t: >-\n    un\n\tdeux\n")[1] == [f"f.yaml:4:1: a.t: {lead}4 espaces en début de ligne (colonne 5), comme la ligne 3 du texte de « t »"]
    assert compose("a:\n  - t: |\n\t    un\n")[1] == [f"f.yaml:3:1: a[1].t: {lead}6 espaces en début de ligne (colonne 7), sous « t » (ligne 2)"]
    assert compose("a:\n  t: un\n\tdeux\n")[1] == [f"f.yaml:3:1: a.t: {lead}4 espaces en début de ligne (colonne 5), sous « t » (ligne 2)"]
    # a key after the list of words of the key above: aligned on that key, not under it
    assert compose("a:\n  l:\n    - u\n    - v\n\tb: 1\n")[1] == [f"f.yaml:5:1: a.b: {lead}l'aligner sur « l » (ligne 2) : 2 espaces en début de ligne (colonne 3)"]
    # a key after a text is a key, a « - » after it an item, unless the file reads better otherwise
    assert compose("a:\n  t: >-\n    un\n\tb: 2\n")[1] == [f"f.yaml:4:1: a.b: {lead}l'aligner sur « t » (ligne 2) : 2 espaces en début de ligne (colonne 3)"]
    assert compose("a:\n  - t: >-\n      un\n\t- t: deux\n")[1] == [f"f.yaml:4:1: a[2]: {lead}l'aligner sur le « - » de la ligne 2 : 2 espaces en début de ligne (colonne 3)"]
    # (a comment further left ends the text: the « - » after it cannot be a line of it)
    assert compose("a:\n  - t: >-\n      un\n  # c\n\t- t: deux\n")[1] == [f"f.yaml:5:1: a[2]: {lead}l'aligner sur le « - » de la ligne 2 : 2 espaces en début de ligne (colonne 3)"]


def test_syntax_error_with_an_advice_gives_the_file_followed_as_advised():
    problems, repaired = Problems(), []
    assert compose_file("a:\n  b: 1\n\tc: 2\n", "f.yaml", problems, repaired=repaired) is None
    assert repaired == [("a:\n  b: 1\n  c: 2\n", 3, "alignée")]
    problems, repaired = Problems(), []
    compose_file("a:\n  b: 1\n   c: 2\n", "f.yaml", problems, repaired=repaired)
    assert repaired == [("a:\n  b: 1\n  c: 2\n", 3, "alignée")]
    for text, followed in (("a:\n  - 1\n\t- 2\n", "a:\n  - 1\n  - 2\n"), ("a:\n  t: >-\n    un\n\tdeux\n", "a:\n  t: >-\n    un\n    deux\n")):
        problems, repaired = Problems(), []
        compose_file(text, "f.yaml", problems, repaired=repaired)
        assert repaired == [(followed, 3 if "- 2" in text else 4, "alignée")]


def test_colon_in_plain_value():
    _, problems = compose("titre: Inscription : CYCLADES\n")
    assert problems == ["f.yaml:1:8: titre: deux-points « : » dans la valeur de « titre » : YAML y lit une seconde clé ; une valeur "
                        "qui contient « : » s'écrit entre guillemets : écrire « titre: \"Inscription : CYCLADES\" »"]
    # the value between single quotes when it has double quotes; both kinds: the general words
    _, problems = compose('titre: Le « bouton "envoyer" » : CYCLADES\n')
    assert problems == ["f.yaml:1:8: titre: deux-points « : » dans la valeur de « titre » : YAML y lit une seconde clé ; une valeur "
                        "qui contient « : » s'écrit entre guillemets : écrire « titre: 'Le « bouton \"envoyer\" » : CYCLADES' »"]
    _, problems = compose("titre: l'\"envoi\" : CYCLADES\n")
    assert problems == ["f.yaml:1:18: titre: deux-points inattendu (une valeur contenant « : » doit être entre guillemets ; sinon, vérifier l'indentation de la ligne)"]


def test_a_key_out_of_line_is_named_with_the_key_to_align_it_on():
    deeper = "a:\n  - t: Une phrase.\n      u: https://x.fr\n"
    assert compose(deeper)[1] == [
        "f.yaml:3:7: a[1].u: clé « u » plus en retrait que la clé « t » au-dessus ; l'aligner sur « t » (ligne 2) : "
        "4 espaces en début de ligne (colonne 5) ; si c'est la suite du texte de « t », mettre tout ce texte entre guillemets (il contient « : »)"
    ]
    text_with_colon = "a:\n  t: Une phrase\n    Note : la suite\n"
    assert compose(text_with_colon)[1] == [
        "f.yaml:3:10: a.t: le texte de « t » (ligne 2) continue sur cette ligne, qui contient « : » ; mettre tout ce texte entre guillemets"
    ]
    for spaces in (" ", ""):
        left = f"a:\n  - t: 1\n    u: 2\n  {spaces}v: 3\n  - t: 4\n"
        assert compose(left)[1] == [
            f"f.yaml:4:{3 + len(spaces)}: a[1].v: clé « v » moins en retrait que les autres clés de cet élément de liste ; "
            "l'aligner sur « u » (ligne 3) : 4 espaces en début de ligne (colonne 5)"
        ]
    first_left = "a:\n   t: 1\n    u: 2\n    v: 3\nb: 4\n"
    assert compose(first_left)[1] == [
        "f.yaml:2:4: a.t: clé « t » moins en retrait que les clés qui la suivent ; l'aligner sur « u » (ligne 3) : 4 espaces en début de ligne (colonne 5)"
    ]
    between = "a:\n  t: 1\nu:\n    v: 2\n  w: 3\n"
    assert compose(between)[1] == [
        "f.yaml:3:1: a.u: clé « u » moins en retrait que la clé « t » au-dessus et celles qui la suivent ; "
        "l'aligner sur « t » (ligne 2) : 2 espaces en début de ligne (colonne 3)"
    ]
    # A key in the column of the dashes followed by more keys in that column: a mapping written as a list.
    assert "mélange une liste" in compose("a:\n  - t: 1\n  u: 2\n  v: 3\n")[1][0]


def test_unclosed_quote_points_at_the_opening_line():
    text = 'a:\n  - t: "Dépôt des pièces\n    u: 1\n  - {b: "yes"}\n'
    _, problems = compose(text)
    assert problems == ['f.yaml:2:8: a[1].t: guillemet « " » non fermé sur cette ligne ; le fermer à la fin de la valeur']


def test_unclosed_quote_at_end_of_file():
    _, problems = compose("a: 1\nb: 'texte\n")
    assert problems == ["f.yaml:2:4: b: guillemet « ' » non fermé sur cette ligne ; le fermer à la fin de la valeur"]


def test_multiline_quoted_value_that_is_valid_is_accepted():
    value, problems = load('text: "un\n  deux"\n')
    assert problems == []
    assert value.text == "un deux"


def test_not_utf8(tmp_path: Path):
    path = tmp_path / "academy.yaml"
    path.write_bytes("name: Acad\xe9mie\n".encode("latin-1"))
    problems = Problems()
    assert read_file(path, tmp_path, Academy, problems) is None
    [problem] = problems.sorted()
    assert problem.headline() == ("academy.yaml:1:11: octet 0xE9 (« é » en Windows-1252, dit « ANSI » dans le Bloc-notes) : le "
                                  "fichier n'est pas en UTF-8 ; l'enregistrer en UTF-8 (Bloc-notes : Fichier > Enregistrer sous, "
                                  "Encodage : UTF-8 ; Notepad++ : Encodage > Convertir en UTF-8), sans perte des accents ; si l'éditeur a remplacé des signes (①, ⇒, “ ”) par « ? », reprendre la "
                                  "version précédente du fichier (voir « Rétablir un fichier abîmé », page « Lire un message "
                                  "d'erreur » du guide du personnel)")
    rendered = problems.report().splitlines()
    assert rendered[1] == "    name: Acad\ufffdmie"
    assert rendered[2] == "    " + " " * 10 + "^"


# --- Schema: keys, required values, kinds -------------------------------------------------------


def test_unknown_key_with_suggestion():
    _, problems = load("txet: un\n")
    assert problems == ["f.yaml:1:1: txet: clé inconnue « txet » ; vouliez-vous dire « text » ?"]


def test_unknown_key_without_close_match_lists_the_keys():
    _, problems = load("couleur: rouge\n")
    assert problems == ["f.yaml:1:1: couleur: clé inconnue « couleur » ; clés permises : text, flag, count, when, day, code, words"]


def test_misspelt_required_key_is_one_problem():
    value, problems = load("titel: Notice\n", Needs)
    assert value is INVALID
    assert problems == ["f.yaml:1:1: titel: clé inconnue « titel » ; vouliez-vous dire « title » ?"]


def test_missing_required_key():
    value, problems = load("note: x\n", Needs)
    assert value is INVALID
    assert problems == ["f.yaml:1:1: title: clé « title » manquante ; ajouter title: (titre de la notice)"]


@pytest.mark.parametrize("empty", ["", " ~", " null"])
def test_empty_required_value(empty):
    value, problems = load(f"title:{empty}\n", Needs)
    assert value is INVALID
    assert problems == ["f.yaml:1:1: title: valeur manquante pour « title » ; écrire la valeur après « title: » (titre de la notice)"]


def test_list_where_a_text_is_expected_and_the_reverse():
    _, problems = load("text: [a, b]\nwords: un\n")
    assert problems == [
        "f.yaml:1:7: text: une valeur simple attendue ; trouvé une liste",
        "f.yaml:2:8: words: une liste (lignes commençant par « - ») attendue ; trouvé « un » : écrire « words: [un] » (entre "
        "crochets), ou une ligne « - » par élément, en retrait sous la clé",
    ]


def test_mapping_where_a_record_list_item_is_expected():
    _, problems = load("- text: un\n")
    assert problems == ["f.yaml:1:1: des clés « nom: valeur » attendues ; trouvé une liste"]


def test_one_broken_list_item_makes_the_list_unreadable_without_crash():
    @dataclass(frozen=True, kw_only=True)
    class Holder(Record):
        items: tuple[Sample, ...] = doc("des éléments")

    value, problems = load("items:\n  - flag: true\n  - flag: oui\n", Holder)
    assert value is INVALID
    assert problems == ["f.yaml:3:11: items[2].flag: « oui » n'est pas un booléen ; écrire true (oui) ou false (non)"]


def test_positions_of_list_items_are_kept():
    value, problems = load("words: [un, deux]\n")
    assert problems == []
    assert value.where("words[1]").column == 13


# --- Values ---------------------------------------------------------------------------------------


def test_dates():
    assert Date.parse("2024-02-29") == dt.date(2024, 2, 29)
    with pytest.raises(BadValue, match="« 2023-02-30 » n'existe pas dans le calendrier"):
        Date.parse("2023-02-30")
    with pytest.raises(BadValue, match="écrire 2024-11-15$"):
        Date.parse("15 novembre 2024")
    with pytest.raises(BadValue, match="écrire 2023-11-15$"):
        Date.parse("15/11/2023")


def test_a_day_the_month_does_not_have_is_said_with_the_month_s_length():
    cases = {
        "2023-02-30": "février 2023 n'a que 28 jours ; vérifier le jour et le mois dans la notice",
        "2024-02-30": "février 2024 n'a que 29 jours ; vérifier le jour et le mois dans la notice",
        "2023-02-29": "février 2023 n'a que 28 jours (2023 n'est pas bissextile) ; vérifier le jour et le mois dans la notice",
        "2023-04-31": "avril 2023 n'a que 30 jours ; vérifier le jour et le mois dans la notice",
        "2023-12-32": "décembre 2023 n'a que 31 jours ; vérifier le jour et le mois dans la notice",
        "2023-11-00": "il n'y a pas de jour 00, le premier jour du mois est 01 ; vérifier le jour dans la notice",
    }
    for text, why in cases.items():
        for kind in (Date, Moment):
            with pytest.raises(BadValue) as raised:
                kind.parse(text)
            assert str(raised.value) == f"« {text} » n'existe pas dans le calendrier : {why}"
    with pytest.raises(BadValue) as raised:
        Moment.parse("2023-02-30 17h00")
    assert str(raised.value).endswith("février 2023 n'a que 28 jours ; vérifier le jour et le mois dans la notice (et écrire l'heure 17:00)")


def test_a_french_hour_gets_the_whole_value_to_write():
    for text in ("2024-15-11 17h00", "2024-15-11 17h", "2024-15-11 17 h", "2024-15-11 17H00", "2024-15-11 à 17 h", "2024-15-11 17 heures"):
        with pytest.raises(BadValue) as raised:
            Moment.parse(text)
        assert str(raised.value) == (
            f"« {text} » n'existe pas dans le calendrier : il n'y a pas de mois 15 (jour et mois inversés ?) "
            "et l'heure s'écrit HH:MM ; écrire 2024-11-15 17:00"
        )
    for text in ("2024-11-15 17h00", "2024-11-15 17 h", "2024-11-15 17H00", "2024-11-15 à 17:00"):
        with pytest.raises(BadValue) as raised:
            Moment.parse(text)
        assert str(raised.value) == f"« {text} » : l'heure s'écrit HH:MM ; écrire 2024-11-15 17:00"
    for text in ("15/11/2024 17h00", "11/15/2024 17 h", "2024-15-11T17:00"):
        with pytest.raises(BadValue, match="écrire 2024-11-15 17:00$"):
            Moment.parse(text)
    with pytest.raises(BadValue, match="écrire 2024-11-15 24:00$"):
        Moment.parse("2024-15-11 24h00")
    with pytest.raises(BadValue, match=r"écrire 2024-11-15 HH:MM$"):
        Moment.parse("2024-15-11 25h00")  # not a time: its place said
    with pytest.raises(BadValue, match="écrire 2024-11-15$"):
        Date.parse("2024-15-11 17h00")  # a date field: the date alone


def test_a_date_written_year_first_with_slashes_or_dots_gets_the_date_to_write():
    for text in ("2024/11/22", "2024.11.22", "2024/11/22 17h", "2024/11/22 17:00"):
        with pytest.raises(BadValue) as raised:
            Moment.parse(text)
        to_write = "2024-11-22 17:00" if "17" in text else "2024-11-22 (ou 2024-11-22 HH:MM avec l'heure)"
        assert str(raised.value) == f"« {text} » n'est pas une date ni une date-heure ; écrire {to_write}"
    with pytest.raises(BadValue, match="écrire 2024-11-22$"):
        Date.parse("2024/11/22")


def test_date_time_requires_the_time():
    assert DateTime.parse("2023-11-15 17:00") == dt.datetime(2023, 11, 15, 17, 0)
    with pytest.raises(BadValue, match="écrire l'heure après la date : 2023-11-15 HH:MM"):
        DateTime.parse("2023-11-15")
    with pytest.raises(BadValue, match="écrire 2023-11-15 17:00$"):
        DateTime.parse("2023-11-15T17:00")


def test_moment_suggests_from_french_words():
    with pytest.raises(BadValue, match="écrire 2023-11-15 17:00$"):
        Moment.parse("mercredi 15 novembre 2023 à 17h")
    with pytest.raises(BadValue, match="écrire 2023-11-15 09:30$"):
        Moment.parse("15/11/2023 9h30")


@pytest.mark.parametrize("typed", ["05 36 25 71 12", "0536257112", "05.36.25.71.12", "05-36-25-71-12", "+33 5 36 25 71 12"])
def test_phone_is_normalised(typed):
    assert Phone.parse(typed) == "05 36 25 71 12"


@pytest.mark.parametrize(("typed", "meant"), [("870", "87"), ("310", "31"), ("031", "31"), ("9740", "974")])
def test_a_department_with_a_digit_too_many_suggests_the_one_meant(typed, meant):
    with pytest.raises(BadValue) as raised:
        DepartmentCode.parse(typed)
    assert f"vouliez-vous dire « {meant} » ?" in str(raised.value)


def test_a_refused_address_says_on_which_side_of_the_at_sign_the_character_is():
    from generator.model.values import Email

    for typed, said in (("déc5@ac-toulouse.fr", "caractère « é » impossible avant « @ »"), ("dec5@ac_toulouse.fr", "caractère « _ » impossible dans le domaine")):
        with pytest.raises(BadValue) as raised:
            Email.parse(typed)
        assert said in str(raised.value), str(raised.value)
    with pytest.raises(BadValue) as raised:
        Email.parse("dec5@ac_toulouse.fr")
    assert "« _ »)" not in str(raised.value)  # (not listed as allowed in the domain)


def test_a_list_items_first_key_written_again_says_the_dash_or_the_duplicate():
    """An item's first key written again after its other keys: a new item whose « - » was forgotten when keys of the
    item follow, written again or misspelt (« lable: »); a duplicate when nothing follows (an id added last); both
    readings when other keys follow (an id renamed with the old line kept, or a new item with keys of its own)."""
    dash = "il manque sans doute le tiret « - » d'un nouvel élément au début de cette ligne ; écrire « - id: b », le « - » aligné sur celui de la ligne 1"
    _, problems = compose("- id: a\n  label: A\n  id: b\n  lable: B\n")
    assert problems == [f"f.yaml:3:3: [0].id: clé « id » en double dans un même élément de la liste : {dash}"]
    _, problems = compose("- id: a\n  label: A\n  id: >-\n    b\n  lable: B\n")  # (a value not on its line: not guessed)
    assert problems == [f"f.yaml:3:3: [0].id: clé « id » en double dans un même élément de la liste : {dash.replace('- id: b', '- id: …')}"]
    _, problems = compose("- id: a\n  label: A\n  id: b\n")
    assert problems == ["f.yaml:3:3: [0].id: clé « id » en double : « b » ici, « a » ligne 1 ; garder la valeur que donne la notice et supprimer l'autre ligne"]
    _, problems = compose("- id: a\n  label: A\n  id: b\n  group: G\n")
    assert problems == [
        "f.yaml:3:3: [0].id: clé « id » en double : « b » ici, « a » ligne 1 ; s'il commence un nouvel élément de la liste, il lui "
        "manque le tiret « - » : écrire « - id: b », le « - » aligné sur celui de la ligne 1 ; sinon garder la valeur que donne "
        "la notice et supprimer l'autre ligne"
    ]


@pytest.mark.parametrize("above, below, clause", [
    ("Une phrase.", "u: https://x.fr", True),  # words: the line below may be their continuation
    ("2023-10-11 14:00", "u: 2023-11-15 17:00", False),  # a date-time above (a staff walk, stop 40)
    ("2023-11-15 17h", "u: x", False),  # a date-time mistyped is still one
    ("15/11/2023 17:00", "u: x", False),
    ("non précisé par la notice", "u: x", False),
    ("Pour tous les candidats", "u: {nationality: french}", False),  # a condition below is not words (stop 40)
    ("Pour tous les candidats", "u: [a, b]", False),
])
def test_the_text_clause_of_a_deeper_key_only_under_words(above, below, clause):
    """A key indented deeper than the key above: « si c'est la suite du texte de … » only when the value above is words
    and the line below could continue them, not under a date, a number or « non précisé », nor for a condition."""
    problems = compose(f"a:\n  t: {above}\n    {below}\n")[1]
    assert len(problems) == 1 and "clé « u » plus en retrait que la clé « t » au-dessus" in problems[0], problems
    assert ("si c'est la suite du texte de « t »" in problems[0]) is clause, problems


def test_a_list_items_first_key_in_the_column_of_the_dashes_says_the_dash():
    """A new item typed without its « - », its first key in the column of the list's dashes, after an item that has
    that key: the « - » to write, where (it said « une même rubrique mélange une liste … soit toutes … soit aucune »,
    which rewrote the list, and read nothing else of the file: a staff walk, stop 40); the item's other keys typed in
    that column too are moved right with it. The rest of the file is read with that written (``repaired``)."""
    said = ("f.yaml:5:3: a[2].id: clé « id » dans la colonne des tirets « - » de la liste « a » : l'élément de la ligne 2 a "
            "déjà une clé « id » ; il manque sans doute le tiret « - » d'un nouvel élément au début de cette ligne ; écrire "
            "« - id: b » à 2 espaces en début de ligne (colonne 3), le « - » aligné sur celui de la ligne 2")
    text = "a:\n  - id: a\n    label: A\n\n  id: b\n    label: B\nc: 1\n"
    problems, repaired = Problems(), []
    assert compose_file(text, "f.yaml", problems, repaired=repaired) is None
    assert [p.headline() for p in problems.sorted()] == [said]
    assert repaired == [(text.replace("\n  id: b", "\n  - id: b"), 5, "corrigée")]
    text = "a:\n  - id: a\n    label: A\n  id: b\n  label: B\n  when:\n    x: 1\n  - id: c\n"
    problems, repaired = Problems(), []
    compose_file(text, "f.yaml", problems, repaired=repaired)
    assert [p.headline() for p in problems.sorted()] == [
        said.replace("f.yaml:5:3:", "f.yaml:4:3:") + ", et décaler les lignes 5 à 7 de 2 espaces vers la droite, pour aligner "
        "les clés de cet élément sur « id »"
    ]
    assert repaired[0][0] == "a:\n  - id: a\n    label: A\n  - id: b\n    label: B\n    when:\n      x: 1\n  - id: c\n"
    # a key the item above does not have: not a new item (a list written as a mapping, or one of its keys out of line)
    assert "mélange une liste" in compose("a:\n  - t: 1\n  u: 2\n  v: 3\n")[1][0]


def test_a_block_text_line_moved_left_is_said_to_have_left_its_block():
    """A line of a « | » or « > » text written left of the text's other lines: YAML ends the text there and stops
    on that line or a few lines below (« : » attendu, indentation incohérente…); said as the text line that left its
    block, with the column to put it back, and the rest of the file is read with it put back."""
    _, problems = compose("a:\n  - |\n    un\n    deux\n  trois\n  - b\nc: 1\n")
    assert problems == [
        "f.yaml:5:3: a[1]: ligne de texte sortie de son bloc : elle continue le texte commencé ligne 2 (« | »), mais commence "
        "2 espaces plus à gauche que ses autres lignes, et YAML y arrête le texte ; la remettre à 4 espaces en début de "
        "ligne (colonne 5), comme la ligne 3"
    ]
    _, problems = compose("a:\n  t: >-\n    un\n    deux\ntrois quatre\n    cinq\n  u: 2\n")
    assert [p.split(": ligne de texte")[0] for p in problems] == ["f.yaml:5:1: a.t"], problems
    assert "commence 4 espaces plus à gauche" in problems[0] and "comme la ligne 3" in problems[0], problems
    # a key of the data moved left is not text: the key's own advice
    _, problems = compose("a:\n  t: >-\n    un\n  u: 2\n    v: 3\n")
    assert not any("sortie de son bloc" in p for p in problems), problems


_OUT_OF_AN_EXPLICIT_BLOCK = "ligne de texte sortie de son bloc : elle continue le texte "


@pytest.mark.parametrize(("text", "said"), [
    ("t: |2\n    un\n  deux\n x\nu: 1\n",
     "f.yaml:4:2: t: {out}de « t » (« |2 », ligne 1), mais commence 1 espace plus à gauche que le retrait fixé par « |2 » "
     "(2 colonnes après le début de « t »), et YAML y arrête le texte ; la remettre à 2 espaces en début de ligne "
     "(colonne 3), comme la ligne 3"),
    # an item's text, counted from its « - »
    ("a:\n  - >2\n      un\n    deux\n  trois\n  - b\n",
     "f.yaml:5:3: a[1]: {out}commencé ligne 2 (« >2 »), mais commence 2 espaces plus à gauche que le retrait fixé par « >2 » "
     "(2 colonnes après le tiret « - »), et YAML y arrête le texte ; la remettre à 4 espaces en début de ligne (colonne 5), "
     "comme la ligne 4"),
    # its first line out: no line at that column above to copy
    ("a:\n  t: >2-\n   un\n    deux\n  u: 1\n",
     "f.yaml:3:4: a.t: {out}de « t » (« >2- », ligne 2), mais commence 1 espace plus à gauche que le retrait fixé par "
     "« >2- » (2 colonnes après le début de « t »), et YAML y arrête le texte ; la remettre à 4 espaces en début de ligne "
     "(colonne 5) : un retrait plus grand s'ajouterait au texte"),
    # at or right of that column, a line is text (its extra spaces kept): nothing to say
    ("a:\n  - >2\n      un\n     deux\n  - b\n", None),
])
def test_a_line_moved_left_of_a_text_whose_header_gives_its_column(text: str, said: str | None):
    """« |2- », « >2 »: the text's lines start that many columns after its key (or its item's « - »), its first lines
    may be deeper. A line left of that column ends the text (« : » attendu, indentation incohérente): said as a text
    line out of its block, with the column the digit sets (PyYAML's old messages before)."""
    assert compose(text)[1] == ([said.format(out=_OUT_OF_AN_EXPLICIT_BLOCK)] if said else [])


def read_as_written(*texts: str) -> None:
    """Each text reads, with nothing to say."""
    for text in texts:
        node, problems = compose(text)
        assert node is not None and problems == [], (text, problems)


def test_a_list_dash_glued_to_an_items_first_key_in_a_file_that_reads():
    """« -id: b » at the column of the item's keys reads as one more key « -id » of the item above (and its next keys
    as that item's keys written twice): said as the new item whose dash is glued, with where the « - » goes. Another
    key glued to a dash keeps the unknown key's message (« vouliez-vous dire « label » ? »), from the schema."""
    node, problems = compose("l:\n  - id: a\n    label: A\n    -id: b\n    label: B\n")
    assert node is None and problems == [
        "f.yaml:4:5: l[2].id: tiret « - » collé à la clé « id » : YAML lit une clé « -id » de plus dans l'élément de la "
        "ligne 2, pas un nouvel élément ; un élément de liste s'écrit « - », une espace, puis la clé, le « - » aligné sur "
        "celui de la ligne 2 : écrire « - id: b » à 2 espaces en début de ligne (colonne 3)"
    ]
    read_as_written("l:\n  - id: a\n    label: A\n    -label: B\n", "-id: a\nid: b\n")


def test_a_colon_glued_to_its_value():
    """« - id:jdc »: YAML reads a text, and stops on the item's next key (« deux-points inattendu », a line below);
    « label:Photocopie »: « : » attendu. Said at the colon, with the line as it should be. A file that reads as written
    (« - mailto:x », « url: https://… ») is never told."""
    _, problems = compose("l:\n  - id:a\n    label: A\n")
    assert problems == [
        "f.yaml:2:7: l[1].id: pas d'espace après les deux-points de « id: » : YAML ne lit une clé que suivie de « : » et "
        "d'une espace, et lit ici le texte « id:a » ; écrire « - id: a »"
    ]
    _, problems = compose("a:\n  b:c\n  d: 1\n")
    assert problems == [
        "f.yaml:2:4: a.b: pas d'espace après les deux-points de « b: » : YAML ne lit une clé que suivie de « : » et "
        "d'une espace, et lit ici le texte « b:c » ; écrire « b: c »"
    ]
    read_as_written("l:\n  - mailto:x\n  - b\n", "u: https://x.fr\nl:\n  - a:b\n")


def test_a_colon_glued_to_the_brace_of_its_value():
    """« when:{nationality: french} » reads: YAML's key is « when:{nationality » (of value « french} »), which the
    schema would call an unknown key. Said at the colon as any colon glued to its value, with the line as it should
    be; the file is not read as written, and the rest of it is read with the space put in. A quoted key, a text, a
    line whose fix would not read either, are not told."""
    text = "d:\n  - id: a\n    when:{q: v}  # note\n"
    problems, repaired = Problems(), []
    assert compose_file(text, "f.yaml", problems, repaired=repaired) is None
    assert [p.headline() for p in problems.sorted()] == [
        "f.yaml:3:9: d[1].when: pas d'espace après les deux-points de « when: » : YAML ne lit une clé que suivie de « : » "
        "et d'une espace, et lit ici une clé « when:{q » ; écrire « when: {q: v} »"
    ]
    assert repaired == [("d:\n  - id: a\n    when: {q: v}  # note\n", 3, "corrigée")]
    _, problems = compose("- when:{q: v}\n")
    assert problems == [
        "f.yaml:1:7: [0].when: pas d'espace après les deux-points de « when: » : YAML ne lit une clé que suivie de « : » "
        "et d'une espace, et lit ici une clé « when:{q » ; écrire « - when: {q: v} »"
    ]
    read_as_written('d:\n  "when:{q": v\n', "d: |\n  when:{q: v}\n", "d:\n  when:{q: v\n", "d: {when: {q: v}}\n")


def test_an_item_after_a_text_item_is_not_a_text_line_out_of_its_block():
    """The review's H1: a plain item after a « - >- » item of the same list is the next item, not a line of the
    text, and a mistake further down (a key one space too deep) is said where it is, with its own message."""
    text = ("d:\n  - id: r\n    also:\n      - >-\n        un\n        deux\n      - trois\n      - quatre\n"
            "     when: {x: y}\n")
    _, problems = compose(text)
    assert not any("sortie de son bloc" in p for p in problems), problems
    assert [p.split(": ")[0] for p in problems] == ["f.yaml:9:6"], problems
    assert "indentation incohérente" in problems[0], problems
    # the advice needs the file, with the line put back, to read past the line the parser stopped at
    _, problems = compose("l:\n  - t: >-\n      un\n  - deux\n  - trois\n   x: 1\n")
    assert not any("sortie de son bloc" in p for p in problems), problems
    # a bullet of a « - text: | » item moved left under that item's « - » is still a text line out of its block
    _, problems = compose("a:\n  - text: |-\n      un :\n      - deux ;\n  - trois.\n    section: s\n")
    assert [p.split(": ligne de texte")[0] for p in problems] == ["f.yaml:5:3: a[1].text"], problems


def test_a_quote_of_the_text_closing_its_quotes_is_said_with_its_word():
    """« label: 'Attestation d'inscription' »: the apostrophe of « d'inscription » closes the single quotes (staff
    review 43, M3; PyYAML's « expected <block end> » read « indentation incohérente »). The word is named, and the way
    to write the text: without quotes when it reads so, else between the other quotes (or, with both kinds inside,
    each quote written as YAML wants)."""
    said = "l'apostrophe de « d'inscription » ferme les guillemets simples ; "
    _, problems = compose("a:\n  label: 'Attestation d'inscription au CNED pour l'année 2024-2025'\n")
    assert problems == [f"f.yaml:2:24: a.label: {said}écrire le texte sans guillemets, ou entre guillemets doubles"]
    _, problems = compose("a:\n  label: 'Attestation d'inscription : au CNED'\n")  # (« : » inside: not without quotes)
    assert problems == [f"f.yaml:2:24: a.label: {said}écrire le texte entre guillemets doubles"]
    _, problems = compose("a: 'Attestation d'inscription « \"CNED\" »'\n")
    assert problems == [f"f.yaml:1:18: a: {said}écrire le texte sans guillemets, ou deux apostrophes pour chacune du texte (« d''inscription »)"]
    _, problems = compose('a: "le mot "oui" ici"\n')
    assert problems == ["f.yaml:1:12: a: le guillemet de « \"oui\" » ferme les guillemets doubles ; écrire le texte sans guillemets, ou entre guillemets simples ; pour citer des mots, les guillemets français « … » conviennent aussi"]
    _, problems = compose("l:\n  - {text: 'Prévenir l'établissement', section: x}\n")
    assert problems == [
        "f.yaml:2:23: l[1]: l'apostrophe de « l'établissement » ferme les guillemets simples ; écrire le texte sans guillemets, ou entre guillemets doubles"
    ]
    read_as_written("a: 'l''année'\n", "a: 'x' # l'année\n", "a: |\n  'd'abord'\n")


def test_a_closing_quote_forgotten_before_the_comma_of_a_list_is_said_so():
    """« phones: ["05 55 11 43 00, "05 55 11 43 01"] »: the first item's closing quote forgotten, so that the second
    item's opening quote closes it. The message said that quote closed the double quotes and advised single quotes
    (a staff walk, stop 55, left alone; fixstaff56): it now says where the quote is missing and gives the line to write,
    which reads. A quote inside a text that no comma comes before is still told as before."""
    for text, column, said, line in (
        ('c:\n  phones: ["05 55 11 43 00, "05 55 11 43 01"]\n', 27,
         "guillemet « \" » non fermé après « 05 55 11 43 00 » : YAML lit la virgule et la suite, jusqu'au guillemet de "
         "« \"05 », comme un seul texte ; fermer le guillemet avant la virgule",
         'phones: ["05 55 11 43 00", "05 55 11 43 01"]'),
        ("c:\n  phones: ['05 55 11 43 00, '05 55 11 43 01', '05 55 11 43 02']\n", 27,
         "apostrophe « ' » non fermée après « 05 55 11 43 00 » : YAML lit la virgule et la suite, jusqu'à l'apostrophe de "
         "« '05 », comme un seul texte ; fermer l'apostrophe avant la virgule",
         "phones: ['05 55 11 43 00', '05 55 11 43 01', '05 55 11 43 02']"),
        ('l:\n  - {text: "Prévenir le bureau, section: "Notice, page 3"}\n', 31,
         "guillemet « \" » non fermé après « Prévenir le bureau » : YAML lit la virgule et la suite, jusqu'au guillemet de "
         "« \"Notice », comme un seul texte ; fermer le guillemet avant la virgule",
         '- {text: "Prévenir le bureau", section: "Notice, page 3"}'),
    ):
        _told_the_line_to_write(text, column, said, line)
    _, problems = compose('c:\n  phones: ["Paris, "la ville" ok"]\n')  # (the line with the quote before the comma does not read)
    assert "ferme les guillemets doubles" in problems[0]


def _told_the_line_to_write(text: str, column: int, said: str, line: str) -> None:
    """``text`` (a key, then one line under it) gets one problem, at ``column`` of its second line, ending with ``said``
    and the ``line`` to write; that line written in its place, the file reads without a problem."""
    _, problems = compose(text)
    assert len(problems) == 1 and problems[0].startswith(f"f.yaml:2:{column}: "), problems
    assert problems[0].endswith(f"{said} : écrire « {line} »"), problems
    fixed = text.splitlines()[0] + "\n  " + line + "\n"
    assert compose(fixed)[1] == []


def test_a_closing_quote_and_its_comma_both_forgotten():
    """The closing quote of a list's item and the comma after it both forgotten (« ["05 … 13 "05 … 15"] »,
    fixstaff56 left: told « ferme les guillemets doubles ; écrire le texte … entre guillemets simples », which did not
    mend the line): both are said, with the line to write, which reads; in braces, the comma before the next key.
    A quote inside a text (the two sides not alike) is still told as before."""
    for text, column, said, line in (
        ('c:\n  phones: ["05 55 11 43 00 "05 55 11 43 01"]\n', 27,
         "guillemet « \" » non fermé après « 05 55 11 43 00 », virgule oubliée aussi : YAML lit la suite, jusqu'au "
         "guillemet de « \"05 », comme un seul texte ; fermer le guillemet et mettre une virgule avant l'élément suivant",
         'phones: ["05 55 11 43 00", "05 55 11 43 01"]'),
        ("c:\n  emails: ['a@ac-x.fr', 'b@ac-x.fr 'c@ac-x.fr']\n", 35,
         "apostrophe « ' » non fermée après « b@ac-x.fr », virgule oubliée aussi : YAML lit la suite, jusqu'à l'apostrophe "
         "de « 'c@ac-x.fr », comme un seul texte ; fermer l'apostrophe et mettre une virgule avant l'élément suivant",
         "emails: ['a@ac-x.fr', 'b@ac-x.fr', 'c@ac-x.fr']"),
        ('l:\n  - {text: "Prévenir le bureau section: "Notice, page 3"}\n', 31,
         "guillemet « \" » non fermé après « Prévenir le bureau », virgule oubliée aussi : YAML lit la suite, jusqu'au "
         "guillemet de « \"Notice », comme un seul texte ; fermer le guillemet et mettre une virgule avant la clé suivante",
         '- {text: "Prévenir le bureau", section: "Notice, page 3"}'),
    ):
        _told_the_line_to_write(text, column, said, line)
    _, problems = compose('c:\n  labels: ["Le bureau dit "bonjour"]\n')
    assert "ferme les guillemets doubles" in problems[0]


def test_a_condition_on_the_line_of_its_key_gets_its_braces():
    """« checklist_when: situation: repeater » (staff review 43, M4): not « mettre entre guillemets », which gives a
    text and a second dead end; the line with braces, with the staff member's words. Only for a key that holds a
    condition: another key keeps the advice for a text."""
    from generator.model.conditions import condition_fields
    from generator.strict_yaml import CONDITION_SECTION

    assert {"when", "unless", "checklist_when", "documents_when", "asked_when", "yes_when", "not"} <= condition_fields()
    assert not {"label", "text", "title", "any", "all"} & condition_fields()
    _, problems = compose("a:\n  checklist_when: situation: repeater\n")
    assert problems == [
        "f.yaml:2:19: a.checklist_when: la condition « situation: repeater » s'écrit entre accolades sur la ligne de "
        f"checklist_when: ; écrire checklist_when: {{situation: repeater}} ({CONDITION_SECTION})"
    ]
    _, problems = compose("a:\n  title: situation: repeater\n")
    assert problems == ["f.yaml:2:10: a.title: deux-points « : » dans la valeur de « title » : YAML y lit une seconde clé ; une valeur "
                        "qui contient « : » s'écrit entre guillemets : écrire « title: \"situation: repeater\" »"]


def test_the_condition_section_named_by_the_messages_exists():
    """The messages send staff to « Écrire une condition » on « Écrire ce que dit la notice »: both must be there."""
    import yaml

    from generator.strict_yaml import CONDITION_SECTION

    root = Path(__file__).resolve().parents[2]
    page = yaml.safe_load((root / "content" / "interface.yaml").read_text(encoding="utf-8"))
    titles = []

    def walk(node):
        if isinstance(node, dict):
            for value in node.values():
                walk(value)
        elif isinstance(node, str):
            titles.append(node)

    walk(page)
    assert "Écrire ce que dit la notice" in titles
    assert "page « Écrire ce que dit la notice »" in CONDITION_SECTION
    template = (root / "generator" / "site" / "templates" / "staff_writing.md.j2").read_text(encoding="utf-8")
    assert "\n## Écrire une condition (when) { #conditions }\n" in template and "« Écrire une condition »" in CONDITION_SECTION


def test_a_reviewed_line_pasted_without_its_reviewed_line():
    """The « - {point: …} » line validate gives to copy, pasted without the reviewed: line above it (staff review 43,
    M6): said so, with where the line goes; a line under its reviewed: is never told."""
    entry = '  - {point: "r408.list", checked: 2026-12-03, seen: "liste : a"}\n'
    said = "ligne d'un point vu (« r408.list ») sans la ligne reviewed: au-dessus ; "
    _, problems = compose("a: x\nb: non précisé\n" + entry)
    assert problems == [f"f.yaml:3:3: reviewed: {said}ajouter juste au-dessus d'elle une ligne reviewed: (au début de la ligne, sans espace avant)"]
    _, problems = compose("reviewed:\n" + entry + "b: non précisé\n" + entry)
    assert problems == [f"f.yaml:4:3: reviewed: {said}la placer sous la ligne reviewed: (ligne 1), alignée sur les lignes « - » qui la suivent"]
    _, problems = compose("a:\n  b: 1\n" + entry + "  c: 2\n")
    assert problems == [f"f.yaml:3:3: reviewed: {said}la déplacer à la fin du fichier, sous une ligne reviewed: (au début de la ligne, sans espace avant)"]
    read_as_written("a: x\nreviewed:\n" + entry + entry, "a: x\nreviewed:\n" + entry.lstrip())


def test_a_key_written_twice_with_a_text_and_a_list_says_both():
    """« contacts: non précisé par la notice » left below the new list (staff review 43, L1): both values said, as
    two texts are."""
    _, problems = compose("contacts:\n  - a\n  - b\nx: 1\ncontacts: non précisé par la notice\n")
    assert problems == [
        "f.yaml:5:1: contacts: clé « contacts » en double : « non précisé par la notice » ici, une liste de 2 éléments "
        "ligne 1 ; garder celle que donne la notice et supprimer l'autre, avec les lignes en retrait sous elle"
    ]


@pytest.mark.parametrize(
    ("text", "to_write"),
    [
        ("22-11-2024 17:00", "2024-11-22 17:00"),  # (was « écrire la date avant l'heure », though it was)
        ("22-11-2024", "2024-11-22 (ou 2024-11-22 HH:MM avec l'heure)"),
        ("2024-11-22 17.00", "2024-11-22 17:00"),
        ("2024-11-22 17:00:00", "2024-11-22 17:00"),
        ("22.11.2024 17.00", "2024-11-22 17:00"),
    ],
)
def test_a_date_written_day_first_or_a_time_with_a_dot_or_seconds_gets_the_value_to_write(text: str, to_write: str):
    """Staff review 43, L2: the exact value, from the words written; no example of another year."""
    with pytest.raises(BadValue) as raised:
        Moment.parse(text)
    assert str(raised.value) == f"« {text} » n'est pas une date ni une date-heure ; écrire {to_write}"
    with pytest.raises(BadValue, match="écrire 2024-11-22$"):
        Date.parse(text)
    for unreadable in ("bientôt", "٢٠٢٣-١٠-٠٢"):
        for kind in (Moment, DateTime, Date):
            with pytest.raises(BadValue) as raised:
                kind.parse(unreadable)
            assert "par exemple" not in str(raised.value) and "AAAA-MM-JJ" in str(raised.value)


@pytest.mark.parametrize(
    ("text", "to_write"),
    [
        ("2023-11-15 5:00 PM", "2023-11-15 17:00"),
        ("2023-11-15 5 pm", "2023-11-15 17:00"),
        ("2023-11-15 5:30 p.m.", "2023-11-15 17:30"),
        ("15/11/2023 9:00 AM", "2023-11-15 09:00"),
        # (a spreadsheet's day without an hour, or midnight, which the data writes 24:00: no hour proposed, review55 M4)
        ("2023-11-15 12:00 AM", "2023-11-15 (ou 2023-11-15 HH:MM avec l'heure)"),
        ("2023-11-15 12:30 AM", "2023-11-15 00:30"),
        ("2023-11-15 12:30 PM", "2023-11-15 12:30"),
        ("2023-11-15 17:00 PM", "2023-11-15 (ou 2023-11-15 HH:MM avec l'heure)"),
    ],
)
def test_a_time_of_the_12_hour_clock_gets_its_hour_on_24_hours(text: str, to_write: str):
    """A staff walk (stop 49 M2): « 5:00 PM » was told to be written « 05:00 », 12 hours early; an hour that is none
    of the 12-hour clock gets no hour."""
    with pytest.raises(BadValue) as raised:
        Moment.parse(text)
    assert str(raised.value) == f"« {text} » n'est pas une date ni une date-heure ; écrire {to_write}"
    with pytest.raises(BadValue) as raised:
        DateTime.parse(text)
    assert str(raised.value).endswith(to_write if "HH:MM" not in to_write else "écrire l'heure après la date : 2023-11-15 HH:MM")


def test_a_reviewed_line_pasted_in_another_list_of_a_file_that_reads(tmp_path: Path):
    """The same line pasted as one more item of the list above (« source_notes: »): the file reads, and the schema
    says where the line goes, not the keys a source note lacks."""
    from validation_support import build_root, validate_in_process

    root = build_root(tmp_path)
    path = root / "academies" / "fixture" / "2024.yaml"
    text = path.read_text(encoding="utf-8")
    entry = '  - {point: "r408.list", checked: 2026-12-03, seen: "liste"}\n'
    assert text.endswith("    note: Date retenue telle quelle.\nmanaging_academies: non précisé par la notice\n")
    path.write_text(text.replace("\nmanaging_academies:", "\n" + entry + "managing_academies:"), encoding="utf-8")
    line = text.count("\n")  # the entry takes the place of the last line, managing_academies:
    run = validate_in_process(root)
    assert run.code == 1 and run.headlines() == [
        f"academies/fixture/2024.yaml:{line}:5: source_notes[2]: ligne d'un point vu (« r408.list ») collée dans "
        "source_notes ; la placer sous la ligne reviewed: du fichier (reviewed: au début de la ligne, sans espace avant, "
        "à ajouter en fin de fichier s'il n'en a pas)"
    ], run.output


def test_a_no_break_space_after_a_key_s_colon_is_said_where_it_is():
    """A staff walk (stop 49 M1): « send_to:[U+00A0]Médecin » below a block text was « ligne de texte sortie de son
    bloc », whose advice made send_to: part of the text. The space is said, shown by its code; the same words in a
    block text, or going on a plain text above (where « mot: » is no key), are text and left alone."""
    said = ("f.yaml:3:5: a.c: espace insécable [U+00A0] après les deux-points de « c: » (« c:[U+00A0]Médecin ») : YAML n'y "
            "lit pas de clé ; la remplacer par une espace ordinaire (l'effacer et la retaper avec la barre d'espace ; une "
            "espace insécable vient souvent d'un copier-coller ou de Alt+Espace)")
    assert compose("a:\n  b: x\n  c:\u00a0Médecin\n") == (None, [said])
    assert compose("a:\n  b: |-\n    x\n  c:\u00a0Médecin\n")[1] == [said.replace("f.yaml:3:5", "f.yaml:4:5")]
    for text in ("a:\n  b: |-\n    x\n    c:\u00a0Médecin\n", "a:\n  b: x\n    c:\u00a0Médecin\n"):
        node, problems = compose(text)
        assert node is not None and problems == [], text


def test_an_anchor_no_alias_uses_is_refused_not_silently_dropped():
    """A staff walk (stop 49 L6): « section: &abs Informations » lost « &abs » without a word (an anchor), when
    « *abs » was refused."""
    _, problems = compose("a:\n  section: &abs Informations sur l'absence\n")
    assert problems == [
        "f.yaml:2:12: a.section: « &abs » au début de la valeur : YAML le lit comme une ancre (un nom donné à la valeur, pour la "
        "reprendre ailleurs avec « *abs »), que ce site refuse, et non comme du texte ; si la notice écrit ces mots, mettre la valeur "
        "entre guillemets : écrire « section: \"&abs Informations sur l'absence\" » ; sinon (une ancre recopiée d'un autre fichier), la "
        "retirer : écrire « section: Informations sur l'absence »"]
    _, problems = compose("a: &x\n  b: 1\n")
    assert problems == ["f.yaml:1:4: a: ancre YAML (&nom) interdite ; retirer « & » et le nom qui suit"]
    _, problems = compose('a:\n  section: "&abs Informations"\n')
    assert problems == []


@pytest.mark.parametrize(("key", "value", "meant"), [
    ("clôture", "2023-11-15 17:00", "closing"),
    ("adresse", "Rectorat, 12 rue X, 44000 Nantes", "address"),
    ("adresse", "ce.dec@ac-nantes.fr", "emails"),  # (an e-mail address: review61 L9)
    ("adresses", "[a@ac-nantes.fr, b@ac-nantes.fr]", "emails"),
    ("courriel", "a@ac-nantes.fr", "emails"),
])
def test_a_key_written_in_french_gets_the_key_its_value_means(key, value, meant):
    """staffwalk53 M2: a French word for a key gets its English key; « adresse » with an e-mail for its value means
    emails:, not the postal address: (review61 L9)."""
    from generator.schema import french_key

    valid = ["name", "address", "emails", "phones", "closing"]
    items = [item.strip() for item in value.strip("[]").split(",")] if value.startswith("[") else [value]
    assert french_key(key, valid, " ".join(items)) == meant


def test_adresse_with_an_e_mail_gives_the_emails_line_to_write():
    """review62 L4: « écrire emails: à la place de adresse: » gave a second problem (emails: is a list)."""
    from generator.schema import unknown_key_message

    said = unknown_key_message("adresse", ["name", "address", "emails", "phones"], (), "ce.dec@ac-nantes.fr")
    assert "écrire emails: [ce.dec@ac-nantes.fr] à la place de adresse:" in said, said


@pytest.mark.parametrize(("value", "line"), [
    ("ce.dec@ac-nantes.fr", "emails: [ce.dec@ac-nantes.fr]"),
    # several addresses on the line: each an item of the list (review63; « emails: [a, b] » alone is valid)
    ("a.dec@ac-nantes.fr, b.dec@ac-nantes.fr", "emails: [a.dec@ac-nantes.fr, b.dec@ac-nantes.fr]"),
    ("a.dec@ac-nantes.fr ; b.dec@ac-nantes.fr", "emails: [a.dec@ac-nantes.fr, b.dec@ac-nantes.fr]"),
    # a list already: its key alone to rename (not « [[…]] »)
    ("[a.dec@ac-nantes.fr, b.dec@ac-nantes.fr]", "emails:"),
    # words beside the address: not guessed into the list
    ("ce.dec@ac-nantes.fr (secrétariat)", "emails:"),
])
def test_adresse_with_e_mails_read_from_the_file_gives_a_line_that_validates(value, line):
    """review62 L4 through the YAML reader (its test called unknown_key_message directly; review63): the message's line,
    written in place of « adresse: … » as it says, validates."""
    from generator.model.session import Contact

    _, problems = load(f"name: Bureau DEC\nadresse: {value}\n", Contact)
    assert problems == [f"f.yaml:2:1: adresse: clé inconnue « adresse » ; vouliez-vous dire « emails » ? (les clés "
                        f"s'écrivent en anglais : écrire {line} à la place de adresse:)"], problems
    written = line if line != "emails:" else f"emails: {value}"
    contact, problems = load(f"name: Bureau DEC\n{written}\n", Contact)
    if line != "emails:" or value.startswith("["):
        assert problems == [] and len(contact.emails) == value.count("@"), problems


@pytest.mark.parametrize("file", ["academies/nantes/academy.yaml", "academies\\nantes\\academy.yaml"])
def test_a_second_slug_of_academy_yaml_names_the_folder_whichever_the_separator(file: str):
    """review65 L6: the folder was cut from the path on « / » counted in the raw path, « \\ » replaced only after:
    « academies\\nantes\\academy.yaml » gave « le nom de son dossier (« ») : garder la ligne slug:  »."""
    problems = Problems()
    compose_file("name: Nantes\nslug: nantes\nslug: toulouse\n", file, problems)
    assert [p.message for p in problems.items] == [
        "clé « slug » en double : « toulouse » ici, « nantes » ligne 2 ; « slug: » est l'identifiant de l'académie, le nom "
        "de son dossier (« nantes ») : garder la ligne slug: nantes et supprimer l'autre"]


def test_a_session_key_in_academy_yaml_names_the_academy_s_latest_session_file(tmp_path: Path):
    """review65 L7: « nommé par son année, 2025.yaml pour la session 2025 » whatever the folder held; its latest session
    file now, and an example only when there is none (or the folder is not known)."""
    (tmp_path / "2023.yaml").write_text("", encoding="utf-8")
    (tmp_path / "2024.yaml").write_text("", encoding="utf-8")
    assert Academy.key_elsewhere("forms", tmp_path) == (
        "c'est une rubrique du fichier de session (nommé par son année : 2024.yaml pour la session 2024, la dernière du "
        "dossier) ; la déplacer dans ce fichier, avec ses lignes en retrait")
    example = "(nommé par son année, par exemple 2025.yaml pour la session 2025), sous session: ; "
    assert example in Academy.key_elsewhere("residence", tmp_path / "sans-session")
    assert example in Academy.key_elsewhere("residence")


def test_a_list_written_as_one_line_is_given_a_line_that_reads_its_items_back():
    """The line _as_flow_list gives (c3a6cb35, staffwalk56 M2), each item between quotes when a flow list would misread
    it: an item holding « " » or « \\ » between double quotes, « ["le "CAP"", …] », was itself refused (review70); between
    single quotes it reads back as written."""
    for written, line, items in (
        ('words: le "CAP" ; le BTS\n', """words: ['le "CAP"', le BTS]""", ('le "CAP"', "le BTS")),
        ("words: C:\\dossier ; b\n", "words: ['C:\\dossier', b]", ("C:\\dossier", "b")),
        ("words: le BTS, session 2024 ; b\n", 'words: ["le BTS, session 2024", b]', ("le BTS, session 2024", "b")),
        # written between quotes (review70: given no line), each item keeps them
        ('words: "a ; b"\n', 'words: ["a", "b"]', ("a", "b")),
        ('words: "le \\"CAP\\" ; C:\\\\dossier"\n', """words: ['le "CAP"', 'C:\\dossier']""", ('le "CAP"', "C:\\dossier")),
        ("words: 'l''an ; b'\n", "words: ['l''an', 'b']", ("l'an", "b")),
        ("words: 'a, b'\n", "words: ['a', 'b']", ("a", "b")),
    ):
        _, problems = load(written)
        assert len(problems) == 1 and f"écrire « {line} » (entre crochets" in problems[0], problems
        assert load(line + "\n") == (Sample(words=items), []), line
