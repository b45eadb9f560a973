"""Derived facts (content-model.md, "Derived by the build" and "Lists"): status, stale, what is
listed where and in which order, drafts and unpublished updates, pagination, browse pages,
featured programs and the announcement. Unit calls of stemhub.site.catalog plus real builds."""
from __future__ import annotations

import re
from datetime import date, timedelta
from pathlib import Path
from types import SimpleNamespace

import pytest

from stemhub import build as build_module
from stemhub.site.catalog import program_order, published, status
from tests.conftest import SITE_YAML, TODAY, SiteFolder, days
from tests.rulekit import PROG, partner, program


@pytest.fixture
def site(core_site: SiteFolder) -> SiteFolder:
    """Every feature off: these are rules of the core."""
    return core_site


DAY = date.fromisoformat(TODAY)


def ns(**fields) -> SimpleNamespace:
    base = {"availability": "open", "schedule": None, "deadline": None}
    return SimpleNamespace(**{**base, **fields})


def sched(start=None, end=None) -> SimpleNamespace:
    return SimpleNamespace(start=start, end=end, times=None)


def cards(html: str) -> list[str]:
    """Slugs of the program cards on a page, in page order."""
    return re.findall(r'<article class="sh-card">\s*<h3><a href="/programs/([a-z0-9-]+)/">', html)


def page(out: Path, url: str) -> str:
    return (out / url / "index.html").read_text(encoding="utf-8")


def exists(out: Path, url: str) -> bool:
    return (out / url / "index.html").is_file()


def section(html: str, section_id: str) -> str:
    """The text of the <section> labelled by section_id ('' when there is none)."""
    m = re.search(r'<section aria-labelledby="%s".*?</section>' % re.escape(section_id), html,
                  re.S)
    return m.group(0) if m else ""


# --- status: unit ------------------------------------------------------------------------

@pytest.mark.parametrize("fields, expected", [
    ({"availability": "cancelled"}, "cancelled"),
    ({"availability": "cancelled", "deadline": DAY + timedelta(days=5)}, "cancelled"),
    ({"availability": "cancelled", "schedule": sched(end=DAY - timedelta(days=9))}, "cancelled"),
    ({"schedule": sched(end=DAY - timedelta(days=1))}, "ended"),
    ({"schedule": sched(end=DAY - timedelta(days=1)),
      "deadline": DAY - timedelta(days=30)}, "ended"),
    ({"schedule": sched(end=DAY)}, "open"),
    ({"schedule": sched(start=DAY - timedelta(days=100))}, "open"),
    ({"deadline": DAY - timedelta(days=1)}, "closed"),
    ({"deadline": DAY - timedelta(days=1), "availability": "full"}, "closed"),
    ({"deadline": DAY}, "closing-soon"),
    ({"deadline": DAY + timedelta(days=1)}, "closing-soon"),
    ({"deadline": DAY + timedelta(days=14)}, "closing-soon"),
    ({"deadline": DAY + timedelta(days=15)}, "open"),
    ({"deadline": DAY + timedelta(days=200)}, "open"),
    ({}, "open"),
    ({"availability": "waitlist"}, "open"),
    ({"availability": "full", "deadline": DAY + timedelta(days=3)}, "closing-soon"),
], ids=lambda v: str(v) if isinstance(v, str) else None)
def test_status_unit(fields, expected):
    assert status(ns(**fields), DAY) == expected


# --- status: through a build -------------------------------------------------------------

BADGES = [
    ({"availability": "cancelled"}, "cancelled"),
    ({"schedule": f"{{start: {days(-60)}, end: {days(-1)}}}"}, "ended"),
    ({"schedule": f"{{start: {days(-60)}, end: {TODAY}}}"}, "open"),
    ({"deadline": days(-1)}, "closed"),
    ({"deadline": TODAY}, "closing-soon"),
    ({"deadline": days(14)}, "closing-soon"),
    ({"deadline": days(15)}, "open"),
    ({}, "open"),
]


@pytest.fixture(scope="module")
def badged(tmp_path_factory) -> Path:
    """One site with a program for each row of BADGES (program-0, program-1, ...), built once."""
    site = SiteFolder(tmp_path_factory.mktemp("badges") / "src", features=False)
    for n, (extra, _) in enumerate(BADGES):
        site.write(f"content/programs/program-{n}.md", program(**extra), dedent=False)
    return site.built()


