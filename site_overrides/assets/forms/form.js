// A form's page (generator/site/templates/form.html.j2): fills in what the candidate answered in the
// checklist, from the link's fragment (#academie=…&session=…&specialite=…&voie=…; written by
// site_overrides/assets/checklist/checklist.js). Values go in with textContent only (never as HTML);
// nothing is stored or sent. Without this script, or in the PDF, the form prints blank.
(function () {
  "use strict";
  // Printed from the browser, which version the page is (review67 L11: the form PDFs say it, the page printed said
  // nothing): the words of its hidden line (form.md.j2, #bts-form-version) as the page's --bts-version, a CSS
  // string, which print.css prints in the page's bottom margin (@page, its bottom-left box). Through the CSS object
  // model (the Content-Security-Policy allows no style attribute); without this script, no line.
  const version = document.getElementById("bts-form-version");
  if (version) {
    const words = version.textContent.replace(/\s+/g, " ").trim();
    document.documentElement.style.setProperty("--bts-version", `"${words.replace(/["\\]/g, "\\$&")}"`);
  }
  const dataElement = document.getElementById("bts-form-data");
  if (!dataElement || !location.hash) return;
  const data = JSON.parse(dataElement.textContent);
  const params = new URLSearchParams(location.hash.replace(/^#/, ""));
  const given = (name) => (params.get(name) || "").trim();
  // The academy and the session are the page's own: filled only when the link says the same.
  const values = {
    academy: given("academie") === data.academy ? data.academy : "",
    session: given("session") === String(data.year) ? String(data.year) : "",
    specialty: given("specialite"),
    route: data.routes.includes(given("voie")) ? given("voie") : "",
  };
  for (const field of document.querySelectorAll("#bts-form [data-prefill]")) {
    const kind = field.dataset.prefill;
    const value = values[kind];
    if (!value) continue;
    if (field.classList.contains("bts-form-fill")) {
      // A route is written in the form's own words (answers: of the YAML), never the checklist's.
      const words = kind === "route" ? field.getAttribute(`data-answer-${value}`) : value;
      if (!words) continue;
      field.textContent = words;
      field.classList.add("bts-form-prefilled");
      continue;
    }
    for (const choice of field.querySelectorAll("[data-answer]")) {
      if (choice.dataset.answer !== value) continue;
      choice.querySelector(".bts-form-box").textContent = "X";
      choice.classList.add("bts-form-checked");
    }
  }
})();
