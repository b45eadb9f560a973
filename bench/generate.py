"""Generate a large valid site folder for benchmarks: python bench/generate.py N OUT [--hugo]

N programs and N/10 partners with realistic front matter and text. A program's title is a topic
and a kind of program that fits its type ("Marine Biology Summer Camp", "Intro to CNC Machining",
"Hospital Job Shadow Day": TOPICS, KINDS); its summary and Markdown body are sentences of ordinary
words drawn with weight 1/rank (COMMON, FUNCTION), as words of real text are, with the words of
its topic and of the topic's field mixed in. So common words ("students", "week") are on nearly
every page, and a topic's words ("welding", "cybersecurity") on a few percent of them. Partners
likewise. In-person programs have a real ZIP code (for distance search), and programs vary in
focus groups, languages and keywords (for filters). Seeded with N: the same N gives the same site.
With --hugo, also write the same programs as a Hugo site (OUT-hugo/) for the baseline."""
from __future__ import annotations

import itertools
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

# The kinds of program a title names, by type ("{}" is the topic): 33 in all.
KINDS = {
    "field-trip": ["{} Field Trip", "{} Lab Tour", "{} Site Visit"],
    "job-shadow": ["{} Job Shadow Day", "{} Job Shadow"],
    "internship": ["{} Summer Internship", "{} Internship", "Paid {} Internship"],
    "apprenticeship": ["{} Pre-Apprenticeship", "{} Youth Apprenticeship"],
    "mentoring": ["{} Mentoring Program", "{} Mentor Circle"],
    "camp": ["{} Summer Camp", "{} Day Camp", "{} Spring Break Camp"],
    "club": ["{} Club", "After-School {} Club"],
    "competition": ["{} Challenge", "{} Competition", "{} Team"],
    "course": ["Intro to {}", "{} Course", "{} Academy"],
    "dual-credit": ["{} Dual-Credit Class", "College {} for High School"],
    "workshop": ["{} Workshop", "Saturday {} Workshop"],
    "career-event": ["{} Career Fair", "{} Career Night"],
    "college-visit": ["{} College Visit", "{} Campus Day"],
    "family-event": ["Family {} Night", "{} Family Day"],
}
assert sorted(KINDS) == sorted(TYPES)

# Words of a field, mixed into the text of its topics' programs and partners.
FIELDS = {
    "make": "machines parts fixtures prototype shop drawings assembly motors gears metals "
            "sensors circuits",
    "health": "patients clinic medicine anatomy doctors health therapy blood heart hospital "
              "wellness injuries",
    "science": "experiments microscope cells samples chemistry data lab research specimens "
               "hypothesis scientists evidence",
    "computing": "code software computers apps networks programming algorithms debugging "
                 "websites servers databases logic",
    "air": "aircraft flight pilots wings engines airport hangar navigation satellites orbit "
           "launch altitude",
    "build": "buildings framing blueprints concrete lumber jobsite crews roofing wiring trades "
             "measurements power",
    "sea": "boats vessels harbor ocean tides dock ships deck fishing salmon port shoreline",
    "earth": "energy solar climate streams watershed habitat recycling forests wildlife soil "
             "water rivers",
    "food": "farm crops food orchards greenhouse livestock tractors harvest dairy seeds "
            "irrigation kitchen",
    "media": "video cameras editing animation audio graphics storytelling sound film lighting "
             "studio scripts",
    "money": "budget customers startup pitch sales accounting banking business spreadsheet "
             "investors prices profit",
}
FIELDS = {k: v.split() for k, v in FIELDS.items()}

