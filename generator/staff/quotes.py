"""``python -m generator quotes --academy X --session Y --notice FILE``: each quotation of a session file looked up in
the notice's text, as staff paste it from the PDF.

A quotation is a value the site shows as the notice's words (the staff guide, « Les mots de la notice, mot pour mot »):
the fields of ``QUOTED`` and ``QUOTED_PATHS``, and what a place in the notice (``PLACE``) writes between « ». Each is cut at « […] » and each piece is looked up in the notice's text, both sides read with
only the typography the rule lets differ made alike (``alike``): apostrophes, quotation marks, spaces (no-break ones,
around a dash or a slash, before « : ; ? ! »), « … » for three dots, how a number or a rank is
written (« 1 350 h », « 1re »), plus what is markup, not words (``**`` of bold, ``*`` of italics, a list's dash or bullet, a Markdown link; the
notice's HTML tags, ``without_html``)
and the PDF's line breaks (a word cut by a hyphen at a line's end read both ways). A piece not found is said with its file,
line and field, and the notice's nearest passage (difflib); a long one is narrowed to its sentences not found. A
difference whose notice words a ``source_notes:`` entry cites (a typo corrected and said there) is listed apart.

Pure reading: nothing is written. Messages in French; a file missing or unreadable is a ``StaffError``.
"""

from __future__ import annotations

import difflib
import html
import re
from dataclasses import dataclass
from pathlib import Path

import yaml

from ..french import CONTINUES_LABEL, cut_pieces
from . import StaffError

# The fields whose value is the notice's words (generator/model: « dans les mots de la notice », « telle que la notice
# l'écrit »). Labels and titles are not here: the rule lets them take a heading's form; nor is question_words' help:,
# the guide's words under a question (shown without a source; quotes69 G2).
QUOTED = frozenset({
    "text", "detail", "words", "as_written", "case_as_written", "row_as_written", "who_as_written",
    "also_listed_as_written", "late_deposit", "dates_note", "residence", "categories_as_written", "steps_as_written",
    "lead_as_written", "memo_as_written", "notice", "documents_elsewhere", "renewal_exception", "paragraph", "boxes",
    "letterhead", "managing_academies_note", "specialty_contacts_note", "specialty_contacts_columns", "decision",
    "announced_as", "columns",
})
# Fields whose name says the notice's words only at one place: exam_adjustment's ``how:`` (the page gives it as the
# notice's paragraphs, the PDF prints it as the notice's sentences), its ``renewal:`` and ``declare_in_cyclades:`` (after
# the guide's label and « — », « the notice's words as written »: _notice_exam_adjustment.md.j2); not who's ``how:``, an
# identifier (NOTE70)
QUOTED_PATHS = frozenset({"exam_adjustment.how", "exam_adjustment.renewal", "exam_adjustment.declare_in_cyclades"})
# a piece longer than this, not found whole, is narrowed to its lines and sentences not found
LONG = 120
# A place in the notice (staff.lint.place_fields: a ``section:``, a ``…_section:``, a form's ``source:``): the notice's
# headings it names are in « », the guide's words that locate them outside (staff guide, « L'endroit de la notice »);
# each quoted heading is the notice's words, looked up like a quotation (review72)
PLACE = re.compile(r"(?:.*\.)?(?:section|[a-z_]+_section)|forms\[\d+\]\.source")
# A heading of the notice, written as the notice writes it (its capitals, its letters), looked up whole like a
# quotation: what the page, the checklist and the command line say as a place, in « » (notice_view.heading_place: the
# steps' source lines, review73 M1: a step's part, section_as_written:, the notice's title of its steps, headings:
# steps:, a rubric of the establishments' steps, heading_as_written:), and what the notice's PDF prints as the notice's
# own headings in place of the guide's (places76: every other headings: title, each title of a sections_as_written:
# path, a step's heading_as_written:, the title of its contents, contents_as_written: title:)
HEADING = re.compile(
    r"(?:establishment_guide\.)?steps\[\d+\]\.(?:section|heading)_as_written|session\.headings\.[A-Za-z0-9_]+"
    r"|session\.sections_as_written\.[A-Za-z0-9_]+\[\d+\]|session\.contents_as_written\.title")


