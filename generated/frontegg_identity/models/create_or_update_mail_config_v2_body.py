from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateOrUpdateMailConfigV2Body")

_JSON_KEYS = frozenset(
    {
        "payload",
    }
)
"""The property names of CreateOrUpdateMailConfigV2Body in JSON; any other key goes to additional_properties."""


@_attrs_define
class CreateOrUpdateMailConfigV2Body:
    payload: Mailgun | SendGrid | Ses | SesRole | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        payload: dict[str, Any] | Unset
        if isinstance(self.payload, Unset):
            payload = UNSET
        elif isinstance(self.payload, SendGrid):
            payload = self.payload.to_dict()
        elif isinstance(self.payload, Ses):
            payload = self.payload.to_dict()
        elif isinstance(self.payload, Mailgun):
            payload = self.payload.to_dict()
        else:
            payload = self.payload.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if payload is not UNSET:
            field_dict["payload"] = payload

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict

        def _parse_payload(data: object) -> Mailgun | SendGrid | Ses | SesRole | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                payload_type_0 = SendGrid.from_dict(data)

                return payload_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                payload_type_1 = Ses.from_dict(data)

                return payload_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                payload_type_2 = Mailgun.from_dict(data)

                return payload_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            payload_type_3 = SesRole.from_dict(data)

            return payload_type_3

        payload = _parse_payload(d.get("payload", UNSET))

        create_or_update_mail_config_v2_body = cls(
            payload,
        )

        if len(d) > 0 and not d.keys() <= _JSON_KEYS:
            create_or_update_mail_config_v2_body.additional_properties = {
                k: v for k, v in d.items() if k not in _JSON_KEYS
            }
        return create_or_update_mail_config_v2_body

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


# Imported after CreateOrUpdateMailConfigV2Body is defined so that models referring to each other import in any order.
from ..models.mailgun import Mailgun  # noqa: E402
from ..models.send_grid import SendGrid  # noqa: E402
from ..models.ses import Ses  # noqa: E402
from ..models.ses_role import SesRole  # noqa: E402
