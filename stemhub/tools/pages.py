"""The staff tools' HTML pages, from the Jinja templates beside this module: every value
escaped, no script, styles inside the page so that it works as a file opened locally or as an
e-mail."""
from __future__ import annotations

from pathlib import Path

from jinja2 import Environment, FileSystemLoader, StrictUndefined

_ENV = Environment(loader=FileSystemLoader(Path(__file__).parent / "templates"),
                   autoescape=True, undefined=StrictUndefined, trim_blocks=True,
                   lstrip_blocks=True, keep_trailing_newline=True)


def page(template: str, **context) -> str:
    return _ENV.get_template(template).render(**context)
