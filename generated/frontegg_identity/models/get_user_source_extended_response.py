from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.get_user_source_extended_response_configuration import GetUserSourceExtendedResponseConfiguration


T = TypeVar("T", bound="GetUserSourceExtendedResponse")


@_attrs_define
class GetUserSourceExtendedResponse:
    id: str
    name: str
    type_: str
    description: str
    app_ids: list[str]
    index: float
    configuration: GetUserSourceExtendedResponseConfiguration
    users_count: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        type_ = self.type_

        description = self.description

        app_ids = self.app_ids

        index = self.index

        configuration = self.configuration.to_dict()

        users_count = self.users_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "type": type_,
                "description": description,
                "appIds": app_ids,
                "index": index,
                "configuration": configuration,
                "usersCount": users_count,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.get_user_source_extended_response_configuration import GetUserSourceExtendedResponseConfiguration  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        type_ = d.pop("type")

        description = d.pop("description")

        app_ids = cast(list[str], d.pop("appIds"))

        index = d.pop("index")

        configuration = GetUserSourceExtendedResponseConfiguration.from_dict(d.pop("configuration"))

        users_count = d.pop("usersCount")

        get_user_source_extended_response = cls(
            id=id,
            name=name,
            type_=type_,
            description=description,
            app_ids=app_ids,
            index=index,
            configuration=configuration,
            users_count=users_count,
        )

        get_user_source_extended_response.additional_properties = d
        return get_user_source_extended_response

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
