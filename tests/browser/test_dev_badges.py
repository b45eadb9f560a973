"""The dev server's badges (dev/overlay.py, theme/dev/badges.js), in Chromium: a draft program and
an update scheduled for January are marked on their pages and beside every link to them (the
program's card, the home page's latest update), and a published record is not."""
from __future__ import annotations

from tests.browser.sitekit import PHONE
from tests.conftest import PROGRAM, SiteFolder
from tests.test_serve import start_server

NEWS = "---\ntitle: {}\ndate: {}\nsummary: News.\n---\nText.\n"


def test_drafts_and_scheduled_updates_are_badged_where_they_show(tmp_path, new_page):
    site = SiteFolder(tmp_path / "src")
    site.write("content/programs/draft-lab.md", PROGRAM.replace("Robotics Club", "Draft Lab")
               .replace("verified: 2026-10-01", "verified: 2026-10-01\ndraft: true"))
    site.write("content/updates/january.md", NEWS.format("January news", "2027-01-05"))
    site.write("content/updates/out.md", NEWS.format("Out now", "2026-11-20"))
    proc, port = start_server(site.root, tmp_path / "serve.log")
    try:
        page = new_page(viewport=PHONE)
        page.goto(f"http://127.0.0.1:{port}/", wait_until="load")
        latest = page.locator("#sh-latest + p")
        assert latest.locator(".sh-dev-badge").inner_text() == "Scheduled for January 5, 2027"
        page.goto(f"http://127.0.0.1:{port}/programs/", wait_until="load")
        draft = page.locator(".sh-card", has_text="Draft Lab")
        assert draft.locator(".sh-dev-badge").inner_text() == "Draft"
        assert page.locator(".sh-card", has_text="Robotics Club").locator(".sh-dev-badge").count() == 0
        page.goto(f"http://127.0.0.1:{port}/es/updates/january/", wait_until="load")
        assert page.locator("h1 .sh-dev-badge").inner_text() == "Scheduled for January 5, 2027"
        page.goto(f"http://127.0.0.1:{port}/updates/out/", wait_until="load")
        assert page.locator(".sh-dev-badge").count() == 0
    finally:
        proc.terminate()
        proc.wait(10)
