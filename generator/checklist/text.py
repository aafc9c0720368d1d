"""The engine's result as French text, for ``python -m generator checklist``.

The words of ``render`` and ``render_questions`` come from
``content/interface.yaml`` (groups ``checklist`` and ``checklist_questions``,
and the notice page's ``exam_adjustment`` texts for the adjustment procedure);
only the layout (indentation, list marks) is written here; ``french_moment``
takes its words from the group ``moments`` and the day from babel, like the site
(``generator.site.dates.day``).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Collection
from dataclasses import dataclass

from ..departments import typing_example
from ..french import CONTINUES_LABEL, inner_quotes
from ..model.content import InterfaceFile
from ..site.text import indented_lines, of, text_blocks, text_lines, written_address
from ..site.dates import bar_moment, date_words, deadline_kind, reading_marked, strict_said
from ..site.dates import moment as site_moment
from ..site.notice_view import CHANNEL_KEYS
from ..site.paths import establishment_step_url
from ..merge import replaced_unwaived
from ..site.words import provenance_sentence
from .engine import ABROAD, DEPARTMENT_WARNING, NO_LIST, no_dates, sent_elsewhere, standing_kind


NATURE_KEYS = {"deadline": "checklist.nature_deadline"}  # any other kind is « information »


def french_moment(iso: str | None, has_time: bool, timezone: str, texts: InterfaceFile, *, kind: str = "deadline") -> str:
    """A date of the ruleset (ISO 8601 with its offset) in the notice's words (``generator.site.dates.moment``,
    ``kind`` deadline, opening, information, latest or plain): « au plus tard le mercredi 22 novembre 2023 à 17 h 00
    (heure de Paris) », « à partir du lundi 16 octobre 2023 (heure non précisée par la notice) »."""
    moment = dt.datetime.fromisoformat(iso) if iso is not None else None
    return site_moment(moment, has_time, timezone, texts, kind=kind)


def bar_date(iso: str, has_time: bool, reading: str | None, timezone: str, texts: InterfaceFile, whole: bool = False,
             year: bool = True, hour_unsaid: bool = True) -> str:
    """A date of the ruleset (ISO 8601 with its offset, the notice's time) on one line of the phone's summary bar
    (``generator.site.dates.bar_moment``: « 21 nov. 2022 à 18 h 00 (Paris), heure du guide », « 22 nov. 2023, heure
    non précisée »); ``whole``: its month whole, as read aloud (« 21 novembre 2022 à 18 h 00 (Paris)… »); without
    ``year``, the day without its year; without ``hour_unsaid``, an hour the notice does not give not said (« 22 nov. »)."""
    return bar_moment(dt.datetime.fromisoformat(iso), has_time, reading, timezone, texts, whole, year, hour_unsaid)


def passed_line(texts: InterfaceFile, line: str, did: str | None, passed: Collection[str]) -> str:
    """``line`` said passed, « … — date passée » (``checklist.date_past``), when its date ``did`` is over on the day
    (``passed``: the build's day, or the command line's BTS_GUIDE_TODAY); as it is otherwise. Every line that gives a
    date once more marks it so (answer.py and this module; checklist.js: pastLine)."""
    return past_words(texts, line) if did in passed else line


GUIDE_MARKS = ("dates.guide_day", "dates.guide_hour", "dates.guide_midnight")


def past_words(texts: InterfaceFile, line: str) -> str:
    """``line``, whose date is over, said so: « … — date passée » (``checklist.date_past``), or, when it holds the
    guide's mark of a date the notice does not write (« … — date retenue par le guide », ``dates.guide_*``; at its end,
    or before « , délai de rigueur »), « … ; date passée » (``checklist.date_past_marked``): never a second dash after
    the mark's (phone62 L2: « … — date retenue par le guide — date passée, voir la précision… »). checklist.js:
    pastWords."""
    flat = " ".join(line.split())
    marked = any(" ".join(texts.text(key, date="").split()) in flat for key in GUIDE_MARKS)
    return texts.text("checklist.date_past_marked" if marked else "checklist.date_past", line=line)


@dataclass(frozen=True)
class PastLater:
    """The words a dated line, unmarked at build (its date still ahead), ends with once its date is over (« — date
    passée », « ; date passée » after the guide's mark: ``past_words``), and the instant from which it is over
    (``at``, ISO with its offset: checklist/page.py over_at): written after the line, hidden, with
    data-bts-from-at, which past.js shows from that instant (issue 9: a page built before a date and read after it).
    ``shown``: the notice page's date already over on the build's day: the same words written in the text, no switch
    (a reader without JavaScript, the PDF; fixpastview62)."""

    words: str
    at: str
    shown: bool = False

    @property
    def narrow(self) -> bool:
        """The words open with a narrow no-break space (« ; date passée »), not a space: the templates write it as
        such (their filters drop a value's outer spaces)."""
        return self.words[:1] == "\u202f"


def past_later(texts: InterfaceFile, line: str, at: str | None, *, shown: bool = False) -> PastLater | None:
    """The hidden « — date passée » of ``line`` (``PastLater``); None when it has no instant (an undated line).
    ``shown``: its date is over on the build's day (PastLater.shown)."""
    if not at:
        return None
    whole = past_words(texts, line)
    return PastLater(whole[len(line):], at, shown) if whole.startswith(line) and len(whole) > len(line) else None


def over_instants(ruleset: dict) -> dict[str, str]:
    """The instant from which each dated date of ``ruleset`` is over (checklist/page.py over_at, one rule), by its id
    (the registration's closing: « registration_closing »)."""
    from .page import over_at

    tz = ruleset["academy"]["timezone"]
    registration = ruleset["session"]["registration"]
    out = {d["id"]: over_at(d["end"], d["has_time"], tz) for d in ruleset["deadlines"] if d.get("end")}
    if registration.get("closing"):
        out["registration_closing"] = over_at(registration["closing"], registration["closing_has_time"], tz)
    return out


def deadline_moment(deadline: dict, timezone: str, texts: InterfaceFile, *, mark: bool = True) -> str:
    """A date of the ruleset's ``deadlines`` in words, read as its kind says (``site.dates.deadline_kind``: a
    deadline, a date for information, one the notice gives as a limit), a day or an hour the guide reads marked as on
    the notice page (its ``reading``: site.dates.reading_marked; the page's data « dates » are these words)."""
    when = french_moment(deadline["end"], deadline["has_time"], timezone, texts, kind=deadline_kind(deadline["kind"], deadline["at_the_latest"]))
    return reading_marked(when, deadline.get("reading"), texts) if mark else when


def department_answer_words(value: str, own: dict[str, str], names: dict[str, str] | None = None) -> str:
    """A department answered, in words: « 31 (Haute-Garonne) » by the academy's names ``own`` (living abroad's among
    them, « 99 (hors de France) »), else another academy's by the national table's ``names`` (« 35 (Ille-et-Vilaine) »,
    phone48 L2), else its code alone. checklist.js departmentWords says the same words (tests/test_departments.py runs
    both)."""
    name = own.get(value) or (names or {}).get(value)
    return f"{value} ({name})" if name else value


def answer_words(ruleset: dict, qid: str, value: str, texts: InterfaceFile | None = None, names: dict[str, str] | None = None) -> str:
    """An answer in words: the choice label, the specialty's name, the department's name (living abroad: « 99 (hors de
    France) », with ``texts``; another academy's by the national table's ``names``: department_answer_words), a French date."""
    question = next((q for q in ruleset["questions"] if q["id"] == qid), None)
    if question is None:
        return value
    for cid, label in question["choices"]:
        if cid == value:
            return label
    if question["kind"] == "specialty" and value in ruleset["specialties"]:
        return ruleset["specialties"][value]["name"]
    if question["kind"] == "option" and texts is not None:  # « Option C », as the form and the page say it (read59 M1)
        return texts.text("checklist_page.option", letter=value)
    if question["kind"] == "department":
        own = dict(ruleset["academy"].get("department_names", {}))
        if texts is not None:
            own[ABROAD] = texts.text("department_hint.abroad_name")
        return department_answer_words(value, own, names)
    if question["kind"] == "date" and len(value) == 10:  # in words (read49 L5: « 10/05/2003 »); checklist.js dayWords
        try:
            return date_words(dt.date.fromisoformat(value))
        except ValueError:
            return value
    return value


def _label(ruleset: dict, qid: str) -> str:
    """A question's label as it reads quoted (« … », its own quotes “ ”)."""
    return inner_quotes(next((q["label"] for q in ruleset["questions"] if q["id"] == qid), qid))


def reason_phrase(question: dict, item: dict) -> str | None:
    """A derived fact's words in a reason (None: none, the reason says « question » : answer): those of the choices its
    condition asked together (the engine's ``asked``) when the question words them together (``phrases_together``),
    as the page's « Pour qui » and the undecided piece said them before the answer (phone51 L3: « vous avez de 18 à
    25 ans … », not « de 18 à 24 ans … », the candidate's own band, which read as another rule); else its value's
    phrase (« votre spécialité figure sur la liste R408 de la notice »). checklist.js: reasonPhrase."""
    asked = set(item.get("asked") or ())
    together = next((p["words"] for p in question.get("phrases_together", ()) if asked and set(p["choices"]) == asked), None)
    return together or question.get("phrases", {}).get(item["value"])


def reason_groups(why: list[dict]) -> list[tuple[list[dict], list[dict]]]:
    """A piece's reasons (the engine's ``why``) in groups: the facts derived from the same answers together, in the
    place of the first, with those answers (``from``), which the reason names once, after them (phone51 L4: « vous
    avez moins de 25 ans jusqu'à la clôture … et vous avez moins de 18 ans … (d'après « Quelle est votre date de
    naissance ? » : …) », not that answer twice); any other reason alone. checklist.js: reasons."""
    groups: list[tuple[list[dict], list[dict]]] = []
    for item in why:
        sources = item.get("from") or []
        same = next((g for g in groups if sources and g[1] == sources), None)
        if same is not None:
            same[0].append(item)
        else:
            groups.append(([item], sources))
    return groups


def _reasons(ruleset: dict, why: list[dict], texts: InterfaceFile, names: dict[str, str] | None = None) -> str:
    """A piece's reasons in words: « question » : answer (never the ids), a derived fact in its own words, those of
    the same answers joined by « et », then these answers (``reason_groups``)."""

    def words(qid: str, value: str) -> str:
        return texts.text("checklist.answer", question=_label(ruleset, qid), answer=answer_words(ruleset, qid, value, texts, names))

    def one(item: dict) -> str:
        question = next((q for q in ruleset["questions"] if q["id"] == item["question"]), {"phrases": {}})
        return reason_phrase(question, item) or words(item["question"], item["value"])

    out = []
    for items, sources in reason_groups(why):
        text = one(items[0])
        for item in items[1:]:
            text = texts.text("checklist.reasons_and", before=text, after=one(item))
        if sources:
            text = texts.text("checklist.derived_from", answer=text, sources=", ".join(words(s["question"], s["value"]) for s in sources))
        out.append(text)
    return " ; ".join(out)


def _office(office: dict, texts: InterfaceFile, exam_office: bool = False, website: str | None = None) -> list[str]:
    """A contact's lines: its name, what it is for, its e-mails, phones, postal address and web page, then its note, in
    the notice page's words (group « contacts »; the page's answer: answer.py, checklist.js: contactsBlock)."""
    lines = [office["name"]]
    if office["role"]:
        lines.append(" ".join(office["role"].split()))
    for email in office["emails"]:
        lines.append(texts.text("contacts.email", email=email))
    for phone in office["phones"]:
        lines.append(texts.text("contacts.phone", phone=phone))
    if office["address"]:
        lines.append(texts.text("contacts.address", address=", ".join(office["address"])))
    if office["url"] and not office.get("url_words"):  # (as the page: its note below writes it, not again; review76)
        lines.append(texts.text("contacts.web", link=office["url"]))
    if not (exam_office or office["emails"] or office["phones"] or office["address"] or office["url"]):
        # (named without any way to reach it: said so, as the notice page; not the exam office, which the notice's own
        # contacts below may reach: Nantes 2024's case officer « bureau DEC 4-1 »)
        lines.append(texts.text("contacts.no_details"))
        if website:  # (where to look then: the academy's site, as for a notice without exam office; review41b L1)
            lines.append(texts.text("standing.ask_website", link=website))
    if office["note"]:
        lines.append(" ".join(office["note"].split()))
    return lines


# An exam-adjustment sentence → its text key and the key's parameter.
SENTENCE_KEYS = {"decision": ("decision", "decision"), "renewal": ("renewal", "renewal"), "declare_in_cyclades": ("cyclades", "words")}


def adjustment_sentence(item: dict, field: str, texts: InterfaceFile) -> str:
    """A sentence of the procedure after the guide's label and « — » (``checklist.js: sentence``): « Aménagement déjà
    obtenu — Pour les candidats… », « … — NB : … », the notice's words as written (capital70)."""
    key, param = SENTENCE_KEYS[field]
    return texts.text(f"exam_adjustment.{key}", **{param: item[field]})


def _adjustment(item: dict, deadline_words, texts: InterfaceFile, ask: str | None = None, passed: Collection[str] = ()) -> list[str]:
    """The exam-adjustment procedure (engine item ``exam_adjustment``), with the site's words (group ``exam_adjustment``);
    ``ask``: the guide's advice where the notice does not say how (ruleset ``exam_adjustment_ask``); ``passed``: see
    ``render``."""
    t = texts
    if not item["given"]:  # the notice does not say how: said so, in the notice page's words, then the guide's advice
        return [t.text("checklist.adjustment"), "  " + t.text("exam_adjustment.not_given"), *(["  " + ask] if ask else [])]
    intro = {"yes": "checklist.adjustment_new", "renewal": "checklist.adjustment_renewal"}.get(item["request"], "checklist.adjustment_undecided")
    out = [t.text("checklist.adjustment"), "  " + t.text(intro)]

    def line(text: str) -> None:
        out.append("  - " + " ".join(text.split()))

    def sentence(field: str) -> None:
        # a sentence of the notice under the guide's label: its lines (and paragraphs) apart, the first after the label,
        # the others below it (Nantes 2024's NB has no full stop between its two paragraphs; the page and checklist.js
        # the same: site.text.text_lines)
        first, *rest = (" ".join(words.split()) for words in text_lines(adjustment_sentence(item, field, t)))
        out.extend(["  - " + first, *("    " + words for words in rest)])

    if item["request"] == "renewal" and item["renewal"]:
        # what the notice says of a renewal first; then a request's procedure, said as such (Nantes 2024: « Pas de
        # nouvelle demande à faire… », then « La demande se fait… » read as a contradiction)
        sentence("renewal")
        # (introduces the lines below, as the page's paragraph; where the notice says a renewal needs no new request,
        # as the procedure for the case it excepts: phone56 M2, Nantes 2024's « sauf changement de sa situation médicale »)
        # (the case in the notice's words when the session file writes it: renewal_exception:, fixr408)
        if item.get("renewal_without_request") and item.get("renewal_exception"):
            out.append("  " + t.text("exam_adjustment.renewal_exception_named", exception=item["renewal_exception"]))
        else:
            intro = "renewal_exception" if item.get("renewal_without_request") else "new_request"
            out.append("  " + t.text(f"exam_adjustment.{intro}"))
    elif item["request"] == "renewal":  # the notice says nothing of it: said so, before its procedure
        out.append("  " + t.text("exam_adjustment.renewal_not_said"))
    line(t.text("exam_adjustment.request", channel=t.text(CHANNEL_KEYS[item["channel"]])))
    # the notice's text: its paragraphs one line each, its « - » items indented below them (as the page)
    for kind, block in text_blocks(item["how"]):
        if kind == "p":
            line(" ".join(block))
        else:
            out.extend("    · " + " ".join(words.split()) for words in block)
    if item["send_to"]:
        line(t.text("exam_adjustment.send_to", address=item["send_to"]))
    if item["application"] and item["application"].get("said"):  # its address in the notice's words above: not again
        line(t.text("exam_adjustment.application_named", link=item["application"]["name"]))
    elif item["application"]:
        line(t.text("exam_adjustment.application", link=item["application"]["name"], url=item["application"]["url"]))
    if item["url"] and not item.get("url_words"):  # (as the page: its address in the notice's words above, not again: phone57 L5)
        line(t.text("exam_adjustment.url", link=item["url"]))
    deadline = item["deadline"]
    if deadline:
        # its label names it (« Saisie et envoi de la demande … : au plus tard … »): not after « Date limite : » as
        # well (as the notice page)
        said = t.text("common.label_value", label=deadline["label"], value=deadline_words(deadline))
        # (over on the day: « — date passée » after the date, before the guide's reading, as « Dates à retenir »; read61
        # L4; checklist.js: adjustmentDeadline)
        said = passed_line(t, said, deadline["id"], passed)
        # the guide's reading of the date, where it is said again (as the notice page)
        line(t.text("exam_adjustment.deadline_note", deadline=said, note=deadline["note"]) if deadline.get("note") else said)
    if item["decision"]:
        sentence("decision")
    if item["renewal"] and item["request"] != "renewal":
        # (a new request too, under the label « Aménagement déjà obtenu », which says whom it concerns: a notice's
        # sentence may concern a new request, Aix-Marseille 2023's « joindre une copie de la notification » for one who
        # had an adjustment before; a renewal has it first, above)
        sentence("renewal")
    if item["declare_in_cyclades"]:
        sentence("declare_in_cyclades")
    if item.get("source"):  # where in the notice it is, as the notice page ends the procedure
        out.append("  " + item["source"])
    return out


_FINAL_STOP = re.compile(r"(?<!\.\.)\.((?:\*\*)?)$")


def without_final_stop(words: str) -> str:
    """Quoted words before the sentence's own full stop (« … établissement ». Aucune…): without theirs (also
    before a closing « ** »), an ellipsis kept (checklist.js: withoutFinalStop)."""
    return _FINAL_STOP.sub(r"\1", words.rstrip())


def deadline_label(deadline: dict, texts: InterfaceFile) -> str:
    """A date of the answer's label (the ruleset's ``deadlines``): the exam-adjustment request's of a candidate who
    already obtained one, where the notice dispenses some of them from a new request and dates it (engine:
    ``new_request_only``), said to be for those who must make one (review67 L8); checklist.js: deadlineLabel."""
    return texts.text("dates.new_request_only", label=deadline["label"]) if deadline.get("new_request_only") else deadline["label"]


def date_notes(deadline: dict, texts: InterfaceFile) -> tuple[str, ...]:
    """Under a date of the answer (the ruleset's ``deadlines``): the notice's words for it, then the guide's reading,
    as the notice page's dates table (the page's answer, answer.py; checklist.js the same)."""
    return ((texts.text("dates.words", words=deadline["words"]),) if deadline["words"] else ()) + ((deadline["note"],) if deadline["note"] else ())


def said_by_source(words: str, source: str) -> bool:
    """Whether a piece's source line already says ``words``, its « for everyone » line (« Pour tous les candidats. »
    under « Notice de l'académie — Pour tous les candidats »): the line is then not said (a review, read54 L5: on a
    phone, under each of Toulouse's pieces « for everyone »). Its words without their last full stop, after a dash of
    the source line, or as a heading it quotes (« … — « Liste des pièces… », « Pour tous les candidats » »: its place
    quotes the notice's heading, quote77), up to its end or to a punctuation mark (not « — Pour tous les candidats
    majeurs »); letter case and spaces aside. checklist.js: saidBySource."""
    def flat(text: str) -> str:
        return " ".join(text.replace("\u00a0", " ").replace("\u202f", " ").split()).casefold()
    said, line = re.escape(flat(words.rstrip(" ."))), flat(source)
    return re.search(rf"(?:— {said}|« {said} ?»)(?:$| ?[;,.()—–-])", line) is not None


def provenance_words(provenance: dict, texts: InterfaceFile, *, notice_silent: bool = False, mention: str | None = None,
                     dated: bool = False, dated_as: str | None = None, by_guide: bool = False, cited: bool = False) -> str:
    """« Règle nationale — arrêté du 13 juillet 2023 ; non mentionnée par la notice de l'académie », « Notice de l'académie — Annexe 1 »
    of an engine's item, as the page says it (``site.words.provenance_sentence``; ``dated``, ``dated_as``, ``by_guide``: its
    ``dated_by_guide``, ``dated_as``, ``label_by_guide``; a step's provenance ``reworded``: compile._step_provenances)."""
    return provenance_sentence(texts, provenance["kind"] == "national", list(provenance.get("texts") or ()), provenance.get("section"),
                               notice_silent=notice_silent, mention=mention, dated=dated, dated_as=dated_as, by_guide=by_guide,
                               cited=cited, reworded=bool(provenance.get("reworded")))


def document_source(document: dict, texts: InterfaceFile) -> str:
    """A piece's source line (engine: ``_source``), the same words for a listed piece and for one still undecided: the
    command line and the page's answer (answer.py); checklist.js: documentSource."""
    return provenance_words(document["provenance"], texts, notice_silent=document["notice_silent"], mention=document["mention"],
                            dated=document["dated_by_guide"], dated_as=document.get("dated_as"),
                            by_guide=document.get("label_by_guide", False), cited=document.get("cited_unasked", False))


def step_source(step: dict, texts: InterfaceFile) -> str:
    """A CYCLADES step's source line (engine: its ``provenance``, from compile._step_provenances), the same for a listed
    step and for one still undecided, in a piece's words (« Notice de l'académie — « I- PRE-INSCRIPTION » »): the command
    line and the page's answer (answer.py); checklist.js: stepSource."""
    return provenance_words(step["provenance"], texts)


def step_notice_words(step: dict, texts: InterfaceFile) -> str | None:
    """Under a step the guide wrote from a notice to the establishments (its provenance's ``establishment_step``,
    compile._step_provenances): where the notice's own words are, « Les mots de la notice : étape 3 de la page des
    établissements », the notice page's link words under the step (steps.notice_words); None for any other step. The
    command line says them as they are (no link), the page's answer (answer.py) and checklist.js (stepNoticeWords) make
    them the link to that step of the establishments page, before the step's source line as on the notice page."""
    number = step["provenance"].get("establishment_step")
    return texts.text("steps.notice_words", number=number) if number else None


def step_notice_words_line(step: dict, ruleset: dict, texts: InterfaceFile) -> str | None:
    """The command line's words under such a step (step_notice_words): the link's words, then the address in the guide
    of the establishments page's step, from the site's root (« nantes/2026/etablissements/#etape-3 »: a terminal has no
    link; the checklist page's link is answer.establishment_step_links' from its own folder)."""
    words = step_notice_words(step, texts)
    if not words:
        return None
    number = step["provenance"]["establishment_step"]
    address = establishment_step_url(number, f"{ruleset['academy']['slug']}/{ruleset['session']['year']}/")
    return texts.text("checklist.notice_words_at", words=words, address=address)


def national_dating_lines(document: dict, texts: InterfaceFile,
                          keys: tuple[str, str, str] = ("checklist.national_dating", "checklist.national_dating_as_given", "checklist.national_dating_cited"),
                          *, office: str) -> tuple[str, ...]:
    """Under a piece of the notice a national text dates otherwise (engine: ``national_dating``): that text's words on
    when, after the notice the guide has the text from when it has it only through one (``as_given_by``), or with the
    notices that cite it when this one does not (``cited``: « Selon l'arrêté du 13 juillet 2023, cité par la notice de
    Clermont-Ferrand (session 2024) : … »), after what to
    follow: what the notice says (its date, or the later deposit it allows; a review, walk 42 M1: two dates for one
    piece, and no word on which counts). ``keys``: the texts of the line (plain, after a notice), the command line's by default; the
    page's answer (answer.py) gives its own; checklist.js the same (render). ``office``: the ruleset's
    ``academy.office_reach``, after « demandez au bureau des examens de l'académie »."""
    lines = []
    for rule in document.get("national_dating", ()):
        cited = texts.join("provenance.texts_join", rule["texts"])
        if rule.get("as_given_by"):
            lines.append(texts.text(keys[1], notice=rule["as_given_by"], texts=cited, words=rule["words"]))
        elif rule.get("cited"):
            lines.append(texts.text(keys[2], texts=rule["cited"], words=rule["words"]))
        else:
            lines.append(texts.text(keys[0], texts=cited, words=rule["words"]))
        if rule.get("closing_unsaid"):  # the registration's deadline it names, not given by the notice (readnantes64 L9)
            lines.append(texts.text("dates.closing_unsaid"))
    # what to follow first, the other reading « pour information » after it (phone55 L3: Clermont-Ferrand's notice's
    # « lors de votre confirmation d'inscription » came before it, under Toulouse's R408 attestation, and read as the rule)
    return ((texts.text("provenance.notice_date_counts", office=office),) if lines else ()) + tuple(lines)


def r408_words(document: dict, texts: InterfaceFile) -> tuple[str | None, str | None]:
    """Under a piece the national R408 list decides (engine: ``annexes``, ``r408_as_given_by``): the annexes its
    specialty requires, « d'après la notice » when its own list gives them (``annexes_by_notice``), and, when the guide has
    the national list from a notice (its text not read), that notice, as the notice
    page's title of the list says it: in the annexes' line, else on a line of its own. (annexes line, list line), each
    None when not said. The command line and the page's answer (answer.py); checklist.js the same (render)."""
    notice = document.get("r408_as_given_by")
    if document["annexes"]:
        annexes = texts.join("r408.annex_and", [texts.text("r408.annex", annex=a) for a in document["annexes"]])
        if document.get("annexes_by_notice"):  # the notice's own list gives them (Nantes 2026): its words
            return texts.text("standing.annexes_by_notice", annexes=annexes), None
        if notice:
            return texts.text("standing.annexes_as_given", annexes=annexes, notice=notice), None
        return texts.text("standing.annexes", annexes=annexes), None
    return None, texts.text("standing.r408_list_as_given", notice=notice) if notice else None


def detail_lines(detail: str) -> str:
    """A situation's ``detail`` (who:) as every output shows it: each line of its YAML block a line (``|-``), its
    spaces squashed within a line, empty lines left out; a folded block (``>-``) one line. phone75: Nantes 2026's
    « 2 possibilités : » then « 1. Si … » and « 2. Si … », each on its own paragraph in the notice (seed 002 l.27-32),
    were read as one line « … 1. … […] 2. … ». The page's answer (answer.py: StandingView.paragraph_lines), the command
    line (``standing_lines``) and checklist.js (detailLines) the same."""
    return "\n".join(" ".join(line.split()) for line in str(detail).splitlines() if line.strip())


def concerned_words(category: dict, texts: InterfaceFile, detail: str) -> str:
    """What the notice says to the candidate's category (« standing.concerned_text »): its label quoted as the notice
    writes it (``label_as_written``, its capitals: compile.category_as_written), then its ``detail``; a label of the
    guide's said so (``label_by_guide``), and so a label the notice's text of its categories does not write as such
    (a label in heading form, or no such text: ``standing.concerned_text_by_guide``). A detail that opens with « […] »
    standing for the label (``CONTINUES_LABEL``) continues the notice's line: when the notice writes the label and it
    so (``continued_as_written``), that line as one quotation, without the cut (phone74: Toulouse 2024's distance learner
    read « « Candidats en formation à distance (CNED…) » : […] inscrits… », a fragment); else the label the guide's and
    the detail its own quotation, its cut kept (``standing.concerned_text_cut``; quote77: the joined quotation changed
    the notice's capitals, and Nantes 2024's cut stood for more than the label). The command line and the page's answer
    (answer.py; checklist.js: concernedWords)."""
    if category.get("label_by_guide"):
        return texts.text("standing.concerned_text_by_guide", label=category["label"], detail=detail)
    if category.get("continued_as_written"):
        return texts.text("standing.concerned_text_continued", words=inner_quotes(category["continued_as_written"]))
    if CONTINUES_LABEL.match(detail):
        return texts.text("standing.concerned_text_cut", label=category["label"], detail=inner_quotes(detail))
    if category.get("label_as_written"):
        return texts.text("standing.concerned_text", label=category["label_as_written"], detail=detail)
    return texts.text("standing.concerned_text_by_guide", label=category["label"], detail=detail)


def how_unknown_words(category: dict, texts: InterfaceFile) -> str:
    """A category the notice names without saying how it registers: its label quoted as the notice writes it
    (``label_as_written``: compile.category_as_written), else said to be the guide's, not quoted (quote77: a label in
    heading form in « »). The command line and the page's answer (answer.py; checklist.js: standingBlock)."""
    if category.get("label_as_written") and not category.get("label_by_guide"):
        return texts.text("standing.how_unknown_text", label=category["label_as_written"])
    return texts.text("standing.how_unknown_text_by_guide", label=category["label"])


def excluded_words(category: dict, texts: InterfaceFile) -> tuple[str, str]:
    """The title and text of an ``excluded`` standing, by how the notice says the category registers: through its
    establishment (« vous ne vous inscrivez pas vous-même »), or by another procedure it sends the candidate to
    (``elsewhere``: Clermont-Ferrand's VAE candidates, whom it counts among its individual candidates), in its words;
    without them, that it does not say which. The command line and the page's answer (answer.py; checklist.js:
    excludedWords)."""
    # the notice's words (detail:) alone between quotation marks, after the guide's name of the situation (reviews: the
    # name is not the notice's words)
    title, said, unsaid = (("standing.elsewhere_title", "standing.elsewhere_text", "standing.elsewhere_text_unsaid") if category["how"] == "elsewhere"
                           else ("standing.excluded_title", "standing.excluded_text", "standing.excluded_text_unsaid"))
    label = without_final_stop(" ".join(category["label"].split()))
    if not category["detail"]:
        return texts.text(title), texts.text(unsaid, label=label)
    # (its own « » nested as “ ”: « … à l'état “redoublant” … », a review)
    return texts.text(title), texts.text(said, label=label, detail=inner_quotes(without_final_stop(detail_lines(category["detail"]))))


def not_listed_words(standing: dict, texts: InterfaceFile, office: str) -> tuple[str, ...]:
    """The paragraphs of a ``not_listed`` standing before whom to ask: the notice does not concern the candidate's
    situation, then, for a situation an establishments' notice names without saying how it registers (the standing's
    ``category``), what it says of them to establishments, in its words (a review, read50 L8: Nantes 2026's repeaters
    who left their establishment were told « votre inscription suit une autre démarche », which it does not say). The
    command line and the page's answer (answer.py; checklist.js: notListedWords). ``office``: the ruleset's
    ``academy.office_reach``, after « Demandez au plus tôt au bureau des examens ». One who lives in another academy's
    department (the standing's ``elsewhere``): sent to that academy, named above by the warning about the department,
    this academy's office only for a doubt (read60 M4: told to ask it as if it were theirs)."""
    category = standing.get("category")
    asked = texts.text("standing.not_listed_text_elsewhere" if standing.get("elsewhere") else "standing.not_listed_text", office=office)
    if not category or not category["detail"]:
        return (asked,)
    detail = inner_quotes(without_final_stop(detail_lines(category["detail"])))
    return asked, texts.text("standing.not_listed_to_establishments", detail=detail)


def contradiction_advice(standing: dict, closed: bool) -> str:
    """The guide's advice of a contradiction standing on a day when registration is ``closed`` or not: once closed, its
    ``advice_after_closing`` when the session gives one (read56 L6: « … avant la fermeture du serveur d'inscription »
    under « Inscriptions closes »), else its ``advice``. The command line and the page's first answer (answer.py);
    checklist.js: contradictionAdvice, the same from the page's marker .bts-registration-closed."""
    after = standing.get("advice_after_closing")
    return after if closed and after else standing["advice"]


def _indented(paragraph: str) -> list[str]:
    """A paragraph of the standing under its title, its lines kept (``detail_lines``), each indented."""
    return ["  " + line for line in paragraph.split("\n")]


def standing_lines(standing: dict | None, texts: InterfaceFile, where: str | None = None, ask: list[str] | tuple[str, ...] = (),
                   ruleset: dict | None = None, closed: bool = False) -> list[str]:
    """What the notice says of the candidate's situation, first (``standing`` of the engine's result; ``where``:
    for another academy's candidate, their academy and where to read its notice, when known; ``ask``: for a
    candidate the notice does not name, whom to ask and where to read, as the page says them (to one who lives in another
    academy's department, the office alone: ask_lines' ``office_only``), for one an establishments' notice excludes,
    where individual candidates read: ``cli.ask_lines``; ``closed``: registration closed on the day,
    a contradiction's advice then its ``advice_after_closing`` when the session gives one: contradiction_advice)."""
    t = texts
    if standing is None or (standing["kind"] == "concerned" and not standing["category"]["detail"]):
        return []
    kind = standing["kind"]
    if kind == "concerned":
        category = standing["category"]
        return [t.text("standing.concerned_title"), *_indented(concerned_words(category, t, detail_lines(category["detail"])))]
    if kind == "contradiction":
        lines = [t.text("standing.contradiction_title", about=standing["about"])]
        lines += ["  - " + t.text("standing.passage", section=p["section"], words=" ".join(p["words"].split())) for p in standing["passages"]]
        return lines + ["  " + " ".join(contradiction_advice(standing, closed).split())]
    if kind == "excluded":  # (``ask``: on an establishments' notice, where individual candidates read)
        title, text = excluded_words(standing["category"], t)
        return [title, *_indented(text), *("  " + line for line in ask)]
    if kind == "not_listed":
        academy = ruleset["academy"] if ruleset else {}
        # the academy's site said by a line below (cli.ask_lines: « Site de l'académie : https://… »): not named in the
        # office words too (phone57 L3; answer.py the same): written as an address of its own, not the start of another
        # page's (review72: « https://www.ac-….fr/bts-… », where individual candidates read, is not the site)
        site_below = bool(academy.get("website")) and any(written_address(line, academy["website"]) for line in ask)
        office = academy.get("office_reach_site_below" if site_below else "office_reach", "")
        return [t.text("standing.not_listed_title"), *(line for p in not_listed_words(standing, t, office) for line in _indented(p)),
                *("  " + line for line in ask)]
    unless = standing.get("unless_establishment") if kind == "outside_academy" else None
    # (their situation can change it, abroad too: answer.py, checklist.js the same)
    more = ["  " + t.text("standing.outside_unless_establishment", question=_label(ruleset or {"questions": []}, unless))] if unless else []
    if kind == "outside_academy" and standing["department"] == ABROAD:
        # living abroad: no notice of the guide says where they register (as the page: answer.py, checklist.js)
        return [t.text("standing.abroad_title"), "  " + t.text("standing.abroad_text"), *more, "  " + t.text("department_hint.abroad")]
    if kind == "outside_academy":
        where = where or t.text("standing.outside_where_unknown")
        return [t.text("standing.outside_title"), "  " + t.text("standing.outside_text"), *more, "  " + where]
    if kind == "how_unknown":
        return [how_unknown_words(standing["category"], t)]
    return [t.text("standing.unknown_text")]


def warning_words(warning: dict, result: dict, texts: InterfaceFile) -> tuple[str, str | None]:
    """A warning's title and text; living abroad, on a notice silent on residence, the department warning is titled
    « Vous résidez hors de France », without « Vérifiez auprès de quelle académie… » (the hint below it says what is
    known). The command line and the answer built with the page (answer.py); checklist.js the same."""
    if warning["id"] == DEPARTMENT_WARNING and result["answers"].get("department") == ABROAD:
        return texts.text("standing.abroad_title"), None
    return warning["title"], warning["text"]


def warning_lines(text: str) -> list[str]:
    """A warning's words as lines, read as the pages read a text (``text_blocks``: Clermont-Ferrand's rules on the
    marks kept, a paragraph for each statement of its notice, a case's label on its own line): a paragraph's lines one
    each, a line the notice page sets in (``indented_lines``: a sub-case's label under its group's) 2 spaces further,
    a list's items after « · » (as a step's text; checklist.js: textBlocks, answer.py: indented_blocks)."""
    out: list[str] = []
    flags = iter(indented_lines(text))
    for kind, block in text_blocks(text):
        if kind == "p":
            out.extend(("  " if next(flags) else "") + " ".join(words.split()) for words in block)
        else:
            out.extend("· " + " ".join(words.split()) for words in block)
    return out


def group_source(group: dict, texts: InterfaceFile) -> str:
    """A group of a topic's statements of the notice (engine: a warning's ``groups``): its place in the notice, in
    words (« Notice de l'académie — … »), or, a national statement said with them (its ``sources``: its national texts'
    titles), « Règle nationale — … ». The command line and the page's answer (answer.py); checklist.js: warningGroups."""
    if group.get("sources"):
        return provenance_words({"kind": "national", "section": None, "texts": group["sources"]}, texts)
    return provenance_words({"kind": "notice", "section": group["section"], "texts": []}, texts)


def warning_group_lines(warning: dict, texts: InterfaceFile) -> list[str]:
    """A topic's statements of the notice as the page groups them (engine: the warning's ``groups``; answer.py:
    warning_groups, checklist.js: warningGroups): each group's lines, then its place in the notice; a case of the
    notice (a group's ``case``) its heading on a line ending with « : », its lines and place 2 spaces further."""
    out: list[str] = []
    for group in warning["groups"]:
        lines = [*warning_lines(group["text"]), group_source(group, texts)]
        if group["case"]:
            out.append(texts.text("checklist.case", case=group["case"]))
            lines = ["  " + line for line in lines]
        out.extend(lines)
    return out


def list_questions(result: dict) -> list[str]:
    """The questions still needed that can change the list (« encore utile »): not one only the contacts need
    (``contact_questions``). The command line and the answer built with the page; checklist.js: listQuestions."""
    contact_only = result.get("contact_questions", [])
    return [qid for qid in result["questions"] if qid not in contact_only]


def closing_due_line(warning: dict, result: dict, timezone: str, texts: InterfaceFile, passed: Collection[str] = ()) -> str | None:
    """Under a national rule the guide dates with the notice's registration closing (engine: a warning's ``deadline``),
    that date as the guide's reading of the rule's « date limite d'inscription » (« Date retenue par le guide (la notice ne
    date pas cette démarche) : la clôture des inscriptions, au plus tard le … »); None for any other warning. The command line
    and the page's answer (answer.py); checklist.js: closingDue. Over on the day (``passed``: see ``render``): « — date
    passée » after the date, as its line in « Dates à retenir » (read61 L4)."""
    deadline = next((d for d in result["deadlines"] if d["id"] == warning.get("deadline")), None)
    if not deadline:
        return None
    # (unmarked: the sentence says the date is the guide's; review61 M1)
    date = deadline_moment(deadline, timezone, texts, mark=False)
    return texts.text("dates.closing_due", date=passed_line(texts, date, deadline["id"], passed))


def _warning_lines(result: dict, t: InterfaceFile, timezone: str, where: str | None = None, passed: Collection[str] = ()) -> list[str]:
    """The result's warnings, each with its source when it has one, then an empty line (none: no line); ``where``
    (see ``standing_lines``) under the warning about another academy's department (shown where the notice gives
    the list all the same); ``timezone``: the academy's (a date the guide gives a national rule: closing_due_line)."""
    if not result["warnings"]:
        return []
    out = [t.text("checklist.warnings")]
    for warning in result["warnings"]:
        title, text = warning_words(warning, result, t)
        # its title, then its words on their own line (as the page: a title may have its own « : », a walk read
        # « Engagement étudiant : une fiche … : Épreuve facultative « engagement étudiant » : conformément… »)
        out.append("  - " + title)
        if warning.get("groups"):  # (each group with its place in the notice: no source line for the whole)
            out.extend("    " + line for line in warning_group_lines(warning, t))
        else:
            if text:
                out.extend("    " + line for line in warning_lines(text))
            if warning["id"] == DEPARTMENT_WARNING and where:
                out.append("    " + where)  # (as the page: answer.py, checklist.js)
            if warning["provenance"]["kind"] in ("national", "notice"):
                out.append("    " + provenance_words(warning["provenance"], t))
        due = closing_due_line(warning, result, timezone, t, passed)  # (after the rule's source: the date is the guide's)
        if due:
            out.append("    " + due)
    return out + [""]


def partial_list_words(ruleset: dict, texts: InterfaceFile) -> str | None:
    """Why the list is not the notice's whole list, when it is not (the notice gives its pieces elsewhere, or not at
    all), said under the list's title (answer.py, checklist.js: the same); None when it is."""
    if ruleset["documents_elsewhere"]:
        return texts.text("standing.documents_elsewhere", words=" ".join(ruleset["documents_elsewhere"].split()))
    return None if ruleset["documents_given"] else texts.text("standing.documents_not_given")


def _document_lines(ruleset: dict, result: dict, t: InterfaceFile, deadlines: dict, deadline_words, *, listed: bool = True,
                    names: dict[str, str] | None = None, passed: Collection[str] = (), asked: bool = False) -> list[str]:
    """The candidate's documents, each with why, when and where from, then an empty line (``listed``: a list is given
    for the candidate's situation, not NO_LIST; ``names``, ``asked``: see ``render``)."""
    # (« Pièces demandées » once the page's bar says so: walk67b L1)
    out = [t.text("checklist.documents_past" if asked else "checklist.documents", count=len(result["documents"]))]
    # the list is not the notice's whole list: said under its title, before its count is read as complete (phone48 L4);
    # not where no list is given (as answer.py, checklist.js)
    partial = partial_list_words(ruleset, t) if listed else None
    if partial:
        out.append("  " + partial)
    # where the pieces go, the notice page's sentences (review67b L5: only the page said it; answer.py, checklist.js)
    if listed:
        out.extend("  " + " ".join(sentence.split()) for sentence in ruleset["documents_deposit"])
    # the date most pieces share, said once under the title; a piece then says its own only where it differs, or with
    # the notice's words on a later deposit (engine: documents_due, own_date; read54 L5)
    # (a date over on the day: « — date passée » right after it, as « Dates limites »; ``passed``: see ``render``;
    # phone60 M1; answer.py: _passed_date)
    # (« , délai de rigueur » after it when the notice says so, as « Dates à retenir »: strict_said; review69 L3)
    def date_of(did: str) -> str:
        return passed_line(t, strict_said(deadline_words(deadlines[did]), deadlines[did]["strict"], t), did, passed)

    due = result.get("documents_due")
    if due:
        key = "checklist.documents_due_all" if due["all"] else "checklist.documents_due_most"
        out.append("  " + t.text(key, date=date_of(due["deadline"])))
    # pieces on two dates or more: by date, the earliest first, each date said once above its pieces (engine:
    # documents_by_date; answer.py, checklist.js: the same; fixgroups)
    for group in documents_groups(result):
        if group["heading"]:
            date = date_of(group["deadline"])
            # (a piece among them the notice lets be deposited later: « sauf indication contraire », as documents_due)
            words = (t.text("checklist.documents_group_most", date=date) if group["others"]
                     else t.text("checklist.documents_group", count=len(group["documents"]), date=date))
            out.append("  " + words)
        for document in group["documents"]:
            deadline = deadlines.get(document["deadline"]) if document.get("own_date", True) else None
            out.append(f"  - {document['label']}")
            source = document_source(document, t)
            if document["why"]:
                out.append("    " + t.text("checklist.because", reasons=_reasons(ruleset, document["why"], t, names)))
            elif not said_by_source(t.text("checklist.for_everyone"), source):  # (« — Pour tous les candidats » below)
                out.append("    " + t.text("checklist.for_everyone"))
            if deadline:
                # « à déposer au plus tard le … »; a date the notice does not give: « Date limite : date non précisée
                # par la notice » (as the page: checklist_page.deadline_before)
                # a piece the notice lets be deposited later: the notice's words on that in the same sentence, as the
                # notice page's table (phone54 M3: on two lines, read as two deadlines; answer.py, checklist.js)
                key = "checklist.before" if deadline["end"] else "common.deadline"
                # (« , délai de rigueur » after it when the notice says so, as the notice page's table: strict_said)
                date = strict_said(deadline_words(deadline), deadline["strict"], t)
                if document.get("late_deposit"):
                    date = t.text("documents.late_deposit", date=date, words=document["late_deposit"], office=ruleset["academy"].get("office_reach", ""))
                out.append("    " + t.text(key, date=date))
            elif document.get("late_deposit"):
                # its date said above it (pieces on two dates or more) or not known: a sentence of its own, the page's
                # (checklist_page.late_deposit: capitalised, its full stop; read57 L9: checklist.late_deposit, the words
                # for inside a sentence, began this line in lower case)
                out.append("    " + t.text("checklist_page.late_deposit", words=document["late_deposit"], office=ruleset["academy"].get("office_reach", "")))
            for line in national_dating_lines(document, t, office=ruleset["academy"].get("office_reach", "")):
                out.append("    " + line)
            out.extend("    " + line for line in r408_words(document, t) if line)
            if document["detail"]:
                out.append("    " + " ".join(document["detail"].split()))
            if document.get("unwaived"):  # (the notice asks for the piece it replaces, without exemption: as the page)
                out.append("    " + replaced_unwaived(t, document["unwaived"], document.get("unwaived_texts"), ruleset["academy"].get("office_reach", "")))
            out.append("    " + source)
    out.append("")
    return out


def documents_groups(result: dict) -> list[dict]:
    """The result's listed pieces as the renderers show them (text.py, answer.py; checklist.js: documentsGroups): on two
    dates or more, a group per date, the earliest first (engine: documents_by_date), each ``{"deadline": id,
    "documents": [pieces], "heading": True, "others": bool}``, its date said once above its pieces (``others``: with
    « sauf indication contraire sous l'une d'elles », a piece among them the notice lets be deposited later); else one
    group of every piece in the list's order, ``heading`` False (the date most of them share, if any, said under the
    list's title: documents_due)."""
    by_id = {d["id"]: d for d in result["documents"]}
    if not result.get("documents_by_date"):
        return [{"deadline": None, "documents": list(result["documents"]), "heading": False, "others": False}]
    return [{"deadline": g["deadline"], "documents": [by_id[i] for i in g["documents"]], "heading": True, "others": g["others"]}
            for g in result["documents_by_date"]]


def specialty_row(group: dict, texts) -> str | None:
    """The line after the phones of the candidate's specialty manager (answer.py: ``specialty_lines``; ``render``): the row in
    the notice's words, else the specialties it names, in the guide's words; None for a row of one specialty
    without words, the candidate's own (checklist.js: specialtyLines)."""
    if group["words"]:
        return texts.text("contacts.specialty_words", words=inner_quotes(group["words"]))
    if len(group["names"]) > 1:
        return texts.text("contacts.specialty_names", names=", ".join(group["names"]))
    return None


def render(ruleset: dict, result: dict, texts: InterfaceFile, where: str | None = None, ask: list[str] | tuple[str, ...] = (), *,
           state: list[str] | tuple[str, ...] = (), names: dict[str, str] | None = None, left_out: dict[str, str] | None = None,
           closed: bool = False, passed: Collection[str] = (), department_note: str | None = None, asked: bool = False) -> str:
    """The answer in French (``where``, ``ask``, ``closed``: see ``standing_lines``; ``passed``: the ids of the dates
    over on the day, ``notice_view.passed_dates``, said passed, the registration's closing among them; ``asked``: the
    pieces « demandées » on the day, as the page's bar and title say them (page.documents_past_on); ``state``: the
    session past, or its registration closed, on the day, first: ``cli.state_lines``; ``names``: the national table's departments, another academy's
    department answered said by its name, as the page says it: department_answer_words; ``left_out``: the answers,
    among the ``dropped``, to questions of content/questions.yaml this session does not ask, id → label, said
    ignored for that reason; ``department_note``: what the page says under the department field that nothing else
    here says, after the standing: cli.run, department_hint.own or by_establishment)."""
    t = texts
    tz = ruleset["academy"]["timezone"]

    def when(iso: str | None, has_time: bool, kind: str = "deadline") -> str:
        return french_moment(iso, has_time, tz, t, kind=kind)

    def deadline_words(deadline: dict) -> str:
        return deadline_moment(deadline, tz, t)

    deadlines = {d["id"]: d for d in ruleset["deadlines"]}
    questions = {q["id"]: q for q in ruleset["questions"]}
    out = [t.text("checklist.title", of_academy=of(ruleset["academy"]["name"], t), year=ruleset["session"]["year"]), ""]
    if state:
        out += [*state, ""]
    kind = standing_kind(result)
    no_list = kind in NO_LIST
    # No list: the warnings (only those about where the candidate lives: their department is another academy's) first,
    # before what the notice says of their situation (phone58 M2: a Paris resident on Nantes 2026 was first told to
    # ask the Nantes exam office; as the page's answer: answer.py, checklist.js)
    if no_list:
        out += _warning_lines(result, t, tz, where, passed)
    standing = standing_lines(result["standing"], t, where, ask, ruleset, closed)
    if standing:
        out += standing + [""]
    if department_note:
        out += [department_note, ""]
    left_out = left_out or {}
    dropped = [qid for qid in result["dropped"] if qid not in left_out]
    if dropped:
        # each by its question, then its identifier (read49 L7: « : sat_before » alone)
        answers = ", ".join(t.text("checklist.dropped_answer", question=_label(ruleset, qid), id=qid) for qid in dropped)
        out.append(t.text("checklist.dropped", count=len(dropped), answers=answers))
    # a question the session never asks, whatever the answers (review66 L5): not « dans votre situation »
    unasked = [qid for qid in result["dropped"] if qid in left_out]
    if unasked:
        answers = ", ".join(t.text("checklist.dropped_answer", question=inner_quotes(left_out[qid]), id=qid) for qid in unasked)
        out.append(t.text("checklist.not_asked_here", count=len(unasked), answers=answers))
    if dropped or unasked:
        out.append("")
    # Another academy's candidate: the standing says where to go; none of this notice's dates, documents, contacts,
    # warnings or closing lines (as the page's answer: answer.py, checklist.js).
    # Living abroad: the same, but this notice's contacts (its exam office is one they may ask; as the page).
    if kind == "outside_academy" and result["standing"]["department"] != ABROAD:
        return "\n".join(out).rstrip("\n")
    # A situation the notice excludes: none of its dates; excluded or not cited: no closing line (the standing says why;
    # the contacts stay), as the page's answer (engine.no_dates, NO_LIST). Not cited and living in another academy's
    # department: neither its dates nor its contacts (the standing names its office: engine.sent_elsewhere, below).
    registration = result["registration"]
    if not no_dates(result["standing"]):
        # Both always said: « date non précisée par la notice » when the notice does not give one.
        out.append(t.text("checklist.registration"))
        out.append("  - " + t.text("checklist.opening", date=when(registration["opening"], registration["opening_has_time"], "opening")))
        closing = t.text("checklist.closing", date=when(registration["closing"], registration["closing_has_time"]))
        # (once closed on the day: said passed, as the page's « Dates limites » says it; NOTE56; ``passed`` alone, which
        # holds the closing exactly when registration is closed and the notice dates it: NOTE57)
        out.append("  - " + passed_line(t, closing, "registration_closing", passed))
        out.append("")
        if registration["note"]:
            out.extend([t.text("dates.note_as_written"), registration["note"], ""])
    if not no_list:
        out += _warning_lines(result, t, tz, where, passed)
    # No list for the candidate's situation: no « Pièces à déposer (0) » either (as the page: answer.documents_title)
    if result["documents"] or not no_list:
        out += _document_lines(ruleset, result, t, deadlines, deadline_words, listed=not no_list, names=names, passed=passed, asked=asked)
    if result["undecided"]:
        out.append(t.text("checklist.undecided", count=len(result["undecided"])))
        for document in result["undecided"]:
            missing = " ; ".join(t.text("checklist.quoted_question", question=_label(ruleset, q)) for q in document["missing"])
            if document.get("who"):
                out.append("  - " + t.text("checklist.undecided_document_who", label=document["label"], who=document["who"], questions=missing))
            else:
                out.append("  - " + t.text("checklist.undecided_document", label=document["label"], questions=missing))
            if document.get("late_deposit"):  # (as under a listed piece without its date; read64 M1)
                out.append("    " + t.text("checklist_page.late_deposit", words=document["late_deposit"], office=ruleset["academy"].get("office_reach", "")))
            out.append("    " + document_source(document, t))  # (as a listed piece's)
        out.append("")
    if result["deadlines"]:
        out.append(t.text("checklist.dates"))
        for deadline in result["deadlines"]:
            nature = t.text(NATURE_KEYS.get(deadline["kind"], "checklist.nature_information"))
            # (« , délai de rigueur » after the date, as the page's lines and the pieces' date above: strict_said)
            words = {"label": deadline_label(deadline, t), "nature": nature, "date": strict_said(deadline_words(deadline), deadline["strict"], t)}
            # (its nature after a dash, as the page's timeline: a label may end with its own brackets, « … (bouton « envoyer ») »)
            said = t.text("checklist.date", **words)
            # (over on the day: said passed, as the closing above and the page's « Dates à retenir »; fixdup57)
            out.append("  - " + passed_line(t, said, deadline["id"], passed))
            # The documents the notice lets you deposit later are not under this date (a « délai de rigueur » or not:
            # read58 L3), in the page's sentence, capitalised, its full stop (fixcli57: « sauf pour » began in lower case).
            for document in result["documents"]:
                if document["deadline"] == deadline["id"] and document.get("late_deposit"):
                    late = t.text("checklist.late_deposit", words=document["late_deposit"], office=ruleset["academy"].get("office_reach", ""))  # (its date not given: said)
                    out.append("    " + t.text("checklist_page.strict_late", label=document["label"], late=late))
            # (and those still depending on an answer, as pending: fixsmall62; the page's and the build's answer's the same)
            for document in result["undecided"]:
                if document["deadline"] == deadline["id"] and document.get("late_deposit"):
                    late = t.text("checklist.late_deposit", words=document["late_deposit"], office=ruleset["academy"].get("office_reach", ""))
                    out.append("    " + t.text("checklist_page.strict_late_undecided", label=document["label"], late=late))
            out.extend("    " + " ".join(note.split()) for note in date_notes(deadline, t))
        out.append("")
    if result["steps"]:
        out.append(t.text("checklist.steps"))
        for step in result["steps"]:
            out.append("  - " + t.text("checklist.step", number=step["number"], title=step["title"]))
            if step["deadline"] and step["deadline"] in deadlines:  # what its date is for, as the page (answer.StepItem)
                deadline = deadlines[step["deadline"]]
                # (« délai de rigueur » after the date, as « Dates à retenir »: strict_said; review69 L3)
                said = t.text("common.label_value", label=deadline["label"], value=strict_said(deadline_words(deadline), deadline["strict"], t))
                # (over on the day: « — date passée », as « Dates à retenir »; read61 L4; answer.py, checklist.js: the same)
                out.append("    " + passed_line(t, said, deadline["id"], passed))
            # the notice's text under the step, as the page shows it (a review: the command line gave titles only)
            for kind, block in text_blocks(step["text"] or ""):
                if kind == "p":  # (its lines as the page breaks them: Toulouse's four capitalised lines)
                    out.extend("    " + " ".join(words.split()) for words in block)
                else:
                    out.extend("    · " + " ".join(words.split()) for words in block)
            words = step_notice_words_line(step, ruleset, t)
            if words:  # (where the notice's own words are, before the source line, as the notice page)
                out.append("    " + words)
            out.append("    " + step_source(step, t))  # (as a piece's, its last line)
        out.append("")
    if result.get("undecided_steps"):
        out.append(t.text("checklist.undecided_steps", count=len(result["undecided_steps"])))
        for step in result["undecided_steps"]:
            title = t.text("checklist.step", number=step["number"], title=step["title"])
            missing = " ; ".join(t.text("checklist.quoted_question", question=_label(ruleset, q)) for q in step["missing"])
            out.append("  - " + t.text("checklist.undecided_step", title=title, questions=missing))
            words = step_notice_words_line(step, ruleset, t)
            if words:  # (as a listed step's)
                out.append("    " + words)
            out.append("    " + step_source(step, t))  # (as a listed step's)
        out.append("")
    if result.get("exam_adjustment"):
        out.extend(_adjustment(result["exam_adjustment"], deadline_words, t, ruleset.get("exam_adjustment_ask"), passed))
        out.append("")
    # Not cited and living in another academy's department: the standing names this academy's office, for a doubt; none
    # of its contacts is theirs, nor anything after them (no list): engine.sent_elsewhere, as the page's answer
    if sent_elsewhere(result["standing"]):
        return "\n".join(out).rstrip("\n")
    out.append(t.text("checklist.contacts"))
    for contact in result["contacts"]:
        if contact["kind"] == "specialty":
            group = contact["group"]
            if group is None:
                out.append("  - " + t.text("checklist.no_specialty_contact"))
            else:  # as an office: its title, its phones, its row of the notice's table (answer.py: specialty_lines)
                out.append("  - " + t.text("contacts.specialty_manager"))
                out.extend("    " + t.text("contacts.phone", phone=phone) for phone in group["phones"])
                row = specialty_row(group, t)
                if row:
                    out.append("    " + row)
        elif contact["kind"] == "specialty_by_option":  # (answer.py, checklist.js: the same line)
            out.append("  - " + t.text("contacts.specialty_by_option"))
        elif contact["kind"] == "specialty_several":  # (its specialty on several rows of the notice's table: answer.py)
            out.append("  - " + t.text("contacts.specialty_several"))
        elif contact["kind"] == "specialty_note":
            # what the notice says of its table of managers, after the last of them: its words, said to be its words,
            # under the notice page's title of that table (answer.py: _contact, the same)
            out.append("  - " + t.text("contacts.specialty_title"))
            # (its lines, one per line: a line joined to the next read as one sentence, « …@ac-toulouse.fr Les coordonnées… »)
            lines = [" ".join(line.split()) for line in contact["note"].splitlines() if line.strip()]
            out.append("    " + t.text("contacts.notice_words", words=inner_quotes("\n    ".join(lines))))
        elif contact["office"] is None:  # the academy's site, when known, under the line saying so (answer.py)
            out.append("  - " + t.text("checklist.no_exam_office"))
            if ruleset["academy"]["website"]:
                out.append("    " + t.text("standing.ask_website", link=ruleset["academy"]["website"]))
        else:
            lines = _office(contact["office"], t, contact["kind"] == "exam_office", ruleset["academy"]["website"])
            out.append(f"  - {lines[0]}")
            out.extend(f"    {line}" for line in lines[1:])
            # someone of the office (« Dossier suivi par : … »): set in under it, not a bullet of its own (a review,
            # read50 L7: read as a second contact; answer.py and checklist.js: a list inside the office's item)
            for person in contact.get("people", ()):
                lines = _office(person, t, False, ruleset["academy"]["website"])
                out.append(f"    {lines[0]}")
                out.extend(f"      {line}" for line in lines[1:])
    if result.get("contacts_source"):  # where in the notice they are, as the notice page ends its contacts (review58 L2)
        out.append("  " + result["contacts_source"])
    out.append("")
    contact_only = result.get("contact_questions", [])
    if no_list:  # (no list: only the questions its contacts need, as the page's form marks them)
        out.extend(_contact_questions(contact_only, questions, t))
        return "\n".join(out).rstrip("\n")
    open_questions = list_questions(result)
    if open_questions:
        out.append(t.text("checklist.open_questions"))
        for qid in open_questions:
            out.append("  - " + t.text("checklist.open_question", id=qid, label=questions[qid]["label"]))
    elif result["complete"]:  # (the page's words: answer.py, checklist.js)
        out.append(t.text("checklist_page.complete"))
    else:
        out.append(t.text("checklist_page.incomplete"))
    out.extend(_contact_questions(contact_only, questions, t))
    return "\n".join(out)


def _contact_questions(qids: list[str], questions: dict, t: InterfaceFile) -> list[str]:
    """The questions only the contacts need (a specialty's manager): « pour vos contacts » on the page's form."""
    if not qids:
        return []
    return [t.text("checklist.contact_questions")] + ["  - " + t.text("checklist.open_question", id=qid, label=questions[qid]["label"]) for qid in qids]


TYPED_QUOTED = 30  # (checklist.js typedStart: the same number)


def typed_start(value: str) -> str:
    """What was typed (a value given to the command line), quoted in a message refusing it: its first TYPED_QUOTED
    characters, the white space before the cut left out, then « … » (review81 L2: a department of 20,000 characters was
    quoted whole); the page's field message quotes the same start (checklist.js typedStart)."""
    return value[:TYPED_QUOTED].rstrip() + "…" if len(value) > TYPED_QUOTED else value


def department_example(ruleset: dict) -> tuple[str, str, str]:
    """The academy's first department as the example of what to write (code, name, postal code): the page's field
    gives the same (departments.typing_example)."""
    academy = ruleset["academy"]
    return typing_example([(c, academy["department_names"].get(c, c)) for c in academy["departments"]])


def department_words(ruleset: dict, texts: InterfaceFile) -> str:
    """What to write for the department, with the academy's first department as the example (its list of questions,
    the message for a value it cannot read; the page's field says the same: departments.typing_example)."""
    code, name, postal = department_example(ruleset)
    return texts.text("checklist_questions.hint_department", code=code, name=name, postal=postal)


def specialty_words(name: str, abbreviation: str | None, former_names, texts: InterfaceFile) -> str:
    """A specialty as the page's form offers it (page.specialty_label) and ``--questions`` lists a renamed one: its name,
    its abbreviation, and the names it had before (``former_names``), which the notices of earlier sessions and their
    candidates still use: « Management économique de la construction (MEC) – anciennement Études et économie de la
    construction (EEC) ». Without French typography (each output adds it)."""
    words = name + (f" ({abbreviation})" if abbreviation else "")
    if former_names:
        words = texts.text("checklist_page.specialty_former", name=words, former=", ".join(former_names))
    return words


def render_questions(ruleset: dict, allowed, texts: InterfaceFile, asked: list[str] | None = None) -> str:
    """The questions and their values (``--questions``): all of them, or with answers given, those still ``asked``
    for them (the engine's needed questions: what the page's form shows next), or a line saying none is left."""
    t = texts
    if asked is not None and not asked:
        return t.text("checklist_questions.none_left")
    out = [t.text("checklist_questions.intro" if asked is None else "checklist_questions.intro_asked")]
    for question in ruleset["questions"]:
        if question["kind"] == "derived" or (asked is not None and question["id"] not in asked):
            continue
        values = allowed(ruleset, question["id"])
        if question["kind"] == "date":
            hint = t.text("checklist_questions.hint_date")
        elif question["kind"] == "department":
            hint = department_words(ruleset, t)
        elif question["kind"] == "specialty":
            hint = t.text("checklist_questions.hint_specialty", values=", ".join(values))
            # a specialty renamed since, on a line of its own: its id, then the page form's option, its name and the
            # names it had before, which earlier notices still use (M1). Glued to the id in the list above, the former
            # name read as the id's (« amcr – anciennement Constructions métalliques (CM), assurance, … »), its own
            # commas among the ids' (staff73)
            renamed = [f"{sid} — {specialty_words(specialty['name'], specialty['abbreviation'], specialty['former_names'], t)}"
                       for sid in values if (specialty := ruleset["specialties"].get(sid, {})).get("former_names")]
            hint = "\n      ".join([hint, *renamed])
        elif question["kind"] == "option":
            hint = t.text("checklist_questions.hint_option", values=", ".join(values))
        else:
            hint = " | ".join(f"{cid} ({label})" for cid, label in question["choices"])
        out.append(f"  {question['id']} — {question['label']}")
        out.append(f"      {hint}")
        if question.get("help") and question["kind"] != "department":
            # the help the page's form says under the question (the department's: its hint, above), on its own line
            # (a review, read55 L7: the renunciation's, which makes « Non » to keeping notes and « Oui » here agree)
            out.append("      " + " ".join(question["help"].split()))
    return "\n".join(out)
