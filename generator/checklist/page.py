"""The checklist page of a notice: the form rendered at build time, and its assets.

``checklist_page(notice)`` returns the Markdown body of
``<slug>/<year>/liste-personnalisee.md`` (raw HTML: fieldsets, legends, labels;
a message for browsers without JavaScript or WebAssembly, linking to the
notice's document tables). ``checklist_assets(notice)`` returns the files the
page loads, relative to the notice's folder: the ruleset JSON and the engine
source. The browser code is static, in ``site_overrides/assets/checklist/``
(copied to ``assets/checklist/`` by the theme); it runs the engine in Pyodide,
in a module Web Worker, from the site's own ``assets/pyodide/`` folder (never a
CDN): ``pyodide_files()`` lists the files of ``node_modules/pyodide`` to copy there.

Page URLs assume ``use_directory_urls: true``: the page lives at
``<slug>/<year>/liste-personnalisee/``.
"""

from __future__ import annotations

import html
from pathlib import Path

from ..merge import Notice
from .compile import ROOT, ruleset_json

ENGINE = Path(__file__).resolve().parent / "engine.py"
ASSET_DIR = "checklist"
PYODIDE_FILES = ("pyodide.mjs", "pyodide.asm.mjs", "pyodide.asm.wasm", "python_stdlib.zip", "pyodide-lock.json")
# From the page URL <slug>/<year>/liste-personnalisee/ to the notice folder and the site root.
TO_NOTICE = "../"
TO_ROOT = "../../../"


def _typography(text: str) -> str:
    try:
        from ..site.text import typography
    except ImportError:  # the site package is optional for the checklist
        return text
    return typography(text)


def _t(text: str | None) -> str:
    """YAML text as escaped HTML with French typography."""
    return html.escape(_typography(" ".join(str(text or "").split())), quote=False)


def _attr(text: str) -> str:
    return html.escape(text, quote=True)


def _help(qid: str, question) -> str:
    return f'<p class="bts-checklist-help" id="q-{qid}-help">{_t(question.help)}</p>' if question.help else ""


def _described(qid: str, question) -> str:
    return f' aria-describedby="q-{qid}-help"' if question.help else ""


def _field(notice: Notice, qid: str, question) -> str:
    """One question as a fieldset (choices: radio buttons) or a labelled control."""
    head = f'<fieldset class="bts-checklist-question" data-question="{qid}" id="q-{qid}">'
    if question.kind == "choice":
        lines = [head, f"<legend>{_t(question.label)}</legend>", _help(qid, question)]
        for cid, label in question.choices.items():
            lines.append(
                f'<div class="bts-checklist-choice"><input type="radio" name="{qid}" id="q-{qid}-{_attr(cid)}" value="{_attr(cid)}"{_described(qid, question)}>'
                f' <label for="q-{qid}-{_attr(cid)}">{_t(label)}</label></div>'
            )
        lines.append(f'<div class="bts-checklist-choice"><input type="radio" name="{qid}" id="q-{qid}-none" value="" checked> <label for="q-{qid}-none">Je ne sais pas encore</label></div>')
        lines.append("</fieldset>")
        return "\n".join(line for line in lines if line)
    # A single control: a labelled div, not a fieldset (no legend repeating the label).
    head = f'<div class="bts-checklist-question" data-question="{qid}" id="q-{qid}">'
    label = f'<label for="q-{qid}-input">{_t(question.label)}</label>'
    if question.kind == "date":
        control = f'<input type="date" name="{qid}" id="q-{qid}-input" autocomplete="bday"{_described(qid, question)}>'
    elif question.kind == "department":
        codes = ", ".join(f"{d.code} ({d.name})" for d in notice.academy.departments)
        extra = f'<p class="bts-checklist-help" id="q-{qid}-codes">Départements de l\'académie {_t(_of(notice.academy.name))} : {_t(codes)}.</p>'
        described = f' aria-describedby="{("q-" + qid + "-help ") if question.help else ""}q-{qid}-codes"'
        control = f'<input type="text" name="{qid}" id="q-{qid}-input" inputmode="text" size="4" maxlength="3" autocomplete="off"{described}>'
        return "\n".join(x for x in [head, label, _help(qid, question), extra, control, "</div>"] if x)
    elif question.kind == "specialty":
        options = sorted(notice.specialties.items(), key=lambda item: item[1].name.casefold())
        items = ['<option value="">— Choisir —</option>'] + [
            f'<option value="{_attr(sid)}">{_t(s.name)}{" (" + _t(s.abbreviation) + ")" if s.abbreviation else ""}</option>' for sid, s in options
        ]
        control = f'<select name="{qid}" id="q-{qid}-input"{_described(qid, question)}>' + "".join(items) + "</select>"
    elif question.kind == "option":
        letters = sorted({letter for s in notice.specialties.values() for letter in s.options})
        items = ['<option value="">— Choisir —</option>'] + [f'<option value="{letter}">Option {letter}</option>' for letter in letters]
        control = f'<select name="{qid}" id="q-{qid}-input"{_described(qid, question)}>' + "".join(items) + "</select>"
    else:
        return ""
    return "\n".join(x for x in [head, label, _help(qid, question), control, "</div>"] if x)


