from typing import Literal

PasskeyDeviceDeviceType = Literal["CrossPlatform", "Platform"]

PASSKEY_DEVICE_DEVICE_TYPE_VALUES: set[PasskeyDeviceDeviceType] = {
    "CrossPlatform",
    "Platform",
}


def check_passkey_device_device_type(value: str) -> PasskeyDeviceDeviceType:
    if value in PASSKEY_DEVICE_DEVICE_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PASSKEY_DEVICE_DEVICE_TYPE_VALUES!r}")