# 163 topics and their fields.
TOPICS = [(name, field) for field, names in {
    "make": "Robotics;Underwater Robotics;Competitive Robotics;Robotics and Automation;"
            "CNC Machining;Welding;Pipe Welding;Mechanical Engineering;Electrical Engineering;"
            "Electronics;Circuit Design;3D Printing;CAD Design;Manufacturing;Precision Machining;"
            "Industrial Automation;Mechatronics;Engineering Design;Materials Science;"
            "Metal Fabrication;Product Design;Chemical Engineering;Woodworking;Makerspace",
    "health": "Nursing;Nursing Assistant;Hospital;Medical Careers;Anatomy and Physiology;"
              "Pharmacy;Dental Careers;Emergency Medicine;Sports Medicine;Physical Therapy;"
              "Biomedical Science;Public Health;Veterinary Science;Medical Imaging;"
              "Mental Health Careers;Medical Assisting;Health Sciences;Paramedic Training",
    "science": "Marine Biology;Cell Biology;Biotechnology;Forensic Science;Chemistry;Physics;"
               "Astronomy;Genetics;Neuroscience;Microbiology;Lab Science;Science Fair;"
               "Math Circle;Statistics;Math Olympiad",
    "computing": "Cybersecurity;Coding;Python Programming;Web Development;App Development;"
                 "Game Design;Data Science;Artificial Intelligence;Machine Learning;"
                 "Computer Science;Computer Networking;Cloud Computing;Scratch Coding;"
                 "Computer Repair;IT Support;Ethical Hacking;Database Design;Digital Forensics",
    "air": "Aerospace Engineering;Aviation;Drone Piloting;Rocketry;Model Rocketry;"
           "Aircraft Maintenance;Flight Simulation;Space Science;Satellite Design;Avionics;"
           "Air Traffic Control;Aerospace Manufacturing",
    "build": "Carpentry;Construction Trades;Electrical Trades;Plumbing;HVAC;Architecture;"
             "Bridge Design;Surveying;Heavy Equipment;Green Building;Masonry;Sheet Metal;"
             "Civil Engineering;Construction Management",
    "sea": "Maritime Careers;Boat Building;Marine Technology;Oceanography;Fisheries Science;"
           "Shipyard;Marine Mechanics;Port Operations;Coastal Science;Tide Pool Science;"
           "Salmon Ecology;Ocean Engineering",
    "earth": "Solar Energy;Wind Energy;Renewable Energy;Water Quality;Environmental Science;"
             "Climate Science;Watershed Science;Forestry;Wildlife Biology;Field Ecology;"
             "Recycling and Waste;Geology;Earthquake Science;Soil Science;Electric Vehicles;"
             "Energy Efficiency",
    "food": "Agriculture;Food Science;Horticulture;Greenhouse Growing;Dairy Science;"
            "Farm Mechanics;Culinary Science;Beekeeping;Aquaculture;Plant Science;Urban Farming;"
            "Agricultural Technology",
    "media": "Video Production;Animation;Podcasting;Graphic Design;Photography;Filmmaking;"
             "Audio Engineering;Digital Art;Music Technology;Virtual Reality;Data Journalism;"
             "UX Design",
    "money": "Entrepreneurship;Financial Literacy;Accounting;Business Analytics;Marketing;"
             "Supply Chain;Economics;Investing;Banking Careers;Logistics",
}.items() for name in names.split(";")]
assert len(TOPICS) == len({t for t, _ in TOPICS}) == 163, len(TOPICS)

# Ordinary words, most common first: a text's k-th word is drawn with weight 1/rank.
COMMON = """students learn week work team day school program skills projects build time teens help
local new first hands real meet explore class free summer group tools community families mentors
college questions try practice youth careers see make start share talk find bring open join
session ideas plan design test apply space people job future friends fun world problem year
spend small use lunch morning afternoon end pay grade home guest experts visit working safety
staff learning create solve teams materials online support cost days basics show parents
instructors partners goal idea step steps trip equipment ready hour hours tour
problems every last great good best field simple real-world meet-up skills-based hand
together chance path paths different choose finish presentation final showcase feedback
certificate credit credits interest interests hear speakers panel leaders engineers
technicians workers professionals industry company companies employers area region county
city neighborhood library center campus classroom room building lunchtime snacks transportation
bus schedule weekday weekdays weekend weekends evening evenings break month months spring fall
winter season seasons deadline application form interview teacher teachers counselor counselors
parent guardian family adult adults kids middle high younger older age ages beginner
beginners experience needed required welcome everyone anyone nobody questions answers notes
journal notebook laptop computer phone camera tablet kit kits supplies gear gloves goggles boots
clothes uniform badge award awards prize prizes judges judge score scores round rounds event
events fair fairs night nights outdoor indoor outside inside nearby 
hands-on step-by-step small-group one-on-one mentor coach coaches volunteer volunteers alumni
graduates stories story question answer discuss discussion reflect review check checks
measure record records report reports sketch sketches model models map maps plans goals
confidence teamwork leadership communication creativity curiosity problem-solving patience
focus care pride respect trust honest careful quick slow steady busy quiet loud bright clear
strong safe healthy useful practical basic advanced modern classic famous rare
common whole half full empty extra early late soon often always never sometimes usually""".split()
COMMON = list(dict.fromkeys(COMMON))
# Words English needs in every sentence, drawn apart (a token is one of them with FUNCTION_SHARE).
FUNCTION = """the and to a of in for with you your on at will from are is how we our as by this
that can or all each who what about into more their they be have an up out""".split()
FUNCTION_SHARE = 0.4
TOPIC_SHARE, FIELD_SHARE = 0.05, 0.06  # of the other tokens, a topic word, a field word
SMALL = {"and", "to", "for", "of", "the"}
ORGS = ("Center;Institute;Society;Club;Alliance;Lab;Academy;Works;Association;Partners;"
        "Foundation;Collective").split(";")
PLACES = ("Community College;School District;Public Library;Boys and Girls Club;YMCA;"
          "Rotary Club;Chamber of Commerce;Science Center;Technical College;Medical Center;"
          "Port Authority;Parks Department").split(";")
# Keywords a program may carry besides its topic (for word search).
TAGS = ("robotics;block coding;Python;3D printing;CAD;welding;CNC;electronics;soldering;drones;"
        "rocketry;marine biology;water quality;soil science;nursing;anatomy;lab safety;"
        "data science;web design;game design;cybersecurity;solar power;wind energy;carpentry;"
        "electrical trades;aviation;bridge design;podcasting;video editing;budgeting").split(";")
