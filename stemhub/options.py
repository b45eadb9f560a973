"""What a command was asked to do: the options every command that reads the site takes, and
the usage error a command line can make (exit 2)."""
from __future__ import annotations

import os
import time
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo


NO_SEARCH_INDEX = "STEMHUB_NO_SEARCH_INDEX"  # "1": a build without Pagefind (tests only)


class UsageError(Exception):
    pass


@dataclass
class Options:
    source: Path
    today: date | None = None  # None: the date now in the site's time zone
    base_url: str | None = None
    drafts: bool = False
    preview_port: int | None = None  # the dev server's: pages link to it, with its bar

    @classmethod
    def of(cls, args) -> Options:
        """The options of a parsed command line."""
        source = Path(args.source)
        if not source.is_dir():
            raise UsageError(f"the source folder {args.source} does not exist")
        today = parse_date(args.today, "--today") if getattr(args, "today", None) else None
        return cls(source.resolve(), today, getattr(args, "base_url", None),
                   getattr(args, "drafts", False))


def parse_date(text: str, option: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise UsageError(f"{option} {text!r} is not a date (YYYY-MM-DD)") from None


def today_of(zone: str) -> date:
    """Today in the site's time zone; at SOURCE_DATE_EPOCH when it is set (reproducible
    builds)."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    moment = int(epoch) if epoch and epoch.strip().isdigit() else time.time()
    return datetime.fromtimestamp(moment, ZoneInfo(zone)).date()


def search_index() -> bool:
    """Whether a build runs Pagefind (outputs/pagefind.py): always, unless the environment holds
    STEMHUB_NO_SEARCH_INDEX=1, the mode of the tests that do not look at search. A site built so
    has no word index: never publish one."""
    return os.environ.get(NO_SEARCH_INDEX) != "1"
