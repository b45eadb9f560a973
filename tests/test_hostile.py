"""Hostile and broken content (issue 4): every folder under tests/hostile/ is one case.

A case folder holds the files to put into the minimal test site (same relative paths; a file
replaces the fixture's file of that path), an optional `make.py` defining
`make(root: pathlib.Path) -> None` for what git cannot store (symlinks, FIFOs, huge sparse
files), and `expected.txt`. Its first line is the kind of outcome:

- `rejected`: the exact problem lines `check` prints (without the summary) follow; exit 1.
- `warned`: the exact warning lines follow; `check` and `build` exit 0.
- `neutralised`: `build` exits 0 (warnings allowed, errors not); `absent:`/`present:` lines
  are checked against the built page of the program robotics-club and of every
  `page: <site path>` given.
- `accepted`: `check` reports no problem, `build` exits 0; `identical-to: <case-id>` asserts that
  the built output tree is byte-identical to that case's.

Other directive lines, allowed with any kind that builds: `absent: <substring>` (in none of
the checked pages), `present: <substring>` (in at least one of them), `once: <substring>`
(exactly once in the program page), `page: <site path>`.
With any kind: `apart` runs `check` and `build` in a fresh interpreter, stopped by a hang guard
of HANG_GUARD seconds, instead of in this process: for cases that would hang the test run if
the reader regressed (a FIFO opened, a symlink loop followed). A guard against hanging, not a
bound on time: how long each shape takes is bench/linear.py's to measure.
With a kind that builds: `max-output-ratio: N`, output proportional to input: each byte of text
the case adds to content/ adds fewer than N bytes to the built site, per language of the site
(each language mirrors every page), both counted beyond the same records made with the least
text (its make.py's `make(root, least=True)`): the fixed size of the pages a record makes is
not counted, as the content model says.
Never counted: static/ (the theme's files, copied unchanged) and pagefind/ (Pagefind's runtime,
about 650 KB for any site, and its compressed index of the pages already counted).

On top of the case's own lines, every checked page passes the same safety net: the strict
Content-Security-Policy meta is the first element of <head>; no script, style, iframe, object,
embed, base, form, svg, math or meta-refresh element; no on* attribute or `target`; no
href/src with a scheme other than http(s), mailto or tel; external links carry
rel="noopener noreferrer". Output never holds a raw control character or a traceback.
"""
from __future__ import annotations

import filecmp
import importlib.util
import json
import re
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

import pytest
import yaml

from stemhub.site.pagefind import EARLY
from tests.conftest import ONE_LANGUAGE, TODAY, Result, SiteFolder

HOSTILE = Path(__file__).parent / "hostile"
ROOT = Path(__file__).parent.parent
PROGRAM_PAGE = "programs/robotics-club/"
CSP = ("default-src 'none'; img-src 'self'; style-src 'self'; script-src 'self'; "
       "font-src 'self'; connect-src 'self'; form-action 'self'; base-uri 'none'")
# The search page runs the theme's search.js, its first step inline and Pagefind's WebAssembly:
# exactly that more.
SEARCH_CSP = CSP.replace("script-src 'self'", f"script-src 'self' 'wasm-unsafe-eval' {EARLY.csp}")
EARLY_TAG = "<script>" + str(EARLY.script) + "</script>"
SEARCH_SCRIPT = re.compile(r"(/[a-z0-9/_-]*)?/static/search\.js")
# A program page runs the theme's share.js (the share button), deferred: nothing more.
SHARE_SCRIPT = re.compile(r"(/[a-z0-9/_-]*)?/static/share\.js")
# The "List your program" page runs the theme's submit.js (its form), deferred: nothing more.
SUBMIT_SCRIPT = re.compile(r"(/[a-z0-9/_-]*)?/static/submit\.js")
FORM_PAGE = "submit/program/"
KINDS = ("rejected", "warned", "neutralised", "accepted")
DIRECTIVES = ("absent", "present", "once", "page", "identical-to", "max-output-ratio")
HANG_GUARD = 600  # seconds: only a case that hangs reaches it
FIXED_OUTPUT = ("static", "pagefind")  # left out of max-output-ratio (see above)
# C0 except LF and CR (TAB is legitimate in output of pretty printers, but not in messages),
# DEL, C1, and the invisible line breaks.
RAW_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029]")
FORBIDDEN_TAGS = {"script", "style", "iframe", "frame", "frameset", "object", "embed", "base",
                  "form", "svg", "math", "applet", "link-import", "template", "noscript"}
