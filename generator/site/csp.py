"""The site's Content-Security-Policy, one policy string for every output.

- every page carries it in ``<meta http-equiv="Content-Security-Policy">``
  (for hosts that cannot set headers; a meta policy cannot say
  ``frame-ancestors``, so it is left out there);
- the built site carries ready-made server configuration with the same policy
  as an HTTP header: ``_headers`` (Netlify, Cloudflare Pages) and ``.htaccess``
  (Apache); the README gives the nginx line (``nginx_line``).

Nothing is allowed inline: the theme's small inline scripts were moved to files
(``site_overrides/partials/javascripts/``). Should a theme template still
produce an inline script, its SHA-256 is added to the policy (``page_policy``);
a script, event handler, ``style`` attribute or ``javascript:`` URL inside the
page content (the text generated from the YAML) is never allowed: it is listed
by ``blocked`` and the build warns (strict mode: no publication).

Pyodide needs ``'wasm-unsafe-eval'`` only (pyodide/pyodide#3141); the
checklist's worker is a same-origin module worker (``worker-src 'self'``).
"""

from __future__ import annotations

import base64
import hashlib
from html.parser import HTMLParser

DIRECTIVES: tuple[tuple[str, str], ...] = (
    ("default-src", "'self'"),
    ("script-src", "'self' 'wasm-unsafe-eval'"),
    ("worker-src", "'self'"),
    ("style-src", "'self'"),
    ("img-src", "'self' data:"),  # the theme's icons are data: SVG in its stylesheet
    ("font-src", "'self'"),
    ("connect-src", "'self'"),
    ("object-src", "'none'"),
    ("base-uri", "'self'"),
    ("form-action", "'self'"),
    ("frame-ancestors", "'none'"),
)
HEADER_ONLY = {"frame-ancestors"}  # ignored (with a console message) in a <meta> policy
EXTRA_HEADERS = (("X-Content-Type-Options", "nosniff"),)
JS_TYPES = {"", "text/javascript", "application/javascript", "module", "text/ecmascript", "application/ecmascript"}


def policy(script_hashes: frozenset[str] | set[str] = frozenset(), *, header: bool = True) -> str:
    """The policy string; ``script_hashes`` are ``'sha256-…'`` sources of allowed inline scripts."""
    parts = []
    for name, sources in DIRECTIVES:
        if name in HEADER_ONLY and not header:
            continue
        if name == "script-src" and script_hashes:
            sources = sources + " " + " ".join(sorted(script_hashes))
        parts.append(f"{name} {sources}")
    return "; ".join(parts)


def script_hash(text: str) -> str:
    digest = hashlib.sha256(text.encode("utf-8")).digest()
    return f"'sha256-{base64.b64encode(digest).decode('ascii')}'"


class _Inline(HTMLParser):
    """Inline scripts, event handlers, style attributes/elements and javascript: URLs of an HTML text."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=False)
        self.scripts: list[str] = []
        self.others: list[str] = []
        self._script: list[str] | None = None

    def handle_starttag(self, tag, attrs):
        for name, value in attrs:
            if name.startswith("on"):
                self.others.append(f"<{tag} {name}=…>")
            elif name == "style":
                self.others.append(f"<{tag} style=…>")
            elif name in ("href", "src", "action", "formaction", "xlink:href") and (value or "").strip().lower().startswith("javascript:"):
                self.others.append(f"<{tag} {name}=javascript:…>")
        if tag == "style":
            self.others.append("<style>")
        if tag == "script":
            a = dict(attrs)
            executable = (a.get("type") or "").strip().lower() in JS_TYPES
            self._script = [] if executable and "src" not in a else None

    def handle_endtag(self, tag):
        if tag == "script" and self._script is not None:
            self.scripts.append("".join(self._script))
            self._script = None

    def handle_data(self, data):
        if self._script is not None:
            self._script.append(data)


def _inline(text: str) -> _Inline:
    parser = _Inline()
    parser.feed(text)
    parser.close()
    return parser


def page_policy(output: str, content: str | None) -> tuple[str, frozenset[str], list[str]]:
    """For one built page: its meta policy, the hashes it allows, and what the policy will block.

    Inline scripts written by the theme's templates (in ``output`` but not in the
    page's ``content``) are allowed by hash; anything inline in ``content`` is not.
    """
    page = _inline(output)
    inside = _inline(content) if content else _Inline()
    untrusted = set(inside.scripts)
    hashes = frozenset(script_hash(s) for s in page.scripts if s not in untrusted)
    blocked = [f"script en ligne : {s[:60]!r}" for s in inside.scripts] + page.others
    return policy(hashes, header=False), hashes, blocked


def meta_tag(value: str) -> str:
    text = value.replace("&", "&amp;").replace('"', "&quot;").replace("<", "&lt;").replace(">", "&gt;")
    return f'<meta http-equiv="Content-Security-Policy" content="{text}">'


CHARSET = '<meta charset="utf-8">'


def with_meta(output: str, value: str) -> str:
    """``output`` with the policy's meta right after ``<meta charset>`` (before any script or style)."""
    if CHARSET not in output:
        raise ValueError("page without <meta charset=\"utf-8\">: the Content-Security-Policy meta has no place")
    return output.replace(CHARSET, CHARSET + meta_tag(value), 1)


# ---------------------------------------------------------------- server configuration


def headers_file(value: str) -> str:
    """``_headers`` of Netlify and Cloudflare Pages: every path gets the policy."""
    lines = ["/*", f"  Content-Security-Policy: {value}"]
    lines += [f"  {name}: {v}" for name, v in EXTRA_HEADERS]
    return "\n".join(lines) + "\n"


def htaccess_file(value: str) -> str:
    """``.htaccess`` for Apache (mod_headers), with the MIME types Pyodide's files need."""
    quoted = value.replace("\\", "\\\\").replace('"', '\\"')
    lines = [
        "# Generated by the site build (generator/site/csp.py): same policy as every page's meta.",
        "<IfModule mod_headers.c>",
        f'  Header always set Content-Security-Policy "{quoted}"',
    ]
    lines += [f'  Header always set {name} "{v}"' for name, v in EXTRA_HEADERS]
    lines += ["</IfModule>", "AddType application/wasm .wasm", "AddType text/javascript .mjs"]
    return "\n".join(lines) + "\n"


def nginx_line(value: str) -> str:
    """The nginx directive (server or location block) the README documents."""
    return f"add_header Content-Security-Policy \"{value}\" always;"
