"""``connect()``: the one obvious way to get a ready client.

It turns "which environment, which credentials, how careful" into a generated ``AuthenticatedClient``
whose httpx clients, sync and async, carry the token auth, the Identity API base URL, optional retries
and the optional error hook. Whatever is not passed is read from the environment variables Frontegg's
own SDKs use (``FRONTEGG_CLIENT_ID``, ``FRONTEGG_API_KEY``, ``FRONTEGG_API_GATEWAY_URL``) plus
``FRONTEGG_REGION``, so an existing deployment works unchanged.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from typing import Any

import httpx
from attrs import define, field

from .auth import EnvironmentAuth, UserAuth
from .client import AuthenticatedClient
from .exceptions import ConfigurationError, async_raise_on_error, raise_on_error
from .regions import Region, RegionName, gateway_url, identity_url
from .retries import AsyncRetryTransport, RetryTransport

__all__ = [
    "ENV_API_KEY",
    "ENV_CLIENT_ID",
    "ENV_GATEWAY_URL",
    "ENV_REGION",
    "ConnectedClient",
    "connect",
    "from_env",
]

ENV_REGION = "FRONTEGG_REGION"
ENV_GATEWAY_URL = "FRONTEGG_API_GATEWAY_URL"
ENV_CLIENT_ID = "FRONTEGG_CLIENT_ID"
ENV_API_KEY = "FRONTEGG_API_KEY"

DEFAULT_TIMEOUT = 10.0
"""Seconds; longer than httpx's 5 s because user-management calls fan out inside Frontegg."""


@define
class ConnectedClient(AuthenticatedClient):
    """An AuthenticatedClient whose token comes from an ``httpx.Auth`` instead of a fixed string.

    The generated client passes one ``httpx_args`` to both ``httpx.Client`` and
    ``httpx.AsyncClient``, but transports and event hooks differ between the two; this subclass builds
    each httpx client, lazily as the generated one does, with its own kind of transport and hook.
    ``token`` is unused (empty): ``auth`` sets ``Authorization`` on every request.
    """

    _auth: httpx.Auth = field(kw_only=True, alias="auth")
    _retries: int = field(default=0, kw_only=True, alias="retries")
    _raise_on_error: bool = field(default=False, kw_only=True, alias="raise_on_error")
    _transport: httpx.BaseTransport | None = field(default=None, kw_only=True, alias="transport")
    _async_transport: httpx.AsyncBaseTransport | None = field(default=None, kw_only=True, alias="async_transport")

    def get_httpx_client(self) -> httpx.Client:
        """The httpx.Client, built on first use with the auth, retries and hook."""
        if self._client is None:
            transport = self._transport
            if self._retries:
                # an explicit transport turns off httpx's proxy-from-environment: pass your own
                # transport (e.g. httpx.HTTPTransport(proxy=...)) when you need a proxy and retries
                inner = transport or httpx.HTTPTransport(verify=self._verify_ssl)
                transport = RetryTransport(inner, max_attempts=self._retries + 1)
            hooks = [raise_on_error] if self._raise_on_error else []
            self._client = httpx.Client(transport=transport, event_hooks={"response": hooks}, **self._options())
        return self._client

    def get_async_httpx_client(self) -> httpx.AsyncClient:
        """The httpx.AsyncClient, built on first use with the auth, retries and (async) hook."""
        if self._async_client is None:
            transport = self._async_transport
            if transport is None and isinstance(self._transport, httpx.AsyncBaseTransport):
                transport = self._transport  # e.g. httpx.MockTransport, which serves both
            if self._retries:
                inner = transport or httpx.AsyncHTTPTransport(verify=self._verify_ssl)
                transport = AsyncRetryTransport(inner, max_attempts=self._retries + 1)
            hooks = [async_raise_on_error] if self._raise_on_error else []
            self._async_client = httpx.AsyncClient(
                transport=transport, event_hooks={"response": hooks}, **self._options()
            )
        return self._async_client

    def _options(self) -> dict[str, Any]:
        """The arguments both httpx clients share."""
        return {
            "base_url": self._base_url,
            "cookies": self._cookies,
            "headers": self._headers,
            "timeout": self._timeout,
            "verify": self._verify_ssl,
            "follow_redirects": self._follow_redirects,
            "auth": self._auth,
            **self._httpx_args,
        }