SAFE_SCHEMES = ("http:", "https:", "mailto:", "tel:", "sms:")


@dataclass
class Expected:
    kind: str
    problems: list[str] = field(default_factory=list)
    absent: list[str] = field(default_factory=list)
    present: list[str] = field(default_factory=list)
    once: list[str] = field(default_factory=list)
    pages: list[str] = field(default_factory=list)
    identical_to: str | None = None
    apart: bool = False
    max_output_ratio: float | None = None


def parse_expected(case: Path) -> Expected:
    lines = (case / "expected.txt").read_text(encoding="utf-8").splitlines()
    kind = lines[0].strip()
    assert kind in KINDS, f"{case.name}: unknown kind {kind!r}"
    exp = Expected(kind)
    for line in lines[1:]:
        if not line.strip():
            continue
        if line.strip() == "apart":
            exp.apart = True
            continue
        key, sep, value = line.partition(": ")
        if sep and key in DIRECTIVES:
            if key == "absent":
                exp.absent.append(value)
            elif key == "present":
                exp.present.append(value)
            elif key == "once":
                exp.once.append(value)
            elif key == "page":
                exp.pages.append(value)
            elif key == "identical-to":
                exp.identical_to = value.strip()
            else:
                exp.max_output_ratio = float(value)
        else:
            exp.problems.append(line)
    return exp


def case_ids() -> list[str]:
    return sorted(p.name for p in HOSTILE.iterdir() if (p / "expected.txt").is_file())


def prepare(case_id: str, root: Path, **options) -> SiteFolder:
    """The minimal site with the case's files laid over it (and its make.py run, given the
    options): in its default language only (half the pages), unless the case has a
    translation or its own site.yaml."""
    site = SiteFolder(root)
    case = HOSTILE / case_id
    files = [p.relative_to(case).as_posix() for p in sorted(case.rglob("*")) if p.is_file()]
    files = [rel for rel in files if rel not in ("expected.txt", "make.py")
             and "__pycache__" not in rel]
    if not any(rel == "site.yaml" or rel.count(".") > 1 for rel in files):
        site.write("site.yaml", ONE_LANGUAGE)
    for rel in files:
        site.write(rel, (case / rel).read_bytes())
    make = case / "make.py"
    if make.is_file():
        spec = importlib.util.spec_from_file_location(f"hostile_make_{case_id}", make)
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        module.make(root, **options)
    return site


_CHILD = r"""
import contextlib, io, json, sys
sys.path.insert(0, sys.argv[1])
from stemhub.cli import main
runs = []
for argv in json.loads(sys.argv[2]):
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = main(argv)
        except SystemExit as exit_:
            code = exit_.code
    runs.append([code, out.getvalue(), err.getvalue()])
print(json.dumps(runs))
"""


def run_apart(argvs: list[list[str]]) -> list[Result]:
    """Run CLI invocations in one fresh interpreter, stopped by the hang guard."""
    proc = subprocess.run([sys.executable, "-c", _CHILD, str(ROOT), json.dumps(argvs)],
                          capture_output=True, text=True, timeout=HANG_GUARD, cwd=ROOT)
    assert proc.returncode == 0, proc.stderr[-3000:]
    return [Result(*run) for run in json.loads(proc.stdout.strip().splitlines()[-1])]


class PageAudit(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, list[tuple[str, str | None]]]] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, attrs))

    def handle_startendtag(self, tag, attrs):
        self.tags.append((tag, attrs))


