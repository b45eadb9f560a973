"""The theme: Jinja environment with the site's templates/ searched before the built-in ones."""
from __future__ import annotations

import re
import traceback
from pathlib import Path
from typing import NamedTuple

import jinja2
from markupsafe import Markup, escape
from jinja2 import ChoiceLoader, Environment, FileSystemLoader, PrefixLoader, StrictUndefined

from . import i18n, marks
from .actions import directions, sms, tel
from .icons import icon
from .qr import qr_svg
from ..records.addresses import mailto
from ..records.grades import label as grade_label
from ..records.words import PER
from ..records.languages import language_name, own_name
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


class _Context(jinja2.runtime.Context):
    """A template's context that calls the theme's own functions (_(), url(), icon(), card(),
    ...: about a hundred calls a page) without Jinja's checks for a function that takes the
    context: none of them does."""

    def call(__self, __obj, *args, **kwargs):  # noqa: N805 (Jinja's own signature)
        if id(__obj) not in __self.environment.plain:
            return super().call(__obj, *args, **kwargs)
        kwargs.pop("_block_vars", None)
        kwargs.pop("_loop_vars", None)
        try:
            return __obj(*args, **kwargs)
        except StopIteration:  # as Jinja's own
            return __self.environment.undefined("value was undefined because a callable "
                                                "raised a StopIteration exception")


class _Environment(Environment):
    context_class = _Context
    plain: frozenset[int] = frozenset()  # the ids of the theme's own functions

    def make_globals(self, d):
        """A template's globals as one dict, not Jinja's ChainMap over the environment's (a
        copy of it is made for every template and include a page renders): the theme's
        globals are all set before a template is loaded, as Jinja asks."""
        return {**self.globals, **(d or {})}


_COMPILED = _CompiledTemplates()
_THEME_ID = re.compile(r'\bid="(sh-[a-z0-9-]+)"')


class Alternate(NamedTuple):
    """A page in one of the site's languages: its code, its name in itself, its site path."""

    lang: str
    name: str
    path: str  # without the base path: "es/programs/x/"