def quoted_spans(text: str) -> list[str]:
    """What the outermost « » of ``text`` hold, in order (« « IV. POINTS DE VIGILANCE », « Unité facultative
    « engagement étudiant » » » → the two headings, the second with its own « »)."""
    spans, depth, start = [], 0, 0
    for i, ch in enumerate(text):
        if ch == "«":
            depth += 1
            if depth == 1:
                start = i + 1
        elif ch == "»" and depth:
            depth -= 1
            if depth == 0:
                spans.append(text[start:i].strip())
    return spans


# Markdown italics: « * » before a letter and after a word's end, not escaped (« R 408\* »), not a word's own asterisk
# (« R 408* (travail », « réglementaires* OU », « (*) »: a letter or digit before it, or no letter after it)
_ITALICS = re.compile(r"(?<![\\\w*])\*(?=[^\W\d_])([^*\n]*?[^\s*\\])\*(?![\w*])")


# HTML markup a conversion of the notice's PDF may write in its text (Toulouse 2024, seed 000 l.194-206: its table's
# « <ol …> <li>1. …</li> », « 1<sup>ère</sup> », « <b>OU</b> », « <u>Pour les candidats …</u> »): markup, not words,
# as Markdown's « ** » and italics are. Only the notice's side: a session file's « <b> » is shown as typed (the staff
# guide, « La forme d'un texte »), so it stays a difference. A list's or a table's tag parts two items (a space); the
# others join what they wrap to the words around it (« 1<sup>ère</sup> » is « 1ère »). Never an address in « < > »
# (« <https://…> »: no tag's name)
_BLOCK_TAGS = "ol|ul|li|p|br|div|table|thead|tbody|tr|td|th|h[1-6]"
_INLINE_TAGS = "b|i|u|em|strong|sup|sub|span|font|a|s|strike|small|big|mark"
_HTML_TAG = re.compile(rf"</?(?:({_BLOCK_TAGS})|{_INLINE_TAGS})(?:\s[^<>\n]*)?/?>", re.IGNORECASE)


def without_html(text: str) -> str:
    """A notice's text without the HTML tags a conversion wrote in it (``_HTML_TAG``), its lines kept (a line's number
    is the notice's)."""
    return _HTML_TAG.sub(lambda m: " " if m.group(1) else "", text)


def alike(text: str) -> str:
    """``text`` with only what the rule lets differ made alike (and markup removed), for comparison."""
    s = html.unescape(text)
    s = re.sub(r"\[([^\]]*)\]\((?:mailto:|https?:)[^)]*\)", r"\1", s)  # a Markdown link: its words
    s = re.sub(r"<((?:https?://|[^>\s]+@)[^>\s]*)>", r"\1", s)
    s = s.replace("**", "")
    s = _ITALICS.sub(r"\1", s)  # a PDF conversion's italics (« (*les bénéfiques … obtention*) »), not a word's « * »
    s = s.replace("\\*", "*").replace("\\[", "[").replace("\\]", "]")
    s = re.sub(r"[\ue000-\uf8ff]", " ", s)  # a PDF's bullet glyphs (private use area)
    s = re.sub(r"(?m)^[ \t]*(?:[-•○▪◦➢✓·]|\d+[.)])[ \t]+", lambda m: " " + (m.group(0).strip() if m.group(0).strip()[0].isdigit() else "") + " ", s)
    for old, new in (("’", "'"), ("‘", "'"), ("ʼ", "'"), ("«", '"'), ("»", '"'), ("“", '"'), ("”", '"'), ("„", '"'),
                     ("…", "..."), ("–", "-"), ("—", "-"), ("‑", "-"), ("‐", "-")):
        s = s.replace(old, new)
    s = re.sub(r"\s+", " ", s)  # every space alike, no-break ones and line breaks too
    s = re.sub(r"(\d) (?=\d{3}\b)", r"\1", s)  # 1 350 → 1350
    s = re.sub(r"(\d) ?(?=[^\W\d_])", r"\1", s)  # 48 h → 48h, 1 an → 1an
    s = re.sub(r"° (?=\d)", "°", s)
    s = re.sub(r"(\d)h (?=\d)", r"\1h", s)  # 17 h 00 → 17h00
    s = re.sub(r"\b1(?:ère|ere|re)\b", "1re", s)
    s = re.sub(r"\b(\d+)(?:ème|eme|e)\b", r"\1e", s)
    s = re.sub(r" ?- ?", "-", s)  # spaces around a dash
    s = re.sub(r" ?/ ?", "/", s)  # and around a slash (a PDF's « et /ou » for « et/ou »)
    s = re.sub(r' ?" ?', '"', s)
    s = re.sub(r" (?=[:;?!.,)])", "", s).replace("( ", "(")
    return s.strip()


