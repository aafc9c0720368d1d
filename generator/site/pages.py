"""Notices → Markdown pages, as pure functions (no MkDocs needed).

``site_files(notices, today)`` returns every generated file of the site as
``{path inside docs: str | bytes}``; the MkDocs hook only hands them over.
Every YAML value goes through ``text.md``/``text.md_block`` (escaped, French
typography); dates through ``dates`` (weekday derived from the date).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from ..merge import Notice, ResolvedDocument
from ..model.academy import Office
from ..model.conditions import Condition
from ..model.specialties import SpecialtyRef
from . import dates, ics, timeline
from .text import attr, cell, link, md, md_block, of

HOW_WORDS = {
    "individual": "Vous vous inscrivez vous-même sur CYCLADES",
    "establishment": "Votre établissement de formation vous inscrit",
    "elsewhere": "Autre démarche (voir les précisions)",
}
ROUTE_WORDS = {"scolaire": "voie scolaire", "apprenti": "apprentissage", "formation_continue": "formation continue"}
ESTABLISHMENT_ROUTES = ("scolaire", "apprenti", "formation_continue")
DEFAULT_GROUP = "Autres pièces"


# ---------------------------------------------------------------- paths


def notice_dir(notice: Notice) -> str:
    return f"{notice.slug}/{notice.year}"


def notice_path(notice: Notice) -> str:
    return f"{notice_dir(notice)}/index.md"


def establishment_path(notice: Notice) -> str:
    return f"{notice_dir(notice)}/etablissements.md"


def checklist_path(notice: Notice) -> str:
    return f"{notice_dir(notice)}/liste-personnalisee.md"


def ics_path(notice: Notice) -> str:
    return f"{notice_dir(notice)}/{ics.filename(notice)}"


def has_establishment_page(notice: Notice) -> bool:
    return notice.session.session.audience == "establishment"


# ---------------------------------------------------------------- helpers


def last_date(notice: Notice) -> dt.datetime | None:
    """The last instant of the session's registration: closing or latest deadline."""
    instants = [d.end for d in notice.deadlines]
    if notice.closing is not None:
        instants.append(notice.closing)
    return max(instants) if instants else None


def is_past(notice: Notice, today: dt.date) -> bool:
    """A session is past when every registration date of its notice is before today."""
    last = last_date(notice)
    return last is not None and last.date() < today


def specialty_name(notice: Notice, ref: SpecialtyRef | str) -> str:
    """« Maintenance des systèmes option B » from a reference or an id."""
    if isinstance(ref, str):
        ref = SpecialtyRef.parse(ref)
    spec = notice.specialties.get(ref.specialty)
    name = spec.name if spec else ref.specialty
    if spec and spec.abbreviation:
        name = f"{name} ({spec.abbreviation})"
    if ref.option:
        option = spec.options.get(ref.option) if spec else None
        name += f", {option}" if option and option != f"option {ref.option}" else f", option {ref.option}"
    return name


def _value_words(notice: Notice, question_id: str, value: str) -> str:
    question = notice.questions.get(question_id)
    if question is None:
        return value
    if question.kind == "specialty":
        return specialty_name(notice, value)
    if question.kind == "option":
        return f"option {value}"
    return question.choices.get(value, value)


def condition_words(notice: Notice, cond: Condition) -> str:
    """A ``when:`` condition in words, with the questions' labels (plain text)."""
    if cond.kind == "all" and not cond.children:
        return "Tous les candidats"
    if cond.kind == "test":
        question = notice.questions.get(cond.question)
        label = question.label if question else cond.question
        values = [_value_words(notice, cond.question, v) for v in cond.values]
        if label.rstrip().endswith("?"):
            return f"{label} Réponse : " + " ou ".join(f"« {v} »" for v in values)
        return f"{label} : " + " ou ".join(values)
    if cond.kind == "not":
        return f"sauf si ({condition_words(notice, cond.children[0])})"
    parts = [condition_words(notice, c) for c in cond.children]
    if cond.kind == "any":
        return "au moins un des cas suivants : " + " ; ou ".join(f"({p})" for p in parts)
    return " ; et ".join(parts)


