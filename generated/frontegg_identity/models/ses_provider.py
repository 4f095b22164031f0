from typing import Literal

SesProvider = Literal["ses"]

SES_PROVIDER_VALUES: set[SesProvider] = {
    "ses",
}


def check_ses_provider(value: str) -> SesProvider:
    if value in SES_PROVIDER_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SES_PROVIDER_VALUES!r}")
