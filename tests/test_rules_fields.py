"""Exact problem lines for the field and value rules of the content model (content-model.md,
"Values", the record tables, "Edge rules: Values" and "Grades")."""
from __future__ import annotations

from tests.conftest import SITE_YAML
from tests.rulekit import ACME, PROG, case, partner, program, rule_test

P = PROG
A = ACME
ONLINE_ES = "content/programs/robotics-club.es.md"
PLACE = "\n  name: Town Hall\n  city: Millbrook\n  region: north"
REGIONS = "regions:\n  - slug: north\n    name: North\n  - slug: south\n    name: South\n"


CASES = [
    # --- required and unknown keys -----------------------------------------------------------
    case("missing-title", {P: program(title=None)}, [
        f"{P}:1: error: 'title' is required; add it",
    ]),
    case("missing-verified-partner", {A: partner(verified=None)}, [
        f"{A}:1: error: 'verified' is required; add it",
    ]),
    case("empty-value-is-missing", {P: program(summary='""')}, [
        f"{P}:4:10: error: 'summary' is required; add it",
    ]),
    case("tilde-is-missing", {A: partner(kind="~")}, [
        f"{A}:2:7: error: 'kind' is required; add it",
    ]),
    case("missing-grades-for-students", {P: program(grades=None)}, [
        f'{P}:1: error: grades is required when the audience includes students (grades: 9-12)',
    ]),
    case("empty-grades-for-students", {P: program(grades="")}, [
        f'{P}:7:8: error: grades is required when the audience includes students (grades: 9-12)',
    ]),
    case("missing-nested-region", {P: program(location="\n  name: Town Hall\n  city: Millbrook")},
         [
        f"{P}:9:1: error: 'location.region' is required; add it",
    ]),
    case("missing-cost-amount", {P: program(cost="\n  per: week")}, [
        f"{P}:8:1: error: 'cost.amount' is required; add it",
    ]),
    case("unknown-key-close", {P: program(titel="Robotics")}, [
        f"{P}:11:1: error: unknown key 'titel'; did you mean 'title'?",
    ]),
    case("unknown-key-far", {A: partner(colour="red")}, [
        f"{A}:5:1: error: unknown key 'colour'; allowed keys: name, kind, summary, website, logo, sectors, regions, offers, contact, verified, description",
    ]),
    case("unknown-nested-key", {P: program(contact="\n  name: Ann\n  emial: ann@example.org")},
         [
        f"{P}:13:3: error: unknown key 'emial'; did you mean 'email'?",
    ]),
    case("status-is-derived", {P: program(status="open")}, [
        f"{P}:11:1: error: unknown key 'status'; the build works out the status itself: "
        "delete it (availability: can say waitlist, full or cancelled)",
    ]),
    # --- vocabularies, regions, references ---------------------------------------------------
    case("type-unknown", {P: program(type="feild-trip")}, [
        f"{P}:5:7: error: type: 'feild-trip' is not a program type; did you mean 'field-trip'? Allowed: field-trip, job-shadow, internship, apprenticeship, mentoring, camp, club, competition, course, dual-credit, workshop, career-event, college-visit, family-event, professional-development",
    ]),
    case("sector-unknown-in-list", {P: program(sectors="[aerospace, robotics]")}, [
        f"{P}:6:22: error: sectors: 'robotics' is not a sector. Allowed: engineering-manufacturing, healthcare-life-sciences, computer-science-it, aerospace, construction-trades, maritime, energy-environment, agriculture-food, digital-media-arts, business-finance",
    ]),
    case("partner-kind-unknown", {A: partner(kind="company")}, [
        f"{A}:2:7: error: kind: 'company' is not a kind of partner; did you mean 'community'? Allowed: industry, nonprofit, higher-education, k12, government, foundation, community, workforce, library-museum",
    ]),
    case("stage-unknown", {P: program(stage="explore")}, [
        f"{P}:11:8: error: stage: 'explore' is not a pathway stage; did you mean 'exploration'? Allowed: awareness, exploration, immersion",
    ]),
    case("audience-single-value-ok", {P: program(audience="educators", grades=None)}, []),
    case("region-not-in-site-yaml", {P: program(location=PLACE.replace("north", "east"))}, [
        f"{P}:12:11: error: location.region: 'east' is not a region of this site. Allowed: north, south",
    ]),
    case("partner-regions-unknown", {A: partner(regions="[north, nort-east]")}, [
        f"{A}:5:18: error: regions: 'nort-east' is not a region of this site. Allowed: north, south",
    ]),
    case("unknown-partner", {P: program(partner="acmee")}, [
        f"{P}:3:10: error: partner: there is no partner 'acmee'; did you mean 'acme'? Partners live in content/partners/<file name>.yaml",
    ]),
    case("unknown-partner-in-list", {P: program(partner="[acme, acne-robotics]")}, [
        f"{P}:3:17: error: partner: there is no partner 'acne-robotics'. Partners live in content/partners/<file name>.yaml",
    ]),
    case("unknown-partner-block-list", {P: program(partner="\n  - acme\n  - acmee")}, [
        f"{P}:5:5: error: partner: there is no partner 'acmee'; did you mean 'acme'? Partners live in content/partners/<file name>.yaml",
    ]),
    case("partner-list-11",
         {P: program(partner="[acme, " + ", ".join(f"p{i}" for i in range(10)) + "]")}, [
        f"{P}:3:10: error: partner: has 11 items; the limit is 10",
    ]),
    case("partner-not-a-slug", {P: program(partner="Acme Robotics")}, [
        f"{P}:3:10: error: partner: 'Acme Robotics' is not written like a file name: use lower-case letters, digits and single hyphens (robotics-club)",
    ]),
    # --- grades ------------------------------------------------------------------------------
    case("grade-13", {P: program(grades="13")}, [
        f'{P}:7:9: error: grades: 13 is not a grade (use PK, K or 1-12)',
    ]),
    case("grade-backwards", {P: program(grades="12-9")}, [
        f'{P}:7:9: error: grades: 12-9 is backwards; write the lower grade first (9-12)',
    ]),
    case("grade-duplicate", {P: program(grades="[5, 5]")}, [
        f'{P}:7:13: error: grades: grade 5 is listed twice; keep it once',
    ]),
    case("grade-overlap", {P: program(grades="[K-2, 2]")}, [
        f'{P}:7:15: error: grades: grade 2 is listed twice; keep it once',
    ]),
    case("grade-word", {P: program(grades="[K, first]")}, [
        f'{P}:7:13: error: grades: first is not a grade (use PK, K or 1-12)',
    ]),
    case("grades-ranges-accepted", {P: program(grades='[PK-K, "3 – 4", 9 - 12]')}, []),
    # --- URLs --------------------------------------------------------------------------------
    case("url-javascript", {P: program(apply_url="javascript:alert(1)")}, [
        f"{P}:11:12: error: apply_url: 'javascript:alert(1)' is not a web address; write it in full, starting with https://",
    ]),
    case("url-ftp", {P: program(apply_url="ftp://files.example.org/form.pdf")}, [
        f"{P}:11:12: error: apply_url: 'ftp://files.example.org/form.pdf' is not a web address; write it in full, starting with https://",
    ]),
    case("url-credentials", {A: partner(website="https://a@b.example")}, [
        f"{A}:5:10: error: website: 'https://a@b.example' contains a user name or password before '@'; remove it",
    ]),
    case("url-backslash", {A: partner(website="https://acme.example.org\\apply")}, [
        f"{A}:5:10: error: website: 'https://acme.example.org\\apply' contains '\\'; web addresses may not hold spaces, quotes or backslashes (use %20 for a space, punycode for the host)",
    ]),
    case("url-space", {P: program(apply_url="https://acme.example.org/apply now")}, [
        f"{P}:11:12: error: apply_url: 'https://acme.example.org/apply now' contains ' '; web addresses may not hold spaces, quotes or backslashes (use %20 for a space, punycode for the host)",
    ]),
    case("url-non-ascii-host", {A: partner(website="https://bücher.example")}, [
        f"{A}:5:10: error: website: 'https://bücher.example' contains a non-ASCII character; web addresses may not hold spaces, quotes or backslashes (use %20 for a space, punycode for the host)",
    ]),
    case("url-ip-host", {A: partner(website="https://192.168.1.10/")}, [
        f"{A}:5:10: error: website: 'https://192.168.1.10/' uses an IP address; use the site's host name",
    ]),
    case("url-ip-shortened", {A: partner(website="https://127.1/")}, [
        f"{A}:5:10: error: website: 'https://127.1/' uses an IP address; use the site's host name",
    ]),
    case("url-ip-octal", {A: partner(website="https://0300.0250.1.1/")}, [
        f"{A}:5:10: error: website: 'https://0300.0250.1.1/' uses an IP address; use the site's host name",
    ]),
    case("url-ip-hex", {P: program(apply_url="https://0x7f.0.0.1/apply")}, [
        f"{P}:11:12: error: apply_url: 'https://0x7f.0.0.1/apply' uses an IP address; use the site's host name",
    ]),
    case("url-ip-one-number", {A: partner(website="https://2130706433/")}, [
        f"{A}:5:10: error: website: 'https://2130706433/' uses an IP address; use the site's host name",
    ]),
    case("url-ip-trailing-dot", {A: partner(website="https://10.0.0.1./")}, [
        f"{A}:5:10: error: website: 'https://10.0.0.1./' uses an IP address; use the site's host name",
    ]),
    case("url-localhost-trailing-dot", {A: partner(website="https://localhost./")}, [
        f"{A}:5:10: error: website: 'https://localhost./' has no public host name (like example.org)",
    ]),
    case("url-percent-in-host", {A: partner(website="https://acme%2eexample.org/")}, [
        f"{A}:5:10: error: website: 'https://acme%2eexample.org/' has '%' in its host name; a host name holds letters, digits and hyphens, in parts separated by dots (example.org)",
    ]),
    case("url-localhost", {P: program(apply_url="https://localhost:8000/apply")}, [
        f"{P}:11:12: error: apply_url: 'https://localhost:8000/apply' has no public host name (like example.org)",
    ]),
    case("url-too-long", {A: partner(website="https://acme.example.org/" + "a" * 2030)}, [
        f'{A}:5:10: error: website: is 2055 characters long; the limit is 2,048',
    ]),
    case("url-http-warns", {A: partner(website="http://acme.example.org/")}, [
        f'{A}:5:10: warning: website: http://acme.example.org/ uses http; use https:// if the site supports it',
    ]),
    case("url-http-warns-beside-other-error",
         {A: partner(kind="industri", website="http://acme.example.org/")}, [
        f"{A}:2:7: error: kind: 'industri' is not a kind of partner; did you mean 'industry'? "
        "Allowed: industry, nonprofit, higher-education, k12, government, foundation, community, "
        "workforce, library-museum",
        f'{A}:5:10: warning: website: http://acme.example.org/ uses http; use https:// if the site supports it',
    ]),
    case("url-upper-scheme-ok", {A: partner(website="HTTPS://acme.example.org/")}, []),
    case("url-punycode-and-port-ok", {A: partner(website="https://xn--bcher-kva.example:8443/")},
         []),
    # --- e-mail and phone --------------------------------------------------------------------
    case("email-mailto", {A: partner(contact="\n  email: mailto:ann@acme.example.org")}, [
        f"{A}:6:10: error: contact.email: 'mailto:ann@acme.example.org' starts with mailto:; write only the address",
    ]),
    case("email-query", {A: partner(contact="\n  email: ann@acme.example.org?bcc=x@y.org")}, [
        f"{A}:6:10: error: contact.email: 'ann@acme.example.org?bcc=x@y.org' contains a '?' part; write only the address, like name@example.org",
    ]),
    case("email-display-name", {P: program(contact='\n  email: "Ann Lee <ann@acme.example.org>"')},
         [
        f"{P}:12:10: error: contact.email: 'Ann Lee <ann@acme.example.org>' contains angle brackets; write only the address, like name@example.org",
    ]),
    case("email-no-dot", {A: partner(contact="\n  email: ann@localhost")}, [
        f"{A}:6:10: error: contact.email: 'ann@localhost' is not an e-mail address; write it like name@example.org",
    ]),
    case("phone-words", {A: partner(contact="\n  phone: call the front desk")}, [
        f"{A}:6:10: error: contact.phone: 'call the front desk' is not a phone number; use digits, spaces, + - ( ) . and an extension like x123",
    ]),
    case("phone-extension-ok", {A: partner(contact="\n  phone: +1 (555) 010-0100 ext. 12")}, []),
    # --- dates -------------------------------------------------------------------------------
    case("date-not-real", {P: program(deadline="2031-02-30")}, [
        f'{P}:11:11: error: deadline: 2031-02-30 is not a real date; check the month and the day',
    ]),
    case("date-not-padded", {P: program(deadline="2027-1-5")}, [
        f"{P}:11:11: error: deadline: '2027-1-5' is not a date; write only the date as YYYY-MM-DD (2027-03-15)",
    ]),
    case("date-timestamp", {P: program(deadline="2027-01-05T10:00:00")}, [
        f"{P}:11:11: error: deadline: '2027-01-05T10:00:00' is a date and time; write only the date as YYYY-MM-DD (2027-03-15)",
    ]),
    case("date-quoted-ok", {P: program(deadline='"2027-01-05"')}, []),
    case("verified-after-today", {A: partner(verified="2026-12-02")}, [
        f'{A}:4:11: error: verified: 2026-12-02 is after today (2026-12-01); write the day a person last checked this record',
    ]),
    case("verified-stale-warns", {A: partner(verified="2025-11-30")}, [
        f'{A}:4:11: warning: verified: 2025-11-30 is more than 365 days ago; confirm the record with the partner and update the date',
    ]),
    case("schedule-end-before-start",
         {P: program(schedule="\n  start: 2027-06-10\n  end: 2027-06-01")}, [
        f'{P}:13:8: error: schedule.end: 2027-06-01 is before start 2027-06-10; check the dates',
    ]),
    case("deadline-after-start-warns",
         {P: program(schedule="\n  start: 2027-06-10", deadline="2027-06-20")}, [
        f'{P}:13:11: warning: deadline: 2027-06-20 is after the start date 2027-06-10; check both dates',
    ]),
    # --- numbers, yes/no ---------------------------------------------------------------------
    case("amount-negative", {P: program(cost="\n  amount: -5")}, [
        f"{P}:9:11: error: cost.amount: '-5' is not a number; write digits like 45 or 12.50",
    ]),
    case("amount-exponent", {P: program(cost="\n  amount: 1e3")}, [
        f"{P}:9:11: error: cost.amount: '1e3' is not a number; write digits like 45 or 12.50",
    ]),
    case("amount-three-decimals", {P: program(cost="\n  amount: 12.505")}, [
        f'{P}:9:11: error: cost.amount: 12.505 has more than two decimals; round it to cents',
    ]),
    case("amount-nan", {P: program(cost="\n  amount: .nan")}, [
        f"{P}:9:11: error: cost.amount: '.nan' is not a number; write digits like 45 or 12.50",
    ]),
    case("amount-time-like", {P: program(cost="{amount: 1:30}")}, [
        f"{P}:8:16: error: cost.amount: '1:30' is not a number; write digits like 45 or 12.50",
    ]),
    case("cost-word", {P: program(cost="cheap")}, [
        f"{P}:8:7: error: cost: 'cheap' is not a cost; write free, or amount: with a number",
    ]),
    case("cost-per-too-long", {P: program(cost="\n  amount: 5\n  per: " + "w" * 41)}, [
        f'{P}:10:8: error: cost.per: is 41 characters long; the limit is 40',
    ]),
    case("featured-yes", {P: program(featured="yes")}, [
        f"{P}:11:11: error: featured: 'yes' is not true or false; write true or false",
    ]),
    case("draft-capital-true", {P: program(draft="True")}, [
        f"{P}:11:8: error: draft: 'True' is not true or false; write true or false",
    ]),
    case("capacity-zero", {P: program(capacity="0")}, [
        f'{P}:11:11: error: capacity: 0 is too small; the least allowed is 1',
    ]),
    case("capacity-decimal", {P: program(capacity="12.5")}, [
        f"{P}:11:11: error: capacity: '12.5' is not a whole number; write digits like 12",
    ]),
    case("capacity-leading-zero-ok", {P: program(capacity="010")}, []),
    case("cost-amount-zero-is-free", {P: program(cost="{amount: 0}")}, []),
    case("text-fields-not-guessed",
         {P: program(title="no", location=PLACE + "\n  zip: 09801", eligibility=".nan",
                     schedule="\n  times: 1:30")}, []),
    # --- text limits, one-line fields, lists -------------------------------------------------
    case("title-121", {P: program(title="T" * 121)}, [
        f'{P}:2:8: error: title: is 121 characters long; the limit is 120',
    ]),
    case("title-120-ok", {P: program(title="T" * 120)}, []),
    case("summary-301", {A: partner(summary="s" * 301)}, [
        f'{A}:3:10: error: summary: is 301 characters long; the limit is 300',
    ]),
    case("name-121", {A: partner(name="N" * 121)}, [
        f'{A}:1:7: error: name: is 121 characters long; the limit is 120',
    ]),
    case("tag-31", {P: program(tags="[robots, " + "t" * 31 + "]")}, [
        f'{P}:11:16: error: tags: is 31 characters long; the limit is 30',
    ]),
    case("tags-21", {P: program(tags="[" + ", ".join(f"tag{i}" for i in range(21)) + "]")}, [
        f'{P}:11:7: error: tags: has 21 items; the limit is 20',
    ]),
    case("title-line-break", {P: program(title='"Robotics\\nClub"')}, [
        f'{P}:2:8: error: title: must be one line (remove the line break)',
    ]),
    case("title-literal-block", {P: program(title="|\n  Robotics\n  Club")}, [
        f'{P}:2:8: error: title: must be one line (remove the line break)',
    ]),
    case("title-folded-block-ok", {P: program(title=">\n  Robotics\n  Club")}, []),
    case("zip-bad", {P: program(location=PLACE + "\n  zip: 9801")}, [
        f"{P}:13:8: error: location.zip: '9801' is not a ZIP code; write 5 digits or ZIP+4 (98012 or 98012-1234)",
    ]),
    case("repeated-sector", {P: program(sectors="[aerospace, maritime, aerospace]")}, [
        f"{P}:6:32: error: sectors: 'aerospace' is listed twice; keep one",
    ]),
    case("repeated-tag", {P: program(tags="\n  - robots\n  - robots")}, [
        f"{P}:13:5: error: tags: 'robots' is listed twice; keep one",
    ]),
    case("empty-list-item", {P: program(sectors="[aerospace, '']")}, [
        f'{P}:6:10: error: sectors: has an empty item; fill it in or delete it',
    ]),
    case("required-lists-empty", {P: program(partner="[]", sectors="[]")}, [
        f"{P}:3:10: error: 'partner' is an empty list; list at least one",
        f"{P}:6:10: error: 'sectors' is an empty list; list at least one",
    ]),
    case("site-regions-empty", {"site.yaml": SITE_YAML.replace(REGIONS, "regions: []\n")}, [
        "site.yaml:7:10: error: 'regions' is an empty list; list at least one",
    ]),
    case("sectors-mapping", {P: program(sectors="{aerospace: yes}")}, [
        f"{P}:6:10: error: sectors: must be a list (one value, or [a, b], or one '- item' a line)",
    ]),
    case("language-unknown", {P: program(languages="[en, xx]")}, [
        f"{P}:11:17: error: languages: 'xx' is not a language code stemhub knows. Use ISO 639-1 codes like en, es, vi or so, with a region if needed (pt-BR)",
    ]),
    # --- partner .md and translations --------------------------------------------------------
    case("partner-md-description-key",
         {A: None, "content/partners/acme.md": "---\n" + partner(description="Robots.") +
          "---\nWe build robots.\n"}, [
        'content/partners/acme.md:6:1: error: a partner .md file gives its description as the text below the front matter; delete this key',
    ]),
    case("translation-unlisted-language",
         {"content/programs/robotics-club.fr.md": "---\ntitle: Club de robotique\n---\n"}, [
        "content/programs/robotics-club.fr.md:1: error: 'fr' is not listed in site.yaml languages (en, es); rename or delete the file",
    ]),
    case("translation-default-language",
         {"content/programs/robotics-club.en.md": "---\ntitle: Robotics Club\n---\n"}, [
        "content/programs/robotics-club.en.md:1: error: 'en' is the default language in site.yaml languages (en, es); rename or delete the file",
    ]),
    case("translation-missing-original",
         {"content/programs/chess-club.es.md": "---\ntitle: Club de ajedrez\n---\n"}, [
        "content/programs/chess-club.es.md:1: error: there is no program 'chess-club' to translate; check the file name",
    ]),
    case("translation-key-not-allowed",
         {ONLINE_ES: "---\ntitle: Club de robótica\ntype: club\n---\n"}, [
        "content/programs/robotics-club.es.md:3:1: error: 'type' cannot be translated; a translation holds only title, summary, eligibility, location, schedule, cost, tags (facts come from the original)",
    ]),
    case("translation-location-of-online-program",
         {ONLINE_ES: "---\ntitle: Club de robótica\nlocation:\n  name: Biblioteca\n---\n"}, [
        "content/programs/robotics-club.es.md:3:1: error: 'location' cannot be translated: the original has no such field",
    ]),
    case("translation-schedule-without-original",
         {ONLINE_ES: "---\nschedule:\n  times: martes\n---\n"}, [
        "content/programs/robotics-club.es.md:2:1: error: 'schedule' cannot be translated: the original has no such field",
    ]),
    case("translation-limits-apply", {ONLINE_ES: "---\ntitle: " + "T" * 121 + "\n---\n"}, [
        'content/programs/robotics-club.es.md:2:8: error: title: is 121 characters long; the limit is 120',
    ]),
    case("translation-ok", {ONLINE_ES: "---\ntitle: Club de robótica\n---\nRobots los martes.\n"},
         []),
]


test_rule = rule_test(CASES)