def connect(
    region: Region | RegionName | str | None = None,
    *,
    gateway_url: str | None = None,
    domain: str | None = None,
    client_id: str | None = None,
    api_key: str | None = None,
    user_token: str | None = None,
    refresh_token: str | None = None,
    retries: int = 0,
    raise_on_error: bool = False,
    timeout: float | httpx.Timeout | None = DEFAULT_TIMEOUT,
    transport: httpx.BaseTransport | None = None,
    async_transport: httpx.AsyncBaseTransport | None = None,
    environ: Mapping[str, str] | None = None,
) -> ConnectedClient:
    """Return a client for the Identity API of one Frontegg environment.

    Where: at most one of ``region`` (``"eu"``, ``"us"``, ``"ca"``, ``"au"``), ``domain`` (the
    environment's ``{domain}.frontegg.com``) or ``gateway_url`` (any gateway root, e.g. the emulator's
    ``http://127.0.0.1:8787``); else FRONTEGG_API_GATEWAY_URL or FRONTEGG_REGION; else the EU gateway.

    Who: ``user_token`` (a user's access token; with ``refresh_token`` and the client ID it is renewed),
    or the environment's ``client_id`` and ``api_key`` (each defaulting to FRONTEGG_CLIENT_ID and
    FRONTEGG_API_KEY) for a management token. Neither is a ConfigurationError naming the variables.

    How: ``retries`` extra attempts of idempotent calls (0: none); ``raise_on_error`` makes every error
    answer raise FronteggError; ``transport``/``async_transport`` replace httpx's network transports
    (one httpx.MockTransport serves both). ``environ`` replaces ``os.environ`` as the source of the
    variables. Nothing is sent until the first call.
    """
    env = os.environ if environ is None else environ
    gateway = _gateway(region, gateway_url, domain, env)
    return _connected(
        identity_url(gateway),
        lambda: _auth(gateway, client_id, api_key, user_token, refresh_token, env),
        retries=retries,
        raise_on_error=raise_on_error,
        timeout=timeout,
        transport=transport,
        async_transport=async_transport,
    )


def _connected(
    base_url: str,
    auth: Callable[[], httpx.Auth],
    *,
    retries: int,
    raise_on_error: bool,
    timeout: float | httpx.Timeout | None,
    transport: httpx.BaseTransport | None,
    async_transport: httpx.AsyncBaseTransport | None,
) -> ConnectedClient:
    """The client of one API (``base_url``) of a gateway: what ``connect()`` and
    ``frontegg_identity.tenants.connect()`` share once they know where; ``auth`` builds who, after the
    options are checked."""
    if retries < 0:
        raise ConfigurationError(f"retries must be >= 0, not {retries}")
    return ConnectedClient(
        base_url=base_url,
        token="",
        timeout=timeout if isinstance(timeout, httpx.Timeout) else httpx.Timeout(timeout),
        auth=auth(),
        retries=retries,
        raise_on_error=raise_on_error,
        transport=transport,
        async_transport=async_transport,
    )


def from_env(
    environ: Mapping[str, str] | None = None,
    *,
    retries: int = 0,
    raise_on_error: bool = False,
    timeout: float | httpx.Timeout | None = DEFAULT_TIMEOUT,
    transport: httpx.BaseTransport | None = None,
    async_transport: httpx.AsyncBaseTransport | None = None,
) -> ConnectedClient:
    """``connect()`` with where and who taken only from the environment (or ``environ``)."""
    return connect(
        retries=retries,
        raise_on_error=raise_on_error,
        timeout=timeout,
        transport=transport,
        async_transport=async_transport,
        environ=environ,
    )


def _gateway(region: Region | str | None, url: str | None, domain: str | None, env: Mapping[str, str]) -> str:
    if region is not None or url is not None or domain is not None:
        return gateway_url(region, domain=domain, url=url)
    from_url = _env_gateway(env, ENV_GATEWAY_URL, lambda value: gateway_url(url=value))
    from_region = _env_gateway(env, ENV_REGION, gateway_url)
    if from_url and from_region and from_url != from_region:
        raise ConfigurationError(
            f"{ENV_GATEWAY_URL} ({from_url}) and {ENV_REGION} ({from_region}) disagree; set only one"
        )
    return from_url or from_region or gateway_url()


def _env_gateway(env: Mapping[str, str], name: str, resolve: Callable[[str], str]) -> str | None:
    """The gateway a variable names, if set; its errors name the variable, since it was set there."""
    value = env.get(name)
    if not value:
        return None
    try:
        return resolve(value)
    except ConfigurationError as exc:
        raise ConfigurationError(f"{name}: {exc}") from None


def _auth(
    gateway: str,
    client_id: str | None,
    api_key: str | None,
    user_token: str | None,
    refresh_token: str | None,
    env: Mapping[str, str],
) -> httpx.Auth:
    client_id = client_id or env.get(ENV_CLIENT_ID) or None
    if user_token is not None:
        if api_key is not None:
            raise ConfigurationError("give user_token or api_key, not both")
        return UserAuth(user_token, refresh_token=refresh_token, client_id=client_id, gateway=gateway)
    if refresh_token is not None:
        raise ConfigurationError("refresh_token renews a user_token; pass the user_token too")
    api_key = api_key or env.get(ENV_API_KEY) or None
    if client_id is None or api_key is None:
        missing = " and ".join(
            name for name, value in ((ENV_CLIENT_ID, client_id), (ENV_API_KEY, api_key)) if not value
        )
        raise ConfigurationError(
            f"no Frontegg credentials: set {missing} (or pass client_id= and api_key=) for a "
            f"management client, or pass user_token= to act as a signed-in user"
        )
    return EnvironmentAuth(client_id, api_key, gateway=gateway)
