"""The interface catalogs (stemhub/locale/): current with the code, every shipped language
complete (the content model: the interface comes complete in each language stemhub ships a
catalogue for) and listed in the README with how complete it is, placeholders kept, shipped in the
package; and the runtime that reads them (stemhub/render/i18n.py): translations, plural forms,
numbers, money, direction, fallbacks."""
from __future__ import annotations

import fnmatch
import importlib.machinery
import importlib.util
import os
import re
import tomllib
from decimal import Decimal
from pathlib import Path
from types import SimpleNamespace

import jinja2
import pytest
from babel.messages.catalog import Catalog
from babel.messages.pofile import read_po, write_po

from stemhub.records.languages import own_name
from stemhub.records.words import BUILT_IN, NAMES
from stemhub.render import i18n
from stemhub.site.filters import groups

ROOT = Path(__file__).resolve().parent.parent
LOCALE = ROOT / "stemhub" / "locale"
# Every language stemhub ships, read from the folders: a new one is held to the same tests.
LANGUAGES = sorted(p.name for p in LOCALE.iterdir() if (p / "LC_MESSAGES" / "messages.po").is_file())
# %(name)s, filled by the site, and {name}, a placeholder other tools fill
_PLACEHOLDER = re.compile(r"%\((\w+)\)s|\{(\w+)\}")
# A line of the README's table of interface languages: | Español | `es` | 100% |
_README_ROW = re.compile(r"^\| ([^|]+) \| `([a-z-]+)` \| (\d+)% \|$", re.M)


def _read(path: Path) -> Catalog:
    with path.open("rb") as po:
        return read_po(po)


def _po(lang: str) -> Catalog:
    return _read(LOCALE / lang / "LC_MESSAGES" / "messages.po")


def _ids(catalog: Catalog) -> set:
    return {m.id for m in catalog if m.id}


def _script():
    """scripts/catalogs as a module (it has no .py ending)."""
    loader = importlib.machinery.SourceFileLoader("catalogs", str(ROOT / "scripts" / "catalogs"))
    module = importlib.util.module_from_spec(importlib.util.spec_from_loader("catalogs", loader))
    loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def extracted(tmp_path_factory) -> set:
    """The msgids of the code as it is now, extracted by Babel as scripts/catalogs does."""
    pot = tmp_path_factory.mktemp("extract") / "messages.pot"
    here = os.getcwd()
    os.chdir(ROOT)
    try:
        _script().extract(pot)
    finally:
        os.chdir(here)
    return _ids(_read(pot))


def _forms(message) -> tuple[str, ...]:
    return message.string if isinstance(message.string, tuple) else (message.string,)


def _translated(message) -> bool:
    return message is not None and not message.fuzzy and all(_forms(message))


def _placeholders(text: str) -> set:
    return {a or b for a, b in _PLACEHOLDER.findall(text)}


def test_the_committed_template_is_current(extracted):
    assert extracted == _ids(_read(LOCALE / "messages.pot")), "run scripts/catalogs"


def test_python_text_shown_to_families_is_extracted(extracted):
    names = {k: {w: NAMES[w] for w in v.split()} for k, v in BUILT_IN.items()}
    stub = SimpleNamespace(settings=SimpleNamespace(names={**names, "regions": {}}))
    shown = {g.legend for g in groups(stub, [])} | set(NAMES.values()) | {
        label for g in groups(stub, []) for _, label in g.options if not label.isdigit()}
    assert shown - extracted == set()
    assert {"Last day to apply: %(title)s", "PK", "Open for applications"} <= extracted
    assert "en" not in extracted  # i18n.gettext("en") is a call, not a text


def test_every_built_in_word_has_a_written_name():
    assert set(NAMES) == {w for v in BUILT_IN.values() for w in v.split()}


def test_the_languages_are_read_from_the_folders():
    assert {"en", "es", "vi", "ar"} <= set(LANGUAGES)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_shipped_language_translates_every_text(extracted, lang):
    catalog = _po(lang)
    for msgid in extracted:
        key = msgid[0] if isinstance(msgid, tuple) else msgid
        message = catalog.get(key)
        assert message is not None, f"{lang}: no entry for {msgid!r}; run scripts/catalogs"
        assert not message.fuzzy, f"{lang}: {msgid!r} is fuzzy"
        assert all(_forms(message)), f"{lang}: {msgid!r} has no translation"


def _complete(lang: str) -> int:
    """The share of the template's texts the language translates, in whole percent rounded
    down: 100 only when every one is."""
    catalog, ids = _po(lang), [m.id for m in _read(LOCALE / "messages.pot") if m.id]
    done = sum(_translated(catalog.get(i[0] if isinstance(i, tuple) else i)) for i in ids)
    return done * 100 // len(ids)


def test_the_readme_lists_every_language_with_how_complete_it_is():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    listed = {code: (name, int(percent)) for name, code, percent in _README_ROW.findall(readme)}
    assert listed == {lang: (own_name(lang), _complete(lang)) for lang in LANGUAGES}


def test_english_is_the_source_text():
    for message in _po("en"):
        if message.id:
            assert message.string == message.id


