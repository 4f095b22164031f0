from typing import Literal

ListPhoneNumbersV2SortBy = Literal["phoneNumber", "userId"]

LIST_PHONE_NUMBERS_V2_SORT_BY_VALUES: set[ListPhoneNumbersV2SortBy] = {
    "phoneNumber",
    "userId",
}


def check_list_phone_numbers_v2_sort_by(value: str) -> ListPhoneNumbersV2SortBy:
    if value in LIST_PHONE_NUMBERS_V2_SORT_BY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_PHONE_NUMBERS_V2_SORT_BY_VALUES!r}")
