"""The address rules (stemhub.records.addresses): hosts read as a browser reads them (WHATWG
URL), mailto: links in Markdown, and the mailto: link built from an e-mail field (RFC 6068)."""
from __future__ import annotations

import pytest

from stemhub.records.addresses import mailto, mailto_flaw, web_flaw

IP = "uses an IP address; use the site's host name"
NO_HOST = "has no public host name (like example.org)"


@pytest.mark.parametrize("url, clause", [
    ("https://127.1/", IP),
    ("https://0300.0250.1.1/", IP),
    ("https://0x7f.0.0.1/", IP),
    ("https://0X7F.1/", IP),
    ("https://2130706433/", IP),
    ("https://127.0.0.1./", IP),
    ("https://example.0x/", IP),  # a last label that is a number: an IPv4 address or no URL
    ("https://[::1]/", IP),
    ("https://[::ffff:127.0.0.1]:8443/", IP),
    ("https://localhost./", NO_HOST),
    ("https://LOCALHOST/", NO_HOST),
    ("https://printer.localhost/", NO_HOST),
    ("https://example..org/", NO_HOST),
    ("https:///example.org/", NO_HOST),
    ("https://example.org@evil.example/", "contains a user name or password before '@'; "
                                          "remove it"),
    ("https://evil.example/?next=https://a@b", None),  # '@' after the host is not a user
    ("https://example.org:99999/", "has a bad port number"),
])
def test_hosts_as_a_browser_reads_them(url, clause):
    flaw = web_flaw(url)
    assert (flaw.clause if flaw else None) == clause


@pytest.mark.parametrize("url", ["https://example.org./", "HTTPS://Example.ORG/a",
                                 "https://xn--bcher-kva.example:8443/", "http://a.b.example:/",
                                 "https://1.2.3.example/", "https://my_host.example.org/"])
def test_public_hosts_accepted(url):
    assert web_flaw(url) is None


@pytest.mark.parametrize("href, clause", [
    ("mailto:ann@example.org", None),
    ("mailto:ann@example.org?subject=Hi&body=Hello%20there", None),
    ("MAILTO:ann@example.org?Subject=Hi", None),
    ("mailto:ann%40example.org", None),
    ("mailto:ann@example.org?cc=b@evil.example",
     "it sets 'cc'; a mailto: link may only set subject and body after '?'"),
    ("mailto:ann@example.org?subject=Hi&to=b@evil.example",
     "it sets 'to'; a mailto: link may only set subject and body after '?'"),
    ("mailto:ann@example.org,b@evil.example",
     "it names more than one address; a mailto: link names one"),
    ("mailto:ann@example.org%2cb@evil.example",
     "it names more than one address; a mailto: link names one"),
    ("mailto:", "it names no address; write mailto:name@example.org"),
    ("mailto:%22Ann%22%20%3Cann@example.org%3E",
     "its address '%22Ann%22%20%3Cann@example.org%3E' contains angle brackets; write only the "
     "address, like name@example.org"),
])
def test_mailto_links_in_markdown(href, clause):
    assert mailto_flaw(href) == clause


@pytest.mark.parametrize("address, link", [
    ("ann@example.org", "mailto:ann@example.org"),
    ("ann%2Cboss@evil.example", "mailto:ann%252Cboss@evil.example"),
    ("team%0Abcc%3Aall@example.org", "mailto:team%250Abcc%253Aall@example.org"),
    ("a.b+c_d-e@example.org", "mailto:a.b%2Bc_d-e@example.org"),
])
def test_mailto_encodes_the_address(address, link):
    assert mailto(address) == link


def test_mailto_encodes_subject_and_body_as_qchar():
    assert mailto("a@example.org", subject="Q&A: robots? 100%", body="https://x.example/a/#b") \
        == ("mailto:a@example.org?subject=Q%26A%3A%20robots%3F%20100%25"
            "&body=https%3A%2F%2Fx.example%2Fa%2F%23b")
    assert mailto("", subject="Robots") == "mailto:?subject=Robots"
