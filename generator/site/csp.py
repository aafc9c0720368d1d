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
import html
import re

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


# One pass of C regular expressions over a page (an HTML parser in Python costs seconds on
# a large site). The site's HTML is MkDocs' and Material's: tags are well formed, text has
# its « < » escaped; a quoted attribute value may hold « > ». Atomic groups: no backtracking.
_TOKEN = re.compile(
    r"""<!--.*?-->
      | <(?P<raw>script|style)\b(?P<rawattrs>(?:[^>"']++|"[^"]*+"|'[^']*+')*+)>(?P<body>.*?)</(?P=raw)\s*>
      | <(?P<tag>[a-zA-Z][^\s/>]*+)(?P<attrs>(?:[^>"']++|"[^"]*+"|'[^']*+')*+)>""",
    re.S | re.I | re.X,
)
_ATTR = re.compile(r"""([^\s=/>"']+)(?:\s*=\s*("[^"]*"|'[^']*'|[^\s>"']+))?""")
_URL_ATTRS = {"href", "src", "action", "formaction", "xlink:href"}


class _Inline:
    """Inline scripts, event handlers, style attributes/elements and javascript: URLs of an HTML text."""

    def __init__(self, text: str = "") -> None:
        self.scripts: list[str] = []
        self.others: list[str] = []
        for m in _TOKEN.finditer(text):
            if m.group("raw"):
                tag, attrs = m.group("raw").lower(), self.attributes(m.group("rawattrs"))
                self._check(tag, attrs)
                if tag == "style":
                    self.others.append("<style>")
                elif self.executable(attrs):
                    self.scripts.append(m.group("body"))
            elif m.group("tag"):
                self._check(m.group("tag").lower(), self.attributes(m.group("attrs")))

    @staticmethod
    def executable(attrs: dict[str, str]) -> bool:
        """An inline script the browser runs (not one with src, not a JSON data block)."""
        return "src" not in attrs and attrs.get("type", "").strip().lower() in JS_TYPES

    @staticmethod
    def attributes(text: str) -> dict[str, str]:
        found = {}
        for name, value in _ATTR.findall(text or ""):
            found[name.lower()] = html.unescape(value[1:-1] if value[:1] in "\"'" and value else value)
        return found

    def _check(self, tag: str, attrs: dict[str, str]) -> None:
        for name, value in attrs.items():
            if name.startswith("on"):
                self.others.append(f"<{tag} {name}=…>")
            elif name == "style":
                self.others.append(f"<{tag} style=…>")
            elif name in _URL_ATTRS and re.sub(r"[\x00-\x20]", "", value).lower().startswith("javascript:"):
                self.others.append(f"<{tag} {name}=javascript:…>")


_SCRIPT = re.compile(r"""<script\b((?:[^>"']++|"[^"]*+"|'[^']*+')*+)>(.*?)</script\s*>""", re.S | re.I)


def page_policy(output: str, content: str | None) -> tuple[str, frozenset[str], list[str]]:
    """For one built page: its meta policy, the hashes it allows, and what the policy will block.

    Inline scripts written by the theme's templates (in ``output`` but not in the
    page's ``content``) are allowed by hash; anything inline in ``content`` (the
    text generated from the YAML) is not, and is listed with every event handler,
    ``style`` and ``javascript:`` URL of the content. A page without content (a
    theme template such as 404.html) is checked whole. The theme's own markup
    around the content is checked in Chromium (tests/site/test_csp.py), not here:
    scanning the navigation of every page would cost a second on a large site.
    """
    scripts = [body for attrs, body in _SCRIPT.findall(output) if _Inline.executable(_Inline.attributes(attrs))]
    checked = _Inline(output if content is None else content)
    untrusted = set() if content is None else set(checked.scripts)
    hashes = frozenset(script_hash(s) for s in scripts if s not in untrusted)
    blocked = [f"script en ligne : {s[:60]!r}" for s in sorted(untrusted)] + checked.others
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