@dataclass(frozen=True)
class Miss:
    """A piece of a quotation the notice's text does not have."""

    line: int
    field: str
    written: str  # the piece as the file writes it (its spaces collapsed)
    piece: str  # as compared (``alike``)
    nearest: str  # the notice's nearest passage, as compared
    notice_line: int | None
    noted: bool  # its difference is a correction a source_notes: entry cites


class Notice:
    """The notice's text, as compared, read with a hyphen at a line's end kept and dropped."""

    def __init__(self, text: str):
        text = without_html(text)  # the conversion's HTML: markup, not the notice's words
        self.lines = text.splitlines()
        self.kept = alike(re.sub(r"(\w)-[ \t]*\n\s*", r"\1-", text))
        self.dropped = alike(re.sub(r"(\w)-[ \t]*\n\s*", r"\1", text))
        self._alike_lines = [alike(line) for line in self.lines]

    def has(self, piece: str) -> bool:
        return piece in self.kept or piece in self.dropped

    def has_unmarked(self, piece: str) -> bool:
        """``has``, the notice's footnote marks after a word left out (« R 408\\* (travail en hauteur) »): a piece's
        label does not carry the mark (document_view.beside_its_item, seed73b), nor its line shown whole from it."""
        return piece in re.sub(r"(?<=\w)\*+", "", self.kept) or piece in re.sub(r"(?<=\w)\*+", "", self.dropped)

    def nearest(self, piece: str) -> str:
        """The passage of the notice most like ``piece``: around their longest common run, the window of its length that
        difflib finds closest."""
        text = self.kept
        match = difflib.SequenceMatcher(None, text, piece, autojunk=False).find_longest_match(0, len(text), 0, len(piece))
        start = max(0, match.a - match.b)
        best, at = -1.0, start
        for s in range(max(0, start - 30), min(len(text), start + 31)):
            ratio = difflib.SequenceMatcher(None, text[s:s + len(piece)], piece, autojunk=False).ratio()
            if ratio > best:
                best, at = ratio, s
        return text[at:at + len(piece) + 10]  # a little more: the notice's next words, when the piece stops short

    def text_from(self, line: int, passage: str, length: int) -> str:
        """The notice's own words for ``passage`` (as compared), read from ``line``: from the word where it starts, about
        ``length`` characters (« … » when cut)."""
        words = " ".join(self.lines[line - 1:line + 8]).split()
        target = " ".join(passage.split()[:2])
        start = next((i for i in range(len(words)) if alike(" ".join(words[i:i + 4])).startswith(target)), 0)
        out = ""
        for word in words[start:]:
            if len(out) >= length:
                return out + " …"
            out = f"{out} {word}".strip()
        return out

    def line_of(self, passage: str) -> int | None:
        """The line of the notice's text where ``passage`` starts (its longest run of its first 40 characters)."""
        probe = passage[:40]
        best, where = 0, None
        for number, line in enumerate(self._alike_lines, 1):
            if line:
                size = difflib.SequenceMatcher(None, line, probe, autojunk=False).find_longest_match(0, len(line), 0, len(probe)).size
                if size > best:
                    best, where = size, number
        return where


