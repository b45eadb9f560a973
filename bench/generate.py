"""Generate a large valid site folder for benchmarks: python bench/generate.py N OUT [--hugo]

N programs, N/10 partners, realistic front matter and a few paragraphs of Markdown each: in-person
programs have a real ZIP code (for distance search), and programs vary in focus groups, languages
and keywords (for filters and word search). Seeded with N: the same N gives the same site.
With --hugo, also write the same programs as a Hugo site (OUT-hugo/) for the baseline."""
from __future__ import annotations

import random
import sys
from pathlib import Path

TYPES = ("field-trip job-shadow internship apprenticeship mentoring camp club competition course "
         "dual-credit workshop career-event college-visit family-event").split()
SECTORS = ("engineering-manufacturing healthcare-life-sciences computer-science-it aerospace "
           "construction-trades maritime energy-environment agriculture-food digital-media-arts "
           "business-finance").split()
SEASONS = "school-year after-school weekends summer breaks".split()
SUPPORTS = "transportation meals stipend childcare devices interpreters".split()
WORDS = ("robot sensor welding nursing circuit design coding mentor harbor engine data drone "
         "lab field plant water soil bridge rocket museum library studio").split()
REGIONS = ["north", "south", "east", "west", "central"]
FOCUS = ("girls students-of-color low-income rural first-generation english-learners "
         "students-with-disabilities foster-youth housing-insecure").split()
TAGS = ("robotics;block coding;Python;3D printing;CAD;welding;CNC;electronics;soldering;drones;"
        "rocketry;marine biology;water quality;soil science;nursing;anatomy;lab safety;"
        "data science;web design;game design;cybersecurity;solar power;wind energy;carpentry;"
        "electrical trades;aviation;bridge design;podcasting;video editing;budgeting").split(";")
# Real ZIP codes of Skagit, Snohomish and King counties (Washington), with their towns, so that
# distance search has real centroids (each checked with zipcodes.matching).
ZIPS = {
    "98273": "Mount Vernon", "98274": "Mount Vernon", "98233": "Burlington",
    "98284": "Sedro-Woolley", "98237": "Concrete", "98238": "Conway", "98221": "Anacortes",
    "98232": "Bow", "98201": "Everett", "98203": "Everett", "98204": "Everett",
    "98208": "Everett", "98223": "Arlington", "98258": "Lake Stevens", "98270": "Marysville",
    "98271": "Marysville", "98290": "Snohomish", "98292": "Stanwood", "98001": "Auburn",
    "98002": "Auburn", "98004": "Bellevue", "98011": "Bothell", "98012": "Bothell",
    "98020": "Edmonds", "98021": "Bothell", "98026": "Edmonds", "98027": "Issaquah",
    "98028": "Kenmore", "98029": "Issaquah", "98031": "Kent", "98032": "Kent",
    "98033": "Kirkland", "98034": "Kirkland", "98036": "Lynnwood", "98037": "Lynnwood",
    "98038": "Maple Valley", "98042": "Kent", "98043": "Mountlake Terrace", "98052": "Redmond",
    "98053": "Redmond",
}

SITE = """title: Benchmark Network
description: A generated site for benchmarks.
base_url: https://bench.example.org/
contact:
  email: team@bench.example.org
regions:
""" + "".join(f"  - slug: {r}\n    name: {r.title()}\n" for r in REGIONS)


def words(rng: random.Random, n: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(n))


def some(rng: random.Random, choices, weights: tuple[float, ...]) -> list:
    """0 to len(weights) distinct choices: weights[k] is the chance of a (k+1)-th one."""
    out: list = []
    for chance in weights:
        if rng.random() >= chance:
            break
        out.append(rng.choice([c for c in choices if c not in out]))
    return out


def flow(values: list[str]) -> str:
    return "[" + ", ".join(values) + "]"