@pytest.mark.parametrize("n, extra, badge", [(n, *row) for n, row in enumerate(BADGES)])
def test_status_badge_on_program_page(badged: Path, n: int, extra, badge):
    html = page(badged, f"programs/program-{n}").split('<section class="sh-similar"')[0]
    badges = re.findall(r'sh-badge sh-status-([a-z-]+)', html)  # the others' cards aside
    assert badges == [badge]


def test_deadline_day_is_still_open_to_apply(site: SiteFolder):
    """The deadline day itself is the last open day: closing soon, apply link still shown."""
    site.write(PROG, program(deadline=TODAY, apply_url="https://acme.example.org/apply"),
               dedent=False)
    out = site.built()
    html = page(out, "programs/robotics-club")
    assert "sh-status-closing-soon" in html
    assert 'href="https://acme.example.org/apply"' in html
    assert cards(page(out, "programs")) == ["robotics-club"]


def test_day_after_deadline_is_closed_no_apply_link(site: SiteFolder):
    site.write(PROG, program(deadline=days(-1), apply_url="https://acme.example.org/apply"),
               dedent=False)
    out = site.built()
    html = page(out, "programs/robotics-club")
    assert "sh-status-closed" in html
    assert 'href="https://acme.example.org/apply"' not in html


# --- stale -------------------------------------------------------------------------------

STALE_TEXT = "may be out of date"


STALE = [
    (days(-365), False),  # exactly stale_after_days ago: not more than
    (days(-366), True),
    (days(-10), False),
]


@pytest.fixture(scope="module")
def aging(tmp_path_factory) -> Path:
    """One site with a partner and its program verified on each day of STALE (partner-0 runs
    program-0, ...), built once."""
    site = SiteFolder(tmp_path_factory.mktemp("stale") / "src", features=False)
    for n, (verified, _) in enumerate(STALE):
        site.write(f"content/partners/partner-{n}.yaml", partner(verified=verified),
                   dedent=False)
        site.write(f"content/programs/program-{n}.md",
                   program(partner=f"partner-{n}", verified=verified), dedent=False)
    return site.built()


@pytest.mark.parametrize("n, verified, stale", [(n, *row) for n, row in enumerate(STALE)])
def test_stale_default_365_days(aging: Path, n: int, verified, stale):
    assert (STALE_TEXT in page(aging, f"programs/program-{n}")) is stale
    assert (STALE_TEXT in page(aging, f"partners/partner-{n}")) is stale


def test_stale_after_days_setting_respected(site: SiteFolder):
    site.write("site.yaml", SITE_YAML + "stale_after_days: 30\n")
    site.write(PROG, program(verified=days(-31)), dedent=False)
    site.write("content/partners/acme.yaml", partner(verified=days(-30)), dedent=False)
    out = site.built()
    assert STALE_TEXT in page(out, "programs/robotics-club")
    assert STALE_TEXT not in page(out, "partners/acme")


def test_stale_after_days_setting_longer_than_default(site: SiteFolder):
    site.write("site.yaml", SITE_YAML + "stale_after_days: 800\n")
    site.write(PROG, program(verified=days(-700)), dedent=False)
    out = site.built()
    assert STALE_TEXT not in page(out, "programs/robotics-club")


# --- ended and cancelled: page kept, left out of lists -----------------------------------

FULL = dict(seasons="[summer]", focus="[girls]",
            location="{name: Library, city: Northville, region: north}")
LISTS = ["programs", "browse/grade/6", "browse/type/club",
         "browse/sector/engineering-manufacturing", "browse/season/summer", "browse/focus/girls",
         "browse/region/north", "browse/free", "pathways/engineering-manufacturing"]


