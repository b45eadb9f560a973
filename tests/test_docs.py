"""The documents against the code they describe, inside the repository (a clone runs every check):
docs/content-model.md's tables, field lists, translations, reserved names and vocabularies
against the models and the JSON Schemas (schemas/), both ways; the README's usage block against
the command line's parser, its module table against the files in stemhub/. The README's size
figures are checked against a build in tests/browser/test_sizes.py."""
from __future__ import annotations

import argparse
import json
import re
from pathlib import Path

import pytest

from stemhub.cli import COMMANDS, parser
from stemhub.records.settings import SiteConfig
from stemhub.records.validate import SITE_NAMES, WINDOWS_NAMES
from stemhub.records.words import BUILT_IN

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "stemhub"
MODEL = (ROOT / "docs" / "content-model.md").read_text(encoding="utf-8")
README = (ROOT / "README.md").read_text(encoding="utf-8")


def section(title: str, text: str = MODEL) -> str:
    """The text of the `## title...` section."""
    start = text.index(f"\n## {title}")
    end = text.find("\n## ", start + 1)
    return text[start:end if end > 0 else None]


def table(title: str) -> dict[str, str]:
    """A section's table: key -> its `required` column."""
    rows = re.findall(r"^\| ([a-z_]+) \| ([^|]+?) \|", section(title), re.M)
    return dict(rows[1:])  # after the header row


def schema(name: str) -> dict:
    return json.loads((ROOT / "schemas" / f"{name}.schema.json").read_text(encoding="utf-8"))


def same(doc: set[str], code: set[str]) -> None:
    """doc and code hold the same names."""
    assert doc == code, f"only in the doc: {sorted(doc - code)}; only in the code: " \
                        f"{sorted(code - doc)}"


def required(keys: dict[str, str]) -> set[str]:
    return {k for k, said in keys.items() if said == "yes"}


def optional(keys: dict[str, str]) -> set[str]:
    return {k for k, said in keys.items() if said == "no"}


def test_site_yaml_table_is_the_settings_model():
    keys, fields = table("site.yaml"), SiteConfig.model_fields
    same(set(keys), set(fields))
    assert required(keys) == {k for k, f in fields.items() if f.is_required()}
    assert optional(keys) == {
        k for k, f in fields.items() if not f.is_required()}


@pytest.mark.parametrize("kind, title", [("partner", "Partner ("), ("program", "Program (")])
def test_record_tables_are_the_json_schemas(kind, title):
    """Every row's key and whether it is required ("yes", "no"; "when ..." is checked by the
    rule tests) against schemas/<kind>.schema.json."""
    keys, made = table(title), schema(kind)
    same(set(keys), set(made["properties"]))
    assert required(keys) == set(made["required"])
    assert not optional(keys) & set(made["required"])


@pytest.mark.parametrize("kind, title", [("guide", "Guide ("), ("update", "Update ("),
                                         ("page", "Page (")])
def test_field_lists_are_the_json_schemas(kind, title):
    """`title (yes), summary (no), ...` against schemas/<kind>.schema.json."""
    keys = dict(re.findall(r"([a-z_]+) \((yes|no)\b", section(title)))
    made = schema(kind)
    same(set(keys), set(made["properties"]))
    assert required(keys) == set(made["required"])


def test_translations_are_the_translation_schemas():
    """`programs: title, summary, ...; partners: ...; guides, updates and pages: ...` (body
    aside: it is the Markdown, not a key) against each kind's translation schema."""
    listed = section("Translations").split("inherits every fact from the original:")[1]
    listed = listed.split(". Any other key")[0]
    found = {}
    for part in re.sub(r"\([^)]*\)", "", listed).split(";"):
        kinds, _, fields = part.partition(":")
        names = {re.match(r"\s*`?([a-z_]+)", f).group(1) for f in fields.split(",")} - {"body"}
        for plural in re.findall(r"[a-z]+", kinds.replace(" and ", " ")):
            found[plural[:-1]] = names
    assert set(found) == {"program", "partner", "guide", "update", "page"}
    for kind, names in found.items():
        same(names, set(schema(f"{kind}.translation")["properties"]))


