"""Data models of the Frontegg Tenants API (companion).

Models are imported on first use (PEP 562 ``__getattr__``), so importing one operation module does not
import all of them; ``from <package>.models import X`` and type checkers work as usual.
"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .create_tenant import CreateTenant
    from .error_response import ErrorResponse
    from .error_response_context import ErrorResponseContext
    from .tenant import Tenant
    from .tenant_metadata_change import TenantMetadataChange
    from .tenant_metadata_change_metadata import TenantMetadataChangeMetadata
    from .tenant_page import TenantPage
    from .tenant_page_links import TenantPageLinks
    from .tenant_page_metadata import TenantPageMetadata
    from .tenant_profile import TenantProfile

_MODULE_OF: dict[str, str] = {
    "CreateTenant": ".create_tenant",
    "ErrorResponse": ".error_response",
    "ErrorResponseContext": ".error_response_context",
    "Tenant": ".tenant",
    "TenantMetadataChange": ".tenant_metadata_change",
    "TenantMetadataChangeMetadata": ".tenant_metadata_change_metadata",
    "TenantPage": ".tenant_page",
    "TenantPageLinks": ".tenant_page_links",
    "TenantPageMetadata": ".tenant_page_metadata",
    "TenantProfile": ".tenant_profile",
}

__all__ = (
    "CreateTenant",
    "ErrorResponse",
    "ErrorResponseContext",
    "Tenant",
    "TenantMetadataChange",
    "TenantMetadataChangeMetadata",
    "TenantPage",
    "TenantPageLinks",
    "TenantPageMetadata",
    "TenantProfile",
)


def __getattr__(name: str) -> Any:
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
