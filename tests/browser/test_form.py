"""The "List your program" form (/submit/program/, issues 20 and 31), driven in Chromium: every
field filled makes a file that `check` accepts in the sample site; invalid input is marked beside
its field in check's words and makes nothing; dates are read as people write them; a new
organisation gets its partner file too, and both downloaded files pass `check`; GitHub's
prefilled new-file URL decodes back to the same file; the Spanish form speaks Spanish; it works
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
    "#sh-f-cost-per": "week",
    "#sh-f-location-name": "Harbor Discovery Science Center",
    "#sh-f-location-address": "12 Pier Road",
    "#sh-f-location-city": "Alder Bay",
    "#sh-f-location-zip": "98221",
    "#sh-f-schedule-start": "2027-06-21",
    "#sh-f-schedule-end": "2027-06-25",
    "#sh-f-schedule-time": "09:00-12:00",
    "#sh-f-schedule-times": "Bring a lunch on Friday",
    "#sh-f-deadline": "2027-05-01",
    "#sh-f-apply-url": "https://harbor-discovery.example.org/kites?x=1&y=2",
    "#sh-f-contact-name": "Camp coordinator",
    "#sh-f-contact-email": "kites@harbor-discovery.example.org",
    "#sh-f-contact-phone": "555-0142 x12",
    "#sh-f-languages": "en, es",
    "#sh-f-eligibility": "Anyone in grades 6 to 8, or 10.",
    "#sh-f-capacity": "24",
    "#sh-f-tags": "kites, wind, aerodynamics",
    "#sh-f-verified-by": "Mina, program lead",
    "#sh-f-body": "Fly what you build.\n\n## What to bring\n\n- A water bottle\n- \"Sturdy\" shoes\n",
}
SELECTS = {"#sh-f-partner": "harbor-discovery-center", "#sh-f-type": "camp",
           "#sh-f-stage": "exploration", "#sh-f-availability": "waitlist"}
BOXES = ["sectors", "audience", "seasons", "supports", "focus", "schedule.days"]


# Noon of the sample's today in the site's timezone (America/Los_Angeles): the files' verified date
NOON = f"{TODAY}T20:00:00Z"


def open_form(new_page, site, viewport="desktop", path=FORM, **options):
    page = new_page(viewport=VIEWPORTS[viewport], fixed_time=NOON, **options)
    page.goto(site.page(path), wait_until="load")
    return page


# Every field filled, in order: (CSS selector, which match, what to do, value)
STEPS = [*((selector, 0, "select", value) for selector, value in SELECTS.items()),
         ("input[name=cost][value='']", 0, "check", None),
         ("input[name=location][value='']", 0, "check", None),
         ("#sh-f-location-region", 0, "select", "harbor-district"),
         *((selector, 0, "fill", value) for selector, value in TEXT.items()),
         *((f"input[name='{name}']", nth, "check", None) for name in BOXES for nth in (0, 1)),
         *((f"input[name='{name}']", 0, "check", None) for name in ("cost.financial_aid", "paid"))]


def type_every_field(page) -> None:
    """Every field filled as a person does, one Playwright action each."""
    for selector, nth, action, value in STEPS:
        field = page.locator(selector).nth(nth)
        if action == "select":
            field.select_option(value)
        elif action == "check":
            field.check()
        else:
            field.fill(value)


FILL = """(steps) => {
  for (const [selector, nth, action, value] of steps) {
    const field = document.querySelectorAll(selector)[nth];
    if (action === "check") field.checked = true; else field.value = value;
    for (const type of ["input", "change"]) field.dispatchEvent(new Event(type, {bubbles: true}));
  }
}"""


def fill_every_field(page) -> None:
    """The same fields filled in one script, with the events the form listens to: for the tests
    of what the form does with what it is given (type_every_field shows the typing)."""
    page.evaluate(FILL, STEPS)


def made_file(page) -> str:
    page.click("#sh-form-make")
    page.wait_for_selector("#sh-form-result:not([hidden])")
    return page.input_value("#sh-form-file")


def check_in_sample(tmp_path, name: str, text: str, more=()) -> subprocess.CompletedProcess:
    """check on the sample site with the program file (and more: (path, downloaded file)) in
    place."""
    source = tmp_path / "src"
    source.mkdir()
    shutil.copy(ROOT / "site.yaml", source / "site.yaml")
    shutil.copytree(ROOT / "content", source / "content")
    (source / "content" / "programs" / name).write_text(text, encoding="utf-8")
    for rel, downloaded in more:
        shutil.copy(downloaded, source / rel)
    return subprocess.run([sys.executable, str(ROOT / "build.py"), "check", "--source",
                           str(source), "--today", TODAY, "--drafts"],
                          capture_output=True, text=True)


def test_every_field_makes_a_file_that_passes_check(site, new_page, tmp_path):
    page = open_form(new_page, site)
    type_every_field(page)
    text = made_file(page)
    assert page.inner_text("#sh-form-path") == f"content/programs/{SLUG}.md"
    assert text.startswith("---\n")
    for line in ('title: "Harbor \\"Kite\\" Lab: no\\\\wind, no problem"', 'partner: "harbor-discovery-center"',
                 'grades: ["6-8", "10"]', "cost:", '  amount: "12.50"', "  financial_aid: true",
                 '  zip: "98221"', '  start: "2027-06-21"', '  days: ["mon", "tue"]',
                 '  time: "09:00-12:00"', '  per: "week"', f'verified: "{TODAY}"'):
        assert f"\n{line}\n" in text, line
    assert text.endswith("\n---\nFly what you build.\n\n## What to bring\n\n- A water bottle\n"
                         "- \"Sturdy\" shoes\n")
    assert "featured" not in text and "draft" not in text  # staff decide those
    run = check_in_sample(tmp_path, f"{SLUG}.md", text)
    assert run.returncode == 0 and run.stdout.splitlines()[-1].startswith("0 errors"), run.stdout
    assert f"programs/{SLUG}.md" not in run.stdout


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
    text = made_file(page)
    assert 'cost: "free"\n' in text and 'location: "online"\n' in text and "amount" not in text
    run = check_in_sample(tmp_path, "online-kite-talk.md", text)
    assert run.returncode == 0 and "online-kite-talk" not in run.stdout, run.stdout


def test_a_new_organisation_gets_its_partner_file_and_both_pass_check(site, new_page, tmp_path):
    page = open_form(new_page, site)
    fill_every_field(page)
    assert page.locator("#sh-f-partner-new").is_hidden()
    page.select_option("#sh-f-partner", "(new)")
    page.fill("#sh-f-org-name", "Kite Club of Alder Bay")
    assert page.input_value("#sh-f-partner-new") == "kite-club-of-alder-bay"  # made from the name
    page.fill("#sh-f-partner-new", "Kite Club")
    page.click("#sh-form-make")
    assert page.get_attribute("#sh-f-partner-new", "aria-invalid") == "true"
    for field in ("kind", "summary"):
        assert page.get_attribute(f"#sh-f-org-{field}", "aria-invalid") == "true", field
    page.fill("#sh-f-partner-new", "kite-club")
    page.select_option("#sh-f-org-kind", "community")
    page.fill("#sh-f-org-summary", "Neighbours who build and fly kites with students.")
    page.fill("#sh-f-org-website", "https://kites.example.org/")
    page.fill("#sh-f-org-contact-email", "hello@kites.example.org")
    page.fill("#sh-f-org-body", "Founded by **three** teachers.")
    program = made_file(page)
    assert page.locator("#sh-form-partner-step").is_visible()
    partner = page.input_value("#sh-form-partner-file")
    assert page.inner_text("#sh-form-partner-path") == "content/partners/kite-club.md"
    assert 'partner: "kite-club"' in program and f'verified: "{TODAY}"' in partner
    assert partner.endswith("---\nFounded by **three** teachers.\n")
    for which in ("sh-form-partner", "sh-form"):  # two GitHub links, in numbered steps
        url = urlsplit(page.get_attribute(f"#{which}-github", "href"))
        assert url.path == "/cedar-valley-stem-example/directory/new/main"
    files = []
    for which in ("sh-form-partner", "sh-form"):
        with page.expect_download() as download:
            page.click(f"#{which}-download")
        files.append(tmp_path / download.value.suggested_filename)
        download.value.save_as(files[-1])
    assert [f.name for f in files] == ["kite-club.md", f"{SLUG}.md"]
    run = check_in_sample(tmp_path, f"{SLUG}.md", files[1].read_text(encoding="utf-8"),
                          [("content/partners/kite-club.md", files[0])])
    assert run.returncode == 0 and "kite-club" not in run.stdout and SLUG not in run.stdout, run.stdout


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
    ("#sh-f-location-zip", "9822"),
    ("#sh-f-deadline", "March 32"),
    ("#sh-f-schedule-end", "2027-06-20"),  # before the first day
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
    page = open_form(new_page, site, permissions=["clipboard-read", "clipboard-write"])
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
    tab_to("sh-f-deadline")
    page.keyboard.type("March 5")
    tab_to("sh-form-make", 200)
    page.keyboard.press("Enter")
    assert page.locator("#sh-form-errors").is_hidden(), page.inner_text("#sh-form-errors")
    assert page.evaluate("document.activeElement.id") == "sh-form-result"
    tab_to("sh-form-copy")
    page.keyboard.press("Enter")
    page.wait_for_function("document.getElementById('sh-form-status').textContent !== ''")
    assert page.evaluate("navigator.clipboard.readText()") == page.input_value("#sh-form-file")
    assert 'cost: "free"' in page.input_value("#sh-form-file")
    assert 'deadline: "2027-03-05"' in page.input_value("#sh-form-file")


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


@pytest.mark.parametrize("path, typed, read", [
    (FORM, "2027-03-05", "2027-03-05"), (FORM, "3/5/2027", "2027-03-05"),
    (FORM, "March 5", "2027-03-05"),  # the next March 5 from today (2026-12-01)
    (FORM, "Friday, March 5, 2027", "2027-03-05"), (FORM, "mar 5 27", "2027-03-05"),
    ("es/" + FORM, "5/3/2027", "2027-03-05"), ("es/" + FORM, "5 de marzo", "2027-03-05"),
    ("vi/" + FORM, "5/3/2027", "2027-03-05"),
])
def test_dates_are_read_as_people_write_them(site, new_page, path, typed, read):
    page = open_form(new_page, site, path=path)
    fill_every_field(page)
    page.fill("#sh-f-deadline", typed)
    page.locator("#sh-f-deadline").blur()
    assert page.locator("#sh-f-deadline-read").is_visible()  # "Read as Friday, March 5, 2027."
    assert "2027" in page.inner_text("#sh-f-deadline-read")
    assert f'\ndeadline: "{read}"\n' in made_file(page)


@pytest.mark.parametrize("selector, typed, said", [
    ("#sh-f-deadline", "next spring",
     "'next spring' is not a date; write it like March 5, 2027, 3/5/2027 or 2027-03-05"),
    ("#sh-f-deadline", "February 30, 2027",
     "February 30, 2027 is not a real date; check the month and the day"),
    ("#sh-f-schedule-end", "June 1, 2027",
     "June 1, 2027 is before the first day, 2027-06-21; check the dates"),
    ("#sh-f-location-zip", "9822",
     "'9822' is not a ZIP code; write 5 digits or ZIP+4 (98012 or 98012-1234)"),
    ("#sh-f-contact-email", "kites.example.org",
     "'kites.example.org' is not an e-mail address; write it like name@example.org"),
    ("#sh-f-capacity", "0", "0 is too small; the least allowed is 1"),
    ("#sh-f-schedule-time", "3:30pm-5pm",
     "'3:30pm-5pm' is not HH:MM-HH:MM; write 24-hour times like 15:30-17:00"),
])
def test_each_rule_says_what_check_says(site, new_page, selector, typed, said):
    page = open_form(new_page, site)
    fill_every_field(page)
    page.fill(selector, typed)
    page.click("#sh-form-make")
    assert page.inner_text(f"{selector}-error") == said


def test_the_spanish_form_speaks_spanish_and_writes_the_same_file(site, new_page):
    page = open_form(new_page, site, "phone", "es/" + FORM)
    assert page.inner_text("#sh-f-title-help") == \
        "El nombre que ven las familias, como máximo 120 caracteres."
    # English only in the partners' names, the records' own text, and the cost.per words a
    # partner types, marked as such
    english = page.locator("main [lang=en]")
    typed = page.locator("#sh-f-cost-per-help [lang=en]").all_inner_texts()
    assert typed == ["session", "hour", "day", "week", "month", "semester", "year", "program"]
    assert english.count() == page.locator("#sh-f-partner option[lang=en]").count() + 8 > 8
    fill_every_field(page)
    page.fill("#sh-f-location-zip", "9822")
    page.click("#sh-form-make")
    assert page.inner_text("#sh-f-location-zip-error").startswith("'9822' no es un código postal")
    page.fill("#sh-f-location-zip", "98221")
    assert f'\nverified: "{TODAY}"\n' in made_file(page)


def test_a_fixed_field_says_so_as_it_is_typed_so_the_next_click_lands(site, new_page):
    page = open_form(new_page, site, "phone")
    page.click("#sh-form-make")
    assert page.locator("#sh-f-grades-error").is_visible()
    page.fill("#sh-f-grades", "6-8")
    assert page.locator("#sh-f-grades-error").is_hidden()  # before the field is left
    page.fill("#sh-f-deadline", "3/5/2027")
    assert page.inner_text("#sh-f-deadline-read") == "Read as Friday, March 5, 2027."
    page.focus("#sh-f-grades")
    page.check("input[name=cost][value=free]")  # leaving the field moves nothing under it
    assert page.is_checked("input[name=cost][value=free]")
