// The theme's menu on a phone or a tablet (below 76.25em: a drawer over the page), worked from the keyboard.
// - The top bar's menu button was a <label> for the drawer's checkbox, which no key reached: it is replaced by a
//   <button> (the same look), reached by Tab, worked by Enter and Space, that says whether the menu is open
//   (aria-expanded) and is named as the menu it opens (the theme's word for it, « Navigation »). Opened from the
//   keyboard, the focus goes to the first entry of the level shown; Escape closes it and brings the focus back to the
//   button; so does the focus leaving the open drawer (the page behind it is under the theme's shade).
// - Inside, the drawer shows one level at a time: a section (« Toulouse ») opens its level, the level's title goes
//   back, the page's entry opens its contents. The labels that open a level are made Tab stops worked by Enter and
//   Space, as the theme makes its other labels of levels (tabindex="0"; a <label> may have no role), and the focus
//   follows to the level shown. A level's title, a <label> too, is replaced by a <button> in its place (the same class,
//   so the same look; its words and arrow copied), which a screen reader announces as a button, named by its title and
//   what it does (« Toulouse — retour au menu précédent »: the menu's data-bts-back, content/interface.yaml nav.back);
//   worked, it clicks the level's checkbox as the label did, and from the keyboard the focus goes back to the section
//   it closed.
// Closed, the drawer is hidden, and so are the levels not shown (docs/assets/bts.css): no Tab stop on anything unseen.
// Without this script, the label works by click and tap as the theme made it. On a desktop the menu is a column of the
// page: the button is not shown, the labels keep the theme's attributes and the titles are the theme's labels (they
// come back when a tablet turns wide). Loaded on every page (mkdocs.yml, extra_javascript).
(function () {
  "use strict";

  var KEYS = ["Enter", " "];

  function setup() {
    var toggle = document.getElementById("__drawer");
    var label = document.querySelector(".md-header label.md-header__button[for='__drawer']");
    var drawer = document.querySelector(".md-sidebar--primary");
    var nav = drawer && drawer.querySelector(".md-nav--primary");
    if (!toggle || !label || !drawer || !nav || document.getElementById("bts-menu-button")) return;
    var narrow = window.matchMedia("(max-width: 76.234375em)");
    if (!drawer.id) drawer.id = "bts-menu";

    var button = document.createElement("button");
    button.type = "button";
    button.id = "bts-menu-button";
    button.className = "md-header__button md-icon bts-menu-button";
    button.setAttribute("aria-controls", drawer.id);
    if (nav.getAttribute("aria-label")) button.setAttribute("aria-label", nav.getAttribute("aria-label"));
    while (label.firstChild) button.appendChild(label.firstChild);  // (its icon)
    label.parentNode.insertBefore(button, label);
    label.hidden = true;

    function controls(each) {
      return each.htmlFor !== "__drawer" && document.getElementById(each.htmlFor);
    }
    // a level's opener (a section, the page's contents)
    var labels = Array.prototype.slice.call(nav.querySelectorAll("label.md-nav__link[for]")).filter(controls);
    labels.forEach(function (each) {
      each.setAttribute("data-bts-theme-tabindex", each.hasAttribute("tabindex") ? each.getAttribute("tabindex") : "none");
    });
    // a level's title (back to the level above) and the button that takes its place on a phone or a tablet
    var backWords = nav.getAttribute("data-bts-back");
    var titles = Array.prototype.slice.call(nav.querySelectorAll(".md-nav label.md-nav__title[for]")).filter(controls).map(function (label) {
      var back = document.createElement("button");
      back.type = "button";
      back.className = label.className + " bts-menu-back";
      Array.prototype.forEach.call(label.childNodes, function (child) { back.appendChild(child.cloneNode(true)); });
      var title = label.textContent.replace(/\s+/g, " ").trim();
      if (backWords && title) back.setAttribute("aria-label", backWords.split("{title}").join(title));
      back.addEventListener("click", function (event) {
        document.getElementById(label.htmlFor).click();
        // (detail 0: Enter or Space, not a tap, which leaves the focus as the label did: the button is about to vanish)
        if (event.detail === 0) focusLater(labels.filter(function (other) { return other.htmlFor === label.htmlFor; })[0]);
      });
      return { label: label, button: back };
    });

    function seen(element) {
      if (!element.getClientRects().length) return false;
      var style = getComputedStyle(element);
      return style.visibility === "visible" && style.display !== "none";
    }
    // the first entry of the level shown (not its title, « back »)
    function firstIn(root) {
      var found = Array.prototype.slice.call(root.querySelectorAll(".md-nav__item > a.md-nav__link[href], .md-nav__item > label.md-nav__link[tabindex='0']")).filter(seen);
      return found[0] || null;
    }
    function state() {
      button.setAttribute("aria-expanded", toggle.checked ? "true" : "false");
    }
    // on a phone or a tablet, the labels are Tab stops and the titles buttons; on a desktop, as the theme made them
    function mode() {
      labels.forEach(function (each) {
        var theirs = each.getAttribute("data-bts-theme-tabindex");
        if (narrow.matches) each.setAttribute("tabindex", "0");
        else if (theirs === "none") each.removeAttribute("tabindex");
        else each.setAttribute("tabindex", theirs);
      });
      titles.forEach(function (each) {
        var shown = narrow.matches ? each.button : each.label;
        var other = narrow.matches ? each.label : each.button;
        if (other.parentNode) other.parentNode.replaceChild(shown, other);
      });
    }
    // as the theme does (its « at »): a click on the checkbox, so that the theme hears the change
    function open(wanted) {
      if (toggle.checked !== wanted) toggle.click();
      state();
    }
    // the focus moved without scrolling: scrolled into view while it slides in, the drawer's level went askew
    function focusLater(target) {
      if (target) setTimeout(function () { target.focus({ preventScroll: true }); }, 0);
    }

    toggle.addEventListener("change", state);
    if (narrow.addEventListener) narrow.addEventListener("change", mode);
    state();
    mode();

    button.addEventListener("click", function (event) {
      open(!toggle.checked);
      if (toggle.checked && event.detail === 0) focusLater(firstIn(drawer));  // (detail 0: Enter or Space, not a tap)
    });

    // A label worked by Enter and Space: its checkbox clicked. A click the browser may add for that key is cancelled
    // (it would toggle the checkbox back); the focus moves once the key is up (moved while Enter is down, the browser
    // clicked the entry it landed on).
    var keyed = null;
    var focusNext = null;
    labels.forEach(function (each) {
      each.addEventListener("keydown", function (event) {
        if (KEYS.indexOf(event.key) === -1 || event.target !== each || !narrow.matches) return;
        event.preventDefault();
        if (event.repeat) return;
        keyed = each;
        var box = document.getElementById(each.htmlFor);
        box.click();
        var level = box.checked && box.parentNode.querySelector(":scope > .md-nav");
        focusNext = level ? firstIn(level) : null;
      });
      each.addEventListener("click", function (event) {
        if (keyed !== each) return;
        event.preventDefault();
        event.stopImmediatePropagation();
      }, true);
    });
    // (on the document: the label keyed may be hidden by then, under the level it opened)
    document.addEventListener("keyup", function (event) {
      if (!keyed || KEYS.indexOf(event.key) === -1) return;
      var target = focusNext;
      focusNext = null;
      setTimeout(function () { keyed = null; }, 0);
      focusLater(target);
    }, true);

    document.addEventListener("keydown", function (event) {
      if (event.key !== "Escape" || !toggle.checked || !narrow.matches) return;
      var inside = drawer.contains(document.activeElement) || document.activeElement === button;
      open(false);
      if (inside) button.focus();
    });
    // Tab out of the open drawer (past its last entry, or back before its first): it closes, as a menu does
    document.addEventListener("focusin", function (event) {
      if (!toggle.checked || !narrow.matches) return;
      if (drawer.contains(event.target) || event.target === button) return;
      open(false);
    });
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", setup);
  else setup();
})();

// The top bar's words once the page's title has scrolled away (site_overrides/partials/header.html: « Nantes · Session
// 2026 (établissements) : … »), on a page that gives several, longest first, each whole (#bts-header-titles, the
// checklist's page: generator/checklist/page.py header_titles): the longest that fits in the bar (two lines on a phone,
// one on a desktop: docs/assets/bts.css), after the academy's name as the page wrote it; the shortest if none does.
// Chosen again when the window changes width. Never a title cut by the bar (fixphone56: « Nantes · Session 2026
// (établissements) : liste » read as a title cut, and its full title, « … : liste personnalisée », took three lines).
// Without this script, the words the page wrote (a shorter title, page.py bts_header).
(function () {
  "use strict";

  function setup() {
    var list = document.getElementById("bts-header-titles");
    var topic = document.querySelector('.md-header__topic[data-md-component="header-topic"] .md-ellipsis');
    if (!list || !topic) return;
    var titles = (list.getAttribute("data-bts-titles") || "").split("|").filter(Boolean);
    var written = topic.textContent.trim().replace(/\s+/g, " ");
    var at = written.indexOf(" · ");
    if (!titles.length || at < 0) return;
    var academy = written.slice(0, at);
    function fit() {
      for (var i = 0; i < titles.length; i += 1) {
        topic.textContent = academy + " · " + titles[i];
        if (topic.scrollHeight <= topic.clientHeight + 1 && topic.scrollWidth <= topic.clientWidth + 1) return;
      }
    }
    fit();
    window.addEventListener("resize", fit);
    if (document.fonts && document.fonts.ready) document.fonts.ready.then(fit);
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", setup);
  else setup();
})();
