from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateSessionConfigurationRequest")

_JSON_KEYS = frozenset(
    {
        "sessionIdleTimeoutConfiguration",
        "sessionTimeoutConfiguration",
        "sessionConcurrentConfiguration",
    }
)
"""The property names of CreateSessionConfigurationRequest in JSON; any other key goes to additional_properties."""


@_attrs_define
class CreateSessionConfigurationRequest:
    session_idle_timeout_configuration: SessionIdleTimeoutConfiguration | Unset = UNSET
    session_timeout_configuration: SessionTimeoutConfiguration | Unset = UNSET
    session_concurrent_configuration: SessionConcurrentConfiguration | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        session_idle_timeout_configuration: dict[str, Any] | Unset = UNSET
        if not isinstance(self.session_idle_timeout_configuration, Unset):
            session_idle_timeout_configuration = self.session_idle_timeout_configuration.to_dict()

        session_timeout_configuration: dict[str, Any] | Unset = UNSET
        if not isinstance(self.session_timeout_configuration, Unset):
            session_timeout_configuration = self.session_timeout_configuration.to_dict()

        session_concurrent_configuration: dict[str, Any] | Unset = UNSET
        if not isinstance(self.session_concurrent_configuration, Unset):
            session_concurrent_configuration = self.session_concurrent_configuration.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if session_idle_timeout_configuration is not UNSET:
            field_dict["sessionIdleTimeoutConfiguration"] = session_idle_timeout_configuration
        if session_timeout_configuration is not UNSET:
            field_dict["sessionTimeoutConfiguration"] = session_timeout_configuration
        if session_concurrent_configuration is not UNSET:
            field_dict["sessionConcurrentConfiguration"] = session_concurrent_configuration

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        _session_idle_timeout_configuration = d.get("sessionIdleTimeoutConfiguration", UNSET)
        session_idle_timeout_configuration: SessionIdleTimeoutConfiguration | Unset
        if isinstance(_session_idle_timeout_configuration, Unset):
            session_idle_timeout_configuration = UNSET
        else:
            session_idle_timeout_configuration = SessionIdleTimeoutConfiguration.from_dict(
                _session_idle_timeout_configuration
            )

        _session_timeout_configuration = d.get("sessionTimeoutConfiguration", UNSET)
        session_timeout_configuration: SessionTimeoutConfiguration | Unset
        if isinstance(_session_timeout_configuration, Unset):
            session_timeout_configuration = UNSET
        else:
            session_timeout_configuration = SessionTimeoutConfiguration.from_dict(_session_timeout_configuration)

        _session_concurrent_configuration = d.get("sessionConcurrentConfiguration", UNSET)
        session_concurrent_configuration: SessionConcurrentConfiguration | Unset
        if isinstance(_session_concurrent_configuration, Unset):
            session_concurrent_configuration = UNSET
        else:
            session_concurrent_configuration = SessionConcurrentConfiguration.from_dict(
                _session_concurrent_configuration
            )

        create_session_configuration_request = cls(
            session_idle_timeout_configuration,
            session_timeout_configuration,
            session_concurrent_configuration,
        )

        if len(d) > 0 and not d.keys() <= _JSON_KEYS:
            create_session_configuration_request.additional_properties = {
                k: v for k, v in d.items() if k not in _JSON_KEYS
            }
        return create_session_configuration_request

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


# Imported after CreateSessionConfigurationRequest is defined so that models referring to each other import in any order.
from ..models.session_concurrent_configuration import SessionConcurrentConfiguration  # noqa: E402
from ..models.session_idle_timeout_configuration import SessionIdleTimeoutConfiguration  # noqa: E402
from ..models.session_timeout_configuration import SessionTimeoutConfiguration  # noqa: E402
