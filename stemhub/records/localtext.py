"""Site texts in every language (content-model.md, "Site texts in every language"): site.yaml's
title, description, announcement text, region and vocabulary names are one text or a text per
language."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated, Any

from pydantic import PlainValidator, ValidationInfo, WithJsonSchema
from pydantic_core import PydanticCustomError

from .fields import TEXT, limited, problem
from .languages import CODE, known_code


@dataclass(frozen=True)
class LocalText:
    """A site text in the site's languages (content-model.md, "Site texts in every language"):
    (language code in lower case, text) pairs, the site's first language first. str() is the
    first language's text."""

    texts: tuple[tuple[str, str], ...]

    def in_language(self, lang: str) -> tuple[str, str]:
        """The text for a page in lang and the language it is written in: lang's own text,
        else the first language's."""
        return next((pair[::-1] for pair in self.texts if pair[0] == lang), self.texts[0][::-1])

    def __str__(self) -> str:
        return self.texts[0][1]


def local_text(limit: int):
    """A text in the site's first language, or a mapping of language code to text that holds
    the first language ({en: Eastside, es: Zona Este}). The languages come from the validation
    context ("languages": site.yaml's, None when they cannot be read: then any known code)."""
    text = limited(limit)

    def check(value: Any, info: ValidationInfo) -> LocalText:
        languages = (info.context or {}).get("languages")
        codes = [x.lower() for x in languages] if languages else []
        if not isinstance(value, dict):
            return LocalText(((codes[0] if codes else "", text(value)),))
        texts = {}
        for code, written in value.items():
            lang = _site_language(str(code), languages)
            if lang in texts:
                raise problem(f"'{code}' is a language given twice; keep one", at=(code,),
                              key=True)
            texts[lang] = _keyed(text, written, code)
        if not texts:
            raise problem("has no text; write one")
        first = codes[0] if codes else next(iter(texts))
        if first not in texts:
            raise problem(f"has no text in {languages[0]}, the site's first language; add "
                          f"'{languages[0]}: ...' (the other languages fall back to it)")
        return LocalText(((first, texts.pop(first)), *texts.items()))
    return Annotated[LocalText, PlainValidator(check), WithJsonSchema({"anyOf": [
        {"type": TEXT, "maxLength": limit},
        {"type": "object", "propertyNames": {"pattern": CODE.pattern},
         "additionalProperties": {"type": TEXT, "maxLength": limit}}]})]


def _site_language(code: str, languages: list[str] | None) -> str:
    """A key of a site text's mapping: a language of the site, in lower case."""
    known = known_code(code)
    listed = [x.lower() for x in languages] if languages else [(known or "").lower()]
    if known is None or known.lower() not in listed:
        hint = f"languages ({', '.join(languages)})" if languages else "the languages stemhub knows"
        raise problem(f"'{code}' is not in {hint}; add the language to languages or remove "
                      "this text", at=(code,), key=True)
    return known.lower()


def _keyed(check, value: Any, key: str) -> str:
    """A value of a mapping checked, a problem reported at its key's value."""
    try:
        return check(value)
    except PydanticCustomError as err:
        raise problem(err.message(), at=(key,)) from None
