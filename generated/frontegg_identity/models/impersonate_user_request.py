from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ImpersonateUserRequest")

_JSON_KEYS = frozenset(
    {
        "impersonatedUserId",
        "actorToken",
        "redirectUrl",
    }
)
"""The property names of ImpersonateUserRequest in JSON; any other key goes to additional_properties."""


@_attrs_define
class ImpersonateUserRequest:
    impersonated_user_id: str
    actor_token: str
    redirect_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        impersonated_user_id = self.impersonated_user_id

        actor_token = self.actor_token

        redirect_url = self.redirect_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "impersonatedUserId": impersonated_user_id,
                "actorToken": actor_token,
            }
        )
        if redirect_url is not UNSET:
            field_dict["redirectUrl"] = redirect_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        impersonated_user_id = d["impersonatedUserId"]

        actor_token = d["actorToken"]

        redirect_url = d.get("redirectUrl", UNSET)

        impersonate_user_request = cls(
            impersonated_user_id,
            actor_token,
            redirect_url,
        )

        if len(d) > 2 and not d.keys() <= _JSON_KEYS:
            impersonate_user_request.additional_properties = {k: v for k, v in d.items() if k not in _JSON_KEYS}
        return impersonate_user_request

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
