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
})();