def program(rng: random.Random, i: int, partners: int) -> tuple[dict, str]:
    low = rng.randint(0, 11)
    grades = f"{['K', *range(1, 13)][low]}-{['K', *range(1, 13)][min(12, low + rng.randint(0, 3))]}"
    month = rng.randint(1, 12)
    front = {
        "title": f"{words(rng, 3).title()} Program {i}",
        "partner": f"partner-{rng.randrange(partners)}",
        "summary": words(rng, 20).capitalize() + ".",
        "type": rng.choice(TYPES),
        "sectors": f"[{rng.choice(SECTORS)}]",
        "grades": f'"{grades}"',
        "cost": "free" if rng.random() < 0.5 else f"{{amount: {rng.randint(5, 400)}, per: per week}}",
        "location": "online" if rng.random() < 0.2 else _place(rng, i),
        "seasons": f"[{rng.choice(SEASONS)}]",
        "supports": f"[{rng.choice(SUPPORTS)}]",
        "deadline": f"2027-{month:02d}-10",
        "schedule": f"{{start: 2027-{month:02d}-20, end: 2027-{month:02d}-28, times: 9am-3pm}}",
        "apply_url": f"https://apply.example.org/p/{i}",
        "languages": flow(["en"] + [c for c, chance in (("es", 0.3), ("vi", 0.1), ("so", 0.05))
                                    if rng.random() < chance]),
        "tags": flow(some(rng, TAGS, (0.9, 0.6, 0.3)) + [f"{rng.choice(WORDS)} lab"]),
        "verified": "2026-10-01",
    }
    focus = some(rng, FOCUS, (0.4, 0.3))
    if focus:
        front["focus"] = flow(focus)
    body = "\n\n".join([words(rng, 60).capitalize() + ".",
                        "## What you will do", "- " + words(rng, 8) + "\n- " + words(rng, 8),
                        "## How to apply", words(rng, 40).capitalize() + "."])
    return front, body


def _place(rng: random.Random, i: int) -> str:
    zip5 = rng.choice(sorted(ZIPS))
    return (f'{{name: Site {i}, city: {ZIPS[zip5]}, zip: "{zip5}", '
            f'region: {rng.choice(REGIONS)}}}')


def main(n: int, out: Path, hugo: bool) -> None:
    rng = random.Random(n)
    partners = max(1, n // 10)
    (out / "content/programs").mkdir(parents=True, exist_ok=True)
    (out / "content/partners").mkdir(parents=True, exist_ok=True)
    (out / "site.yaml").write_text(SITE)
    for j in range(partners):
        (out / f"content/partners/partner-{j}.yaml").write_text(
            f"name: Partner {j}\nkind: industry\nsummary: {words(rng, 15)}.\n"
            f"verified: 2026-10-01\ndescription: |\n  {words(rng, 50)}.\n")
    if hugo:
        _hugo_skeleton(out.with_name(out.name + "-hugo"))
    for i in range(n):
        front, body = program(rng, i, partners)
        text = "---\n" + "".join(f"{k}: {v}\n" for k, v in front.items()) + "---\n" + body + "\n"
        (out / f"content/programs/program-{i}.md").write_text(text)
        if hugo:
            hugo_front = {k: (v if k in ("title", "summary") else f'"{v}"') for k, v in
                          front.items() if k in ("title", "summary", "type", "grades")}
            (out.with_name(out.name + "-hugo") / f"content/programs/program-{i}.md").write_text(
                "---\n" + "".join(f"{k}: {_q(v)}\n" for k, v in hugo_front.items()) +
                "---\n" + body + "\n")


def _q(value: str) -> str:
    return '"' + value.strip('"').replace('"', "'") + '"'


def _hugo_skeleton(root: Path) -> None:
    """A minimal Hugo site with a page template and a list, like ours in spirit."""
    (root / "content/programs").mkdir(parents=True, exist_ok=True)
    (root / "layouts/_default").mkdir(parents=True, exist_ok=True)
    (root / "hugo.toml").write_text('baseURL = "https://bench.example.org/"\ntitle = "Bench"\n'
                                    'disableKinds = ["taxonomy", "term", "RSS", "sitemap"]\n'
                                    '[pagination]\npagerSize = 20\n')
    (root / "layouts/_default/baseof.html").write_text(
        '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{{ .Title }}</title>'
        '</head><body><main>{{ block "main" . }}{{ end }}</main></body></html>')
    (root / "layouts/_default/single.html").write_text(
        '{{ define "main" }}<article><h1>{{ .Title }}</h1><p>{{ .Params.summary }}</p>'
        '<dl><dt>Type</dt><dd>{{ .Params.type }}</dd><dt>Grades</dt><dd>{{ .Params.grades }}'
        '</dd></dl>{{ .Content }}</article>{{ end }}')
    (root / "layouts/_default/list.html").write_text(
        '{{ define "main" }}<h1>{{ .Title }}</h1>{{ range .Paginator.Pages }}<article><h2>'
        '<a href="{{ .RelPermalink }}">{{ .Title }}</a></h2><p>{{ .Params.summary }}</p>'
        '</article>{{ end }}{{ end }}')


if __name__ == "__main__":
    main(int(sys.argv[1]), Path(sys.argv[2]), "--hugo" in sys.argv)