def _strings(node, path: str):
    """Each string of the YAML tree with its path (« documents[3].detail »)."""
    if isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            yield from _strings(value, f"{path}.{key.value}" if path else str(key.value))
    elif isinstance(node, yaml.SequenceNode):
        for i, value in enumerate(node.value):
            yield from _strings(value, f"{path}[{i}]")
    elif isinstance(node, yaml.ScalarNode) and node.tag.endswith(":str"):
        yield path, node


def _field(path: str) -> str:
    return re.sub(r"\[\d+\]", "", path).rsplit(".", 1)[-1]


def _differences(piece: str, passage: str) -> list[tuple[int, int, int, int]]:
    ops = [op[1:] for op in difflib.SequenceMatcher(None, piece, passage, autojunk=False).get_opcodes() if op[0] != "equal"]
    if ops and ops[-1][0] == ops[-1][1] == len(piece):
        ops = ops[:-1]  # the window's tail, beyond the piece
    if ops and ops[0][0] == ops[0][1] == 0:
        ops = ops[1:]  # the window's head, before it
    return ops


def _window(piece: str, passage: str) -> str:
    """``passage`` (the notice's nearest window: ``Notice.nearest``, a little longer than the piece) without what it has
    before the piece's first words and after its last: the notice's next words are none of the piece's."""
    ops = [op[1:] for op in difflib.SequenceMatcher(None, piece, passage, autojunk=False).get_opcodes() if op[0] != "equal"]
    low, high = 0, len(passage)
    if ops and ops[-1][0] == ops[-1][1] == len(piece):
        high = ops[-1][2]
    if ops and ops[0][0] == ops[0][1] == 0 and ops[0][3] <= high:
        low = ops[0][3]
    return passage[low:high]


def _noted(piece: str, passage: str, cited: str) -> bool:
    """Each difference touches a letter (not a capital's case alone) or joins or parts a word with a hyphen (« sous
    épreuves » → « sous-épreuves », NOTE70: spelling, not punctuation), and the notice's words around it, a word either
    side, are among the words ``source_notes:`` cites: words of the passage that stands for the piece, not the notice's
    words after it (seed73a: « (ou message indésirables) » at the end of Toulouse's step ①, cited, was read with the
    next step's title and said as a misquote)."""
    passage = _window(piece, passage)
    def around(j1: int, j2: int) -> str:
        # (words end at a space or at a quotation mark: ``alike`` writes « les « spams » (ou » as « les"spams"(ou »)
        a, b = j1, j2
        for _ in range(2):
            a = max(passage.rfind(" ", 0, max(a - 1, 0)), passage.rfind('"', 0, max(a - 1, 0))) + 1 if a > 0 else 0
        for _ in range(2):
            found = [f for f in (passage.find(" ", b + 1), passage.find('"', b + 1)) if f >= 0]
            b = min(found) if found else len(passage)
        return passage[a:b].strip(" ,.;:()\"")

    def either_side(j1: int, j2: int) -> str:
        """The notice's words either side of a hyphen or a space between two words (« sous épreuves »)."""
        found = passage.find(" ", j2)
        return passage[passage.rfind(" ", 0, j1) + 1:len(passage) if found < 0 else found].strip(" ,.;:()")

    def hyphen(i1: int, i2: int, j1: int, j2: int) -> bool:
        """A hyphen for a space or for nothing, or the reverse, between two letters of the notice's text."""
        mine, theirs = piece[i1:i2], passage[j1:j2]
        if {mine, theirs} - {"-", " ", ""} or "-" not in (mine, theirs):
            return False
        return j1 > 0 and passage[j1 - 1].isalpha() and passage[j2:j2 + 1].isalpha()

    ops = _differences(piece, passage)
    return bool(ops) and all(
        (hyphen(i1, i2, j1, j2) and either_side(j1, j2) in cited)
        or (any(c.isalpha() for c in piece[i1:i2] + passage[j1:j2]) and piece[i1:i2].lower() != passage[j1:j2].lower()
            and around(j1, j2) in cited)
        for i1, i2, j1, j2 in ops
    )