REGIONS = ["north", "south", "east", "west", "central"]
FOCUS = ("girls students-of-color low-income rural first-generation english-learners "
         "students-with-disabilities foster-youth housing-insecure").split()
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


TOWNS = sorted(set(ZIPS.values())) + ["Skagit Valley", "North Sound", "Cascade", "Puget Sound",
                                       "Salish Sea", "Evergreen"]
_COMMON_CUM = list(itertools.accumulate(1 / rank for rank in range(1, len(COMMON) + 1)))
_FUNCTION_CUM = list(itertools.accumulate(1 / rank for rank in range(1, len(FUNCTION) + 1)))


def topic_words(topic: str) -> list[str]:
    """The words of a topic as they read in a sentence: "CNC Machining" -> CNC, machining."""
    return [w if w[1:].lower() != w[1:] else w.lower() for w in topic.split()
            if w.lower() not in SMALL]


def sentence(rng: random.Random, n: int, topic: list[str], field: list[str]) -> str:
    """n words, each a function word (FUNCTION_SHARE), else a topic word, a field word or an
    ordinary one (weight 1/rank), capitalized and ended with a period."""
    out = []
    for ordinary in rng.choices(COMMON, cum_weights=_COMMON_CUM, k=n):
        r = rng.random()
        if r < FUNCTION_SHARE:
            out.append(rng.choices(FUNCTION, cum_weights=_FUNCTION_CUM)[0])
        elif r < FUNCTION_SHARE + (1 - FUNCTION_SHARE) * TOPIC_SHARE:
            out.append(rng.choice(topic))
        elif r < FUNCTION_SHARE + (1 - FUNCTION_SHARE) * (TOPIC_SHARE + FIELD_SHARE):
            out.append(rng.choice(field))
        else:
            out.append(ordinary)
    if n > 8 and rng.random() < 0.4:
        out[rng.randrange(3, n - 3)] += ","
    return out[0][:1].upper() + out[0][1:] + " " + " ".join(out[1:]) + "."


def prose(rng: random.Random, n: int, topic: list[str], field: list[str]) -> str:
    """Sentences of 6 to 16 words, about n words in all."""
    out, count = [], 0
    while count < n:
        k = min(rng.randint(6, 16), max(6, n - count))
        out.append(sentence(rng, k, topic, field))
        count += k
    return " ".join(out)


def summary(rng: random.Random, n: int, name: str, topic: list[str], field: list[str]) -> str:
    """One sentence of about n words naming the topic, at most 300 characters (the limit)."""
    text = sentence(rng, n, topic, field).split()
    at = rng.randrange(1, len(text))
    text[at:at] = [w if w[1:].lower() != w[1:] else w.lower() for w in name.split()]
    while len(" ".join(text)) > 300:
        del text[-2]
    return " ".join(text)


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
    kind = rng.choice(TYPES)
    name, field = rng.choice(TOPICS)
    topic, words = topic_words(name), FIELDS[field]
    front = {
        "title": rng.choice(KINDS[kind]).format(name),
        "partner": f"partner-{rng.randrange(partners)}",
        "summary": summary(rng, rng.randint(14, 26), name, topic, words),
        "type": kind,
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
        "tags": flow(_tags(some(rng, TAGS, (0.9, 0.6, 0.3)), name)),
        "verified": "2026-10-01",
    }
    focus = some(rng, FOCUS, (0.4, 0.3))
    if focus:
        front["focus"] = flow(focus)
    about = [prose(rng, rng.randint(45, 75), topic, words)]
    if rng.random() < 0.6:
        about.append(prose(rng, rng.randint(25, 50), topic, words))
    body = "\n\n".join([*about, "## What you will do",
                         "\n".join("- " + sentence(rng, rng.randint(5, 10), topic, words)
                                   for _ in range(rng.randint(2, 4))),
                         "## How to apply", prose(rng, rng.randint(20, 40), topic, words)])
    return front, body


def _tags(tags: list[str], topic: str) -> list[str]:
    """The keywords drawn, then the topic (unless one of them already is)."""
    seen = {t.casefold() for t in tags}
    return tags + ([topic] if topic.casefold() not in seen and len(topic) <= 30 else [])


def partner(rng: random.Random) -> str:
    """A partner's YAML: named for a town and a topic ("Everett Welding Institute") or a town
    and a kind of place ("Kent Public Library"); its text of its topic's field."""
    name, field = rng.choice(TOPICS)
    town = rng.choice(TOWNS)
    title = (f"{town} {name} {rng.choice(ORGS)}" if rng.random() < 0.5
             else f"{town} {rng.choice(PLACES)}")
    topic, words = topic_words(name), FIELDS[field]
    return (f"name: {title}\nkind: industry\n"
            f"summary: {summary(rng, rng.randint(10, 18), name, topic, words)}\n"
            f"verified: 2026-10-01\ndescription: |\n  {prose(rng, 50, topic, words)}\n")


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
        (out / f"content/partners/partner-{j}.yaml").write_text(partner(rng))
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
