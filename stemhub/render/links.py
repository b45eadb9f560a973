"""Link targets: what a Markdown link may point at, and whether a site path leads anywhere."""
from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import unquote

from ..problems import Problems, plural
from ..records.kinds import KINDS
from ..records.languages import language_name
from ..records.addresses import mailto_flaw, web_flaw
from ..records.validate import LANGUAGE_SHAPED
from ..source.files import SourceFile

_SCHEME = re.compile(r"^([a-z][a-z0-9+.-]*):", re.I)
# A relative link to a record's file or page ("../programs/x.md"): its kind folder and slug.
_KIND_PATH = re.compile(r"(?:^|/)(%s)/([a-z0-9-]+)(?:\.md)?/?$" % "|".join(KINDS))


@dataclass(frozen=True)
class Target:
    """A classified link target. kind: external, mail, site, fragment or bad."""

    kind: str
    path: str = ""  # site path without query or fragment ("/guides/x/")
    fragment: str = ""
    why: str = ""  # for bad targets: what to do instead


def classify(href: str) -> Target:
    """What a link target is; http(s) and mailto: targets follow the address rules of fields."""
    if not href.strip():
        return Target("bad", why="the link has no target; add one or remove the brackets")
    if href.startswith("#"):
        return Target("fragment", fragment=unquote(href[1:]))
    if "\\" in unquote(href):  # the parser has already written a backslash as %5C
        return Target("bad", why="it contains a backslash")
    if href.startswith("/") and not href.startswith("//"):
        path, _, fragment = href.partition("#")
        return Target("site", path.partition("?")[0], unquote(fragment))
    m = _SCHEME.match(re.sub(r"[\s\x00-\x1f]", "", unquote(href)))  # "java\tscript:" too
    scheme = m.group(1).lower() if m else ""
    if scheme in ("http", "https") and _SCHEME.match(href) and href[m.end():].startswith("//"):
        flaw = web_flaw(href)
        return Target("bad", why=f"it {flaw.clause}") if flaw else Target("external")
    if scheme == "mailto":
        why = mailto_flaw(href)
        return Target("bad", why=why) if why else Target("mail")
    if scheme == "tel":
        return Target("mail")
    if href.startswith("//"):
        return Target("bad", why="write it in full with https://")
    if scheme:
        return Target("bad", why=f"'{scheme}:' links are not allowed; use https://, mailto: "
                                 "or a site path like /programs/robotics-club/")
    return Target("bad", why=f"relative links do not work on the site; {suggest_site_path(href)}")


def suggest_site_path(href: str) -> str:
    m = _KIND_PATH.search(href.partition("#")[0])
    if m:
        kind, slug = m.groups()
        return f"use /{KINDS[kind].url_of(slug)}"
    return "use a site path that starts with / (like /programs/robotics-club/)"


def page_key(path: str) -> str:
    """The page a site path leads to: '/programs/x', '/programs/x/' and
    '/programs/x/index.html' all lead to 'programs/x/'."""
    path = unquote(path).lstrip("/")
    if path.endswith("index.html"):
        path = path[: -len("index.html")]
    if path and not path.endswith("/") and "." not in path.rsplit("/", 1)[-1]:
        path += "/"
    return path


@dataclass(frozen=True)
class Link:
    """A site link met in Markdown, to check once every page is known."""

    rel: str  # the file that links
    line: int
    path: str  # site path ("" for a fragment on the same page)
    fragment: str
    page: str  # the page the link is on, without its language's folder
    prefix: str = ""  # the folder of the language of the page it is on: "", "es/"

    @property
    def target(self) -> str:
        """The page it leads to, in the language of the page it is on."""
        return self.prefix + (page_key(self.path) if self.path else self.page)


def check_links(links: list[Link], ids: dict[str, set[str]], files: set[str],
                unpublished: dict[str, str], waiting: dict[str, str],
                problems: Problems) -> None:
    """Every site path leads to a page or file, and every fragment to an id on it, in the
    language of the page the link is on; a link shown in several languages is told once, in
    the first language it fails in. A link to the page of a record with errors (waiting: its
    page in every language -> its file) is no error: that file's first error counts them."""
    told = set()
    waits: dict[str, set[tuple]] = {}
    for link in links:
        here = (link.rel, link.line, link.path, link.fragment, link.page)
        own = page_key(link.path) if link.path else link.page
        on = waiting.get(link.prefix + own) or waiting.get(own)
        if on:
            if on != link.rel:
                waits.setdefault(on, set()).add(here)
            continue
        flaw = here not in told and _flaw(link, ids, files, unpublished)
        if flaw:
            told.add(here)
            problems.error(link.rel, link.line, None, flaw, _unfoldered(own))
    problems.tell({rel: f"({plural(len(found), 'link')} to this page "
                        f"{'waits' if len(found) == 1 else 'wait'} on it)"
                   for rel, found in waits.items()})


def _unfoldered(key: str) -> str:
    """A page without its language's folder ("es/programs/x/" -> "programs/x/")."""
    folder, _, rest = key.partition("/")
    return rest if LANGUAGE_SHAPED.match(folder) else key


def waiting_pages(unread: list[SourceFile], prefixes: list[str]) -> dict[str, str]:
    """The page of every record file with errors, in every language's folder -> the file."""
    return {prefix + KINDS[f.kind].url_of(f.slug): f.rel for f in unread for prefix in prefixes}


def _flaw(link: Link, ids: dict[str, set[str]], files: set[str],
          unpublished: dict[str, str]) -> str | None:
    own = page_key(link.path) if link.path else link.page
    shown = (link.path or "") + (f"#{link.fragment}" if link.fragment else "")
    if own in unpublished:
        return f"the link {shown} leads to {unpublished[own]}; it is not published"
    key = own if own in files else link.prefix + own
    if key not in ids and key not in files:
        return f"the link {shown} leads to no page or file of this site; check the path"
    if link.fragment and link.fragment not in ids.get(key, ()):
        return (f"the link {shown} leads to no heading '{link.fragment}' on /{key}"
                + _in_translation(link, own, ids))
    return None


def _in_translation(link: Link, own: str, ids: dict[str, set[str]]) -> str:
    """Why a heading found in the first language is missing in a translation, and what to do."""
    if not link.prefix or link.fragment not in ids.get(own, ()):
        return ""
    return (f", the {language_name(link.prefix.strip('/'))} page, whose headings are "
            "translated; translate this page too, linking to that page's own heading, or leave "
            f"out '#{link.fragment}'")
