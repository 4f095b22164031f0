from typing import Literal

CreateJwtTemplateAlgorithm = Literal["HS256", "RS256"]

CREATE_JWT_TEMPLATE_ALGORITHM_VALUES: set[CreateJwtTemplateAlgorithm] = {
    "HS256",
    "RS256",
}


def check_create_jwt_template_algorithm(value: str) -> CreateJwtTemplateAlgorithm:
    if value in CREATE_JWT_TEMPLATE_ALGORITHM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CREATE_JWT_TEMPLATE_ALGORITHM_VALUES!r}")
