"""Typed client for the Frontegg Identity API.

``Client`` and ``AuthenticatedClient`` come from the generated code; the rest of the public surface is
hand-written (``overrides/``) and imported on first use so that ``import frontegg_identity`` stays cheap.
"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

from .client import AuthenticatedClient, Client

if TYPE_CHECKING:
    pass

_LAZY: dict[str, str] = {}

__all__ = ("AuthenticatedClient", "Client", *_LAZY)


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
