"""Where a Frontegg environment lives: its API gateway URL.

Every environment is served by one gateway: a regional one, the environment's own
``{domain}.frontegg.com`` sub-domain, or anything else that speaks the same API (the emulator, a
proxy). The Identity API is under ``{gateway}/identity``, the Tenants API under ``{gateway}/tenants``
and environment authentication under ``{gateway}/auth/vendor``, so a gateway URL is the one piece of
location a client needs. Plain http is accepted only for loopback hosts: anything else would send
tokens in clear text.
"""

from __future__ import annotations

import ipaddress
import re
from enum import Enum
from typing import Literal
from urllib.parse import urlsplit

from .exceptions import ConfigurationError

__all__ = ["DEFAULT_REGION", "Region", "RegionName", "gateway_url", "identity_url", "tenants_url"]


class Region(str, Enum):
    """Frontegg's hosting regions; the value is what FRONTEGG_REGION holds."""

    EU = "eu"
    US = "us"
    CA = "ca"
    AU = "au"

    @property
    def gateway(self) -> str:
        """The region's API gateway."""
        return _GATEWAYS[self]


RegionName = Literal["eu", "us", "ca", "au"]

DEFAULT_REGION = Region.EU
"""Frontegg's own SDKs default to the EU gateway when nothing is configured; so do we."""

_GATEWAYS: dict[Region, str] = {
    Region.EU: "https://api.frontegg.com",
    Region.US: "https://api.us.frontegg.com",
    Region.CA: "https://api.ca.frontegg.com",
    Region.AU: "https://api.au.frontegg.com",
}

_ACCEPTED_REGIONS = ", ".join(repr(r.value) for r in Region)
# one or more DNS labels, e.g. "app-x1y2z3" or "app-x1y2z3.us"
_DOMAIN = re.compile(r"[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*")
_FRONTEGG_SUFFIX = ".frontegg.com"


def gateway_url(
    region: Region | RegionName | str | None = None,
    *,
    domain: str | None = None,
    url: str | None = None,
) -> str:
    """Return the gateway URL (no trailing slash) for one of ``region``, ``domain`` or ``url``.

    ``region`` is a Region or its name (case-insensitive); ``domain`` the environment's sub-domain
    (``"app-x1y2z3"`` for ``https://app-x1y2z3.frontegg.com``); ``url`` any gateway root, e.g. the
    emulator's ``http://127.0.0.1:8787``. With none of them, the EU gateway. Anything unusable raises
    ConfigurationError naming what is accepted.
    """
    given = [name for name, value in (("region", region), ("domain", domain), ("url", url)) if value is not None]
    if len(given) > 1:
        raise ConfigurationError(f"give one of region, domain or url, not {' and '.join(given)}")
    if domain is not None:
        return _domain_gateway(domain)
    if url is not None:
        return _checked_url(url)
    return to_region(region).gateway if region is not None else DEFAULT_REGION.gateway


def identity_url(gateway: str) -> str:
    """The Identity API's base URL under ``gateway``."""
    return gateway.rstrip("/") + "/identity"


def tenants_url(gateway: str) -> str:
    """The Tenants API's base URL under ``gateway`` (openapi/tenants.yaml's servers)."""
    return gateway.rstrip("/") + "/tenants"


def to_region(region: Region | str) -> Region:
    """``region`` as a Region; ConfigurationError for an unknown name."""
    if isinstance(region, Region):
        return region
    try:
        return Region(region.strip().lower())
    except ValueError:
        raise ConfigurationError(f"unknown Frontegg region {region!r}; accepted: {_ACCEPTED_REGIONS}") from None


def _domain_gateway(domain: str) -> str:
    name = domain.strip().lower()
    if name.endswith(_FRONTEGG_SUFFIX):
        name = name[: -len(_FRONTEGG_SUFFIX)]
    if not _DOMAIN.fullmatch(name):
        raise ConfigurationError(
            f"malformed Frontegg sub-domain {domain!r}; expected DNS labels such as 'app-x1y2z3' "
            f"(for https://app-x1y2z3.frontegg.com)"
        )
    return f"https://{name}{_FRONTEGG_SUFFIX}"


def _checked_url(url: str) -> str:
    accepted = "an https:// URL such as https://api.frontegg.com, or http:// to localhost or a loopback address"
    try:
        parts = urlsplit(url.strip())
        host = parts.hostname
        parts.port  # noqa: B018 - raises ValueError for a malformed port
    except ValueError:
        raise ConfigurationError(f"malformed gateway URL; expected {accepted}") from None
    # userinfo would put a secret into every log line that shows the URL, so it is refused unseen
    if parts.username is not None or parts.password is not None:
        raise ConfigurationError("the gateway URL must not contain credentials; pass client_id and api_key")
    shown = f"{parts.scheme}://{parts.netloc}{parts.path}"
    if not host or parts.scheme not in ("http", "https") or parts.query or parts.fragment:
        raise ConfigurationError(f"malformed gateway URL {shown!r}; expected {accepted}")
    if parts.scheme == "http" and not _is_loopback(host):
        raise ConfigurationError(f"gateway URL {shown!r} uses http to a non-local host; expected {accepted}")
    path = parts.path.rstrip("/")
    if path.endswith("/identity"):
        raise ConfigurationError(
            f"{shown!r} is the Identity API, not the gateway; give the gateway root "
            f"(identity is served at {{gateway}}/identity)"
        )
    return f"{parts.scheme}://{parts.netloc}{path}"


def _is_loopback(host: str) -> bool:
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False
