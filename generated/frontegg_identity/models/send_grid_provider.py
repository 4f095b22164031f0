from typing import Literal

SendGridProvider = Literal["sendgrid"]

SEND_GRID_PROVIDER_VALUES: set[SendGridProvider] = {
    "sendgrid",
}


def check_send_grid_provider(value: str) -> SendGridProvider:
    if value in SEND_GRID_PROVIDER_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SEND_GRID_PROVIDER_VALUES!r}")
