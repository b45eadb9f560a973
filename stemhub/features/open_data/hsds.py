"""The listings in Open Referral's Human Services Data Specification 3.0, under /data/hsds/, so
that 211 and community-resource directories can take them (docs/open-data.md, "HSDS"). Each
file is what the HSDS API's list endpoint answers, one page holding everything: services.json
(each listed program, fully nested: hsds_service.py), organizations.json (each
published partner), taxonomies.json and taxonomy_terms.json (the words attributes name:
hsds_terms.py). Every id is a UUID derived from the site's address and the record
(uuid5), so the same record keeps its ids from build to build."""
from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Iterable, Iterator
from uuid import NAMESPACE_URL, uuid5

from ...problems import Problems
from ...render import i18n
from .jsontext import with_list
from .hsds_service import attributes, contacts, given, service
from .hsds_terms import TAXONOMIES, partner_facts, terms
from ...outputs.made import Made
from ...outputs.scratch import scratch

TERMS_FILE = "data/hsds/taxonomy_terms.json"


@dataclass(frozen=True)
class Ids:
    root: str  # the site's address, ending in /

    def __call__(self, path: str, part: str) -> str:
        """The id of a part ("service", "contact") of the record whose page is at path."""
        return str(uuid5(NAMESPACE_URL, f"{self.root}{path}#hsds/{part}"))

    def term(self, taxonomy: str, code: str) -> str:
        return _term_id(self.root, taxonomy, code)

    def taxonomy(self, key: str) -> str:
        return self("data/hsds/taxonomies.json", key)


@dataclass
class Words:
    """Names in the site's first language."""
    lang: str
    regions: dict[str, str]

    def __post_init__(self):
        self.gettext = i18n.gettext(self.lang)

    def region(self, slug: str) -> str:
        return self.gettext(self.regions[slug])


@cache
def _term_id(root: str, taxonomy: str, code: str) -> str:
    """A term's id, made once a build (services name the same terms over and over)."""
    return Ids(root)(TERMS_FILE, f"{taxonomy}:{code}")


def files(made: Made, problems: Problems):
    catalog = made.catalog
    settings = catalog.settings
    ids = Ids(settings.config.root_url)
    words = Words(settings.readable.languages[0].lower(), settings.names["regions"])
    programs, partners = catalog.programs(), catalog.ordered("partners")
    with scratch(made) as write:  # each service made and written one at a time
        yield "data/hsds/services.json", write(page(
            (service(p, ids, words) for p in programs), len(programs)))
        yield "data/hsds/organizations.json", write(page(
            (organization(p, ids) for p in partners), len(partners)))
    found = taxonomies(ids)
    yield "data/hsds/taxonomies.json", "".join(page(found, len(found)))
    found = taxonomy_terms(settings, ids, words)
    yield TERMS_FILE, "".join(page(found, len(found)))


def page(contents: Iterable[dict], n: int) -> Iterator[str]:
    """The HSDS API's page of a list (here always the one page of all n), as pieces of JSON
    text: contents may be made one at a time."""
    return with_list({"total_items": n, "total_pages": 1, "page_number": 1, "size": n,
                      "first_page": True, "last_page": True, "empty": not n, "contents": []},
                     contents)


def organization(item, ids: Ids) -> dict:
    r = item.entry.record
    oid = ids(item.url, "organization")
    return given({
        "id": oid, "name": r.name, "description": r.summary, "website": r.website,
        "email": r.contact and r.contact.email, "logo": item.logo and ids.root + item.logo,
        "contacts": contacts(r.contact, ids, item.url, {"organization_id": oid}),
        "attributes": attributes(partner_facts(item), ids, item.url, oid, "organization"),
    })


def taxonomies(ids: Ids) -> list[dict]:
    return [{"id": ids.taxonomy(key), "name": name,
             "description": f"{name}: the directory's own words ({key})."}
            for key, (name, _) in TAXONOMIES.items()]


def taxonomy_terms(settings, ids: Ids, words: Words) -> list[dict]:
    _ = words.gettext
    return [{"id": ids.term(key, code), "code": f"{key}:{code}", "name": _(name),
             "description": _(name), "taxonomy": TAXONOMIES[key][0],
             "taxonomy_id": ids.taxonomy(key), "language": words.lang}
            for key, names in terms(settings).items() for code, name in names.items()]
