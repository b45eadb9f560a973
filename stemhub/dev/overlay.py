"""The dev server's error overlay: when the latest rebuild has errors, every page it serves ends
with a dialog that lists them, `file:line:col: message` and the lines around it quoted from the
file, all escaped; with warnings only, a small link to /_problems/. And its badges: a record the
published site does not have yet (a draft, an update scheduled for a later day) is marked
"Draft" or "Scheduled for <day>" on its page and beside every link to it (its cards, the home
page's latest update). The build's pages never contain them: the server adds them to the HTML
it sends (overlay.css, overlay.js and badges.js beside it)."""
from __future__ import annotations

from html import escape
from pathlib import Path

from ..problems import ERROR, Problem, plural, printable
from ..render.i18n import to_json
from ..site.catalog import published
from ..site.public import changed_on

SHOWN = 50  # errors listed; the rest are counted, all are on /_problems/
AROUND = 2  # lines quoted before and after a problem's line
WIDEST = 300  # characters of a quoted line shown
FILES = Path(__file__).parent.parent / "theme" / "dev"  # overlay.css, overlay.js


def notice(problems: list[Problem], source: Path) -> bytes:
    """What ends every page while problems stand: the overlay with the errors, a link to the
    warnings, or nothing."""
    errors = [p for p in problems if p.severity == ERROR]
    if errors:
        return _overlay(errors, source).encode("utf-8")
    if problems:
        return (f'<p class="sh-dev-warnings" role="status"><a href="/_problems/">'
                f'{plural(len(problems), "warning")}</a></p>').encode("utf-8")
    return b""


def marks(made, base_path: str) -> dict[str, str]:
    """The path of each page (in every language) of a record the published site does not have
    yet -> its badge: "Draft", or "Scheduled for <day>" for an update not yet published."""
    found = {}
    for edition in made.editions if made else ():
        for items in edition.catalog.items.values():
            for item in items.values():
                if published(item.entry, edition.catalog.today, drafts=False) is None:
                    continue
                day = changed_on(item)
                draft = getattr(item.entry.record, "draft", False)
                found[base_path + edition.prefix + item.url] = "Draft" if draft else \
                    f"Scheduled for {day:%B} {day.day}, {day.year}"
    return found


def badges(marked: dict[str, str]) -> bytes:
    """What marks those pages and the links to them on every page served, or nothing."""
    if not marked:
        return b""
    return (f'<link rel="stylesheet" href="/_dev/overlay.css">\n<script type="application/json" '
            f'id="sh-dev-badges">{to_json(sorted(marked.items()))}</script>\n'
            '<script src="/_dev/badges.js"></script>\n').encode("utf-8")


def inject(page: bytes, extra: bytes) -> bytes:
    """The page with extra at the end of its body."""
    at = page.rfind(b"</body>")
    return page + extra if at < 0 else page[:at] + extra + page[at:]


def _overlay(errors: list[Problem], source: Path) -> str:
    items = "\n".join(_problem(p, source) for p in errors[:SHOWN])
    more = len(errors) - SHOWN
    rest = f'<p>{plural(more, "more error")}: see <a href="/_problems/">every problem</a>.</p>' \
        if more > 0 else '<p><a href="/_problems/">Every problem</a></p>'
    return f"""<link rel="stylesheet" href="/_dev/overlay.css">
<div id="sh-overlay" class="sh-overlay" role="alertdialog" aria-modal="true" aria-labelledby="sh-overlay-title" tabindex="-1">
<div class="sh-overlay-box">
<h2 id="sh-overlay-title">The site has {plural(len(errors), "error")}: this page is the last good one</h2>
<p>Fix the file and save: the page comes back by itself.</p>
<ol>
{items}
</ol>
{rest}
<button type="button" id="sh-overlay-close">Close</button>
</div>
</div>
<script src="/_dev/overlay.js"></script>
"""


def _problem(p: Problem, source: Path) -> str:
    where = f"{p.path}:{p.line}" + (f":{p.col}" if p.col else "")
    return (f'<li><p><code>{escape(where)}</code>: {escape(p.message)}</p>'
            f'{_quote(p, source)}</li>')


def _quote(p: Problem, source: Path) -> str:
    """The problem's line and AROUND lines either side, numbered, its own marked; nothing for
    a file outside the site folder or one that cannot be read."""
    lines = _lines(source, p.path, p.line + AROUND)
    first = max(1, p.line - AROUND)
    shown = []
    for number, text in enumerate(lines[first - 1:], start=first):
        row = f"{number:>5} | {escape(printable(text.expandtabs(4)[:WIDEST]))}"
        shown.append(f"<mark>{row}</mark>" if number == p.line else row)
    return f"<pre>{chr(10).join(shown)}</pre>" if shown else ""


def _lines(source: Path, rel: str, last: int) -> list[str]:
    """The first `last` lines of a file of the site folder."""
    root = source.resolve()
    path = (root / rel).resolve()
    if not path.is_relative_to(root) or not path.is_file():
        return []
    found = []
    with path.open(encoding="utf-8", errors="replace", newline="") as f:
        for text in f:
            found.append(text.rstrip("\r\n"))
            if len(found) >= last:
                break
    return found
