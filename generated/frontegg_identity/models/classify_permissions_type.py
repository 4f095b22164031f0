from typing import Literal

ClassifyPermissionsType = Literal["ALWAYS", "ASSIGNABLE", "NEVER"]

CLASSIFY_PERMISSIONS_TYPE_VALUES: set[ClassifyPermissionsType] = {
    "ALWAYS",
    "ASSIGNABLE",
    "NEVER",
}


def check_classify_permissions_type(value: str) -> ClassifyPermissionsType:
    if value in CLASSIFY_PERMISSIONS_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CLASSIFY_PERMISSIONS_TYPE_VALUES!r}")