@pytest.mark.parametrize("gone, badge", [
    ({"availability": "cancelled"}, "cancelled"),
    ({"schedule": f"{{start: {days(-60)}, end: {days(-1)}}}"}, "ended"),
])
def test_ended_and_cancelled_keep_page_but_leave_lists(site: SiteFolder, gone, badge):
    site.write(PROG, program(featured="true", **FULL, **gone), dedent=False)
    site.write("content/programs/still-open.md",
               program(title="Still Open", featured="true", **FULL), dedent=False)
    out = site.built()
    html = page(out, "programs/robotics-club")
    assert "<h1>Robotics Club</h1>" in html
    assert f"sh-status-{badge}" in html
    assert "sh-notice" in html
    for url in LISTS:
        listed = page(out, url)
        assert "still-open" in cards(listed), url  # the list works...
        assert "robotics-club" not in listed, url  # ...and the ended one is not on it
    home = page(out, "")
    assert "/programs/still-open/" in home
    assert "/programs/robotics-club/" not in home
    partner_page = page(out, "partners/acme")
    past = section(partner_page, "sh-past")
    assert "Past programs" in past
    assert 'href="/programs/robotics-club/"' in past
    assert "robotics-club" not in cards(partner_page)
    assert "still-open" in cards(partner_page)
    assert "still-open" not in past


def test_cancelled_featured_closing_soon_not_on_home(site: SiteFolder):
    site.write(PROG, program(featured="true", deadline=days(3), availability="cancelled"),
               dedent=False)
    out = site.built()
    assert "/programs/robotics-club/" not in page(out, "")


def test_partner_without_past_programs_has_no_past_section(site: SiteFolder):
    out = site.built()
    assert "Past programs" not in page(out, "partners/acme")
    assert cards(page(out, "partners/acme")) == ["robotics-club"]


# --- order -------------------------------------------------------------------------------

def test_closed_programs_listed_after_open_ones(site: SiteFolder):
    site.write(PROG, program(title="Zebra Club"), dedent=False)  # open, no deadline
    site.write("content/programs/aardvark.md",
               program(title="Aardvark Club", deadline=days(-1)), dedent=False)  # closed
    site.write("content/programs/soon.md",
               program(title="Middle Club", deadline=days(5)), dedent=False)  # closing soon
    out = site.built()
    for url in ("programs", "browse/free", "browse/type/club", "partners/acme"):
        assert cards(page(out, url)) == ["soon", "robotics-club", "aardvark"], url
    listed = page(out, "programs")
    assert "sh-status-closed" in listed


ORDER = [  # (slug, title, deadline) in the expected list order
    ("zeta", "Zeta Camp", days(20)),
    ("apple", "Apple Camp", days(40)),
    ("x-banana", "banana camp", None),
    ("cherry-a", "cherry camp", None),
    ("cherry-b", "Cherry Camp", None),
    ("dates", "Dates Camp", None),
    ("old", "Aaa Old Camp", days(-3)),
    ("old-b", "aaa old camp", days(-2)),
]


def test_list_order_deadline_none_last_title_casefold_slug(site: SiteFolder):
    site.remove(PROG)
    for slug, title, deadline in reversed(ORDER):
        extra = {"deadline": deadline} if deadline else {}
        site.write(f"content/programs/{slug}.md", program(title=title, **extra), dedent=False)
    out = site.built()
    expected = [slug for slug, _, _ in ORDER]
    assert cards(page(out, "programs")) == expected
    assert cards(page(out, "browse/grade/7")) == expected
    assert cards(page(out, "partners/acme")) == expected


def test_program_order_unit():
    def p(slug, title, deadline=None, st="open"):
        return SimpleNamespace(slug=slug, title=title, deadline=deadline, status=st)
    items = [
        p("b", "Beta", st="closed", deadline=DAY - timedelta(days=1)),
        p("n2", "alpha"),
        p("n1", "Alpha"),
        p("late", "Zed", DAY + timedelta(days=60)),
        p("soon", "Zed", DAY + timedelta(days=2), "closing-soon"),
        p("n0", "Gamma"),
        p("a", "beta"),
    ]
    order = [x.slug for x in sorted(items, key=program_order)]
    assert order == ["soon", "late", "n1", "n2", "a", "n0", "b"]


# --- partners ----------------------------------------------------------------------------

def test_multi_partner_program_on_every_partner_page_lead_first(site: SiteFolder):
    site.write("content/partners/zeta-lab.yaml", partner(name="Zeta Lab"), dedent=False)
    site.write("content/partners/beta-works.yaml", partner(name="Beta Works"), dedent=False)
    site.write(PROG, program(partner="[zeta-lab, acme, beta-works]"), dedent=False)
    out = site.built()
    for slug in ("zeta-lab", "acme", "beta-works"):
        assert cards(page(out, f"partners/{slug}")) == ["robotics-club"], slug
    html = page(out, "programs/robotics-club")
    partners = re.findall(r'<a href="/partners/([a-z0-9-]+)/">', section(html, "sh-partners"))
    assert partners == ["zeta-lab", "acme", "beta-works"]


