from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.update_jwt_template_algorithm import UpdateJwtTemplateAlgorithm, check_update_jwt_template_algorithm
from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateJwtTemplate")

_JSON_KEYS = frozenset(
    {
        "key",
        "name",
        "description",
        "expiration",
        "algorithm",
        "templateSchema",
    }
)
"""The property names of UpdateJwtTemplate in JSON; any other key goes to additional_properties."""


@_attrs_define
class UpdateJwtTemplate:
    key: str | Unset = UNSET
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    expiration: float | Unset = UNSET
    algorithm: UpdateJwtTemplateAlgorithm | Unset = UNSET
    template_schema: JwtTemplatePayload | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        key = self.key

        name = self.name

        description = self.description

        expiration = self.expiration

        algorithm: str | Unset = UNSET
        if not isinstance(self.algorithm, Unset):
            algorithm = self.algorithm

        template_schema: dict[str, Any] | Unset = UNSET
        if not isinstance(self.template_schema, Unset):
            template_schema = self.template_schema.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if key is not UNSET:
            field_dict["key"] = key
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if expiration is not UNSET:
            field_dict["expiration"] = expiration
        if algorithm is not UNSET:
            field_dict["algorithm"] = algorithm
        if template_schema is not UNSET:
            field_dict["templateSchema"] = template_schema

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        key = d.get("key", UNSET)

        name = d.get("name", UNSET)

        description = d.get("description", UNSET)

        expiration = d.get("expiration", UNSET)

        _algorithm = d.get("algorithm", UNSET)
        algorithm: UpdateJwtTemplateAlgorithm | Unset
        if isinstance(_algorithm, Unset):
            algorithm = UNSET
        else:
            algorithm = check_update_jwt_template_algorithm(_algorithm)

        _template_schema = d.get("templateSchema", UNSET)
        template_schema: JwtTemplatePayload | Unset
        if isinstance(_template_schema, Unset):
            template_schema = UNSET
        else:
            template_schema = JwtTemplatePayload.from_dict(_template_schema)

        update_jwt_template = cls(
            key,
            name,
            description,
            expiration,
            algorithm,
            template_schema,
        )

        if len(d) > 0 and not d.keys() <= _JSON_KEYS:
            update_jwt_template.additional_properties = {k: v for k, v in d.items() if k not in _JSON_KEYS}
        return update_jwt_template

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


# Imported after UpdateJwtTemplate is defined so that models referring to each other import in any order.
from ..models.jwt_template_payload import JwtTemplatePayload  # noqa: E402
