// Material for MkDocs 9.8.2, partials/javascripts/content.html, moved out of the page for the
// Content-Security-Policy (no inline script). Do not edit: tests/site/test_csp.py compares it.
var target=document.getElementById(location.hash.slice(1));target&&target.name&&(target.checked=target.name.startsWith("__tabbed_"))