@pytest.mark.parametrize("lang", LANGUAGES)
def test_translations_keep_the_placeholders(lang):
    """Every form of every translation the site shows has the same %(name)s and {name} as the
    English: a fuzzy one (a guess made when the English changed, shown in English until a
    translator clears the mark) may not yet."""
    for message in [m for m in list(_po(lang))[1:] if not m.fuzzy]:  # past the header
        ids = message.id if isinstance(message.id, tuple) else (message.id,)
        wanted = _placeholders(ids[-1])
        for form in filter(None, _forms(message)):
            assert _placeholders(form) == wanted, f"{lang}: {form!r} for {ids[-1]!r}"
            if "%(" in ids[-1]:  # filled with %: no stray % either
                form % dict.fromkeys(wanted, "x")


def test_the_catalogs_ship_in_the_package():
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    patterns = config["tool"]["setuptools"]["package-data"]["stemhub"]
    files = [p.relative_to(ROOT / "stemhub").as_posix() for p in LOCALE.rglob("*.po*")]
    assert len(files) == len(LANGUAGES) + 1
    for name in files:
        assert any(fnmatch.fnmatch(name, pattern) for pattern in patterns), name


def test_gettext_translates_and_fills_placeholders():
    assert i18n.gettext("es")("Programs") == "Programas"
    assert i18n.gettext("es")("Page %(n)s of %(count)s", n=1, count=3) == "Página 1 de 3"
    assert i18n.gettext("en")("Page %(n)s of %(count)s", n=1, count=3) == "Page 1 of 3"
    assert i18n.gettext("vi")("Search") == "Tìm kiếm"
    assert i18n.gettext("es-MX")("Programs") == "Programas"


def test_ngettext_follows_the_language_plural_rules_and_writes_numbers_its_way():
    en, es, vi = (i18n.ngettext(lang) for lang in ("en", "es", "vi"))
    one, many = "%(num)s program", "%(num)s programs"
    assert [en(one, many, n) for n in (1, 2, 1200)] == [
        "1 program", "2 programs", "1,200 programs"]
    assert [es(one, many, n) for n in (1, 2, 1200, 1000000)] == [
        "1 programa", "2 programas", "1.200 programas", "1.000.000 de programas"]
    assert vi("%(num)s day left", "%(num)s days left", 3) == "còn 3 ngày"
    assert en("grade %(grades)s", "grades %(grades)s", 2, grades="K-1") == "grades K-1"


@pytest.mark.parametrize("lang", ["fr", "xx", "", "../../etc", None])
def test_a_language_without_a_catalog_is_shown_in_english(lang):
    assert i18n.gettext(lang)("Programs") == "Programs"
    assert i18n.ngettext(lang)("%(num)s program", "%(num)s programs", 2) == "2 programs"


def test_a_string_missing_from_a_catalog_is_shown_in_english():
    assert i18n.gettext("ar")("Not in any catalog") == "Not in any catalog"
    assert i18n.gettext("es")("Not in any catalog %(x)s", x=1) == "Not in any catalog 1"
    assert i18n.gettext("es")("") == ""  # never the catalog's header


@pytest.fixture
def made_up(tmp_path, monkeypatch):
    """A catalog for the language "zz" with a fuzzy, an empty and a broken translation."""
    catalog = Catalog(locale="es")
    catalog.add("Programs", "Programas", flags=["fuzzy"])
    catalog.add("Search", "")
    catalog.add(("%(num)s program", "%(num)s programs"), ("", "%(num)s programas", ""))
    catalog.add("Call %(phone)s", "Llamar al %(telefono)s")
    catalog.add("Menu", "Menú")
    folder = tmp_path / "zz" / "LC_MESSAGES"
    folder.mkdir(parents=True)
    with (folder / "messages.po").open("wb") as po:
        write_po(po, catalog)
    monkeypatch.setattr(i18n, "LOCALE_DIR", tmp_path)
    i18n.translations.cache_clear()
    yield i18n.gettext("zz")
    i18n.translations.cache_clear()


def test_fuzzy_empty_and_broken_translations_fall_back_to_english(made_up):
    assert made_up("Menu") == "Menú"
    assert made_up("Programs") == "Programs"
    assert made_up("Search") == "Search"
    assert i18n.ngettext("zz")("%(num)s program", "%(num)s programs", 2) == "2 programs"
    assert made_up("Call %(phone)s", phone="555") == "Call 555"


@pytest.mark.parametrize("amount, lang, text", [
    (Decimal("1200"), "en", "$1,200"), (Decimal("12.50"), "en", "$12.50"),
    (Decimal("12.5"), "en", "$12.50"), (Decimal("0.99"), "en", "$0.99"),
    (Decimal("1200"), "es", "1.200\xa0US$"), (Decimal("12.50"), "es", "12,50\xa0US$"),
    (Decimal("1200"), "nonsense", "$1,200"),
])
def test_money(amount, lang, text):
    assert i18n.format_money(amount, lang) == text


@pytest.mark.parametrize("lang, way", [("ar", "rtl"), ("he", "rtl"), ("fa", "rtl"),
                                       ("en", "ltr"), ("es", "ltr"), ("vi", "ltr"),
                                       ("nonsense", "ltr"), ("", "ltr")])
def test_direction(lang, way):
    assert i18n.direction(lang) == way
