"""Small line icons for the theme, always shown beside their words: inline and aria-hidden
(icon()), or in one sprite file that the style sheet draws before a card's words (icon_sprite();
a card is also built in the browser from an element tree, where inline SVG is not made)."""
from __future__ import annotations

from markupsafe import Markup

_PATHS = {
    "transportation": "M5 4h14a2 2 0 0 1 2 2v11H3V6a2 2 0 0 1 2-2zM3 11h18M7 20v-3M17 20v-3",
    "meals": "M7 3v8M5 3v4a2 2 0 0 0 4 0V3M7 11v10M17 3c-2 2-2 6 0 8v10",
    "stipend": "M12 3v18M16 7.5C16 5.5 14 4.5 12 4.5S8 5.5 8 7.5s2 3 4 3.5 4 1.5 4 3.5-2 3-4 3-4-1-4-3",
    "childcare": "M12 8.5a2.5 2.5 0 1 0 0-5 2.5 2.5 0 0 0 0 5zM7 21l1-7-3-2 7-2 7 2-3 2 1 7",
    "devices": "M4 5h16v10H4zM2 19h20",
    "interpreters": "M4 5h16v10H10l-5 4v-4H4z",
    "disability-accommodations": "M11 5.5a1.5 1.5 0 1 0 0-3 1.5 1.5 0 0 0 0 3zM11 8v6h6l2 6M14.5 19a5 5 0 1 1-6.5-7",
    "scholarships": "M2 9l10-5 10 5-10 5zM6 11v5c3 2.5 9 2.5 12 0v-5",
    "calendar": "M4 6h16v14H4zM4 10h16M8 3v5M16 3v5",
    "place": "M12 21s-7-6-7-11a7 7 0 0 1 14 0c0 5-7 11-7 11zM12 12.5a2.5 2.5 0 1 0 0-5 2.5 2.5 0 0 0 0 5z",
    "online": "M4 5h16v10H4zM2 19h20M9 10h6",
    "cost": "M3 3h8l10 10-8 8L3 11zM7.5 7.5h.01",
    "grades": "M4 19V6l8-3 8 3v13M9 19v-6h6v6",
    "clock": "M12 21a9 9 0 1 0 0-18 9 9 0 0 0 0 18zM12 7v5l3 2",
    "language": "M4 5h16v10H10l-5 4v-4H4z",
    "people": "M9 11a3 3 0 1 0 0-6 3 3 0 0 0 0 6zM3 20c0-4 3-6 6-6s6 2 6 6M16 5a3 3 0 0 1 0 6M18 14c2 1 3 3 3 6",
    # actions on a program page, and the menu
    "menu": "M4 6h16M4 12h16M4 18h16",
    "phone": "M5 3h4l2 5-2.5 1.5a11 11 0 0 0 5 5L15 12l5 2v4a2 2 0 0 1-2 2A16 16 0 0 1 3 5a2 2 0 0 1 2-2z",
    "mail": "M3 5h18v14H3zM3 6l9 7 9-7",
    "message": "M4 4h16v12H8l-4 4zM8 9h8M8 12h5",
    "directions": "M3 6l6-3 6 3 6-3v15l-6 3-6-3-6 3zM9 3v15M15 6v15",
    "share": "M18 8a3 3 0 1 0 0-6 3 3 0 0 0 0 6zM6 15a3 3 0 1 0 0-6 3 3 0 0 0 0 6zM18 22a3 3 0 1 0 0-6 3 3 0 0 0 0 6zM8.6 13.5l6.8 4M15.4 6.5l-6.8 4",
    "print": "M6 9V3h12v6M6 18H3v-9h18v9h-3M6 14h12v7H6z",
    "add-date": "M4 6h16v14H4zM4 10h16M8 3v5M16 3v5M12 13v5M9.5 15.5h5",
}
_CHECK = "M5 12l5 5 9-10"
# One icon a program type (the built-in types); a type that site.yaml adds gets _TYPE.
_TYPES = {
    "field-trip": "M3 6l6-3 6 3 6-3v15l-6 3-6-3-6 3zM9 3v15M15 6v15",
    "job-shadow": "M2 12s4-7 10-7 10 7 10 7-4 7-10 7S2 12 2 12zM12 15a3 3 0 1 0 0-6 3 3 0 0 0 0 6z",
    "internship": "M3 8h18v12H3zM9 8V5h6v3M3 13h18",
    "apprenticeship": "M2 18h20M4 18a8 8 0 0 1 16 0M10 11V6h4v5",
    "mentoring": "M3 4h12v9H8l-4 3v-3H3zM18 8h3v9h-1v3l-4-3H9v-1",
    "camp": "M12 4L2 20h20zM12 13l-4 7M12 13l4 7",
    "club": "M12 10a3 3 0 1 0 0-6 3 3 0 0 0 0 6zM6 20a6 6 0 0 1 12 0M5 12a2 2 0 1 1 0-4M19 12a2 2 0 1 0 0-4M2 18a4 4 0 0 1 2-3.5M22 18a4 4 0 0 0-2-3.5",
    "competition": "M7 4h10v5a5 5 0 0 1-10 0zM7 6H3c0 3 2 5 4 5M17 6h4c0 3-2 5-4 5M12 14v4M8 21h8M9 18h6",
    "course": "M2 5h6a4 4 0 0 1 4 4v11a3 3 0 0 0-3-3H2zM22 5h-6a4 4 0 0 0-4 4v11a3 3 0 0 1 3-3h7z",
    "dual-credit": "M6 3h9l4 4v14H6zM14 3v5h5M9 14l2 2 4-4",
    "workshop": "M9 18h6M10 21h4M12 3a6 6 0 0 0-4 10.5c.7.7 1 1.5 1 2.5h6c0-1 .3-1.8 1-2.5A6 6 0 0 0 12 3z",
    "career-event": "M4 7h16v14H4zM10 3h4v4h-4zM12 14a2 2 0 1 0 0-4 2 2 0 0 0 0 4zM8 18.5a4 4 0 0 1 8 0",
    "college-visit": "M12 3l9 5H3zM3 21h18M5 11v7M9.7 11v7M14.3 11v7M19 11v7M3 18h18",
    "family-event": "M3 11l9-7 9 7v10H3zM12 18s-3.5-2-3.5-4.3a1.7 1.7 0 0 1 3.5-.5 1.7 1.7 0 0 1 3.5.5C15.5 16 12 18 12 18z",
    "professional-development": "M3 4h18v12H3zM12 16v5M8 21h8M7 8h6M7 12h10",
}
_TYPE = "M12 3l2.6 5.6 6.1.7-4.5 4.2 1.2 6L12 16.5l-5.4 3 1.2-6-4.5-4.2 6.1-.7z"
PITCH = 32  # sprite units from one icon to the next: a 24-unit icon and a gap of 8


