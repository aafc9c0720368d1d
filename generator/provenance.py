"""Provenance: what national content is in force for a session, and the checks that everything shown has a source.

A statement, a document, a list or a warning of ``content/`` is *national*: it
cites texts of ``content/texts.yaml`` (``sources:``), and it is shown for a
session only when every one of its texts is in force for that session
(``from_session`` … ``until_session``). Everything else comes from the
academy's own notice (``academies/<slug>/<year>.yaml``, with ``where:``).

``in_force_*`` are used by the merge (``generator.merge``) and by the checks
below, so the page, the checklist and ``validate`` agree on what applies.
``check_content_provenance`` and ``check_session_provenance`` run in stage 2
(``generator.checks.check_project``).
"""

from __future__ import annotations

import datetime as dt
import difflib
import re

from .model.content import ChecklistWarning, NationalDocument, NationalText, Statement
from .model.conditions import Condition
from .model.session import SessionFile, WarningSwitch
from .model.specialties import R408List
from .model.values import NOT_GIVEN, academic_year_bounds, given
from .problems import Problems, ids_meant, quote

# A national statement speaks for national texts, never for a notice: these words in one
# are a claim about the session's notice that only the notice's own file can make.
_ABOUT_THE_NOTICE = re.compile(r"\b(cette|votre|la présente) notice\b", re.IGNORECASE)


def _national_hint(did: str, national) -> str:
    """« ; vouliez-vous dire … ? » for an unknown national document (« jdc » → jdc_certificate)."""
    meant = ids_meant(did, national)
    return f" ; vouliez-vous dire {' ou '.join(quote(n) for n in meant)} ?" if meant else ""


def _not_in_force(did: str, national, in_force, written: str, line: str) -> str:
    """Why a national document a session names is not for it, and how to fix it: the document in force for the session
    asked of the same candidates (``r408_attestation_2016`` → ``r408_attestation``, the arrêté of 2016 replaced by
    that of 2023 from session 2024), else the line to remove. A staff walk (staffwalk62 M2): Aix-Marseille 2023 rolled
    to 2024 was refused with « ne s'applique pas à cette session » and no way out."""
    why = "ne s'applique pas à cette session (ses textes n'y sont pas en vigueur)"
    same = [other for other, d in in_force.items() if d.when == national[did].when and d.replaces is None]
    if same:
        return (f"{why} ; pour les mêmes candidats, cette session a {' ou '.join(quote(o) for o in same)} "
                f"(« {in_force[same[0]].label} ») : si la notice demande toujours cette pièce, remplacer {written} par "
                f"{quote(same[0])} ; sinon, retirer {line}")
    return f"{why} ; retirer {line}"


def _typo_of(word: str, shared: str) -> bool:
    """Whether a notice's own warning's identifier may be a typo of a shared one's, for validate to ask: a letter or two
    apart (an edit distance of 1 or 2: « too_many_optional_exam », « outside_acadmey »), not two words sharing their
    start (Clermont-Ferrand 2024's « engagement_etudiant_sheet » beside « engagement_etudiant_counted », asked at every
    build with no way to answer; a ratio let a two-letter typo of a short one through: review61 L3)."""
    if word == shared or abs(len(word) - len(shared)) > 2:
        return False
    row = list(range(len(shared) + 1))
    for i, a in enumerate(word, 1):
        previous, row[0] = row[0], i
        for j, b in enumerate(shared, 1):
            previous, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, previous + (a != b))
    return row[-1] <= 2


def _nearest(word: str, options) -> str:
    close = difflib.get_close_matches(word, list(options), n=1, cutoff=0.6)
    return f" ; vouliez-vous dire {quote(close[0])} ?" if close else ""


def texts_in_force(texts: dict[str, NationalText], sources, year: int) -> bool:
    """True when every text of ``sources`` is known and in force for the session ``year``."""
    return bool(sources) and all(s in texts and texts[s].in_force(year) for s in sources)


def statements_in_force(topic, texts: dict[str, NationalText], year: int) -> dict[str, Statement]:
    """The national statements of a topic shown for session ``year`` (all their texts in force)."""
    return {sid: st for sid, st in topic.statements.items() if texts_in_force(texts, st.sources, year)}


def documents_in_force(documents: dict[str, NationalDocument], texts: dict[str, NationalText], year: int) -> dict[str, NationalDocument]:
    """The national documents required for session ``year``."""
    return {did: d for did, d in documents.items() if texts_in_force(texts, d.sources, year)}


