from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_user_api_token_response_metadata import CreateUserApiTokenResponseMetadata


T = TypeVar("T", bound="CreateUserApiTokenResponse")


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
        from ..models.create_user_api_token_response_metadata import CreateUserApiTokenResponseMetadata  # noqa: PLC0415

        d = dict(src_dict)
        client_id = d.pop("clientId")

        description = d.pop("description")

        metadata = CreateUserApiTokenResponseMetadata.from_dict(d.pop("metadata"))

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        secret = d.pop("secret")

        _expires = d.pop("expires", UNSET)
        expires: datetime.datetime | Unset
        if isinstance(_expires, Unset):
            expires = UNSET
        else:
            expires = datetime.datetime.fromisoformat(_expires)

        create_user_api_token_response = cls(
            client_id=client_id,
            description=description,
            metadata=metadata,
            created_at=created_at,
            secret=secret,
            expires=expires,
        )

        create_user_api_token_response.additional_properties = d
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
