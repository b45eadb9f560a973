"""The directory's open data under /data/ (docs/open-data.md): programs.json (the listed
programs), partners.json (every published partner), each with its JSON Schema beside it, and
programs.csv. Text reaches the files only through json.dumps and the csv module."""
from __future__ import annotations

import json

from ..problems import Problems
from ..site.catalog import Catalog
from . import plain
from .dataschema import partners_schema, programs_schema
from .made import Made
from .spreadsheet import table


def files(made: Made, problems: Problems):
    catalog = made.catalog
    root = catalog.settings.config.root_url
    languages = [code.lower() for code in catalog.settings.readable.languages[1:]]
    programs = [plain.program(p, root, languages) for p in catalog.programs()]
    partners = [plain.partner(p, root, languages) for p in catalog.ordered("partners")]
    vocab = catalog.settings.vocab
    yield "data/programs.json", dump(_file(catalog, "programs", programs))
    yield "data/programs.schema.json", dump(programs_schema(root, vocab), indent=2)
    yield "data/partners.json", dump(_file(catalog, "partners", partners))
    yield "data/partners.schema.json", dump(partners_schema(root, vocab), indent=2)
    yield "data/programs.csv", table(programs)


def _file(catalog: Catalog, name: str, records: list[dict]) -> dict:
    config = catalog.settings.config
    return {"schema": f"{config.root_url}data/{name}.schema.json",
            "generated": catalog.today.isoformat(),
            "site": {"title": config.title, "url": config.root_url,
                     "language": catalog.settings.readable.languages[0].lower()},
            name: records}


def dump(value, indent: int | None = None) -> str:
    """JSON text, UTF-8 as it is: compact, or indented (the schemas, read by people)."""
    separators = (",", ": ") if indent else (",", ":")
    return json.dumps(value, ensure_ascii=False, indent=indent, separators=separators,
                      allow_nan=False) + "\n"