def r408_list_in_force(lists: dict[str, R408List], texts: dict[str, NationalText], year: int) -> tuple[str, R408List] | None:
    """The national R408 list in force for session ``year`` (its text is in force), or None."""
    for lid, lst in lists.items():
        if texts_in_force(texts, (lst.source,), year):
            return lid, lst
    return None


OWN_WARNING_FIELDS = ("title", "text", "when")  # what a warning only this notice gives writes itself (WarningSwitch)


def warning_in_force(warning: ChecklistWarning, session: SessionFile, wid: str, texts: dict[str, NationalText], year: int) -> bool:
    """A warning is shown when it comes from the notice's own data (``from_notice_data``), when its
    national texts are in force, or when the session file says where its notice says it. A national warning's line
    in the session file only adds the notice's place to its source (``warning_source``): it never shows a rule whose
    texts are not in force (``check_session_provenance`` refuses such a line, review47 H1)."""
    if warning.from_notice_data:
        return True
    if warning.sources:
        return texts_in_force(texts, warning.sources, year)
    return wid in session.warnings


def warning_source(warning: ChecklistWarning | None, switch: WarningSwitch | None, texts: dict[str, NationalText],
                   year: int) -> tuple[str, str | None, tuple[NationalText, ...]]:
    """Where a warning shown for session ``year`` comes from, as (kind, the notice's section, national texts), the
    same for the checklist and the page: ``national`` when its texts are in force, with the place where the notice
    says it too when the session file gives it (read44 L4: Nantes 2026 states the two-optional-exams limit itself);
    ``data`` for one that comes from the notice's data; ``notice`` otherwise (the session file's ``warnings:``)."""
    if warning is not None and warning.sources and texts_in_force(texts, warning.sources, year):
        return "national", switch.section if switch is not None else None, tuple(texts[s] for s in warning.sources)
    if warning is not None and warning.from_notice_data:
        return "data", None, ()
    assert switch is not None, "warning_in_force holds: the session file gives it"
    return "notice", switch.section, ()


def warning_in_notice_words(warning: ChecklistWarning | None, switch: WarningSwitch) -> tuple[str, str, Condition]:
    """A warning the notice supports, as the checklist and the page both show it (title, words, candidates): the
    notice's own where its session file gives them (``WarningSwitch``), content/checklist.yaml's otherwise
    (``warning``); a warning only this notice gives (``warning`` None) is written whole in its file."""
    if warning is None:
        return switch.title, switch.text, switch.when
    return switch.title or warning.title, switch.text or warning.text, switch.when if switch.when is not None else warning.when


def registration_end(session: SessionFile) -> dt.date | None:
    """The last day of the session's registration: the closing, else the documents deadline."""
    closing = given(session.session.closing)
    if closing is not None:
        return closing.date
    deadline = session.deadlines.get("documents")
    at = given(deadline.at) if deadline else None
    return at.date if at is not None else None


def _dates_reported(year: int, session: SessionFile, end: dt.date) -> bool:
    """Whether the session's registration end (``registration_end``) is among the dates ``checks.check_session`` reports
    wrong: outside the academic year of session ``year`` (``academic_year_bounds``), or a closing not after the
    opening."""
    first, last = academic_year_bounds(year)
    return not first <= end <= last or session.session.closing_not_after_opening


# ---------------------------------------------------------------- checks of content/


def check_content_provenance(content, problems: Problems) -> None:
    """Every national statement, document, list and warning cites known national texts."""
    texts = content.texts.texts

    def known(sources, record, path: str) -> None:
        for i, source in enumerate(sources):
            if source not in texts:
                problems.add(record.where(f"sources[{i}]"), f"{path}[{i}]", f"texte national inconnu {quote(source)}{_nearest(source, texts)} (identifiants de content/texts.yaml)")

    for tid, text in texts.items():
        if text.until_session is not None and text.from_session is not None and text.until_session < text.from_session:
            problems.add(text.where("until_session"), f"texts.{tid}.until_session", f"{text.until_session} est avant from_session ({text.from_session}) ; corriger l'une des deux sessions")
    for topic_id, topic in content.topics.topics.items():
        for sid, statement in topic.statements.items():
            path = f"topics.{topic_id}.statements.{sid}"
            if not statement.sources:
                problems.add(statement.where("sources"), f"{path}.sources", "une règle nationale cite au moins un texte national (sources: [identifiant de content/texts.yaml]) ; ce qu'une notice dit sans texte s'écrit dans le fichier de son académie")
            known(statement.sources, statement, f"{path}.sources")
            match = _ABOUT_THE_NOTICE.search(statement.text)
            if match:
                from .checks import line_of  # (checks imports this module)

                problems.add(line_of(match.group(0), statement.where("text"), problems), f"{path}.text", f"{quote(match.group(0))} : une règle nationale ne parle pas à la place d'une notice ; écrire cette phrase dans le fichier de chaque académie dont la notice le dit")
    for did, document in content.documents.documents.items():
        if not document.sources:
            problems.add(document.where("sources"), f"documents.{did}.sources", "un document national cite au moins un texte national (identifiant de content/texts.yaml)")
        known(document.sources, document, f"documents.{did}.sources")
    for lid, lst in content.regulations.r408_lists.items():
        if lst.source not in texts:
            problems.add(lst.where("source"), f"r408_lists.{lid}.source", f"texte national inconnu {quote(lst.source)}{_nearest(lst.source, texts)} (identifiants de content/texts.yaml)")
    for wid, warning in content.checklist.warnings.items():
        known(warning.sources, warning, f"warnings.{wid}.sources")
        if warning.sources and warning.from_notice_data:
            problems.add(warning.where("sources"), f"warnings.{wid}.sources", "un avertissement tiré des données de la notice (from_notice_data: true) n'a pas de sources: ; retirer l'un des deux")


