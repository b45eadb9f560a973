"""The directory's open data under /data/ (docs/open-data.md): programs.json (the listed
programs), partners.json (every published partner), each with its JSON Schema beside it, and
programs.csv. Text reaches the files only through json.dumps and the csv module."""
from __future__ import annotations

from ...problems import Problems
from ...site.catalog import Catalog
from . import plain
from .dataschema import partners_schema, programs_schema
from .jsontext import dump, with_list
from ...outputs.made import Made
from ...outputs.scratch import scratch
from .spreadsheet import table

PROGRAMS, PARTNERS, TABLE = "data/programs.json", "data/partners.json", "data/programs.csv"
SCHEMAS = "data/programs.schema.json", "data/partners.schema.json"
FILES = (PROGRAMS, PARTNERS, TABLE, *SCHEMAS)  # a page may link them


def files(made: Made, problems: Problems):
    catalog = made.catalog
    root = catalog.settings.config.root_url
    languages = [code.lower() for code in catalog.settings.readable.languages[1:]]
    programs, partners = catalog.programs(), catalog.ordered("partners")
    vocab = catalog.settings.vocab
    with scratch(made) as write:  # each record made and written one at a time
        yield PROGRAMS, write(with_list(_head(catalog, "programs"), (
            plain.program(p, root, languages) for p in programs)))
        yield PARTNERS, write(with_list(_head(catalog, "partners"), (
            plain.partner(p, root, languages) for p in partners)))
        yield TABLE, write(table(
            plain.program(p, root, languages) for p in programs))
    yield SCHEMAS[0], dump(programs_schema(root, vocab), indent=2)
    yield SCHEMAS[1], dump(partners_schema(root, vocab), indent=2)


def _head(catalog: Catalog, name: str) -> dict:
    config = catalog.settings.config
    return {"schema": f"{config.root_url}data/{name}.schema.json",
            "generated": catalog.today.isoformat(),
            "site": {"title": str(config.title), "url": config.root_url,
                     "language": catalog.settings.readable.languages[0].lower()},
            name: []}
