"""What of a record can be read when the whole of it cannot: each field read on its own, so
that the checks that need only some fields (cross-field rules, the body's links) run on
whatever could be read, and a file shows every problem in one run."""
from __future__ import annotations

from functools import cache
from typing import Annotated, get_args

from pydantic import TypeAdapter, ValidationError

from .models import Record


def partial(model: type[Record], data, context: dict) -> Record:
    """A record of model with the fields of data that are valid on their own (a set of keys
    with errors: those of its keys that are); the others take their default, or are absent
    (getattr(record, name, None) reads them)."""
    fields = model.model_fields
    read = {}
    for key, value in data.items() if isinstance(data, dict) else ():
        if key in fields:
            try:
                read[key] = _reader(model, key).validate_python(value, context=context)
            except ValidationError:  # reported by the record's own validation
                inner = _record_in(fields[key].annotation)
                if inner and isinstance(value, dict):
                    read[key] = partial(inner, value, context)
    return model.model_construct(**read)


def _record_in(annotation) -> type[Record] | None:
    """The record model a field holds (`Schedule | None`), if any."""
    return next((a for a in (annotation, *get_args(annotation))
                 if isinstance(a, type) and issubclass(a, Record)), None)


@cache
def _reader(model: type[Record], name: str) -> TypeAdapter:
    field = model.model_fields[name]
    annotation = field.annotation
    return TypeAdapter(Annotated[(annotation, *field.metadata)] if field.metadata else annotation)