def _route_fit(cond: Condition, route: str) -> str:
    """Does the condition hold for a candidate of this route? « yes », « no » or « maybe »."""
    if cond.kind == "all" and not cond.children:
        return "yes"
    if cond.kind == "test":
        if cond.question == "route":
            return "yes" if route in cond.values else "no"
        return "maybe"
    results = [_route_fit(c, route) for c in cond.children]
    if cond.kind == "not":
        return {"yes": "no", "no": "yes", "maybe": "maybe"}[results[0]]
    if cond.kind == "any":
        return "yes" if "yes" in results else ("maybe" if "maybe" in results else "no")
    return "no" if "no" in results else ("maybe" if "maybe" in results else "yes")


def table(headers: list[str], rows: Iterable[list[str]], caption: str) -> str:
    """A Markdown table inside a focusable horizontally scrollable region (360 px screens)."""
    lines = ["| " + " | ".join(headers) + " |", "|" + "|".join(" --- " for _ in headers) + "|"]
    lines += ["| " + " | ".join(r) + " |" for r in rows]
    return (
        f'<div class="bts-scroll" role="region" tabindex="0" aria-label="{attr(caption)}" markdown>\n\n'
        + "\n".join(lines)
        + "\n\n</div>"
    )


def deadline_words(notice: Notice, deadline_id: str | None) -> str:
    if not deadline_id:
        return ""
    d = notice.deadline(deadline_id)
    return f"{d.label} : {dates.moment(d.end, d.has_time, notice.tz)}"


def _phone_link(phone: str) -> str:
    return f"[{md(phone)}](<tel:+33{phone.replace(' ', '')[1:]}>)"


def office_block(office: Office, level: str = "###") -> str:
    out = [f"{level} {md(office.name)}", ""]
    if office.role:
        out += [md_block(office.role), ""]
    items = []
    for email in office.emails:
        items.append(f"- Courriel : [{md(email)}](<mailto:{email}>)")
    for phone in office.phones:
        items.append(f"- Téléphone : {_phone_link(phone)}")
    if office.address:
        items.append("- Adresse postale : " + ", ".join(md(line) for line in office.address))
    if office.url:
        items.append(f"- Page web : {link(office.url, office.url)}")
    if items:
        out += items + [""]
    if office.note:
        out += [md_block(office.note), ""]
    return "\n".join(out)


# ---------------------------------------------------------------- events


def events(notice: Notice) -> list[timeline.Event]:
    out = []
    if notice.opening is not None:
        out.append(timeline.Event(notice.opening, notice.opening_has_time, "Ouverture des inscriptions sur CYCLADES", "window"))
    if notice.closing is not None:
        out.append(timeline.Event(notice.closing, notice.closing_has_time, "Clôture des inscriptions sur CYCLADES", "window"))
    for d in notice.deadlines:
        out.append(timeline.Event(d.end, d.has_time, d.label, d.kind))
    return out


# ---------------------------------------------------------------- notice page


@dataclass(frozen=True)
class Extras:
    """Optional pages linked from the notice (computed by ``site_files``)."""

    checklist: bool = False


def _title(notice: Notice) -> str:
    return f"Académie {of(notice.academy.name)} — BTS session {notice.year}"


