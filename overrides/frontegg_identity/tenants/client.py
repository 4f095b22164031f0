"""The Tenants API's operations take the package's own client classes, so that one ``connect()``
result type (``ConnectedClient``, a subclass of ``AuthenticatedClient``) serves both APIs; the client
module openapi-python-client writes for the subpackage is replaced by this one (openapi/tools/generate.py)."""

from ..client import AuthenticatedClient, Client

__all__ = ["AuthenticatedClient", "Client"]
