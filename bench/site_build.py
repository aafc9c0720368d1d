"""Benchmark: the generated site vs a plain MkDocs build of the same pages.

    .venv/bin/python bench/site_build.py [--academies 30] [--runs 3]

In one temporary copy of the project (the repository's code, the frozen data of
tests/fixtures/project/, so that figures stay comparable while staff edit the real
files) it adds N synthetic academies (each one unused department, three sessions
cloned from the frozen files: 2023 from aix-marseille, 2024 from toulouse, 2026
from nantes), then times, side by side:

1. ``mkdocs build --strict`` with the hook (read + check every YAML, merge,
   generate the pages, MkDocs Material build), without the notices' PDFs
   (``BTS_GUIDE_PDF=0``; what they cost: bench/pdf_build.py);
2. the same pages written to disk as hand-written Markdown, built by plain
   MkDocs Material (same theme and extensions, no hook).

Prints a Markdown table (median of the runs, in seconds): wall time, and the CPU time (user + system) of
the ``mkdocs build`` process, what to read when other jobs share the machine.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import resource
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from project_support import FROZEN, project_root  # noqa: E402

SOURCES = {2023: "aix-marseille", 2024: "toulouse", 2026: "nantes"}
ALL_CODES = [f"{i:02d}" for i in range(1, 96) if i != 20] + ["2A", "2B"] + [str(i) for i in range(971, 977)]


def copy_project(dest: Path) -> Path:
    return project_root(dest, FROZEN)


def add_synthetic(root: Path, count: int) -> None:
    from generator.pipeline import load_and_check

    project, problems = load_and_check(root)
    if problems:
        sys.exit("the real data does not validate:\n" + problems.report())
    used = {d.code for a in project.academies.values() for d in a.academy.departments}
    free = [c for c in ALL_CODES if c not in used]
    if len(free) < count:
        sys.exit(f"only {len(free)} free department codes for {count} synthetic academies")
    template = (root / "academies" / "toulouse" / "academy.yaml").read_text(encoding="utf-8")
    template = re.sub(r"^departments:\n(  - .*\n)+", "departments:\n  - {code: \"CODE\", name: NAME}\n", template, flags=re.M)
    # validate compares each academy with the national table: there, each synthetic academy
    # is added and its department moved to it (the academy id on the department's line).
    table_path = root / "content" / "departments.yaml"
    table = table_path.read_text(encoding="utf-8").splitlines(keepends=True)
    departments = {d.code: d for d in project.content.departments.departments}
    entries = []
    for i in range(count):
        slug = f"synthetique-{i + 1:02d}"
        folder = root / "academies" / slug
        folder.mkdir()
        department = departments[free[i]]
        where = department.where("academy")
        line = table[where.line - 1]
        table[where.line - 1] = line[: where.column - 1] + line[where.column - 1:].replace(department.academy, slug, 1)
        entries.append(f"  {slug}: {{name: Synthétique {i + 1:02d}, title: académie Synthétique {i + 1:02d}, kind: académie, website: https://www.ac-synthetique.fr, timezone: Europe/Paris}}\n")
        text = re.sub(r"^name: .*$", f"name: Synthétique {i + 1:02d}", template, flags=re.M)
        text = re.sub(r"^slug: .*$", f"slug: {slug}", text, flags=re.M)
        # (the site the table gives it: validate refuses an academy's website that is another academy's in the table)
        text = re.sub(r"^website: .*$", "website: https://www.ac-synthetique.fr", text, flags=re.M)
        text = text.replace('"CODE"', f'"{free[i]}"').replace("NAME", department.name)
        (folder / "academy.yaml").write_text(text, encoding="utf-8")
        for year, source in SOURCES.items():
            shutil.copy2(root / "academies" / source / f"{year}.yaml", folder / f"{year}.yaml")
    start = table.index("academies:\n") + 1
    table_path.write_text("".join(table[:start] + entries + table[start:]), encoding="utf-8")


def plain_project(root: Path, dest: Path) -> Path:
    """The generated pages as ordinary Markdown files, with a mkdocs.yml without the hook."""
    from generator.merge import build_notices
    from generator.pipeline import load_and_check
    from generator.site import pages

    project, problems = load_and_check(root)
    assert not problems, problems.report()
    notices = build_notices(project)
    plain = dest / "plain"
    shutil.copytree(root / "docs", plain / "docs")
    shutil.copytree(root / "site_overrides", plain / "site_overrides")
    from generator.checklist import page as checklist  # same pages as the hook builds
    files = pages.site_files(notices, dt.date.today(), checklist=checklist, checklist_content=project.content.checklist)
    files.update({path: Path(src).read_bytes() for path, src in checklist.pyodide_files(ROOT).items()})
    for path, content in files.items():
        target = plain / "docs" / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(content if isinstance(content, bytes) else content.encode())
    config = (root / "mkdocs.yml").read_text(encoding="utf-8")
    config = re.sub(r"^hooks:\n(  - .*\n)+", "", config, flags=re.M)
    import yaml

    nav = yaml.safe_dump({"nav": pages.nav(notices, checklist=True)}, allow_unicode=True, sort_keys=False)
    (plain / "mkdocs.yml").write_text(config + "\n" + nav, encoding="utf-8")
    return plain


def stage_times(root: Path) -> dict[str, float]:
    """Where the generator's time goes, measured in this process (first call, cold caches)."""
    from generator.merge import build_notices
    from generator.pipeline import load_and_check
    from generator.site import pages

    t0 = time.perf_counter()
    project, _ = load_and_check(root)
    t1 = time.perf_counter()
    notices = build_notices(project)
    t2 = time.perf_counter()
    pages.site_files(notices, dt.date.today())
    t3 = time.perf_counter()
    out = {"read + check YAML": t1 - t0, "merge": t2 - t1, "site pages + .ics": t3 - t2}
    from generator.checklist import page as checklist

    for n in notices:
        checklist.checklist_page(n, project.content.checklist)
        checklist.checklist_assets(n, project.content.checklist)
    out["checklist pages + rulesets"] = time.perf_counter() - t3
    return out


