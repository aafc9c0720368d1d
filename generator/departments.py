"""From what a candidate types to their department and academy.

Pure Python, standard library only, no I/O: like the checklist engine, this file
can run in CPython (``python -m generator``) and in Pyodide in the browser. It
reads a plain, JSON-able *table*, built from ``content/departments.yaml`` by
``DepartmentsFile.table()``::

    {"academies": {"toulouse": {"id": "toulouse", "name": "Toulouse", "title": "académie de Toulouse",
                                "kind": "académie", "website": "https://www.ac-toulouse.fr",
                                "timezone": "Europe/Paris", "note": None}, …},
     "departments": {"31": {"code": "31", "name": "Haute-Garonne", "academy": "toulouse",
                            "timezone": None, "note": None}, …}}
"""

from __future__ import annotations

import re as _re

# Metropolitan 01…95 (Corsica is 2A and 2B, never 20); overseas and other territories, the codes of the Code
# officiel géographique: 971…978, 984, 986…989 (the table says which it holds).
_METROPOLITAN = _re.compile(r"0[1-9]|1[0-9]|2[1-9AB]|[3-8][0-9]|9[0-5]")
_OVERSEAS = _re.compile(r"97[1-8]|98[46-9]")
# Living outside France: INSEE's code for abroad, for « 99 », « étranger », « à l'étranger », « hors de France »
# (case, accents, spaces, hyphens and apostrophes free); in no academy of the table (as the checklist's engine reads it).
ABROAD = "99"
_ABROAD_WORDS = ("99", "etranger", "etrangere", "aletranger", "letranger", "horsdefrance", "horsdelafrance", "horsfrance")
_FOLD = str.maketrans("àâäéèêëîïôöùûüç", "aaaeeeeiioouuuc")
_NOT_LETTERS = _re.compile(r"[\s'’‘\-.]+")


def clean_code(text):
    """A department code in its official form, or None when the text cannot be one.

    Spaces anywhere and the case are free, a single digit gets its leading zero:
    ``" 9 "`` → ``"09"``, ``"2a"`` → ``"2A"``, ``"974"`` → ``"974"``. ``"20"`` is
    None: Corsica is 2A (Corse-du-Sud) or 2B (Haute-Corse). A postal code names its
    department: ``"31000"`` → ``"31"``, ``"97400"`` → ``"974"``, ``"20090"`` → ``"2A"``.
    Living abroad: ``ABROAD`` (``"99"``) for ``"99"``, ``"étranger"``, ``"à l'étranger"``, ``"Hors de France"``; in
    no table (``find`` gives None), never a code of the table itself (``TerritoryCode`` refuses it).
    """
    if not isinstance(text, str):
        return None
    if _NOT_LETTERS.sub("", text.lower()).translate(_FOLD) in _ABROAD_WORDS:
        return ABROAD
    code = "".join(text.split()).upper()
    if len(code) == 5 and code.isdigit():  # a postal code: its department (as the home page's finder reads it)
        code = code[:3] if code[:2] in ("97", "98") else ("2A" if int(code) < 20200 else "2B") if code[:2] == "20" else code[:2]
    if len(code) == 1 and code.isdigit():
        code = "0" + code
    if _METROPOLITAN.fullmatch(code) or _OVERSEAS.fullmatch(code):
        return code
    return None


def find(table, text):
    """The department typed as ``text`` and its academy: ``{"department": {…}, "academy": {…}}``.

    None when the text is not a department code of the table. ``academy`` is None
    when the table does not know the department's academy (``validate`` refuses
    such a table, so this happens only with a table built by hand).
    """
    code = clean_code(text)
    department = table["departments"].get(code) if code is not None else None
    if department is None:
        return None
    return {"department": department, "academy": table["academies"].get(department["academy"])}


def departments_of(table, academy_id):
    """The departments of an academy, in the order of the table (that of the official code)."""
    return [department for department in table["departments"].values() if department["academy"] == academy_id]


