"""Plain words (issue 18): the glossary every site has at /glossary/, linked from the program facts
where its terms appear; pathway pages with stages in plain words, no grade fixed to a stage, a
short introduction and a grade filter that works without JavaScript."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.conftest import SiteFolder
from tests.rulekit import PROG, program


@pytest.fixture
def site(core_site: SiteFolder) -> SiteFolder:
    """Every feature off: these are rules of the core."""
    return core_site


TERMS = ("stipend", "dual-credit", "job-shadow", "pre-apprenticeship", "clock-hours",
         "financial-aid")


def glossary_links(page: str) -> list[str]:
    return re.findall(r'href="/glossary/#(sh-[a-z-]+)"', page)


def test_every_site_has_a_glossary_of_the_terms_families_meet(site: SiteFolder):
    page = site.page("glossary/", site.built())
    ids = re.findall(r'<dt id="(sh-[a-z-]+)">', page)
    assert ids == [f"sh-{t}" for t in TERMS]
    assert "<h1>Words explained</h1>" in page
    assert 'href="/glossary/"' in page  # the footer of every page links it


@pytest.mark.parametrize("fields, terms", [
    ({"paid": "true"}, ["sh-stipend"]),
    ({"supports": "[stipend]"}, ["sh-stipend"]),
    ({"type": "dual-credit"}, ["sh-dual-credit"]),
    ({"type": "job-shadow"}, ["sh-job-shadow"]),
    ({"cost": "{amount: 20, financial_aid: true}"}, ["sh-financial-aid"]),
    ({"cost": "{amount: 20}", "type": "camp"}, []),
])
def test_program_facts_link_the_terms_they_use(site: SiteFolder, fields, terms):
    site.write(PROG, program(**fields), dedent=False)
    out = site.built()
    assert glossary_links(site.page("programs/robotics-club/", out)) == terms
    ids = re.findall(r'id="(sh-[a-z-]+)"', site.page("glossary/", out))
    assert set(terms) <= set(ids)


def test_cards_keep_financial_aid_as_plain_words(site: SiteFolder):
    site.write(PROG, program(cost="{amount: 20, financial_aid: true}"), dedent=False)
    listing = site.page("programs/", site.built())
    assert "(financial aid available)" in listing and not glossary_links(listing)


def test_glossary_is_a_name_the_site_uses_itself(site: SiteFolder):
    site.write("content/pages/glossary.md", "---\ntitle: Glossary\n---\nHi\n")
    result = site.check()
    assert result.problems == ["content/pages/glossary.md:1: error: 'glossary' is a name the "
                               "site uses itself; choose another page file name"]


def test_pathway_stages_in_plain_words_with_no_grade_fixed_to_them(site: SiteFolder):
    site.write(PROG, program(stage="awareness", grades="11-12"), dedent=False)
    page = site.page("pathways/engineering-manufacturing/", site.built())
    main = page.split("<main", 1)[1]
    stages = re.findall(r'<h2 id="sh-stage-[a-z]+">([^<]+)</h2>', main)
    assert stages == ["Discover: find out what the work is", "Try it: get hands-on",
                      "Do it: real work experience"]
    assert not re.search(r"grade|\d", " ".join(stages), re.I)
    assert 'class="sh-lede">A career pathway has three steps' in main
    assert main.index("Robotics Club") < main.index('id="sh-stage-exploration"')


def test_pathway_grade_filter_works_without_javascript(site: SiteFolder):
    """A link per grade to an empty element before the stages; each card's item names its
    grades, so style.css hides the others while that element is the :target."""
    site.write(PROG, program(grades="K-1"), dedent=False)
    site.write("content/programs/teachers.md",
               program(title="Teachers", grades="5", audience="[educators]"), dedent=False)
    main = site.page("pathways/engineering-manufacturing/", site.built()).split("<main", 1)[1]
    assert re.findall(r'<span class="sh-grade-target" id="sh-grade-([a-z0-9]+)">', main) == \
        ["k", "1"]  # an educators' program's grades are those they teach: no grade 5
    assert re.findall(r'<a href="#(sh-grade[a-z0-9-]*)">', main) == \
        ["sh-grade-filter", "sh-grade-k", "sh-grade-1"]
    assert '<li class="sh-g-k sh-g-1">' in main
    assert main.index('id="sh-grade-1"') < main.index('<section class="sh-stage"')
    css = (Path(__file__).parent.parent / "stemhub/theme/static/style.css").read_text()
    for grade in ("pk", "k", *map(str, range(1, 13))):
        assert f"#sh-grade-{grade}:target~.sh-stage li:not(.sh-g-{grade})" in css