def _children_cpu() -> float:
    used = resource.getrusage(resource.RUSAGE_CHILDREN)
    return used.ru_utime + used.ru_stime


def timed_build(config: Path, site: Path, **variables: str) -> tuple[float, float]:
    """Seconds of ``mkdocs build --strict`` of ``config`` into ``site`` (``variables``: more environment): wall time,
    and the CPU time (user + system) of the build's process (and any it waited for)."""
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1", **variables)
    start, cpu = time.perf_counter(), _children_cpu()
    result = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-q", "-f", str(config), "-d", str(site)], cwd=config.parent, env=env, capture_output=True, text=True)
    elapsed, used = time.perf_counter() - start, _children_cpu() - cpu
    if result.returncode != 0:
        sys.exit(f"build failed for {config} {variables or ''}:\n{result.stdout}{result.stderr}")
    return elapsed, used


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--academies", type=int, default=30)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bts-bench-") as tmp:
        tmp_path = Path(tmp)
        root = copy_project(tmp_path)
        add_synthetic(root, args.academies)
        plain = plain_project(root, tmp_path)
        pages_count = len(list((plain / "docs").rglob("*.md")))
        sessions = len(list((root / "academies").glob("*/[0-9][0-9][0-9][0-9].yaml")))
        generated, hand, generated_cpu, hand_cpu = [], [], [], []
        for _ in range(args.runs):  # interleaved, so that both see the same machine state
            # Without the notices' PDFs: the plain build has none (their cost: bench/pdf_build.py).
            wall, cpu = timed_build(root / "mkdocs.yml", tmp_path / "site-generated", BTS_GUIDE_PDF="0")
            generated.append(wall)
            generated_cpu.append(cpu)
            wall, cpu = timed_build(plain / "mkdocs.yml", tmp_path / "site-plain")
            hand.append(wall)
            hand_cpu.append(cpu)
        g, h = statistics.median(generated), statistics.median(hand)
        gc, hc = statistics.median(generated_cpu), statistics.median(hand_cpu)
        stages = stage_times(root)
        print(f"{sessions} sessions, {pages_count} Markdown pages, {args.runs} runs (median, seconds)\n")
        print("| build | median | runs |")
        print("| --- | --- | --- |")
        print(f"| generated (hook: validate + merge + pages + MkDocs) | {g:.2f} | {', '.join(f'{x:.2f}' for x in generated)} |")
        print(f"| plain MkDocs, same pages as Markdown files | {h:.2f} | {', '.join(f'{x:.2f}' for x in hand)} |")
        print(f"| overhead of the generator | {g - h:+.2f} ({(g / h - 1) * 100:+.0f} %) | |")
        print(f"| generated, CPU time of the build | {gc:.2f} | {', '.join(f'{x:.2f}' for x in generated_cpu)} |")
        print(f"| plain, CPU time of the build | {hc:.2f} | {', '.join(f'{x:.2f}' for x in hand_cpu)} |")
        print(f"| overhead of the generator, CPU time | {gc - hc:+.2f} ({(gc / hc - 1) * 100:+.0f} %) | |")
        print("\nIn-process stages of the generator (one run, seconds): " + ", ".join(f"{k} {v:.2f}" for k, v in stages.items()))


if __name__ == "__main__":
    main()
