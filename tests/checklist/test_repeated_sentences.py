"""No checklist answer says the same sentence of the notice (or of a national text) twice (properties of any valid
data, checked on the frozen project; on the real data, validate's lint says a piece's detail that repeats a step).

A review (walk 42 L5) read « La signature de votre récapitulatif d'inscription rend vos choix définitifs. » under the
piece « Récapitulatif… » and again in step 2 of Clermont-Ferrand 2024's answer, Nantes 2024's « Vous vous engagez, en
signant ce document… » the same way: a session file that copied a step's sentence into a piece's ``detail:``. The
words a notice says once, the answer says once, in the place the notice says them.

Over seeded random situations (``random_situations``), the blocks of words an answer shows from the data — each
step's text, each warning's text (or its parts), each piece's detail — never share a sentence. Pieces whose detail
is the same words (a notice's heading over several attestations, repeated for each: Clermont-Ferrand's « Pour tous
les candidats (options A, B, C et D)… ») count as one block: the notice says those under each row.
"""

from __future__ import annotations

from checklist_support import load_rulesets, random_situations

from generator.checklist import engine
from generator.staff.lint import sentences
from project_support import FROZEN

DRAWS = 1500
SEED = 43


def answer_blocks(result: dict) -> list[tuple[str, str]]:
    """The blocks of the data's words an answer shows, each as (where, its text): steps, warnings (each part), pieces'
    details (the same details once)."""
    blocks = [(f"étape {step['number']}", step["text"]) for step in result["steps"]]
    for warning in result["warnings"]:
        if warning.get("parts"):
            blocks += [(f"avertissement {warning['id']}", part["text"]) for part in warning["parts"]]
        else:
            blocks.append((f"avertissement {warning['id']}", warning["text"]))
    seen = set()
    for document in result["documents"]:
        detail = " ".join((document["detail"] or "").split())
        if detail and detail not in seen:
            seen.add(detail)
            blocks.append((f"pièce {document['id']}", detail))
    return blocks


def repeated(result: dict) -> list[tuple[str, str, str]]:
    """The sentences two blocks of an answer both say: (sentence, first block, second block)."""
    said: dict[str, str] = {}
    out = []
    for where, text in answer_blocks(result):
        for sentence in sorted(sentences(text)):
            if sentence in said and said[sentence] != where:
                out.append((sentence, said[sentence], where))
            said.setdefault(sentence, where)
    return out


def test_no_answer_says_a_sentence_twice():
    """On the frozen project only: a notice may really say a sentence twice, and staff who copy it faithfully are
    told by validate's point « à contrôler » (lint_repeated_details, markable as seen), not by a red suite (a
    review, 43 M4)."""
    rulesets, broken = load_rulesets(FROZEN)
    assert not broken, broken
    found = {}
    for key, answers in random_situations(rulesets, DRAWS, SEED):
        for sentence, first, second in repeated(engine.evaluate(rulesets[key], answers)):
            found.setdefault((key, sentence), (first, second, answers))
    assert not found, "\n".join(f"{key} : « {sentence} » dans {first} et dans {second} ({answers})" for (key, sentence), (first, second, answers) in found.items())


def test_the_check_sees_a_repeated_sentence():
    """The property above is not empty: a piece given a step's sentence as its detail is caught (the frozen project's
    Clermont-Ferrand 2024, as it was before the review: its « Récapitulatif » said the step's last sentence)."""
    rulesets, _ = load_rulesets(FROZEN)
    ruleset = rulesets["clermont-ferrand/2024"]
    step = next(s for s in ruleset["steps"] if "rend vos choix définitifs" in s["text"])
    for document in ruleset["documents"]:
        if document["id"] == "recapitulatif":
            document["detail"] = "La signature de votre récapitulatif d'inscription rend vos choix définitifs."
    found = repeated(engine.evaluate(ruleset, {"department": "63", "situation": "repeater"}))
    assert [(s, first, second) for s, first, second in found] == [
        ("la signature de votre récapitulatif d'inscription rend vos choix définitifs.", f"étape {step['number']}", "pièce recapitulatif")
    ]
