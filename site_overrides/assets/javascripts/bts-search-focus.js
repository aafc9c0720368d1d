// Escape gives the focus back (phone59). The theme (MkDocs Material 9.8.2) closes its search on Escape and takes the
// focus off its box: it was left on the page's <body>, and the next Tab started again from the top of the page. This
// script gives it back to the element that had it before the search box took it: for a keyboard user who reached
// the box with Tab, the Tab stop before it (the next Tab reaches the box again); the link where « / », « s » or « f »
// opened the search. Not the box itself: the theme opens the search whenever its box gets the focus, and a phone does
// not show the closed search's box. Nothing when the focus came from nowhere (a tap or a click on the box or the
// magnifier). tests/site/test_search_browser.py
(() => {
  const toggle = () => document.getElementById("__search");
  let opener = null;
  document.addEventListener("focusin", (event) => {
    if (!(event.target instanceof Element) || !event.target.matches(".md-search__input")) return;
    const from = event.relatedTarget;
    if (!(from instanceof Element && from.closest(".md-search"))) opener = from instanceof Element ? from : null;
  });
  document.addEventListener("keydown", (event) => {
    if (event.key !== "Escape" || !toggle() || !toggle().checked) return;
    const back = opener;
    // after the theme's own handling of this key (its listener is on window: it runs after this one)
    setTimeout(() => {
      const now = document.activeElement;
      if (toggle().checked || !back || !back.isConnected) return;
      if (!now || now === document.body || now.closest(".md-search")) back.focus();
    });
  }, true);
  // A result in the page being read (phone61): on a phone the theme holds the page still while its search is open
  // (body[data-md-scrolllock]) and, once closed, puts it back where it was, so that the tapped section's jump never
  // happened: « Aménagement d'épreuves » tapped on Toulouse's notice left it at its top. Once the page is free again,
  // the section is shown, as a link to it would. Waited for on the theme's own state, not for a while (walk66 6: a
  // give-up after 2 s lost the jump on a very slow phone): its search closes with a « change » of its toggle (the
  // theme clicks it: setToggle, MkDocs Material 9.8.2), then frees the page by removing the body's attribute (after
  // its own delay, the page put back first); a search opened again, or another result tapped, drops the wait: opened
  // again even while the page is still held (bar67, review66 L5: within the theme's delay, the wait stayed, and a later
  // close without a tap jumped to the old result). A result opened elsewhere (Ctrl, Cmd, Shift or Alt, or not the main
  // button: a new tab or window, a download) is not this page's jump (review66 L5: the page jumped too).
  let waiting = null;
  document.addEventListener("click", (event) => {
    if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
    const link = event.target instanceof Element ? event.target.closest("a.md-search-result__link") : null;
    if (!link || !link.hash) return;
    const url = new URL(link.href, location.href);
    if (url.origin !== location.origin || url.pathname !== location.pathname) return;
    const id = decodeURIComponent(url.hash.slice(1));
    if (waiting) waiting();
    const box = toggle();
    const locked = new MutationObserver(() => check());
    const done = () => {
      locked.disconnect();
      if (box) box.removeEventListener("change", changed);
      waiting = null;
    };
    const changed = () => {
      if (box.checked) done();  // opened again: not this jump
      else check();
    };
    const check = () => {
      if ((box && box.checked) || document.body.hasAttribute("data-md-scrolllock")) return;
      done();
      show(id);
    };
    waiting = done;
    locked.observe(document.body, { attributes: true, attributeFilter: ["data-md-scrolllock"] });
    if (box) box.addEventListener("change", changed);
    // (the theme's handler of this click, after this one, closes the search: the first check after it)
    setTimeout(check);
  }, true);
  const show = (id) => {
    const target = document.getElementById(id);
    if (!target) return;
    // (under the top bar; the page itself scrolled, not a phone's visible part of it, which scrollIntoView moved
    // too, the top bar then out of sight; again while not there: a first jump right after the theme freed the page
    // fell short)
    const bar = document.querySelector(".md-header");
    const go = (left) => {
      const under = bar ? bar.getBoundingClientRect().height : 0;
      window.scrollTo(0, window.scrollY + target.getBoundingClientRect().top - under);
      const top = target.getBoundingClientRect().top - under;
      if (left > 0 && Math.abs(top) > 2) setTimeout(() => go(left - 1), 50);
    };
    go(5);
  };
})();
