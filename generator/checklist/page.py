"""The checklist page of a notice: the form rendered at build time, and its assets.

``checklist_page(notice, content)`` returns the Markdown body of
``<slug>/<year>/liste-personnalisee.md``: raw HTML with fieldsets, legends and
labels, usable before any script runs; the questions the engine would not ask
yet (its result for no answer, computed here at build time) are ``hidden``.
A message for browsers without JavaScript or WebAssembly links to the notice's
document tables. A JSON block (``#bts-checklist-data``) carries what the
browser code shows besides the engine's result, already in French with French
typography: the page's texts (group ``checklist_page`` of ``content/interface.yaml``), the
question and choice labels, the specialties' and departments' names, and each
date of the notice written out in words with its UTC offset.

``checklist.js`` is loaded by a ``<script type="module" async>`` at the top of
the checklist block, so that the engine's worker (and Pyodide's download) starts
as soon as that file arrives, before the rest of the page is parsed.

``checklist_assets(notice, content)`` returns the files the page loads, relative to the
notice's folder: the ruleset JSON and the engine source. The browser code is
static, in ``site_overrides/assets/checklist/`` (copied to
``assets/checklist/`` by the theme); it runs the engine in Pyodide, in a module
Web Worker, from the site's own ``assets/pyodide/`` folder (never a CDN):
``pyodide_files()`` lists the files of ``node_modules/pyodide`` to copy there.

Page URLs assume ``use_directory_urls: true``: the page lives at
``<slug>/<year>/liste-personnalisee/``.

Placeholders of the ``checklist_page`` texts filled here: ``title`` {academy_of} {year};
``intro`` {year} {notice_link}; ``fallback`` {documents_link} {dates_link};
``departments`` {academy_of} {codes}; ``option`` {letter}. The others are
filled by ``checklist.js``, and so are the few texts of ``content/interface.yaml``
the page shares with the notice page (``SHARED_TEXTS``: the exam-adjustment
procedure), sent in the JSON block with their placeholders.

Nothing is cached between calls: the MkDocs hook reads the project once per
build and hands each notice (which carries content/interface.yaml) and the
loaded content/checklist.yaml to these functions, so ``mkdocs serve`` rebuilds
from the files as they are.
"""

from __future__ import annotations

import html
import json
from pathlib import Path

from ..french import typography
from ..interface import TEXTS
from ..merge import Notice
from ..model.content import ChecklistFile
from ..site.text import md, of
from . import engine
from .compile import ROOT, compile_ruleset
from .text import french_moment

ENGINE = Path(__file__).resolve().parent / "engine.py"
ASSET_DIR = "checklist"
PYODIDE_FILES = ("pyodide.mjs", "pyodide.asm.mjs", "pyodide.asm.wasm", "python_stdlib.zip", "pyodide-lock.json")
# From the page URL <slug>/<year>/liste-personnalisee/ to the notice folder and the site root.
TO_NOTICE = "../"
TO_ROOT = "../../../"
# The page's texts: group ``checklist_page`` of content/interface.yaml (keys and placeholders
# in generator/interface.py, checked by ``validate``).
UI_GROUP = "checklist_page"
# Texts of content/interface.yaml the page shares with the notice page (the exam-adjustment
# procedure): key → placeholders, sent as templates (checklist.js fills them).
SHARED_TEXTS = {
    "exam_adjustment.request": ("channel",),
    "exam_adjustment.channel_postal": (),
    "exam_adjustment.channel_application": (),
    "exam_adjustment.channel_doctor": (),
    "exam_adjustment.channel_website": (),
    "exam_adjustment.send_to": ("address",),
    "exam_adjustment.application": ("link", "url"),
    "exam_adjustment.url": ("link",),
    "exam_adjustment.decision": ("decision",),
    "exam_adjustment.renewal": ("renewal",),
    "exam_adjustment.cyclades": ("words",),
    "common.deadline": ("date",),
    "common.label_value": ("label", "value"),
}


def _fr(text: str | None) -> str:
    """YAML text on one line with French typography (not escaped)."""
    return typography(" ".join(str(text or "").split()))


def _t(text: str | None) -> str:
    """YAML text as escaped HTML with French typography."""
    return html.escape(_fr(text), quote=False)


def _attr(text: str) -> str:
    return html.escape(text, quote=True)


def _ui(notice: Notice) -> dict[str, str]:
    """The page's texts (content/interface.yaml, group checklist_page) as templates, placeholders kept.

    French typography applied, not escaped. ``validate`` checked every key and placeholder
    against generator/interface.py before any page is built.
    """
    return {
        key: notice.texts.text(f"{UI_GROUP}.{key}", **{name: "{" + name + "}" for name in names})
        for key, names in TEXTS[UI_GROUP].items()
    }


def _html(notice: Notice, key: str, **values: str) -> str:
    """The interface text ``key`` (« checklist_page.… ») as HTML: its words escaped, its placeholders replaced by ``values`` (HTML, as given)."""
    return notice.texts.render(key, _escape_words, **values)


