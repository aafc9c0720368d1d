// The checklist page: sends the form's answers to the engine (worker.js, Pyodide) and
// shows the result. The form itself is rendered at build time (generator/checklist/page.py);
// every fact shown comes from the result, built from the notice's YAML.
const root = document.getElementById("bts-checklist");
if (root) start(root);

function start(root) {
  const form = document.getElementById("bts-checklist-form");
  const status = document.getElementById("bts-checklist-status");
  const output = document.getElementById("bts-checklist-result");
  const failure = document.getElementById("bts-checklist-failure");
  const url = (name) => new URL(root.dataset[name], document.baseURI).href;

  function fail(detail) {
    failure.hidden = false;
    status.textContent = "";
    if (detail) console.error("Liste personnalisée :", detail);
  }
  if (typeof Worker !== "function" || typeof WebAssembly !== "object") {
    fail("Worker ou WebAssembly absent");
    return;
  }
  let worker;
  try {
    worker = new Worker(url("worker"), { type: "module" });
  } catch (error) {
    fail(error);
    return;
  }
  status.textContent = "Chargement du calcul de votre liste…";
  let last = 0;
  worker.onerror = (event) => fail(event.message || "erreur du worker");
  worker.onmessage = (event) => {
    const message = event.data;
    if (message.type === "ready") {
      status.textContent = "";
      send();
    } else if (message.type === "error") {
      fail(message.message);
    } else if (message.type === "result" && message.id === last) {
      show(message.result);
    }
  };
  worker.postMessage({ type: "init", pyodide: url("pyodide"), engine: url("engine"), ruleset: url("ruleset") });
  form.addEventListener("change", send);
  form.addEventListener("submit", (event) => { event.preventDefault(); send(); });

  function answers() {
    const found = {};
    for (const element of form.elements) {
      if (!element.name || element.disabled) continue;
      if (element.type === "radio" && !element.checked) continue;
      const value = element.value.trim();
      if (value) found[element.name] = value;
    }
    return found;
  }

  function send() {
    last += 1;
    worker.postMessage({ type: "evaluate", id: last, answers: answers() });
  }

  function clear(qid) {
    for (const element of form.querySelectorAll(`[name="${qid}"]`)) {
      if (element.type === "radio") element.checked = element.value === "";
      else element.value = "";
    }
  }

  function show(result) {
    for (const block of form.querySelectorAll("[data-question]")) {
      const qid = block.dataset.question;
      const asked = result.asked.includes(qid);
      block.hidden = !asked;
      for (const element of block.querySelectorAll("input, select")) element.disabled = !asked;
      block.classList.toggle("bts-checklist-needed", result.questions.includes(qid));
    }
    for (const qid of result.dropped) clear(qid);
    render(result);
  }

  function el(tag, text, attrs) {
    const node = document.createElement(tag);
    if (text) node.textContent = text;
    for (const [key, value] of Object.entries(attrs || {})) node.setAttribute(key, value);
    return node;
  }

  function when(iso, hasTime) {
    // The offset is in the ISO text: show the academy's wall-clock time and its UTC offset.
    const [day, time, offset] = [iso.slice(0, 10), iso.slice(11, 16), iso.slice(19) || "Z"];
    const [y, m, d] = day.split("-").map(Number);
    const weekday = new Date(Date.UTC(y, m - 1, d)).toLocaleDateString("fr-FR", { weekday: "long", timeZone: "UTC" });
    const month = new Date(Date.UTC(y, m - 1, d)).toLocaleDateString("fr-FR", { month: "long", timeZone: "UTC" });
    const text = `${weekday} ${d === 1 ? "1er" : d} ${month} ${y}`;
    return hasTime ? `${text} à ${time.replace(":", " h ")} (UTC${offset})` : `${text}, jusqu'à la fin de la journée (UTC${offset})`;
  }

  function render(result) {
    output.replaceChildren(el("h2", "Votre liste", { id: "bts-checklist-result-title" }));
    if (result.dropped.length) {
      output.append(el("p", `Réponses retirées car la question ne se pose plus : ${result.dropped.length}.`));
    }
    if (result.warnings.length) {
      output.append(el("h3", "Attention"));
      const list = el("ul");
      for (const warning of result.warnings) {
        const item = el("li");
        item.append(el("strong", warning.title), document.createTextNode(" — " + warning.text));
        if (warning.detail) item.append(el("p", "D'après la notice : " + warning.detail));
        list.append(item);
      }
      output.append(list);
    }
    const deadlines = Object.fromEntries(result.deadlines.map((d) => [d.id, d]));
    output.append(el("h3", `Pièces à déposer (${result.documents.length})`));
    const docs = el("ul");
    for (const doc of result.documents) {
      const item = el("li", doc.label);
      const why = doc.why.length ? "Parce que : " + doc.why.map((w) => w.label).join(" ; ") : "Demandé à tous les candidats.";
      item.append(el("p", why));
      const deadline = deadlines[doc.deadline];
      if (deadline) item.append(el("p", "Avant le " + when(deadline.end, deadline.has_time) + "."));
      if (doc.detail) item.append(el("p", doc.detail));
      docs.append(item);
    }
    output.append(docs);
    if (result.undecided.length) {
      output.append(el("h3", `Pièces qui dépendent encore de vos réponses (${result.undecided.length})`));
      const list = el("ul");
      for (const doc of result.undecided) list.append(el("li", doc.label));
      output.append(list);
    }
    if (result.deadlines.length) {
      output.append(el("h3", "Dates à retenir"));
      const list = el("ul");
      for (const d of result.deadlines) list.append(el("li", `${d.label} : ${when(d.end, d.has_time)}`));
      output.append(list);
    }
    output.append(el("h3", "Contacts"));
    const contacts = el("ul");
    for (const contact of result.contacts) {
      if (contact.kind === "specialty") {
        contacts.append(el("li", `Gestionnaire de votre spécialité : ${contact.group.phones.join(", ")}`));
      } else {
        const office = contact.office;
        const parts = [office.name, ...office.emails, ...office.phones];
        contacts.append(el("li", parts.join(" — ")));
      }
    }
    output.append(contacts);
    if (result.questions.length) {
      output.append(el("p", `Encore ${result.questions.length} question(s) utile(s) pour compléter la liste (signalées dans le formulaire).`));
    } else {
      output.append(el("p", "Votre liste est complète pour vos réponses."));
    }
  }
}
