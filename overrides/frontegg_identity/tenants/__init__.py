"""Typed client for Frontegg's Tenants API, served at ``{gateway}/tenants`` beside the Identity API.

Generated from ``openapi/tenants.yaml`` as the Identity API is from ``identity.yaml``:
``frontegg_identity.tenants.api.tenants.<operation_id>`` holds one module per operation
(``create_tenant``, ``get_tenant_v2``, ``list_tenants_v2``, ...), ``frontegg_identity.tenants.models``
its models. ``connect()`` gives a client for it from the same credentials and locations as
``frontegg_identity.connect()`` (an environment token: every Tenants operation takes one).

Nothing is imported until used, so ``import frontegg_identity.tenants`` stays cheap.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import httpx

    from ..connection import ConnectedClient
    from ..regions import Region, RegionName

__all__ = ["connect"]


def connect(
    region: Region | RegionName | str | None = None,
    *,
    gateway_url: str | None = None,
    domain: str | None = None,
    client_id: str | None = None,
    api_key: str | None = None,
    retries: int = 0,
    raise_on_error: bool = False,
    # connection.DEFAULT_TIMEOUT, written out so that importing this package does not import httpx
    timeout: float | httpx.Timeout | None = 10.0,
    transport: httpx.BaseTransport | None = None,
    async_transport: httpx.AsyncBaseTransport | None = None,
    environ: Mapping[str, str] | None = None,
) -> ConnectedClient:
    """Return a client for the Tenants API of one Frontegg environment.

    The arguments mean what they mean for ``frontegg_identity.connect()`` (where: ``region``,
    ``domain`` or ``gateway_url``, else FRONTEGG_API_GATEWAY_URL or FRONTEGG_REGION; who: ``client_id``
    and ``api_key``, else FRONTEGG_CLIENT_ID and FRONTEGG_API_KEY), but the base URL is
    ``{gateway}/tenants``. No user token: the Tenants API answers only environment tokens.
    """
    import os

    from ..connection import _auth, _connected, _gateway
    from ..regions import tenants_url

    env = os.environ if environ is None else environ
    gateway = _gateway(region, gateway_url, domain, env)
    return _connected(
        tenants_url(gateway),
        lambda: _auth(gateway, client_id, api_key, None, None, env),
        retries=retries,
        raise_on_error=raise_on_error,
        timeout=timeout,
        transport=transport,
        async_transport=async_transport,
    )