def audit_page(text: str, where: str) -> None:
    """The safety net every built page passes."""
    assert not RAW_CONTROL.search(text), f"{where}: raw control character in the page"
    parser = PageAudit()
    parser.feed(text)
    tags = parser.tags
    head = [i for i, (t, _) in enumerate(tags) if t == "head"]
    assert head, f"{where}: no <head>"
    first = tags[head[0] + 1]
    theme_script = [a for t, a in tags if t == "script" and dict(a).get("type") == "module"]
    policy = SEARCH_CSP if theme_script else CSP
    assert first[0] == "meta" and dict(first[1]).get("http-equiv") == "Content-Security-Policy" \
        and dict(first[1]).get("content") == policy, \
        f"{where}: CSP meta is not first in <head>: {first}"
    for data in re.findall(r'<script type="application/ld\+json">(.*?)</script>', text, re.S):
        assert "<" not in data and json.loads(data), f"{where}: unsafe JSON-LD {data[:200]}"
    for tag, attrs in tags:
        if tag == "script" and attrs == [("type", "application/ld+json")]:
            continue  # structured data, checked above: never executed, never holds '<'
        if tag == "script" and len(attrs) == 2 and attrs[0] == ("type", "module") \
                and attrs[1][0] == "src" and SEARCH_SCRIPT.fullmatch(attrs[1][1] or ""):
            continue  # the theme's own search script, on the search page
        if tag == "script" and not attrs and text.count("<script>") == text.count(EARLY_TAG):
            continue  # the search page's first step, inline (its digest in the CSP): no other
        if tag == "script" and len(attrs) == 2 and attrs[0] == ("defer", None) \
                and attrs[1][0] == "src" and SHARE_SCRIPT.fullmatch(attrs[1][1] or ""):
            continue  # the theme's own share script, on a program page
        if tag == "script" and len(attrs) == 2 and attrs[0] == ("defer", None) \
                and attrs[1][0] == "src" and SUBMIT_SCRIPT.fullmatch(attrs[1][1] or ""):
            continue  # the theme's own form script, on the "List your program" page
        theme_icon = (tag == "svg" and ("class", "sh-icon") in attrs) or tag == "path"
        search_box = tag == "form" and ("role", "search") in attrs and ("method", "get") in attrs
        program_form = tag == "form" and ("id", "sh-form") in attrs and not \
            {"action", "method"} & {k for k, _ in attrs}  # written in the browser, never sent
        assert theme_icon or search_box or program_form or tag not in FORBIDDEN_TAGS, \
            f"{where}: <{tag}> element in the output"
        names = {k.lower(): (v or "") for k, v in attrs}
        for name in names:
            assert not name.startswith("on"), f"{where}: <{tag} {name}=...> in the output"
            assert name not in ("target", "formaction", "srcdoc", "xlink:href"), \
                f"{where}: <{tag} {name}=...> in the output"
        if tag == "meta":
            assert names.get("http-equiv", "").lower() != "refresh", f"{where}: meta refresh"
        for attr in ("href", "src", "action", "poster", "data"):
            if attr in names:
                value = re.sub(r"[\x00-\x20]", "", names[attr]).lower()
                scheme = re.match(r"^([a-z][a-z0-9+.-]*):", value)
                assert not scheme or value.startswith(SAFE_SCHEMES), \
                    f"{where}: <{tag} {attr}={names[attr]!r}>"
                assert not value.startswith(("//", "/\\", "\\")), \
                    f"{where}: <{tag} {attr}={names[attr]!r}> leaves the site"
        if tag == "a" and names.get("href", "").lower().startswith(("http:", "https:")):
            assert set(names.get("rel", "").split()) >= {"noopener", "noreferrer"}, \
                f"{where}: external link without rel=noopener noreferrer: {names}"


def assert_clean_output(result: Result, where: str) -> None:
    for stream in (result.out, result.err):
        assert "Traceback" not in stream, f"{where}: traceback\n{stream[-2000:]}"
        bad = RAW_CONTROL.findall(stream)
        assert not bad, f"{where}: raw control characters {bad!r} in the output"
        assert "\t" not in stream, f"{where}: raw tab in the output"


def read_page(out: Path, url: str) -> str:
    url = url.strip("/")
    path = out / url if url.endswith(".html") else out / url / "index.html"
    assert path.is_file(), f"no page {url}"
    return path.read_text(encoding="utf-8")


def sizes(source: Path, out: Path) -> tuple[int, int]:
    """(bytes under content/, bytes of the built site but FIXED_OUTPUT)."""
    given = sum(p.stat().st_size for p in (source / "content").rglob("*") if p.is_file())
    made = sum(p.stat().st_size for p in out.rglob("*")
               if p.is_file() and p.relative_to(out).parts[0] not in FIXED_OUTPUT)
    return given, made


