"""YAML written the way the real files are: plain values when they read back as written, long
texts folded (``>-``) on lines of about ``WIDTH`` characters, French comments wrapped the same.

Every value written is read back (composed, as ``generator.strict_yaml`` does) and
compared with the text meant: when a plain or folded form would read differently
(a « : » followed by a space, a leading « - », two spaces in a row…), the value is
written between double quotes instead.
"""

from __future__ import annotations

import json
import textwrap

import yaml

WIDTH = 92
"""Characters per line of folded texts and comments, as in the real files."""


def _reads_back(document: str, text: str, flow: bool) -> bool:
    """True when the single value of ``document`` (inside a ``{…}`` when ``flow``) composes to ``text``.

    The project composes without resolving: a plain ``2024`` or ``true`` stays the text typed (the
    model decides what it means); only an empty or ``null`` plain value would read as nothing.
    """
    try:
        node = yaml.compose(document, Loader=yaml.SafeLoader)
    except yaml.YAMLError:
        return False
    for _ in range(2 if flow else 1):
        if not isinstance(node, yaml.MappingNode) or len(node.value) != 1:
            return False
        node = node.value[0][1]
    if not isinstance(node, yaml.ScalarNode) or node.value != text:
        return False
    return node.style is not None or text not in ("", "~", "null", "Null", "NULL")


def quoted(text: str) -> str:
    """``text`` between double quotes (JSON's escapes are YAML's)."""
    return json.dumps(text, ensure_ascii=False)


def flow_value(text: str) -> str:
    """``text`` as a value inside ``{…}`` or ``[…]``: plain when it reads back, else quoted."""
    if text and "\n" not in text and _reads_back(f"k: {{k: {text}}}\n", text, flow=True):
        return text
    return quoted(text)


def block_value(key: str, text: str, indent: int) -> list[str]:
    """The lines of ``key: text`` at ``indent`` spaces: one plain line when it fits and reads back,
    else a folded block (``>-``), else a quoted value."""
    pad = " " * indent
    line = f"{pad}{key}: {text}"
    if "\n" not in text and len(line) <= WIDTH and _reads_back(f"{key}: {text}\n", text, flow=False):
        return [line]
    if text == " ".join(text.split()) and text:
        body = textwrap.wrap(text, width=max(WIDTH - indent - 2, 40), break_long_words=False, break_on_hyphens=False)
        lines = [f"{pad}{key}: >-", *(f"{pad}  {part}" for part in body)]
        if _reads_back("\n".join(line[indent:] for line in lines) + "\n", text, flow=False):
            return lines
    return [f"{pad}{key}: {quoted(text)}"]


def comment(text: str, indent: int, first: str = "# ", more: str = "#   ") -> list[str]:
    """A French comment wrapped at ``WIDTH``: ``first`` before the first line, ``more`` before the others."""
    pad = " " * indent
    kept = text.replace("« ", "«\u00a0")  # (never a line break after « nor before » : ; ? !)
    for mark in "»:;?!":
        kept = kept.replace(f" {mark}", f"\u00a0{mark}")
    lines = textwrap.wrap(
        kept, width=WIDTH, initial_indent=pad + first, subsequent_indent=pad + more, break_long_words=False, break_on_hyphens=False
    ) or [pad + first.rstrip()]
    return [line.replace("\u00a0", " ") for line in lines]
