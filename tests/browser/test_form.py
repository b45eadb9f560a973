"""The "List your program" form (/submit/program/, issue 20), driven in Chromium: every field
filled makes a file that `check` accepts in the sample site; invalid input is marked beside its
field and makes nothing; GitHub's prefilled new-file URL decodes back to the same file; it works
from the keyboard alone and has no axe-core violation with problems shown or the file made."""
from __future__ import annotations

import shutil
import subprocess
import sys
from urllib.parse import parse_qs, urlsplit

import pytest

from tests.browser.sitekit import AXE_JS, PAGES, ROOT, TODAY, VIEWPORTS
from tests.browser.test_axe import RUN_AXE, TAGS, describe

FORM = PAGES["submit-program"]
SLUG = "harbor-kite-lab"
# Every field, as the partner types it; the values carry quotes, a backslash, a colon and
# YAML's look-alikes ("no", "09801") that must stay text.
TEXT = {
    "#sh-f-slug": SLUG,
    "#sh-f-title": 'Harbor "Kite" Lab: no\\wind, no problem',
    "#sh-f-summary": "Students build kites # and test them: yes, 09801 times.",
    "#sh-f-grades": "6-8, 10",
    "#sh-f-cost-amount": "12.50",
    "#sh-f-cost-per": "per week",
    "#sh-f-location-name": "Harbor Discovery Science Center",
    "#sh-f-location-address": "12 Pier Road",
    "#sh-f-location-city": "Alder Bay",
    "#sh-f-location-zip": "98221",
    "#sh-f-schedule-start": "2027-06-21",
    "#sh-f-schedule-end": "2027-06-25",
    "#sh-f-schedule-times": "Mornings, 9:00 to 12:00",
    "#sh-f-deadline": "2027-05-01",
    "#sh-f-apply-url": "https://harbor-discovery.example.org/kites?x=1&y=2",
    "#sh-f-contact-name": "Camp coordinator",
    "#sh-f-contact-email": "kites@harbor-discovery.example.org",
    "#sh-f-contact-phone": "555-0142 x12",
    "#sh-f-languages": "en, es",
    "#sh-f-eligibility": "Anyone in grades 6 to 8, or 10.",
    "#sh-f-capacity": "24",
    "#sh-f-tags": "kites, wind, aerodynamics",
    "#sh-f-verified": TODAY,
    "#sh-f-verified-by": "Mina, program lead",
    "#sh-f-body": "Fly what you build.\n\n## What to bring\n\n- A water bottle\n- \"Sturdy\" shoes\n",
}
SELECTS = {"#sh-f-partner": "harbor-discovery-center", "#sh-f-type": "camp",
           "#sh-f-stage": "exploration", "#sh-f-availability": "waitlist"}
BOXES = ["sectors", "audience", "seasons", "supports", "focus"]


def open_form(new_page, site, viewport="desktop"):
    page = new_page(viewport=VIEWPORTS[viewport])
    page.goto(site.page(FORM), wait_until="load")
    return page


def fill_every_field(page) -> None:
    for selector, value in SELECTS.items():
        page.select_option(selector, value)
    page.check("input[name=cost][value='']")
    page.check("input[name=location][value='']")
    page.select_option("#sh-f-location-region", "harbor-district")
    for selector, value in TEXT.items():
        page.fill(selector, value)
    for name in BOXES:
        page.locator(f"input[name={name}]").nth(0).check()
        page.locator(f"input[name={name}]").nth(1).check()
    for name in ("cost.financial_aid", "paid", "featured", "draft"):
        page.check(f"input[name='{name}']")


def made_file(page) -> str:
    page.click("#sh-form-make")
    page.wait_for_selector("#sh-form-result:not([hidden])")
    return page.input_value("#sh-form-file")


def check_in_sample(tmp_path, name: str, text: str) -> subprocess.CompletedProcess:
    source = tmp_path / "src"
    source.mkdir()
    shutil.copy(ROOT / "site.yaml", source / "site.yaml")
    shutil.copytree(ROOT / "content", source / "content")
    (source / "content" / "programs" / name).write_text(text, encoding="utf-8")
    return subprocess.run([sys.executable, str(ROOT / "build.py"), "check", "--source",
                           str(source), "--today", TODAY, "--drafts"],
                          capture_output=True, text=True)


