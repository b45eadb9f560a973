"""A program's printable flyer (issue 22) in Debian's Chromium: printed to PDF on Letter and on A4
paper it is exactly one page (pypdf counts them), for the sample program whose flyer has the most
text, a Spanish flyer and a program with every field at its longest; its QR code, read from the
screen by a real decoder (zxing-cpp), is the address of the program's page in the flyer's
language. (axe-core, the Nu checker, the CSP and tap-target checks cover the flyer pages of
PAGES.)"""
from __future__ import annotations

import io
import re
import shutil
from pathlib import Path

import pytest
import zxingcpp
from PIL import Image
from pypdf import PdfReader

from tests.browser.sitekit import DESKTOP, PAGES, ROOT, Server, build

ROOT_URL = "https://stem.cedarvalley.example.org/"  # the sample's base_url
SPANISH = PAGES["es-flyer"]
LONGEST = "programs/zz-every-field-at-its-longest/"
PRINTED = {"width": 703, "height": 1000}  # A4's width inside the margins (186 mm), the narrower


def _words(length: int, text: str = "Robotics and advanced manufacturing for families ") -> str:
    return (text * (length // len(text) + 1))[:length].strip().ljust(length, "x")


def _longest_program(partners: list[str]) -> str:
    """A program with each text field at its longest and every list as long as it may be."""
    email = "a" * 64 + "@" + ".".join(["b" * 63, "c" * 63, "d" * 57]) + ".org"
    return "\n".join([
        "---", f"title: {_words(120)}", f"partner: [{', '.join(partners[:10])}]",
        f"summary: {_words(300)}", "type: camp", "sectors: [aerospace, maritime]",
        "audience: [students, families, educators]", "grades: K-12",
        f"cost: {{amount: 12345.67, per: {_words(40, 'per week ')}, financial_aid: true}}",
        "paid: true",
        f"location: {{name: {_words(120)}, address: {_words(200, '12345 Long Road ')}, "
        f"city: {_words(120, 'Millbrook ')}, zip: 98233-1234, region: north-valley}}",
        f"schedule: {{start: 2027-01-04, end: 2027-06-18, times: {_words(200, 'Tuesdays ')}}}",
        "seasons: [school-year, after-school, weekends, summer, breaks]",
        "deadline: 2027-01-10", "apply_url: https://apply.example.org/" + "a" * 1900,
        f"contact: {{name: {_words(120, 'Coordinator ')}, email: {email}, "
        "phone: +1 (555) 010-0123 ext. 12345}",
        "languages: [en, es, vi, so, ar, zh, ru, ko, tl, uk]",
        "supports: [transportation, meals, stipend, childcare, devices, interpreters, "
        "disability-accommodations, scholarships]",
        f"eligibility: {_words(300)}", "verified: 2026-11-01", "---", "The longest flyer.", ""])


@pytest.fixture(scope="module")
def longest(browser_tmp):
    """The sample site with one more program, every field of its flyer at its longest."""
    source = browser_tmp / "longest-src"
    for name in ("content", "site.yaml"):
        copy = shutil.copytree if (ROOT / name).is_dir() else shutil.copy
        copy(ROOT / name, source / name if name == "content" else source)
    (source / "content/programs" / (LONGEST.split("/")[1] + ".md")).write_text(
        _longest_program(sorted(p.stem for p in (ROOT / "content/partners").glob("*.yaml"))),
        encoding="utf-8")
    out = build(browser_tmp / "longest", source=source)
    with Server(out) as server:
        yield server.url


def _most_text(out: Path) -> str:
    """The site path of the sample's flyer with the most text."""
    def size(path: Path) -> int:
        article = path.read_text(encoding="utf-8").split('<article class="sh-flyer">')[1]
        return len(re.sub(r"<svg.*?</svg>|<[^>]+>", "", article.split("</article>")[0]))
    return max(sorted(out.glob("programs/*/flyer/index.html")), key=size).parent.relative_to(
        out).as_posix() + "/"


def _printed_pages(page, paper: str) -> int:
    return len(PdfReader(io.BytesIO(page.pdf(format=paper))).pages)


@pytest.mark.parametrize("paper", ["Letter", "A4"])
def test_a_flyer_prints_on_one_page(site, longest, new_page, paper):
    for url in (site.page(_most_text(site.out)), site.page(SPANISH),
                longest + LONGEST + "flyer/"):
        page = new_page()
        assert page.goto(url).ok
        assert page.locator(".sh-qr-code").count() == 1
        assert _printed_pages(page, paper) == 1, f"{url} on {paper}"


CUT = """() => [...document.querySelectorAll(".sh-flyer *")].filter(
    e => getComputedStyle(e).webkitLineClamp !== "none" && e.scrollHeight > e.clientHeight + 1
).map(e => e.textContent)"""


def test_a_flyer_cuts_only_text_longer_than_a_page_holds(site, longest, new_page):
    """Printed, text beyond a few lines ends in "…": never on the sample's flyers."""
    for url, cut in ((site.page(_most_text(site.out)), False), (site.page(SPANISH), False),
                     (longest + LONGEST + "flyer/", True)):
        page = new_page(PRINTED)
        page.goto(url)
        page.emulate_media(media="print")
        assert bool(page.evaluate(CUT)) == cut, url


def _read_qr(page) -> str:
    shot = page.locator(".sh-qr-code").screenshot()
    [code] = zxingcpp.read_barcodes(Image.open(io.BytesIO(shot)))
    assert code.format == zxingcpp.BarcodeFormat.QRCode
    return code.text


def test_every_qr_code_reads_as_the_program_page_in_the_flyers_language(site, new_page):
    """Every sample flyer's code, and a Spanish one: one mask pattern serves them all."""
    page = new_page(DESKTOP)
    flyers = sorted(p.parent.relative_to(site.out).as_posix() + "/"
                    for p in site.out.glob("programs/*/flyer/index.html"))
    for path in flyers + [SPANISH]:
        page.goto(site.page(path))
        assert _read_qr(page) == ROOT_URL + path.removesuffix("flyer/"), path


def test_the_program_page_links_its_flyer_and_the_flyer_is_not_searched(site, new_page):
    page = new_page()
    page.goto(site.page(PAGES["program-open"]))
    page.get_by_role("link", name="Print a flyer").click()
    assert page.url == site.page(PAGES["flyer"])
    assert page.locator('meta[name="robots"][content="noindex"]').count() == 1
    assert page.locator("[data-pagefind-body], script").count() == 0
    index = (site.out / "pagefind").rglob("*.pf_fragment")
    assert index and not any(b"/flyer/" in _fragment(f) for f in index)


def _fragment(path: Path) -> bytes:
    import gzip
    return gzip.decompress(path.read_bytes())


# The lines an element's text falls on, as the browser lays them out.
LINES = """el => {
  const lines = [], walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT), range = document.createRange();
  let last = null;
  for (let node; (node = walker.nextNode());) for (let i = 0; i < node.length; i++) {
    range.setStart(node, i); range.setEnd(node, i + 1);
    const top = Math.round(range.getBoundingClientRect().top);
    if (last === null || top > last + 2) lines.push("");
    lines[lines.length - 1] += node.data[i]; last = top;
  }
  return lines;
}"""


@pytest.mark.parametrize("media, viewport", [("print", PRINTED), ("screen", DESKTOP)])
def test_a_flyer_prints_its_short_address_broken_only_at_slashes(site, new_page, media, viewport):
    """The page's address without https:// (the QR code holds it whole), in lines that break
    after a "/", at most two on paper; the sample's longest file name included. (On a phone's
    screen a piece wider than the line still wraps inside.)"""
    for path in (PAGES["flyer"], SPANISH, "programs/computer-science-principles-college-credit/flyer/"):
        page = new_page(viewport)
        page.emulate_media(media=media)
        page.goto(site.page(path))
        address = page.locator(".sh-flyer-address")
        assert address.inner_text().replace("\n", "") == \
            (ROOT_URL + path.removesuffix("flyer/")).removeprefix("https://")
        lines = address.evaluate(LINES)
        assert len(lines) <= 2 and all(line.endswith("/") for line in lines), (path, lines)