def test_partner_page_lists_only_programs_naming_it(site: SiteFolder):
    site.write("content/partners/other.yaml", partner(name="Other Org"), dedent=False)
    site.write("content/programs/other-club.md", program(title="Other Club", partner="other"),
               dedent=False)
    out = site.built()
    assert cards(page(out, "partners/acme")) == ["robotics-club"]
    assert cards(page(out, "partners/other")) == ["other-club"]


# --- drafts ------------------------------------------------------------------------------

def test_draft_program_not_built(site: SiteFolder):
    site.write("content/programs/secret.md", program(title="Secret Club", draft="true"),
               dedent=False)
    out = site.built()
    assert not (out / "programs/secret").exists()
    assert "secret" not in cards(page(out, "programs"))
    assert "/programs/secret/" not in page(out, "partners/acme")
    assert "Secret Club" not in page(out, "browse/type/club")


def test_draft_program_built_with_drafts_flag(site: SiteFolder):
    site.write("content/programs/secret.md", program(title="Secret Club", draft="true"),
               dedent=False)
    out = site.built("--drafts")
    assert "<h1>Secret Club</h1>" in page(out, "programs/secret")
    assert "secret" in cards(page(out, "programs"))


@pytest.mark.parametrize("kind, text", [
    ("guides", "---\ntitle: Hidden Guide\nsummary: Not yet.\naudience: [partners]\n"
               "updated: 2026-11-01\ndraft: true\n---\nBody.\n"),
    ("pages", "---\ntitle: Hidden Page\ndraft: true\n---\nBody.\n"),
    ("updates", "---\ntitle: Hidden Update\ndate: 2026-11-01\nsummary: Not yet.\n"
                "draft: true\n---\nBody.\n"),
])
def test_draft_guide_page_update_not_built(site: SiteFolder, kind, text):
    site.write(f"content/{kind}/hidden.md", text, dedent=False)
    url = "hidden" if kind == "pages" else f"{kind}/hidden"
    assert not exists(site.built(), url)
    site2 = SiteFolder(site.root.parent / "src2", features=False)
    site2.write(f"content/{kind}/hidden.md", text, dedent=False)
    out2 = site2.root.parent / "out2"
    assert site2.build(out2, "--drafts").code == 0
    assert exists(out2, url)


def _catalogs(monkeypatch) -> list:
    seen = []
    real = build_module.link

    def spy(*args, **kwargs):
        catalog = real(*args, **kwargs)
        seen.append(catalog)
        return catalog
    monkeypatch.setattr(build_module, "link", spy)
    return seen


TRANSLATION = "---\ntitle: Club de robótica\nsummary: Robots después de clases.\n---\nRobots.\n"


def test_translation_of_draft_not_published(site: SiteFolder, monkeypatch):
    seen = _catalogs(monkeypatch)
    site.write(PROG, program(draft="true"), dedent=False)
    site.write("content/programs/robotics-club.es.md", TRANSLATION, dedent=False)
    site.write("content/programs/other-club.md", program(title="Other Club"), dedent=False)
    site.write("content/programs/other-club.es.md", TRANSLATION, dedent=False)
    out = site.built()
    catalog = seen[-1]
    assert "robotics-club" not in catalog.items["programs"]
    assert not any("es" in item.translations and item.slug == "robotics-club"
                   for item in catalog.all("programs"))
    assert "es" in catalog.items["programs"]["other-club"].translations  # control
    assert not (out / "es/programs/robotics-club").exists()
    assert not (out / "programs/robotics-club").exists()


def test_published_unit():
    def entry(kind, **rec):
        base = {"draft": False, "date": DAY, "publish_on": None}
        return SimpleNamespace(kind=kind, record=SimpleNamespace(**{**base, **rec}))
    assert published(entry("programs"), DAY, False) is None
    assert published(entry("programs", draft=True), DAY, False) is not None
    assert published(entry("programs", draft=True), DAY, True) is None
    assert published(entry("updates", publish_on=DAY), DAY, False) is None
    assert published(entry("updates", publish_on=DAY + timedelta(days=1)), DAY, False)
    assert published(entry("updates", date=DAY + timedelta(days=1)), DAY, False)
    assert published(entry("updates", date=DAY + timedelta(days=1)), DAY, True) is None
    assert published(entry("updates", date=DAY - timedelta(days=1)), DAY, False) is None


