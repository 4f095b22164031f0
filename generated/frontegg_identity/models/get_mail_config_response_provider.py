from typing import Literal

GetMailConfigResponseProvider = Literal["mailgun", "sendgrid", "ses", "ses-role"]

GET_MAIL_CONFIG_RESPONSE_PROVIDER_VALUES: set[GetMailConfigResponseProvider] = {
    "mailgun",
    "sendgrid",
    "ses",
    "ses-role",
}


def check_get_mail_config_response_provider(value: str) -> GetMailConfigResponseProvider:
    if value in GET_MAIL_CONFIG_RESPONSE_PROVIDER_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GET_MAIL_CONFIG_RESPONSE_PROVIDER_VALUES!r}")
