"""The package's ``UnexpectedStatus``, raised by the Tenants API's operations as by the Identity API's."""

from ..errors import UnexpectedStatus

__all__ = ["UnexpectedStatus"]