def _escape_words(words: str) -> str:
    return html.escape(words, quote=False)


def _help(qid: str, question) -> str:
    return f'<p class="bts-checklist-help" id="q-{qid}-help">{_t(question.help)}</p>' if question.help else ""


def _message(qid: str) -> str:
    """Where checklist.js writes an answer's problem (invalid department or date)."""
    return f'<p class="bts-checklist-problem" id="q-{qid}-problem" hidden></p>'


def _described(qid: str, question, *extra: str) -> str:
    ids = ([f"q-{qid}-help"] if question.help else []) + list(extra)
    return f' aria-describedby="{" ".join(ids)}"' if ids else ""


def _field(notice: Notice, ui: dict[str, str], qid: str, question, shown: bool) -> str:
    """One question as a fieldset (choices: radio buttons) or a labelled control."""
    hidden = "" if shown else " hidden"
    if question.kind == "choice":
        lines = [
            f'<fieldset class="bts-checklist-question" data-question="{qid}" id="q-{qid}"{hidden}>',
            f"<legend>{_t(question.label)}</legend>",
            _help(qid, question),
        ]
        for cid, label in question.choices.items():
            lines.append(
                f'<div class="bts-checklist-choice"><input type="radio" name="{qid}" id="q-{qid}-{_attr(cid)}" value="{_attr(cid)}"{_described(qid, question)}>'
                f' <label for="q-{qid}-{_attr(cid)}">{_t(label)}</label></div>'
            )
        lines.append(
            f'<div class="bts-checklist-choice"><input type="radio" name="{qid}" id="q-{qid}-none" value="" checked>'
            f' <label for="q-{qid}-none">{_t(ui["unknown_choice"])}</label></div>'
        )
        lines.append("</fieldset>")
        return "\n".join(line for line in lines if line)
    # A single control: a labelled div, not a fieldset (no legend repeating the label).
    head = f'<div class="bts-checklist-question" data-question="{qid}" id="q-{qid}"{hidden}>'
    label = f'<label for="q-{qid}-input">{_t(question.label)}</label>'
    extra = ""
    if question.kind == "date":
        control = f'<input type="date" name="{qid}" id="q-{qid}-input" autocomplete="bday"{_described(qid, question, f"q-{qid}-problem")}>'
    elif question.kind == "department":
        codes = ", ".join(f"{d.code} ({d.name})" for d in notice.academy.departments)
        text = _html(notice, "checklist_page.departments", academy_of=_t(of(notice.academy.name, notice.texts)), codes=_t(codes))
        extra = f'<p class="bts-checklist-help" id="q-{qid}-codes">{text}</p>'
        described = _described(qid, question, f"q-{qid}-codes", f"q-{qid}-problem")
        control = f'<input type="text" name="{qid}" id="q-{qid}-input" inputmode="text" size="4" maxlength="3" autocomplete="off"{described}>'
    elif question.kind == "specialty":
        options = sorted(notice.specialties.items(), key=lambda item: item[1].name.casefold())
        items = [f'<option value="">{_t(ui["choose"])}</option>'] + [
            f'<option value="{_attr(sid)}">{_t(s.name)}{" (" + _t(s.abbreviation) + ")" if s.abbreviation else ""}</option>' for sid, s in options
        ]
        control = f'<select name="{qid}" id="q-{qid}-input"{_described(qid, question)}>' + "".join(items) + "</select>"
    elif question.kind == "option":
        letters = sorted({letter for s in notice.specialties.values() for letter in s.options})
        items = [f'<option value="">{_t(ui["choose"])}</option>'] + [
            f'<option value="{letter}">{_html(notice, "checklist_page.option", letter=_t(letter))}</option>' for letter in letters
        ]
        control = f'<select name="{qid}" id="q-{qid}-input"{_described(qid, question)}>' + "".join(items) + "</select>"
    else:
        return ""
    problem = _message(qid) if question.kind in ("date", "department") else ""
    return "\n".join(x for x in [head, label, _help(qid, question), extra, control, problem, "</div>"] if x)


def _page_data(notice: Notice, ui: dict[str, str], ruleset: dict) -> dict:
    """What checklist.js shows besides the engine's result, in French with French typography."""
    ui = {key: _fr(value) for key, value in ui.items()}
    tz = ruleset["academy"]["timezone"]

    def moment(iso: str, has_time: bool, end_of_day_words: bool = True) -> str:
        # The same words as the command line (content/interface.yaml, group « moments »).
        return _fr(french_moment(iso, has_time, tz, notice.texts, end_of_day_words=end_of_day_words))

    # « jusqu'à la fin de la journée » only for a deadline; an information date is a plain day.
    dates = {d["id"]: moment(d["end"], d["has_time"], d["kind"] == "deadline") for d in ruleset["deadlines"]}
    registration = ruleset["session"]["registration"]
    if registration["opening"]:
        # An opening without a time starts that day: not « jusqu'à la fin de la journée ».
        dates["registration_opening"] = _fr(french_moment(registration["opening"], registration["opening_has_time"], tz, notice.texts, end_of_day_words=False))
    if registration["closing"]:
        dates["registration_closing"] = moment(registration["closing"], registration["closing_has_time"])
    return {
        "academy": {"slug": notice.slug, "name": notice.academy.name, "of": of(notice.academy.name, notice.texts)},
        "year": notice.year,
        "ui": ui,
        "questions": {
            q["id"]: {"label": _fr(q["label"]), "kind": q["kind"], "choices": {c: _fr(label) for c, label in q["choices"]}}
            for q in ruleset["questions"]
        },
        "specialties": {sid: {"name": _fr(s["name"]), "options": {k: _fr(v) for k, v in s["options"].items()}} for sid, s in ruleset["specialties"].items()},
        "departments": ruleset["academy"]["department_names"],
        "dates": dates,
        "texts": {
            key: _fr(notice.texts.text(key, **{name: "{" + name + "}" for name in names})) for key, names in SHARED_TEXTS.items()
        },
    }


