from typing import Literal

ListPhoneNumbersV2Order = Literal["ASC", "DESC"]

LIST_PHONE_NUMBERS_V2_ORDER_VALUES: set[ListPhoneNumbersV2Order] = {
    "ASC",
    "DESC",
}


def check_list_phone_numbers_v2_order(value: str) -> ListPhoneNumbersV2Order:
    if value in LIST_PHONE_NUMBERS_V2_ORDER_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_PHONE_NUMBERS_V2_ORDER_VALUES!r}")
