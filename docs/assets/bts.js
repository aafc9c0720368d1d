// The home page's finder: filter the table of departments as you type. The full table stays
// visible and usable without JavaScript. A department is found by its number (« 75 », « 2a »,
// « 974 »: the codes that start with what is typed; « 20 », Corsica's old number, finds 2A and 2B) or by its name or its academy's, with
// accents, case, hyphens, apostrophes and spaces ignored (« haute garonne » finds Haute-Garonne), or by a
// postal code (« 31000 » finds Haute-Garonne).
// The status line says how many departments match, or that none does, and offers the departments close to a misspelt
// name (« haute garone »: Haute-Garonne); a screen reader hears it once the typing pauses. Living abroad
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

  // A misspelt department's name (« haute garone »): the departments close to it, offered (« Vouliez-vous dire :
  // Haute-Garonne (31) ? ») when no row matches; the checklist's own functions (checklist.js), word for word
  // (tests/test_departments.py checks the copy), on the table's names as the checklist's page data writes them
  // (« Ain (01)|Aisne (02)|… »).
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

  // The words of the interface text « Vouliez-vous dire : {names} ? » (department_hint.close), each department a
  // button that writes its name in the field (pick); the names joined by the texts « {before}, {after} » and
  // « {before} ou {after} » (conditions.or_comma, or_last).
  function offer(template, comma, last, close, pick) {
    var marks = close.map(function (item, i) { return "\u0000" + i + "\u0000"; });
    var join = function (text, before, after) {
      return text.replace("{before}", function () { return before; }).replace("{after}", function () { return after; });
    };
    var list = marks.length < 2 ? marks.join("") : join(last, marks.slice(0, -1).reduce(function (before, after) {
      return join(comma, before, after);
    }), marks[marks.length - 1]);
    return template.replace("{names}", function () { return list; }).split(/\u0000([0-9]+)\u0000/).map(function (part, i) {
      if (i % 2 === 0) return document.createTextNode(part);
      var item = close[Number(part)];
      var button = document.createElement("button");
      button.type = "button";
      button.className = "bts-close-name";
      button.textContent = item[0] + " (" + item[1] + ")";
      button.addEventListener("click", function () { pick(item[0]); });
      return button;
    });
  }

  // How long the typing pauses before the status line is said to a screen reader (ms), as the checklist's hint
  // (checklist.js SAID_AFTER).
  var SAID_AFTER = 500;

  function setup() {
    var box = document.querySelector(".bts-filter");
    var table = document.querySelector(".bts-departments table");
    if (!box || !table) return;
    box.hidden = false;
    var input = box.querySelector("input");
    var status = box.querySelector(".bts-filter-status");
    var rows = Array.prototype.slice.call(table.querySelectorAll("tbody tr"));
    // The pointer under the field to the note after the table (who each notice is for, review64a L1): shown while the
    // table has all its rows, the note then far below; hidden while the field holds a query, the note right under the
    // rows found (NOTE62: the row found right under the field).
    var pointer = document.querySelector(".bts-residence-pointer");
    var words = rows.map(function (row) { return " " + fold(row.getAttribute("data-bts-search") || row.textContent) + " "; });
    // the department's own name, apart from its academy's (carry)
    var own = rows.map(function (row) { return " " + fold(row.getAttribute("data-bts-name") || "") + " "; });
    // Each row's links to a page of the guide (its notices; not an academy's site), and their addresses as built.
    var links = rows.map(function (row) {
      return Array.prototype.slice.call(row.lastElementChild.querySelectorAll("a[href]")).filter(function (a) {
        var href = a.getAttribute("href");
        return !/^[a-z][a-z0-9+.-]*:/i.test(href) && href.indexOf("#") === -1;
      }).map(function (a) { return [a, a.getAttribute("href")]; });
    });
    // The department found carried to its notice (phone60 L2: « haute garonne » typed here, the checklist asked the
    // department again): a row found by its own code, postal code or name has its links to the notice end with
    // « #department=31 », which the notice passes to its checklist's link (below: carried) and the checklist reads as
    // an answer shown in its field; a fragment, never sent to the server, nothing stored. A row found by its academy's
    // name only (« toulouse »: eight rows) carries nothing: the reader has not said which department is theirs.
    function carry(i, yes) {
      var code = rows[i].getAttribute("data-bts-code");
      links[i].forEach(function (item) {
        item[0].setAttribute("href", yes && code ? item[1] + "#department=" + encodeURIComponent(code) : item[1]);
      });
    }
    // the table's names as the checklist's page data writes them, for closeNames
    var names = rows.map(function (row) { return row.getAttribute("data-bts-name") + " (" + row.getAttribute("data-bts-code") + ")"; }).join("|");
    // The status line follows each keystroke; its live copy (role=status, not shown) is what a screen reader says: the
    // status line's words once the typing pauses (SAID_AFTER) or the field is left, written only when they change
    // (phone55 L1: each keystroke was quoted, « h », « ha », « hau »…); a lone digit, the start of a number, said only
    // once the field is left (as the checklist's hint, checklist.js departmentHint).
    var said = box.querySelector(".bts-filter-said");
    var pause = null;
    function say() {
      clearTimeout(pause);
      pause = null;
      if (said && said.textContent !== status.textContent) said.textContent = status.textContent;
      readOnce();
      reveal();
    }
    // Read once, line by line (walk64 L2: the status line and its live copy, the same words twice in the accessibility
    // tree): the live copy stays there to be said, the status line leaves it (aria-hidden) while the copy holds its very
    // words and it has no button (a close department's); shown or not, the field's description reads it (aria-describedby).
    // As the checklist's department hint (checklist.js: readOnce).
    function readOnce() {
      var same = Boolean(said) && said.textContent !== "" && said.textContent === status.textContent && !status.querySelector("button, a");
      if (same) status.setAttribute("aria-hidden", "true");
      else status.removeAttribute("aria-hidden");
    }
    // The answer brought into view when the typing pauses on a single row, or a few (phone60 L3: at 320×640, « loire atlantique »
    // typed, the row's « Où lire la notice » began at the screen's bottom edge, and a phone's keyboard hid it whole):
    // the page scrolls by what shows the cell's first link above the keyboard (the visual viewport), its top kept under
    // the header; at once under « reduce motion »; the focus left in the field. Once per answer found: the reader who
    // scrolls back to the field and types on to the same rows is not moved again. An answer of up to MANY rows
    // (« corse », « 20 »: 2A and 2B; « garonne »: three) likewise, from the first row's cell to the last row's first
    // link: all of it when it fits, else the first row's cell under the header (phone60 L3, left at stop 59: two rows
    // were left below the screen).
    var revealed = "";
    var MARGIN = 16;
    var MANY = 3;
    function reveal() {
      var found = input.value.trim() === "" ? [] : rows.filter(function (row) { return !row.hidden; });
      if (found.length > MANY) found = [];
      var key = found.map(function (row) { return row.getAttribute("data-bts-code"); }).join(" ");
      if (key === revealed) return;
      revealed = key;
      if (!found.length) return;
      var cell = found[0].lastElementChild;
      var last = found[found.length - 1].lastElementChild;
      var link = last.querySelector("a") || last;
      var header = document.querySelector(".md-header");
      var view = window.visualViewport;
      var top = Math.max(view ? view.offsetTop : 0, header ? header.getBoundingClientRect().bottom : 0);
      var bottom = view ? view.offsetTop + view.height : window.innerHeight;
      var by = Math.min(link.getBoundingClientRect().bottom + MARGIN - bottom, cell.getBoundingClientRect().top - MARGIN - top);
      if (by <= 0) return;
      var still = window.matchMedia && window.matchMedia("(prefers-reduced-motion: reduce)").matches;
      window.scrollBy({ top: by, behavior: still ? "instant" : "smooth" });
    }
    // One row found: the status line, right under the field, names its department and its academy (candidate69: at
    // 360 × 740 the row was below the screen's bottom edge until the typing paused and reveal brought it into view).
    function one(row) {
      var academy = row.children[2] ? row.children[2].textContent.trim() : "";
      return box.getAttribute("data-bts-one").replace("{department}", row.getAttribute("data-bts-name"))
        .replace("{code}", row.getAttribute("data-bts-code")).replace("{academy}", academy.charAt(0).toLowerCase() + academy.slice(1));
    }
    // The first keystroke in an empty field brings the field up under the header when it stands in the screen's lower
    // half (candidate69: at 360 × 740 the field stood at the bottom of the first screen, its status line at y ≈ 726
    // and the row found a screen below, until the typing paused and reveal moved the page): the status line, which
    // names the department found and its academy (one), and the row's first lines, right under it, in view while the
    // candidate types; the focus left in the field; at once under « reduce motion ». Not again while the field holds
    // words (the reader who scrolls away is not moved back), nor when the field is already high enough.
    var raised = false;
    function raise() {
      var header = document.querySelector(".md-header");
      var view = window.visualViewport;
      var top = Math.max(view ? view.offsetTop : 0, header ? header.getBoundingClientRect().bottom : 0);
      var bottom = view ? view.offsetTop + view.height : window.innerHeight;
      var label = box.querySelector("label") || input;
      var at = label.getBoundingClientRect().top;
      if (input.getBoundingClientRect().bottom <= top + (bottom - top) / 2) return;
      var still = window.matchMedia && window.matchMedia("(prefers-reduced-motion: reduce)").matches;
      window.scrollBy({ top: at - top - MARGIN, behavior: still ? "instant" : "smooth" });
    }
    function pick(name) {
      input.value = name;
      input.focus();
      input.dispatchEvent(new Event("input", { bubbles: true }));
    }
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
        carry(i, match && query !== "" && !outside && (department !== null || number !== null || own[i].indexOf(" " + query) !== -1));
      });
      if (pointer) pointer.hidden = query !== "";
      if (query === "") raised = false;
      else if (!raised) {
        raised = true;
        raise();
      }
      status.textContent = outside ? box.getAttribute("data-bts-abroad")
        : shown === 0 ? box.getAttribute("data-bts-no-result").replace("{query}", typed)
        : query === "" ? "" : shown === 1 ? one(rows.filter(function (row) { return !row.hidden; })[0])
        : count(box.getAttribute("data-bts-count"), shown);
      // no row: a misspelt name's close departments, each a button that writes it in the field (phone55 L1)
      var close = !outside && shown === 0 ? closeNames(names, typed) : [];
      if (close.length) {
        var line = document.createElement("span");
        line.className = "bts-filter-close";
        line.append.apply(line, offer(box.getAttribute("data-bts-close"), box.getAttribute("data-bts-or-comma"),
          box.getAttribute("data-bts-or-last"), close, pick));
        status.append(" ", line);
      }
      clearTimeout(pause);
      // words the status line no longer says emptied at once, silently, until the pause says the new ones (review67
      // L9, as the checklist's hint: « 31 » then back to « 3 » kept « 1 département correspond » there)
      if (said && said.textContent && said.textContent !== status.textContent) said.textContent = "";
      readOnce();
      if (/^\s*[0-9]\s*$/.test(input.value)) return;
      pause = setTimeout(say, SAID_AFTER);
    });
    input.addEventListener("change", say);
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", setup);
  else setup();
})();

