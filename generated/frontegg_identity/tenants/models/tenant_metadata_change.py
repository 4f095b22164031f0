from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="TenantMetadataChange")

_JSON_KEYS = frozenset(
    {
        "metadata",
    }
)
"""The property names of TenantMetadataChange in JSON; any other key goes to additional_properties."""


@_attrs_define
class TenantMetadataChange:
    """Metadata keys to set."""

    metadata: TenantMetadataChangeMetadata
    """ Each key is set to its value; other stored keys are kept. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        metadata = self.metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "metadata": metadata,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        metadata = TenantMetadataChangeMetadata.from_dict(d["metadata"])

        tenant_metadata_change = cls(
            metadata,
        )

        if len(d) > 1 and not d.keys() <= _JSON_KEYS:
            tenant_metadata_change.additional_properties = {k: v for k, v in d.items() if k not in _JSON_KEYS}
        return tenant_metadata_change

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# Imported after TenantMetadataChange is defined so that models referring to each other import in any order.
from ..models.tenant_metadata_change_metadata import TenantMetadataChangeMetadata  # noqa: E402