# --- updates not yet published -----------------------------------------------------------

def update(title: str, day: str, publish_on: str | None = None) -> str:
    extra = f"publish_on: {publish_on}\n" if publish_on else ""
    return f"---\ntitle: {title}\ndate: {day}\nsummary: News.\n{extra}---\nBody.\n"


def test_future_updates_not_built_today_ones_are(site: SiteFolder):
    site.write("content/updates/future-publish.md",
               update("Future Publish", days(-5), publish_on=days(1)), dedent=False)
    site.write("content/updates/future-date.md", update("Future Date", days(1)), dedent=False)
    site.write("content/updates/today-publish.md",
               update("Today Publish", days(-5), publish_on=TODAY), dedent=False)
    site.write("content/updates/today-date.md", update("Today Date", TODAY), dedent=False)
    out = site.built()
    assert not exists(out, "updates/future-publish")
    assert not exists(out, "updates/future-date")
    assert exists(out, "updates/today-publish")
    assert exists(out, "updates/today-date")
    listing = page(out, "updates")
    assert "Future Publish" not in listing and "Future Date" not in listing
    assert "Today Publish" in listing and "Today Date" in listing
    assert "Future Date" not in page(out, "")


def test_future_updates_built_with_drafts(site: SiteFolder):
    site.write("content/updates/future-publish.md",
               update("Future Publish", days(-5), publish_on=days(1)), dedent=False)
    site.write("content/updates/future-date.md", update("Future Date", days(1)), dedent=False)
    out = site.built("--drafts")
    assert exists(out, "updates/future-publish")
    assert exists(out, "updates/future-date")


# --- pagination --------------------------------------------------------------------------

def test_pagination_21_programs(site: SiteFolder):
    site.remove(PROG)
    for i in range(21):
        site.write(f"content/programs/p{i:02d}.md", program(title=f"Program {i:02d}"),
                   dedent=False)
    out = site.built()
    first, second = cards(page(out, "programs")), cards(page(out, "programs/page/2"))
    assert first == [f"p{i:02d}" for i in range(20)]
    assert second == ["p20"]
    assert not (out / "programs/page/1").exists()
    assert not (out / "programs/page/3").exists()
    assert 'href="/programs/page/2/"' in page(out, "programs")
    assert 'href="/programs/"' in page(out, "programs/page/2")
    # browse lists paginate the same way
    assert len(cards(page(out, "browse/free"))) == 20
    assert cards(page(out, "browse/free/page/2")) == ["p20"]
    assert not (out / "browse/free/page/1").exists()


def test_twenty_programs_is_one_page(site: SiteFolder):
    site.remove(PROG)
    for i in range(20):
        site.write(f"content/programs/p{i:02d}.md", program(title=f"Program {i:02d}"),
                   dedent=False)
    out = site.built()
    assert len(cards(page(out, "programs"))) == 20
    assert not (out / "programs/page").exists()


# --- browse pages ------------------------------------------------------------------------

TYPES = ("field-trip job-shadow internship apprenticeship mentoring camp club competition course "
         "dual-credit workshop career-event college-visit family-event "
         "professional-development").split()
SECTORS = ("engineering-manufacturing healthcare-life-sciences computer-science-it aerospace "
           "construction-trades maritime energy-environment agriculture-food digital-media-arts "
           "business-finance").split()
SEASONS = "school-year after-school weekends summer breaks".split()
FOCUS = ("girls students-of-color low-income rural first-generation english-learners "
         "students-with-disabilities foster-youth housing-insecure").split()
GRADE_URLS = ["pk", "k"] + [str(g) for g in range(1, 13)]


def test_browse_page_for_every_grade_and_word_even_empty(site: SiteFolder):
    site.write("site.yaml", SITE_YAML + "vocabularies:\n  types:\n"
                                        "    - slug: hackathon\n      name: Hackathon\n"
                                        "  focus:\n    - slug: veterans\n      name: Veterans\n")
    out = site.built()
    urls = ([f"browse/grade/{g}" for g in GRADE_URLS]
            + [f"browse/type/{w}" for w in TYPES + ["hackathon"]]
            + [f"browse/sector/{w}" for w in SECTORS]
            + [f"browse/season/{w}" for w in SEASONS]
            + [f"browse/focus/{w}" for w in FOCUS + ["veterans"]]
            + ["browse/region/north", "browse/region/south", "browse/free"])
    missing = [u for u in urls if not exists(out, u)]
    assert missing == []
    assert "No programs right now" in page(out, "browse/type/hackathon")
    assert "No programs right now" in page(out, "browse/grade/pk")
    assert "No programs right now" not in page(out, "browse/grade/7")
    assert cards(page(out, "browse/grade/6")) == ["robotics-club"]
    assert cards(page(out, "browse/grade/9")) == []
    assert not exists(out, "browse/grade/13")
    assert not exists(out, "browse/grade/0")


