from typing import Literal

UserSourceDynamicTenantConfigTenantResolverType = Literal["dynamic"]

USER_SOURCE_DYNAMIC_TENANT_CONFIG_TENANT_RESOLVER_TYPE_VALUES: set[UserSourceDynamicTenantConfigTenantResolverType] = {
    "dynamic",
}


def check_user_source_dynamic_tenant_config_tenant_resolver_type(
    value: str,
) -> UserSourceDynamicTenantConfigTenantResolverType:
    if value in USER_SOURCE_DYNAMIC_TENANT_CONFIG_TENANT_RESOLVER_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {USER_SOURCE_DYNAMIC_TENANT_CONFIG_TENANT_RESOLVER_TYPE_VALUES!r}"
    )