# the accented letters of French names (and a few others), without their accent: the standard library without
# unicodedata, as the rest of this module (it runs in the browser too)
_NAME_FOLD = str.maketrans("àâäáãåéèêëíìîïóòôöõúùûüýÿçñ", "aaaaaaeeeeiiiiooooouuuuyycn")
_COMBINING = _re.compile("[\u0300-\u036f]")  # the accents a letter may carry apart (checklist.js nameWords drops the same)


def _name_words(text):
    """A name's words folded as ``name_key`` folds them, apart (« Tarn-et-Garonne » → [« tarn », « et », « garonne »]);
    a letter and its accent apart (« Pyre\u0301ne\u0301es », pasted from a PDF) read as the letter, as checklist.js
    nameWords reads them (review65 L3: the command line offered nothing where the page offered three departments)."""
    words = _COMBINING.sub("", str(text)).lower().translate(_NAME_FOLD)
    words = _re.sub(r"[^a-z0-9]+", " ", words.replace("œ", "oe").replace("æ", "ae")).strip()
    words = _re.sub(r"^(?:l|la|le|les) (?=\S)", "", words)
    words = _re.sub(r"\bste?\b", lambda m: "saint" if m.group() == "st" else "sainte", words)
    return words.split() if _re.search(r"[a-z]", words) else []


def name_key(text):
    """A department's name folded as the checklist page folds what a candidate types (checklist.js nameKey): case,
    accents, spaces, hyphens and apostrophes free, a leading article dropped (« la Réunion », « l'Ain »), « St »
    and « Ste » read as « Saint », « Sainte »; empty for a text without a letter (a code)."""
    return "".join(_name_words(text))


# A code and a name together, as the checklist field's help writes them (« 31 (Haute-Garonne) »), or the other way
# round (« Haute-Garonne (31) »), or around a dash (« 31 - Haute-Garonne », « Haute-Garonne - 31 »): a review, phone49
# L1, copied the help.
_CODE_AND_NAME = _re.compile(r"\s*(?:([0-9]{1,3}|2[abAB])\s*(?:\((.+)\)|[-–—:]\s*(.+))|(.+?)\s*(?:\(\s*([0-9]{1,3}|2[abAB])\s*\)|[-–—:]\s*([0-9]{1,3}|2[abAB])))\s*")


def named_code(table, text):
    """The code of the department ``text`` names in full (« haute garonne » → « 31 »), as the checklist page reads its
    field (checklist.js namedDepartment); a code and its name together too (« 31 (Haute-Garonne) », « Haute-Garonne
    (31) », « 31 - Haute-Garonne »), when they name the same department; None for a name begun, one several names
    share, a code and another department's name, or anything else."""
    both = _CODE_AND_NAME.fullmatch(str(text))
    if both:
        code = clean_code(both.group(1) or both.group(5) or both.group(6))
        return code if code is not None and code == named_code(table, both.group(2) or both.group(3) or both.group(4)) else None
    key = name_key(text)
    found = [code for code, department in table["departments"].items() if key and name_key(department["name"]) == key]
    return found[0] if len(found) == 1 else None


def code_and_name_apart(table, text):
    """A code and a name together (« 31 (Ariège) », « Ariège - 31 ») that name two departments: ``{"code": "31",
    "code_name": "Haute-Garonne", "name": "Ariège", "name_code": "09"}``, the names as the table writes them, for a
    message saying which is which (review56 L6: « valeur non admise » said neither); None for anything else (checklist.js
    departmentsApart says the same)."""
    both = _CODE_AND_NAME.fullmatch(str(text))
    if not both:
        return None
    code = clean_code(both.group(1) or both.group(5) or both.group(6))
    name_code = named_code(table, both.group(2) or both.group(3) or both.group(4))
    departments = table["departments"]
    if code is None or name_code is None or code == name_code or code not in departments:
        return None
    return {"code": code, "code_name": departments[code]["name"], "name": departments[name_code]["name"], "name_code": name_code}


PARTIAL_NAMES = 8
"""At most how many departments a part of their names is said to name (« haute »: the eight names that have it; a word
more names have is a name begun, said as such). checklist.js namesWithWords writes the same number
(tests/test_departments.py runs both at eight names and at nine)."""