def _header(notice: Notice, today: dt.date, extras: Extras) -> list[str]:
    info = notice.session.session
    out = [f"# {md(_title(notice))}", "", f"**{md(info.title)}**", ""]
    if is_past(notice, today):
        out += ['!!! warning "Session passée"', "", f"    Les inscriptions de cette session sont closes. Cette page est gardée en archive.", ""]
    facts = []
    if info.notice_date:
        facts.append(f"- Notice du {md(dates.day(info.notice_date))}")
    if info.reference:
        facts.append(f"- Texte de référence : {md(info.reference)}")
    audience = "aux établissements de formation" if info.audience == "establishment" else "aux candidats individuels"
    facts.append(f"- Notice destinée {audience}")
    if notice.opening:
        facts.append(f"- Ouverture des inscriptions : **{md(dates.moment(notice.opening, notice.opening_has_time, notice.tz, end_of_day_words=False))}**")
    if notice.closing:
        facts.append(f"- Clôture des inscriptions : **{md(dates.moment(notice.closing, notice.closing_has_time, notice.tz))}**")
    if "documents" in {d.id for d in notice.deadlines}:
        d = notice.deadline("documents")
        facts.append(f"- {md(d.label)} : **{md(dates.moment(d.end, d.has_time, notice.tz))}**")
    facts.append(f"- [Ajouter ces dates à votre agenda (fichier .ics)]({ics.filename(notice)})")
    if has_establishment_page(notice):
        facts.append("- [Page des établissements : démarche dans CYCLADES et pièces par voie de formation](etablissements.md)")
    if extras.checklist:
        facts.append("- [Votre liste personnalisée de pièces et d'étapes](liste-personnalisee.md)")
    out += facts + [""]
    return out


def _who(notice: Notice) -> list[str]:
    out = ["## Qui s'inscrit et comment", ""]
    rows = []
    for c in notice.session.who:
        routes = ", ".join(ROUTE_WORDS.get(r, r) for r in c.routes)
        rows.append([md(c.label), md(HOW_WORDS[c.how]), cell(routes), cell(c.detail)])
    out += [table(["Votre situation", "Comment vous inscrire", "Voies de formation", "Précisions"], rows, "Qui s'inscrit et comment"), ""]
    by_establishment = [c for c in notice.session.who if c.how == "establishment"]
    if by_establishment:
        out += ["Ne vous inscrivez pas vous-même si vous êtes dans l'un de ces cas : c'est votre établissement qui vous inscrit.", ""]
        out += [f"- {md(c.label)}" for c in by_establishment] + [""]
    elsewhere = [c for c in notice.session.who if c.how == "elsewhere"]
    if elsewhere:
        out += ["Autre démarche :", ""] + [f"- {md(c.label)}" + (f" : {md(c.detail)}" if c.detail else "") for c in elsewhere] + [""]
    return out


def step_heading(i: int, title: str) -> str:
    """« Étape 2 : Saisie », or the title alone when the notice numbers its steps itself."""
    return f"### {md(title)}" if title[:1].isdigit() else f"### Étape {i} : {md(title)}"


def _steps(notice: Notice) -> list[str]:
    if not notice.session.steps:
        return []
    out = ["## Les étapes sur CYCLADES", ""]
    for i, step in enumerate(notice.session.steps, 1):
        out += [step_heading(i, step.title), "", md_block(step.text), ""]
        if step.deadline:
            out += [f"Date limite : **{md(deadline_words(notice, step.deadline))}**", ""]
    return out


def _dates(notice: Notice) -> list[str]:
    info = notice.session.session
    out = ["## Dates à retenir", ""]
    rows = []
    if notice.opening:
        rows.append([md(dates.moment(notice.opening, notice.opening_has_time, notice.tz, end_of_day_words=False)), "Ouverture des inscriptions sur CYCLADES", "Inscriptions", "—"])
    if notice.closing:
        rows.append([md(dates.moment(notice.closing, notice.closing_has_time, notice.tz)), "Clôture des inscriptions sur CYCLADES", "Date limite", "—"])
    for d in sorted(notice.deadlines, key=lambda d: (d.end, d.id)):
        notes = []
        if d.strict:
            notes.append("Délai de rigueur : aucun dépôt hors délai n'est accepté.")
        if d.words:
            notes.append(f"Mots de la notice : « {d.words} »")
        if d.note:
            notes.append(d.note)
        rows.append([md(dates.moment(d.end, d.has_time, notice.tz)), md(d.label), "Date limite" if d.kind == "deadline" else "Information", cell(" ".join(notes))])
    out += [table(["Date", "Ce qui se passe", "Nature", "Précisions"], rows, "Dates à retenir"), ""]
    if info.dates_note:
        out += [md_block(info.dates_note), ""]
    if info.age_reference_date:
        out += [f"Date de référence pour l'âge (journée défense et citoyenneté) : **{md(dates.day(info.age_reference_date))}**.", ""]
        if info.age_reference_note:
            out += [md_block(info.age_reference_note), ""]
    evs = events(notice)
    if evs:
        ident = f"frise-{notice.slug}-{notice.year}"
        out += [
            "### Frise chronologique",
            "",
            f'<figure class="bts-figure">{timeline.svg(evs, notice.tz, ident)}<figcaption>Les mêmes dates en texte, dans l\'ordre :</figcaption></figure>',
            "",
            timeline.text_equivalent(evs, notice.tz),
            "",
        ]
    return out


