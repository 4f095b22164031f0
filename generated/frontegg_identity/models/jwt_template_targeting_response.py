from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import parse_datetime

T = TypeVar("T", bound="JwtTemplateTargetingResponse")

_JSON_KEYS = frozenset(
    {
        "id",
        "createdAt",
        "updatedAt",
        "targeting",
    }
)
"""The property names of JwtTemplateTargetingResponse in JSON; any other key goes to additional_properties."""


@_attrs_define
class JwtTemplateTargetingResponse:
    id: str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    targeting: JwtTemplateTargeting
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        targeting = self.targeting.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "createdAt": created_at,
                "updatedAt": updated_at,
                "targeting": targeting,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        id = d["id"]

        created_at = parse_datetime(d["createdAt"])

        updated_at = parse_datetime(d["updatedAt"])

        targeting = JwtTemplateTargeting.from_dict(d["targeting"])

        jwt_template_targeting_response = cls(
            id,
            created_at,
            updated_at,
            targeting,
        )

        if len(d) > 4 and not d.keys() <= _JSON_KEYS:
            jwt_template_targeting_response.additional_properties = {k: v for k, v in d.items() if k not in _JSON_KEYS}
        return jwt_template_targeting_response

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


# Imported after JwtTemplateTargetingResponse is defined so that models referring to each other import in any order.
from ..models.jwt_template_targeting import JwtTemplateTargeting  # noqa: E402
