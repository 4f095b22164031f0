from typing import Literal

MailgunRegion = Literal["eu", "us"]

MAILGUN_REGION_VALUES: set[MailgunRegion] = {
    "eu",
    "us",
}


def check_mailgun_region(value: str) -> MailgunRegion:
    if value in MAILGUN_REGION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {MAILGUN_REGION_VALUES!r}")