FUNCTION_WORDS = frozenset({"de", "du", "des", "d", "et", "sur", "en"})
"""Words that link a name's parts (« Lot-et-Garonne », « Bouches-du-Rhône »): typed alone, they name no department
and offer none (review65 L2: « de » offered six); checklist.js namesWithWords drops the same."""


def names_with_words(table, text):
    """The departments whose name has the words ``text`` writes, whole and in a row, not the whole name (« garonne » →
    Haute-Garonne (31), Lot-et-Garonne (47), Tarn-et-Garonne (82); « atlantique » → Loire-Atlantique (44)), as
    ``[(name, code)]`` in the order of their codes, for the message that offers them (phone54 L2: « garonne » was said
    to name no department); [] when none has them, when they are only ``FUNCTION_WORDS`` (« de », « et »), or when more
    than ``PARTIAL_NAMES`` do (checklist.js namesWithWords says the same)."""
    typed = _name_words(text)
    if not typed or all(word in FUNCTION_WORDS for word in typed) or _re.search(r"[0-9]", str(text)):
        return []
    found = []
    for code, department in table["departments"].items():
        words = _name_words(department["name"])
        if words != typed and any(words[i:i + len(typed)] == typed for i in range(len(words) - len(typed) + 1)):
            found.append((department["name"], code))
    return sorted(found, key=lambda item: item[1]) if len(found) <= PARTIAL_NAMES else []


CLOSE_NAMES = 3
"""At most how many departments a misspelt name is said to be close to (« Vouliez-vous dire : … ? »): more, and the
name typed is too vague to offer any (checklist.js and bts.js closeNames write the same number)."""

SHORT_NAME = 6
"""What was typed and a department's name, folded, of at most this many letters (« Ain », « Gers », « Paris »,
« Landes »): close with one edit at most (``_distance``); one of them of one letter more (« Hérault », « Gironde »),
with one edit and a doubled letter (« Herraut »: fixdept, stop 55, left it offered nothing); both longer, with two edits
(closeNames writes the same). Not two edits for a name of 7 letters or fewer: « Correns », a village of the Var, is two
letters from « Corrèze »; and for shorter names, a doubled letter and an edit is too much: « Vence », a city, is
« Vendée » with a letter changed and an « e » undoubled. Never a name that does not begin with the letter typed first:
« Cayenne », a city of Guyane one letter from « Mayenne », would send its candidate to the académie de Nantes,
« Nantes » is two letters from « Landes », « Rennes » from « Ardennes » (a slip of the first letter is rare)."""


def _doubled(text, k):
    """Whether the letter ``text[k]`` is next to the same letter (one of the two « r » of « Herraut »)."""
    return (k > 0 and text[k - 1] == text[k]) or (k + 1 < len(text) and text[k + 1] == text[k])


def _distance(a, b):
    """How far ``a`` is from ``b``, in half edits: a letter changed, added or removed, or two letters side by side
    swapped (« Averyon », Aveyron), one edit (2); a letter added or removed next to the same letter, a letter doubled or
    undoubled (« Herraut » for « Hérault »'s « r », « Mayote » for « Mayotte »), the commonest slip of French spelling,
    half an edit (1). (Levenshtein's distance with Damerau's swaps, without a letter edited twice, and doubled letters
    weighed half; checklist.js and bts.js nameDistance compute the same.)"""
    def step(text, k):
        return 1 if _doubled(text, k) else 2

    before = None
    row = [0]
    for j in range(len(b)):
        row.append(row[-1] + step(b, j))
    for i in range(1, len(a) + 1):
        now = [row[0] + step(a, i - 1)]
        for j in range(1, len(b) + 1):
            now.append(min(row[j] + step(a, i - 1), now[j - 1] + step(b, j - 1), row[j - 1] + (0 if a[i - 1] == b[j - 1] else 2)))
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                now[j] = min(now[j], before[j - 2] + 2)
        before, row = row, now
    return row[-1]


