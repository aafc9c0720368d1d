"""Benchmark: what the notices' PDFs cost the site build.

    .venv/bin/python bench/pdf_build.py [--academies 0] [--runs 3]

In one temporary copy of the project (the repository's code, the frozen data of
tests/fixtures/project/, plus N synthetic academies of three sessions each as in
bench/site_build.py), times, side by side and interleaved, ``mkdocs build --strict``:

1. as published, PDF cache empty: every notice's PDF made (generator/pdf, WeasyPrint);
2. as published, PDF cache full (a rebuild with the same data: ``mkdocs serve``, CI with its cache);
3. the same build with ``BTS_GUIDE_PDF=0`` (no PDF, no link to it).

Every build uses the same cache folder (``BTS_GUIDE_CACHE``; the compressed copies stay cached);
only its ``pdf/`` folder is emptied before each cold build.

Then, in this process, the PDF stage alone per notice (Markdown → HTML → WeasyPrint).
Prints a Markdown table (median of the runs, in seconds) and the PDFs' sizes.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from site_build import add_synthetic, copy_project, timed_build  # noqa: E402


def pdf_stage(root: Path) -> list[float]:
    """Seconds per notice of the PDF stage alone (print page → HTML → PDF), in this process, no cache."""
    from mkdocs.config import load_config

    from generator.merge import build_notices
    from generator.pdf import MarkdownSettings, notice_html, notice_pdf
    from generator.pipeline import load_and_check
    from generator.site import pages

    project, problems = load_and_check(root)
    assert not problems, problems.report()
    notices = build_notices(project)
    settings = MarkdownSettings.of(load_config(str(root / "mkdocs.yml")))
    prints = pages.print_pages(notices, dt.date.today(), departments=project.content.departments, site=project.content.site)
    times = []
    for path, page in prints.items():
        start = time.perf_counter()
        notice_pdf(notice_html(page.markdown, page.title, project.content.interface, settings), path)
        times.append(time.perf_counter() - start)
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--academies", type=int, default=0)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bts-bench-pdf-") as tmp:
        tmp_path = Path(tmp)
        root = copy_project(tmp_path)
        if args.academies:
            add_synthetic(root, args.academies)
        sessions = len(list((root / "academies").glob("*/[0-9][0-9][0-9][0-9].yaml")))
        cache = tmp_path / "cache"
        timed_build(root / "mkdocs.yml", tmp_path / "site-warmup", BTS_GUIDE_CACHE=str(cache))  # compressed copies cached
        cold, warm, without = [], [], []
        for _ in range(args.runs):  # interleaved, so that all see the same machine state
            shutil.rmtree(cache / "pdf", ignore_errors=True)
            cold.append(timed_build(root / "mkdocs.yml", tmp_path / "site-pdf", BTS_GUIDE_CACHE=str(cache)))
            warm.append(timed_build(root / "mkdocs.yml", tmp_path / "site-pdf", BTS_GUIDE_CACHE=str(cache)))
            without.append(timed_build(root / "mkdocs.yml", tmp_path / "site-nopdf", BTS_GUIDE_CACHE=str(cache), BTS_GUIDE_PDF="0"))
        sizes = sorted(p.stat().st_size for p in (tmp_path / "site-pdf").rglob("*.pdf"))
        a, w, b = statistics.median(cold), statistics.median(warm), statistics.median(without)
        os.environ["BTS_GUIDE_CACHE"] = str(tmp_path / "unused")
        stage = pdf_stage(root)
        count = max(len(sizes), 1)
        print(f"{sessions} sessions, {len(sizes)} PDFs, {os.cpu_count()} CPUs, {args.runs} runs (median, seconds)\n")
        print("| build | median | runs | cost of the PDFs |")
        print("| --- | --- | --- | --- |")
        print(f"| with the PDFs, cache empty | {a:.2f} | {', '.join(f'{x:.2f}' for x in cold)} | {a - b:+.2f} ({(a / b - 1) * 100:+.0f} %), {(a - b) / count:.2f} per PDF |")
        print(f"| with the PDFs, cache full | {w:.2f} | {', '.join(f'{x:.2f}' for x in warm)} | {w - b:+.2f} ({(w / b - 1) * 100:+.0f} %) |")
        print(f"| without (`BTS_GUIDE_PDF=0`) | {b:.2f} | {', '.join(f'{x:.2f}' for x in without)} | |")
        print(
            f"\nPDF stage alone, in-process (print page → HTML → WeasyPrint), per notice: median {statistics.median(stage):.2f} s, "
            f"min {min(stage):.2f}, max {max(stage):.2f}, total {sum(stage):.2f} (first one includes WeasyPrint's start-up)."
        )
        print(f"PDF sizes: {min(sizes) // 1024}–{max(sizes) // 1024} KiB, total {sum(sizes) // 1024} KiB.")


if __name__ == "__main__":
    main()
