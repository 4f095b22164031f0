from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AuthenticationResponse")

_JSON_KEYS = frozenset(
    {
        "mfaRequired",
        "tokenType",
        "otcToken",
        "mfaToken",
        "resetPasswordToken",
        "passwordExpiresIn",
        "notificationPeriod",
        "mfaEnrolled",
        "mfaDevices",
        "mfaStrategies",
        "qrCode",
        "recoveryCode",
        "accessToken",
        "refreshToken",
        "expiresIn",
        "expires",
        "userId",
        "userEmail",
        "emailVerified",
        "isBreachedPassword",
    }
)
"""The property names of AuthenticationResponse in JSON; any other key goes to additional_properties."""


@_attrs_define
class AuthenticationResponse:
    mfa_required: bool
    token_type: str | Unset = "bearer"
    otc_token: str | Unset = UNSET
    mfa_token: str | Unset = UNSET
    reset_password_token: str | Unset = UNSET
    password_expires_in: float | Unset = UNSET
    notification_period: float | Unset = UNSET
    mfa_enrolled: bool | Unset = UNSET
    mfa_devices: UserMfaDevicesResponse | Unset = UNSET
    mfa_strategies: AuthenticationResponseMfaStrategies | Unset = UNSET
    qr_code: str | Unset = UNSET
    recovery_code: str | Unset = UNSET
    access_token: str | Unset = UNSET
    refresh_token: str | Unset = UNSET
    expires_in: int | Unset = UNSET
    """ Seconds until the access token expires. """
    expires: str | Unset = UNSET
    """ Expiry instant of the access token. """
    user_id: str | Unset = UNSET
    user_email: str | Unset = UNSET
    email_verified: bool | Unset = UNSET
    is_breached_password: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        mfa_required = self.mfa_required

        token_type = self.token_type

        otc_token = self.otc_token

        mfa_token = self.mfa_token

        reset_password_token = self.reset_password_token

        password_expires_in = self.password_expires_in

        notification_period = self.notification_period

        mfa_enrolled = self.mfa_enrolled

        mfa_devices: dict[str, Any] | Unset = UNSET
        if not isinstance(self.mfa_devices, Unset):
            mfa_devices = self.mfa_devices.to_dict()

        mfa_strategies: dict[str, Any] | Unset = UNSET
        if not isinstance(self.mfa_strategies, Unset):
            mfa_strategies = self.mfa_strategies.to_dict()

        qr_code = self.qr_code

        recovery_code = self.recovery_code

        access_token = self.access_token

        refresh_token = self.refresh_token

        expires_in = self.expires_in

        expires = self.expires

        user_id = self.user_id

        user_email = self.user_email

        email_verified = self.email_verified

        is_breached_password = self.is_breached_password

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "mfaRequired": mfa_required,
            }
        )
        if token_type is not UNSET:
            field_dict["tokenType"] = token_type
        if otc_token is not UNSET:
            field_dict["otcToken"] = otc_token
        if mfa_token is not UNSET:
            field_dict["mfaToken"] = mfa_token
        if reset_password_token is not UNSET:
            field_dict["resetPasswordToken"] = reset_password_token
        if password_expires_in is not UNSET:
            field_dict["passwordExpiresIn"] = password_expires_in
        if notification_period is not UNSET:
            field_dict["notificationPeriod"] = notification_period
        if mfa_enrolled is not UNSET:
            field_dict["mfaEnrolled"] = mfa_enrolled
        if mfa_devices is not UNSET:
            field_dict["mfaDevices"] = mfa_devices
        if mfa_strategies is not UNSET:
            field_dict["mfaStrategies"] = mfa_strategies
        if qr_code is not UNSET:
            field_dict["qrCode"] = qr_code
        if recovery_code is not UNSET:
            field_dict["recoveryCode"] = recovery_code
        if access_token is not UNSET:
            field_dict["accessToken"] = access_token
        if refresh_token is not UNSET:
            field_dict["refreshToken"] = refresh_token
        if expires_in is not UNSET:
            field_dict["expiresIn"] = expires_in
        if expires is not UNSET:
            field_dict["expires"] = expires
        if user_id is not UNSET:
            field_dict["userId"] = user_id
        if user_email is not UNSET:
            field_dict["userEmail"] = user_email
        if email_verified is not UNSET:
            field_dict["emailVerified"] = email_verified
        if is_breached_password is not UNSET:
            field_dict["isBreachedPassword"] = is_breached_password

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        mfa_required = d["mfaRequired"]

        token_type = d.get("tokenType", UNSET)

        otc_token = d.get("otcToken", UNSET)

        mfa_token = d.get("mfaToken", UNSET)

        reset_password_token = d.get("resetPasswordToken", UNSET)

        password_expires_in = d.get("passwordExpiresIn", UNSET)

        notification_period = d.get("notificationPeriod", UNSET)

        mfa_enrolled = d.get("mfaEnrolled", UNSET)

        _mfa_devices = d.get("mfaDevices", UNSET)
        mfa_devices: UserMfaDevicesResponse | Unset
        if isinstance(_mfa_devices, Unset):
            mfa_devices = UNSET
        else:
            mfa_devices = UserMfaDevicesResponse.from_dict(_mfa_devices)

        _mfa_strategies = d.get("mfaStrategies", UNSET)
        mfa_strategies: AuthenticationResponseMfaStrategies | Unset
        if isinstance(_mfa_strategies, Unset):
            mfa_strategies = UNSET
        else:
            mfa_strategies = AuthenticationResponseMfaStrategies.from_dict(_mfa_strategies)

        qr_code = d.get("qrCode", UNSET)

        recovery_code = d.get("recoveryCode", UNSET)

        access_token = d.get("accessToken", UNSET)

        refresh_token = d.get("refreshToken", UNSET)

        expires_in = d.get("expiresIn", UNSET)

        expires = d.get("expires", UNSET)

        user_id = d.get("userId", UNSET)

        user_email = d.get("userEmail", UNSET)

        email_verified = d.get("emailVerified", UNSET)

        is_breached_password = d.get("isBreachedPassword", UNSET)

        authentication_response = cls(
            mfa_required,
            token_type,
            otc_token,
            mfa_token,
            reset_password_token,
            password_expires_in,
            notification_period,
            mfa_enrolled,
            mfa_devices,
            mfa_strategies,
            qr_code,
            recovery_code,
            access_token,
            refresh_token,
            expires_in,
            expires,
            user_id,
            user_email,
            email_verified,
            is_breached_password,
        )

        if len(d) > 1 and not d.keys() <= _JSON_KEYS:
            authentication_response.additional_properties = {k: v for k, v in d.items() if k not in _JSON_KEYS}
        return authentication_response

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


# Imported after AuthenticationResponse is defined so that models referring to each other import in any order.
from ..models.authentication_response_mfa_strategies import AuthenticationResponseMfaStrategies  # noqa: E402
from ..models.user_mfa_devices_response import UserMfaDevicesResponse  # noqa: E402