def _document_rows(notice: Notice, docs: Iterable[ResolvedDocument]) -> list[list[str]]:
    rows = []
    for doc in docs:
        details = []
        if doc.detail:
            details.append(doc.detail)
        if doc.source:
            details.append(f"Source : {doc.source}")
        d = notice.deadline(doc.deadline)
        when = dates.moment(d.end, d.has_time, notice.tz)
        rows.append([md(doc.label), md(condition_words(notice, doc.when)), md(when if doc.deadline == "documents" else f"{d.label} : {when}"), cell(" ".join(details))])
    return rows


def _documents(notice: Notice) -> list[str]:
    out = ["## Pièces justificatives", ""]
    out += ["Les pièces se déposent sur CYCLADES. Chaque tableau reprend une rubrique de la notice ; la colonne « Pour qui » dit dans quels cas la pièce est exigée.", ""]
    groups: dict[str, list[ResolvedDocument]] = {}
    for doc in notice.documents:
        groups.setdefault(doc.group or DEFAULT_GROUP, []).append(doc)
    headers = ["Pièce", "Pour qui", "Date limite", "Précisions"]
    for group, docs in groups.items():
        out += [f"### {md(group)}", "", table(headers, _document_rows(notice, docs), group), ""]
    return out


def _topics(notice: Notice) -> list[str]:
    if not notice.topics:
        return []
    out = ["## Points de vigilance", ""]
    for topic in notice.topics:
        out += [f"### {md(topic.title)}", ""]
        if topic.replace is not None:
            out += [md_block(topic.replace), "", f"*Texte de l'académie, qui remplace le texte national. Source : {md(topic.local_source or notice.session.session.title)}*", ""]
        else:
            out += [md_block(topic.national_text), "", f"*Source : {md(topic.national_source)}*", ""]
        if topic.local is not None:
            out += [f"**Précision de l'académie {md(of(notice.academy.name))} :**", "", md_block(topic.local), ""]
            if topic.local_source:
                out += [f"*Source : {md(topic.local_source)}*", ""]
    return out


def _exam_adjustment(notice: Notice) -> list[str]:
    adj = notice.session.exam_adjustment
    if adj is None:
        return []
    channel = {
        "postal": "par courrier",
        "application": "en ligne",
        "doctor": "par un dossier adressé au médecin désigné par la CDAPH",
        "website": "selon la procédure du site de l'académie",
    }[adj.channel]
    out = ["## Aménagement d'épreuves", "", f"La demande se fait {channel}.", "", md_block(adj.how), ""]
    items = []
    if adj.send_to:
        items.append(f"- À envoyer à : {md(adj.send_to)}")
    if adj.application:
        items.append(f"- Application : {link(adj.application.name, adj.application.url)} ({md(adj.application.url)})")
    if adj.url:
        items.append(f"- Informations et dossier : {link(adj.url, adj.url)}")
    if adj.deadline:
        items.append(f"- Date limite : **{md(deadline_words(notice, adj.deadline))}**")
    if adj.decision:
        items.append(f"- Décision : {md(adj.decision)}")
    if adj.renewal:
        items.append(f"- Reconduction : {md(adj.renewal)}")
    if adj.declare_in_cyclades:
        items.append(f"- Dans CYCLADES : {md(adj.declare_in_cyclades)}")
    return out + items + [""]


