"""Every page kind passes the Nu HTML Checker (npm vnu-jar, run with the machine's Java) with zero
errors. One JVM for all the files: it is slow to start."""
from __future__ import annotations

import json
import re
import shutil
import subprocess

import pytest

from tests.browser.sitekit import PAGES, VNU_JAR


def test_every_page_kind_is_valid_html(site, emptysite):
    java = shutil.which("java")
    assert java, "java is missing: run bash scripts/setup"
    assert VNU_JAR.is_file(), f"{VNU_JAR} is missing: run bash scripts/setup"
    files = {kind: site.file(path) for kind, path in PAGES.items()}
    files["browse-empty"] = emptysite.file(emptysite.empty)
    missing = [str(f) for f in files.values() if not f.is_file()]
    assert not missing, f"not built: {missing}"
    run = subprocess.run([java, "-jar", str(VNU_JAR), "--errors-only", "--format", "json",
                          *map(str, files.values())], capture_output=True, text=True, timeout=300)
    try:
        messages = json.loads(run.stderr or run.stdout)["messages"]
    except (ValueError, KeyError):
        pytest.fail(f"vnu gave no JSON (exit {run.returncode}):\n{run.stdout}\n{run.stderr}",
                    pytrace=False)
    errors = []
    for m in messages:
        if m.get("type") == "info":
            continue
        url = m.get("url", "?")
        where = re.sub(r"^file:/*", "/", url)
        for build in (site, emptysite):  # site/programs/x/index.html, site-empty/...
            if where.startswith(str(build.out) + "/"):
                where = where[len(str(build.out.parent)) + 1:]
        extract = " ".join((m.get("extract") or "").split())
        errors.append(f"{where}:{m.get('lastLine', '?')}:{m.get('firstColumn', m.get('lastColumn', '?'))}: "
                      f"{m.get('type')}: {m['message']}  [{extract[:100]}]")
    if errors:
        pytest.fail(f"{len(errors)} Nu HTML Checker error(s):\n" + "\n".join(errors), pytrace=False)
    assert run.returncode == 0, f"vnu exited {run.returncode}:\n{run.stderr}"

