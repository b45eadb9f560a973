"""Language codes (content-model.md: program and site.yaml `languages`, "Language codes"): ISO
639-1, optionally with a region, each one the locale data knows; at most 10 a program and 12 a
site; the closest known code suggested. The search page has one language box per language,
whatever regions programs name."""
from __future__ import annotations

import json
import re
from pathlib import Path

from stemhub.records import languages
from tests.conftest import SITE_YAML
from tests.rulekit import PROG, SITE, case, program, rule_test

P = PROG
USE = "Use ISO 639-1 codes like en, es, vi or so, with a region if needed (pt-BR)"
ELEVEN = "[en, es, vi, so, fr, de, zh, ar, ru, ko, ja]"
THIRTEEN = "[en, es, vi, so, fr, de, zh, ar, ru, ko, ja, tl, uk]"


def site_languages(codes: str) -> str:
    return SITE_YAML.replace("languages: [en, es]", f"languages: {codes}")


CASES = [
    case("program-eleven-languages", {P: program(languages=ELEVEN)}, [
        f"{P}:11:12: error: languages: has 11 items; the limit is 10",
    ]),
    case("program-ten-languages-ok", {P: program(languages=ELEVEN.replace(", ja", ""))}, []),
    case("regions-in-any-case-ok", {P: program(languages="[pt-br, pt-PT, es-MX, zh-TW, tl]")},
         []),
    case("three-letter-code", {P: program(languages="[en, som]")}, [
        f"{P}:11:17: error: languages: 'som' is not a language code stemhub knows; did you "
        f"mean 'so'? {USE}",
    ]),
    case("language-name", {P: program(languages="Spanish")}, [
        f"{P}:11:12: error: languages: 'Spanish' is not a language code stemhub knows; did "
        f"you mean 'es'? {USE}",
    ]),
    case("unknown-region", {P: program(languages="[en, en-XX]")}, [
        f"{P}:11:17: error: languages: 'en-XX' is not a language code stemhub knows; did you "
        f"mean 'en'? {USE}",
    ]),
    case("underscore", {P: program(languages="pt_BR")}, [
        f"{P}:11:12: error: languages: 'pt_BR' is not a language code stemhub knows; did you "
        f"mean 'pt-BR'? {USE}",
    ]),
    case("iso-code-without-locale-data", {P: program(languages="sm")}, [
        f"{P}:11:12: error: languages: 'sm' is not a language code stemhub knows. {USE}",
    ]),
    case("old-code", {P: program(languages="iw")}, [
        f"{P}:11:12: error: languages: 'iw' is not a language code stemhub knows; did you "
        f"mean 'he'? {USE}",
    ]),
    case("site-thirteen-languages", {SITE: site_languages(THIRTEEN)}, [
        "site.yaml:4:12: error: languages: has 13 items; the limit is 12",
    ]),
    case("site-twelve-languages-ok", {SITE: site_languages(THIRTEEN.replace(", uk", ""))}, []),
    case("site-unknown-region", {SITE: site_languages("[en, es-XX]")}, [
        f"site.yaml:4:17: error: languages: 'es-XX' is not a language code stemhub knows; did "
        f"you mean 'es'? {USE}",
    ]),
]

test_rule = rule_test(CASES)


def test_a_locale_is_parsed_once_per_code(monkeypatch):
    parsed = []
    real = languages.Locale.parse
    monkeypatch.setattr(languages.Locale, "parse", lambda code: parsed.append(code) or real(code))
    languages._locale.cache_clear()
    for _ in range(3):
        assert languages.language_name("pt-BR", "es") == "portugués (Brasil)"
        assert languages.known_code("pt-br") == "pt-BR"
    assert sorted(parsed) == ["es", "pt_BR"]


def test_one_language_box_per_language_whatever_the_regions(site):
    site.write(P, program(languages="[pt-BR, es]"))
    site.write("content/programs/chess-club.md", program(title="Chess Club",
                                                         languages="[pt, pt-PT, en]"))
    out = site.built()
    page = (out / "search/index.html").read_text("utf-8")
    assert re.findall(r'name="language" value="([^"]+)"', page) == ["en", "pt", "es"]
    assert 'data-label="Language: Portuguese"' in page
    facets = json.loads((out / "search/facets.json").read_text("utf-8"))
    assert facets["groups"]["language"] == ["en", "pt", "es"]
    assert "Portuguese (Brazil), Spanish" in (out / "programs/robotics-club/index.html") \
        .read_text("utf-8")


def test_the_language_filter_names_each_language_in_the_pages_language(site):
    site.write(P, program(languages="[pt-BR, es]"))
    page = (site.built() / "es/search/index.html").read_text("utf-8")
    assert re.findall(r'name="language" value="[^"]+" data-label="Idioma: ([^"]+)"', page) == \
        ["Español", "Portugués"]


def test_filter_boxes_are_not_tied_to_the_form_by_attribute(site):
    """search.js reads the boxes itself: the form keeps only its own few controls (no box is
    tied to it by a form="..." attribute), however many boxes there are."""
    page = (site.built() / "search/index.html").read_text("utf-8")
    boxes = re.findall(r'<input type="checkbox"[^>]*>', page)
    assert boxes and not [b for b in boxes if "form=" in b]


def test_search_js_finds_options_in_maps():
    """A scan of the options (indexOf, find, includes) for each option is quadratic."""
    script = (Path(languages.__file__).parents[1] / "theme/static/search.js").read_text("utf-8")
    assert not re.findall(r"(?:groups|GROUPS|boxes)\S*\.(?:indexOf|find|includes)\(", script)
