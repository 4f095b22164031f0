from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_jwt_template_algorithm import CreateJwtTemplateAlgorithm, check_create_jwt_template_algorithm
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateJwtTemplate")

_JSON_KEYS = frozenset(
    {
        "key",
        "name",
        "expiration",
        "algorithm",
        "templateSchema",
        "description",
    }
)
"""The property names of CreateJwtTemplate in JSON; any other key goes to additional_properties."""


@_attrs_define
class CreateJwtTemplate:
    key: str
    name: str
    expiration: float
    algorithm: CreateJwtTemplateAlgorithm
    template_schema: JwtTemplatePayload
    description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        key = self.key

        name = self.name

        expiration = self.expiration

        algorithm: str = self.algorithm

        template_schema = self.template_schema.to_dict()

        description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "key": key,
                "name": name,
                "expiration": expiration,
                "algorithm": algorithm,
                "templateSchema": template_schema,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        key = d["key"]

        name = d["name"]

        expiration = d["expiration"]

        algorithm = check_create_jwt_template_algorithm(d["algorithm"])

        template_schema = JwtTemplatePayload.from_dict(d["templateSchema"])

        description = d.get("description", UNSET)

        create_jwt_template = cls(
            key,
            name,
            expiration,
            algorithm,
            template_schema,
            description,
        )

        if len(d) > 5 and not d.keys() <= _JSON_KEYS:
            create_jwt_template.additional_properties = {k: v for k, v in d.items() if k not in _JSON_KEYS}
        return create_jwt_template

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


# Imported after CreateJwtTemplate is defined so that models referring to each other import in any order.
from ..models.jwt_template_payload import JwtTemplatePayload  # noqa: E402
