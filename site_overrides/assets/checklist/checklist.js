// The checklist page: sends the form's answers to the engine (worker.js, Pyodide) and
// shows the result. The form is rendered at build time (generator/checklist/page.py);
// every fact shown comes from the engine's result or from the page's JSON block
// (#bts-checklist-data, built from the YAML: texts, labels, dates in words).
// Privacy: answers stay in this page; they are written only in the URL fragment
// (#...), which browsers never send to the server. No cookie; the only storage is the
// browser's Cache Storage, for the site's own files (offline use: bts-checklist-sw.js) and
// Pyodide's state after importing the engine (worker.js): nothing the candidate answered.
// Loaded with <script type="module" async id="bts-checklist-boot"> from the page's <head>, right
// after its <title>, before the stylesheets and the theme's blocking script (site_overrides/main.html,
// front matter « bts_checklist » of generator/checklist/page.py), whose data-* attributes give the
// files' URLs: the worker (served from the page's own folder, so that the page's service worker
// controls it) and so Pyodide's download and boot start as soon as this file arrives, before the
// body is parsed; the form is wired once its block is parsed. The worker fetches Pyodide
// itself: links rel=preload from the document would download the 9.6 MB WebAssembly file a
// second time wherever the HTTP cache cannot hand the document's copy to the worker
// (measured: bench/README.md).
// The answer for no answer at all is in the page already (computed at build time by
// the same engine, generator/checklist/answer.py): the first engine result replaces it.
// Layout: questions and answer side by side on a wide screen; on a phone, a summary bar
// (number of documents, next deadline) stays at the bottom of the screen and leads to
// the list; what an answer changes is also said next to the question that caused it.
const files = document.getElementById("bts-checklist-boot");
const early = files ? boot(files) : null;

// The top bar's title until the theme's script starts (walk65 L, bar67). The theme (MkDocs Material 9.8.2) shows the
// page's topic (site_overrides/partials/header.html) instead of the site's name once the page's title has scrolled
// away, from its script (its bundle: the header's title, mounted when the document is parsed); on a slow first load
// that script comes seconds after this one, which starts Pyodide's download first, and the bar kept the site's name
// meanwhile on a page already scrolled. The same rule here, from this file's start, until the theme's own takes over.
function headerTitle() {
  if (window.document$ && document.readyState !== "loading") {
    window.removeEventListener("scroll", headerTitle);
    return;
  }
  const title = document.querySelector(".md-header__title");
  const heading = document.querySelector(".md-content h1");
  const header = document.querySelector(".md-header");
  if (!title || !heading || !header) return;
  // (the theme's: scrolled past the title's height, under the bar)
  const past = Math.max(0, window.scrollY) - heading.offsetTop + header.offsetHeight;
  title.classList.toggle("md-header__title--active", heading.offsetHeight > 0 && past >= heading.offsetHeight);
}
window.addEventListener("scroll", headerTitle, { passive: true });

// Start the engine's worker now; its messages wait in a queue until the page is wired.
function boot(files) {
  const box = { worker: null, error: null, queue: [], handler: null };
  const deliver = (kind, payload) => (box.handler ? box.handler(kind, payload) : box.queue.push([kind, payload]));
  if (typeof Worker !== "function" || typeof WebAssembly !== "object") {
    box.error = "Worker ou WebAssembly absent";
    return box;
  }
  const url = (name) => new URL(files.dataset[name], document.baseURI).href;
  try {
    box.worker = new Worker(url("worker"), { type: "module" });
    performance.mark("bts-checklist-worker-start");
    box.worker.onmessage = (event) => deliver("message", event.data);
    box.worker.onerror = (event) => deliver("error", event.message || "erreur du worker");
    box.worker.onmessageerror = () => deliver("error", "message illisible du worker");
    box.worker.postMessage({ type: "init", pyodide: url("pyodide"), stdlib: url("stdlib"), engine: url("engine"), ruleset: url("ruleset") });
  } catch (error) {
    box.error = error;
  }
  return box;
}

const NBSP = "\u00a0";
const NNBSP = "\u202f";

