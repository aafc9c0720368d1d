"""The engine's result as French text, for ``python -m generator checklist``."""

from __future__ import annotations

import datetime as dt

from ..model.values import WEEKDAYS_FR

MONTHS = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre")


def _offset(moment: dt.datetime) -> str:
    offset = moment.utcoffset() or dt.timedelta(0)
    minutes = int(offset.total_seconds() // 60)
    sign = "+" if minutes >= 0 else "-"
    minutes = abs(minutes)
    return f"UTC{sign}{minutes // 60:02d}:{minutes % 60:02d}"


def french_moment(iso: str, has_time: bool, timezone: str) -> str:
    """``mercredi 22 novembre 2023 à 17 h 00 (Europe/Paris, UTC+01:00)``; a date alone runs to the end of the day."""
    moment = dt.datetime.fromisoformat(iso)
    day = f"{WEEKDAYS_FR[moment.weekday()]} {'1er' if moment.day == 1 else moment.day} {MONTHS[moment.month - 1]} {moment.year}"
    zone = f"{timezone}, {_offset(moment)}"
    if has_time:
        return f"{day} à {moment.hour} h {moment.minute:02d} ({zone})"
    return f"{day}, jusqu'à la fin de la journée ({zone})"


def _answer(ruleset: dict, item: dict) -> str:
    text = f"{item['question']} = {item['label']}"
    if item.get("from"):
        text += " (d'après " + ", ".join(f"{s['question']} = {s['value']}" for s in item["from"]) + ")"
    return text


def _office(office: dict) -> list[str]:
    lines = [office["name"]]
    for email in office["emails"]:
        lines.append(f"courriel : {email}")
    for phone in office["phones"]:
        lines.append(f"téléphone : {phone}")
    if office["address"]:
        lines.append("adresse : " + ", ".join(office["address"]))
    if office["url"]:
        lines.append(f"site : {office['url']}")
    if office["note"]:
        lines.append(office["note"])
    return lines


def render(ruleset: dict, result: dict) -> str:
    tz = ruleset["academy"]["timezone"]
    deadlines = {d["id"]: d for d in ruleset["deadlines"]}
    questions = {q["id"]: q for q in ruleset["questions"]}
    out = [f"Académie de {ruleset['academy']['name']}, session {ruleset['session']['year']} : votre liste personnalisée", ""]
    if result["dropped"]:
        out.append("Réponses ignorées (question qui ne se pose plus dans votre situation) : " + ", ".join(result["dropped"]))
        out.append("")
    registration = result["registration"]
    if registration["opening"] or registration["closing"]:
        out.append("Inscriptions sur CYCLADES")
        if registration["opening"]:
            out.append("  - ouverture : " + french_moment(registration["opening"], registration["opening_has_time"], tz))
        if registration["closing"]:
            out.append("  - clôture : " + french_moment(registration["closing"], registration["closing_has_time"], tz))
        out.append("")
    if registration["note"]:
        out.extend([registration["note"], ""])
    if result["warnings"]:
        out.append("Attention")
        for warning in result["warnings"]:
            out.append(f"  - {warning['title']} : {warning['text']}")
            if warning["detail"]:
                out.append(f"    D'après la notice : {warning['detail']}")
        out.append("")
    out.append(f"Pièces à déposer ({len(result['documents'])})")
    for document in result["documents"]:
        deadline = deadlines.get(document["deadline"])
        out.append(f"  - {document['label']}")
        if document["why"]:
            out.append("    parce que : " + " ; ".join(_answer(ruleset, w) for w in document["why"]))
        else:
            out.append("    parce que : demandé à tous les candidats")
        if deadline:
            out.append("    avant le " + french_moment(deadline["end"], deadline["has_time"], tz))
        if document["detail"]:
            out.append(f"    {document['detail']}")
        if document["source"]:
            out.append(f"    source : {document['source']}")
    out.append("")
    if result["undecided"]:
        out.append(f"Pièces qui dépendent encore de vos réponses ({len(result['undecided'])})")
        for document in result["undecided"]:
            out.append(f"  - {document['label']} (question(s) : {', '.join(document['missing'])})")
        out.append("")
    if result["deadlines"]:
        out.append("Dates à retenir")
        for deadline in result["deadlines"]:
            kind = "date limite" if deadline["kind"] == "deadline" else "information"
            strict = ", délai de rigueur" if deadline["strict"] else ""
            out.append(f"  - {deadline['label']} ({kind}{strict}) : {french_moment(deadline['end'], deadline['has_time'], tz)}")
        out.append("")
    if result["steps"]:
        out.append("Étapes sur CYCLADES")
        for number, step in enumerate(result["steps"], 1):
            line = f"  {number}. {step['title']}"
            if step["deadline"] and step["deadline"] in deadlines:
                deadline = deadlines[step["deadline"]]
                line += " — avant le " + french_moment(deadline["end"], deadline["has_time"], tz)
            out.append(line)
        out.append("")
    out.append("Contacts")
    for contact in result["contacts"]:
        if contact["kind"] == "specialty":
            group = contact["group"]
            out.append("  - Gestionnaire de votre spécialité (" + ", ".join(group["names"]) + ")")
            for phone in group["phones"]:
                out.append(f"    téléphone : {phone}")
        else:
            lines = _office(contact["office"])
            out.append(f"  - {lines[0]}")
            out.extend(f"    {line}" for line in lines[1:])
    out.append("")
    if result["questions"]:
        out.append("Questions qui peuvent encore changer cette liste")
        for qid in result["questions"]:
            out.append(f"  - {qid} : {questions[qid]['label']}")
    else:
        out.append("Aucune autre question : cette liste est complète pour vos réponses.")
    return "\n".join(out)


def render_questions(ruleset: dict, allowed) -> str:
    out = ["Questions (écrire identifiant=valeur) :"]
    for question in ruleset["questions"]:
        if question["kind"] == "derived":
            continue
        values = allowed(ruleset, question["id"])
        if question["kind"] == "date":
            hint = "date AAAA-MM-JJ, par exemple 2005-03-14"
        elif question["kind"] == "department":
            hint = "numéro de département, par exemple 31, 2A ou 974"
        elif question["kind"] == "specialty":
            hint = "identifiant de spécialité : " + ", ".join(values)
        elif question["kind"] == "option":
            hint = "lettre d'option de la spécialité : " + ", ".join(values)
        else:
            hint = " | ".join(f"{cid} ({label})" for cid, label in question["choices"])
        out.append(f"  {question['id']} — {question['label']}")
        out.append(f"      {hint}")
    return "\n".join(out)
