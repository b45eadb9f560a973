"""Exact problem lines for the rules on files, slugs, logos, site.yaml and Markdown bodies
(content-model.md, "The site folder", "Slugs", "site.yaml", "Values" on links and images)."""
from __future__ import annotations

from tests.conftest import SITE_YAML
from tests.rulekit import (ACME, PROG, REMOVE, SITE, SYMLINK, case, partner, program,
                           rule_test)

P = PROG
A = ACME
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 32
JPEG = b"\xff\xd8\xff\xe0" + b"\x00" * 32
LOGOS = "content/partners/logos"
GUIDE = "content/guides/hosting.md"
ABOUT = "content/pages/about.md"


def guide(body: str, **extra: str) -> str:
    """A guide: front matter lines 1-6, body from line 7."""
    fields = {"title": "Hosting a field trip", "summary": "How to host a class.",
              "audience": "[partners]", "updated": "2026-11-01", **extra}
    return "---\n" + "".join(f"{k}: {v}\n" for k, v in fields.items()) + "---\n" + body


def page(body: str = "About us.\n", **extra: str) -> str:
    fields = {"title": "About", **extra}
    return "---\n" + "".join(f"{k}: {v}\n" for k, v in fields.items()) + "---\n" + body


CASES = [
    # --- files that are not records ----------------------------------------------------------
    case("ext-markdown", {"content/programs/chess.markdown": program()}, [
        'content/programs/chess.markdown:1: error: Markdown records must end in .md; rename it to chess.md',
    ]),
    case("ext-upper-md", {"content/programs/chess.MD": program()}, [
        'content/programs/chess.MD:1: error: Markdown records must end in .md; rename it to chess.md',
    ]),
    case("ext-yml", {"content/partners/beta.yml": partner()}, [
        'content/partners/beta.yml:1: error: YAML partner files must end in .yaml; rename it to beta.yaml',
    ]),
    case("ext-txt", {"content/programs/notes.txt": "notes\n"}, [
        'content/programs/notes.txt:1: error: this file is not read: content/programs/ holds only .md files',
    ]),
    case("editor-backup", {"content/programs/robotics-club.md~": program()}, [
        'content/programs/robotics-club.md~:1: error: this looks like an editor backup; delete it',
    ]),
    case("hidden-file", {"content/programs/.draft.md": program()}, [
        'content/programs/.draft.md:1: error: hidden files are not read; delete it or give it a name without a leading dot',
    ]),
    case("sub-folder-under-programs", {"content/programs/old/chess.md": program()}, [
        'content/programs/old/chess.md:1: error: files in sub-folders of content/programs/ are not read (it holds no sub-folders); move it up a level',
    ]),
    case("file-directly-in-content", {"content/notes.md": "notes\n"}, [
        'content/notes.md:1: error: files directly in content/ are not read; move it into one of content/partners/, content/programs/, content/guides/, content/updates/, content/pages/',
    ]),
    case("unknown-folder-in-content", {"content/events/fair.md": program()}, [
        "content/events:1: error: unknown folder 'events'; content/ holds only partners, programs, guides, updates, pages",
    ]),
    case("symlink-record", {"content/programs/chess.md": SYMLINK + "robotics-club.md"}, [
        'content/programs/chess.md:1: error: symlinks are not allowed under content/; replace the link with the real file',
    ]),
    case("symlink-folder", {"content/programs/linked": SYMLINK + "../partners"}, [
        'content/programs/linked:1: error: symlinks are not allowed under content/; replace the link with the real file',
    ]),
    # --- records saved outside content/ ------------------------------------------------------
    case("program-at-root", {"summer-camp.md": program()}, [
        "summer-camp.md:1: error: a program file belongs in content/programs/",
    ]),
    case("program-in-root-programs-folder", {"programs/chess.md": program()}, [
        "programs/chess.md:1: error: a program file belongs in content/programs/",
    ]),
    case("partner-at-root-yml", {"beta-labs.yml": partner()}, [
        "beta-labs.yml:1: error: a partner file belongs in content/partners/",
    ]),
    case("partner-in-root-partners-folder", {"partners/beta.yaml": partner()}, [
        "partners/beta.yaml:1: error: a partner file belongs in content/partners/",
    ]),
    case("guide-at-root", {"hosting.md": guide("Text.\n")}, [
        "hosting.md:1: error: a guide file belongs in content/guides/",
    ]),
    case("page-in-root-pages-folder", {"pages/about.md": page(nav="1")}, [
        "pages/about.md:1: error: a page file belongs in content/pages/",
    ]),
    case("root-tooling-and-readme-ignored",
         {"README.md": page(), "notes.md": "---\ntitle: Notes\nlayout: plain\n---\n",
          "mkdocs.yml": "site_name: Docs\nnav: []\n", "tools/x.md": program(),
          "big.md": program(body="x" * 1_048_576),
          "linked.md": SYMLINK + "content/programs/robotics-club.md"}, []),
    case("ignored-files-accepted", {"content/programs/README.md": "# Programs\n",
                                    "content/partners/.gitkeep": "",
                                    "content/.DS_Store": "x"}, []),
    # --- slugs -------------------------------------------------------------------------------
    case("slug-upper-case", {"content/programs/Chess-Club.md": program()}, [
        "content/programs/Chess-Club.md:1: error: the file name 'Chess-Club' is not allowed: use at most 80 lower-case letters a-z, digits and single hyphens (robotics-club.md)",
    ]),
    case("slug-dot", {"content/programs/chess.club.md": program()}, [
        "content/programs/chess.club.md:1: error: the file name 'chess.club' is not allowed: use at most 80 lower-case letters a-z, digits and single hyphens (robotics-club.md)",
    ]),
    case("slug-trailing-hyphen", {"content/programs/chess-.md": program()}, [
        "content/programs/chess-.md:1: error: the file name 'chess-' is not allowed: use at most 80 lower-case letters a-z, digits and single hyphens (robotics-club.md)",
    ]),
    case("slug-space", {"content/programs/chess club.md": program()}, [
        "content/programs/chess club.md:1: error: the file name 'chess club' is not allowed: use at most 80 lower-case letters a-z, digits and single hyphens (robotics-club.md)",
    ]),
    case("slug-non-ascii", {"content/programs/café.md": program()}, [
        "content/programs/café.md:1: error: the file name 'café' is not allowed: use at most 80 lower-case letters a-z, digits and single hyphens (robotics-club.md)",
    ]),
    case("slug-81-chars", {f"content/programs/{'a' * 81}.md": program()}, [
        "content/programs/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.md:1: error: the file name 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa' is not allowed: use at most 80 lower-case letters a-z, digits and single hyphens (robotics-club.md)",
    ]),
    case("slug-reserved-con", {"content/partners/con.yaml": partner()}, [
        "content/partners/con.yaml:1: error: 'con' is a reserved name; choose another file name",
    ]),
    case("slug-reserved-lpt1", {"content/guides/lpt1.md": guide("Text.\n")}, [
        "content/guides/lpt1.md:1: error: 'lpt1' is a reserved name; choose another file name",
    ]),
    case("slug-reserved-page", {"content/programs/page.md": program()}, [
        "content/programs/page.md:1: error: 'page' is a reserved name; choose another file name",
    ]),
    case("page-slug-search", {"content/pages/search.md": page()}, [
        "content/pages/search.md:1: error: 'search' is a name the site uses itself; choose another page file name",
    ]),
    case("page-slug-admin", {"content/pages/admin.md": page()}, [
        "content/pages/admin.md:1: error: 'admin' is a name the site uses itself; choose another page file name",
    ]),
    case("page-slug-language-shaped", {"content/pages/es.md": page()}, [
        "content/pages/es.md:1: error: 'es' is a name the site uses itself; choose another page file name",
    ]),
    case("page-slug-pt-br", {"content/pages/pt-br.md": page()}, [
        "content/pages/pt-br.md:1: error: 'pt-br' is a name the site uses itself; choose another page file name",
    ]),
    case("program-slug-search-ok", {"content/programs/search.md": program()}, []),
    case("slug-clash-yaml-md", {"content/partners/acme.md": "---\n" + partner() + "---\n"}, [
        f"{A}:1: error: the file name 'acme' is already used by content/partners/acme.md; rename one of them",
    ]),
    case("slug-clash-case", {"content/programs/Robotics-Club.md": program()}, [
        "content/programs/Robotics-Club.md:1: error: the file name 'Robotics-Club' is not allowed: use at most 80 lower-case letters a-z, digits and single hyphens (robotics-club.md)",
        f"{P}:1: error: the file name 'robotics-club' is already used by content/programs/Robotics-Club.md; rename one of them",
    ]),
    # --- logos -------------------------------------------------------------------------------
    case("logo-ok", {A: partner(logo="logos/acme.png"), f"{LOGOS}/acme.png": PNG}, []),
    case("logo-missing-file", {A: partner(logo="logos/acme.png")}, [
        f'{A}:5:7: error: logo: there is no file content/partners/logos/acme.png; add it or correct the path',
    ]),
    case("logo-svg", {A: partner(logo="logos/acme.svg"), f"{LOGOS}/acme.svg": "<svg/>"}, [
        f'{A}:5:7: error: logo: SVG logos are refused (opened directly they can run script); use PNG, JPEG or WebP',
        'content/partners/logos/acme.svg:1: error: SVG images are not allowed (opened directly they can run script); use PNG, JPEG or WebP',
    ]),
    case("logo-escapes-folder", {A: partner(logo="../../x.png")}, [
        f"{A}:5:7: error: logo: '../../x.png' leads outside content/partners/; write a path like logos/acme.png",
    ]),
    case("logo-absolute-path", {A: partner(logo="/etc/x.png")}, [
        f"{A}:5:7: error: logo: '/etc/x.png' leads outside content/partners/; write a path like logos/acme.png",
    ]),
    case("logo-bytes-not-png", {A: partner(logo="logos/acme.png"), f"{LOGOS}/acme.png": JPEG}, [
        f'{A}:5:7: error: logo: content/partners/logos/acme.png is not really a PNG image (its bytes say otherwise); export it again as PNG, JPEG or WebP',
    ]),
    case("logo-too-big", {A: partner(logo="logos/acme.png"),
                          f"{LOGOS}/acme.png": PNG + b"\x00" * 200_000}, [
        f'{A}:5:7: error: logo: content/partners/logos/acme.png is 200,040 bytes; the limit is 200,000',
    ]),
    case("logo-unused-image", {f"{LOGOS}/old.png": PNG}, [
        "content/partners/logos/old.png:1: error: no partner uses this image as its logo; delete it or name it in a partner's logo:",
    ]),
    case("logo-names-differ-in-case",
         {A: partner(logo="logos/Acme.png"), f"{LOGOS}/Acme.png": PNG, f"{LOGOS}/acme.png": PNG,
          "content/partners/big.yaml": partner(logo="logos/acme.png")}, [
        "content/partners/logos/acme.png:1: error: this file name differs from content/partners/logos/Acme.png only in case or Unicode form, so the two collide on Windows and macOS checkouts; rename or delete one of them",
    ]),
    case("logo-gif", {A: partner(logo="logos/acme.gif"), f"{LOGOS}/acme.gif": b"GIF89a"}, [
        f"{A}:5:7: error: logo: 'logos/acme.gif' is not a PNG, JPEG or WebP file",
        'content/partners/logos/acme.gif:1: error: this file is not read: a logo is a PNG, JPEG or WebP image (.png, .jpg, .jpeg or .webp)',
    ]),
    # --- site.yaml ---------------------------------------------------------------------------
    case("site-yaml-missing", {SITE: REMOVE}, [
        'site.yaml:1: error: site.yaml is missing; create it with title, description, base_url, contact and regions',
    ]),
    case("site-base-url-not-url", {SITE: SITE_YAML.replace("https://example.org/", "example.org")},
         [
        "site.yaml:3:11: error: base_url: 'example.org' is not a web address; write it in full, starting with https://",
    ]),
    case("site-base-url-http-warns",
         {SITE: SITE_YAML.replace("https://example.org/", "http://example.org/")}, [
        "site.yaml:3:11: warning: base_url: http://example.org/ uses http; use https:// if the site supports it",
    ]),
    case("site-regions-missing", {SITE: SITE_YAML.split("regions:")[0]}, [
        "site.yaml:1: error: 'regions' is required; add it",
    ]),
    case("site-region-slug-twice", {SITE: SITE_YAML.replace("slug: south", "slug: north")}, [
        "site.yaml:10:11: error: regions: 'north' is listed twice; keep one",
    ]),
    case("site-region-bad-slug", {SITE: SITE_YAML.replace("slug: south", "slug: South Side")}, [
        "site.yaml:10:11: error: regions.slug: 'South Side' is not written like a file name: use lower-case letters, digits and single hyphens (robotics-club)",
    ]),
    case("site-vocabulary-built-in-word",
         {SITE: SITE_YAML + "vocabularies:\n  types:\n    - slug: hackathon\n      name: Hackathon\n"
                            "    - slug: club\n      name: Club\n"}, [
        "site.yaml:16:13: error: vocabularies.types: 'club' is already a built-in word; delete it here",
    ]),
    case("site-bad-timezone", {SITE: SITE_YAML + "timezone: Pacific Time\n"}, [
        "site.yaml:12:11: error: timezone: 'Pacific Time' is not a time zone; use an IANA name like America/Los_Angeles; did you mean 'Pacific/Niue'?",
    ]),
    case("site-unknown-key", {SITE: SITE_YAML + "langauges: [en]\n"}, [
        "site.yaml:12:1: error: unknown key 'langauges'; did you mean 'languages'?",
    ]),
    case("site-missing-title", {SITE: SITE_YAML.replace("title: Test Network\n", "")}, [
        "site.yaml:1: error: 'title' is required; add it",
    ]),
    case("site-language-unknown", {SITE: SITE_YAML.replace("[en, es]", "[en, xx]")}, [
        "site.yaml:4:17: error: languages: 'xx' is not a language code stemhub knows. Use ISO 639-1 codes like en, es, vi or so, with a region if needed (pt-BR)",
    ]),
    case("site-stale-after-days-zero", {SITE: SITE_YAML + "stale_after_days: 0\n"}, [
        'site.yaml:12:19: error: stale_after_days: 0 is too small; the least allowed is 1',
    ]),
    case("site-repository-no-name",
         {SITE: SITE_YAML + "repository:\n  url: https://github.com/acme\n"}, [
        "site.yaml:13:8: error: repository.url: 'https://github.com/acme' is not a repository's address; write it as https://github.com/owner/name",
    ]),
    case("site-repository-deeper-path",
         {SITE: SITE_YAML + "repository:\n  url: https://github.com/acme/site/tree/main\n"}, [
        "site.yaml:13:8: error: repository.url: 'https://github.com/acme/site/tree/main' is not a repository's address; write it as https://github.com/owner/name",
    ]),
    case("site-repository-ok", {SITE: SITE_YAML + "repository:\n  url: https://github.com/acme/site.git/\n  branch: content/2027\n"}, []),
    # --- Markdown bodies ---------------------------------------------------------------------
    case("md-raw-html-block", {P: program(body="Robots.\n\n<div>Tuesday</div>\n")}, [
        f'{P}:14: warning: raw HTML is not rendered: it shows as text; use Markdown instead',
    ]),
    case("md-raw-html-inline", {P: program(body="Robots on <b>Tuesday</b>.\n")}, [
        f'{P}:12: warning: raw HTML is not rendered: it shows as text; use Markdown instead',
    ]),
    case("md-html-comment-ok", {P: program(body="Robots.\n\n<!-- note to self -->\n")}, []),
    case("md-javascript-link", {P: program(body="Robots.\n\n[Apply](javascript:alert(1))\n")}, [
        f"{P}:14: warning: link to 'javascript:alert(1)' removed (the text stays): 'javascript:' links are not allowed; use https://, mailto: or a site path like /programs/robotics-club/",
    ]),
    case("md-relative-link", {P: program(body="See [the trip](../guides/hosting.md).\n")}, [
        f"{P}:12: warning: link to '../guides/hosting.md' removed (the text stays): relative links do not work on the site; use /guides/hosting/",
    ]),
    case("md-protocol-relative-link", {P: program(body="See [x](//evil.example/).\n")}, [
        f"{P}:12: warning: link to '//evil.example/' removed (the text stays): write it in full with https://",
    ]),
    case("md-http-link-warns", {P: program(body="See [x](http://acme.example.org/).\n")}, [
        f'{P}:12: warning: the link http://acme.example.org/ uses http; use https:// if the site supports it',
    ]),
    case("md-http-autolink-warns", {P: program(body="See http://acme.example.org/ now.\n")}, [
        f'{P}:12: warning: the link http://acme.example.org/ uses http; use https:// if the site supports it',
    ]),
    case("md-link-credentials", {P: program(body="[Apply](https://acme.example.org@evil.example/)\n")},
         [
        f"{P}:12: warning: link to 'https://acme.example.org@evil.example/' removed (the text stays): it contains a user name or password before '@'; remove it",
    ]),
    case("md-bare-url-ip-host", {P: program(body="Robots.\n\nOpen https://0x7f.1/admin now.\n")}, [
        f"{P}:14: warning: link to 'https://0x7f.1/admin' removed (the text stays): it uses an IP address; use the site's host name",
    ]),
    case("md-mailto-bcc", {P: program(body="[Ann](mailto:ann@example.org?bcc=all@evil.example)\n")},
         [
        f"{P}:12: warning: link to 'mailto:ann@example.org?bcc=all@evil.example' removed (the text stays): it sets 'bcc'; a mailto: link may only set subject and body after '?'",
    ]),
    case("md-mailto-two-addresses", {P: program(body="[Us](mailto:ann@example.org%2Cben@example.org)\n")},
         [
        f"{P}:12: warning: link to 'mailto:ann@example.org%2Cben@example.org' removed (the text stays): it names more than one address; a mailto: link names one",
    ]),
    case("md-mailto-not-an-address", {P: program(body="[Ann](mailto:ann)\n")}, [
        f"{P}:12: warning: link to 'mailto:ann' removed (the text stays): its address 'ann' is not an e-mail address; write it like name@example.org",
    ]),
    case("md-link-missing-page", {P: program(body="Robots.\n\nSee [chess](/programs/chess/).\n")},
         [
        f'{P}:14: error: the link /programs/chess/ leads to no page or file of this site; check the path',
    ]),
    case("md-link-line-in-paragraph",
         {P: program(body="Robots\nevery Tuesday,\nsee [chess](/programs/chess/).\n")}, [
        f'{P}:14: error: the link /programs/chess/ leads to no page or file of this site; check the path',
    ]),
    case("md-link-to-draft", {GUIDE: guide("Text.\n", draft="true"),
                              P: program(body="See [the guide](/guides/hosting/).\n")}, [
        f'{P}:12: error: the link /guides/hosting/ leads to a draft; it is not published',
    ]),
    case("md-link-to-future-update",
         {"content/updates/news.md": "---\ntitle: News\ndate: 2027-01-10\nsummary: Soon.\n---\n",
          P: program(body="See [news](/updates/news/).\n")}, [
        f'{P}:12: error: the link /updates/news/ leads to an update not published before 2027-01-10; it is not published',
    ]),
    case("md-fragment-missing-heading",
         {GUIDE: guide("## Before the visit\n\nText.\n"),
          P: program(body="See [before](/guides/hosting/#after-the-visit).\n")}, [
        f"{P}:12: error: the link /guides/hosting/#after-the-visit leads to no heading 'after-the-visit' on /guides/hosting/",
    ]),
    case("md-fragment-existing-heading-ok",
         {GUIDE: guide("## Before the visit\n\nText.\n"),
          P: program(body="See [before](/guides/hosting/#before-the-visit).\n")}, []),
    case("md-same-page-fragment-missing", {GUIDE: guide("## Plan\n\nSee [below](#agenda).\n")}, [
        "content/guides/hosting.md:9: error: the link #agenda leads to no heading 'agenda' on /guides/hosting/",
    ]),
    case("md-link-variants-ok",
         {GUIDE: guide("## C++ & Python\n\nText.\n"),
          P: program(body="[a](/guides/hosting) [b](/guides/hosting/index.html) "
                          "[c](/guides/hosting/#c--python) [d](/guides/hosting/?x=1#c--python) "
                          "[e](mailto:ann@example.org) [f](tel:+15550100)\n")}, []),
    case("md-image-other-host", {P: program(body="![logo](https://cdn.example.org/logo.png)\n")},
         [
        f"{P}:12: warning: image 'https://cdn.example.org/logo.png' removed (its alt text stays): images may only be files of this site (under static/)",
    ]),
    case("md-image-missing-file", {P: program(body="Robots.\n\n![team](/static/team.jpg)\n")}, [
        f'{P}:14: error: the image /static/team.jpg leads to no file; add it under static/ or correct the path',
    ]),
    case("md-image-present-ok", {"static/team.jpg": JPEG,
                                 P: program(body="![team](/static/team.jpg)\n")}, []),
    case("md-empty-link-target", {P: program(body="See [nothing]().\n")}, [
        f"{P}:12: warning: link to '' removed (the text stays): the link has no target; add one or remove the brackets",
    ]),
    case("md-link-in-partner-description",
         {A: partner(description="|\n  We build robots.\n\n  See [x](/programs/chess/).")}, [
        f'{A}:8: error: the link /programs/chess/ leads to no page or file of this site; check the path',
    ]),
    case("md-translation-links-under-language",
         {"content/programs/robotics-club.es.md": "---\ntitle: Club\n---\nVer [x](/programs/nada/).\n"},
         ["content/programs/robotics-club.es.md:4: error: the link /programs/nada/ leads to no "
          "page or file of this site; check the path"]),
    case("md-link-to-search-page", {P: program(body="[Find more](/search/?q=robots)\n")}, []),
]


test_rule = rule_test(CASES)
