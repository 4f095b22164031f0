from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RefreshToken")

_JSON_KEYS = frozenset(
    {
        "tenantId",
    }
)
"""The property names of RefreshToken in JSON; any other key goes to additional_properties."""


@_attrs_define
class RefreshToken:
    """The refresh token itself travels in the fe_refresh_<clientId> cookie set by login."""

    tenant_id: None | str | Unset = UNSET
    """ Account to refresh into. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tenant_id: None | str | Unset
        if isinstance(self.tenant_id, Unset):
            tenant_id = UNSET
        else:
            tenant_id = self.tenant_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if tenant_id is not UNSET:
            field_dict["tenantId"] = tenant_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        tenant_id: None | str | Unset = d.get("tenantId", UNSET)

        refresh_token = cls(
            tenant_id,
        )

        if len(d) > 0 and not d.keys() <= _JSON_KEYS:
            refresh_token.additional_properties = {k: v for k, v in d.items() if k not in _JSON_KEYS}
        return refresh_token

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