// French typography, as generator/french.py: no-break spaces before « : ; ? ! » and inside « »,
// typographic apostrophes (never inside a web or e-mail address, nor in code between backticks).
const VERBATIM = /(?:https?:\/\/|mailto:|www\.)[^\s<>"«»]+|[^\s<>"«»()@]+@[^\s<>"«»()@]+\.[A-Za-z]{2,}|`[^`]*`/g;
function apostrophes(text) {
  let out = "";
  let last = 0;
  for (const match of text.matchAll(VERBATIM)) {
    out += text.slice(last, match.index).replace(/'/g, "\u2019") + match[0];
    last = match.index + match[0].length;
  }
  return out + text.slice(last).replace(/'/g, "\u2019");
}
// A number and its unit, a time's hour and minutes, a number's groups of digits: on one line
// (generator/french.py; \p{L}\p{N} for Python's Unicode \w).
const DIGIT_GROUPS = /(?<![\p{L}\p{N}_.,])([0-9]{1,3}) ([0-9]{3})(?![\p{L}\p{N}_.,])/gu;
const NUMBER_UNIT = /(?<![\p{L}\p{N}_.,])([0-9]+) (h|min|mn|heures?|€|%)(?![\p{L}\p{N}_])/gu;
const PHONE = /(?<![\p{L}\p{N}_.,])0[1-9](?: [0-9]{2}){4}(?![\p{L}\p{N}_]|[.,][0-9])/gu;  // « 05 36 25 71 20 »: on one line
const TIME_MINUTES = /(?<![\p{L}\p{N}_.,])([0-9]+\u00a0h) ([0-9]{2})(?![\p{L}\p{N}_])/gu;
const DAY_MONTH = /(?<![\p{L}\p{N}_.,])(1er|[0-9]{1,2}) (janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)(?![\p{L}\p{N}_])/giu;
const NUMERO = /(?<![\p{L}\p{N}_])([nN]°) (?=[0-9])/gu;  // « n° 2020-1167 »: « n° » with its number
function fr(text) {
  let out = apostrophes(String(text ?? ""));
  if (/[0-9]/.test(out)) {
    out = out.replace(PHONE, (phone) => phone.replaceAll(" ", NBSP)).replace(DIGIT_GROUPS, "$1" + NNBSP + "$2").replace(NUMBER_UNIT, "$1" + NBSP + "$2").replace(TIME_MINUTES, "$1" + NBSP + "$2").replace(DAY_MONTH, "$1" + NBSP + "$2").replace(NUMERO, "$1" + NBSP);
  }
  return out
    .replace(/[ \u00a0\u202f]+([;?!])/g, NNBSP + "$1")
    .replace(/[ \u00a0\u202f]+:/g, NBSP + ":")
    .replace(/«[ \u00a0\u202f]*/g, "«" + NBSP)
    .replace(/[ \u00a0\u202f]*»/g, NBSP + "»");
}

// The pieces of a line of a text, [words, emphasised], as generator/emphasis.py reads them: « **words** » opens
// and closes on the line; a line whose asterisks do not read so (an unclosed « ** », « **** », « *** ») is one
// plain piece, shown as typed (validate refuses it). « \* » is a literal asterisk: never part of a marker, shown
// as « * » without its backslash.
const HIDDEN_STAR = "\\\ue000";
function emphasisPieces(line) {
  if (line.includes("\\*")) {
    return emphasisPieces(line.replaceAll("\\*", HIDDEN_STAR)).map(([piece, strong]) => [piece.replaceAll(HIDDEN_STAR, "*"), strong]);
  }
  if (!line.includes("**")) return [[line, false]];
  const pieces = line.split("**");
  const reads = (line.match(/\*{2,}/g) || []).every((run) => run.length === 2) && pieces.length % 2 === 1
    && pieces.every((piece, i) => i % 2 === 0 || piece.trim() !== "");
  return reads ? pieces.map((piece, i) => [piece, i % 2 === 1]).filter(([piece]) => piece) : [[line, false]];
}

// A text without its emphasis markers (generator/emphasis.py: plain), as the build's plain outputs show it
// (element text, the calendar).
function withoutMarkers(text) {
  const value = String(text);
  if (!value.includes("**") && !value.includes("\\*")) return value;
  return value.split("\n").map((line) => emphasisPieces(line).map(([piece]) => piece).join("")).join("\n");
}

// The {placeholders} of a template filled in one pass, as InterfaceFile.render does: a value
// that itself holds « {answer} » (typed in a YAML label) is never filled again.
const PLACEHOLDER = /\{([a-z_][a-z0-9_]*)\}/g;
// « {count|pièce|pièces} »: the first words for 0 or 1 (French), the second otherwise (generator/interface.py: plural_forms).
const PLURAL = /\{([a-z_][a-z0-9_]*)\|([^{}|]*)\|([^{}|]*)\}/g;

// An e-mail address in a text (generator/french.py: EMAIL): never its sentence's full stop, nor
// an emphasis marker around it (« **dec5@…** »).
const EMAIL = /[^\s<>"«»()@*]+@[^\s<>"«»()@*]+\.[A-Za-z]{2,}/g;

// Words quoted inside a quotation: their « » become “ ” (french.py: inner_quotes).
function innerQuotes(text) {
  return text.replace(/«\s*([\s\S]*?)\s*»/g, "\u201c$1\u201d");
}

// Quoted words before the sentence's own full stop (« … établissement ». Aucune…): without theirs (also before a
// closing « ** »), an ellipsis kept (generator/checklist/text.py: without_final_stop).
function withoutFinalStop(words) {
  return words.trimEnd().replace(/(?<!\.\.)\.((?:\*\*)?)$/, "$1");
}

function fill(template, values) {
  const given = values || {};
  return template
    .replace(PLURAL, (whole, name, one, many) => {
      const count = Object.hasOwn(given, name) ? Number(given[name]) : NaN;
      return Number.isInteger(count) ? (Math.abs(count) < 2 ? one : many) : whole;
    })
    .replace(PLACEHOLDER, (whole, name) => (Object.hasOwn(given, name) ? String(given[name]) : whole));
}

function start(root) {
  const data = JSON.parse(document.getElementById("bts-checklist-data").textContent);
  // the instants the notice's dates are over (page data « over »), read once: datesPast, nextBarUpdate
  const overMoments = Object.values(data.over || {}).map((iso) => Date.parse(iso));
  // the instants at which what the bar says may change: those, and the session's end (page data « session_over_at »:
  // a bar that said the candidate's dates passed so far then says the session past; lines76: a list left open across
  // it kept « … à ce stade » until the next answer or a reload). As page.py: _moments_after.
  const barMoments = [...overMoments, Date.parse(data.session_over_at)].filter((moment) => Number.isFinite(moment));
  // The engine's standings with no list, and its warning about another academy's department (engine.py: NO_LIST,
  // DEPARTMENT_WARNING; page data « standings »).
  const { no_list: NO_LIST, department_warning: DEPARTMENT_WARNING } = data.standings;
  const form = document.getElementById("bts-checklist-form");
  const status = document.getElementById("bts-checklist-status");
  // the bar's piece measured again at another width (dotsAlone)
  window.addEventListener("resize", () => dotsAlone());
  summaryRoom();
  // A case of the notice under a warning (warningGroups) prints open, then is as the candidate left it (print.css:
  // ::details-content, where the browser reads it)
  window.addEventListener("beforeprint", () => {
    for (const details of root.querySelectorAll("details.bts-checklist-case:not([open])")) {
      details.open = true;
      details.dataset.printOpened = "";
    }
    // on paper: the day and the page's address (without the answers, which the fragment holds), and the address of
    // each form's page, which its words do not give (a review, phone48 L2; print.css prints only http links' addresses)
    const printed = document.getElementById("bts-checklist-printed");
    const day = new Date(readingTime()).toLocaleDateString("fr-FR", { weekday: "long", day: "numeric", month: "long", year: "numeric" });
    if (printed) printed.textContent = ui("printed", { date: day, address: location.origin + location.pathname });
    // the footer's lines (who publishes the guide, which text prevails) under it, not after the list: there they can
    // be all a last sheet holds (a review, phone49 L6: page 8 of 8 held only « … la notice de votre académie fait
    // foi »; Chromium keeps no line of the list with them); checklist.css hides the footer once they are copied
    if (printed && !root.hasAttribute("data-footer-above")) {
      const lines = [...document.querySelectorAll(".md-copyright .bts-footer-line:not(.bts-footer-staff)")];
      if (lines.length) {
        const above = el("div", "", { class: "bts-checklist-print-only bts-checklist-footer-lines" });
        for (const line of lines) above.append(el("p", line.textContent));
        printed.after(above);
        root.setAttribute("data-footer-above", "");
      }
    }
    for (const a of root.querySelectorAll("a[data-form]")) a.dataset.address = new URL(a.getAttribute("href").split("#")[0], location.href).href;
  });
  window.addEventListener("afterprint", () => {
    for (const details of root.querySelectorAll("details[data-print-opened]")) {
      details.open = false;
      delete details.dataset.printOpened;
    }
  });
  const output = document.getElementById("bts-checklist-output");
  const failure = document.getElementById("bts-checklist-failure");
  const names = new Set([...form.elements].map((element) => element.name).filter(Boolean));
  // The key dates' pointer to the precision under a date (« voir la précision sous « Dates à retenir » », a button:
  // keyDates, _answer.html.j2): brings that date's own line of « Dates à retenir » (the one that holds the precision,
  // screens below on a phone) into view and the keyboard's focus to it, the address unchanged (it holds the answers,
  // the share link: no link to a place of the page). Bound on the answer block, for the build's answer (before the
  // engine, even if it cannot load) and each later one.
  // (the build's answer writes the pointer as plain words, for a page without the script, where a button would be
  // announced as unavailable: made a button here, its words the same)
  function pointerButtons() {
    for (const words of output.querySelectorAll("span.bts-checklist-to-dates")) {
      const pointer = document.createElement("button");
      pointer.type = "button";
      pointer.className = "bts-checklist-to-dates";
      pointer.textContent = words.textContent;
      words.replaceWith(pointer);
    }
  }
  pointerButtons();
  // Under the line it brought into view, a button back to the pointer (« Revenir à « Dates limites » »: on a phone the
  // pointer is screens above, and the address, unchanged, gives the browser's back button nowhere to go), removed once
  // used or when the pointer is pressed again; a new answer replaces the whole block (render).
  function toDates(event) {
    if (!(event.target instanceof Element)) return;
    const back = event.target.closest(".bts-checklist-back-to-key-dates");
    if (back) {
      const pointer = [...output.querySelectorAll(".bts-checklist-key-dates [data-key-date]")]
        .find((item) => item.dataset.keyDate === back.dataset.keyDate);
      const to = pointer && pointer.querySelector(".bts-checklist-to-dates");
      back.parentElement.remove();
      if (!to) return;
      // (the block from its title, below the theme's header: a walk found the pointer mid-screen, its title above it)
      pointer.closest(".bts-checklist-key-dates").scrollIntoView({ block: "start" });
      to.focus({ preventScroll: true });
      return;
    }
    if (!event.target.closest(".bts-checklist-to-dates")) return;
    const key = event.target.closest("[data-key-date]");
    const line = key && [...output.querySelectorAll(".bts-checklist-deadlines > li[data-deadline]")].find((item) => item.dataset.deadline === key.dataset.keyDate);
    // (the line's block title if the line is not found: never expected, the pointer is written only for a line with a precision)
    const target = line || document.getElementById("bts-checklist-dates");
    if (!target || !target.getClientRects().length) return;  // (answers in the link, before the engine: hidden, checklist.css)
    if (line && !line.hasAttribute("tabindex")) line.setAttribute("tabindex", "-1");
    for (const old of output.querySelectorAll(".bts-checklist-back")) old.remove();
    if (line) {
      const way = document.createElement("p");
      way.className = "bts-checklist-back";
      const button = document.createElement("button");
      button.type = "button";
      button.className = "bts-checklist-back-to-key-dates";
      button.dataset.keyDate = key.dataset.keyDate;
      button.textContent = ui("back_to_key_dates", { title: ui("key_dates_title") });
      way.append(button);
      line.append(way);
    }
    target.scrollIntoView({ block: "start" });
    target.focus({ preventScroll: true });
  }
  output.addEventListener("click", toDates);

  // Whether a question still needed is needed only by the contacts (the specialty, for its manager): it cannot
  // change the list, and is not « encore utile ».
  function contactOnly(result, qid) {
    return (result.contact_questions || []).includes(qid);
  }

  // The questions still needed that can change the list (« encore utile »).
  function listQuestions(result) {
    return result.questions.filter((qid) => !contactOnly(result, qid));
  }

  // Words that start a line read inside a sentence, after its « : » (the bar's count in the status line: « Liste mise
  // à jour : au moins 3 pièces à déposer, … », phone60 L1); a first word in capitals stays. As french.py: lower_first.
  function lowerFirst(text) {
    const [first, second] = [text.charAt(0), text.charAt(1)];
    const upper = (c) => c !== c.toLocaleLowerCase("fr");
    return upper(first) && !upper(second) ? first.toLocaleLowerCase("fr") + text.slice(1) : text;
  }

  // A text of content/interface.yaml (group checklist_page) with its {placeholders} filled.
  function ui(key, values) {
    const text = data.ui[key];
    if (text === undefined) throw new Error(`texte « ${key} » absent de content/interface.yaml (checklist_page)`);
    return fr(fill(text, values));
  }

  // A text of content/interface.yaml shared with the notice page (data.texts), placeholders filled.
  function shared(key, values) {
    const text = data.texts[key];
    if (text === undefined) throw new Error(`texte « ${key} » absent des données de la page`);
    return fr(fill(text, values));
  }

  let failed = false;
  function fail(detail) {
    failed = true;
    root.dataset.state = "failed";
    failure.hidden = false;
    status.textContent = "";
    console.error("Liste personnalisée :", detail);
  }

  // Answers a change made the engine drop (their question no longer asked: « Non » to « Êtes-vous en situation de
  // handicap ? »), put aside rather than erased: question → answer. Their fields are emptied (the form, the address
  // and the share link hold only the answers that count), but they are sent to the engine with the form's answers:
  // one that counts again (the question comes back, or may) is back in its field (show). A keyboard's arrows select
  // each choice of a group on the way (phone48 M1: « Oui » to « Je ne sais pas encore » passed « Non », and the
  // accommodation answer was gone for good); a passing choice no longer loses an answer.
  const putAside = new Map();
  // The answers of the address (a shared link), just put in the form (restore): the next ones sent are read as the
  // command line reads answers given at once (the engine's evaluate_given), those the form would never take for them
  // left out, erased and said once (show: ignored; fix59c: they stayed in the page's state and its address).
  let fromAddress = false;
  // The address's answers to questions of the guide this session never asks (data « unasked_here »: Nantes 2024's
  // has_benefits), and the answer they are said with, once, above the list, in the command line's words
  // (« Réponse ignorée, car sa question existe dans le guide mais cette session ne la pose pas : … », read57 L6).
  let addressUnasked = [];
  let unaskedSaid = null;
  // The address's answers the form could not take (read62 L4: « disability=maybe », « birth_date=2001-02-30 », a value
  // cut by a messaging app: no choice, day or specialty of the form), and how many of its answers name no question of
  // the page (« departement=31 », a name cut short), said once above the list as those above are (the command line
  // refuses them: « disability=maybe : valeur non admise… »), in the candidate's words: the questions, never what the
  // address holds. The former's questions are shown while asked, to be answered (touched).
  let addressUnread = { qids: [], unknown: 0 };
  let unreadSaid = null;
  // The answers a link opened over the page replaced (review83: the department carried from the home page, then a
  // shared link opened in the same tab, replaced without a word): the link wins, being the candidate's own saved
  // answers, and the questions whose answer it changed or left out are said once, above the list, as those above are.
  let addressReplaced = [];
  let replacedSaid = null;
  // The questions the candidate changed on this page: shown while they are asked, even once their answer is « Je ne
  // sais pas encore » (or the field emptied) where the list no longer needs them (show). phone51 L5: on Toulouse's
  // list « en présentiel », « Quelle est votre nationalité ? » was shown only for the answer it held; « Je ne sais pas
  // encore » tapped, the whole question went from under the finger, without a word, and could not be answered again.
  // It goes when another answer makes it no longer asked (as any question does; no answer of theirs is lost then).
  const touched = new Set();
  root.dataset.state = "loading";
  // The department the home page's finder carried here through its notice (#department=31, the notice's link to this
  // list followed), said beside the field while the field holds it (review83 L3: nothing said where the answer came
  // from); read from the address and the page before (document.referrer), nothing stored.
  const carried = carriedDepartment();
  if (holdsAnswers(location.hash)) restore(location.hash);
  // The address's only answer a department of the academy (#department=31, carried from the home page's finder through
  // the notice: most candidates, phone64 M1): the engine's answer for it, computed at build time (page.py
  // _department_variants, a <template> per answer), shown now in place of the build's one for no answer, bar included,
  // until the engine's own replaces it; any other address: the build's answer is stale until then (send).
  const prebuilt = builtFor(answers());
  // The bar's words the build wrote for a page without this script, where no answer can be given (« Dates passées, non
  // datées ou selon le cas. »), are this script's from its start (« … à ce stade. », what summarize writes for the same
  // answer), not from the engine's first answer: the answer shown is the engine's for these answers (none, or the
  // address's department alone), and answers can be given already. Opened from the finder (#department=44) on a slow
  // phone, a past session's bar said the one for 15 s, then the other, for the same list (candidate68, past67). Not
  // over the answer for no answer once answers are given (stale): its dates are for no answer, « selon le cas ».
  if (prebuilt || !Object.keys(answers()).length) scriptBarWords();
  // (this address marked as one the page has read: coming back to it, Back or Forward, is no link opened)
  history.replaceState(SEEN, "");
  // (needs no engine: shown even if the engine cannot load)
  departmentHint(form, data, carried ? { code: carried, words: ui("department_carried") } : null);
  if (early.error) {
    fail(early.error);
    return;
  }
  const worker = early.worker;
  status.textContent = ui("loading");
  let last = 0;
  let shown = 0;
  // The answers of the list shown, and, for each change sent, the question changed and the
  // answers before it (to say what a change removed, and to undo it).
  let shownAnswers = {};
  let shownAsked = [];  // the questions the last result asked: an answered one no longer asked was put aside
  const changes = new Map();
  // The changes of one question in a row, while the keyboard's focus stays in it or its note (the arrows through a
  // group): said and undone as one, from the answers before the first (phone48 M1: at « Je ne sais pas encore »
  // after « Non », the note says what a click from « Oui » says, and its undo goes back to « Oui »).
  let series = null;
  let undoing = false;
  let announced = "";
  // A key that steps through a question's choices (the arrows of a radio group; the arrows, Home, End or a letter in
  // the specialty list) changes the answer at each key, and the list follows each: what the status line says of it
  // waits until the keys pause (SAID_AFTER) or the focus leaves the question, as the department field's hint waits for
  // the typing (a11y67 M2, RGAA 7.5: two arrows through « Quelle est votre situation ? » gave two sentences 160 ms
  // apart; the specialty list went down by its arrows queued dozens). ``held``: the sentence of the last answer, to say
  // then (null: nothing new to say). A tap, a click, Space or Enter: said at once. (The change comes within its key's
  // keydown, before its keyup: stepping.)
  let stepping = false;
  document.addEventListener("keydown", (event) => { stepping = event.key !== " " && event.key !== "Enter"; }, true);
  document.addEventListener("keyup", () => { stepping = false; }, true);
  // (a key's release missed, the window left while it was down: a press of the pointer is no key)
  document.addEventListener("pointerdown", () => { stepping = false; }, true);
  let held = null;
  let heldQuestion = null;
  const statusPause = saidAfterPause(() => {
    heldQuestion = null;
    if (held === null) return;
    status.textContent = held;
    announced = held;
    held = null;
  });
  function receive(kind, message) {
    if (failed) return;
    if (kind === "error") {
      fail(message);
    } else if (message.type === "ready") {
      root.dataset.python = message.python;
      root.dataset.snapshot = message.restored ? "restored" : "booted";
      performance.mark("bts-checklist-engine-ready");
    } else if (message.type === "error") {
      fail(message.message);
    } else if (message.type === "result" && message.id === last) {
      try {
        show(message.result, message.id);
      } catch (error) {
        fail(error);
      }
    }
  }
  early.handler = receive;
  for (const [kind, payload] of early.queue.splice(0)) receive(kind, payload);
  send();
  // The candidate's own answers (not those of the address at load): a message under a field they make appear is
  // brought into view (show)
  let acted = false;
  // The control the candidate last changed: kept in its place on the screen when the answer shows or hides questions,
  // notes or tags above it (show: keptPlace)
  let changed = null;
  // A press of the mouse (or a finger, a pen) under way: the page is not scrolled until its release (show: reveal). The
  // field a candidate leaves by pressing a button sends its change at the press, and the engine may answer before the
  // release: a message brought into view then moved the button from under the pointer, and the click was lost
  // (fix50f: « Allemagne » typed, « Je réside hors de France » pressed, the field still read « Allemagne »).
  let pressed = false;
  let afterPress = null;
  document.addEventListener("pointerdown", () => { pressed = true; }, true);
  const released = () => {
    pressed = false;
    const then = afterPress;
    afterPress = null;
    if (then) setTimeout(then, 0);  // (after the click the release makes)
  };
  document.addEventListener("pointerup", released, true);
  document.addEventListener("pointercancel", released, true);
  form.addEventListener("change", (event) => {
    acted = true;
    changed = event.target;
    const block = event.target.closest && event.target.closest("[data-question]");
    if (block && !block.hidden) touched.add(block.dataset.question);
    const byKeys = stepping && block && event.target.matches("input[type=radio], select");
    send(event, byKeys ? block.dataset.question : null);
  });
  // (the focus out of the question whose answer is held: said now)
  form.addEventListener("focusout", (event) => {
    if (!heldQuestion) return;
    const block = document.getElementById(`q-${heldQuestion}`);
    if (!(block && event.relatedTarget instanceof Node && block.contains(event.relatedTarget))) statusPause.now();
  });
  form.addEventListener("focusout", (event) => {
    if (!series) return;
    const to = event.relatedTarget;
    const block = document.getElementById(`q-${series.question}`);
    const note = block && block.nextElementSibling;
    const within = (node) => node && to instanceof Node && node.contains(to);
    if (!within(block) && !(note && note.matches(".bts-checklist-dropped") && within(note))) series = null;
  });
  form.addEventListener("submit", (event) => { event.preventDefault(); acted = true; send(event); });
  window.addEventListener("hashchange", () => {
    // An address the page has read before (Back, Forward: marked SEEN) is not a link opened over the page's answers:
    // its answers come back without « Le lien ouvert remplace… » (review85: said on Back to the address before a link)
    const traversed = Boolean(history.state && history.state.btsChecklist);
    const own = fragment(answers());
    if (location.hash.slice(1) === own) return;
    if (!holdsAnswers(location.hash)) {
      // A link to a place of the page (the summary bar, « Aller au contenu »): the browser has scrolled
      // there; the address keeps the answers (to share, to come back to), which stay as they are.
      history.replaceState(SEEN, "", own ? `#${own}` : location.pathname + location.search);
      return;
    }
    const before = answers();
    restore(location.hash);
    history.replaceState(SEEN, "");
    const after = answers();
    addressReplaced = traversed ? []
      : [...names].filter((name) => name in before && before[name] !== after[name] && !addressUnread.qids.includes(name));
    send();
  });
  performance.mark("bts-checklist-form-ready");

  // The answers as the engine reads them; a department typed by its name (« haute garonne ») as its code (« 31 »):
  // the engine, the share link and the command line know codes only (namedDepartment).
  function answers() {
    const found = {};
    for (const element of form.elements) {
      if (!element.name) continue;
      if (element.type === "radio" && !element.checked) continue;
      const value = element.value.trim();
      const question = data.questions[element.name];
      if (value) found[element.name] = (question && question.kind === "department" && namedDepartment(data.names, value)) || value;
    }
    return found;
  }

  // builtFor: the answers given (the address's, restored) are a department alone that a build's answer is for (a
  // <template data-answer-for> of the page) and the address held nothing else (unread, unasked): that answer and its bar
  // put in place of the build's, and those answers returned; else null, the page unchanged. One template serves every
  // department whose answer is the same but for its line in « Vos réponses » (printed), built empty (page.py
  // _echo_left_out): written here for the address's department, in answersBlock's words.
  function builtFor(given) {
    const codes = Object.keys(given);
    if (codes.length !== 1 || codes[0] !== "department" || addressUnread.qids.length || addressUnread.unknown || addressUnasked.length) return null;
    const variant = [...root.querySelectorAll("template.bts-checklist-variant")]
      .find((template) => template.dataset.answerFor.split(",").includes(given.department));
    if (!variant) return null;
    const bar = document.getElementById("bts-checklist-summary");
    const [built, answer] = [...variant.content.children];
    if (!bar || !built || !built.matches(".bts-checklist-summary") || !answer) return null;
    bar.replaceChildren(...document.importNode(built, true).childNodes);
    output.replaceChildren(...document.importNode(answer, true).childNodes);
    for (const echo of output.querySelectorAll('.bts-checklist-answers [data-answer="department"]')) {
      echo.textContent = answerLine("department", given.department);
      numbersWhole(echo);
    }
    pointerButtons();
    dotsAlone();
    return given;
  }

  // The build's words for a page without this script (summary_passed_pending_unanswered), wherever the bar holds them
  // (its next date, or a later moment's, which past.js may show before the engine answers), replaced by this script's.
  function scriptBarWords() {
    const bar = document.getElementById("bts-checklist-summary");
    if (!bar) return;
    const flat = (text) => text.replace(/[\u00a0\u202f]/g, " ").split(/\s+/).filter(Boolean).join(" ");
    const built = flat(ui("summary_passed_pending_unanswered"));
    for (const place of bar.querySelectorAll("[data-summary=next], [data-summary=next] *, [data-summary=later]")) {
      if (!place.children.length && flat(place.textContent) === built) place.textContent = ui("summary_passed_pending");
    }
  }

  function sameAnswers(one, other) {
    return fragment(one) === fragment(other);
  }

  function fragment(values) {
    const params = new URLSearchParams();
    for (const key of Object.keys(values).sort()) params.set(key, values[key]);
    return params.toString();
  }

  // A fragment of answers (#situation=repeater&...), or none (back to the page without answers); not the
  // id of an element of the page.
  function holdsAnswers(hash) {
    const text = hash.replace(/^#/, "");
    if (!text) return true;
    let id = text;
    try { id = decodeURIComponent(text); } catch (error) { /* not an id either */ }
    if (document.getElementById(id)) return false;
    return [...new URLSearchParams(text).keys()].some((key) => names.has(key.trim()));
  }

  // Answers from the URL fragment (#situation=repeater&...) into the form.
  function restore(hash) {
    putAside.clear();  // (the address's answers, and those only)
    touched.clear();
    fromAddress = true;
    // Each key and value without the white space around it, as the command line reads « situation= distance »
    // (cli.parse_answers; review81 L3: « situation=+distance+ », a link edited by hand, was said unread here).
    const pairs = [...new URLSearchParams(hash.replace(/^#/, ""))].map(([key, value]) => [key.trim(), value.trim()]);
    const given = (name) => pairs.filter(([key]) => key === name).map(([, value]) => value);
    addressUnasked = Object.keys(data.unasked_here || {}).filter((qid) => given(qid).length && !names.has(qid));
    // A question answered twice with different values (#situation=distance&situation=in_person, a link edited by
    // hand): neither value taken, the answer said unread and its question asked again, as the command line refuses it
    // (checklist_errors.given_twice; review81 M2: the page took the first value, the command line the last).
    const twice = new Set([...names].filter((name) => new Set(given(name)).size > 1));
    setForm(Object.fromEntries([...names].map((name) => [name, twice.has(name) ? null : given(name)[0] ?? null])));
    // (what the form holds now: a radio group or a list without that value, a date field that read no day, is empty)
    const held = answers();
    const qids = [...names].filter((name) => (twice.has(name) || given(name)[0]) && !(name in held));
    for (const qid of qids) touched.add(qid);
    const unknown = pairs.filter(([key, value]) => (key || value) && !names.has(key) && !Object.hasOwn(data.unasked_here || {}, key)).length;
    addressUnread = { qids, unknown };
  }

  // The form shows exactly these answers (a question without one: « Je ne sais pas encore » or empty).
  function setForm(values) {
    for (const name of names) setAnswer(name, values[name]);
  }

  // One question's field shows this answer (none: « Je ne sais pas encore » or empty).
  function setAnswer(name, value) {
    for (const element of form.querySelectorAll(`[name="${CSS.escape(name)}"]`)) {
      if (element.type === "radio") element.checked = element.value === (value ?? "");
      else element.value = value ?? "";
    }
    if (value) document.getElementById(`q-${name}`).hidden = false;
  }

  // ``keyed``: the question whose answer a key stepping through its choices changed (its status sentence held: stepping)
  function send(event, keyed = null) {
    last += 1;
    root.dataset.sent = String(last);
    // (any other answer sent: its sentence said at once, in place of one held)
    if (keyed) {
      heldQuestion = keyed;
      statusPause.wait();
    } else {
      statusPause.cancel();
      heldQuestion = null;
      held = null;
    }
    // Until the engine's first answer, the answer in the page is the one for no answer at all: hidden but for its key
    // dates, whose pointers to « Dates à retenir » (hidden) are disabled, read as their words (the engine's answer
    // replaces them; a review: a Tab stop that did nothing); not while the answers are those of the answer built for
    // the address's department alone, in its place (builtFor).
    if (!shown && Object.keys(answers()).length && !(prebuilt && sameAnswers(answers(), prebuilt))) {
      root.dataset.stale = "true";
      for (const pointer of output.querySelectorAll(".bts-checklist-to-dates")) pointer.disabled = true;
    }
    if (event && event.type === "change") {
      performance.mark(`bts-checklist-change-${last}`);
      const block = event.target.closest && event.target.closest("[data-question]");
      if (block && !(series && series.question === block.dataset.question)) {
        series = { question: block.dataset.question, before: { ...shownAnswers }, asked: [...shownAsked] };
      }
      if (block) changes.set(last, series);
    }
    const given = answers();
    for (const [qid, value] of putAside) if (!(qid in given)) given[qid] = value;
    // (no answer in the address: read as ever, the first answer as fast as before)
    worker.postMessage({ type: "evaluate", id: last, answers: given, given: fromAddress && Object.keys(given).length > 0 });
    if (fromAddress) unaskedSaid = { id: last, qids: addressUnasked };
    if (fromAddress) unreadSaid = { id: last, ...addressUnread };
    if (fromAddress) replacedSaid = { id: last, qids: addressReplaced };
    addressUnasked = [];
    addressUnread = { qids: [], unknown: 0 };
    addressReplaced = [];
    fromAddress = false;
  }

  // Where the control the candidate is on (the focused one, else the one last changed) is on the screen, before an
  // answer changes the form: { element, top }; null before any answer of theirs or when it is not shown.
  function placeOf() {
    if (!acted) return null;
    const focused = document.activeElement;
    const element = focused && focused !== document.body && root.contains(focused) ? focused : changed;
    if (!element || !element.isConnected || !element.getClientRects().length) return null;
    const top = element.getBoundingClientRect().top;
    // (on the screen, if under the header: kept on it, below the header, by inView)
    return { element, top, seen: top > -element.getBoundingClientRect().height && top < window.innerHeight };
  }

  // The page scrolled back by what questions, notes or the « encore utile » tags shown or hidden above that control
  // moved it (phone49 L3: « en présentiel » tapped on Nantes 2024 with 35 answered hid the hint above, and the option
  // went from 303 px to 198 px under the finger), as far as the page can scroll.
  function keepPlace(place) {
    if (!place || !place.element.isConnected || !place.element.getClientRects().length) return;
    const moved = place.element.getBoundingClientRect().top - place.top;
    if (Math.abs(moved) >= 1) window.scrollBy({ top: moved, left: 0, behavior: "instant" });
  }

  function show(result, id) {
    const place = placeOf();
    const invalid = new Set(result.problems.filter((p) => p.reason === "unknown_value").map((p) => p.question));
    const order = formOrder();
    // answers of the address whose question the form would not ask in the candidate's situation (read as the command
    // line reads them, all at once: the engine's « unasked »), not counted: erased, said once above the list
    const ignored = (result.unasked || []).filter((qid) => data.questions[qid]).sort((a, b) => order.indexOf(a) - order.indexOf(b));
    const dropped = result.dropped.filter((qid) => !invalid.has(qid) && !ignored.includes(qid) && result.asked.indexOf(qid) < 0)
      .sort((a, b) => order.indexOf(a) - order.indexOf(b));
    const change = changes.get(id);
    changes.clear();
    // dropped answers that counted before the change are put aside, as are those put aside before and dropped still;
    // any other (from the address: it never counted here) is removed, said with the ignored ones below (read61 L7)
    for (const qid of dropped) if (change && change.before[qid] !== undefined) putAside.set(qid, change.before[qid]);
    for (const qid of putAside.keys()) {
      if (qid in result.answers) setAnswer(qid, result.answers[qid]);  // it counts again: back in its field
      if (!result.dropped.includes(qid)) putAside.delete(qid);
    }
    const erased = dropped.filter((qid) => !putAside.has(qid));
    for (const qid of [...dropped, ...ignored]) setAnswer(qid, "");
    const appeared = [];
    for (const qid of touched) if (!result.asked.includes(qid)) touched.delete(qid);
    for (const block of form.querySelectorAll("[data-question]")) {
      const qid = block.dataset.question;
      const asked = result.asked.includes(qid);
      const needed = result.questions.includes(qid);
      block.hidden = !(asked && (needed || qid in result.answers || invalid.has(qid) || touched.has(qid)));
      block.classList.toggle("bts-checklist-needed", needed);
      // a question only the contacts need (the specialty, for its manager) cannot change the list: « pour vos contacts »;
      // the tag describes the question's control (aria-describedby): empty when the question is no longer needed
      const tag = block.querySelector(".bts-checklist-needed-tag");
      if (tag) tag.textContent = needed ? ui(contactOnly(result, qid) ? "contact_tag" : "needed_tag") : "";
      const problem = document.getElementById(`q-${qid}-problem`);
      const control = document.getElementById(`q-${qid}-input`);
      if (problem) {
        const bad = invalid.has(qid) && asked;
        // shown, or another value that cannot be read either: said again (a review, phone49 L2: « Rennes » after
        // « hte garonne » was said nowhere but next to the field)
        const typed = control ? control.value : "";
        if (bad && (problem.hidden || problem.dataset.typed !== typed)) appeared.push(problem);
        problem.dataset.typed = bad ? typed : "";
        problem.hidden = !bad;
        const apart = bad && data.questions[qid].kind !== "date" ? departmentsApart(data.names, typed) : null;
        const message = !bad ? "" : data.questions[qid].kind === "date" ? ui("invalid_date")
          : apart ? ui("department_apart", apart) : departmentProblem(typed, control);
        // written again only when its words change: a tap on a close department's button (« Vouliez-vous dire :
        // Haute-Garonne (31) ? ») leaves the field, whose change sends an answer; written again while the finger was
        // down, the button under it was another, and the tap was lost (a loaded machine's test, 2026-12-06)
        const words = [message].flat().map((part) => (typeof part === "string" ? part : part.textContent)).join("");
        if (problem.textContent !== words) problem.replaceChildren(...[message].flat());
        if (control) control.setAttribute("aria-invalid", bad ? "true" : "false");
      }
    }
    // (the department hint does not offer again a close name the field's message now offers: departmentHint)
    form.dispatchEvent(new Event("bts-problems"));
    // The hint under the department field naming another academy (departmentHint), for a department just answered: in
    // view above the phone's summary bar too, as a field's message (checklist.css: scroll-margin-bottom). phone73: at
    // 360×740, « 971 » typed on Toulouse 2024's checklist, the field near the screen's bottom, the hint's last two lines
    // (the academy's site) were under the bar.
    for (const [qid, question] of Object.entries(data.questions)) {
      if (question.kind !== "department" || !(qid in result.answers) || result.answers[qid] === shownAnswers[qid]) continue;
      const hint = document.getElementById(`q-${qid}-elsewhere`);
      if (hint && !hint.hidden && elsewhereHint(data, result.answers[qid])) appeared.push(hint);
    }
    render(result);
    // (in the command line's words: « Réponse ignorée, car sa question ne se pose pas dans votre situation : … »), the
    // answers removed with them: the command line says both ignored, in these words (read61 L7: the page said those
    // « Réponse retirée, car la question ne se pose plus », of a question a shared link's reader was never asked)
    // (an answer of the address the form could not take, to a question not asked either: said ignored with those)
    const unread = unreadSaid && unreadSaid.id === id ? unreadSaid : { qids: [], unknown: 0 };
    if (unreadSaid && id >= unreadSaid.id) unreadSaid = null;
    const unreadAsked = unread.qids.filter((qid) => result.asked.includes(qid)).sort((a, b) => order.indexOf(a) - order.indexOf(b));
    const notCounted = [...erased, ...ignored, ...unread.qids.filter((qid) => !result.asked.includes(qid))]
      .sort((a, b) => order.indexOf(a) - order.indexOf(b));
    const ignoredWords = notCounted.length
      ? shared("checklist.dropped", { count: notCounted.length, answers: notCounted.map((q) => `« ${data.questions[q].quoted} »`).join(", ") }) : "";
    const unasked = unaskedSaid && unaskedSaid.id === id ? unaskedSaid.qids : [];
    if (unaskedSaid && id >= unaskedSaid.id) unaskedSaid = null;
    const unaskedWords = unasked.length
      ? shared("checklist.not_asked_here", { count: unasked.length, answers: unasked.map((q) => `« ${data.unasked_here[q]} »`).join(", ") }) : "";
    // (read62 L4: the questions whose answer the address gave unreadable, asked here, shown to be answered; the number
    // of its answers that name no question: never their words, the address's)
    const unreadWords = [
      unreadAsked.length ? ui("unread", { count: unreadAsked.length, answers: unreadAsked.map((q) => `« ${data.questions[q].quoted} »`).join(", ") }) : "",
      unread.unknown ? ui("unread_unknown", { count: unread.unknown }) : "",
    ].filter(Boolean).join(" ");
    if (unaskedWords) output.prepend(el("p", unaskedWords, { class: "bts-checklist-ignored", "data-ignored": unasked.join(" ") }));
    if (ignoredWords) output.prepend(el("p", ignoredWords, { class: "bts-checklist-ignored", "data-ignored": notCounted.join(" ") }));
    if (unreadWords) output.prepend(el("p", unreadWords, { class: "bts-checklist-ignored bts-checklist-unread", "data-unread": unreadAsked.join(" ") }));
    // (the answers a link opened over the page replaced: their questions, first)
    const replaced = (replacedSaid && replacedSaid.id === id ? replacedSaid.qids : []).sort((a, b) => order.indexOf(a) - order.indexOf(b));
    if (replacedSaid && id >= replacedSaid.id) replacedSaid = null;
    const replacedWords = replaced.length
      ? ui("replaced", { count: replaced.length, answers: replaced.map((q) => `« ${data.questions[q].quoted} »`).join(", ") }) : "";
    if (replacedWords) output.prepend(el("p", replacedWords, { class: "bts-checklist-ignored bts-checklist-replaced", "data-replaced": replaced.join(" ") }));
    summarize(result);
    // the warnings next to answers before this answer (notesAtQuestions writes them again), and what the notice says of
    // the candidate's situation: a note with one that was not there, or says something else, is brought into view as
    // the note of set-aside answers is (reveal). The standing's too (phone55 M1: Clermont-Ferrand's « IMPÉRATIVEMENT
    // saisir leur n° de candidat », brought up by « J'ai déjà présenté le BTS… », stayed whole under the summary bar at
    // 568 px): inView scrolls by no more than what keeps the tapped row under the header, so the choice stays where the
    // finger is, on the screen (what phone49 L3 and phone52 L2 asked of it)
    const warningsHere = () => [...form.querySelectorAll(".bts-checklist-note .bts-checklist-warning-here, .bts-checklist-note .bts-checklist-standing")];
    const warningWords = (item) => `${item.closest(".bts-checklist-note").dataset.noteFor}\n${item.textContent}`;
    const warningsBefore = new Set(warningsHere().map(warningWords));
    notesAtQuestions(result);
    const newWarning = warningsHere().find((item) => !warningsBefore.has(warningWords(item)));
    const newNote = newWarning ? newWarning.closest(".bts-checklist-note") : null;
    // registered by their establishment (Nantes 2026's students): where they live decides nothing, and the hint
    // next to the department field (« … relève de l'académie de Paris ») would send them elsewhere: it says why it
    // does not (departmentHint), said again when that changes
    const byEstablishment = Boolean(result.standing && result.standing.category && result.standing.category.how === "establishment");
    if (root.hasAttribute("data-by-establishment") !== byEstablishment) {
      root.toggleAttribute("data-by-establishment", byEstablishment);
      form.dispatchEvent(new Event("bts-by-establishment"));
    }
    const aside = droppedNote(change, dropped, result);
    shownAnswers = { ...result.answers };
    shownAsked = [...result.asked];
    const hash = fragment(result.answers);
    if (location.hash.slice(1) !== hash) history.replaceState(SEEN, "", hash ? `#${hash}` : location.pathname + location.search);
    updateKeep();
    // Screen readers: one short sentence, not the whole list.
    let sentence = abroad(result) ? ui("summary_abroad") : outside(result) ? ui("summary_elsewhere") : noList(result) ? noListWords(result, ui("announce_no_list"))
      : listQuestions(result).length ? ui("announce", { documents: lowerFirst(documentsWords(result)), questions: listQuestions(result).length })
      : ui("announce_none_left", { documents: lowerFirst(documentsWords(result)) });
    if (unaskedWords) sentence = unaskedWords + " " + sentence;
    if (ignoredWords) sentence = ignoredWords + " " + sentence;
    if (unreadWords) sentence = unreadWords + " " + sentence;
    if (replacedWords) sentence = replacedWords + " " + sentence;
    // (said as the ignored ones are: review52 M2)
    if (aside.length) sentence = ui("kept", { count: aside.length, questions: aside.map((q) => `« ${data.questions[q].quoted} »`).join(", ") }) + " " + sentence;
    if (undoing) sentence = ui("undone") + " " + sentence;
    undoing = false;
    // a field's message the answer made appear (« Département non reconnu… »): said too, not only shown next to the
    // field a screen reader may have left (a review, phone48 L3)
    const problems = appeared.filter((element) => element.classList.contains("bts-checklist-problem")).map((element) => element.textContent);
    if (problems.length) sentence = problems.join(" ") + " " + sentence;
    const news = sentence !== announced || erased.length || aside.length || problems.length || ignored.length || unreadWords || replacedWords;
    if (statusPause.waiting) {
      held = news ? sentence : null;  // (the last answer's, when the keys pause: stepping)
    } else if (news) {
      status.textContent = sentence;
      announced = sentence;
    }
    shown += 1;
    delete root.dataset.stale;
    output.dataset.answerOf = "engine";
    root.dataset.state = "ready";
    // Once every change of the page above is made (the note of an earlier change removed, a new one added, the status
    // line, the answer no longer stale): the control back in its place, then the note of removed answers, under it,
    // brought into view without taking that control off the screen. review57 M1: put back before the earlier note was
    // removed, « Nationalité » tapped under it went from 304 px to −41 px where the browser does no scroll anchoring
    // (Safari): in Chromium, its anchoring had hidden it.
    keepPlace(place);
    const reveal = () => {
      // the note of set-aside answers, else a note at a question the candidate's answer made appear (phone53 L3: on
      // Nantes 2026, « Aucune » after « Oui » to « engagement étudiant » opened its warning under the summary bar, only
      // its title seen): in view above the bar, the control the candidate is on kept on the screen (inView)
      const dropped = form.querySelector(".bts-checklist-dropped");
      inView(place, dropped || (acted && newNote && newNote.isConnected ? newNote : null));
      // a field's message the candidate's answer made appear (« Département non reconnu… »): in view, above the phone's
      // summary bar (checklist.css: scroll-margin-bottom)
      if (acted && appeared.length) appeared[appeared.length - 1].scrollIntoView({ block: "nearest" });
    };
    // Under a press, after its release (pressed; fix50f: the page scrolled to « Département non reconnu… » under the
    // button « Je réside hors de France » held down, and the click was lost). If the click sent other answers
    // meanwhile, a message still shown in their answer is brought into view, and said, by it.
    if (pressed) {
      afterPress = () => {
        if (id === last) reveal();
        else for (const problem of appeared) problem.dataset.typed = "";
      };
    } else {
      reveal();
    }
    root.dataset.revision = String(shown);
    root.dataset.done = String(id);
    if (shown === 1) {
      performance.mark("bts-checklist-first-result");
      setTimeout(keepForOffline, 1000);
    }
    if (performance.getEntriesByName(`bts-checklist-change-${id}`).length) {
      performance.measure("bts-checklist-update", `bts-checklist-change-${id}`);
    }
    root.dispatchEvent(new CustomEvent("bts-checklist:result", { detail: { id, revision: shown } }));
  }

  // A department the field cannot read: a word that names none (most often a city: « Toulouse » on Toulouse's list,
  // phone49 L1) is said as such, with what to type instead; anything else, what to type. A misspelt name (« haute
  // garone »): the departments close to it, each a button that writes it in the field (input), as under the field
  // while it was typed, then what to type else (fixdept, stop 55: once the field was left, only « s'il s'agit de votre
  // ville »), as the command line (checklist_errors.department_close): the message's words and buttons.
  function departmentProblem(typed, input) {
    const word = typed.trim();
    const quoted = typedStart(word);  // (its start only: typedStart)
    // a former number (« 20 », Corsica's): the departments it became, each a button, as the command line offers them
    // (checklist_errors.department_former; read64 L2: « Département non reconnu », no word of 2A or 2B)
    const former = formerCode(data.names, word);
    if (former.length) {
      const [before, after] = ui("invalid_department_former", { typed: quoted, close: "\u0001" }).split("\u0001");
      return [before, ...closeOffer(data, former, (name) => pickDepartment(input, name)), after];
    }
    // words of some departments' names (« garonne »): those departments (phone54 L2: said to name none)
    const partial = namesWithWords(data.names, word);
    if (partial.length) {
      const items = partial.map(([name, code]) => `${name} (${code})`);
      const names = items.length < 2 ? items.join("") : shared("conditions.or_last", {
        before: items.slice(0, -1).reduce((before, after) => shared("conditions.or_comma", { before, after })),
        after: items[items.length - 1],
      });
      return ui("invalid_department_partial", { typed: quoted, names });
    }
    const close = closeNames(data.names, word);
    if (close.length) {
      const [before, after] = ui("invalid_department_close", { typed: quoted, close: "\u0001" }).split("\u0001");
      return [before, ...closeOffer(data, close, (name) => pickDepartment(input, name)), after];
    }
    if (/\p{L}{2}/u.test(word) && !/[0-9]/.test(word)) return ui("invalid_department_word", { typed: quoted, ...data.academy.example });
    return ui("invalid_department", data.academy.example);
  }

  // No list for the candidate: the notice excludes or does not name their situation, or their department is
  // another academy's (the note says why; answer.py: the same test).
  function noList(result) {
    return Boolean(result.standing) && NO_LIST.includes(result.standing.kind);
  }

  function outside(result) {
    return Boolean(result.standing) && result.standing.kind === "outside_academy";
  }

  // Living abroad (« étranger », « 99 »), where the notice reserves registration to its residents: no list either,
  // but this notice's contacts (no notice says where to register; its exam office is one to ask; engine: contacts).
  function abroad(result) {
    return outside(result) && result.standing.department === data.abroad;
  }

  // The candidate's department is another academy's (the warning about it is theirs: a notice silent on residence), or
  // they live abroad: « abroad », « elsewhere », else null.
  function departmentWarned(result) {
    if (!result.warnings.some((warning) => warning.id === DEPARTMENT_WARNING)) return null;
    return result.answers.department === data.abroad ? "abroad" : "elsewhere";
  }

  // No list, in the bar and the status line (``words``: theirs for a situation the notice excludes or does not name):
  // with a department of another academy, that first, as for a notice that sends them there (phone58 M2: Nantes 2026's
  // bar said « Pas de liste de pièces pour votre situation » to a Paris resident; its note is first in the list, render),
  // then their situation, which the note's title says (phone61 L5: the bar named the department alone).
  function noListWords(result, words) {
    const warned = departmentWarned(result);
    return warned === "abroad" ? ui("summary_abroad") : warned ? ui("summary_elsewhere_no_list") : words;
  }

  // none of this notice's dates for the candidate: another academy's, or one it excludes, or one it does not cite who
  // lives in another academy's department (standing.elsewhere: sent to that academy; fixcode59). The engine's result
  // says it (engine.no_dates; NOTE60: this function wrote its rule again).
  function noDates(result) {
    return result.no_dates === true;
  }

  // none of this notice's contacts for the candidate (their list's « contacts » empty): another academy's but abroad,
  // and one it does not cite who lives in another academy's department (its note names the exam office, for a doubt;
  // fixcode59). As engine.sent_elsewhere.
  function sentElsewhere(result) {
    return (outside(result) && !abroad(result)) || Boolean(result.standing && result.standing.elsewhere);
  }

  // The number of pieces in words, on the bar and in the status line: asked once the dates are over (datesPast), not
  // « à déposer » (phone49 L7), known only when the notice does not give its whole list (phone48 L4), never « Au moins
  // 0 »: with no piece known, only that the list is incomplete (page.py: _documents_words; review67 L6).
  function documentsWords(result) {
    const past = datesPast(result);
    const partial = partialFor(result);
    if (partial && !result.documents.length) return ui("summary_documents_partial_none");
    const key = past ? (partial ? "summary_documents_past_partial" : "summary_documents_past")
      : partial ? "summary_documents_partial" : "summary_documents";
    return ui(key, { count: result.documents.length });
  }

  // The list's title: its pieces « demandées » whenever the bar's count says so (datesPast), « à déposer » before
  // (walk67b L1: « Pièces à déposer (6) » under « 6 pièces demandées | Toutes les dates limites sont passées »); written
  // again with the bar (summarize), at each moment that changes it. As page.py: documents_past, the build's title.
  function documentsTitle(result) {
    const count = { count: result.documents.length };
    return datesPast(result) ? ui("documents_title_past", count) : ui("documents_title", count);
  }

  // Nothing left to deposit by a date: every date of the notice over (its marker .bts-dates-over shown, by the build or
  // by past.js; or, on a page left open, its last instant in page data « over » passed, at the moment rule of the
  // bar's dates: a last date with an hour is over at its minute, the marker only at the next midnight), or the bar
  // says every one of the candidate's dates passed (nextDeadline: none ahead, none still depending on an answer). The
  // count then says its pieces « demandées », at the moment the bar says « Toutes les dates limites sont passées »
  // (NOTE57: a bar whose last date had an hour said so from that hour, the count « à déposer » until midnight; Toulouse
  // 2024's candidate without the « engagement étudiant » piece read both from 23 November to 15 January, the
  // notice's last date being that piece's). As page.py: _documents_words's ``past``.
  function datesPast(result) {
    if (root.querySelector(".bts-dates-over:not([hidden])")) return true;
    const now = readingTime();
    if (overMoments.length && Math.max(...overMoments) <= now) return true;
    const [next, known, waiting] = nextDeadline(result, now);
    return !next && (known || waiting);
  }

  // The bar's words once every one of the candidate's dates passed: « Toutes les dates limites sont passées. », or, when
  // the notice does not date the closing (none in page data « over »: Nantes 2026), their dates passed and the closing
  // not dated (read60 M3: « Toutes les dates limites … » above the list's « Clôture … : date non précisée par la
  // notice » read as the undated closing passed), or, when the notice does not date one of the candidate's (a key date,
  // or their own: ownDeadlines), their dates passed save those, counted (read61 M1: Aix-Marseille 2023's rare-language
  // attestation); the closing not dated and one of their own not dated either, the two counted so (read63 M1: Nantes
  // 2026's positioning decision); a piece whose date passed but that the notice lets be deposited later without a date
  // (late_deposit: « … à une date non précisée par la notice » in the list) counted as one not dated (phone62 M1:
  // Toulouse 2024's R408 attestation under « Toutes les dates limites sont passées. »). As page.py: passed_key.
  function passedWords(result) {
    const ownUndated = ownDeadlines(result, true).filter((d) => !d.end);
    const undatedIds = new Set([...data.key_dates.filter((d) => d.deadline && !d.end), ...ownUndated].map((d) => d.id));
    // (its own date already counted when the notice does not date it)
    const own = ownUndated.length + result.documents.filter((doc) => doc.late_deposit && !undatedIds.has(doc.deadline)).length;
    if (!(data.over && data.over.registration_closing) && !own) return ui("summary_passed_undated");
    const undated = data.key_dates.filter((d) => d.deadline && !d.end).length + own;
    return undated ? ui("summary_passed_undated_own", { count: undated }) : ui("summary_passed");
  }

  // The candidate's list is known not to be whole: the notice does not give its whole list, or a warning told them says
  // a piece of theirs is missing from it (engine: unlisted_piece; page.py: partial_list, the same; phone51 L9).
  function partialFor(result) {
    return Boolean(partialList()) || result.warnings.some((warning) => warning.unlisted_piece);
  }

  // The phone's summary bar: number of documents, next deadline not passed (today's date, here).
  function summarize(result) {
    const title = output.querySelector("[data-documents-title]");
    const titled = title ? documentsTitle(result) : null;
    if (title && title.textContent !== titled) title.textContent = titled;
    const bar = document.getElementById("bts-checklist-summary");
    if (!bar) return;
    // (the build's words for later moments, which past.js shows in their time until this script writes the bar)
    for (const later of bar.querySelectorAll("[data-summary=later]")) later.remove();
    // (the pieces' line, the build's or this script's: written again below when it is said)
    for (const line of bar.querySelectorAll("[data-summary=pieces]")) line.remove();
    // No list for the candidate (the notice excludes or does not name their situation, their department is
    // another academy's): the bar says so, never « 0 pièce à déposer » nor the pieces asked of everyone.
    const elsewhere = outside(result);
    const none = noList(result);
    nextBarUpdate(result, !elsewhere && !none);
    // (no list, the department another academy's: the situation in the count's place, the department and the note on
    // the department's line, each on one line at 320 px, no « Voir votre liste »; phone62 L1: the whole sentence of the
    // status line took four lines, 108 px of a 640 px screen)
    const twoLines = !elsewhere && none && departmentWarned(result) === "elsewhere";
    const documents = abroad(result) ? ui("summary_abroad") : elsewhere ? ui("summary_elsewhere") : twoLines ? ui("summary_no_list_situation")
      : none ? noListWords(result, ui("summary_no_list")) : documentsWords(result);
    bar.querySelector("[data-summary=documents]").textContent = documents;
    departmentLine(bar, result, none);
    // (nor where the notice turns away another academy's department, or one living abroad: no list either, the bar,
    // still a link to the note, on two lines; phone63 L1: beside « Voir votre liste » four lines, 108 px at 320)
    const link = bar.querySelector(".bts-checklist-summary-link");
    if (link) link.hidden = twoLines || elsewhere;
    const [next, known, waiting] = nextDeadline(result, readingTime());
    const place = bar.querySelector("[data-summary=next]");
    place.classList.remove("bts-checklist-summary-dated");
    // (a list given to another academy's department keeps this notice's next date: a notice that does not reserve
    // registration to its residents, Aix-Marseille 2023, may be that candidate's, whose closing then matters most;
    // phone73, after dates71 had hidden it. departmentLine says the department's academy, as a fact)
    // (none ahead but a piece still depending on an answer due later: the candidate's dates passed so far; review73 M4)
    // (the session over, « Session passée » on the page: those dates are history, never passed « à ce stade »; phone74)
    place.textContent = elsewhere || none ? "" : next ? "" : known ? passedWords(result)
      : waiting ? ui(sessionOver(readingTime()) ? "summary_session_over" : "summary_passed_pending") : "";
    if (elsewhere || none || !next) return;
    // On one line (phone55 M1: the whole sentence of the date made the bar 144 px high on a 568 px screen): what closes,
    // cut at its end if it must (checklist.css), then the date, short, whole (barDate: its hour, or that the notice does
    // not give it, or that it is the guide's reading); the list, one tap away, says it all. As page.py: the build's bar.
    const key = nextDeadlineKey(next, result);
    // A piece's own deadline names its piece: its label (no piece has a shorter name), in a box on one line
    // (checklist.css), so that the bar is no taller than with « Date limite d'une de vos pièces »: its start cut in
    // the middle of the label, its end kept (pieceParts: « Attestation de formation rel… (R408) »); several pieces due
    // then are counted, the list one tap away (as page.py: _summary_next).
    const pieces = key === "summary_next_piece" ? nextPieces(next, result) : [];
    const words = key !== "summary_next_piece" ? data.ui[key] : pieces.length !== 1 ? data.ui["summary_next_pieces"] : data.ui["summary_next_piece"];
    const values = { count: pieces.length };
    const [head, tail] = words.split("{date}");
    const what = el("span", "", { class: "bts-checklist-summary-what" });
    if (pieces.length === 1 && key === "summary_next_piece") {
      const [before, after] = fill(head, values).split("{piece}");
      const [start, end] = pieceParts(fr(withoutMarkers(pieces[0].label)));
      const piece = el("span", "", { class: "bts-checklist-summary-piece" });
      piece.append(el("span", start, { class: "bts-checklist-summary-start" }));
      if (end) piece.append(" ", el("span", end, { class: "bts-checklist-summary-end" }));
      what.classList.add("bts-checklist-summary-named");
      what.append(fr(before), piece, fr(after).trimEnd());
    } else {
      what.append(fr(fill(head, values)).trimEnd());
    }
    place.classList.add("bts-checklist-summary-dated");
    // (the date shown short, hidden from assistive technology, which is given it whole after what it closes: « nov. »
    // was read as the word « nov »; a11y67 L4, checklist.css)
    what.setAttribute("data-said", fr(barSaid(next) + fill(tail || "", values)));
    place.append(what, " ", el("span", fr(barDate(next) + fill(tail || "", values)), { class: "bts-checklist-summary-when", "aria-hidden": "true" }));
    // (the count's own date under the next date's, when the pieces are not all due then; review67 L2)
    const line = piecesLine(result, next);
    if (line) {
      const [words, said, shown] = line;
      const pieces = el("span", said ? "" : words, { "data-summary": "pieces" });
      if (said) pieces.append(el("span", words, { class: "bts-checklist-summary-later-what", "data-said": said }), " ", el("span", shown, { "aria-hidden": "true" }));
      place.after(pieces);
    }
    dateLine();
  }

  // The year of a dated deadline (page data « ends », or the registration's closing in « key_dates »), as the notice
  // writes it (as page.py: _year).
  function deadlineYear(id) {
    const key = data.key_dates.find((d) => d.id === id && d.end);
    return (data.ends[id] || key.end).slice(0, 4);
  }

  // The bar's line under its next date (``next``) giving the date of the pieces counted above, when they are not all due
  // at that date (review67 L2: « 4 pièces » over « Clôture : 15 nov. 2023 à 17 h 00 (Paris) » read as due at the
  // closing, Toulouse 2024's being due on 22 November): [what it closes, the date whole for a screen reader (bar_said),
  // the date shown: without its year (bar_days) when the line above says the same year, else bar_pieces, both without
  // an hour the notice does not give, which the list says]; the pieces' deadline not dated
  // by the notice, or several of them, [words without a date, "", ""]; null with no next date, no piece counted, or
  // every piece due at the next date. Their date over now (passedDate, as the list's lines of that date; only under a
  // next date after it, a date of the candidate's own such as an exam-adjustment request due after the pieces), its two
  // forms said passed in the list's words (« 22 nov. — date passée », pastWords); a page left open: nextBarUpdate's
  // timer writes the bar again at that moment. As page.py: _pieces_line.
  function piecesLine(result, next) {
    if (!next || !result.documents.length) return null;
    const due = [...new Set(result.documents.map((doc) => doc.deadline))];
    if (due.length === 1 && due[0] === next) return null;
    // (the next date one of theirs: the others', bar69)
    if (due.length > 1) return [ui(due.includes(next) ? "summary_pieces_others" : "summary_pieces_several"), "", ""];
    const id = due[0];
    if (data.bar_dates[id] === undefined) return [ui("summary_pieces_undated"), "", ""];
    const shown = deadlineYear(id) === deadlineYear(next) ? data.bar_days[id] : data.bar_pieces[id];
    const what = fr(data.ui.summary_pieces.split("{date}")[0]).trimEnd();
    return passedDate(id) ? [what, pastWords(barSaid(id)), pastWords(shown)] : [what, barSaid(id), shown];
  }

  // A list given to a candidate whose department is another academy's (a notice that does not reserve registration to
  // its residents: Aix-Marseille 2023): a short line of the bar says it, as its first line does when no list is given
  // (phone58 L5: the warning was at the question and in the list, the bar said only « 5 pièces à déposer »); a line of
  // its own under the count, before the next date (checklist.css), gone when the department changes.
  function departmentLine(bar, result, none) {
    // (no list: only another academy's department, with the note, summary_department_no_list; summarize)
    const warned = none ? (departmentWarned(result) === "elsewhere" && !outside(result) ? "no_list" : null) : departmentWarned(result);
    let line = bar.querySelector("[data-summary=department]");
    if (!warned) {
      if (line) line.remove();
      return;
    }
    if (!line) {
      line = el("span", "", { "data-summary": "department" });
      bar.querySelector("[data-summary=next]").before(line);
    }
    const title = ui("warnings_title");
    // (the department's academy named, as a fact: « Votre département : académie de Paris »; not « Attention : académie
    // de Paris », read as « go to Paris », which neither the notice nor the list's warning says: « l'une ou l'autre
    // académie »; phone73, after dates71)
    // The academy's title whole, never split (phone73: at 320 px « Votre département : académie de » over
    // « Clermont-Ferrand »): it goes under the words before it when the line is short; and not bold (a fact, not a
    // warning: checklist.css), one line at 360 px for every academy but three vice-rectorats' long titles.
    const academy = warned === "elsewhere" ? departmentAcademy(result) : null;
    line.classList.toggle("bts-checklist-summary-fact", Boolean(academy));
    if (academy) {
      const [head, tail] = ui("summary_department_academy", { academy: "\u0001" }).split("\u0001");
      line.replaceChildren(head, el("span", fr(academy), { class: "bts-checklist-summary-academy" }), tail ?? "");
      return;
    }
    line.textContent = warned === "abroad" ? ui("summary_department_abroad", { title }) : warned === "no_list" ? ui("summary_department_no_list")
      : ui("summary_department", { title });
  }

  // The academy of a candidate's department of another academy (« académie de Paris »: its title in the national
  // table, data.elsewhere's « academy »), when the list warns about that department; else null.
  function departmentAcademy(result) {
    if (departmentWarned(result) !== "elsewhere") return null;
    const hint = elsewhereHint(data, result.answers.department);
    return hint && hint.academy ? hint.academy : null;
  }

  // The date alone wider than the bar's line (a narrow screen, a long mark: « lun. 20 nov., date du guide, heure non
  // précisée »), or a piece named beside it left too little room to show its label's end whole and the first word of
  // its start (« Attestation… (R408) »; dotsAlone, phone47 L2): the line's words wrap whole (checklist.css), the date
  // after the piece's box, rather than cut what the date closes to « P… » or « … (R4… »; measured again when the bar's
  // width changes (summaryRoom). Then the piece's start (dotsAlone).
  function dateLine() {
    const place = document.querySelector("#bts-checklist-summary .bts-checklist-summary-dated");
    if (!place) return;
    place.classList.remove("bts-checklist-summary-wrapped");
    const when = place.querySelector(".bts-checklist-summary-when");
    if (!when || !when.getClientRects().length) return;
    let wrap = when.getBoundingClientRect().height > 1.5 * parseFloat(getComputedStyle(when).lineHeight);
    const start = place.querySelector(".bts-checklist-summary-start");
    if (!wrap && start) {
      start.classList.remove("bts-checklist-summary-dots");
      const end = place.querySelector(".bts-checklist-summary-end");
      wrap = Boolean(end && end.scrollWidth > end.clientWidth + 1)
        || (start.scrollWidth > start.clientWidth && start.clientWidth < firstWordWidth(start) + parseFloat(getComputedStyle(start).fontSize));
    }
    if (wrap) place.classList.add("bts-checklist-summary-wrapped");
    dotsAlone();
  }

  // The width of the first word of the bar's piece's start (dotsAlone, dateLine).
  function firstWordWidth(start) {
    const text = start.firstChild;
    if (!text) return 0;
    const word = document.createRange();
    word.setStart(text, 0);
    word.setEnd(text, text.textContent.search(/\s|$/));
    return word.getBoundingClientRect().width;
  }

  // What Tab brings into view on a phone stops above the summary bar, however many lines it takes (phone52 L4: on two
  // lines, 142 px, it hid half of a focused link under the 6rem of before): the page's scroll-padding-bottom
  // (checklist.css) is the bar's height as laid out, and some room, measured again whenever it changes (its words, the
  // screen's width); none where the bar is not shown (a wide screen, a failed engine: 0 px high).
  function summaryRoom() {
    const bar = document.getElementById("bts-checklist-summary");
    if (!bar) return;
    const measure = () => {
      const height = bar.getBoundingClientRect().height;
      document.documentElement.style.setProperty("--bts-summary-room", height ? `calc(${Math.ceil(height)}px + 1rem)` : "0px");
    };
    // (the bar's width changed, a phone turned: its date's line measured again first)
    if (typeof ResizeObserver === "function") new ResizeObserver(dateLine).observe(bar);
    if (typeof ResizeObserver === "function") new ResizeObserver(measure).observe(bar, { box: "border-box" });
    else window.addEventListener("resize", measure);
    measure();
  }

  // The start of the bar's piece cut before the end of its first word shows its « … » alone (checklist.css), not a
  // stump of that word (phone47 L2: « For… « engagement étudiant » », Toulouse 2024 at 360 px): measured once the bar
  // is laid out, and again when its width changes (a phone turned); the words stay whole for a screen reader.
  function dotsAlone() {
    const start = document.querySelector("#bts-checklist-summary .bts-checklist-summary-start");
    if (!start) return;
    start.classList.remove("bts-checklist-summary-dots");
    const text = start.firstChild;
    if (!text || start.scrollWidth <= start.clientWidth) return;
    const word = document.createRange();
    word.setStart(text, 0);
    word.setEnd(text, text.textContent.search(/\s|$/));
    const room = parseFloat(getComputedStyle(start).fontSize);  // (its « … », about 1em)
    if (start.clientWidth < word.getBoundingClientRect().width + room) start.classList.add("bts-checklist-summary-dots");
  }

  // A piece's label as its start and its end for the phone bar, split at a space (as answer.py: piece_parts): its last
  // group in parentheses or guillemets of up to 30 characters, else its shortest run of last words of 12 characters at
  // least; [label, ""] when there is none.
  function pieceParts(label) {
    const group = / (\([^()]{1,30}\)|«[^«»]{1,30}»)$/.exec(label);
    let cut = group ? group.index : -1;
    if (cut < 0) {
      let position = label.length;
      while ((position = label.lastIndexOf(" ", position - 1)) > 0) {
        if (label.length - position - 1 >= 12) {
          cut = position;
          break;
        }
      }
    }
    return cut > 0 ? [label.slice(0, cut), label.slice(cut + 1)] : [label, ""];
  }

  // The list's pieces due at the moment of the bar's next deadline when it is one of the pieces' own: one, or several
  // whose deadlines fall at the same moment (Nantes 2026: the attestations and the « engagement étudiant » form). As
  // answer.py: next_deadline_pieces.
  function nextPieces(id, result) {
    const own = new Map(ownDeadlines(result).map((d) => [d.id, Date.parse(d.end)]));
    if (!own.has(id)) return [];
    return result.documents.filter((d) => own.has(d.deadline) && own.get(d.deadline) === own.get(id));
  }

  // The deadlines of the candidate's list besides the key dates, by date: its pieces' own (Nantes 2026's 12 December
  // attestations) and its exam-adjustment request's; not a step's, said with it (Clermont-Ferrand's « courriel non
  // reçu », for those who did not get it). Those the notice dates, unless « undated »: then one it does not date too,
  // last (« Dates limites » says it « non précisée »: Nantes 2024's request, review66 L3). As answer.py: own_deadlines.
  function ownDeadlines(result, undated) {
    const known = new Set(data.key_dates.map((d) => d.id));
    const used = new Set(result.documents.map((d) => d.deadline));
    // (a national rule's date the guide gives with its warning: the notice's closing, « engagement étudiant »)
    for (const warning of result.warnings) if (warning.deadline) used.add(warning.deadline);
    const adjustment = result.exam_adjustment;
    // (engine: « dated », a new request's date, and a renewal's unless the notice says it needs no new request and
    // does not date it)
    if (adjustment && adjustment.dated && adjustment.deadline) used.add(adjustment.deadline.id);
    const own = result.deadlines.filter((d) => d.kind === "deadline" && used.has(d.id) && !known.has(d.id));
    const dated = own.filter((d) => d.end).sort((a, b) => Date.parse(a.end) - Date.parse(b.end));
    return undated ? [...dated, ...own.filter((d) => !d.end)] : dated;
  }

  // The moment the page is read (ms): past.js's clock (the device's, or the day of a preview as of another day), the
  // device's if past.js is not there.
  function readingTime() {
    return typeof window.btsClock === "function" ? window.btsClock().getTime() : Date.now();
  }

  // A date of the answer's label (result.deadlines): the exam-adjustment request's of a candidate who already obtained
  // one, where the notice dispenses some of them from a new request and dates it (engine: new_request_only), said to
  // be for those who must make one (review67 L8). As text.py: deadline_label.
  // A date over now (« — date passée » in « Dates limites » and « Dates à retenir »; answer.py, text.py: passed, the
  // build's day; fixdup57): the registration's closing from past.js's marker .bts-registration-closed (when the notice
  // dates it, not Nantes 2026's), another dated deadline from its instant in page data « over » (overAt: the minute of
  // its hour, or the end of its « inclus » day), at the same moment rule; a page left open: nextBarUpdate's timer.
  function passedDate(id) {
    if (id === "registration_closing") {
      return Boolean(data.over && data.over[id]) && Boolean(root.querySelector(".bts-registration-closed:not([hidden])"));
    }
    return Boolean(data.over && data.over[id]) && Date.parse(data.over[id]) <= readingTime();
  }

  function deadlineLabel(d) {
    return d.new_request_only ? shared("dates.new_request_only", { label: d.label }) : d.label;
  }

  // The dates the answer opens with, « Dates limites »: the key dates and the candidate's own, by date, the key dates
  // first on a tie; a key date the notice does not date keeps its place. As answer.py: opening_dates.
  // The dated deadlines of « Dates à retenir » that « Dates limites » does not say: a step's (Clermont-Ferrand 2024's
  // e-mail not received), named under the summary with their dates (answer.py: other_deadlines; read55 L8, review66 L3).
  function otherDeadlines(result) {
    const said = new Set(openingDates(result).map((d) => d.id));
    return result.deadlines.filter((d) => d.kind === "deadline" && d.end && !said.has(d.id));
  }

  function openingDates(result) {
    const items = [...data.key_dates, ...ownDeadlines(result, true)];
    const dated = items.filter((d) => d.end).sort((a, b) => Date.parse(a.end) - Date.parse(b.end));
    return items.map((d) => (d.end ? dated.shift() : d));
  }

  // The words of the bar's next deadline, by what it closes (as answer.py: next_deadline_key).
  function nextDeadlineKey(id, result) {
    if (id === "registration_closing") return "summary_next_closing";
    if (id === "documents") return "summary_next_documents";
    if (result.documents.some((d) => d.deadline === id)) return "summary_next_piece";
    // (a date that is the candidate's only if they must make a new request: said so; review68)
    if (result.deadlines.some((d) => d.id === id && d.new_request_only)) return "summary_next_renewal";
    return "summary_next_adjustment";
  }

  // The id (in data.dates) of the first deadline still ahead, of the key dates (registration
  // closing, documents deadline) and the candidate's own (ownDeadlines): those the answer opens with;
  // and whether any of them is given at all (none ahead then means: all passed); and whether none is ahead while a
  // piece still depending on an answer is due later (their dates passed so far).
  // A deadline is over from its instant in page data « over » (page.py: over_at): the minute of its hour, or the end of
  // its day, as past.js switches the page at the closing; before, it is still the bar's.
  function overAt(id, end) {
    return Date.parse((data.over && data.over[id]) || end);
  }

  // A piece that still depends on an answer may still be due: its date ahead, not dated by the notice (none in page
  // data « ends »), or one the notice lets be deposited later (late_deposit); the bar then never says all dates passed
  // (read64 M1: Toulouse 2024's R408 attestation, the RQTH question open; read65 L5: Aix-Marseille 2023's rare-language
  // attestation, not dated). As page.py: _still_possible.
  function stillPossible(piece, now) {
    return Boolean(piece.late_deposit) || !data.ends[piece.deadline] || overAt(piece.deadline, data.ends[piece.deadline]) > now;
  }

  // The session is over from page data « session_over_at » (page.py: session_over_at, past.js's « Session passée »).
  function sessionOver(now) {
    return Boolean(data.session_over_at) && Date.parse(data.session_over_at) <= now;
  }

  function nextDeadline(result, now) {
    const dates = data.key_dates.filter((d) => d.deadline && d.end).map((d) => [d.id, d.end]);
    for (const d of ownDeadlines(result)) dates.push([d.id, d.end]);
    const future = dates.filter(([id, iso]) => overAt(id, iso) > now).sort((a, b) => Date.parse(a[1]) - Date.parse(b[1]));
    // not « all passed » while a piece that still depends on an answer is due later (page.py: _next_deadline)
    const laterUndecided = result.undecided.some((u) => stillPossible(u, now));
    // third: none ahead, and all passed not said only because of such a piece (page.py: _dates_passed_so_far)
    return [future.length ? future[0][0] : null, dates.length > 0 && !laterUndecided, !future.length && dates.length > 0 && laterUndecided];
  }

  // The bar and the dates written again at the next moment one of the notice's dates is over (page data « over »,
  // overAt's rule): the bar's next date (review70 Left: only the closing, past.js's event « bts-closing-switched », or
  // the next answer changed it), a line of « Dates limites » or « Dates à retenir » said « — date passée » at its own
  // moment, a line that is nobody's next date too (fixdup57: Toulouse 2024's « Traitement … 10 janvier 2024 », marked
  // at the next redraw), and the count's words at the notice's last date, the candidate's or not (review72 L3; its
  // last instant in « over »: datesPast); and at the session's end (barMoments: « Session passée : … » in place of
  // « … à ce stade », lines76). One timer, for the first of them still ahead, cleared at each summary and so re-armed
  // for the next; none once all are over (nothing left to change), nor when the bar says no date (``dated`` false: no
  // list), nor in a preview as of another day (its clock stands still, as past.js). Just after past.js's minute (its
  // +20 ms), so that its markers, read for the words (the closing's .bts-registration-closed), are shown first. Again
  // when the page is shown again (« visibilitychange », « pageshow »: a hidden tab's timers are slowed, a sleeping
  // phone's stopped, a page kept in the browser's back-forward cache frozen; lines76).
  let barTimer = null;
  function nextBarUpdate(result, dated) {
    clearTimeout(barTimer);
    barTimer = null;
    if (!dated || typeof setTimeout !== "function" || document.querySelector('meta[name="bts-preview-today"]')) return;
    const now = readingTime();
    const ahead = barMoments.filter((moment) => moment > now);
    if (!ahead.length) return;
    // (a timer's delay is at most 2^31 - 1 ms, about 24 days: a farther date is looked at again in a day)
    const wait = Math.min(Math.min(...ahead) - now + 100, 86400000);
    barTimer = setTimeout(() => {
      if (lastResult) summarize(lastResult);
      redrawDates();
    }, wait);
  }

  // The question a note belongs next to: of the questions it depends on (page data: derived
  // facts replaced by the questions they come from), the last one answered in the form.
  function anchorOf(qids, result) {
    let found = null;
    for (const block of form.querySelectorAll("[data-question]")) {
      if (!block.hidden && (qids || []).includes(block.dataset.question) && block.dataset.question in result.answers) found = block;
    }
    return found;
  }

  // A contradiction of the notice next to the answer that made it the candidate's: its title, one sentence naming the
  // passages (their places in the notice: the block's source), and a button that brings the whole block, at the top of
  // the list, into view with the keyboard's focus (the address unchanged: it holds the answers). A review, read54 L5:
  // the whole block, about 30 lines on a phone, was said here and again at the top of the list; the list keeps it
  // whole, where one who reads only the list (or its print, the command line) finds it.
  function standingHere(standing) {
    const block = el("div", "", { class: "bts-checklist-standing bts-checklist-standing-here", "data-standing": standing.kind, role: "note" });
    const sections = standing.passages.map((passage) => passage.section).join(" ; ");
    const button = el("button", ui("to_standing"), { type: "button", class: "bts-checklist-to-standing" });
    button.addEventListener("click", () => {
      const target = output.querySelector(":scope > .bts-checklist-standing");
      if (!target || !target.getClientRects().length) return;
      if (!target.hasAttribute("tabindex")) target.setAttribute("tabindex", "-1");
      target.scrollIntoView({ block: "start" });
      target.focus({ preventScroll: true });
    });
    const way = el("p", "");
    way.append(button);
    block.append(el("h3", shared("standing.contradiction_title", { about: standing.about })), el("p", ui("contradiction_at_question", { sections })), way);
    return block;
  }

  // « Lire la suite dans votre liste, sous « … » » (review67 L3: was « La suite est dans… », a sentence) under a
  // warning's or the exam-adjustment request's first words at its question: a button in those words that brings the
  // rest, in the list, into view with the keyboard's focus (at 360 px the list is below the questions, or behind the
  // summary bar; at 1280 px in its own scrolling column), the address unchanged (it holds the answers: no link to a
  // place of the page), as standingHere (walk67b L4: plain words, the candidate scrolled to find the section).
  // ``place`` finds the target when pressed (the list written again since).
  // Where the focus lands, a button back to the question (« Revenir à la question »: on a phone the question is screens
  // above; review67 L3), as toDates' way back: alone on its line, the only way back of the list at a time, removed once
  // used; a new answer replaces the whole list (render). Under a warning's item, or after a block's title.
  function toList(words, place) {
    const button = el("button", words, { type: "button", class: "bts-checklist-to-list" });
    button.addEventListener("click", () => {
      const target = place();
      if (!target || !target.getClientRects().length) return;  // (the build's answer for no answer, before the engine)
      if (!target.hasAttribute("tabindex")) target.setAttribute("tabindex", "-1");
      for (const old of output.querySelectorAll(".bts-checklist-back")) old.remove();
      const back = el("button", ui("back_to_question"), { type: "button", class: "bts-checklist-back-to-question" });
      const way = el("p", "", { class: "bts-checklist-back" });
      way.append(back);
      back.addEventListener("click", () => {
        way.remove();
        if (!button.isConnected) return;
        button.scrollIntoView({ block: "center" });
        button.focus({ preventScroll: true });
      });
      if (/^H[1-6]$/.test(target.tagName)) target.after(way);
      else target.append(way);
      target.scrollIntoView({ block: "start" });
      target.focus({ preventScroll: true });
    });
    const line = el("p", "", { class: "bts-checklist-note-more" });
    line.append(button);
    return line;
  }

  // A warning of the list, under « Attention » (render: its item, data-warning), the block's title if not found.
  function warningInList(id) {
    const item = [...output.querySelectorAll(".bts-checklist-warnings > li[data-warning]")].find((li) => li.dataset.warning === id);
    return item || output.querySelector("#bts-checklist-warnings-title");
  }

  // The title « Aménagement d'épreuves » of the list's exam-adjustment block (adjustment).
  function adjustmentInList() {
    return output.querySelector("#bts-checklist-adjustment-title");
  }

  // The warning about another academy's department next to the situation's answer that leaves no list: its title
  // (living abroad: « Vous résidez hors de France ») and where to go, as under it in the list (render).
  function departmentHere(warning, result) {
    const item = el("div", "", { class: "bts-checklist-warning-here", "data-warning-here": warning.id });
    const abroad = result.answers.department === data.abroad;
    item.append(el("strong", abroad ? shared("standing.abroad_title") : warning.title));
    const hint = elsewhereHint(data, result.answers.department);
    if (hint) item.append(pointing(hint.text, hint.url, hint.label));
    else if (!abroad) item.append(...warningBlocks(warning));
    return item;
  }

  // What the notice says of the candidate's situation, and the warnings, next to the answer
  // that caused them (they are also at the top of the list).
  function notesAtQuestions(result) {
    for (const old of form.querySelectorAll(".bts-checklist-note")) old.remove();
    const notes = new Map();
    const add = (block, node) => {
      if (!block) return;
      if (!notes.has(block)) notes.set(block, []);
      notes.get(block).push(node);
    };
    // (a contradiction of the notice: its title, a sentence naming its passages and a button to the whole block at the
    // top of the list, standingHere)
    const standing = result.standing && result.standing.kind === "contradiction" ? standingHere(result.standing) : standingBlock(result.standing);
    // (another academy's department: the hint next to the field already says where to go)
    if (standing && !outside(result)) {
      const qids = result.standing.kind === "contradiction" ? data.anchors.contradictions[result.standing.about] : data.anchors.standing;
      const anchor = anchorOf(qids, result);
      // No list, another academy's department (a notice silent on residence: Nantes 2026): that first, with where to go,
      // then the note on the situation, as the list (render; phone58 M2: « Demandez au plus tôt au bureau des examens »
      // and the Nantes office were all a Paris resident read under their answer)
      const department = noList(result) && result.warnings.find((warning) => warning.id === DEPARTMENT_WARNING);
      if (department) add(anchor, departmentHere(department, result));
      add(anchor, standing);
    }
    // A warning's words next to an answer: several paragraphs (a topic's statements of the notice), the first one, its
    // list included, then where the rest is; the form stays readable on a phone, the whole item is at the top of the list
    const here = (warning, text) => {
      const item = el("div", "", { class: "bts-checklist-warning-here", "data-warning-here": warning.id });
      const paragraphs = String(text || "").trim().split(/\n\s*\n/);
      item.append(el("strong", warning.title), ...warningBlocks({ text: paragraphs[0] }));
      if (paragraphs.length > 1) item.append(toList(ui("at_question_more", { title: ui("warnings_title") }), () => warningInList(warning.id)));
      return item;
    };
    for (const warning of result.warnings) {
      if (warning.id === DEPARTMENT_WARNING) continue; // (the hint next to the field says it, and names the academy)
      if (!warning.parts) {
        add(anchorOf(data.anchors.warnings[warning.id], result), here(warning, warning.text));
        continue;
      }
      // made of parts: next to each answer that made parts hold, the parts it made hold (a review: Clermont-Ferrand's
      // rules on marks kept were said next to « Renoncez-vous… ? Non », the last answer any part reads)
      const at = new Map();
      for (const part of warning.parts) {
        const block = anchorOf(data.anchors.warning_parts[warning.id][part.index], result);
        if (!block) continue;
        if (!at.has(block)) at.set(block, []);
        at.get(block).push(part.text);
      }
      for (const [block, texts] of at) add(block, here(warning, texts.join("\n\n")));
    }
    // A request of exam adjustments: its channel and its date limit next to the answer that asks it, the procedure in the
    // list (a review, phone49 M2: nothing was said there, the procedure came seventh in the list)
    const adjustmentItem = result.exam_adjustment;
    if (adjustmentItem && ["yes", "renewal"].includes(adjustmentItem.request)) {
      const item = el("div", "", { class: "bts-checklist-warning-here", "data-adjustment-here": adjustmentItem.request });
      item.append(el("strong", ui("adjustment_title")));
      if (!adjustmentItem.given) item.append(el("p", shared("exam_adjustment.not_given")));
      else {
        if (adjustmentItem.request === "renewal" && adjustmentItem.renewal) {
          // what the notice says of a renewal, not a new request's procedure (review55 M1), as the list opens with it
          item.append(emphasised("p", textLines(sentence(adjustmentItem, "renewal"))));
        } else {
          // (a renewal the notice says nothing of: said first, before the procedure it gives, as the list says it)
          if (adjustmentItem.request === "renewal") item.append(el("p", shared("exam_adjustment.renewal_not_said")));
          item.append(emphasised("p", oneLine(shared("exam_adjustment.request", { channel: shared(`exam_adjustment.channel_${adjustmentItem.channel}`) }))));
          if (adjustmentItem.deadline) item.append(adjustmentDeadlineLine("p", adjustmentItem.deadline));
        }
        item.append(toList(ui("at_question_more", { title: ui("adjustment_title") }), adjustmentInList));
      }
      add(anchorOf(["exam_adjustment"], result), item);
    }
    for (const [block, nodes] of notes) {
      const note = el("div", "", { class: "bts-checklist-note", role: "note", "data-note-for": block.dataset.question });
      note.append(el("p", ui("at_question"), { class: "bts-checklist-note-title" }), ...nodes);
      numbersWhole(note);
      block.after(note);
    }
  }

  // The questions in the form's order (the order of their blocks on the page; the page data's keys are not in it:
  // a sub-question was said before its parent, stop 34's phone walk).
  function formOrder() {
    return [...form.querySelectorAll(".bts-checklist-question[data-question]")].map((block) => block.dataset.question);
  }

  // A change that put other answers aside: said next to the question changed, with a way back.
  // The note under a changed question; the answers it put aside, in the form's order (for the status line).
  function droppedNote(change, dropped, result) {
    for (const old of form.querySelectorAll(".bts-checklist-dropped")) old.remove();
    summaryBack();
    if (!change) return [];
    const block = document.getElementById(`q-${change.question}`);
    if (!block) return [];
    const before = change.before;
    // answers the engine now drops (their question no longer asked), put aside by show (phone48 M1)
    const removed = dropped.filter((qid) => before[qid] !== undefined);  // (in the form's order: show)
    // answered questions the change no longer asks, their answers kept (they count again if the question comes back):
    // said too, not hidden without a word (phone47 L1: a repeater's « conserver des notes » vanished after a mis-tap)
    const order = formOrder();
    const kept = Object.keys(before)
      .filter((qid) => data.questions[qid] && !dropped.includes(qid) && qid in result.answers && change.asked.includes(qid) && !result.asked.includes(qid));
    // both kept, both back if their question comes back: said alike, in one sentence
    const aside = [...removed, ...kept].sort((a, b) => order.indexOf(a) - order.indexOf(b));
    if (!aside.length) return aside;
    // the brackets an answer's label may end with (« Formation professionnelle continue
    // (contrat de professionnalisation…) ») said after a comma, not nested in the note's own brackets
    const short = (words) => words.replace(/\s*\(([^()]*)\)$/, ", $1");
    const listed = (qids) => qids.map((qid) => ui("dropped_answer", { question: data.questions[qid].quoted, answer: short(answerWords(qid, before[qid])) })).join(", ");
    const note = el("div", "", { class: "bts-checklist-dropped", "data-dropped": removed.join(" "), "data-kept": kept.join(" ") });
    const undo = el("button", ui("undo"), { type: "button", class: "md-button" });
    undo.addEventListener("click", () => {
      series = null;
      setForm(before);
      undoing = true;
      note.remove();
      send();
      const control = block.querySelector("input:checked, input:not([type=radio]), select");
      if (control) control.focus();
    });
    // its short first sentence and its undo button first, then the answers set aside and what becomes of them: the
    // button next to the change, not under a long list (phone54 M1: a repeater's three answers set aside by « à
    // distance » tapped by mistake, the button in the note's last line stayed under the summary bar at 740 and 640 px;
    // inView gives up on the button to keep the tapped row on the screen). The status line says the answers too.
    const head = el("div", "", { class: "bts-checklist-dropped-head" });
    head.append(el("p", ui("kept_note", { count: aside.length })), undo);
    note.append(head, el("p", ui("kept_note_answers", { count: aside.length, answers: listed(aside) })));
    block.after(note);
    return aside;
  }

  // The note of removed answers a change made (droppedNote) in view, its undo button (after its first sentence, phone54
  // M1) above the phone's summary bar, as far as the control the candidate is on stays on the screen under the header:
  // the page scrolls up at most by what leaves that control's row under the header. phone50 M1: the note brought into view whole, with a
  // margin for the bar, took « J'ai déjà présenté le BTS… » (and the keyboard's focus) from 278 px to −66 px, under
  // the header, and each arrow in the group swung the page by 500 px. When both cannot be seen, the control is: the
  // note's first lines are below it, and the status line says what was set aside. A control that was on the screen,
  // under the header (an arrow up from the row under it), is brought below the header.
  function inView(place, note) {
    const header = document.querySelector(".md-header");
    const top = (header ? Math.max(0, header.getBoundingClientRect().bottom) : 0) + 8;
    const bar = document.getElementById("bts-checklist-summary");
    const barHeight = bar && bar.getClientRects().length ? bar.getBoundingClientRect().height : 0;
    const bottom = window.innerHeight - barHeight - 8;
    let by = note ? Math.max(0, note.getBoundingClientRect().bottom - bottom) : 0;
    const element = place && place.seen && place.element;
    if (element && element.isConnected && element.getClientRects().length) {
      const row = element.closest(".bts-checklist-choice") || element;
      const room = row.getBoundingClientRect().top - top;
      // The whole note does not fit with the row's margin under the header: its undo button, its margin above the bar
      // (not the note's padding below it), if the row, flush under the header, leaves room for it (phone51 L2: the
      // row kept its 8 px, and the button ended at 624 px under the bar's top at 623 px, its bottom border hidden)
      const button = note && by > room ? note.querySelector("button") : null;
      const need = button ? button.getBoundingClientRect().bottom - bottom : -Infinity;
      // (whole pixels: the page scrolls by whole pixels, and a row put a fraction above the header's bottom was under it)
      by = need > room ? Math.min(Math.ceil(need), Math.floor(room + 8)) : Math.min(by, room);
      if (button && barHeight && need > by) barAside(bar, note);
    }
    if (Math.abs(by) >= 1) window.scrollBy({ top: by, left: 0, behavior: "instant" });
  }

  // The phone's summary bar steps aside (in its place after the questions, no longer at the bottom of the screen) while
  // the note of removed answers is on the screen, when the page cannot scroll far enough for the note's undo button to
  // clear the bar without taking the tapped choice off the screen (inView; phone58 M1: on a 360×640 phone, Toulouse 2024,
  // « Je prépare le BTS en présentiel », the question's first choice, tapped by a repeater: the button stayed under the
  // bar, only « Ce changement met de côté 2 réponses. » seen). Back at the bottom of the screen once the note has left
  // the screen, or gone (the next change: droppedNote, summaryBack). Its room (summaryRoom) stays: no layout moves.
  function barAside(bar, note) {
    bar.classList.add("bts-checklist-summary-aside");
    if (typeof IntersectionObserver !== "function") return;
    const watch = new IntersectionObserver((entries) => {
      if (entries.some((entry) => entry.isIntersecting) && note.isConnected) return;
      summaryBack();
      watch.disconnect();
    });
    watch.observe(note);
  }

  function summaryBack() {
    const bar = document.getElementById("bts-checklist-summary");
    if (bar) bar.classList.remove("bts-checklist-summary-aside");
  }

  // A document made with a form of the notice: its printable page, with what the candidate answered
  // in the link's fragment (site_overrides/assets/forms/form.js fills the form from it, in the browser).
  function formLink(form, given) {
    const params = new URLSearchParams({ academie: data.academy.name, session: String(data.year) });
    if (given.specialty && data.specialties[given.specialty]) params.set("specialite", data.specialties[given.specialty].name);
    if (given.route) params.set("voie", given.route);
    const paragraph = el("p", "", { class: "bts-checklist-form" });
    const words = form.filled_by === "establishment" ? ui("form_link_establishment", { title: form.title }) : ui("form_link", { title: form.title });
    paragraph.append(el("a", words, { href: `${form.url}#${params.toString()}`, "data-form": form.url }));
    return paragraph;
  }

  // A text of the notice as it writes it: paragraphs (a blank line between them) and lists (lines starting with
  // « - »), as the pages read it (generator/site/text.py: text_blocks; the build's answer: answer.py step_blocks).
  // With indent, a paragraph's line written indented under the text's other lines is set in, as the notice page sets
  // it (a sub-case's label under its group's: span.bts-sub-line; generator/site/text.py indented_lines, answer.py
  // indented_blocks).
  function textBlocks(text, indent) {
    const out = [];
    const raw = String(text).replace(/^\n+|\n+$/g, "").split("\n").filter((l) => l.trim());
    const margin = Math.min(...raw.map((l) => l.length - l.trimStart().length), Infinity);
    const subs = indent ? raw.filter((l) => !l.trim().startsWith("- ")).map((l) => l.length - l.trimStart().length > margin) : [];
    let at = 0;
    for (const paragraph of String(text).trim().split(/\n\s*\n/)) {
      let lines = [];
      let items = [];
      const endParagraph = () => {
        if (lines.length) out.push(emphasised("p", lines, indent ? subs.slice(at, at + lines.length) : null));
        at += lines.length;
        lines = [];
      };
      const endList = () => {
        if (!items.length) return;
        const list = el("ul", "");
        for (const item of items) list.append(emphasised("li", [item]));
        out.push(list);
        items = [];
      };
      for (const line of textLines(paragraph)) {
        if (line.startsWith("- ")) {
          endParagraph();
          items.push(line.slice(2).trim());
        } else {
          endList();
          lines.push(line);
        }
      }
      endParagraph();
      endList();
    }
    return out;
  }

  // A warning's words as the pages read a text (textBlocks: a topic's statements of the notice, a paragraph each,
  // a case's label on its own line; answer.py: warning_groups, text.py: warning_lines); none for a warning without words.
  function warningBlocks(warning) {
    return warning.text ? textBlocks(warning.text, true) : [];
  }

  // Under a national rule the guide dates with the notice's registration closing (the engine: a warning's deadline),
  // that date as the guide's reading of the rule's « date limite d'inscription », after the rule's source, which
  // vouches for the rule, not for the date (answer.py: warnings; text.py: closing_due_line).
  function closingDue(warning) {
    return warning.deadline ? [el("p", closingDueWords(warning))] : [];
  }

  // (the notice's closing itself, unmarked: the sentence says the date is the guide's; answer.py: _closing_due)
  // (over now: « — date passée » after the date, as its line in « Dates à retenir »; read61 L4; written again at its
  // moment: redrawDates)
  function closingDueWords(warning, over) {
    const date = dateOf("registration_closing");
    const past = over === undefined ? passedDate(warning.deadline) : over;
    return shared("dates.closing_due", { date: past ? pastWords(date) : date });
  }

  // A topic's statements of the notice as the page groups them (the engine's groups): each group's blocks and its
  // place in the notice; a case of the notice (« Candidats déjà inscrits… ») in a <details> whose summary names it,
  // the item short on a phone, the candidate opening their own (print.css prints it open). answer.py: warning_groups.
  function warningGroups(warning) {
    return warning.groups.map((group) => {
      const nodes = [...textBlocks(group.text, true),
        // (a national statement said with the notice's: its sources, its national texts' titles; text.py: group_source)
        el("p", provenanceWords(group.sources ? { kind: "national", section: null, texts: group.sources } : { kind: "notice", section: group.section, texts: [] }, false, null),
          { class: "bts-checklist-source" })];
      if (!group.case) return nodes;
      const details = el("details", "", { class: "bts-checklist-case" });
      details.append(el("summary", group.case), ...nodes);
      return [details];
    }).flat();
  }

  // A text's lines, stripped, the empty ones left out (as generator/site/text.py: text_blocks reads them).
  function textLines(text) {
    return String(text).split("\n").map((l) => l.trim()).filter(Boolean);
  }

  // A text's lines joined by a space: one line, as the notice page writes a value inside a sentence (a document's
  // detail, a line of the exam-adjustment procedure).
  function oneLine(text) {
    return [textLines(text).join(" ")];
  }

  // An element holding lines of a text, a line break between them (as the notice page: md_block; the build's
  // answer: answer.py), their « **words** » in <strong> elements: text nodes and textContent only, never HTML.
  function emphasised(tag, lines, subs) {
    const node = el(tag, "");
    lines.forEach((line, i) => {
      if (i) node.append(el("br", ""));  // (a paragraph's lines as the notice page keeps them: md_block, answer.py)
      const parent = subs && subs[i] ? node.appendChild(el("span", "", { class: "bts-sub-line" })) : node;
      for (const [piece, strong] of emphasisPieces(fr(line))) parent.append(strong ? el("strong", piece) : piece);
    });
    return node;
  }

  // As emphasised, the ways to reach this academy the lines write (data.ask.reach) links, as reachedParagraph.
  function reachedEmphasised(tag, lines) {
    const node = el(tag, "");
    lines.forEach((line, i) => {
      if (i) node.append(el("br", ""));
      for (const [piece, strong] of emphasisPieces(fr(line))) {
        const parent = strong ? node.appendChild(el("strong", "")) : node;
        for (const [words, href] of reachPieces(piece, data.ask.reach || [])) parent.append(href ? link(words, href) : words);
      }
    });
    return node;
  }

  // The notice's own words between « La notice : « » and « » », a line break between their lines, their bold in
  // <strong> elements (read first) and each e-mail address in them a mailto: link (answer.py: quoted_pieces;
  // _answer.html.j2: quoted).
  function quotedWords(tag, lines) {
    const [before, after] = shared("contacts.notice_words", { words: "{words}" }).split("{words}");
    const node = el(tag, before);
    lines.map(innerQuotes).forEach((line, i) => {
      if (i) node.append(el("br", ""));
      for (const [part, strong] of emphasisPieces(line)) {
        const parent = strong ? node.appendChild(el("strong", "")) : node;
        let last = 0;
        for (const match of part.matchAll(EMAIL)) {
          if (match.index > last) parent.append(fr(part.slice(last, match.index)));
          parent.append(el("a", match[0], { href: `mailto:${match[0]}` }));
          last = match.index + match[0].length;
        }
        if (last < part.length) parent.append(fr(part.slice(last)));
      }
    });
    node.append(after);
    return node;
  }

  function el(tag, text, attrs) {
    const node = document.createElement(tag);
    if (text) node.textContent = fr(withoutMarkers(text));
    for (const [key, value] of Object.entries(attrs || {})) node.setAttribute(key, value);
    return node;
  }

  // An answer in words: the choice label, the specialty's name, the department's name, a date.
  function answerWords(qid, value) {
    const question = data.questions[qid];
    if (!question) return value;
    if (question.choices[value] !== undefined) return question.choices[value];
    if (question.kind === "specialty" && data.specialties[value]) return data.specialties[value].name;
    if (question.kind === "department") return departmentWords(data.departments, data.names, value);
    if (question.kind === "date" && /^\d{4}-\d{2}-\d{2}$/.test(value)) return dayWords(value);
    if (question.kind === "option") return ui("option", { letter: value });
    return value;
  }

  // A reason: « question » : answer; a fact derived from answers in its own words: those of the choices its condition
  // asked together when the question has them (« vous avez de 18 à 25 ans … », as « Pour qui » said it before the
  // answer; text.py: reason_phrase), else its value's.
  function reasonPhrase(item) {
    const question = data.questions[item.question];
    const asked = item.asked || [];
    const together = (question.together || []).find(([choices]) => asked.length && choices.length === asked.length && choices.every((c) => asked.includes(c)));
    return together ? together[1] : (question.phrases || {})[item.value];
  }

  // A piece's reasons, joined by « ; »: the facts derived from the same answers together (« … et … »), then what they
  // come from, named once (« vous avez moins de 25 ans … et vous avez moins de 18 ans … (d'après « Quelle est votre
  // date de naissance ? » : 1er janvier 2006) »; text.py: reason_groups).
  function reasons(why) {
    const groups = [];
    for (const item of why) {
      const from = item.from || [];
      const key = JSON.stringify(from);
      const same = from.length ? groups.find((group) => group.key === key) : undefined;
      if (same) same.items.push(item);
      else groups.push({ key, from, items: [item] });
    }
    return groups.map((group) => {
      const one = (item) => reasonPhrase(item) || ui("why_item", { question: data.questions[item.question].quoted, answer: answerWords(item.question, item.value) });
      let text = group.items.map(one).reduce((before, after) => ui("why_and", { before, after }));
      for (const source of group.from) {
        text = ui("why_from", { reason: text, question: data.questions[source.question].quoted, answer: answerWords(source.question, source.value) });
      }
      return text;
    }).join(" ; ");
  }

  // A deadline on one line of the phone's summary bar (page data « bar_dates »: « 21 nov. 2022 à 18 h 00 (Paris), heure du
  // guide »; page.py, as the build's bar; phone55 M1: the whole sentence made the bar 144 px high on a 568 px screen).
  function barDate(id) {
    const text = data.bar_dates[id];
    if (text === undefined) throw new Error(`date « ${id} » absente des données de la page (barre)`);
    return text;
  }

  // The same date as a screen reader is given it, its month whole (page data « bar_said »: « 21 novembre 2022 à 18 h 00
  // (Paris), heure du guide »; page.py).
  function barSaid(id) {
    const text = data.bar_said[id];
    if (text === undefined) throw new Error(`date « ${id} » absente des données de la page (barre, lue)`);
    return text;
  }

  function dateOf(id) {
    const text = data.dates[id];
    if (text === undefined) throw new Error(`date « ${id} » absente des données de la page`);
    return text;
  }

  // Where an item comes from, in words: « Règle nationale — … », « Notice de l'académie — Annexe 1 ».
  // (dated: a piece of a national text the notice does not date, given its documents deadline by the guide: said so;
  // merge.py: dated_by_guide)
  // (datedAs: the label of the notice's item whose date it takes, a piece in place of it; merge.py: dated_as)
  // A piece's source line, the same for a listed piece and for one still undecided (engine: _source; answer.py and
  // text.py: document_source).
  function documentSource(doc) {
    const words = provenanceWords(doc.provenance, doc.notice_silent, doc.mention, doc.dated_by_guide, doc.dated_as,
      doc.label_by_guide, doc.cited_unasked);
    return el("p", words, { class: "bts-checklist-source", "data-provenance": doc.provenance.kind });
  }

  // Whether a piece's source line already says its « for everyone » line (« Notice de l'académie — Pour tous les
  // candidats »): its words without their last full stop, after a dash, up to the line's end or to a punctuation
  // mark; letter case and spaces aside (text.py: said_by_source).
  function saidBySource(words, source) {
    const flat = (text) => text.replace(/[\u00a0\u202f]/g, " ").split(/\s+/).filter(Boolean).join(" ").toLocaleLowerCase("fr");
    // (after a dash, or a heading the source line quotes: « … », « Pour tous les candidats » ; quote77)
    const said = flat(words.replace(/[ .]+$/, "")).replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    return new RegExp(`(?:— ${said}|« ${said} ?»)(?:$| ?[;,.()—–-])`).test(flat(source));
  }

  // A CYCLADES step's source line (engine: its provenance, the notice's place), the same for a listed step and for one
  // still undecided, in a piece's words (answer.py and text.py: step_source).
  function stepSource(step) {
    return el("p", provenanceWords(step.provenance, false, null), { class: "bts-checklist-source", "data-provenance": step.provenance.kind });
  }

  // A step the guide wrote from a notice to the establishments (its provenance's establishment_step): the link to the
  // establishments page's step that has the notice's words, before its source line as on the notice page; nothing for
  // any other step (answer.py: StepItem.notice_words; text.py: step_notice_words, the command line's words).
  function stepNoticeWords(step) {
    const number = step.provenance.establishment_step;
    if (!number) return [];
    const paragraph = el("p", "", { class: "bts-checklist-notice-words" });
    paragraph.append(el("a", shared("steps.notice_words", { number }), { href: data.establishment_steps[String(number)] }));
    return [paragraph];
  }

  // (cited: the notice cites its texts but does not ask the piece in its case, said so; merge.py: cites_unasked)
  function provenanceWords(provenance, noticeSilent, mention, dated, datedAs, byGuide, cited) {
    if (provenance.kind === "national") {
      const texts = provenance.texts.reduce((before, after) => shared("provenance.texts_join", { before, after }));
      let words;
      if (mention) words = shared("provenance.national_mentioned", { texts, words: mention });
      else if (provenance.section && !noticeSilent) words = shared("provenance.national_in_notice", { texts, section: provenance.section });
      else if (noticeSilent && cited) {
        words = shared(provenance.texts.length === 1 ? "provenance.national_silent_cited" : "provenance.national_silent_cited_plural", { texts });
      } else words = shared(noticeSilent ? "provenance.national_silent" : "provenance.national", { texts });
      if (dated && datedAs) return shared("provenance.national_dated_replaced", { provenance: words, piece: datedAs });
      return dated ? shared("provenance.dated_by_guide", { provenance: words }) : words;
    }
    // (a piece the notice asks for in its text only, dated by the guide as well: merge.py, _dated_by_guide; a piece whose
    // label is the guide's says so: merge.py, label_by_guide; a step the guide wrote in its words from the notice's says
    // so: compile.py, _step_provenances, reworded)
    let words;
    if (provenance.reworded) {
      words = provenance.section ? shared("provenance.reworded", { section: provenance.section }) : shared("provenance.reworded_plain");
    } else words = provenance.section ? shared("provenance.notice", { section: provenance.section }) : shared("provenance.notice_plain");
    if (byGuide) words = shared("provenance.label_by_guide", { provenance: words });
    return dated ? shared("provenance.dated_by_guide", { provenance: words }) : words;
  }

  // A link; a web link whose words, or the words of its sentence (``around``), already write its address is marked
  // « bts-bare-url »: printing writes a web link's address after its words (print.css), not a second time
  // (the academy's site written twice; _answer.html.j2: linked, the same).
  function link(words, href, around) {
    // (other words: printing writes the address after them without its scheme, print.css: data-bts-address, fixprint60)
    const a = el("a", words, linkAttributes(href, [words, ...(around || [])]));
    return addressInto(a, words, href);
  }

  // The first place a text node under ``node`` writes ``words`` (a web address, as the text writes it), made the link to
  // ``href`` (its words its address: bts-bare-url), the text around it kept (the notice page: text.md_block's linked).
  function linkWritten(node, words, href) {
    const walker = document.createTreeWalker(node, NodeFilter.SHOW_TEXT);
    for (let text = walker.nextNode(); text; text = walker.nextNode()) {
      const at = writtenAt(text.data, words);
      if (at < 0) continue;
      const rest = text.splitText(at);
      rest.data = rest.data.slice(words.length);
      rest.before(el("a", "", { class: "bts-bare-url", href }));
      rest.previousSibling.textContent = words;
      addressInto(rest.previousSibling, words, href);  // (its words as the build's: templating.py _link_words)
      return;
    }
  }

  // Where ``text`` writes the web address ``words`` whole, -1 where it does not: not the start of a longer address
  // (review72: « …/amen/formulaire.pdf » before « …/amen », the page's own, got the link, cut in two),
  // an address read as text.py reads one (_WEB_ADDRESS, _address_end: the sentence's punctuation after it left out).
  function writtenAt(text, words) {
    for (let at = text.indexOf(words); at >= 0; at = text.indexOf(words, at + 1)) {
      const found = /^https?:\/\/[^\s<>"«»]+/i.exec(text.slice(at));
      let address = found ? found[0] : "";
      while (address && (".,;:!?’'»".includes(address.slice(-1))
        || (address.endsWith(")") && address.split("(").length < address.split(")").length))) address = address.slice(0, -1);
      if (address === words) return at;
    }
    return -1;
  }

  // A text with « {link} » (already in French typography) as text nodes around a link.
  function linked(text, url, label) {
    const [before, after] = text.split("{link}");
    const fragment = document.createDocumentFragment();
    fragment.append(before, link(label, url, [before, after ?? ""]), after ?? "");
    return fragment;
  }

  // The last paragraph of a standing, where to go or ask: ``text`` as it is when there is no address, else
  // with its « {link} » the link (answer.py: _pointing).
  function pointing(text, href, words) {
    const paragraph = el("p", href ? "" : text);
    if (href) paragraph.append(linked(text, href, words));
    return paragraph;
  }

  // An excluded standing's title and text, by how the notice says the category registers: through its establishment,
  // or by another procedure it sends the candidate to (« elsewhere »: its words; without them, that it does not say
  // which). As the command line and the build's answer (text.py: excluded_words).
  function excludedWords(category) {
    // the notice's words (detail:) alone between quotation marks, after the guide's name of the situation (text.py: the same)
    const [title, said, unsaid] = category.how === "elsewhere"
      ? ["standing.elsewhere_title", "standing.elsewhere_text", "standing.elsewhere_text_unsaid"]
      : ["standing.excluded_title", "standing.excluded_text", "standing.excluded_text_unsaid"];
    const words = (text) => withoutFinalStop(text.trim().split(/\s+/).join(" "));
    if (!category.detail) return [shared(title), shared(unsaid, { label: words(category.label) })];
    return [shared(title), shared(said, { label: words(category.label), detail: innerQuotes(withoutFinalStop(detailLines(category.detail))) })];
  }

  // The paragraphs of a « not_listed » standing before whom to ask; for a situation an establishments' notice names
  // without saying how it registers (standing.category), what it says of them to establishments (text.py:
  // not_listed_words, the same). ``siteBelow``: the line below links the academy's site, which the office words then
  // do not name too (data.office_reach_site_below; phone57 L3: the address said in the words, then on the line
  // « Site de l'académie : … » just below).
  // One who lives in another academy's department (standing.elsewhere): sent to that academy, this one's office only
  // for a doubt (read60 M4; text.py the same).
  function notListedWords(standing, siteBelow) {
    const category = standing.category;
    const key = standing.elsewhere ? "standing.not_listed_text_elsewhere" : "standing.not_listed_text";
    const asked = shared(key, { office: siteBelow ? data.office_reach_site_below : data.office_reach });
    if (!category || !category.detail) return [asked];
    const said = shared("standing.not_listed_to_establishments", { detail: innerQuotes(withoutFinalStop(detailLines(category.detail))) });
    return [asked, said];
  }

  // A paragraph of a « not listed » note, the ways to reach the academy its words write made links (page data
  // ask.reach: its site, without its scheme, its name on one line; the office's e-mails, mailto:; its phones, tel:;
  // phone61 M2: the only way to reach the office of one living in another academy's department was plain text).
  // answer.py: reach_pieces and _answer.html.j2's reached, the same.
  // (a piece's lines and a deadline's exceptions too, where the office's words write the site: data.office_reach,
  // Aix-Marseille 2023's « voir le site de l'académie, … »; fixnote60 left 1; _answer.html.j2: reached(a.pieces(…)))
  function reachedParagraph(text, attributes) {
    const paragraph = el("p", "", attributes);
    for (const [words, href] of reachPieces(text, data.ask.reach || [])) {
      paragraph.append(href ? link(words, href) : fr(withoutMarkers(words)));
    }
    return paragraph;
  }

  // A contradiction's advice: once registration is closed (the page's marker .bts-registration-closed shown, by the
  // build or by past.js), its advice for then when the session gives one (read56 L6: « … avant la fermeture du
  // serveur d'inscription » under « Inscriptions closes »); text.py: contradiction_advice, the same.
  function contradictionAdvice(standing) {
    const closed = root.querySelector(".bts-registration-closed:not([hidden])");
    return closed && standing.advice_after_closing ? standing.advice_after_closing : standing.advice;
  }

  // What the notice says of the candidate's situation, before any list (engine: « standing »).
  // Another academy's department, the situation not given, in a notice whose establishments register some candidates:
  // the sentence saying their situation can change the answer (engine: unless_establishment; answer.py, text.py).
  function unlessEstablishment(standing) {
    const qid = standing.unless_establishment;
    return qid ? [el("p", shared("standing.outside_unless_establishment", { question: data.questions[qid].quoted }))] : [];
  }

  // the note at the answer says where individual candidates read (an establishments' notice; standingBlock, answer.py),
  // or, to one living in another academy's department, to go to that academy (the box's site would be a second place to
  // go: read60 M4; the box stays hidden)
  function routesHere(standing) {
    return Boolean(data.ask.routing && standing && (standing.kind === "excluded" || standing.kind === "not_listed"));
  }

  // What the notice says to the candidate's category: its label quoted as the notice writes it (label_as_written), then
  // its detail; a label of the guide's (label_by_guide: its who: table the guide's, labels70), or one the notice's text
  // of its categories does not write as such, said to be the guide's; a detail opening with « […] » for the label: the
  // notice's line (continued_as_written) as one quotation (phone74), else the label the guide's and the detail its own
  // quotation, its cut kept (quote77). As text.py: concerned_words.
  function concernedWords(category) {
    const detail = detailLines(category.detail);
    if (category.label_by_guide) return shared("standing.concerned_text_by_guide", { label: category.label, detail });
    if (category.continued_as_written) return shared("standing.concerned_text_continued", { words: innerQuotes(category.continued_as_written) });
    if (/^\s*\[(?:…|\.\.\.)\]\s+/.test(detail)) return shared("standing.concerned_text_cut", { label: category.label, detail: innerQuotes(detail) });
    if (category.label_as_written) return shared("standing.concerned_text", { label: category.label_as_written, detail });
    return shared("standing.concerned_text_by_guide", { label: category.label, detail });
  }

  // A situation's detail (who:) as every output shows it: each line of its YAML block a line, its spaces squashed
  // within a line (phone75: Nantes 2026's « 2 possibilités : », « 1. Si … », « 2. Si … » read as one line); text.py:
  // detail_lines, the same.
  function detailLines(detail) {
    return String(detail).split("\n").map((line) => line.trim().split(/\s+/).join(" ")).filter(Boolean).join("\n");
  }

  // A paragraph of a standing, its lines kept (detailLines), a line break between them (answer.py: paragraph_lines and
  // _answer.html.j2); ``reached``: the ways to reach the academy its words write made links (reachedParagraph).
  function standingParagraph(text, reached) {
    const paragraph = el("p", "");
    String(text).split("\n").forEach((line, i) => {
      if (i) paragraph.append(el("br", ""));
      if (reached) paragraph.append(...reachedParagraph(line).childNodes);
      else paragraph.append(fr(withoutMarkers(line)));
    });
    return paragraph;
  }

  function standingBlock(standing) {
    if (!standing || (standing.kind === "concerned" && !standing.category.detail)) return null;
    const block = el("div", "", { class: "bts-checklist-standing", "data-standing": standing.kind, role: "note" });
    if (standing.kind === "concerned") {
      // what the notice says to candidates of this category (a repeater: « réutiliser son numéro de candidat »)
      block.append(el("h3", shared("standing.concerned_title")), standingParagraph(concernedWords(standing.category)));
    } else if (standing.kind === "contradiction") {
      block.append(el("h3", shared("standing.contradiction_title", { about: standing.about })));
      const list = el("ul", "");
      for (const passage of standing.passages) list.append(el("li", shared("standing.passage", { section: passage.section, words: passage.words })));
      block.append(list, el("p", contradictionAdvice(standing), { class: "bts-checklist-advice" }));
    } else if (standing.kind === "excluded") {
      const [title, text] = excludedWords(standing.category);
      block.append(el("h3", title), standingParagraph(text));
      // an establishments' notice: where individual candidates read (Nantes 2026's repeater; answer.py)
      const routing = data.ask.routing;
      if (routing) block.append(pointing(routing.text, routing.href, routing.words));
    } else if (standing.kind === "not_listed") {
      // where to ask (page data « ask »: the exam office and the academy's website, as the data give them)
      // an establishments' notice: where individual candidates read (its routing box's words), in place of the site
      // living in another academy's department (named above): neither, that academy first (read60 M4; answer.py)
      const routing = data.ask.routing;
      const where = standing.elsewhere ? [] : [routing
        ? pointing(routing.text, routing.href, routing.words)
        : data.ask.website
          ? pointing(shared("standing.ask_website", { link: "{link}" }), data.ask.website, addressWords(data.ask.website))
          : pointing(shared("standing.ask_website_unknown"), null, null)];
      // (the academy's site linked below: answer.py's site_below)
      const siteBelow = !standing.elsewhere && Boolean(data.ask.website) && (routing ? routing.href : data.ask.website) === data.ask.website;
      // (no office in the notice: the contacts below say so, not said twice here; the site stays: on a phone this
      // note is also shown at the question, the contacts screens below)
      // (one living in another academy's department is given no contacts section: the office's words that do not say
      // « plus bas », ask.office_apart; fixnote60 left 2)
      const officeWords = standing.elsewhere ? data.ask.office_apart : data.ask.office;
      const office = officeWords ? [reachedParagraph(officeWords)] : [];
      block.append(el("h3", shared("standing.not_listed_title")), ...notListedWords(standing, siteBelow).map((text) => standingParagraph(text, true)), ...office, ...where);
    } else if (standing.kind === "outside_academy" && standing.department === data.abroad) {
      // living abroad: no notice of the guide says where they register, whom to ask (as next to the field); their
      // situation can change it (answer.py, text.py the same)
      block.append(el("h3", shared("standing.abroad_title")), el("p", shared("standing.abroad_text")), ...unlessEstablishment(standing), el("p", shared("department_hint.abroad")));
    } else if (standing.kind === "outside_academy") {
      // where to go: the national table's hint for the department (data.elsewhere, as next to the field)
      const found = elsewhereHint(data, standing.department);
      const where = found ? pointing(found.text, found.url, found.label) : pointing(shared("standing.outside_where_unknown"), null, null);
      block.append(el("h3", shared("standing.outside_title")), el("p", shared("standing.outside_text")), ...unlessEstablishment(standing), where);
    } else if (standing.kind === "how_unknown") {
      // (its label quoted as the notice writes it, else the guide's: text.py how_unknown_words)
      const category = standing.category;
      block.append(el("p", category.label_as_written && !category.label_by_guide
        ? shared("standing.how_unknown_text", { label: category.label_as_written })
        : shared("standing.how_unknown_text_by_guide", { label: category.label })));
    } else {
      block.append(el("p", shared("standing.unknown_text")));
    }
    return block;
  }

  // The two dates that matter most, first: registration closing and the documents deadline
  // (page data, in the notice's words), whatever the answers giving a list; then the other deadlines of the candidate's
  // list (its pieces' own and an exam-adjustment request's, by date: Nantes 2026's 12 December attestations).
  // Not shown with no list (render; answer.py: the same).
  function keyDates(result) {
    const block = el("div", "", { class: "bts-checklist-key-dates" });
    const list = el("ul", "");
    // (a date « Dates à retenir » follows with a precision, the guide's reading: said so; answer.py: _key_date)
    // (the pointer a button that brings the date's line of « Dates à retenir » into view, screens below on a phone:
    // toDates; the build's answer writes it as words, made a button by start)
    // the registration's closing once passed (past.js shows the marker .bts-registration-closed from its minute, as the
    // « Inscriptions closes » box): « — date passée » (answer.py: _key_date, the build's day; NOTE56)
    for (const item of openingDates(result)) {
      // (« délai de rigueur » as in « Dates à retenir » and above the pieces: strictSaid; answer.py: _key_date)
      const words = { label: deadlineLabel(item), date: strictSaid(result, item.id) };
      // (a closing the notice does not date: nothing said passed; Nantes 2026; any other date over too: passedDate)
      const past = (line) => (item.end ? pastLine(item.id, line) : line);
      // (or the notice's words on a later deposit of one of its pieces, which « Dates à retenir » gives under the date:
      // Toulouse 2024's R408 attestation under the documents' date; read61 L6; answer.py: _key_date)
      const noted = result.deadlines.some((d) => d.id === item.id && d.note) || lateExceptions(result, item.id).length > 0;
      if (!noted) {
        list.append(el("li", past(ui("deadline_item", words)), { "data-key-date": item.id }));
        continue;
      }
      const marked = { ...words, pointer: "{pointer}" };
      const [whole, rest] = ui("deadline_item_noted", marked).split("{pointer}");
      // (the mark after the date's words, « délai de rigueur » included as in the line without a pointer, and before
      // the pointer: after it, « voir la précision sous « Dates à retenir » — date passée » read as if « Dates à
      // retenir » were past; read61 L3; answer.py: _key_date)
      const stem = whole.replace(/[ ,]+$/, "");
      const before = past(stem) + whole.slice(stem.length);
      const after = rest || "";
      const line = el("li", before, { "data-key-date": item.id });
      line.append(el("button", ui("deadline_pointer", { title: ui("deadlines_title") }), { type: "button", class: "bts-checklist-to-dates" }));
      if (after && after.trim()) line.append(" ", fr(after.trim()));
      list.append(line);
    }
    block.append(el("h3", ui("key_dates_title")), list);
    const others = otherDeadlines(result);
    if (others.length) {
      // (each with its date and the step that gives it; two joined by « et »: answer.py, _key_dates_more; a date over
      // said so, as its line in « Dates à retenir »: read59 M2)
      const steps = new Map(result.steps.filter((s) => s.deadline).map((s) => [s.deadline, s.title]));
      const date = (id) => pastLine(id, strictSaid(result, id));
      const items = others.map((d) => (steps.has(d.id)
        ? ui("key_dates_more_step", { step: steps.get(d.id), label: deadlineLabel(d), date: date(d.id) })
        : ui("key_dates_more_item", { label: deadlineLabel(d), date: date(d.id) })));
      const last = items.pop();
      const labels = items.length ? ui("key_dates_more_and", { before: items.reduce((before, after) => shared("provenance.texts_join", { before, after })), after: last }) : last;
      block.append(el("p", ui("key_dates_more", { title: ui("deadlines_title"), labels, count: others.length }), { class: "bts-checklist-key-dates-more" }));
    }
    return block;
  }

  // The candidate's answers in words: printed with the list (the form is not printed).
  function answersBlock(result) {
    const block = el("div", "", { class: "bts-checklist-answers bts-checklist-print-only" });
    block.append(el("h3", ui("answers_title")));
    const given = Object.keys(result.answers);
    if (!given.length) {
      block.append(el("p", ui("no_answer")));
      return block;
    }
    const list = el("ul", "");
    for (const block of form.querySelectorAll("[data-question]")) {
      const qid = block.dataset.question;
      if (qid in result.answers) list.append(el("li", answerLine(qid, result.answers[qid]), { "data-answer": qid }));
    }
    block.append(list);
    return block;
  }

  // One line of « Vos réponses »: the question, quoted, and the answer in words (answer.py: answer_view's answers).
  function answerLine(qid, value) {
    return ui("why_item", { question: data.questions[qid].quoted, answer: answerWords(qid, value) });
  }

  // A list of the candidate's pieces, each with why, when and where from (render; answer.py: DocumentItem).
  function documentsList(documents, byId, answers) {
    const docs = el("ul", "", { class: "bts-checklist-documents" });
    for (const doc of documents) {
      const item = el("li", "", { "data-document": doc.id });
      item.append(el("span", doc.label, { class: "bts-checklist-document-label" }));
      // (« Pour tous les candidats. » not said above a source line that says it: read54 L5; answer.py, text.py)
      const source = documentSource(doc);
      const why = doc.why.length ? ui("why", { reasons: reasons(doc.why) }) : saidBySource(ui("why_all"), source.textContent) ? null : ui("why_all");
      if (why) item.append(el("p", why, { class: "bts-checklist-why" }));
      // a piece the notice lets be deposited later: its date and the notice's words on that in one sentence, on its
      // date line, as the notice page's table (phone54 M3: on two lines, read as two deadlines; answer.py, text.py)
      // (none for a piece due on the date said above the list: engine, own_date)
      // (« , délai de rigueur » after it when the notice says so, as the notice page's table: strictWords)
      const date = byId[doc.deadline] && doc.own_date !== false ? strictWords(byId[doc.deadline]) : null;
      if (date && doc.late_deposit) {
        const late = shared("documents.late_deposit", { date, words: doc.late_deposit, office: data.office_reach });
        // (ending with « . » as every other date line: deadline_before; review66 L6)
        item.append(reachedParagraph(ui("deadline_before", { date: late }), { class: "bts-checklist-when" }));
      } else if (date) {
        item.append(el("p", ui("deadline_before", { date }), { class: "bts-checklist-when" }));
      }
      if (!date && doc.late_deposit) {
        item.append(reachedParagraph(ui("late_deposit", { words: doc.late_deposit, office: data.office_reach }), { class: "bts-checklist-when" }));
      }
      // which date to follow: the notice's; then, for information, a national text's words on when, after the notice the
      // guide has it from (its text not read), or with the notices that cite it when this one does not (text.py:
      // national_dating_lines; phone55 L3: another notice's reading came first and read as the rule)
      if (doc.national_dating.length) item.append(reachedParagraph(shared("provenance.notice_date_counts", { office: data.office_reach }), { class: "bts-checklist-when" }));
      for (const rule of doc.national_dating) {
        const texts = rule.texts.length ? rule.texts.reduce((before, after) => shared("provenance.texts_join", { before, after })) : "";
        const words = rule.as_given_by ? ui("national_dating_as_given", { notice: rule.as_given_by, texts, words: rule.words })
          : rule.cited ? ui("national_dating_cited", { texts: rule.cited, words: rule.words })
          : ui("national_dating", { texts, words: rule.words });
        item.append(reachedParagraph(words, { class: "bts-checklist-when" }));
        // the registration's deadline it names, not given by the notice (text.py: the same; readnantes64 L9)
        if (rule.closing_unsaid) item.append(reachedParagraph(shared("dates.closing_unsaid"), { class: "bts-checklist-when" }));
      }
      // the annexes its specialty requires (« d'après la notice » when its own list gives them); the notice the national
      // R408 list is from, its text not read (text.py: r408_words)
      const notice = doc.r408_as_given_by;
      if (doc.annexes.length) {
        const annexes = doc.annexes.map((annex) => shared("r408.annex", { annex })).reduce((before, after) => shared("r408.annex_and", { before, after }));
        const words = doc.annexes_by_notice ? shared("standing.annexes_by_notice", { annexes })
          : notice ? shared("standing.annexes_as_given", { annexes, notice }) : shared("standing.annexes", { annexes });
        item.append(el("p", words, { "data-annexes": doc.annexes.join(" ") }));
      } else if (notice) {
        item.append(el("p", shared("standing.r408_list_as_given", { notice })));
      }
      // (its bold, as the page; the ways to reach this academy it writes linked: the guide's reading of a later
      // deposit, « … voir le site de l'académie » and its address; fixleft60's left item; answer.py: emphasised_pieces)
      if (doc.detail) item.append(reachedEmphasised("p", oneLine(doc.detail)));
      // the notice asks for the piece this one replaces, without exemption (merge.py: unwaived), with the texts that
      // let it when this notice does not cite them (merge.py: replaced_unwaived)
      if (doc.unwaived) {
        const unwaived = doc.unwaived_texts ? shared("provenance.replaced_unwaived_cited", { piece: doc.unwaived, texts: doc.unwaived_texts, office: data.office_reach })
          : shared("provenance.replaced_unwaived", { piece: doc.unwaived, office: data.office_reach });
        item.append(reachedParagraph(unwaived));
      }
      if (data.forms[doc.id]) item.append(formLink(data.forms[doc.id], answers));
      item.append(source);
      docs.append(item);
    }
    return docs;
  }

  function render(result) {
    // Another academy's candidate: the note says where to go, and nothing of this notice follows — no date,
    // no contact, no calendar (« aucune date de cette notice ne vous concerne »; answer.py: the same). A situation
    // the notice excludes: no date either; excluded or not cited: no closing line, the note says why (the contacts
    // stay; one not cited keeps the registration's dates, under the note: it tells them to ask before the closing;
    // unless they live in another academy's department: the note sends them there, no date nor contact: noDates,
    // sentElsewhere).
    // No list: the answer opens with the note, not with « Dates limites » read as the candidate's own.
    const none = noList(result);
    const undated = noDates(result);
    const parts = none ? [] : [keyDates(result)];
    const standing = standingBlock(result.standing);
    // an establishments' notice: the box at the top saying where individual candidates read is hidden while the note
    // at the answer says the same sentence (print58 L9: said twice, on screen and on paper; checklist.html.j2 the same)
    const routingBox = root.querySelector("[data-routing]");
    if (routingBox) routingBox.hidden = routesHere(result.standing);
    // No list: the warnings (only those about where the candidate lives: their department is another academy's) come
    // first, before the note on their situation (phone58 M2: a Paris resident on Nantes 2026 was first told to ask the
    // Nantes exam office; answer.py, text.py the same)
    const warnings = [];
    if (standing && !none) parts.push(standing);
    if (result.warnings.length) {
      warnings.push(el("h3", ui("warnings_title"), { id: "bts-checklist-warnings-title" }));
      const list = el("ul", "", { class: "bts-checklist-warnings" });
      for (const warning of result.warnings) {
        const item = el("li", "", { "data-warning": warning.id });
        // living abroad, on a notice silent on residence: not « Le département indiqué… » (the hint below says it all)
        const abroad = warning.id === DEPARTMENT_WARNING && result.answers.department === data.abroad;
        if (abroad) item.append(el("strong", shared("standing.abroad_title")));
        else item.append(el("strong", warning.title), ...(warning.groups ? warningGroups(warning) : warningBlocks(warning)));
        // another academy's department (a notice that gives the list all the same): the hint next to the field
        const hint = warning.id === DEPARTMENT_WARNING ? elsewhereHint(data, result.answers.department) : null;
        if (hint) item.append(pointing(hint.text, hint.url, hint.label));
        // (a topic's statements of the notice: each group said its place)
        if (!warning.groups && (warning.provenance.kind === "national" || warning.provenance.kind === "notice")) {
          item.append(el("p", provenanceWords(warning.provenance, false, null), { class: "bts-checklist-source" }));
        }
        item.append(...closingDue(warning));
        list.append(item);
      }
      warnings.push(list);
    }
    parts.push(...warnings);
    if (standing && none) parts.push(standing);
    const byId = Object.fromEntries(result.deadlines.map((d) => [d.id, d]));
    // no list for the candidate (the notice excludes or does not name their situation: the note above says
    // so): no « Pièces à déposer (0) » (answer.py: the same)
    let dueLine = null;
    if (result.documents.length || !noList(result)) {
      parts.push(el("h3", documentsTitle(result), { "data-documents-title": "" }));
      // the list is not the notice's whole list: why, under its title, before its count is read as complete (a review,
      // phone48 L4: it came last, after the contacts; answer.py, text.py: partial_list_words)
      const partial = partialList();
      if (partial && !noList(result)) parts.push(el("p", partial, { class: "bts-checklist-remaining", "data-partial-list": "" }));
      // where the pieces go, the notice page's sentences (review67b L5: only the page said it; answer.py, text.py)
      if (!noList(result)) for (const sentence of data.documents_deposit) parts.push(el("p", sentence, { class: "bts-checklist-deposit", "data-deposit": "" }));
      // the date most pieces share, said once, above them (engine: documents_due; answer.py, text.py: the same; read54 L5)
      const due = result.documents_due;
      if (due) dueLine = el("p", documentsDueWords(result, due), { class: "bts-checklist-documents-due", "data-documents-due": due.deadline });
    }
    // pieces on two dates or more: a heading per date, said once, the earliest first, then its pieces, which do not
    // say it again (engine: documents_by_date, own_date; answer.py, text.py: documents_groups; fixgroups)
    const pieces = new Map(result.documents.map((doc) => [doc.id, doc]));
    const groups = result.documents_by_date
      ? result.documents_by_date.map((group) => ({ deadline: group.deadline, others: group.others, documents: group.documents.map((id) => pieces.get(id)) }))
      : [{ deadline: null, documents: result.documents }];
    // each with its pieces in a block of its own: on paper, its date again at the top of every sheet they carry on to
    // (checklist.css; print68: a piece on a sheet its heading was not on had no date there)
    for (const group of groups) {
      const block = el("div", "", { class: "bts-checklist-documents-group" });
      if (group.deadline) {
        block.append(el("h4", documentsGroupWords(result, group.deadline, group.others, group.documents.length), { class: "bts-checklist-documents-date", "data-documents-date": group.deadline }));
      } else if (dueLine) {
        block.append(dueLine);
      }
      block.append(documentsList(group.documents, byId, result.answers));
      parts.push(block);
    }
    if (result.undecided.length) {
      // printed too (a review: the paper list never named an R408 attestation still depending on an answer)
      parts.push(el("h3", ui("undecided_title", { count: result.undecided.length })));
      const list = el("ul", "", { class: "bts-checklist-undecided" });
      for (const doc of result.undecided) {
        const questions = doc.missing.map((q) => `« ${data.questions[q].quoted} »`).join(" ; ");
        // its condition in the words of the notice page's « Pour qui » (two alike read apart: the notice's JDC piece
        // and the national one); as answer.py
        const words = doc.who ? ui("undecided_item_who", { label: doc.label, who: doc.who, questions }) : ui("undecided_item", { label: doc.label, questions });
        const item = el("li", words, { "data-undecided": doc.id });
        // (the notice lets it be deposited later: said as under a listed piece without its date; read64 M1)
        if (doc.late_deposit) item.append(reachedParagraph(ui("late_deposit", { words: doc.late_deposit, office: data.office_reach }), { class: "bts-checklist-when" }));
        item.append(documentSource(doc));  // (its source, as a listed piece's)
        list.append(item);
      }
      parts.push(list);
    }
    if (!undated) parts.push(...deadlinesBlock(result));
    if (result.steps.length) {
      parts.push(el("h3", ui("steps_title"), { id: "bts-checklist-steps-title" }));
      const steps = el("ul", "", { class: "bts-checklist-steps" });
      for (const step of result.steps) {
        const item = el("li", "", { "data-step": step.number });
        item.append(el("strong", ui("step", { number: step.number, title: step.title })));
        // its deadline with what it is for, as the notice page says it under the step (answer.py: StepItem.deadline)
        const deadline = step.deadline && byId[step.deadline];
        if (deadline) item.append(el("p", stepDate(deadline), { class: "bts-checklist-when" }));
        item.append(...textBlocks(step.text), ...stepNoticeWords(step), stepSource(step));
        steps.append(item);
      }
      parts.push(steps);
    }
    if (result.undecided_steps.length) {
      parts.push(el("h3", ui("undecided_steps_title", { count: result.undecided_steps.length }), { id: "bts-checklist-undecided-steps-title" }));
      const list = el("ul", "", { class: "bts-checklist-undecided" });
      for (const step of result.undecided_steps) {
        const questions = step.missing.map((q) => `« ${data.questions[q].quoted} »`).join(" ; ");
        const title = ui("step", { number: step.number, title: step.title });
        const item = el("li", ui("undecided_step", { title, questions }), { "data-undecided-step": step.number });
        item.append(...stepNoticeWords(step), stepSource(step));  // (its source, as a listed step's)
        list.append(item);
      }
      parts.push(list);
    }
    if (result.exam_adjustment) parts.push(...adjustment(result.exam_adjustment));
    if (!sentElsewhere(result)) parts.push(...contactsBlock(result));
    if (!none) parts.push(...endingLines(result));
    parts.push(answersBlock(result));
    parts.push(keep());
    placeParts(parts);
    lastResult = result;
  }

  // The answer's blocks put in the page, each block the page already shows the same, element for element (the
  // build's answer for the same answers, on the engine's first answer: most often the whole of it), kept as it is:
  // neither removed nor styled and laid out again (warm77: rebuilding the whole answer took 143–301 ms of a warm
  // visit's first answer). The page's blocks that differ (a date past at view time that past.js marked, another
  // answer) are replaced: what the page shows is the new answer's blocks, as output.replaceChildren would have put
  // them. A block with a button is always the new one (its listeners: keep(), the ways to a place of the list).
  function placeParts(parts) {
    const before = [...output.children];
    const holder = document.createElement("div");
    holder.append(...parts);
    numbersWhole(holder);
    const placed = [...holder.children].map((node, index) => {
      const old = before[index];
      const same = old && old !== node && !node.matches("button") && !node.querySelector("button") && old.isEqualNode(node);
      return same ? old : node;
    });
    let at = output.firstChild;
    for (const node of placed) {
      while (at && at !== node && !placed.includes(at)) {
        const next = at.nextSibling;
        at.remove();
        at = next;
      }
      if (at === node) at = at.nextSibling;
      else output.insertBefore(node, at);
    }
    while (at) {
      const next = at.nextSibling;
      at.remove();
      at = next;
    }
  }

  // A deadline's date in words followed by « , délai de rigueur » when the notice says so of it, the one form of every
  // line that gives that date (review69 L3: « Date limite de toutes ces pièces : … » left it out). As dates.strict_said.
  function strictSaid(result, id) {
    return strictWords(result.deadlines.find((d) => d.id === id) || { id });
  }

  // The same of one of the result's deadlines.
  function strictWords(deadline) {
    return deadline.strict ? shared("moments.strict", { date: dateOf(deadline.id) }) : dateOf(deadline.id);
  }

  // A date of the list's pieces (strictSaid), said passed (« … — date passée », after the date and its « délai de
  // rigueur ») once over (passedDate), as « Dates limites » (phone60 M1: « Date limite de ces pièces : … » under
  // « Pièces à déposer » was not, while « Dates limites » above said it passed); written again at its moment
  // (redrawDates). As answer.py: _passed_date.
  function piecesDate(result, id) {
    return pastLine(id, strictSaid(result, id));
  }

  // The date most pieces share, said once under « Pièces à déposer » (engine: documents_due; answer.py, text.py).
  function documentsDueWords(result, due) {
    const date = piecesDate(result, due.deadline);
    return due.all ? ui("documents_due_all", { date }) : ui("documents_due_most", { date });
  }

  // A date's heading above its pieces (engine: documents_by_date); a piece among them the notice lets be deposited
  // later: « sauf indication contraire » (answer.py, text.py).
  function documentsGroupWords(result, id, others, count) {
    const date = piecesDate(result, id);
    return others ? ui("documents_group_most", { date }) : ui("documents_group", { count, date });
  }

  // The registration's opening and closing (always said: « date non précisée par la notice » when the notice
  // does not give one), then the candidate's deadlines.
  function deadlinesBlock(result) {
    const dates = el("ul", "", { class: "bts-checklist-deadlines" });
    dates.append(el("li", ui("deadline_item", { label: ui("registration_opening"), date: dateOf("registration_opening") }), { "data-registration": "opening" }));
    // (a date over: « — date passée », as « Dates limites »; fixdup57)
    const closing = el("li", pastLine("registration_closing", ui("deadline_item", { label: ui("registration_closing"), date: dateOf("registration_closing") })), { "data-registration": "closing" });
    // the notice's words on the registration's dates, said to be its words (as the notice page and answer.py)
    if (result.registration.note) closing.append(el("p", shared("dates.note_as_written")), emphasised("p", textLines(result.registration.note)));
    dates.append(closing);
    for (const d of result.deadlines) {
      const words = { label: deadlineLabel(d), date: strictSaid(result, d.id) };
      const text = pastLine(d.id, ui("deadline_item", words));
      const item = el("li", text, { "data-deadline": d.id });
      // A document the notice lets you deposit later is not under this date (the calendar: the same).
      for (const words of lateExceptions(result, d.id)) item.append(reachedParagraph(words));
      // the notice's words for the date, then the guide's reading (as the notice page's dates table; answer.py)
      if (d.words) item.append(reachedParagraph(shared("dates.words", { words: d.words })));
      if (d.note) item.append(reachedParagraph(d.note));
      dates.append(item);
    }
    // (its lines the targets of the key dates' pointers, by their data-deadline, its title if one is not found:
    // toDates; _answer.html.j2 the same)
    return [el("h3", ui("deadlines_title"), { id: "bts-checklist-dates", tabindex: "-1" }), dates];
  }

  function contactsBlock(result) {
    const contacts = el("ul", "", { class: "bts-checklist-contacts" });
    for (const contact of result.contacts) {
      if (contact.kind === "specialty") {  // none for this specialty in the notice, or its row (answer.py: the same)
        if (!contact.group) {
          contacts.append(el("li", ui("no_specialty_contact")));
          continue;
        }
        // as an office: its title, its phones as links, then its row in the notice's words, or without them the
        // specialties it names in the guide's (answer.py: specialty_lines; phone52 L1, read52 L1)
        const group = contact.group;
        const item = el("li", "");
        item.append(el("strong", shared("contacts.specialty_manager")));
        const lines = el("ul", "");
        for (const phone of group.phones) {
          const li = el("li", "");
          li.append(linked(shared("contacts.phone", { phone: "{link}" }), telHref(phone), phone));
          lines.append(li);
        }
        // (a row of one specialty without words, the candidate's own: no line; review59 L6)
        if (group.words || group.names.length > 1) {
          lines.append(el("li", group.words ? shared("contacts.specialty_words", { words: innerQuotes(group.words) })
            : shared("contacts.specialty_names", { names: group.names.join(", ") })));
        }
        item.append(lines);
        contacts.append(item);
        continue;
      }
      if (contact.kind === "specialty_by_option") {  // the row depends on the option, not answered (answer.py, text.py; the same <li> as _answer.html.j2, review59 L7)
        contacts.append(el("li", shared("contacts.specialty_by_option")));
        continue;
      }
      if (contact.kind === "specialty_several") {  // (its specialty on several rows of the notice's table: answer.py)
        contacts.append(el("li", shared("contacts.specialty_several")));
        continue;
      }
      if (contact.kind === "specialty_note") {
        // what the notice says of its table of managers, after the last of them: its words, said to be its words,
        // under the notice page's title of that table, an address they give a link (answer.py: _contact)
        const item = el("li", "", { "data-contact": "specialty-note" });
        item.append(el("strong", shared("contacts.specialty_title")), quotedWords("p", textLines(contact.note)));
        contacts.append(item);
        continue;
      }
      const office = contact.office;
      if (!office) {  // the notice gives none: the academy's site, when known, under the line saying so (answer.py)
        const item = el("li", ui("no_exam_office"), { "data-contact": "no-exam-office" });
        const website = data.ask.website;  // (the ruleset's academy.website, page data « ask »)
        if (website) {
          const site = el("li", "");
          site.append(linked(shared("standing.ask_website", { link: "{link}" }), website, addressWords(website)));
          const lines = el("ul", "");
          lines.append(site);
          item.append(lines);
        }
        contacts.append(item);
        continue;
      }
      const item = officeItem(office, contact.kind === "exam_office");
      // someone of the office the notice names under it (« Dossier suivi par : … »): a list inside its item, not a
      // contact of its own (answer.py, text.py: the same)
      if (contact.people && contact.people.length) {
        const people = el("ul", "", { class: "bts-checklist-contact-people" });
        for (const person of contact.people) people.append(officeItem(person, false));
        item.append(people);
      }
      contacts.append(item);
    }
    // where in the notice they are, as the notice page ends its contacts (answer.py, text.py: the same; review58 L2)
    // (its heading's id, as the build's: a section of the site's search, _answer.html.j2)
    const title = el("h3", ui("contacts_title"), { id: "bts-checklist-contacts-title" });
    if (result.contacts_source) return [title, contacts, el("p", result.contacts_source, { class: "bts-checklist-source" })];
    return [title, contacts];
  }

  // A contact's item, as the notice page's contacts (and every field the command line prints): its name, what it is
  // for, its e-mails, phones, postal address and web page in the page's words (links as links), then its note
  // (answer.py: office_fields of _answer.html.j2)
  function officeItem(office, examOffice) {
    const item = el("li", "");
    item.append(el("strong", office.name));
    if (office.role) item.append(emphasised("p", textLines(office.role)));
    const lines = el("ul", "");
    const line = (key, name, words, href) => {
      if (!href) return lines.append(el("li", shared(key, { [name]: words })));
      const li = el("li", "");
      li.append(linked(shared(key, { [name]: "{link}" }), href, words));
      lines.append(li);
    };
    for (const email of office.emails) line("contacts.email", "email", email, `mailto:${email}`);
    for (const phone of office.phones) line("contacts.phone", "phone", phone, telHref(phone));
    if (office.address.length) line("contacts.address", "address", office.address.join(", "), null);
    // (its note writes its web page's address, url_words: the link there, no line of its own; answer.py, text.py and
    // the notice page the same; review76)
    if (office.url && !office.url_words) line("contacts.web", "link", addressWords(office.url), office.url);
    // (named without any way to reach it: said so, as the notice page; answer.py: the same)
    if (!lines.children.length && !examOffice && !office.url) {
      line("contacts.no_details", "none", "", null);
      // (then the academy's site, as for a notice without exam office; answer.py, text.py: the same)
      if (data.ask.website) line("standing.ask_website", "link", addressWords(data.ask.website), data.ask.website);
    }
    if (lines.children.length) item.append(lines);
    if (office.note) {
      const note = item.appendChild(emphasised("p", textLines(office.note)));
      if (office.url && office.url_words) linkWritten(note, office.url_words, office.url);
    }
    return item;
  }

  // Why the list is not the notice's whole list, when it is not (text.py: partial_list_words); null when it is.
  function partialList() {
    if (data.documents_elsewhere) return shared("standing.documents_elsewhere", { words: data.documents_elsewhere });
    return data.documents_given ? null : shared("standing.documents_not_given");
  }

  // Whether the list is complete, and on paper the questions still useful.
  function endingLines(result) {
    const lines = [];
    let ending = ui("incomplete");
    if (listQuestions(result).length) ending = ui("remaining", { count: listQuestions(result).length });
    else if (result.complete) ending = ui("complete");
    lines.push(el("p", ending, { class: "bts-checklist-remaining", "data-complete": String(result.complete) }));
    // on paper, where the form is not, the questions still useful named (the command line's list; answer.py)
    if (listQuestions(result).length) {
      const open = el("ul", "");
      for (const qid of listQuestions(result)) open.append(el("li", data.questions[qid].label, { "data-open-question": qid }));
      const block = el("div", "", { class: "bts-checklist-open-questions bts-checklist-print-only" });
      block.append(el("p", ui("open_questions_title", { count: listQuestions(result).length })), open);
      lines.push(block);
    }
    return lines;
  }

  // A sentence of the procedure after the guide's label and « — », its words as the notice writes them (text.py:
  // adjustment_sentence, SENTENCE_KEYS). Shown by its lines (textLines: its lines and
  // paragraphs apart, as the notice page; Nantes 2024's NB has no full stop between its two paragraphs).
  function sentence(item, field) {
    const [key, param] = { decision: ["decision", "decision"], renewal: ["renewal", "renewal"], declare_in_cyclades: ["cyclades", "words"] }[field];
    return shared(`exam_adjustment.${key}`, { [param]: item[field] });
  }

  // The date limit of a request of exam adjustments: its label names it, not after « Date limite : » as well (as the
  // notice page), then the guide's reading of the date, where it is said again (text.py, the notice page).
  // Over now: « — date passée » after the date, before the guide's reading, as « Dates à retenir » (read61 L4: Toulouse
  // 2024's « … 15 novembre 2023 à 17 h 00 (heure de Paris) — date retenue par le guide. » read as still to come; text.py:
  // _adjustment); written again at its moment (redrawDates).
  function adjustmentDeadline(deadline) {
    const said = pastLine(deadline.id, shared("common.label_value", { label: deadline.label, value: dateOf(deadline.id) }));
    return deadline.note ? shared("exam_adjustment.deadline_note", { deadline: said, note: deadline.note }) : said;
  }

  // That date's line (a <p> under « Conséquence de cette réponse », an <li> of the list's procedure), found again by
  // redrawDates from its data-adjustment-deadline.
  function adjustmentDeadlineLine(tag, deadline) {
    const line = emphasised(tag, oneLine(adjustmentDeadline(deadline)));
    line.dataset.adjustmentDeadline = deadline.id;
    return line;
  }

  // A step's date with what it is for, as the notice page says it under the step; over now: « — date passée », as
  // « Dates à retenir » (read61 L4: Toulouse 2024's Étape 3; answer.py: StepItem.deadline, text.py: the same); written
  // again at its moment (redrawDates).
  function stepDate(deadline) {
    // (« délai de rigueur » after the date, as « Dates à retenir »: strictWords; review69 L3, Toulouse 2024's Étape 3)
    return pastLine(deadline.id, shared("common.label_value", { label: deadline.label, value: strictWords(deadline) }));
  }

  // A line said passed (« … — date passée ») when its date is over now (passedDate). As text.py: passed_line.
  function pastLine(id, line) {
    return passedDate(id) ? pastWords(line) : line;
  }

  // A line whose date is over, said so: « … — date passée », or « … ; date passée » when it holds the guide's mark of
  // a date the notice does not write (« … — date retenue par le guide », dates.guide_*; at its end or before « , délai
  // de rigueur »): never a second dash after the mark's (phone62 L2). As text.py: past_words.
  function pastWords(line) {
    const flat = (text) => text.split(/\s+/).filter(Boolean).join(" ");
    const marked = ["dates.guide_day", "dates.guide_hour", "dates.guide_midnight"]
      .some((key) => flat(line).includes(flat(shared(key, { date: "" }))));
    return shared(marked ? "checklist.date_past_marked" : "checklist.date_past", { line });
  }

  // The exam-adjustment procedure of the notice (engine item « exam_adjustment »), in the notice page's words.
  function adjustment(item) {
    const intro = { yes: "adjustment_new", renewal: "adjustment_renewal" }[item.request] || "adjustment_undecided";
    const block = el("div", "", { class: "bts-checklist-adjustment", "data-adjustment": item.request || "undecided" });
    if (!item.given) {  // the notice does not say how: said so, in the notice page's words, then the guide's advice (text.py: the same)
      block.append(el("p", shared("exam_adjustment.not_given")));
      if (data.adjustment_ask) block.append(el("p", data.adjustment_ask));
      return [el("h3", ui("adjustment_title"), { id: "bts-checklist-adjustment-title" }), block];
    }
    block.append(el("p", ui(intro)));
    if (item.request === "renewal" && item.renewal) {
      // what the notice says of a renewal first; then a request's procedure, introduced as such (text.py: the same)
      const renewal = el("ul", "");
      renewal.append(emphasised("li", textLines(sentence(item, "renewal"))));
      // (where the notice says a renewal needs no new request: the procedure for the case it excepts; phone56 M2)
      // (the case in the notice's words when the session file writes it, renewal_exception:; fixr408)
      const lead = !item.renewal_without_request ? shared("exam_adjustment.new_request")
        : item.renewal_exception ? shared("exam_adjustment.renewal_exception_named", { exception: item.renewal_exception })
          : shared("exam_adjustment.renewal_exception");
      block.append(renewal, el("p", lead));
    } else if (item.request === "renewal") {  // the notice says nothing of it: said so, before its procedure
      block.append(el("p", shared("exam_adjustment.renewal_not_said")));
    }
    const list = el("ul", "");
    const line = (text) => list.appendChild(emphasised("li", oneLine(text)));  // (the notice's bold, as the page)
    line(shared("exam_adjustment.request", { channel: shared(`exam_adjustment.channel_${item.channel}`) }));
    // the notice's text in its paragraphs and lists, as the notice page shows it
    const how = el("li", "", { class: "bts-checklist-adjustment-how" });
    how.append(...textBlocks(item.how));
    // its page's address where those words write it (url_words): the link there, no line of its own below (the
    // notice page and text.py the same; phone57 L5: the address as text, then « Page à consulter : » its link)
    if (item.url && item.url_words) linkWritten(how, item.url_words, item.url);
    list.append(how);
    // (kept on paper with the line after it, its date: checklist.css)
    if (item.send_to) line(shared("exam_adjustment.send_to", { address: item.send_to })).classList.add("bts-checklist-adjustment-send-to");
    if (item.application) {
      const li = el("li", "");
      // its address in the notice's words above (« said »): the name only, the link (text.py: the same)
      const [before, after] = (item.application.said
        ? shared("exam_adjustment.application_named", { link: "\u0000" })
        : shared("exam_adjustment.application", { link: "\u0000", url: addressWords(item.application.url) })).split("\u0000");
      // (« said »: the words above write its address (compile: address_said), printing does not write it again after
      // its name, as the notice page's address_beside; review84: « Application : AMEX (appli…/amex/) » under them)
      const around = item.application.said ? [before, after, item.application.url] : [before, after];
      li.append(document.createTextNode(before), link(item.application.name, item.application.url, around), document.createTextNode(after));
      list.append(li);
    }
    if (item.url && !item.url_words) {
      const li = el("li", "");
      const [before, after] = shared("exam_adjustment.url", { link: "\u0000" }).split("\u0000");
      li.append(document.createTextNode(before), link(addressWords(item.url), item.url), document.createTextNode(after));
      list.append(li);
    }
    if (item.deadline) list.append(adjustmentDeadlineLine("li", item.deadline));
    // (the notice's sentences under the guide's label: their lines apart, as the page and text.py)
    const said = (field) => list.appendChild(emphasised("li", textLines(sentence(item, field))));
    if (item.decision) said("decision");
    if (item.renewal && item.request !== "renewal") said("renewal");  // (a new request too: text.py)
    if (item.declare_in_cyclades) said("declare_in_cyclades");
    block.append(list);
    // where in the notice it is, as the notice page ends the procedure (text.py: the same)
    if (item.source) block.append(el("p", item.source, { class: "bts-checklist-source" }));
    return [el("h3", ui("adjustment_title"), { id: "bts-checklist-adjustment-title" }), block];
  }

  // After the first answer: the files of this page into the cache its service worker serves
  // (bts-checklist-sw.js, registered once, for this page's folder: the engine's worker is served
  // from that folder too, so the same registration controls it and its requests), so that the
  // next visit starts from the cache and works offline. Pyodide's files (a folder per version)
  // are put there by the worker as they arrive (worker.js: keepPyodideFile), once; the others
  // are added each visit (the service worker prefers the network for them, except the files
  // named by their content, ?v=). Never the search index, never the URL's fragment (the answers).
  async function keepForOffline() {
    if (!("serviceWorker" in navigator) || typeof caches !== "object" || !files.dataset.serviceWorker) return;
    const url = (name) => new URL(files.dataset[name], document.baseURI);
    const pyodide = url("pyodide").href;
    try {
      const script = url("serviceWorker");
      await navigator.serviceWorker.register(script, { scope: new URL(".", location.href).href });
      await forgetOldRegistration(new URL("assets/checklist/", script).href);
      const own = new Set([location.origin + location.pathname, url("worker").href, url("engine").href, url("ruleset").href]);
      for (const entry of performance.getEntriesByType("resource")) {
        const file = new URL(entry.name);
        if (file.origin === location.origin && !/\/search\/search_index\.json$/.test(file.pathname)) own.add(file.origin + file.pathname + file.search);
      }
      const cache = await caches.open("bts-checklist");
      await Promise.all([...own].filter((file) => !file.startsWith(pyodide)).map((file) => cache.add(file).catch(() => {})));
      // Pyodide's files and standard libraries that no page kept here names any more are removed: another
      // build's (a library's name changes with what it holds), or Pyodide's own zip, which earlier versions
      // booted with. A checklist page kept by an earlier visit (another academy's, or this one's before the
      // site was rebuilt) keeps the ones it names, so that it still works offline.
      const named = await namedByKeptPages(cache);
      named.pyodide.add(pyodide);
      named.stdlib.add(url("stdlib").href);
      for (const file of own) nameVersion(named.versions, file);
      for (const request of await cache.keys()) {
        const other = /\/assets\/pyodide\//.test(request.url) && ![...named.pyodide].some((folder) => request.url.startsWith(folder));
        if (other || (/\/(bts-stdlib-[^/]*|python_stdlib)\.zip$/.test(request.url) && !named.stdlib.has(request.url)) || superseded(named.versions, request.url)) {
          await cache.delete(request);
        }
      }
      root.dataset.offline = "ready";
    } catch (error) {
      console.warn("Liste personnalisée : pas de copie hors ligne", error);
    }
  }

  // The Pyodide folders and standard libraries named by the checklist pages in the cache (their
  // #bts-checklist-boot); a page that names no library (an earlier version) boots with Pyodide's own.
  // A page of a session that is over keeps nothing: its checklist is of no use offline, and what it names
  // would stay in the cache for ever. Over is after the day of its first [data-bts-past-after], its
  // « session passée » box (checklist.html.j2), as past.js reads it: the last day of the session's school
  // year (words.session_end), not of its registrations, so that a page stays offline while the candidate
  // still sits the exams (its « Inscriptions closes » / « Dates de la notice passées » marker comes after).
  // Also the files named by their content (…?v=…) that these pages name: another version of one of them
  // (the same address, another v=), which no kept page names any more, is removed (superseded).
  async function namedByKeptPages(cache) {
    const named = { pyodide: new Set(), stdlib: new Set(), versions: new Map() };
    const today = new Date().toLocaleDateString("sv");  // YYYY-MM-DD, the browser's day
    for (const request of await cache.keys()) {
      const response = await cache.match(request, { ignoreVary: true });
      if (!response || !/^text\/html\b/.test(response.headers.get("content-type") || "")) continue;
      const kept = new DOMParser().parseFromString(await response.text(), "text/html");
      const boot = kept.getElementById("bts-checklist-boot");
      if (!boot || !boot.dataset.pyodide) continue;
      const past = kept.querySelector("[data-bts-past-after]");
      if (past && /^\d{4}-\d{2}-\d{2}$/.test(past.dataset.btsPastAfter) && past.dataset.btsPastAfter < today) continue;
      const folder = new URL(boot.dataset.pyodide, request.url).href;
      named.pyodide.add(folder);
      named.stdlib.add(new URL(boot.dataset.stdlib || "python_stdlib.zip", boot.dataset.stdlib ? request.url : folder).href);
      const files = [...Object.values(boot.dataset)];
      for (const node of kept.querySelectorAll("[src], link[href]")) files.push(node.getAttribute("src") || node.getAttribute("href"));
      for (const file of files) nameVersion(named.versions, new URL(file, request.url).href);
    }
    return named;
  }

  // versions: address without its query → the addresses with a v= that kept pages name.
  function nameVersion(versions, href) {
    const file = new URL(href);
    if (!file.searchParams.has("v")) return;
    const path = file.origin + file.pathname;
    if (!versions.has(path)) versions.set(path, new Set());
    versions.get(path).add(file.href);
  }

  function superseded(versions, href) {
    const file = new URL(href);
    const named = versions.get(file.origin + file.pathname);
    return file.searchParams.has("v") && named !== undefined && !named.has(file.href);
  }

  // Earlier versions of this page also registered the service worker for assets/checklist/, where
  // the engine's worker was served from: that registration serves nothing now, it is removed.
  async function forgetOldRegistration(scope) {
    try {
      for (const registration of await navigator.serviceWorker.getRegistrations()) {
        if (registration.scope === scope) await registration.unregister();
      }
    } catch {
      // nothing to remove, or not allowed: it stays harmless (no page or worker is in its scope)
    }
  }

  // Keeping the list: share link, print, calendar. Built once, updated after each result.
  let lastResult = null;
  // The page left open across the closing of registration: past.js shows the marker .bts-registration-closed at that
  // minute (« bts-closing-switched »), and the list's contradiction advice becomes the one for then at once, not at the
  // next answer (fixtext56 left it); the summary bar's next date too (review70: « Clôture : … » until the next answer);
  // « Dates limites » too: its closing line said passed at that minute (keyDates).
  // (the bar's next date: nextBarUpdate)
  // (after past.js's own listener, added after this one, has shown what the moment changes: its marker .bts-dates-over,
  // read for the bar's words; review72: the bar written first kept « 2 pièces à déposer » after the last date)
  // (and when the browser shows the page again from its back-forward cache, its timers frozen meanwhile: « pageshow »
  // persisted, after past.js's own listener as above; lines76)
  function shownAgain() {
    setTimeout(() => {
      if (lastResult) summarize(lastResult);
      redrawDates();
    }, 0);
  }
  document.addEventListener("visibilitychange", () => {
    if (document.visibilityState === "visible") shownAgain();
  });
  window.addEventListener("pageshow", (event) => {
    if (event.persisted) shownAgain();
  });
  // « Dates limites » and « Dates à retenir » written again, a date over said passed (passedDate; fixdup57); and every
  // other line that says a date again: the pieces' dates, a step's, the exam-adjustment request's (read61 L4)
  function redrawDates() {
    if (!lastResult) return;
    const shown = output.querySelector(".bts-checklist-key-dates");
    if (shown) rewriteKept(shown, keyDates(lastResult));
    const listed = output.querySelector(".bts-checklist-deadlines");
    if (listed) rewriteKept(listed, deadlinesBlock(lastResult)[1]);
    // the pieces' dates under « Pièces à déposer » (phone60 M1)
    const due = lastResult.documents_due;
    const dueLine = output.querySelector(".bts-checklist-documents-due");
    if (due && dueLine && dueLine.textContent !== documentsDueWords(lastResult, due)) dueLine.textContent = documentsDueWords(lastResult, due);
    for (const group of lastResult.documents_by_date || []) {
      const heading = [...output.querySelectorAll(".bts-checklist-documents-date")].find((h) => h.dataset.documentsDate === group.deadline);
      const words = heading && documentsGroupWords(lastResult, group.deadline, group.others, group.documents.length);
      if (heading && heading.textContent !== words) heading.textContent = words;
    }
    // a step's date under its title, and the exam-adjustment request's, in the list and under « Conséquence de cette
    // réponse » (read61 L4)
    const byId = new Map(lastResult.deadlines.map((d) => [d.id, d]));
    for (const step of lastResult.steps) {
      const line = step.deadline && byId.has(step.deadline) && output.querySelector(`[data-step="${step.number}"] > .bts-checklist-when`);
      const words = line && stepDate(byId.get(step.deadline)); // (once: NOTE60, review81 L5)
      if (!line || line.textContent === words) continue;
      line.textContent = words;
      numbersWhole(line);
    }
    // a national rule's date the guide gives with the closing, under the rule (its <p>: the words said before the date
    // was over; none is said again once over)
    for (const warning of lastResult.warnings.filter((w) => w.deadline && passedDate(w.deadline))) {
      const block = [...output.querySelectorAll("[data-warning]")].find((item) => item.dataset.warning === warning.id);
      const line = block && [...block.querySelectorAll(":scope > p")].find((p) => p.textContent === closingDueWords(warning, false));
      if (!line) continue;
      line.textContent = closingDueWords(warning, true);
      numbersWhole(line);
    }
    const adjustmentDate = lastResult.exam_adjustment && lastResult.exam_adjustment.deadline;
    for (const old of adjustmentDate ? root.querySelectorAll("[data-adjustment-deadline]") : []) {
      const line = adjustmentDeadlineLine(old.tagName.toLowerCase(), adjustmentDate);
      if (line.textContent === old.textContent) continue;
      old.replaceWith(line);
      numbersWhole(line);
    }
  }

  // A block of dates written again in its place (redrawDates: a tab shown again, a date's moment): left as it is when
  // its words are the same (review73: each time the tab was shown again, the block was replaced, and the focus on its
  // « voir la précision sous « Dates à retenir » » button, or on the line it brought into view, was left on nothing,
  // the page's start for a screen reader: Clermont-Ferrand 2024's e-mail step, read in another tab); else the
  // « Revenir à … » button under a line (toDates) follows to the same line, and the focus to the same place.
  function rewriteKept(old, block) {
    const words = (element) => {
      const copy = element.cloneNode(true);
      for (const back of copy.querySelectorAll(".bts-checklist-back")) back.remove();
      return copy.textContent;
    };
    if (words(old) === words(block)) return;
    const lineOf = (element) => element.closest("[data-deadline], [data-key-date]");
    const twinOf = (line) => line && [...block.querySelectorAll(line.dataset.deadline ? "[data-deadline]" : "[data-key-date]")]
      .find((item) => item.dataset.deadline === line.dataset.deadline && item.dataset.keyDate === line.dataset.keyDate);
    const focused = old.contains(document.activeElement) ? document.activeElement : null;
    const line = focused && lineOf(focused);
    for (const back of old.querySelectorAll(".bts-checklist-back")) {
      const twin = twinOf(lineOf(back));
      if (twin) twin.append(back);
    }
    old.replaceWith(block);
    numbersWhole(block);
    if (!focused || block.contains(document.activeElement)) return;
    if (block.contains(focused)) {  // (a « Revenir à … » button, moved with its line)
      focused.focus({ preventScroll: true });
      return;
    }
    const twin = twinOf(line);
    if (!twin) return;
    if (focused === line) {
      twin.setAttribute("tabindex", "-1");
      twin.focus({ preventScroll: true });
      return;
    }
    const same = [...twin.querySelectorAll(focused.tagName)].find((element) => element.className === focused.className && element.textContent === focused.textContent)
      || [...twin.querySelectorAll(focused.tagName)].find((element) => element.className === focused.className);
    if (same) same.focus({ preventScroll: true });
  }
  document.addEventListener("bts-closing-switched", () => {
    if (lastResult) summarize(lastResult);
    redrawDates();
    const standing = lastResult && lastResult.standing;
    if (!standing || standing.kind !== "contradiction") return;
    for (const old of output.querySelectorAll(".bts-checklist-advice")) {
      const advice = el("p", contradictionAdvice(standing), { class: "bts-checklist-advice" });
      old.replaceWith(advice);
      numbersWhole(advice);
    }
  });
  // The marker .bts-dates-over shown or hidden by past.js (at DOMContentLoaded, or at the minute it comes): what reads
  // it follows, the bar's count (« demandées », datesPast) and the calendar button's words. An engine restored from its
  // snapshot can answer before DOMContentLoaded (the theme's scripts hold it back): the list and its button were then
  // written before the marker was shown, and the button kept « (.ics) » on a past session (a browser test seen failing
  // once in a full run, stop 66).
  function icsWords() {
    return root.querySelector(".bts-dates-over:not([hidden])") ? ui("ics_past") : ui("ics");
  }
  const datesOverMarked = new MutationObserver(() => {
    if (lastResult) summarize(lastResult);
    const ics = document.getElementById("bts-checklist-ics");
    const words = ics && fr(withoutMarkers(icsWords()));
    if (ics && ics.textContent !== words) ics.textContent = words;
  });
  root.querySelectorAll(".bts-dates-over").forEach((marker) => datesOverMarked.observe(marker, { attributes: true, attributeFilter: ["hidden"] }));
  let keepBlock = null;
  function keep() {
    if (keepBlock) return keepBlock;
    keepBlock = el("div", "", { class: "bts-checklist-keep bts-checklist-noprint" });
    keepBlock.append(el("h3", ui("keep_title"), { id: "bts-checklist-keep-title" }));
    keepBlock.append(el("p", ui("share"), { id: "bts-checklist-share-help" }));
    const row = el("p", "", { class: "bts-checklist-share" });
    const label = el("label", ui("share_link"), { for: "bts-checklist-share", id: "bts-checklist-share-label" });
    const input = el("input", "", { id: "bts-checklist-share", type: "url", readonly: "", "aria-describedby": "bts-checklist-share-help" });
    const copy = el("button", ui("copy"), { type: "button", class: "md-button" });
    const copied = el("span", "", { role: "status", class: "bts-checklist-copied" });
    // The focus stays on the button (a11y58 L: input.select() moved it to the field, whose whole address a screen reader
    // then read over « Lien copié. »), and « Lien copié. » is said at each press (emptied first, written after the copy;
    // the same words written back within the same frame would be no change to say: a tenth of a second apart).
    copy.addEventListener("click", async () => {
      const again = copied.textContent !== "";
      copied.textContent = "";
      try {
        await navigator.clipboard.writeText(input.value);
      } catch {
        // (no clipboard API, or refused: the field's text selected and copied the old way, the focus back on the button)
        input.select();
        if (document.execCommand) document.execCommand("copy");
        copy.focus();
      }
      if (again) await new Promise((resolve) => setTimeout(resolve, 100));
      copied.textContent = ui("copied");
    });
    row.append(label, " ", input, " ", copy, " ", copied);
    const buttons = el("p", "", { class: "bts-checklist-buttons" });
    const print = el("button", ui("print"), { type: "button", class: "md-button", id: "bts-checklist-print" });
    print.addEventListener("click", () => window.print());
    // the notice's dates all over (its marker .bts-dates-over shown, by the build or by past.js): said on the button
    // (again whenever the marker changes: datesOverMarked)
    const ics = el("button", icsWords(), { type: "button", class: "md-button", id: "bts-checklist-ics" });
    // Once the file is given to the browser, its name said next to the button, as « Lien copié. » is (a11y67 L6: a
    // keyboard or screen reader user heard nothing; the browser's download bubble was all), offered, not said saved
    // (review67b L1: a save dialog may be cancelled, iOS opens a calendar preview), at each press (emptied
    // first, written a tenth of a second later if it was there: the same words again are no change to say); a new link
    // (another list) empties it (updateKeep).
    const saved = el("span", "", { role: "status", class: "bts-checklist-saved" });
    ics.addEventListener("click", async () => {
      const name = `bts-${data.academy.slug}-${data.year}-ma-liste.ics`;
      const again = saved.textContent !== "";
      saved.textContent = "";
      download(calendar(lastResult), name);
      if (again) await new Promise((resolve) => setTimeout(resolve, 100));
      saved.textContent = ui("ics_saved", { file: name });
    });
    buttons.append(print, " ", ics, " ", saved);
    keepBlock.append(row, buttons);
    return keepBlock;
  }

  function updateKeep() {
    const input = document.getElementById("bts-checklist-share");
    // a new link: « Lien copié. » no longer says it (a11y58 L: it stayed under a link the candidate had not copied)
    if (input && input.value !== location.href) {
      input.value = location.href;
      const copied = input.parentElement.querySelector(".bts-checklist-copied");
      if (copied) copied.textContent = "";
      // (nor « Fichier … proposé au téléchargement » under another list's button: the file holds the dates of the list before)
      const saved = document.querySelector(".bts-checklist-saved");
      if (saved) saved.textContent = "";
    }
    // no list for the candidate (noList: the registration's dates a not-cited candidate reads under the note are those
    // of the candidates the notice concerns, not theirs; phone47 M2), or no date the notice gives: nothing to put in a
    // calendar
    const ics = document.getElementById("bts-checklist-ics");
    if (ics) ics.hidden = Boolean(lastResult) && (noList(lastResult) || !calendarEvents(lastResult).length);
    // no list: no list to tick on paper, nor to keep (phone61 L4: « Garder votre liste … Imprimer la liste à cocher »
    // under a note saying no list is given); the link keeps the answers, which the note follows from
    const none = Boolean(lastResult) && noList(lastResult);
    const print = document.getElementById("bts-checklist-print");
    if (print) print.hidden = none;
    const title = document.getElementById("bts-checklist-keep-title");
    if (title) title.textContent = none ? ui("keep_title_no_list") : ui("keep_title");
    const label = document.getElementById("bts-checklist-share-label");
    if (label) label.textContent = none ? ui("share_link_no_list") : ui("share_link");
    // (the row of buttons, none left: not an empty line)
    if (print) print.parentElement.hidden = print.hidden && (!ics || ics.hidden);
  }

  // The candidate's dates for a calendar: the registration's, then their list's (a date the notice does not give
  // has no place in a calendar).
  function calendarEvents(result) {
    const events = [];
    const registration = result.registration;
    if (registration.opening) events.push({ id: "opening", label: ui("registration_opening"), iso: registration.opening, hasTime: registration.opening_has_time, date: "registration_opening" });
    if (registration.closing) events.push({ id: "closing", label: ui("registration_closing"), iso: registration.closing, hasTime: registration.closing_has_time, date: "registration_closing" });
    for (const d of result.deadlines) if (d.end) events.push({ id: d.id, label: d.label, iso: d.end, hasTime: d.has_time, date: d.id });
    return events;
  }

  // Under a deadline of the candidate's list (a « délai de rigueur » or not: read58 L3), each of their pieces the notice
  // lets them deposit later (« Sauf pour … »): in the list (deadlinesBlock) and in their calendar (calendar); answer.py:
  // the same.
  function lateExceptions(result, did) {
    const deadline = result.deadlines.find((d) => d.id === did);
    if (!deadline) return [];
    const late = (doc) => shared("checklist.late_deposit", { words: doc.late_deposit, office: data.office_reach });
    // (and a piece still depending on an answer, as pending: fixsmall62; answer.py, text.py the same)
    return result.documents.filter((doc) => doc.deadline === did && doc.late_deposit).map((doc) => ui("strict_late", { label: doc.label, late: late(doc) }))
      .concat((result.undecided || []).filter((doc) => doc.deadline === did && doc.late_deposit)
        .map((doc) => ui("strict_late_undecided", { label: doc.label, late: late(doc) })));
  }

  function download(text, name) {
    const link = document.createElement("a");
    link.href = URL.createObjectURL(new Blob([text], { type: "text/calendar;charset=utf-8" }));
    link.download = name;
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(link.href), 1000);
  }

  // iCalendar (RFC 5545) of the candidate's own dates: the instants carry the academy's UTC
  // offset (written in UTC), dates without a time are all-day events; UIDs are the site's
  // (<slug>-<year>-<id>@bts-guide), so re-importing updates rather than duplicates. Titles,
  // the notice's words and the reminders (VALARM) are the site's calendar's (page data
  // « calendar », from generator/site/ics.py: events).
  function calendar(result) {
    const stamp = utc(new Date().toISOString());
    const lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//bts-guide//Liste personnalisee//FR", "CALSCALE:GREGORIAN", "METHOD:PUBLISH",
      `X-WR-CALNAME:${escapeText(ui("ics_calname", { year: data.year, academy_of: data.academy.of }))}`];
    for (const e of calendarEvents(result)) {
      const item = data.calendar[e.id];
      if (item === undefined) throw new Error(`date « ${e.id} » absente du calendrier de la page`);
      // (the exam-adjustment request's date of a candidate the notice may dispense from a new request: said to be for
      // those who must make one, as the list's lines say it, deadlineLabel; review68: the event said it to everyone)
      const onlyIf = result.deadlines.some((d) => d.id === e.id && d.new_request_only);
      const summary = onlyIf ? shared("dates.new_request_only", { label: item.summary }) : item.summary;
      lines.push("BEGIN:VEVENT", `UID:${plain(`${data.academy.slug}-${data.year}-${e.id}`)}@bts-guide`, `DTSTAMP:${stamp}`,
        `SUMMARY:${escapeText(summary)}`);
      if (e.hasTime) {
        lines.push(`DTSTART:${utc(e.iso)}`, `DTEND:${utc(e.iso)}`);
      } else {
        const day = e.iso.slice(0, 10);
        lines.push(`DTSTART;VALUE=DATE:${day.replace(/-/g, "")}`, `DTEND;VALUE=DATE:${nextDay(day)}`);
      }
      // the site's calendar's description, with what the list says under this date for this candidate in the list's
      // order (deadlinesBlock): the date in the page's words (its first line), under a « délai de rigueur » the sentence
      // that says it (as the site's calendar, phone53 L5) and the pieces the notice lets them deposit later, then the
      // notice's words and the guide's reading; then this page's
      // address without the answers (its # part): calendars sync to accounts others may see, and the answers say a
      // handicap, a birth date (a review, phone48 M6); the share link, which says it holds them, keeps them
      const [first, ...rest] = item.words.map(fr);
      const page = location.origin + location.pathname;
      const description = [first, ...item.strict.map(fr), ...lateExceptions(result, e.id).map(withoutMarkers), ...rest, page].filter(Boolean).join("\n");
      lines.push(`DESCRIPTION:${escapeText(description)}`);
      // no reminder for a date already past when the file is made (a review, phone49 L7: « Demain — … » for 2023)
      const over = Date.parse(e.iso) < readingTime();
      for (const alarm of over ? [] : item.alarms) {
        const said = onlyIf ? alarm.description.replace(item.summary, () => summary) : alarm.description;
        lines.push("BEGIN:VALARM", "ACTION:DISPLAY", `TRIGGER:${plain(alarm.trigger)}`, `DESCRIPTION:${escapeText(said)}`, "END:VALARM");
      }
      lines.push("END:VEVENT");
    }
    lines.push("END:VCALENDAR");
    return lines.map(fold).join("\r\n") + "\r\n";
  }
}

// A law's or a decree's number after « n° » (« loi n° 97-1019 ») and an article's with its letter (« D. 643-15-1 »,
// « R. 408 »; three digits at least before any hyphen), kept on one line in what this script writes: each in a span
// of class bts-nowrap (docs/assets/bts.css), an article's only when a line could break it (a space, a hyphen), as
// generator/site/text.py _numbers_whole writes the pages (_NUMBERED_TEXT: the same pattern; fixphone56: the list
// built here broke « D. / 643-15-1 » at 360 px). Text nodes only, split, their characters unchanged: never HTML.
// An office's or a standard's code, capitals, a space and a number with a hyphen (« Bureau DEC 4-1 », « ISO 3166-2 »),
// whole too (printhead67, print67 L: Nantes 2026's printed list broke « (DEC 4- » / « 1) »).
const WHOLE_NUMBERS = /(?<![\p{L}\p{N}_.])(?:([nN]°\u00a0?)([0-9]+(?:-[0-9]+)+)|([DLR]\.?[ \u00a0]?[0-9]{3,}(?:-[0-9]+)*)|([A-Z]{2,}[ \u00a0][0-9]+(?:-[0-9]+)+))(?![\p{L}\p{N}_-])/gu;

function numbersWhole(root) {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const found = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (/[°DLR]|[A-Z][ \u00a0][0-9]/.test(node.data) && !node.parentElement.closest(".bts-nowrap")) found.push(node);
  }
  for (const node of found) {
    const pieces = numberPieces(node.data);
    if (!pieces.some(([, whole]) => whole)) continue;
    node.replaceWith(...pieces.map(([piece, whole]) => {
      if (!whole) return piece;
      const span = document.createElement("span");
      span.className = "bts-nowrap";
      span.textContent = piece;
      return span;
    }));
  }
}

// A text in pieces [words, whole]: whole, a number to keep on one line (WHOLE_NUMBERS: a « n° »'s with a hyphen, an
// article's that a line could break), the rest as it is; their characters together are the text's. text.py
// _numbers_whole finds the same numbers (tests/checklist/test_numbers_whole.py runs both on the same texts, read57 L4).
function numberPieces(text) {
  const words = String(text);
  const out = [];
  let last = 0;
  for (const match of words.matchAll(WHOLE_NUMBERS)) {
    const number = match[2] || match[3] || match[4];
    if (!match[2] && !/[ -]/.test(number)) continue;
    const at = match.index + (match[2] ? match[1].length : 0);
    out.push([words.slice(last, at), false], [number, true]);
    last = at + number.length;
  }
  out.push([words.slice(last), false]);
  return out.filter(([piece]) => piece);
}

// A day in words, « 10 mai 2003 », « 1er octobre 2025 », the day, its month and its year joined by no-break spaces (as
// generator/site/dates.py: date_words; a review, read49 L5: an answered birth date read « 10/05/2003 »).
function dayWords(iso) {
  const months = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"];
  const [year, month, day] = iso.split("-").map(Number);
  if (!months[month - 1] || !(day >= 1 && day <= 31)) return iso;
  return `${day === 1 ? "1er" : day}\u00a0${months[month - 1]}\u00a0${year}`;
}

// A phone number as a tel: link, in the international form, as the notice pages write it (values.py: phone_href);
// an overseas number with its own country code (values.py: OVERSEAS_PHONE_PREFIXES, the same table).
function telHref(phone) {
  const overseas = {
    262: ["262", 9], 263: ["262", 9], 692: ["262", 9], 693: ["262", 9], 269: ["262", 9], 639: ["262", 9],
    590: ["590", 9], 690: ["590", 9], 691: ["590", 9], 594: ["594", 9], 694: ["594", 9],
    596: ["596", 9], 696: ["596", 9], 697: ["596", 9], 508: ["508", 6],
  };
  const digits = phone.replace("(0)", "").replace(/[^0-9]/g, "");
  if (phone.trimStart().startsWith("+")) return `tel:+${digits}`;
  if (digits.length !== 10 || !digits.startsWith("0")) return `tel:${digits}`;
  const [country, kept] = overseas[digits.slice(1, 4)] || ["33", 9];
  return `tel:+${country}${digits.slice(-kept)}`;
}

// A department of another academy, typed in the department field: its academy and where to read its
// notice (data.elsewhere, built from content/departments.yaml by generator/site/directory.py), said as
// text next to the field as soon as it is typed. The engine, for its part, says the candidate resides
// outside the academy: in its standing where the notice reserves individual registration to its residents
// (residence:), else in a warning, under which the answer repeats this hint.
// How long the typing in the department field, or the keys stepping through a question's choices, pause before what
// they changed is said to a screen reader (ms).
const SAID_AFTER = 500;

// Words said to a screen reader once the keys pause (SAID_AFTER after the last ``wait()``) or the control is left
// (``now()``), not at each key: the department field's hint (departmentHint), the status line's sentence of an answer
// changed by the arrows (start: stepping). ``say`` runs once for a series; ``waiting`` until then; ``cancel()``: not said.
function saidAfterPause(say) {
  let timer = null;
  const stop = () => {
    clearTimeout(timer);
    timer = null;
  };
  return {
    wait() {
      stop();
      timer = setTimeout(() => { timer = null; say(); }, SAID_AFTER);
    },
    now() {
      stop();
      say();
    },
    cancel: stop,
    get waiting() { return timer !== null; },
  };
}

// The words of a link whose words are its web address, as a person reads and types it: without its scheme, a site's
// root without its final slash (« www.ac-nantes.fr »), a deeper address whole (« appli.ac-aix-marseille.fr/amex/ »);
// not a web address: unchanged. As the notice page and the build's answer write it (text.py: address_words, the same).
function addressWords(address) {
  const words = address.replace(/^https?:\/\//i, "");
  if (words === address) return address;
  return /^[^/?#]+\/$/.test(words) ? words.slice(0, -1) : words;
}

// ``text`` as pieces [words, null] and [link's words, href] where it writes one of ``reach`` ([as written, href,
// words], page data ask.reach) whole: not the start or end of a longer address or number, the longest first; a
// phone's spaces may be no-break ones (typeset). answer.py: reach_pieces, the same.
function reachPieces(text, reach) {
  if (!reach.length) return [[text, null]];
  const forms = [...reach].sort((a, b) => b[0].length - a[0].length);
  const escaped = (words) => words.replace(/[\\^$.*+?()[\]{}|/]/g, "\\$&");
  const pattern = forms.map(([written]) => `(${written.split(/\s+/).filter(Boolean).map(escaped).join("[ \u00a0\u202f]+")})`).join("|");
  const found = new RegExp(`(?<![\\p{L}\\p{N}_@./:-])(?:${pattern})(?![\\p{L}\\p{N}_@/-]|\\.[\\p{L}\\p{N}_])`, "gu");
  const out = [];
  let last = 0;
  for (const match of text.matchAll(found)) {
    const [, href, words] = forms[match.slice(1).findIndex((group) => group !== undefined)];
    if (match.index > last) out.push([text.slice(last, match.index), null]);
    out.push([words, href]);
    last = match.index + match[0].length;
  }
  if (last < text.length || !out.length) out.push([text.slice(last), null]);
  return out;
}

// A link whose words are its web address (addressWords): its site's name in a span « bts-address-name », kept on one
// line (bts.css; fixaddr59: « www.ac- » at the end of a phone's line, « guadeloupe.fr » on the next), the rest after
// it (text.py: address_name, templating.py: _link, the same). Other words: left as they are.
function addressInto(link, words, href) {
  if (/^https?:/i.test(href) && /^https?:\/\//i.test(words)) {
    // (words writing the address with its scheme: the notice's sentence, quoted as written, kept whole; templating.py
    // _link_words, text.md_block's bts-address)
    const whole = document.createElement("span");
    whole.className = "bts-address";
    whole.textContent = words;
    link.replaceChildren(whole);
    return link;
  }
  if (!/^https?:/i.test(href) || words !== addressWords(href)) return link;
  const name = /^[^/?#]*/.exec(words)[0];
  const span = document.createElement("span");
  span.className = "bts-address-name";
  span.textContent = name;
  link.replaceChildren(span);
  if (words.length > name.length) link.append(words.slice(name.length));
  return link;
}

// Whether one of ``texts`` (a link's words, its sentence's) writes the web address ``href``: its words its address,
// printed once (« bts-bare-url »: print.css writes a web link's address after its words). The address without its
// scheme nor its final slash, as an academy's site is named (page data « elsewhere »'s label: text.py address_words).
function addressWritten(href, texts) {
  const address = href.replace(/\/+$/, "").replace(/^[a-z]+:\/\//i, "");
  return /^https?:/i.test(href) && texts.some((text) => String(text).includes(address));
}

// A link's attributes, in the order the build writes them (_answer.html.j2: linked): a web link one of whose ``texts``
// (its words, its sentence's) writes its address is marked « bts-bare-url » (addressWritten), another web link carries
// its address as a person types it (« data-bts-address »: addressWords), which printing writes after its words
// (print.css, fixprint60); any other link its address alone. checklist.js's link and departmentHint's, the same.
function linkAttributes(href, texts) {
  if (addressWritten(href, texts)) return { class: "bts-bare-url", href };
  return /^https?:/i.test(href) ? { href, "data-bts-address": addressWords(href) } : { href };
}

// A hint shown under a field and its live copy (role=status, not shown, which a screen reader says once the typing
// pauses) hold the same words once said: read line by line, the page gave them twice (walk64 L2: « Haute-Garonne (31)
// : département de l'académie de Toulouse. », a paragraph then the status, in the accessibility tree). The live copy
// must stay in that tree to be said (a live region aria-hidden, display:none or emptied too soon is not announced
// reliably), so the shown hint leaves it while the copy holds its very words: aria-hidden, as the « encore utile » tag
// where its words are read elsewhere. Not when the hint has a link or a button (a close department, an academy's site):
// a control must never be hidden from a screen reader; nor while the copy does not yet, or no longer, say the hint
// (typing, a lone digit): then the shown hint is the one read. The home page's finder does the same (bts.js).
function readOnce(shown, copy) {
  if (!shown) return;
  const same = Boolean(copy) && !shown.hidden && copy.textContent !== "" && copy.textContent === shown.textContent
    && !shown.querySelector("a, button, input, select, textarea");
  if (same) shown.setAttribute("aria-hidden", "true");
  else shown.removeAttribute("aria-hidden");
}

function departmentHint(form, data, carried) {
  for (const [qid, question] of Object.entries(data.questions)) {
    if (question.kind !== "department") continue;
    const input = document.getElementById(`q-${qid}-input`);
    const hint = document.getElementById(`q-${qid}-elsewhere`);
    if (!input || !hint) continue;
    const update = () => {
      // (the home page's department said until the field no longer holds it: an answer of the candidate's since, even
      // the same one again)
      if (carried && input.value.trim() !== carried.code) carried = null;
      const found = elsewhereHint(data, input.value);
      hint.replaceChildren();
      const own = found ? null : ownDepartment(data, input.value);
      hint.hidden = !found && !own;
      if (own) {
        // one of the academy's departments, typed by its code, name or postcode: what the guide understood, said
        // (phone54 L1: « haute garonne » stayed as typed, nothing named the department read)
        hint.append(data.own.replace("{department}", own));
        if (carried) hint.append(" ", carried.words);
        return;
      }
      if (!found) {
        // a misspelt name (« haute garone »): the departments close to it, each a button that writes it in the field,
        // said with the rest of the hint once the typing pauses (phone55 L1: nothing was offered); not while the field's
        // message offers them for the same value, the field left (departmentProblem: the same buttons twice)
        const problem = document.getElementById(`q-${qid}-problem`);
        const offered = Boolean(problem && !problem.hidden && problem.dataset.typed === input.value && problem.querySelector(".bts-close-name"));
        const close = offered ? [] : closeNames(data.names, input.value);
        hint.hidden = !close.length;
        if (close.length) hint.append(...closeOffer(data, close, pick));
        return;
      }
      // registered by their establishment (the engine's standing: data-by-establishment): not sent to the academy of
      // where they live, and told so in its place, the help having said the guide names it (phone52 L2: nothing was
      // said after « 75 »)
      if (form.closest(".bts-checklist")?.hasAttribute("data-by-establishment")) {
        hint.append(data.texts["department_hint.by_establishment"]);
        return;
      }
      if (!found.url) {
        hint.append(found.text); // living abroad: whom to ask, no link
        return;
      }
      const [before, after] = found.text.split("{link}");
      const link = document.createElement("a");
      link.href = found.url;
      link.textContent = found.label;
      addressInto(link, found.label, found.url);
      // (an academy's site named by its address: marked as the list's warning marks it, start's link)
      for (const [name, value] of Object.entries(linkAttributes(found.url, [found.label, before, after ?? ""]))) link.setAttribute(name, value);
      hint.append(before, link, after ?? "");
    };
    const pick = (name) => pickDepartment(input, name);
    // The live copy (role=status, read by a screen reader, not shown): the hint's words once the typing pauses
    // (SAID_AFTER) or the field is left, not at each keystroke (review64 L6: « 3 », Allier, then « 31 », the echo: two
    // announcements for one department); written only when they change. The hint itself follows each keystroke.
    const said = document.getElementById(`q-${qid}-elsewhere-said`);
    // (typed: keystrokes not yet said, the pause's or the field's leaving to say them, a lone digit's too)
    let typed = false;
    const pause = saidAfterPause(() => {
      typed = false;
      const words = hint.hidden ? "" : hint.textContent;
      if (said && said.textContent !== words) said.textContent = words;
      readOnce(hint, said);
    });
    const say = () => pause.now();
    input.addEventListener("input", () => {
      update();
      pause.cancel();
      typed = true;
      // words the hint no longer says emptied at once, silently: the live copy never holds a department the field no
      // longer holds, until the pause says the new one (review67 L9: « 31 » then back to « 3 » kept Haute-Garonne's
      // academy there until the field was left)
      if (said && said.textContent && said.textContent !== (hint.hidden ? "" : hint.textContent)) said.textContent = "";
      readOnce(hint, said);
      // (a lone digit is the start of a number, not yet a department: shown, said only once the field is left; a
      // slow typist heard « 3 », Allier, before « 31 », phone56 L4)
      if (/^\s*[0-9]\s*$/.test(input.value)) return;
      pause.wait();
    });
    input.addEventListener("change", say);
    // The hint written again after an answer (update) while the focus was on its link or one of its buttons: the
    // focus on the same words, never left on nothing, the page's start for a screen reader. Tab from the field reaches
    // the hint's link before the list's answer writes the hint again (a11y58 M1: « 75 » then Tab on Toulouse's and
    // Nantes' lists, the focus on the academy of Paris’s site link went to document.body); a department the hint offered,
    // which the field's message now offers in its place, is followed there (phone57 M1).
    const rewrite = () => {
      const focused = hint.contains(document.activeElement) ? document.activeElement.textContent : null;
      update();
      readOnce(hint, said);
      if (focused === null || hint.contains(document.activeElement)) return;
      const problem = document.getElementById(`q-${qid}-problem`);
      const same = [...hint.querySelectorAll("a, button")].find((element) => element.textContent === focused)
        || (problem && !problem.hidden ? [...problem.querySelectorAll(".bts-close-name")].find((button) => button.textContent === focused) : null);
      if (same) same.focus();
    };
    // said when its words change (a11y58 L2: « Loire-Atlantique (44) : département de l'académie de Nantes. », from the
    // link, was said again after « Je prépare le BTS en présentiel », an answer that changed nothing of it)
    form.addEventListener("bts-by-establishment", () => {
      const before = hint.hidden ? "" : hint.textContent;
      rewrite();
      if (before !== (hint.hidden ? "" : hint.textContent)) say();
    });
    // the field's message offers a misspelt name's close departments, or no longer does: the hint follows, said at
    // once unless the typing's pause is to say it
    form.addEventListener("bts-problems", () => {
      const before = hint.hidden ? "" : hint.textContent;
      rewrite();
      if (!typed && before !== (hint.hidden ? "" : hint.textContent)) say();
    });
    update();
    // « Je réside hors de France »: writes the answer's words in the field (read as « 99 »), as if typed, and the
    // list follows (a change of the form)
    const button = document.getElementById(`q-${qid}-abroad`);
    if (button) {
      button.addEventListener("click", () => {
        input.value = data.departments[data.abroad];
        input.dispatchEvent(new Event("input", { bubbles: true }));
        input.dispatchEvent(new Event("change", { bubbles: true }));
      });
    }
  }
}

// The state of the history entries the checklist has read (history.replaceState): an address coming back with it is
// one gone back (or forward) to, not a link opened (start's hashchange).
const SEEN = Object.freeze({ btsChecklist: 1 });

// What was typed in the department field (or a shared link held), quoted in its message: its first ``most``
// characters (letters, not UTF-16 units: an emoji is never cut in half), the white space before the cut left out, then
// « … » (review81 L2: 20,000 characters were quoted whole, in the status line too, read whole by a screen reader). The
// command line quotes as much (text.typed_start).
function typedStart(word, most = 30) {
  const letters = [...word];
  return letters.length > most ? letters.slice(0, most).join("").trimEnd() + "…" : word;
}

// The department the home page's finder carried to this list (« 31 »): the address holds that answer alone, as the
// notice's link passes it on (bts.js), and the page before was this list's notice; else null (a shared link, typed).
function carriedDepartment() {
  const found = /^#department=([0-9]{2,3}|2[AB])$/.exec(location.hash);
  if (!found || !document.referrer) return null;
  let before = null;
  try {
    before = new URL(document.referrer);
  } catch (error) {
    return null;
  }
  const notice = location.pathname.replace(/liste-personnalisee\/(?:index\.html)?$/, "");
  return notice !== location.pathname && before.origin === location.origin && before.pathname.replace(/index\.html$/, "") === notice ? found[1] : null;
}

// A department offered for a misspelt name, picked: in the department field (input), as if typed, and the list follows.
function pickDepartment(input, name) {
  input.value = name;
  input.focus();
  input.dispatchEvent(new Event("input", { bubbles: true }));
  input.dispatchEvent(new Event("change", { bubbles: true }));
}

// « Vouliez-vous dire : Haute-Garonne (31) ? » (department_hint.close), each department offered (closeNames) a button
// that picks it, the names joined as the field's other messages join them (conditions.or_comma, or_last); the same
// words and buttons as the home page's finder (bts.js offer).
function closeOffer(data, close, pick) {
  const marks = close.map((item, i) => `\u0000${i}\u0000`);
  const join = (key, before, after) => data.texts[key].replace("{before}", () => before).replace("{after}", () => after);
  const list = marks.length < 2 ? marks.join("")
    : join("conditions.or_last", marks.slice(0, -1).reduce((before, after) => join("conditions.or_comma", before, after)), marks[marks.length - 1]);
  return data.texts["department_hint.close"].replace("{names}", () => list).split(/\u0000([0-9]+)\u0000/).map((part, i) => {
    if (i % 2 === 0) return part;
    const [name, code] = close[Number(part)];
    const button = document.createElement("button");
    button.type = "button";
    button.className = "bts-close-name";
    button.textContent = `${name} (${code})`;
    // pressed, the field keeps the focus (as a list of suggestions does): else the field, left, sent its answer,
    // which moves the offer from under the field to the field's message (the same names once, departmentHint), and
    // the button under the finger was gone before the click: the tap lost (a loaded machine's full run, 2026-12-06)
    button.addEventListener("mousedown", (event) => event.preventDefault());
    button.addEventListener("click", () => pick(name));
    return button;
  });
}

// One of the notice academy's departments, from the department as typed (its code, name or postcode), in words
// (« Haute-Garonne (31) », department_hint.department); null for any other value, living abroad's included.
function ownDepartment(data, value) {
  const code = namedDepartment(data.names, value ?? "") ?? departmentCode(value ?? "");
  if (!code || code === data.abroad || !Object.hasOwn(data.departments || {}, code)) return null;
  return data.texts["department_hint.department"].replace("{name}", data.departments[code]).replace("{code}", code);
}

// The hint for a department of another academy (page data « elsewhere »: its academy, where to read its notice),
// from the department as typed (its code or its name) or answered; null for the academy's own departments and for
// anything else.
function elsewhereHint(data, value) {
  const code = namedDepartment(data.names, value ?? "") ?? departmentCode(value ?? "");
  return Object.hasOwn(data.elsewhere || {}, code) ? data.elsewhere[code] : null;
}

// A department answered, in words: « 31 (Haute-Garonne) » by the academy's names (page data « departments », living
// abroad's among them: « 99 (hors de France) »), else another academy's by the national table's (page data « names »:
// « 35 (Ille-et-Vilaine) », phone48 L2), else its code alone. text.py department_answer_words says the same words,
// for the build's answer and the command line (tests/test_departments.py runs both).
function departmentWords(departments, names, value) {
  const own = Object.hasOwn(departments || {}, value) ? departments[value] : "";
  const entry = own ? null : String(names || "").split("|").map((item) => /^(.+) \(([0-9AB]{2,3})\)$/.exec(item))
    .find((item) => item && item[2] === value);
  const name = own || (entry ? entry[1] : "");
  return name ? `${value} (${name})` : value;
}

// A department typed by its name, as the home page's finder takes it (« haute garonne », « Haute-Garonne », « PARIS »,
// « cotes d'armor », « Côtes-d’Armor », « la reunion », « réunion », « Seine-St-Denis »): its code, from the national
// table (page data « names »: « Ain (01)|Aisne (02)|… », names as content/departments.yaml writes them); null for
// anything else. The whole name, with or without its article: never a name begun (« haute », « corse »: several
// departments), never one of two names that fold alike (none do). The engine has no such reading
// (engine.clean_department): the page sends it the code, and the command line, the share link and the engine's
// answers keep codes. A code and its name together, as the field's help writes them (« 31 (Haute-Garonne) »), the
// other way round or after a dash (« Haute-Garonne (31) », « 31 - Haute-Garonne »): the code when both name the same
// department (departments.py: named_code, _CODE_AND_NAME).
function namedDepartment(names, value) {
  const both = /^\s*(?:([0-9]{1,3}|2[ab])\s*(?:\((.+)\)|[-–—:]\s*(.+))|(.+?)\s*(?:\(\s*([0-9]{1,3}|2[ab])\s*\)|[-–—:]\s*([0-9]{1,3}|2[ab])))\s*$/i.exec(String(value));
  if (both) {
    const code = departmentCode(both[1] || both[5] || both[6]);
    return code !== null && code === namedDepartment(names, both[2] || both[3] || both[4]) ? code : null;
  }
  const key = nameKey(value);
  if (!key) return null;
  const found = String(names || "").split("|").map((entry) => /^(.+) \(([0-9AB]{2,3})\)$/.exec(entry))
    .filter((entry) => entry && nameKey(entry[1]) === key);
  return found.length === 1 ? found[0][2] : null;
}

// A code and a name together that name two departments (« 31 (Ariège) », « Ariège - 31 »): { code: "31", code_name:
// "Haute-Garonne", name: "Ariège", name_code: "09" }, names as the table writes them, for the field's message saying
// which is which (review56 L6: « Département non reconnu » said neither); null for anything else (departments.py:
// code_and_name_apart).
function departmentsApart(names, value) {
  const both = /^\s*(?:([0-9]{1,3}|2[ab])\s*(?:\((.+)\)|[-–—:]\s*(.+))|(.+?)\s*(?:\(\s*([0-9]{1,3}|2[ab])\s*\)|[-–—:]\s*([0-9]{1,3}|2[ab])))\s*$/i.exec(String(value));
  if (!both) return null;
  const code = departmentCode(both[1] || both[5] || both[6]);
  const nameCode = namedDepartment(names, both[2] || both[3] || both[4]);
  const table = new Map(String(names || "").split("|").map((entry) => /^(.+) \(([0-9AB]{2,3})\)$/.exec(entry))
    .filter(Boolean).map((entry) => [entry[2], entry[1]]));
  if (code === null || nameCode === null || code === nameCode || !table.has(code)) return null;
  return { code, code_name: table.get(code), name: table.get(nameCode), name_code: nameCode };
}

// A name folded: case, accents, spaces, hyphens and apostrophes free, a leading article dropped (« la Réunion »,
// « l'Ain ») and « St », « Ste » read as « Saint », « Sainte »; empty for a text without a letter (a code).
function nameKey(text) {
  return nameWords(text).join("");
}

// A name's words, folded as nameKey folds them, apart (« Tarn-et-Garonne » → ["tarn", "et", "garonne"]); none for a
// text without a letter (departments.py _name_words).
function nameWords(text) {
  const words = String(text).normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase()
    .replace(/œ/g, "oe").replace(/æ/g, "ae").replace(/[^a-z0-9]+/g, " ").trim()
    .replace(/^(?:l|la|le|les) (?=\S)/, "").replace(/\bste?\b/g, (word) => (word === "st" ? "saint" : "sainte"));
  return /[a-z]/.test(words) ? words.split(" ") : [];
}

// A department number no longer in use that candidates still type (« 20 », Corsica's before 1976; spaces free): the
// departments it became, as [name, code] with the page's names (Corse-du-Sud (2A), Haute-Corse (2B)); none for anything
// else (departments.py FORMER_CODES, former_code; read64 L2).
function formerCode(names, value) {
  const former = { 20: ["2A", "2B"] };
  const typed = String(value).replace(/\s+/g, "");
  const codes = Object.hasOwn(former, typed) ? former[typed] : [];
  const named = new Map(String(names || "").split("|").map((entry) => /^(.+) \(([0-9AB]{2,3})\)$/.exec(entry)).filter(Boolean)
    .map((entry) => [entry[2], entry[1]]));
  return codes.filter((code) => named.has(code)).map((code) => [named.get(code), code]);
}

// The departments whose name has the words typed, whole and in a row, not the whole name (« garonne »:
// Haute-Garonne (31), Lot-et-Garonne (47), Tarn-et-Garonne (82)), as [name, code] in the order of their codes; none
// when none has them, when they are only words that link a name's parts (« de », « et »: departments.py
// FUNCTION_WORDS), or when more than 8 do (departments.py names_with_words, PARTIAL_NAMES).
function namesWithWords(names, value) {
  const typed = nameWords(value);
  if (!typed.length || typed.every((word) => /^(?:de|du|des|d|et|sur|en)$/.test(word)) || /[0-9]/.test(String(value))) return [];
  const found = String(names || "").split("|").map((entry) => /^(.+) \(([0-9AB]{2,3})\)$/.exec(entry)).filter(Boolean)
    .filter((entry) => {
      const words = nameWords(entry[1]);
      if (words.join(" ") === typed.join(" ")) return false;
      for (let i = 0; i + typed.length <= words.length; i += 1) {
        if (typed.every((word, j) => words[i + j] === word)) return true;
      }
      return false;
    })
    .map((entry) => [entry[1], entry[2]])
    .sort((a, b) => (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0));
  return found.length <= 8 ? found : [];
}

// The departments whose whole name is close to what was typed, a name misspelt (« haute garone »: Haute-Garonne (31)),
// as [name, code] in the order of their codes, for « Vouliez-vous dire : … ? » (phone55 L1): at most two edits in the
// name folded (nameKey; nameDistance: a doubled letter half an edit), one when it or what was typed has 6 letters or
// fewer, one and a half when 7; only the closest, none when more than 3 are; none for what has a digit, for fewer than 4 letters, for a name typed whole, nor
// for words of some names (« garonne »: namesWithWords offers those).
// departments.py close_names says the same, and bts.js holds this very function (tests/test_departments.py).
function closeNames(names, value) {
  const key = nameKey(value);
  if (key.length < 4 || /[0-9]/.test(String(value)) || namesWithWords(names, value).length) return [];
  const found = [];
  const begun = String(names || "").split("|").some((item) => nameKey(item.replace(/ \([0-9AB]{2,3}\)$/, "")).startsWith(key));
  for (const item of String(names || "").split("|")) {
    const entry = /^(.+) \(([0-9AB]{2,3})\)$/.exec(item);
    if (!entry) continue;
    const name = nameKey(entry[1]);
    if (begun && !name.startsWith(key)) continue; // (a name being typed: only the names it begins)
    // (each letter added or removed costs at least half an edit: lengths further apart than the 4 allowed are never
    // close and are not measured, as departments.py close_names; 20,000 letters took 13.5 s: fixlink61)
    if (Math.abs(key.length - name.length) > 4) continue;
    const distance = nameDistance(key, name);
    if (distance === 0) return [];
    const short = Math.min(key.length, name.length);
    if (distance <= (short <= 6 ? 2 : short === 7 ? 3 : 4) && key[0] === name[0]) found.push([distance, entry[1], entry[2]]);
  }
  const best = Math.min(...found.map((item) => item[0]));
  const closest = found.filter((item) => item[0] === best).map((item) => [item[1], item[2]])
    .sort((a, b) => (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0));
  return closest.length <= 3 ? closest : [];
}

// How far a is from b, in half edits (departments.py _distance): a letter changed, added or removed, or two letters side
// by side swapped, one edit (2); a letter added or removed next to the same letter (« Herraut » for « Hérault »'s « r »),
// half an edit (1).
function nameDistance(a, b) {
  const step = (text, k) => ((k > 0 && text[k - 1] === text[k]) || (k + 1 < text.length && text[k + 1] === text[k]) ? 1 : 2);
  let before = null;
  let row = [0];
  for (let j = 0; j < b.length; j += 1) row.push(row[j] + step(b, j));
  for (let i = 1; i <= a.length; i += 1) {
    const now = [row[0] + step(a, i - 1)];
    for (let j = 1; j <= b.length; j += 1) {
      now.push(Math.min(row[j] + step(a, i - 1), now[j - 1] + step(b, j - 1), row[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 2)));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) now[j] = Math.min(now[j], before[j - 2] + 2);
    }
    before = row;
    row = now;
  }
  return row[b.length];
}

// A department as typed (« 9 », « 2a », « 97 4 », the postal code « 31 000 ») as the codes of data.elsewhere write
// it (« 09 », « 2A », « 974 », « 31 »), as the engine reads it (engine.clean_department); living abroad (« 99 »,
// « étranger », « à l'étranger », « hors de France »; case, accents, spaces, hyphens, apostrophes free): « 99 ».
function departmentCode(value) {
  const folded = String(value).toLowerCase().replace(/[\s'’‘\-.]+/g, "")
    .replace(/[àâä]/g, "a").replace(/[éèêë]/g, "e").replace(/[îï]/g, "i").replace(/[ôö]/g, "o").replace(/[ùûü]/g, "u").replace(/ç/g, "c");
  if (["99", "etranger", "etrangere", "aletranger", "letranger", "horsdefrance", "horsdelafrance", "horsfrance"].includes(folded)) return "99";
  let code = String(value).replace(/\s+/g, "").toUpperCase();
  if (/^[0-9]{5}$/.test(code)) {
    if (code.startsWith("99")) return ""; // (no postal code: not abroad either, which is « 99 » alone)
    code = /^9[78]/.test(code) ? code.slice(0, 3) : code.startsWith("20") ? (Number(code) < 20200 ? "2A" : "2B") : code.slice(0, 2);
  }
  return /^[0-9]$/.test(code) ? `0${code}` : code;
}

function utc(iso) {
  // "2023-11-15T17:00:00+01:00" → "20231115T160000Z"
  return new Date(iso).toISOString().replace(/[-:]/g, "").replace(/\.\d{3}/, "");
}

function nextDay(day) {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10).replace(/-/g, "");
}

// A TEXT value (RFC 5545, 3.3.11): backslash, « ; » and « , » escaped; every line break
// (CRLF, LF or a lone CR) becomes one \n; a tab a space; every other control character is
// dropped, so that no text from the YAML can end the line and start another property.
function escapeText(text) {
  return withoutMarkers(text)
    .replace(/\\/g, "\\\\").replace(/;/g, "\\;").replace(/,/g, "\\,")
    .replace(/\r\n?|\n/g, "\\n")
    .replace(/\t/g, " ")
    .replace(/[\u0000-\u001f\u007f]/g, "");
}

// A value that is not TEXT (an identifier in UID): control characters dropped all the same.
function plain(text) {
  return String(text).replace(/[\u0000-\u001f\u007f]/g, "");
}

// Lines of at most 75 octets, continued with a space (RFC 5545, 3.1).
function fold(line) {
  const encoder = new TextEncoder();
  const out = [];
  let current = "";
  let size = 0;
  for (const char of line) {
    const bytes = encoder.encode(char).length;
    if (size + bytes > (out.length ? 74 : 75)) {
      out.push(current);
      current = "";
      size = 0;
    }
    current += char;
    size += bytes;
  }
  out.push(current);
  return out.join("\r\n ");
}

// The checklist block is parsed after this script ran (it is in the <head>): the form is wired
// as soon as the block's last element (#bts-checklist-end) is there, without waiting for the
// theme's scripts at the end of the page (DOMContentLoaded waits for them).
let wired = false;
function wire() {
  const root = document.getElementById("bts-checklist");
  if (wired || !root || !early || !document.getElementById("bts-checklist-end")) return false;
  wired = true;
  start(root);
  return true;
}
if (document.readyState === "loading" && !wire()) {
  const watch = new MutationObserver(() => wire() && watch.disconnect());
  watch.observe(document.documentElement, { childList: true, subtree: true });
  document.addEventListener("DOMContentLoaded", () => {
    watch.disconnect();
    wire();
  });
} else {
  wire();
}