def _of(name: str) -> str:
    return f"d'{name}" if name[:1].lower() in "aeiouyéèêàâîôû" else f"de {name}"


def checklist_page(notice: Notice) -> str:
    """The Markdown body of the notice's checklist page."""
    questions = sorted(
        ((qid, q) for qid, q in notice.questions.items() if q.kind != "derived"),
        key=lambda item: (item[1].order, item[0]),
    )
    fields = "\n".join(f for f in (_field(notice, qid, q) for qid, q in questions) if f)
    title = f"Votre liste personnalisée — académie {_of(notice.academy.name)}, session {notice.year}"
    fallback = (
        "La liste personnalisée a besoin de JavaScript et de WebAssembly, indisponibles dans ce navigateur. "
        f'Toutes les pièces et toutes les dates sont dans la notice : <a href="{TO_NOTICE}#pieces-justificatives">tableau des pièces justificatives</a>'
        f' et <a href="{TO_NOTICE}#dates-a-retenir">dates à retenir</a>.'
    )
    form = f"""<div class="bts-checklist" id="bts-checklist" data-ruleset="{TO_NOTICE}{ASSET_DIR}/ruleset.json" data-engine="{TO_NOTICE}{ASSET_DIR}/engine.py" data-pyodide="{TO_ROOT}assets/pyodide/" data-worker="{TO_ROOT}assets/checklist/worker.js">
<noscript><p class="bts-checklist-fallback">{fallback}</p></noscript>
<p class="bts-checklist-fallback" id="bts-checklist-failure" role="alert" hidden>{fallback}</p>
<p id="bts-checklist-status" role="status" aria-live="polite"></p>
<form id="bts-checklist-form" aria-describedby="bts-checklist-intro" novalidate>
{fields}
</form>
<section id="bts-checklist-result" aria-live="polite" aria-labelledby="bts-checklist-result-title">
<h2 id="bts-checklist-result-title">Votre liste</h2>
<p>Répondez aux questions : la liste se met à jour à chaque réponse.</p>
</section>
</div>
<script type="module" src="{TO_ROOT}assets/checklist/checklist.js"></script>"""
    intro = (
        f'<p id="bts-checklist-intro">Répondez aux questions qui vous concernent : la liste des pièces à déposer, '
        f"les dates limites, les points de vigilance et vos contacts s'affichent au fur et à mesure. "
        f"Rien n'est envoyé : le calcul se fait dans votre navigateur. "
        f'Cette liste reprend la notice de la session {notice.year} ; en cas de doute, <a href="{TO_NOTICE}">la notice</a> fait foi.</p>'
    )
    return f"# {html.escape(title, quote=False)}\n\n{intro}\n\n{form}\n"


def checklist_assets(notice: Notice) -> dict[str, str]:
    """Files the page loads, relative to the notice's folder: the ruleset and the engine source."""
    return {
        f"{ASSET_DIR}/ruleset.json": ruleset_json(notice),
        f"{ASSET_DIR}/engine.py": ENGINE.read_text(encoding="utf-8"),
    }


def pyodide_files(root: Path | None = None) -> dict[str, Path]:
    """Site path → file of node_modules/pyodide to copy (self-hosted Pyodide, loaded by the worker)."""
    base = (root or ROOT) / "node_modules" / "pyodide"
    return {f"assets/pyodide/{name}": base / name for name in PYODIDE_FILES}