# ---------------------------------------------------------------- checks of a session


def check_session_provenance(year: int, session_file: SessionFile, content, problems: Problems, academy_name: str) -> None:
    """What the session shows of national content is in force for it, and what it says of it exists."""
    texts = content.texts.texts
    topics = content.topics.topics
    # (« de Aix-Marseille » said to staff: staffwalk62 L1)
    of = "d'" if academy_name[:1].lower() in "aeiouyéèêâîôûh" else "de "
    label = f"la session {year} {of}{academy_name}"
    end = registration_end(session_file)

    def changed(where, path: str, message: str) -> None:
        """National content that is not the same for this session as for the one before (a text no longer,
        or newly, in force). In a file being prepared from the previous session (``verify:`` at its top,
        ``generator.staff``), it is a thing to check on the new notice, not a problem: the publication
        refuses the draft anyway."""
        if session_file.verify is not None:
            # (the draft's own notice: « la nouvelle notice » was wrong of a draft written to archive a past session, staff71)
            problems.warn(where, path, f"{message} (fichier en préparation : à régler avec la notice de la session {year})", kind="verify")
        else:
            problems.add(where, path, message)

    # A text applied to a session must exist before the session's registration ends.
    used: set[str] = set()
    for topic in topics.values():
        for statement in statements_in_force(topic, texts, year).values():
            used.update(statement.sources)
    for document in documents_in_force(content.documents.documents, texts, year).values():
        used.update(document.sources)
    found = r408_list_in_force(content.regulations.r408_lists, texts, year)
    if found:
        used.add(found[1].source)
    for wid, warning in content.checklist.warnings.items():
        if warning.sources and warning_in_force(warning, session_file, wid, texts, year):
            used.update(warning.sources)
    if end is not None and _dates_reported(year, session_file, end):
        end = None  # (its own dates said wrong: a text checked against them would be said wrong too, a national file to
        # correct for a typo of the session's, a staff walk, stop 48 M1)
    for tid in sorted(used):
        text = texts[tid]
        date = given(text.date)
        if end is not None and date is not None and date > end:
            problems.add(
                text.where("from_session"),
                f"texts.{tid}.from_session",
                f"le texte {quote(text.title)} est daté du {date.isoformat()}, après la fin des inscriptions de {label} "
                f"({end.isoformat()}) : il ne peut pas s'y appliquer ; corriger from_session: (première session dont les inscriptions suivent le texte)",
            )

    # What the session says of national topics, documents and warnings refers to what is in force.
    session_topics = session_file.topics if session_file.topics is not NOT_GIVEN else {}
    for topic_id, own in session_topics.items():
        path = f"topics.{topic_id}"
        topic = topics.get(topic_id)
        if topic is None:
            if own.title is None:
                problems.add(session_file.where(path), path, f"rubrique inconnue {quote(topic_id)}{_nearest(topic_id, topics)} (une rubrique propre à la notice a un title: ; sinon, écrire un identifiant de content/topics.yaml)")
            for name in ("replace", "drop"):
                if getattr(own, name):
                    problems.add(own.where(name), f"{path}.{name}", f"la rubrique {quote(topic_id)} n'a pas de phrase nationale à modifier ; écrire ce que dit la notice sous notice:")
            for i, statement in enumerate(own.notice):
                if statement.after is not None:
                    problems.add(
                        statement.where("after"), f"{path}.notice[{i}].after",
                        f"la rubrique {quote(topic_id)} n'a pas de phrase nationale après laquelle placer celle-ci ; retirer after: (les phrases suivent l'ordre de notice:)",
                    )
            continue
        shown = statements_in_force(topic, texts, year)
        for name in ("replace", "drop"):
            for sid in getattr(own, name):
                if sid in shown and shown[sid].wording_changed:
                    # the rule in force, replaced by a notice's words the national team knows outdated (a staff walk,
                    # stop 49 M7: « en règle avec cette double obligation », the 1997 wording, in place of the JDC alone);
                    # or left out (drop:) with those words under notice:, which shows the same (review57 L9)
                    done = ("ne se remplace pas par les mots d'une notice" if name == "replace"
                            else "ne se retire pas (drop:), même pour les mots d'une notice")
                    move = (f"déplacer ce texte sous notice: (avec section: et after: {sid}, qui le place juste après elle)"
                            if name == "replace" else
                            f"retirer cette ligne drop:, écrire les mots de la notice sous notice: (avec section: et after: "
                            f"{sid}, qui les place juste après elle)")
                    problems.add(
                        own.where(f"{name}.{sid}"), f"{path}.{name}.{sid}",
                        f"la phrase nationale {quote(sid)} {done} : la règle a changé depuis des mots que des notices "
                        f"redisent encore ({shown[sid].wording_changed}) ; garder la phrase nationale : {move}, et dire "
                        f"l'écart sous source_notes:",
                    )
                    continue
                if sid in shown:
                    continue
                if sid in topic.statements:
                    why = f"la phrase nationale {quote(sid)} ne s'applique pas à {label} (ses textes n'y sont pas en vigueur) ; retirer cette ligne"
                    changed(own.where(f"{name}.{sid}"), f"{path}.{name}.{sid}", why)
                    continue
                why = f"phrase nationale inconnue {quote(sid)}{_nearest(sid, topic.statements)} (phrases de la rubrique : {', '.join(topic.statements) or 'aucune'})"
                problems.add(own.where(f"{name}.{sid}"), f"{path}.{name}.{sid}", why)
        for i, statement in enumerate(own.notice):
            sid, where, at = statement.after, statement.where("after"), f"{path}.notice[{i}].after"
            if sid is None or (sid in shown and (sid not in own.drop or shown[sid].wording_changed)):
                continue  # (a drop: of a statement whose wording changed is refused above: its after: is the one advised)
            if sid in own.drop:
                problems.add(where, at, f"la phrase nationale {quote(sid)} n'est pas affichée (drop:) : celle-ci ne peut venir après elle ; retirer after: ou la ligne drop: {sid}")
            elif sid in topic.statements:
                changed(where, at, f"la phrase nationale {quote(sid)} ne s'applique pas à {label} (ses textes n'y sont pas en vigueur) : celle-ci ouvre la rubrique ; retirer after:")
            else:
                problems.add(where, at, f"phrase nationale inconnue {quote(sid)}{_nearest(sid, topic.statements)} (phrases de la rubrique : {', '.join(topic.statements) or 'aucune'})")
    for topic_id, topic in topics.items():
        own = session_topics.get(topic_id)
        dropped = set(own.drop) | set(own.replace) if own else set()
        for sid, statement in statements_in_force(topic, texts, year).items():
            if sid in dropped:
                continue
            for claim in statement.claims:
                if not _claim_holds(claim, session_file):
                    changed(
                        session_file.where("topics") or session_file.origin,
                        f"topics.{topic_id}",
                        f"la phrase nationale {quote(sid)} de la rubrique {quote(topic_id)} s'appuie sur « {claim} », que cette notice ne donne pas ; "
                        f"écrire topics: {topic_id}: drop: {sid}: (pourquoi) ou replace: avec les mots de la notice",
                    )

    in_force = documents_in_force(content.documents.documents, texts, year)
    national = content.documents.documents
    for did, mention in session_file.national_documents.items():
        if did not in in_force:
            report = changed if did in national else problems.add
            why = (_not_in_force(did, national, in_force, f"la clé {quote(did)} de national_documents:", "cette entrée de national_documents:")
                   if did in national else f"inconnu{_national_hint(did, national)} (voir la page « les identifiants » du guide du personnel)")
            report(session_file.where(f"national_documents.{did}"), f"national_documents.{did}", f"document national {quote(did)} {why}")
    documents = session_file.documents if session_file.documents is not NOT_GIVEN else ()
    for i, document in enumerate(documents):
        for j, did in enumerate(document.covers):
            if did not in in_force:
                report = changed if did in national else problems.add
                line = "covers:" if len(document.covers) == 1 else f"{quote(did)} de covers:"
                why = (_not_in_force(did, national, in_force, f"{quote(did)} dans covers:", line)
                       if did in national else f"inconnu{_national_hint(did, national)} (voir la page « les identifiants » du guide du personnel)")
                if did not in national:
                    # (a piece only this notice asks for, given a made-up national id: staffwalk54 L1, the fix said)
                    why += (f" ; ou, si c'est une pièce propre à la notice (qu'aucun texte national ne demande), retirer {line}"
                            if ids_meant(did, national) else
                            f" ; une pièce propre à la notice, qu'aucun texte national ne demande, n'a pas de covers: : retirer {line}")
                report(document.where(f"covers[{j}]"), f"documents[{i}].covers[{j}]", f"document national {quote(did)} {why}")
            elif did in session_file.national_documents:
                problems.add(document.where(f"covers[{j}]"), f"documents[{i}].covers[{j}]", f"{quote(did)} est aussi sous national_documents: ; garder l'un des deux")

    warnings = content.checklist.warnings
    for wid, switch in session_file.warnings.items():
        warning = warnings.get(wid)
        where = session_file.where(f"warnings.{wid}")
        missing = [f"{name}:" for name in OWN_WARNING_FIELDS if getattr(switch, name) is None]
        if warning is None and missing:
            problems.add(
                where, f"warnings.{wid}",
                f"avertissement inconnu {quote(wid)}{_nearest(wid, warnings)} (voir content/checklist.yaml) ; pour un "
                "avertissement que seule cette notice donne, écrire title:, text: et when: (son titre, les mots de la "
                f"notice, les candidats à qui elle le dit ; when: {{}} : tous) ; il manque : {', '.join(missing)}",
            )
        elif warning is None and any(_typo_of(wid, shared) for shared in warnings):
            # the notice's own warning, complete; its identifier is close to a shared one's (a typo of it?)
            problems.warn(
                where, f"warnings.{wid}",
                f"identifiant absent de content/checklist.yaml, lu comme un avertissement propre à cette notice{_nearest(wid, warnings)} "
                "Si c'est lui, corriger l'identifiant ; sinon, rien à faire",
            )
        elif warning is not None and warning.from_notice_data:
            problems.add(where, f"warnings.{wid}", f"l'avertissement {quote(wid)} s'affiche de lui-même (il découle des données de la notice) ; retirer cette ligne")
        elif warning is not None and warning.sources and not texts_in_force(texts, warning.sources, year):
            cited = "; ".join(f"{texts[s].title}, en vigueur {sessions_in_force_words([texts[s]])}" for s in warning.sources if s in texts)
            changed(
                where, f"warnings.{wid}",
                f"l'avertissement {quote(wid)} découle d'un texte national qui ne s'applique pas à {label}"
                f"{f' ({cited})' if cited else ''} ; si la notice le dit elle-même, l'écrire sous un identifiant propre "
                "à la notice, avec title:, text: (ses mots) et when: (les candidats à qui elle le dit) ; sinon retirer "
                "cette ligne",
            )
        elif warning is not None and warning.sources and switch.when is not None:
            problems.add(
                switch.where("when"), f"warnings.{wid}.when",
                f"l'avertissement {quote(wid)} découle d'un texte national : il s'adresse aux candidats que désigne "
                "content/checklist.yaml, et cette ligne ne donne que l'endroit de la notice qui le rappelle (et, au "
                "besoin, ses mots : title:, text:) ; retirer when: (la ligne lue est citée ci-dessous)",
            )


def sessions_in_force_words(texts) -> str:
    """The sessions texts are all in force for, in words (« à partir de la session 2024 », « toutes »): the staff guide's
    list of national documents, and validate's message on a national warning a session places too early."""
    if any(t is None for t in texts):
        return ""
    first = max((t.from_session for t in texts if t.from_session is not None), default=None)
    last = min((t.until_session for t in texts if t.until_session is not None), default=None)
    if first is None and last is None:
        return "toutes"
    if last is None:
        return f"à partir de la session {first}"
    if first is None:
        return f"jusqu'à la session {last}"
    if first > last:
        return "aucune (ses textes ne sont jamais en vigueur ensemble)"
    return f"de la session {first} à la session {last}"


def _claim_holds(claim: str, session: SessionFile) -> bool:
    if claim == "documents_deadline":
        deadline = session.deadlines.get("documents")
        return deadline is not None and deadline.at is not NOT_GIVEN
    value = getattr(session, claim)
    return value is not NOT_GIVEN and bool(value)

