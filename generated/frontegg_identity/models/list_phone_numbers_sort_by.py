from typing import Literal

ListPhoneNumbersSortBy = Literal["phoneNumber", "userId"]

LIST_PHONE_NUMBERS_SORT_BY_VALUES: set[ListPhoneNumbersSortBy] = {
    "phoneNumber",
    "userId",
}


def check_list_phone_numbers_sort_by(value: str) -> ListPhoneNumbersSortBy:
    if value in LIST_PHONE_NUMBERS_SORT_BY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_PHONE_NUMBERS_SORT_BY_VALUES!r}")