def check(session_text: str, notice: Notice) -> list[Miss]:
    """Every piece of the session's quotations (``QUOTED``) that ``notice`` does not have."""
    root = yaml.compose(session_text, Loader=yaml.SafeLoader)
    lines = session_text.splitlines()
    data = yaml.safe_load(session_text) or {}
    notes = data.get("source_notes") if isinstance(data, dict) else None
    cited = " ".join(alike(n.get("words") or "") for n in notes if isinstance(n, dict)) if isinstance(notes, list) else ""
    # steps the guide wrote in its words from the notice's (web_only: steps; Nantes 2026): not the notice's words, as the
    # page and the checklist say (« Reformulé par le guide… »), not compared (nts70: fifteen of its passages were said);
    # read here from the file's YAML as notice_view.steps_reworded reads it from the model (this command reads no model)
    info = data.get("session") if isinstance(data, dict) else None
    web_only = info.get("web_only") if isinstance(info, dict) else None
    reworded = isinstance(web_only, list) and "steps" in web_only
    misses: list[Miss] = []
    for path, node in _strings(root, ""):
        value = node.value
        quoted = _field(path) in QUOTED or re.sub(r"\[\d+\]", "", path) in QUOTED_PATHS or HEADING.fullmatch(path) is not None
        place = not quoted and PLACE.fullmatch(path) is not None
        if not (quoted or place) or re.fullmatch(r"[a-z0-9_]+", value) or "non précisé" in value:
            continue
        if reworded and re.fullmatch(r"steps\[\d+\]\.text", path):
            continue
        for raw in (piece for span in quoted_spans(value) for piece in cut_pieces(span)) if place else cut_pieces(value):
            piece = alike(raw)
            if len(piece) < 2 or notice.has(piece):
                continue
            parts = [raw]
            # a long piece whose differences are all corrections source_notes: cites: each of its sentences not found is
            # one of them (seed73a: narrowed, « Bénéfices : » alone found its nearest passage elsewhere in the notice)
            whole_noted = len(piece) > LONG and _noted(piece, notice.nearest(piece), cited)
            if len(piece) > LONG:
                parts = [p for p in re.split(r"\n+|(?<=[.!?;:])\s+", raw) if len(alike(p)) > 1 and not notice.has(alike(p))] or [raw]
            for part in parts:
                said = alike(part)
                first = part.strip().split("\n")[0].strip()[:30]
                line = next((i + 1 for i in range(node.start_mark.line, min(node.end_mark.line + 1, len(lines)))
                             if first and first in lines[i]), node.start_mark.line + 1)
                nearest = notice.nearest(said)
                written = " ".join(part.replace("**", "").split())
                misses.append(Miss(line, path, written, said, nearest, notice.line_of(nearest), whole_noted or _noted(said, nearest, cited)))
        joined = _label_then_detail(data, path, value)
        if joined is not None and not notice.has_unmarked(alike(joined)):
            said = alike(joined)
            nearest = notice.nearest(said)
            misses.append(Miss(node.start_mark.line + 1, path, joined, said, nearest, notice.line_of(nearest),
                               _noted(said, nearest, cited)))
    return misses


def _label_then_detail(data, path: str, value: str) -> str | None:
    """A piece's ``detail:`` opening with « […] » for its label (not the guide's: ``label_by_guide``) is shown as the
    notice's line whole, the label then the detail's first passage (``document_view.beside_its_item``, lines76): that
    line (its first), to look up as one quotation, so that the cut stands for the label and nothing else (as the checklist checks a
    category's detail against ``categories_as_written``: quote77). None for any other string."""
    m = re.fullmatch(r"documents\[(\d+)\]\.detail", path)
    documents = data.get("documents") if isinstance(data, dict) else None
    if m is None or not isinstance(documents, list) or int(m.group(1)) >= len(documents):
        return None
    document = documents[int(m.group(1))]
    label = document.get("label") if isinstance(document, dict) else None
    if not isinstance(label, str) or document.get("label_by_guide") is True or not CONTINUES_LABEL.match(value):
        return None
    # (its first line: the rest, a list under it, is compared as the detail; a bullet there is one at a line's start)
    rest = cut_pieces(CONTINUES_LABEL.sub("", value, count=1))[0].split("\n")[0]
    return f"{' '.join(label.split())} {' '.join(rest.split())}"


