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

from vocabulary import (COMMON, FIELDS, FOCUS, FUNCTION, KINDS, ORGS, PLACES, REGIONS, SEASONS,
                        SECTORS, SMALL, SUPPORTS, TAGS, TOPICS, TOWNS, TYPES, ZIPS)

FUNCTION_SHARE = 0.4
TOPIC_SHARE, FIELD_SHARE = 0.05, 0.06  # of the other tokens, a topic word, a field word

SITE = """title: Benchmark Network
description: A generated site for benchmarks.
base_url: https://bench.example.org/
contact:
  email: team@bench.example.org
regions:
""" + "".join(f"  - slug: {r}\n    name: {r.title()}\n" for r in REGIONS)

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
