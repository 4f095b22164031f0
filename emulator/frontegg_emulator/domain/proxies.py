"""Which address a request comes from, given the reverse proxies the emulator is told to trust.

Standard library only: the CLI checks ``--trusted-proxy`` values with it before the emulator's
dependencies are imported.
"""

from __future__ import annotations

import ipaddress
from collections.abc import Iterable

Network = ipaddress.IPv4Network | ipaddress.IPv6Network


def trusted_proxy(text: str) -> Network:
    """A --trusted-proxy value: an address or a range (CIDR); ValueError names what is wrong."""
    try:
        return ipaddress.ip_network(text.strip(), strict=False)
    except ValueError:
        raise ValueError(f"{text!r} is neither an IP address nor a range such as 10.0.0.0/8") from None


def address_in(text: str, networks: Iterable[Network]) -> bool:
    """Whether ``text`` is an address inside one of ``networks`` (IPv4-mapped IPv6 counts as IPv4)."""
    try:
        address = ipaddress.ip_address(text.strip())
    except ValueError:
        return False
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        address = address.ipv4_mapped
    return any(address.version == network.version and address in network for network in networks)


def client_address(peer: str, forwarded_for: list[str], proxies: tuple[Network, ...]) -> str:
    """The address a request comes from: the connection's peer, unless that peer is a trusted proxy.

    Behind trusted proxies, X-Forwarded-For is read from the right (each proxy appends the address it
    saw) and the first hop that is not itself a trusted proxy is the client. Anything further left was
    written by the client and proves nothing. Before, the left-most entry of the header was taken from
    anyone, so a blocked address passed IP rules by sending the header (issue 14, finding 5).
    """
    if not proxies or not address_in(peer, proxies):
        return peer
    hops = [hop.strip() for value in forwarded_for for hop in value.split(",") if hop.strip()]
    for hop in reversed(hops):
        if not address_in(hop, proxies):
            return hop
    return hops[0] if hops else peer
