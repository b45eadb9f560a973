""""Suggest an edit": a record's file in the repository's web editor (GitHub's
<repository>/edit/<branch>/<path>), for the pages of programs and partners, when site.yaml
names a repository. On a language's page the file its text comes from: the translation when
there is one, with the original beside it (the facts, dates and costs, are only there)."""
from __future__ import annotations

from dataclasses import dataclass

from ..records.settings import Repository


@dataclass(frozen=True)
class Edit:
    url: str  # the web editor of the file the page's text comes from
    original: str | None = None  # the original's, when that file is a translation


def edit_of(item, repository: Repository | None) -> Edit | None:
    """A record's page's edit links; none without a repository."""
    if repository is None:
        return None
    original = repository.page("edit", item.entry.source.rel)
    translation = item.translations.get(item.lang)
    if translation is None:
        return Edit(original)
    return Edit(repository.page("edit", translation.source.rel), original)
