"""The links a family taps on a program page (stemhub.render.actions): tel:, sms: and directions,
every value from content percent-encoded for its URL."""
from __future__ import annotations

from types import SimpleNamespace
from urllib.parse import parse_qs, unquote, urlsplit

import pytest

from stemhub.render.actions import MAPS_SEARCH, directions, sms, tel


@pytest.mark.parametrize("phone, href", [
    ("555-0116", "tel:555-0116"),
    ("(555) 010-0112", "tel:555-010-0112"),
    ("+1 555.010.0112", "tel:+1-555-010-0112"),
    ("555-0112 x204", "tel:555-0112,204"),
    ("555-0112ext. 204", "tel:555-0112,204"),
    ("+1 (555) 010-0112 ext. 7", "tel:+1-555-010-0112,7"),
])
def test_tel_keeps_digits_a_leading_plus_and_dials_the_extension_after_a_pause(phone, href):
    assert tel(phone) == href


def test_sms_body_is_percent_encoded_and_names_no_recipient():
    body = "Robots & Rockets: 50% off? #1 <b>\"now\"</b>\nhttps://example.org/programs/x/?a=1&b=2"
    href = sms(body)
    assert href.startswith("sms:?&body=")
    encoded = href[len("sms:?&body="):]
    assert all(c not in encoded for c in " &#?<>\"\n=/:")
    assert unquote(encoded) == body


def test_directions_open_the_address_in_a_maps_app_encoded():
    # Google's Maps URL: the Maps app on Android and iOS when installed, the web map otherwise
    place = SimpleNamespace(name="Hall #2", address="12 Oak St & 3rd Ave, Suite 5?+1%",
                            city="Millbrook", zip="98233")
    href = directions(place)
    assert href.startswith(MAPS_SEARCH)
    parts = urlsplit(href)
    assert (parts.scheme, parts.netloc, parts.path) == ("https", "www.google.com", "/maps/search/")
    assert "#" not in href and href.count("&") == 1 and href.count("?") == 1 and "+" not in href
    assert parse_qs(parts.query) == {
        "api": ["1"], "query": ["12 Oak St & 3rd Ave, Suite 5?+1%, Millbrook, 98233"]}


def test_directions_without_a_street_address_search_the_place_name():
    place = SimpleNamespace(name="Riverton Library", address=None, city="Riverton", zip=None)
    assert directions(place) == MAPS_SEARCH + "Riverton%20Library%2C%20Riverton"
