from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AddUserToTenantRequest")

_JSON_KEYS = frozenset(
    {
        "tenantId",
        "validateTenantExist",
        "skipInviteEmail",
    }
)
"""The property names of AddUserToTenantRequest in JSON; any other key goes to additional_properties."""


@_attrs_define
class AddUserToTenantRequest:
    tenant_id: str
    """ The account to add the user to; a blank id names no account and is refused. """
    validate_tenant_exist: bool | Unset = UNSET
    skip_invite_email: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tenant_id = self.tenant_id

        validate_tenant_exist = self.validate_tenant_exist

        skip_invite_email = self.skip_invite_email

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "tenantId": tenant_id,
            }
        )
        if validate_tenant_exist is not UNSET:
            field_dict["validateTenantExist"] = validate_tenant_exist
        if skip_invite_email is not UNSET:
            field_dict["skipInviteEmail"] = skip_invite_email

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        tenant_id = d["tenantId"]

        validate_tenant_exist = d.get("validateTenantExist", UNSET)

        skip_invite_email = d.get("skipInviteEmail", UNSET)

        add_user_to_tenant_request = cls(
            tenant_id,
            validate_tenant_exist,
            skip_invite_email,
        )

        if len(d) > 1 and not d.keys() <= _JSON_KEYS:
            add_user_to_tenant_request.additional_properties = {k: v for k, v in d.items() if k not in _JSON_KEYS}
        return add_user_to_tenant_request

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
