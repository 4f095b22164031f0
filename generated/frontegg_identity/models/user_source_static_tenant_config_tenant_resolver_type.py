from typing import Literal

UserSourceStaticTenantConfigTenantResolverType = Literal["static"]

USER_SOURCE_STATIC_TENANT_CONFIG_TENANT_RESOLVER_TYPE_VALUES: set[UserSourceStaticTenantConfigTenantResolverType] = {
    "static",
}


def check_user_source_static_tenant_config_tenant_resolver_type(
    value: str,
) -> UserSourceStaticTenantConfigTenantResolverType:
    if value in USER_SOURCE_STATIC_TENANT_CONFIG_TENANT_RESOLVER_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {USER_SOURCE_STATIC_TENANT_CONFIG_TENANT_RESOLVER_TYPE_VALUES!r}"
    )
