"""Web and e-mail addresses: the one rule for each, read alike by the URL and e-mail fields and by
Markdown links, and the mailto: link the site builds from an address (RFC 6068)."""
from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import quote, unquote

MAX_URL = 2048
_WEB = re.compile(r"^https?://", re.I)
_UNSAFE = re.compile(r"[\s\"'`\\<>]")
_AUTHORITY_END = re.compile(r"[/?#]")
_HOST_CHAR = re.compile(r"[^a-z0-9_.-]")
# WHATWG URL: a host whose last label is a number (decimal, 0x hex or leading-0 octal) is read
# as an IPv4 address ("127.1", "0x7f.0.0.1", "2130706433"), or refused when it is not one.
_NUMBER = re.compile(r"^(?:[0-9]+|0x[0-9a-f]*)$")
EMAIL = re.compile(r"^[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$")
# The part of the web rule a JSON Schema pattern can hold: http(s), no user name or password before
# the host, nothing that needs quoting (spaces, quotes, backslashes, non-ASCII).
_NEVER = r"""\s"'`\\<>\u0080-\uffff"""  # as a character class: never in an address
WEB_PATTERN = f"^[Hh][Tt][Tt][Pp][Ss]?://[^{_NEVER}/?#@]+([/?#][^{_NEVER}]*)?$"
_IP = "uses an IP address; use the site's host name"


@dataclass(frozen=True)
class Flaw:
    """Why an address breaks its rule: a clause that follows the address in a message."""

    clause: str
    named: bool = True  # False: a message leaves the address out (it is too long to show)

    def of(self, subject: str) -> str:
        return f"{subject} {self.clause}" if self.named else self.clause


def web_flaw(text: str) -> Flaw | None:
    """The rule of every http(s) address, in a field or a Markdown link: absolute, no
    credentials, nothing that needs quoting, a public host name, at most 2,048 characters."""
    if len(text) > MAX_URL:
        return Flaw(f"is {len(text)} characters long; the limit is 2,048", named=False)
    start = _WEB.match(text)
    if not start:
        return Flaw("is not a web address; write it in full, starting with https://")
    bad = _UNSAFE.search(text)
    if bad or not text.isascii():
        what = f"'{bad.group()}'" if bad else "a non-ASCII character"
        return Flaw(f"contains {what}; web addresses may not hold spaces, quotes or backslashes "
                    "(use %20 for a space, punycode for the host)")
    authority = _AUTHORITY_END.split(text[start.end():], maxsplit=1)[0]
    if "@" in authority:
        return Flaw("contains a user name or password before '@'; remove it")
    return _host_flaw(authority)


def host_flaw(text: str) -> Flaw | None:
    """The rule of a host name written alone (example.org): the web rule's host, without a
    scheme, port, path or anything else."""
    if not text.isascii() or re.search(r"[^A-Za-z0-9_.-]", text):
        return Flaw("is not a host name alone; write only the name, like example.org")
    return _host_flaw(text)


def _host_flaw(authority: str) -> Flaw | None:
    """The host as a browser reads it: brackets or a number as the last label make it an IP
    address; one trailing dot changes nothing."""
    if authority.startswith("["):
        return Flaw(_IP)
    host, _, port = authority.partition(":")
    if port and not (port.isdigit() and int(port) <= 65535):
        return Flaw("has a bad port number")
    host = host.lower()
    labels = host.removesuffix(".").split(".")
    if _NUMBER.match(labels[-1]):
        return Flaw(_IP)
    bad = _HOST_CHAR.search(host)
    if bad:
        return Flaw(f"has '{bad.group()}' in its host name; a host name holds letters, digits "
                    "and hyphens, in parts separated by dots (example.org)")
    if len(labels) < 2 or "" in labels or labels[-1] == "localhost":
        return Flaw("has no public host name (like example.org)")
    return None


def email_flaw(text: str) -> Flaw | None:
    """The rule of an e-mail address: one plain address, nothing around it."""
    if text.lower().startswith("mailto:"):
        return Flaw("starts with mailto:; write only the address")
    for mark, what in (("?", "a '?' part"), ("<", "angle brackets"), ('"', "quotes"),
                       (" ", "a space or a name")):
        if mark in text:
            return Flaw(f"contains {what}; write only the address, like name@example.org")
    if len(text) > 254 or not EMAIL.match(text):
        return Flaw("is not an e-mail address; write it like name@example.org")
    return None


def mailto_flaw(href: str) -> str | None:
    """Why a mailto: link in Markdown breaks its rule (one address by the e-mail rule, then
    only subject and body), as a clause about it; None when it keeps it."""
    written, _, query = href.partition(":")[2].partition("?")
    address = unquote(written)
    if not address:
        return "it names no address; write mailto:name@example.org"
    if "," in address:
        return "it names more than one address; a mailto: link names one"
    flaw = email_flaw(address)
    if flaw:
        return flaw.of(f"its address '{written[:60]}'")
    for pair in query.split("&") if query else ():
        key = unquote(pair.partition("=")[0])
        if pair and key.lower() not in ("subject", "body"):
            return f"it sets '{key[:40]}'; a mailto: link may only set subject and body after '?'"
    return None


def mailto(address: str, subject: str | None = None, body: str | None = None) -> str:
    """The mailto: link to exactly one address (RFC 6068): every character of the address but
    letters, digits, '@' and '-._~' percent-encoded ('%' is %25, ',' is %2C), so nothing in it
    can add a recipient or a header; subject and body percent-encoded as qchar requires."""
    fields = [f"{name}={quote(value, safe='')}" for name, value in
              (("subject", subject), ("body", body)) if value is not None]
    return f"mailto:{quote(address, safe='@')}" + ("?" + "&".join(fields) if fields else "")
