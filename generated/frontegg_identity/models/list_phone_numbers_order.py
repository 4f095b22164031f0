from typing import Literal

ListPhoneNumbersOrder = Literal["ASC", "DESC"]

LIST_PHONE_NUMBERS_ORDER_VALUES: set[ListPhoneNumbersOrder] = {
    "ASC",
    "DESC",
}


def check_list_phone_numbers_order(value: str) -> ListPhoneNumbersOrder:
    if value in LIST_PHONE_NUMBERS_ORDER_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_PHONE_NUMBERS_ORDER_VALUES!r}")