def _read(path: Path, what: str) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise StaffError(f"{what} « {path} » introuvable ; vérifier le chemin") from None
    except IsADirectoryError:
        raise StaffError(f"{what} « {path} » est un dossier ; donner le fichier") from None
    except UnicodeDecodeError:
        raise StaffError(f"{what} « {path} » n'est pas un texte en UTF-8 ; l'enregistrer en texte brut (UTF-8), "
                         "par exemple en collant le texte du PDF dans un éditeur de texte") from None
    except OSError as error:
        raise StaffError(f"{what} « {path} » ne se lit pas ({error.strerror}) ; vérifier le chemin et les droits") from None


def run(root: Path, academy: str, year: int, notice_path: str) -> tuple[str, int]:
    """The French report and the exit status (0: every quotation found; 1: some piece not found)."""
    folder = root / "academies" / academy
    if not folder.is_dir():
        raise StaffError(f"pas de dossier academies/{academy} ; donner le dossier de l'académie, par exemple toulouse")
    session_file = folder / f"{year}.yaml"
    shown = f"academies/{academy}/{year}.yaml"
    if not session_file.is_file():
        years = sorted(p.stem for p in folder.glob("*.yaml") if p.stem.isdigit())
        raise StaffError(f"pas de session {year} pour « {academy} » (sessions : {', '.join(years) or 'aucune'})")
    notice = Notice(_read(Path(notice_path), "texte de la notice"))
    if not notice.kept:
        raise StaffError(f"le texte de la notice « {notice_path} » est vide ; y coller le texte du PDF de la notice")
    try:
        misses = check(_read(session_file, "fichier"), notice)
    except yaml.YAMLError:
        raise StaffError(f"{shown} ne se lit pas ; lancer python -m generator validate academies/{academy} pour voir "
                         "l'erreur et sa correction, puis relancer cette commande") from None
    wrong = [m for m in misses if not m.noted]
    said = {id(m): notice.text_from(m.notice_line, m.nearest.strip(), len(m.written)) if m.notice_line else m.nearest.strip() for m in misses}
    noted = [m for m in misses if m.noted]
    out = []
    for m in wrong:
        where = f"ligne {m.notice_line}" if m.notice_line else "ligne inconnue"
        out.append(f"{shown}:{m.line}: {m.field} : « {m.written} » ne se trouve pas tel quel dans la notice\n"
                   f"    passage le plus proche ({notice_path}, {where}) : « {said[id(m)]} »")
    if noted:
        out.append(f"Corrections dites sous source_notes: ({len(noted)}), à relire seulement :")
        out += [f"  {shown}:{m.line}: {m.field} : « {m.written} »" for m in noted]
    if wrong:
        out.append(
            f"{len(wrong)} passage{'s' if len(wrong) > 1 else ''} à comparer avec la notice : les écrire comme elle "
            "(majuscules, ponctuation, orthographe ; une coupure s'écrit « […] »), ou dire sous source_notes: la faute "
            "de frappe corrigée (guide du personnel, « Les mots de la notice, mot pour mot »). Les mots du guide vont "
            "dans note: ou source_notes:. (Seule la typographie n'est pas comparée : apostrophes, guillemets, espaces, "
            "nombres ; les lettres le sont, accents compris : « DELAI » reste « DELAI » quand la notice l'écrit ainsi.)")
        return "\n".join(out), 1
    out.append(f"Toutes les citations de {shown} se trouvent dans la notice ({notice_path}).")
    return "\n".join(out), 0