def _r408(notice: Notice) -> list[str]:
    req = notice.session.r408
    if req is None or notice.r408 is None:
        return []
    lst = notice.r408
    out = ["## Attestation R408 (échafaudages de pied)", "", f"Liste fixée par : {md(lst.reference)}.", ""]
    rows = []
    for entry in lst.specialties:
        annexes = " et ".join(f"annexe {a}" for a in entry.annexes) if entry.annexes else "non précisées par la notice"
        rows.append([md(specialty_name(notice, entry.specialty)), md(annexes), cell(entry.words)])
    out += [table(["Spécialité", "Annexes de la recommandation R408", "Intitulé dans la notice"], rows, "Spécialités concernées par l'attestation R408"), ""]
    if lst.note:
        out += [md_block(lst.note), ""]
    if req.waiver:
        out += [f"**Dispense :** {md(req.waiver)}", ""]
    if req.source:
        out += [f"*Source : {md(req.source)}*", ""]
    return out


def _maintenance(notice: Notice) -> list[str]:
    docs = [d for d in notice.documents if any(t.question == "specialty" and any(v.startswith("maintenance_systemes") for v in t.values) for t in d.when.tests())]
    if not docs:
        return []
    out = ["## BTS Maintenance des systèmes : attestations", "", "Attestations de formation exigées des candidats au BTS Maintenance des systèmes :", ""]
    out += [table(["Pièce", "Pour qui", "Date limite", "Précisions"], _document_rows(notice, docs), "Attestations Maintenance des systèmes"), ""]
    return out


def _forms(notice: Notice) -> list[str]:
    if not notice.session.forms:
        return []
    out = ["## Formulaires", ""]
    for form in notice.session.forms:
        out += [f"### {md(form.title)}", "", md_block(form.purpose), ""]
        if form.url:
            out += [f"Télécharger : {link(form.url, form.url)}", ""]
        if form.source:
            out += [f"*Source : {md(form.source)}*", ""]
        if form.text:
            out += ["Texte du formulaire :", ""]
            out += ["\n".join(("> " + line) if line else ">" for line in md_block(form.text).splitlines()), ""]
    return out


def _contacts(notice: Notice) -> list[str]:
    academy = notice.academy
    out = ["## Contacts", "", office_block(academy.exam_office)]
    for office in (academy.positioning_office, academy.vae_office, *notice.session.contacts):
        if office is not None:
            out.append(office_block(office))
    s = notice.session
    if s.specialty_contacts:
        out += ["### Gestionnaires par spécialité", ""]
        rows = []
        for group in s.specialty_contacts:
            names = "<br>".join(md(specialty_name(notice, ref)) for ref in group.specialties)
            phones = "<br>".join(_phone_link(p) for p in group.phones)
            rows.append([names, phones or "—", cell(group.words)])
        out += [table(["Spécialités", "Téléphone", "Ligne de la notice"], rows, "Gestionnaires par spécialité"), ""]
        if s.specialty_contacts_note:
            out += [md_block(s.specialty_contacts_note), ""]
    if s.managing_academies:
        out += ["### Spécialités organisées par une autre académie", ""]
        rows = [[md(specialty_name(notice, m.specialty)), md(m.academy), link(m.url, m.url) if m.url else "—"] for m in s.managing_academies]
        out += [table(["Spécialité", "Académie organisatrice", "Page"], rows, "Académies organisatrices"), ""]
    if s.managing_academies_note:
        out += [md_block(s.managing_academies_note), ""]
    return out


def _links(notice: Notice) -> list[str]:
    academy = notice.academy
    items = [f"- Site de l'académie : {link(academy.website, academy.website)}"]
    if academy.bts_page:
        items.append(f"- Page BTS de l'académie : {link(academy.bts_page, academy.bts_page)}")
    for item in notice.session.links:
        items.append(f"- {md(item.label)} : {link(item.url, item.url)}")
    return ["## Liens utiles", "", *items, ""]


