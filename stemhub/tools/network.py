"""The network as the staff tools reach it: names looked up by the system, and which of the
addresses they give may be connected to (public ones only: a link in the content, or a
redirect, must never make the tool ask a service inside the network it runs in)."""
from __future__ import annotations

import queue
import socket
import ssl
import threading
from dataclasses import dataclass
from ipaddress import IPv4Address, IPv6Address, IPv6Network, ip_address
from typing import Callable

NAT64 = IPv6Network("64:ff9b::/96")  # the well-known prefix: an IPv4 address in its last 32 bits


def _lookup(host: str, port: int) -> list[str]:
    """Every address the system's resolver gives for host, in its order (socket.gaierror when
    there is none)."""
    found = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    return list(dict.fromkeys(str(info[4][0]) for info in found))


def _connect(address: str, port: int, timeout: float) -> socket.socket:
    """A TCP connection to exactly this address (no name is looked up again)."""
    return socket.create_connection((address, port), timeout)


@dataclass(frozen=True)
class Network:
    """How names are looked up, addresses connected to and TLS certificates trusted: the
    system's, or a test's."""

    resolve: Callable[[str, int], list[str]] = _lookup
    connect: Callable[[str, int, float], socket.socket] = _connect
    tls: Callable[[], ssl.SSLContext] = ssl.create_default_context


def lookup_within(resolve: Callable[[str, int], list[str]], host: str, port: int,
                  timeout: float) -> list[str]:
    """resolve(host, port), given up after timeout seconds (TimeoutError). The system's lookup
    cannot be interrupted: it runs in a thread of its own, left to end by itself."""
    answer: queue.SimpleQueue = queue.SimpleQueue()

    def run() -> None:
        try:
            answer.put((resolve(host, port), None))
        except Exception as err:  # given to the caller, whatever it is
            answer.put(([], err))

    threading.Thread(target=run, daemon=True).start()
    try:
        found, failure = answer.get(timeout=timeout)
    except queue.Empty:
        raise TimeoutError(f"{host} was not looked up within {timeout:g} s") from None
    if failure:
        raise failure
    return found


def is_public(address: str) -> bool:
    """Whether an IP address is one of the public internet's: not loopback, private, shared,
    link-local, site-local, multicast, unspecified, reserved or for documentation, in IPv4 or
    IPv6, an IPv4 address inside an IPv6 one (mapped, 6to4, NAT64) judged as itself."""
    ip = ip_address(address)
    if isinstance(ip, IPv6Address):
        inner = ip.ipv4_mapped or ip.sixtofour or (
            IPv4Address(int(ip) & 0xFFFFFFFF) if ip in NAT64 else None)
        if inner:
            return _public(inner)
        if ip.teredo or ip.is_site_local:
            return False
    return _public(ip)


def _public(ip: IPv4Address | IPv6Address) -> bool:
    return ip.is_global and not (ip.is_multicast or ip.is_private or ip.is_loopback
                                 or ip.is_link_local or ip.is_reserved or ip.is_unspecified)
