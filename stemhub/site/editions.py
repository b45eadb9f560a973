"""The site in each of its languages (content-model.md, URLs): the first language at the root,
every other one mirrored under /<lang>/. An edition is one language's catalog: the same records,
each with the text of its translation into that language where one gives it, and the original
text elsewhere; facts are always the original's."""
from __future__ import annotations

from dataclasses import dataclass, replace

from ..records.models import Record
from .catalog import Catalog, Item


@dataclass
class Edition:
    lang: str  # "es"
    prefix: str  # the folder of its pages: "" for the first language, else "es/"
    catalog: Catalog


def editions(catalog: Catalog) -> list[Edition]:
    """The first language's edition (the catalog itself), then one for each other language."""
    first, *others = folders(catalog.settings.readable.languages).items()
    return [Edition(first[0], "", catalog)] + [
        Edition(lang, prefix, localized(catalog, lang)) for lang, prefix in others]


def folders(languages: list[str]) -> dict[str, str]:
    """Each language's folder, the first first: {"en": "", "es": "es/"}."""
    codes = [code.lower() for code in languages]
    return {lang: "" if i == 0 else lang + "/" for i, lang in enumerate(codes)}


def localized(catalog: Catalog, lang: str) -> Catalog:
    """The catalog with every record in lang: a copy of each item, the references between them
    pointing at the copies, lists and facets made again (titles sort in their language)."""
    copies = {id(item): in_language(item, lang) for kind in catalog.items
              for item in catalog.items[kind].values()}
    for item in copies.values():
        item.partners = [copies[id(p)] for p in item.partners]
        item.programs = [copies[id(p)] for p in item.programs]
        item.past = [copies[id(p)] for p in item.past]
    items = {kind: {slug: copies[id(item)] for slug, item in by_slug.items()}
             for kind, by_slug in catalog.items.items()}
    return Catalog(catalog.settings, catalog.today, items, catalog.unpublished, lang)


def in_language(item: Item, lang: str) -> Item:
    """A copy of a first-language item with the text of its translation into lang, where it
    has one (its references still the first language's)."""
    translation = item.translations.get(lang)
    if translation is None:
        return replace(item, lang=lang)
    record, fields = with_text(item.entry.record, translation.record)
    if _has_body(translation):
        fields.add("body")
    return replace(item, lang=lang, record=record, translated=frozenset(fields))


def with_text(record: Record, text: Record) -> tuple[Record, set[str]]:
    """The record with the text fields a translation gives ("location.name" inside location),
    and the names of those fields."""
    update, fields = {}, set()
    for name in text.model_fields_set:
        value = getattr(text, name)
        if isinstance(value, Record):
            inner, given = with_text(getattr(record, name), value)
            update[name] = inner
            fields.update(f"{name}.{field}" for field in given)
        elif value is not None:
            update[name] = value
            fields.add(name)
    return record.model_copy(update=update), fields


def _has_body(translation) -> bool:
    body = translation.doc.body
    return body is not None and bool(body.strip())