def _sources(notice: Notice) -> list[str]:
    out = ["## Précisions sur la source", ""]
    info = notice.session.session
    out += [f"Ce guide reprend la notice « {md(info.title)} » de l'académie {md(of(notice.academy.name))}, session {notice.year}.", ""]
    if notice.academy.departments_source:
        out += [f"**Départements :** {md(notice.academy.departments_source)}", ""]
    if notice.session.source_notes:
        rows = [[md(n.about), md(n.words), md(n.note)] for n in notice.session.source_notes]
        out += [table(["Sujet", "Mots de la source", "Ce que le guide en fait"], rows, "Précisions sur la source"), ""]
    return out


def _departments(notice: Notice) -> list[str]:
    deps = ", ".join(f"{md(d.name)} ({md(d.code)})" for d in notice.academy.departments)
    return [f"Cette notice concerne les candidats qui résident dans l'un de ces départements : {deps}.", ""]


def notice_page(notice: Notice, today: dt.date, extras: Extras = Extras()) -> str:
    """The full notice page of one academy and session, as Markdown."""
    parts = (
        _header(notice, today, extras)
        + _departments(notice)
        + _who(notice)
        + _dates(notice)
        + _steps(notice)
        + _documents(notice)
        + _maintenance(notice)
        + _r408(notice)
        + _exam_adjustment(notice)
        + _topics(notice)
        + _forms(notice)
        + _contacts(notice)
        + _links(notice)
        + _sources(notice)
    )
    return "\n".join(parts).rstrip() + "\n"


# ---------------------------------------------------------------- establishment page


def establishment_page(notice: Notice, today: dt.date) -> str:
    """What the establishment does in CYCLADES, and the documents by training route."""
    guide = notice.session.establishment_guide
    out = [f"# {md(_title(notice))} : établissements", ""]
    if is_past(notice, today):
        out += ['!!! warning "Session passée"', "", "    Les inscriptions de cette session sont closes. Cette page est gardée en archive.", ""]
    out += ["Cette page s'adresse aux établissements de formation qui inscrivent leurs élèves, apprentis et stagiaires. [Retour à la notice](index.md)", ""]
    if guide is not None:
        out += ["## Démarche de l'établissement dans CYCLADES", ""]
        for i, step in enumerate(guide.steps, 1):
            out += [step_heading(i, step.title), "", md_block(step.text), ""]
            if step.menu:
                out += [f"- Menu de CYCLADES : {md(step.menu)}"]
            if step.memo:
                out += [f"- Fiche mémo : {md(step.memo)}"]
            if step.menu or step.memo:
                out.append("")
        if guide.candidate_states:
            rows = [[md(name), md(meaning)] for name, meaning in guide.candidate_states.items()]
            out += ["## États d'une candidature", "", table(["État", "Signification"], rows, "États d'une candidature"), ""]
        if guide.document_states:
            rows = [[cell(s.colour), md(s.meaning)] for s in guide.document_states]
            out += ["## États du dépôt des pièces", "", table(["Couleur", "Signification"], rows, "États du dépôt des pièces"), ""]
        if guide.states_note:
            out += [md_block(guide.states_note), ""]
    out += ["## Pièces justificatives par voie de formation", ""]
    out += ["« Oui » : pièce exigée de tous les candidats de la voie ; « Selon le cas » : exigée dans les cas de la colonne « Pour qui » ; « Non » : jamais exigée pour cette voie.", ""]
    fit_words = {"yes": "Oui", "maybe": "Selon le cas", "no": "Non"}
    rows = []
    for doc in notice.documents:
        fits = [fit_words[_route_fit(doc.when, r)] for r in ESTABLISHMENT_ROUTES]
        rows.append([md(doc.label), *fits, md(condition_words(notice, doc.when))])
    out += [table(["Pièce", "Scolaire", "Apprenti", "Formation continue", "Pour qui"], rows, "Pièces par voie de formation"), ""]
    return "\n".join(out).rstrip() + "\n"


# ---------------------------------------------------------------- home page


