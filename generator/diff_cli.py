"""``python -m generator diff SLUG YEAR_A YEAR_B``: what changed between two sessions of an academy, in French.

The comparison itself is ``generator.diff`` (pure); this module reads the
academy's folder, checks it as ``validate`` would, and prints the changes
grouped by section (``--json``: for tools; ``--keys``: each line's key, for
``novelties: drop:`` of a session file). Words come from ``content/interface.yaml``
(groups ``changes`` and ``changes_cli``), read first.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from . import emphasis
from .checklist.cli import broken_files, load_texts, unknown_academy
from .diff import SECTIONS, Change, diff, rolled_dates, section_title
from .french import typography
from .problems import with_root
from .model.content import InterfaceFile
from .site.text import of


def _year(text: str | int, t: InterfaceFile) -> tuple[int | None, str | None]:
    """The year of a session (the command line's parser has checked it: an int; a string from other callers)."""
    text = str(text)
    if len(text) == 4 and text.isascii() and text.isdigit():
        return int(text), None
    return None, t.text("changes_cli.bad_year", year=text)


def _missing(root: Path, slug: str, years: tuple[int, int], t: InterfaceFile) -> str | None:
    """The French message saying the academy or one of the two sessions has no file (with those written), or None.
    Said before the years' order (staffwalk58 L1: « diff clermont-ferrand 2024 2023 » was told to type « 2023 2024 »,
    which then said there is no session 2023): the command the order's message gives must run."""
    from .loading import session_years_written

    unknown = unknown_academy(root, slug, t)
    if unknown:
        return unknown
    folder = root / "academies" / slug
    for year in years:
        if not (folder / f"{year}.yaml").is_file():
            found = session_years_written(folder)
            return t.text("checklist_errors.unknown_session", year=year, academy=slug, years=", ".join(found) or t.text("checklist_errors.none"))
    return None


def _same_year(root: Path, slug: str, year: int, t: InterfaceFile) -> str:
    """The same year given twice: an example with another session of the academy, the one before it, else the one
    after (review64b L5: always « diff nantes 2024 2026 », refused by a project without those sessions)."""
    from .loading import session_years_written

    others = [int(y) for y in session_years_written(root / "academies" / slug) if int(y) != year]
    if not others:
        return t.text("changes_cli.same_year_alone", academy=slug, year=year)
    before = [y for y in others if y < year]
    pair = (max(before), year) if before else (year, min(others))
    return t.text("changes_cli.same_year", academy=slug, year_a=pair[0], year_b=pair[1])


def _notices(root: Path, slug: str, years: tuple[int, int], t: InterfaceFile, given: str | None = None):
    """The two Notices and the audiences of the sessions read (year → audience), or a French message saying why there
    are none. The session files between the two years are read and checked too: the page of the later session
    compares it with the previous one for the same candidates, which may be one of them (2025 for 2026, not 2024);
    the sessions before the earlier year or after the later one cannot be that previous session, and a draft being
    written there does not stop the comparison."""
    from .loading import session_years_written
    from .merge import build_notice
    from .pipeline import load_and_check

    missing = _missing(root, slug, years, t)
    if missing:
        return None, missing
    folder = root / "academies" / slug
    between = [folder / f"{y}.yaml" for y in session_years_written(folder) if min(years) < int(y) < max(years)]
    project, problems = load_and_check(root, [*(folder / f"{year}.yaml" for year in years), *between])
    if problems:
        return None, problems.report() + "\n\n" + broken_files(given)
    data = project.academies[slug]
    audiences = {year: session.session.audience for year, session in data.sessions.items()}
    return (*(build_notice(project.content, data, year) for year in years), audiences), None


def rolled_line(before, after) -> str | None:
    """The line that ends the « Dates » section: how many of the dates both notices give moved by exactly the sessions'
    gap, same day and month (``diff.rolled_dates``: the comparison has no line for each; a staff walk, stop 50 G4: a
    rollover's six dates, each a year on, and no word of them); None when none did."""
    t = after.texts
    rolled, total = rolled_dates(before, after)
    if not rolled:
        return None
    gap = after.year - before.year
    years = t.text("changes_cli.rolled_one_year") if gap == 1 else t.text("changes_cli.rolled_years", count=gap)
    if rolled == total:
        return t.text("changes_cli.dates_rolled_all", count=rolled, years=years)
    return t.text("changes_cli.dates_rolled_some", count=rolled, total=total, years=years)


def render(changes: tuple[Change, ...], before, after, shown: set[int] | None) -> str:
    """The changes as text, grouped by section; ``shown``: give each line's key and whether the notice page shows it.
    A replaced e-mail address's line names the texts that cite the new one (``Change.places``); the « Dates » section
    ends with the dates moved by the sessions' gap (``rolled_line``)."""
    t = after.texts
    lines = [t.text("changes_cli.title", of_academy=of(after.academy.name, t), year_a=before.year, year_b=after.year), t.text("changes_cli.intro")]
    if not changes:
        lines += ["", t.text("changes_cli.none")]
    rolled = rolled_line(before, after)
    for section in SECTIONS:
        items = [(i, c) for i, c in enumerate(changes) if c.section == section]
        extra = [f"  - {rolled}"] if section == "dates" and rolled else []
        if not items and not extra:
            continue
        lines += ["", section_title(after, section)]
        for i, change in items:
            line = f"  - {change.text}"
            if change.places:
                line += " " + t.text("changes_cli.address_places", places=t.join("changes.labels_join", list(change.places)))
            if change.national:  # (a change of the national content, not of the academy's files: fixstaff62 item 7)
                line += " " + change.national
            if shown is not None:
                page = t.text("changes_cli.on_page" if i in shown else "changes_cli.off_page")
                line += " " + t.text("changes_cli.key", id=change.key, page=page)
            lines.append(line)
        lines += extra
    return "\n".join(lines)


def _compared(args: argparse.Namespace, root: Path, given: str | None):
    """The texts and the two Notices to compare with their audiences (``_notices``), or the French message saying why
    there are none: interface.yaml unread, a year that is none, the same year twice, an academy or a session without
    its file, the years in the wrong order, the files not valid. Its commands as typed in the project's folder:
    ``run`` gives every refusal the --root given, at once."""
    t, message = load_texts(root, given)
    if t is None:
        return None, message
    years = []
    for text in (args.year_a, args.year_b):
        year, message = _year(text, t)
        if year is None:
            return None, message
        years.append(year)
    missing = _missing(root, args.academy, (years[0], years[1]), t)
    if missing:
        return None, missing
    if years[0] == years[1]:
        return None, _same_year(root, args.academy, years[0], t)
    if years[0] > years[1]:  # (the comparison moves years and dates on, earlier to later: review58 L5, « -2 ans »)
        return None, t.text("changes_cli.reversed_years", academy=args.academy, year_a=years[0], year_b=years[1])
    notices, message = _notices(root, args.academy, (years[0], years[1]), t, given)
    if notices is None:
        return None, message
    return notices, None


def run(args: argparse.Namespace, root: Path) -> int:
    from .site.novelties_view import compared_year, shown_changes

    given = getattr(args, "root", None)  # (--root as typed: the validate command the refusals give, review71 L3)
    notices, refused = _compared(args, root, given)
    if notices is None:
        # every refusal's commands run on the project the diff read, with its --root as typed: one wrapper, as main()
        # has for StaffError (staffdocs64 item 4; staff65 item 5: one per refusal, and review64b found one missing)
        print(with_root(refused, given))
        return 1
    before, after, audiences = notices
    changes = diff(before, after)
    # lines « dans Nouveautés » only when the page of ``after`` compares it with ``before``, as the page decides: the
    # previous session for the same candidates (Nantes 2026, establishments, is not compared with 2024, individual
    # candidates), not one before it (2024 with 2026 while a 2025 is 2026's previous), and not when staff turned the
    # comparison off (reviews: these lines were said to be « dans Nouveautés »)
    compared = compared_year(after, audiences) == before.year
    shown = shown_changes(after, changes) if compared else set()
    if args.json:
        rolled, total = rolled_dates(before, after)
        out = {
            "academy": after.slug, "from": before.year, "to": after.year, "dates_rolled": rolled, "dates_in_both": total,
            "changes": [{**c.to_json(), "section_title": section_title(after, c.section), "on_page": i in shown} for i, c in enumerate(changes)],
        }
        print(json.dumps(out, ensure_ascii=False, indent=1))
    else:
        # (the notice's bold « **words** » as its words, each « \* » an asterisk: the command line as the checklist's,
        # checklist/cli.py, and as the staff guide says every output shows them; stars69: an item named as typed)
        print(typography(emphasis.plain(render(changes, before, after, shown if args.keys else None))))
    return 0
