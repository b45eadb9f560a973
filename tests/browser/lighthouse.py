"""Lighthouse (npm lighthouse, Debian's Chromium) on home, a browse list, program pages (open and
closed), a pathway, the glossary and search with results: the
scores of performance, accessibility, best practices and SEO, and the audits that cost points.

Used by test_lighthouse.py (each category must score at least 0.95). As a script it builds the
sample, runs these pages and prints the scores as a Markdown table, for the README:

    .venv/bin/python tests/browser/lighthouse.py [--json FILE]
"""
from __future__ import annotations

import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

if __package__ in (None, ""):  # run as a script
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tests.browser.sitekit import (  # noqa: E402
    BROWSE, CHROMIUM, CHROMIUM_ARGS, LIGHTHOUSE, PAGES, PROGRAM, Server, build,
)

CATEGORIES = ["performance", "accessibility", "best-practices", "seo"]
UNTIMED = CATEGORIES[1:]  # the scores that do not depend on the machine's load (the tests')
# Without performance nothing is timed: the page counts as loaded after a quarter second of quiet
# (Lighthouse waits a second after first paint, after load, and for quiet network and processor).
QUIET = {"pauseAfterFcpMs": 250, "pauseAfterLoadMs": 250, "networkQuietThresholdMs": 250,
         "cpuQuietThresholdMs": 250}
MINIMUM = 0.95
RUNNER = Path(__file__).with_name("lighthouse.mjs")
LIGHTHOUSE_PAGES = {"home": PAGES["home"], "browse": BROWSE, "program": PROGRAM,
                    "program-closed": PAGES["program-closed"], "pathway": PAGES["pathway"],
                    "glossary": PAGES["glossary"], "search": PAGES["search"] + "?q=robot&grade=7"}


def run(pages: dict[str, str], folder: Path, categories: list[str] = CATEGORIES) -> dict[str, dict]:
    """Lighthouse (mobile, simulated throttling: its defaults) on pages {name: url}, in one Node
    process and one Chromium (lighthouse.mjs). Returns {name: {"scores": {category: score},
    "costs": [audits that lost points], "warnings": [...], "report": path}}."""
    node = shutil.which("node")
    if not node or not LIGHTHOUSE.exists():
        raise RuntimeError(f"node or {LIGHTHOUSE} is missing: run bash scripts/setup")
    reports = {name: folder / f"lighthouse-{name}.json" for name in pages}
    job = folder / "lighthouse-job.json"
    job.write_text(json.dumps({"chrome": CHROMIUM, "flags": ["--headless=new", *CHROMIUM_ARGS],
                               "categories": categories,
                               "settings": {} if "performance" in categories else QUIET,
                               "pages": [[pages[n], str(reports[n])] for n in pages]}))
    proc = subprocess.run([node, str(RUNNER), str(job)], capture_output=True, text=True,
                          timeout=120 * len(pages))
    missing = [pages[n] for n in pages if not reports[n].exists()]
    if proc.returncode != 0 or missing:
        raise RuntimeError(f"lighthouse failed ({proc.returncode}) on {missing}:\n{proc.stdout}\n{proc.stderr}")
    return {name: _read(reports[name], categories) for name in pages}


def _read(report: Path, categories: list[str]) -> dict:
    data = json.loads(report.read_text())
    scores = {c: data["categories"][c]["score"] for c in categories}
    costs = []
    for c in categories:
        for ref in data["categories"][c]["auditRefs"]:
            audit = data["audits"][ref["id"]]
            if ref.get("weight", 0) > 0 and audit.get("score") is not None and audit["score"] < 1:
                items = (audit.get("details") or {}).get("items") or []
                detail = "; ".join(_item(i) for i in items[:3])
                costs.append(f"{c}: {audit['id']} (score {audit['score']}, weight {ref['weight']}) "
                             f"{audit.get('displayValue') or ''} {audit['title']}"
                             + (f" -- {detail}" if detail else ""))
    warnings = data.get("runWarnings") or []
    return {"scores": scores, "costs": costs, "warnings": warnings, "report": str(report)}


def _item(item: dict) -> str:
    parts = []
    for key in ("description", "url", "source", "node", "sourceLocation"):
        value = item.get(key)
        if isinstance(value, dict):
            value = value.get("selector") or value.get("url") or value.get("snippet")
        if value and isinstance(value, str) and value not in parts:
            parts.append(value[:160])
    return " ".join(parts) or json.dumps(item)[:160]


def table(results: dict[str, dict]) -> str:
    lines = ["| page | " + " | ".join(CATEGORIES) + " |", "|---" * (len(CATEGORIES) + 1) + "|"]
    for name, r in results.items():
        lines.append(f"| {name} | " + " | ".join(f"{round(r['scores'][c] * 100)}" for c in CATEGORIES) + " |")
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    out_json = Path(argv[argv.index("--json") + 1]) if "--json" in argv else None
    with tempfile.TemporaryDirectory() as tmp:
        out = build(Path(tmp) / "site")
        with Server(out) as server:
            results = run({name: server.url + path for name, path in LIGHTHOUSE_PAGES.items()},
                          Path(tmp))
        for result in results.values():
            result.pop("report")
    print(table(results))
    for name, r in results.items():
        for cost in r["costs"]:
            print(f"{name}: {cost}")
    if out_json:
        out_json.write_text(json.dumps(results, indent=2) + "\n")
    low = [(n, c) for n, r in results.items() for c, s in r["scores"].items() if s < MINIMUM]
    return 1 if low else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
