"""The web origins an environment serves from a browser, and the app its emailed links lead to.

Frontegg's gateway answers cross-origin calls only for the environment's allowed origins, which its
portal and its Terraform provider edit as ``allowedOrigins`` on ``/vendors``
(frontegg/terraform-provider-frontegg, provider/resource_frontegg_allowed_origin.go and
resource_frontegg_workspace.go: GET then PUT ``/vendors`` with ``{"allowedOrigins": [...]}``). An
environment that stored no list uses the emulator's defaults: any port on ``http://localhost`` and
``http://127.0.0.1``, or what ``--allowed-origin`` gave.

A pattern is ``scheme://host[:port]`` where ``*`` in the host stands for one or more DNS labels
(``https://*.acme.test``) and ``:*`` for any port or none (``http://localhost:*``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import lru_cache

from .model import Environment

DEFAULT_ALLOWED_ORIGINS: tuple[str, ...] = ("http://localhost:*", "http://127.0.0.1:*")
WORKSPACE = "workspace"  # the stored /vendors document
_PATTERN = re.compile(r"(https?)://(\[[0-9a-f:.]+\]|[a-z0-9*][a-z0-9*.-]*)(?::([0-9]{1,5}|\*))?")
_LABELS = r"[a-z0-9-]+(?:\.[a-z0-9-]+)*"


class OriginPatternError(ValueError):
    """A pattern that is not ``scheme://host[:port]`` with optional wildcards."""


def check_pattern(pattern: str) -> str:
    """The pattern in canonical form (lower case, no trailing slash); raises OriginPatternError."""
    canonical = pattern.strip().lower().rstrip("/")
    if _PATTERN.fullmatch(canonical) is None:
        raise OriginPatternError(
            f"{pattern!r} is not an origin pattern: expected scheme://host[:port], '*' allowed in the "
            "host (https://*.acme.test) and as the port (http://localhost:*)"
        )
    return canonical


@lru_cache(maxsize=256)
def _compiled(pattern: str) -> re.Pattern[str]:
    match = _PATTERN.fullmatch(check_pattern(pattern))
    assert match is not None  # check_pattern raised otherwise
    scheme, host, port = match.groups()
    host_re = _LABELS.join(re.escape(part) for part in host.split("*"))
    if port is None:
        port_re = ""
    elif port == "*":
        port_re = "(?::[0-9]{1,5})?"
    else:
        port_re = re.escape(":" + port)
    return re.compile(f"{scheme}://{host_re}{port_re}")


def matches(patterns: Iterable[str], origin: str) -> bool:
    """Whether a request's ``Origin`` header is one of the patterns (``null`` and garbage never are)."""
    candidate = origin.strip().lower()
    return any(_compiled(p).fullmatch(candidate) for p in patterns)


def allowed_origins(env: Environment, defaults: Sequence[str]) -> list[str]:
    """The environment's stored list when it has one (even an empty one), else the emulator's defaults."""
    stored = env.policies.get(WORKSPACE, {}).get("allowedOrigins")
    return list(stored) if isinstance(stored, list) else list(defaults)


def app_url(env: Environment, configured: str | None, defaults: Sequence[str], origin: str | None) -> str | None:
    """Where emailed links lead: ``--app-url`` when given, else the first allowed origin that names one
    app (no wildcard), else the calling page's origin when it is allowed, else None (the caller falls
    back to the gateway's own URL)."""
    if configured:
        return configured.rstrip("/")
    patterns = allowed_origins(env, defaults)
    concrete = next((p for p in patterns if "*" not in p), None)
    if concrete is not None:
        return concrete.rstrip("/")
    if origin and matches(patterns, origin):
        return origin.strip().rstrip("/")
    return None
