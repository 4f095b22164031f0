from typing import Literal

JwtTemplateResponseAlgorithm = Literal["HS256", "RS256"]

JWT_TEMPLATE_RESPONSE_ALGORITHM_VALUES: set[JwtTemplateResponseAlgorithm] = {
    "HS256",
    "RS256",
}


def check_jwt_template_response_algorithm(value: str) -> JwtTemplateResponseAlgorithm:
    if value in JWT_TEMPLATE_RESPONSE_ALGORITHM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {JWT_TEMPLATE_RESPONSE_ALGORITHM_VALUES!r}")