def test_every_field_makes_a_file_that_passes_check(site, new_page, tmp_path):
    page = open_form(new_page, site)
    fill_every_field(page)
    text = made_file(page)
    assert page.inner_text("#sh-form-path") == f"content/programs/{SLUG}.md"
    assert text.startswith("---\n")
    for line in ('title: "Harbor \\"Kite\\" Lab: no\\\\wind, no problem"', 'partner: "harbor-discovery-center"',
                 'grades: ["6-8", "10"]', "cost:", '  amount: "12.50"', "  financial_aid: true",
                 '  zip: "98221"', "draft: true", f'verified: "{TODAY}"'):
        assert f"\n{line}\n" in text, line
    assert text.endswith("\n---\nFly what you build.\n\n## What to bring\n\n- A water bottle\n"
                         "- \"Sturdy\" shoes\n")
    run = check_in_sample(tmp_path, f"{SLUG}.md", text)
    assert run.returncode == 0 and run.stdout.splitlines()[-1].startswith("0 errors"), run.stdout
    ours = [line for line in run.stdout.splitlines() if f"programs/{SLUG}.md" in line]
    # featured asks for a translation into each of the site's languages: a warning, not an error
    assert all(": warning: featured:" in line for line in ours), run.stdout


def test_the_smallest_file_free_and_online_passes_check(site, new_page, tmp_path):
    page = open_form(new_page, site, "phone")
    page.fill("#sh-f-title", "Online Kite Talk")
    assert page.input_value("#sh-f-slug") == "online-kite-talk"  # made from the name
    page.select_option("#sh-f-partner", "harbor-discovery-center")
    page.fill("#sh-f-summary", "A talk about kites.")
    page.select_option("#sh-f-type", "workshop")
    page.check("input[name=sectors][value=aerospace]")
    page.fill("#sh-f-grades", "K-12")
    page.check("input[name=cost][value=free]")
    page.check("input[name=location][value=online]")
    assert page.locator("#sh-f-location-name").is_hidden()
    page.fill("#sh-f-verified", TODAY)
    text = made_file(page)
    assert 'cost: "free"\n' in text and 'location: "online"\n' in text and "amount" not in text
    run = check_in_sample(tmp_path, "online-kite-talk.md", text)
    assert run.returncode == 0 and "online-kite-talk" not in run.stdout, run.stdout


def test_a_new_partner_is_named_by_its_file(site, new_page):
    page = open_form(new_page, site)
    assert page.locator("#sh-f-partner-new").is_hidden()
    page.select_option("#sh-f-partner", "(new)")
    page.fill("#sh-f-partner-new", "Kite Club")
    page.click("#sh-form-make")
    assert page.get_attribute("#sh-f-partner-new", "aria-invalid") == "true"
    page.fill("#sh-f-partner-new", "kite-club")
    page.click("#sh-form-make")
    assert page.get_attribute("#sh-f-partner-new", "aria-invalid") is None


@pytest.mark.parametrize("selector, value", [
    ("#sh-f-apply-url", "javascript:alert(1)"),
    ("#sh-f-apply-url", "harbor-discovery.example.org/kites"),
    ("#sh-f-contact-email", "Kites <kites@example.org>"),
    ("#sh-f-grades", "6-13"),
    ("#sh-f-capacity", "0"),
    ("#sh-f-slug", "high-school-robotics-team"),  # taken
    ("#sh-f-slug", "Kite Lab"),
    ("#sh-f-title", "Kite\u202eLab"),
    ("#sh-f-title", ""),  # needed
    ("#sh-f-verified", ""),  # needed
])
def test_invalid_input_is_marked_beside_its_field_and_makes_nothing(site, new_page, selector, value):
    page = open_form(new_page, site)
    fill_every_field(page)
    page.fill(selector, value)
    page.click("#sh-form-make")
    field = page.locator(selector)
    error = selector[1:] + "-error"
    assert field.get_attribute("aria-invalid") == "true"
    assert error in field.get_attribute("aria-describedby").split()
    assert page.locator(f"#{error}").is_visible() and page.inner_text(f"#{error}").strip()
    assert page.locator("#sh-form-result").is_hidden()
    summary = page.locator("#sh-form-errors")
    assert summary.is_visible() and page.evaluate("document.activeElement.id") == "sh-form-errors"
    assert summary.locator("a").count() == 1
    summary.locator("a").click()
    assert page.evaluate("document.activeElement.id") == selector[1:]


def test_missing_choices_are_marked_and_make_nothing(site, new_page):
    page = open_form(new_page, site)
    page.click("#sh-form-make")
    for group in ("sectors", "cost", "location"):
        assert page.locator(f"#sh-f-{group}-error").is_visible(), group
        assert page.get_attribute(f"input[name={group}] >> nth=0", "aria-invalid") == "true"
    assert page.get_attribute("#sh-f-grades", "aria-invalid") == "true"  # students by default
    page.check("input[name=audience][value=educators]")
    page.click("#sh-form-make")
    assert page.get_attribute("#sh-f-grades", "aria-invalid") is None
    assert page.locator("#sh-form-result").is_hidden()


