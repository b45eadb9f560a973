"""`build.py digest` (issue 21): the newsletter's page of new updates, new programs and the
next 30 days' deadlines; nothing unpublished, absolute links, inline styles, no script."""
from __future__ import annotations

import re

from tests.conftest import PROGRAM_FRONT, TODAY, days
from tests.test_languages import git
from tests.test_staff_report import program

SINCE = days(-30)


def update(title: str, day: str, extra: str = "") -> str:
    return f"---\ntitle: {title}\ndate: {day}\nsummary: News.\n{extra}---\nText.\n"


def planted(site):
    site.write("content/updates/fresh.md", update("Fresh <b>News</b>", days(-2)))
    site.write("content/updates/stale.md", update("Stale News", days(-40)))
    site.write("content/updates/draft.md", update("Draft News", days(-1), "draft: true\n"))
    site.write("content/updates/future.md", update("Future News", days(3)))
    site.write("content/updates/later.md", update("Later News", days(-1),
                                                  f"publish_on: {days(2)}\n"))
    site.write("content/programs/robotics-club.md", PROGRAM_FRONT.replace(
        "verified: 2026-10-01", f"verified: {days(-60)}\ndeadline: {days(20)}"))
    site.write("content/programs/new-camp.md", program(
        "New Camp", verified=days(-3), deadline=days(45)))
    site.write("content/programs/new-draft.md", program(
        "New Draft", verified=days(-3), deadline=days(10), draft="true"))
    site.write("content/programs/new-closed.md", program(
        "New Closed", verified=days(-3), deadline=days(-1)))
    site.write("content/programs/far.md", program(
        "Far Deadline", verified=days(-90), deadline=days(31)))
    return site


def digest(site, *extra: str) -> str:
    result = site.run("digest", "--since", SINCE, "--source", str(site.root), "--today", TODAY,
                      *extra)
    assert result.code == 0, result.err
    return result.out


def titles(page: str, heading: str) -> list[str]:
    part = page.split(f">{heading}</h2>")[1].split("</h2>")[0] if f">{heading}<" in page else ""
    return re.findall(r'underline;">([^<]*(?:&lt;[^<]*)*)</a>', part)


def test_the_digest_holds_what_is_new_and_nothing_unpublished(site):
    page = digest(planted(site))
    assert titles(page, "News") == ["Fresh &lt;b&gt;News&lt;/b&gt;"]
    assert titles(page, "New programs") == ["New Camp"]
    assert titles(page, "Deadlines in the next 30 days") == ["Robotics Club"]
    for hidden in ("Draft News", "Future News", "Later News", "Stale News", "New Draft",
                   "New Closed", "Far Deadline"):
        assert hidden not in page
    assert '<a href="https://example.org/programs/new-camp/"' in page
    assert '<a href="https://example.org/updates/fresh/"' in page
    assert "Apply by January 15, 2027 · grades 6-8 · free · Acme Robotics" in page


def test_the_digest_is_an_email_page_styled_inline_without_script(site):
    page = digest(planted(site))
    assert page.startswith("<!DOCTYPE html>") and page.endswith("</html>\n")
    assert "<script" not in page and "<style" not in page and "class=" not in page
    assert "<link" not in page and "<img" not in page
    hrefs = re.findall(r'href="([^"]*)"', page)
    assert hrefs and all(h.startswith("https://example.org/") for h in hrefs)
    assert all("style=" in tag for tag in re.findall(r"<(?:a|h1|h2|p|table|td) [^>]*>", page))


def test_the_digest_is_written_to_a_file_with_out(site):
    out = site.root.parent / "digest.html"
    assert digest(planted(site), "--out", str(out)) == ""
    assert "New Camp" in out.read_text(encoding="utf-8")


def test_in_a_git_checkout_a_program_is_new_when_its_file_was_added_since(site):
    site.write("content/programs/old-but-verified.md", program(
        "Old But Verified", verified=days(-1), deadline=days(60)))
    git(site.root, "init", "-q")
    git(site.root, "add", ".")
    git(site.root, "commit", "-qm", "first", when=f"{days(-100)}T12:00:00")
    site.write("content/programs/added.md", program("Added Lately", verified=days(-200),
                                                    deadline=days(60)))
    git(site.root, "add", ".")
    git(site.root, "commit", "-qm", "more", when=f"{days(-10)}T12:00:00")
    site.write("content/programs/uncommitted.md", program("Not Committed", deadline=days(60)))
    assert titles(digest(site), "New programs") == ["Added Lately", "Not Committed"]


def test_a_per_word_reads_as_words_in_the_digest(site):
    site.write("content/programs/new-camp.md", program(
        "New Camp", verified=days(-3), deadline=days(45)).replace(
        "cost: free", "cost: {amount: 40, per: week}"))
    assert "grades 6-8 · $40 per week · Acme Robotics" in digest(site)