def test_browse_free_lists_free_programs_only(site: SiteFolder):
    site.write("content/programs/paid-camp.md",
               program(title="Paid Camp", cost="{amount: 25, per: day}"), dedent=False)
    site.write("content/programs/zero-camp.md",
               program(title="Zero Camp", cost="{amount: 0}"), dedent=False)
    out = site.built()
    assert cards(page(out, "browse/free")) == ["robotics-club", "zero-camp"]
    assert "paid-camp" in cards(page(out, "programs"))


def test_online_programs_in_no_region_list(site: SiteFolder):
    site.write("content/programs/north-club.md",
               program(title="North Club",
                       location="{name: Library, city: Northville, region: north}"),
               dedent=False)
    out = site.built()
    assert cards(page(out, "browse/region/north")) == ["north-club"]
    assert cards(page(out, "browse/region/south")) == []
    assert "robotics-club" in cards(page(out, "programs"))


def test_grade_range_spread_over_grade_pages(site: SiteFolder):
    site.write(PROG, program(grades='"K-2"'), dedent=False)
    out = site.built()
    for g in ("k", "1", "2"):
        assert cards(page(out, f"browse/grade/{g}")) == ["robotics-club"], g
    for g in ("pk", "3", "6"):
        assert cards(page(out, f"browse/grade/{g}")) == [], g


# --- featured ----------------------------------------------------------------------------

@pytest.mark.parametrize("extra, shown", [
    ({}, True),
    ({"deadline": days(30)}, True),
    ({"deadline": days(3)}, True),
    ({"deadline": days(-1)}, False),
    ({"schedule": f"{{start: {days(-60)}, end: {days(-1)}}}"}, False),
    ({"availability": "cancelled"}, False),
])
def test_featured_on_home_only_while_open_or_closing_soon(site: SiteFolder, extra, shown):
    site.write(PROG, program(featured="true", **extra), dedent=False)
    out = site.built()
    featured = section(page(out, ""), "sh-featured")
    assert ("/programs/robotics-club/" in featured) is shown


def test_not_featured_not_in_featured_section(site: SiteFolder):
    site.write("content/programs/star.md", program(title="Star Club", featured="true"),
               dedent=False)
    out = site.built()
    featured = section(page(out, ""), "sh-featured")
    assert "/programs/star/" in featured
    assert "/programs/robotics-club/" not in featured


# --- announcement ------------------------------------------------------------------------

@pytest.mark.parametrize("until, shown", [
    (None, True),
    (days(1), True),
    (TODAY, True),
    (days(-1), False),
])
def test_announcement_shown_through_until_inclusive(site: SiteFolder, until, shown):
    extra = f"  until: {until}\n" if until else ""
    site.write("site.yaml", SITE_YAML + "announcement:\n  text: Applications open soon\n" + extra)
    out = site.built()
    for url in ("", "programs", "programs/robotics-club", "partners/acme", "browse/free"):
        html = page(out, url)
        assert ("Applications open soon" in html) is shown, url
        assert ("sh-announcement" in html) is shown, url


def test_the_announcement_heads_the_home_page_and_sits_in_the_footer_of_every_other(
        site: SiteFolder):
    """Issue 35: on a phone, a program page's first screen is for its facts."""
    site.write("site.yaml", SITE_YAML + "announcement:\n  text: Applications open soon\n")
    out = site.built()
    for url in ("", "es", "programs", "programs/robotics-club", "partners/acme", "browse/free",
                "es/programs/robotics-club"):
        top, foot = page(out, url).split("<main", 1)[0], page(out, url).split("</main>", 1)[1]
        home = url in ("", "es")
        assert ("Applications open soon" in top, "Applications open soon" in foot) == (
            home, not home), url
