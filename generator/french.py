"""French typography shared by every output (pages, calendars, command line).

Standard library only, so the checklist engine's helpers can use it too.
"""

from __future__ import annotations

import functools
import re

NBSP = "\u00a0"  # before « : » and inside « »
NNBSP = "\u202f"  # narrow no-break space, before « ; ? ! »

_BEFORE_PUNCT = re.compile(r"[ \u00a0\u202f]+([;?!])")
_BEFORE_COLON = re.compile(r"[ \u00a0\u202f]+:")
_AFTER_OPEN = re.compile(r"«[ \u00a0\u202f]*")
_BEFORE_CLOSE = re.compile(r"[ \u00a0\u202f]*»")


@functools.lru_cache(maxsize=65536)
def typography(text: str) -> str:
    """French typography: no-break spaces before « : ; ? ! » and inside « ».

    Only where a space was typed before « : ; ? ! » (never inside 17:00 or
    https://); always inside « ».
    """
    text = _BEFORE_PUNCT.sub(NNBSP + r"\1", text)
    text = _BEFORE_COLON.sub(NBSP + ":", text)
    text = _AFTER_OPEN.sub("«" + NBSP, text)
    return _BEFORE_CLOSE.sub(NBSP + "»", text)
