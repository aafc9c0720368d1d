// The home page's finder: filter the table of departments as you type. The full table stays
// visible and usable without JavaScript. A department is found by its number (« 75 », « 2a »,
// « 974 »: the codes that start with what is typed; « 20 », Corsica's old number, finds 2A and 2B) or by its name or its academy's, with
// accents, case, hyphens, apostrophes and spaces ignored (« haute garonne » finds Haute-Garonne), or by a
// postal code (« 31000 » finds Haute-Garonne).
// The status line (read by screen readers) says how many departments match, or that none does. Living abroad
// (« étranger », « à l'étranger », « hors de France », « 99 », INSEE's code for abroad): no row, the status line
// says that no notice of the guide says where such a candidate registers, and whom to ask.
(function () {
  "use strict";

  function fold(text) {
    return text
      .normalize("NFD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase()
      .replace(/œ/g, "oe")
      .replace(/æ/g, "ae")
      .replace(/[\s\u00a0\u202f'’‘\-‐‑–—_.,;:()]+/g, " ")
      .trim();
  }

  // « 9 » is « 09 »; « 2a » is « 2A »: the code as the table writes it.
  function code(text) {
    var compact = text.replace(/\s+/g, "").toUpperCase();
    return /^[0-9]$/.test(compact) ? "0" + compact : compact;
  }

  // Living abroad, as the checklist's engine reads it (generator/checklist/engine.py clean_department, checklist.js
  // departmentCode): case, accents, spaces, hyphens and apostrophes free.
  function abroad(text) {
    var folded = text.toLowerCase().replace(/[\s'’‘\-.]+/g, "")
      .replace(/[àâä]/g, "a").replace(/[éèêë]/g, "e").replace(/[îï]/g, "i").replace(/[ôö]/g, "o").replace(/[ùûü]/g, "u").replace(/ç/g, "c");
    return ["99", "etranger", "etrangere", "aletranger", "letranger", "horsdefrance", "horsdelafrance", "horsfrance"].indexOf(folded) !== -1;
  }

  // A postal code (« 31000 », « 97400 », « 20090 ») names its department: its first two digits, its first
  // three overseas (97…, 98…: 971 to 988), in Corsica 2A below 20200 and 2B from it; null for anything else.
  function postal(text) {
    var digits = text.replace(/\s+/g, "");
    if (!/^[0-9]{5}$/.test(digits) || /^99/.test(digits)) return null; // (99…: no postal code; abroad is « 99 » alone)
    if (/^9[78]/.test(digits)) return digits.slice(0, 3);
    if (digits.slice(0, 2) === "20") return Number(digits) < 20200 ? "2A" : "2B";
    return digits.slice(0, 2);
  }

  // The interface text with « {count} » and « {count|one|many} » filled (French: « one » for 0 and 1;
  // generator/interface.py: plural_forms).
  function count(template, n) {
    return template
      .replace(/\{count\|([^{}|]*)\|([^{}|]*)\}/g, function (whole, one, many) { return n < 2 ? one : many; })
      .replace(/\{count\}/g, String(n));
  }

  function setup() {
    var box = document.querySelector(".bts-filter");
    var table = document.querySelector(".bts-departments table");
    if (!box || !table) return;
    box.hidden = false;
    var input = box.querySelector("input");
    var status = box.querySelector(".bts-filter-status");
    var rows = Array.prototype.slice.call(table.querySelectorAll("tbody tr"));
    var words = rows.map(function (row) { return " " + fold(row.getAttribute("data-bts-search") || row.textContent) + " "; });
    input.addEventListener("input", function () {
      var typed = input.value.trim();
      var query = fold(typed);
      var number = /^[0-9][0-9ab]?[0-9]?$/i.test(typed.replace(/\s+/g, "")) ? code(typed) : null;
      var department = postal(typed);
      var outside = abroad(typed);
      var shown = 0;
      rows.forEach(function (row, i) {
        var match = query === "" || (outside ? false : department !== null ? row.getAttribute("data-bts-code") === department
          : number === "20" ? /^2[AB]$/.test(row.getAttribute("data-bts-code")) // Corsica: 2A and 2B, never 20
          : number !== null ? row.getAttribute("data-bts-code").indexOf(number) === 0 : words[i].indexOf(" " + query) !== -1);
        row.hidden = !match;
        if (match) shown += 1;
      });
      status.textContent = outside ? box.getAttribute("data-bts-abroad")
        : shown === 0 ? box.getAttribute("data-bts-no-result").replace("{query}", typed)
        : query === "" ? "" : count(box.getAttribute("data-bts-count"), shown);
    });
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", setup);
  else setup();
})();