class Theme:
    """The templates of a site in one of its languages: its own templates/ searched before the
    built-in theme, and what every template is given (common: the names docs/templates.md lists
    under "Everywhere"). folders: each language's folder ("" for the first, "es/")."""

    def __init__(self, source: Path, base_path: str, common: dict, folders: dict[str, str]):
        self.source, self.base_path, self.common = source, base_path, common
        self.lang, self.folders = common["lang"], folders
        self.folder = folders[self.lang]
        self._names = [(lang, folder, own_name(lang)) for lang, folder in folders.items()]
        builtin = FileSystemLoader(THEME / "templates")
        loaders = [builtin, PrefixLoader({"theme": builtin})]
        if (source / "templates").is_dir():
            loaders.insert(0, FileSystemLoader(source / "templates"))
        # cache_size -1: every template kept in a dict (a theme has a few dozen), not an LRU
        self.env = _Environment(loader=ChoiceLoader(loaders), autoescape=True,
                                undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True,
                                bytecode_cache=_COMPILED, auto_reload=False, cache_size=-1)
        own = dict(url=self.url, card=self.card, once=self.once, icon=icon,
                   _=i18n.gettext(self.lang, mark=True),
                   ngettext=i18n.ngettext(self.lang, mark=True))
        self.env.globals.update(own, base_path=base_path)
        self.env.plain = frozenset(map(id, [*own.values(), common["structured_data"]]))
        self.env.filters.update(grades=grade_label, date=i18n.format_date, json=i18n.to_json,
                                language=language_name, mailto=mailto, tel=tel, sms=sms,
                                directions=directions, span=i18n.format_span,
                                either=i18n.format_either, money=i18n.format_money,
                               text_lang=text_lang, in_lang=in_lang, marked=marked,
                               absolute=self.absolute, qr=qr_svg, meets=i18n.format_meeting,
                               per=per)
        self._cards: dict[int, Markup] = {}
        self._fragments: dict[tuple[str, str], Markup] = {}
        self.ids = self._theme_ids()

    def url(self, path: str = "") -> str:
        """A site path as a link: a page's in this language's folder, a file's as it is."""
        path = path.lstrip("/")
        last = path.rpartition("/")[2]
        page = "." not in last or last.endswith(".html")
        return self.base_path + (self.folder if page else "") + path

    def absolute(self, path: str) -> str:
        """A page's absolute address in this language: 'programs/x/' -> 'https://o.org/es/programs/x/'
        on a Spanish page."""
        return self.common["site"].root_url + self.folder + path.lstrip("/")

    def alternates(self, path: str) -> list[Alternate]:
        """The page at path (without a language folder) in every language of the site."""
        return [Alternate(lang, name, folder + path) for lang, folder, name in self._names]

    @staticmethod
    def card_template(item) -> str:
        """card.html for a program, result.html for a partner or guide (in search results)."""
        return "card.html" if item.kind == "programs" else "result.html"

    def keep_cards(self, cards: dict[int, Markup]) -> None:
        """Cards rendered elsewhere (on the workers), by id of their item, for card()."""
        self._cards.update(cards)

    def card(self, item) -> Markup:
        """A record's card, rendered once and reused by every list it is in."""
        key = id(item)
        if key not in self._cards:
            self._cards[key] = Markup(marks.apply(self.env.get_template(
                self.card_template(item)).render({**self.common, "p": item}), self.lang))
        return self._cards[key]

    def once(self, template: str, section: str) -> Markup:
        """A fragment that is the same on every page of a section (header, footer): rendered
        once a build."""
        key = (template, section)
        if key not in self._fragments:
            self._fragments[key] = Markup(marks.apply(self.env.get_template(template).render(
                {**self.common, "section": section}), self.lang))
        return self._fragments[key]

    def render_card(self, item, problems: Problems) -> Markup | None:
        html = self.render(self.card_template(item), {**self.common, "p": item}, item.url,
                           problems)
        return None if html is None else Markup(html)

    def render_page(self, template: str, url: str, context: dict,
                    problems: Problems) -> str | None:
        """A page at url (its site path, in its language's folder)."""
        path = url[len(self.folder):]
        return self.render(template, {**self.common, **context, "page_url": url,
                                      "section": path.partition("/")[0],
                                      "languages": self.alternates(path),
                                      "canonical": self.common["site"].root_url + url},
                           path, problems)  # named without its language: told once

    def render(self, template: str, context: dict, url: str, problems: Problems) -> str | None:
        """One template; an error in a template becomes a problem at its file and line. A
        Python error in the built-in theme or the code is a bug: it is raised."""
        try:
            return marks.apply(self.env.get_template(template).render(context), self.lang)
        except jinja2.TemplateSyntaxError as err:
            self._report(problems, err.filename, err.lineno,
                         f"template syntax error: {err.message}")
        except Exception as err:
            frame = _template_frame(err)
            if not isinstance(err, jinja2.TemplateError) and not self._own(frame):
                raise
            where = frame.filename if frame else self._path_of(template)
            self._report(problems, where, frame.lineno if frame else 1,
                         f"template error on /{url}: {type(err).__name__}: {err}")
        return None

    def _own(self, frame) -> bool:
        """Whether a template frame is in the site's own templates/."""
        return frame is not None and Path(frame.filename).resolve().is_relative_to(
            (self.source / "templates").resolve())

    def _theme_ids(self) -> set[str]:
        """Every id the templates use ("sh-..."), so Markdown headings never take one."""
        found: set[str] = set()
        for name in self.env.list_templates():
            source = self.env.loader.get_source(self.env, name)[0]
            found.update(_THEME_ID.findall(source))
        return found

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

    def _report(self, problems: Problems, filename: str | None, line: int, message: str):
        problems.error(self.origin(Path(filename or "").name), line or 1, None, message)


def text_lang(item, field: str) -> Markup:
    """' lang="en"' where a record's field is not in the language of its page (a translation
    does not give it), with its direction where that differs from the page's ('dir="ltr"' on
    an Arabic page), else nothing: {{ p|text_lang("title") }}."""
    lang = item.lang_of(field)
    if lang == item.lang:
        return Markup("")
    way = i18n.direction(lang)
    return Markup(f' lang="{lang}"' + (f' dir="{way}"' if way != i18n.direction(item.lang) else ""))


def per(item) -> Markup:
    """What a program's cost pays for: a word the catalogs translate, in the page's language
    ("per week"), or the record's own words, marked with their language (in_lang)."""
    written = item.cost.per
    if written in PER:
        return Markup.escape(i18n.format_per(written, item.lang))
    return in_lang(item, "cost.per")


def in_lang(item, field: str) -> Markup:
    """A record's text field, in a span with its language where that is not its page's (see
    text_lang): {{ partner|in_lang("name") }}, {{ p|in_lang("location.name") }}."""
    value = item
    for name in field.split("."):
        value = getattr(value, name)
    marked = text_lang(item, field)
    return Markup(f"<span{marked}>{escape(value)}</span>") if marked else escape(value)


def marked(item, field: str) -> str:
    """A record's text field as text marked with its language where that is not its page's
    (text_lang), for where no span can go: render/marks.py gives its lang to an element it
    fills (a <meta>'s content) and drops it where it shares a <title> with the page's language:
    {% block description %}{{ p|marked("summary") }}{% endblock %}."""
    value = item
    for name in field.split("."):
        value = getattr(value, name)
    lang = item.lang_of(field)
    if lang == item.lang or not value:
        return value
    return f"{i18n.OPEN}{lang}{i18n.SEP}{value}{i18n.CLOSE}"


def _template_frame(err: Exception):
    frames = [f for f in traceback.extract_tb(err.__traceback__)
              if f.filename.endswith((".html", ".xml", ".txt"))]
    return frames[-1] if frames else None
