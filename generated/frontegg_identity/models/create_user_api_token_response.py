from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, parse_datetime

T = TypeVar("T", bound="CreateUserApiTokenResponse")

_JSON_KEYS = frozenset(
    {
        "clientId",
        "description",
        "metadata",
        "createdAt",
        "secret",
        "expires",
    }
)
"""The property names of CreateUserApiTokenResponse in JSON; any other key goes to additional_properties."""


@_attrs_define
class CreateUserApiTokenResponse:
    client_id: str
    description: str
    metadata: CreateUserApiTokenResponseMetadata
    created_at: datetime.datetime
    secret: str
    expires: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        client_id = self.client_id

        description = self.description

        metadata = self.metadata.to_dict()

        created_at = self.created_at.isoformat()

        secret = self.secret

        expires: str | Unset = UNSET
        if not isinstance(self.expires, Unset):
            expires = self.expires.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "clientId": client_id,
                "description": description,
                "metadata": metadata,
                "createdAt": created_at,
                "secret": secret,
            }
        )
        if expires is not UNSET:
            field_dict["expires"] = expires

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        client_id = d["clientId"]

        description = d["description"]

        metadata = CreateUserApiTokenResponseMetadata.from_dict(d["metadata"])

        created_at = parse_datetime(d["createdAt"])

        secret = d["secret"]

        _expires = d.get("expires", UNSET)
        expires: datetime.datetime | Unset
        if isinstance(_expires, Unset):
            expires = UNSET
        else:
            expires = parse_datetime(_expires)

        create_user_api_token_response = cls(
            client_id,
            description,
            metadata,
            created_at,
            secret,
            expires,
        )

        if len(d) > 5 and not d.keys() <= _JSON_KEYS:
            create_user_api_token_response.additional_properties = {k: v for k, v in d.items() if k not in _JSON_KEYS}
        return create_user_api_token_response

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


# Imported after CreateUserApiTokenResponse is defined so that models referring to each other import in any order.
from ..models.create_user_api_token_response_metadata import CreateUserApiTokenResponseMetadata  # noqa: E402
