from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, parse_datetime

T = TypeVar("T", bound="UserTenant")

_JSON_KEYS = frozenset(
    {
        "tenantId",
        "roles",
        "temporaryExpirationDate",
        "isDisabled",
    }
)
"""The property names of UserTenant in JSON; any other key goes to additional_properties."""


@_attrs_define
class UserTenant:
    tenant_id: str
    roles: list[RoleResponse]
    temporary_expiration_date: datetime.datetime | Unset = UNSET
    is_disabled: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tenant_id = self.tenant_id

        roles = []
        for roles_item_data in self.roles:
            roles_item = roles_item_data.to_dict()
            roles.append(roles_item)

        temporary_expiration_date: str | Unset = UNSET
        if not isinstance(self.temporary_expiration_date, Unset):
            temporary_expiration_date = self.temporary_expiration_date.isoformat()

        is_disabled = self.is_disabled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "tenantId": tenant_id,
                "roles": roles,
            }
        )
        if temporary_expiration_date is not UNSET:
            field_dict["temporaryExpirationDate"] = temporary_expiration_date
        if is_disabled is not UNSET:
            field_dict["isDisabled"] = is_disabled

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        tenant_id = d["tenantId"]

        roles = [RoleResponse.from_dict(roles_item_data) for roles_item_data in d["roles"]]

        _temporary_expiration_date = d.get("temporaryExpirationDate", UNSET)
        temporary_expiration_date: datetime.datetime | Unset
        if isinstance(_temporary_expiration_date, Unset):
            temporary_expiration_date = UNSET
        else:
            temporary_expiration_date = parse_datetime(_temporary_expiration_date)

        is_disabled = d.get("isDisabled", UNSET)

        user_tenant = cls(
            tenant_id,
            roles,
            temporary_expiration_date,
            is_disabled,
        )

        if len(d) > 2 and not d.keys() <= _JSON_KEYS:
            user_tenant.additional_properties = {k: v for k, v in d.items() if k not in _JSON_KEYS}
        return user_tenant

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


# Imported after UserTenant is defined so that models referring to each other import in any order.
from ..models.role_response import RoleResponse  # noqa: E402