// A notice's link to its checklist (.bts-to-checklist, generator/site/templates/notice.md.j2) passes on the department
// the home page's finder carried in the notice's address (#department=31, above: carry; phone60 L2): the checklist
// reads the fragment's answers into its form (checklist.js restore), where the candidate sees and changes it. Only a
// department's code (« 31 », « 2A », « 974 »): anything else in the fragment is a place of the page, left alone. Every
// link of the page to that same checklist passes it on alike (review83 L2: the side menu's, the phone's drawer, asked
// the department again), not one to a place of the checklist (a fragment of its own) nor to another session's.
(function () {
  "use strict";

  function setup() {
    var found = /^#department=([0-9]{2,3}|2[AB])$/.exec(location.hash);
    var own = document.querySelector("a.bts-to-checklist[href]");
    if (!found || !own) return;
    var checklist = own.href.split("#")[0];
    Array.prototype.forEach.call(document.querySelectorAll("a[href]"), function (a) {
      var href = a.getAttribute("href");
      if (a.href.split("#")[0] !== checklist || href.indexOf("#") >= 0) return;
      a.setAttribute("href", href.split("#")[0] + "#department=" + found[1]);
    });
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", setup);
  else setup();
})();

// A table's region (macro table(), generator/site/templates/_macros.md.j2: role region, tabindex 0, so that a table
// wider than the screen scrolls from the keyboard) is a Tab stop only while it scrolls. a11y58 L3: none of the eight
// tables of Nantes 2026's notice page scrolled, at 360 px nor at 1280 px, and each was a Tab stop that did nothing, the
// focus on a box up to 2 000 px high whose ring the screen showed only at its sides. Followed as the region's size
// changes (a turned phone, a zoom, the home page's finder filtering its rows); the region that has the focus keeps its
// stop until it loses it. Without this script every region stays a Tab stop.
(function () {
  "use strict";

  // (a phone's tables are blocks, their region does not scroll: bts.css, overflow-x visible below 45em)
  function stop(region) {
    var overflow = getComputedStyle(region).overflowX;
    var scrolls = (overflow === "auto" || overflow === "scroll") && region.scrollWidth > region.clientWidth + 1;
    if (scrolls) region.setAttribute("tabindex", "0");
    else if (region !== document.activeElement) region.removeAttribute("tabindex");
  }

  function setup() {
    var regions = Array.prototype.slice.call(document.querySelectorAll(".bts-table[role=region]"));
    regions.forEach(stop);
    if (typeof ResizeObserver === "function") {
      // (the region's size, and its table's: a table grown wider than an unchanged region)
      var watch = new ResizeObserver(function (entries) {
        entries.forEach(function (entry) { stop(entry.target.closest(".bts-table")); });
      });
      regions.forEach(function (region) {
        watch.observe(region);
        var table = region.querySelector("table");
        if (table) watch.observe(table);
      });
    }
    regions.forEach(function (region) {
      region.addEventListener("focusout", function () { stop(region); });
    });
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", setup);
  else setup();
})();