def close_names(table, text):
    """The departments whose whole name is close to what was typed, a name misspelt (« haute garone » → Haute-Garonne
    (31); « Loire Atlantque » → Loire-Atlantique (44)), as ``[(name, code)]`` in the order of their codes, for « Vouliez-
    vous dire : … ? » (phone55 L1: a misspelt name got nothing). Close: at most two edits (``_distance``: a letter to add,
    remove or change, two to swap; a doubled letter half an edit) in the name folded as ``name_key`` folds it, one when
    it or what was typed has ``SHORT_NAME`` letters or fewer, one and a half when one letter more, its first letter the
    one typed first; only
    the closest ones, and none when more than ``CLOSE_NAMES`` are. Never for what has a digit (a code, a postal
    code), for fewer than four letters folded, nor when a name is typed whole; what begins a name (« loire a ») is close only to the names it begins (« herault »: Hérault itself) or words
    of some names are (« garonne »: ``names_with_words`` offers the three that have it, not Gironde). checklist.js and
    bts.js closeNames say the same (tests/departments_close.yaml, the cases all three read)."""
    key = name_key(text)
    if len(key) < 4 or _re.search(r"[0-9]", str(text)) or names_with_words(table, text):
        return []
    found = []
    # (a name being typed, « loire a » on the way to Loire-Atlantique: only the names it begins are close, not Loire)
    begun = any(name_key(department["name"]).startswith(key) for department in table["departments"].values())
    for code, department in table["departments"].items():
        name = name_key(department["name"])
        if begun and not name.startswith(key):
            continue
        # (each letter added or removed costs at least half an edit: lengths further apart than the most this allows
        # are never close, and are not measured; a value of 20,000 letters was measured against each name, 12 s each
        # here: fixlink61)
        if abs(len(key) - len(name)) > 4:
            continue
        distance = _distance(key, name)
        if distance == 0:
            return []
        short = min(len(key), len(name))
        if distance <= (2 if short <= SHORT_NAME else 3 if short == SHORT_NAME + 1 else 4) and key[0] == name[0]:
            found.append((distance, code, department["name"]))
    closest = [(name, code) for distance, code, name in found if distance == min(found)[0]] if found else []
    return sorted(closest, key=lambda item: item[1]) if len(closest) <= CLOSE_NAMES else []


FORMER_CODES = {"20": ("2A", "2B")}
"""Department numbers no longer in use that candidates still type, and the departments they became: Corsica's « 20 »,
split into Corse-du-Sud (2A) and Haute-Corse (2B) in 1976 (``clean_code`` reads none: a candidate writes which). Its
postal codes (20000…20999) name their department (``clean_code``). checklist.js formerCode writes the same
(tests/test_departments.py runs both)."""


def former_code(table, text):
    """The departments a former number typed became (« 20 », spaces free → Corse-du-Sud (2A), Haute-Corse (2B)), as
    ``[(name, code)]`` with the names of the table, for the message that offers them (read64 L2: « valeur non admise »,
    no word of 2A or 2B); [] for anything else (checklist.js formerCode says the same)."""
    codes = FORMER_CODES.get("".join(str(text).split()), ())
    return [(table["departments"][code]["name"], code) for code in codes if code in table["departments"]]


def a_word_not_a_department(text):
    """A department's answer that cannot be read and is a word (two letters in a row) with no digit: most often a city
    (« Nantes »), which the messages tell apart from other values (« s'il s'agit de votre ville, … votre code
    postal »); checklist.js departmentProblem makes the same test (\\p{L}: what ``str.isalpha`` reads as a letter)."""
    word = str(text).strip()
    return any(a.isalpha() and b.isalpha() for a, b in zip(word, word[1:])) and not _re.search(r"[0-9]", word)


def typing_example(departments):
    """What to type for a department, shown to a candidate of an academy whose ``departments`` are (code, name) pairs:
    its first department's code, name and a postal code in it (« 44 », « Loire-Atlantique », « 44000 »), the help
    of the checklist's field, its message for what it cannot read and the command line's list of questions saying
    the same; Haute-Garonne for an academy without departments."""
    code, name = departments[0] if departments else ("31", "Haute-Garonne")
    postal = {"2A": "20000", "2B": "20200"}.get(code) or code + ("00" if len(code) == 3 else "000")
    return code, name, postal
