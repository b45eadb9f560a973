"""admin/ (Decap CMS, features/cms/admin.py) in Chromium: it loads every script from the site itself
under its own policy, with no CSP violation; its plain note shows when Decap cannot start; and
its forms open a free and online program, a partner written as .md and a translation with
working fields (Decap's in-browser test backend stands in for GitHub)."""
from __future__ import annotations

import json
import shutil
from urllib.parse import urlsplit

import yaml

from tests.browser.sitekit import Server
from tests.browser.test_csp import WATCH

NOTE = "#sh-admin-note"


def _watch(page, problems: list[str]) -> None:
    page.on("console", lambda m: m.type in ("error", "warning") and problems.append(
        f"console {m.type}: {m.text}"))
    page.on("pageerror", lambda e: problems.append(f"page error: {e}"))
    page.on("requestfailed", lambda r: problems.append(f"request failed: {r.url}"))
    page.add_init_script(WATCH)


def test_admin_loads_only_from_the_site_under_its_policy(site, new_page):
    page = new_page()
    problems, hosts, scripts = [], set(), []
    _watch(page, problems)
    page.on("request", lambda r: hosts.add(urlsplit(r.url).hostname))
    page.on("request", lambda r: r.resource_type == "script" and scripts.append(r.url))
    page.goto(site.page("admin/"))
    page.get_by_role("button", name="Login with GitHub").wait_for()
    problems += [f"CSP violation: {v}" for v in page.evaluate("window.__cspViolations || []")]
    # Decap's own remark on the test server's content type of config.yml is not a problem.
    problems = [p for p in problems if "config.yml was not yaml" not in p]
    assert problems == [] and hosts == {"127.0.0.1"}
    assert scripts == [site.page("admin/decap-cms.js"), site.page("admin/word-or-group.js")]
    assert not page.locator(NOTE).is_visible()


def test_admin_shows_its_note_when_decap_cannot_start(site, new_page):
    blocked = new_page()
    blocked.route("**/admin/decap-cms.js", lambda route: route.abort())
    no_script = new_page(java_script_enabled=False)
    for page in (blocked, no_script):
        page.goto(site.page("admin/"))
        page.wait_for_timeout(300)
        note = page.locator(NOTE)
        assert note.is_visible() and "has not started" in note.inner_text()
        assert note.get_by_role("link").get_attribute("href") == \
            "https://github.com/cedar-valley-stem-example/directory/tree/main/content"


PROGRAM = ("---\ntitle: {title}\npartner: acme\nsummary: S.\ntype: camp\nsectors: [aerospace]\n"
           "grades: 6-8\ncost: {cost}\nlocation: {location}\nverified: 2026-10-01\n---\nBody.\n")
FILES = {
    "content/programs": {
        "free.md": PROGRAM.format(title="Free Camp", cost="free", location="online"),
        "free.es.md": "---\ntitle: Campamento gratis\n---\nCuerpo.\n",
        "paid.md": PROGRAM.format(title="Paid Camp", cost="{amount: 25, per: week}",
                                  location="{name: Hall, city: Town, region: north}")},
    "content/partners": {
        "acme.md": "---\nname: Acme\nkind: industry\nsummary: S.\nverified: 2026-10-01\n---\nA.\n",
        "acme.es.md": "---\nsummary: Resumen.\n---\n",
        "beta.yaml": "name: Beta\nkind: industry\nsummary: S.\nverified: 2026-10-01\n"},
}


def _repo_files() -> dict:
    """window.repoFiles of Decap's test backend: each folder by its path (to list it) and as
    nested folders (to read a file)."""
    files = {folder: {name: {"content": text} for name, text in names.items()}
             for folder, names in FILES.items()}
    nested = {"content": {folder.split("/")[1]: names for folder, names in files.items()}}
    return {**files, **nested}


def test_admin_forms_open_free_online_md_partners_and_translations(site, new_page):
    out = site.tmp / "admin-test-backend"
    shutil.rmtree(out, ignore_errors=True)
    shutil.copytree(site.out / "admin", out / "admin")
    shutil.copytree(site.out / "static", out / "static")
    config = yaml.safe_load((out / "admin/config.yml").read_text(encoding="utf-8"))
    config["backend"] = {"name": "test-repo"}
    (out / "admin/config.yml").write_text(yaml.safe_dump(config), encoding="utf-8")
    with Server(out) as server:
        def opened(fragment: str):
            page = new_page(own=True)  # Decap keeps its login in the context's storage
            problems = []
            page.on("pageerror", lambda e: problems.append(f"page error: {e}"))
            page.add_init_script(f"window.repoFiles = {json.dumps(_repo_files())}")
            page.goto(server.url + "admin/")
            page.get_by_role("button", name="Login").click()
            page.goto(server.url + "admin/#/" + fragment)
            page.wait_for_timeout(1500)
            assert problems == [], fragment
            return page

        free = opened("collections/programs/entries/free")
        assert free.get_by_label("free", exact=True).is_checked()
        assert free.get_by_label("online", exact=True).is_checked()
        paid = opened("collections/programs/entries/paid")
        assert not paid.get_by_label("free", exact=True).is_checked()
        assert paid.get_by_label("online", exact=True).is_checked() is False
        assert paid.locator("input[value='Hall']").count() == 1
        partners = opened("collections/partners-md")
        assert partners.get_by_text("Acme", exact=True).count() == 1
        programs = opened("collections/programs")  # Decap lists every .md file there...
        assert programs.get_by_text("Campamento gratis").count() == 1
        programs.get_by_role("button", name="Filter by").click()
        programs.get_by_text("Hide translations").click()  # ...until this filter is on
        programs.wait_for_timeout(300)
        assert programs.get_by_text("Campamento gratis").count() == 0
        assert programs.get_by_text("Free Camp").count() == 1
        spanish = opened("collections/programs-es")
        assert spanish.get_by_text("Campamento gratis").count() == 1
        assert spanish.get_by_text("Free Camp").count() == 0
