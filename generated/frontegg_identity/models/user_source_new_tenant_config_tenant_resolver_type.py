from typing import Literal

UserSourceNewTenantConfigTenantResolverType = Literal["new"]

USER_SOURCE_NEW_TENANT_CONFIG_TENANT_RESOLVER_TYPE_VALUES: set[UserSourceNewTenantConfigTenantResolverType] = {
    "new",
}


def check_user_source_new_tenant_config_tenant_resolver_type(value: str) -> UserSourceNewTenantConfigTenantResolverType:
    if value in USER_SOURCE_NEW_TENANT_CONFIG_TENANT_RESOLVER_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {USER_SOURCE_NEW_TENANT_CONFIG_TENANT_RESOLVER_TYPE_VALUES!r}"
    )
