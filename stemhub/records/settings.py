"""site.yaml -> SiteConfig, and the vocabularies and regions that records are checked against."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Any
from zoneinfo import available_timezones

from pydantic import BeforeValidator, ConfigDict, ValidationError, model_validator

from ..source.documents import MAX_RECORD_BYTES, read_text
from .fields import (Date, Email, Language, Name, Phone, Slug, Summary, Url, YesNo, list_of,
                     one_line, problem, suggest, whole)
from .localtext import local_text
from .models import Record
from .repository import Repository
from .words import BUILT_IN, EXTENSIBLE, NAMES
from ..problems import Problems
from .explain import http_warnings, report
from ..source.yamltree import parse

SITE_FILE = "site.yaml"
Name, Summary = local_text(120), local_text(300)  # site texts: one per language, or one


class Term(Record):
    slug: Slug
    name: Name


def _unique_slugs(name: str, terms: list[Term]) -> list[Term]:
    seen: set[str] = set()
    for i, t in enumerate(terms):
        if t.slug in seen:
            raise problem(f"'{t.slug}' is listed twice; keep one", i, at=(name,))
        seen.add(t.slug)
    return terms


Terms = list_of(Term, unique=False)


def _zone(value: Any) -> str:
    text = str(value).strip()
    if text not in available_timezones():
        raise problem(f"'{text}' is not a time zone; use an IANA name like "
                      f"America/Los_Angeles{suggest(text, sorted(available_timezones()))}")
    return text


class SiteContact(Record):
    email: Email
    phone: Phone | None = None


class Vocabularies(Record):
    types: Terms = []
    sectors: Terms = []
    supports: Terms = []
    focus: Terms = []
    partner_kinds: Terms = []
    offers: Terms = []

    @model_validator(mode="after")
    def _new_words(self) -> Vocabularies:
        for name in EXTENSIBLE:
            _unique_slugs(name, getattr(self, name))
            for i, term in enumerate(getattr(self, name)):
                if term.slug in BUILT_IN[name].split():
                    raise problem(f"'{term.slug}' is already a built-in word; delete it here",
                                  i, at=(name,))
        return self


class Announcement(Record):
    text: Summary
    url: Url | None = None
    until: Date | None = None


class Features(Record):
    """site.yaml's `features:`: each feature on (true, the default) or off (docs/features.md).
    The build's registry (features/__init__.py) has one entry for each of these names."""

    flyers: YesNo = True
    calendars: YesNo = True
    feeds: YesNo = True
    open_data: YesNo = True
    coverage: YesNo = True
    embeds: YesNo = True
    cms: YesNo = True  # the admin/ editor, made only for a site with a repository
    submit_form: YesNo = True


class Readable(Record):
    """The settings records are checked against; read on their own from a broken site.yaml."""

    model_config = ConfigDict(extra="ignore", frozen=True)
    languages: list_of(Language, at_most=12) = ["en"]
    timezone: Annotated[str, BeforeValidator(_zone)] = "America/Los_Angeles"
    regions: Terms = []
    vocabularies: Vocabularies = Vocabularies()
    stale_after_days: whole(1) = 365


class SiteConfig(Readable):
    model_config = ConfigDict(extra="forbid", frozen=True)
    title: Name
    description: Summary
    base_url: Url
    contact: SiteContact
    repository: Repository | None = None
    features: Features = Features()
    regions: Terms
    announcement: Announcement | None = None

    @model_validator(mode="after")
    def _regions(self) -> SiteConfig:
        _unique_slugs("regions", self.regions)
        return self

    @property
    def base_path(self) -> str:
        """The path part of base_url, always ending in '/': '/' or '/stem/'."""
        path = "/" + self.base_url.split("://", 1)[1].partition("/")[2]
        return path if path.endswith("/") else path + "/"

    @property
    def root_url(self) -> str:
        return self.base_url if self.base_url.endswith("/") else self.base_url + "/"


@dataclass
class Settings:
    """What records are checked against: site.yaml as far as it could be read."""

    config: SiteConfig | None
    readable: Readable
    vocab: dict[str, list[str]]  # vocabulary -> allowed words, built-in first
    names: dict[str, dict[str, str]]  # vocabulary -> word -> display name


def load_settings(source: Path, problems: Problems, base_url: str | None = None,
                  local_url: str | None = None) -> Settings:
    """site.yaml as far as it can be read; base_url: --base-url (checked like site.yaml's);
    local_url: where the dev server serves the site (taken as it is)."""
    path = source / SITE_FILE
    if not path.is_file() or path.is_symlink():
        problems.error(SITE_FILE, 1, None, "site.yaml is missing; create it with title, "
                                           "description, base_url, contact and regions")
        return _settings(None, Readable())
    text = read_text(path, SITE_FILE, MAX_RECORD_BYTES, problems)
    tree = parse(text or "")
    problems.errors(SITE_FILE, tree.flaws)
    data = tree.data if isinstance(tree.data, dict) else {}
    if tree.data is not None and not isinstance(tree.data, dict):
        problems.error(SITE_FILE, 1, None, "site.yaml must be keys and values (title: ...)")
    if base_url is not None:
        data = {**data, "base_url": base_url}
    http_warnings(data, tree, SITE_FILE, problems)
    context = {"languages": _languages(data)}
    config = report(SiteConfig, data, tree, SITE_FILE, context, problems)
    if config and local_url:
        config = config.model_copy(update={"base_url": local_url})
    return _settings(config, config or _readable(data, context))


def _languages(data: dict) -> list[str] | None:
    """The languages site texts may be in: site.yaml's, or None when they cannot be read (a
    text in one of them is then not called wrong as well)."""
    try:
        return Readable.model_validate({"languages": data.get("languages") or ["en"]}).languages
    except ValidationError:
        return None


def _readable(data: dict, context: dict) -> Readable:
    """Each setting of a broken site.yaml that can be read on its own (an empty list is
    left out, like a missing key)."""
    good = {}
    for key in Readable.model_fields:
        try:
            if data[key] == []:
                continue
            Readable.model_validate({key: data[key]}, context=context)
            good[key] = data[key]
        except (KeyError, ValidationError):
            pass
    return Readable.model_validate(good, context=context)


def _settings(config: SiteConfig | None, readable: Readable) -> Settings:
    vocab = {k: v.split() for k, v in BUILT_IN.items()}
    names = {k: {w: NAMES[w] for w in v} for k, v in vocab.items()}
    for name in EXTENSIBLE:
        for term in getattr(readable.vocabularies, name):
            vocab[name].append(term.slug)
            names[name][term.slug] = term.name
    vocab["regions"] = [r.slug for r in readable.regions]
    names["regions"] = {r.slug: r.name for r in readable.regions}
    return Settings(config, readable, vocab, names)
