// The search index on demand. The theme (MkDocs Material 9.8.2) downloads the search index
// (search/search_index.json, about half of a notice page's weight) with an XMLHttpRequest as
// soon as any page loads. Loaded just before the theme's bundle (site_overrides/main.html),
// this script holds that one request until the search is used: the search box gets the focus,
// or the search opens (the magnifier on a phone, the « / », « s » or « f » keys). The request
// is then sent as the theme made it; the theme waits for its answer as on a slow network.
// Any other request goes through untouched.
(() => {
  const INDEX = /\/search\/search_index\.json$/;
  const open = XMLHttpRequest.prototype.open;
  const send = XMLHttpRequest.prototype.send;
  const held = [];
  let used = false;
  XMLHttpRequest.prototype.open = function (method, url, ...rest) {
    this.btsSearchIndex = INDEX.test(new URL(String(url), location.href).pathname);
    return open.call(this, method, url, ...rest);
  };
  XMLHttpRequest.prototype.send = function (...args) {
    if (this.btsSearchIndex && !used) {
      held.push([this, args]);
      return undefined;
    }
    return send.apply(this, args);
  };
  function release() {
    if (used) return;
    used = true;
    document.documentElement.dataset.btsSearchIndex = "requested";
    for (const [request, args] of held.splice(0)) send.apply(request, args);
  }
  document.addEventListener("focusin", (event) => {
    if (event.target instanceof Element && event.target.matches(".md-search__input")) release();
  }, true);
  document.addEventListener("change", (event) => {
    if (event.target instanceof Element && event.target.id === "__search" && event.target.checked) release();
  }, true);
})();