def output_ratio(case_id: str, source: Path, out: Path) -> float:
    """Bytes the case's text adds to the built site, per language, over the bytes it adds to
    content/: against the same records made with the least text (its make(root, least=True)),
    so that the fixed size of the pages a record makes is not counted (content-model.md)."""
    with tempfile.TemporaryDirectory() as tmp:
        least = prepare(case_id, Path(tmp) / "src", least=True)
        assert least.build(Path(tmp) / "out").code == 0
        given_0, made_0 = sizes(least.root, Path(tmp) / "out")
    given, made = sizes(source, out)
    languages = yaml.safe_load((source / "site.yaml").read_text("utf-8"))["languages"]
    return (made - made_0) / len(languages) / (given - given_0)


def run_case(case_id: str, base: Path) -> tuple[Expected, Result, Result, Path]:
    exp = parse_expected(HOSTILE / case_id)
    site = prepare(case_id, base / "src")
    out = base / "out"
    check_argv = ["check", "--source", str(site.root), "--today", TODAY]
    build_argv = ["build", "--source", str(site.root), "--out", str(out), "--today", TODAY]
    if exp.apart:
        check, build = run_apart([check_argv, build_argv])
    else:
        check, build = site.run(*check_argv), site.run(*build_argv)
    return exp, check, build, out


@pytest.mark.parametrize("case_id", case_ids())
def test_hostile(case_id: str, tmp_path: Path):
    exp, check, build, out = run_case(case_id, tmp_path)
    assert_clean_output(check, f"{case_id} check")
    assert_clean_output(build, f"{case_id} build")
    if exp.kind == "rejected":
        assert check.problems == exp.problems
        assert check.code == 1
        assert all(": error: " in line or ": warning: " in line for line in exp.problems)
        assert build.code == 1 and not out.exists()
        return
    if exp.kind == "warned":
        assert check.problems == exp.problems
        assert all(": warning: " in line for line in exp.problems)
        assert check.code == 0
    if exp.kind == "accepted":
        assert check.problems == [] and check.code == 0, check.out
    assert build.code == 0, build.err
    if exp.kind == "neutralised":
        assert not any(": error: " in line for line in check.problems), check.out
    # the form page lists every partner by name: audited, but it has markup of its own
    audit_page(read_page(out, FORM_PAGE), f"{case_id} {FORM_PAGE}")
    pages = {url: read_page(out, url) for url in [PROGRAM_PAGE, *exp.pages]}
    for url, text in pages.items():
        audit_page(text, f"{case_id} {url}")
        for needle in exp.absent:
            assert needle not in text, f"{case_id} {url}: {needle!r} is in the page"
    for needle in exp.present:
        assert any(needle in text for text in pages.values()), \
            f"{case_id}: {needle!r} is in none of the pages {list(pages)}"
    text = pages[PROGRAM_PAGE]
    for needle in exp.once:
        assert text.count(needle) == 1, f"{case_id}: {needle!r} x{text.count(needle)}"
    if exp.max_output_ratio:
        ratio = output_ratio(case_id, out.parent / "src", out)
        assert ratio < exp.max_output_ratio, f"{case_id}: output is {ratio:.1f} times the input"
    if exp.identical_to:
        _, _, other_build, other_out = run_case(exp.identical_to, tmp_path / "other")
        assert other_build.code == 0
        assert_same_tree(out, other_out)


def assert_same_tree(a: Path, b: Path) -> None:
    files_a = sorted(p.relative_to(a).as_posix() for p in a.rglob("*") if p.is_file())
    files_b = sorted(p.relative_to(b).as_posix() for p in b.rglob("*") if p.is_file())
    assert files_a == files_b
    _, mismatch, errors = filecmp.cmpfiles(a, b, files_a, shallow=False)
    assert (mismatch, errors) == ([], [])


def test_corpus_has_every_kind_and_enough_cases():
    ids = case_ids()
    assert len(ids) >= 45
    assert {parse_expected(HOSTILE / i).kind for i in ids} == set(KINDS)


@pytest.mark.parametrize("url", ["", PROGRAM_PAGE, "programs/", "partners/acme/", FORM_PAGE,
                                 "404.html"])
def test_csp_meta_first_in_head(site: SiteFolder, url: str):
    assert site.build().code == 0
    text = site.page(url) if url else (site.root / "site" / "index.html").read_text("utf-8")
    head = text.split("<head>", 1)[1].lstrip()
    assert head.startswith(f'<meta http-equiv="Content-Security-Policy" content="{CSP}">')
    audit_page(text, url or "home")