def _json_script(data: dict) -> str:
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    # Inside <script>: no "</script>", no HTML entity confusion.
    return text.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")


def checklist_page(notice: Notice, content: ChecklistFile) -> str:
    """The Markdown body of the notice's checklist page (``content``: content/checklist.yaml, already loaded)."""
    ui = _ui(notice)
    ruleset = compile_ruleset(notice, content)
    # The engine's answer for no answer at all: the questions shown before any script runs.
    initial = engine.evaluate(ruleset, {})
    shown = set(initial["questions"]) & set(initial["asked"])
    questions = sorted(
        ((qid, q) for qid, q in notice.questions.items() if q.kind != "derived"),
        key=lambda item: (item[1].order, item[0]),
    )
    fields = "\n".join(f for f in (_field(notice, ui, qid, q, qid in shown) for qid, q in questions) if f)
    title = notice.texts.text("checklist_page.title", academy_of=of(notice.academy.name, notice.texts), year=str(notice.year))
    fallback = _html(
        notice,
        "checklist_page.fallback",
        documents_link=f'<a href="{TO_NOTICE}#pieces-justificatives">{_t(ui["fallback_documents"])}</a>',
        dates_link=f'<a href="{TO_NOTICE}#dates-a-retenir">{_t(ui["fallback_dates"])}</a>',
    )
    intro = _html(notice, "checklist_page.intro", year=str(notice.year), notice_link=f'<a href="{TO_NOTICE}">{_t(ui["notice_link"])}</a>')
    data = _json_script(_page_data(notice, ui, ruleset))
    form = f"""<div class="bts-checklist" id="bts-checklist" data-state="static" data-ruleset="{TO_NOTICE}{ASSET_DIR}/ruleset.json" data-engine="{TO_NOTICE}{ASSET_DIR}/engine.py" data-pyodide="{TO_ROOT}assets/pyodide/" data-worker="{TO_ROOT}assets/checklist/worker.js">
<script type="module" async src="{TO_ROOT}assets/checklist/checklist.js"></script>
<link rel="stylesheet" href="{TO_ROOT}assets/checklist/checklist.css">
<p id="bts-checklist-intro">{intro}</p>
<p>{_t(ui["privacy"])}</p>
<noscript><p class="bts-checklist-fallback">{fallback}</p></noscript>
<div class="bts-checklist-fallback" id="bts-checklist-failure" role="alert" hidden><p>{_t(ui["load_failed"])}</p><p>{fallback}</p></div>
<p id="bts-checklist-status" class="bts-checklist-status" role="status" aria-live="polite"></p>
<form id="bts-checklist-form" aria-label="{_attr(_fr(ui["form_label"]))}" novalidate>
{fields}
</form>
<section id="bts-checklist-result" class="bts-checklist-result" aria-labelledby="bts-checklist-result-title">
<h2 id="bts-checklist-result-title">{_t(ui["result_title"])}</h2>
<div id="bts-checklist-output"><p>{_t(ui["result_placeholder"])}</p></div>
</section>
<script type="application/json" id="bts-checklist-data">{data}</script>
</div>"""
    return f"# {md(title)}\n\n{form}\n"


def checklist_assets(notice: Notice, content: ChecklistFile) -> dict[str, str]:
    """Files the page loads, relative to the notice's folder: the ruleset and the engine source."""
    return {
        f"{ASSET_DIR}/ruleset.json": ruleset_json_compact(notice, content),
        f"{ASSET_DIR}/engine.py": ENGINE.read_text(encoding="utf-8"),
    }


def ruleset_json_compact(notice: Notice, content: ChecklistFile) -> str:
    """The ruleset as deterministic, compact JSON (the same value as ``compile.ruleset_json``)."""
    return json.dumps(compile_ruleset(notice, content), ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def pyodide_files(root: Path | None = None) -> dict[str, Path]:
    """Site path → file of node_modules/pyodide to copy (self-hosted Pyodide, loaded by the worker)."""
    base = (root or ROOT) / "node_modules" / "pyodide"
    return {f"assets/pyodide/{name}": base / name for name in PYODIDE_FILES}