def icon(name: str) -> Markup:
    """icon("meals"), icon("type-camp") in a template: an inline SVG that inherits the text
    colour (a type site.yaml adds gets the generic type icon, any other name a check mark)."""
    word = name.removeprefix("type-")
    path = _TYPES.get(word, _TYPE) if name.startswith("type-") else _PATHS.get(name, _CHECK)
    return Markup('<svg class="sh-icon" viewBox="0 0 24 24" width="20" height="20" '
                  'aria-hidden="true" focusable="false"><path d="{}"/></svg>'.format(path))


def sprite_names() -> list[str]:
    """The icons of the sprite, in its order (style.css gives each class its place: --i):
    "check" for a support that site.yaml adds, "type" for a type it adds, the named icons,
    then "type-camp" and the other built-in types."""
    return ["check", "type", *_PATHS, *(f"type-{word}" for word in _TYPES)]


def icon_sprite() -> str:
    """Every icon in one SVG file (static/icons.svg), one under the other PITCH units apart:
    the style sheet draws a card's icons from it (class sh-i-<name>, mask-position by --i),
    so a page fetches one file for all its icons."""
    paths = {"check": _CHECK, "type": _TYPE, **_PATHS,
             **{f"type-{word}": path for word, path in _TYPES.items()}}
    names = sprite_names()
    drawn = "".join(f'<path transform="translate(0 {i * PITCH})" d="{paths[name]}"/>'
                    for i, name in enumerate(names))
    return ('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 '
            f'{len(names) * PITCH - (PITCH - 24)}" fill="none" stroke="#000" stroke-width="2" '
            f'stroke-linecap="round" stroke-linejoin="round">{drawn}</svg>\n')
