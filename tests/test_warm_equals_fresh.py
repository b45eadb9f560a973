"""Warm equals fresh, over generated edits: whatever the dev server kept in memory between
rebuilds (memo/in_memory.py), after any sequence of edits to any kind of record, translations,
templates, static files, logos and site.yaml, its folder and its problems are byte for byte
those of a dev server started afresh on the same files. Hypothesis draws the sequences (and
shrinks a failure to the shortest one that breaks the rule); the fixed example below keeps the
hand-picked sequence that came before it. Each edit is previewed, then rebuilt, as the server
does; the search index is left out (test_serve.py compares it after a few edits)."""
from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path
from unittest import mock

from hypothesis import HealthCheck, example, given, settings, strategies as st

from stemhub.options import NO_SEARCH_INDEX
from tests.conftest import PARTNER, PROGRAM, SITE_YAML, SiteFolder
from tests.test_serve import dev_site, tree

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 32


def program(title: str, grades: str = "6-8", partner: str = "acme") -> str:
    return (PROGRAM.replace("Robotics Club", title).replace("grades: 6-8", f"grades: {grades}")
            .replace("partner: acme", f"partner: {partner}"))


# Each edit: (what it is, the file, its new text or bytes, or None to delete it). Every kind a
# site reads is here at least twice, so a sequence can add, change and remove it again.
EDITS = [
    ("a new program", "content/programs/drone-lab.md", program("Drone Lab")),
    ("that program's grades", "content/programs/drone-lab.md", program("Drone Lab", "9-12")),
    ("that program deleted", "content/programs/drone-lab.md", None),
    ("a title edited", "content/programs/robotics-club.md", program("Robot Lab")),
    ("a record broken", "content/programs/robotics-club.md", "---\ntitle: Robot Lab\n"),
    ("the record as it was", "content/programs/robotics-club.md", PROGRAM),
    ("a broken link", "content/programs/drone-lab.md",
     program("Drone Lab").replace("Robots every Tuesday.", "See [it](/programs/no-such/).")),
    ("a partner renamed", "content/partners/acme.yaml", PARTNER.replace("Acme Robotics", "Acme")),
    ("a partner with a logo", "content/partners/acme.yaml", PARTNER + "logo: logos/acme.png\n"),
    ("the logo", "content/partners/logos/acme.png", PNG),
    ("the logo changed", "content/partners/logos/acme.png", PNG + b"\x01"),
    ("the logo deleted", "content/partners/logos/acme.png", None),
    ("a second partner", "content/partners/tide.yaml", PARTNER.replace("Acme Robotics", "Tide")),
    ("a program moved to it", "content/programs/robotics-club.md",
     program("Robotics Club", partner="tide")),
    ("a translation", "content/programs/robotics-club.es.md",
     "---\ntitle: Club de robótica\n---\nRobots los martes.\n"),
    ("the translation edited", "content/programs/robotics-club.es.md",
     "---\ntitle: Laboratorio de robots\n---\n"),
    ("the translation deleted", "content/programs/robotics-club.es.md", None),
    ("a guide", "content/guides/hosting.md",
     "---\ntitle: Hosting a class visit\nsummary: What a worksite needs.\n---\nPlan ahead.\n"),
    ("the guide edited", "content/guides/hosting.md",
     "---\ntitle: Hosting a visit\nsummary: What it needs.\n---\nSee [the club]"
     "(/programs/robotics-club/).\n"),
    ("an update", "content/updates/2026-11-20-fair.md",
     "---\ntitle: Career fair\ndate: 2026-11-20\nsummary: Meet employers.\n---\nCome by.\n"),
    ("the update deleted", "content/updates/2026-11-20-fair.md", None),
    ("a page", "content/pages/about.md", "---\ntitle: About us\n---\nWho we are.\n"),
    ("the page edited", "content/pages/about.md", "---\ntitle: About\n---\nWe are a network.\n"),
    ("a footer template", "templates/footer.html",
     '<footer class="sh-footer"><p>{{ _(site.title) }}: our own footer</p></footer>\n'),
    ("the footer edited", "templates/footer.html",
     '<footer class="sh-footer"><p>Another footer</p></footer>\n'),
    ("the footer deleted", "templates/footer.html", None),
    ("a static file", "static/extra.css", "body { margin: 0 }\n"),
    ("the static file edited", "static/extra.css", "body { margin: 1px }\n"),
    ("site.yaml's title", "site.yaml", SITE_YAML.replace("Test Network", "Tested Network")),
    ("site.yaml in one language", "site.yaml", SITE_YAML.replace("[en, es]", "[en]")),
    ("site.yaml as it was", "site.yaml", SITE_YAML),
]

HAND_PICKED = [0, 3, 7, 14, 15, 6, 4, 5, 2, 28]  # the sequence test_serve used to hold
LOGO = [9, 8, 10, 11]  # a logo added, used, changed, deleted


def apply(site: SiteFolder, rel: str, text: str | bytes | None) -> None:
    if text is None:
        if (site.root / rel).exists():
            site.remove(rel)
    else:
        site.write(rel, text, dedent=False)


@settings(max_examples=5, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(range(len(EDITS))), min_size=1, max_size=5))
@example(HAND_PICKED)
@example(LOGO)
def test_after_any_edits_a_warm_rebuild_equals_a_fresh_one(edits: list[int]):
    with tempfile.TemporaryDirectory() as scratch, mock.patch.dict(os.environ,
                                                                  {NO_SEARCH_INDEX: "1"}):
        tmp = Path(scratch)
        site = SiteFolder(tmp / "src")
        dev = dev_site(site, tmp)
        dev.rebuild()
        for n, index in enumerate(edits):
            what, rel, text = EDITS[index]
            apply(site, rel, text)
            dev.preview({str(site.root / rel)})  # the rebuild settles what it wrote
            dev.rebuild()
            fresh = dev_site(site, tmp, f"fresh-{n}")
            fresh.rebuild()
            assert dev.problems == fresh.problems, what
            ours, theirs = tree(dev.folder), tree(fresh.folder)
            if any(p.severity == "error" for p in dev.problems):  # the last good pages stay:
                ours = {k: ours.get(k) for k in theirs}  # every file a fresh server writes
            assert ours == theirs, f"after {[EDITS[i][0] for i in edits[:n + 1]]}"
            shutil.rmtree(fresh.folder)
