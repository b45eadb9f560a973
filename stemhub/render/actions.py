"""The links a family taps to act on a program: call, text a friend, get directions. Each is
built from content, so every value is percent-encoded for its URL (mailto: links are
records/addresses.py's)."""
from __future__ import annotations

import re
from urllib.parse import quote

_EXTENSION = re.compile(r"\s*(?:x|ext\.)\s*(\d+)$")
# Google's Maps URL (developers.google.com/maps/documentation/urls): the Maps app on Android and
# iOS when it is installed, the web map otherwise
MAPS_SEARCH = "https://www.google.com/maps/search/?api=1&query="


def tel(phone: str) -> str:
    """'(555) 010-0112 ext. 204' -> 'tel:555-010-0112,204': the number's digits and a leading +,
    then the extension after a pause (','), which phones dial once the call is answered."""
    extension = _EXTENSION.search(phone)
    number = phone[:extension.start()] if extension else phone
    digits = re.sub(r"[^0-9]+", "-", number).strip("-")
    plus = "+" if number.lstrip().startswith("+") else ""
    return f"tel:{plus}{digits}" + (f",{extension.group(1)}" if extension else "")


def sms(body: str) -> str:
    """A text message with a prefilled body and no recipient (the form iOS and Android both
    read): 'sms:?&body=' and the body percent-encoded."""
    return "sms:?&body=" + quote(body, safe="")


def directions(place) -> str:
    """The place's address in the phone's maps app (docs/templates.md, "Directions"): a plain
    link, nothing loads until it is tapped. The street address when there is one, else the
    place's name; then city and ZIP, percent-encoded (only letters, digits and `-_.~` stay)."""
    parts = [place.address or place.name, place.city, place.zip or ""]
    return MAPS_SEARCH + quote(", ".join(p for p in parts if p), safe="")