def home_page(notices: list[Notice], today: dt.date) -> str:
    """Find your academy by department; current session first, older ones as an archive."""
    by_academy: dict[str, list[Notice]] = {}
    for n in notices:
        by_academy.setdefault(n.slug, []).append(n)
    out = [
        "# Inscription au BTS sur CYCLADES",
        "",
        "Ce guide reprend, académie par académie, la notice d'inscription au brevet de technicien supérieur (BTS) : qui s'inscrit, les dates limites, les pièces justificatives, les contacts.",
        "",
        "On s'inscrit dans l'académie de son lieu de résidence. Cherchez votre département ci-dessous (par son numéro ou son nom), puis ouvrez la notice de la session en cours.",
        "",
        "## Trouver votre académie",
        "",
        '<div class="bts-filter" hidden><label for="bts-filter-input">Filtrer par numéro ou nom de département</label> <input id="bts-filter-input" type="search" autocomplete="off"></div>',
        "",
    ]
    rows = []
    for slug, items in sorted(by_academy.items()):
        current = max(items, key=lambda n: n.year)
        for d in current.academy.departments:
            rows.append((d.code, [md(d.code), md(d.name), f"[{md(current.academy.name)}]({notice_path(current)})"]))
    rows.sort(key=lambda r: r[0])
    out += [table(["Numéro", "Département", "Académie"], (r for _, r in rows), "Départements et académies").replace('class="bts-scroll"', 'class="bts-scroll bts-departments"', 1), ""]
    out += [
        "Votre département n'est pas dans ce tableau ? Ce guide ne couvre pas encore votre académie : inscrivez-vous auprès de l'académie de votre lieu de résidence, en suivant la notice publiée sur son site.",
        "",
        "## Sessions par académie",
        "",
    ]
    for slug, items in sorted(by_academy.items()):
        items = sorted(items, key=lambda n: n.year, reverse=True)
        current, older = items[0], items[1:]
        out += [f"### Académie {md(of(current.academy.name))}", ""]
        state = " — session passée" if is_past(current, today) else ""
        closing = f", clôture des inscriptions le {md(dates.moment(current.closing, current.closing_has_time, current.tz))}" if current.closing else ""
        out += [f"- Session la plus récente : [session {current.year}]({notice_path(current)}){closing}{state}"]
        if has_establishment_page(current):
            out += [f"- [Page des établissements, session {current.year}]({establishment_path(current)})"]
        for n in older:
            state = " — session passée" if is_past(n, today) else ""
            out += [f"- Archive : [session {n.year}]({notice_path(n)}){state}"]
        out.append("")
    return "\n".join(out).rstrip() + "\n"


# ---------------------------------------------------------------- the whole site


def site_files(notices: list[Notice], today: dt.date, *, checklist=None) -> dict[str, str | bytes]:
    """Every generated file: ``{path under docs: content}``.

    ``checklist`` is the checklist engine's module (``generator.checklist.page``)
    or None; with it, each notice gets a checklist page and its assets.
    """
    files: dict[str, str | bytes] = {"index.md": home_page(notices, today)}
    for notice in notices:
        extras = Extras(checklist=checklist is not None)
        files[notice_path(notice)] = notice_page(notice, today, extras)
        files[ics_path(notice)] = ics.calendar(notice)
        if has_establishment_page(notice):
            files[establishment_path(notice)] = establishment_page(notice, today)
        if checklist is not None:
            files[checklist_path(notice)] = checklist.checklist_page(notice)
            for path, content in checklist.checklist_assets(notice).items():
                files[f"{notice_dir(notice)}/{path}"] = content
    return files


def nav(notices: list[Notice], *, checklist: bool = False) -> list:
    """The site navigation: home, then each academy with its sessions (newest first)."""
    by_academy: dict[str, list[Notice]] = {}
    for n in notices:
        by_academy.setdefault(n.slug, []).append(n)
    out: list = [{"Accueil": "index.md"}]
    for slug, items in sorted(by_academy.items()):
        entries = []
        for n in sorted(items, key=lambda n: n.year, reverse=True):
            entries.append({f"Session {n.year}": notice_path(n)})
            if has_establishment_page(n):
                entries.append({f"Session {n.year} : établissements": establishment_path(n)})
            if checklist:
                entries.append({f"Session {n.year} : liste personnalisée": checklist_path(n)})
        out.append({items[0].academy.name: entries})
    return out
