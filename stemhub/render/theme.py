"""The theme: Jinja environment with the site's templates/ searched before the built-in ones."""
from __future__ import annotations

import re
import traceback
from pathlib import Path

import jinja2
from markupsafe import Markup
from jinja2 import ChoiceLoader, Environment, FileSystemLoader, PrefixLoader, StrictUndefined

from . import i18n
from .icons import icon
from ..records.grades import label as grade_label
from ..problems import Problems

THEME = Path(__file__).parent.parent / "theme"


class _CompiledTemplates(jinja2.BytecodeCache):
    """Compiled templates kept in memory between builds of one process (the dev server, tests),
    checked against each template's source, so an edited template is compiled again."""

    def __init__(self):
        self.compiled: dict[str, bytes] = {}

    def load_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        if bucket.key in self.compiled:
            bucket.bytecode_from_string(self.compiled[bucket.key])

    def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        self.compiled[bucket.key] = bucket.bytecode_to_string()


_COMPILED = _CompiledTemplates()
_THEME_ID = re.compile(r'\bid="(sh-[a-z0-9-]+)"')


class Theme:
    """The templates of a site: its own templates/ searched before the built-in theme."""

    def __init__(self, source: Path, base_path: str):
        self.source = source
        self.problems = Problems()  # where the page being rendered reports
        builtin = FileSystemLoader(THEME / "templates")
        loaders = [builtin, PrefixLoader({"theme": builtin})]
        if (source / "templates").is_dir():
            loaders.insert(0, FileSystemLoader(source / "templates"))
        self.env = Environment(loader=ChoiceLoader(loaders), autoescape=True,
                               undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True,
                               bytecode_cache=_COMPILED, auto_reload=False)
        self.env.globals.update(url=lambda path="": base_path + path.lstrip("/"),
                                base_path=base_path, card=self.card, once=self.once, icon=icon,
                                _=i18n.gettext("en"), ngettext=i18n.ngettext("en"))
        self.common: dict = {}
        self.cards: dict[int, Markup] = {}
        self.fragments: dict[tuple[str, str], Markup] = {}
        self.env.filters.update(grades=grade_label, date=i18n.format_date, json=i18n.to_json,
                                language=i18n.language_name)
        self.ids = self._theme_ids()

    def card(self, item) -> Markup:
        """A record's card, rendered once and reused by every list it is in: card.html for a
        program, result.html for a partner or guide (in search results)."""
        key = id(item)
        if key not in self.cards:
            template = "card.html" if item.kind == "programs" else "result.html"
            html = self.render(template, {**self.common, "p": item}, item.url, self.problems)
            self.cards[key] = Markup(html or "")
        return self.cards[key]

    def once(self, template: str, section: str) -> Markup:
        """A fragment that is the same on every page of a section (header, footer): rendered
        once a build."""
        key = (template, section)
        if key not in self.fragments:
            html = self.render(template, {**self.common, "section": section}, section,
                               self.problems)
            self.fragments[key] = Markup(html or "")
        return self.fragments[key]

    def _theme_ids(self) -> set[str]:
        """Every id the templates use ("sh-..."), so Markdown headings never take one."""
        found: set[str] = set()
        for name in self.env.list_templates():
            source = self.env.loader.get_source(self.env, name)[0]
            found.update(_THEME_ID.findall(source))
        return found

    def render(self, template: str, context: dict, url: str, problems: Problems) -> str | None:
        """One page; a template error becomes a problem at the template file and line."""
        self.problems = problems
        try:
            return self.env.get_template(template).render(context)
        except jinja2.TemplateSyntaxError as err:
            self._report(err.filename, err.lineno, f"template syntax error: {err.message}")
        except Exception as err:  # a template failed at run time: say where, never crash
            frame = _template_frame(err)
            where = frame.filename if frame else self._path_of(template)
            self._report(where, frame.lineno if frame else 1,
                         f"template error on /{url}: {type(err).__name__}: {err}")
        return None

    def _path_of(self, template: str) -> str:
        site = self.source / "templates" / template
        return str(site) if site.is_file() else str(THEME / "templates" / template)

    def origin(self, template: str) -> str:
        """Where a template comes from, as problems name it: templates/x.html in the site
        folder, or the built-in theme's file."""
        path = Path(self._path_of(template))
        try:
            return path.resolve().relative_to(self.source.resolve()).as_posix()
        except ValueError:
            return "stemhub/theme/templates/" + path.name

    def _report(self, filename: str | None, line: int, message: str) -> None:
        self.problems.error(self.origin(Path(filename or "").name), line or 1, None, message)


def _template_frame(err: Exception):
    frames = [f for f in traceback.extract_tb(err.__traceback__)
              if f.filename.endswith((".html", ".xml", ".txt"))]
    return frames[-1] if frames else None
