"""Payloads written into every free-text field of a copy of the project (imported by name: keep it unique).

``inject(root, family)`` walks every string scalar of ``content/*.yaml`` and
``academies/*/*.yaml`` (composed by PyYAML: nodes and their positions, never
constructed), leaves typed values alone (identifiers, codes, dates, numbers,
URLs, e-mails, phones, paths: validated strictly elsewhere) and appends to
each free text a marker (``INJ0042``, one per distinct value) and the payloads of the families asked
for (every family by default, one after the other), written back as a double-quoted YAML scalar at
the same place. It knows nothing of how
pages are rendered: only the data and, later, the built site.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

import yaml

from generator.model.values import NOT_GIVEN_WORDS as NOT_GIVEN  # (the words of a value the notice does not give)

FOREIGN = "inj.invalid"  # a reserved name: a request to it means an injected resource

# {n}: the field's number, so that an injected element is found by its id (inj-<n>).
# « **words** » is the one markup a data text may hold (generator/emphasis.py: bold, its markers not shown):
# no payload uses it; tests/site/test_checklist_escaping_browser.py and test_site_text.py test what it renders.
FAMILIES: dict[str, str] = {
    "html": (
        '<script id="inj-{n}">alert({n})</script> <img src="https://' + FOREIGN + '/{n}.png" id="inj-{n}" '
        'onerror="alert({n})"> "><svg id="inj-{n}" data-inj onload="alert({n})"> <b data-inj>gras</b>'
    ),
    "context": (
        "</title></script></textarea></style><img src=x id=\"inj-{n}\" onerror=alert({n})> "
        "\" onmouseover=\"alert({n})\" data-inj=\" ' onfocus='alert({n})' data-inj=' "
        "fin\r\nATTACH:https://" + FOREIGN + "/{n}.ics\rX-INJ:{n}"
    ),
    "markdown": (
        "[lien {n}](javascript:alert({n})) <https://" + FOREIGN + "/{n}> ![image](https://" + FOREIGN + "/{n}.png) "
        "*em* __gras__ _sous_ `code` | cellule | \\ &amp; &lt;b&gt;\n# titre {n}\n> citation\n1. liste"
    ),
    "jinja": "{{{{ 7*7 }}}} {{% raw %}}brut{{% endraw %}} {{{{ config.site_name }}}} {{# commentaire #}} ${{{{ 7*7 }}}}",
    "placeholders": "{{answer}} {{question}} {{label}} {{date}} {{year}} {{title}} {{n}} {{documents}}",
}
# Where a family is not written: in content/interface.yaml, braces are the syntax of the texts'
# placeholders, checked by `validate` (a new placeholder or a lone brace is refused, rightly).
SKIP_FILES = {"placeholders": {"content/interface.yaml"}, "jinja": {"content/interface.yaml"}}
# Names, titles, labels and the texts of content/interface.yaml are one line by definition
# (``generator.model.values.Name``: validate refuses a line break there). ``inject`` finds
# those fields by asking validate which values it refuses for that reason, and writes their
# payloads on one line; every other field gets the payload with its line breaks. A value
# validate refuses for any other reason is not free text (a word of a fixed list, such as
# « arrêté » or « académie », or the marker « non précisé par la notice » standing for a
# section or a date): it is left as it was.
ONE_LINE = "un nom ou un titre tient sur une ligne"

TYPED = re.compile(
    r"""^(?:
        [a-z0-9_.\-]+                      # identifiers, slugs, enumerations, yes/no answers
      | [a-z0-9_]+\ option\ [A-Z]           # specialty references
      | [A-Z0-9][A-Z0-9\-]{0,7}            # codes: option letters, abbreviations, departments (2A)
      | [0-9][0-9 :+.\-]*                  # numbers, dates, date-times, phones
      | (?:https?|mailto|tel):\S*          # URLs
      | \S+@\S+                            # e-mails
      | \.\.?/\S*                          # paths (sources)
      | [A-Za-z]+/[A-Za-z_]+               # time zones
    )$""",
    re.X,
)
SKIP_KEYS = {"about", "when", "id", "slug", "timezone", "source"}  # `when`: the condition language


@dataclass(frozen=True)
class Field:
    marker: str
    file: str
    line: int
    key: str
    payload: str  # what was appended after the value (marker first)
    families: tuple[str, ...] = ()  # the families of the payload, in its order


def _free_texts(node, key: str | None, out: list):
    if isinstance(node, yaml.MappingNode):
        for k, v in node.value:
            if k.value not in SKIP_KEYS:
                _free_texts(v, k.value, out)
    elif isinstance(node, yaml.SequenceNode):
        for v in node.value:
            _free_texts(v, key, out)
    elif isinstance(node, yaml.ScalarNode) and node.tag == "tag:yaml.org,2002:str" and node.value.strip():
        # (the marker of what the notice does not give is no free text: with a payload after it, a value unknown
        # became one given, « send_to_address: non précisé par la notice INJ… », which ask_office_section: refuses
        # beside it, askaddress65; the field's check refusing the other field, the injection could not settle)
        if not TYPED.match(node.value.strip()) and node.value.strip() != NOT_GIVEN:
            out.append((node, key))


def _quoted(text: str) -> str:
    """A YAML double-quoted scalar (JSON's escapes are YAML's)."""
    return json.dumps(text, ensure_ascii=False)


def inject(root: Path, families: tuple[str, ...] = tuple(FAMILIES), start: int = 1) -> list[Field]:
    """Append ``INJ<n> <payloads>`` to every free text of the copy at ``root``: the payloads of ``families``, one
    after the other, in an order that turns from one field to the next (each family comes first in some fields, as
    where a text is cut short by « … » only its start is compared); the fields changed.

    A field gets every family that validate accepts there, each alone: fields that hold a name (one line) get the
    payload without its line breaks; a family validate refuses in a field (the placeholders' ``{answer}`` in a
    question's phrase holding ``{choice}``; a family that skips the file) is left out of that field only; values
    that are not free text (every family refused) are left alone. Found family by family, by injecting, validating,
    and injecting again knowing which values validate refused, and why, until it refuses none; then all together.
    """
    originals = {path: path.read_text(encoding="utf-8") for path in _files(root)}
    found: dict[Path, list] = {}
    for path, text in originals.items():  # (the pure-Python composer: its marks' indexes are the edits')
        found[path] = []
        _free_texts(yaml.compose(text), None, found[path])
    one_line: set[tuple[str, int]] = set()
    refused_by: dict[tuple[str, int], set[str]] = {}  # field → the families validate refuses there
    for family in families:
        _settle(root, (family,), start, originals, found, one_line, refused_by)
    return _settle(root, families, start, originals, found, one_line, refused_by, last=True)


def _settle(root, families, start, originals, found, one_line, refused_by, last: bool = False) -> list[Field]:
    """Inject ``families`` until validate refuses none of the values (``one_line`` and ``refused_by`` learn why);
    ``last``: the run with every family, which must need nothing more than the runs of each family alone."""
    for _ in range(5):
        fields = _inject(root, families, start, originals, found, one_line=one_line, refused_by=refused_by)
        refused = _refused_values(root)
        if not refused:
            return fields
        assert not last, f"the families together are refused where each alone is not: {sorted(refused)[:10]}"
        for field, reasons in refused.items():
            if ONE_LINE in reasons and field not in one_line:
                one_line.add(field)  # a name: on one line (another of its problems may come from the line break)
            else:
                refused_by.setdefault(field, set()).update(families)  # (one family at a time: that family)
    raise AssertionError(f"the injected copy does not validate: {sorted(_refused_values(root))[:10]}")


# Only the lines and columns of the injected files are read: libyaml's are the pure-Python composer's
# (tests/validation/test_strict_yaml_libyaml.py), and it composes them ten times faster.
FAST_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _files(root: Path) -> list[Path]:
    return sorted(root.glob("content/*.yaml")) + sorted(root.glob("academies/*/*.yaml"))


def _refused_values(root: Path) -> dict[tuple[str, int], set[str]]:
    """(file, index of the free text in the file) → the messages of validate's problems on that value."""
    from generator.pipeline import load_and_check

    _, problems = load_and_check(root)
    refused: dict[tuple[str, int, int], set[str]] = {}
    for p in problems.items:
        refused.setdefault((p.location.file, p.location.line, p.location.column), set()).add(ONE_LINE if ONE_LINE in p.message else p.message)
    found = {}
    for path in _files(root):
        rel = path.relative_to(root).as_posix()
        nodes: list = []
        _free_texts(yaml.compose(path.read_text(encoding="utf-8"), Loader=FAST_LOADER), None, nodes)
        for index, (node, _) in enumerate(nodes):
            reasons = refused.get((rel, node.start_mark.line + 1, node.start_mark.column + 1))
            if reasons:
                found[(rel, index)] = reasons
    return found


def _inject(root: Path, families: tuple[str, ...], start: int, originals: dict, found: dict, one_line: set, refused_by: dict) -> list[Field]:
    # The same value gets the same payload everywhere (a department's name is in two files and must stay equal).
    one_line_values = {found[root / rel][index][0].value for rel, index in one_line}
    numbers: dict[tuple[str, tuple[str, ...]], int] = {}
    fields: list[Field] = []
    for path, text in originals.items():
        rel = path.relative_to(root).as_posix()
        in_file = tuple(f for f in families if rel not in SKIP_FILES.get(f, ()))
        edits = []
        for index, (node, key) in enumerate(found[path]):
            written = tuple(f for f in in_file if f not in refused_by.get((rel, index), ()))
            if not written:
                continue  # not free text
            # (a value that takes other families elsewhere gets another marker: its payload is another)
            n = numbers.setdefault((node.value, written), start + len(numbers))
            marker = f"INJ{n:04d}"
            turn = n % len(written)
            order = written[turn:] + written[:turn]
            payload = f"{marker} " + " ".join(FAMILIES[f].format(n=n) for f in order)
            if node.value in one_line_values:
                payload = re.sub(r"[\r\n]+", " ", payload)
            fields.append(Field(marker, rel, node.start_mark.line + 1, key or "", payload, order))
            edits.append((node.start_mark.index, node.end_mark.index, _quoted(f"{node.value} {payload}")))
        for begin, end, new in sorted(edits, reverse=True):
            # A block scalar's end mark is past its last line break: keep one.
            tail = "\n" if text[begin:end].endswith("\n") else ""
            text = text[:begin] + new + tail + text[end:]
        path.write_text(text, encoding="utf-8")
    return fields


def squeeze(text: str) -> str:
    """Text compared without white space and with straight apostrophes (French typography turns ' into ’
    and changes spaces, line breaks change them; none of it changes what the characters say)."""
    return re.sub(r"[\s\u00a0\u202f]+", "", text).replace("\u2019", "'")