def test_reserved_page_names_are_the_ones_check_refuses():
    text = section("Slugs")
    site = text.split("A page slug cannot take a name the site uses itself:")[1].split(", or ")[0]
    same(set(re.findall(r"`([a-z0-9]+)`", site)), SITE_NAMES)
    windows = text.split("Names that Windows cannot store")[1].split("are errors")[0]
    named = set(re.findall(r"`([a-z]+[0-9]?)`", windows))
    for stem in ("com", "lpt"):  # written `com1`-`com9`
        if f"{stem}1" in named:
            named |= {f"{stem}{i}" for i in range(1, 10)}
    assert named == WINDOWS_NAMES


def test_vocabularies_are_the_built_in_words():
    """Every built-in vocabulary and word, both ways (the guides' audience is in "Guide")."""
    items = re.split(r"\n- |·", section("Vocabularies").split("\n- ", 1)[1])
    found = {}
    for item in items:
        name, words = re.fullmatch(r"\s*([a-z_]+)(?: \([a-z]+\))?: ([a-z0-9, \n-]+)",
                                   item).groups()
        found[name] = words.replace(",", " ").split()
    guide = re.search(r"audience \(yes: list of ([^)]*)\)", section("Guide (")).group(1)
    found["guide_audience"] = re.findall(r"`([a-z]+)`", guide)
    assert found == {name: words.split() for name, words in BUILT_IN.items()}


USAGE = re.findall(r"^    python build\.py (\w+)(.*)$", section("Using it", README), re.M)


def test_readme_usage_names_every_command_once():
    assert [command for command, _ in USAGE] == list(COMMANDS)


@pytest.mark.parametrize("command, line", USAGE, ids=[c for c, _ in USAGE])
def test_readme_usage_is_the_parsers(command, line):
    """Each command's options in the README's usage block: the same names, required ones
    outside brackets, the same choices (`--format text|github|json`) and arguments."""
    [commands] = [a for a in parser()._actions if isinstance(a, argparse._SubParsersAction)]
    sub = commands.choices[command]
    options = {a.option_strings[-1]: a for a in sub._actions if a.option_strings
               and a.option_strings[-1] != "--help"}
    said = {name: bracket == "" for bracket, name in re.findall(r"(\[?)(--[a-z-]+)", line)}
    assert set(said) == set(options), f"README: {sorted(said)}; parser: {sorted(options)}"
    assert said == {name: a.required for name, a in options.items()}
    for name, action in options.items():
        if action.choices:
            written = re.search(re.escape(name) + r" ([a-z|]+)", line).group(1)
            assert written.split("|") == list(action.choices), name
    positional = [a for a in sub._actions if not a.option_strings]
    words = re.sub(r"\[[^]]*\]|--[a-z-]+ [^ \]]+", "", line).split()
    assert len(words) == len(positional), (words, [a.dest for a in positional])
    for word, action in zip(words, positional):
        assert not action.choices or set(word.split("|")) == set(action.choices), word


def module_table() -> dict[str, str]:
    """The README's module table: each path it names under stemhub/ -> its row. A bare name
    (`commands.py` after `cli.py`) is in the folder of the name before it, a folder row
    (`outputs/`) names its modules in its text (a module of stemhub/ itself, `build.py`, is
    that one)."""
    named = {}
    for first, rest in re.findall(r"^\| (`[^|]+`) \| (.+) \|$", section("The code", README),
                                  re.M):
        folder = ""
        for name in re.findall(r"`([^`]+)`", first):
            if "/" in name.rstrip("/"):
                folder = name.rsplit("/", 1)[0] + "/"
            path = name if "/" in name.rstrip("/") or name.endswith("/") else folder + name
            named[path] = rest
            if name.endswith("/"):
                for inner in re.findall(r"`([a-z_]+\.py)`", rest):
                    if not (PACKAGE / inner).exists():
                        named.setdefault(name + inner, rest)
    return named


def test_readme_module_table_names_every_module_that_exists():
    named = module_table()
    missing = [p for p in named if not (PACKAGE / p).exists()]
    assert not missing, f"the README's module table names what is not in stemhub/: {missing}"
    modules = {p.relative_to(PACKAGE).as_posix() for p in PACKAGE.rglob("*.py")
               if p.name not in ("__init__.py", "__main__.py")}
    unnamed = sorted(modules - set(named))
    assert not unnamed, f"stemhub/ modules the README's module table does not name: {unnamed}"
