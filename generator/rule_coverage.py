"""Stage 2 (check), last: document rules that no situation triggers, or that every situation triggers.

For each session, every document the checklist works on (the notice's items and
the national documents in force for the session, with their effective conditions,
as ``generator.merge`` resolves them) is tried by the checklist engine itself
(``generator.reachability.never_holds`` over the compiled ruleset):

- a rule whose condition no combination of answers fulfils is never asked of anyone;
- a rule written with a condition that every combination fulfils is asked of
  everyone, whatever the condition says;
- two notice items that cover the same national document (``covers:``) for
  one same candidate: that candidate would be asked both (Nantes 2026 has three
  items for the JDC, one per training route: no candidate is on two routes).

Both are reported as *warnings* (``Problems.warn``): the page and the checklist
still agree (the page states the condition in words), and a notice may say
something the questions of content/questions.yaml cannot reach, which staff could
not fix by editing their file; a warning tells them without blocking publication.
The check runs only on a project with no problem (the merge needs valid data),
so its warnings appear once everything else is fixed, and only on sessions that are
not drafts (``generator.staff.drafts``): a draft's dates and categories are still
« to fill in », and what they leave unreachable is not yet the notice's.
"""

from __future__ import annotations

import itertools

from .checklist.compile import compiled_ruleset
from .loading import Project
from .merge import built_notice
from .model.conditions import Condition
from .problems import Location, Problems, quote
from .reachability import Memo, never_holds
from .staff.drafts import is_draft

_ALWAYS = Condition.always()


def check_rule_coverage(project: Project, problems: Problems) -> dict[tuple[str, int], dict]:
    """Warn about every document rule of every session that never applies, or always applies while conditional.
    Returns the compiled checklist of each session it checked, by (slug, year), for the staff's lint."""
    rulesets: dict[tuple[str, int], dict] = {}
    if problems or not project.content.complete():
        return rulesets
    content = project.content
    memo = Memo()  # (this check's run: each ruleset's combinations normalised once, perf55 H1)
    for slug, data in sorted(project.academies.items()):
        if data.academy is None:
            continue
        for year in sorted(data.sessions):
            if is_draft(data.academy, data.sessions[year]):
                continue
            notice = built_notice(project, slug, year)  # (the build's own: merged once, speed56)
            ruleset = rulesets[slug, year] = compiled_ruleset(notice, content.checklist)  # (the page's too)
            own = {entry.id: (i, entry) for i, entry in enumerate(notice.section("documents") or ())}
            for document in notice.documents:
                if document.national:
                    written = content.documents.documents[document.national]
                    where, path = written.where("when"), f"documents.{document.national}.when"
                    whose = f" pour la session {year} de {data.academy.name}"
                else:
                    i, written = own[document.id]
                    where, path = written.where("when"), f"documents[{i}].when"
                    whose = ""
                    if document.exemption is not None:  # covers: a national document, whose exemption applies to it
                        whose = " (avec la dispense du document national qu'elle couvre, covers:)"
                _check(document.label, document.when, written.when, ruleset, where, path, whose, problems, memo)
            _check_covers_once(notice, own, content, ruleset, problems, memo)
    return rulesets


def _check(label: str, effective: Condition, written: Condition, ruleset: dict, where: Location | None, path: str, whose: str, problems: Problems, memo: Memo) -> None:
    if never_holds(effective, ruleset, memo):
        problems.warn(
            where, path,
            f"la pièce {quote(label)} ne s'applique à aucun candidat{whose} : aucune combinaison de réponses aux questions "
            "de la liste personnalisée ne remplit sa condition ; vérifier when: (une question posée seulement à d'autres "
            "candidats ? deux choix qui s'excluent ?)",
        )
    elif written != _ALWAYS and never_holds(Condition("not", children=(effective,)), ruleset, memo):
        problems.warn(
            where, path,
            f"la pièce {quote(label)} s'applique à tous les candidats{whose} alors que sa condition when: en pose une : "
            "toutes les réponses la remplissent ; retirer when: (pièce demandée à tous) ou la corriger",
        )


def _check_covers_once(notice, own: dict, content, ruleset: dict, problems: Problems, memo: Memo) -> None:
    """Warn when two notice items cover one national document and some candidate fulfils both conditions."""
    items = [d for d in notice.documents if not d.national and d.covers]
    for first, second in itertools.combinations(items, 2):
        for national in sorted(set(first.covers) & set(second.covers)):
            if never_holds(Condition.all_of(first.when, second.when), ruleset, memo):
                continue
            i, written = own[second.id]
            name = content.documents.documents[national].label if national in content.documents.documents else national
            line = own[first.id][1].where("covers")
            problems.warn(
                written.where("covers"), f"documents[{i}].covers",
                f"les pièces {quote(first.label)}{f' (ligne {line.line})' if line else ''} et {quote(second.label)} "
                f"couvrent toutes deux le document national {quote(name)} ({national}), et certains candidats remplissent "
                "les deux conditions when: : ils verraient les deux pièces ; si la notice demande l'une ou l'autre, "
                "écrire des conditions qui s'excluent (une par voie de formation, par exemple), sinon retirer "
                f"{national} du covers: de l'une",
            )