def test_github_url_decodes_back_to_the_same_file(site, new_page):
    page = open_form(new_page, site)
    fill_every_field(page)
    text = made_file(page)
    url = urlsplit(page.get_attribute("#sh-form-github", "href"))
    assert (url.scheme, url.netloc, url.path) == (
        "https", "github.com", "/cedar-valley-stem-example/directory/new/main")
    query = parse_qs(url.query, keep_blank_values=True, strict_parsing=True)
    assert query == {"filename": [f"content/programs/{SLUG}.md"], "value": [text]}
    assert page.locator("#sh-form-long").is_hidden()


def test_a_file_too_long_for_a_link_offers_download_and_copy(site, new_page):
    page = open_form(new_page, site)
    fill_every_field(page)
    page.fill("#sh-f-body", "Kites. " * 2000)
    made_file(page)
    assert page.locator("#sh-form-github").is_hidden() and page.locator("#sh-form-long").is_visible()
    assert page.get_attribute("#sh-form-download", "download") == f"{SLUG}.md"
    with page.expect_download() as download:
        page.click("#sh-form-download")
    assert download.value.suggested_filename == f"{SLUG}.md"


def test_keyboard_alone_fills_the_form_and_copies_the_file(site, new_page):
    page = open_form(new_page, site)
    page.context.grant_permissions(["clipboard-read", "clipboard-write"])
    page.focus("#sh-f-slug")

    def tab_to(element_id: str, limit: int = 80) -> None:
        for _ in range(limit):
            if page.evaluate("document.activeElement.id") == element_id:
                return
            page.keyboard.press("Tab")
        pytest.fail(f"Tab never reached #{element_id}")

    page.keyboard.type("kite-night")
    tab_to("sh-f-title")
    page.keyboard.type("Kite Night")
    tab_to("sh-f-partner")
    page.keyboard.press("ArrowDown")  # the first partner
    tab_to("sh-f-summary")
    page.keyboard.type("An evening of kites.")
    tab_to("sh-f-type")
    page.keyboard.press("ArrowDown")
    page.keyboard.press("Tab")  # stage
    page.keyboard.press("Tab")  # the first sector
    page.keyboard.press("Space")
    page.focus("#sh-f-grades")
    page.keyboard.type("9-12")
    page.keyboard.press("Tab")  # the cost choice: Free
    page.keyboard.press("Space")
    tab_to("sh-f-paid")
    page.keyboard.press("Tab")  # the location choice: Online
    page.keyboard.press("Space")
    tab_to("sh-f-verified")
    year, month, day = TODAY.split("-")
    page.keyboard.type(month + day + year)  # a date box in en-US order
    tab_to("sh-form-make", 200)
    page.keyboard.press("Enter")
    assert page.locator("#sh-form-errors").is_hidden(), page.inner_text("#sh-form-errors")
    assert page.evaluate("document.activeElement.id") == "sh-form-result"
    tab_to("sh-form-copy")
    page.keyboard.press("Enter")
    page.wait_for_function("document.getElementById('sh-form-status').textContent !== ''")
    assert page.evaluate("navigator.clipboard.readText()") == page.input_value("#sh-form-file")
    assert 'cost: "free"' in page.input_value("#sh-form-file")


@pytest.mark.parametrize("viewport", list(VIEWPORTS))
def test_axe_with_problems_shown_and_with_the_file_made(site, new_page, viewport):
    url = site.page(FORM)
    page = new_page(viewport=VIEWPORTS[viewport], bypass_csp=True)
    page.goto(url, wait_until="load")
    page.click("#sh-form-make")
    page.add_script_tag(path=str(AXE_JS))
    violations = page.evaluate(RUN_AXE, TAGS)
    assert not violations, describe(f"problems shown at {viewport}", violations)
    fill_every_field(page)
    made_file(page)
    violations = page.evaluate(RUN_AXE, TAGS)
    assert not violations, describe(f"file made at {viewport}", violations)


def test_without_javascript_the_fields_show_and_say_how_else(site, new_page):
    page = new_page(viewport=VIEWPORTS["phone"], java_script_enabled=False)
    page.goto(site.page(FORM), wait_until="load")
    assert page.locator("#sh-form-nojs").is_visible()
    assert page.locator("#sh-form-make").is_hidden()
    assert page.locator("#sh-f-location-name").is_visible()
    assert page.locator("#sh-f-partner-new").is_visible()
    assert "mailto:" in page.get_attribute("#sh-form-nojs a", "href")
