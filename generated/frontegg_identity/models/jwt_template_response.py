from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.jwt_template_response_algorithm import JwtTemplateResponseAlgorithm, check_jwt_template_response_algorithm
from ..types import UNSET, Unset, parse_datetime

T = TypeVar("T", bound="JwtTemplateResponse")

_JSON_KEYS = frozenset(
    {
        "id",
        "vendorId",
        "key",
        "name",
        "expiration",
        "algorithm",
        "templateSchema",
        "createdAt",
        "updatedAt",
        "description",
    }
)
"""The property names of JwtTemplateResponse in JSON; any other key goes to additional_properties."""


@_attrs_define
class JwtTemplateResponse:
    id: str
    vendor_id: str
    key: str
    name: str
    expiration: float
    algorithm: JwtTemplateResponseAlgorithm
    template_schema: JwtTemplatePayloadResponse
    created_at: datetime.datetime
    updated_at: datetime.datetime
    description: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        vendor_id = self.vendor_id

        key = self.key

        name = self.name

        expiration = self.expiration

        algorithm: str = self.algorithm

        template_schema = self.template_schema.to_dict()

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "vendorId": vendor_id,
                "key": key,
                "name": name,
                "expiration": expiration,
                "algorithm": algorithm,
                "templateSchema": template_schema,
                "createdAt": created_at,
                "updatedAt": updated_at,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        id = d["id"]

        vendor_id = d["vendorId"]

        key = d["key"]

        name = d["name"]

        expiration = d["expiration"]

        algorithm = check_jwt_template_response_algorithm(d["algorithm"])

        template_schema = JwtTemplatePayloadResponse.from_dict(d["templateSchema"])

        created_at = parse_datetime(d["createdAt"])

        updated_at = parse_datetime(d["updatedAt"])

        description: None | str | Unset = d.get("description", UNSET)

        jwt_template_response = cls(
            id,
            vendor_id,
            key,
            name,
            expiration,
            algorithm,
            template_schema,
            created_at,
            updated_at,
            description,
        )

        if len(d) > 9 and not d.keys() <= _JSON_KEYS:
            jwt_template_response.additional_properties = {k: v for k, v in d.items() if k not in _JSON_KEYS}
        return jwt_template_response

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


# Imported after JwtTemplateResponse is defined so that models referring to each other import in any order.
from ..models.jwt_template_payload_response import JwtTemplatePayloadResponse  # noqa: E402
