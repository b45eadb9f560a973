"""site.yaml's `repository`: the content repository on GitHub, whose "Report a problem",
"Suggest an edit" and "Propose it on GitHub" links and the admin/ of Decap CMS are made from it
(docs/decap.md). Its branch follows git's rules for branch names and is percent-encoded in every
link, so no branch can lead a link to another repository."""
from __future__ import annotations

import re
from typing import Annotated
from urllib.parse import quote

from pydantic import AfterValidator, model_validator

from .addresses import host_flaw
from .fields import Url, one_line, problem, show
from .models import Record

# git check-ref-format --branch: what a branch name may not hold or be, in plain words.
_BRANCH_RULES = (
    (re.compile(r"\.\."), "has two dots in a row ('..')"),
    (re.compile(r"[ ~^:?*\[\\]"), "has a space or one of ~ ^ : ? * [ \\"),  # control
    # characters: refused as in every one-line field
    (re.compile(r"@\{"), "has '@{'"),
    (re.compile(r"//"), "has two slashes in a row ('//')"),
    (re.compile(r"^[/.-]|/$|\.$"), "starts with '/', '.' or '-', or ends with '/' or '.'"),
    (re.compile(r"/\."), "has a part that starts with '.' (after a '/')"),
    (re.compile(r"\.lock(/|$)"), "has a part that ends with '.lock'"),
    (re.compile(r"^(@|HEAD)$"), "is a name git keeps for itself"),
)


def _branch(text: str) -> str:
    for rule, what in _BRANCH_RULES:
        if rule.search(text):
            raise problem(f"{show(text)} is not a branch name git allows: it {what}; write the "
                          "branch's name as `git branch` shows it (main)")
    return text


def _host(text: str) -> str:
    flaw = host_flaw(text)
    if flaw:
        raise problem(flaw.of(show(text)))
    return text


Branch = Annotated[one_line(100), AfterValidator(_branch)]
Host = Annotated[one_line(253), AfterValidator(_host)]


class Repository(Record):
    url: Url
    branch: Branch = "main"
    base_url: Url | None = None  # the OAuth service Decap signs staff in through
    site_domain: Host | None = None  # the site's name at that service

    @model_validator(mode="after")
    def _owner_and_name(self) -> Repository:
        parts = self.name.split("/")
        if "?" in self.url or "#" in self.url or len(parts) != 2 or not all(parts):
            raise problem(f"{show(self.url)} is not a repository's address; write it as "
                          "https://github.com/owner/name", at=("url",))
        return self

    @property
    def home(self) -> str:
        """Its web address without a trailing / or .git: https://github.com/owner/name."""
        return self.url.rstrip("/").removesuffix(".git")

    @property
    def name(self) -> str:
        """owner/name."""
        return self.home.split("://", 1)[1].partition("/")[2]

    def page(self, action: str, path: str = "") -> str:
        """GitHub's page `action` (edit, blob, new) of a file of the branch, or of the branch
        itself: <home>/<action>/<branch>[/<path>], branch and path percent-encoded."""
        url = f"{self.home}/{action}/{quote(self.branch, safe='/')}"
        return f"{url}/{quote(path, safe='/')}" if path else url
