"""sitemap.xml (the sitemaps.org protocol, 0.9): every public page of every language
(site/public.py) once, at its absolute URL, with lastmod where the records on it give a date;
on a site with more than one language each page also names its version in every language
(xhtml:link rel="alternate" hreflang, as Google reads them) and x-default, the first language's,
as the pages' heads do. One file holds at most 50,000 pages: a bigger site gets sitemap.xml as
an index of sitemap/1.xml, sitemap/2.xml, ... (no page may be named `sitemap`)."""
from __future__ import annotations

import xml.etree.ElementTree as ET
from typing import Iterable, Iterator

from ..problems import Problems
from ..site.public import Public
from .made import Made
from .scratch import scratch

SITEMAP = "http://www.sitemaps.org/schemas/sitemap/0.9"
XHTML = "http://www.w3.org/1999/xhtml"
MOST = 50_000  # pages in one sitemap file (the protocol's limit)


def files(made: Made, problems: Problems):
    root = made.catalog.settings.config.root_url
    folders = {e.lang: e.prefix for e in made.editions}
    pages = made.public
    chunks = [pages[i:i + MOST] for i in range(0, len(pages), MOST)]
    names = ["sitemap.xml"] if len(chunks) == 1 else \
        [f"sitemap/{n}.xml" for n in range(1, len(chunks) + 1)]
    with scratch(made) as write:  # each page's entry made and written one at a time
        for name, chunk in zip(names, chunks):
            yield name, write(_document("urlset", (_url(page, root, folders) for page in chunk),
                                        len(folders) > 1))
    if len(chunks) > 1:
        yield "sitemap.xml", "".join(_document("sitemapindex", [
            _sitemap(root + name, chunk) for name, chunk in zip(names, chunks)], False))


def _url(page: Public, root: str, folders: dict[str, str]) -> ET.Element:
    url = ET.Element("url")
    ET.SubElement(url, "loc").text = root + page.url
    if page.lastmod:
        ET.SubElement(url, "lastmod").text = page.lastmod.isoformat()
    if len(folders) > 1:
        path = page.url.removeprefix(folders[page.lang])
        for lang, folder in [*folders.items(), ("x-default", next(iter(folders.values())))]:
            ET.SubElement(url, "xhtml:link", rel="alternate", hreflang=lang,
                          href=root + folder + path)
    return url


def _sitemap(loc: str, pages: list[Public]) -> ET.Element:
    """An index's entry for one sitemap file: its URL, and the newest lastmod in it."""
    sitemap = ET.Element("sitemap")
    ET.SubElement(sitemap, "loc").text = loc
    newest = max(filter(None, (page.lastmod for page in pages)), default=None)
    if newest:
        ET.SubElement(sitemap, "lastmod").text = newest.isoformat()
    return sitemap


def _document(tag: str, children: Iterable[ET.Element], alternates: bool) -> Iterator[str]:
    """The XML document, piece by piece: its children may be made one at a time."""
    root = ET.Element(tag, {"xmlns": SITEMAP, **({"xmlns:xhtml": XHTML} if alternates else {})})
    yield "<?xml version='1.0' encoding='utf-8'?>\n"
    yield ET.tostring(root, encoding="unicode").removesuffix(" />") + ">"
    for child in children:
        ET.indent(child, level=1)
        yield "\n  " + ET.tostring(child, encoding="unicode")
    yield f"\n</{tag}>\n"
