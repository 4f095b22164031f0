from typing import Literal

UserSourceFromSourceTenantConfigTenantResolverType = Literal["from-source"]

USER_SOURCE_FROM_SOURCE_TENANT_CONFIG_TENANT_RESOLVER_TYPE_VALUES: set[
    UserSourceFromSourceTenantConfigTenantResolverType
] = {
    "from-source",
}


def check_user_source_from_source_tenant_config_tenant_resolver_type(
    value: str,
) -> UserSourceFromSourceTenantConfigTenantResolverType:
    if value in USER_SOURCE_FROM_SOURCE_TENANT_CONFIG_TENANT_RESOLVER_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {USER_SOURCE_FROM_SOURCE_TENANT_CONFIG_TENANT_RESOLVER_TYPE_VALUES!r}"
    )
